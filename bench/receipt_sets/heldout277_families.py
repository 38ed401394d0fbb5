"""The twelve heldout277 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Manjusha art and Bhagalpuri silk producer company's year of 2026 in
Bhagalpur, Bihar (Ang Manjusha Silk Producer Company Ltd: its weavers' centre at Champanagar, Nathnagar,
Champanagar Bunkar Kendra, whose member weavers weave tussar, ghicha, katiya and matka silk on their looms
with yarn from the company's yarn bank, and its dye house; its Manjusha studio at Mundichak, Bihula Manjusha
Kala Kendra, whose painters paint the Bihula-Bishahari tale in Manjusha's pink, green and yellow on silk,
handmade paper and the temple-shaped wooden boxes; its Patna counter, Ang Silk Emporium, with stalls at the
Bishahari Mela at Champanagar and the Bihar Saras Mela at Gandhi Maidan; the web shop angmanjusha.in, the
GoCoop marketplace and its buyers abroad), told by the proofs of payment it receives (buyers' Paytm, Amazon
Pay, Navi, slice, Groww, Airtel Thanks and bob World screens and Paytm for Business on the counter's phone;
GoCoop, a Patna retail chain, IREPS, CFMS Bihar, Cashfree, the state's crafts institute, a Patna hotel and SBI
for the tourism corporation; MUFG, RBC, CommBank, UOB, PostFinance, DNB, Emirates NBD and Hana Bank; its own
memos, receipt book, mails, chat, invoices, certificate and slips) and those it makes (Moglix, a Banka yarn
house, a dye dealer, a Sanganer paper mill, a carpenter, Shiprocket, a loom spares dealer and Tally; yono
BUSINESS, PNB ONE, Cent Mobile, IDBI Bank, its own mail, bob World Business, YONO Lite and ICICI Bank; its
weavers', painters', reelers', winders' and sales associate's slips, screens, payslip, muster and advance;
OGRAS Bihar, the Bhagalpur Municipal Corporation, the Silk Mark Organisation of India, the Labour Resources
Department, the Trade Marks Registry, MCA21, the Bihar State Pollution Control Board and the Commercial Taxes
Department; eight insurers; cards on three of its terminals and at five counters; the power company's smart
meter and bills, Indane, Airtel, Dish TV, BSNL and Jio; the banks' SMS, a Hindi SMS, a mail, a statement and a
WhatsApp message). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is
read back from the rows the page keeps. Headings, footers, the units' lines, salutations, Hindi and Urdu lines
(but a bank's SMS in Hindi, whose figures and payee carry the facts), items, saris, yarns, dyes, papers,
boxes, dishes, counts, rates, taxable values, GST, TDS, TCS, fees, commissions, cashback, charges, cable
charges, tips, advances, balances, wallet and meter balances, gross sums, deductions and total debits,
converted and INR sums, FX rates, periods, months, bill periods, financial years, invoice, letter and work
days, days of a muster, cover and validity days, account, policy, proposal, quote, consumer, meter, holding,
LPG, booking, application, member, loom, employee, label, PT registration and cover note numbers, bill and
supply order numbers, Bill IDs, GSTIN, CIN, IFSC, UPI IDs of payers, remitters and applicants, QR codes,
barcodes, stamps, seals, scribbles, thumb boxes, tags, borders, emblems, serpents, clips, spirals,
highlighters and bottom sheets carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``phone_frame`` heldout126's; ``right``
heldout152's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked``
and ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and
``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``kv``,
``kvr``, ``zebra``, ``total``, ``strip``, ``ticks``, ``thumb``, ``bars``, ``qr``, ``seal``, ``sms_page``, a
roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``, ``lab``, ``fill``, ``hand``, ``amtbox``,
``tt``, ``step``, ``rstamp``, rounded cards), heldout273's (``pill``, ``field``, ``track``, ``hcells``,
``ledger``, ``avatar``, ``bubble``, ``watermark``, ``carbon``, ``panel``, ``cell_name``) and heldout275's
(``dev``, ``dev_wrap``, ``sicon``, ``sig``, ``divider``, ``gutter``, its split sum drawn from a sum cut, never
rounded, to its whole rupees), written in this set's pens and printers' faces. ``compose`` is heldout158's (as
heldout269's to heldout275's), each page's rows drawn by heldout275's ``_render`` and then by this set's own
``_render`` in the lines it leaves for them: Urdu lines in Noto Nastaliq Urdu set right to left; Bishahari's
serpent across the page; a Manjusha box as a letterhead's emblem; the Silk Mark's hologram tag; a muster's row
of day boxes ticked by hand; a Manjusha border of pink, green and yellow with its chain of triangles; an app's
bottom sheet over a dimmed screen; a highlighter's stroke across a statement's line; a paper clip; a spiral
pad's holes. The pages' layouts and wordings are this set's own."""

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
    bars,
    bold_of,
    cols,
    kind,
    kv,
    kvr,
    qr,
    row,
    seal,
    sms_page,
    strip,
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
    step,
    tt,
)
from bench.receipt_sets.heldout273_families import (
    avatar,
    bubble,
    carbon,
    field,
    hcells,
    ledger,
    panel,
    pill,
    track,
    watermark,
)
from bench.receipt_sets.heldout275_families import (
    dev,
    dev_wrap,
    gutter,
    room_of,
    sicon,
    sig,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
URDU = "noto/NotoNastaliqUrdu-Regular.ttf"
# the hands that write on this set's papers: italics and obliques in another mix than heldout273's to
# heldout275's
PENS = [
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
]
INKS = [(22, 44, 140), (30, 30, 96), (40, 40, 52), (16, 80, 110), (96, 26, 70)]
# the faces a page's fixed-width lines are printed in (a dot-matrix's, a bank printer's, a terminal's)
TYPES = [
    "noto/NotoMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
]
# Manjusha's three colours: the pink (rani), the green and the yellow, each palette a painter's own mix
MANJUSHA = [
    [(214, 38, 118), (30, 128, 62), (246, 196, 32)],
    [(196, 30, 96), (22, 110, 70), (240, 180, 40)],
    [(226, 60, 130), (44, 140, 56), (250, 206, 50)],
]

# ---------------------------------------------------------------- the producer company

COMPANY = "Ang Manjusha Silk Producer Company Ltd"
COMPANY_CAPS = COMPANY.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "ANG MANJUSHA SILK PRODUC"
COMPANY_HI = "अंग मंजूषा सिल्क प्रोड्यूसर कंपनी लि."
KENDRA = "Champanagar Bunkar Kendra"
KENDRA_HI = "चंपानगर बुनकर केंद्र"
STUDIO = "Bihula Manjusha Kala Kendra"
STUDIO_HI = "बिहुला मंजूषा कला केंद्र"
EMPORIUM = "Ang Silk Emporium"
EMPORIUM_CAPS = EMPORIUM.upper()
EMPORIUM_HI = "अंग सिल्क एम्पोरियम"
SHOP = "Ang Manjusha"
WEB = "angmanjusha.in"
CIN = "U17299BR2019PTC041763"
GSTIN = "10AAKCA4827M1ZQ"
OFFICE = "Khanjarpur, Bhagalpur - 812001 (Bihar)"
KENDRA_AT = "Champanagar, Nathnagar, Bhagalpur - 812004"
STUDIO_AT = "Mundichak, Bhagalpur - 812001"
EMPORIUM_AT = "Counter 9, Udyog Bhawan Arcade, East Gandhi Maidan, Patna - 800004"
# Bishahari Puja, Manjusha's own feast at Champanagar (17 August 2026), its fair from the 15th to the 19th;
# the Bihar Saras Mela at Gandhi Maidan, Patna, 12 to 26 December 2026
BISHAHARI = dt.date(2026, 8, 15)
SARAS = dt.date(2026, 12, 12)
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Bank of India": "BKID",
    "UCO Bank": "UCBA",
    "Central Bank of India": "CBIN",
    "Bank of Baroda": "BARB",
    "Bihar Gramin Bank": "BGBX",
    "Bhagalpur Central Co-operative Bank": "BCCB",
    "Indian Bank": "IDIB",
    "IDBI Bank": "IBKL",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Union Bank of India": "UBIN",
    "Kotak Mahindra Bank": "KKBK",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Punjab National Bank": "PNB",
    "Canara Bank": "Canara",
    "Bank of India": "BOI",
    "Central Bank of India": "Central Bank",
    "Bank of Baroda": "BoB",
    "ICICI Bank": "ICICI",
    "HDFC Bank": "HDFC",
    "Axis Bank": "Axis",
    "IDBI Bank": "IDBI",
    "Union Bank of India": "Union Bank",
    "Kotak Mahindra Bank": "Kotak",
}
# the company's work: name, HSN, price each (low, high)
WORKS = [
    ("Tussar saree, Manjusha pallu", "5007", 6800, 14500),
    ("Tussar silk stole, Bihula print", "5007", 1800, 3600),
    ("Ghicha silk saree, handwoven", "5007", 5200, 9800),
    ("Matka silk dupatta", "5007", 1600, 3200),
    ("Manjusha painting on silk, 24 x 36 in", "9701", 7500, 18000),
    ("Manjusha on handmade paper, 12 x 16 in", "9701", 1800, 4200),
    ("Painted wooden Manjusha box", "4420", 2400, 6800),
    ("Linen-tussar shirt fabric, 2.5 m", "5007", 1400, 2600),
    ("Bihula-Bishahari scroll, 6 ft", "9701", 9000, 22000),
    ("Katiya silk yardage, per m", "5007", 650, 1200),
]
CUSTOMERS = [
    "Mrs. Smita Jha",
    "Mr. Abhishek Sinha",
    "Ms. Priyanka Choudhary",
    "Mr. Tanveer Alam",
    "Mrs. Rekha Mishra",
    "Mr. Ravi Ranjan",
    "Ms. Shalini Thakur",
]
# the weavers, painters and reelers who are the company's members
MEMBERS = [
    "Mohammad Iqbal Ansari",
    "Sunil Kumar Tanti",
    "Noorjahan Khatoon",
    "Anita Malakar",
    "Ulupi Kumari",
    "Shamim Ansari",
    "Rajkumar Tanti",
    "Sulekha Devi",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The company's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(2, 6) if name.endswith("per m") else 1 if lo > 4000 else rng.randrange(1, 3)
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
    """The payment on another day (a fair's), its UPI / IMPS reference made again for that day."""
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


def gstin_of(rng: random.Random, state: str = "10") -> str:
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


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault("h277", {"marks": {}})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def bigsum(p: Screen, mark: str, value: float, grouping: str = "indian", **facts) -> None:
    """heldout275's sum set large (the currency's mark small, the whole units large, the paise raised after a
    point, none where the sum is whole), its whole units cut from the sum, never rounded up."""
    cents = int(round(value * 100))
    whole = num(float(cents // 100), grouping, 0)
    frac = "" if cents % 100 == 0 else f".{cents % 100:02d}"
    bold = bold_of(p.font)
    assert glyphs(bold, mark + whole + frac), (mark, whole)
    size = p.style["size"]
    need = (
        load_font(bold, int(size * 1.1)).getlength(mark + " ")
        + load_font(bold, int(size * 2.2)).getlength(whole)
        + load_font(bold, int(size * 1.1)).getlength(frac)
    )
    assert need <= room_of(p), (mark, whole, frac)
    h275.put(p, "t75sum", mark, whole, frac, **facts)
    p.add("gap")


def urdu(p: Screen, text: str, *, scale: float = 1.0, align: str = "c", soft: bool = False) -> None:
    """A line in Urdu, Bihar's second official language (a name or a heading beside its Hindi), in Noto
    Nastaliq Urdu set right to left; two lines high."""
    size = int(p.style["size"] * scale * 0.9)
    assert glyphs(URDU, text.replace(" ", "")), text
    assert load_font(URDU, size).getlength(_spaced(text)) <= room_of(p), text
    put(p, "t77ur", text, mark_=[scale, align, soft])
    p.add("gap")


def _spaced(text: str) -> str:
    """An Urdu line with its words set apart (Nastaliq's own space is narrow beside its joined letters)."""
    return text.replace(" ", "   ")


def manjusha(p: Screen) -> None:
    """A Manjusha painting's border round the page: a pink band with a chain of yellow triangles along it
    (the mokha), a green rule inside it and a green square with a yellow sun at each corner."""
    ext(p)["border"] = [list(c) for c in p.rng.choice(MANJUSHA)]


def serpent(p: Screen) -> None:
    """Bishahari's serpent across the page as a divider: a green body in waves, yellow scales along it, its
    head at the right with a forked red tongue; one line high."""
    put(p, "t77snake", "", mark_=[[list(c) for c in p.rng.choice(MANJUSHA)], p.rng.randrange(10**6)])


def emblem(p: Screen) -> None:
    """A Manjusha (the temple-shaped box of the Bihula tale) as a letterhead's emblem: a pink box under three
    green spires, a yellow border and a serpent along its foot; centred, two lines high."""
    put(p, "t77box", "", mark_=[list(c) for c in p.rng.choice(MANJUSHA)])
    p.add("gap")


def sheet(p: Screen) -> None:
    """An app's bottom sheet from here to the page's foot: the screen above it dimmed under a grey veil, the
    sheet's rounded top and its grabber (a light screen's); a line of room for its edge."""
    assert not p.style["h106"]["dark"]
    p.add("gap")
    ext(p)["sheet"] = len(p.rows) - 1


def clip_(p: Screen) -> None:
    """A steel paper clip at the page's top edge, near its right corner (over no line of print)."""
    ext(p)["clip"] = p.rng.uniform(0.86, 0.92)


def spiral(p: Screen) -> None:
    """The page torn from a spiral pad: a row of punched holes along its top, the wire's loops through
    them."""
    ext(p)["spiral"] = True


def marker(p: Screen, start: int) -> None:
    """A yellow highlighter's stroke across the page over the rows from ``start`` to the last added (a line of
    a printed statement marked by the accountant)."""
    ext(p).setdefault("marker", []).append([start, len(p.rows) - 1, p.rng.uniform(-4, 4)])


def silk_tag(p: Screen, label_no: str) -> None:
    """The Silk Mark's hologram label at the right: a tag with its punched hole, SILK MARK and its label's
    number; three lines high (the rows beside it left empty)."""
    bold = bold_of(p.font)
    assert glyphs(bold, "SILK MARK PURE SILK") and glyphs(p.font, label_no), label_no
    put(p, "t77tag", label_no)
    p.add("gap")
    p.add("gap")


def days_grid(p: Screen, first: int, marks: list[str]) -> None:
    """A muster's days in a row of boxes, each day's number over its box and the clerk's mark in it (a tick
    for a day worked, A for a day absent); two lines high."""
    n = len(marks)
    assert n <= 16 and glyphs(hand_pen(p), "A")
    put(p, "t77days", "", mark_=[first, marks])
    p.add("gap")


# ---------------------------------------------------------------- drawing


def _serpent_at(
    draw: ImageDraw.ImageDraw, x0: float, x1: float, cy: float, amp: float, pal, seed: int
) -> None:
    """A serpent from ``x0`` to ``x1`` along ``cy``: a tapering green body in waves, yellow scales, its head
    at the right."""
    pink, green, yellow = (tuple(c) for c in pal)
    srng = random.Random(seed)
    period = srng.uniform(52, 70)
    phase = srng.uniform(0, 6.3)
    pts = []
    x = x0
    while x <= x1:
        pts.append((x, cy + amp * math.sin((x - x0) * 2 * math.pi / period + phase)))
        x += 2
    for n in range(len(pts) - 1):
        share = n / max(1, len(pts) - 1)
        draw.line((pts[n], pts[n + 1]), fill=green, width=max(2, int(2 + 5 * min(1.0, share * 3))))
    for n in range(6, len(pts) - 4, 7):
        px, py = pts[n]
        draw.ellipse((px - 1.6, py - 1.6, px + 1.6, py + 1.6), fill=yellow)
    hx, hy = pts[-1]
    draw.ellipse((hx - 3, hy - 7, hx + 17, hy + 7), fill=green, outline=pink, width=2)
    draw.ellipse((hx + 9, hy - 3, hx + 12, hy), fill=yellow)
    draw.line((hx + 17, hy, hx + 25, hy), fill=(200, 30, 30), width=2)
    draw.line((hx + 25, hy, hx + 29, hy - 3), fill=(200, 30, 30), width=1)
    draw.line((hx + 25, hy, hx + 29, hy + 3), fill=(200, 30, 30), width=1)


def _border(draw: ImageDraw.ImageDraw, w: int, h: int, pal) -> None:
    pink, green, yellow = (tuple(c) for c in pal)
    draw.rectangle((3, 3, w - 4, h - 4), outline=pink, width=14)
    step_ = 14
    for x in range(20, w - 20 - step_, step_):
        draw.polygon([(x, 15), (x + step_ / 2, 5), (x + step_, 15)], fill=yellow)
        draw.polygon([(x, h - 16), (x + step_ / 2, h - 6), (x + step_, h - 16)], fill=yellow)
    for y in range(20, h - 20 - step_, step_):
        draw.polygon([(15, y), (5, y + step_ / 2), (15, y + step_)], fill=yellow)
        draw.polygon([(w - 16, y), (w - 6, y + step_ / 2), (w - 16, y + step_)], fill=yellow)
    draw.rectangle((19, 19, w - 20, h - 20), outline=green, width=2)
    for cx, cy in ((3, 3), (w - 20, 3), (3, h - 20), (w - 20, h - 20)):
        draw.rectangle((cx, cy, cx + 17, cy + 17), fill=green)
        draw.ellipse((cx + 4, cy + 4, cx + 13, cy + 13), fill=yellow, outline=pink, width=2)


def _emblem(draw: ImageDraw.ImageDraw, cx: float, y0: float, hgt: float, pal) -> None:
    """A Manjusha box: three spires over a box, a serpent along its foot."""
    pink, green, yellow = (tuple(c) for c in pal)
    bw = hgt * 1.3
    body_top = y0 + hgt * 0.42
    draw.rectangle((cx - bw / 2, body_top, cx + bw / 2, y0 + hgt), fill=pink, outline=yellow, width=2)
    for n, dx in enumerate((-bw / 3, 0, bw / 3)):
        tip = y0 + (0 if n == 1 else hgt * 0.12)
        draw.polygon([(cx + dx - bw / 6, body_top), (cx + dx, tip), (cx + dx + bw / 6, body_top)], fill=green)
    draw.rectangle((cx - bw / 5, body_top + hgt * 0.12, cx + bw / 5, y0 + hgt * 0.8), outline=yellow, width=2)
    pts = [(cx - bw / 2 + 4 + t, y0 + hgt - 5 + 2.2 * math.sin(t / 4.0)) for t in range(0, int(bw - 8), 2)]
    draw.line(pts, fill=green, width=2)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout275's ``_render`` (heldout273's, heldout271's, heldout269's and heldout14's beneath it), then
    this set's rows and marks: Urdu lines, Bishahari's serpent, a Manjusha box's emblem, the Silk Mark's tag,
    a muster's boxes of days; a Manjusha border, an app's bottom sheet, a paper clip and a spiral pad's
    holes."""
    page = h275._render(rows, font, style)
    x = style.get("h277")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", (22, 44, 140)))
    marks = x["marks"]
    w, h = page.size
    if x.get("marker"):
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for start, end, skew in x["marker"]:
            y0, y1 = tops[start] - lift + 1, tops[end] + line - lift - 1
            ld.polygon(
                [
                    (MARGIN - 6, y0 + skew),
                    (width - MARGIN + 6, y0),
                    (width - MARGIN + 8, y1),
                    (MARGIN - 4, y1 + skew),
                ],
                fill=(255, 240, 110),
            )
        page = ImageChops.multiply(page, layer)
    if x.get("sheet") is not None:
        y0 = tops[x["sheet"]] - lift + 2
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        ld.rectangle((0, 0, w, y0 + 30), fill=(150, 152, 158))
        ld.rounded_rectangle((0, y0, w, h + 40), radius=24, fill=(255, 255, 255))
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    if x.get("sheet") is not None:
        y0 = tops[x["sheet"]] - lift + 2
        draw.rounded_rectangle((w / 2 - 26, y0 + 7, w / 2 + 26, y0 + 12), radius=3, fill=(196, 198, 204))
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t77"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t77ur":
            scale, align, is_soft = m
            face = load_font(URDU, int(size * scale * 0.9))
            text = _spaced(r[1])
            tw = face.getlength(text)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw.text((tx, top_y + line * 1.42), text, font=face, fill=soft if is_soft else ink, anchor="ls")
        elif name == "t77snake":
            pal, seed = m
            _serpent_at(draw, MARGIN + 6, width - MARGIN - 34, (top_y + bot_y) / 2, line * 0.2, pal, seed)
        elif name == "t77box":
            _emblem(draw, width / 2, top_y + 4, line * 1.7, m)
        elif name == "t77tag":
            tx0, tx1 = width - MARGIN - 190, width - MARGIN
            ty0, ty1 = top_y + 4, top_y + 3 * line - 8
            stripes = [(236, 214, 240), (214, 232, 246), (220, 244, 222), (248, 240, 206), (246, 220, 214)]
            tag = Image.new("RGB", (int(tx1 - tx0), int(ty1 - ty0)), (255, 255, 255))
            td = ImageDraw.Draw(tag)
            for n in range(0, tag.width + tag.height, 9):
                td.line((n, 0, n - tag.height, tag.height), fill=stripes[(n // 9) % len(stripes)], width=9)
            mask = Image.new("L", tag.size, 0)
            ImageDraw.Draw(mask).rounded_rectangle((0, 0, tag.width - 1, tag.height - 1), radius=10, fill=255)
            page.paste(tag, (int(tx0), int(ty0)), mask)
            draw = ImageDraw.Draw(page)
            draw.rounded_rectangle((tx0, ty0, tx1, ty1), radius=10, outline=(150, 150, 160), width=2)
            draw.ellipse(
                (tx0 + 10, (ty0 + ty1) / 2 - 6, tx0 + 22, (ty0 + ty1) / 2 + 6),
                fill=paper_,
                outline=(150, 150, 160),
            )
            bold = load_font(bold_of(font), int(size * 0.95))
            small = load_font(font, int(size * 0.7))
            cx = (tx0 + 30 + tx1) / 2
            for text, face, yy in (
                ("SILK MARK", bold, ty0 + 6),
                ("PURE SILK", small, ty0 + 6 + size * 1.15),
                (r[1], small, ty0 + 6 + size * 1.95),
            ):
                draw.text((cx - face.getlength(text) / 2, yy), text, font=face, fill=(60, 40, 90))
        elif name == "t77days":
            first, dmarks = m
            n = len(dmarks)
            cell = room / n
            small = load_font(font, int(size * 0.7))
            pen = load_font(x1.get("pen", PENS[0]), int(size * 1.0))
            for k, mk in enumerate(dmarks):
                cx0 = MARGIN + k * cell
                label = str(first + k)
                draw.text(
                    (cx0 + (cell - small.getlength(label)) / 2, top_y + 2), label, font=small, fill=soft
                )
                by0, by1 = top_y + line * 0.75, top_y + line * 1.85
                draw.rectangle((cx0 + 2, by0, cx0 + cell - 2, by1), outline=soft, width=1)
                mx, my = cx0 + cell / 2, (by0 + by1) / 2
                if mk == "v":
                    draw.line(
                        (mx - 6, my, mx - 2, my + 6, mx + 7, my - 7), fill=pen_ink, width=2, joint="curve"
                    )
                elif mk:
                    draw.text((mx - pen.getlength(mk) / 2, by0 + 1), mk, font=pen, fill=pen_ink)
    if x.get("border"):
        _border(draw, w, h, x["border"])
    if x.get("clip") is not None:
        cx = w * x["clip"]
        steel = (136, 140, 150)
        draw.rounded_rectangle((cx - 10, -24, cx + 10, 46), radius=10, outline=steel, width=3)
        draw.rounded_rectangle((cx - 5, -12, cx + 5, 34), radius=5, outline=steel, width=3)
        draw.line((cx + 11, 20, cx + 13, 46), fill=(200, 200, 204), width=1)
    if x.get("spiral"):
        for xx in range(MARGIN - 6, w - MARGIN + 6, 24):
            draw.ellipse((xx - 5, 10, xx + 5, 20), fill=(60, 60, 64))
            draw.line((xx, 15, xx + 3, 0), fill=(150, 152, 160), width=3)
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

    for face in [
        URDU,
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
            raise FileNotFoundError(f"heldout277 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the counter's own app


PAYTM_BLUE, NAVI_GREEN, SLICE_PURPLE, GROWW_GREEN = (0, 46, 110), (20, 120, 96), (88, 40, 160), (0, 150, 118)
AIRTEL_RED, BOB_ORANGE = (220, 20, 30), (242, 101, 34)
PAYEES = [EMPORIUM_CAPS, EMPORIUM, CUT, "ANG SILK EMPORIUM PATNA"]
VPAS = [
    "angsilkemporium@sbi",
    "angmanjusha@pnb",
    "Q472810395@ybl",
    "angsilk.patna@okaxis",
    "angmanjusha.bgp@okicici",
]
BUYERS = [
    ("Smita Jha", "smitajha@okhdfcbank", "HDFC Bank"),
    ("Abhishek Sinha", "abhisinha@oksbi", "State Bank of India"),
    ("Priyanka Choudhary", "priyankac@ybl", "ICICI Bank"),
    ("Tanveer Alam", "tanveer.alam@axl", "Axis Bank"),
    ("Rekha Mishra", "rekhamishra@okaxis", "Punjab National Bank"),
    ("Ravi Ranjan", "raviranjan@paytm", "Canara Bank"),
    ("Shalini Thakur", "shalini.t@ibl", "Bank of India"),
    ("Kumar Gaurav", "kgaurav@barodampay", "Bank of Baroda"),
]
NOTES = [
    "tussar saree",
    "Manjusha stole x2",
    "Bihula painting",
    "saree for bahu",
    "dupatta + stole",
    "gift, Manjusha box",
]


def initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words[0][0] + (words[1][0] if len(words) > 1 else "")).upper()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Patna counter or the company: Paytm's receipt (the payee's initials, "Paid to" over
    the name and its VPA, the sum, a Paid Successfully capsule, the day under it, hairline rows: UPI Ref. No.,
    From, To UPI ID; a cashback card); Amazon Pay's payment pending with its steps down the page (Amazon Pay
    Txn ID, UPI Ref No, Started on); Navi's bottom sheet over the amount it was typed on (Payment successful,
    the sum, "Paid to <payee>", UPI transaction ID, Navi transaction ID, Date & time); slice's sentence
    ("<sum> paid to <payee>", the day and hour, a View details row left closed; no reference); Groww's
    payment (a tinted band, the sum split, "Paid to", label and value rows: UPI Reference, Groww Transaction
    ID, Paid from, Time); Airtel Thanks' failed payment in boxed fields (UPI Ref No, Paid to, Date & time,
    Payment mode); Paytm for Business on the counter's phone (today's collection, a payment's card:
    "received from <buyer>", UPI Ref No, Order ID, Received on); bob World's payment ("Today, <hour>"; no
    day). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=1200, high=42000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    tick_ = sign(font, "\u2713", "")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share", "Pay again"))
        band(p, PAYTM_BLUE)
        app_head(p, "paytm", "UPI Money Transfer")
        name = pick(p, "center", [to, EMPORIUM])
        avatar(p, initials(name), (0, 186, 242))
        p.add("small", "Paid to")
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "Paid Successfully", status)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        p.add("rule")
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"{sb} - {digits(rng, 4)}", method="UPI")
        kvr(p, "To UPI ID", vpa)
        p.add("gap")
        c = card_open(p)
        p.add("center", f"You won {rs(float(rng.choice([5, 8, 11, 15])))} Cashback")
        p.add("small", "Credited to your Paytm Balance")
        card_close(p, c)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {EMPORIUM}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        hour = hhmm(rng, lower=True)
        step(p, "Payment started", hour, "done")
        step(p, f"Money debited from {sb} {dot * 2}{digits(rng, 4)}", "", "done", method="UPI")
        step(p, "Waiting for the payee's bank", "", "pending")
        step(p, "Payment complete", "", "todo")
        p.add("rule")
        aid = f"{rng.randrange(1, 4)}{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}"
        p.pair("Amazon Pay Txn ID", aid, txn=(TXN_RANK, aid))
        p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Started on", f"{day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])}, {hour}", date=j.date)
        p.add("small", "Most payments complete in 30 minutes. Do not pay again.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, NAVI_GREEN)
        app_head(p, "Navi", "Pay to merchant")
        name = pick(p, "center", [to, EMPORIUM])
        p.add("center", name)
        p.add("small", vpa)
        p.add("gap")
        p.add("small", "Enter amount")
        p.add("big", rs(j.amount))
        p.add("small", rng.choice(NOTES))
        sheet(p)
        p.add("center", f"{tick_} Payment successful".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"Paid to {name}", merchant=name)
        p.add("rule")
        nid = f"NAVI{digits(rng, 14)}"
        kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Navi transaction ID", nid, txn=(TXN_RANK, nid))
        kvr(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paid from", f"{sb} {dot * 4}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, [""], dark=True, buttons=("Share receipt",))
        app_head(p, "slice", "UPI")
        p.add("gap")
        name = pick(p, "center", [to, EMPORIUM])
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"paid to {name}", merchant=name, status=status, method="UPI")
        p.accent((190, 150, 255))
        p.add(
            "small", f"{day_in(j, rng, ['{d} %b %Y', '%d %b %Y'])} {dot} {hhmm(rng, lower=True)}", date=j.date
        )
        p.add("gap")
        p.add("pair", "View details", sign(font, "\u203a", ">"))
        p.add("rule")
        c = card_open(p)
        p.add("center", f"Get 1% back on UPI payments above {rs(float(rng.choice([2000, 5000])))}")
        p.add("small", "Pay with your slice UPI credit line")
        card_close(p, c)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, GROWW_GREEN)
        app_head(p, "Groww", "UPI")
        strip(p, "Payment successful", status)
        bigsum(p, rs.mark, j.amount, rng.choice(["indian", "western"]), amount=j.amount)
        name = pick(p, "center", [to, EMPORIUM])
        p.add("small", "Paid to")
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        gid = f"GRW{j.date:%y%m%d}{digits(rng, 9)}"
        p.pair("UPI Reference", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Groww Transaction ID", gid, txn=(TXN_RANK, gid))
        p.pair("Paid from", f"{sb} XX{digits(rng, 4)}", method="UPI")
        p.pair("Time", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Retry", "Help"))
        band(p, AIRTEL_RED)
        app_head(p, "Airtel Thanks", "UPI")
        pill(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "The payee's bank did not respond in time (U30). No money was debited.")
        p.add("gap")
        name = pick(p, "left", [to, EMPORIUM])
        field(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Paid to", name, merchant=name)
        field(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        field(p, "Payment mode", f"UPI - Airtel Payments Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payments"], dark=False, buttons=("Share",))
        band(p, PAYTM_BLUE)
        app_head(p, "Paytm for Business")
        name = pick(p, "center", [EMPORIUM_CAPS, EMPORIUM])
        p.add("center", name, merchant=name)
        p.add("small", "Udyog Bhawan Arcade, Patna")
        p.add("gap")
        c = card_open(p)
        others = rupees(rng, j.amount + 3000, j.amount + 60000, 0.3)
        p.pair("Today's collection", rs(others))
        p.add("small", f"{rng.randrange(4, 19)} payments")
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        pill(p, "Payment received", status, align="l")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("left", f"received from {who}")
        p.add("small", their)
        card_close(p, c)
        p.add("gap")
        oid = f"{j.date:%Y%m%d}{digits(rng, 12)}"
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Received on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        return p.done()
    p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
    band(p, BOB_ORANGE)
    app_head(p, "bob World", "Bank of Baroda")
    name = pick(p, "center", [to, EMPORIUM])
    avatar(p, initials(name), (160, 60, 20))
    p.add("center", f"{tick_} Paid successfully".strip(), status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", name, merchant=name)
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("rule")
    lab(p, "UPI Ref No")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    lab(p, "From")
    p.add("left", f"bob A/c XX{digits(rng, 4)} (UPI)", method="UPI")
    lab(p, "Remarks")
    p.add("left", rng.choice(NOTES))
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("GoCoop Social Enterprise Pvt Ltd", "Bengaluru", "gocoop"),
    ("Kosi Weaves Retail Pvt Ltd", "Kankarbagh, Patna - 800020", "oracle"),
    ("Eastern Railway, Malda Division", "Malda - 732101", "railway"),
    ("Upendra Maharathi Shilp Anusandhan Sansthan", "Patna - 800013", "cfms"),
    ("Loomkatha Online Pvt Ltd", "Gurugram - 122002", "cashfree"),
    ("Upendra Maharathi Shilp Anusandhan Sansthan", "Patna - 800013", "letter"),
    ("Ganga Riverview Hotels Pvt Ltd", "Gandhi Maidan, Patna - 800001", "hotel"),
    ("Bihar State Tourism Development Corporation Ltd", "Patna - 800001", "sbi"),
]
UMSAS_HI = "उपेन्द्र महारथी शिल्प अनुसंधान संस्थान, पटना"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """GoCoop (an online marketplace for weavers' co-operatives), a Patna retail chain, Eastern Railway's
    Malda Division (Manjusha panels for Bhagalpur station), the state's crafts institute (UMSAS) through CFMS
    Bihar and by its own letter, an online marketplace's payout through Cashfree, a Patna hotel and the
    state's tourism corporation through State Bank of India paying the company: GoCoop's settlement page (a
    Transferred capsule, its orders with commission and TCS, Net payout, Seller, Transfer mode, UTR; a
    Settlement period but no day); Oracle's PAYMENT ADVICE mailed (Supplier, Supplier Site, Payment Number,
    Payment Date, Payment Method, Bank Reference (UTR), a ruled table of invoices with their deductions and
    Total Paid); IREPS' bill status with its steps down the page (Bill received, Passed for payment, e-Payment
    advice sent to bank, Credited to vendor: Vendor, Bill No., Net amount, e-Payment Ref. No., Sent to bank
    on); CFMS Bihar's payee status under the finance department's Hindi name, its one payment a row of a ruled
    table across the page (Bill ID, Payee, Net (Rs.), Paid on), shaded label cells under it (Status, UTR No.,
    Mode, the bill's DDO, gross and deductions); Cashfree Payouts' transfer failed (a tinted band, dot
    leaders: Transfer ID, Beneficiary, Bank account, Amount, Transfer mode, Initiated on, Failure reason);
    UMSAS's letter of payment under its Hindi name, clipped (Letter No. beside its later Dated, To, the
    company, "the amount of Rs. x/- (...) has been transferred to your account by NEFT (RTGS) on <day> vide
    UTR No. ..."); a Patna hotel's mail of a payment made (its sentence, a card: Bill No., Bill amount, TDS,
    Net transferred; Beneficiary:; no reference); SBI's mail on behalf of the tourism corporation (a striped
    table: Remitter, Beneficiary name, Beneficiary account, Amount, Transaction date, Payment mode, UTR
    number, SBI reference no., Remarks). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=15000, high=280000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([COMPANY, COMPANY_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "gocoop":
        j.amount = rupees(rng, 12000, 95000, 0.2)
        sid = f"STL{digits(rng, 9)}"
        p = browser_page(rng, font, f"seller.gocoop.com/settlements/{sid.lower()}")
        p.part = "head"
        top(p, "GoCoop")
        p.add("small", "Seller Central  |  Settlements")
        p.add("rule")
        p.part = "body"
        start = dt.date(2026, rng.randrange(1, 12), rng.choice([1, 16]))
        end = start + dt.timedelta(days=14)
        p.add("left", f"Settlement for {when(start, '{d} %b')} - {when(end, '{d} %b %Y')}")
        pill(p, "Transferred", status, align="l")
        p.add("gap")
        nets = split(rng, j.amount, rng.randrange(2, 5))
        spec = [(0.0, 0.22, "l"), (0.22, 0.52, "l"), (0.52, 0.7, "r"), (0.7, 0.85, "r"), (0.85, 1.0, "r")]
        kind(p, "gch", spec, "band", group="gc", fill=(120, 60, 30), bold=(0, 1, 2, 3, 4))
        kind(p, "gcr", spec, "line", group="gc")
        row(p, "gch", "Order ID", "Product", "Sale", "Fees", "Net")
        for net in nets:
            sale = round(net / 0.776, 2)
            item = rng.choice(["Tussar saree", "Manjusha stole", "Matka dupatta", "Silk scroll"])
            row(p, "gcr", f"GC{digits(rng, 7)}", item, num(sale), num(sale - net), num(net))
        total(p, "Net payout", rs(j.amount), at=0.62, amount=j.amount)
        p.add("small", "Fees: GoCoop commission 20%, GST TCS 0.5%, TDS u/s 194-O 0.1%.")
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = h273.cell_name(p, 0.68, [payee, CUT], scale=1.0)
        kv(p, "Seller", name, at=0.32, merchant=name)
        kv(p, "Bank account", f"Punjab National Bank {tail(rng)}", at=0.32)
        kv(p, "Transfer mode", "NEFT", at=0.32, method="netbanking")
        kv(p, "UTR", utr, at=0.32, txn=(UTR_RANK, utr))
        return p.done()
    if frame == "oracle":
        pay_no = str(rng.randrange(4100000, 4199999))
        p = mail_page(
            rng,
            font,
            "Kosi Weaves AP <ap.payments@kosiweaves.in>",
            [f"Payment Advice - Payment No. {pay_no}", "Payment Advice"],
        )
        p.part = "head"
        top(p, "Kosi Weaves Retail Pvt Ltd")
        p.add("small", "PAYMENT ADVICE")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Supplier,")
        p.add("left", "We have made the payment below to your bank account.", status=status)
        p.add("gap")
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        name = pick(p, "left", [payee, CUT])
        colkv(p, "or", spec, "Supplier", name, merchant=name)
        colkv(p, "or", spec, "Supplier Site", "BHAGALPUR")
        colkv(p, "or", spec, "Payment Number", pay_no, txn=(INVOICE_RANK, pay_no))
        colkv(p, "or", spec, "Payment Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]).upper(), date=j.date)
        colkv(p, "or", spec, "Payment Method", "Electronic - NEFT", method="netbanking")
        colkv(p, "or", spec, "Bank Reference (UTR)", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        nets = split(rng, j.amount, rng.randrange(1, 4))
        rows_ = []
        for net in nets:
            gross = round(net / 0.99, 2)
            inv = f"AMS/{fy(j.date)}/{rng.randrange(20, 400):03d}"
            rows_.append(
                ([inv, when(earlier(rng, j, 10, 50), "%d-%m-%y"), num(gross), num(gross - net), num(net)], {})
            )
        grid(
            p,
            "ori",
            [(0.0, 0.27, "l"), (0.27, 0.45, "l"), (0.45, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Invoice Number", "Inv. Date", "Amount", "TDS 1%", "Paid"],
            rows_,
            foot=(["Total Paid", num(j.amount)], {"amount": j.amount}),
            tint=(222, 232, 226),
        )
        p.add("gap")
        p.add("small", "This is a system generated advice. For queries write to ap.payments@kosiweaves.in.")
        return p.done()
    if frame == "railway":
        p = browser_page(rng, font, "www.ireps.gov.in/epsn/vendor/billStatus.do")
        p.part = "head"
        top(p, "IREPS")
        p.add("small", "Indian Railways E-Procurement System  |  Vendor bill status")
        p.add("rule")
        p.part = "body"
        p.add("left", f"{payer}  |  Sr. Divisional Finance Manager")
        p.add("gap")
        passed = j.date - dt.timedelta(days=rng.randrange(2, 9))
        got = passed - dt.timedelta(days=rng.randrange(6, 30))
        step(p, "Bill received", when(got, "%d-%m-%Y"), "done")
        step(p, "Passed for payment", when(passed, "%d-%m-%Y"), "done")
        step(p, "e-Payment advice sent to bank", when(j.date, "%d-%m-%Y"), "pending", status=status)
        step(p, "Credited to vendor", "", "todo")
        p.add("gap")
        ref = f"EPAY{j.date:%y}{digits(rng, 9)}"
        bill = f"AMS/{fy(j.date)}/{rng.randrange(20, 400):03d}"
        name = h273.cell_name(p, 0.64, [payee, CUT], scale=1.0)
        kv(p, "Vendor", name, at=0.36, merchant=name)
        kv(p, "Bill No.", bill, at=0.36)
        kv(p, "Work", "Manjusha art panels, Bhagalpur station", at=0.36)
        kv(p, "Net amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Mode", "e-Payment (NEFT)", at=0.36, method="netbanking")
        kv(p, "e-Payment Ref. No.", ref, at=0.36, txn=(TXN_RANK, ref))
        kv(p, "Sent to bank on", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=0.36, date=j.date)
        p.add("small", "The UTR is shown here once the bank confirms the credit.")
        return p.done()
    if frame == "cfms":
        p = browser_page(rng, font, "cfms.bihar.gov.in/payee/paymentstatus")
        p.part = "head"
        dev(p, "वित्त विभाग, बिहार सरकार", scale=1.0, bold=True)
        top(p, "CFMS Bihar")
        p.add("small", "Comprehensive Financial Management System  |  Payee payment status")
        p.add("rule")
        p.part = "body"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        bill_id = f"{j.date:%y}{digits(rng, 8)}"
        gross = round(j.amount / 0.97, 2)
        spec = [(0.0, 0.2, "l"), (0.2, 0.62, "l"), (0.62, 0.81, "r"), (0.81, 1.0, "l")]
        grid(
            p,
            "cf",
            spec,
            ["Bill ID", "Payee", "Net (Rs.)", "Paid on"],
            [
                (
                    [bill_id, payee, num(j.amount), when(j.date, "%d-%m-%Y")],
                    {"merchant": payee, "amount": j.amount, "date": j.date},
                )
            ],
            tint=(236, 226, 206),
        )
        p.add("gap")
        kv(p, "Status", "Paid - credited to the payee's account", at=0.36, status=status)
        kv(p, "UTR No.", utr, at=0.36, txn=(UTR_RANK, utr))
        kv(p, "Mode", "e-Payment (NEFT)", at=0.36, method="netbanking")
        kv(p, "DDO", f"Director, {payer}", at=0.36)
        kv(p, "Treasury", "Patna Secretariat Treasury", at=0.36)
        kv(p, "Gross amount", num(gross), at=0.36)
        kv(p, "Deductions", f"{num(gross - j.amount)} (TDS 2%, GST TDS 1%)", at=0.36)
        kv(p, "Purpose", "Manjusha paintings for the Sansthan's gallery", at=0.36)
        return p.done()
    if frame == "cashfree":
        tid = f"TRF{digits(rng, 10)}"
        p = browser_page(rng, font, f"merchant.cashfree.com/payouts/transfers/{tid}")
        p.part = "head"
        top(p, "cashfree payments")
        p.add("small", f"Payouts  |  {payer}")
        p.add("rule")
        p.part = "body"
        strip(p, "Transfer failed", status)
        p.add("small", "The beneficiary bank rejected the credit. The amount is back in your payout balance.")
        p.add("gap")
        name = pick(p, "left", [payee, CUT])
        dots(p, "Transfer ID", tid, at=0.4, txn=(TXN_RANK, tid))
        dots(p, "Beneficiary", name, at=0.4, merchant=name)
        dots(p, "Bank account", f"{tail(rng)}  |  PUNB0{digits(rng, 6)}", at=0.4)
        dots(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
        dots(p, "Transfer mode", "IMPS", at=0.4, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        dots(p, "Failure reason", "Account closed (R03)", at=0.4)
        return p.done()
    if frame == "letter":
        p = sheet_page(rng, font, [760, 800])
        clip_(p)
        p.part = "head"
        dev(p, UMSAS_HI, scale=1.0, bold=True)
        top(p, pick(p, "title", [payer, "Upendra Maharathi Shilp Anusandhan Sansthan", "UMSAS, Patna"]))
        p.add("small", "Industries Department, Government of Bihar  |  Patliputra Industrial Area, Patna")
        p.add("rule")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(1, 6))
        cols(
            p,
            "ul",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Letter No. UMSAS/Accts/{rng.randrange(100, 999)}",
            f"Dated {when(later, '%d.%m.%Y')}",
        )
        p.add("gap")
        p.add("left", "To,")
        p.add("left", "The Director,")
        p.add("left", payee, merchant=payee)
        p.add("left", OFFICE)
        p.add("gap")
        so = f"UMSAS/MJ/{rng.randrange(10, 99)}/{j.date.year}"
        p.add("left", f"Sub: Payment against Supply Order No. {so}")
        p.add("gap")
        j.amount = float(int(j.amount))
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        p.add(
            "left",
            f"Sir, this is to inform you that the amount of Rs. {num(j.amount, 'indian', 0)}/- "
            f"({words_in_rupees(j.amount)}) has been transferred to your account by {way} on "
            f"{day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} vide UTR No. {utr} towards the supply of Manjusha "
            "paintings for the Sansthan's gallery.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("left", "Kindly acknowledge the receipt.")
        p.add("gap")
        sig(p)
        right(p, "Accounts Officer, UMSAS")
        return p.done()
    if frame == "hotel":
        p = mail_page(
            rng,
            font,
            "Accounts - Ganga Riverview <accounts@gangariverview.in>",
            ["Payment against your bill", "Payment made - Manjusha panels"],
        )
        p.part = "body"
        p.add("left", "Dear Sir,")
        bill = f"AMS/{fy(j.date)}/{rng.randrange(20, 400):03d}"
        gross = round(j.amount / 0.98, 2)
        p.add(
            "left",
            f"We have transferred {rs(j.amount)} to your account ending {digits(rng, 4)} by NEFT on "
            f"{day_in(j, rng, ['%d %B %Y', '%d/%m/%Y'])} against your bill {bill} for the Manjusha panels "
            "in our lobby.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "gh", spec, "Bill No.", bill)
        cols(p, "gh", spec, "Bill amount", rs(gross))
        cols(p, "gh", spec, "TDS u/s 194C (2%)", f"- {rs(gross - j.amount)}")
        cols(p, "gh", spec, "Net transferred", rs(j.amount))
        card_close(p, c)
        p.add("gap")
        p.add("left", f"Beneficiary: {payee}", merchant=payee)
        p.add("left", "Please send us the receipt at your convenience.")
        p.add("left", "Regards,")
        p.add("left", f"Accounts, {payer}")
        return p.done()
    p = mail_page(
        rng,
        font,
        "State Bank of India <cinb.alerts@sbi.co.in>",
        ["Payment advice - Bihar State Tourism Development Corporation", "Credit to your account"],
    )
    p.part = "head"
    top(p, "State Bank of India")
    p.add("small", "Corporate Internet Banking  |  Beneficiary payment advice")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Beneficiary,")
    p.add(
        "left",
        f"{payer} has made a payment to your account through State Bank of India. The details are below.",
        status=status,
    )
    p.add("gap")
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = utr_for(rng, j, "State Bank of India", way)
    sref = f"IK{code(rng, 2, UPPER)}{digits(rng, 8)}"
    name = h273.cell_name(p, 0.58, [payee, CUT])
    zebra(
        p,
        "sb",
        [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
        ["Payment details", ""],
        [
            (["Remitter", "BIHAR STATE TOURISM DEV CORP"], {}),
            (["Beneficiary name", name], {"merchant": name}),
            (["Beneficiary account", f"XXXXXXX{digits(rng, 4)}"], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Transaction date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            (["Payment mode", way], {"method": "netbanking"}),
            (["UTR number", utr], {"txn": (UTR_RANK, utr)}),
            (["SBI reference no.", sref], {"txn": (BANK_RANK, sref)}),
            (["Remarks", "Manjusha kits, Bihar Diwas pavilion"], {}),
        ],
        (40, 80, 150),
    )
    p.add("gap")
    p.add("small", "This is an auto-generated advice on behalf of the remitter. Please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Kiryu Textile Gallery K.K.", "Kyoto, Japan", "JPY", 250000, 1800000, "mufg"),
    ("Maple Loom Boutique Inc.", "Toronto, Canada", "CAD", 1500, 9000, "rbc"),
    ("Yarra Handmade Pty Ltd", "Melbourne, Australia", "AUD", 1500, 9000, "commbank"),
    ("Serangoon Silk House Pte Ltd", "Singapore", "SGD", 1500, 9000, "uob"),
    ("Mrs. Annelies Brunner", "Zurich, Switzerland", "CHF", 1200, 7000, "postfinance"),
    ("Fjord og Folk AS", "Oslo, Norway", "NOK", 12000, 80000, "dnb"),
    ("Al Noor Textiles LLC", "Dubai, United Arab Emirates", "AED", 4000, 30000, "enbd"),
    ("Hanji Gallery Co., Ltd.", "Seoul, Korea", "KRW", 1500000, 9000000, "hana"),
]
WHOLE = ("JPY", "KRW")


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: yen and won whole with a code or sign; Canadian, Australian and
    Singapore dollars and dirhams with a code or sign and English grouping; Swiss francs the Swiss way
    (CHF 2'150.00); Norwegian kroner with a space between the thousands and a decimal comma (kr 18 450,00)."""
    if cur in WHOLE:
        mark = {"JPY": [sign(font, "\u00a5", "JPY "), "JPY "], "KRW": ["KRW ", sign(font, "\u20a9", "KRW ")]}[
            cur
        ]
        form = rng.choice(mark)
        return lambda v: f"{form}{int(round(v)):,}"
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    if cur == "NOK":
        form = rng.choice(["kr {v}", "{v} NOK", "NOK {v}"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", " ").replace(".", ","))
    form = rng.choice(
        {
            "CAD": ["CAD {v}", "CA${v}", "$ {v} CAD"],
            "AUD": ["AUD {v}", "A${v}"],
            "SGD": ["SGD {v}", "S${v}"],
            "AED": ["AED {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


FX = {"JPY": 0.57, "CAD": 63.1, "AUD": 57.2, "SGD": 66.4, "CHF": 104.8, "NOK": 8.1, "AED": 24.0, "KRW": 0.062}


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Kyoto textile gallery, a Toronto boutique, a Melbourne craft shop, a Singapore silk house, a Zurich
    collector, an Oslo design shop, a Dubai textile trader and a Seoul gallery paying for saris, stoles and
    Manjusha scrolls: MUFG's overseas remittance completed (a tinted band, shaded label cells: Remittance
    Reference No., Remittance Date, Beneficiary Name, Beneficiary Bank, Remittance Amount in yen, Charges,
    Purpose, Message); RBC's Transfer sent in Canadian dollars (Confirmation #, Date sent, Delivery, Exchange
    rate, Recipient gets, Fee, From); CommBank's mail of an international payment returned (a table ruled on
    every side: Beneficiary, Beneficiary bank, Amount, Payment date, Receipt number, Return reason); UOB
    Infinity's telegraphic transfer Completed (shaded label cells: Transaction Reference, Value Date, Payee
    Name, Payee Bank, Amount, Charges, Purpose of Payment, Payment Details); PostFinance's payment order
    executed in Swiss francs, each field in a box (Debit account, Beneficiary, Amount, Execution date, Type,
    Communication to beneficiary; no reference); DNB's Utenlandsbetaling under behandling in Norwegian
    kroner, each label in Norwegian with its English ("Til <beneficiary>", Betalingsdato / Payment date,
    Referanse / Reference); Emirates NBD's Transfer successful in dirhams ("Today at <hour>"; no day); Hana
    Bank's OUTWARD REMITTANCE ADVICE in won, its day year first with dots (2026.07.14), its commission and
    cable charge and Total debit amount under the remittance. All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur in WHOLE:
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    me = rng.choice([COMPANY, COMPANY_CAPS])
    inv = f"AMS/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    if frame == "mufg":
        p = browser_page(rng, font, "bizsol.bk.mufg.jp/remittance/overseas/complete")
        p.part = "head"
        top(p, "MUFG Bank")
        p.add("small", f"BizSTATION  |  {payer}  |  Overseas remittance")
        p.add("rule")
        p.part = "body"
        strip(p, "Your remittance has been completed.", status)
        p.add("gap")
        ref = f"MUFG{j.date:%y%m}{digits(rng, 8)}"
        name = h273.cell_name(p, 0.6, [me, CUT], scale=1.0)
        kv(p, "Remittance Reference No.", ref, at=0.4, txn=(BANK_RANK, ref))
        kv(p, "Remittance Date", when(j.date, "%Y/%m/%d"), at=0.4, date=j.date)
        kv(p, "Beneficiary Name", name, at=0.4, merchant=name)
        kv(p, "Beneficiary Bank", "State Bank of India, Bhagalpur (SBININBB)", at=0.4)
        kv(p, "Remittance Amount", show(j.amount), at=0.4, amount=j.amount, cur=cur)
        kv(p, "Remittance Method", "Telegraphic transfer", at=0.4, method="netbanking")
        kv(p, "Charges", "OUR (all charges ours)", at=0.4)
        kv(p, "Purpose", "Import of goods (silk textiles)", at=0.4)
        kv(p, "Message", clip(f"INVOICE {inv}", 30), at=0.4)
        return p.done()
    if frame == "rbc":
        p = phone(rng, font, k, ["", "Transfer details"], dark=False, buttons=("Done",))
        band(p, (0, 81, 165))
        app_head(p, "RBC Royal Bank", "International Money Transfer")
        p.add("center", f"{sign(font, chr(0x2713), '')} Transfer sent".strip(), status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        conf = f"C{digits(rng, 3)}{code(rng, 5, UPPER)}"
        p.pair("Confirmation #", conf, txn=(BANK_RANK, conf))
        p.pair("Date sent", day_in(j, rng, ["%b {d}, %Y", "%B {d}, %Y"]), date=j.date)
        p.pair("Delivery", "1-2 business days", method="netbanking")
        p.pair("Exchange rate", f"1 CAD = {rate:.4f} INR")
        p.pair("Recipient gets", f"INR {num(round(j.amount * rate, 2), 'western')}")
        p.pair("Fee", "$0.00")
        p.pair("From", f"RBC Business Account ({digits(rng, 4)})")
        return p.done()
    if frame == "commbank":
        p = mail_page(
            rng, font, "CommBank <NetBank@cba.com.au>", ["Your international payment has been returned"]
        )
        p.part = "head"
        top(p, "CommBank")
        p.add("small", "CommBiz  |  International payments")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {payer},")
        p.add(
            "left",
            "The international payment below has been returned by the beneficiary's bank. The amount, less "
            "any overseas bank fees, will be credited back to your account.",
            status=status,
        )
        p.add("gap")
        ref = f"N{digits(rng, 10)}"
        name = h273.cell_name(p, 0.6, [me, CUT])
        grid(
            p,
            "cb",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary bank", "Canara Bank, Bhagalpur, India"], {}),
                (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Payment date", day_in(j, rng, ["%d/%m/%Y", "{d} %b %Y"])], {"date": j.date}),
                (["Payment type", "International Money Transfer (SWIFT)"], {"method": "netbanking"}),
                (["Receipt number", ref], {"txn": (BANK_RANK, ref)}),
                (["Return reason", "Beneficiary account number invalid"], {}),
            ],
        )
        p.add("gap")
        p.add("small", "Commonwealth Bank of Australia ABN 48 123 123 124. Please do not reply.")
        return p.done()
    if frame == "uob":
        p = browser_page(rng, font, "infinity.uob.com.sg/payments/tt/details")
        p.part = "head"
        top(p, "UOB Infinity")
        p.add("small", f"{payer}  |  Telegraphic Transfer")
        p.add("rule")
        p.part = "body"
        pill(p, "Completed", status, align="l")
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 6)}"
        name = h273.cell_name(p, 0.6, [me, CUT], scale=1.0)
        kv(p, "Transaction Reference", ref, at=0.4, txn=(BANK_RANK, ref))
        kv(p, "Value Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        kv(
            p,
            "Debit Account",
            f"UOB Business Account {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 1)}",
            at=0.4,
        )
        kv(p, "Payee Name", name, at=0.4, merchant=name)
        kv(p, "Payee Bank", "Punjab National Bank, Bhagalpur, India", at=0.4)
        kv(p, "Amount", show(j.amount), at=0.4, amount=j.amount, cur=cur)
        kv(p, "Payment Type", "Telegraphic Transfer (SWIFT)", at=0.4, method="netbanking")
        kv(p, "Charges", "SHA", at=0.4)
        kv(p, "Purpose of Payment", "Trade - goods", at=0.4)
        kv(p, "Payment Details", clip(f"INV {inv}", 30), at=0.4)
        return p.done()
    if frame == "postfinance":
        p = browser_page(rng, font, "www.postfinance.ch/ef/payment/order/confirmation")
        p.part = "head"
        top(p, "PostFinance")
        p.add("small", "e-finance  |  Payment order")
        p.add("rule")
        p.part = "body"
        pill(p, "Executed", status, align="l")
        p.add("small", "Your payment order has been executed.")
        p.add("gap")
        name = pick(p, "left", [me, CUT])
        field(
            p,
            "Debit account",
            f"CH{digits(rng, 2)} 0900 0000 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 1)}",
        )
        field(p, "Beneficiary", name, merchant=name)
        field(p, "Amount", show(j.amount), amount=j.amount, cur=cur)
        field(p, "Execution date", when(j.date, "%d.%m.%Y"), date=j.date)
        field(p, "Type", "Payment abroad (SWIFT)", method="netbanking")
        field(p, "Communication to beneficiary", f"Invoice {inv}")
        return p.done()
    if frame == "dnb":
        p = phone(rng, font, k, ["", "Betaling"], dark=False, buttons=("Lukk / Close",))
        band(p, (0, 114, 114))
        app_head(p, "DNB", "Utenlandsbetaling / Foreign payment")
        pill(p, "Under behandling", status)
        p.add("small", "In progress: the payment is being processed")
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"Til {me}", f"Til {CUT}"])[4:]
        p.add("center", f"Til {name}", merchant=name)
        p.add("rule")
        ref = f"DNB{digits(rng, 11)}"
        for label, value, facts in [
            ("Mottakers bank / Recipient bank", "State Bank of India, Bhagalpur", {}),
            ("Betalingsdato / Payment date", when(j.date, "%d.%m.%Y"), {"date": j.date}),
            ("Type", "SWIFT-betaling", {"method": "netbanking"}),
            ("Referanse / Reference", ref, {"txn": (BANK_RANK, ref)}),
            ("Melding / Message", clip(f"Faktura {inv}", 28), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "enbd":
        p = phone(rng, font, k, ["", "Transfer"], dark=rng.random() < 0.4, buttons=("Done",))
        band(p, (0, 36, 96))
        app_head(p, "Emirates NBD", "International transfer")
        pill(p, "Transfer successful", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today at {hhmm(rng, twelve=False)}")
        p.add("rule")
        ref = f"ENBD{digits(rng, 12)}"
        kvr(p, "Reference number", ref, txn=(BANK_RANK, ref))
        kvr(p, "Transfer type", "International (SWIFT)", method="netbanking")
        kvr(p, "Beneficiary bank", "Bank of India, Bhagalpur")
        kvr(p, "Charges", "AED 26.25 (paid by you)")
        kvr(p, "Purpose", "Goods bought")
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (252, 252, 250)
    p.part = "head"
    top(p, "Hana Bank")
    p.add("small", "Foreign Exchange Centre, Euljiro, Seoul")
    p.add("center", "OUTWARD REMITTANCE ADVICE")
    p.add("rule")
    p.part = "body"
    ref = f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 6)}"
    charge, cable = float(rng.choice([15000, 20000, 25000])), float(rng.choice([8000, 10000]))
    name = h273.cell_name(p, 0.6, [me, CUT])
    grid(
        p,
        "hn",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        None,
        [
            (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
            (["Remittance Date", when(j.date, "%Y.%m.%d")], {"date": j.date}),
            (["Applicant", payer], {}),
            (["Beneficiary", name], {"merchant": name}),
            (["Beneficiary Bank", "Bank of India, Bhagalpur Main Branch (BKIDINBBBGP)"], {}),
            (["Currency / Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
            (["Remittance Type", "Telegraphic transfer (SWIFT MT103)"], {"method": "netbanking"}),
            (["Charges", "OUR"], {}),
            (["Commission", show(charge)], {}),
            (["Cable Charge", show(cable)], {}),
            (["Total Debit Amount", show(j.amount + charge + cable)], {}),
            (["Status", "Remitted"], {"status": status}),
        ],
        tint=(224, 236, 232),
    )
    rstamp(p, ["HANA BANK", "EULJIRO FX", "REMITTED"], "red", at=0.7, rows_=4)
    p.add("small", "Please keep this advice. The beneficiary is credited in 1 to 3 working days.")
    return p.done()


# ---------------------------------------------------------------- 4. the company's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own papers, each its unit or itself on top: the Patna counter's CASH MEMO in a Manjusha
    border under its emblem and Hindi name (No. beside Date, a banded table Sl | Particulars | Qty | Rate |
    Amount, CGST 2.5%, SGST 2.5%, Total, "Received by UPI, Ref. ..."); the painting studio's receipt book,
    its carbon copy (its No. left blank; Date, Received with thanks from, the sum of Rupees, by, towards
    written in; Rs. in a box; no number); the web shop's receipt mailed by Razorpay (a Payment successful
    capsule, the sum, shaded label cells: Payment ID, Order ID, Bank RRN, Paid on, Method, Payment for); the
    web shop's WhatsApp order under the chat's day divider ("Order #<n>", its lines, Total, "Payment:
    pending", "Pay by UPI to ..."); the weaving centre's TAX INVOICE with the Silk Mark's label (a ruled
    table with HSN, CGST 2.5%, SGST 2.5%, Invoice Total, "Paid by card ..., Auth code ..."); the studio's
    CERTIFICATE OF AUTHENTICITY CUM RECEIPT in a Manjusha border (dot leaders: Certificate No., Title,
    Painted by, Medium, Size, Price paid, Paid by, UPI Ref.; "Received in full."; no day); the web shop's
    app with its failed payment in a bottom sheet over the cart (Payment failed, Amount, Payment ID, Method,
    Tried at); the company's YARN ISSUE SLIP CUM CASH RECEIPT to a member weaver (Slip No. beside Date, a
    table of yarn, "Received cash Rs. x/-" by hand, the member's thumb impression). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1500, high=60000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = sheet_page(rng, font, [700, 740])
        manjusha(p)
        p.part = "head"
        emblem(p)
        dev(p, EMPORIUM_HI, scale=1.05, bold=True)
        name = pick(p, "title", [EMPORIUM_CAPS, EMPORIUM])
        top(p, name, merchant=name)
        p.add("small", EMPORIUM_AT)
        p.add("small", f"A unit of {COMPANY}  |  GSTIN {GSTIN}")
        p.add("center", "CASH MEMO")
        p.part = "body"
        no = str(rng.randrange(1000, 9999))
        cols(
            p,
            "cm",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {no}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("left", f"Name: {who}")
        items = works(rng, rng.randrange(1, 4), high=15000)
        spec = [(0.0, 0.07, "c"), (0.07, 0.58, "l"), (0.58, 0.67, "c"), (0.67, 0.83, "r"), (0.83, 1.0, "r")]
        kind(p, "cmh", spec, "band", group="cmt", fill=(176, 30, 100), bold=(0, 1, 2, 3, 4))
        kind(p, "cmr", spec, "line", group="cmt")
        row(p, "cmh", "Sl", "Particulars", "Qty", "Rate", "Amount")
        taxable = 0.0
        for n, (text, _, q, pr) in enumerate(items):
            row(p, "cmr", str(n + 1), clip(text, 36), str(q), num(pr, "plain", 0), num(q * pr))
            taxable += q * pr
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        spec2 = [(0.0, 0.83, "r"), (0.83, 1.0, "r")]
        cols(p, "cmg", spec2, "CGST 2.5%", num(gst))
        cols(p, "cmg", spec2, "SGST 2.5%", num(gst))
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add(
            "left",
            f"Received by UPI (Ref. {j.ref}). Thank you.",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        right(p, f"For {EMPORIUM}")
        p.add("gap")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [700, 740])
        carbon(p)
        p.part = "head"
        dev(p, STUDIO_HI, scale=1.0, bold=True)
        top(
            p, pick(p, "title", [STUDIO, STUDIO.upper()]), merchant=pick(p, "title", [STUDIO, STUDIO.upper()])
        )
        p.add("small", f"{STUDIO_AT}  |  Manjusha paintings on silk, paper and wood")
        p.add("center", "RECEIPT")
        p.part = "body"
        j.amount = float(rng.randrange(2000, 15000, 500))
        cols(p, "rb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "DUPLICATE")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "Received with thanks from", who.split(". ", 1)[1], status=status)
        words = words_in_rupees(j.amount).replace("Rupees ", "")
        if load_font(hand_pen(p), int(p.style["size"] * 1.05)).getlength(words) > 0.62 * room_of(p):
            words = f"{num(j.amount, 'indian', 0)} only"
        blank(p, "the sum of Rupees", words)
        blank(p, "by", "Cash", method="cash")
        blank(p, "towards", "advance, Bihula scroll (6 ft)")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        right(p, "Receiver's signature")
        return p.done()
    if k == 2:
        order = f"AM{rng.randrange(1000, 9999)}"
        p = mail_page(
            rng,
            font,
            f"{SHOP} via Razorpay <no-reply@razorpay.com>",
            [f"Payment receipt for your order at {SHOP}", f"Your payment to {SHOP} was successful"],
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Bhagalpuri silk and Manjusha art from Bhagalpur")
        p.add("rule")
        p.part = "body"
        items = works(rng, rng.randrange(1, 3), high=12000)
        ship = float(rng.choice([0, 120, 250]))
        j.amount = round(sum(q * pr for _, _, q, pr in items) + ship, 2)
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        pid = f"pay_{code(rng, 14, MIXED)}"
        oid = f"order_{code(rng, 14, MIXED)}"
        kv(p, "Payment ID", pid, at=0.32, txn=(TXN_RANK, pid))
        kv(p, "Order ID", oid, at=0.32, txn=(ORDER_RANK, oid))
        kv(p, "Bank RRN", j.ref, at=0.32, txn=(UTR_RANK, j.ref))
        kv(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)), at=0.32, date=j.date)
        kv(p, "Method", "UPI", at=0.32, method="UPI")
        kv(p, "Payment for", f"Order #{order}, {len(items)} item{'s' if len(items) > 1 else ''}", at=0.32)
        p.add("gap")
        p.add(
            "small",
            f"Questions about your order? Write to care@{WEB}. Razorpay processes payments for {SHOP}.",
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (0, 110, 92))
        p.part = "head"
        p.add("title", SHOP, merchant=SHOP)
        p.add("small", "Business account")
        p.add("gap")
        p.part = "body"
        h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y", "%a, {d} %b %Y"])), date=j.date)
        order = f"AM{rng.randrange(1000, 9999)}"
        items = works(rng, 2, high=9000)
        j.amount = round(sum(q * pr for _, _, q, pr in items), 2)
        s = len(p.rows)
        p.add("left", f"Thank you! Your order #{order} is booked.", txn=(ORDER_RANK, f"#{order}"))
        for text, _, q, pr in items:
            p.add("left", f"{q} x {clip(text, 30)}: {rs(q * pr)}")
        p.add("left", f"Total: {rs(j.amount)}", amount=j.amount)
        p.add("left", "Payment: pending", status=status)
        p.add("left", "Pay by UPI to angmanjusha@pnb", method="UPI")
        bubble(p, s, hhmm(rng, lower=True))
        p.add("gap")
        p.add("small", "Messages and calls are end-to-end encrypted.")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (253, 252, 248)
        p.part = "head"
        name = pick(p, "title", [KENDRA, KENDRA.upper()])
        top(p, name, merchant=name)
        p.add("small", f"(A unit of {COMPANY})  |  {KENDRA_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  Handloom mark: HLM/BR/{digits(rng, 5)}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"CBK/{fy(j.date)}/{rng.randrange(100, 999)}"
        cols(
            p,
            "ti",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {day_in(j, rng, ['%d-%m-%Y', '%d %b %Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Buyer: {who}, Patna")
        items = works(rng, rng.randrange(1, 4), high=15000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "tg",
            [(0.0, 0.06, "c"), (0.06, 0.54, "l"), (0.54, 0.64, "c"), (0.64, 0.71, "c"), (0.71, 1.0, "r")],
            ["#", "Description", "HSN", "Qty", "Amount"],
            [([str(n + 1), clip(t, 38), h, str(q), num(q * pr)], {}) for n, (t, h, q, pr) in enumerate(items)]
            + [(["", "CGST 2.5%", "", "", num(gst)], {}), (["", "SGST 2.5%", "", "", num(gst)], {})],
            foot=(["Invoice Total", rs(j.amount)], {"amount": j.amount}),
            tint=(240, 222, 232),
        )
        p.add("gap")
        silk_tag(p, f"SM/BH/{digits(rng, 2)}/{digits(rng, 6)}")
        appr = digits(rng, 6)
        p.add(
            "left",
            f"Paid by card ({rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}), Auth code {appr}",
            method="card",
            status=status,
            txn=(APPR_RANK, appr),
        )
        right(p, f"For {KENDRA}")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [720, 760])
        manjusha(p)
        p.part = "head"
        emblem(p)
        dev(p, STUDIO_HI, scale=1.0, bold=True)
        name = pick(p, "title", [STUDIO, "Bihula Manjusha"])
        top(p, name, merchant=name)
        p.add("small", STUDIO_AT)
        serpent(p)
        p.add("center", "CERTIFICATE OF AUTHENTICITY CUM RECEIPT")
        p.part = "body"
        artist = rng.choice(["Anita Malakar", "Ulupi Kumari", "Sulekha Devi"])
        p.add(
            "left",
            f"This is to certify that the Manjusha painting described below is an original work painted by hand "
            f"by {artist} of Champanagar, Bhagalpur, in the Manjusha colours of pink, green and yellow.",
        )
        p.add("gap")
        j.amount = float(rng.randrange(4500, 22000, 500))
        cno = f"BMK/COA/{rng.randrange(100, 999)}"
        dots(p, "Certificate No.", cno, at=0.42, txn=(INVOICE_RANK, cno))
        dots(
            p,
            "Title",
            rng.choice(
                ["Bihula's voyage to Indralok", "Bishahari and the five sisters", "The Manjusha boat"]
            ),
            at=0.42,
        )
        dots(p, "Painted by", artist, at=0.42)
        dots(
            p,
            "Medium",
            rng.choice(["Natural colours on tussar silk", "Poster colours on handmade paper"]),
            at=0.42,
        )
        dots(p, "Size", rng.choice(["24 x 36 in", "18 x 24 in", "12 x 16 in"]), at=0.42)
        dots(p, "Price paid", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.42, bold=True, amount=j.amount)
        dots(p, "Paid by", "UPI", at=0.42, method="UPI")
        dots(p, "UPI Ref.", j.ref, at=0.42, txn=(UTR_RANK, j.ref))
        p.add("left", "Received in full.", status=status)
        sig(p)
        right(p, "Director, Bihula Manjusha Kala Kendra")
        p.add("gap")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (150, 24, 80))
        p.part = "head"
        p.add("title", SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Cart")
        p.add("gap")
        p.part = "body"
        items = works(rng, rng.randrange(1, 3), high=12000)
        ship = float(rng.choice([0, 120, 250]))
        j.amount = round(sum(q * pr for _, _, q, pr in items) + ship, 2)
        for text, _, q, pr in items:
            p.pair(clip(text, 26), rs(q * pr))
        p.pair("Shipping", rs(ship) if ship else "Free")
        p.pair("Total", rs(j.amount))
        sheet(p)
        pill(p, "Payment failed", status)
        p.add("small", "Your bank declined this UPI payment. No money was debited.")
        p.add("gap")
        pid = f"pay_{code(rng, 14, MIXED)}"
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Method", "UPI", method="UPI")
        kvr(p, "Tried at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.add("gap")
        p.add("small", "Try again  |  Pay by card or net banking")
        return p.done()
    p = sheet_page(rng, font, [720, 760])
    p.part = "head"
    dev(p, COMPANY_HI, scale=1.0, bold=True)
    name = pick(p, "title", [COMPANY, "Ang Manjusha Silk Producer Co."])
    top(p, name, merchant=name)
    p.add("small", f"Yarn bank, {KENDRA_AT}")
    p.add("center", "YARN ISSUE SLIP CUM CASH RECEIPT")
    p.add("rule")
    p.part = "body"
    no = f"Y/{rng.randrange(1000, 9999)}"
    cols(
        p,
        "ys",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Slip No. {no}",
        f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    member = rng.choice(MEMBERS)
    p.add("left", f"Member: {member} (No. {rng.randrange(100, 400)})")
    spec = [(0.0, 0.5, "l"), (0.5, 0.66, "r"), (0.66, 0.82, "r"), (0.82, 1.0, "r")]
    kind(p, "ysh", spec, "soft", group="yst", bold=(0, 1, 2, 3))
    kind(p, "ysr", spec, "line", group="yst")
    row(p, "ysh", "Yarn", "Kg", "Rate", "Amount")
    yarns = [
        ("Tussar reeled yarn, Banka", 3100, 3900),
        ("Mulberry warp, 20/22 denier", 4600, 5600),
        ("Katiya (waste) silk yarn", 1400, 2100),
        ("Ghicha hand-spun yarn", 2600, 3400),
    ]
    total_ = 0.0
    for text, lo, hi in rng.sample(yarns, rng.randrange(1, 3)):
        kg = rng.choice([0.5, 1.0, 1.5, 2.0, 2.5])
        rate = float(rng.randrange(lo, hi, 50))
        row(p, "ysr", text, f"{kg:.1f}", num(rate, "plain", 0), num(kg * rate))
        total_ += kg * rate
    j.amount = total_
    total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
    p.add("small", "Yarn at the members' rate, GST 5% included (silk yarn, HSN 5004).")
    write(p, f"Received cash Rs. {num(j.amount, 'indian', 0)}/-", method="cash", status=status)
    thumb(p, "L.T.I.")
    right(p, "Store keeper")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's suppliers, each on top of its own paper: Moglix's checkout with the payment failed
    (Sold by a Surat loom accessories dealer; Order, Items, Amount, Payment method, Transaction ID,
    Attempted on); a Banka tussar yarn house's TAX INVOICE with the accountant's PAID stamp and the payment
    written under it ("By RTGS, UTR ... dt. <day>"); a Bhagalpur dye dealer's CASH MEMO under its Urdu and
    Hindi names, its No. left blank, the dyes written in by hand with their sums, "Recd. cash" (no number);
    a Sanganer handmade paper mill's TAX INVOICE (IGST 12%, Invoice Value) with its footer of the payment
    received by NEFT and its round RECEIVED seal; a carpenter's slip for Manjusha boxes torn from a spiral
    pad, written by hand ("Recd Rs x/- by PhonePe", "Ref ..."; no day); Shiprocket's wallet recharge
    (Recharge successful on a tinted band, a table ruled on every side: Transaction ID, Amount, Payment
    mode, Date & time, Wallet balance); a Varanasi loom spares dealer's Razorpay payment page with its
    payment still processing (steps left to right, Payment ID, Amount, Method, Initiated on); Tally
    Solutions' payment receipt mail (dot leaders: Receipt No., Receipt Date, Customer, Product, Amount, IGST
    18%, Total amount paid, Payment mode, Transaction ID). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(0,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, f"www.moglix.com/checkout/payment/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "moglix")
        p.add("small", "Secure checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment failed", status, align="l")
        p.add("left", "Your bank could not process the payment. Your order is not placed yet.")
        p.add("gap")
        seller = "Surat Loom Accessories"
        oid = f"MSN{digits(rng, 9)}"
        tid = f"MOG{digits(rng, 12)}"
        j.amount = rupees(rng, 4000, 26000, 0.3)
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "mg", spec, "Order", oid, txn=(ORDER_RANK, oid))
        colkv(p, "mg", spec, "Items", "Reed, 120 dents, 2 nos; boat shuttles (tussar), 6 nos; pirns, 100 nos")
        colkv(p, "mg", spec, "Sold by", seller, merchant=seller)
        colkv(p, "mg", spec, "Amount", rs(j.amount), amount=j.amount)
        colkv(p, "mg", spec, "Payment method", "Net banking - Canara Bank", method="netbanking")
        colkv(p, "mg", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(
            p,
            "mg",
            spec,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            date=j.date,
        )
        p.add("small", "Retry payment or choose another method. Any amount debited is refunded in 5 days.")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.part = "head"
        name = "KOSHA RESHAM UDYOG"
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Tussar silk yarn reelers and dealers  |  Katoria Road, Banka (Bihar)  |  GSTIN {gstin_of(rng)}",
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"KRU/{fy(j.date)}/{rng.randrange(40, 400)}"
        cols(
            p,
            "kr",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {when(earlier(rng, j, 4, 25), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Bill to: {COMPANY}, Bhagalpur")
        spec = [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.7, "r"), (0.7, 0.82, "r"), (0.82, 1.0, "r")]
        lines = [
            (
                "Tussar reeled yarn, 40/45 den.",
                "5004",
                rng.randrange(8, 30),
                float(rng.randrange(2900, 3700, 50)),
            ),
            ("Ghicha yarn, hand-spun", "5004", rng.randrange(4, 12), float(rng.randrange(2300, 3000, 50))),
        ]
        taxable = sum(q * r for _, _, q, r in lines)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "kg",
            spec,
            ["Description", "HSN", "Kg", "Rate", "Amount"],
            [([t, h, str(q), num(r, "plain", 0), num(q * r)], {}) for t, h, q, r in lines]
            + [(["CGST 2.5%", "", "", "", num(gst)], {}), (["SGST 2.5%", "", "", "", num(gst)], {})],
            foot=(["Total Rs.", num(j.amount)], {"amount": j.amount}),
            tint=(232, 226, 210),
        )
        p.add("small", f"Rupees {words_in_rupees(j.amount).replace('Rupees ', '')}")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "Canara Bank", way)
        rstamp(p, ["ANG MANJUSHA SILK", "P A I D", "ACCOUNTS"], "violet", at=0.3, rows_=6)
        write(p, f"By {way}, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        write(p, f"dt. {when(j.date, rng.choice(['%d.%m.%y', '{d}/%m/%Y']))}", date=j.date)
        right(p, f"For {name}")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 247, 238), (246, 244, 232)])
        p.part = "head"
        urdu(p, "المدینہ ڈائز اینڈ کیمیکلز", scale=1.4)
        dev(p, "अल-मदीना डाईज़ एंड केमिकल्स", scale=1.0, bold=True)
        name = "AL-MADINA DYES & CHEMICALS"
        p.add("center", name, merchant=name)
        p.add("small", "Tatarpur Chowk, Bhagalpur  |  Acid, reactive and natural dyes for silk")
        p.add("center", "CASH MEMO")
        p.part = "body"
        cols(p, "am", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ........", "")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "M/s", "Ang Manjusha, Champanagar")
        start = len(p.rows)
        spec = [(0.0, 0.7, "l"), (0.78, 1.0, "r")]
        dyes = [
            ("Acid magenta (rani), 500 g", 900, 1400),
            ("Acid green, 500 g", 800, 1300),
            ("Turmeric yellow, 1 kg", 400, 700),
            ("Lac dye, natural, 250 g", 1200, 1800),
            ("Glauber salt, 5 kg", 250, 420),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(dyes, 3):
            v = float(rng.randrange(lo, hi, 10))
            hcells(p, spec, text, num(v, "indian", 0))
            total_ += v
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        write(p, "Recd. cash with thanks", method="cash", status=status)
        right(p, f"For {name}")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (253, 251, 246)
        p.part = "head"
        name = "Sanganer Handmade Papers"
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Cotton rag and silk-waste papers  |  Sanganer, Jaipur - 302029  |  GSTIN {gstin_of(rng, '08')}",
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"SHP-{rng.randrange(1000, 9999)}"
        cols(
            p,
            "sh",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Invoice Date: {when(earlier(rng, j, 5, 30), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Consignee: {STUDIO}, {STUDIO_AT}")
        papers = [
            ("Khadi rag paper, 300 gsm, 22 x 30 in", rng.randrange(100, 400), float(rng.randrange(38, 60))),
            ("Silk-waste paper, natural, 150 gsm", rng.randrange(50, 200), float(rng.randrange(45, 75))),
        ]
        taxable = sum(q * r for _, q, r in papers)
        igst = round(taxable * 0.12, 2)
        j.amount = round(taxable + igst, 2)
        spec = [(0.0, 0.56, "l"), (0.56, 0.7, "r"), (0.7, 0.82, "r"), (0.82, 1.0, "r")]
        zebra(
            p,
            "sz",
            spec,
            ["Item", "Sheets", "Rate", "Amount"],
            [([t, str(q), num(r), num(q * r)], {}) for t, q, r in papers]
            + [(["IGST 12% (HSN 4802)", "", "", num(igst)], {})],
            (90, 70, 40),
        )
        total(p, "Invoice Value", rs(j.amount), at=0.56, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        p.add(
            "left",
            f"Payment received by NEFT on {day_in(j, rng, ['%d/%m/%Y', '{d} %b %Y'])}, UTR {utr}. Thank you.",
            status=status,
            method="netbanking",
            date=j.date,
            txn=(UTR_RANK, utr),
        )
        seal(p, "SANGANER HANDMADE PAPERS * JAIPUR *", ["RECEIVED", "ACCOUNTS"], "blue")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(252, 252, 246), (248, 249, 244)])
        spiral(p)
        p.part = "body"
        p.add("gap")
        name = "Md. Salim"
        write(p, name, merchant=name)
        write(p, "Carpenter, Mirjanhat  -  Ph. 9" + digits(rng, 4) + " " + digits(rng, 5))
        p.add("gap")
        start = len(p.rows)
        spec = [(0.0, 0.72, "l"), (0.76, 1.0, "r")]
        n_, rate = rng.randrange(4, 12), rng.choice([450, 550, 650])
        polish = float(rng.choice([300, 400, 500, 600]))
        hcells(p, spec, f"Manjusha box, sheesham, {n_} pcs @ {rate}", num(n_ * rate, "indian", 0))
        hcells(p, spec, "Polish and hinges", num(polish, "indian", 0))
        j.amount = n_ * rate + polish
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        p.add("gap")
        write(p, f"Recd Rs {num(j.amount, 'indian', 0)}/- by PhonePe", method="UPI", status=status)
        write(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        write(p, "- Salim", align="r")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "app.shiprocket.in/wallet/recharge/status")
        p.part = "head"
        name = "Shiprocket"
        top(p, name, merchant=name)
        p.add("small", f"Wallet  |  {SHOP} ({WEB})")
        p.add("rule")
        p.part = "body"
        strip(p, "Recharge successful", status)
        p.add("left", "Your wallet has been recharged. Your shipments will be picked up as scheduled.")
        p.add("gap")
        j.amount = float(rng.choice([2000, 3000, 5000, 7500, 10000]))
        bal = round(j.amount + rng.uniform(120, 2400), 2)
        tid = f"SRW{digits(rng, 12)}"
        grid(
            p,
            "sr",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment mode", "UPI"], {"method": "UPI"}),
                (["UPI reference", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",))], {"date": j.date}),
                (["Wallet balance", rs(bal)], {}),
            ],
        )
        p.add("small", "A tax invoice for this recharge is in Billing > Invoices at the month's end.")
        return p.done()
    if k == 6:
        link = code(rng, 8, LOWER)
        p = browser_page(rng, font, f"rzp.io/l/{link}")
        p.part = "head"
        name = "Varanasi Handloom Spares"
        top(p, name, merchant=name)
        p.add("small", "Payment request: jacquard cards, hooks and harness cords")
        p.add("rule")
        p.part = "body"
        track(p, ["Initiated", "With your bank", "Paid"], "dpt")
        pill(p, "Payment processing", status)
        p.add("small", "Your bank has not confirmed this payment yet. Do not pay again.")
        p.add("gap")
        pid = f"pay_{code(rng, 14, MIXED)}"
        kv(p, "Payment ID", pid, at=0.34, txn=(TXN_RANK, pid))
        kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Method", "Netbanking - Bank of India", at=0.34, method="netbanking")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        kv(p, "Paid by", COMPANY_CAPS, at=0.34)
        p.add("small", "Secured by Razorpay")
        return p.done()
    p = mail_page(
        rng,
        font,
        "Tally Solutions <noreply@tallysolutions.com>",
        ["Payment receipt - TallyPrime renewal", "Thank you for your payment"],
    )
    p.part = "head"
    name = "Tally Solutions Pvt Ltd"
    top(p, name, merchant=name)
    p.add("center", "PAYMENT RECEIPT")
    p.add("rule")
    p.part = "body"
    base = float(rng.choice([4500, 6750, 13500]))
    igst = round(base * 0.18, 2)
    j.amount = round(base + igst, 2)
    rno = f"TSPL/{fy(j.date)}/{digits(rng, 7)}"
    tid = f"TS{digits(rng, 12)}"
    for label, value, facts in [
        ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
        ("Receipt Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), {"date": j.date}),
        ("Customer", clip(COMPANY, 40), {}),
        ("Product", "TallyPrime renewal, Silver, 12 months", {}),
        ("Amount", num(base), {}),
        ("IGST 18%", num(igst), {}),
        ("Total amount paid", rs(j.amount), {"amount": j.amount}),
        ("Payment mode", f"Credit card {masked(rng, font)}", {"method": "card"}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
    ]:
        dots(p, label, value, at=0.42, **facts)
    p.add("gap")
    p.add("left", "We have received your payment. Thank you for choosing TallyPrime.", status=status)
    return p.done()


# ---------------------------------------------------------------- 6. the company's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("BHAGALPUR TENT HOUSE", "stall and pandal, Bishahari Mela", "yono_business"),
    ("KOSHA RESHAM UDYOG", "tussar yarn, invoice KRU/227", "pnb"),
    ("Md Salim Ansari", "loom repair, 3 looms", "cent"),
    ("GANGA PRINTERS", "catalogue printing, 500 copies", "idbi"),
    ("Patliputra Interiors", "counter shelving and lights", "mail"),
    ("JHA AND SINHA ASSOCIATES", "statutory audit fee 2025-26", "bob"),
    ("ANGIKA TRANSPORT CO", "freight Bhagalpur to Patna", "yono_failed"),
    ("SULTANGANJ SOLAR SOLUTIONS", "rooftop solar, weaving shed", "icici"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own banking pages paying its vendors: SBI's yono BUSINESS with a transfer waiting for
    its authoriser, the payment a row of a ruled table across the page (Ref. No., Beneficiary, Amount,
    Initiated, Status); PNB ONE's Funds transferred (the payee's initials, the sum, "to <payee>",
    hairline rows: Transfer mode, UTR No., Transaction date, Remarks); Cent Mobile's IMPS ("Today, <hour>";
    no day); IDBI Bank's transaction receipt as a PDF under a SUCCESS watermark (a table ruled on every
    side: Transaction Type, Reference Number, Date & Time, From Account, Beneficiary Name, Beneficiary
    Account, Amount, Status, Remarks); the company's own mail to the vendor (its sentence, Beneficiary,
    Bank, Mode, Bill amount, TDS, Amount paid; no reference); bob World Business's NEFT receipt in a striped
    table (Transaction reference, UTR, Debit account, Beneficiary name, Amount, Charges, Value date,
    Status); YONO Lite SBI's Transaction Failed on a tinted band with its fields in boxes; ICICI Bank's RTGS
    transaction receipt in a table ruled on every side (UTR Number, Transaction ID, Transaction Date,
    Remitter Name, Beneficiary Name, Amount (Rs.), Amount in words, Transaction Status). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=4000, high=180000)
    payee, purpose, frame = VENDORS[k]
    if frame == "yono_business":
        shift(j, rng, BISHAHARI - dt.timedelta(days=rng.randrange(3, 12)))
    if frame == "icici":
        j.amount = float(rng.randrange(210000, 640000, 100))
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    if frame == "yono_business":
        p = browser_page(rng, font, "yonobusiness.sbi/transfers/pending-authorisation")
        p.part = "head"
        top(p, "yono BUSINESS")
        p.add("small", f"State Bank of India  |  {CUT}  |  Maker: accounts01")
        p.add("rule")
        p.part = "body"
        p.add(
            "left",
            "Your transaction has been sent to the authoriser. It will be processed once approved.",
            status=status,
        )
        p.add("gap")
        ref = f"CP{digits(rng, 8)}"
        grid(
            p,
            "yb",
            [(0.0, 0.17, "l"), (0.17, 0.5, "l"), (0.5, 0.66, "r"), (0.66, 0.83, "l"), (0.83, 1.0, "l")],
            ["Ref. No.", "Beneficiary", "Amount", "Initiated", "Status"],
            [
                (
                    [ref, payee, num(j.amount), when(j.date, "%d/%m/%Y"), "Pending"],
                    {
                        "txn": (BANK_RANK, ref),
                        "merchant": payee,
                        "amount": j.amount,
                        "method": "netbanking",
                        "date": j.date,
                    },
                )
            ],
            tint=(214, 228, 244),
        )
        p.add("gap")
        p.add("small", f"Mode: NEFT. Purpose: {purpose}. Authoriser: director01 (2 of 2 signatories).")
        return p.done()
    if frame == "pnb":
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (162, 20, 47))
        app_head(p, "PNB ONE", "Punjab National Bank")
        avatar(p, initials(payee), (162, 20, 47))
        p.add("center", "Funds transferred successfully", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"A/c XXXXXXXX{acct_no[-4:]}  |  CNRB000{digits(rng, 4)}")
        p.add("rule")
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        kvr(p, "Transfer mode", "NEFT", method="netbanking")
        kvr(p, "UTR No.", utr, txn=(UTR_RANK, utr))
        kvr(p, "Transaction date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "Remarks", clip(purpose, 24))
        return p.done()
    if frame == "cent":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Done",))
        band(p, (0, 70, 140))
        app_head(p, "Cent Mobile", "Central Bank of India")
        pill(p, "Transaction Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {payee}", merchant=payee)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        p.pair("IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Mode", "IMPS", method="netbanking")
        p.pair("Beneficiary A/c", f"XXXX{acct_no[-4:]}")
        p.pair("Remarks", clip(purpose, 22))
        return p.done()
    if frame == "idbi":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        watermark(p, "SUCCESS", (20, 140, 70), alpha=40)
        p.part = "head"
        top(p, "IDBI BANK")
        p.add("small", "GO Mobile+  |  Transaction Receipt")
        p.add("rule")
        p.part = "body"
        grid(
            p,
            "id",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Transaction Type", "IMPS - Account transfer"], {"method": "netbanking"}),
                (["Reference Number", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
                (["From Account", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (["Beneficiary Name", payee], {"merchant": payee}),
                (["Beneficiary Account", f"XXXXXXXX{acct_no[-4:]}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Status", "Success"], {"status": status}),
                (["Remarks", clip(purpose, 34)], {}),
            ],
            tint=(214, 236, 226),
        )
        p.add("gap")
        p.add("small", "This is a system generated receipt. IDBI Bank Ltd.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"Accounts - {SHOP} <accounts@{WEB}>",
            ["Payment against your bill", "Payment released - Patna counter shelving"],
        )
        p.part = "body"
        p.add("left", "Dear Sir,")
        bill = f"PI/{rng.randrange(100, 400)}"
        gross = round(j.amount / 0.99, 2)
        p.add(
            "left",
            f"We have transferred {rs(j.amount)} to your account on {day_in(j, rng, ['%d %B %Y', '%d/%m/%Y'])} "
            f"against your bill {bill} for the {purpose} at our Patna counter.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "vm", spec, "Beneficiary", payee, merchant=payee)
        cols(p, "vm", spec, "Bank", f"HDFC Bank, A/c XXXX{acct_no[-4:]}")
        cols(p, "vm", spec, "Mode", "NEFT", method="netbanking")
        cols(p, "vm", spec, "Bill amount", rs(gross))
        cols(p, "vm", spec, "TDS u/s 194C (1%)", rs(gross - j.amount))
        cols(p, "vm", spec, "Amount paid", rs(j.amount))
        p.add("gap")
        p.add("left", "Kindly acknowledge.")
        p.add("left", "Regards,")
        p.add("left", f"Accounts, {COMPANY}")
        return p.done()
    if frame == "bob":
        p = browser_page(rng, font, "bobworld.bankofbaroda.co.in/business/neft/receipt")
        p.part = "head"
        top(p, "Bank of Baroda")
        p.add("small", "bob World Business  |  NEFT receipt")
        p.add("rule")
        p.part = "body"
        ref = f"BOB{digits(rng, 10)}"
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        zebra(
            p,
            "bw",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["NEFT transaction", ""],
            [
                (["Transaction reference", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit account", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (["Beneficiary name", payee], {"merchant": payee}),
                (["Beneficiary account", f"XXXXXXXX{acct_no[-4:]}  |  SBIN000{digits(rng, 4)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "method": "netbanking"}),
                (["Charges", rs(5.9)], {}),
                (["Value date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["Status", "Credited to beneficiary"], {"status": status}),
            ],
            (242, 101, 34),
        )
        p.add("gap")
        p.add("small", f"Remarks: {purpose}")
        return p.done()
    if frame == "yono_failed":
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry",))
        band(p, (0, 94, 184))
        app_head(p, "YONO Lite SBI", "Quick transfer")
        strip(p, "Transaction Failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The beneficiary's account is frozen. Any debit will be reversed.")
        p.add("gap")
        field(p, "Reference No.", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Mode", "IMPS", method="netbanking")
        field(p, "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, "ICICI Bank")
    p.add("small", "Corporate Internet Banking  |  RTGS Transaction Receipt")
    p.add("rule")
    p.part = "body"
    utr = utr_for(rng, j, "ICICI Bank", "RTGS")
    tid = f"{digits(rng, 10)}"
    words = words_in_rupees(j.amount)
    grid(
        p,
        "ic",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        None,
        [
            (["UTR Number", utr], {"txn": (UTR_RANK, utr)}),
            (["Transaction ID", tid], {"txn": (BANK_RANK, tid)}),
            (["Transaction Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
            (["Debit Account", f"XXXXXXXX{digits(rng, 4)}"], {}),
            (["Remitter Name", CUT], {}),
            (["Beneficiary Name", payee], {"merchant": payee}),
            (["Beneficiary Account", f"{acct_no}  |  PUNB0{digits(rng, 6)}"], {}),
            (["Amount (Rs.)", num(j.amount)], {"amount": j.amount, "method": "netbanking"}),
            (["Amount in words", words], {}),
            (["Transaction Status", "Successful - credited to beneficiary bank"], {"status": status}),
        ],
    )
    p.add("gap")
    p.add("small", f"Purpose: {purpose}. This is a computer generated receipt.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers, painters, reelers and staff


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its people: a weaver's WAGE SLIP under the weaving centre's Urdu and Hindi names
    (Slip No., Weaver:, a ruled table of the saris woven with their rates, Less: advance, Net paid, "Paid in
    cash on <day>" in the clerk's hand); PhonePe's payment to a Manjusha painter ("Yesterday at <hour>";
    no day); greytHR's payslip for the Patna counter's sales associate (her details in dot leaders, EARNINGS
    and DEDUCTIONS in hairline rows, Net Pay on a tinted panel, a Paid capsule, Payment date, Mode,
    Reference); BHIM's payment to a reeler declined on a tinted band (UPI Transaction ID, Date, Time,
    Remarks); the painting studio's DAILY WAGE MUSTER for a painter (Sheet No., her days in a row of boxes
    ticked or marked A, the days worked at the day's rate, Less: advance, Net paid, "Paid in cash on <day>"
    by hand); Bihar Gramin Bank's app with an IMPS to a reeler under process; a CHHATH FESTIVAL ADVANCE
    SLIP under its Hindi heading (Date, Name, Member No. and Advance written in, Cash ticked, the Hindi and
    English receipt, the member's thumb impression; no number); Axis Mobile's transfer to a winder with its
    steps left to right (IMPS Reference No., Date & time, From, Remarks). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=2500, high=32000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    who = MEMBERS[(k + rng.randrange(4)) % len(MEMBERS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [720, 760])
        p.part = "head"
        urdu(p, "چمپانگر بنکر کیندر", scale=1.35)
        dev(p, KENDRA_HI, scale=1.0, bold=True)
        top(p, pick(p, "title", [KENDRA, KENDRA.upper()]))
        p.add("small", KENDRA_AT)
        p.add("center", "WEAVER'S WAGE SLIP")
        p.add("rule")
        p.part = "body"
        weaver = rng.choice(
            ["Mohammad Iqbal Ansari", "Shamim Ansari", "Noorjahan Khatoon", "Sunil Kumar Tanti"]
        )
        no = f"W/{j.date:%m}/{rng.randrange(100, 999)}"
        cols(
            p,
            "ws",
            [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
            f"Slip No. {no}",
            f"Weaver: {weaver}",
            txn=(INVOICE_RANK, no),
            merchant=weaver,
        )
        p.add("left", f"Loom No. {rng.randrange(1, 40)}  |  Member No. {rng.randrange(100, 400)}")
        kinds_ = [
            ("Tussar saree, Manjusha pallu", 1400, 2200),
            ("Ghicha saree, plain", 900, 1400),
            ("Tussar stole", 260, 420),
            ("Matka dupatta", 380, 560),
        ]
        lines, gross = [], 0.0
        for text, lo, hi in rng.sample(kinds_, rng.randrange(1, 3)):
            q, rate = rng.randrange(2, 8), float(rng.randrange(lo, hi, 20))
            lines.append(([text, str(q), num(rate, "plain", 0), num(q * rate)], {}))
            gross += q * rate
        adv = float(rng.choice([500, 1000, 1500]))
        j.amount = gross - adv
        grid(
            p,
            "wg",
            [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.78, "r"), (0.78, 1.0, "r")],
            ["Woven", "Pieces", "Rate", "Wage"],
            lines + [(["Less: advance", "", "", num(adv)], {})],
            foot=(["Net paid", num(j.amount)], {"amount": j.amount}),
            tint=(226, 236, 220),
        )
        p.add("gap")
        write(
            p,
            f"Paid in cash on {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}",
            method="cash",
            status=status,
            date=j.date,
        )
        cols(p, "wsg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Supervisor", "Weaver's signature")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Pay again"))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "Transaction details")
        name = rng.choice(["Anita Malakar", "Ulupi Kumari", "Sulekha Devi"])
        pill(p, "Payment Successful", status)
        p.add("small", "Paid to")
        p.add("center", name, merchant=name)
        p.add("small", f"{phone_no(rng)}@ybl", method="UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Yesterday at {hhmm(rng, lower=True)}")
        p.add("rule")
        tid = f"T{j.date:%y%m%d}{rng.randrange(10, 23)}{digits(rng, 15)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "UTR")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Debited from")
        p.add("left", f"XXXXXXXX{digits(rng, 4)}  (Canara Bank)")
        lab(p, "Message")
        p.add("left", rng.choice(["2 Manjusha panels", "painting wages, 6 days", "Bihula scroll work"]))
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, COMPANY)
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        p.add("small", f"{OFFICE}  |  Payslip for the month of {when(month, '%B %Y')}")
        p.add("rule")
        p.part = "body"
        name = rng.choice(["Priyanka Kumari", "Nisha Bharti", "Khushboo Raj"])
        dots(p, "Employee", name, at=0.4, merchant=name)
        dots(p, "Employee ID", f"AMS{rng.randrange(10, 60):03d}", at=0.4)
        dots(p, "Designation", "Sales Associate, Patna counter", at=0.4)
        dots(
            p,
            "Days paid",
            str(
                (month + dt.timedelta(days=31)).replace(day=1).toordinal() - month.replace(day=1).toordinal()
            ),
            at=0.4,
        )
        basic = float(rng.randrange(11000, 16000, 500))
        hra = round(basic * 0.3)
        conv = float(rng.choice([1200, 1600]))
        pf = round(basic * 0.12)
        esi = round((basic + hra + conv) * 0.0075)
        j.amount = basic + hra + conv - pf - esi
        p.add("gap")
        p.add("left", "EARNINGS")
        kvr(p, "Basic", num(basic))
        kvr(p, "House rent allowance", num(hra))
        kvr(p, "Conveyance", num(conv))
        p.add("left", "DEDUCTIONS")
        kvr(p, "Provident fund", num(pf))
        kvr(p, "ESI", num(esi))
        panel(p, "Net Pay", rs(j.amount), (224, 238, 226), amount=j.amount)
        pill(p, "Paid", status, align="l")
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        cols(p, "gy", spec, "Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        cols(p, "gy", spec, "Mode", "Bank transfer (IMPS), SBI XX" + digits(rng, 4), method="netbanking")
        cols(p, "gy", spec, "Reference", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", "Generated by greytHR. This payslip needs no signature.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Try again",))
        band(p, (0, 98, 65))
        app_head(p, "BHIM", "Bharat Interface for Money")
        strip(p, "Transaction declined", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice(["Rajkumar Tanti", "Sunil Kumar Tanti", "Ganesh Mandal"])
        p.add("center", f"To {name}", merchant=name)
        p.add("small", f"{name.split()[0].lower()}{rng.randrange(10, 99)}@upi", method="UPI")
        p.add("small", "The beneficiary bank is not responding (U68). No money was debited.")
        p.add("rule")
        p.pair("UPI Transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        p.pair("Time", hhmm(rng, seconds=True))
        p.pair("Remarks", "reeling wages")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [720, 760])
        p.part = "head"
        dev(p, STUDIO_HI, scale=1.0, bold=True)
        top(p, pick(p, "title", [STUDIO, "Bihula Manjusha"]))
        p.add("center", "DAILY WAGE MUSTER")
        p.add("rule")
        p.part = "body"
        first = rng.choice([1, 16])
        month = j.date.replace(day=1)
        painter = rng.choice(["Ulupi Kumari", "Anita Malakar", "Sulekha Devi", "Puja Kumari"])
        no = f"M/{j.date:%m}/{rng.randrange(10, 99)}"
        cols(
            p,
            "mu",
            [(0.0, 0.42, "l"), (0.42, 1.0, "r")],
            f"Sheet No. {no}",
            f"Painter: {painter}",
            txn=(INVOICE_RANK, no),
            merchant=painter,
        )
        p.add("left", f"Days {first} to {first + 14} {when(month, '%B %Y')}")
        marks = ["v" if rng.random() < 0.85 else "A" for _ in range(15)]
        days_grid(p, first, marks)
        worked = marks.count("v")
        rate = float(rng.choice([400, 450, 500]))
        adv = float(rng.choice([300, 500, 800]))
        j.amount = worked * rate - adv
        if first == 16:
            paid = (month + dt.timedelta(days=32)).replace(day=rng.randrange(1, 4))
        else:
            paid = month.replace(day=rng.randrange(16, 19))
        j.date = paid
        spec = [(0.0, 0.72, "r"), (0.72, 1.0, "r")]
        cols(p, "mw", spec, f"Days worked {worked} x Rs. {num(rate, 'indian', 0)}", num(worked * rate))
        cols(p, "mw", spec, "Less: advance", num(adv))
        total(p, "Net paid", rs(j.amount), at=0.6, amount=j.amount)
        write(
            p,
            f"Paid in cash on {when(paid, rng.choice(['%d/%m/%y', '%d.%m.%Y']))}",
            method="cash",
            status=status,
            date=paid,
        )
        cols(p, "mug", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Studio in-charge", "Painter's signature")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Check status",))
        band(p, (0, 120, 60))
        app_head(p, "BGB mBanking", "Bihar Gramin Bank")
        pill(p, "Transaction under process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice(["Ganesh Mandal", "Rekha Devi", "Rajkumar Tanti"])
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The beneficiary bank has not confirmed the credit. Please do not retry.")
        p.add("rule")
        kvr(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Mode", "IMPS", method="netbanking")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "Debit A/c", f"XXXXXX{digits(rng, 4)}")
        kvr(p, "Remarks", f"reeling wages, {rng.randrange(8, 25)} kg")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        dev(p, COMPANY_HI, scale=1.0, bold=True)
        top(p, pick(p, "title", [COMPANY, "Ang Manjusha Silk Producer Co."]))
        dev(p, "छठ पर्व अग्रिम पर्ची", scale=1.05, bold=True)
        p.add("center", "CHHATH FESTIVAL ADVANCE SLIP")
        p.part = "body"
        # Chhath Puja in 2026 falls on 15 November; the advance is paid in the days before it
        shift(j, rng, dt.date(2026, 11, rng.randrange(5, 13)))
        j.amount = float(rng.choice([2000, 2500, 3000, 4000, 5000]))
        blank(p, "Date", when(j.date, rng.choice(["{d}/%m/%y", "%d.%m.%Y"])), date=j.date)
        blank(p, "Name", who, merchant=who)
        blank(p, "Member No.", str(rng.randrange(100, 400)))
        blank(p, "Advance Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ticks(p, ["Cash", "UPI", "Bank"], 0, method="cash")
        p.add("left", f"To be recovered from wages at Rs. {num(j.amount / 5, 'indian', 0)} a month.")
        dev(p, "अग्रिम राशि नकद प्राप्त की।", align="l")
        p.add("left", "Received the advance in cash.", status=status)
        thumb(p, "L.T.I.")
        return p.done()
    p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
    band(p, (151, 20, 77))
    app_head(p, "Axis Mobile", "Transfer funds")
    track(p, ["Initiated", "Debited", "Credited"], "ddd")
    p.add("center", "Transfer successful", status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice(["Lalita Devi", "Mohan Mandal", "Shabnam Khatoon"])
    p.add("center", f"to {name}", merchant=name)
    p.add("rule")
    kvr(p, "IMPS Reference No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "From", f"Axis A/c {dot * 2}{digits(rng, 4)}", method="netbanking")
    kvr(p, "Remarks", "winding wages")
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority on top: OGRAS Bihar's e-challan for the registration fee of
    the Patna counter's lease under the state's Hindi name (dot leaders: GRN, Department, Office, Remitter,
    Head of account, Amount, Bank, Bank Reference No., Payment Date, Status; a QR code); the Bhagalpur
    Municipal Corporation's holding tax receipt under its Hindi and Urdu names (Receipt No. beside Date,
    shaded label cells: Holding No., Ward, Owner, Period, Holding tax, Water tax, Total, Mode, UPI Ref.;
    "Received with thanks."; its round seal); the Silk Mark Organisation of India's letter of a label fee
    received in cash, clipped (no reference); the Labour Resources Department's shop registration fee (a
    Payment Successful capsule, boxed fields: Application No., Establishment, Fee, Payment date, Transaction
    ID, Bank reference, Mode); the Trade Marks Registry's e-filing fee awaiting the bank (a capsule, shaded
    label cells: Application, Class, Fee, Payment Reference No., Bank, Initiated on); MCA21's payment
    successful for a producer company's annual return (SRN, Company, Form, Normal fee, Additional fee, Total
    amount paid, Transaction ID, Mode; no day); the Bihar State Pollution Control Board's consent fee on
    OCMMS (a table ruled on every side: Application ID, Industry, Category, Consent, Fee (Rs.), Payment ID,
    SBI ePay Ref. No., Payment date, Status); the Commercial Taxes Department's profession tax payment
    failed on a tinted band (dot leaders: PT Registration No., Name, Period, Amount, Mode, Transaction ID,
    Attempted on, Reason). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "ogras.bihar.gov.in/ogras/challan/receipt")
        p.part = "head"
        dev(p, "बिहार सरकार - ऑनलाइन सरकारी प्राप्ति लेखा प्रणाली", scale=0.95, bold=True)
        top(p, "OGRAS Bihar")
        p.add("small", "Online Government Receipt Accounting System  |  e-Challan")
        p.add("rule")
        p.part = "body"
        dept = "Prohibition, Excise and Registration Department"
        j.amount = float(rng.randrange(4000, 36000, 10))
        grn = f"{j.date:%y}{rng.randrange(10, 99)}{digits(rng, 8)}"
        cin = f"{digits(rng, 7)}{when(j.date, '%d%m%Y')}{digits(rng, 5)}"
        for label, value, facts in [
            ("GRN", grn, {"txn": (TXN_RANK, grn)}),
            ("Department", dept, {"merchant": dept}),
            ("Office", "District Sub Registrar, Patna", {}),
            ("Remitter", clip(COMPANY, 40), {}),
            ("Head of account", "0030-02-103-0001 Registration fee", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Bank", "Punjab National Bank (Net Banking)", {"method": "netbanking"}),
            ("Bank Reference No.", cin, {"txn": (BANK_RANK, cin)}),
            ("Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Status", "Success", {"status": status}),
        ]:
            dots(p, label, value, at=0.34, **facts)
        p.add("gap")
        qr(p, f"ogras{grn}", "r", 4)
        p.add("small", "Verify this challan at ogras.bihar.gov.in with the GRN.")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [740, 780])
        p.part = "head"
        dev(p, "भागलपुर नगर निगम", scale=1.15, bold=True)
        urdu(p, "بھاگلپور نگر نگم", scale=1.3)
        name = "BHAGALPUR MUNICIPAL CORPORATION"
        p.add("center", name, merchant=name)
        p.add("small", "Holding Tax Receipt  |  Tilkamanjhi, Bhagalpur - 812001")
        p.add("rule")
        p.part = "body"
        no = f"BMC/HT/{rng.randrange(10000, 99999)}"
        cols(
            p,
            "bm",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {no}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        tax = float(rng.randrange(2400, 9800, 10))
        water = float(rng.choice([600, 900, 1200]))
        j.amount = tax + water
        for label, value, facts in [
            ("Holding No.", f"{rng.randrange(1, 40)}/{rng.randrange(100, 999)}", {}),
            ("Ward", f"{rng.randrange(1, 51)} (Champanagar)", {}),
            ("Owner", clip(COMPANY, 40), {}),
            ("Period", f"{fy(j.date)} (full year)", {}),
            ("Holding tax", num(tax), {}),
            ("Water tax", num(water), {}),
            ("Total", rs(j.amount), {"amount": j.amount}),
            ("Mode", "UPI", {"method": "UPI"}),
            ("UPI Ref.", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            kv(p, label, value, at=0.32, **facts)
        p.add("gap")
        p.add("left", "Received with thanks.", status=status)
        seal(p, "BHAGALPUR NAGAR NIGAM * TAX BRANCH *", ["CASHIER", "BHAGALPUR"], "violet")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [740, 780])
        clip_(p)
        p.part = "head"
        name = "Silk Mark Organisation of India"
        top(
            p,
            pick(p, "title", [name, "Silk Mark Organisation"]),
            merchant=pick(p, "title", [name, "Silk Mark Organisation"]),
        )
        p.add("small", "Central Silk Board, Ministry of Textiles  |  Chapter office, Bhagalpur")
        p.add("rule")
        p.part = "body"
        labels_ = rng.choice([200, 300, 500])
        j.amount = float(labels_ * rng.choice([3, 4]))
        p.add("left", "To,")
        p.add("left", f"{COMPANY} (Authorised User No. SMOI/BGP/{rng.randrange(100, 400)})")
        p.add("left", OFFICE)
        p.add("gap")
        p.add("left", "Sub: Silk Mark labels")
        first_label = rng.randrange(100000, 900000)
        p.add(
            "left",
            f"Received Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) in cash on "
            f"{day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} towards {labels_} Silk Mark labels (Label Nos. "
            f"{first_label} to {first_label + labels_ - 1}). Kindly attach the labels only to pure silk products.",
            amount=j.amount,
            method="cash",
            date=j.date,
            status=status,
        )
        p.add("gap")
        sig(p)
        right(p, "Assistant Director, SMOI Bhagalpur")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "labour.bihar.gov.in/ShopAct/PaymentReceipt")
        p.part = "head"
        dev(p, "श्रम संसाधन विभाग, बिहार सरकार", scale=1.0, bold=True)
        name = "Labour Resources Department"
        top(p, name, merchant=name)
        p.add("small", "Government of Bihar  |  Bihar Shops and Establishments Act  |  Registration")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment Successful", status)
        p.add("gap")
        j.amount = float(rng.choice([500, 1000, 1500, 2500]))
        tid = f"LRD{j.date:%y}{digits(rng, 9)}"
        bref = f"{digits(rng, 12)}"
        field(p, "Application No.", f"BR/SE/{j.date.year}/{digits(rng, 6)}")
        field(p, "Establishment", f"{EMPORIUM}, Patna")
        field(p, "Fee", rs(j.amount), amount=j.amount)
        field(p, "Payment date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Bank reference", bref, txn=(BANK_RANK, bref))
        field(p, "Mode", f"Debit card {masked(rng, font)}", method="card")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "ipindiaonline.gov.in/eTMPayment/PaymentStatus")
        p.part = "head"
        name = "Trade Marks Registry"
        top(p, name, merchant=name)
        p.add("small", "Intellectual Property India  |  e-Filing payment")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment awaiting bank confirmation", status, align="l")
        p.add(
            "left",
            "The fee is not yet credited. The application is filed once the bank confirms the payment.",
        )
        p.add("gap")
        j.amount = 4500.0
        pref = f"TM{j.date:%y}{digits(rng, 10)}"
        kv(p, "Application", "TM-A, word mark ANG MANJUSHA", at=0.36)
        kv(p, "Class", "24 (silk textiles), MSME fee", at=0.36)
        kv(p, "Fee", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment Reference No.", pref, at=0.36, txn=(TXN_RANK, pref))
        kv(p, "Bank", "State Bank of India - Net Banking", at=0.36, method="netbanking")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "www.mca.gov.in/content/mca/global/en/mca/efiling/payment-status.html")
        p.part = "head"
        name = "Ministry of Corporate Affairs"
        top(p, name, merchant=name)
        p.add("small", "MCA21 V3  |  Payment status")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("gap")
        normal = float(rng.choice([300, 400, 600]))
        extra = float(rng.choice([0, 100, 200, 400]))
        j.amount = normal + extra
        srn = f"F{digits(rng, 8)}"
        tid = f"MCA{digits(rng, 12)}"
        for label, value, facts in [
            ("SRN", srn, {"txn": (INVOICE_RANK, srn)}),
            ("Company", clip(COMPANY_CAPS, 40), {}),
            ("Form", "Form AOC-4, producer company", {}),
            ("Normal fee", num(normal), {}),
            ("Additional fee", num(extra), {}),
            ("Total amount paid", rs(j.amount), {"amount": j.amount}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Mode", "Net banking - Punjab National Bank", {"method": "netbanking"}),
        ]:
            gutter(p, "mc", label, value, at=0.4, **facts)
        p.add("small", "Download the challan from My Application. Keep the SRN for your records.")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "ocmms.bihar.gov.in/bspcb/consent/feereceipt")
        p.part = "head"
        name = "Bihar State Pollution Control Board"
        top(p, pick(p, "title", [name, "Bihar State Pollution Control Board"]), merchant=name)
        p.add("small", "OCMMS  |  Consent fee receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([5000, 7500, 10000, 12500]))
        pid = f"{digits(rng, 10)}"
        sref = f"IGA{digits(rng, 8)}"
        grid(
            p,
            "bs",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Application ID", f"BSPCB/CTO/{j.date.year}/{digits(rng, 5)}"], {}),
                (["Industry", f"{KENDRA} (dye house)"], {}),
                (["Category", "Orange - silk dyeing and printing"], {}),
                (["Consent", f"Consent to Operate, renewal {fy(j.date)}"], {}),
                (["Fee (Rs.)", num(j.amount)], {"amount": j.amount}),
                (["Payment ID", pid], {"txn": (TXN_RANK, pid)}),
                (["SBI ePay Ref. No.", sref], {"txn": (BANK_RANK, sref), "method": "netbanking"}),
                (["Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Status", "Success"], {"status": status}),
            ],
            tint=(220, 236, 226),
        )
        p.add("small", "Paid through SBI ePay (Net Banking).")
        return p.done()
    p = browser_page(rng, font, "state.bihar.gov.in/biharcommercialtax/ptax/payment")
    p.part = "head"
    dev(p, "वाणिज्य-कर विभाग, बिहार सरकार", scale=1.0, bold=True)
    name = "Commercial Taxes Department"
    top(p, name, merchant=name)
    p.add("small", "Government of Bihar  |  Profession tax e-payment")
    p.add("rule")
    p.part = "body"
    strip(p, "Payment Failed", status)
    p.add("gap")
    j.amount = 2500.0
    tid = f"CTD{digits(rng, 12)}"
    for label, value, facts in [
        ("PT Registration No.", f"PT{digits(rng, 9)}", {}),
        ("Name", clip(COMPANY, 40), {}),
        ("Period", fy(j.date), {}),
        ("Amount", rs(j.amount), {"amount": j.amount}),
        ("Mode", "Net Banking - Canara Bank", {"method": "netbanking"}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ("Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
        ("Reason", "Transaction cancelled at the bank", {}),
    ]:
        dots(p, label, value, at=0.4, **facts)
    p.add("small", "No amount was debited. Please pay again before the due date.")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "to" on an app): New India
    Assurance's letter of a burglary premium received in cash (its sentence, the premium, GST and total in
    dot leaders; no reference); ICICI Lombard's app with the van's renewal failed (a capsule, the sum, "to
    <insurer>", hairline rows: Proposal No., Vehicle, Transaction ID, Payment mode, Attempted on); Bajaj
    Allianz's mail of a shop policy issued (dot leaders: Policy number, Product, Premium, GST, Total
    premium, Payment mode, Payment reference, Payment date); Oriental Insurance's COVER NOTE filled in by
    hand, its Date left blank (Received from, Premium Rs., by UPI, Ref.; no day); SBI General's PREMIUM
    RECEIPT for the members' group health cover in a table ruled on every side (Receipt No., Receipt Date,
    Insured, Product, Premium, CGST 9%, SGST 9%, Total, Mode, UTR); Care Health's renewal mail (its
    sentence, hairline rows: Policy No., Plan, Premium paid, Payment mode, Transaction reference); Kotak
    General's marine cargo premium waiting for the bank with its steps down the page; Future Generali's
    e-Receipt with its QR code (Receipt No., Receipt Date, Received from, Policy No., Premium amount,
    Payment mode, Card transaction ID). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        name = "The New India Assurance Co. Ltd."
        p = sheet_page(rng, font, [740, 780])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Khalifabagh, Bhagalpur - 812002")
        p.add("rule")
        p.part = "body"
        p.add("right", f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}", date=j.date)
        p.add("left", "To,")
        p.add("left", f"{COMPANY}, {OFFICE}")
        p.add("gap")
        p.add(
            "left",
            f"Received with thanks from you a sum of Rs. {num(j.amount, 'indian')} "
            f"({words_in_rupees(j.amount)}) in cash towards the premium of the Burglary and Housebreaking "
            "policy for your Patna counter.",
            amount=j.amount,
            method="cash",
            status=status,
        )
        p.add("gap")
        dots(p, "Premium", num(base), at=0.5)
        dots(p, "GST @ 18%", num(gst), at=0.5)
        dots(p, "Total", num(j.amount), at=0.5, bold=True)
        p.add("gap")
        sig(p)
        right(p, "Divisional Manager")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (180, 40, 30))
        app_head(p, "ICICI Lombard", "IL TakeCare  |  Motor")
        name = "ICICI Lombard General Insurance Co. Ltd"
        pill(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"to {name}", "to ICICI Lombard GIC Ltd"])[3:]
        p.add("center", f"to {shown}", merchant=shown)
        p.add("small", "Your UPI payment was not completed. The proposal is saved for 7 days.")
        p.add("rule")
        tid = f"ILT{digits(rng, 13)}"
        kvr(p, "Proposal No.", f"PRO{digits(rng, 10)}")
        kvr(p, "Vehicle", f"BR 10 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)} (Tata Ace)")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        name = "Bajaj Allianz General Insurance Co. Ltd."
        p = mail_page(
            rng,
            font,
            "Bajaj Allianz <customercare@bajajallianz.co.in>",
            ["Your policy is issued", "Payment received"],
        )
        p.part = "head"
        shown = pick(p, "title", [name, "Bajaj Allianz General Insurance"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {COMPANY},")
        p.add(
            "left",
            "We have received your premium and your policy is issued. The schedule is attached.",
            status=status,
        )
        p.add("gap")
        ref = f"BAGIC{digits(rng, 11)}"
        for label, value, facts in [
            (
                "Policy number",
                f"OG-{j.date.year % 100 + 1}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 8)}",
                {},
            ),
            ("Product", "Shop package, weaving shed", {}),
            ("Premium", num(base), {}),
            ("GST @ 18%", num(gst), {}),
            ("Total premium", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", "Net Banking", {"method": "netbanking"}),
            ("Payment reference", ref, {"txn": (TXN_RANK, ref)}),
            ("Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), {"date": j.date}),
        ]:
            dots(p, label, value, at=0.42, **facts)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Bajaj Allianz General Insurance Co. Ltd., Yerawada, Pune. IRDAN113.")
        return p.done()
    if k == 3:
        name = "The Oriental Insurance Company Ltd."
        p = sheet_page(rng, font, [720, 760])
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "Oriental Insurance Co. Ltd."]),
            merchant=pick(p, "title", [name, "Oriental Insurance Co. Ltd."]),
        )
        p.add("small", "Branch Office, Bhagalpur  |  Motor cover note")
        p.add("center", "COVER NOTE")
        p.part = "body"
        j.amount = rupees(rng, 2500, 9500, 0.8)
        cols(p, "on", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Cover Note No. {digits(rng, 7)}", "")
        blank(p, "Date", "")
        blank(p, "Received from", "Ang Manjusha Silk Producer Co.")
        blank(p, "Vehicle", f"BR 10 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}, e-rickshaw")
        blank(p, "Premium Rs.", f"{num(j.amount, 'indian')}", amount=j.amount)
        blank(p, "by", "UPI", method="UPI")
        blank(p, "Ref.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("left", "Received the premium above. Cover is held till the policy is issued.", status=status)
        p.add("gap")
        sig(p)
        right(p, "Authorised signatory")
        return p.done()
    if k == 4:
        name = "SBI General Insurance Company Limited"
        p = sheet_page(rng, font, [760, 800])
        p.part = "head"
        shown = pick(p, "title", [name, "SBI General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Group Health Insurance  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        rno = f"RCT{j.date:%y}{digits(rng, 9)}"
        half = round(gst / 2, 2)
        grid(
            p,
            "sg",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Insured", COMPANY], {}),
                (["Product", f"Group health, member weavers ({rng.randrange(60, 180)} lives)"], {}),
                (["Premium", num(base)], {}),
                (["CGST 9%", num(half)], {}),
                (["SGST 9%", num(round(gst - half, 2))], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT"], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            ],
            tint=(214, 228, 244),
        )
        p.add("gap")
        p.add("left", "Premium received with thanks. Cover as per the policy schedule.", status=status)
        return p.done()
    if k == 5:
        name = "Care Health Insurance Ltd"
        p = mail_page(
            rng, font, "Care Health Insurance <renewals@careinsurance.com>", ["Renewal premium received"]
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        till = j.date + dt.timedelta(days=365)
        j.amount = rupees(rng, 14000, 42000, 0.6)
        p.add("left", f"Dear {rng.choice(['Mr. Arvind Kumar Jha', 'Mrs. Kumud Jha'])},")
        p.add(
            "left",
            f"Your renewal premium of {rs(j.amount)} has been received on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])}. "
            f"Your cover continues till {when(till, '%d %b %Y')}.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        tref = f"CHI{digits(rng, 12)}"
        kvr(p, "Policy No.", digits(rng, 8))
        kvr(p, "Plan", "Care Supreme, family floater")
        kvr(p, "Premium paid", rs(j.amount))
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Transaction reference", tref, txn=(TXN_RANK, tref))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Care Health Insurance Ltd. Please do not reply to this mail.")
        return p.done()
    if k == 6:
        name = "Kotak Mahindra General Insurance Co. Ltd."
        p = browser_page(rng, font, "www.kotakgeneral.com/marine/payment/status")
        p.part = "head"
        shown = pick(p, "title", [name, "Kotak General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Marine cargo  |  Payment status")
        p.add("rule")
        p.part = "body"
        step(p, "Payment initiated", "", "done")
        step(p, "Awaiting confirmation from your bank", "", "pending", status=status)
        step(p, "Policy issued", "", "todo")
        p.add("gap")
        ref = f"KGI{digits(rng, 12)}"
        kv(p, "Quote No.", f"MQ{digits(rng, 9)}", at=0.38)
        kv(p, "Cover", "Silk consignment, Bhagalpur to Mumbai", at=0.38)
        kv(p, "Premium (incl. GST)", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Payment mode", "Net Banking - Bank of India", at=0.38, method="netbanking")
        kv(p, "Reference ID", ref, at=0.38, txn=(TXN_RANK, ref))
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.38, date=j.date)
        return p.done()
    name = "Future Generali India Insurance Co. Ltd."
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    shown = pick(p, "title", [name, "Future Generali India Insurance"])
    top(p, shown, merchant=shown)
    p.add("center", "e-Receipt")
    p.add("rule")
    p.part = "body"
    rno = f"{digits(rng, 10)}"
    ctid = f"{digits(rng, 12)}"
    kvr(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    kvr(p, "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    kvr(p, "Received from", clip(COMPANY, 40))
    kvr(p, "Policy No.", f"F{digits(rng, 7)}")
    kvr(p, "Premium amount", rs(j.amount), amount=j.amount)
    kvr(p, "Payment mode", f"Debit card {masked(rng, font)}", method="card")
    kvr(p, "Card transaction ID", ctid, txn=(TXN_RANK, ctid))
    p.add("gap")
    p.add("left", "Payment received towards the fire policy of the weaving shed.", status=status)
    qr(p, f"fg{rno}", "r", 4)
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("ANG SILK EMPORIUM", "UDYOG BHAWAN ARCADE, PATNA", "PAYTM EDC", "pending"),
    ("ANG SILK EMPORIUM - SARAS MELA", "STALL 41, GANDHI MAIDAN, PATNA", "HDFC BANK", "hdfc"),
    ("ANG MANJUSHA - BISHAHARI MELA", "CHAMPANAGAR, BHAGALPUR", "Getepay", "device"),
    ("HOTEL RAJHANS INTERNATIONAL", "STATION ROAD, BHAGALPUR", "AXIS BANK", "tip"),
    ("GUPTA KATARNI BHANDAR", "KHALIFABAGH, BHAGALPUR", "IDFC FIRST BANK", "declined"),
    ("PATNA BOOK CENTRE", "FRASER ROAD, PATNA", "YES BANK", "tap"),
    ("LITTI CHOKHA DARBAR", "BORING ROAD, PATNA", "", "restaurant"),
    ("KALA SAMAGRI STORE", "ASHOK RAJPATH, PATNA", "RAZORPAY POS", "razorpay"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Patna counter's, the Saras Mela stall's and the Bishahari Mela stall's terminals and the
    company's card at a Bhagalpur hotel, a katarni rice shop, a Patna bookshop, a litti-chokha restaurant and
    an art supplies store: Paytm EDC's slip of a sale pending with the bank (ORDER ID, TRANSACTION PENDING,
    DO NOT RETRY); HDFC Bank's slip at the Saras Mela stall (DT, TM, BATCH NO, INV NO, APPROVAL CODE, RRN,
    TOTAL AMOUNT, the invoice's barcode); Getepay's screen at the Bishahari Mela stall (the stall under the
    device's name, APPROVED, the sum, the hour alone; no day); Axis Bank's slip at the hotel with a tip
    (BASE AMT, TIP, TOTAL); IDFC FIRST Bank's DECLINED slip (55 INCORRECT PIN); YES BANK's contactless slip
    in its short labels (DT / TM on one line, M.ID, T.ID, BT.NO, INV.NO, AUTH.NO, REF.NO, AMT); a
    restaurant's bill settled by card (Table, Covers, its dishes, CGST 2.5%, SGST 2.5%, Round off, GRAND
    TOTAL, "Settled by: CARD"; no reference); Razorpay POS's slip (Txn Type, Date & Time, Merchant ID,
    Terminal ID, Card, Auth Code, RRN, Txn ID, Amount, Payment Successful). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=600, high=32000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "hdfc":
        shift(j, rng, SARAS + dt.timedelta(days=rng.randrange(0, 14)))
    if layout == "device":
        shift(j, rng, BISHAHARI + dt.timedelta(days=rng.randrange(0, 5)))
    if layout in ("declined", "tap", "tip"):
        j.amount = rupees(rng, 450, 6800, 0.6)
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
        band(p, (0, 92, 170))
        app_head(p, "Getepay", "Card sale")
        shown = pick(p, "center", [name, "ANG MANJUSHA"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        pill(p, "APPROVED", status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("small", f"Time {t}")
        p.add("rule")
        p.pair("Card", f"{scheme} XXXX {last4}", method="card")
        p.pair("Approval code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
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
    if layout == "pending":
        oid = f"{j.date:%Y%m%d}{digits(rng, 8)}"
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("ORDER ID", oid, txn=(ORDER_RANK, oid))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION PENDING", status=status)
        p.add("small", "DO NOT RETRY. IF DEBITED, THE AMOUNT WILL BE CREDITED OR REVERSED IN 48 HRS.")
    elif layout == "hdfc":
        p.add("center", "SALE SLIP")
        p.add("rule")
        p.pair("DT", day, date=j.date)
        p.pair("TM", t)
        p.pair("MID", mid)
        p.pair("TID", tid)
        p.pair("BATCH NO", batch)
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"CARD NO: XXXX XXXX XXXX {last4}", method="card")
        p.pair("CARD TYPE", f"{scheme} DEBIT")
        p.pair("APPROVAL CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        h269.ext(p)
        bars(p, f"hdfc{inv}{tid}")
        p.add("center", inv)
        p.add("small", "CUSTOMER COPY")
    elif layout == "tip":
        tip = float(rng.choice([50, 100, 150, 200]))
        base_ = j.amount
        j.amount = base_ + tip
        amt = f"Rs.{j.amount:,.2f}" if amt.startswith("Rs.") else f"INR {j.amount:.2f}"
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid)
        p.pair("TID", tid)
        p.pair("BATCH", batch[-3:])
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXXXXXXXXXX{last4} CHIP", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE AMT", f"{base_:,.2f}")
        p.pair("TIP", f"{tip:,.2f}")
        p.pair("TOTAL", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "I AGREE TO PAY THE ABOVE TOTAL AMOUNT")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} ****{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "55 - INCORRECT PIN")
        p.add("small", "NO AMOUNT HAS BEEN DEBITED")
    elif layout == "tap":
        p.add("center", "CONTACTLESS SALE")
        p.add("rule")
        p.add("left", f"DT {when(j.date, '%d/%m/%y')}   TM {t[:5]}", date=j.date)
        p.add("left", f"M.ID {mid}")
        p.add("left", f"T.ID {tid}   BT.NO {batch[-3:]}")
        p.add("left", f"INV.NO {inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXX{last4} TAP", method="card")
        p.add("left", f"AUTH.NO {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"REF.NO {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "NO PIN / SIGNATURE REQUIRED")
    elif layout == "restaurant":
        p.add("small", f"GSTIN {gstin_of(rng)}")
        p.add("rule")
        p.pair("Table 4", f"Covers {rng.randrange(2, 6)}")
        p.pair("Date", f"{day} {t[:5]}", date=j.date)
        p.add("rule")
        dishes = [
            ("LITTI CHOKHA (4 PC)", 160),
            ("SATTU PARATHA", 120),
            ("DAL PITHA", 140),
            ("MUTTON CHAMPARAN", 420),
            ("KHAJA (SILAO)", 90),
            ("LASSI", 80),
        ]
        sub = 0.0
        for text, price in rng.sample(dishes, 4):
            q = rng.randrange(1, 4)
            p.pair(f"{text} x{q}", f"{q * price:.2f}")
            sub += q * price
        gst = round(sub * 0.025, 2)
        gross = sub + 2 * gst
        j.amount = float(round(gross))
        p.add("rule")
        p.pair("SUB TOTAL", f"{sub:.2f}")
        p.pair("CGST 2.5%", f"{gst:.2f}")
        p.pair("SGST 2.5%", f"{gst:.2f}")
        p.pair("ROUND OFF", f"{j.amount - gross:+.2f}")
        p.pair("GRAND TOTAL", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("rule")
        p.add("left", f"Settled by: CARD ({scheme})", method="card", status=status)
        p.add("small", "THANK YOU. VISIT AGAIN")
    else:
        pid = f"pay_{code(rng, 14, MIXED)}"
        p.add("rule")
        p.pair("Txn Type", "SALE")
        p.pair("Date & Time", f"{day} {t[:5]}", date=j.date)
        p.pair("Merchant ID", mid[:10])
        p.pair("Terminal ID", tid)
        p.pair("Card", f"{scheme} **{last4}", method="card")
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("left", "Txn ID")
        p.add("right", pid, txn=(TXN_RANK, pid))
        p.add("rule")
        p.pair("Amount", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "Payment Successful", status=status)
        p.add("small", "Powered by Razorpay")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The weaving centre's, the studio's and the Patna counter's bills: the Bihar Bijli Smart Meter app's
    prepaid recharge under its Hindi name ("Today, <hour>"; the balance after it; no day); Paytm's LPG
    booking (Payment successful, "Paid to Indane Gas", hairline rows: Order ID, UPI Ref No, Booking No., LPG
    ID, Date & time); Airtel Thanks' Xstream Fiber bill ("<sum> paid for Airtel Xstream Fiber", Account
    number, Transaction ID, Payment mode, Paid on); Dish TV's recharge failed on a tinted band (boxed fields:
    Transaction ID, Payment mode, Date); BSNL's self-care portal receipt in shaded label cells (Receipt No.,
    Telephone No., Account No., Amount paid, Transaction ID, Bank Ref. No., Payment date, Mode, Status);
    Jio's recharge mail ("Thank you for recharging ... with <sum> on <day>", Plan, Validity, Payment mode;
    no reference); Google Pay's bill payment to the power company for the Patna counter (Bill paid,
    Consumer number, Bill period, UPI transaction ID, BBPS reference, Paid on); PhonePe's mobile recharge
    pending with its steps left to right ("for Airtel Prepaid", Transaction ID, UTR, Initiated). All new
    here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=300, high=9000)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "Rs"))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        band(p, (232, 120, 20))
        app_head(p, "Bihar Bijli Smart Meter", "Prepaid recharge")
        dev(p, "साउथ बिहार पावर डिस्ट्रीब्यूशन कंपनी लिमिटेड", scale=0.9, soft=True)
        name = pick(
            p,
            "center",
            [
                "South Bihar Power Distribution Company Ltd",
                "South Bihar Power Distribution Co. Ltd",
                "SBPDCL",
            ],
        )
        p.add("center", name, merchant=name)
        p.add("gap")
        pill(p, "Recharge successful", status)
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 3000]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        tid = f"SBP{digits(rng, 13)}"
        bal = round(j.amount + rng.uniform(40, 900), 2)
        kvr(p, "Consumer ID", digits(rng, 9))
        kvr(p, "Meter No.", f"GP{digits(rng, 8)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Balance after recharge", rs(bal))
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Cylinder booking"], dark=False, buttons=("Track",))
        band(p, PAYTM_BLUE)
        app_head(p, "paytm", "Book a cylinder")
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("small", "Your cylinder booking is confirmed")
        j.amount = float(rng.choice([1826.5, 1848.0, 1875.5, 1902.0]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Paid to Indane Gas", merchant="Indane Gas")
        p.add("small", "19 kg commercial  |  Champanagar Indane Gramin Vitrak")
        p.add("rule")
        oid = f"{j.date:%Y%m%d}{digits(rng, 11)}"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Booking No.", digits(rng, 6))
        kvr(p, "LPG ID", digits(rng, 17))
        kvr(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, AIRTEL_RED)
        app_head(p, "Airtel Thanks", "Bills and recharges")
        pill(p, "Payment successful", status)
        j.amount = float(rng.choice([799, 999, 1178, 1499, 1767]))
        name = "Airtel Xstream Fiber"
        p.add("center", f"{rs(j.amount)} paid for {name}", amount=j.amount, merchant=name)
        p.add("small", f"Bihula Manjusha Kala Kendra  {dot}  broadband")
        p.add("rule")
        tid = f"{digits(rng, 10)}"
        p.pair("Account number", digits(rng, 10))
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Payment mode", f"Debit card {dot * 4} {digits(rng, 4)}", method="card")
        p.pair("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Retry",))
        band(p, (226, 30, 37))
        app_head(p, "My Dish TV", "Recharge")
        strip(p, "Recharge failed", status)
        j.amount = float(rng.choice([299, 380, 450, 560]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Dish TV", merchant="Dish TV")
        p.add("small", f"VC No. 0{digits(rng, 10)}  |  Hindi Mega pack")
        p.add("small", "Your bank did not confirm the payment. No money was deducted.")
        p.add("gap")
        tid = f"DTV{digits(rng, 12)}"
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Payment mode", "Net banking - Canara Bank", method="netbanking")
        field(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "portal.bsnl.in/myportal/payment/receipt")
        p.part = "head"
        name = "Bharat Sanchar Nigam Limited"
        top(p, name, merchant=name)
        p.add("small", "BSNL Selfcare  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        rno = f"BR{digits(rng, 10)}"
        tid = f"{digits(rng, 14)}"
        bref = f"{digits(rng, 12)}"
        j.amount = rupees(rng, 590, 2400, 0.7)
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Telephone No.", f"0641-{digits(rng, 7)}", {}),
            ("Account No.", digits(rng, 10), {}),
            ("Amount paid", rs(j.amount), {"amount": j.amount}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), {"date": j.date}),
            ("Mode", "UPI", {"method": "UPI"}),
            ("Status", "Success", {"status": status}),
        ]:
            kv(p, label, value, at=0.36, **facts)
        p.add("small", "Landline and Bharat Fibre, Champanagar exchange.")
        return p.done()
    if k == 5:
        name = "Reliance Jio Infocomm Ltd"
        p = mail_page(
            rng, font, "Jio <jiocare@jio.com>", ["Your recharge is successful", "Recharge successful"]
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([349, 399, 449, 629, 899]))
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Thank you for recharging Jio number {rng.choice('6789')}{digits(rng, 3)}XXX{digits(rng, 3)} with "
            f"{rs(j.amount)} on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])}. Your plan is active.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "jio", spec, "Plan", f"{num(j.amount, 'plain', 0)} plan, unlimited calls, 2 GB a day")
        cols(p, "jio", spec, "Validity", f"{rng.choice([28, 56, 84])} days")
        cols(p, "jio", spec, "Payment mode", "Credit card", method="card")
        p.add("gap")
        p.add("small", "Reliance Jio Infocomm Ltd. This is an auto-generated mail; please do not reply.")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Share",))
        app_head(p, "Google Pay", "Bill payments")
        name = pick(p, "center", ["South Bihar Power Distribution Co. Ltd", "SBPDCL"])
        p.add("center", name, merchant=name)
        p.add("small", f"{EMPORIUM}  {dot}  Patna counter")
        j.amount = rupees(rng, 1800, 9000, 0.3)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"{sign(font, chr(0x2713), '')} Bill paid".strip(), status=status)
        p.accent(GREEN)
        p.add("small", "Bharat BillPay")
        p.add("rule")
        bbps = f"OU01{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        start = j.date.replace(day=1) - dt.timedelta(days=1)
        lab(p, "Consumer number")
        p.add("left", digits(rng, 12))
        lab(p, "Bill period")
        p.add("left", when(start, "%B %Y"))
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        lab(p, "BBPS reference")
        p.add("left", bbps, txn=(BANK_RANK, bbps))
        lab(p, "Paid on")
        p.add("left", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        return p.done()
    p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Refresh",))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "Mobile recharge")
    track(p, ["Paid", "Recharging", "Done"], "dpt")
    pill(p, "Recharge pending", status)
    j.amount = float(rng.choice([199, 299, 349, 479, 859]))
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", "for Airtel Prepaid", merchant="Airtel Prepaid")
    p.add("small", f"{rng.choice('6789')}{digits(rng, 3)}XXX{digits(rng, 3)}  {dot}  counter's phone")
    p.add("rule")
    tid = f"T{j.date:%y%m%d}{rng.randrange(10, 23)}{digits(rng, 15)}"
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    kvr(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    p.add("small", "Recharges usually complete in 10 minutes. Do not recharge again.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Canara Bank", "VM-CANBNK", "KOSHA RESHAM UDYOG", "NEFT", "sms"),
    ("ICICI Bank", "AX-ICICIT", "SHAMIM ANSARI", "UPI", "sms"),
    ("Central Bank of India", "JD-CENTBK", "GANGA PRINTERS", "NEFT", "sms"),
    ("Bihar Gramin Bank", "VK-BGBANK", "ANITA MALAKAR", "UPI", "hindi"),
    ("State Bank of India", "", "SULTANGANJ SOLAR SOLUT", "RTGS", "mail"),
    ("Union Bank of India", "BP-UNIONB", "ANGIKA TRANSPORT CO", "IMPS", "sms"),
    ("Punjab National Bank", "", "BHAGALPUR TENT HOUSE", "NEFT", "statement"),
    ("IDBI Bank", "", "MD SALIM ANSARI", "IMPS", "whatsapp"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the company's payments: SMS in Canara Bank's ("An amount of INR x has been
    DEBITED to your account XXX1234 on <dd/mm/yyyy> towards NEFT to <PAYEE>. UTR ..."), ICICI Bank's ("ICICI
    Bank Acct XX123 debited for Rs x on <dd-Mon-yy>; <PAYEE> credited. UPI:..."), Central Bank of India's
    NEFT returned ("... to <PAYEE> dt <dd.mm.yyyy> has been returned by the beneficiary bank (UTR ...)") and
    Union Bank of India's IMPS under process ("... to <PAYEE> from A/c ...1234 on <dd-mm-yy> is under
    process. Ref No ...") wordings; Bihar Gramin Bank's SMS in Hindi in a chat bubble under Today ("... रु. x
    UPI द्वारा <PAYEE> को भेजे गए। UPI संदर्भ ..."; no day); State Bank of India's mail ("Your a/c no. ... is
    debited for Rs.x on <dd-mm-yyyy> and a/c of <PAYEE> credited (RTGS Ref No. ...)"); a Punjab National Bank
    statement's printed page with the payment's line marked by a highlighter (Txn Date | Description |
    Ref No. | Debit | Credit | Balance; its Ref No. blank; no reference); IDBI Bank's WhatsApp banking
    message under the chat's day divider ("Rs.x debited from A/c XX1234 on <dd/mm/yy> towards IMPS to
    <PAYEE>. IMPS Ref No. ..."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2000, high=90000)
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
        if bank == "Canara Bank":
            text = (
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail4} on "
                f"{when(j.date, '%d/%m/%Y')} towards NEFT to {to}. UTR {utr}. Total Avail.Bal INR {bal}. "
                "- Canara Bank"
            )
        elif bank == "ICICI Bank":
            text = (
                f"ICICI Bank Acct XX{tail4[1:]} debited for Rs {amt} on {when(j.date, '%d-%b-%y')}; {to} "
                f"credited. UPI:{utr}. Call 18002662 for dispute. SMS BLOCK {tail4[1:]} to 9215676766."
            )
        elif bank == "Central Bank of India":
            text = (
                f"Dear Customer, NEFT of Rs.{amt} from A/c XX{tail4} to {to} dt {when(j.date, '%d.%m.%Y')} "
                f"has been returned by the beneficiary bank (UTR {utr}). The amount is credited back to your "
                "account. -Central Bank of India"
            )
        else:
            text = (
                f"Your IMPS transaction of Rs {amt} to {to} from A/c ...{tail4} on {when(j.date, '%d-%m-%y')} "
                f"is under process. Ref No {utr}. Please do not retry. -Union Bank of India"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "hindi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("gap")
        h275.divider(p, "Today")
        p.add("gap")
        c = card_open(p)
        amt_hi = num(j.amount, "indian")
        dev_wrap(
            p,
            f"प्रिय ग्राहक, आपके खाता XX{tail4} से रु. {amt_hi} UPI द्वारा {to} को भेजे गए। UPI संदर्भ "
            f"{utr}। शेष राशि रु. {bal} -बिहार ग्रामीण बैंक",
            **facts,
        )
        card_close(p, c)
        p.add("small", hhmm(rng, lower=True))
        p.add("gap")
        p.add("small", "Text message")
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "SBI <donotreply.sbiintouch@sbi.co.in>", ["Transaction alert from SBI"])
        p.part = "head"
        top(p, "State Bank of India")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your a/c no. XXXXXXX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%m-%Y')} and a/c of "
            f"{to} credited (RTGS Ref No. {utr}).",
            **facts,
        )
        p.add("gap")
        p.add("left", "If you have not done this transaction, please call 1800 1234 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "State Bank of India. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "statement":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "PUNJAB NATIONAL BANK")
        p.add("small", f"Statement of account  |  A/c No. XXXXXXXX{tail4}  |  {CUT}")
        p.add("small", "Branch: Khalifabagh, Bhagalpur")
        p.add("rule")
        p.part = "body"
        opening = rupees(rng, j.amount + 40000, j.amount + 600000, 0.0)
        before = j.date - dt.timedelta(days=rng.randrange(2, 8))
        after = j.date + dt.timedelta(days=rng.randrange(1, 5))
        credit = rupees(rng, 8000, 90000, 0.5)
        spend = rupees(rng, 500, 9000, 0.5)
        spec = [
            (0.0, 0.14, "l"),
            (0.14, 0.44, "l"),
            (0.44, 0.6, "l"),
            (0.6, 0.73, "r"),
            (0.73, 0.86, "r"),
            (0.86, 1.0, "r"),
        ]
        narr = f"NEFT DR-{to}"
        fin = opening + credit - j.amount - spend
        grid(
            p,
            "ps",
            spec,
            ["Txn Date", "Description", "Ref No.", "Debit", "Credit", "Balance"],
            [
                (
                    [
                        when(before, "%d/%m/%Y"),
                        "BY CLG GoCoop settlement",
                        digits(rng, 6),
                        "",
                        num(credit),
                        num(opening + credit),
                    ],
                    {},
                ),
            ],
            tint=(240, 226, 226),
        )
        s = len(p.rows)
        grid(
            p,
            "ps",
            spec,
            None,
            [
                (
                    [when(j.date, "%d/%m/%Y"), narr, "", num(j.amount), "", num(opening + credit - j.amount)],
                    facts,
                )
            ],
        )
        marker(p, s)
        grid(
            p,
            "ps",
            spec,
            None,
            [
                (
                    [
                        when(after, "%d/%m/%Y"),
                        "UPI DR-INDANE GAS BGP",
                        digits(rng, 12),
                        num(spend),
                        "",
                        num(fin),
                    ],
                    {},
                )
            ],
        )
        p.add("gap")
        p.add("small", "Computer generated statement; no signature is required.")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (0, 110, 92))
    p.part = "head"
    p.add("title", "IDBI Bank")
    p.add("small", "Official business account")
    p.add("gap")
    p.part = "body"
    h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])))
    s = len(p.rows)
    text = (
        f"Dear Customer, Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d/%m/%y')} towards IMPS to {to}. "
        f"IMPS Ref No. {utr}. Not you? Call 1800-209-4324. - IDBI Bank"
    )
    p.add("left", text, **facts)
    bubble(p, s, hhmm(rng, lower=True))
    p.add("gap")
    p.add("small", "Reply MENU for balance, statement and cheque book.")
    return p.done()

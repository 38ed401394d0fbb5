"""The twelve heldout283 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Sujani embroidery women's collective's year of 2026 in Bhusura, Muzaffarpur,
Bihar (Bhusura Sujani Mahila Sahkari Samiti Ltd., a women's co-operative: its stitching centre in Bhusura,
Sujani Silai Kendra, where its members layer old saris and mul cotton and stitch Sujani in running stitches
into quilts, baby quilts, wall hangings, panels, dupattas, stoles, cushion covers, table runners and jholas,
and where it trains new stitchers; its hall, Sujani Bhawan; its shop in Motijheel, Muzaffarpur, Sujani Angan,
with a stall at the Sonepur Mela; the web shop sujaniangan.in, GoCoop, Meesho and buyers abroad), told by the
proofs of payment it receives (buyers' PhonePe, Fi, BHIM, Tata Neu, JioFinance, POP and Flipkart UPI screens
and PhonePe Business on the shop's phone; Fabindia, GoCoop, NABARD, the state's crafts institute through CFMS,
Meesho, a Bodh Gaya hotel, Dastkar and IIT Patna through Punjab National Bank; MUFG, UBS, RBC Express,
Westpac, DBS IDEAL, Nordea, Emirates NBD and HSBC HK; its own invoice, notebook receipt, payment page,
Khatabook bill, share money receipt, order mail, hall booking receipt and care card) and those it makes (a
cloth house, a thread house, Flipkart Wholesale, India Post, a carpenter, a jute bag maker, Shiprocket and a
printer; PNB ONE, ICICI InstaBIZ, the district's co-operative bank, Cent Mobile, Vyom, bob World, GO Mobile+
and OnlineSBI; its members', trainer's and staff's wage slip, screens, payslip and receipts; the municipal
corporation, OGRAS, East Central Railway, ESIC, the Commercial Taxes Department, the GI Registry, the state's
e-Stamp and the e-Challan portal; eight insurers; cards on its terminals and phone and at a hotel, a thread
shop, a chemist and a restaurant; the power company's smart meter app and a Common Service Centre, Indane,
JioFiber, Airtel Digital TV, Dish TV, the municipal user charge and Airtel Xstream Fiber; the banks' SMS, a
passbook page, a mail and a smartwatch's notification). Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the units' lines,
salutations, Hindi and Tirhuta lines (but a bill written in Hindi whose figures carry the facts), items,
quilts, threads, shades, counts, rates, taxable values, GST, TDS, fees, commissions, shares, charges, coins,
balances, collections, gross sums and deductions, converted and INR sums, FX rates, periods, months,
assessment and financial years, invoice, offence, letter and stall days, the hours of a screen's status bar,
account, policy, proposal, quote, consumer, meter, service, customer, subscriber, VC, holding, ward, PTRN,
challan, CBR, application, certificate account, booking, member, employee, vendor, employer and article
numbers, PAN, BSR codes, GSTIN, IFSC, UPI IDs of payers, a PDF's file name, QR codes, stamps, postmarks,
seals, scribbles, thumb impressions, borders, suns, fish, hanks, confetti, zigzags, bands, straps, patterns
and highlighter strokes carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``phone_frame`` heldout126's; ``right``
heldout152's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked``
and ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and
``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``kv``,
``kvr``, ``zebra``, ``total``, ``strip``, ``ticks``, ``qr``, ``sms_page``, a roll's torn edges), heldout271's
(``grid``, ``colkv``, ``dots``, ``lab``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``step``, ``rstamp``,
``revenue``, rounded cards), heldout273's (``pill``, ``field``, ``track``, ``hcells``, ``ledger``, ``avatar``,
``watermark``, ``panel``, ``cell_name``), heldout275's (``dev``, ``dhand``, ``dlab``, ``sicon``, ``sig``,
``gutter``, ``folds``, ``ribbon``, ``tabs``, ``toast``) and heldout277's (``sheet``, ``marker``), written in
this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout279's), each
page's rows drawn by heldout277's ``_render`` and then by this set's own ``_render`` in the lines it leaves
for them: Tirhuta lines (Mithilakshar, the script Tirhut's Maithili and Bajjika were written in) in Noto Sans
Tirhuta; a Sujani's border of running stitches in two threads with cross stitches inside them and a stitched
sun at each corner; a stitched sun and a pair of stitched fish as a letterhead's emblem; a member's left
thumb's impression in violet ink in its box; a post office's round date stamp with its office set round its
rim and its cancelling waves; hanks of embroidery thread with their shade numbers on paper bands; a success
screen's confetti; an app's receipt card with a zigzag foot; a mail's PDF attachment chip; an invoicing app's
PAID band across the page's corner; a smartwatch's body, bezel, crown and strap; a passbook's security pattern
of fine waves, its heads' band and its column rules. The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random
import unicodedata

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
    bold_of,
    cols,
    kind,
    kv,
    kvr,
    qr,
    row,
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
    grid,
    hand,
    lab,
    revenue,
    rstamp,
    step,
    tt,
)
from bench.receipt_sets.heldout273_families import (
    avatar,
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
    dhand,
    dlab,
    folds,
    gutter,
    ribbon,
    room_of,
    sicon,
    sig,
    tabs,
    toast,
)
from bench.receipt_sets.heldout277_families import marker, sheet


UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
TIRHUTA = "noto/NotoSansTirhuta-Regular.ttf"
# the hands that write on this set's papers: italics and obliques in another mix than heldout277's to
# heldout279's
PENS = [
    "liberation2/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
]
INKS = [(26, 44, 128), (30, 30, 84), (46, 38, 52), (14, 76, 110), (96, 28, 74)]
# the faces a page's fixed-width lines are printed in (a passbook printer's, a bank's, a dot-matrix's)
TYPES = [
    "noto/NotoMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
]
# Sujani's threads on the off-white of old saris and mul cotton: reds, indigo, saffron, green, magenta, black
THREADS = [
    [(192, 30, 44), (30, 52, 148), (228, 146, 22), (26, 118, 62)],
    [(168, 26, 102), (22, 94, 150), (216, 118, 18), (40, 40, 44)],
    [(40, 58, 150), (198, 38, 40), (36, 128, 70), (226, 168, 28)],
]

# ---------------------------------------------------------------- the collective

SAMITI = "Bhusura Sujani Mahila Sahkari Samiti Ltd."
SAMITI_CAPS = "BHUSURA SUJANI MAHILA SAHKARI SAMITI LTD."
SHORT = "Bhusura Sujani Samiti"
# the registered name as a bank's or an app's field cuts it
CUT = "BHUSURA SUJANI MAHILA SA"
SAMITI_HI = "भूसरा सुजनी महिला सहकारी समिति लिमिटेड"
SUJANI_HI = "भूसरा सुजनी"
KENDRA = "Sujani Silai Kendra"
KENDRA_CAPS = KENDRA.upper()
KENDRA_HI = "सुजनी सिलाई केंद्र"
ANGAN = "Sujani Angan"
ANGAN_CAPS = ANGAN.upper()
ANGAN_HI = "सुजनी आँगन"
BHAWAN = "Sujani Bhawan"
WEB = "sujaniangan.in"
REGD = "Regd. No. 1142/MZP/2009"
ACT = "Bihar Self-Supporting Co-operative Societies Act, 1996"
GSTIN = "10AABAB7351K1Z6"
OFFICE = "Bhusura, P.O. Gaighat, Muzaffarpur - 847107 (Bihar)"
ANGAN_AT = "Motijheel, Muzaffarpur - 842001"
SECRETARY = "Smt. Usha Devi"
PRESIDENT = "Smt. Gita Kumari"
# the Harihar Kshetra (Sonepur) Mela on the Gandak's bank, 24 November to 25 December 2026; the stall is 41
SONEPUR = dt.date(2026, 11, 24)
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Bank of Baroda": "BARB",
    "Central Bank of India": "CBIN",
    "Union Bank of India": "UBIN",
    "ICICI Bank": "ICIC",
    "IDBI Bank": "IBKL",
    "HDFC Bank": "HDFC",
    "Bank of India": "BKID",
    "UCO Bank": "UCBA",
    "Bihar Gramin Bank": "PUNB",
    "Muzaffarpur Central Co-operative Bank": "IBKL",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Punjab National Bank": "PNB",
    "Canara Bank": "Canara",
    "Bank of Baroda": "BoB",
    "Central Bank of India": "Central Bank",
    "Union Bank of India": "Union Bank",
    "ICICI Bank": "ICICI",
    "HDFC Bank": "HDFC",
    "Axis Bank": "Axis",
    "Bank of India": "BOI",
}
# the collective's embroidery: name, HSN, price each (low, high)
WORKS = [
    ("Sujani quilt, double bed, running stitch on mul", "6304", 3800, 9500),
    ("Sujani wall hanging, tree of life, 24 x 36 in", "6304", 2200, 5600),
    ("Sujani panel, a woman's day, 36 x 48 in", "6304", 6500, 14000),
    ("Sujani dupatta, chanderi, sun motif", "6214", 1400, 3200),
    ("Sujani cushion covers, set of 2", "6304", 650, 1400),
    ("Sujani table runner, fish border", "6304", 850, 1800),
    ("Sujani jhola bag", "4202", 450, 950),
    ("Baby quilt (gudri), 36 x 48 in", "6304", 1500, 3200),
    ("Sujani stole, cotton silk", "6214", 950, 2200),
    ("Sujani file folder", "4820", 250, 480),
]
CUSTOMERS = [
    "Mrs. Shalini Choudhary",
    "Dr. Pankaj Thakur",
    "Ms. Aditi Jha",
    "Mr. Rakesh Ranjan",
    "Mrs. Nusrat Parveen",
    "Mr. Amitabh Mishra",
    "Ms. Sneha Kumari",
]
# the member artisans who stitch for the collective
MEMBERS = [
    "Chandrakala Devi",
    "Sanju Devi",
    "Rekha Kumari",
    "Mamta Devi",
    "Bindu Devi",
    "Shakuntala Devi",
    "Rubi Khatoon",
    "Kalawati Devi",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The collective's embroidery sold: name, HSN, quantity, price each (dearer ones left out above
    ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = 1 if lo > 2000 else rng.randrange(1, 4)
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 50))))
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


def item_name(text: str, n: int) -> str:
    """An item's name cut to at most ``n`` characters at its last comma that fits (a whole phrase kept)."""
    if len(text) <= n:
        return text
    head = text[:n]
    return head.rsplit(", ", 1)[0] if ", " in head else clip(text, n)


def split(rng: random.Random, total_: float, n: int) -> list[float]:
    """``total_`` in ``n`` parts of uneven size (each to the paisa) that add up to it."""
    weights = [rng.uniform(0.6, 1.6) for _ in range(n)]
    parts = [round(total_ * w / sum(weights), 2) for w in weights[:-1]]
    parts.append(round(total_ - sum(parts), 2))
    return parts


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


def two_up(p: Screen, name: str, left: tuple[str, str], right_: tuple[str, str], **facts) -> None:
    """Two fields side by side, each label small in the label's ink over its value; the facts on the values'
    row."""
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
    kind(p, f"{name}l", spec, "soft", group=f"{name}l")
    kind(p, f"{name}v", spec, "plain", group=name, bold=(0, 1))
    h269.ext(p)["scale"][f"{name}l"] = 0.8
    row(p, f"{name}l", left[0], right_[0])
    row(p, f"{name}v", left[1], right_[1], **facts)


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault("h283", {"marks": {}, "zigs": []})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def to_tirhuta(text: str) -> str:
    """Hindi in Devanagari written again in Tirhuta (Mithilakshar), letter for letter (the two blocks name
    their letters alike); spaces kept."""
    out = []
    for ch in text:
        if ch == " ":
            out.append(ch)
            continue
        name = unicodedata.name(ch)
        assert name.startswith("DEVANAGARI "), (ch, name)
        out.append(unicodedata.lookup("TIRHUTA " + name[len("DEVANAGARI ") :]))
    return "".join(out)


TR_SCALE = 1.2


def tirhuta(p: Screen, hindi: str, *, scale: float = 1.0, align: str = "c", soft: bool = False) -> None:
    """A line in Tirhuta, the Mithilakshar script Tirhut's Maithili and Bajjika were written in (a name or a
    heading over its Hindi and English), transliterated from ``hindi``; a line and a half high."""
    text = to_tirhuta(hindi)
    size = int(p.style["size"] * scale * TR_SCALE)
    assert glyphs(TIRHUTA, text.replace(" ", "")), hindi
    assert load_font(TIRHUTA, size).getlength(text) <= room_of(p), hindi
    put(p, "t83tr", text, mark_=[scale, align, soft])
    p.add("gap")


def stitch_border(p: Screen) -> None:
    """A Sujani's border round the page: two lines of running stitches in two threads, a row of small cross
    stitches inside them and a stitched sun at each corner."""
    ext(p)["border"] = [list(c) for c in p.rng.choice(THREADS)]


def sun(p: Screen) -> None:
    """A Sujani sun as a letterhead's emblem: rings of running stitches round a filled heart and rays
    stitched out from them in two threads; centred, two lines high."""
    put(p, "t83sun", "", mark_=[[list(c) for c in p.rng.choice(THREADS)], p.rng.randrange(12, 18)])
    p.add("gap")


def fishes(p: Screen) -> None:
    """A pair of fish (Mithila's sign of good fortune) facing each other as a letterhead's emblem, each
    outlined in running stitches with its eye and scales; centred, two lines high."""
    put(p, "t83fish", "", mark_=[[list(c) for c in p.rng.choice(THREADS)]])
    p.add("gap")


def thumbprint(p: Screen, caption: str) -> None:
    """A box at the right with a left thumb's impression in violet ink in it (a member who signs with her
    thumb), its caption under the box; four lines high (the rows beside it left empty)."""
    small = load_font(p.font, int(p.style["size"] * 0.62))
    assert glyphs(p.font, caption) and small.getlength(caption) <= 190, caption
    put(p, "t83thumb", caption, mark_=[p.rng.randrange(10**6), p.rng.uniform(-18, 18)])
    for _ in range(3):
        p.add("gap")


def postmark(p: Screen, office: str, day: str, pin: str) -> None:
    """A post office's round date stamp at the right: the office's name set round its upper rim, the day
    across its middle between two rules, the PIN in its lower half; wavy cancelling lines to its left; four
    lines high (the rows beside it left empty)."""
    bold = bold_of(p.font)
    assert glyphs(bold, office + day + pin), (office, day, pin)
    put(p, "t83post", office, day, pin, mark_=[p.rng.uniform(-14, 14)])
    for _ in range(3):
        p.add("gap")


def skeins(p: Screen, shades: list[str]) -> None:
    """Hanks of embroidery thread laid across the page, each twisted in its colour with a paper band round
    its middle printed with its shade number (a thread dealer's shade card); two lines high."""
    small = load_font(bold_of(p.font), int(p.style["size"] * 0.55))
    assert all(
        glyphs(bold_of(p.font), s) and small.getlength(s) < room_of(p) / len(shades) - 24 for s in shades
    )
    colours = [list(p.rng.choice(THREADS)[n % 4]) for n in range(len(shades))]
    put(p, "t83skein", *shades, mark_=[colours, p.rng.randrange(10**6)])
    p.add("gap")


def confetti(p: Screen) -> None:
    """A success screen's confetti: bits of paper and dots in bright colours scattered across two lines
    (a light screen's)."""
    assert not p.style["h106"]["dark"]
    put(p, "t83conf", "", mark_=[p.rng.randrange(10**6)])
    p.add("gap")


def zig_open(p: Screen) -> int:
    p.add("gap")
    return len(p.rows)


def zig_close(p: Screen, start: int) -> None:
    """A receipt's card on an app's screen round the rows from ``start`` to the last added, its foot cut in
    a zigzag like a till roll's tear, its shadow under it (a light screen's)."""
    assert not p.style["h106"]["dark"]
    ext(p)["zigs"].append([start, len(p.rows) - 1])
    p.add("gap")


def attachment(p: Screen, name: str, size: str) -> None:
    """A mail's attachment chip: a PDF's red mark, the file's name in bold and its size under it, in a
    rounded box; two lines high."""
    bold = bold_of(p.font)
    face = load_font(bold, int(p.style["size"] * 0.9))
    assert glyphs(bold, name) and glyphs(p.font, size) and face.getlength(name) + 90 <= room_of(p), name
    put(p, "t83att", name, size)
    p.add("gap")


def paid_band(p: Screen, text: str, colour: tuple[int, int, int]) -> None:
    """A band across the page's top right corner with ``text`` in white capitals on it (an invoicing app's
    PAID ribbon); the page's first line left empty under it."""
    assert glyphs(bold_of(p.font), text)
    ext(p)["paid"] = [text, list(colour)]


def watch(p: Screen) -> None:
    """The page as a smartwatch's face photographed on its strap: a dark rounded body with its bezel, the
    strap's ends above and below it and the crown at its right."""
    ext(p)["watch"] = list(p.rng.choice([(58, 62, 70), (92, 70, 52), (38, 58, 92)]))


def passbook(p: Screen, start: int, stops: list[int]) -> None:
    """A passbook's printed page from row ``start`` (its column heads) to the last row added: a pale
    security pattern of fine waves under the page, its heads' band and the column rules at the character
    ``stops`` of its printer's lines."""
    ext(p)["passbook"] = [start, len(p.rows) - 1, stops, p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _running(draw: ImageDraw.ImageDraw, pts, colour, *, stitch=7.0, gap=5.0, width=2, phase=0.0) -> None:
    """Running stitches along the polyline ``pts``: a stitch of thread, a gap of cloth, and again (each
    stitch drawn straight between its two ends on the line)."""
    marks = [0.0]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        marks.append(marks[-1] + math.hypot(x1 - x0, y1 - y0))
    length = marks[-1]

    def at(d: float) -> tuple[float, float]:
        for n in range(1, len(marks)):
            if d <= marks[n] or n == len(marks) - 1:
                seg = marks[n] - marks[n - 1]
                t = 0.0 if seg == 0 else (d - marks[n - 1]) / seg
                (x0, y0), (x1, y1) = pts[n - 1], pts[n]
                return x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        return pts[-1]

    d = -(phase % (stitch + gap))
    while d < length:
        a, b = max(0.0, d), min(length, d + stitch)
        if b > a + 0.5:
            draw.line((*at(a), *at(b)), fill=colour, width=width)
        d += stitch + gap


def _circle_pts(cx: float, cy: float, r: float, n: int = 72) -> list[tuple[float, float]]:
    return [
        (cx + r * math.cos(2 * math.pi * k / n), cy + r * math.sin(2 * math.pi * k / n)) for k in range(n + 1)
    ]


def _sun(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, pal, rays: int, paper_) -> None:
    red, blue, saffron, green = (tuple(c) for c in pal)
    draw.ellipse((cx - r * 0.5, cy - r * 0.5, cx + r * 0.5, cy + r * 0.5), fill=paper_)
    draw.ellipse((cx - r * 0.16, cy - r * 0.16, cx + r * 0.16, cy + r * 0.16), fill=red)
    _running(draw, _circle_pts(cx, cy, r * 0.28), saffron, stitch=4, gap=3)
    _running(draw, _circle_pts(cx, cy, r * 0.42), red, stitch=5, gap=3)
    _running(draw, _circle_pts(cx, cy, r * 0.52), blue, stitch=5, gap=4, phase=2)
    for k in range(rays):
        a = 2 * math.pi * k / rays
        colour = saffron if k % 2 == 0 else green
        r1 = r * (0.98 if k % 2 == 0 else 0.82)
        _running(
            draw,
            [
                (cx + r * 0.6 * math.cos(a), cy + r * 0.6 * math.sin(a)),
                (cx + r1 * math.cos(a), cy + r1 * math.sin(a)),
            ],
            colour,
            stitch=5,
            gap=3,
        )


def _fish(draw: ImageDraw.ImageDraw, cx: float, cy: float, length: float, facing: int, pal) -> None:
    """One fish along ``cy``, its head at ``cx`` + facing * length / 2."""
    red, blue, saffron, green = (tuple(c) for c in pal)
    half = length / 2
    body = []
    for k in range(25):
        t = k / 24
        x = cx - facing * half + facing * t * length * 0.8
        w = length * 0.22 * math.sin(math.pi * t) ** 0.8
        body.append((x, cy - w))
    for k in range(24, -1, -1):
        t = k / 24
        x = cx - facing * half + facing * t * length * 0.8
        w = length * 0.22 * math.sin(math.pi * t) ** 0.8
        body.append((x, cy + w))
    _running(draw, body, blue, stitch=5, gap=3)
    tail_x = cx - facing * half
    _running(
        draw,
        [
            (tail_x, cy),
            (tail_x - facing * length * 0.18, cy - length * 0.16),
            (tail_x - facing * length * 0.18, cy + length * 0.16),
            (tail_x, cy),
        ],
        red,
        stitch=4,
        gap=3,
    )
    for k in range(1, 4):
        sx = cx - facing * half + facing * length * 0.2 * k
        draw.arc(
            (sx - 6, cy - 7, sx + 6, cy + 7),
            300 if facing > 0 else 120,
            60 if facing > 0 else 240,
            fill=saffron,
            width=2,
        )
    ex = cx - facing * half + facing * length * 0.66
    draw.ellipse((ex - 3, cy - length * 0.07 - 3, ex + 3, cy - length * 0.07 + 3), fill=red)
    _running(
        draw,
        [(cx - facing * half + facing * length * 0.1, cy), (cx - facing * half + facing * length * 0.58, cy)],
        green,
        stitch=4,
        gap=3,
    )


def _thumb(page: Image.Image, x0: float, y0: float, side: float, seed: int, tilt: float) -> Image.Image:
    """A left thumb's impression in violet ink: whorled ridges, broken here and there, darker at its heart."""
    srng = random.Random(seed)
    w, h = int(side * 0.62), int(side * 0.84)
    layer = Image.new("RGBA", (w + 16, h + 16), (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    cx, cy = (w + 16) / 2 + srng.uniform(-3, 3), (h + 16) / 2 + srng.uniform(-4, 4)
    ink = (96, 52, 150)
    for k in range(1, 18):
        rx, ry = k * w / 34, k * h / 34
        start = srng.uniform(0, 360)
        for part in range(3):
            a0 = start + part * 120 + srng.uniform(4, 18)
            a1 = start + (part + 1) * 120 - srng.uniform(4, 18)
            alpha = int(210 - k * 7 + srng.uniform(-20, 20))
            ld.arc((cx - rx, cy - ry, cx + rx, cy + ry), a0, a1, fill=(*ink, max(60, alpha)), width=2)
    layer = layer.rotate(tilt, resample=Image.BICUBIC, expand=False)
    page = page.convert("RGBA")
    page.alpha_composite(layer, (int(x0 + (side - layer.width) / 2), int(y0 + (side - layer.height) / 2)))
    return page.convert("RGB")


def _ring_text(
    page: Image.Image, text: str, font: str, size: int, cx: float, cy: float, r: float, ink
) -> None:
    """``text`` set round the upper part of a circle of radius ``r``, each letter turned to the rim."""
    face = load_font(font, size)
    total_ = sum(face.getlength(ch) for ch in text)
    span = total_ / r
    a = -math.pi / 2 - span / 2
    for ch in text:
        cw = face.getlength(ch)
        mid = a + cw / 2 / r
        tile = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((size - cw / 2, size / 2), ch, font=face, fill=ink)
        tile = tile.rotate(-math.degrees(mid + math.pi / 2), resample=Image.BICUBIC)
        px, py = cx + r * math.cos(mid), cy + r * math.sin(mid)
        page.alpha_composite(tile, (int(px - size), int(py - size)))
        a += cw / r


def _postmark(
    page: Image.Image, font: str, size: int, cx: float, cy: float, r: float, texts, tilt: float
) -> Image.Image:
    office, day, pin = texts
    ink = (34, 34, 44, 210)
    side = int(r * 2 + 40)
    stamp = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    sd = ImageDraw.Draw(stamp)
    c = side / 2
    sd.ellipse((c - r, c - r, c + r, c + r), outline=ink, width=3)
    sd.ellipse((c - r * 0.62, c - r * 0.62, c + r * 0.62, c + r * 0.62), outline=ink, width=2)
    _ring_text(stamp, office, bold_of(font), int(size * 0.62), c, c, r * 0.8, ink)
    band_ = r * 0.22
    sd.line((c - r * 0.6, c - band_, c + r * 0.6, c - band_), fill=ink, width=2)
    sd.line((c - r * 0.6, c + band_, c + r * 0.6, c + band_), fill=ink, width=2)
    face = load_font(bold_of(font), int(size * 0.66))
    while face.getlength(day) > r * 1.16 and face.size > 8:
        face = load_font(bold_of(font), face.size - 1)
    sd.text((c - face.getlength(day) / 2, c - face.size * 0.62), day, font=face, fill=ink)
    small = load_font(bold_of(font), int(size * 0.55))
    sd.text((c - small.getlength(pin) / 2, c + r * 0.62 + 2), pin, font=small, fill=ink)
    stamp = stamp.rotate(tilt, resample=Image.BICUBIC)
    page = page.convert("RGBA")
    page.alpha_composite(stamp, (int(cx - side / 2), int(cy - side / 2)))
    draw = ImageDraw.Draw(page)
    x_end = cx - r - 8
    x_start = max(MARGIN, x_end - r * 3.2)
    for k in range(5):
        yy = cy - r * 0.6 + k * r * 0.3
        pts = [(xx, yy + 4 * math.sin((xx - x_start) / 9.0)) for xx in range(int(x_start), int(x_end), 3)]
        if len(pts) > 1:
            draw.line(pts, fill=ink, width=2)
    return page.convert("RGB")


def _skein(
    draw: ImageDraw.ImageDraw, x0: float, y0: float, x1: float, y1: float, colour, label: str, face
) -> None:
    colour = tuple(colour)
    dark = tuple(max(0, c - 60) for c in colour)
    draw.rounded_rectangle((x0, y0, x1, y1), radius=(y1 - y0) / 2, fill=colour, outline=dark)
    for k in range(int(x0) + 4, int(x1) - 4, 7):
        draw.line((k, y0 + 3, k + 6, y1 - 3), fill=dark, width=1)
    mid = (x0 + x1) / 2
    bw = max(face.getlength(label) + 10, 22)
    draw.rectangle(
        (mid - bw / 2, y0 - 3, mid + bw / 2, y1 + 3), fill=(246, 244, 236), outline=(150, 146, 130)
    )
    draw.text(
        (mid - face.getlength(label) / 2, (y0 + y1) / 2 - face.size * 0.6),
        label,
        font=face,
        fill=(40, 40, 44),
    )


def _confetti(draw: ImageDraw.ImageDraw, x0: float, y0: float, x1: float, y1: float, seed: int) -> None:
    srng = random.Random(seed)
    colours = [(240, 70, 90), (250, 190, 40), (40, 170, 120), (60, 120, 230), (170, 80, 210), (255, 130, 40)]
    for _ in range(46):
        cx, cy = srng.uniform(x0, x1), srng.uniform(y0, y1)
        c = srng.choice(colours)
        if srng.random() < 0.35:
            rr = srng.uniform(2, 4)
            draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=c)
            continue
        a = srng.uniform(0, math.pi)
        lw, lh = srng.uniform(5, 11), srng.uniform(2.5, 4.5)
        ca, sa = math.cos(a), math.sin(a)
        pts = [
            (cx + dx * ca - dy * sa, cy + dx * sa + dy * ca)
            for dx, dy in ((-lw, -lh), (lw, -lh), (lw, lh), (-lw, lh))
        ]
        draw.polygon(pts, fill=c)


def _zig_outline(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    pts = [(x0, y0 + 10), (x0 + 10, y0), (x1 - 10, y0), (x1, y0 + 10), (x1, y1)]
    teeth = max(6, int((x1 - x0) // 14))
    step_ = (x1 - x0) / teeth
    for k in range(teeth):
        pts.append((x1 - (k + 0.5) * step_, y1 + 7))
        pts.append((x1 - (k + 1) * step_, y1))
    return pts


def _guilloche(page: Image.Image, seed: int, tint) -> Image.Image:
    """A passbook's security pattern: fine crossing waves in a pale tint, multiplied in."""
    srng = random.Random(seed)
    w, h = page.size
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    for k in range(0, h + 40, 9):
        ph = srng.uniform(0, 6.3)
        pts = [(xx, k + 5 * math.sin(xx / 23.0 + ph)) for xx in range(0, w + 6, 6)]
        ld.line(pts, fill=tint, width=1)
        pts = [(xx, k + 4 + 5 * math.sin(-xx / 19.0 + ph)) for xx in range(0, w + 6, 6)]
        ld.line(pts, fill=tint, width=1)
    return ImageChops.multiply(page, layer)


def _border(draw: ImageDraw.ImageDraw, w: int, h: int, pal, paper_) -> None:
    red, blue, saffron, green = (tuple(c) for c in pal)
    for inset, colour, phase in ((8, red, 0.0), (14, blue, 6.0)):
        _running(
            draw,
            [
                (inset, inset),
                (w - 1 - inset, inset),
                (w - 1 - inset, h - 1 - inset),
                (inset, h - 1 - inset),
                (inset, inset),
            ],
            colour,
            stitch=8,
            gap=5,
            phase=phase,
        )
    for xx in range(40, w - 40, 16):
        for yy in (21, h - 22):
            draw.line((xx - 3, yy - 3, xx + 3, yy + 3), fill=saffron, width=1)
            draw.line((xx - 3, yy + 3, xx + 3, yy - 3), fill=saffron, width=1)
    for yy in range(40, h - 40, 16):
        for xx in (21, w - 22):
            draw.line((xx - 3, yy - 3, xx + 3, yy + 3), fill=green, width=1)
            draw.line((xx - 3, yy + 3, xx + 3, yy - 3), fill=green, width=1)
    for cx, cy in ((17, 17), (w - 18, 17), (17, h - 18), (w - 18, h - 18)):
        _sun(draw, cx, cy, 13, pal, 12, paper_)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout277's ``_render`` (heldout275's, heldout273's, heldout271's, heldout269's and heldout14's
    beneath it), then this set's rows and marks: Tirhuta lines, a stitched sun and a pair of stitched fish,
    a thumb's impression, a post office's date stamp, hanks of thread, confetti, a mail's attachment chip;
    a passbook's security pattern and rules, an app's receipt card with its zigzag foot, a Sujani's stitched
    border, a PAID band across a corner and a smartwatch's body."""
    page = h277._render(rows, font, style)
    x = style.get("h283")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    marks = x["marks"]
    w, h = page.size
    # under the print: tints multiplied in, so what is drawn stays dark
    if x.get("passbook"):
        start, end, stops, seed = x["passbook"]
        page = _guilloche(page, seed, (214, 232, 226))
    if x["zigs"]:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for start, end in x["zigs"]:
            y0, y1 = tops[start] - lift - 4, tops[end] + line - lift + 2
            ld.polygon(
                [(px, py + 4) for px, py in _zig_outline(MARGIN - 16, y0, width - MARGIN + 16, y1)],
                fill=(214, 216, 224),
            )
            ld.polygon(_zig_outline(MARGIN - 16, y0, width - MARGIN + 16, y1), fill=(247, 247, 250))
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for start, end in x["zigs"]:
        y0, y1 = tops[start] - lift - 4, tops[end] + line - lift + 2
        pts = _zig_outline(MARGIN - 16, y0, width - MARGIN + 16, y1)
        draw.line(pts + [pts[0]], fill=(200, 202, 212), width=1)
    if x.get("passbook"):
        start, end, stops, seed = x["passbook"]
        mono = load_font(x1_tt(style), int(size * x1_tt_scale(style)))
        cw = mono.getlength("M")
        y0, y1 = tops[start] - lift, tops[end] + line - lift
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ImageDraw.Draw(layer).rectangle(
            (MARGIN - 6, y0, width - MARGIN + 6, tops[start] + line - lift), fill=(206, 226, 218)
        )
        page = ImageChops.multiply(page, layer)
        draw = ImageDraw.Draw(page)
        rule = (90, 130, 116)
        draw.rectangle((MARGIN - 6, y0, width - MARGIN + 6, y1), outline=rule, width=1)
        draw.line(
            (MARGIN - 6, tops[start] + line - lift, width - MARGIN + 6, tops[start] + line - lift), fill=rule
        )
        for s in stops:
            xx = MARGIN + s * cw - cw / 2
            draw.line((xx, y0, xx, y1), fill=rule, width=1)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t83"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t83tr":
            scale, align, is_soft = m
            face = load_font(TIRHUTA, int(size * scale * TR_SCALE))
            tw = face.getlength(r[1])
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw.text((tx, top_y + line * 1.25), r[1], font=face, fill=soft if is_soft else ink, anchor="ls")
        elif name == "t83sun":
            pal, rays = m
            _sun(draw, width / 2, top_y + line, line * 0.98, pal, rays, paper_)
        elif name == "t83fish":
            (pal,) = m
            _fish(draw, width / 2 - line * 1.75, top_y + line, line * 2.9, 1, pal)
            _fish(draw, width / 2 + line * 1.75, top_y + line, line * 2.9, -1, pal)
        elif name == "t83thumb":
            seed, tilt = m
            side = int(line * 2.7)
            x0 = width - MARGIN - side
            draw.rectangle((x0, top_y + 4, x0 + side, top_y + 4 + side), outline=soft, width=1)
            page = _thumb(page, x0, top_y + 4, side, seed, tilt)
            draw = ImageDraw.Draw(page)
            small = load_font(font, int(size * 0.62))
            tw = small.getlength(r[1])
            tx = min(x0 + side / 2 - tw / 2, width - MARGIN - tw)
            draw.text((tx, top_y + side + 10), r[1], font=small, fill=soft)
        elif name == "t83post":
            (tilt,) = m
            rad = line * 1.7
            page = _postmark(page, font, size, width - MARGIN - rad - 6, top_y + line * 2, rad, r[1:4], tilt)
            draw = ImageDraw.Draw(page)
        elif name == "t83skein":
            colours, _seed = m
            n = len(r) - 1
            cell = room / n
            face = load_font(bold_of(font), int(size * 0.55))
            for k in range(n):
                cx0 = MARGIN + k * cell
                _skein(
                    draw,
                    cx0 + 6,
                    top_y + line * 0.45,
                    cx0 + cell - 6,
                    top_y + line * 1.55,
                    colours[k],
                    r[k + 1],
                    face,
                )
        elif name == "t83conf":
            (seed,) = m
            _confetti(draw, MARGIN - 20, top_y + 2, width - MARGIN + 20, top_y + 2 * line - 12, seed)
        elif name == "t83att":
            bold = load_font(bold_of(font), int(size * 0.9))
            small = load_font(font, int(size * 0.72))
            cw = min(room, bold.getlength(r[1]) + 96)
            x0, y0 = MARGIN, top_y + 2
            draw.rounded_rectangle(
                (x0, y0, x0 + cw, y0 + line * 1.8), radius=8, outline=(190, 192, 200), width=1
            )
            draw.rounded_rectangle(
                (x0 + 10, y0 + 8, x0 + 52, y0 + line * 1.8 - 8), radius=4, fill=(214, 48, 40)
            )
            tiny = load_font(bold_of(font), int(size * 0.6))
            draw.text(
                (x0 + 31 - tiny.getlength("PDF") / 2, y0 + line * 0.9 - tiny.size * 0.6),
                "PDF",
                font=tiny,
                fill=(255, 255, 255),
            )
            draw.text((x0 + 64, y0 + 5), r[1], font=bold, fill=ink)
            draw.text((x0 + 64, y0 + 5 + size * 1.05), r[2], font=small, fill=soft)
    if x.get("border"):
        _border(draw, w, h, x["border"], paper_)
    if x.get("paid"):
        text, colour = x["paid"]
        draw.polygon([(w - 100, 0), (w - 64, 0), (w, 64), (w, 100)], fill=tuple(colour))
        face = load_font(bold_of(font), int(size * 0.8))
        tile = Image.new("RGBA", (120, 40), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text(
            (60 - face.getlength(text) / 2, 20 - face.size * 0.62), text, font=face, fill=(255, 255, 255)
        )
        tile = tile.rotate(-45, resample=Image.BICUBIC, expand=True)
        page = page.convert("RGBA")
        page.alpha_composite(tile, (int(w - 41 - tile.width / 2), int(41 - tile.height / 2)))
        page = page.convert("RGB")
        draw = ImageDraw.Draw(page)
    if x.get("watch"):
        strap = tuple(x["watch"])
        out = Image.new("RGB", (w, h), (214, 208, 198))
        od = ImageDraw.Draw(out)
        od.rectangle((w * 0.24, 0, w * 0.76, h), fill=strap)
        for yy in (10, h - 14):
            od.ellipse((w / 2 - 4, yy - 2, w / 2 + 4, yy + 6), fill=tuple(max(0, c - 30) for c in strap))
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).rounded_rectangle((10, 20, w - 14, h - 20), radius=58, fill=255)
        out.paste(page, (0, 0), mask)
        od = ImageDraw.Draw(out)
        od.rounded_rectangle((10, 20, w - 14, h - 20), radius=58, outline=(120, 122, 130), width=8)
        od.rounded_rectangle((16, 26, w - 20, h - 26), radius=52, outline=(24, 24, 28), width=4)
        od.rounded_rectangle((w - 14, h * 0.3, w - 4, h * 0.3 + 46), radius=4, fill=(140, 142, 150))
        page = out
    return page


def x1_tt(style: dict) -> str:
    """The page's fixed-width face (heldout271's slot; this set's first where none was chosen)."""
    return (style.get("h271") or {}).get("tt", TYPES[0])


def x1_tt_scale(style: dict) -> float:
    return (style.get("h271") or {}).get("tt_scale", 0.9)


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout279's), each page's rows drawn by ``_render``
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
        TIRHUTA,
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
            raise FileNotFoundError(f"heldout283 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [ANGAN_CAPS, ANGAN, CUT, "SUJANI ANGAN MUZAFFARPUR", SHORT]
VPAS = [
    "sujaniangan@sbi",
    "sujaniangan.mzp@okaxis",
    "Q620417385@ybl",
    "bhusurasujani@pnb",
    "sujani.samiti@okicici",
]
BUYERS = [
    ("Shalini Choudhary", "shalinic@okhdfcbank", "HDFC Bank"),
    ("Pankaj Thakur", "pankajthakur@oksbi", "State Bank of India"),
    ("Aditi Jha", "aditijha@ybl", "ICICI Bank"),
    ("Rakesh Ranjan", "rakeshranjan@axl", "Axis Bank"),
    ("Nusrat Parveen", "nusrat.p@okaxis", "Punjab National Bank"),
    ("Amitabh Mishra", "amitabhm@paytm", "Canara Bank"),
    ("Sneha Kumari", "snehak@ibl", "Bank of Baroda"),
    ("Vivek Anand", "vivekanand@okicici", "Union Bank of India"),
]
NOTES = [
    "sujani quilt",
    "wall hanging, tree of life",
    "dupatta for Maa",
    "cushion covers x2",
    "baby quilt gift",
    "table runner + bags",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Muzaffarpur shop or the collective: PhonePe's Transaction Successful on its purple
    bar ("<hour> on <day>" under it) with confetti under the bar (Paid to over the payee with the sum beside
    it, its UPI ID; Transfer Details: Transaction ID, Debited from, UTR:); Fi's payment (the sum, a Successful
    capsule, Paid to over the payee, a receipt card with a zigzag foot: UTR, Fi transaction ID, Date, From;
    Fi-Coins); BHIM's Transaction pending under a clock's mark ("to <payee>", its steps down the page: Debited
    from your account, Waiting for the payee's bank, Credited to the payee; UPI Ref. ID, Date & time, Paid
    from, each label small over its value); Tata Neu's Payment successful under a large tick ("paid to
    <payee>", "at <hour>": no day; hairline rows: UPI Reference No., Tata Neu transaction ID, Paid from; a
    card of NeuCoins; a toast); JioFinance's Payment successful on a bottom sheet over the dimmed app ("to
    <payee>" and its UPI ID, UPI Transaction ID, Date & Time, Debited from, each label small over its value);
    POP's Payment failed under a large cross ("to <payee>", the reason, boxed fields: UPI Ref No., Attempted
    on, Paid from); PhonePe Business on the shop's phone (the shop under the app, its tabs, Today's
    collection, a card: Received, the sum, "from <buyer>", the day and hour, Paid via UPI; no reference);
    Flipkart UPI's Payment successful under confetti (Paid to over the payee and its UPI ID; UPI transaction
    ID, Transaction ID, Date, Account, each label small over its value). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=350, high=32000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, [""], dark=False, buttons=("Share", "Done"))
        band(p, (95, 37, 159))
        p.part = "head"
        p.add("title", "Transaction Successful", status=status)
        p.add("small", f"{hhmm(rng, lower=True)} on {day_in(j, rng, ['%d %b %Y', '{d} %b %Y'])}", date=j.date)
        p.add("gap")
        p.part = "body"
        confetti(p)
        name = pick(p, "left", [to, ANGAN])
        p.add("small", "Paid to")
        p.pair(name, rs(j.amount), merchant=name, amount=j.amount)
        p.add("small", vpa)
        p.add("rule")
        p.add("left", "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(8, 22):02d}{digits(rng, 14)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "Debited from")
        p.pair(f"XXXXXX{digits(rng, 4)}", rs(j.amount))
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref), method="UPI")
        p.add("small", "Powered by UPI  |  YES BANK")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share receipt",))
        band(p, (0, 140, 116))
        app_head(p, "Fi", "Federal Bank  |  UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "Successful", status)
        name = pick(p, "center", [to, ANGAN])
        p.add("small", "Paid to")
        p.add("center", name, merchant=name)
        z = zig_open(p)
        fid = f"FI{j.date:%y%m%d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Fi transaction ID", fid, txn=(TXN_RANK, fid))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "From", f"Federal Savings {dot * 2}{digits(rng, 4)}", method="UPI")
        zig_close(p, z)
        p.add("small", f"You earned {rng.randrange(20, 400)} Fi-Coins on this payment")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Check status",))
        band(p, (232, 110, 24))
        app_head(p, "BHIM", "Bharat Interface for Money")
        sicon(p, status)
        p.add("center", "Transaction pending", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {ANGAN}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Do not pay again. The status updates within 48 hours.")
        p.add("gap")
        step(p, "Debited from your account", "", "done")
        step(p, "Waiting for the payee's bank", "", "pending")
        step(p, "Credited to the payee", "", "todo")
        p.add("gap")
        lab(p, "UPI Ref. ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Date & time")
        p.add("left", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        lab(p, "Paid from")
        p.add("left", f"{sb} XX{digits(rng, 4)} (UPI)", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (76, 30, 132))
        app_head(p, "Tata Neu", "UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paid to {to}", f"paid to {ANGAN}"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"at {hhmm(rng)}")
        p.add("rule")
        nid = f"NEU{digits(rng, 15)}"
        kvr(p, "UPI Reference No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Tata Neu transaction ID", nid, txn=(TXN_RANK, nid))
        kvr(p, "Paid from", f"{sb} {dot * 4}{digits(rng, 4)}", method="UPI")
        p.add("gap")
        c = card_open(p)
        p.add("center", f"{rng.randrange(5, 60)} NeuCoins earned")
        p.add("small", "Use them on your next order on Tata Neu")
        card_close(p, c)
        toast(p, "Receipt saved to your gallery")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, [""], dark=False, buttons=("Done",))
        band(p, (14, 40, 96))
        app_head(p, "JioFinance", "UPI")
        p.add("left", "Pay anyone")
        p.add("small", "Scan QR  |  Pay contacts  |  Bank transfer  |  Self transfer")
        sheet(p)
        p.add("gap")
        p.add("center", f"{sign(font, chr(0x2713), '')} Payment successful".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {ANGAN}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", vpa)
        p.add("rule")
        lab(p, "UPI Transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Date & Time")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ", " | ")), date=j.date)
        lab(p, "Debited from")
        p.add("left", f"Jio Payments Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Retry",))
        band(p, (24, 24, 28), (250, 214, 40))
        app_head(p, "POP", "UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {ANGAN}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The payee's bank did not respond (U30). Any amount debited comes back in 3 days.")
        p.add("gap")
        field(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        field(p, "Paid from", f"{sb} {dot * 4}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=("Share",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe Business", "")
        name = pick(p, "center", [ANGAN_CAPS, ANGAN])
        p.add("center", name, merchant=name)
        p.add("small", ANGAN_AT)
        tabs(p, ["Home", "History", "Settlements"], 1)
        p.add("gap")
        day_total = round(j.amount + rupees(rng, 1200, 24000, 0.5), 2)
        p.pair("Today's collection", rs(day_total))
        p.add("gap")
        c = card_open(p)
        pill(p, "Received", status, align="l")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("left", f"from {who}")
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        p.add("small", "Paid via UPI", method="UPI")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Settles to your bank account by 9 AM tomorrow.")
        return p.done()
    p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
    band(p, (40, 116, 240))
    app_head(p, "Flipkart UPI", "")
    confetti(p)
    p.add("center", f"{sign(font, chr(0x2713), '')} Payment successful".strip(), status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [to, ANGAN])
    p.add("small", "Paid to")
    p.add("center", name, merchant=name)
    p.add("small", vpa)
    p.add("rule")
    fid = f"FKU{digits(rng, 16)}"
    lab(p, "UPI transaction ID")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    lab(p, "Transaction ID")
    p.add("left", fid, txn=(TXN_RANK, fid))
    lab(p, "Date")
    p.add("left", at_hour(rng, j.date, ["{d} %B %Y", "%d %b %Y"], (", ",)), date=j.date)
    lab(p, "Account")
    p.add("left", f"{who} - {sb} {dot * 4}{digits(rng, 4)}", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("Fabindia Ltd", "Okhla Industrial Area, New Delhi", "fabindia"),
    ("GoCoop Solutions and Services Pvt Ltd", "Bengaluru", "gocoop"),
    ("National Bank for Agriculture and Rural Development", "Bihar Regional Office, Patna", "nabard"),
    ("Upendra Maharathi Shilp Anusandhan Sansthan", "Patliputra Industrial Area, Patna - 800013", "cfms"),
    ("Meesho (Fashnear Technologies Pvt Ltd)", "Bengaluru", "meesho"),
    ("Hotel Sujata Vihar", "Domuhan Road, Bodh Gaya - 824231", "hotel"),
    ("Dastkar Society for Crafts and Craftspeople", "Andheria Modh, New Delhi - 110074", "dastkar"),
    ("Indian Institute of Technology Patna", "Bihta, Patna - 801106", "pnb"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Fabindia, the co-operatives' marketplace GoCoop, NABARD (a training programme's grant), the state's
    crafts institute through CFMS, Meesho, a Bodh Gaya hotel, Dastkar's Nature Bazaar and IIT Patna through
    Punjab National Bank paying the collective: Fabindia's payment advice mailed (its sentence, a table ruled
    on every side: Invoice No. | Date | Amount | TDS 194Q | QC ded. | Paid, then each label against a gutter:
    Beneficiary, Vendor Code, Payment Ref. No., Payment Date, Mode, Net Amount Paid); GoCoop's payout
    statement printing only its payout cycle (a striped table Order | Value | Fee | Shipping | Net, Net
    payout; dot leaders: Payee, Bank account, Mode, UTR, Status; no day); NABARD's letter under its Hindi name
    with its folds (Ref. No. beside its later Date:, To, The Secretary, the collective, Sub:, "... the second
    instalment of the grant, Rs. x/- (...), has been released to your account by NEFT on <day>."; no
    reference); CFMS Bihar's bill status for the crafts institute (DDO:, steps left to right: Bill submitted,
    Token, Passed, Advice to bank, Credited; a capsule "Advice sent to bank - credit awaited"; a table ruled
    on every side: Bill No., Payee Name, Purpose, Gross Amount, Less: TDS (GST) 2%, Net Amount, Mode, CFMS
    Transaction ID, Advice sent on); Meesho's supplier payment failed under a large cross (a card of hairline
    rows: Payment ID, Supplier, Amount, Bank account, Mode, Attempted on, Reason); the hotel's mail with its
    bank's advice attached (its sentence naming the collective's invoice, a card: Beneficiary, Amount paid,
    Paid on, Mode, UTR; a PDF's chip); Dastkar's NATURE BAZAAR - ARTISAN SETTLEMENT typed (Artisan, Stall,
    Bazaar with its days, Gross sales, Less: Dastkar share 15%, Less: Stall charges, Less: Card and UPI
    charges, NET PAYABLE (Rs.), then "Paid by NEFT on <day>, UTR ..."); PNB's e-Advice to beneficiary (a table
    ruled on every side, two fields to a row: Remitter, Beneficiary, Remitter A/c, Beneficiary A/c, Amount,
    Mode, Value Date, UTR No., Remarks, Status). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 1, low=12000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([SAMITI, SAMITI_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "fabindia":
        p = mail_page(
            rng,
            font,
            "Fabindia Payables <vendorpayments@fabindia.net>",
            ["Payment advice - Bhusura Sujani Samiti", "Remittance advice from Fabindia"],
        )
        p.part = "head"
        top(p, "fabindia")
        p.add("small", "Vendor payments  |  Celebrate India")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Partner,")
        p.add(
            "left",
            "We have made the payment below to your bank account against your invoices.",
            status=status,
        )
        p.add("gap")
        n_inv = rng.randrange(1, 4)
        nets = split(rng, j.amount, n_inv)
        rows_ = []
        for net in nets:
            qc = float(rng.choice([0, 0, 250, 400, 650]))
            gross = round((net + qc) / 0.999, 2)
            inv = f"BSS/{fy(j.date)}/{rng.randrange(20, 300):03d}"
            rows_.append(
                (
                    [
                        inv,
                        when(earlier(rng, j, 20, 60), "%d.%m.%y"),
                        num(gross),
                        num(gross * 0.001),
                        num(qc),
                        num(net),
                    ],
                    {},
                )
            )
        grid(
            p,
            "fb",
            [
                (0.0, 0.22, "l"),
                (0.22, 0.38, "l"),
                (0.38, 0.56, "r"),
                (0.56, 0.7, "r"),
                (0.7, 0.84, "r"),
                (0.84, 1.0, "r"),
            ],
            ["Invoice No.", "Date", "Amount", "TDS 194Q", "QC ded.", "Paid"],
            rows_,
            tint=(236, 226, 210),
        )
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", "RTGS" if j.amount >= 200000 else "NEFT")
        name = pick(p, "left", [payee, CUT])
        for label, value, facts in [
            ("Beneficiary", name, {"merchant": name}),
            ("Vendor Code", f"FV{digits(rng, 6)}", {}),
            ("Payment Ref. No.", utr, {"txn": (UTR_RANK, utr)}),
            ("Payment Date", day_in(j, rng, ["%d-%b-%Y", "%d.%m.%Y"]), {"date": j.date}),
            ("Mode", "RTGS" if j.amount >= 200000 else "NEFT", {"method": "netbanking"}),
            ("Net Amount Paid", rs(j.amount), {"amount": j.amount}),
        ]:
            gutter(p, "fg", label, value, at=0.36, **facts)
        p.add("gap")
        p.add("small", "For queries write to vendorpayments@fabindia.net with your Vendor Code.")
        return p.done()
    if frame == "gocoop":
        j.amount = rupees(rng, 6000, 52000, 0.2)
        p = browser_page(rng, font, "seller.gocoop.com/payouts/statement")
        p.part = "head"
        top(p, "GoCoop")
        p.add("small", "The marketplace of co-operatives  |  Seller payouts")
        p.add("rule")
        p.part = "body"
        cycle_end = j.date - dt.timedelta(days=rng.randrange(2, 6))
        cycle_start = cycle_end - dt.timedelta(days=6)
        p.add("left", f"Payout cycle: {when(cycle_start, '%d %b')} - {when(cycle_end, '%d %b %Y')}")
        p.add("gap")
        nets = split(rng, j.amount, rng.randrange(2, 5))
        rows_ = []
        products = rng.sample(["quilt", "wall hanging", "dupatta", "cushions", "jhola"], len(nets))
        for net, product in zip(nets, products):
            ship = float(rng.choice([60, 90, 120]))
            value = round((net + ship) / 0.85, 2)
            rows_.append(
                (
                    [
                        f"GC{digits(rng, 7)} {product}",
                        num(value),
                        num(value * 0.15),
                        num(ship),
                        num(net),
                    ],
                    {},
                )
            )
        zebra(
            p,
            "gc",
            [(0.0, 0.4, "l"), (0.4, 0.56, "r"), (0.56, 0.7, "r"), (0.7, 0.84, "r"), (0.84, 1.0, "r")],
            ["Order", "Value", "Fee", "Shipping", "Net"],
            rows_,
            (46, 120, 70),
        )
        total(p, "Net payout", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        name = pick(p, "left", [payee, CUT])
        dots(p, "Payee", name, at=0.3, merchant=name)
        dots(p, "Bank account", f"Punjab National Bank {tail(rng)}", at=0.3)
        dots(p, "Mode", "NEFT", at=0.3, method="netbanking")
        dots(p, "UTR", utr, at=0.3, txn=(UTR_RANK, utr))
        dots(p, "Status", "Transferred to your bank", at=0.3, status=status)
        p.add("small", "Fee: GoCoop's 15% of the order value, GST included.")
        return p.done()
    if frame == "nabard":
        p = sheet_page(rng, font, [740, 780])
        folds(p)
        p.part = "head"
        dev(p, "राष्ट्रीय कृषि और ग्रामीण विकास बैंक", scale=1.0, bold=True)
        top(p, pick(p, "title", [payer, "NABARD"]))
        p.add("small", f"{town}  |  Maurya Lok Complex, Patna - 800001")
        p.add("rule")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(2, 9))
        cols(
            p,
            "nb",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Ref. No. NB.BIH/FSDD/MEDP/{rng.randrange(100, 999)}",
            f"Date: {when(later, rng.choice(['%d.%m.%Y', '{d} %B %Y']))}",
        )
        p.add("gap")
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [payee, SAMITI])
        p.add("left", name, merchant=name)
        p.add("left", OFFICE)
        p.add("gap")
        p.add("left", "Sub: MEDP on Sujani embroidery, 30 women - release of the second instalment")
        p.add("gap")
        j.amount = float(rng.randrange(45000, 180000, 500))
        p.add(
            "left",
            f"Madam, we are glad to inform you that the second instalment of the grant, Rs. "
            f"{num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}), has been released to your account "
            f"by NEFT on {day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y', '%d/%m/%Y'])}. Please send the utilisation "
            "certificate of the first instalment.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        sig(p)
        right(p, "Deputy General Manager")
        return p.done()
    if frame == "cfms":
        p = browser_page(rng, font, "cfms.bihar.gov.in/cfms/BillStatus.aspx")
        p.part = "head"
        top(p, "CFMS Bihar")
        p.add(
            "small", "Comprehensive Financial Management System  |  Finance Department, Government of Bihar"
        )
        p.add("rule")
        p.part = "body"
        p.add("left", f"DDO: Director, {clip(payer, 46)}")
        p.add("gap")
        track(p, ["Bill submitted", "Token", "Passed", "Advice to bank", "Credited"], "dddpt")
        pill(p, "Advice sent to bank - credit awaited", status, align="l")
        p.add("gap")
        gross = round(j.amount / 0.98, 2)
        tid = f"CF{j.date:%y}{digits(rng, 12)}"
        name = h273.cell_name(p, 0.6, [payee, CUT], scale=1.0)
        grid(
            p,
            "cf",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Bill No.", f"UMSAS/{fy(j.date)}/{rng.randrange(10, 200)}"], {}),
                (["Payee Name", name], {"merchant": name}),
                (["Purpose", "Sujani panels for the institute's gallery"], {}),
                (["Gross Amount", rs(gross)], {}),
                (["Less: TDS (GST) 2%", rs(gross - j.amount)], {}),
                (["Net Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "e-Payment (RTGS/NEFT)"], {"method": "netbanking"}),
                (["CFMS Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Advice sent on", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            ],
            tint=(222, 230, 242),
        )
        p.add("gap")
        p.add("small", "The UTR is shown here once the bank reports the credit.")
        return p.done()
    if frame == "meesho":
        j.amount = rupees(rng, 4000, 38000, 0.2)
        p = browser_page(rng, font, "supplier.meesho.com/panel/v3/new/payouts")
        p.part = "head"
        top(p, "meesho")
        p.add("small", "Supplier Panel  |  Payments")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("small", "Your bank rejected the payment: the account holder's name does not match.")
        p.add("gap")
        c = card_open(p)
        pid = f"MSHP{digits(rng, 12)}"
        name = payee
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Supplier", name, merchant=name)
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Bank account", f"PNB {tail(rng)}")
        kvr(p, "Mode", "NEFT", method="netbanking")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "Reason", "Name mismatch")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Update your bank details to receive this amount in the next payout cycle.")
        return p.done()
    if frame == "hotel":
        j.amount = rupees(rng, 18000, 140000, 0.5)
        inv = f"BSS/{fy(j.date)}/{rng.randrange(20, 300):03d}"
        p = mail_page(
            rng,
            font,
            "Accounts, Hotel Sujata Vihar <accounts@sujatavihar.in>",
            ["Payment for the Sujani wall hangings", "Payment advice attached"],
        )
        p.part = "body"
        p.add("left", "Dear Madam,")
        p.add(
            "left",
            f"We have paid the amount below against your invoice {inv} for the Sujani wall hangings of our "
            "new rooms. Our bank's advice is attached.",
            status=status,
        )
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "ICICI Bank", way)
        c = card_open(p)
        name = pick(p, "left", [payee, CUT])
        lab(p, "Beneficiary")
        p.add("left", name, merchant=name)
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        p.pair("Mode", way, method="netbanking")
        p.pair("UTR", utr, txn=(UTR_RANK, utr))
        card_close(p, c)
        p.add("gap")
        attachment(p, f"Payment_Advice_{inv.replace('/', '_')}.pdf", f"PDF  |  {rng.randrange(60, 240)} KB")
        p.add("gap")
        p.add("left", "Regards,")
        p.add("left", f"Accounts, {payer}, Bodh Gaya")
        return p.done()
    if frame == "dastkar":
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (252, 250, 244)
        p.part = "head"
        top(p, "DASTKAR")
        p.add("small", "Society for Crafts and Craftspeople  |  Andheria Modh, New Delhi")
        p.add("center", "NATURE BAZAAR - ARTISAN SETTLEMENT")
        p.add("rule")
        p.part = "body"
        end_ = j.date - dt.timedelta(days=rng.randrange(8, 20))
        start_ = end_ - dt.timedelta(days=11)
        width_ = h271.tt_cols(p)
        amt_w = 14
        lab_w = width_ - amt_w
        name = SAMITI_CAPS if len(SAMITI_CAPS) + 13 <= width_ else CUT
        typed(p, f"Artisan    : {name}", merchant=name)
        typed(p, "Stall      : 112 (Sujani embroidery, Bihar)")
        typed(p, f"Bazaar     : {when(start_, '%d %b')} to {when(end_, '%d %b %Y')}")
        typed(p, "-" * width_)
        sales = round(j.amount / 0.82 + float(rng.choice([2500, 3500, 4000])), 2)
        share = round(sales * 0.15, 2)
        stall = float(rng.choice([2500, 3500, 4000]))
        charges = round(sales - share - stall - j.amount, 2)
        if charges < 0:
            stall = round(stall + charges, 2)
            charges = 0.0
        typed(p, f"{'Gross sales':<{lab_w}}{num(sales, 'western'):>{amt_w}}")
        typed(p, f"{'Less: Dastkar share 15%':<{lab_w}}{num(share, 'western'):>{amt_w}}")
        typed(p, f"{'Less: Stall charges':<{lab_w}}{num(stall, 'western'):>{amt_w}}")
        typed(p, f"{'Less: Card and UPI charges':<{lab_w}}{num(charges, 'western'):>{amt_w}}")
        typed(p, "-" * width_)
        typed(p, f"{'NET PAYABLE (Rs.)':<{lab_w}}{num(j.amount, 'western'):>{amt_w}}", amount=j.amount)
        typed(p, "-" * width_)
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        p.add("gap")
        p.add(
            "left",
            f"Paid by NEFT on {day_in(j, rng, ['%d.%m.%Y', '{d} %b %Y'])}, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "Thank you for bringing Bhusura's Sujani to the Bazaar. See you in the spring.")
        p.add("gap")
        sig(p)
        right(p, "Accounts, Dastkar")
        return p.done()
    p = sheet_page(rng, font, [780, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, "Punjab National Bank")
    p.add("small", "PNB Corporate Internet Banking  |  e-Advice to beneficiary")
    p.add("rule")
    p.part = "body"
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = utr_for(rng, j, "Punjab National Bank", way)
    spec = [(0.0, 0.16, "l"), (0.16, 0.42, "l"), (0.42, 0.6, "l"), (0.6, 1.0, "l")]
    name = h273.cell_name(p, 0.4, [payee, CUT])
    grid(
        p,
        "pn",
        spec,
        None,
        [
            (["Remitter", "IIT Patna", "Beneficiary", name], {"merchant": name}),
            (["Remitter A/c", f"XXXXXXX{digits(rng, 4)}", "Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}"], {}),
            (["Amount", rs(j.amount), "Mode", way], {"amount": j.amount, "method": "netbanking"}),
            (
                ["Value Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), "UTR No.", utr],
                {"date": j.date, "txn": (UTR_RANK, utr)},
            ),
            (["Remarks", "Convocation stoles", "Status", "Credited"], {"status": status}),
        ],
        tint=(250, 232, 214),
    )
    p.add("gap")
    p.add("small", f"Remitter: {payer}, {town}. This advice is computer generated.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Sarasa Textile Gallery K.K.", "Kyoto, Japan", "JPY", 90000, 1400000, "mufg"),
    ("Atelier Faden und Stoff GmbH", "Basel, Switzerland", "CHF", 600, 9000, "ubs"),
    ("Lakeshore Quilt House Inc.", "Toronto, Canada", "CAD", 800, 11000, "rbc"),
    ("Fitzroy Stitch Collective Pty Ltd", "Melbourne, Australia", "AUD", 700, 10000, "westpac"),
    ("Serangoon Heritage Crafts Pte Ltd", "Singapore", "SGD", 600, 9000, "dbs"),
    ("Fjordtekstil AS", "Bergen, Norway", "NOK", 6000, 95000, "nordea"),
    ("Al Noor Home Boutique LLC", "Dubai, United Arab Emirates", "AED", 2500, 36000, "enbd"),
    ("Kowloon Cloth and Thread Ltd", "Hong Kong", "HKD", 5000, 70000, "hsbc"),
]
FX = {
    "JPY": 0.58,
    "CHF": 104.6,
    "CAD": 63.1,
    "AUD": 57.4,
    "SGD": 67.2,
    "NOK": 8.3,
    "AED": 23.9,
    "HKD": 11.2,
}


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: yen whole with JPY or the yen sign (JPY 185,000); Swiss francs
    with an apostrophe between the thousands (CHF 3'245.60); Canadian, Australian, Singapore and Hong Kong
    dollars with a code or their sign (CAD / C$, AUD / A$, SGD / S$, HKD / HK$), English grouping; Norwegian
    kroner the Norwegian way with NOK before them (NOK 24 350,00: a space between the thousands, a decimal
    comma); dirhams with AED."""
    if cur == "JPY":
        mark = rng.choice(["JPY ", sign(font, "\u00a5", "JPY ")])
        return lambda v: f"{mark}{v:,.0f}"
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    if cur == "NOK":
        return lambda v: "NOK " + f"{v:,.2f}".replace(",", " ").replace(".", ",")
    if cur == "AED":
        return lambda v: f"AED {v:,.2f}"
    form = rng.choice(
        {
            "CAD": ["CAD {v}", "C${v}", "{v} CAD"],
            "AUD": ["AUD {v}", "A${v}"],
            "SGD": ["SGD {v}", "S${v}"],
            "HKD": ["HKD {v}", "HK${v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Kyoto textile gallery, a Basel embroidery atelier, a Toronto quilt shop, a Melbourne stitching
    collective, a Singapore heritage crafts shop, a Bergen textile shop, a Dubai home boutique and a Hong Kong
    cloth shop paying for quilts, wall hangings, dupattas and cushion covers: MUFG's RECEIPT OF OVERSEAS
    REMITTANCE in yen (its sentence, a table ruled on every side: Remitter, Beneficiary, Beneficiary's Bank,
    Currency / Amount, Remittance Date (2026/03/27, year first, or 27 Mar 2026), Method, Charges, Purpose,
    Reference No.); UBS E-Banking's Zahlungsbestätigung / Payment confirmation in Swiss francs, each label in
    German and English small over its value (Begünstigter / Beneficiary, Betrag / Amount, Ausführungsdatum /
    Execution date, Zahlungsart / Payment type, Referenz / Reference, Mitteilung / Message, Status / Status
    Ausgeführt / Executed); RBC Express' wire In process in Canadian dollars (steps left to right: Created,
    Approved, In process, Sent; a capsule; shaded label cells: Payee, Payee's bank, Amount, Value date (Aug
    28, 2026 or 2026-08-28), Wire type, RBC reference, Status); Westpac's Payment sent under a large tick in
    Australian dollars (Payee name, Payment date, Westpac receipt number, Payment method, Their reference,
    each label small over its value); DBS IDEAL's Transaction Completed on a tinted band in Singapore dollars
    (a striped table: Transaction Reference, Value Date, Beneficiary Name, Beneficiary Bank, Amount, Charges,
    Status); Nordea's mail "Betalingen er sendt. Your payment abroad has been sent." in Norwegian kroner (a
    card: To, Amount, Payment date, Payment type, Message; no reference); Emirates NBD's Transfer Rejected on
    a tinted band in dirhams (boxed fields: Reference number, Beneficiary, Amount, Transfer date, Transfer
    type, Rejection reason); HSBC HK's Payment completed under a large tick in Hong Kong dollars ("to
    <beneficiary>", "<n> mins ago": no day; hairline rows: Reference, Payment type, Their bank, Paid from; the
    rate used). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    me = rng.choice([SAMITI, SAMITI_CAPS])
    inv = f"BSS/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    if frame == "mufg":
        p = sheet_page(rng, font, [780, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "MUFG Bank, Ltd.")
        p.add("small", "Kyoto Branch  |  Global Business Support")
        p.add("center", "RECEIPT OF OVERSEAS REMITTANCE")
        p.add("rule")
        p.part = "body"
        p.add("left", f"{payer}, {city}")
        p.add("left", "We have remitted the amount below as instructed.", status=status)
        p.add("gap")
        ref = f"FT{j.date:%y%m}{digits(rng, 8)}"
        name = h273.cell_name(p, 0.6, [me, CUT])
        grid(
            p,
            "mu",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Remitter", payer], {}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary's Bank", "State Bank of India, Muzaffarpur"], {}),
                (["Currency / Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Remittance Date", when(j.date, rng.choice(["%Y/%m/%d", "%d %b %Y"]))], {"date": j.date}),
                (["Method", "Telegraphic transfer (SWIFT)"], {"method": "netbanking"}),
                (["Charges", f"OUR  |  {show(float(rng.choice([2500, 4000])))}"], {}),
                (["Purpose", f"Sujani textiles, inv. {inv}"], {}),
                (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
            ],
            tint=(232, 226, 226),
        )
        p.add("gap")
        p.add(
            "small",
            "Please keep this receipt. MUFG Bank, Ltd. is a member of the Deposit Insurance Corporation of Japan.",
        )
        return p.done()
    if frame == "ubs":
        p = browser_page(rng, font, "ebanking-ch.ubs.com/payments/confirmation")
        p.part = "head"
        top(p, "UBS")
        p.add("small", "E-Banking  |  Zahlungsbestätigung / Payment confirmation")
        p.add("rule")
        p.part = "body"
        p.add("left", f"{payer}, {city}")
        p.add("gap")
        ref = f"UBS{j.date:%y%m%d}{digits(rng, 8)}"
        name = pick(p, "left", [me, CUT])
        for de, en, value, facts in [
            ("Begünstigter", "Beneficiary", name, {"merchant": name}),
            ("Betrag", "Amount", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Ausführungsdatum", "Execution date", when(j.date, "%d.%m.%Y"), {"date": j.date}),
            ("Zahlungsart", "Payment type", "Auslandzahlung SWIFT (SHA)", {"method": "netbanking"}),
            ("Referenz", "Reference", ref, {"txn": (BANK_RANK, ref)}),
            ("Mitteilung", "Message", clip(f"Rechnung {inv}", 30), {}),
            ("Status", "Status", "Ausgeführt / Executed", {"status": status}),
        ]:
            lab(p, f"{de} / {en}")
            p.add("left", value, **facts)
        return p.done()
    if frame == "rbc":
        p = browser_page(rng, font, "www1.royalbank.com/cgi-bin/rbcexpress/wires/status")
        p.part = "head"
        top(p, "RBC Express")
        p.add("small", f"Royal Bank of Canada  |  Wire payments  |  {payer}")
        p.add("rule")
        p.part = "body"
        track(p, ["Created", "Approved", "In process", "Sent"], "ddpt")
        pill(p, "In process", status, align="l")
        p.add("small", "Wires approved after the cut-off are sent on the next business day.")
        p.add("gap")
        ref = f"RBC{digits(rng, 10)}"
        name = h273.cell_name(p, 0.64, [me, CUT], scale=1.0)
        kv(p, "Payee", name, at=0.36, merchant=name)
        kv(p, "Payee's bank", "Bank of Baroda, Muzaffarpur, India", at=0.36)
        kv(p, "Amount", show(j.amount), at=0.36, amount=j.amount, cur=cur)
        kv(p, "Value date", day_in(j, rng, ["%b {d}, %Y", "%Y-%m-%d"]), at=0.36, date=j.date)
        kv(p, "Wire type", "International wire (SWIFT)", at=0.36, method="netbanking")
        kv(p, "RBC reference", ref, at=0.36, txn=(BANK_RANK, ref))
        kv(p, "Status", "In process", at=0.36)
        return p.done()
    if frame == "westpac":
        p = phone(rng, font, k, ["", "Receipt"], dark=False, buttons=("Share receipt", "Done"))
        band(p, (218, 16, 48))
        app_head(p, "Westpac", "International payment")
        sicon(p, status)
        p.add("center", "Payment sent", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("rule")
        rno = f"{digits(rng, 9)}"
        name = pick(p, "left", [me, CUT])
        for label, value, facts in [
            ("Payee name", name, {"merchant": name}),
            ("Payment date", day_in(j, rng, ["{d} %b %Y", "%d/%m/%Y"]), {"date": j.date}),
            ("Westpac receipt number", rno, {"txn": (BANK_RANK, rno)}),
            ("Payment method", "International transfer (SWIFT)", {"method": "netbanking"}),
            ("Their reference", clip(f"INV {inv}", 24), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "dbs":
        p = browser_page(rng, font, "ideal.dbs.com/sg/transfers/tt/acknowledgement")
        p.part = "head"
        top(p, "DBS IDEAL")
        p.add("small", f"{payer}  |  Telegraphic Transfer")
        p.add("rule")
        p.part = "body"
        strip(p, "Transaction Completed", status)
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 7)}"
        name = h273.cell_name(p, 0.58, [me, CUT])
        zebra(
            p,
            "db",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Transfer details", ""],
            [
                (["Transaction Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Value Date", when(j.date, rng.choice(["{d} %b %Y", "%d %b %Y"]))], {"date": j.date}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary Bank", "Punjab National Bank, Muzaffarpur"], {}),
                (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur, "method": "netbanking"}),
                (["Charges", "SHA (shared)"], {}),
                (["Status", "Completed"], {"status": status}),
            ],
            (200, 16, 30),
        )
        p.add("small", "DBS Bank Ltd. Please retain this acknowledgement for your records.")
        return p.done()
    if frame == "nordea":
        p = mail_page(
            rng,
            font,
            "Nordea <noreply@nordea.no>",
            ["Your payment abroad is on its way", "Betalingen er sendt / Payment sent"],
        )
        p.part = "head"
        top(p, "Nordea")
        p.add("rule")
        p.part = "body"
        p.add("left", "Hei,")
        p.add("left", "Betalingen er sendt. Your payment abroad has been sent.", status=status)
        p.add("gap")
        c = card_open(p)
        name = pick(p, "left", [me, CUT])
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        cols(p, "nd", spec, "To", name, merchant=name)
        cols(p, "nd", spec, "Amount", show(j.amount), amount=j.amount, cur=cur)
        cols(p, "nd", spec, "Payment date", when(j.date, "%d.%m.%Y"), date=j.date)
        cols(p, "nd", spec, "Payment type", "Utlandsbetaling (SWIFT)", method="netbanking")
        cols(p, "nd", spec, "Message", clip(f"Faktura {inv}", 28))
        card_close(p, c)
        p.add("gap")
        p.add("small", "Payments abroad can take 1 to 4 banking days. Nordea Bank Abp, filial i Norge.")
        return p.done()
    if frame == "enbd":
        p = browser_page(rng, font, "business.emiratesnbd.com/transfers/international/status")
        p.part = "head"
        top(p, "Emirates NBD")
        p.add("small", f"Business Online  |  {payer}")
        p.add("rule")
        p.part = "body"
        strip(p, "Transfer Rejected", status)
        p.add(
            "small",
            "The beneficiary bank returned the transfer. The amount is credited back to your account.",
        )
        p.add("gap")
        ref = f"ENBD{digits(rng, 11)}"
        name = pick(p, "left", [me, CUT])
        field(p, "Reference number", ref, txn=(BANK_RANK, ref))
        field(p, "Beneficiary", name, merchant=name)
        field(p, "Amount", show(j.amount), amount=j.amount, cur=cur)
        field(p, "Transfer date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        field(p, "Transfer type", "International transfer (SWIFT)", method="netbanking")
        field(p, "Rejection reason", "Invalid IFSC / account number")
        return p.done()
    p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Done",))
    band(p, (219, 0, 17))
    app_head(p, "HSBC HK", "Global transfer")
    sicon(p, status)
    p.add("center", "Payment completed", status=status)
    p.accent(GREEN)
    p.add("big", show(j.amount), amount=j.amount, cur=cur)
    name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"{rng.randrange(2, 9)} mins ago")
    p.add("rule")
    ref = f"HK{digits(rng, 12)}"
    kvr(p, "Reference", ref, txn=(BANK_RANK, ref))
    kvr(p, "Payment type", "Global transfer (SWIFT)", method="netbanking")
    kvr(p, "Their bank", "Canara Bank, Muzaffarpur")
    kvr(p, "Paid from", f"HKD Savings {digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 3)}")
    p.add("small", f"Rate used: 1 HKD = {rate:.4f} INR (indicative)")
    return p.done()


# ---------------------------------------------------------------- 4. the collective's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The collective's own papers, each its unit or itself on top: Sujani Angan's TAX INVOICE under a
    stitched sun and its name in Tirhuta, Hindi and English (Invoice No. beside Invoice Date, Bill to, a table
    with a hairline under each row: Item | HSN | Qty | Rate | Amount, Taxable value, CGST 2.5%, SGST 2.5%,
    Invoice Total, "Received by card (..., Pine Labs), approval code ..."); the Kendra's training fee receipt
    written by hand on a ruled notebook's page with its red margin (its name, Date, "Recd. Rs. x/- (...) from
    ... in cash."; no number); the web shop's Razorpay page with the payment failed under a large cross (a
    card: Amount, Payment ID, Method, Attempted on); the Sonepur Mela stall's bill made in Khatabook in the
    Mela's days (Bill No. beside Date, Customer, a striped table Item | Qty | Rate | Amount, Total, Received
    (UPI), Balance, UPI Ref. No.); the collective's SHARE MONEY RECEIPT in a stitched border under its Tirhuta
    and Hindi names (Receipt No. beside Date, Received from, Member No., Shares written in, Share money,
    Admission fee, Total, by Cash written in, "Received with thanks", the member's left thumb's impression on
    the office copy); the web shop's mail of an order on hold for the bank transfer (its items, Shipping,
    Order total, Order #, Order date, Payment method: Direct bank transfer (NEFT / IMPS), Pay to); Sujani
    Bhawan's HALL BOOKING RECEIPT on a ribbon under a pair of stitched fish (Receipt No. beside Date, dot
    leaders: Received from, Purpose, Hall rent, Chairs, Electricity, Total, Paid by, UPI Ref.; "Received with
    thanks."); a quilt's CARE CARD CUM RECEIPT in a stitched border under a stitched sun (the maker's
    sentence, the care, "Sold for Rs. x/-", "Paid by UPI, ref ..." by hand; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=800, high=45000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        sun(p)
        tirhuta(p, "सुजनी आँगन", scale=1.0)
        dev(p, ANGAN_HI, scale=0.95, bold=True)
        name = ANGAN
        top(p, name, merchant=name)
        p.add("small", f"{ANGAN_AT}  |  A unit of {SHORT}  |  GSTIN {GSTIN}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"SA/{fy(j.date)}/{rng.randrange(100, 2999)}"
        cols(
            p,
            "ti",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Bill to: {who}")
        spec = [(0.0, 0.52, "l"), (0.52, 0.63, "c"), (0.63, 0.7, "c"), (0.7, 0.84, "r"), (0.84, 1.0, "r")]
        kind(p, "tih", spec, "line", group="tit", bold=(0, 1, 2, 3, 4))
        kind(p, "tir", spec, "line", group="tit")
        row(p, "tih", "Item", "HSN", "Qty", "Rate", "Amount")
        items = works(rng, rng.randrange(2, 4), high=7000)
        taxable = 0.0
        for text, hsn, q, pr in items:
            row(p, "tir", item_name(text, 40), hsn, str(q), num(pr, "plain", 0), num(q * pr))
            taxable += q * pr
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        spec2 = [(0.0, 0.72, "r"), (0.72, 1.0, "r")]
        cols(p, "tit2", spec2, "Taxable value", num(taxable))
        cols(p, "tit2", spec2, "CGST 2.5%", num(gst))
        cols(p, "tit2", spec2, "SGST 2.5%", num(gst))
        total(p, "Invoice Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        appr = digits(rng, 6)
        p.add(
            "left",
            f"Received by card ({rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}, Pine Labs), "
            f"approval code {appr}. Thank you.",
            method="card",
            status=status,
            txn=(APPR_RANK, appr),
        )
        p.add("small", "Hand-stitched by the women of Bhusura. GI-tagged Sujini embroidery of Bihar.")
        right(p, f"For {ANGAN}")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = (252, 252, 248)
        p.part = "body"
        start = len(p.rows)
        write(p, KENDRA, align="c", merchant=KENDRA)
        write(p, "Bhusura, Gaighat", align="c")
        p.add("gap")
        write(p, f"Date: {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y', '{d}-%m-%Y']))}", date=j.date)
        j.amount = float(rng.choice([600, 900, 1200, 1500, 2000]))
        trainee = rng.choice(
            ["Smt. Poonam Devi", "Km. Khushboo Kumari", "Smt. Seema Devi", "Km. Ruby Parveen"]
        )
        write(
            p,
            f"Recd. Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) from {trainee} towards "
            f"the fee of the Sujani training, {when(j.date, '%B')} batch, in cash.",
            amount=j.amount,
            method="cash",
            status=status,
        )
        p.add("gap")
        write(p, f"- {SECRETARY}, Secy.", align="r")
        p.add("gap")
        ledger(p, start, [], margin=-0.035)
        return p.done()
    if k == 2:
        oid = f"SA{rng.randrange(10000, 99999)}"
        p = browser_page(rng, font, f"pages.razorpay.com/sujaniangan?order={oid}")
        p.part = "head"
        top(p, ANGAN, merchant=ANGAN)
        p.add("small", f"{WEB}  |  Payment for order {oid}")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("small", "Your card was declined by the bank. No money was taken. Please try again.")
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=5000)
        j.amount = round(sum(q * pr for _, _, q, pr in items) + float(rng.choice([0, 120, 180])), 2)
        pid = f"pay_{code(rng, 14, MIXED)}"
        c = card_open(p)
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        p.pair("Method", f"Card {masked(rng, font)}", method="card")
        p.pair("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        card_close(p, c)
        p.add("gap")
        p.add("small", "Secured by Razorpay")
        return p.done()
    if k == 3:
        shift(j, rng, SONEPUR + dt.timedelta(days=rng.randrange(0, 31)))
        p = screen(rng, font, "crop", width=rng.choice([600, 640]), size=rng.choice([20, 21]))
        p.part = "head"
        name = f"{ANGAN_CAPS} - SONEPUR MELA"
        if not fits(p, "title", name):
            name = ANGAN_CAPS
        top(p, name, merchant=name)
        p.add("small", "Stall 41, Shilp Gram, Sonepur Mela  |  Ph. " + phone_no(rng))
        p.add("rule")
        p.part = "body"
        bno = str(rng.randrange(12, 240))
        cols(
            p,
            "kb",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Bill No. {bno}",
            f"Date: {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, bno),
            date=j.date,
        )
        p.add("left", f"Customer: {who}")
        items = works(rng, rng.randrange(2, 4), high=3200)
        j.amount = float(sum(q * pr for _, _, q, pr in items))
        zebra(
            p,
            "kbt",
            [(0.0, 0.56, "l"), (0.56, 0.66, "c"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            [
                ([item_name(t, 30), str(q), num(pr, "plain", 0), num(q * pr, "indian", 0)], {})
                for t, _, q, pr in items
            ],
            (20, 96, 200),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        spec = [(0.0, 0.6, "r"), (0.6, 1.0, "r")]
        cols(p, "kbr", spec, "Received (UPI)", rs(j.amount), method="UPI", status=status)
        cols(p, "kbr", spec, "Balance", rs(0.0))
        p.add("gap")
        p.add("left", f"UPI Ref. No. {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("gap")
        p.add("small", "Made with Khatabook")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (250, 246, 236)
        stitch_border(p)
        p.part = "head"
        p.add("gap")
        tirhuta(p, SUJANI_HI, scale=1.0)
        dev(p, "भूसरा सुजनी महिला सहकारी समिति लि.", scale=0.95, bold=True)
        name = pick(p, "title", [SAMITI, "Bhusura Sujani Mahila Sahkari Samiti"])
        top(p, name, merchant=name)
        p.add("small", f"{REGD}  |  {OFFICE}")
        p.add("center", "SHARE MONEY RECEIPT")
        p.part = "body"
        rno = f"SM/{rng.randrange(100, 999)}"
        cols(
            p,
            "sm",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        member = rng.choice(
            ["Smt. Phool Kumari Devi", "Smt. Lakhpatiya Devi", "Smt. Sarita Kumari", "Smt. Jamila Khatoon"]
        )
        n = rng.choice([2, 5, 10])
        adm = 10.0
        j.amount = n * 100.0 + adm
        blank(p, "Received from", member)
        blank(p, "Member No.", f"BSS/{rng.randrange(120, 480)}")
        blank(p, "Shares", f"{n} shares of Rs. 100 each")
        spec = [(0.0, 0.7, "r"), (0.7, 1.0, "r")]
        cols(p, "smt", spec, "Share money", num(n * 100.0))
        cols(p, "smt", spec, "Admission fee", num(adm))
        total(p, "Total", f"Rs. {num(j.amount)}", at=0.6, amount=j.amount)
        blank(p, "by", "Cash", method="cash")
        write(p, "Received with thanks", status=status)
        thumbprint(p, "Member's left thumb (office copy)")
        p.add("gap")
        sig(p)
        right(p, f"{SECRETARY}, Secretary")
        p.add("gap")
        return p.done()
    if k == 5:
        order = f"SA{rng.randrange(10000, 99999)}"
        p = mail_page(
            rng,
            font,
            f"{ANGAN} <orders@{WEB}>",
            [f"Order #{order} is on hold", "We are waiting for your bank transfer"],
        )
        p.part = "head"
        top(p, ANGAN, merchant=ANGAN)
        p.add("small", f"{WEB}  |  Sujani from Bhusura, stitched by women")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {who.split('. ', 1)[1]},")
        p.add(
            "left",
            "Your order is on hold until we receive your bank transfer to the account below. We will send it "
            "as soon as the money reaches us.",
            status=status,
        )
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=9000)
        ship = float(rng.choice([0, 150, 250]))
        j.amount = round(sum(q * pr for _, _, q, pr in items) + ship, 2)
        for text, _, q, pr in items:
            p.pair(f"{item_name(text, 34)} x {q}", rs(q * pr))
        p.pair("Shipping", rs(ship) if ship else "Free")
        total(p, "Order total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "oh", spec, "Order #", order, txn=(ORDER_RANK, order))
        cols(p, "oh", spec, "Order date", day_in(j, rng, ["%B {d}, %Y", "{d} %b %Y"]), date=j.date)
        cols(p, "oh", spec, "Payment method", "Direct bank transfer (NEFT / IMPS)", method="netbanking")
        cols(p, "oh", spec, "Pay to", f"{CUT}, SBI A/c XXXXXXX{digits(rng, 4)}")
        p.add("gap")
        p.add("small", "Please write the order number in the transfer's remarks.")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 253, 246)
        p.part = "head"
        fishes(p)
        dev(p, "सुजनी भवन, भूसरा", scale=1.0, bold=True)
        name = BHAWAN
        top(p, name, merchant=name)
        p.add("small", f"A unit of {SAMITI}  |  Bhusura, Gaighat")
        ribbon(p, "HALL BOOKING RECEIPT", (150, 30, 60))
        p.add("rule")
        p.part = "body"
        rno = f"HB/{rng.randrange(10, 300):03d}"
        cols(
            p,
            "hb",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        rent = float(rng.choice([2500, 3000, 3500]))
        chairs = rng.choice([60, 80, 100, 120])
        power = float(rng.choice([300, 400, 500]))
        j.amount = rent + chairs * 5 + power
        dots(
            p,
            "Received from",
            rng.choice(["Gaighat CLF (JEEViKA)", "Shri Ram Babu Sahni", "Mahila Shakti Kendra"]),
            at=0.36,
        )
        dots(
            p,
            "Purpose",
            rng.choice(["SHG federation meeting, 1 day", "Tilak ceremony, 1 day", "Health camp, 2 days"]),
            at=0.36,
        )
        dots(p, "Hall rent", num(rent), at=0.36)
        dots(p, "Chairs", f"{chairs} @ Rs. 5 = {num(chairs * 5.0)}", at=0.36)
        dots(p, "Electricity", num(power), at=0.36)
        dots(p, "Total", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Paid by", "UPI", at=0.36, method="UPI")
        dots(p, "UPI Ref.", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        p.add("left", "Received with thanks. The hall is to be returned clean by 8 p.m.", status=status)
        p.add("gap")
        sig(p)
        right(p, "Hall in-charge")
        return p.done()
    p = sheet_page(rng, font, [580, 620])
    p.style["paper"] = (250, 247, 238)
    stitch_border(p)
    p.part = "head"
    p.add("gap")
    sun(p)
    name = pick(p, "title", [ANGAN, ANGAN_CAPS])
    top(p, name, merchant=name)
    p.add("center", "CARE CARD CUM RECEIPT")
    p.add("rule")
    p.part = "body"
    maker = rng.choice(MEMBERS)
    days_ = rng.randrange(18, 60)
    item, lo, hi = rng.choice(
        [
            ("quilt", 3800, 9500),
            ("wall hanging", 2200, 5600),
            ("baby quilt", 1500, 3200),
            ("table runner", 850, 1800),
        ]
    )
    p.add(
        "left",
        f"This Sujani {item} was stitched by hand by {maker} of Bhusura in {days_} days, with running "
        "stitches on old saris and mul cotton.",
    )
    p.add("gap")
    p.add("left", "Wash by hand in cold water. Dry in the shade. Do not wring or bleach.")
    p.add("gap")
    j.amount = float(rng.randrange(lo, hi, 50))
    p.add("left", f"Sold for Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)

    write(p, f"Paid by UPI, ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The collective's suppliers, each on top of its own paper: a Sutapatti cloth house's TAX INVOICE for mul
    cotton and silk (Invoice No. beside its earlier Date:, Buyer:, a table ruled on every side with HSN, CGST
    2.5%, SGST 2.5% and Total (rounded off), the accountant's hand "NEFT recd. <day>, UTR ..." and the cloth
    house's PAID rubber stamp); a thread house's CASH MEMO with its shade card's hanks of thread laid across
    it (No. printed, Date left blank, M/s written in, the threads, needles and frames with their sums written
    on its columns, Total, "Recd. cash"; no day); Flipkart Wholesale's order with the payment pending with the
    bank (a capsule, hairline rows: Order ID, Sold by, Ships from, Items, Order amount, Payment mode, UPI Ref
    No., Placed on); India Post's booking receipt for an export parcel from the Dak Ghar Niryat Kendra, typed
    (Receipt No, Date with the hour, Article No, Service, To, Weight, Postage, GST 18%, Total, Paid by, UPI
    Ref) under the post office's round date stamp; a carpenter's bill for quilting frames written by hand in
    Hindi with its sums (his name and trade in Latin letters, Date, अड्डा and खूंटी, कुल, "नकद प्राप्त"; no number,
    no reference); a Howrah jute bag maker's invoice made in Zoho Invoice with a PAID band across its corner
    (Invoice# beside its earlier Invoice Date, Bill To beside Place of supply, a striped table with IGST 5%,
    Total, Payment Made (-), Balance Due, "Paid on <day> by NEFT, Ref ..."); Shiprocket's wallet recharge
    failed on a tinted band (boxed fields: Transaction ID, Amount, Payment mode, Attempted on, Reason); a
    Muzaffarpur printer's TAX INVOICE for the catalogue (Invoice No. beside its earlier Dated, a striped table
    with CGST 9% and SGST 9%, Grand Total, "Amount received through UPI (PhonePe) on <day>, UTR ..."). All new
    here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=1500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    buyer = rng.choice([SAMITI, SAMITI_CAPS])
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.part = "head"
        name = pick(p, "title", ["SHREE GANESH VASTRALAYA", "Shree Ganesh Vastralaya"])
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Cloth merchants since 1971  |  Sutapatti, Muzaffarpur - 842001  |  GSTIN {gstin_of(rng)}",
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"SGV/{fy(j.date)}/{rng.randrange(100, 999)}"
        cols(
            p,
            "sg",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {when(earlier(rng, j, 3, 20), rng.choice(['%d/%m/%Y', '%d.%m.%Y']))}",
        )
        p.add("left", f"Buyer: {clip(buyer, 44)}, Bhusura")
        cloth = [
            ("Mul cotton, white, 44 in", "5208", rng.randrange(80, 300), float(rng.choice([58, 64, 72]))),
            ("Cotton cambric, dyed, 44 in", "5208", rng.randrange(40, 150), float(rng.choice([86, 94, 110]))),
            (
                "Chanderi dupatta fabric, 2.5 m",
                "5007",
                rng.randrange(10, 40),
                float(rng.choice([320, 360, 420])),
            ),
            ("Tussar silk, 44 in", "5007", rng.randrange(10, 30), float(rng.choice([540, 620, 680]))),
        ]
        chosen = rng.sample(cloth, rng.randrange(2, 4))
        taxable = sum(q * r for _, _, q, r in chosen)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst)
        grid(
            p,
            "sgg",
            [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
            ["Description", "HSN", "Qty (m)", "Rate", "Amount"],
            [([t, h, str(q), num(r, "plain", 0), num(q * r)], {}) for t, h, q, r in chosen]
            + [(["CGST 2.5%", "", "", "", num(gst)], {}), (["SGST 2.5%", "", "", "", num(gst)], {})],
            foot=(["Total (rounded off)", num(float(j.amount))], {"amount": float(j.amount)}),
            tint=(236, 228, 214),
        )
        j.amount = float(j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        write(
            p,
            f"NEFT recd. {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}, UTR {utr}",
            method="netbanking",
            status=status,
            date=j.date,
            txn=(UTR_RANK, utr),
        )
        rstamp(p, [name.upper(), "PAID", "SUTAPATTI, MUZAFFARPUR"], "violet", at=0.36, rows_=5)
        right(p, f"For {name}")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(250, 248, 240), (247, 246, 238)])
        p.part = "head"
        name = pick(p, "title", ["MAHAVIR THREAD HOUSE", "Mahavir Thread House"])
        top(p, name, merchant=name)
        p.add("small", "Embroidery threads, needles and frames  |  Sutapatti, Muzaffarpur")
        p.add("center", "CASH MEMO")
        p.part = "body"
        no = str(rng.randrange(1000, 6000))
        cols(
            p,
            "mt",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {no}",
            "Date ..............",
            txn=(INVOICE_RANK, no),
        )
        blank(p, "M/s", f"{KENDRA}, Bhusura")
        shades = rng.sample(["46", "403", "1", "133", "298", "245", "1201", "19"], 5)
        skeins(p, shades)
        start = len(p.rows)
        spec = [(0.0, 0.72, "l"), (0.76, 1.0, "r")]
        lines = [
            (f"Stranded cotton, shade {shades[0]}, {rng.choice([20, 40, 60])} skeins", 180, 420),
            (f"Stranded cotton, shades {shades[1]} and {shades[2]}", 220, 480),
            (f"Pearl cotton no. 5, shade {shades[3]}", 120, 300),
            ("Crewel needles, 10 packets", 90, 160),
            ("Wooden ring frames, 10 in, 6 pcs", 240, 360),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(lines, 4):
            v = float(rng.randrange(lo, hi, 10))
            hcells(p, spec, text, num(v, "indian", 0))
            total_ += v
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        write(p, "Recd. cash", method="cash", status=status)
        right(p, f"For {name}")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Check status",))
        band(p, (40, 116, 240))
        app_head(p, "Flipkart Wholesale", "Order")
        pill(p, "Payment pending", status)
        p.add("small", "Your bank has not confirmed the payment yet. We will confirm the order once it does.")
        p.add("gap")
        oid = f"FW{digits(rng, 12)}"
        j.amount = rupees(rng, 2500, 28000, 0.4)
        seller = "Anand Textiles"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Sold by", seller, merchant=seller)
        kvr(p, "Ships from", "Surat, Gujarat")
        kvr(p, "Items", f"Cotton voile, white, {rng.choice([50, 100, 150])} m")
        kvr(p, "Order amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Placed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = screen(rng, font, width=rng.choice([520, 560]), size=rng.choice([17, 18]))
        paper(p, rng)
        typeface(p)
        hand_pen(p)
        p.part = "head"
        name = "INDIA POST"
        top(p, name, merchant=name)
        p.add("small", "Department of Posts  |  Dak Ghar Niryat Kendra")
        p.part = "body"
        width_ = h271.tt_cols(p)
        typed(p, "MUZAFFARPUR H.O. - 842001".center(width_).rstrip())
        typed(p, "-" * width_)
        rno = f"{digits(rng, 10)}"
        grams = rng.randrange(800, 4800, 50)
        postage = float(round(grams * rng.uniform(1.0, 1.3) + 600, 0))

        gst = round(postage * 0.18, 2)
        j.amount = round(postage + gst, 2)
        article = f"E{code(rng, 1, 'EBLC')}{digits(rng, 9)}IN"
        for label, value, facts in [
            ("Receipt No", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Date", f"{when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", {"date": j.date}),
            ("Article No", article, {}),
            ("Service", "SPEED POST (EMS) INTL", {}),
            ("To", rng.choice(["JAPAN", "CANADA", "NORWAY", "AUSTRALIA"]), {}),
            ("Weight", f"{grams} g", {}),
            ("Postage", num(postage, "western"), {}),
            ("GST 18%", num(gst, "western"), {}),
            ("Total", num(j.amount, "western"), {"amount": j.amount}),
            ("Paid by", "UPI", {"method": "UPI", "status": status}),
            ("UPI Ref", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            typed(p, f"{label:<11}: {value}", **facts)
        typed(p, "-" * width_)
        postmark(p, "MUZAFFARPUR H.O.", when(j.date, "%d %b %y").upper(), "842001")
        p.add("small", "Track your article at www.indiapost.gov.in")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 247, 240), (252, 250, 244)])
        p.part = "body"
        p.add("gap")
        name = "Ram Babu Mistry"
        write(p, name, merchant=name)
        write(p, "Lakdi ka kaam, Gaighat")
        write(p, f"Date {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}", date=j.date)
        p.add("gap")
        n1, r1 = rng.randrange(3, 9), rng.choice([450, 520, 600])
        n2, r2 = rng.randrange(10, 30), rng.choice([12, 15, 20])
        dhand(p, f"अड्डा (सुजनी फ्रेम) {n1} नग x {r1}", figure=num(n1 * r1, "indian", 0))
        dhand(p, f"बांस की खूंटी {n2} x {r2}", figure=num(n2 * r2, "indian", 0))
        j.amount = float(n1 * r1 + n2 * r2)
        dhand(p, "कुल", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        dhand(p, "नकद प्राप्त", method="cash", status=status)
        write(p, "- Ram Babu", align="r")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        paid_band(p, "PAID", (24, 150, 90))
        p.part = "head"
        p.add("gap")
        name = pick(p, "title", ["Bengal Jute Crafts", "BENGAL JUTE CRAFTS"])
        top(p, name, merchant=name)
        p.add("small", f"Bagnan, Howrah - 711303  |  GSTIN {gstin_of(rng, '19')}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"BJC-{rng.randrange(100, 999):04d}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "zi",
            spec,
            f"Invoice# {inv}",
            f"Invoice Date: {when(earlier(rng, j, 5, 25), '%d %b %Y')}",
            txn=(INVOICE_RANK, inv),
        )
        cols(p, "zi", spec, f"Bill To: {clip(buyer, 30)}", "Place of supply: Bihar (10)")
        n_, r_ = rng.choice([200, 300, 500]), float(rng.choice([32, 38, 45]))
        m_, rr = rng.choice([0, 100, 200]), float(rng.choice([18, 22]))
        lines = [(["Jute gift bag with window, 12 x 14 in", str(n_), num(r_), num(n_ * r_)], {})]
        if m_:
            lines.append((["Cotton drawstring pouch, 6 x 8 in", str(m_), num(rr), num(m_ * rr)], {}))
        taxable = n_ * r_ + m_ * rr
        igst = round(taxable * 0.05, 2)
        j.amount = round(taxable + igst, 2)
        lines.append((["IGST 5%", "", "", num(igst)], {}))
        zebra(
            p,
            "zt",
            [(0.0, 0.56, "l"), (0.56, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            lines,
            (60, 70, 90),
        )
        spec2 = [(0.0, 0.7, "r"), (0.7, 1.0, "r")]
        total(p, "Total", rs(j.amount), at=0.6)
        cols(p, "zp", spec2, "Payment Made (-)", rs(j.amount), amount=j.amount)
        cols(p, "zp", spec2, "Balance Due", rs(0.0))
        p.add("gap")
        ref = utr_for(rng, j, "HDFC Bank", "NEFT")
        p.add(
            "left",
            f"Paid on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, Ref {ref}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, ref),
        )
        p.add("small", "Thank you for the payment. Powered by Zoho Invoice")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "app.shiprocket.in/billing/wallet/recharge")
        p.part = "head"
        name = "Shiprocket"
        top(p, name, merchant=name)
        p.add("small", "Billing  |  Wallet recharge")
        p.add("rule")
        p.part = "body"
        strip(p, "Recharge failed", status)
        p.add("small", "The payment could not be completed. Your wallet balance is unchanged.")
        p.add("gap")
        j.amount = float(rng.choice([2000, 3000, 5000, 10000]))
        tid = f"SRW{digits(rng, 12)}"
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Payment mode", "Net banking - Punjab National Bank", method="netbanking")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        field(p, "Reason", "Bank server did not respond")
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.part = "head"
    name = pick(p, "title", ["TIRHUT PRINTERS", "Tirhut Printers"])
    top(p, name, merchant=name)
    p.add("small", f"Offset and digital printing  |  Juran Chhapra, Muzaffarpur  |  GSTIN {gstin_of(rng)}")
    p.add("center", "TAX INVOICE")
    p.add("rule")
    p.part = "body"
    inv = f"TP/{rng.randrange(1000, 4000)}"
    cols(
        p,
        "tp",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice No. {inv}",
        f"Dated {when(earlier(rng, j, 1, 8), '%d-%m-%Y')}",
        txn=(INVOICE_RANK, inv),
    )
    p.add("left", f"To: {clip(buyer, 44)}")
    pages_ = rng.choice([16, 24, 32])
    copies = rng.choice([300, 500, 1000])
    rate = float(rng.choice([28, 34, 42]))
    cards = rng.choice([0, 500, 1000])
    lines = [([f"Catalogue, {pages_} pages, art paper, {copies} copies", num(copies * rate)], {})]
    taxable = copies * rate
    if cards:
        lines.append(([f"Swing tags with string, {cards} pcs", num(cards * 1.6)], {}))
        taxable += cards * 1.6
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    lines += [(["CGST 9%", num(gst)], {}), (["SGST 9%", num(gst)], {})]
    zebra(
        p, "tz", [(0.0, 0.72, "l"), (0.72, 1.0, "r")], ["Particulars", "Amount (Rs.)"], lines, (110, 40, 40)
    )
    total(p, "Grand Total", rs(j.amount), at=0.6, amount=j.amount)
    p.add("gap")
    p.add(
        "left",
        f"Amount received through UPI (PhonePe) on {day_in(j, rng, ['%d-%m-%Y', '%d %b %Y'])}, UTR {j.ref}.",
        method="UPI",
        status=status,
        date=j.date,
        txn=(UTR_RANK, j.ref),
    )
    p.add("gap")
    sig(p)
    right(p, f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 6. the collective's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("SHREE GANESH VASTRALAYA", "mul cotton, bill SGV 614", "pnb"),
    ("ARYAN TENT HOUSE", "Sonepur Mela stall 41 fittings", "icici"),
    ("MAHAVIR THREAD HOUSE", "threads and frames", "dccb"),
    ("KRISHNA TRANSPORT", "parcels to Delhi", "central"),
    ("ALI TAILORS", "quilt backing and piping", "union"),
    ("TIRHUT PRINTERS", "catalogue, bill TP 2204", "bob"),
    ("TIRHUT DIGITAL STUDIO", "catalogue photographs", "idbi"),
    ("JHA AND SINHA ASSOCIATES", "co-operative audit 2025-26", "sbi"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The collective's own banking pages paying its vendors: PNB ONE's Transaction Successful under a large
    tick ("to <payee>", each label small over its value: Transaction ID, IMPS Ref. No. (RRN), Beneficiary A/c,
    Date & Time, Mode, Remarks); ICICI InstaBIZ's RTGS Pending for approval by the second signatory (a
    capsule, steps left to right: Created, Signed 1/2, Sent to bank, Credited; hairline rows: Transaction ID,
    Beneficiary, Amount, Mode, Created on, Purpose); the Muzaffarpur Central Co-operative Bank's NEFT
    TRANSACTION ADVICE - CUSTOMER COPY typed (BRANCH, DATE, REMITTER, A/C NO, BENEFICIARY, BENE A/C, IFSC,
    AMOUNT, CHARGES, UTR NO, STATUS) and the branch's stamp with its day under them; Cent Mobile's Transaction
    Failed on a tinted band ("to <payee>", the reason, its fields two to a row: IMPS Ref. No., Date, From A/c,
    Mode); Union Bank's Vyom transaction details (a Successful capsule, the sum; To, Date, Mode, Remarks, each
    label small over its value; "Tap to view the reference number": no reference); bob World's UPI payment
    (the payee's initials, "Paid <sum>", "to <payee>" and its UPI ID, hairline rows: UPI Ref No, Date & Time,
    Debited from, Remarks); IDBI Bank GO Mobile+'s Fund transfer successful under a large tick ("Today,
    <hour>": no day; UTR No., Mode, From A/c, Remarks); OnlineSBI Corporate's e-Receipt (a table ruled on
    every side: Reference No., UTR, Debit Account, Beneficiary Name, Beneficiary Account, IFSC, Amount,
    Transaction Date, Mode, Status, Remarks). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=3000, high=170000)
    payee, purpose, frame = VENDORS[k]
    if frame == "icici":
        shift(j, rng, SONEPUR - dt.timedelta(days=rng.randrange(3, 12)))
        j.amount = float(rng.randrange(205000, 320000, 500))
    low, high = {
        "pnb": (8000, 60000),
        "dccb": (2500, 24000),
        "central": (1500, 12000),
        "union": (1200, 9000),
        "bob": (6000, 40000),
        "idbi": (8000, 45000),
        "sbi": (25000, 90000),
    }.get(frame, (0, 0))
    if high:
        j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    dot = sign(font, "\u2022", "*")
    if frame == "pnb":
        p = phone(rng, font, k, ["", "Transaction receipt"], dark=False, buttons=("Share", "Done"))
        band(p, (150, 24, 52))
        app_head(p, "PNB ONE", "Punjab National Bank")
        sicon(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        tid = f"S{digits(rng, 9)}"
        for label, value, facts in [
            ("Transaction ID", tid, {"txn": (BANK_RANK, tid)}),
            ("IMPS Ref. No. (RRN)", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Beneficiary A/c", f"XXXXXXXX{acct_no[-4:]}  |  CNRB000{digits(rng, 4)}", {}),
            ("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), {"date": j.date}),
            ("Mode", "IMPS", {"method": "netbanking"}),
            ("Remarks", clip(purpose, 30), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "icici":
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Remind approver",))
        band(p, (240, 120, 30))
        app_head(p, "InstaBIZ", "ICICI Bank  |  Current account")
        pill(p, "Pending for approval", status)
        p.add("small", "Needs the second signatory's approval. It goes to the bank once approved.")
        p.add("gap")
        track(p, ["Created", "Signed 1/2", "Sent to bank", "Credited"], "dptt")
        tid = f"ICB{digits(rng, 11)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Beneficiary", payee, merchant=payee)
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Mode", "RTGS", method="netbanking")
        kvr(p, "Created on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Purpose", clip(purpose, 30))
        return p.done()
    if frame == "dccb":
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (250, 250, 244)
        p.part = "head"
        top(
            p,
            pick(
                p,
                "title",
                ["The Muzaffarpur Central Co-operative Bank Ltd.", "Muzaffarpur Central Co-op. Bank"],
            ),
        )
        p.add("small", "Branch: Gaighat  |  IFSC IBKL0MZCB12")
        p.add("center", "NEFT TRANSACTION ADVICE - CUSTOMER COPY")
        p.add("rule")
        p.part = "body"
        width_ = h271.tt_cols(p)
        utr = utr_for(rng, j, "Muzaffarpur Central Co-operative Bank", "NEFT")
        remitter = clip(SAMITI_CAPS, width_ - 14)
        for label, value, facts in [
            ("BRANCH", "GAIGHAT (0412)", {}),
            ("DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("REMITTER", remitter, {}),
            ("A/C NO", f"XXXXXXXX{digits(rng, 4)}", {}),
            ("BENEFICIARY", payee, {"merchant": payee}),
            ("BENE A/C", f"XXXXXXXX{acct_no[-4:]}", {}),
            ("IFSC", f"PUNB0{digits(rng, 6)}", {}),
            ("AMOUNT", num(j.amount, "western"), {"amount": j.amount, "method": "netbanking"}),
            ("CHARGES", "2.50 + GST 0.45", {}),
            ("UTR NO", utr, {"txn": (UTR_RANK, utr)}),
            ("STATUS", "SUCCESS", {"status": status}),
        ]:
            typed(p, f"{label:<12}: {value}", **facts)
        rstamp(
            p,
            ["MUZAFFARPUR C.C. BANK", when(j.date, "%d %b %Y").upper(), "GAIGHAT BRANCH"],
            "blue",
            at=0.68,
            rows_=4,
        )
        return p.done()
    if frame == "central":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Try again",))
        band(p, (220, 30, 40))
        app_head(p, "Cent Mobile", "Central Bank of India")
        strip(p, "Transaction Failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Beneficiary account is closed (M2). Any amount debited will be reversed.")
        p.add("gap")
        two_up(
            p,
            "ce1",
            ("IMPS Ref. No.", j.ref),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(p, "ce2", ("From A/c", f"XXXX{digits(rng, 4)}"), ("Mode", "IMPS"), method="netbanking")
        return p.done()
    if frame == "union":
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (210, 24, 44))
        app_head(p, "Vyom", "Union Bank of India")
        pill(p, "Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        name = pick(p, "left", [payee])
        for label, value, facts in [
            ("To", name, {"merchant": name}),
            ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
            ("Mode", "IMPS", {"method": "netbanking"}),
            ("Remarks", clip(purpose, 30), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        p.add("gap")
        p.add("small", "Tap to view the reference number")
        return p.done()
    if frame == "bob":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (242, 101, 34))
        app_head(p, "bob World", "Bank of Baroda  |  UPI")
        avatar(p, initials(payee), (0, 90, 160))
        p.add("big", f"Paid {rs(j.amount)}", amount=j.amount, status=status)
        p.accent(GREEN)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "tirhutprinters@okbob" if "PRINT" in payee else f"{payee.split()[0].lower()}@okbob")
        p.add("rule")
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        kvr(p, "Debited from", f"Current A/c {dot * 2}{digits(rng, 4)}", method="UPI")
        kvr(p, "Remarks", clip(purpose, 24))
        return p.done()
    if frame == "idbi":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Done",))
        band(p, (0, 112, 96))
        app_head(p, "GO Mobile+", "IDBI Bank")
        sicon(p, status)
        p.add("center", "Fund transfer successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        utr = utr_for(rng, j, "IDBI Bank", "NEFT")
        kvr(p, "UTR No.", utr, txn=(UTR_RANK, utr))
        kvr(p, "Mode", "NEFT", method="netbanking")
        kvr(p, "From A/c", f"XXXXXXXX{digits(rng, 4)}")
        kvr(p, "Remarks", clip(purpose, 24))
        return p.done()
    p = sheet_page(rng, font, [780, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, "State Bank of India")
    p.add("small", f"OnlineSBI Corporate  |  e-Receipt  |  {CUT}")
    p.add("rule")
    p.part = "body"
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = utr_for(rng, j, "State Bank of India", way)
    ref = f"IK{digits(rng, 8)}{code(rng, 2, UPPER)}"
    name = h273.cell_name(p, 0.62, [payee])
    grid(
        p,
        "sb",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Transaction details", ""],
        [
            (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Debit Account", f"XXXXXXX{digits(rng, 4)}"], {}),
            (["Beneficiary Name", name], {"merchant": name}),
            (["Beneficiary Account", f"XXXXXXXX{acct_no[-4:]}"], {}),
            (["IFSC", f"BARB0{code(rng, 6, UPPER)}"], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Transaction Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
            (["Mode", way], {"method": "netbanking"}),
            (["Status", "Completed Successfully"], {"status": status}),
            (["Remarks", clip(purpose, 36)], {}),
        ],
        tint=(214, 230, 244),
    )
    p.add("gap")
    p.add("small", "This is a computer generated e-Receipt and does not require a signature.")
    return p.done()


# ---------------------------------------------------------------- 7. the members and staff


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The collective paying its member artisans, its master trainer and its shop's staff: a MAJDURI PARCHI /
    WAGE SLIP under the Kendra's Tirhuta and Hindi names (Parchi No., Date and Name written in, Work | Pieces
    | Rate | Amount written on its ruled columns, Total, Less: thread advance, Net paid Rs. in a box, "Paid in
    cash" by hand, the member's left thumb's impression); Airtel Thanks' UPI under a large tick ("Paid
    successfully", "to <member>" and her UPI ID, each label small over its value: UPI Ref. No., Date & time,
    From, Message); greytHR's payslip for the shop's sales assistant (Employee Name beside Employee No.,
    Designation beside Pay month; a table ruled on every side: Earnings | Amount | Deductions | Amount; Net
    Pay on a tinted panel and in words; dot leaders: Paid on, Mode, UTR, Status); mBandhan's IMPS failed to a
    member (a capsule, boxed fields: IMPS Ref No., Date, Beneficiary A/c, Reason); Navi's UPI Payment
    processing under a clock's mark (hairline rows: UPI transaction ID, Initiated on, Paid from); a member's
    own RECEIPT for her wages, printed to be signed with her thumb (Sl. No., Date left blank, "Received from
    <collective> the sum of Rs. x/- (...) in cash as wages for ...", Received by, Member No., her left thumb's
    impression; no day); YONO SBI's UPI to the master trainer (Paid to over her name, hairline rows: UPI Ref.
    No., Date, From, Remarks); the master trainer's HONORARIUM RECEIPT ("I, <trainer>, Master Trainer, have
    received Rs. x/- (...) ... by NEFT on <day>.", a revenue stamp signed across, her name under it; no
    reference). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=1200, high=24000, p_round=0.85)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    member = rng.choice(MEMBERS)
    dot = sign(font, "\u2022", "*")
    if k in (1, 3, 4):
        j.amount = rupees(rng, 900, 9000, 0.85)
    if k == 6:
        j.amount = rupees(rng, 3000, 9000, 0.85)
    if k == 0:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(248, 246, 238), (250, 248, 240)])
        p.part = "head"
        tirhuta(p, "सुजनी सिलाई केंद्र", scale=0.95)
        dev(p, f"{KENDRA_HI}, भूसरा", scale=1.0, bold=True)
        top(p, pick(p, "title", [KENDRA, KENDRA_CAPS]))
        p.add("center", "MAJDURI PARCHI / WAGE SLIP")
        p.add("rule")
        p.part = "body"
        no = str(rng.randrange(100, 900))
        cols(p, "mp", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Parchi No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", member, merchant=member)
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "mph", spec, "Work", "Pieces", "Rate", "Amount", mode="soft")
        start = len(p.rows)
        work = rng.sample(
            [
                ("Wall hanging, 24 x 36 in", 1, 3, 900, 1200),
                ("Cushion covers, pair", 3, 8, 160, 220),
                ("Dupatta border", 2, 5, 300, 420),
                ("Baby quilt", 1, 3, 600, 850),
                ("Table runner", 2, 5, 220, 300),
            ],
            2,
        )
        gross = 0.0
        for text, qlo, qhi, rlo, rhi in work:
            q, r = rng.randrange(qlo, qhi), rng.randrange(rlo, rhi, 10)
            hcells(p, spec, text, str(q), str(r), num(q * r, "indian", 0))
            gross += q * r
        ledger(p, start, [0.5, 0.62, 0.8])
        adv = float(rng.choice([0, 100, 150, 200]))
        j.amount = gross - adv
        spec2 = [(0.0, 0.74, "r"), (0.74, 1.0, "r")]
        cols(p, "mpt", spec2, "Total", num(gross, "indian", 0))
        cols(p, "mpt", spec2, "Less: thread advance", num(adv, "indian", 0))
        amtbox(p, "Net paid Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.3, amount=j.amount)
        write(p, "Paid in cash", method="cash", status=status)
        thumbprint(p, "Left thumb of the member")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share", "Done"))
        band(p, (226, 0, 28))
        app_head(p, "Airtel Thanks", "Airtel Payments Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Paid successfully", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {member}", merchant=member)
        p.add("small", f"{phone_no(rng)[:4]}XXXXXX@airtel")
        p.add("rule")
        for label, value, facts in [
            ("UPI Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Date & time", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), {"date": j.date}),
            ("From", f"Airtel Payments Bank {dot * 2}{digits(rng, 4)}", {"method": "UPI"}),
            (
                "Message",
                rng.choice(["majduri, 2 wall hangings", "cushion covers x6", "quilt border work"]),
                {},
            ),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "sujanisamiti.greythr.com/v3/portal/ess/payslips")
        p.part = "head"
        top(p, "greytHR")
        p.add("small", f"{SAMITI}  |  Payslip")
        p.add("rule")
        p.part = "body"
        name = rng.choice(["Priyanka Kumari", "Anjali Sahni", "Khushboo Raj"])
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
        colkv(
            p,
            "gh",
            spec,
            f"Employee Name: {name}",
            f"Employee No.: SA{rng.randrange(1, 30):03d}",
            merchant=name,
        )
        colkv(p, "gh", spec, "Designation: Sales assistant", f"Pay month: {when(month, '%B %Y')}")
        basic = float(rng.randrange(8000, 12000, 250))
        hra = round(basic * 0.2)
        conv = float(rng.choice([600, 800, 1000]))
        pf = round(basic * 0.12)
        esi = round((basic + hra + conv) * 0.0075)
        j.amount = basic + hra + conv - pf - esi
        grid(
            p,
            "gr",
            [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.48, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident fund", num(pf)], {}),
                (["HRA", num(hra), "ESI", num(esi)], {}),
                (["Conveyance", num(conv), "", ""], {}),
            ],
            tint=(226, 236, 232),
        )
        p.add("gap")
        panel(p, "Net Pay", rs(j.amount), (226, 240, 232), amount=j.amount)
        p.add("small", f"Net Pay in words: {words_in_rupees(j.amount)}")
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        dots(p, "Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.3, date=j.date)
        dots(p, "Mode", "Bank transfer (NEFT)", at=0.3, method="netbanking")
        dots(p, "UTR", utr, at=0.3, txn=(UTR_RANK, utr))
        dots(p, "Status", "Credited", at=0.3, status=status)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transfer status"], dark=False, buttons=("Try again",))
        band(p, (200, 28, 60))
        app_head(p, "mBandhan", "Bandhan Bank")
        pill(p, "IMPS failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {member}", merchant=member)
        p.add("small", "Majduri, Sujani panels")
        p.add("gap")
        field(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        field(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        field(p, "Beneficiary A/c", f"XXXXXX{digits(rng, 4)} (Bihar Gramin Bank)")
        field(p, "Reason", "Account frozen, KYC pending")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Refresh",))
        band(p, (20, 52, 120))
        app_head(p, "Navi", "UPI")
        sicon(p, status)
        p.add("center", "Payment processing", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {member}", merchant=member)
        p.add("small", "The receiver's bank is slow to respond. It can take up to 24 hours.")
        p.add("rule")
        kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        kvr(p, "Paid from", f"PNB {dot * 4}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        p.add("center", "RECEIPT")
        p.add("rule")
        p.part = "body"
        sl = str(rng.randrange(10, 400))
        cols(
            p,
            "rc",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Sl. No. {sl}",
            "Date ..............",
            txn=(INVOICE_RANK, sl),
        )
        p.add("gap")
        j.amount = float(rng.randrange(900, 6000, 50))
        work = rng.choice(
            ["two Sujani wall hangings", "six pairs of cushion covers", "a Sujani quilt's border"]
        )
        p.add(
            "left",
            f"Received from {SAMITI} the sum of Rs. {num(j.amount, 'indian', 0)}/- "
            f"({words_in_rupees(j.amount)}) in cash as wages for {work}.",
            amount=j.amount,
            method="cash",
            status=status,
        )
        p.add("gap")
        p.add("left", f"Received by: {member}", merchant=member)
        p.add("left", f"Member No.: BSS/{rng.randrange(20, 480)}")
        thumbprint(p, "Left thumb impression")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (40, 0, 110))
        app_head(p, "YONO SBI", "UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        trainer = rng.choice(["Kanchan Devi", "Sudha Kumari", "Meera Devi"])
        lab(p, "Paid to")
        p.add("left", trainer, merchant=trainer)
        p.add("rule")
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "From", f"SBI {dot * 2}{digits(rng, 4)}", method="UPI")
        kvr(p, "Remarks", f"trainer fee, {when(j.date, '%B')}")
        return p.done()
    p = sheet_page(rng, font, [700, 740])
    p.part = "head"
    p.add("center", "HONORARIUM RECEIPT")
    p.add("rule")
    p.part = "body"
    trainer = rng.choice(["Kanchan Devi", "Sudha Kumari", "Meera Devi"])
    j.amount = float(rng.choice([4500, 6000, 7500, 9000]))
    start_ = j.date - dt.timedelta(days=rng.randrange(20, 40))
    typeface(p)
    p.add(
        "left",
        f"I, {trainer}, Master Trainer, have received Rs. {num(j.amount, 'indian', 0)}/- "
        f"({words_in_rupees(j.amount)}) from the Secretary, {SAMITI}, as honorarium for the Sujani training of "
        f"30 women held from {when(start_, '{d} %B')} to {when(start_ + dt.timedelta(days=14), '{d} %B %Y')} "
        "under NABARD's MEDP, by NEFT on "
        f"{day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])}.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=status,
    )
    p.add("gap")
    revenue(p, trainer.split()[0])
    p.add("right", f"({trainer})", merchant=trainer)
    p.add("right", "Master Trainer")
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority on top or as named: Muzaffarpur Nagar Nigam's holding tax
    page under its Hindi name, each label in Hindi over its English (Holding No., Ward, Owner, Assessment
    year, Holding tax, Water tax, Education cess, Total paid, Payment mode, Transaction No., Status Paid; no
    day); OGRAS Bihar's e-Challan receipt for the co-operative audit fee (a table ruled on every side: GRN,
    Department, Head of account, Remitter, Amount, Bank, BRN, Payment date, Status); East Central Railway's
    letter of a One Station One Product stall at Muzaffarpur Junction under its Hindi name with its folds (No.
    beside its later Date:, To, Sub:, "the stall fee of Rs. x/- (...) for n days paid by you by UPI on <day>
    has been received. The OSOP stall ... is allotted to you from <day> ..."; no reference); ESIC's challan
    pending with the bank (a capsule, shaded label cells: Employer Code, Challan No., Contribution period,
    Amount, Mode, Transaction ID, Payment initiated on); the Commercial Taxes Department's profession tax
    Payment Failed on a tinted band under its Hindi name (dot leaders: PTRN, Name, Period, Amount, Mode,
    Transaction Ref. No., Date, Reason); the Geographical Indications Registry's e-Receipt for the Sujini
    embroidery's authorised user, each label against a gutter (CBR No., Application No., GI, Form, Fee,
    Payment mode, Bank transaction ID, Date; "Payment received."); the Government of Bihar's e-Stamp
    certificate for the shop's lease, typed under INDIA NON JUDICIAL on its tinted paper and watermark
    (Certificate No., Certificate Issued Date, Account Reference, Purchased by, Description of Document,
    Property Description, Consideration Price (Rs.), First Party, Second Party, Stamp Duty Paid By, Stamp Duty
    Amount(Rs.); no way of paying); the e-Challan portal's payment receipt for the delivery e-rickshaw (State
    and Department on a line, a striped table: Challan No., Challan date, Vehicle No., Offence, Amount,
    Payment mode, Transaction ID, Payment date, Status; a QR code). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 0, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "emunicipal.bihar.gov.in/muzaffarpur/holdingtax/status")
        p.part = "head"
        dev(p, "मुजफ्फरपुर नगर निगम", scale=1.1, bold=True)
        name = "Muzaffarpur Nagar Nigam"
        top(p, name, merchant=name)
        p.add("small", "e-Municipality, Bihar  |  Holding tax")
        p.add("rule")
        p.part = "body"
        house = float(rng.randrange(1200, 6000, 10))
        water = float(round(house * 0.25))
        edu = float(round(house * 0.05))
        j.amount = house + water + edu
        tno = f"MNN{digits(rng, 12)}"
        for hi, en, value, facts in [
            ("होल्डिंग संख्या", "Holding No.", f"{rng.randrange(1, 48):02d}/{rng.randrange(100, 999)}", {}),
            ("वार्ड", "Ward", f"{rng.randrange(1, 49)} (Motijheel)", {}),
            ("स्वामी", "Owner", clip(SAMITI, 40), {}),
            ("निर्धारण वर्ष", "Assessment year", "2026-27", {}),
            ("होल्डिंग टैक्स", "Holding tax", num(house), {}),
            ("जल कर", "Water tax", num(water), {}),
            ("शिक्षा उपकर", "Education cess", num(edu), {}),
            ("कुल भुगतान", "Total paid", rs(j.amount), {"amount": j.amount}),
            ("भुगतान माध्यम", "Payment mode", "UPI", {"method": "UPI"}),
            ("लेनदेन संख्या", "Transaction No.", tno, {"txn": (TXN_RANK, tno)}),
            ("स्थिति", "Status", "Paid", {"status": status}),
        ]:
            dlab(p, hi, en, value, at=0.36, **facts)
        p.add("small", "The holding tax for the assessment year shown above stands paid.")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "ogras.bihar.gov.in/ogras/challan/receipt")
        p.part = "head"
        top(p, "OGRAS Bihar")
        p.add("small", "Online Government Receipt Accounting System  |  Finance Department")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(1500, 18000, 100))
        grn = f"{j.date:%y}{digits(rng, 11)}"
        brn = f"{digits(rng, 10)}"
        dept = "Co-operative Department, Bihar"
        name = h273.cell_name(p, 0.62, [dept], scale=1.0)
        grid(
            p,
            "og",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["e-Challan receipt", ""],
            [
                (["GRN", grn], {"txn": (TXN_RANK, grn)}),
                (["Department", name], {"merchant": name}),
                (["Head of account", "0425-00-800-0001 (Audit fee)"], {}),
                (["Remitter", clip(SAMITI, 42)], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank", "State Bank of India (Net Banking)"], {"method": "netbanking"}),
                (["BRN", brn], {"txn": (BANK_RANK, brn)}),
                (["Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Status", "Success"], {"status": status}),
            ],
            tint=(226, 234, 226),
        )
        p.add("gap")
        p.add("small", "Audit fee for 2025-26 under the Bihar Self-Supporting Co-operative Societies Act.")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [740, 780])
        folds(p)
        p.part = "head"
        dev(p, "पूर्व मध्य रेल", scale=1.05, bold=True)
        name = "East Central Railway"
        top(p, name, merchant=name)
        p.add("small", "Sonpur Division  |  Office of the Sr. Divisional Commercial Manager")
        p.add("rule")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(1, 6))
        cols(
            p,
            "ec",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"No. C/OSOP/MFP/{rng.randrange(10, 99)}/{j.date.year}",
            f"Date: {when(later, '%d.%m.%Y')}",
        )
        p.add("gap")
        p.add("left", "To,")
        p.add("left", f"The Secretary, {clip(SAMITI, 46)}")
        p.add("left", OFFICE)
        p.add("gap")
        p.add("left", "Sub: One Station One Product stall at Muzaffarpur Junction")
        p.add("gap")
        days_ = rng.choice([15, 30])
        j.amount = 1500.0 if days_ == 15 else 3000.0
        first = later + dt.timedelta(days=rng.randrange(3, 10))
        p.add(
            "left",
            f"Madam, the stall fee of Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) for "
            f"{days_} days paid by you by UPI on {day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} has been received. The "
            f"OSOP stall on platform 1 is allotted to you from {when(first, '{d} %B %Y')} for Sujani embroidery.",
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
        )
        p.add("gap")
        sig(p)
        right(p, "Divisional Commercial Manager")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.esic.gov.in/EmployerPortal/ChallanStatus")
        p.part = "head"
        name = pick(p, "title", ["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour and Employment  |  Employer portal")
        p.add("rule")
        p.part = "body"
        pill(p, "Challan pending - awaiting bank confirmation", status, align="l")
        p.add("small", "Do not pay again. The status updates once the bank confirms the payment.")
        p.add("gap")
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        j.amount = float(rng.randrange(600, 4800, 1))
        cno = f"{digits(rng, 14)}"
        tid = f"ESIC{digits(rng, 12)}"
        kv(p, "Employer Code", f"421{digits(rng, 14)}", at=0.4)
        kv(p, "Challan No.", cno, at=0.4, txn=(INVOICE_RANK, cno))
        kv(p, "Contribution period", when(month, "%B %Y"), at=0.4)
        kv(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
        kv(p, "Mode", "Net Banking (Punjab National Bank)", at=0.4, method="netbanking")
        kv(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        kv(
            p,
            "Payment initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)),
            at=0.4,
            date=j.date,
        )
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "state.bihar.gov.in/biharcomtax/ptax/payment")
        p.part = "head"
        dev(p, "वाणिज्य-कर विभाग, बिहार", scale=1.0, bold=True)
        name = pick(p, "title", ["Commercial Taxes Department, Bihar", "Commercial Taxes Dept., Bihar"])
        top(p, name, merchant=name)
        p.add("small", "Profession tax  |  e-Payment")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment Failed", status)
        p.add("gap")
        j.amount = 2500.0
        tref = f"CTD{digits(rng, 12)}"
        for label, value, facts in [
            ("PTRN", f"PT10{digits(rng, 9)}", {}),
            ("Name", clip(SAMITI, 40), {}),
            ("Period", "2026-27", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Mode", f"Debit card {masked(rng, font)}", {"method": "card"}),
            ("Transaction Ref. No.", tref, {"txn": (TXN_RANK, tref)}),
            ("Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
            ("Reason", "Card declined by the issuing bank", {}),
        ]:
            dots(p, label, value, at=0.38, **facts)
        p.add("small", "No amount was debited. Please pay again before the due date.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "ipindiaonline.gov.in/giregistry/ereceipt")
        p.part = "head"
        name = "Geographical Indications Registry"
        top(p, name, merchant=name)
        p.add("small", "Intellectual Property India  |  Chennai  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([10, 100, 500]))
        cbr = f"{rng.randrange(1000, 9999)}{digits(rng, 2)}"
        bref = f"{digits(rng, 12)}"
        for label, value, facts in [
            ("CBR No.", cbr, {"txn": (INVOICE_RANK, cbr)}),
            ("Application No.", f"AU/{rng.randrange(1000, 9999)}/GI/{j.date.year}", {}),
            ("GI", "Sujini Embroidery Work of Bihar", {}),
            ("Form", "GI-3A (authorised user)", {}),
            ("Fee", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", "Net Banking", {"method": "netbanking"}),
            ("Bank transaction ID", bref, {"txn": (BANK_RANK, bref)}),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
        ]:
            gutter(p, "gi", label, value, at=0.38, **facts)
        p.add("gap")
        p.add("left", "Payment received. Keep the CBR No. for every query.", status=status)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(246, 240, 250), (240, 246, 250)])
        watermark(p, "e-Stamp", (150, 110, 170), alpha=30)
        p.part = "head"
        top(p, "INDIA NON JUDICIAL")
        name = "Government of Bihar"
        p.add("center", name, merchant=name)
        p.add("center", "e-Stamp")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1200, 1800, 2400, 3600]))
        rent = float(rng.choice([8000, 10000, 12000]))
        cno = f"IN-BR{digits(rng, 14)}{code(rng, 1, UPPER)}"
        width_ = h271.tt_cols(p)
        for label, value, facts in [
            ("Certificate No.", cno, {"txn": (INVOICE_RANK, cno)}),
            ("Certificate Issued Date", f"{when(j.date, '%d-%b-%Y')} {hhmm(rng)}", {"date": j.date}),
            ("Account Reference", "SHCIL (FI)/ brshcil01/ MUZAFFARPUR/ BR-MZ", {}),
            ("Purchased by", clip(SAMITI_CAPS, width_ - 26), {}),
            ("Description of Document", "Article 35 Lease", {}),
            ("Property Description", "Shop 7, Motijheel, Muzaffarpur", {}),
            ("Consideration Price (Rs.)", num(rent * 11, "indian", 0), {}),
            ("First Party", "RAJESH KUMAR GUPTA", {}),
            ("Second Party", clip(SAMITI_CAPS, width_ - 26), {}),
            ("Stamp Duty Paid By", clip(SAMITI_CAPS, width_ - 26), {}),
            (
                "Stamp Duty Amount(Rs.)",
                f"{num(j.amount, 'indian', 0)} ({words_in_rupees(j.amount).replace('Rupees ', '')})",
                {"amount": j.amount, "status": status},
            ),
        ]:
            typed(p, f"{label:<25} : {value}", **facts)
        p.add("gap")
        p.add("center", "Please write or type below this line")
        p.add("rule")
        return p.done()
    p = browser_page(rng, font, "echallan.parivahan.gov.in/index/payment-receipt")
    p.part = "head"
    top(p, "e-Challan")
    p.add("small", "Ministry of Road Transport and Highways  |  Payment receipt")
    p.add("rule")
    p.part = "body"
    dept = "Transport Department, Bihar"
    p.add("left", f"State: Bihar  |  Department: {dept}", merchant=dept)
    p.add("gap")
    j.amount = float(rng.choice([500, 1000, 2000]))
    offence = earlier(rng, j, 2, 20)
    cno = f"BR{digits(rng, 6)}{offence:%y%m%d}{digits(rng, 4)}"
    tid = f"PAR{digits(rng, 12)}"
    zebra(
        p,
        "ep",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Challan details", ""],
        [
            (["Challan No.", cno], {}),
            (["Challan date", when(offence, "%d-%m-%Y")], {}),
            (["Vehicle No.", f"BR06 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)} (e-rickshaw)"], {}),
            (["Offence", "Parking on the carriageway"], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Payment mode", "UPI"], {"method": "UPI"}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Payment date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
            (["Status", "Paid"], {"status": status}),
        ],
        (30, 80, 150),
    )
    p.add("gap")
    qr(p, f"echallan{cno}", "r", 4)
    p.add("small", "The challan is disposed of on payment. Scan to verify.")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "to" and "paid to" on an app): New
    India Assurance's PREMIUM RECEIPT for the shop's stock (shaded label cells: Receipt No., Receipt Date,
    Received from, Policy No., Premium, CGST 9%, SGST 9%, Total, Mode, UTR; "Received with thanks the premium
    above ..."); Oriental Insurance's agent's PREMIUM DEPOSIT RECEIPT filled in by hand (No. printed, Date,
    Received from, towards, Rs. in a box, Cash | Cheque | DD with Cash ticked, "Received the premium above");
    ICICI Lombard's IL TakeCare with the payment failed under a large cross ("to <insurer>"; boxed fields:
    Proposal No., Transaction ID, Amount, Payment mode, Attempted on); Bajaj General's mail of a policy issued
    (a card: Premium paid (incl. GST), Payment reference, Payment date, Payment mode, Policy No.; a PDF's
    chip); SBI General's Payment under process (a capsule, dot leaders: Quote No., Product, Premium (incl.
    GST), Payment Reference No., Mode, Initiated on); IFFCO-TOKIO's PREMIUM RECEIPT CUM TAX INVOICE for the
    members' group accident cover (Receipt No. beside Date, Insured, a striped table: Net premium, CGST 9%,
    SGST 9%, Total premium; Paid by, UPI Ref.); Niva Bupa's app with the group health cover renewed (a Renewal
    successful capsule, "paid to <insurer>", "Today, <hour>": no day; Payment ID, Paid via, Policy, Members);
    LIC's letter under its Hindi name with its folds of the staff gratuity contribution received (Ref: beside
    its later Date:, "we acknowledge with thanks the contribution of Rs. x/- (...) received by NEFT on <day>
    ..."; no reference). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=1500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["The New India Assurance Co. Ltd.", "New India Assurance"])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Club Road, Muzaffarpur  |  IRDAI Reg. No. 190")
        p.add("center", "PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"{rng.randrange(500000, 599999)}{digits(rng, 6)}"
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        half = round(gst / 2, 2)
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Received from", clip(SAMITI, 42), {}),
            ("Policy No.", f"5{digits(rng, 5)}11{digits(rng, 8)}", {}),
            ("Premium", num(base), {}),
            ("CGST 9%", num(half), {}),
            ("SGST 9%", num(gst - half), {}),
            ("Total", rs(j.amount), {"amount": j.amount}),
            ("Mode", "NEFT", {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            kv(p, label, value, at=0.34, **facts)
        p.add("gap")
        p.add(
            "left",
            "Received with thanks the premium above for the Bharat Sookshma Udyam Suraksha policy.",
            status=status,
        )
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = (246, 248, 250)
        p.part = "head"
        name = pick(p, "title", ["The Oriental Insurance Co. Ltd.", "Oriental Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Branch Office, Muzaffarpur  |  Agent's premium receipt")
        p.add("center", "PREMIUM DEPOSIT RECEIPT")
        p.part = "body"
        no = f"{rng.randrange(1, 99999):06d}"
        cols(p, "or", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        j.amount = float(rng.randrange(1800, 9000, 1))
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Received from", clip(SAMITI, 38))
        blank(p, "towards", "Fire policy, Sujani Bhawan, renewal")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian')}", amount=j.amount)
        ticks(p, ["Cash", "Cheque", "DD"], 0, method="cash")
        write(p, "Received the premium above", status=status)
        p.add("gap")
        right(p, "Agent's signature (code 0412)")
        return p.done()
    if k == 2:
        name = "ICICI Lombard General Insurance Co. Ltd."
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (150, 30, 40))
        app_head(p, "IL TakeCare", "ICICI Lombard")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"to {name}", "to ICICI Lombard General Insurance"])[3:]
        p.add("center", f"to {shown}", merchant=shown)
        p.add("small", "The payment could not be completed. Your proposal is saved for 7 days.")
        p.add("gap")
        tid = f"ILT{digits(rng, 12)}"
        field(p, "Proposal No.", f"P{digits(rng, 10)}")
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Amount", rs(j.amount))
        field(p, "Payment mode", "UPI", method="UPI")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        name = "Bajaj General Insurance Limited"
        p = mail_page(
            rng,
            font,
            "Bajaj General <policy@bajajgeneral.in>",
            ["Your policy is issued", "Policy document attached"],
        )
        p.part = "head"
        shown = pick(p, "title", [name, "Bajaj General Insurance"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {SECRETARY},")
        p.add(
            "left",
            "Thank you for your payment. Your Shopkeeper's policy for Sujani Angan is issued.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        pid = f"BG{j.date:%y%m%d}{digits(rng, 8)}"
        p.pair("Premium paid (incl. GST)", rs(j.amount), amount=j.amount)
        p.pair("Payment reference", pid, txn=(TXN_RANK, pid))
        p.pair("Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        p.pair("Payment mode", f"Credit card {masked(rng, font)}", method="card")
        p.pair("Policy No.", f"OG-27-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 8)}")
        card_close(p, c)
        p.add("gap")
        attachment(p, "Policy_Schedule.pdf", f"PDF  |  {rng.randrange(180, 600)} KB")
        p.add("gap")
        p.add("small", "Bajaj General Insurance Limited. IRDAI Reg. No. 113.")
        return p.done()
    if k == 4:
        name = "SBI General Insurance Co. Ltd."
        p = browser_page(rng, font, "www.sbigeneral.in/portal/payment/status")
        p.part = "head"
        shown = pick(p, "title", [name, "SBI General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Shop insurance  |  Payment status")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment under process", status, align="l")
        p.add("small", "Your bank has not confirmed the payment yet. The policy is issued once it does.")
        p.add("gap")
        pref = f"SBIG{digits(rng, 12)}"
        for label, value, facts in [
            ("Quote No.", f"Q{digits(rng, 10)}", {}),
            ("Product", "Bharat Sookshma Udyam Suraksha", {}),
            ("Premium (incl. GST)", rs(j.amount), {"amount": j.amount}),
            ("Payment Reference No.", pref, {"txn": (TXN_RANK, pref)}),
            ("Mode", "Net Banking", {"method": "netbanking"}),
            ("Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), {"date": j.date}),
        ]:
            dots(p, label, value, at=0.42, **facts)
        return p.done()
    if k == 5:
        name = "IFFCO-TOKIO General Insurance Co. Ltd."
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        shown = pick(p, "title", [name, "IFFCO-TOKIO General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Patna Regional Office  |  Group personal accident")
        p.add("center", "PREMIUM RECEIPT CUM TAX INVOICE")
        p.add("rule")
        p.part = "body"
        rno = f"{digits(rng, 8)}"
        cols(
            p,
            "if",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        lives = rng.choice([30, 40, 52])
        p.add("left", f"Insured: {clip(SAMITI, 44)} ({lives} members)")
        half = round(gst / 2, 2)
        zebra(
            p,
            "ift",
            [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
            ["Premium", "Rs."],
            [
                ([f"Net premium ({lives} lives)", num(base)], {}),
                (["CGST 9%", num(half)], {}),
                (["SGST 9%", num(gst - half)], {}),
            ],
            (0, 110, 60),
        )
        total(p, "Total premium", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "ifp", spec, "Paid by", "UPI", method="UPI", status=status)
        cols(p, "ifp", spec, "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", "Premium received. Cover as per the policy schedule.")
        return p.done()
    if k == 6:
        name = "Niva Bupa Health Insurance Co. Ltd."
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("View policy",))
        band(p, (0, 76, 152))
        j.amount = rupees(rng, 18000, 60000, 0.4)
        app_head(p, "Niva Bupa", "Health insurance")
        pill(p, "Renewal successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"paid to {name}", "paid to Niva Bupa Health Insurance"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"NB{code(rng, 4, UPPER)}{digits(rng, 10)}"
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "Policy", "Group health, 1 year")
        kvr(p, "Members", str(rng.randrange(10, 30)))
        return p.done()
    name = "Life Insurance Corporation of India"
    p = sheet_page(rng, font, [740, 780])
    folds(p)
    p.part = "head"
    dev(p, "भारतीय जीवन बीमा निगम", scale=1.05, bold=True)
    shown = pick(p, "title", [name, "LIC of India"])
    top(p, shown, merchant=shown)
    p.add("small", "Pension and Group Schemes Unit, Patna  |  Jeevan Deep, Exhibition Road")
    p.add("rule")
    p.part = "body"
    later = j.date + dt.timedelta(days=rng.randrange(3, 12))
    cols(
        p,
        "li",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"Ref: P&GS/GGCA/{rng.randrange(1000, 9999)}",
        f"Date: {when(later, '%d.%m.%Y')}",
    )
    p.add("gap")
    p.add("left", "To,")
    p.add("left", "The Secretary,")
    p.add("left", clip(SAMITI, 48))
    p.add("left", OFFICE)
    p.add("gap")
    p.add("left", "Sub: Group Gratuity Cash Accumulation scheme, your staff's contribution")
    p.add("gap")
    j.amount = float(rng.randrange(8000, 48000, 100))
    p.add(
        "left",
        f"Dear Madam, we acknowledge with thanks the contribution of Rs. {num(j.amount, 'indian', 0)}/- "
        f"({words_in_rupees(j.amount)}) received by NEFT on {day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} for "
        "the year 2026-27. The statement of account follows.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=status,
    )
    p.add("gap")
    sig(p)
    right(p, "Manager (P&GS)")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("SUJANI ANGAN", "MOTIJHEEL, MUZAFFARPUR", "PINE LABS", "pine"),
    ("SUJANI ANGAN - SONEPUR MELA", "STALL 41, SONEPUR MELA", "Paytm", "paytm"),
    ("SUJANI SILAI KENDRA", "BHUSURA, GAIGHAT", "AIRPAY", "pending"),
    ("HOTEL LICHCHAVI", "SUTAPATTI ROAD, MUZAFFARPUR", "AXIS BANK", "axis"),
    ("BHARAT THREAD AND NEEDLE CO", "KALYANI CHOWK, MUZAFFARPUR", "ICICI MERCHANT SERVICES", "fiserv"),
    ("TIRHUT MEDICAL HALL", "JURAN CHHAPRA, MUZAFFARPUR", "BANK OF BARODA", "declined"),
    ("MAA TARA FAMILY RESTAURANT", "MELA ROAD, SONEPUR", "", "restaurant"),
    ("SUJANI SILAI KENDRA", "BHUSURA, GAIGHAT", "SmartHub Vyapar", "tap"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on Sujani Angan's, the Sonepur Mela stall's and the Kendra's terminals and on the Kendra's phone,
    and the collective's card at a Muzaffarpur hotel, a thread shop, a chemist and a Sonepur restaurant: Pine
    Labs' SALE slip at Sujani Angan (two fields to a line: TID and MID, DATE and TIME, BATCH NO and INV NO;
    the card CHIP, APPR CODE, RRN, TOTAL AMT, TXN APPROVED, PIN VERIFIED OK); Paytm's CARD PAYMENT - SALE slip
    at the Sonepur Mela stall in the Mela's days (Date & Time, TID, MID, Card (TAP), Auth Code, RRN, Paytm Txn
    ID, Amount, Payment Successful); Airpay's SALE slip at the Kendra with the host timed out (DATE, TIME,
    TID, INV, CARD, AMOUNT, TXN TIMED OUT, STATUS: PENDING - DO NOT RETRY); Axis Bank's SALE slip at a hotel,
    each label padded to its colon (DATE, TIME, MID, TID, BATCH, INV, CARD with its scheme under it, EXP,
    AUTH, RRN, AMOUNT, APPROVED); ICICI Merchant Services' SALE slip at a thread shop (Card Type, Card No,
    Entry Mode, Date/Time, Batch No, Invoice No, Approval Code, RRN, Total, APPROVED); Bank of Baroda's
    DECLINED slip at a chemist (RESP: 55 INCORRECT PIN); a Sonepur restaurant's TAX INVOICE settled by card in
    the Mela's days (Date, Table, its dishes, Sub Total, CGST 2.5%, SGST 2.5%, Round off, Grand Total,
    "Settled CARD"; no number, no reference); HDFC Bank's SmartHub Vyapar Tap to Pay on the Kendra's phone
    (the Kendra under the app, a Payment received capsule, the sum, hairline rows: Card, Approval code, RRN,
    Time alone; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=500, high=26000)
    name, town, brand, layout = COUNTERS[k]
    if layout in ("paytm", "restaurant"):
        shift(j, rng, SONEPUR + dt.timedelta(days=rng.randrange(0, 31)))

    if layout in ("fiserv", "declined", "restaurant"):
        j.amount = rupees(rng, 350, 6500, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "tap":
        p = phone(rng, font, k, ["", "Tap to Pay"], dark=False, buttons=("Print", "New sale"))
        band(p, (0, 64, 140))
        app_head(p, "SmartHub Vyapar", "HDFC Bank  |  Tap to Pay")
        shown = pick(p, "center", [name, "SUJANI SILAI KENDRA"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        pill(p, "Payment received", status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("rule")
        kvr(p, "Card", f"{scheme} **{last4} (contactless)", method="card")
        kvr(p, "Approval code", appr, txn=(APPR_RANK, appr))
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Time", hhmm(rng))
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.7:
        h269.torn(p)
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    if layout == "restaurant":
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", town)
        p.add("small", f"GSTIN {gstin_of(rng)}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.pair("Date", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("Table", f"{rng.randrange(1, 20)}  Covers {rng.randrange(2, 7)}")
        p.add("rule")
        dishes = [
            ("LITTI CHOKHA (4)", 160),
            ("VEG THALI", 180),
            ("DAL PITHA", 120),
            ("MALPUA (2)", 80),
            ("LASSI", 60),
            ("MASALA CHAI", 20),
            ("CHICKEN CURRY", 240),
            ("TANDOORI ROTI", 15),
        ]
        sub = 0.0
        for dish, price in rng.sample(dishes, 4):
            q = rng.randrange(1, 5)
            p.pair(f"{dish} x{q}", num(q * price, "plain"))
            sub += q * price
        gst = round(sub * 0.025, 2)
        j.amount = round(sub + 2 * gst)
        p.add("rule")
        p.pair("Sub Total", num(sub, "plain"))
        p.pair("CGST 2.5%", num(gst, "plain"))
        p.pair("SGST 2.5%", num(gst, "plain"))
        p.pair("Round off", num(j.amount - sub - 2 * gst, "plain"))
        p.pair("Grand Total", f"Rs.{num(float(j.amount), 'plain')}", amount=float(j.amount))
        j.amount = float(j.amount)
        p.add("rule")
        p.pair("Settled", "CARD", method="card", status=status)
        p.add("center", "THANK YOU, VISIT AGAIN")
        return p.done()
    p.part = "head"
    if brand:
        p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pine":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"TID:{tid}   MID:{mid[:10]}")
        p.add("left", f"DATE:{when(j.date, '%d/%m/%y')}   TIME:{t}", date=j.date)
        p.add("left", f"BATCH NO:{batch[-4:]}   INV NO:{inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme}  ************{last4}  CHIP", method="card")
        p.add("left", f"APPR CODE:{appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL AMT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK. SIGNATURE NOT REQUIRED.")
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "paytm":
        p.add("center", "CARD PAYMENT - SALE")
        p.add("rule")
        ptx = f"{digits(rng, 20)}"
        p.add("left", f"Date & Time: {when(j.date, '%d-%b-%Y')} {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("MID", mid[:12])
        p.pair("Card", f"{scheme} XX{last4} (TAP)", method="card")
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("left", "Paytm Txn ID")
        p.add("right", ptx, txn=(TXN_RANK, ptx))
        p.add("rule")
        p.pair("Amount", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "Payment Successful", status=status)
        p.add("small", "Powered by Paytm. Customer copy.")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN TIMED OUT")
        p.add("center", "STATUS: PENDING - DO NOT RETRY", status=status)
        p.add("small", "Amount, if debited, is settled or reversed in 24 hours.")
    elif layout == "axis":
        p.add("center", "SALE")
        p.add("rule")
        for label, value, facts in [
            ("DATE", when(j.date, "%d-%m-%Y"), {"date": j.date}),
            ("TIME", t, {}),
            ("MID", mid[:12], {}),
            ("TID", tid, {}),
            ("BATCH", batch, {}),
            ("INV", inv, {"txn": (INVOICE_RANK, inv)}),
            ("CARD", f"XXXX XXXX XXXX {last4}", {"method": "card"}),
            ("", f"{scheme} CHIP", {}),
            ("EXP", "**/**", {}),
            ("AUTH", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            p.add("left", f"{label:<6}: {value}" if label else f"{'':<8}{value}", **facts)
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", f"GUEST ROOM {rng.randrange(101, 320)}. THANK YOU.")
    elif layout == "fiserv":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("Card Type", scheme)
        p.pair("Card No", f"XXXX{last4}", method="card")
        p.pair("Entry Mode", "CONTACTLESS")
        p.pair("Date/Time", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        p.pair("Batch No", batch[-3:])
        p.pair("Invoice No", inv, txn=(INVOICE_RANK, inv))
        p.pair("Approval Code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("Total", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "NO SIGNATURE REQUIRED")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXXXX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "RESP: 55 INCORRECT PIN")
        p.add("small", "NO AMOUNT DEBITED. PLEASE TRY AGAIN.")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


POWER = "North Bihar Power Distribution Company Ltd"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra's, Sujani Bhawan's and the shop's bills: the Bihar Smart Meter app's prepaid Recharge
    successful under a large tick ("for <power company>", hairline rows: Consumer ID, Meter No., Transaction
    ID, Date & Time, Payment mode, Balance after recharge); a Common Service Centre's Digital Seva ELECTRICITY
    BILL PAYMENT RECEIPT for the power bill paid there in cash, typed (Biller, CA No., Consumer name, Bill
    month, Amount paid, Mode, Transaction ID, Date, Status, VLE); IndianOil ONE's Indane refill with the
    payment pending (steps left to right, a capsule, "for Indane", hairline rows: Booking No., Transaction ID,
    Paid via, Distributor, Initiated on); MyJio's JioFiber bill paid under a large tick ("paid for JioFiber",
    Service ID, Transaction ID, Payment mode, Date); Airtel Thanks' DTH Recharge successful ("for Airtel
    Digital TV", "Yesterday, <hour>": no day; Customer ID, Order ID, Payment mode); Dish TV's Recharge failed
    on a tinted band (boxed fields: VC No., Amount, Payment mode, Transaction ID, Attempted on); Muzaffarpur
    Nagar Nigam's USER CHARGE RECEIPT (SOLID WASTE) filled in by hand (No. left blank, Ward, Date, Received
    from, Month(s), Rs. in a box, by cash, "Received"; no reference); Google Pay's bill payment for Airtel
    Xstream Fiber (the biller's initials over its name, the sum, Payment successful with the day and hour, a
    card: Customer ID, UPI transaction ID, Bharat BillPay ID, Paid from). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=300, high=9000)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "Rs"))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        band(p, (0, 96, 180))
        app_head(p, "Bihar Smart Meter", "NBPDCL  |  Prepaid")
        sicon(p, status)
        p.add("center", "Recharge successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 3000]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(
            p, "center", [f"for {POWER}", "for North Bihar Power Distribution Co. Ltd", "for NBPDCL"]
        )[4:]
        p.add("center", f"for {name}", merchant=name)
        p.add("rule")
        tid = f"SM{j.date:%y%m%d}{digits(rng, 10)}"
        kvr(p, "Consumer ID", digits(rng, 11))
        kvr(p, "Meter No.", f"GP{digits(rng, 8)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Balance after recharge", rs(round(j.amount + rupees(rng, 40, 900, 0.0), 2)))
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = (252, 252, 252)
        p.part = "head"
        p.add("center", "CSC e-Governance Services India Ltd")
        p.add("small", "Digital Seva  |  Common Service Centre, Gaighat")
        p.add("center", "ELECTRICITY BILL PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(600, 5200, 1))
        width_ = h271.tt_cols(p)
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        tid = f"CSC{digits(rng, 12)}"
        biller = "NBPDCL"
        for label, value, facts in [
            ("Biller", biller, {"merchant": biller}),
            ("CA No.", digits(rng, 9), {}),
            ("Consumer name", clip(KENDRA_CAPS, width_ - 17), {}),
            ("Bill month", when(month, "%b-%Y").upper(), {}),
            ("Amount paid", num(j.amount, "western"), {"amount": j.amount}),
            ("Mode", "Cash", {"method": "cash"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Date", f"{when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", {"date": j.date}),
            ("Status", "SUCCESS", {"status": status}),
            ("VLE", f"Ramesh Sahni ({digits(rng, 12)})", {}),
        ]:
            typed(p, f"{label:<15}: {value}", **facts)
        p.add("gap")
        p.add("small", "North Bihar Power Distribution Company Ltd. Keep this receipt.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Refresh",))
        band(p, (242, 110, 24))
        app_head(p, "IndianOil ONE", "Indane LPG")
        track(p, ["Booked", "Payment", "Delivered"], "dpt")
        pill(p, "Payment pending", status)
        j.amount, cyl = rng.choice(
            [
                (853.5, "14.2 kg domestic"),
                (868.0, "14.2 kg domestic"),
                (1795.5, "19 kg commercial"),
                (1830.0, "19 kg commercial"),
            ]
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Indane", merchant="Indane")
        p.add("small", f"{cyl} cylinder  |  We are waiting for your bank")
        p.add("rule")
        tid = f"IOC{j.date:%y%m%d}{digits(rng, 8)}"
        kvr(p, "Booking No.", digits(rng, 10))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "Distributor", "Gaighat Indane Gramin Vitrak")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (14, 58, 160))
        app_head(p, "MyJio", "JioFiber")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([399, 599, 999, 1499, 2097]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "paid for JioFiber", merchant="JioFiber")
        p.add("rule")
        tid = f"BR{digits(rng, 14)}"
        kvr(p, "Service ID", digits(rng, 10))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", f"Credit card {dot * 4} {digits(rng, 4)}", method="card")
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Recharge"], dark=rng.random() < 0.3, buttons=("Done",))
        band(p, (226, 0, 28))
        app_head(p, "Airtel Thanks", "DTH recharge")
        pill(p, "Recharge successful", status)
        j.amount = float(rng.choice([299, 350, 449, 560]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Airtel Digital TV", merchant="Airtel Digital TV")
        p.add("small", f"Yesterday, {hhmm(rng)}")
        p.add("rule")
        oid = f"AT{digits(rng, 12)}"
        kvr(p, "Customer ID", f"30{digits(rng, 8)}")
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Payment mode", "UPI", method="UPI")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "www.dishtv.in/recharge/payment-status")
        p.part = "head"
        name = "Dish TV"
        top(p, name, merchant=name)
        p.add("small", "Quick recharge")
        p.add("rule")
        p.part = "body"
        strip(p, "Recharge failed", status)
        p.add("small", "The payment did not go through. If money was debited, it is refunded in 5 days.")
        p.add("gap")
        j.amount = float(rng.choice([280, 350, 499, 650]))
        tid = f"DTV{digits(rng, 12)}"
        field(p, "VC No.", f"0{digits(rng, 10)}")
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Payment mode", f"Debit card {masked(rng, font)}", method="card")
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(246, 250, 244), (250, 248, 240)])
        p.part = "head"
        dev(p, "मुजफ्फरपुर नगर निगम", scale=1.0, bold=True)
        name = "Muzaffarpur Nagar Nigam"
        top(p, name, merchant=name)
        p.add("center", "USER CHARGE RECEIPT (SOLID WASTE)")
        p.part = "body"
        cols(p, "uc", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "Ward 13")
        months = rng.choice([1, 3, 6])
        j.amount = float(months * rng.choice([100, 150]))
        last = j.date.replace(day=1)
        first = (last - dt.timedelta(days=28 * (months - 1) + 1)).replace(day=1) if months > 1 else last
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Received from", f"{ANGAN}, Motijheel")
        blank(
            p,
            "Month(s)",
            f"{when(first, '%b')} to {when(last, '%b %Y')}" if months > 1 else when(last, "%B %Y"),
        )
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blank(p, "by", "cash", method="cash")
        write(p, "Received", status=status)
        right(p, "Collector, Ward 13")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=("Share", "Done"))
    p.part = "head"
    p.add("small", "Google Pay  |  Bill payments")
    p.add("gap")
    p.part = "body"
    name = "Airtel Xstream Fiber"
    avatar(p, "AX", (220, 20, 40))
    p.add("center", name, merchant=name)
    j.amount = float(rng.choice([499, 799, 999, 1178, 1499]))
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"{sign(font, chr(0x2713), '')} Payment successful".strip(), status=status)
    p.accent(GREEN)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
    p.add("gap")
    c = card_open(p)
    bb = f"GP0{rng.randrange(1, 9)}{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 7)}"
    lab(p, "Customer ID")
    p.add("left", f"{digits(rng, 10)}")
    lab(p, "UPI transaction ID")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    lab(p, "Bharat BillPay ID")
    p.add("left", bb, txn=(BANK_RANK, bb))
    lab(p, "Paid from")
    p.add("left", f"Canara Bank {dot * 4}{digits(rng, 4)} (UPI)", method="UPI")
    card_close(p, c)
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Punjab National Bank", "JD-PNBSMS", "SHREE GANESH VASTRA", "UPI", "sms"),
    ("Canara Bank", "VM-CANBNK", "MAHAVIR THREAD HOUSE", "NEFT", "sms"),
    ("Central Bank of India", "BZ-CENTBK", "KRISHNA TRANSPORT", "IMPS", "sms"),
    ("Union Bank of India", "AD-UNIONB", "RAM BABU MISTRY", "UPI", "sms"),
    ("Bihar Gramin Bank", "", "ALI TAILORS", "NEFT", "passbook"),
    ("ICICI Bank", "", "TIRHUT DIGITAL STUDIO", "NEFT", "mail"),
    ("IDBI Bank", "", "CHANDRAKALA DEVI", "UPI", "watch"),
    ("Muzaffarpur Central Co-operative Bank", "VK-MZCCBK", "VAISHALI PRINTERS", "NEFT", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the collective's payments: SMS in Punjab National Bank's ("A/c XX1234 debited INR
    x on <dd-mm-yy> <hour> thru UPI:<ref> to <PAYEE>. Avl Bal INR ... -PNB"), Canara Bank's ("An amount of INR
    x has been DEBITED to your account XXX1234 on <dd/mm/yyyy> towards NEFT to <PAYEE>, UTR ... Total
    Avail.bal INR ..."), Central Bank of India's IMPS under process ("IMPS of Rs.x to <PAYEE> from A/c XX1234
    on <dd.mm.yyyy> is under process. RRN ... Please do not retry."), Union Bank of India's UPI failed ("Your
    UPI payment of Rs x to <PAYEE> on <dd/mm/yy> has failed. RRN ...") and the Muzaffarpur Central
    Co-operative Bank's ("MDCCB: A/c XX1234 Dr Rs.x on <dd.mm.yy> by NEFT to <PAYEE> UTR ... Bal Rs....")
    wordings; Bihar Gramin Bank's passbook page printed on its security paper (DATE | PARTICULARS | WITHDRAWAL
    | DEPOSIT | BALANCE, the payment's line "NEFT/<PAYEE>" marked with a highlighter; no reference); ICICI
    Bank's mail ("Your ICICI Bank Account XX123 has been debited with INR x on <dd-Mon-yy>. Info:
    NEFT-<UTR>-<PAYEE>. The Available Balance ..."); IDBI Bank's notification on a smartwatch under the hour
    ("now"; "Rs.x debited from A/c XX1234 to <PAYEE> via UPI. Ref ..."; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 18000, 0.8)
    if frame in ("passbook",) or way == "IMPS":
        j.amount = rupees(rng, 2500, 24000, 0.6)
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
        if bank == "Punjab National Bank":
            text = (
                f"A/c XX{tail4} debited INR {amt} on {when(j.date, '%d-%m-%y')} "
                f"{hhmm(rng, twelve=False, seconds=True)} thru UPI:{utr} to {to}. Avl Bal INR {bal} -PNB"
            )
        elif bank == "Canara Bank":
            text = (
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail4} on {when(j.date, '%d/%m/%Y')} "
                f"towards NEFT to {to}, UTR {utr}. Total Avail.bal INR {bal} - Canara Bank"
            )
        elif bank == "Central Bank of India":
            text = (
                f"Dear Customer, IMPS of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d.%m.%Y')} is under "
                f"process. RRN {utr}. Please do not retry. -Central Bank of India"
            )
        elif bank == "Union Bank of India":
            text = (
                f"Your UPI payment of Rs {amt} to {to} on {when(j.date, '%d/%m/%y')} has failed. RRN {utr}. Amount "
                "debited, if any, will be reversed in 3 days. -Union Bank of India"
            )
        else:
            text = (
                f"MDCCB: A/c XX{tail4} Dr Rs.{amt} on {when(j.date, '%d.%m.%y')} by NEFT to {to} UTR {utr}. Bal "
                f"Rs.{bal}. Call 0621-22{digits(rng, 5)} if not done by you."
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "passbook":
        p = sheet_page(rng, font, [680, 720])
        p.style["paper"] = (246, 250, 246)
        typeface(p)
        p.part = "head"
        p.add("center", "BIHAR GRAMIN BANK")
        p.add("small", f"Branch: Gaighat  |  A/c No. XXXXXXX{tail4}  |  {CUT}")
        p.part = "body"
        w_ = h271.tt_cols(p)
        part_w = w_ - 43
        start = len(p.rows)

        def line_(day: str, part: str, wd: str, dep: str, bal_: str) -> str:
            return f"{day:<8} {part[:part_w]:<{part_w}} {wd:>10} {dep:>10} {bal_:>11}"

        typed(p, line_("DATE", "PARTICULARS", "WITHDRAWAL", "DEPOSIT", "BALANCE"))
        before = j.date - dt.timedelta(days=rng.randrange(2, 9))
        after = j.date + dt.timedelta(days=rng.randrange(1, 6))
        b0 = rupees(rng, 60000, 300000, 0.3)
        dep = rupees(rng, 8000, 60000, 0.3)
        b1 = round(b0 + dep, 2)
        b2 = round(b1 - j.amount, 2)
        spend = rupees(rng, 300, 5000, 0.4)
        b3 = round(b2 - spend, 2)
        typed(p, line_(when(before, "%d/%m/%y"), "BY CASH DEPOSIT", "", num(dep, "plain"), num(b1, "plain")))
        narr = f"NEFT/{to}"
        mark_at = len(p.rows)
        typed(
            p,
            line_(when(j.date, "%d/%m/%y"), narr, num(j.amount, "plain"), "", num(b2, "plain")),
            **facts,
        )
        marker(p, mark_at)
        if len(narr) > part_w:
            typed(p, line_("", narr[part_w:], "", "", ""))
        typed(p, line_(when(after, "%d/%m/%y"), "UPI/INDANE", num(spend, "plain"), "", num(b3, "plain")))
        passbook(p, start, [9, 9 + part_w + 1, 9 + part_w + 12, 9 + part_w + 23])
        p.add("gap")
        p.add(
            "small", "Entries printed by the branch's passbook printer. Check your balance with every entry."
        )
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "ICICI Bank <alerts@icicibank.com>", ["Transaction alert", "Account debited"]
        )
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add("gap")
        p.add(
            "left",
            f"Your ICICI Bank Account XX{tail4[-3:]} has been debited with INR {amt} on {when(j.date, '%d-%b-%y')}. "
            f"Info: NEFT-{utr}-{to}. The Available Balance in your Account is INR {bal}.",
            **facts,
        )
        p.add("gap")
        p.add("left", "Never share your OTP, PIN or password with anyone.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "ICICI Bank Limited. This is a system generated mail; please do not reply.")
        return p.done()
    p = screen(rng, font, "crop", dark=True, width=rng.choice([420, 440]), size=rng.choice([19, 20]))
    watch(p)
    p.part = "body"
    p.add("gap")
    p.add("big", hhmm(rng, twelve=False))
    p.add("small", f"IDBI Bank {sign(font, chr(0x2022), '*')} now")
    p.add(
        "left",
        f"Rs.{amt} debited from A/c XX{tail4} to {to} via UPI. Ref {utr}.",
        **facts,
    )
    p.add("small", "Not you? Call 1800-209-4324")
    p.add("gap")
    return p.done()

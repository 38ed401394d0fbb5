"""The twelve heldout279 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Tikuli art women artisans' enterprise's year of 2026 in Patna, Bihar
(Patliputra Tikuli Kala Mahila Udyog: its workshop at Mahendru, Tikuli Kala Kutir, where its women artisans
paint Tikuli, the old Patna craft of the bindi, in enamel on hardboard and on glass, with gold foil, on
coasters, wall plates, trays, key holders, jewellery boxes, earrings and clocks; its counter in the Khadi Mall,
Tikuli Ghar, with a stall at the Bihar Saras Mela on Gandhi Maidan; corporate gift orders; the web shop
tikulighar.in, the iTokri and Amazon Karigar marketplaces and buyers abroad), told by the proofs of payment it
receives (buyers' Google Pay, CRED, MobiKwik, WhatsApp, iMobile Pay, super.money and Kotak811 screens and
BharatPe for Business on the counter's phone; iTokri, the Bihar Museum, SBI's Local Head Office, AIIMS Patna
through PFMS, Indian Oil's Barauni refinery, Amazon, NTPC Barh through GeM and a law university through
Canara Bank; Wise, Barclays, ING, MCB, Republic Bank, ANZ, SEB and Standard Bank; its own bills, receipt
books, checkout, proforma, order mail, workshop receipt and certificate) and those it makes (a plywood house,
IndiaMART, an enamel paint dealer, Amazon Business, a glass cutter, Delhivery, Canva and a frame maker; Canara
ai1, UCO mBanking Plus, HDFC Bank, FedMobile, Bank of India, Axis neo, IndusInd and Kotak; its artisans' piece
work card, screens, stipend voucher, payslip, Holi advance and work register; the Income Tax Department,
JEEViKA, the Legal Metrology department, the Patna Municipal Corporation, the handicrafts office, EPFO, the
Copyright Office and the Bihar Fire and Emergency Services; eight insurers; cards on its three terminals and
at a Delhi hotel, a sweet shop, an art emporium, a colour shop and a courier; the power company's receipt and
counterfoil, GAIL Gas', HP Gas', Vi's, Tata Play's, Excitel's and Bharat Gas' bills; the banks' SMS, a mail,
an ATM's mini statement, a lock screen and an app's inbox). Every row is added to heldout113's ``Screen`` with
the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the units'
lines, salutations, Hindi and Kaithi lines (but a Hindi line whose figures and payee carry the facts), items,
coasters, plates, boxes, counts, rates, taxable values, GST, TDS, TCS, fees, commissions, cashback, charges,
tips, advances, balances, gross sums and deductions, converted and INR sums, FX rates, periods, months,
financial years, invoice, order, letter and work days, validity days, account, policy, proposal, consumer,
licence, application, diary, contract, sanction, memo, vendor, employee, artisan, BP, CA, subscriber and
Craftmark tag numbers, PAN, BSR codes, GSTIN, Udyam numbers, IFSC, a chip's AID and TC, UPI IDs of payers and
remitters, QR codes, barcodes, stamps, seals, scribbles, thumb boxes, tags, borders, emblems, waves, notches,
spinners, staples, splashes, grids and clips carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``phone_frame`` heldout126's;
``right`` heldout152's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's;
``masked`` and ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's;
``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``,
``cols``, ``kv``, ``kvr``, ``zebra``, ``total``, ``strip``, ``ticks``, ``thumb``, ``qr``, ``seal``,
``sms_page``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``, ``lab``, ``fill``, ``hand``,
``amtbox``, ``tt``, ``step``, ``rstamp``, ``revenue``, rounded cards), heldout273's (``pill``, ``field``,
``track``, ``hcells``, ``ledger``, ``avatar``, ``bubble``, ``watermark``, ``carbon``, ``panel``, ``tick``,
``cell_name``), heldout275's (``dev``, ``dhand``, ``dlab``, ``sicon``, ``sig``, ``divider``, ``gutter``,
``sticky``, ``strike``, ``ribbon``, ``gcard_open``, ``gcard_close``, ``inrow``, ``tabs``, ``greenbar``,
``holes``, ``bahi``) and heldout277's ``split``, written in this set's pens and printers' faces. ``compose``
is heldout158's (as heldout269's to heldout277's), each page's rows drawn by heldout277's ``_render`` and then
by this set's own ``_render`` in the lines it leaves for them: Kaithi lines (the script Bihar's courts and
shopkeepers once wrote Hindi and Magahi in) in Noto Sans Kaithi; a Tikuli border (a black enamel band set with
bright dots, gold rules inside it and a bindi in gold at each corner); a Tikuli coaster as a letterhead's
emblem; an app's pale top with a wavy lower edge; a ticket's card with its notches and its tear line; a
spinner's ring; a receipt book's number struck in red by a numbering machine; a Craftmark hang tag on its
string; a blind embossed seal; a coloured stripe down a letterhead's edge; enamel paint splashes; a staple;
squared paper. The pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets.heldout273_families import tick as pen_tick
from bench.receipt_sets.heldout275_families import (
    dev,
    dlab,
    divider,
    gcard_close,
    gcard_open,
    gutter,
    inrow,
    ribbon,
    room_of,
    sicon,
    sig,
    sticky,
    tabs,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
KAITHI = "noto/NotoSansKaithi-Regular.ttf"
# the hands that write on this set's papers: italics and obliques in another mix than heldout275's to
# heldout277's
PENS = [
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
]
INKS = [(20, 40, 136), (34, 34, 90), (44, 40, 50), (12, 84, 104), (110, 30, 60)]
# the faces a page's fixed-width lines are printed in (a dot-matrix's, a bank printer's, a terminal's)
TYPES = [
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# Tikuli's enamels: a black ground, its reds, yellows, blues, greens and whites, and the gold of its foil
ENAMELS = [
    [(20, 18, 22), (206, 28, 44), (250, 200, 30), (24, 84, 190), (22, 140, 80), (246, 244, 236)],
    [(26, 20, 30), (190, 24, 70), (244, 180, 20), (36, 110, 200), (30, 150, 110), (250, 250, 244)],
    [(16, 24, 30), (220, 60, 40), (252, 214, 64), (20, 70, 160), (60, 150, 60), (240, 236, 226)],
]
GOLD = (196, 156, 48)

# ---------------------------------------------------------------- the enterprise

UDYOG = "Patliputra Tikuli Kala Mahila Udyog"
UDYOG_CAPS = UDYOG.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "PATLIPUTRA TIKULI KALA M"
UDYOG_HI = "पाटलिपुत्र टिकुली कला महिला उद्योग"
KUTIR = "Tikuli Kala Kutir"
KUTIR_HI = "टिकुली कला कुटीर"
GHAR = "Tikuli Ghar"
GHAR_CAPS = GHAR.upper()
GHAR_HI = "टिकुली घर"
WEB = "tikulighar.in"
UDYAM = "UDYAM-BR-26-0041873"
GSTIN = "10AAJFP6172K1ZD"
OFFICE = "Kala Kutir, Mahendru, Patna - 800006 (Bihar)"
KUTIR_AT = "Mahendru Ghat Road, Patna - 800006"
GHAR_AT = "Shop 14, Khadi Mall, Fraser Road, Patna - 800001"
PROPRIETOR = "Smt. Kiran Sinha"
# the Bihar Saras Mela on Gandhi Maidan, Patna, 12 to 25 December 2026; the stall is number 63
SARAS = dt.date(2026, 12, 12)
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Bank of India": "BKID",
    "UCO Bank": "UCBA",
    "Central Bank of India": "CBIN",
    "Bank of Baroda": "BARB",
    "Dakshin Bihar Gramin Bank": "PUNB",
    "Indian Bank": "IDIB",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Federal Bank": "FDRL",
    "IndusInd Bank": "INDB",
    "Bandhan Bank": "BDBL",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Punjab National Bank": "PNB",
    "Canara Bank": "Canara",
    "Bank of India": "BOI",
    "UCO Bank": "UCO",
    "Bank of Baroda": "BoB",
    "ICICI Bank": "ICICI",
    "HDFC Bank": "HDFC",
    "Axis Bank": "Axis",
    "Kotak Mahindra Bank": "Kotak",
    "IndusInd Bank": "IndusInd",
}
# the enterprise's work: name, HSN, price each (low, high)
WORKS = [
    ("Tikuli coaster set of 6, enamel on board", "4421", 650, 1400),
    ("Tikuli wall plate 10 in, peacock", "9701", 1200, 2600),
    ("Tikuli wall plate 12 in, Madhubani fish", "9701", 1600, 3400),
    ("Jewellery box, Tikuli lid, 6 x 4 in", "4420", 900, 2200),
    ("Tikuli key holder, 5 hooks", "4421", 550, 1100),
    ("Tikuli tray, oval, 14 in", "4419", 1400, 2800),
    ("Glass painting, Radha-Krishna, 8 x 10 in", "9701", 1800, 4500),
    ("Tikuli earrings, gold foil (pair)", "7117", 250, 650),
    ("Wall clock, Tikuli dial, 12 in", "9105", 1500, 3200),
    ("Tikuli pen stand with card tray", "4421", 450, 900),
]
CUSTOMERS = [
    "Mrs. Neha Prasad",
    "Mr. Rohit Verma",
    "Ms. Ananya Srivastava",
    "Dr. Faiz Ahmad",
    "Mrs. Kavita Singh",
    "Mr. Saurav Anand",
    "Ms. Pooja Kumari",
]
# the women artisans who paint for the enterprise
ARTISANS = [
    "Rukhsana Parveen",
    "Sunita Devi",
    "Manju Kumari",
    "Shabana Khatoon",
    "Rinku Devi",
    "Asha Kumari",
    "Nazma Begum",
    "Pinki Kumari",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The enterprise's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 4) if lo < 1000 else 1 if lo > 1500 else rng.randrange(1, 3)
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 10))))
    return out


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def at_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ", " at ")) -> str:
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, twelve=rng.random() < 0.6)}"


def ordinal(day: dt.date) -> str:
    """The day's number with its English ending (1st, 2nd, 23rd, 11th)."""
    n = day.day
    end = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{end}"


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


def phone_no(rng: random.Random) -> str:
    return rng.choice("6789") + digits(rng, 9)


def gstin_of(rng: random.Random, state: str = "10", kind_: str = "P") -> str:
    return f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


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
    """Two fields side by side, each label small in the label's ink over its value (an app's details two to a
    row); the facts on the values' row."""
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
    kind(p, f"{name}l", spec, "soft", group=f"{name}l")
    kind(p, f"{name}v", spec, "plain", group=name, bold=(0, 1))
    h269.ext(p)["scale"][f"{name}l"] = 0.8
    row(p, f"{name}l", left[0], right_[0])
    row(p, f"{name}v", left[1], right_[1], **facts)


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault("h279", {"marks": {}, "tickets": [], "decor": []})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def to_kaithi(text: str) -> str:
    """Hindi in Devanagari written again in Kaithi, letter for letter (the two blocks name their letters
    alike); spaces kept."""
    out = []
    for ch in text:
        if ch == " ":
            out.append(ch)
            continue
        name = unicodedata.name(ch)
        assert name.startswith("DEVANAGARI "), (ch, name)
        out.append(unicodedata.lookup("KAITHI " + name[len("DEVANAGARI ") :]))
    return "".join(out)


KT_SCALE = 1.3


def kaithi(p: Screen, hindi: str, *, scale: float = 1.0, align: str = "c", soft: bool = False) -> None:
    """A line in Kaithi (a name or a heading over its Hindi and English, as Patna's old firms wrote their
    names), transliterated from ``hindi``; a line and a third high."""
    text = to_kaithi(hindi)
    size = int(p.style["size"] * scale * KT_SCALE)
    assert glyphs(KAITHI, text.replace(" ", "")), hindi
    assert load_font(KAITHI, size).getlength(text) <= room_of(p), hindi
    put(p, "t79kt", text, mark_=[scale, align, soft])
    if scale > 1.1:
        p.add("gap")


def tikuli_border(p: Screen) -> None:
    """A Tikuli border round the page: a band of black enamel set with bright dots, a gold rule inside it and
    a gold bindi with a red heart at each corner."""
    ext(p)["border"] = [list(c) for c in p.rng.choice(ENAMELS)]


def coaster(p: Screen) -> None:
    """A Tikuli coaster as a letterhead's emblem: a black enamel disc in a gold ring, a ring of coloured
    petals, a red bindi in its middle; centred, two lines high."""
    put(p, "t79coast", "", mark_=[[list(c) for c in p.rng.choice(ENAMELS)], p.rng.randrange(5, 9)])
    p.add("gap")


def wave(p: Screen, colour: tuple[int, int, int]) -> None:
    """An app's pale top from the screen's top to the last row added, its lower edge a wave (a light screen's
    only)."""
    assert not p.style["h106"]["dark"]
    ext(p)["wave"] = [len(p.rows) - 1, list(colour), p.rng.uniform(0, 6.3)]


def ticket_open(p: Screen) -> int:
    p.add("gap")
    start = len(p.rows)
    p.add("gap")
    return start


def ticket_tear(p: Screen) -> int:
    """The ticket's tear line (a gap row): its notches sit at the card's edges on it."""
    p.add("gap")
    return len(p.rows) - 1


def ticket_close(p: Screen, start: int, tear: int) -> None:
    """A ticket's card round the rows from ``start`` to the last added: rounded, a half round notch cut from
    each side at ``tear`` and a dashed line across between them."""
    p.add("gap")
    ext(p)["tickets"].append([start, len(p.rows) - 1, tear])
    p.add("gap")


def spinner(p: Screen, colour: tuple[int, int, int]) -> None:
    """A spinner's ring (three quarters of a circle in ``colour`` over a pale full one), centred, three lines
    high: the app still waiting."""
    put(p, "t79spin", "", mark_=[list(colour), p.rng.uniform(0, 360)])
    p.add("gap")
    p.add("gap")


def redno(p: Screen, label: str, number: str, **facts) -> None:
    """A receipt book's printed label and its number struck in red by a numbering machine (the machine's
    square figures, a little uneven), at the right."""
    mono = typeface(p)
    face = load_font(mono, int(p.style["size"] * 1.15))
    assert glyphs(p.font, label) and glyphs(mono, number), (label, number)
    assert load_font(p.font, p.style["size"]).getlength(label) + face.getlength(number) + 40 <= room_of(p)
    put(p, "t79no", label, number, mark_=[p.rng.uniform(-1.5, 1.5)], **facts)


def hangtag(p: Screen, number: str) -> None:
    """The Craftmark's hang tag at the right on its string: CRAFTMARK, HANDMADE IN INDIA and the tag's
    number; four lines high (the rows beside it left empty)."""
    bold = bold_of(p.font)
    assert glyphs(bold, "CRAFTMARK") and glyphs(p.font, "HANDMADE IN INDIA" + number), number
    put(p, "t79tag", number, mark_=[p.rng.uniform(-5, 5)])
    for _ in range(3):
        p.add("gap")


def emboss(p: Screen) -> None:
    """A blind embossed seal at the right (rings and a star raised in the paper, no ink); three lines high
    (the rows beside it left empty)."""
    put(p, "t79emb", "", mark_=[p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def decor(p: Screen, what: str) -> None:
    """A mark on the page itself: "sidebar" (a coloured stripe down a letterhead's left edge), "splash"
    (drops and splashes of enamel paint near a corner), "staple" (a staple through the top left corner) or
    "squares" (squared paper under the writing)."""
    ext(p)["decor"].append([what, p.rng.randrange(10**6)])


# ---------------------------------------------------------------- drawing


def _bindi(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, red, gold) -> None:
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=gold)
    draw.ellipse((cx - r * 0.62, cy - r * 0.62, cx + r * 0.62, cy + r * 0.62), fill=red)
    draw.ellipse((cx - r * 0.2 - 1, cy - r * 0.35, cx - r * 0.2 + 2, cy - r * 0.35 + 3), fill=(255, 240, 230))


def _border(draw: ImageDraw.ImageDraw, w: int, h: int, pal) -> None:
    black, red, yellow, blue, green, white = (tuple(c) for c in pal)
    draw.rectangle((2, 2, w - 3, h - 3), outline=black, width=16)
    draw.rectangle((21, 21, w - 22, h - 22), outline=GOLD, width=2)
    colours = [red, yellow, blue, white, green]
    n = 0
    for x in range(30, w - 30, 16):
        for y in (10, h - 11):
            c = colours[n % len(colours)]
            draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=c)
            n += 1
    for y in range(30, h - 30, 16):
        for x in (10, w - 11):
            c = colours[n % len(colours)]
            draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=c)
            n += 1
    for cx, cy in ((11, 11), (w - 12, 11), (11, h - 12), (w - 12, h - 12)):
        _bindi(draw, cx, cy, 10, red, GOLD)


def _coaster(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, pal, petals: int) -> None:
    black, red, yellow, blue, green, white = (tuple(c) for c in pal)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=GOLD)
    draw.ellipse((cx - r + 3, cy - r + 3, cx + r - 3, cy + r - 3), fill=black)
    ring = [red, yellow, blue, green, white]
    for n in range(petals):
        a = 2 * math.pi * n / petals
        px, py = cx + math.cos(a) * r * 0.55, cy + math.sin(a) * r * 0.55
        pr = r * 0.2
        draw.ellipse((px - pr, py - pr, px + pr, py + pr), fill=ring[n % len(ring)], outline=GOLD)
    _bindi(draw, cx, cy, r * 0.24, red, GOLD)


def _ticket(draw: ImageDraw.ImageDraw, x0, y0, x1, y1, ty, paper_, edge) -> None:
    draw.rounded_rectangle((x0, y0, x1, y1), radius=14, outline=edge, width=2)
    r = 11
    for cx in (x0, x1):
        draw.ellipse((cx - r, ty - r, cx + r, ty + r), fill=paper_)
        draw.arc(
            (cx - r, ty - r, cx + r, ty + r),
            270 if cx == x0 else 90,
            90 if cx == x0 else 270,
            fill=edge,
            width=2,
        )
    for x in range(int(x0 + r + 6), int(x1 - r - 6), 12):
        draw.line((x, ty, x + 6, ty), fill=edge, width=1)


def _emboss(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, paper_) -> None:
    light = tuple(min(255, c + 14) for c in paper_)
    shade = tuple(max(0, c - 34) for c in paper_)
    for rr in (r, r * 0.8):
        draw.ellipse((cx - rr + 1, cy - rr + 1, cx + rr + 1, cy + rr + 1), outline=light, width=2)
        draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=shade, width=1)
    for n in range(36):
        a = 2 * math.pi * n / 36
        x0, y0 = cx + math.cos(a) * r * 0.84, cy + math.sin(a) * r * 0.84
        x1_, y1_ = cx + math.cos(a) * r * 0.96, cy + math.sin(a) * r * 0.96
        draw.line((x0, y0, x1_, y1_), fill=shade, width=1)
    pts = []
    for n in range(10):
        a = -math.pi / 2 + math.pi * n / 5
        rr = r * (0.5 if n % 2 == 0 else 0.22)
        pts.append((cx + math.cos(a) * rr, cy + math.sin(a) * rr))
    draw.polygon([(x + 1, y + 1) for x, y in pts], outline=light)
    draw.polygon(pts, outline=shade)


def _splash(page: Image.Image, seed: int) -> Image.Image:
    """Pale enamel drops and a splash near a corner, multiplied in (the print stays legible under them)."""
    srng = random.Random(seed)
    w, h = page.size
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    colours = [(255, 196, 196), (255, 236, 170), (196, 214, 255), (200, 240, 206)]
    corner = srng.choice(["tr", "bl", "br"])
    bx = w - 70 if corner in ("tr", "br") else 60
    by = 70 if corner == "tr" else h - 70
    for _ in range(srng.randrange(3, 6)):
        c = srng.choice(colours)
        cx, cy = bx + srng.uniform(-45, 45), by + srng.uniform(-40, 40)
        r = srng.uniform(8, 26)
        ld.ellipse((cx - r, cy - r, cx + r, cy + r), fill=c)
        for _ in range(srng.randrange(3, 7)):
            a = srng.uniform(0, 6.3)
            d = r + srng.uniform(4, 22)
            rr = srng.uniform(1.5, 4.5)
            dx, dy = cx + math.cos(a) * d, cy + math.sin(a) * d
            ld.ellipse((dx - rr, dy - rr, dx + rr, dy + rr), fill=c)
    return ImageChops.multiply(page, layer)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout277's ``_render`` (heldout275's, heldout273's, heldout271's, heldout269's and heldout14's
    beneath it), then this set's rows and marks: Kaithi lines, a Tikuli coaster, a spinner's ring, a
    numbering machine's red number, a Craftmark tag, an embossed seal; squared paper, an app's wavy top, a
    ticket's card, a Tikuli border, a letterhead's stripe, enamel splashes and a staple."""
    page = h277._render(rows, font, style)
    x = style.get("h279")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    marks = x["marks"]
    w, h = page.size
    kinds_ = {d[0]: d[1] for d in x["decor"]}
    # under the print: tints multiplied in, so what is drawn stays dark
    if "squares" in kinds_ or x.get("wave") or x["tickets"]:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        if "squares" in kinds_:
            for xx in range(8, w, 20):
                ld.line((xx, 0, xx, h), fill=(206, 222, 240), width=1)
            for yy in range(8, h, 20):
                ld.line((0, yy, w, yy), fill=(206, 222, 240), width=1)
        if x.get("wave"):
            end, colour, phase = x["wave"]
            y_end = tops[end] + line - lift + 6
            pts = [(0, 0), (w, 0)]
            for xx in range(w, -1, -6):
                pts.append((xx, y_end + 9 * math.sin(xx / w * 2 * math.pi * 1.5 + phase)))
            ld.polygon(pts, fill=tuple(colour))
        for start, end, _ in x["tickets"]:
            ld.rounded_rectangle(
                (MARGIN - 14, tops[start] - lift, width - MARGIN + 14, tops[end] + line - lift),
                radius=14,
                fill=(248, 244, 236) if sum(paper_) > 600 else (236, 236, 240),
            )
        page = ImageChops.multiply(page, layer)
    if "splash" in kinds_:
        page = _splash(page, kinds_["splash"])
    draw = ImageDraw.Draw(page)
    for start, end, tear in x["tickets"]:
        ty = tops[tear] + line / 2 - lift
        _ticket(
            draw,
            MARGIN - 14,
            tops[start] - lift,
            width - MARGIN + 14,
            tops[end] + line - lift,
            ty,
            paper_,
            h269._tint(soft, paper_, 0.55),
        )
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t79"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t79kt":
            scale, align, is_soft = m
            face = load_font(KAITHI, int(size * scale * KT_SCALE))
            tw = face.getlength(r[1])
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            base = top_y + line * (1.3 if scale > 1.1 else 1.0)
            draw.text((tx, base), r[1], font=face, fill=soft if is_soft else ink, anchor="ls")
        elif name == "t79coast":
            pal, petals = m
            _coaster(draw, width / 2, top_y + line, line * 0.95, pal, petals)
        elif name == "t79spin":
            colour, start_ = m
            cy, rr = top_y + line * 1.5, line * 1.1
            box = (width / 2 - rr, cy - rr, width / 2 + rr, cy + rr)
            draw.ellipse(box, outline=h269._tint(tuple(colour), paper_, 0.2), width=7)
            draw.arc(box, start_, start_ + 270, fill=tuple(colour), width=7)
        elif name == "t79no":
            skew = m[0]
            face = load_font(font, size)
            draw.text((MARGIN, y), r[1], font=face, fill=ink)
            mono = load_font(x1_tt(style), int(size * 1.15))
            nx = width - MARGIN - mono.getlength(r[2]) - 6
            for n, ch in enumerate(r[2]):
                draw.text((nx, y - 2 + skew * (n % 2)), ch, font=mono, fill=(196, 30, 40))
                nx += mono.getlength(ch)
        elif name == "t79tag":
            tilt = m[0]
            tx0, tx1 = width - MARGIN - 200, width - MARGIN - 4
            ty0, ty1 = top_y + line * 0.55, top_y + 4 * line - 6
            tag = Image.new("RGBA", (int(tx1 - tx0) + 20, int(ty1 - ty0) + 20), (0, 0, 0, 0))
            td = ImageDraw.Draw(tag)
            tw_, th_ = tag.width - 20, tag.height - 20
            td.polygon(
                [
                    (10 + 22, 10),
                    (10 + tw_, 10),
                    (10 + tw_, 10 + th_),
                    (10 + 22, 10 + th_),
                    (10, 10 + th_ / 2),
                ],
                fill=(246, 238, 214, 255),
                outline=(120, 96, 50, 255),
            )
            td.ellipse(
                (20, 10 + th_ / 2 - 5, 30, 10 + th_ / 2 + 5),
                fill=(255, 255, 255, 255),
                outline=(120, 96, 50, 255),
            )
            bold = load_font(bold_of(font), int(size * 0.95))
            small = load_font(font, int(size * 0.66))
            cx = 10 + 22 + (tw_ - 22) / 2
            for text, face, yy in (
                ("CRAFTMARK", bold, 10 + 8),
                ("HANDMADE IN INDIA", small, 10 + 8 + size * 1.2),
                (r[1], small, 10 + 8 + size * 2.0),
            ):
                td.text((cx - face.getlength(text) / 2, yy), text, font=face, fill=(110, 40, 30, 255))
            tag = tag.rotate(tilt, resample=Image.BICUBIC, expand=False)
            page.paste(tag, (int(tx0) - 10, int(ty0) - 10), tag)
            draw = ImageDraw.Draw(page)
            draw.line((tx0 + 15, (ty0 + ty1) / 2, tx0 - 30, top_y - 4), fill=(150, 40, 40), width=2)
        elif name == "t79emb":
            _emboss(draw, width - MARGIN - 70, top_y + line * 1.5, line * 1.35, paper_)
    if x.get("border"):
        _border(draw, w, h, x["border"])
    if "sidebar" in kinds_:
        srng = random.Random(kinds_["sidebar"])
        pal = srng.choice(ENAMELS)
        draw.rectangle((6, 0, 14, h), fill=tuple(pal[1]))
        draw.rectangle((16, 0, 18, h), fill=GOLD)
    if "staple" in kinds_:
        srng = random.Random(kinds_["staple"])
        x0, y0 = srng.uniform(14, 24), srng.uniform(16, 24)
        draw.line((x0, y0 + 26, x0 + 26, y0), fill=(150, 152, 160), width=3)
        draw.line((x0 + 2, y0 + 28, x0 + 28, y0 + 2), fill=(210, 212, 216), width=1)
    return page


def x1_tt(style: dict) -> str:
    """The page's fixed-width face (heldout271's slot; this set's first where none was chosen)."""
    return (style.get("h271") or {}).get("tt", TYPES[0])


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
        KAITHI,
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
            raise FileNotFoundError(f"heldout279 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the counter's own app


PAYEES = [GHAR_CAPS, GHAR, CUT, "TIKULI GHAR PATNA"]
VPAS = [
    "tikulighar@sbi",
    "tikulighar.patna@okaxis",
    "Q839201746@ybl",
    "tikuliart@pnb",
    "ptkmu.patna@okicici",
]
BUYERS = [
    ("Neha Prasad", "nehaprasad@okicici", "ICICI Bank"),
    ("Rohit Verma", "rohitv88@oksbi", "State Bank of India"),
    ("Ananya Srivastava", "ananya.s@okhdfcbank", "HDFC Bank"),
    ("Faiz Ahmad", "faizahmad@ybl", "Canara Bank"),
    ("Kavita Singh", "kavitasingh@axl", "Axis Bank"),
    ("Saurav Anand", "sauravanand@paytm", "Bank of India"),
    ("Pooja Kumari", "poojak@ibl", "Punjab National Bank"),
    ("Vikram Jha", "vikramjha@okaxis", "UCO Bank"),
]
NOTES = [
    "coaster sets x2",
    "peacock wall plate",
    "Tikuli earrings",
    "gift for Didi",
    "jewellery box + key holder",
    "Diwali gifts",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Khadi Mall counter or the enterprise: Google Pay's Completed (the payee's initials,
    "To <payee>" and its VPA, the sum, a large tick, the day and hour; a card: UPI transaction ID, To, From,
    Google transaction ID); CRED's payment processing on its dark screen under a spinner's ring (UPI ref no.,
    CRED txn id, initiated at, paid via); MobiKwik's Payment Successful on a pale wavy top ("Paid to" over the
    name and its VPA, Transaction ID, UPI Ref. No., Date & Time, Paid via); a WhatsApp chat with the counter
    under its day divider, the buyer's payment card ("Payment to <payee>", the sum, Completed, UPI) and the
    counter's thanks (no reference); iMobile Pay's Payment failed under a large cross (its fields two to a
    row: UPI Ref. No., Date, Paid from, Mode); super.money's payment on a ticket's card with its notches
    ("paid to <payee>", UPI Ref ID, super.money txn ID, Date, Paid from; a cashback line under it); BharatPe
    for Business on the counter's phone (the counter under the app, its tabs, a payment's card: Received, the
    sum, "from <buyer>"; UPI Ref No, BharatPe Txn ID, Received on, Settlement); Kotak811's Sent successfully
    ("Just now"; each label small over its value: UPI Ref. No., From, Note; no day). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=450, high=38000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    tick_ = sign(font, "\u2713", "")
    if k == 0:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share screenshot",))
        p.part = "head"
        p.add("small", "Google Pay")
        p.add("gap")
        p.part = "body"
        name = pick(p, "center", [f"To {to}", f"To {GHAR}"])[3:]
        avatar(p, initials(name), rng.choice([(66, 133, 244), (219, 68, 55), (15, 157, 88)]))
        p.add("center", f"To {name}", merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        sicon(p, status)
        p.add("center", "Completed", status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("gap")
        c = card_open(p)
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "To")
        p.add("left", f"{name} ({vpa})" if fits(p, "left", f"{name} ({vpa})") else vpa)
        lab(p, "From")
        p.add("left", f"{who} ({sb}) {dot * 2}{digits(rng, 4)}", method="UPI")
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        lab(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        card_close(p, c)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, [""], dark=True, buttons=("Check status",))
        app_head(p, "CRED", "UPI")
        spinner(p, (226, 178, 92))
        p.add("center", "payment processing", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "waiting for your bank to confirm. if money was debited, it is safe.")
        p.add("rule")
        cid = f"CRD{code(rng, 3, UPPER)}{digits(rng, 13)}"
        kvr(p, "UPI ref no.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "CRED txn id", cid, txn=(TXN_RANK, cid))
        kvr(p, "initiated at", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "paid via", f"UPI {dot} {sb} {digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Done",))
        app_head(p, "MobiKwik", "Pay via UPI")
        p.add("center", f"{tick_} Payment Successful".strip(), status=status)
        p.accent((0, 98, 204))
        p.add("big", rs(j.amount), amount=j.amount)
        wave(p, rng.choice([(214, 230, 255), (222, 236, 252)]))
        p.add("gap")
        name = pick(p, "center", [to, GHAR])
        p.add("small", "Paid to")
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        mid = f"MBK{digits(rng, 15)}"
        kvr(p, "Transaction ID", mid, txn=(TXN_RANK, mid))
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        kvr(p, "Paid via", f"UPI - {sb} XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (7, 94, 84))
        p.part = "head"
        p.add("title", GHAR)
        p.add("small", "Business account")
        p.add("gap")
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y", "%A, {d} %b %Y"])), date=j.date)
        s = len(p.rows)
        p.add("left", f"Namaste! Sending for the {rng.choice(NOTES)}.")
        bubble(p, s, hhmm(rng, lower=True))
        g = gcard_open(p)
        name = GHAR
        inrow(p, f"Payment to {name}", merchant=name)
        inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        inrow(p, f"{tick_} Completed".strip(), status=status)
        inrow(p, f"UPI {dot} {sb}", soft=True, method="UPI")
        gcard_close(p, g)
        p.add("gap")
        s = len(p.rows)
        p.add("left", "Received with thanks. Your parcel goes out tomorrow by Speed Post.")
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry", "Raise a query"))
        band(p, (174, 39, 46))
        app_head(p, "iMobile Pay", "ICICI Bank")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Your daily UPI limit is exhausted (U16). No money was debited.")
        p.add("gap")
        two_up(
            p,
            "im1",
            ("UPI Ref. No.", j.ref),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(p, "im2", ("Paid from", f"ICICI XX{digits(rng, 4)}"), ("Mode", "UPI"), method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share",))
        band(p, (28, 28, 36))
        app_head(p, "super.money", "UPI")
        t = ticket_open(p)
        p.add("center", f"{tick_} Payment successful".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paid to {to}", f"paid to {GHAR}"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", vpa)
        tear = ticket_tear(p)
        sid = f"SM{code(rng, 4, UPPER)}{digits(rng, 12)}"
        kvr(p, "UPI Ref ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "super.money txn ID", sid, txn=(TXN_RANK, sid))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ", " | ")), date=j.date)
        kvr(p, "Paid from", f"{sb} {dot * 4}{digits(rng, 4)}", method="UPI")
        ticket_close(p, t, tear)
        p.add("small", f"You earned {rs(float(rng.choice([4, 7, 12, 18])))} cashback on this payment")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=("Share",))
        band(p, (0, 150, 160))
        app_head(p, "BharatPe", "for Business")
        name = pick(p, "center", [GHAR_CAPS, GHAR])
        p.add("center", name, merchant=name)
        p.add("small", "Khadi Mall, Fraser Road, Patna")
        tabs(p, ["Payments", "Settlements", "Loans"], 0)
        p.add("gap")
        c = card_open(p)
        pill(p, "Received", status, align="l")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("left", f"from {who}")
        p.add("small", their)
        card_close(p, c)
        p.add("gap")
        bid = f"BP{j.date:%y%m%d}{digits(rng, 10)}"
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "BharatPe Txn ID", bid, txn=(TXN_RANK, bid))
        kvr(p, "Received on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "Settlement", f"Next day to SBI XX{digits(rng, 4)}")
        return p.done()
    p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
    band(p, (237, 28, 36))
    app_head(p, "Kotak811", "Kotak Mahindra Bank")
    name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
    avatar(p, initials(name), (0, 40, 110))
    p.add("center", f"{tick_} Sent successfully".strip(), status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"Just now {dot} UPI")
    p.add("rule")
    lab(p, "UPI Ref. No.")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    lab(p, "From")
    p.add("left", f"Kotak811 Savings A/c XX{digits(rng, 4)}", method="UPI")
    lab(p, "Note")
    p.add("left", rng.choice(NOTES))
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("iTokri", "Jabalpur", "itokri"),
    ("Bihar Museum", "Bailey Road, Patna - 800001", "museum"),
    ("State Bank of India, Local Head Office", "Gandhi Maidan, Patna - 800001", "sbi"),
    ("All India Institute of Medical Sciences, Patna", "Phulwari Sharif, Patna - 801507", "pfms"),
    ("Indian Oil Corporation Ltd, Barauni Refinery", "Begusarai - 851117", "sap"),
    ("Amazon Seller Services Pvt Ltd", "Bengaluru", "amazon"),
    ("NTPC Ltd, Barh Super Thermal Power Station", "Barh, Patna - 803215", "gem"),
    ("Chanakya National Law University", "Mithapur, Patna - 800001", "canara"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The online marketplace iTokri, the Bihar Museum, SBI's Local Head Office (Diwali gifts), AIIMS Patna
    through PFMS (convocation mementoes), Indian Oil's Barauni refinery (corporate gifts), Amazon (the
    Karigar store's disbursement), NTPC Barh through GeM and a Patna law university through Canara Bank
    paying the enterprise: iTokri's payout mail ("We have sent <sum> ...", a striped table Order | Item | Sale
    | iTokri fee | Payout, Net payout; dot leaders: Payee, Bank account, Mode, UTR, Payout date); the Bihar
    Museum's letter under its Hindi name on a letterhead's stripe (Memo No. beside its later day, To, The
    Proprietor, the enterprise, Subject, "a sum of Rs. x/- (...) has been credited to your account by RTGS
    on <day> ...", an embossed seal; no reference); SBI's VENDOR PAYMENT ADVICE, each label against a
    gutter (Vendor name, Vendor code, Invoice No., Gross amount, TDS u/s 194Q, Net amount paid, Mode, UTR
    No., Value date); PFMS' payment status for AIIMS Patna (its steps left to right: Sanctioned, Signed by
    DDO, Sent to bank, Credited; shaded label cells: Sanction No., Vendor Name, Amount, Mode of Payment,
    PFMS Transaction ID, Sent to bank on, Payment Status "Sent to bank - credit awaited"); Indian Oil's
    PAYMENT ADVICE NOTE typed in a fixed-width face as SAP prints it (Vendor, Clearing doc., Payment date,
    UTR, its lines of invoices and TDS, Net amount); Amazon Seller Central's disbursement failed (a capsule,
    boxed fields: Disbursement ID, Seller, Amount, Bank account, Transfer method, Initiated on, Failure
    reason); GeM's seller payment status for NTPC Barh (a ruled table across the page with one row:
    Contract No. | Invoice No. | Amount (Rs.) | Status; shaded label cells: Seller, Paying authority, Net
    amount paid, Mode, UTR; no day); Canara Bank's e-payment advice to the beneficiary for the law
    university (a table ruled on every side: Remitter, Beneficiary, Beneficiary A/c, Amount, Amount in words,
    Transaction date, Mode, UTR, Canara Ref. No.). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=12000, high=260000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([UDYOG, UDYOG_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "itokri":
        j.amount = rupees(rng, 6000, 48000, 0.2)
        p = mail_page(
            rng,
            font,
            "iTokri Artisan Payouts <payouts@itokri.com>",
            ["Your payout has been sent", f"Payout sent - week {j.date.isocalendar()[1]}"],
        )
        p.part = "head"
        top(p, "iTokri")
        p.add("small", "Artisan payouts  |  Handmade in India, from the makers")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Maker,")
        p.add(
            "left",
            f"We have sent {rs(j.amount)} to your bank account for the orders below.",
            status=status,
            amount=j.amount,
        )
        p.add("gap")
        nets = h277.split(rng, j.amount, rng.randrange(2, 5))
        spec = [(0.0, 0.2, "l"), (0.2, 0.52, "l"), (0.52, 0.68, "r"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        lines = []
        for net in nets:
            sale = round(net / 0.8, 2)
            item = rng.choice(["Coaster set", "Wall plate 10 in", "Jewellery box", "Key holder", "Earrings"])
            lines.append(([f"IT{digits(rng, 6)}", item, num(sale), num(sale - net), num(net)], {}))
        zebra(p, "itk", spec, ["Order", "Item", "Sale", "iTokri fee", "Payout"], lines, (150, 40, 60))
        total(p, "Net payout", rs(j.amount), at=0.6)
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = pick(p, "left", [payee, CUT])
        dots(p, "Payee", name, at=0.3, merchant=name)
        dots(p, "Bank account", f"Bank of India {tail(rng)}", at=0.3)
        dots(p, "Mode", "NEFT", at=0.3, method="netbanking")
        dots(p, "UTR", utr, at=0.3, txn=(UTR_RANK, utr))
        dots(p, "Payout date", day_in(j, rng, ["%d %b %Y", "{d} %B %Y"]), at=0.3, date=j.date)
        p.add("small", "iTokri keeps 20% of each sale as its fee, GST included.")
        return p.done()
    if frame == "museum":
        p = sheet_page(rng, font, [760, 800])
        decor(p, "sidebar")
        p.part = "head"
        dev(p, "बिहार संग्रहालय, पटना", scale=1.05, bold=True)
        top(p, "Bihar Museum")
        p.add(
            "small", "Bailey Road, Patna - 800001  |  Art, Culture and Youth Department, Government of Bihar"
        )
        p.add("rule")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(1, 8))
        cols(
            p,
            "bm",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Memo No. BM/Accts/{rng.randrange(100, 999)}",
            f"Patna, dated {when(later, rng.choice(['%d.%m.%Y', '{d} %B %Y']))}",
        )
        p.add("gap")
        p.add("left", "To,")
        p.add("left", "The Proprietor,")
        p.add("left", payee, merchant=payee)
        p.add("left", OFFICE)
        p.add("gap")
        p.add("left", "Subject: Payment for Tikuli wall plates and coasters supplied to the museum shop.")
        p.add("gap")
        j.amount = float(int(j.amount))
        bill = f"TKG/{fy(j.date)}/{rng.randrange(20, 300)}"
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        p.add(
            "left",
            f"Madam, with reference to your bill No. {bill}, I am directed to inform you that a sum of "
            f"Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) has been credited to your "
            f"account by {way} on {day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y', '%d/%m/%Y'])}, after deduction "
            "of TDS as per rules.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        emboss(p)
        sig(p)
        right(p, "Accounts Officer, Bihar Museum")
        return p.done()
    if frame == "sbi":
        p = browser_page(rng, font, "vendorportal.sbi.co.in/lho-patna/payments/advice")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", "Local Head Office, Patna  |  Premises and Estate Department")
        p.add("center", "VENDOR PAYMENT ADVICE")
        p.add("rule")
        p.part = "body"
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        gross = round(j.amount / 0.999, 2)
        inv = f"TKG/{fy(j.date)}/{rng.randrange(20, 300)}"
        name = pick(p, "left", [payee, CUT])
        for label, value, facts in [
            ("Vendor name", name, {"merchant": name}),
            ("Vendor code", f"V{digits(rng, 7)}", {}),
            ("Invoice No.", inv, {}),
            ("Item", "Tikuli coaster sets and wall plates, Diwali", {}),
            ("Gross amount", rs(gross), {}),
            ("TDS u/s 194Q (0.1%)", rs(gross - j.amount), {}),
            ("Net amount paid", rs(j.amount), {"amount": j.amount}),
            ("Mode", way, {"method": "netbanking"}),
            ("UTR No.", utr, {"txn": (UTR_RANK, utr)}),
            ("Value date", day_in(j, rng, ["%d.%m.%Y", "%d-%b-%Y"]), {"date": j.date}),
        ]:
            gutter(p, "sv", label, value, at=0.4, **facts)
        p.add("gap")
        p.add("left", "The amount above has been paid to your account.", status=status)
        p.add("small", "System generated advice; no signature is required.")
        return p.done()
    if frame == "pfms":
        p = browser_page(rng, font, "pfms.nic.in/Users/Payments/PaymentStatus.aspx")
        p.part = "head"
        top(p, "PFMS")
        p.add("small", "Public Financial Management System  |  Controller General of Accounts")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Agency: {payer}")
        p.add("gap")
        track(p, ["Sanctioned", "Signed by DDO", "Sent to bank", "Credited"], "ddpt")
        pid = f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
        name = h273.cell_name(p, 0.62, [payee, CUT], scale=1.0)
        kv(p, "Sanction No.", f"AIIMS/PAT/Store/{rng.randrange(100, 999)}/{j.date.year}", at=0.38)
        kv(p, "Vendor Name", name, at=0.38, merchant=name)
        kv(p, "Amount", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Mode of Payment", "e-Payment (NEFT)", at=0.38, method="netbanking")
        kv(p, "PFMS Transaction ID", pid, at=0.38, txn=(TXN_RANK, pid))
        kv(p, "Sent to bank on", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.38, date=j.date)
        kv(p, "Payment Status", "Sent to bank - credit awaited", at=0.38, status=status)
        p.add("small", "The UTR appears here when the bank reports the credit.")
        return p.done()
    if frame == "sap":
        p = mail_page(
            rng,
            font,
            "IOCL Vendor Payments <vendorpay.barauni@indianoil.in>",
            ["Payment advice note", "Payment Advice - Barauni Refinery"],
        )
        typeface(p)
        p.part = "body"
        p.add("left", "Dear Vendor, please find the payment advice below.")
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        doc = f"20{digits(rng, 8)}"
        width_ = h271.tt_cols(p)
        typed(p, "INDIAN OIL CORPORATION LIMITED".center(width_).rstrip())
        typed(p, "BARAUNI REFINERY - FINANCE".center(width_).rstrip())
        typed(p, "PAYMENT ADVICE NOTE".center(width_).rstrip())
        typed(p, "-" * width_)
        name = payee.upper() if len(payee) + 10 <= width_ else CUT
        typed(p, f"VENDOR    : {name}", merchant=name)
        typed(p, f"VENDOR NO : {digits(rng, 7)}")
        typed(p, f"CLEAR.DOC : {doc}", txn=(INVOICE_RANK, doc))
        typed(p, f"PAY DATE  : {when(j.date, '%d.%m.%Y')}", date=j.date)
        typed(p, f"PAY METHOD: {way}  UTR {utr}", method="netbanking", txn=(UTR_RANK, utr))
        typed(p, "-" * width_)
        amt_w = 13
        desc_w = width_ - amt_w - 1
        nets = h277.split(rng, j.amount, rng.randrange(1, 3))
        for net in nets:
            gross = round(net / 0.999, 2)
            inv = f"TKG/{fy(j.date)}/{rng.randrange(20, 300)}"
            typed(p, f"{('INV ' + inv)[:desc_w]:<{desc_w}} {num(gross, 'western'):>{amt_w}}")
            typed(p, f"{'  LESS TDS 194Q':<{desc_w}} {'-' + num(gross - net, 'western'):>{amt_w}}")
        typed(p, "-" * width_)
        typed(p, f"{'NET AMOUNT PAID (INR)':<{desc_w}} {num(j.amount, 'western'):>{amt_w}}", amount=j.amount)
        typed(p, "-" * width_)
        p.add("gap")
        p.add("left", "The amount has been credited to your bank account.", status=status)
        p.add(
            "small", "Computer generated advice from SAP. For queries write to vendorpay.barauni@indianoil.in"
        )
        return p.done()
    if frame == "amazon":
        j.amount = rupees(rng, 8000, 65000, 0.2)
        did = f"{digits(rng, 11)}"
        p = browser_page(rng, font, f"sellercentral.amazon.in/payments/disbursements/{did}")
        p.part = "head"
        top(p, "amazon seller central")
        p.add("small", "Payments  |  Disbursements  |  Amazon Karigar")
        p.add("rule")
        p.part = "body"
        pill(p, "Disbursement failed", status, align="l")
        p.add(
            "left",
            "Your bank returned the transfer: the account is closed. Add a new bank account to receive it.",
        )
        p.add("gap")
        name = pick(p, "left", [payee, CUT])
        field(p, "Disbursement ID", did, txn=(TXN_RANK, did))
        field(p, "Seller", name, merchant=name)
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Bank account", f"Bank of India {tail(rng)}")
        field(p, "Transfer method", "NEFT", method="netbanking")
        field(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        field(p, "Failure reason", "R03 - account closed")
        return p.done()
    if frame == "gem":
        p = browser_page(rng, font, "admin-mkp.gem.gov.in/seller/payments/status")
        p.part = "head"
        top(p, "GeM")
        p.add("small", "Government e-Marketplace  |  Seller payment status")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Buyer: {payer}")
        p.add("gap")
        contract = f"GEMC-5116877{digits(rng, 8)}"
        inv = f"TKG/{rng.randrange(20, 300)}"
        grid(
            p,
            "gm",
            [(0.0, 0.38, "l"), (0.38, 0.58, "l"), (0.58, 0.78, "r"), (0.78, 1.0, "l")],
            ["Contract No.", "Invoice No.", "Amount (Rs.)", "Status"],
            [([contract, inv, num(j.amount), "Paid"], {"amount": j.amount, "status": status})],
            tint=(226, 232, 244),
        )
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        name = h273.cell_name(p, 0.62, [payee, CUT], scale=1.0)
        kv(p, "Seller", name, at=0.38, merchant=name)
        kv(p, "Paying authority", "NTPC Barh, Finance and Accounts", at=0.38)
        kv(p, "Net amount paid", rs(j.amount), at=0.38)
        kv(p, "Mode", "e-Payment (NEFT)", at=0.38, method="netbanking")
        kv(p, "UTR", utr, at=0.38, txn=(UTR_RANK, utr))
        p.add("small", "Tikuli wall plates and coaster sets, corporate gifts. Paid within the GeM timeline.")
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    watermark(p, "e-ADVICE", (0, 120, 190), alpha=34)
    p.part = "head"
    top(p, "Canara Bank")
    p.add("small", "Corporate Banking, Patna Main  |  e-Payment advice to beneficiary")
    p.add("rule")
    p.part = "body"
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = utr_for(rng, j, "Canara Bank", way)
    cref = f"CNRB{digits(rng, 10)}"
    name = h273.cell_name(p, 0.62, [payee, CUT])
    grid(
        p,
        "cn",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        None,
        [
            (["Remitter", payer], {}),
            (["Beneficiary", name], {"merchant": name}),
            (["Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}  |  BKID000{digits(rng, 4)}"], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Amount in words", words_in_rupees(j.amount)], {}),
            (["Transaction date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            (["Mode", way], {"method": "netbanking"}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Canara Ref. No.", cref], {"txn": (BANK_RANK, cref)}),
        ],
        tint=(216, 234, 246),
    )
    p.add("gap")
    p.add("left", "The remitter has paid the amount above to your account.", status=status)
    p.add("small", "Remarks: Tikuli mementoes for the convocation. Auto-generated; please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Brooklyn Folk Art Co.", "New York, USA", "USD", 400, 4800, "wise"),
    ("Hedgerow Home Ltd", "Bath, United Kingdom", "GBP", 300, 3800, "barclays"),
    ("Atelier Kleurrijk B.V.", "Utrecht, Netherlands", "EUR", 300, 4200, "ing"),
    ("Bhojpuri Heritage Boutique Ltd", "Port Louis, Mauritius", "MUR", 15000, 160000, "mcb"),
    ("Caroni Crafts Ltd", "San Fernando, Trinidad and Tobago", "TTD", 2500, 26000, "republic"),
    ("Kauri Gallery Ltd", "Wellington, New Zealand", "NZD", 500, 6000, "anz"),
    ("Folkform AB", "Gothenburg, Sweden", "SEK", 4000, 42000, "seb"),
    ("Durban Diwali Traders (Pty) Ltd", "Durban, South Africa", "ZAR", 5000, 60000, "standard"),
]
FX = {"USD": 88.4, "GBP": 114.2, "EUR": 97.6, "MUR": 1.93, "TTD": 13.0, "NZD": 51.8, "SEK": 8.9, "ZAR": 4.9}


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with the code after (1,250.00 USD), pounds with their
    sign, euros the Dutch way (EUR 1.234,56 / € 1.234,56), Mauritian rupees and Trinidad dollars and New
    Zealand dollars with a code or sign and English grouping, Swedish kronor with a space between the
    thousands and a decimal comma (12 450,00 kr), rand with a space between the thousands and a decimal
    point (R 12 345.67)."""
    if cur == "USD":
        return lambda v: f"{v:,.2f} USD"
    if cur == "GBP":
        mark = sign(font, "\u00a3", "GBP ")
        return lambda v: f"{mark}{v:,.2f}"
    if cur == "EUR":
        mark = rng.choice([sign(font, "\u20ac", "EUR") + " ", "EUR "])
        return lambda v: mark + f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    if cur == "SEK":
        return lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",") + " kr"
    if cur == "ZAR":
        return lambda v: "R " + f"{v:,.2f}".replace(",", " ")
    form = rng.choice(
        {"MUR": ["MUR {v}", "Rs {v} (MUR)"], "TTD": ["TT${v}", "TTD {v}"], "NZD": ["NZ${v}", "NZD {v}"]}[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Brooklyn folk art shop, a Bath homeware shop, a Utrecht design studio, a Port Louis heritage boutique,
    a Trinidad crafts shop, a Wellington gallery, a Gothenburg design shop and a Durban Diwali trader paying
    for coasters, wall plates, trays and jewellery boxes: Wise's transfer on its way in US dollars (its steps
    down the page with their days: set up, USD received, sending, arrives; Transfer #, Amount sent, Wise fee,
    Recipient gets in rupees); Barclays' Payment sent in pounds ("to <beneficiary>", each label small over
    its value: Date, Payment type, Barclays reference, Their bank, Reference); ING's transfer confirmation in
    euros the Dutch way, each label in Dutch and English in a table ruled on every side (Naam begunstigde /
    Beneficiary name, Bedrag / Amount, Uitvoeringsdatum / Execution date, Kenmerk / Reference, Omschrijving /
    Description, Status: Uitgevoerd / Executed); MCB Juice's transfer completed in Mauritian rupees ("Today
    at <hour>"; Transaction reference, Transfer type, Beneficiary bank, Purpose; no day); RepublicOnline's
    WIRE TRANSFER CONFIRMATION in Trinidad dollars (shaded label cells: Confirmation Number, Value Date,
    Beneficiary Name, Beneficiary Bank, Amount, Charges, Status); ANZ's overseas payment notification to the
    payee in New Zealand dollars (its sentence, a card: Amount, Payment date, Paid to, Particulars; no
    reference); SEB's foreign payment rejected in Swedish kronor, each label in Swedish over its English
    (Mottagare / Recipient, Belopp / Amount, Betalningsdag / Payment date year first, Referens / Reference,
    Orsak / Reason); Standard Bank's PROOF OF PAYMENT in rand, its day year first with slashes (2026/08/14),
    in dot leaders (Date of payment, Reference number, Beneficiary name, Beneficiary bank, Amount, Payment
    type, Their reference). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    me = rng.choice([UDYOG, UDYOG_CAPS])
    inv = f"TKG/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    if frame == "wise":
        p = mail_page(
            rng, font, "Wise <noreply@wise.com>", ["Your money's on its way", "Your transfer is on its way"]
        )
        p.part = "head"
        top(p, "Wise")
        p.add("rule")
        p.part = "body"
        name = pick(p, "left", [me, CUT])
        p.add("left", f"Hi {payer.split()[0]} team, your money is on its way to {name}.", merchant=name)
        p.add("gap")
        set_up = when(j.date, rng.choice(["%B {d}, %Y", "{d} %B %Y"]))
        step(p, "You set up your transfer", set_up, "done", date=j.date)
        step(p, "We received your USD", "", "done")
        step(p, "We are sending your money to India", "", "pending", status=status, method="netbanking")
        step(p, "Your money arrives", "in 1 to 2 working days", "todo")
        p.add("gap")
        tno = f"{rng.randrange(1, 9)}{digits(rng, 9)}"
        fee = round(j.amount * 0.0065 + 4.1, 2)
        spec = [(0.0, 0.45, "l"), (0.45, 1.0, "r")]
        cols(p, "ws", spec, "Transfer #", tno, txn=(TXN_RANK, tno))
        cols(p, "ws", spec, "Amount sent", show(j.amount), amount=j.amount, cur=cur)
        cols(p, "ws", spec, "Wise fee (paid by you)", show(fee))
        cols(p, "ws", spec, "Recipient gets", f"{num(round(j.amount * rate, 2), 'indian')} INR")
        cols(p, "ws", spec, "Reference", clip(f"Invoice {inv}", 30))
        p.add("gap")
        p.add("small", "Wise Payments Ltd. You can track this transfer in your account.")
        return p.done()
    if frame == "barclays":
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Done",))
        band(p, (0, 80, 160))
        app_head(p, "Barclays", "International payment")
        p.add("center", f"{sign(font, chr(0x2713), '')} Payment sent".strip(), status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        bref = f"BRC{code(rng, 2, UPPER)}{digits(rng, 9)}"
        for label, value, facts in [
            ("Date", day_in(j, rng, ["{d} %B %Y", "%d %b %Y"]), {"date": j.date}),
            ("Payment type", "International payment (SWIFT)", {"method": "netbanking"}),
            ("Barclays reference", bref, {"txn": (BANK_RANK, bref)}),
            ("Their bank", "Bank of India, Patna Main Branch", {}),
            ("Reference", clip(f"TIKULI {inv}", 26), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "ing":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "ING")
        p.add("small", "Zakelijk Bankieren  |  Overboekingsbevestiging / Transfer confirmation")
        p.add("rule")
        p.part = "body"
        p.add("left", f"{payer}, {city}")
        p.add("gap")
        ref = f"ING{j.date:%y}{digits(rng, 10)}"
        name = h273.cell_name(p, 0.52, [me, CUT])
        grid(
            p,
            "ig",
            [(0.0, 0.48, "l"), (0.48, 1.0, "l")],
            None,
            [
                (["Naam begunstigde / Beneficiary name", name], {"merchant": name}),
                (["Bank begunstigde / Beneficiary bank", "State Bank of India, Patna"], {}),
                (["Bedrag / Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Uitvoeringsdatum / Execution date", when(j.date, "%d-%m-%Y")], {"date": j.date}),
                (["Soort / Type", "SWIFT-overboeking (SHA)"], {"method": "netbanking"}),
                (["Kenmerk / Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Omschrijving / Description", clip(f"Factuur {inv}", 28)], {}),
                (["Status", "Uitgevoerd / Executed"], {"status": status}),
            ],
            tint=(255, 236, 214),
        )
        p.add("gap")
        p.add("small", "ING Bank N.V., Amsterdam. Deze bevestiging is automatisch aangemaakt.")
        return p.done()
    if frame == "mcb":
        p = phone(rng, font, k, ["", "Transfer"], dark=rng.random() < 0.4, buttons=("Done",))
        band(p, (200, 16, 46))
        app_head(p, "MCB Juice", "Overseas transfer")
        pill(p, "Completed", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today at {hhmm(rng, twelve=False)}")
        p.add("rule")
        ref = f"FT{j.date:%y}{code(rng, 4, UPPER)}{digits(rng, 6)}"
        kvr(p, "Transaction reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Transfer type", "SWIFT (SHA)", method="netbanking")
        kvr(p, "Beneficiary bank", "Canara Bank, Patna")
        kvr(p, "Purpose", "Purchase of handicrafts")
        return p.done()
    if frame == "republic":
        p = browser_page(rng, font, "www.republicbanktt.com/RepublicOnline/wire/confirmation")
        p.part = "head"
        top(p, "Republic Bank")
        p.add("small", f"RepublicOnline Business  |  {payer}")
        p.add("center", "WIRE TRANSFER CONFIRMATION")
        p.add("rule")
        p.part = "body"
        conf = f"W{digits(rng, 10)}"
        charge = float(rng.choice([120, 150, 175]))
        name = h273.cell_name(p, 0.6, [me, CUT], scale=1.0)
        kv(p, "Confirmation Number", conf, at=0.4, txn=(BANK_RANK, conf))
        kv(p, "Value Date", day_in(j, rng, ["%d-%b-%Y", "%B {d}, %Y"]), at=0.4, date=j.date)
        kv(p, "Beneficiary Name", name, at=0.4, merchant=name)
        kv(p, "Beneficiary Bank", "Bank of India, Patna (BKIDINBBPAT)", at=0.4)
        kv(p, "Amount", show(j.amount), at=0.4, amount=j.amount, cur=cur)
        kv(p, "Charges", f"{show(charge)} (remitter)", at=0.4)
        kv(p, "Transfer type", "International wire (SWIFT MT103)", at=0.4, method="netbanking")
        kv(p, "Status", "Processed", at=0.4, status=status)
        return p.done()
    if frame == "anz":
        p = mail_page(
            rng,
            font,
            "ANZ Internet Banking <notifications@anz.co.nz>",
            ["You have been sent an overseas payment", "Overseas payment notification"],
        )
        p.part = "head"
        top(p, "ANZ")
        p.add("rule")
        p.part = "body"
        p.add("left", "Kia ora,")
        p.add(
            "left",
            f"{payer} has sent you an overseas payment using ANZ Internet Banking. The details are below.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        name = pick(p, "left", [me, CUT])
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "an", spec, "Amount", show(j.amount), amount=j.amount, cur=cur)
        cols(p, "an", spec, "Payment date", day_in(j, rng, ["%d/%m/%Y", "{d} %B %Y"]), date=j.date)
        cols(p, "an", spec, "Paid to", name, merchant=name)
        cols(p, "an", spec, "Method", "Overseas telegraphic transfer", method="netbanking")
        cols(p, "an", spec, "Particulars", "Tikuli plates")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Overseas payments can take 2 to 5 working days to reach the account.")
        p.add("small", "ANZ Bank New Zealand Limited. Please do not reply to this email.")
        return p.done()
    if frame == "seb":
        p = browser_page(rng, font, "foretag.seb.se/betalningar/utland/status")
        p.part = "head"
        top(p, "SEB")
        p.add("small", "Utlandsbetalning / Foreign payment")
        p.add("rule")
        p.part = "body"
        strip(p, "Betalningen har avvisats / The payment was rejected", status)
        p.add("gap")
        ref = f"SEB{digits(rng, 12)}"
        name = pick(p, "left", [me, CUT])
        for label, value, facts in [
            ("Mottagare / Recipient", name, {"merchant": name}),
            ("Belopp / Amount", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Betalningsdag / Payment date", when(j.date, "%Y-%m-%d"), {"date": j.date}),
            ("Betalningstyp / Type", "SWIFT, delade avgifter (SHA)", {"method": "netbanking"}),
            ("Referens / Reference", ref, {"txn": (BANK_RANK, ref)}),
            ("Orsak / Reason", "Felaktigt kontonummer / Wrong account number", {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    decor(p, "sidebar")
    p.part = "head"
    top(p, "Standard Bank")
    p.add("small", "Business Online  |  Durban, South Africa")
    p.add("center", "PROOF OF PAYMENT")
    p.add("rule")
    p.part = "body"
    p.add("left", "This serves as confirmation that the following payment has been made.", status=status)
    p.add("gap")
    ref = f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
    name = pick(p, "right", [me, CUT])
    for label, value, facts in [
        ("Date of payment", when(j.date, "%Y/%m/%d"), {"date": j.date}),
        ("Reference number", ref, {"txn": (BANK_RANK, ref)}),
        ("Beneficiary name", name, {"merchant": name}),
        ("Beneficiary bank", "Bank of India, Patna", {}),
        ("Amount", show(j.amount), {"amount": j.amount, "cur": cur}),
        ("Payment type", "International payment (SWIFT)", {"method": "netbanking"}),
        ("Their reference", clip(f"INV {inv}", 26), {}),
        ("Remitter", payer, {}),
    ]:
        dots(p, label, value, at=0.36, **facts)
    p.add("gap")
    p.add(
        "small",
        "Standard Bank does not guarantee the authenticity of this document. Verify on your statement.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the enterprise's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The enterprise's own papers, each its unit or itself on top: the Khadi Mall counter's TAX INVOICE from
    its billing printer on a torn roll (Bill No. and Date, Cashier, the items in pairs, Taxable, CGST 2.5%,
    SGST 2.5%, Net Amt, Paid: UPI (PhonePe), UPI Ref); its MONEY RECEIPT from a book under its Kaithi and
    Hindi lines, the number struck in red by a numbering machine (Date, Received with thanks from, Rupees,
    by, on account of written in; Rs. in a box); the web shop's checkout with the payment failed (a large
    cross, dot leaders: Order ID, Payment ID, Amount, Payment method, Attempted on); the Saras Mela stall's
    BILL from a carbon book (Bill No. printed, the date and the items written by hand on its ruling, Total,
    "Paid by UPI, Ref ..."); a corporate gift order's PROFORMA INVOICE CUM ADVANCE RECEIPT (a table ruled on
    every side, Order value, "Advance of Rs. x received by NEFT on <day>, UTR ...", Balance on delivery); the
    web shop's order mail with the payment awaiting the bank (its items, Order total, Order No., Payment,
    PayU ID, Order placed); the Kala Kutir's WORKSHOP FEE RECEIPT in a Tikuli border under a coaster (No.
    left blank, Date, Received from, Participant, Workshop, Fee Rs. written in, Paid in cash; no reference);
    the counter's CERTIFICATE OF AUTHENTICITY CUM SALE RECEIPT with its Craftmark tag (Artwork, Artist,
    Medium, Size, Price, Paid by, Approval code; "Received in full."; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=800, high=45000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = screen(rng, font, width=rng.choice([460, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        p.part = "head"
        name = GHAR_CAPS
        p.add("center", name, merchant=name)
        p.add("small", "SHOP 14, KHADI MALL, FRASER ROAD")
        p.add("small", "PATNA - 800001  PH 0612-22" + digits(rng, 5))
        p.add("small", f"GSTIN {GSTIN}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = f"TG/{rng.randrange(1000, 9999)}"
        p.pair("Bill No", bno, txn=(INVOICE_RANK, bno))
        p.pair(
            "Date",
            f"{when(j.date, rng.choice(['%d/%m/%y', '%d-%m-%Y']))} {hhmm(rng, twelve=False)}",
            date=j.date,
        )
        p.pair("Cashier", rng.choice(["Manju", "Rinku", "Asha"]))
        p.add("rule")
        items = works(rng, rng.randrange(2, 4), high=2600)
        taxable = 0.0
        for text, _, q, pr in items:
            p.add("left", clip(text, 34).upper())
            p.pair(f"  {q} x {num(pr, 'plain')}", num(q * pr, "plain"))
            taxable += q * pr
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        p.add("rule")
        p.pair("Taxable", num(taxable, "plain"))
        p.pair("CGST 2.5%", num(gst, "plain"))
        p.pair("SGST 2.5%", num(gst, "plain"))
        p.pair("Net Amt", f"Rs.{num(j.amount, 'indian')}", amount=j.amount)
        p.add("rule")
        p.pair("Paid", "UPI (PhonePe)", method="UPI", status=status)
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("center", "Thank you! Handmade by the women of Patna.")
        p.add("small", "Goods once sold are exchanged within 7 days with this bill.")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 246, 236), (247, 245, 238)])
        p.part = "head"
        kaithi(p, "टिकुली कला", scale=1.15)
        dev(p, UDYOG_HI, scale=0.95, bold=True)
        name = pick(p, "title", [UDYOG, "Patliputra Tikuli Kala"])
        top(p, name, merchant=name)
        p.add("small", f"{OFFICE}  |  {UDYAM}")
        p.add("center", "MONEY RECEIPT")
        p.part = "body"
        no = f"{rng.randrange(1, 9999):05d}"
        redno(p, "No.", no, txn=(INVOICE_RANK, no))
        j.amount = float(rng.randrange(1200, 18000, 50))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y", "%d-%m-%Y"]), date=j.date)
        blank(p, "Received with thanks from", who, status=status)
        words = words_in_rupees(j.amount).replace("Rupees ", "")
        if load_font(hand_pen(p), int(p.style["size"] * 1.05)).getlength(words) > 0.66 * room_of(p):
            words = f"{num(j.amount, 'indian', 0)} only"
        blank(p, "Rupees", words)
        blank(p, "by", "Cash", method="cash")
        blank(
            p,
            "on account of",
            rng.choice(["Tikuli wall plates (2)", "coaster sets, Diwali", "jewellery box"]),
        )
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        right(p, f"for {name}")
        return p.done()
    if k == 2:
        oid = f"TG{rng.randrange(10000, 99999)}"
        p = browser_page(rng, font, f"{WEB}/checkout/{oid.lower()}/payment")
        p.part = "head"
        top(p, GHAR, merchant=GHAR)
        p.add("small", f"{WEB}  |  Tikuli art from Patna, painted by women artisans")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("small", "Your bank did not authorise the payment. Your order is saved; try again.")
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=3000)
        j.amount = round(sum(q * pr for _, _, q, pr in items) + float(rng.choice([0, 99, 149])), 2)
        mid = f"MOJO{j.date:%m%d}{code(rng, 1, UPPER)}{digits(rng, 8)}"
        dots(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        dots(p, "Payment ID", mid, at=0.36, txn=(TXN_RANK, mid))
        dots(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        dots(p, "Payment method", "Net banking - State Bank of India", at=0.36, method="netbanking")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        p.add("small", "Payments secured by Instamojo.")
        return p.done()
    if k == 3:
        shift(j, rng, SARAS + dt.timedelta(days=rng.randrange(0, 14)))
        p = sheet_page(rng, font, [660, 700])
        carbon(p)
        p.part = "head"
        name = GHAR_CAPS
        top(p, name, merchant=name)
        p.add("small", "Stall 63, Bihar Saras Mela, Gandhi Maidan, Patna")
        p.add("small", f"A unit of {UDYOG}")
        p.add("center", "BILL")
        p.part = "body"
        no = f"{rng.randrange(100, 999)}"
        cols(p, "sb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Bill No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%y", "{d}.%m.%Y"]), date=j.date)
        blank(p, "Name", who)
        spec = [(0.0, 0.56, "l"), (0.56, 0.68, "c"), (0.68, 0.82, "r"), (0.82, 1.0, "r")]
        cols(p, "sbh", spec, "Particulars", "Qty", "Rate", "Amount", mode="soft")
        start = len(p.rows)
        items = works(rng, rng.randrange(2, 4), high=2600)
        total_ = 0.0
        for text, _, q, pr in items:
            hcells(p, spec, clip(text, 24), str(q), num(pr, "plain", 0), num(q * pr, "indian", 0))
            total_ += q * pr
        j.amount = total_
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.56, 0.68, 0.82])
        write(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        right(p, "for Tikuli Ghar")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        coaster(p)
        name = pick(p, "title", [UDYOG, UDYOG_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{OFFICE}  |  GSTIN {GSTIN}")
        p.add("center", "PROFORMA INVOICE CUM ADVANCE RECEIPT")
        p.add("rule")
        p.part = "body"
        pi = f"PI/{fy(j.date)}/{rng.randrange(10, 99)}"
        cols(
            p,
            "pi",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"PI No. {pi}",
            f"Date: {when(earlier(rng, j, 3, 20), '%d.%m.%Y')}",
        )
        client = rng.choice(["Hotel Maurya, Patna", "Patna Golf Club", "Bihar Chamber of Commerce"])
        p.add("left", f"To: {client}")
        n_sets = rng.choice([100, 150, 200, 250])
        rate = float(rng.choice([420, 480, 550]))
        plates = rng.choice([20, 30, 40])
        prate = float(rng.choice([1350, 1500, 1650]))
        taxable = n_sets * rate + plates * prate
        gst = round(taxable * 0.05, 2)
        order = round(taxable + gst, 2)
        grid(
            p,
            "pg",
            [(0.0, 0.52, "l"), (0.52, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description", "Qty", "Rate", "Amount"],
            [
                (["Coaster set of 4, logo, gift box", str(n_sets), num(rate), num(n_sets * rate)], {}),
                (["Wall plate 10 in, Bihar motif", str(plates), num(prate), num(plates * prate)], {}),
                (["IGST 5%", "", "", num(gst)], {}),
            ],
            foot=(["Order value", num(order)], {}),
            tint=(248, 228, 216),
        )
        j.amount = float(round(order * 0.5))
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        p.add("gap")
        p.add(
            "left",
            f"Advance of Rs. {num(j.amount, 'indian', 0)}/- received by NEFT on "
            f"{day_in(j, rng, ['%d.%m.%Y', '{d} %b %Y'])}, UTR {utr}.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("left", f"Balance on delivery: Rs. {num(order - j.amount, 'indian')}")
        sig(p)
        right(p, f"{PROPRIETOR}, Proprietor")
        return p.done()
    if k == 5:
        order = f"TG{rng.randrange(10000, 99999)}"
        p = mail_page(
            rng,
            font,
            f"{GHAR} <orders@{WEB}>",
            [f"Order {order} received - payment pending", "We have your order"],
        )
        p.part = "head"
        top(p, GHAR, merchant=GHAR)
        p.add("small", WEB)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {who.split(' ', 1)[1]},")
        p.add(
            "left",
            "Thank you for your order. Your payment is awaiting confirmation from your bank; we will pack "
            "your order as soon as it is confirmed.",
            status=status,
        )
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=3400)
        ship = float(rng.choice([0, 80, 120]))
        j.amount = round(sum(q * pr for _, _, q, pr in items) + ship, 2)
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        for text, _, q, pr in items:
            cols(p, "om", spec, f"{q} x {clip(text, 40)}", rs(q * pr))
        cols(p, "om", spec, "Shipping", rs(ship) if ship else "Free")
        total(p, "Order total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        pid = f"{digits(rng, 11)}"
        spec2 = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        cols(p, "op", spec2, "Order No.", order, txn=(ORDER_RANK, order))
        cols(p, "op", spec2, "Payment", "UPI via PayU", method="UPI")
        cols(p, "op", spec2, "PayU ID", pid, txn=(TXN_RANK, pid))
        cols(
            p,
            "op",
            spec2,
            "Order placed",
            at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)),
            date=j.date,
        )
        p.add("gap")
        p.add("small", "If the payment fails, any amount debited is refunded by your bank in 5 to 7 days.")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [700, 740])
        tikuli_border(p)
        p.part = "head"
        coaster(p)
        name = pick(p, "title", [KUTIR, KUTIR.upper()])
        top(p, name, merchant=name)
        p.add("small", f"{KUTIR_AT}  |  a unit of {UDYOG}")
        p.add("center", "WORKSHOP FEE RECEIPT")
        p.part = "body"
        cols(p, "wf", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ............", "")
        j.amount = float(rng.choice([600, 900, 1200, 1500, 1800]))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "Received from", who)
        blank(p, "Participant", rng.choice(["Aarav (11 yrs)", "Ishita (9 yrs)", "self", "Mishti (13 yrs)"]))
        blank(p, "Workshop", rng.choice(["Tikuli on coasters, 2 days", "Glass painting, 3 days"]))
        blank(p, "Fee Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blank(p, "Paid in", "cash", method="cash")
        write(p, "Received with thanks", status=status)
        right(p, "Co-ordinator")
        p.add("gap")
        return p.done()
    p = sheet_page(rng, font, [720, 760])
    p.style["paper"] = (253, 250, 242)
    tikuli_border(p)
    p.part = "head"
    kaithi(p, "टिकुली घर", scale=1.15)
    name = pick(p, "title", [GHAR, GHAR_CAPS])
    top(p, name, merchant=name)
    p.add("small", GHAR_AT)
    p.add("center", "CERTIFICATE OF AUTHENTICITY CUM SALE RECEIPT")
    p.part = "body"
    artist = rng.choice(ARTISANS)
    p.add(
        "left",
        f"This Tikuli work is painted by hand by {artist} of Patna in enamel and gold foil, as Patna's "
        "bindi makers painted it.",
    )
    hangtag(p, f"CM/BR/TK/{digits(rng, 5)}")
    j.amount = float(rng.randrange(1800, 9000, 100))
    appr = digits(rng, 6)
    dots(
        p,
        "Artwork",
        rng.choice(["Peacock pair, wall plate 12 in", "Fish and lotus tray", "Bride's palki, panel"]),
        at=0.3,
    )
    dots(p, "Artist", artist, at=0.3)
    dots(p, "Medium", "Enamel and gold foil on hardboard", at=0.3)
    dots(p, "Price", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.3, bold=True, amount=j.amount)
    dots(p, "Paid by", f"Debit card {masked(rng, font)}", at=0.3, method="card")
    dots(p, "Approval code", appr, at=0.3, txn=(APPR_RANK, appr))
    p.add("left", "Received in full.", status=status)
    sig(p)
    right(p, f"{PROPRIETOR}, {GHAR}")
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The enterprise's suppliers, each on top of its own paper: PATNA PLYWOOD HOUSE's TAX INVOICE for
    hardboard, stapled, with the accountant's sticky note of the payment ("Paid by UPI", Ref, on <day>);
    IndiaMART's Pay with IndiaMART page with the payment pending with the bank (its steps left to right,
    Seller, Order ID, Transaction ID, Amount, Payment mode, Initiated on); MAA DURGA PAINTS' CASH MEMO under
    its Hindi name, enamel splashed on it (No. printed, Date left blank, the enamels, gold foil and thinner
    written in with their sums, Total, "Recd. cash"; no day); Amazon Business' payment failed on a tinted
    band (Order #, Sold by, Items, Order total, Payment method, Attempted on); a glass cutter's bill written
    by hand on squared paper (his name, his street, the glass cut and its sums, Total, "Cash recd.", the day;
    no number, no reference); Delhivery's PAYMENT RECEIPT mailed (a striped table of its shipments and GST,
    Total paid, Receipt No., Paid on, Payment mode, UPI reference); Canva's receipt as Stripe mails it (Amount
    paid, Date paid, Payment method, Receipt number, its plan, IGST 18%); RAJ FRAME & ART's BILL with its total
    crossed out and the discounted sum written by hand beside it ("Recd. by GPay", UPI Ref). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=1500, high=80000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        decor(p, "staple")
        p.part = "head"
        name = "PATNA PLYWOOD HOUSE"
        top(p, name, merchant=name)
        p.add("small", f"Plywood, MDF and hardboard  |  Bakarganj, Patna - 800004  |  GSTIN {gstin_of(rng)}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"PPH/{rng.randrange(1000, 4000)}"
        cols(
            p,
            "pp",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {when(earlier(rng, j, 2, 15), '%d.%m.%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {UDYOG}, Mahendru")
        lines = [
            ("Hardboard 3 mm, 8 x 4 ft", "4411", rng.randrange(10, 40), float(rng.randrange(420, 560, 10))),
            ("MDF 6 mm, 8 x 4 ft", "4411", rng.randrange(4, 16), float(rng.randrange(780, 980, 10))),
            ("Cutting, round 4 in (coasters)", "9988", rng.randrange(200, 600), float(rng.choice([3, 4, 5]))),
        ]
        taxable = sum(q * r for _, _, q, r in lines)
        gst = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst)
        spec = [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")]
        grid(
            p,
            "ppg",
            spec,
            ["Description", "HSN", "Qty", "Rate", "Amount"],
            [([t, h, str(q), num(r, "plain", 0), num(q * r)], {}) for t, h, q, r in lines]
            + [(["CGST 9%", "", "", "", num(gst)], {}), (["SGST 9%", "", "", "", num(gst)], {})],
            foot=(["Total (rounded)", num(j.amount)], {"amount": j.amount}),
            tint=(230, 222, 206),
        )
        sticky(
            p,
            [
                ("Paid by UPI", {"method": "UPI", "status": status}),
                (f"Ref {j.ref}", {"txn": (UTR_RANK, j.ref)}),
                (f"on {when(j.date, rng.choice(['%d.%m.%Y', '{d}/%m/%y']))}", {"date": j.date}),
            ],
        )
        p.add("gap")
        right(p, f"For {name}")
        return p.done()
    if k == 1:
        oid = f"{digits(rng, 9)}"
        p = browser_page(rng, font, f"seller.indiamart.com/paywithindiamart/order/{oid}")
        p.part = "head"
        top(p, "IndiaMART")
        p.add("small", "Pay with IndiaMART  |  Buyer protection")
        p.add("rule")
        p.part = "body"
        track(p, ["Payment made", "Bank confirms", "Seller ships", "Released to seller"], "dptt")
        pill(p, "Payment pending with your bank", status, align="l")
        p.add("small", "We will confirm within 2 hours. Please do not pay again.")
        p.add("gap")
        seller = "Moradabad Brass Fittings"
        j.amount = rupees(rng, 3000, 24000, 0.4)
        tid = f"IMPAY{digits(rng, 12)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "imt", spec, "Seller", seller, merchant=seller)
        colkv(p, "imt", spec, "Items", "Brass hinges, 1 in (200), box clasps (200), mini locks (50)")
        colkv(p, "imt", spec, "Order ID", oid, txn=(ORDER_RANK, oid))
        colkv(p, "imt", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(p, "imt", spec, "Amount", rs(j.amount), amount=j.amount)
        colkv(p, "imt", spec, "Payment mode", "UPI", method="UPI")
        colkv(
            p,
            "imt",
            spec,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)),
            date=j.date,
        )
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 246, 236)])
        decor(p, "splash")
        p.part = "head"
        dev(p, "माँ दुर्गा पेंट्स एंड हार्डवेयर", scale=1.1, bold=True)
        name = "MAA DURGA PAINTS & HARDWARE"
        p.add("center", name, merchant=name)
        p.add("small", "Ashok Rajpath, Patna - 800004  |  Enamels, foils, brushes")
        p.add("center", "CASH MEMO")
        p.part = "body"
        no = str(rng.randrange(2000, 6000))
        cols(
            p,
            "md",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {no}",
            "Date ..............",
            txn=(INVOICE_RANK, no),
        )
        blank(p, "M/s", "Tikuli Kala Kutir, Mahendru")
        start = len(p.rows)
        spec = [(0.0, 0.7, "l"), (0.78, 1.0, "r")]
        paints = [
            ("Enamel, signal red, 500 ml x 2", 380, 520),
            ("Enamel, golden yellow, 500 ml x 2", 360, 500),
            ("Enamel, black, 1 ltr", 420, 560),
            ("Gold foil, 25 leaves x 4", 600, 900),
            ("Thinner, 1 ltr", 160, 240),
            ("Brushes, round 0 to 4, set", 180, 320),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(paints, 4):
            v = float(rng.randrange(lo, hi, 10))
            hcells(p, spec, text, num(v, "indian", 0))
            total_ += v
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        write(p, "Recd. cash", method="cash", status=status)
        right(p, f"For {name}")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, f"www.amazon.in/business/checkout/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "amazon business")
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment failed", status)
        p.add("left", "Your card issuer declined the payment. Your order has not been placed.")
        p.add("gap")
        order = f"40{rng.randrange(2, 9)}-{digits(rng, 7)}-{digits(rng, 7)}"
        seller = "Kala Srishti Art Supplies"
        j.amount = rupees(rng, 2500, 19000, 0.3)
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "amb", spec, "Order #", order, txn=(ORDER_RANK, order))
        colkv(p, "amb", spec, "Sold by", seller, merchant=seller)
        colkv(p, "amb", spec, "Items", "Imitation gold leaf, 100 sheets (4); glass paint outliner (12)")
        colkv(p, "amb", spec, "Order total", rs(j.amount), amount=j.amount)
        colkv(p, "amb", spec, "Payment method", f"Business credit card {masked(rng, font)}", method="card")
        colkv(
            p, "amb", spec, "Attempted", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
        )
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = (252, 252, 250)
        decor(p, "squares")
        p.part = "body"
        p.add("gap")
        name = "Md. Irfan"
        write(p, name, merchant=name)
        write(p, "Glass & Mirror, Sabzibagh, Patna")
        write(p, f"Date {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}", date=j.date)
        p.add("gap")
        spec = [(0.0, 0.72, "l"), (0.76, 1.0, "r")]
        n1, r1 = rng.randrange(20, 60), rng.choice([30, 35, 40])
        n2, r2 = rng.randrange(10, 30), rng.choice([55, 60, 70])
        hcells(p, spec, f"Glass 2 mm, 8x10 in, {n1} pcs @ {r1}", num(n1 * r1, "indian", 0))
        hcells(p, spec, f"Glass 3 mm, 12x16 in, {n2} pcs @ {r2}", num(n2 * r2, "indian", 0))
        j.amount = float(n1 * r1 + n2 * r2)
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        write(p, "Cash recd.", method="cash", status=status)
        write(p, "- Irfan", align="r")
        return p.done()
    if k == 5:
        p = mail_page(
            rng, font, "Delhivery <billing@delhivery.com>", ["Payment receipt", "Your payment is received"]
        )
        p.part = "head"
        name = "Delhivery Ltd"
        top(p, name, merchant=name)
        p.add("center", "PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        n_ = rng.randrange(8, 40)
        freight = float(n_ * rng.choice([62, 70, 78, 85]))
        cod = float(rng.choice([60, 120, 240]))
        gst = round((freight + cod) * 0.18, 2)
        j.amount = round(freight + cod + gst, 2)
        zebra(
            p,
            "dl",
            [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
            ["Charges", "Rs."],
            [
                ([f"Forward freight, {n_} shipments (Patna)", num(freight)], {}),
                (["COD handling", num(cod)], {}),
                (["IGST 18%", num(gst)], {}),
            ],
            (200, 30, 40),
        )
        total(p, "Total paid", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        rno = f"DLV/{fy(j.date)}/{digits(rng, 6)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "dr", spec, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        cols(p, "dr", spec, "Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        cols(p, "dr", spec, "Payment mode", "UPI (Razorpay)", method="UPI")
        cols(p, "dr", spec, "UPI reference", j.ref, txn=(UTR_RANK, j.ref))
        cols(p, "dr", spec, "Client", f"{GHAR} ({WEB})")
        p.add("gap")
        p.add("left", "We have received your payment. Thank you for shipping with Delhivery.", status=status)
        return p.done()
    if k == 6:
        p = mail_page(
            rng,
            font,
            "Canva <invoice+statements@canva.com>",
            ["Your receipt from Canva", "Receipt from Canva"],
        )
        p.part = "head"
        name = "Canva"
        top(p, name, merchant=name)
        rno = f"{digits(rng, 4)}-{digits(rng, 4)}"
        p.add("small", f"Receipt #{rno}", txn=(INVOICE_RANK, rno))
        p.add("rule")
        p.part = "body"
        base = float(rng.choice([3999, 4999, 7999]))
        igst = round(base * 0.18, 2)
        j.amount = round(base + igst, 2)
        spec = [(0.0, 0.34, "l"), (0.34, 0.67, "l"), (0.67, 1.0, "l")]
        cols(p, "cvh", spec, "Amount paid", "Date paid", "Payment method", mode="soft")
        cols(
            p,
            "cvv",
            spec,
            rs(j.amount),
            day_in(j, rng, ["%b {d}, %Y", "{d} %b %Y"]),
            f"Visa {sign(font, chr(0x2022), '*')} {digits(rng, 4)}",
            amount=j.amount,
            date=j.date,
            method="card",
        )
        p.add("gap")
        p.add("left", "SUMMARY")
        spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "cvs", spec2, "Canva Pro, 1 year, 1 person", rs(base))
        cols(p, "cvs", spec2, "IGST 18%", rs(igst))
        cols(p, "cvs", spec2, "Amount paid", rs(j.amount))
        p.add("gap")
        p.add("left", "Your payment was successful. Thanks for designing with Canva.", status=status)
        p.add("small", "Canva Pty Ltd, Sydney. Questions? Visit canva.com/help.")
        return p.done()
    p = sheet_page(rng, font, [720, 760])
    p.part = "head"
    name = "RAJ FRAME & ART"
    top(p, name, merchant=name)
    p.add("small", "Framing, mounting and glass  |  Boring Road, Patna - 800001")
    p.add("center", "BILL")
    p.add("rule")
    p.part = "body"
    bno = str(rng.randrange(300, 999))
    cols(
        p,
        "rf",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Bill No. {bno}",
        f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
        txn=(INVOICE_RANK, bno),
        date=j.date,
    )
    p.add("left", f"To: {GHAR}, Khadi Mall")
    n_ = rng.randrange(6, 20)
    rate = float(rng.choice([280, 320, 360, 420]))
    glass = float(rng.choice([400, 600, 800]))
    old = n_ * rate + glass
    disc = float(rng.choice([100, 150, 200, 250]))
    j.amount = old - disc
    spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
    cols(
        p,
        "rfl",
        spec,
        f"Frames for glass paintings, 8 x 10 in, {n_} @ {num(rate, 'plain', 0)}",
        num(n_ * rate),
    )
    cols(p, "rfl", spec, "Glass and back board", num(glass))
    p.add("rule")
    h275.strike(
        p,
        "Total Rs.",
        num(old, "indian", 0),
        f"{num(j.amount, 'indian', 0)}/-",
        "RK",
        amount=j.amount,
    )
    p.add("gap")
    write(p, "Recd. with thanks by GPay", method="UPI", status=status)
    write(p, f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref))
    right(p, f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 6. the enterprise's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("PATNA PLYWOOD HOUSE", "hardboard, bill PPH 2097", "canara"),
    ("MAA DURGA PAINTS", "enamels and gold foil", "uco"),
    ("GANGA PACKAGING", "gift boxes, 500 nos", "hdfc"),
    ("Md Irfan", "glass cutting", "federal"),
    ("SINHA AND PRASAD ASSOCIATES", "audit fee 2025-26", "boi"),
    ("SNAP STUDIO PATNA", "catalogue photographs", "axis"),
    ("GANDHI MAIDAN TENT HOUSE", "stall 63 fittings, Saras Mela", "indusind"),
    ("PIXELKART WEB SOLUTIONS", "web shop upkeep, 6 months", "kotak"),
]
BOI_LABELS = [
    ("लेनदेन संदर्भ", "Transaction reference"),
    ("यूटीआर", "UTR"),
    ("तारीख", "Date"),
    ("लाभार्थी", "Beneficiary"),
    ("राशि", "Amount"),
    ("माध्यम", "Mode"),
    ("स्थिति", "Status"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The enterprise's own banking pages paying its vendors: Canara ai1's Transaction successful (the payee's
    initials, the sum, "to <payee>", hairline rows: Mode, UTR No., Transaction ID, Date, Remarks); UCO
    mBanking Plus' IMPS failed on a tinted band (boxed fields: IMPS Ref No, Date & Time, Beneficiary A/c,
    Reason); HDFC Bank NetBanking's third party transfer in a striped table under its outcome's band (Reference
    No., Beneficiary, Account, Amount, Mode, Value date, Remarks); FedMobile's Money sent (the payee, A/c,
    IFSC, Amount, Date, Remarks; no reference); Bank of India's e-receipt, each label in Hindi over its
    English (लेनदेन संदर्भ / Transaction reference, यूटीआर / UTR, तारीख / Date, लाभार्थी / Beneficiary, राशि /
    Amount, माध्यम / Mode, स्थिति / Status); Axis neo's Payment successful ("Today, <hour>"; its fields two to
    a row: UTR, Mode, Beneficiary A/c, Remarks; no day); IndusInd Bank's RTGS request accepted for the next
    working day (its steps down the page, dot leaders: Request ID, Beneficiary, Amount, Mode, Initiated on,
    Purpose); Kotak Mahindra Bank's mail to the enterprise ("Your IMPS of Rs.x to <PAYEE> ... is
    successful. IMPS Ref No. ...", a card: Beneficiary, Account, Date and time, Remarks). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=3000, high=170000)
    payee, purpose, frame = VENDORS[k]
    if frame == "indusind":
        shift(j, rng, SARAS - dt.timedelta(days=rng.randrange(3, 12)))
        j.amount = float(rng.randrange(205000, 320000, 500))
    low, high = {
        "canara": (8000, 60000),
        "uco": (2500, 24000),
        "hdfc": (15000, 90000),
        "federal": (1200, 9000),
        "boi": (25000, 60000),
        "axis": (8000, 40000),
        "kotak": (12000, 36000),
    }.get(frame, (0, 0))
    if high:
        j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    dot = sign(font, "\u2022", "*")
    if frame == "canara":
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 121, 193))
        app_head(p, "Canara ai1", "Canara Bank")
        avatar(p, initials(payee), (250, 190, 0))
        p.add("center", "Transaction successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"A/c XXXXXXXX{acct_no[-4:]}  {dot}  PUNB0{digits(rng, 6)}")
        p.add("rule")
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        tid = f"CNR{digits(rng, 11)}"
        kvr(p, "Mode", "NEFT", method="netbanking")
        kvr(p, "UTR No.", utr, txn=(UTR_RANK, utr))
        kvr(p, "Transaction ID", tid, txn=(BANK_RANK, tid))
        kvr(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", ")), date=j.date)
        kvr(p, "Remarks", clip(purpose, 24))
        return p.done()
    if frame == "uco":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Retry",))
        band(p, (0, 84, 166))
        app_head(p, "UCO mBanking Plus", "UCO Bank")
        strip(p, "IMPS Failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {payee}", merchant=payee)
        p.add("small", "Beneficiary bank is offline. Your account is not debited.")
        p.add("gap")
        field(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        field(p, "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        field(p, "Beneficiary A/c", f"XXXXXXXX{acct_no[-4:]}")
        field(p, "Reason", "M1 - beneficiary bank not available")
        return p.done()
    if frame == "hdfc":
        p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/transfer/confirm")
        p.part = "head"
        top(p, "HDFC Bank NetBanking")
        p.add("small", f"Third party transfer  |  {CUT}")
        p.add("rule")
        p.part = "body"
        strip(p, "Your transaction was successful", status)
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "HDFC Bank", way)
        zebra(
            p,
            "hd",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Details", ""],
            [
                (["Reference No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Beneficiary", payee], {"merchant": payee}),
                (["Account", f"XXXXXXXX{acct_no[-4:]}  |  SBIN000{digits(rng, 4)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode", way], {"method": "netbanking"}),
                (["Value date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
                (["Remarks", clip(purpose, 36)], {}),
            ],
            (0, 53, 128),
        )
        p.add("small", "Please note the reference number for any enquiry.")
        return p.done()
    if frame == "federal":
        p = phone(rng, font, k, ["", "Money sent"], dark=rng.random() < 0.3, buttons=("Done",))
        band(p, (0, 60, 130))
        app_head(p, "FedMobile", "Federal Bank")
        sicon(p, status)
        p.add("center", "Money sent", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", payee, merchant=payee)
        p.add("rule")
        p.pair("A/c", f"XXXX{acct_no[-4:]}")
        p.pair("IFSC", f"PUNB0{digits(rng, 6)}")
        p.pair("Mode", "IMPS", method="netbanking")
        p.pair("Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        p.pair("Remarks", purpose)
        return p.done()
    if frame == "boi":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        dev(p, "बैंक ऑफ़ इंडिया", scale=1.1, bold=True)
        top(p, "Bank of India")
        p.add("small", "BOI Omni Neo Bank  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "Bank of India", way)
        tref = f"BOI{digits(rng, 10)}"
        values = [
            (tref, {"txn": (BANK_RANK, tref)}),
            (utr, {"txn": (UTR_RANK, utr)}),
            (day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            (
                payee if fits(p, "left", payee) else payee[:24],
                {"merchant": payee if fits(p, "left", payee) else payee[:24]},
            ),
            (rs(j.amount), {"amount": j.amount}),
            (way, {"method": "netbanking"}),
            ("Successful", {"status": status}),
        ]
        for (hi, en), (value, facts) in zip(BOI_LABELS, values):
            dlab(p, hi, en, value, at=0.38, **facts)
        p.add("gap")
        p.add("small", f"Purpose: {purpose}. This is a computer generated receipt.")
        return p.done()
    if frame == "axis":
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share",))
        band(p, (151, 20, 77))
        app_head(p, "neo for corporates", "Axis Bank")
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {payee}", merchant=payee)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("gap")
        utr = utr_for(rng, j, "Axis Bank", "NEFT")
        two_up(p, "ax1", ("UTR", utr), ("Mode", "NEFT"), txn=(UTR_RANK, utr), method="netbanking")
        two_up(p, "ax2", ("Beneficiary A/c", f"XXXX{acct_no[-4:]}"), ("Remarks", clip(purpose, 20)))
        return p.done()
    if frame == "indusind":
        p = browser_page(rng, font, "indusnet.indusind.com/corp/rtgs/status")
        p.part = "head"
        top(p, "IndusInd Bank")
        p.add("small", f"Indus Direct  |  RTGS  |  {CUT}")
        p.add("rule")
        p.part = "body"
        p.add(
            "left",
            "Your RTGS request is accepted. It will be processed on the next working day.",
            status=status,
        )
        p.add("gap")
        step(p, "Request accepted", when(j.date, "%d %b %Y"), "done")
        step(p, "Sent to RBI", "next working day", "pending")
        step(p, "Credited to beneficiary", "", "todo")
        p.add("gap")
        rid = f"IBR{digits(rng, 10)}"
        dots(p, "Request ID", rid, at=0.34, txn=(TXN_RANK, rid))
        dots(p, "Beneficiary", payee, at=0.34, merchant=payee)
        dots(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        dots(p, "Mode", "RTGS", at=0.34, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.34, date=j.date)
        dots(p, "Purpose", purpose, at=0.34)
        return p.done()
    p = mail_page(
        rng,
        font,
        "Kotak Mahindra Bank <alerts@kotak.com>",
        ["Fund transfer successful", "IMPS transaction confirmation"],
    )
    p.part = "head"
    top(p, "Kotak Mahindra Bank")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    amt = num(j.amount, rng.choice(["indian", "western"]))
    p.add(
        "left",
        f"Your IMPS of Rs.{amt} to {payee} from your account XX{digits(rng, 4)} is successful. IMPS Ref No. "
        f"{j.ref}.",
        amount=j.amount,
        merchant=payee,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    p.add("gap")
    c = card_open(p)
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    cols(p, "kt", spec, "Beneficiary", payee)
    cols(p, "kt", spec, "Account", f"XXXXXXXX{acct_no[-4:]}  |  HDFC000{digits(rng, 4)}")
    cols(p, "kt", spec, "Date and time", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
    cols(p, "kt", spec, "Remarks", purpose)
    card_close(p, c)
    p.add("gap")
    p.add("small", "If you did not do this transaction, call 1860 266 2666 at once.")
    return p.done()


# ---------------------------------------------------------------- 7. the women artisans and staff


WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The enterprise paying its artisans and staff: a PIECE WORK CARD under the Kala Kutir's Hindi name (Card
    No. beside Artisan:, the week's days down the card with the pieces painted each day written in, Total
    pieces x the rate, Less: advance, Net paid, "Paid in cash on <day>" by hand, a thumb box); Paytm's money
    sent to an artisan (the day and hour on top, the payee's initials, "Sent to", the name and her number,
    the sum, a Successful capsule, UPI Ref No, From); a trainee's STIPEND VOUCHER (Voucher No. left blank,
    Date, Paid to, For, Amount, a revenue stamp signed across, "Received payment"; no reference); Keka's
    payslip for the counter's sales associate (dot leaders: Employee, Employee No., Designation, Pay period;
    Earnings beside Deductions, Net pay on a tinted panel, Paid on, Mode, UTR); Jupiter's payment in progress
    to an artisan under a clock's mark (UPI transaction ID, Initiated, To, From); IDFC FIRST Bank's IMPS
    failed to a gilder (a capsule, boxed fields: IMPS Ref No., Date, Beneficiary A/c, Reason); a HOLI ADVANCE
    slip under its Hindi heading (Sl. No., For the month of, Paid to, Artisan No., Advance, Mode: Cash, the
    recovery, "Received" by hand, a thumb box; no day); an artisan's page of the work register on a bahi's red
    rules (her name, the work in Hindi by hand with its sums, "Paid cash Rs. x/- on <day>", Vr. No., a thumb
    box). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1200, high=24000, p_round=0.85)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    artisan = rng.choice(ARTISANS)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        dev(p, KUTIR_HI, scale=1.05, bold=True)
        top(p, pick(p, "title", [KUTIR, KUTIR.upper()]))
        p.add("center", "PIECE WORK CARD")
        p.add("rule")
        p.part = "body"
        no = f"PW/{rng.randrange(100, 999)}"
        cols(
            p,
            "pw",
            [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
            f"Card No. {no}",
            f"Artisan: {artisan}",
            txn=(INVOICE_RANK, no),
            merchant=artisan,
        )
        work = rng.choice([("coasters painted", 30), ("wall plates painted", 120), ("earring pairs", 25)])
        p.add("left", f"Work: {work[0]}, rate Rs. {work[1]} a piece")
        spec = [(0.0, 0.3, "l"), (0.3, 0.6, "c"), (0.6, 1.0, "r")]
        cols(p, "pwh", spec, "Day", "Pieces", "Checked", mode="soft")
        start = len(p.rows)
        pieces = 0
        for day in WEEKDAYS:
            n = rng.randrange(6, 16) if work[1] < 60 else rng.randrange(2, 6)
            pieces += n
            hcells(p, spec, day, str(n), "ok")
        ledger(p, start, [0.3, 0.6])
        adv = float(rng.choice([0, 100, 200, 300]))
        j.amount = pieces * work[1] - adv
        spec2 = [(0.0, 0.72, "r"), (0.72, 1.0, "r")]
        cols(p, "pwt", spec2, f"Total {pieces} pieces x Rs. {work[1]}", num(pieces * work[1]))
        cols(p, "pwt", spec2, "Less: advance", num(adv))
        total(p, "Net paid", rs(j.amount), at=0.6, amount=j.amount)
        write(
            p,
            f"Paid in cash on {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}",
            method="cash",
            status=status,
            date=j.date,
        )
        thumb(p, "Artisan's thumb / sign")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share", "Pay again"))
        band(p, (0, 46, 110))
        app_head(p, "paytm", "Money transfer")
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        avatar(p, initials(artisan), (0, 186, 242))
        p.add("small", "Sent to")
        p.add("center", artisan, merchant=artisan)
        p.add("small", f"+91 {phone_no(rng)[:5]}XXXXX")
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "Successful", status)
        p.add("rule")
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"Canara Bank - {digits(rng, 4)}", method="UPI")
        kvr(p, "Note", rng.choice(["coasters, 2 weeks", "wall plates x 6", "Tikuli earrings batch"]))
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        top(p, pick(p, "title", [UDYOG, "Patliputra Tikuli Kala"]))
        p.add("small", OFFICE)
        p.add("center", "STIPEND VOUCHER")
        p.add("rule")
        p.part = "body"
        cols(p, "sv", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Voucher No. ..........", "")
        j.amount = float(rng.choice([1500, 2000, 2500, 3000]))
        trainee = rng.choice(["Khushboo Kumari", "Sana Parveen", "Roshni Kumari", "Guddi Devi"])
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%Y"]), date=j.date)
        blank(p, "Paid to", trainee, merchant=trainee)
        blank(p, "For", f"stipend, Tikuli training batch {rng.randrange(3, 9)}")
        blank(p, "Amount Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blank(p, "Mode", "Cash", method="cash")
        h271.revenue(p, trainee.split()[0])
        write(p, "Received payment", status=status)
        right(p, "Trainee's signature")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "tikulighar.keka.com/#/me/payslips")
        p.part = "head"
        top(p, "keka")
        p.add("small", f"{UDYOG}  |  Payslip")
        p.add("rule")
        p.part = "body"
        name = rng.choice(["Priya Bharti", "Nikita Raj", "Shweta Kumari"])
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        dots(p, "Employee", name, at=0.36, merchant=name)
        dots(p, "Employee No.", f"TKG{rng.randrange(1, 40):03d}", at=0.36)
        dots(p, "Designation", "Sales associate, Tikuli Ghar", at=0.36)
        dots(p, "Pay period", when(month, "%B %Y"), at=0.36)
        basic = float(rng.randrange(9000, 14000, 500))
        hra = round(basic * 0.25)
        other = float(rng.choice([800, 1200, 1500]))
        pf = round(basic * 0.12)
        esi = round((basic + hra + other) * 0.0075)
        j.amount = basic + hra + other - pf - esi
        p.add("gap")
        spec = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.54, 0.82, "l"), (0.82, 1.0, "r")]
        cols(p, "kh", spec, "Earnings", "Rs.", "Deductions", "Rs.", mode="soft")
        cols(p, "kr", spec, "Basic", num(basic), "Provident fund", num(pf))
        cols(p, "kr", spec, "HRA", num(hra), "ESI", num(esi))
        cols(p, "kr", spec, "Other allowance", num(other), "", "")
        panel(p, "Net pay", rs(j.amount), (226, 236, 250), amount=j.amount)
        spec2 = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "kp", spec2, "Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        cols(p, "kp", spec2, "Mode", f"Bank transfer (NEFT), SBI XX{digits(rng, 4)}", method="netbanking")
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        cols(p, "kp", spec2, "UTR", utr, txn=(UTR_RANK, utr))
        p.add("left", "Salary credited.", status=status)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Refresh",))
        band(p, (255, 102, 72))
        app_head(p, "Jupiter", "UPI")
        sicon(p, status)
        p.add("center", "Payment in progress", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "We are waiting for the receiver's bank. This can take up to 48 hours.")
        p.add("rule")
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Initiated")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)), date=j.date)
        lab(p, "To")
        p.add("left", artisan, merchant=artisan)
        lab(p, "From")
        p.add("left", f"Jupiter account {dot * 2}{digits(rng, 4)} (Federal Bank)", method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transfer status"], dark=False, buttons=("Try again",))
        band(p, (156, 29, 39))
        app_head(p, "IDFC FIRST Bank", "Send money")
        pill(p, "IMPS failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice(["Lalita Devi", "Nasreen Bano", "Meena Devi"])
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Gold foil work, Saras Mela order")
        p.add("gap")
        field(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        field(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        field(p, "Beneficiary A/c", f"XXXXXX{digits(rng, 4)} (Dakshin Bihar Gramin Bank)")
        field(p, "Reason", "Invalid beneficiary account")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        top(p, pick(p, "title", [KUTIR, KUTIR.upper()]))
        dev(p, "होली अग्रिम पर्ची", scale=1.1, bold=True)
        p.add("center", "HOLI ADVANCE")
        p.add("rule")
        p.part = "body"
        sl = str(rng.randrange(10, 60))
        j.amount = float(rng.choice([1500, 2000, 2500, 3000]))
        typed(p, f"Sl. No.          : {sl}", txn=(INVOICE_RANK, sl))
        typed(p, "For the month of : March 2026")
        typed(p, f"Paid to          : {artisan}", merchant=artisan)
        typed(p, f"Artisan No.      : TK-{rng.randrange(10, 80)}")
        typed(p, f"Advance          : Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        typed(p, "Mode             : Cash", method="cash")
        typed(p, f"Recovery         : Rs. {num(j.amount / 4, 'indian', 0)} a month, April to July")
        p.add("gap")
        write(p, "Received", status=status)
        thumb(p, "L.T.I. / sign")
        return p.done()
    p = sheet_page(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(246, 238, 214), (244, 236, 210)])
    p.part = "head"
    p.add("center", "WORK REGISTER  -  page " + str(rng.randrange(20, 90)))
    p.add("small", KUTIR)
    p.part = "body"
    p.add("gap")
    start = len(p.rows)
    write(p, artisan, merchant=artisan)
    h275.dhand(p, "काम दिया: कोस्टर, एनामेल और सुनहरी पन्नी")
    pcs = rng.randrange(30, 90)
    rate = rng.choice([25, 30, 35])
    foil = rng.choice([0, 150, 240])
    h275.dhand(p, f"कोस्टर {pcs} नग x {rate}", figure=num(pcs * rate, "indian", 0))
    if foil:
        h275.dhand(p, "सुनहरी पन्नी का काम", figure=num(foil, "indian", 0))
    j.amount = float(pcs * rate + foil)
    h275.dhand(p, "कुल", figure=f"{num(j.amount, 'indian', 0)}/-")
    write(
        p,
        f"Paid cash Rs. {num(j.amount, 'indian', 0)}/- on {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}",
        amount=j.amount,
        date=j.date,
        method="cash",
        status=status,
    )
    vr = str(rng.randrange(100, 400))
    write(p, f"Vr. No. {vr}", txn=(INVOICE_RANK, vr))
    p.add("gap")
    h275.bahi(p, start, [0.7], fold=False)
    thumb(p, "L.T.I.")
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority on top: the Income Tax Department's challan receipt (ITNS
    280) for advance tax (a table ruled on every side: PAN, Name, Assessment Year, Major head, Minor head,
    Amount, CIN, BSR code, Challan No., Date of deposit, Mode, Bank Reference Number); JEEViKA's stall
    allotment cum rent receipt for the Saras Mela (Receipt No., Stall No., Allottee, Mela period, Rent, Paid
    by UPI, UPI Ref.; no day); the Legal Metrology department's verification fee failed on a tinted band
    under its Hindi name (dot leaders: Application No., Instrument, Fee, Payment mode, Transaction ID,
    Attempted on, Reason); the Patna Municipal Corporation's TRADE LICENCE FEE RECEIPT under its Hindi name
    (shaded label cells: Receipt No., Date, Trade licence No., Trade name, Ward, Licence fee, Late fee,
    Total, Mode, UPI Ref.; its round seal); the handicrafts office's letter of a fair's participation fee
    received in cash, stapled (no reference); EPFO's payment confirmation (TRRN, CRN, Establishment, Wage
    month, Total amount, Payment date, Mode, Bank Ref. No., each label against a gutter); the Copyright
    Office's e-filing fee pending with the bank (a capsule, boxed fields: Diary No., Work, Fee, Transaction
    ID, Mode, Initiated on); the Bihar Fire and Emergency Services' fee receipt under its Hindi name (a
    striped table: Challan No., Establishment, Service, Fee, Mode, Bank Ref. No., Payment date, Status; a QR
    code). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/receipt")
        p.part = "head"
        dev(p, "आयकर विभाग", scale=1.0, bold=True)
        name = "Income Tax Department"
        top(p, name, merchant=name)
        p.add("small", "Government of India  |  e-Pay Tax  |  Challan Receipt (ITNS 280)")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(5000, 60000, 100))
        bsr = digits(rng, 7)
        challan = f"{rng.randrange(10000, 99999)}"
        cin = f"{bsr}{when(j.date, '%d%m%y')}{challan}"
        brn = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        grid(
            p,
            "it",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["PAN", f"AAJFP{digits(rng, 4)}K"], {}),
                (["Name", clip(UDYOG_CAPS, 40)], {}),
                (["Assessment Year", "2027-28"], {}),
                (["Major head", "Income Tax (Other than Companies) (0021)"], {}),
                (["Minor head", "Advance Tax (100)"], {}),
                (["Amount (in Rs.)", rs(j.amount)], {"amount": j.amount}),
                (["CIN", cin], {"txn": (TXN_RANK, cin)}),
                (["BSR code", bsr], {}),
                (["Challan No.", challan], {}),
                (["Date of deposit", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Mode of payment", "Net Banking (Bank of India)"], {"method": "netbanking"}),
                (["Bank Reference Number", brn], {"txn": (BANK_RANK, brn)}),
            ],
            tint=(232, 232, 244),
        )
        p.add("gap")
        p.add("left", "Thank you, your payment is successful.", status=status)
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [720, 760])
        p.part = "head"
        dev(p, "जीविका - बिहार ग्रामीण जीविकोपार्जन प्रोत्साहन समिति", scale=0.9, bold=True)
        name = "JEEViKA"
        top(p, name, merchant=name)
        p.add("small", "Bihar Rural Livelihoods Promotion Society  |  Vidyut Bhawan, Patna")
        p.add("center", "BIHAR SARAS MELA 2026 - STALL ALLOTMENT CUM RENT RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([5000, 6000, 7500]))
        rno = f"SM/26/{rng.randrange(100, 400)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Stall No.", "63 (Handicrafts, Row D)", {}),
            ("Allottee", f"{GHAR} ({UDYOG})", {}),
            ("Mela period", "12 to 25 December 2026, Gandhi Maidan", {}),
            ("Rent", rs(j.amount), {"amount": j.amount}),
            ("Paid by", "UPI", {"method": "UPI"}),
            ("UPI Ref.", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            colkv(p, "jv", spec, label, value, **facts)
        p.add("gap")
        p.add("left", "Rent received. Display this receipt at the stall.", status=status)
        right(p, "Mela Manager, JEEViKA")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "lm.bihar.gov.in/verification/payment")
        p.part = "head"
        dev(p, "विधिक माप विज्ञान, बिहार", scale=1.0, bold=True)
        name = "Legal Metrology Department, Bihar"
        top(
            p,
            pick(p, "title", [name, "Legal Metrology, Bihar"]),
            merchant=pick(p, "title", [name, "Legal Metrology, Bihar"]),
        )
        p.add("small", "Verification and stamping of weights and measures")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment failed", status)
        p.add("gap")
        j.amount = float(rng.choice([300, 450, 600]))
        tid = f"LMB{digits(rng, 12)}"
        for label, value, facts in [
            ("Application No.", f"LM/PAT/{j.date.year}/{digits(rng, 5)}", {}),
            ("Instrument", "Electronic weighing scale, 30 kg, Class III", {}),
            ("Fee", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", f"Debit card {masked(rng, font)}", {"method": "card"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
            ("Reason", "Card authentication failed", {}),
        ]:
            dots(p, label, value, at=0.36, **facts)
        p.add("small", "No amount was debited. Pay again to book the verification.")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [740, 780])
        p.part = "head"
        dev(p, "पटना नगर निगम", scale=1.15, bold=True)
        name = "PATNA MUNICIPAL CORPORATION"
        p.add("center", name, merchant=name)
        p.add("small", "Maurya Lok Complex, Patna - 800001")
        p.add("center", "TRADE LICENCE FEE RECEIPT")
        p.add("rule")
        p.part = "body"
        fee = float(rng.choice([1000, 1500, 2000, 3000]))
        late = float(rng.choice([0, 100, 250]))
        j.amount = fee + late
        rno = f"PMC/TL/{rng.randrange(10000, 99999)}"
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Trade licence No.", f"PMC/{rng.randrange(1, 75)}/{digits(rng, 5)}", {}),
            ("Trade name", f"{GHAR}, Khadi Mall", {}),
            ("Ward", f"{rng.randrange(1, 75)} (Gandhi Maidan)", {}),
            ("Licence fee", num(fee), {}),
            ("Late fee", num(late), {}),
            ("Total", rs(j.amount), {"amount": j.amount}),
            ("Mode", "UPI", {"method": "UPI"}),
            ("UPI Ref.", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            kv(p, label, value, at=0.34, **facts)
        p.add("gap")
        p.add("left", "Received the fee above.", status=status)
        seal(p, "PATNA NAGAR NIGAM * REVENUE *", ["CASHIER", "PATNA"], "violet")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [740, 780])
        decor(p, "staple")
        p.part = "head"
        name = "Office of the Development Commissioner (Handicrafts)"
        top(
            p,
            pick(p, "title", [name, "Development Commissioner (Handicrafts)"]),
            merchant=pick(p, "title", [name, "Development Commissioner (Handicrafts)"]),
        )
        p.add("small", "Ministry of Textiles, Government of India  |  Regional Office, Patna")
        p.add("rule")
        p.part = "body"
        p.add("left", "To,")
        p.add("left", f"{PROPRIETOR}, {UDYOG}")
        p.add("left", OFFICE)
        p.add("gap")
        p.add("left", "Sub: Participation fee, Gandhi Shilp Bazaar, Patna")
        j.amount = float(rng.choice([1000, 1500, 2000]))
        p.add(
            "left",
            f"Received Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) in cash on "
            f"{day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} towards the participation fee for one stall at the "
            "Gandhi Shilp Bazaar. Please bring your artisan card to the fair.",
            amount=j.amount,
            method="cash",
            date=j.date,
            status=status,
        )
        p.add("gap")
        emboss(p)
        sig(p)
        right(p, "Assistant Director (Handicrafts)")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/paymentConfirmation")
        p.part = "head"
        name = "Employees' Provident Fund Organisation"
        top(p, pick(p, "title", [name, "EPFO"]), merchant=pick(p, "title", [name, "EPFO"]))
        p.add("small", "Ministry of Labour and Employment  |  Payment confirmation")
        p.add("rule")
        p.part = "body"
        trrn = f"{digits(rng, 13)}"
        crn = f"{digits(rng, 13)}"
        bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        wage = j.date.replace(day=1) - dt.timedelta(days=1)
        j.amount = float(rng.randrange(3000, 16000, 1))
        for label, value, facts in [
            ("TRRN", trrn, {"txn": (INVOICE_RANK, trrn)}),
            ("CRN", crn, {"txn": (TXN_RANK, crn)}),
            ("Establishment", f"BRPAT{digits(rng, 7)}, {clip(UDYOG, 36)}", {}),
            ("Wage month", when(wage, "%B %Y"), {}),
            ("Total amount", rs(j.amount), {"amount": j.amount}),
            ("Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), {"date": j.date}),
            ("Mode", "Net Banking (State Bank of India)", {"method": "netbanking"}),
            ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Status", "Payment confirmed", {"status": status}),
        ]:
            gutter(p, "ep", label, value, at=0.38, **facts)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "copyright.gov.in/frmPaymentStatus.aspx")
        p.part = "head"
        name = "Copyright Office"
        top(p, name, merchant=name)
        p.add("small", "Government of India  |  e-Filing fee")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending at bank", status, align="l")
        p.add("left", "Your bank has not confirmed the fee yet. The application is filed once it does.")
        p.add("gap")
        j.amount = float(rng.choice([500, 2000]))
        tid = f"CR{j.date:%y}{digits(rng, 10)}"
        field(p, "Diary No.", f"{rng.randrange(10000, 99999)}/{j.date.year}-CO/A")
        field(p, "Work", "Artistic work: Tikuli motif, peacock pair")
        field(p, "Fee", rs(j.amount), amount=j.amount)
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Mode", "Net Banking - Canara Bank", method="netbanking")
        field(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        return p.done()
    p = browser_page(rng, font, "fireservices.bihar.gov.in/noc/payment/receipt")
    p.part = "head"
    dev(p, "बिहार अग्निशमन सेवा", scale=1.0, bold=True)
    name = "Bihar Fire and Emergency Services"
    top(
        p,
        pick(p, "title", [name, "Bihar Fire Services"]),
        merchant=pick(p, "title", [name, "Bihar Fire Services"]),
    )
    p.add("small", "Fire safety certificate  |  Fee receipt")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([1500, 2500, 3500]))
    cno = f"BFS/{j.date.year}/{digits(rng, 6)}"
    bref = f"{digits(rng, 12)}"
    zebra(
        p,
        "bf",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Fee receipt", ""],
        [
            (["Challan No.", cno], {"txn": (INVOICE_RANK, cno)}),
            (["Establishment", f"{GHAR}, Khadi Mall, Patna"], {}),
            (["Service", "Fire safety certificate, renewal"], {}),
            (["Fee", rs(j.amount)], {"amount": j.amount}),
            (["Mode", "UPI"], {"method": "UPI"}),
            (["Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
            (["Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            (["Status", "Success"], {"status": status}),
        ],
        (180, 40, 30),
    )
    p.add("gap")
    qr(p, f"bfs{cno}", "r", 4)
    p.add("small", "Verify this receipt with the Challan No. on the portal.")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "to" on an app): United India's typed
    letter punched for its file, acknowledging a Bharat Sookshma Udyam Suraksha premium received in cash (no
    reference); National Insurance's PREMIUM RECEIPT printed by its branch on green-barred continuous
    stationery (RECEIPT NO, DATE, RECEIVED FROM, POLICY, PREMIUM, GST 18%, TOTAL, MODE, UTR); HDFC ERGO's
    mail of a shop policy issued (a card of the policy, Premium (incl. GST), Payment ID, Payment date, Paid
    via); TATA AIG's app with the payment failed under a large cross (its fields two to a row: Proposal No.,
    Transaction ID, Amount, Mode, Date); Star Health's PREMIUM ACKNOWLEDGEMENT on a ribbon for the artisans'
    group health cover, each label against a gutter (Acknowledgement No., Date, Proposer, Plan, Lives,
    Premium, GST, Total premium, Mode, UTR); Go Digit's payment under verification with its steps left to
    right (Quote ID, Vehicle, Premium, Payment ID, Mode, Initiated on); ACKO's policy bought ("Today, <hour>";
    Payment ID, Paid via, Policy; no day); Cholamandalam MS' PREMIUM RECEIPT in a table ruled on every side
    (Receipt No., Receipt Date, Insured, Policy, Net premium, IGST 18%, Total premium, Mode, Card transaction
    ID). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=1500, high=70000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        name = "United India Insurance Co. Ltd."
        p = sheet_page(rng, font, [740, 780])
        h275.holes(p)
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Divisional Office II, Exhibition Road, Patna - 800001")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(1800, 9000, 1))
        typed(p, f"Ref: UII/DO2/BSUS/{rng.randrange(100, 999)}")
        typed(p, f"To: {PROPRIETOR}, {GHAR}")
        typed(p, "    Khadi Mall, Fraser Road, Patna")
        p.add("gap")
        typed(p, "Sub: Bharat Sookshma Udyam Suraksha policy")
        p.add(
            "left",
            f"We acknowledge with thanks the receipt of the premium of Rs. {num(j.amount, 'indian')} in cash on "
            f"{day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} for the shop's stock and fittings. The policy "
            f"No. {digits(rng, 4)}{digits(rng, 4)}{digits(rng, 4)} will be mailed to you.",
            amount=j.amount,
            date=j.date,
            method="cash",
            status=status,
        )
        p.add("gap")
        sig(p)
        right(p, "Divisional Manager")
        return p.done()
    if k == 1:
        name = "NATIONAL INSURANCE CO. LTD."
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (252, 252, 248)
        h275.greenbar(p)
        p.part = "head"
        typed(p, name, scale=1.0, merchant=name)
        typed(p, "BRANCH OFFICE, BORING ROAD, PATNA")
        typed(p, "PREMIUM RECEIPT")
        typed(p, "-" * h271.tt_cols(p))
        p.part = "body"
        rno = f"{digits(rng, 6)}{digits(rng, 6)}"
        utr = utr_for(rng, j, "Bank of India", "NEFT")
        for label, value, facts in [
            ("RECEIPT NO", rno, {"txn": (INVOICE_RANK, rno)}),
            ("DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("RECEIVED FROM", clip(UDYOG_CAPS, 30), {}),
            ("POLICY", "SHOPKEEPER'S POLICY, TIKULI GHAR", {}),
            ("PREMIUM", num(base, "western"), {}),
            ("GST 18%", num(gst, "western"), {}),
            ("TOTAL", num(j.amount, "western"), {"amount": j.amount}),
            ("MODE", "NEFT", {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            typed(p, f"{label:<14}: {value}", **facts)
        typed(p, "-" * h271.tt_cols(p))
        typed(p, "PREMIUM RECEIVED WITH THANKS.", status=status)
        return p.done()
    if k == 2:
        name = "HDFC ERGO General Insurance Co. Ltd."
        p = mail_page(
            rng,
            font,
            "HDFC ERGO <care@hdfcergo.com>",
            ["Your policy is ready", "Payment received - policy issued"],
        )
        p.part = "head"
        shown = pick(p, "title", [name, "HDFC ERGO General Insurance"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROPRIETOR},")
        p.add(
            "left",
            "Thank you for your payment. Your policy is ready and attached to this mail.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        p.add("left", "Bharat Laghu Udyam Suraksha")
        p.add("small", f"Policy No. 2{digits(rng, 3)}/{digits(rng, 8)}/00/000  |  {KUTIR}")
        card_close(p, c)
        p.add("gap")
        pid = f"HEP{digits(rng, 12)}"
        spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
        cols(p, "he", spec, "Premium (incl. GST)", rs(j.amount), amount=j.amount)
        cols(p, "he", spec, "Payment ID", pid, txn=(TXN_RANK, pid))
        cols(p, "he", spec, "Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        cols(p, "he", spec, "Paid via", "UPI", method="UPI")
        p.part = "foot"
        p.add("gap")
        p.add("small", "HDFC ERGO General Insurance Company Ltd. IRDAI Reg. No. 146.")
        return p.done()
    if k == 3:
        name = "TATA AIG General Insurance Co. Ltd."
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (0, 60, 120))
        app_head(p, "TATA AIG", "Insurance")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        shown = pick(p, "center", [f"to {name}", "to TATA AIG General Insurance"])[3:]
        p.add("center", f"to {shown}", merchant=shown)
        p.add("small", "The payment did not go through. Your quote is saved.")
        p.add("gap")
        tid = f"TAG{digits(rng, 10)}"
        two_up(
            p, "ta1", ("Proposal No.", f"PR{digits(rng, 9)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid)
        )
        two_up(
            p, "ta2", ("Amount", rs(j.amount)), ("Mode", "Net banking"), amount=j.amount, method="netbanking"
        )
        two_up(
            p,
            "ta3",
            ("Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            ("Plan", "Shop, fire and burglary"),
            date=j.date,
        )
        return p.done()
    if k == 4:
        name = "Star Health and Allied Insurance Co. Ltd."
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        shown = pick(p, "title", [name, "Star Health Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Branch: Exhibition Road, Patna")
        ribbon(p, "PREMIUM ACKNOWLEDGEMENT", (200, 40, 60))
        p.add("gap")
        p.part = "body"
        ack = f"SHA/{j.date.year}/{digits(rng, 7)}"
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        for label, value, facts in [
            ("Acknowledgement No.", ack, {"txn": (INVOICE_RANK, ack)}),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Proposer", clip(UDYOG, 40), {}),
            ("Plan", "Star Group Health, artisans", {}),
            ("Lives", str(rng.randrange(12, 40)), {}),
            ("Premium", num(base), {}),
            ("GST @ 18%", num(gst), {}),
            ("Total premium", rs(j.amount), {"amount": j.amount}),
            ("Mode", "NEFT", {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            gutter(p, "st", label, value, at=0.42, **facts)
        p.add("gap")
        p.add("left", "Premium received. Cover starts as per the policy schedule.", status=status)
        return p.done()
    if k == 5:
        name = "Go Digit General Insurance Ltd."
        p = browser_page(rng, font, "www.godigit.com/payment/status")
        p.part = "head"
        shown = pick(p, "title", [name, "Go Digit General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Two-wheeler insurance  |  Payment")
        p.add("rule")
        p.part = "body"
        track(p, ["Paid", "Verifying", "Policy issued"], "dpt")
        pill(p, "Payment under verification", status, align="l")
        p.add("small", "Your bank has not confirmed the payment yet. We will mail the policy once it does.")
        p.add("gap")
        j.amount = rupees(rng, 1200, 3800, 0.5)
        pid = f"DGT{digits(rng, 12)}"
        kv(p, "Quote ID", f"Q{digits(rng, 10)}", at=0.34)
        kv(p, "Vehicle", f"BR 01 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}, e-scooter", at=0.34)
        kv(p, "Premium", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Payment ID", pid, at=0.34, txn=(TXN_RANK, pid))
        kv(p, "Mode", "UPI", at=0.34, method="UPI")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.34, date=j.date)
        return p.done()
    if k == 6:
        name = "ACKO General Insurance Ltd"
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("View policy",))
        band(p, (80, 40, 180))
        app_head(p, "ACKO", "Business insurance")
        pill(p, "Policy purchased", status)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"paid to {name}", "paid to ACKO General Insurance"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"pay_{code(rng, 14, MIXED)}"
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "Policy", "Shop insurance, 1 year")
        kvr(p, "Shop", GHAR)
        return p.done()
    name = "Cholamandalam MS General Insurance Co. Ltd."
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    shown = pick(p, "title", [name, "Cholamandalam MS General Insurance"])
    top(p, shown, merchant=shown)
    p.add("small", "Marine (inland transit)  |  PREMIUM RECEIPT")
    p.add("rule")
    p.part = "body"
    rno = f"CH{j.date:%y}{digits(rng, 9)}"
    ctid = digits(rng, 12)
    grid(
        p,
        "ch",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        None,
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            (["Insured", UDYOG], {}),
            (["Policy", "Inland transit, Tikuli goods to fairs"], {}),
            (["Net premium", num(base)], {}),
            (["IGST 18%", num(gst)], {}),
            (["Total premium", rs(j.amount)], {"amount": j.amount}),
            (["Mode", f"Credit card {masked(rng, font)}"], {"method": "card"}),
            (["Card transaction ID", ctid], {"txn": (TXN_RANK, ctid)}),
        ],
        tint=(236, 226, 214),
    )
    p.add("gap")
    p.add("left", "Received with thanks the premium above.", status=status)
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("TIKULI GHAR", "KHADI MALL, FRASER ROAD, PATNA", "Mswipe", "device"),
    ("TIKULI GHAR - SARAS MELA", "STALL 63, GANDHI MAIDAN, PATNA", "SBI", "sbi"),
    ("TIKULI KALA KUTIR", "MAHENDRU GHAT ROAD, PATNA", "EZETAP", "pending"),
    ("HOTEL SURYA INN", "KAROL BAGH, NEW DELHI", "MOSAMBEE", "mosambee"),
    ("MAURYA SWEETS", "BORING ROAD, PATNA", "INNOVITI", "innoviti"),
    ("LAXMI ART EMPORIUM", "ASHOK RAJPATH, PATNA", "", "handbill"),
    ("RANG BHANDAR", "NAYA TOLA, PATNA", "KOTAK MAHINDRA BANK", "declined"),
    ("BLUE DART EXPRESS", "FRASER ROAD, PATNA", "PhonePe", "phonepe"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Khadi Mall counter's, the Saras Mela stall's and the Kala Kutir's terminals and the
    enterprise's card at a Delhi hotel (the Dilli Haat fair), a Patna sweet shop, an art emporium, a colour
    shop and a courier's counter: Mswipe's screen on the counter's Android terminal (the counter under the
    device's name, Sale approved, the sum, Time alone, Card, Auth code, RRN, Txn ID; no day); SBI's slip at
    the Saras Mela stall, each label padded to a colon (DATE/TIME, MID, TID, BATCH and ROC, CARD, EXP, APPR,
    RRN, AMOUNT, *** APPROVED ***); Ezetap's slip at the Kala Kutir with the sale still in progress (TXN IN
    PROGRESS, DO NOT RETRY); Mosambee's slip at a Delhi hotel in label and value pairs (Merchant Id, Terminal
    Id, Txn Date, Txn Time, Invoice No, Batch No, Card No, Card Type, Auth Code, RRN, Txn Amt, TXN
    APPROVED); Innoviti's contactless slip at a sweet shop with its chip's data (BILL AMT, APP LABEL, AID, TC,
    AUTH, RRN, DATE and TIME on one line); an art emporium's bill written in its book, its number never
    struck, Card ticked (no reference); Kotak Mahindra Bank's DECLINED slip at a colour shop (RESP CODE 51,
    INSUFFICIENT FUNDS); PhonePe's card terminal slip at a courier's counter (Card payment successful,
    Amount, Card, Date & Time, Transaction ID, Auth Code, RRN). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=500, high=28000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "sbi":
        shift(j, rng, SARAS + dt.timedelta(days=rng.randrange(0, 14)))
    if layout in ("innoviti", "declined", "phonepe", "handbill"):
        j.amount = rupees(rng, 350, 6500, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "device":
        p = phone(rng, font, k, ["", "Sale"], dark=False, buttons=("Print", "Next sale"))
        band(p, (230, 80, 30))
        app_head(p, "Mswipe", "Card sale")
        shown = pick(p, "center", [name, "TIKULI GHAR"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        sicon(p, status)
        p.add("center", "Sale approved", status=status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("small", f"Time {t}")
        p.add("rule")
        txid = f"{digits(rng, 12)}"
        kvr(p, "Card", f"{scheme} **** {last4}", method="card")
        kvr(p, "Auth code", appr, txn=(APPR_RANK, appr))
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Txn ID", txid, txn=(TXN_RANK, txid))
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if layout != "handbill" and rng.random() < 0.7:
        h269.torn(p)
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d.%m.%Y"])).upper()
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    if layout == "handbill":
        p.style["width"] = rng.choice([620, 660])
        hand_pen(p)
        p.part = "head"
        p.add("title", name, merchant=name)
        p.add("small", f"{town}  |  Canvas, colours, frames, gold leaf")
        p.add("center", "BILL")
        p.part = "body"
        cols(p, "lb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "M/s", "Tikuli Ghar")
        spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
        start = len(p.rows)
        goods = [
            ("Imitation gold leaf, 100 sheets", 420, 640),
            ("Glass colours, 12 shades", 380, 560),
            ("Outliner tubes, black x 10", 250, 400),
            ("Enamel brushes, set", 160, 300),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(goods, 3):
            v = float(rng.randrange(lo, hi, 10))
            hcells(p, spec, text, num(v, "indian", 0))
            total_ += v
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        ticks(p, ["Cash", "Card", "UPI"], 1, method="card")
        write(p, "Paid by card - thanks", status=status)
        return p.done()
    p.part = "head"
    if brand:
        p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "sbi":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE/TIME: {when(j.date, '%d/%m/%Y')} {t}", date=j.date)
        p.add("left", f"MID      : {mid}")
        p.add("left", f"TID      : {tid}")
        p.add("left", f"BATCH    : {batch}  ROC: {inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"CARD     : XXXXXXXXXXXX{last4} CHIP", method="card")
        p.add("left", "EXP      : **/**")
        p.add("left", f"APPR     : {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN      : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "*** APPROVED ***", status=status)
        p.add("small", "SIGNATURE NOT REQUIRED. PIN VERIFIED.")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN IN PROGRESS", status=status)
        p.add("small", "DO NOT RETRY. CHECK THE STATUS IN 15 MINUTES.")
        p.add("small", "Powered by Razorpay Ezetap")
    elif layout == "mosambee":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        rows_ = [
            ("Merchant Id", mid[:12], {}),
            ("Terminal Id", tid, {}),
            ("Txn Date", when(j.date, "%d-%m-%Y"), {"date": j.date}),
            ("Txn Time", t, {}),
            ("Invoice No", inv, {"txn": (INVOICE_RANK, inv)}),
            ("Batch No", batch[-3:], {}),
            ("Card No", f"XXXX-XXXX-XXXX-{last4}", {"method": "card"}),
            ("Card Type", f"{scheme} CREDIT", {}),
            ("Auth Code", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]
        for label, value, facts in rows_:
            p.pair(label, value, **facts)
        p.add("rule")
        p.pair("Txn Amt", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "Guest: room 214. Dilli Haat exhibitor's rate.")
    elif layout == "innoviti":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE {when(j.date, '%d %b %y').upper()}  TIME {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXX{last4} CONTACTLESS", method="card")
        p.pair("APP LABEL", f"{scheme} DEBIT")
        p.pair("AID", f"A000000{digits(rng, 7)}")
        p.pair("TC", code(rng, 16, HEXU))
        p.pair("AUTH", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BILL AMT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "NO PIN REQUIRED FOR TAP BELOW RS.5000")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid)
        p.pair("TID", tid)
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXXXX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "RESP CODE: 51 INSUFFICIENT FUNDS")
        p.add("small", "NO AMOUNT DEBITED. PLEASE USE ANOTHER CARD.")
    else:
        ptx = f"PPC{digits(rng, 14)}"
        p.add("center", "Card payment successful", status=status)
        p.add("rule")
        p.pair("Amount", amt, amount=j.amount)
        p.pair("Card", f"{scheme} **{last4}", method="card")
        p.pair("Date & Time", f"{day} {t[:5]}", date=j.date)
        p.add("left", "Transaction ID")
        p.add("right", ptx, txn=(TXN_RANK, ptx))
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("small", "Powered by PhonePe. Customer copy.")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


POWER = "South Bihar Power Distribution Company Ltd"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kala Kutir's and the Khadi Mall counter's bills: the power company's online payment receipt for
    the Kutir, each label against a gutter (CA Number, Consumer name, Bill month, Amount paid, Transaction
    ID, Bank Ref No, Payment date, Payment mode, Status); Amazon Pay's piped gas bill ("<sum> paid to GAIL
    Gas Ltd", BP No., Amazon Pay transaction ID, BBPS ID, Paid on); HP Pay's cylinder refill pending with its
    steps left to right ("for HP Gas", Order No., UPI Ref, Distributor, Initiated); Vi's postpaid bill paid
    ("2 hours ago"; "<sum> paid for Vi Postpaid", Mobile number, Transaction ID, Payment mode; no day); Tata
    Play's recharge mail ("Your Tata Play account with Subscriber ID ... has been recharged with <sum> on
    <day>.", Transaction ID, Pack, Payment mode); Excitel's payment failed (a large cross, boxed fields:
    Order ID, Amount, Plan, Payment mode, Attempted on); the power company's bill's consumer counterfoil with
    the cashier's hand and stamp ("Paid Rs. x/- cash on <day>"; no reference); Bharat Gas' WhatsApp booking
    under the chat's day divider ("Your refill is booked ... Payment of <sum> received by UPI, Ref ...").
    All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=300, high=9000)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "Rs"))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = browser_page(rng, font, "www.sbpdcl.co.in/frmQuickBillPaymentAll.aspx")
        p.part = "head"
        dev(p, "साउथ बिहार पावर डिस्ट्रीब्यूशन कंपनी लिमिटेड", scale=0.9, bold=True)
        name = pick(p, "title", [POWER, "South Bihar Power Distribution Co. Ltd"])
        top(p, name, merchant=name)
        p.add("small", "PESU (East), Patna  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        j.amount = rupees(rng, 1800, 8600, 0.3)
        tid = f"SBP{digits(rng, 12)}"
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        for label, value, facts in [
            ("CA Number", digits(rng, 9), {}),
            ("Consumer name", KUTIR.upper(), {}),
            ("Bill month", when(month, "%b-%Y").upper(), {}),
            ("Amount paid", rs(j.amount), {"amount": j.amount}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Bank Ref No", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
            ("Payment mode", "Net Banking", {"method": "netbanking"}),
            ("Status", "Success", {"status": status}),
        ]:
            gutter(p, "sp", label, value, at=0.4, **facts)
        p.add("small", "Keep this receipt till the payment shows on your next bill.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Done",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "Piped gas bill")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        j.amount = rupees(rng, 400, 2600, 0.4)
        name = "GAIL Gas Ltd"
        p.add("center", f"{rs(j.amount)} paid to {name}", amount=j.amount, merchant=name)
        p.add("small", f"Tikuli Kala Kutir {dot} Patna")
        p.add("rule")
        aid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        bbps = f"AM01{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        lab(p, "BP No.")
        p.add("left", digits(rng, 10))
        lab(p, "Amazon Pay transaction ID")
        p.add("left", aid, txn=(TXN_RANK, aid))
        lab(p, "BBPS ID")
        p.add("left", bbps, txn=(BANK_RANK, bbps))
        lab(p, "Paid on")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        lab(p, "Paid using")
        p.add("left", "Amazon Pay UPI", method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Refresh",))
        band(p, (0, 70, 150))
        app_head(p, "HP Pay", "Cylinder refill")
        track(p, ["Paid", "Bank confirms", "Booked"], "dpt")
        pill(p, "Payment pending", status)
        j.amount = float(rng.choice([1826.5, 1848.0, 1875.5, 1902.0]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for HP Gas", merchant="HP Gas")
        p.add("small", "19 kg commercial cylinder")
        p.add("rule")
        oid = f"HP{j.date:%y%m%d}{digits(rng, 8)}"
        kvr(p, "Order No.", oid, txn=(ORDER_RANK, oid))
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Distributor", "Mahendru Gas Agency")
        kvr(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Done",))
        band(p, (238, 44, 64))
        app_head(p, "Vi", "Postpaid")
        pill(p, "Payment successful", status)
        j.amount = float(rng.choice([399, 499, 649, 799, 1099]))
        name = "Vi Postpaid"
        p.add("center", f"{rs(j.amount)} paid for {name}", amount=j.amount, merchant=name)
        p.add("small", f"{rng.randrange(2, 6)} hours ago")
        p.add("rule")
        tid = f"VI{digits(rng, 13)}"
        kvr(p, "Mobile number", f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", f"Credit card {dot * 4} {digits(rng, 4)}", method="card")
        return p.done()
    if k == 4:
        name = "Tata Play"
        p = mail_page(
            rng, font, "Tata Play <noreply@tataplay.com>", ["Recharge successful", "Your recharge is done"]
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([299, 380, 450, 560]))
        p.add("left", "Dear Subscriber,")
        p.add(
            "left",
            f"Your Tata Play account with Subscriber ID 10{digits(rng, 8)} has been recharged with "
            f"{rs(j.amount)} on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y', '%d/%m/%Y'])}.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        tid = f"{digits(rng, 12)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "tp", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        cols(p, "tp", spec, "Pack", "Hindi Basic HD, 30 days")
        cols(p, "tp", spec, "Payment mode", "UPI", method="UPI")
        p.add("gap")
        p.add("small", "Tata Play Ltd. TV at the Tikuli Ghar counter.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "my.excitel.com/payment/result")
        p.part = "head"
        name = "Excitel Broadband Pvt Ltd"
        top(p, name, merchant=name)
        p.add("small", "Pay your bill")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("small", "Your card issuer declined the payment. Your plan is unchanged.")
        p.add("gap")
        j.amount = float(rng.choice([565, 699, 1999, 3400]))
        oid = f"EXC{digits(rng, 10)}"
        field(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Plan", "200 Mbps, Kala Kutir, Mahendru")
        field(p, "Payment mode", f"Debit card {masked(rng, font)}", method="card")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        name = pick(p, "title", [POWER, "South Bihar Power Distribution Co. Ltd"])
        top(p, name, merchant=name)
        p.add("small", "Patna Electric Supply Undertaking  |  Electricity bill")
        p.add("center", "CONSUMER'S COUNTERFOIL")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(900, 6800, 1))
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        due = j.date + dt.timedelta(days=rng.randrange(2, 10))
        typed(p, f"CA No.        : {digits(rng, 9)}")
        typed(p, f"Name          : {GHAR_CAPS}, KHADI MALL")
        typed(p, f"Bill month    : {when(month, '%b-%Y').upper()}")
        typed(p, f"Due date      : {when(due, '%d-%m-%Y')}")
        typed(p, f"Amount payable: {num(j.amount, 'indian', 0)}.00")
        p.add("gap")
        write(
            p,
            f"Paid Rs. {num(j.amount, 'indian', 0)}/- cash on {when(j.date, rng.choice(['{d}/%m/%Y', '%d.%m.%Y']))}",
            amount=j.amount,
            date=j.date,
            method="cash",
            status=status,
        )
        write(p, "cashier - R.K.", align="r")
        rstamp(p, ["PESU, PATNA", "CASH RECEIVED", "COUNTER 3"], "blue", at=0.3, rows_=4)
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    p.add("title", "Bharat Gas")
    p.add("small", "Official business account")
    p.add("gap")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y", "%A, {d} %b %Y"])), date=j.date)
    s = len(p.rows)
    p.add("left", f"Welcome to Bharat Gas. Your number is linked to consumer No. {digits(rng, 6)}.")
    bubble(p, s, hhmm(rng, lower=True))
    j.amount = float(rng.choice([853.0, 876.5, 1826.5, 1848.0]))
    oid = f"{digits(rng, 8)}"
    s = len(p.rows)
    p.add(
        "left",
        f"Your Bharat Gas refill is booked. Order No. {oid}. Payment of {rs(j.amount)} received by UPI, Ref "
        f"{j.ref}. Delivery in 2 days.",
        merchant="Bharat Gas",
        amount=j.amount,
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    bubble(p, s, hhmm(rng, lower=True))
    p.add("gap")
    p.add("small", "Messages and calls are end-to-end encrypted.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("HDFC Bank", "AD-HDFCBK", "SHABANA KHATOON", "UPI", "sms"),
    ("Axis Bank", "VM-AXISBK", "GANGA PACKAGING", "UPI", "sms"),
    ("Kotak Mahindra Bank", "JD-KOTAKB", "MAA DURGA PAINTS", "UPI", "sms"),
    ("Bank of India", "", "PATNA PLYWOOD HOUSE", "NEFT", "mail"),
    ("Bank of India", "", "RAJ FRAME AND ART", "NEFT", "atm"),
    ("UCO Bank", "BZ-UCOBNK", "SINHA AND PRASAD ASSOC", "NEFT", "sms"),
    ("Dakshin Bihar Gramin Bank", "", "RINKU DEVI", "UPI", "lock"),
    ("IndusInd Bank", "", "SNAP STUDIO PATNA", "IMPS", "inbox"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the enterprise's payments: SMS in HDFC Bank's ("Sent Rs.x From HDFC Bank A/C *1234
    To <PAYEE> On <dd/mm/yy> Ref ..."), Axis Bank's ("INR x debited A/c no. XX1234 <dd-mm-yy> <hour>
    UPI/P2M/<ref>/<PAYEE> ..."), Kotak's failed ("Your UPI transaction of Rs.x to <PAYEE> on <dd-mm-yyyy>
    has failed ... UPI Ref ...") and UCO Bank's accepted for the next batch ("Your NEFT request of Rs x to
    <PAYEE> dated <dd-mm-yyyy> is accepted and will be processed in the next batch. Ref ...") wordings; Bank
    of India's mail ("Your A/c ... is debited by Rs x on <dd/mm/yyyy> by NEFT to <PAYEE>. UTR: ..." in a
    box, Available balance); Bank of India's ATM MINI STATEMENT with the payment's line ticked in pen ("NEFT
    -<PAYEE>" and its sum; PRINTED ON its later day; no reference); Dakshin Bihar Gramin Bank's notification
    on a lock screen under the hour ("now"; "A/c XX1234 debited Rs.x by UPI to <PAYEE>. Ref ..."; no day);
    IndusInd Bank's app inbox with the payment's message among others ("Rs.x debited from your A/c XX1234
    towards IMPS to <PAYEE> on <dd-Mon-yyyy>. IMPS Ref ..."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=2000, high=90000)
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
    if frame == "sms":
        if bank == "HDFC Bank":
            text = (
                f"Sent Rs.{amt} From HDFC Bank A/C *{tail4} To {to} On {when(j.date, '%d/%m/%y')} Ref {utr} "
                "Not You? Call 18002586161/SMS BLOCK UPI to 7308080808"
            )
        elif bank == "Axis Bank":
            text = (
                f"INR {amt} debited A/c no. XX{tail4} {when(j.date, '%d-%m-%y')} {hhmm(rng, twelve=False, seconds=True)} "
                f"UPI/P2M/{utr}/{to} Not you? SMS BLOCKUPI Cust ID to 919951860002 Axis Bank"
            )
        elif bank == "Kotak Mahindra Bank":
            text = (
                f"Your UPI transaction of Rs.{amt} to {to} on {when(j.date, '%d-%m-%Y')} has failed. Amount, if "
                f"debited, will be refunded in 3 working days. UPI Ref {utr} -Kotak Bank"
            )
        else:
            text = (
                f"Your NEFT request of Rs {amt} to {to} A/c XX{digits(rng, 4)} dated {when(j.date, '%d-%m-%Y')} is "
                f"accepted and will be processed in the next batch. Ref {utr} -UCO Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "Bank of India <boi.alerts@bankofindia.co.in>", ["Transaction alert", "Debit alert"]
        )
        p.part = "head"
        top(p, "Bank of India")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add("gap")
        c = card_open(p)
        p.add(
            "left",
            f"Your A/c XXXXXXXX{tail4} is debited by Rs {amt} on {when(j.date, '%d/%m/%Y')} by NEFT to {to}. "
            f"UTR: {utr}.",
            **facts,
        )
        card_close(p, c)
        p.add("left", f"Available balance: Rs {bal}")
        p.add("gap")
        p.add("left", "If this was not done by you, call 1800 103 1906 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Bank of India. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "atm":
        p = screen(rng, font, width=rng.choice([440, 460]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        hand_pen(p)
        p.part = "head"
        p.add("center", "BANK OF INDIA")
        p.add("small", "ATM ID BOIP1234  FRASER ROAD, PATNA")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(2, 6))
        typeface(p)
        width_ = h271.tt_cols(p)
        typed(p, f"PRINTED ON {when(later, '%d/%m/%y')} {hhmm(rng, twelve=False)}")
        typed(p, f"A/C NO XXXXXXXX{tail4}")
        typed(p, "MINI STATEMENT".center(width_).rstrip())
        typed(p, "-" * width_)
        before = j.date - dt.timedelta(days=rng.randrange(2, 6))
        after = j.date + dt.timedelta(days=1)
        dep = rupees(rng, 8000, 60000, 0.7)
        spend = rupees(rng, 300, 4000, 0.6)
        amt_w = width_ - 9 - 14 - 5
        typed(p, f"{when(before, '%d/%m/%y')} {'CASH DEP':<14}{num(dep, 'plain'):>{amt_w}} CR")
        narr = f"NEFT-{to}"
        typed(p, f"{when(j.date, '%d/%m/%y')} {narr[:14]:<14}{num(j.amount, 'plain'):>{amt_w}} DR", **facts)
        pen_tick(p)
        if len(narr) > 14:
            typed(p, f"{'':9}{narr[14:]}")
        typed(p, f"{when(after, '%d/%m/%y')} {'UPI-HP GAS':<14}{num(spend, 'plain'):>{amt_w}} DR")
        typed(p, "-" * width_)
        typed(p, f"AVL BAL {bal}")
        p.add("small", "THANK YOU FOR BANKING WITH US")
        return p.done()
    if frame == "lock":
        p = phone(rng, font, k, [""], dark=True, buttons=())
        p.part = "body"
        p.add("gap")
        p.add("big", hhmm(rng, twelve=False))
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Dakshin Bihar Gramin Bank {sign(font, chr(0x2022), '*')} now")
        p.add(
            "left",
            f"A/c XX{tail4} debited Rs.{amt} by UPI to {to}. Ref {utr}. Bal Rs.{bal}. Not you? Call 1800 180 2221.",
            **facts,
        )
        card_close(p, c)
        p.add("gap")
        p.add("small", "Swipe up to open")
        return p.done()
    p = phone(rng, font, k, ["", "Notifications"], dark=False, buttons=())
    band(p, (128, 30, 40))
    app_head(p, "IndusInd Bank", "Inbox")
    c = card_open(p)
    p.add("small", "Offers  |  2d")
    p.add("left", "Get 5% cashback on fuel with your IndusInd credit card.")
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("small", "Transactions  |  3h")
    p.add(
        "left",
        f"Rs.{amt} debited from your A/c XX{tail4} towards IMPS to {to} on {when(j.date, '%d-%b-%Y')}. IMPS Ref "
        f"{utr}.",
        **facts,
    )
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("small", "Security  |  5d")
    p.add("left", "Never share your OTP or PIN with anyone, not even bank staff.")
    card_close(p, c)
    return p.done()

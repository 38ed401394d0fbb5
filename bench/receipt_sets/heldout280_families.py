"""The twelve heldout280 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an Aipan craft cooperative's year of 2026 in Almora, Uttarakhand (Kumaon Aipan
Kala Swayatt Sahkarita Ltd, a self-reliant cooperative of the Kumaoni women who paint Aipan, the ritual floor
and wall painting of Kumaon, in rice paste's white on a ground of geru, red ochre: its workshop at Khatyari,
Aipan Kala Kendra, where they paint chowki panels, nameplates, trays, coasters, thalis, diaries and cushion
covers and the wedding chowkis and vasudhara at clients' homes; its counter in Lala Bazaar, Aipan Haat, with a
stall at the Nanda Devi Mela; the web shop aipanhaat.in, GoCoop, Etsy and buyers abroad), told by the proofs
of payment it receives (buyers' PhonePe, Paytm, BHIM, Amazon Pay, Navi, Google Pay and PayZapp screens and
PhonePe Business on the counter's phone; GoCoop, the state treasury for Almora's tourism office, Fabindia
through CitiDirect, a Nainital hotel, a Kasar Devi homestay company, Etsy, the university through the
cooperative's own bank and the Kumaon Mandal Vikas Nigam through Cashfree; PostFinance, MUFG, DBS, RBC,
Emirates NBD, Westpac, DNB and HSBC; its own cash memo, share money receipt, order form, order page, wedding
receipt, checkout, gift voucher and stall bill) and those it makes (a coppersmith, an art supplies shop, a
Haldwani timber house, a colour shop, a box maker, India Post, a Moradabad brass house and a tailor; YONO SBI,
PNB ONE, Baroda Connect, the Nainital Bank, Vyom, mBandhan, YES Online and RBL Bank's mail; its staff's and
artisans' payroll, voucher, screens, honorarium bill, wage card and payslip; ESIC, Apuni Sarkar, the Nagar
Palika, UHHDC, the GI Registry, Vahan, the Nanda Devi Mela Samiti and the Forest Department; eight insurers;
cards on its three terminals and at a Nainital bookshop, a Haldwani restaurant, a travel agent and a sweet
shop; UPCL, Indane, the Jal Sansthan, JioFiber, BSNL, Dish TV, Airtel Postpaid and a Common Services
Centre; the banks' SMS, a notification shade, a mail and WhatsApp banking). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the units' lines, salutations, Hindi and Kumaoni lines, items, counts, rates, taxable
values, GST, TDS, fees, commissions, charges, advances, balances, gross sums and deductions, converted sums,
periods, months, weeks, bill, invoice, order, delivery, arrival and painting days, account, policy, proposal,
consumer, connection, licence, permit, application, registration, employer, challan, article, booking and
voucher-form numbers left blank, GSTIN, IFSC, UPI IDs of payers, QR codes, stamps, seals, scribbles,
thumbs, borders, vasudhara, chowkis, footsteps, confetti, scratch cards, progress bars, tape, clips, spikes
and dog-ears carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page`` and ``paper_page`` heldout140's; ``right`` heldout152's; ``fits`` and ``place`` heldout123's;
``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``paper`` and
``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and
``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's;
heldout269's rows (``cols``, ``kv``, ``kvr``, ``zebra``, ``total``, ``strip``, ``ticks``, ``qr``, ``seal``,
``sms_page``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``, ``lab``, ``fill``, ``hand``,
``amtbox``, ``tt``, ``step``, ``rstamp``, ``revenue``, rounded cards), heldout273's (``pill``, ``field``,
``track``, ``hcells``, ``ledger``, ``avatar``, ``bubble``, ``panel``, ``cell_name``), heldout275's
(``dev``, ``sicon``, ``sig``, ``divider``, ``gutter``, ``gcard_open``, ``gcard_close``, ``inrow``,
``tabs``), heldout277's ``split`` and ``days_grid`` and heldout279's screen helpers (``phone``, ``band``,
``app_head``, ``two_up``, ``pick``, ``clip``, ``day_in``, ``at_hour``), written in this set's pens and
printers' faces. ``compose`` is heldout158's (as heldout269's to heldout279's), each page's rows drawn by
heldout279's ``_render`` and then by this set's own ``_render`` in the lines it leaves for them: vasudhara
(the lines Kumaon paints down from a threshold, in geru from a band set with rice paste's dots); an Aipan
chowki as a letterhead's emblem; Lakshmi's footsteps across the page; a progress bar; a scratch card; a
thumb's impression in violet ink; a line written in pencil; an app's dialog over its dimmed screen;
confetti; an Aipan border of geru and rice paste; clear tape over a slip's corners; a binder clip; a
dog-eared corner; a bill spike's hole; a card painted in geru with its print in white. The pages' layouts
and wordings are this set's own."""

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
    grid,
    hand,
    lab,
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
)
from bench.receipt_sets.heldout275_families import (
    dev,
    divider,
    gcard_close,
    gcard_open,
    gutter,
    inrow,
    room_of,
    sicon,
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
    pick,
    tail,
    two_up,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout277's to
# heldout279's
PENS = [
    "freefont/FreeSansOblique.ttf",
    "liberation/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "liberation2/LiberationSans-Italic.ttf",
]
INKS = [(18, 44, 130), (30, 30, 84), (40, 36, 46), (10, 78, 110), (96, 26, 52)]
# the faces a page's fixed-width lines are printed in (a dot-matrix's, a bank printer's, a POS's)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
]
# Aipan's two colours: geru (red ochre, the ground) and biswar (rice paste, the white lines and dots)
GERUS = [(168, 52, 36), (156, 44, 30), (180, 64, 42), (146, 40, 34)]
BISWAR = (250, 246, 236)

# ---------------------------------------------------------------- the cooperative

COOP = "Kumaon Aipan Kala Swayatt Sahkarita Ltd"
COOP_CAPS = COOP.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "KUMAON AIPAN KALA SWAYAT"
COOP_SHORT = "Kumaon Aipan Kala Sahkarita"
COOP_HI = "कुमाऊँ ऐपण कला स्वायत्त सहकारिता लि."
KENDRA = "Aipan Kala Kendra"
KENDRA_HI = "ऐपण कला केंद्र"
HAAT = "Aipan Haat"
HAAT_CAPS = HAAT.upper()
WEB = "aipanhaat.in"
REGD = "Regd. No. 118/SS/ALM/2015"
GSTIN = "05AADAK4821M1Z6"
OFFICE = "Aipan Kala Kendra, Khatyari, Almora - 263601 (Uttarakhand)"
KENDRA_AT = "Khatyari, Almora - 263601"
HAAT_AT = "Lala Bazaar, Almora - 263601"
SECRETARY = "Smt. Hema Pande"
# the Nanda Devi Mela, Almora, 15 to 22 September 2026 (the cooperative's stall is number 27), and the
# Uttarayani Mela, Bageshwar, 14 to 20 January 2026
MELA = dt.date(2026, 9, 15)
UTTARAYANI = dt.date(2026, 1, 14)
IFSC = {
    "State Bank of India": "SBIN",
    "Uttarakhand Gramin Bank": "SBIN",
    "Punjab National Bank": "PUNB",
    "Bank of Baroda": "BARB",
    "The Nainital Bank": "NTBL",
    "Central Bank of India": "CBIN",
    "Union Bank of India": "UBIN",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Yes Bank": "YESB",
    "RBL Bank": "RATN",
    "Bandhan Bank": "BDBL",
    "Canara Bank": "CNRB",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Uttarakhand Gramin Bank": "UGB",
    "Punjab National Bank": "PNB",
    "Bank of Baroda": "BoB",
    "The Nainital Bank": "Nainital Bank",
    "ICICI Bank": "ICICI",
    "HDFC Bank": "HDFC",
    "Axis Bank": "Axis",
    "Kotak Mahindra Bank": "Kotak",
    "Canara Bank": "Canara",
}
# the cooperative's work: name, HSN, price each (low, high)
WORKS = [
    ("Aipan wall panel, Lakshmi chowki, 12 x 12 in", "9701", 900, 2400),
    ("Aipan nameplate, hand painted, 14 x 6 in", "4421", 650, 1500),
    ("Aipan tea coasters, set of 6", "4421", 350, 800),
    ("Aipan wooden tray, 12 in", "4419", 750, 1600),
    ("Aipan pooja thali, brass, 10 in", "7418", 800, 1900),
    ("Aipan diary, handmade paper", "4820", 250, 520),
    ("Aipan cushion covers, painted (pair)", "6304", 600, 1300),
    ("Saraswati chowki on canvas, 18 x 18 in", "9701", 1800, 4800),
    ("Aipan key holder, 4 hooks", "4421", 400, 850),
    ("Aipan bookmarks, set of 5", "4911", 150, 300),
]
CUSTOMERS = [
    "Mrs. Shalini Joshi",
    "Mr. Ankit Bisht",
    "Ms. Ritu Pant",
    "Dr. Manoj Tewari",
    "Mrs. Anjali Negi",
    "Mr. Rahul Kapoor",
    "Ms. Sneha Iyer",
]
# the women artisans who paint for the cooperative
ARTISANS = [
    "Kamla Bisht",
    "Meena Joshi",
    "Hema Tamta",
    "Pushpa Mehra",
    "Deepa Bhandari",
    "Neema Arya",
    "Janki Rawat",
    "Bhawna Negi",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The cooperative's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 4) if lo < 700 else 1 if lo > 1500 else rng.randrange(1, 3)
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 10))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (a fair's), its UPI / IMPS reference made again for that day."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_for(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, never on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def gstin_of(rng: random.Random, state: str = "05", kind_: str = "P") -> str:
    pan = f"{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}"
    return f"{state}{pan}1Z{rng.choice(ALNUM)}"


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
    return p.style.setdefault("h280", {"marks": {}, "dialogs": [], "decor": []})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def aipan_border(p: Screen) -> None:
    """An Aipan border round the page: a band of geru (red ochre) with rice paste's white lines along both its
    edges, a row of white dots down its middle with a short stroke between each pair, and at each corner a
    white sun of dots round a dot."""
    ext(p)["border"] = list(p.rng.choice(GERUS))


def vasudhara(p: Screen) -> None:
    """Vasudhara across the page under a letterhead (the lines Kumaon paints down from a threshold): a geru
    band set with white dots, its lines of geru hanging from it in threes, each ending in a drop; two lines
    high."""
    put(p, "t80vas", "", mark_=[list(p.rng.choice(GERUS)), p.rng.randrange(10**6)])
    p.add("gap")


def chowki(p: Screen) -> None:
    """An Aipan chowki as a letterhead's emblem: a geru square, two white squares inside it, a ring of white
    dots, a lotus of eight white petals with a geru heart; centred, two lines high."""
    put(p, "t80chk", "", mark_=[list(p.rng.choice(GERUS)), p.rng.choice([8, 12])])
    p.add("gap")


def footsteps(p: Screen) -> None:
    """Lakshmi's footsteps across the page as a divider (painted from the door inwards at Diwali): soles of
    geru with white dots and toes, left and right in turn; two lines high."""
    put(p, "t80feet", "", mark_=[list(p.rng.choice(GERUS)), p.rng.choice([7, 8, 9])])
    p.add("gap")


def dialog_open(p: Screen) -> int:
    assert not p.style["h106"]["dark"]
    p.add("gap")
    return len(p.rows)


def dialog_close(p: Screen, start: int) -> None:
    """An app's dialog: a white rounded card over the screen round the rows from ``start`` to the last added,
    the screen round it dimmed under a grey veil."""
    ext(p)["dialogs"].append([start, len(p.rows) - 1])
    p.add("gap")


def confetti(p: Screen) -> None:
    """Confetti down both edges of a success screen (strips and dots in bright colours, clear of the
    print)."""
    ext(p)["confetti"] = p.rng.randrange(10**6)


def progress(p: Screen, share: float, colour: tuple[int, int, int]) -> None:
    """A progress bar across the page, ``share`` of it filled in ``colour`` (an app still waiting)."""
    put(p, "t80bar", "", mark_=[share, list(colour)])


def scratch(p: Screen, text: str) -> None:
    """A reward's scratch card: a rounded card in stripes of gold and violet with ``text`` on it in white; two
    lines high."""
    face = load_font(bold_of(p.font), int(p.style["size"] * 0.9))
    assert glyphs(bold_of(p.font), text) and face.getlength(text) + 40 <= 0.8 * room_of(p), text
    p.add("gap")
    put(p, "t80scr", text)
    p.add("gap")


def decor(p: Screen, what: str) -> None:
    """A mark on the page itself: "tape" (clear sticky tape across both top corners, a slip stuck into a
    file), "binder" (a black binder clip at the top), "dogear" (the top right corner folded over), "spike"
    (the hole a bill spike leaves at the top) or "geru" (a card painted in geru, its print in white)."""
    ext(p)["decor"].append([what, p.rng.randrange(10**6)])
    if what == "geru":
        g = p.rng.choice(GERUS)
        p.style.update({"paper": g, "ink": BISWAR, "label_ink": (240, 222, 206), "accent": BISWAR})


def lti(p: Screen, caption: str) -> None:
    """A box at the right, three lines high, with a worker's left thumb's impression in violet ink in it and
    its caption under (L.T.I.)."""
    face = load_font(p.font, int(p.style["size"] * 0.7))
    assert glyphs(p.font, caption) and face.getlength(caption) <= 150, caption
    put(p, "t80lti", caption, mark_=[p.rng.randrange(10**6), p.rng.uniform(-14, 14)])
    p.add("gap")
    p.add("gap")


PENCIL = "dejavu/DejaVuSans-Oblique.ttf"


def pencil(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written in pencil (graphite grey, light), an accountant's note on a bill."""
    face = load_font(PENCIL, int(p.style["size"] * 1.0))
    assert glyphs(PENCIL, text) and face.getlength(text) <= room_of(p), text
    put(p, "t80pcl", text, mark_=[align], **facts)


# ---------------------------------------------------------------- drawing


def _sun(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, white) -> None:
    draw.ellipse((cx - r * 0.3, cy - r * 0.3, cx + r * 0.3, cy + r * 0.3), fill=white)
    for n in range(8):
        a = 2 * math.pi * n / 8
        px, py = cx + math.cos(a) * r * 0.78, cy + math.sin(a) * r * 0.78
        draw.ellipse((px - r * 0.16, py - r * 0.16, px + r * 0.16, py + r * 0.16), fill=white)


def _border(draw: ImageDraw.ImageDraw, w: int, h: int, geru) -> None:
    draw.rectangle((3, 3, w - 4, h - 4), outline=geru, width=20)
    for d in (6, 20):
        draw.rectangle((d, d, w - 1 - d, h - 1 - d), outline=BISWAR, width=1)
    for x in range(32, w - 32, 14):
        for y in (13, h - 14):
            draw.ellipse((x - 2, y - 2, x + 2, y + 2), fill=BISWAR)
            draw.line((x + 5, y - 3, x + 9, y + 3), fill=BISWAR, width=1)
    for y in range(32, h - 32, 14):
        for x in (13, w - 14):
            draw.ellipse((x - 2, y - 2, x + 2, y + 2), fill=BISWAR)
            draw.line((x - 3, y + 5, x + 3, y + 9), fill=BISWAR, width=1)
    for cx, cy in ((13, 13), (w - 14, 13), (13, h - 14), (w - 14, h - 14)):
        draw.rectangle((cx - 12, cy - 12, cx + 12, cy + 12), fill=geru)
        _sun(draw, cx, cy, 10, BISWAR)


def _vasudhara(draw: ImageDraw.ImageDraw, x0: float, x1: float, y: float, line: int, geru, seed: int) -> None:
    srng = random.Random(seed)
    band_h = int(line * 0.34)
    draw.rectangle((x0, y, x1, y + band_h), fill=geru)
    for x in range(int(x0) + 8, int(x1) - 4, 12):
        draw.ellipse((x - 2, y + band_h / 2 - 2, x + 2, y + band_h / 2 + 2), fill=BISWAR)
    x = x0 + 10
    while x < x1 - 14:
        for n in range(3):
            xx = x + n * 5
            length = line * srng.uniform(0.85, 1.35)
            draw.line((xx, y + band_h, xx, y + band_h + length), fill=geru, width=2)
            draw.ellipse((xx - 2.5, y + band_h + length - 1, xx + 2.5, y + band_h + length + 4), fill=geru)
        x += 30


def _chowki(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, geru, petals: int) -> None:
    draw.rectangle((cx - r, cy - r, cx + r, cy + r), fill=geru)
    for k in (0.86, 0.72):
        draw.rectangle((cx - r * k, cy - r * k, cx + r * k, cy + r * k), outline=BISWAR, width=2)
    n = 16
    for m in range(n):
        a = 2 * math.pi * m / n
        px, py = cx + math.cos(a) * r * 0.58, cy + math.sin(a) * r * 0.58
        draw.ellipse((px - 1.8, py - 1.8, px + 1.8, py + 1.8), fill=BISWAR)
    for m in range(petals):
        a = 2 * math.pi * m / petals
        px, py = cx + math.cos(a) * r * 0.28, cy + math.sin(a) * r * 0.28
        pr = r * 0.13
        draw.ellipse((px - pr, py - pr, px + pr, py + pr), fill=BISWAR)
    draw.ellipse((cx - r * 0.12, cy - r * 0.12, cx + r * 0.12, cy + r * 0.12), fill=geru, outline=BISWAR)
    for sx, sy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        draw.ellipse(
            (cx + sx * r * 0.79 - 2, cy + sy * r * 0.79 - 2, cx + sx * r * 0.79 + 2, cy + sy * r * 0.79 + 2),
            fill=BISWAR,
        )


def _foot(draw: ImageDraw.ImageDraw, x: float, y: float, size: float, up: bool, geru) -> None:
    """A footprint walking right, ``size`` long from its heel at ``x``: the heel and the ball of the sole,
    five toes along the front (the big toe on the inner side), three white dots down the sole."""
    cy = y + (-size * 0.14 if up else size * 0.14)
    draw.ellipse((x, cy - size * 0.15, x + size * 0.4, cy + size * 0.15), fill=geru)
    draw.ellipse((x + size * 0.28, cy - size * 0.2, x + size * 0.76, cy + size * 0.2), fill=geru)
    draw.rectangle((x + size * 0.18, cy - size * 0.13, x + size * 0.5, cy + size * 0.13), fill=geru)
    side = 1 if up else -1
    for n in range(5):
        r = size * (0.085 if n == 0 else 0.062 - n * 0.006)
        ty = cy + side * (0.17 - n * 0.085) * size
        tx = x + size * (0.86 - abs(n - 1.2) * 0.035)
        draw.ellipse((tx - r, ty - r, tx + r, ty + r), fill=geru)
    for n in range(3):
        px = x + size * (0.14 + n * 0.2)
        draw.ellipse((px - 2, cy - 2, px + 2, cy + 2), fill=BISWAR)


def _fingerprint(
    draw: ImageDraw.ImageDraw, cx: float, cy: float, rx: float, ry: float, seed: int, ink
) -> None:
    srng = random.Random(seed)
    k = 1.0
    while k > 0.12:
        start = srng.uniform(0, 360)
        gap = srng.uniform(18, 50)
        draw.arc(
            (cx - rx * k, cy - ry * k, cx + rx * k, cy + ry * k), start, start + 360 - gap, fill=ink, width=2
        )
        k -= 0.13


def _tape(page: Image.Image, seed: int) -> Image.Image:
    """Two strips of clear tape over the top corners, a little yellow, their ends cut in teeth."""
    srng = random.Random(seed)
    w, h = page.size
    page = page.convert("RGBA")
    for left in (True, False):
        tw, th = srng.randrange(90, 120), 26
        strip_ = Image.new("RGBA", (tw, th), (0, 0, 0, 0))
        sd = ImageDraw.Draw(strip_)
        pts = [(0, 0)]
        for x in range(0, tw + 1, 6):
            pts.append((x, 2 if (x // 6) % 2 else 0))
        for y in range(0, th + 1, 5):
            pts.append((tw - (3 if (y // 5) % 2 else 0), y))
        for x in range(tw, -1, -6):
            pts.append((x, th - (2 if (x // 6) % 2 else 0)))
        for y in range(th, -1, -5):
            pts.append((3 if (y // 5) % 2 else 0, y))
        sd.polygon(pts, fill=(250, 240, 196, 92), outline=(210, 200, 160, 120))
        strip_ = strip_.rotate(45 if left else -45, resample=Image.BICUBIC, expand=True)
        ox = -strip_.width // 2 + 16 if left else w - strip_.width // 2 - 16
        page.alpha_composite(strip_, (max(0, ox), max(0, -strip_.height // 2 + 16)))
    return page.convert("RGB")


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout279's ``_render`` (heldout277's, heldout275's, heldout273's, heldout271's, heldout269's and
    heldout14's beneath it), then this set's rows and marks: vasudhara, an Aipan chowki, Lakshmi's footsteps,
    a progress bar, a scratch card, a thumb's impression, a pencilled line; an app's dialog over its dimmed
    screen, confetti, an Aipan border, clear tape, a binder clip, a dog-eared corner and a bill spike's
    hole."""
    page = h279._render(rows, font, style)
    x = style.get("h280")
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
    kinds_ = {d[0]: d[1] for d in x["decor"]}
    if x["dialogs"]:
        layer = Image.new("RGB", page.size, (138, 140, 146))
        ld = ImageDraw.Draw(layer)
        for start, end in x["dialogs"]:
            ld.rounded_rectangle(
                (MARGIN - 16, tops[start] - lift - 12, width - MARGIN + 16, tops[end] + line - lift + 12),
                radius=18,
                fill=(255, 255, 255),
            )
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for start, end in x["dialogs"]:
        draw.rounded_rectangle(
            (MARGIN - 16, tops[start] - lift - 12, width - MARGIN + 16, tops[end] + line - lift + 12),
            radius=18,
            outline=(96, 98, 104),
            width=1,
        )
    if x.get("confetti") is not None:
        srng = random.Random(x["confetti"])
        colours = [(236, 72, 96), (255, 196, 0), (40, 170, 120), (60, 120, 230), (170, 80, 210)]
        for _ in range(46):
            side = srng.random() < 0.5
            cx = srng.uniform(4, MARGIN - 8) if side else srng.uniform(width - MARGIN + 8, width - 4)
            cy = srng.uniform(MARGIN, min(h - MARGIN, MARGIN + line * 9))
            c = srng.choice(colours)
            if srng.random() < 0.5:
                a = srng.uniform(0, math.pi)
                dx, dy = math.cos(a) * 5, math.sin(a) * 5
                draw.line((cx - dx, cy - dy, cx + dx, cy + dy), fill=c, width=3)
            else:
                draw.ellipse((cx - 2.5, cy - 2.5, cx + 2.5, cy + 2.5), fill=c)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t80"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t80vas":
            geru, seed = m
            _vasudhara(draw, MARGIN, width - MARGIN, top_y + 2, line, tuple(geru), seed)
        elif name == "t80chk":
            geru, petals = m
            _chowki(draw, width / 2, top_y + line, line * 0.92, tuple(geru), petals)
        elif name == "t80feet":
            geru, n = m
            step_ = room / n
            for k in range(n):
                _foot(draw, MARGIN + k * step_ + 4, top_y + line, line * 1.6, k % 2 == 0, tuple(geru))
        elif name == "t80bar":
            share, colour = m
            y0, y1 = top_y + line * 0.35, top_y + line * 0.65
            draw.rounded_rectangle(
                (MARGIN, y0, width - MARGIN, y1), radius=6, fill=h269._tint(colour, paper_, 0.18)
            )
            draw.rounded_rectangle((MARGIN, y0, MARGIN + share * room, y1), radius=6, fill=tuple(colour))
        elif name == "t80scr":
            cw = room * 0.8
            x0, y0 = (width - cw) / 2, top_y - line * 0.2
            x1, y1 = x0 + cw, top_y + line * 1.2
            card = Image.new("RGB", (int(x1 - x0), int(y1 - y0)), (120, 60, 170))
            cd = ImageDraw.Draw(card)
            for n in range(-card.height, card.width, 14):
                cd.line((n, card.height, n + card.height, 0), fill=(212, 170, 60), width=6)
            mask = Image.new("L", card.size, 0)
            ImageDraw.Draw(mask).rounded_rectangle(
                (0, 0, card.width - 1, card.height - 1), radius=12, fill=255
            )
            page.paste(card, (int(x0), int(y0)), mask)
            draw = ImageDraw.Draw(page)
            face = load_font(bold_of(font), int(size * 0.9))
            tw = face.getlength(r[1])
            tx, ty = (width - tw) / 2, (y0 + y1) / 2 - size * 0.55
            draw.rounded_rectangle(
                (tx - 10, ty - 2, tx + tw + 10, ty + size * 1.15), radius=8, fill=(70, 30, 110)
            )
            draw.text((tx, ty), r[1], font=face, fill=(255, 255, 255))
        elif name == "t80lti":
            seed, tilt = m
            bx1 = width - MARGIN
            bx0 = bx1 - line * 2.3
            by0, by1 = top_y + 2, top_y + line * 2.3
            draw.rectangle((bx0, by0, bx1, by1), outline=soft, width=1)
            _fingerprint(
                draw, (bx0 + bx1) / 2, (by0 + by1) / 2, line * 0.62, line * 0.82, seed, (96, 60, 150)
            )
            small = load_font(font, int(size * 0.7))
            draw.text((bx0 + (bx1 - bx0 - small.getlength(r[1])) / 2, by1 + 3), r[1], font=small, fill=soft)
        elif name == "t80pcl":
            face = load_font(PENCIL, int(size * 1.0))
            tw = face.getlength(r[1])
            tx = {"l": MARGIN, "r": width - MARGIN - tw, "c": (width - tw) / 2}[m[0]]
            draw.text((tx, y - int(size * 0.1)), r[1], font=face, fill=(112, 112, 120))
    if x.get("border"):
        _border(draw, w, h, tuple(x["border"]))
    if "binder" in kinds_:
        srng = random.Random(kinds_["binder"])
        cx = w * srng.uniform(0.42, 0.58)
        draw.polygon([(cx - 34, 0), (cx + 34, 0), (cx + 30, 24), (cx - 30, 24)], fill=(26, 26, 30))
        draw.line((cx - 30, 22, cx + 30, 22), fill=(70, 70, 76), width=2)
        for sx in (-1, 1):
            draw.line((cx + sx * 22, 4, cx + sx * 16, 0), fill=(196, 198, 206), width=3)
            draw.line((cx + sx * 22, 4, cx + sx * 24, 16), fill=(196, 198, 206), width=2)
    if "spike" in kinds_:
        srng = random.Random(kinds_["spike"])
        cx, cy = w * srng.uniform(0.46, 0.54), 17
        dark = tuple(max(0, c - 60) for c in paper_)
        for n in range(9):
            a = 2 * math.pi * n / 9 + srng.uniform(-0.2, 0.2)
            rr = srng.uniform(8, 12)
            draw.line((cx, cy, cx + math.cos(a) * rr, cy + math.sin(a) * rr), fill=dark, width=1)
        draw.ellipse((cx - 5, cy - 5, cx + 5, cy + 5), fill=(64, 60, 58))
    if "dogear" in kinds_:
        s = 40
        back = (92, 88, 84)
        draw.polygon([(w - s, 0), (w, 0), (w, s)], fill=back)
        flap = tuple(max(0, c - 22) for c in paper_)
        draw.polygon(
            [(w - s, 0), (w, s), (w - s, s)], fill=flap, outline=tuple(max(0, c - 70) for c in paper_)
        )
    if "tape" in kinds_:
        page = _tape(page, kinds_["tape"])
    return page


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
        h275.DEV,
        h275.DEV_BOLD,
        h275.DEV_SERIF,
        h275.DEV_SERIF_BOLD,
        h275.HAND_LATIN,
        PENCIL,
        *PENS,
        *TYPES,
        "dejavu/DejaVuSans.ttf",
    ]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout280 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the counter's own app


PHONEPE, PAYZAPP, NAVI, AMAZON = (95, 37, 159), (0, 76, 143), (28, 120, 100), (35, 47, 62)
PAYEES = [HAAT_CAPS, HAAT, CUT, "AIPAN HAAT ALMORA"]
VPAS = [
    "aipanhaat@sbi",
    "aipanhaat.almora@okaxis",
    "Q418230957@ybl",
    "kumaonaipan@pnb",
    "kakssl.almora@okicici",
]
BUYERS = [
    ("Shalini Joshi", "shalinij@okhdfcbank", "HDFC Bank"),
    ("Ankit Bisht", "ankitbisht@oksbi", "State Bank of India"),
    ("Ritu Pant", "ritupant@ybl", "Punjab National Bank"),
    ("Manoj Tewari", "manojtewari@axl", "Axis Bank"),
    ("Anjali Negi", "anjali.negi@okicici", "ICICI Bank"),
    ("Rahul Kapoor", "rahulk@paytm", "Kotak Mahindra Bank"),
    ("Sneha Iyer", "sneha.iyer@ibl", "Canara Bank"),
    ("Vivek Kandpal", "vivekkandpal@okaxis", "The Nainital Bank"),
]
NOTES = [
    "nameplate advance",
    "Lakshmi chowki panel",
    "coasters x2",
    "Diwali gifts",
    "Aipan tray",
    "for the thali",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Aipan Haat, the cooperative's counter in Lala Bazaar, or the cooperative: PhonePe's
    Transaction Successful on its green band with confetti down the screen's edges ("Paid to" over the payee
    and the sum, Banking Name; Transfer Details: Transaction ID, Debited from, UTR, each label small over its
    value); Paytm's Payment Successful in a dialog over its dimmed Scan & Pay screen (the sum, "to <payee>",
    the hour alone, UPI Ref No, From; no day); BHIM's Transaction Successful (the sum, "Paid to <payee>" and
    its VPA, a table ruled on every side: UPI Transaction ID, Transaction Date, Paid From, Remarks); Amazon
    Pay UPI's Payment failed on a tinted band (labels set right against a gutter: Bank reference no., Amazon
    Pay transaction ID, Payment time, Paid using, Reason); Navi's Payment successful capsule with a scratch
    card won (its fields two to a row: UPI Ref No and Paid from, Navi Txn ID and Note); a Google Pay thread
    with the counter (its avatar and name on top, the buyer's note, the payment's card: "Payment to <payee>",
    the sum, "Paid" with its day, UPI; no reference); PayZapp's Payment processing over a progress bar (shaded
    label cells: UPI Ref No., Date & time, Paying from, Remarks); PhonePe Business on the counter's phone (the
    counter under the app, tabs, a Payment Received capsule, the sum, "from <buyer>"; dot leaders: UPI Ref
    No., PhonePe Txn ID, Received on, Credited to). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=350, high=32000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    tick_ = sign(font, "\u2713", "")
    if k == 0:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (26, 140, 80))
        p.part = "head"
        p.add("title", "Transaction Successful", status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        p.part = "body"
        confetti(p)
        p.add("left", "Paid to")
        name = pick(p, "left", [to, HAAT])
        avatar(p, initials(name), PHONEPE)
        p.pair(name, rs(j.amount), merchant=name, amount=j.amount)
        p.add("small", vpa)
        p.add("small", f"Banking Name : {CUT}")
        p.add("rule")
        p.add("left", "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "Debited from")
        p.pair(f"{sb} XXXXXX{digits(rng, 4)}", rs(j.amount), method="UPI")
        lab(p, "UTR")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 1:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "Scan & Pay")
        name = pick(p, "center", [f"to {to}", f"to {HAAT}"])[3:]
        p.add("small", "Paying")
        p.add("center", name)
        p.add("small", vpa)
        p.add("big", rs(j.amount))
        p.add("small", rng.choice(NOTES))
        d = dialog_open(p)
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"at {hhmm(rng)}")
        lab(p, "UPI Ref No")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "From")
        p.add("left", f"Paytm UPI {dot} {sb} {digits(rng, 4)}", method="UPI")
        p.add("center", "Done")
        dialog_close(p, d)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 90, 150))
        app_head(p, "BHIM", "Bharat Interface for Money")
        sicon(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"Paid to {to}", f"Paid to {HAAT}"])[8:]
        p.add("center", f"Paid to {name}", merchant=name)
        p.add("small", vpa)
        p.add("gap")
        grid(
            p,
            "bh",
            [(0.0, 0.44, "l"), (0.44, 1.0, "l")],
            None,
            [
                (["UPI Transaction ID", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Paid From", f"{sb} A/c XX{digits(rng, 4)}"], {"method": "UPI"}),
                (["Remarks", rng.choice(NOTES)], {}),
            ],
            tint=(220, 232, 244),
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Try again",))
        band(p, AMAZON)
        app_head(p, "amazon pay", "UPI")
        strip(p, "Payment failed", status)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {HAAT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Any amount debited will be refunded in 3 to 5 days.")
        p.add("gap")
        aid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        for label, value, facts in [
            ("Bank reference no.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Amazon Pay transaction ID", aid, {"txn": (TXN_RANK, aid)}),
            ("Payment time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
            ("Paid using", f"Amazon Pay UPI {dot} {sb}", {"method": "UPI"}),
            ("Reason", "Bank server did not respond (U30)", {}),
        ]:
            gutter(p, "az", label, value, at=0.42, **facts)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, NAVI)
        app_head(p, "Navi", "UPI")
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"Paid to {to}", f"Paid to {HAAT}"])[8:]
        p.add("center", f"Paid to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["on {d} %b %Y", "on %d %b %Y"], (" at ",)), date=j.date)
        scratch(p, "You won a scratch card!")
        nid = f"NAVI{digits(rng, 14)}"
        two_up(
            p,
            "nv1",
            ("UPI Ref No", j.ref),
            ("Paid from", f"{sb} {dot * 2}{digits(rng, 4)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        two_up(p, "nv2", ("Navi Txn ID", clip(nid, 18)), ("Note", rng.choice(NOTES)))
        return p.done()
    if k == 5:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        name = HAAT
        avatar(p, initials(name), (196, 80, 40))
        p.add("center", name)
        p.add("small", vpa)
        p.part = "body"
        p.add("gap")
        s = len(p.rows)
        p.add("left", f"Namaste! {rng.choice(NOTES).capitalize()}.")
        h273.bubble(p, s, hhmm(rng, lower=True))
        g = gcard_open(p)
        inrow(p, f"Payment to {name}", merchant=name)
        inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        inrow(
            p,
            f"{tick_} Paid {dot} {when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y']))}".strip(),
            status=status,
            date=j.date,
        )
        inrow(p, f"UPI {dot} {sb}", soft=True, method="UPI")
        gcard_close(p, g)
        p.add("gap")
        p.add("small", "Google Pay")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, PAYZAPP)
        app_head(p, "PayZapp", "UPI  |  HDFC Bank")
        p.add("center", "Payment processing", status=status)
        p.accent(AMBER)
        progress(p, rng.uniform(0.35, 0.7), AMBER)
        p.add("small", "Waiting for your bank to confirm. Please do not pay again.")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {HAAT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        kv(p, "UPI Ref No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        kv(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        kv(p, "Paying from", f"HDFC Bank XX{digits(rng, 4)}", at=0.4, method="UPI")
        kv(p, "Remarks", rng.choice(NOTES), at=0.4)
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=("Share",))
    band(p, PHONEPE)
    app_head(p, "PhonePe Business", "Payments")
    name = pick(p, "center", [HAAT_CAPS, HAAT])
    p.add("center", name, merchant=name)
    p.add("small", "Lala Bazaar, Almora")
    tabs(p, ["Home", "History", "Settlements"], 1)
    p.add("gap")
    pill(p, "Payment Received", status, align="l")
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("left", f"from {who}")
    p.add("small", their)
    p.add("gap")
    pid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 12)}"
    dots(p, "UPI Ref No.", j.ref, at=0.42, txn=(UTR_RANK, j.ref), method="UPI")
    dots(p, "PhonePe Txn ID", pid, at=0.42, txn=(TXN_RANK, pid))
    dots(p, "Received on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), at=0.42, date=j.date)
    dots(p, "Credited to", f"UGB XX{digits(rng, 4)}", at=0.42)
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its place, the frame
PAYERS = [
    ("GoCoop", "Bengaluru", "gocoop"),
    ("District Tourism Development Office, Almora", "Almora", "ifms"),
    ("Fabindia Overseas Pvt Ltd", "New Delhi", "citi"),
    ("Hotel Pine Crest", "Mallital, Nainital - 263001", "tally"),
    ("Himalayan Trails Homestays Pvt Ltd", "Kasar Devi, Almora - 263601", "zoho"),
    ("Etsy", "Brooklyn, New York", "etsy"),
    ("Soban Singh Jeena University", "Almora", "ugb"),
    ("Kumaon Mandal Vikas Nigam Ltd", "Nainital", "cashfree"),
]


def bills_of(rng: random.Random, j: Job, n: int) -> list[tuple[str, dt.date, float]]:
    """The cooperative's bills one payment settles: number, day (before the payment), sum; they add up to
    it."""
    parts = h277.split(rng, j.amount, n)
    out = []
    for part in parts:
        day = j.date - dt.timedelta(days=rng.randrange(8, 60))
        out.append((f"KAK/{fy(day)}/{rng.randrange(40, 400)}", day, part))
    return out


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """GoCoop (the cooperatives' marketplace), Almora's District Tourism Development Office through the state
    treasury (IFMS Uttarakhand), Fabindia through CitiDirect, a Nainital hotel, a Kasar Devi homestay company,
    Etsy, Soban Singh Jeena University through the cooperative's own bank, and the Kumaon Mandal Vikas Nigam
    through Cashfree paying the cooperative: GoCoop's settlement mail for a week (a table ruled on every side
    Order | Product | Sale | Commission | Net, its total; Settlement ID, Cycle, UTR, Bank account beside their
    labels; no day); IFMS Uttarakhand's bill tracking (a table ruled on every side across the page with one
    row: Treasury | Token No. | Bill No. | Bill Date | Net Amount; shaded label cells: Payee Name, Payment
    Mode, UTR No., Payment Date, Payment Status); CitiDirect BE's payment status RETURNED (hairlines under
    each row: Customer, Transaction Ref, Payment Type, Beneficiary Name, Beneficiary A/c, Amount (INR), Value
    Date, UTR, Status, Return Reason); a Nainital hotel's Payment Advice as Tally prints it (To, M/s, "We have
    made a payment of Rs. x (...) through NEFT in respect of the following bill(s):", a table ruled on every
    side Bill Ref. | Bill Date | Amount with its Total, Transaction Type, Inst. No. left blank, Inst. Date; no
    reference); a homestay company's PAYMENT MADE from Zoho Books (Payment#, Payment Date, Reference Number,
    Payment Mode, Paid Through beside their labels, Amount Paid on a tinted panel, Paid To, a table ruled on
    every side Bill Number | Bill Date | Bill Amount | Payment Amount); Etsy's deposit on its way (its
    sentence, a card: Deposit amount, Deposit to, Initiated on, Deposit reference, Arrives by); Uttarakhand
    Gramin Bank's CREDIT ADVICE typed on its slip ("We advise having credited your above account with Rs. x
    (...) being proceeds of NEFT received from <remitter> ... UTR ... on <day>"); Cashfree Payouts' mail for
    the Nigam ("<payer> has sent you <sum>", boxed fields: Transfer ID, UTR, Transfer mode, Beneficiary,
    Processed on). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=9000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([COOP, COOP_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "gocoop":
        j.amount = rupees(rng, 5000, 42000, 0.2)
        p = mail_page(
            rng,
            font,
            "GoCoop Settlements <settlements@gocoop.com>",
            ["Your settlement is processed", "Weekly settlement - funds transferred"],
        )
        p.part = "head"
        top(p, "GoCoop")
        p.add("small", "The marketplace of India's cooperatives and artisans")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear member cooperative,")
        p.add(
            "left",
            f"Your settlement of {rs(j.amount)} has been transferred to your bank account.",
            status=status,
            amount=j.amount,
        )
        p.add("gap")
        nets = h277.split(rng, j.amount, rng.randrange(2, 5))
        lines = []
        for net in nets:
            sale = round(net / 0.85, 2)
            item = rng.choice(["Aipan coasters", "Chowki panel", "Aipan tray", "Nameplate", "Aipan diary"])
            lines.append(([f"GC{digits(rng, 6)}", item, num(sale), num(sale - net), num(net)], {}))
        grid(
            p,
            "gc",
            [(0.0, 0.2, "l"), (0.2, 0.48, "l"), (0.48, 0.66, "r"), (0.66, 0.84, "r"), (0.84, 1.0, "r")],
            ["Order", "Product", "Sale", "Commission", "Net"],
            lines,
            foot=(["Net settlement", num(j.amount)], {}),
            tint=(214, 234, 220),
        )
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        sid = f"STL{digits(rng, 9)}"
        name = h273.cell_name(p, 0.66, [payee, CUT], scale=1.0)
        colkv(p, "gk", spec, "Payee", name, merchant=name)
        colkv(p, "gk", spec, "Settlement ID", sid, txn=(TXN_RANK, sid))
        colkv(p, "gk", spec, "Cycle", f"Week {j.date.isocalendar()[1]}, 2026")
        colkv(p, "gk", spec, "UTR", utr, txn=(UTR_RANK, utr), method="netbanking")
        colkv(p, "gk", spec, "Bank account", f"Uttarakhand Gramin Bank {tail(rng)}")
        p.add("small", "GoCoop keeps 15% of each sale as its commission, GST included.")
        return p.done()
    if frame == "ifms":
        p = browser_page(rng, font, "ifms.uk.gov.in/IFMS/BillTracking/BillStatus.aspx")
        p.part = "head"
        dev(p, "उत्तराखण्ड कोषागार", scale=0.95, bold=True)
        top(p, "IFMS Uttarakhand")
        p.add("small", "Integrated Financial Management System  |  Bill Tracking")
        p.add("rule")
        p.part = "body"
        p.add("left", f"DDO: {payer}")
        p.add("gap")
        token = str(rng.randrange(1000, 9999))
        bill = f"{rng.randrange(10, 300)}/{j.date.year}"
        grid(
            p,
            "if",
            [(0.0, 0.2, "l"), (0.2, 0.38, "l"), (0.38, 0.56, "l"), (0.56, 0.76, "l"), (0.76, 1.0, "r")],
            ["Treasury", "Token No.", "Bill No.", "Bill Date", "Net Amount"],
            [(["Almora", token, bill, when(earlier(rng, j, 4, 20), "%d/%m/%Y"), num(j.amount)], {})],
            tint=(226, 232, 244),
        )
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        name = h273.cell_name(p, 0.62, [payee, CUT], scale=1.0)
        kv(p, "Payee Name", name, at=0.38, merchant=name)
        kv(p, "Payment Mode", f"e-Payment ({way}, RBI e-Kuber)", at=0.38, method="netbanking")
        kv(p, "UTR No.", utr, at=0.38, txn=(UTR_RANK, utr))
        kv(p, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.38, date=j.date)
        kv(p, "Paid Amount", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Payment Status", "Paid", at=0.38, status=status)
        p.add("small", "Aipan souvenirs for the Almora Festival, supplied against the supply order.")
        return p.done()
    if frame == "citi":
        p = browser_page(rng, font, "portal.citidirect.com/portalservices/payments/status")
        p.part = "head"
        top(p, "CitiDirect BE")
        p.add("small", "Payments  |  Transaction inquiry")
        p.add("rule")
        p.part = "body"
        strip(p, "RETURNED", status)
        p.add("gap")
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        cref = f"CITI{j.date:%y}{digits(rng, 10)}"
        name = pick(p, "left", [payee, CUT])
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        for label, value, facts in [
            ("Customer", payer, {}),
            ("Transaction Ref", cref, {"txn": (BANK_RANK, cref)}),
            ("Payment Type", "NEFT", {"method": "netbanking"}),
            ("Beneficiary Name", name, {"merchant": name}),
            ("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}  |  SBIN0RRUTGB", {}),
            ("Amount (INR)", num(j.amount), {"amount": j.amount}),
            ("Value Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), {"date": j.date}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
            ("Status", "Returned by beneficiary bank", {"status": status}),
            ("Return Reason", "R03 - account does not exist", {}),
        ]:
            cols(p, "ct", spec, label, value, mode="line", **facts)
        p.add("gap")
        p.add("small", "The amount has been credited back to the debit account.")
        return p.done()
    if frame == "tally":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, payer.upper() if rng.random() < 0.5 else payer)
        p.add("small", f"{town}  |  GSTIN {gstin_of(rng)}")
        p.add("center", "Payment Advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "To,")
        name = pick(p, "left", [f"M/s {payee}", f"M/s {COOP_SHORT}"])[4:]
        p.add("left", f"M/s {name}", merchant=name)
        p.add("left", OFFICE)
        p.add("gap")
        j.amount = float(int(j.amount))
        p.add(
            "left",
            f"Dear Sir/Madam, we have made a payment of Rs. {num(j.amount, 'indian')} "
            f"({words_in_rupees(j.amount)}) through NEFT in respect of the following bill(s):",
            amount=j.amount,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        bills = bills_of(rng, j, rng.randrange(1, 4))
        grid(
            p,
            "tl",
            [(0.0, 0.44, "l"), (0.44, 0.7, "l"), (0.7, 1.0, "r")],
            ["Bill Ref.", "Bill Date", "Amount"],
            [([b, when(d, "%d-%b-%y"), num(v)], {}) for b, d, v in bills],
            foot=(["Total", num(j.amount)], {}),
            tint=(232, 232, 232),
        )
        p.add("gap")
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "tb", spec, "Transaction Type", "NEFT")
        cols(p, "tb", spec, "Inst. No.", "")
        cols(p, "tb", spec, "Inst. Date", when(j.date, "%d-%b-%y"), date=j.date)
        p.add("gap")
        right(p, "Yours faithfully,")
        right(p, f"for {payer}")
        p.add("gap")
        right(p, "Authorised Signatory")
        return p.done()
    if frame == "zoho":
        p = sheet_page(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, payer)
        p.add("small", f"{town}  |  GSTIN {gstin_of(rng, kind_='C')}")
        p.add("center", "PAYMENT MADE")
        p.add("rule")
        p.part = "body"
        utr = utr_for(rng, j, "ICICI Bank", "RTGS" if j.amount >= 200000 else "NEFT")
        pm = f"PM-{rng.randrange(10, 999):05d}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "zh", spec, "Payment#", pm, txn=(INVOICE_RANK, pm))
        cols(p, "zh", spec, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        cols(p, "zh", spec, "Reference Number", utr, txn=(UTR_RANK, utr))
        cols(p, "zh", spec, "Payment Mode", "Bank Transfer", method="netbanking")
        cols(p, "zh", spec, "Paid Through", "ICICI Bank Current A/c")
        panel(p, "Amount Paid", rs(j.amount), (214, 236, 222), amount=j.amount, status=status)
        p.add("left", "Paid To")
        name = pick(p, "left", [payee, COOP_SHORT])
        p.add("left", name, merchant=name)
        p.add("small", OFFICE)
        p.add("gap")
        bills = bills_of(rng, j, rng.randrange(1, 3))
        grid(
            p,
            "zb",
            [(0.0, 0.34, "l"), (0.34, 0.56, "l"), (0.56, 0.78, "r"), (0.78, 1.0, "r")],
            ["Bill Number", "Bill Date", "Bill Amount", "Payment Amount"],
            [([b, when(d, "%d/%m/%Y"), num(v), num(v)], {}) for b, d, v in bills],
            tint=(236, 236, 240),
        )
        p.add("small", f"Amount Paid In Words: {words_in_rupees(j.amount)}")
        return p.done()
    if frame == "etsy":
        j.amount = rupees(rng, 6000, 60000, 0.1)
        p = mail_page(
            rng, font, "Etsy <transaction@etsy.com>", ["Your deposit is on its way", "Etsy deposit update"]
        )
        p.part = "head"
        top(p, "Etsy")
        p.add("rule")
        p.part = "body"
        shop = "AipanHaatAlmora"
        p.add("left", f"Hi {shop},")
        p.add(
            "left",
            "Your deposit is on its way to your bank account. Deposits usually reach the bank in 3 to 5 "
            "business days.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        did = f"{digits(rng, 10)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        name = h273.cell_name(p, 0.62, [payee, CUT], scale=1.0)
        cols(p, "et", spec, "Deposit amount", rs(j.amount), amount=j.amount)
        cols(p, "et", spec, "Deposit to", name, merchant=name)
        cols(p, "et", spec, "Bank account", f"ending in {digits(rng, 4)}", method="netbanking")
        cols(p, "et", spec, "Initiated on", day_in(j, rng, ["%d %B %Y", "{d} %b %Y"]), date=j.date)
        cols(p, "et", spec, "Deposit reference", did, txn=(TXN_RANK, did))
        cols(p, "et", spec, "Arrives by", when(j.date + dt.timedelta(days=rng.randrange(3, 6)), "%d %B %Y"))
        card_close(p, c)
        p.add("gap")
        p.add("small", "Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201")
        return p.done()
    if frame == "ugb":
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 240, 226), (244, 242, 232)])
        typeface(p)
        p.part = "head"
        dev(p, "उत्तराखण्ड ग्रामीण बैंक", scale=1.05, bold=True)
        top(p, "Uttarakhand Gramin Bank")
        p.add("small", "Branch: Almora Main, Mall Road  |  IFSC SBIN0RRUTGB")
        p.add("center", "CREDIT ADVICE")
        p.add("rule")
        p.part = "body"
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        name = payee.upper() if len(payee) + 10 <= h271.tt_cols(p) else CUT
        typed(p, f"A/C NO  : XXXXXXX{digits(rng, 4)}")
        typed(p, f"NAME    : {name}", merchant=name)
        typed(p, f"DATE    : {when(j.date, '%d/%m/%Y')}", date=j.date)
        p.add("gap")
        j.amount = float(int(j.amount))
        p.add(
            "left",
            f"We advise having credited your above account with Rs. {num(j.amount, 'indian')} "
            f"({words_in_rupees(j.amount)}) being proceeds of {way} received from {payer}, {town}.",
            amount=j.amount,
            method="netbanking",
            status=status,
        )
        typed(p, f"UTR NO  : {utr}", txn=(UTR_RANK, utr))
        typed(p, f"SENDER  : SBIN0{digits(rng, 6)} STATE BANK OF INDIA")
        p.add("gap")
        p.add("small", "Computer generated advice; needs no signature.")
        return p.done()
    j.amount = rupees(rng, 12000, 95000, 0.3)
    p = mail_page(
        rng,
        font,
        "Cashfree Payouts <payouts@cashfree.com>",
        ["You have received a payment", "Payment received"],
    )
    p.part = "head"
    top(p, "Cashfree Payments")
    p.add("rule")
    p.part = "body"
    name = pick(p, "left", [payee, CUT])
    p.add("left", "Hello,")
    p.add(
        "left",
        f"{payer} has sent you {rs(j.amount)} through Cashfree Payouts.",
        amount=j.amount,
        status=status,
    )
    p.add("gap")
    tid = f"KMVN{j.date:%y%m}{digits(rng, 6)}"
    field(p, "Transfer ID", tid, txn=(TXN_RANK, tid))
    field(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
    field(p, "Transfer mode", "IMPS", method="netbanking")
    field(p, "Beneficiary", name, merchant=name)
    field(p, "Processed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    p.add("gap")
    p.add("small", "Aipan mementoes for the Nigam's tourist rest houses. This is an automated mail.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Atelier Bergblick GmbH", "Zurich, Switzerland", "CHF", 600, 7000, "postfinance"),
    ("Wafu Zakka Co., Ltd.", "Tokyo, Japan", "JPY", 90000, 900000, "mufg"),
    ("Lion City Living Pte Ltd", "Singapore", "SGD", 500, 6500, "dbs"),
    ("Maple & Mandala Inc.", "Toronto, Canada", "CAD", 500, 6500, "rbc"),
    ("Desert Rose Interiors LLC", "Dubai, UAE", "AED", 1500, 22000, "enbd"),
    ("Wattle & Thread Pty Ltd", "Melbourne, Australia", "AUD", 500, 7000, "westpac"),
    ("Fjordhus Interior AS", "Bergen, Norway", "NOK", 4000, 60000, "dnb"),
    ("Kowloon Craft House Ltd", "Hong Kong", "HKD", 3000, 48000, "hsbc"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: Swiss francs with apostrophes between the thousands (CHF
    3'450.00), yen whole with the yen sign or its code, Singapore, Canadian, Australian and Hong Kong dollars
    with their sign or code, dirhams with their code, Norwegian kroner with spaces between the thousands and a
    decimal comma (NOK 12 450,00)."""
    if cur == "CHF":
        if rng.random() < 0.5:
            return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
        return lambda v: f"{v:,.2f}".replace(",", "'") + " CHF"
    if cur == "JPY":
        mark = rng.choice([sign(font, "\u00a5", "JPY "), "JPY "])
        return lambda v: f"{mark}{v:,.0f}"
    if cur == "NOK":
        return lambda v: "NOK " + f"{v:,.2f}".replace(",", " ").replace(".", ",")
    form = rng.choice(
        {
            "SGD": ["S${v}", "SGD {v}"],
            "CAD": ["${v} CAD", "C${v}"],
            "AED": ["AED {v}", "{v} AED"],
            "AUD": ["A${v}", "AUD {v}"],
            "HKD": ["HK${v}", "HKD {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Zurich interiors studio, a Tokyo zakka shop, a Singapore homeware shop, a Toronto gift shop, a Dubai
    interiors firm, a Melbourne homeware shop, a Bergen interiors shop and a Hong Kong craft shop paying for
    chowki panels, nameplates, trays and coasters: PostFinance's Zahlungsbestatigung in Swiss francs under an
    Ausgefuhrt band, in dot leaders (Auftraggeber, Begunstigter, Bank des Begunstigten, Betrag,
    Ausfuhrungsdatum, Zahlungsart, Referenz, Mitteilung); MUFG's Global Remittance completed in yen
    ("Completed at <hour> JST"; Remittance No., Beneficiary, Beneficiary bank, Remittance amount, Our charges,
    Purpose, each label small over its value; no day); DBS IDEAL's Telegraphic Transfer pending its authoriser
    (a capsule, a striped table: Transaction Reference, Created on, Beneficiary Name, Beneficiary Bank,
    Amount, Charges, Purpose); RBC Royal Bank's mail of a wire payment sent in Canadian dollars (its sentence,
    a card: Recipient, Recipient's bank, Amount, Send date, Tracking number, Fee); Emirates NBD's transfer
    failed in dirhams under a large cross (hairline rows: Reference No., Date, Transfer type, From, Reason);
    Westpac's International Payment Receipt in Australian dollars, each label set right against a gutter
    (Receipt number, Payment date, Payee name, Payee bank, SWIFT code, Amount, Fee, Your description, Status);
    DNB's Betalingen er sendt in Norwegian in Norwegian kroner (Til, Belop, Dato, Fra konto, Melding beside
    their labels; no reference); HSBC's DEBIT ADVICE for an outward telegraphic transfer typed in Hong Kong
    dollars (OUR REF, VALUE DATE, BENEFICIARY, BENEFICIARY BANK, AMOUNT, COMMISSION, TOTAL DEBITED). All new
    here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([COOP, COOP_CAPS])
    inv = f"KAK/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    if frame == "postfinance":
        p = browser_page(rng, font, "www.postfinance.ch/ef/zahlungen/bestaetigung")
        p.part = "head"
        top(p, "PostFinance")
        p.add("small", "E-Finance  |  Zahlungsbest\u00e4tigung / Payment confirmation")
        p.add("rule")
        p.part = "body"
        strip(p, "Ausgef\u00fchrt / Executed", status)
        p.add("gap")
        ref = f"PF{j.date:%y%m%d}{digits(rng, 8)}"
        name = h273.cell_name(p, 0.62, [me, CUT], scale=1.0)
        for label, value, facts in [
            ("Auftraggeber", payer, {}),
            ("Beg\u00fcnstigter", name, {"merchant": name}),
            ("Bank des Beg\u00fcnstigten", "State Bank of India, Almora", {}),
            ("Betrag", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Ausf\u00fchrungsdatum", when(j.date, "%d.%m.%Y"), {"date": j.date}),
            ("Zahlungsart", "Auslandzahlung SWIFT (SHA)", {"method": "netbanking"}),
            ("Referenz", ref, {"txn": (BANK_RANK, ref)}),
            ("Mitteilung", clip(f"Rechnung {inv}", 30), {}),
        ]:
            dots(p, label, value, at=0.36, **facts)
        p.add("gap")
        p.add("small", "PostFinance AG, Bern. Diese Best\u00e4tigung wurde automatisch erstellt.")
        return p.done()
    if frame == "mufg":
        p = phone(rng, font, k, ["", "Remittance details"], dark=False, buttons=("Close",))
        band(p, (206, 16, 38))
        app_head(p, "MUFG Global Remittance", "MUFG Bank, Ltd.")
        sicon(p, status)
        p.add("center", "Remittance completed", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("small", f"Completed at {hhmm(rng, twelve=False)} JST")
        p.add("rule")
        rno = f"GR{digits(rng, 10)}"
        name = pick(p, "left", [me, CUT])
        for label, value, facts in [
            ("Remittance No.", rno, {"txn": (BANK_RANK, rno)}),
            ("Beneficiary", name, {"merchant": name}),
            ("Beneficiary bank", "State Bank of India, Almora (SBININBB)", {}),
            ("Remittance amount", show(j.amount), {}),
            ("Remittance type", "Overseas remittance (SWIFT)", {"method": "netbanking"}),
            ("Our charges", show(float(rng.choice([2500, 3000, 4000]))), {}),
            ("Purpose", "Import of handicrafts", {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "dbs":
        p = browser_page(rng, font, "ideal.dbs.com/transactions/telegraphic-transfer/view")
        p.part = "head"
        top(p, "DBS IDEAL")
        p.add("small", f"Telegraphic Transfer  |  {payer}")
        p.add("rule")
        p.part = "body"
        pill(p, "Pending Authorisation", status, align="l")
        p.add("small", "This transaction will be sent to the bank after your authoriser approves it.")
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 6)}"
        name = h273.cell_name(p, 0.62, [me, CUT], scale=1.0)
        zebra(
            p,
            "db",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Transaction details", ""],
            [
                (["Transaction Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Created on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary Bank", "Punjab National Bank, Almora"], {}),
                (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Charges", "Shared (SHA)"], {"method": "netbanking"}),
                (["Purpose", clip(f"Invoice {inv}", 36)], {}),
            ],
            (200, 16, 30),
        )
        return p.done()
    if frame == "rbc":
        p = mail_page(
            rng,
            font,
            "RBC Royal Bank <noreply@rbc.com>",
            ["Your wire payment has been sent", "Wire payment sent"],
        )
        p.part = "head"
        top(p, "RBC Royal Bank")
        p.add("rule")
        p.part = "body"
        name = pick(p, "left", [me, CUT])
        p.add("left", f"{payer}, {city}")
        p.add(
            "left",
            f"Your international wire payment of {show(j.amount)} has been sent.",
            status=status,
            amount=j.amount,
            cur=cur,
        )
        p.add("gap")
        c = card_open(p)
        tno = f"RBC{digits(rng, 9)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(
            p,
            "rb",
            spec,
            "Recipient",
            h273.cell_name(p, 0.62, [me, CUT], scale=1.0),
            merchant=h273.cell_name(p, 0.62, [me, CUT], scale=1.0),
        )
        cols(p, "rb", spec, "Recipient's bank", "Uttarakhand Gramin Bank, Almora")
        cols(p, "rb", spec, "Amount", show(j.amount))
        cols(p, "rb", spec, "Send date", when(j.date, rng.choice(["%b {d}, %Y", "%B {d}, %Y"])), date=j.date)
        cols(p, "rb", spec, "Tracking number", tno, txn=(BANK_RANK, tno), method="netbanking")
        cols(p, "rb", spec, "Fee", show(float(rng.choice([30, 45, 50]))))
        card_close(p, c)
        p.add("gap")
        p.add("small", "Royal Bank of Canada. Wires to India usually arrive in 1 to 3 business days.")
        return p.done()
    if frame == "enbd":
        p = phone(rng, font, k, ["", "Transfer"], dark=rng.random() < 0.4, buttons=("Try again",))
        band(p, (10, 40, 90))
        app_head(p, "Emirates NBD", "Business banking")
        sicon(p, status)
        p.add("center", "Transfer failed", status=status)
        p.accent(RED)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        ref = f"ENBD{digits(rng, 10)}"
        kvr(p, "Reference No.", ref, txn=(BANK_RANK, ref))
        kvr(p, "Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "Transfer type", "International (SWIFT)", method="netbanking")
        kvr(p, "From", f"Current account {sign(font, chr(0x2022), '*') * 2}{digits(rng, 4)}")
        kvr(p, "Reason", "Invalid beneficiary IFSC")
        return p.done()
    if frame == "westpac":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "Westpac")
        p.add("small", "Business Online  |  International Payment Receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", f"{payer}, {city}")
        p.add("gap")
        rno = f"W{digits(rng, 9)}"
        name = h273.cell_name(p, 0.55, [me, CUT], scale=1.0)
        for label, value, facts in [
            ("Receipt number", rno, {"txn": (BANK_RANK, rno)}),
            ("Payment date", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("Payee name", name, {"merchant": name}),
            ("Payee bank", "State Bank of India, Almora", {}),
            ("SWIFT code", "SBININBB452", {}),
            ("Amount", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Payment method", "SWIFT (OUR)", {"method": "netbanking"}),
            ("Fee", show(float(rng.choice([20, 25, 32]))), {}),
            ("Your description", clip(f"INV {inv}", 26), {}),
            ("Status", "Payment processed", {"status": status}),
        ]:
            gutter(p, "wp", label, value, at=0.38, **facts)
        p.add("gap")
        p.add("small", "Westpac Banking Corporation ABN 33 007 457 141. Keep this receipt for your records.")
        return p.done()
    if frame == "dnb":
        p = phone(rng, font, k, ["", "Betaling"], dark=False, buttons=("Ferdig",))
        band(p, (0, 114, 114))
        app_head(p, "DNB", "Bedrift")
        sicon(p, status)
        p.add("center", "Betalingen er sendt", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("rule")
        name = h273.cell_name(p, 0.66, [me, CUT], scale=1.0)
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "dn", spec, "Til", name, merchant=name)
        cols(p, "dn", spec, "Bel\u00f8p", show(j.amount))
        cols(p, "dn", spec, "Dato", when(j.date, "%d.%m.%Y"), date=j.date)
        cols(p, "dn", spec, "Fra konto", f"Bedriftskonto {digits(rng, 4)}")
        cols(p, "dn", spec, "Type", "Utlandsbetaling (SWIFT)", method="netbanking")
        cols(p, "dn", spec, "Melding", clip(f"Faktura {inv}", 26))
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    typeface(p)
    p.part = "head"
    top(p, "HSBC")
    p.add("small", "The Hongkong and Shanghai Banking Corporation Limited")
    p.add("rule")
    p.part = "body"
    width_ = h271.tt_cols(p)
    typed(p, "DEBIT ADVICE - OUTWARD TELEGRAPHIC TRANSFER".center(width_).rstrip())
    typed(p, "-" * width_)
    typed(p, f"CUSTOMER          : {payer.upper()}")
    ref = f"HKH{j.date:%y%m%d}{digits(rng, 5)}"
    typed(p, f"OUR REF           : {ref}", txn=(BANK_RANK, ref))
    typed(p, f"VALUE DATE        : {when(j.date, '%d/%m/%Y')}", date=j.date)
    name = me.upper() if len(me) + 20 <= width_ else CUT
    typed(p, f"BENEFICIARY       : {name}", merchant=name)
    typed(p, "BENEFICIARY BANK  : STATE BANK OF INDIA, ALMORA")
    charge = float(rng.choice([150, 200, 230]))
    typed(p, f"AMOUNT            : HKD {j.amount:,.2f}", amount=j.amount, cur=cur, method="netbanking")
    typed(p, f"COMMISSION        : HKD {charge:,.2f}")
    typed(p, f"TOTAL DEBITED     : HKD {j.amount + charge:,.2f}")
    typed(p, "-" * width_)
    p.add(
        "left",
        "We have debited your account and remitted the amount above by telegraphic transfer.",
        status=status,
    )
    p.add("small", "This advice is computer generated and requires no signature.")
    return p.done()


# ---------------------------------------------------------------- 4. the cooperative's own papers


MEMBERS = ["Smt. Lata Kandpal", "Smt. Kusum Tiwari", "Smt. Radha Karki", "Smt. Geeta Arya", "Smt. Mamta Bora"]
HOMES = ["Bisht Niwas", "The Joshis", "Pant Kutir", "Tewari Sadan", "Negi House", "Kandpal Bhawan"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The cooperative's own papers, each its unit or itself on top: Aipan Haat's CASH MEMO from its billing
    printer on a torn roll in a fixed-width face, pushed down a bill spike (BILL NO, DATE with the hour, the
    items and their quantities x rates, SUB TOTAL, CGST 2.5%, SGST 2.5%, NET PAYABLE, TENDER UPI, UPI TXN ID,
    ** PAID **); the cooperative's SHARE MONEY RECEIPT in an Aipan border under its chowki and Hindi name (No.
    printed, Date, Received with thanks from, Member No., towards shares, Rupees, by written in; Rs. in a
    box); Aipan Haat's ORDER FORM CUM ADVANCE RECEIPT for a nameplate under vasudhara (Order No. left blank,
    Date, Name, Name to be painted, Size and Ground ticked, Delivery by, Price, Advance received, Balance,
    Cash ticked; no reference); the web shop's order status page with its payment pending (a capsule, a card:
    Order #, Order placed, Items, Total, Payment, Payment ID); the Kendra's RECEIPT for a wedding's Aipan
    under vasudhara and its Hindi name ("Received with thanks from <client> a sum of Rs. x/- (...) by NEFT
    (UTR ...) on <day> towards ... to be painted on <a later day>", Lakshmi's footsteps at its foot); PayU's
    checkout failed under a large cross (hairline rows: Transaction ID, Order ID, Amount, Payment mode, Date &
    time, Error); Aipan Haat's GIFT VOUCHER CUM RECEIPT printed white on a geru card in an Aipan border
    (Voucher No., Value, Sold to, Paid by card, Approval code, "Valid for six months from the date of issue";
    no day); the Nanda Devi Mela stall's BILL on a pink duplicate pad pushed down a bill spike (Bill No.
    printed, Date and the items written in on its ruling, Total, Cash | UPI | Card with UPI ticked, "paid,
    UPI ref ..." in the cashier's pencil). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=600, high=42000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = screen(rng, font, width=rng.choice([480, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        decor(p, "spike")
        typeface(p)
        p.part = "head"
        p.add("gap")
        name = HAAT_CAPS
        p.add("title", name, merchant=name)
        p.add("small", "LALA BAZAAR, ALMORA - 263601")
        p.add("small", f"A UNIT OF {clip(COOP_CAPS, 30)}")
        p.add("small", f"GSTIN {GSTIN}")
        p.part = "body"
        p.add("center", "CASH MEMO")
        w_ = h271.tt_cols(p)
        bno = f"AH/{rng.randrange(1000, 9999)}"
        typed(p, f"BILL NO : {bno}", txn=(INVOICE_RANK, bno))
        typed(p, f"DATE    : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, "-" * w_)
        items = works(rng, rng.randrange(2, 4), high=1900)
        sub = 0.0
        for text, _, q, pr in items:
            typed(p, clip(text, w_).upper())
            left = f"  {q} x {num(pr, 'plain')}"
            amt = num(q * pr, "plain")
            typed(p, f"{left}{amt:>{w_ - len(left)}}")
            sub += q * pr
        gst = round(sub * 0.025, 2)
        j.amount = round(sub + 2 * gst, 2)
        typed(p, "-" * w_)
        for label, value, facts in [
            ("SUB TOTAL", num(sub, "plain"), {}),
            ("CGST 2.5%", num(gst, "plain"), {}),
            ("SGST 2.5%", num(gst, "plain"), {}),
            ("NET PAYABLE", num(j.amount, "indian"), {"amount": j.amount}),
        ]:
            typed(p, f"{label}{value:>{w_ - len(label)}}", **facts)
        typed(p, "-" * w_)
        typed(p, "TENDER  : UPI", method="UPI")
        typed(p, f"UPI TXN ID : {j.ref}", txn=(UTR_RANK, j.ref))
        typed(p, "** PAID **".center(w_).rstrip(), status=status)
        p.add("small", "Handmade by the women artisans of Kumaon")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(250, 246, 236), (248, 244, 232)])
        aipan_border(p)
        p.part = "head"
        p.add("gap")
        chowki(p)
        dev(p, COOP_HI, scale=0.95, bold=True)
        name = pick(p, "title", [COOP, COOP_SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{REGD}  |  {KENDRA_AT}")
        p.add("center", "SHARE MONEY RECEIPT")
        p.part = "body"
        no = str(rng.randrange(100, 999))
        cols(p, "sm", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        shares = rng.choice([5, 10, 20])
        j.amount = float(shares * 100)
        member = rng.choice(MEMBERS)
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%Y"]), date=j.date)
        blank(p, "Received with thanks from", member, status=status)
        blank(p, "Member No.", f"M-{rng.randrange(40, 180)}")
        blank(p, "towards", f"{shares} shares of Rs. 100 each")
        blank(p, "Rupees", f"{words_in_rupees(j.amount).replace('Rupees ', '')}")
        blank(p, "by", "Cash", method="cash")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        right(p, "Secretary")
        p.add("gap")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [740, 780])
        p.part = "head"
        name = pick(p, "title", [HAAT, HAAT_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{HAAT_AT}  |  a unit of {COOP_SHORT}")
        vasudhara(p)
        p.add("center", "ORDER FORM CUM ADVANCE RECEIPT - AIPAN NAMEPLATE")
        p.part = "body"
        cols(p, "of", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Order No. ..........", "")
        price = float(rng.choice([1200, 1500, 1800, 2200, 2600]))
        j.amount = float(rng.choice([500, 700, 1000]))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%y", "{d}.%m.%Y"]), date=j.date)
        blank(p, "Name", who)
        blank(p, "Name to be painted", rng.choice(HOMES))
        ticks(p, ["12 x 6 in", "14 x 6 in", "18 x 8 in"], rng.randrange(3))
        ticks(p, ["Geru", "White", "Black"], rng.randrange(3))
        blank(p, "Delivery by", when(j.date + dt.timedelta(days=rng.randrange(10, 25)), "%d/%m/%y"))
        blank(p, "Price Rs.", f"{num(price, 'indian', 0)}/-")
        blank(p, "Advance received Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount, status=status)
        blank(p, "Balance Rs.", f"{num(price - j.amount, 'indian', 0)}/-")
        ticks(p, ["Cash", "UPI"], 0, method="cash")
        right(p, "for Aipan Haat")
        return p.done()
    if k == 3:
        order = f"#AH{rng.randrange(1000, 9999)}"
        p = browser_page(rng, font, f"{WEB}/account/orders/{digits(rng, 10)}")
        p.part = "head"
        name = HAAT
        top(p, name, merchant=name)
        p.add("small", f"{WEB}  |  Aipan from Almora, painted by hand")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Order {order}")
        p.add("left", f"Thank you, {who.split(' ', 1)[1].split()[0]}! Your order is confirmed.")
        pill(p, "Payment pending", status, align="l")
        p.add("small", "We are waiting for your bank to confirm the payment. Please do not pay again.")
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=2400)
        ship = float(rng.choice([0, 90, 150]))
        j.amount = round(sum(q * pr for _, _, q, pr in items) + ship, 2)
        c = card_open(p)
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        oid = order[1:]
        colkv(p, "ss", spec, "Order", order, txn=(ORDER_RANK, oid))
        colkv(
            p,
            "ss",
            spec,
            "Order placed",
            at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)),
            date=j.date,
        )
        colkv(p, "ss", spec, "Items", "; ".join(f"{q} x {clip(t, 30)}" for t, _, q, _ in items))
        colkv(p, "ss", spec, "Shipping", rs(ship) if ship else "Free")
        colkv(p, "ss", spec, "Total", rs(j.amount), amount=j.amount)
        colkv(p, "ss", spec, "Payment", "UPI (Razorpay)", method="UPI")
        pid = f"pay_{code(rng, 14, MIXED)}"
        colkv(p, "ss", spec, "Payment ID", pid, txn=(TXN_RANK, pid))
        card_close(p, c)
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (253, 251, 245)
        p.part = "head"
        dev(p, KENDRA_HI, scale=1.05, bold=True)
        name = pick(p, "title", [KENDRA, KENDRA.upper()])
        top(p, name, merchant=name)
        p.add("small", f"{KENDRA_AT}  |  a unit of {COOP_SHORT}")
        vasudhara(p)
        p.add("center", "RECEIPT")
        p.part = "body"
        rno = f"AKK/{fy(j.date)}/{rng.randrange(10, 199)}"
        later = j.date + dt.timedelta(days=rng.randrange(6, 30))
        cols(
            p,
            "wr",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {rno}",
            "",
            txn=(INVOICE_RANK, rno),
        )
        j.amount = float(rng.randrange(6000, 28000, 500))
        client = rng.choice(
            ["Shri Deepak Joshi", "Shri Harish Bisht", "Smt. Kamini Pant", "Shri Naveen Tewari"]
        )
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        p.add(
            "left",
            f"Received with thanks from {client}, Dharanaula, Almora, a sum of Rs. {num(j.amount, 'indian', 0)}/- "
            f"({words_in_rupees(j.amount)}) by NEFT (UTR {utr}) on {day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} "
            "towards Aipan for the family's wedding: the dhuliarghya chowki, the vivah chowki and vasudhara at "
            f"the threshold, to be painted by two artisans on {when(later, '%d.%m.%Y')}.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        right(p, f"{SECRETARY}, Secretary")
        footsteps(p)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "secure.payu.in/_payment/failure")
        p.part = "head"
        top(p, "PayU")
        p.add("small", f"Paying {HAAT}  |  {WEB}")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        name = HAAT
        p.add("center", f"Merchant: {name}", merchant=name)
        p.add("small", "Your card issuer declined the payment. No money has been taken.")
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=3000)
        j.amount = round(sum(q * pr for _, _, q, pr in items), 2)
        mih = digits(rng, 11)
        oid = f"AH{rng.randrange(10000, 99999)}"
        kvr(p, "Transaction ID", mih, txn=(TXN_RANK, mih))
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment mode", f"Credit card {masked(rng, font)}", method="card")
        kvr(p, "Date & time", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "Error", "E308 - declined by issuer")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [640, 680])
        decor(p, "geru")
        aipan_border(p)
        p.part = "head"
        p.add("gap")
        name = HAAT_CAPS
        p.add("title", name, merchant=name)
        p.add("small", HAAT_AT)
        p.add("center", "GIFT VOUCHER CUM RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1000, 1500, 2000, 2500, 5000]))
        vno = f"GV-{rng.randrange(100, 999)}"
        appr = digits(rng, 6)
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        colkv(p, "gv", spec, "Voucher No.", vno, txn=(INVOICE_RANK, vno))
        colkv(p, "gv", spec, "Value", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        colkv(p, "gv", spec, "Sold to", who)
        colkv(p, "gv", spec, "Paid by", f"Card {masked(rng, font)}", method="card")
        colkv(p, "gv", spec, "Approval code", appr, txn=(APPR_RANK, appr))
        p.add("gap")
        p.add("center", "Payment received. Valid for six months from the date of issue.", status=status)
        p.add("small", "Redeem at Aipan Haat or on aipanhaat.in")
        p.add("gap")
        return p.done()
    shift(j, rng, MELA + dt.timedelta(days=rng.randrange(0, 8)))
    p = sheet_page(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(252, 226, 232), (250, 222, 228)])
    decor(p, "spike")
    p.part = "head"
    p.add("gap")
    name = HAAT_CAPS
    top(p, name, merchant=name)
    p.add("small", "Stall 27, Nanda Devi Mela, Almora")
    p.add("center", "BILL")
    p.part = "body"
    no = str(rng.randrange(200, 999))
    cols(p, "nb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "DUPLICATE", txn=(INVOICE_RANK, no))
    blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
    spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
    start = len(p.rows)
    total_ = 0.0
    for text, _, q, pr in works(rng, rng.randrange(2, 4), high=1600):
        short = clip(text.replace("Aipan ", ""), 26)
        hcells(p, spec, f"{short} x{q}", num(q * pr, "indian", 0))
        total_ += q * pr
    j.amount = total_
    hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.74])
    ticks(p, ["Cash", "UPI", "Card"], 1, method="UPI")
    pencil(p, f"paid, UPI ref {j.ref}", status=status, txn=(UTR_RANK, j.ref))
    right(p, "for Aipan Haat")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The cooperative's suppliers, each on top of its own paper: TAMTA COPPER CRAFTS' BILL for copper kalash
    and bottles to be painted, held in a binder clip (Bill No. beside its earlier Date:, a table ruled on
    every side with its Total, the accountant's note in pencil: "Paid by UPI on <day>", "Ref ..."); Itsy
    Bitsy's checkout with its payment failed under a large cross (shaded label cells: Order #, Items, Order
    total, Payment method, Razorpay payment ID, Attempted on); HALDWANI PLYWOOD & TIMBER's TAX INVOICE as
    Tally prints it (Invoice No. beside its earlier Dated, Mode/Terms of Payment, a table ruled on every side
    with HSN, CGST 9%, SGST 9% and Total, Amount Chargeable (in words), its PAYMENT RECEIVED stamp with "by
    NEFT, UTR ..., dt. <day>" written under it); PAHADI RANG BHANDAR's slip taped into the file (No. printed,
    Date left blank, geru, colours and brushes written in with their sums, Total, "Paid cash"; no day);
    SHUBHAM PACKAGING's Razorpay payment page with the payment processing (a capsule, boxed fields: Payment
    for, Amount, Payment ID, UPI Ref No., Method, Initiated on); INDIA POST's Speed Post booking receipt
    printed at the Almora counter in a fixed-width face (RECEIPT NO, BOOKED ON, ARTICLE NO, TO, WEIGHT,
    TARIFF, GST 18%, TOTAL, PAID BY CASH); GUPTA BRASS EMPORIUM's TAX INVOICE with its corner dog-eared (a
    striped table with IGST 5% and Total, its billing software's line "Payment received by NEFT / RTGS, UTR
    ..., on <day>. Thank you."); BISHT TAILORS' bill written on a pad (its Date, the cushion covers stitched
    and their sums on its ruling, Total, "Paid - cash", a signature; no number, no reference). All new
    here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=1500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet_page(rng, font, [740, 780])
        decor(p, "binder")
        p.part = "head"
        p.add("gap")
        dev(p, "टम्टा ताम्र शिल्प", scale=1.0, bold=True)
        name = "TAMTA COPPER CRAFTS"
        top(p, name, merchant=name)
        p.add("small", "Hand-beaten copper: kalash, lota, bottles, thalis  |  Tamta Mohalla, Almora - 263601")
        p.add("center", "BILL")
        p.add("rule")
        p.part = "body"
        bno = str(rng.randrange(120, 900))
        cols(
            p,
            "tc",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Bill No. {bno}",
            f"Date: {when(earlier(rng, j, 2, 12), '%d.%m.%Y')}",
            txn=(INVOICE_RANK, bno),
        )
        p.add("left", f"M/s {KENDRA}, Khatyari")
        lines = [
            ("Copper kalash, 1 ltr, plain", rng.randrange(10, 30), float(rng.choice([420, 460, 480]))),
            ("Copper bottle, 1 ltr", rng.randrange(10, 40), float(rng.choice([390, 420, 450]))),
            ("Copper thali, 10 in", rng.randrange(4, 16), float(rng.choice([560, 620, 680]))),
        ]
        j.amount = float(sum(q * r for _, q, r in lines))
        grid(
            p,
            "tg",
            [(0.0, 0.5, "l"), (0.5, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Particulars", "Qty", "Rate", "Amount"],
            [([t, str(q), num(r, "plain", 0), num(q * r)], {}) for t, q, r in lines],
            foot=(["Total Rs.", num(j.amount)], {"amount": j.amount}),
            tint=(236, 214, 190),
        )
        p.add("gap")
        pencil(
            p,
            f"Paid by UPI on {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%y']))}",
            method="UPI",
            status=status,
            date=j.date,
        )
        pencil(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        right(p, f"For {name}")
        return p.done()
    if k == 1:
        oid = f"IB{rng.randrange(100000, 999999)}"
        p = browser_page(rng, font, f"www.itsybitsy.in/checkout/{oid.lower()}/payment")
        p.part = "head"
        name = "Itsy Bitsy"
        top(p, name, merchant=name)
        p.add("small", "Art and craft supplies  |  Checkout")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("small", "The payment could not be completed. Your cart is saved; please try again.")
        p.add("gap")
        j.amount = rupees(rng, 1800, 14000, 0.3)
        pid = f"pay_{code(rng, 14, MIXED)}"
        kv(p, "Order #", oid, at=0.38, txn=(ORDER_RANK, oid))
        kv(p, "Items", "Acrylic colours, brick red and white (12); round brushes 0 to 4 (6 sets)", at=0.38)
        kv(p, "Order total", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Payment method", f"Debit card {masked(rng, font)}", at=0.38, method="card")
        kv(p, "Razorpay payment ID", pid, at=0.38, txn=(TXN_RANK, pid))
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date)
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "HALDWANI PLYWOOD & TIMBER"
        top(p, name, merchant=name)
        p.add("small", f"Nainital Road, Haldwani - 263139  |  GSTIN {gstin_of(rng)}")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"HPT/{fy(j.date)}/{rng.randrange(100, 999)}"
        grid(
            p,
            "hb",
            [(0.0, 0.5, "l"), (0.5, 1.0, "l")],
            None,
            [
                (
                    [f"Invoice No. {inv}", f"Dated {when(earlier(rng, j, 3, 20), '%d-%b-%y')}"],
                    {"txn": (INVOICE_RANK, inv)},
                ),
                (["Mode/Terms of Payment: NEFT, 15 days", f"Buyer: {COOP_SHORT}"], {}),
            ],
            tint=(240, 240, 240),
        )
        lines = [
            ("MDF board 6 mm, 8 x 4 ft", "4411", rng.randrange(6, 20), float(rng.randrange(820, 990, 10))),
            ("Pine plaques, cut 12 x 12 in", "4421", rng.randrange(40, 160), float(rng.choice([45, 55, 60]))),
            (
                "Sheesham blanks, nameplate 14 x 6",
                "4421",
                rng.randrange(20, 80),
                float(rng.choice([90, 110])),
            ),
        ]
        taxable = sum(q * r for _, _, q, r in lines)
        gst = round(taxable * 0.09, 2)
        j.amount = float(round(taxable + 2 * gst))
        grid(
            p,
            "hg",
            [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
            ["Description of Goods", "HSN/SAC", "Qty", "Rate", "Amount"],
            [([t, h, str(q), num(r, "plain", 0), num(q * r)], {}) for t, h, q, r in lines]
            + [(["CGST 9%", "", "", "", num(gst)], {}), (["SGST 9%", "", "", "", num(gst)], {})],
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(232, 232, 232),
        )
        p.add("small", f"Amount Chargeable (in words): {words_in_rupees(j.amount)}")
        rstamp(p, ["HALDWANI PLYWOOD & TIMBER", "PAYMENT RECEIVED", "ACCOUNTS"], "blue", at=0.3, rows_=5)
        utr = utr_for(rng, j, "The Nainital Bank", "NEFT")
        write(p, f"by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        write(p, f"dt. {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}", date=j.date)
        right(p, f"for {name}")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 250, 244), (246, 246, 238)])
        decor(p, "tape")
        p.part = "head"
        p.add("gap")
        name = "PAHADI RANG BHANDAR"
        p.add("center", name, merchant=name)
        p.add("small", "Paints, colours, brushes  |  Chowk Bazaar, Almora")
        p.part = "body"
        no = str(rng.randrange(1000, 9999))
        cols(
            p,
            "pr",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {no}",
            "Date ..........",
            txn=(INVOICE_RANK, no),
        )
        start = len(p.rows)
        spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
        goods = [
            ("Geru (red ochre) 5 kg", 150, 260),
            ("White acrylic 1 ltr", 340, 480),
            ("Brick red enamel 1 ltr", 300, 420),
            ("Brushes, round, set", 120, 260),
            ("Chalk powder 2 kg", 60, 120),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(goods, 4):
            v = float(rng.randrange(lo, hi, 10))
            hcells(p, spec, text, num(v, "indian", 0))
            total_ += v
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        write(p, "Paid cash", method="cash", status=status)
        p.add("gap")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, f"rzp.io/i/{code(rng, 8, MIXED)}")
        p.part = "head"
        name = "SHUBHAM PACKAGING"
        top(p, name, merchant=name)
        p.add("small", "Gift boxes and kraft packaging  |  Haldwani")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment processing", status, align="l")
        p.add("small", "We are waiting for your bank to confirm. This page will update on its own.")
        p.add("gap")
        j.amount = rupees(rng, 3000, 26000, 0.4)
        pid = f"pay_{code(rng, 14, MIXED)}"
        field(p, "Payment for", f"Invoice SP/{rng.randrange(200, 600)} - Aipan gift boxes with window")
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        field(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Method", "UPI", method="UPI")
        field(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.add("small", "Secured by Razorpay")
        return p.done()
    if k == 5:
        p = screen(rng, font, width=rng.choice([500, 520]), size=rng.choice([17, 18]))
        paper(p, rng)
        typeface(p)
        p.part = "head"
        name = "INDIA POST"
        p.add("title", name, merchant=name)
        p.add("small", "ALMORA H.O. - 263601")
        p.add("center", "SPEED POST BOOKING RECEIPT")
        p.part = "body"
        w_ = h271.tt_cols(p)
        typed(p, "-" * w_)
        rno = f"{digits(rng, 10)}"
        art = f"E{rng.choice('ABEGRU')}{digits(rng, 9)}IN"
        tariff = float(rng.choice([41, 47, 59, 71, 94, 118]) * rng.randrange(2, 9))
        gst = round(tariff * 0.18, 2)
        j.amount = round(tariff + gst, 2)
        for label, value, facts in [
            ("RECEIPT NO", rno, {"txn": (INVOICE_RANK, rno)}),
            ("BOOKED ON", f"{when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", {"date": j.date}),
            ("ARTICLE NO", art, {}),
            ("TO", rng.choice(["BENGALURU 560001", "NEW DELHI 110001", "MUMBAI 400050"]), {}),
            ("WEIGHT", f"{rng.randrange(2, 9) * 500} G", {}),
            ("TARIFF", num(tariff, "plain"), {}),
            ("GST 18%", num(gst, "plain"), {}),
            ("TOTAL", num(j.amount, "plain"), {"amount": j.amount}),
            ("PAID BY", "CASH", {"method": "cash", "status": status}),
        ]:
            typed(p, f"{label:<11}: {value}", **facts)
        typed(p, "-" * w_)
        p.add("small", "Track your article at indiapost.gov.in")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        decor(p, "dogear")
        p.part = "head"
        name = "GUPTA BRASS EMPORIUM"
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Brass thalis, lotas and diyas  |  Peerzada, Moradabad - 244001  |  GSTIN {gstin_of(rng, '09')}",
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"GBE/{rng.randrange(1000, 4000)}"
        cols(
            p,
            "gb",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date {when(earlier(rng, j, 5, 25), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Bill to: {COOP}, Almora")
        lines = [
            ("Brass thali, plain, 10 in", rng.randrange(20, 80), float(rng.choice([380, 420, 460]))),
            ("Brass diya, 3 in", rng.randrange(50, 200), float(rng.choice([60, 75, 90]))),
            ("Brass kalash, small", rng.randrange(10, 40), float(rng.choice([310, 350]))),
        ]
        taxable = sum(q * r for _, q, r in lines)
        igst = round(taxable * 0.05, 2)
        j.amount = round(taxable + igst, 2)
        zebra(
            p,
            "gz",
            [(0.0, 0.52, "l"), (0.52, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            [([t, str(q), num(r), num(q * r)], {}) for t, q, r in lines]
            + [(["IGST 5%", "", "", num(igst)], {})],
            (150, 110, 30),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "Uttarakhand Gramin Bank", way)
        p.add(
            "left",
            f"Payment received by {way}, UTR {utr}, on {day_in(j, rng, ['%d/%m/%Y', '{d} %b %Y'])}. Thank you.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        right(p, f"For {name}")
        return p.done()
    p = sheet_page(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(250, 249, 242), (247, 246, 240)])
    p.part = "head"
    name = "BISHT TAILORS"
    p.add("title", name, merchant=name)
    p.add("small", "Ladies and gents tailoring  |  Chowk Bazaar, Almora")
    p.part = "body"
    blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
    blank(p, "M/s", "Aipan Kala Kendra")
    start = len(p.rows)
    spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
    n1, r1 = rng.randrange(20, 60), rng.choice([40, 45, 50])
    n2, r2 = rng.randrange(10, 30), rng.choice([60, 70])
    hcells(p, spec, f"Cushion covers stitched, {n1} @ {r1}", num(n1 * r1, "indian", 0))
    hcells(p, spec, f"Table runners hemmed, {n2} @ {r2}", num(n2 * r2, "indian", 0))
    j.amount = float(n1 * r1 + n2 * r2)
    hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.74], margin=0.0)
    write(p, "Paid - cash", method="cash", status=status)
    sig(p)
    right(p, "Bisht Tailors")
    return p.done()


# ---------------------------------------------------------------- 6. the cooperative's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("TAMTA COPPER CRAFTS", "copper kalash, bill 144", "yono"),
    ("HALDWANI PLYWOOD AND TIMBER", "MDF boards and plaques", "pnb"),
    ("GUPTA BRASS EMPORIUM", "brass thalis, inv GBE 1662", "bob"),
    ("SHUBHAM PACKAGING", "gift boxes, 400 nos", "nainital"),
    ("KUMAON COURIERS", "courier charges, March", "vyom"),
    ("PAHARI PIXELS STUDIO", "catalogue photographs", "bandhan"),
    ("JOSHI AND PANT ASSOCIATES", "audit fee 2025-26", "yes"),
    ("HIMALAYAN WEBWORKS", "web shop upkeep, 6 months", "rbl"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The cooperative's own banking pages paying its vendors: YONO SBI's Transfer successful ("Today,
    <hour>"; IMPS Ref. No., Mode, Debit account, Remarks, each label small over its value; no day); PNB ONE's
    Fund Transfer Successful (hairline rows: Transaction Reference No., UTR No., Beneficiary, Amount, Mode,
    Date & Time, Remarks); Baroda Connect's RTGS pending its authoriser (its steps left to right: Created,
    Authorised, Sent to RBI, Credited; labels set right against a gutter: Transaction ID, Beneficiary,
    Beneficiary A/c, IFSC, Amount, Mode, Created on, Purpose); the Nainital Bank's Internet Banking
    Transaction Receipt (a table ruled on every side: Transaction Date, Transaction Reference, UTR, Debit
    Account, Beneficiary Name, Beneficiary Account, IFSC, Amount, Mode, Status); Union Bank's Vyom screenshot
    cut off above its details ("to <payee>", the day and hour, "Paid from"; no reference); mBandhan's IMPS
    successful (the payee's initials, "Sent to", the sum, "on <day>"; its fields two to a row: IMPS Ref No and
    Mode, From A/c and Remarks); YES BANK's YES Online Transaction Failed under a large cross (shaded label
    cells: Reference No., Beneficiary, Amount, Mode, Date, Failure reason); RBL Bank's mail of an NEFT
    executed (its sentence, a table ruled on every side across the page with one row: Date | Beneficiary |
    Amount (INR) | UTR No.; Remarks). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=3000, high=160000)
    payee, purpose, frame = VENDORS[k]
    if frame == "bob":
        j.amount = float(rng.randrange(205000, 340000, 500))
    else:
        low, high = {
            "yono": (6000, 30000),
            "pnb": (12000, 60000),
            "nainital": (5000, 30000),
            "vyom": (1500, 9000),
            "bandhan": (8000, 45000),
            "yes": (20000, 60000),
            "rbl": (9000, 36000),
        }[frame]
        j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    dot = sign(font, "\u2022", "*")
    if frame == "yono":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (40, 80, 160))
        app_head(p, "YONO SBI", "State Bank of India")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:22]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        for label, value, facts in [
            ("IMPS Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Mode", "IMPS", {"method": "netbanking"}),
            ("Debit account", f"XXXXXXX{digits(rng, 4)}", {}),
            ("Remarks", clip(purpose, 28), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "pnb":
        p = phone(rng, font, k, ["", "Fund Transfer"], dark=False, buttons=("Share",))
        band(p, (162, 20, 47))
        app_head(p, "PNB ONE", "Punjab National Bank")
        pill(p, "Fund Transfer Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        tref = f"PNB{digits(rng, 12)}"
        name = payee
        kvr(p, "Transaction Reference No.", tref, txn=(BANK_RANK, tref))
        kvr(p, "UTR No.", utr, txn=(UTR_RANK, utr))
        kvr(p, "Beneficiary", name, merchant=name)
        kvr(p, "Amount", rs(j.amount))
        kvr(p, "Mode", "NEFT", method="netbanking")
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "Remarks", clip(purpose, 22))
        return p.done()
    if frame == "bob":
        p = browser_page(rng, font, "www.bobibanking.com/corp/rtgs/transactionStatus")
        p.part = "head"
        top(p, "Baroda Connect")
        p.add("small", f"Bank of Baroda  |  Corporate internet banking  |  {CUT}")
        p.add("rule")
        p.part = "body"
        track(p, ["Created", "Authorised", "Sent to RBI", "Credited"], "dptt")
        pill(p, "Pending for authorisation", status, align="l")
        p.add("small", "The RTGS goes to the beneficiary's bank once your authoriser approves it.")
        p.add("gap")
        tid = f"BOBR{digits(rng, 10)}"
        for label, value, facts in [
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Beneficiary", payee, {"merchant": payee}),
            ("Beneficiary A/c", f"XXXXXXXX{acct_no[-4:]}", {}),
            ("IFSC", f"UBIN0{digits(rng, 6)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Mode", "RTGS", {"method": "netbanking"}),
            ("Created on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), {"date": j.date}),
            ("Purpose", purpose, {}),
        ]:
            gutter(p, "bb", label, value, at=0.36, **facts)
        return p.done()
    if frame == "nainital":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "The Nainital Bank Ltd.")
        p.add("small", "A subsidiary of Bank of Baroda  |  Internet Banking  |  Transaction Receipt")
        p.add("rule")
        p.part = "body"
        utr = utr_for(rng, j, "The Nainital Bank", "NEFT")
        tref = f"NTB{j.date:%y}{digits(rng, 9)}"
        grid(
            p,
            "nt",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Transaction Reference", tref], {"txn": (BANK_RANK, tref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", f"XXXXXXXX{digits(rng, 4)} ({CUT})"], {}),
                (["Beneficiary Name", payee], {"merchant": payee}),
                (["Beneficiary Account", f"XXXXXXXX{acct_no[-4:]}"], {}),
                (["IFSC", f"PUNB0{digits(rng, 6)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT"], {"method": "netbanking"}),
                (["Status", "Success"], {"status": status}),
            ],
            tint=(214, 226, 240),
        )
        p.add("gap")
        p.add("small", f"Remarks: {purpose}. This is a system generated receipt.")
        return p.done()
    if frame == "vyom":
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (220, 40, 40))
        app_head(p, "Vyom", "Union Bank of India")
        sicon(p, status)
        p.add("center", "Money sent successfully", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("small", f"Paid from Vyom {dot * 2}{digits(rng, 4)}  |  IMPS", method="netbanking")
        return p.done()
    if frame == "bandhan":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 70, 140))
        app_head(p, "mBandhan", "Bandhan Bank")
        avatar(p, initials(payee), (240, 120, 40))
        p.add("small", "Sent to")
        name = pick(p, "center", [payee, payee[:22]])
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "IMPS successful", status)
        p.add("small", f"on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])}", date=j.date)
        p.add("gap")
        two_up(p, "bd1", ("IMPS Ref No", j.ref), ("Mode", "IMPS"), txn=(UTR_RANK, j.ref), method="netbanking")
        two_up(p, "bd2", ("From A/c", f"XX{digits(rng, 4)}"), ("Remarks", clip(purpose, 18)))
        return p.done()
    if frame == "yes":
        p = browser_page(rng, font, "yesonline.yesbank.co.in/corp/transfer/status")
        p.part = "head"
        top(p, "YES BANK")
        p.add("small", f"YES Online  |  Funds transfer  |  {CUT}")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.add("small", "The amount has not been debited from your account.")
        p.add("gap")
        ref = f"YB{j.date:%y%m%d}{digits(rng, 8)}"
        kv(p, "Reference No.", ref, at=0.36, txn=(BANK_RANK, ref))
        kv(p, "Beneficiary", payee, at=0.36, merchant=payee)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Mode", "NEFT", at=0.36, method="netbanking")
        kv(p, "Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=0.36, date=j.date)
        kv(p, "Failure reason", "Beneficiary account is frozen", at=0.36)
        return p.done()
    p = mail_page(
        rng, font, "RBL Bank <alerts@rblbank.com>", ["NEFT transaction executed", "Your NEFT is successful"]
    )
    p.part = "head"
    top(p, "RBL Bank")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    p.add(
        "left", "Your NEFT transaction has been executed successfully. The details are below.", status=status
    )
    p.add("gap")
    utr = utr_for(rng, j, "RBL Bank", "NEFT")
    grid(
        p,
        "rl",
        [(0.0, 0.2, "l"), (0.2, 0.52, "l"), (0.52, 0.72, "r"), (0.72, 1.0, "l")],
        ["Date", "Beneficiary", "Amount (INR)", "UTR No."],
        [
            (
                [when(j.date, "%d-%m-%Y"), payee, num(j.amount), utr],
                {
                    "date": j.date,
                    "merchant": payee,
                    "amount": j.amount,
                    "txn": (UTR_RANK, utr),
                    "method": "netbanking",
                },
            )
        ],
        tint=(228, 224, 240),
    )
    p.add("gap")
    p.add("left", f"Remarks: {purpose}")
    p.add("small", "If you have not done this transaction, call 1800 123 8040 at once.")
    return p.done()


# ---------------------------------------------------------------- 7. the artisans and staff


STAFF = ["Priyanka Joshi", "Kavita Tamta", "Sunil Bora", "Rekha Mehta"]
GURUS = ["Smt. Yashoda Bisht", "Smt. Chandra Prabha Pant", "Smt. Kamla Devi Tewari"]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The cooperative paying its artisans and staff: Zoho Payroll's salary payment initiated for the
    counter's assistant (a capsule, a table ruled on every side across the page: Employee | Emp ID | Net Pay |
    Status; shaded label cells: Payment mode, Initiated on, Expected credit by, Payout reference); a Payment
    Voucher as Tally prints it for an artisan's piece work (Voucher No. beside Dated, Particulars | Amount,
    Through: Cash, On Account of, Amount (in words), the receiver's thumb impression); Airtel Thanks' UPI
    Payment Successful to an artisan ("Today, <hour>"; UPI Ref. ID, Paid from, Note; no day); Google Pay's
    Payment failed to an artisan under a large cross (UPI transaction ID, To, From, Date, each label small
    over its value); a master artisan's HONORARIUM BILL typed (Name, Workshop, its days, the day's rate x
    days, Payment: NEFT with its UTR and day, a revenue stamp signed across); an artisan's ATTENDANCE CUM WAGE
    CARD for a month (two rows of the days' boxes with a mark in each, Days worked x the rate, Less: advance,
    Net paid, "Paid in cash on <day>" by hand, her thumb's impression; no reference); greytHR's payslip
    (Employee beside Emp. Code, a table ruled on every side Earnings | Amount | Deductions | Amount, Net Pay
    on a tinted panel and in words; a table ruled on every side: Payment date, Bank, Mode, UTR); UGB
    mBanking's IMPS to an artisan on a tinted band (boxed fields: IMPS Ref No., Beneficiary, Account, Amount,
    Date & Time). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(0,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=1200, high=22000, p_round=0.85)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    artisan = rng.choice(ARTISANS)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = browser_page(rng, font, "payroll.zoho.in/app/payruns/payment-status")
        p.part = "head"
        top(p, "Zoho Payroll")
        p.add(
            "small",
            f"{COOP_SHORT}  |  Pay run: {when(j.date.replace(day=1) - dt.timedelta(days=1), '%B %Y')}",
        )
        p.add("rule")
        p.part = "body"
        pill(p, "Payment initiated - awaiting bank confirmation", status, align="l")
        p.add("gap")
        name = rng.choice(STAFF)
        j.amount = float(rng.randrange(11000, 19000, 50))
        grid(
            p,
            "zp",
            [(0.0, 0.36, "l"), (0.36, 0.54, "l"), (0.54, 0.76, "r"), (0.76, 1.0, "l")],
            ["Employee", "Emp ID", "Net Pay", "Status"],
            [
                (
                    [name, f"KAK{rng.randrange(1, 40):03d}", num(j.amount), "Initiated"],
                    {"merchant": name, "amount": j.amount},
                )
            ],
            tint=(226, 236, 246),
        )
        p.add("gap")
        ref = f"ZP{j.date:%y%m}{digits(rng, 8)}"
        kv(p, "Payment mode", "Bank transfer (NEFT)", at=0.38, method="netbanking")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.38, date=j.date)
        kv(p, "Expected credit by", when(j.date + dt.timedelta(days=1), "%d/%m/%Y"), at=0.38)
        kv(p, "Payout reference", ref, at=0.38, txn=(TXN_RANK, ref))
        p.add("small", "The UTR will appear here once the bank confirms the credit.")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [COOP, COOP_SHORT]))
        p.add("small", OFFICE)
        p.add("center", "Payment Voucher")
        p.add("rule")
        p.part = "body"
        vno = str(rng.randrange(100, 900))
        cols(
            p,
            "tv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. : {vno}",
            f"Dated : {when(j.date, '%d-%b-%Y')}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        pieces = rng.randrange(20, 60)
        rate = rng.choice([25, 30, 40, 45])
        j.amount = float(pieces * rate)
        grid(
            p,
            "tvg",
            [(0.0, 0.72, "l"), (0.72, 1.0, "r")],
            ["Particulars", "Amount"],
            [
                ([f"{artisan} (Artisan) A/c", num(j.amount)], {"merchant": artisan, "amount": j.amount}),
                (["Through: Cash", ""], {"method": "cash"}),
                ([f"On Account of: Aipan on {pieces} coasters @ Rs. {rate}", ""], {}),
            ],
            foot=(["Total", num(j.amount)], {}),
            tint=(236, 236, 236),
        )
        p.add("small", f"Amount (in words): {words_in_rupees(j.amount)}")
        p.add("gap")
        write(p, "Received", status=status)
        lti(p, "Receiver's L.T.I.")
        right(p, "Authorised Signatory")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (228, 0, 28))
        app_head(p, "Airtel Thanks", "UPI")
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {artisan}", merchant=artisan)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        kvr(p, "UPI Ref. ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid from", f"Airtel Payments Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        kvr(p, "Note", rng.choice(["Aipan coasters", "nameplates x 4", "chowki panels"]))
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Try again",))
        p.part = "head"
        p.add("small", "Google Pay")
        p.add("gap")
        p.part = "body"
        avatar(p, initials(artisan), (219, 68, 55))
        p.add("center", f"To {artisan}", merchant=artisan)
        p.add("big", rs(j.amount), amount=j.amount)
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("small", "Her bank's server is not responding. Money, if debited, will be refunded.")
        p.add("rule")
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "To")
        p.add("left", f"{artisan} (Uttarakhand Gramin Bank)")
        lab(p, "From")
        p.add("left", f"{CUT} (SBI) {dot * 2}{digits(rng, 4)}", method="UPI")
        lab(p, "Date")
        p.add("left", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [740, 780])
        p.part = "head"
        top(p, pick(p, "title", [COOP, COOP_SHORT]))
        p.add("small", OFFICE)
        p.add("center", "HONORARIUM BILL")
        p.add("rule")
        p.part = "body"
        guru = rng.choice(GURUS)
        days = rng.randrange(3, 7)
        rate = rng.choice([1500, 2000, 2500])
        j.amount = float(days * rate)
        start = j.date - dt.timedelta(days=rng.randrange(days + 3, days + 20))
        end = start + dt.timedelta(days=days - 1)
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        typed(p, f"Name      : {guru}", merchant=guru)
        typed(p, "Work      : Master artisan, Aipan workshop")
        typed(p, f"Days      : {when(start, '%d.%m.%Y')} to {when(end, '%d.%m.%Y')}")
        typed(p, f"Rate      : Rs. {num(rate, 'indian', 0)} a day x {days} days")
        typed(p, f"Amount    : Rs. {num(j.amount, 'indian')}", amount=j.amount)
        typed(p, "Payment   : NEFT", method="netbanking")
        typed(p, f"UTR       : {utr}", txn=(UTR_RANK, utr))
        typed(p, f"Paid on   : {when(j.date, '%d.%m.%Y')}", date=j.date, status=status)
        h271.revenue(p, guru.split()[1])
        right(p, "Signature of the master artisan")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 242, 230), (244, 240, 226)])
        p.part = "head"
        top(p, pick(p, "title", [KENDRA, KENDRA.upper()]))
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        p.add("center", f"ATTENDANCE CUM WAGE CARD - {when(month, '%B %Y').upper()}")
        p.add("rule")
        p.part = "body"
        blank(p, "Name", artisan, merchant=artisan)
        last = month.day
        marks1 = [rng.choice(["v", "v", "v", "v", "A"]) for _ in range(15)]
        marks2 = [rng.choice(["v", "v", "v", "v", "A"]) for _ in range(last - 15)]
        h277.days_grid(p, 1, marks1)
        h277.days_grid(p, 16, marks2)
        worked = sum(1 for m_ in marks1 + marks2 if m_ == "v")
        rate = rng.choice([300, 350, 400])
        adv = float(rng.choice([0, 500, 1000]))
        j.amount = float(worked * rate) - adv
        spec = [(0.0, 0.7, "r"), (0.7, 1.0, "r")]
        cols(p, "wc", spec, f"Days worked {worked} x Rs. {rate}", num(worked * rate))
        cols(p, "wc", spec, "Less: advance", num(adv))
        total(p, "Net paid", rs(j.amount), at=0.6, amount=j.amount)
        write(
            p,
            f"Paid in cash on {when(j.date, rng.choice(['{d}/%m/%Y', '%d.%m.%Y']))}",
            method="cash",
            status=status,
            date=j.date,
        )
        lti(p, "L.T.I.")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "kumaonaipan.greythr.com/v3/portal/ess/payslips")
        p.part = "head"
        top(p, "greytHR")
        p.add(
            "small",
            f"{COOP_SHORT}  |  Payslip for {when(j.date.replace(day=1) - dt.timedelta(days=1), '%B %Y')}",
        )
        p.add("rule")
        p.part = "body"
        name = rng.choice(STAFF)
        cols(
            p,
            "gh",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Employee: {name}",
            f"Emp. Code: KAK{rng.randrange(1, 40):03d}",
            merchant=name,
        )
        basic = float(rng.randrange(9000, 14000, 500))
        hra = round(basic * 0.2)
        conv = float(rng.choice([800, 1000, 1200]))
        pf = round(basic * 0.12)
        esi = round((basic + hra + conv) * 0.0075)
        j.amount = basic + hra + conv - pf - esi
        grid(
            p,
            "gp",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "PF", num(pf)], {}),
                (["HRA", num(hra), "ESI", num(esi)], {}),
                (["Conveyance", num(conv), "", ""], {}),
            ],
            tint=(226, 236, 230),
        )
        panel(p, "Net Pay", rs(j.amount), (226, 240, 230), amount=j.amount)
        p.add("small", f"({words_in_rupees(j.amount)})")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        grid(
            p,
            "gq",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Bank", f"Uttarakhand Gramin Bank XX{digits(rng, 4)}"], {}),
                (["Mode", "Bank Transfer"], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            ],
            tint=(236, 236, 236),
        )
        p.add("left", "Salary credited to your bank account.", status=status)
        return p.done()
    p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Home"))
    band(p, (0, 104, 56))
    app_head(p, "UGB mBanking", "Uttarakhand Gramin Bank")
    strip(p, "Transaction Successful", status)
    p.add("gap")
    field(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
    field(p, "Beneficiary", artisan, merchant=artisan)
    field(p, "Account", f"XXXXXXXX{digits(rng, 4)} (PNB)")
    field(p, "Amount", rs(j.amount), amount=j.amount)
    field(p, "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority on top (or the Department a portal names): the Employees'
    State Insurance Corporation's challan receipt under its Hindi name (a table ruled on every side: Employer
    Code, Employer Name, Challan Number, Transaction Number, Transaction Date, Contribution Period, Amount
    Paid, Mode, Status); Apuni Sarkar's audit fee pending at the bank for the Co-operative Department (its
    steps down the page; dot leaders: Application No., Department, Service, Fee, Payment gateway, ePay Ref
    No., Initiated on); NAGAR PALIKA PARISHAD ALMORA's TRADE LICENCE FEE RECEIPT from its dot-matrix printer
    under its Hindi name (RECEIPT NO, DATE, NAME, TRADE, LICENCE NO, FEE, LATE FEE, TOTAL, MODE : CASH), its
    round seal; UHHDC's stall fee receipt for the Uttarayani Mela, each label set right against a gutter
    (Receipt No., Participant, Stall No., Fair with its days, Stall fee, Paid by, UPI Ref.; no day); the
    Geographical Indications Registry's e-filing fee failed on a tinted band (boxed fields: Application
    reference, Form, Geographical indication, Fee, Transaction ID, Payment mode, Date & time); Vahan's
    e-Receipt for the Transport Department (Registration No., Receipt No., a table ruled on every side
    Particulars | From | Upto | Amount with its Total, shaded label cells: Transaction No., Bank Ref No.,
    Payment Date, Payment Mode, Status); SHRI NANDA DEVI MELA SAMITI's receipt written in its book under its
    Hindi name (No. left blank, Date, Received from, Stall No., Rupees, by written in; Rs. in a box; no
    reference), its rectangular stamp; the Uttarakhand Forest Department's e-TP fee receipt (a striped table:
    Permit No., Division, Produce, Fee, Payment mode, UPI Ref No., Payment date, Status). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=500, high=45000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "www.esic.gov.in/EmployerPayment/ChallanReceipt")
        p.part = "head"
        dev(p, "कर्मचारी राज्य बीमा निगम", scale=1.0, bold=True)
        name = pick(p, "title", ["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour and Employment  |  Challan receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(900, 6000))
        tno = f"{digits(rng, 14)}"
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        grid(
            p,
            "es",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Employer Code", digits(rng, 17)], {}),
                (["Employer Name", clip(COOP_CAPS, 34)], {}),
                (["Challan Number", f"{digits(rng, 12)}"], {}),
                (["Transaction Number", tno], {"txn": (TXN_RANK, tno)}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Contribution Period", when(period, "%B %Y")], {}),
                (["Amount Paid", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "Net Banking (State Bank of India)"], {"method": "netbanking"}),
                (["Status", "Transaction Successful"], {"status": status}),
            ],
            tint=(224, 232, 244),
        )
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "eservices.uk.gov.in/apunisarkar/payment/status")
        p.part = "head"
        dev(p, "अपुणि सरकार", scale=1.0, bold=True)
        top(p, "Apuni Sarkar")
        p.add("small", "Government of Uttarakhand  |  Online services")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1500, 2500, 3000, 5000]))
        step(p, "Application submitted", "", "done")
        step(p, "Fee payment", "pending at bank", "pending", status=status)
        step(p, "Fee confirmed", "", "todo")
        p.add("gap")
        name = "Co-operative Department, Uttarakhand"
        eref = f"SBIePay{digits(rng, 10)}"
        dots(p, "Application No.", f"UKCO/{j.date.year}/{digits(rng, 6)}", at=0.34)
        dots(p, "Department", name, at=0.34, merchant=name)
        dots(p, "Service", "Audit fee, co-operative society 2025-26", at=0.34)
        dots(p, "Fee", rs(j.amount), at=0.34, amount=j.amount)
        dots(p, "Payment gateway", "SBI ePay (Net Banking)", at=0.34, method="netbanking")
        dots(p, "ePay Ref No.", eref, at=0.34, txn=(TXN_RANK, eref))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.34, date=j.date)
        p.add("small", "Do not pay again. The status changes once the bank confirms the fee.")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(248, 248, 242), (246, 244, 236)])
        typeface(p)
        p.part = "head"
        dev(p, "नगर पालिका परिषद, अल्मोड़ा", scale=1.1, bold=True)
        name = "NAGAR PALIKA PARISHAD ALMORA"
        p.add("center", name, merchant=name)
        p.part = "body"
        w_ = h271.tt_cols(p)
        typed(p, "TRADE LICENCE FEE RECEIPT".center(w_).rstrip())
        typed(p, "-" * w_)
        fee = float(rng.choice([500, 750, 1000, 1500]))
        late = float(rng.choice([0, 50, 100]))
        j.amount = fee + late
        rno = f"{rng.randrange(1000, 9999)}"
        for label, value, facts in [
            ("RECEIPT NO", rno, {"txn": (INVOICE_RANK, rno)}),
            ("DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("NAME", f"{HAAT_CAPS}, LALA BAZAAR", {}),
            ("TRADE", "HANDICRAFT SHOP", {}),
            ("LICENCE NO", f"NPP/ALM/TL/{rng.randrange(100, 999)}", {}),
            ("FEE", num(fee, "plain"), {}),
            ("LATE FEE", num(late, "plain"), {}),
            ("TOTAL", num(j.amount, "plain"), {"amount": j.amount}),
            ("MODE", "CASH", {"method": "cash"}),
        ]:
            typed(p, f"{label:<11}: {value}", **facts)
        typed(p, "-" * w_)
        typed(p, "RECEIVED THE ABOVE AMOUNT.", status=status)
        seal(p, "NAGAR PALIKA PARISHAD * ALMORA *", ["CASHIER"], "violet")
        return p.done()
    if k == 3:
        shift(j, rng, UTTARAYANI - dt.timedelta(days=rng.randrange(3, 12)))
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Uttarakhand Handloom & Handicraft Development Council"
        top(p, pick(p, "title", [name, "UHHDC"]), merchant=pick(p, "title", [name, "UHHDC"]))
        p.add("small", "Himadri  |  Udyog Bhawan, Dehradun")
        p.add("center", "STALL FEE RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([3000, 4000, 5000]))
        rno = f"UHHDC/UM/{rng.randrange(10, 99)}"
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Participant", f"{COOP_SHORT}, Almora", {}),
            ("Stall No.", f"H-{rng.randrange(1, 40)} (Handicrafts)", {}),
            ("Fair", "Uttarayani Mela, Bageshwar, 14 to 20 January 2026", {}),
            ("Stall fee", rs(j.amount), {"amount": j.amount}),
            ("Paid by", "UPI", {"method": "UPI"}),
            ("UPI Ref.", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            gutter(p, "uh", label, value, at=0.3, **facts)
        p.add("gap")
        p.add("left", "Stall fee received. Show this receipt at the fair office.", status=status)
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "ipindiaonline.gov.in/gi/efiling/payment/response")
        p.part = "head"
        p.add("small", "Intellectual Property India")
        name = "Geographical Indications Registry"
        top(p, name, merchant=name)
        p.add("small", "Office of the CGPDTM, Chennai  |  e-Filing")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment unsuccessful", status)
        p.add("gap")
        j.amount = float(rng.choice([10, 100]) * 10)
        tid = f"GIR{digits(rng, 12)}"
        field(p, "Application reference", f"GI-AU/{j.date.year}/{digits(rng, 5)}")
        field(p, "Form", "GI-3A, authorised user")
        field(p, "Geographical indication", "Uttarakhand Aipan (Handicraft)")
        field(p, "Fee", rs(j.amount), amount=j.amount)
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Payment mode", "Net banking", method="netbanking")
        field(p, "Date & time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/eapplication/receipt")
        p.part = "head"
        p.add("small", "Vahan  |  Ministry of Road Transport and Highways")
        name = "Transport Department, Uttarakhand"
        top(p, name, merchant=name)
        p.add("center", "e-Receipt")
        p.add("rule")
        p.part = "body"
        reg = f"UK01{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}"
        rno = f"UK01{j.date:%y}{digits(rng, 8)}"
        cols(
            p,
            "vh",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Registration No. {reg}",
            f"Receipt No. {rno}",
            txn=(INVOICE_RANK, rno),
        )
        tax = float(rng.choice([2400, 3600, 4800]))
        cess = float(rng.choice([100, 200]))
        fee = float(rng.choice([50, 100]))
        j.amount = tax + cess + fee
        start = j.date.replace(day=1)
        upto = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        grid(
            p,
            "vg",
            [(0.0, 0.4, "l"), (0.4, 0.6, "l"), (0.6, 0.8, "l"), (0.8, 1.0, "r")],
            ["Particulars", "From", "Upto", "Amount"],
            [
                (["MV Tax", when(start, "%d-%b-%Y"), when(upto, "%d-%b-%Y"), num(tax)], {}),
                (["Road safety cess", when(start, "%d-%b-%Y"), when(upto, "%d-%b-%Y"), num(cess)], {}),
                (["User charges", "", "", num(fee)], {}),
            ],
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(230, 230, 240),
        )
        p.add("gap")
        tno = f"UK{j.date:%y%m%d}{digits(rng, 8)}"
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        kv(p, "Transaction No.", tno, at=0.36, txn=(TXN_RANK, tno))
        kv(p, "Bank Ref No.", bref, at=0.36, txn=(BANK_RANK, bref))
        kv(p, "Payment Date", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=0.36, date=j.date)
        kv(p, "Payment Mode", "Net Banking (Punjab National Bank)", at=0.36, method="netbanking")
        kv(p, "Status", "Success", at=0.36, status=status)
        return p.done()
    if k == 6:
        shift(j, rng, MELA - dt.timedelta(days=rng.randrange(3, 15)))
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 244, 226), (248, 240, 220)])
        p.part = "head"
        dev(p, "श्री नन्दा देवी मेला समिति, अल्मोड़ा", scale=1.1, bold=True)
        name = "SHRI NANDA DEVI MELA SAMITI"
        top(p, name, merchant=name)
        p.add("small", "Nanda Devi Temple, Almora - 263601")
        p.add("center", "RECEIPT")
        p.part = "body"
        cols(p, "ns", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        j.amount = float(rng.choice([2100, 3100, 5100]))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "Received from", f"{HAAT}, Lala Bazaar", status=status)
        blank(p, "Stall No.", "27 (mela ground)")
        blank(p, "Rupees", words_in_rupees(j.amount).replace("Rupees ", ""))
        blank(p, "by", "Cash", method="cash")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        rstamp(p, ["SHRI NANDA DEVI MELA SAMITI", "ALMORA", "TREASURER"], "red", at=0.68, rows_=4)
        return p.done()
    p = browser_page(rng, font, "etp.ukforest.gov.in/transit/payment/receipt")
    p.part = "head"
    dev(p, "उत्तराखण्ड वन विभाग", scale=1.0, bold=True)
    name = "Uttarakhand Forest Department"
    top(p, name, merchant=name)
    p.add("small", "e-Transit Permit  |  Fee receipt")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([250, 400, 600, 850]))
    zebra(
        p,
        "uf",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Fee receipt", ""],
        [
            (["Permit No.", f"ETP/ALM/{j.date.year}/{digits(rng, 5)}"], {}),
            (["Division", "Almora Forest Division"], {}),
            (["Produce", "Sheesham blanks, 0.4 cu m (private land)"], {}),
            (["Fee", rs(j.amount)], {"amount": j.amount}),
            (["Payment mode", "UPI"], {"method": "UPI"}),
            (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            (["Status", "Paid"], {"status": status}),
        ],
        (30, 100, 60),
    )
    p.add("gap")
    qr(p, f"ukf{j.ref}", "r", 4)
    p.add("small", "Carry this receipt with the permit.")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "to" on an app): the New India
    Assurance's PREMIUM RECEIPT in a table ruled on every side (Receipt No., Receipt Date, Received from,
    Policy, Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR; "Received with thanks"); IFFCO-TOKIO's COVER
    NOTE CUM PREMIUM RECEIPT written by its agent (Date, Insured, Vehicle, Premium Rs., "Received in cash", a
    signature; no number, no reference); ICICI Lombard's mail of a shop policy paid by card (its sentence,
    Policy number, Payment date, Payment mode, Transaction ID, Amount beside their labels); Bajaj General's
    payment under process over a progress bar ("Paying to <insurer>"; Proposal No., Transaction ID, Mode,
    Initiated on, each label small over its value); SBI General's PREMIUM PAYMENT ACKNOWLEDGEMENT (Total
    premium on a tinted panel, Acknowledgement No., Date, Proposer, Plan, Mode, UTR beside their labels, its
    RECEIVED stamp); Care Health's Policy renewed ("paid to <insurer>", "Today, <hour>"; hairline rows: Policy
    No., Payment ID, Paid via; no day); the Oriental Insurance's e-Receipt (a striped table: Receipt No.,
    Receipt Date, Office Code, Insured, Product, Premium, GST, Total, Instrument Type, Bank Reference); Niva
    Bupa's Payment failed under a large cross (its fields two to a row: Proposal No. and Transaction ID,
    Amount and Mode, Date and Plan). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1500, high=65000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        name = "The New India Assurance Co. Ltd."
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Branch Office, Mall Road, Almora - 263601  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"4{digits(rng, 5)}{j.date:%y}{digits(rng, 6)}"
        utr = utr_for(rng, j, "Uttarakhand Gramin Bank", "NEFT")
        half = round(gst / 2, 2)
        grid(
            p,
            "ni",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Received from", clip(COOP, 40)], {}),
                (["Policy", "Bharat Sookshma Udyam Suraksha"], {}),
                (["Premium", num(base)], {}),
                (["CGST 9%", num(half)], {}),
                (["SGST 9%", num(round(gst - half, 2))], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT"], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            ],
            tint=(226, 234, 246),
        )
        p.add("gap")
        p.add("left", "Received with thanks the premium above.", status=status)
        return p.done()
    if k == 1:
        name = "IFFCO-TOKIO GENERAL INSURANCE CO. LTD."
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(248, 246, 238), (250, 248, 242)])
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "IFFCO-TOKIO GENERAL INSURANCE"]),
            merchant=pick(p, "title", [name, "IFFCO-TOKIO GENERAL INSURANCE"]),
        )
        p.add("small", "Agency: Kumaon Insurance Point, Almora")
        p.add("center", "COVER NOTE CUM PREMIUM RECEIPT")
        p.part = "body"
        j.amount = float(rng.randrange(3200, 9800))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "Insured", COOP_SHORT)
        blank(p, "Vehicle", f"UK01 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}, goods van")
        blank(p, "Premium Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Received in cash", method="cash", status=status)
        sig(p)
        right(p, "Agent")
        return p.done()
    if k == 2:
        name = "ICICI Lombard General Insurance Co. Ltd."
        p = mail_page(
            rng,
            font,
            "ICICI Lombard <customersupport@icicilombard.com>",
            ["Payment received", "Your policy is issued"],
        )
        p.part = "head"
        shown = pick(p, "title", [name, "ICICI Lombard"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {SECRETARY},")
        p.add(
            "left",
            f"We have received your payment of {rs(j.amount)} for the shop insurance of {HAAT}. Your policy is "
            "issued and attached.",
            status=status,
            amount=j.amount,
        )
        p.add("gap")
        tid = f"IL{digits(rng, 14)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "il", spec, "Policy number", f"4001/{digits(rng, 9)}/00/000")
        cols(p, "il", spec, "Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        cols(p, "il", spec, "Payment mode", f"Credit card {masked(rng, font)}", method="card")
        cols(p, "il", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        cols(p, "il", spec, "Amount", rs(j.amount))
        p.part = "foot"
        p.add("gap")
        p.add("small", "ICICI Lombard General Insurance Company Limited. IRDAI Reg. No. 115.")
        return p.done()
    if k == 3:
        name = "Bajaj General Insurance Ltd"
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Refresh",))
        band(p, (0, 87, 168))
        app_head(p, "Bajaj General", "Insurance")
        p.add("center", "Payment under process", status=status)
        p.accent(AMBER)
        progress(p, rng.uniform(0.3, 0.75), AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"Paying to {name}", "Paying to Bajaj General"])[10:]
        p.add("center", f"Paying to {shown}", merchant=shown)
        p.add("small", "We will issue the policy once your bank confirms the payment.")
        p.add("rule")
        tid = f"BAGI{digits(rng, 12)}"
        for label, value, facts in [
            ("Proposal No.", f"OG-27-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 8)}", {}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Mode", "UPI", {"method": "UPI"}),
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 4:
        name = "SBI General Insurance Co. Ltd."
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Branch: Haldwani  |  PREMIUM PAYMENT ACKNOWLEDGEMENT")
        p.add("rule")
        p.part = "body"
        panel(p, "Total premium (incl. GST)", rs(j.amount), (222, 236, 250), amount=j.amount)
        ack = f"SBIG/{j.date.year}/{digits(rng, 7)}"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "sg", spec, "Acknowledgement No.", ack, txn=(INVOICE_RANK, ack))
        cols(p, "sg", spec, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        cols(p, "sg", spec, "Proposer", clip(COOP, 40))
        cols(p, "sg", spec, "Plan", "Group personal accident, artisans")
        cols(p, "sg", spec, "Mode", "NEFT", method="netbanking")
        cols(p, "sg", spec, "UTR", utr, txn=(UTR_RANK, utr))
        rstamp(p, ["SBI GENERAL INSURANCE", "RECEIVED", "HALDWANI"], "green", at=0.7, rows_=5)
        p.add("small", "Premium received; the policy schedule follows by mail.", status=status)
        return p.done()
    if k == 5:
        name = "Care Health Insurance Ltd"
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Download policy",))
        band(p, (0, 140, 120))
        app_head(p, "Care Health", "Renewal")
        sicon(p, status)
        p.add("center", "Policy renewed", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"paid to {name}", "paid to Care Health"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"CHI{digits(rng, 13)}"
        kvr(p, "Policy No.", digits(rng, 8))
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        name = "The Oriental Insurance Co. Ltd."
        p = browser_page(rng, font, "orientalinsurance.org.in/web/guest/receipt")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "e-Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"{digits(rng, 6)}/{j.date.year}/{digits(rng, 6)}"
        bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        zebra(
            p,
            "or",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Receipt details", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Office Code", f"2{digits(rng, 5)}"], {}),
                (["Insured", clip(COOP_CAPS, 36)], {}),
                (["Product", "Shopkeeper's policy, Aipan Haat"], {}),
                (["Premium", num(base)], {}),
                (["GST", num(gst)], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Instrument Type", "Online - Net Banking"], {"method": "netbanking"}),
                (["Bank Reference", bref], {"txn": (BANK_RANK, bref)}),
            ],
            (150, 60, 20),
        )
        p.add("gap")
        p.add("left", "Premium received. This e-receipt needs no signature.", status=status)
        return p.done()
    name = "Niva Bupa Health Insurance Co. Ltd."
    p = browser_page(rng, font, "www.nivabupa.com/payment/status")
    p.part = "head"
    shown = pick(p, "title", [name, "Niva Bupa Health Insurance"])
    top(p, shown, merchant=shown)
    p.add("small", "Buy a plan  |  Payment")
    p.add("rule")
    p.part = "body"
    sicon(p, status)
    p.add("center", "Payment failed", status=status)
    p.add("small", "Your card was declined. Your proposal is saved for 7 days.")
    p.add("gap")
    tid = f"NB{digits(rng, 12)}"
    two_up(p, "nb1", ("Proposal No.", f"PR{digits(rng, 9)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
    two_up(p, "nb2", ("Amount", rs(j.amount)), ("Mode", "Debit card"), amount=j.amount, method="card")
    two_up(
        p,
        "nb3",
        ("Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        ("Plan", "Group health, artisans"),
        date=j.date,
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("AIPAN HAAT", "LALA BAZAAR, ALMORA", "PINE LABS", "pine"),
    ("AIPAN HAAT - NANDA DEVI MELA", "STALL 27, MELA GROUND, ALMORA", "Paytm", "paytm"),
    ("NARAYAN BOOK DEPOT", "MALL ROAD, NAINITAL", "HDFC BANK", "declined"),
    ("KUMAON RASOI", "NAINITAL ROAD, HALDWANI", "", "estimate"),
    ("AIPAN KALA KENDRA", "KHATYARI, ALMORA", "YES BANK", "yes"),
    ("KUMAON TRAVELS", "THE MALL, ALMORA", "AXIS BANK", "timeout"),
    ("JOGA SHAH BAL MITHAI", "KARKHANA BAZAAR, ALMORA", "BANK OF BARODA", "bob"),
    ("AIPAN HAAT", "LALA BAZAAR, ALMORA", "Razorpay POS", "device"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on Aipan Haat's, the Nanda Devi Mela stall's and the Kendra's terminals and the cooperative's
    card at a Nainital bookshop, a Haldwani restaurant, a travel agent and a sweet shop: Pine Labs' SALE at
    the counter, two labels to a line (DATE and TIME, MID and TID, BATCH NUM and INV NUM, the card, APPR CODE
    and RRN, TOTAL AMOUNT, APPROVED, PIN VERIFIED OK, CUSTOMER COPY); Paytm's card slip at the Mela stall in
    its days (Card Payment, Date & Time, Card, Auth Code, RRN, Paytm Txn ID, Order ID, Amount, Payment
    Successful); HDFC Bank's TRANSACTION DECLINED at a Nainital bookshop (RESP 55 INCORRECT PIN); a Haldwani
    restaurant's ESTIMATE from its billing printer with no bill number (Table, the dishes, Total, PAID BY
    CARD; no reference); YES BANK's SALE at the Kendra, each label padded to its colon (DATE, TIME, MID, TID,
    BATCH, ROC, the card TAP, AUTH CODE, RRN, AMOUNT, APPROVED); Axis Bank's slip with its host timed out
    (TRANSACTION PENDING, DO NOT RETRY); Bank of Baroda's slip at a sweet shop in label and value pairs
    (Date/Time on one line, MID, TID, Invoice No, Card, Card Type, Approval Code, RRN, Sale Amount,
    TRANSACTION SUCCESSFUL); Razorpay POS' screen on the counter's device (the counter under the app, Payment
    Successful, the sum, Time alone; Card, Auth Code, RRN, Payment ID; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=400, high=26000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "paytm":
        shift(j, rng, MELA + dt.timedelta(days=rng.randrange(0, 8)))
    if layout in ("declined", "estimate", "bob", "timeout"):
        j.amount = rupees(rng, 300, 7500, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "device":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Print", "New payment"))
        band(p, (8, 40, 110))
        app_head(p, "Razorpay POS", "Card payment")
        shown = pick(p, "center", [name, "AIPAN HAAT"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("small", f"Time {t}")
        p.add("rule")
        pid = f"pay_{code(rng, 14, MIXED)}"
        kvr(p, "Card", f"{scheme} **** {last4}", method="card")
        kvr(p, "Auth Code", appr, txn=(APPR_RANK, appr))
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        return p.done()
    p = screen(rng, font, width=rng.choice([460, 480, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.7:
        h269.torn(p)
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"])).upper()
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
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
        p.add("left", f"DATE: {day}  TIME: {t}", date=j.date)
        p.add("left", f"MID: {mid[:12]}  TID: {tid}")
        p.add("left", f"BATCH NUM: {batch[-4:]}  INV NUM: {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"{scheme} ************{last4} CHIP", method="card")
        p.add("left", f"APPR CODE: {appr}  RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("center", "PIN VERIFIED OK")
        p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
        p.add("small", "CUSTOMER COPY  -  POWERED BY PINE LABS")
    elif layout == "paytm":
        ptx = digits(rng, 20)
        oid = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
        p.add("center", "Card Payment")
        p.add("rule")
        p.pair("Date & Time", f"{when(j.date, '%d %b %Y')}, {t[:5]}", date=j.date)
        p.pair("Card", f"{scheme} DEBIT XX{last4}", method="card")
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("left", "Paytm Txn ID")
        p.add("right", ptx, txn=(TXN_RANK, ptx))
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        p.add("rule")
        p.pair("Amount", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "Payment Successful", status=status)
        p.add("small", "Paytm Card Machine. Customer copy.")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid)
        p.pair("TID", tid)
        p.pair("BATCH", batch)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION DECLINED", status=status)
        p.add("center", "RESP 55 INCORRECT PIN")
        p.add("small", "PLEASE RETRY WITH THE CORRECT PIN")
    elif layout == "estimate":
        p.add("center", "ESTIMATE")
        p.add("rule")
        p.pair("Date", f"{day} {t[:5]}", date=j.date)
        p.pair("Table", str(rng.randrange(1, 18)))
        dishes = [
            ("Bhatt ki churkani", 180, 240),
            ("Aloo ke gutke", 140, 190),
            ("Kafuli with rice", 220, 280),
            ("Mandua roti x4", 80, 120),
            ("Jhangora kheer", 120, 160),
            ("Bal mithai 250 g", 140, 180),
        ]
        picked = rng.sample(dishes, rng.randrange(3, 5))
        subtotal = 0.0
        for text, lo, hi in picked:
            v = float(rng.randrange(lo, hi, 10))
            p.pair(text, f"{v:.2f}")
            subtotal += v
        gst = round(subtotal * 0.05, 2)
        j.amount = round(subtotal + gst, 2)
        p.add("rule")
        p.pair("GST 5%", f"{gst:.2f}")
        p.pair("Total", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("rule")
        p.add("center", "PAID BY CARD", method="card", status=status)
        p.add("small", "Thank you. Visit again.")
    elif layout == "yes":
        p.add("center", "SALE")
        p.add("rule")
        for label, value, facts in [
            ("DATE", day, {"date": j.date}),
            ("TIME", t, {}),
            ("MID", mid, {}),
            ("TID", tid, {}),
            ("BATCH", batch, {}),
            ("ROC", inv, {"txn": (INVOICE_RANK, inv)}),
            ("CARD", f"{scheme} XX{last4} TAP", {"method": "card"}),
            ("AUTH CODE", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            p.add("left", f"{label:<10}: {value}", **facts)
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "NO SIGNATURE REQUIRED")
    elif layout == "timeout":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXXXX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION PENDING", status=status)
        p.add("center", "HOST TIMEOUT - DO NOT RETRY")
        p.add("small", "CHECK WITH YOUR BANK BEFORE PAYING AGAIN")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"Date/Time : {day} {t}", date=j.date)
        for label, value, facts in [
            ("MID", mid, {}),
            ("TID", tid, {}),
            ("Invoice No", inv, {"txn": (INVOICE_RANK, inv)}),
            ("Card", f"XXXX XXXX XXXX {last4}", {"method": "card"}),
            ("Card Type", f"{scheme} DEBIT", {}),
            ("Approval Code", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            p.pair(label, value, **facts)
        p.add("rule")
        p.pair("Sale Amount", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION SUCCESSFUL", status=status)
        p.add("small", "bob - Bank of Baroda")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


POWER = "Uttarakhand Power Corporation Ltd"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra's and Aipan Haat's bills: UPCL's online bill payment failed under a large cross and its
    Hindi name (a table ruled on every side: Service Connection No., Consumer Name, Amount, Transaction ID,
    Payment Mode, Date & Time, Reason); IndianOil ONE's Indane refill paid ("paid to <biller>", a capsule;
    hairline rows: Booking No., Distributor, Transaction ID, UPI Ref No, Paid on); Uttarakhand Jal Sansthan's
    WATER CHARGES RECEIPT written at its counter (No. left blank, Date, Connection No., Name, Period, Amount
    Rs., "Received cash", its stamp; no reference); MyJio's JioFiber payment ("<sum> for <biller>"; dot
    leaders: Transaction ID, Plan, Paid via, Date & time); BSNL Selfcare's bill paid ("paid to <biller>", "a
    minute ago"; Account No., Transaction ID, Payment mode, each label small over its value; no day); Google
    Pay's Dish TV recharge (the biller under its initials, its VC No., the sum, Recharge successful, the day
    and hour; Bharat Connect Ref. ID, Google transaction ID, UPI transaction ID); Paytm's Airtel Postpaid bill
    payment pending ("<sum> for <biller>"; hairline rows: Mobile number, Order ID, UPI Ref No, Initiated at);
    a Common Services Centre's Digital Seva BILL PAYMENT RECEIPT for the power bill paid in cash (CSC ID and
    its VLE; Biller, Consumer No., Consumer Name, Amount paid, Payment mode, B-Connect Txn ID, Date & Time,
    Status beside their labels). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(0,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=300, high=8500)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "www.upcl.org/wss/pay_bill_online/response")
        p.part = "head"
        dev(p, "उत्तराखण्ड पावर कॉर्पोरेशन लिमिटेड", scale=0.9, bold=True)
        name = pick(p, "title", [POWER, "UPCL"])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.add("small", "The amount, if debited, will be refunded to your card in 5 to 7 working days.")
        p.add("gap")
        j.amount = rupees(rng, 1200, 8500, 0.3)
        tid = f"UPCL{digits(rng, 12)}"
        grid(
            p,
            "up",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Service Connection No.", f"{code(rng, 3, UPPER)}{digits(rng, 8)}"], {}),
                (["Consumer Name", KENDRA.upper()], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Mode", f"Debit Card {masked(rng, font)}"], {"method": "card"}),
                (["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
                (["Reason", "Declined by the issuing bank"], {}),
            ],
            tint=(230, 232, 240),
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Refill booking"], dark=False, buttons=("Done",))
        band(p, (232, 100, 26))
        app_head(p, "IndianOil ONE", "Indane refill")
        pill(p, "Payment successful", status)
        j.amount = float(rng.choice([1768.5, 1792.0, 1810.5, 884.0, 902.5]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Indane"
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", "19 kg commercial cylinder, Aipan Kala Kendra")
        p.add("rule")
        bk = f"{digits(rng, 10)}"
        tid = f"IOC{digits(rng, 12)}"
        kvr(p, "Booking No.", bk, txn=(ORDER_RANK, bk))
        kvr(p, "Distributor", "Almora Gas Service")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        paper(p, rng)
        hand_pen(p)
        p.part = "head"
        dev(p, "उत्तराखण्ड जल संस्थान", scale=1.05, bold=True)
        name = "Uttarakhand Jal Sansthan"
        top(p, name, merchant=name)
        p.add("small", "Almora Division  |  Water charges counter")
        p.add("center", "WATER CHARGES RECEIPT")
        p.part = "body"
        cols(p, "wj", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        j.amount = float(rng.choice([360, 540, 720, 960, 1080]))
        quarter = j.date.replace(day=1) - dt.timedelta(days=1)
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "Connection No.", f"ALM/{rng.randrange(100, 999)}/{rng.randrange(10, 99)}")
        blank(p, "Name", "Aipan Kala Kendra, Khatyari")
        blank(p, "Period", f"up to {when(quarter, '%B %Y')}")
        blank(p, "Amount Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Received cash", method="cash", status=status)
        rstamp(p, ["UTTARAKHAND JAL SANSTHAN", "CASH", "ALMORA"], "violet", at=0.7, rows_=4)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (15, 60, 160))
        app_head(p, "MyJio", "Pay bill")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([699, 999, 1499, 2499]))
        name = "JioFiber"
        p.add("center", f"{rs(j.amount)} for {name}", amount=j.amount, merchant=name)
        p.add("small", "Aipan Haat, Lala Bazaar")
        p.add("gap")
        tid = f"BR{digits(rng, 14)}"
        dots(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        dots(p, "Plan", "150 Mbps, 30 days", at=0.4)
        dots(p, "Paid via", "UPI", at=0.4, method="UPI")
        dots(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Home",))
        band(p, (0, 90, 170))
        app_head(p, "BSNL Selfcare", "Landline bill")
        pill(p, "Payment successful", status)
        j.amount = float(rng.choice([472, 590, 708, 944]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Bharat Sanchar Nigam Limited"
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", "a minute ago")
        p.add("rule")
        tid = f"BSNL{digits(rng, 12)}"
        for label, value, facts in [
            ("Account No.", digits(rng, 10), {}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Payment mode", "Net Banking", {"method": "netbanking"}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Bill details"], dark=False, buttons=("Share",))
        p.part = "head"
        p.add("small", "Google Pay")
        p.add("gap")
        p.part = "body"
        name = "Dish TV"
        avatar(p, "DT", (200, 30, 40))
        p.add("center", name, merchant=name)
        p.add("small", f"VC No. 01{digits(rng, 9)}")
        j.amount = float(rng.choice([299, 350, 449, 520]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Recharge successful", status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("rule")
        bc = f"CC01{j.date:%y}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        lab(p, "Bharat Connect Ref. ID")
        p.add("left", bc, txn=(BANK_RANK, bc))
        lab(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Check status",))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "Recharge & bills")
        sicon(p, status)
        p.add("center", "Payment Pending", status=status)
        p.accent(AMBER)
        j.amount = float(rng.choice([449, 549, 749, 1199]))
        name = "Airtel Postpaid"
        p.add("center", f"{rs(j.amount)} for {name}", amount=j.amount, merchant=name)
        p.add("small", "Your bank has not confirmed the payment yet. Please do not pay again.")
        p.add("rule")
        oid = f"{digits(rng, 11)}"
        kvr(p, "Mobile number", f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Initiated at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([18, 19]))
    paper(p, rng)
    p.part = "head"
    top(p, "Digital Seva")
    p.add(
        "small", f"Common Services Centre  |  CSC ID 4{digits(rng, 7)}  |  VLE: Mohan Singh Bisht, Khatyari"
    )
    p.add("center", "BILL PAYMENT RECEIPT")
    p.add("rule")
    p.part = "body"
    j.amount = rupees(rng, 700, 6400, 0.3)
    bc = f"CC01{j.date:%y}{code(rng, 4, UPPER)}{digits(rng, 8)}"
    name = h273.cell_name(p, 0.64, [POWER, "UPCL"], scale=1.0)
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    for label, value, facts in [
        ("Biller", name, {"merchant": name}),
        ("Consumer No.", f"{code(rng, 3, UPPER)}{digits(rng, 8)}", {}),
        ("Consumer Name", HAAT_CAPS, {}),
        ("Amount paid", rs(j.amount), {"amount": j.amount}),
        ("Payment mode", "Cash", {"method": "cash"}),
        ("B-Connect Txn ID", bc, {"txn": (BANK_RANK, bc)}),
        ("Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
        ("Status", "Successful", {"status": status}),
    ]:
        cols(p, "cs", spec, label, value, **facts)
    p.add("gap")
    p.add("small", "Bharat Connect: keep this receipt till the payment shows on your next bill.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("State Bank of India", "AD-SBIUPI", "KAMLA BISHT", "UPI", "sms"),
    ("Uttarakhand Gramin Bank", "VM-UGBANK", "SHUBHAM PACKAGING", "NEFT", "sms"),
    ("Punjab National Bank", "", "PAHADI RANG BHANDAR", "UPI", "shade"),
    ("The Nainital Bank", "", "HALDWANI PLYWOOD", "IMPS", "mail"),
    ("Bank of Baroda", "BP-BOBTXN", "KUMAON COURIERS", "IMPS", "sms"),
    ("HDFC Bank", "", "BISHT TAILORS", "UPI", "whatsapp"),
    ("Almora Urban Co-operative Bank", "VK-AUCBNK", "TAMTA COPPER CRAFTS", "NEFT", "sms"),
    ("ICICI Bank", "JM-ICICIT", "JANKI RAWAT", "UPI", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the cooperative's payments: SMS in State Bank of India's ("Dear UPI user A/C X1234
    debited by x on date <14Mar26> trf to <PAYEE> Refno ..."), Uttarakhand Gramin Bank's ("Your NEFT of Rs x
    to <PAYEE> A/c XX1234 dated <dd-mm-yyyy> is under process ... Ref ..."), Bank of Baroda's ("Rs.x IMPS to
    <PAYEE> from A/c XX1234 on <dd-mm-yy> has FAILED ... Ref:..."), the Almora Urban Co-operative Bank's
    ("Rs.x debited from A/c XX1234 on <dd/mm/yyyy> by NEFT to <PAYEE>. Avl Bal ..."; no reference) and ICICI
    Bank's ("ICICI Bank Acct XX123 debited for Rs x on <dd-Mon-yy>; <PAYEE> credited. UPI:...") wordings; PNB
    ONE's notification in a phone's pulled-down notification shade under its hour, between a chat's and a
    mail's ("now"; "A/c XX1234 debited INR x thru UPI to <PAYEE>. Ref ..."; no day); the Nainital Bank's mail
    ("... debited with INR x on <dd-mm-yyyy> towards IMPS/<ref>/<PAYEE>.", Available balance); HDFC Bank's
    WhatsApp banking under the chat's day divider ("Rs.x has been debited from your HDFC Bank A/c XX1234 to
    <PAYEE> via UPI. UPI Ref: ..."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=800, high=80000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 300, 22000, 0.8)
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
        if bank == "State Bank of India":
            sbi_amt = f"{j.amount:.1f}" if j.amount == round(j.amount) else f"{j.amount:.2f}"
            text = (
                f"Dear UPI user A/C X{tail4} debited by {sbi_amt} on date {when(j.date, '%d%b%y')} trf to {to} "
                f"Refno {utr}. If not u? call 1800111109. -SBI"
            )
        elif bank == "Uttarakhand Gramin Bank":
            text = (
                f"Dear Customer, your NEFT of Rs {amt} to {to} A/c XX{digits(rng, 4)} dated "
                f"{when(j.date, '%d-%m-%Y')} is under process and will be credited to the beneficiary shortly. "
                f"Ref {utr} -UGB"
            )
        elif bank == "Bank of Baroda":
            text = (
                f"Rs.{amt} IMPS to {to} from A/c XX{tail4} on {when(j.date, '%d-%m-%y')} has FAILED. Amount, if "
                f"debited, will be reversed in 2 working days. Ref:{utr} -Bank of Baroda"
            )
        elif bank == "ICICI Bank":
            text = (
                f"ICICI Bank Acct XX{tail4[-3:]} debited for Rs {amt} on {when(j.date, '%d-%b-%y')}; {to} "
                f"credited. UPI:{utr}. Call 18002662 for dispute. SMS BLOCK {tail4[-3:]} to 9215676766."
            )
        else:
            text = (
                f"Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d/%m/%Y')} by NEFT to {to}. Avl Bal "
                f"Rs {bal} -Almora Urban Co-op Bank"
            )
        p = sms_page(rng, font, sender, text, None if j.no_day else j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "shade":
        p = phone(rng, font, k, [""], dark=True, buttons=())
        p.part = "body"
        p.add("title", hhmm(rng, twelve=False))
        p.add(
            "small",
            f"  {sign(font, chr(0x2022), '*')}  ".join(["Wi-Fi", "Mobile data", "Torch", "Aeroplane mode"]),
        )
        p.add("gap")
        c = card_open(p)
        p.add("small", "WhatsApp  |  5m")
        p.add("left", "Meena Joshi: Coasters are ready, 40 pieces.")
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", "PNB ONE  |  now")
        p.add(
            "left",
            f"A/c XX{tail4} debited INR {amt} thru UPI to {to}. Ref {utr}. Avl Bal INR {bal}. Not you? Call "
            "18001800.",
            **facts,
        )
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", "Gmail  |  1h")
        p.add("left", "GoCoop Settlements: Your settlement is processed")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Manage notifications")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "The Nainital Bank <alerts@nainitalbank.co.in>", ["Transaction Alert", "Debit alert"]
        )
        p.part = "head"
        top(p, "The Nainital Bank Ltd.")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your a/c no. XXXXXXXX{tail4} has been debited with INR {amt} on {when(j.date, '%d-%m-%Y')} towards "
            f"IMPS/{utr}/{to}.",
            **facts,
        )
        p.add("left", f"Available balance: INR {bal}")
        p.add("gap")
        p.add("small", "If you have not done this transaction, please call 1800 180 4031 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "The Nainital Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    p.add("title", "HDFC Bank")
    p.add("small", "Official business account")
    p.add("gap")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y", "%A, {d} %b %Y"])), date=j.date)
    s = len(p.rows)
    p.add("left", "Hi! Here is an update on your account.")
    h273.bubble(p, s, hhmm(rng, lower=True))
    s = len(p.rows)
    p.add(
        "left",
        f"Rs.{amt} has been debited from your HDFC Bank A/c XX{tail4} to {to} via UPI. UPI Ref: {utr}. Not "
        "you? Call 18002586161.",
        **facts,
    )
    h273.bubble(p, s, hhmm(rng, lower=True))
    p.add("gap")
    p.add("small", "Messages and calls are end-to-end encrypted.")
    return p.done()

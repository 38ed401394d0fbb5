"""The twelve heldout299 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a sitalpati weavers' firm's year of 2026 in Ghughumari, Cooch Behar, West
Bengal (Ghughumari Sitalpati Udyog, Nirmal Chandra Dey's proprietary firm, whose men cut the murta cane, split
its stalks into thin strips and boil them in rice starch till they shine, some of them dyed black, red or
green, and whose patikars, most of them women weaving at home, weave the strips in twill on the floor into
sitalpati, the cool mat, its edges bound in red cotton; its floor mats, mats with woven motifs, jaynamaz, yoga
mats, table mats, coasters, runners, tote bags and hand fans; its weaving shed in Patikar Para, Ghughumari
Pati Ghar; its showroom on Keshab Road, Pati Bitan; stall 41 at the Rash Mela; the web shop patibitan.in;
buyers at home and abroad), told by the proofs of payment it receives (buyers' PhonePe, Paytm, Amazon Pay,
slice, Navi, PNB ONE and iMobile Pay screens and HDFC Bank's SmartHub Vyapar on the showroom's phone;
Manjusha's advice, Odoo, Zoho Books, bob World Business, Slack, Cashfree Payouts, a museum shop's letter and
SBI CMP's mail; SMBC, Berliner Sparkasse, Raiffeisen, NatWest, BNZ, ADCB, SpareBank 1 and Citi; its own tax
invoice, Razorpay's pending page, the Rash Mela stall's cash memo, a WooCommerce mail, an e-invoice, Paytm's
failed checkout, a TallyPrime receipt voucher and a thank-you card) and those it makes (a murta dealer's Haal
Khata card on Poila Baisakh, a cloth merchant's invoice with its sticky note, Industrybuying, DTDC, a jute bag
maker's Khatabook, a dye dealer's credit memo, udaan and a press's invoice; IndOASIS, IOB Mobile, Mahamobile
Plus, FedMobile, Axis Mobile, AU 0101, Uttarbanga Kshetriya Gramin Bank's branch and Ujjivan; a mat weaving
account, a Puja bonus envelope, Zoho Payroll, JioFinance, indie, bob World, Vyom and a weaver's Bengali
receipt; Cooch Behar Municipality, GRIPS, Banglarbhumi, the Income Tax Department, Ghughumari Gram Panchayat,
Legal Metrology, the Rash Mela Committee and ESIC; eight insurers; cards on the showroom's and the stall's
terminals and at a hotel, a restaurant, a fuel station, a hotel's card alert, an electronics store and a
Darjeeling hotel's folio; WBSEDCL, Bharat Connect, HP Gas, MyJio, BSNL, Axis Bank FASTag, a cable operator and
the Municipality's water charges; the banks' SMS, a mail, a Bengali SMS and WhatsApp Banking). Every row is
added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page
keeps. Headings, footers, the units' lines, salutations, Bengali lines (but a bank's SMS in Bengali, whose
figures and payee carry the facts, a Bengali label's value and a Bengali hand's sums and "received in cash"),
items, bills, counts, rates, sizes, GST, TDS, fees, charges, commissions, balances and old dues, exchange
rates, periods, months, bill months, financial and assessment years, invoice, ack, due, arrival and next-due
days, account, policy, plan, quote, consumer, customer, connection, holding, employer, enlistment, khatian,
plot, JL, tag, vehicle, phone and card numbers, consignment numbers, IRNs and Ack Nos., PAN, GSTIN, Udyam
numbers, IFSC, SWIFT/BIC codes, BSR codes, UPI IDs, heads of account, bills named on an advice or a receipt,
other messages, sitalpati emblems and strips, alpanas, kraft envelopes, thumb impressions, stages, notices,
tiles, stamps, watermarks, sticky notes, signatures and the mat a page lies on carry no fact. ``Job`` is
heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page``
heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``,
``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits``
heldout14's; heldout269's rows (``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``,
``comb``, ``bars``, ``qr``, ``thumb``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``,
``fill``, ``hand``, ``amtbox``, ``tt``, ``step``, ``rstamp``, rounded cards), heldout273's (``hcells``,
``ledger``, ``bubble``, ``panel``, ``pill``, ``track``, ``avatar``, ``carbon``), heldout275's (``sig``,
``divider``, ``gutter``, ``sicon``, ``sticky``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``,
``clip``, ``at_hour``, ``two_up``, ``spinner``, ``wave``, ``redno``, tickets), heldout287's (Bengali-script
lines, hand and labels, ``notice``, ``tile``, ``burst``, ``oval``, ``speaker``, ``tiles2``, ``vlab``,
``copyrow``) and heldout289's (``chip``, ``steps``, ``spiral``, a PAID mark), written in this set's pens and
printers' faces. ``compose`` is heldout158's (as heldout269's to heldout297's), each page's rows drawn by
heldout289's ``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it
leaves for them: a piece of sitalpati as a letterhead's emblem (a square of twill of glossy murta strips, dyed
strips woven in as a stepped diamond and corner arrowheads, its edges bound in cotton with running stitches);
a strip of sitalpati as a divider (twill with a chevron of dyed strips between two bindings); an alpana (a
band of red earth with a lotus and creepers of leaves and dots in rice-paste white); a brown kraft pay
envelope's fibres and thumb cut; a thumb's impression in stamp-pad ink in heldout269's box; and, after the
frame, the sitalpati a page is photographed lying on (its twill of murta, a border of dyed strips, the page's
shadow, the page a little askew). The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout279_families as h279
from bench.receipt_sets import heldout287_families as h287
from bench.receipt_sets import heldout289_families as h289
from bench.receipt_sets.heldout14_render import FONT_DIR, load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import (
    AMBER,
    BANK_RANK,
    MARGIN,
    ORDER_RANK,
    TXN_RANK,
    UTR_RANK,
)
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, paper, screen
from bench.receipt_sets.heldout118_families import money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, grid, tt
from bench.receipt_sets.heldout273_families import bubble, hcells, ledger, panel, pill, track
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, native, nbox, nhand, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"
# the hands that write on this set's papers: italics in another mix than heldout296's and heldout297's
PENS = [
    "noto/NotoSerif-Italic.ttf",
    "liberation/LiberationSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
]
INKS = [(24, 44, 132), (34, 30, 90), (46, 40, 40), (12, 78, 104), (104, 28, 50)]
# the faces a page's fixed-width lines are printed in (a bank's printer, a billing program's, a roll's)
TYPES = [
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
# the murta's strips after they are boiled in rice starch (glossy straw gold) and the dyed ones woven among
# them (black, madder red, green), and the red cotton the mats' edges are bound in
MURTA = [(222, 186, 112), (208, 170, 96), (230, 198, 128), (198, 160, 88)]
DYED = {"k": (46, 34, 28), "r": (168, 42, 34), "g": (44, 104, 66)}
BINDING = [(164, 34, 40), (126, 30, 38), (30, 60, 110)]
# an alpana's rice-paste white on the red earth of a courtyard
ALPANA_GROUND = [(164, 58, 40), (150, 46, 36), (176, 72, 44)]
ALPANA_WHITE = (250, 246, 236)
KRAFT = [(212, 178, 128), (200, 164, 116), (220, 188, 140)]

# ---------------------------------------------------------------- the firm

FIRM = "Ghughumari Sitalpati Udyog"
FIRM_CAPS = FIRM.upper()
# the firm's name as a bank's beneficiary field cuts it
CUT = "GHUGHUMARI SITALPATI UDYO"
SHOP = "Pati Bitan"
SHOP_CAPS = SHOP.upper()
SHOP_BN = "পাটি বিতান"
SHED = "Ghughumari Pati Ghar"
WEB = "patibitan.in"
GSTIN = "19AKDPD6318M1Z7"
PAN = "AKDPD6318M"
UDYAM = "UDYAM-WB-05-0039164"
PROP = "Nirmal Chandra Dey"
OWNER_CAPS = "NIRMAL CHANDRA DEY"
SON = "Subrata Dey"
KEEPER = "Mousumi Sarkar"
ADDRESS = "Patikar Para, Ghughumari, Cooch Behar - 736170 (W.B.)"
TOWN = "Ghughumari, Cooch Behar - 736170"
SHOP_AT = "12, Keshab Road, near Sagardighi, Cooch Behar - 736101"
BANK_LINE = "UCO Bank, Cooch Behar Main Branch"
BIC = "UCBAINBB392"
IFSC_OWN = "UCBA0000392"
# the Rash Mela at Cooch Behar from Rash Purnima (24 November 2026); the Bengali year 1433's first day
# (Poila Baisakh, the day traders open their new khata and their customers settle the old one); Durga Puja's
# Saptami (the weavers' Puja bonus is paid in the fortnight before it)
RASH = dt.date(2026, 11, 24)
STALL = "Stall 41, Crafts Lane, Rash Mela Ground, Cooch Behar"
BAISAKH = dt.date(2026, 4, 15)
PUJA = dt.date(2026, 10, 18)
IFSC = {
    "UCO Bank": "UCBA",
    "State Bank of India": "SBIN",
    "Uttarbanga Kshetriya Gramin Bank": "UBKG",
    "Punjab National Bank": "PUNB",
    "Bank of Maharashtra": "MAHB",
    "Indian Overseas Bank": "IOBA",
    "Federal Bank": "FDRL",
    "Axis Bank": "UTIB",
    "AU Small Finance Bank": "AUBL",
    "Indian Bank": "IDIB",
    "Ujjivan Small Finance Bank": "UJVN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Canara Bank": "CNRB",
    "Bank of Baroda": "BARB",
    "Central Bank of India": "CBIN",
    "IndusInd Bank": "INDB",
    "Union Bank of India": "UBIN",
    "Kotak Mahindra Bank": "KKBK",
    "Bandhan Bank": "BDBL",
}
# the firm's mats and wares: name, HSN, price each (low, high)
WORKS = [
    ("Sitalpati, fine, 6 x 4 ft, natural", "4601", 2200, 4800),
    ("Sitalpati, red and black border, 5 x 3 ft", "4601", 1400, 2800),
    ("Sitalpati, woven motif, 6 x 5 ft", "4601", 4200, 9500),
    ("Jaynamaz (prayer mat), sitalpati", "4601", 650, 1400),
    ("Yoga mat, sitalpati, 6 x 2 ft", "4601", 900, 1800),
    ("Table mats, sitalpati, set of 6", "4601", 480, 950),
    ("Coasters, sitalpati, set of 6", "4601", 180, 380),
    ("Tote bag, sitalpati, cloth lined", "4602", 550, 1200),
    ("Hand fan (pakha), sitalpati", "4602", 80, 180),
    ("Table runner, sitalpati, 6 ft", "4601", 700, 1500),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Sitalpati, fine, 6 x 4 ft, natural": "Sitalpati 6x4 fine",
    "Sitalpati, red and black border, 5 x 3 ft": "Sitalpati 5x3 border",
    "Sitalpati, woven motif, 6 x 5 ft": "Sitalpati 6x5 motif",
    "Jaynamaz (prayer mat), sitalpati": "Jaynamaz",
    "Yoga mat, sitalpati, 6 x 2 ft": "Yoga mat",
    "Table mats, sitalpati, set of 6": "Table mats (6)",
    "Coasters, sitalpati, set of 6": "Coasters (6)",
    "Tote bag, sitalpati, cloth lined": "Tote bag",
    "Hand fan (pakha), sitalpati": "Pakha (fan)",
    "Table runner, sitalpati, 6 ft": "Runner 6 ft",
}
CUSTOMERS = [
    "Mrs. Sharmistha Ghosh",
    "Mr. Abhijit Roy",
    "Ms. Pallabi Mukherjee",
    "Dr. Tanmoy Bhattacharya",
    "Mrs. Rituparna Sen",
    "Mr. Arindam Chakraborty",
    "Ms. Hannah Lindqvist",
]
# the patikars (weavers) of Ghughumari and Tufanganj, most of them women weaving at home, and the men who
# split the murta into strips
PATIKARS = [
    "Kalpana Dey",
    "Anjali Das",
    "Mina Barman",
    "Sabitri Dey",
    "Gopal Chandra Das",
    "Bimal Dey",
    "Rina Sarkar",
    "Dipali Barman",
]


def wares(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's wares sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 3) if hi >= 2000 else rng.randrange(1, 6)
        if "fan" in name or "Coasters" in name:
            q = rng.randrange(4, 21)
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 10 if hi < 2000 else 50))))
    return out


def move(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Rash Mela's, Poila Baisakh's, the Puja's), its UPI / card reference
    made again for it."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "UCBA")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def gstin_of(rng: random.Random, state: str = "19", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def in_words(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def on_day(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    parts = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.3, 0.7) for _ in range(n - 1))
        parts = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    for i, share in enumerate(parts):
        v = left if i == len(parts) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 8, 70)
        out.append((f"{prefix}/{fy(day)}/{rng.randrange(12, 480):03d}", day, v))
    return out


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h299", {"marks": {}, "decor": [], "frame": None})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own rows (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def hand_pen(p: Screen) -> str:
    """The page's hand (this set's pens, in heldout271's slot so every filled-in row writes in it)."""
    x = h271.ext(p)
    if "pen" not in x:
        x["pen"] = p.rng.choice(PENS)
    if "pen_ink" not in x:
        x["pen_ink"] = list(p.rng.choice(INKS))
    return x["pen"]


def one_pen(p: Screen) -> None:
    """heldout269's pen slot (its boxed form fields and tick boxes write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = hand_pen(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


def typeface(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def sheet(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    hand_pen(p)
    typeface(p)
    return p


def write(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    hand_pen(p)
    h271.hand(p, text, align=align, **facts)


def fill(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    hand_pen(p)
    h271.fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    typeface(p)
    tt(p, text, scale=scale, **facts)


def wrap_words(
    p: Screen, text: str, scale: float = 1.0, share: float = 1.0, *, bold: bool = False
) -> list[str]:
    face = load_font(bold_of(p.font) if bold else p.font, int(p.style["size"] * scale))
    room = room_of(p) * share
    out, line = [], ""
    for word in text.split():
        if line and face.getlength(f"{line} {word}") > room:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(line)
    return out


def sentence(p: Screen, text: str, kind_: str = "left", **facts) -> None:
    """A sentence set in as many lines of ``kind_`` as it needs (the facts on its first line)."""
    scale = 0.8 if kind_ in ("small", "small_left") else 1.0
    for n_, line in enumerate(wrap_words(p, text, scale, 0.97)):
        if kind_ == "small_left":
            small_left(p, line, **(facts if n_ == 0 else {}))
        else:
            p.add(kind_, line, **(facts if n_ == 0 else {}))


def small_lab(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lab99", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab99"] = 0.76
    h269.row(p, "lab99", text, **facts)


def small_left(p: Screen, text: str, **facts) -> None:
    """A line in small letters set to the left (an app's or a page's second line under a name)."""
    h269.kind(p, "sm99", [(0.0, 1.0, "l")], "plain")
    h269.ext(p)["scale"]["sm99"] = 0.8
    h269.row(p, "sm99", text, **facts)


def small_right(p: Screen, text: str, **facts) -> None:
    """A line in small letters set to the right (a caption under a box at the right)."""
    h269.kind(p, "sr99", [(0.0, 1.0, "r")], "soft")
    h269.ext(p)["scale"]["sr99"] = 0.72
    h269.row(p, "sr99", text, **facts)


def bengali(p: Screen, text: str, **kw) -> None:
    """heldout287's native line in Bengali script, here for Bengali (a name over its English, a heading, a
    greeting)."""
    native(p, text, **kw)


def bhand(p: Screen, text: str, *, figure: str = "", scale: float = 1.2, **facts) -> None:
    """heldout287's hand in Bengali script (Noto Serif Bengali slanted as a pen slants, its figures in an
    upright Latin face), here for a Bengali hand."""
    hand_pen(p)
    nhand(p, text, figure=figure, scale=scale, **facts)


def boxed_note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def capsule(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


def rupee(font: str) -> str:
    return "\u20b9" if glyphs(bold_of(font), "\u20b9") and glyphs(font, "\u20b9") else "Rs."


# ---------------------------------------------------------------- this set's rows and marks


def pati_mark(p: Screen) -> None:
    """A piece of sitalpati as a letterhead's emblem: a square of the mat woven in twill of glossy murta
    strips, strips dyed black and red woven in among the natural ones so the twill shows a stepped diamond at
    its heart and arrowheads at its corners, its edges bound in red cotton stitched round; centred, three
    lines high."""
    put(p, "t99pm", "", mark_=[p.rng.randrange(len(BINDING)), p.rng.randrange(3), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def pati_band(p: Screen) -> None:
    """A strip of sitalpati as a divider across the page: twill of natural murta with a chevron of dyed strips
    running along it, bound in cotton along both its long edges; one line high."""
    put(p, "t99pb", "", mark_=[p.rng.randrange(len(BINDING)), p.rng.choice("krg"), p.rng.randrange(10**6)])


def alpana(p: Screen) -> None:
    """An alpana across the head of a page: a band of red earth with a lotus drawn in rice-paste white at its
    middle, a creeper running out from it to each side with leaves and dots along it, a row of dots along both
    its edges (a festival's page: a Haal Khata card, a Puja bonus); two lines high."""
    put(p, "t99al", "", mark_=[p.rng.randrange(len(ALPANA_GROUND)), p.rng.randrange(10**6)])
    p.add("gap")


def envelope(p: Screen) -> None:
    """The page as a brown kraft pay envelope's face: the kraft's colour and its fibres, the half-moon thumb
    cut at its open end at the top with the envelope's dark inside showing through it."""
    p.style["paper"] = p.rng.choice(KRAFT)
    p.style.update({"ink": (40, 32, 28), "label_ink": (70, 56, 44), "accent": (40, 32, 28)})
    ext(p)["decor"].append(["envelope", p.rng.randrange(10**6)])


def thumb_mark(p: Screen, caption: str) -> None:
    """heldout269's box at the right for a worker's left thumb, here with the thumb's impression pressed in it
    in stamp-pad ink (an oval of whorled ridges, darker at its heart, broken where the ink ran thin)."""
    h269.thumb(p, caption)
    ext(p)["decor"].append(["thumb", len(p.rows) - 3, p.rng.randrange(10**6)])


def on_mat(p: Screen) -> None:
    """The page photographed lying on a sitalpati spread on the floor: the mat's twill of glossy murta strips
    round the page, a border of dyed strips woven into it, the page's shadow on it and the page a little
    askew."""
    ext(p)["frame"] = ["mat", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _twill(draw, x0: float, y0: float, cols_: int, rows_: int, cell: float, colour_of) -> None:
    """Cells of a 2/2 twill of strips: in each cell the horizontal strip lies on top where ``(i + j) % 4`` is
    under two, else the vertical one; each cell filled in ``colour_of(i, j, across)``, a glint along the strip
    that lies on top, dark lines at its edges and where it dives under its neighbour."""
    for i in range(rows_):
        for j in range(cols_):
            across = (i + j) % 4 < 2
            base = colour_of(i, j, across)
            x, y = x0 + j * cell, y0 + i * cell
            box = (x, y, x + cell - 1, y + cell - 1)
            draw.rectangle(box, fill=base)
            dark = _tint((40, 24, 10), base, 0.38)
            shine = _tint((255, 250, 236), base, 0.34)
            if across:
                draw.line((x, y + cell * 0.38, x + cell - 1, y + cell * 0.38), fill=shine, width=1)
                draw.line((x, y + cell - 1, x + cell - 1, y + cell - 1), fill=dark, width=1)
                if (i + j - 1) % 4 >= 2:
                    draw.line((x, y, x, y + cell - 1), fill=dark, width=1)
            else:
                draw.line((x + cell * 0.38, y, x + cell * 0.38, y + cell - 1), fill=shine, width=1)
                draw.line((x + cell - 1, y, x + cell - 1, y + cell - 1), fill=dark, width=1)
                if (i + j - 1) % 4 < 2:
                    draw.line((x, y, x + cell - 1, y), fill=dark, width=1)


def _emblem(page: Image.Image, cx: float, top_y: float, side: float, binding, motif: int, seed: int) -> None:
    """The sitalpati emblem: a square of twill with a dyed stepped diamond and corner arrowheads, its edges
    bound in cotton with running stitches."""
    srng = random.Random(seed)
    n = 17
    cell = max(3.0, (side - 10) / n)
    inner = cell * n
    x0, y0 = cx - inner / 2, top_y + (side - inner) / 2
    natural = MURTA[srng.randrange(len(MURTA))]
    dyes = [DYED["k"], DYED["r"]] if motif != 2 else [DYED["g"], DYED["k"]]
    c = n // 2

    def colour_of(i: int, j: int, across: bool):
        d = abs(i - c) + abs(j - c)
        if d in (1, 5) or (motif == 1 and d == 3):
            return dyes[0]
        if d == 3 or (i == c and j == c):
            return dyes[1]
        corner = min(i, n - 1 - i) + min(j, n - 1 - j)
        if corner == 1 or (corner == 2 and motif != 1):
            return dyes[0]
        if (i + j + (0 if across else 1)) % 7 == 0:
            return _tint((255, 255, 255), natural, 0.12)
        return natural

    draw = ImageDraw.Draw(page)
    b = 5
    draw.rectangle((x0 - b, y0 - b, x0 + inner + b, y0 + inner + b), fill=binding)
    _twill(draw, x0, y0, n, n, cell, colour_of)
    light = _tint((255, 255, 255), binding, 0.55)
    for k in range(0, int(inner + 2 * b), 7):
        draw.line((x0 - b + k, y0 - b + 2, x0 - b + k + 3, y0 - b + 2), fill=light, width=1)
        draw.line((x0 - b + k, y0 + inner + b - 2, x0 - b + k + 3, y0 + inner + b - 2), fill=light, width=1)
        draw.line((x0 - b + 2, y0 - b + k, x0 - b + 2, y0 - b + k + 3), fill=light, width=1)
        draw.line((x0 + inner + b - 2, y0 - b + k, x0 + inner + b - 2, y0 - b + k + 3), fill=light, width=1)


def _band(draw, x0: float, x1: float, y0: float, y1: float, binding, dye: str, seed: int) -> None:
    """A strip of twill between two bindings, a chevron of dyed strips along it."""
    srng = random.Random(seed)
    natural = MURTA[srng.randrange(len(MURTA))]
    b = 3
    h = y1 - y0 - 2 * b
    n = 5
    cell = h / n
    cols_ = int((x1 - x0) // cell)
    left = x0 + ((x1 - x0) - cols_ * cell) / 2
    period = 2 * (n - 1)

    def colour_of(i: int, j: int, across: bool):
        k = j % period
        crest = k if k < n else period - k
        if i == crest:
            return DYED[dye]
        if (i + j) % 9 == 0 and not across:
            return _tint((255, 255, 255), natural, 0.12)
        return natural

    draw.rectangle((left - 1, y0, left + cols_ * cell, y1), fill=binding)
    _twill(draw, left, y0 + b, cols_, n, cell, colour_of)


def _petal(cx: float, cy: float, a: float, r: float, w: float) -> list[tuple[float, float]]:
    """A lens-shaped petal from the heart at (``cx``, ``cy``) along angle ``a``, ``r`` long, ``w`` wide."""
    pts = []
    for n in range(13):
        t = n / 12
        pts.append((t * r, math.sin(math.pi * t) * w))
    pts += [(t, -h) for t, h in reversed(pts[1:-1])]
    c, s_ = math.cos(a), math.sin(a)
    return [(cx + px * c - py * s_, cy + px * s_ + py * c) for px, py in pts]


def _lotus(draw, cx: float, cy: float, r: float, white, ground) -> None:
    """An alpana's lotus: eight petals drawn in outline round a ringed heart, a dot between each pair."""
    for n in range(8):
        a = n * math.pi / 4
        draw.polygon(_petal(cx, cy, a, r, r * 0.3), fill=white)
        draw.polygon(
            _petal(cx + math.cos(a) * r * 0.2, cy + math.sin(a) * r * 0.2, a, r * 0.66, r * 0.15), fill=ground
        )
        b = a + math.pi / 8
        bx, by = cx + math.cos(b) * r * 0.86, cy + math.sin(b) * r * 0.86
        draw.ellipse((bx - 1.8, by - 1.8, bx + 1.8, by + 1.8), fill=white)
    draw.ellipse((cx - r * 0.26, cy - r * 0.26, cx + r * 0.26, cy + r * 0.26), fill=white)
    draw.ellipse((cx - r * 0.14, cy - r * 0.14, cx + r * 0.14, cy + r * 0.14), fill=ground)
    draw.ellipse((cx - r * 0.06, cy - r * 0.06, cx + r * 0.06, cy + r * 0.06), fill=white)


def _alpana(draw, x0: float, x1: float, y0: float, y1: float, ground, seed: int) -> None:
    """The alpana band: red earth, a lotus at its middle, a creeper with leaves and dots to each side."""
    srng = random.Random(seed)
    white = ALPANA_WHITE
    draw.rounded_rectangle((x0, y0, x1, y1), radius=6, fill=ground)
    h = y1 - y0
    mid = (y0 + y1) / 2
    cx = (x0 + x1) / 2
    for yy in (y0 + 4, y1 - 4):
        xx = x0 + 8
        while xx < x1 - 6:
            draw.ellipse((xx - 1.5, yy - 1.5, xx + 1.5, yy + 1.5), fill=white)
            xx += 9
    r = h * 0.36
    period = srng.choice([46, 52, 58])
    for side in (-1, 1):
        start, end = cx + side * (r + 6), (x0 + 10) if side < 0 else (x1 - 10)
        pts = []
        xx = start
        while (xx - end) * side < 0:
            t = abs(xx - start)
            pts.append((xx, mid + math.sin(t / period * math.tau) * h * 0.2))
            xx += side * 2
        if len(pts) > 1:
            draw.line(pts, fill=white, width=2)
        for n in range(6, len(pts) - 3, max(1, period // 4)):
            px, py = pts[n]
            t = abs(px - start)
            up = math.cos(t / period * math.tau) > 0
            a = -math.pi / 2 - 0.5 * side if up else math.pi / 2 + 0.5 * side
            draw.polygon(_petal(px, py, a, h * 0.3, h * 0.08), fill=white)
        for n in range(period // 2, len(pts) - 6, period):
            px, py = pts[n]
            for a in range(4):
                ang = a * math.pi / 2 + math.pi / 4
                qx, qy = px + math.cos(ang) * 5, py + math.sin(ang) * 5
                draw.ellipse((qx - 2.4, qy - 2.4, qx + 2.4, qy + 2.4), fill=white)
    _lotus(draw, cx, mid, r, white, ground)


def _envelope(page: Image.Image, seed: int) -> Image.Image:
    """The kraft envelope's fibres and its thumb cut at the top."""
    srng = random.Random(seed)
    w, h = page.size
    base = page.getpixel((2, h // 2))
    fibres = Image.new("RGB", page.size, (255, 255, 255))
    fd = ImageDraw.Draw(fibres)
    for _ in range(int(w * h / 900)):
        x, y = srng.uniform(0, w), srng.uniform(0, h)
        ln = srng.uniform(2, 7)
        a = srng.uniform(0, math.pi)
        tone = _tint((150, 110, 70), (255, 255, 255), srng.uniform(0.15, 0.4))
        fd.line((x, y, x + math.cos(a) * ln, y + math.sin(a) * ln), fill=tone, width=1)
    page = ImageChops.multiply(page, fibres)
    draw = ImageDraw.Draw(page)
    r = 24
    cx = w / 2
    draw.pieslice((cx - r, -r, cx + r, r), 0, 180, fill=_tint((60, 40, 20), base, 0.55))
    draw.arc((cx - r, -r, cx + r, r), 0, 180, fill=_tint((255, 255, 255), base, 0.3), width=1)
    draw.line((0, 1, w, 1), fill=_tint((60, 40, 20), base, 0.3), width=2)
    return page


def _thumbprint(page: Image.Image, cx: float, cy: float, w: float, h: float, seed: int) -> Image.Image:
    """A thumb's impression in stamp-pad ink: whorled ridges in an oval, ink thinning towards its edge."""
    srng = random.Random(seed)
    ink = srng.choice([(70, 56, 150), (52, 64, 160), (88, 60, 140)])
    layer = Image.new("L", page.size, 0)
    d = ImageDraw.Draw(layer)
    turn = srng.uniform(-0.5, 0.5)
    d.ellipse((cx - w * 0.52, cy - h * 0.52, cx + w * 0.52, cy + h * 0.52), fill=46)
    rings = max(6, int(min(w, h) / 2 / 2.7))
    for n in range(1, rings + 1):
        rx, ry = w / 2 * n / rings, h / 2 * n / rings
        pts = []
        for m in range(90):
            a = m / 90 * math.tau
            wob = 1 + 0.05 * math.sin(a * 3 + n * 0.9)
            px, py = math.cos(a) * rx * wob, math.sin(a) * ry * wob - (rings - n) * 0.35
            pts.append(
                (
                    cx + px * math.cos(turn) - py * math.sin(turn),
                    cy + px * math.sin(turn) + py * math.cos(turn),
                )
            )
        shade = int(235 - n * 60 / rings)
        for m in range(90):
            if srng.random() < 0.1 + 0.25 * n / rings:
                continue
            d.line((pts[m], pts[(m + 1) % 90]), fill=shade, width=2 if n < rings * 0.6 else 1)
    layer = layer.filter(ImageFilter.GaussianBlur(0.6))
    return Image.composite(Image.new("RGB", page.size, ink), page, layer)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: a sitalpati emblem, a sitalpati strip as a divider, an alpana
    band, a kraft envelope's fibres and thumb cut."""
    page = h289._render(rows, font, style)
    x = style.get("h299")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    marks = x["marks"]
    for what in x["decor"]:
        if what[0] == "envelope":
            page = _envelope(page, what[1])
        elif what[0] == "thumb":
            side = int(line * 2.6)
            i, seed = what[1], what[2]
            bx = width - MARGIN - side
            page = _thumbprint(page, bx + side / 2, tops[i] + side * 0.5, side * 0.58, side * 0.8, seed)
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t99"):
            continue
        top_y = tops[i] - lift
        m = marks.get(str(i))
        if name == "t99pm":
            binding, motif, seed = m
            _emblem(page, width / 2, top_y + line * 0.15, line * 2.7, BINDING[binding], motif, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t99pb":
            binding, dye, seed = m
            _band(
                draw,
                MARGIN,
                width - MARGIN,
                top_y + line * 0.14,
                top_y + line * 0.9,
                BINDING[binding],
                dye,
                seed,
            )
        elif name == "t99al":
            ground, seed = m
            _alpana(
                draw,
                MARGIN,
                width - MARGIN,
                top_y + line * 0.1,
                top_y + line * 1.85,
                ALPANA_GROUND[ground],
                seed,
            )
    return page


def _mat(image: Image.Image, seed: int) -> Image.Image:
    """The page on a sitalpati: twill of glossy murta round it, a border of dyed strips, its shadow, askew."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 84
    cell = srng.choice([13, 14, 16])
    bw, bh = w + 2 * pad, h + 2 * pad
    cols_, rows_ = int(bw // cell) + 1, int(bh // cell) + 1
    natural = MURTA[srng.randrange(len(MURTA))]
    shade = [srng.uniform(-0.08, 0.08) for _ in range(max(cols_, rows_) + 1)]
    dye = srng.choice([DYED["k"], DYED["r"], DYED["g"]])
    ring = srng.randrange(2, 4)

    def colour_of(i: int, j: int, across: bool):
        edge = min(i, rows_ - 1 - i, j, cols_ - 1 - j)
        if edge in (ring, ring + 2):
            return dye
        if edge == ring + 1 and (i + j) % 2 == 0:
            return dye
        s = shade[i] if across else shade[j]
        if s >= 0:
            return _tint((255, 248, 230), natural, s * 2)
        return _tint((90, 60, 20), natural, -s * 2)

    base = Image.new("RGB", (cols_ * cell, rows_ * cell), natural)
    _twill(ImageDraw.Draw(base), 0, 0, cols_, rows_, cell, colour_of)
    base = base.crop((0, 0, bw, bh))
    angle = srng.uniform(-1.6, 1.6)
    sheet_ = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = (bw - sheet_.width) // 2, (bh - sheet_.height) // 2
    shadow = Image.new("L", base.size, 0)
    alpha = sheet_.split()[3]
    shadow.paste(alpha.point(lambda v: 150 if v > 0 else 0), (sx + 7, sy + 9))
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    base = Image.composite(Image.new("RGB", base.size, (70, 46, 20)), base, shadow)
    base.paste(sheet_, (sx, sy), sheet_)
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout297's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the sitalpati a page is photographed lying on."""
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
    f9 = (style.get("h289") or {}).get("frame")
    if f9 and f9[0] == "clip":
        image = h289._clipboard(image, f9[1])
    f = (style.get("h299") or {}).get("frame")
    if f and f[0] == "mat":
        image = _mat(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [*PENS, *TYPES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout299 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "PATI BITAN COOCH BEHAR"]
VPAS = [
    "patibitan.cob@okaxis",
    "Q823651047@ybl",
    "ghughumarisitalpati@uco",
    "patibitan@hdfcbank",
    "nirmaldey.pati@oksbi",
]
BUYERS = [
    ("Sharmistha Ghosh", "sharmistha.g@okhdfcbank", "HDFC Bank"),
    ("Abhijit Roy", "abhijitroy@oksbi", "State Bank of India"),
    ("Pallabi Mukherjee", "pallabi.m@ybl", "Bank of Baroda"),
    ("Tanmoy Bhattacharya", "tanmoyb@okicici", "ICICI Bank"),
    ("Rituparna Sen", "rituparnasen@axl", "Axis Bank"),
    ("Arindam Chakraborty", "arindam.c@ibl", "Punjab National Bank"),
    ("Moumita Saha", "moumitasaha@okaxis", "UCO Bank"),
    ("Debjani Paul", "debjanipaul@upi", "Canara Bank"),
]
NOTES = ["sitalpati 6x4", "yoga mat", "table mats", "jaynamaz x2", "pakha x10", "runner"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Punjab National Bank": "PNB",
        "Bank of Baroda": "BoB",
        "HDFC Bank": "HDFC Bank",
        "ICICI Bank": "ICICI Bank",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Pati Bitan or the firm: PhonePe's Transaction Successful on its purple bar (its hour "on
    <day>" under it; a card "Paid to" with the payee and the sum on one line, the UPI ID under them; a card
    Transfer Details, each label small over its value: Transaction ID, Debited from; "UTR: ..."); Paytm's Paid
    Successfully under a large tick (the sum; the payee's initials in a round badge, "To" over the payee and
    its UPI ID, "From" over the buyer and the bank; UPI Reference No., Date & Time at the left and the right);
    Amazon Pay's payment pending under a spinner (the sum, "to <payee>", a notice; UPI transaction ID,
    Initiated on, Paying from on hairline rows); slice's dark "payment successful" in lower case (a large
    tick, the sum, "to <payee>"; upi ref no. and date in two tiles; from at the left and the right); Navi's
    payment failed under a large cross (the sum, "to <payee>", the reason in a notice; UPI transaction ID,
    Navi txn ID, Attempted on, Bank account in a table ruled on every side); PNB ONE's Transaction Successful
    ("Today, <hour>"; "Paid to" over the payee, the sum; a striped table: UPI Ref No., Debit A/c, Remarks; no
    day); HDFC Bank's SmartHub Vyapar on the showroom's phone (the showroom under the app, the Soundbox's
    line, a card: Payment received, the sum, "from <buyer> via UPI", the day and hour; no reference); ICICI
    Bank's iMobile Pay drawn as a ticket (a Payment successful capsule, the sum, "to <payee>" and its UPI ID
    above the tear line; UPI Ref. No., Date, From, Remarks under it). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=350, high=48000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share", "Done"))
        band(p, (95, 37, 159))
        p.part = "head"
        p.add("title", "Transaction Successful", status=status)
        p.add(
            "small",
            f"{hhmm(rng, lower=True)} on {on_day(j, rng, ['%d %b %Y', '{d} %b %Y'])}",
            date=j.date,
        )
        p.add("gap")
        p.part = "body"
        c = card_open(p)
        small_lab(p, "Paid to")
        name = (
            to if load_font(p.font, p.style["size"]).getlength(to + rs(j.amount)) + 40 < room_of(p) else SHOP
        )
        p.add("pair", name, rs(j.amount), merchant=name, amount=j.amount)
        small_left(p, vpa)
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("left", "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(8, 22):02d}{digits(rng, 15)}"
        small_lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        small_lab(p, "Debited from")
        p.add("pair", f"XXXXXX{digits(rng, 4)}", rs(j.amount), method="UPI")
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref))
        card_close(p, c)
        p.add("small", "Powered by UPI  |  YES BANK")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment receipt"], dark=False, buttons=("Share receipt",))
        app_head(p, "Paytm", "UPI")
        sicon(p, status)
        p.add("center", "Paid Successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "left", [to, SHOP])
        h273.avatar(p, h279.initials(name), (0, 110, 200))
        small_lab(p, "To")
        p.add("left", name, merchant=name)
        small_left(p, f"UPI ID: {vpa}")
        small_lab(p, "From")
        p.add("left", who)
        small_left(p, f"{sb} - {digits(rng, 4)}", method="UPI")
        p.add("gap")
        kvr(p, "UPI Reference No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "Amazon Pay UPI")
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed_note(
            p,
            "Your bank is taking longer than usual to confirm this payment. Please don't pay again; we'll "
            "update you within 48 hours.",
            "warn",
        )
        h269.kind(p, "az", [(0.0, 0.46, "l"), (0.46, 1.0, "r")], "line")
        h269.row(p, "az", "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        h269.row(
            p, "az", "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
        )
        h269.row(p, "az", "Paying from", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "txn details"], dark=True, buttons=("share",))
        app_head(p, "slice", "upi")
        sicon(p, status)
        p.add("center", "payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        tiles2(
            p,
            ("upi ref no.", j.ref),
            ("date", on_day(j, rng, ["%d %b %Y", "{d} %b %Y"]).lower()),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "from", f"slice savings a/c {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (20, 48, 120))
        app_head(p, "Navi", "UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed_note(
            p,
            "The payee's bank did not respond in time (U91). Any amount debited will be refunded to your "
            "account within 3 working days.",
            "error",
        )
        nid = f"NAVI{j.date:%y%m%d}{digits(rng, 10)}"
        grid(
            p,
            "nv",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            None,
            [
                (["UPI transaction ID", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Navi txn ID", nid], {"txn": (TXN_RANK, nid)}),
                (
                    ["Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))],
                    {"date": j.date},
                ),
                (["Bank account", f"{sb} {dot * 2}{digits(rng, 4)}"], {"method": "UPI"}),
            ],
            tint=(226, 232, 246),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Home"))
        band(p, (162, 24, 52))
        app_head(p, "PNB ONE", "Punjab National Bank  |  UPI")
        p.add("center", "Transaction Successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        zebra(
            p,
            "pn",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Details", ""],
            [
                (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Debit A/c", f"PNB XXXX{digits(rng, 4)}"], {"method": "UPI"}),
                (["Remarks", rng.choice(NOTES)], {}),
            ],
            (162, 24, 52),
        )
        return p.done()
    if k == 6:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "Payments"], dark=False, buttons=("All payments",))
        band(p, (0, 76, 143))
        app_head(p, "SmartHub Vyapar", "HDFC Bank  |  Merchant")
        name = pick(p, "center", [SHOP_CAPS, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", "Keshab Road, Cooch Behar")
        p.add("gap")
        mark = rupee(p.font)
        h287.speaker(p, f"{mark}{num(j.amount, 'indian', 0)} received on SmartHub Vyapar")
        p.add("gap")
        c = card_open(p)
        p.add("center", "Payment received", status=status)
        p.add("big", f"{mark}{num(j.amount, 'indian', 0)}", amount=j.amount)
        p.add("small", f"from {who} via UPI", method="UPI")
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ", " | ")), date=j.date)
        card_close(p, c)
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    band(p, (174, 40, 30))
    app_head(p, "iMobile Pay", "ICICI Bank  |  UPI")
    start = h279.ticket_open(p)
    pill(p, "Payment successful", status)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", vpa)
    tear = h279.ticket_tear(p)
    p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Date", on_day(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
    p.pair("From", f"{sb} XX{digits(rng, 4)}", method="UPI")
    p.pair("Remarks", rng.choice(NOTES))
    h279.ticket_close(p, start, tear)
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


MANJUSHA = "West Bengal Handicrafts Development Corporation Ltd."
MANJUSHA_BN = "পশ্চিমবঙ্গ হস্তশিল্প উন্নয়ন নিগম লিমিটেড"
BONEDI = "Bonedi Bari Heritage Hotels Pvt. Ltd."
KAARIKAR = "Kaarikar Living Pvt Ltd"
CHHAYA = "CHHAYA INTERIORS LLP"
SEVEN = "Seven Sisters Design Co."
BAARI = "Baari Home Decor Pvt. Ltd."
LOKAYATA = "Lokayata Crafts Museum Shop"
MIRIK = "MIRIK LAKE TEA RESORT PVT LTD"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: Manjusha's (the West Bengal Handicrafts Development
    Corporation's) PAYMENT ADVICE under its Bengali name (Advice No. beside Date; its sentence "We have
    released the payment below to your account"; Payee, Bank, Mode, UTR No., Net amount in dot leaders; Bill
    No. | Bill Date | Gross | TDS 194Q | Net on hairline rows with its Total); a Kolkata heritage hotel
    group's Payment Receipt printed from Odoo (its number large; Payment Date, Partner, Payment Method,
    Payment Amount, Memo two to a row, each label small over its value; Invoice Date | Invoice Number | Amount
    Paid in a striped table); a Bengaluru home store's PAYMENTS MADE from Zoho Books (Payment#, Payment Date,
    Reference Number, Paid To, Payment Mode, Paid Through as label and value on a line; Amount Paid on a
    tinted panel; Amount Paid In Words; Bill Number | Bill Date | Bill Amount | Payment Amount on hairline
    rows); Bank of Baroda's bob World Business with a Kolkata interiors firm's NEFT returned (a capsule, the
    reason in a notice; a table ruled on every side two fields to a row: Transaction Ref. No. and Transfer
    Type, Beneficiary Name and IFSC, Amount and Value Date, Account No. and Return Code); a Bengaluru design
    house's accounts writing in Slack's #vendor-payments under a "Today" divider ("Paid Rs. x to <payee> for
    PO ... by IMPS", "IMPS ref ..."; a reaction; no day); Cashfree Payouts' transfer pending for a Kolkata
    home decor house (a capsule, a notice; Transfer ID, Cashfree Reference ID, Beneficiary, Amount, Transfer
    Mode, Added On, UTR not yet printed, each value over its label); a Kolkata museum shop's typed letter (To,
    M/s. the firm; "We have today released ... by NEFT against your bill ..."; Date; no reference); SBI CMP's
    vendor payment advice mailed for a Mirik tea resort (its sentence; Vendor Name, Vendor Code, Amount, Mode,
    UTR, Payment Date in a table ruled on every side; Invoice No. | Invoice Date | Amount). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=8000, high=320000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        bengali(p, MANJUSHA_BN, scale=1.05, bold=True)
        top(p, pick(p, "title", [MANJUSHA, "WBHDCL (Manjusha)"]))
        p.add("small", "Manjusha  |  Finance & Accounts  |  Salt Lake, Kolkata - 700091")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT ADVICE")
        adv = f"WBHDCL/F&A/{fy(j.date)}/{rng.randrange(100, 2400)}"
        cols(
            p,
            "mj",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Advice No. {adv}",
            f"Date: {on_day(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, adv),
            date=j.date,
        )
        p.add("gap")
        sentence(p, "We have released the payment below to your account against your bills for sitalpati.")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_of(rng, j, "State Bank of India", way)
        name = rng.choice([FIRM_CAPS, f"M/s {FIRM}"])
        bills = bills_of(rng, j, rng.randrange(1, 4), "GSU")
        gross_rows, net_total = [], 0.0
        for no_, day, v in bills:
            gross = round(v / 0.999, 2)
            gross_rows.append((no_, day, gross, round(gross - v, 2), v))
            net_total += v
        j.amount = round(net_total, 2)
        dots(p, "Payee", name, at=0.32, merchant=name.removeprefix("M/s "))
        dots(p, "Bank", BANK_LINE, at=0.32)
        dots(p, "Mode", way, at=0.32, method="netbanking", status=status)
        dots(p, "UTR No.", utr, at=0.32, txn=(UTR_RANK, utr))
        dots(p, "Net amount", rs(j.amount), at=0.32, bold=True, amount=j.amount)
        p.add("gap")
        spec = [(0.0, 0.28, "l"), (0.28, 0.46, "l"), (0.46, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "mh", spec, "Bill No.", "Bill Date", "Gross", "TDS 194Q", "Net", mode="line")
        for no_, day, gross, tds, v in gross_rows:
            cols(p, "ml", spec, no_, when(day, "%d.%m.%Y"), num(gross), num(tds), num(v), mode="line")
        total(p, "Total", num(j.amount), at=0.64)
        p.add("small", "This is a computer generated advice and needs no signature.")
        return p.done()
    if k == 1:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        h269.kind(p, "od0", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "plain", bold=(0,))
        h269.row(p, "od0", BONEDI, "GSTIN " + gstin_of(rng, "19", "C"))
        h269.kind(p, "od1", [(0.0, 1.0, "l")], "soft")
        h269.row(p, "od1", "4/1 Raja Nabakrishna Street, Shobhabazar, Kolkata - 700005")
        p.add("rule")
        p.part = "body"
        pno = f"PBNK1/{j.date:%Y}/{rng.randrange(40, 900):05d}"
        p.add("gap")
        h269.kind(p, "odt", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["odt"] = 1.3
        h269.row(p, "odt", f"Payment Receipt: {pno}", txn=(INVOICE_RANK, pno))
        p.add("gap")
        name = rng.choice([FIRM, FIRM_CAPS])
        utr = utr_of(rng, j, "HDFC Bank", "NEFT")
        two_up(
            p,
            "o1",
            ("Payment Date", on_day(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])),
            ("Partner", name),
            date=j.date,
            merchant=name,
        )
        two_up(
            p,
            "o2",
            ("Payment Method", "Manual (NEFT)"),
            ("Payment Amount", rs(j.amount)),
            method="netbanking",
            amount=j.amount,
            status=status,
        )
        two_up(p, "o3", ("Memo", f"NEFT {utr}"), ("Journal", "HDFC Bank 2207"), txn=(UTR_RANK, utr))
        p.add("gap")
        zebra(
            p,
            "oz",
            [(0.0, 0.3, "l"), (0.3, 0.7, "l"), (0.7, 1.0, "r")],
            ["Invoice Date", "Invoice Number", "Amount Paid"],
            [
                ([when(day, "%d/%m/%Y"), no_, num(v)], {})
                for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "GSU")
            ],
            (60, 70, 90),
        )
        p.add("gap")
        p.add("small", "Sitalpati floor mats for the heritage rooms")
        return p.done()
    if k == 2:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, KAARIKAR)
        p.add("small", "Indiranagar, Bengaluru - 560038  |  GSTIN " + gstin_of(rng, "29", "C"))
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENTS MADE")
        pno = str(rng.randrange(60, 900))
        name = rng.choice([FIRM, FIRM_CAPS])
        utr = j.ref
        h269.kind(p, "zb", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "plain", bold=(1,))
        h269.row(p, "zb", "Payment#", pno, txn=(INVOICE_RANK, pno))
        h269.row(p, "zb", "Payment Date", on_day(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        h269.row(p, "zb", "Reference Number", utr, txn=(UTR_RANK, utr))
        h269.row(p, "zb", "Paid To", name, merchant=name)
        h269.row(p, "zb", "Payment Mode", "Bank Transfer (IMPS)", method="netbanking", status=status)
        h269.row(p, "zb", "Paid Through", "HDFC Bank - Current")
        panel(p, "Amount Paid", rs(j.amount), (224, 240, 230), amount=j.amount)
        sentence(p, f"Amount Paid In Words: Indian Rupee {in_words(j.amount)} Only", "small_left")
        p.add("gap")
        spec = [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")]
        cols(p, "zh", spec, "Bill Number", "Bill Date", "Bill Amount", "Payment Amount", mode="line")
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "GSU"):
            cols(p, "zl", spec, no_, when(day, "%d/%m/%Y"), rs(v), rs(v), mode="line")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "bobworld.bankofbaroda.co.in/corporate/fundtransfer/status")
        p.part = "head"
        top(p, "Bank of Baroda")
        p.add("small", f"bob World Business  |  {CHHAYA}, Park Street, Kolkata")
        p.add("rule")
        p.part = "body"
        p.add("left", "Fund transfer status")
        capsule(p, "Returned by beneficiary bank", status)
        boxed_note(
            p,
            "The beneficiary bank returned the credit (R03: account number and name do not match). The "
            "amount has been credited back to your account.",
            "error",
        )
        utr = utr_of(rng, j, "Bank of Baroda", "NEFT")
        name = rng.choice([FIRM_CAPS, CUT])
        spec = [(0.0, 0.22, "l"), (0.22, 0.52, "l"), (0.52, 0.7, "l"), (0.7, 1.0, "l")]
        grid(
            p,
            "bw",
            spec,
            None,
            [
                (
                    ["Txn Ref. No.", utr, "Transfer Type", "NEFT"],
                    {"txn": (UTR_RANK, utr), "method": "netbanking"},
                ),
                (["Beneficiary", name, "IFSC", IFSC_OWN], {"merchant": name}),
                (
                    ["Amount", rs(j.amount), "Value Date", on_day(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])],
                    {"amount": j.amount, "date": j.date},
                ),
                (["Account No.", f"XXXXXXXX{digits(rng, 4)}", "Return Code", "R03"], {}),
            ],
            tint=(250, 236, 222),
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(30, 500) * 50)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([680, 700]), size=rng.choice([18, 19]))
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        h269.kind(p, "sk0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["sk0"] = 1.15
        h269.row(p, "sk0", "# vendor-payments")
        p.add("small", f"Slack  |  {SEVEN}, Bengaluru")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 18)
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        h269.kind(p, "sk1", spec, "plain", bold=(0,))
        h269.row(
            p,
            "sk1",
            "Ananya Rao (Finance)",
            f"{hour - 12 if hour > 12 else hour}:{rng.randrange(10, 59):02d} {'PM' if hour >= 12 else 'AM'}",
        )
        name = pick(p, "left", [FIRM, SHOP])
        po = f"PO-{rng.randrange(1200, 4800)}"
        sentence(
            p,
            f"Paid Rs. {num(j.amount)} to {name} for {po} (sitalpati runners and table mats) by IMPS.",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"IMPS ref {j.ref}", txn=(UTR_RANK, j.ref))
        small_left(p, f"{sign(font, chr(0x2714), '+')} 2   |   Reply in thread")
        p.add("gap")
        h269.row(
            p,
            "sk1",
            "Vikram S",
            f"{hour + 1 - 12 if hour >= 12 else hour + 1}:{rng.randrange(0, 40):02d} "
            f"{'PM' if hour + 1 >= 12 else 'AM'}",
        )
        p.add("left", "Thanks! Will ask them for the GST invoice.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers")
        p.part = "head"
        top(p, "Cashfree Payouts")
        p.add("small", f"{BAARI}  |  Transfers")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transfer details")
        pill(p, "PENDING", status, align="l")
        boxed_note(
            p,
            "The beneficiary's bank has not yet confirmed this transfer. The status will update "
            "automatically; "
            "do not retry.",
            "warn",
        )
        tno = f"BHD{j.date:%y%m%d}{rng.randrange(100, 999)}"
        cref = str(digits(rng, 9))
        name = rng.choice([FIRM_CAPS, CUT])
        vlab(p, "Transfer ID", tno, txn=(INVOICE_RANK, tno))
        vlab(p, "Cashfree Reference ID", cref, txn=(TXN_RANK, cref))
        vlab(p, "Beneficiary", name, merchant=name)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Transfer Mode", "IMPS", bold=False, method="netbanking")
        vlab(p, "Added On", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "UTR", "-", bold=False)
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(20, 260) * 100)
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(252, 250, 244), (255, 255, 255)])
        p.part = "head"
        top(p, LOKAYATA)
        p.add("small", "Folk art of Bengal  |  Thakurpukur, Kolkata - 700063")
        p.add("rule")
        p.part = "body"
        cols(
            p,
            "lk",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            "",
            f"Date: {on_day(j, rng, ['%d.%m.%Y', '{d} %B %Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", f"M/s {FIRM},", merchant=FIRM)
        p.add("left", TOWN)
        p.add("gap")
        p.add("left", "Dear Sir,")
        sentence(
            p,
            f"We have today released a sum of Rs. {num(j.amount, 'indian', 0)}/- "
            f"(Rupees {in_words(j.amount)} only) to your account by NEFT against your bill No. "
            f"GSU/{fy(j.date)}/{rng.randrange(20, 300):03d} "
            "for sitalpati hand fans and coasters for the museum shop.",
            amount=j.amount,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        p.add("left", "Kindly acknowledge receipt.")
        p.add("gap")
        sig(p)
        p.add("right", "Shop Manager")
        return p.done()
    p = mail_page(rng, font, "SBI CMP <cmp.vendorpay@sbi.co.in>", [f"Payment advice from {MIRIK.title()}"])
    p.part = "head"
    top(p, "State Bank of India")
    p.add("small", "Cash Management Product  |  Vendor payment advice")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Vendor,")
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = utr_of(rng, j, "State Bank of India", way)
    sentence(p, f"{MIRIK} has made the payment below to your account through {way}.", status=status)
    p.add("gap")
    name = rng.choice([FIRM_CAPS, CUT])
    grid(
        p,
        "cm",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        None,
        [
            (["Vendor Name", name], {"merchant": name}),
            (["Vendor Code", f"V{digits(rng, 7)}"], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Mode", way], {"method": "netbanking"}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Payment Date", on_day(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
        ],
        tint=(226, 236, 246),
    )
    p.add("gap")
    spec = [(0.0, 0.4, "l"), (0.4, 0.7, "l"), (0.7, 1.0, "r")]
    cols(p, "ch", spec, "Invoice No.", "Invoice Date", "Amount", mode="line")
    for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "GSU"):
        cols(p, "cl", spec, no_, when(day, "%d/%m/%Y"), num(v), mode="line")
    p.add("gap")
    p.add("small", "This is an auto-generated mail from SBI CMP on behalf of the remitter. Do not reply.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Atelier Koyo K.K.", "Kyoto, Japan", "JPY", 180000, 1900000, "smbc"),
    ("Wohnraum Berlin GmbH", "Berlin, Germany", "EUR", 1200, 14000, "sparkasse"),
    ("Matten & Flechtwerk AG", "Zurich, Switzerland", "CHF", 1200, 13000, "raiffeisen"),
    ("Rattan & Rush Ltd", "London, United Kingdom", "GBP", 900, 11000, "natwest"),
    ("Harakeke Home Ltd", "Auckland, New Zealand", "NZD", 1500, 18000, "bnz"),
    ("Al Nakheel Interiors LLC", "Dubai, United Arab Emirates", "AED", 4000, 48000, "adcb"),
    ("Nordlys Interior AS", "Oslo, Norway", "NOK", 12000, 140000, "sparebank"),
    ("Adobe & Reed Gallery LLC", "Santa Fe, New Mexico, USA", "USD", 1200, 13000, "citi"),
]
BENE_BANK = "UCO BANK, COOCH BEHAR, INDIA"


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: yen whole (JPY or the yen's sign), euros the German way (4.972,84
    EUR or EUR 4.972,84), Swiss francs with an apostrophe between the thousands (CHF 3'660.27), pounds (the
    pound's sign or GBP), New Zealand dollars (NZ$ or NZD), dirhams (AED before the sum), Norwegian kroner
    with NOK and a space between the thousands (NOK 36 090,00), US dollars ($ or USD)."""
    if cur == "JPY":
        mark = rng.choice(["\u00a5" if glyphs(font, "\u00a5") else "JPY ", "JPY "])
        return lambda v: f"{mark}{v:,.0f}"
    if cur == "EUR":
        after = rng.random() < 0.5

        def eur(v: float) -> str:
            body_ = f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
            return f"{body_} EUR" if after else f"EUR {body_}"

        return eur
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    if cur == "NOK":
        return lambda v: "NOK " + f"{v:,.2f}".replace(",", " ").replace(".", ",")
    form = rng.choice(
        {
            "GBP": ["\u00a3{v}" if glyphs(font, "\u00a3") else "GBP {v}", "GBP {v}"],
            "NZD": ["NZ${v}", "NZD {v}"],
            "AED": ["AED {v}"],
            "USD": ["${v}", "USD {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Interior houses, galleries and shops abroad paying the firm for sitalpati floor mats, runners and table
    mats: SMBC Direct's overseas remittance completed in yen (Remittance Date year first with slashes,
    Remittance Amount, Beneficiary Name, Beneficiary Bank, SWIFT Code, Charges, Reception No. in a table ruled
    on every side under a tinted heading); Berliner Sparkasse's app with an Auslandsüberweisung / foreign
    transfer in euros the German way in progress (its stages top to bottom: Auftrag erteilt / Ordered, In
    Bearbeitung / Processing, Gutschrift beim Empfänger / Credited; each label small over its value: Empfänger
    / Payee; Betrag / Amount and Ausführungsdatum, Entgelt / Charges and Art / Type two to a row;
    Auftragsnummer / Order number); Raiffeisen's BELASTUNGSANZEIGE / DEBIT ADVICE in Swiss francs the Swiss
    way (Valuta / Value date, Begünstigter / Beneficiary, Bank, Betrag / Amount, Kurs / Rate, Spesen / Fees,
    Referenz / Reference in dot leaders; a sentence); NatWest's app with an international payment sent in
    pounds (a large tick, "<sum> sent to <payee>", "Sent on <day>", From, Payee's bank; no reference); BNZ's
    International payment receipt in New Zealand dollars (Receipt number, Date, Payee, Payee bank, Amount,
    Fee, Status Sent on hairline rows); ADCB's app with an international transfer done in dirhams ("Today,
    <hour>"; a scalloped badge; the sum, "to <beneficiary>"; Reference number and Transfer type in tiles; no
    day); SpareBank 1's Betalingen ble avvist / The payment was rejected in Norwegian kroner on a tinted band
    (the reason in a notice; Mottaker / Payee, Beløp / Amount, Dato / Date, Referanse / Reference, Gebyr / Fee
    against a gutter); Citi's wire transfer confirmation in US dollars (its sentence; Send date month first in
    words, Amount, Recipient, Recipient bank, SWIFT/BIC, Reference number, Fee in a striped table). All new
    here."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 100, hi // 100) * 100)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = foreign(rng, font, cur)
    me = rng.choice([FIRM, FIRM_CAPS])
    if frame == "smbc":
        p = browser_page(rng, font, "direct.smbc.co.jp/ib/gaikoku/soukin/complete")
        p.part = "head"
        top(p, "SMBC")
        p.add("small", f"Sumitomo Mitsui Banking Corporation  |  SMBC Direct  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Overseas Remittance - Completed", status=status)
        p.add("gap")
        ref = f"{j.date:%y%m%d}{code(rng, 2, UPPER)}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "sm",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Item", "Details"],
            [
                (["Remittance Date", when(j.date, "%Y/%m/%d")], {"date": j.date}),
                (["Remittance Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary Bank", BENE_BANK], {}),
                (["SWIFT Code", BIC], {}),
                (["Charges", "SHA (shared)"], {"method": "netbanking"}),
                (["Reception No.", ref], {"txn": (BANK_RANK, ref)}),
            ],
            tint=(214, 232, 222),
        )
        p.add("small", "Purpose: payment for goods (sitalpati floor mats)")
        return p.done()
    if frame == "sparkasse":
        p = phone(rng, font, k, ["", "Auftrag"], dark=False, buttons=("Fertig",))
        band(p, (220, 0, 20))
        app_head(p, "Sparkasse", "Berliner Sparkasse  |  Auslandsüberweisung")
        p.add("center", "In Bearbeitung / Processing", status=status)
        h271.step(p, "Auftrag erteilt", "Ordered", "done")
        h271.step(p, "In Bearbeitung", "Processing", "pending")
        h271.step(p, "Gutschrift beim Empfänger", "Credited", "todo")
        p.add("gap")
        oid = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        small_lab(p, "Empfänger / Payee")
        p.add("left", name, merchant=name)
        two_up(
            p,
            "s1",
            ("Betrag / Amount", show(j.amount)),
            ("Ausführungsdatum", when(j.date, "%d.%m.%Y")),
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
        two_up(p, "s2", ("Entgelt / Charges", "SHA (geteilt)"), ("Art / Type", "SWIFT"), method="netbanking")
        small_lab(p, "Auftragsnummer / Order number")
        p.add("left", oid, txn=(BANK_RANK, oid))
        small_left(p, "Verwendungszweck: Rechnung GSU sitalpati")
        return p.done()
    if frame == "raiffeisen":
        p = sheet(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "Raiffeisen")
        p.add("small", "Raiffeisenbank Zürich Genossenschaft  |  Limmatquai 68, 8001 Zürich")
        p.add("rule")
        p.part = "body"
        cols(p, "rf", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], payer, city.split(",")[0])
        p.add("gap")
        p.add("center", "BELASTUNGSANZEIGE / DEBIT ADVICE")
        sentence(p, "Wir haben Ihrem Konto belastet / We have debited your account:", status=status)
        ref = f"RB{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Valuta / Value date", when(j.date, "%d.%m.%Y"), at=0.38, date=j.date)
        dots(p, "Begünstigter / Beneficiary", name, at=0.38, merchant=name)
        dots(p, "Bank", BENE_BANK, at=0.38)
        dots(p, "Betrag / Amount", show(j.amount), at=0.38, bold=True, amount=j.amount, cur=cur)
        dots(p, "Kurs / Rate", f"CHF/INR {rng.uniform(104, 112):.4f}", at=0.38)
        dots(p, "Spesen / Fees", "CHF 15.00 (SHA)", at=0.38, method="netbanking")
        dots(p, "Referenz / Reference", ref, at=0.38, txn=(BANK_RANK, ref))
        p.add("gap")
        p.add("small", "Diese Anzeige wurde elektronisch erstellt und ist ohne Unterschrift gültig.")
        return p.done()
    if frame == "natwest":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (66, 36, 130))
        app_head(p, "NatWest", "International payment")
        sicon(p, status)
        name = pick(p, "center", [f"sent to {me}", f"sent to {CUT}"])[8:]
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("center", f"sent to {name}", merchant=name, status=status)
        p.add("small", f"Sent on {when(j.date, rng.choice(['{d} %B %Y', '%d %b %Y']))}", date=j.date)
        p.add("gap")
        kvr(p, "From", f"{payer.split()[0]} Business {dot_(font)}{digits(rng, 4)}")
        kvr(p, "Payee's bank", "UCO Bank, India", method="netbanking")
        kvr(p, "Payment type", "International (SWIFT)")
        p.add("small", "It can take up to 4 working days to arrive.")
        return p.done()
    if frame == "bnz":
        p = sheet(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "BNZ")
        p.add("small", "Bank of New Zealand  |  Internet Banking for Business")
        p.add("rule")
        p.part = "body"
        p.add("center", "International payment receipt")
        p.add("gap")
        rno = f"{digits(rng, 3)}-{digits(rng, 6)}"
        name = rng.choice([me, CUT])
        h269.kind(p, "bz", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], "line")
        for label, value, facts in [
            ("Receipt number", rno, {"txn": (BANK_RANK, rno)}),
            ("Date", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("Payer", f"{payer}, Auckland", {}),
            ("Payee", name, {"merchant": name}),
            ("Payee bank", BENE_BANK, {"method": "netbanking"}),
            ("Amount", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Fee", "NZ$25.00" if cur == "NZD" else "25.00", {}),
            ("Status", "Sent", {"status": status}),
        ]:
            h269.row(p, "bz", label, value, **facts)
        p.add("gap")
        p.add("small", "Payments sent overseas usually arrive in 2 to 5 business days.")
        return p.done()
    if frame == "adcb":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (200, 16, 46))
        app_head(p, "ADCB", "International transfer")
        p.add("small", f"Today, {hhmm(rng)}")
        h287.burst(p, status)
        p.add("center", "Transfer done", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"FT{j.date:%y}{digits(rng, 3)}{code(rng, 5, ALNUM)}"
        tiles2(
            p,
            ("Reference number", ref),
            ("Transfer type", "SWIFT"),
            txn=(BANK_RANK, ref),
            method="netbanking",
        )
        p.add("small", f"From {payer}, Dubai")
        return p.done()
    if frame == "sparebank":
        p = browser_page(rng, font, "www.sparebank1.no/nettbank-bedrift/betaling/utland")
        p.part = "head"
        top(p, "SpareBank 1")
        p.add("small", f"Nettbank bedrift  |  {payer}, Oslo")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Betalingen ble avvist / The payment was rejected", status)
        boxed_note(
            p,
            "Mottakerbanken kunne ikke godskrive kontoen / The receiving bank could not credit the account. "
            "Beløpet er tilbakeført / The amount has been returned.",
            "error",
        )
        ref = f"{digits(rng, 4)}.{digits(rng, 2)}.{digits(rng, 5)}"
        name = rng.choice([FIRM_CAPS, CUT])
        gutter(p, "sb", "Mottaker / Payee", name, at=0.4, merchant=name)
        gutter(p, "sb", "Beløp / Amount", show(j.amount), at=0.4, amount=j.amount, cur=cur)
        gutter(p, "sb", "Dato / Date", when(j.date, "%d.%m.%Y"), at=0.4, date=j.date)
        gutter(p, "sb", "Referanse / Reference", ref, at=0.4, txn=(BANK_RANK, ref))
        gutter(p, "sb", "Gebyr / Fee", "Delt (SHA)", at=0.4, method="netbanking")
        return p.done()
    p = mail_page(rng, font, "Citi Alerts <alerts@citibank.com>", ["Your wire transfer has been sent"])
    p.part = "head"
    top(p, "Citi")
    p.add("small", "Citibank, N.A.  |  CitiBusiness Online")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {payer},")
    sentence(
        p, "Your outgoing international wire transfer has been completed. Details are below.", status=status
    )
    p.add("gap")
    ref = f"{digits(rng, 4)}{code(rng, 3, UPPER)}{digits(rng, 5)}"
    name = rng.choice([me, CUT])
    zebra(
        p,
        "ci",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        ["Wire details", ""],
        [
            (["Send date", when(j.date, rng.choice(["%B {d}, %Y", "%b {d}, %Y"]))], {"date": j.date}),
            (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
            (["Recipient", name], {"merchant": name}),
            (["Recipient bank", BENE_BANK], {"method": "netbanking"}),
            (["SWIFT/BIC", BIC], {}),
            (["Reference number", ref], {"txn": (BANK_RANK, ref)}),
            (["Fee", "$35.00" if glyphs(font, "$") else "USD 35.00"], {}),
        ],
        (0, 58, 112),
    )
    p.add("small", "Please do not reply to this e-mail. Citibank, N.A. Member FDIC.")
    return p.done()


def dot_(font: str) -> str:
    return sign(font, "\u2022", "*") * 2


# ---------------------------------------------------------------- 4. the firm's own papers


KUTIR = "Kutir Interiors Pvt. Ltd."
DEALER = "M/S BANGA KUTIR SHILPA BHANDAR"


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its showroom or itself on top: Pati Bitan's TAX INVOICE under a sitalpati
    emblem, its Bengali name and a sitalpati strip, to a buyer in Karnataka (Invoice No. and Invoice Date,
    Buyer and Place of Supply two to a row in a table ruled on every side; Sl. | Description | HSN | Qty |
    Rate | Amount ruled, IGST 5%, Invoice Total; Amount in words; a rectangular PAID stamp and "Paid by NEFT,
    UTR ..." under it); Razorpay's payment page for the web shop with the payment processing (a capsule, its
    stages across the page, a notice; Payment ID, Order ID, Amount, Method, Created at in dot leaders); the
    Rash Mela stall's CASH MEMO torn from a carbon book in the Mela's days and photographed lying on a
    sitalpati, its heading in Bengali and English (No. left blank; Date written in; the mats written in ruled
    columns, Total; "Paid cash"; no reference); the web shop's order mail from WooCommerce ("[Order #...]
    (<day>)"; Product | Quantity | Price on hairline rows, Subtotal, Shipping, Payment method, Total); the
    firm's e-invoice to a Kolkata interiors house (IRN, Ack No. and Ack Date beside its QR code; Invoice No.
    beside Invoice Date; a striped table, CGST 2.5% and SGST 2.5%, Total; a card PAYMENT RECEIVED: Mode, UTR,
    Received on); Paytm Payment Gateway's Payment Failed for the web shop under a large cross (the reason in a
    notice; Order ID and Txn ID, Amount and Payment Mode, each label small over its value two to a row); the
    firm's Receipt Voucher printed from TallyPrime (No. beside Dated; Account; Particulars | Amount with the
    dealer's line; Through; On Account of "NEFT, UTR ..."; Amount (in words)); the showroom's thank-you card
    in the hand tucked into a parcel under a sitalpati strip ("We received Rs. x by UPI (Ref ...) with
    thanks.", signed "- Pati Bitan, Cooch Behar"; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=1200, high=90000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        pati_mark(p)
        bengali(p, SHOP_BN, scale=1.25, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        pati_band(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"PB/{fy(j.date)}/{rng.randrange(10, 900):04d}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.52, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")]
        grid(
            p,
            "ih",
            spec,
            None,
            [
                (
                    ["Invoice No.", inv, "Invoice Date", on_day(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])],
                    {"txn": (INVOICE_RANK, inv), "date": j.date},
                ),
                (
                    [
                        "Buyer",
                        rng.choice(["Kaveri Living, Bengaluru", "Nila Homes, Mysuru"]),
                        "Place of Supply",
                        "29-Karnataka",
                    ],
                    {},
                ),
            ],
            tint=(240, 232, 214),
        )
        items = wares(rng, rng.randrange(1, 4), high=6000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        spec2 = [
            (0.0, 0.07, "c"),
            (0.07, 0.5, "l"),
            (0.5, 0.61, "c"),
            (0.61, 0.69, "c"),
            (0.69, 0.84, "r"),
            (0.84, 1.0, "r"),
        ]
        grid(
            p,
            "ii",
            spec2,
            ["Sl.", "Description", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), SHORT[t], hsn, str(q), num(pr), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "IGST 5%", "", "", "", num(gst)], {})],
            foot=(["Invoice Total", num(j.amount)], {"amount": j.amount}),
            tint=(240, 232, 214),
        )
        sentence(p, f"Amount in words: Rupees {in_words(j.amount)} only", "small_left")
        h271.rstamp(p, ["PAID", SHOP_CAPS, "COOCH BEHAR"], rng.choice(["violet", "blue"]), at=0.68, rows_=3)
        utr = utr_of(rng, j, "HDFC Bank", "NEFT")
        p.add("left", f"Paid by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        p.add("small", "Hand woven of murta cane by the patikars of Ghughumari. E. & O.E.")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, f"pages.razorpay.com/pl_{code(rng, 14, LOWER)}/view")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by Razorpay")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment processing", status)
        h289.steps(p, ["Order placed", "Payment", "Confirmed"], 1, status)
        boxed_note(
            p,
            "Your bank has not confirmed this payment yet. Please don't pay again; we will e-mail you once "
            "it is confirmed.",
            "warn",
        )
        pid = f"pay_{code(rng, 14, ALNUM + 'abcdefghjk')}"
        oid = f"order_{code(rng, 14, ALNUM + 'abcdefghjk')}"
        dots(p, "Payment ID", pid, at=0.3, txn=(TXN_RANK, pid))
        dots(p, "Order ID", oid, at=0.3, txn=(ORDER_RANK, oid))
        dots(p, "Amount", rs(j.amount), at=0.3, bold=True, amount=j.amount)
        dots(p, "Method", "UPI", at=0.3, method="UPI")
        dots(p, "Created at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.3, date=j.date)
        return p.done()
    if k == 2:
        move(j, rng, RASH + dt.timedelta(days=rng.randrange(0, 12)))
        p = sheet(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 236)])
        h273.carbon(p)
        one_pen(p)
        on_mat(p)
        p.part = "head"
        bengali(p, "ক্যাশ মেমো", scale=1.1, bold=True)
        p.add("center", "CASH MEMO")
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"Rash Mela 2026  |  {STALL.split(', ')[0]}, Cooch Behar")
        p.part = "body"
        p.add("rule")
        cols(p, "cm0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        fill(p, "Date", on_day(j, rng, ["%d/%m/%Y", "{d}/%m/%y", "%d.%m.%y"]), date=j.date)
        spec = [(0.0, 0.52, "l"), (0.52, 0.66, "c"), (0.68, 1.0, "r")]
        cols(p, "cmh", spec, "Particulars", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for name_, _, q, pr in wares(rng, rng.randrange(2, 4), high=3000):
            hcells(p, spec, SHORT[name_], str(q), num(q * pr, "indian", 0))
            j.amount += q * pr
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.52, 0.67])
        p.add("gap")
        write(p, "Paid cash - with thanks", method="cash", status=status)
        sig(p)
        return p.done()
    if k == 3:
        order = str(rng.randrange(2100, 6800))
        p = mail_page(
            rng, font, f"{SHOP} <orders@{WEB}>", [f"[{SHOP}]: Your order #{order} has been received!"]
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", "Sitalpati from the patikars of Cooch Behar")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {first},")
        sentence(
            p,
            "Your payment has been received and your order is now being processed. Your order details:",
            status=status,
        )
        p.add("gap")
        h269.kind(p, "wo", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.row(
            p,
            "wo",
            f"[Order #{order}] ({on_day(j, rng, ['{d} %B %Y', '%B {d}, %Y'])})",
            txn=(ORDER_RANK, order),
            date=j.date,
        )
        items = wares(rng, rng.randrange(1, 3), high=5000)
        ship = float(rng.choice([0, 0, 150, 220]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.6, "l"), (0.6, 0.76, "c"), (0.76, 1.0, "r")]
        cols(p, "wh", spec, "Product", "Quantity", "Price", mode="line")
        for text, _, q, pr in items:
            cols(p, "wl", spec, clip(text, 40), str(q), rs(q * pr), mode="line")
        spec2 = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
        cols(p, "ws", spec2, "Subtotal:", rs(sub), mode="line")
        cols(p, "ws", spec2, "Shipping:", rs(ship) if ship else "Free shipping", mode="line")
        cols(p, "ws", spec2, "Payment method:", "UPI (PhonePe)", mode="line", method="UPI")
        h269.kind(p, "wt", spec2, "line", bold=(0, 1))
        h269.row(p, "wt", "Total:", rs(j.amount), amount=j.amount)
        p.add("gap")
        p.add("small", f"{SHOP}, Keshab Road, Cooch Behar  |  Built with WooCommerce")
        return p.done()
    if k == 4:
        p = sheet(rng, font, [780, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        p.add("small", f"GSTIN {GSTIN}  |  PAN {PAN}")
        p.add("rule")
        p.add("center", "TAX INVOICE (e-Invoice)")
        p.part = "body"
        irn = code(rng, 64, HEXL)
        ack = f"1{digits(rng, 14)}"
        h269.qr(p, irn, "r", 4)
        for _ in range(3):
            p.rows.pop()
            p.tags.pop()
        h269.kind(p, "ei", [(0.0, 0.7, "l")], "plain")
        h269.ext(p)["scale"]["ei"] = 0.74
        h269.row(p, "ei", f"IRN: {irn[:32]}")
        h269.row(p, "ei", f"       {irn[32:]}")
        h269.row(p, "ei", f"Ack No.: {ack}")
        inv_day = earlier(rng, j, 4, 30)
        h269.row(p, "ei", f"Ack Date: {when(inv_day, '%d-%m-%Y')} {hhmm(rng, twelve=False)}")
        p.add("gap")
        inv = f"GSU/{fy(inv_day)}/{rng.randrange(10, 400):03d}"
        cols(
            p,
            "eh",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Invoice Date: {when(inv_day, '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Bill to: {KUTIR}, Ballygunge, Kolkata (GSTIN {gstin_of(rng, '19', 'C')})")
        items = wares(rng, rng.randrange(2, 4))
        taxable = sum(q * pr * 4 for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "ez",
            [(0.0, 0.5, "l"), (0.5, 0.6, "c"), (0.6, 0.68, "c"), (0.68, 0.84, "r"), (0.84, 1.0, "r")],
            ["Description", "HSN", "Qty", "Rate", "Amount"],
            [([SHORT[t], hsn, str(q * 4), num(pr), num(q * 4 * pr)], {}) for t, hsn, q, pr in items]
            + [(["CGST 2.5%", "", "", "", num(gst)], {}), (["SGST 2.5%", "", "", "", num(gst)], {})],
            (120, 60, 30),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_of(rng, j, "ICICI Bank", way)
        c = card_open(p)
        p.add("left", "PAYMENT RECEIVED", status=status)
        spec = [(0.0, 0.28, "l"), (0.28, 1.0, "l")]
        colkv(p, "ep", spec, "Mode", way, method="netbanking")
        colkv(p, "ep", spec, "UTR", utr, txn=(UTR_RANK, utr))
        colkv(p, "ep", spec, "Received on", on_day(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
        card_close(p, c)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "securegw.paytm.in/theia/processTransaction")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Paytm Payment Gateway")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment Failed", status=status)
        boxed_note(
            p,
            "Your card was declined by the issuing bank (insufficient funds). No money has been deducted; "
            "please try again with another card or UPI.",
            "error",
        )
        oid = f"PB{rng.randrange(21000, 68000)}"
        tid = f"2026{digits(rng, 16)}"
        two_up(p, "pt1", ("Order ID", oid), ("Txn ID", tid), txn=(TXN_RANK, tid))
        two_up(
            p,
            "pt2",
            ("Amount", rs(j.amount)),
            ("Payment Mode", f"Debit Card XX{digits(rng, 4)}"),
            amount=j.amount,
            method="card",
        )
        two_up(
            p,
            "pt3",
            ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            ("Status", "TXN_FAILURE"),
            date=j.date,
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(60, 900) * 100)
        p = sheet(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        p.add("rule")
        p.add("center", "Receipt Voucher")
        p.part = "body"
        vno = str(rng.randrange(20, 480))
        cols(
            p,
            "tv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No.: {vno}",
            f"Dated: {on_day(j, rng, ['{d}-%b-%y', '%d-%b-%Y'])}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        p.add("left", "Account : UCO Bank (C/A 0392)")
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "th", spec, "Particulars", "Amount", mode="line")
        cols(p, "tl", spec, DEALER, num(j.amount), amount=j.amount)
        p.add("gap")
        p.add("left", "Through :  UCO Bank", status=status)
        utr = utr_of(rng, j, "UCO Bank", "NEFT")
        sentence(
            p,
            f"On Account of :  NEFT, UTR {utr} received against bill "
            f"GSU/{fy(j.date)}/{rng.randrange(20, 400):03d}",
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        sentence(p, f"Amount (in words) :  INR {in_words(j.amount)} Only")
        total(p, "", num(j.amount), at=0.72)
        p.add("gap")
        p.add("right", f"for {FIRM}")
        p.add("gap")
        p.add("right", "Authorised Signatory")
        return p.done()
    j.amount = rupees(rng, 1500, 26000, 0.8)
    p = sheet(rng, font, [520, 560])
    p.style["paper"] = rng.choice([(252, 248, 238), (248, 244, 232)])
    p.part = "body"
    pati_band(p)
    p.add("gap")
    write(p, f"Dear {first},")
    write(
        p,
        f"We received Rs. {num(j.amount, 'indian', 0 if j.amount == round(j.amount) else 2)}",
        amount=j.amount,
        status=status,
    )
    write(p, f"by UPI (Ref {j.ref})", method="UPI", txn=(UTR_RANK, j.ref))
    write(p, "with thanks. Your sitalpati is")
    write(p, "on its way - may it keep you cool!")
    p.add("gap")
    write(p, f"- {SHOP}, Cooch Behar", align="r", merchant=SHOP)
    p.add("gap")
    pati_band(p)
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


MURTA_DEALER = "MAA TARA MURTA BHANDAR"
MURTA_DEALER_BN = "মা তারা মুর্তা ভাণ্ডার"
CLOTH = "SRI DURGA VASTRALAYA"
COLOUR = "BURRABAZAR COLOUR HOUSE"
JUTE = "Hooghly Jute Bag Works"
PRESS = "SARASWATI PRESS"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Tufanganj murta dealer's HAAL KHATA card on Poila
    Baisakh under an alpana, "শুভ নববর্ষ ১৪৩৩" (a happy new year 1433) and "শুভ হালখাতা" (the new ledger's
    blessing), his name in Bengali over its English (No. none; Date written in; ruled cells, each label's
    English over its Bengali, filled in by hand: Old due (1432), Paid today, Balance; "নগদ জমা পাইলাম"
    (received in cash) in a Bengali hand; no reference); a Siliguri cloth merchant's TAX INVOICE for the red
    cotton the mats' edges are bound in (Invoice No. and Date on a line; the cloth by the metre on hairline
    rows; Taxable, CGST 2.5%, SGST 2.5%, Total at the left and the right) with the firm's accountant's yellow
    sticky note ("Paid IMPS Ref ... on <day>"); Industrybuying's checkout with the card payment failed for
    cane splitting knives on a tinted band (the reason in a notice; Order No., Sold by, Item, Order total,
    Payment method, Attempted on in a striped table); DTDC's CONSIGNMENT NOTE filled in by the counter clerk
    (Consignment No. and Date; Origin, Destination, Pieces, Weight written in boxes; Freight, GST 18%, Total;
    "Paid by UPI, Ref ..." written in); a Kolkata jute bag maker's Khatabook entry shared to the firm ("Today,
    <hour>"; You got, the sum, from the firm, Mode UPI, Note "UPI ref ..."; the balance; no day); a Burrabazar
    dye dealer's CREDIT MEMO, its number struck in red by a numbering machine (Date written in; the dyes
    written by hand in ruled columns, Total; "Paid by NEFT, UTR ..., dt. <day>" written under it); udaan's
    order with the payment pending for jute twine and cartons (a capsule, a notice; Order ID, Seller, Amount,
    Payment, Initiated on at the left and the right); a Cooch Behar press's TAX INVOICE for the firm's Bengali
    calendars and labels under a pale PAID across it (Invoice No. beside Date; Item | Qty | Rate | Amount
    ruled; CGST 9%, SGST 9%, Total; Payment received: Mode, UPI Ref, Date on hairline rows). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=900, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        move(j, rng, BAISAKH)
        j.amount = float(rng.randrange(40, 400) * 100)
        old = float(j.amount + rng.randrange(0, 120) * 100)
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(252, 246, 232), (250, 242, 226)])
        p.part = "head"
        alpana(p)
        bengali(p, "শুভ নববর্ষ ১৪৩৩", scale=1.2, bold=True)
        bengali(p, "শুভ হালখাতা", scale=1.05)
        bengali(p, MURTA_DEALER_BN, scale=1.1, bold=True, serif=True)
        top(p, MURTA_DEALER, merchant=MURTA_DEALER)
        p.add("small", "Murta cane and split bet  |  Hat Bazar, Tufanganj, Cooch Behar")
        p.part = "body"
        p.add("rule")
        fill(p, "Date", on_day(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fill(p, "M/s", FIRM)
        nbox(p, "Old due (1432)", "পূর্বের বাকি", f"Rs. {num(old, 'indian', 0)}/-", at=0.4, pen=True)
        nbox(p, "Paid today", "জমা", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.4, pen=True, amount=j.amount)
        nbox(p, "Balance", "বাকি", f"Rs. {num(old - j.amount, 'indian', 0)}/-", at=0.4, pen=True)
        p.add("gap")
        bhand(p, "নগদ জমা পাইলাম।", method="cash", status=status)
        sig(p)
        p.add("right", "for Maa Tara Murta Bhandar")
        return p.done()
    if k == 1:
        p = sheet(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, CLOTH, merchant=CLOTH)
        p.add(
            "small",
            f"Cotton and poplin wholesale  |  Bidhan Market, Siliguri - 734001  |  GSTIN {gstin_of(rng)}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SDV/{rng.randrange(300, 2900)}"
        cols(
            p,
            "cv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date {when(earlier(rng, j, 2, 12), '%d.%m.%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {FIRM}, Ghughumari")
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "ch", spec, "Description (HSN 5208)", "Mtr", "Rate", "Amount", mode="line")
        taxable = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Red cotton, 36 in (binding)", 62, 88),
                ("Black cotton twill, 36 in", 70, 96),
                ("Maroon poplin, 44 in", 84, 112),
            ],
            rng.randrange(1, 4),
        ):
            q = rng.randrange(40, 260)
            rate = float(rng.randrange(lo, hi))
            taxable += q * rate
            cols(p, "cl", spec, text, str(q), num(rate), num(q * rate), mode="line")
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        kvr(p, "Taxable value", num(taxable))
        kvr(p, "CGST 2.5%", num(gst))
        kvr(p, "SGST 2.5%", num(gst))
        kvr(p, "Total", rs(j.amount), amount=j.amount)
        hand_pen(p)
        initials = "".join(f"{w[0]}." for w in KEEPER.split())
        h275.sticky(
            p,
            [
                (f"Paid IMPS {num(j.amount)}", {"method": "netbanking", "status": status}),
                (f"Ref {j.ref}", {"txn": (UTR_RANK, j.ref)}),
                (f"on {on_day(j, rng, ['%d/%m/%y', '{d}/%m/%Y'])} - {initials}", {"date": j.date}),
            ],
        )
        return p.done()
    if k == 2:
        j.amount = float(rng.randrange(1200, 9000, 10))
        p = browser_page(rng, font, "www.industrybuying.com/checkout/payment-failed")
        p.part = "head"
        top(p, "Industrybuying")
        p.add("small", "Tools, hardware and industrial supplies")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        boxed_note(
            p,
            "Your card issuer declined the payment (do not honour). The order is on hold for 24 hours; "
            "please "
            "retry with another card, UPI or net banking.",
            "error",
        )
        oid = f"IB{digits(rng, 9)}"
        name = "Shree Ganesh Hardware Tools"
        zebra(
            p,
            "ib",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            ["Order summary", ""],
            [
                (["Order No.", oid], {"txn": (ORDER_RANK, oid)}),
                (["Sold by", name], {"merchant": name}),
                (["Item", "Cane splitting knife set (3 pc), sharpening stone"], {}),
                (["Order total", rs(j.amount)], {"amount": j.amount}),
                (["Payment method", f"Credit card XX{digits(rng, 4)}"], {"method": "card"}),
                (["Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            ],
            (40, 90, 160),
        )
        return p.done()
    if k == 3:
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(252, 250, 240), (250, 250, 250)])
        one_pen(p)
        p.part = "head"
        name = pick(p, "title", ["DTDC", "DTDC Express Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Franchisee: Sagardighi Road, Cooch Behar  |  CONSIGNMENT NOTE - SENDER'S COPY")
        p.part = "body"
        cno = f"{rng.choice('DZV')}{digits(rng, 8)}"
        p.add("gap")
        h269.bars(p, cno)
        p.add("center", cno)
        fill(p, "Date", on_day(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fill(p, "Origin", "COOCH BEHAR")
        fill(p, "Destination", rng.choice(["BENGALURU", "MUMBAI", "NEW DELHI", "CHENNAI"]))
        h269.comb(p, "Pieces", str(rng.randrange(1, 6)))
        kilos = rng.randrange(4, 30)
        h269.comb(p, "Weight (kg)", str(kilos))
        freight = float(round(kilos * rng.uniform(70, 120), 0))
        gst = round(freight * 0.18, 2)
        j.amount = round(freight + gst, 2)
        dots(p, "Freight", num(freight), at=0.4)
        dots(p, "GST 18%", num(gst), at=0.4)
        dots(p, "Total", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        p.add("gap")
        write(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("small", "Track at dtdc.in. Subject to the conditions of carriage overleaf.")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 1500, 24000, 0.7)
        p = phone(rng, font, k, ["", "Entry details"], dark=False, buttons=("Share",))
        band(p, (0, 90, 200))
        p.part = "head"
        p.add("title", "Khatabook")
        p.add("small", JUTE, merchant=JUTE)
        p.add("gap")
        p.part = "body"
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("gap")
        c = card_open(p)
        p.add("center", "You got", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"from {FIRM}")
        card_close(p, c)
        p.add("gap")
        kvr(p, "Mode", "UPI", method="UPI")
        kvr(p, "Note", f"UPI ref {j.ref}", txn=(UTR_RANK, j.ref))
        kvr(p, "Balance", f"{rs(rupees(rng, 2000, 30000, 0.5))} due")
        p.add("gap")
        p.add("small", "Sent from Khatabook  |  Howrah, West Bengal")
        return p.done()
    if k == 5:
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 248, 236), (246, 246, 236)])
        p.part = "head"
        top(p, COLOUR, merchant=COLOUR)
        p.add("small", "Acid and direct dyes, mordants  |  Burrabazar, Kolkata - 700007")
        p.add("center", "CREDIT MEMO")
        p.part = "body"
        no = str(rng.randrange(1200, 9800))
        h279.redno(p, "No.", no, txn=(INVOICE_RANK, no))
        fill(p, "Date", when(earlier(rng, j, 2, 15), "%d/%m/%y"))
        fill(p, "M/s", f"{FIRM}, C.B.")
        spec = [(0.0, 0.5, "l"), (0.5, 0.64, "c"), (0.66, 1.0, "r")]
        cols(p, "dh", spec, "Particulars", "Kg", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Acid black", 900, 1300),
                ("Direct red", 700, 1100),
                ("Acid green", 950, 1350),
                ("Alum (phitkari)", 60, 110),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(2, 12)
            v = float(q * rng.randrange(lo, hi, 10))
            hcells(p, spec, text, str(q), num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.5, 0.65])
        p.add("gap")
        utr = utr_of(rng, j, "UCO Bank", "NEFT")
        write(p, "Paid by NEFT,", method="netbanking", status=status)
        write(p, f"UTR {utr},", txn=(UTR_RANK, utr))
        write(p, f"dt. {on_day(j, rng, ['%d/%m/%y', '{d}/%m/%Y'])}", date=j.date)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Order"], dark=False, buttons=("Retry status",))
        band(p, (60, 30, 140))
        app_head(p, "udaan", "B2B buying for India")
        pill(p, "Payment pending", status)
        boxed_note(
            p,
            "We have not received a confirmation from your bank yet. Your order will be confirmed once the "
            "payment is received; please don't pay again.",
            "warn",
        )
        oid = f"OD{digits(rng, 12)}"
        name = "Howrah Packaging Traders"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Seller", name, merchant=name)
        kvr(p, "Items", "Jute twine 2 ply, cartons 5 ply")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment", "UPI", method="UPI")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    p = sheet(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    h289.watermark(p, "PAID")
    p.part = "head"
    top(p, PRESS, merchant=PRESS)
    p.add(
        "small",
        f"Offset and screen printers  |  Rupnarayan Road, Cooch Behar - 736101  |  GSTIN {gstin_of(rng)}",
    )
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    inv = f"SP/{fy(j.date)}/{rng.randrange(10, 700):03d}"
    cols(
        p,
        "pr",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice No. {inv}",
        f"Date: {when(earlier(rng, j, 1, 10), '%d-%m-%Y')}",
        txn=(INVOICE_RANK, inv),
    )
    p.add("left", f"To: {FIRM}, Ghughumari")
    rows_, taxable = [], 0.0
    for text, lo, hi, q_lo, q_hi in rng.sample(
        [
            ("Bengali wall calendar 1433, 4 colour", 28, 42, 200, 800),
            ("Product labels, 2 x 3 in", 1, 3, 2000, 8000),
            ("Hang tags with string", 2, 5, 1000, 5000),
            ("Visiting cards (box of 100)", 160, 260, 2, 10),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(q_lo, q_hi)
        rate = float(rng.randrange(lo, hi + 1))
        taxable += q * rate
        rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    rows_ += [(["CGST 9%", "", "", num(gst)], {}), (["SGST 9%", "", "", num(gst)], {})]
    grid(
        p,
        "pi",
        [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        ["Item", "Qty", "Rate", "Amount"],
        rows_,
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
        tint=(236, 236, 244),
    )
    p.add("gap")
    p.add("left", "Payment received", status=status)
    h269.kind(p, "pp", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "line")
    h269.row(p, "pp", "Mode", "UPI", method="UPI")
    h269.row(p, "pp", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    h269.row(p, "pp", "Date", on_day(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
    p.add("right", f"for {PRESS.title()}")
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("BIPLAB ROAD CARRIERS", "State Bank of India", "IMPS"),
    ("SRI DURGA VASTRALAYA", "Punjab National Bank", "NEFT"),
    ("MAA TARA MURTA BHANDAR", "Uttarbanga Kshetriya Gramin Bank", "RTGS"),
    ("Haren Barman", "Uttarbanga Kshetriya Gramin Bank", "UPI"),
    ("SARASWATI PRESS", "Central Bank of India", "NEFT"),
    ("HOOGHLY JUTE BAG WORKS", "Bandhan Bank", "IMPS"),
    ("BURRABAZAR COLOUR HOUSE", "Union Bank of India", "NEFT"),
    ("MALLICK PACKERS AND MOVERS", "Canara Bank", "NEFT"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Indian Bank's IndOASIS with an IMPS successful to the
    transporter (the sum, "to <payee>"; IMPS Reference No., Beneficiary A/c, IFSC, Date & Time, Remarks in dot
    leaders); Indian Overseas Bank's IOB Mobile with a NEFT failed on a tinted band (the reason in a notice;
    Beneficiary, Amount, Transaction Ref No., Date, Debit Account in a table ruled on every side); Bank of
    Maharashtra's Mahamobile Plus with an RTGS to the murta dealer successful under a large tick (each label
    small over its value two to a row: Beneficiary, Amount; UTR, Date; From, Purpose); Federal Bank's
    FedMobile UPI to a murta grower ("Today, <hour>"; a Paid capsule, the sum, "to <payee>" over his UPI ID; a
    copyable UPI Transaction ID; no day); Axis Mobile with a NEFT in process (its stages across the page, a
    notice; Beneficiary, Amount, Reference No., UTR, Initiated on in shaded labels); AU Small Finance Bank's
    AU 0101 with an IMPS successful (a striped table: Beneficiary, Amount, IMPS Ref. No., Date, Debit A/c,
    Note); Uttarbanga Kshetriya Gramin Bank's NEFT OUTWARD ACKNOWLEDGEMENT printed at the Cooch Behar branch
    in its printer's face under the bank's Bengali name (DATE, REMITTER, BENEFICIARY, BENE A/C, IFSC, AMOUNT,
    COMMISSION, UTR, STATUS) with the branch's rectangular stamp; Ujjivan Small Finance Bank's share card of a
    NEFT to the packers ("<sum> sent to <payee> on <day>", From, Mode; no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=3000, high=160000)
    to, their_bank, way = VENDORS[k]
    if way == "IMPS":
        j.amount = rupees(rng, 1500, 95000, 0.6)
    if way == "UPI":
        j.amount = rupees(rng, 1500, 40000, 0.7)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 460000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    sender = [
        "Indian Bank",
        "Indian Overseas Bank",
        "Bank of Maharashtra",
        "Federal Bank",
        "Axis Bank",
        "AU Small Finance Bank",
        "Uttarbanga Kshetriya Gramin Bank",
        "Ujjivan Small Finance Bank",
    ][k]
    utr = utr_of(rng, j, sender, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXX{digits(rng, 4)}"
    dot = sign(font, "\u2022", "*")
    ifsc = f"{IFSC[their_bank]}0{digits(rng, 6)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (20, 58, 140))
        app_head(p, "IndOASIS", "Indian Bank  |  IMPS")
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        dots(p, "IMPS Reference No.", utr, at=0.46, txn=(UTR_RANK, utr))
        dots(p, "Beneficiary A/c", f"XXXX{digits(rng, 4)}", at=0.46, method=method)
        dots(p, "IFSC", ifsc, at=0.46)
        dots(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.46, date=j.date)
        dots(p, "Remarks", "Lorry hire Kolkata", at=0.46)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Retry",))
        band(p, (0, 86, 160))
        app_head(p, "IOB Mobile", "Indian Overseas Bank  |  NEFT")
        h269.strip(p, "Transaction Failed", status)
        boxed_note(
            p,
            "The beneficiary bank has rejected the credit (invalid account). The amount will be reversed to "
            "your account within 2 working days.",
            "error",
        )
        grid(
            p,
            "io",
            [(0.0, 0.44, "l"), (0.44, 1.0, "l")],
            None,
            [
                (["Beneficiary", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction Ref No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
                (["Debit Account", f"{acct} (NEFT)"], {"method": method}),
            ],
            tint=(226, 234, 246),
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "RTGS"], dark=False, buttons=("Share receipt",))
        band(p, (230, 80, 20))
        app_head(p, "Mahamobile Plus", "Bank of Maharashtra  |  RTGS")
        sicon(p, status)
        p.add("center", "RTGS Successful", status=status)
        p.add("gap")
        small_lab(p, "Beneficiary")
        p.add("left", to, merchant=to)
        two_up(
            p,
            "mm1",
            ("Amount", rs(j.amount)),
            ("Date", on_day(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            amount=j.amount,
            date=j.date,
        )
        small_lab(p, "UTR")
        p.add("left", utr, txn=(UTR_RANK, utr))
        two_up(p, "mm3", ("From", f"CA {acct[-6:]}"), ("Purpose", "Murta, season stock"), method=method)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (14, 42, 110))
        app_head(p, "FedMobile", "Federal Bank  |  UPI")
        p.add("small", f"Today, {hhmm(rng)}")
        pill(p, "Paid", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("small", "harenbarman@ubkgb")
        p.add("gap")
        copyrow(p, "UPI Transaction ID", utr, txn=(UTR_RANK, utr))
        kvr(p, "From", f"Federal Bank {dot * 2}{digits(rng, 4)}", method=method)
        kvr(p, "Note", "murta 40 bundles")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Refresh",))
        band(p, (151, 20, 77))
        app_head(p, "Axis Mobile", "Axis Bank  |  NEFT")
        p.add("center", "NEFT in process", status=status)
        h289.steps(p, ["Initiated", "Sent to RBI", "Credited"], 1, status)
        boxed_note(
            p,
            "Your NEFT has been sent and is awaiting credit at the beneficiary bank. Please do not "
            "initiate it "
            "again.",
            "warn",
        )
        ref = f"AXMB{j.date:%y%m%d}{digits(rng, 8)}"
        kv(p, "Beneficiary", to, at=0.38, merchant=to)
        kv(p, "Amount", rs(j.amount), at=0.38, amount=j.amount, method=method)
        kv(p, "Reference No.", ref, at=0.38, txn=(TXN_RANK, ref))
        kv(p, "UTR", utr, at=0.38, txn=(UTR_RANK, utr))
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Done"))
        band(p, (108, 32, 120))
        app_head(p, "AU 0101", "AU Small Finance Bank  |  IMPS")
        sicon(p, status)
        p.add("center", "Money sent successfully", status=status)
        p.add("gap")
        zebra(
            p,
            "au",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Transfer details", ""],
            [
                (["Beneficiary", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["IMPS Ref. No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Date", on_day(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["Debit A/c", acct], {"method": method}),
                (["Note", "Jute bags 500 pcs"], {}),
            ],
            (108, 32, 120),
        )
        return p.done()
    if k == 6:
        p = screen(rng, font, width=rng.choice([460, 480, 500]), size=rng.choice([16, 17]))
        paper(p, rng)
        one_pen(p)
        p.part = "head"
        bengali(p, "উত্তরবঙ্গ ক্ষেত্রীয় গ্রামীণ ব্যাংক", scale=0.95, bold=True)
        p.add("center", "UTTARBANGA KSHETRIYA GRAMIN BANK")
        p.add("small", "Cooch Behar Branch  |  IFSC UBKG0000417")
        p.part = "body"
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.92
        n_ = min(h271.tt_cols(p), 42)
        typed(p, "NEFT OUTWARD ACKNOWLEDGEMENT".center(n_).rstrip(), scale=0.92)
        typed(p, "-" * n_, scale=0.92)

        def line(label: str, value: str, **facts) -> None:
            typed(p, f"{label:<13}: {value}"[:n_], scale=0.92, **facts)

        line("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        line("REMITTER", clip(FIRM_CAPS, n_ - 15))
        line("BENEFICIARY", to[: n_ - 15], merchant=to[: n_ - 15])
        line("BENE A/C", f"XXXXXXXX{digits(rng, 4)}")
        line("IFSC", ifsc)
        line("AMOUNT", f"{j.amount:.2f}", amount=j.amount, method=method)
        line("COMMISSION", "5.90")
        line("UTR", utr, txn=(UTR_RANK, utr))
        line("STATUS", "PROCESSED", status=status)
        typed(p, "-" * n_, scale=0.92)
        p.add("small", "CUSTOMER COPY")
        p.add("gap")
        h271.rstamp(p, ["UBKGB", "COOCH BEHAR BRANCH", "TRANSFERRED"], "violet", at=0.62, rows_=4)
        return p.done()
    p = phone(rng, font, k, ["", "Share"], dark=False, buttons=("Share on WhatsApp",))
    band(p, (232, 90, 20))
    app_head(p, "Ujjivan SFB", "Mobile banking")
    sicon(p, status)
    name = pick(p, "center", [f"sent to {to}"])[8:]
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"sent to {name}", merchant=name, status=status)
    p.add("small", f"on {on_day(j, rng, ['%d %b %Y', '{d} %B %Y'])}", date=j.date)
    p.add("gap")
    kvr(p, "From", f"Ujjivan SFB {dot * 2}{digits(rng, 4)}")
    kvr(p, "Mode", "NEFT", method=method)
    p.add("small", "Shared from the Ujjivan SFB app")
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


MATS = [
    ("Sitalpati 6 x 4 ft, fine", "6x4", 900, 1400),
    ("Sitalpati 5 x 3 ft, border", "5x3", 520, 800),
    ("Jaynamaz", "4x2", 240, 380),
    ("Yoga mat", "6x2", 300, 460),
    ("Table mats (set of 6)", "-", 160, 260),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its patikars, the men who split the murta and the showroom's staff: the firm's MAT
    WEAVING ACCOUNT card photographed lying on a sitalpati, under a sitalpati strip and its Bengali heading
    "পাটি বোনার হিসাব" (mat weaving account) (Card No. printed; Weaver and Date written in; the mats, their
    size, number and rate written in ruled columns, Total; "Paid by UPI, Ref ..." in the hand); a weaver's
    PUJA BONUS on a brown kraft pay envelope (the firm stamped at its head; "পুজোর বোনাস" (Puja bonus) in a
    Bengali hand; her name, "Rs. x/- cash" and the day in the hand; "টাকা বুঝিয়া পাইলাম" (received the money)
    and her signature; no reference); Zoho Payroll's payslip for the showroom's sales assistant (Payslip for
    the month; Employee Name, Designation, Pay Period, Pay Date as label and value on a line, Employee Net Pay
    and its sum at the right; Earnings | Amount | Deductions | Amount on hairline rows; Total Net Payable;
    "Paid by NEFT, UTR ..."); JioFinance's UPI payment to a weaver pending under an hourglass tile (the sum,
    "to <payee>", a notice; UPI Ref No., Initiated on, From each value over its label); IndusInd Bank's indie
    app with a UPI payment to a strip splitter under a pale wave (Payment successful, the payee's initials in
    a round badge, "Paid to" over the payee, the sum; UPI Ref. No. and Date in tiles); bob World's UPI payment
    to a weaver ("Today, <hour>"; Money sent, the sum, "to <payee>"; a copyable UPI Ref No.; From at the left
    and the right; no day); Union Bank's Vyom with a UPI payment failed to a weaver under a large cross (the
    reason in a notice; UPI Ref No. and Date, Paid to and From, each label small over its value two to a row);
    a weaver's RECEIPT written in a Bengali hand on a spiral-bound pad ("প্রাপ্তি রসিদ" (receipt), "I have
    received in cash Rs. x/- from the firm as wages for weaving mats", তারিখ (date) and the day), her left
    thumb's impression in its box and her name written under it in English; no reference). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1200, high=24000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = PATIKARS[(k + rng.randrange(2)) % len(PATIKARS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(248, 242, 226), (244, 240, 228)])
        on_mat(p)
        p.part = "head"
        pati_band(p)
        bengali(p, "পাটি বোনার হিসাব", scale=1.2, bold=True)
        p.add("center", "MAT WEAVING ACCOUNT")
        p.add("small", f"{FIRM}  |  Ghughumari, Cooch Behar")
        p.part = "body"
        no = str(rng.randrange(101, 899))
        cols(p, "wa", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Card No. {no}", "", txn=(INVOICE_RANK, no))
        fill(p, "Weaver", worker, merchant=worker)
        fill(p, "Date", on_day(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        spec = [(0.0, 0.42, "l"), (0.42, 0.56, "c"), (0.56, 0.66, "c"), (0.66, 0.8, "r"), (0.82, 1.0, "r")]
        cols(p, "wh", spec, "Mat", "Size", "Nos.", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, size_, lo, hi in rng.sample(MATS, rng.randrange(2, 4)):
            q = rng.randrange(1, 6)
            rate = rng.randrange(lo, hi, 10)
            hcells(p, spec, text.split(",")[0], size_, str(q), str(rate), num(float(q * rate), "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.42, 0.56, 0.66, 0.81])
        p.add("gap")
        write(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        return p.done()
    if k == 1:
        move(j, rng, PUJA - dt.timedelta(days=rng.randrange(1, 15)))
        j.amount = float(rng.choice([1501, 2001, 2501, 3001, 5001]))
        p = sheet(rng, font, [520, 560])
        envelope(p)
        p.part = "head"
        p.add("gap")
        p.add("small", f"{FIRM_CAPS}, GHUGHUMARI")
        p.part = "body"
        p.add("gap")
        bhand(p, "পুজোর বোনাস", scale=1.5)
        p.add("gap")
        write(p, worker, merchant=worker)
        write(p, f"Rs. {num(j.amount, 'indian', 0)}/- cash", amount=j.amount, method="cash")
        write(p, f"dt. {on_day(j, rng, ['%d/%m/%y', '{d}/%m/%Y', '%d.%m.%Y'])}", date=j.date)
        p.add("gap")
        bhand(p, "টাকা বুঝিয়া পাইলাম।", status=status)
        sig(p)
        return p.done()
    if k == 2:
        worker = rng.choice(["Puja Saha", "Tania Roy"])
        basic = float(rng.randrange(90, 150) * 100)
        hra = float(round(basic * 0.2, -1))
        conv = 1200.0
        pf = float(round(basic * 0.12))
        ptax = 130.0 if basic + hra + conv > 10000 else 110.0
        j.amount = basic + hra + conv - pf - ptax
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        cols(p, "zp0", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], FIRM, f"Payslip for the month of {j.month(1)}")
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.part = "body"
        p.add("left", "EMPLOYEE SUMMARY")
        spec = [(0.0, 0.24, "l"), (0.24, 0.56, "l"), (0.6, 1.0, "r")]
        h269.kind(p, "zs", spec, "plain", bold=(1,))
        h269.kind(p, "zsb", spec, "plain", bold=(1, 2))
        h269.row(p, "zs", "Employee Name", worker, "Employee Net Pay", merchant=worker)
        h269.row(p, "zsb", "Designation", "Sales Assistant", rs(j.amount), amount=j.amount)
        h269.row(p, "zs", "Pay Period", j.month(1), f"Paid Days: {rng.randrange(26, 31)}")
        h269.row(p, "zs", "Pay Date", on_day(j, rng, ["%d/%m/%Y", "%d %b %Y"]), "LOP Days: 0", date=j.date)
        p.add("gap")
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.54, 0.82, "l"), (0.82, 1.0, "r")]
        cols(p, "ze", spec2, "EARNINGS", "AMOUNT", "DEDUCTIONS", "AMOUNT", mode="line")
        cols(p, "zl", spec2, "Basic", num(basic), "EPF Contribution", num(pf), mode="line")
        cols(p, "zl", spec2, "House Rent Allowance", num(hra), "Professional Tax", num(ptax), mode="line")
        cols(p, "zl", spec2, "Conveyance", num(conv), "", "", mode="line")
        cols(
            p,
            "zl",
            spec2,
            "Gross Earnings",
            num(basic + hra + conv),
            "Total Deductions",
            num(pf + ptax),
            mode="line",
        )
        total(p, "Total Net Payable", rs(j.amount), at=0.6)
        utr = utr_of(rng, j, "UCO Bank", "NEFT")
        p.add("left", f"Paid by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        p.add("small", "This is a system generated payslip from Zoho Payroll.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (14, 40, 90))
        app_head(p, "JioFinance", "UPI")
        h287.tile(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed_note(
            p,
            "We're waiting for the bank's confirmation. Please don't pay again; this may take up to "
            "48 hours.",
            "warn",
        )
        vlab(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        vlab(p, "From", f"Jio Payments Bank {dot * 2}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 4:
        worker = rng.choice(["Bimal Dey", "Gopal Chandra Das"])
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Done"))
        app_head(p, "indie", "IndusInd Bank  |  UPI")
        p.add("center", "Payment successful", status=status)
        h279.wave(p, (214, 234, 250))
        p.add("gap")
        h273.avatar(p, h279.initials(worker), (140, 30, 40))
        p.add("small", "Paid to")
        p.add("center", worker, merchant=worker)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tiles2(
            p,
            ("UPI Ref. No.", j.ref),
            ("Date", on_day(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
            method="UPI",
        )
        p.add("small", "murta splitting, 12 days")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (240, 100, 30))
        app_head(p, "bob World", "Bank of Baroda  |  UPI")
        sicon(p, status)
        p.add("center", "Money sent", status=status)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"Bank of Baroda {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (200, 20, 40))
        app_head(p, "Vyom", "Union Bank of India  |  UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        boxed_note(
            p,
            "Transaction declined by the beneficiary's bank (U16: risk threshold exceeded). No amount "
            "has been "
            "debited.",
            "error",
        )
        two_up(
            p,
            "vy1",
            ("UPI Ref No.", j.ref),
            ("Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(
            p, "vy2", ("Paid to", worker), ("From", f"UBI XX{digits(rng, 4)}"), merchant=worker, method="UPI"
        )
        return p.done()
    worker = rng.choice(["Sabitri Dey", "Mina Barman", "Dipali Barman"])
    j.amount = float(rng.randrange(12, 80) * 100)
    p = sheet(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(250, 250, 244), (246, 244, 236)])
    h289.spiral(p)
    p.part = "body"
    p.add("gap")
    p.add("gap")
    bhand(p, "প্রাপ্তি রসিদ", scale=1.35)
    p.add("gap")
    bhand(p, "আমি ঘুঘুমারী শীতলপাটি উদ্যোগ হইতে")
    bhand(p, f"পাটি বোনার মজুরি বাবদ {num(j.amount, 'indian', 0)}/- টাকা", amount=j.amount)
    bhand(p, "নগদ বুঝিয়া পাইলাম।", method="cash", status=status)
    bhand(p, f"তারিখ: {on_day(j, rng, ['%d/%m/%Y', '{d}/%m/%y'])}", date=j.date)
    p.add("gap")
    thumb_mark(p, "")
    small_right(p, "Left thumb impression")
    write(p, worker, align="r", merchant=worker)
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


CBM = "Cooch Behar Municipality"
CBM_BN = "কোচবিহার পৌরসভা"
WB_BN = "পশ্চিমবঙ্গ সরকার"
LLR = "Land & Land Reforms and R.R. & R. Department, West Bengal"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed: Cooch Behar Municipality's money
    receipt for the showroom's Certificate of Enlistment renewed, under its Bengali name (ruled cells, each
    label's English over its Bengali: Receipt No., Enlistment No., Nature of trade, Financial Year, Fee,
    Payment Mode, Transaction ID, Payment Date); GRIPS 2.0's e-challan acknowledgement of the firm's
    profession tax under the state's Bengali name (Department, Head of Account, Depositor's Name, GRN, GRN
    Date, BRN, Amount, Payment Mode, Status in dot leaders); Banglarbhumi's khajna (land revenue) payment for
    the weaving shed's plot failed on a tinted band (the reason in a notice; Mouza, JL No., Khatian No., Plot
    No., Period (Bengali year 1433), Amount, GRN, Payment Mode, Attempted on in a table ruled on every side);
    the Income Tax Department's Challan Receipt (ITNS 280) for advance tax (two fields to a row in a table
    ruled on every side: PAN, Name; Assessment Year, Major Head; Minor Head, Amount; CIN, Bank Reference
    Number; BSR code, Challan No.; Date of Deposit, Mode); Ghughumari Gram Panchayat's receipt book under its
    Bengali name (No. left blank; Date, Received from, the sum in words and On account of written in; Rs. in a
    box; "in cash"; an oval stamp; no reference); the Directorate of Legal Metrology's e-receipt for the
    weaving shed's platform scale (Receipt No. beside Date; Instrument, Verification fee, Adjustment charges,
    Total, Mode, UPI Ref. on hairline rows); the Rash Mela Committee's STALL ALLOTMENT TOKEN drawn as a ticket
    under the Mela's Bengali name (Token No., Stall, Allottee, Stall fee, "Paid by UPI, Ref ..."; no day);
    ESIC's challan payment pending at the bank (a capsule, a notice; Challan No., Employer Code, Contribution
    Period, Amount, Transaction No., Bank, Initiated on each value over its label). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=400, high=26000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        j.amount = float(rng.choice([500, 750, 1000, 1500, 2000]))
        p = browser_page(rng, font, "wbmdfc.wb.gov.in/cbm/enlistment/receipt")
        p.part = "head"
        bengali(p, CBM_BN, scale=1.2, bold=True)
        top(p, CBM, merchant=CBM)
        p.add("small", "Certificate of Enlistment (trade)  |  Online money receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "MONEY RECEIPT", status=status)
        rno = f"CBM/EN/{fy(j.date)}/{digits(rng, 5)}"
        tid = f"CBM{j.date:%y}{digits(rng, 10)}"
        for en, bn, value, facts in [
            ("Receipt No.", "রসিদ নং", rno, {"txn": (INVOICE_RANK, rno)}),
            (
                "Enlistment No.",
                "এনলিস্টমেন্ট নং",
                f"CBM/{rng.randrange(1000, 9999)}/W-{rng.randrange(1, 21)}",
                {},
            ),
            ("Nature of trade", "ব্যবসার ধরন", "Handicraft showroom", {}),
            ("Financial Year", "আর্থিক বছর", f"20{fy(j.date)}", {}),
            ("Fee", "ফি", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "পেমেন্ট মোড", "Net Banking", {"method": "netbanking"}),
            ("Transaction ID", "লেনদেন আইডি", tid, {"txn": (TXN_RANK, tid)}),
            ("Payment Date", "তারিখ", on_day(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
        ]:
            nbox(p, en, bn, value, at=0.36, **facts)
        p.add("small", "This is a computer generated receipt and does not need a signature.")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([1250, 2500]))
        p = browser_page(rng, font, "wbifms.gov.in/GRIPS/challanAcknowledgement.do")
        p.part = "head"
        bengali(p, WB_BN, scale=1.1, bold=True)
        top(p, "Government of West Bengal")
        p.add("small", "GRIPS 2.0  |  Government Receipt Portal System  |  e-Challan Acknowledgement")
        p.add("rule")
        p.part = "body"
        grn = f"19{j.date:%y}{digits(rng, 12)}"
        brn = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        name = pick(
            p, "pair", ["Directorate of Commercial Taxes, West Bengal", "Directorate of Commercial Taxes"]
        )
        dots(p, "Department", name, at=0.3, merchant=name)
        dots(p, "Head of Account", "0028-00-107-001-16 (Profession Tax)", at=0.3)
        dots(p, "Depositor's Name", FIRM_CAPS, at=0.3)
        dots(p, "GRN", grn, at=0.3, txn=(TXN_RANK, grn))
        dots(p, "GRN Date", on_day(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.3, date=j.date)
        dots(p, "BRN", brn, at=0.3, txn=(BANK_RANK, brn))
        dots(p, "Amount", rs(j.amount), at=0.3, bold=True, amount=j.amount)
        dots(p, "Payment Mode", "Online (Net Banking - UCO Bank)", at=0.3, method="netbanking")
        dots(p, "Status", "Successful", at=0.3, status=status)
        p.add("small", "Period of enrolment 2026-27. Please keep this acknowledgement for your records.")
        return p.done()
    if k == 2:
        j.amount = float(rng.randrange(3, 60) * 10)
        p = browser_page(rng, font, "banglarbhumi.gov.in/BanglarBhumi/KhajnaPayment")
        p.part = "head"
        bengali(p, "বাংলারভূমি", scale=1.15, bold=True)
        name = pick(p, "title", [LLR, "L&LR Department, West Bengal"])
        top(p, name, merchant=name)
        p.add("small", "Banglarbhumi  |  Online khajna (land revenue) payment")
        p.add("rule")
        p.part = "body"
        grn = f"19{j.date:%y}{digits(rng, 12)}"
        h269.strip(p, "Payment Failed", status)
        boxed_note(
            p,
            "The payment was not completed at the bank. Your khajna remains due; any amount debited will be "
            "returned to your account.",
            "error",
        )
        grid(
            p,
            "kj",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Mouza", "Ghughumari"], {}),
                (["JL No.", str(rng.randrange(40, 160))], {}),
                (["Khatian No.", str(rng.randrange(100, 3000))], {}),
                (["Plot (Dag) No.", f"{rng.randrange(100, 2400)}"], {}),
                (["Period", "1433 B.S."], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["GRN", grn], {"txn": (TXN_RANK, grn)}),
                (["Payment Mode", "Net Banking (GRIPS)"], {"method": "netbanking"}),
                (["Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
            ],
            tint=(230, 238, 226),
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(20, 300) * 100)
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/challan-receipt")
        p.part = "head"
        name = pick(p, "title", ["Income Tax Department", "Income Tax Department, Govt. of India"])
        top(p, name, merchant=name)
        p.add("small", "e-Pay Tax  |  Challan Receipt  |  ITNS 280")
        p.add("rule")
        p.part = "body"
        cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}"
        brn = f"{digits(rng, 10)}"
        cno = f"{rng.randrange(10000, 99999)}"
        start_ = j.date.year + (1 if j.date.month >= 4 else 0)
        ay = f"{start_}-{(start_ + 1) % 100:02d}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")]
        grid(
            p,
            "it",
            spec,
            None,
            [
                (["PAN", f"{PAN[:5]}XXXX{PAN[-1]}", "Name", OWNER_CAPS], {}),
                (["Assessment Year", ay, "Major Head", "0021"], {}),
                (["Minor Head", "Advance Tax (100)", "Amount (Rs.)", num(j.amount)], {"amount": j.amount}),
                (["CIN", cin, "Bank Ref. No.", brn], {"txn": (BANK_RANK, brn)}),
                (["BSR code", digits(rng, 7), "Challan No.", cno], {"txn": (INVOICE_RANK, cno)}),
                (
                    ["Date of Deposit", on_day(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), "Mode", "Net Banking"],
                    {"date": j.date, "method": "netbanking", "status": status},
                ),
            ],
            tint=(232, 236, 244),
        )
        p.add("small", "Tax paid through UCO Bank. Taxpayer's counterfoil.")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([150, 200, 250, 300, 500]))
        p = sheet(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(248, 246, 232), (244, 244, 232)])
        one_pen(p)
        p.part = "head"
        bengali(p, "ঘুঘুমারী গ্রাম পঞ্চায়েত", scale=1.2, bold=True)
        name = "GHUGHUMARI GRAM PANCHAYAT"
        top(p, name, merchant=name)
        p.add("small", "Cooch Behar-II Development Block, Cooch Behar  |  Form 7 (receipt)")
        p.part = "body"
        p.add("rule")
        cols(p, "gp", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        fill(p, "Date", on_day(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fill(p, "Received from", FIRM)
        fill(p, "the sum of Rupees", f"{in_words(j.amount)} only")
        fill(p, "on account of", f"Trade certificate fee 20{fy(j.date)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("left", "in cash.", method="cash", status=status)
        h287.oval(p, ["GHUGHUMARI", "GRAM PANCHAYAT", "COOCH BEHAR"], "violet", at=0.3, rows_=4)
        sig(p)
        p.add("right", "Secretary / Tax Collector")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([350, 400, 450]))
        adj = float(rng.choice([0, 50, 100]))
        p = browser_page(rng, font, "legalmetrology.wb.gov.in/ereceipt")
        p.part = "head"
        name = pick(
            p, "title", ["Directorate of Legal Metrology, West Bengal", "Legal Metrology, West Bengal"]
        )
        top(p, name, merchant=name)
        p.add("small", "Verification and stamping of weights and measures  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"LMWB/CBR/{j.date:%Y}/{digits(rng, 6)}"
        cols(
            p,
            "lm",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {on_day(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("left", f"Received from: {FIRM}, {SHED}")
        h269.kind(p, "lmr", [(0.0, 0.42, "l"), (0.42, 1.0, "r")], "line")
        h269.row(p, "lmr", "Instrument", "Platform scale, 300 kg, Class III")
        h269.row(p, "lmr", "Verification fee", num(j.amount))
        h269.row(p, "lmr", "Adjustment charges", num(adj))
        total_ = j.amount + adj
        j.amount = total_
        h269.row(p, "lmr", "Total", rs(total_), amount=total_, status=status)
        h269.row(p, "lmr", "Mode", "UPI", method="UPI")
        h269.row(p, "lmr", "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", "Inspector, Legal Metrology, Cooch Behar")
        return p.done()
    if k == 6:
        move(j, rng, RASH - dt.timedelta(days=rng.randrange(5, 25)))
        j.amount = float(rng.choice([4500, 5000, 6500, 7500]))
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 244, 226), (246, 240, 230)])
        p.part = "head"
        bengali(p, "রাস মেলা ২০২৬", scale=1.2, bold=True)
        name = "RASH MELA COMMITTEE"
        top(p, name, merchant=name)
        p.add("small", f"{CBM}  |  Rash Mela 2026, Cooch Behar")
        p.part = "body"
        start = h279.ticket_open(p)
        p.add("center", "STALL ALLOTMENT TOKEN")
        tno = f"RM26/{rng.randrange(100, 999)}"
        p.pair("Token No.", tno, txn=(INVOICE_RANK, tno))
        p.pair("Stall", "41, Crafts Lane")
        p.pair("Allottee", clip(FIRM, 26))
        p.pair("Stall fee", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        tear = h279.ticket_tear(p)
        p.add("left", f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("small", "Show this token at the Mela gate to take possession of the stall.")
        h279.ticket_close(p, start, tear)
        return p.done()
    p = browser_page(rng, font, "www.esic.gov.in/EmployerPage/ChallanStatus")
    p.part = "head"
    name = pick(p, "title", ["Employees' State Insurance Corporation", "ESIC"])
    top(p, name, merchant=name)
    p.add("small", "Employer portal  |  Online challan")
    p.add("rule")
    p.part = "body"
    p.add("left", "Challan payment status")
    capsule(p, "Pending at bank", status)
    boxed_note(
        p,
        "The bank has not confirmed this payment yet. Do not pay the challan again; the status will be "
        "updated within 72 hours.",
        "warn",
    )
    cno = f"{digits(rng, 11)}"
    tno = f"ESIC{digits(rng, 12)}"
    vlab(p, "Challan No.", cno, txn=(INVOICE_RANK, cno))
    vlab(p, "Employer Code", digits(rng, 17), bold=False)
    vlab(p, "Contribution Period", j.month(1), bold=False)
    vlab(p, "Amount", rs(j.amount), amount=j.amount)
    vlab(p, "Transaction No.", tno, txn=(TXN_RANK, tno))
    vlab(p, "Bank", "State Bank of India (Internet Banking)", bold=False, method="netbanking")
    vlab(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), bold=False, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top or under its app's bar: LIC's RENEWAL PREMIUM RECEIPT for the
    proprietor's policy printed from Pay Direct under its Bengali name (a table ruled on every side two fields
    to a row: Receipt No., Receipt Date; Policy No., Plan / Term; Life Assured, Mode; Due Date, Premium; Late
    Fee, Total Amount; Paid through, Transaction No.); The New India Assurance's PREMIUM RECEIPT for the
    showroom's shopkeeper's policy (its sentence "Received with thanks from ... the sum of Rs. x towards
    premium ..."; Receipt No., Date, Policy No., Period, Net Premium, CGST 9%, SGST 9%, Total, Mode, UTR on
    hairline rows); ICICI Prudential Life's mail of the proprietor's premium received ("We have received your
    premium of <sum> on <day> ..."; Policy number, Plan, Premium, Payment mode, Next due date in dot leaders;
    no reference); The Oriental Insurance's PREMIUM RECEIPT cum TAX INVOICE for the firm's pickup (a striped
    table: Receipt No., Receipt Date, Policy No., Vehicle No., Premium, GST 18%, Total, Payment Mode,
    Transaction ID); ICICI Lombard's IL TakeCare app with a health renewal's card payment failed (the insurer
    under the app, a tinted band, the reason in a notice; Policy No., Premium, Payment ID, Card, Attempted on
    at the left and the right); Niva Bupa's renewal successful under a large tick (its sentence; Policy No.
    and Payment ID, Premium and Paid on, Mode and Members in tiles two to a row); Bajaj Allianz's shop
    insurance payment under process (a capsule, its stages left to right, a notice; Quote No., Premium (incl.
    GST), Transaction ID, Mode, Initiated on against a gutter); PNB MetLife's app with the proprietor's
    premium paid ("Today, <hour>"; the insurer under the app, Premium paid, the sum; a card: Policy No.,
    Transaction ID, Paid via; no day). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=2000, high=60000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    base = round(j.amount / 1.18, 2)
    gst = round((j.amount - base) / 2, 2)
    base = round(j.amount - 2 * gst, 2)
    if k == 0:
        prem = float(rng.randrange(60, 600) * 50 + rng.choice([0, 7, 13, 21]))
        late = float(rng.choice([0, 0, 0, 24, 37, 58]))
        j.amount = round(prem + late, 2)
        p = browser_page(rng, font, "ebiz.licindia.in/D2CPM/#/PaymentReceipt")
        p.part = "head"
        bengali(p, "ভারতীয় জীবন বিমা নিগম", scale=1.1, bold=True)
        name = pick(p, "title", ["Life Insurance Corporation of India", "LIC of India"])
        top(p, name, merchant=name)
        p.add("small", "Pay Direct  |  Renewal premium")
        p.add("rule")
        p.part = "body"
        p.add("center", "RENEWAL PREMIUM RECEIPT", status=status)
        rno = f"{digits(rng, 3)}{code(rng, 1, UPPER)}{digits(rng, 7)}"
        tno = f"LIC{j.date:%y%m%d}{digits(rng, 9)}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.68, "l"), (0.68, 1.0, "l")]
        grid(
            p,
            "lc",
            spec,
            None,
            [
                (
                    ["Receipt No.", rno, "Receipt Date", on_day(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (
                    [
                        "Policy No.",
                        str(digits(rng, 9)),
                        "Plan / Term",
                        f"{rng.choice(['736', '914', '945'])} / {rng.choice([15, 20, 21, 25])}",
                    ],
                    {},
                ),
                (["Life Assured", OWNER_CAPS, "Mode", rng.choice(["Yly", "Hly"])], {}),
                (["Due Date", when(earlier(rng, j, 1, 25), "%m/%Y"), "Premium", num(prem)], {}),
                (["Late Fee", num(late), "Total Amount", num(j.amount)], {"amount": j.amount}),
                (
                    ["Paid through", "Net Banking", "Transaction No.", tno],
                    {"method": "netbanking", "txn": (TXN_RANK, tno)},
                ),
            ],
            tint=(236, 232, 246),
        )
        p.add("small", "Receipt issued subject to realisation. Please retain for income tax purposes.")
        return p.done()
    if k == 1:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["The New India Assurance Co. Ltd.", "New India Assurance"])
        top(p, name, merchant=name)
        p.add("small", "Cooch Behar Branch Office (512700)  |  Shopkeeper's Policy")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        sentence(
            p,
            f"Received with thanks from M/s {FIRM} ({SHOP}) the sum of Rs. {num(j.amount)} towards "
            "premium for "
            "the policy below.",
            status=status,
        )
        rno = f"51270081{j.date:%y}{digits(rng, 6)}"
        utr = utr_of(rng, j, "UCO Bank", "NEFT")
        h269.kind(p, "ni", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line")
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Date", on_day(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Policy No.", f"5127004826{digits(rng, 8)}", {}),
            (
                "Period",
                f"{when(j.date, '%d/%m/%Y')} to "
                f"{when(j.date.replace(year=j.date.year + 1) - dt.timedelta(days=1), '%d/%m/%Y')}",
                {},
            ),
            ("Net Premium", num(base), {}),
            ("CGST 9%", num(gst), {}),
            ("SGST 9%", num(gst), {}),
            ("Total", rs(j.amount), {"amount": j.amount}),
            ("Mode", "NEFT", {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            h269.row(p, "ni", label, value, **facts)
        p.add("gap")
        p.add("right", "Branch Manager")
        return p.done()
    if k == 2:
        p = mail_page(
            rng, font, "ICICI Prudential Life <care@iciciprulife.com>", ["Premium received for your policy"]
        )
        p.part = "head"
        name = pick(
            p, "title", ["ICICI Prudential Life Insurance Co. Ltd.", "ICICI Prudential Life Insurance"]
        )
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        sentence(
            p,
            f"We have received your premium of {rs(j.amount)} on "
            f"{on_day(j, rng, ['{d} %B %Y', '%d-%b-%Y'])} for the "
            "policy below. Thank you for staying protected with us.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        dots(p, "Policy number", str(digits(rng, 8)), at=0.4)
        dots(p, "Plan", "ICICI Pru Signature", at=0.4)
        dots(p, "Premium", rs(j.amount), at=0.4, bold=True)
        dots(p, "Payment mode", "UPI AutoPay", at=0.4, method="UPI")
        dots(p, "Next due date", when(j.date.replace(year=j.date.year + 1), "%d-%b-%Y"), at=0.4)
        p.add("gap")
        p.add("small", "ICICI Prudential Life Insurance Co. Ltd., Mumbai. This is a system generated mail.")
        return p.done()
    if k == 3:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["The Oriental Insurance Co. Ltd.", "Oriental Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Siliguri Divisional Office  |  Private car / goods carrying vehicle")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT cum TAX INVOICE")
        rno = f"OIC/{j.date:%Y}/{digits(rng, 8)}"
        tid = f"OIC{digits(rng, 13)}"
        zebra(
            p,
            "or",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Particulars", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Receipt Date", on_day(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Policy No.", f"3131{digits(rng, 4)}/31/{j.date:%Y}/{digits(rng, 4)}"], {}),
                (["Vehicle No.", f"WB63{code(rng, 1, UPPER)}{rng.randrange(1000, 9999)} (Tata Ace)"], {}),
                (["Premium", num(base)], {}),
                (["GST 18%", num(round(2 * gst, 2))], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", f"Debit Card XX{digits(rng, 4)}"], {"method": "card", "status": status}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            ],
            (60, 100, 60),
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Retry payment",))
        band(p, (210, 80, 20))
        app_head(p, "IL TakeCare", "ICICI Lombard  |  Health renewal")
        name = pick(
            p, "center", ["ICICI Lombard General Insurance Co. Ltd.", "ICICI Lombard General Insurance"]
        )
        p.add("center", name, merchant=name)
        h269.strip(p, "Payment failed", status)
        boxed_note(
            p,
            "Your card was declined by the issuing bank. Your policy is still due for renewal; please retry.",
            "error",
        )
        pid = f"ILP{digits(rng, 12)}"
        kvr(p, "Policy No.", f"4128/{digits(rng, 8)}/00/000")
        kvr(p, "Premium", rs(j.amount), amount=j.amount)
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Card", f"Credit card XX{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "www.nivabupa.com/renewal/thank-you")
        p.part = "head"
        name = pick(p, "title", ["Niva Bupa Health Insurance", "Niva Bupa"])
        top(p, name, merchant=name)
        p.add("small", "Renewal  |  Payment confirmation")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Renewal successful", status=status)
        sentence(p, "Thank you! Your family floater policy is renewed for another year.")
        pid = f"NB{digits(rng, 14)}"
        tiles2(p, ("Policy No.", f"3{digits(rng, 8)}"), ("Payment ID", pid), txn=(TXN_RANK, pid))
        tiles2(
            p,
            ("Premium", rs(j.amount)),
            ("Paid on", on_day(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            amount=j.amount,
            date=j.date,
        )
        tiles2(p, ("Mode", "Net Banking"), ("Members", str(rng.randrange(2, 5))), method="netbanking")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "www.bajajallianz.com/buy-online/shop-insurance/payment-status")
        p.part = "head"
        name = pick(p, "title", ["Bajaj Allianz General Insurance", "Bajaj Allianz"])
        top(p, name, merchant=name)
        p.add("small", "My Shop Insurance  |  Payment status")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment under process", status)
        track(p, ["Quote", "Payment", "Policy issued"], "dp-")
        boxed_note(
            p,
            "We are yet to receive a confirmation from your bank. The policy will be issued once the "
            "payment is "
            "confirmed; please do not pay again.",
            "warn",
        )
        tid = f"BAGIC{digits(rng, 12)}"
        gutter(p, "bj", "Quote No.", f"Q{digits(rng, 10)}", at=0.36)
        gutter(p, "bj", "Premium (incl. GST)", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "bj", "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        gutter(p, "bj", "Mode", "Net Banking", at=0.36, method="netbanking")
        gutter(
            p,
            "bj",
            "Initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)),
            at=0.36,
            date=j.date,
        )
        return p.done()
    p = phone(rng, font, k, ["", "Premium"], dark=False, buttons=("Download receipt",))
    band(p, (0, 78, 140))
    app_head(p, "PNB MetLife", "Khushi  |  My policies")
    name = pick(p, "center", ["PNB MetLife India Insurance Co. Ltd.", "PNB MetLife India Insurance"])
    p.add("center", name, merchant=name)
    p.add("small", f"Today, {hhmm(rng)}")
    sicon(p, status)
    p.add("center", "Premium paid", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    c = card_open(p)
    tid = f"PMLI{digits(rng, 12)}"
    kvr(p, "Policy No.", str(digits(rng, 8)))
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid via", "UPI", method="UPI")
    card_close(p, c)
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("PATI BITAN", "KESHAB ROAD, COOCH BEHAR", "HDFC BANK", "hdfc"),
    ("PATI BITAN - RASH MELA", "RASH MELA GROUND, COOCH BEHAR", "STATE BANK OF INDIA", "pending"),
    ("HOTEL TEESTA REGENCY", "SEVOKE ROAD, SILIGURI", "AXIS BANK", "axis"),
    ("KASUNDI BENGALI KITCHEN", "GARIAHAT, KOLKATA", "Paytm", "paytm"),
    ("MAA SARADA FILLING STATION", "NH 31, PUNDIBARI, COOCH BEHAR", "Mswipe", "declined"),
    ("THE GANGES VIEW HOTEL", "Kolkata", "HDFC Bank", "alert"),
    ("RELIANCE DIGITAL", "Siliguri", "OneCard", "cardapp"),
    ("HOTEL KANCHAN VIEW", "GANDHI ROAD, DARJEELING", "", "folio"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's terminals and the firm's card elsewhere: HDFC Bank's SALE slip at Pati Bitan
    (DATE and TIME on a line; MID, TID, BATCH NUM, INVOICE NUM, the card with CHIP, APPR CODE, RRN; BASE AMT,
    TOTAL AMT; APPROVED - PIN VERIFIED OK, CUSTOMER COPY); State Bank of India's slip at the Rash Mela stall
    in the Mela's days with its status unknown (DATE, TIME, TID, INV NO, CARD, AMOUNT; STATUS UNKNOWN, HOST
    NOT REACHABLE, DO NOT RE-SWIPE - VERIFY WITH BANK); Axis Bank's CHARGE SLIP at a Siliguri hotel (DT and TM
    on a line, MID and TID on a line, BATCH and INV on a line, the card, AUTH, RRN, AMOUNT INR; APPROVED);
    Paytm's card machine's slip at a Kolkata restaurant (the counter under paytm's line; CARD SALE, Date,
    Time, TID, Card, Txn ID, RRN, Auth Code, Amount; Payment Successful); Mswipe's slip at a fuel station
    DECLINED (05 DO NOT HONOUR); HDFC Bank's e-mail alert of a spend on the firm's credit card at a Kolkata
    hotel ("Thank you for using your HDFC Bank Credit Card ending 1234 for Rs x at <merchant> on <dd-mm-yyyy
    hh:mm:ss>."; no reference); OneCard's app with a spend at an electronics store ("Today, <hour>"; the
    merchant's line and its town, the sum; Card, Transaction ID, Category at the left and the right; no day);
    a Darjeeling hotel's GUEST FOLIO settled by card (Bill No. beside Bill Date, Guest, Room, Arrival and
    Departure; the room nights, food and GST on hairline rows; TOTAL; "Settlement: VISA XX1234, Auth ...").
    All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=600, high=48000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "pending":
        move(j, rng, RASH + dt.timedelta(days=rng.randrange(0, 12)))
    if layout in ("declined", "paytm", "axis", "alert", "pending"):
        j.amount = rupees(rng, 700, 16000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "alert":
        p = mail_page(
            rng,
            font,
            "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
            ["Alert : Update on your HDFC Bank Credit Card"],
        )
        p.part = "head"
        top(p, "HDFC Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Card Member,")
        shown = name.title() if rng.random() < 0.5 else name
        sentence(
            p,
            f"Thank you for using your HDFC Bank Credit Card ending {last4} for Rs {num(j.amount)} at "
            f"{shown} on "
            f"{when(j.date, '%d-%m-%Y')} {t}.",
            amount=j.amount,
            merchant=shown,
            method="card",
            status=status,
            date=j.date,
        )
        sentence(
            p,
            "If this transaction was not done by you, please call 1800 202 6161 immediately.",
        )
        p.add("gap")
        p.add("small", "Warm Regards, HDFC Bank. This is a system generated alert; please do not reply.")
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction"], dark=True, buttons=("Get help",))
        app_head(p, "OneCard", "Transactions")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        mark = rupee(p.font)
        p.add("big", f"{mark}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Successful", status=status)
        p.add("gap")
        ref = f"{digits(rng, 12)}"
        kvr(p, "Card", f"Metal card {sign(font, chr(0x2022), '*') * 2}{last4}", method="card")
        kvr(p, "Transaction ID", ref, txn=(TXN_RANK, ref))
        kvr(p, "Category", "Electronics")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if layout != "folio" and rng.random() < 0.6:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    if layout == "folio":
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", f"{town} - 734101  |  GSTIN {gstin_of(rng, '19', 'F')}")
        p.add("rule")
        p.add("center", "GUEST FOLIO")
        p.part = "body"
        nights = rng.randrange(1, 4)
        arrive = j.date - dt.timedelta(days=nights)
        bno = f"F{rng.randrange(10000, 99999)}"
        cols(
            p,
            "fo",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Bill No.: {bno}",
            f"Bill Date: {when(j.date, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, bno),
            date=j.date,
        )
        cols(p, "fo", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Guest: {SON}", f"Room: {rng.randrange(101, 320)}")
        cols(
            p,
            "fo",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Arrival: {when(arrive, '%d/%m/%Y')}",
            f"Departure: {when(j.date, '%d/%m/%Y')}",
        )
        p.add("rule")
        tariff = float(rng.choice([2800, 3200, 3600, 4200]))
        room = tariff * nights
        food = float(rng.randrange(60, 300) * 10)
        gst_room = round(room * 0.05, 2)
        gst_food = round(food * 0.05, 2)
        j.amount = round(room + food + gst_room + gst_food, 2)
        kvr(p, f"Room charges ({nights} night{'s' if nights > 1 else ''})", num(room))
        kvr(p, "Food and beverage", num(food))
        kvr(p, "CGST + SGST on room", num(gst_room))
        kvr(p, "CGST + SGST on food", num(gst_food))
        total(p, "TOTAL", num(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Settlement: {scheme} XX{last4}, Auth {appr}",
            method="card",
            status=status,
            txn=(APPR_RANK, appr),
        )
        p.add("small", "Thank you for staying with us. Checkout 11 am.")
        return p.done()
    p.part = "head"
    if layout == "paytm":
        p.add("center", "paytm  |  Card Machine")
    else:
        p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "hdfc":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE: {when(j.date, '%d/%m/%Y')}   TIME: {t}", date=j.date)
        p.pair("MID", mid[:14])
        p.pair("TID", tid)
        p.pair("BATCH NUM", batch[-4:])
        p.pair("INVOICE NUM", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"{scheme}  XXXX XXXX XXXX {last4}  CHIP", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE AMT", fmt(j.amount))
        p.pair("TOTAL AMT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED - PIN VERIFIED OK", status=status)
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INV NO", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} ****{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "STATUS UNKNOWN", status=status)
        p.add("center", "HOST NOT REACHABLE")
        p.add("small", "DO NOT RE-SWIPE - VERIFY WITH BANK")
    elif layout == "axis":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        p.add("left", f"DT: {when(j.date, '%d-%b-%y').upper()}  TM: {t[:5]}", date=j.date)
        p.add("left", f"MID: {mid[:11]}  TID: {tid}")
        p.add("left", f"BATCH: {batch[-3:]}  INV: {inv[-3:]}", txn=(INVOICE_RANK, inv[-3:]))
        p.add("left", f"{scheme} CREDIT  XX{last4}", method="card")
        p.pair("AUTH", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT INR", f"{j.amount:,.2f}", amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    elif layout == "paytm":
        p.add("center", "CARD SALE")
        p.add("rule")
        ptx = f"{j.date:%Y%m%d}{digits(rng, 11)}"
        p.pair("Date", when(j.date, "%d %b %Y"), date=j.date)
        p.pair("Time", t[:5])
        p.pair("TID", tid)
        p.pair("Card", f"{scheme} **{last4}", method="card")
        p.pair("Txn ID", ptx[-14:], txn=(TXN_RANK, ptx[-14:]))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.add("rule")
        p.pair("Amount", fmt(j.amount), amount=j.amount)
        p.add("center", "Payment Successful", status=status)
        p.add("small", "Powered by Paytm")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d.%m.%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION DECLINED", status=status)
        p.add("center", "05 DO NOT HONOUR")
        p.add("small", "CONTACT YOUR CARD ISSUER")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


WBSEDCL = "West Bengal State Electricity Distribution Company Ltd."
WBSEDCL_BN = "পশ্চিমবঙ্গ রাজ্য বিদ্যুৎ বণ্টন কোম্পানি লিমিটেড"
CABLE = "SREE DURGA CABLE NETWORK"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The weaving shed's and the showroom's bills: WBSEDCL's ONLINE PAYMENT RECEIPT for the weaving shed
    under its Bengali name (Consumer ID, Consumer Name, Bill Month, Amount Paid, Transaction ID, Bank Ref.
    No., Payment Date, Payment Mode in a table ruled on every side under a tinted heading); BHIM's Bharat
    Connect receipt of the showroom's broadband bill (a large tick, Bill payment successful, the sum; Biller
    Name, Customer ID, B-Connect Txn ID, UPI Ref No., Date & Time, Payment mode in shaded labels); HP Pay's
    commercial LPG refill for the strips' boiling paid ("Today, <hour>"; the sum, "for HP Gas"; Booking No.
    and Transaction ID in tiles; no day); MyJio's postpaid bill payment failed (the company under the app, a
    tinted band, the reason in a notice; Jio Number, Amount, Order ID, Payment mode, Attempted on in dot
    leaders); BSNL Selfcare's landline bill paid (the company under the app, a Payment successful capsule, the
    sum; a striped table: Account No., Phone No., Bill Month, Transaction ID, Payment Date, Mode); Axis Bank
    FASTag's recharge pending for the firm's pickup (a capsule, a notice; Vehicle No., Tag ID, Recharge
    Amount, Transaction Ref., Mode, Initiated on against a gutter); the local cable operator's receipt book
    under its Bengali heading (No. left blank; Date, Name and Month written in; Rs. in a box; "cash" and the
    collector's signature; no reference); Cooch Behar Municipality's water charges payment receipt under its
    Bengali name (Holding No., Connection No., Period, Amount, Receipt No., Transaction ID, Paid on, Mode on
    hairline rows). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=300, high=16000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "portal.wbsedcl.in/webdynpro/resources/wbsedcl/online_payment_receipt")
        p.part = "head"
        bengali(p, WBSEDCL_BN, scale=1.0, bold=True)
        name = pick(p, "title", [WBSEDCL, "WBSEDCL"])
        top(p, name, merchant=name)
        p.add("small", "Cooch Behar Supply (Customer Care Centre)")
        p.add("rule")
        p.part = "body"
        tid = f"WBSE{digits(rng, 12)}"
        bref = str(digits(rng, 12))
        grid(
            p,
            "wb",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["ONLINE PAYMENT RECEIPT", ""],
            [
                (["Consumer ID", str(digits(rng, 9))], {}),
                (["Consumer Name", f"{OWNER_CAPS} ({FIRM_CAPS[:20].rstrip()})"], {}),
                (["Bill Month", j.month(1)], {}),
                (["Amount Paid", rs(j.amount)], {"amount": j.amount, "status": status}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Payment Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
                (["Payment Mode", "Net Banking"], {"method": "netbanking"}),
            ],
            tint=(250, 226, 200),
        )
        p.add(
            "small", "Thank you for paying online. The payment will reflect in your account within 48 hours."
        )
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([707, 943, 1179, 1415]))
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Done",))
        band(p, (16, 92, 72))
        app_head(p, "BHIM", "Bharat Connect  |  Bill payment")
        sicon(p, status)
        p.add("center", "Bill payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = "Airtel Broadband"
        bcx = f"CC0{code(rng, 4, UPPER)}{digits(rng, 8)}"
        kv(p, "Biller Name", name, at=0.42, merchant=name)
        kv(p, "Customer ID", f"0362{digits(rng, 6)}", at=0.42)
        kv(p, "B-Connect Txn ID", bcx, at=0.42, txn=(BANK_RANK, bcx))
        kv(p, "UPI Ref No.", j.ref, at=0.42, txn=(UTR_RANK, j.ref))
        kv(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.42, date=j.date)
        kv(p, "Payment mode", "UPI", at=0.42, method="UPI")
        return p.done()
    if k == 2:
        j.amount = round(rng.uniform(1650, 1960), 2)
        p = phone(rng, font, k, ["", "Order"], dark=False, buttons=("Track order",))
        band(p, (0, 84, 166))
        app_head(p, "HP Pay", "HP Gas  |  Commercial 19 kg")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for HP Gas", merchant="HP Gas")
        p.add("gap")
        tid = f"HPP{digits(rng, 12)}"
        tiles2(p, ("Booking No.", str(digits(rng, 10))), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "Distributor", "Cooch Behar Gas Service")
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([399, 449, 599, 749, 1099]))
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Try again",))
        band(p, (14, 58, 160))
        app_head(p, "MyJio", "Jio Postpaid")
        name = pick(p, "center", ["Reliance Jio Infocomm Ltd.", "Reliance Jio"])
        p.add("center", name, merchant=name)
        h269.strip(p, "Payment failed", status)
        boxed_note(
            p,
            "Your bank could not authorise the payment. No amount has been deducted; please retry.",
            "error",
        )
        oid = f"JIO{digits(rng, 14)}"
        dots(p, "Jio Number", f"7{digits(rng, 2)}XXXX{digits(rng, 4)}", at=0.4)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Order ID", oid, at=0.4, txn=(ORDER_RANK, oid))
        dots(p, "Payment mode", f"Credit card XX{digits(rng, 4)}", at=0.4, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        return p.done()
    if k == 4:
        j.amount = round(rng.uniform(480, 1600), 2)
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Download receipt",))
        band(p, (0, 92, 168))
        app_head(p, "BSNL Selfcare", "Landline  |  Pay bill")
        name = pick(p, "center", ["Bharat Sanchar Nigam Limited", "BSNL"])
        p.add("center", name, merchant=name)
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"BSNL{digits(rng, 12)}"
        zebra(
            p,
            "bs",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Receipt", ""],
            [
                (["Account No.", str(digits(rng, 10))], {}),
                (["Phone No.", f"03582-{digits(rng, 6)}"], {}),
                (["Bill Month", j.month(1)], {}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Date", on_day(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Mode", "UPI"], {"method": "UPI"}),
            ],
            (0, 92, 168),
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 3000]))
        p = browser_page(rng, font, "etc.axisbank.co.in/fastag/recharge/status")
        p.part = "head"
        name = pick(p, "title", ["Axis Bank FASTag", "Axis Bank"])
        top(p, name, merchant=name)
        p.add("small", "FASTag recharge  |  Status")
        p.add("rule")
        p.part = "body"
        capsule(p, "Recharge pending", status)
        boxed_note(
            p,
            "We have not received the confirmation from your bank yet. The tag will be credited as soon "
            "as it "
            "arrives; please do not recharge again.",
            "warn",
        )
        tref = f"AXFT{digits(rng, 12)}"
        gutter(p, "fx", "Vehicle No.", f"WB63{code(rng, 1, UPPER)}{rng.randrange(1000, 9999)}", at=0.38)
        gutter(p, "fx", "Tag ID", f"34161FA8{code(rng, 16, '0123456789ABCDEF')}", at=0.38)
        gutter(p, "fx", "Recharge Amount", rs(j.amount), at=0.38, amount=j.amount)
        gutter(p, "fx", "Transaction Ref.", tref, at=0.38, txn=(TXN_RANK, tref))
        gutter(p, "fx", "Mode", "Net Banking", at=0.38, method="netbanking")
        gutter(
            p,
            "fx",
            "Initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)),
            at=0.38,
            date=j.date,
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([250, 300, 350, 400]))
        p = sheet(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 236, 222), (236, 244, 252), (246, 246, 226)])
        one_pen(p)
        p.part = "head"
        bengali(p, "কেবল টিভি রসিদ", scale=1.1, bold=True)
        top(p, CABLE, merchant=CABLE)
        p.add("small", "Ghughumari Bazar, Cooch Behar  |  Ph. 94340XXXXX")
        p.part = "body"
        p.add("rule")
        cols(p, "cb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        fill(p, "Date", on_day(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fill(p, "Name", PROP)
        fill(p, "Month", j.month(0))
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "cash", method="cash", status=status)
        sig(p)
        p.add("right", "Collector")
        return p.done()
    j.amount = float(rng.randrange(6, 40) * 30)
    p = browser_page(rng, font, "cbmunicipality.in/watercharges/receipt")
    p.part = "head"
    bengali(p, CBM_BN, scale=1.15, bold=True)
    top(p, CBM, merchant=CBM)
    p.add("small", "Water Works Department  |  Water charges")
    p.add("rule")
    p.part = "body"
    p.add("center", "PAYMENT RECEIPT", status=status)
    rno = f"WC/{fy(j.date)}/{digits(rng, 6)}"
    tid = f"CBMW{digits(rng, 11)}"
    h269.kind(p, "wc", [(0.0, 0.4, "l"), (0.4, 1.0, "l")], "line")
    for label, value, facts in [
        ("Holding No.", f"{rng.randrange(1, 20)}/{rng.randrange(10, 400)}", {}),
        ("Connection No.", f"WC{digits(rng, 6)}", {}),
        ("Period", f"{j.month(3)} - {j.month(1)}", {}),
        ("Amount", rs(j.amount), {"amount": j.amount}),
        ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ("Paid on", on_day(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
        ("Mode", "UPI", {"method": "UPI"}),
    ]:
        h269.row(p, "wc", label, value, **facts)
    p.add("small", "This is an electronically generated receipt.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("State Bank of India", "JD-SBIUPI", "HAREN BARMAN", "UPI", "sms"),
    ("HDFC Bank", "AD-HDFCBK", "SRI DURGA VASTRALAYA", "UPI", "sms"),
    ("Punjab National Bank", "VM-PNBSMS", "BURRABAZAR COLOUR HOU", "NEFT", "sms"),
    ("Bank of Baroda", "", "SARASWATI PRESS", "NEFT", "mail"),
    ("Uttarbanga Kshetriya Gramin Bank", "AX-UBKGBS", "MAA TARA MURTA BHANDAR", "UPI", "bengali"),
    ("Canara Bank", "VK-CANBNK", "BIPLAB ROAD CARRIERS", "IMPS", "sms"),
    ("Axis Bank", "", "HOOGHLY JUTE BAG WORK", "NEFT", "whatsapp"),
    ("UCO Bank", "BP-UCOBNK", "MALLICK PACKERS AND M", "IMPS", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: SMS in State Bank of India's ("Dear UPI user A/C X1234
    debited by x on date <ddMonyy> trf to <PAYEE> Refno ... If not u? call 1800111109. -SBI"), HDFC Bank's
    ("Sent Rs.x From HDFC Bank A/C *1234 To <PAYEE> On <dd/mm/yy> Ref ... Not You? Call 18002586161/SMS BLOCK
    UPI to 7308080808"), Punjab National Bank's ("Your NEFT of Rs x from A/c XX1234 to <PAYEE> on <dd-mm-yy>,
    UTR ..., is pending at the beneficiary bank. Please do not re-initiate. -PNB"), Canara Bank's ("IMPS of
    Rs.x from A/c XX1234 to <PAYEE> on <dd/mm/yyyy> has failed. Ref No ... Amount debited, if any, will be
    credited back. -Canara Bank") and UCO Bank's ("A/c XX1234 Debited with Rs x on <dd-mm-yyyy> by
    IMPS/<ref>/<PAYEE>. Avl Bal Rs y -UCO Bank") wordings; Bank of Baroda's mail ("Rs. x has been debited from
    your A/c XX1234 on <dd-Mon-yyyy> towards NEFT to <PAYEE>. Total Avl Bal Rs. y."; no reference); Uttarbanga
    Kshetriya Gramin Bank's SMS in Bengali in a card in the phone's messages thread under its day divider
    ("আপনার অ্যাকাউন্ট XX1234 থেকে <dd-mm-yyyy> তারিখে UPI-এর মাধ্যমে <PAYEE> কে x টাকা পাঠানো হয়েছে। রেফ নং
    ...। -উত্তরবঙ্গ ক্ষেত্রীয় গ্রামীণ ব্যাংক" (from your account XX1234 on <day> x rupees have been sent to
    <PAYEE> by UPI; ref no ...)); Axis Bank's message on WhatsApp Banking under a "Today" divider ("INR x
    debited from A/c XX1234 to <PAYEE> via NEFT. UTR ..."; its hour; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 48000, 0.8)
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 40000, 900000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if bank == "State Bank of India":
            sbi = f"{j.amount:.1f}" if j.amount == round(j.amount) else f"{j.amount:.2f}"
            text = (
                f"Dear UPI user A/C X{tail} debited by {sbi} on date {when(j.date, '{d}%b%y')} trf to {to} "
                f"Refno {utr}. If not u? call 1800111109. -SBI"
            )
        elif bank == "HDFC Bank":
            text = (
                f"Sent Rs.{amt} From HDFC Bank A/C *{tail} To {to} On {when(j.date, '%d/%m/%y')} "
                f"Ref {utr} Not "
                "You? Call 18002586161/SMS BLOCK UPI to 7308080808"
            )
        elif bank == "Punjab National Bank":
            text = (
                f"Your NEFT of Rs {amt} from A/c XX{tail} to {to} on {when(j.date, '%d-%m-%y')}, "
                f"UTR {utr}, is "
                "pending at the beneficiary bank. Please do not re-initiate. -PNB"
            )
        elif bank == "Canara Bank":
            text = (
                f"IMPS of Rs.{amt} from A/c XX{tail} to {to} on {when(j.date, '%d/%m/%Y')} has failed. "
                "Ref No "
                f"{utr}. Amount debited, if any, will be credited back. -Canara Bank"
            )
        else:
            text = (
                f"A/c XX{tail} Debited with Rs {amt} on {when(j.date, '%d-%m-%Y')} by "
                f"IMPS/{utr}/{to}. Avl Bal "
                f"Rs {bal} -UCO Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "Bank of Baroda <alerts@bankofbaroda.com>", ["Transaction alert for your account"]
        )
        p.part = "head"
        top(p, "Bank of Baroda")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        sentence(
            p,
            f"Rs. {amt} has been debited from your A/c XX{tail} on {when(j.date, '%d-%b-%Y')} "
            "towards NEFT to "
            f"{to}. Total Avl Bal Rs. {bal}.",
            **facts,
        )
        p.add("gap")
        sentence(p, "If you have not done this transaction, please call 1800 5700 immediately to report it.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Bank of Baroda. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "bengali":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"আপনার অ্যাকাউন্ট XX{tail} থেকে {when(j.date, '%d-%m-%Y')} তারিখে UPI-এর মাধ্যমে {to} কে {amt} "
            f"টাকা পাঠানো হয়েছে। রেফ নং {utr}। -উত্তরবঙ্গ ক্ষেত্রীয় গ্রামীণ ব্যাংক"
        )
        h287.nwrap(p, text, share=0.94, scale=0.95, **facts)
        small_right(p, hhmm(rng, lower=True))
        card_close(p, s_)
        return p.done()
    p = phone(rng, font, k, ["Axis Bank"], dark=False, buttons=())
    p.part = "body"
    tick = sign(font, "\u2714", "")
    p.add("small", f"WhatsApp  |  {tick} Official business account".replace("|   ", "|  "))
    divider(p, "Today")
    p.add("gap")
    s_ = len(p.rows)
    p.add("left", "Dear Customer,")
    p.add("left", f"INR {amt} debited from A/c", amount=j.amount, status=status)
    p.add("left", f"XX{tail} to {to}", merchant=to)
    p.add("left", f"via NEFT. UTR: {utr}", method=method, txn=(UTR_RANK, utr))
    p.add("left", "Not you? Reply BLOCK.")
    bubble(p, s_, hhmm(rng, lower=True))
    return p.done()

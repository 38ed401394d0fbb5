"""The twelve heldout281 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Lippan kaam (mud-and-mirror relief work) artisans' studio's year of 2026 in
Bhuj, Kutch, Gujarat (Aabhla Lippan Kaam Studio, a partnership firm of Rabari, Mutwa and Meghwal artisans of
Banni: its workshop at Madhapar, Aabhla Karigar Shala, where the artisans raise Lippan's white clay relief of
arches, peacocks, camels and mandalas on mud and on MDF boards and set round, diamond and triangle mirrors in
it, and where visitors learn the craft; its shop near the Aina Mahal in Bhuj, Aabhla Haat; its stall at the
Rann Utsav's crafts bazaar at Dhordo; murals for hotels, tents, a port's lounge and a business school; the web
shop aabhla.in, Meesho and buyers abroad), told by the proofs of payment it receives (buyers' PhonePe, BHIM,
Paytm, Navi, Amazon Pay, Airtel Thanks and POP screens and PhonePe Business on the Haat's phone; Garvi
Gurjari, the Tent City at Dhordo through ICICI Bank, the Deendayal Port Authority through SBI's CMP, Meesho,
an Ahmedabad architects' firm's Vyom screen, the Kutch Collectorate through IFMS Gujarat, IIM Ahmedabad
through Oracle iSupplier and a Mandvi buyer's post card; HSBC UK, Mashreq, KCB, TD, Westpac, SMBC Trust, UBS
and DBS; its own invoices, cash memo, payment page, advance receipt, order page, gift voucher, receipt book
and roll) and those it makes (an MDF dealer, Flipkart Wholesale, a mirror cutter, Itsy Bitsy, a Morbi box
maker, India Post, GoDaddy and a Banni clay seller; ICICI Bank's InstaBIZ, the Kutch Mercantile Co-op Bank,
RBL Bank, Indian Overseas Bank, Bank of Baroda's branch, South Indian Bank, Khatabook and Bandhan Bank; its
artisans' and staff's account card, screens, payslip, advance voucher and a money transfer agent's receipt;
Bhuj Nagarpalika, Cyber Treasury Gujarat, ESIC, the Tourism Corporation of Gujarat, DGFT, the Gujarat Labour
Welfare Board, Vahan and Hodka Gram Panchayat; eight insurers; cards on its three terminals and at an
Ahmedabad hotel, a hardware store, a Mandvi shop and a Bhujodi weaver's; PGVCL, GTPL, Airtel, Gujarat Gas,
d2h, a water tanker, Indane and JioFiber; the banks' SMS, a Gujarati SMS, a mail, a notification shade and
Truecaller's card). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is
read back from the rows the page keeps. Headings, footers, the units' lines, salutations, Gujarati lines (but
a bank's SMS in Gujarati, whose figures and payee carry the facts, and a Gujarati label's value, a Gujarati
hand's sum and its "cash received"), items, mandalas, frames, mirrors, boards, boxes, shawls, counts, rates,
taxable values, GST, TDS, fees, charges, shipping, tendered cash and change, balances, gross sums and
deductions, converted and INR sums, FX rates, periods, months, years, financial years, invoice and order days,
validity and tax-upto days, account, policy, proposal, quote, consumer, subscriber, enrolment, property,
registration, employer, scheme, certificate, cover note, article, voucher, Cash Memo and card numbers, IEC,
PAN, GSTIN, Udyam numbers, IFSC, UPI IDs, QR codes, barcodes, stamps, scribbles, thumb boxes, borders,
roundels, bandhani bands, confetti, share sheets, quick tiles, folded corners, tape, spike holes and post card
stamps carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page`` and ``paper_page`` heldout140's; ``right`` heldout152's; ``fits`` and ``place`` heldout123's;
``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``paper`` and
``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and
``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's;
heldout269's rows (``kind``, ``row``, ``cols``, ``kv``, ``kvr``, ``zebra``, ``total``, ``strip``, ``thumb``,
``bars``, ``qr``, ``sms_page``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``, ``lab``,
``fill``, ``fill2``, ``hand``, ``amtbox``, ``tt``, ``perf``, ``rstamp``, rounded cards), heldout273's
(``pill``, ``track``, ``hcells``, ``ledger``, ``bubble``, ``cell_name``), heldout275's (``dlab``, ``sicon``,
``sig``, ``divider``, ``gutter``, ``tabs``, ``bahi``), heldout277's ``split`` and heldout279's ``phone``,
``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``day_in`` and ``shift``, written in this set's pens
and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout279's), each page's rows drawn by
heldout279's ``_render`` and then by this set's own ``_render`` in the lines it leaves for them: Gujarati
lines, labels (after a slash on one line, or over their English in two) and hand in Noto Sans and Noto Serif
Gujarati, shaped by Raqm; a Lippan roundel as a letterhead's emblem (a disc of mud with clay arches, petals
and a ring of small mirrors round a mirror at its heart); a divider of clay zigzags set with lozenge mirrors;
a bandhani band of tied dots; a Lippan border (a band of mud plaster with a raised clay zigzag, a mirror in
each bend and a large mirror at each corner); a burst of confetti; a digital receipt's card with a zigzag
foot; a fieldset's box with its legend in its top rule; a phone's share sheet with its app icons; a
notification shade's quick tiles and brightness slider; a post card's printed stamp, its rule between message
and address and the address's lines; a folded corner; two strips of tape; a bill spike's hole; a duplicate
pad's tinted leaf. The pages' layouts and wordings are this set's own."""

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
    bars,
    bold_of,
    cols,
    kind,
    kv,
    kvr,
    qr,
    row,
    sms_page,
    strip,
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
    perf,
    rstamp,
    tt,
)
from bench.receipt_sets.heldout273_families import (
    bubble,
    hcells,
    ledger,
    pill,
    track,
)
from bench.receipt_sets.heldout275_families import (
    divider,
    gutter,
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
    phone,
    phone_no,
    pick,
    shift,
    tail,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
GUJ = "noto/NotoSansGujarati-Regular.ttf"
GUJ_BOLD = "noto/NotoSansGujarati-Bold.ttf"
GUJ_SERIF = "noto/NotoSerifGujarati-Regular.ttf"
GUJ_SERIF_BOLD = "noto/NotoSerifGujarati-Bold.ttf"
# the upright Latin face a Gujarati hand writes its figures and capitals in
HAND_LATIN = "dejavu/DejaVuSerifCondensed.ttf"
# the hands that write on this set's papers: italics and obliques in another mix than heldout277's to
# heldout279's
PENS = [
    "liberation2/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
]
INKS = [(22, 44, 128), (30, 30, 86), (40, 36, 44), (14, 78, 96), (96, 28, 52)]
# the faces a page's fixed-width lines are printed in (a dot-matrix's, a bank printer's, a terminal's)
TYPES = [
    "noto/NotoMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
]
# Lippan's grounds (the mud plaster of a bhunga's wall, dark or red earth), its white clay relief and the
# mirrors' silver
MUDS = [
    [(118, 74, 46), (250, 246, 236), (206, 214, 222)],
    [(92, 58, 40), (246, 240, 226), (198, 208, 220)],
    [(150, 72, 44), (252, 248, 240), (214, 220, 228)],
    [(64, 52, 48), (244, 238, 228), (200, 210, 224)],
]
# bandhani's grounds and its tied dots
BANDHANI = [
    [(150, 22, 40), (252, 236, 200)],
    [(32, 60, 120), (250, 240, 214)],
    [(18, 110, 86), (252, 238, 190)],
    [(196, 90, 20), (255, 244, 214)],
]

# ---------------------------------------------------------------- the studio

STUDIO = "Aabhla Lippan Kaam Studio"
STUDIO_CAPS = STUDIO.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "AABHLA LIPPAN KAAM STUD"
STUDIO_GU = "આભલા લીંપણ કામ સ્ટુડિયો"
SHALA = "Aabhla Karigar Shala"
SHALA_CAPS = SHALA.upper()
SHALA_GU = "આભલા કારીગર શાળા"
HAAT = "Aabhla Haat"
HAAT_CAPS = HAAT.upper()
HAAT_GU = "આભલા હાટ"
WEB = "aabhla.in"
UDYAM = "UDYAM-GJ-03-0027415"
PAN = "ABJFA4817M"
GSTIN = "24ABJFA4817M1Z6"
OFFICE = "Plot 12, Lakhond Road, Madhapar, Bhuj - 370020 (Kutch)"
SHALA_AT = "Lakhond Road, Madhapar, Bhuj - 370020"
HAAT_AT = "Shop 3, near Aina Mahal, Darbargadh Chowk, Bhuj - 370001"
STALL_AT = "Stall 27, Crafts Bazaar, Rann Utsav, Dhordo"
PARTNER = "Smt. Jasuben Rabari"
# the Rann Utsav's crafts bazaar at Dhordo, 10 November to 15 December 2026; the studio's stall is No. 27
RANN = dt.date(2026, 11, 10)
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Bank of India": "BKID",
    "Union Bank of India": "UBIN",
    "Central Bank of India": "CBIN",
    "The Kutch Mercantile Co-op Bank": "KMCB",
    "Saraswat Bank": "SRCB",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "RBL Bank": "RATN",
    "Indian Overseas Bank": "IOBA",
    "South Indian Bank": "SIBL",
    "Bandhan Bank": "BDBL",
    "IDBI Bank": "IBKL",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Bank of Baroda": "BoB",
    "Bank of India": "BOI",
    "Union Bank of India": "Union Bank",
    "ICICI Bank": "ICICI",
    "HDFC Bank": "HDFC",
    "Axis Bank": "Axis",
    "Kotak Mahindra Bank": "Kotak",
}
# the studio's work: name, HSN, price each (low, high)
WORKS = [
    ("Lippan mandala, round 12 in, mirrors", "4421", 1200, 2600),
    ("Lippan mandala, round 18 in, mirrors", "4421", 2400, 4800),
    ("Lippan mirror frame, 14 x 14 in", "7009", 1500, 3200),
    ("Lippan wall plate, bhunga motif, 10 in", "4421", 700, 1500),
    ("Lippan key holder, 5 hooks", "4421", 550, 1100),
    ("Lippan panel, peacock pair, 2 x 1 ft", "4421", 3200, 6500),
    ("Lippan wall clock, 12 in", "9105", 1600, 3000),
    ("Lippan coasters, set of 4", "4421", 450, 900),
    ("Lippan toran, door hanging, 3 ft", "4421", 1400, 2800),
    ("Lippan tealight panel, camel", "4421", 650, 1300),
]
CUSTOMERS = [
    "Mrs. Hetal Shah",
    "Mr. Kunal Thakkar",
    "Ms. Riya Menon",
    "Dr. Farhan Khatri",
    "Mrs. Nisha Joshi",
    "Mr. Arjun Bhatia",
    "Ms. Zeenat Memon",
]
# the studio's artisans: Rabari women, Mutwa and Meghwal men and women of Banni
ARTISANS = [
    "Jasiben Rabari",
    "Valiben Rabari",
    "Hasan Mutwa",
    "Rahima Mutwa",
    "Kanku Meghwal",
    "Ramiben Marwada",
    "Salim Mutwa",
    "Devuben Rabari",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The studio's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 4) if lo < 1000 else 1 if lo > 2000 else rng.randrange(1, 3)
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 10))))
    return out


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


def gstin_of(rng: random.Random, state: str = "24", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


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


def ext(p: Screen) -> dict:
    return p.style.setdefault(
        "h281", {"marks": {}, "decor": [], "zig": [], "boxes": [], "sheet": None, "post": None}
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


# ---------------------------------------------------------------- Gujarati


def is_guj(ch: str) -> bool:
    return "\u0a80" <= ch <= "\u0aff" or ch in "\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Gujarati and of other letters (a space stays with the run it follows)."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        t = is_guj(ch)
        if ch == " " and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


def guj_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return GUJ_SERIF_BOLD if bold else GUJ_SERIF
    return GUJ_BOLD if bold else GUJ


def gwidth(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    """The width of a line of Gujarati and Latin runs: the Gujarati in Noto's face at 0.96 of the size."""
    width = 0.0
    for t, part in runs(text):
        face = (
            load_font(guj_face(bold, serif), int(size * 0.96))
            if t
            else load_font(bold_of(latin) if bold else latin, size)
        )
        width += face.getlength(part)
    return width


def gok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for t, part in runs(text):
        face = guj_face(bold, serif) if t else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_guj(
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
    """A line of Gujarati and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for t, part in runs(text):
        face = load_font(guj_face(bold, serif), int(size * 0.96)) if t else lface
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def guj(
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
    """A line in Gujarati (Kutch's written language: a name over its English, a heading, a thanks), its Latin
    runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert gok(text, p.font, bold=bold, serif=serif), text
    assert gwidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t81gu", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def guj_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Gujarati sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and gwidth(f"{line} {word}", p.font, size) > room:
            guj(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    guj(p, line, scale=scale, align="l", **(facts if first else {}))


def gkv(
    p: Screen, gujarati: str, english: str, value: str, *, at: float = 0.5, bold: bool = False, **facts
) -> None:
    """A label in Gujarati with its English after a slash in the label's ink, the value set to the right
    end of the line, a hairline under it (a Gujarat office's or bank's form). One line high."""
    size = p.style["size"]
    label = f"{gujarati} / {english}"
    assert gok(gujarati, p.font) and glyphs(p.font, english), (gujarati, english)
    need = gwidth(label, p.font, int(size * 0.92))
    assert need + 10 <= at * room_of(p), (label, need, at * room_of(p))
    vfont = bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value), value
    assert load_font(vfont, size).getlength(value) <= (1 - at) * room_of(p) - 10, value
    put(p, "t81gkv", gujarati, english, value, mark_=[bold], **facts)


def glab(
    p: Screen, gujarati: str, english: str, value: str, *, at: float = 0.34, pen: bool = True, **facts
) -> None:
    """A form's label in two lines, its Gujarati over its English in small letters, and the value at ``at``
    of the room between them, written by hand (``pen``) or printed; a hairline under the pair. Two lines
    high."""
    size = p.style["size"]
    assert gok(gujarati, p.font) and glyphs(p.font, english), (gujarati, english)
    need = max(
        gwidth(gujarati, p.font, int(size * 0.9)), load_font(p.font, int(size * 0.74)).getlength(english)
    )
    assert need + 10 <= at * room_of(p), (gujarati, english, need, at * room_of(p))
    vfont = hand_pen(p) if pen else p.font
    assert glyphs(vfont, value), value
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert vface.getlength(value) <= (1 - at) * room_of(p) - 10, (value, vface.getlength(value))
    put(p, "t81gl", gujarati, english, value, mark_=[at, pen], **facts)
    p.add("gap")


def ghand(p: Screen, text: str, *, align: str = "l", scale: float = 1.15, figure: str = "", **facts) -> None:
    """A line written by hand in Gujarati: Noto Serif Gujarati and an upright Latin face for its figures,
    slanted as a hand slants it, in the page's ink; ``figure`` written at the right end of the line (a sum in
    a bill's column)."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert gok(text + figure, HAND_LATIN, serif=True), text
    need = gwidth(text, HAND_LATIN, size, serif=True) + size * 0.4
    if figure:
        need += gwidth(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t81gh", text, figure, mark_=[align, scale], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def mandala(p: Screen) -> None:
    """A Lippan roundel as a letterhead's emblem: a disc of mud with rings of white clay relief, petals and
    arches raised round a round mirror at its heart and a ring of small mirrors; centred, three lines high."""
    put(p, "t81man", "", mark_=[[list(c) for c in p.rng.choice(MUDS)], p.rng.randrange(6, 10)])
    p.add("gap")
    p.add("gap")


def mirror_rule(p: Screen) -> None:
    """A divider across the page: a raised clay line of zigzags with small lozenge mirrors set in each of its
    bends; one line high."""
    put(p, "t81rule", "", mark_=[list(c) for c in p.rng.choice(MUDS)])


def bandhani(p: Screen) -> None:
    """A letterhead's band of bandhani: a dyed ground across the page with its tied dots in fours and in
    diamonds; one line high."""
    put(p, "t81bd", "", mark_=[list(c) for c in p.rng.choice(BANDHANI)])


def lippan_border(p: Screen) -> None:
    """A Lippan border round the page: a band of mud plaster with a raised white clay zigzag along it and a
    round mirror in every bend, a white clay rule inside it and a large mirror ringed in clay at each
    corner."""
    ext(p)["border"] = [list(c) for c in p.rng.choice(MUDS)]


def confetti(p: Screen) -> None:
    """A burst of confetti across three lines left empty for it (an app's celebration of a payment made):
    strips, dots and stars in bright colours round a ring of sparks."""
    put(p, "t81conf", "", mark_=p.rng.randrange(10**6))
    p.add("gap")
    p.add("gap")


def zig_open(p: Screen) -> int:
    p.add("gap")
    return len(p.rows)


def zig_close(p: Screen, start: int) -> None:
    """A digital receipt's card round the rows from ``start`` to the last added: white on the app's grey, its
    foot cut in a zigzag as a till roll is torn."""
    p.add("gap")
    ext(p)["zig"].append([start, len(p.rows) - 1])
    p.add("gap")


def box_open(p: Screen, title: str) -> int:
    """A fieldset's legend: ``title`` set into the top rule of a ruled box (drawn by ``box_close``)."""
    assert glyphs(bold_of(p.font), title), title
    face = load_font(bold_of(p.font), int(p.style["size"] * 0.86))
    assert face.getlength(title) + 60 <= room_of(p), title
    return put(p, "t81leg", title)


def box_close(p: Screen, start: int) -> None:
    """A ruled box from the legend at ``start`` to the last row added (a portal's fieldset)."""
    ext(p)["boxes"].append([start, len(p.rows) - 1])
    p.add("gap")


def share_sheet(p: Screen, apps: list[str]) -> None:
    """A phone's share sheet pulled up at the foot of the screen: its grabber, "Share via", a row of round
    app icons with their names under them (a light screen's); three lines high."""
    assert not p.style["h106"]["dark"]
    face = load_font(p.font, int(p.style["size"] * 0.66))
    for name in apps:
        assert glyphs(p.font, name) and face.getlength(name) <= room_of(p) / len(apps) - 6, name
    p.add("gap")
    ext(p)["sheet"] = len(p.rows)
    p.add("small", "Share via")
    put(p, "t81apps", *apps)
    p.add("gap")
    p.add("gap")


def shade(p: Screen) -> None:
    """A phone's notification shade pulled down: a row of round quick-setting tiles and a brightness slider
    under them; two lines high."""
    put(p, "t81tiles", "", mark_=p.rng.randrange(1, 5))
    put(p, "t81slide", "", mark_=p.rng.uniform(0.35, 0.85))


def decor(p: Screen, what: str) -> None:
    """A mark on the page itself: "dogear" (its top right corner folded down), "tape" (two strips of clear
    tape holding a chit at its top corners), "spike" (a shop's bill spike's hole through its top and the
    tears round it) or "pad" (a duplicate pad's tinted leaf)."""
    ext(p)["decor"].append([what, p.rng.randrange(10**6)])


def postcard(p: Screen) -> None:
    """An inland post card: its buff card, the printed stamp at its top right with the Post Card's words, a
    rule down the card between the message and the address, and the address's ruled lines."""
    p.style["paper"] = p.rng.choice([(244, 232, 196), (240, 226, 186), (246, 236, 204)])
    ext(p)["post"] = [p.rng.randrange(10**6), p.rng.choice([(176, 40, 44), (40, 96, 150), (124, 60, 140)])]


# ---------------------------------------------------------------- drawing


def _mirror(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, silver, clay) -> None:
    """A round mirror set in clay: a white clay ring, the glass's silver and its glint."""
    draw.ellipse((cx - r - 2, cy - r - 2, cx + r + 2, cy + r + 2), fill=clay)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=silver)
    dark = tuple(max(0, c - 70) for c in silver)
    draw.arc((cx - r, cy - r, cx + r, cy + r), 20, 160, fill=dark, width=1)
    g = max(1.0, r * 0.35)
    draw.ellipse(
        (cx - r * 0.5 - g / 2, cy - r * 0.5 - g / 2, cx - r * 0.5 + g / 2, cy - r * 0.5 + g / 2),
        fill=(255, 255, 255),
    )


def _lozenge(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, silver, clay) -> None:
    draw.polygon([(cx, cy - r - 2), (cx + r + 2, cy), (cx, cy + r + 2), (cx - r - 2, cy)], fill=clay)
    draw.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=silver)
    draw.point((cx - r * 0.3, cy - r * 0.3), fill=(255, 255, 255))


def _zigzag(
    draw: ImageDraw.ImageDraw, x0: float, x1: float, cy: float, amp: float, step_: float, clay, width=2
):
    pts = []
    x = x0
    n = 0
    while x <= x1:
        pts.append((x, cy - amp if n % 2 == 0 else cy + amp))
        x += step_
        n += 1
    if len(pts) > 1:
        draw.line(pts, fill=clay, width=width, joint="curve")
    return pts


def _border(draw: ImageDraw.ImageDraw, w: int, h: int, pal) -> None:
    mud, clay, silver = (tuple(c) for c in pal)
    draw.rectangle((2, 2, w - 3, h - 3), outline=mud, width=20)
    draw.rectangle((24, 24, w - 25, h - 25), outline=mud, width=1)
    draw.rectangle((26, 26, w - 27, h - 27), outline=clay, width=1)
    # the zigzag along each side, a mirror in every upper bend
    for y in (12, h - 13):
        pts = _zigzag(draw, 34, w - 34, y, 4, 14, clay)
        for n, (px, py) in enumerate(pts):
            if n % 2 == 1:
                _mirror(draw, px, py - 1 if y < h / 2 else py + 1, 2.2, silver, clay)
    for x in (12, w - 13):
        pts = []
        yy = 34
        n = 0
        while yy <= h - 34:
            pts.append((x - 4 if n % 2 == 0 else x + 4, yy))
            yy += 14
            n += 1
        if len(pts) > 1:
            draw.line(pts, fill=clay, width=2, joint="curve")
        for n, (px, py) in enumerate(pts):
            if n % 2 == 1:
                _mirror(draw, px, py, 2.2, silver, clay)
    for cx, cy in ((12, 12), (w - 13, 12), (12, h - 13), (w - 13, h - 13)):
        draw.ellipse((cx - 10, cy - 10, cx + 10, cy + 10), fill=mud, outline=clay, width=2)
        _mirror(draw, cx, cy, 5, silver, clay)


def _mandala(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, pal, petals: int) -> None:
    mud, clay, silver = (tuple(c) for c in pal)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=mud)
    draw.ellipse((cx - r + 3, cy - r + 3, cx + r - 3, cy + r - 3), outline=clay, width=2)
    # arches of clay round the rim, a small mirror in each
    n_arch = petals * 2
    for n in range(n_arch):
        a = 2 * math.pi * n / n_arch
        ax, ay = cx + math.cos(a) * r * 0.78, cy + math.sin(a) * r * 0.78
        ar = r * 0.13
        draw.arc((ax - ar, ay - ar, ax + ar, ay + ar), 0, 360, fill=clay, width=1)
        _mirror(draw, ax, ay, max(1.6, ar * 0.45), silver, clay)
    # petals of clay round the heart
    for n in range(petals):
        a = 2 * math.pi * n / petals - math.pi / 2
        pts = []
        for t in range(9):
            u = t / 8
            d = r * (0.22 + 0.36 * u)
            wdt = r * 0.13 * math.sin(math.pi * u)
            pts.append((cx + d * math.cos(a) - wdt * math.sin(a), cy + d * math.sin(a) + wdt * math.cos(a)))
        for t in range(8, -1, -1):
            u = t / 8
            d = r * (0.22 + 0.36 * u)
            wdt = r * 0.13 * math.sin(math.pi * u)
            pts.append((cx + d * math.cos(a) + wdt * math.sin(a), cy + d * math.sin(a) - wdt * math.cos(a)))
        draw.polygon(pts, outline=clay)
    draw.ellipse((cx - r * 0.2, cy - r * 0.2, cx + r * 0.2, cy + r * 0.2), outline=clay, width=2)
    _mirror(draw, cx, cy, r * 0.14, silver, clay)


def _bandhani(draw: ImageDraw.ImageDraw, x0: float, x1: float, y0: float, y1: float, pal) -> None:
    ground, dot = (tuple(c) for c in pal)
    draw.rectangle((x0, y0, x1, y1), fill=ground)
    cy = (y0 + y1) / 2
    x = x0 + 10
    n = 0
    while x < x1 - 8:
        if n % 3 == 2:
            for dx, dy in ((0, -5), (5, 0), (0, 5), (-5, 0)):
                draw.ellipse((x + dx - 1.6, cy + dy - 1.6, x + dx + 1.6, cy + dy + 1.6), fill=dot)
            draw.ellipse((x - 1.2, cy - 1.2, x + 1.2, cy + 1.2), fill=(250, 200, 60))
        else:
            for dx, dy in ((-2, -2), (2, -2), (-2, 2), (2, 2)):
                draw.ellipse((x + dx - 1.3, cy + dy - 1.3, x + dx + 1.3, cy + dy + 1.3), fill=dot)
        x += 12
        n += 1


def _confetti(draw: ImageDraw.ImageDraw, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    crng = random.Random(seed)
    colours = [(244, 67, 54), (255, 193, 7), (33, 150, 243), (76, 175, 80), (156, 39, 176), (255, 112, 67)]
    for _ in range(70):
        x, y = crng.uniform(x0, x1), crng.uniform(y0 + 4, y1 - 4)
        c = crng.choice(colours)
        shape = crng.randrange(3)
        if shape == 0:
            a = crng.uniform(0, math.pi)
            ln = crng.uniform(5, 11)
            draw.line((x, y, x + ln * math.cos(a), y + ln * math.sin(a)), fill=c, width=3)
        elif shape == 1:
            rr = crng.uniform(2, 3.5)
            draw.ellipse((x - rr, y - rr, x + rr, y + rr), fill=c)
        else:
            rr = crng.uniform(3, 5)
            draw.polygon(
                [
                    (x, y - rr),
                    (x + rr * 0.3, y - rr * 0.3),
                    (x + rr, y),
                    (x + rr * 0.3, y + rr * 0.3),
                    (x, y + rr),
                    (x - rr * 0.3, y + rr * 0.3),
                    (x - rr, y),
                    (x - rr * 0.3, y - rr * 0.3),
                ],
                fill=c,
            )


def _stamp_picture(
    draw: ImageDraw.ImageDraw, x0: float, y0: float, wdt: float, hgt: float, colour, paper_
) -> None:
    """The post card's printed stamp: a perforated frame in the stamp's colour, a little bird on a branch."""
    draw.rectangle((x0, y0, x0 + wdt, y0 + hgt), fill=colour)
    for xx in range(int(x0), int(x0 + wdt) + 1, 6):
        for yy in (y0, y0 + hgt):
            draw.ellipse((xx - 2, yy - 2, xx + 2, yy + 2), fill=paper_)
    for yy in range(int(y0), int(y0 + hgt) + 1, 6):
        for xx in (x0, x0 + wdt):
            draw.ellipse((xx - 2, yy - 2, xx + 2, yy + 2), fill=paper_)
    inner = (x0 + 6, y0 + 6, x0 + wdt - 6, y0 + hgt - 6)
    draw.rectangle(inner, fill=paper_)
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    draw.line((inner[0] + 6, cy + 10, inner[2] - 6, cy + 4), fill=colour, width=2)
    draw.ellipse((cx - 9, cy - 8, cx + 7, cy + 4), fill=colour)
    draw.ellipse((cx + 3, cy - 13, cx + 11, cy - 5), fill=colour)
    draw.polygon([(cx + 11, cy - 10), (cx + 16, cy - 9), (cx + 11, cy - 7)], fill=colour)
    draw.polygon([(cx - 9, cy - 4), (cx - 18, cy - 9), (cx - 8, cy)], fill=colour)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout279's ``_render`` (heldout277's, 275's, 273's, 271's, 269's and heldout14's beneath it), then
    this set's rows and marks: Gujarati lines, labels and hand, a Lippan roundel, a mirror-set clay divider,
    a bandhani band, confetti, a fieldset's legend and box, a share sheet's icons, a notification shade's
    tiles; a digital receipt's zigzag card, a Lippan border, a post card's stamp and rules, a folded corner,
    tape, a bill spike's hole and a duplicate pad's tint."""
    page = h279._render(rows, font, style)
    x = style.get("h281")
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
    pen_ink = tuple(x1.get("pen_ink", (30, 40, 120)))
    marks = x["marks"]
    w, h = page.size
    kinds_ = {d[0]: d[1] for d in x["decor"]}
    # under the print: tints multiplied in, so what is drawn stays dark
    if x["zig"] or x.get("sheet") is not None or "pad" in kinds_:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        if "pad" in kinds_:
            ld.rectangle(
                (0, 0, w, h), fill=random.Random(kinds_["pad"]).choice([(255, 226, 232), (255, 246, 200)])
            )
        for start, end in x["zig"]:
            y0, y1 = tops[start] - lift - 8, tops[end] + line - lift
            ld.rectangle((0, y0 - 14, w, y1 + 26), fill=(236, 237, 241))
            pts = [(MARGIN - 10, y0), (w - MARGIN + 10, y0), (w - MARGIN + 10, y1)]
            xx, n = w - MARGIN + 10, 0
            while xx > MARGIN - 10:
                xx -= 8
                pts.append((max(xx, MARGIN - 10), y1 + (9 if n % 2 == 0 else 0)))
                n += 1
            pts.append((MARGIN - 10, y1))
            ld.polygon(pts, fill=(255, 255, 255))
        if x.get("sheet") is not None:
            y0 = tops[x["sheet"]] - lift - 14
            ld.rectangle((0, 0, w, y0 + 30), fill=(226, 227, 232))
            ld.rounded_rectangle((0, y0, w, h + 40), radius=22, fill=(246, 246, 248))
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for start, end in x["zig"]:
        y0, y1 = tops[start] - lift - 8, tops[end] + line - lift
        edge = h269._tint(soft, paper_, 0.3)
        draw.line((MARGIN - 10, y0, w - MARGIN + 10, y0), fill=edge)
        draw.line((MARGIN - 10, y0, MARGIN - 10, y1), fill=edge)
        draw.line((w - MARGIN + 10, y0, w - MARGIN + 10, y1), fill=edge)
    if x.get("sheet") is not None:
        y0 = tops[x["sheet"]] - lift - 14
        draw.rounded_rectangle((w / 2 - 24, y0 + 6, w / 2 + 24, y0 + 11), radius=3, fill=(190, 192, 198))
    for start, end in x["boxes"]:
        y0 = tops[start] - lift + line / 2
        y1 = tops[end] + line - lift + 4
        edge = h269._tint(soft, paper_, 0.55)
        draw.rectangle((MARGIN - 8, y0, width - MARGIN + 8, y1), outline=edge, width=1)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t81"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t81gu":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = gwidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_guj(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t81gkv":
            (bold,) = m
            s = int(size * 0.92)
            draw_guj(draw, (MARGIN, y + 1), r[1], font, s, soft)
            gx = MARGIN + gwidth(r[1], font, s)
            draw.text((gx, y + 1), f" / {r[2]}", font=load_font(font, s), fill=soft)
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text((width - MARGIN - vface.getlength(r[3]), y), r[3], font=vface, fill=ink)
            draw.line((MARGIN, bot_y, width - MARGIN, bot_y), fill=h269._tint(soft, paper_, 0.25), width=1)
        elif name == "t81gl":
            at, by_pen = m
            draw_guj(draw, (MARGIN, y - size * 0.1), r[1], font, int(size * 0.9), ink)
            draw.text((MARGIN, y + line * 0.72), r[2], font=load_font(font, int(size * 0.74)), fill=soft)
            vy = y + line * 0.4
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.08))
                draw.text((MARGIN + at * room, vy - size * 0.12), r[3], font=vface, fill=pen_ink)
            else:
                vface = load_font(font, size)
                draw.text((MARGIN + at * room, vy), r[3], font=vface, fill=ink)
            yy = y + 2 * line - lift
            draw.line((MARGIN, yy, width - MARGIN, yy), fill=h269._tint(soft, paper_, 0.35), width=1)
        elif name == "t81gh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = gwidth(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.7)
                layer = Image.new("L", (lw, lh), 0)
                draw_guj(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.22, -0.22 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                colour = Image.new("RGB", layer.size, pen_ink)
                page.paste(colour, (int(tx), int(y - lh * 0.34)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t81man":
            pal, petals = m
            rad = line * 1.4
            _mandala(draw, width / 2, top_y + rad + 2, rad, pal, petals)
        elif name == "t81rule":
            mud, clay, silver = (tuple(c) for c in m)
            cy = (top_y + bot_y) / 2
            ink_line = mud if not dark else clay
            pts = _zigzag(draw, MARGIN + 4, width - MARGIN - 4, cy, 4, 12, ink_line)
            for n, (px, py) in enumerate(pts):
                if n % 2 == 1:
                    _lozenge(draw, px, py, 3.2, silver, ink_line)
        elif name == "t81bd":
            _bandhani(draw, MARGIN - 10, width - MARGIN + 10, top_y + 3, bot_y - 3, m)
        elif name == "t81conf":
            _confetti(draw, MARGIN, width - MARGIN, top_y, top_y + 3 * line, m)
        elif name == "t81leg":
            face = load_font(bold_of(font), int(size * 0.86))
            tw = face.getlength(r[1])
            lx = MARGIN + 14
            ly = top_y + line / 2
            draw.rectangle((lx - 6, ly - 2, lx + tw + 6, ly + 2), fill=paper_)
            draw.text((lx, ly), r[1], font=face, fill=soft, anchor="lm")
        elif name == "t81apps":
            names = r[1:]
            n = len(names)
            small = load_font(font, int(size * 0.66))
            rr = line * 0.55
            palette = [
                (37, 211, 102),
                (234, 67, 53),
                (66, 133, 244),
                (120, 124, 130),
                (251, 188, 5),
                (0, 132, 255),
            ]
            for k, label in enumerate(names):
                cx = MARGIN + room * (k + 0.5) / n
                cy = top_y + rr + 2
                draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=palette[k % len(palette)])
                initial = label[0].upper()
                bf = load_font(bold_of(font), int(size * 0.9))
                draw.text((cx, cy), initial, font=bf, fill=(255, 255, 255), anchor="mm")
                tw = small.getlength(label)
                draw.text((cx - tw / 2, cy + rr + 4), label, font=small, fill=soft)
        elif name == "t81tiles":
            on = m
            rr = line * 0.5
            for k in range(5):
                cx = MARGIN + room * (k + 0.5) / 5
                cy = (top_y + bot_y) / 2
                fill_ = (138, 180, 248) if k < on else (60, 64, 72)
                draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=fill_)
                draw.ellipse(
                    (cx - rr * 0.3, cy - rr * 0.3, cx + rr * 0.3, cy + rr * 0.3),
                    outline=(20, 22, 26) if k < on else (200, 200, 206),
                    width=2,
                )
        elif name == "t81slide":
            level = m
            cy = (top_y + bot_y) / 2
            draw.rounded_rectangle((MARGIN, cy - 9, width - MARGIN, cy + 9), radius=9, fill=(60, 64, 72))
            draw.rounded_rectangle(
                (MARGIN, cy - 9, MARGIN + level * room, cy + 9), radius=9, fill=(138, 180, 248)
            )
    if x.get("post"):
        seed, colour = x["post"]
        edge = h269._tint(ink, paper_, 0.45)
        xs = MARGIN + 0.54 * room
        draw.line((xs, MARGIN + line * 2.2, xs, h - MARGIN), fill=edge, width=1)
        # the address side's ruled lines, from the fourth line down
        start = 4 if len(rows) > 4 else 1
        for k in range(start, len(rows)):
            if rows[k][0] == "gap":
                continue
            yy = tops[k] + line - lift
            draw.line((xs + 14, yy, width - MARGIN, yy), fill=h269._tint(ink, paper_, 0.25), width=1)
        sw, sh = 62, 74
        _stamp_picture(draw, width - MARGIN - sw, MARGIN - 8, sw, sh, colour, paper_)
    if x.get("border"):
        _border(draw, w, h, x["border"])
    if "dogear" in kinds_:
        k = 46
        draw.polygon([(w - k, 0), (w, 0), (w, k)], fill=(120, 118, 112))
        draw.polygon([(w - k, 0), (w, k), (w - k, k)], fill=h269._tint((0, 0, 0), paper_, 0.12))
        draw.line((w - k, 0, w, k), fill=h269._tint((0, 0, 0), paper_, 0.3), width=1)
    if "tape" in kinds_:
        srng = random.Random(kinds_["tape"])
        tape = Image.new("RGBA", page.size, (0, 0, 0, 0))
        td = ImageDraw.Draw(tape)
        for cx, ang in ((30, srng.uniform(-40, -30)), (w - 30, srng.uniform(30, 40))):
            a = math.radians(ang)
            ln, wd = 70, 22
            dx, dy = math.cos(a) * ln / 2, math.sin(a) * ln / 2
            nx, ny = -math.sin(a) * wd / 2, math.cos(a) * wd / 2
            cy = 14
            td.polygon(
                [
                    (cx - dx - nx, cy - dy - ny),
                    (cx + dx - nx, cy + dy - ny),
                    (cx + dx + nx, cy + dy + ny),
                    (cx - dx + nx, cy - dy + ny),
                ],
                fill=(214, 210, 180, 140),
                outline=(170, 166, 140, 170),
            )
        page = Image.alpha_composite(page.convert("RGBA"), tape).convert("RGB")
        draw = ImageDraw.Draw(page)
    if "spike" in kinds_:
        srng = random.Random(kinds_["spike"])
        cx, cy = w / 2 + srng.uniform(-40, 40), 15
        for _ in range(7):
            a = srng.uniform(0, 2 * math.pi)
            ln = srng.uniform(6, 11)
            draw.line(
                (cx, cy, cx + ln * math.cos(a), cy + ln * math.sin(a) * 0.7),
                fill=h269._tint((0, 0, 0), paper_, 0.35),
                width=1,
            )
        draw.ellipse((cx - 4.5, cy - 4.5, cx + 4.5, cy + 4.5), fill=(84, 80, 76))
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
        GUJ,
        GUJ_BOLD,
        GUJ_SERIF,
        GUJ_SERIF_BOLD,
        HAND_LATIN,
        h279.KAITHI,
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
            raise FileNotFoundError(f"heldout281 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [HAAT_CAPS, HAAT, CUT, "AABHLA HAAT BHUJ"]
VPAS = [
    "aabhlahaat@barodampay",
    "aabhla.lippan@okaxis",
    "Q572903118@ybl",
    "aabhlahaat@sbi",
    "alks.bhuj@okhdfcbank",
]
BUYERS = [
    ("Hetal Shah", "hetalshah@okicici", "ICICI Bank"),
    ("Kunal Thakkar", "kunalt91@oksbi", "State Bank of India"),
    ("Riya Menon", "riya.menon@okhdfcbank", "HDFC Bank"),
    ("Farhan Khatri", "farhankhatri@ybl", "Bank of Baroda"),
    ("Nisha Joshi", "nishajoshi@axl", "Axis Bank"),
    ("Arjun Bhatia", "arjunb@paytm", "Kotak Mahindra Bank"),
    ("Zeenat Memon", "zeenatm@ibl", "Union Bank of India"),
    ("Pranav Desai", "pranavdesai@okaxis", "Bank of India"),
]
NOTES = [
    "mandala 12 in",
    "mirror frame",
    "Lippan clock",
    "gift for Nani",
    "coasters + key holder",
    "Rann Utsav memories",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Aabhla Haat or the studio: PhonePe's Transaction Successful under a large tick (the day
    and hour, Paid to over the payee with its sum beside it, its UPI ID; Transfer Details: Transaction ID,
    Debited from, UTR; the share sheet pulled up under it); BHIM's Transaction Pending under a clock's mark
    ("to <payee>", a digital receipt's card with a zigzag foot: UPI Transaction ID, Paid to, Paid from,
    Initiated on); Paytm's Paid Successfully under a burst of confetti ("Paid Successfully to" over the payee,
    the sum, the day and hour; UPI Ref No, From); Navi's Payment failed on a tinted band (the reason, a
    fieldset "Transaction details": UPI transaction ID, Navi transaction ID, Date, Debited from); Amazon Pay
    UPI's Payment successful (Paid to over the payee; a zigzag card, each label small over its value: UPI
    reference number, Amazon Pay transaction ID, Paid on, Paid using); PhonePe Business on the shop's phone
    (the shop under the app, its tabs, a Payment Received capsule, the sum, "from <buyer>"; Transaction ID,
    UTR, Credited to, Date); Airtel Thanks' shared receipt card ("<sum> paid to <payee>", "on <day>, <hour>",
    Paid from; no reference); POP's payment sent with its weekday and hour ("Sent to <payee>", UPI Ref No.,
    POPcoins earned; no day). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=450, high=36000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "Transaction details")
        sicon(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.accent(GREEN)
        p.add(
            "small",
            f"{hhmm(rng, lower=rng.random() < 0.5)} on {when(j.date, rng.choice(['%d %b %Y', '{d} %b %Y']))}",
            date=j.date,
        )
        p.add("gap")
        p.add("small", "Paid to")
        kind(p, "ppto", [(0.0, 0.64, "l"), (0.64, 1.0, "r")], "plain", bold=(0, 1))
        name = next((n for n in (to, CUT, HAAT) if h269.cells_fit(p, "ppto", [n, rs(j.amount)])), HAAT)
        row(p, "ppto", name, rs(j.amount), merchant=name, amount=j.amount)
        p.add("small", vpa)
        p.add("rule")
        p.add("left", "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "Debited from")
        p.add("left", f"XXXXXX{digits(rng, 4)}  {sb}", method="UPI")
        lab(p, "UTR")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        share_sheet(p, ["WhatsApp", "Gmail", "Drive", "Copy"])
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, (238, 120, 32))
        app_head(p, "BHIM", "UPI")
        sicon(p, status)
        p.add("center", "Transaction Pending", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {HAAT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Awaiting a response from {sb}. Please do not pay again.")
        z = zig_open(p)
        for label, value, facts in [
            ("UPI Transaction ID", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Paid to", vpa, {}),
            ("Paid from", f"{sb} A/c XX{digits(rng, 4)}", {"method": "UPI"}),
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
        ]:
            kvr(p, label, value, **facts)
        zig_close(p, z)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 46, 110))
        app_head(p, "paytm", "UPI")
        confetti(p)
        p.add("center", "Paid Successfully to", status=status)
        p.accent(GREEN)
        name = pick(p, "title", [to, HAAT])
        top(p, name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " | ")), date=j.date)
        p.add("rule")
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"{bank} - {digits(rng, 4)}", method="UPI")
        kvr(p, "Note", rng.choice(NOTES))
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Retry",))
        band(p, (0, 130, 124))
        app_head(p, "Navi", "UPI")
        strip(p, "Payment failed", status)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {HAAT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"{sb} is facing a technical issue. Money, if debited, is refunded in 48 hours.")
        p.add("gap")
        b = box_open(p, "Transaction details")
        nid = f"NAVI{j.date:%y%m%d}{digits(rng, 10)}"
        kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Navi transaction ID", nid, txn=(TXN_RANK, nid))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Debited from", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        box_close(p, b)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Done",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [to, HAAT])
        p.add("small", "Paid to")
        p.add("center", name, merchant=name)
        z = zig_open(p)
        aid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        for label, value, facts in [
            ("UPI reference number", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Amazon Pay transaction ID", aid, {"txn": (TXN_RANK, aid)}),
            ("Paid on", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)), {"date": j.date}),
            ("Paid using", f"{bank} {dot * 2}{digits(rng, 4)} (UPI)", {"method": "UPI"}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        zig_close(p, z)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, [""], dark=False, buttons=("Share",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe Business", "")
        name = pick(p, "center", [HAAT_CAPS, HAAT])
        p.add("center", name, merchant=name)
        p.add("small", "Darbargadh Chowk, Bhuj")
        tabs(p, ["Transactions", "Settlements", "Offers"], 0)
        p.add("gap")
        c = card_open(p)
        pill(p, "Payment Received", status, align="l")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("left", f"from {who}")
        p.add("small", their)
        card_close(p, c)
        p.add("gap")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Credited to", f"Bank of Baroda XX{digits(rng, 4)}")
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "body"
        p.add("small", f"Shared from Airtel Thanks {dot} {who}")
        z = zig_open(p)
        app_head(p, "airtel thanks", "Airtel Payments Bank")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        name = pick(p, "center", [f"paid to {to}", f"paid to {HAAT}"])[8:]
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (', ',))}", date=j.date)
        p.add("rule")
        kvr(p, "Paid from", f"Airtel Payments Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        kvr(p, "Message", rng.choice(NOTES))
        zig_close(p, z)
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Done",))
    band(p, (255, 205, 0), ink=(20, 20, 20))
    app_head(p, "POP", "UPI")
    sicon(p, status)
    name = pick(p, "center", [f"Sent to {to}", f"Sent to {HAAT}"])[8:]
    p.add("big", rs(j.amount), amount=j.amount, status=status)
    p.add("center", f"Sent to {name}", merchant=name)
    p.add("small", f"{when(j.date, '%A')}, {hhmm(rng, lower=True)}")
    p.add("rule")
    kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Paid from", f"{sb} {dot * 4}{digits(rng, 4)}", method="UPI")
    kvr(p, "POPcoins earned", str(rng.randrange(12, 180)))
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("The Gujarat State Handloom and Handicrafts Development Corporation Ltd.", "Ahmedabad", "garvi"),
    ("RANN TENT CITY HOSPITALITY PVT LTD", "Dhordo, Kutch", "icici"),
    ("Deendayal Port Authority", "Gandhidham (Kutch) - 370201", "cmp"),
    ("Meesho", "Bengaluru", "meesho"),
    ("Studio Matra Architects LLP", "Navrangpura, Ahmedabad", "vyom"),
    ("Office of the Collector, Kutch", "Bhuj", "ifms"),
    ("Indian Institute of Management Ahmedabad", "Vastrapur, Ahmedabad - 380015", "oracle"),
    ("Shri Vinod Thakkar", "Thakkar Niwas, Mandvi (Kutch) - 370465", "postcard"),
]
GARVI_GU = "ગુજરાત રાજ્ય હાથશાળ અને હસ્તકલા વિકાસ નિગમ લિ."


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The state's handicrafts corporation (Garvi Gurjari), the Tent City at Dhordo through ICICI Bank, the
    Deendayal Port Authority through SBI's CMP, Meesho, an Ahmedabad architects' firm, the Kutch Collectorate
    through the state's IFMS, IIM Ahmedabad through Oracle iSupplier and a Mandvi buyer's post card paying the
    studio: Garvi Gurjari's PAYMENT ADVICE under its Gujarati name, each label in Gujarati with its English
    after a slash and the value at the line's right end (Supplier, Bill No., Bill amount, TDS, Amount paid,
    Mode, UTR, Payment date); ICICI Bank's mail of a corporate's payment to the beneficiary ("<payer> has made
    a payment to your account ...", a card: Beneficiary name, Beneficiary account, Amount, Payment mode, UTR /
    Reference no., Value date, Remarks); SBI CMP's e-PAYMENT ADVICE for the Port, in two fieldsets
    (Beneficiary details: Name, Account No., IFSC; Payment details: Amount, Mode, UTR, Value date, Narration);
    Meesho's Supplier Panel with the payment in process (a capsule, a striped table Sub order | Product |
    Price | Shipping | Net, Total payment, Payment ID, UTR to be updated; no day); Union Bank's Vyom screen of
    the architects' IMPS forwarded to the studio (Transaction successful, "to <payee>", IMPS Ref No., Date,
    From A/c, Remarks); IFMS Gujarat's bill status with the e-payment rejected by the bank (shaded label
    cells: Bill No., Token No., Payee, Net amount, Mode, Transaction Ref. No., Payment date, Status); Oracle
    iSupplier's View Payments for IIM Ahmedabad (a ruled table of one payment: Payment Number | Payment Date |
    Amount | Status | Method; the bank's reference and the invoices paid under it); a buyer's inland post card
    written by hand ("... I have sent Rs. x/- by NEFT on <day> ..." beside the studio's address; no
    reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=9000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([STUDIO, STUDIO_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "garvi":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        guj(p, GARVI_GU, scale=0.95, bold=True)
        top(p, pick(p, "title", [payer, "Garvi Gurjari"]))
        p.add("small", "Garvi Gurjari  |  Block 11, Udyog Bhavan, Gandhinagar - 382011")
        bandhani(p)
        guj(p, "ચુકવણી સલાહ / PAYMENT ADVICE", scale=1.0, bold=True)
        p.part = "body"
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        gross = round(j.amount / 0.99, 2)
        bill = f"ALKS/{fy(j.date)}/{rng.randrange(20, 300)}"
        name = payee if load_font(p.font, p.style["size"]).getlength(payee) <= 0.52 * room_of(p) - 10 else CUT
        for gu, en, value, facts in [
            ("સપ્લાયર", "Supplier", name, {"merchant": name}),
            ("બિલ નંબર", "Bill No.", bill, {}),
            ("બિલની રકમ", "Bill amount", rs(gross), {}),
            ("ટીડીએસ", "TDS 1%", rs(gross - j.amount), {}),
            ("ચૂકવેલ રકમ", "Amount paid", rs(j.amount), {"amount": j.amount}),
            ("રીત", "Mode", way, {"method": "netbanking"}),
            ("યુટીઆર", "UTR", utr, {"txn": (UTR_RANK, utr)}),
            ("ચુકવણી તારીખ", "Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
        ]:
            gkv(p, gu, en, value, at=0.46, **facts)
        p.add("gap")
        p.add("left", "The amount paid above has been credited to your bank account.", status=status)
        p.add("small", "Lippan mirror panels for the Garvi Gurjari emporia. Computer generated advice.")
        return p.done()
    if frame == "icici":
        p = mail_page(
            rng,
            font,
            "ICICI Bank <cib.advice@icicibank.com>",
            [f"Payment advice from {payer}", "Payment advice - Corporate Internet Banking"],
        )
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Beneficiary,")
        p.add(
            "left",
            f"{payer} has made a payment to your account through ICICI Bank Corporate Internet Banking. The "
            "details are below.",
            status=status,
        )
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "ICICI Bank", way)
        c = card_open(p)
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        name = pick(p, "left", [payee, CUT])
        colkv(p, "ic", spec, "Beneficiary name", name, merchant=name)
        colkv(p, "ic", spec, "Beneficiary account", f"Bank of Baroda {tail(rng)}")
        colkv(p, "ic", spec, "Amount", rs(j.amount), amount=j.amount)
        colkv(p, "ic", spec, "Payment mode", way, method="netbanking")
        colkv(p, "ic", spec, "UTR / Reference no.", utr, txn=(UTR_RANK, utr))
        colkv(p, "ic", spec, "Value date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "ic", spec, "Remarks", f"Lippan murals, {rng.randrange(8, 30)} tents")
        card_close(p, c)
        p.add("gap")
        p.add(
            "small",
            "This is a system generated advice. ICICI Bank does not verify the remarks of the remitter.",
        )
        return p.done()
    if frame == "cmp":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", "Corporate Accounts Group  |  CMP - Cash Management Product")
        p.add("center", "e-PAYMENT ADVICE")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Remitter: {payer}, {town}")
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        b = box_open(p, "Beneficiary details")
        name = pick(p, "left", [payee, CUT])
        colkv(p, "cm", spec, "Name", name, merchant=name)
        colkv(p, "cm", spec, "Account No.", f"XXXXXXXX{digits(rng, 4)}")
        colkv(p, "cm", spec, "IFSC", "BARB0BHUJXX")
        box_close(p, b)
        b = box_open(p, "Payment details")
        colkv(p, "cm", spec, "Amount", rs(j.amount), amount=j.amount)
        colkv(p, "cm", spec, "Mode", way, method="netbanking")
        colkv(p, "cm", spec, "UTR", utr, txn=(UTR_RANK, utr))
        colkv(p, "cm", spec, "Value date", day_in(j, rng, ["%d.%m.%Y", "%d-%m-%Y"]), date=j.date)
        colkv(p, "cm", spec, "Narration", "Lippan relief, passenger terminal lounge")
        box_close(p, b)
        p.add("left", "The above payment has been credited to the beneficiary's account.", status=status)
        p.add("small", "Please do not reply to this advice. For queries, contact the remitter.")
        return p.done()
    if frame == "meesho":
        j.amount = rupees(rng, 2500, 26000, 0.0)
        p = browser_page(rng, font, "supplier.meesho.com/panel/v3/new/payouts/upcoming")
        p.part = "head"
        top(p, "meesho")
        p.add("small", "Supplier Panel  |  Payments")
        p.add("rule")
        p.part = "body"
        tabs(p, ["Upcoming", "Previous", "Deductions"], 0)
        p.add("gap")
        pill(p, "Payment in process", status, align="l")
        p.add("small", "This payment is on its way to your bank and reaches it in 1 to 2 working days.")
        p.add("gap")
        nets = h277.split(rng, j.amount, rng.randrange(2, 5))
        rows_ = []
        for net in nets:
            ship = float(rng.choice([62, 74, 86]))
            item = rng.choice(["Mandala 12 in", "Key holder", "Mirror frame", "Coasters x4", "Toran 3 ft"])
            rows_.append(([f"{digits(rng, 9)}_1", item, num(net + ship), num(ship), num(net)], {}))
        zebra(
            p,
            "ms",
            [(0.0, 0.24, "l"), (0.24, 0.5, "l"), (0.5, 0.67, "r"), (0.67, 0.83, "r"), (0.83, 1.0, "r")],
            ["Sub order", "Product", "Price", "Shipping", "Net"],
            rows_,
            (150, 30, 120),
        )
        total(p, "Total payment", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        pid = f"MPAY{digits(rng, 12)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        name = pick(p, "left", [payee, CUT])
        colkv(p, "mp", spec, "Supplier", name, merchant=name)
        colkv(p, "mp", spec, "Bank account", f"Bank of Baroda {tail(rng)}")
        colkv(p, "mp", spec, "Payment mode", "NEFT", method="netbanking")
        colkv(p, "mp", spec, "Payment ID", pid, txn=(TXN_RANK, pid))
        colkv(p, "mp", spec, "UTR", "Will be updated once paid")
        return p.done()
    if frame == "vyom":
        j.amount = rupees(rng, 15000, 180000, 0.6)
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (220, 30, 40))
        app_head(p, "Vyom", "Union Bank of India")
        sicon(p, status)
        p.add("center", "Transaction successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        kvr(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        kvr(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ", ", ")), date=j.date)
        kvr(p, "From A/c", f"XXXXXXXX{digits(rng, 4)}")
        kvr(p, "Remarks", "Lippan mural advance")
        p.add("small", f"Studio Matra Architects {sign(font, chr(0x2022), '|')} forwarded to the studio")
        return p.done()
    if frame == "ifms":
        p = browser_page(rng, font, "ifms.gujarat.gov.in/ifms/billstatus/epayment")
        p.part = "head"
        guj(p, "ગુજરાત સરકાર - નાણા વિભાગ", scale=0.9, bold=True)
        top(p, "IFMS Gujarat")
        p.add("small", "Integrated Financial Management System  |  Bill status")
        p.add("rule")
        p.part = "body"
        p.add("left", f"DDO: {payer}")
        p.add("gap")
        tref = f"GJ{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
        name = h273.cell_name(p, 0.64, [payee, CUT], scale=1.0)
        kv(p, "Bill No.", f"{rng.randrange(100, 999)}/{fy(j.date)}", at=0.36)
        kv(p, "Token No.", str(rng.randrange(1000, 9999)), at=0.36)
        kv(p, "Payee", name, at=0.36, merchant=name)
        kv(p, "Net amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Mode", "e-Payment (NEFT)", at=0.36, method="netbanking")
        kv(p, "Transaction Ref. No.", tref, at=0.36, txn=(BANK_RANK, tref))
        kv(p, "Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.36, date=j.date)
        kv(p, "Status", "Rejected by bank", at=0.36, status=status)
        p.add("small", "Reason: beneficiary name does not match the account. The DDO will pay again.")
        return p.done()
    if frame == "oracle":
        p = browser_page(rng, font, "isupplier.iima.ac.in/OA_HTML/OA.jsp?page=/ViewPayments")
        p.part = "head"
        top(p, "Oracle iSupplier Portal")
        p.add("small", f"{payer}  |  Finance  |  View Payments")
        p.add("rule")
        p.part = "body"
        pno = str(rng.randrange(260000, 269999))
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        grid(
            p,
            "or",
            [(0.0, 0.22, "l"), (0.22, 0.42, "l"), (0.42, 0.64, "r"), (0.64, 0.8, "l"), (0.8, 1.0, "l")],
            ["Payment Number", "Payment Date", "Amount (INR)", "Status", "Method"],
            [
                (
                    [pno, when(j.date, "%d-%b-%Y").upper(), num(j.amount, "western"), "Cleared", way],
                    {
                        "txn": (INVOICE_RANK, pno),
                        "date": j.date,
                        "amount": j.amount,
                        "status": status,
                        "method": "netbanking",
                    },
                )
            ],
            tint=(222, 230, 240),
        )
        p.add("gap")
        name = pick(p, "left", [f"Supplier: {payee}", f"Supplier: {CUT}"])[10:]
        p.add("left", f"Supplier: {name}", merchant=name)
        p.add("left", f"Bank reference (UTR): {utr}", txn=(UTR_RANK, utr))
        p.add("gap")
        p.add("left", "Invoices paid")
        nets = h277.split(rng, j.amount, rng.randrange(1, 3))
        for net in nets:
            cols(
                p,
                "orv",
                [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
                f"ALKS/{fy(j.date)}/{rng.randrange(20, 300)}",
                num(net, "western"),
            )
        p.add("small", "Lippan murals, Louis Kahn Plaza guest rooms. Cleared: paid by the bank.")
        return p.done()
    # a buyer's inland post card, written by hand: the message at the left, the studio's address at the right
    p = sheet_page(rng, font, [720, 760])
    postcard(p)
    p.part = "body"
    j.amount = float(rng.randrange(3500, 24000, 500))
    spec = [(0.0, 0.52, "l"), (0.58, 1.0, "l")]
    cols(p, "pcx", [(0.0, 0.52, "l")], "POST CARD  |  INLAND", mode="soft")
    hcells(p, [(0.0, 0.52, "l")], f"Mandvi, {when(j.date, '{d}/%m/%Y')}", scale=0.95, date=j.date)
    p.add("gap")
    name = STUDIO
    lines = [
        ("Dear Jasuben,", "To,", {}),
        ("Received the Lippan toran", "The Partner,", {}),
        ("and the mirror frames in", name, {"merchant": name}),
        ("good shape. Thank you!", "Lakhond Road, Madhapar,", {}),
        (f"I have sent Rs. {num(j.amount, 'indian', 0)}/-", "Bhuj (Kutch)", {"amount": j.amount}),
        ("by NEFT today for both", "PIN 370020", {"method": "netbanking", "status": status}),
        ("pieces. Please confirm.", "", {}),
        ("Vinod Thakkar", "", {}),
    ]
    for left, right_, facts in lines:
        hcells(p, spec, left, right_, scale=0.95, **facts)
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Leicester Craft Collective Ltd", "Leicester, United Kingdom", "GBP", 400, 4500, "hsbc"),
    ("Al Seef Heritage Interiors LLC", "Dubai, UAE", "AED", 2500, 30000, "mashreq"),
    ("Mombasa Road Home Decor Ltd", "Nairobi, Kenya", "KES", 60000, 600000, "kcb"),
    ("Maple & Mirror Design Inc.", "Toronto, Canada", "CAD", 400, 5000, "td"),
    ("Bondi Folk Interiors Pty Ltd", "Sydney, Australia", "AUD", 400, 5500, "westpac"),
    ("Kyoto Mingei Gallery", "Kyoto, Japan", "JPY", 60000, 700000, "smbc"),
    ("Atelier Spiegelwerk GmbH", "Zurich, Switzerland", "CHF", 400, 4800, "ubs"),
    ("Lion City Crafts Pte Ltd", "Singapore", "SGD", 500, 6000, "dbs"),
]
FX = {
    "GBP": 113.6,
    "AED": 23.9,
    "KES": 0.68,
    "CAD": 63.4,
    "AUD": 57.9,
    "JPY": 0.59,
    "CHF": 103.8,
    "SGD": 67.2,
}


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: pounds with their sign or code, dirhams with AED before or after
    the sum, Kenyan shillings with KES or KSh, Canadian and Australian dollars with their marks or codes,
    yen whole with its sign or code, Swiss francs with apostrophes between the thousands (CHF 2'450.50),
    Singapore dollars with S$ or SGD; English grouping."""
    if cur == "JPY":
        form = rng.choice([sign(font, "\u00a5", "JPY ") + "{v}", "JPY {v}"])
        return lambda v: form.format(v=f"{v:,.0f}")
    if cur == "CHF":
        form = rng.choice(["CHF {v}", "{v} CHF"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", "'"))
    forms = {
        "GBP": [sign(font, "\u00a3", "GBP ") + "{v}", "GBP {v}"],
        "AED": ["AED {v}", "{v} AED"],
        "KES": ["KES {v}", "KSh {v}"],
        "CAD": ["CA${v}", "CAD {v}"],
        "AUD": ["A${v}", "AUD {v}"],
        "SGD": ["S${v}", "SGD {v}"],
    }[cur]
    form = rng.choice(forms)
    return lambda v: form.format(v=f"{v:,.2f}")


UBS_LABELS = [
    ("Begünstigter", "Beneficiary"),
    ("Bank des Begünstigten", "Beneficiary's bank"),
    ("Betrag", "Amount"),
    ("Ausführungsdatum", "Execution date"),
    ("Zahlungsart", "Payment type"),
    ("Referenz", "Reference"),
    ("Status", "Status"),
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Leicester crafts collective, a Dubai interiors house, a Nairobi home decor shop, a Toronto design
    studio, a Sydney interiors shop, a Kyoto folk craft gallery, a Zurich atelier and a Singapore crafts shop
    paying for mandalas, mirror frames and panels: HSBC UK's app with the payment sent in pounds (the sum, "to
    <beneficiary>", a fieldset "Payment details": Date, Payment type, HSBC reference, Beneficiary bank,
    Reference); Mashreq NEOBiz's transfer in process in dirhams (steps left to right: Submitted, Processing,
    Sent, Credited; shaded label cells: Transaction reference, Beneficiary name, Beneficiary bank, Amount,
    Submitted on, Transfer type, Purpose, Status); KCB Bank Kenya's SWIFT TRANSFER ADVICE typed in a
    fixed-width face in shillings; TD's Global Money Transfer sent in Canadian dollars with its hour alone
    (Confirmation #, To, Amount, Fee, Submitted at; no day); Westpac's mail of a payment returned in
    Australian dollars (its sentence, a card: Beneficiary, Amount, Date sent, Westpac reference, Reason); SMBC
    Trust's OVERSEAS REMITTANCE RECEIPT in yen (dot leaders: Remittance No., Remittance date, Beneficiary,
    Beneficiary bank, Remittance amount, Charges, Method); UBS e-banking's payment confirmation in Swiss
    francs, each label in German over its English (Begünstigter / Beneficiary, Betrag / Amount,
    Ausführungsdatum / Execution date, Referenz / Reference, Status Ausgeführt / Executed); DBS IDEAL's
    remittance advice mailed to the beneficiary in Singapore dollars (a table of one payment: Payment date |
    Amount | Payment type; no reference). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif cur == "KES" or rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    me = rng.choice([STUDIO, STUDIO_CAPS])
    inv = f"ALKS/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    if frame == "hsbc":
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Done",))
        band(p, (219, 0, 17))
        app_head(p, "HSBC UK", "Business Banking")
        sicon(p, status)
        p.add("center", "Payment sent", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        b = box_open(p, "Payment details")
        ref = f"HSBC{code(rng, 3, UPPER)}{digits(rng, 9)}"
        kvr(p, "Date", day_in(j, rng, ["{d} %B %Y", "%d %b %Y"]), date=j.date)
        kvr(p, "Payment type", "International (SWIFT)", method="netbanking")
        kvr(p, "HSBC reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Beneficiary bank", "Bank of Baroda, Bhuj")
        kvr(p, "Reference", clip(f"INV {inv}", 24))
        box_close(p, b)
        return p.done()
    if frame == "mashreq":
        p = browser_page(rng, font, "neobiz.mashreq.com/transfers/international/status")
        p.part = "head"
        top(p, "Mashreq NEOBiz")
        p.add("small", f"{payer}  |  International transfer")
        p.add("rule")
        p.part = "body"
        track(p, ["Submitted", "Processing", "Sent", "Credited"], "dptt")
        pill(p, "In process", status, align="l")
        p.add("small", "Your transfer is being processed. It leaves Mashreq by the next cut-off time.")
        p.add("gap")
        ref = f"MSQ{j.date:%y}{digits(rng, 10)}"
        name = h273.cell_name(p, 0.6, [me, CUT], scale=1.0)
        kv(p, "Transaction reference", ref, at=0.38, txn=(BANK_RANK, ref))
        kv(p, "Beneficiary name", name, at=0.38, merchant=name)
        kv(p, "Beneficiary bank", "Bank of Baroda, Bhuj, India", at=0.38)
        kv(p, "Amount", show(j.amount), at=0.38, amount=j.amount, cur=cur)
        kv(p, "Submitted on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.38, date=j.date)
        kv(p, "Transfer type", "SWIFT (SHA)", at=0.38, method="netbanking")
        kv(p, "Purpose", "GDS - Goods bought", at=0.38)
        kv(p, "Status", "In process", at=0.38, status=status)
        return p.done()
    if frame == "kcb":
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (252, 252, 250)
        p.part = "body"
        width_ = h271.tt_cols(p)
        typed(p, "KCB BANK KENYA LIMITED".center(width_).rstrip())
        typed(p, "KENCOM HOUSE, MOI AVENUE, NAIROBI".center(width_).rstrip())
        typed(p, "SWIFT TRANSFER ADVICE".center(width_).rstrip())
        typed(p, "=" * width_)
        ref = f"FT{j.date:%y}{j.date.timetuple().tm_yday:03d}{code(rng, 5, UPPER)}"
        name = me.upper() if len(me) + 16 <= width_ else CUT
        for label, value, facts in [
            ("REFERENCE", ref, {"txn": (BANK_RANK, ref)}),
            ("VALUE DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("REMITTER", payer.upper()[: width_ - 16], {}),
            ("BENEFICIARY", name, {"merchant": name}),
            ("BENEF. BANK", "BANK OF BARODA, BHUJ", {}),
            ("AMOUNT", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("CHARGES", "OUR", {}),
            ("TYPE", "SWIFT MT103", {"method": "netbanking"}),
        ]:
            typed(p, f"{label:<12}: {value}", **facts)
        typed(p, "=" * width_)
        typed(p, "TRANSFER PROCESSED SUCCESSFULLY.", status=status)
        p.add("gap")
        p.add("small", "This advice is computer generated. KCB Bank Kenya Limited is regulated by the CBK.")
        return p.done()
    if frame == "td":
        p = phone(rng, font, k, ["", "Transfer details"], dark=False, buttons=("Done",))
        band(p, (0, 128, 56))
        app_head(p, "TD", "Global Money Transfer")
        sicon(p, status)
        p.add("center", "Your transfer has been sent", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        conf = f"{digits(rng, 4)}-{digits(rng, 4)}"
        kvr(p, "Confirmation #", conf, txn=(BANK_RANK, conf))
        kvr(p, "Delivery method", "Bank account (SWIFT)", method="netbanking")
        kvr(p, "Fee", show(float(rng.choice([15, 25, 30]))))
        kvr(p, "Recipient gets", f"INR {num(round(j.amount * rate, 2), 'indian')}")
        kvr(p, "Submitted at", f"{hhmm(rng, lower=True).replace('am', 'a.m.').replace('pm', 'p.m.')} ET")
        return p.done()
    if frame == "westpac":
        p = mail_page(
            rng,
            font,
            "Westpac <international.payments@westpac.com.au>",
            ["Your international payment has been returned", "International payment returned"],
        )
        p.part = "head"
        top(p, "Westpac")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {payer.split()[0]} team,")
        name = pick(p, "left", [me, CUT])
        p.add(
            "left",
            "Your international payment has been returned by the beneficiary's bank. The amount, less "
            "any overseas bank fees, is back in your account.",
            status=status,
        )
        p.add("gap")
        ref = f"WBC{digits(rng, 10)}"
        c = card_open(p)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "wp", spec, "Beneficiary", name, merchant=name)
        colkv(p, "wp", spec, "Amount", show(j.amount), amount=j.amount, cur=cur)
        colkv(p, "wp", spec, "Date sent", day_in(j, rng, ["%d/%m/%Y", "{d} %B %Y"]), date=j.date)
        colkv(p, "wp", spec, "Payment type", "International payment (SWIFT)", method="netbanking")
        colkv(p, "wp", spec, "Westpac reference", ref, txn=(BANK_RANK, ref))
        colkv(p, "wp", spec, "Reason", "Account closed / invalid account number")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Westpac Banking Corporation ABN 33 007 457 141.")
        return p.done()
    if frame == "smbc":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "SMBC Trust Bank")
        p.add("small", "PRESTIA  |  Kyoto Branch")
        p.add("center", "OVERSEAS REMITTANCE RECEIPT")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Remitter: {payer}, {city}")
        p.add("gap")
        rno = f"K{j.date:%y%m}{digits(rng, 6)}"
        name = pick(p, "right", [me, CUT])
        dots(p, "Remittance No.", rno, at=0.36, txn=(BANK_RANK, rno))
        dots(p, "Remittance date", when(j.date, rng.choice(["%Y/%m/%d", "%d %b %Y"])), at=0.36, date=j.date)
        dots(p, "Beneficiary", name, at=0.36, merchant=name)
        dots(p, "Beneficiary bank", "Bank of Baroda, Bhuj", at=0.36)
        dots(p, "Remittance amount", show(j.amount), at=0.36, bold=True, amount=j.amount, cur=cur)
        dots(p, "Charges", show(float(rng.choice([4000, 5500, 7500]))), at=0.36)
        dots(p, "Method", "Telegraphic transfer", at=0.36, method="netbanking")
        p.add("gap")
        p.add("left", "We have remitted the amount above as you instructed.", status=status)
        p.add("small", "Please keep this receipt. Charges are paid by the remitter.")
        return p.done()
    if frame == "ubs":
        p = browser_page(rng, font, "ebanking-ch.ubs.com/workbench/payments/confirmation")
        p.part = "head"
        top(p, "UBS")
        p.add("small", "E-Banking  |  Zahlungsbestätigung / Payment confirmation")
        p.add("rule")
        p.part = "body"
        p.add("left", f"{payer}, {city}")
        p.add("gap")
        ref = f"UBS{j.date:%y}{digits(rng, 11)}"
        name = me if load_font(p.font, p.style["size"]).getlength(me) <= 0.58 * room_of(p) - 10 else CUT
        values = [
            (name, {"merchant": name}),
            ("Bank of Baroda, Bhuj, India", {}),
            (show(j.amount), {"amount": j.amount, "cur": cur}),
            (when(j.date, "%d.%m.%Y"), {"date": j.date}),
            ("SWIFT, SHA", {"method": "netbanking"}),
            (ref, {"txn": (BANK_RANK, ref)}),
            ("Ausgeführt / Executed", {"status": status}),
        ]
        for (de, en), (value, facts) in zip(UBS_LABELS, values):
            h275.dlab(p, de, en, value, at=0.4, **facts)
        p.add("small", "UBS Switzerland AG. Diese Bestätigung wurde automatisch erstellt.")
        return p.done()
    p = mail_page(
        rng,
        font,
        "DBS IDEAL <ideal.advice@dbs.com>",
        [f"Remittance advice from {payer}", "Payment advice - DBS IDEAL"],
    )
    p.part = "head"
    top(p, "DBS")
    p.add("small", "DBS IDEAL  |  Remittance advice to beneficiary")
    p.add("rule")
    p.part = "body"
    name = pick(p, "left", [f"Payment to: {me}", f"Payment to: {CUT}"])[12:]
    p.add("left", f"Payment to: {name}", merchant=name)
    p.add("left", f"Remitter: {payer}, {city}")
    p.add("gap")
    p.add("left", "The remitter has made the payment below to your account.", status=status)
    grid(
        p,
        "db",
        [(0.0, 0.34, "l"), (0.34, 0.64, "r"), (0.64, 1.0, "l")],
        ["Payment date", "Amount", "Payment type"],
        [
            (
                [when(j.date, "{d} %b %Y"), show(j.amount), "Telegraphic Transfer"],
                {"date": j.date, "amount": j.amount, "cur": cur, "method": "netbanking"},
            )
        ],
        tint=(232, 232, 236),
    )
    p.add("gap")
    p.add("left", f"Message: {clip('Invoice ' + inv + ', Lippan mirror panels', 60)}")
    p.add("small", "This advice is sent by DBS Bank Ltd on behalf of its customer. Please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 4. the studio's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's own papers, each its unit or itself on top: Aabhla Haat's TAX INVOICE made in Vyapar under
    its Gujarati name (Invoice No. beside Date, Bill To, a table ruled on every side # | Item | Qty | Rate |
    Amount, CGST 2.5%, SGST 2.5%, Total, Received, Balance, Payment Mode UPI and its UPI Ref.); the Rann Utsav
    stall's CASH MEMO on a duplicate pad's pink leaf, spiked on the stall's bill spike (No. left blank, Date
    and Name written in, the pieces written on its ruling, Total, "Recd. cash with thanks"; no reference); the
    studio's Razorpay payment page for a workshop with the payment failed (a tinted band, dot leaders: Payment
    ID, Amount, Method, Attempted at, Booked by); a mural commission's ADVANCE RECEIPT in a Lippan border
    under a Lippan roundel and its Gujarati name (Receipt No. beside Date, "Received with thanks from <client>
    ... Rs. x/- (...) by RTGS on <day>, UTR ... as an advance ...", Order value, Balance on completion); the
    web shop's order status page with the payment being processed (Order #, its lines, Subtotal, Shipping,
    Total, Payment, Placed on); a GIFT VOUCHER sold at the Haat under a bandhani band with its receipt
    (Voucher No., Value, Valid till, "Received Rs. x/- by card, Approval code ..."; no day); the Karigar
    Shala's receipt book, its counterfoil beside the receipt across a perforation (No., Date, Name, Rs. on the
    counterfoil; Received from, the sum in words, Rs., Workshop, "by UPI, Ref ..." on the receipt); the Haat's
    cash register roll (Bill No, the day and hour, the pieces, TOTAL, CASH TEND, CHANGE). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=800, high=42000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        guj(p, HAAT_GU, scale=1.05, bold=True)
        name = pick(p, "title", [HAAT_CAPS, HAAT])
        top(p, name, merchant=name)
        p.add("small", f"{HAAT_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  Ph. {phone_no(rng)}")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"{rng.randrange(100, 999)}"
        cols(
            p,
            "vy",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Bill To: {who}")
        items = works(rng, rng.randrange(2, 4), high=4800)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "vyg",
            [(0.0, 0.06, "c"), (0.06, 0.6, "l"), (0.6, 0.7, "c"), (0.7, 0.84, "r"), (0.84, 1.0, "r")],
            ["#", "Item", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), clip(t, 34), str(q), num(pr, "plain", 0), num(q * pr)], {})
                for n, (t, _, q, pr) in enumerate(items)
            ]
            + [(["", "CGST 2.5%", "", "", num(gst)], {}), (["", "SGST 2.5%", "", "", num(gst)], {})],
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(230, 236, 246),
        )
        p.add("gap")
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "vyr", spec, "Received", rs(j.amount), status=status)
        cols(p, "vyr", spec, "Balance", rs(0.0))
        cols(p, "vyr", spec, "Payment Mode", "UPI", method="UPI")
        cols(p, "vyr", spec, "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("gap")
        p.add("center", "Thank you! Every piece is made by hand in Kutch.")
        p.add("small", "Generated by Vyapar")
        return p.done()
    if k == 1:
        shift(j, rng, RANN + dt.timedelta(days=rng.randrange(0, 35)))
        p = sheet_page(rng, font, [640, 680])
        decor(p, "pad")
        decor(p, "spike")
        p.part = "head"
        p.add("gap")
        guj(p, STUDIO_GU, scale=0.95, bold=True)
        name = pick(p, "title", [STUDIO_CAPS, STUDIO])
        top(p, name, merchant=name)
        p.add("small", STALL_AT)
        p.add("center", "CASH MEMO")
        p.part = "body"
        cols(p, "cm", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", who)
        start = len(p.rows)
        spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
        total_ = 0.0
        for text, _, q, pr in works(rng, rng.randrange(2, 4), high=2600):
            hcells(p, spec, f"{clip(text, 30)} x {q}", num(q * pr, "indian", 0))
            total_ += q * pr
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        write(p, "Recd. cash with thanks", method="cash", status=status)
        right(p, "for Aabhla, stall 27")
        return p.done()
    if k == 2:
        link = rng.choice(["aabhla-workshop", "lippan-class", "aabhla-shala"])
        p = browser_page(rng, font, f"pages.razorpay.com/{link}")
        p.part = "head"
        name = pick(p, "title", [STUDIO, SHALA])
        top(p, name, merchant=name)
        p.add("small", "Lippan workshop at the Karigar Shala, Madhapar (3 hours, clay and mirrors given)")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment failed", status)
        p.add("small", "The bank declined this payment. No money was debited; you can try again.")
        p.add("gap")
        j.amount = float(rng.choice([1200, 1500, 2400, 3000, 4500]))
        pid = f"pay_{code(rng, 14, MIXED)}"
        dots(p, "Payment ID", pid, at=0.34, txn=(TXN_RANK, pid))
        dots(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        dots(
            p,
            "Method",
            f"Card ({rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)})",
            at=0.34,
            method="card",
        )
        dots(p, "Attempted at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        dots(p, "Booked by", who, at=0.34)
        p.add("small", "Secured by Razorpay")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (252, 249, 242)
        lippan_border(p)
        p.part = "head"
        p.add("gap")
        mandala(p)
        guj(p, STUDIO_GU, scale=1.0, bold=True)
        name = pick(p, "title", [STUDIO, STUDIO_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{OFFICE}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        p.add("center", "ADVANCE RECEIPT")
        p.part = "body"
        rno = f"ALKS/ADV/{fy(j.date)}/{rng.randrange(1, 60):03d}"
        cols(
            p,
            "ar",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {when(j.date, '%d.%m.%Y')}",
            txn=(INVOICE_RANK, rno),
        )
        p.add("gap")
        client = rng.choice(
            ["The Fern Residency, Bhuj", "Hotel Regenta Resort, Bhuj", "Kutch Safari Lodge, Hodka"]
        )
        order = float(rng.randrange(180000, 420000, 5000))
        j.amount = float(round(order * rng.choice([0.3, 0.4, 0.5]) / 100) * 100)
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "HDFC Bank", way)
        p.add(
            "left",
            f"Received with thanks from {client} the sum of Rs. {num(j.amount, 'indian', 0)}/- "
            f"({words_in_rupees(j.amount)}) by {way} on {day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])}, "
            f"UTR {utr}, as an advance for a Lippan mural of {rng.choice(['14 x 8', '12 x 6', '20 x 9'])} "
            "ft in the lobby.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        spec = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
        cols(p, "arv", spec, "Order value (incl. GST 18%)", f"Rs. {num(order, 'indian')}")
        cols(p, "arv", spec, "Balance on completion", f"Rs. {num(order - j.amount, 'indian')}")
        p.add("gap")
        sig(p)
        right(p, f"{PARTNER}, Partner")
        p.add("gap")
        return p.done()
    if k == 4:
        order = f"AB{rng.randrange(1000, 9999)}"
        p = browser_page(rng, font, f"{WEB}/account/orders/{code(rng, 10, LOWER)}")
        p.part = "head"
        name = HAAT
        top(p, name, merchant=name)
        p.add("small", f"{WEB}  |  Lippan art from Kutch, made by hand")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Order #{order}", txn=(ORDER_RANK, order))
        p.add("left", f"Thank you, {who.split(' ', 1)[1].split()[0]}!")
        p.add("gap")
        pill(p, "Payment processing", status, align="l")
        p.add("small", "Your payment is being processed. We will e-mail you when it is confirmed.")
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=3400)
        ship = float(rng.choice([0, 99, 149]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        for text, _, q, pr in items:
            cols(p, "sh", spec, f"{clip(text, 40)} x {q}", rs(q * pr))
        p.add("rule")
        cols(p, "sh", spec, "Subtotal", rs(sub))
        cols(p, "sh", spec, "Shipping", rs(ship) if ship else "Free")
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        spec2 = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "shp", spec2, "Payment", "UPI (Razorpay) - processing", method="UPI")
        cols(p, "shp", spec2, "Placed on", day_in(j, rng, ["%B {d}, %Y", "{d} %b %Y"]), date=j.date)
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = (255, 252, 244)
        p.part = "head"
        bandhani(p)
        name = pick(p, "title", [HAAT_CAPS, HAAT])
        top(p, name, merchant=name)
        p.add("small", HAAT_AT)
        p.add("center", "GIFT VOUCHER")
        bandhani(p)
        p.part = "body"
        j.amount = float(rng.choice([1000, 2000, 2500, 5000, 10000]))
        vno = f"GV-{rng.randrange(100, 999):04d}"
        valid = dt.date(j.date.year + 1, j.date.month, min(j.date.day, 28))
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        cols(p, "gv", spec, "Voucher No.", vno)
        cols(p, "gv", spec, "Value", f"Rs. {num(j.amount, 'indian', 0)}/-")
        cols(p, "gv", spec, "Valid till", when(valid, "%d %b %Y"))
        cols(p, "gv", spec, "For", "any Lippan work at the Haat")
        bars(p, f"{vno}{j.amount}")
        p.add("center", vno)
        p.add("rule")
        appr = digits(rng, 6)
        p.add(
            "left",
            f"Received Rs. {num(j.amount, 'indian', 0)}/- by card ({masked(rng, font)}), "
            f"Approval code {appr}.",
            amount=j.amount,
            method="card",
            status=status,
            txn=(APPR_RANK, appr),
        )
        right(p, f"for {HAAT}")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [760, 800])
        p.part = "head"
        guj(p, SHALA_GU, scale=1.0, bold=True)
        name = pick(p, "title", [SHALA, SHALA_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{SHALA_AT}  |  a unit of {STUDIO}")
        p.add("center", "RECEIPT")
        p.part = "body"
        no = str(rng.randrange(100, 999))
        j.amount = float(rng.choice([900, 1200, 1800, 2400, 3600]))
        start = len(p.rows)
        at = 0.33
        h271.fill2(p, ("No.", no), ("Receipt No.", no), at, txn=(INVOICE_RANK, no))
        h271.fill2(
            p,
            ("Date", when(j.date, "%d/%m/%y")),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%Y"])),
            at,
            date=j.date,
        )
        h271.fill2(p, ("Name", who.split()[-1]), ("Received from", who), at)
        h271.fill2(
            p,
            ("Rs.", num(j.amount, "indian", 0)),
            ("Rs.", f"{num(j.amount, 'indian', 0)}/-"),
            at,
            amount=j.amount,
        )
        h271.fill2(p, ("For", "workshop"), ("Workshop", "Lippan, 2 days"), at)
        h271.fill2(
            p, ("", ""), ("by UPI, Ref", j.ref), at, method="UPI", status=status, txn=(UTR_RANK, j.ref)
        )
        perf(p, start, at)
        p.add("gap")
        right(p, "for the Karigar Shala")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460]), size=rng.choice([17, 18]))
    paper(p, rng)
    h269.torn(p)
    typeface(p)
    p.part = "head"
    shown = HAAT_CAPS
    typed(p, f"{shown:^32}", merchant=shown)
    typed(p, f"{'DARBARGADH CHOWK, BHUJ':^32}")
    typed(p, f"{'GSTIN ' + GSTIN:^32}")
    p.part = "body"
    typed(p, "-" * 32)
    bno = f"{rng.randrange(1, 9999):04d}"
    typed(p, f"BILL NO {bno}", txn=(INVOICE_RANK, bno))
    typed(p, f"{when(j.date, '%d-%m-%Y')}  {hhmm(rng, twelve=False)}", date=j.date)
    typed(p, "-" * 32)
    items = works(rng, rng.randrange(1, 4), high=3000)
    for text, _, q, pr in items:
        typed(p, clip(text, 32).upper())
        typed(p, f"  {q} x {num(pr, 'plain', 0):>6}{num(q * pr):>20}")
    j.amount = round(sum(q * pr for _, _, q, pr in items), 2)
    tend = float(math.ceil((j.amount + 1) / 500) * 500)
    typed(p, "-" * 32)
    typed(p, f"{'TOTAL':<16}{num(j.amount):>16}", amount=j.amount)
    typed(p, f"{'CASH TEND':<16}{num(tend):>16}", method="cash", status=status)
    typed(p, f"{'CHANGE':<16}{num(tend - j.amount):>16}")
    typed(p, "-" * 32)
    typed(p, f"{'GST INCL. THANK YOU':^32}")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's suppliers, each on top of its own paper: NAGRECHA MDF & PLY's TAX INVOICE (Invoice No.
    beside its earlier Date:, Buyer:, a table ruled on every side with CGST 9%, SGST 9% and Total (rounded)),
    its PAID rubber stamp with the day and, by hand under it, "by NEFT, UTR ..." and "dt. <day>"; Flipkart
    Wholesale's order with the payment pending under a clock's mark (Seller, a fieldset "Order details": Order
    ID, Items, Payment mode, UPI Ref No., Placed on); KADRI MIRROR WORKS' bill under its Gujarati name, the
    mirrors written by hand in Gujarati with their sums, કુલ (total) and "રોકડા મળ્યા / Cash received" (no
    number, no reference); Itsy Bitsy's checkout with the payment failed on a tinted band (Order #, Items,
    Order total, Payment method, Attempted on); MORBI CORRUGATED BOXES' invoice made in Swipe with its Paid
    capsule ("Amount paid <sum> on <day> via UPI, Ref ..."); India Post's SPEED POST booking receipt from the
    Bhuj head office's counter printer (Art. No., Weight, Tariff, GST, Total, Paid by UPI, Ref, the day and
    hour); GoDaddy's receipt mailed (Receipt #, Receipt date, the domain and mail plan, IGST 18%, Total,
    Payment: Visa); a Banni clay seller's chit written by hand and taped into the studio's book (his name, the
    sacks of clay and their sum, "Recd. by PhonePe", Ref; no day). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=1500, high=80000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    buyer = rng.choice([STUDIO, STUDIO_CAPS])
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (253, 253, 250)
        p.part = "head"
        name = "NAGRECHA MDF & PLY"
        top(p, name, merchant=name)
        p.add(
            "small", f"MDF, plywood and laminates  |  Station Road, Bhuj - 370001  |  GSTIN {gstin_of(rng)}"
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"NMP/{fy(j.date)}/{rng.randrange(100, 2000)}"
        cols(
            p,
            "nm",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {when(earlier(rng, j, 3, 20), '%d.%m.%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {buyer}, Madhapar")
        lines = [
            ("MDF board 6 mm, 8 x 4 ft", "4411", rng.randrange(10, 40), float(rng.randrange(640, 780, 10))),
            ("MDF board 12 mm, 8 x 4 ft", "4411", rng.randrange(4, 14), float(rng.randrange(1150, 1380, 10))),
            (
                "CNC cutting, rounds 12 to 18 in",
                "9988",
                rng.randrange(40, 160),
                float(rng.choice([18, 22, 25])),
            ),
        ]
        taxable = sum(q * r for _, _, q, r in lines)
        gst = round(taxable * 0.09, 2)
        j.amount = float(round(taxable + 2 * gst))
        grid(
            p,
            "nmg",
            [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
            ["Description", "HSN", "Qty", "Rate", "Amount"],
            [([t, h, str(q), num(r, "plain", 0), num(q * r)], {}) for t, h, q, r in lines]
            + [(["CGST 9%", "", "", "", num(gst)], {}), (["SGST 9%", "", "", "", num(gst)], {})],
            foot=(["Total (rounded)", num(j.amount)], {"amount": j.amount}),
            tint=(236, 228, 214),
        )
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        p.add("gap")
        write(p, f"by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        write(p, f"dt. {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}", date=j.date)
        rstamp(p, ["PAID", when(j.date, "%d %b %Y").upper(), "NAGRECHA MDF"], "blue", at=0.08, rows_=4)
        right(p, f"For {name}")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Order"], dark=False, buttons=("Check status",))
        band(p, (40, 116, 240))
        app_head(p, "Flipkart Wholesale", "Payment")
        sicon(p, status)
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        j.amount = rupees(rng, 2500, 18000, 0.4)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "We are waiting for your bank to confirm. Please do not pay again.")
        seller = "Shree Umiya Traders"
        p.add("small", "Seller")
        p.add("center", seller, merchant=seller)
        p.add("small", "Rajkot, Gujarat")
        p.add("gap")
        b = box_open(p, "Order details")
        oid = f"FWO{digits(rng, 12)}"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Items", f"Fevicryl white x {rng.choice([6, 12])}, glue x 4")
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Placed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        box_close(p, b)
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 247, 236), (248, 246, 238)])
        p.part = "head"
        guj(p, "કાદરી મિરર વર્ક્સ", scale=1.25, bold=True)
        name = "KADRI MIRROR WORKS"
        p.add("center", name, merchant=name)
        p.add("small", "Round, diamond and triangle mirrors for embroidery and Lippan  |  Vaniyawad, Bhuj")
        p.add("rule")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d/%m/%Y"]), date=j.date)
        blank(p, "M/s", "Aabhla Lippan, Madhapar")
        p.add("gap")
        start = len(p.rows)
        mirrors = [
            ("ગોળ આભલા 10 mm", 2000, 0.8),
            ("ગોળ આભલા 15 mm", 1000, 1.1),
            ("ત્રિકોણ આભલા", 500, 0.9),
            ("ડાયમંડ આભલા", 800, 0.95),
            ("મોટા ગોળ આભલા 40 mm", 100, 6.0),
        ]
        total_ = 0.0
        for text, n, rate in rng.sample(mirrors, 3):
            q = n * rng.choice([1, 2, 3])
            v = float(round(q * rate))
            ghand(p, f"{text} x {q}", figure=num(v, "indian", 0))
            total_ += v
        j.amount = total_
        ghand(p, "કુલ", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        h275.bahi(p, start, [0.74], fold=False)
        p.add("gap")
        ghand(p, "રોકડા મળ્યા / Cash received", method="cash", status=status)
        write(p, "- Ibrahim", align="r")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, f"www.itsybitsy.in/checkout/{code(rng, 8, LOWER)}/payment")
        p.part = "head"
        name = "Itsy Bitsy"
        top(p, name, merchant=name)
        p.add("small", "Art and craft supplies  |  Checkout")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment failed", status)
        p.add("left", "Your card issuer declined the payment. Your cart is saved; please try again.")
        p.add("gap")
        order = f"IB{digits(rng, 9)}"
        j.amount = rupees(rng, 1800, 14000, 0.3)
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "ib", spec, "Order #", order, txn=(ORDER_RANK, order))
        colkv(p, "ib", spec, "Items", "Mouldit clay 1 kg (6); Fevicryl white 500 ml (4); mirrors 15 mm (500)")
        colkv(p, "ib", spec, "Order total", rs(j.amount), amount=j.amount)
        colkv(p, "ib", spec, "Payment method", f"Debit card {masked(rng, font)}", method="card")
        colkv(
            p,
            "ib",
            spec,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            date=j.date,
        )
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "MORBI CORRUGATED BOXES"
        top(p, name, merchant=name)
        p.add("small", f"5-ply boxes and crates  |  Lalpar, Morbi - 363642  |  GSTIN {gstin_of(rng)}")
        p.add("rule")
        p.part = "body"
        inv = f"INV-{rng.randrange(100, 999):04d}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "mb",
            spec,
            f"Invoice #{inv}",
            f"Invoice Date: {when(earlier(rng, j, 2, 14), '%d %b %Y')}",
            txn=(INVOICE_RANK, inv),
        )
        cols(p, "mb", spec, f"Bill To: {clip(buyer, 30)}", "Place of supply: 24-Gujarat")
        pill(p, "Paid", status, align="l")
        boxes = [
            ("5-ply box 20 x 20 x 6 in", rng.randrange(100, 400), float(rng.choice([38, 42, 46]))),
            ("5-ply box 14 x 14 x 5 in", rng.randrange(100, 400), float(rng.choice([24, 28, 31]))),
            ("Bubble wrap roll, 1 m x 50 m", rng.randrange(4, 12), float(rng.choice([640, 720]))),
        ]
        taxable = sum(q * r for _, q, r in boxes)
        gst = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "mbz",
            [(0.0, 0.56, "l"), (0.56, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
            ["Item (HSN 4819)", "Qty", "Rate", "Amount"],
            [([t, str(q), num(r), num(q * r)], {}) for t, q, r in boxes]
            + [(["CGST 9%", "", "", num(gst)], {}), (["SGST 9%", "", "", num(gst)], {})],
            (60, 60, 70),
        )
        total(p, "Total", rs(j.amount), at=0.56, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Amount paid {rs(j.amount)} on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} via UPI, Ref {j.ref}.",
            date=j.date,
            method="UPI",
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Balance due: 0.00  |  Created with Swipe")
        return p.done()
    if k == 5:
        p = screen(rng, font, width=rng.choice([440, 460]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        name = "DEPARTMENT OF POSTS"
        typed(p, f"{name:^32}", merchant=name)
        typed(p, f"{'BHUJ H.O. - 370001':^32}")
        typed(p, f"{'SPEED POST BOOKING RECEIPT':^32}")
        p.part = "body"
        typed(p, "-" * 32)
        art = f"E{rng.choice('KGLW')}{digits(rng, 9)}IN"
        wt = rng.randrange(800, 4800, 10)
        tariff = float(rng.choice([94, 118, 165, 236, 312, 388]))
        gst = round(tariff * 0.18, 2)
        j.amount = round(tariff + gst, 2)
        typed(p, f"ART NO : {art}")
        typed(
            p,
            f"TO     : {rng.choice(['BENGALURU 560038', 'MUMBAI 400050', 'KOLKATA 700019', 'PUNE 411001'])}",
        )
        typed(p, f"WEIGHT : {wt} GMS")
        typed(p, f"{'TARIFF':<16}{num(tariff):>16}")
        typed(p, f"{'GST 18%':<16}{num(gst):>16}")
        typed(p, f"{'TOTAL':<16}{num(j.amount):>16}", amount=j.amount)
        typed(p, "-" * 32)
        typed(p, "PAID BY: UPI", method="UPI", status=status)
        typed(p, f"TXN REF: {j.ref}", txn=(UTR_RANK, j.ref))
        typed(p, f"DATE   : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, f"COUNTER: {rng.randrange(1, 5)}  OPR: {code(rng, 3, UPPER)}")
        typed(p, "-" * 32)
        typed(p, f"{'TRACK ON INDIAPOST.GOV.IN':^32}")
        return p.done()
    if k == 6:
        p = mail_page(
            rng, font, "GoDaddy <receipts@godaddy.com>", ["Your GoDaddy receipt", "Thanks for your order"]
        )
        p.part = "head"
        name = "GoDaddy"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {PARTNER.split()[1]},")
        p.add(
            "left",
            "Thanks for your purchase. Your payment was received and your products are renewed.",
            status=status,
        )
        p.add("gap")
        rno = f"{digits(rng, 10)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "gd", spec, "Receipt #", rno, txn=(INVOICE_RANK, rno))
        cols(p, "gd", spec, "Receipt date", day_in(j, rng, ["%b {d}, %Y", "%d %b %Y"]), date=j.date)
        cols(p, "gd", spec, "Payment", f"Visa ending {digits(rng, 4)}", method="card")
        p.add("gap")
        dom = float(rng.choice([699, 799, 899]))
        mail = float(rng.choice([1788, 2388, 3588]))
        igst = round((dom + mail) * 0.18, 2)
        j.amount = round(dom + mail + igst, 2)
        spec2 = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "gdi", spec2, f".IN domain renewal, 1 year ({WEB})", rs(dom))
        cols(p, "gdi", spec2, "Email Essentials, 1 year, 2 users", rs(mail))
        cols(p, "gdi", spec2, "IGST 18%", rs(igst))
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("small", "GoDaddy India Domains and Hosting Services Pvt. Ltd. GSTIN 07AAFCG6427C1ZV.")
        return p.done()
    p = sheet_page(rng, font, [600, 640])
    p.style["paper"] = (250, 250, 246)
    decor(p, "tape")
    p.part = "body"
    p.add("gap")
    p.add("gap")
    name = "Rasul Mutwa"
    write(p, name, merchant=name)
    write(p, "Banni mati (clay), Hodka")
    p.add("gap")
    spec = [(0.0, 0.72, "l"), (0.76, 1.0, "r")]
    sacks, rate = rng.randrange(6, 20), rng.choice([120, 150, 180])
    cart = rng.choice([0, 300, 400])
    hcells(p, spec, f"{sacks} bori x {rate}", num(sacks * rate, "indian", 0))
    if cart:
        hcells(p, spec, "chhakda bhadu (cart)", num(cart, "indian", 0))
    j.amount = float(sacks * rate + cart)
    hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    p.add("gap")
    write(p, "Recd. by PhonePe", method="UPI", status=status)
    write(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 6. the studio's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("NAGRECHA MDF AND PLY", "MDF boards, inv NMP 1586", "icici"),
    ("KADRI MIRROR WORKS", "mirrors, 3000 pcs", "kmcb"),
    ("MORBI CORRUGATED BOXES", "boxes, inv 0231", "rbl"),
    ("KUTCH COLOUR CENTRE", "acrylic colours and primer", "iob"),
    ("RANN TENT DECOR", "stall 27 fittings, Rann Utsav", "bob"),
    ("SHAH AND DOSHI ASSOCIATES", "audit fee 2025-26", "sib"),
    ("Ramdev Transport", "freight to Ahmedabad", "khata"),
    ("CLICKWORKS STUDIO", "catalogue photographs", "bandhan"),
]
KMCB_GU = "ધી કચ્છ મર્કન્ટાઇલ કો-ઓપ. બેંક લિ."


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's own banking pages paying its vendors: ICICI Bank's InstaBIZ with the NEFT successful (a
    capsule, the sum, "to <payee>", a digital receipt's zigzag card, each label small over its value:
    Transaction Reference No., UTR, Transfer type, Debit account, Date & time, Remarks); the Kutch Mercantile
    Co-op Bank's net banking under its Gujarati name with an IMPS in process (a capsule, a table ruled on
    every side: Transaction ID, IMPS Ref No, Beneficiary, Account No., Amount, Date & Time, Status); RBL
    MoBank's IMPS failed on a tinted band (the reason; IMPS Ref No., Date & time, Beneficiary A/c, Remarks);
    Indian Overseas Bank's NEFT e-receipt (Remitter and Debit account, a ruled table across the page with one
    row: Date | UTR | Beneficiary | Amount | Status; Remarks); Bank of Baroda's branch CUSTOMER ADVICE of an
    RTGS typed by its printer, the branch's stamp with the day over it; South Indian Bank's SIB Mirror+ with
    the transfer successful ("Today, <hour>"; IMPS Ref No., From A/c, Remarks; no day); Khatabook's entry in
    the transporter's account ("You Gave <sum>", the day and hour, Paid by UPI, a note; no reference); Bandhan
    Bank's mail ("Your NEFT of Rs.x to <PAYEE> has been processed successfully. UTR ...", a striped table of
    its details). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=3000, high=170000)
    payee, purpose, frame = VENDORS[k]
    if frame == "bob":
        shift(j, rng, RANN - dt.timedelta(days=rng.randrange(3, 14)))
        j.amount = float(rng.randrange(205000, 360000, 500))
    low, high = {
        "icici": (12000, 90000),
        "kmcb": (2500, 24000),
        "rbl": (8000, 60000),
        "iob": (4000, 28000),
        "sib": (25000, 75000),
        "khata": (1200, 9000),
        "bandhan": (9000, 45000),
    }.get(frame, (0, 0))
    if high:
        j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    dot = sign(font, "\u2022", "*")
    if frame == "icici":
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (174, 40, 30))
        app_head(p, "InstaBIZ", "ICICI Bank")
        pill(p, "Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        tref = f"ICIB{digits(rng, 11)}"
        z = zig_open(p)
        for label, value, facts in [
            ("Transaction Reference No.", tref, {"txn": (BANK_RANK, tref)}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
            ("Transfer type", "NEFT", {"method": "netbanking"}),
            ("Debit account", f"XXXXXXXX{digits(rng, 4)}", {}),
            ("Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
            ("Remarks", clip(purpose, 28), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        zig_close(p, z)
        return p.done()
    if frame == "kmcb":
        p = browser_page(rng, font, "netbanking.kutchbank.com/retail/imps/status")
        p.part = "head"
        guj(p, KMCB_GU, scale=0.95, bold=True)
        top(p, pick(p, "title", ["The Kutch Mercantile Co-op. Bank Ltd.", "Kutch Mercantile Bank"]))
        p.add("small", f"Net Banking  |  IMPS fund transfer  |  {CUT}")
        p.add("rule")
        p.part = "body"
        pill(p, "In process", status, align="l")
        p.add(
            "small",
            "The response from NPCI is awaited. Please do not retry; the status is updated within 24 hours.",
        )
        p.add("gap")
        tid = f"KMB{digits(rng, 10)}"
        grid(
            p,
            "km",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Transaction ID", tid], {"txn": (BANK_RANK, tid)}),
                (["IMPS Ref No", j.ref], {"txn": (UTR_RANK, j.ref), "method": "netbanking"}),
                (["Beneficiary", payee], {"merchant": payee}),
                (["Account No.", f"XXXXXXXX{acct_no[-4:]}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
                (["Status", "In process"], {"status": status}),
            ],
            tint=(232, 226, 212),
        )
        return p.done()
    if frame == "rbl":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Retry",))
        band(p, (33, 37, 99))
        app_head(p, "RBL MoBank", "RBL Bank")
        strip(p, "Transaction failed", status)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The beneficiary's bank is not responding (M3). Your account was not debited.")
        p.add("rule")
        kvr(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        kvr(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Beneficiary A/c", f"XXXX{acct_no[-4:]}")
        kvr(p, "Remarks", clip(purpose, 22))
        return p.done()
    if frame == "iob":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "Indian Overseas Bank")
        p.add("small", "Good people to grow with  |  Internet Banking  |  NEFT e-Receipt")
        p.add("rule")
        p.part = "body"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        colkv(p, "io", spec, "Remitter", STUDIO_CAPS)
        colkv(p, "io", spec, "Debit account", f"XXXXXXXX{digits(rng, 4)} (Bhuj branch)")
        p.add("gap")
        utr = utr_for(rng, j, "Indian Overseas Bank", "NEFT")
        name = h273.cell_name(p, 0.3, [payee, payee[:20]], scale=0.84)
        grid(
            p,
            "iog",
            [(0.0, 0.16, "l"), (0.16, 0.44, "l"), (0.44, 0.74, "l"), (0.74, 0.9, "r"), (0.9, 1.0, "l")],
            ["Date", "UTR", "Beneficiary", "Amount", "Status"],
            [
                (
                    [when(j.date, "%d/%m/%Y"), utr, name, num(j.amount), "Paid"],
                    {
                        "date": j.date,
                        "txn": (UTR_RANK, utr),
                        "merchant": name,
                        "amount": j.amount,
                        "status": status,
                        "method": "netbanking",
                    },
                )
            ],
            tint=(218, 232, 246),
        )
        p.add("gap")
        p.add("left", f"Remarks: {purpose}")
        p.add("small", "This is a computer generated receipt and does not need a signature.")
        return p.done()
    if frame == "bob":
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (252, 252, 248)
        p.part = "body"
        width_ = h271.tt_cols(p)
        typed(p, "BANK OF BARODA".center(width_).rstrip())
        typed(p, "BHUJ MAIN BRANCH, STATION ROAD, BHUJ".center(width_).rstrip())
        typed(p, "CUSTOMER ADVICE - RTGS".center(width_).rstrip())
        typed(p, "-" * width_)
        utr = utr_for(rng, j, "Bank of Baroda", "RTGS")
        for label, value, facts in [
            ("DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("REMITTER", CUT, {}),
            ("DEBIT A/C", f"XXXXXXXX{digits(rng, 4)}", {}),
            ("BENEFICIARY", payee, {"merchant": payee}),
            ("BENE A/C", f"XXXXXXXX{acct_no[-4:]}", {}),
            ("BENE IFSC", f"BARB0{code(rng, 6, UPPER)}", {}),
            ("AMOUNT", f"INR {num(j.amount, 'indian')}", {"amount": j.amount}),
            ("UTR NO", utr, {"txn": (UTR_RANK, utr), "method": "netbanking"}),
            ("STATUS", "SETTLED", {"status": status}),
        ]:
            typed(p, f"{label:<12}: {value}", **facts)
        typed(p, "-" * width_)
        typed(p, f"PURPOSE     : {clip(purpose.upper(), width_ - 14)}")
        rstamp(
            p, ["BANK OF BARODA", when(j.date, "%d %b %Y").upper(), "BHUJ MAIN"], "violet", at=0.6, rows_=4
        )
        return p.done()
    if frame == "sib":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=rng.random() < 0.3, buttons=("Done",))
        band(p, (0, 86, 150))
        app_head(p, "SIB Mirror+", "South Indian Bank")
        sicon(p, status)
        p.add("center", "Fund transfer successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        kvr(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        kvr(p, "From A/c", f"XXXX{digits(rng, 4)}")
        kvr(p, "Remarks", clip(purpose, 22))
        return p.done()
    if frame == "khata":
        p = phone(rng, font, k, ["", "Entry details"], dark=False, buttons=("Share", "Edit"))
        band(p, (28, 86, 172))
        app_head(p, "Khatabook", "Entry details")
        p.add("small", "Supplier")
        p.add("center", payee, merchant=payee)
        p.add("small", f"+91 {phone_no(rng)[:5]} XXXXX")
        p.add("gap")
        p.add("center", "You Gave", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "Paid by", "UPI", method="UPI")
        kvr(p, "Note", clip(purpose, 24))
        kvr(p, "Balance", "Settled")
        p.add("small", f"Added by Jasuben {dot} backed up")
        return p.done()
    p = mail_page(
        rng, font, "Bandhan Bank <alerts@bandhanbank.com>", ["Funds transfer confirmation", "NEFT processed"]
    )
    p.part = "head"
    top(p, "Bandhan Bank")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    utr = utr_for(rng, j, "Bandhan Bank", "NEFT")
    amt = num(j.amount, rng.choice(["indian", "western"]))
    p.add(
        "left",
        f"Your NEFT of Rs.{amt} to {payee} has been processed successfully. UTR {utr}.",
        amount=j.amount,
        merchant=payee,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
    )
    p.add("gap")
    zebra(
        p,
        "bn",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Transfer details", ""],
        [
            (["Beneficiary", payee], {}),
            (["Account", f"XXXXXXXX{acct_no[-4:]}  |  UTIB000{digits(rng, 4)}"], {}),
            (["Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
            (["Remarks", purpose], {}),
        ],
        (160, 30, 50),
    )
    p.add("gap")
    p.add("small", "Never share your OTP, PIN or password. Bandhan Bank never asks for them.")
    return p.done()


# ---------------------------------------------------------------- 7. the artisans and staff


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio paying its artisans and staff: an artisan's ACCOUNT CARD under the Karigar Shala's Gujarati
    name, each label in Gujarati over its English and filled in by hand (કારીગર / Artisan, કામ / Work, દર /
    Rate, કુલ / Total, ચુકવણી / Paid by, તારીખ / Date), its Card No. printed, "ઉપર મુજબ રકમ રોકડા મળી"
    (received the sum above in cash) written in Gujarati and a thumb box; slice's money sent to an artisan
    ("sent to <name>", the sum, the day and hour; UPI transaction ID, From, Note); greytHR's payslip for the
    Haat's sales assistant (dot leaders: Employee, Employee ID, Designation, Pay period; a striped table
    Earnings | Rs. | Deductions | Rs., NET PAY, "Paid on <day> by bank transfer (NEFT), UTR ..."); an ADVANCE
    VOUCHER under its Gujarati heading, its corner folded down (Voucher No. left blank, Date, Name, Purpose
    written in, Rs. in a box, "Received in cash", a thumb box; no reference); Tide's payment to an artisan
    failed on a tinted band (the reason; Transaction ID, IMPS Ref, Date, Paid from); PayZapp's UPI payment
    pending under a clock's mark (UPI Ref No., PayZapp Txn ID, Initiated on); Spice Money's DOMESTIC MONEY
    TRANSFER RECEIPT from an agent's counter printer at Khavda (Sender, Beneficiary, Bank, Amount, Charges,
    Total collected, Bank RRN, Txn ID, Status, the day and hour); Groww's money sent with its age ("20 min
    ago"; UPI Ref No., Paid from; no day). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=1200, high=24000, p_round=0.85)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    artisan = ARTISANS[(k + rng.randrange(3)) % len(ARTISANS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(248, 244, 232), (250, 248, 240)])
        p.part = "head"
        guj(p, SHALA_GU, scale=1.05, bold=True)
        top(p, pick(p, "title", [SHALA, SHALA_CAPS]))
        guj(p, "કારીગર ખાતું / ARTISAN'S ACCOUNT CARD", scale=0.9)
        p.add("rule")
        p.part = "body"
        no = str(rng.randrange(10, 80))
        cols(p, "ak", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Card No. {no}", "", txn=(INVOICE_RANK, no))
        work = rng.choice(
            [("Mandalas 12 in", 180), ("Mirror frames", 240), ("Key holders", 90), ("Coasters, sets", 110)]
        )
        pieces = rng.randrange(6, 30)
        j.amount = float(pieces * work[1])
        glab(p, "કારીગર", "Artisan", artisan, merchant=artisan)
        glab(p, "કામ", "Work", f"{work[0]}, {pieces} pcs")
        glab(p, "દર", "Rate", f"Rs {work[1]} a piece")
        glab(p, "કુલ", "Total", f"Rs {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        glab(p, "ચુકવણી", "Paid by", "Cash", method="cash")
        glab(p, "તારીખ", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        p.add("gap")
        ghand(p, "ઉપર મુજબ રકમ રોકડા મળી.", status=status)
        thumb(p, "L.T.I.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Share",))
        band(p, (80, 50, 170))
        app_head(p, "slice", "UPI")
        sicon(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"sent to {artisan}"])[8:]
        p.add("center", f"sent to {name}", merchant=name, status=status)
        p.add("small", f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (' at ',))}", date=j.date)
        p.add("rule")
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "From")
        p.add("left", f"slice savings account {dot * 2}{digits(rng, 4)}", method="UPI")
        lab(p, "Note")
        p.add("left", rng.choice(["mandala work, 2 weeks", "site work, Dhordo", "mirror frames x 8"]))
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "aabhla.greythr.com/v3/portal/ess/payslips")
        p.part = "head"
        top(p, "greytHR")
        p.add("small", f"{STUDIO}  |  Payslip")
        p.add("rule")
        p.part = "body"
        name = rng.choice(["Komal Gadhvi", "Mitali Soni", "Imran Khatri"])
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        dots(p, "Employee", name, at=0.36, merchant=name)
        dots(p, "Employee ID", f"ALKS{rng.randrange(1, 40):03d}", at=0.36)
        dots(p, "Designation", "Sales assistant, Aabhla Haat", at=0.36)
        dots(p, "Pay period", when(month, "%B %Y"), at=0.36)
        basic = float(rng.randrange(9000, 14000, 500))
        hra = round(basic * 0.2)
        conv = float(rng.choice([900, 1200, 1600]))
        pf = round(basic * 0.12)
        pt = 200.0
        j.amount = basic + hra + conv - pf - pt
        p.add("gap")
        zebra(
            p,
            "gh",
            [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.54, 0.82, "l"), (0.82, 1.0, "r")],
            ["Earnings", "Rs.", "Deductions", "Rs."],
            [
                (["Basic", num(basic), "Provident fund", num(pf)], {}),
                (["HRA", num(hra), "Professional tax", num(pt)], {}),
                (["Conveyance", num(conv), "", ""], {}),
            ],
            (40, 90, 150),
        )
        total(p, "NET PAY", rs(j.amount), at=0.6, amount=j.amount)
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        p.add(
            "left",
            f"Paid on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by bank transfer (NEFT), UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a system generated payslip from greytHR.")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 246, 236), (246, 246, 240)])
        decor(p, "dogear")
        p.part = "head"
        guj(p, "ઉપાડ પત્રક", scale=1.25, bold=True)
        top(p, pick(p, "title", [STUDIO, "Aabhla Lippan"]))
        p.add("center", "ADVANCE VOUCHER")
        p.part = "body"
        cols(p, "av", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Voucher No. ..........", "")
        j.amount = float(rng.choice([1000, 1500, 2000, 3000, 5000]))
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", artisan, merchant=artisan)
        blank(
            p,
            "Purpose",
            rng.choice(["advance against work", "school fees", "medicines", "wedding in family"]),
        )
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Received in cash", method="cash", status=status)
        thumb(p, "L.T.I. / sign")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (10, 40, 110))
        app_head(p, "Tide", "Business account")
        strip(p, "Payment failed", status)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {artisan}", merchant=artisan)
        p.add("small", "The payee's bank rejected the transfer: account is inactive.")
        p.add("rule")
        tid = f"TIDE{digits(rng, 12)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "IMPS Ref", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paid from", f"Tide {dot * 2}{digits(rng, 4)}")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh",))
        band(p, (0, 76, 143))
        app_head(p, "PayZapp", "HDFC Bank")
        sicon(p, status)
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {artisan}", merchant=artisan)
        p.add("small", "We will update the status in 30 minutes. Please do not pay again.")
        p.add("rule")
        pz = f"PZ{j.date:%y%m%d}{digits(rng, 10)}"
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "PayZapp Txn ID", pz, txn=(TXN_RANK, pz))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        p = screen(rng, font, width=rng.choice([440, 460]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        typed(p, f"{'SPICE MONEY':^32}")
        typed(p, f"{'ADHIKARI: MAHADEV KIRANA, KHAVDA':^32}")
        typed(p, f"{'DOMESTIC MONEY TRANSFER RECEIPT':^32}")
        p.part = "body"
        typed(p, "-" * 32)
        j.amount = float(rng.choice([2000, 3000, 4500, 5000, 7500, 10000]))
        charge = max(10.0, round(j.amount * 0.01))
        sid = f"SM{j.date:%y%m%d}{digits(rng, 8)}"
        name = artisan.upper()
        typed(p, f"DATE  : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, f"SENDER: {PARTNER.split(' ', 1)[1].upper()}")
        typed(p, f"BENE  : {name}", merchant=name)
        typed(p, f"BANK  : BANK OF BARODA XX{digits(rng, 4)}")
        typed(p, "MODE  : IMPS", method="netbanking")
        typed(p, "-" * 32)
        typed(p, f"{'AMOUNT':<16}{num(j.amount):>16}", amount=j.amount)
        typed(p, f"{'CHARGES':<16}{num(charge):>16}")
        typed(p, f"{'TOTAL COLLECTED':<16}{num(j.amount + charge):>16}")
        typed(p, "-" * 32)
        typed(p, f"BANK RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        typed(p, f"TXN ID  : {sid}", txn=(TXN_RANK, sid))
        typed(p, "STATUS  : SUCCESS", status=status)
        typed(p, "-" * 32)
        typed(p, f"{'KEEP THIS RECEIPT':^32}")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    band(p, (0, 208, 156), ink=(20, 20, 20))
    app_head(p, "Groww", "UPI")
    sicon(p, status)
    p.add("center", "Money sent", status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {artisan}", merchant=artisan)
    p.add("small", f"{rng.randrange(5, 50)} min ago")
    p.add("rule")
    kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Paid from", f"Bank of Baroda {dot * 2}{digits(rng, 4)}", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority on top: Bhuj Nagarpalika's PROFESSIONAL TAX RECEIPT under its
    Gujarati name, each label in Gujarati over its English (Receipt No., Enrolment No., Name, Year, Amount,
    Mode, UPI Ref., Date); Cyber Treasury Gujarat's e-challan for the Registrar of Firms failed (steps left to
    right with the bank's step failed, a capsule, dot leaders: e-Challan No., Department, Purpose, Remitter,
    Amount, Bank, Transaction ID, Date); ESIC's challan receipt (shaded label cells: Employer code, Employer
    name, Challan period, Challan number, Transaction number, Amount paid, Paid on, Mode, Status); the Tourism
    Corporation of Gujarat's mail of the Rann Utsav stall allotted and its fee received ("The stall fee of Rs.
    x/- paid by RTGS on <day>, UTR ..., has been received.", a striped table Stall | Size | Period | Fee);
    DGFT's e-payment pending for the bank's confirmation (a capsule, IEC, Application, Fee, Transaction ID,
    Payment mode; no day); the Gujarat Labour Welfare Board's contribution receipt (a table ruled on every
    side, two fields to a row: Receipt No., Establishment, Period, Employees, Amount, Bank Ref. No., Payment
    date, Mode); Vahan's motor vehicle tax receipt for the studio's tempo (Registration No., Tax upto, Receipt
    No., Transaction No., Bank Ref No., Amount, Payment date, Mode; a QR code); Hodka Gram Panchayat's HOUSE
    TAX RECEIPT from its book, each label in Gujarati over its English and filled in by hand (No. left blank;
    Date, Name, Property No., Year, Amount), "રોકડા મળ્યા" (cash received) by hand (no reference). All new
    here."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        guj(p, "ભુજ નગરપાલિકા", scale=1.25, bold=True)
        name = "BHUJ NAGARPALIKA"
        p.add("center", name, merchant=name)
        p.add("small", "Nagar Seva Sadan, Hospital Road, Bhuj - 370001")
        guj(p, "વ્યવસાય વેરો પહોંચ / PROFESSIONAL TAX RECEIPT", scale=0.95)
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1250, 2400, 2500]))
        rno = f"PT/{fy(j.date)}/{rng.randrange(1000, 9999)}"
        for gu, en, value, facts in [
            ("પહોંચ નંબર", "Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("નોંધણી નંબર", "Enrolment No.", f"PTEC/BHJ/{digits(rng, 6)}", {}),
            ("નામ", "Name", clip(STUDIO_CAPS, 34), {}),
            ("વર્ષ", "Year", f"20{fy(j.date)}", {}),
            ("રકમ", "Amount", rs(j.amount), {"amount": j.amount}),
            ("ચુકવણી પ્રકાર", "Mode", "UPI", {"method": "UPI"}),
            ("યુપીઆઈ સંદર્ભ", "UPI Ref.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("તારીખ", "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
        ]:
            glab(p, gu, en, value, at=0.36, pen=False, **facts)
        p.add("left", "Tax received. Thank you.", status=status)
        right(p, "Tax Superintendent")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "cybertreasury.gujarat.gov.in/CyberTreasury_UAT/challan/status")
        p.part = "head"
        guj(p, "સાયબર ટ્રેઝરી, ગુજરાત સરકાર", scale=0.9, bold=True)
        top(p, "Cyber Treasury Gujarat")
        p.add("small", "e-Challan  |  Department of Finance, Government of Gujarat")
        p.add("rule")
        p.part = "body"
        track(p, ["Challan made", "Paid at bank", "Credited to Govt"], "dft")
        pill(p, "Payment failed", status, align="l")
        p.add("small", "The bank did not confirm the payment. This challan is cancelled; make a new one.")
        p.add("gap")
        j.amount = float(rng.choice([300, 500, 1000, 2000]))
        cno = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
        tid = f"BOB{digits(rng, 12)}"
        dept = "Registrar of Firms, Gujarat"
        dots(p, "e-Challan No.", cno, at=0.34, txn=(INVOICE_RANK, cno))
        dots(p, "Department", dept, at=0.34, merchant=dept)
        dots(p, "Purpose", "Change of partners, Form No. 5", at=0.34)
        dots(p, "Remitter", clip(STUDIO, 32), at=0.34)
        dots(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        dots(p, "Bank", "Bank of Baroda (Net Banking)", at=0.34, method="netbanking")
        dots(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        dots(p, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.34, date=j.date)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "www.esic.gov.in/EmployerPortal/ChallanReceipt")
        p.part = "head"
        name = "Employees' State Insurance Corporation"
        top(p, pick(p, "title", [name, "ESIC"]), merchant=pick(p, "title", [name, "ESIC"]))
        p.add("small", "Ministry of Labour and Employment  |  Challan receipt")
        p.add("rule")
        p.part = "body"
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        j.amount = float(rng.randrange(1200, 9000, 1))
        chl = f"{digits(rng, 8)}{rng.randrange(10, 99)}"
        tno = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        kv(p, "Employer code", digits(rng, 17), at=0.38)
        kv(p, "Employer name", clip(STUDIO_CAPS, 34), at=0.38)
        kv(p, "Challan period", when(period, "%b-%Y"), at=0.38)
        kv(p, "Challan number", chl, at=0.38, txn=(INVOICE_RANK, chl))
        kv(p, "Transaction number", tno, at=0.38, txn=(TXN_RANK, tno))
        kv(p, "Amount paid", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Paid on", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.38, date=j.date)
        kv(p, "Mode", "Internet Banking (Bank of Baroda)", at=0.38, method="netbanking")
        kv(p, "Status", "Challan paid successfully", at=0.38, status=status)
        return p.done()
    if k == 3:
        shift(j, rng, RANN - dt.timedelta(days=rng.randrange(15, 45)))
        p = mail_page(
            rng,
            font,
            "TCGL Rann Utsav <rannutsav.stalls@gujarattourism.com>",
            ["Stall allotment and fee received", "Rann Utsav - Crafts Bazaar stall 27"],
        )
        p.part = "head"
        name = "Tourism Corporation of Gujarat Ltd."
        top(p, pick(p, "title", [name, "TCGL"]), merchant=pick(p, "title", [name, "TCGL"]))
        p.add("small", "Udyog Bhavan, Gandhinagar  |  Rann Utsav, Dhordo")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PARTNER},")
        j.amount = float(rng.choice([24000, 30000, 36000, 42000]))
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "Bank of Baroda", way)
        p.add(
            "left",
            "Stall No. 27 in the Crafts Bazaar is allotted to you. The stall fee of "
            f"Rs. {num(j.amount, 'indian', 0)}/- "
            f"paid by {way} on {day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])}, UTR {utr}, has been received.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        zebra(
            p,
            "tc",
            [(0.0, 0.18, "l"), (0.18, 0.38, "l"), (0.38, 0.78, "l"), (0.78, 1.0, "r")],
            ["Stall", "Size", "Period", "Fee (Rs.)"],
            [(["27", "10 x 10 ft", "10 Nov to 15 Dec 2026", num(j.amount)], {})],
            (180, 90, 20),
        )
        p.add("gap")
        p.add("left", "Please bring this mail and your artisan card to the Bazaar office on the first day.")
        p.add("small", "Rann Utsav Cell, TCGL. This is a system generated mail.")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "www.dgft.gov.in/CP/?opt=epayment-status")
        p.part = "head"
        name = "Directorate General of Foreign Trade"
        top(p, pick(p, "title", [name, "DGFT"]), merchant=pick(p, "title", [name, "DGFT"]))
        p.add("small", "Ministry of Commerce and Industry  |  e-Payment status")
        p.add("rule")
        p.part = "body"
        pill(p, "Pending for confirmation from bank", status, align="l")
        p.add("small", "The fee is shown here as paid once your bank confirms it. Please do not pay again.")
        p.add("gap")
        j.amount = 500.0
        tid = f"DGFT{digits(rng, 12)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        colkv(p, "dg", spec, "IEC", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}")
        colkv(p, "dg", spec, "Application", "Modification of IEC (partners' details)")
        colkv(p, "dg", spec, "Fee", rs(j.amount), amount=j.amount)
        colkv(p, "dg", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(p, "dg", spec, "Payment mode", "Net Banking (ICICI Bank)", method="netbanking")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "glwb.gujarat.gov.in/lwf/receipt")
        p.part = "head"
        guj(p, "ગુજરાત શ્રમયોગી કલ્યાણ બોર્ડ", scale=0.95, bold=True)
        name = "Gujarat Labour Welfare Board"
        top(p, name, merchant=name)
        p.add("small", "Labour welfare fund contribution  |  Receipt")
        p.add("rule")
        p.part = "body"
        emp = rng.randrange(4, 12)
        j.amount = float(emp * 6 + emp * 12)
        rno = f"LWF/{j.date.year}/{digits(rng, 6)}"
        bref = f"{digits(rng, 12)}"
        half = "June" if j.date.month <= 7 else "December"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")]
        grid(
            p,
            "lw",
            spec,
            None,
            [
                (["Receipt No.", rno, "Establishment", clip(STUDIO, 24)], {"txn": (INVOICE_RANK, rno)}),
                (["Period", f"Half year to {half} {j.date.year}", "Employees", str(emp)], {}),
                (
                    ["Amount", rs(j.amount), "Bank Ref. No.", bref],
                    {"amount": j.amount, "txn": (BANK_RANK, bref)},
                ),
                (
                    ["Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), "Mode", "Net Banking"],
                    {"date": j.date, "method": "netbanking"},
                ),
            ],
            tint=(226, 236, 226),
        )
        p.add("gap")
        p.add("left", "Contribution received: employees Rs. 6 and employer Rs. 12 each.", status=status)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/tax/receipt")
        p.part = "head"
        top(p, "Vahan 4.0")
        name = "Transport Department, Gujarat"
        p.add("center", name, merchant=name)
        p.add("small", "Regional Transport Office, Bhuj (GJ-12)  |  Tax payment receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1800, 2400, 3200, 4650]))
        rno = f"GJ12{j.date:%y}{digits(rng, 8)}"
        tno = f"VAH{j.date:%y}{digits(rng, 10)}"
        bref = f"{digits(rng, 12)}"
        upto = dt.date(j.date.year + 1, 3, 31)
        kv(p, "Registration No.", f"GJ 12 B{rng.choice(UPPER)} {rng.randrange(1000, 9999)}", at=0.36)
        kv(p, "Vehicle", "Goods carrier (tempo), LMV", at=0.36)
        kv(p, "Tax upto", when(upto, "%d-%b-%Y"), at=0.36)
        kv(p, "Receipt No.", rno, at=0.36, txn=(INVOICE_RANK, rno))
        kv(p, "Transaction No.", tno, at=0.36, txn=(TXN_RANK, tno))
        kv(p, "Bank Ref No.", bref, at=0.36, txn=(BANK_RANK, bref))
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=0.36, date=j.date)
        kv(p, "Mode", "UPI", at=0.36, method="UPI")
        p.add("gap")
        p.add("left", "Tax paid successfully.", status=status)
        qr(p, f"vahan{rno}", "r", 4)
        return p.done()
    p = sheet_page(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(246, 242, 228), (244, 240, 224)])
    p.part = "head"
    guj(p, "ગ્રામ પંચાયત હોડકા, તા. ભુજ", scale=1.1, bold=True)
    name = "HODKA GRAM PANCHAYAT"
    p.add("center", name, merchant=name)
    guj(p, "ઘરવેરા પહોંચ / HOUSE TAX RECEIPT", scale=0.9)
    p.add("rule")
    p.part = "body"
    cols(p, "hg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
    j.amount = float(rng.choice([450, 600, 850, 1250]))
    glab(p, "તારીખ", "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), date=j.date)
    glab(p, "નામ", "Name", "Aabhla Lippan, bhunga workshop")
    glab(p, "મિલકત નં.", "Property No.", f"{rng.randrange(100, 400)}/B")
    glab(p, "વર્ષ", "Year", f"20{fy(j.date)}")
    glab(p, "રકમ", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    p.add("gap")
    ghand(p, "રોકડા મળ્યા", method="cash", status=status)
    right(p, "Talati-cum-Mantri")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "to" on an app): Bajaj Allianz's
    PREMIUM RECEIPT for the Haat's Bharat Sookshma Udyam Suraksha (Receipt No. beside Receipt Date, Received
    from, Policy No., a striped table Net premium | CGST 9% | SGST 9% | Total, a fieldset "Payment details":
    Mode, UTR, Date of payment); ICICI Lombard's app with the artisans' group health premium pending under a
    clock's mark ("to <insurer>", a zigzag card: Proposal No., Payment ID, UPI Ref No., Initiated on); SBI
    General's renewal page with the payment failed on a tinted band (Quote No., Premium, Payment mode,
    Transaction ID, Attempted on, Reason); IFFCO-TOKIO's mail of the marine cargo premium received (its
    sentence, a card: Amount received, Payment date, Payment mode, Transaction ID, Certificate No.); LIC's
    e-receipt for the staff's group gratuity scheme (Receipt No. beside Date, a table ruled on every side of
    one row Scheme No. | Period | Premium | GST | Total, "Received by NEFT, UTR ..."); Generali Central's mail
    of a policy issued ("We have received <sum> ... on <day>", Payment reference, Paid via); Kotak General's
    app with the policy bought ("Today, <hour>"; Payment ID, Paid via, Policy; no day); Oriental Insurance's
    motor COVER NOTE, its printed number, filled in by hand with "Premium Rs. x/- received in cash on <day>"
    and the agent's stamp (no reference). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=1500, high=70000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        name = "Bajaj Allianz General Insurance Co. Ltd."
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        shown = pick(p, "title", [name, "Bajaj Allianz General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Branch: Hospital Road, Bhuj  |  IRDAI Reg. No. 113")
        p.add("center", "PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"BA{j.date:%y}{digits(rng, 9)}"
        cols(
            p,
            "bj",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Receipt Date: {when(j.date, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, rno),
        )
        p.add("left", f"Received from: {STUDIO}")
        p.add(
            "left",
            f"Policy No.: OG-{j.date:%y}-2301-4001-{digits(rng, 8)}  |  Bharat Sookshma Udyam Suraksha",
        )
        p.add("gap")
        half = round(gst / 2, 2)
        zebra(
            p,
            "bz",
            [(0.0, 0.28, "r"), (0.28, 0.5, "r"), (0.5, 0.72, "r"), (0.72, 1.0, "r")],
            ["Net premium", "CGST 9%", "SGST 9%", "Total"],
            [([num(base), num(half), num(gst - half), num(j.amount)], {"amount": j.amount})],
            (0, 86, 160),
        )
        p.add("gap")
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        b = box_open(p, "Payment details")
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(p, "bp", spec, "Mode", "NEFT", method="netbanking")
        colkv(p, "bp", spec, "UTR", utr, txn=(UTR_RANK, utr))
        colkv(p, "bp", spec, "Date of payment", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        box_close(p, b)
        p.add("left", "Premium received with thanks. Cover as per the policy schedule.", status=status)
        return p.done()
    if k == 1:
        name = "ICICI Lombard General Insurance Co. Ltd."
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (160, 30, 40))
        app_head(p, "ICICI Lombard", "IL TakeCare")
        sicon(p, status)
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"to {name}", "to ICICI Lombard General Insurance"])[3:]
        p.add("center", f"to {shown}", merchant=shown)
        p.add("small", "We will issue the policy once your bank confirms the payment.")
        z = zig_open(p)
        pid = f"ILP{digits(rng, 12)}"
        for label, value, facts in [
            ("Proposal No.", f"PRP/{digits(rng, 10)}", {}),
            ("Payment ID", pid, {"txn": (TXN_RANK, pid)}),
            ("UPI Ref No.", j.ref, {"txn": (UTR_RANK, j.ref), "method": "UPI"}),
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
        ]:
            kvr(p, label, value, **facts)
        zig_close(p, z)
        return p.done()
    if k == 2:
        name = "SBI General Insurance Company Ltd."
        p = browser_page(rng, font, "www.sbigeneral.in/portal/renewal/payment-status")
        p.part = "head"
        shown = pick(p, "title", [name, "SBI General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Shop insurance renewal  |  Aabhla Haat, Bhuj")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment failed", status)
        p.add("gap")
        tid = f"SBIG{digits(rng, 12)}"
        kv(p, "Quote No.", f"Q{digits(rng, 11)}", at=0.36)
        kv(p, "Premium", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment mode", f"Credit card {masked(rng, font)}", at=0.36, method="card")
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.36, date=j.date)
        kv(p, "Reason", "Declined by the card issuer", at=0.36)
        p.add("small", "No amount was debited. Your policy stays active till its expiry date.")
        return p.done()
    if k == 3:
        name = "IFFCO-TOKIO General Insurance Co. Ltd."
        p = mail_page(
            rng,
            font,
            "IFFCO-TOKIO <customercare@iffcotokio.co.in>",
            ["Payment received - marine cargo", "Your certificate is ready"],
        )
        p.part = "head"
        shown = pick(p, "title", [name, "IFFCO-TOKIO General Insurance"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PARTNER},")
        p.add(
            "left",
            "We have received your payment. The marine cargo certificate for your export is attached.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        tid = f"ITG{digits(rng, 12)}"
        p.pair("Amount received", rs(j.amount), amount=j.amount)
        p.pair("Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        p.pair("Payment mode", f"Debit card {masked(rng, font)}", method="card")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Certificate No.", f"MC/{digits(rng, 8)}")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Consignment: Lippan panels, Mundra to Jebel Ali. IFFCO-TOKIO, IRDAI Reg. No. 106.")
        return p.done()
    if k == 4:
        name = "Life Insurance Corporation of India"
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [name, "LIC of India"]), merchant=pick(p, "title", [name, "LIC of India"]))
        p.add("small", "Pension and Group Schemes Unit, Rajkot  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 6)}"
        cols(
            p,
            "lc",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {when(j.date, '%d-%m-%Y')}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("left", f"Received from: {STUDIO_CAPS}")
        year = f"{j.date.year}-{(j.date.year + 1) % 100:02d}"
        grid(
            p,
            "lcg",
            [(0.0, 0.22, "l"), (0.22, 0.44, "l"), (0.44, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Scheme No.", "Period", "Premium", "GST", "Total"],
            [([f"GG{digits(rng, 6)}", year, num(base), num(gst), num(j.amount)], {"amount": j.amount})],
            tint=(250, 236, 210),
        )
        p.add("gap")
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        p.add(
            "left",
            f"Received by NEFT, UTR {utr}, for the group gratuity scheme of the studio's staff.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a computer generated receipt. LIC: Yogakshemam Vahamyaham.")
        return p.done()
    if k == 5:
        name = "Generali Central Insurance Company Ltd."
        p = mail_page(
            rng,
            font,
            "Generali Central <noreply@generalicentral.com>",
            ["Your policy is issued", "Payment received - policy issued"],
        )
        p.part = "head"
        shown = pick(p, "title", [name, "Generali Central Insurance"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PARTNER},")
        p.add(
            "left",
            f"We have received {rs(j.amount)} on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])} and your "
            "Group Personal "
            "Accident policy for the artisans is issued.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        pref = f"GCI{digits(rng, 11)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "gc", spec, "Policy", f"Group Personal Accident, {rng.randrange(10, 30)} lives")
        cols(p, "gc", spec, "Payment reference", pref, txn=(TXN_RANK, pref))
        cols(p, "gc", spec, "Paid via", "UPI", method="UPI")
        p.add("gap")
        p.add("small", "Generali Central Insurance Company Ltd., formerly Future Generali India Insurance.")
        return p.done()
    if k == 6:
        name = "Kotak General Insurance Ltd"
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("View policy",))
        band(p, (0, 50, 110))
        app_head(p, "Kotak General Insurance", "")
        pill(p, "Policy purchased", status)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"paid to {name}", "paid to Kotak General"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"KGI{digits(rng, 13)}"
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "Policy", "Shop and stock, 1 year")
        return p.done()
    name = "The Oriental Insurance Company Ltd."
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = rng.choice([(246, 246, 236), (244, 244, 232)])
    p.part = "head"
    top(
        p,
        pick(p, "title", [name, "Oriental Insurance"]),
        merchant=pick(p, "title", [name, "Oriental Insurance"]),
    )
    p.add("small", "Divisional Office, Bhuj  |  Motor")
    p.add("center", "COVER NOTE")
    p.part = "body"
    cols(p, "oc", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {rng.randrange(200000, 299999)}", "")
    j.amount = float(rng.randrange(2400, 9800, 1))
    blank(p, "Insured", "Aabhla Lippan Kaam Studio")
    blank(p, "Vehicle", f"GJ 12 B{rng.choice(UPPER)} {rng.randrange(1000, 9999)}, tempo")
    blank(p, "Period", "one year from the date below")
    blank(p, "Premium Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    write(
        p,
        f"Premium received in cash on {when(j.date, rng.choice(['{d}/%m/%Y', '%d.%m.%Y']))}",
        method="cash",
        status=status,
        date=j.date,
    )
    rstamp(p, ["R. K. THACKER", "AGENT, ORIENTAL INS.", "BHUJ"], "violet", at=0.55, rows_=4)
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("AABHLA HAAT", "DARBARGADH CHOWK, BHUJ", "PINE LABS", "pine"),
    ("AABHLA - RANN UTSAV STALL 27", "CRAFTS BAZAAR, DHORDO", "Paytm for Business", "paytm"),
    ("AABHLA KARIGAR SHALA", "LAKHOND ROAD, MADHAPAR, BHUJ", "HDFC BANK", "declined"),
    ("HOTEL KANTH PALACE", "ASHRAM ROAD, AHMEDABAD", "ICICI BANK", "icici"),
    ("JALARAM HARDWARE STORES", "STATION ROAD, BHUJ", "AXIS BANK", "axis"),
    ("MANDVI SHIP MODELS", "SALAYA ROAD, MANDVI", "BANK OF BARODA", "pending"),
    ("VANKAR HARJI PREMJI & SONS", "BHUJODI, KUTCH", "", "handbill"),
    ("AABHLA HAAT", "DARBARGADH CHOWK, BHUJ", "Airtel Payments Bank", "device"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Haat's, the Rann Utsav stall's and the Karigar Shala's terminals and the studio's card at
    an Ahmedabad hotel, a Bhuj hardware store, a Mandvi ship model shop and a Bhujodi weaver's shop: Pine
    Labs' slip at the Haat with two fields to a line (TID and MID, BATCH and INVOICE, APPR CODE and RRN; the
    card, SALE, AMOUNT, APPROVED - PIN VERIFIED); Paytm for Business' card machine slip at the stall in the
    Rann Utsav's days (Card Payment Successful, Amount, Card, Auth Code, RRN, Txn ID, Date & Time); HDFC
    Bank's slip at the Karigar Shala DECLINED (RESPONSE CODE 05, DO NOT HONOUR); ICICI Bank's slip at an
    Ahmedabad hotel with its guest's line (DATE, TIME, TID, MID, INV NO, CARD, APPR CODE, RRN, TOTAL,
    APPROVED); Axis Bank's slip at a hardware store (DATE/TIME, BATCH/INV, CARD, AUTH, RRN, AMT, SALE
    APPROVED); Bank of Baroda's slip at a Mandvi shop awaiting the host (AWAITING HOST RESPONSE, DO NOT
    RETRY); a Bhujodi weaver's bill under his Gujarati name, the shawls written by hand in Gujarati with their
    sums, કુલ (total) and "કાર્ડથી ચુકવણી મળી / Paid by card" (no number, no reference); Airtel Payments
    Bank's card machine screen at the Haat with its hour alone (Payment successful, Card, Auth code, RRN; no
    day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=500, high=28000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "paytm":
        shift(j, rng, RANN + dt.timedelta(days=rng.randrange(0, 35)))
    if layout in ("axis", "pending", "handbill"):
        j.amount = rupees(rng, 450, 9000, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "device":
        p = phone(rng, font, k, ["", "Sale"], dark=False, buttons=("Print", "New sale"))
        band(p, (230, 0, 20))
        app_head(p, "Airtel Payments Bank", "Card machine")
        shown = pick(p, "center", [name])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("small", t)
        p.add("rule")
        p.pair("Card", f"{scheme} XX{last4}", method="card")
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if layout != "handbill" and rng.random() < 0.6:
        h269.torn(p)
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    if layout == "handbill":
        p.style["width"] = rng.choice([620, 660])
        p.style["paper"] = rng.choice([(250, 247, 238), (248, 246, 236)])
        hand_pen(p)
        p.part = "head"
        guj(p, "વણકર હરજી પ્રેમજી એન્ડ સન્સ", scale=1.0, bold=True)
        top(p, name, merchant=name)
        p.add("small", f"{town}  |  Hand-woven shawls, stoles and dhurries")
        p.add("center", "BILL")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "M/s", "Aabhla Lippan, Madhapar")
        p.add("gap")
        start = len(p.rows)
        goods = [
            ("ઊનની શાલ, કાળી", 1400, 2400),
            ("કાલા કોટન દુપટ્ટો", 650, 1100),
            ("દરી 3 x 5 ft", 1800, 3200),
            ("ટેબલ રનર", 450, 800),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(goods, rng.randrange(2, 4)):
            v = float(rng.randrange(lo, hi, 10))
            ghand(p, text, figure=num(v, "indian", 0))
            total_ += v
        j.amount = total_
        ghand(p, "કુલ", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        h275.bahi(p, start, [0.74], fold=False)
        p.add("gap")
        ghand(p, "કાર્ડથી ચુકવણી મળી / Paid by card", method="card", status=status)
        right(p, "- Harji")
        return p.done()
    p.part = "head"
    if brand:
        p.add("center", brand)
    shown = pick(p, "center", [name])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pine":
        p.add("center", "SALE")
        p.add("rule")
        kind(p, "pl", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], "plain", group="pl")
        row(p, "pl", f"DATE: {when(j.date, '%d/%m/%y')}", f"TIME: {t}", date=j.date)
        row(p, "pl", f"TID: {tid}", f"MID: {mid[:10]}")
        row(p, "pl", f"BATCH: {batch}", f"INVOICE: {inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"CARD: XXXX XXXX XXXX {last4} {scheme}", method="card")
        row(p, "pl", f"APPR CODE: {appr}", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED - PIN VERIFIED", status=status)
        p.add("small", "CUSTOMER COPY  |  POWERED BY PINE LABS")
    elif layout == "paytm":
        ptx = f"{digits(rng, 20)}"
        p.add("center", "Card Payment Successful", status=status)
        p.add("rule")
        p.pair("Amount", amt, amount=j.amount)
        p.pair("Card", f"{scheme.title()} **{last4}", method="card")
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("left", "Txn ID")
        p.add("right", ptx, txn=(TXN_RANK, ptx))
        p.pair("Date & Time", f"{when(j.date, '%d %b %Y')}, {t[:5]}", date=j.date)
        p.add("rule")
        p.add("small", "Customer copy. Thank you for visiting the Rann Utsav.")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXXXX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "RESPONSE CODE: 05")
        p.add("center", "DO NOT HONOUR")
        p.add("small", "NO AMOUNT DEBITED. PLEASE CONTACT YOUR BANK.")
    elif layout == "icici":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE: {when(j.date, '%d-%b-%Y').upper()}", date=j.date)
        p.add("left", f"TIME: {t}")
        p.add("left", f"TID : {tid}   MID: {mid[:12]}")
        p.add("left", f"INV NO: {inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"CARD: {scheme} ************{last4}", method="card")
        p.add("left", f"APPR CODE: {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", f"GUEST: ROOM {rng.randrange(101, 420)}, GUJARAT CRAFTS EXPO")
    elif layout == "axis":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE/TIME", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("BATCH/INV", f"{batch[-3:]}/{inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXX{last4} TAP", method="card")
        p.pair("AUTH", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "SALE APPROVED", status=status)
        p.add("small", "NO SIGNATURE REQUIRED")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE {when(j.date, '%d/%m/%Y')}  TIME {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXX XXXX XXXX {last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "AWAITING HOST RESPONSE", status=status)
        p.add("small", "DO NOT RETRY. THE STATUS WILL BE UPDATED WITHIN 30 MIN.")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


PGVCL = "Paschim Gujarat Vij Company Ltd."
PGVCL_GU = "પશ્ચિમ ગુજરાત વીજ કંપની લિ."


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Karigar Shala's, the Haat's and the studio's bills: PGVCL's online payment receipt under its
    Gujarati name, each label set right against a gutter (Consumer No., Consumer name, Bill month, Amount
    paid, Transaction ID, Bank Ref. No., Payment date, Payment mode, Status; a QR code); GTPL's broadband
    payment processing under a clock's mark (Account ID, Plan, Amount, Order ID, UPI Ref, Initiated); Bajaj
    Pay's Airtel Postpaid bill paid ("<sum> paid to Airtel Postpaid", a zigzag card: Mobile number, BBPS Txn
    Ref, Transaction ID, Paid on, Payment mode); Gujarat Gas' mail of a payment received ("We have received
    your payment of Rs. x towards BP No. ... on <day>.", Receipt No., Payment mode, UPI Ref); d2h's recharge
    failed on a tinted band ("for d2h"; Subscriber ID, Order ID, Payment mode, Date); a water tanker's slip
    from its pad under its Gujarati name (No. left blank, Date, Name, the tankers and their sum written in,
    "Paid cash"; no reference); Indane's SMS ("payment of Rs.x for your Indane refill ... received via UPI on
    <dd-mm-yyyy>. Ref ... - Indane"); MyJio's JioFiber bill paid with its age ("<n> min ago"; Transaction ID,
    Payment mode; no day). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=300, high=9000)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "Rs"))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = browser_page(rng, font, "www.pgvcl.com/consumer/onlinepayment/receipt")
        p.part = "head"
        guj(p, PGVCL_GU, scale=1.0, bold=True)
        name = pick(p, "title", [PGVCL, "PGVCL"])
        top(p, name, merchant=name)
        p.add("small", "Bhuj Circle  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        j.amount = rupees(rng, 1600, 8800, 0.3)
        tid = f"PGV{digits(rng, 12)}"
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        for label, value, facts in [
            ("Consumer No.", digits(rng, 11), {}),
            ("Consumer name", SHALA_CAPS, {}),
            ("Bill month", when(month, "%b-%Y").upper(), {}),
            ("Amount paid", rs(j.amount), {"amount": j.amount}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
            ("Payment mode", "Net Banking", {"method": "netbanking"}),
            ("Status", "Success", {"status": status}),
        ]:
            gutter(p, "pg", label, value, at=0.4, **facts)
        p.add("gap")
        qr(p, f"pgvcl{tid}", "r", 4)
        p.add("small", "Keep this receipt until the payment shows on your next bill.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Refresh",))
        band(p, (230, 90, 20))
        app_head(p, "GTPL Connect", "Broadband")
        sicon(p, status)
        p.add("center", "Payment processing", status=status)
        p.accent(AMBER)
        j.amount = float(rng.choice([589, 708, 999, 1416, 2124]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "GTPL Broadband Pvt. Ltd."
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "We are waiting for your bank's confirmation. This can take up to 2 hours.")
        p.add("rule")
        oid = f"GTPL{j.date:%y%m%d}{digits(rng, 6)}"
        kvr(p, "Account ID", f"GJ{digits(rng, 8)}")
        kvr(p, "Plan", "100 Mbps, Karigar Shala")
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Done",))
        band(p, (0, 114, 188))
        app_head(p, "Bajaj Pay", "Bill payments")
        sicon(p, status)
        p.add("center", "Bill paid successfully", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([399, 549, 749, 999, 1199]))
        name = "Airtel Postpaid"
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"paid to {name}", merchant=name)
        z = zig_open(p)
        bref = f"AX01{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        tid = f"BJP{digits(rng, 13)}"
        for label, value, facts in [
            ("Mobile number", f"9{digits(rng, 1)}XXXXXX{digits(rng, 2)}", {}),
            ("BBPS Txn Ref", bref, {"txn": (BANK_RANK, bref)}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Paid on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), {"date": j.date}),
            ("Payment mode", "UPI", {"method": "UPI"}),
        ]:
            kvr(p, label, value, **facts)
        zig_close(p, z)
        return p.done()
    if k == 3:
        p = mail_page(
            rng,
            font,
            "Gujarat Gas <noreply@gujaratgas.com>",
            ["Payment received", "Thank you for your payment"],
        )
        p.part = "head"
        name = "Gujarat Gas Limited"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        j.amount = rupees(rng, 380, 2600, 0.4)
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"We have received your payment of Rs. {num(j.amount, 'indian')} towards BP No. "
            f"{digits(rng, 10)} on "
            f"{day_in(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}. Thank you for paying on time.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        rno = f"GGL{digits(rng, 10)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        cols(p, "gg", spec, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        cols(p, "gg", spec, "Payment mode", "UPI", method="UPI")
        cols(p, "gg", spec, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        cols(p, "gg", spec, "Premises", "Aabhla Haat, Darbargadh, Bhuj")
        p.add("gap")
        p.add("small", "Gujarat Gas Limited. This is an auto-generated mail.")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Retry",))
        band(p, (220, 40, 60))
        app_head(p, "d2h", "Recharge")
        strip(p, "Recharge failed", status)
        p.add("gap")
        j.amount = float(rng.choice([299, 349, 450, 599]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "d2h"
        p.add("center", f"for {name}", merchant=name)
        p.add("small", "Your bank declined the payment. Money, if debited, is refunded in 3 days.")
        p.add("rule")
        oid = f"D2H{digits(rng, 11)}"
        kvr(p, "Subscriber ID", digits(rng, 11))
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Payment mode", f"Debit card {dot * 4} {digits(rng, 4)}", method="card")
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 246, 228), (246, 248, 232)])
        p.part = "head"
        guj(p, "જલ સેવા ટેન્કર સર્વિસ", scale=1.2, bold=True)
        name = "JAL SEVA TANKER SERVICE"
        p.add("center", name, merchant=name)
        p.add("small", f"Sweet water tankers  |  Madhapar, Bhuj  |  Mob. {phone_no(rng)}")
        p.add("rule")
        p.part = "body"
        cols(p, "js", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", "Aabhla Karigar Shala")
        n = rng.randrange(1, 5)
        rate = rng.choice([500, 600, 700])
        j.amount = float(n * rate)
        blank(p, "Tankers", f"{n} x 5000 L @ {rate} = {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Paid cash", method="cash", status=status)
        right(p, "- Bharat")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([853.5, 868.0, 881.5, 1765.0]))
        amt = num(j.amount, rng.choice(["plain", "indian"]))
        text = (
            f"Dear Customer, payment of Rs.{amt} for your Indane refill (Cash Memo {digits(rng, 7)}) "
            "received via "
            f"UPI on {when(j.date, '%d-%m-%Y')}. Ref {j.ref}. Delivery in 48 hrs. - Indane"
        )
        p = sms_page(rng, font, "JD-INDANE", text, j.date)
        p.add(
            "left",
            text,
            amount=j.amount,
            merchant="Indane",
            status=status,
            date=j.date,
            method="UPI",
            txn=(UTR_RANK, j.ref),
        )
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Done",))
    band(p, (15, 60, 201))
    app_head(p, "MyJio", "JioFiber")
    pill(p, "Payment successful", status)
    j.amount = float(rng.choice([399, 599, 899, 1199, 2097]))
    name = "JioFiber"
    p.add("center", f"{rs(j.amount)} paid for {name}", amount=j.amount, merchant=name)
    p.add("small", f"{rng.randrange(2, 55)} min ago")
    p.add("rule")
    tid = f"BR{digits(rng, 14)}"
    kvr(p, "Account", f"Karigar Shala {dot} {digits(rng, 4)}")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Payment mode", "UPI", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Bank of Baroda", "AD-BOBSMS", "KADRI MIRROR WORKS", "UPI", "gujarati"),
    ("ICICI Bank", "VM-ICICIT", "JALARAM HARDWARE", "UPI", "sms"),
    ("Union Bank of India", "JD-UNIONB", "CLICKWORKS STUDIO", "NEFT", "sms"),
    ("The Kutch Mercantile Co-op Bank", "", "VALIBEN RABARI", "IMPS", "shade"),
    ("Saraswat Bank", "", "RANN TENT DECOR", "RTGS", "mail"),
    ("Bank of India", "", "KUTCH COLOUR CENTRE", "UPI", "truecaller"),
    ("IDBI Bank", "BZ-IDBIBK", "RAMDEV TRANSPORT", "IMPS", "sms"),
    ("Canara Bank", "AX-CANBNK", "SHAH AND DOSHI ASSO", "NEFT", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the studio's payments: Bank of Baroda's SMS in Gujarati in its messages thread
    ("તમારા ખાતા XX1234 માંથી રૂ.x UPI દ્વારા <PAYEE> ને <dd-mm-yyyy> ના રોજ ડેબિટ થયા છે. સંદર્ભ ..."), SMS
    in ICICI Bank's ("ICICI Bank Acct XX123 debited for Rs x on <dd-Mon-yy>; <PAYEE> credited. UPI:<ref>
    ..."), Union Bank's returned NEFT ("Your NEFT of Rs x to <PAYEE> (UTR ...) dated <dd/mm/yyyy> has been
    returned by the beneficiary bank ..."), IDBI Bank's IMPS under process ("IMPS of Rs x to <PAYEE> from A/c
    XX1234 on <dd-mm-yy> is under process. Do not retry. Ref ...") and Canara Bank's ("An amount of INR x has
    been DEBITED to your account XXX1234 on <dd/mm/yyyy> towards NEFT to <PAYEE>. Total Avail.bal INR ..."; no
    reference) wordings; the Kutch Mercantile Bank's notification in a phone's notification shade under its
    quick tiles ("now"; "Rs.x debited from A/c XX1234 by IMPS to <PAYEE>. IMPS Ref ..."; no day); Saraswat
    Bank's mail ("... debited from your account XXXX1234 on <dd-mm-yyyy> towards RTGS to <PAYEE> (UTR ...).");
    Truecaller's transaction card of Bank of India's SMS (Debited, the sum, To, A/c, Ref No., Date). All new
    here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = float(rng.randrange(210000, 480000, 100))
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
    if frame == "gujarati":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"તમારા ખાતા XX{tail4} માંથી રૂ.{amt} UPI દ્વારા {to} ને {when(j.date, '%d-%m-%Y')} "
            "ના રોજ ડેબિટ થયા છે. "
            f"સંદર્ભ {utr}. આપે ન કર્યું હોય તો 18005700 પર ફોન કરો. - Bank of Baroda"
        )
        guj_wrap(p, text, share=0.96, **facts)
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "ICICI Bank":
            text = (
                f"ICICI Bank Acct XX{tail4[1:]} debited for Rs {amt} on {when(j.date, '%d-%b-%y')}; "
                f"{to} credited. "
                f"UPI:{utr}. Call 18002662 for dispute. SMS BLOCK {tail4[1:]} to 9215676766."
            )
        elif bank == "Union Bank of India":
            text = (
                f"Your NEFT of Rs {amt} to {to} (UTR {utr}) dated {when(j.date, '%d/%m/%Y')} has been "
                "returned by the beneficiary bank: account closed. The amount is credited back to "
                f"A/c XX{tail4}. -Union Bank of India"
            )
        elif bank == "IDBI Bank":
            text = (
                f"IMPS of Rs {amt} to {to} from A/c XX{tail4} on {when(j.date, '%d-%m-%y')} is under "
                "process. "
                f"Do not retry. Ref {utr} -IDBI Bank"
            )
        else:
            text = (
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail4[1:]} on "
                f"{when(j.date, '%d/%m/%Y')} "
                f"towards NEFT to {to}. Total Avail.bal INR {bal}. - Canara Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "shade":
        p = phone(rng, font, k, [""], dark=True, buttons=())
        p.part = "body"
        p.add(
            "small",
            f"{p.style['h106']['clock']}  {sign(font, chr(0x2022), '|')}  Bhuj {rng.randrange(24, 41)}"
            + sign(font, "\u00b0", " ")
            + "C",
        )
        shade(p)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"KMCB mBanking {sign(font, chr(0x2022), '*')} now")
        p.add(
            "left",
            f"Rs.{amt} debited from A/c XX{tail4} by IMPS to {to}. IMPS Ref {utr}. Avl bal Rs.{bal}.",
            **facts,
        )
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"WhatsApp {sign(font, chr(0x2022), '*')} 4m")
        p.add("left", rng.choice(["Aabhla artisans: 5 new messages", "Hasan bhai: mirrors reached?"]))
        card_close(p, c)
        p.add("gap")
        p.add("small", "Manage  |  Clear all")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "Saraswat Bank <alerts@saraswatbank.com>", ["Debit alert", "Transaction alert - RTGS"]
        )
        p.part = "head"
        top(p, "Saraswat Co-operative Bank Ltd.")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"An amount of INR {amt} has been debited from your account XXXX{tail4} on "
            f"{when(j.date, '%d-%m-%Y')} "
            f"towards RTGS to {to} (UTR {utr}).",
            **facts,
        )
        p.add("left", f"Available balance: INR {bal}")
        p.add("gap")
        p.add("left", "If you have not done this transaction, please call 1800 229 999 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Saraswat Co-operative Bank Ltd. This is a system generated mail.")
        return p.done()
    p = phone(rng, font, k, ["", "Messages"], dark=False, buttons=())
    band(p, (0, 110, 230))
    app_head(p, "Truecaller", "Messages  |  Transactions")
    p.add("gap")
    c = card_open(p)
    kind(p, "tch", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "plain", bold=(0,))
    row(p, "tch", "BOI", "Debit")
    p.add("big", sign(font, "\u20b9", "Rs.") + amt, amount=j.amount, status=status)
    kvr(p, "To", to, merchant=to)
    kvr(p, "A/c", f"XX{tail4}")
    kvr(p, "Mode", "UPI", method=method)
    kvr(p, "Ref No.", utr, txn=(UTR_RANK, utr))
    kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
    card_close(p, c)
    p.add("gap")
    p.add("small", f"From BZ-BOIIND {sign(font, chr(0x2022), '*')} View SMS")
    return p.done()

"""The twelve heldout290 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Molela terracotta votive plaque workshop's year of 2026 in Molela,
Rajsamand district, Rajasthan (Banas Mati Kala Udyog, a Kumhar family's proprietorship that models, fires
and paints the votive plaques of Molela's folk deities, its horse-and-rider figures, murals, tiles and
diyas; its workshop and showroom in Kumharwada, Molela Mitti Kala Kendra, with its visitors' studio, Mitti
Ghar Clay Studio; stall 9 at the Kumbhalgarh Festival's crafts bazaar; the web shop molelamittikala.in;
buyers at home and abroad), told by the proofs of payment it receives (buyers' PhonePe, Paytm, BHIM, CRED,
Amazon Pay, Fi and Navi screens and PhonePe Business on the workshop's phone; Rajasthali's advice, a
forwarded NetSuite payment, ERPNext, GeM, a hotel's WhatsApp Business message, Standard Chartered's
Straight2Bank, a school's Hindi cash voucher and Pay Manager; Bank of America, Lloyds, Deutsche Bank,
Emirates NBD, UBS, ANZ, MUFG and Maybank; its own Shopify mail, Razorpay page, tax invoice, Magh fair
receipt, studio ticket, PhonePe gateway page, money receipt and Swipe invoice) and those it makes (a clay
carter's Hindi chit, a mineral colours house, Industrybuying, a fuel depot's OkCredit, Shiprocket, GoDaddy,
udaan and a Nathdwara press; OnlineSBI, Baroda Connect, Rajasthan Gramin Bank in Hindi, PNB ONE, AU 0101,
the Udaipur Urban Co-operative Bank's mini statement, HDFC Bank NetBanking and IndusMobile; its modellers',
kiln firers', painters' and staff's wage account, payslip, screens, wage receipt and bonus receipt; Molela
Gram Panchayat, e-GRAS, e-Mitra, the Pollution Control Board, e-Pay Tax, the GST portal, the Trade Marks
Registry and the Department of Tourism; eight insurers; cards on its three terminals and at a hotel, a
filling station, a packaging mart, a mineral house and a sweet shop; AVVNL, BSNL, Jio, Bharatgas, Airtel,
d2h, a village water committee and RailWire; the banks' SMS, a Hindi SMS, a mail, a notification history
and an RCS message). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth
is read back from the rows the page keeps. Headings, footers, the units' lines, salutations, Hindi lines
(but a bank's SMS in Hindi, whose figures and payee carry the facts, a Hindi field's value and a Hindi
hand's sums, names and "received" or "paid"), a soundbox's announcement, items, bills, counts, rates,
taxable values, GST, fees, tips, charges, commissions, sale values, balances, wallet balances, periods,
months, sale and due months, due days, assessment years, invoice, bill and document days, account, policy,
proposal, consumer, subscriber, application, employee, vehicle and contract numbers, bill and document
numbers named on an advice, IFSC, UPI IDs of payers, GSTIN, PAN, Udyam numbers, a figure struck through by
hand, plaque emblems, mandana and guilloche bands, outcome discs and their confetti, pills, chevrons, quote
bars, chips, a ticket's notches, stamps, signatures, thumb impressions, fingerprints and a mandana floor
carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's;
``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``cols``,
``zebra``, ``total``, ``sms_page``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``,
``fill``, ``hand``, ``tt``, rounded cards), heldout273's (``hcells``, ``ledger``, ``bubble``), heldout275's
(``sig``, ``divider``, ``gutter``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``,
``at_hour``) and heldout287's (``notice``, ``oval``, ``vlab``, ``vname``), written in this set's pens and
printers' faces. ``compose`` is heldout158's (as heldout269's to heldout289's), each page's rows drawn by
heldout289's ``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines
it leaves for them: Hindi lines in Noto Sans and Noto Serif Devanagari shaped by Raqm, as a name over its
English, a heading, an announcement, a bank's SMS, a receipt book's fields with each label in Hindi and
English with a slash between them and the value written by hand or printed on a dotted line, a Hindi hand's
lines and sums with a figure struck through; a votive plaque as a letterhead's emblem (an arched clay tile,
a rider on his horse in relief under a parasol, painted dots, two lamps); a mandana band; a guilloche band;
an outcome's disc (a tick and confetti, an !, a spinner); pills; three fields to a row; a section's
chevron; quoted lines; suggested-reply chips; a thumb's impression; a potter's fingerprints; a ticket's
notches and tear line; and, after the frame, the mandana floor a page is photographed lying on where a page
asks for it. The pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets import heldout289_families as h289
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
from bench.receipt_sets.heldout118_families import money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import bold_of, cols, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, grid, tt
from bench.receipt_sets.heldout273_families import hcells, ledger
from bench.receipt_sets.heldout275_families import gutter, room_of, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick
from bench.receipt_sets.heldout287_families import notice, oval, vlab, vname

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
# Hindi in Noto Sans and Noto Serif Devanagari (fonts-noto-core), shaped by Raqm
DEV = "noto/NotoSansDevanagari-Regular.ttf"
DEV_BOLD = "noto/NotoSansDevanagari-Bold.ttf"
DEV_SERIF = "noto/NotoSerifDevanagari-Regular.ttf"
DEV_SERIF_BOLD = "noto/NotoSerifDevanagari-Bold.ttf"
# the upright Latin face a Hindi hand writes its figures and capitals in
HAND_LATIN = "liberation2/LiberationSerif-Regular.ttf"
# the hands that write on this set's papers: italics in another mix than heldout288's and heldout289's
PENS = [
    "liberation/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "freefont/FreeSansOblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
]
INKS = [(24, 36, 128), (30, 30, 96), (44, 40, 40), (12, 70, 120), (96, 30, 70)]
# the faces a page's fixed-width lines are printed in (an accounts program's, a dot-matrix printer's, a
# kiosk's roll)
TYPES = [
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
]
# Molela's clay as it comes from the kiln (a brick red, a darker burnt red, a buff), the colours its plaques
# are painted in (lime white, a chrome yellow, a green, a black) and the geru (red ochre) of a mandana's
# ground
CLAY = [(176, 82, 50), (150, 64, 40), (188, 104, 66)]
CLAY_DARK = (104, 44, 28)
PAINT = [(250, 246, 232), (236, 184, 40), (60, 130, 70), (30, 24, 22), (200, 40, 36)]
GERU = [(164, 62, 42), (148, 54, 38), (178, 76, 50)]
LIME = (246, 242, 230)

# ---------------------------------------------------------------- the workshop

FIRM = "Banas Mati Kala Udyog"
FIRM_CAPS = FIRM.upper()
FIRM_HI = "बनास माटी कला उद्योग"
# the proprietor's account as a bank's or an app's field prints and cuts it
ACCOUNT = "GOPILAL KUMHAR PROP BANAS MATI KALA UDYOG"
CUT = "GOPILAL KUMHAR PROP BANAS"
HOUSE = "Molela Mitti Kala Kendra"
HOUSE_CAPS = HOUSE.upper()
HOUSE_HI = "मोलेला मिट्टी कला केन्द्र"
STUDIO = "Mitti Ghar Clay Studio"
STUDIO_CAPS = STUDIO.upper()
STUDIO_HI = "मिट्टी घर"
WEB = "molelamittikala.in"
GSTIN = "08BQXPK4173L1ZF"
UDYAM = "UDYAM-RJ-28-0041926"
ADDRESS = "Kumharwada, Molela, Tehsil Khamnor, Rajsamand - 313332 (Rajasthan)"
TOWN = "Kumharwada, Molela - 313332"
PROP = "Gopilal Kumhar"
SON = "Naresh Kumhar"
STALL = "Stall 9, Crafts Bazaar, Kumbhalgarh Festival"
# the Kumbhalgarh Festival's crafts bazaar under the fort, 1 to 3 December 2026 (stall 9)
FESTIVAL = dt.date(2026, 12, 1)
# the Magh fair at Molela, when the Bhil, Gameti and Gadri devotees and their bhopas come for their deities'
# plaques, 19 to 25 January 2026
MAGH = dt.date(2026, 1, 19)
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Rajasthan Gramin Bank": "RGBX",
    "Punjab National Bank": "PUNB",
    "AU Small Finance Bank": "AUBL",
    "HDFC Bank": "HDFC",
    "IndusInd Bank": "INDB",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Union Bank of India": "UBIN",
    "Bank of India": "BKID",
    "The Udaipur Urban Co-operative Bank": "UUCB",
    "Canara Bank": "CNRB",
    "Kotak Mahindra Bank": "KKBK",
    "Yes Bank": "YESB",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Bank of Baroda": "BoB",
    "Punjab National Bank": "PNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Axis Bank": "Axis",
    "Kotak Mahindra Bank": "Kotak",
    "Union Bank of India": "Union",
    "Bank of India": "BOI",
    "AU Small Finance Bank": "AU",
    "Yes Bank": "YES",
    "IndusInd Bank": "IndusInd",
}
# the workshop's plaques and figures: name, HSN, price each (low, high)
PIECES = [
    ("Devnarayan ji votive plaque, painted, 18 in", "6913", 2400, 5200),
    ("Dharmraj ji plaque on horseback, 15 in", "6913", 1800, 4200),
    ("Kala-Gora Bheruji plaque, 12 in", "6913", 1200, 2600),
    ("Nagdev plaque (serpent deity), 10 in", "6913", 900, 1900),
    ("Chamunda Mata plaque, 14 in", "6913", 1500, 3200),
    ("Ganesh ji plaque, painted, 9 in", "6913", 750, 1600),
    ("Terracotta mural, village life, 3 x 2 ft", "6913", 18000, 46000),
    ("Terracotta wall tiles, Mewar motifs, set of 6", "6913", 2200, 4200),
    ("Horse and rider figure, unpainted, 10 in", "6913", 1100, 2400),
    ("Clay diyas, hand-pressed, set of 12", "6912", 240, 480),
]
# the short names the counter's roll and a hand write
SHORT = {
    "Devnarayan ji votive plaque, painted, 18 in": "Devnarayan plaque 18in",
    "Dharmraj ji plaque on horseback, 15 in": "Dharmraj plaque 15in",
    "Kala-Gora Bheruji plaque, 12 in": "Bheruji plaque 12in",
    "Nagdev plaque (serpent deity), 10 in": "Nagdev plaque 10in",
    "Chamunda Mata plaque, 14 in": "Chamunda plaque 14in",
    "Ganesh ji plaque, painted, 9 in": "Ganesh plaque 9in",
    "Terracotta mural, village life, 3 x 2 ft": "Mural 3x2 ft",
    "Terracotta wall tiles, Mewar motifs, set of 6": "Wall tiles (6)",
    "Horse and rider figure, unpainted, 10 in": "Horse and rider 10in",
    "Clay diyas, hand-pressed, set of 12": "Diyas (12)",
}
CUSTOMERS = [
    "Mrs. Ritu Agarwal",
    "Mr. Sandeep Mehta",
    "Dr. Anjali Rathore",
    "Ms. Kavya Menon",
    "Mr. Arvind Joshi",
    "Mrs. Neha Bhandari",
    "Mr. Pranav Sisodia",
]
# the workshop's modellers, clay workers, kiln firers and painters
HANDS = [
    "Kesar Bai",
    "Shankar Lal Kumhar",
    "Bhagwati Devi",
    "Mohan Lal Prajapat",
    "Kamla Bai Gameti",
    "Ramesh Kumhar",
    "Pooja Prajapat",
    "Heera Lal Gameti",
]
HANDS_HI = {
    "Kesar Bai": "केसर बाई",
    "Shankar Lal Kumhar": "शंकर लाल कुम्हार",
    "Bhagwati Devi": "भगवती देवी",
    "Mohan Lal Prajapat": "मोहन लाल प्रजापत",
    "Kamla Bai Gameti": "कमला बाई गमेती",
    "Ramesh Kumhar": "रमेश कुम्हार",
    "Pooja Prajapat": "पूजा प्रजापत",
    "Heera Lal Gameti": "हीरा लाल गमेती",
}
STAFF = ["Deepika Paliwal", "Hemant Sen", "Yogesh Vaishnav"]


def pieces(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The workshop's plaques sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(PIECES) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = PIECES[i]
        q = rng.randrange(1, 4) if hi < 6000 else 1
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 50))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the festival's or the fair's), its UPI / card reference made again for
    that day."""
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


def gstin_of(rng: random.Random, state: str = "08", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def bare_words(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h290", {"marks": {}, "decor": [], "tickets": [], "frame": None})


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


def typeface(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def sheet_page(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    hand_pen(p)
    typeface(p)
    return p


def write(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    hand_pen(p)
    h271.hand(p, text, align=align, **facts)


def blank(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    hand_pen(p)
    h271.fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    typeface(p)
    tt(p, text, scale=scale, **facts)


def lines_of(p: Screen, text: str, scale: float = 1.0, share: float = 1.0) -> list[str]:
    face = load_font(p.font, int(p.style["size"] * scale))
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


def para(p: Screen, text: str, kind_: str = "left", **facts) -> None:
    """A sentence set in as many lines as it needs, the facts on its first line."""
    for n_, line in enumerate(lines_of(p, text, 0.8 if kind_ == "small" else 1.0)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


# ---------------------------------------------------------------- Hindi


def is_dev(ch: str) -> bool:
    return "\u0900" <= ch <= "\u097f" or ch in "\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Devanagari and of other letters: a space stays with the run it follows."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        d = is_dev(ch)
        if ch == " " and out:
            d = out[-1][0]
        if out and out[-1][0] == d:
            out[-1] = (d, out[-1][1] + ch)
        else:
            out.append((d, ch))
    return out


def dface(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return DEV_SERIF_BOLD if bold else DEV_SERIF
    return DEV_BOLD if bold else DEV


# Noto's Devanagari stands a little taller than a Latin face under its headline: set at this share of the
# size
DSCALE = 0.96


def _face(d: bool, latin: str, size: int, bold: bool, serif: bool):
    if d:
        return load_font(dface(bold, serif), int(size * DSCALE))
    return load_font(bold_of(latin) if bold else latin, size)


def hwidth(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    return sum(_face(d, latin, size, bold, serif).getlength(part) for d, part in runs(text))


def hok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for d, part in runs(text):
        face = dface(bold, serif) if d else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_h(draw, xy, text: str, latin: str, size: int, fill_, *, bold: bool = False, serif: bool = False):
    """A line of Devanagari and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for d, part in runs(text):
        face = _face(d, latin, size, bold, serif)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def hline(
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
    """A line in Hindi (a name over its English, a heading, an announcement, a sentence), its Latin runs and
    figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert hok(text, p.font, bold=bold, serif=serif), text
    assert hwidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t90hl", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def hwrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Hindi sentence set left in as many lines as it needs (the facts on its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and hwidth(f"{line} {word}", p.font, size) > room:
            hline(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    hline(p, line, scale=scale, align="l", **(facts if first else {}))


def hfill(p: Screen, hi: str, en: str, value: str, *, pen: bool = True, **facts) -> None:
    """A receipt book's printed label in Hindi and English with a slash between them, the value written by
    hand (or printed) over a dotted line that runs from the label to the right margin; a line and a half
    high."""
    size = p.style["size"]
    label = f"{hi} / {en}"
    assert hok(label, p.font), label
    lw = hwidth(label, p.font, int(size * 0.9))
    vfont = hand_pen(p) if pen else bold_of(p.font)
    assert glyphs(vfont, value), (vfont, value)
    vw = load_font(vfont, int(size * (1.1 if pen else 1.0))).getlength(value)
    below = lw + 16 + vw + 12 > room_of(p)
    assert vw + 28 <= room_of(p), (label, value)
    put(p, "t90hf", label, value, mark_=[pen, below], **facts)
    p.add("gap")
    if below:
        p.add("gap")


def hhand(
    p: Screen,
    text: str,
    *,
    figure: str = "",
    was: str = "",
    align: str = "l",
    scale: float = 1.35,
    **facts,
) -> None:
    """A line written by hand in Hindi: Noto Serif Devanagari for its letters and an upright Latin face for
    its figures, slanted as a hand slants it, in the page's ink; ``figure`` written at the right end of the
    line (a sum in a chit's column), and before it, where given, ``was``: a figure first written there and
    struck through by the same hand."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert hok(text + figure + was, HAND_LATIN, serif=True), text
    need = hwidth(text, HAND_LATIN, size, serif=True) + size * 0.4
    if figure:
        need += hwidth(figure, HAND_LATIN, size, serif=True) + size * 1.5
    if was:
        need += hwidth(was, HAND_LATIN, size, serif=True) + size * 1.0
    assert need <= room_of(p), (text, figure)
    put(p, "t90hh", text, figure, was, mark_=[align, scale], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def plaque(p: Screen) -> None:
    """A Molela votive plaque as a letterhead's emblem: an arched tile of fired clay with its raised rim, a
    deity on horseback (Devnarayan ji or Dharmraj ji) standing out of it in relief under a parasol, lime
    white and chrome yellow dotted on; two clay lamps at its feet; centred, three lines high."""
    put(p, "t90pq", "", mark_=[list(p.rng.choice(CLAY)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def mandana(p: Screen) -> None:
    """A mandana as a divider across the page: a band of geru (red ochre) with the lime-white lines a
    Mewar floor is painted with (a zigzag of hills, dots over and under it, small squares in its valleys);
    one line high."""
    put(p, "t90md", "", mark_=[list(p.rng.choice(GERU)), p.rng.randrange(10**6)])


def guilloche(p: Screen, colour: tuple[int, int, int]) -> None:
    """A security print's guilloche band across the page head (fine sine waves crossing in two tints);
    one line high."""
    put(p, "t90gu", "", mark_=[list(colour), p.rng.randrange(10**6)])


def verdict(p: Screen, status: str) -> None:
    """The outcome as a large disc: a white tick on green with specks and strips of confetti thrown round it
    (a success), a white ! on red (a failure), or an amber spinner's open arc with three dots in it (a
    wait); centred, three lines high."""
    put(p, "t90vd", "", mark_=[status, p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def pill(p: Screen, label: str, value: str, **facts) -> None:
    """An app's field on one line: its label at the left in the label's ink, its value at the right in a
    pale grey rounded pill."""
    size = p.style["size"]
    assert glyphs(p.font, label + value), (label, value)
    lw = load_font(p.font, int(size * 0.9)).getlength(label)
    vw = load_font(p.font, int(size * 0.92)).getlength(value)
    assert lw + vw + 40 <= room_of(p), (label, value)
    if p.rows and p.rows[-1][0] in ("center", "big", "title"):
        p.add("gap")
    put(p, "t90pl", label, value, **facts)


def trio(p: Screen, *fields: tuple[str, str], **facts) -> None:
    """Three fields across a row between hairlines, each its label small over its value; two lines high
    (the facts on the row)."""
    size = p.style["size"]
    each = room_of(p) / 3 - 10
    assert len(fields) == 3
    for label, value in fields:
        assert glyphs(p.font, label + value), (label, value)
        assert load_font(p.font, int(size * 0.72)).getlength(label) <= each, label
        assert load_font(bold_of(p.font), int(size * 0.92)).getlength(value) <= each, value
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    put(p, "t90tr", *[t for f in fields for t in f], **facts)
    p.add("gap")


def section(p: Screen, title: str, opened: bool = True) -> None:
    """An app's section head: its title in bold at the left, a chevron at the right (up where the section
    is open), a hairline under it."""
    assert glyphs(bold_of(p.font), title), title
    put(p, "t90sc", title, mark_=[opened])


def quoted(p: Screen, text: str, **facts) -> None:
    """A line of a mail quoted in a reply or a forward: set in from the left with a grey bar beside it."""
    assert glyphs(p.font, text), text
    assert load_font(p.font, int(p.style["size"] * 0.95)).getlength(text) <= room_of(p) - 20, text
    put(p, "t90q", text, **facts)


def quote_para(p: Screen, text: str, **facts) -> None:
    """A quoted sentence in as many lines as it needs (the facts on its first line)."""
    face = load_font(p.font, int(p.style["size"] * 0.95))
    line, first = "", True
    for word in text.split():
        if line and face.getlength(f"{line} {word}") > room_of(p) - 20:
            quoted(p, line, **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    quoted(p, line, **(facts if first else {}))


def chips(p: Screen, labels: list[str]) -> None:
    """A chat's suggested replies under a business's message: each in a rounded outlined chip, in a row from
    the left."""
    face = load_font(p.font, int(p.style["size"] * 0.8))
    for label in labels:
        assert glyphs(p.font, label), label
    assert sum(face.getlength(t) + 34 for t in labels) <= room_of(p), labels
    put(p, "t90ch", *labels)


def thumb_mark(p: Screen, caption: str) -> None:
    """A left thumb's impression in a stamp pad's violet in a box at the right, its Hindi caption beside the
    box; three lines high."""
    assert hok(caption, p.font), caption
    put(p, "t90th", caption, mark_=[p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def prints(p: Screen) -> None:
    """A potter's fingerprints in clay on the paper: two or three brick-red smudges of whorled ridges at its
    edges (the page handled at the wheel)."""
    ext(p)["decor"].append(["prints", p.rng.randrange(10**6)])


def ticket(p: Screen, start: int, notch: int) -> None:
    """A ticket round the rows from ``start`` to the last added: a tinted card, a half-round notch cut in each
    side at row ``notch``, a dashed tear line between the notches (the stub under it)."""
    ext(p)["tickets"].append([start, len(p.rows) - 1, notch])


def on_floor(p: Screen) -> None:
    """The page photographed lying on a floor plastered with geru and painted with mandana in lime white
    (squares within squares, dotted borders, a zigzag), the page's shadow on it."""
    ext(p)["frame"] = ["floor", list(p.rng.choice(GERU)), p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, paper_, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, paper_, share)


def _plaque(draw, cx: float, cy: float, ph: float, clay, seed: int) -> None:
    """An arched clay plaque, a rider on his horse in relief under a parasol, painted dots, two lamps."""
    srng = random.Random(seed)
    pw = ph * 0.8
    x0, x1 = cx - pw / 2, cx + pw / 2
    y0, y1 = cy - ph / 2, cy + ph / 2
    rim = CLAY_DARK
    # the arch: a half disc over a rectangle
    draw.ellipse((x0, y0, x1, y0 + pw), fill=clay, outline=rim, width=2)
    draw.rectangle((x0, y0 + pw / 2, x1, y1), fill=clay)
    draw.line((x0, y0 + pw / 2, x0, y1), fill=rim, width=2)
    draw.line((x1, y0 + pw / 2, x1, y1), fill=rim, width=2)
    draw.line((x0, y1, x1, y1), fill=rim, width=2)
    # the niche sunk in it
    inset = 5
    niche = _tint(rim, clay, 0.25)
    draw.ellipse((x0 + inset, y0 + inset, x1 - inset, y0 + pw - inset), fill=niche)
    draw.rectangle((x0 + inset, y0 + pw / 2, x1 - inset, y1 - inset), fill=niche)
    relief = _tint((255, 236, 214), clay, 0.3)
    # the horse, facing right
    bx, by = cx - pw * 0.04, cy + ph * 0.14
    bw, bh = pw * 0.56, ph * 0.15
    for lx in (bx - bw * 0.36, bx - bw * 0.22, bx + bw * 0.2, bx + bw * 0.34):
        draw.line((lx, by, lx + srng.uniform(-2, 2), y1 - inset - 2), fill=relief, width=3)
    draw.ellipse((bx - bw / 2, by - bh / 2, bx + bw / 2, by + bh / 2), fill=relief, outline=rim)
    draw.polygon(
        [
            (bx + bw * 0.22, by - bh * 0.4),
            (bx + bw * 0.36, by - bh * 1.45),
            (bx + bw * 0.52, by - bh * 1.2),
            (bx + bw * 0.44, by + bh * 0.1),
        ],
        fill=relief,
    )
    draw.ellipse((bx + bw * 0.34, by - bh * 1.75, bx + bw * 0.7, by - bh * 1.1), fill=relief, outline=rim)
    draw.arc((bx - bw * 0.8, by - bh * 0.4, bx - bw * 0.4, by + bh * 1.6), 180, 300, fill=relief, width=3)
    # the rider, his turban, his spear and the parasol over him
    rx, ry = bx - bw * 0.04, by - bh * 0.42
    draw.rectangle((rx - pw * 0.05, ry - ph * 0.15, rx + pw * 0.05, ry), fill=relief, outline=rim)
    draw.ellipse((rx - pw * 0.05, ry - ph * 0.24, rx + pw * 0.05, ry - ph * 0.15), fill=relief, outline=rim)
    draw.ellipse((rx - pw * 0.065, ry - ph * 0.27, rx + pw * 0.065, ry - ph * 0.21), fill=PAINT[1])
    draw.line((rx + pw * 0.1, ry - ph * 0.3, rx + pw * 0.16, ry + ph * 0.06), fill=rim, width=2)
    draw.line((rx - pw * 0.07, ry - ph * 0.12, rx - pw * 0.07, ry - ph * 0.33), fill=rim, width=2)
    draw.pieslice(
        (rx - pw * 0.24, ry - ph * 0.42, rx + pw * 0.1, ry - ph * 0.26), 180, 360, fill=PAINT[4], outline=rim
    )
    # lime white and yellow dots painted round the rim and on the horse
    for t in range(0, 180, 15):
        a = math.radians(180 + t)
        draw.ellipse(
            (
                cx + (pw / 2 - 9) * math.cos(a) - 1.5,
                y0 + pw / 2 + (pw / 2 - 9) * math.sin(a) - 1.5,
                cx + (pw / 2 - 9) * math.cos(a) + 1.5,
                y0 + pw / 2 + (pw / 2 - 9) * math.sin(a) + 1.5,
            ),
            fill=PAINT[0],
        )
    for n_ in range(5):
        px = bx - bw * 0.3 + n_ * bw * 0.15
        draw.ellipse((px - 1.5, by - 1.5, px + 1.5, by + 1.5), fill=PAINT[1 if n_ % 2 else 0])
    # two clay lamps at its feet, their flames lit
    for lx in (x0 - ph * 0.3, x1 + ph * 0.3):
        ly = y1 - ph * 0.08
        draw.chord((lx - ph * 0.14, ly - ph * 0.12, lx + ph * 0.14, ly + ph * 0.08), 0, 180, fill=clay)
        draw.line((lx - ph * 0.14, ly - ph * 0.02, lx + ph * 0.14, ly - ph * 0.02), fill=rim, width=1)
        draw.polygon(
            [(lx, ly - ph * 0.24), (lx - ph * 0.04, ly - ph * 0.07), (lx + ph * 0.04, ly - ph * 0.07)],
            fill=PAINT[1],
        )


def _mandana(draw, x0: float, x1: float, y0: float, y1: float, ground, seed: int) -> None:
    """A geru band painted with a mandana's lime-white zigzag, dots and squares."""
    srng = random.Random(seed)
    draw.rectangle((x0, y0, x1, y1), fill=ground)
    draw.line((x0 + 3, y0 + 3, x1 - 3, y0 + 3), fill=LIME, width=1)
    draw.line((x0 + 3, y1 - 3, x1 - 3, y1 - 3), fill=LIME, width=1)
    mid = (y0 + y1) / 2
    amp = (y1 - y0) * 0.24
    period = srng.choice([16, 18, 20])
    pts = []
    xx = x0 + 6
    n_ = 0
    while xx <= x1 - 6:
        pts.append((xx, mid - amp if n_ % 2 == 0 else mid + amp))
        xx += period / 2
        n_ += 1
    draw.line(pts, fill=LIME, width=2)
    for n_, (px, py) in enumerate(pts):
        if n_ % 2 == 0:
            draw.ellipse((px - 1.5, y1 - 8.5, px + 1.5, y1 - 5.5), fill=LIME)
        else:
            draw.ellipse((px - 1.5, y0 + 5.5, px + 1.5, y0 + 8.5), fill=LIME)
            draw.rectangle((px - 1, mid - amp - 1, px + 1, mid - amp + 1), fill=LIME)


def _guilloche(draw, x0: float, x1: float, y0: float, y1: float, colour, paper_, seed: int) -> None:
    srng = random.Random(seed)
    mid, amp = (y0 + y1) / 2, (y1 - y0) * 0.38
    for k in range(6):
        tint_ = _tint(colour, paper_, 0.35 if k % 2 else 0.6)
        phase = srng.uniform(0, math.tau)
        period = srng.uniform(30, 44)
        a = amp * (0.6 + 0.4 * (k % 3) / 2)
        pts = [
            (xx, mid + a * math.sin(math.tau * (xx - x0) / period + phase))
            for xx in range(int(x0), int(x1) + 1, 2)
        ]
        draw.line(pts, fill=tint_, width=1)


def _verdict(draw, cx: float, cy: float, r: float, status: str, paper_, seed: int) -> None:
    srng = random.Random(seed)
    white = (255, 255, 255)
    if status == "success":
        colours = [(240, 84, 90), (250, 190, 40), (60, 150, 230), (120, 200, 90), (170, 90, 210)]
        for _ in range(22):
            a = srng.uniform(0, math.tau)
            d = srng.uniform(1.35, 2.6)
            px, py = cx + r * d * math.cos(a) * 1.5, cy + r * min(1.3, d * 0.7) * math.sin(a)
            colour = srng.choice(colours)
            if srng.random() < 0.5:
                draw.ellipse((px - 3, py - 3, px + 3, py + 3), fill=colour)
            else:
                t = srng.uniform(0, math.pi)
                dx, dy = 6 * math.cos(t), 6 * math.sin(t)
                draw.line((px - dx, py - dy, px + dx, py + dy), fill=colour, width=3)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=GREEN)
        draw.line(
            (cx - r * 0.45, cy + r * 0.02, cx - r * 0.12, cy + r * 0.35, cx + r * 0.48, cy - r * 0.3),
            fill=white,
            width=max(3, int(r * 0.16)),
            joint="curve",
        )
    elif status == "failed":
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=RED)
        w = r * 0.1
        draw.rounded_rectangle((cx - w, cy - r * 0.55, cx + w, cy + r * 0.18), radius=int(w), fill=white)
        draw.ellipse((cx - w * 1.2, cy + r * 0.34, cx + w * 1.2, cy + r * 0.58), fill=white)
    else:
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_tint(AMBER, paper_, 0.14))
        draw.arc((cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8), -90, 200, fill=AMBER, width=5)
        for n_ in (-1, 0, 1):
            draw.ellipse((cx + n_ * r * 0.3 - 3, cy - 3, cx + n_ * r * 0.3 + 3, cy + 3), fill=AMBER)


def _thumbprint(page: Image.Image, cx: float, cy: float, w: float, h: float, colour, seed: int):
    """A thumb's whorl of ridges pressed in ``colour``, multiplied into the page."""
    srng = random.Random(seed)
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    for k in range(1, 12):
        rx, ry = w / 2 * k / 11, h / 2 * k / 11
        start = srng.uniform(0, 360)
        ld.arc(
            (cx - rx, cy - ry + k * 0.6, cx + rx, cy + ry + k * 0.6),
            start,
            start + srng.uniform(220, 330),
            fill=colour,
            width=2,
        )
    layer = layer.filter(ImageFilter.GaussianBlur(0.5))
    return ImageChops.multiply(page, layer)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's and the renderers beneath it), then this set's rows and marks:
    Hindi lines, fields and hand; a votive plaque's emblem, a mandana band, a guilloche band, an outcome's
    disc, fields in pills, three fields to a row, a section's chevron, quoted lines; a thumb's impression, a
    potter's fingerprints and a ticket's notches."""
    page = h289._render(rows, font, style)
    x = style.get("h290")
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
    decor = {d[0]: d for d in x["decor"]}
    # under the print: tints multiplied in, so what is drawn stays dark
    if x["tickets"] or decor:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for start, end, notch in x["tickets"]:
            y0, y1 = tops[start] - lift - 8, tops[end] - lift + line + 8
            ld.rounded_rectangle(
                (MARGIN - 12, y0, width - MARGIN + 12, y1),
                radius=12,
                fill=(246, 232, 214),
                outline=(196, 160, 120),
            )
            ny = tops[notch] - lift
            for nx in (MARGIN - 12, width - MARGIN + 12):
                ld.ellipse((nx - 12, ny - 12, nx + 12, ny + 12), fill=(255, 255, 255))
        if "prints" in decor:
            srng = random.Random(decor["prints"][1])
            for _ in range(srng.randrange(2, 4)):
                fx = srng.choice([srng.uniform(10, MARGIN - 4), srng.uniform(w - MARGIN + 4, w - 10)])
                fy = srng.uniform(20, h - 30)
                fw, fh = srng.uniform(24, 32), srng.uniform(34, 44)
                tone = (222, 178, 150)
                for k in range(1, 9):
                    rx, ry = fw / 2 * k / 8, fh / 2 * k / 8
                    st = srng.uniform(0, 360)
                    ld.arc(
                        (fx - rx, fy - ry, fx + rx, fy + ry),
                        st,
                        st + srng.uniform(200, 320),
                        fill=tone,
                        width=2,
                    )
        layer = layer.filter(ImageFilter.GaussianBlur(0.4)) if "prints" in decor else layer
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for start, end, notch in x["tickets"]:
        ny = tops[notch] - lift
        for xx in range(MARGIN + 6, width - MARGIN - 6, 12):
            draw.line((xx, ny, xx + 6, ny), fill=(176, 140, 100), width=1)
    thumbs = []
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t90"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t90hl":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = hwidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_h(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t90hf":
            by_pen, below = m
            s = int(size * 0.9)
            lw = hwidth(r[1], font, s)
            base = y + line * 1.05
            ascent = load_font(font, s).getmetrics()[0]
            draw_h(draw, (MARGIN, base - 3 - ascent), r[1], font, s, soft)
            vx = MARGIN + lw + 16
            if below:
                base += line
                vx = MARGIN + 16
            for xx in range(int(vx - 8), width - MARGIN, 6):
                draw.line((xx, base, xx + 2, base), fill=_tint(soft, paper_, 0.6), width=1)
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.1))
                draw.text((vx, base - 3), r[2], font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(bold_of(font), size)
                draw.text((vx, base - 3), r[2], font=vface, fill=ink, anchor="ls")
        elif name == "t90hh":
            align, scale = m
            s = int(size * scale)
            texts = [r[1], r[2], r[3]]
            fx = None
            for n_, text in enumerate(texts):
                if not text:
                    continue
                tw = hwidth(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.8)
                layer = Image.new("L", (lw, lh), 0)
                draw_h(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.14, -0.14 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                    fx = tx
                elif n_ == 2:
                    tx = (fx if fx is not None else width - MARGIN) - tw - s * 1.0
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.32)), layer)
                draw = ImageDraw.Draw(page)
                if n_ == 2:
                    sy = y + s * 0.45
                    draw.line((tx - 4, sy + 3, tx + tw + 8, sy - 3), fill=pen_ink, width=2)
                    draw.line((tx - 2, sy + 7, tx + tw + 6, sy + 1), fill=pen_ink, width=2)
        elif name == "t90pq":
            clay, seed = m
            _plaque(draw, width / 2, top_y + line * 1.5, line * 2.7, tuple(clay), seed)
        elif name == "t90md":
            ground, seed = m
            _mandana(
                draw, MARGIN, width - MARGIN, top_y + line * 0.1, bot_y - line * 0.1, tuple(ground), seed
            )
        elif name == "t90gu":
            colour, seed = m
            _guilloche(draw, MARGIN, width - MARGIN, top_y + 2, bot_y - 2, tuple(colour), paper_, seed)
        elif name == "t90vd":
            status, seed = m
            _verdict(draw, width / 2, top_y + line * 1.5, line * 0.95, status, paper_, seed)
        elif name == "t90pl":
            lface = load_font(font, int(size * 0.9))
            vface = load_font(font, int(size * 0.92))
            cy = top_y + line / 2
            draw.text((MARGIN, cy), r[1], font=lface, fill=soft, anchor="lm")
            vw = vface.getlength(r[2])
            draw.rounded_rectangle(
                (width - MARGIN - vw - 24, top_y + 4, width - MARGIN, bot_y - 4),
                radius=int(line * 0.4),
                fill=_tint(soft, paper_, 0.12),
            )
            draw.text((width - MARGIN - 12, cy), r[2], font=vface, fill=ink, anchor="rm")
        elif name == "t90tr":
            each = room / 3
            lface = load_font(font, int(size * 0.72))
            vface = load_font(bold_of(font), int(size * 0.92))
            rule_ = _tint(soft, paper_, 0.35)
            draw.line((MARGIN, top_y, width - MARGIN, top_y), fill=rule_, width=1)
            draw.line((MARGIN, top_y + 2 * line, width - MARGIN, top_y + 2 * line), fill=rule_, width=1)
            for n_ in range(3):
                lx = MARGIN + n_ * each + (8 if n_ else 0)
                draw.text((lx, top_y + line * 0.28), r[1 + 2 * n_], font=lface, fill=soft)
                draw.text((lx, top_y + line * 0.95), r[2 + 2 * n_], font=vface, fill=ink)
                if n_:
                    draw.line(
                        (MARGIN + n_ * each, top_y + 8, MARGIN + n_ * each, top_y + 2 * line - 8), fill=rule_
                    )
        elif name == "t90sc":
            (opened,) = m
            face = load_font(bold_of(font), size)
            cy = top_y + line / 2
            draw.text((MARGIN, cy), r[1], font=face, fill=ink, anchor="lm")
            cx = width - MARGIN - 10
            d = 6 if opened else -6
            draw.line((cx - 7, cy + d / 2, cx, cy - d / 2, cx + 7, cy + d / 2), fill=soft, width=2)
            draw.line((MARGIN, bot_y, width - MARGIN, bot_y), fill=_tint(soft, paper_, 0.35), width=1)
        elif name == "t90q":
            face = load_font(font, int(size * 0.95))
            draw.rectangle((MARGIN + 2, top_y, MARGIN + 5, bot_y), fill=_tint(soft, paper_, 0.4))
            draw.text((MARGIN + 18, y), r[1], font=face, fill=_tint(ink, paper_, 0.85))
        elif name == "t90ch":
            face = load_font(font, int(size * 0.8))
            cx = MARGIN
            accent = tuple(style.get("accent", ink))
            for label in r[1:]:
                tw = face.getlength(label)
                draw.rounded_rectangle(
                    (cx, top_y + 3, cx + tw + 24, bot_y - 3),
                    radius=int(line * 0.42),
                    outline=_tint(soft, paper_, 0.5),
                )
                draw.text(
                    (cx + 12, top_y + line / 2),
                    label,
                    font=face,
                    fill=accent if not dark else ink,
                    anchor="lm",
                )
                cx += tw + 34
        elif name == "t90th":
            (seed,) = m
            side = int(line * 2.6)
            bx = width - MARGIN - side
            draw.rectangle((bx, top_y + 4, bx + side, top_y + 4 + side), outline=soft, width=1)
            s = int(size * 0.8)
            cw = hwidth(r[1], font, s)
            draw_h(draw, (bx - cw - 12, top_y + side / 2 - s * 0.3), r[1], font, s, soft)
            thumbs.append((bx + side / 2, top_y + 4 + side / 2, side * 0.5, side * 0.7, seed))
    for cx, cy, tw_, th_, seed in thumbs:
        page = _thumbprint(page, cx, cy, tw_, th_, (150, 120, 210) if not dark else (90, 60, 150), seed)
    return page


def _floor(image: Image.Image, ground, seed: int) -> Image.Image:
    """The page lying on a geru floor painted with mandana, its shadow under it."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 46
    base = Image.new("RGB", (w + 2 * pad, h + 2 * pad), tuple(ground))
    bd = ImageDraw.Draw(base)
    bw, bh = base.size
    # the plaster's unevenness
    for _ in range(260):
        px, py = srng.uniform(0, bw), srng.uniform(0, bh)
        shade = tuple(max(0, min(255, c + srng.randrange(-14, 10))) for c in ground)
        r = srng.uniform(3, 14)
        bd.ellipse((px - r, py - r, px + r, py + r), fill=shade)
    # mandana: dotted borders round the edge, squares within squares at the corners, a zigzag along the foot
    for inset in (8, 18):
        for xx in range(inset, bw - inset, 9):
            bd.ellipse((xx - 1.5, inset - 1.5, xx + 1.5, inset + 1.5), fill=LIME)
            bd.ellipse((xx - 1.5, bh - inset - 1.5, xx + 1.5, bh - inset + 1.5), fill=LIME)
        for yy in range(inset, bh - inset, 9):
            bd.ellipse((inset - 1.5, yy - 1.5, inset + 1.5, yy + 1.5), fill=LIME)
            bd.ellipse((bw - inset - 1.5, yy - 1.5, bw - inset + 1.5, yy + 1.5), fill=LIME)
    for cx, cy in ((pad / 2 + 4, pad / 2 + 4), (bw - pad / 2 - 4, bh - pad / 2 - 4)):
        for k in (14, 9, 4):
            bd.polygon([(cx, cy - k), (cx + k, cy), (cx, cy + k), (cx - k, cy)], outline=LIME)
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 6, pad + 7, pad + w + 6, pad + h + 7), fill=120)
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    base = Image.composite(Image.new("RGB", base.size, (60, 26, 18)), base, shadow)
    base.paste(image, (pad, pad))
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout289's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, and the mandana floor a page is photographed lying on."""
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
    f = (style.get("h290") or {}).get("frame")
    if f and f[0] == "floor":
        image = _floor(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [DEV, DEV_BOLD, DEV_SERIF, DEV_SERIF_BOLD, HAND_LATIN, *PENS, *TYPES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout290 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the workshop's own app


PAYEES = [HOUSE_CAPS, HOUSE, CUT, FIRM_CAPS]
VPAS = [
    "molelamittikala@sbi",
    "banasmatikala@okaxis",
    "Q734102958@ybl",
    "gopilalkumhar.molela@paytm",
    "paytmqr2810050501011xk4@paytm",
]
BUYERS = [
    ("Ritu Agarwal", "ritu.agarwal@okhdfcbank", "HDFC Bank"),
    ("Sandeep Mehta", "sandeepm@oksbi", "State Bank of India"),
    ("Anjali Rathore", "anjalirathore@ybl", "Bank of Baroda"),
    ("Kavya Menon", "kavya.menon@okicici", "ICICI Bank"),
    ("Arvind Joshi", "arvindj@axl", "Axis Bank"),
    ("Neha Bhandari", "nehab@ibl", "Punjab National Bank"),
    ("Pranav Sisodia", "pranavs@kotak", "Kotak Mahindra Bank"),
    ("Tarun Paliwal", "tarunpaliwal@okaxis", "Union Bank of India"),
]
NOTES = [
    "Ganesh plaque",
    "diyas x2 sets",
    "Bheruji plaque 12in",
    "tiles advance",
    "mural booking",
    "horse rider",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Molela Mitti Kala Kendra or the firm: PhonePe's Transaction Successful under a confetti
    disc (the day and hour; the sum; sections Paid to and Transfer Details, fields in pills: Transaction ID,
    UTR, Debited from); Paytm's "Paid Successfully to" (three fields to a row: UPI Ref. No., Date, Time;
    pills: Paytm Order ID, From); BHIM's Transaction Successful with the hour alone (a section Transaction
    details, pills: Paid to, UPI Transaction ID, From, Remarks; no day); CRED's dark "payment failed" under a
    red disc ("to <payee>", the reason in a notice; pills: upi txn id, attempted on, bank); Amazon Pay's
    Payment successful (Paid to over the payee; each value over its label: UPI transaction ID, Amazon Pay
    reference, Payment date, Paid using); Fi's share card (the sum, "paid to <payee>", "on <day>"; no
    reference); Navi's Payment in progress under a spinner's disc ("to <payee>", a warning's notice; pills:
    UPI Ref No, Initiated, Paid from); PhonePe Business on the workshop's phone (the workshop under the app,
    the speaker's Hindi announcement, Payment received, "from <buyer>"; three fields to a row: UPI Ref No,
    Received on, Settles to). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=400, high=48000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Transaction Details"], dark=False, buttons=("Share", "Done"))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "")
        verdict(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add(
            "small",
            f"{hhmm(rng, lower=True)} on {when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y']))}",
            date=j.date,
        )
        p.add("gap")
        section(p, "Paid to")
        name = pick(p, "center", [to, HOUSE])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        section(p, "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        pill(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        pill(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        pill(p, "Debited from", f"XXXXXX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment Receipt"], dark=False, buttons=("Share", "Pay Again"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "Payment receipt")
        verdict(p, status)
        p.add("center", "Paid Successfully to", status=status)
        name = pick(p, "center", [to, HOUSE])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        trio(
            p,
            ("UPI Ref. No.", j.ref),
            ("Date", when(j.date, rng.choice(["%d %b %Y", "{d} %b %Y"]))),
            ("Time", hhmm(rng)),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        oid = digits(rng, 20)
        pill(p, "Paytm Order ID", oid, txn=(ORDER_RANK, oid))
        pill(p, "From", f"{sb} - {digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Done",))
        band(p, (0, 98, 65))
        app_head(p, "BHIM", "BHIM UPI")
        verdict(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", hhmm(rng))
        p.add("gap")
        section(p, "Transaction details")
        name = pick(p, "center", [to, HOUSE])
        pill(p, "Paid to", name, merchant=name)
        pill(p, "UPI Transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        pill(p, "From", f"{sb} XX{digits(rng, 4)}", method="UPI")
        pill(p, "Remarks", rng.choice(NOTES))
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("retry",))
        app_head(p, "CRED", "upi")
        verdict(p, status)
        p.add("center", "payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {HOUSE}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "your bank declined this payment (U68, transaction timed out). if any money was debited, it "
            "will be back in 3-5 days.",
            "error",
        )
        section(p, "details")
        pill(p, "upi txn id", j.ref, txn=(UTR_RANK, j.ref))
        pill(
            p,
            "attempted on",
            at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)).lower(),
            date=j.date,
        )
        pill(p, "bank", f"{sb} {dot * 4} {digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Done",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        verdict(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, HOUSE])
        p.add("center", name, merchant=name)
        p.add("rule")
        aid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        vlab(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "Amazon Pay reference", aid, bold=False, txn=(TXN_RANK, aid))
        vlab(
            p,
            "Payment date",
            at_hour(rng, j.date, ["%d %B %Y", "%d %b %Y"], (", ", " at ")),
            bold=False,
            date=j.date,
        )
        vlab(p, "Paid using", f"UPI, {sb} {dot * 2}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 5:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (242, 248, 246)
        p.part = "head"
        p.add("title", "Fi")
        p.part = "body"
        verdict(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "paid to", status=status)
        name = pick(p, "center", [to, HOUSE])
        p.add("center", name, merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %B %Y', '%d %b %Y']))}", date=j.date)
        p.add("gap")
        p.add("small", "via UPI from my Fi account", method="UPI")
        p.add("small", "Fi Money: money made simple")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh",))
        band(p, (20, 48, 120))
        app_head(p, "Navi", "UPI")
        verdict(p, status)
        p.add("center", "Payment in progress", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {HOUSE}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(p, "Your bank has not confirmed this payment yet. Please don't pay again for 2 hours.", "warn")
        pill(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        pill(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        pill(p, "Paid from", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (95, 37, 159))
    app_head(p, "PhonePe Business", "Payments")
    name = pick(p, "center", [HOUSE_CAPS, HOUSE])
    p.add("center", name, merchant=name)
    p.add("small", "Kumharwada, Molela")
    hline(
        p,
        f"फ़ोनपे पर {num(j.amount, 'plain', 0 if j.amount == int(j.amount) else 2)} रुपये प्राप्त हुए",
        scale=0.9,
        soft=True,
    )
    verdict(p, status)
    p.add("center", "Payment received", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", f"from {who} ({their})", method="UPI")
    trio(
        p,
        ("UPI Ref No", j.ref),
        ("Received on", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
        ("Settles to", f"SBI {dot * 2}{digits(rng, 4)}"),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    p.add("small", "Settlement: next working day")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


RAJSICO = "Rajasthan Small Industries Corporation Ltd."
RAJSICO_HI = "राजस्थान लघु उद्योग निगम लिमिटेड"
EARTHEN = "Studio Earthen Interiors Pvt. Ltd."
HAVELI = "Lakeside Haveli Hotels Pvt. Ltd."
GHAT = "Gangaur Ghat Heritage Hotel"
TERRA = "Terra Firma Living LLP"
SCHOOL = "Shri Charbhuja Vidya Niketan"
SCHOOL_HI = "श्री चारभुजा विद्या निकेतन, खमनोर"
JKK = "Jawahar Kala Kendra"


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The workshop's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    parts = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        parts = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    for i, share in enumerate(parts):
        v = left if i == len(parts) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        out.append((f"{prefix}/{fy(j.date)}/{rng.randrange(10, 400):03d}", earlier(rng, j, 6, 60), v))
    return out


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the workshop: Rajasthali's (the Rajasthan Small Industries
    Corporation's) PAYMENT ADVICE for plaques sold on consignment under its Hindi name and a guilloche band
    (Advice No. beside Date; Supplier Code, Supplier Name, Bank A/c in dot leaders; a striped table
    Consignment Note | Sale period | Sale value | Commission 20% | Payable with its total; "A sum of Rs. x has
    been remitted to your account through NEFT vide UTR ... dated <day>."); a Gurugram interior studio's Bill
    Payment from NetSuite, forwarded by the proprietor's son with a line of his own (quoted lines: From,
    Subject, Bill Payment #, Payee, Date, Payment Method, Reference #, Amount, the bill it settles); an
    Udaipur hotel company's Payment Entry printed from ERPNext (the ACC-PAY number large; Posting Date, Party
    Type, Party, Mode of Payment, Paid Amount, Cheque/Reference No, Cheque/Reference Date in columns; a table
    ruled on every side of the invoices it settles); GeM's payment status for the Rajasthan Tourism
    Development Corporation waiting on the bank (a spinner's disc; a table ruled on every side: Contract No.,
    Seller, Invoice No., Amount, Payment Mode, Payment Ref. No., Initiated on, Status); a lake hotel's
    accounts desk's WhatsApp Business message in a chat bubble with its hour (Payment released, Payee, Amount,
    Mode, UTR, the bill; no day); Standard Chartered's Straight2Bank enquiry of a Mumbai decor store's NEFT
    rejected (a red disc; three fields to a row: Payment type, Value date, Status; labels against a gutter:
    Customer Reference, Bank Reference, Beneficiary Name, Beneficiary Account, Amount; the reason in a
    notice); a Khamnor school's CASH VOUCHER under its Hindi name (क्रमांक / No. left blank; each field's
    label in Hindi and English with a slash between them and the value written by hand on a dotted line:
    दिनांक / Date, प्राप्तकर्ता / Paid to, विवरण / Towards, राशि / Amount; "नकद भुगतान किया" (paid in cash) in
    a Hindi hand; no reference); Pay Manager's (the Rajasthan treasury's) payment status for Jawahar Kala
    Kendra (a table ruled on every side: Bill No., Token No., Payee Name, Net Amount, Payment Mode, UTR No.,
    Payment Date, Status Paid). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=5000, high=420000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "Rs"))
    me = rng.choice([FIRM, FIRM_CAPS, HOUSE])
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hline(p, RAJSICO_HI, scale=1.05, bold=True)
        top(p, pick(p, "title", [RAJSICO, "Rajasthan Small Industries Corpn. Ltd."]))
        p.add("small", "(Rajasthali)  |  Udyog Bhawan, Tilak Marg, Jaipur - 302005")
        guilloche(p, (176, 60, 40))
        p.part = "body"
        p.add("center", "PAYMENT ADVICE")
        adv = f"RSIC/PA/{fy(j.date)}/{rng.randrange(100, 999):04d}"
        cols(
            p,
            "rh",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Advice No. {adv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, adv),
            date=j.date,
        )
        p.add("gap")
        name = vname(p, [me, FIRM], bold=False)
        dots(p, "Supplier Code", f"RJS-{rng.randrange(1000, 9999)}", at=0.34)
        dots(p, "Supplier Name", name, at=0.34, merchant=name)
        dots(p, "Bank A/c", f"State Bank of India XXXXXX{digits(rng, 4)}", at=0.34)
        p.add("gap")
        bills = bills_of(rng, j, rng.randrange(1, 3), "CN")
        rows_ = []
        for no, day, net in bills:
            sale = round(net / 0.8, 2)
            month = when(day, "%b %Y")
            rows_.append(([no, month, num(sale), num(round(sale - net, 2)), num(net)], {}))
        rows_.append((["Total", "", "", "", num(j.amount)], {}))
        zebra(
            p,
            "rz",
            [(0.0, 0.26, "l"), (0.26, 0.42, "c"), (0.42, 0.6, "r"), (0.6, 0.8, "r"), (0.8, 1.0, "r")],
            ["Consignment Note", "Sale period", "Sale value", "Commission 20%", "Payable"],
            rows_,
            (150, 50, 36),
        )
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        para(
            p,
            f"A sum of {rs(j.amount)} has been remitted to your account through NEFT vide UTR {utr} dated "
            f"{day_in(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}.",
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Manager (Accounts)")
        return p.done()
    if k == 1:
        p = mail_page(
            rng, font, f"{SON} <naresh@{WEB}>", ["Fwd: Bill Payment BP-1042", "Fwd: Payment advice"]
        )
        p.part = "body"
        p.add("left", "Papa, Studio Earthen has paid the tiles bill. Please tell CA sir.")
        p.add("left", "- Naresh")
        p.add("gap")
        p.add("left", "---------- Forwarded message ---------")
        bp = f"BP-{rng.randrange(1000, 9999)}"
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = me
        quoted(p, "From: Studio Earthen Accounts <ap@studioearthen.in>")
        quoted(p, f"Subject: Bill Payment #{bp}")
        quoted(p, "")
        quoted(p, EARTHEN)
        quoted(p, "Sector 44, Gurugram - 122003")
        quoted(p, f"Bill Payment #{bp}", txn=(INVOICE_RANK, bp))
        quoted(p, f"Payee: {name}", merchant=name)
        quoted(p, f"Date: {day_in(j, rng, ['%d/%m/%Y', '{d} %b %Y'])}", date=j.date)
        quoted(p, "Payment Method: NEFT", method="netbanking", status=status)
        quoted(p, f"Reference #: {utr}", txn=(UTR_RANK, utr))
        quoted(p, f"Amount: {rs(j.amount)}", amount=j.amount)
        for no, day, v in bills_of(rng, j, rng.randrange(1, 3), "MMK"):
            quoted(p, f"Applied to bill {no} of {when(day, '%d/%m/%Y')}: {rs(v)}")
        quoted(p, "")
        quoted(p, "Regards, Accounts Payable")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, HAVELI)
        p.add("small", "Lal Ghat, Udaipur - 313001  |  GSTIN 08AADCL5581R1Z2")
        p.add("rule")
        p.part = "body"
        acc = f"ACC-PAY-{j.date.year}-{rng.randrange(100, 2999):05d}"
        p.add("left", "Payment Entry")
        top(p, acc, txn=(INVOICE_RANK, acc))
        utr = utr_for(rng, j, "ICICI Bank", rng.choice(["NEFT", "RTGS"]) if j.amount >= 200000 else "NEFT")
        name = vname(p, [me, FIRM], bold=False)
        day = day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(p, "en", spec, "Posting Date", day, date=j.date)
        colkv(p, "en", spec, "Party Type", "Supplier")
        colkv(p, "en", spec, "Party", name, merchant=name)
        colkv(p, "en", spec, "Mode of Payment", "Wire Transfer", method="netbanking", status=status)
        colkv(p, "en", spec, "Paid Amount", rs(j.amount), amount=j.amount)
        colkv(p, "en", spec, "Cheque/Reference No", utr, txn=(UTR_RANK, utr))
        colkv(p, "en", spec, "Cheque/Reference Date", day)
        p.add("gap")
        bills = bills_of(rng, j, rng.randrange(1, 4), "MMK")
        grid(
            p,
            "er",
            [(0.0, 0.3, "l"), (0.3, 0.5, "c"), (0.5, 0.75, "r"), (0.75, 1.0, "r")],
            ["Purchase Invoice", "Posting Date", "Grand Total", "Allocated"],
            [([no, when(day, "%d-%m-%Y"), num(v), num(v)], {}) for no, day, v in bills],
            foot=(["Total Allocated", num(j.amount)], {}),
            tint=(232, 236, 242),
        )
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "gem.gov.in/payment/contract/status")
        p.part = "head"
        top(p, "GeM")
        p.add("small", "Government e-Marketplace  |  Payment status")
        p.add("rule")
        p.part = "body"
        p.add("left", "Buyer: Rajasthan Tourism Development Corporation Ltd., Jaipur")
        verdict(p, status)
        p.add("center", "Payment initiated, awaiting bank confirmation", status=status)
        ref = f"GEMP{j.date:%y%m}{digits(rng, 8)}"
        name = vname(p, [me, FIRM], bold=False)
        grid(
            p,
            "gm",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Contract No.", f"GEMC-5116877{digits(rng, 8)}"], {}),
                (["Seller", name], {"merchant": name}),
                (["Invoice No.", f"MMK/{fy(j.date)}/{rng.randrange(10, 400):03d}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", "NEFT through the buyer's bank"], {"method": "netbanking"}),
                (["Payment Ref. No.", ref], {"txn": (TXN_RANK, ref)}),
                (["Initiated on", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Status", "Payment initiated"], {}),
            ],
            tint=(226, 232, 244),
        )
        p.add("small", "The seller is paid when the buyer's bank confirms the credit.")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, [f"{GHAT} Accounts"], dark=False, buttons=())
        p.part = "body"
        p.add("small", "WhatsApp Business  |  business account")
        p.add("gap")
        s = len(p.rows)
        name = pick(p, "left", [f"Payee: {HOUSE_CAPS}", f"Payee: {HOUSE}"])[7:]
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        p.add("left", "Payment released", status=status)
        p.add("left", f"Payee: {name}", merchant=name)
        p.add("left", f"Amount: {rs(j.amount)}", amount=j.amount)
        p.add("left", "Mode: NEFT", method="netbanking")
        p.add("left", f"UTR: {utr}", txn=(UTR_RANK, utr))
        p.add("left", f"Against bill MMK/{fy(j.date)}/{rng.randrange(10, 400):03d}")
        p.add("left", "Kindly confirm receipt. - Accounts")
        h273.bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "s2b.sc.com/payments/enquiry/detail")
        p.part = "head"
        top(p, "Standard Chartered")
        p.add("small", f"Straight2Bank  |  {TERRA}, Mumbai")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Payment rejected", status=status)
        trio(
            p,
            ("Payment type", "NEFT"),
            ("Value date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            ("Status", "Rejected"),
            method="netbanking",
            date=j.date,
        )
        cref = f"TFL{digits(rng, 8)}"
        bref = f"SCBLN{digits(rng, 11)}"
        name = vname(p, [me, FIRM], bold=False)
        gutter(p, "sc", "Customer Reference", cref, at=0.38)
        gutter(p, "sc", "Bank Reference", bref, at=0.38, txn=(BANK_RANK, bref))
        gutter(p, "sc", "Beneficiary Name", name, at=0.38, merchant=name)
        gutter(p, "sc", "Beneficiary Account", f"XXXXXXXX{digits(rng, 4)} (SBIN)", at=0.38)
        gutter(p, "sc", "Amount", rs(j.amount), at=0.38, amount=j.amount)
        note(
            p,
            "Rejected by the beneficiary bank: the beneficiary name does not match the account (R03). The "
            "amount has been credited back to your account.",
            "error",
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(24, 160) * 100)
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 246, 234), (246, 248, 240)])
        p.part = "head"
        hline(p, SCHOOL_HI, scale=1.1, bold=True)
        top(p, pick(p, "title", [SCHOOL, "Charbhuja Vidya Niketan"]))
        p.add("small", "Khamnor, Rajsamand - 313322")
        hline(p, "नकद भुगतान वाउचर / CASH VOUCHER", bold=True)
        p.part = "body"
        hline(p, "क्रमांक / No. ...............", align="l")
        p.add("gap")
        hfill(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        hfill(p, "प्राप्तकर्ता", "Paid to", HOUSE, merchant=HOUSE)
        hfill(p, "विवरण", "Towards", "12 clay plaques, school gate")
        hfill(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        hhand(p, "नकद भुगतान किया", method="cash", status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Principal")
        return p.done()
    p = browser_page(rng, font, "paymanager.rajasthan.gov.in/paymanager/BillStatus")
    p.part = "head"
    top(p, "Pay Manager")
    p.add("small", "Integrated Financial Management System, Government of Rajasthan")
    hline(p, "बिल भुगतान स्थिति", bold=True)
    p.add("rule")
    p.part = "body"
    p.add("left", f"Office: {JKK}, Jaipur (DDO 1420)")
    utr = utr_for(rng, j, "State Bank of India", "NEFT")
    name = vname(p, [me, FIRM], bold=False)
    grid(
        p,
        "pm",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        None,
        [
            (["Bill No.", f"{rng.randrange(100, 999)}/{fy(j.date)}"], {}),
            (["Token No.", str(rng.randrange(10000, 99999))], {}),
            (["Payee Name", name], {"merchant": name}),
            (["Net Amount", rs(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "e-Payment (NEFT)"], {"method": "netbanking"}),
            (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
            (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            (["Status", "Paid"], {"status": status}),
        ],
        tint=(240, 228, 214),
    )
    p.add("small", "For a workshop on Molela terracotta at the Kendra's Shilpgram.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Earth and Fire Folk Art Gallery LLC", "Santa Fe, New Mexico, USA", "USD", 1200, 9000, "bofa"),
    ("Ashworth Folk Art Ltd", "Bristol, United Kingdom", "GBP", 600, 5500, "lloyds"),
    ("Volkskunst Haus Rahman GmbH", "Cologne, Germany", "EUR", 800, 6000, "deutsche"),
    ("Zaffran Interiors LLC", "Dubai, UAE", "AED", 3000, 26000, "enbd"),
    ("Galerie Terre et Feu Sarl", "Geneva, Switzerland", "CHF", 700, 5500, "ubs"),
    ("Kauri Craft Collective Ltd", "Auckland, New Zealand", "NZD", 900, 7000, "anz"),
    ("Mingei Tsuchi Co., Ltd.", "Kyoto, Japan", "JPY", 120000, 900000, "mufg"),
    ("Bumi Kraf Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", 3000, 24000, "maybank"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with $ or USD, pounds with £, euros the German way
    (4.350,00 EUR or 4.350,00 €), dirhams with AED, Swiss francs with CHF and apostrophes between the
    thousands (CHF 4'350.00), New Zealand dollars with NZ$ or NZD, yen whole with JPY or ¥, ringgit with RM or
    MYR."""
    if cur == "EUR":
        mark = rng.choice([" EUR", " " + sign(font, "\u20ac", "EUR")])
        return lambda v: f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".") + mark
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    if cur == "JPY":
        mark = rng.choice(["JPY ", sign(font, "\u00a5", "JPY ")])
        return lambda v: f"{mark}{v:,.0f}"
    form = rng.choice(
        {
            "USD": ["${v}", "USD {v}", "US${v}"],
            "GBP": [sign(font, "\u00a3", "GBP ") + "{v}"],
            "AED": ["AED {v}"],
            "NZD": ["NZ${v}", "NZD {v}"],
            "MYR": ["RM {v}", "MYR {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Galleries and shops abroad paying the firm for plaques, tiles and murals: Bank of America's
    international wire confirmation in US dollars under a confetti disc (three fields to a row: Amount, Send
    date month first the American way, Fee; labels against a gutter: Recipient, Recipient's bank, SWIFT code,
    Purpose, Confirmation number); Lloyds Bank's International payment sent in pounds (the sum, "to
    <beneficiary>"; a section Payment details, pills: Date, Payment type, Reference, Charges); Deutsche Bank's
    Auslandsüberweisung, Auftrag ausgeführt, in euros the German way (three fields to a row: Betrag,
    Ausführungsdatum, Status; labels against a gutter: Empfänger, IBAN / Konto, BIC, Verwendungszweck,
    Referenz, Entgelte); Emirates NBD's transfer in progress in dirhams under a spinner's disc (the sum, "to
    <beneficiary>"; pills: Date, Reference, Transfer type; a notice); UBS e-banking's payment executed in
    Swiss francs with apostrophes (a section Payment, dot leaders: Beneficiary, Beneficiary's bank, Amount,
    Execution date, Charges option, UBS reference); ANZ's overseas transfer unsuccessful in New Zealand
    dollars under a red disc (the reason in a notice; pills: Date, Reference, Type); MUFG Bank's summary of a
    remittance completed in yen (the sum, "to <beneficiary>", "on <day>"; no reference); Maybank2u's Foreign
    Telegraphic Transfer successful in ringgit ("Today, <hour>"; pills: Reference No., Transfer type,
    Recipient bank; no day). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([FIRM, FIRM_CAPS])
    bank_line = "State Bank of India, Nathdwara Branch"
    if frame == "bofa":
        # a US page prints its day month first: drawn on a day after the 12th, which reads one way only
        if j.date.day <= 12:
            j.date = j.date.replace(day=j.date.day + 14)
        p = browser_page(rng, font, "secure.bankofamerica.com/transfers/wire/confirmation.go")
        p.part = "head"
        top(p, "BANK OF AMERICA")
        p.add("small", f"Business Advantage  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Your international wire has been sent.", status=status)
        trio(
            p,
            ("Amount", show(j.amount)),
            ("Send date", when(j.date, "%m/%d/%Y")),
            ("Fee", show(float(rng.choice([35, 45])))),
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
        conf = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 4)}"
        name = vname(p, [me, FIRM], bold=False)
        gutter(p, "ba", "Recipient", name, at=0.34, merchant=name)
        gutter(p, "ba", "Recipient's bank", bank_line, at=0.34, method="netbanking")
        gutter(p, "ba", "SWIFT code", "SBININBB455", at=0.34)
        gutter(p, "ba", "Purpose", "Terracotta plaques, invoice MMK/EXP/14", at=0.34)
        gutter(p, "ba", "Confirmation number", conf, at=0.34, txn=(TXN_RANK, conf))
        p.add("small", "Bank of America, N.A. Member FDIC.")
        return p.done()
    if frame == "lloyds":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 106, 77))
        app_head(p, "Lloyds Bank", "Payments and transfers")
        verdict(p, status)
        p.add("center", "International payment sent", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {FIRM}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        section(p, "Payment details")
        ref = f"LLOY{digits(rng, 10)}"
        pill(p, "Date", when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), date=j.date)
        pill(p, "Payment type", "International (SWIFT)", method="netbanking")
        pill(p, "Reference", ref, txn=(BANK_RANK, ref))
        pill(p, "Charges", "Shared (SHA)")
        return p.done()
    if frame == "deutsche":
        p = browser_page(rng, font, "meine.deutsche-bank.de/trxm/db/auslandsueberweisung/bestaetigung")
        p.part = "head"
        top(p, "Deutsche Bank")
        p.add("small", f"Auslandsüberweisung  |  {payer}")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Ihr Auftrag wurde ausgeführt.", status=status)
        trio(
            p,
            ("Betrag", show(j.amount)),
            ("Ausführungsdatum", when(j.date, "%d.%m.%Y")),
            ("Status", "Ausgeführt"),
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
        ref = f"DB{j.date:%y%m%d}{digits(rng, 8)}"
        name = vname(p, [me, FIRM], bold=False)
        gutter(p, "db", "Empfänger", name, at=0.34, merchant=name)
        gutter(p, "db", "IBAN / Konto", f"{digits(rng, 4)}XXXXXX{digits(rng, 4)}", at=0.34)
        gutter(p, "db", "BIC", "SBININBB455", at=0.34)
        gutter(p, "db", "Verwendungszweck", "Rechnung MMK/EXP/22, Terrakotta", at=0.34)
        gutter(p, "db", "Referenz", ref, at=0.34, txn=(BANK_RANK, ref))
        gutter(p, "db", "Entgelte", "SHA (geteilt)", at=0.34, method="netbanking")
        return p.done()
    if frame == "enbd":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Track",))
        band(p, (0, 56, 104))
        app_head(p, "Emirates NBD", "International transfer")
        verdict(p, status)
        p.add("center", "Transfer in progress", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {FIRM}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        ref = f"ENBD{digits(rng, 10)}"
        pill(p, "Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), date=j.date)
        pill(p, "Reference", ref, txn=(BANK_RANK, ref))
        pill(p, "Transfer type", "SWIFT", method="netbanking")
        note(p, "Transfers to India usually reach the beneficiary's bank within one working day.")
        return p.done()
    if frame == "ubs":
        p = browser_page(rng, font, "ebanking-ch.ubs.com/workbench/payments/confirmation")
        p.part = "head"
        top(p, "UBS")
        p.add("small", f"UBS e-banking  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment executed", status=status)
        section(p, "Payment")
        ref = f"UBS{digits(rng, 12)}"
        name = vname(p, [me, FIRM], bold=False)
        dots(p, "Beneficiary", name, at=0.36, merchant=name)
        dots(p, "Beneficiary's bank", "State Bank of India, SBININBB455", at=0.36)
        dots(p, "Amount", show(j.amount), at=0.36, bold=True, amount=j.amount, cur=cur)
        dots(p, "Execution date", when(j.date, "%d.%m.%Y"), at=0.36, date=j.date)
        dots(p, "Charges option", "Shared (SHA)", at=0.36, method="netbanking")
        dots(p, "UBS reference", ref, at=0.36, txn=(BANK_RANK, ref))
        p.add("small", "UBS Switzerland AG. The payment has been passed to the beneficiary's bank.")
        return p.done()
    if frame == "anz":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Try again",))
        band(p, (0, 65, 120))
        app_head(p, "ANZ", "Overseas transfer")
        verdict(p, status)
        p.add("center", "Payment unsuccessful", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {FIRM}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "The receiving bank returned this payment: the account number is not valid. The money has been "
            "returned to your account.",
            "error",
        )
        ref = f"ANZ{digits(rng, 10)}"
        pill(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), date=j.date)
        pill(p, "Reference", ref, txn=(BANK_RANK, ref))
        pill(p, "Type", "Overseas transfer (SWIFT)", method="netbanking")
        return p.done()
    if frame == "mufg":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (250, 246, 246)
        p.part = "head"
        p.add("title", "MUFG")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Remittance completed", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {FIRM}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %b %Y', '%d %B %Y']))}", date=j.date)
        p.add("gap")
        p.add("small", "Overseas remittance (SWIFT)", method="netbanking")
        p.add("small", "MUFG Bank, Ltd.")
        return p.done()
    p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
    band(p, (255, 200, 0), ink=(20, 20, 20))
    app_head(p, "Maybank2u", "Foreign Telegraphic Transfer")
    verdict(p, status)
    p.add("center", "Successful", status=status)
    p.add("big", show(j.amount), amount=j.amount, cur=cur)
    name = pick(p, "center", [f"to {me}", f"to {FIRM}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"Today, {hhmm(rng)}")
    ref = f"M2U{digits(rng, 9)}"
    pill(p, "Reference No.", ref, txn=(BANK_RANK, ref))
    pill(p, "Transfer type", "Foreign Telegraphic Transfer", method="netbanking")
    pill(p, "Recipient bank", "State Bank of India")
    return p.done()


# ---------------------------------------------------------------- 4. the workshop's own papers


DEVOTEES = [
    ("Bhopa Hemraj Gameti", "Kotra"),
    ("Bhopa Lalu Ram Bhil", "Gogunda"),
    ("Nathu Lal Gadri", "Relmagra"),
    ("Bhopa Uda Ji Garasia", "Pindwara"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's own papers, itself, its studio or its firm on top: the web shop's Shopify mail under a
    plaque's emblem ("Order #n placed on <day>"; a section Order summary, the plaques on hairline rows,
    Subtotal, Shipping, Taxes (included), Total; "Paid by UPI via Razorpay"); Razorpay's payment page for a
    mural's booking with the payment processing under a spinner's disc (three fields to a row: Amount, Method,
    Initiated; pills: Payment ID, Order ID; a warning's notice); the workshop's TAX INVOICE to a Delhi
    designer under its Hindi name and a mandana band (Invoice No. beside Date, Buyer with its GSTIN; a table
    ruled on every side with IGST 5% and Total; "Received via UPI, Ref ..., on <day>"; its oval stamp); a
    RECEIPT from its book at the Magh fair for a devotee's plaque under its Hindi name, a potter's clay
    fingerprints on it, photographed lying on the workshop's mandana floor (रसीद; क्रमांक / No. left blank;
    each field's label in Hindi and English with a slash between them, the value written by hand on a dotted
    line: दिनांक / Date, नाम / Name, गाँव / Village, मूर्ति / Plaque, राशि / Amount; "नकद प्राप्त किए"
    (received in cash) in a Hindi hand; no reference); the studio's WORKSHOP TICKET with its notches and tear
    line (Ticket No., the persons and their sums, Total, "Paid by card"; its stub; no day); PhonePe's payment
    gateway with the web shop's payment failed under a red disc (Merchant, Amount, Merchant Transaction ID,
    PhonePe Transaction ID, Payment mode, Date in dot leaders; a notice); the firm's MONEY RECEIPT typed on
    its letterhead for a resort's mural instalment ("Received with thanks from ... the sum of Rupees ... (Rs.
    x/-) by RTGS, UTR ..., dated <day>, being the second instalment ... (order value Rs. y/-)", its oval
    stamp); an invoice in the Swipe app on the workshop's phone (the workshop under the app, Invoice #; a
    section Items, each in a pill; three fields to a row: Invoice date, Paid via Cash, Status Paid). All new
    here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=1200, high=60000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        order = str(rng.randrange(1001, 1899))
        p = mail_page(
            rng, font, f"{HOUSE} <store@{WEB}>", [f"Order #{order} confirmed", "Thank you for your purchase!"]
        )
        p.part = "head"
        plaque(p)
        top(p, HOUSE, merchant=HOUSE)
        p.add("rule")
        p.part = "body"
        p.add("left", "Thank you for your purchase!")
        p.add("left", f"Hi {first}, we're getting your order ready to be shipped from Molela.")
        p.add(
            "left",
            f"Order #{order} placed on {when(j.date, rng.choice(['%B {d}, %Y', '{d} %B %Y']))}",
            txn=(ORDER_RANK, order),
            date=j.date,
        )
        section(p, "Order summary")
        items = pieces(rng, rng.randrange(1, 3), high=5200)
        ship = float(rng.choice([0, 180, 350]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        for text, _, q, pr in items:
            cols(p, "sho", spec, f"{clip(text, 44)} x {q}", rs(q * pr), mode="line")
        cols(p, "shs", spec, "Subtotal", rs(sub), mode="line")
        cols(p, "shs", spec, "Shipping", rs(ship) if ship else "Free", mode="line")
        cols(p, "shs", spec, "Taxes (included)", rs(round(sub - sub / 1.05, 2)), mode="line")
        cols(p, "sht", spec, "Total", rs(j.amount), mode="line", amount=j.amount)
        p.add("gap")
        p.add("left", "Paid by UPI via Razorpay", method="UPI", status=status)
        p.add("small", f"Questions? Reply to this mail or write to store@{WEB}")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([10000, 15000, 21000, 25000, 31000]))
        p = browser_page(rng, font, f"pages.razorpay.com/{code(rng, 8, LOWER)}")
        p.part = "head"
        top(p, HOUSE, merchant=HOUSE)
        p.add("small", "Booking advance for a terracotta mural  |  Molela, Rajasthan")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Payment processing", status=status)
        trio(
            p,
            ("Amount", rs(j.amount)),
            ("Method", "UPI"),
            ("Initiated", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
            amount=j.amount,
            method="UPI",
            date=j.date,
        )
        pid = f"pay_{code(rng, 14, MIXED)}"
        oid = f"order_{code(rng, 14, MIXED)}"
        pill(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        pill(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        note(p, "We are waiting for your bank to confirm this payment. Please do not pay again.", "warn")
        p.add("small", "Secured by Razorpay")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hline(p, HOUSE_HI, scale=1.2, bold=True)
        name = pick(p, "title", [HOUSE_CAPS, HOUSE])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {ADDRESS}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        mandana(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"MMK/{fy(j.date)}/{rng.randrange(10, 499):03d}"
        cols(
            p,
            "ti",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Buyer: Ochre Studio, Hauz Khas, New Delhi  |  GSTIN {gstin_of(rng, '07')}")
        p.add("small", "Place of supply: Delhi (07)")
        items = pieces(rng, rng.randrange(1, 4))
        taxable = sum(q * pr for _, _, q, pr in items)
        igst = round(taxable * 0.05, 2)
        j.amount = round(taxable + igst, 2)
        grid(
            p,
            "tg",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.54, "l"),
                (0.54, 0.64, "c"),
                (0.64, 0.7, "c"),
                (0.7, 0.85, "r"),
                (0.85, 1.0, "r"),
            ],
            ["#", "Description", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), clip(t, 40), hsn, str(q), num(pr, "plain", 0), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "IGST 5%", "", "", "", num(igst)], {})],
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(240, 222, 206),
        )
        p.add("gap")
        p.add(
            "left",
            f"Received via UPI, Ref {j.ref}, on {day_in(j, rng, ['%d/%m/%Y', '{d} %b %Y'])}.",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        oval(p, [HOUSE_CAPS, "MOLELA", "RAJSAMAND"], "blue", at=0.25, rows_=4)
        sig(p)
        p.add("right", f"For {FIRM}")
        return p.done()
    if k == 3:
        shift(j, rng, MAGH + dt.timedelta(days=rng.randrange(0, 7)))
        devotee, village = rng.choice(DEVOTEES)
        text, _, _, pr = rng.choice(PIECES[:6])
        j.amount = float(rng.randrange(int(pr * 0.6) // 50, int(pr * 1.1) // 50) * 50)
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 246, 232), (246, 244, 236)])
        prints(p)
        on_floor(p)
        p.part = "head"
        hline(p, HOUSE_HI, scale=1.15, bold=True)
        name = pick(p, "title", [HOUSE_CAPS, HOUSE])
        top(p, name, merchant=name)
        p.add("small", TOWN)
        hline(p, "रसीद / RECEIPT", bold=True)
        p.part = "body"
        hline(p, "क्रमांक / No. ...............", align="l")
        hfill(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        hfill(p, "नाम", "Name", devotee)
        hfill(p, "गाँव", "Village", village)
        hfill(p, "मूर्ति", "Plaque", SHORT[text])
        hfill(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hhand(p, "नकद प्राप्त किए", method="cash", status=status)
        p.add("gap")
        sig(p)
        p.add("right", f"For {HOUSE}")
        return p.done()
    if k == 4:
        persons = rng.randrange(1, 5)
        rate = float(rng.choice([600, 750, 900]))
        j.amount = persons * rate
        p = sheet_page(rng, font, [520, 560])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        p.add("gap")
        s = len(p.rows)
        hline(p, STUDIO_HI, bold=True)
        name = pick(p, "title", [STUDIO_CAPS, STUDIO])
        top(p, name, merchant=name)
        p.add("small", f"at {HOUSE}, Molela")
        p.add("center", "WORKSHOP TICKET")
        p.part = "body"
        no = f"{rng.randrange(1, 9999):05d}"
        p.pair("Ticket No.", no, txn=(INVOICE_RANK, no))
        p.add("left", "Hands-on plaque making, 2 hours")
        p.pair(f"Persons  {persons} x Rs. {num(rate, 'plain', 0)}", f"Rs. {num(j.amount, 'indian', 0)}")
        p.pair("Total", f"Rs. {num(j.amount, 'indian', 0)}", amount=j.amount)
        p.add("left", "Paid by card", method="card", status=status)
        notch = len(p.rows)
        p.add("gap")
        p.add("small", "STUB - keep for the kiln visit")
        p.pair("Ticket No.", no)
        p.pair("Persons", str(persons))
        ticket(p, s, notch)
        p.add("gap")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, f"mercury.phonepe.com/transact/pg?token={code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "PhonePe")
        p.add("small", "Payment Gateway")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Payment Failed", status=status)
        mt = f"MMK{j.date:%y%m%d}{digits(rng, 4)}"
        pt = f"T{j.date:%y%m%d}{digits(rng, 16)}"
        name = vname(p, [HOUSE, HOUSE_CAPS], bold=False)
        dots(p, "Merchant", name, at=0.4, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Merchant Transaction ID", mt, at=0.4, txn=(ORDER_RANK, mt))
        dots(p, "PhonePe Transaction ID", pt, at=0.4, txn=(TXN_RANK, pt))
        dots(p, "Payment mode", f"Card, Visa XX{digits(rng, 4)}", at=0.4, method="card")
        dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.4, date=j.date)
        note(p, "Your card issuer declined the payment. No money has been taken; please try again.", "error")
        p.add("small", f"You will be taken back to {WEB}.")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(60, 240) * 1000)
        order = j.amount * rng.choice([3, 4])
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        plaque(p)
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", f"{ADDRESS}  |  GSTIN {GSTIN}")
        p.add("rule")
        p.part = "body"
        no = f"MR/{fy(j.date)}/{rng.randrange(10, 99):03d}"
        cols(
            p,
            "mr",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"No. {no}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("center", "MONEY RECEIPT")
        utr = utr_for(rng, j, "Axis Bank", "RTGS")
        para(
            p,
            "Received with thanks from Aravali Sarai Resorts Pvt. Ltd., Kumbhalgarh the sum of Rupees "
            f"{bare_words(j.amount)} only (Rs. {num(j.amount, 'indian', 0)}/-) by RTGS, UTR {utr}, dated "
            f"{day_in(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}, being the second instalment against the order "
            "for a terracotta mural of the Gavri dance, 12 x 6 ft "
            f"(order value Rs. {num(order, 'indian', 0)}/-).",
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        oval(p, [FIRM_CAPS, "MOLELA", "PROPRIETOR"], "violet", at=0.2, rows_=4)
        sig(p)
        p.add("right", f"{PROP}, Proprietor")
        return p.done()
    p = phone(rng, font, k, ["", "Invoice"], dark=False, buttons=("Share", "Print"))
    band(p, (24, 60, 200))
    app_head(p, "Swipe", "Invoice")
    name = pick(p, "center", [HOUSE_CAPS, HOUSE])
    p.add("center", name, merchant=name)
    p.add("small", f"GSTIN {GSTIN}")
    inv = f"INV-{rng.randrange(100, 999)}"
    p.add("center", f"Invoice #{inv}", txn=(INVOICE_RANK, inv))
    section(p, "Items")
    items = pieces(rng, rng.randrange(1, 3), high=2600)
    j.amount = 0.0
    for text, _, q, pr in items:
        pill(p, f"{SHORT[text]} x {q}", rs(q * pr))
        j.amount += q * pr
    pill(p, "Total (incl. GST)", rs(j.amount), amount=j.amount)
    trio(
        p,
        ("Invoice date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
        ("Paid via", "Cash"),
        ("Status", "Paid"),
        date=j.date,
        method="cash",
        status=status,
    )
    p.add("small", "Thank you for buying Molela terracotta!")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


# what the clay carter brings: the pond's clay, donkey dung and rice husk mixed into it (Hindi, unit, how
# many, price each)
CLAY_LOADS = [
    ("तालाब की मिट्टी", "ट्रॉली", 1, 3, 1800, 2400),
    ("गधे की लीद", "बोरी", 2, 6, 120, 180),
    ("चावल की भूसी", "बोरी", 2, 5, 150, 220),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's suppliers, each on top of its own paper: a clay carter's chit written in a Hindi hand in
    a ruled notebook (श्री, his name in Latin letters, "दि." and the day, the pond's clay, donkey dung and
    rice husk with their sums, कुल (total) first written wrong, struck through and written again beside it,
    "नकद मिले" (received in cash); no reference); an Udaipur mineral colours house's TAX INVOICE (Invoice No.
    beside its earlier Invoice Date, Buyer; a striped table of geru, ramraj, khadia and kajal with CGST 9% and
    SGST 9%; Total; "PAYMENT RECEIVED: NEFT, UTR ..., on <day>" in a rounded box); Industrybuying's checkout
    with the payment failed under a red disc (Sold by:; three fields to a row: Order ID, Amount, Attempted;
    pills: Transaction ID, Paid with; a notice); a Khamnor fuel depot's OkCredit on its own phone (the depot
    under the app, Payment received, "from <the workshop>"; pills: Mode, UPI Ref No, Date, Balance due);
    Shiprocket's wallet recharge receipt (Recharge successful; Recharge amount, Transaction ID, Payment mode,
    UPI Ref No, Date, Wallet balance in dot leaders); GoDaddy's mailed receipt for the web shop's domain
    (Order #, Order date, Payment method in columns; the renewal, GST 18%, Total; "Your payment has been
    received."); udaan's order with the payment pending under a spinner's disc (Seller:; pills: Order ID,
    Amount, Payment mode, UPI Ref, Initiated on; a notice); a Nathdwara press's BILL from its pad (Bill No.
    printed, its Date left blank, the printing written in its columns, Total, "Paid by PhonePe, Ref ..."
    written in; no day). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=900, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = (252, 252, 246)
        p.part = "head"
        hhand(p, "श्री", align="c")
        name = "BHERU LAL GAMETI"
        write(p, name, align="c", merchant=name)
        p.add("small", "Mitti, leed, bhusi supplier  |  Molela")
        p.part = "body"
        hhand(p, f"दि. {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", date=j.date)
        start = len(p.rows)
        j.amount = 0.0
        for text, unit, lo, hi, plo, phi in rng.sample(CLAY_LOADS, rng.randrange(2, 4)):
            q = rng.randrange(lo, hi + 1)
            v = float(q * rng.randrange(plo, phi + 1, 10))
            hhand(p, f"{text} {q} {unit}", figure=num(v, "indian", 0))
            j.amount += v
        wrong = j.amount + rng.choice([-300, -200, -100, 100, 200, 500])
        hhand(
            p,
            "कुल",
            figure=f"{num(j.amount, 'indian', 0)}/-",
            was=num(wrong, "indian", 0),
            amount=j.amount,
        )
        ledger(p, start, [0.66])
        p.add("gap")
        hhand(p, "नकद मिले", method="cash", status=status)
        write(p, "Bheru Lal", align="r")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "SHREE GANGA MINERALS & COLOURS"
        top(p, name, merchant=name)
        p.add("small", f"Madri Industrial Area, Udaipur - 313003  |  GSTIN {gstin_of(rng)}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SGM/{fy(j.date)}/{rng.randrange(100, 999)}"
        cols(
            p,
            "gi",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date: {when(earlier(rng, j, 4, 25), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {FIRM}, Molela (GSTIN {GSTIN})")
        colours = [
            ("Geru (red ochre), fine", "2530", 38, 55),
            ("Ramraj (yellow ochre)", "2530", 60, 85),
            ("Khadia (white chalk)", "2509", 14, 22),
            ("Kajal black pigment", "3206", 240, 320),
            ("Gum arabic", "1301", 420, 560),
        ]
        rows_, taxable = [], 0.0
        for text, hsn, lo, hi in rng.sample(colours, rng.randrange(2, 4)):
            kg = rng.randrange(5, 40) if hi < 100 else rng.randrange(2, 8)
            rate = float(rng.randrange(lo, hi))
            v = kg * rate
            taxable += v
            rows_.append(([text, hsn, str(kg), num(rate, "plain", 0), num(v)], {}))
        gst = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst, 2)
        rows_.append((["CGST 9%", "", "", "", num(gst)], {}))
        rows_.append((["SGST 9%", "", "", "", num(gst)], {}))
        zebra(
            p,
            "gz",
            [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
            ["Description", "HSN", "Kg", "Rate", "Amount"],
            rows_,
            (150, 70, 40),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        c = card_open(p)
        p.add("left", "PAYMENT RECEIVED", status=status)
        p.add(
            "left",
            f"NEFT, UTR {utr}, on {day_in(j, rng, ['%d/%m/%Y', '{d} %b %Y'])}.",
            date=j.date,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        card_close(p, c, tint=True)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "www.industrybuying.com/checkout/payment-status")
        p.part = "head"
        top(p, "industrybuying")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Payment Failed", status=status)
        name = "Jyoti Electricals and Motors"
        p.add("center", f"Sold by: {name}", merchant=name)
        p.add("small", "Vatva GIDC, Ahmedabad")
        j.amount = float(rng.randrange(4200, 16800))
        oid = f"IB{digits(rng, 10)}"
        tid = f"PAY{digits(rng, 12)}"
        trio(
            p,
            ("Order ID", oid),
            ("Amount", rs(j.amount)),
            ("Attempted", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
            txn=(ORDER_RANK, oid),
            amount=j.amount,
            date=j.date,
        )
        pill(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        pill(p, "Paid with", f"Credit card XX{digits(rng, 4)}", method="card")
        pill(p, "Item", "Potter's wheel motor, 0.5 HP x 1")
        note(
            p,
            "Your bank declined the payment. If money was deducted it will be refunded in 5-7 days.",
            "error",
        )
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 1500, 18000, 0.8)
        p = phone(rng, font, k, [""], dark=False, buttons=("Share",))
        band(p, (0, 140, 90))
        app_head(p, "OkCredit", "Payment received")
        name = pick(p, "center", ["BHAIRAV FUEL DEPOT", "Bhairav Fuel Depot"])
        p.add("center", name, merchant=name)
        p.add("small", "Lakdi, kande  |  Khamnor")
        verdict(p, status)
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"from {HOUSE}")
        pill(p, "Mode", "UPI", method="UPI")
        pill(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        pill(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        pill(p, "Balance due", rs(0.0))
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([1000, 2000, 2500, 3000, 5000]))
        p = browser_page(rng, font, "app.shiprocket.in/billing/recharge/receipt")
        p.part = "head"
        top(p, "Shiprocket", merchant="Shiprocket")
        p.add("small", "Bigfoot Retail Solutions Pvt. Ltd.  |  Wallet recharge")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Recharge successful", status=status)
        tid = f"SR{digits(rng, 12)}"
        dots(p, "Recharge amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        dots(p, "Payment mode", "UPI", at=0.4, method="UPI")
        dots(p, "UPI Ref No", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        dots(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        dots(p, "Wallet balance", rs(round(j.amount + rng.uniform(50, 900), 2)), at=0.4)
        p.add("small", f"Shipping for {WEB}")
        return p.done()
    if k == 5:
        base = float(rng.choice([899, 999, 1199]))
        gst = round(base * 0.18, 2)
        j.amount = round(base + gst, 2)
        order = str(digits(rng, 10))
        p = mail_page(rng, font, "GoDaddy <orders@godaddy.com>", [f"Your receipt for order #{order}"])
        p.part = "head"
        top(p, "GoDaddy", merchant="GoDaddy")
        p.add("rule")
        p.part = "body"
        p.add("center", "Receipt")
        p.add("left", "Your payment has been received. Thank you for renewing with us.", status=status)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "gd", spec, "Order #", order, txn=(ORDER_RANK, order))
        colkv(p, "gd", spec, "Order date", when(j.date, rng.choice(["%d %b %Y", "%b {d}, %Y"])), date=j.date)
        colkv(
            p,
            "gd",
            spec,
            "Payment method",
            f"Visa ending {digits(rng, 4)}",
            method="card",
        )
        p.add("gap")
        spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "gdl", spec2, f".IN domain renewal, 1 year: {WEB}", rs(base), mode="line")
        cols(p, "gdl", spec2, "GST 18%", rs(gst), mode="line")
        total(p, "Total", rs(j.amount), at=0.62, amount=j.amount)
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(40, 260) * 100)
        p = phone(rng, font, k, ["", "Order payment"], dark=False, buttons=("Check status",))
        band(p, (0, 102, 204))
        app_head(p, "udaan", "Order payment")
        verdict(p, status)
        p.add("center", "Payment pending", status=status)
        name = "Mewar Packaging Industries"
        p.add("center", f"Seller: {name}", merchant=name)
        p.add("small", "Corrugated boxes, straw pads, bubble wrap")
        oid = f"UD{digits(rng, 10)}"
        pill(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        pill(p, "Amount", rs(j.amount), amount=j.amount)
        pill(p, "Payment mode", "UPI", method="UPI")
        pill(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        pill(p, "Initiated on", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), date=j.date)
        note(p, "We have not heard from your bank yet. Please wait before paying again.", "warn")
        return p.done()
    p = sheet_page(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(248, 248, 240), (246, 244, 250)])
    p.part = "head"
    name = "SHRINATH OFFSET PRINTERS"
    top(p, name, merchant=name)
    p.add("small", "Lal Bagh Road, Nathdwara - 313301")
    p.add("center", "BILL")
    p.part = "body"
    bill = f"{rng.randrange(100, 999):04d}"
    cols(
        p,
        "sn",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Bill No. {bill}",
        "Date ..............",
        txn=(INVOICE_RANK, bill),
    )
    blank(p, "M/s.", HOUSE)
    spec = [(0.0, 0.1, "c"), (0.1, 0.74, "l"), (0.76, 1.0, "r")]
    cols(p, "sh", spec, "No.", "Particulars", "Rs.", mode="line")
    start = len(p.rows)
    j.amount = 0.0
    for n_, (text, lo, hi) in enumerate(
        rng.sample(
            [
                ("Catalogue, 8 pages, 500 copies", 5200, 8400),
                ("Hang tags, 1000 pcs", 900, 1600),
                ("Leaflets, Hindi and English", 1200, 2400),
                ("Visiting cards, 2 boxes", 400, 700),
            ],
            rng.randrange(2, 4),
        )
    ):
        v = float(rng.randrange(lo, hi, 50))
        hcells(p, spec, str(n_ + 1), text, num(v, "indian", 0))
        j.amount += v
    hcells(p, spec, "", "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.1, 0.75])
    p.add("gap")
    write(p, f"Paid by PhonePe, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
    sig(p)
    p.add("right", "for Shrinath Offset")
    return p.done()


# ---------------------------------------------------------------- 6. the workshop's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("SHREE GANGA MINERALS", "Bank of Baroda", "NEFT"),
    ("MEWAR PACKAGING INDUSTRIES", "Union Bank of India", "RTGS"),
    ("SHRINATH OFFSET PRINTERS", "ICICI Bank", "UPI"),
    ("KHAMNOR KILN BRICK WORKS", "Punjab National Bank", "IMPS"),
    ("RAJ TEMPO TRANSPORT", "Bank of India", "IMPS"),
    ("BHAIRAV FUEL DEPOT", "The Udaipur Urban Co-operative Bank", "NEFT"),
    ("SAHYOG WEB SOLUTIONS", "Kotak Mahindra Bank", "IMPS"),
    ("MAHADEV ELECTRICALS", "State Bank of India", "NEFT"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop paying its suppliers from its banks: OnlineSBI's NEFT e-Receipt under a confetti disc (a
    table ruled on every side: Reference No., UTR, Debit Account, Beneficiary Name, Beneficiary Account, IFSC,
    Amount, Transaction Date, Purpose); Bank of Baroda's Baroda Connect RTGS (a section Transaction summary;
    three fields to a row: Payment mode, Value date, Status Processed; Bank Ref. No., UTR No., Beneficiary,
    Account, Amount in dot leaders); Rajasthan Gramin Bank's app under its Hindi "भुगतान सफल" (payment
    successful) (each field's label in Hindi and English with a slash between them, its value printed on a
    dotted line: प्राप्तकर्ता / Paid to, यूपीआई संदर्भ सं. / UPI Ref No., दिनांक / Date, खाता / From); PNB
    ONE's IMPS under process under a spinner's disc ("to <payee>"; pills: IMPS Ref No, Date & time, From A/c;
    a notice); AU 0101's transfer failed under a red disc ("to <payee>", the reason in a notice; pills: IMPS
    Ref No, Date, From); the Udaipur Urban Co-operative Bank's app's mini statement (Avl Bal; Date | Narration
    | Amount on hairline rows, the "NEFT/<PAYEE>" debit among the credits; no reference); HDFC Bank
    NetBanking's IMPS confirmation (three fields to a row: Mode, Amount, Date; labels against a gutter:
    Beneficiary, Beneficiary A/c, IMPS Reference No., Remarks); IndusInd Bank's IndusMobile "Money sent!"
    ("Today, <hour>"; pills: UTR, Mode, From; no day). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=3000, high=180000)
    to, their_bank, way = VENDORS[k]
    if way in ("IMPS", "UPI"):
        j.amount = rupees(rng, 1500, 90000, 0.6)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 460000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR "))
    utr = utr_for(rng, j, their_bank, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXXX{digits(rng, 4)}"
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = browser_page(rng, font, "retail.onlinesbi.sbi/retail/neftinterbankconfirm.htm")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", "OnlineSBI  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Your NEFT transaction is successful.", status=status)
        p.add("gap")
        ref = f"IT0{code(rng, 2, UPPER)}{digits(rng, 7)}"
        name = vname(p, [to], bold=False)
        grid(
            p,
            "sb",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", f"Current A/c {acct}"], {}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary Account", f"XXXXXXX{digits(rng, 4)}"], {}),
                (["IFSC", f"{IFSC[their_bank]}0{code(rng, 6, ALNUM)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "method": method}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Purpose", "Colours for the plaques"], {}),
            ],
            tint=(226, 236, 248),
        )
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "bobibanking.com/BankAwayCorp/rtgs/confirm")
        p.part = "head"
        top(p, "Bank of Baroda")
        p.add("small", "Baroda Connect  |  Corporate Internet Banking")
        p.add("rule")
        p.part = "body"
        section(p, "Transaction summary")
        trio(
            p,
            ("Payment mode", "RTGS"),
            ("Value date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])),
            ("Status", "Processed"),
            method=method,
            date=j.date,
            status=status,
        )
        bref = f"BCC{digits(rng, 11)}"
        name = vname(p, [to], bold=False)
        dots(p, "Bank Ref. No.", bref, at=0.36, txn=(BANK_RANK, bref))
        dots(p, "UTR No.", utr, at=0.36, txn=(UTR_RANK, utr))
        dots(p, "Beneficiary", name, at=0.36, merchant=name)
        dots(p, "Account", f"{acct} ({IFSC[their_bank]})", at=0.36)
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        p.add("small", "RTGS credits are final and irrevocable once processed.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 102, 60))
        app_head(p, "Rajasthan Gramin Bank", "mBanking")
        verdict(p, status)
        hline(p, "भुगतान सफल", bold=True)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        hfill(p, "प्राप्तकर्ता", "Paid to", to, pen=False, merchant=to)
        hfill(p, "यूपीआई संदर्भ सं.", "UPI Ref No.", j.ref, pen=False, txn=(UTR_RANK, j.ref))
        hfill(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), pen=False, date=j.date)
        hfill(p, "खाता", "From", f"Current {acct[-6:]}, UPI", pen=False, method=method)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Check status",))
        band(p, (162, 20, 47))
        app_head(p, "PNB ONE", "Punjab National Bank")
        verdict(p, status)
        p.add("center", "Transaction under process", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        pill(p, "IMPS Ref No", utr, txn=(UTR_RANK, utr))
        pill(p, "Date & time", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        pill(p, "From A/c", f"Current {acct[-6:]}  |  IMPS", method=method)
        note(p, "The beneficiary bank has not confirmed the credit. Please do not re-initiate.", "warn")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Retry",))
        band(p, (104, 36, 140))
        app_head(p, "AU 0101", "AU Small Finance Bank")
        verdict(p, status)
        p.add("center", "Transfer failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(p, "The beneficiary's bank did not respond. Your account has not been debited.", "error")
        pill(p, "IMPS Ref No", utr, txn=(UTR_RANK, utr))
        pill(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        pill(p, "From", f"AU Current A/c {dot * 2}{digits(rng, 4)}  |  IMPS", method=method)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Mini statement"], dark=False, buttons=("Download",))
        band(p, (20, 90, 150))
        app_head(p, "UUCB mBanking", "The Udaipur Urban Co-operative Bank")
        section(p, f"Current A/c {acct[-8:]}")
        p.add("small", f"Avl Bal {rs(rupees(rng, 20000, 600000))}")
        spec = [(0.0, 0.22, "l"), (0.22, 0.69, "l"), (0.69, 1.0, "r")]
        cols(p, "uh", spec, "Date", "Narration", "Amount", mode="line")
        others = [
            ("UPI/RITU AGARWAL", "Cr"),
            ("NEFT/RSIC JAIPUR", "Cr"),
            ("UPI/KAVYA MENON", "Cr"),
            ("IMPS/ARVIND JOSHI", "Cr"),
        ]
        rows_ = []
        for n_, (narr, side) in enumerate(rng.sample(others, 3)):
            d = j.date - dt.timedelta(days=(n_ + 1) * rng.randrange(1, 4))
            rows_.append((d, narr, f"{num(rupees(rng, 800, 40000), 'indian')} {side}", {}))
        rows_.insert(
            rng.randrange(0, 2),
            (
                j.date,
                f"NEFT/{to}",
                f"{num(j.amount, 'indian')} Dr",
                {"date": j.date, "merchant": to, "amount": j.amount, "method": method, "status": status},
            ),
        )
        rows_.sort(key=lambda r: r[0], reverse=True)
        for d, narr, amt, facts in rows_:
            cols(p, "ur", spec, when(d, "%d-%m-%Y"), clip(narr, 26), amt, mode="line", **facts)
        p.add("small", "Showing the last 4 transactions")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/entry/fundstransfer/confirm")
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("small", "NetBanking  |  Funds Transfer")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Funds transferred successfully", status=status)
        trio(
            p,
            ("Mode", "IMPS"),
            ("Amount", rs(j.amount)),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            method=method,
            amount=j.amount,
            date=j.date,
        )
        name = vname(p, [to], bold=False)
        gutter(p, "hd", "Beneficiary", name, at=0.36, merchant=name)
        gutter(p, "hd", "Beneficiary A/c", f"{acct} ({IFSC[their_bank]})", at=0.36)
        gutter(p, "hd", "IMPS Reference No.", utr, at=0.36, txn=(UTR_RANK, utr))
        gutter(p, "hd", "Remarks", "Web shop upkeep", at=0.36)
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    band(p, (140, 30, 40))
    app_head(p, "IndusMobile", "IndusInd Bank")
    verdict(p, status)
    p.add("center", "Money sent!", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {to}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"Today, {hhmm(rng)}")
    pill(p, "UTR", utr, txn=(UTR_RANK, utr))
    pill(p, "Mode", "NEFT", method=method)
    pill(p, "From", f"Current A/c {dot * 2}{digits(rng, 4)}")
    return p.done()


# ---------------------------------------------------------------- 7. the workshop's people


WORK_HI = [
    ("पट्टिका गढ़ाई", "नग"),
    ("भट्टी पकाई", "दिन"),
    ("रंगाई", "नग"),
    ("मिट्टी गूँधना", "दिन"),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop paying its modellers, clay workers, kiln firers, painters and staff: the wage account
    written in a Hindi hand in a ruled notebook with a potter's clay fingerprints on it (मजदूरी हिसाब, "दि."
    and the day, "नाम:" and the worker's name, the work with its sums, कुल (total), "नकद दिए" (paid in cash),
    the worker's name signed; no reference); greytHR's payslip for the web shop's staff (three fields to a
    row: Employee, Employee No., Designation; earnings and deductions side by side on hairline rows; Net Pay;
    "Net pay credited on <day> by NEFT, UTR ..."); Airtel Thanks' UPI Payment Successful to a painter (Paid to
    over the payee; three fields to a row: UPI Ref No, Date, Time; a pill: From); WhatsApp's payment failed to
    a kiln firer under a red disc ("to <worker>", the reason in a notice; pills: UPI transaction ID, Date,
    Bank); a WAGE RECEIPT from the workshop's pad under its Hindi name, the worker's left thumb's impression
    in its box (Voucher No.; each field's label in Hindi and English with a slash between them, the value
    written by hand on a dotted line: दिनांक / Date, प्राप्तकर्ता / Received by, काम / Work, राशि / Amount;
    "नकद प्राप्त किए" (received in cash) in a Hindi hand); Groww's UPI "Paid successfully" ("Today, <hour>";
    pills: UPI Ref No, From; no day); YONO SBI's payment pending under a spinner's disc ("to <worker>"; pills:
    UPI Ref No, Initiated on, Debit A/c; a notice); a DIWALI BONUS RECEIPT typed on the firm's paper and
    signed by a modeller (No. beside Date:, "I, <worker>, modeller, have received from ... the sum of Rs. x/-
    (...) as Diwali bonus for 2026, by NEFT, UTR ..., on <day>."). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1200, high=24000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = HANDS[(k + rng.randrange(2)) % len(HANDS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = (252, 251, 244)
        prints(p)
        p.part = "head"
        p.add("gap")
        hhand(p, "मजदूरी हिसाब", align="c")
        p.part = "body"
        hhand(p, f"दि. {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", date=j.date)
        hhand(p, f"नाम: {worker}", merchant=worker)
        start = len(p.rows)
        j.amount = 0.0
        for hi, unit in rng.sample(WORK_HI, 2):
            n_ = rng.randrange(2, 9)
            v = float(n_ * rng.randrange(25, 60) * 10)
            hhand(p, f"{hi}, {n_} {unit}", figure=num(v, "indian", 0))
            j.amount += v
        hhand(p, "कुल", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.68])
        p.add("gap")
        hhand(p, "नकद दिए", method="cash", status=status)
        write(p, worker.split()[0], align="r")
        return p.done()
    if k == 1:
        who = rng.choice(STAFF)
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, FIRM)
        p.add("small", f"{TOWN}  |  Payslip generated by greytHR")
        p.add("rule")
        p.part = "body"
        month = j.month(1 if j.date.day < 10 else 0)
        p.add("center", f"Payslip for {month}")
        trio(
            p,
            ("Employee", who),
            ("Employee No.", f"BMK-{rng.randrange(1, 40):03d}"),
            ("Designation", rng.choice(["Web shop assistant", "Accounts assistant"])),
            merchant=who,
        )
        basic = float(rng.randrange(90, 150) * 100)
        hra = round(basic * 0.2, 0)
        spl = float(rng.randrange(8, 30) * 100)
        pf = round(basic * 0.12, 0)
        pt = 0.0 if basic + hra + spl < 12000 else 200.0
        esi = round((basic + hra + spl) * 0.0075, 0)
        gross, ded = basic + hra + spl, pf + pt + esi
        j.amount = gross - ded
        spec = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.52, 0.82, "l"), (0.82, 1.0, "r")]
        cols(p, "gh", spec, "Earnings", "Amount", "Deductions", "Amount", mode="line")
        for (a, av), (b, bv) in zip(
            [("Basic", basic), ("HRA", hra), ("Special allowance", spl)],
            [("Provident fund", pf), ("Professional tax", pt), ("ESI", esi)],
        ):
            cols(p, "gl", spec, a, num(av), b, num(bv), mode="line")
        cols(p, "gt", spec, "Gross earnings", num(gross), "Total deductions", num(ded), mode="line")
        total(p, "Net Pay", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        para(
            p,
            f"Net pay credited on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a system generated payslip and needs no signature.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (228, 0, 20))
        app_head(p, "Airtel Thanks", "UPI")
        verdict(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", worker, merchant=worker)
        trio(
            p,
            ("UPI Ref No", j.ref),
            ("Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
            ("Time", hhmm(rng)),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        pill(p, "From", f"Airtel Payments Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Try again",))
        band(p, (7, 94, 84))
        app_head(p, "WhatsApp", "Payments")
        verdict(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "The payment could not be completed (U30, debit failed at your bank). No money was debited.",
            "error",
        )
        pill(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        pill(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        pill(p, "Bank", f"State Bank of India {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(30, 160) * 100)
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 240)])
        p.part = "head"
        hline(p, FIRM_HI, scale=1.1, bold=True)
        top(p, pick(p, "title", [FIRM_CAPS, FIRM]))
        p.add("small", TOWN)
        hline(p, "मजदूरी भुगतान रसीद / WAGE RECEIPT", bold=True)
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        p.add("left", f"Voucher No. {no}", txn=(INVOICE_RANK, no))
        hfill(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%Y"]), date=j.date)
        hfill(p, "प्राप्तकर्ता", "Received by", worker, merchant=worker)
        hfill(
            p,
            "काम",
            "Work",
            rng.choice(["Kiln firing, 3 days", "Plaques modelled, 12", "Painting, 20 plaques"]),
        )
        hfill(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hhand(p, "नकद प्राप्त किए", method="cash", status=status)
        thumb_mark(p, "अंगूठा निशानी")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 160, 120))
        app_head(p, "Groww", "UPI")
        verdict(p, status)
        p.add("center", "Paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("small", f"Today, {hhmm(rng)}")
        pill(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        pill(p, "From", f"HDFC Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh",))
        band(p, (40, 0, 110))
        app_head(p, "YONO SBI", "UPI")
        verdict(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        pill(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        pill(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        pill(p, "Debit A/c", f"XXXXXX{digits(rng, 4)}", method="UPI")
        note(p, "We are awaiting confirmation from the beneficiary's bank. Please check again later.", "warn")
        return p.done()
    j.date = dt.date(2026, 10, 26) + dt.timedelta(days=rng.randrange(0, 12))
    j.amount = float(rng.randrange(30, 90) * 100)
    p = sheet_page(rng, font, [720, 760])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    plaque(p)
    top(p, pick(p, "title", [FIRM_CAPS, FIRM]))
    p.add("small", ADDRESS)
    p.add("rule")
    p.part = "body"
    no = f"BR/{fy(j.date)}/{rng.randrange(1, 30):02d}"
    cols(
        p,
        "br",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"No. {no}",
        f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    p.add("center", "DIWALI BONUS RECEIPT")
    utr = utr_for(rng, j, "State Bank of India", "NEFT")
    para(
        p,
        f"I, {worker}, modeller, have received from {FIRM}, Molela, the sum of Rs. "
        f"{num(j.amount, 'indian', 0)}/- (Rupees {bare_words(j.amount)} only) as Diwali bonus for 2026, by "
        f"NEFT, UTR {utr}, on {day_in(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}.",
        merchant=worker,
        amount=j.amount,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
    )
    p.add("gap")
    sig(p)
    p.add("right", f"({worker})")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees and dues: Molela Gram Panchayat's house tax receipt from its book under its Hindi name
    (No. left blank; each field's label in Hindi and English with a slash between them, the value written by
    hand on a dotted line: दिनांक / Date, नाम / Name, विवरण / For, राशि / Amount; "नकद प्राप्त" (received in
    cash) in a Hindi hand; its oval stamp; no reference); e-GRAS Rajasthan's challan for the royalty on the
    pond's clay under its Hindi heading (a section Challan details; a table ruled on every side: GRN,
    Department, Office, Budget Head, Remitter, Amount, Bank, Bank Ref No., Payment Date, Status); an e-Mitra
    kiosk's receipt for the shop's registration under the Shops Act printed on its roll in a fixed-width face
    (Kiosk, Service, Department on two lines, Transaction ID, Amount, Mode Cash, Date, Status SUCCESS); the
    Rajasthan State Pollution Control Board's consent fee for the open kiln waiting on the bank (a spinner's
    disc, a notice; Application No., Unit, Category, Fee, Transaction ID, Payment mode, Initiated on in dot
    leaders); the Income Tax Department's e-Pay Tax failed under a red disc (three fields to a row: CRN,
    Amount, Date; PAN, Assessment Year, Type of payment, Payment mode in dot leaders; the reason in a notice);
    the GST portal's PMT-06 payment receipt (a striped table of CGST and SGST, Tax | Interest | Total, Total
    challan amount; a table ruled on every side: GSTIN, Name, CPIN, CIN, BRN, Deposit date, Mode, Bank); the
    Trade Marks Registry's e-filing fee "paid today at <hour>" (Form, Application No., Fee, Transaction ID,
    Payment mode in pills; no day); the Department of Tourism's receipt for stall 9 at the Kumbhalgarh
    Festival under its Hindi name (labels against a gutter: Receipt No., Receipt Date, Exhibitor, Stall, Fee,
    GST 18%, Total, Mode, UPI Ref. No.). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=300, high=24000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        j.amount = float(rng.choice([300, 450, 600, 750, 1200]))
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 246, 236), (244, 246, 238)])
        p.part = "head"
        hline(p, "ग्राम पंचायत मोलेला", scale=1.15, bold=True)
        name = "GRAM PANCHAYAT MOLELA"
        top(p, name, merchant=name)
        hline(p, "पंचायत समिति खमनोर, जिला राजसमन्द", scale=0.85, soft=True)
        hline(p, "रसीद / RECEIPT", bold=True)
        p.part = "body"
        hline(p, "क्रमांक / No. ...............", align="l")
        hfill(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        hfill(p, "नाम", "Name", HOUSE)
        hfill(p, "विवरण", "For", f"House tax {fy(j.date)}, workshop")
        hfill(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hhand(p, "नकद प्राप्त", method="cash", status=status)
        oval(p, ["GRAM PANCHAYAT", "MOLELA", "KHAMNOR"], "violet", at=0.3, rows_=4)
        sig(p)
        p.add("right", "Gram Vikas Adhikari")
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(8, 60) * 50)
        p = browser_page(rng, font, "egras.raj.nic.in/egras/ChallanView.aspx")
        p.part = "head"
        top(p, "e-GRAS")
        p.add("small", "Government Receipt Accounting System, Rajasthan")
        hline(p, "ई-चालान", bold=True)
        p.add("rule")
        p.part = "body"
        section(p, "Challan details")
        grn = str(digits(rng, 8))
        bref = f"{digits(rng, 6)}{code(rng, 2, UPPER)}{digits(rng, 6)}"
        dept = "Mines and Geology Department, Rajasthan"
        grid(
            p,
            "eg",
            [(0.0, 0.32, "l"), (0.32, 1.0, "l")],
            None,
            [
                (["GRN", grn], {"txn": (TXN_RANK, grn)}),
                (["Department", dept], {"merchant": dept}),
                (["Office", "Mining Engineer, Rajsamand"], {}),
                (["Budget Head", "0853-00-102-01-00 (royalty)"], {}),
                (["Remitter", FIRM], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank", "State Bank of India (Net Banking)"], {"method": "netbanking"}),
                (["Bank Ref No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Status", "Success"], {"status": status}),
            ],
            tint=(240, 230, 214),
        )
        p.add("small", "Royalty on ordinary clay, 20 tonnes, for terracotta making.")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([250, 500, 750]))
        p = screen(rng, font, width=rng.choice([460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        typeface(p)
        h269.torn(p)
        p.part = "head"
        p.add("center", "e-MITRA")
        p.add("small", "GOVERNMENT OF RAJASTHAN")
        p.part = "body"
        typed(p, "-" * 34)
        tid = f"{digits(rng, 12)}"
        typed(p, f"KIOSK   : K{digits(rng, 6)} KHAMNOR")
        typed(p, "SERVICE : SHOPS ACT REGISTRATION")
        typed(p, "          RENEWAL")
        typed(p, "DEPT    :")
        dept = "LABOUR DEPARTMENT"
        typed(p, f"  {dept}", merchant=dept)
        typed(p, f"TXN ID  : {tid}", txn=(TXN_RANK, tid))
        typed(p, f"AMOUNT  : RS {j.amount:.2f}", amount=j.amount)
        typed(p, "MODE    : CASH", method="cash")
        typed(p, f"DATE    : {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, "STATUS  : SUCCESS", status=status)
        typed(p, "-" * 34)
        p.add("small", "KEEP THIS RECEIPT")
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([2500, 5000, 7500]))
        p = browser_page(rng, font, "environment.rajasthan.gov.in/rpcb/epayment/status")
        p.part = "head"
        name = "Rajasthan State Pollution Control Board"
        name = pick(p, "title", [name, "Rajasthan State PCB"])
        top(p, name, merchant=name)
        p.add("small", "Consent management  |  e-Payment")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Payment pending", status=status)
        note(
            p,
            "Your bank has not yet confirmed this payment. The consent fee is credited once it does.",
            "warn",
        )
        tid = f"RPCB{digits(rng, 10)}"
        dots(p, "Application No.", f"CTO/{j.date.year}/{digits(rng, 5)}", at=0.36)
        dots(p, "Unit", FIRM, at=0.36)
        dots(p, "Category", "Orange, open kiln (terracotta)", at=0.36)
        dots(p, "Fee", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Payment mode", "Net Banking", at=0.36, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(20, 200) * 100)
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/status")
        p.part = "head"
        name = rng.choice(["Income Tax Department", "INCOME TAX DEPARTMENT"])
        top(p, name, merchant=name)
        p.add("small", "e-Filing  |  e-Pay Tax")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Payment Failed", status=status)
        crn = f"{j.date:%y}{digits(rng, 12)}"
        trio(
            p,
            ("CRN", crn),
            ("Amount", rs(j.amount)),
            ("Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])),
            txn=(INVOICE_RANK, crn),
            amount=j.amount,
            date=j.date,
        )
        dots(p, "PAN", "BQXPK4173L", at=0.36)
        dots(p, "Assessment Year", f"{j.date.year + 1}-{(j.date.year + 2) % 100}", at=0.36)
        dots(p, "Type of payment", "Advance Tax (100)", at=0.36)
        dots(p, "Payment mode", "Net Banking, State Bank of India", at=0.36, method="netbanking")
        note(
            p,
            "The bank could not process the payment. No amount was debited; you may pay again with this CRN.",
            "error",
        )
        return p.done()
    if k == 5:
        tax = float(rng.randrange(10, 200) * 50)
        j.amount = 2 * tax
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = rng.choice(["Goods and Services Tax", "GOODS AND SERVICES TAX"])
        top(p, name, merchant=name)
        p.add("small", "Payment Receipt (Form GST PMT-06)")
        p.add("rule")
        p.part = "body"
        cpin = f"{j.date:%y}08{digits(rng, 10)}"
        cin = f"SBIN{j.date:%y}08{digits(rng, 10)}"
        brn = str(digits(rng, 12))
        grid(
            p,
            "gp",
            [(0.0, 0.3, "l"), (0.3, 1.0, "l")],
            None,
            [
                (["GSTIN", GSTIN], {}),
                (["Name", f"{PROP.upper()} ({FIRM})"], {}),
                (["CPIN", cpin], {"txn": (INVOICE_RANK, cpin)}),
                (["CIN", cin], {"txn": (TXN_RANK, cin)}),
                (["BRN", brn], {"txn": (BANK_RANK, brn)}),
                (["Deposit date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Mode", "E-Payment"], {"method": "netbanking"}),
                (["Bank", "State Bank of India"], {}),
            ],
            tint=(230, 236, 246),
        )
        p.add("gap")
        zebra(
            p,
            "gz",
            [(0.0, 0.4, "l"), (0.4, 0.6, "r"), (0.6, 0.8, "r"), (0.8, 1.0, "r")],
            ["Head", "Tax", "Interest", "Total"],
            [
                (["CGST", num(tax), "0.00", num(tax)], {}),
                (["SGST", num(tax), "0.00", num(tax)], {}),
            ],
            (40, 70, 130),
        )
        total(p, "Total challan amount", rs(j.amount), at=0.6, amount=j.amount)
        p.add("left", "Payment successful.", status=status)
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([4500, 9000]))
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Download receipt",))
        band(p, (0, 84, 140))
        app_head(p, "IP India", "Trade Marks e-filing")
        name = "Trade Marks Registry"
        p.add("center", name, merchant=name)
        p.add("small", "Office of the CGPDTM, Ahmedabad")
        verdict(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("small", f"paid today at {hhmm(rng)}")
        tid = f"TM{digits(rng, 14)}"
        pill(p, "Form", "TM-A (word mark: MOLELA MITTI)")
        pill(p, "Application No.", str(digits(rng, 7)))
        pill(p, "Fee", rs(j.amount), amount=j.amount)
        pill(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        pill(p, "Payment mode", "UPI", method="UPI")
        return p.done()
    j.date = FESTIVAL - dt.timedelta(days=rng.randrange(6, 30))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    fee = float(rng.choice([3000, 4000, 5000]))
    gst = round(fee * 0.18, 2)
    j.amount = fee + gst
    p = sheet_page(rng, font, [720, 760])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    hline(p, "पर्यटन विभाग, राजस्थान सरकार", bold=True)
    name = pick(
        p, "title", ["Department of Tourism, Government of Rajasthan", "Department of Tourism, Rajasthan"]
    )
    top(p, name, merchant=name)
    p.add("small", "Kumbhalgarh Festival 2026  |  Crafts bazaar, 1 to 3 December")
    p.add("rule")
    p.part = "body"
    p.add("center", "STALL FEE RECEIPT")
    rno = f"DOT/KF/{rng.randrange(100, 999)}"
    gutter(p, "kf", "Receipt No.", rno, at=0.34, txn=(INVOICE_RANK, rno))
    gutter(p, "kf", "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.34, date=j.date)
    gutter(p, "kf", "Exhibitor", f"{HOUSE}, Molela", at=0.34)
    gutter(p, "kf", "Stall", "No. 9, terracotta", at=0.34)
    gutter(p, "kf", "Fee", num(fee), at=0.34)
    gutter(p, "kf", "GST 18%", num(gst), at=0.34)
    gutter(p, "kf", "Total", rs(j.amount), at=0.34, amount=j.amount)
    gutter(p, "kf", "Mode", "UPI", at=0.34, method="UPI", status=status)
    gutter(p, "kf", "UPI Ref. No.", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
    p.add("gap")
    sig(p)
    p.add("right", "Assistant Director, Tourism")
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums: New India Assurance's PREMIUM RECEIPT for the kiln shed's fire policy printed in a
    dot-matrix printer's fixed-width face (RECEIPT NO, DATE, RECEIVED FROM, POLICY NO, PREMIUM, CGST 9%, SGST
    9%, TOTAL, MODE NEFT, UTR; "RECEIVED WITH THANKS"); ICICI Lombard's mail of a health premium received (its
    sentence; a section Payment details, pills: Policy No., Transaction ID, Payment date, Payment mode); HDFC
    ERGO's payment failed under a red disc ("to <insurer>", the reason in a notice; pills: Proposal No.,
    Premium, Transaction ID, Attempted on, Mode); LIC's premium paid acknowledgement (a table ruled on every
    side: Policy No., Name, Due month, Premium, GST, Total, Transaction No., Bank Ref No., Date of payment,
    Mode); Digit's "Payment done" for the tempo's policy ("Yesterday, <hour>"; pills: Policy No., Transaction
    ID, Paid via; no day); SBI General's group accident premium under verification under a spinner's disc
    (three fields to a row: Premium, Mode, Initiated; pills: Proposal No., Payment Ref.; a notice); the
    Oriental Insurance agent's receipt from his book (No. left blank; each field's label in Hindi and English
    with a slash between them, the value written by hand on a dotted line; "नकद प्राप्त" (received in cash) in
    a Hindi hand; no reference); IFFCO-Tokio's PREMIUM RECEIPT under a guilloche band (labels against a
    gutter: Receipt No., Receipt Date, Policy, Insured, Premium, GST 18%, Total Premium, Mode, UPI Ref. No.).
    All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=1800, high=56000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [680, 720])
        p.style["paper"] = (252, 252, 248)
        p.part = "head"
        name = "THE NEW INDIA ASSURANCE CO. LTD."
        typed(p, name, scale=1.05, merchant=name)
        typed(p, "BRANCH OFFICE, NATHDWARA ROAD, RAJSAMAND")
        typed(p, "=" * 48)
        p.part = "body"
        typed(p, "                 PREMIUM RECEIPT")
        rno = f"{rng.randrange(310000, 319999)}{j.date:%y}{digits(rng, 6)}"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        half = round(gst / 2, 2)
        typed(p, f"RECEIPT NO    : {rno}", txn=(INVOICE_RANK, rno))
        typed(p, f"DATE          : {when(j.date, '%d/%m/%Y')}", date=j.date)
        typed(p, f"RECEIVED FROM : {FIRM_CAPS}")
        typed(p, f"POLICY NO     : 31{digits(rng, 4)}/11/{j.date.year % 100}/{digits(rng, 8)}")
        typed(p, "POLICY        : STANDARD FIRE AND SPL PERILS")
        typed(p, f"PREMIUM       : {base:>12.2f}")
        typed(p, f"CGST 9%       : {half:>12.2f}")
        typed(p, f"SGST 9%       : {round(gst - half, 2):>12.2f}")
        typed(p, f"TOTAL         : {j.amount:>12.2f}", amount=j.amount)
        typed(p, "MODE          : NEFT", method="netbanking")
        typed(p, f"UTR           : {utr}", txn=(UTR_RANK, utr))
        typed(p, "=" * 48)
        typed(p, "RECEIVED WITH THANKS", status=status)
        p.add("gap")
        sig(p)
        p.add("right", "For Branch Manager")
        return p.done()
    if k == 1:
        p = mail_page(
            rng,
            font,
            "ICICI Lombard <customersupport@icicilombard.com>",
            ["Premium received for your policy"],
        )
        p.part = "head"
        name = "ICICI Lombard General Insurance"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(
            p,
            f"We have received {rs(j.amount)} towards your Elevate family health policy. Your cover "
            "continues without a break.",
            amount=j.amount,
            status=status,
        )
        section(p, "Payment details")
        tid = f"IL{digits(rng, 14)}"
        pill(p, "Policy No.", f"4128i/{digits(rng, 9)}/00/000")
        pill(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        pill(p, "Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
        pill(p, "Payment mode", f"Credit card XX{digits(rng, 4)}", method="card")
        p.add("gap")
        p.add("small", "ICICI Lombard General Insurance Co. Ltd., Mumbai. IRDAI Reg. No. 115.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (200, 16, 46))
        app_head(p, "HDFC ERGO", "Motor insurance")
        verdict(p, status)
        p.add("center", "Payment failed", status=status)
        name = pick(p, "center", ["to HDFC ERGO General Insurance", "to HDFC ERGO"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "Your payment was not completed (U16, declined by the remitter bank). Nothing was debited.",
            "error",
        )
        tid = f"HE{digits(rng, 14)}"
        pill(p, "Proposal No.", f"PR{digits(rng, 10)}")
        pill(p, "Premium", rs(j.amount), amount=j.amount)
        pill(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        pill(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        pill(p, "Mode", "UPI", method="UPI")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "ebiz.licindia.in/D2CPM/#/ack")
        p.part = "head"
        name = pick(p, "title", ["Life Insurance Corporation of India", "LIC of India"])
        top(p, name, merchant=name)
        p.add("small", "Premium Paid Acknowledgement")
        p.add("rule")
        p.part = "body"
        tno = f"{digits(rng, 10)}"
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        life = round(j.amount / 1.045, 2)
        grid(
            p,
            "li",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Policy No.", str(digits(rng, 9))], {}),
                (["Name", PROP.upper()], {}),
                (["Due month", when(j.date, "%b %Y")], {}),
                (["Premium", num(life)], {}),
                (["GST", num(round(j.amount - life, 2))], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Transaction No.", tno], {"txn": (TXN_RANK, tno)}),
                (["Bank Ref No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Date of payment", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Mode", "Net Banking"], {"method": "netbanking"}),
            ],
            tint=(232, 238, 250),
        )
        p.add("left", "Your premium has been received. Thank you.", status=status)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("View policy",))
        band(p, (250, 220, 0), ink=(20, 20, 20))
        app_head(p, "Digit Insurance", "Commercial vehicle")
        verdict(p, status)
        p.add("center", "Payment done", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to Go Digit General Insurance Ltd.", "to Go Digit General Insurance"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Yesterday, {hhmm(rng)}")
        tid = f"DG{digits(rng, 12)}"
        pill(p, "Policy No.", f"D{digits(rng, 9)}")
        pill(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        pill(p, "Paid via", f"UPI {dot} SBI", method="UPI")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "www.sbigeneral.in/portal/payment/status")
        p.part = "head"
        name = pick(p, "title", ["SBI General Insurance Company Limited", "SBI General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Group personal accident for the workshop's 12 workers")
        p.add("rule")
        p.part = "body"
        verdict(p, status)
        p.add("center", "Payment under verification", status=status)
        trio(
            p,
            ("Premium", rs(j.amount)),
            ("Mode", "NEFT"),
            ("Initiated", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            amount=j.amount,
            method="netbanking",
            date=j.date,
        )
        ref = f"SBIG{digits(rng, 10)}"
        pill(p, "Proposal No.", f"PA{digits(rng, 9)}")
        pill(p, "Payment Ref.", ref, txn=(TXN_RANK, ref))
        note(
            p, "We are matching your NEFT with our bank. The policy is issued once the premium is confirmed."
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(18, 120) * 100)
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(248, 248, 240), (250, 246, 238)])
        p.part = "head"
        name = pick(p, "title", ["The Oriental Insurance Co. Ltd.", "Oriental Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Agent: Mahesh Paliwal, Code 1420-0378, Khamnor")
        hline(p, "प्रीमियम रसीद / PREMIUM RECEIPT", bold=True)
        p.part = "body"
        hline(p, "क्रमांक / No. ...............", align="l")
        hfill(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        hfill(p, "प्राप्त किया", "Received from", HOUSE)
        hfill(p, "पॉलिसी", "Policy", "Shopkeeper's policy")
        hfill(p, "राशि", "Premium", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hhand(p, "नकद प्राप्त", method="cash", status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Agent's signature")
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    name = pick(p, "title", ["IFFCO-Tokio General Insurance Co. Ltd.", "IFFCO-Tokio General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Udaipur Branch, Madhuban  |  Premium receipt")
    guilloche(p, (30, 110, 70))
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT")
    rno = f"ITG{j.date:%y}{digits(rng, 9)}"
    gutter(p, "it", "Receipt No.", rno, at=0.34, txn=(INVOICE_RANK, rno))
    gutter(p, "it", "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=0.34, date=j.date)
    gutter(p, "it", "Policy", "Bharat Laghu Udyam Suraksha (stock)", at=0.34)
    gutter(p, "it", "Insured", FIRM, at=0.34)
    gutter(p, "it", "Premium", num(base), at=0.34)
    gutter(p, "it", "GST 18%", num(gst), at=0.34)
    gutter(p, "it", "Total Premium", rs(j.amount), at=0.34, amount=j.amount)
    gutter(p, "it", "Mode", "UPI", at=0.34, method="UPI", status=status)
    gutter(p, "it", "UPI Ref. No.", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
    p.add("gap")
    sig(p)
    p.add("right", "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("MOLELA MITTI KALA KENDRA", "KUMHARWADA, MOLELA", "PINE LABS", "pine"),
    ("HOTEL AMBRAI VIEW", "HANUMAN GHAT, UDAIPUR", "HDFC BANK", "hdfc"),
    ("SHRINATH FILLING STATION", "NH 162-A, NATHDWARA", "ICICI BANK", "fuel"),
    ("UDAIPUR PACKAGING MART", "SAVINA, UDAIPUR", "AXIS BANK", "declined"),
    ("MOLELA MITTI KALA KENDRA - STALL 9", "KUMBHALGARH FESTIVAL", "MOSAMBEE", "stall"),
    ("MARWAR MINERALS AND CHEMICALS", "BASNI, JODHPUR", "BANK OF BARODA", "pending"),
    ("SHREE NATH MISHTHAN BHANDAR", "CHOPATI BAZAR, NATHDWARA", "", "memo"),
    ("MOLELA MITTI KALA KENDRA", "MOLELA", "Pine Labs Plutus Smart", "smart"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the workshop's terminals and the firm's card elsewhere: Pine Labs' SALE at the workshop in dot
    leaders (DATE, TIME, TID, MID, BATCH NO, INVOICE NO, CARD, EXP, CARD TYPE, APPR CODE, RRN, AMOUNT;
    APPROVED; SIGNATURE NOT REQUIRED); HDFC Bank's slip at an Udaipur hotel with a tip (DATE/TIME, TID,
    BATCH/INV, CARD, AUTH, RRN, BASE AMT, TIP, TOTAL; TRANSACTION APPROVED); ICICI Bank's slip at a Nathdwara
    filling station (PRODUCT, RATE, VOLUME, VEHICLE, the card, APPR, RRN, SALE AMOUNT; APPROVED); Axis Bank's
    slip at an Udaipur packaging mart DECLINED (RESP CODE 05, DO NOT HONOUR); Mosambee's CARD SALE at the
    Kumbhalgarh Festival stall in the festival's days (DATE, TIME, TID, INVOICE, CARD, AUTH CODE, RRN, TOTAL,
    SALE SUCCESSFUL); Bank of Baroda's slip at a Jodhpur mineral house with the transaction in process (TXN IN
    PROCESS, DO NOT RETRY, CHECK WITH YOUR BANK); a Nathdwara sweet shop's CASH MEMO under its Hindi name,
    written by hand (Date written in; Item | Qty | Rs. written in its columns, Total, "कार्ड से भुगतान" (paid
    by card) in a Hindi hand; no reference); Pine Labs' Plutus Smart screen at the workshop (the workshop
    under the app, a confetti disc, APPROVED, the sum, the card and the hour alone; pills: Auth Code, RRN,
    Invoice; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=600, high=65000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "stall":
        shift(j, rng, FESTIVAL + dt.timedelta(days=rng.randrange(0, 3)))
    if layout in ("declined", "pending", "hdfc"):
        j.amount = rupees(rng, 1800, 24000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "smart":
        p = phone(rng, font, k, ["", "Card payment"], dark=False, buttons=("New sale", "Print"))
        band(p, (0, 40, 96))
        app_head(p, brand, "Card payment")
        shown = pick(p, "center", [name])
        p.add("center", shown, merchant=shown)
        p.add("small", "Kumharwada, Molela")
        verdict(p, status)
        p.add("center", "APPROVED", status=status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("small", f"{scheme} XXXX {last4}  (tap)  |  {t[:5]}", method="card")
        pill(p, "Auth Code", appr, txn=(APPR_RANK, appr))
        pill(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        pill(p, "Invoice", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        return p.done()
    if layout == "memo":
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 244, 232), (246, 248, 236)])
        p.part = "head"
        hline(p, "श्री नाथ मिष्ठान भंडार", scale=1.1, bold=True)
        top(p, name, merchant=name)
        p.add("small", "Thor, mawa peda, rabri  |  Chopati Bazar, Nathdwara")
        p.add("center", "CASH MEMO")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        spec = [(0.0, 0.62, "l"), (0.62, 0.76, "c"), (0.78, 1.0, "r")]
        cols(p, "mh", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, unit, lo, hi in rng.sample(
            [
                ("Thor (Shrinathji prasad)", "kg", 480, 560),
                ("Mawa peda", "kg", 520, 640),
                ("Rabri", "kg", 360, 420),
                ("Dry fruit chikki", "kg", 640, 780),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.choice([1, 2, 3])
            v = float(q * rng.randrange(lo, hi, 20))
            hcells(p, spec, text, f"{q} {unit}", num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.62, 0.77])
        p.add("gap")
        hhand(p, "कार्ड से भुगतान", method="card", status=status, scale=1.2)
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.5:
        h269.torn(p)
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pine":
        p.add("center", "SALE")
        p.add("rule")
        dots(p, "DATE", when(j.date, "%d/%m/%Y"), at=0.4, date=j.date)
        dots(p, "TIME", t, at=0.4)
        dots(p, "TID", tid, at=0.4)
        dots(p, "MID", mid[:12], at=0.4)
        dots(p, "BATCH NO", batch, at=0.4)
        dots(p, "INVOICE NO", inv, at=0.4, txn=(INVOICE_RANK, inv))
        dots(p, "CARD", f"XXXXXXXXXXXX{last4}", at=0.4, method="card")
        dots(p, "EXP", "XX/XX", at=0.4)
        dots(p, "CARD TYPE", scheme, at=0.4)
        dots(p, "APPR CODE", appr, at=0.4, txn=(APPR_RANK, appr))
        dots(p, "RRN", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        dots(p, "AMOUNT", amt, at=0.4, bold=True, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGNATURE NOT REQUIRED")
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "hdfc":
        tip = float(rng.choice([100, 150, 200, 250, 300]))
        base = j.amount
        j.amount = base + tip
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE/TIME: {when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.add("left", f"TID: {tid}")
        p.add("left", f"BATCH/INV: {batch[-3:]}/{inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"CARD: {scheme} **** {last4}  CHIP", method="card")
        p.add("left", f"AUTH: {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE AMT:", f"{base:,.2f}")
        p.pair("TIP:", f"{tip:,.2f}")
        amt = f"Rs.{j.amount:,.2f}" if amt.startswith("Rs.") else f"INR {j.amount:.2f}"
        p.pair("TOTAL:", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK")
    elif layout == "fuel":
        rate = round(rng.uniform(92.0, 95.5), 2)
        litres = round(rng.uniform(18, 50), 2)
        j.amount = round(rate * litres, 2)
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%b-%Y").upper(), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("PRODUCT", "DIESEL")
        p.pair("RATE", f"{rate:.2f}")
        p.pair("VOLUME", f"{litres:.2f} L")
        p.pair("VEHICLE", f"RJ30GA{rng.randrange(1000, 9999)}")
        p.add("left", f"{scheme} XXXX XXXX XXXX {last4}", method="card")
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("SALE AMOUNT", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "THANK YOU. HAVE A SAFE JOURNEY")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "RESP CODE 05: DO NOT HONOUR")
        p.add("small", "PLEASE CONTACT YOUR CARD ISSUER")
    elif layout == "stall":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d %b %Y").upper(), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XXXX {last4} (TAP)", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL", amt, amount=j.amount)
        p.add("center", "SALE SUCCESSFUL", status=status)
        p.add("small", "THANK YOU FOR VISITING KUMBHALGARH")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN IN PROCESS", status=status)
        p.add("center", "DO NOT RETRY")
        p.add("small", "CHECK WITH YOUR BANK BEFORE RETRY")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


AVVNL = "Ajmer Vidyut Vitran Nigam Ltd."
AVVNL_HI = "अजमेर विद्युत वितरण निगम लिमिटेड"
VWSC = "Village Water and Sanitation Committee, Molela"
VWSC_HI = "ग्राम जल एवं स्वच्छता समिति, मोलेला"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's bills: AVVNL's quick pay receipt under its Hindi name (three fields to a row: K No.,
    Bill month, Due date; pills: Amount paid, Transaction ID, Bank Ref No., Payment date, Mode, Status
    Success); BSNL's mail of a Bharat Fibre payment received (its sentence; Account No., Payment date, Receipt
    No., Transaction ID, Payment mode in columns); MyJio's recharge failed under a red disc ("for <biller>",
    the reason in a notice; pills: Mobile number, Plan, Transaction ID, Attempted on, Paid via); HelloBPCL's
    Bharatgas refill paid under a confetti disc ("to <biller>"; three fields to a row: Booking No., Paid on,
    Mode; pills: UPI Ref No, Distributor); CRED's dark "recharge successful" for the workshop's Airtel phone
    ("for <biller>", "just now"; pills: transaction id, paid via; no day); d2h's recharge pending under a
    spinner's disc ("for <biller>", a notice; pills: Subscriber ID, Amount, Transaction ID, Initiated on,
    Mode); the village water and sanitation committee's receipt from its book under its Hindi name (No. left
    blank; each field's label in Hindi and English with a slash between them, the value written by hand on a
    dotted line: दिनांक / Date, नाम / Name, अवधि / Period, राशि / Amount; "नकद प्राप्त" (received in cash) in
    a Hindi hand; no reference); RailWire's broadband payment receipt (Receipt No., Subscriber, Plan, Amount,
    Payment date, Payment mode, Transaction ID, Status in dot leaders). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=300, high=14000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment receipt"], dark=False, buttons=("Download",))
        band(p, (0, 84, 150))
        app_head(p, "AVVNL", "Quick bill payment")
        hline(p, AVVNL_HI, bold=True)
        name = pick(p, "center", [AVVNL, "AVVNL, Ajmer"])
        p.add("center", name, merchant=name)
        month = j.month(1)
        trio(
            p,
            ("K No.", f"{digits(rng, 6)}{digits(rng, 6)}"),
            ("Bill month", month.split()[0][:3] + " " + month.split()[1]),
            ("Due date", when(j.date + dt.timedelta(days=rng.randrange(3, 12)), "%d/%m/%Y")),
        )
        tid = f"AV{digits(rng, 14)}"
        bref = str(digits(rng, 12))
        pill(p, "Amount paid", rs(j.amount), amount=j.amount)
        pill(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        pill(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        pill(p, "Payment date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        pill(p, "Mode", "UPI", method="UPI")
        pill(p, "Status", "Success", status=status)
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 499, 3600, 0.6)
        p = mail_page(
            rng, font, "BSNL <ebill@bsnl.co.in>", ["Payment received for your Bharat Fibre account"]
        )
        p.part = "head"
        name = "BSNL"
        top(p, name, merchant=name)
        p.add("small", "Bharat Sanchar Nigam Limited  |  Rajasthan Telecom Circle")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(
            p,
            f"Thank you for your payment of {rs(j.amount)} towards your Bharat Fibre account. It has been "
            "received and adjusted against your bill.",
            amount=j.amount,
            status=status,
        )
        rno = f"RJ{j.date:%y}{digits(rng, 10)}"
        tid = str(digits(rng, 14))
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "bs", spec, "Account No.", str(digits(rng, 10)))
        colkv(p, "bs", spec, "Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "bs", spec, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        colkv(p, "bs", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(p, "bs", spec, "Payment mode", "Net Banking", method="netbanking")
        p.add("small", "This is a system generated mail. Please do not reply.")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([349, 449, 629, 899]))
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Retry",))
        band(p, (16, 48, 140))
        app_head(p, "MyJio", "Recharge")
        verdict(p, status)
        p.add("center", "Recharge failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Jio Prepaid", merchant="Jio Prepaid")
        note(
            p,
            "Your bank did not confirm the payment. If money was debited it will be refunded in 3 days.",
            "error",
        )
        tid = f"BR{digits(rng, 12)}"
        pill(p, "Mobile number", f"9{digits(rng, 2)}XXXXX{digits(rng, 2)}")
        pill(p, "Plan", f"Rs. {int(j.amount)}, 28 days")
        pill(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        pill(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        pill(p, "Paid via", f"UPI {dot} BoB", method="UPI")
        return p.done()
    if k == 3:
        j.amount = round(rng.uniform(860, 950), 2)
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Track",))
        band(p, (250, 200, 0), ink=(20, 20, 20))
        app_head(p, "HelloBPCL", "LPG refill")
        verdict(p, status)
        p.add("center", "Refill booked and paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to Bharatgas", merchant="Bharatgas")
        bno = str(digits(rng, 10))
        trio(
            p,
            ("Booking No.", bno),
            ("Paid on", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
            ("Mode", "UPI"),
            txn=(ORDER_RANK, bno),
            date=j.date,
            method="UPI",
        )
        pill(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        pill(p, "Distributor", "Charbhuja Gas Service, Khamnor")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([299, 349, 399, 859]))
        p = phone(rng, font, k, ["", "recharge"], dark=True, buttons=("done",))
        app_head(p, "CRED", "recharges")
        verdict(p, status)
        p.add("center", "recharge successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Airtel Prepaid", merchant="Airtel Prepaid")
        p.add("small", "just now")
        tid = f"CR{digits(rng, 14)}"
        pill(p, "transaction id", tid, txn=(TXN_RANK, tid))
        pill(p, "paid via", f"UPI {dot} HDFC Bank", method="UPI")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([285, 335, 410, 520]))
        p = phone(rng, font, k, ["", "Recharge status"], dark=False, buttons=("Check status",))
        band(p, (220, 30, 40))
        app_head(p, "d2h", "Dish TV & d2h")
        verdict(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("center", "for d2h", merchant="d2h")
        note(p, "We are waiting for your bank to confirm. Your pack will be active once it does.", "warn")
        tid = f"D2H{digits(rng, 11)}"
        pill(p, "Subscriber ID", str(digits(rng, 11)))
        pill(p, "Amount", rs(j.amount), amount=j.amount)
        pill(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        pill(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        pill(p, "Mode", "UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([150, 225, 300, 450]))
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(246, 246, 236), (250, 244, 236)])
        p.part = "head"
        hline(p, VWSC_HI, scale=1.05, bold=True)
        name = pick(p, "title", [VWSC, "Village Water and Sanitation Committee"])
        top(p, name, merchant=name)
        p.add("small", "Jal Jeevan Mission  |  Molela, Khamnor")
        hline(p, "रसीद / RECEIPT", bold=True)
        p.part = "body"
        hline(p, "क्रमांक / No. ...............", align="l")
        hfill(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        hfill(p, "नाम", "Name", f"{PROP}, Kumharwada")
        months = f"{when(j.date - dt.timedelta(days=60), '%b %Y')} to {when(j.date, '%b %Y')}"
        hfill(p, "अवधि", "Period", months)
        hfill(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hhand(p, "नकद प्राप्त", method="cash", status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Secretary, VWSC")
        return p.done()
    j.amount = float(rng.choice([499, 599, 799, 999]) * rng.choice([1, 3]))
    p = browser_page(rng, font, "railwire.co.in/rlogin/payment/receipt")
    p.part = "head"
    top(p, "RailWire", merchant="RailWire")
    p.add("small", "RailTel Corporation of India Ltd.  |  Broadband payment receipt")
    p.add("rule")
    p.part = "body"
    rno = f"RW{digits(rng, 10)}"
    tid = f"{digits(rng, 15)}"
    dots(p, "Receipt No.", rno, at=0.36, txn=(INVOICE_RANK, rno))
    dots(p, "Subscriber", f"molela_{digits(rng, 5)}", at=0.36)
    dots(p, "Plan", "RW 40 Mbps unlimited", at=0.36)
    dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
    dots(p, "Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.36, date=j.date)
    dots(p, "Payment mode", f"Debit card XX{digits(rng, 4)}", at=0.36, method="card")
    dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
    dots(p, "Status", "Paid", at=0.36, status=status)
    p.add("small", "Thank you for choosing RailWire.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Rajasthan Gramin Bank", "AD-RGBANK", "SHRINATH OFFSET PRINT", "UPI", "hindi"),
    ("State Bank of India", "VM-SBIUPI", "MAHADEV ELECTRICALS", "UPI", "sms"),
    ("HDFC Bank", "", "BHAIRAV FUEL DEPOT", "UPI", "history"),
    ("Bank of Baroda", "JD-BOBTXN", "RAJ TEMPO TRANSPORT", "IMPS", "sms"),
    ("Punjab National Bank", "AX-PNBSMS", "KHAMNOR KILN BRICK WO", "NEFT", "sms"),
    ("AU Small Finance Bank", "", "MEWAR PACKAGING INDUST", "RTGS", "mail"),
    ("Union Bank of India", "BZ-UNIONB", "SHREE GANGA MINERALS", "NEFT", "sms"),
    ("ICICI Bank", "", "SAHYOG WEB SOLUTIONS", "UPI", "rcs"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the workshop's payments: Rajasthan Gramin Bank's SMS in Hindi in its messages
    thread under its day divider ("प्रिय ग्राहक, आपके खाते XX1234 से रु.x UPI द्वारा <PAYEE> को दिनांक
    <dd-mm-yyyy> को डेबिट किए गए। संदर्भ सं. <ref>। ..."); SMS in SBI's ("Dear UPI user A/C X1234 debited by x
    on date <ddMonyy> trf to <PAYEE> Refno ..."), Bank of Baroda's ("Rs.x transfer from A/c ...1234 to <PAYEE>
    by IMPS on <dd/mm/yyyy> has failed. Amount will be reversed if debited. Ref ..."), PNB's ("A/c XX1234
    debited INR x Dt <dd-mm-yy> <hh:mm> thru NEFT to <PAYEE> UTR ... Bal INR y") and Union Bank's ("A/c *1234
    Debited for Rs:x on <dd-mm-yyyy> by NEFT to <PAYEE>. Avl Bal Rs:y"; no reference) wordings; HDFC Bank's
    alert in the phone's notification history ("now"; "Rs.x sent to <PAYEE> from HDFC Bank A/c **1234 via UPI.
    Ref ..."; no day); AU Small Finance Bank's mail ("Your RTGS of INR x to <PAYEE>, initiated on
    <dd-Mon-yyyy>, is being processed. UTR ... Please do not re-initiate."); ICICI Bank's RCS business message
    with its verified badge and suggested replies ("ICICI Bank Acct XX123 debited for Rs x on <dd-Mon-yy>;
    <PAYEE> credited. UPI:..."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way in ("UPI", "IMPS"):
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 450000, 0.6)
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
    if frame == "hindi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"प्रिय ग्राहक, आपके खाते XX{tail4} से रु.{amt} UPI द्वारा {to} को दिनांक "
            f"{when(j.date, '%d-%m-%Y')} को डेबिट किए गए। संदर्भ सं. {utr}। "
            "यदि यह लेन-देन आपने नहीं किया है तो 1800-180-6030 पर कॉल करें। - RGB"
        )
        hwrap(p, text, share=0.94, **facts)
        h273.bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "State Bank of India":
            # SBI writes the sum plain, with one figure after the point where the paise end in a nought
            plain = f"{j.amount:.2f}"
            plain = plain[:-1] if plain.endswith("0") else plain
            text = (
                f"Dear UPI user A/C X{tail4} debited by {plain} "
                f"on date {when(j.date, '%d%b%y')} trf to {to} Refno {utr}. If not u? call 1800111109. -SBI"
            )
        elif bank == "Bank of Baroda":
            text = (
                f"Rs.{amt} transfer from A/c ...{tail4} to {to} by IMPS on {when(j.date, '%d/%m/%Y')} has "
                f"failed. Amount will be reversed if debited. Ref {utr} -Bank of Baroda"
            )
        elif bank == "Punjab National Bank":
            text = (
                f"A/c XX{tail4} debited INR {amt} Dt {when(j.date, '%d-%m-%y')} {hhmm(rng, twelve=False)} "
                f"thru NEFT to {to} UTR {utr} Bal INR {bal} -PNB"
            )
        else:
            text = (
                f"A/c *{tail4} Debited for Rs:{amt} on {when(j.date, '%d-%m-%Y')} by NEFT to {to}. Avl Bal "
                f"Rs:{bal} -Union Bank of India"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "history":
        p = screen(
            rng,
            font,
            "crop",
            dark=rng.random() < 0.5,
            width=rng.choice([600, 620]),
            size=rng.choice([21, 22]),
        )
        p.part = "body"
        p.add("left", "Notification history")
        p.add("small", "Last 24 hours")
        p.add("gap")
        c = card_open(p)
        p.add("small", f"HDFC Bank {sign(font, chr(0x2022), '*')} now")
        p.add("left", f"Rs.{amt} sent to {to} from HDFC Bank A/c **{tail4} via UPI. Ref {utr}.", **facts)
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Messages {sign(font, chr(0x2022), '*')} 14m")
        p.add("left", "Naresh: kiln loaded, firing at 6 tomorrow")
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Shiprocket {sign(font, chr(0x2022), '*')} 2h")
        p.add("left", "2 parcels picked up from Molela")
        card_close(p, c)
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "AU Small Finance Bank <alerts@aubank.in>", ["RTGS transaction update"])
        p.part = "head"
        top(p, "AU SMALL FINANCE BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"Your RTGS of INR {amt} to {to}, initiated on {when(j.date, '%d-%b-%Y')}, is being processed. "
            f"UTR {utr}. Please do not re-initiate.",
            **facts,
        )
        p.add("gap")
        p.add("left", "For help, call 1800 1200 1200.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "AU Small Finance Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    p = phone(rng, font, k, ["ICICI Bank"], dark=False, buttons=())
    p.part = "body"
    tick = sign(font, "\u2713", "")
    p.add(
        "small", f"Verified business {tick}  |  RCS message" if tick else "Verified business  |  RCS message"
    )
    h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    s = len(p.rows)
    text = (
        f"ICICI Bank Acct XX{tail4[-3:]} debited for Rs {amt} on {when(j.date, '%d-%b-%y')}; {to} credited. "
        f"UPI:{utr}. Call 18002662 for dispute. SMS BLOCK {tail4[-3:]} to 9215676766."
    )
    for n_, line in enumerate(lines_of(p, text, 1.0, 0.9)):
        p.add("left", line, **(facts if n_ == 0 else {}))
    h273.bubble(p, s, hhmm(rng, lower=True))
    chips(p, ["Block UPI", "Call us", "View statement"])
    return p.done()

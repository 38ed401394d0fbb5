"""The twelve heldout327 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an Athangudi tile makers' year of 2026 in Chettinad, Tamil Nadu (Sri Muthu
Vinayagar Athangudi Tiles, in Tamil ஸ்ரீ முத்து விநாயகர் ஆத்தங்குடி டைல்ஸ், A. Muthuraman's proprietary firm,
whose makers set the brass stencil on a glass plate, pour the oxides mixed into white cement into its
compartments, dust the dry mix over them, fill the mould with the cement and sand backing, press it, lift the
tile off the glass the next day and cure it in the water tanks, paid by the tile pressed, the colour poured
and the day at the tanks; its tile yard at Athangudi, its showroom on Karaikudi's 100 Feet Road, the Chettinad
Tile Mahal, shut on Tuesdays; its stall at the Chithirai exhibition on Madurai's Tamukkam ground; its web shop
tilemahal.in on CCAvenue and Razorpay's payment links and its IndiaMART listing; Poompuhar, the Public Works
Department, a heritage hotel company, Chennai architects, a temple's renovation committee, Bengaluru
interiors, a Kerala resort and an Auroville builder at home and interior studios, tile houses and architects
in New York, London, Singapore, Kuala Lumpur, Sydney, Marseille, Abu Dhabi and Zürich abroad), told by the
proofs of payment it receives (Google Pay set in Tamil, PhonePe, BHIM, Kotak811, BHIM IndPay, KVB DLite,
MobiKwik and BharatPe for Business; Poompuhar's advice, the PWD's faxed IFHRMS advice, HDFC Bank ENet, Zoho
Books, the temple committee's letter in Tamil, Microsoft Teams, FedCorp and Cashfree Payouts; Chase, Barclays,
OCBC, Maybank2u Biz, CommBiz, BNP Paribas, ADCB and Zürcher Kantonalbank; the Mahal's tax invoice, the
Chithirai stall's cash bill in a Tamil hand, CCAvenue, IndiaMART, the receipt book's carbon copy, Khatabook, a
Razorpay link and the firm's invoice on continuous stationery) and those it makes (the cement dealer's invoice
with a sticky note, the sand supplier's chit in a Tamil hand, the oxide dealer's statement of account,
OfBusiness, ST Courier, the glass house's Refrens page, the stencil smith's bill and the Sivakasi printer's
receipt voucher; IndOASIS, KVB DLite Business, CUB All in One, the district co-operative bank's application
filled in by hand, YONO Business, a Google Pay chat, Kotak Biz and FedNet; a maker's wage account and Pongal
advance in a Tamil hand, the attendance and wage card, Google Pay, PagarBook, Airtel Payments Bank, Saral
PayPack's payslip and the typed wage voucher; the village panchayat's house tax, TNPCB, TN Urban e-Sevai,
EPFO, the Labour Welfare Board, the exhibition committee's letter in Tamil, TNREGINET and an Arasu e-Sevai
centre; eight insurers; cards on the Mahal's and the stall's terminals, at a Chettinad mess, a Madurai
hardware store and an IndianOil pump, on IRCTC, in HDFC Bank's SMS and on OneCard; TNPDCL, the water tanker's
chit, Airtel, the Karaikudi corporation's water charges, Paytm's Bharat BillPay, Vi, TNEB Mobile and the
Indane distributor; the banks' SMS, Tamil Nadu Grama Bank's SMS in Tamil, a lock screen, WhatsApp banking and
a mail). Each layout is a function of its own (the family's function picks it by the receipt's place in its
family, ``UPI_LAYOUTS`` to ``ALERT_LAYOUTS``), every row added to heldout113's ``Screen`` with the facts it
prints and the truth read back from the rows the page keeps.

Headings, footers, the Tamil names over or under their English, the motto, salutations, Tamil labels (but a
field's value, a Tamil letter's or SMS' sentence, whose figures and payee carry the facts, and a Tamil hand's
sums, days and "received" or "paid"), tiles, square feet, bags, loads, dishes, rates, counts, days of the
week, GST, TDS, fees, charges, discounts, balances, limits, fares, periods, months (மாதம்), half years, years,
invoice, bill, due and journey days, account, policy, proposal, application, assessment, consumer, service,
licence, establishment, vehicle and employee numbers, token and bill numbers of an advice, PANs, CN numbers,
card numbers, GSTIN, IFSC, UPI IDs, an advice's bills, replies, stages, progress bars, notices, tiles, badges,
ribbons, tabs, passing messages, stamps' printed words, seals, QR codes, barcodes, a fax machine's line,
thumbprints and signatures carry no fact.

``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and
``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``paper``
and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm``
and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's;
heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``strip``, ``sms_page``,
``ticks``, ``qr``, ``bars``, ``thumb``, ``seal``, a roll's torn edges), heldout271's (``grid``, ``gkv``,
``dots``, ``colkv``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``rstamp``, rounded cards), heldout273's
(``ledger``, ``hcells``, ``pill``, ``track``, ``panel``, ``field``, ``avatar``, ``bubble``, ``tick``,
``hilite``, ``cell_name``), heldout275's (``sig``, ``gutter``, ``divider``, ``sicon``, ``ribbon``, ``sticky``,
``toast``, ``tabs``, ``greenbar``, ``holes``, a chat's payment card), heldout279's (``phone``, ``band``,
``app_head``, ``pick``, ``at_hour``, ``two_up``, ``redno``, ``spinner``, a ticket's card and tear),
heldout287's (``notice``, ``tile``, ``burst``, ``vlab``, ``vname``, ``tiles2``, ``copyrow``, ``clock``,
``faxline``, ``sheet_open``), heldout289's (``chip``, ``steps``, ``carbon``) and heldout294's (``octa``,
``progress``), written in this set's pens and printers' faces; heldout316's Tamil runs (``draw_ta``,
``ta_width``, ``ta_ok``, ``ta_runs``: a line's Tamil runs in Noto Sans or Noto Serif Tamil, its other runs in
the page's face).

``compose`` is heldout158's (as heldout269's to heldout325's), each page's rows drawn by heldout294's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: Tamil lines (``ta``, ``ta_wrap``); a Tamil hand (``thand``: Noto Sans Tamil with an upright FreeSans for
its figures and Latin letters, sheared as a ball pen leans, a little off its line, a sum at the right end of
its line where it has one); this set's chequered field (``tfield``: the Tamil label in bold over its English
small in a cell tinted as the yellow oxide with a strip of Athangudi's black and white check down its left
edge, the value after the cell on a rule of the red oxide, printed or written in the page's pen, two lines
high); four Athangudi tiles as a letterhead's emblem (``emblem``: four tiles laid as a floor lays them, each
turned a quarter from the next so that their corners meet in a medallion of rings and petals, a rosette in
each tile's middle, their oxide colours flat and glossy as the glass plate leaves them, the grout between); a
row of border tiles as a divider (``tileband``: small square tiles of two colours by turns, each with a
diamond of the other and a dot, the grout lines between them); a maker's thumb pressed in the red oxide
(``oxide_print``: the ridges of a whorl broken here and there, the colour heavier at its middle); and, after
the frame, the Athangudi floor a page is photographed lying on (``on_floor``: the tiles' medallions in their
oxides, the grout lines, the floor's sheen, the page's shadow, the page a little askew). The Chettinad Tile
Mahal shuts on Tuesdays, the firm's weekly holiday (``not_tuesday``). The pages' layouts and wordings are this
set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout279_families as h279
from bench.receipt_sets import heldout287_families as h287
from bench.receipt_sets import heldout289_families as h289
from bench.receipt_sets import heldout294_families as h294
from bench.receipt_sets.heldout14_render import FONT_DIR, load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import (
    BANK_RANK,
    MARGIN,
    ORDER_RANK,
    TXN_RANK,
    UTR_RANK,
)
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, paper, screen
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv, grid
from bench.receipt_sets.heldout273_families import ledger, panel, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab
from bench.receipt_sets.heldout316_families import draw_ta, ta_ok, ta_runs, ta_width

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers (their Latin letters and figures): italics and obliques in
# another mix than heldout324's and heldout325's
PENS = [
    "liberation2/LiberationSans-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
]
INKS = [(18, 44, 128), (26, 26, 34), (36, 30, 110), (14, 70, 96), (96, 20, 36)]
# the faces a page's fixed-width lines are printed in (a terminal's, a counter's roll, a typewriter's)
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
]
# the Tamil faces (heldout316's runs: its Tamil runs in Noto Sans or Noto Serif Tamil, the rest in the
# page's face) and this set's Tamil hand: Noto Sans Tamil for its letters (heldout316 wrote its hand in Noto
# Serif Tamil Slanted) and an upright FreeSans for its figures and Latin letters, both sheared as a ball pen
# leans
TA = "noto/NotoSansTamil-Regular.ttf"
TA_BOLD = "noto/NotoSansTamil-Bold.ttf"
TA_SERIF = "noto/NotoSerifTamil-Regular.ttf"
TA_SERIF_BOLD = "noto/NotoSerifTamil-Bold.ttf"
HAND_LATIN = "freefont/FreeSans.ttf"
HAND_TA_SCALE = 0.9
SCRIPT_FACES = [TA, TA_BOLD, TA_SERIF, TA_SERIF_BOLD, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
AMBER = (214, 140, 20)
# the colours of an Athangudi floor: the oxides mixed into white cement and poured into the stencil's
# compartments on a glass plate (the red and the deep red of iron oxide, its yellow ochre, the green of
# chromium oxide, the black), the cream of white cement, the grey of the cement backing, the grout
OXIDE = (158, 52, 38)
OXIDE_DEEP = (112, 34, 28)
OCHRE = (214, 160, 62)
JADE = (44, 102, 78)
SOOT = (34, 32, 30)
CREAM = (238, 230, 210)
CEMENT = (150, 148, 142)
GROUT = (196, 190, 178)
INDIGO = (48, 64, 112)

# ---------------------------------------------------------------- the firm

FIRM = "Sri Muthu Vinayagar Athangudi Tiles"
FIRM_CAPS = FIRM.upper()
FIRM_MS = f"M/s {FIRM}"
# the firm's name in Tamil
FIRM_TA = "ஸ்ரீ முத்து விநாயகர் ஆத்தங்குடி டைல்ஸ்"
# the firm's name as a bank's beneficiary field cuts it, and its short name
CUT = "SRI MUTHU VINAYAGAR ATHAN"
SHORT_NAME = "SMV Athangudi Tiles"
SHOP = "Chettinad Tile Mahal"
SHOP_CAPS = SHOP.upper()
SHOP_TA = "செட்டிநாடு டைல் மஹால்"
SHOP_AT = "100 Feet Road, Karaikudi, Sivaganga Dt., Tamil Nadu - 630002"
YARD_AT = "Kanadukathan Road, Athangudi, Karaikudi Tk., Sivaganga Dt., Tamil Nadu - 630102"
WEB = "tilemahal.in"
GSTIN = "33ADQPM4817H1Z3"
UDYAM = "UDYAM-TN-31-0047261"
# its motto: "the art cast on glass"
MOTTO = "கண்ணாடி மேல் வார்த்த கலை"
PROP = "A. Muthuraman"
SON = "M. Karthikeyan"
COUNTER = "R. Kavitha"
ACCOUNTS = "S. Lakshmanan"
# the makers: they set the stencil on the glass plate, pour the oxide colours into its compartments, dust
# the dry mix over them, fill the mould with the cement and sand backing, press it, lift the tile off the
# glass the next day and cure it in the water tanks; paid by the tile pressed, the colour poured and the
# tank cured
MAKERS = [
    "K. Murugesan",
    "P. Selvi",
    "A. Karuppaiah",
    "M. Valliammai",
    "S. Ramu",
    "R. Pandiammal",
    "V. Ayyanar",
    "T. Chinnaponnu",
]
# the Chithirai exhibition at the Tamukkam ground, Madurai, where the firm keeps a stall (24 April to 8 May
# 2026); Thai Pongal (14 January 2026), when the makers' Pongal advance is paid
CHITHIRAI, CHITHIRAI_DAYS = dt.date(2026, 4, 24), 15
PONGAL = dt.date(2026, 1, 14)
IFSC = {
    "State Bank of India": "SBIN",
    "Indian Bank": "IDIB",
    "Indian Overseas Bank": "IOBA",
    "Karur Vysya Bank": "KVBL",
    "City Union Bank": "CIUB",
    "Tamilnad Mercantile Bank": "TMBL",
    "Tamil Nadu Grama Bank": "IDIB",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Federal Bank": "FDRL",
    "Bank of India": "BKID",
    "Sivaganga DCCB": "TNSC",
}
# the firm's tiles: name, HSN, price a square foot (low, high); GST 18% (articles of cement, HSN 6810)
TILES = [
    ("Athangudi kolam, 8 x 8 in", "6810", 72, 96),
    ("Chettinad star, 10 x 10 in", "6810", 84, 112),
    ("Lotus medallion, 12 x 12 in", "6810", 96, 132),
    ("Peacock border, 4 x 8 in", "6810", 110, 150),
    ("Oxide red plain, 12 x 12 in", "6810", 58, 78),
    ("Black & white check, 8 x 8 in", "6810", 64, 86),
    ("Jasmine creeper, 10 x 10 in", "6810", 88, 118),
    ("Mansion rosette, 12 x 12 in", "6810", 104, 140),
]
SHORT = {
    "Athangudi kolam, 8 x 8 in": "Kolam 8x8",
    "Chettinad star, 10 x 10 in": "Chettinad star 10x10",
    "Lotus medallion, 12 x 12 in": "Lotus 12x12",
    "Peacock border, 4 x 8 in": "Peacock border 4x8",
    "Oxide red plain, 12 x 12 in": "Red plain 12x12",
    "Black & white check, 8 x 8 in": "B&W check 8x8",
    "Jasmine creeper, 10 x 10 in": "Jasmine 10x10",
    "Mansion rosette, 12 x 12 in": "Rosette 12x12",
}
# the tiles as a Tamil hand writes them on a memo or a maker's account
TILES_TA = {
    "Athangudi kolam, 8 x 8 in": "கோலம் டைல் 8x8",
    "Chettinad star, 10 x 10 in": "நட்சத்திரம் 10x10",
    "Lotus medallion, 12 x 12 in": "தாமரை 12x12",
    "Peacock border, 4 x 8 in": "மயில் பார்டர்",
    "Oxide red plain, 12 x 12 in": "சிவப்பு பிளைன்",
    "Black & white check, 8 x 8 in": "கருப்பு வெள்ளை கட்டம்",
    "Jasmine creeper, 10 x 10 in": "மல்லிகைக் கொடி",
    "Mansion rosette, 12 x 12 in": "மாளிகைப் பூ 12x12",
}
BUYERS = [
    ("Meenakshi Sundaram", "Indian Bank"),
    ("Arun Prakash", "State Bank of India"),
    ("Lakshmi Narayanan", "Karur Vysya Bank"),
    ("Priya Ramanathan", "HDFC Bank"),
    ("Senthil Kumar", "City Union Bank"),
    ("Divya Chidambaram", "ICICI Bank"),
    ("Valliappan Annamalai", "Indian Overseas Bank"),
    ("Nithya Subramanian", "Axis Bank"),
]


def tiles_sold(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's tiles sold: name, HSN, square feet, price a square foot (dearer ones left out above
    ``high``)."""
    pool = [i for i, t in enumerate(TILES) if t[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = TILES[i]
        sqft = rng.randrange(20, 160, 5)
        out.append((name, hsn, sqft, float(rng.randrange(lo, hi_ + 1))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Chithirai exhibition's), its UPI / card reference made again for
    that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def not_tuesday(j: Job, rng: random.Random) -> None:
    """The Chettinad Tile Mahal shuts on Tuesdays, the firm's weekly holiday: a payment it takes over its
    counter on a Tuesday is moved to the Monday before, its reference made again for that day."""
    if j.date.weekday() == 1:
        season(j, rng, j.date - dt.timedelta(days=1), 1)


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "IDIB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "33", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(14, 720), len(shares))
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 8, 75)
        out.append((f"{prefix}/{fy(day)}/{numbers[i]:03d}", day, v))
    return out


def rupee_of(font: str) -> str:
    """The rupee's sign where the face and its bold draw it, else Rs."""
    return "\u20b9" if glyphs(font, "\u20b9") and glyphs(bold_of(font), "\u20b9") else "Rs."


def masked(font: str, n: int = 2) -> str:
    return sign(font, "\u2022", "*") * n


def initials(name: str) -> str:
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha() and len(w) > 1]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


def fit(p: Screen, names: list[str], share: float, *, scale: float = 1.0, bold: bool = False) -> str:
    """The first of ``names`` that fits ``share`` of the room in the page's face (the last where none
    does)."""
    face = load_font(bold_of(p.font) if bold else p.font, int(p.style["size"] * scale))
    room = room_of(p) * share - 10
    return next((n for n in names if face.getlength(n) <= room), names[-1])


def whole_rs(value: float, grouping: str = "indian") -> str:
    """A sum as a letter writes it: Rs. 68,000/- where it is whole, Rs. 1,48,901.50 where it has paise."""
    if value == int(value):
        return f"Rs. {num(value, grouping, 0)}/-"
    return f"Rs. {num(value, grouping)}"


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


def hours(rng: random.Random, n: int = 2) -> list[str]:
    """``n`` hours of one day in order, a few minutes apart (a message and its replies)."""
    start = rng.randrange(8 * 60, 20 * 60)
    out = []
    for _ in range(n):
        out.append(hour12(start // 60, start % 60, lower=True))
        start += rng.randrange(2, 25)
    return out


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Indian Bank": "Indian Bank",
        "Indian Overseas Bank": "IOB",
        "Karur Vysya Bank": "KVB",
        "City Union Bank": "CUB",
        "HDFC Bank": "HDFC",
        "ICICI Bank": "ICICI",
        "Axis Bank": "Axis",
        "Kotak Mahindra Bank": "Kotak",
        "Tamilnad Mercantile Bank": "TMB",
    }.get(bank, bank)


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h327", {"marks": {}, "frame": None})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own rows (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def pen_of(p: Screen) -> str:
    """The page's hand (this set's pens, in heldout271's slot so every filled-in row writes in it)."""
    x = h271.ext(p)
    if "pen" not in x:
        x["pen"] = p.rng.choice(PENS)
    if "pen_ink" not in x:
        x["pen_ink"] = list(p.rng.choice(INKS))
    return x["pen"]


def one_pen(p: Screen) -> None:
    """heldout269's pen slot (its boxed fields, combs and tick boxes write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = pen_of(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


def type_of(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def sheet(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    pen_of(p)
    type_of(p)
    return p


def roll(rng: random.Random, font: str, widths: list[int], sizes: list[int]) -> Screen:
    """A terminal's or a counter's roll: a narrow paper page, its hand and fixed-width face this set's."""
    p = screen(rng, font, width=rng.choice(widths), size=rng.choice(sizes))
    paper(p, rng)
    pen_of(p)
    type_of(p)
    return p


def hand(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    pen_of(p)
    h271.hand(p, text, align=align, **facts)


def filled(p: Screen, label_: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    pen_of(p)
    h271.fill(p, label_, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.88, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    type_of(p)
    assert load_font(type_of(p), int(p.style["size"] * scale)).getlength(text) <= room_of(p), text
    h271.tt(p, text, scale=scale, **facts)


def typed_ends(p: Screen, label_: str, value: str, *, scale: float = 0.88, **facts) -> None:
    """A fixed-width line with its label at the left end and its value at the right end."""
    face = load_font(type_of(p), int(p.style["size"] * scale))
    cols_ = int(room_of(p) / face.getlength("M"))
    typed(p, label_ + value.rjust(max(1, cols_ - len(label_))), scale=scale, **facts)


def lines_of(
    p: Screen, text: str, scale: float = 1.0, share: float = 0.97, *, bold: bool = False
) -> list[str]:
    """``text`` broken into lines that fit ``share`` of the room in the page's face."""
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


def prose(p: Screen, text: str, kind_: str = "left", **facts) -> None:
    """A sentence set in as many lines of ``kind_`` as it needs (the facts on its first line)."""
    scale = 0.8 if kind_ == "small" else 1.0
    for n_, line in enumerate(lines_of(p, text, scale)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lb27", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb27"] = 0.76
    h269.row(p, "lb27", text, **facts)


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def bar(p: Screen, title: str, sub: str, **facts) -> None:
    """An app's name on its bar with the facts its second line prints (the business named under an app's
    name)."""
    p.part = "head"
    p.add("title", title)
    p.add("small", sub, **facts)
    p.add("gap")
    p.part = "body"


def sum_of(p: Screen, value: float, grouping: str = "indian") -> str:
    return f"{rupee_of(p.font)}{num(value, grouping)}"


def head_of(p: Screen, title: str, sub: str, *, rule: bool = True, **facts) -> None:
    """A page's issuer on top (in the title's size where it fits) and a small line under it."""
    p.part = "head"
    top(p, title, **facts)
    if sub:
        p.add("small", sub)
    if rule:
        p.add("rule")
    p.part = "body"


def acct_tail(rng: random.Random, font: str, bank: str) -> str:
    return f"{bank_short(bank)} {masked(font)}{digits(rng, 4)}"


# ---------------------------------------------------------------- Tamil on the firm's papers

# heldout316's Tamil runs (``draw_ta``, ``ta_width``, ``ta_ok``: a line's Tamil runs in Noto Sans or Noto
# Serif Tamil, its other runs in the page's face) under this set's rows


def ta(
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
    """A line in Tamil (a name over its English, a heading, a motto, an app's words, a bank's message), its
    Latin runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert ta_ok(text, p.font, bold=bold, serif=serif), text
    assert ta_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t27ta", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def ta_fits(p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, share: float = 1.0) -> bool:
    return ta_width(text, p.font, int(p.style["size"] * scale), bold=bold) <= share * room_of(p)


def ta_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Tamil sentence set left in as many lines as it needs within ``share`` of the room (the facts on its
    first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    words_: list[str] = []
    for word in text.split(" "):
        # a sum's Rs. is kept on the line of its figures
        if words_ and words_[-1] in ("Rs.", "ரூ."):
            words_[-1] = f"{words_[-1]} {word}"
        else:
            words_.append(word)
    for word in words_:
        if line and ta_width(f"{line} {word}", p.font, size) > room:
            ta(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    ta(p, line, scale=scale, align="l", **(facts if first else {}))


def hand_width(text: str, size: int) -> float:
    """The width of a line of the Tamil hand (its Tamil runs in Noto Sans Tamil, the rest in FreeSans)."""
    total_ = 0.0
    for t, part in ta_runs(text):
        face = load_font(TA, int(size * HAND_TA_SCALE)) if t else load_font(HAND_LATIN, size)
        total_ += face.getlength(part)
    return total_


def hand_ok(text: str) -> bool:
    for t, part in ta_runs(text):
        bare = part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")
        if not glyphs(TA if t else HAND_LATIN, bare):
            return False
    return True


def thand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.1, **facts) -> None:
    """A line written by hand in Tamil: Noto Sans Tamil for its letters and an upright FreeSans for its
    figures and Latin letters, sheared as a ball pen leans and a little off its line, in the page's ink;
    ``figure`` written at the right end of the line (a sum in a memo's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert hand_ok(text + figure), text
    need = hand_width(text, size) + size * 0.6
    if figure:
        need += hand_width(figure, size) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t27th", text, figure, mark_=[align, scale, p.rng.uniform(-0.9, 0.9)], **facts)


def tfield(
    p: Screen,
    tamil: str,
    english: str,
    value: str,
    *,
    at: float = 0.38,
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """This set's chequered field: the Tamil label in bold over its English small, in a cell tinted as the
    yellow oxide with a strip of Athangudi's black and white check down its left edge, from the margin to
    ``at`` of the room; the value after the cell on a rule of the red oxide (written in the page's pen where
    ``pen``, else printed, in bold where ``bold``); two lines high."""
    size = p.style["size"]
    room = room_of(p)
    strip_ = size * 0.62
    assert ta_ok(tamil, p.font, bold=True) and glyphs(p.font, english), (tamil, english)
    assert ta_width(tamil, p.font, int(size * 0.86), bold=True) + strip_ + 16 <= at * room, (tamil, at)
    assert load_font(p.font, int(size * 0.64)).getlength(english) + strip_ + 16 <= at * room, (english, at)
    vfont = pen_of(p) if pen else (bold_of(p.font) if bold else p.font)
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert glyphs(vfont, value), (vfont, value)
    assert vface.getlength(value) + 24 <= (1 - at) * room, (value, (1 - at) * room)
    put(p, "t27fd", tamil, english, value, mark_=[at, pen, bold], **facts)
    p.add("gap")


def tf_fit(p: Screen, values: list[str], *, at: float = 0.38, pen: bool = False) -> str:
    """The first of ``values`` that fits a ``tfield``'s value (the last where none does)."""
    vface = load_font(pen_of(p) if pen else p.font, int(p.style["size"] * (1.08 if pen else 1.0)))
    room = room_of(p)
    return next((v for v in values if vface.getlength(v) + 24 <= (1 - at) * room), values[-1])


# ---------------------------------------------------------------- this set's marks


def emblem(p: Screen) -> None:
    """Four Athangudi tiles as a letterhead's emblem: a square of four tiles laid as a floor lays them, each
    turned a quarter from the next so that their corners meet in a medallion, their oxide colours flat and
    glossy as the glass plate leaves them, the grout between; centred, three lines high."""
    put(p, "t27em", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-1.2, 1.2)])
    p.add("gap")
    p.add("gap")


def tileband(p: Screen) -> None:
    """A row of Athangudi border tiles as a divider across the page: small square tiles of the red oxide and
    the cream, each with a diamond of the other colours, the grout lines between them; one line high."""
    put(p, "t27bd", "", mark_=[p.rng.randrange(10**6)])


def oxide_print(p: Screen, side: str = "r") -> None:
    """A maker's thumb in the red oxide pressed on the paper at the foot, at the right or the left (the
    yard's papers): the ridges of a thumbprint in a smudge of the colour; three lines high (the rows beside it
    left empty)."""
    put(p, "t27fp", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-30, 30), side])
    p.add("gap")
    p.add("gap")


def on_floor(p: Screen) -> None:
    """The page photographed lying on an Athangudi floor: the tiles' medallions in their oxides, the grout
    lines, the floor's sheen, the page's shadow on it, the page a little askew."""
    ext(p)["frame"] = ["floor", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


# an Athangudi tile's designs, each a quarter of a medallion that four tiles make where their corners meet:
# (ground, corner, ring, petals, heart, frame)
DESIGNS = [
    (CREAM, OXIDE, OCHRE, JADE, OXIDE_DEEP, OXIDE),
    (OXIDE, OCHRE, CREAM, SOOT, OCHRE, SOOT),
    (OCHRE, JADE, CREAM, OXIDE, SOOT, JADE),
    (JADE, CREAM, OCHRE, OXIDE, CREAM, SOOT),
    (CREAM, INDIGO, OCHRE, OXIDE, INDIGO, SOOT),
]


def _tile_art(s: int, design: int, turn: int) -> Image.Image:
    """One tile ``s`` square: its ground, a quarter circle at its outer corner with a ring and petals (a
    quarter of the medallion the floor makes), a rosette of eight petals in its middle and a thin frame a
    little in from its edge; turned ``turn`` quarters. The colours lie flat, their edges as clean as the
    stencil's brass strips leave them."""
    ground, corner, ring, petals, heart, frame = DESIGNS[design % len(DESIGNS)]
    img = Image.new("RGB", (s, s), ground)
    d = ImageDraw.Draw(img)
    e = s * 0.07
    d.rectangle((e, e, s - e, s - e), outline=frame, width=max(2, s // 34))
    # the quarter medallion at the corner (0, 0)
    for r_, col in ((0.46, corner), (0.38, ring), (0.3, corner)):
        R = s * r_
        d.ellipse((-R, -R, R, R), fill=col)
    for n in range(5):
        a = math.pi / 2 * n / 4
        px, py = math.cos(a) * s * 0.2, math.sin(a) * s * 0.2
        r = s * 0.06
        d.ellipse((px - r, py - r, px + r, py + r), fill=petals)
    d.ellipse((-s * 0.09, -s * 0.09, s * 0.09, s * 0.09), fill=heart)
    # the rosette in the tile's middle
    c = s * 0.56
    for n in range(8):
        a = 2 * math.pi * n / 8 + math.pi / 8
        pts = []
        for t in range(14):
            u = 2 * math.pi * t / 14
            x, y = math.cos(u) * s * 0.13, math.sin(u) * s * 0.045
            x += s * 0.12
            pts.append((c + x * math.cos(a) - y * math.sin(a), c + x * math.sin(a) + y * math.cos(a)))
        d.polygon(pts, fill=petals)
    d.ellipse((c - s * 0.075, c - s * 0.075, c + s * 0.075, c + s * 0.075), fill=ring)
    d.ellipse((c - s * 0.035, c - s * 0.035, c + s * 0.035, c + s * 0.035), fill=heart)
    # the small leaves at the other three corners
    for cx_, cy_ in ((s, 0), (0, s), (s, s)):
        d.ellipse((cx_ - s * 0.12, cy_ - s * 0.12, cx_ + s * 0.12, cy_ + s * 0.12), fill=ring)
        d.ellipse((cx_ - s * 0.06, cy_ - s * 0.06, cx_ + s * 0.06, cy_ + s * 0.06), fill=corner)
    return img.rotate(90 * turn)


def _panel_art(s: int, seed: int) -> Image.Image:
    """Four tiles ``s`` square each in a square with the grout between them, each turned so that their
    medallion corners meet in the middle; a gloss across them."""
    srng = random.Random(seed)
    design = srng.randrange(len(DESIGNS))
    g = max(2, s // 28)
    W = 2 * s + 3 * g
    img = Image.new("RGB", (W, W), GROUT)
    # the corner (0, 0) of each tile to the middle: turns 2, 1, 3, 0 for the four places
    for (ix, iy), turn in (((0, 0), 2), ((1, 0), 1), ((0, 1), 3), ((1, 1), 0)):
        img.paste(_tile_art(s, design, turn), (g + ix * (s + g), g + iy * (s + g)))
    arr = np.asarray(img, dtype=np.float32)
    yy, xx = np.mgrid[0:W, 0:W]
    sheen = np.exp(-(((xx - yy) / (W * 0.25)) ** 2)) * 26
    arr = arr + sheen[..., None]
    arr *= np.random.default_rng(srng.randrange(10**6)).uniform(0.97, 1.02, (W, W, 1))
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")


def _emblem(page: Image.Image, cx: float, top_y: float, h: float, seed: int, tilt: float) -> None:
    k = 3
    s = int(h * k / 2.08)
    art = _panel_art(s, seed).convert("RGBA").rotate(tilt, resample=Image.BICUBIC, expand=True)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    shadow = Image.new("RGBA", small.size, (40, 36, 30, 0))
    shadow.putalpha(small.split()[3].point(lambda v: 70 if v > 0 else 0))
    page.paste(shadow, (int(cx - small.width / 2) + 3, int(top_y) + 3), shadow)
    page.paste(small, (int(cx - small.width / 2), int(top_y)), small)


def _band_art(w: int, h: int, seed: int) -> Image.Image:
    """A row of border tiles ``w`` by ``h``: squares of the red oxide and the cream by turns, each with a
    diamond of the ochre or the soot and a dot in its middle, the grout between them."""
    srng = random.Random(seed)
    img = Image.new("RGB", (w, h), GROUT)
    d = ImageDraw.Draw(img)
    g = max(2, h // 14)
    s = h - 2 * g
    n = max(3, int((w - g) / (s + g)))
    s = (w - g) / n - g
    grounds = srng.choice([(OXIDE, CREAM), (JADE, CREAM), (SOOT, OCHRE), (OXIDE, OCHRE)])
    for i in range(n):
        x0 = g + i * (s + g)
        ground = grounds[i % 2]
        other = grounds[(i + 1) % 2]
        d.rectangle((x0, g, x0 + s, g + s), fill=ground)
        cx, cy = x0 + s / 2, g + s / 2
        r = s * 0.38
        d.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=other)
        r2 = s * 0.12
        d.ellipse((cx - r2, cy - r2, cx + r2, cy + r2), fill=ground)
        for qx, qy in ((x0, g), (x0 + s, g), (x0, g + s), (x0 + s, g + s)):
            d.pieslice((qx - s * 0.18, qy - s * 0.18, qx + s * 0.18, qy + s * 0.18), 0, 360, fill=other)
        d.rectangle((x0, g, x0 + s, g + s), outline=ground, width=max(1, int(s // 20)))
    return img


def _band(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    art = _band_art(w * k, h * k, seed).resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)))


def _thumb_art(w: int, h: int, seed: int) -> Image.Image:
    """A thumbprint in the red oxide ``w`` by ``h`` as an RGBA image: its ridges as rings round a whorl,
    broken here and there, the colour heavier at its middle and fading to its edge."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w * srng.uniform(0.44, 0.56), h * srng.uniform(0.4, 0.5)
    rx, ry = w * 0.46, h * 0.47
    u, v = (xx - cx) / rx, (yy - cy) / ry
    rr = np.sqrt(u**2 + v**2)
    theta = np.arctan2(v, u)
    ridges = 0.5 + 0.5 * np.sin(rr * 34 + theta * 0.7 + g.uniform(0, 6))
    breaks = np.asarray(
        Image.fromarray(g.uniform(0, 255, (h // 6 + 1, w // 6 + 1)).astype(np.uint8)).resize(
            (w, h), Image.BILINEAR
        ),
        dtype=np.float32,
    )
    inside = np.clip(1.2 - rr, 0, 1) ** 0.7
    alpha = ridges * inside * (0.5 + 0.5 * breaks / 255.0) * 235
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    rgba[..., :3] = np.array(OXIDE, dtype=np.uint8)
    rgba[..., 3] = alpha.clip(0, 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA").filter(ImageFilter.GaussianBlur(0.7))


def _floor_art(w: int, h: int, seed: int) -> Image.Image:
    """An Athangudi floor ``w`` by ``h``: tiles laid four to a medallion, the grout lines, the sheen of the
    floor's polish, a little wear."""
    srng = random.Random(seed)
    s = srng.choice([118, 132, 146])
    panel = _panel_art(s, srng.randrange(10**6))
    pw = panel.width - max(2, s // 28)
    img = Image.new("RGB", (w, h), GROUT)
    ox, oy = -srng.randrange(pw), -srng.randrange(pw)
    y = oy
    while y < h:
        x = ox
        while x < w:
            img.paste(panel, (x, y))
            x += pw
        y += pw
    arr = np.asarray(img, dtype=np.float32)
    g = np.random.default_rng(srng.randrange(10**6))
    yy, xx = np.mgrid[0:h, 0:w]
    sheen = np.exp(-(((xx * 0.6 + yy - h * srng.uniform(0.3, 0.7)) / (h * 0.35)) ** 2)) * 30
    arr = arr * g.uniform(0.95, 1.03, (h, w, 1)) + sheen[..., None]
    arr *= 0.9
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.8))


def _on_floor(image: Image.Image, seed: int) -> Image.Image:
    """The page on the tiled floor: turned a little with its shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 72
    bw, bh = w + 2 * pad, h + 2 * pad + 20
    base = _floor_art(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-2.0, 2.0)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    px, py = (bw - turned.width) // 2 + srng.randrange(-12, 13), (bh - turned.height) // 2 + 10
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 150 if v > 0 else 0), (px + 10, py + 12))
    shadow = shadow.filter(ImageFilter.GaussianBlur(9))
    base = Image.composite(Image.new("RGB", base.size, (30, 24, 20)), base, shadow)
    base.paste(turned, (px, py), turned)
    return base


def _hand_layer(text: str, size: int, line: int) -> Image.Image:
    """A line of the Tamil hand as a mask: its runs drawn on one baseline, sheared as a pen leans."""
    tw = hand_width(text, size)
    lw, lh = int(tw + size * 1.2), int(line * 1.9)
    layer = Image.new("L", (lw, lh), 0)
    d = ImageDraw.Draw(layer)
    latin = load_font(HAND_LATIN, size)
    x0, base = size * 0.3, lh * 0.22 + latin.getmetrics()[0]
    for t, part in ta_runs(text):
        face = load_font(TA, int(size * HAND_TA_SCALE)) if t else latin
        d.text((x0, base), part, font=face, fill=255, anchor="ls")
        x0 += face.getlength(part)
    return layer.transform(
        (lw, lh), Image.AFFINE, (1, 0.16, -0.16 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
    )


def _check(d: ImageDraw.ImageDraw, x0: float, y0: float, x1: float, y1: float, cell: float) -> None:
    """A strip of Athangudi's black and white check from (x0, y0) to (x1, y1)."""
    nx, ny = max(1, round((x1 - x0) / cell)), max(1, round((y1 - y0) / cell))
    cw, ch = (x1 - x0) / nx, (y1 - y0) / ny
    for i in range(nx):
        for k in range(ny):
            col = SOOT if (i + k) % 2 == 0 else CREAM
            d.rectangle((x0 + i * cw, y0 + k * ch, x0 + (i + 1) * cw, y0 + (k + 1) * ch), fill=col)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Tamil lines and a Tamil hand, its chequered fields, four
    Athangudi tiles as an emblem, a row of border tiles as a divider and a maker's thumb in the red oxide."""
    page = h294._render(rows, font, style)
    x = style.get("h327")
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
    pen = x1.get("pen", PENS[0])
    pen_ink = tuple(x1.get("pen_ink", INKS[0]))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t27"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t27ta":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = ta_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_ta(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t27th":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                layer = _hand_layer(text, s, line).rotate(tilt, resample=Image.BICUBIC)
                tw = hand_width(text, s)
                if n_ == 0:
                    tx = width - MARGIN - tw - s * 0.5
                    fx = tx
                else:
                    tx = {
                        "c": (width - tw) / 2 - s * 0.3,
                        "l": MARGIN - s * 0.1,
                        "r": (fx if fx is not None else width - MARGIN) - tw - s * 0.9,
                    }[align]
                page.paste(
                    Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - layer.height * 0.3)), layer
                )
            draw = ImageDraw.Draw(page)
        elif name == "t27fd":
            at, is_pen, bold = m
            strip_ = size * 0.62
            cx0, cx1 = MARGIN, MARGIN + at * room - 8
            cy0, cy1 = top_y + line * 0.1, top_y + line * 1.8
            draw.rectangle(
                (cx0, cy0, cx1, cy1), fill=_tint(OCHRE, paper_, 0.22), outline=_tint(SOOT, paper_, 0.5)
            )
            _check(draw, cx0 + 1, cy0 + 1, cx0 + strip_, cy1 - 1, strip_ / 2)
            draw_ta(draw, (cx0 + strip_ + 8, y - 2), r[1], font, int(size * 0.86), ink, bold=True)
            sface = load_font(font, int(size * 0.64))
            draw.text((cx0 + strip_ + 8, y + line * 0.72), r[2], font=sface, fill=soft)
            vx = MARGIN + at * room + 8
            base = top_y + line * 1.3
            draw.line((vx - 4, base + size * 0.22, width - MARGIN, base + size * 0.22), fill=OXIDE, width=2)
            if is_pen:
                vface = load_font(pen, int(size * 1.08))
                draw.text((vx + 4, base), r[3], font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((vx + 4, base), r[3], font=vface, fill=ink, anchor="ls")
        elif name == "t27em":
            seed, tilt = m
            _emblem(page, width / 2, top_y + line * 0.06, line * 2.85, seed, tilt)
            draw = ImageDraw.Draw(page)
        elif name == "t27bd":
            (seed,) = m
            _band(page, MARGIN, width - MARGIN, top_y + line * 0.14, top_y + line * 0.9, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t27fp":
            seed, tilt, side = m
            w_, h_ = int(line * 1.6), int(line * 2.1)
            art = _thumb_art(w_ * 2, h_ * 2, seed).resize((w_, h_), Image.LANCZOS)
            art = art.rotate(tilt, resample=Image.BICUBIC, expand=True)
            px = MARGIN + line * 0.3 if side == "l" else width - MARGIN - art.width - line * 0.4
            page.paste(art, (int(px), int(top_y + line * 0.1)), art)
            draw = ImageDraw.Draw(page)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout325's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the Athangudi floor a page is photographed lying on."""
    x9 = style.get("h269") or {}
    modules = (heldout106_families, heldout118_families, heldout121_families)
    saved = [module.PLAIN for module in modules]
    for module in modules:
        module.PLAIN = _render
    try:
        image = compose158(rows, font, style)
    finally:
        for module, plain_ in zip(modules, saved):
            module.PLAIN = plain_
    if x9.get("seal"):
        image = h269._seal(image, font, x9["seal"])
    if x9.get("torn"):
        image = h269._torn(image, f"{font}{len(rows)}{rows[0]}")
    f9 = (style.get("h289") or {}).get("frame")
    if f9 and f9[0] == "clip":
        image = h289._clipboard(image, f9[1])
    f = (style.get("h327") or {}).get("frame")
    if f and f[0] == "floor":
        image = _on_floor(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout327 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Mahal's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM]


def tf_at(p: Screen, labels: list[tuple[str, str]], *, low: float = 0.3) -> float:
    """The share of the room the cells of ``tfield``'s labels need (the widest of them), in steps of 0.02."""
    size = p.style["size"]
    need = max(
        max(
            ta_width(t, p.font, int(size * 0.86), bold=True),
            load_font(p.font, int(size * 0.64)).getlength(e),
        )
        + size * 0.62
        + 18
        for t, e in labels
    )
    share = max(low, need / room_of(p))
    return math.ceil(share * 50) / 50


def _upi_gpay_ta(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Google Pay set in Tamil: a large round tick, "பணம் செலுத்தப்பட்டது" (payment made), the sum, "<payee>
    க்கு" (to <payee>); this set's chequered fields: UPI பரிவர்த்தனை ஐடி / UPI transaction ID, தேதி, நேரம் /
    Date and time, கணக்கிலிருந்து / From account."""
    p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Share",))
    app_head(p, "Google Pay", "")
    sicon(p, j.status)
    ta(p, "பணம் செலுத்தப்பட்டது", scale=1.1, bold=True, status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = next((n for n in [rng.choice(PAYEES), SHOP] if ta_fits(p, f"{n} க்கு")), SHOP)
    ta(p, f"{name} க்கு", merchant=name)
    p.add("rule")
    fields = [
        ("UPI பரிவர்த்தனை ஐடி", "UPI transaction ID"),
        ("தேதி, நேரம்", "Date and time"),
        ("கணக்கிலிருந்து", "From account"),
    ]
    at = tf_at(p, fields)
    tfield(p, *fields[0], j.ref, at=at, txn=(UTR_RANK, j.ref))
    tfield(p, *fields[1], at_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (", ",)), at=at, date=j.date)
    tfield(p, *fields[2], acct_tail(rng, p.font, bank), at=at, method="UPI")
    return p.done()


def _upi_phonepe_ticket(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """PhonePe's transaction details as a ticket: Transaction Successful and the day and hour, "Paid to
    <payee>", the sum; under the ticket's tear Transaction ID, UTR and Debited from, each label small over its
    value."""
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share",))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "Transaction details")
    t = h279.ticket_open(p)
    tick = sign(font, "\u2713", "")
    p.add("center", f"{tick} Transaction Successful".strip(), status=j.status)
    p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (" at ", ", ")), date=j.date)
    name = pick(p, "center", [f"Paid to {rng.choice(PAYEES)}", f"Paid to {SHOP}"])[8:]
    p.add("center", f"Paid to {name}", merchant=name)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    tear = h279.ticket_tear(p)
    tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 14)}"
    label(p, "Transaction ID")
    p.add("left", tid, txn=(TXN_RANK, tid))
    label(p, "UTR")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    label(p, "Debited from")
    p.add("left", f"XXXXXX{digits(rng, 4)}  ({bank_short(bank)})", method="UPI")
    h279.ticket_close(p, t, tear)
    return p.done()


def _upi_bhim_sheet(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """BHIM's payment processing in a bottom sheet over the payee's page (the payee's initials in a round
    badge, its name and UPI ID, dimmed): a spinner, Payment processing, the sum, "to <payee>", a line of
    advice; UPI Ref No., Initiated and From at the left and the right."""
    p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=())
    band(p, (242, 112, 36))
    app_head(p, "BHIM", "Pay to UPI ID")
    name = pick(p, "center", [rng.choice(PAYEES), SHOP])
    h273.avatar(p, initials(name), (0, 122, 84))
    p.add("center", name)
    p.add("small", rng.choice(["tilemahal@indianbk", "smvathangudi@okicici"]))
    p.add("gap")
    h287.sheet_open(p)
    h279.spinner(p, AMBER)
    p.add("center", "Payment processing", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {name}", merchant=name)
    p.add("small", "Waiting for the bank to confirm. Please do not pay again.")
    kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "From", acct_tail(rng, p.font, bank), method="UPI")
    return p.done()


def _upi_kotak811_fail(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Kotak811's UPI payment failed under an octagon's cross: Payment failed, the sum, "to <payee>", the
    reason in a notice; UPI Ref No., Date, Paid from and Reason, each label set against a gutter."""
    p = phone(rng, font, k, ["", "Kotak811"], dark=False, buttons=("Retry",))
    band(p, (237, 28, 36))
    app_head(p, "Kotak811", "UPI payment")
    h294.octa(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p, "The payee's bank did not respond. Any amount debited will be refunded in 3 working days.", "error"
    )
    at = 0.36
    gutter(p, "k8", "UPI Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gutter(p, "k8", "Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=at, date=j.date)
    gutter(p, "k8", "Paid from", acct_tail(rng, p.font, bank), at=at, method="UPI")
    gutter(p, "k8", "Reason", "Payee bank not available", at=at)
    return p.done()


def _upi_indpay(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Indian Bank's BHIM IndPay under a scalloped badge: Payment successful, the sum; each value over its
    label: Paid to, UPI Ref No., Date & time, From."""
    p = phone(rng, font, k, ["", "IndPay"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 71, 146))
    app_head(p, "BHIM IndPay", "Indian Bank  |  UPI")
    h287.burst(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    name = h287.vname(p, [rng.choice(PAYEES), SHOP])
    vlab(p, "Paid to", name, merchant=name)
    vlab(p, "UPI Ref No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
    vlab(p, "Date & time", at_hour(rng, j.date, ["%d-%m-%Y", "{d} %b %Y"], (", ",)), bold=False, date=j.date)
    vlab(p, "From", acct_tail(rng, p.font, bank), bold=False, method="UPI")
    return p.done()


def _upi_kvb_striped(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Karur Vysya Bank's DLite with no reference: a scalloped badge's tick, Transaction Successful, the sum;
    Paid to, Date, From A/c and Remarks in a striped table under its heading band."""
    p = phone(rng, font, k, ["", "DLite"], dark=False, buttons=("Done",))
    band(p, (0, 100, 60))
    app_head(p, "KVB DLite", "UPI")
    h287.burst(p, j.status)
    p.add("center", "Transaction Successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    name = h273.cell_name(p, 0.6, [rng.choice(PAYEES), SHOP])
    rows_ = [
        (["Paid to", name], {"merchant": name}),
        (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",))], {"date": j.date}),
        (["From A/c", f"XXXXXX{digits(rng, 4)}"], {"method": "UPI"}),
        (["Remarks", rng.choice(["Tiles advance", "Kolam tiles", "Floor tiles bal"])], {}),
    ]
    zebra(p, "kd", spec, ["Transaction details", ""], rows_, (0, 100, 60))
    return p.done()


def _upi_mobikwik(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """MobiKwik's UPI payment: a tick on a rounded tile, Payment Successful, the sum, "to <payee>"; UPI Ref.
    No., MobiKwik Txn ID, Date and Paid via in dot leaders."""
    p = phone(rng, font, k, ["", "MobiKwik"], dark=False, buttons=("Share",))
    band(p, (35, 31, 112))
    app_head(p, "MobiKwik", "UPI")
    h287.tile(p, j.status)
    p.add("center", "Payment Successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    mid = f"MBK{digits(rng, 15)}"
    at = 0.44
    dots(p, "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    dots(p, "MobiKwik Txn ID", mid, at=at, txn=(TXN_RANK, mid))
    dots(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",)), at=at, date=j.date)
    dots(p, "Paid via", f"{bank_short(bank)} UPI", at=at, method="UPI")
    return p.done()


def _upi_bharatpe_today(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """BharatPe for Business on the Mahal's phone, its collections under its tabs with Today chosen: the
    Mahal under the app's bar; the payment's lines on hairline rows ("From <buyer>" and the sum, its UTR and
    the hour), Received in your bank account; no day."""
    p = phone(rng, font, k, ["", "BharatPe"], dark=False, buttons=())
    band(p, (0, 150, 160))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "BharatPe for Business", name, merchant=name)
    h275.tabs(p, ["Today", "Yesterday", "This week"], 0)
    p.add("gap")
    p.add("small", f"{rng.randrange(2, 7)} payments collected")
    spec = [(0.0, 0.62, "l"), (0.62, 1.0, "r")]
    cols(p, "bp", spec, f"From {who}", f"+{sum_of(p, j.amount)}", mode="line", amount=j.amount)
    cols(p, "bp", spec, f"UTR {j.ref}", hhmm(rng, lower=True), mode="line", txn=(UTR_RANK, j.ref))
    p.add("small", "Received in your bank account  |  UPI", status=j.status, method="UPI")
    return p.done()


UPI_LAYOUTS = [
    _upi_gpay_ta,
    _upi_phonepe_ticket,
    _upi_bhim_sheet,
    _upi_kotak811_fail,
    _upi_indpay,
    _upi_kvb_striped,
    _upi_mobikwik,
    _upi_bharatpe_today,
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Chettinad Tile Mahal or the firm by UPI, one layout a place (``UPI_LAYOUTS``): Google
    Pay set in Tamil, PhonePe's ticket, BHIM's payment processing in a bottom sheet, Kotak811's failure
    against a gutter, BHIM IndPay's values over their labels, KVB DLite's striped table with no reference,
    MobiKwik's dot leaders and BharatPe for Business under its Today tab."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=400, high=24000, p_round=0.6)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    return UPI_LAYOUTS[k](rng, font, k, j, who, bank)


# ---------------------------------------------------------------- 2. buyers' advices


POOMPUHAR = "Tamil Nadu Handicrafts Development Corporation Ltd."
POOMPUHAR_TA = "தமிழ்நாடு கைத்திறத் தொழில்கள் வளர்ச்சிக் கழகம்"
HERITAGE = "Kanadukathan Heritage Hotels Pvt. Ltd."
ARCH = "Studio Madras Architects LLP"
THIRUPPANI = "Arulmigu Kailasanathar Thirukoil Thiruppani Committee, Kottaiyur"
THIRUPPANI_TA = "அருள்மிகு கைலாசநாதர் திருக்கோயில் திருப்பணிக் குழு"
INTERIOR = "Kaveri Interiors Pvt. Ltd."
RESORT = "Backwater Bay Resorts Pvt. Ltd."
EARTH = "Aranya Earth Builders, Auroville"


def _adv_poompuhar(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Poompuhar's PAYMENT ADVICE under its Tamil name for the tiles of its showrooms' floors: No. and Date at
    the left and the right; "To," the firm; Sub:; its bills in a table ruled on every side (Sl. | Bill No. |
    Bill Date | Bill Amount | TDS 2% | Net Paid) with its Total Net Paid; the net printed in a box; "The
    above amount has been credited to your account by NEFT, UTR ... on <dd-mm-yyyy>."; its accounts
    section's rectangular stamp with the day and the Manager (Finance)' signature."""
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    ta(p, POOMPUHAR_TA, bold=True)
    name = pick(p, "title", [POOMPUHAR.upper(), POOMPUHAR])
    top(p, name)
    p.add(
        "small", "POOMPUHAR  |  759, Anna Salai, Chennai - 600002  |  A Government of Tamil Nadu Undertaking"
    )
    p.add("rule")
    p.part = "body"
    p.add("center", "PAYMENT ADVICE")
    ref = f"TNHDC/FIN/{fy(j.date)}/{rng.randrange(100, 990)}"
    cols(
        p,
        "pa0",
        [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
        f"No.: {ref}",
        f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d.%m.%Y'])}",
        date=j.date,
    )
    p.add("left", "To,")
    who = fit(p, [FIRM_MS, FIRM], 1.0)
    p.add("left", who, merchant=who.removeprefix("M/s "))
    p.add("left", "Athangudi, Karaikudi Tk. - 630102")
    p.add("left", "Sub: Payment for Athangudi tiles supplied to Poompuhar showrooms.")
    p.add("gap")
    rows_, net_total = [], 0.0
    for n_, (bno, bday, _v) in enumerate(bills_for(rng, j, rng.randrange(1, 4), "SMV")):
        taxable = float(rng.randrange(30, 160) * 250)
        bill = round(taxable * 1.18, 2)
        tds = round(taxable * 0.02, 0)
        net = round(bill - tds, 2)
        net_total += net
        rows_.append(([str(n_ + 1), bno, when(bday, "%d/%m/%y"), num(bill), num(tds), num(net)], {}))
    j.amount = round(net_total, 2)
    grid(
        p,
        "pa",
        [
            (0.0, 0.07, "c"),
            (0.07, 0.34, "l"),
            (0.34, 0.5, "c"),
            (0.5, 0.68, "r"),
            (0.68, 0.82, "r"),
            (0.82, 1.0, "r"),
        ],
        ["Sl.", "Bill No.", "Bill Date", "Bill Amount", "TDS 2%", "Net Paid"],
        rows_,
        foot=(["Total Net Paid", num(j.amount)], {"amount": j.amount}),
        tint=(236, 222, 200),
    )
    p.add("gap")
    h271.amtbox(p, "Net amount paid  Rs.", num(j.amount), by_hand=False, at=0.3)
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Indian Overseas Bank", way)
    prose(
        p,
        f"The above amount has been credited to your account by {way}, UTR {utr} on "
        f"{when(j.date, '%d-%m-%Y')}.",
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
        date=j.date,
    )
    h271.rstamp(p, ["POOMPUHAR", "ACCOUNTS SECTION", when(j.date, "%d %b %Y").upper()], "violet", at=0.12)
    sig(p)
    p.add("right", "Manager (Finance)")
    return p.done()


def _adv_pwd_fax(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Public Works Department's e-payment advice from IFHRMS for the tiles of a museum's restoration,
    faxed to the firm: the fax machine's line across its top (the day it was faxed); the department's heading
    in print; Bill No., Token No., Payee, Bank A/c, Gross Amount, GST TDS 2%, Net Amount, Mode, UTR No.,
    Credit Date and Purpose typed in a fixed-width face with their colons in a column."""
    p = sheet(rng, font, [860, 900])
    sent = j.date + dt.timedelta(days=rng.randrange(1, 4))
    h287.faxline(
        p,
        f"{when(sent, '%d/%m/%Y')} {rng.randrange(10, 17)}:{rng.randrange(60):02d}  "
        f"FROM: EE PWD BLDGS PDK  TO: 04565{digits(rng, 6)}  P.01/01",
    )
    p.part = "head"
    p.add("center", "GOVERNMENT OF TAMIL NADU")
    p.add("center", "PUBLIC WORKS DEPARTMENT (BUILDINGS)")
    p.add("small", "Office of the Executive Engineer, Buildings Division, Pudukkottai - 622001")
    p.add("rule")
    p.part = "body"
    p.add("center", "e-PAYMENT ADVICE (IFHRMS)")
    p.add("gap")
    j.amount = rupees(rng, 80000, 420000, 0.3)
    taxable = round(j.amount / 1.18, 2)
    tds = round(taxable * 0.02, 0)
    net = round(j.amount - tds, 2)
    way = neft_or_rtgs(net)
    utr = utr_of(rng, j, "State Bank of India", way)
    pay = fit(p, [FIRM_CAPS, CUT], 0.7)
    w = 15
    lines = [
        ("Bill No.", f"PWD/BLD/PDK/{j.date.year}/{rng.randrange(40, 400)}", {}),
        ("Token No.", f"{j.date:%y}{digits(rng, 8)}", {}),
        ("Payee", pay, {"merchant": pay}),
        ("Bank A/c", f"XXXXXXX{digits(rng, 4)} (IDIB000A{digits(rng, 3)})", {}),
        ("Gross Amount", num(j.amount), {}),
        ("GST TDS 2%", num(tds), {}),
        ("Net Amount", num(net), {"amount": net}),
        ("Mode", way, {"method": "netbanking"}),
        ("UTR No.", utr, {"txn": (UTR_RANK, utr)}),
        ("Credit Date", when(j.date, "%d/%m/%Y"), {"date": j.date, "status": j.status}),
    ]
    for label_, value, facts in lines:
        typed(p, f"{label_.ljust(w)}: {value}", **facts)
    typed(p, f"{'Purpose'.ljust(w)}: Athangudi tiles, Govt. Museum,")
    typed(p, f"{''.ljust(w)}  Pudukkottai (restoration)")
    j.amount = net
    p.add("gap")
    sig(p)
    p.add("right", "Executive Engineer")
    return p.done()


def _adv_enet_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC Bank ENet with a heritage hotel company's RTGS pending with its checker: RTGS - Transaction
    status; Pending with checker in a capsule; a notice; Transaction Ref No., Beneficiary Name, Beneficiary
    A/c, Amount, Value Date, Payment Type and Maker in a striped table under its heading band."""
    j.amount = rupees(rng, 210000, 520000, 0.5)
    p = browser_page(rng, font, "enet.hdfcbank.com/corp/rtgs/pending")
    head_of(p, "HDFC Bank ENet", f"Corporate Banking  |  {HERITAGE}")
    p.add("left", "RTGS - Transaction status")
    h289.chip(p, "Pending with checker", j.status, status=j.status)
    boxed(p, "This transaction needs the checker's approval before it is sent to RBI.", "warn")
    ref = f"ENT{j.date:%y%m%d}{digits(rng, 7)}"
    name = h273.cell_name(p, 0.6, [FIRM_CAPS, CUT])
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "r")]
    rows_ = [
        (["Transaction Ref No.", ref], {"txn": (BANK_RANK, ref)}),
        (["Beneficiary Name", name], {"merchant": name}),
        (["Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}"], {}),
        (["Amount", f"INR {num(j.amount)}"], {"amount": j.amount}),
        (["Value Date", when(j.date, rng.choice(["%d-%b-%Y", "%d/%m/%Y"]))], {"date": j.date}),
        (["Payment Type", "RTGS"], {"method": "netbanking"}),
        (["Maker", "KHH_FIN01"], {}),
    ]
    zebra(p, "en", spec, ["Transaction details", ""], rows_, (0, 73, 144))
    return p.done()


def _adv_zoho_books(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Chennai architects' payment mailed from Zoho Books: its sentence; the Amount Paid on a tinted panel;
    Payment#, Payment Date, Paid To, Payment Mode and Reference#, each label set against a gutter; its bills
    on hairline rows (Bill# | Bill Date | Amount Paid)."""
    p = mail_page(
        rng,
        font,
        f"{ARCH} <accounts@studiomadras.in>",
        ["Payment made - Athangudi tiles", "Payment advice from Studio Madras"],
    )
    head_of(p, ARCH, "Accounts  |  Alwarpet, Chennai - 600018")
    p.add("left", "Dear Sir,")
    prose(p, "We have made a payment for your bills listed below. Please find the details.")
    panel(p, "Amount Paid", f"Rs. {num(j.amount)}", (30, 110, 150), amount=j.amount, status=j.status)
    p.add("gap")
    pno = str(rng.randrange(120, 980))
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "ICICI Bank", way)
    at = 0.36
    gutter(p, "zb", "Payment#", pno, at=at, txn=(INVOICE_RANK, pno))
    gutter(p, "zb", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), at=at, date=j.date)
    name = fit(p, [FIRM, FIRM_CAPS], 0.6)
    gutter(p, "zb", "Paid To", name, at=at, merchant=name)
    gutter(p, "zb", "Payment Mode", way, at=at, method="netbanking")
    gutter(p, "zb", "Reference#", utr, at=at, txn=(UTR_RANK, utr))
    p.add("gap")
    spec = [(0.0, 0.42, "l"), (0.42, 0.7, "c"), (0.7, 1.0, "r")]
    cols(p, "zbh", spec, "Bill#", "Bill Date", "Amount Paid", mode="line")
    for bno, bday, v in bills_for(rng, j, rng.randrange(1, 4), "SMV"):
        cols(p, "zbb", spec, bno, when(bday, "%d/%m/%Y"), num(v), mode="line")
    p.add("small", "This is a system generated mail from Zoho Books.")
    return p.done()


def _adv_thiruppani_letter(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Kottaiyur temple's renovation committee's letter typed in Tamil with no reference: its Tamil name
    over its English and a row of border tiles; ந.க. எண் (letter no.) and நாள் (date); "பெறுநர், உரிமையாளர்
    அவர்கள்," (To, the proprietor,) and the firm in English; பொருள் (subject); "... ஆத்தங்குடி டைல்ஸ் தொகை Rs.
    x/- <day> அன்று NEFT மூலம் தங்கள் வங்கிக் கணக்கில் வரவு வைக்கப்பட்டுள்ளது ..." (the sum for the Athangudi
    tiles, Rs. x/-, has been credited to your bank account by NEFT on <day>); the secretary's signature over
    செயலாளர்."""
    j.amount = float(rng.randrange(30, 180) * 500)
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    ta(p, THIRUPPANI_TA, scale=1.05, bold=True)
    name = pick(p, "center", [THIRUPPANI, "Arulmigu Kailasanathar Thirukoil, Kottaiyur"])
    p.add("center", name)
    tileband(p)
    p.add("gap")
    p.part = "body"
    day = when(j.date, "%d-%m-%Y")
    ta(p, f"ந.க. எண்: திப/{rng.randrange(20, 90)}/{j.date.year}          நாள்: {day}", align="l")
    p.add("gap")
    ta(p, "பெறுநர்,", align="l")
    ta(p, "உரிமையாளர் அவர்கள்,", align="l")
    who = pick(p, "left", [FIRM_MS, FIRM])
    p.add("left", who, merchant=who.removeprefix("M/s "))
    p.add("left", "Athangudi, Karaikudi Tk.")
    p.add("gap")
    ta(p, "பொருள்: மண்டபத் தரைக்கான ஆத்தங்குடி டைல்ஸ் தொகை - தொடர்பாக.", align="l", bold=True)
    ta(p, "அய்யா,", align="l")
    ta_wrap(
        p,
        "எங்கள் திருக்கோயில் மண்டபத் தரைக்குத் தங்களிடம் பெற்ற ஆத்தங்குடி டைல்ஸ் தொகை "
        f"{whole_rs(j.amount)} {day} அன்று NEFT மூலம் தங்கள் வங்கிக் கணக்கில் "
        "வரவு வைக்கப்பட்டுள்ளது என்பதைத் தெரிவித்துக் கொள்கிறோம்.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    ta(p, "நன்றி,", align="l")
    p.add("gap")
    sig(p)
    ta(p, "செயலாளர்", align="r")
    return p.done()


def _adv_teams(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Bengaluru interiors company's Microsoft Teams channel under its "Today" divider: the writer's
    initials in a round badge, her name and hour; "Paid Rs.x to <payee> by NEFT for the Athangudi tiles ...
    UTR ..."; a colleague's reply; no day."""
    j.amount = float(rng.randrange(40, 300) * 250)
    p = phone(rng, font, k, ["", "Teams"], dark=False, buttons=())
    band(p, (70, 71, 117))
    app_head(p, "Jayanagar villa - site", f"{INTERIOR}  |  Teams")
    divider(p, "Today")
    p.add("gap")
    first, second = hours(rng, 2)
    h273.avatar(p, "AR", (98, 100, 167))
    p.add("left", f"Anjali Rao   {first}")
    name = rng.choice([FIRM, SHOP, FIRM_CAPS])
    utr = utr_of(rng, j, "Axis Bank", "NEFT")
    prose(
        p,
        f"Paid Rs.{num(j.amount)} to {name} by NEFT for the Athangudi tiles (Chettinad star and peacock "
        f"border) for the Jayanagar villa. UTR {utr}",
        amount=j.amount,
        merchant=name,
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, utr),
    )
    p.add("gap")
    p.add("left", f"Rohan Shetty   {second}")
    prose(p, "Thanks! Karthikeyan says the lorry leaves Karaikudi on Friday.")
    return p.done()


def _adv_fedcorp_return(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """FedCorp with a Kerala resort company's NEFT returned: NEFT returned on a tinted band, the reason in a
    notice; each value over its label: Beneficiary, Amount, Value Date, Transaction Ref No. and Return
    Reason."""
    p = browser_page(rng, font, "fedcorp.federalbank.co.in/payments/neft/status")
    head_of(p, "FedCorp", f"Federal Bank Corporate Banking  |  {RESORT}")
    h269.strip(p, "NEFT returned", j.status)
    boxed(
        p,
        "The beneficiary bank has returned this NEFT. The amount has been credited back to your account.",
        "error",
    )
    ref = f"FDRL{j.date:%y%m%d}{digits(rng, 6)}"
    name = h287.vname(p, [FIRM_CAPS, CUT])
    vlab(p, "Beneficiary", name, merchant=name)
    vlab(p, "Amount", f"INR {num(j.amount)}", amount=j.amount, method="netbanking")
    vlab(p, "Value Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"])), bold=False, date=j.date)
    vlab(p, "Transaction Ref No.", ref, bold=False, txn=(BANK_RANK, ref))
    vlab(p, "Return Reason", "R04 Invalid account number", bold=False)
    return p.done()


def _adv_cashfree_payout(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """An Auroville builder's payout mailed by Cashfree Payouts: Transfer successful and its sentence;
    Transfer ID, Beneficiary, Amount, Transfer mode, UTR and Processed on in read-only fields."""
    j.amount = float(rng.randrange(40, 260) * 200)
    p = mail_page(
        rng,
        font,
        "Cashfree Payments <payouts@cashfree.com>",
        ["Transfer successful", "You have received a payout"],
    )
    head_of(p, "Cashfree Payments", f"Payouts  |  on behalf of {EARTH}")
    p.add("left", "Transfer successful", status=j.status)
    prose(p, f"{EARTH} has sent you money for the Athangudi tiles of its earth houses.")
    tid = f"CF{j.date:%y%m%d}{digits(rng, 9)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.9)
    h273.field(p, "Transfer ID", tid, txn=(TXN_RANK, tid))
    h273.field(p, "Beneficiary", name, merchant=name)
    h273.field(p, "Amount", f"INR {num(j.amount)}", amount=j.amount)
    h273.field(p, "Transfer mode", "IMPS", method="netbanking")
    h273.field(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
    h273.field(p, "Processed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    p.add("small", "Please contact the sender for any questions about this transfer.")
    return p.done()


ADVICE_LAYOUTS = [
    _adv_poompuhar,
    _adv_pwd_fax,
    _adv_enet_pending,
    _adv_zoho_books,
    _adv_thiruppani_letter,
    _adv_teams,
    _adv_fedcorp_return,
    _adv_cashfree_payout,
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm, one layout a place (``ADVICE_LAYOUTS``): Poompuhar's
    payment advice under its Tamil name, the PWD's IFHRMS advice faxed, HDFC Bank ENet's RTGS pending with its
    checker, an architects' Zoho Books mail, a temple committee's letter in Tamil with no reference, an
    interiors company's Teams channel under "Today", FedCorp's NEFT returned and Cashfree Payouts' mail."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=15000, high=180000, p_round=0.5)
    return ADVICE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Brooklyn Floor & Tile Co.", "New York, USA", "USD", 800, 9000),
    ("Hackney Heritage Interiors Ltd.", "London, United Kingdom", "GBP", 500, 6000),
    ("Little India Home Studio Pte. Ltd.", "Singapore", "SGD", 900, 9000),
    ("Rumah Warisan Interiors Sdn. Bhd.", "Kuala Lumpur, Malaysia", "MYR", 3000, 30000),
    ("Harbour Terrazzo & Tile Pty Ltd", "Sydney, Australia", "AUD", 900, 9000),
    ("Atelier Carreaux du Sud SARL", "Marseille, France", "EUR", 600, 7000),
    ("Al Manara Interiors LLC", "Abu Dhabi, United Arab Emirates", "AED", 3000, 30000),
    ("Kachelwerk Zürich GmbH", "Zürich, Switzerland", "CHF", 700, 7000),
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or US$; pounds with GBP or the pound's sign;
    Singapore dollars with SGD or S$; ringgit with MYR or RM; Australian dollars with AUD or A$; euros the
    French way (4 250,00 EUR or 4 250,00 €); dirhams with AED; Swiss francs the Swiss way (CHF 2'150.00)."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    euro = "{f} \u20ac" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "{f} EUR"
    forms = {
        "USD": ["USD {v}", "US${v}"],
        "GBP": ["GBP {v}", pound],
        "SGD": ["SGD {v}", "S${v}"],
        "MYR": ["MYR {v}", "RM {v}"],
        "AUD": ["AUD {v}", "A${v}"],
        "EUR": ["{f} EUR", euro],
        "AED": ["AED {v}", "AED {v}"],
        "CHF": ["CHF {s}", "CHF {s}"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        french = english.replace(",", " ").replace(".", ",")
        return form.format(v=english, f=french, s=english.replace(",", "'"))

    return show


def _wire_chase(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Chase for Business with a wire in US dollars completed: Completed in a capsule; each value over its
    label: Amount, Recipient, Recipient bank, Send date (in words, month first), Wire reference and Fees."""
    p = browser_page(rng, font, "secure.chase.com/business/payments/wire/details")
    head_of(p, "Chase for Business", f"{payer}, {town}")
    p.add("left", "International wire details")
    h289.chip(p, "Completed", j.status, status=j.status)
    p.add("gap")
    ref = f"CHW{j.date:%y%m%d}{digits(rng, 7)}"
    name = h287.vname(p, [FIRM_CAPS, CUT])
    vlab(p, "Amount", show(j.amount), **sum_)
    vlab(p, "Recipient", name, merchant=name)
    vlab(p, "Recipient bank", "Indian Overseas Bank, Karaikudi", bold=False)
    vlab(p, "Send date", when(j.date, rng.choice(["%B {d}, %Y", "%b {d}, %Y"])), bold=False, date=j.date)
    vlab(p, "Wire reference", ref, bold=False, txn=(BANK_RANK, ref))
    vlab(p, "Fees", "Shared (SHA)", bold=False, method="netbanking")
    return p.done()


def _wire_barclays_pending(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Barclays' business banking with an international payment in pounds awaiting release: Awaiting release
    over a progress bar, a notice; Payment reference, Beneficiary, Amount, Payment date and Charges in dot
    leaders."""
    p = browser_page(rng, font, "business.barclays.co.uk/payments/international/status")
    head_of(p, "Barclays Business", f"{payer}, {town}")
    p.add("left", "International payment - Awaiting release", status=j.status)
    h294.progress(p, rng.uniform(0.4, 0.65), j.status)
    boxed(p, "A second approver needs to release this payment before it is sent.", "warn")
    ref = f"BRC{digits(rng, 10)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.55)
    at = 0.46
    dots(p, "Payment reference", ref, at=at, txn=(BANK_RANK, ref))
    dots(p, "Beneficiary", name, at=at, merchant=name)
    dots(p, "Amount", show(j.amount), at=at, **sum_)
    dots(p, "Payment date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %B %Y"])), at=at, date=j.date)
    dots(p, "Charges", "Shared (SHA)", at=at, method="netbanking")
    return p.done()


def _wire_ocbc(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """OCBC Velocity's telegraphic transfer in Singapore dollars: a scalloped badge, Transaction successful;
    Reference No., Beneficiary Name, Beneficiary Bank, Amount, Value Date and Charges, each label set against
    a gutter."""
    p = browser_page(rng, font, "velocity.ocbc.com/transfers/tt/acknowledgement")
    head_of(p, "OCBC Velocity", f"{payer}, {town}")
    h287.burst(p, j.status)
    p.add("center", "Transaction successful", status=j.status)
    p.add("gap")
    ref = f"OCBC{j.date:%y%m%d}{digits(rng, 6)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.55)
    at = 0.38
    gutter(p, "oc", "Reference No.", ref, at=at, txn=(BANK_RANK, ref))
    gutter(p, "oc", "Beneficiary Name", name, at=at, merchant=name)
    gutter(p, "oc", "Beneficiary Bank", "INDIAN OVERSEAS BANK", at=at)
    gutter(p, "oc", "Amount", show(j.amount), at=at, **sum_)
    gutter(p, "oc", "Value Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), at=at, date=j.date)
    gutter(p, "oc", "Charges", "SHA", at=at, method="netbanking")
    return p.done()


def _wire_maybank(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Maybank2u Biz' foreign telegraphic transfer in ringgit as a ticket: Successful, the sum and "to
    <payee>"; under the ticket's tear Reference number, Beneficiary bank, Date and Charges at the left and the
    right."""
    p = phone(rng, font, k, ["", "Maybank2u Biz"], dark=False, buttons=("Done",))
    band(p, (255, 200, 0), (20, 20, 20))
    app_head(p, "Maybank2u Biz", payer)
    t = h279.ticket_open(p)
    tick = sign(font, "\u2713", "")
    p.add("center", f"{tick} Successful".strip(), status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    tear = h279.ticket_tear(p)
    ref = f"M2U{digits(rng, 10)}"
    kvr(p, "Reference number", ref, txn=(BANK_RANK, ref))
    kvr(p, "Beneficiary bank", "Indian Overseas Bank")
    kvr(p, "Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), date=j.date)
    kvr(p, "Charges", "SHA", method="netbanking")
    h279.ticket_close(p, t, tear)
    return p.done()


def _wire_commbiz_fail(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """CommBiz with an international payment in Australian dollars unsuccessful under an octagon's cross:
    Payment unsuccessful, the reason in a notice; Payment ID, Payee, Amount, Payment date and Reason in a
    striped table under its heading band."""
    p = browser_page(rng, font, "www.commbiz.commbank.com.au/payments/international")
    head_of(p, "CommBiz", f"Commonwealth Bank  |  {payer}, {town}")
    h294.octa(p, j.status)
    p.add("center", "Payment unsuccessful", status=j.status)
    boxed(p, "The beneficiary bank could not apply this payment. The funds have been returned.", "error")
    ref = f"CBA{digits(rng, 11)}"
    name = h273.cell_name(p, 0.58, [FIRM_CAPS, CUT])
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    rows_ = [
        (["Payment ID", ref], {"txn": (BANK_RANK, ref)}),
        (["Payee", name], {"merchant": name}),
        (["Amount", show(j.amount)], dict(sum_)),
        (["Payment date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"]))], {"date": j.date}),
        (["Reason", "Beneficiary account closed"], {"method": "netbanking"}),
    ]
    zebra(p, "cb", spec, ["Payment details", ""], rows_, (24, 24, 24))
    return p.done()


def _wire_bnp_sentence(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """BNP Paribas' business banking with an international transfer in euros the French way told in a French
    sentence with no reference: Virement exécuté (transfer executed) on a tinted band; "Votre virement
    international de <sum> au profit de <payee> a été exécuté le <dd/mm/yyyy>." (your international transfer
    of <sum> in favour of <payee> was executed on <day>); Compte débité (account debited) and Frais
    (charges) at the left and the right."""
    p = browser_page(rng, font, "mabanque.bnpparibas/entreprises/virements/international")
    head_of(p, "BNP Paribas", f"Entreprises  |  {payer}, {town}")
    h269.strip(p, "Virement exécuté", j.status)
    p.add("gap")
    name = rng.choice([FIRM_CAPS, FIRM])
    prose(
        p,
        f"Votre virement international de {show(j.amount)} au profit de {name} a été exécuté le "
        f"{when(j.date, '%d/%m/%Y')}.",
        merchant=name,
        date=j.date,
        **sum_,
    )
    p.add("gap")
    kvr(p, "Compte débité", f"FR76 3000 4{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}")
    kvr(p, "Frais", "SHA (partagés)", method="netbanking")
    return p.done()


def _wire_adcb_today(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """ADCB's business app with an international transfer in dirhams under "Today, <hour>": a large round
    tick, Transfer successful, the sum, "to <payee>"; Reference, Charges and From account in dot leaders; a
    passing message that the receipt was saved; no day."""
    p = phone(rng, font, k, ["", "ADCB"], dark=False, buttons=("Share",))
    band(p, (180, 20, 30))
    app_head(p, "ADCB Business", payer)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Transfer successful", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    ref = f"ADCB{digits(rng, 10)}"
    at = 0.44
    dots(p, "Reference", ref, at=at, txn=(BANK_RANK, ref))
    dots(p, "Charges", "SHA (shared)", at=at, method="netbanking")
    dots(p, "From account", f"{masked(p.font, 4)}{digits(rng, 4)}", at=at)
    h275.toast(p, "Receipt saved to Downloads")
    return p.done()


def _wire_zkb(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Zürcher Kantonalbank's eBanking with a payment abroad in Swiss francs the Swiss way executed: Payment
    executed; labels small over their values two to a row (Reference and Amount, Beneficiary and Execution
    date, Charges and Debit account)."""
    p = browser_page(rng, font, "onba.zkb.ch/ebanking/payments/foreign")
    head_of(p, "Zürcher Kantonalbank", f"eBanking Business  |  {payer}")
    pill(p, "Payment executed", j.status, align="l")
    p.add("gap")
    ref = f"ZKB{j.date:%y%m%d}{code(rng, 6, ALNUM)}"
    two_up(p, "zk1", ("Reference", ref), ("Amount", show(j.amount)), txn=(BANK_RANK, ref), **sum_)
    name = fit(p, [FIRM_CAPS, CUT], 0.46, bold=True)
    two_up(
        p,
        "zk2",
        ("Beneficiary", name),
        ("Execution date", when(j.date, "%d.%m.%Y")),
        merchant=name,
        date=j.date,
    )
    two_up(
        p,
        "zk3",
        ("Charges", "SHA (shared)"),
        ("Debit account", f"CH{digits(rng, 2)} 0070 0{digits(rng, 3)} {digits(rng, 4)}"),
        method="netbanking",
    )
    return p.done()


WIRE_LAYOUTS = [
    _wire_chase,
    _wire_barclays_pending,
    _wire_ocbc,
    _wire_maybank,
    _wire_commbiz_fail,
    _wire_bnp_sentence,
    _wire_adcb_today,
    _wire_zkb,
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Interior studios, tile houses and architects abroad paying the firm for its tiles, one layout a place
    (``WIRE_LAYOUTS``): Chase's wire with its values over their labels, Barclays' payment awaiting release,
    OCBC Velocity against a gutter, Maybank2u Biz' ticket, CommBiz' payment unsuccessful, BNP Paribas' French
    sentence with no reference, ADCB's "Today" and Zürcher Kantonalbank's two to a row."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6)
    payer, city, cur, lo, hi_ = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    show = foreign(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    return WIRE_LAYOUTS[k](rng, font, k, j, payer, city.split(",")[0], show, sum_)


# ---------------------------------------------------------------- 4. the firm's own papers


CUSTOMERS = [
    "Mr. Ramanathan Chettiar",
    "Mrs. Visalakshi Alagappan",
    "Dr. S. Karthik",
    "Ms. Anitha Raghavan",
    "Mr. Joseph Arulraj",
    "Mrs. Meena Sundaram",
]
# what the Chithirai stall sells over its counter: name in a Tamil hand, price a piece (low, high)
STALL_GOODS = [
    ("டைல் கோஸ்டர் செட்", 240, 420),
    ("சுவர் அலங்கார டைல்", 180, 360),
    ("மாதிரி டைல் பெட்டி", 600, 900),
    ("கோலம் டைல் 8x8", 45, 60),
    ("மயில் பார்டர் டைல்", 70, 95),
]


def _own_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Chettinad Tile Mahal's TAX INVOICE under four Athangudi tiles, its Tamil name, its English, the
    motto and a row of border tiles: Invoice No. and Date at the left and the right, Buyer and Place of
    Supply; Sl. | Description | HSN | Sq.ft | Rate | Amount in a table ruled on every side with its Taxable
    value; CGST @ 9%, SGST @ 9% and Invoice Total at the left and the right; "Paid by UPI, UTR ..."; "நன்றி,
    மீண்டும் வருக!" (thank you, come again!)."""
    not_tuesday(j, rng)
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    emblem(p)
    ta(p, SHOP_TA, scale=1.05, bold=True)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", f"A unit of {FIRM_MS}  |  {SHOP_AT}")
    p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
    ta(p, MOTTO, scale=0.84, soft=True)
    tileband(p)
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"CTM/{fy(j.date)}/{rng.randrange(40, 990):04d}"
    cols(
        p,
        "oi0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Invoice No.: {ino}",
        f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    p.add("left", f"Buyer: {rng.choice(CUSTOMERS)}  |  Place of Supply: Tamil Nadu (33)")
    p.add("gap")
    rows_, taxable = [], 0.0
    for n_, (item, hsn, sqft, rate) in enumerate(tiles_sold(rng, rng.randrange(2, 4))):
        value = round(sqft * rate, 2)
        taxable += value
        rows_.append(([str(n_ + 1), SHORT[item], hsn, str(sqft), num(rate), num(value)], {}))
    grid(
        p,
        "oit",
        [
            (0.0, 0.07, "c"),
            (0.07, 0.44, "l"),
            (0.44, 0.55, "c"),
            (0.55, 0.64, "c"),
            (0.64, 0.8, "r"),
            (0.8, 1.0, "r"),
        ],
        ["Sl.", "Description", "HSN", "Sq.ft", "Rate", "Amount"],
        rows_,
        foot=(["Taxable value", num(taxable)], {}),
        tint=_tint(OCHRE, (255, 255, 255), 0.3),
    )
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    kvr(p, "CGST @ 9%", num(gst))
    kvr(p, "SGST @ 9%", num(gst))
    kvr(p, "Invoice Total (Rs.)", num(j.amount), amount=j.amount)
    p.add("gap")
    p.add("left", f"Paid by UPI, UTR {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    ta(p, "நன்றி, மீண்டும் வருக!  Thank you, visit again!", scale=0.9)
    return p.done()


def _own_chithirai_memo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Mahal's stall's cash bill at the Chithirai exhibition on the Tamukkam ground, photographed lying on
    an Athangudi floor: the Mahal's Tamil name over its English, "சித்திரைப் பொருட்காட்சி 2026 | தமுக்கம்
    மைதானம், மதுரை" and "ரொக்கப் பட்டியல்" (cash bill); தேதி / Date and பெயர் / Name written in this set's
    chequered fields; the coasters, plaques and tiles written in a Tamil hand with their sums on a ruled
    page, "மொத்தம்" (total); "ரொக்கமாகப் பெற்றோம்" (we received it in cash); no reference."""
    season(j, rng, CHITHIRAI, CHITHIRAI_DAYS)
    p = sheet(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(252, 249, 238), (248, 246, 236)])
    p.part = "head"
    ta(p, SHOP_TA, scale=1.05, bold=True)
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    ta(p, "சித்திரைப் பொருட்காட்சி 2026  |  தமுக்கம் மைதானம், மதுரை", scale=0.84)
    p.add("rule")
    ta(p, "ரொக்கப் பட்டியல்", bold=True)
    p.part = "body"
    at = 0.32
    tfield(p, "தேதி", "Date", when(j.date, "%d/%m/%Y"), pen=True, at=at, date=j.date)
    tfield(
        p,
        "பெயர்",
        "Name",
        tf_fit(p, [rng.choice(CUSTOMERS), "Dr. S. Karthik"], pen=True, at=at),
        pen=True,
        at=at,
    )
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for words_, lo, hi_ in rng.sample(STALL_GOODS, rng.randrange(2, 4)):
        q = rng.randrange(1, 4) if lo > 100 else rng.randrange(6, 25)
        rate = rng.randrange(lo, hi_ + 1, 5)
        total_ += q * rate
        thand(p, f"{words_} {q} x {rate}", figure=str(q * rate))
    j.amount = float(total_)
    thand(p, "மொத்தம்", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    thand(p, "ரொக்கமாகப் பெற்றோம்", method="cash", status=j.status)
    sig(p)
    p.add("right", f"for {SHOP}")
    on_floor(p)
    return p.done()


def _own_ccavenue_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """CCAvenue's checkout for the web shop with a credit card declined: the Mahal on top; a cross on a
    rounded tile, Transaction Declined, the reason in a notice; Order No. (the shop's own), CCAvenue Reference
    No., Amount, Payment mode and Date in dot leaders."""
    j.amount = float(rng.randrange(15, 180) * 100)
    p = browser_page(rng, font, "secure.ccavenue.com/transaction/status")
    p.part = "head"
    name = pick(p, "title", [SHOP, FIRM])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Payments by CCAvenue")
    p.add("rule")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Transaction Declined", status=j.status)
    boxed(
        p, "Your bank did not authorise this payment (OTP not entered). You have not been charged.", "error"
    )
    oid = f"TM{j.date:%y%m%d}{digits(rng, 4)}"
    ccref = digits(rng, 12)
    at = 0.48
    dots(p, "Order No.", oid, at=at, txn=(ORDER_RANK, oid))
    dots(p, "CCAvenue Reference No.", ccref, at=at, txn=(TXN_RANK, ccref))
    dots(p, "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    dots(
        p,
        "Payment mode",
        f"Credit Card ({rng.choice(['Visa', 'Mastercard', 'RuPay'])})",
        at=at,
        method="card",
    )
    dots(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _own_indiamart(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IndiaMART's mail of an order paid through Pay with IndiaMART settled to the firm: its sentence; each
    field in a pale tile two to a row (Seller and Order ID, Order value and Platform fee, Settlement amount
    and Settlement date, UTR and Mode)."""
    order = float(rng.randrange(40, 400) * 100)
    fee = round(order * 0.02, 2)
    j.amount = round(order - fee, 2)
    p = mail_page(
        rng,
        font,
        "IndiaMART <payments@indiamart.com>",
        ["Payment settled to your bank account", "Pay with IndiaMART: settlement"],
    )
    head_of(p, "IndiaMART", "Pay with IndiaMART  |  Seller settlement")
    p.add("left", "Payment settled", status=j.status)
    prose(p, "The buyer's payment for your order has been settled to your registered bank account.")
    p.add("gap")
    oid = f"IM{rng.randrange(10**8, 10**9)}"
    name = fit(p, [FIRM, SHORT_NAME], 0.44)
    tiles2(p, ("Seller", name), ("Order ID", oid), merchant=name, txn=(ORDER_RANK, oid))
    tiles2(p, ("Order value", f"Rs. {num(order)}"), ("Platform fee (2%)", f"Rs. {num(fee)}"))
    utr = utr_of(rng, j, "HDFC Bank", "NEFT")
    tiles2(
        p,
        ("Settlement amount", f"Rs. {num(j.amount)}"),
        ("Settlement date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        amount=j.amount,
        date=j.date,
    )
    tiles2(p, ("UTR", utr), ("Mode", "NEFT"), txn=(UTR_RANK, utr), method="netbanking")
    return p.done()


def _own_receipt_carbon(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The carbon copy of the firm's RECEIPT for a Chettinad mansion's floor, "ரசீது / RECEIPT", from its
    book under its Tamil name: No. struck in red; Date, Received with thanks from, the sum of Rupees, by
    (NEFT), UTR and towards written on dotted lines; Rs. written in a box; "for" the firm and its signature;
    what was written in the carbon's violet-blue."""
    j.amount = float(rng.randrange(20, 160) * 500)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    ta(p, FIRM_TA, scale=1.05, bold=True)
    name = pick(p, "title", [FIRM, FIRM_CAPS])
    top(p, name, merchant=name)
    p.add("small", f"{YARD_AT}")
    p.add("small", f"GSTIN {GSTIN}")
    tileband(p)
    ta(p, "ரசீது  /  RECEIPT", bold=True)
    p.part = "body"
    one_pen(p)
    h289.carbon(p)
    no_ = str(rng.randrange(300, 2600))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), date=j.date)
    filled(p, "Received with thanks from", rng.choice(["Sri Valliappa Mansion", "Alagappa Heritage Home"]))
    filled(p, "the sum of Rupees", f"{spelt(j.amount)} only")
    filled(p, "by", "NEFT", method="netbanking", status=j.status)
    utr = utr_of(rng, j, "Indian Overseas Bank", "NEFT")
    filled(p, "UTR", utr, txn=(UTR_RANK, utr))
    filled(p, "towards", "Advance for the hall's Athangudi floor")
    p.add("gap")
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.0, amount=j.amount)
    sig(p)
    p.add("right", f"for {FIRM}")
    return p.done()


def _own_khatabook(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Khatabook on the Chettinad Tile Mahal's phone, a customer's account under its "Today" divider: the
    Mahal under the app's bar, the customer over her number; the entry in a bubble ("Payment received", the
    sum, "Online - UPI | UPI Ref ...", the hour); Balance at the left and the right; no day."""
    p = phone(rng, font, k, ["", "Khatabook"], dark=False, buttons=("Send reminder",))
    band(p, (0, 94, 168))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "Khatabook", name, merchant=name)
    who = rng.choice(BUYERS)[0]
    p.add("center", who)
    p.add("small", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}")
    divider(p, "Today")
    p.add("gap")
    s = len(p.rows)
    p.add("left", "Payment received", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", f"Online - UPI  |  UPI Ref {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
    h273.bubble(p, s, hhmm(rng, lower=True))
    p.add("gap")
    kvr(p, "Balance", f"{rupee_of(p.font)}0  (Settled)")
    return p.done()


def _own_razorpay_link(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Razorpay payment link the Mahal sent for a sample box, its payment still processing: the Mahal on
    top, a spinner, Payment processing, the sum, a notice; Payment ID, Payment link, Method and Initiated on
    in dot leaders."""
    j.amount = float(rng.randrange(6, 80) * 100)
    p = browser_page(rng, font, "rzp.io/l/tilemahal-samples")
    p.part = "head"
    name = pick(p, "title", [SHOP, FIRM])
    top(p, name, merchant=name)
    p.add("small", f"Payment link  |  {WEB}")
    p.add("rule")
    p.part = "body"
    h279.spinner(p, AMBER)
    p.add("center", "Payment processing", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(p, "Your bank has not yet confirmed this payment. Please do not pay again.", "warn")
    pid = f"pay_{code(rng, 14, MIXED)}"
    at = 0.42
    dots(p, "Payment ID", pid, at=at, txn=(TXN_RANK, pid))
    dots(p, "Payment link", f"plink_{code(rng, 12, MIXED)}", at=at)
    dots(p, "Method", "UPI", at=at, method="UPI")
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _own_greenbar_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The firm's DELIVERY CHALLAN CUM TAX INVOICE for a Chennai builder's lorry load, printed by a dot-matrix
    printer on continuous stationery (pale green bands, sprocket holes): every line in the printer's face,
    the firm on top, Invoice No. and Date, Buyer and Lorry No.; the tiles with their square feet, rates and
    amounts; Taxable, CGST 9%, SGST 9% and GRAND TOTAL; "RECEIVED BY RTGS/NEFT UTR ... ON <dd/mm/yyyy>"."""
    p = sheet(rng, font, [760, 800])
    h275.greenbar(p)
    face = load_font(type_of(p), int(p.style["size"] * 0.88))
    w = min(76, int(room_of(p) / face.getlength("M")) - 1)
    typed(p, FIRM_CAPS.center(w).rstrip(), merchant=FIRM_CAPS)
    typed(p, "ATHANGUDI, KARAIKUDI TK. - 630102".center(w).rstrip())
    typed(p, f"GSTIN : {GSTIN}".center(w).rstrip())
    typed(p, "DELIVERY CHALLAN CUM TAX INVOICE".center(w).rstrip())
    typed(p, "-" * w)
    ino = f"SMV/{fy(j.date)}/{rng.randrange(100, 900)}"
    left_ = f"INVOICE NO : {ino}"
    typed(
        p,
        left_ + f"DATE : {when(j.date, '%d/%m/%Y')}".rjust(w - len(left_)),
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    buyer = "ANNAI BUILDERS, CHENNAI"
    lorry = f"TN63 {code(rng, 2, UPPER)} {digits(rng, 4)}"
    left_ = f"BUYER : {buyer}"
    typed(p, left_ + f"LORRY : {lorry}".rjust(w - len(left_)))
    typed(p, "-" * w)
    typed(p, f"{'DESCRIPTION':<26}{'SQFT':>8}{'RATE':>10}{'AMOUNT':>{w - 44}}")
    taxable = 0.0
    for item, _hsn, sqft, rate in tiles_sold(rng, rng.randrange(2, 4)):
        sqft = sqft * rng.randrange(4, 9)
        value = round(sqft * rate, 2)
        taxable += value
        typed(p, f"{SHORT[item].upper():<26}{sqft:>8}{rate:>10.2f}{value:>{w - 44},.2f}")
    typed(p, "-" * w)
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    for label_, v, facts in (
        ("TAXABLE VALUE", taxable, {}),
        ("CGST @ 9%", gst, {}),
        ("SGST @ 9%", gst, {}),
        ("GRAND TOTAL", j.amount, {"amount": j.amount}),
    ):
        typed(p, f"{label_:<30}{v:>{w - 30},.2f}", **facts)
    typed(p, "-" * w)
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Indian Overseas Bank", way)
    typed(
        p,
        f"RECEIVED BY {way} UTR {utr} ON {when(j.date, '%d/%m/%Y')}",
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    typed(p, "GOODS ONCE SOLD WILL NOT BE TAKEN BACK.   E.&O.E.")
    typed(p, f"{'FOR ' + FIRM_CAPS:>{w}}")
    return p.done()


OWN_LAYOUTS = [
    _own_invoice,
    _own_chithirai_memo,
    _own_ccavenue_fail,
    _own_indiamart,
    _own_receipt_carbon,
    _own_khatabook,
    _own_razorpay_link,
    _own_greenbar_invoice,
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its Chettinad Tile Mahal or itself on top, one layout a place (``OWN_LAYOUTS``):
    the Mahal's tax invoice under four Athangudi tiles, the Chithirai stall's cash bill in a Tamil hand on an
    Athangudi floor, CCAvenue's declined card, IndiaMART's settlement mail, the carbon copy of the firm's
    receipt, Khatabook under "Today", a Razorpay link's payment processing and the firm's invoice on
    continuous stationery."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=2500, high=60000)
    return OWN_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 5. the firm's suppliers


CEMENT = "SRI RAMANA CEMENT AGENCIES"
SAND = "SRI KARUPPAR SAND SUPPLY"
SAND_TA = "ஸ்ரீ கருப்பர் மணல் சப்ளை"
OXIDES = "VASANTH OXIDES & PIGMENTS"
GLASS = "KARAIKUDI GLASS HOUSE"
SMITH = "SRI MURUGAN ENGINEERING WORKS"
PRINTER = "SIVAKASI ARASAN OFFSET"
COURIER = "ST COURIER PVT LTD"


def _sup_cement(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Karaikudi cement dealer's TAX INVOICE for the grey and the white cement: Invoice No. and its earlier
    Invoice Date; Item | HSN | Bags | Rate | Amount on hairline rows; Taxable Value, CGST 9%, SGST 9% and
    Invoice Total at the left and the right; the firm's accountant's sticky note pressed on it ("Paid NEFT",
    the day, "UTR ...")."""
    p = sheet(rng, font, [840, 880])
    head_of(
        p,
        CEMENT,
        f"Dealers: Ramco and JK White cement  |  Sekkalai Road, Karaikudi - 630001  |  GSTIN {gstin_of(rng)}",
        merchant=CEMENT,
    )
    p.add("center", "TAX INVOICE")
    ino = f"SRCA/{fy(j.date)}/{rng.randrange(300, 4000)}"
    cols(
        p,
        "ce0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Invoice Date {j.other_day(rng, -20, -2)}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {FIRM_MS}, Athangudi")
    p.add("gap")
    goods = [
        ("Ramco Supergrade PPC, 50 kg", 330, 365),
        ("Ramco OPC 53 grade, 50 kg", 350, 390),
        ("JK White cement, 40 kg", 780, 860),
        ("Birla White cement, 40 kg", 790, 870),
    ]
    spec = [(0.0, 0.42, "l"), (0.42, 0.52, "c"), (0.52, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
    cols(p, "ceh", spec, "Item", "HSN", "Bags", "Rate", "Amount", mode="line")
    taxable = 0.0
    for name, lo, hi_ in rng.sample(goods, 2):
        bags, rate = rng.randrange(10, 80), float(rng.randrange(lo, hi_))
        taxable += bags * rate
        cols(p, "ceb", spec, name, "2523", str(bags), num(rate), num(bags * rate), mode="line")
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    kvr(p, "Taxable Value", num(taxable))
    kvr(p, "CGST @ 9%", num(gst))
    kvr(p, "SGST @ 9%", num(gst))
    kvr(p, "Invoice Total", f"Rs. {num(j.amount)}", amount=j.amount)
    utr = utr_of(rng, j, "Indian Overseas Bank", "NEFT")
    p.add("gap")
    h275.sticky(
        p,
        [
            ("Paid NEFT", {"method": "netbanking", "status": j.status}),
            (when(j.date, "%d/%m/%y"), {"date": j.date}),
            (f"UTR {utr}", {"txn": (UTR_RANK, utr)}),
        ],
    )
    return p.done()


def _sup_sand_chit(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A sand supplier's chit in a Tamil hand with no reference: his Tamil name over his English on the chit
    book's print; "தேதி" (date) and the day written; the loads of river sand and M-sand and the lorry's hire
    with their sums on a ruled page, "மொத்தம்" (total); "ரொக்கம் பெற்றுக்கொண்டேன்" (I received it in cash);
    his signature."""
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(250, 247, 236), (246, 243, 230)])
    p.part = "head"
    ta(p, SAND_TA, scale=1.1, bold=True)
    p.add("center", SAND, merchant=SAND)
    p.add("small", f"Devakottai Road, Karaikudi  |  Cell 94433{digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    thand(p, f"தேதி {when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}", date=j.date)
    thand(p, "முத்து விநாயகர் டைல்ஸ், ஆத்தங்குடி")
    p.add("gap")
    start = len(p.rows)
    goods = [("ஆற்று மணல் லோடு", 4200, 5600), ("M-sand லோடு", 3200, 4200), ("ஜல்லி லோடு", 2800, 3600)]
    total_ = 0
    for name, lo, hi_ in rng.sample(goods, rng.randrange(1, 3)):
        q, rate = rng.randrange(1, 4), rng.randrange(lo, hi_, 100)
        total_ += q * rate
        thand(p, f"{name} {q} x {rate}", figure=str(q * rate))
    hire = rng.randrange(4, 12) * 100
    total_ += hire
    thand(p, "லாரி வாடகை", figure=str(hire))
    j.amount = float(total_)
    thand(p, "மொத்தம்", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    thand(p, "ரொக்கம் பெற்றுக்கொண்டேன்", method="cash", status=j.status)
    sig(p)
    return p.done()


def _sup_oxide_statement(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Chennai oxide dealer's mail with its statement of account, the payment's credit row marked with a
    highlighter: the dealer on top; its thanks; Statement of account and its period; Date | Particulars |
    Debit | Credit on hairline rows (Opening balance, To Sales - <invoice>, By NEFT - <utr>); Closing
    balance."""
    p = mail_page(
        rng,
        font,
        f"{OXIDES} <accounts@vasanthoxides.in>",
        ["Payment received - statement of account", "Thank you for your payment"],
    )
    head_of(
        p,
        OXIDES,
        "Iron oxide red, yellow, black and green pigments  |  Mint Street, Chennai - 600079",
        merchant=OXIDES,
    )
    p.add("left", "Dear Sir,")
    prose(
        p, "Thank you for your payment. Please find your statement of account with us below.", status=j.status
    )
    begin = dt.date(j.date.year if j.date.month >= 4 else j.date.year - 1, 4, 1)
    p.add("center", f"Statement of account - {FIRM}")
    p.add("small", f"{when(begin, '{d} %b %Y')} to {when(j.date, '{d} %b %Y')}")
    inv_day = j.date - dt.timedelta(days=rng.randrange(8, 40))
    if inv_day < begin:
        inv_day = begin
    opening = float(rng.randrange(0, 30, 5) * 100)
    ino = f"VOP/{rng.randrange(100, 999)}"
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Indian Overseas Bank", way)
    spec = [(0.0, 0.16, "l"), (0.16, 0.62, "l"), (0.62, 0.81, "r"), (0.81, 1.0, "r")]
    cols(p, "osh", spec, "Date", "Particulars", "Debit", "Credit", mode="line")
    cols(p, "osb", spec, when(begin, "%d-%m-%y"), "Opening balance", num(opening), "", mode="line")
    cols(
        p,
        "osb",
        spec,
        when(inv_day, "%d-%m-%y"),
        f"To Sales - {ino}",
        num(j.amount - opening),
        "",
        mode="line",
    )
    cols(
        p,
        "osb",
        spec,
        when(j.date, "%d-%m-%y"),
        f"By {way} - {utr}",
        "",
        num(j.amount),
        mode="line",
        date=j.date,
        txn=(UTR_RANK, utr),
        method="netbanking",
        amount=j.amount,
    )
    h273.hilite(p)
    kvr(p, "Closing balance", "0.00 (Nil)")
    p.add("gap")
    p.add("left", f"Regards, Accounts, {OXIDES.title()}")
    return p.done()


def _sup_ofbusiness_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """OfBusiness' order of iron oxide with its payment failed under a red ribbon: its sentence, a notice;
    each field in a pale tile two to a row (Order ID and Sold by, Amount and Payment mode, Attempted on)."""
    j.amount = rupees(rng, 4000, 32000, 0.3)
    p = phone(rng, font, k, ["", "OfBusiness"], dark=False, buttons=("Retry payment",))
    band(p, (0, 86, 166))
    app_head(p, "OfBusiness", "Raw material orders")
    h275.ribbon(p, "PAYMENT FAILED", RED)
    p.add("gap")
    p.add("center", "Your payment could not be completed", status=j.status)
    boxed(p, "Your bank declined the net banking payment. The order is on hold for 24 hours.", "error")
    oid = f"OFB{rng.randrange(10**7, 10**8)}"
    seller = rng.choice(["Sri Kumaran Chemicals", "Kumaran Chemicals"])
    tiles2(p, ("Order ID", oid), ("Sold by", seller), txn=(ORDER_RANK, oid), merchant=seller)
    tiles2(
        p,
        ("Amount", sum_of(p, j.amount)),
        ("Payment mode", "Net Banking"),
        amount=j.amount,
        method="netbanking",
    )
    tiles2(
        p,
        ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        ("Order status", "On hold"),
        date=j.date,
    )
    return p.done()


def _sup_st_courier(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ST Courier's booking receipt torn from its franchise counter's roll: the company and the counter,
    BOOKING RECEIPT; DATE, CN NO, FROM, TO, PCS, WEIGHT, FREIGHT, GST 18% and TOTAL in the printer's face,
    each label padded to its colon; PAID BY : UPI and its UPI REF."""
    j.amount = 0.0
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", COURIER, merchant=COURIER)
    p.add("small", "KARAIKUDI - 100 FEET ROAD FRANCHISE")
    p.add("center", "BOOKING RECEIPT")
    p.part = "body"
    p.add("rule")
    weight = round(rng.uniform(2, 18), 1)
    freight = float(rng.randrange(18, 90) * 10)
    gst = round(freight * 0.18, 2)
    j.amount = round(freight + gst, 2)
    lines = [
        ("DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
        ("CN NO", f"KKD{digits(rng, 9)}", {}),
        ("FROM", "KARAIKUDI", {}),
        ("TO", rng.choice(["CHENNAI 600028", "BENGALURU 560011", "COIMBATORE 641002"]), {}),
        ("PCS", str(rng.randrange(1, 4)), {}),
        ("WEIGHT", f"{weight} KG", {}),
        ("FREIGHT", num(freight), {}),
        ("GST 18%", num(gst), {}),
        ("TOTAL", f"Rs.{num(j.amount)}", {"amount": j.amount}),
        ("PAID BY", "UPI", {"method": "UPI", "status": j.status}),
        ("UPI REF", j.ref, {"txn": (UTR_RANK, j.ref)}),
    ]
    for label_, value, facts in lines:
        typed(p, f"{label_:<8}: {value}", **facts)
    p.add("rule")
    p.add("small", "CN NO. IS NOT A RECEIPT FOR PAYMENT DISPUTES")
    h269.torn(p)
    return p.done()


def _sup_refrens_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The glass house's invoice page from Refrens with the payment for the glass plates processing: the glass
    house on top, its invoice's number; a spinner, Payment processing, the sum; each field in a pale tile two
    to a row (Payment ID and Method, Amount and Initiated on)."""
    p = browser_page(rng, font, "www.refrens.com/app/invoice/pay")
    head_of(p, GLASS, "Float glass, 5 mm and 6 mm plates for tile moulds  |  Karaikudi", merchant=GLASS)
    ino = f"KGH/{fy(j.date)}/{rng.randrange(40, 400)}"
    p.add("center", f"Invoice {ino}", txn=(INVOICE_RANK, ino))
    h279.spinner(p, AMBER)
    p.add("center", "Payment processing", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", "We will update the invoice once the bank confirms this payment.")
    p.add("gap")
    pid = f"RFP{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
    tiles2(p, ("Payment ID", pid), ("Method", "Net Banking"), txn=(TXN_RANK, pid), method="netbanking")
    tiles2(
        p,
        ("Amount", f"INR {num(j.amount)}"),
        ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        date=j.date,
    )
    return p.done()


def _sup_smith_bill(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The stencil smith's bill from his bill book with its Date left blank: his name printed on top; Bill No.
    struck in red, Date (nothing written after it) and M/s written on dotted lines; the brass stencils and the
    moulds written by hand in its ruled columns, the Total; "Recd. by GPay, Ref ..." written under it and
    checked off."""
    p = sheet(rng, font, [720, 760])
    head_of(
        p,
        SMITH,
        "Brass stencils and steel moulds for Athangudi tiles  |  Kallukatti, Karaikudi",
        merchant=SMITH,
    )
    p.add("center", "BILL")
    one_pen(p)
    no_ = str(rng.randrange(100, 999))
    h279.redno(p, "Bill No.", no_, txn=(INVOICE_RANK, no_))
    filled(p, "Date", "")
    filled(p, "M/s", "Muthu Vinayagar Tiles, Athangudi")
    spec = [(0.0, 0.52, "l"), (0.52, 0.74, "r"), (0.74, 1.0, "r")]
    p.add("gap")
    start = len(p.rows)
    goods = [
        ("Brass stencil, star 10x10", 1400, 2200),
        ("Brass stencil, lotus 12x12", 1800, 2800),
        ("Steel mould frame 8x8", 650, 950),
        ("Stencil re-soldering", 150, 300),
    ]
    total_ = 0
    for name, lo, hi_ in rng.sample(goods, 3):
        q, rate = rng.randrange(1, 5), rng.randrange(lo, hi_, 50)
        total_ += q * rate
        h273.hcells(p, spec, name, f"{q} x {rate}", str(q * rate), scale=1.05)
    j.amount = float(total_)
    h273.hcells(p, spec, "Total", "", f"{total_}/-", scale=1.05, amount=j.amount)
    ledger(p, start, [0.52, 0.74])
    p.add("gap")
    hand(p, f"Recd. by GPay, Ref {j.ref}", txn=(UTR_RANK, j.ref), method="UPI", status=j.status)
    h273.tick(p)
    p.add("gap")
    sig(p)
    return p.done()


def _sup_tally_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Sivakasi printer's RECEIPT VOUCHER printed from Tally for the catalogues and the cartons: the printer
    on top; No. and Dated at the left and the right; "Received with thanks from M/s <firm> the sum of Rupees
    ... only by NEFT, UTR ... against our Bill No. ..."; Rs. printed in a box; Authorised Signatory."""
    p = sheet(rng, font, [820, 860])
    head_of(
        p,
        PRINTER,
        f"Offset printers and carton makers  |  Velayuthapuram, Sivakasi - 626123  |  GSTIN {gstin_of(rng)}",
        merchant=PRINTER,
    )
    p.add("center", "RECEIPT VOUCHER")
    vno = str(rng.randrange(40, 600))
    cols(
        p,
        "tr0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"No.: {vno}",
        f"Dated: {day_as(j, rng, ['{d}-%b-%Y', '%d-%m-%Y'])}",
        txn=(INVOICE_RANK, vno),
        date=j.date,
    )
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Indian Overseas Bank", way)
    bno = f"SAO/{fy(j.date)}/{rng.randrange(100, 900)}"
    prose(
        p,
        f"Received with thanks from {FIRM_MS}, Athangudi, the sum of Rupees {spelt(j.amount)} only by {way}, "
        f"UTR {utr}, against our Bill No. {bno} for catalogues and export cartons.",
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    p.add("gap")
    h271.amtbox(p, "Rs.", num(j.amount), by_hand=False, at=0.0, amount=j.amount)
    p.add("gap")
    p.add("right", f"for {PRINTER}")
    p.add("gap")
    p.add("right", "Authorised Signatory")
    return p.done()


SUPPLIER_LAYOUTS = [
    _sup_cement,
    _sup_sand_chit,
    _sup_oxide_statement,
    _sup_ofbusiness_fail,
    _sup_st_courier,
    _sup_refrens_pending,
    _sup_smith_bill,
    _sup_tally_receipt,
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper, one layout a place (``SUPPLIER_LAYOUTS``): the
    cement dealer's invoice with the accountant's sticky note, the sand supplier's chit in a Tamil hand, the
    oxide dealer's statement of account, OfBusiness' failed order, ST Courier's torn roll, the glass house's
    Refrens page processing, the stencil smith's bill with its Date left blank and the Sivakasi printer's
    receipt voucher."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=2000, high=90000)
    return SUPPLIER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 6. the firm paying its suppliers


CARRIER = "Sri Andavar Lorry Service"
DCCB = "THE SIVAGANGA DISTRICT CENTRAL CO-OP. BANK LTD."
DCCB_TA = "சிவகங்கை மாவட்ட மத்திய கூட்டுறவு வங்கி"


def _pay_indoasis(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Indian Bank's IndOASIS with a NEFT to the cement dealer: a tick on a rounded tile, Transaction
    Successful, the sum; each value over its label: Beneficiary, UTR No., Date and Debited from."""
    p = phone(rng, font, k, ["", "IndOASIS"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 71, 146))
    app_head(p, "IndOASIS", "Indian Bank  |  Fund Transfer - NEFT")
    h287.tile(p, j.status)
    p.add("center", "Transaction Successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "Indian Bank", "NEFT")
    name = h287.vname(p, [CEMENT, "SRI RAMANA CEMENT AGEN"])
    vlab(p, "Beneficiary", name, merchant=name)
    vlab(p, "UTR No.", utr, bold=False, txn=(UTR_RANK, utr))
    vlab(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (", ",)), bold=False, date=j.date)
    vlab(p, "Debited from", f"SB A/c XXXXXX{digits(rng, 4)}", bold=False, method="netbanking")
    return p.done()


def _pay_kvb_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """KVB DLite Business' IMPS to the glass house failed under a scalloped badge's cross: Transaction
    Failed, the sum, "to <payee>", the reason in a notice; labels small over their values two to a row (IMPS
    Ref No. and Date, To A/c and Reason)."""
    p = phone(rng, font, k, ["", "DLite"], dark=False, buttons=("Retry",))
    band(p, (0, 100, 60))
    app_head(p, "KVB DLite Business", "IMPS")
    h287.burst(p, j.status)
    p.add("center", "Transaction Failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {GLASS}", "to Karaikudi Glass House"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p, "The beneficiary bank is not responding. Any amount debited will be reversed in 1-2 days.", "error"
    )
    two_up(
        p,
        "kf1",
        ("IMPS Ref No.", j.ref),
        ("Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",))),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    two_up(
        p, "kf2", ("To A/c", f"XXXXXXX{digits(rng, 4)}"), ("Reason", "Bene bank offline"), method="netbanking"
    )
    return p.done()


def _pay_cub_rtgs(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """City Union Bank's CUB All in One with an RTGS to the oxide dealer under process: an hourglass on a
    rounded tile, RTGS under process, the sum; its stages across the page (Submitted, Debited, Sent to RBI,
    Credited); Reference No., Beneficiary, Date and Debit A/c in dot leaders."""
    j.amount = rupees(rng, 210000, 480000, 0.5)
    p = phone(rng, font, k, ["", "CUB All in One"], dark=False, buttons=("Done",))
    band(p, (0, 60, 120))
    app_head(p, "CUB All in One", "City Union Bank  |  RTGS")
    h287.tile(p, j.status)
    p.add("center", "RTGS under process", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    h289.steps(p, ["Submitted", "Debited", "Sent to RBI", "Credited"], 2, j.status)
    p.add("gap")
    ref = f"CUBR{j.date:%y%m%d}{digits(rng, 6)}"
    at = 0.42
    name = fit(p, [OXIDES, "VASANTH OXIDES"], 0.55)
    dots(p, "Reference No.", ref, at=at, txn=(BANK_RANK, ref))
    dots(p, "Beneficiary", name, at=at, merchant=name)
    dots(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (", ",)), at=at, date=j.date)
    dots(p, "Debit A/c", f"CA XXXX{digits(rng, 4)}", at=at, method="netbanking")
    return p.done()


def _pay_dccb_form(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Sivaganga District Central Co-operative Bank's RTGS / NEFT application under its Tamil name, the
    customer's copy filled in by hand: RTGS and NEFT with NEFT ticked; this set's chequered fields written in
    (தேதி / Date, பயனாளி / Beneficiary, கணக்கு எண் / A/c No., IFSC, தொகை / Amount Rs., அனுப்புநர் /
    Remitter); the branch's rectangular stamp with its day; "Sent, UTR ..." written under it by its clerk."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    ta(p, DCCB_TA, bold=True)
    name = pick(p, "center", [DCCB, "THE SIVAGANGA D.C.C. BANK LTD."])
    p.add("center", name)
    p.add("small", "Karaikudi Branch  |  RTGS / NEFT APPLICATION - CUSTOMER COPY")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    h269.ticks(p, ["RTGS", "NEFT"], 1, method="netbanking")
    p.add("gap")
    fields = [
        ("தேதி", "Date"),
        ("பயனாளி", "Beneficiary"),
        ("கணக்கு எண்", "A/c No."),
        ("IFSC", "IFSC"),
        ("தொகை", "Amount Rs."),
        ("அனுப்புநர்", "Remitter"),
    ]
    at = tf_at(p, fields)
    payee = tf_fit(p, [SMITH, "Sri Murugan Engg. Works"], pen=True, at=at)
    tfield(p, *fields[0], when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), pen=True, at=at, date=j.date)
    tfield(p, *fields[1], payee, pen=True, at=at, merchant=payee)
    tfield(p, *fields[2], digits(rng, 14), pen=True, at=at)
    tfield(p, *fields[3], f"CIUB000{digits(rng, 4)}", pen=True, at=at)
    tfield(p, *fields[4], f"{num(j.amount)}", pen=True, at=at, amount=j.amount)
    tfield(p, *fields[5], tf_fit(p, [FIRM, SHORT_NAME], pen=True, at=at), pen=True, at=at)
    h271.rstamp(p, ["SIVAGANGA DCCB", when(j.date, "%d %b %Y").upper(), "KARAIKUDI BR."], "blue", at=0.62)
    utr = utr_of(rng, j, "Sivaganga DCCB", "NEFT")
    hand(p, f"Sent, UTR {utr}", txn=(UTR_RANK, utr), status=j.status)
    return p.done()


def _pay_yono_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """YONO Business' IMPS to the transporter under "Today, <hour>": Success in a capsule, the sum, "to
    <payee>"; IMPS Ref No., Beneficiary A/c, Remarks and Debit A/c in a striped table; no day."""
    p = phone(rng, font, k, ["", "YONO Business"], dark=False, buttons=("Share",))
    band(p, (40, 0, 110))
    app_head(p, "YONO Business", "State Bank of India")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    pill(p, "Success", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {CARRIER}", f"to {CARRIER.upper()}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    rows_ = [
        (["IMPS Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
        (["Beneficiary A/c", f"XXXXXX{digits(rng, 4)}"], {}),
        (["Remarks", rng.choice(["Lorry hire Chennai", "Freight Madurai"])], {}),
        (["Debit A/c", f"CA XXXX{digits(rng, 4)}"], {"method": "netbanking"}),
    ]
    zebra(p, "yo", spec, ["IMPS details", ""], rows_, (40, 0, 110))
    return p.done()


def _pay_gpay_chat(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Google Pay's chat with the stencil smith under its day divider with no reference: the smith on top; his
    message "அண்ணா, அச்சு பில் அனுப்பியிருக்கேன்" (brother, I have sent the stencil bill); the firm's payment
    card with the sum, Paid and the hour; his reply "கிடைச்சது, நன்றி" (received, thanks)."""
    j.amount = float(rng.randrange(8, 90) * 100)
    smith = rng.choice(["Murugan Engg Works", "Murugan Stencil"])
    p = phone(rng, font, k, [smith], dark=False, buttons=())
    band(p, (26, 115, 232))
    p.part = "head"
    p.add("title", smith, merchant=smith)
    p.add("small", f"+91 94431 {digits(rng, 5)}")
    p.add("gap")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b %Y"])), date=j.date)
    p.add("gap")
    first, second, third = hours(rng, 3)
    s = len(p.rows)
    ta(p, "அண்ணா, அச்சு பில் அனுப்பியிருக்கேன்", align="l")
    h273.bubble(p, s, first)
    p.add("gap")
    c = h275.gcard_open(p)
    h275.inrow(p, f"Payment to {smith.split()[0]}", soft=True)
    h275.inrow(p, sum_of(p, j.amount), scale=1.3, bold=True, amount=j.amount)
    h275.inrow(p, f"Paid  {second}", status=j.status, method="UPI")
    h275.gcard_close(p, c)
    p.add("gap")
    s = len(p.rows)
    ta(p, "கிடைச்சது, நன்றி", align="l")
    h273.bubble(p, s, third)
    return p.done()


def _pay_kotak_biz(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Kotak's Biz app with a NEFT to the Sivakasi printer: Transfer successful and the sum on a tinted panel;
    a copyable UTR; Beneficiary, Account, Date and Remarks on hairline rows."""
    p = phone(rng, font, k, ["", "Kotak Biz"], dark=False, buttons=("Done",))
    band(p, (0, 44, 92))
    app_head(p, "Kotak Biz", "Kotak Mahindra Bank  |  NEFT")
    panel(p, "Transfer successful", sum_of(p, j.amount), (0, 44, 92), amount=j.amount, status=j.status)
    p.add("gap")
    utr = utr_of(rng, j, "Kotak Mahindra Bank", "NEFT")
    copyrow(p, "UTR", utr, txn=(UTR_RANK, utr))
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "r")]
    name = fit(p, [PRINTER, "SIVAKASI ARASAN"], 0.6)
    cols(p, "kb", spec, "Beneficiary", name, mode="line", merchant=name)
    cols(p, "kb", spec, "Account", f"XXXXXXXX{digits(rng, 4)}", mode="line", method="netbanking")
    cols(
        p,
        "kb",
        spec,
        "Date",
        at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
        mode="line",
        date=j.date,
    )
    cols(p, "kb", spec, "Remarks", rng.choice(["Catalogues", "Export cartons"]), mode="line")
    return p.done()


def _pay_fednet_ack(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Federal Bank FedNet's Fund Transfer Acknowledgement for the cement dealer's RTGS or NEFT: its sentence;
    Reference No., Beneficiary Name, Beneficiary Account, IFSC, Amount, Transaction Date and Mode in a table
    ruled on every side."""
    p = browser_page(rng, font, "www.fednetbank.com/corp/FundTransfer/ack")
    head_of(p, "FedNet", "Federal Bank  |  Fund Transfer Acknowledgement")
    way = neft_or_rtgs(j.amount)
    p.add("left", "Your fund transfer request has been processed successfully.", status=j.status)
    p.add("gap")
    utr = utr_of(rng, j, "Federal Bank", way)
    name = h273.cell_name(p, 0.6, [CEMENT, "SRI RAMANA CEMENT AGEN"], scale=1.0)
    at = 0.38
    gkv(p, "fn", "Reference No.", utr, at=at, txn=(UTR_RANK, utr))
    gkv(p, "fn", "Beneficiary Name", name, at=at, merchant=name)
    gkv(p, "fn", "Beneficiary Account", f"XXXXXXXX{digits(rng, 4)}", at=at)
    gkv(p, "fn", "IFSC", f"IOBA000{digits(rng, 4)}", at=at)
    gkv(p, "fn", "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "fn", "Transaction Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"])), at=at, date=j.date)
    gkv(p, "fn", "Mode", way, at=at, method="netbanking")
    return p.done()


VENDOR_LAYOUTS = [
    _pay_indoasis,
    _pay_kvb_fail,
    _pay_cub_rtgs,
    _pay_dccb_form,
    _pay_yono_today,
    _pay_gpay_chat,
    _pay_kotak_biz,
    _pay_fednet_ack,
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks, one layout a place (``VENDOR_LAYOUTS``): IndOASIS' NEFT
    with its values over their labels, KVB DLite Business' failed IMPS two to a row, CUB's RTGS under process,
    the co-operative bank's application filled in by hand, YONO Business' "Today", Google Pay's chat with
    the stencil smith with no reference, Kotak Biz' panel and FedNet's acknowledgement."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=3000, high=150000)
    return VENDOR_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 7. the firm paying its makers


# the work in a Tamil hand: words, unit, rate (low, high); by the tile pressed, the colour poured, the day at
# the curing tanks and the tile polished and packed
WORK = [
    ("டைல் அச்சு அடித்தல்", "எண்", 4, 7),
    ("வண்ணம் ஊற்றுதல்", "எண்", 2, 4),
    ("தொட்டியில் கியூரிங்", "நாள்", 380, 480),
    ("பாலிஷ், பேக்கிங்", "எண்", 1, 3),
]


def _wage_account(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """A maker's wage account under "கூலிக் கணக்கு / WAGE ACCOUNT": பணியாளர் / Maker and மாதம் / Month
    written in this set's chequered fields; the tiles pressed, the colour poured and the days at the tanks in
    a Tamil hand with their counts, rates and sums, "மொத்தம்" (total); "UPI மூலம் கொடுத்தது, Ref ..." (paid
    by UPI) and "தேதி <day>" written under it; the proprietor's signature; the maker's thumb in the red oxide
    pressed at the foot."""
    p = sheet(rng, font, [720, 760])
    p.part = "head"
    ta(p, FIRM_TA, bold=True)
    p.add("center", FIRM)
    tileband(p)
    ta(p, "கூலிக் கணக்கு  /  WAGE ACCOUNT", bold=True)
    p.part = "body"
    at = 0.32
    tfield(p, "பணியாளர்", "Maker", maker, pen=True, at=at, merchant=maker)
    tfield(p, "மாதம்", "Month", j.month(), pen=True, at=at)
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for words_, unit, lo, hi_ in rng.sample(WORK, 3):
        q = rng.randrange(3, 7) if unit == "நாள்" else rng.randrange(120, 900, 10)
        rate = rng.randrange(lo, hi_ + 1, 10 if hi_ > 100 else 1)
        total_ += q * rate
        thand(p, f"{words_} {q} {unit} x {rate}", figure=str(q * rate))
    j.amount = float(total_)
    thand(p, "மொத்தம்", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    thand(p, f"UPI மூலம் கொடுத்தது, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    thand(p, f"தேதி {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    p.add("right", PROP)
    oxide_print(p)
    return p.done()


def _wage_pongal(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """A maker's Pongal advance in a Tamil hand in the week before Pongal under "பொங்கல் முன்பணம்" (Pongal
    advance): "பொங்கல் பண்டிகைக்காக / ரூ. x/- ரொக்கம் / முன்பணமாகப் பெற்றுக்கொண்டேன்." (I received Rs. x/-
    in cash as an advance for the Pongal festival) and "தேதி <day>"; the maker's signature and her name
    written under it; the file's punched holes; no reference."""
    season(j, rng, PONGAL - dt.timedelta(days=7), 7)
    j.amount = float(rng.choice([1000, 1500, 2000, 2500, 3000]))
    p = sheet(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(250, 249, 240), (247, 245, 234)])
    p.part = "head"
    ta(p, FIRM_TA, scale=0.95, bold=True)
    p.add("small", f"{FIRM}  |  Athangudi")
    p.add("rule")
    p.part = "body"
    thand(p, "பொங்கல் முன்பணம்", align="c", scale=1.2)
    p.add("gap")
    thand(p, "பொங்கல் பண்டிகைக்காக", scale=1.1)
    thand(p, f"ரூ. {num(j.amount, 'indian', 0)}/- ரொக்கம்", scale=1.1, amount=j.amount)
    thand(p, "முன்பணமாகப் பெற்றுக்கொண்டேன்.", scale=1.1, method="cash", status=j.status)
    p.add("gap")
    thand(p, f"தேதி {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    hand(p, maker, align="r", merchant=maker)
    h275.holes(p)
    return p.done()


def _wage_attendance(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """The firm's printed "வருகை மற்றும் கூலி அட்டை / ATTENDANCE & WAGE CARD" for a week under four
    Athangudi tiles: Name and Work; the tiles pressed each day Monday to Saturday in a table ruled on every
    side (Tuesday the yard's holiday) with the week's total; Rate per tile, Total wage, Paid by and UTR, Paid
    on at the left and the right; a box for the maker's signature or thumb."""
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    emblem(p)
    ta(p, FIRM_TA, bold=True)
    p.add("center", FIRM)
    ta(p, "வருகை மற்றும் கூலி அட்டை  /  ATTENDANCE & WAGE CARD", bold=True)
    p.part = "body"
    p.add("left", f"Name: {maker}", merchant=maker)
    p.add("left", "Work: Tile pressing (8 x 8 and 10 x 10)")
    p.add("gap")
    counts = [rng.randrange(180, 320, 5) for _ in range(5)]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    cells = [str(counts[0]), "hol.", *[str(c) for c in counts[1:]]]
    spec = [(0.0, 0.2, "l")] + [(0.2 + i * 0.1, 0.3 + i * 0.1, "c") for i in range(6)] + [(0.8, 1.0, "r")]
    grid(
        p,
        "at",
        spec,
        ["Day", *days, "Total"],
        [(["Tiles", *cells, str(sum(counts))], {})],
        tint=_tint(OCHRE, (255, 255, 255), 0.3),
    )
    p.add("gap")
    rate = rng.choice([4.5, 5.0, 5.5, 6.0])
    j.amount = round(sum(counts) * rate, 2)
    kvr(p, "Rate per tile", f"Rs. {rate:.2f}")
    kvr(p, "Total wage", f"Rs. {num(j.amount)}", amount=j.amount)
    utr = utr_of(rng, j, "Indian Overseas Bank", "NEFT")
    kvr(p, "Paid by", "NEFT", method="netbanking", status=j.status)
    kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
    kvr(p, "Paid on", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), date=j.date)
    h269.thumb(p, "Sign / LTI")
    return p.done()


def _wage_gpay_pending(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """Google Pay's payment to a maker processing: an hourglass on a rounded tile, Processing, the sum, "To
    <maker>", a notice; UPI transaction ID, Date, To and From, each label set against a gutter."""
    p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Done",))
    app_head(p, "Google Pay", "")
    h287.tile(p, j.status)
    p.add("center", "Processing", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"To {maker}", merchant=maker)
    boxed(p, "This payment is taking longer than usual. Don't pay again; we'll update you soon.", "warn")
    at = 0.4
    gutter(p, "gp", "UPI transaction ID", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gutter(p, "gp", "Date", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    handle = "".join(ch for ch in maker.lower() if ch.isalpha())[:10]
    gutter(p, "gp", "To", f"{handle}@okaxis", at=at)
    gutter(p, "gp", "From", f"IOB {masked(p.font)}{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _wage_pagarbook(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """PagarBook on the proprietor's phone, a maker's page under its "Today" divider: the maker on top over
    her work; Present days and Balance in tiles two to a row; the payment's entry in a rounded card
    (Payment, the sum, "Paid via UPI", its UPI Ref and the hour); no day."""
    p = phone(rng, font, k, ["", "PagarBook"], dark=False, buttons=("Add payment",))
    band(p, (0, 120, 200))
    app_head(p, "PagarBook", FIRM)
    p.add("center", maker, merchant=maker)
    p.add("small", "Colour pouring  |  per tile")
    tiles2(p, ("Present days", str(rng.randrange(14, 24))), ("Balance", f"{rupee_of(p.font)}0"))
    divider(p, "Today")
    p.add("gap")
    c = card_open(p)
    p.add("left", "Payment")
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", f"Paid via UPI  |  UPI Ref {j.ref}", status=j.status, method="UPI", txn=(UTR_RANK, j.ref))
    p.add("small", hhmm(rng, lower=True))
    card_close(p, c)
    return p.done()


def _wage_airtel_fail(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """Airtel Payments Bank's payment to a maker failed under a scalloped badge's cross: Payment failed, the
    sum, "to <maker>", a notice; Transaction ID, Date, Paid from and Reason on hairline rows."""
    p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Try again",))
    band(p, (224, 0, 32))
    app_head(p, "Airtel Payments Bank", "UPI")
    h287.burst(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {maker}", merchant=maker)
    boxed(p, "The receiver's bank declined the payment. Money debited, if any, returns in 48 hours.", "error")
    tid = f"APB{j.date:%y%m%d}{digits(rng, 9)}"
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    cols(p, "ap", spec, "Transaction ID", tid, mode="line", txn=(TXN_RANK, tid))
    cols(
        p,
        "ap",
        spec,
        "Date",
        at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)),
        mode="line",
        date=j.date,
    )
    cols(p, "ap", spec, "Paid from", f"Savings {masked(p.font)}{digits(rng, 4)}", mode="line", method="UPI")
    cols(p, "ap", spec, "Reason", "Beneficiary bank declined", mode="line")
    return p.done()


def _wage_payslip(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """Saral PayPack's payslip for the Mahal's counter: "Payslip for <month>"; labels small over their values
    two to a row (Employee and Employee No., Designation and Location); Earnings and Deductions in a striped
    table; Net Pay on a tinted panel; "Paid via NEFT on <dd/mm/yyyy>, UTR ..."."""
    p = sheet(rng, font, [820, 860])
    head_of(p, FIRM, f"{SHOP_AT}  |  Payslip generated by Saral PayPack")
    p.add("center", f"Payslip for {j.month()}")
    two_up(
        p, "ps1", ("Employee", COUNTER), ("Employee No.", f"SMV{rng.randrange(10, 60):03d}"), merchant=COUNTER
    )
    two_up(p, "ps2", ("Designation", "Sales Executive"), ("Location", SHOP))
    p.add("gap")
    basic = float(rng.randrange(90, 140) * 100)
    hra = float(rng.randrange(20, 40) * 100)
    conv = 1200.0
    pf = round(basic * 0.12, 0)
    pt = float(rng.choice([180, 208]))
    gross = basic + hra + conv
    j.amount = gross - pf - pt
    spec = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
    rows_ = [
        (["Basic", num(basic)], {}),
        (["House Rent Allowance", num(hra)], {}),
        (["Conveyance", num(conv)], {}),
        (["Gross earnings", num(gross)], {}),
        (["Less: Provident Fund", num(pf)], {}),
        (["Less: Professional Tax", num(pt)], {}),
    ]
    zebra(p, "ps", spec, ["Earnings and deductions", "Rs."], rows_, (120, 52, 40))
    p.add("gap")
    panel(p, "Net Pay", f"Rs. {num(j.amount)}", OXIDE, amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "Indian Overseas Bank", "NEFT")
    prose(
        p,
        f"Paid via NEFT on {when(j.date, '%d/%m/%Y')}, UTR {utr}",
        date=j.date,
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    p.add("small", "This is a computer generated payslip and needs no signature.")
    return p.done()


def _wage_typed_voucher(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """The firm's WAGE VOUCHER typed on its letterhead under a row of border tiles, every line in the
    typewriter's face (Voucher No., Date, Paid to, Work, Tiles, Rate, Amount, Paid by IMPS and its IMPS Ref);
    the maker's thumb in the red oxide pressed beside "Receiver"."""
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    ta(p, FIRM_TA, bold=True)
    name = pick(p, "title", [FIRM_CAPS, FIRM])
    top(p, name)
    p.add("small", YARD_AT)
    tileband(p)
    p.part = "body"
    p.add("center", "WAGE VOUCHER")
    tiles = rng.randrange(600, 1600, 10)
    rate = rng.choice([4.0, 4.5, 5.0, 5.5])
    j.amount = round(tiles * rate, 2)
    vno = f"WV/{fy(j.date)}/{rng.randrange(10, 400):03d}"
    w = 12
    lines = [
        ("Voucher No.", vno, {"txn": (INVOICE_RANK, vno)}),
        ("Date", when(j.date, "%d.%m.%Y"), {"date": j.date}),
        ("Paid to", maker, {"merchant": maker}),
        ("Work", "Colour pouring, lotus 12x12", {}),
        ("Tiles", str(tiles), {}),
        ("Rate", f"Rs. {rate:.2f} per tile", {}),
        ("Amount", f"Rs. {num(j.amount)}", {"amount": j.amount}),
        ("Paid by", "IMPS", {"method": "netbanking", "status": j.status}),
        ("IMPS Ref", j.ref, {"txn": (UTR_RANK, j.ref)}),
    ]
    for label_, value, facts in lines:
        typed(p, f"{label_:<{w}}: {value}", **facts)
    p.add("gap")
    cols(p, "wv", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Receiver", "for " + FIRM)
    oxide_print(p, "l")
    return p.done()


WAGE_LAYOUTS = [
    _wage_account,
    _wage_pongal,
    _wage_attendance,
    _wage_gpay_pending,
    _wage_pagarbook,
    _wage_airtel_fail,
    _wage_payslip,
    _wage_typed_voucher,
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its makers (by the tile pressed, the colour poured and the day at the tanks) and its
    staff, one layout a place (``WAGE_LAYOUTS``): a maker's wage account in a Tamil hand, a Pongal advance in
    a Tamil hand with no reference, the printed attendance and wage card, Google Pay's payment processing,
    PagarBook under "Today", Airtel Payments Bank's failure, Saral PayPack's payslip and the typed wage
    voucher."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1500, high=16000)
    maker = MAKERS[(k + rng.randrange(2)) % len(MAKERS)]
    return WAGE_LAYOUTS[k](rng, font, k, j, maker)


# ---------------------------------------------------------------- 8. fees, taxes and dues


PANCHAYAT = "Athangudi Village Panchayat"
PANCHAYAT_TA = "ஆத்தங்குடி ஊராட்சி"
TNPCB = "Tamil Nadu Pollution Control Board"
KARAIKUDI = "Karaikudi City Municipal Corporation"
KARAIKUDI_TA = "காரைக்குடி மாநகராட்சி"
EPFO = "Employees' Provident Fund Organisation"
TNLWB = "TAMIL NADU LABOUR WELFARE BOARD"
EXPO = "Madurai Chithirai Exhibition Committee"
EXPO_TA = "மதுரை சித்திரைப் பொருட்காட்சிக் குழு"
REGISTRATION = "Registration Department, Government of Tamil Nadu"


def _fee_house_tax(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Athangudi village panchayat's house tax e-receipt for the tile yard under its Tamil name: "பணம்
    செலுத்தப்பட்டது / Payment Successful"; this set's chequered fields: ரசீது எண் / Receipt No., வரி விதிப்பு
    எண் / Assessment No., உரிமையாளர் / Owner, அரையாண்டு / Half Year, தொகை / Amount, முறை / Mode,
    பரிவர்த்தனை எண் / Transaction ID, தேதி / Date; its QR code."""
    j.amount = float(rng.randrange(8, 60) * 50)
    p = browser_page(rng, font, "vptax.tnrd.tn.gov.in/receipt")
    p.part = "head"
    ta(p, PANCHAYAT_TA, scale=1.05, bold=True)
    name = pick(p, "title", [PANCHAYAT, PANCHAYAT.upper()])
    top(p, name, merchant=name)
    p.add("small", "Sakkottai Panchayat Union, Sivaganga District  |  House Tax e-Receipt")
    p.add("rule")
    p.part = "body"
    ta(p, "பணம் செலுத்தப்பட்டது  /  Payment Successful", bold=True, status=j.status)
    p.add("gap")
    fields = [
        ("ரசீது எண்", "Receipt No."),
        ("வரி விதிப்பு எண்", "Assessment No."),
        ("உரிமையாளர்", "Owner"),
        ("அரையாண்டு", "Half Year"),
        ("தொகை", "Amount"),
        ("முறை", "Mode"),
        ("பரிவர்த்தனை எண்", "Transaction ID"),
        ("தேதி", "Date"),
    ]
    at = tf_at(p, fields)
    rno = f"VP{j.date:%y}{digits(rng, 8)}"
    tid = f"TNRD{j.date:%y%m%d}{digits(rng, 8)}"
    half = "I (Apr - Sep)" if j.date.month in (4, 5, 6, 7, 8, 9) else "II (Oct - Mar)"
    tfield(p, *fields[0], rno, at=at, txn=(INVOICE_RANK, rno))
    tfield(p, *fields[1], f"ATG/{rng.randrange(100, 900)}/{rng.randrange(1, 9)}", at=at)
    tfield(p, *fields[2], tf_fit(p, [f"{PROP} (Prop.)", PROP], at=at), at=at)
    tfield(p, *fields[3], f"{fy(j.date)} - {half}", at=at)
    tfield(p, *fields[4], f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    tfield(p, *fields[5], "UPI", at=at, method="UPI")
    tfield(p, *fields[6], tid, at=at, txn=(TXN_RANK, tid))
    tfield(p, *fields[7], when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, date=j.date)
    h269.qr(p, f"{rno}|{tid}|{j.amount}", "r", 4)
    return p.done()


def _fee_tnpcb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """TNPCB's OCMMS e-receipt for the tile yard's consent renewal under an octagon's tick: Payment
    Successful; Receipt No., Unit Name, Category, Consent Type, Amount, Bank Ref. No., Payment Mode and
    Payment Date in dot leaders."""
    j.amount = float(rng.choice([1500, 2250, 3000, 4500, 6000]))
    p = browser_page(rng, font, "tnocmms.nic.in/OCMMS/payment/receipt")
    head_of(p, TNPCB, "Online Consent Management and Monitoring System (OCMMS)", merchant=TNPCB)
    h294.octa(p, j.status)
    p.add("center", "Payment Successful", status=j.status)
    p.add("gap")
    rno = f"TNPCB/SVG/{j.date:%y}/{rng.randrange(1000, 9999)}"
    bref = f"IOB{j.date:%y%m%d}{digits(rng, 7)}"
    at = 0.46
    dots(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    dots(p, "Unit Name", fit(p, [FIRM, SHORT_NAME], 0.5), at=at)
    dots(p, "Category", "Green (cement tiles)", at=at)
    dots(p, "Consent Type", "Renewal - CTO", at=at)
    dots(p, "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Bank Ref. No.", bref, at=at, txn=(BANK_RANK, bref))
    dots(p, "Payment Mode", "Net Banking", at=at, method="netbanking")
    dots(p, "Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=at, date=j.date)
    return p.done()


def _fee_urban_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """TN Urban e-Sevai's app with the Mahal's trade licence renewed under "Today, <hour>": the Karaikudi
    corporation under the app's bar, a scalloped badge's tick, Trade licence renewed, the sum; each value over
    its label: Transaction ID, Licence No. and Paid via; no day."""
    j.amount = float(rng.choice([1200, 1800, 2400, 3000, 3600]))
    p = phone(rng, font, k, ["", "TN Urban e-Sevai"], dark=False, buttons=("Download receipt",))
    band(p, (0, 102, 102))
    name = rng.choice([KARAIKUDI, KARAIKUDI.upper()])
    bar(p, "TN Urban e-Sevai", name, merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, j.status)
    p.add("center", "Trade licence renewed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"TNUES{digits(rng, 12)}"
    vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
    vlab(p, "Licence No.", f"KKD/TL/{rng.randrange(1000, 9999)}", bold=False)
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    return p.done()


def _fee_epfo_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """EPFO's ECR challan payment awaiting the bank: EPFO on top; Payment status: Awaiting confirmation from
    bank over a progress bar, a notice; TRRN, Establishment ID, Wage Month, Total Amount, Bank and Initiated
    on in a table ruled on every side."""
    j.amount = rupees(rng, 4000, 38000, 0.2)
    p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/challan/status")
    head_of(p, "EPFO", f"{EPFO}  |  Employer e-Sewa", merchant="EPFO")
    p.add("left", "Payment status: Awaiting confirmation from bank", status=j.status)
    h294.progress(p, rng.uniform(0.45, 0.7), j.status)
    boxed(p, "The challan will be marked paid once the bank confirms the debit. Do not pay it again.", "warn")
    trrn = f"{j.date:%y}{digits(rng, 11)}"
    at = 0.36
    gkv(p, "ep", "TRRN", trrn, at=at, txn=(INVOICE_RANK, trrn))
    gkv(p, "ep", "Establishment ID", f"TNMAD{digits(rng, 7)}000", at=at)
    gkv(p, "ep", "Wage Month", j.month(), at=at)
    gkv(p, "ep", "Total Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "ep", "Bank", "Indian Overseas Bank - Net Banking", at=at, method="netbanking")
    gkv(p, "ep", "Initiated on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _fee_tnlwb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Tamil Nadu Labour Welfare Board's receipt for the year's contribution paid in January: Receipt
    No., Establishment, Year, Employees, Employee Contribution, Employer Contribution, Total Amount, Payment
    Mode, Bank Ref. No. and Payment Date, each label set against a gutter."""
    season(j, rng, dt.date(2026, 1, 2), 29)
    n = rng.randrange(8, 24)
    j.amount = float(n * 60)
    p = browser_page(rng, font, "lwb.tn.gov.in/contribution/receipt")
    head_of(p, TNLWB, "Contribution receipt  |  Tamil Nadu Labour Welfare Fund Act, 1972", merchant=TNLWB)
    rno = f"LWB/{j.date:%Y}/{rng.randrange(10000, 99999)}"
    bref = f"IOB{j.date:%y%m%d}{digits(rng, 7)}"
    at = 0.4
    gutter(p, "lw", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gutter(p, "lw", "Establishment", fit(p, [FIRM, SHORT_NAME], 0.55), at=at)
    gutter(p, "lw", "Year", str(j.date.year - 1), at=at)
    gutter(p, "lw", "Employees", str(n), at=at)
    gutter(p, "lw", "Employee Contribution", f"Rs. {num(n * 20.0)}", at=at)
    gutter(p, "lw", "Employer Contribution", f"Rs. {num(n * 40.0)}", at=at)
    gutter(p, "lw", "Total Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount, status=j.status)
    gutter(p, "lw", "Payment Mode", "Net Banking", at=at, method="netbanking")
    gutter(p, "lw", "Bank Ref. No.", bref, at=at, txn=(BANK_RANK, bref))
    gutter(p, "lw", "Payment Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, date=j.date)
    return p.done()


def _fee_expo_letter(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Madurai Chithirai exhibition committee's stall letter typed in Tamil in the week before the
    exhibition with no reference: its Tamil name over its English and a row of border tiles; ந.க. எண் and
    நாள்; "பெறுநர், மேலாளர்," (To, the manager,) and the Mahal; பொருள்; "... தாங்கள் அரங்கு எண் <n>-க்கான
    வாடகைத் தொகை Rs. x/- <day> அன்று ரொக்கமாகச் செலுத்தியுள்ளீர்கள் ..." (you have paid the rent for stall
    no. <n>, Rs. x/-, in cash on <day>); the convener's signature over ஒருங்கிணைப்பாளர்."""
    season(j, rng, CHITHIRAI - dt.timedelta(days=8), 7)
    j.amount = float(rng.randrange(12, 40) * 500)
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    ta(p, EXPO_TA, scale=1.05, bold=True)
    name = pick(p, "center", [EXPO, EXPO.upper()])
    p.add("center", name, merchant=name)
    p.add("small", "Tamukkam Ground, Madurai - 625002")
    tileband(p)
    p.add("gap")
    p.part = "body"
    day = when(j.date, "%d-%m-%Y")
    ta(p, f"ந.க. எண்: சிபொ/{rng.randrange(100, 600)}/{j.date.year}          நாள்: {day}", align="l")
    p.add("gap")
    ta(p, "பெறுநர்,", align="l")
    ta(p, "மேலாளர்,", align="l")
    p.add("left", f"{SHOP}, Karaikudi")
    p.add("gap")
    stall = rng.randrange(10, 90)
    ta(p, "பொருள்: சித்திரைப் பொருட்காட்சி 2026 - அரங்கு வாடகை - தொடர்பாக.", align="l", bold=True)
    ta(p, "அய்யா,", align="l")
    ta_wrap(
        p,
        f"சித்திரைப் பொருட்காட்சி 2026-இல் தாங்கள் அரங்கு எண் {stall}-க்கான வாடகைத் தொகை "
        f"{whole_rs(j.amount)} {day} அன்று ரொக்கமாகச் செலுத்தியுள்ளீர்கள் என்பதைத் தெரிவித்துக் கொள்கிறோம்.",
        amount=j.amount,
        date=j.date,
        method="cash",
        status=j.status,
    )
    ta(p, "நன்றி,", align="l")
    p.add("gap")
    sig(p)
    ta(p, "ஒருங்கிணைப்பாளர்", align="r")
    return p.done()


def _fee_tnreginet_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """TNREGINET's e-payment for an encumbrance certificate of the yard's land failed: the Registration
    Department printed under the portal's name; a cross on a rounded tile, Transaction Failed, a notice;
    Application No., Service, Amount, Transaction ID, Payment mode and Date on hairline rows."""
    j.amount = float(rng.choice([200, 300, 400, 500, 1000]))
    p = browser_page(rng, font, "tnreginet.gov.in/portal/epayment/status")
    p.part = "head"
    p.add("title", "TNREGINET")
    name = fit(p, [REGISTRATION, "Registration Department, Tamil Nadu"], 1.0)
    p.add("small", name, merchant=name)
    p.add("rule")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Transaction Failed", status=j.status)
    boxed(p, "The bank did not confirm this payment. Any amount debited will be refunded in 7 days.", "error")
    tid = f"TNRG{j.date:%y%m%d}{digits(rng, 8)}"
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    cols(p, "tr", spec, "Application No.", f"EC/{rng.randrange(1000, 9999)}/{j.date.year}", mode="line")
    cols(p, "tr", spec, "Service", "Encumbrance Certificate", mode="line")
    cols(p, "tr", spec, "Amount", f"Rs. {num(j.amount)}", mode="line", amount=j.amount)
    cols(p, "tr", spec, "Transaction ID", tid, mode="line", txn=(TXN_RANK, tid))
    cols(p, "tr", spec, "Payment mode", "Net Banking", mode="line", method="netbanking")
    cols(
        p,
        "tr",
        spec,
        "Date",
        at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)),
        mode="line",
        date=j.date,
    )
    return p.done()


def _fee_esevai_roll(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """An Arasu e-Sevai centre's roll for the verification fee of the yard's platform scale: TAMIL NADU ARASU
    e-SEVAI and the centre; TXN ID, DATE, DEPARTMENT, SERVICE, APPLICANT, FEE, SERVICE CHARGE, TOTAL and MODE
    : CASH in the printer's face; its round seal."""
    fee = float(rng.choice([300, 450, 600, 900]))
    charge = 60.0
    j.amount = fee + charge
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", "TAMIL NADU ARASU e-SEVAI")
    p.add("small", "TALUK OFFICE, KARAIKUDI")
    p.add("center", "RECEIPT")
    p.part = "body"
    p.add("rule")
    tid = f"ES{j.date:%y%m%d}{digits(rng, 6)}"
    dept = "LEGAL METROLOGY"
    lines = [
        ("TXN ID", tid, {"txn": (TXN_RANK, tid)}),
        ("DATE", when(j.date, "%d-%m-%Y"), {"date": j.date}),
        ("DEPARTMENT", dept, {"merchant": dept}),
        ("SERVICE", "VERIFICATION (SCALE)", {}),
        ("APPLICANT", "SMV ATHANGUDI TILES", {}),
        ("FEE", num(fee), {}),
        ("SERVICE CHG", num(charge), {}),
        ("TOTAL", f"Rs.{num(j.amount)}", {"amount": j.amount}),
        ("MODE", "CASH", {"method": "cash", "status": j.status}),
    ]
    for label_, value, facts in lines:
        typed(p, f"{label_:<12}: {value}", **facts)
    p.add("rule")
    h269.seal(p, "ARASU e-SEVAI * KARAIKUDI *", [when(j.date, "%d %b %Y").upper()], "violet")
    return p.done()


FEE_LAYOUTS = [
    _fee_house_tax,
    _fee_tnpcb,
    _fee_urban_today,
    _fee_epfo_pending,
    _fee_tnlwb,
    _fee_expo_letter,
    _fee_tnreginet_fail,
    _fee_esevai_roll,
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, one layout a place (``FEE_LAYOUTS``): the village panchayat's house
    tax in chequered fields, TNPCB's consent fee in dot leaders, TN Urban e-Sevai's "Today", EPFO's challan
    awaiting the bank, the Labour Welfare Board's receipt against a gutter, the exhibition committee's letter
    in Tamil with no reference, TNREGINET's failure and the e-Sevai centre's roll."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=500, high=40000)
    return FEE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 9. insurers


NEW_INDIA = "The New India Assurance Co. Ltd."
TATA_AIG = "TATA AIG General Insurance Company Limited"
BAJAJ = "Bajaj Allianz General Insurance"
DIGIT = "Go Digit General Insurance Ltd."
ABHI = "Aditya Birla Health Insurance Co. Ltd."
SBI_LIFE = "SBI Life"
ICICI_LOMBARD = "ICICI Lombard General Insurance"
KOTAK_GI = "Kotak General Insurance"


def _ins_new_india(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The New India Assurance Company's PREMIUM RECEIPT for the tile yard's fire policy (Standard Fire and
    Special Perils, the sheds, the curing tanks and the stock): its sentence; Receipt No., Policy No.,
    Premium, CGST @ 9%, SGST @ 9%, Total Premium, Mode, UTR and Receipt Date, each label set against a gutter;
    the divisional office's round seal."""
    premium = float(rng.randrange(40, 260) * 50)
    gst = round(premium * 0.09, 2)
    j.amount = round(premium + 2 * gst, 2)
    p = sheet(rng, font, [820, 860])
    head_of(p, NEW_INDIA, "Divisional Office, Karaikudi - 630001  |  IRDAI Regn. No. 190", merchant=NEW_INDIA)
    p.add("center", "PREMIUM RECEIPT")
    prose(
        p,
        f"Received with thanks from {FIRM_MS} the premium for the Standard Fire and Special Perils policy of "
        "its tile yard at Athangudi.",
        status=j.status,
    )
    p.add("gap")
    rno = f"7513{j.date:%y}{digits(rng, 8)}"
    utr = utr_of(rng, j, "Indian Overseas Bank", "NEFT")
    at = 0.4
    gutter(p, "ni", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gutter(p, "ni", "Policy No.", f"75130011{j.date:%y}{digits(rng, 8)}", at=at)
    gutter(p, "ni", "Premium", num(premium), at=at)
    gutter(p, "ni", "CGST @ 9%", num(gst), at=at)
    gutter(p, "ni", "SGST @ 9%", num(gst), at=at)
    gutter(p, "ni", "Total Premium", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "ni", "Mode", "NEFT", at=at, method="netbanking")
    gutter(p, "ni", "UTR", utr, at=at, txn=(UTR_RANK, utr))
    gutter(p, "ni", "Receipt Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, date=j.date)
    h269.seal(p, "NEW INDIA ASSURANCE * D.O. KARAIKUDI *", ["DIVISIONAL", "OFFICE"], "violet")
    return p.done()


def _ins_tata_aig(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """TATA AIG's mail of the Mahal's shop policy renewed: its sentence; Policy No., Product, Premium (incl.
    GST), Payment Mode, UPI Ref No. and Payment Date in a table ruled on every side."""
    j.amount = rupees(rng, 3000, 16000, 0.2)
    p = mail_page(
        rng,
        font,
        "TATA AIG <customersupport@tataaig.com>",
        ["Your policy has been renewed", "Premium received - policy renewal"],
    )
    head_of(p, TATA_AIG, "Policy renewal", merchant=TATA_AIG)
    p.add("left", f"Dear {PROP},")
    prose(p, "We have received your premium and your shop policy has been renewed.", status=j.status)
    p.add("gap")
    at = 0.36
    gkv(p, "ta", "Policy No.", f"0{digits(rng, 9)}00", at=at)
    gkv(p, "ta", "Product", "Business Guard - Shop (Chettinad Tile Mahal)", at=at)
    gkv(p, "ta", "Premium (incl. GST)", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "ta", "Payment Mode", "UPI", at=at, method="UPI")
    gkv(p, "ta", "UPI Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gkv(p, "ta", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), at=at, date=j.date)
    p.add("small", "Your policy document is attached to this mail.")
    return p.done()


def _ins_bajaj_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bajaj Allianz' app with the lorry's motor policy renewal failed by card: a cross on a rounded tile,
    Payment failed, a notice; Policy No., Vehicle No., Premium, Transaction ID, Card and Attempted on in
    shaded labels."""
    j.amount = rupees(rng, 18000, 48000, 0.3)
    p = phone(rng, font, k, ["", "Caringly Yours"], dark=False, buttons=("Retry",))
    band(p, (0, 86, 164))
    bar(p, "Caringly Yours", BAJAJ, merchant=BAJAJ)
    h287.tile(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    boxed(p, "Your card issuer declined this payment. Your policy has not been renewed yet.", "error")
    tid = f"BA{j.date:%y%m%d}{digits(rng, 9)}"
    at = 0.38
    kv(p, "Policy No.", f"OG-{j.date:%y}-1902-1801-{digits(rng, 8)}", at=at)
    kv(p, "Vehicle No.", f"TN63 {code(rng, 2, UPPER)} {digits(rng, 4)}", at=at)
    kv(p, "Premium", sum_of(p, j.amount), at=at, amount=j.amount)
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Card", f"Debit {masked(p.font, 4)}{digits(rng, 4)}", at=at, method="card")
    kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _ins_digit_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Digit's group personal accident cover for the makers with its payment under process: its stages left
    to right (Paid, Bank confirmation, Policy issued), Payment under process, the sum, a notice; Proposal
    No., Transaction ID, Payment mode and Initiated on in dot leaders."""
    n = rng.randrange(8, 20)
    j.amount = round(n * rng.choice([354.0, 413.0, 472.0]), 2)
    p = browser_page(rng, font, "www.godigit.com/group-pa/payment/status")
    head_of(p, DIGIT, "Group Personal Accident  |  Payment status", merchant=DIGIT)
    h273.track(p, ["Paid", "Bank confirmation", "Policy issued"], "dp-")
    p.add("center", "Payment under process", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(p, f"Your cover for {n} members starts once your bank confirms the payment.", "warn")
    tid = f"DGT{j.date:%y%m%d}{digits(rng, 8)}"
    at = 0.44
    dots(p, "Proposal No.", f"D{digits(rng, 9)}", at=at)
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Payment mode", "Net Banking", at=at, method="netbanking")
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _ins_abhi_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Aditya Birla Health's app with the proprietor's family floater renewed under "Today, <hour>": the
    insurer under the app's bar, a scalloped badge's tick, Renewal successful, the sum; each value over its
    label: Policy No., Transaction ID, Paid via; no day."""
    j.amount = rupees(rng, 14000, 42000, 0.3)
    p = phone(rng, font, k, ["", "Activ Health"], dark=False, buttons=("Download policy",))
    band(p, (160, 30, 40))
    bar(p, "Activ Health", ABHI, merchant=ABHI)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, j.status)
    p.add("center", "Renewal successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"ABH{digits(rng, 12)}"
    vlab(p, "Policy No.", f"31-{j.date:%y}-{digits(rng, 7)}-00", bold=False)
    vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    return p.done()


def _ins_sbi_life_sms(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """SBI Life's SMS with no reference: "Dear Customer, premium of Rs.x for policy no. XXXX1234 has been
    received on <dd/mm/yyyy> through UPI. Thank you. -SBI Life"."""
    j.amount = rupees(rng, 6000, 48000, 0.4)
    text = (
        f"Dear Customer, premium of Rs.{num(j.amount)} for policy no. XXXX{digits(rng, 4)} has been received "
        f"on {when(j.date, '%d/%m/%Y')} through UPI. Thank you. -SBI Life"
    )
    p = sms_page(rng, font, "VM-SBILIF", text, j.date)
    p.add(
        "left",
        text,
        amount=j.amount,
        date=j.date,
        method="UPI",
        status=j.status,
        merchant=SBI_LIFE,
    )
    return p.done()


def _ins_icici_lombard(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ICICI Lombard's premium receipt for the Mahal's burglary policy in read-only fields: Receipt No.,
    Policy No., Premium (incl. GST), Payment Mode, Transaction Ref. and Receipt Date."""
    j.amount = rupees(rng, 2500, 12000, 0.2)
    p = browser_page(rng, font, "www.icicilombard.com/customer/receipts")
    head_of(p, ICICI_LOMBARD, "Premium receipt  |  Burglary - Chettinad Tile Mahal", merchant=ICICI_LOMBARD)
    p.add("left", "Premium received", status=j.status)
    rno = f"ILR{j.date:%y}{digits(rng, 9)}"
    tref = f"ILT{j.date:%y%m%d}{digits(rng, 8)}"
    h273.field(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    h273.field(p, "Policy No.", f"4016/{digits(rng, 8)}/00/000")
    h273.field(p, "Premium (incl. GST)", f"Rs. {num(j.amount)}", amount=j.amount)
    h273.field(p, "Payment Mode", "Net Banking", method="netbanking")
    h273.field(p, "Transaction Ref.", tref, txn=(TXN_RANK, tref))
    h273.field(p, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
    return p.done()


def _ins_kotak_ticket(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Kotak General Insurance's premium paid for the lorry driver's health cover as a ticket: Premium
    received and the sum over the tear; under it Policy No., Payment ID, Paid via and Date at the left and
    the right."""
    j.amount = rupees(rng, 4000, 18000, 0.3)
    p = browser_page(rng, font, "www.kotakgeneral.com/payment/receipt")
    head_of(p, KOTAK_GI, "Premium payment receipt", merchant=KOTAK_GI)
    t = h279.ticket_open(p)
    p.add("center", "Premium received", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    tear = h279.ticket_tear(p)
    pid = f"KGI{j.date:%y%m%d}{digits(rng, 7)}"
    kvr(p, "Policy No.", f"KGH{digits(rng, 10)}")
    kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
    kvr(p, "Paid via", "UPI", method="UPI")
    kvr(p, "Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
    h279.ticket_close(p, t, tear)
    return p.done()


INSURER_LAYOUTS = [
    _ins_new_india,
    _ins_tata_aig,
    _ins_bajaj_fail,
    _ins_digit_pending,
    _ins_abhi_today,
    _ins_sbi_life_sms,
    _ins_icici_lombard,
    _ins_kotak_ticket,
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or signing its message, one layout a place
    (``INSURER_LAYOUTS``): New India's receipt against a gutter with its seal, TATA AIG's mail ruled, Bajaj
    Allianz' failed card in shaded labels, Digit's payment under process, Aditya Birla Health's "Today", SBI
    Life's SMS with no reference, ICICI Lombard's read-only fields and Kotak General's ticket."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=1500, high=60000)
    return INSURER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("CHETTINAD TILE MAHAL", "100 FEET ROAD, KARAIKUDI", "ICICI BANK"),
    ("CHETTINAD TILE MAHAL - EXPO", "TAMUKKAM GROUND, MADURAI", "Paytm"),
    ("Sree Annapoorna Chettinad Mess", "Sekkalai Road, Karaikudi", ""),
    ("MEENAKSHI HARDWARES", "EAST MASI STREET, MADURAI", "Mswipe"),
    ("IRCTC", "Karaikudi Jn - Chennai Egmore", ""),
    ("KARAIKUDI ELECTRICALS", "Karaikudi", "HDFC Bank"),
    ("Pothys", "Karaikudi", "OneCard"),
    ("SRI ANDAVAR FUELS", "KARAIKUDI - DEVAKOTTAI ROAD", "IndianOil"),
]


def _card_icici(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """ICICI Bank's SALE slip at the Chettinad Tile Mahal typed in the terminal's face, each label at the left
    end of its line and its value at the right end: DATE, TIME, MID, TID, BATCH NO, INVOICE NO, CARD NO, CARD
    TYPE, RRN, APPR CODE; SALE AMOUNT; APPROVED, PIN VERIFIED OK."""
    not_tuesday(j, rng)
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"
    typed_ends(p, "DATE", when(j.date, "%d/%m/%Y"), date=j.date)
    typed_ends(p, "TIME", t)
    typed_ends(p, "MID", digits(rng, 15))
    typed_ends(p, "TID", digits(rng, 8))
    typed_ends(p, "BATCH NO", f"{rng.randrange(1, 999):06d}")
    typed_ends(p, "INVOICE NO", inv, txn=(INVOICE_RANK, inv))
    typed_ends(p, "CARD NO", f"XXXX XXXX XXXX {last4}", method="card")
    typed_ends(p, "CARD TYPE", scheme)
    typed_ends(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
    typed_ends(p, "APPR CODE", appr, txn=(APPR_RANK, appr))
    p.add("rule")
    typed_ends(p, "SALE AMOUNT", f"INR {num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "PIN VERIFIED OK  |  CUSTOMER COPY")
    return p.done()


def _card_paytm_edc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Paytm's card machine at the Chithirai stall in the exhibition's days with the card's answer not come:
    CARD PAYMENT; DATE, TIME, TID, ORDER ID, CARD and AMOUNT with their colons in a column; TXN STATUS :
    PENDING, DO NOT RETRY."""
    season(j, rng, CHITHIRAI, CHITHIRAI_DAYS)
    j.amount = float(rng.randrange(8, 80) * 50)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "CARD PAYMENT")
    p.add("rule")
    oid = f"PTM{j.date:%y%m%d}{digits(rng, 8)}"
    typed(p, f"DATE       : {when(j.date, '%d-%m-%Y')}", date=j.date)
    typed(p, f"TIME       : {t}")
    typed(p, f"TID        : {digits(rng, 8)}")
    typed(p, f"ORDER ID   : {oid}", txn=(TXN_RANK, oid))
    typed(p, f"CARD       : {scheme} **{last4}", method="card")
    typed(p, f"AMOUNT     : Rs.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    typed(p, "TXN STATUS : PENDING", status=j.status)
    p.add("center", "DO NOT RETRY")
    p.add("small", "CHECK STATUS IN PAYTM FOR BUSINESS APP")
    return p.done()


def _card_mess_bill(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """A Karaikudi Chettinad mess' bill from its POS paid by card: the mess over its town, GSTIN; Bill No.,
    Table and Date; the dishes with their counts and sums; Sub Total, CGST 2.5%, SGST 2.5% and Grand Total;
    "Paid: Card (<scheme> XX1234)" and its Appr. Code."""
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.add("small", f"GSTIN {gstin_of(rng)}")
    p.part = "body"
    p.add("rule")
    bno = str(rng.randrange(1000, 9999))
    typed(p, f"Bill No: {bno}   Table: {rng.randrange(1, 20)}", txn=(INVOICE_RANK, bno))
    typed(p, f"Date: {when(j.date, '%d/%m/%Y')}  {t[:5]}", date=j.date)
    p.add("rule")
    dishes = [
        ("Chettinad Meals", 180, 240),
        ("Kola Urundai", 140, 180),
        ("Nattukozhi Varuval", 280, 360),
        ("Kuzhi Paniyaram", 90, 120),
        ("Kavuni Arisi", 110, 150),
        ("Mutton Chukka", 320, 400),
    ]
    sub = 0.0
    cols_ = h271.tt_cols(p)
    for dish, lo, hi_ in rng.sample(dishes, 4):
        q, rate = rng.randrange(1, 5), float(rng.randrange(lo, hi_, 10))
        sub += q * rate
        left_ = f"{dish} x{q}"
        typed(p, left_ + f"{q * rate:.2f}".rjust(max(1, cols_ - len(left_) - 2)))
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    for label_, v, facts in (
        ("Sub Total", sub, {}),
        ("CGST 2.5%", gst, {}),
        ("SGST 2.5%", gst, {}),
        ("Grand Total", j.amount, {"amount": j.amount}),
    ):
        typed(p, label_ + f"{v:,.2f}".rjust(max(1, cols_ - len(label_) - 2)), **facts)
    p.add("rule")
    typed(p, f"Paid: Card ({scheme} XX{last4})", method="card", status=j.status)
    typed(p, f"Appr. Code: {appr}", txn=(APPR_RANK, appr))
    p.add("small", "Thank you! Visit again")
    return p.done()


def _card_mswipe_declined(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Mswipe's slip at a Madurai hardware store DECLINED, typed in the terminal's face: SALE; DATE, TIME,
    MID, TID, BATCH, INVOICE, the card and AMOUNT; TRANSACTION DECLINED with its response code 51
    INSUFFICIENT FUNDS."""
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"
    typed(p, f"DATE:{when(j.date, '%d-%b-%Y').upper()}", date=j.date)
    typed(p, f"TIME:{t}")
    typed(p, f"MID:{digits(rng, 15)}")
    typed(p, f"TID:{digits(rng, 8)} BATCH:{rng.randrange(1, 999):06d}")
    typed(p, f"INVOICE:{inv}", txn=(INVOICE_RANK, inv))
    typed(p, f"{scheme} ************{last4}", method="card")
    typed(p, f"AMOUNT:RS.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "TRANSACTION DECLINED", status=j.status)
    typed(p, "RESP CODE 51 : INSUFFICIENT FUNDS")
    p.add("small", "PLEASE USE ANOTHER CARD")
    return p.done()


def _card_irctc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """IRCTC's Electronic Reservation Slip mailed for the proprietor's journey on the Pallavan Express to a
    Chennai builder's site, paid by credit card: IRCTC on top, Booking Confirmed; PNR, Train, Class, Date of
    Journey, Booking Date and From / To in a table ruled on every side; Ticket Fare, IRCTC Convenience Fee and
    Total Fare in dot leaders; Payment Mode and its Transaction ID."""
    p = mail_page(
        rng,
        font,
        "IRCTC <ticketadmin@irctc.co.in>",
        ["Booking Confirmation on IRCTC", "IRCTC e-ticket: Karaikudi to Chennai Egmore"],
    )
    head_of(p, name, "Electronic Reservation Slip (ERS)", merchant=name)
    p.add("left", "Booking Confirmed", status=j.status)
    p.add("gap")
    pnr = digits(rng, 10)
    journey = j.date + dt.timedelta(days=rng.randrange(4, 40))
    at = 0.38
    gkv(p, "ir", "PNR", pnr, at=at, txn=(ORDER_RANK, pnr))
    gkv(p, "ir", "Train", "12606 / PALLAVAN EXP", at=at)
    gkv(p, "ir", "Class", rng.choice(["AC CHAIR CAR (CC)", "SECOND SITTING (2S)"]), at=at)
    gkv(p, "ir", "Date of Journey", when(journey, "%d-%b-%Y"), at=at)
    gkv(p, "ir", "Booking Date", at_hour(rng, j.date, ["%d-%b-%Y"], (" ",)), at=at, date=j.date)
    gkv(p, "ir", "From / To", "KARAIKUDI JN (KKDI) / CHENNAI EGMORE (MS)", at=at)
    n = rng.randrange(1, 4)
    fare = float(rng.choice([455, 535, 610]) * n)
    conv = 35.4
    j.amount = round(fare + conv, 2)
    p.add("gap")
    atd = 0.56
    dots(p, "Ticket Fare", num(fare), at=atd)
    dots(p, "IRCTC Convenience Fee (incl. GST)", num(conv), at=atd)
    dots(p, "Total Fare", f"Rs. {num(j.amount)}", at=atd, bold=True, amount=j.amount)
    p.add("gap")
    tid = digits(rng, 10)
    kvr(p, "Payment Mode", f"Credit Card ({scheme} XX{last4})", method="card")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    return p.done()


def _card_hdfc_sms(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """HDFC Bank's SMS of a spend on the firm's credit card with no reference: "Thank you for using HDFC Bank
    Card XX1234 for Rs. x at <MERCHANT> on <dd-mm-yyyy> <hh:mm:ss>. Not you? Call 18002586161"."""
    text = (
        f"Thank you for using HDFC Bank Card XX{last4} for Rs. {num(j.amount, 'western')} at {name} on "
        f"{when(j.date, '%d-%m-%Y')} {t}. Not you? Call 18002586161 to block your card."
    )
    p = sms_page(rng, font, "VM-HDFCBK", text, j.date)
    p.add("left", text, amount=j.amount, date=j.date, method="card", status=j.status, merchant=name)
    return p.done()


def _card_onecard_today(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """OneCard's app with a spend at a Karaikudi textile store under "Today, <hour>": the merchant over its
    town, a scalloped badge's tick, the sum, Successful; Transaction ID, Card and Reward points in dot
    leaders; a passing message that the ID was copied; no day."""
    p = phone(rng, font, k, ["", "OneCard"], dark=True, buttons=())
    app_head(p, "OneCard", "Transaction")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("center", name, merchant=name)
    p.add("small", town)
    h287.burst(p, j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", "Successful", status=j.status)
    p.add("gap")
    tid = digits(rng, 12)
    at = 0.44
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Card", f"Metal {masked(p.font)}{last4}", at=at, method="card")
    dots(p, "Reward points", f"+{int(j.amount // 50)}", at=at)
    h275.toast(p, "Transaction ID copied")
    return p.done()


def _card_iocl_fuel(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """An IndianOil pump's slip for the lorry's diesel torn from its roll: the brand and the pump over its
    road; DATE, TIME, TID, BATCH, INVOICE, CARD, APPR CODE and RRN with their colons in a column; PRODUCT,
    RATE, VOLUME and AMOUNT; APPROVED."""
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"
    litres = round(rng.uniform(30, 110), 2)
    rate = round(rng.uniform(91.0, 93.5), 2)
    j.amount = round(litres * rate, 2)
    lines = [
        ("DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
        ("TIME", t, {}),
        ("TID", digits(rng, 8), {}),
        ("BATCH", f"{rng.randrange(1, 999):04d}", {}),
        ("INVOICE", inv, {"txn": (INVOICE_RANK, inv)}),
        ("CARD", f"{scheme} XXXX{last4}", {"method": "card"}),
        ("APPR CODE", appr, {"txn": (APPR_RANK, appr)}),
        ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ("PRODUCT", "HSD (DIESEL)", {}),
        ("RATE", f"{rate:.2f}", {}),
        ("VOLUME", f"{litres:.2f} L", {}),
        ("AMOUNT", f"Rs.{j.amount:.2f}", {"amount": j.amount}),
    ]
    for label_, value, facts in lines:
        typed(p, f"{label_:<10}: {value}", **facts)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", f"VEHICLE TN63 {code(rng, 2, UPPER)} {digits(rng, 4)}  |  THANK YOU")
    h269.torn(p)
    return p.done()


CARD_LAYOUTS = [
    _card_icici,
    _card_paytm_edc,
    _card_mess_bill,
    _card_mswipe_declined,
    _card_irctc,
    _card_hdfc_sms,
    _card_onecard_today,
    _card_iocl_fuel,
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Mahal's and the Chithirai stall's terminals and the firm's cards elsewhere, one layout a
    place (``CARD_LAYOUTS``): ICICI Bank's slip at the two ends of its lines, Paytm's card machine's answer
    not come, a Chettinad mess' bill, Mswipe's declined slip, IRCTC's reservation slip, HDFC Bank's card SMS
    with no reference, OneCard's "Today" and an IndianOil pump's torn slip."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=800, high=30000)
    name, town, brand = COUNTERS[k]
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    return CARD_LAYOUTS[k](rng, font, k, j, name, town, brand, scheme, last4, appr, t)


# ---------------------------------------------------------------- 11. the bills


TNPDCL = "Tamil Nadu Power Distribution Corporation Ltd."
TNPDCL_TA = "தமிழ்நாடு மின் பகிர்மானக் கழகம்"
TANKER = "SRI AYYANAR WATER SUPPLY"
TANKER_TA = "ஸ்ரீ அய்யனார் தண்ணீர் சப்ளை"
AIRTEL = "Bharti Airtel Ltd."
VI = "Vodafone Idea Ltd."
INDANE = "SRI LAKSHMI INDANE GAS AGENCY"


def _bill_tnpdcl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """TNPDCL's online payment receipt for the tile yard's three-phase connection under its Tamil name: "பணம்
    செலுத்தப்பட்டது / Payment Successful"; this set's chequered fields: மின் இணைப்பு எண் / Service No.,
    பெயர் / Name, கணக்கீட்டு மாதம் / Assessment month, செலுத்திய தொகை / Amount Paid, பரிவர்த்தனை எண் /
    Transaction ID, தேதி / Date, முறை / Mode."""
    j.amount = rupees(rng, 2500, 24000, 0.2)
    p = browser_page(rng, font, "www.tnebltd.gov.in/BillStatus/receipt")
    p.part = "head"
    ta(p, TNPDCL_TA, scale=1.05, bold=True)
    name = pick(p, "title", [TNPDCL, "TNPDCL"])
    top(p, name, merchant=name)
    p.add("small", "Online Payment Receipt  |  Karaikudi EDC")
    p.add("rule")
    p.part = "body"
    ta(p, "பணம் செலுத்தப்பட்டது  /  Payment Successful", bold=True, status=j.status)
    p.add("gap")
    fields = [
        ("மின் இணைப்பு எண்", "Service No."),
        ("பெயர்", "Name"),
        ("கணக்கீட்டு மாதம்", "Assessment month"),
        ("செலுத்திய தொகை", "Amount Paid"),
        ("பரிவர்த்தனை எண்", "Transaction ID"),
        ("தேதி", "Date"),
        ("முறை", "Mode"),
    ]
    at = tf_at(p, fields)
    tid = f"TNEB{j.date:%y%m%d}{digits(rng, 8)}"
    tfield(
        p,
        *fields[0],
        f"09-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}",
        at=at,
    )
    tfield(p, *fields[1], tf_fit(p, [FIRM_CAPS, CUT], at=at), at=at)
    tfield(p, *fields[2], j.month(), at=at)
    tfield(p, *fields[3], f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    tfield(p, *fields[4], tid, at=at, txn=(TXN_RANK, tid))
    tfield(p, *fields[5], when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, date=j.date)
    tfield(p, *fields[6], "Net Banking", at=at, method="netbanking")
    return p.done()


def _bill_tanker_chit(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The water tanker's chit for the curing tanks in a Tamil hand with no reference: his Tamil name over his
    English on the chit book's print; "தேதி" and the day written; the loads of water with their count and
    rate, "மொத்தம்" (total); "ரொக்கம் பெற்றேன்" (I received cash); his signature."""
    p = sheet(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(251, 248, 238), (245, 244, 232)])
    p.part = "head"
    ta(p, TANKER_TA, scale=1.1, bold=True)
    p.add("center", TANKER, merchant=TANKER)
    p.add("small", f"Athangudi - Kanadukathan  |  Cell 98421{digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    thand(p, f"தேதி {when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}", date=j.date)
    thand(p, "டைல்ஸ் கம்பெனி, ஆத்தங்குடி")
    p.add("gap")
    start = len(p.rows)
    loads, rate = rng.randrange(2, 9), rng.choice([700, 750, 800, 900])
    total_ = loads * rate
    thand(p, f"தண்ணீர் லாரி {loads} லோடு x {rate}", figure=str(total_))
    j.amount = float(total_)
    thand(p, "மொத்தம்", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    thand(p, "ரொக்கம் பெற்றேன்", method="cash", status=j.status)
    sig(p)
    return p.done()


def _bill_airtel_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Airtel Thanks with the Mahal's Xstream Fiber bill payment failed under a red ribbon: Bharti Airtel
    under the app's bar; the sum and the reason in a notice; labels small over their values two to a row
    (Account No. and Transaction ID, Paid via and Attempted on)."""
    j.amount = float(rng.choice([799, 999, 1178, 1499, 1767]))
    p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Retry",))
    band(p, (224, 0, 32))
    bar(p, "Airtel Thanks", AIRTEL, merchant=AIRTEL)
    h275.ribbon(p, "PAYMENT FAILED", RED)
    p.add("gap")
    p.add("center", "Xstream Fiber bill payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(
        p, "Your bank could not process this payment. Any amount debited will be refunded in 3 days.", "error"
    )
    tid = f"AT{j.date:%y%m%d}{digits(rng, 10)}"
    two_up(p, "af1", ("Account No.", f"4-{digits(rng, 9)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
    two_up(
        p,
        "af2",
        ("Paid via", "UPI"),
        ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        method="UPI",
        date=j.date,
    )
    return p.done()


def _bill_karaikudi_water(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Karaikudi corporation's water charges e-receipt for the Mahal from TN Urban e-Sevai under its Tamil
    name: Receipt No. :, Assessment No. :, Name :, Period :, Amount :, Transaction ID :, Mode : and Date :
    with their colons; its QR code."""
    j.amount = float(rng.randrange(6, 40) * 60)
    p = browser_page(rng, font, "tnurbanepay.tn.gov.in/receipt/water")
    p.part = "head"
    ta(p, KARAIKUDI_TA, scale=1.05, bold=True)
    name = pick(p, "title", [KARAIKUDI.upper(), KARAIKUDI])
    top(p, name, merchant=name)
    p.add("small", "Water Charges e-Receipt  |  TN Urban e-Sevai")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    rno = f"WTR/{j.date:%y}/{digits(rng, 7)}"
    tid = f"TNUES{digits(rng, 12)}"
    half = "Apr - Sep" if j.date.month in (4, 5, 6, 7, 8, 9) else "Oct - Mar"
    colkv(p, "kw", spec, "Receipt No. :", rno, txn=(INVOICE_RANK, rno))
    colkv(p, "kw", spec, "Assessment No. :", f"KKD/W/{rng.randrange(1000, 9999)}")
    colkv(p, "kw", spec, "Name :", fit(p, [SHOP, SHOP_CAPS], 0.6))
    colkv(p, "kw", spec, "Period :", f"{fy(j.date)} ({half})")
    colkv(p, "kw", spec, "Amount :", f"Rs. {num(j.amount)}", amount=j.amount)
    colkv(p, "kw", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
    colkv(p, "kw", spec, "Mode :", "UPI", method="UPI")
    colkv(p, "kw", spec, "Date :", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
    h269.qr(p, f"{rno}|{tid}", "r", 4)
    return p.done()


def _bill_paytm_bbps(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Paytm's Bharat BillPay receipt for the Mahal's meter: a large round tick, Bill payment successful, the
    sum; Biller, Consumer No., B-Connect Txn ID, Order ID, Payment mode and Date in a striped table under its
    heading band."""
    j.amount = rupees(rng, 1200, 14000, 0.2)
    p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Share",))
    band(p, (0, 46, 110))
    app_head(p, "Paytm", "Bharat BillPay  |  Electricity")
    sicon(p, j.status)
    p.add("center", "Bill payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    biller = h273.cell_name(p, 0.6, ["TNPDCL - Tamil Nadu", "TNPDCL"])
    bref = f"PT0{code(rng, 3, UPPER)}{digits(rng, 8)}"
    oid = digits(rng, 11)
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "r")]
    rows_ = [
        (["Biller", biller], {"merchant": biller}),
        (["Consumer No.", f"09{digits(rng, 9)}"], {}),
        (["B-Connect Txn ID", bref], {"txn": (TXN_RANK, bref)}),
        (["Order ID", oid], {"txn": (ORDER_RANK, oid)}),
        (["Payment mode", "UPI"], {"method": "UPI"}),
        (["Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
    ]
    zebra(p, "pb", spec, ["Bill details", ""], rows_, (0, 46, 110))
    return p.done()


def _bill_vi_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Vi app with the Mahal's postpaid bill paid under "Today, <hour>": Vodafone Idea under the app's
    bar, Payment successful in a capsule, the sum; Transaction ID, Mobile No., Paid via and Plan, each label
    set against a gutter; no day."""
    j.amount = float(rng.choice([399, 499, 649, 799, 1099]))
    p = phone(rng, font, k, ["", "Vi"], dark=False, buttons=("Done",))
    band(p, (234, 28, 64))
    bar(p, "Vi", VI, merchant=VI)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    pill(p, "Payment successful", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"VI{digits(rng, 14)}"
    at = 0.38
    gutter(p, "vi", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gutter(p, "vi", "Mobile No.", f"94{digits(rng, 3)} XXX{digits(rng, 2)}", at=at)
    gutter(p, "vi", "Paid via", "UPI", at=at, method="UPI")
    gutter(p, "vi", "Plan", f"REDX {int(j.amount)}", at=at)
    return p.done()


def _bill_tnpdcl_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """TNPDCL's app with the Mahal's bill payment pending from the bank over a progress bar: TNPDCL under the
    app's bar, Payment pending, the sum, a notice; labels small over their values two to a row (Service No.
    and Amount, Transaction ID and Mode, Initiated on)."""
    j.amount = rupees(rng, 900, 9000, 0.2)
    p = phone(rng, font, k, ["", "TNPDCL"], dark=False, buttons=("Check status",))
    band(p, (0, 92, 140))
    name = rng.choice([TNPDCL, "TNPDCL"])
    bar(p, "TNEB Mobile", name, merchant=name)
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    h294.progress(p, rng.uniform(0.45, 0.7), j.status)
    boxed(p, "Awaiting confirmation from your bank. Do not pay again for this service.", "warn")
    tid = f"TNEB{j.date:%y%m%d}{digits(rng, 8)}"
    two_up(
        p,
        "tp1",
        ("Service No.", f"09-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}"),
        ("Amount", sum_of(p, j.amount)),
    )
    two_up(p, "tp2", ("Transaction ID", tid), ("Mode", "Debit Card"), txn=(TXN_RANK, tid), method="card")
    two_up(
        p,
        "tp3",
        ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        ("", ""),
        date=j.date,
    )
    return p.done()


def _bill_indane_memo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Indane distributor's cash memo for the makers' canteen's commercial cylinder: the distributor on
    top under INDANE; Cash Memo No. and Date, Consumer No. and Name; Product, Qty, Rate (incl. GST) and Amount
    on hairline rows; "Paid by UPI, Ref ..." typed; the memo's barcode and its number."""
    rate = float(rng.randrange(1720, 1890))
    q = rng.randrange(1, 3)
    j.amount = round(rate * q, 2)
    p = sheet(rng, font, [760, 800])
    p.part = "head"
    p.add("center", "INDANE")
    name = pick(p, "title", [INDANE, "SRI LAKSHMI INDANE"])
    top(p, name, merchant=name)
    p.add("small", "Indane distributor  |  Sekkalai Road, Karaikudi - 630001")
    p.add("rule")
    p.part = "body"
    p.add("center", "CASH MEMO")
    mno = f"{rng.randrange(10**7, 10**8)}"
    cols(
        p,
        "im0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Cash Memo No.: {mno}",
        f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
        txn=(INVOICE_RANK, mno),
        date=j.date,
    )
    p.add("left", f"Consumer No.: C{digits(rng, 6)}  |  {FIRM} (canteen)")
    p.add("gap")
    spec = [(0.0, 0.46, "l"), (0.46, 0.56, "c"), (0.56, 0.78, "r"), (0.78, 1.0, "r")]
    cols(p, "imh", spec, "Product", "Qty", "Rate (incl. GST)", "Amount", mode="line")
    cols(p, "imb", spec, "Indane 19 kg commercial", str(q), num(rate), num(j.amount), mode="line")
    cols(p, "imt", spec, "Total", "", "", num(j.amount), mode="line", amount=j.amount)
    p.add("gap")
    typed(p, f"Paid by UPI, Ref {j.ref}", txn=(UTR_RANK, j.ref), method="UPI", status=j.status)
    h269.bars(p, mno)
    p.add("small", mno)
    return p.done()


BILL_LAYOUTS = [
    _bill_tnpdcl,
    _bill_tanker_chit,
    _bill_airtel_fail,
    _bill_karaikudi_water,
    _bill_paytm_bbps,
    _bill_vi_today,
    _bill_tnpdcl_pending,
    _bill_indane_memo,
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The tile yard's and the Mahal's bills, one layout a place (``BILL_LAYOUTS``): TNPDCL's receipt in
    chequered fields, the water tanker's chit in a Tamil hand with no reference, Airtel Thanks' failure, the
    Karaikudi corporation's water charges with colons, Paytm's Bharat BillPay striped, the Vi app's "Today",
    TNPDCL's payment pending and the Indane distributor's cash memo."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=300, high=25000)
    return BILL_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Tamil Nadu Grama Bank", "VM-TNGBNK", "P. SELVI", "UPI"),
    ("Indian Bank", "AD-INDBNK", "SRI RAMANA CEMENT AGEN", "NEFT"),
    ("Indian Overseas Bank", "", "SRI MURUGAN ENGG WORKS", "IMPS"),
    ("Karur Vysya Bank", "VK-KVBANK", "KARAIKUDI GLASS HOUSE", "IMPS"),
    ("City Union Bank", "", "VASANTH OXIDES & PIGMEN", "RTGS"),
    ("HDFC Bank", "", "SRI ANDAVAR LORRY SERVI", "NEFT"),
    ("Tamilnad Mercantile Bank", "AX-TMBANK", "SIVAKASI ARASAN OFFSET", "UPI"),
    ("Bank of India", "BZ-BOIIND", "K. MURUGESAN", "IMPS"),
]


def _alert_tngb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Tamil Nadu Grama Bank's SMS in Tamil in a bubble of the phone's messages thread under its day divider:
    "அன்புள்ள வாடிக்கையாளரே, உங்கள் கணக்கு XX1234 இலிருந்து <dd-mm-yyyy> அன்று UPI மூலம் <PAYEE> க்கு
    ரூ.x அனுப்பப்பட்டது. குறிப்பு எண் ... -TNGB" (dear customer, Rs. x was sent from your account XX1234 on
    <day> by UPI to <PAYEE>)."""
    p = phone(rng, font, k, ["VM-TNGBNK"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 1")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"அன்புள்ள வாடிக்கையாளரே, உங்கள் கணக்கு XX{tail4} இலிருந்து {when(j.date, '%d-%m-%Y')} அன்று "
        f"UPI மூலம் {to} க்கு ரூ.{amt} அனுப்பப்பட்டது. குறிப்பு எண் {ref} -TNGB"
    )
    ta_wrap(p, text, share=0.8, **facts)
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


def _alert_indian_bank(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Indian Bank's SMS: "Your A/c XXXXX1234 is debited for Rs.x on <dd-Mon-yyyy> towards NEFT to <PAYEE>.
    UTR No .... Not you? Call 180042500000 -Indian Bank"."""
    text = (
        f"Your A/c XXXXX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%b-%Y')} towards NEFT to {to}. "
        f"UTR No {ref}. Not you? Call 180042500000 -Indian Bank"
    )
    p = sms_page(rng, font, "AD-INDBNK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_iob_lock(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Indian Overseas Bank's alert on the proprietor's lock screen: the padlock over the hour; the
    notification ("IOB  now", "Rs.x debited from A/c XX1234 by IMPS to <PAYEE>. IMPS Ref ... -IOB") in a
    rounded card over the wallpaper, a WhatsApp message's under it; no day."""
    p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([21, 22]))
    p.part = "body"
    p.add("gap")
    h287.clock(p, f"{rng.randrange(6, 12)}:{rng.randrange(60):02d}")
    p.add("gap")
    c = card_open(p)
    p.add("small", f"IOB  {sign(font, chr(0x2022), '|')}  now")
    prose(p, f"Rs.{amt} debited from A/c XX{tail4} by IMPS to {to}. IMPS Ref {ref} -IOB", **facts)
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("small", f"WhatsApp  {sign(font, chr(0x2022), '|')}  {rng.randrange(5, 40)}m")
    p.add("left", rng.choice(["Karthik: Lorry loaded, leaving at 6", "Kavitha: Mahal opened, 2 walk-ins"]))
    card_close(p, c)
    p.add("gap")
    p.add("small", "Swipe up to unlock")
    return p.done()


def _alert_kvb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Karur Vysya Bank's SMS of a failed IMPS: "IMPS of Rs.x from A/c XX1234 to <PAYEE> on <dd/mm/yyyy>
    FAILED. Amount, if debited, will be reversed. Ref ... -KVB"."""
    text = (
        f"IMPS of Rs.{amt} from A/c XX{tail4} to {to} on {when(j.date, '%d/%m/%Y')} FAILED. Amount, if "
        f"debited, will be reversed. Ref {ref} -KVB"
    )
    p = sms_page(rng, font, "VK-KVBANK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_cub_whatsapp(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """City Union Bank's WhatsApp banking with an RTGS in process: the bank on top with its official business
    line; its greeting and the alert in bubbles under a day divider: "Your RTGS of Rs.x to <PAYEE> from A/c
    XX1234 on <dd-mm-yyyy> is under process. UTR ...."."""
    p = phone(rng, font, k, ["City Union Bank"], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    p.add("title", "City Union Bank")
    p.add("small", "Official business account")
    p.add("gap")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    first, second = hours(rng, 2)
    s = len(p.rows)
    prose(p, "Vanakkam! You will get your account's transaction alerts here from CUB.")
    h273.bubble(p, s, first)
    p.add("gap")
    s = len(p.rows)
    prose(
        p,
        f"Your RTGS of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d-%m-%Y')} is under process. "
        f"UTR {ref}.",
        **facts,
    )
    h273.bubble(p, s, second)
    return p.done()


def _alert_hdfc_mail(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """HDFC Bank's InstaAlert mail with no reference: "Dear Customer, Rs.x has been debited from your account
    XX1234."; Date, To, Mode and Amount in dot leaders."""
    p = mail_page(
        rng,
        font,
        "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
        ["View: Account update for your HDFC Bank A/c", "Debit alert"],
    )
    head_of(p, "HDFC Bank", "InstaAlert")
    p.add("left", "Dear Customer,")
    p.add("left", f"Rs.{amt} has been debited from your account XX{tail4}.", status=facts["status"])
    p.add("gap")
    at = 0.4
    dots(p, "Date", when(j.date, "%d-%m-%Y"), at=at, date=j.date)
    dots(p, "To", to, at=at, merchant=to)
    dots(p, "Mode", "NEFT", at=at, method=facts["method"])
    dots(p, "Amount", f"INR {amt}", at=at, amount=facts["amount"])
    p.part = "foot"
    p.add("gap")
    p.add("small", "HDFC Bank never asks for your OTP, PIN or password.")
    return p.done()


def _alert_tmb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Tamilnad Mercantile Bank's SMS: "Rs.x debited from your A/c XXX1234 on <dd-mm-yy> by UPI to <PAYEE>.
    UPI Ref .... Not you? Call 18004250426 -TMB"."""
    text = (
        f"Rs.{amt} debited from your A/c XXX{tail4} on {when(j.date, '%d-%m-%y')} by UPI to {to}. "
        f"UPI Ref {ref}. Not you? Call 18004250426 -TMB"
    )
    p = sms_page(rng, font, "AX-TMBANK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_boi(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Bank of India's SMS: "BOI - Rs.x debited via IMPS to <PAYEE> from A/c **1234 on <dd/mm/yyyy>. Ref No
    .... If not done by you, call 18001031906"."""
    text = (
        f"BOI - Rs.{amt} debited via IMPS to {to} from A/c **{tail4} on {when(j.date, '%d/%m/%Y')}. "
        f"Ref No {ref}. If not done by you, call 18001031906"
    )
    p = sms_page(rng, font, "BZ-BOIIND", text, j.date)
    p.add("left", text, **facts)
    return p.done()


ALERT_LAYOUTS = [
    _alert_tngb,
    _alert_indian_bank,
    _alert_iob_lock,
    _alert_kvb,
    _alert_cub_whatsapp,
    _alert_hdfc_mail,
    _alert_tmb,
    _alert_boi,
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments, one layout a place (``ALERT_LAYOUTS``): Tamil Nadu Grama
    Bank's SMS in Tamil in a bubble, Indian Bank's SMS, Indian Overseas Bank's alert on the lock screen with
    no day, Karur Vysya Bank's failed IMPS, City Union Bank's WhatsApp banking with an RTGS in process, HDFC
    Bank's InstaAlert mail with no reference, Tamilnad Mercantile Bank's SMS and Bank of India's SMS."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=2000, high=90000)
    bank, _sender, to, way = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 600000, 0.3)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    ref = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if ref:
        facts["txn"] = (UTR_RANK, ref)
    return ALERT_LAYOUTS[k](rng, font, k, j, to, amt, tail4, ref, facts)

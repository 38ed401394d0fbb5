"""The twelve heldout302 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a bell-metal craftsmen's firm's year of 2026 in Budithi, Srikakulam district,
Andhra Pradesh (Sri Kalinga Bell Metal Works, a partnership of the Kamsali brothers Chinnam Appala Narasimham
and Chinnam Suryanarayana, whose casters melt copper and tin into bell metal (kanchu) in the charcoal furnaces
of its shed, Budithi Kanchu Sala, pour it into clay and sand moulds, and whose beaters hammer the cast blanks
hot into bindelu (water pots), kalasams, urulis, plates (pallem), bowls and bells, the hammer's facets left
shining on them and the lathe's bright bands turned round their bellies, and cast brass deepams and kundulu
(standing lamps); their gallery in Dwaraka Nagar, Visakhapatnam, Kalasa Gallery; stall 214 at the Surajkund
International Crafts Mela; the web shop kalasagallery.in; Lepakshi's orders, a temple's, hotels', a wedding
planner's and a government office's; buyers abroad), told by the proofs of payment it receives (buyers' CRED,
Fi, Samsung Wallet, RBL MoBank, WhatsApp, Bajaj Finserv and Kiwi screens and Paytm for Business on the
gallery's phone; Lepakshi's advice, a Devasthanam's letter, SAP, Deutsche Bank's Autobahn, a forwarded chat,
GeM, Easebuzz Payouts and a wedding planner's mail; OCBC, ABN AMRO, Scotiabank, BNP Paribas, KB Kookmin Bank,
Maybank, Hang Seng Bank and Bank of America; its own tax invoice, a receipt book, a Bikayi mail, the Mela's
cash memo, NTT DATA's pending page, PayPal's declined card, a receipt under a revenue stamp and a certificate
of authenticity) and those it makes (a metal dealer's invoice, a charcoal account in a Telugu hand, Navata's
lorry receipt, Bizongo, myBillBook, Tata nexarc, a crucible maker's invoice and a blacksmith's bill; The
Visakhapatnam Co-operative Bank, CSB Mobile+, mBandhan, ESAF Mobile, KVB's corporate banking, DCB Bank,
Jana Small Finance Bank and a Karnataka Bank cash deposit machine; a beating account, a polisher's wages in
a Telugu hand, Paybooks, Jana, FinoPay, Equitas, a cash voucher and a beater's acknowledgement; APCTD, Budithi
Gram Panchayat, the Single Desk Portal, APPCB, DGFT, an e-challan, GVMC and the Fire Services; eight insurers;
cards on the gallery's, a hotel's and the Mela stall's terminals, at a fuel station, an airline, a restaurant,
on the Amex app and in RBL Bank's SMS; APEPDCL, Excitel, Sun Direct, Indane, Equitas FASTag, GVMC's water,
YOU Broadband and APEPDCL's SMS; the banks' SMS, a mail, a Telugu SMS, a lock screen and a heads-up
notification). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, the units' lines, salutations, Telugu lines (but a
bank's SMS in Telugu, whose figures and payee carry the facts, and a Telugu hand's sums and "received"),
items, weights, counts, rates, wages, GST, TDS, fees, charges, freight and hamali, balances, cash tendered and
change, periods, months, wage weeks, bill months, financial years, invoice, bill, document and due days,
account, policy, proposal, quote, certificate, consumer, service, subscriber, customer, employee, vehicle,
tag, LR, phone and card numbers, vendor and seller codes, PAN, GSTIN, IEC, Udyam numbers, IFSC, SWIFT/BIC
codes, UPI IDs, contract and bill numbers named on an advice, letters' Rc. No., other messages and
notifications, kalasam and deepam emblems, beaten-metal dividers, the tray and the sack a page lies on,
smudges, stages, notices, tiles, tags, stamps, embossed seals, revenue stamps, rings and signatures carry no
fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and
``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's;
``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and
``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``cols``, ``zebra``, ``kv``, ``kvr``,
``total``, ``sms_page``, ``ticks``, ``seal``, ``comb``, a roll's torn edges), heldout271's (``grid``,
``gkv``, ``colkv``, ``dots``, ``fill``, ``fill2``, ``perf``, ``hand``, ``amtbox``, ``tt``, ``step``,
``rstamp``, ``revenue``, rounded cards), heldout273's (``hcells``, ``ledger``, ``field``, ``pill``,
``avatar``, ``ring``, ``hilite``, ``watermark``, ``bubble``, ``border``), heldout275's (``sig``, ``divider``,
``gutter``, ``sicon``, ``ribbon``, ``bigsum``, ``toast``, ``gcard_open``, ``inrow``, ``greenbar``, ``chai``,
``bahi``), heldout277's (``spiral``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``,
``at_hour``, ``two_up``, ``spinner``, ``emboss``, ``hangtag``, ``decor``), heldout287's (``notice``,
``tile``, ``burst``, ``oval``, ``vlab``, ``tiles2``, ``vname``, ``copyrow``, ``clock``, ``faxline``,
``sheet_open``, ``decor``), heldout289's (``chip``, ``steps``, ``clipboard``) and heldout294's (Telugu lines,
a Telugu hand, an Andhra form's numbered fields, ``octa``, ``progress``, ``fwd``, a heads-up notification's
veil), written in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to
heldout300's), each page's rows drawn by heldout294's ``_render`` (heldout289's and the renderers beneath it)
and then by this set's own ``_render`` in the lines it leaves for them: a beaten bell-metal kalasam as a
letterhead's emblem (its belly hammered in facets that catch the light, two bands turned bright round it, its
neck and flared lip); a brass kundulu (a standing lamp) as an emblem (its domed foot, a knopped stem, the
bowl with five wicks alight); a strip of beaten bell metal as a divider (rows of hammer facets between two
bands turned bright on the lathe); the grey smudges a metal worker's fingers leave on paper; and, after the
frame, the beaten brass tray (tambalam) a page is photographed lying on (its rolled rim, its hammered face
catching the light) or the jute sack of tin ingots (its coarse plain weave, stray fibres and the stencil on
it). The pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets import heldout277_families as h277
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
    AMBER,
    BANK_RANK,
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
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv, grid, tt
from bench.receipt_sets.heldout273_families import field, hcells, ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab
from bench.receipt_sets.heldout294_families import octa, progress, thand, tline, tnum, twrap

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout299's and
# heldout300's
PENS = [
    "dejavu/DejaVuSans-Oblique.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
]
INKS = [(22, 40, 128), (30, 30, 76), (54, 44, 40), (14, 74, 110), (96, 26, 44)]
# the faces a page's fixed-width lines are printed in (a dot-matrix printer's, a billing program's, a bank's)
TYPES = [
    "freefont/FreeMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# bell metal (kanchu, copper with a fifth of tin) as the hammer and the lathe leave it, and cast brass
BRONZE = [(190, 152, 92), (176, 140, 84), (200, 164, 104)]
BRASS = [(214, 170, 78), (204, 158, 64), (222, 182, 96)]
FLAME = (246, 168, 40)
# the jute of a sack and the red of its stencil
JUTE = [(176, 140, 92), (164, 128, 82), (186, 152, 104)]

# ---------------------------------------------------------------- the firm

FIRM = "Sri Kalinga Bell Metal Works"
FIRM_CAPS = FIRM.upper()
FIRM_TE = "శ్రీ కళింగ కంచు పరిశ్రమ"
# the firm's name as a bank's beneficiary field cuts it
CUT = "SRI KALINGA BELL METAL WO"
SHOP = "Kalasa Gallery"
SHOP_CAPS = SHOP.upper()
SHOP_TE = "కలశ గ్యాలరీ"
SHED = "Budithi Kanchu Sala"
WEB = "kalasagallery.in"
GSTIN = "37AAKFS4821M1ZQ"
PAN = "AAKFS4821M"
UDYAM = "UDYAM-AP-03-0021847"
PARTNER = "Chinnam Appala Narasimham"
PARTNER2 = "Chinnam Suryanarayana"
SON = "Chinnam Ravi Kiran"
KEEPER = "Pydi Lavanya"
ADDRESS = "Kamsali Veedhi, Budithi, Saravakota Mandal, Srikakulam Dist. (A.P.) - 532427"
TOWN = "Budithi, Srikakulam Dist. - 532427"
SHOP_AT = "47-10-22, Dwaraka Nagar, Visakhapatnam - 530016"
OUR_BANK = "KARUR VYSYA BANK, DWARAKA NAGAR, VISAKHAPATNAM, INDIA"
BIC = "KVBLINBB011"
IFSC_OWN = "KVBL0001407"
# the 39th Surajkund International Crafts Mela at Faridabad (31 January to 15 February 2026, the firm's stall
# 214 in it); Karthikam, the month the lamps are lit (10 November to 9 December 2026), when the gallery's
# lamp orders come in; the Magha wedding season (19 January to 17 February 2026), when bindelu and kalasam
# sets are ordered for a bride's sare
MELA, MELA_DAYS = dt.date(2026, 1, 31), 16
STALL = "Stall 214, Surajkund Mela Ground, Faridabad"
KARTHIKA, KARTHIKA_DAYS = dt.date(2026, 11, 10), 30
MAGHA, MAGHA_DAYS = dt.date(2026, 1, 19), 30
IFSC = {
    "Karur Vysya Bank": "KVBL",
    "The Visakhapatnam Co-operative Bank": "VCBL",
    "CSB Bank": "CSBK",
    "Bandhan Bank": "BDBL",
    "ESAF Small Finance Bank": "ESMF",
    "DCB Bank": "DCBL",
    "Jana Small Finance Bank": "JSFB",
    "Karnataka Bank": "KARB",
    "RBL Bank": "RATN",
    "Equitas Small Finance Bank": "ESFB",
    "Fino Payments Bank": "FINO",
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Canara Bank": "CNRB",
    "Indian Bank": "IDIB",
    "The Srikakulam District Co-operative Central Bank": "SDCB",
    "Deutsche Bank": "DEUT",
    "Kotak Mahindra Bank": "KKBK",
}
# the firm's wares: name, HSN, price each (low, high)
WARES = [
    ("Bindelu (water pot), bell metal, 3 L", "7418", 2600, 5200),
    ("Kalasam, beaten bell metal, 1 L", "7418", 1200, 2600),
    ("Uruli, bell metal, 18 in", "7418", 6500, 14500),
    ("Kanchu pallem (plate), beaten, 12 in", "7418", 1400, 3200),
    ("Ginne (bowls), bell metal, set of 4", "7418", 1600, 3800),
    ("Deepam, five wicks, brass", "8306", 900, 2400),
    ("Kundulu (standing lamp), brass, 2 ft", "8306", 4200, 9800),
    ("Temple bell, bell metal, 8 in", "8306", 1800, 4200),
    ("Chembu (water vessel), brass", "7418", 700, 1600),
    ("Gangalam (vessel), brass, 10 L", "7418", 5200, 11800),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Bindelu (water pot), bell metal, 3 L": "Bindelu 3 L",
    "Kalasam, beaten bell metal, 1 L": "Kalasam 1 L",
    "Uruli, bell metal, 18 in": "Uruli 18 in",
    "Kanchu pallem (plate), beaten, 12 in": "Pallem 12 in",
    "Ginne (bowls), bell metal, set of 4": "Ginne set (4)",
    "Deepam, five wicks, brass": "Deepam 5 wick",
    "Kundulu (standing lamp), brass, 2 ft": "Kundulu 2 ft",
    "Temple bell, bell metal, 8 in": "Temple bell",
    "Chembu (water vessel), brass": "Chembu",
    "Gangalam (vessel), brass, 10 L": "Gangalam 10 L",
}
CUSTOMERS = [
    "Mrs. Lakshmi Prasanna",
    "Mr. Srinivas Varma",
    "Ms. Harika Reddy",
    "Dr. Venkat Rao Pinnamaneni",
    "Mrs. Padmaja Kolla",
    "Mr. Rohit Malhotra",
    "Ms. Meera Iyengar",
]
# the firm's casters, beaters and polishers (Kamsali craftsmen of Budithi and the women who polish)
CRAFTSMEN = [
    "Gorle Appanna",
    "Chinnam Tirupathi Rao",
    "Sunkari Ramu",
    "Karri Lakshmana Rao",
    "Pedada Simhachalam",
    "Ballada Kumari",
    "Botcha Sarojini",
    "Maddila Narayana",
]


def pieces(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's wares sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WARES) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WARES[i]
        q = rng.randrange(1, 3) if hi > 6000 else rng.randrange(1, 5)
        if "Deepam" in name or "Chembu" in name:
            q = rng.randrange(2, 9)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 3000 else 50))))
    return out


def shift_day(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Mela's, Karthikam's, the wedding season's), its UPI / IMPS reference
    made again for that day."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def in_window(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    shift_day(j, rng, start + dt.timedelta(days=rng.randrange(days)))


def utr_from(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "KVBL")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def gstin_for(rng: random.Random, state: str = "37", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def bare(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def on(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 9, 80)
        out.append((f"{prefix}/{fy(day)}/{rng.randrange(11, 460):03d}", day, v))
    return out


def way_for(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h302", {"marks": {}, "decor": [], "frame": None})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own rows (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def hand_of(p: Screen) -> str:
    """The page's hand (this set's pens, in heldout271's slot so every filled-in row writes in it)."""
    x = h271.ext(p)
    if "pen" not in x:
        x["pen"] = p.rng.choice(PENS)
    if "pen_ink" not in x:
        x["pen_ink"] = list(p.rng.choice(INKS))
    return x["pen"]


def all_pens(p: Screen) -> None:
    """heldout269's pen slot (its boxed fields and tick boxes write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = hand_of(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


def mono_of(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def sheet(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    hand_of(p)
    mono_of(p)
    return p


def slip(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A terminal's or a machine's roll (heldout116's paper) in this set's hand and fixed-width face."""
    p = screen(rng, font, width=rng.choice(widths), size=rng.choice([17, 18]))
    paper(p, rng)
    hand_of(p)
    mono_of(p)
    return p


def write(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    hand_of(p)
    h271.hand(p, text, align=align, **facts)


def fill_in(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    hand_of(p)
    h271.fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.88, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    mono_of(p)
    tt(p, text, scale=scale, **facts)


def lines(p: Screen, text: str, scale: float = 1.0, share: float = 0.97, *, bold: bool = False) -> list[str]:
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


def para(p: Screen, text: str, kind_: str = "left", **facts) -> None:
    """A sentence set in as many lines of ``kind_`` as it needs (the facts on its first line)."""
    scale = 0.8 if kind_ == "small" else 1.0
    for n_, line in enumerate(lines(p, text, scale)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def lab(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lab02", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab02"] = 0.76
    h269.row(p, "lab02", text, **facts)


def small_l(p: Screen, text: str, **facts) -> None:
    """A line in small letters set to the left (a second line under a name, a note)."""
    h269.kind(p, "sl02", [(0.0, 1.0, "l")], "plain")
    h269.ext(p)["scale"]["sl02"] = 0.8
    h269.row(p, "sl02", text, **facts)


def small_r(p: Screen, text: str, **facts) -> None:
    """A line in small letters in the label's ink set to the right (an hour under a message)."""
    h269.kind(p, "sr02", [(0.0, 1.0, "r")], "soft")
    h269.ext(p)["scale"]["sr02"] = 0.72
    h269.row(p, "sr02", text, **facts)


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def capsule(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


def rupee(font: str) -> str:
    return "\u20b9" if glyphs(bold_of(font), "\u20b9") and glyphs(font, "\u20b9") else "Rs."


def dot2(font: str) -> str:
    return sign(font, "\u2022", "*") * 2


def fits(p: Screen, text: str, scale: float = 1.0, share: float = 1.0, *, bold: bool = False) -> bool:
    face = load_font(bold_of(p.font) if bold else p.font, int(p.style["size"] * scale))
    return face.getlength(text) <= room_of(p) * share


def first_fit(
    p: Screen, names: list[str], scale: float = 1.0, share: float = 1.0, *, bold: bool = False
) -> str:
    """The first of ``names`` that fits ``share`` of the room at ``scale`` (the last where none does)."""
    return next((n for n in names if fits(p, n, scale, share, bold=bold)), names[-1])


def hours(rng: random.Random, n: int) -> list[str]:
    """``n`` hours of one chat in their order, a few minutes apart (8:05 pm)."""
    start = rng.randrange(9 * 60, 19 * 60)
    out = []
    for _ in range(n):
        h_, m_ = divmod(start, 60)
        out.append(f"{(h_ - 1) % 12 + 1}:{m_:02d} {'pm' if h_ >= 12 else 'am'}")
        start += rng.randrange(2, 25)
    return out


def telugu(p: Screen, text: str, **kw) -> None:
    """heldout294's Telugu line (a name over its English, a heading)."""
    tline(p, text, **kw)


# ---------------------------------------------------------------- this set's rows and marks


def kalasam(p: Screen) -> None:
    """A beaten bell-metal kalasam as a letterhead's emblem: its round belly hammered in small facets that
    catch the light, two bands turned bright round it on the lathe, its narrow neck and flared lip, a low foot
    ring; centred, three lines high."""
    put(p, "t02ka", "", mark_=[p.rng.randrange(len(BRONZE)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def kundulu(p: Screen) -> None:
    """A brass kundulu (a standing oil lamp) as an emblem: its domed foot, a stem with three knops, the wide
    bowl with five wicks alight round its rim and a small finial at its heart; centred, three lines high."""
    put(p, "t02kd", "", mark_=[p.rng.randrange(len(BRASS)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def beaten(p: Screen) -> None:
    """A strip of beaten bell metal as a divider across the page: rows of hammer facets, each lit on one side
    and shadowed on the other, between two bands turned bright on the lathe; one line high."""
    put(p, "t02bb", "", mark_=[p.rng.randrange(len(BRONZE)), p.rng.randrange(10**6)])


def smudge(p: Screen) -> None:
    """The grey smudges a metal worker's fingers leave on a page: two or three thumb and finger prints of
    polish and soot in its margins, their ridges showing."""
    ext(p)["decor"].append(["smudge", p.rng.randrange(10**6)])


def on_tray(p: Screen) -> None:
    """The page photographed lying on a beaten brass tray (a tambalam): the tray's rolled rim, its hammered
    face of facets catching the light, a band turned bright inside the rim, the page's shadow on it, the page
    a little askew."""
    ext(p)["frame"] = ["tray", p.rng.randrange(len(BRASS)), p.rng.randrange(10**6)]


def on_sack(p: Screen) -> None:
    """The page photographed lying on the jute sack the tin ingots came in: its coarse plain weave, stray
    fibres, the faded red stencil of its contents, the page's shadow, the page a little askew."""
    ext(p)["frame"] = ["sack", p.rng.randrange(len(JUTE)), p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _facets(draw, box, metal, srng: random.Random, size: float, inside=None) -> None:
    """Hammer facets over ``box``: small ovals, each a shade lighter on its upper left and darker on its lower
    right, where ``inside(x, y)`` holds."""
    x0, y0, x1, y1 = box
    step = max(3.0, size)
    y = y0
    row_ = 0
    while y < y1:
        x = x0 + (step / 2 if row_ % 2 else 0)
        while x < x1:
            cx, cy = x + srng.uniform(-1, 1), y + srng.uniform(-1, 1)
            if inside is None or inside(cx, cy):
                r = step * srng.uniform(0.4, 0.5)
                lit = _tint((255, 248, 222), metal, srng.uniform(0.14, 0.32))
                dim = _tint((70, 46, 20), metal, srng.uniform(0.1, 0.24))
                draw.ellipse((cx - r, cy - r * 0.8, cx + r, cy + r * 0.8), fill=dim)
                draw.ellipse((cx - r, cy - r * 0.8, cx + r * 0.5, cy + r * 0.35), fill=lit)
            x += step
        y += step * 0.8
        row_ += 1


def _kalasam(page: Image.Image, cx: float, top_y: float, h: float, metal, seed: int) -> None:
    """The kalasam seen from the side: belly, facets, two bright bands, neck, lip and foot."""
    srng = random.Random(seed)
    draw = ImageDraw.Draw(page)
    dark = _tint((40, 26, 10), metal, 0.55)
    bright = _tint((255, 250, 228), metal, 0.6)
    bw, bh = h * 0.86, h * 0.58
    by = top_y + h * 0.34
    belly = (cx - bw / 2, by, cx + bw / 2, by + bh)
    # the foot ring
    draw.rounded_rectangle(
        (cx - bw * 0.22, by + bh - 4, cx + bw * 0.22, by + bh + h * 0.05), radius=3, fill=dark
    )
    draw.ellipse(belly, fill=metal, outline=dark, width=2)
    mask = Image.new("L", page.size, 0)
    ImageDraw.Draw(mask).ellipse((belly[0] + 3, belly[1] + 3, belly[2] - 3, belly[3] - 3), fill=255)
    layer = page.copy()
    _facets(ImageDraw.Draw(layer), belly, metal, srng, h * 0.075)
    page.paste(layer, (0, 0), mask)
    draw = ImageDraw.Draw(page)
    # the lathe's two bright bands round the belly and a shadow on its lower side
    for share in (0.34, 0.5):
        yy = by + bh * share
        half = bw / 2 * math.sqrt(max(0.0, 1 - ((share - 0.5) * 2) ** 2)) - 3
        draw.arc((cx - half, yy - bh * 0.07, cx + half, yy + bh * 0.07), 0, 180, fill=bright, width=2)
    draw.arc((belly[0] + 5, belly[1] + 5, belly[2] - 5, belly[3] - 4), 20, 160, fill=dark, width=3)
    draw.arc((belly[0] + 8, belly[1] + 6, belly[2] - 8, belly[3] - 8), 200, 250, fill=bright, width=3)
    # the neck and the flared lip
    nw, lip_y = bw * 0.28, top_y + h * 0.06
    draw.polygon(
        [
            (cx - nw / 2, by + 6),
            (cx - nw * 0.42, lip_y + h * 0.1),
            (cx + nw * 0.42, lip_y + h * 0.1),
            (cx + nw / 2, by + 6),
        ],
        fill=metal,
        outline=dark,
    )
    draw.line((cx - nw * 0.18, lip_y + h * 0.12, cx - nw * 0.2, by + 4), fill=bright, width=2)
    lw = bw * 0.5
    draw.ellipse(
        (cx - lw / 2, lip_y, cx + lw / 2, lip_y + h * 0.13),
        fill=_tint((255, 240, 200), metal, 0.2),
        outline=dark,
    )
    draw.ellipse((cx - lw * 0.34, lip_y + h * 0.03, cx + lw * 0.34, lip_y + h * 0.1), fill=dark)


def _kundulu(page: Image.Image, cx: float, top_y: float, h: float, metal, seed: int) -> None:
    """The standing lamp: domed foot, knopped stem, bowl, five flames, finial."""
    srng = random.Random(seed)
    draw = ImageDraw.Draw(page)
    dark = _tint((50, 30, 8), metal, 0.55)
    bright = _tint((255, 250, 226), metal, 0.55)
    foot_y = top_y + h
    fw = h * 0.56
    # the domed foot
    draw.pieslice(
        (cx - fw / 2, foot_y - h * 0.26, cx + fw / 2, foot_y + h * 0.2), 180, 360, fill=metal, outline=dark
    )
    draw.rectangle((cx - fw / 2, foot_y - h * 0.04, cx + fw / 2, foot_y), fill=dark)
    draw.arc(
        (cx - fw * 0.36, foot_y - h * 0.22, cx + fw * 0.2, foot_y + h * 0.1), 200, 260, fill=bright, width=2
    )
    # the stem with its knops
    sw = h * 0.07
    stem_top = top_y + h * 0.38
    draw.rectangle((cx - sw / 2, stem_top, cx + sw / 2, foot_y - h * 0.24), fill=metal, outline=dark)
    for share in (0.2, 0.48, 0.74):
        ky = stem_top + (foot_y - h * 0.24 - stem_top) * share
        kw = sw * srng.choice([2.2, 2.6, 3.0])
        draw.ellipse((cx - kw / 2, ky - sw * 0.55, cx + kw / 2, ky + sw * 0.55), fill=metal, outline=dark)
        draw.arc(
            (cx - kw / 2 + 1, ky - sw * 0.5, cx + kw / 2 - 1, ky + sw * 0.4), 200, 300, fill=bright, width=1
        )
    # the bowl, its rim and the finial at its heart
    bw = h * 0.78
    bowl_y = top_y + h * 0.26
    draw.chord(
        (cx - bw / 2, bowl_y - h * 0.14, cx + bw / 2, bowl_y + h * 0.18), 0, 180, fill=metal, outline=dark
    )
    draw.ellipse(
        (cx - bw / 2, bowl_y - h * 0.045, cx + bw / 2, bowl_y + h * 0.045),
        fill=_tint((255, 236, 190), metal, 0.25),
        outline=dark,
    )
    draw.ellipse(
        (cx - bw * 0.4, bowl_y - h * 0.025, cx + bw * 0.4, bowl_y + h * 0.03),
        fill=_tint((60, 36, 10), metal, 0.4),
    )
    draw.polygon(
        [(cx - sw * 0.6, bowl_y), (cx, bowl_y - h * 0.2), (cx + sw * 0.6, bowl_y)], fill=metal, outline=dark
    )
    draw.ellipse(
        (cx - sw * 0.5, bowl_y - h * 0.25, cx + sw * 0.5, bowl_y - h * 0.17), fill=metal, outline=dark
    )
    # five wicks alight round the rim
    for n in range(5):
        t = n / 4
        fx = cx - bw * 0.44 + bw * 0.88 * t
        fy = bowl_y - h * 0.03 - math.sin(math.pi * t) * h * 0.02
        fh = h * srng.uniform(0.15, 0.19)
        fwid = fh * 0.38
        draw.polygon(
            [
                (fx, fy - fh),
                (fx + fwid, fy - fh * 0.35),
                (fx + fwid * 0.6, fy),
                (fx - fwid * 0.6, fy),
                (fx - fwid, fy - fh * 0.35),
            ],
            fill=FLAME,
        )
        draw.polygon(
            [
                (fx, fy - fh * 0.62),
                (fx + fwid * 0.4, fy - fh * 0.22),
                (fx, fy - 1),
                (fx - fwid * 0.4, fy - fh * 0.22),
            ],
            fill=(255, 236, 150),
        )


def _band(draw, x0: float, x1: float, y0: float, y1: float, metal, seed: int) -> None:
    """The beaten strip: a metal band lit along its middle, rows of facets, two bright turned bands."""
    srng = random.Random(seed)
    hh = y1 - y0
    for k in range(int(hh)):
        t = k / max(1.0, hh - 1)
        share = 0.45 * (1 - abs(t - 0.42) * 2)
        colour = _tint((255, 246, 220), metal, max(0.0, share)) if share > 0 else metal
        draw.line((x0, y0 + k, x1, y0 + k), fill=colour)
    inner = (x0 + 4, y0 + hh * 0.3, x1 - 4, y1 - hh * 0.3)
    _facets(draw, inner, metal, srng, hh * 0.42)
    for yy in (y0 + hh * 0.13, y1 - hh * 0.13):
        draw.line((x0, yy, x1, yy), fill=_tint((255, 252, 236), metal, 0.7), width=2)
        draw.line((x0, yy + 2, x1, yy + 2), fill=_tint((60, 40, 14), metal, 0.4), width=1)
    draw.rectangle((x0, y0, x1, y1), outline=_tint((60, 40, 14), metal, 0.5), width=1)


def _smudge(page: Image.Image, seed: int) -> Image.Image:
    """Two or three grey finger prints in the margins, their ridges in rings, multiplied in."""
    srng = random.Random(seed)
    w, h = page.size
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    for _ in range(srng.randrange(2, 4)):
        rx, ry = srng.uniform(8, 11), srng.uniform(11, 15)
        cx = srng.choice([srng.uniform(4, MARGIN - 4 - rx), srng.uniform(w - MARGIN + 4 + rx, w - 4)])
        cy = srng.uniform(h * 0.15, h * 0.9)
        tone = srng.choice([(150, 150, 146), (132, 128, 122), (164, 160, 150)])
        ld.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=_tint(tone, (255, 255, 255), 0.45))
        for n in range(1, 7):
            k = n / 7
            if srng.random() < 0.2:
                continue
            ld.ellipse((cx - rx * k, cy - ry * k + n * 0.3, cx + rx * k, cy + ry * k), outline=tone, width=1)
    layer = layer.filter(ImageFilter.GaussianBlur(0.9))
    return ImageChops.multiply(page, layer)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: a kalasam and a kundulu as emblems, a strip of beaten bell
    metal as a divider, a metal worker's smudges."""
    page = h294._render(rows, font, style)
    x = style.get("h302")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    marks = x["marks"]
    for what in x["decor"]:
        if what[0] == "smudge":
            page = _smudge(page, what[1])
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t02"):
            continue
        top_y = tops[i] - lift
        m = marks.get(str(i))
        if name == "t02ka":
            metal, seed = m
            _kalasam(page, width / 2, top_y + line * 0.1, line * 2.75, BRONZE[metal], seed)
        elif name == "t02kd":
            metal, seed = m
            _kundulu(page, width / 2, top_y + line * 0.2, line * 2.6, BRASS[metal], seed)
        elif name == "t02bb":
            metal, seed = m
            _band(
                ImageDraw.Draw(page),
                MARGIN,
                width - MARGIN,
                top_y + line * 0.18,
                top_y + line * 0.88,
                BRONZE[metal],
                seed,
            )
    return page


def _askew(base: Image.Image, sheet_: Image.Image, seed: int, tone) -> Image.Image:
    """``sheet_`` laid a little askew in the middle of ``base``, its soft shadow under it."""
    srng = random.Random(seed)
    turned = sheet_.convert("RGBA").rotate(srng.uniform(-2.0, 2.0), resample=Image.BICUBIC, expand=True)
    sx, sy = (base.width - turned.width) // 2, (base.height - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 130 if v > 0 else 0), (sx + 9, sy + 11))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    base = Image.composite(Image.new("RGB", base.size, tone), base, shadow)
    base.paste(turned, (sx, sy), turned)
    return base


def _tray(image: Image.Image, metal_i: int, seed: int) -> Image.Image:
    """The page on a beaten brass tray: dark wood round it, the tray's rolled rim, its hammered face."""
    srng = random.Random(seed)
    metal = BRASS[metal_i]
    w, h = image.size
    pad = 96
    bw, bh = w + 2 * pad, h + 2 * pad
    base = Image.new("RGB", (bw, bh), (58, 40, 28))
    d = ImageDraw.Draw(base)
    for _ in range(40):
        gy = srng.uniform(0, bh)
        d.line(
            (0, gy, bw, gy + srng.uniform(-8, 8)),
            fill=_tint((30, 20, 12), (58, 40, 28), srng.uniform(0.3, 0.8)),
            width=1,
        )
    tray = (20, 20, bw - 20, bh - 20)
    d.rounded_rectangle(tray, radius=46, fill=_tint((90, 60, 20), metal, 0.35))
    d.rounded_rectangle(
        (tray[0] + 6, tray[1] + 6, tray[2] - 6, tray[3] - 6),
        radius=40,
        fill=_tint((255, 244, 210), metal, 0.35),
    )
    face = (tray[0] + 16, tray[1] + 16, tray[2] - 16, tray[3] - 16)
    d.rounded_rectangle(face, radius=32, fill=metal)
    _facets(d, face, metal, srng, 15)
    d.rounded_rectangle(
        (face[0] + 10, face[1] + 10, face[2] - 10, face[3] - 10),
        radius=26,
        outline=_tint((255, 250, 230), metal, 0.6),
        width=2,
    )
    glow = Image.new("L", base.size, 0)
    ImageDraw.Draw(glow).ellipse((bw * 0.05, bh * 0.02, bw * 0.55, bh * 0.4), fill=70)
    glow = glow.filter(ImageFilter.GaussianBlur(40))
    base = Image.composite(Image.new("RGB", base.size, (255, 250, 232)), base, glow)
    return _askew(base, image, seed + 1, (60, 40, 12))


def _sack(image: Image.Image, jute_i: int, seed: int) -> Image.Image:
    """The page on a jute sack: a coarse plain weave, stray fibres, a faded red stencil of its contents."""
    srng = random.Random(seed)
    jute = JUTE[jute_i]
    w, h = image.size
    pad = 90
    bw, bh = w + 2 * pad, h + 2 * pad
    base = Image.new("RGB", (bw, bh), _tint((60, 40, 20), jute, 0.4))
    d = ImageDraw.Draw(base)
    s = 11
    for gy in range(0, bh + s, s):
        for gx in range(0, bw + s, s):
            over = ((gx // s) + (gy // s)) % 2 == 0
            lift = srng.uniform(0.0, 0.2)
            if over:
                tone = _tint((255, 240, 206), jute, lift)
                d.ellipse((gx - 2, gy + 2, gx + s + 2, gy + s - 2), fill=tone)
                d.line(
                    (gx + 1, gy + s * 0.42, gx + s - 1, gy + s * 0.42), fill=_tint((255, 246, 220), tone, 0.3)
                )
            else:
                tone = _tint((96, 70, 36), jute, 0.12 + lift)
                d.ellipse((gx + 2, gy - 2, gx + s - 2, gy + s + 2), fill=tone)
                d.line(
                    (gx + s * 0.42, gy + 1, gx + s * 0.42, gy + s - 1), fill=_tint((200, 170, 120), tone, 0.3)
                )
    for _ in range(140):
        fx, fy = srng.uniform(0, bw), srng.uniform(0, bh)
        a = srng.uniform(0, math.pi)
        ln = srng.uniform(6, 22)
        d.line(
            (fx, fy, fx + math.cos(a) * ln, fy + math.sin(a) * ln),
            fill=_tint((240, 220, 180), jute, 0.5),
            width=1,
        )
    stencil = Image.new("L", base.size, 0)
    sd = ImageDraw.Draw(stencil)
    face = load_font("dejavu/DejaVuSans-Bold.ttf", 44)
    word = srng.choice(["TIN INGOTS 25 KG", "PURE TIN 99.9%", "Sn INGOTS / 25 KG"])
    for yy in (bh * 0.04, bh - 60):
        sd.text((srng.uniform(10, 60), yy), word, font=face, fill=110)
    stencil = stencil.filter(ImageFilter.GaussianBlur(1.2))
    base = Image.composite(Image.new("RGB", base.size, (150, 50, 44)), base, stencil)
    return _askew(base, image, seed + 1, (40, 26, 12))


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout300's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the brass tray or the jute sack a page lies on."""
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
    f = (style.get("h302") or {}).get("frame")
    if f and f[0] == "tray":
        image = _tray(image, f[1], f[2])
    elif f and f[0] == "sack":
        image = _sack(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    for face in [*PENS, *TYPES, "dejavu/DejaVuSans-Bold.ttf"]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout302 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the gallery's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "KALASA GALLERY VISAKHAPATNAM"]
VPAS = [
    "kalasagallery@kvb",
    "Q628140395@ybl",
    "kalasa.vizag@okaxis",
    "srikalinga.bellmetal@okicici",
    "kalasagallery.47@oksbi",
]
BUYERS = [
    ("Lakshmi Prasanna", "lakshmi.p@okhdfcbank", "HDFC Bank"),
    ("Srinivas Varma", "srinivasvarma@oksbi", "State Bank of India"),
    ("Harika Reddy", "harika.r@ybl", "Union Bank of India"),
    ("Venkat Rao P", "venkatrao.p@okicici", "ICICI Bank"),
    ("Padmaja Kolla", "padmajakolla@axl", "Axis Bank"),
    ("Rohit Malhotra", "rohitm@okaxis", "Kotak Mahindra Bank"),
    ("Meera Iyengar", "meera.iyengar@ibl", "Canara Bank"),
    ("Sai Teja Duvvuri", "saiteja.d@upi", "Indian Bank"),
]
MEMOS = ["bindelu for pelli", "kalasam x2", "uruli 18 in", "deepam x6", "pooja set", "karthika lamps"]


def bank_of(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Union Bank of India": "Union Bank",
        "Kotak Mahindra Bank": "Kotak",
        "HDFC Bank": "HDFC Bank",
        "ICICI Bank": "ICICI Bank",
        "Axis Bank": "Axis Bank",
        "Canara Bank": "Canara Bank",
        "Indian Bank": "Indian Bank",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Kalasa Gallery or the firm: CRED's dark "payment successful" in an octagon ("paid to
    <payee>" under the sum, the payee's UPI ID; UPI transaction ID, CRED transaction ID, paid via and date on
    hairline rows; a CRED coins line); Fi's payment in a bottom sheet over the dimmed app (the payee's UPI ID
    under the app's bar; a Payment successful capsule, the sum, "to <payee>"; UPI reference, Date and From at
    the left and the right); Samsung Wallet's PAYMENT FAILED on a red ribbon (the sum, "to <payee>", the
    reason in a notice; UPI Ref. No., Txn ID, Date and Bank account each in a ruled box of its own); RBL
    MoBank's Transaction Successful with the sum set large, its paise raised ("Paid to" over the payee; UPI
    Ref No, Date & Time and Debited from each in a form's rounded box under its small label); a WhatsApp chat
    with the gallery's business account in Karthikam (the day's divider, the gallery's message in its bubble,
    the buyer's payment card "Payment to <payee>", the sum, "Paid" and its hour, the gallery's reply; no
    reference); Bajaj Finserv's Bajaj Pay with its progress bar filled (Payment Successful, the sum, "Paid to"
    over the payee; UPI Ref. No., Transaction ID, Date & time, Paid from in dot leaders; Bajaj coins); NSDL
    Payments Bank's Jiffy in its dark theme with the payment pending under a spinner (the sum, "to <payee>", a
    notice; its stages top to bottom; UPI Ref No, Initiated on, From at the left and the right); Paytm for
    Business on the gallery's phone (the gallery under the app, a "Today" divider, a card: the sum received,
    "from <buyer>", UPI Ref. No. and the hour; a toast at the foot; no day). Paytm for Business is near
    heldout299's Paytm; the rest are new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=450, high=56000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_of(bank)
    dot = dot2(font)
    if k == 0:
        p = phone(rng, font, k, ["", "payment details"], dark=True, buttons=("share receipt",))
        app_head(p, "CRED", "UPI  |  pay anyone")
        octa(p, status)
        p.add("center", "payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paid to {to}", f"paid to {SHOP}"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", vpa)
        p.add("gap")
        cid = f"CRD{j.date:%y%m%d}{code(rng, 10, ALNUM)}"
        h269.kind(p, "cr", [(0.0, 0.46, "l"), (0.46, 1.0, "r")], "line")
        h269.row(p, "cr", "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        h269.row(p, "cr", "CRED transaction ID", cid, txn=(TXN_RANK, cid))
        h269.row(p, "cr", "paid via", f"{sb.lower()} a/c {dot}{digits(rng, 4)}", method="UPI")
        h269.row(
            p, "cr", "date", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)).lower(), date=j.date
        )
        p.add("gap")
        p.add("small", f"you won {rng.randrange(40, 900)} CRED coins on this payment")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Pay"], dark=False, buttons=("Done",))
        band(p, (0, 150, 136))
        app_head(p, "Fi", "Federal Bank  |  UPI")
        p.add("small", f"Pay to UPI ID {vpa}")
        p.add("gap")
        h287.sheet_open(p)
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        kvr(p, "UPI reference", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ", " at ")), date=j.date)
        kvr(p, "From", f"Fi Savings {dot}{digits(rng, 4)}", method="UPI")
        p.add("small", "Split this with friends on Fi")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Try again",))
        band(p, (20, 40, 160))
        app_head(p, "Samsung Wallet", "UPI  |  Axis Bank")
        h275.ribbon(p, "PAYMENT FAILED", RED)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name, status=status)
        boxed(
            p,
            "The payee's bank did not respond in time (U68). Any amount debited will come back to your "
            "account within 3 working days.",
            "error",
        )
        sid = f"SWU{digits(rng, 13)}"
        gkv(p, "sw", "UPI Ref. No.", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        gkv(p, "sw", "Txn ID", sid, at=0.36, txn=(TXN_RANK, sid))
        gkv(
            p, "sw", "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ", " ")), at=0.36, date=j.date
        )
        gkv(p, "sw", "Bank account", f"{sb} XX{digits(rng, 4)}", at=0.36, method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Home"))
        band(p, (22, 40, 110))
        app_head(p, "RBL MoBank", "RBL Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Transaction Successful", status=status)
        mark = rupee(p.font)
        h275.bigsum(p, mark, j.amount, rng.choice(["indian", "western"]), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        field(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", ")), date=j.date)
        field(p, "Debited from", f"RBL Savings XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        in_window(j, rng, KARTHIKA, KARTHIKA_DAYS)
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (7, 94, 84))
        p.part = "head"
        p.add("title", pick(p, "title", [SHOP, "Kalasa"]))
        p.add("small", "Business account")
        p.add("gap")
        p.part = "body"
        p.add("gap")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y", "%a, {d} %b %Y"])), date=j.date)
        p.add("gap")
        at = hours(rng, 3)
        s0 = len(p.rows)
        p.add(
            "left",
            rng.choice(
                [
                    "Your Karthika deepams are packed.",
                    "Your deepam set is ready.",
                    "The kundulu pair is ready.",
                ]
            ),
        )
        p.add("left", "You can pay here.")
        h273.bubble(p, s0, at[0])
        p.add("gap")
        s = h275.gcard_open(p)
        small = load_font(p.font, int(p.style["size"] * 0.86))
        name = SHOP if small.getlength(f"Payment to {to}") > 0.7 * room_of(p) - 40 else to
        h275.inrow(p, f"Payment to {name}", scale=0.86, soft=True, merchant=name)
        h275.inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        tick_ = sign(font, "\u2713", "")
        h275.inrow(
            p, f"{tick_} Paid {sign(font, chr(0x2022), '|')} {at[1]}".strip(), status=status, method="UPI"
        )
        h275.gcard_close(p, s)
        p.add("gap")
        p.add("gap")
        s1 = len(p.rows)
        p.add("left", "Received, thank you! Dispatching tomorrow.")
        h273.bubble(p, s1, at[2])
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Done",))
        band(p, (0, 114, 188))
        app_head(p, "Bajaj Finserv", "Bajaj Pay UPI")
        progress(p, 1.0, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        bid = f"BFL{digits(rng, 14)}"
        dots(p, "UPI Ref. No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        dots(p, "Transaction ID", bid, at=0.4, txn=(TXN_RANK, bid))
        dots(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        dots(p, "Paid from", f"{sb} {dot}{digits(rng, 4)}", at=0.4, method="UPI")
        p.add("small", f"{rng.randrange(5, 60)} Bajaj coins added to your wallet")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("Refresh",))
        app_head(p, "Jiffy", "NSDL Payments Bank  |  UPI")
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(p, "We are waiting for the payee's bank to confirm. Please don't pay again.", "warn")
        h271.step(p, "Payment initiated", "from your account", "done")
        h271.step(p, "Bank confirmation", "awaited", "pending")
        h271.step(p, "Paid", "", "todo")
        p.add("gap")
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "From", f"NSDL PB {dot}{digits(rng, 4)}", method="UPI")
        return p.done()
    j.amount = float(round(j.amount))
    p = phone(rng, font, k, ["", "Payments"], dark=False, buttons=())
    band(p, (0, 46, 110))
    app_head(p, "Paytm for Business", "Payments  |  Settlements")
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", "Dwaraka Nagar, Visakhapatnam")
    p.add("gap")
    divider(p, "Today")
    p.add("gap")
    c = card_open(p)
    mark = rupee(p.font)
    p.add("left", f"{mark}{num(j.amount, 'indian', 0)} received", amount=j.amount, status=status)
    small_l(p, f"from {who}")
    cols(
        p,
        "pb1",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        f"UPI Ref. No. {j.ref}",
        hhmm(rng, lower=True),
        mode="soft",
        txn=(UTR_RANK, j.ref),
        method="UPI",
    )
    card_close(p, c)
    p.add("gap")
    p.add("small", "Settles to your Karur Vysya Bank account by 9 PM")
    h275.toast(p, f"Payment of {mark}{num(j.amount, 'indian', 0)} received")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


APHDC = "A.P. HANDICRAFTS DEVELOPMENT CORPN. LTD."
DEVASTHANAM = "Sri Varaha Lakshmi Narasimha Swamy Vari Devasthanam"
DEVASTHANAM_TE = "శ్రీ వరాహ లక్ష్మీ నృసింహ స్వామి వారి దేవస్థానం"
DECCAN = "Deccan Heritage Hotels Pvt. Ltd."
KONKAN = "Konkan Bay Hotels Pvt. Ltd."
RUCHULU = "Godavari Ruchulu Restaurants"
GIFTOLIA = "Giftolia Corporate Gifts LLP"
KALYANAM = "Kalyanam Weddings"
UNIVERSITY = "Andhra University, Visakhapatnam"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: Lepakshi's (the A.P. Handicrafts Development Corporation's)
    SUPPLIER PAYMENT ADVICE printed by a dot-matrix printer on continuous stationery (ADVICE NO and DATE,
    SUPPLIER CODE, SUPPLIER NAME; BILL NO | BILL DT | GROSS | TDS | NET in the printer's columns; NET AMOUNT
    PAID; MODE and UTR NO); the Simhachalam Devasthanam's letter under its Telugu name, folded in four and
    embossed with its seal (Rc. No. and Dt.; To, M/s the firm; Sub: and Ref:; "... has been paid today to your
    bank account by NEFT vide UTR No. ..." (RTGS over two lakh)); a Hyderabad hotel group's PAYMENT ADVICE
    printed from SAP (Payment Doc., Company Code, Vendor, Payment Date, Pmt Method and Currency two pairs to a
    row with colons, Vendor Name and Bank Ref. under them; its sentence; Reference | Doc. Date | Gross | WHT
    194C | Net in a striped table; Total Paid (INR)); Deutsche Bank's Autobahn with a Mumbai hotel company's
    RTGS processed (a capsule at the left; Payment Reference, Bank Reference, UTR, Beneficiary, Account, IFSC,
    Amount, Value Date, Payment Type against a gutter); a restaurant chain's accounts message forwarded in a
    WhatsApp chat under a "Today" divider ("Forwarded"; "Payment released to <payee>", "Rs. x by NEFT against
    ...", "UTR: ..."; no day); GeM's order page with the payment under process at PFMS for Andhra University's
    lamps (a capsule; the order's stages top to bottom; Contract No., Buyer, Seller, Item, Bill No., Amount,
    Payment Mode, Initiated on in shaded labels); Easebuzz Payouts' payout failed for a Pune gifting firm
    under an octagon (the reason in a notice; Payout ID and Unique Request No., Beneficiary and Account,
    Amount and Mode, Requested at and Failure code, each label small over its value two to a row); a Hyderabad
    wedding planner's mail in the wedding season ("we have transferred Rs. x/- ... today, <day>, by IMPS";
    Payee, Amount, Mode, Date at the left and the right; no reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=9500, high=290000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (252, 253, 250)
        h275.greenbar(p)
        p.part = "head"
        p.add("gap")
        h271.ext(p)["tt_scale"] = 0.84
        n_ = min(h271.tt_cols(p) - 1, 74)

        def line(text: str, **facts) -> None:
            assert len(text) <= n_, text
            typed(p, text, scale=0.84, **facts)

        line(APHDC.center(n_).rstrip())
        line("LEPAKSHI  -  HEAD OFFICE, VIJAYAWADA (A.P.)".center(n_).rstrip())
        line("-" * n_)
        p.part = "body"
        line("SUPPLIER PAYMENT ADVICE".center(n_).rstrip())
        line("-" * n_)
        adv = f"LPK/ACC/{fy(j.date)}/{rng.randrange(100, 2900)}"
        day = on(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])
        left = f"ADVICE NO : {adv}"
        line(f"{left}{'DATE : ' + day:>{n_ - len(left)}}", txn=(INVOICE_RANK, adv), date=j.date)
        line(f"SUPPLIER CODE : LPK-SKL-{rng.randrange(100, 999)}")
        line(f"SUPPLIER NAME : {FIRM_CAPS}", merchant=FIRM_CAPS)
        line("THE BILLS BELOW HAVE BEEN PASSED AND PAID TO YOUR BANK ACCOUNT.", status=status)
        line("-" * n_)
        widths = [20, 11, 13, 9, 13]
        head = ["BILL NO", "BILL DT", "GROSS", "TDS", "NET"]

        def cells(texts: list[str]) -> str:
            out = ""
            for text, w_, n2 in zip(texts, widths, range(5)):
                out += text.ljust(w_) if n2 < 2 else text.rjust(w_)
            return out

        line(cells(head))
        net_total = 0.0
        for no_, day_, v in bills(rng, j, rng.randrange(1, 4), "SKB"):
            gross = round(v / 0.999, 2)
            line(cells([no_, when(day_, "%d/%m/%y"), f"{gross:.2f}", f"{gross - v:.2f}", f"{v:.2f}"]))
            net_total += v
        j.amount = round(net_total, 2)
        line("-" * n_)
        tot = num(j.amount)
        line(f"{'NET AMOUNT PAID :':<{n_ - len(tot)}}{tot}", amount=j.amount)
        way = way_for(j.amount)
        utr = utr_from(rng, j, "State Bank of India", way)
        line(f"MODE : {way}    UTR NO : {utr}", method="netbanking", txn=(UTR_RANK, utr))
        line("-" * n_)
        line("COMPUTER GENERATED ADVICE. NO SIGNATURE IS REQUIRED.")
        p.add("gap")
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(60, 900) * 100)
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(253, 250, 240), (250, 248, 240)])
        h287.decor(p, "fold")
        p.part = "head"
        telugu(p, DEVASTHANAM_TE, scale=1.05, bold=True)
        top(p, first_fit(p, [DEVASTHANAM.upper(), DEVASTHANAM], 1.35))
        p.add("small", "Simhachalam, Visakhapatnam - 530028  |  Office of the Executive Officer")
        p.add("rule")
        p.part = "body"
        cols(
            p,
            "dv",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Rc. No. {rng.randrange(200, 2400)}/Accts/{j.date.year}",
            f"Dt. {on(j, rng, ['%d.%m.%Y', '%d-%m-%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Managing Partner,")
        name = first_fit(p, [f"M/s {FIRM},", f"M/s {FIRM_CAPS},"]).removeprefix("M/s ").rstrip(",")
        p.add("left", f"M/s {name},", merchant=name)
        p.add("left", TOWN)
        p.add("gap")
        para(p, "Sir,")
        para(
            p, "Sub: Supply of bell metal gangalams and brass deepams for the temple kitchen - payment - reg."
        )
        inv = f"SKB/{fy(j.date)}/{rng.randrange(20, 300):03d}"
        para(p, f"Ref: Your Invoice No. {inv} dt. {when(earlier(rng, j, 12, 40), '%d.%m.%Y')}.")
        p.add("gap")
        utr = utr_from(rng, j, "State Bank of India", "RTGS" if j.amount >= 200000 else "NEFT")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        para(
            p,
            f"With reference to the above, the amount of Rs. {num(j.amount, 'indian', 0)}/- (Rupees "
            f"{bare(j.amount)} only) sanctioned against your invoice has been paid today to your bank "
            "account "
            f"by {way} vide UTR No. {utr}. Please acknowledge the receipt.",
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Executive Officer")
        h279.emboss(p)
        return p.done()
    if k == 2:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, first_fit(p, [DECCAN, "Deccan Heritage Hotels"], 1.35))
        p.add(
            "small", f"Road No. 12, Banjara Hills, Hyderabad - 500034  |  GSTIN {gstin_for(rng, '36', 'C')}"
        )
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT ADVICE")
        doc = f"15000{rng.randrange(10000, 99999)}"
        way = way_for(j.amount)
        utr = utr_from(rng, j, "HDFC Bank", way)
        spec = [(0.0, 0.24, "l"), (0.24, 0.5, "l"), (0.52, 0.74, "l"), (0.74, 1.0, "l")]
        colkv(p, "sp1", spec, "Payment Doc.:", doc, "Company Code:", "DHH1", txn=(INVOICE_RANK, doc))
        colkv(
            p,
            "sp1",
            spec,
            "Vendor:",
            f"200{rng.randrange(100, 999)}",
            "Payment Date:",
            on(j, rng, ["%d.%m.%Y"]),
            date=j.date,
        )
        colkv(p, "sp1", spec, "Pmt Method:", f"N - {way}", "Currency:", "INR", method="netbanking")
        name = first_fit(p, [FIRM_CAPS, CUT], 1.0, 0.74)
        colkv(p, "sp2", [(0.0, 0.24, "l"), (0.24, 1.0, "l")], "Vendor Name:", name, merchant=name)
        colkv(
            p, "sp2", [(0.0, 0.24, "l"), (0.24, 1.0, "l")], "Bank Ref.:", f"{utr} (UTR)", txn=(UTR_RANK, utr)
        )
        p.add("gap")
        para(
            p,
            "We have made the payment below to your bank account. Please contact us for any difference.",
            status=status,
        )
        rows_, total_ = [], 0.0
        for no_, day_, v in bills(rng, j, rng.randrange(1, 4), "SKB"):
            gross = round(v / 0.99, 2)
            rows_.append(([no_, when(day_, "%d.%m.%Y"), num(gross), num(round(gross - v, 2)), num(v)], {}))
            total_ += v
        j.amount = round(total_, 2)
        p.add("gap")
        zebra(
            p,
            "sz",
            [(0.0, 0.27, "l"), (0.27, 0.45, "l"), (0.45, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Reference", "Doc. Date", "Gross", "WHT 194C", "Net"],
            rows_,
            (40, 70, 110),
        )
        total(p, "Total Paid (INR)", num(j.amount), at=0.6, amount=j.amount)
        p.add("small", "System generated from SAP. No signature required.")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 205000, 460000, 0.6)
        p = browser_page(rng, font, "autobahn.db.com/corporate/payments/status")
        p.part = "head"
        top(p, "Deutsche Bank")
        p.add("small", f"Autobahn Corporate Banking  |  {KONKAN}, Mumbai")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment status")
        pill(p, "Processed", status, align="l")
        p.add("gap")
        pref = f"KBH-VP-{j.date:%y%m}-{rng.randrange(100, 999)}"
        bref = f"DBI{digits(rng, 11)}"
        utr = utr_from(rng, j, "Deutsche Bank", "RTGS")
        name = rng.choice([CUT, FIRM_CAPS])
        gutter(p, "db", "Payment Reference", pref, at=0.36, txn=(INVOICE_RANK, pref))
        gutter(p, "db", "Bank Reference", bref, at=0.36, txn=(BANK_RANK, bref))
        gutter(p, "db", "UTR", utr, at=0.36, txn=(UTR_RANK, utr))
        gutter(p, "db", "Beneficiary", name, at=0.36, merchant=name)
        gutter(p, "db", "Account", f"XXXXXXXX{digits(rng, 4)}", at=0.36)
        gutter(p, "db", "IFSC", IFSC_OWN, at=0.36)
        gutter(p, "db", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "db", "Value Date", on(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=0.36, date=j.date)
        gutter(p, "db", "Payment Type", "RTGS (domestic)", at=0.36, method="netbanking")
        p.add("small", "Brass lamps and urulis for the Alibaug resort")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(60, 900) * 50)
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (7, 94, 84))
        p.part = "head"
        p.add("title", pick(p, "title", ["Praveen, Godavari Ruchulu", "Praveen (Purchase)"]))
        p.add("small", "online")
        p.add("gap")
        p.part = "body"
        p.add("gap")
        divider(p, "Today")
        p.add("gap")
        s0 = len(p.rows)
        h294.fwd(p)
        name = first_fit(p, [f"Payment released to {FIRM}", f"Payment released to {CUT}"], 1.0, 0.92)
        p.add("left", name, merchant=name.removeprefix("Payment released to "), status=status)
        inv = f"SKB/{fy(j.date)}/{rng.randrange(20, 300):03d}"
        para(
            p,
            f"Rs. {num(j.amount, 'indian', 0)} by NEFT against inv {inv}",
            amount=j.amount,
            method="netbanking",
        )
        utr = utr_from(rng, j, "ICICI Bank", "NEFT")
        p.add("left", f"UTR: {utr}", txn=(UTR_RANK, utr))
        p.add("left", f"- Accounts, {RUCHULU}")
        at = hours(rng, 2)
        h273.bubble(p, s0, at[0])
        p.add("gap")
        s1 = len(p.rows)
        p.add("left", "Forwarding for your records. Please send the")
        p.add("left", "urulis for the new branch by next week.")
        h273.bubble(p, s1, at[1])
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(12, 40) * rng.choice([4850, 5200, 6100]))
        contract = f"GEMC-5116877{digits(rng, 8)}"
        p = browser_page(rng, font, f"gem.gov.in/order/view/{contract}")
        p.part = "head"
        top(p, "GeM")
        p.add("small", "Government e-Marketplace  |  Order and payment status")
        p.add("rule")
        p.part = "body"
        capsule(p, "Payment under process", status)
        p.add("gap")
        h271.step(p, "CRAC generated", "by the buyer", "done")
        h271.step(p, "Bill generated", "by the seller", "done")
        h271.step(p, "Payment under process", "at PFMS", "pending")
        h271.step(p, "Payment credited", "", "todo")
        p.add("gap")
        name = rng.choice([FIRM_CAPS, FIRM])
        kv(p, "Contract No.", contract, at=0.34, txn=(ORDER_RANK, contract))
        kv(p, "Buyer", UNIVERSITY, at=0.34)
        kv(p, "Seller", name, at=0.34, merchant=name)
        kv(p, "Item", "Brass standing lamp (kundulu), 2 ft", at=0.34)
        kv(p, "Bill No.", f"SKB/{fy(j.date)}/{rng.randrange(20, 300):03d}", at=0.34)
        kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Payment Mode", "PFMS (e-payment)", at=0.34, method="netbanking")
        kv(p, "Initiated on", on(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=0.34, date=j.date)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "dashboard.easebuzz.in/payouts/transfers")
        p.part = "head"
        top(p, "Easebuzz Payouts")
        p.add("small", f"{GIFTOLIA}, Pune  |  Transfers")
        p.add("rule")
        p.part = "body"
        octa(p, status)
        p.add("center", "Payout Failed", status=status)
        boxed(
            p,
            "The beneficiary bank rejected the credit (IMPS response M1: invalid account). The amount has "
            "been returned to your payout wallet.",
            "error",
        )
        pid = f"EZP{digits(rng, 12)}"
        urn = f"GFT{j.date:%y%m}{rng.randrange(1000, 9999)}"
        name = rng.choice([CUT, "SRI KALINGA BELL METAL"])
        two_up(p, "ez1", ("Payout ID", pid), ("Unique Request No.", urn), txn=(TXN_RANK, pid))
        two_up(p, "ez2", ("Beneficiary", name), ("Account", f"XXXXXXX{digits(rng, 4)}"), merchant=name)
        two_up(p, "ez3", ("Amount", rs(j.amount)), ("Mode", "IMPS"), amount=j.amount, method="netbanking")
        two_up(
            p,
            "ez4",
            ("Requested at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            ("Failure code", "M1"),
            date=j.date,
        )
        return p.done()
    in_window(j, rng, MAGHA, MAGHA_DAYS)
    j.amount = float(rng.randrange(80, 900) * 500)
    p = mail_page(
        rng,
        font,
        f"{KALYANAM} Accounts <accounts@kalyanamweddings.in>",
        ["Payment for the sare vessels", "Re: Sare vessels - payment done"],
    )
    p.part = "head"
    top(p, KALYANAM)
    p.add("small", "Wedding planners  |  Jubilee Hills, Hyderabad")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Ravi Kiran garu,")
    day = on(j, rng, ["%d/%m/%Y", "{d} %B %Y"])
    para(
        p,
        f"As discussed, we have transferred Rs. {num(j.amount, 'indian', 0)}/- (Rupees {bare(j.amount)} "
        "only) "
        f"to your account today, {day}, by IMPS for the bindelu, kalasams and kundulu of the bride's sare. "
        "Please confirm once received.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=status,
    )
    p.add("gap")
    name = rng.choice([FIRM, FIRM_CAPS])
    kvr(p, "Payee", name, merchant=name)
    kvr(p, "Amount", rs(j.amount))
    kvr(p, "Mode", "IMPS")
    kvr(p, "Date", day)
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", f"Sowmya, Accounts, {KALYANAM}")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Tembusu Living Pte Ltd", "Singapore", "SGD", 800, 9000, "ocbc"),
    ("Huis & Haard B.V.", "Amsterdam, Netherlands", "EUR", 700, 9500, "abn"),
    ("Cedar & Brass Home Inc.", "Vancouver, Canada", "CAD", 900, 11000, "scotia"),
    ("Maison Laiton SARL", "Lyon, France", "EUR", 800, 10000, "bnp"),
    ("Hanok Craft Co., Ltd.", "Seoul, Korea", "KRW", 1200000, 14000000, "kb"),
    ("Seri Tembaga Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", 2500, 32000, "maybank"),
    ("Harbour Temple Supplies Ltd", "Hong Kong", "HKD", 6000, 80000, "hangseng"),
    ("Lotus Lamp Imports LLC", "Houston, Texas, USA", "USD", 900, 11000, "bofa"),
]


def foreign_sum(rng: random.Random, font: str, cur: str, frame: str):
    """A foreign sum as its page prints it: Singapore dollars (S$ or SGD), euros the Dutch way (€ 1.234,56 or
    EUR 1.234,56) on ABN AMRO and the French way (1 234,56 € or 1 234,56 EUR) on BNP Paribas, Canadian dollars
    (C$ or $ ... CAD), won whole (₩ or KRW), ringgit (RM or MYR), Hong Kong dollars (HK$ or HKD), US dollars
    ($ or USD)."""

    def grouped(v: float, thousands: str, point: str) -> str:
        return f"{v:,.2f}".replace(",", "_").replace(".", point).replace("_", thousands)

    if cur == "EUR" and frame == "abn":
        mark = rng.choice(["\u20ac " if glyphs(font, "\u20ac") else "EUR ", "EUR "])
        return lambda v: mark + grouped(v, ".", ",")
    if cur == "EUR":
        after = rng.choice([" \u20ac" if glyphs(font, "\u20ac") else " EUR", " EUR"])
        return lambda v: grouped(v, " ", ",") + after
    if cur == "KRW":
        mark = rng.choice(
            ["\u20a9" if glyphs(font, "\u20a9") and glyphs(bold_of(font), "\u20a9") else "KRW ", "KRW "]
        )
        return lambda v: f"{mark}{v:,.0f}"
    if cur == "CAD":
        form = rng.choice(["C${v}", "${v} CAD"])
    else:
        form = rng.choice(
            {
                "SGD": ["S${v}", "SGD {v}"],
                "MYR": ["RM {v}", "MYR {v}"],
                "HKD": ["HK${v}", "HKD {v}"],
                "USD": ["${v}", "USD {v}"],
            }[cur]
        )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shops, importers and temple suppliers abroad paying the firm for bell-metal urulis, bindelu, kalasams,
    lamps and bells: OCBC Velocity's Telegraphic Transfer completed in Singapore dollars (Value date,
    Beneficiary name, Beneficiary bank, SWIFT / BIC, Amount, Charges, Transaction reference, Purpose each in a
    box ruled on every side); ABN AMRO's app with a buitenlandse overboeking / foreign transfer executed in
    euros the Dutch way under a tile's tick (the sum, "aan / to <payee>"; Datum / Date, Kenmerk / Reference,
    Kosten / Costs, Van / From at the left and the right); Scotiabank's ScotiaConnect with an international
    money transfer returned in Canadian dollars (a Returned capsule at the left, the reason in a notice; Date
    sent month first in words, Amount, Recipient, Recipient bank, SWIFT/BIC, Reference number, Charges in dot
    leaders); BNP Paribas' AVIS D'OPÉRATION of a virement international émis / international transfer sent in
    euros the French way (Date d'opération / Operation date, Bénéficiaire / Beneficiary, Banque / Bank, BIC,
    Montant / Amount, Frais / Charges, Référence / Reference on hairline rows); KB Kookmin Bank's KB Star
    Banking with an overseas remittance completed in won under an octagon (the sum, "to <payee>"; Remittance
    date year first with dots, Remittance No., Fee type, Beneficiary bank with colons); Maybank's MAE with a
    foreign telegraphic transfer successful in ringgit, shared (a large tick, the sum, "to <payee>"; Date,
    Transfer type, Recipient bank at the left and the right; no reference); Hang Seng Bank's app with a
    telegraphic transfer completed in Hong Kong dollars ("Today <hour> HKT"; the sum, "to <payee>"; Reference
    No. and Transfer type in tiles; Charges; no day); Bank of America's CashPro with an international wire in
    process in US dollars (its stages top to bottom, a notice; Send date month first in words, Amount,
    Recipient, Recipient bank, SWIFT/BIC, Reference, Wire type in a striped table). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "KRW":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = foreign_sum(rng, font, cur, frame)
    sum_ = {"amount": j.amount, "cur": cur}
    if frame == "ocbc":
        p = browser_page(rng, font, "internet-banking.ocbc.com/business/tt/confirmation")
        p.part = "head"
        top(p, "OCBC")
        p.add("small", f"OCBC Velocity  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Telegraphic Transfer")
        p.add("center", "Transaction completed", status=status)
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([CUT, FIRM_CAPS])
        gkv(p, "oc", "Value date", when(j.date, rng.choice(["%d %b %Y", "{d} %B %Y"])), at=0.36, date=j.date)
        gkv(p, "oc", "Beneficiary name", name, at=0.36, merchant=name)
        gkv(p, "oc", "Beneficiary bank", OUR_BANK, at=0.36)
        gkv(p, "oc", "SWIFT / BIC", BIC, at=0.36)
        gkv(p, "oc", "Amount", show(j.amount), at=0.36, **sum_)
        gkv(p, "oc", "Charges", "SHA - shared", at=0.36, method="netbanking")
        gkv(p, "oc", "Transaction reference", ref, at=0.36, txn=(BANK_RANK, ref))
        gkv(p, "oc", "Purpose", "Goods - bell metal ware", at=0.36)
        return p.done()
    if frame == "abn":
        p = phone(rng, font, k, ["", "Overboeking"], dark=False, buttons=("Klaar",))
        band(p, (0, 102, 94))
        app_head(p, "ABN AMRO", "Buitenlandse overboeking")
        h287.tile(p, status)
        p.add("center", "Uitgevoerd / Executed", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"aan / to {FIRM_CAPS}", f"aan / to {CUT}"])[9:]
        p.add("center", f"aan / to {name}", merchant=name)
        p.add("gap")
        ref = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 6)}"
        kvr(p, "Datum / Date", when(j.date, "%d-%m-%Y"), date=j.date)
        kvr(p, "Kenmerk / Reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Kosten / Costs", "Gedeeld (SHA)", method="netbanking")
        kvr(p, "Van / From", clip(payer, 24))
        return p.done()
    if frame == "scotia":
        p = browser_page(rng, font, "scotiaconnect.scotiabank.com/payments/imt/detail")
        p.part = "head"
        top(p, "Scotiabank")
        p.add("small", f"ScotiaConnect  |  {payer}, Vancouver")
        p.add("rule")
        p.part = "body"
        p.add("left", "International Money Transfer")
        pill(p, "Returned", status, align="l")
        boxed(
            p,
            "The recipient's bank returned this transfer: the account number does not match the recipient's "
            "name. The amount, less charges, has been credited back to your account.",
            "error",
        )
        ref = f"IMT{digits(rng, 10)}"
        name = rng.choice([CUT, FIRM_CAPS])
        dots(p, "Date sent", when(j.date, rng.choice(["%b {d}, %Y", "%B {d}, %Y"])), at=0.36, date=j.date)
        dots(p, "Amount", show(j.amount), at=0.36, bold=True, **sum_)
        dots(p, "Recipient", name, at=0.36, merchant=name)
        dots(p, "Recipient bank", "KARUR VYSYA BANK, INDIA", at=0.36)
        dots(p, "SWIFT/BIC", BIC, at=0.36)
        dots(p, "Reference number", ref, at=0.36, txn=(BANK_RANK, ref))
        dots(p, "Charges", "Shared", at=0.36, method="netbanking")
        return p.done()
    if frame == "bnp":
        p = sheet(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "BNP PARIBAS")
        p.add("small", "Agence Lyon Bellecour  |  Avis d'opération / Transaction advice")
        p.add("rule")
        p.part = "body"
        cols(p, "bn0", [(0.0, 0.62, "l"), (0.62, 1.0, "r")], payer, "Lyon")
        p.add("gap")
        para(p, "VIREMENT INTERNATIONAL ÉMIS / INTERNATIONAL TRANSFER SENT", "center", status=status)
        p.add("gap")
        ref = f"{j.date:%y%m%d}{code(rng, 3, UPPER)}{digits(rng, 6)}"
        name = rng.choice([CUT, FIRM_CAPS])
        h269.kind(p, "bn", [(0.0, 0.46, "l"), (0.46, 1.0, "l")], "line")
        for label, value, facts in [
            ("Date d'opération / Operation date", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("Bénéficiaire / Beneficiary", name, {"merchant": name}),
            ("Banque / Bank", "KARUR VYSYA BANK, INDIA", {}),
            ("BIC", BIC, {}),
            ("Montant / Amount", show(j.amount), sum_),
            ("Frais / Charges", "SHA (partagés)", {"method": "netbanking"}),
            ("Référence / Reference", ref, {"txn": (BANK_RANK, ref)}),
        ]:
            h269.row(p, "bn", label, value, **facts)
        p.add("gap")
        p.add("small", "Motif / Purpose: facture SKB-EX, urulis en métal de cloche")
        return p.done()
    if frame == "kb":
        p = phone(rng, font, k, ["", "Remittance"], dark=False, buttons=("OK",))
        band(p, (255, 188, 0), (40, 32, 20))
        app_head(p, "KB Star Banking", "KB Kookmin Bank  |  Overseas Remittance")
        octa(p, status)
        p.add("center", "Remittance completed", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        rno = f"{j.date:%Y%m%d}-{digits(rng, 6)}"
        spec = [(0.0, 0.44, "l"), (0.44, 1.0, "l")]
        colkv(p, "kb", spec, "Remittance date :", when(j.date, "%Y.%m.%d"), date=j.date)
        colkv(p, "kb", spec, "Remittance No. :", rno, txn=(BANK_RANK, rno))
        colkv(p, "kb", spec, "Fee type :", "SHA (shared)", method="netbanking")
        colkv(p, "kb", spec, "Beneficiary bank :", "Karur Vysya Bank")
        return p.done()
    if frame == "maybank":
        p = phone(rng, font, k, ["", "Receipt"], dark=False, buttons=("Share receipt",))
        band(p, (255, 198, 0), (30, 30, 30))
        app_head(p, "MAE by Maybank2u", "Overseas Transfer")
        sicon(p, status)
        p.add("center", "Transfer Successful", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        kvr(p, "Date", when(j.date, rng.choice(["%d %b %Y", "{d} %b %Y"])), date=j.date)
        kvr(p, "Transfer type", "Foreign TT (SHA)", method="netbanking")
        kvr(p, "Recipient bank", "Karur Vysya Bank, India")
        p.add("small", f"From {payer}, Kuala Lumpur")
        return p.done()
    if frame == "hangseng":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (0, 116, 86))
        app_head(p, "Hang Seng Bank", "Business Banking  |  Telegraphic transfer")
        p.add("small", f"Today {hhmm(rng, twelve=False)} HKT")
        h287.tile(p, status)
        p.add("center", "Transfer completed", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"HS{digits(rng, 4)}{code(rng, 3, UPPER)}{digits(rng, 5)}"
        tiles2(
            p,
            ("Reference No.", ref),
            ("Transfer type", "Telegraphic"),
            txn=(BANK_RANK, ref),
            method="netbanking",
        )
        kvr(p, "Charges", "Shared (SHA)")
        return p.done()
    p = browser_page(rng, font, "cashpro.bankofamerica.com/payments/wires/detail")
    p.part = "head"
    top(p, "Bank of America")
    p.add("small", f"CashPro  |  {payer}")
    p.add("rule")
    p.part = "body"
    p.add("left", "International wire  -  In process", status=status)
    p.add("gap")
    h271.step(p, "Submitted", "by your approver", "done")
    h271.step(p, "Released", "to the SWIFT network", "done")
    h271.step(p, "With the recipient's bank", "awaiting credit", "pending")
    boxed(p, "Wires to India are usually credited within one to two business days.", "warn")
    ref = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 4)}"
    name = rng.choice([CUT, FIRM_CAPS])
    zebra(
        p,
        "ba",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Wire details", ""],
        [
            (["Send date", when(j.date, rng.choice(["%B {d}, %Y", "%b {d}, %Y"]))], {"date": j.date}),
            (["Amount", show(j.amount)], sum_),
            (["Recipient", name], {"merchant": name}),
            (["Recipient bank", "KARUR VYSYA BANK, INDIA"], {}),
            (["SWIFT/BIC", BIC], {}),
            (["Reference", ref], {"txn": (BANK_RANK, ref)}),
            (["Wire type", "International (SHA)"], {"method": "netbanking"}),
        ],
        (1, 33, 105),
    )
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


MEENAKSHI = "Meenakshi Home Decor, T. Nagar, Chennai"
KONARK = "Konark Hotels & Resorts Pvt. Ltd., Visakhapatnam"


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its gallery or itself on top: Kalasa Gallery's TAX INVOICE under a kundulu, its
    Telugu name and a strip of beaten bell metal, to a Chennai shop (Invoice No. and Invoice Date on a line;
    Bill to, Place of Supply; Sl. | Item | HSN | Qty | Rate | Amount in a table ruled on every side with IGST
    5% and its Grand Total; Amount in words; a rounded card: Payment received by, IMPS Ref. No. in dot
    leaders); the firm's RECEIPT BOOK page in the wedding season, its counterfoil at the left of a perforation
    (No. printed on both; Date, From and Received with thanks from, By and by UPI Ref, For and towards, Rs.
    written in on both halves); the web shop's order mail from Bikayi ("Your payment was successful"; Order
    ID, Order date; Item | Qty | Amount in a striped table; Subtotal, Shipping, Total paid, Payment method,
    Payment ID at the left and the right); the Surajkund Mela stall's CASH MEMO in a kolam's border in the
    Mela's days (No. left blank; Date written in; the ware written in under its printed Particulars | Qty |
    Rs., a rule, Total; "Cash - with thanks"; no reference); NTT DATA Payment Services' pending page for the
    web shop (its stages across the page, a notice; Merchant Txn ID, NTT DATA Txn ID, Bank Ref No. awaited,
    Amount, Payment Mode, Txn Date in shaded labels); PayPal's checkout with the buyer's card declined for the
    web shop in US dollars (the gallery under PayPal, a large cross, the reason in a notice; Invoice ID,
    Amount, Card, Date with colons); the firm's RECEIPT under its kalasam, its Telugu name and a beaten strip
    ("Received with thanks from M/s ... a sum of Rupees ... by RTGS, UTR No. ... dated <day> ..."; Amount
    received under a double rule; a one-rupee revenue stamp signed across); the gallery's CERTIFICATE OF
    AUTHENTICITY for a piece of Budithi's registered bell-metal craft, photographed lying on a brass tray
    (Article, Weight, Craftsman, Made at in dot leaders; "Price Rs. x/- paid by UPI", "UPI Ref ..." in the
    hand; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=1800, high=95000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        kundulu(p)
        telugu(p, SHOP_TE, scale=1.2, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        beaten(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"KG/{fy(j.date)}/{rng.randrange(30, 1600):04d}"
        cols(
            p,
            "ti",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date {on(j, rng, ['%d-%m-%Y', '%d/%m/%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Bill to: {MEENAKSHI}")
        p.add("left", f"GSTIN {gstin_for(rng, '33', 'F')}  |  Place of Supply: 33-Tamil Nadu")
        items = pieces(rng, rng.randrange(2, 4), high=6000)
        taxable = sum(q * pr for _, _, q, pr in items)
        igst = round(taxable * 0.05, 2)
        j.amount = round(taxable + igst, 2)
        grid(
            p,
            "kg",
            [
                (0.0, 0.07, "c"),
                (0.07, 0.46, "l"),
                (0.46, 0.58, "c"),
                (0.58, 0.66, "c"),
                (0.66, 0.82, "r"),
                (0.82, 1.0, "r"),
            ],
            ["Sl.", "Item", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), SHORT[t], hsn, str(q), num(pr), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "IGST 5%", "", "", "", num(igst)], {})],
            foot=(["Grand Total", num(j.amount)], {"amount": j.amount}),
            tint=(244, 232, 206),
        )
        para(p, f"Amount in words: Rupees {bare(j.amount)} only", "small")
        p.add("gap")
        c = card_open(p)
        dots(p, "Payment received by", "IMPS", at=0.5, method="netbanking", status=status)
        dots(p, "IMPS Ref. No.", j.ref, at=0.5, txn=(UTR_RANK, j.ref))
        card_close(p, c)
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        return p.done()
    if k == 1:
        in_window(j, rng, MAGHA, MAGHA_DAYS)
        j.amount = float(rng.randrange(20, 240) * 500)
        buyer = rng.choice(["K. Sridevi, Srikakulam", "P. Ramana Murthy, Palasa", "B. Swathi, Tekkali"])
        p = sheet(rng, font, [780, 800])
        p.style["paper"] = rng.choice([(250, 248, 236), (252, 250, 242)])
        all_pens(p)
        p.part = "head"
        telugu(p, FIRM_TE, scale=1.05, bold=True)
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        p.part = "body"
        p.add("rule")
        at_ = 0.34
        start = len(p.rows)
        rno = f"{rng.randrange(100, 999):04d}"
        cols(
            p,
            "rb0",
            [(0.0, at_, "l"), (at_ + 0.03, 1.0, "l")],
            f"No. {rno}",
            f"RECEIPT          No. {rno}",
            txn=(INVOICE_RANK, rno),
        )
        day = on(j, rng, ["%d/%m/%Y", "{d}/%m/%y", "%d.%m.%y"])
        h271.fill2(p, ("Date", day), ("Date", day), at_, date=j.date)
        short = buyer.split(",")[0]
        h271.fill2(p, ("From", short), ("Received with thanks from", buyer), at_, status=status)
        h271.fill2(p, ("By", "UPI"), ("by UPI Ref", j.ref), at_, method="UPI", txn=(UTR_RANK, j.ref))
        h271.fill2(p, ("For", "advance"), ("towards", "advance, bride's sare set"), at_)
        amt = f"{num(j.amount, 'indian', 0)}/-"
        h271.fill2(p, ("Rs.", amt), ("Rs.", amt), at_, amount=j.amount)
        h271.perf(p, start, at_)
        p.add("gap")
        sig(p)
        p.add("right", "for Sri Kalinga Bell Metal Works")
        return p.done()
    if k == 2:
        order = f"KG{rng.randrange(2100, 9800)}"
        who = rng.choice(CUSTOMERS)
        p = mail_page(rng, font, f"{SHOP} <orders@{WEB}>", [f"Order #{order} confirmed - payment received"])
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Bell metal from the Kamsali of Budithi")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hello {who.split(' ', 1)[1].split()[0]},")
        para(
            p,
            "Thank you for shopping with us! Your payment was successful and your order is confirmed.",
            status=status,
        )
        p.add("gap")
        kvr(p, "Order ID", f"#{order}", txn=(ORDER_RANK, order))
        kvr(p, "Order date", on(j, rng, ["{d} %b %Y", "%d/%m/%Y", "%d %B %Y"]), date=j.date)
        p.add("gap")
        items = pieces(rng, rng.randrange(1, 3), high=7000)
        ship = float(rng.choice([0, 0, 150, 250]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        zebra(
            p,
            "bk",
            [(0.0, 0.62, "l"), (0.62, 0.74, "c"), (0.74, 1.0, "r")],
            ["Item", "Qty", "Amount"],
            [([SHORT[t], str(q), rs(q * pr)], {}) for t, _, q, pr in items],
            (150, 100, 30),
        )
        kvr(p, "Subtotal", rs(sub))
        kvr(p, "Shipping", rs(ship) if ship else "Free")
        kvr(p, "Total paid", rs(j.amount), amount=j.amount)
        kvr(p, "Payment method", "UPI", method="UPI")
        pid = f"pay_{code(rng, 14, ALNUM + 'abcdefghjkmnpqrstuvwxyz')}"
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        p.add("small", "Store powered by Bikayi")
        return p.done()
    if k == 3:
        in_window(j, rng, MELA, MELA_DAYS)
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 247, 236), (247, 246, 238)])
        h273.border(p, rng.choice([(180, 40, 60), (30, 90, 150), (150, 90, 20)]))
        all_pens(p)
        p.part = "head"
        p.add("gap")
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", "Stall 214, Surajkund Mela 2026  |  Budithi bell metal")
        p.add("center", "CASH MEMO")
        p.part = "body"
        p.add("rule")
        cols(p, "cm0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        fill_in(p, "Date", on(j, rng, ["%d/%m/%Y", "{d}/%m/%y", "%d.%m.%y"]), date=j.date)
        spec = [(0.0, 0.52, "l"), (0.52, 0.64, "c"), (0.66, 1.0, "r")]
        cols(p, "cmh", spec, "Particulars", "Qty", "Rs.", mode="line")
        j.amount = 0.0
        for t, _, q, pr in pieces(rng, rng.randrange(2, 4), high=5000):
            hcells(p, spec, SHORT[t], str(q), num(q * pr, "indian", 0))
            j.amount += q * pr
        p.add("rule")
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        write(p, "Cash - with thanks", method="cash", status=status)
        sig(p)
        p.add("gap")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "payment.nttdatapay.com/ots/payment/status")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by NTT DATA Payment Services")
        p.add("rule")
        p.part = "body"
        p.add("center", "Transaction Pending", status=status)
        h289.steps(p, ["Order placed", "Bank authorisation", "Confirmed"], 1, status)
        boxed(
            p,
            "Your bank has not sent the final status of this payment yet. Please do not pay again; the order "
            "will be confirmed by e-mail once the bank confirms.",
            "warn",
        )
        mtx = f"KGW{j.date:%y%m%d}{rng.randrange(100, 999)}"
        ntx = str(digits(rng, 11))
        kv(p, "Merchant Txn ID", mtx, at=0.38, txn=(ORDER_RANK, mtx))
        kv(p, "NTT DATA Txn ID", ntx, at=0.38, txn=(TXN_RANK, ntx))
        kv(p, "Bank Ref No.", "Pending", at=0.38)
        kv(p, "Amount", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Payment Mode", "Net Banking (Union Bank of India)", at=0.38, method="netbanking")
        kv(p, "Txn Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.38, date=j.date)
        return p.done()
    if k == 5:
        j.amount = round(rng.uniform(90, 780), 2)
        usd = "$" if glyphs(font, "$") else "USD "
        p = browser_page(rng, font, f"www.paypal.com/checkoutnow?token=EC-{code(rng, 17, ALNUM)}")
        p.part = "head"
        top(p, "PayPal")
        p.add("rule")
        p.part = "body"
        name = pick(p, "center", [f"Pay {SHOP}"])[4:]
        p.add("center", f"Pay {name}", merchant=name)
        p.add("small", WEB)
        p.add("gap")
        sicon(p, status)
        p.add("center", "Your card was declined", status=status)
        boxed(
            p,
            "The card issuer declined this payment. Try another card or pay with your PayPal balance. You "
            "have not been charged.",
            "error",
        )
        inv = f"KGW-{rng.randrange(3000, 9999)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "pp", spec, "Invoice ID:", inv, txn=(ORDER_RANK, inv))
        colkv(p, "pp", spec, "Amount:", f"{usd}{j.amount:,.2f} USD", amount=j.amount, cur="USD")
        colkv(p, "pp", spec, "Card:", f"Visa x-{digits(rng, 4)}", method="card")
        colkv(p, "pp", spec, "Date:", when(j.date, rng.choice(["%b {d}, %Y", "%d %b %Y"])), date=j.date)
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(100, 2400) * 100)
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (254, 253, 249)
        p.part = "head"
        kalasam(p)
        telugu(p, FIRM_TE, scale=1.1, bold=True)
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        p.add("small", f"GSTIN {GSTIN}  |  PAN {PAN}")
        beaten(p)
        p.add("center", "RECEIPT")
        p.part = "body"
        rno = f"SKB/R/{fy(j.date)}/{rng.randrange(10, 600):03d}"
        cols(p, "rc", [(0.0, 0.55, "l"), (0.55, 1.0, "r")], f"Receipt No. {rno}", "", txn=(INVOICE_RANK, rno))
        p.add("gap")
        way = way_for(j.amount)
        utr = utr_from(rng, j, "ICICI Bank", way)
        para(
            p,
            f"Received with thanks from M/s {KONARK} a sum of Rupees {bare(j.amount)} only by {way}, UTR No. "
            f"{utr} dated {on(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])} towards our Invoice No. "
            f"SKB/{fy(j.date)}/{rng.randrange(20, 400):03d} for bell metal urulis and brass lamps.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        p.add("gap")
        total(p, "Amount received", rs(j.amount), at=0.55, amount=j.amount)
        p.add("gap")
        h289.revenue(p)
        sig(p)
        p.add("right", "Partner")
        return p.done()
    art = rng.choice(WARES)
    j.amount = float(rng.randrange(art[2], art[3] + 1, 50))
    p = sheet(rng, font, [520, 560])
    p.style["paper"] = rng.choice([(252, 248, 236), (248, 244, 230)])
    on_tray(p)
    p.part = "head"
    beaten(p)
    p.add("center", "CERTIFICATE OF AUTHENTICITY")
    p.add("small", "Budithi Bell and Brass Metal Craft  |  Geographical Indication")
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.part = "body"
    p.add("rule")
    dots(p, "Article", SHORT[art[0]], at=0.4)
    dots(p, "Weight", f"{max(0.4, j.amount / rng.uniform(1900, 2600)):.1f} kg", at=0.4)
    dots(p, "Craftsman", rng.choice(CRAFTSMEN[:5]), at=0.4)
    dots(p, "Made at", "Budithi, Srikakulam", at=0.4)
    p.add("gap")
    write(
        p,
        f"Price Rs. {num(j.amount, 'indian', 0)}/- paid by UPI",
        amount=j.amount,
        method="UPI",
        status=status,
    )
    write(p, f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref))
    sig(p)
    p.add("gap")
    beaten(p)
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


METALS = "SRI LAKSHMI GANAPATHI METALS"
COAL_MAN = "K. Appala Raju"
NAVATA = "NAVATA ROAD TRANSPORT"
CORRUGATORS = "Vizag Corrugators Pvt. Ltd."
BUFFING = "SAI RAM BUFFING STORES"
FUELS = "Kalinga Fuels Pvt. Ltd."
CRUCIBLES = "SAURASHTRA CRUCIBLES"
SMITH = "SRI VENKATESWARA BLACKSMITH WORKS"
SMITH_TE = "శ్రీ వేంకటేశ్వర కమ్మరి పని"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Visakhapatnam metal dealer's TAX INVOICE for
    copper scrap and tin ingots, photographed lying on a jute sack of the tin (Invoice No. beside its earlier
    Date; Buyer; the metal by the kilo in a table ruled on every side, CGST 9%, SGST 9%, Total; "RTGS RECD UTR
    ... DT ..." typed by the dealer's billing program); a charcoal seller's account in a Telugu hand on a page
    torn from a spiral pad, his sooty finger marks in its margins ("బొగ్గు లెక్క" (charcoal account), the bags
    and their rate, కూలి (hamali), మొత్తం (total), తేదీ (date), "నగదు అందినది" (cash received) and his name
    signed in English; no reference); Navata Road Transport's CONSIGNMENT NOTE (LR No. typed; PAID, TO PAY and
    TBB boxes, PAID ticked; Date, From, To, Consignor, Packages, Weight, Freight, Hamali, Total each in a
    ruled box; "Paid by UPI Ref ..." in the hand); Bizongo's checkout with the card payment failed for cartons
    and bubble wrap under a large cross (the reason in a notice; Order ID, Sold by, Items, Order total,
    Payment method, Attempted on at the left and the right); a Gajuwaka buffing stores' invoice made in
    myBillBook (Invoice No. and Invoice Date; the wheels and compounds on hairline rows; Taxable, CGST 9%,
    SGST 9%, Total Amount, Received Amount, Payment Mode, UPI Ref, Payment Date at the left and the right);
    Tata nexarc's order of foundry coke with the NEFT's verification pending ("Today, <hour>"; a progress bar,
    a notice; Order ID, Sold by, Item, Amount, Payment, UTR submitted at the left and the right; no day); a
    Rajkot crucible maker's TAX INVOICE (Invoice No. beside its earlier Date; crucibles and tongs on hairline
    rows, IGST 18%, Total ringed by the accountant's pen; "Pd. by IMPS, Ref ... on <day>" in the hand); a
    Budithi blacksmith's BILL under his Telugu name, his sooty finger marks on it (Bill No. typed; Date and
    M/s written in; the hammers and tongs written in ruled columns, Total; "Paid - UPI Ref ..." in the hand).
    All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1200, high=85000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        on_sack(p)
        p.part = "head"
        top(p, METALS, merchant=METALS)
        p.add("small", "Copper, tin, brass and bell metal scrap  |  Poorna Market, Visakhapatnam - 530002")
        p.add("small", f"GSTIN {gstin_for(rng, '37', 'P')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SLG/{fy(j.date)}/{rng.randrange(200, 3800)}"
        cols(
            p,
            "md",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date {when(earlier(rng, j, 1, 6), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {FIRM}, Budithi")
        rows_, taxable = [], 0.0
        for text, hsn, lo, hi, qlo, qhi in rng.sample(
            [
                ("Copper scrap (heavy)", "7404", 700, 790, 30, 140),
                ("Tin ingots 99.9%", "8001", 2550, 2950, 6, 30),
                ("Bell metal scrap", "7404", 520, 610, 20, 90),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(qlo, qhi)
            rate = float(rng.randrange(lo, hi, 5))
            taxable += q * rate
            rows_.append(([text, hsn, str(q), num(rate), num(q * rate)], {}))
        gst_ = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst_, 2)
        rows_ += [(["CGST 9%", "", "", "", num(gst_)], {}), (["SGST 9%", "", "", "", num(gst_)], {})]
        grid(
            p,
            "mdi",
            [(0.0, 0.4, "l"), (0.4, 0.52, "c"), (0.52, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description", "HSN", "Kg", "Rate", "Amount"],
            rows_,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(232, 226, 214),
        )
        p.add("gap")
        way = way_for(j.amount)
        utr = utr_from(rng, j, "Karur Vysya Bank", way)
        h271.ext(p)["tt_scale"] = 0.84
        typed(
            p,
            f"{way} RECD UTR {utr} DT {when(j.date, '%d/%m/%y')}",
            scale=0.84,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        p.add("right", f"for {METALS}")
        return p.done()
    if k == 1:
        bags = rng.randrange(6, 22)
        rate = rng.choice([520, 560, 600, 640])
        hamali = bags * rng.choice([15, 20])
        j.amount = float(bags * rate + hamali)
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 248, 242), (250, 247, 236)])
        h277.spiral(p)
        smudge(p)
        p.part = "body"
        p.add("gap")
        p.add("gap")
        thand(p, "బొగ్గు లెక్క", scale=1.45, align="c")
        p.add("gap")
        thand(p, "శ్రీ కళింగ కంచు పరిశ్రమ వారికి", scale=1.2)
        p.add("gap")
        thand(p, f"బొగ్గు {bags} బస్తాలు x {rate}", figure=num(float(bags * rate), "indian", 0), scale=1.2)
        p.add("gap")
        thand(p, "కూలి", figure=num(float(hamali), "indian", 0), scale=1.2)
        p.add("gap")
        thand(p, "మొత్తం రూ.", figure=f"{num(j.amount, 'indian', 0)}/-", scale=1.2, amount=j.amount)
        p.add("gap")
        thand(p, f"తేదీ {on(j, rng, ['%d/%m/%Y', '{d}/%m/%y'])}", scale=1.2, date=j.date)
        p.add("gap")
        thand(p, "నగదు అందినది", align="r", scale=1.2, method="cash", status=status)
        p.add("gap")
        write(p, COAL_MAN, align="r", merchant=COAL_MAN)
        return p.done()
    if k == 2:
        pkgs = rng.randrange(3, 14)
        kilos = pkgs * rng.randrange(28, 60)
        freight = float(round(kilos * rng.choice([7.5, 8.0, 9.0]), -1))
        hamali = float(pkgs * 30)
        j.amount = freight + hamali
        p = sheet(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(246, 248, 252), (252, 250, 240)])
        all_pens(p)
        p.part = "head"
        top(p, NAVATA, merchant=NAVATA)
        p.add("small", "Head Office: Vijayawada  |  Booking: Srikakulam Branch")
        p.add("center", "CONSIGNMENT NOTE")
        p.part = "body"
        p.add("rule")
        typed(p, f"L.R. No. SKL/{rng.randrange(100000, 999999)}", scale=1.0)
        p.add("gap")
        h269.ticks(p, ["PAID", "TO PAY", "TBB"], 0)
        gkv(p, "nv", "Date", on(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=0.3, date=j.date)
        gkv(p, "nv", "From", "Srikakulam", at=0.3)
        gkv(p, "nv", "To", rng.choice(["Chennai", "Hyderabad", "Bengaluru"]), at=0.3)
        gkv(p, "nv", "Consignor", f"{FIRM}, Budithi", at=0.3)
        gkv(p, "nv", "Packages", f"{pkgs} wooden crates (bell metal ware)", at=0.3)
        gkv(p, "nv", "Weight", f"{kilos} kg", at=0.3)
        gkv(p, "nv", "Freight", num(freight), at=0.3)
        gkv(p, "nv", "Hamali", num(hamali), at=0.3)
        gkv(p, "nv", "Total", rs(j.amount), at=0.3, amount=j.amount)
        p.add("gap")
        write(p, f"Paid by UPI Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("small", "GST on goods transport payable by the consignor (reverse charge).")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(9000, 28000, 10))
        p = browser_page(rng, font, "www.bizongo.com/checkout/payment/status")
        p.part = "head"
        top(p, "Bizongo")
        p.add("small", "Packaging for business")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your bank declined the card payment (insufficient limit). Your cart is saved; you can pay by "
            "net "
            "banking or NEFT instead.",
            "error",
        )
        oid = f"BZ{digits(rng, 9)}"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Sold by", CORRUGATORS, merchant=CORRUGATORS)
        kvr(p, "Items", f"5-ply cartons {int(j.amount // 80)}, bubble wrap 4 rolls")
        kvr(p, "Order total", rs(j.amount), amount=j.amount)
        kvr(p, "Payment method", f"Credit card XX{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, BUFFING, merchant=BUFFING)
        p.add("small", "Buffing wheels, polishing compounds and abrasives  |  Gajuwaka, Visakhapatnam")
        p.add("small", f"GSTIN {gstin_for(rng, '37', 'P')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"INV-{rng.randrange(100, 2900)}"
        cols(
            p,
            "mb",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date {when(earlier(rng, j, 0, 4) if rng.random() < 0.5 else j.date, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        spec = [(0.0, 0.54, "l"), (0.54, 0.66, "c"), (0.66, 0.82, "r"), (0.82, 1.0, "r")]
        cols(p, "mbh", spec, "Item", "Qty", "Rate", "Amount", mode="line")
        taxable = 0.0
        for text, lo, hi, qlo, qhi in rng.sample(
            [
                ("Cotton buff wheel 8 in", 180, 260, 6, 30),
                ("Brown polishing compound", 90, 140, 10, 60),
                ("White finishing bar", 110, 170, 10, 40),
                ("Emery belt 100 grit", 60, 95, 20, 80),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(qlo, qhi)
            rate = float(rng.randrange(lo, hi))
            taxable += q * rate
            cols(p, "mbl", spec, text, str(q), num(rate), num(q * rate), mode="line")
        gst_ = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst_, 2)
        kvr(p, "Taxable", num(taxable))
        kvr(p, "CGST 9%", num(gst_))
        kvr(p, "SGST 9%", num(gst_))
        kvr(p, "Total Amount", rs(j.amount))
        kvr(p, "Received Amount", rs(j.amount), amount=j.amount, status=status)
        kvr(p, "Payment Mode", "UPI", method="UPI")
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Payment Date", on(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        p.add("small", "Generated on myBillBook")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Track order",))
        band(p, (30, 58, 138))
        app_head(p, "Tata nexarc", "Buy for business")
        p.add("small", f"Today, {hhmm(rng)}")
        progress(p, 0.55, status)
        p.add("center", "Payment verification pending", status=status)
        boxed(
            p,
            "We have received your UTR and are matching the NEFT to your order. This takes up to 4 working "
            "hours.",
            "warn",
        )
        oid = f"TNX{digits(rng, 10)}"
        utr = utr_from(rng, j, "Karur Vysya Bank", "NEFT")
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Sold by", FUELS, merchant=FUELS)
        kvr(p, "Item", "Foundry hard coke, 1 MT")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment", "NEFT", method="netbanking")
        kvr(p, "UTR submitted", utr, txn=(UTR_RANK, utr))
        return p.done()
    if k == 6:
        p = sheet(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, CRUCIBLES, merchant=CRUCIBLES)
        p.add("small", "Clay graphite crucibles and foundry tools  |  Aji GIDC, Rajkot - 360003")
        p.add("small", f"GSTIN {gstin_for(rng, '24', 'F')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SC/{rng.randrange(1000, 7800)}"
        cols(
            p,
            "rk",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date {when(earlier(rng, j, 4, 24), '%d.%m.%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"To: {FIRM}, Budithi (A.P.)  |  Place of Supply: 37")
        h269.kind(
            p, "rkl", [(0.0, 0.56, "l"), (0.56, 0.66, "c"), (0.66, 0.82, "r"), (0.82, 1.0, "r")], "line"
        )
        h269.row(p, "rkl", "Item", "Nos.", "Rate", "Amount")
        taxable = 0.0
        for text, lo, hi, qlo, qhi in rng.sample(
            [
                ("Clay graphite crucible No. 40", 2600, 3400, 2, 8),
                ("Clay graphite crucible No. 60", 3800, 4900, 1, 5),
                ("Crucible tongs, forged", 900, 1400, 1, 4),
                ("Skimmer and pouring shank", 700, 1100, 1, 4),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(qlo, qhi)
            rate = float(rng.randrange(lo, hi, 10))
            taxable += q * rate
            h269.row(p, "rkl", text, str(q), num(rate), num(q * rate))
        igst = round(taxable * 0.18, 2)
        j.amount = round(taxable + igst, 2)
        kvr(p, "IGST 18%", num(igst))
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        h273.ring(p)
        p.add("gap")
        write(
            p,
            f"Pd. by IMPS, Ref {j.ref} on {on(j, rng, ['%d/%m/%y', '{d}.%m.%Y'])}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.add("right", f"for {CRUCIBLES}")
        return p.done()
    p = sheet(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 240)])
    smudge(p)
    p.part = "head"
    telugu(p, SMITH_TE, scale=1.1, bold=True)
    name = pick(p, "title", [SMITH, "SRI VENKATESWARA BLACKSMITH"])
    top(p, name, merchant=name)
    p.add("small", "Hammers, tongs, anvils and chisels  |  Budithi")
    p.add("center", "BILL")
    p.part = "body"
    p.add("rule")
    bno = str(rng.randrange(100, 999))
    typed(p, f"Bill No. {bno}", scale=1.0, txn=(INVOICE_RANK, bno))
    fill_in(p, "Date", on(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
    fill_in(p, "M/s", "Sri Kalinga Bell Metal Works")
    spec = [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.82, 1.0, "r")]
    cols(p, "bsh", spec, "Particulars", "Nos.", "Rate", "Rs.", mode="line")
    start = len(p.rows)
    j.amount = 0.0
    for text, lo, hi, qlo, qhi in rng.sample(
        [
            ("Beating hammer 4 lb", 450, 700, 1, 6),
            ("Tongs (pattakaru)", 300, 520, 2, 6),
            ("Anvil dressing", 600, 1200, 1, 2),
            ("Chisels, set", 380, 640, 1, 4),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(qlo, qhi)
        rate = rng.randrange(lo, hi, 10)
        hcells(p, spec, text, str(q), str(rate), num(float(q * rate), "indian", 0))
        j.amount += q * rate
    j.amount = float(j.amount)
    hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.5, 0.62, 0.81])
    p.add("gap")
    write(p, f"Paid - UPI Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
    sig(p)
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("SAURASHTRA CRUCIBLES", "Axis Bank", "NEFT"),
    ("VIZAG CORRUGATORS PVT LTD", "HDFC Bank", "IMPS"),
    ("Korada Appala Raju", "Indian Bank", "UPI"),
    ("SAI RAM BUFFING STORES", "Canara Bank", "NEFT"),
    ("SRI LAKSHMI GANAPATHI METALS", "Union Bank of India", "RTGS"),
    ("SRI VENKATESWARA BLACKSMITH", "State Bank of India", "IMPS"),
    ("NAVATA ROAD TRANSPORT", "ICICI Bank", "NEFT"),
    ("KALINGA FUELS PVT LTD", "Karnataka Bank", "CASH"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: The Visakhapatnam Co-operative Bank's internet banking
    e-Receipt of a NEFT to the crucible maker (Transaction Successful; Transaction Ref. No., UTR No., Debit
    Account, Beneficiary Name, Beneficiary A/c No., IFSC, Amount, Transfer Type, Transaction Date & Time,
    Remarks in a table ruled on every side); CSB Bank's CSB Mobile+ with an IMPS successful under a scalloped
    badge (the sum, "to <payee>"; IMPS Ref No and Date & Time, From A/c and Beneficiary A/c, each label small
    over its value two to a row); Bandhan Bank's mBandhan with a UPI payment to a charcoal seller ("Today,
    <hour>"; a Paid capsule, the sum, "to <payee>" over his UPI ID; a copyable UPI Ref No.; From; no day);
    ESAF Small Finance Bank's ESAF Mobile with a NEFT in process (a progress bar, a notice; Beneficiary,
    Amount, UTR, Initiated on, Debit A/c against a gutter); Karur Vysya Bank's corporate internet banking with
    an RTGS to the metal dealer successful (a capsule; Transaction ID, UTR Number, Beneficiary Name,
    Beneficiary Account, IFSC, Amount, Value Date, Purpose in a striped table); DCB Bank's app with an IMPS to
    the blacksmith failed under a large cross (the reason in a notice; Beneficiary, Amount, IMPS Ref No.,
    Date, From A/c in dot leaders); Jana Small Finance Bank's shared card of a NEFT to the transporter ("<sum>
    sent to <payee>", "on <day>", via NEFT; no reference); Karnataka Bank's cash deposit machine's slip for
    cash paid into the coke dealer's account (DATE and TIME, CDM ID, LOCATION, TXN NO, A/C NO, A/C NAME, the
    notes counted, TOTAL AMOUNT, STATUS in its fixed-width face). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=3500, high=160000)
    to, their_bank, way = VENDORS[k]
    j.amount = [
        rupees(rng, 14000, 62000, 0.5),
        rupees(rng, 6000, 42000, 0.6),
        rupees(rng, 2500, 14000, 0.8),
        rupees(rng, 4000, 38000, 0.6),
        rupees(rng, 205000, 420000, 0.6),
        rupees(rng, 2500, 22000, 0.6),
        rupees(rng, 4500, 26000, 0.6),
        float(rng.randrange(12, 98) * 500),
    ][k]
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    ours = [
        "The Visakhapatnam Co-operative Bank",
        "CSB Bank",
        "Bandhan Bank",
        "ESAF Small Finance Bank",
        "Karur Vysya Bank",
        "DCB Bank",
        "Jana Small Finance Bank",
        "Karnataka Bank",
    ][k]
    utr = utr_from(rng, j, ours, way if way != "CASH" else "NEFT")
    method = "UPI" if way == "UPI" else "cash" if way == "CASH" else "netbanking"
    acct = f"XXXXXXX{digits(rng, 4)}"
    dot = dot2(font)
    ifsc = f"{IFSC[their_bank]}0{digits(rng, 6)}"
    if k == 0:
        p = browser_page(rng, font, "netbanking.vcbl.in/ib/fundtransfer/ereceipt")
        p.part = "head"
        top(
            p,
            first_fit(
                p, ["The Visakhapatnam Co-operative Bank Ltd.", "The Visakhapatnam Co-op Bank Ltd."], 1.35
            ),
        )
        p.add("small", "Internet Banking  |  Funds Transfer e-Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Transaction Successful", status=status)
        p.add("gap")
        tref = f"VCB{j.date:%y%m%d}{digits(rng, 6)}"
        grid(
            p,
            "vc",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            None,
            [
                (["Transaction Ref. No.", tref], {"txn": (BANK_RANK, tref)}),
                (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", acct], {}),
                (["Beneficiary Name", to], {"merchant": to}),
                (["Beneficiary A/c No.", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (["IFSC", ifsc], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transfer Type", "NEFT"], {"method": method}),
                (
                    ["Transaction Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Remarks", "crucibles, inv SC"], {}),
            ],
            tint=(228, 236, 246),
        )
        p.add("small", "This is a computer generated e-receipt.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Done"))
        band(p, (232, 110, 30))
        app_head(p, "CSB Mobile+", "CSB Bank  |  IMPS")
        h287.burst(p, status)
        p.add("center", "IMPS Transfer Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        two_up(
            p,
            "cs1",
            ("IMPS Ref No", utr),
            ("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        two_up(p, "cs2", ("From A/c", acct[-8:]), ("Beneficiary A/c", f"XXXX{digits(rng, 4)}"), method=method)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (170, 24, 60))
        app_head(p, "mBandhan", "Bandhan Bank  |  UPI")
        p.add("small", f"Today, {hhmm(rng)}")
        pill(p, "Paid", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("small", "appalaraju.korada@okaxis")
        p.add("gap")
        copyrow(p, "UPI Ref No.", utr, txn=(UTR_RANK, utr))
        kvr(p, "From", f"Bandhan CA {dot}{digits(rng, 4)}", method=method)
        kvr(p, "Note", "charcoal bags")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Check status",))
        band(p, (236, 120, 30))
        app_head(p, "ESAF Mobile", "ESAF Small Finance Bank  |  NEFT")
        progress(p, 0.6, status)
        p.add("center", "NEFT in process", status=status)
        boxed(p, "Your NEFT is in the next settlement batch. Please do not send it again.", "warn")
        gutter(p, "es", "Beneficiary", to, at=0.34, merchant=to)
        gutter(p, "es", "Amount", rs(j.amount), at=0.34, amount=j.amount)
        gutter(p, "es", "UTR", utr, at=0.34, txn=(UTR_RANK, utr))
        gutter(
            p,
            "es",
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.34,
            date=j.date,
        )
        gutter(p, "es", "Debit A/c", acct, at=0.34, method=method)
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "corporate.kvb.co.in/cib/rtgs/status")
        p.part = "head"
        top(p, "Karur Vysya Bank")
        p.add("small", f"KVB Corporate Internet Banking  |  {FIRM}")
        p.add("rule")
        p.part = "body"
        p.add("left", "RTGS  -  Transaction details")
        capsule(p, "Success", status)
        p.add("gap")
        tid = f"KVB{digits(rng, 12)}"
        zebra(
            p,
            "kv",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Field", "Details"],
            [
                (["Transaction ID", tid], {"txn": (BANK_RANK, tid)}),
                (["UTR Number", utr], {"txn": (UTR_RANK, utr)}),
                (["Beneficiary Name", to], {"merchant": to}),
                (["Beneficiary Account", f"XXXXXXX{digits(rng, 4)}"], {}),
                (["IFSC", ifsc], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "method": method}),
                (["Value Date", on(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["Purpose", "Copper and tin, inv SLG"], {}),
            ],
            (0, 94, 60),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Retry",))
        band(p, (0, 70, 130))
        app_head(p, "DCB Bank", "Mobile Banking  |  IMPS")
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        boxed(
            p,
            "The beneficiary bank is not responding (IMPS code 91). If your account was debited, the amount "
            "will be reversed within 1 working day.",
            "error",
        )
        dots(p, "Beneficiary", to, at=0.34, merchant=to)
        dots(p, "Amount", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "IMPS Ref No.", utr, at=0.34, txn=(UTR_RANK, utr))
        dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ", " ")), at=0.34, date=j.date)
        dots(p, "From A/c", acct, at=0.34, method=method)
        return p.done()
    if k == 6:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 580]), size=rng.choice([20, 21]))
        p.style["paper"] = (244, 246, 252)
        p.part = "head"
        p.add("title", pick(p, "title", ["Jana Small Finance Bank", "Jana Bank"]))
        p.add("small", "Jana Bank app  |  Shared receipt")
        p.part = "body"
        p.add("gap")
        h287.tile(p, status)
        p.add("center", "Money sent", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"sent to {to}", f"to {to}"])
        p.add("center", name, merchant=name.removeprefix("sent ").removeprefix("to "))
        p.add("small", f"on {on(j, rng, ['{d} %b %Y', '%d/%m/%Y'])}", date=j.date)
        p.add("small", "via NEFT", method=method)
        p.add("gap")
        p.add("small", "Freight, Srikakulam to Chennai  |  Shared from the Jana Bank app")
        return p.done()
    p = slip(rng, font, [440, 470, 500])
    p.part = "head"
    p.add("center", "KARNATAKA BANK LTD.")
    p.add("small", "Cash Deposit Machine")
    p.part = "body"
    h271.ext(p)["tt_scale"] = 0.86
    n_ = h271.tt_cols(p) - 1

    def line(label: str, value: str, **facts) -> None:
        text = f"{label:<10}: {value}"
        assert len(text) <= n_, text
        typed(p, text, scale=0.86, **facts)

    typed(p, "CASH DEPOSIT".center(n_).rstrip(), scale=0.86)
    typed(p, "-" * n_, scale=0.86)
    line("DATE", f"{when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    line("CDM ID", f"KBL{digits(rng, 5)}")
    line("LOCATION", "SRIKAKULAM MAIN")
    tno = str(digits(rng, 6))
    line("TXN NO", tno, txn=(TXN_RANK, tno))
    line("A/C NO", f"XXXXXXXX{digits(rng, 4)}")
    line("A/C NAME", to[: max(8, n_ - 12)], merchant=to[: max(8, n_ - 12)])
    typed(p, "-" * n_, scale=0.86)
    n500 = max(1, int(j.amount // 500) - rng.randrange(0, 4))
    rest = j.amount - 500 * n500
    n200 = int(rest // 200)
    n100 = int((rest - 200 * n200) // 100)
    for note, count in ((500, n500), (200, n200), (100, n100)):
        if count:
            typed(p, f"{note:>4} X {count:<4} = {note * count:>10,.2f}", scale=0.86)
    typed(p, "-" * n_, scale=0.86)
    line("TOTAL AMT", f"{j.amount:,.2f}", amount=j.amount, method=method)
    line("STATUS", "SUCCESSFUL", status=status)
    typed(p, "-" * n_, scale=0.86)
    p.add("small", "AMOUNT CREDITED TO THE ACCOUNT ABOVE")
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


POLISHERS_TE = {"Ballada Kumari": "బల్లాడ కుమారి", "Botcha Sarojini": "బొత్స సరోజిని"}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its beaters, casters, polishers and the gallery's salesman: a beater's WEEKLY BEATING
    TALLY photographed lying on a brass tray, under a beaten strip and its Telugu heading "సుత్తి పని లెక్క"
    (hammer work account) (Card No. printed; Beater and Week ending written in; the pots, plates and bowls he
    beat each day written in ruled columns; the pieces at their rates in dot leaders, Total wage; Paid on
    written in; "Paid by UPI, Ref ..." in the hand); a polisher's week in a Telugu hand on the wage register's
    ruled page ("వారం కూలి" (week's wage), her name in Telugu, the days and the day's wage, మొత్తం (total),
    తేదీ (date), "నగదు ముట్టినది" (cash received) and her name signed in English; no reference); Paybooks'
    payslip for the gallery's salesman (Employee ID and Name, Designation and Location, Days Paid and PAN, two
    pairs to a row; Earnings | Amount | Deductions | Amount in a striped table; Net Salary under a double
    rule, in words; "Paid by NEFT on <day>, UTR ..."); Suryoday Small Finance Bank's app with a UPI payment to
    a caster failed under a red ribbon (the reason in a notice; UPI Ref No, Attempted on, Paid to and From in
    boxes of a form); Fino Payments Bank's FinoPay with a UPI payment to a beater pending under a scalloped
    badge with a clock's hands (the sum, "to <payee>", a notice; UPI Ref. No. and Started in tiles); Equitas
    Small Finance Bank's app with Money sent to a polisher ("Today, <hour>"; the sum, "to <payee>"; a copyable
    UPI Ref No.; From; no day); the firm's CASH VOUCHER for a caster's advance (Voucher No. typed; Date, Paid
    to, the sum in words and towards written in; Cash ticked among Cash, Cheque and UPI; Rs. in a box; the
    receiver's signature across a one-rupee revenue stamp); a beater's ACKNOWLEDGEMENT on the firm's printed
    chit ("I, <name>, received Rs. x/- by UPI (Ref ...) towards beating wages", Date written in; his
    signature). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1500, high=24000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR"))
    dot = dot2(font)
    beater = rng.choice(["Gorle Appanna", "Sunkari Ramu", "Karri Lakshmana Rao", "Chinnam Tirupathi Rao"])
    if k in (3, 4, 5, 7):
        lo, hi = {3: (2800, 9500), 4: (2200, 8200), 5: (1500, 4200), 7: (2600, 7800)}[k]
        j.amount = rupees(rng, lo, hi, 0.85)
    if k == 0:
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 249, 238), (248, 246, 236)])
        on_tray(p)
        p.part = "head"
        beaten(p)
        telugu(p, "సుత్తి పని లెక్క", scale=1.15, bold=True)
        p.add("center", "WEEKLY BEATING TALLY")
        p.add("small", f"{FIRM}  |  {SHED}")
        p.part = "body"
        no = str(rng.randrange(101, 720))
        cols(p, "bt0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Card No. {no}", "", txn=(INVOICE_RANK, no))
        fill_in(p, "Beater", beater, merchant=beater)
        week_end = j.date - dt.timedelta(days=rng.randrange(1, 4))
        fill_in(p, "Week ending", when(week_end, rng.choice(["%d/%m/%Y", "{d}/%m/%y"])))
        spec = [(0.0, 0.3, "l"), (0.3, 0.53, "c"), (0.53, 0.76, "c"), (0.76, 1.0, "c")]
        cols(p, "bth", spec, "Day", "Bindelu", "Pallem", "Ginne", mode="line")
        start = len(p.rows)
        counts = [0, 0, 0]
        for day_name in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]:
            row_ = [rng.randrange(0, 5), rng.randrange(0, 7), rng.randrange(0, 4)]
            counts = [a + b for a, b in zip(counts, row_)]
            hcells(p, spec, day_name, *[str(v) if v else "-" for v in row_])
        hcells(p, spec, "Total", *[str(v) for v in counts])
        ledger(p, start, [0.3, 0.53, 0.76])
        rates = [rng.choice([140, 160, 180]), rng.choice([60, 70, 80]), rng.choice([45, 50, 55])]
        j.amount = float(sum(c * r for c, r in zip(counts, rates)))
        p.add("gap")
        for label, c, r in zip(["Bindelu", "Pallem", "Ginne"], counts, rates):
            dots(p, f"{label} {c} @ {r}", num(float(c * r), "indian", 0), at=0.5)
        dots(p, "Total wage", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.5, bold=True, amount=j.amount)
        fill_in(p, "Paid on", on(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        write(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 1:
        worker = rng.choice(list(POLISHERS_TE))
        days = rng.randrange(4, 7)
        wage = rng.choice([380, 420, 450])
        j.amount = float(days * wage)
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 250, 244), (248, 246, 236)])
        p.part = "body"
        p.add("gap")
        start = len(p.rows)
        thand(p, "వారం కూలి", scale=1.4, align="c")
        p.add("gap")
        thand(p, f"{POLISHERS_TE[worker]} - పాలిష్ పని", scale=1.2)
        p.add("gap")
        thand(p, f"{days} రోజులు x {wage}", figure=num(j.amount, "indian", 0), scale=1.2)
        p.add("gap")
        thand(p, "మొత్తం రూ.", figure=f"{num(j.amount, 'indian', 0)}/-", scale=1.2, amount=j.amount)
        p.add("gap")
        thand(p, f"తేదీ {on(j, rng, ['%d/%m/%Y', '{d}/%m/%y'])}", scale=1.2, date=j.date)
        p.add("gap")
        thand(p, "నగదు ముట్టినది", align="r", scale=1.2, method="cash", status=status)
        write(p, worker, align="r", merchant=worker)
        ledger(p, start, [])
        return p.done()
    if k == 2:
        worker = rng.choice(["Pedada Naveen Kumar", "Mylapalli Srikanth"])
        basic = float(rng.randrange(120, 180) * 100)
        hra = float(round(basic * 0.2, -1))
        conv = float(rng.choice([1200, 1600]))
        pf = float(round(min(basic, 15000) * 0.12))
        ptax = 200.0
        j.amount = basic + hra + conv - pf - ptax
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_CAPS]))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for {j.month(1)}")
        p.part = "body"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.53, 0.72, "l"), (0.72, 1.0, "l")]
        colkv(
            p, "pb", spec, "Employee ID", f"KG-{rng.randrange(10, 60):03d}", "Name", worker, merchant=worker
        )
        colkv(p, "pb", spec, "Designation", "Sales Associate", "Location", "Visakhapatnam")
        colkv(
            p,
            "pb",
            spec,
            "Days Paid",
            str(rng.randrange(28, 31)),
            "PAN",
            f"{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}",
        )
        p.add("gap")
        zebra(
            p,
            "pz",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident Fund", num(pf)], {}),
                (["HRA", num(hra), "Professional Tax", num(ptax)], {}),
                (["Conveyance", num(conv), "", ""], {}),
                (["Gross", num(basic + hra + conv), "Total", num(pf + ptax)], {}),
            ],
            (40, 96, 120),
        )
        total(p, "Net Salary", rs(j.amount), at=0.55, amount=j.amount)
        para(p, f"Net Salary in words: Rupees {bare(j.amount)} only", "small")
        utr = utr_from(rng, j, "Karur Vysya Bank", "NEFT")
        para(
            p,
            f"Paid by NEFT on {on(j, rng, ['%d %b %Y', '%d/%m/%Y'])}, UTR {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        p.add("small", "Generated by Paybooks. This payslip needs no signature.")
        return p.done()
    if k == 3:
        caster = rng.choice(["Maddila Narayana", "Pedada Simhachalam"])
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Retry",))
        band(p, (0, 100, 70))
        app_head(p, "Suryoday", "Suryoday Small Finance Bank  |  UPI")
        h275.ribbon(p, "PAYMENT FAILED", RED)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount, status=status)
        boxed(p, "The receiver's bank is unavailable right now (U30). No money has been debited.", "error")
        field(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        field(p, "Paid to", caster, merchant=caster)
        field(p, "From", f"Suryoday SB {dot}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (10, 60, 140))
        app_head(p, "FinoPay", "Fino Payments Bank  |  UPI")
        h287.burst(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {beater}", merchant=beater)
        boxed(
            p,
            "Your bank is yet to confirm this payment. Please don't pay again; we'll update you soon.",
            "warn",
        )
        tiles2(
            p,
            ("UPI Ref. No.", j.ref),
            ("Started", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "From", f"Fino PB {dot}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 5:
        worker = rng.choice(list(POLISHERS_TE))
        p = phone(rng, font, k, ["", "Money transfer"], dark=False, buttons=("Done",))
        band(p, (0, 90, 160))
        app_head(p, "Equitas Mobile", "Equitas Small Finance Bank  |  UPI")
        p.add("center", "Money sent", status=status)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"Equitas CA {dot}{digits(rng, 4)}", method="UPI")
        kvr(p, "Remarks", "polishing wages")
        return p.done()
    if k == 6:
        caster = rng.choice(["Maddila Narayana", "Pedada Simhachalam"])
        j.amount = float(rng.randrange(10, 60) * 100)
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(246, 250, 244), (252, 250, 242)])
        all_pens(p)
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name)
        p.add("center", "CASH VOUCHER")
        p.part = "body"
        p.add("rule")
        vno = str(rng.randrange(100, 900))
        typed(p, f"Voucher No. {vno}", scale=1.0, txn=(INVOICE_RANK, vno))
        fill_in(p, "Date", on(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fill_in(p, "Paid to", caster, merchant=caster)
        fill_in(p, "Rupees", f"{bare(j.amount)} only")
        fill_in(p, "towards", "advance, casting wages")
        h269.ticks(p, ["Cash", "Cheque", "UPI"], 0, method="cash")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount, status=status)
        h271.revenue(p, caster.split()[-1])
        p.add("right", "Receiver's signature")
        return p.done()
    p = sheet(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(252, 250, 244), (250, 246, 236)])
    p.part = "head"
    top(p, pick(p, "title", [FIRM, FIRM_CAPS]))
    p.add("small", TOWN)
    p.add("center", "ACKNOWLEDGEMENT")
    p.part = "body"
    p.add("rule")
    fill_in(p, "I,", beater, merchant=beater)
    fill_in(p, "received Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount, status=status)
    fill_in(p, "by UPI (Ref", j.ref, after=")", method="UPI", txn=(UTR_RANK, j.ref))
    p.add("left", "towards beating wages for the week.")
    fill_in(p, "Date", on(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
    p.add("gap")
    sig(p)
    p.add("right", "Signature")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


AP_TE = "ఆంధ్ర ప్రదేశ్ ప్రభుత్వం"
GP_TE = "బుడితి గ్రామ పంచాయతీ"
GVMC = "Greater Visakhapatnam Municipal Corporation"
GVMC_TE = "మహా విశాఖ నగర పాలక సంస్థ"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed: the Commercial Taxes Department's
    profession tax e-payment receipt under the state's Telugu name (an Andhra form's numbered fields, each
    Telugu name over its English: Payer, PTIN, Period, Amount, Payment Date, Mode, CFMS Challan No., Bank Ref.
    No., Status); Budithi Gram Panchayat's house tax receipt under its Telugu name (No. left blank; Date,
    Received from, Door No. and on account of written in; Rs. in a box; "in cash"; its oval stamp; no
    reference); the A.P. Single Desk Portal's payment acknowledgement of the Factories Department's licence
    renewal for the casting shed, a stripe down its left edge (Application ID, Department, Service, Unit,
    Amount, Transaction ID, Bank Reference No., Payment Date, Payment Mode, Status in dot leaders); the A.P.
    Pollution Control Board's consent fee for the furnaces failed on OCMMS (a Payment Failed capsule, the
    reason in a notice; Application No., Industry, Category, Fee, Transaction ID, Mode, Attempted on in shaded
    labels); the DGFT's e-Certificate of Origin fee pending at the bank under a spinner (a notice; IEC,
    Application Ref. No., Amount, Transaction ID, Payment Mode, Initiated on each in a form's rounded box
    under its small label); the Parivahan eChallan app with a traffic challan on the firm's goods auto paid
    ("Today, <hour>"; a large tick, the sum, "Challan issued by" over the police; a copyable Transaction ID;
    Challan No., Vehicle No., Offence, Mode at the left and the right; no day); the Greater Visakhapatnam
    Municipal Corporation's trade licence e-receipt for the gallery under its Telugu name (two fields to a row
    in a table ruled on every side: Receipt No. and Receipt Date, Trade Licence No. and Licence Year, Trade
    Name and Ward, Amount and Mode, Transaction ID and Status); the Fire Services Department's NOC renewal
    receipt for the furnace shed (Application No., Premises, Fee, CFMS Challan No., Bank Ref. No., Paid on,
    Mode with colons under "Payment status: Paid"). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=600, high=42000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([1250, 2500, 2500, 5000]))
        p = browser_page(rng, font, "apct.gov.in/ptax/epayment/receipt")
        p.part = "head"
        telugu(p, AP_TE, scale=1.1, bold=True)
        top(p, "Government of Andhra Pradesh")
        name = pick(
            p, "center", ["Commercial Taxes Department, Andhra Pradesh", "Commercial Taxes Department, A.P."]
        )
        p.add("center", name, merchant=name)
        p.add("small", "Profession Tax  |  e-Payment Receipt")
        p.add("rule")
        p.part = "body"
        challan = f"{j.date:%y}{digits(rng, 2)}{digits(rng, 12)}"
        bref = f"IK{digits(rng, 10)}"
        for n_, (te, en, value, facts) in enumerate(
            [
                ("చెల్లింపుదారు", "Payer", clip(FIRM, 30), {}),
                ("పి.టి.ఐ.ఎన్.", "PTIN", f"3{digits(rng, 10)}", {}),
                ("కాలం", "Period", f"20{fy(j.date)}", {}),
                ("మొత్తం", "Amount", rs(j.amount), {"amount": j.amount}),
                ("చెల్లింపు తేదీ", "Payment Date", on(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
                ("విధానం", "Mode", "Net Banking", {"method": "netbanking"}),
                ("చలాన్ సంఖ్య", "CFMS Challan No.", challan, {"txn": (TXN_RANK, challan)}),
                ("బ్యాంకు రెఫరెన్స్", "Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
                ("స్థితి", "Status", "Success", {"status": status}),
            ],
            1,
        ):
            tnum(p, n_, te, en, value, at=0.42, pen=False, **facts)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([480, 720, 960, 1200, 1440]))
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(248, 246, 232), (244, 246, 238)])
        all_pens(p)
        p.part = "head"
        telugu(p, GP_TE, scale=1.25, bold=True)
        top(p, "BUDITHI GRAM PANCHAYAT", merchant="BUDITHI GRAM PANCHAYAT")
        p.add("small", "Saravakota Mandal, Srikakulam Dist.  |  House Tax Receipt")
        p.part = "body"
        p.add("rule")
        cols(p, "gp0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        fill_in(p, "Date", on(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fill_in(p, "Received from", "Sri Kalinga Bell Metal Works")
        fill_in(p, "Door No.", f"{rng.randrange(1, 9)}-{rng.randrange(10, 140)}")
        fill_in(p, "on account of", f"House tax 20{fy(j.date)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "in cash", method="cash", status=status)
        h287.oval(
            p,
            ["GRAM PANCHAYAT", "BUDITHI", "SRIKAKULAM DIST."],
            rng.choice(["violet", "blue"]),
            at=0.24,
            rows_=4,
        )
        sig(p)
        p.add("right", "Panchayat Secretary")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([4500, 6000, 8200, 11500]))
        p = browser_page(rng, font, "apindustries.gov.in/APIndus/UserInterface/Payment/Acknowledgement")
        h279.decor(p, "sidebar")
        p.part = "head"
        top(p, pick(p, "title", ["A.P. Single Desk Portal", "AP Single Desk"]))
        p.add("small", "Industries & Commerce Department, Government of Andhra Pradesh")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Acknowledgement")
        p.add("gap")
        tid = f"SDP{j.date:%y%m%d}{digits(rng, 6)}"
        bref = str(digits(rng, 12))
        name = pick(p, "left", ["Factories Department, A.P.", "Factories Department"])
        dots(p, "Application ID", f"SDP/FAC/{rng.randrange(10000, 99999)}", at=0.38)
        dots(p, "Department", name, at=0.38, merchant=name)
        dots(p, "Service", "Renewal of factory licence", at=0.38)
        dots(p, "Unit", clip(FIRM, 30), at=0.38)
        dots(p, "Amount", rs(j.amount), at=0.38, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        dots(p, "Bank Reference No.", bref, at=0.38, txn=(BANK_RANK, bref))
        dots(p, "Payment Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.38, date=j.date)
        dots(p, "Payment Mode", "Net Banking", at=0.38, method="netbanking")
        dots(p, "Status", "Success", at=0.38, status=status)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([7500, 10000, 15000, 22500]))
        p = browser_page(rng, font, "apocmms.nic.in/OCMMS/payment/response")
        p.part = "head"
        name = pick(p, "title", ["A.P. Pollution Control Board", "APPCB"])
        top(p, name, merchant=name)
        p.add("small", "Online Consent Management & Monitoring System  |  Consent fee")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment Failed", status)
        boxed(
            p,
            "The bank did not confirm the payment (transaction timed out). The consent fee remains unpaid; "
            "pay "
            "it again from the application's Payment tab.",
            "error",
        )
        tid = f"OCM{digits(rng, 12)}"
        kv(p, "Application No.", f"{rng.randrange(3000000, 3999999)}", at=0.36)
        kv(p, "Industry", clip(FIRM, 30), at=0.36)
        kv(p, "Category", "Orange (non-ferrous casting)", at=0.36)
        kv(p, "Fee", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Mode", "Net Banking", at=0.36, method="netbanking")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([200, 250, 500, 750]))
        p = browser_page(rng, font, "coo.dgft.gov.in/payment/status")
        p.part = "head"
        name = pick(p, "title", ["Directorate General of Foreign Trade", "DGFT"])
        top(p, name, merchant=name)
        p.add("small", "e-Certificate of Origin (non-preferential)  |  Fee payment")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending at bank", status=status)
        boxed(
            p,
            "The bank has not confirmed the fee yet. The application will move ahead once it does; do not "
            "pay again.",
            "warn",
        )
        tid = f"DGFT{digits(rng, 12)}"
        field(p, "IEC", f"{code(rng, 5, UPPER)}{digits(rng, 5)}")
        field(p, "Application Ref. No.", f"COO/{j.date:%y}/{digits(rng, 7)}")
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Payment Mode", "Net Banking (Karur Vysya Bank)", method="netbanking")
        field(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = phone(rng, font, k, ["", "Pay challan"], dark=False, buttons=("Download receipt",))
        band(p, (0, 51, 102))
        app_head(p, "eChallan", "Parivahan  |  Pay challan")
        p.add("small", f"Today, {hhmm(rng)}")
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Challan issued by")
        name = pick(p, "center", ["Visakhapatnam City Traffic Police", "Visakhapatnam Traffic Police"])
        p.add("center", name, merchant=name)
        p.add("gap")
        tid = f"PAR{digits(rng, 14)}"
        copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        cno = f"AP{digits(rng, 6)}{digits(rng, 8)}"
        kvr(p, "Challan No.", cno, txn=(INVOICE_RANK, cno))
        kvr(p, "Vehicle No.", f"AP39{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}")
        kvr(p, "Offence", "No-entry violation")
        kvr(p, "Mode", "UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([1800, 2400, 3600, 5400]))
        p = browser_page(rng, font, "gvmc.gov.in/tradelicence/ereceipt")
        p.part = "head"
        telugu(p, GVMC_TE, scale=1.1, bold=True)
        name = pick(p, "title", [GVMC, "GVMC"])
        top(p, name, merchant=name)
        p.add("small", "Public Health Wing  |  Trade Licence e-Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"TL/{fy(j.date)}/{digits(rng, 6)}"
        tid = f"GVMC{digits(rng, 12)}"
        spec = [(0.0, 0.22, "l"), (0.22, 0.52, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")]
        grid(
            p,
            "gv",
            spec,
            None,
            [
                (
                    ["Receipt No.", rno, "Receipt Date", on(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (["Licence No.", f"TL{digits(rng, 8)}", "Licence Year", f"20{fy(j.date)}"], {}),
                (["Trade Name", SHOP, "Ward", f"Zone-II/{rng.randrange(10, 40)}"], {}),
                (["Amount", rs(j.amount), "Mode", "UPI"], {"amount": j.amount, "method": "UPI"}),
                (["Transaction ID", tid, "Status", "Paid"], {"txn": (TXN_RANK, tid), "status": status}),
            ],
            tint=(226, 238, 232),
        )
        p.add("small", "This is a system generated receipt and needs no signature.")
        return p.done()
    j.amount = float(rng.choice([3000, 5000, 7500, 10000]))
    p = browser_page(rng, font, "apfireservices.gov.in/noc/renewal/receipt")
    p.part = "head"
    name = first_fit(
        p, ["A.P. State Disaster Response & Fire Services Department", "A.P. Fire Services Department"], 1.35
    )
    top(p, name, merchant=name)
    p.add("small", "Fire NOC renewal  |  Payment receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment status: Paid", status=status)
    p.add("gap")
    challan = f"{j.date:%y}{digits(rng, 14)}"
    bref = f"KVB{digits(rng, 10)}"
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    colkv(p, "fs", spec, "Application No. :", f"FNOC/SKL/{rng.randrange(1000, 9999)}")
    colkv(p, "fs", spec, "Premises :", f"{SHED} (furnaces)")
    colkv(p, "fs", spec, "Fee :", rs(j.amount), amount=j.amount)
    colkv(p, "fs", spec, "CFMS Challan No. :", challan, txn=(TXN_RANK, challan))
    colkv(p, "fs", spec, "Bank Ref. No. :", bref, txn=(BANK_RANK, bref))
    colkv(p, "fs", spec, "Paid on :", on(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    colkv(p, "fs", spec, "Mode :", "Net Banking", method="netbanking")
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top or under its app's bar: National Insurance's PREMIUM RECEIPT
    cum TAX INVOICE for the furnace shed's fire policy (two fields to a row in a table ruled on every side:
    Receipt No. and Receipt Date, Policy No. and Product, Insured and Location, Net Premium and CGST 9%, SGST
    9% and Total Premium, Mode and UTR); Star Health's app with the partners' family floater renewed ("Today,
    <hour>"; the insurer under the app, the sum set large, Payment successful; Policy No. and Transaction ID
    in tiles; Paid via; no day); Shriram Life's mail acknowledging the partner's renewal premium ("We
    acknowledge the receipt of your renewal premium of Rs. x on <day> ..."; Policy Number, Plan, Premium
    Received, Next Due Date, Mode in dot leaders; no reference); Reliance General's marine cargo certificate
    page for an export consignment paid by card (its sentence; Certificate No. and Policy No., Voyage and Sum
    Insured, Premium and GST 18%, Total Premium and Payment, Transaction ID and Payment Date, each label small
    over its value two to a row); Go Digit's app with the goods auto's renewal failed under a scalloped badge
    (the insurer under the app, the reason in a notice; Quote No., Premium (incl. GST), Payment ID, Card,
    Attempted on in dot leaders); ECGC's premium acknowledgement for the firm's export credit policy (Policy
    No., Exporter, Declaration month, Premium, GST 18%, Total Premium, Payment Mode, UTR, Payment Date, Status
    each in a ruled box); Aditya Birla Health's Activ Health app with a top-up premium under process under a
    spinner (the insurer under the app, the sum, a notice; Policy No., Transaction ID, Initiated on, Pay mode
    at the left and the right); Chola MS' PREMIUM RECEIPT for the gallery's shop policy ("Received with thanks
    ..."; Receipt No., Receipt Date, Received from, Policy, Premium, GST 18%, Total Amount, Mode, UPI Ref on
    hairline rows). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 1, low=2200, high=72000)
    if k in (0, 4, 7):
        j.amount = rupees(rng, *{0: (4200, 26000), 4: (6200, 16500), 7: (2800, 14500)}[k], 0.3)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        net = round(j.amount / 1.18, 2)
        gst_ = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst_, 2)
        p = sheet(rng, font, [780, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["National Insurance Company Limited", "National Insurance Co. Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Srikakulam  |  PREMIUM RECEIPT cum TAX INVOICE", status=status)
        p.add("rule")
        p.part = "body"
        rno = f"5512{j.date:%y}{digits(rng, 8)}"
        utr = utr_from(rng, j, "Karur Vysya Bank", "NEFT")
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")]
        grid(
            p,
            "ni",
            spec,
            None,
            [
                (
                    ["Receipt No.", rno, "Receipt Date", on(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (
                    [
                        "Policy No.",
                        f"55120011{j.date:%y}{digits(rng, 8)}",
                        "Product",
                        "Std. Fire & Spl. Perils",
                    ],
                    {},
                ),
                (["Insured", FIRM, "Location", SHED], {}),
                (["Net Premium", num(net), "CGST 9%", num(gst_)], {}),
                (["SGST 9%", num(gst_), "Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT", "UTR", utr], {"method": "netbanking", "txn": (UTR_RANK, utr)}),
            ],
            tint=(232, 236, 246),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Download receipt",))
        band(p, (22, 62, 140))
        app_head(p, "Star Health", "Renew policy")
        name = pick(p, "center", ["Star Health and Allied Insurance Co. Ltd.", "Star Health Insurance"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        h275.bigsum(p, rupee(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", "Payment successful", status=status)
        p.add("gap")
        tid = f"SHA{digits(rng, 12)}"
        tiles2(
            p,
            ("Policy No.", f"P/{digits(rng, 6)}/01/{j.date.year}/{digits(rng, 6)}"),
            ("Transaction ID", tid),
            txn=(TXN_RANK, tid),
        )
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "Plan", "Family Health Optima")
        return p.done()
    if k == 2:
        p = mail_page(
            rng, font, "Shriram Life Insurance <customercare@shriramlife.in>", ["Renewal premium received"]
        )
        p.part = "head"
        name = pick(p, "title", ["Shriram Life Insurance Company Ltd.", "Shriram Life Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Policyholder,")
        para(
            p,
            f"We acknowledge the receipt of your renewal premium of Rs. {num(j.amount)} on "
            f"{on(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}, paid by net banking. Your policy continues in force.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        dots(p, "Policy Number", str(digits(rng, 10)), at=0.42)
        dots(p, "Plan", "Shri Raksha (endowment)", at=0.42)
        dots(p, "Premium Received", rs(j.amount), at=0.42, bold=True)
        dots(p, "Next Due Date", when(j.date + dt.timedelta(days=365), "%d/%m/%Y"), at=0.42)
        dots(p, "Mode", "Net Banking", at=0.42)
        p.add("small", "Shriram Life Insurance Company Limited, Hyderabad.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.reliancegeneral.co.in/marine/certificate/confirmation")
        p.part = "head"
        name = pick(p, "title", ["Reliance General Insurance Company Limited", "Reliance General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Marine Cargo - Single Transit  |  Certificate issued")
        p.add("rule")
        p.part = "body"
        para(
            p,
            "Thank you. Your payment was successful and the certificate has been e-mailed to you.",
            status=status,
        )
        p.add("gap")
        j.amount = rupees(rng, 2400, 14500, 0.3)
        prem = round(j.amount / 1.18, 2)
        insured = float(max(2, round(prem / rng.uniform(0.0028, 0.006) / 100000)) * 100000)
        gst_ = round(j.amount - prem, 2)
        tid = f"RGI{digits(rng, 13)}"
        two_up(p, "rg1", ("Certificate No.", f"MC{digits(rng, 10)}"), ("Policy No.", f"1701{digits(rng, 8)}"))
        two_up(p, "rg2", ("Voyage", "Visakhapatnam Port to Port Klang"), ("Sum Insured", rs(insured)))
        two_up(p, "rg3", ("Premium", num(prem)), ("GST 18%", num(gst_)))
        two_up(
            p,
            "rg4",
            ("Total Premium", rs(j.amount)),
            ("Payment", f"Credit Card XX{digits(rng, 4)}"),
            amount=j.amount,
            method="card",
        )
        two_up(
            p,
            "rg5",
            ("Transaction ID", tid),
            ("Payment Date", on(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Try again",))
        band(p, (24, 24, 24), (255, 214, 0))
        app_head(p, "Digit", "Motor renewal  |  Goods carrying")
        name = pick(p, "center", ["Go Digit General Insurance Ltd.", "Go Digit General Insurance"])
        p.add("center", name, merchant=name)
        h287.burst(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card issuer declined the payment (OTP expired). The policy has not been renewed yet.",
            "error",
        )
        pid = f"DGT{digits(rng, 12)}"
        dots(p, "Quote No.", f"Q{digits(rng, 9)}", at=0.44)
        dots(p, "Premium (incl. GST)", rs(j.amount), at=0.44, bold=True, amount=j.amount)
        dots(p, "Payment ID", pid, at=0.44, txn=(TXN_RANK, pid))
        dots(p, "Card", f"Debit card XX{digits(rng, 4)}", at=0.44, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.44, date=j.date)
        return p.done()
    if k == 5:
        prem = round(j.amount / 1.18, 2)
        gst_ = round(j.amount - prem, 2)
        p = browser_page(rng, font, "www.ecgc.in/portal/premium/acknowledgement")
        p.part = "head"
        top(p, "ECGC Ltd.", merchant="ECGC Ltd.")
        p.add("small", "Export Credit Guarantee  |  Shipments Comprehensive Risk Policy  |  Premium")
        p.add("rule")
        p.part = "body"
        way = way_for(j.amount)
        utr = utr_from(rng, j, "Karur Vysya Bank", way)
        for label, value, facts in [
            ("Policy No.", f"SCR/{digits(rng, 7)}", {}),
            ("Exporter", FIRM, {}),
            ("Declaration month", j.month(1), {}),
            ("Premium", num(prem), {}),
            ("GST 18%", num(gst_), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", way, {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
            ("Payment Date", on(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Status", "Realised", {"status": status}),
        ]:
            gkv(p, "ec", label, value, at=0.36, **facts)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Top-up"], dark=False, buttons=("Refresh",))
        band(p, (160, 22, 44))
        app_head(p, "Activ Health", "Aditya Birla Health Insurance")
        name = pick(p, "center", ["Aditya Birla Health Insurance Co. Ltd.", "Aditya Birla Health Insurance"])
        p.add("center", name, merchant=name)
        h279.spinner(p, AMBER)
        p.add("center", "Payment under process", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        boxed(
            p,
            "We are waiting for your bank's confirmation. Your cover continues meanwhile; please don't pay "
            "again.",
            "warn",
        )
        tid = f"ABH{digits(rng, 12)}"
        kvr(p, "Policy No.", f"12-26-{digits(rng, 7)}-00")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Pay mode", "Net Banking", method="netbanking")
        return p.done()
    prem = round(j.amount / 1.18, 2)
    gst_ = round(j.amount - prem, 2)
    p = sheet(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    name = pick(p, "title", ["Cholamandalam MS General Insurance Co. Ltd.", "Chola MS General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Chola Shop Protect  |  PREMIUM RECEIPT")
    p.add("rule")
    p.part = "body"
    para(
        p,
        f"Received with thanks from {SHOP}, Visakhapatnam the premium below for its shop policy.",
        status=status,
    )
    p.add("gap")
    rno = f"CH{j.date:%y}{digits(rng, 9)}"
    h269.kind(p, "ch", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line")
    for label, value, facts in [
        ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
        ("Receipt Date", on(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
        ("Received from", f"{SHOP}, Dwaraka Nagar", {}),
        ("Policy", f"Shop Protect 2{digits(rng, 9)}", {}),
        ("Premium", num(prem), {}),
        ("GST 18%", num(gst_), {}),
        ("Total Amount", rs(j.amount), {"amount": j.amount}),
        ("Mode", "UPI", {"method": "UPI"}),
        ("UPI Ref", j.ref, {"txn": (UTR_RANK, j.ref)}),
    ]:
        h269.row(p, "ch", label, value, **facts)
    p.add("small", "Cholamandalam MS General Insurance Company Ltd., Chennai.")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("KALASA GALLERY", "DWARAKA NAGAR, VISAKHAPATNAM", "RBL BANK", "ezetap"),
    ("HOTEL SAGAR SANGAM", "BEACH ROAD, VISAKHAPATNAM", "KARUR VYSYA BANK", "innoviti"),
    ("SRI KALINGA BELL METAL WORKS", "STALL 214, SURAJKUND MELA", "CSB BANK", "pending"),
    ("SRI SAI FUELS", "NH-16, SRIKAKULAM", "EQUITAS SMALL FINANCE BANK", "declined"),
    ("IndiGo", "", "", "fare"),
    ("DAKSHIN SPICE KITCHEN", "SIRIPURAM, VISAKHAPATNAM", "DBS BANK", "dbs"),
    ("APTDC HARITHA BEACH RESORT", "Rushikonda, Visakhapatnam", "American Express", "amex"),
    ("SRI LAKSHMI HARDWARE", "", "RBL Bank", "sms"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the gallery's and the Mela stall's terminals and the firm's cards elsewhere: Ezetap's slip on
    RBL Bank's terminal at Kalasa Gallery (Txn Date, Txn Time, MID, TID, Batch#, Invoice#, Card#, Card Type,
    Entry Mode, Auth Code, RRN, Txn ID, Sale Amount in a colon's column; APPROVED); Innoviti's slip on Karur
    Vysya Bank's terminal at a Visakhapatnam hotel (DATE and TIME on a line, MERCHANT, TID, BATCH, ROC, CARD,
    EXP, APPR, RRN; BASE AMT, TOTAL; SIGN NOT REQUIRED); Mosambee's slip on CSB Bank's Android terminal at the
    firm's Mela stall in the Mela's days with its status pending (DATE, TIME, MID, TID, INVOICE NO, CARD,
    AMOUNT; TXN STATUS: PENDING, AWAITING RESPONSE FROM ACQUIRER, DO NOT RE-ATTEMPT); Equitas Small Finance
    Bank's slip at a Srikakulam fuel station DECLINED (DATE, PUMP / NOZZLE, PRODUCT, VOLUME, TID, INV, CARD,
    AMOUNT; 51 INSUFFICIENT FUNDS); IndiGo's payment receipt for the partner's Visakhapatnam - Delhi flight to
    the Mela paid by card (PNR, Passenger, Flight, Date of journey, Base fare, Taxes and fees, Total paid,
    Card, Transaction ID, Paid on in dot leaders); DBS Bank's terminal at a Visakhapatnam restaurant (its
    labels in a fixed column and values after them: DATE, TIME, MID, TID, INV, CARD, AUTH, RRN, AMT; TXN
    APPROVED); the American Express app with a charge at an APTDC resort ("Today, <hour>"; the merchant's line
    and its town, the sum, Approved; Card and Reference in tiles; Category; no day); RBL Bank's SMS of a spend
    on its credit card ("INR x spent on your RBL Bank credit card ending 1234 at <MERCHANT> on <dd-mm-yyyy>.
    Avl limit ..."; no reference). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=800, high=48000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "pending":
        in_window(j, rng, MELA, MELA_DAYS)
    if layout in ("declined", "dbs", "pending"):
        j.amount = rupees(rng, 900, 9800, 0.5)
    if layout == "sms":
        j.amount = rupees(rng, 700, 8200, 0.5)
    if layout == "fare":
        shift_day(j, rng, MELA - dt.timedelta(days=rng.randrange(6, 40)))
        j.amount = round(rng.uniform(5200, 14800), 2)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        amt = num(j.amount, rng.choice(["western", "plain", "indian"]))
        limit_ = num(rupees(rng, 40000, 380000), "indian")
        text = (
            f"INR {amt} spent on your RBL Bank credit card ending {last4} at {name} on "
            f"{when(j.date, '%d-%m-%Y')}. Avl limit INR {limit_}. Not you? Call 022-62327777 -RBL Bank"
        )
        p = sms_page(rng, font, "AD-RBLCRD", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, date=j.date, method="card", status=status)
        return p.done()
    if layout == "fare":
        p = browser_page(rng, font, "www.goindigo.in/booking/payment-confirmation")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment successful", status=status)
        p.add("gap")
        pnr = code(rng, 6, UPPER)
        fare = round(j.amount * 0.8, 0)
        taxes = round(j.amount - fare, 2)
        journey = MELA - dt.timedelta(days=rng.randrange(1, 3))
        tref = f"IGO{digits(rng, 12)}"
        dots(p, "PNR", pnr, at=0.4, txn=(ORDER_RANK, pnr))
        dots(p, "Passenger", PARTNER.upper(), at=0.4)
        dots(p, "Flight", f"6E {rng.randrange(200, 6999)}  VTZ - DEL", at=0.4)
        dots(p, "Date of journey", when(journey, "%d %b %Y"), at=0.4)
        dots(p, "Base fare", num(fare), at=0.4)
        dots(p, "Taxes and fees", num(taxes), at=0.4)
        dots(p, "Total paid", f"INR {num(j.amount)}", at=0.4, bold=True, amount=j.amount)
        dots(p, "Card", f"{scheme} XXXX {last4}", at=0.4, method="card")
        dots(p, "Transaction ID", tref, at=0.4, txn=(TXN_RANK, tref))
        dots(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        return p.done()
    if layout == "amex":
        p = phone(rng, font, k, ["", "Activity"], dark=False, buttons=("Dispute this charge",))
        band(p, (0, 111, 207))
        app_head(p, "Amex", "American Express  |  Recent activity")
        p.add("small", f"Today, {hhmm(rng)}")
        shown = pick(p, "center", [name, "APTDC HARITHA RESORT"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        p.add("big", f"{rupee(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Approved", status=status)
        p.add("gap")
        ref = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 4)}"
        tiles2(
            p,
            ("Card", f"Amex {dot2(p.font)}{digits(rng, 5)}"),
            ("Reference", ref),
            txn=(TXN_RANK, ref),
            method="card",
        )
        kvr(p, "Category", "Travel - lodging")
        return p.done()
    p = slip(rng, font, [440, 470, 500])
    if rng.random() < 0.5:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    p.part = "head"
    if layout == "ezetap":
        p.add("center", "ezetap")
    p.add("center", brand if len(brand) < 22 else brand.replace("SMALL FINANCE BANK", "SFB"))
    shown = pick(p, "center", [name, name[:26]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "ezetap":
        ez = f"EZ{j.date:%y%m%d}{digits(rng, 8)}"
        p.add("center", "SALE")
        p.add("rule")
        h271.slipline(p, "Txn Date", when(j.date, "%d/%m/%Y"), date=j.date)
        h271.slipline(p, "Txn Time", t[:5])
        h271.slipline(p, "MID", mid[:12])
        h271.slipline(p, "TID", tid)
        h271.slipline(p, "Batch#", batch[-4:])
        h271.slipline(p, "Invoice#", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        h271.slipline(p, "Card#", f"XXXX-XXXX-XXXX-{last4}", method="card")
        h271.slipline(p, "Card Type", f"{scheme} CREDIT")
        h271.slipline(p, "Entry Mode", "CHIP")
        h271.slipline(p, "Auth Code", appr, txn=(APPR_RANK, appr))
        h271.slipline(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        h271.slipline(p, "Txn ID", ez, txn=(TXN_RANK, ez))
        p.add("rule")
        h271.slipline(p, "Sale Amount", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED  |  CUSTOMER COPY")
    elif layout == "innoviti":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE:{when(j.date, '%d/%m/%y')}  TIME:{t[:5]}", date=j.date)
        p.pair("MERCHANT", mid[:10])
        p.pair("TID", tid)
        p.pair("BATCH", batch[-3:])
        p.pair("ROC", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} **** {last4}", method="card")
        p.pair("EXP", "**/**")
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE AMT", fmt(j.amount))
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGN NOT REQUIRED  |  POWERED BY INNOVITI")
    elif layout == "pending":
        p.add("center", "mosambee  |  SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("MID", mid[:11])
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} **{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TXN STATUS: PENDING", status=status)
        p.add("small", "AWAITING RESPONSE FROM ACQUIRER")
        p.add("small", "DO NOT RE-ATTEMPT THIS CARD")
    elif layout == "declined":
        volume = round(j.amount / rng.choice([92.4, 94.1, 95.8]), 2)
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE {when(j.date, '%d/%m/%Y')}  {t[:5]}", date=j.date)
        p.pair("PUMP / NOZZLE", f"{rng.randrange(1, 5)} / {rng.randrange(1, 3)}")
        p.pair("PRODUCT", "DIESEL")
        p.pair("VOLUME", f"{volume:.2f} L")
        p.pair("TID", tid)
        p.pair("INV", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 INSUFFICIENT FUNDS")
    else:
        p.add("center", "SALE")
        p.add("rule")

        def line(label: str, value: str, **facts) -> None:
            text = f"{label:<6}{value}"
            p.add("left", text, **facts)

        line("DATE", when(j.date, "%d-%b-%y", upper=True), date=j.date)
        line("TIME", t)
        line("MID", mid[:12])
        line("TID", tid)
        line("INV", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        line("CARD", f"{scheme} XXXX{last4}", method="card")
        line("AUTH", appr, txn=(APPR_RANK, appr))
        line("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        line("AMT", fmt(j.amount), amount=j.amount)
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "THANK YOU, VISIT AGAIN")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


EPDCL = "Eastern Power Distribution Company of A.P. Ltd."
EPDCL_TE = "ఆంధ్ర ప్రదేశ్ తూర్పు ప్రాంత విద్యుత్ పంపిణీ సంస్థ"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The casting shed's and the gallery's bills: APEPDCL's online payment receipt for the shed's LT
    industrial service under its Telugu name (Service No., Consumer Name, ERO, Bill Month, Amount Paid,
    Receipt No., Transaction ID, Bank Ref No, Payment Date, Mode, Status on hairline rows); Excitel's app with
    the gallery's broadband bill paid ("Today, <hour>"; the company under the app, a large tick, the sum;
    Customer ID and Transaction ID, each label small over its value two to a row; Plan, Paid via; no day); Sun
    Direct's recharge mail (its sentence; Smart Card No., Recharge Amount, Transaction ID, Recharge Date,
    Payment Mode, Pack against a gutter); IndianOil ONE's commercial Indane refill for the polishing shop's
    burners with the card payment failed (a Payment failed capsule, "for Indane", the reason in a notice; each
    value over its label: Booking No., Amount, Payment, Attempted on); Equitas FASTag's recharge pending for
    the firm's goods auto under an octagon's three dots (a notice; Vehicle No., Tag ID, Recharge Amount,
    Transaction Ref., Mode, Initiated on at the left and the right); the Greater Visakhapatnam Municipal
    Corporation's water charges e-receipt for the gallery under its Telugu name (Receipt No., Connection No.,
    Period, Amount, Transaction ID, Paid on, Mode in a striped table); YOU Broadband's payment receipt for the
    gallery's leased line (Account No., Receipt No., Amount, Payment ID, Paid on, Mode with colons); APEPDCL's
    SMS of a payment received for the gallery's service ("payment of Rs.x towards Service No. ... received
    through UPI on <dd-mm-yyyy>"; no reference). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=350, high=18000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = rupees(rng, 4200, 38000, 0.2)
        p = browser_page(rng, font, "www.apeasternpower.com/viewBillDetailsMain/paymentReceipt")
        p.part = "head"
        telugu(p, EPDCL_TE, scale=1.0, bold=True)
        name = pick(p, "title", [EPDCL, "APEPDCL"])
        top(p, name, merchant=name)
        p.add("small", "Online Payment Receipt  |  LT-III Industrial")
        p.add("rule")
        p.part = "body"
        rno = f"EP{j.date:%y%m}{digits(rng, 8)}"
        tid = f"APE{digits(rng, 12)}"
        bref = str(digits(rng, 12))
        h269.kind(p, "ep", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], "line")
        for label, value, facts in [
            ("Service No.", str(digits(rng, 13)), {}),
            ("Consumer Name", "SRI KALINGA BELL METAL WRKS", {}),
            ("ERO", "Srikakulam Rural", {}),
            ("Bill Month", j.month(1), {}),
            ("Amount Paid", rs(j.amount), {"amount": j.amount}),
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Bank Ref No", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), {"date": j.date}),
            ("Mode", "Net Banking", {"method": "netbanking"}),
            ("Status", "SUCCESS", {"status": status}),
        ]:
            h269.row(p, "ep", label, value, **facts)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([499, 699, 799, 999, 1178]))
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Done",))
        band(p, (240, 96, 20))
        app_head(p, "Excitel", "Broadband  |  Pay bill")
        name = pick(p, "center", ["Excitel Broadband Pvt. Ltd.", "Excitel Broadband"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"EXC{digits(rng, 12)}"
        two_up(p, "xc", ("Customer ID", f"VSP{digits(rng, 7)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Plan", "300 Mbps, 3 months")
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([299, 399, 449, 560, 750]))
        p = mail_page(
            rng,
            font,
            "Sun Direct <noreply@sundirect.in>",
            ["Recharge successful", "Your Sun Direct recharge"],
        )
        p.part = "head"
        top(p, "Sun Direct", merchant="Sun Direct")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Subscriber,")
        para(
            p,
            f"Your recharge of {rs(j.amount)} has been successful. Your pack is active and will renew next "
            "month.",
            status=status,
        )
        p.add("gap")
        tid = f"SD{digits(rng, 12)}"
        gutter(p, "sd", "Smart Card No.", str(digits(rng, 11)), at=0.4)
        gutter(p, "sd", "Recharge Amount", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "sd", "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        gutter(p, "sd", "Recharge Date", on(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        gutter(p, "sd", "Payment Mode", f"Debit Card XX{digits(rng, 4)}", at=0.4, method="card")
        gutter(p, "sd", "Pack", "Telugu Value Pack", at=0.4)
        p.add("small", "Sun Direct TV Pvt. Ltd. This is an automated mail.")
        return p.done()
    if k == 3:
        j.amount = round(rng.uniform(1690, 1980), 2)
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry",))
        band(p, (242, 101, 34))
        app_head(p, "IndianOil ONE", "Indane  |  Commercial 19 kg")
        pill(p, "Payment failed", status)
        p.add("center", "for Indane", merchant="Indane")
        boxed(
            p,
            "Your card issuer declined the payment. The refill is booked; pay again or pay the delivery man.",
            "error",
        )
        bno = f"IOC{digits(rng, 10)}"
        vlab(p, "Booking No.", bno, txn=(ORDER_RANK, bno))
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Payment", f"Credit card XX{digits(rng, 4)}", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = phone(rng, font, k, ["", "FASTag"], dark=False, buttons=("Check status",))
        band(p, (0, 82, 155))
        app_head(p, "Equitas FASTag", "Recharge")
        name = pick(p, "center", ["Equitas FASTag", "Equitas Small Finance Bank FASTag"])
        p.add("center", name, merchant=name)
        octa(p, status)
        p.add("center", "Recharge pending", status=status)
        boxed(
            p,
            "Your recharge is being confirmed with NETC. The balance will update shortly; do not recharge "
            "again.",
            "warn",
        )
        tref = f"EQF{digits(rng, 12)}"
        kvr(p, "Vehicle No.", f"AP30{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}")
        kvr(p, "Tag ID", f"34161FA820{code(rng, 14, HEXU)}")
        kvr(p, "Recharge Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction Ref.", tref, txn=(TXN_RANK, tref))
        kvr(p, "Mode", "UPI", method="UPI")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([240, 360, 480, 720, 960]))
        p = browser_page(rng, font, "gvmc.gov.in/watercharges/ereceipt")
        p.part = "head"
        telugu(p, GVMC_TE, scale=1.05, bold=True)
        name = pick(p, "title", [GVMC, "GVMC"])
        top(p, name, merchant=name)
        p.add("small", "Water Supply  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment received", status=status)
        rno = f"WS/{fy(j.date)}/{digits(rng, 7)}"
        tid = f"GVW{digits(rng, 12)}"
        zebra(
            p,
            "gw",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Receipt", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Connection No.", f"W{digits(rng, 8)}"], {}),
                (["Period", f"{j.month(3)[:3]} - {j.month(1)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Paid on", on(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Mode", "UPI"], {"method": "UPI"}),
            ],
            (20, 100, 140),
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([1180, 1770, 2360, 3540]))
        p = browser_page(rng, font, "selfcare.youbroadband.in/payments/receipt")
        p.part = "head"
        name = pick(p, "title", ["YOU Broadband India Ltd.", "YOU Broadband"])
        top(p, name, merchant=name)
        p.add("small", "Payment Receipt  |  Visakhapatnam")
        p.add("rule")
        p.part = "body"
        p.add("center", "Thank you! Your payment is received.", status=status)
        p.add("gap")
        rno = f"YR{digits(rng, 9)}"
        pid = f"PG{digits(rng, 12)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(p, "yb", spec, "Account No. :", f"VSP/{digits(rng, 6)}")
        colkv(p, "yb", spec, "Receipt No. :", rno, txn=(INVOICE_RANK, rno))
        colkv(p, "yb", spec, "Amount :", rs(j.amount), amount=j.amount)
        colkv(p, "yb", spec, "Payment ID :", pid, txn=(TXN_RANK, pid))
        colkv(
            p, "yb", spec, "Paid on :", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
        )
        colkv(p, "yb", spec, "Mode :", "Net Banking", method="netbanking")
        return p.done()
    j.amount = rupees(rng, 600, 4800, 0.4)
    amt = num(j.amount, rng.choice(["plain", "indian"]))
    text = (
        f"Dear Consumer, payment of Rs.{amt} towards Service No. {digits(rng, 13)} received through UPI on "
        f"{when(j.date, '%d-%m-%Y')}. Thank you - APEPDCL"
    )
    p = sms_page(rng, font, "VM-EPDCLA", text, j.date)
    p.add("left", text, merchant="APEPDCL", amount=j.amount, date=j.date, method="UPI", status=status)
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Karnataka Bank", "VM-KBLBNK", "SAURASHTRA CRUCIBLES", "NEFT", "sms"),
    ("RBL Bank", "AD-RBLBNK", "KORADA APPALA RAJU", "UPI", "sms"),
    ("DCB Bank", "JD-DCBBNK", "SRI LAKSHMI GANAPATHI", "RTGS", "sms"),
    ("CSB Bank", "", "VIZAG CORRUGATORS PVT", "IMPS", "mail"),
    (
        "The Srikakulam District Co-operative Central Bank",
        "VK-SKLDCB",
        "NAVATA ROAD TRANSPORT",
        "UPI",
        "telugu",
    ),
    ("Bandhan Bank", "BP-BDNSMS", "SAI RAM BUFFING STORES", "IMPS", "sms"),
    ("Jana Small Finance Bank", "JANABK", "SRI VENKATESWARA BLACKSM", "NEFT", "lock"),
    ("The Visakhapatnam Co-operative Bank", "VCBANK", "KALINGA FUELS PVT LTD", "NEFT", "headsup"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: SMS in Karnataka Bank's ("Your A/c XX1234 is debited for Rs.x
    on <dd-mm-yyyy> by NEFT to <PAYEE>; UTR <utr>. Avl Bal Rs.y -Karnataka Bank"), RBL Bank's ("Rs x debited
    from A/c XX1234 on <dd/mm/yy> to <PAYEE> via UPI. UPI Ref no <ref>. Not you? SMS BLOCK ... -RBL Bank"),
    DCB Bank's ("Your RTGS of Rs.x to <PAYEE> from A/c XX1234 dated <dd-Mon-yy> is pending with the
    beneficiary bank. UTR ... -DCB Bank") and Bandhan Bank's ("IMPS of Rs.x to <PAYEE> from A/c XX1234 on
    <dd/mm/yyyy> has FAILED. Ref ... Amount debited, if any, will be reversed. -Bandhan Bank") wordings; CSB
    Bank's mail ("An amount of INR x has been debited from your account XX1234 on <dd-Mon-yyyy> towards IMPS
    to <PAYEE> (IMPS Ref No. ...)."); the Srikakulam District Co-operative Central Bank's SMS in Telugu in a
    card in the phone's messages thread under its day divider ("మీ ఖాతా XX1234 నుండి <dd-mm-yyyy> న UPI ద్వారా
    <PAYEE> కు రూ. x పంపబడింది. రెఫ్ నం. ... -శ్రీకాకుళం డి.సి.సి.బి." (from your account XX1234 on <day> Rs.
    x was sent to <PAYEE> by UPI; ref no. ...)); Jana Small Finance Bank's SMS on a phone's lock screen under
    its hour ("Rs.x debited from A/c XX1234 for NEFT to <PAYEE>. UTR ... -Jana Bank"; "now"; no day); The
    Visakhapatnam Co-operative Bank's heads-up notification over a dimmed chat list ("A/c XX1234 debited Rs.x
    on <dd-mm-yyyy> towards NEFT to <PAYEE>. Avl Bal Rs.y -VCBL"; no reference). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=2500, high=96000)
    bank, sender, to, way, frame = ALERTS[k]
    lo, hi = [
        (9000, 62000),
        (1500, 14000),
        (205000, 440000),
        (5000, 42000),
        (3000, 26000),
        (2500, 30000),
        (1500, 12000),
        (10000, 90000),
    ][k]
    j.amount = rupees(rng, lo, hi, 0.8 if way == "UPI" else 0.5)
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 50000, 1600000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_from(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if bank == "Karnataka Bank":
            text = (
                f"Your A/c XX{tail} is debited for Rs.{amt} on {when(j.date, '%d-%m-%Y')} by NEFT to {to}; "
                "UTR "
                f"{utr}. Avl Bal Rs.{bal} -Karnataka Bank"
            )
        elif bank == "RBL Bank":
            text = (
                f"Rs {amt} debited from A/c XX{tail} on {when(j.date, '%d/%m/%y')} to {to} via UPI. UPI Ref "
                "no "
                f"{utr}. Not you? SMS BLOCK {tail} to 9223012345 -RBL Bank"
            )
        elif bank == "DCB Bank":
            text = (
                f"Your RTGS of Rs.{amt} to {to} from A/c XX{tail} dated {when(j.date, '%d-%b-%y')} is "
                "pending "
                f"with the beneficiary bank. UTR {utr} -DCB Bank"
            )
        else:
            text = (
                f"IMPS of Rs.{amt} to {to} from A/c XX{tail} on {when(j.date, '%d/%m/%Y')} has FAILED. Ref "
                f"{utr}. "
                "Amount debited, if any, will be reversed. -Bandhan Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "CSB Bank <alerts@csb.co.in>", ["Transaction alert: IMPS debit"])
        p.part = "head"
        top(p, "CSB Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"An amount of INR {amt} has been debited from your account XX{tail} on "
            f"{when(j.date, '%d-%b-%Y')} "
            f"towards IMPS to {to} (IMPS Ref No. {utr}). Available balance: INR {bal}.",
            **facts,
        )
        p.add("gap")
        para(p, "If you did not make this transaction, call 1800 266 9090 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "CSB Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "telugu":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"మీ ఖాతా XX{tail} నుండి {when(j.date, '%d-%m-%Y')} న UPI ద్వారా {to} కు రూ. {amt} పంపబడింది. "
            f"రెఫ్ నం. {utr} -శ్రీకాకుళం డి.సి.సి.బి."
        )
        twrap(p, text, share=0.94, scale=0.95, **facts)
        small_r(p, hhmm(rng, lower=True))
        card_close(p, s_)
        return p.done()
    if frame == "lock":
        p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([20, 21]))
        p.style["paper"] = rng.choice([(22, 30, 48), (34, 24, 44), (18, 40, 44)])
        p.part = "body"
        p.add("gap")
        h287.clock(p, hhmm(rng, twelve=False))
        p.add("small", rng.choice(["Tap to unlock", "Swipe up to open"]))
        p.add("gap")
        c = card_open(p)
        cols(
            p,
            "lk0",
            [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
            f"Messages  {sign(font, chr(0x2022), '|')}  {sender}",
            "now",
            mode="soft",
        )
        para(p, f"Rs.{amt} debited from A/c XX{tail} for NEFT to {to}. UTR {utr} -Jana Bank", **facts)
        card_close(p, c)
        p.add("gap")
        p.add("gap")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "body"
    c = card_open(p)
    cols(
        p,
        "hu0",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        f"VCBL mBanking  {sign(font, chr(0x2022), '|')}  now",
        "",
        mode="soft",
    )
    p.add("left", "Debit alert")
    para(
        p,
        f"A/c XX{tail} debited Rs.{amt} on {when(j.date, '%d-%m-%Y')} towards NEFT to {to}. Avl Bal "
        f"Rs.{bal} -VCBL",
        **facts,
    )
    card_close(p, c)
    p.add("gap")
    start = len(p.rows)
    p.add("title", "Chats")
    for who, msg in rng.sample(
        [
            ("Ravi Kiran", "Urulis packed for Chennai"),
            ("Lavanya (Accounts)", "Send me the UTR please"),
            ("Appanna", "Kolimi ready at 6"),
            ("Navata Srikakulam", "LR copy attached"),
            ("Gallery staff", "Two customers waiting"),
        ],
        4,
    ):
        p.add("left", who)
        small_l(p, msg)
    h294.banner_veil(p, start)
    return p.done()

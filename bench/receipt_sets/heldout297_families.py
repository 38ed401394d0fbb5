"""The twelve heldout297 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a koftgari workshop's year of 2026 in Udaipur and Alwar, Rajasthan (Silehkhana
Koftgari Udyog, Mohd. Rafiq Sikligar's proprietary firm, whose karigars hatch steel with a fine chisel, beat
gold and silver wire into the hatching, set it over a low fire and burnish it with an agate stone, the steel
round it blued and blackened in oil: koftgari, the damascening of the armourers (sikligars) of Udaipur and
Alwar; its khanjars, talwars, dhals, jewellery boxes, paan-daans, elephants, pen stands, letter openers, kadas
and cufflinks; its karkhanas in Hathipole, Udaipur, and near Hope Circus, Alwar; its showroom in Jagdish
Chowk, Koftgari Kothi; stall 18 at the Matsya Utsav in Alwar; the web shop koftgarikothi.com; buyers at home
and abroad), told by the proofs of payment it receives (buyers' Jana Bank, Samsung Wallet, Utkarsh Bank,
Jiffy, UPI One World, Saraswat Bank and CSB Mobile+ screens and JioPay Business on the showroom's phone; SAP,
RAJSICO, Kotak FYN, Xero, BUSY in its window, GimBooks, DCB Bank and an Alwar school's Google Chat; ING,
Truist, UOB, CommBank, QNB, RBC, Al Rajhi Bank and Swedbank; its own tax invoice, a Zoho Commerce mail,
Airpay's failed page, a swing tag, a certificate of authenticity, Zaakpay's pending link, a typed receipt and
a Messenger reply) and those it makes (a gold wire drawer's invoice, an agate maker's rough bill in Gujarati
and English, JD Mart, Toolsvilla, Aramex, a velvet box maker's green-bar bill, a tool maker's Telegram message
and a steel trader's invoice; Suryoday Bank, ESAF Bank, J&K Bank, India Post Payments Bank's mini statement,
YES Online, Unity Bank, RBL MoBank and Bank of India's counterfoil; a piece work slip, HROne, FinoPay,
mBandhan, a wage diary, a Diwali bonus voucher, YONO SBI and HDFC Bank; Nagar Nigam Udaipur, the Udaipur
Development Authority, the Pollution Control Board, the factory licence, the Matsya Utsav Samiti, Sarathi, the
Trade Marks Registry and e-GRAS; eight insurers; cards on the showroom's and the stall's terminals and at a
hotel, a restaurant, a fuel station, a packaging house, an airline and a thali house; AVVNL, Jio AirFiber,
Tata Play Fiber, the PHED, Indane, Sun Direct, the FASTag annual pass and RailWire; the banks' SMS,
Truecaller's card, a mail, a Hindi SMS and an app's notifications). Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, the units' lines, salutations, Hindi, Gujarati and Arabic lines (but a bank's SMS in Hindi, whose
figures and payee carry the facts), items, bills, counts, rates, MRPs, GST, TDS, fees, charges, surcharges,
round offs, balances, sums insured, reward points, periods, months, licence and assessment years, invoice,
bill, due and print days, account, policy, proposal, application, licence, lease deed, property, unit,
consumer, subscriber, smart card, pass, vehicle, DL and card numbers, AIDs, TVRs and TSIs, PAN, GSTIN, Udyam
numbers, IFSC, SWIFT/BIC codes, UPI IDs, air waybills, bills named on an advice or a receipt, other mails,
messages and notifications, a desktop program's title bar, menus and status bar, a postman's or an agent's
name, koftgari plaques, vine bands, lac seals, swing tags' eyelets and strings, wire snippets, stages,
notices, tiles, tabs, stamps, watermarks, highlighters' strokes, rings in pen, signatures, the bench and a
salesman's initials carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's;
``outcome`` heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen``
heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``cols``, ``zebra``,
``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``comb``, ``bars``, ``qr``, a roll's torn edges),
heldout271's (``grid``, ``colkv``, ``dots``, ``fill``, ``hand``, ``tt``, ``rstamp``, tinted cards),
heldout273's (``hcells``, ``ledger``, ``bubble``, ``panel``, ``pill``, ``track``, ``field``, ``hilite``),
heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``tabs``, ``ribbon``, ``bigsum``, ``toast``,
``greenbar``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``),
heldout287's (Devanagari lines, ``notice``, ``oval``, ``tiles2``, ``vlab``, ``vname``, ``copyrow``) and
heldout289's (Gujarati lines, ``chip``, ``steps``, ``spiral``, ``watermark``), written in this set's pens and
printers' faces. ``compose`` is heldout158's (as heldout269's to heldout295's), each page's rows drawn by
heldout289's ``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it
leaves for them: a koftgari plaque as a letterhead's emblem (an oval of blued steel faintly cross-hatched, a
gold rosette and a gold vine scrolling out to each side with its leaves, a rim of silver dots inside a gold
line); a koftgari vine band as a divider; a seal of red lac with its sunk ring and letters; an Arabic line in
Noto Naskh Arabic shaped by Raqm and set right to left; a showroom's swing tag's eyelet and string; snippets
of gold and silver wire in a page's margins; a ring in pen round a hand-written sum; and, after the frame, the
karigar's bench a page is photographed lying on (its wood, a hatched steel plate with a gold vine half laid, a
coil of wire, a chisel and an agate burnisher) or the desktop program's window a page is shown in (its title
bar, menus and status bar). The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
from bench.receipt_sets import heldout275_families as h275
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
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, grid, tt
from bench.receipt_sets.heldout273_families import bubble, hcells, ledger, panel, pill, track
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, native, notice, tiles2, vlab, vname

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
# the hands that write on this set's papers: italics in another mix than heldout294's and heldout295's
PENS = [
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "liberation/LiberationSans-Italic.ttf",
]
INKS = [(20, 40, 140), (28, 28, 80), (50, 34, 30), (14, 70, 110), (90, 30, 60)]
# the faces a page's fixed-width lines are printed in (a bank's printer, a billing program's, a roll's)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# the chrome of a desktop program's window (its title bar, menus and status bar)
CHROME = "dejavu/DejaVuSans.ttf"
CHROME_BOLD = "dejavu/DejaVuSans-Bold.ttf"
# koftgari's colours: the steel blued and blackened in oil after the work, the gold and silver wire
STEEL = [(30, 36, 52), (36, 38, 46), (24, 32, 50), (42, 40, 48)]
GOLD = [(214, 172, 68), (242, 208, 124), (172, 130, 50)]
SILVER = (204, 208, 216)
LAC = [(150, 22, 30), (128, 20, 26), (166, 40, 34)]

# ---------------------------------------------------------------- the firm

FIRM = "Silehkhana Koftgari Udyog"
FIRM_CAPS = FIRM.upper()
FIRM_HI = "सिलेहख़ाना कोफ़्तगरी उद्योग"
# the proprietor's account as a bank's field cuts it
CUT = "MOHD RAFIQ SIKLIGAR PROP S"
SHOP = "Koftgari Kothi"
SHOP_CAPS = SHOP.upper()
SHOP_HI = "कोफ़्तगरी कोठी"
KARKHANA = "Silehkhana Karkhana"
WEB = "koftgarikothi.com"
GSTIN = "08ARKPS5273Q1Z4"
PAN = "ARKPS5273Q"
UDYAM = "UDYAM-RJ-33-0061482"
PROP = "Mohd. Rafiq Sikligar"
OWNER_CAPS = "MOHD RAFIQ SIKLIGAR"
SON = "Salim Sikligar"
KEEPER = "Farzana Bano"
USTAD = "Ustad Nizamuddin Sikligar"
ADDRESS = "Silehkhana Karkhana, Sikligar Gali, Hathipole, Udaipur - 313001 (Raj.)"
TOWN = "Hathipole, Udaipur - 313001"
SHOP_AT = "7, Jagdish Chowk, near City Palace, Udaipur - 313001"
ALWAR_AT = "Sikligar Mohalla, near Hope Circus, Alwar - 301001"
BANK_LINE = "Bank of Baroda, Bapu Bazar Branch, Udaipur"
BIC = "BARBINBBUDR"
IFSC_OWN = "BARB0BAPUDA"
# the Matsya Utsav at Alwar, 24 to 27 November 2026 (stall 18 in its crafts bazaar at Company Bagh)
MATSYA = dt.date(2026, 11, 24)
STALL = "Stall 18, Crafts Bazaar, Company Bagh, Matsya Utsav, Alwar"
# Diwali 2026 (8 November): the karigars' bonus is paid in the ten days before it
DIWALI = dt.date(2026, 11, 8)
IFSC = {
    "Bank of Baroda": "BARB",
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Central Bank of India": "CBIN",
    "IDBI Bank": "IBKL",
    "Rajasthan Gramin Bank": "RMGB",
    "Yes Bank": "YESB",
    "Bandhan Bank": "BDBL",
    "RBL Bank": "RATN",
    "Bank of India": "BKID",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Kotak Mahindra Bank": "KKBK",
    "IDFC FIRST Bank": "IDFB",
    "DCB Bank": "DCBL",
    "Indian Bank": "IDIB",
    "Punjab National Bank": "PUNB",
    "Axis Bank": "UTIB",
    "Canara Bank": "CNRB",
    "IndusInd Bank": "INDB",
}
# the firm's work: name, HSN, price each (low, high)
WORKS = [
    ("Khanjar, koftgari gold vine on blade and hilt, velvet sheath", "9307", 6500, 18000),
    ("Dhal (shield), 14 in, gold and silver koftgari", "8306", 12000, 36000),
    ("Jewellery box, steel, gold koftgari, velvet lined", "8306", 2800, 7400),
    ("Elephant, 6 in, steel with gold koftgari", "8306", 3200, 8800),
    ("Letter opener, koftgari handle", "8306", 450, 1200),
    ("Paan-daan, steel, gold koftgari", "8306", 5200, 14000),
    ("Kada (bangle), koftgari", "7117", 900, 2600),
    ("Cufflinks, koftgari, pair", "7117", 600, 1500),
    ("Pen stand, steel, koftgari", "8306", 1200, 3200),
    ("Talwar (sword), koftgari hilt, scabbard", "9307", 22000, 62000),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Khanjar, koftgari gold vine on blade and hilt, velvet sheath": "Khanjar",
    "Dhal (shield), 14 in, gold and silver koftgari": "Dhal 14 in",
    "Jewellery box, steel, gold koftgari, velvet lined": "Jewellery box",
    "Elephant, 6 in, steel with gold koftgari": "Elephant 6 in",
    "Letter opener, koftgari handle": "Letter opener",
    "Paan-daan, steel, gold koftgari": "Paan-daan",
    "Kada (bangle), koftgari": "Kada",
    "Cufflinks, koftgari, pair": "Cufflinks (pair)",
    "Pen stand, steel, koftgari": "Pen stand",
    "Talwar (sword), koftgari hilt, scabbard": "Talwar",
}
CUSTOMERS = [
    "Mrs. Nandini Mehta",
    "Mr. Arjun Rathore",
    "Ms. Charlotte Dubois",
    "Dr. Imran Chishti",
    "Mrs. Pooja Jain",
    "Mr. Rohan Kapoor",
    "Ms. Aditi Shekhawat",
]
# the karigars at the karkhanas of Udaipur and Alwar, the women who burnish and pack at home, the box maker
KARIGARS = [
    "Iqbal Hussain",
    "Shabbir Ahmed",
    "Jaipal Singh Sikligar",
    "Harpal Singh",
    "Mukesh Lohar",
    "Rukhsar Bano",
    "Sajida Begum",
    "Aslam Sikligar",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's pieces sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 4) if hi < 3000 else 1
        if "opener" in name or "Cufflinks" in name:
            q = rng.randrange(2, 13)
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 10 if hi < 1600 else 50))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Utsav's, Diwali's), its UPI / card reference made again for it."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_for(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "BARB")
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


def fits_left(p: Screen, text: str, scale: float = 1.0) -> bool:
    return load_font(p.font, int(p.style["size"] * scale)).getlength(text) <= room_of(p)


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
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


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h297", {"marks": {}, "decor": [], "frame": None})


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


def same_pen(p: Screen) -> None:
    """heldout269's pen slot (its boxed form fields write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = hand_pen(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


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


def para(p: Screen, text: str, kind_: str = "left", share: float = 1.0, **facts) -> None:
    """A sentence set left in as many lines as it needs (the facts on its first line)."""
    scale = 0.8 if kind_ == "small" else 1.0
    for n_, line in enumerate(lines_of(p, text, scale, share)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def lab(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lab97", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab97"] = 0.78
    h269.row(p, "lab97", text, **facts)


def hindi(p: Screen, text: str, **kw) -> None:
    """heldout287's native line in Devanagari, here for Hindi (a name over its English, a heading)."""
    native(p, text, **kw)


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


def splitpair(p: Screen, label: str, value: str, **facts) -> None:
    """A label and its value on one row, or the value set under its label where the row is too wide."""
    p.pair(label, value, **facts)


# ---------------------------------------------------------------- this set's rows and marks


def plaque(p: Screen) -> None:
    """A koftgari plaque as a letterhead's emblem: an oval of steel blued and blackened in oil, its ground
    faintly cross-hatched by the karigar's chisel, gold wire beaten into the hatching as a rosette at its
    heart and a vine scrolling out from it to each side with leaves along it, a rim of silver dots inside a
    thin gold line; centred, three lines high."""
    put(p, "t97kp", "", mark_=[p.rng.randrange(len(STEEL)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def vine_band(p: Screen) -> None:
    """A koftgari border as a divider across the page: a band of blued steel, a gold vine waving along it
    with a leaf at every crest and trough, a row of silver dots along both its edges; one line high."""
    put(p, "t97kb", "", mark_=[p.rng.randrange(len(STEEL)), p.rng.randrange(10**6)])


def lac_seal(p: Screen, letters: str, *, at: float = 0.72) -> None:
    """A seal of red lac pressed on the page at ``at`` of the room: an uneven blob of sealing lac, the
    brass seal's ring and ``letters`` sunk in it, a glint on its rim; three lines high (the rows beside it
    left empty)."""
    assert glyphs(CHROME_BOLD, letters), letters
    put(p, "t97lac", letters, mark_=[at, p.rng.randrange(len(LAC)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def wire_bits(p: Screen) -> None:
    """Snippets of gold and silver wire from the karigar's cutting, curled, lying in a page's margins."""
    ext(p)["decor"].append(["wire", p.rng.randrange(10**6)])


def pen_ring(p: Screen) -> None:
    """A ring drawn in pen round the hand-written line just added (a sum ringed as settled)."""
    assert p.rows[-1][0] == "hand", p.rows[-1]
    ext(p)["decor"].append(["ring", len(p.rows) - 1])


def swing_tag(p: Screen) -> None:
    """The page as a showroom's swing tag: a brass eyelet punched at its head and the red cotton string tied
    through it, running off the tag's top edge."""
    ext(p)["decor"].append(["tag", p.rng.randrange(10**6)])


def on_bench(p: Screen) -> None:
    """The page photographed lying on a karigar's work bench: the bench's worn wood, a steel plate with its
    ground cross-hatched and a gold vine half beaten into it, a coil of gold wire, a chisel and an agate
    burnisher beside the page, the page's shadow on the wood."""
    ext(p)["frame"] = ["bench", p.rng.randrange(10**6)]


def desktop(p: Screen, title: str, menus: list[str], status: str) -> None:
    """The page as a desktop program's window: a title bar with the program's icon, ``title`` and the
    window's three buttons, a menu bar with ``menus``, and a status bar at its foot with ``status`` (the
    keys the program offers)."""
    face = load_font(CHROME, 15)
    assert glyphs(CHROME, title + "".join(menus) + status), title
    assert face.getlength(title) + 170 <= p.style["width"], title
    assert sum(face.getlength(m) + 22 for m in menus) <= p.style["width"], menus
    assert face.getlength(status) + 20 <= p.style["width"], status
    ext(p)["frame"] = ["window", title, menus, status, p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _leaf(draw, x: float, y: float, angle: float, size: float, colour) -> None:
    """An almond leaf of gold wire: its outline as a lens pointing along ``angle``."""
    pts = []
    for n in range(14):
        t = n / 13 * math.pi
        px, py = math.cos(t) * size, math.sin(t) * size * 0.38
        pts.append((px, py))
    for n in range(14):
        t = n / 13 * math.pi
        pts.append((-math.cos(t) * size, -math.sin(t) * size * 0.38))
    c, s = math.cos(angle), math.sin(angle)
    draw.polygon([(x + px * c - py * s, y + px * s + py * c) for px, py in pts], fill=colour)


def _hatch(draw, x0: float, y0: float, x1: float, y1: float, ground, step: int = 5) -> None:
    """The karigar's cross-hatching (the khat scratched into the steel for the wire to grip)."""
    light = _tint((255, 255, 255), ground, 0.09)
    span = int((x1 - x0) + (y1 - y0))
    for k in range(0, span, step):
        draw.line((x0 + k, y0, x0 + k - (y1 - y0), y1), fill=light, width=1)
        draw.line((x0 + k - (y1 - y0), y0, x0 + k, y1), fill=light, width=1)


def _plaque_layer(w: int, h: int, ground, seed: int) -> Image.Image:
    """The koftgari plaque drawn on a layer of its own (its oval the layer's mask)."""
    srng = random.Random(seed)
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).ellipse((1, 1, w - 2, h - 2), fill=255)
    body = Image.new("RGBA", (w, h), (*ground, 255))
    d = ImageDraw.Draw(body)
    for yy in range(h):
        share = 0.12 * max(0.0, 1 - abs(yy - h * 0.3) / (h * 0.35))
        d.line((0, yy, w, yy), fill=(*_tint((210, 220, 240), ground, share), 255))
    _hatch(d, 0, 0, w, h, ground)
    cx, cy = w / 2, h / 2
    # the rim: a thin gold oval and silver dots inside it
    d.ellipse((5, 5, w - 6, h - 6), outline=GOLD[2], width=2)
    for n in range(44):
        a = n / 44 * math.tau
        px, py = cx + math.cos(a) * (w / 2 - 12), cy + math.sin(a) * (h / 2 - 11)
        d.ellipse((px - 1.8, py - 1.8, px + 1.8, py + 1.8), fill=SILVER)
    # the vine scrolling out to each side of the rosette
    for side in (-1, 1):
        pts = []
        turns = srng.uniform(1.3, 1.6)
        for n in range(60):
            t = n / 59
            r = (w * 0.1) + t * (w * 0.22)
            a = math.pi * (1 - t) * turns * side
            pts.append((cx + side * (w * 0.09 + t * w * 0.26), cy + math.sin(a) * h * 0.22 * (1 - t * 0.4)))
            del r
        d.line(pts, fill=GOLD[0], width=2)
        for n in range(6, 58, 9):
            x_, y_ = pts[n]
            nx, ny = pts[n + 1]
            angle = math.atan2(ny - y_, nx - x_) + (0.9 if n % 2 else -0.9)
            _leaf(d, x_, y_, angle, h * 0.09, GOLD[1] if n % 2 else GOLD[0])
        ex, ey = pts[-1]
        d.ellipse((ex - 3, ey - 3, ex + 3, ey + 3), fill=SILVER)
    # the rosette at the heart
    r = h * 0.17
    for n in range(8):
        a = n * math.pi / 4
        px, py = cx + math.cos(a) * r * 0.62, cy + math.sin(a) * r * 0.62
        d.ellipse((px - r * 0.34, py - r * 0.34, px + r * 0.34, py + r * 0.34), fill=GOLD[n % 2])
    d.ellipse((cx - r * 0.3, cy - r * 0.3, cx + r * 0.3, cy + r * 0.3), fill=SILVER)
    d.ellipse((cx - r * 0.12, cy - r * 0.12, cx + r * 0.12, cy + r * 0.12), fill=GOLD[2])
    layer.paste(body, (0, 0), mask)
    return layer


def _band(draw, x0: float, x1: float, y0: float, y1: float, ground, seed: int) -> None:
    """A band of blued steel, a gold vine waving along it with leaves, silver dots along both edges."""
    srng = random.Random(seed)
    draw.rectangle((x0, y0, x1, y1), fill=ground)
    mid = (y0 + y1) / 2
    h = y1 - y0
    period = srng.choice([38, 44, 50])
    phase = srng.uniform(0, math.tau)
    pts = [
        (xx, mid + math.sin((xx - x0) / period * math.tau + phase) * h * 0.2)
        for xx in range(int(x0) + 6, int(x1) - 6, 2)
    ]
    draw.line(pts, fill=GOLD[0], width=2)
    for n in range(0, len(pts), max(1, period // 4)):
        xx, yy = pts[n]
        up = math.cos((xx - x0) / period * math.tau + phase)
        _leaf(draw, xx, yy + (-h * 0.12 if up > 0 else h * 0.12), -0.6 if up > 0 else 0.6, h * 0.16, GOLD[1])
    for yy in (y0 + 3, y1 - 3):
        xx = x0 + 5
        while xx < x1 - 4:
            draw.ellipse((xx - 1.4, yy - 1.4, xx + 1.4, yy + 1.4), fill=SILVER)
            xx += 7


def _lac(page: Image.Image, cx: float, cy: float, r: float, letters: str, colour, seed: int) -> Image.Image:
    """A lac seal: an uneven blob, the seal's sunk ring and letters, a glint on its rim."""
    srng = random.Random(seed)
    size = int(r * 2.6)
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c = size / 2
    pts = []
    for n in range(48):
        a = n / 48 * math.tau
        rr = r * (1.05 + 0.12 * math.sin(a * 3 + srng.uniform(0, 6)) + srng.uniform(-0.05, 0.05))
        pts.append((c + math.cos(a) * rr, c + math.sin(a) * rr))
    d.polygon(pts, fill=(*colour, 240))
    dark = _tint((0, 0, 0), colour, 0.3)
    light = _tint((255, 255, 255), colour, 0.28)
    d.ellipse((c - r * 0.78, c - r * 0.78, c + r * 0.78, c + r * 0.78), outline=(*dark, 255), width=3)
    d.ellipse((c - r * 0.66, c - r * 0.66, c + r * 0.66, c + r * 0.66), outline=(*light, 200), width=1)
    for n in range(16):
        a = n / 16 * math.tau
        px, py = c + math.cos(a) * r * 0.72, c + math.sin(a) * r * 0.72
        d.ellipse((px - 1.5, py - 1.5, px + 1.5, py + 1.5), fill=(*dark, 255))
    face = load_font(CHROME_BOLD, int(r * 0.62))
    d.text((c + 1, c + 1), letters, font=face, fill=(*light, 220), anchor="mm")
    d.text((c, c), letters, font=face, fill=(*dark, 255), anchor="mm")
    d.arc((c - r * 1.0, c - r * 1.0, c + r * 1.0, c + r * 1.0), 200, 250, fill=(255, 230, 220, 200), width=3)
    turned = layer.rotate(srng.uniform(-20, 20), resample=Image.BICUBIC)
    base = page.convert("RGBA")
    sheet_ = Image.new("RGBA", base.size, (0, 0, 0, 0))
    sheet_.paste(turned, (int(cx - size / 2), int(cy - size / 2)), turned)
    return Image.alpha_composite(base, sheet_).convert("RGB")


def _wire(draw, width: int, height: int, paper_, seed: int) -> None:
    """Curled snippets of gold and silver wire in the page's margins."""
    srng = random.Random(seed)
    for _ in range(srng.randrange(3, 7)):
        sx = srng.choice([srng.uniform(6, MARGIN - 10), srng.uniform(width - MARGIN + 10, width - 8)])
        sy = srng.uniform(24, height - 24)
        metal = srng.choice([GOLD[0], GOLD[2], SILVER])
        a0 = srng.uniform(0, math.tau)
        pts = []
        for n in range(40):
            t = n / 39
            rr = 3 + t * srng.uniform(4, 8)
            a = a0 + t * math.tau * srng.uniform(0.8, 1.6)
            pts.append((sx + math.cos(a) * rr, sy + math.sin(a) * rr))
        draw.line(pts, fill=metal, width=1)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: a koftgari plaque as an emblem, a koftgari vine band as a
    divider, a lac seal, wire snippets in the margins."""
    page = h289._render(rows, font, style)
    x = style.get("h297")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    seals = []
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t97"):
            continue
        top_y = tops[i] - lift
        m = marks.get(str(i))
        if name == "t97kp":
            ground, seed = m
            w_, h_ = int(line * 6.2), int(line * 2.8)
            layer = _plaque_layer(w_, h_, STEEL[ground], seed)
            page.paste(layer, (int(width / 2 - w_ / 2), int(top_y + line * 0.2)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t97kb":
            ground, seed = m
            _band(draw, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.9, STEEL[ground], seed)
        elif name == "t97lac":
            seals.append((r, m, top_y))
        elif name == "t97ar":
            (scale,) = m
            face = load_font(ARABIC_BOLD, int(size * scale))
            ink = tuple(style.get("ink", (25, 25, 30)))
            draw.text(
                (width / 2, top_y + line * 1.2), r[1], font=face, fill=ink, anchor="ms", direction="rtl"
            )
    for what in x["decor"]:
        if what[0] == "wire":
            _wire(draw, width, page.height, paper_, what[1])
        elif what[0] == "tag":
            srng = random.Random(what[1])
            cx, cy = width / 2, 24
            draw.ellipse((cx - 11, cy - 11, cx + 11, cy + 11), fill=(196, 160, 80))
            draw.ellipse((cx - 6, cy - 6, cx + 6, cy + 6), fill=(110, 104, 96))
            red = srng.choice([(178, 30, 40), (196, 52, 36)])
            pts = [(cx + math.sin(t / 6) * 8 + t * 0.4, cy - t) for t in range(0, 40)]
            draw.line(pts, fill=red, width=3)
            pts2 = [(cx - math.sin(t / 5) * 9 - t * 0.5, cy - t) for t in range(0, 40)]
            draw.line(pts2, fill=red, width=3)
        elif what[0] == "ring":
            i = what[1]
            x1 = style.get("h271") or {}
            pen = load_font(x1["pen"], int(size * 1.05))
            tw = pen.getlength(rows[i][1])
            tx = {"l": MARGIN, "r": width - MARGIN - tw, "c": (width - tw) / 2}[rows[i][2]]
            ink_ = tuple(x1.get("pen_ink", (24, 52, 150)))
            draw.ellipse(
                (tx - 12, tops[i] - lift - 4, tx + tw + 12, tops[i] + line - lift + 4), outline=ink_, width=2
            )
    for r, m, top_y in seals:
        at, colour, seed = m
        rr = line * 1.05
        cx = MARGIN + at * (width - 2 * MARGIN)
        cx = min(cx, width - MARGIN - rr)
        page = _lac(page, cx, top_y + line * 1.5, rr, r[1], LAC[colour], seed)
    return page


def _bench(image: Image.Image, seed: int) -> Image.Image:
    """The page on the karigar's bench: worn wood, a hatched steel plate with a gold vine half laid, a coil
    of gold wire, a chisel and an agate burnisher, the page's shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 90
    bw, bh = w + 2 * pad, h + 2 * pad
    wood = srng.choice([(140, 98, 60), (122, 86, 54), (150, 110, 72)])
    base = Image.new("RGB", (bw, bh), wood)
    bd = ImageDraw.Draw(base)
    for _ in range(70):
        gy = srng.uniform(0, bh)
        bd.line(
            (0, gy, bw, gy + srng.uniform(-8, 8)),
            fill=_tint((60, 36, 20), wood, srng.uniform(0.1, 0.3)),
            width=1,
        )
    for _ in range(6):
        kx, ky = srng.uniform(0, bw), srng.uniform(0, bh)
        bd.ellipse((kx - 9, ky - 4, kx + 9, ky + 4), outline=_tint((50, 30, 16), wood, 0.4), width=2)
    # the steel plate in the top margin, its left part's vine laid in gold, its right only hatched
    px0, py0 = int(pad + srng.uniform(0, max(1, w - 260))), 12
    pw, ph = 240, 60
    steel = _tint((150, 150, 160), STEEL[srng.randrange(len(STEEL))], 0.35)
    plate = Image.new("RGB", (pw, ph), steel)
    pd = ImageDraw.Draw(plate)
    _hatch(pd, 0, 0, pw, ph, steel, step=4)
    pts = [(xx, ph / 2 + math.sin(xx / 30 * math.tau) * 15) for xx in range(8, pw - 8)]
    half = len(pts) // 2
    pd.line(pts[:half], fill=GOLD[0], width=3)
    for n in range(4, half, 15):
        _leaf(pd, pts[n][0], pts[n][1] - 7, -0.7, 7, GOLD[1])
    for xx, yy in pts[half::3]:
        pd.point((xx, yy), fill=(230, 230, 236))
    base.paste(plate, (px0, py0))
    bd = ImageDraw.Draw(base)
    # a coil of gold wire at the bottom left
    cx, cy = srng.uniform(30, pad - 30), bh - srng.uniform(40, pad - 30)
    coil = [
        (cx + math.cos(t / 8) * (6 + t * 0.16), cy + math.sin(t / 8) * (6 + t * 0.16)) for t in range(160)
    ]
    bd.line(coil, fill=GOLD[0], width=2)
    # the chisel down the right margin
    x_ = bw - srng.uniform(30, pad - 30)
    y_ = srng.uniform(pad, max(pad + 1, bh - 280))
    bd.rectangle((x_ - 6, y_, x_ + 6, y_ + 90), fill=(104, 64, 34))
    bd.polygon(
        [(x_ - 3, y_ + 90), (x_ + 3, y_ + 90), (x_ + 2, y_ + 180), (x_ - 2, y_ + 180)], fill=(168, 170, 176)
    )
    # the agate burnisher at the bottom right
    ax, ay = bw - srng.uniform(60, pad + 40), bh - srng.uniform(28, 50)
    bd.rectangle((ax - 70, ay - 5, ax, ay + 5), fill=(96, 58, 30))
    bd.ellipse((ax - 4, ay - 10, ax + 26, ay + 10), fill=(196, 120, 60))
    bd.ellipse((ax + 4, ay - 6, ax + 14, ay - 1), fill=(232, 180, 128))
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 8, pad + 10, pad + w + 8, pad + h + 10), fill=140)
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (40, 24, 14)), base, shadow)
    base.paste(image, (pad, pad))
    return base


def _window(image: Image.Image, title: str, menus: list[str], status: str, seed: int) -> Image.Image:
    """A desktop program's window round the page: its title bar, menu bar, frame and status bar."""
    srng = random.Random(seed)
    w, h = image.size
    bar, menu_h, foot = 36, 28, 26
    frame = srng.choice([(0, 84, 147), (46, 64, 98), (92, 36, 96)])
    out = Image.new("RGB", (w + 4, h + bar + menu_h + foot + 2), (236, 236, 238))
    d = ImageDraw.Draw(out)
    d.rectangle((0, 0, w + 3, bar), fill=frame)
    d.rectangle((10, 9, 28, 27), fill=(250, 196, 60))
    d.text((13, 10), "B" if title.startswith("BUSY") else "E", font=load_font(CHROME_BOLD, 14), fill=frame)
    d.text((38, bar / 2), title, font=load_font(CHROME, 15), fill=(255, 255, 255), anchor="lm")
    for n, mark in enumerate(("x", "box", "min")):
        bx = w - 24 - n * 40
        if mark == "x":
            d.line((bx - 6, 12, bx + 6, 24), fill=(255, 255, 255), width=2)
            d.line((bx - 6, 24, bx + 6, 12), fill=(255, 255, 255), width=2)
        elif mark == "box":
            d.rectangle((bx - 6, 12, bx + 6, 24), outline=(255, 255, 255), width=1)
        else:
            d.line((bx - 6, 22, bx + 6, 22), fill=(255, 255, 255), width=2)
    d.rectangle((0, bar, w + 3, bar + menu_h), fill=(244, 244, 246))
    face = load_font(CHROME, 15)
    xx = 10
    for m in menus:
        d.text((xx, bar + menu_h / 2), m, font=face, fill=(30, 30, 36), anchor="lm")
        d.line((xx, bar + menu_h / 2 + 9, xx + face.getlength(m[0]), bar + menu_h / 2 + 9), fill=(30, 30, 36))
        xx += face.getlength(m) + 22
    d.line((0, bar + menu_h, w + 3, bar + menu_h), fill=(200, 200, 206))
    out.paste(image, (2, bar + menu_h + 1))
    fy0 = bar + menu_h + 1 + h
    d.rectangle((0, fy0, w + 3, fy0 + foot), fill=_tint(frame, (255, 255, 255), 0.18))
    d.text((10, fy0 + foot / 2), status, font=load_font(CHROME, 13), fill=(20, 20, 30), anchor="lm")
    d.rectangle((0, 0, w + 3, out.height - 1), outline=frame, width=2)
    return out


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout295's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the bench a page is photographed lying on or the desktop program's
    window a page is shown in."""
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
    f = (style.get("h297") or {}).get("frame")
    if f and f[0] == "bench":
        image = _bench(image, f[1])
    elif f and f[0] == "window":
        image = _window(image, f[1], f[2], f[3], f[4])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [*PENS, *TYPES, CHROME, CHROME_BOLD, ARABIC, ARABIC_BOLD]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout297 draws in {FONT_DIR}/{face}, which is not installed")


def tag_last(p: Screen, **facts) -> None:
    """Facts for the row just added by a helper that takes none (a ribbon, a toast)."""
    part, found = p.tags[-1]
    p.tags[-1] = (part, {**found, **facts})


ARABIC = "noto/NotoNaskhArabic-Regular.ttf"
ARABIC_BOLD = "noto/NotoNaskhArabic-Bold.ttf"


def arabic(p: Screen, text: str, *, scale: float = 1.0) -> None:
    """A line in Arabic (a Gulf bank's heading over its English), in Noto Naskh Arabic shaped by Raqm and
    set right to left, centred; two lines high."""
    size = int(p.style["size"] * scale)
    assert glyphs(ARABIC_BOLD, text.replace(" ", "")), text
    assert load_font(ARABIC_BOLD, size).getlength(text) <= room_of(p), text
    put(p, "t97ar", text, mark_=[scale])
    p.add("gap")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "KOFTGARI KOTHI UDAIPUR"]
VPAS = [
    "koftgarikothi@barodampay",
    "koftgarikothi.udr@okaxis",
    "Q593017284@ybl",
    "silehkhana@sbi",
    "kothi.udaipur@oksbi",
]
BUYERS = [
    ("Nandini Mehta", "nandinimehta@okhdfcbank", "HDFC Bank"),
    ("Arjun Rathore", "arjun.rathore@oksbi", "State Bank of India"),
    ("Imran Chishti", "imranchishti@ybl", "Bank of Baroda"),
    ("Pooja Jain", "poojajain.udr@okicici", "ICICI Bank"),
    ("Rohan Kapoor", "rohankapoor@axl", "Axis Bank"),
    ("Aditi Shekhawat", "aditi.s@ibl", "IndusInd Bank"),
    ("Kunal Bhandari", "kunalb@okaxis", "Kotak Mahindra Bank"),
    ("Meera Paliwal", "meerapaliwal@upi", "Punjab National Bank"),
]
NOTES = ["khanjar", "jewellery box", "letter openers x6", "kada pair", "elephant 6in", "cufflinks"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Punjab National Bank": "PNB",
        "Bank of Baroda": "BoB",
        "Kotak Mahindra Bank": "Kotak",
        "IndusInd Bank": "IndusInd",
    }.get(bank, bank.replace(" Bank", ""))


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Koftgari Kothi or the firm: Jana Small Finance Bank's Jana Bank app ("Sent to <payee>"
    over its UPI ID, the sum, Payment successful, the day and hour; in a card each label small over its
    value: UPI reference number, Jana Bank reference, From account); Samsung Wallet's PAYMENT SUCCESSFUL on a
    ribbon (the sum large with its paise raised, "Paid to" over the payee; Transaction ID, UPI Ref. No.,
    Date & Time, Debited From in dot leaders); Utkarsh Small Finance Bank's Money sent under a large tick
    ("Today, <hour>", the sum, "to <payee>"; UPI Reference Number, Debited from, To UPI ID in shaded labels;
    no day); NSDL Payments Bank's Jiffy in its dark theme with a payment failed (the sum, "to <payee>", the
    reason in a notice; Payment ID, UPI Ref. No., Tried at, Bank against a gutter); a visitor's UPI One World
    wallet with a Payment successful capsule ("to" over the payee; UPI Ref and Date, From and Note two to a
    row); Saraswat Bank's payment processing under a clock's disc (the stages across the screen; a copyable
    UPI Ref. No.; Started on, Paying from at the left and the right); JioPay Business on the showroom's
    phone (the showroom under the app, the sum large, Payment received, "from <buyer> | <UPI ID>", the day and
    hour, the settlement's toast; no reference); CSB Bank's CSB Mobile+ Payment successful ("Paid to" over
    the payee; UPI Ref No., To UPI ID, Date & Time, Debited from in a table ruled on every side; a reward
    points line). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=450, high=68000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    dot = sign(font, "\u2022", "*")
    tick_ = sign(font, "\u2713", "")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share screenshot",))
        band(p, (0, 92, 84))
        app_head(p, "Jana Bank", "Jana Small Finance Bank  |  UPI")
        name = pick(p, "center", [f"Sent to {to}", f"Sent to {SHOP}"])[8:]
        p.add("center", f"Sent to {name}", merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"{tick_} Payment successful".strip(), status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("gap")
        c = card_open(p)
        jid = f"JSFB{j.date:%y%m%d}{digits(rng, 8)}"
        lab(p, "UPI reference number")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Jana Bank reference")
        p.add("left", jid, txn=(TXN_RANK, jid))
        lab(p, "From account")
        p.add("left", f"Savings {dot * 2}{digits(rng, 4)} ({who})", method="UPI")
        card_close(p, c)
        p.add("small", "Secured by UPI  |  NPCI")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (20, 40, 160))
        app_head(p, "Samsung Wallet", "UPI payments")
        h275.ribbon(p, "PAYMENT SUCCESSFUL", (24, 140, 76))
        tag_last(p, status=status)
        p.add("gap")
        mark = "\u20b9" if glyphs(bold_of(font), "\u20b9") else "Rs."
        h275.bigsum(p, mark, j.amount, "indian", amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        mid = f"SW{j.date:%y%m%d}{digits(rng, 10)}"
        dots(p, "Transaction ID", mid, at=0.36, txn=(TXN_RANK, mid))
        dots(p, "UPI Ref. No.", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        dots(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=0.36, date=j.date)
        dots(p, "Debited From", f"{sb} XX{digits(rng, 4)}", at=0.36, method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 104, 56))
        app_head(p, "Utkarsh Bank", "Mobile Banking  |  UPI")
        sicon(p, status)
        p.add("center", "Money sent", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        kv(p, "UPI Reference Number", j.ref, at=0.44, txn=(UTR_RANK, j.ref))
        kv(p, "Debited from", f"Utkarsh SFB A/c XX{digits(rng, 4)}", at=0.44, method="UPI")
        kv(p, "To UPI ID", vpa, at=0.44)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=True, buttons=("Try again",))
        app_head(p, "Jiffy", "NSDL Payments Bank  |  UPI")
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "The payment was declined by your bank (U30: debit could not be completed). No money has been "
            "taken from your account.",
            "error",
        )
        pid = f"NPB{digits(rng, 15)}"
        gutter(p, "sm", "Payment ID", pid, at=0.36, txn=(TXN_RANK, pid))
        gutter(p, "sm", "UPI Ref. No.", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        gutter(
            p,
            "sm",
            "Tried at",
            f"{hhmm(rng, lower=True)}, {day_in(j, rng, ['{d} %b %Y', '%d/%m/%Y'])}",
            at=0.36,
            date=j.date,
        )
        gutter(p, "sm", "Bank", f"{sb} {dot * 2}{digits(rng, 4)}", at=0.36, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (24, 58, 120))
        app_head(p, "UPI One World", "UPI for international visitors")
        pill(p, "Payment successful", status)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        two_up(
            p,
            "jp",
            ("UPI Ref", j.ref),
            ("Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(p, "jq", ("From", "UPI One World wallet"), ("Note", rng.choice(NOTES)), method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh status",))
        band(p, (136, 20, 50))
        app_head(p, "Saraswat Bank", "Mobile Banking  |  UPI")
        sicon(p, status)
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        h289.steps(p, ["Initiated", "Bank processing", "Completed"], 1, status)
        copyrow(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Started on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paying from", f"{sb} XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("View all",))
        band(p, (14, 58, 160))
        app_head(p, "JioPay Business", "Payments")
        name = pick(p, "center", [SHOP_CAPS, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", "Jagdish Chowk, Udaipur")
        p.add("gap")
        mark = "\u20b9" if glyphs(bold_of(font), "\u20b9") else "Rs."
        h275.bigsum(p, mark, j.amount, "indian", amount=j.amount)
        p.add("center", "Payment received", status=status)
        p.add("small", f"from {who} | {their}", method="UPI")
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ", " | ")), date=j.date)
        h275.toast(p, "Settlement to your bank account tonight")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    band(p, (0, 110, 170))
    app_head(p, "CSB Bank", "CSB Mobile+  |  UPI")
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "Paid to")
    name = pick(p, "center", [to, SHOP])
    p.add("center", name, merchant=name)
    p.add("gap")
    grid(
        p,
        "tn",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        None,
        [
            (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["To UPI ID", vpa], {}),
            (["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",))], {"date": j.date}),
            (["Debited from", f"{sb} XX{digits(rng, 4)}"], {"method": "UPI"}),
        ],
        tint=(232, 226, 244),
    )
    p.add("small", f"You earned {rng.randrange(5, 90)} reward points on this payment")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


ARAVALLI = "ARAVALLI HERITAGE HOTELS PVT LTD"
RAJSICO = "Rajasthan Small Industries Corporation Ltd."
RAJSICO_HI = "राजस्थान लघु उद्योग निगम लिमिटेड"
TASVEER = "Tasveer Design Store Pvt Ltd"
HAVELI = "Haveli Interiors LLP"
MARWAR = "MARWAR HANDICRAFT EXPORTS"
PICHOLA = "Lake Pichola Boutique Stay"
KUBER = "Kuber Corporate Gifting Pvt Ltd"
SCHOOL = "Aravali Public School, Alwar"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: a Jaipur hotel group's PAYMENT ADVICE from SAP (Payment
    Document and Payment Date, Vendor Code and Vendor Name, Payment Method and Bank Reference (UTR) two to a
    row; Invoice Ref. | Inv. Date | Gross Amt | TDS 194Q | Net Amt on hairline rows; Net Amount Paid as a
    total); RAJSICO's PAYMENT ADVICE for its Rajasthali emporium under its Hindi name (Ref. No. beside Date;
    To, M/s. the firm; its sentence "Payment of Rs. x has been credited to your account through RTGS (NEFT
    under two lakh) vide UTR ... on <day>"; S.No. | PO No. | Bill No. | Bill Amount | TDS | Net Paid in a table ruled on every
    side with its Total Net Paid); Kotak FYN's NEFT Transaction Rejected for a Mumbai design store on a
    tinted band (the reason in a notice; shaded labels: Payment Type, Beneficiary Name, Beneficiary Account,
    IFSC, Amount (INR), Customer Reference, Bank Reference No., Value Date); a Delhi interiors firm's
    REMITTANCE ADVICE mailed from Xero ("To" the firm; its sentence "Please find below details of our
    payment to you of INR x on <day>"; Invoice Date | Reference | Invoice Total | Amount Paid on hairline
    rows; Total INR; Payment reference); a Jodhpur exporter's Payment Voucher in BUSY shown in the program's
    window (its title bar, menus and status bar; Vch No. beside Date; Dr/Cr | Account | Debit | Credit in a
    table ruled on every side; Short Narration "Paid by NEFT, UTR ..."); GimBooks' Payment Out on an
    Udaipur boutique hotel's phone (Party Name, Amount Paid, Payment Date, Payment Mode, Notes each in a
    read-only box; no reference); DCB Bank's business internet banking with a NEFT pending at the
    beneficiary's bank (a capsule, a notice; Beneficiary, Amount, Payment Mode, Transaction Reference, UTR,
    Initiated On in dot leaders); an Alwar school's accounts writing in Google Chat under a "Today" divider
    (each message under its writer's name and hour: "NEFT done to <payee> - Rs. x for the annual day
    mementos", "UTR ..."; no day). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=8000, high=380000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, ARAVALLI)
        p.add(
            "small", "Finance & Accounts  |  C-Scheme, Jaipur - 302001  |  GSTIN " + gstin_of(rng, "08", "C")
        )
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT ADVICE", status=status)
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        bills = bills_of(rng, j, rng.randrange(1, 4), "SKU")
        name = rng.choice([FIRM_CAPS, CUT])
        doc = f"15{j.date:%y}{digits(rng, 6)}"
        spec = [(0.0, 0.27, "l"), (0.27, 0.5, "l"), (0.52, 0.74, "l"), (0.74, 1.0, "l")]
        colkv(
            p,
            "sp",
            spec,
            "Payment Document",
            doc,
            "Payment Date",
            day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]),
            txn=(INVOICE_RANK, doc),
            date=j.date,
        )
        colkv(
            p, "sp", spec, "Vendor Code", f"V{digits(rng, 6)}", "Payment Method", "NEFT", method="netbanking"
        )
        colkv(p, "sp2", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "Vendor Name", name, merchant=name)
        colkv(p, "sp2", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "Bank Reference (UTR)", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.46, "l"), (0.46, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "sh", spec2, "Invoice Ref.", "Inv. Date", "Gross Amt", "TDS 194Q", "Net Amt", mode="line")
        net_total = 0.0
        for no_, day, v in bills:
            tds = round(v * 0.001, 2)
            net_total += round(v - tds, 2)
            cols(
                p,
                "sl",
                spec2,
                no_,
                when(day, "%d.%m.%Y"),
                num(v),
                num(tds),
                num(round(v - tds, 2)),
                mode="line",
            )
        j.amount = round(net_total, 2)
        total(p, "Net Amount Paid", rs(j.amount), at=0.6, amount=j.amount)
        p.add("small", "Koftgari mementos and wall plates for the heritage suites")
        p.add("small", "This is a system generated advice from SAP and needs no signature.")
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 60000, 480000, 0.3)
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(252, 250, 244), (255, 255, 255)])
        p.part = "head"
        hindi(p, RAJSICO_HI, scale=1.15, bold=True)
        top(p, pick(p, "title", [RAJSICO, "RAJSICO"]))
        p.add("small", "Rajasthali Emporium  |  Udyog Bhawan, Tilak Marg, Jaipur - 302005")
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        ref = f"RSIC/ACC/{fy(j.date)}/{rng.randrange(100, 9999)}"
        cols(
            p,
            "rj",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Ref. No.: {ref}",
            f"Date: {when(j.date, '%d.%m.%Y')}",
            txn=(INVOICE_RANK, ref),
        )
        p.add("left", "To,")
        p.add("left", f"M/s {FIRM},", merchant=FIRM)
        p.add("left", TOWN)
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        para(
            p,
            f"Payment of Rs. {num(j.amount)} has been credited to your account through {way} vide UTR {utr} on "
            f"{when(j.date, rng.choice(['%d.%m.%Y', '%d/%m/%Y']))} against the bills below.",
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        rows_, net_sum = [], 0.0
        parts = bills_of(rng, j, rng.randrange(1, 4), "SKU")
        for n, (no_, _, v) in enumerate(parts):
            gross = round(v / 0.999, 2)
            tds = round(gross - v, 2)
            net_sum += v
            rows_.append(
                ([str(n + 1), f"PO/{rng.randrange(1000, 9999)}", no_, num(gross), num(tds), num(v)], {})
            )
        grid(
            p,
            "rs",
            [
                (0.0, 0.08, "c"),
                (0.08, 0.26, "l"),
                (0.26, 0.5, "l"),
                (0.5, 0.68, "r"),
                (0.68, 0.8, "r"),
                (0.8, 1.0, "r"),
            ],
            ["S.No.", "PO No.", "Bill No.", "Bill Amount", "TDS", "Net Paid"],
            rows_,
            foot=(["Total Net Paid", num(round(net_sum, 2))], {}),
            tint=(240, 230, 214),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Accounts Officer")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "fyn.kotak.com/corporate/payments/transaction-status")
        p.part = "head"
        top(p, "Kotak Mahindra Bank")
        p.add("small", f"FYN  |  Corporate Banking  |  {TASVEER}, Kala Ghoda, Mumbai")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Transaction Rejected", status)
        note(
            p,
            "The beneficiary's bank returned the credit: the account name does not match the beneficiary's "
            "records. The amount has been credited back to your account.",
            "error",
        )
        utr = utr_for(rng, j, "Kotak Mahindra Bank", "NEFT")
        name = rng.choice([FIRM_CAPS, CUT])
        cref = f"TDS{j.date:%y%m}{rng.randrange(100, 999)}"
        kv(p, "Payment Type", "NEFT", at=0.36, method="netbanking")
        kv(p, "Beneficiary Name", name, at=0.36, merchant=name)
        kv(p, "Beneficiary Account", f"XXXXXXXX{digits(rng, 4)}", at=0.36)
        kv(p, "IFSC", IFSC_OWN, at=0.36)
        kv(p, "Amount (INR)", num(j.amount), at=0.36, amount=j.amount)
        kv(p, "Customer Reference", cref, at=0.36, txn=(INVOICE_RANK, cref))
        kv(p, "Bank Reference No.", utr, at=0.36, txn=(UTR_RANK, utr))
        kv(p, "Value Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        p = mail_page(
            rng,
            font,
            f"{HAVELI} via Xero <messaging-service@post.xero.com>",
            [f"Remittance advice from {HAVELI}"],
        )
        p.part = "head"
        top(p, HAVELI)
        p.add("small", "Mehrauli, New Delhi - 110030")
        p.add("rule")
        p.part = "body"
        p.add("center", "REMITTANCE ADVICE")
        name = rng.choice([FIRM, FIRM_CAPS])
        p.add("left", f"To: {name}", merchant=name)
        p.add("gap")
        para(
            p,
            f"Please find below details of our payment to you of INR {num(j.amount)} on "
            f"{when(j.date, rng.choice(['{d} %b %Y', '%d %B %Y']))}.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        spec = [(0.0, 0.24, "l"), (0.24, 0.5, "l"), (0.5, 0.75, "r"), (0.75, 1.0, "r")]
        cols(p, "xh", spec, "Invoice Date", "Reference", "Invoice Total", "Amount Paid", mode="line")
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "SKU"):
            cols(p, "xl", spec, when(day, "{d} %b %Y"), no_, num(v), num(v), mode="line")
        total(p, "Total INR", num(j.amount), at=0.5)
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        p.add("gap")
        p.add("left", f"Payment reference: NEFT {utr}", method="netbanking", txn=(UTR_RANK, utr))
        p.add("gap")
        p.add(
            "small", "Sent from Xero on behalf of Haveli Interiors LLP. Please do not reply to this address."
        )
        return p.done()
    if k == 4:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 720]), size=rng.choice([17, 18]))
        p.style.update({"paper": (250, 250, 244), "ink": (20, 20, 40), "label_ink": (60, 60, 90)})
        desktop(
            p,
            f"BUSY 21 - {MARWAR} - [Payment Voucher]",
            ["Company", "Administration", "Transactions", "Display", "Reports", "Help"],
            "F2 Date   F3 Company   Ctrl+A Save   Esc Quit",
        )
        p.part = "body"
        p.add("center", "Payment Voucher")
        vno = str(rng.randrange(40, 900))
        cols(
            p,
            "bv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Series: Main    Vch No.: {vno}",
            f"Date: {day_in(j, rng, ['%d-%m-%Y', '%d-%m-%y'])}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        name = rng.choice([FIRM_CAPS, FIRM])
        grid(
            p,
            "bz",
            [(0.0, 0.1, "c"), (0.1, 0.6, "l"), (0.6, 0.8, "r"), (0.8, 1.0, "r")],
            ["Dr/Cr", "Account", "Debit (Rs.)", "Credit (Rs.)"],
            [
                (["Dr", name, num(j.amount), ""], {"merchant": name, "amount": j.amount}),
                (["Cr", "ICICI Bank C/A 0081", "", num(j.amount)], {}),
            ],
            foot=(["Total", num(j.amount)], {}),
            tint=(214, 230, 246),
        )
        p.add("gap")
        p.add(
            "left",
            f"Short Narration: Paid by NEFT, UTR {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "Koftgari daggers and shields, export order MHE/EXP/112")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(30, 400) * 50)
        p = phone(rng, font, k, ["", "Payment Out"], dark=False, buttons=("Share", "Edit"))
        band(p, (242, 120, 32))
        app_head(p, "GimBooks", f"{PICHOLA}, Udaipur")
        p.add("left", "Payment Out", status=status)
        p.add("small", "Saved  |  recorded in the party's ledger")
        name = vname(p, [SHOP, FIRM], bold=False)
        h273.field(p, "Party Name", name, merchant=name)
        h273.field(p, "Amount Paid", rs(j.amount), amount=j.amount)
        h273.field(p, "Payment Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        h273.field(p, "Payment Mode", "UPI", method="UPI")
        h273.field(p, "Notes", "Koftgari mirror frames for 6 rooms")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "business.dcbbank.com/payments/transaction-status")
        p.part = "head"
        top(p, "DCB Bank")
        p.add("small", f"DCB Business Internet Banking  |  {KUBER}, Gurugram")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction status")
        chip(p, "Pending with beneficiary bank", status)
        note(
            p,
            "The NEFT has been sent and is awaiting credit confirmation from the beneficiary's bank. Please "
            "do not initiate it again.",
            "warn",
        )
        name = rng.choice([FIRM_CAPS, CUT])
        ref = f"DCB{j.date:%y%m%d}{digits(rng, 8)}"
        utr = utr_for(rng, j, "DCB Bank", "NEFT")
        dots(p, "Beneficiary", name, at=0.38, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.38, bold=True, amount=j.amount)
        dots(p, "Payment Mode", "NEFT", at=0.38, method="netbanking")
        dots(p, "Transaction Reference", ref, at=0.38, txn=(BANK_RANK, ref))
        dots(p, "UTR", utr, at=0.38, txn=(UTR_RANK, utr))
        dots(p, "Initiated On", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=0.38, date=j.date)
        return p.done()
    j.amount = float(rng.randrange(40, 600) * 50)
    p = phone(rng, font, k, ["Accounts - vendor payments"], dark=False, buttons=())
    p.part = "body"
    p.add("small", f"Google Chat  |  {SCHOOL}")
    divider(p, "Today")
    p.add("gap")
    utr = f"SBIN{digits(rng, 13)}"
    who_ = rng.choice(["Neha Sharma", "Vikram Yadav", "Ritu Agarwal"])
    hour = rng.randrange(9, 16)
    h269.kind(p, "gc", [(0.0, 0.6, "l"), (0.6, 1.0, "l")], "plain", bold=(0,))
    cols(
        p,
        "gc",
        [(0.0, 0.6, "l"), (0.6, 1.0, "l")],
        who_,
        f"{hour - 12 if hour > 12 else hour}:{rng.randrange(10, 30)} {'PM' if hour >= 12 else 'AM'}",
    )
    name = pick(p, "left", [FIRM, FIRM_CAPS])
    p.add("left", f"NEFT done to {name}", merchant=name, method="netbanking", status=status)
    p.add("left", f"- Rs. {num(j.amount)} for the annual day mementos", amount=j.amount)
    p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
    p.add("gap")
    cols(
        p,
        "gc",
        [(0.0, 0.6, "l"), (0.6, 1.0, "l")],
        "Principal's Office",
        f"{hour + 1 - 12 if hour >= 12 else hour + 1}:{rng.randrange(30, 60)} {'PM' if hour + 1 >= 12 else 'AM'}",
    )
    p.add("left", "Thanks. Please ask them to send the bill.")
    p.add("gap")
    p.add("small", "Reply in thread")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Galerie Het Zwaard B.V.", "Amsterdam, Netherlands", "EUR", 1500, 14000, "ing"),
    ("Blade & Bloom Antiques LLC", "Charleston, South Carolina, USA", "USD", 1200, 12000, "truist"),
    ("Peranakan Heritage Pte Ltd", "Singapore", "SGD", 1500, 16000, "uob"),
    ("Southern Cross Collectables Pty Ltd", "Melbourne, Australia", "AUD", 1500, 16000, "commbank"),
    ("Al Dana Interiors W.L.L.", "Doha, Qatar", "QAR", 4000, 45000, "qnb"),
    ("Maple & Steel Gallery Inc.", "Toronto, Canada", "CAD", 1500, 15000, "rbc"),
    ("Dar Al Turath Trading Est.", "Riyadh, Saudi Arabia", "SAR", 4000, 45000, "alrajhi"),
    ("Nordisk Hantverk AB", "Stockholm, Sweden", "SEK", 12000, 140000, "swedbank"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: euros the Dutch way (€ 12.345,67 or EUR 12.345,67, points between
    the thousands and a decimal comma), US dollars ($ or USD), Singapore dollars (S$ or SGD), Australian
    dollars (A$ or AUD), Qatari riyals (QAR or QR before), Canadian dollars (C$, CA$ or CAD), Saudi riyals
    (SAR or SR before), kronor the Swedish way (12 345,67 kr or SEK 12 345,67)."""
    if cur == "EUR":
        mark = rng.choice(["\u20ac " if glyphs(font, "\u20ac") else "EUR ", "EUR "])
        return lambda v: mark + f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    if cur == "SEK":
        after = rng.random() < 0.5

        def sek(v: float) -> str:
            body = f"{v:,.2f}".replace(",", " ").replace(".", ",")
            return f"{body} kr" if after else f"SEK {body}"

        return sek
    form = rng.choice(
        {
            "USD": ["${v}", "USD {v}"],
            "SGD": ["S${v}", "SGD {v}"],
            "AUD": ["A${v}", "AUD {v}"],
            "QAR": ["QAR {v}", "QR {v}"],
            "CAD": ["C${v}", "CA${v}", "CAD {v}"],
            "SAR": ["SAR {v}", "SR {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Galleries, antique dealers, collectors and interior houses abroad paying the firm for koftgari
    daggers, shields, boxes and plates: ING's international transfer executed in euros the Dutch way
    (Buitenlandse overboeking / International transfer, Status: Uitgevoerd / Executed; Dutch and English
    labels shaded: Begunstigde / Beneficiary, Bedrag / Amount, Uitvoerdatum / Exec. date with dashes, Kenmerk
    / Reference, Kosten / Charges, BIC begunstigde / BIC; Omschrijving); Truist's wire sent in US dollars
    ("Today, <hour> ET"; each value over its label: To, Amount, Recipient bank, SWIFT/BIC, Confirmation
    number; no day); UOB TMRW's overseas funds transfer successful in Singapore dollars under a large tick
    ("You sent S$x", "to <beneficiary>"; Transaction date, Transaction reference, Transfer fee, Charges,
    Purpose at the left and the right); CommBank's International Money Transfer receipt printed from NetBank
    in Australian dollars (Receipt number, Date, From account, To, Bank, SWIFT/BIC, Amount sent, Fee, Status
    Sent on hairline rows); QNB's transfer returned in Qatari riyals on a tinted band (the reason in a
    notice; Beneficiary, Amount, Transfer date, Reference, Charges in dot leaders); RBC Mobile's international
    money transfer in progress in Canadian dollars (a capsule, its stages left to right, a notice;
    Recipient, Amount, Sent on month first in words, Tracking number, Method as label and value on a line);
    Al Rajhi Bank's shared card in Saudi riyals under its Arabic heading (a large tick, Transfer completed,
    the sum, "to <beneficiary>", "on <day>", International transfer (SWIFT); no reference); Swedbank's
    BETALNINGSBESKED / PAYMENT ADVICE typed in its printer's face in kronor the Swedish way (Bokforingsdag /
    Date year first with dashes, Referens / Reference, Betalare / Payer, Mottagare / Beneficiary, Mottagarens
    bank, BIC, Belopp / Amount, Avgift / Charges, Status Utford / Executed). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([FIRM, FIRM_CAPS])
    if frame == "ing":
        p = browser_page(rng, font, "mijn.ing.nl/zakelijk/betalen/buitenland/bevestiging")
        p.part = "head"
        top(p, "ING")
        p.add("small", f"Mijn ING Zakelijk  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Buitenlandse overboeking / International transfer")
        p.add("left", "Status: Uitgevoerd / Executed", status=status)
        p.add("gap")
        ref = f"ING{j.date:%y%m%d}{code(rng, 2, UPPER)}{digits(rng, 6)}"
        name = rng.choice([me, CUT])
        kv(p, "Begunstigde / Beneficiary", name, at=0.44, merchant=name)
        kv(p, "Bedrag / Amount", show(j.amount), at=0.44, amount=j.amount, cur=cur)
        kv(p, "Uitvoerdatum / Exec. date", when(j.date, "%d-%m-%Y"), at=0.44, date=j.date)
        kv(p, "Kenmerk / Reference", ref, at=0.44, txn=(BANK_RANK, ref))
        kv(p, "Kosten / Charges", "Gedeeld / Shared (SHA)", at=0.44, method="netbanking")
        kv(p, "BIC begunstigde / BIC", BIC, at=0.44)
        p.add("gap")
        p.add("small", "Omschrijving: koftgari shields, invoice SKU/EXP/2026")
        return p.done()
    if frame == "truist":
        p = phone(rng, font, k, ["", "Wire details"], dark=False, buttons=("Done",))
        band(p, (46, 26, 71))
        app_head(p, "Truist", "Wires  |  International")
        p.add("center", "Wire sent", status=status)
        p.add("small", f"Today, {hhmm(rng)} ET")
        p.add("gap")
        name = vname(p, [me, CUT])
        wid = f"TR{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 4)}"
        vlab(p, "To", name, merchant=name)
        vlab(p, "Amount", show(j.amount), amount=j.amount, cur=cur)
        vlab(p, "Recipient bank", "Bank of Baroda, Udaipur, India", bold=False, method="netbanking")
        vlab(p, "SWIFT/BIC", BIC, bold=False)
        vlab(p, "Confirmation number", wid, txn=(BANK_RANK, wid))
        p.add("small", f"Sent from {payer}, {city.split(',')[0]}")
        return p.done()
    if frame == "uob":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Back to home",))
        band(p, (0, 46, 110))
        app_head(p, "UOB TMRW", "Overseas funds transfer")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        name = pick(p, "center", [me, CUT])
        p.add("center", f"You sent {show(j.amount)}", amount=j.amount, cur=cur)
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"UOB{j.date:%y%m%d}{digits(rng, 8)}"
        kvr(p, "Transaction date", when(j.date, rng.choice(["{d} %b %Y", "%d %b %Y"])), date=j.date)
        kvr(p, "Transaction reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Transfer fee", show(10.0) if cur == "SGD" else "10.00")
        kvr(p, "Charges", "Shared (SHA)", method="netbanking")
        kvr(p, "Purpose", "Goods purchase")
        return p.done()
    if frame == "commbank":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "CommBank")
        p.add("small", "Commonwealth Bank of Australia  |  NetBank")
        p.add("rule")
        p.part = "body"
        p.add("center", "International Money Transfer receipt")
        p.add("gap")
        rno = f"N{j.date:%m%d}{digits(rng, 8)}"
        name = rng.choice([me, CUT])
        h269.kind(p, "cb", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line")
        for label, value, facts in [
            ("Receipt number", rno, {"txn": (BANK_RANK, rno)}),
            ("Date", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("From account", f"{payer} {digits(rng, 2)}-{digits(rng, 4)}", {}),
            ("To", name, {"merchant": name}),
            ("Bank", "Bank of Baroda, Udaipur, India", {"method": "netbanking"}),
            ("SWIFT/BIC", BIC, {}),
            ("Amount sent", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Fee", show(6.0) if cur == "AUD" else "6.00", {}),
            ("Status", "Sent", {"status": status}),
        ]:
            h269.row(p, "cb", label, clip(value, 44), **facts)
        p.add("gap")
        p.add(
            "small",
            "Keep this receipt for your records. Exchange rates and fees applied at the time of transfer.",
        )
        return p.done()
    if frame == "qnb":
        p = browser_page(rng, font, "www.qnbonline.com/ib/transfers/international/status")
        p.part = "head"
        top(p, "QNB")
        p.add("small", f"QNB Online  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Transfer returned", status)
        note(
            p,
            "The correspondent bank could not credit the beneficiary and has returned the funds. The amount, "
            "less charges, has been credited back to your account.",
            "error",
        )
        ref = f"QNB{j.date:%y%m}{digits(rng, 9)}"
        name = rng.choice([me, CUT])
        dots(p, "Beneficiary", name, at=0.34, merchant=name)
        dots(p, "Amount", show(j.amount), at=0.34, bold=True, amount=j.amount, cur=cur)
        dots(p, "Transfer date", when(j.date, "%d/%m/%Y"), at=0.34, date=j.date)
        dots(p, "Reference", ref, at=0.34, txn=(BANK_RANK, ref))
        dots(p, "Charges", "OUR", at=0.34, method="netbanking")
        return p.done()
    if frame == "rbc":
        if j.date.day <= 12:
            j.date = j.date.replace(day=j.date.day + 13)
        p = phone(rng, font, k, ["", "Transfer status"], dark=False, buttons=("Done",))
        band(p, (0, 82, 160))
        app_head(p, "RBC Mobile", "International Money Transfer")
        pill(p, "In progress", status)
        track(p, ["Sent", "Processing", "Deposited"], "dp-")
        note(p, "Transfers usually arrive in 1 to 3 business days. We'll notify you when it's deposited.")
        tno = f"RBC{digits(rng, 10)}"
        name = pick(p, "pair", [me, CUT])
        p.pair("Recipient", name, merchant=name)
        p.pair("Amount", show(j.amount), amount=j.amount, cur=cur)
        p.pair("Sent on", when(j.date, rng.choice(["%b {d}, %Y", "%B {d}, %Y"])), date=j.date)
        p.pair("Tracking number", tno, txn=(TXN_RANK, tno))
        p.pair("Method", "Wire (SWIFT)", method="netbanking")
        return p.done()
    if frame == "alrajhi":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 580]), size=rng.choice([21, 22]))
        p.style["paper"] = (246, 248, 252)
        p.part = "head"
        p.add("title", "Al Rajhi Bank")
        arabic(p, "تم التحويل بنجاح", scale=1.1)
        p.part = "body"
        sicon(p, status)
        p.add("center", "Transfer completed", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))}", date=j.date)
        p.add("small", "International transfer (SWIFT)", method="netbanking")
        p.add("gap")
        p.add("small", f"Shared from Al Rajhi Mobile  |  {payer}")
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, "Swedbank")
    p.add("small", "Swedbank AB (publ)  |  Stockholm")
    p.add("rule")
    p.part = "body"
    typeface(p)
    h271.ext(p)["tt_scale"] = 0.84
    n_ = min(h271.tt_cols(p), 64)
    ref = f"SWB{j.date:%y%m%d}{digits(rng, 6)}"
    name = rng.choice([FIRM_CAPS, CUT])

    def line(label: str, value: str, **facts) -> None:
        typed(p, f"{label:<26}{value}"[:n_], scale=0.84, **facts)

    typed(p, "BETALNINGSBESKED / PAYMENT ADVICE".center(n_).rstrip(), scale=0.84)
    typed(p, "-" * n_, scale=0.84)
    line("Bokforingsdag / Date", when(j.date, "%Y-%m-%d"), date=j.date)
    line("Referens / Reference", ref, txn=(BANK_RANK, ref))
    line("Betalare / Payer", payer.upper())
    line("Mottagare / Beneficiary", name, merchant=name)
    line("Mottagarens bank", "BANK OF BARODA, UDAIPUR")
    line("BIC", BIC)
    line("Belopp / Amount", show(j.amount), amount=j.amount, cur=cur)
    line("Avgift / Charges", "SHA (delad)", method="netbanking")
    line("Status", "Utford / Executed", status=status)
    typed(p, "-" * n_, scale=0.84)
    p.add("small", "Swedbank. Spara detta besked / Keep this advice.")
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its showroom or itself on top: Koftgari Kothi's TAX INVOICE under a koftgari
    plaque, its Hindi name and a koftgari vine band, to a buyer in Maharashtra (Invoice No. and Dated,
    Buyer and Place of Supply two to a row; No. | Description | HSN | Qty | Rate | Amount in a striped
    table with IGST 5%; Grand Total; "Received by UPI, UTR ..."); the web shop's order confirmation mail
    from Zoho Commerce (Order ID, Order Date, Payment Status Paid each label beside its value in bold; Item
    | Qty | Price on hairline rows, Sub Total, Shipping Charges, Payment Method, Total); Airpay's
    Transaction Failed for the web shop under a large cross (the reason in a notice; Airpay Transaction ID,
    Order ID, Amount, Payment Mode, Date each value over its label); the showroom's swing tag on a piece
    sold, its brass eyelet and red string (the showroom, a koftgari vine band, the piece, MRP printed;
    "SOLD", "Recd. Rs. x/- cash", the day and the salesman's initials in the hand; no reference); the
    showroom's CERTIFICATE OF AUTHENTICITY cum receipt between koftgari bands (its sentence; shaded labels:
    Certificate No., Piece, Karigar, Gold wire, Price paid, Paid by, Approval code, Date; a lac seal);
    Zaakpay's payment pending on the web shop's payment link (a capsule, a notice; Zaakpay Txn ID and
    Amount, Paid via and Initiated two to a row; a copyable UPI Ref); the firm's typed RECEIPT on its
    letterhead (Receipt No. beside Date; "Received with thanks from ... the sum of Rupees ... (Rs. x/-) by
    NEFT, UTR ..., against our invoice ..."; signed for the firm); the showroom's reply to a buyer from its
    page in Messenger under a "Today" divider ("We have received Rs. x by UPI (UTR ...)", signed "-
    Koftgari Kothi, Udaipur"; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=1500, high=95000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        plaque(p)
        hindi(p, SHOP_HI, scale=1.25, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        vine_band(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"KK/{fy(j.date)}/{rng.randrange(10, 900):04d}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.53, 0.73, "l"), (0.73, 1.0, "l")]
        colkv(
            p,
            "ti",
            spec,
            "Invoice No.",
            inv,
            "Dated",
            day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]),
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        colkv(p, "ti", spec, "Buyer", f"{who.split(' ', 1)[1]}", "Place of Supply", "27-Maharashtra")
        items = works(rng, rng.randrange(1, 4), high=20000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        zebra(
            p,
            "ki",
            [
                (0.0, 0.08, "c"),
                (0.08, 0.5, "l"),
                (0.5, 0.61, "c"),
                (0.61, 0.69, "c"),
                (0.69, 0.84, "r"),
                (0.84, 1.0, "r"),
            ],
            ["No.", "Description", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), SHORT.get(t, clip(t, 30)), hsn, str(q), num(pr, "plain", 0), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "IGST 5%", "", "", "", num(gst)], {})],
            (30, 40, 70),
        )
        total(p, "Grand Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Received by UPI, UTR {j.ref}",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Hand inlaid in 24 carat gold wire on steel by the karigars of Udaipur. E. & O.E.")
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        return p.done()
    if k == 1:
        order = f"KK-{rng.randrange(2100, 4800)}"
        p = mail_page(rng, font, f"{SHOP} <no-reply@{WEB}>", [f"Order Confirmation - {order}"])
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", "Koftgari from the karkhanas of Udaipur and Alwar")
        p.add("rule")
        p.part = "body"
        p.add("left", "Thank you for shopping with us!")
        para(
            p,
            f"Dear {first}, your order has been placed and paid. We will send the tracking details once it ships.",
        )
        p.add("gap")
        h269.kind(p, "zo", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "plain", bold=(1,))
        h269.row(p, "zo", "Order ID", order, txn=(ORDER_RANK, order))
        h269.row(p, "zo", "Order Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        h269.row(p, "zo", "Payment Status", "Paid", status=status)
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=9000)
        ship = float(rng.choice([0, 0, 180, 250]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.6, "l"), (0.6, 0.74, "c"), (0.74, 1.0, "r")]
        cols(p, "wh", spec, "Item", "Qty", "Price", mode="line")
        for text, _, q, pr in items:
            cols(p, "wl", spec, clip(text, 40), str(q), rs(q * pr), mode="line")
        spec2 = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
        cols(p, "ws", spec2, "Sub Total", rs(sub), mode="line")
        cols(p, "ws", spec2, "Shipping Charges", rs(ship) if ship else "Free", mode="line")
        cols(p, "ws", spec2, "Payment Method", "UPI", mode="line", method="UPI")
        h269.kind(p, "wt", spec2, "line", bold=(0, 1))
        h269.row(p, "wt", "Total", rs(j.amount), amount=j.amount)
        p.add("gap")
        p.add("small", f"{SHOP}, Jagdish Chowk, Udaipur  |  Powered by Zoho Commerce")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "payments.airpay.co.in/pay/response")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by Airpay")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        note(
            p,
            "Your card's issuing bank declined the transaction (authentication was not completed). If any "
            "amount was deducted, it will be refunded in 5-7 working days.",
            "error",
        )
        pid = str(digits(rng, 12))
        mtx = f"KK{rng.randrange(2100, 4800)}-{digits(rng, 4)}"
        vlab(p, "Airpay Transaction ID", pid, txn=(TXN_RANK, pid))
        vlab(p, "Order ID", mtx, bold=False, txn=(ORDER_RANK, mtx))
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Payment Mode", f"Credit Card (VISA XX{digits(rng, 4)})", bold=False, method="card")
        vlab(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), bold=False, date=j.date)
        return p.done()
    if k == 3:
        name_, _, lo, hi = rng.choice([w for w in WORKS if 1000 <= w[2] <= 15000])
        mrp = float(rng.randrange(lo // 50, hi // 50) * 50)
        j.amount = float(round(mrp * rng.choice([1.0, 0.95, 0.9]) / 50) * 50)
        p = sheet_page(rng, font, [340, 360, 380])
        p.style["paper"] = rng.choice([(246, 238, 220), (250, 246, 232), (238, 230, 214)])
        swing_tag(p)
        p.part = "head"
        p.add("gap")
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", "Jagdish Chowk, Udaipur")
        vine_band(p)
        p.part = "body"
        for line in lines_of(p, SHORT.get(name_, name_), 0.8):
            p.add("small", line)
        p.add("center", f"MRP Rs. {num(mrp, 'indian', 0)}/-")
        p.add("small", "Hand made in Udaipur. 24 ct gold on steel.")
        p.add("gap")
        write(p, "SOLD", align="c")
        write(
            p,
            f"Recd. Rs. {num(j.amount, 'indian', 0)}/- cash",
            align="c",
            amount=j.amount,
            method="cash",
            status=status,
        )
        write(p, day_in(j, rng, ["%d/%m/%y", "{d}/%m/%Y", "%d.%m.%y"]), align="c", date=j.date)
        write(p, "- S.S.", align="r")
        return p.done()
    if k == 4:
        piece = rng.choice([w for w in WORKS if w[2] >= 5000])
        j.amount = float(rng.randrange(piece[2] // 50, piece[3] // 50) * 50)
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(252, 248, 236), (255, 253, 246)])
        p.part = "head"
        vine_band(p)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", SHOP_AT)
        p.add("center", "CERTIFICATE OF AUTHENTICITY")
        vine_band(p)
        p.part = "body"
        p.add("gap")
        para(
            p,
            "This is to certify that the piece described below is hand-made in koftgari, 24 carat gold wire "
            "beaten into hatched steel, by the karigars of Silehkhana Karkhana, Udaipur.",
        )
        appr = f"{digits(rng, 6)}"
        cno = f"KK/COA/{rng.randrange(100, 999)}"
        kv(p, "Certificate No.", cno, at=0.32, txn=(INVOICE_RANK, cno))
        kv(p, "Piece", piece[0], at=0.32)
        kv(p, "Karigar", rng.choice([USTAD, "Iqbal Hussain", "Jaipal Singh Sikligar"]), at=0.32)
        kv(p, "Gold wire", "24 carat, 0.1 mm", at=0.32)
        kv(p, "Price paid", rs(j.amount), at=0.32, amount=j.amount, status=status)
        kv(
            p,
            "Paid by",
            f"Card, {rng.choice(['VISA', 'MASTERCARD', 'AMEX'])} XX{digits(rng, 4)}",
            at=0.32,
            method="card",
        )
        kv(p, "Approval code", appr, at=0.32, txn=(APPR_RANK, appr))
        kv(p, "Date", day_in(j, rng, ["%d %B %Y", "%d/%m/%Y"]), at=0.32, date=j.date)
        lac_seal(p, "KK", at=0.12)
        sig(p)
        p.add("right", f"for {SHOP}")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, f"api.zaakpay.com/paymentlink/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"Payment link  |  {WEB}  |  Zaakpay")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending", status)
        note(
            p,
            "We're waiting for your bank to confirm this payment. Please don't pay again; the status will "
            "update within 30 minutes.",
            "warn",
        )
        mid = f"ZP{j.date:%y%m%d}{digits(rng, 10)}"
        two_up(
            p, "im", ("Zaakpay Txn ID", mid), ("Amount", rs(j.amount)), txn=(TXN_RANK, mid), amount=j.amount
        )
        two_up(
            p,
            "iw",
            ("Paid via", "UPI"),
            ("Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            method="UPI",
            date=j.date,
        )
        copyrow(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(40, 900) * 100)
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(252, 250, 244), (255, 255, 255)])
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        p.add("small", f"GSTIN {GSTIN}  |  PAN {PAN}  |  {UDYAM}")
        p.add("rule")
        p.part = "body"
        rno = f"SKU/RCT/{fy(j.date)}/{rng.randrange(10, 400):04d}"
        cols(
            p,
            "rr",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Receipt No.: {rno}",
            f"Date: {when(j.date, '%d.%m.%Y')}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("center", "RECEIPT")
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        inv = f"SKU/{fy(j.date)}/{rng.randrange(10, 400):03d}"
        para(
            p,
            f"Received with thanks from M/s {PICHOLA}, Udaipur the sum of Rupees {bare_words(j.amount)} only "
            f"(Rs. {num(j.amount, 'indian', 0)}/-) by NEFT, UTR {utr}, against our invoice No. {inv} for "
            "koftgari mirror frames.",
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", f"for {FIRM}")
        p.add("right", "Proprietor")
        return p.done()
    j.amount = rupees(rng, 1800, 36000, 0.8)
    p = phone(rng, font, k, [who.split(" ", 1)[1]], dark=False, buttons=())
    p.part = "body"
    p.add("small", f"Messenger  |  {SHOP} (Page)")
    divider(p, "Today")
    p.add("gap")
    s = len(p.rows)
    p.add("left", f"Hi {first}!")
    p.add(
        "left", f"We have received Rs. {num(j.amount)} by UPI", amount=j.amount, method="UPI", status=status
    )
    p.add(
        "left",
        f"(UTR {j.ref}) for the {rng.choice(['jewellery box', 'khanjar', 'elephant', 'paan-daan'])}.",
        txn=(UTR_RANK, j.ref),
    )
    p.add("left", "It ships tomorrow by Speed Post.")
    p.add("left", f"- {SHOP}, Udaipur", merchant=SHOP)
    bubble(p, s, hhmm(rng, lower=True))
    p.add("small", "Seen")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


WIRE = "JAI AMBE GOLD WIRE DRAWERS"
AKIK = "KHAMBHAT AKIK BHANDAR"
AKIK_GU = "ખંભાત અકીક ભંડાર"
VELVET_BOX = "MARUDHAR VELVET BOXES"
LOHAR = "LOHAR TOOL WORKS"
STEELS = "MAHAVIR STEEL & ALLOYS"
SILVER_WIRE = "SHRI NATH SILVER WIRE CO"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Jaipur gold wire drawer's TAX INVOICE (Invoice
    No. beside its earlier Invoice Date, Buyer beside State Code; the 24 carat wire by the gram in a table
    ruled on every side with CGST 1.5% and SGST 1.5%; Grand Total marked over with a highlighter; PAYMENT
    RECEIVED: Mode, UTR, Received on printed under it); a Khambhat agate maker's rough bill under his
    Gujarati name, photographed lying on the karigar's bench (No. left blank; Date written in; the agate
    burnishers in its columns, Total; "Cash recd." in the hand; no reference); JD Mart's order with the
    payment in progress under a clock's disc ("to" the seller, a notice; Order ID, Amount, Paid via, UPI
    Ref, Initiated on in shaded labels); Toolsvilla's payment failed for chisels and a hammer on a tinted
    band (the reason in a notice; Sold by, Items, Order ID, Order total, Payment method, Attempted on in a
    table ruled on every side); Aramex's SHIPMENT RECEIPT on a torn roll (its air waybill's barcode and
    number; AWB NO, DATE, SHIPPER, DEST, PCS / WT, FREIGHT, FUEL SURCHARGE, IGST 18%, TOTAL INR, PAYMENT UPI
    - RECEIVED, UPI REF); a Jaipur velvet box maker's DELIVERY CHALLAN CUM BILL printed on green-bar
    stationery in its printer's face (No. and Date, the boxes in its columns, TOTAL), its rectangular
    PAYMENT RECEIVED stamp and "by PhonePe, Ref ..." in the hand; an Alwar tool maker's message in Telegram
    under a "Today" divider ("payment mil gaya Rs. x", "UPI Ref ...", signed "- LOHAR TOOL WORKS, Alwar";
    no day); a Jaipur steel trader's TAX INVOICE (Invoice No., Date, Buyer on a line; the sheets and bars by
    the kilogram in a striped table with CGST 9% and SGST 9%; Total; "Payment of Rs. x received by NEFT,
    UTR ..., on <day>. Thank you." in a notice). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=900, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, WIRE, merchant=WIRE)
        p.add(
            "small",
            f"Gold and silver wire, badla and kasab  |  Johari Bazaar, Jaipur - 302003  |  GSTIN {gstin_of(rng, '08', 'F')}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"JAG/{fy(j.date)}/{rng.randrange(100, 2999)}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        cols(
            p,
            "gw",
            spec,
            f"Invoice No.: {inv}",
            f"Invoice Date: {when(earlier(rng, j, 3, 25), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        cols(p, "gw", spec, f"Buyer: {FIRM}, Udaipur", "State Code: 08")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("Gold wire 24 kt, 0.10 mm (gm)", 14100, 14800),
                ("Gold wire 24 kt, 0.15 mm (gm)", 14000, 14700),
                ("Wire drawing charges (gm)", 180, 260),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(8, 26)
            rate = float(rng.randrange(lo, hi, 10))
            taxable += q * rate
            rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
        gst = round(taxable * 0.015, 2)
        j.amount = round(taxable + 2 * gst, 2)
        rows_ += [(["CGST 1.5%", "", "", num(gst)], {}), (["SGST 1.5%", "", "", num(gst)], {})]
        grid(
            p,
            "gi",
            [(0.0, 0.5, "l"), (0.5, 0.6, "c"), (0.6, 0.78, "r"), (0.78, 1.0, "r")],
            ["Description", "Qty", "Rate", "Amount"],
            rows_,
            foot=(["Grand Total", num(j.amount)], {"amount": j.amount}),
            tint=(248, 236, 200),
        )
        h273.hilite(p)
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "Bank of Baroda", way)
        p.add("gap")
        p.add("left", "PAYMENT RECEIVED", status=status)
        spec2 = [(0.0, 0.24, "l"), (0.24, 1.0, "l")]
        colkv(p, "gp", spec2, "Mode", way, method="netbanking")
        colkv(p, "gp", spec2, "UTR", utr, txn=(UTR_RANK, utr))
        colkv(p, "gp", spec2, "Received on", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        p.add("small", "Subject to Jaipur jurisdiction. Goods once sold will not be taken back.")
        p.add("right", f"for {WIRE.title()}")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 246, 234), (252, 250, 242)])
        on_bench(p)
        p.part = "head"
        h289.gline(p, AKIK_GU, scale=1.2, bold=True)
        top(p, AKIK, merchant=AKIK)
        p.add("small", "Agate burnishers (mohra) for zari and koftgari  |  Akikwad, Khambhat")
        p.part = "body"
        p.add("left", "No. ..............")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        spec = [(0.0, 0.56, "l"), (0.56, 0.72, "c"), (0.74, 1.0, "r")]
        cols(p, "ak", spec, "Item", "Nos.", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Burnisher, flat agate", 180, 320),
                ("Burnisher, pointed", 160, 280),
                ("Burnisher, curved tooth", 220, 380),
                ("Polishing stone", 90, 160),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(2, 12)
            v = float(q * rng.randrange(lo, hi, 10))
            hcells(p, spec, text, str(q), num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.56, 0.73])
        p.add("gap")
        write(p, "Cash recd.", method="cash", status=status)
        write(p, "Yusufbhai", align="r")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Order payment"], dark=False, buttons=("Check status",))
        band(p, (0, 102, 204))
        app_head(p, "JD Mart", "B2B marketplace by Justdial")
        sicon(p, status)
        p.add("center", "Payment in progress", status=status)
        p.add("small", "to")
        name = SILVER_WIRE
        p.add("center", name, merchant=name)
        p.add("small", "Silver wire and badla  |  Johari Bazaar, Jaipur")
        note(
            p,
            "Your bank has not confirmed the payment yet. The seller will be paid once it is confirmed; "
            "please do not pay again.",
            "warn",
        )
        oid = f"JDM{digits(rng, 10)}"
        kv(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Paid via", "UPI", at=0.36, method="UPI")
        kv(p, "UPI Ref", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(1400, 9000, 10))
        p = browser_page(rng, font, "www.toolsvilla.com/checkout/payment-failed")
        p.part = "head"
        top(p, "Toolsvilla")
        p.add("small", "Tools and machinery online")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        note(
            p,
            "Your debit card was declined by the issuing bank. The order has not been placed; please retry "
            "with another card or by net banking.",
            "error",
        )
        name = "Bharat Hand Tools Co."
        oid = f"TV{digits(rng, 9)}"
        grid(
            p,
            "mg",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Sold by", name], {"merchant": name}),
                (["Items", "HSS chisel set (6 pc), ball-peen hammer 200 g"], {}),
                (["Order ID", oid], {"txn": (ORDER_RANK, oid)}),
                (["Order total", rs(j.amount)], {"amount": j.amount}),
                (["Payment method", f"Debit card XX{digits(rng, 4)}"], {"method": "card"}),
                (["Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            ],
            tint=(236, 232, 226),
        )
        return p.done()
    if k == 4:
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        kilos = rng.randrange(2, 19) / 2
        freight = float(round(2400 + kilos * rng.uniform(700, 1100), 0))
        fuel = round(freight * 0.22, 2)
        gst = round((freight + fuel) * 0.18, 2)
        j.amount = round(freight + fuel + gst, 2)
        p.part = "head"
        name = pick(p, "title", ["ARAMEX", "Aramex India"])
        p.add("title" if fits_left(p, name, 1.35) else "center", name, merchant=name)
        p.add("small", "Service point: Hiran Magri, Udaipur")
        p.part = "body"
        p.add("center", "SHIPMENT RECEIPT")
        awb = f"{digits(rng, 11)}"
        h269.bars(p, awb)
        p.add("center", awb)
        p.add("rule")
        p.pair("AWB NO", awb)
        p.pair("DATE", f"{when(j.date, '%d-%b-%Y').upper()} {hhmm(rng, twelve=False)}", date=j.date)
        p.pair("SHIPPER", "SILEHKHANA KOFTGARI")
        p.pair("DEST", rng.choice(["AMSTERDAM NL", "TORONTO CA", "MELBOURNE AU", "DOHA QA"]))
        p.pair("PCS / WT", f"1 / {kilos:.1f} KG")
        p.pair("FREIGHT", f"{freight:.2f}")
        p.pair("FUEL SURCHARGE", f"{fuel:.2f}")
        p.pair("IGST 18%", f"{gst:.2f}")
        p.add("rule")
        p.pair("TOTAL INR", f"{j.amount:.2f}", amount=j.amount)
        p.pair("PAYMENT", "UPI - RECEIVED", method="UPI", status=status)
        p.pair("UPI REF", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", "TRACK AT ARAMEX.COM")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (250, 252, 248)
        h275.greenbar(p)
        same_pen(p)
        p.part = "head"
        top(p, VELVET_BOX, merchant=VELVET_BOX)
        p.add("small", "Velvet lined boxes and cases to order  |  Ramganj Bazaar, Jaipur")
        p.part = "body"
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.82
        n_ = min(h271.tt_cols(p), 64)
        bno = str(rng.randrange(1000, 9999))
        left = f"DELIVERY CHALLAN CUM BILL  No. {bno}"
        right = f"Date {when(j.date, '%d-%m-%Y')}"
        typed(p, f"{left}{right:>{n_ - len(left)}}", scale=0.82, txn=(INVOICE_RANK, bno), date=j.date)
        typed(p, f"M/s {FIRM}, Udaipur"[:n_], scale=0.82)
        typed(p, "-" * n_, scale=0.82)
        typed(p, f"{'PARTICULARS':<34}{'QTY':>6}{'RATE':>10}{'AMOUNT':>12}"[:n_], scale=0.82)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("KHANJAR CASE, VELVET LINED", 160, 240),
                ("BOX FOR DHAL 14IN", 320, 460),
                ("JEWEL BOX INNER, SATIN", 90, 140),
                ("LETTER OPENER SLEEVE", 35, 60),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(5, 60)
            rate = float(rng.randrange(lo, hi))
            j.amount += q * rate
            typed(p, f"{text:<34}{q:>6}{rate:>10.2f}{q * rate:>12.2f}"[:n_], scale=0.82)
        typed(p, "-" * n_, scale=0.82)
        typed(p, f"{'TOTAL':<50}{j.amount:>12.2f}"[:n_], scale=0.82, amount=j.amount)
        typed(p, "-" * n_, scale=0.82)
        h271.rstamp(p, ["PAYMENT RECEIVED", VELVET_BOX, "JAIPUR"], "violet", at=0.32, rows_=3)
        p.add("gap")
        write(p, f"by PhonePe, Ref {j.ref}", align="r", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 600, 9000, 0.7)
        p = phone(rng, font, k, ["Lohar Tool Works"], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Telegram  |  last seen recently")
        divider(p, "Today")
        p.add("gap")
        s_ = len(p.rows)
        p.add("left", "Salaam Salim bhai,")
        p.add("left", f"payment mil gaya Rs. {num(j.amount)}", amount=j.amount, status=status)
        p.add("left", f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref), method="UPI")
        p.add("left", "6 kalam aur 2 chhainee kal bhej dunga.")
        name = pick(p, "left", [f"- {LOHAR}, Alwar", f"- {LOHAR}"])[2:]
        p.add("left", f"- {name}", merchant=name.split(",")[0])
        bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, STEELS, merchant=STEELS)
    p.add(
        "small",
        f"Iron and steel merchants  |  Loha Mandi, Jaipur - 302002  |  GSTIN {gstin_of(rng, '08', 'F')}",
    )
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    inv = f"MSA/{fy(j.date)}/{rng.randrange(10, 900):03d}"
    spec = [(0.0, 0.4, "l"), (0.4, 0.7, "l"), (0.7, 1.0, "r")]
    cols(
        p,
        "ms",
        spec,
        f"Invoice No. {inv}",
        f"Date: {when(earlier(rng, j, 3, 20), '%d.%m.%Y')}",
        "Buyer: Silehkhana",
        txn=(INVOICE_RANK, inv),
    )
    rows_, taxable = [], 0.0
    for text, lo, hi in rng.sample(
        [
            ("MS sheet 18 SWG (kg)", 68, 82),
            ("EN-8 round bar 12 mm (kg)", 74, 92),
            ("SS 304 sheet 22 SWG (kg)", 230, 290),
            ("MS flat 25 x 5 (kg)", 64, 78),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(20, 160)
        rate = float(rng.randrange(lo, hi))
        taxable += q * rate
        rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    rows_ += [(["CGST 9%", "", "", num(gst)], {}), (["SGST 9%", "", "", num(gst)], {})]
    zebra(
        p,
        "st",
        [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        ["Material", "Kg", "Rate", "Amount"],
        rows_,
        (70, 74, 86),
    )
    total(p, "Total", rs(j.amount), at=0.62, amount=j.amount)
    utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
    note(
        p,
        f"Payment of Rs. {num(j.amount)} received by NEFT, UTR {utr}, on "
        f"{day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}. Thank you.",
    )
    i = next(
        n
        for n in range(len(p.rows) - 1, -1, -1)
        if p.rows[n][0] == "t87nt" and "Payment of Rs." in p.rows[n][1]
    )
    part, _ = p.tags[i]
    p.tags[i] = (part, {"date": j.date, "method": "netbanking", "status": status, "txn": (UTR_RANK, utr)})
    p.add("right", f"for {STEELS.title()}")
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("KHAMBHAT AKIK BHANDAR", "ICICI Bank", "IMPS"),
    ("JAI AMBE GOLD WIRE DRAWERS", "HDFC Bank", "RTGS"),
    ("MAHAVIR STEEL & ALLOYS", "Bank of Baroda", "NEFT"),
    ("MARUDHAR VELVET BOXES", "Punjab National Bank", "NEFT"),
    ("LOHAR TOOL WORKS", "State Bank of India", "IMPS"),
    ("SHRI NATH SILVER WIRE CO", "Axis Bank", "NEFT"),
    ("Ramesh Suthar", "Rajasthan Gramin Bank", "UPI"),
    ("RAJ EXPORT PACKERS", "Canara Bank", "NEFT"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Suryoday Small Finance Bank's app with an IMPS
    successful (the sum, "to <payee>"; IMPS Ref No., Date & Time, From Account, Beneficiary A/c, IFSC,
    Remarks as label and value on a line); ESAF Small Finance Bank's app with an RTGS in process under a
    clock's disc (a notice; Beneficiary, Amount, UTR, Initiated on, Status each in a read-only box); J&K
    Bank's mPay Delight+ NEFT successful ("Paid to" over the payee; UTR No. and Date, Debit A/c and Purpose
    two to a row); India Post Payments Bank's MINI STATEMENT printed on a postman's doorstep banking device
    (the postman's name and post office, the account's tail; Date | Particulars with each sum set right
    under its line in its printer's face, the payment's "NEFT/<PAYEE>" debit, AVL BAL; no reference); Yes
    Bank's YES Online with an IMPS failed on a tinted band (the reason in a notice; Beneficiary, Amount,
    IMPS Reference No., Transaction Date, Debit Account against a gutter); Unity Small Finance Bank's NEFT
    successful (a large tick; a striped table: Beneficiary, Amount, UTR, Date, Account, Remarks); RBL
    Bank's MoBank UPI payment to the box maker's carpenter ("Today, <hour>"; the sum, "to <payee>"; UPI Ref
    No. and From in two tiles; no day); Bank of India's RTGS / NEFT APPLICATION counterfoil filled in by
    hand at the branch (Date, Applicant, Beneficiary, A/c No., IFSC written in, Rs. in boxes, Mode and UTR
    written in by the clerk; the branch's rectangular PROCESSED stamp). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=3000, high=160000)
    to, their_bank, way = VENDORS[k]
    if way == "IMPS":
        j.amount = rupees(rng, 1500, 90000, 0.6)
    if way == "UPI":
        j.amount = rupees(rng, 1500, 24000, 0.6)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_for(rng, j, their_bank, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXX{digits(rng, 4)}"
    dot = sign(font, "\u2022", "*")
    ifsc = f"{IFSC[their_bank]}0{digits(rng, 6)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 128, 128))
        app_head(p, "Suryoday Bank", "Suryoday Small Finance Bank  |  IMPS")
        p.add("center", "Transaction successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        p.pair("IMPS Ref No.", utr, txn=(UTR_RANK, utr))
        p.pair("Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), date=j.date)
        p.pair("From Account", f"{acct[-8:]} (CA)", method=method)
        p.pair("Beneficiary A/c", f"XXXX{digits(rng, 4)}")
        p.pair("IFSC", ifsc)
        p.pair("Remarks", "Agate burnishers")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "RTGS status"], dark=False, buttons=("Refresh",))
        band(p, (0, 120, 60))
        app_head(p, "ESAF Bank", "ESAF Small Finance Bank  |  RTGS")
        sicon(p, status)
        p.add("center", "Transaction in process", status=status)
        note(
            p,
            "Your RTGS request has been sent to RBI and is awaiting credit at the beneficiary bank. Please do "
            "not initiate it again.",
            "warn",
        )
        h273.field(p, "Beneficiary", to, merchant=to)
        h273.field(p, "Amount", rs(j.amount), amount=j.amount, method=method)
        h273.field(p, "UTR", utr, txn=(UTR_RANK, utr))
        h273.field(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        h273.field(p, "Status", "In process")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Share receipt",))
        band(p, (0, 80, 140))
        app_head(p, "mPay Delight+", "J&K Bank  |  NEFT")
        p.add("center", "NEFT successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to])
        p.add("center", name, merchant=name)
        p.add("gap")
        two_up(
            p,
            "id1",
            ("UTR No.", utr),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        two_up(p, "id2", ("Debit A/c", acct), ("Purpose", "Steel sheets"), method=method)
        return p.done()
    if k == 3:
        p = screen(rng, font, width=rng.choice([420, 440, 460]), size=rng.choice([16, 17]))
        paper(p, rng)
        h269.torn(p)
        p.part = "head"
        p.add("center", "INDIA POST PAYMENTS BANK")
        p.add("small", "Doorstep banking  |  Postman: Naseem Khan, Hathipole P.O.")
        p.part = "body"
        p.add("center", "MINI STATEMENT")
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.96
        n_ = min(h271.tt_cols(p), 40)
        typed(p, f"A/C: XXXXXXXX{digits(rng, 4)}"[:n_], scale=0.96)
        typed(p, "-" * n_, scale=0.96)
        typed(p, f"{'DATE':<10}{'PARTICULARS / AMOUNT':<30}"[:n_], scale=0.96)
        shown = f"NEFT/{to[:18].rstrip()}"
        bal = rupees(rng, j.amount + 20000, j.amount + 250000, 0.3)
        before = j.date - dt.timedelta(days=rng.randrange(2, 9))
        credit = rupees(rng, 5000, 60000, 0.5)
        typed(p, f"{when(before, '%d/%m/%y'):<10}{'BY CLG/KOFTGARI KOTHI'}"[:n_], scale=0.96)
        typed(p, f"{num(credit, 'plain') + ' Cr':>{n_}}", scale=0.96)
        typed(p, f"{when(j.date, '%d/%m/%y'):<10}{shown}"[:n_], scale=0.96, date=j.date, merchant=shown[5:])
        typed(
            p,
            f"{num(j.amount, 'plain') + ' Dr':>{n_}}",
            scale=0.96,
            amount=j.amount,
            method=method,
            status=status,
        )
        typed(p, "-" * n_, scale=0.96)
        typed(p, f"{'AVL BAL':<{n_ - 14}}{num(bal, 'plain'):>14}"[:n_], scale=0.96)
        p.add("small", "Thank you for banking with us")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "yesonline.yesbank.co.in/corporate/fundtransfer/imps/status")
        p.part = "head"
        top(p, "YES BANK")
        p.add("small", f"YES Online  |  Business  |  {FIRM_CAPS}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "IMPS Transaction Failed", status)
        note(
            p,
            "The beneficiary bank is not responding at the moment (NPCI timeout). If your account was "
            "debited, the amount will be reversed within 2 working days.",
            "error",
        )
        gutter(p, "yb", "Beneficiary", to, at=0.36, merchant=to)
        gutter(p, "yb", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "yb", "IMPS Reference No.", utr, at=0.36, txn=(UTR_RANK, utr))
        gutter(
            p,
            "yb",
            "Transaction Date",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)),
            at=0.36,
            date=j.date,
        )
        gutter(p, "yb", "Debit Account", f"{acct} (IMPS)", at=0.36, method=method)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Share", "Done"))
        band(p, (230, 110, 20))
        app_head(p, "Unity Bank", "Unity Small Finance Bank  |  NEFT")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("gap")
        zebra(
            p,
            "bd",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Details", ""],
            [
                (["Beneficiary", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["Account", acct], {"method": method}),
                (["Remarks", "Silver wire 0.2 mm"], {}),
            ],
            (200, 30, 60),
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (18, 40, 92))
        app_head(p, "RBL MoBank", "UPI")
        p.add("center", "Payment successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "rameshsuthar@rmgb")
        p.add("gap")
        tiles2(
            p,
            ("UPI Ref No.", utr),
            ("From", f"RBL Bank {dot * 2}{digits(rng, 4)}"),
            txn=(UTR_RANK, utr),
            method=method,
        )
        return p.done()
    p = sheet_page(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(250, 246, 236), (246, 246, 240)])
    same_pen(p)
    p.part = "head"
    top(p, "BANK OF INDIA")
    p.add("small", "Bapu Bazar Branch, Udaipur  |  RTGS / NEFT APPLICATION - COUNTERFOIL")
    p.part = "body"
    p.add("gap")
    blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
    blank(p, "Applicant", FIRM_CAPS)
    blank(p, "Beneficiary", to, merchant=to)
    blank(p, "A/c No.", f"{digits(rng, 12)}")
    blank(p, "IFSC", ifsc)
    h269.comb(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    blank(p, "Mode (RTGS / NEFT)", "NEFT", method=method)
    blank(p, "UTR", utr, txn=(UTR_RANK, utr), status=status)
    p.add("gap")
    h271.rstamp(p, ["PROCESSED", "BANK OF INDIA", "BAPU BAZAR BR., UDAIPUR"], "violet", at=0.5, rows_=3)
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its karigars, the women who burnish and pack at home and its staff: the karkhana's
    PIECE WORK SLIP under its Hindi name, wire snippets in its margins (Slip No. printed; Name and Date
    written in; the pieces inlaid, their number and rate written in its columns, Total; "Paid in cash" in
    the hand; the karigar's signature); HROne's payslip for the showroom's salesman (Payslip for the month;
    Employee Name, Designation, Pay Period, Pay Date, Paid Days, Bank Account each a label small over its
    value two to a row; Earnings | Amount | Deductions | Amount on hairline rows; Net Pay on a tinted band;
    "Paid by bank transfer (NEFT), UTR ..."); Fino Payments Bank's FinoPay with a UPI payment failed to a
    karigar on a tinted band (the reason in a notice; UPI Ref No., Date, Paid from, Paid to UPI ID each value
    over its label); Bandhan Bank's mBandhan UPI payment to a karigar under a large tick ("Today, <hour>";
    UPI Ref. No. copyable; no day); a burnisher's MAJDOORI DIARY on a spiral-bound pad under its Hindi
    heading (her name, Date, Kaam (work) and the sum written in, the sum ringed in pen; "Recd. cash" and her
    signature; no reference); the karkhana's DIWALI BONUS VOUCHER under a koftgari plaque, its Hindi heading
    and a vine band in the days before Diwali (Voucher No., Date, Paid to, Amount, Mode, UTR against a
    gutter; Shubh Deepavali in Hindi; BONUS across it in pale letters; the receiver's signature); YONO SBI
    with a UPI payment pending to a karigar (a capsule, the stages left to right, a notice; UPI Ref No.,
    Initiated at, From at the left and the right); HDFC Bank MobileBanking's UPI payment to a karigar
    (Transaction successful, the sum, "to <karigar>"; UPI Ref No. and Date, From and Remarks in tiles two to
    a row). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=1200, high=26000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = KARIGARS[(k + rng.randrange(2)) % len(KARIGARS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(246, 240, 224), (244, 242, 232)])
        p.part = "head"
        wire_bits(p)
        hindi(p, "सिलेहख़ाना कारख़ाना", scale=1.2, bold=True)
        p.add("center", KARKHANA.upper())
        p.add("small", f"{FIRM}  |  Hathipole, Udaipur")
        p.add("center", "PIECE WORK SLIP")
        p.part = "body"
        no = str(rng.randrange(101, 899))
        cols(p, "pw", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Slip No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Name", worker, merchant=worker)
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        spec = [(0.0, 0.46, "l"), (0.46, 0.6, "c"), (0.6, 0.78, "r"), (0.8, 1.0, "r")]
        cols(p, "ph", spec, "Piece", "Nos.", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Khanjar hilt, vine", 380, 520),
                ("Box lid, jaal", 260, 360),
                ("Letter opener", 60, 90),
                ("Kada pair", 140, 220),
                ("Dhal rim border", 900, 1300),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(2, 14)
            rate = rng.randrange(lo, hi, 10)
            hcells(p, spec, text, str(q), str(rate), num(float(q * rate), "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.46, 0.6, 0.79])
        p.add("gap")
        write(p, "Paid in cash", method="cash", status=status)
        sig(p)
        p.add("right", "Karigar's signature")
        return p.done()
    if k == 1:
        worker = rng.choice(["Rekha Joshi", "Dilip Menaria"])
        basic = float(rng.randrange(110, 180) * 100)
        hra = float(round(basic * 0.3, -1))
        conv = 1600.0
        pf = float(round(min(basic, 15000) * 0.12))
        pt = 0.0
        j.amount = basic + hra + conv - pf - pt
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, SHOP)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        two_up(p, "zp1", ("Employee Name", worker), ("Designation", "Sales Associate"), merchant=worker)
        two_up(
            p,
            "zp2",
            ("Pay Period", j.month(1)),
            ("Pay Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            date=j.date,
        )
        two_up(
            p, "zp3", ("Paid Days", str(rng.randrange(26, 31))), ("Bank Account", f"XXXXXX{digits(rng, 4)}")
        )
        p.add("gap")
        spec = [(0.0, 0.32, "l"), (0.32, 0.5, "r"), (0.54, 0.82, "l"), (0.82, 1.0, "r")]
        cols(p, "zh", spec, "Earnings", "Amount", "Deductions", "Amount", mode="line")
        cols(p, "zl", spec, "Basic", num(basic), "EPF", num(pf), mode="line")
        cols(p, "zl", spec, "House Rent Allowance", num(hra), "Professional Tax", num(pt), mode="line")
        cols(p, "zl", spec, "Conveyance", num(conv), "", "", mode="line")
        cols(
            p,
            "zl",
            spec,
            "Gross Earnings",
            num(basic + hra + conv),
            "Total Deductions",
            num(pf + pt),
            mode="line",
        )
        panel(p, "Net Pay", rs(j.amount), (228, 240, 232), amount=j.amount)
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        p.add(
            "left",
            f"Paid by bank transfer (NEFT), UTR {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a system generated payslip from HROne.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Retry",))
        band(p, (0, 84, 150))
        app_head(p, "FinoPay", "Fino Payments Bank  |  UPI")
        h269.strip(p, "Payment Failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "The beneficiary's bank did not respond (U90). No money has been debited from your account; "
            "please try again after some time.",
            "error",
        )
        vlab(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "Paid from", f"Fino Payments Bank XX{digits(rng, 4)}", bold=False, method="UPI")
        vlab(p, "Paid to UPI ID", f"{worker.split()[0].lower()}{rng.randrange(10, 99)}@ybl", bold=False)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (200, 30, 60))
        app_head(p, "mBandhan", "Bandhan Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        copyrow(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", f"Paid from Bandhan Bank {dot * 2}{digits(rng, 4)} via UPI", method="UPI")
        return p.done()
    if k == 4:
        her = rng.choice(["Rukhsar Bano", "Sajida Begum"])
        j.amount = float(rng.randrange(8, 60) * 50)
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 250, 244), (246, 248, 240)])
        h289.spiral(p)
        p.part = "body"
        p.add("gap")
        hindi(p, "मज़दूरी डायरी", scale=1.2, bold=True)
        p.add("center", "MAJDOORI DIARY")
        p.add("gap")
        write(p, her, merchant=her)
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Kaam", f"burnishing, {rng.randrange(20, 80)} pcs")
        p.add("gap")
        write(p, f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        pen_ring(p)
        p.add("gap")
        write(p, "Recd. cash", method="cash", status=status)
        sig(p)
        return p.done()
    if k == 5:
        shift(j, rng, DIWALI - dt.timedelta(days=rng.randrange(1, 11)))
        j.amount = float(rng.choice([2100, 3100, 5100, 7100]))
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(252, 250, 242), (255, 255, 255)])
        h289.watermark(p, "BONUS")
        p.part = "head"
        plaque(p)
        hindi(p, "दीपावली बोनस", scale=1.3, bold=True)
        p.add("center", f"{KARKHANA.upper()}  |  DIWALI BONUS VOUCHER")
        p.add("small", ADDRESS)
        vine_band(p)
        p.part = "body"
        p.add("gap")
        no = f"DB/{rng.randrange(1, 40):02d}"
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        gutter(p, "db", "Voucher No.", no, at=0.34, txn=(INVOICE_RANK, no))
        gutter(p, "db", "Date", day_in(j, rng, ["%d/%m/%Y", "%d.%m.%Y"]), at=0.34, date=j.date)
        gutter(p, "db", "Paid to", worker, at=0.34, merchant=worker)
        gutter(p, "db", "Amount", rs(j.amount), at=0.34, amount=j.amount)
        gutter(p, "db", "Mode", "NEFT", at=0.34, method="netbanking", status=status)
        gutter(p, "db", "UTR", utr, at=0.34, txn=(UTR_RANK, utr))
        p.add("gap")
        hindi(p, "शुभ दीपावली", scale=1.3)
        sig(p)
        p.add("right", "Receiver's signature")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (40, 0, 110))
        app_head(p, "YONO SBI", "State Bank of India  |  UPI")
        chip(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        track(p, ["Sent", "Bank", "Received"], "dp-")
        note(
            p,
            "Your bank is yet to confirm this payment. Please don't pay again; we'll update the status.",
            "warn",
        )
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "From", f"SBI XX{digits(rng, 4)}", method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 76, 143))
    app_head(p, "HDFC Bank", "MobileBanking  |  UPI")
    p.add("center", "Transaction successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {worker}", merchant=worker)
    p.add("gap")
    tiles2(
        p,
        ("UPI Ref No.", j.ref),
        ("Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    tiles2(p, ("From", f"HDFC Bank {dot * 2}{digits(rng, 4)}"), ("Remarks", "weekly wages"), method="UPI")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


NIGAM = "Nagar Nigam Udaipur"
NIGAM_HI = "नगर निगम उदयपुर"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues: Nagar Nigam Udaipur's online TRADE LICENCE FEE RECEIPT for the
    showroom under its Hindi name (Receipt No., Licence No., Trade, Licensee, Licence Year, Amount Paid,
    Payment Mode, Transaction ID, Bank Ref No., Date in shaded labels); the Udaipur Development Authority's
    lease rent e-receipt under its Hindi name (each value over its label: Challan No., Lease Deed No.,
    Period, Amount, Transaction Ref No., Payment Date, Mode; a QR code beside them); the Rajasthan State
    Pollution Control Board's consent fee pending at the bank (a capsule, a notice; Unit ID, Category, Fee
    Challan No., Amount, Bank, Transaction Date in a table ruled on every side); the Department of
    Factories and Boilers Inspection's factory licence renewal failed on Raj Nivesh on a tinted band (the
    reason in a notice; Factory Licence No., Application Ref. No., Fee, Payment Mode, Transaction ID,
    Attempted on in dot leaders); the Matsya Utsav Samiti's stall allotment letter typed under its Hindi
    name ("No. MU/2026/______"; "The stall fee of Rs. x/- has been received in cash on <day>."; an oval
    stamp; no reference); mParivahan's Sarathi with the karkhana driver's licence renewal fee paid
    ("Today, <hour>"; the Transport Department under the app, Fee paid, the sum; Application No., DL No.,
    Transaction ID, Paid via as label and value on a line; no day); the Trade Marks Registry's e-receipt
    for the showroom's mark (CBR No., CBR Date, Form, Applicant, Trade Mark, Class, Fee, Payment Mode, Bank
    Transaction ID, Status on hairline rows); the Registration and Stamps Department's e-GRAS challan for
    the showroom's lease deed under its Hindi name (GRN, Office, Budget Head, Remitter, Amount (Rs.), Bank,
    Bank Ref No., CIN, Payment Date, Mode, Status against a gutter). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=400, high=26000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        j.amount = float(rng.choice([1500, 2500, 3000, 5000]))
        p = browser_page(rng, font, "lsg.urban.rajasthan.gov.in/tradelicence/receipt")
        p.part = "head"
        hindi(p, NIGAM_HI, scale=1.2, bold=True)
        top(p, NIGAM, merchant=NIGAM)
        p.add("small", "Local Self Government Department, Rajasthan  |  Trade licence")
        p.add("rule")
        p.part = "body"
        p.add("center", "TRADE LICENCE FEE RECEIPT", status=status)
        rno = f"NNU/TL/{fy(j.date)}/{digits(rng, 6)}"
        tid = f"TLF{digits(rng, 12)}"
        bref = str(digits(rng, 12))
        kv(p, "Receipt No.", rno, at=0.34, txn=(INVOICE_RANK, rno))
        kv(p, "Licence No.", f"UDR/TL/{rng.randrange(1000, 9999)}", at=0.34)
        kv(p, "Trade", "Handicraft showroom (metal craft)", at=0.34)
        kv(p, "Licensee", f"{OWNER_CAPS} ({SHOP_CAPS})", at=0.34)
        kv(p, "Licence Year", f"20{fy(j.date)}", at=0.34)
        kv(p, "Amount Paid", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Payment Mode", "Net Banking (Bank of Baroda)", at=0.34, method="netbanking")
        kv(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        kv(p, "Bank Ref No.", bref, at=0.34, txn=(BANK_RANK, bref))
        kv(p, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.34, date=j.date)
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(12, 90) * 100)
        p = browser_page(rng, font, "uda.rajasthan.gov.in/leaserent/ereceipt")
        p.part = "head"
        hindi(p, "उदयपुर विकास प्राधिकरण", scale=1.15, bold=True)
        name = pick(p, "title", ["Udaipur Development Authority", "UDA, Udaipur"])
        top(p, name, merchant=name)
        p.add("small", "Lease rent  |  Online e-Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "e-Receipt: Payment Successful", status=status)
        p.add("gap")
        cno = f"UDA{j.date:%y}{digits(rng, 7)}"
        tref = f"UDATXN{digits(rng, 10)}"
        h269.qr(p, tref, "r", 4)
        for _ in range(3):
            p.rows.pop()
            p.tags.pop()
        vlab(p, "Challan No.", cno, txn=(INVOICE_RANK, cno))
        vlab(p, "Lease Deed No.", f"LD/{rng.randrange(100, 999)}/{rng.randrange(1995, 2015)}", bold=False)
        vlab(p, "Period", f"20{fy(j.date)}", bold=False)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction Ref No.", tref, txn=(TXN_RANK, tref))
        vlab(p, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), bold=False, date=j.date)
        vlab(p, "Mode", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 2:
        j.amount = round(rupees(rng, 1800, 12000, 0.4), 0)
        p = browser_page(rng, font, "environment.rajasthan.gov.in/rpcb/consent/feestatus")
        p.part = "head"
        name = pick(p, "title", ["Rajasthan State Pollution Control Board", "RSPCB"])
        top(p, name, merchant=name)
        p.add("small", "Consent to Operate  |  Online fee")
        p.add("rule")
        p.part = "body"
        p.add("left", "Fee payment status")
        chip(p, "Pending at bank", status)
        note(
            p,
            "The bank has not yet confirmed this fee. The application will move forward once the bank's "
            "confirmation is received.",
            "warn",
        )
        cno = f"RPCB/CTO/{digits(rng, 8)}"
        grid(
            p,
            "es",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Unit ID", f"RPCB{digits(rng, 9)}"], {}),
                (["Category", "Green (metal handicraft)"], {}),
                (["Fee Challan No.", cno], {"txn": (INVOICE_RANK, cno)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank", "State Bank of India (Internet Banking)"], {"method": "netbanking"}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))],
                    {"date": j.date},
                ),
            ],
            tint=(232, 238, 246),
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([1200, 2400, 3600]))
        p = browser_page(rng, font, "rajnivesh.rajasthan.gov.in/factories/licence/payment")
        p.part = "head"
        name = pick(
            p,
            "title",
            ["Department of Factories and Boilers Inspection, Rajasthan", "Factories and Boilers, Rajasthan"],
        )
        top(p, name, merchant=name)
        p.add("small", "Raj Nivesh  |  Factory licence renewal")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        note(
            p,
            "The payment could not be completed at the bank. Your renewal has been saved as a draft; any "
            "amount debited will be refunded.",
            "error",
        )
        tid = f"RN{digits(rng, 14)}"
        dots(p, "Factory Licence No.", f"RJ/UDR/{rng.randrange(1000, 9999)}", at=0.36)
        dots(p, "Application Ref. No.", f"FLR{digits(rng, 8)}", at=0.36)
        dots(p, "Fee", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Payment Mode", "Net Banking (SBI MOPS)", at=0.36, method="netbanking")
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([3000, 4000, 5000, 6000]))
        j.date = MATSYA - dt.timedelta(days=rng.randrange(6, 24))
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 238)])
        p.part = "head"
        hindi(p, "मत्स्य उत्सव समिति, अलवर", scale=1.2, bold=True)
        name = "MATSYA UTSAV SAMITI, ALWAR"
        top(p, name, merchant=name)
        p.add("small", "Office of the District Collector (Tourism), Alwar")
        p.add("rule")
        p.part = "body"
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.86
        n_ = min(h271.tt_cols(p), 66)
        typed(p, "No. MU/2026/______", scale=0.86)
        typed(p, "", scale=0.86)
        typed(p, "To,", scale=0.86)
        typed(p, f"M/s {FIRM},", scale=0.86)
        typed(p, TOWN, scale=0.86)
        typed(p, "", scale=0.86)
        typed(p, "Sub: Allotment of stall, Matsya Utsav 2026", scale=0.86)
        typed(p, "", scale=0.86)
        lines = [
            "Stall No. 18 in the crafts bazaar at Company Bagh is allotted",
            "to you for the Matsya Utsav, 24 to 27 November 2026.",
            f"The stall fee of Rs. {num(j.amount, 'indian', 0)}/- has been received in cash",
            f"on {when(j.date, '%d.%m.%Y')}.",
        ]
        for n2, line in enumerate(lines):
            facts = {}
            if n2 == 2:
                facts = {"amount": j.amount, "method": "cash", "status": status}
            if n2 == 3:
                facts = {"date": j.date}
            typed(p, line[:n_], scale=0.86, **facts)
        p.add("gap")
        h287.oval(p, ["MATSYA UTSAV", "SAMITI", "ALWAR"], "violet", at=0.62, rows_=4)
        sig(p)
        p.add("right", "Member Secretary")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([400, 450, 900, 1000]))
        p = phone(rng, font, k, ["", "Sarathi"], dark=False, buttons=("Download receipt",))
        band(p, (20, 70, 140))
        app_head(p, "mParivahan", "Sarathi  |  DL renewal")
        name = pick(p, "center", ["Transport Department, Rajasthan", "Transport Dept., Rajasthan"])
        p.add("center", name, merchant=name)
        p.add("gap")
        sicon(p, status)
        p.add("center", "Fee paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        tid = f"SRT{digits(rng, 12)}"
        p.pair("Application No.", f"{digits(rng, 10)}26")
        p.pair("DL No.", f"RJ27 {rng.randrange(2005, 2016)}{digits(rng, 7)}")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = 4500.0
        p = browser_page(rng, font, "ipindiaonline.gov.in/epayment/ereceipt.aspx")
        p.part = "head"
        name = pick(p, "title", ["Trade Marks Registry, New Delhi", "Trade Marks Registry"])
        top(p, name, merchant=name)
        p.add("small", "Office of the Controller General of Patents, Designs & Trade Marks")
        p.add("rule")
        p.part = "body"
        p.add("center", "e-Receipt", status=status)
        cbr = str(digits(rng, 6))
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        h269.kind(p, "tm", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], "line")
        for label, value, facts in [
            ("CBR No.", cbr, {"txn": (INVOICE_RANK, cbr)}),
            ("CBR Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Form", "TM-A (application for registration)", {}),
            ("Applicant", f"{PROP} ({SHOP})", {}),
            ("Trade Mark", "KOFTGARI KOTHI (device)", {}),
            ("Class", "6", {}),
            ("Fee", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "Net Banking", {"method": "netbanking"}),
            ("Bank Transaction ID", bref, {"txn": (BANK_RANK, bref)}),
            ("Status", "Success", {}),
        ]:
            h269.row(p, "tm", label, clip(value, 40), **facts)
        return p.done()
    j.amount = float(rng.randrange(40, 400) * 100)
    p = browser_page(rng, font, "egras.raj.nic.in/Challan/ChallanView.aspx")
    p.part = "head"
    hindi(p, "पंजीयन एवं मुद्रांक विभाग, राजस्थान", scale=1.1, bold=True)
    name = pick(p, "title", ["Registration and Stamps Department, Rajasthan", "Registration & Stamps Dept."])
    top(p, name, merchant=name)
    p.add("small", "e-GRAS  |  Government Receipt Accounting System  |  e-Challan")
    p.add("rule")
    p.part = "body"
    grn = f"{digits(rng, 8)}"
    cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}"
    bref = f"{digits(rng, 14)}"
    for label, value, facts in [
        ("GRN", grn, {"txn": (TXN_RANK, grn)}),
        ("Office", "Sub Registrar, Udaipur", {}),
        ("Budget Head", "0030-02-102-01 (stamp duty)", {}),
        ("Remitter", OWNER_CAPS, {}),
        ("Amount (Rs.)", num(j.amount), {"amount": j.amount}),
        ("Bank", "Bank of Baroda", {}),
        ("Bank Ref No.", bref, {"txn": (BANK_RANK, bref)}),
        ("CIN", cin, {"txn": (TXN_RANK, cin)}),
        ("Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
        ("Mode", "Net Banking", {"method": "netbanking"}),
        ("Status", "Success", {"status": status}),
    ]:
        gutter(p, "eg", label, value, at=0.34, **facts)
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums: Zurich Kotak General Insurance's PREMIUM RECEIPT for the karkhana's Bharat
    Sookshma Udyam Suraksha policy (Receipt No., Receipt Date, Policy No. in a table ruled on every side
    across the page; Insured, Product, Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium on hairline
    rows; "Premium received by NEFT, UTR ..."); Axis Max Life's premium receipt mailed for the proprietor's
    term plan (its sentence; Policy Number, Premium Due Date, Amount Received, Transaction ID, Payment Mode,
    Received On in dot leaders); Magma General's shop insurance payment pending (a capsule, the stages
    across the page, a notice; Proposal No., Premium, Transaction ID, Initiated on, Mode at the left and the
    right); Shriram General's mail of the Alwar karkhana's van policy issued (its sentence; Policy No.,
    Vehicle, Premium (incl. GST), Payment ID, Payment date, Payment mode on hairline rows); HDFC Life's app
    with the proprietor's renewal premium paid ("Today, <hour>"; the insurer under the app, a large tick,
    the sum; Policy No. and UPI Ref No. in tiles; no day); Tata AIA Life's renewal payment failed on a
    tinted band (the reason in a notice; Policy No., Premium, Payment ID, Mode, Attempted on against a
    gutter); Generali Central's COVER NOTE cum PREMIUM RECEIPT from an agent's book (Cover Note No.
    printed; Date, Insured, Risk, Sum Insured and the premium written in; "Recd. Rs. x by UPI, Ref ..." in
    the agent's hand); Liberty General's shared card of the showroom's policy renewed ("<sum> paid on
    <day>", via UPI; no reference). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=2400, high=64000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    base = round(j.amount / 1.18, 2)
    gst = round((j.amount - base) / 2, 2)
    base = round(j.amount - 2 * gst, 2)
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["Zurich Kotak General Insurance", "Zurich Kotak General"])
        top(p, name, merchant=name)
        p.add("small", "Zurich Kotak General Insurance Company (India) Limited  |  Udaipur branch")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        rno = f"ZKR{j.date:%y}{digits(rng, 9)}"
        pol = f"ZK{digits(rng, 4)}{j.date:%y}P{digits(rng, 8)}"
        grid(
            p,
            "ui",
            [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 1.0, "l")],
            ["Receipt No.", "Receipt Date", "Policy No."],
            [
                (
                    [rno, day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), pol],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                )
            ],
            tint=(224, 234, 246),
        )
        p.add("gap")
        h269.kind(p, "uy", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line")
        for label, value, facts in [
            ("Insured", f"{FIRM}, {KARKHANA}", {}),
            ("Product", "Bharat Sookshma Udyam Suraksha", {}),
            ("Sum Insured", rs(float(rng.randrange(10, 60) * 100000)), {}),
            ("Net Premium", num(base), {}),
            ("CGST 9%", num(gst), {}),
            ("SGST 9%", num(gst), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
        ]:
            h269.row(p, "uy", label, value, **facts)
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        p.add("gap")
        p.add(
            "left",
            f"Premium received by NEFT, UTR {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Divisional Manager")
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(60, 500) * 50)
        p = mail_page(
            rng,
            font,
            "Axis Max Life Insurance <service@axismaxlife.com>",
            ["Premium receipt for your policy"],
        )
        p.part = "head"
        name = pick(p, "title", ["Axis Max Life Insurance Limited", "Axis Max Life Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(p, "Thank you for paying your renewal premium. We have received it as below.", status=status)
        p.add("gap")
        tid = f"AML{digits(rng, 12)}"
        dots(p, "Policy Number", str(digits(rng, 9)), at=0.4)
        dots(
            p, "Premium Due Date", when(j.date + dt.timedelta(days=rng.randrange(3, 20)), "%d-%b-%Y"), at=0.4
        )
        dots(p, "Amount Received", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        dots(p, "Payment Mode", "UPI Autopay", at=0.4, method="UPI")
        dots(p, "Received On", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        p.add("gap")
        p.add("small", "Axis Max Life Insurance Limited, Gurugram. Please do not reply to this mail.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "www.magmainsurance.com/buy/shop/payment-status")
        p.part = "head"
        name = pick(p, "title", ["Magma General Insurance Limited", "Magma General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Shop insurance  |  Payment status")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending", status)
        h289.steps(p, ["Proposal", "Payment", "Policy issued"], 1, status)
        note(
            p,
            "We have not yet received a confirmation from your bank. The policy will be issued once the "
            "payment is confirmed; please do not pay again.",
            "warn",
        )
        tid = f"MGI{digits(rng, 13)}"
        kvr(p, "Proposal No.", f"PR{digits(rng, 10)}")
        kvr(p, "Premium", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        kvr(p, "Mode", "Net Banking", method="netbanking")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 8000, 22000, 0.3)
        p = mail_page(
            rng,
            font,
            "Shriram General Insurance <customercare@shriramgi.com>",
            ["Your motor policy is issued"],
        )
        p.part = "head"
        name = pick(p, "title", ["Shriram General Insurance Company Limited", "Shriram General Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(
            p,
            "Thank you for your payment. Your commercial vehicle policy for the Alwar karkhana's van is "
            "issued and attached.",
            status=status,
        )
        p.add("gap")
        pid = f"SGI{digits(rng, 12)}"
        h269.kind(p, "ta", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line")
        for label, value, facts in [
            ("Policy No.", f"0165{digits(rng, 6)}00", {}),
            ("Vehicle", f"RJ02{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)} (Tata Ace)", {}),
            ("Premium (incl. GST)", rs(j.amount), {"amount": j.amount}),
            ("Payment ID", pid, {"txn": (TXN_RANK, pid)}),
            ("Payment date", day_in(j, rng, ["%d %B %Y", "%d/%m/%Y"]), {"date": j.date}),
            ("Payment mode", f"Credit card XX{digits(rng, 4)}", {"method": "card"}),
        ]:
            h269.row(p, "ta", label, value, **facts)
        p.add("gap")
        p.add("small", "Shriram General Insurance Company Limited, Jaipur.")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("View policy",))
        band(p, (0, 76, 143))
        app_head(p, "HDFC Life", "My policies")
        name = pick(p, "center", ["HDFC Life Insurance Company Limited", "HDFC Life Insurance"])
        p.add("center", name, merchant=name)
        sicon(p, status)
        p.add("center", "Renewal premium paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("gap")
        tiles2(
            p,
            ("Policy No.", f"3{digits(rng, 9)}"),
            ("UPI Ref No.", j.ref),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "www.tataaia.com/renewal/payment-status")
        p.part = "head"
        name = pick(p, "title", ["Tata AIA Life Insurance Company Limited", "Tata AIA Life Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Renew policy  |  Payment status")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "Your bank declined this payment. Your policy is still due for renewal; please try again.",
            "error",
        )
        pid = f"TAIA{digits(rng, 12)}"
        gutter(p, "ch", "Policy No.", str(digits(rng, 8)), at=0.34)
        gutter(p, "ch", "Premium", rs(j.amount), at=0.34, amount=j.amount)
        gutter(p, "ch", "Payment ID", pid, at=0.34, txn=(TXN_RANK, pid))
        gutter(p, "ch", "Mode", f"Debit card XX{digits(rng, 4)}", at=0.34, method="card")
        gutter(
            p,
            "ch",
            "Attempted on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)),
            at=0.34,
            date=j.date,
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(20, 300) * 50)
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 238)])
        same_pen(p)
        p.part = "head"
        name = pick(p, "title", ["Generali Central Insurance Co. Ltd.", "Generali Central Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Udaipur branch  |  Agent: Suresh Bhandari")
        p.add("center", "COVER NOTE cum PREMIUM RECEIPT")
        p.part = "body"
        no = str(rng.randrange(200000, 899999))
        cols(p, "cn", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], f"Cover Note No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Insured", FIRM)
        blank(p, "Risk", "Goods in transit, Udaipur to Alwar")
        blank(p, "Sum Insured", f"Rs. {num(float(rng.randrange(5, 40) * 100000), 'indian', 0)}/-")
        blank(p, "Premium", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        write(p, f"Recd. Rs. {num(j.amount, 'indian', 0)}/- by UPI,", method="UPI", status=status)
        write(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        sig(p)
        p.add("right", "Agent")
        return p.done()
    p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 580]), size=rng.choice([21, 22]))
    p.style["paper"] = (248, 246, 240)
    p.part = "head"
    p.add("title", "Liberty")
    p.add("small", "General Insurance")
    p.part = "body"
    p.add("gap")
    name = pick(p, "center", ["Liberty General Insurance Limited", "Liberty General Insurance"])
    p.add("center", name, merchant=name)
    sicon(p, status)
    p.add("center", "Policy renewed", status=status)
    p.add(
        "center",
        f"{rs(j.amount)} paid on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])}",
        amount=j.amount,
        date=j.date,
    )
    p.add("small", "via UPI", method="UPI")
    p.add("gap")
    p.add("small", f"Shop Shield  |  {SHOP}, Jagdish Chowk")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("KOFTGARI KOTHI", "JAGDISH CHOWK, UDAIPUR", "YES BANK", "bob"),
    ("KOFTGARI KOTHI - MATSYA UTSAV", "COMPANY BAGH, ALWAR", "ICICI BANK", "pending"),
    ("HOTEL PINK CITY REGENCY", "MI ROAD, JAIPUR", "IDFC FIRST BANK", "sbi"),
    ("LAKESIDE TERRACE RESTAURANT", "LAL GHAT, UDAIPUR", "RBL BANK", "emv"),
    ("SHRI BALAJI FILLING STATION", "NH 48, DEBARI, UDAIPUR", "KOTAK MAHINDRA BANK", "declined"),
    ("MEWAR PACKAGING HOUSE", "Udaipur", "Google Wallet", "wallet"),
    ("INTERGLOBE AVIATION LTD", "Gurgaon", "SBI Card", "cardapp"),
    ("GANGAUR THALI HOUSE", "Chetak Circle, Udaipur", "", "bill"),
]
THALI = [
    ("Rajasthani thali", 380, 520),
    ("Dal baati churma", 260, 340),
    ("Gatte ki sabzi", 220, 280),
    ("Ker sangri", 240, 300),
    ("Bajra roti (2)", 60, 90),
    ("Chaas", 50, 80),
    ("Malpua with rabri", 140, 190),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's terminals and the firm's card elsewhere: YES BANK's slip at Koftgari Kothi
    (SALE; DATE / TIME and BATCH NO / INVOICE NO two to a line; MID, TID, CARD NO, EXPIRY, CARD TYPE, ENTRY
    MODE CHIP, AUTH CODE, RRN, AMOUNT; APPROVED - PIN VERIFIED, CUSTOMER COPY); ICICI Bank's slip at the
    Matsya Utsav stall in the Utsav's days with no answer from the host (DATE, TIME, TID, INVOICE, CARD,
    AMOUNT; RESPONSE NOT RECEIVED, TRANSACTION UNDER PROCESS, CHECK STATUS BEFORE RETRY); IDFC FIRST Bank's
    CHARGE SLIP at a Jaipur hotel (TXN DATE, TXN TIME, MID, TID, BATCH, ROC, CARD, APPROVAL CODE, RRN, SALE
    AMOUNT; TXN APPROVED); RBL Bank's slip at an Udaipur lake restaurant with its EMV lines (APP, AID, TVR,
    TSI; DATE, TIME, CARD, AUTH, RRN, AMT; APPROVED); Kotak Mahindra Bank's slip at a fuel station DECLINED
    (51 INSUFFICIENT FUNDS); Google Wallet's tap paid at an Udaipur packaging house in its dark theme (a
    large tick, Done, the sum, "at <merchant>", the card and Contactless, the day and hour; no reference);
    SBI Card's app with a spend on the firm's card at an airline ("Today, <hour>"; the merchant's line and
    its town, the sum; Card ending, Reference No., Auth code, Category as label and value on a line; no
    day); an Udaipur thali house's bill from its billing program settled by card (Bill No. and Dt on a
    line, Cashier and Table, the dishes, Sub Total, CGST 2.5%, SGST 2.5%, Round off, Grand Total, "Paid:
    Card (RRN ...)", Powered by Petpooja). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=600, high=52000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "pending":
        shift(j, rng, MATSYA + dt.timedelta(days=rng.randrange(0, 4)))
    if layout in ("declined", "emv", "wallet", "sbi"):
        j.amount = rupees(rng, 700, 14000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    mark = "\u20b9" if glyphs(font, "\u20b9") else "Rs."
    if layout == "wallet":
        p = phone(rng, font, k, [""], dark=True, buttons=())
        p.part = "body"
        p.add("small", "Google Wallet")
        p.add("gap")
        sicon(p, status)
        p.add("center", "Done", status=status)
        p.add("big", f"{mark}{num(j.amount, 'indian')}", amount=j.amount)
        shown = pick(p, "center", [f"at {name}", f"at {name.title()}"])[3:]
        p.add("center", f"at {shown}", merchant=shown)
        p.add("small", f"{scheme} {sign(font, chr(0x2022), '*') * 4} {last4}  |  Contactless", method="card")
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("gap")
        p.add("small", "Hold near the reader again to pay")
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Raise a dispute",))
        band(p, (26, 54, 110))
        app_head(p, "SBI Card", "Transactions")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{mark}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Transaction successful", status=status)
        p.add("rule")
        ref = f"{digits(rng, 23)}"
        p.pair("Card ending", last4, method="card")
        p.pair("Reference No.", ref[:16], txn=(TXN_RANK, ref[:16]))
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.pair("Category", "Travel")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    if layout == "bill":
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", town)
        p.add("small", f"GSTIN {gstin_of(rng, '08', 'F')}")
        p.part = "body"
        p.add("rule")
        bno = str(rng.randrange(1200, 9800))
        p.add(
            "left",
            f"Bill No.: {bno}   Dt: {when(j.date, '%d/%m/%y')} {t[:5]}",
            txn=(INVOICE_RANK, bno),
            date=j.date,
        )
        p.add("left", f"Cashier: {rng.choice(['Manoj', 'Kiran', 'Deepak'])}   Table: {rng.randrange(1, 24)}")
        p.add("rule")
        sub = 0.0
        for text, lo, hi in rng.sample(THALI, rng.randrange(3, 6)):
            q = rng.randrange(1, 4)
            v = float(q * rng.randrange(lo, hi + 1, 10))
            sub += v
            p.pair(f"{text} x{q}", f"{v:.2f}")
        gst = round(sub * 0.025, 2)
        raw_total = sub + 2 * gst
        j.amount = float(round(raw_total))
        p.add("rule")
        p.pair("Sub Total", f"{sub:.2f}")
        p.pair("CGST 2.5%", f"{gst:.2f}")
        p.pair("SGST 2.5%", f"{gst:.2f}")
        p.pair("Round off", f"{j.amount - raw_total:+.2f}")
        p.pair("Grand Total", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("left", f"Paid: Card (RRN {j.ref})", method="card", status=status, txn=(UTR_RANK, j.ref))
        p.add("small", "Thank you! Visit again  |  Powered by Petpooja")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "bob":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE: {when(j.date, '%d/%m/%Y')}  TIME: {t}", date=j.date)
        p.add("left", f"BATCH NO: {batch[-4:]}  INVOICE NO: {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("CARD NO", f"XXXX XXXX XXXX {last4}", method="card")
        p.pair("EXPIRY", "XX/XX")
        p.pair("CARD TYPE", scheme)
        p.pair("ENTRY MODE", "CHIP")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED - PIN VERIFIED", status=status)
        p.add("small", "** CUSTOMER COPY **")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%b-%Y").upper(), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} ****{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "RESPONSE NOT RECEIVED")
        p.add("center", "TRANSACTION UNDER PROCESS", status=status)
        p.add("small", "CHECK STATUS BEFORE RETRY")
    elif layout == "sbi":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        p.pair("TXN DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TXN TIME", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("BATCH", batch[-3:])
        p.pair("ROC", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("APPROVAL CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("SALE AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "SIGNATURE NOT REQUIRED")
    elif layout == "emv":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d.%m.%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("CARD", f"{scheme} ...{last4}", method="card")
        p.pair("APP", f"{scheme} CREDIT")
        p.pair(
            "AID",
            {"VISA": "A0000000031010", "MASTERCARD": "A0000000041010", "RUPAY": "A0000005241010"}[scheme],
        )
        p.pair("TVR", "0000008000")
        p.pair("TSI", "E800")
        p.pair("AUTH", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 INSUFFICIENT FUNDS")
        p.add("small", "PLEASE USE ANOTHER CARD")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhanas' and the showroom's bills: Ajmer Vidyut Vitran Nigam's online payment receipt under
    its Hindi name (a striped table: K. No., Consumer Name, Bill Month, Amount Paid, Receipt No., Transaction
    ID, Payment Date, Payment Mode); the JioHome app with the showroom's Jio AirFiber bill paid (a large
    tick, the sum, "for Jio AirFiber"; Transaction ID and Paid on, Mode and Account in tiles two to a row);
    Tata Play Fiber's bill payment failed on its site on a tinted band (the reason in a notice; Account ID,
    Amount, Order ID, Payment mode, Attempted on in shaded labels); PHED Rajasthan's water bill's
    counterfoil stamped at an e-Mitra kiosk (K. No., Consumer, Bill Month, Amount in dot leaders; the
    kiosk's oval PAID stamp; "Recd. Rs. x/- cash" and the day written in; no reference); Indane's message on
    WhatsApp under its day divider ("your Indane refill booking no. ... is confirmed. Payment of Rs. x
    received by UPI, Txn ID ... Paid on <day>."); Sun Direct's DTH recharge pending (a capsule, the sum,
    "for Sun Direct DTH", a notice; Smart Card No., Order ID, Payment mode, Initiated on at the left and the
    right); the Rajmargyatra app's FASTag annual pass activated (the authority under the app, "Today,
    <hour>", the sum; Vehicle No., Pass ID, Transaction ID, Paid via each value over its label; no day);
    RailWire's mail of the karkhana's broadband bill paid (its sentence; Account ID, Plan, Invoice No.,
    Transaction ID, Payment date, Payment mode in a table ruled on every side). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=300, high=16000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "energy.rajasthan.gov.in/avvnl/quickpay/receipt")
        p.part = "head"
        hindi(p, "अजमेर विद्युत वितरण निगम लिमिटेड", scale=1.05, bold=True)
        name = pick(p, "title", ["Ajmer Vidyut Vitran Nigam Ltd.", "AVVNL"])
        top(p, name, merchant=name)
        p.add("small", "Quick Pay  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"AV{j.date:%y%m}{digits(rng, 8)}"
        tid = f"AVVNL{digits(rng, 12)}"
        zebra(
            p,
            "av",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["K. No.", f"2{digits(rng, 11)}"], {}),
                (["Consumer Name", "SILEHKHANA KOFTGARI UDYOG"], {}),
                (["Bill Month", j.month(1)], {}),
                (["Amount Paid", rs(j.amount)], {"amount": j.amount}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Payment Mode", "UPI"], {"method": "UPI"}),
            ],
            (214, 90, 30),
        )
        p.add("small", "The payment will be posted to your account within 24 hours.")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([599, 899, 1199, 1499]))
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Done",))
        band(p, (14, 58, 160))
        app_head(p, "JioHome", "Jio AirFiber")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Jio AirFiber", merchant="Jio AirFiber")
        p.add("gap")
        tid = f"JAF{digits(rng, 13)}"
        tiles2(
            p,
            ("Transaction ID", tid),
            ("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        tiles2(
            p, ("Mode", f"Credit card XX{digits(rng, 4)}"), ("Account", f"{digits(rng, 10)}"), method="card"
        )
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([850, 1050, 1350, 2950]))
        p = browser_page(rng, font, "www.tataplayfiber.com/pay-bill/status")
        p.part = "head"
        name = pick(p, "title", ["Tata Play Fiber", "TATA PLAY FIBER"])
        top(p, name, merchant=name)
        p.add("small", "Broadband  |  Pay bill")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "Your bank did not authorise the payment. No amount has been deducted; please try again.",
            "error",
        )
        oid = f"TPF{digits(rng, 11)}"
        kv(p, "Account ID", f"1{digits(rng, 9)}", at=0.34)
        kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Order ID", oid, at=0.34, txn=(ORDER_RANK, oid))
        kv(p, "Payment mode", "Net Banking", at=0.34, method="netbanking")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([420, 560, 690, 840, 1120]))
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(240, 246, 250), (246, 248, 240)])
        same_pen(p)
        p.part = "head"
        hindi(p, "जन स्वास्थ्य अभियांत्रिकी विभाग, राजस्थान", scale=1.1, bold=True)
        name = "PHED, RAJASTHAN"
        p.add("center", name, merchant=name)
        p.add("small", "Water bill  |  Counterfoil for the consumer")
        p.part = "body"
        p.add("rule")
        dots(p, "K. No.", f"1{digits(rng, 9)}", at=0.4)
        dots(p, "Consumer", "Silehkhana Karkhana, Hathipole", at=0.3)
        dots(p, "Bill Month", f"{j.month(3)} - {j.month(1)}", at=0.4)
        dots(p, "Amount", f"Rs. {num(j.amount, 'indian', 0)}", at=0.4, bold=True)
        p.add("gap")
        h287.oval(p, ["e-MITRA KIOSK", "PAID", "HATHIPOLE"], "blue", at=0.6, rows_=3)
        write(
            p, f"Recd. Rs. {num(j.amount, 'indian', 0)}/- cash", amount=j.amount, method="cash", status=status
        )
        write(p, day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        sig(p)
        return p.done()
    if k == 4:
        j.amount = round(rng.uniform(850, 960), 2)
        p = phone(rng, font, k, ["Indane"], dark=False, buttons=())
        p.part = "body"
        p.add("small", "WhatsApp  |  Official business account")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])))
        p.add("gap")
        s_ = len(p.rows)
        bno = str(digits(rng, 8))
        tid = f"IOC{digits(rng, 12)}"
        name = "Indane"
        p.add("left", f"Dear Customer, your {name} refill booking", merchant=name)
        p.add("left", f"no. {bno} is confirmed.", txn=(ORDER_RANK, bno))
        p.add("left", f"Payment of Rs. {num(j.amount)} received", amount=j.amount, status=status)
        p.add("left", f"by UPI, Txn ID {tid}.", method="UPI", txn=(TXN_RANK, tid))
        p.add("left", f"Paid on {day_in(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}.", date=j.date)
        p.add("left", "Distributor: Mewar Gas Service")
        bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([299, 349, 449, 599]))
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Check status",))
        band(p, (240, 120, 20))
        app_head(p, "Sun Direct", "DTH recharge")
        pill(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Sun Direct DTH", merchant="Sun Direct DTH")
        note(
            p,
            "We're waiting for your bank's confirmation. Your pack will start as soon as it arrives.",
            "warn",
        )
        oid = f"SD{digits(rng, 11)}"
        kvr(p, "Smart Card No.", f"4{digits(rng, 10)}")
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        j.amount = 3000.0
        p = phone(rng, font, k, ["", "FASTag annual pass"], dark=False, buttons=("Done",))
        band(p, (10, 60, 120))
        app_head(p, "Rajmargyatra", "FASTag annual pass")
        name = pick(p, "center", ["National Highways Authority of India", "NHAI"])
        p.add("center", name, merchant=name)
        p.add("center", "Annual pass activated", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        tid = f"RMY{digits(rng, 12)}"
        vlab(p, "Vehicle No.", f"RJ27{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}", bold=False)
        vlab(p, "Pass ID", f"AP{digits(rng, 10)}", bold=False)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    j.amount = float(rng.choice([589, 708, 885, 1180]))
    p = mail_page(rng, font, "RailWire <billing@railwire.co.in>", ["Payment received - thank you"])
    p.part = "head"
    name = pick(p, "title", ["RailWire Broadband", "RailWire"])
    top(p, name, merchant=name)
    p.add("small", "RailTel Corporation of India Ltd.")
    p.add("rule")
    p.part = "body"
    para(
        p,
        f"Dear Subscriber, we have received your payment of {rs(j.amount)} towards your RailWire broadband "
        "bill. Thank you.",
        amount=j.amount,
        status=status,
    )
    p.add("gap")
    tid = f"RW{digits(rng, 12)}"
    grid(
        p,
        "rw",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        None,
        [
            (["Account ID", f"rj.udr.{digits(rng, 6)}"], {}),
            (["Plan", "RW 100 Mbps Unlimited"], {}),
            (["Invoice No.", f"RWINV/{digits(rng, 8)}"], {}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
            (["Payment mode", "Net Banking"], {"method": "netbanking"}),
        ],
        tint=(230, 236, 244),
    )
    p.add("small", "This is a system generated mail; please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Union Bank of India", "AD-UNIONB", "KHAMBHAT AKIK BHAND", "IMPS", "sms"),
    ("Indian Bank", "VK-INDBNK", "JAI AMBE GOLD WIRE D", "RTGS", "sms"),
    ("IDBI Bank", "", "MAHAVIR STEEL & ALLO", "NEFT", "inbox"),
    ("Bandhan Bank", "", "MARUDHAR VELVET BOXE", "NEFT", "mail"),
    ("Bank of India", "JM-BOIIND", "LOHAR TOOL WORKS", "IMPS", "sms"),
    ("Central Bank of India", "CP-CENTBK", "RAMESH SUTHAR", "UPI", "hindi"),
    ("DCB Bank", "VM-DCBBNK", "SHRI NATH SILVER WIR", "NEFT", "sms"),
    ("IDFC FIRST Bank", "", "INDIA POST", "UPI", "bell"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: SMS in Union Bank of India's ("A/c *1234 Debited for Rs:x on
    <dd-mm-yyyy hh:mm:ss> by IMPS to <PAYEE> ref no ... Avl Bal Rs:y ... -Union Bank of India"), Indian
    Bank's ("Your RTGS of Rs.x to <PAYEE> dated <dd/mm/yy>, UTR ..., is under process with RBI. Status will
    be updated shortly. -Indian Bank"), Bank of India's ("Your IMPS txn of Rs.x to <PAYEE> on <dd/mm/yy>
    has failed. Ref No ... Amt debited, if any, will be reversed. -BOI") and DCB Bank's ("INR x debited
    from your A/c XX1234 on <dd-Mon-yy> towards NEFT to <PAYEE>. Avl Bal INR y. -DCB Bank"; no reference)
    wordings; IDBI Bank's SMS as Truecaller's transaction card (the sender and its hour, Verified business
    | Debit, the sum, debited; To, Account, Via, UTR at the left and the right; the SMS's own words small
    under the card; no day); Bandhan Bank's mail ("Rs. x has been debited from your account XX1234 for NEFT
    transaction to <PAYEE> on <dd-Mon-yyyy>. UTR: ..."); Central Bank of India's SMS in Hindi cropped from
    the phone's screen under its sender and hour ("आपके खाते XX1234 से दिनांक <dd/mm/yyyy> को रु.x UPI
    द्वारा <PAYEE> को भेजे गए। UPI संदर्भ सं. ...। -सेंट्रल बैंक ऑफ़ इंडिया"); IDFC FIRST Bank's app's
    notifications (tabs; the alert's card "Rs.x sent to <PAYEE> via UPI on <dd Mon yyyy>. UPI Ref ...";
    an e-Statement's card under it). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
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
        if bank == "Union Bank of India":
            text = (
                f"A/c *{tail4} Debited for Rs:{amt} on {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False, seconds=True)} "
                f"by IMPS to {to} ref no {utr} Avl Bal Rs:{bal}. If not you, call 1800222243 -Union Bank of India"
            )
        elif bank == "Indian Bank":
            text = (
                f"Your RTGS of Rs.{amt} to {to} dated {when(j.date, '%d/%m/%y')}, UTR {utr}, is under process "
                "with RBI. Status will be updated shortly. -Indian Bank"
            )
        elif bank == "Bank of India":
            text = (
                f"Your IMPS txn of Rs.{amt} to {to} on {when(j.date, '%d/%m/%y')} has failed. Ref No {utr}. Amt "
                "debited, if any, will be reversed. -BOI"
            )
        else:
            text = (
                f"INR {amt} debited from your A/c XX{tail4} on {when(j.date, '%d-%b-%y')} towards NEFT to {to}. "
                f"Avl Bal INR {bal}. -DCB Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "inbox":
        p = phone(rng, font, k, ["", "Messages"], dark=False, buttons=())
        band(p, (0, 117, 255))
        app_head(p, "Truecaller", "Messages  |  Transactions")
        c = card_open(p)
        cols(p, "tc", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "IDBI Bank", hhmm(rng))
        p.add("small", "Verified business  |  Debit")
        p.add("big", f"Rs.{amt}", amount=j.amount)
        p.add("center", "debited", status=status)
        kvr(p, "To", to, merchant=to)
        kvr(p, "Account", f"XX{tail4}")
        kvr(p, "Via", "NEFT", method=method)
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        card_close(p, c)
        p.add("gap")
        para(p, f"Rs.{amt} debited from A/c XX{tail4} to {to} via NEFT. UTR {utr}. -IDBI Bank", kind_="small")
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "Bandhan Bank <alerts@bandhanbank.com>", ["Debit alert: NEFT transaction"])
        p.part = "head"
        top(p, "Bandhan Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"Rs. {amt} has been debited from your account XX{tail4} for NEFT transaction to {to} on "
            f"{when(j.date, '%d-%b-%Y')}. UTR: {utr}.",
            **facts,
        )
        p.add("gap")
        para(p, "If this was not done by you, please call 1800 258 8181 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Regards, Bandhan Bank. This is an auto-generated mail; please do not reply.")
        return p.done()
    if frame == "hindi":
        p = screen(
            rng, font, "crop", dark=False, width=rng.choice([560, 580, 600]), size=rng.choice([20, 21])
        )
        p.style["paper"] = (250, 250, 252)
        p.part = "body"
        cols(p, "hs", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], sender, hhmm(rng, lower=True))
        p.add("rule")
        text = (
            f"आपके खाते XX{tail4} से दिनांक {when(j.date, '%d/%m/%Y')} को रु.{amt} UPI द्वारा {to} को भेजे गए। "
            f"UPI संदर्भ सं. {utr}। -सेंट्रल बैंक ऑफ़ इंडिया"
        )
        h287.nwrap(p, text, share=1.0, scale=1.0, **facts)
        p.add("rule")
        p.add("small", "Text message  |  SIM 1")
        return p.done()
    p = phone(rng, font, k, ["", "Notifications"], dark=False, buttons=())
    band(p, (150, 20, 40))
    app_head(p, "IDFC FIRST Bank", "Notifications")
    h275.tabs(p, ["All", "Transactions", "Offers"], 1)
    p.add("gap")
    c = card_open(p)
    cols(p, "nb", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "Debit alert", hhmm(rng))
    para(
        p,
        f"Rs.{amt} sent to {to} via UPI on {when(j.date, rng.choice(['%d %b %Y', '{d} %b %Y']))}. UPI Ref "
        f"{utr}.",
        **facts,
    )
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    cols(p, "nb", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "e-Statement", "2d")
    para(p, "Your account statement for last month is ready to download.")
    card_close(p, c)
    return p.done()

"""The twelve heldout326 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Srikalahasti kalamkari artisans' company's year of 2026 (Swarnamukhi
Kalamkari Producer Company Limited, in Telugu స్వర్ణముఖి కలంకారీ ప్రొడ్యూసర్ కంపెనీ లిమిటెడ్, a producer
company of the town's artisans, who soak the cotton in myrobalan and buffalo milk, draw the outlines freehand
with a bamboo kalam in the kasimi black, paint the alum where the madder will take, boil the cloth with the
madder roots, wax it and dip it in indigo, paint the yellows and wash it in the Swarnamukhi, paid by the panel
drawn and painted, the dupatta drawn, the piece washed and the metre soaked; its showroom on Sannidhi Street,
the Rangula Logili; its stall at the temple's Maha Shivaratri Brahmotsavam; its web shop on Shopify, Razorpay
and CCAvenue and its Amazon Karigar store; the A.P. Bhavan through CFMS, Fabindia, a hotel company, an
interior studio, a crafts society, a crafts emporium, the temple and a hotel company on Coupa at home and a
museum shop, galleries, an atelier, interiors, batik and textile houses and a block printing studio abroad),
told by the proofs of payment it receives (Paytm for Business, super.money, PhonePe set in Telugu, Navi, AP
Grameena Bank, MobiKwik, Bajaj Finserv and Tata Neu; CFMS, Fabindia's advice, HDFC Bank ENet, a Zoho Cliq
channel, Cashfree, Indian Bank's corporate banking, the temple's proceedings in Telugu and Coupa; Wells Fargo,
SMBC Valuedoor, KBC, Zürcher Kantonalbank, Maybank2u Biz, Al Rajhi Bank, SEB and Wise; the Logili's tax
invoice, Shopify, the Brahmotsavam memo in a Telugu hand, Amazon Karigar, a Razorpay link, Vyapar, CCAvenue
and the counterfoil book) and those it makes (an Erode mill's invoice with a sticky note, a bazaar trader's
chit in a Telugu hand, an indigo maker's bill corrected by hand, IndiaMART, India Post, OfBusiness, a
printer's PayU link and a packaging supplier's invoice on continuous stationery; IndOASIS, a district
co-operative bank's application filled in by hand, BOI Omni Neo, ICICI Bank's corporate banking, iris, PNB
ONE, KVB DLite and CUB All in One; an artisan's piece wages and Ugadi advance in a Telugu hand, PhonePe, the
printed wage voucher, BHIM, Axis Mobile, Paybooks and YONO; the municipality's property tax, APPCB, EPFO, the
Labour Department, PuraSeva, the temple's stall receipt filled in by hand, EPCH and Passport Seva; eight
insurers; cards on the Logili's and the stall's terminals, at a restaurant through DotPe, on APSRTC and Akasa
Air, at a hardware store, in SBI Card's SMS and on its app; Airtel Thanks, APSPDCL, HP Pay, a water tanker's
card in a Telugu hand, Vi, JioAirFiber, IndianOil ONE and CRED's Bharat BillPay; the banks' SMS, AP Grameena
Bank's SMS in Telugu, a lock screen and two mails). Each layout is a function of its own (the family's
function picks it by the receipt's place in its family, ``UPI_LAYOUTS`` to ``ALERT_LAYOUTS``), every row added
to heldout113's ``Screen`` with the facts it prints and the truth read back from the rows the page keeps.
Headings, footers, the Telugu names over their English, the motto, salutations, Telugu labels (but a bilingual
field's value, a Telugu letter's or SMS' sentence, whose figures and payee carry the facts, a Telugu app's
outcome and payee, and a Telugu hand's sums, days and "received" or "sent"), items, pieces, cloth, dyes,
dishes, rates, counts, GST, TDS, fees, charges, fares, tariffs, periods, months (నెల), bill months, wage
months, settlement periods, invoice, bill and journey days, account, policy, proposal, application, ARN, door,
registration, licence, establishment, service, consumer, mobile, membership, vehicle, booking, article and
employee numbers, bill IDs and tokens, card numbers, GSTIN, CIN, IFSC, UPI IDs, an advice's bills, replies, a
counterfoil's copy of the receipt, the emblem, the creeper, the table a page lies on, the kalam, stages,
progress bars, notices, tiles, badges, ribbons, toasts, tabs, stamps' printed words, seals, the hang tag,
revenue stamps, QR codes and signatures carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top``
heldout122's; ``outcome`` heldout119's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's;
``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``,
``cols``, ``zebra``, ``kv``, ``kvr``, ``strip``, ``sms_page``, ``ticks``, ``qr``, ``seal``, a roll's torn
edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``fill2``, ``perf``, ``hand``,
``amtbox``, ``tt``, ``step``, ``rstamp``, rounded cards), heldout273's (``ledger``, ``hcells``, ``pill``,
``track``, ``panel``, ``avatar``, ``bubble``, ``cell_name``), heldout275's (``sig``, ``divider``, ``gutter``,
``sicon``, ``ribbon``, ``bigsum``, ``sticky``, ``strike``, ``toast``, ``tabs``, ``greenbar``), heldout279's
(``phone``, ``band``, ``app_head``, ``pick``, ``at_hour``, ``two_up``, ``spinner``, ``redno``, ``wave``,
``hangtag``, a ticket's card), heldout287's (``notice``, ``tile``, ``oval``, ``vlab``, ``tiles2``,
``copyrow``, ``clock``, ``sheet_open``, ``decor``), heldout289's (``steps``, ``revenue``, ``spiral``) and
heldout294's (``octa``, ``progress``, ``tnum``, and its Telugu runs: ``draw_t``, ``twidth``, ``tok``, a line's
Telugu runs in Noto Sans or Noto Serif Telugu at 0.92 of the size, its other runs in the page's face), written
in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout325's), each
page's rows drawn by heldout294's ``_render`` (and the renderers beneath it) and then by this set's own
``_render`` in the lines it leaves for them: Telugu lines (``tel``, ``tel_wrap``); a Telugu hand (``thand``:
Noto Serif Telugu with an upright DejaVu Serif for its figures and Latin letters, leaning a little back as a
fountain pen held low writes and a little off its line, a sum at the right end of its line where it has one;
heldout324 wrote its Telugu hand in the sans leaning forward, heldout294 in the serif upright); this set's
bilingual field (``nfield``: the Telugu label in bold white on a small indigo tab with a pointed right end,
its English small in the label's ink under the tab, the value at a share of the room printed, in bold or
written in the page's pen on a dotted madder rule to the right edge, two lines high); Srikalahasti's legend as
a letterhead's emblem (``sthala``: a kalamkari panel on the unbleached cotton in a madder border with a row of
dots, the linga with its three lines of ash on its pedestal under the shrine's indigo arch between two yellow
pillars, the cobra's green hood spread over it, the elephant at its left in its saddle cloth with its trunk
curled up to the shrine, the spider in its web at the upper right, a tree of green leaves, lotus buds along
its foot, all outlined in the kasimi black); a kalamkari creeper as a divider (``creeper``: a band of
unbleached cotton between two madder bands ruled in black, a creeper drawn along it in the black with green
leaves and madder buds); and, after the frame, the artisans' drawing table a page is photographed on
(``on_table``: the table's old boards with their grain, seams and stains of the black and the red, the page a
little askew with its shadow, a bamboo kalam with its wad of wool bound on by thread lying at its right and a
clay bowl of the kasimi black at its upper left, both clear of the page). The Rangula Logili shuts on Tuesdays
(``not_tuesday``). The pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets.heldout294_families import (
    TELUGU,
    TELUGU_BOLD,
    TELUGU_SERIF,
    TELUGU_SERIF_BOLD,
    draw_t,
    tok,
    twidth,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# a no-break space: it keeps a sum's Rs. on the line of its figures where a sentence is broken into lines
NBSP = "\u00a0"
# the hands that write on this set's papers (their Latin letters and figures): italics and obliques in
# another mix than heldout324's and heldout325's
PENS = [
    "noto/NotoSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
]
INKS = [(20, 44, 112), (34, 30, 38), (16, 60, 110), (60, 30, 90), (28, 70, 130)]
# the faces a page's fixed-width lines are printed in (a terminal's, a counter's roll, a dot-matrix printer)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# a Telugu hand: Noto Serif Telugu for its letters and an upright DejaVu Serif for the figures and Latin
# letters among them, both leaning a little back as a fountain pen held low writes (heldout324 wrote its
# Telugu hand in the sans leaning forward, heldout294 in the serif upright)
HAND_LATIN = "dejavu/DejaVuSerif.ttf"
SCRIPT_FACES = [TELUGU, TELUGU_BOLD, TELUGU_SERIF, TELUGU_SERIF_BOLD, HAND_LATIN]
RED = (200, 40, 40)
AMBER = (214, 140, 20)
# the colours of a Srikalahasti kalamkari: the kasimi black (iron and jaggery) the kalam draws the outlines
# in, the madder red (manjishta boiled onto the alum), the indigo (neeli) the cloth is dipped in, the yellow
# of the myrobalan's flowers painted on, the green indigo over the yellow gives, and the unbleached cotton
# left in reserve
KASIMI = (34, 28, 26)
MADDER = (164, 44, 36)
MADDER_DEEP = (112, 30, 28)
NEELI = (36, 54, 112)
PASUPU = (214, 168, 56)
PACHCHA = (72, 112, 62)
COTTON = (244, 234, 212)

# ---------------------------------------------------------------- the company

FIRM = "Swarnamukhi Kalamkari Producer Company Ltd."
FIRM_LONG = "Swarnamukhi Kalamkari Producer Company Limited"
FIRM_CAPS = "SWARNAMUKHI KALAMKARI PRODUCER COMPANY LTD."
FIRM_SHORT = "Swarnamukhi Kalamkari"
FIRM_SHORT_CAPS = FIRM_SHORT.upper()
# the company's name in Telugu
FIRM_TE = "స్వర్ణముఖి కలంకారీ ప్రొడ్యూసర్ కంపెనీ లిమిటెడ్"
FIRM_SHORT_TE = "స్వర్ణముఖి కలంకారీ"
# the company's name as a bank's beneficiary field cuts it
CUT = "SWARNAMUKHI KALAMKARI PR"
# the Rangula Logili, "the courtyard of colours": the company's showroom on Sannidhi Street
SHOP = "Rangula Logili"
SHOP_CAPS = SHOP.upper()
SHOP_TE = "రంగుల లోగిలి"
SHOP_AT = "Sannidhi Street, near the South Gopuram, Srikalahasti - 517644"
SHED_AT = "Swarnamukhi Riverside, Kothapeta, Srikalahasti, Tirupati Dt. - 517644"
WEB = "rangulalogili.in"
GSTIN = "37AAZCS4182M1Z3"
CIN = "U17299AP2019PTC112746"
UDYAM = "UDYAM-AP-23-0027461"
# its motto: "the kalam's line, nature's colours"
MOTTO = "కలం గీత, ప్రకృతి రంగులు"
CHAIR = "Pulicherla Gurunatham"
CEO = "Pulicherla Sailaja"
EXPORTS = "Mekala Harish"
ACCOUNTANT = "Dandu Murali Krishna"
COUNTER = "Tatiparthi Nagaveni"
HELPER = "Shaik Babu"
# the artisans, the company's members: they soak the cloth in myrobalan and buffalo milk, draw the outlines
# with a bamboo kalam in the kasimi black, paint the alum where the madder will take, boil the cloth, wax and
# dip it in indigo, paint the yellows and wash it in the Swarnamukhi; paid by the panel drawn, the panel
# painted and the piece washed
ARTISANS = [
    "Gandla Subbaramaiah",
    "Pulicherla Rajeswari",
    "Kuppam Chengaiah",
    "Vadde Lakshmamma",
    "Bandi Venkatesu",
    "Mallela Padmavathi",
    "Yerrabotu Nagaraju",
    "Chilakala Sarojamma",
]
# the Maha Shivaratri Brahmotsavam of the Srikalahasteeswara temple, when the Logili's stall on the
# temple's fair ground sells most (9 to 21 February 2026, Maha Shivaratri on the 15th); Ugadi, the Telugu new
# year, when the artisans' advance is paid (19 March 2026)
BRAHMOTSAVAM, BRAHMOTSAVAM_DAYS = dt.date(2026, 2, 9), 13
UGADI = dt.date(2026, 3, 19)
IFSC = {
    "State Bank of India": "SBIN",
    "Indian Bank": "IDIB",
    "Union Bank of India": "UBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Canara Bank": "CNRB",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Andhra Pradesh Grameena Bank": "APGB",
    "Karur Vysya Bank": "KVBL",
    "City Union Bank": "CIUB",
    "Bank of India": "BKID",
    "Punjab National Bank": "PUNB",
    "Indian Overseas Bank": "IOBA",
    "Equitas Small Finance Bank": "ESFB",
    "The A.P. State Co-operative Bank": "APBL",
    "Yes Bank": "YESB",
}
# the company's pieces: name, HSN, price each (low, high); GST 5% (hand-painted made-ups, dupattas and stoles
# of cotton of up to Rs. 2,500 a piece, since September 2025)
PIECES = [
    ("Ramayana panel, 3 x 2 ft", "6304", 1600, 2500),
    ("Tree of Life hanging", "6304", 1200, 2400),
    ("Dasavatara panel", "6304", 1400, 2500),
    ("Sthala purana panel", "6304", 1500, 2500),
    ("Kalamkari dupatta", "6214", 700, 1400),
    ("Kalamkari stole", "6214", 450, 950),
    ("Cushion covers, pair", "6304", 420, 800),
    ("Table runner", "6304", 380, 760),
]
SHORT = {
    "Ramayana panel, 3 x 2 ft": "Ramayana panel",
    "Tree of Life hanging": "Tree of Life",
    "Dasavatara panel": "Dasavatara panel",
    "Sthala purana panel": "Sthala purana",
    "Kalamkari dupatta": "Dupatta",
    "Kalamkari stole": "Stole",
    "Cushion covers, pair": "Cushion pair",
    "Table runner": "Table runner",
}
# the pieces as a Telugu hand writes them on a memo
PIECES_TE = {
    "Ramayana panel, 3 x 2 ft": "రామాయణం పటం",
    "Tree of Life hanging": "జీవవృక్షం పటం",
    "Dasavatara panel": "దశావతారాల పటం",
    "Sthala purana panel": "స్థలపురాణం పటం",
    "Kalamkari dupatta": "కలంకారీ దుపట్టా",
    "Kalamkari stole": "కలంకారీ స్టోల్",
    "Cushion covers, pair": "కుషన్ కవర్లు జత",
    "Table runner": "టేబుల్ రన్నర్",
}
BUYERS = [
    ("Sravya Reddy", "State Bank of India"),
    ("Karthik Raman", "Indian Bank"),
    ("Lakshmi Prasanna", "Union Bank of India"),
    ("Venkatesh Naidu", "HDFC Bank"),
    ("Ananya Krishnan", "ICICI Bank"),
    ("Mohammed Rafi", "Canara Bank"),
    ("Divya Sundaram", "Axis Bank"),
    ("Pranav Chowdary", "Kotak Mahindra Bank"),
]


def pieces(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The company's pieces sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(PIECES) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = PIECES[i]
        q = rng.randrange(1, 3) if lo >= 1200 else rng.randrange(1, 5)
        ceiling = max(lo + 20, min(hi_, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Brahmotsavam's), its UPI / card reference made again for that
    day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def not_tuesday(j: Job, rng: random.Random) -> None:
    """The Rangula Logili shuts on Tuesdays, its weekly holiday: a payment it takes over its counter on a
    Tuesday is moved to the Monday before, its reference made again for that day."""
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


def gstin_of(rng: random.Random, state: str = "37", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The company's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(12, 640), len(shares))
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
        "Union Bank of India": "Union",
        "HDFC Bank": "HDFC",
        "ICICI Bank": "ICICI",
        "Canara Bank": "Canara",
        "Axis Bank": "Axis",
        "Kotak Mahindra Bank": "Kotak",
    }.get(bank, bank)


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h326", {"marks": {}, "frame": None})


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
    h271.tt(p, text, scale=scale, **facts)


def typed_pair(p: Screen, label_: str, value: str, **facts) -> None:
    """A fixed-width line with its label at the left and its value set to the line's right end."""
    type_of(p)
    h271.ext(p).setdefault("tt_scale", 0.88)
    cols_ = h271.tt_cols(p)
    typed(p, label_ + value.rjust(max(1, cols_ - len(label_) - 2)), **facts)


def lines_of(
    p: Screen, text: str, scale: float = 1.0, share: float = 0.97, *, bold: bool = False
) -> list[str]:
    """``text`` broken into lines that fit ``share`` of the room in the page's face."""
    face = load_font(bold_of(p.font) if bold else p.font, int(p.style["size"] * scale))
    room = room_of(p) * share
    out, line = [], ""
    for word in text.split(" "):
        if line and face.getlength(f"{line} {word}") > room:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip(" ")
    out.append(line)
    return out


def prose(p: Screen, text: str, kind_: str = "left", *, keep: str = "", **facts) -> None:
    """A sentence set in as many lines of ``kind_`` as it needs (the facts on its first line), never broken
    inside ``keep`` (a sum whose thousands a space parts)."""
    scale = 0.8 if kind_ == "small" else 1.0
    proxy = keep.replace(" ", "i")
    if keep:
        text = text.replace(keep, proxy)
    for n_, line in enumerate(lines_of(p, text, scale)):
        if keep:
            line = line.replace(proxy, keep)
        p.add(kind_, line, **(facts if n_ == 0 else {}))


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


def acct_of(p: Screen, bank: str, rng: random.Random) -> str:
    return f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}"


# ---------------------------------------------------------------- Telugu on the company's papers

# heldout294's Telugu runs (``draw_t``, ``twidth``, ``tok``: a line's Telugu runs in Noto Sans or Noto Serif
# Telugu at 0.92 of the size, its other runs in the page's face) under this set's rows


def tel(
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
    """A line in Telugu (a name over its English, a heading, a motto, an app's words, a bank's message), its
    Latin runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert tok(text, p.font, bold=bold, serif=serif), (p.font, text)
    assert twidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t26te", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def te_fits(
    p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, serif: bool = False, share: float = 1.0
) -> bool:
    return twidth(text, p.font, int(p.style["size"] * scale), bold=bold, serif=serif) <= share * room_of(p)


def tel_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Telugu sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split(" "):
        if line and twidth(f"{line} {word}", p.font, size) > room:
            tel(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    tel(p, line, scale=scale, align="l", **(facts if first else {}))


def thand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.25, **facts) -> None:
    """A line written by hand in Telugu: Noto Serif Telugu for its letters and an upright DejaVu Serif for
    its figures and Latin letters, leaning a little back, a little off its line, in the page's ink;
    ``figure`` written at the right end of the line (a sum in a memo's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert tok(text + figure, HAND_LATIN, serif=True), text
    need = twidth(text, HAND_LATIN, size, serif=True) + size * 0.7
    if figure:
        need += twidth(figure, HAND_LATIN, size, serif=True) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t26th", text, figure, mark_=[align, scale, p.rng.uniform(-0.8, 0.8)], **facts)


def _nf_need(p: Screen, telugu: str, english: str) -> float:
    size = p.style["size"]
    return max(
        twidth(telugu, p.font, int(size * 0.8), bold=True) + size * 1.3,
        load_font(p.font, int(size * 0.6)).getlength(english) + 6,
    )


def nfield(
    p: Screen,
    telugu: str,
    english: str,
    value: str,
    *,
    at: float = 0.4,
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """This set's bilingual field: the Telugu label in bold white on a small indigo tab with a pointed right
    end, its English small in the label's ink under the tab; the value at ``at`` of the room on a dotted
    madder rule running to the right edge (printed, in bold where ``bold``, or written in the page's pen
    where ``pen``); two lines high."""
    room = room_of(p)
    size = p.style["size"]
    assert tok(telugu, p.font, bold=True) and glyphs(p.font, english), (telugu, english)
    assert _nf_need(p, telugu, english) + 10 <= at * room, (telugu, english, at)
    vfont = pen_of(p) if pen else (bold_of(p.font) if bold else p.font)
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    assert glyphs(vfont, value), (vfont, value)
    assert vface.getlength(value) + 12 <= (1 - at) * room, (value, (1 - at) * room)
    put(p, "t26nf", telugu, english, value, mark_=[at, pen, bold], **facts)
    p.add("gap")


def nf_fit(p: Screen, values: list[str], *, at: float = 0.4, pen: bool = False) -> str:
    """The first of ``values`` that fits an ``nfield``'s value (the last where none does)."""
    vface = load_font(pen_of(p) if pen else p.font, int(p.style["size"] * (1.06 if pen else 1.0)))
    room = room_of(p)
    return next((v for v in values if vface.getlength(v) + 12 <= (1 - at) * room), values[-1])


# ---------------------------------------------------------------- this set's marks


def sthala(p: Screen) -> None:
    """Srikalahasti's legend as a letterhead's emblem, drawn as a kalamkari panel: on the unbleached cotton
    in a madder border, the linga under its shrine's arch with the three lines of ash across it, the cobra
    spreading its hood over it, the elephant at its left raising water in its trunk and the spider in its web
    at the upper right (the three whose names the town bears, Sri, Kala and Hasti), lotus buds along its
    foot; all outlined in the kasimi black; centred, three lines high."""
    put(p, "t26st", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-1.2, 1.2)])
    p.add("gap")
    p.add("gap")


def creeper(p: Screen) -> None:
    """A kalamkari border as a divider across the page: a band of unbleached cotton between two madder
    bands ruled in black, a creeper drawn along it in the kasimi black with its leaves in green and its buds
    in madder; one line high."""
    put(p, "t26cr", "", mark_=[p.rng.randrange(10**6)])


def on_table(p: Screen) -> None:
    """The page photographed on the artisans' drawing table: the table's old boards, the page a little
    askew with its shadow, a bamboo kalam with its wad of wool lying beside it and a clay bowl of the kasimi
    black at its corner."""
    ext(p)["frame"] = ["table", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _buds(d: ImageDraw.ImageDraw, x0: float, x1: float, y: float, r: float) -> None:
    """A row of lotus buds (madder teardrops outlined in black) standing on ``y``."""
    n = max(2, int((x1 - x0) / (r * 3.2)))
    step = (x1 - x0) / n
    for i in range(n):
        cx = x0 + step * (i + 0.5)
        d.polygon(
            [(cx, y - r * 2.2), (cx + r, y - r * 0.8), (cx, y), (cx - r, y - r * 0.8)],
            fill=MADDER,
            outline=KASIMI,
        )
        d.line((cx, y - r * 1.8, cx, y - r * 0.3), fill=COTTON, width=1)


def _sthala_art(H: int, seed: int) -> Image.Image:
    """The emblem drawn ``H`` high as an RGBA image."""
    srng = random.Random(seed)
    W = int(H * 1.6)
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    lw = max(2, H // 70)
    ground = srng.choice([COTTON, (240, 228, 200), (246, 238, 218)])
    frame_ = srng.choice([MADDER, (150, 38, 34), NEELI])
    d.rectangle((0, 0, W - 1, H - 1), fill=frame_, outline=KASIMI, width=lw)
    b = H * 0.07
    d.rectangle((b, b, W - b, H - b), fill=ground, outline=KASIMI, width=lw)
    # the frame's dots
    for x in np.arange(b * 0.5, W - b * 0.3, b * 0.9):
        for y in (b * 0.5, H - b * 0.5):
            d.ellipse((x - b * 0.14, y - b * 0.14, x + b * 0.14, y + b * 0.14), fill=ground)
    # lotus buds along the foot
    foot = H - b - H * 0.02
    _buds(d, b + 4, W - b - 4, foot, H * 0.035)
    base = foot - H * 0.1
    d.line((b, base, W - b, base), fill=KASIMI, width=lw)
    cx = W / 2
    # the shrine's arch: two pillars and a pointed arch, its inside in the indigo
    ax0, ax1 = cx - H * 0.24, cx + H * 0.24
    at_top = H * 0.17
    d.rectangle((ax0, at_top + H * 0.16, ax1, base), fill=NEELI, outline=KASIMI, width=lw)
    d.polygon(
        [(ax0, at_top + H * 0.17), (cx, at_top), (ax1, at_top + H * 0.17)],
        fill=NEELI,
        outline=KASIMI,
        width=lw,
    )
    for px in (ax0 + H * 0.025, ax1 - H * 0.025):
        d.rectangle((px - H * 0.02, at_top + H * 0.16, px + H * 0.02, base), fill=PASUPU, outline=KASIMI)
    d.ellipse((cx - H * 0.025, at_top - H * 0.05, cx + H * 0.025, at_top), fill=PASUPU, outline=KASIMI)
    # the cobra's hood spread over the linga
    hy = base - H * 0.42
    d.pieslice(
        (cx - H * 0.13, hy - H * 0.05, cx + H * 0.13, hy + H * 0.21),
        180,
        360,
        fill=PACHCHA,
        outline=KASIMI,
        width=lw,
    )
    d.rectangle(
        (cx - H * 0.045, hy + H * 0.06, cx + H * 0.045, base - H * 0.12), fill=PACHCHA, outline=KASIMI
    )
    for k in range(5):
        a = math.pi * (1.1 + 0.2 * k)
        d.ellipse(
            (
                cx + math.cos(a) * H * 0.085 - 2,
                hy + H * 0.08 + math.sin(a) * H * 0.085 - 2,
                cx + math.cos(a) * H * 0.085 + 2,
                hy + H * 0.08 + math.sin(a) * H * 0.085 + 2,
            ),
            fill=PASUPU,
        )
    # the linga on its pedestal, the three lines of ash across it
    ly0, ly1 = hy + H * 0.08, base - H * 0.1
    d.rounded_rectangle(
        (cx - H * 0.06, ly0, cx + H * 0.06, ly1), radius=int(H * 0.06), fill=KASIMI, outline=KASIMI
    )
    for k in range(3):
        y = ly0 + H * 0.05 + k * H * 0.035
        d.line((cx - H * 0.045, y, cx + H * 0.045, y), fill=COTTON, width=max(1, lw - 1))
    d.ellipse((cx - H * 0.012, ly0 + H * 0.16, cx + H * 0.012, ly0 + H * 0.185), fill=MADDER)
    d.polygon(
        [(cx - H * 0.15, ly1), (cx + H * 0.15, ly1), (cx + H * 0.2, ly1 + H * 0.03), (cx - H * 0.12, base)],
        fill=MADDER,
        outline=KASIMI,
    )
    d.rectangle((cx - H * 0.11, ly1 + H * 0.03, cx + H * 0.11, base), fill=MADDER_DEEP, outline=KASIMI)
    # the elephant at the left, facing the shrine, its trunk curled up to it
    ex = ax0 - H * 0.3
    ey = base - H * 0.16
    grey = (188, 190, 200)
    for lx in (-0.12, -0.06, 0.0, 0.05):
        d.rectangle((ex + H * lx, ey, ex + H * (lx + 0.04), base), fill=grey, outline=KASIMI)
    d.ellipse(
        (ex - H * 0.15, ey - H * 0.11, ex + H * 0.1, ey + H * 0.07), fill=grey, outline=KASIMI, width=lw
    )
    d.rectangle((ex - H * 0.09, ey - H * 0.115, ex + H * 0.03, ey - H * 0.02), fill=PASUPU, outline=KASIMI)
    for fx in np.arange(ex - H * 0.085, ex + H * 0.03, H * 0.025):
        d.ellipse((fx - 2, ey - H * 0.02 - 2, fx + 2, ey - H * 0.02 + 2), fill=MADDER)
    d.ellipse(
        (ex + H * 0.06, ey - H * 0.16, ex + H * 0.18, ey - H * 0.02), fill=grey, outline=KASIMI, width=lw
    )
    d.ellipse((ex + H * 0.05, ey - H * 0.13, ex + H * 0.12, ey - H * 0.01), fill=MADDER, outline=KASIMI)
    d.ellipse((ex + H * 0.145, ey - H * 0.12, ex + H * 0.16, ey - H * 0.105), fill=KASIMI)
    d.line(
        [
            (ex + H * 0.17, ey - H * 0.06),
            (ex + H * 0.2, ey + H * 0.02),
            (ex + H * 0.235, ey + H * 0.03),
            (ex + H * 0.25, ey - H * 0.03),
        ],
        fill=KASIMI,
        width=lw + 3,
        joint="curve",
    )
    d.line((ex + H * 0.15, ey - H * 0.04, ex + H * 0.18, ey - H * 0.02), fill=COTTON, width=lw)
    # the spider in its web at the upper right
    sx, sy = W - b - H * 0.2, b + H * 0.2
    for ring in (0.05, 0.09, 0.13):
        pts = [
            (sx + math.cos(2 * math.pi * k / 8) * H * ring, sy + math.sin(2 * math.pi * k / 8) * H * ring)
            for k in range(9)
        ]
        d.line(pts, fill=KASIMI, width=1)
    for k in range(8):
        a = 2 * math.pi * k / 8
        d.line((sx, sy, sx + math.cos(a) * H * 0.15, sy + math.sin(a) * H * 0.15), fill=KASIMI, width=1)
    d.ellipse((sx - H * 0.025, sy - H * 0.02, sx + H * 0.025, sy + H * 0.035), fill=KASIMI)
    for side in (-1, 1):
        for k in range(4):
            y = sy + H * (k * 0.012 - 0.01)
            d.line((sx, y, sx + side * H * 0.05, y + H * (k - 1.5) * 0.02), fill=KASIMI, width=max(1, lw - 1))
    # a tree of small leaves at the right of the shrine
    tx = ax1 + H * 0.22
    d.line((tx, base, tx, base - H * 0.36), fill=KASIMI, width=lw)
    for k in range(4):
        y = base - H * (0.12 + 0.07 * k)
        for side in (-1, 1):
            x = tx + side * H * 0.05
            d.ellipse(
                (x - H * 0.045, y - H * 0.025, x + H * 0.045, y + H * 0.025), fill=PACHCHA, outline=KASIMI
            )
    return img


def _sthala(page: Image.Image, cx: float, top_y: float, h: float, seed: int, tilt: float) -> None:
    k = 3
    art = _sthala_art(int(h * k), seed).rotate(tilt, resample=Image.BICUBIC, expand=True)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    shadow = Image.new("RGBA", small.size, (50, 40, 30, 0))
    shadow.putalpha(small.split()[3].point(lambda v: 55 if v > 0 else 0))
    page.paste(shadow, (int(cx - small.width / 2) + 3, int(top_y) + 3), shadow)
    page.paste(small, (int(cx - small.width / 2), int(top_y)), small)


def _creeper_art(w: int, h: int, seed: int) -> Image.Image:
    """The border strip ``w`` by ``h``."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    base = np.ones((h, w, 3), dtype=np.float32) * np.array(COTTON, dtype=np.float32)
    base += g.normal(0, 3.0, (h, w, 1))
    img = Image.fromarray(base.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    lw = max(2, h // 16)
    band_ = h * 0.11
    d.rectangle((0, 0, w - 1, band_), fill=MADDER)
    d.rectangle((0, h - 1 - band_, w - 1, h - 1), fill=MADDER)
    d.line((0, band_, w, band_), fill=KASIMI, width=lw)
    d.line((0, h - 1 - band_, w, h - 1 - band_), fill=KASIMI, width=lw)
    mid = h / 2
    amp = h * 0.1
    period = h * 2.4
    phase = srng.uniform(0, period)
    pts = [(x, mid + amp * math.sin(2 * math.pi * (x + phase) / period)) for x in range(0, w + 1, 3)]
    d.line(pts, fill=KASIMI, width=lw)
    n = 0
    x = (period - phase % period) % period
    while x < w:
        side = 1 if n % 2 == 0 else -1
        y = mid + amp * math.sin(2 * math.pi * (x + phase) / period)
        if n % 3 == 2:
            r = h * 0.11
            d.polygon(
                [(x, y + side * h * 0.3), (x + r, y + side * h * 0.14), (x, y), (x - r, y + side * h * 0.14)],
                fill=MADDER,
                outline=KASIMI,
            )
        else:
            lx, ly = x + h * 0.16, y + side * h * 0.14
            d.ellipse(
                (lx - h * 0.2, ly - h * 0.09, lx + h * 0.2, ly + h * 0.09), fill=PACHCHA, outline=KASIMI
            )
            d.line((lx - h * 0.16, ly, lx + h * 0.16, ly), fill=KASIMI, width=1)
        x += period / 2
        n += 1
    return img


def _creeper(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    art = _creeper_art(w * k, h * k, seed).resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)))


def _table_art(w: int, h: int, seed: int) -> Image.Image:
    """The drawing table's old boards ``w`` by ``h``: their grain, the seams between them, a few stains of the
    black and the red."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    wood = np.array(srng.choice([(150, 104, 62), (132, 92, 56), (160, 116, 72)]), dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grain = np.sin((xx * 0.05 + np.sin(yy * 0.013 + srng.uniform(0, 6)) * 6.0) * srng.uniform(0.8, 1.2))
    shade = 1.0 + 0.06 * grain + g.normal(0, 0.02, (h, w))
    arr = wood[None, None, :] * shade[..., None]
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    seam = srng.uniform(140, 220)
    x = srng.uniform(40, seam)
    while x < w:
        d.line((x, 0, x, h), fill=(70, 46, 30), width=3)
        x += seam
    for _ in range(5):
        cx, cy, r = srng.uniform(0, w), srng.uniform(0, h), srng.uniform(6, 22)
        colour = srng.choice([(50, 40, 36), (120, 40, 32)])
        d.ellipse((cx - r, cy - r * 0.7, cx + r, cy + r * 0.7), fill=colour)
    return img.filter(ImageFilter.GaussianBlur(0.8))


def _kalam(d: ImageDraw.ImageDraw, x0: float, y0: float, x1: float, y1: float) -> None:
    """A bamboo kalam from (x0, y0) to its point at (x1, y1): the cane with its nodes, the wad of wool bound
    on near the point with thread, the point dark with the black."""
    d.line((x0 + 4, y0 + 5, x1 + 4, y1 + 5), fill=(60, 40, 26), width=12)
    d.line((x0, y0, x1, y1), fill=(206, 170, 104), width=10)
    d.line((x0 - 3, y0, x1 - 3, y1), fill=(230, 200, 140), width=2)
    for t in (0.22, 0.5):
        nx, ny = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        d.line((nx - 7, ny - 1, nx + 7, ny + 1), fill=(150, 112, 60), width=3)
    wx, wy = x0 + (x1 - x0) * 0.8, y0 + (y1 - y0) * 0.8
    d.ellipse((wx - 13, wy - 20, wx + 13, wy + 20), fill=(226, 220, 206), outline=(120, 110, 96))
    for k in (-10, -3, 4, 11):
        d.line((wx - 12, wy + k, wx + 12, wy + k + 2), fill=(160, 60, 50), width=1)
    d.polygon([(x1 - 4, y1 - 6), (x1 + 4, y1 - 6), (x1, y1 + 6)], fill=KASIMI)


def _on_table(image: Image.Image, seed: int) -> Image.Image:
    """The page on the drawing table: turned a little with its shadow, the kalam at its right and the bowl
    of black at its upper left, both clear of the page."""
    srng = random.Random(seed)
    w, h = image.size
    left, right, top_, foot = 96, 130, 96, 60
    bw, bh = w + left + right, h + top_ + foot
    base = _table_art(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-1.6, 1.6)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    px = left + (w - turned.width) // 2 + srng.randrange(-8, 9)
    py = top_ + (h - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 130 if v > 0 else 0), (px + 8, py + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    base = Image.composite(Image.new("RGB", base.size, (40, 26, 16)), base, shadow)
    base.paste(turned, (px, py), turned)
    d = ImageDraw.Draw(base)
    kx = px + turned.width + 50
    _kalam(d, kx - 10, py + h * 0.2, kx + 14, py + h * 0.2 + min(420, h * 0.6))
    bx, by, r = left / 2, top_ / 2 + 4, 34
    d.ellipse((bx - r + 5, by - r * 0.8 + 7, bx + r + 5, by + r * 0.8 + 7), fill=(60, 40, 26))
    d.ellipse(
        (bx - r, by - r * 0.8, bx + r, by + r * 0.8), fill=(176, 96, 58), outline=(120, 60, 36), width=2
    )
    d.ellipse((bx - r * 0.74, by - r * 0.56, bx + r * 0.74, by + r * 0.56), fill=(30, 26, 24))
    d.ellipse((bx - r * 0.3, by - r * 0.3, bx - r * 0.1, by - r * 0.18), fill=(90, 86, 80))
    return base


def _hand_layer(text: str, size: int, line: int) -> Image.Image:
    """A line of a Telugu hand as a mask: its runs drawn, leaning a little back."""
    tw = twidth(text, HAND_LATIN, size, serif=True)
    lw, lh = int(tw + size * 1.2), int(line * 2.0)
    layer = Image.new("L", (lw, lh), 0)
    draw_t(ImageDraw.Draw(layer), (size * 0.4, lh * 0.2), text, HAND_LATIN, size, 255, serif=True)
    return layer.transform(
        (lw, lh), Image.AFFINE, (1, -0.08, 0.08 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
    )


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Telugu lines and a Telugu hand, its bilingual fields, the
    legend of Srikalahasti as an emblem and a kalamkari creeper as a divider."""
    page = h294._render(rows, font, style)
    x = style.get("h326")
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
        if not name.startswith("t26"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t26te":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = twidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_t(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t26th":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                layer = _hand_layer(text, s, line).rotate(tilt, resample=Image.BICUBIC)
                tw = twidth(text, HAND_LATIN, s, serif=True)
                if n_ == 0:
                    tx = width - MARGIN - tw - s * 0.6
                    fx = tx
                else:
                    tx = {
                        "c": (width - tw) / 2 - s * 0.4,
                        "l": MARGIN - s * 0.2,
                        "r": (fx if fx is not None else width - MARGIN) - tw - s * 1.0,
                    }[align]
                page.paste(
                    Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - layer.height * 0.3)), layer
                )
            draw = ImageDraw.Draw(page)
        elif name == "t26nf":
            at, is_pen, bold = m
            telugu, english, value = r[1], r[2], r[3]
            ts = int(size * 0.8)
            tw = twidth(telugu, font, ts, bold=True)
            ty0, ty1 = top_y + line * 0.02, top_y + line * 0.96
            tx1 = MARGIN + tw + size * 0.7
            draw.polygon(
                [
                    (MARGIN, ty0),
                    (tx1, ty0),
                    (tx1 + (ty1 - ty0) * 0.45, (ty0 + ty1) / 2),
                    (tx1, ty1),
                    (MARGIN, ty1),
                ],
                fill=NEELI,
            )
            asc = load_font(bold_of(font), ts).getmetrics()[0]
            base = (ty0 + ty1) / 2 + ts * 0.3
            draw_t(draw, (MARGIN + size * 0.3, base - asc), telugu, font, ts, (255, 255, 255), bold=True)
            eface = load_font(font, int(size * 0.6))
            draw.text((MARGIN + 2, top_y + line * 1.02), english, font=eface, fill=soft)
            vx = MARGIN + at * room
            vbase = top_y + line * 0.86
            if is_pen:
                vface = load_font(pen, int(size * 1.06))
                draw.text((vx + 4, vbase), value, font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((vx + 4, vbase), value, font=vface, fill=ink, anchor="ls")
            dy = top_y + line * 1.04
            dot = _tint(MADDER, paper_, 0.75)
            for dx in range(int(vx), int(width - MARGIN), 6):
                draw.line((dx, dy, dx + 2, dy), fill=dot, width=1)
        elif name == "t26st":
            seed, tilt = m
            _sthala(page, width / 2, top_y + line * 0.06, line * 2.85, seed, tilt)
            draw = ImageDraw.Draw(page)
        elif name == "t26cr":
            (seed,) = m
            _creeper(page, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.92, seed)
            draw = ImageDraw.Draw(page)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout325's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the drawing table a page is photographed on."""
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
    f = (style.get("h326") or {}).get("frame")
    if f and f[0] == "table":
        image = _on_table(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout326 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Logili's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_SHORT]


def _upi_paytm_biz(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Paytm for Business on the Rangula Logili's phone: the Logili under the app's bar; a ticket's card
    with Payment Received, the sum and "from <buyer>" over its tear, and under it UPI Ref No., Date & Time
    and Paid via at the left and the right; Settles to under the card."""
    not_tuesday(j, rng)
    p = phone(rng, font, k, ["", "Paytm for Business"], dark=False, buttons=("Share",))
    band(p, (0, 46, 110))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "Paytm for Business", name, merchant=name)
    start = h279.ticket_open(p)
    p.add("center", "Payment Received", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", f"from {who}")
    tear = h279.ticket_tear(p)
    kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "Paid via", f"UPI  |  {bank_short(bank)}", method="UPI")
    h279.ticket_close(p, start, tear)
    p.add("small", f"Settles to Indian Bank {masked(p.font)}{digits(rng, 4)} by tomorrow")
    return p.done()


def _upi_supermoney_sheet(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """super.money's payment with no reference in a bottom sheet over its dimmed scan screen: a large round
    tick, "Paid to" over the payee, the sum, "on <day> at <hour>"; From at the left and the right."""
    p = phone(rng, font, k, ["", "super.money"], dark=False, buttons=("Done",))
    band(p, (76, 40, 200))
    app_head(p, "super.money", "Scan & Pay")
    p.add("center", "Point the camera at a UPI QR code")
    for _ in range(3):
        p.add("gap")
    h287.sheet_open(p)
    sicon(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("small", "Paid to")
    name = pick(p, "center", [rng.choice(PAYEES), SHOP])
    p.add("center", name, merchant=name)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add(
        "small",
        f"on {day_as(j, rng, ['{d} %b %Y', '%d %B %Y'])} at {hhmm(rng, lower=True)}",
        date=j.date,
    )
    p.add("gap")
    kvr(p, "From", f"{acct_of(p, bank, rng)} (UPI)", method="UPI")
    return p.done()


def _upi_phonepe_te(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """PhonePe set in Telugu: a large round tick, "చెల్లింపు పూర్తయింది" (payment completed), the sum,
    "స్వీకర్త: <payee>" (recipient: <payee>); this set's bilingual fields: UTR సంఖ్య / UTR No., తేదీ, సమయం /
    Date, time and డెబిట్ ఖాతా / Debited from."""
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share",))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "")
    sicon(p, j.status)
    tel(p, "చెల్లింపు పూర్తయింది", scale=1.1, bold=True, status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = next((n for n in [rng.choice(PAYEES), SHOP] if te_fits(p, f"స్వీకర్త: {n}")), SHOP)
    tel(p, f"స్వీకర్త: {name}", merchant=name)
    p.add("rule")
    at = 0.44
    nfield(p, "UTR సంఖ్య", "UTR No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    nfield(
        p,
        "తేదీ, సమయం",
        "Date, time",
        at_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (", ",)),
        at=at,
        date=j.date,
    )
    nfield(p, "డెబిట్ ఖాతా", "Debited from", acct_of(p, bank, rng), at=at, method="UPI")
    return p.done()


def _upi_navi_fail(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Navi's UPI payment failed: a cross on a rounded tile, Payment failed, the sum, "to <payee>", the reason
    in a notice; each value over its label: Transaction ID, Attempted on, Reason and Paid from."""
    p = phone(rng, font, k, ["", "Navi"], dark=False, buttons=("Retry",))
    band(p, (28, 120, 100))
    app_head(p, "Navi", "UPI")
    h287.tile(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(p, "The payment was declined by your bank. Any money debited will be refunded in 3 days.", "error")
    tid = f"NAVI{j.date:%y%m%d}{code(rng, 10, ALNUM)}"
    vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
    vlab(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
    vlab(p, "Reason", "U30 Debit declined by remitter bank", bold=False)
    vlab(p, "Paid from", acct_of(p, bank, rng), bold=False, method="UPI")
    return p.done()


def _upi_apgb(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Andhra Pradesh Grameena Bank's mobile banking with a UPI payment, its pale top curved in a wave: a
    Success capsule, the sum, "to <payee>"; UPI Ref No, Date, Debit A/c and Remarks in a striped table."""
    p = phone(rng, font, k, ["", "APGB Mobile"], dark=False, buttons=("Share", "Done"))
    app_head(p, "APGB Mobile", "Andhra Pradesh Grameena Bank  |  UPI")
    pill(p, "Success", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    h279.wave(p, (214, 238, 222))
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    rows_ = [
        (["UPI Ref No", j.ref], {"txn": (UTR_RANK, j.ref)}),
        (["Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
        (["Debit A/c", f"XXXXXXX{digits(rng, 4)}"], {"method": "UPI"}),
        (["Remarks", rng.choice(["kalamkari dupatta", "tree of life", "panel advance"])], {}),
    ]
    zebra(p, "ag", spec, ["Transaction details", ""], rows_, (0, 120, 80))
    return p.done()


def _upi_mobikwik_today(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """MobiKwik's UPI payment under "Today, <hour>": the sum large with its paise raised, "Paid to <payee>";
    each value over its label: UPI Ref ID and Paid from; no day."""
    p = phone(rng, font, k, ["", "MobiKwik"], dark=False, buttons=("Share",))
    band(p, (0, 88, 170))
    app_head(p, "MobiKwik", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h275.bigsum(p, rupee_of(p.font), j.amount, amount=j.amount)
    name = pick(p, "center", [f"Paid to {rng.choice(PAYEES)}", f"Paid to {SHOP}"])[8:]
    p.add("center", f"Paid to {name}", merchant=name, status=j.status)
    p.add("rule")
    vlab(p, "UPI Ref ID", j.ref, txn=(UTR_RANK, j.ref))
    vlab(p, "Paid from", acct_of(p, bank, rng), bold=False, method="UPI")
    return p.done()


def _upi_bajaj_pending(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Bajaj Finserv's UPI payment processing: Payment processing, the sum, its stages across the page
    (Initiated, Debited, Credited to payee), a notice; UPI Ref No :, Started on : and To : with colons."""
    p = phone(rng, font, k, ["", "Bajaj Finserv"], dark=False, buttons=("Check status",))
    band(p, (0, 114, 188))
    app_head(p, "Bajaj Finserv", "UPI")
    p.add("center", "Payment processing", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    h289.steps(p, ["Initiated", "Debited", "Credited"], 2, j.status)
    boxed(p, "Waiting for the payee's bank to confirm. Please do not pay again.", "warn")
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    colkv(p, "bf", spec, "UPI Ref No :", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    colkv(p, "bf", spec, "Started on :", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
    name = fit(p, [rng.choice(PAYEES), SHOP], 0.62)
    colkv(p, "bf", spec, "To :", name, merchant=name)
    return p.done()


def _upi_tataneu(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Tata Neu's UPI payment: "Paid" and the sum on a tinted panel; labels small over their values two to a
    row (UPI Ref No. and Date, To and From); the NeuCoins earned."""
    p = phone(rng, font, k, ["", "Tata Neu"], dark=False, buttons=("Done",))
    band(p, (92, 34, 120))
    app_head(p, "Tata Neu", "UPI")
    panel(p, "Paid", sum_of(p, j.amount), (92, 34, 120), amount=j.amount, status=j.status)
    p.add("gap")
    two_up(
        p,
        "tn1",
        ("UPI Ref No.", j.ref),
        ("Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    name = fit(p, [rng.choice([SHOP, SHOP_CAPS]), SHOP], 0.48, bold=True)
    two_up(
        p, "tn2", ("To", name), ("From", f"{bank_short(bank)} {digits(rng, 4)}"), merchant=name, method="UPI"
    )
    p.add("gap")
    p.add("small", f"You earned {int(j.amount // 100)} NeuCoins on this payment")
    return p.done()


UPI_LAYOUTS = [
    _upi_paytm_biz,
    _upi_supermoney_sheet,
    _upi_phonepe_te,
    _upi_navi_fail,
    _upi_apgb,
    _upi_mobikwik_today,
    _upi_bajaj_pending,
    _upi_tataneu,
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Rangula Logili or the company by UPI, one layout a place (``UPI_LAYOUTS``): Paytm for
    Business on the Logili's phone in a ticket's card, super.money's bottom sheet with no reference,
    PhonePe set in Telugu, Navi's failure with its values over their labels, AP Grameena Bank's striped
    table, MobiKwik's "Today", Bajaj Finserv's payment processing and Tata Neu's panel."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=300, high=18000, p_round=0.7)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    return UPI_LAYOUTS[k](rng, font, k, j, who, bank)


# ---------------------------------------------------------------- 2. buyers' advices


APBHAVAN = "Resident Commissioner, A.P. Bhavan, New Delhi"
FABINDIA = "Fabindia Limited"
DECCAN_HOTELS = "Golkonda Residency Hotels Pvt. Ltd."
KOLAM = "Studio Kolam Interiors"
DASTKAR = "Dastkar Society for Crafts & Craftspeople"
KAVERI = "Kaveri Crafts Emporium Pvt. Ltd."
TEMPLE = "Sri Kalahasteeswara Swamy Vari Devasthanam, Srikalahasti"
TEMPLE_TE = "శ్రీ కాళహస్తీశ్వర స్వామి వారి దేవస్థానం"
IHCL = "The Indian Hotels Company Limited"


def _adv_cfms(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The A.P. Bhavan's bill for the kalamkari hangings of its suites paid through Andhra Pradesh's CFMS:
    Bill Status; Submitted, DDO approved, PAO passed and Paid across the page, all reached; Bill ID, Token
    No., DDO, Beneficiary, Gross Amount, GST TDS (2%), Net Amount, UTR and Paid on against a gutter."""
    taxable = float(rng.randrange(2500, 4400) * 100)
    gross = round(taxable * 1.05, 2)
    tds = round(taxable * 0.02, 0)
    j.amount = round(gross - tds, 2)
    p = browser_page(rng, font, "cfms.ap.gov.in/bills/status")
    head_of(p, "CFMS", "Comprehensive Financial Management System  |  Government of Andhra Pradesh")
    p.add("left", "Bill Status")
    h289.steps(p, ["Submitted", "DDO approved", "PAO passed", "Paid"], 4, j.status)
    p.add("gap")
    utr = utr_of(rng, j, "State Bank of India", "RTGS")
    at = 0.34
    gutter(p, "cf", "Bill ID", f"{j.date:%y}{digits(rng, 8)}", at=at)
    gutter(p, "cf", "Token No.", f"{j.date:%y}{rng.randrange(10, 99)}{digits(rng, 6)}", at=at)
    gutter(p, "cf", "DDO", "Resident Commissioner, A.P. Bhavan", at=at)
    name = fit(p, [FIRM, FIRM_CAPS, CUT], 0.6)
    gutter(p, "cf", "Beneficiary", name, at=at, merchant=name)
    gutter(p, "cf", "Gross Amount", f"Rs. {num(gross)}", at=at)
    gutter(p, "cf", "GST TDS (2%)", f"Rs. {num(tds)}", at=at)
    gutter(p, "cf", "Net Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount, status=j.status)
    gutter(p, "cf", "UTR", utr, at=at, txn=(UTR_RANK, utr), method="netbanking")
    gutter(p, "cf", "Paid on", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, date=j.date)
    p.add("gap")
    p.add("small", f"Purpose: kalamkari wall hangings for the suites, {APBHAVAN}")
    return p.done()


def _adv_fabindia(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Fabindia's PAYMENT ADVICE for the dupattas and stoles bought for its stores: labels small over their
    values two to a row (Payment Doc No. and Payment Date, Vendor and Vendor Code, Mode and UTR); Invoice No.
    | Invoice Date | Gross | TDS 194Q | Net in a table ruled on every side with its Total."""
    n = rng.randrange(2, 4)
    p = sheet(rng, font, [860, 900])
    head_of(p, FABINDIA.upper(), "Accounts Payable  |  Plot 10, Sector 32, Gurugram, Haryana - 122001")
    p.add("center", "PAYMENT ADVICE")
    p.add("gap")
    doc = f"15{digits(rng, 8)}"
    two_up(
        p,
        "fb1",
        ("Payment Doc No.", doc),
        ("Payment Date", day_as(j, rng, ["%d.%m.%Y", "%d/%m/%Y"])),
        date=j.date,
    )
    name = fit(p, [FIRM, FIRM_SHORT], 0.48, bold=True)
    two_up(p, "fb2", ("Vendor", name), ("Vendor Code", f"V{digits(rng, 7)}"), merchant=name)
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "HDFC Bank", way)
    two_up(p, "fb3", ("Mode", way), ("UTR", utr), method="netbanking", txn=(UTR_RANK, utr), status=j.status)
    p.add("gap")
    rows_, total_ = [], 0.0
    for bno, bday, v in bills_for(rng, j, n, "SKP"):
        tds = round(v * 0.001, 0)
        rows_.append(([bno, when(bday, "%d.%m.%Y"), num(v), num(tds), num(v - tds)], {}))
        total_ += v - tds
    j.amount = round(total_, 2)
    grid(
        p,
        "fbt",
        [(0.0, 0.28, "l"), (0.28, 0.46, "c"), (0.46, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["Invoice No.", "Invoice Date", "Gross", "TDS 194Q", "Net"],
        rows_,
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    p.add("gap")
    p.add("small", "This advice is system generated. Queries: vendorpayments@fabindia.net")
    return p.done()


def _adv_enet_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC Bank's ENet with a Hyderabad hotel company's RTGS pending its checker: a spinner, Pending for
    checker approval, a notice; Transaction Ref :, Beneficiary :, Amount :, Value Date :, Payment Type : and
    Maker : with colons in a rounded card."""
    j.amount = rupees(rng, 210000, 460000, 0.6)
    p = browser_page(rng, font, "enet.hdfcbank.com/payments/pending")
    head_of(p, "HDFC Bank ENet", f"Corporate Banking  |  {DECCAN_HOTELS}")
    h279.spinner(p, AMBER)
    p.add("center", "Pending for checker approval", status=j.status)
    boxed(
        p, "This RTGS has been created and is waiting for the checker. It will be sent once approved.", "warn"
    )
    ref = f"ENET{j.date:%y%m%d}{digits(rng, 6)}"
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    p.add("gap")
    c = card_open(p)
    colkv(p, "en", spec, "Transaction Ref :", ref, txn=(BANK_RANK, ref))
    name = fit(p, [FIRM_CAPS, CUT], 0.62)
    colkv(p, "en", spec, "Beneficiary :", name, merchant=name)
    colkv(p, "en", spec, "Amount :", f"INR {num(j.amount)}", amount=j.amount)
    colkv(p, "en", spec, "Value Date :", when(j.date, rng.choice(["%d-%b-%Y", "%d/%m/%Y"])), date=j.date)
    colkv(p, "en", spec, "Payment Type :", "RTGS", method="netbanking")
    colkv(p, "en", spec, "Maker :", "GRH_FIN_03")
    card_close(p, c)
    return p.done()


def _adv_cliq(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Chennai interior studio's Zoho Cliq channel under its "Today" divider: the writer's initials in a
    round badge, his name and hour; "Paid ₹x to <payee> by IMPS for the Tree of Life hangings for the Adyar
    villa. Ref ..."; a colleague's reply; no day."""
    j.amount = float(rng.randrange(40, 260) * 100)
    p = phone(rng, font, k, ["", "Cliq"], dark=False, buttons=())
    band(p, (0, 114, 206))
    app_head(p, "#vendor-payments", f"{KOLAM}  |  Cliq")
    divider(p, "Today")
    p.add("gap")
    first, second = hours(rng, 2)
    h273.avatar(p, "AS", (0, 114, 206))
    p.add("left", f"Arun Subramaniam   {first}")
    name = rng.choice([FIRM_SHORT, SHOP, FIRM])
    prose(
        p,
        f"Paid {rupee_of(p.font)}{num(j.amount)} to {name} by IMPS for the Tree of Life hangings for the "
        f"Adyar villa. Ref {j.ref}",
        amount=j.amount,
        merchant=name,
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, j.ref),
    )
    p.add("gap")
    p.add("left", f"Meera Venkat   {second}")
    prose(p, f"Noted. {CHAIR.split()[1]} garu's hangings leave Srikalahasti by Friday.")
    return p.done()


def _adv_cashfree(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A crafts society's payout mailed by Cashfree Payouts: Transfer successful and its sentence; Transfer
    ID, Beneficiary, Amount, Transfer mode, UTR and Processed on in dot leaders."""
    j.amount = float(rng.randrange(40, 300) * 250)
    p = mail_page(
        rng,
        font,
        "Cashfree Payments <payouts@cashfree.com>",
        [f"Transfer of INR {num(j.amount)} successful", "Payout credited"],
    )
    head_of(p, "Cashfree Payouts", f"on behalf of {DASTKAR}")
    p.add("left", "Transfer successful", status=j.status)
    prose(p, f"{DASTKAR} has paid you for the kalamkari stoles sold at its Nature Bazaar.")
    p.add("gap")
    at = 0.4
    tid = f"CF{digits(rng, 10)}"
    dots(p, "Transfer ID", tid, at=at, txn=(TXN_RANK, tid))
    name = fit(p, [FIRM_CAPS, CUT], 0.55)
    dots(p, "Beneficiary", name, at=at, merchant=name)
    dots(p, "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Transfer mode", "IMPS", at=at, method="netbanking")
    dots(p, "UTR", j.ref, at=at, txn=(UTR_RANK, j.ref))
    dots(p, "Processed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    p.add("small", "For questions about this payment, please write to the sender.")
    return p.done()


def _adv_indianbank_reject(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Indian Bank's corporate internet banking with a Bengaluru crafts emporium's NEFT rejected: NEFT
    REJECTED on a red ribbon, the reason in a notice; Txn Reference, Beneficiary, Amount, Value Date and
    Reason in a striped table."""
    p = browser_page(rng, font, "corporate.indianbank.in/neft/status")
    head_of(p, "Indian Bank", f"Corporate Internet Banking  |  {KAVERI}, Bengaluru")
    h275.ribbon(p, "NEFT REJECTED", RED)
    p.add("gap")
    p.add("center", "The beneficiary bank has rejected this NEFT.", status=j.status)
    boxed(
        p,
        "The amount has been credited back to your account. Please check the beneficiary's details.",
        "error",
    )
    ref = f"IDIB{j.date:%y%m%d}{digits(rng, 7)}"
    name = h273.cell_name(p, 0.6, [FIRM_CAPS, CUT], scale=1.0)
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    rows_ = [
        (["Txn Reference", ref], {"txn": (BANK_RANK, ref)}),
        (["Beneficiary", name], {"merchant": name}),
        (["Amount", f"INR {num(j.amount)}"], {"amount": j.amount, "method": "netbanking"}),
        (["Value Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"]))], {"date": j.date}),
        (["Reason", "R03 Account closed"], {}),
    ]
    zebra(p, "ib", spec, ["NEFT details", ""], rows_, (0, 84, 150))
    return p.done()


def _adv_devasthanam(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Srikalahasti temple's proceedings typed in Telugu after the Maha Shivaratri Brahmotsavam, with no
    reference: its Telugu name over its English and a kalamkari creeper; ఆర్.సి.నెం. (file no.) and తేదీ
    (date); "ప్రతి," (to) and the company in English; విషయం (subject); "... కలంకారీ తెరలు మరియు రథం వస్త్రాల
    కొరకు రూ. x/- లను <day> తేదీన RTGS ద్వారా మీ ఖాతాకు జమ చేయడమైనది." (Rs. x/- for the kalamkari hangings
    and the chariot's cloths has been credited to your account by RTGS on <day>); the Executive Officer's
    signature over కార్యనిర్వహణాధికారి."""
    season(j, rng, BRAHMOTSAVAM + dt.timedelta(days=BRAHMOTSAVAM_DAYS + 2), 12)
    j.amount = float(rng.randrange(420, 960) * 500)
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    tel(p, TEMPLE_TE, scale=1.05, bold=True)
    p.add("center", TEMPLE)
    tel(p, "కార్యనిర్వహణాధికారి వారి కార్యాలయం", scale=0.86, soft=True)
    creeper(p)
    p.part = "body"
    day = when(j.date, "%d-%m-%Y")
    tel(p, f"ఆర్.సి.నెం. ఇ3/{rng.randrange(100, 900)}/{j.date.year}          తేదీ: {day}", align="l")
    p.add("gap")
    tel(p, "ప్రతి,", align="l")
    who = pick(p, "left", [f"M/s {FIRM_LONG}", f"M/s {FIRM}", FIRM])
    p.add("left", who, merchant=who.removeprefix("M/s "))
    p.add("left", "Kothapeta, Srikalahasti.")
    p.add("gap")
    tel_wrap(p, "విషయం: మహాశివరాత్రి బ్రహ్మోత్సవాలకు కలంకారీ తెరల సరఫరా – చెల్లింపు గురించి.")
    tel_wrap(
        p,
        "పై విషయమునకు సంబంధించి, మీరు సరఫరా చేసిన కలంకారీ తెరలు మరియు రథం వస్త్రాల కొరకు "
        f"{whole_rs(j.amount).replace(' ', NBSP)} లను {day} తేదీన RTGS ద్వారా మీ ఖాతాకు జమ చేయడమైనది.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    p.add("gap")
    sig(p)
    tel(p, "కార్యనిర్వహణాధికారి", align="r")
    return p.done()


def _adv_coupa(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Coupa Supplier Portal's payment for a hotel company's order of hangings for its lobby: the
    supplier's account name; Paid in a capsule; Invoice # | Invoice Date | Amount on hairline rows; each
    value over its label: Payment Date, Payment Reference, Payment Amount, Payment Method."""
    n = rng.randrange(1, 4)
    p = browser_page(rng, font, "supplier.coupahost.com/invoices/payments")
    head_of(p, "Coupa Supplier Portal", f"Customer: {IHCL}")
    name = fit(p, [f"Supplier: {FIRM}", f"Supplier: {FIRM_SHORT}"], 1.0)
    p.add("left", name, merchant=name[10:])
    pill(p, "Paid", j.status, align="l")
    p.add("gap")
    spec = [(0.0, 0.42, "l"), (0.42, 0.7, "c"), (0.7, 1.0, "r")]
    cols(p, "cph", spec, "Invoice #", "Invoice Date", "Amount", mode="line")
    for bno, bday, v in bills_for(rng, j, n, "SKP"):
        cols(p, "cpb", spec, bno, when(bday, "%m/%d/%Y"), num(v), mode="line")
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "ICICI Bank", way)
    vlab(p, "Payment Date", day_as(j, rng, ["%d %b %Y", "{d} %B %Y"]), bold=False, date=j.date)
    vlab(p, "Payment Reference", utr, txn=(UTR_RANK, utr))
    vlab(p, "Payment Amount", f"INR {num(j.amount)}", amount=j.amount)
    vlab(p, "Payment Method", way, bold=False, method="netbanking")
    return p.done()


ADVICE_LAYOUTS = [
    _adv_cfms,
    _adv_fabindia,
    _adv_enet_pending,
    _adv_cliq,
    _adv_cashfree,
    _adv_indianbank_reject,
    _adv_devasthanam,
    _adv_coupa,
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the company, one layout a place (``ADVICE_LAYOUTS``): the A.P.
    Bhavan's bill paid through CFMS against a gutter, Fabindia's payment advice two to a row over a ruled
    table, HDFC Bank ENet's RTGS pending its checker, an interior studio's Zoho Cliq under "Today", Cashfree's
    payout mail in dot leaders, Indian Bank's NEFT rejected under a red ribbon, the temple's proceedings in
    Telugu with no reference and the Coupa Supplier Portal's payment."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=12000, high=160000, p_round=0.6)
    return ADVICE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Brandywine Textile Museum Shop LLC", "Philadelphia, Pennsylvania, USA", "USD", 600, 7000),
    ("Kyoto Sarasa Gallery K.K.", "Kyoto, Japan", "JPY", 90000, 900000),
    ("Atelier Indigo Gent BV", "Ghent, Belgium", "EUR", 600, 6500),
    ("Galerie Baumwolle AG", "Zurich, Switzerland", "CHF", 600, 6500),
    ("Batik dan Kalam Sdn. Bhd.", "Kuala Lumpur, Malaysia", "MYR", 2500, 26000),
    ("Al Nakheel Interiors Co.", "Riyadh, Saudi Arabia", "SAR", 2500, 24000),
    ("Tyg och Farg AB", "Gothenburg, Sweden", "SEK", 6000, 60000),
    ("Hackney Block and Brush Ltd.", "London, United Kingdom", "GBP", 400, 5000),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or US$; yen whole with JPY or the yen's
    sign; euros the Belgian way (EUR 1.234,56 or 1.234,56 EUR); Swiss francs the Swiss way (CHF 3'660.27);
    ringgit with MYR or RM; riyals with SAR before or after; Swedish kronor the Swedish way (12 345,67 SEK,
    SEK 12 345,67 or 12 345,67 kr, a no-break space between the thousands where the face has one, else a
    space); pounds with GBP or the pound's
    sign."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    yen = "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}"
    forms = {
        "USD": ["USD {v}", "US${v}"],
        "JPY": ["JPY {w}", yen],
        "EUR": ["EUR {g}", "{g} EUR"],
        "CHF": ["CHF {s}", "CHF {s}"],
        "MYR": ["MYR {v}", "RM {v}"],
        "SAR": ["SAR {v}", "{v} SAR"],
        "SEK": ["{sp} SEK", "SEK {sp}", "{sp} kr"],
        "GBP": ["GBP {v}", pound],
    }[cur]
    form = rng.choice(forms)
    space = NBSP if glyphs(font, NBSP) and glyphs(bold_of(font), NBSP) else " "

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(
            v=english,
            w=f"{v:,.0f}",
            g=english.replace(",", "#").replace(".", ",").replace("#", "."),
            s=english.replace(",", "'"),
            sp=english.replace(",", space).replace(".", ","),
        )

    return show


def _wire_wellsfargo(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Wells Fargo's Commercial Electronic Office with a wire in US dollars: Wire Transfer Details under a
    Completed capsule; Wire Reference, Beneficiary, Beneficiary Bank, Amount, Value Date (month first) and
    Charges against a gutter."""
    p = browser_page(rng, font, "wellsfargo.com/ceo/wires/detail")
    head_of(p, "Wells Fargo", f"Commercial Electronic Office  |  {payer}, {town}")
    p.add("left", "Wire Transfer Details")
    pill(p, "Completed", j.status, align="l")
    p.add("gap")
    ref = f"WF{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
    at = 0.34
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    gutter(p, "wf", "Wire Reference", ref, at=at, txn=(BANK_RANK, ref))
    gutter(p, "wf", "Beneficiary", name, at=at, merchant=name)
    gutter(p, "wf", "Beneficiary Bank", "INDIAN BANK, SRIKALAHASTI", at=at)
    gutter(p, "wf", "Amount", show(j.amount), at=at, **sum_)
    gutter(p, "wf", "Value Date", when(j.date, "%m/%d/%Y"), at=at, date=j.date)
    gutter(p, "wf", "Charges", "SHA (shared)", at=at, method="netbanking")
    return p.done()


def _wire_smbc_pending(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """SMBC Valuedoor's overseas remittance in yen awaiting its sending: Applied, Approved, Sent and Credited
    left to right, a notice; Remittance No., Beneficiary, Amount, Value Date and Charges on hairline
    rows."""
    p = browser_page(rng, font, "valuedoor.smbc.co.jp/remittance/overseas/status")
    head_of(p, "SMBC Valuedoor", f"Sumitomo Mitsui Banking Corporation  |  {payer}")
    p.add("left", "Overseas remittance: processing", status=j.status)
    h273.track(p, ["Applied", "Approved", "Sent", "Credited"], "ddp-")
    boxed(p, "Your remittance has been approved and is waiting to be sent with the next batch.", "warn")
    ref = f"SMBC{j.date:%y%m%d}{digits(rng, 6)}"
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "r")]
    name = fit(p, [FIRM_CAPS, CUT], 0.62)
    cols(p, "sm", spec, "Remittance No.", ref, mode="line", txn=(BANK_RANK, ref))
    cols(p, "sm", spec, "Beneficiary", name, mode="line", merchant=name)
    cols(p, "sm", spec, "Amount", show(j.amount), mode="line", **sum_)
    cols(p, "sm", spec, "Value Date", when(j.date, "%d %b %Y"), mode="line", date=j.date)
    cols(p, "sm", spec, "Charges", "SHA", mode="line", method="netbanking")
    return p.done()


def _wire_kbc(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """KBC Business' foreign payment in euros the Belgian way: a large round tick, Payment executed; labels
    small over their values two to a row (Reference and Execution date, Beneficiary and Amount, Charges and
    From account)."""
    p = browser_page(rng, font, "business.kbc.be/payments/foreign/detail")
    head_of(p, "KBC Business", f"{payer}, {town}")
    sicon(p, j.status)
    p.add("center", "Payment executed", status=j.status)
    p.add("gap")
    ref = f"KBC{j.date:%y%m%d}{digits(rng, 7)}"
    two_up(
        p,
        "kb1",
        ("Reference", ref),
        ("Execution date", when(j.date, "%d/%m/%Y")),
        txn=(BANK_RANK, ref),
        date=j.date,
    )
    name = fit(p, [FIRM_CAPS, CUT], 0.48, bold=True)
    two_up(p, "kb2", ("Beneficiary", name), ("Amount", show(j.amount)), merchant=name, **sum_)
    two_up(
        p,
        "kb3",
        ("Charges", "SHA (shared)"),
        ("From account", f"BE{digits(rng, 2)} 7340 {digits(rng, 4)} {digits(rng, 4)}"),
        method="netbanking",
    )
    return p.done()


def _wire_zkb(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Zürcher Kantonalbank's eBanking with a payment order in Swiss francs the Swiss way: Payment order
    executed; Order number, Beneficiary, Amount, Execution date (day first with points) and Charges in dot
    leaders."""
    p = browser_page(rng, font, "onba.zkb.ch/ebanking/payments/orders")
    head_of(p, "Zurich Cantonal Bank", f"eBanking  |  {payer}, {town}")
    p.add("left", "Payment order executed", status=j.status)
    p.add("left", "Your foreign payment has been sent to the beneficiary's bank.")
    p.add("gap")
    ref = f"ZKB{digits(rng, 12)}"
    at = 0.38
    dots(p, "Order number", ref, at=at, txn=(BANK_RANK, ref))
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    dots(p, "Beneficiary", name, at=at, merchant=name)
    dots(p, "Amount", show(j.amount), at=at, **sum_)
    dots(p, "Execution date", when(j.date, "%d.%m.%Y"), at=at, date=j.date)
    dots(p, "Charges", "SHA (shared)", at=at, method="netbanking")
    return p.done()


def _wire_maybank_fail(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Maybank2u Biz' telegraphic transfer in ringgit unsuccessful: a cross on a rounded tile, Transaction
    Unsuccessful, the reason in a notice; Reference No., Beneficiary, Amount, Transaction Date and Reason in
    shaded labels."""
    p = browser_page(rng, font, "m2ubiz.maybank2u.com.my/transfer/tt/status")
    head_of(p, "Maybank2u Biz", f"{payer}, {town}")
    h287.tile(p, j.status)
    p.add("center", "Transaction Unsuccessful", status=j.status)
    boxed(p, "The beneficiary bank has returned this transfer. The amount has been credited back.", "error")
    ref = f"M2U{j.date:%y%m%d}{digits(rng, 7)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    at = 0.36
    kv(p, "Reference No.", ref, at=at, txn=(BANK_RANK, ref))
    kv(p, "Beneficiary", name, at=at, merchant=name)
    kv(p, "Amount", show(j.amount), at=at, **sum_)
    kv(p, "Transaction Date", when(j.date, rng.choice(["%d/%m/%Y", "%d %b %Y"])), at=at, date=j.date)
    kv(p, "Reason", "Invalid beneficiary account", at=at, method="netbanking")
    return p.done()


def _wire_alrajhi(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Al Rajhi Bank's business banking with an international transfer in riyals: Transfer successful in a
    capsule, the sum; a copyable Transfer Reference; Beneficiary, Beneficiary bank, Transfer date and
    Charges at the left and the right."""
    p = browser_page(rng, font, "business.alrajhibank.com.sa/transfers/international")
    head_of(p, "Al Rajhi Bank", f"Business Online  |  {payer}, {town}")
    pill(p, "Transfer successful", j.status)
    p.add("big", show(j.amount), **sum_)
    p.add("gap")
    ref = f"ARB{j.date:%y%m%d}{digits(rng, 8)}"
    copyrow(p, "Transfer Reference", ref, txn=(BANK_RANK, ref))
    name = fit(p, [FIRM_CAPS, CUT], 0.55)
    kvr(p, "Beneficiary", name, merchant=name)
    kvr(p, "Beneficiary bank", "Indian Bank, India")
    kvr(p, "Transfer date", when(j.date, rng.choice(["%d/%m/%Y", "%d %b %Y"])), date=j.date)
    kvr(p, "Charges", "SHA", method="netbanking")
    return p.done()


def _wire_seb(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """SEB's business banking with a foreign payment in Swedish kronor told in a Swedish sentence with no
    reference: a tick and Betalningen är genomförd (the payment is completed) in a rounded card; "Din
    utlandsbetalning på <sum> till <payee> genomfördes den <yyyy-mm-dd>." (your foreign payment of <sum> to
    <payee> was completed on <day>); Från konto (from account) and Avgift (charges)."""
    p = browser_page(rng, font, "foretag.seb.se/betalningar/utland")
    head_of(p, "SEB", f"Företag  |  {payer}, Göteborg")
    p.add("gap")
    c = card_open(p)
    sicon(p, j.status)
    p.add("center", "Betalningen är genomförd", status=j.status)
    name = rng.choice([FIRM_CAPS, FIRM])
    prose(
        p,
        f"Din utlandsbetalning på {show(j.amount)} till {name} genomfördes den {when(j.date, '%Y-%m-%d')}.",
        keep=show(j.amount),
        merchant=name,
        date=j.date,
        **sum_,
    )
    card_close(p, c)
    p.add("gap")
    kvr(p, "Från konto", f"5{digits(rng, 3)} {digits(rng, 2)} {digits(rng, 5)}")
    kvr(p, "Avgift", "SHA (delad)", method="netbanking")
    return p.done()


def _wire_wise_today(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Wise Business with a transfer in pounds under "Today, <hour>": Transfer complete, the sum, "to
    <payee>"; its steps top to bottom, all done (You set up your transfer, We received your GBP, Your money's
    on its way, Delivered); Transfer ID, Fee and From at the left and the right; no day."""
    p = phone(rng, font, k, ["", "Wise"], dark=False, buttons=("Share receipt",))
    band(p, (22, 51, 0), ink=(159, 232, 112))
    app_head(p, "Wise Business", payer)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("center", "Transfer complete", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    h271.step(p, "You set up your transfer", "", "done")
    h271.step(p, "We received your GBP", "", "done")
    h271.step(p, "Your money's on its way", "", "done")
    h271.step(p, "Delivered to Indian Bank", "", "done")
    p.add("gap")
    ref = str(rng.randrange(10**8, 10**9))
    kvr(p, "Transfer ID", ref, txn=(BANK_RANK, ref))
    kvr(p, "Fee", "GBP 4.86 (SHA)", method="netbanking")
    kvr(p, "From", f"GBP balance {masked(p.font)}{digits(rng, 4)}")
    return p.done()


WIRE_LAYOUTS = [
    _wire_wellsfargo,
    _wire_smbc_pending,
    _wire_kbc,
    _wire_zkb,
    _wire_maybank_fail,
    _wire_alrajhi,
    _wire_seb,
    _wire_wise_today,
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Museum shops, galleries, ateliers and interior houses abroad paying the company for its kalamkari, one
    layout a place (``WIRE_LAYOUTS``): Wells Fargo's wire against a gutter, SMBC Valuedoor's remittance
    processing, KBC's payment two to a row, Zürcher Kantonalbank's order in dot leaders, Maybank2u Biz'
    transfer unsuccessful, Al Rajhi's copyable reference, SEB's Swedish sentence with no reference and Wise's
    "Today"."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7)
    payer, city, cur, lo, hi_ = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 100, hi_ // 100) * 100)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    return WIRE_LAYOUTS[k](rng, font, k, j, payer, city.split(",")[0], show, sum_)


# ---------------------------------------------------------------- 4. the company's own papers


CUSTOMERS = [
    "Ms. Sravya Reddy",
    "Mr. Karthik Raman",
    "Mrs. Padmaja Rao",
    "Mr. Arvind Menon",
    "Ms. Keerthana S.",
    "Dr. Ramesh Babu",
]


def _own_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Rangula Logili's TAX INVOICE under Srikalahasti's legend, its Telugu name, its English and the
    motto over a kalamkari creeper: Invoice No. and Date at the left and the right, Customer and Place of
    Supply; Sl. | Description | HSN | Qty | Rate | Amount in a table ruled on every side with its Taxable
    value; CGST 2.5%, SGST 2.5% and the Invoice Total in dot leaders; "Paid by UPI, UTR ..."; the Craftmark's
    hang tag; "మళ్ళీ రండి!" (come again!)."""
    not_tuesday(j, rng)
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    sthala(p)
    tel(p, SHOP_TE, scale=1.1, bold=True)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
    p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
    tel(p, MOTTO, scale=0.84, soft=True)
    creeper(p)
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"RL/{fy(j.date)}/{rng.randrange(40, 990):04d}"
    cols(
        p,
        "oi0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Invoice No.: {ino}",
        f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    p.add("left", f"Customer: {rng.choice(CUSTOMERS)}  |  Place of Supply: Andhra Pradesh (37)")
    p.add("gap")
    rows_, taxable = [], 0.0
    for n_, (item, hsn, q, price) in enumerate(pieces(rng, rng.randrange(2, 5))):
        value = round(q * price, 2)
        taxable += value
        rows_.append(([str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value)], {}))
    grid(
        p,
        "oit",
        [
            (0.0, 0.07, "c"),
            (0.07, 0.42, "l"),
            (0.42, 0.54, "c"),
            (0.54, 0.62, "c"),
            (0.62, 0.8, "r"),
            (0.8, 1.0, "r"),
        ],
        ["Sl.", "Description", "HSN", "Qty", "Rate", "Amount"],
        rows_,
        foot=(["Taxable value", num(taxable)], {}),
        tint=(240, 226, 210),
    )
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    at = 0.6
    dots(p, "CGST @ 2.5%", num(gst), at=at)
    dots(p, "SGST @ 2.5%", num(gst), at=at)
    dots(p, "Invoice Total (Rs.)", num(j.amount), at=at, bold=True, amount=j.amount)
    p.add("gap")
    p.add("left", f"Paid by UPI, UTR {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    h279.hangtag(p, f"CM/KAL/{digits(rng, 5)}")
    tel(p, "మళ్ళీ రండి!  Thank you, visit again!", scale=0.9)
    return p.done()


def _own_shopify(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The web shop's order in Shopify's admin, paid through Razorpay: the store's name on top; Order #RL...
    with Paid in a capsule; the pieces on hairline rows, Subtotal, Shipping, Taxes (included) and Total;
    Payment (Razorpay, UPI), its Transaction ID and Paid on at the left and the right."""
    p = browser_page(rng, font, "admin.shopify.com/store/rangulalogili/orders")
    name = rng.choice([SHOP, SHOP_CAPS])
    head_of(p, name, f"{WEB}  |  Shopify admin", merchant=name)
    oid = f"#RL{rng.randrange(1001, 4800)}"
    p.add("left", f"Order {oid}", txn=(ORDER_RANK, oid))
    pill(p, "Paid", j.status, align="l")
    p.add("gap")
    spec = [(0.0, 0.56, "l"), (0.56, 0.74, "r"), (0.74, 1.0, "r")]
    sub = 0.0
    for item, _hsn, q, price in pieces(rng, rng.randrange(1, 4), high=1500):
        sub += q * price
        cols(
            p,
            "sh",
            spec,
            item,
            f"{sign(p.font, chr(0x20B9), 'Rs.')}{num(price)} x {q}",
            num(q * price),
            mode="line",
        )
    ship = float(rng.choice([0, 120, 150]))
    j.amount = round(sub + ship, 2)
    tax = round(sub - sub / 1.05, 2)
    cols(p, "sh", spec, "Subtotal", "", num(sub), mode="line")
    cols(p, "sh", spec, "Shipping", "", num(ship), mode="line")
    cols(p, "sh", spec, "Taxes (included)", "", num(tax), mode="line")
    cols(p, "sht", spec, "Total", "", f"INR {num(j.amount)}", mode="line", amount=j.amount)
    p.add("gap")
    tid = f"pay_{code(rng, 14, MIXED)}"
    kvr(p, "Payment", "Razorpay (UPI)", method="UPI")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (" at ",)), date=j.date)
    return p.done()


def _own_sivaratri_memo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Rangula Logili's stall's CASH MEMO in the Maha Shivaratri Brahmotsavam's days, photographed on the
    artisans' drawing table: the Logili's Telugu name over its English, "మహాశివరాత్రి బ్రహ్మోత్సవాలు 2026 |
    శ్రీకాళహస్తి" and "నగదు మెమో" (cash memo); తేదీ / Date and పేరు / Name written in this set's fields; the
    pieces written in a Telugu hand with their sums on a ruled page, "మొత్తం" (total); "నగదు అందింది" (cash
    received); no reference."""
    season(j, rng, BRAHMOTSAVAM, BRAHMOTSAVAM_DAYS)
    p = sheet(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(252, 248, 236), (248, 245, 232)])
    p.part = "head"
    tel(p, SHOP_TE, scale=1.1, bold=True)
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    tel(p, "మహాశివరాత్రి బ్రహ్మోత్సవాలు 2026  |  శ్రీకాళహస్తి", scale=0.84)
    p.add("rule")
    tel(p, "నగదు మెమో", bold=True)
    p.part = "body"
    at = 0.3
    nfield(p, "తేదీ", "Date", when(j.date, "%d/%m/%Y"), pen=True, at=at, date=j.date)
    nfield(
        p,
        "పేరు",
        "Name",
        nf_fit(p, [rng.choice(CUSTOMERS), "Mr. Arvind Menon"], pen=True, at=at),
        pen=True,
        at=at,
    )
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for item, _hsn, q, price in pieces(rng, rng.randrange(2, 4), high=1600):
        price = float(round(price / 50) * 50)
        v = int(q * price)
        total_ += v
        thand(p, f"{PIECES_TE[item]} {q} x {int(price)}", figure=str(v))
    j.amount = float(total_)
    thand(p, "మొత్తం", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    thand(p, "నగదు అందింది", method="cash", status=j.status)
    sig(p)
    p.add("right", f"for {SHOP}")
    on_table(p)
    return p.done()


def _own_karigar(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Amazon Karigar's disbursement mail for the kalamkari sold in its handicrafts store: Your payment is on
    its way and its sentence; Seller, Settlement period, Deposit date, Deposit total, Bank account and Trace
    ID (UTR) against a gutter."""
    j.amount = rupees(rng, 6000, 90000, 0.2)
    p = mail_page(
        rng,
        font,
        "Amazon Seller Central <payments-messages@amazon.in>",
        ["Your payment is on its way", "Amazon Karigar: disbursement initiated"],
    )
    head_of(p, "amazon karigar", "Seller Central  |  Handicrafts store")
    p.add("left", "Your payment is on its way", status=j.status)
    prose(p, f"Hello {EXPORTS.split()[0]}, we have transferred your settlement balance to your bank account.")
    p.add("gap")
    start = j.date - dt.timedelta(days=rng.randrange(7, 15))
    utr = utr_of(rng, j, "Indian Bank", "NEFT")
    at = 0.36
    gutter(p, "ak", "Seller", FIRM_SHORT, at=at, merchant=FIRM_SHORT)
    gutter(p, "ak", "Settlement period", f"{when(start, '%d %b')} - {when(j.date, '%d %b %Y')}", at=at)
    gutter(p, "ak", "Deposit date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=at, date=j.date)
    gutter(p, "ak", "Deposit total", f"INR {num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "ak", "Bank account", f"Indian Bank ending {digits(rng, 4)}", at=at)
    gutter(p, "ak", "Trace ID (UTR)", utr, at=at, txn=(UTR_RANK, utr), method="netbanking")
    p.add("small", "Funds usually reach your account within 3-5 business days.")
    return p.done()


def _own_razorpay_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The company's Razorpay payment link for a panel's balance with the payment processing: the company
    on top, a spinner, Payment processing, the sum, a notice; Payment Link, Payment ID, Method and Initiated
    on in dot leaders."""
    j.amount = float(rng.randrange(12, 140) * 100)
    p = browser_page(rng, font, "rzp.io/l/rangulalogili")
    name = pick(p, "title", [FIRM, FIRM_SHORT])
    head_of(p, name, f"{WEB}  |  Secured by Razorpay", merchant=name)
    h279.spinner(p, AMBER)
    p.add("center", "Payment processing", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(p, "We are waiting for your bank's confirmation. Please do not close or refresh this page.", "warn")
    lid = f"plink_{code(rng, 14, MIXED)}"
    pid = f"pay_{code(rng, 14, MIXED)}"
    at = 0.36
    dots(p, "Payment Link", lid, at=at, txn=(ORDER_RANK, lid))
    dots(p, "Payment ID", pid, at=at, txn=(TXN_RANK, pid))
    dots(p, "Method", "UPI", at=at, method="UPI")
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _own_vyapar_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Vyapar on the Rangula Logili's phone with a customer's payment recorded under "Today": the Logili under
    the app's bar; its tabs with Payment-In chosen; in a rounded card the receipt's number, the customer,
    Received and the sum, "UPI  |  Ref ..."; the app's toast "Payment-In saved"; no day."""
    not_tuesday(j, rng)
    p = phone(rng, font, k, ["", "Vyapar"], dark=False, buttons=())
    band(p, (222, 44, 56))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "Vyapar", name, merchant=name)
    h275.tabs(p, ["Sale", "Payment-In", "Expenses"], 1)
    p.add("gap")
    divider(p, "Today")
    p.add("gap")
    c = card_open(p)
    rno = str(rng.randrange(120, 990))
    kvr(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    kvr(p, "Party", rng.choice(BUYERS)[0])
    kvr(p, "Received", sum_of(p, j.amount), amount=j.amount, status=j.status)
    p.add("small", f"UPI  |  Ref {j.ref}  |  {hhmm(rng, lower=True)}", method="UPI", txn=(UTR_RANK, j.ref))
    card_close(p, c)
    h275.toast(p, "Payment-In saved")
    return p.done()


def _own_ccavenue_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """CCAvenue's checkout for the web shop with a credit card declined: the company on top; Transaction
    Declined on a tinted band, the sum, the reason in a notice; Order No., Tracking ID, Amount, Payment Mode
    and Date & Time in a table ruled on every side."""
    j.amount = float(rng.randrange(12, 150) * 100)
    p = browser_page(rng, font, "secure.ccavenue.com/transaction/status")
    name = pick(p, "title", [SHOP, FIRM_SHORT])
    head_of(p, name, f"{WEB}  |  Payments by CCAvenue", merchant=name)
    h269.strip(p, "Transaction Declined", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(
        p,
        "Your card issuer declined the payment (authentication failed). You have not been charged.",
        "error",
    )
    oid = f"RL{j.date:%y%m%d}{digits(rng, 4)}"
    tid = digits(rng, 12)
    at = 0.36
    gkv(p, "cc", "Order No.", oid, at=at, txn=(ORDER_RANK, oid))
    gkv(p, "cc", "Tracking ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "cc", "Amount", f"INR {num(j.amount)}", at=at)
    gkv(
        p,
        "cc",
        "Payment Mode",
        f"Credit Card ({rng.choice(['Visa', 'Mastercard', 'RuPay'])})",
        at=at,
        method="card",
    )
    gkv(p, "cc", "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _own_counterfoil(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The company's ADVANCE RECEIPT from its counterfoil book for a hotel's Tree of Life hangings: its
    Telugu name over its English; No. struck in red; each line across the counterfoil at the left and the
    receipt at the right, a perforation between them (Date, Received from, Towards, By NEFT and its UTR), the
    values written by hand; Rs. and the sum written in a box; a revenue stamp signed across."""
    j.amount = float(rng.randrange(20, 90) * 500)
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    tel(p, FIRM_TE, scale=0.95, bold=True)
    name = pick(p, "title", [FIRM, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{SHED_AT}  |  CIN {CIN}")
    p.add("rule")
    tel(p, "అడ్వాన్స్ రశీదు  /  ADVANCE RECEIPT", bold=True)
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(300, 2900))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    at = 0.3
    start = len(p.rows)
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"]))
    h271.fill2(p, ("Date", day), ("Date", day), at, date=j.date)
    payer = rng.choice(["Govinda Residency, Tirupati", "Alipiri Grand Hotel, Tirupati"])
    h271.fill2(p, ("From", payer.split(",")[0]), ("Received from", payer), at)
    h271.fill2(p, ("For", "Tree of Life"), ("Towards", "Tree of Life hangings, advance"), at)
    utr = utr_of(rng, j, "Indian Bank", "NEFT")
    h271.fill2(
        p,
        ("By", "NEFT"),
        ("By NEFT, UTR", utr),
        at,
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    h271.fill2(p, ("Rs.", num(j.amount, "indian", 0)), ("Rupees", spelt(j.amount)), at)
    h271.perf(p, start, at)
    p.add("gap")
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=at + 0.03, amount=j.amount)
    h289.revenue(p)
    sig(p)
    p.add("right", f"for {FIRM_SHORT}")
    return p.done()


OWN_LAYOUTS = [
    _own_invoice,
    _own_shopify,
    _own_sivaratri_memo,
    _own_karigar,
    _own_razorpay_pending,
    _own_vyapar_today,
    _own_ccavenue_fail,
    _own_counterfoil,
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own papers, its Rangula Logili or itself on top, one layout a place (``OWN_LAYOUTS``):
    the Logili's tax invoice under Srikalahasti's legend, the web shop's Shopify order, the Brahmotsavam
    stall's cash memo in a Telugu hand with no reference, Amazon Karigar's disbursement mail, the Razorpay
    link's payment processing, Vyapar's Payment-In under "Today", CCAvenue's declined card and the advance
    receipt from the counterfoil book."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=1200, high=42000)
    return OWN_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 5. the company's suppliers


MILL = "SRI VINAYAGA TEXTILE MILLS"
TRADERS = "SRI MALLIKARJUNA TRADERS"
TRADERS_TE = "శ్రీ మల్లికార్జున ట్రేడర్స్"
INDIGO = "NEELAM NATURAL INDIGO WORKS"
PRINTER = "VARAHI PRINTS"
PACKING = "SREE LAKSHMI PACKAGING"
FRAMES = "SRI SAI WOOD WORKS"
TAILOR = "Padma Tailoring Centre"
CARRIER = "Sri Venkateswara Transports"


def _sup_mill(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """An Erode mill's TAX INVOICE for the cotton the kalamkari is drawn on, with the company's accountant's
    yellow sticky note pressed on it: Invoice No. and its earlier Invoice Date; Quality | HSN | Metres | Rate
    | Amount on hairline rows; Taxable Value, IGST 5% and Invoice Total at the left and the right; the note
    "Paid NEFT", "UTR ..." and "on <dd/mm/yy>" written by hand."""
    p = sheet(rng, font, [840, 880])
    head_of(
        p,
        MILL,
        f"SF No. 212, Perundurai Road, Erode - 638011, Tamil Nadu  |  GSTIN {gstin_of(rng, '33')}",
        merchant=MILL,
    )
    p.add("center", "TAX INVOICE")
    ino = f"SVTM/{fy(j.date)}/{rng.randrange(300, 4000)}"
    cols(
        p,
        "ml0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Invoice Date {j.other_day(rng, -25, -3)}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {FIRM}, Srikalahasti (37)")
    p.add("gap")
    goods = [
        ("Cambric, 60s x 60s, grey", "5208", 58, 82),
        ("Mull cotton, 44 in", "5208", 46, 68),
        ("Voile, 80s, bleached", "5208", 72, 98),
        ("Canvas, 2 x 2, grey", "5209", 110, 150),
    ]
    spec = [(0.0, 0.38, "l"), (0.38, 0.5, "c"), (0.5, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
    cols(p, "mlh", spec, "Quality", "HSN", "Metres", "Rate", "Amount", mode="line")
    taxable = 0.0
    for name, hsn, lo, hi_ in rng.sample(goods, rng.randrange(1, 3)):
        m, rate = rng.randrange(60, 400), float(rng.randrange(lo, hi_))
        taxable += m * rate
        cols(p, "mlb", spec, name, hsn, str(m), num(rate), num(m * rate), mode="line")
    gst = round(taxable * 0.05, 2)
    j.amount = round(taxable + gst, 2)
    kvr(p, "Taxable Value", num(taxable))
    kvr(p, "IGST @ 5%", num(gst))
    kvr(p, "Invoice Total", f"Rs. {num(j.amount)}", amount=j.amount)
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Indian Bank", way)
    pen_of(p)
    p.add("gap")
    h275.sticky(
        p,
        [
            (f"Paid {way}", {"method": "netbanking", "status": j.status}),
            (f"UTR {utr}", {"txn": (UTR_RANK, utr)}),
            (
                f"on {when(j.date, '%d/%m/%y')}  - {''.join(w[0] for w in ACCOUNTANT.split())}",
                {"date": j.date},
            ),
        ],
    )
    p.add("gap")
    sig(p)
    p.add("right", "for Sri Vinayaga Textile Mills")
    return p.done()


def _sup_traders(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Srikalahasti bazaar trader's chit in a Telugu hand on a spiral notebook's page, with no reference:
    his Telugu name over his English; "తేదీ" (date) and the day and "స్వర్ణముఖి కలంకారీ వారికి" (to
    Swarnamukhi Kalamkari) written; the myrobalans, the alum, the jaggery and the madder roots with their
    weights and sums, "మొత్తం" (total); "నగదు అందింది" (cash received); his signature."""
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(250, 249, 242), (246, 246, 238)])
    h289.spiral(p)
    p.part = "head"
    p.add("gap")
    tel(p, TRADERS_TE, scale=1.1, bold=True)
    p.add("center", TRADERS, merchant=TRADERS)
    p.add("small", f"Bazaar Street, Srikalahasti  |  Cell 94403{digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    thand(p, f"తేదీ {when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}", date=j.date)
    thand(p, "స్వర్ణముఖి కలంకారీ వారికి")
    p.add("gap")
    start = len(p.rows)
    goods = [("కరక్కాయ", 90, 140), ("పటిక", 60, 95), ("బెల్లం", 48, 70), ("మంజిష్ట వేర్లు", 380, 620)]
    total_ = 0
    for name, lo, hi_ in rng.sample(goods, rng.randrange(2, 4)):
        kg, rate = rng.randrange(3, 25), rng.randrange(lo, hi_, 5)
        total_ += kg * rate
        thand(p, f"{name} {kg} కిలో x {rate}", figure=str(kg * rate))
    j.amount = float(total_)
    thand(p, "మొత్తం", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    thand(p, "నగదు అందింది", method="cash", status=j.status)
    sig(p)
    return p.done()


def _sup_indigo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Villupuram indigo maker's BILL for the natural indigo cakes, its total corrected by hand: his name
    printed on top; Bill No. struck in red, Date and To written on dotted lines; the indigo and the lime
    written in its ruled columns; the Total printed, crossed out and the lower sum written after it with his
    initials (the correction stands); "Recd. by GPay, Ref ..." written under it."""
    p = sheet(rng, font, [740, 780])
    head_of(p, INDIGO, "Natural Indigo Cakes  |  Kandamangalam, Villupuram Dt., Tamil Nadu", merchant=INDIGO)
    p.add("center", "BILL")
    one_pen(p)
    no_ = str(rng.randrange(100, 999))
    h279.redno(p, "Bill No.", no_, txn=(INVOICE_RANK, no_))
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%y", "%d.%m.%Y"])), date=j.date)
    filled(p, "To", "Swarnamukhi Kalamkari, Srikalahasti")
    spec = [(0.0, 0.5, "l"), (0.5, 0.72, "r"), (0.72, 1.0, "r")]
    p.add("gap")
    start = len(p.rows)
    goods = [
        ("Indigo cake, grade A (kg)", 2600, 3400),
        ("Indigo powder (kg)", 1900, 2500),
        ("Lime (kg)", 40, 60),
    ]
    total_ = 0
    for name, lo, hi_ in goods[: rng.randrange(2, 4)]:
        q, rate = rng.randrange(2, 9), rng.randrange(lo, hi_, 10)
        total_ += q * rate
        h273.hcells(p, spec, name, f"{q} x {rate}", str(q * rate), scale=1.0)
    ledger(p, start, [0.5, 0.72])
    p.add("gap")
    paid = int(total_ - rng.choice([50, 100, 150, 200]) - total_ % 50)
    j.amount = float(paid)
    h275.strike(p, "Total Rs.", f"{total_}.00", f"{paid}/-", "SR", at=0.4, amount=j.amount)
    p.add("gap")
    hand(p, f"Recd. by GPay, Ref {j.ref}", txn=(UTR_RANK, j.ref), method="UPI", status=j.status)
    sig(p)
    return p.done()


def _sup_indiamart_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Pay with IndiaMART's order of a dye house's alum and madder failed: Payment failed on a tinted band,
    the sum, a notice; Order ID :, Seller :, Amount :, Payment mode : and Attempted on : with colons."""
    j.amount = rupees(rng, 1800, 14000, 0.3)
    p = phone(rng, font, k, ["", "IndiaMART"], dark=False, buttons=("Retry payment",))
    band(p, (42, 46, 130))
    app_head(p, "IndiaMART", "Pay with IndiaMART")
    h269.strip(p, "Payment failed", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(p, "Your bank did not confirm the payment. The seller has not been paid.", "error")
    oid = f"IM{rng.randrange(10**8, 10**9)}"
    seller = rng.choice(["Sri Balaji Dye Chem", "Tirupati Dyes & Chemicals"])
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    colkv(p, "im", spec, "Order ID :", oid, txn=(ORDER_RANK, oid))
    colkv(p, "im", spec, "Seller :", seller, merchant=seller)
    colkv(p, "im", spec, "Amount :", sum_of(p, j.amount))
    colkv(p, "im", spec, "Payment mode :", "UPI", method="UPI")
    colkv(
        p, "im", spec, "Attempted on :", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
    )
    return p.done()


def _sup_indiapost(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """India Post's counter receipt on a torn roll for a Speed Post parcel of panels, typed in its printer's
    face: INDIA POST and the office; SPEED POST PARCEL; Article No., To, Weight, Tariff, GST 18% and Total at
    the two ends of each line; MODE : UPI, its UPI Ref and the day and hour."""
    p = roll(rng, font, [480, 520], [17, 18])
    h269.torn(p)
    p.part = "head"
    p.add("center", "INDIA POST", merchant="INDIA POST")
    p.add("small", "Srikalahasti H.O. - 517644")
    p.part = "body"
    p.add("center", "SPEED POST PARCEL")
    p.add("rule")
    weight = rng.randrange(900, 4800, 10)
    tariff = round(80 + weight / 500 * rng.uniform(40, 55), 0)
    gst = round(tariff * 0.18, 2)
    j.amount = round(tariff + gst, 2)
    typed_pair(p, "ARTICLE NO", f"EP{digits(rng, 9)}IN")
    typed_pair(p, "TO", rng.choice(["BENGALURU 560038", "CHENNAI 600020", "HYDERABAD 500034"]))
    typed_pair(p, "WEIGHT", f"{weight} g")
    typed_pair(p, "TARIFF", f"{tariff:.2f}")
    typed_pair(p, "GST 18%", f"{gst:.2f}")
    typed_pair(p, "TOTAL", f"Rs.{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed_pair(p, "MODE", "UPI", method="UPI", status=j.status)
    typed_pair(p, "UPI REF", j.ref, txn=(UTR_RANK, j.ref))
    typed_pair(p, "DATE", f"{when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    p.add("small", "Track at www.indiapost.gov.in")
    return p.done()


def _sup_ofbusiness_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """OfBusiness' order of export cartons with its payment awaiting its bank: Payment awaiting confirmation;
    Order placed, Payment with your bank and Order confirmed top to bottom; a notice; Order ID, Seller,
    Amount, Payment mode and Placed on against a gutter."""
    j.amount = rupees(rng, 2500, 18000, 0.3)
    p = browser_page(rng, font, "www.ofbusiness.com/orders/payment-status")
    head_of(p, "OfBusiness", "Raw materials and packaging for business")
    p.add("left", "Payment awaiting confirmation", status=j.status)
    p.add("gap")
    h271.step(p, "Order placed", "", "done")
    h271.step(p, "Payment with your bank", "up to 2 hours", "pending")
    h271.step(p, "Order confirmed", "", "todo")
    boxed(
        p, "We are waiting for your bank to confirm the net banking payment. Please do not pay again.", "warn"
    )
    oid = f"OFB{rng.randrange(10**6, 10**7)}"
    seller = rng.choice(["Padmavathi Packaging Industries", "Renigunta Corrugators"])
    at = 0.34
    gutter(p, "ob", "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
    gutter(p, "ob", "Seller", seller, at=at, merchant=seller)
    gutter(p, "ob", "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "ob", "Payment mode", "Net Banking - Indian Bank", at=at, method="netbanking")
    gutter(p, "ob", "Placed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _sup_payu_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Tirupati printer's PayU payment link for hang tags and catalogues, paid under "Today, <hour>": the
    printer's initials in a round badge and its name, Payment successful, the sum; Payment ID, Bank Ref No.,
    Mode and Paid on hairline rows; no day."""
    j.amount = rupees(rng, 1800, 16000, 0.4)
    p = browser_page(rng, font, "pmny.in/varahiprints/pay")
    p.part = "head"
    h273.avatar(p, "VP", (180, 60, 40))
    top(p, PRINTER, merchant=PRINTER)
    p.add("small", "Offset and digital printing  |  Tirupati")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    pid = digits(rng, 11)
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "r")]
    cols(p, "pu", spec, "Payment ID", pid, mode="line", txn=(TXN_RANK, pid))
    cols(p, "pu", spec, "Bank Ref No.", j.ref, mode="line", txn=(UTR_RANK, j.ref))
    cols(p, "pu", spec, "Mode", "UPI", mode="line", method="UPI")
    cols(p, "pu", spec, "Paid on", f"Today, {hhmm(rng, lower=True)}", mode="line")
    p.add("small", "Powered by PayU")
    return p.done()


def _sup_greenbar(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Renigunta packaging supplier's invoice printed on continuous stationery by a dot-matrix printer: its
    name, address and GSTIN typed on top; INV NO and its earlier DATE; the cartons, bubble wrap and tissue
    typed in columns with TAXABLE, CGST 9%, SGST 9% and TOTAL; "PAYMENT RECD BY NEFT UTR ... ON <dd/mm/yyyy>"
    typed under it."""
    p = sheet(rng, font, [760, 800])
    h275.greenbar(p)
    type_of(p)
    h271.ext(p)["tt_scale"] = 0.84
    w_ = min(h271.tt_cols(p), 60)

    def line(left: str, right_: str = "", **facts) -> None:
        typed(p, f"{left}{right_:>{w_ - len(left)}}" if right_ else left, scale=0.84, **facts)

    inv_day = j.date - dt.timedelta(days=rng.randrange(5, 30))
    ino = f"SLP/{fy(inv_day)}/{rng.randrange(100, 999)}"
    p.part = "head"
    typed(p, PACKING.center(w_).rstrip(), scale=0.84, merchant=PACKING)
    typed(p, "INDUSTRIAL ESTATE, RENIGUNTA - 517520".center(w_).rstrip(), scale=0.84)
    typed(p, f"GSTIN {gstin_of(rng)}".center(w_).rstrip(), scale=0.84)
    typed(p, "TAX INVOICE".center(w_).rstrip(), scale=0.84)
    p.part = "body"
    line(f"INV NO : {ino}", f"DATE : {when(inv_day, '%d/%m/%Y')}", txn=(INVOICE_RANK, ino))
    line(f"TO     : {FIRM_SHORT_CAPS}")
    line("-" * w_)
    line("DESCRIPTION", "QTY      AMOUNT")
    line("-" * w_)
    goods = [
        ("CORRUGATED BOX 5PLY 24X18", 38, 62),
        ("BUBBLE WRAP ROLL 1M", 520, 780),
        ("TISSUE PAPER REAM", 180, 260),
    ]
    taxable = 0.0
    for name, lo, hi_ in goods:
        q = rng.randrange(20, 120) if lo < 100 else rng.randrange(2, 8)
        v = q * rng.randrange(lo, hi_)
        taxable += v
        line(name, f"{q:>4}  {num(v, 'plain'):>10}")
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    line("-" * w_)
    line("TAXABLE", num(taxable, "plain"))
    line("CGST @ 9%", num(gst, "plain"))
    line("SGST @ 9%", num(gst, "plain"))
    line("TOTAL", num(j.amount, "plain"), amount=j.amount)
    line("-" * w_)
    utr = utr_of(rng, j, "Indian Bank", "NEFT")
    line(f"PAYMENT RECD BY NEFT UTR {utr}", method="netbanking", status=j.status, txn=(UTR_RANK, utr))
    line(f"ON {when(j.date, '%d/%m/%Y')}", date=j.date)
    return p.done()


SUPPLIER_LAYOUTS = [
    _sup_mill,
    _sup_traders,
    _sup_indigo,
    _sup_indiamart_fail,
    _sup_indiapost,
    _sup_ofbusiness_pending,
    _sup_payu_today,
    _sup_greenbar,
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's suppliers, each on top of its own paper, one layout a place (``SUPPLIER_LAYOUTS``): the
    Erode mill's invoice with a sticky note of its payment, a bazaar trader's chit in a Telugu hand with no
    reference, the indigo maker's bill with its total corrected, IndiaMART's failed order, India Post's
    counter receipt, OfBusiness' order awaiting its bank, the printer's PayU link paid under "Today" and the
    packaging supplier's invoice on continuous stationery."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1500, high=60000)
    return SUPPLIER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 6. the company paying its suppliers


DCCB = "THE CHITTOOR DISTRICT CO-OP. CENTRAL BANK LTD."
DCCB_TE = "ది చిత్తూరు జిల్లా సహకార కేంద్ర బ్యాంకు లి."


def _pay_indoasis_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Indian Bank's IndOASIS with an IMPS to the tailor who hems the panels, under "Today, <hour>": a tick
    on a rounded tile, IMPS successful, the sum, "to <payee>"; each value over its label: IMPS Ref No.,
    Debited from and Remarks; no day."""
    j.amount = rupees(rng, 1800, 16000, 0.5)
    p = phone(rng, font, k, ["", "IndOASIS"], dark=False, buttons=("Share",))
    band(p, (0, 70, 140))
    app_head(p, "IndOASIS", "Indian Bank  |  IMPS")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, j.status)
    p.add("center", "IMPS successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {TAILOR}", merchant=TAILOR)
    p.add("rule")
    vlab(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
    vlab(p, "Debited from", f"Current A/c {masked(p.font)}{digits(rng, 4)}", bold=False)
    vlab(p, "Remarks", "hemming and lining, 40 panels", bold=False)
    return p.done()


def _pay_dccb_form(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Chittoor District Co-operative Central Bank's RTGS / NEFT application under its Telugu name, the
    customer's copy filled in by hand in an Andhra form's numbered fields (heldout294's): NEFT ticked; 1
    తేదీ / Date, 2 లబ్ధిదారు / Beneficiary, 3 ఖాతా నం. / A/c No., 4 IFSC and 5 మొత్తం / Amount written in;
    the branch's rectangular stamp with its day; "Sent, UTR ..." written under it by its clerk."""
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    tel(p, DCCB_TE, bold=True)
    name_ = pick(p, "title", [DCCB, "CHITTOOR DCCB LTD."])
    top(p, name_)
    p.add("small", "Srikalahasti Branch  |  RTGS / NEFT Application  |  CUSTOMER'S COPY")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    h269.ticks(p, ["RTGS", "NEFT"], 1, method="netbanking")
    p.add("gap")
    at = 0.34
    h294.tnum(p, 1, "తేదీ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, date=j.date)
    who = rng.choice([FRAMES, "Sri Sai Wood Works"])
    h294.tnum(p, 2, "లబ్ధిదారు", "Beneficiary", who, at=at, merchant=who)
    h294.tnum(p, 3, "ఖాతా నం.", "A/c No.", digits(rng, 14), at=at)
    h294.tnum(p, 4, "IFSC", "Bank code", f"SBIN000{digits(rng, 4)}", at=at)
    h294.tnum(p, 5, "మొత్తం", "Amount Rs.", num(j.amount), at=at, amount=j.amount)
    p.add("gap")
    h271.rstamp(
        p, ["CHITTOOR DCCB LTD.", "SRIKALAHASTI BR.", when(j.date, "%d %b %Y").upper()], "violet", at=0.6
    )
    utr = utr_of(rng, j, "The A.P. State Co-operative Bank", "NEFT")
    hand(p, f"Sent, UTR {utr}", txn=(UTR_RANK, utr), status=j.status)
    return p.done()


def _pay_boi_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bank of India's BOI Omni Neo with an IMPS to the frame maker failed: an octagon's cross, Transaction
    failed, the sum, "to <payee>", the reason in a notice; labels small over their values two to a row
    (IMPS Ref No. and Date, Beneficiary A/c and Reason)."""
    p = phone(rng, font, k, ["", "BOI Omni Neo"], dark=False, buttons=("Retry",))
    band(p, (232, 94, 28))
    app_head(p, "BOI Omni Neo", "Bank of India  |  IMPS")
    h294.octa(p, j.status)
    p.add("center", "Transaction failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {FRAMES}", merchant=FRAMES)
    boxed(
        p, "The beneficiary bank did not respond. If your account was debited it will be reversed.", "error"
    )
    two_up(
        p,
        "bo1",
        ("IMPS Ref No.", j.ref),
        ("Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    two_up(
        p,
        "bo2",
        ("Beneficiary A/c", f"XXXX{digits(rng, 4)}"),
        ("Reason", "Bene bank timeout"),
        method="netbanking",
    )
    return p.done()


def _pay_icici_cib(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ICICI Bank's Corporate Internet Banking with an RTGS or NEFT to the Erode mill: Transaction Details;
    UTR Number, Beneficiary Name, Beneficiary A/c, Amount, Value Date, Payment Mode and Status in a table
    ruled on every side."""
    j.amount = rupees(rng, 60000, 340000, 0.4)
    p = browser_page(rng, font, "cibnext.icicibank.com/corp/payments/details")
    head_of(p, "ICICI Bank", f"Corporate Internet Banking  |  {FIRM_SHORT}")
    p.add("left", "Transaction Details")
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "ICICI Bank", way)
    at = 0.36
    name = fit(p, [MILL, "SRI VINAYAGA TEXTILE"], 0.6)
    gkv(p, "ic", "UTR Number", utr, at=at, txn=(UTR_RANK, utr))
    gkv(p, "ic", "Beneficiary Name", name, at=at, merchant=name)
    gkv(p, "ic", "Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}", at=at)
    gkv(p, "ic", "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "ic", "Value Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"])), at=at, date=j.date)
    gkv(p, "ic", "Payment Mode", way, at=at, method="netbanking")
    gkv(p, "ic", "Status", "Successful", at=at, status=j.status)
    return p.done()


def _pay_iris(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """YES BANK's iris with a UPI payment to the bazaar trader, with no reference: Paid and the sum; To, From
    and On (the day and hour) against a gutter; its toast "Receipt saved to gallery"."""
    j.amount = rupees(rng, 900, 12000, 0.6)
    p = phone(rng, font, k, ["", "iris"], dark=False, buttons=("Done",))
    band(p, (0, 64, 128))
    app_head(p, "iris by YES BANK", "UPI")
    sicon(p, j.status)
    p.add("center", "Paid", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    at = 0.26
    name = fit(p, [TRADERS, "MALLIKARJUNA TRADERS"], 0.7)
    gutter(p, "ir", "To", name, at=at, merchant=name)
    gutter(p, "ir", "From", f"Current A/c {masked(p.font)}{digits(rng, 4)}", at=at, method="UPI")
    gutter(p, "ir", "On", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    h275.toast(p, "Receipt saved to gallery")
    return p.done()


def _pay_pnb_one(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """PNB ONE with an NEFT to the Villupuram indigo maker: Transaction Successful on a tinted band, the
    sum; UTR, Beneficiary, Account, Date and Remarks at the left and the right."""
    p = phone(rng, font, k, ["", "PNB ONE"], dark=False, buttons=("Share", "Done"))
    band(p, (162, 22, 60))
    app_head(p, "PNB ONE", "Punjab National Bank  |  NEFT")
    h269.strip(p, "Transaction Successful", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
    name = fit(p, [INDIGO, "NEELAM NATURAL INDIGO"], 0.55)
    kvr(p, "UTR", utr, txn=(UTR_RANK, utr), method="netbanking")
    kvr(p, "Beneficiary", name, merchant=name)
    kvr(p, "Account", f"XXXXXXXX{digits(rng, 4)}")
    kvr(p, "Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
    kvr(p, "Remarks", "indigo cakes")
    return p.done()


def _pay_kvb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Karur Vysya Bank's DLite with an NEFT to the transporter: Success in a capsule, the sum, "to <payee>";
    Reference No., Beneficiary, Date, From A/c and Purpose in dot leaders."""
    p = phone(rng, font, k, ["", "KVB DLite"], dark=False, buttons=("Share",))
    band(p, (0, 100, 60))
    app_head(p, "KVB DLite", "Karur Vysya Bank  |  NEFT")
    pill(p, "Success", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "Karur Vysya Bank", "NEFT")
    at = 0.34
    name = fit(p, [CARRIER, "Sri Venkateswara Trans"], 0.62)
    dots(p, "Reference No", utr, at=at, txn=(UTR_RANK, utr), method="netbanking")
    dots(p, "Beneficiary", name, at=at, merchant=name)
    dots(p, "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    dots(p, "From A/c", f"XXXX{digits(rng, 4)}", at=at)
    dots(p, "Purpose", "freight", at=at)
    return p.done()


def _pay_cub_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """City Union Bank's CUB All in One with an NEFT to the packaging supplier in process: a spinner,
    Transaction in process, the sum, "to <payee>", a notice; Reference No, Initiated on, Debit A/c and Mode in
    a striped table."""
    p = phone(rng, font, k, ["", "CUB All in One"], dark=False, buttons=("Done",))
    band(p, (20, 60, 140))
    app_head(p, "CUB All in One", "City Union Bank  |  NEFT")
    h279.spinner(p, AMBER)
    p.add("center", "Transaction in process", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {PACKING}", "to SREE LAKSHMI PACK"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(p, "NEFT is sent in half-hourly batches. The beneficiary will be credited shortly.", "info")
    ref = f"CUBN{j.date:%y%m%d}{digits(rng, 6)}"
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "r")]
    rows_ = [
        (["Reference No", ref], {"txn": (BANK_RANK, ref)}),
        (["Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
        (["Debit A/c", f"XXXX{digits(rng, 4)}"], {}),
        (["Mode", "NEFT"], {"method": "netbanking"}),
    ]
    zebra(p, "cu", spec, ["Details", ""], rows_, (20, 60, 140))
    return p.done()


VENDOR_LAYOUTS = [
    _pay_indoasis_today,
    _pay_dccb_form,
    _pay_boi_fail,
    _pay_icici_cib,
    _pay_iris,
    _pay_pnb_one,
    _pay_kvb,
    _pay_cub_pending,
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its suppliers from its banks, one layout a place (``VENDOR_LAYOUTS``): IndOASIS'
    IMPS under "Today", the district co-operative bank's application in numbered fields, BOI Omni Neo's
    failed IMPS, ICICI Bank's corporate banking in a ruled table, iris' payment with no reference, PNB ONE's
    tinted band, KVB DLite's dot leaders and CUB's NEFT in process."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=1500, high=90000)
    return VENDOR_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 7. the company paying its artisans


# the work an artisan is paid for, as a Telugu hand writes it: the words, the unit, the rate (low, high)
WORK = [
    ("పటం గీత", "పటాలు", 450, 900),
    ("పటం రంగులు", "పటాలు", 300, 650),
    ("దుపట్టా గీత", "దుపట్టాలు", 120, 220),
    ("ఉతుకు", "ముక్కలు", 15, 30),
    ("కరక్కాయ పట్టు", "మీటర్లు", 4, 8),
]


def _wage_book(rng: random.Random, font: str, k: int, j: Job, artisan: str) -> tuple:
    """An artisan's page of piece wages, "పని కూలి లెక్క / PIECE WAGES": పేరు / Name and నెల / Month
    written in this set's fields; the panels drawn and painted, the dupattas drawn, the pieces washed
    and the metres soaked in myrobalan written in a Telugu hand with their counts, rates and sums, "మొత్తం"
    (total); "UPI లో పంపాము, Ref ..." (sent by UPI) and "తేదీ <day>" written under it; the CEO's
    signature."""
    p = sheet(rng, font, [740, 780])
    p.part = "head"
    tel(p, FIRM_SHORT_TE, bold=True)
    p.add("center", FIRM)
    creeper(p)
    tel(p, "పని కూలి లెక్క  /  PIECE WAGES", bold=True)
    p.part = "body"
    at = 0.3
    nfield(p, "పేరు", "Name", artisan, pen=True, at=at, merchant=artisan)
    nfield(p, "నెల", "Month", j.month(), pen=True, at=at)
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for words_, unit, lo, hi_ in rng.sample(WORK, 3):
        q = rng.randrange(2, 9) if hi_ > 100 else rng.randrange(20, 90)
        rate = rng.randrange(lo, hi_ + 1, 5 if hi_ > 100 else 1)
        total_ += q * rate
        thand(p, f"{words_} {q} {unit} x {rate}", figure=str(q * rate))
    j.amount = float(total_)
    thand(p, "మొత్తం", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    thand(p, f"UPI లో పంపాము, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    thand(p, f"తేదీ {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    p.add("right", CEO)
    return p.done()


def _wage_phonepe_pending(rng: random.Random, font: str, k: int, j: Job, artisan: str) -> tuple:
    """PhonePe's payment to an artisan pending: Payment pending, the sum, "to <artisan>"; its stages top to
    bottom (Debited from your account, Waiting for the receiver's bank, Credited); a notice; Transaction ID,
    UTR and Initiated on in shaded labels."""
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Check status",))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "")
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {artisan}", merchant=artisan)
    p.add("gap")
    h271.step(p, "Debited from your account", "", "done")
    h271.step(p, "Waiting for the receiver's bank", "up to 48 hrs", "pending")
    h271.step(p, "Credited", "", "todo")
    boxed(p, "Please don't pay again. The money is safe and will be credited or refunded.", "warn")
    tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 14)}"
    at = 0.34
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "UTR", j.ref, at=at, txn=(UTR_RANK, j.ref), method="UPI")
    kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _wage_voucher(rng: random.Random, font: str, k: int, j: Job, artisan: str) -> tuple:
    """The company's printed WAGE VOUCHER under Srikalahasti's legend and a kalamkari creeper, "కూలి
    చెల్లింపు వోచర్ / WAGE VOUCHER", its values printed in an Andhra form's numbered fields (heldout294's):
    1 పేరు / Name, 2 పని / Work, 3 రేటు / Rate, 4 మొత్తం / Total, 5 విధానం / Mode, 6 UTR, 7 తేదీ / Date; a
    revenue stamp signed across by the artisan."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    sthala(p)
    tel(p, FIRM_TE, scale=0.95, bold=True)
    p.add("center", FIRM)
    creeper(p)
    tel(p, "కూలి చెల్లింపు వోచర్  /  WAGE VOUCHER", bold=True)
    p.part = "body"
    at = 0.34
    n, rate = rng.randrange(4, 12), rng.randrange(600, 1200, 50)
    j.amount = float(n * rate)
    h294.tnum(p, 1, "పేరు", "Name", artisan, at=at, pen=False, merchant=artisan)
    h294.tnum(p, 2, "పని", "Work", f"Ramayana panels drawn: {n}", at=at, pen=False)
    h294.tnum(p, 3, "రేటు", "Rate", f"Rs. {rate} per panel", at=at, pen=False)
    h294.tnum(p, 4, "మొత్తం", "Total", f"Rs. {num(j.amount)}", at=at, pen=False, amount=j.amount)
    h294.tnum(p, 5, "విధానం", "Mode", "NEFT", at=at, pen=False, method="netbanking", status=j.status)
    utr = utr_of(rng, j, "Indian Bank", "NEFT")
    h294.tnum(p, 6, "UTR", "UTR", utr, at=at, pen=False, txn=(UTR_RANK, utr))
    h294.tnum(
        p, 7, "తేదీ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, pen=False, date=j.date
    )
    h289.revenue(p)
    sig(p)
    p.add("right", "Receiver's signature")
    return p.done()


def _wage_bhim_today(rng: random.Random, font: str, k: int, j: Job, artisan: str) -> tuple:
    """BHIM's payment to an artisan under "Today, <hour>": "Sent" and the sum on a tinted panel; a copyable
    UPI Ref No.; To and From at the left and the right; no day."""
    p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Share",))
    band(p, (0, 98, 65))
    app_head(p, "BHIM", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    panel(p, "Sent", sum_of(p, j.amount), (0, 98, 65), amount=j.amount, status=j.status)
    copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "To", artisan, merchant=artisan)
    kvr(p, "From", f"Indian Bank {masked(p.font)}{digits(rng, 4)}", method="UPI")
    return p.done()


def _wage_axis_fail(rng: random.Random, font: str, k: int, j: Job, artisan: str) -> tuple:
    """Axis Mobile's UPI payment to an artisan failed under a red ribbon: the sum, "to <artisan>", a notice;
    each value over its label: UPI Ref No., Date, Reason and From."""
    p = phone(rng, font, k, ["", "Axis Mobile"], dark=False, buttons=("Try again",))
    band(p, (151, 20, 77))
    app_head(p, "Axis Mobile", "UPI")
    h275.ribbon(p, "PAYMENT FAILED", RED)
    p.add("gap")
    p.add("center", "The money was not sent", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {artisan}", merchant=artisan)
    boxed(p, "The receiver's bank is not reachable. Any amount debited will come back in 2 days.", "error")
    vlab(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    vlab(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), bold=False, date=j.date)
    vlab(p, "Reason", "U68 Receiver bank not available", bold=False)
    vlab(p, "From", f"Current A/c {masked(p.font)}{digits(rng, 4)}", bold=False, method="UPI")
    return p.done()


def _wage_paybooks(rng: random.Random, font: str, k: int, j: Job, artisan: str) -> tuple:
    """Paybooks' payslip for the Logili's counter: "Payslip for <month>"; Employee, Employee ID, Designation
    and Days paid against a gutter; Earnings | Amount | Deductions | Amount in a striped table; the Net Pay on
    a tinted panel; "Paid by NEFT on <day>, UTR ..."."""
    p = sheet(rng, font, [840, 880])
    head_of(p, FIRM, f"{SHOP_AT}  |  Payslip by Paybooks")
    p.add("center", f"Payslip for {j.month()}")
    p.add("gap")
    at = 0.3
    gutter(p, "pb", "Employee", COUNTER, at=at, merchant=COUNTER)
    gutter(p, "pb", "Employee ID", f"SKPC{rng.randrange(10, 60):03d}", at=at)
    gutter(p, "pb", "Designation", "Sales Associate, Rangula Logili", at=at)
    gutter(p, "pb", "Days paid", str(rng.choice([30, 31, 28, 29, 30])), at=at)
    p.add("gap")
    basic = float(rng.randrange(90, 140) * 100)
    hra = float(rng.randrange(20, 40) * 100)
    conv = 1600.0
    pf = round(basic * 0.12, 0)
    pt = 200.0
    j.amount = basic + hra + conv - pf - pt
    zebra(
        p,
        "pk",
        [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")],
        ["Earnings", "Amount", "Deductions", "Amount"],
        [
            (["Basic", num(basic), "Provident Fund", num(pf)], {}),
            (["HRA", num(hra), "Professional Tax", num(pt)], {}),
            (["Conveyance", num(conv), "", ""], {}),
        ],
        (150, 40, 36),
    )
    panel(p, "Net Pay", f"Rs. {num(j.amount)}", MADDER, amount=j.amount)
    utr = utr_of(rng, j, "Indian Bank", "NEFT")
    p.add(
        "left",
        f"Paid by NEFT on {when(j.date, '%d/%m/%Y')}, UTR {utr}",
        date=j.date,
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    p.add("small", "This is a computer generated payslip and does not need a signature.")
    return p.done()


def _wage_ugadi(rng: random.Random, font: str, k: int, j: Job, artisan: str) -> tuple:
    """An artisan's Ugadi advance in a Telugu hand on the company's slip in the week before Ugadi, with no
    reference: "ఉగాది అడ్వాన్స్" (Ugadi advance); "ఉగాది పండుగ సందర్భంగా / రూ. x/- నగదు అడ్వాన్సుగా /
    అందుకున్నాను." (on the occasion of Ugadi I have received Rs. x/- in cash as an advance) and "తేదీ:
    <day>"; the artisan's signature and name written under it; the slip's folds."""
    season(j, rng, UGADI - dt.timedelta(days=7), 7)
    j.amount = float(rng.choice([1000, 1500, 2000, 2500, 3000]))
    p = sheet(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(250, 249, 240), (247, 245, 234)])
    p.part = "head"
    tel(p, FIRM_SHORT_TE, scale=0.95, bold=True)
    p.add("small", f"{FIRM}  |  Srikalahasti")
    p.add("rule")
    p.part = "body"
    thand(p, "ఉగాది అడ్వాన్స్", align="c", scale=1.4)
    p.add("gap")
    thand(p, "ఉగాది పండుగ సందర్భంగా", scale=1.3)
    thand(p, f"రూ. {num(j.amount, 'indian', 0)}/- నగదు అడ్వాన్సుగా", scale=1.3, amount=j.amount)
    thand(p, "అందుకున్నాను.", scale=1.3, method="cash", status=j.status)
    p.add("gap")
    thand(p, f"తేదీ: {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    hand(p, artisan, align="r", merchant=artisan)
    h287.decor(p, "fold")
    return p.done()


def _wage_yono(rng: random.Random, font: str, k: int, j: Job, artisan: str) -> tuple:
    """YONO SBI's IMPS of the helper's salary: a large round tick, Transfer successful, the sum, "to
    <helper>"; IMPS Ref No., Date, From A/c and Remarks in a table ruled on every side."""
    j.amount = float(rng.randrange(90, 160) * 100)
    p = phone(rng, font, k, ["", "YONO SBI"], dark=False, buttons=("Share", "Done"))
    band(p, (40, 0, 110))
    app_head(p, "YONO SBI", "Quick Transfer  |  IMPS")
    sicon(p, j.status)
    p.add("center", "Transfer successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {HELPER}", merchant=HELPER)
    p.add("gap")
    at = 0.36
    gkv(p, "yo", "IMPS Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref), method="netbanking")
    gkv(p, "yo", "Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
    gkv(p, "yo", "From A/c", f"XXXXXXX{digits(rng, 4)}", at=at)
    gkv(p, "yo", "Remarks", f"salary {j.month()}", at=at)
    return p.done()


WAGE_LAYOUTS = [
    _wage_book,
    _wage_phonepe_pending,
    _wage_voucher,
    _wage_bhim_today,
    _wage_axis_fail,
    _wage_paybooks,
    _wage_ugadi,
    _wage_yono,
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its artisans (by the panel drawn and painted, the dupatta drawn, the piece washed
    and the metre soaked) and its staff, one layout a place (``WAGE_LAYOUTS``): an artisan's piece wages in a
    Telugu hand, PhonePe's payment pending, the wage voucher in numbered fields, BHIM's "Today", Axis
    Mobile's failure under a red ribbon, Paybooks' payslip, an Ugadi advance in a Telugu hand with no
    reference and YONO's IMPS of the helper's salary."""
    k = place("worker_pay")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1500, high=16000)
    artisan = ARTISANS[(k + rng.randrange(2)) % len(ARTISANS)]
    return WAGE_LAYOUTS[k](rng, font, k, j, artisan)


# ---------------------------------------------------------------- 8. fees, taxes and dues


MUNICIPALITY = "Srikalahasti Municipality"
MUNICIPALITY_TE = "శ్రీకాళహస్తి మున్సిపాలిటీ"
APPCB = "Andhra Pradesh Pollution Control Board"
EPFO = "Employees' Provident Fund Organisation"
LABOUR = "Labour Department, Government of Andhra Pradesh"
EPCH = "Export Promotion Council for Handicrafts"
MEA = "Ministry of External Affairs, Government of India"


def _fee_property_tax(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Srikalahasti Municipality's property tax e-receipt for the workshop from the CDMA portal under its
    Telugu name: Payment Successful; this set's bilingual fields: రశీదు నం. / Receipt No., ఇంటి నం. / Door
    No., యజమాని పేరు / Owner, కాలం / Period, చెల్లించిన మొత్తం / Amount Paid, చెల్లింపు విధానం / Mode, బ్యాంక్
    ట్రాన్సాక్షన్ ఐడి / Bank Txn ID and తేదీ / Date; its QR code."""
    j.amount = rupees(rng, 2500, 24000, 0.3)
    p = browser_page(rng, font, "cdma.ap.gov.in/propertytax/receipt")
    p.part = "head"
    tel(p, MUNICIPALITY_TE, bold=True)
    top(p, MUNICIPALITY, merchant=MUNICIPALITY)
    p.add("small", "Commissioner & Director of Municipal Administration, A.P.  |  Property Tax e-Receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    p.add("gap")
    at = 0.42
    rno = f"PT{j.date:%y}{digits(rng, 9)}"
    nfield(p, "రశీదు నం.", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    nfield(p, "ఇంటి నం.", "Door No.", f"{rng.randrange(1, 30)}-{rng.randrange(1, 400)}", at=at)
    nfield(p, "యజమాని పేరు", "Owner", nf_fit(p, [FIRM, FIRM_SHORT], at=at), at=at)
    nfield(p, "కాలం", "Period", f"20{fy(j.date)}, {'I' if 4 <= j.date.month <= 9 else 'II'} Half", at=at)
    nfield(p, "చెల్లించిన మొత్తం", "Amount Paid", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    nfield(p, "చెల్లింపు విధానం", "Mode", "Net Banking", at=at, method="netbanking")
    ref = f"IDIB{j.date:%y%m%d}{digits(rng, 8)}"
    nfield(p, "బ్యాంక్ ట్రాన్సాక్షన్ ఐడి", "Bank Txn ID", ref, at=at, txn=(BANK_RANK, ref))
    nfield(p, "తేదీ", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    h269.qr(p, rno, "r", 4)
    return p.done()


def _fee_appcb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Andhra Pradesh Pollution Control Board's OCMMS e-receipt for the consent fee of the workshop's
    boiling and washing unit: e-Payment Receipt; Receipt No., Industry, Category, Fee type, Amount, Payment
    mode, Bank Ref. No. and Payment Date against a gutter."""
    j.amount = float(rng.choice([5000, 7500, 10000, 12500]))
    p = browser_page(rng, font, "apocmms.nic.in/OCMMS/payment/receipt")
    head_of(p, APPCB, "OCMMS  |  Paryavarana Bhavan, Vijayawada", merchant=APPCB)
    p.add("center", "e-Payment Receipt", status=j.status)
    p.add("gap")
    rno = f"APPCB/{j.date.year}/{digits(rng, 6)}"
    ref = f"IDIB{digits(rng, 12)}"
    at = 0.36
    gutter(p, "pc", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gutter(p, "pc", "Industry", FIRM_SHORT, at=at)
    gutter(p, "pc", "Category", "Orange, Small", at=at)
    gutter(p, "pc", "Fee type", "CFO renewal", at=at)
    gutter(p, "pc", "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "pc", "Payment mode", "Net Banking", at=at, method="netbanking")
    gutter(p, "pc", "Bank Ref. No.", ref, at=at, txn=(BANK_RANK, ref))
    gutter(p, "pc", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    return p.done()


def _fee_epfo_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """EPFO's ECR challan with its payment awaiting the bank over a progress bar: Payment confirmation
    awaited from bank, a notice; TRRN, Establishment ID, Wage month, Amount, Bank and Initiated on in dot
    leaders."""
    p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/challan/status")
    head_of(p, EPFO, "Unified Portal  |  ECR Challan Payment", merchant=EPFO)
    p.add("left", "Payment confirmation awaited from bank", status=j.status)
    h294.progress(p, rng.uniform(0.5, 0.7), j.status)
    boxed(p, "The bank has not yet confirmed this challan. Do not pay it again.", "warn")
    trrn = f"{rng.randrange(1, 9)}{digits(rng, 12)}"
    at = 0.38
    dots(p, "TRRN", trrn, at=at, txn=(INVOICE_RANK, trrn))
    dots(p, "Establishment ID", f"APTPT{digits(rng, 7)}000", at=at)
    dots(p, "Wage month", j.month(), at=at)
    dots(p, "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Bank", "Indian Bank (Net Banking)", at=at, method="netbanking")
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _fee_labour(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Labour Department's e-receipt for the Logili's registration under the Shops and Establishments
    Act renewed, printed and stamped at its office: Application No., Establishment, Registration No., Fee,
    Payment mode, Transaction ID and Payment Date in a striped table; the Assistant Labour Officer's round
    seal."""
    j.amount = float(rng.choice([600, 1000, 1500, 2000]))
    p = browser_page(rng, font, "labour.ap.gov.in/shops/renewal/receipt")
    head_of(p, LABOUR, "Shops and Establishments  |  Registration Renewal Receipt", merchant=LABOUR)
    p.add("gap")
    tid = f"APL{j.date:%y%m%d}{digits(rng, 7)}"
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "r")]
    rows_ = [
        (["Application No.", f"SE/TPT/{digits(rng, 7)}"], {}),
        (["Establishment", SHOP], {}),
        (
            [
                "Registration No.",
                f"AP-13-{digits(rng, 2)}-{digits(rng, 3)}-{j.date.year - rng.randrange(2, 8)}",
            ],
            {},
        ),
        (["Fee", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
        (["Payment mode", "UPI"], {"method": "UPI", "status": j.status}),
        (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
        (["Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
    ]
    zebra(p, "lb", spec, ["Receipt details", ""], rows_, (20, 80, 120))
    h269.seal(
        p, "ASST. LABOUR OFFICER SRIKALAHASTI", ["RECEIVED", when(j.date, "%d %b %y").upper()], "violet"
    )
    return p.done()


def _fee_puraseva_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The PuraSeva app with the Logili's trade licence renewed under "Today, <hour>": Srikalahasti
    Municipality under the app's bar, a large round tick, Payment successful, the sum; a copyable
    Transaction ID; Trade licence No. and Paid via against a gutter; no day."""
    j.amount = float(rng.choice([1250, 1800, 2400, 3600]))
    p = phone(rng, font, k, ["", "PuraSeva"], dark=False, buttons=("Download receipt",))
    band(p, (0, 110, 110))
    bar(p, "PuraSeva", MUNICIPALITY, merchant=MUNICIPALITY)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"PS{code(rng, 4, UPPER)}{digits(rng, 10)}"
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    at = 0.4
    gutter(p, "ps", "Trade licence No.", f"TL/{digits(rng, 6)}", at=at)
    gutter(p, "ps", "Paid via", "UPI", at=at, method="UPI")
    p.add("small", "Service: Trade licence renewal")
    return p.done()


def _fee_stall(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The temple's receipt for the Logili's stall on the Brahmotsavam's fair ground, from its book under
    its Telugu name, filled in by hand with no number and no reference: "దుకాణం అద్దె రశీదు / STALL RENT
    RECEIPT"; తేదీ / Date, ఎవరి నుండి / Received from, దుకాణం నం. / Stall No., మొత్తం / Amount and విధానం /
    Mode (Cash) written in this set's fields; Received with thanks; its oval stamp and the Assistant
    Executive Officer's signature."""
    season(j, rng, BRAHMOTSAVAM - dt.timedelta(days=10), 8)
    j.amount = float(rng.choice([6000, 7500, 9000, 12000]))
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    tel(p, TEMPLE_TE, bold=True)
    top(p, TEMPLE, merchant=TEMPLE)
    p.add("small", "Brahmotsavam Fair Ground  |  Estate Section")
    creeper(p)
    tel(p, "దుకాణం అద్దె రశీదు  /  STALL RENT RECEIPT", bold=True)
    p.part = "body"
    at = 0.36
    nfield(p, "తేదీ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), pen=True, at=at, date=j.date)
    nfield(
        p,
        "ఎవరి నుండి",
        "Received from",
        nf_fit(p, ["Rangula Logili, Sannidhi St.", SHOP], pen=True, at=at),
        pen=True,
        at=at,
    )
    nfield(p, "దుకాణం నం.", "Stall No.", f"B-{rng.randrange(1, 60)}", pen=True, at=at)
    nfield(p, "మొత్తం", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, at=at, amount=j.amount)
    nfield(p, "విధానం", "Mode", "Cash", pen=True, at=at, method="cash")
    p.add("left", "Received with thanks.", status=j.status)
    h287.oval(p, ["SRI KALAHASTEESWARA", "DEVASTHANAM", "ESTATE SECTION"], "violet", at=0.25)
    sig(p)
    p.add("right", "Asst. Executive Officer")
    return p.done()


def _fee_epch(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Export Promotion Council for Handicrafts' e-receipt for the company's membership: Receipt No :,
    Member :, Membership No :, Period :, Amount :, Payment mode :, Bank Ref No : and Date : with colons in a
    rounded card."""
    j.amount = float(rng.choice([5900, 8260, 11800]))
    p = browser_page(rng, font, "www.epch.in/members/payment/receipt")
    head_of(p, EPCH, "EPCH House, Pocket 6 & 7, Sector C, Vasant Kunj, New Delhi", merchant=EPCH)
    p.add("center", "Membership Fee Receipt", status=j.status)
    p.add("gap")
    rno = f"EPCH/{fy(j.date)}/{digits(rng, 6)}"
    ref = f"IDIB{digits(rng, 12)}"
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    c = card_open(p)
    colkv(p, "ep", spec, "Receipt No :", rno, txn=(INVOICE_RANK, rno))
    colkv(p, "ep", spec, "Member :", FIRM_SHORT)
    colkv(p, "ep", spec, "Membership No :", f"EPCH/SR/{digits(rng, 5)}")
    colkv(p, "ep", spec, "Period :", f"20{fy(j.date)}")
    colkv(p, "ep", spec, "Amount :", f"Rs. {num(j.amount)} (incl. GST)", amount=j.amount)
    colkv(p, "ep", spec, "Payment mode :", "Net Banking", method="netbanking")
    colkv(p, "ep", spec, "Bank Ref No :", ref, txn=(BANK_RANK, ref))
    colkv(p, "ep", spec, "Date :", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
    card_close(p, c)
    return p.done()


def _fee_passport_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Passport Seva's fee for the export manager's passport renewal failed: the Ministry of External
    Affairs printed under the portal's name, a cross on a rounded tile, Payment failed, a notice; ARN,
    Amount, Transaction ID, Payment mode and Date in a striped table."""
    j.amount = float(rng.choice([1500, 2000]))
    p = browser_page(rng, font, "services1.passportindia.gov.in/forms/payment/status")
    p.part = "head"
    top(p, "Passport Seva")
    p.add("small", MEA, merchant=MEA)
    p.add("rule")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    boxed(p, "The transaction was not completed. Your appointment is not booked; please pay again.", "error")
    tid = f"SBIePay{digits(rng, 12)}"
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "r")]
    rows_ = [
        (["ARN", f"{j.date:%y}-{digits(rng, 10)}"], {}),
        (["Amount", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
        (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
        (["Payment mode", "Net Banking"], {"method": "netbanking"}),
        (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
    ]
    zebra(p, "pp", spec, ["Payment details", ""], rows_, (30, 50, 110))
    return p.done()


FEE_LAYOUTS = [
    _fee_property_tax,
    _fee_appcb,
    _fee_epfo_pending,
    _fee_labour,
    _fee_puraseva_today,
    _fee_stall,
    _fee_epch,
    _fee_passport_fail,
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's fees, taxes and dues, the authority paid as printed, one layout a place
    (``FEE_LAYOUTS``): the municipality's property tax in this set's bilingual fields with its QR code,
    APPCB's consent fee against a gutter, EPFO's challan awaiting the bank, the Labour Department's striped
    receipt with its seal, PuraSeva's trade licence under "Today", the temple's stall receipt filled in by
    hand with no reference, EPCH's membership receipt and Passport Seva's failed fee."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=1500, high=60000)
    return FEE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 9. the insurers


NEWINDIA = "The New India Assurance Co. Ltd."
TATAAIG = "Tata AIG General Insurance"
BAJAJ = "Bajaj General Insurance"
ABHI = "Aditya Birla Health Insurance"
HDFCERGO = "HDFC ERGO General Insurance"
DIGIT = "Go Digit General Insurance"
ACKO = "ACKO General Insurance"
SBILIFE = "SBI Life Insurance"


def _ins_newindia(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The New India Assurance Company's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha
    policy: its sentence; Receipt No., Policy No., Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR and
    Receipt Date against a gutter; the divisional office's round seal."""
    base = float(rng.randrange(40, 160) * 50)
    gst = round(base * 0.09, 2)
    j.amount = round(base + 2 * gst, 2)
    p = sheet(rng, font, [820, 860])
    head_of(p, NEWINDIA, "Divisional Office, Tilak Road, Tirupati - 517501", merchant=NEWINDIA)
    p.add("center", "PREMIUM RECEIPT")
    prose(
        p,
        f"Received with thanks from {FIRM} the premium on the Bharat Sookshma Udyam Suraksha policy for the "
        "workshop at Kothapeta.",
        status=j.status,
    )
    p.add("gap")
    rno = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 6)}"
    utr = utr_of(rng, j, "Indian Bank", "NEFT")
    at = 0.36
    gutter(p, "ni", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gutter(p, "ni", "Policy No.", f"6102{digits(rng, 2)}11{j.date:%y}{digits(rng, 8)}", at=at)
    gutter(p, "ni", "Premium", num(base), at=at)
    gutter(p, "ni", "CGST @ 9%", num(gst), at=at)
    gutter(p, "ni", "SGST @ 9%", num(gst), at=at)
    gutter(p, "ni", "Total Premium", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "ni", "Mode", "NEFT", at=at, method="netbanking")
    gutter(p, "ni", "UTR", utr, at=at, txn=(UTR_RANK, utr))
    gutter(p, "ni", "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    h269.seal(
        p, "THE NEW INDIA ASSURANCE CO. LTD.", ["D.O. TIRUPATI", when(j.date, "%d %b %y").upper()], "blue"
    )
    return p.done()


def _ins_tataaig_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Tata AIG's renewal of the CEO's family health policy failed by card under a red ribbon: Payment
    unsuccessful, a notice; Proposal No., Premium, Payment Reference, Card, Attempted on and Reason at the
    left and the right."""
    p = browser_page(rng, font, "www.tataaig.com/renewal/payment/status")
    head_of(p, TATAAIG, "Health insurance renewal", merchant=TATAAIG)
    h275.ribbon(p, "PAYMENT FAILED", RED)
    p.add("gap")
    p.add("center", "Payment unsuccessful", status=j.status)
    boxed(p, "Your card was declined by the issuing bank. Your policy has not been renewed yet.", "error")
    ref = f"TAIG{j.date:%y%m%d}{digits(rng, 8)}"
    kvr(p, "Proposal No.", f"PR{digits(rng, 10)}")
    kvr(p, "Premium", f"Rs. {num(j.amount)}", amount=j.amount)
    kvr(p, "Payment Reference", ref, txn=(TXN_RANK, ref))
    kvr(p, "Card", f"Credit card XXXX {digits(rng, 4)}", method="card")
    kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "Reason", "Declined by issuer")
    return p.done()


def _ins_bajaj(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bajaj General's motor policy for the company's goods autorickshaw issued: Policy issued in a
    capsule; each value over its label: Policy No., Vehicle No., Premium (incl. GST), Transaction ID, Payment
    mode and Payment date."""
    j.amount = rupees(rng, 4200, 9800, 0.3)
    p = browser_page(rng, font, "www.bajajgeneral.com/motor/policy/issued")
    head_of(p, BAJAJ, "Goods carrying vehicle package policy", merchant=BAJAJ)
    pill(p, "Policy issued", j.status, align="l")
    p.add("gap")
    tid = f"BG{digits(rng, 12)}"
    vlab(p, "Policy No.", f"OG-{j.date:%y}-1806-1803-{digits(rng, 8)}", bold=False)
    vlab(p, "Vehicle No.", f"AP03{code(rng, 2, UPPER)}{digits(rng, 4)}", bold=False)
    vlab(p, "Premium (incl. GST)", f"Rs. {num(j.amount)}", amount=j.amount)
    vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    vlab(p, "Payment mode", "UPI", bold=False, method="UPI")
    vlab(p, "Payment date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), bold=False, date=j.date)
    return p.done()


def _ins_abhi_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Aditya Birla Health Insurance's group health cover for the artisans with its payment awaited:
    Proposal, Payment and Policy issued left to right, Payment awaited, a notice; Proposal No., Amount,
    Transaction ID, Payment mode and Initiated on against a gutter."""
    j.amount = rupees(rng, 18000, 60000, 0.3)
    p = browser_page(rng, font, "www.adityabirlacapital.com/healthinsurance/payment/status")
    head_of(p, ABHI, "Group Activ Health  |  Payment status", merchant=ABHI)
    h273.track(p, ["Proposal", "Payment", "Policy issued"], "dp-")
    p.add("center", "Payment awaited", status=j.status)
    boxed(p, "We have not yet received confirmation from your bank. This may take up to 24 hours.", "warn")
    tid = f"ABHI{digits(rng, 12)}"
    at = 0.36
    gutter(p, "ab", "Proposal No.", f"GHP{digits(rng, 9)}", at=at)
    gutter(p, "ab", "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "ab", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gutter(p, "ab", "Payment mode", "Net Banking", at=at, method="netbanking")
    gutter(
        p, "ab", "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=at, date=j.date
    )
    return p.done()


def _ins_hdfcergo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC ERGO's e-receipt for the Logili's shopkeeper's policy: Receipt No., Policy No., Product, Premium,
    GST @ 18%, Total, Payment mode, Bank Reference and Receipt Date in a table ruled on every side; its QR
    code."""
    base = float(rng.randrange(30, 120) * 50)
    gst = round(base * 0.18, 2)
    j.amount = round(base + gst, 2)
    p = browser_page(rng, font, "www.hdfcergo.com/customer/receipt")
    head_of(p, HDFCERGO, "e-Receipt", merchant=HDFCERGO)
    p.add("gap")
    rno = f"RCPT{digits(rng, 10)}"
    ref = f"IDIB{j.date:%y%m%d}{digits(rng, 6)}"
    at = 0.36
    gkv(p, "he", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gkv(p, "he", "Policy No.", f"2999 2034 {digits(rng, 4)} {digits(rng, 4)} 000", at=at)
    gkv(p, "he", "Product", "Shop Secure, Rangula Logili", at=at)
    gkv(p, "he", "Premium", num(base), at=at)
    gkv(p, "he", "GST @ 18%", num(gst), at=at)
    gkv(p, "he", "Total", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "he", "Payment mode", "Net Banking", at=at, method="netbanking", status=j.status)
    gkv(p, "he", "Bank Reference", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "he", "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    p.add("gap")
    h269.qr(p, rno, "r", 4)
    return p.done()


def _ins_digit(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Go Digit's stock policy for the Logili paid: a large round tick, Payment successful, the sum; labels
    small over their values two to a row (Policy No. and Transaction ID, Paid via and Paid on)."""
    p = phone(rng, font, k, ["", "Digit Insurance"], dark=False, buttons=("Download policy",))
    band(p, (30, 30, 30), ink=(255, 210, 0))
    bar(p, "Digit Insurance", DIGIT, merchant=DIGIT)
    sicon(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"D{digits(rng, 11)}"
    two_up(p, "dg1", ("Policy No.", f"D{digits(rng, 9)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
    two_up(
        p,
        "dg2",
        ("Paid via", "UPI"),
        ("Paid on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        method="UPI",
        date=j.date,
    )
    return p.done()


def _ins_acko_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ACKO's app with the artisans' group personal accident cover paid under "Today, <hour>": ACKO under
    the app's bar, a tick on a rounded tile, Premium paid, the sum; Policy No., Transaction ID, Members and
    Paid via on hairline rows; no day."""
    p = phone(rng, font, k, ["", "ACKO"], dark=False, buttons=("Done",))
    band(p, (86, 40, 190))
    bar(p, "ACKO", ACKO, merchant=ACKO)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, j.status)
    p.add("center", "Premium paid", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"ACKO{code(rng, 10, ALNUM)}"
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    cols(p, "ak", spec, "Policy No.", f"GPA{digits(rng, 9)}", mode="line")
    cols(p, "ak", spec, "Transaction ID", tid, mode="line", txn=(TXN_RANK, tid))
    cols(p, "ak", spec, "Members", f"{rng.randrange(14, 32)} artisans", mode="line")
    cols(p, "ak", spec, "Paid via", "UPI", mode="line", method="UPI")
    return p.done()


def _ins_sbilife_sms(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """SBI Life's SMS of the CEO's premium with no reference: "Dear Customer, premium of Rs.x for Policy No.
    ... received on <dd/mm/yyyy> through UPI. Thank you for choosing SBI Life. -SBI Life Insurance"."""
    text = (
        f"Dear Customer, premium of Rs.{num(j.amount, rng.choice(['indian', 'plain']))} for Policy No. "
        f"{digits(rng, 11)} received on {when(j.date, '%d/%m/%Y')} through UPI. Thank you for choosing SBI "
        "Life. -SBI Life Insurance"
    )
    p = sms_page(rng, font, "VM-SBILIF", text, j.date)
    p.add("left", text, amount=j.amount, date=j.date, method="UPI", status=j.status, merchant=SBILIFE)
    return p.done()


INSURER_LAYOUTS = [
    _ins_newindia,
    _ins_tataaig_fail,
    _ins_bajaj,
    _ins_abhi_pending,
    _ins_hdfcergo,
    _ins_digit,
    _ins_acko_today,
    _ins_sbilife_sms,
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's premiums, the insurer on top, under its app's bar or signing its message, one layout a
    place (``INSURER_LAYOUTS``): New India's receipt against a gutter with its round seal, Tata AIG's failed
    card under a red ribbon, Bajaj General's policy issued with its values over their labels, Aditya Birla
    Health's payment awaited, HDFC ERGO's ruled e-receipt, Go Digit's payment two to a row, ACKO's "Today"
    and SBI Life's SMS with no reference."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=2000, high=30000)
    return INSURER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("RANGULA LOGILI", "SANNIDHI STREET, SRIKALAHASTI", "Paytm"),
    ("Sri Padmavathi Bhojanalayam", "Tirupati", "DotPe"),
    ("RANGULA LOGILI - BRAHMOTSAVAM", "FAIR GROUND, SRIKALAHASTI", "Pine Labs"),
    ("APSRTC", "Andhra Pradesh State Road Transport Corporation", ""),
    ("Akasa Air", "Chennai (MAA) - Delhi (DEL)", ""),
    ("SRI RAMA HARDWARES", "BAZAAR STREET, SRIKALAHASTI", "BharatPe"),
    ("TIRUPATI ART SUPPLIES", "Tirupati", "SBI Card"),
    ("Kala Art Materials", "Tirupati", "SBI Card"),
]


def _card_paytm_edc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Paytm's card machine's SALE slip at the Rangula Logili, typed in its printer's face with each label at
    the left and its value at the line's right end: DATE, TIME, MID, TID, BATCH NO, INVOICE NO, CARD, CARD
    TYPE, APPR CODE, RRN; AMOUNT; APPROVED; CUSTOMER COPY."""
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
    typed_pair(p, "DATE", when(j.date, "%d/%m/%Y"), date=j.date)
    typed_pair(p, "TIME", t)
    typed_pair(p, "MID", digits(rng, 15))
    typed_pair(p, "TID", digits(rng, 8))
    typed_pair(p, "BATCH NO", f"{rng.randrange(1, 999):06d}")
    typed_pair(p, "INVOICE NO", inv, txn=(INVOICE_RANK, inv))
    typed_pair(p, "CARD", f"XXXX XXXX XXXX {last4}", method="card")
    typed_pair(p, "CARD TYPE", f"{scheme} CHIP")
    typed_pair(p, "APPR CODE", appr, txn=(APPR_RANK, appr))
    typed_pair(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    typed_pair(p, "AMOUNT", f"Rs.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "PIN VERIFIED OK  |  CUSTOMER COPY")
    return p.done()


def _card_dotpe(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """A Tirupati restaurant's e-bill from DotPe after a buyers' lunch, paid by card: the restaurant over its
    town; Bill No., Table and Date; the dishes on hairline rows; Sub Total, CGST 2.5% and SGST 2.5% and the
    Grand Total in dot leaders; Paid by, Transaction ID and Approval Code at the left and the right."""
    p = browser_page(rng, font, "bill.dotpe.in/e-bill")
    head_of(p, name, f"{town}  |  e-bill by DotPe", merchant=name)
    bno = str(rng.randrange(1000, 9999))
    cols(
        p,
        "dp0",
        [(0.0, 0.34, "l"), (0.34, 0.6, "c"), (0.6, 1.0, "r")],
        f"Bill No. {bno}",
        f"Table {rng.randrange(2, 20)}",
        f"Date {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
        txn=(INVOICE_RANK, bno),
        date=j.date,
    )
    p.add("gap")
    dishes = [
        ("Andhra meals", 220, 320),
        ("Pesarattu upma", 110, 160),
        ("Gongura paneer", 240, 320),
        ("Veg biryani", 200, 280),
        ("Curd rice", 90, 130),
        ("Filter coffee", 40, 60),
    ]
    spec = [(0.0, 0.56, "l"), (0.56, 0.74, "r"), (0.74, 1.0, "r")]
    sub = 0.0
    for dish, lo, hi_ in rng.sample(dishes, rng.randrange(3, 5)):
        q, rate = rng.randrange(1, 6), rng.randrange(lo, hi_, 10)
        sub += q * rate
        cols(p, "dpb", spec, dish, f"{q} x {rate}", num(q * rate), mode="line")
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    at = 0.62
    dots(p, "Sub Total", num(sub), at=at)
    dots(p, "CGST @ 2.5%", num(gst), at=at)
    dots(p, "SGST @ 2.5%", num(gst), at=at)
    dots(p, "Grand Total", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    p.add("gap")
    tid = f"DP{digits(rng, 12)}"
    kvr(p, "Paid by", f"{scheme.title()} credit card XX{last4}", method="card", status=j.status)
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Approval Code", appr, txn=(APPR_RANK, appr))
    return p.done()


def _card_pinelabs_pending(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Pine Labs' terminal at the Logili's Brahmotsavam stall with the host's answer not come, typed in its
    printer's face: CARD SALE; DATE, TIME, TID, BATCH, TXN ID, CARD and AMOUNT; STATUS : HOST NOT RESPONDING,
    RESULT AWAITED and DO NOT RETRY."""
    season(j, rng, BRAHMOTSAVAM, BRAHMOTSAVAM_DAYS)
    j.amount = float(rng.randrange(8, 60) * 100)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "CARD SALE")
    p.add("rule")
    tid = f"PL{j.date:%y%m%d}{digits(rng, 8)}"
    typed(p, f"DATE    : {when(j.date, '%d-%m-%Y')}", date=j.date)
    typed(p, f"TIME    : {t}")
    typed(p, f"TID     : {digits(rng, 8)}")
    typed(p, f"BATCH   : {rng.randrange(1, 999):06d}")
    typed(p, f"TXN ID  : {tid}", txn=(TXN_RANK, tid))
    typed(p, f"CARD    : {scheme} **** {last4}", method="card")
    typed(p, f"AMOUNT  : Rs.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    typed(p, "STATUS  : HOST NOT RESPONDING", status=j.status)
    p.add("center", "RESULT AWAITED")
    p.add("small", "DO NOT RETRY - CHECK THE PINE LABS APP")
    return p.done()


def _card_apsrtc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """APSRTC's e-ticket on an Amaravathi coach to a crafts fair in Hyderabad, bought by debit card: labels
    small over their values two to a row (Ticket No. and Booking Date, Service and Date of Journey, From and
    To); Basic fare, Reservation charges, Toll and Total Fare in dot leaders; Payment and Transaction ID."""
    p = browser_page(rng, font, "www.apsrtconline.in/oprs-web/ticket/print")
    head_of(p, name, town, merchant=name)
    p.add("center", "e-TICKET", status=j.status)
    p.add("gap")
    tno = f"T{digits(rng, 9)}"
    travel = j.date + dt.timedelta(days=rng.randrange(3, 30))
    two_up(
        p,
        "rt1",
        ("Ticket No.", tno),
        ("Booking Date", when(j.date, "%d/%m/%Y")),
        txn=(ORDER_RANK, tno),
        date=j.date,
    )
    two_up(
        p,
        "rt2",
        ("Service", f"{rng.randrange(2000, 9999)} AMARAVATHI"),
        ("Date of Journey", when(travel, "%d/%m/%Y")),
    )
    two_up(p, "rt3", ("From", "SRIKALAHASTI"), ("To", "HYDERABAD (MGBS)"))
    p.add("gap")
    base = float(rng.randrange(9, 16) * 100)
    res, toll = 30.0, float(rng.choice([20, 30, 40]))
    seats = rng.randrange(1, 3)
    j.amount = seats * (base + res + toll)
    at = 0.6
    dots(p, f"Basic fare ({seats} seat{'s' if seats > 1 else ''})", num(seats * base), at=at)
    dots(p, "Reservation charges", num(seats * res), at=at)
    dots(p, "Toll", num(seats * toll), at=at)
    dots(p, "Total Fare", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    p.add("gap")
    tid = f"APS{digits(rng, 12)}"
    kvr(p, "Payment", f"Debit Card {scheme} XX{last4}", method="card")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    return p.done()


def _card_akasa(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Akasa Air's booking for the export manager's flight to a crafts fair in Delhi, paid by credit card, in
    a ticket's card: PNR, Flight and Travel date over its tear; Base fare, Taxes and fees and Total paid
    under it; Paid by, Payment ID and Booked on at the left and the right."""
    p = mail_page(
        rng,
        font,
        "Akasa Air <noreply@akasaair.com>",
        ["Your booking is confirmed", "Itinerary - Chennai to Delhi"],
    )
    head_of(p, name, town, merchant=name)
    p.add("left", "Booking confirmed", status=j.status)
    start = h279.ticket_open(p)
    pnr = code(rng, 6, UPPER)
    travel = j.date + dt.timedelta(days=rng.randrange(5, 40))
    kvr(p, "PNR", pnr, txn=(ORDER_RANK, pnr))
    kvr(p, "Flight", f"QP {rng.randrange(1100, 1999)}  MAA - DEL")
    kvr(p, "Travel date", when(travel, "%d %b %Y"))
    tear = h279.ticket_tear(p)
    base = float(rng.randrange(34, 90) * 100)
    taxes = float(rng.randrange(7, 14) * 100)
    j.amount = base + taxes
    kvr(p, "Base fare", num(base))
    kvr(p, "Taxes and fees", num(taxes))
    kvr(p, "Total paid", f"INR {num(j.amount)}", amount=j.amount)
    h279.ticket_close(p, start, tear)
    pid = f"AKP{digits(rng, 12)}"
    kvr(p, "Paid by", f"Credit card ending {last4}", method="card")
    kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
    kvr(p, "Booked on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
    return p.done()


def _card_bharatpe_declined(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """BharatPe's card machine at a Srikalahasti hardware store with the card declined, typed in its
    printer's face with the colons in a column: SALE; DATE, TIME, TID, BATCH, INVOICE, CARD and AMOUNT;
    TRANSACTION DECLINED, 51 INSUFFICIENT FUNDS."""
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"
    typed(p, f"DATE    : {when(j.date, '%d/%m/%y')}", date=j.date)
    typed(p, f"TIME    : {t}")
    typed(p, f"TID     : {digits(rng, 8)}")
    typed(p, f"BATCH   : {rng.randrange(1, 999):06d}")
    typed(p, f"INVOICE : {inv}", txn=(INVOICE_RANK, inv))
    typed(p, f"CARD    : {scheme} XX{last4}", method="card")
    typed(p, f"AMOUNT  : INR {num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "TRANSACTION DECLINED", status=j.status)
    typed(p, "RESP 51 : INSUFFICIENT FUNDS")
    p.add("small", "PLEASE USE ANOTHER CARD")
    return p.done()


def _card_sbi_sms(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """SBI Card's SMS of a spend on the company's credit card with no reference: "Rs.x spent on your SBI
    Credit Card ending 1234 at <MERCHANT> on <dd/mm/yy>. Trxn. not done by you? Report at
    https://sbicard.com/Dispute"."""
    text = (
        f"Rs.{num(j.amount, 'western')} spent on your SBI Credit Card ending {last4} at {name} on "
        f"{when(j.date, '%d/%m/%y')}. Trxn. not done by you? Report at https://sbicard.com/Dispute"
    )
    p = sms_page(rng, font, "VM-SBICRD", text, j.date)
    p.add("left", text, amount=j.amount, date=j.date, method="card", status=j.status, merchant=name)
    return p.done()


def _card_sbicard_today(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """SBI Card's app with a spend at a Tirupati art supplies shop under "Today, <hour>": the merchant's
    initials in a round badge, its name over its town, the sum, Approved; Transaction ID, Card, Category and
    Reward points in shaded labels; no day."""
    p = phone(rng, font, k, ["", "SBI Card"], dark=False, buttons=("Done",))
    band(p, (0, 90, 170))
    app_head(p, "SBI Card", "Transactions")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h273.avatar(p, initials(name), (0, 90, 170))
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", "Approved", status=j.status)
    p.add("gap")
    tid = digits(rng, 12)
    at = 0.36
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Card", f"Credit {masked(p.font)}{last4}", at=at, method="card")
    kv(p, "Category", "Shopping", at=at)
    kv(p, "Reward points", f"+{int(j.amount // 100)}", at=at)
    return p.done()


CARD_LAYOUTS = [
    _card_paytm_edc,
    _card_dotpe,
    _card_pinelabs_pending,
    _card_apsrtc,
    _card_akasa,
    _card_bharatpe_declined,
    _card_sbi_sms,
    _card_sbicard_today,
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Rangula Logili's and the Brahmotsavam stall's terminals and the company's cards
    elsewhere, one layout a place (``CARD_LAYOUTS``): Paytm's card machine slip at the two ends of each line,
    DotPe's restaurant e-bill, Pine Labs' answer not come at the stall, APSRTC's e-ticket two to a row, Akasa
    Air's booking in a ticket's card, BharatPe's declined slip, SBI Card's SMS with no reference and SBI
    Card's app under "Today"."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=800, high=30000)
    name, town, brand = COUNTERS[k]
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    return CARD_LAYOUTS[k](rng, font, k, j, name, town, brand, scheme, last4, appr, t)


# ---------------------------------------------------------------- 11. the bills


AIRTEL = "Airtel Xstream Fiber"
APSPDCL = "APSPDCL"
APSPDCL_FULL = "Southern Power Distribution Company of A.P. Ltd."
APSPDCL_TE = "ఆంధ్రప్రదేశ్ దక్షిణ ప్రాంత విద్యుత్ పంపిణీ సంస్థ"
HPCL = "Hindustan Petroleum Corporation Ltd."
TANKER = "SRINIVASA WATER SUPPLY"
TANKER_TE = "శ్రీనివాస వాటర్ సప్లై"
VI = "Vodafone Idea Limited"
JIO = "Reliance Jio Infocomm Ltd."
IOCL = "Indian Oil Corporation Ltd."


def _bill_airtel_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Airtel Thanks with the Logili's Xstream Fiber bill payment failed: Airtel Xstream Fiber under the
    app's bar, an octagon's cross, Payment failed, the sum, a notice; Account ID, Transaction ID, Paid via
    and Attempted on at the left and the right."""
    j.amount = float(rng.choice([706, 942, 1178, 1534]))
    p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Try again",))
    band(p, (228, 0, 43))
    bar(p, "Airtel Thanks", AIRTEL, merchant=AIRTEL)
    h294.octa(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(
        p,
        "Your bank declined this payment. If any money was debited, it will be refunded in 5 days.",
        "error",
    )
    tid = f"AT{j.date:%y%m%d}{digits(rng, 10)}"
    kvr(p, "Account ID", f"2040{digits(rng, 6)}")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid via", "UPI", method="UPI")
    kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _bill_apspdcl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """APSPDCL's online payment receipt for the workshop's meter under its Telugu name: its Telugu name over
    its English; ONLINE PAYMENT RECEIPT; this set's bilingual fields: సర్వీసు నం. / Service No., వినియోగదారు
    / Consumer, బిల్లు నెల / Bill Month, చెల్లించిన మొత్తం / Amount Paid, లావాదేవీ నం. / Transaction No.,
    చెల్లింపు తేదీ / Payment Date and విధానం / Mode."""
    p = browser_page(rng, font, "www.apspdcl.in/ConsumerDashboard/receipt")
    p.part = "head"
    tel(p, APSPDCL_TE, scale=0.9, bold=True)
    top(p, APSPDCL_FULL, merchant=APSPDCL_FULL)
    p.add("small", "Tirupati Circle  |  Srikalahasti Section")
    p.add("rule")
    p.part = "body"
    p.add("center", "ONLINE PAYMENT RECEIPT", status=j.status)
    p.add("gap")
    at = 0.42
    tid = f"SPDCL{j.date:%y%m%d}{digits(rng, 7)}"
    nfield(p, "సర్వీసు నం.", "Service No.", f"{digits(rng, 4)}{rng.randrange(10, 99)}{digits(rng, 7)}", at=at)
    nfield(p, "వినియోగదారు", "Consumer", nf_fit(p, [FIRM_SHORT_CAPS, "SWARNAMUKHI KALAMKARI"], at=at), at=at)
    nfield(p, "బిల్లు నెల", "Bill Month", j.month(), at=at)
    nfield(p, "చెల్లించిన మొత్తం", "Amount Paid", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    nfield(p, "లావాదేవీ నం.", "Transaction No.", tid, at=at, txn=(TXN_RANK, tid))
    nfield(p, "చెల్లింపు తేదీ", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    nfield(p, "విధానం", "Mode", "UPI", at=at, method="UPI")
    return p.done()


def _bill_hpgas(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HP Pay with the workshop's commercial LPG refill for its boiling pans paid: HPCL under the app's bar,
    a large round tick, Payment successful, the sum; Booking No., Consumer No., Transaction ID, Paid via and
    Paid on in a table ruled on every side."""
    j.amount = float(rng.choice([1780.5, 1812.0, 1906.5, 1950.0]))
    p = phone(rng, font, k, ["", "HP Pay"], dark=False, buttons=("Done",))
    band(p, (0, 70, 150))
    bar(p, "HP Pay", HPCL, merchant=HPCL)
    sicon(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"HP{digits(rng, 14)}"
    at = 0.4
    gkv(p, "hp", "Booking No.", f"{rng.randrange(10, 99)}{digits(rng, 8)}", at=at)
    gkv(p, "hp", "Consumer No.", digits(rng, 8), at=at)
    gkv(p, "hp", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "hp", "Paid via", "UPI", at=at, method="UPI")
    gkv(p, "hp", "Paid on", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
    p.add("small", "19 kg commercial cylinder  |  HP Gas")
    return p.done()


def _bill_tanker(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The water tanker man's card for the month's washing water, in a Telugu hand with no reference: his
    Telugu name over his English; నెల / Month in this set's field written in; the tankers written with their
    rate and sum, "మొత్తం" (total); "నగదు అందింది" (cash received) and "తేదీ <day>"."""
    p = sheet(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(246, 244, 230), (250, 246, 234)])
    p.part = "head"
    tel(p, TANKER_TE, scale=1.1, bold=True)
    p.add("center", TANKER, merchant=TANKER)
    p.add("small", f"Kothapeta, Srikalahasti  |  Cell 98490{digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    nfield(p, "నెల", "Month", j.month(0), pen=True, at=0.3)
    p.add("gap")
    n, rate = rng.randrange(4, 14), rng.choice([400, 450, 500])
    j.amount = float(n * rate)
    start = len(p.rows)
    thand(p, f"ట్యాంకర్లు {n} x {rate}", figure=str(n * rate))
    thand(p, "మొత్తం", figure=f"{n * rate}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    thand(p, "నగదు అందింది", method="cash", status=j.status)
    thand(p, f"తేదీ {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    return p.done()


def _bill_vi_mail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Vi's payment mail for the Logili's postpaid line: its sentence; each value over its label: Mobile No.,
    Amount Received, Payment Mode, Transaction ID, Payment Date."""
    j.amount = float(rng.choice([399, 499, 649, 799]))
    p = mail_page(
        rng, font, "Vi <noreply@myvi.in>", ["Payment received - thank you", "Your Vi payment receipt"]
    )
    head_of(p, VI, "Vi Postpaid", merchant=VI)
    p.add("left", "We have received your payment. Thank you!", status=j.status)
    p.add("gap")
    tid = f"VI{digits(rng, 12)}"
    vlab(p, "Mobile No.", f"98{digits(rng, 2)}XXXX{digits(rng, 2)}", bold=False)
    vlab(p, "Amount Received", f"Rs. {num(j.amount)}", amount=j.amount)
    vlab(p, "Payment Mode", "Net Banking", bold=False, method="netbanking")
    vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    vlab(p, "Payment Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), bold=False, date=j.date)
    return p.done()


def _bill_airfiber_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """MyJio with the workshop's JioAirFiber recharge pending: Reliance Jio Infocomm under the app's bar,
    Payment pending, the sum; Initiated, Bank and Recharged across the page; a notice; Account No., Plan,
    Transaction ID, Paid via and Initiated on in dot leaders."""
    j.amount = float(rng.choice([599, 899, 1199, 1499]))
    p = phone(rng, font, k, ["", "MyJio"], dark=False, buttons=("Check status",))
    band(p, (15, 60, 201))
    bar(p, "MyJio", JIO, merchant=JIO)
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    h289.steps(p, ["Initiated", "Bank", "Recharged"], 1, j.status)
    boxed(p, "We are waiting for your bank to confirm. Your JioAirFiber stays active meanwhile.", "warn")
    tid = f"BR0000{code(rng, 6, ALNUM)}"
    at = 0.4
    dots(p, "Account No.", f"JA{digits(rng, 10)}", at=at)
    dots(p, "Plan", f"AirFiber {int(j.amount)}, 30 days", at=at)
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Paid via", "UPI", at=at, method="UPI")
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _bill_indane_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IndianOil ONE with the Logili's Indane refill paid under "Today, <hour>": Indian Oil under the app's
    bar, a tick on a rounded tile, Refill booked and paid, the sum; each field in a pale tile two to a row
    (Transaction ID and Booking No., Paid via and Distributor); no day."""
    j.amount = float(rng.choice([868.5, 876.0, 905.5]))
    p = phone(rng, font, k, ["", "IndianOil ONE"], dark=False, buttons=("Done",))
    band(p, (230, 90, 20))
    bar(p, "IndianOil ONE", IOCL, merchant=IOCL)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, j.status)
    p.add("center", "Refill booked and paid", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"IOC{digits(rng, 12)}"
    tiles2(p, ("Transaction ID", tid), ("Booking No.", digits(rng, 8)), txn=(TXN_RANK, tid))
    tiles2(p, ("Paid via", "UPI"), ("Distributor", "Kalahasti Indane"), method="UPI")
    return p.done()


def _bill_cred_bbps(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """CRED's Bharat BillPay receipt for the Logili's APSPDCL meter: Bharat BillPay's receipt; Biller,
    Service No., Customer Name, Bill Amount, B-Connect Txn ID, Payment mode and Payment date in a table ruled
    on every side."""
    p = phone(rng, font, k, ["", "CRED"], dark=False, buttons=("Share receipt",))
    band(p, (20, 20, 20))
    app_head(p, "CRED", "Bharat BillPay receipt")
    pill(p, "Bill paid", j.status)
    p.add("gap")
    tid = f"CC{digits(rng, 3)}{j.date:%y%m%d}{code(rng, 4, UPPER)}{digits(rng, 6)}"
    at = 0.4
    name = fit(p, [APSPDCL_FULL, APSPDCL], 0.56)
    gkv(p, "cb", "Biller", name, at=at, merchant=name)
    gkv(p, "cb", "Service No.", digits(rng, 13), at=at)
    gkv(p, "cb", "Customer Name", "RANGULA LOGILI", at=at)
    gkv(p, "cb", "Bill Amount", sum_of(p, j.amount), at=at, amount=j.amount)
    gkv(p, "cb", "B-Connect Txn ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "cb", "Payment mode", "UPI", at=at, method="UPI")
    gkv(p, "cb", "Payment date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
    return p.done()


BILL_LAYOUTS = [
    _bill_airtel_fail,
    _bill_apspdcl,
    _bill_hpgas,
    _bill_tanker,
    _bill_vi_mail,
    _bill_airfiber_pending,
    _bill_indane_today,
    _bill_cred_bbps,
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the Logili's bills, one layout a place (``BILL_LAYOUTS``): Airtel Thanks' failed
    fibre bill, APSPDCL's receipt under its Telugu name in this set's bilingual fields, HP Pay's refill in a
    ruled table, the water tanker man's card in a Telugu hand with no reference, Vi's mail with its values
    over their labels, JioAirFiber's recharge pending, IndianOil ONE's refill under "Today" and CRED's Bharat
    BillPay receipt."""
    k = place("utility_bills")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=300, high=9000)
    return BILL_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Andhra Pradesh Grameena Bank", "VM-APGBNK", "CHILAKALA SAROJAMMA", "UPI"),
    ("State Bank of India", "AD-SBIINB", "SRI VINAYAGA TEXTILE MI", "NEFT"),
    ("Karur Vysya Bank", "AX-KVBANK", "NEELAM NATURAL INDIGO", "RTGS"),
    ("HDFC Bank", "", "PADMA TAILORING CENTRE", "IMPS"),
    ("Kotak Mahindra Bank", "", "SREE LAKSHMI PACKAGING", "IMPS"),
    ("Axis Bank", "JD-AXISBK", "SRI SAI WOOD WORKS", "UPI"),
    ("Equitas Small Finance Bank", "VK-EQUTAS", "SRI VENKATESWARA TRANSP", "NEFT"),
    ("Indian Overseas Bank", "", "VARAHI PRINTS", "NEFT"),
]


def _alert_apgb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Andhra Pradesh Grameena Bank's SMS in Telugu in a bubble of the phone's messages thread under its day
    divider: "APGB: ప్రియమైన ఖాతాదారా, మీ ఖాతా XX1234 నుండి <dd-mm-yyyy> న రూ.x <PAYEE> కు UPI ద్వారా డెబిట్
    అయ్యింది. UPI Ref ... -APGB" (dear customer, Rs. x has been debited from your account XX1234 on <day> to
    <PAYEE> by UPI)."""
    p = phone(rng, font, k, ["VM-APGBNK"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 1")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"APGB: ప్రియమైన ఖాతాదారా, మీ ఖాతా XX{tail4} నుండి {when(j.date, '%d-%m-%Y')} న రూ.{amt} {to} కు "
        f"UPI ద్వారా డెబిట్ అయ్యింది. UPI Ref {ref} -APGB"
    )
    tel_wrap(p, text, share=0.8, **facts)
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


def _alert_sbi(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """State Bank of India's SMS: "Dear Customer, your A/c XX1234 is debited by Rs.x on <dd-Mon-yy> for NEFT
    transfer to <PAYEE>. UTR:.... Not you? Call 1800111109 -SBI"."""
    text = (
        f"Dear Customer, your A/c XX{tail4} is debited by Rs.{amt} on {when(j.date, '%d-%b-%y')} for NEFT "
        f"transfer to {to}. UTR:{ref}. Not you? Call 1800111109 -SBI"
    )
    p = sms_page(rng, font, "AD-SBIINB", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_kvb_pending(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Karur Vysya Bank's SMS of an RTGS under process: "Your RTGS request of Rs.x to <PAYEE> from A/c
    XX1234 on <dd/mm/yyyy> is under process. UTR .... -KVB"."""
    text = (
        f"Your RTGS request of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d/%m/%Y')} is under "
        f"process. UTR {ref}. -KVB"
    )
    p = sms_page(rng, font, "AX-KVBANK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_lockscreen(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """HDFC Bank's alert on the phone's lock screen under its hour, beside a WhatsApp message: "HDFC Bank
    now"; "Rs.x sent via IMPS to <PAYEE> from A/c **1234. IMPS Ref .... -HDFC Bank"; no day."""
    p = phone(rng, font, k, [""], dark=True, buttons=())
    p.part = "body"
    h287.clock(p, p.style["h106"]["clock"])
    p.add("gap")
    c = card_open(p)
    cols(p, "ls0", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "HDFC Bank", "now", mode="soft")
    prose(p, f"Rs.{amt} sent via IMPS to {to} from A/c **{tail4}. IMPS Ref {ref} -HDFC Bank", **facts)
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    cols(
        p, "ls1", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "WhatsApp", f"{rng.randrange(2, 40)}m ago", mode="soft"
    )
    p.add("left", f"{EXPORTS}: Kyoto gallery confirmed the order")
    card_close(p, c)
    p.add("gap")
    p.add("small", "Swipe up to unlock")
    return p.done()


def _alert_kotak_mail(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Kotak's alert mail of an IMPS that failed: "Your IMPS transaction of Rs.x to <PAYEE> from A/c XX1234
    on <dd-Mon-yyyy> has failed. The amount, if debited, will be credited back within 2 working days.";
    IMPS Ref, Amount, Beneficiary and Status in a striped table."""
    p = mail_page(
        rng,
        font,
        "Kotak Mahindra Bank <bankalerts@kotak.com>",
        ["IMPS transaction failed", "Transaction alert: IMPS unsuccessful"],
    )
    head_of(p, "Kotak Mahindra Bank", "Transaction alert")
    p.add("left", "Dear Customer,")
    said = {key: v for key, v in facts.items() if key != "txn"}
    prose(
        p,
        f"Your IMPS transaction of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d-%b-%Y')} has "
        "failed. The amount, if debited, will be credited back within 2 working days.",
        **said,
    )
    p.add("gap")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    rows_ = [
        (["IMPS Ref", ref], {"txn": facts["txn"]}),
        (["Amount", f"Rs.{amt}"], {}),
        (["Beneficiary", to], {}),
        (["Status", "Failed"], {}),
    ]
    zebra(p, "km", spec, ["Transaction details", ""], rows_, (0, 60, 120))
    p.part = "foot"
    p.add("gap")
    p.add("small", "Kotak Bank never asks for your PIN, OTP or password.")
    return p.done()


def _alert_axis(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Axis Bank's SMS with its UPI path: "Debit INR x A/c no. XX1234 <dd-mm-yy>, <hh:mm:ss> UPI/P2M/<ref>/
    <PAYEE> Not you? SMS BLOCKUPI Cust ID to 919951860002 Axis Bank"."""
    text = (
        f"Debit INR {amt} A/c no. XX{tail4} {when(j.date, '%d-%m-%y')}, {rng.randrange(8, 22):02d}:"
        f"{rng.randrange(60):02d}:{rng.randrange(60):02d} UPI/P2M/{ref}/{to} Not you? SMS BLOCKUPI Cust ID "
        "to 919951860002 Axis Bank"
    )
    p = sms_page(rng, font, "JD-AXISBK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_equitas(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Equitas Small Finance Bank's SMS: "Rs.x debited from your A/c XX1234 towards NEFT to <PAYEE> on
    <dd-Mon-yyyy>. UTR No ... - Equitas Bank"."""
    text = (
        f"Rs.{amt} debited from your A/c XX{tail4} towards NEFT to {to} on {when(j.date, '%d-%b-%Y')}. "
        f"UTR No {ref} - Equitas Bank"
    )
    p = sms_page(rng, font, "VK-EQUTAS", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_iob_mail(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Indian Overseas Bank's alert mail with no reference: "Your account XX1234 has been debited with INR x
    on <dd/mm/yyyy> towards NEFT to <PAYEE>."; in a rounded card Amount, Value date, Beneficiary and Channel
    at the left and the right."""
    p = mail_page(
        rng,
        font,
        "IOB Alerts <alerts@iob.in>",
        ["Debit alert on your account", "IOB transaction alert"],
    )
    head_of(p, "Indian Overseas Bank", "Good people to grow with")
    p.add("left", "Dear Customer,")
    prose(
        p,
        f"Your account XX{tail4} has been debited with INR {amt} on {when(j.date, '%d/%m/%Y')} towards NEFT "
        f"to {to}.",
        **facts,
    )
    p.add("gap")
    c = card_open(p)
    kvr(p, "Amount", f"INR {amt}")
    kvr(p, "Value date", when(j.date, "%d/%m/%Y"))
    kvr(p, "Beneficiary", to)
    kvr(p, "Channel", "Internet Banking - NEFT")
    card_close(p, c)
    p.part = "foot"
    p.add("gap")
    p.add("small", "If you did not make this transaction, call 1800 425 4445 at once.")
    return p.done()


ALERT_LAYOUTS = [
    _alert_apgb,
    _alert_sbi,
    _alert_kvb_pending,
    _alert_lockscreen,
    _alert_kotak_mail,
    _alert_axis,
    _alert_equitas,
    _alert_iob_mail,
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the company's payments, one layout a place (``ALERT_LAYOUTS``): AP Grameena Bank's
    SMS in Telugu in a bubble, State Bank of India's SMS, Karur Vysya Bank's RTGS under process, HDFC Bank's
    alert on the lock screen with no day, Kotak's mail of a failed IMPS, Axis Bank's SMS with its UPI path,
    Equitas' SMS and Indian Overseas Bank's mail with no reference."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=2000, high=90000)
    bank, _sender, to, way = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 600000, 0.3)
    if k == 3:
        j.amount = rupees(rng, 1500, 15000, 0.5)
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

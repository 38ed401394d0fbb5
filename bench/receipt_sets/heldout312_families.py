"""The twelve heldout312 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Cherial scroll painters' family workshop's year of 2026 in Cheriyal, Siddipet
district, Telangana (Vanamala Nakashi Chitrakala Nilayam, Vanamala Yadagiri's proprietary firm, whose painters
and mask and doll makers, the artisans of Cheriyal and the villages round it, prime hand-spun khadi with
tamarind-seed paste, white clay and gum, paint the Markandeya, Gauda and Krishna stories on it panel by panel
on a vermilion ground and shape masks and dolls of tamarind-seed paste and sawdust over poniki wood; its
counter at Shilparamam, Madhapur, Vanamala Katha Chitra; its stall at the Komuravelli Mallanna jatara; the web
shop vanamalanakashi.in and an Amazon seller account; Golconda Handicrafts, a hotel group, an interiors
studio, a design store, a school, an export house, a heritage trust and a craft marketplace; galleries, museum
shops, an interiors house and Telugu emporia abroad), told by the proofs of payment it receives (buyers'
PhonePe Business on the counter's phone, Paytm set in Telugu, Vyom, BHIM SBI Pay, PayZapp, digibank, a
JioFinance share and Axis Mobile; TGHDC's advice, Zoho Books, YONO Business, Microsoft Teams, a school's
letter, Odoo, Canara Bank's corporate banking and Cashfree Payouts; Wells Fargo, Barclays, SMBC, UBS, QNB,
CIMB, CommBank and Deutsche Bank; its own tax invoice, the jatara stall's cash bill, Amazon's disbursement,
PhonePe Payment Gateway, myBillBook, BillDesk, an advance receipt and a GoFrugal roll) and those it makes (a
khadi store's invoice with a sticky note, a framer's bill, Vistaprint, a tamarind-seed trader's bill and a saw
mill's carbon bill in a Telugu hand, The Professional Couriers, Moglix and a paper-tube maker's Tally invoice;
Telangana Grameena Bank's app, OnlineSBI, Kotak Mobile Banking, Google Pay, PhonePe, KVB DLite, a FedMobile
share and the Karimnagar District Central Co-operative Bank; a work account and a Dasara advance in a Telugu
hand, greytHR, BHIM, Navi, MobiKwik, Groww and a payment voucher; Cheriyal Municipality, Shilparamam, the GI
Registry, the Income Tax Department, the Komuravelli devasthanam, the Commercial Taxes Department, ESIC and T
App Folio; eight insurers; cards on the counter's and the stall's terminals, at a Hanamkonda hotel and a
Siddipet hardware shop, on TGSRTC, in HDFC Bank's SMS, on Scapia's app and on a Siddipet restaurant's Petpooja
bill; TGNPDCL, Airtel Xstream Fiber, Dish TV, Indane, Airtel Thanks, TGNPDCL's SMS, a milkman's card in a
Telugu hand and Bharat BillPay; the banks' SMS, a Telugu SMS, a lock screen's notification, a mail and a
WhatsApp banking message). Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, the counter's and the stall's lines,
salutations, Telugu lines (but a bank's SMS in Telugu, whose figures and payee carry the facts, a Telugu
tagged field's value, a Telugu app's day and outcome and a Telugu hand's sums, days and "received"), items,
pieces, dishes, rates, GST, fees, charges, exchange rates, balances, sums insured, periods, months, pay
periods, assessment and contribution periods, years, bill months, invoice, bill and journey days, settlement
periods, account, policy, licence, service, consumer, VC, PTIN, enrolment, employer, vehicle, stall, AWB and
card numbers, BSR codes, GSTIN, PAN, IFSC, SWIFT/BIC codes, UPI IDs, bills named on an advice, a post or a
letter, other messages and notifications, the masks, borders, colours, brushes, shells, the scroll a page lies
on, stages, progress bars, notices, tiles, badges, tickets, stamps, sticky notes, highlighter strokes,
barcodes, a thumb's box and its whorl, ticks and signatures carry no fact. ``Job`` is heldout167's; ``fy`` and
``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place``
heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's; ``paper`` and ``screen``
heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees``
heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's
rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``bars``,
``thumb``, a roll's torn edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``hand``,
``amtbox``, ``tt``, ``step``, ``rstamp``, ``revenue``, ``lab``, rounded cards), heldout273's (``hcells``,
``ledger``, ``pill``, ``track``, ``field``, ``avatar``, ``panel``, ``tick``, ``hilite``, ``bubble``),
heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``sticky``, ``strike``, ``chai``, ``holes``),
heldout277's (``bigsum``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``,
``two_up``, ``spinner``, ``redno``, ``decor``, a ticket's card), heldout287's (``notice``, ``tile``,
``burst``, ``oval``, ``vlab``, ``tiles2``, ``copyrow``, ``clock``), heldout289's (``chip``, ``steps``,
``revenue``, ``carbon``) and heldout294's (``octa``, ``progress``, Telugu runs in Noto Sans and Serif Telugu),
written in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout311's),
each page's rows drawn by heldout294's ``_render`` (and the renderers beneath it) and then by this set's own
``_render`` in the lines it leaves for them: Telugu lines in heldout294's runs; a Telugu hand (Noto Serif
Telugu, a little larger than print, and an upright FreeSerif for its figures, leaning as a pen leans); a label
in Telugu in a pale rounded tag with its English small after it, dot leaders and its value at the right; a
Cherial mask as a letterhead's emblem (a face in flat colours with big almond eyes ringed in black, arched
brows, a tilak, a curled moustache, a gold crown with red and green stones and ear ornaments, on a vermilion
roundel with a ring of white dots); a Cherial scroll's creeper border as a divider (a band of indigo or ochre
between white rules, a vine in waves, leaves and red flowers); a thumb's whorl inked in a stamp pad's violet
over heldout269's box; half coconut shells of colour, a brush and drops of colour in a page's margins; and,
after the frame, the scroll a page is photographed lying on (vermilion panels with crowned figures, villagers
and trees, creeper borders between them, a mask beside the page, the page's shadow, the page a little askew).
The pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets.heldout271_families import card_close, card_open, dots, gkv, grid, tt
from bench.receipt_sets.heldout273_families import field, hcells, ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
GREEN = (30, 150, 80)
RED = (200, 40, 40)
# the hands that write on this set's papers: italics and obliques in another mix than heldout310's and
# heldout311's
PENS = [
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSans-Italic.ttf",
    "liberation/LiberationSerif-Italic.ttf",
]
INKS = [(22, 40, 128), (30, 28, 84), (46, 40, 44), (14, 78, 96), (98, 26, 40)]
# the faces a page's fixed-width lines are printed in (a courier's counter, a branch's printer, a billing
# roll, a cover note)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# heldout294's Telugu faces (Noto Sans and Noto Serif Telugu, regular and bold, shaped by Raqm) and the
# upright Latin face a Telugu hand writes its figures and capitals in here
TE, TE_BOLD = h294.TELUGU, h294.TELUGU_BOLD
TE_SERIF, TE_SERIF_BOLD = h294.TELUGU_SERIF, h294.TELUGU_SERIF_BOLD
HAND_LATIN = "freefont/FreeSerif.ttf"
TELUGU_FACES = [TE, TE_BOLD, TE_SERIF, TE_SERIF_BOLD, HAND_LATIN]
# a Cherial scroll's colours, ground from stones, earths and leaves: the vermilion red of every panel's
# ground, an indigo, a yellow ochre, a leaf green, a lamp black, a zinc white, the skins of its people (an
# ochre yellow, a brown) and of its gods (a blue), and the coconut shells the colours are mixed in
VERMILION = (198, 36, 30)
DEEP_RED = (150, 24, 24)
INDIGO = (34, 54, 124)
OCHRE = (224, 168, 40)
LEAF = (44, 122, 62)
LAMP = (30, 26, 24)
ZINC = (246, 240, 226)
SKINS = [(238, 188, 84), (178, 112, 60), (74, 112, 190)]
GARMENTS = [(34, 54, 124), (44, 122, 62), (224, 168, 40), (246, 240, 226), (120, 40, 110)]
SHELL = (118, 76, 42)
PIGMENTS = [VERMILION, OCHRE, INDIGO, LEAF, LAMP, ZINC]

# ---------------------------------------------------------------- the workshop

FIRM = "Vanamala Nakashi Chitrakala Nilayam"
FIRM_CAPS = FIRM.upper()
FIRM_SHORT = "Vanamala Nakashi Nilayam"
FIRM_TE = "వనమాల నకాశి చిత్రకళా నిలయం"
# the firm's name as a bank's beneficiary field cuts it
CUT = "VANAMALA NAKASHI CHITRAK"
COUNTER = "Vanamala Katha Chitra"
COUNTER_CAPS = COUNTER.upper()
COUNTER_TE = "వనమాల కథా చిత్ర"
WEB = "vanamalanakashi.in"
OWNER = "Vanamala Yadagiri"
WIFE = "Vanamala Lakshmi"
SON = "Vanamala Srikanth"
ACCOUNTS = "Vanamala Swapna"
GSTIN = "36AQVPV4419R1Z8"
PAN = "AQVPV4419R"
UDYAM = "UDYAM-TS-31-0027419"
ADDRESS = "H.No. 2-118, Bazar Road, Cheriyal, Siddipet Dist., Telangana - 506223"
TOWN = "Cheriyal, Siddipet Dist. - 506223"
COUNTER_AT = "Stall 14, Shilparamam, Madhapur, Hyderabad - 500081"
BANK_LINE = "State Bank of India, Cheriyal"
BIC = "SBININBB"
# the Komuravelli Mallanna jatara, where the workshop keeps a stall in its first fortnight (18 to 31 January
# 2026), and Dasara (20 October 2026), before which the painters' and makers' advances are paid
JATARA, JATARA_DAYS = dt.date(2026, 1, 18), 14
DASARA = dt.date(2026, 10, 20)
IFSC = {
    "State Bank of India": "SBIN",
    "Telangana Grameena Bank": "TGBH",
    "Union Bank of India": "UBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Canara Bank": "CNRB",
    "Indian Bank": "IDIB",
    "Karur Vysya Bank": "KVBL",
    "The Karimnagar District Central Co-operative Bank": "KDCC",
    "Bank of Baroda": "BARB",
    "IDBI Bank": "IBKL",
    "Federal Bank": "FDRL",
    "Yes Bank": "YESB",
    "DBS Bank India": "DBSS",
}
# the work sold: name, HSN, price each (low, high)
WORKS = [
    ("Cherial scroll, Markandeya Puranam, 12 ft", "9701", 24000, 68000),
    ("Cherial scroll, Gauda Puranam, 6 ft", "9701", 12000, 30000),
    ("Scroll panel, Krishna Leela, framed", "9701", 3500, 9500),
    ("Scroll panel, village life, 18 x 24 in", "9701", 2200, 6000),
    ("Cherial mask, Ravana", "4420", 1800, 4200),
    ("Cherial masks, king and queen (pair)", "4420", 1400, 3200),
    ("Doll set, toddy tapper and wife", "9503", 900, 2200),
    ("Doll set, village women at work (5)", "9503", 1600, 3600),
    ("Painted bookmarks (set of 10)", "9701", 350, 700),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Cherial scroll, Markandeya Puranam, 12 ft": "Scroll, Markandeya",
    "Cherial scroll, Gauda Puranam, 6 ft": "Scroll, Gauda",
    "Scroll panel, Krishna Leela, framed": "Panel, Krishna Leela",
    "Scroll panel, village life, 18 x 24 in": "Panel, village life",
    "Cherial mask, Ravana": "Mask, Ravana",
    "Cherial masks, king and queen (pair)": "Masks, king & queen",
    "Doll set, toddy tapper and wife": "Dolls, toddy tapper",
    "Doll set, village women at work (5)": "Dolls, village women",
    "Painted bookmarks (set of 10)": "Bookmarks (10)",
}
# the same in the Telugu a stall's hand writes
SHORT_TE = {
    "Cherial scroll, Markandeya Puranam, 12 ft": "మార్కండేయ పటం",
    "Cherial scroll, Gauda Puranam, 6 ft": "గౌడ పటం",
    "Scroll panel, Krishna Leela, framed": "కృష్ణ లీల పటం",
    "Scroll panel, village life, 18 x 24 in": "పల్లె జీవితం పటం",
    "Cherial mask, Ravana": "రావణ ముసుగు",
    "Cherial masks, king and queen (pair)": "రాజు రాణి ముసుగులు",
    "Doll set, toddy tapper and wife": "కల్లు గీత బొమ్మలు",
    "Doll set, village women at work (5)": "పల్లె పడుచుల బొమ్మలు",
    "Painted bookmarks (set of 10)": "బుక్ మార్కులు",
}
CUSTOMERS = [
    "Mrs. Sridevi Reddy",
    "Mr. Praveen Kumar Goud",
    "Dr. Anuradha Rao",
    "Ms. Keerthi Varma",
    "Mr. Naresh Chary",
    "Mrs. Padmaja Yadav",
    "Ms. Harika Patel",
]
# the painters and mask and doll makers of Cheriyal and the villages round it who work for the workshop by the
# piece, and the counter's staff
ARTISANS = [
    "Kodari Ramulu",
    "Bairi Mallesham",
    "Gajula Renuka",
    "Dasari Anjaiah",
    "Thota Sujatha",
    "Mekala Balaiah",
    "Chinthala Padma",
    "Erra Narsimha",
]
STAFF = ["Boddu Shirisha", "Kummari Raju"]
# the months as an app set in Telugu prints them
TE_MONTHS = [
    "జనవరి",
    "ఫిబ్రవరి",
    "మార్చి",
    "ఏప్రిల్",
    "మే",
    "జూన్",
    "జులై",
    "ఆగస్టు",
    "సెప్టెంబర్",
    "అక్టోబర్",
    "నవంబర్",
    "డిసెంబర్",
]


def pieces(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The workshop's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = 1 if lo >= 3500 else rng.randrange(1, 4)
        if "bookmarks" in name:
            q = rng.randrange(2, 8)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 3000 else 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the jatara's, the days before Dasara), its UPI / card reference
    made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "36", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def te_day(day: dt.date) -> str:
    """A day as an app set in Telugu prints it: the day's figures, the month's Telugu name, the year."""
    return f"{day.day} {TE_MONTHS[day.month - 1]} {day.year}"


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The workshop's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(21, 740), len(shares))
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 6, 70)
        out.append((f"{prefix}/{fy(day)}/{numbers[i]:03d}", day, v))
    return out


def rupee_of(font: str) -> str:
    """The rupee's sign where the face and its bold draw it, else Rs."""
    return "\u20b9" if glyphs(font, "\u20b9") and glyphs(bold_of(font), "\u20b9") else "Rs."


def masked(font: str, n: int = 2) -> str:
    return sign(font, "\u2022", "*") * n


def initials(name: str) -> str:
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h312", {"marks": {}, "decor": [], "frame": None})


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


def filled(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    pen_of(p)
    h271.fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.88, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    type_of(p)
    tt(p, text, scale=scale, **facts)


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


def note(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line in small letters in the label's ink (a note, a message's hour), in as many lines as it needs
    (the facts on the first)."""
    name = f"nt12{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(lines_of(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


def bar(p: Screen, title: str, sub: str, **facts) -> None:
    """heldout279's ``app_head`` with the facts its second line prints (the company named under an app's
    name)."""
    p.part = "head"
    p.add("title", title)
    p.add("small", sub, **facts)
    p.add("gap")
    p.part = "body"


# ---------------------------------------------------------------- Telugu (heldout294's runs, this set's rows)


# a Telugu hand writes its letters a little larger than Noto's print stands beside a Latin face
HAND_BOOST = 1.16


def _te_face(t: bool, latin: str, size: int, serif: bool, boost: float):
    if t:
        return load_font(TE_SERIF if serif else TE, int(size * h294.TSCALE * boost))
    return load_font(latin, size)


def hand_width(text: str, size: int) -> float:
    """The width of a line of a Telugu hand: heldout294's runs, the Telugu set ``HAND_BOOST`` larger."""
    return sum(_te_face(t, HAND_LATIN, size, True, HAND_BOOST).getlength(part) for t, part in h294.runs(text))


def draw_hand(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, fill_) -> None:
    """A line of a Telugu hand on one baseline (``xy`` the left end and the top of the Latin face)."""
    x0, y0 = xy
    base = y0 + load_font(HAND_LATIN, size).getmetrics()[0]
    for t, part in h294.runs(text):
        face = _te_face(t, HAND_LATIN, size, True, HAND_BOOST)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def te(
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
    """A line in Telugu (a name over its English, a heading, an app's words), its Latin runs and figures in
    the page's face: heldout294's runs in Noto Sans or Serif Telugu, drawn by this set's ``_render``."""
    size = int(p.style["size"] * scale)
    assert h294.tok(text, p.font, bold=bold, serif=serif), (p.font, text)
    assert h294.twidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t12te", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def te_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Telugu sentence set left in as many lines as it needs within ``share`` of the room (the facts on its
    first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and h294.twidth(f"{line} {word}", p.font, size) > room:
            te(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    te(p, line, scale=scale, align="l", **(facts if first else {}))


def te_hand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.2, **facts) -> None:
    """A line written by hand in Telugu: Noto Serif Telugu for its letters and an upright Latin face for its
    figures, leaning as this set's hands lean, in the page's ink; ``figure`` written at the right end of the
    line (a sum in a bill's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert h294.tok(text + figure, HAND_LATIN, serif=True), text
    need = hand_width(text, size) + size * 0.5
    if figure:
        need += hand_width(figure, size) + size * 1.5
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t12th", text, figure, mark_=[align, scale, p.rng.uniform(0.12, 0.2)], **facts)


def tag_head(p: Screen, telugu: str, english: str) -> float:
    """How much of the line a ``te_tag``'s tag and English take."""
    size = p.style["size"]
    tag = h294.twidth(telugu, p.font, int(size * 0.86)) + 18
    return tag + 10 + load_font(p.font, int(size * 0.7)).getlength(english)


def te_tag(
    p: Screen, telugu: str, english: str, value: str, *, pen: bool = False, bold: bool = False, **facts
) -> None:
    """This set's bilingual field of one line: the Telugu label in a pale rounded tag at the left, its English
    small in the label's ink after the tag, dot leaders, and the value set to the right (printed, in bold
    where ``bold``, or written by hand where ``pen``)."""
    size = p.style["size"]
    assert h294.tok(telugu, p.font) and glyphs(p.font, english), (telugu, english)
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value), (vfont, value)
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    need = tag_head(p, telugu, english) + vface.getlength(value) + 36
    assert need <= room_of(p), (telugu, english, value, need, room_of(p))
    put(p, "t12tg", telugu, english, value, mark_=[pen, bold], **facts)


def tag_fit(p: Screen, telugu: str, english: str, values: list[str], *, bold: bool = False) -> str:
    """The first of ``values`` that fits a ``te_tag`` row of ``telugu`` and ``english`` (the last where none
    does)."""
    vface = load_font(bold_of(p.font) if bold else p.font, p.style["size"])
    head = tag_head(p, telugu, english)
    return next((v for v in values if head + vface.getlength(v) + 36 <= room_of(p)), values[-1])


# ---------------------------------------------------------------- this set's rows and marks


def mask(p: Screen) -> None:
    """A Cherial mask as a letterhead's emblem: a face of tamarind-seed paste and sawdust painted in its
    flat colours (an ochre yellow, a brown or a god's blue), its big almond eyes ringed in lamp black, arched
    brows, a red mouth under a curled moustache on most, a tilak, a gold crown set with red and green stones
    and gold ear ornaments, on a vermilion roundel with a ring of white dots; centred, three lines high."""
    put(p, "t12mk", "", mark_=[p.rng.randrange(3), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def creeper(p: Screen) -> None:
    """A Cherial scroll's border between two of its panels as a divider across the page: a band of indigo or
    ochre between white rules, a vine running along it in waves with a leaf at each turn and a red flower with
    a white eye between; one line high."""
    put(p, "t12cr", "", mark_=[p.rng.randrange(2), p.rng.randrange(10**6)])


def paints(p: Screen) -> None:
    """The painter's floor in a page's margins: half coconut shells holding the ground colours (vermilion,
    ochre, indigo, leaf green, lamp black, white), a squirrel-hair brush on its stick with its tip dipped in
    one, and a few drops of colour."""
    ext(p)["decor"].append(["paints", p.rng.randrange(10**6)])


def thumb_ink(p: Screen) -> None:
    """heldout269's box for a left thumb's impression, inked by this set: a whorl's ridges pressed in a stamp
    pad's violet, rings round a small core drifting into a spiral, broken and pale where the pad ran dry."""
    h269.thumb(p, "L.T.I.")
    ext(p).setdefault("thumbs", []).append([len(p.rows) - 3, p.rng.randrange(10**6)])


def on_scroll(p: Screen) -> None:
    """The page photographed lying on a Cherial scroll unrolled on the floor: its vermilion panels one under
    another, each with its figures (a crowned figure, a villager, a tree) in their flat colours, the creeper
    borders between the panels, a mask lying beside the page, the page's shadow, the page a little askew."""
    ext(p)["frame"] = ["scroll", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _mask_art(H: int, skin_i: int, seed: int) -> Image.Image:
    """The mask drawn ``H`` high on its roundel (RGBA), at three times the size it is set at."""
    srng = random.Random(seed)
    k = 3
    s = H * k
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    cx, cy = s / 2, s / 2
    r = s / 2 - 2
    # the roundel: vermilion, a ring of ochre, white dots round it
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=VERMILION + (255,), outline=LAMP + (255,), width=k * 2)
    d.ellipse((cx - r * 0.9, cy - r * 0.9, cx + r * 0.9, cy + r * 0.9), outline=OCHRE + (255,), width=k * 2)
    for n in range(28):
        a = 2 * math.pi * n / 28
        px, py = cx + math.cos(a) * r * 0.95, cy + math.sin(a) * r * 0.95
        d.ellipse((px - k * 1.6, py - k * 1.6, px + k * 1.6, py + k * 1.6), fill=ZINC + (255,))
    skin = SKINS[skin_i]
    fw, fh = r * 0.52, r * 0.66
    fy = cy + r * 0.1
    # the ear ornaments behind the face
    for side in (-1, 1):
        ex = cx + side * fw * 1.02
        d.ellipse(
            (ex - r * 0.1, fy - r * 0.05, ex + r * 0.1, fy + r * 0.15),
            fill=OCHRE + (255,),
            outline=LAMP + (255,),
            width=k,
        )
        d.ellipse((ex - r * 0.04, fy + r * 0.12, ex + r * 0.04, fy + r * 0.22), fill=VERMILION + (255,))
    # the face
    d.ellipse((cx - fw, fy - fh, cx + fw, fy + fh), fill=skin + (255,), outline=LAMP + (255,), width=k * 2)
    # the crown over the brow: a band and three points, stones set in it
    cb = fy - fh * 0.62
    pts = [
        (cx - fw * 1.05, cb),
        (cx - fw * 0.9, cb - r * 0.22),
        (cx - fw * 0.45, cb - r * 0.14),
        (cx, cb - r * 0.42),
        (cx + fw * 0.45, cb - r * 0.14),
        (cx + fw * 0.9, cb - r * 0.22),
        (cx + fw * 1.05, cb),
    ]
    d.polygon(pts, fill=OCHRE + (255,), outline=LAMP + (255,))
    d.rectangle(
        (cx - fw * 1.05, cb - r * 0.02, cx + fw * 1.05, cb + r * 0.08),
        fill=OCHRE + (255,),
        outline=LAMP + (255,),
        width=k,
    )
    for n, gx in enumerate((-0.6, 0.0, 0.6)):
        colour = VERMILION if n != 1 else LEAF
        gy = cb - r * (0.2 if n == 1 else 0.07)
        d.ellipse((cx + gx * fw - k * 3, gy - k * 3, cx + gx * fw + k * 3, gy + k * 3), fill=colour + (255,))
    # the brows, the almond eyes ringed in black, the tilak, the nose
    ey = fy - fh * 0.12
    for side in (-1, 1):
        ex = cx + side * fw * 0.42
        d.arc(
            (ex - fw * 0.34, ey - fh * 0.36, ex + fw * 0.34, ey + fh * 0.02),
            200,
            340,
            fill=LAMP + (255,),
            width=k * 3,
        )
        eye = [(ex - fw * 0.3, ey), (ex, ey - fh * 0.11), (ex + fw * 0.3, ey), (ex, ey + fh * 0.09)]
        d.polygon(eye, fill=ZINC + (255,), outline=LAMP + (255,))
        d.line(eye + [eye[0]], fill=LAMP + (255,), width=k * 2)
        d.ellipse((ex - fw * 0.08, ey - fh * 0.08, ex + fw * 0.08, ey + fh * 0.07), fill=LAMP + (255,))
    d.rectangle((cx - k * 1.5, ey - fh * 0.5, cx + k * 1.5, ey - fh * 0.2), fill=VERMILION + (255,))
    d.line(
        (cx, ey + fh * 0.02, cx - fw * 0.08, ey + fh * 0.32, cx + fw * 0.05, ey + fh * 0.34),
        fill=LAMP + (255,),
        width=k * 2,
    )
    # the mouth: a red one, or a moustache curled up over it
    my = ey + fh * 0.5
    d.chord((cx - fw * 0.22, my - fh * 0.08, cx + fw * 0.22, my + fh * 0.12), 0, 180, fill=(190, 30, 40, 255))
    if srng.random() < 0.6:
        for side in (-1, 1):
            curl = [
                (cx + side * fw * 0.02, my - fh * 0.1),
                (cx + side * fw * 0.18, my - fh * 0.11),
                (cx + side * fw * 0.32, my - fh * 0.1),
                (cx + side * fw * 0.42, my - fh * 0.16),
                (cx + side * fw * 0.44, my - fh * 0.25),
                (cx + side * fw * 0.38, my - fh * 0.3),
            ]
            d.line(curl, fill=LAMP + (255,), width=k * 5, joint="curve")
            tip = curl[-1]
            d.ellipse((tip[0] - k * 3, tip[1] - k * 3, tip[0] + k * 3, tip[1] + k * 3), fill=LAMP + (255,))
    return img.resize((H, H), Image.LANCZOS)


def _emblem(page: Image.Image, cx: float, top_y: float, H: float, skin_i: int, seed: int) -> None:
    """The mask set on the page with a soft shadow under it."""
    art = _mask_art(int(H), skin_i, seed)
    x0, y0 = int(cx - art.width / 2), int(top_y)
    shadow = Image.new("L", page.size, 0)
    ImageDraw.Draw(shadow).ellipse((x0 + 4, y0 + 5, x0 + art.width + 4, y0 + art.height + 5), fill=70)
    shadow = shadow.filter(ImageFilter.GaussianBlur(4))
    page.paste(Image.composite(Image.new("RGB", page.size, (90, 70, 60)), page, shadow))
    page.paste(art, (x0, y0), art)


def _creeper_art(w: int, h: int, ground_i: int, seed: int) -> Image.Image:
    """The border band at three times its size, then set down: the ground, white rules, a vine in waves, a
    leaf at each turn and a flower between."""
    srng = random.Random(seed)
    k = 3
    W, Hh = w * k, h * k
    ground = [INDIGO, OCHRE][ground_i]
    vine = ZINC if ground_i == 0 else LEAF
    img = Image.new("RGB", (W, Hh), ground)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, k * 2), fill=LAMP)
    d.rectangle((0, Hh - k * 2, W, Hh), fill=LAMP)
    d.line((0, k * 4, W, k * 4), fill=ZINC, width=k)
    d.line((0, Hh - k * 4, W, Hh - k * 4), fill=ZINC, width=k)
    mid = Hh / 2
    amp = Hh * 0.16
    period = Hh * 2.4
    pts = [(x, mid + amp * math.sin(2 * math.pi * x / period)) for x in range(0, W + 1, k * 2)]
    d.line(pts, fill=vine, width=k * 2, joint="curve")
    leaf_c = LEAF if ground_i == 0 else (30, 90, 50)
    x = period / 4
    n = 0
    while x < W:
        y = mid + amp * math.sin(2 * math.pi * x / period)
        up = n % 2 == 0
        lx, ly = x + period * 0.08, y + (-amp * 1.3 if up else amp * 1.3)
        d.ellipse(
            (lx - Hh * 0.13, ly - Hh * 0.07, lx + Hh * 0.13, ly + Hh * 0.07),
            fill=leaf_c,
            outline=LAMP,
            width=k,
        )
        fx = x + period / 4
        fy_ = mid + amp * math.sin(2 * math.pi * fx / period)
        fr = Hh * 0.1
        for a in range(5):
            ang = 2 * math.pi * a / 5 + srng.uniform(0, 0.3)
            px, py = fx + math.cos(ang) * fr, fy_ + math.sin(ang) * fr
            d.ellipse((px - fr * 0.6, py - fr * 0.6, px + fr * 0.6, py + fr * 0.6), fill=VERMILION)
        d.ellipse((fx - fr * 0.45, fy_ - fr * 0.45, fx + fr * 0.45, fy_ + fr * 0.45), fill=ZINC)
        x += period / 2
        n += 1
    return img.resize((w, h), Image.LANCZOS)


def _figure(d: ImageDraw.ImageDraw, x: float, foot: float, h: float, srng: random.Random) -> None:
    """A scroll's figure standing in profile: a crowned or turbaned head with its big eye, a patterned upper
    cloth, a flared lower cloth, one arm raised, in flat colours outlined in black."""
    skin = srng.choice(SKINS)
    cloth = srng.choice(GARMENTS)
    lower = srng.choice([g for g in GARMENTS if g != cloth])
    face = srng.choice([-1, 1])
    hr = h * 0.085
    hx, hy = x, foot - h * 0.86
    # legs
    for dx in (-h * 0.04, h * 0.04):
        d.line(
            (x + dx, foot - h * 0.16, x + dx + face * h * 0.02, foot), fill=skin, width=max(2, int(h * 0.035))
        )
    # the lower cloth, flared, its border in white dots
    d.polygon(
        [
            (x - h * 0.07, foot - h * 0.5),
            (x + h * 0.07, foot - h * 0.5),
            (x + h * 0.15, foot - h * 0.13),
            (x - h * 0.15, foot - h * 0.13),
        ],
        fill=lower,
        outline=LAMP,
    )
    for n in range(6):
        px = x - h * 0.13 + n * h * 0.052
        d.ellipse((px - 1.5, foot - h * 0.155 - 1.5, px + 1.5, foot - h * 0.155 + 1.5), fill=ZINC)
    # the upper cloth
    d.polygon(
        [
            (x - h * 0.1, foot - h * 0.75),
            (x + h * 0.1, foot - h * 0.75),
            (x + h * 0.075, foot - h * 0.5),
            (x - h * 0.075, foot - h * 0.5),
        ],
        fill=cloth,
        outline=LAMP,
    )
    # the raised arm and the other hanging
    d.line(
        (
            x + face * h * 0.09,
            foot - h * 0.72,
            x + face * h * 0.2,
            foot - h * 0.6,
            x + face * h * 0.24,
            foot - h * 0.78,
        ),
        fill=skin,
        width=max(2, int(h * 0.03)),
        joint="curve",
    )
    d.line(
        (x - face * h * 0.09, foot - h * 0.72, x - face * h * 0.12, foot - h * 0.52),
        fill=skin,
        width=max(2, int(h * 0.03)),
    )
    # the head, its crown or turban, its eye
    d.ellipse((hx - hr, hy - hr, hx + hr, hy + hr), fill=skin, outline=LAMP)
    if srng.random() < 0.5:
        d.polygon(
            [
                (hx - hr, hy - hr * 0.5),
                (hx - hr * 0.6, hy - hr * 2.0),
                (hx, hy - hr * 1.3),
                (hx + hr * 0.6, hy - hr * 2.0),
                (hx + hr, hy - hr * 0.5),
            ],
            fill=OCHRE,
            outline=LAMP,
        )
    else:
        d.chord(
            (hx - hr * 1.1, hy - hr * 1.6, hx + hr * 1.1, hy + hr * 0.2), 180, 360, fill=ZINC, outline=LAMP
        )
    ex = hx + face * hr * 0.35
    d.ellipse((ex - hr * 0.38, hy - hr * 0.2, ex + hr * 0.38, hy + hr * 0.14), fill=ZINC, outline=LAMP)
    d.ellipse((ex - hr * 0.13, hy - hr * 0.12, ex + hr * 0.13, hy + hr * 0.1), fill=LAMP)


def _tree(d: ImageDraw.ImageDraw, x: float, foot: float, h: float, srng: random.Random) -> None:
    """A scroll's tree: a brown trunk and a round crown of leaves with red fruit in it."""
    d.rectangle((x - h * 0.04, foot - h * 0.45, x + h * 0.04, foot), fill=(110, 60, 30), outline=LAMP)
    cr = h * 0.3
    cy = foot - h * 0.65
    d.ellipse((x - cr, cy - cr, x + cr, cy + cr), fill=LEAF, outline=LAMP)
    for _ in range(7):
        px, py = x + srng.uniform(-cr * 0.6, cr * 0.6), cy + srng.uniform(-cr * 0.6, cr * 0.6)
        d.ellipse((px - 2.5, py - 2.5, px + 2.5, py + 2.5), fill=VERMILION)


def _paints(page: Image.Image, seed: int) -> Image.Image:
    """The margins: half coconut shells of colour, a brush on its stick, drops of colour."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)
    side = srng.choice([-1, 1])
    xs = (MARGIN / 2) if side < 0 else (width - MARGIN / 2)
    y = srng.uniform(50, height * 0.3)
    for colour in srng.sample(PIGMENTS, 3):
        r = srng.uniform(9, 12)
        d.ellipse((xs - r + 2, y - r * 0.55 + 3, xs + r + 2, y + r * 0.9 + 3), fill=(70, 60, 50, 70))
        d.chord(
            (xs - r, y - r * 0.5, xs + r, y + r * 0.9), 0, 180, fill=SHELL + (255,), outline=(70, 40, 20, 255)
        )
        d.ellipse((xs - r, y - r * 0.45, xs + r, y + r * 0.45), fill=(90, 56, 30, 255))
        d.ellipse((xs - r * 0.82, y - r * 0.34, xs + r * 0.82, y + r * 0.34), fill=tuple(colour) + (255,))
        y += srng.uniform(40, 70)
    # the brush on its stick, its tip dipped in a colour
    bx = MARGIN / 2 if side > 0 else width - MARGIN / 2
    by = srng.uniform(height * 0.35, max(height * 0.36, height - 150))
    length = srng.uniform(70, 95)
    ang = math.pi / 2 + srng.uniform(-0.25, 0.25)
    ex, ey = bx + math.cos(ang) * length, by + math.sin(ang) * length
    d.line((bx + 1, by + 2, ex + 1, ey + 2), fill=(70, 60, 50, 80), width=4)
    d.line((bx, by, ex, ey), fill=(196, 160, 100, 255), width=3)
    tip = srng.choice(PIGMENTS)
    tx, ty = ex + math.cos(ang) * 12, ey + math.sin(ang) * 12
    d.polygon([(ex - 3, ey), (ex + 3, ey), (tx, ty)], fill=(60, 40, 30, 255))
    d.polygon([(ex - 2, ey + 6), (ex + 2, ey + 6), (tx, ty)], fill=tuple(tip) + (255,))
    for _ in range(srng.randrange(2, 5)):
        px = (
            srng.uniform(6, MARGIN - 8)
            if srng.random() < 0.5
            else srng.uniform(width - MARGIN + 8, width - 6)
        )
        py = srng.uniform(40, height - 40)
        r = srng.uniform(1.5, 3.5)
        d.ellipse((px - r, py - r, px + r, py + r), fill=tuple(srng.choice(PIGMENTS)) + (220,))
    return layer.convert("RGB")


def _scroll_cloth(w: int, h: int, seed: int) -> Image.Image:
    """A scroll unrolled: panels of vermilion one under another, each with its figures and a tree, creeper
    borders between them, a white edge down both its sides."""
    srng = random.Random(seed)
    img = Image.new("RGB", (w, h), VERMILION)
    d = ImageDraw.Draw(img)
    panel_h = srng.randrange(190, 240)
    band_h = 30
    y = -srng.randrange(0, panel_h)
    while y < h:
        for n in range(max(3, w // 150)):
            x = 40 + n * (w - 80) / max(2, w // 150 - 1) + srng.uniform(-12, 12)
            if srng.random() < 0.3:
                _tree(d, x, y + panel_h - 14, panel_h * 0.7, srng)
            else:
                _figure(d, x, y + panel_h - 12, panel_h * 0.82, srng)
        y += panel_h
        img.paste(_creeper_art(w, band_h, srng.randrange(2), srng.randrange(10**6)), (0, int(y)))
        d = ImageDraw.Draw(img)
        y += band_h
    d.rectangle((0, 0, 10, h), fill=ZINC)
    d.rectangle((w - 10, 0, w, h), fill=ZINC)
    return img


def _on_scroll(image: Image.Image, seed: int) -> Image.Image:
    """The page on a scroll: the scroll round it, the page turned a little with its shadow, a mask lying
    beside it."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad + 150, h + 2 * pad
    cloth = _scroll_cloth(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 8, (bh - turned.height) // 2
    shadow = Image.new("L", cloth.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 150 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    cloth = Image.composite(Image.new("RGB", cloth.size, (50, 16, 12)), cloth, shadow)
    cloth.paste(turned, (sx, sy), turned)
    art = _mask_art(120, srng.randrange(3), srng.randrange(10**6)).rotate(srng.uniform(-20, 20), expand=True)
    ax = sx + turned.width + (bw - sx - turned.width - art.width) // 2
    ay = int(srng.uniform(bh * 0.15, bh * 0.55))
    ms = Image.new("L", cloth.size, 0)
    ms.paste(art.split()[3].point(lambda v: 130 if v > 0 else 0), (ax + 6, ay + 8))
    ms = ms.filter(ImageFilter.GaussianBlur(5))
    cloth = Image.composite(Image.new("RGB", cloth.size, (50, 16, 12)), cloth, ms)
    cloth.paste(art, (ax, ay), art)
    return cloth


def _te_tag(
    draw: ImageDraw.ImageDraw, r: tuple, m: list, y: float, top_y: float, font: str, style: dict
) -> None:
    """This set's bilingual field: the Telugu in its tag, its English, dot leaders, the value at the right."""
    size = style.get("size", 22)
    width = style.get("width", 620)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    line = int(size * 1.55)
    pen, bold = m
    s_ = int(size * 0.86)
    tw = h294.twidth(r[1], font, s_)
    tag = (MARGIN, top_y + line * 0.12, MARGIN + tw + 18, top_y + line * 0.9)
    draw.rounded_rectangle(
        tag, radius=int(line * 0.3), fill=_tint(OCHRE, paper_, 0.2), outline=_tint(OCHRE, paper_, 0.55)
    )
    h294.draw_t(draw, (MARGIN + 9, y + size * 0.04), r[1], font, s_, ink)
    small = load_font(font, int(size * 0.7))
    ex = tag[2] + 10
    draw.text((ex, y + size * 0.22), r[2], font=small, fill=soft)
    if pen:
        x = style.get("h271", {})
        vface = load_font(x.get("pen", PENS[0]), int(size * 1.06))
        vink = tuple(x.get("pen_ink", INKS[0]))
        dy = -size * 0.18
    else:
        vface = load_font(bold_of(font) if bold else font, size)
        vink = ink
        dy = 0
    vx = width - MARGIN - vface.getlength(r[3])
    draw.text((vx, y + dy), r[3], font=vface, fill=vink)
    x0 = ex + small.getlength(r[2]) + 8
    x1 = vx - 8
    dot = _tint(soft, paper_, 0.6)
    yy = y + size * 0.78
    xx = x0
    while xx < x1:
        draw.ellipse((xx - 0.9, yy - 0.9, xx + 0.9, yy + 0.9), fill=dot)
        xx += 6


def _whorl(draw: ImageDraw.ImageDraw, cx: float, cy: float, side: float, paper_, seed: int) -> None:
    """A thumb's whorl in a stamp pad's violet: ridges round a small core, each ring opening a little into the
    next, pale and broken where the pad ran dry."""
    srng = random.Random(seed)
    ink = (70, 56, 150)
    tilt = srng.uniform(-0.4, 0.4)
    for n_ in range(1, 10):
        rx, ry = side * 0.034 * n_, side * 0.044 * n_
        pts = []
        for a in range(0, 360, 6):
            t = math.radians(a)
            grow = 1 + 0.1 * a / 360
            ex, ey = rx * grow * math.cos(t), ry * grow * math.sin(t)
            pts.append(
                (
                    cx + ex * math.cos(tilt) - ey * math.sin(tilt),
                    cy + ex * math.sin(tilt) + ey * math.cos(tilt),
                )
            )
        for q in range(len(pts) - 1):
            if srng.random() < 0.2:
                continue
            draw.line(pts[q] + pts[q + 1], fill=_tint(ink, paper_, 0.3 + 0.6 * srng.random()), width=2)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Telugu lines, tagged fields and hand, a Cherial mask as an
    emblem, a scroll's creeper border as a divider, colours and a brush in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h312")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", INKS[0]))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t12"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t12te":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = h294.twidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            h294.draw_t(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t12tg":
            _te_tag(draw, r, m, y, top_y, font, style)
        elif name == "t12th":
            align, scale, lean = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = hand_width(text, s)
                lw, lh = int(tw + s), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                draw_hand(ImageDraw.Draw(layer), (4, lh * 0.22), text, s, 255)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, lean, -lean * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                colour = Image.new("RGB", layer.size, pen_ink)
                page.paste(colour, (int(tx), int(y - lh * 0.34)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t12mk":
            skin_i, seed = m
            _emblem(page, width / 2, top_y + line * 0.05, line * 2.9, skin_i, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t12cr":
            ground_i, seed = m
            art = _creeper_art(width - 2 * MARGIN, int(line * 0.78), ground_i, seed)
            page.paste(art, (MARGIN, int(top_y + line * 0.11)))
            draw = ImageDraw.Draw(page)
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    for i, seed in x.get("thumbs", []):
        side = int(line * 2.6)
        x0 = width - MARGIN - side
        _whorl(draw, x0 + side / 2, tops[i] + side / 2, side, paper_, seed)
    for what in x["decor"]:
        if what[0] == "paints":
            page = _paints(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout311's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, and the scroll a page is photographed lying on."""
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
    f = (style.get("h312") or {}).get("frame")
    if f and f[0] == "scroll":
        image = _on_scroll(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *TELUGU_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout312 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the counter's own app


PAYEES = [COUNTER_CAPS, COUNTER, CUT, "VANAMALA KATHA CHITRA HYD"]
VPAS = [
    "vanamalakatha@sbi",
    "vanamalanakashi@okaxis",
    "Q739214065@ybl",
    "paytmqr5xk2n8w1ja@paytm",
    "vanamala.chitra@unionbank",
]
BUYERS = [
    ("Sridevi Reddy", "State Bank of India"),
    ("Praveen Kumar Goud", "Union Bank of India"),
    ("Anuradha Rao", "HDFC Bank"),
    ("Keerthi Varma", "ICICI Bank"),
    ("Naresh Chary", "Telangana Grameena Bank"),
    ("Padmaja Yadav", "Axis Bank"),
    ("Harika Patel", "Kotak Mahindra Bank"),
    ("Rakesh Malothu", "Canara Bank"),
]
NOTES = [
    "cherial panel",
    "ravana mask",
    "doll set gift",
    "scroll advance",
    "2 masks",
    "krishna leela panel",
]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Union Bank of India": "Union Bank",
        "HDFC Bank": "HDFC",
        "ICICI Bank": "ICICI",
        "Telangana Grameena Bank": "TGB",
        "Axis Bank": "Axis",
        "Kotak Mahindra Bank": "Kotak",
        "Canara Bank": "Canara",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Vanamala Katha Chitra or the Nilayam: PhonePe Business on the counter's phone (the
    counter under the app's bar; a ticket's card: "Received from <buyer>", the sum set large, Payment received
    over the tear; UTR, Date & time, Credited to and Mode in dot leaders under it); Paytm set in Telugu (a
    tile's tick, "చెల్లింపు విజయవంతమైంది" (payment successful), the day with its month's Telugu name and the
    hour, the sum, "గ్రహీత" (recipient) over the payee and its UPI ID; "లావాదేవీ వివరాలు" (transaction
    details): each label in Telugu in a tag with its English after it, dot leaders and the value at the right:
    "UPI రిఫరెన్స్ నం." (UPI Ref No.), "ఖాతా నుండి" (From A/c), "గమనిక" (Note)); Union Bank of India's Vyom
    ("Today, <hour>" under Payment successful; the sum, "Paid to" over the payee; Transaction ID, UPI Ref No.,
    From A/c in a striped table; no day); BHIM SBI Pay's payment pending (a spinner, the sum, "to <payee>",
    its stages left to right, a notice; a copyable UPI Ref No.; Initiated on and Paying from in dot leaders);
    HDFC Bank's PayZapp (Payment successful in a capsule, the sum, "to <payee>"; each value over its label:
    UPI Ref No., Date, Paid from); DBS Bank's digibank with a UPI payment failed under a large round cross
    (the sum, "to <payee>", the reason in a notice; Transaction ID, Attempted on, Bank in shaded labels);
    JioFinance's shared receipt (a rounded card: a large round tick, the sum, "paid to <payee>", "on <day>,
    <hour>"; "Paid via UPI | Shared from JioFinance"; no reference); Axis Bank's Axis Mobile (the payee's
    initials in a round badge, Payment successful, the sum, "Paid to" over the payee; UPI Ref No., Date &
    Time, From A/c, Remarks against a gutter). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=600, high=42000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    note_ = rng.choice(NOTES)
    if k == 0:
        j.amount = float(round(j.amount))
        jatara = rng.random() < 0.5
        if jatara:
            season(j, rng, JATARA, JATARA_DAYS)
        p = phone(rng, font, k, ["", "PhonePe Business"], dark=False, buttons=("Share", "Done"))
        band(p, (95, 37, 159))
        name = pick(p, "small", [COUNTER_CAPS, COUNTER])
        bar(p, "PhonePe Business", name, merchant=name)
        p.add("small", "Jatara stall, Komuravelli" if jatara else "Shilparamam, Madhapur")
        start = h279.ticket_open(p)
        p.add("small", f"Received from {who}")
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", "Payment received", status=status)
        tear = h279.ticket_tear(p)
        dots(p, "UTR", j.ref, at=0.3, txn=(UTR_RANK, j.ref))
        dots(
            p,
            "Date & time",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.34,
            date=j.date,
        )
        dots(p, "Credited to", f"SBI {masked(p.font)}{digits(rng, 4)}", at=0.4)
        dots(p, "Mode", f"UPI ({sb})", at=0.4, method="UPI")
        h279.ticket_close(p, start, tear)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Share",))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI")
        h287.tile(p, status)
        te(p, "చెల్లింపు విజయవంతమైంది", bold=True, scale=1.05, status=status)
        te(p, f"{te_day(j.date)}, {hhmm(rng, lower=True)}", soft=True, scale=0.84, date=j.date)
        p.add("big", rs(j.amount), amount=j.amount)
        te(p, "గ్రహీత", soft=True, scale=0.86, align="l")
        name = pick(p, "left", [to, COUNTER])
        p.add("left", name, merchant=name)
        note(p, vpa)
        p.add("rule")
        te(p, "లావాదేవీ వివరాలు", bold=True, align="l")
        te_tag(p, "UPI రిఫరెన్స్ నం.", "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        te_tag(p, "ఖాతా నుండి", "From A/c", f"{sb} XX{last4}", method="UPI")
        te_tag(p, "గమనిక", "Note", note_)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Vyom"], dark=False, buttons=("Share", "Done"))
        band(p, (226, 30, 40))
        app_head(p, "Vyom", "Union Bank of India  |  UPI")
        p.add("center", "Payment successful", status=status)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, COUNTER])
        p.add("center", name, merchant=name)
        p.add("gap")
        tid = f"UBI{digits(rng, 13)}"
        zebra(
            p,
            "vy",
            [(0.0, 0.42, "l"), (0.42, 1.0, "r")],
            ["Details", ""],
            [
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["From A/c", f"{sb} XX{last4}"], {"method": "UPI"}),
            ],
            (24, 60, 140),
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "BHIM SBI Pay"], dark=False, buttons=("Refresh",))
        band(p, (40, 40, 120))
        app_head(p, "BHIM SBI Pay", "UPI")
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {COUNTER}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        h289.steps(p, ["Debited", "Sent", "Credited"], 2, status)
        boxed(
            p,
            "Your bank has debited the amount; the payee's bank has not confirmed it yet. Please do not pay "
            "again: the status will update within 48 hours.",
            "warn",
        )
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=0.36, date=j.date)
        dots(p, "Paying from", f"{sb} {masked(p.font)}{last4}", at=0.36, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "PayZapp"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 76, 143))
        app_head(p, "PayZapp", "HDFC Bank  |  UPI")
        p.add("gap")
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {COUNTER}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        vlab(p, "UPI Ref No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "Paid from", f"{sb} Savings XX{last4}", bold=False, method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "digibank"], dark=False, buttons=("Try again",))
        band(p, (200, 16, 36))
        app_head(p, "digibank by DBS", "UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {COUNTER}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "The payee's bank did not respond in time. If money has left your account it will come back "
            "within 3 working days.",
            "error",
        )
        tid = f"DBS{j.date:%y%m%d}{digits(rng, 9)}"
        kv(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        kv(p, "Bank", f"DBS Bank India XX{last4}", at=0.4, method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "body"
        p.add("gap")
        c = card_open(p)
        p.add("center", "JioFinance")
        sicon(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paid to {to}", f"paid to {COUNTER}"])[8:]
        p.add("center", f"paid to {name}", merchant=name, status=status)
        p.add(
            "small",
            f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d/%m/%Y'], (', ',))}",
            date=j.date,
        )
        p.add("gap")
        card_close(p, c)
        p.add("small", "Paid via UPI  |  Shared from JioFinance", method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "Axis Mobile"], dark=False, buttons=("Share", "Done"))
    band(p, (151, 20, 77))
    app_head(p, "Axis Mobile", "Axis Bank  |  UPI")
    name = clip(rng.choice([to, COUNTER]), 24)
    h273.avatar(p, initials(name), (151, 20, 77))
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "Paid to")
    p.add("center", name, merchant=name)
    p.add("gap")
    at = 0.38
    gutter(p, "ax", "UPI Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gutter(p, "ax", "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    gutter(p, "ax", "From A/c", f"XXXX{last4}", at=at, method="UPI")
    gutter(p, "ax", "Remarks", note_, at=at)
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


TGHDC = "Telangana State Handicrafts Development Corporation Ltd."
TGHDC_SHORT = "Golconda Handicrafts (TGHDC Ltd.)"
TGHDC_TE = "తెలంగాణ రాష్ట్ర హస్తకళల అభివృద్ధి సంస్థ"
HOTEL = "Deccan Pearl Hotels Pvt. Ltd."
INTERIORS = "Aangan Interiors LLP"
DESIGN = "Kalakriti Living Pvt. Ltd."
SCHOOL = "Deccan Vidyapeeth School Society"
EXPORTER = "Indigo Bazaar Exports Pvt. Ltd."
MUSEUM = "Kakatiya Heritage Trust"
MARKET = "Haathkala Bazaar Pvt. Ltd."


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the Nilayam: the Telangana State Handicrafts Development
    Corporation's REMITTANCE ADVICE for its Golconda Handicrafts emporia under its Telugu name (Voucher No.,
    Date and Payee against a gutter; Sub:; Bill No. | Bill Date | Amount on hairline rows, Total paid under a
    rule and a double rule; "The above amount of Rs. x/- has been credited ... by NEFT, UTR ..."; its
    rectangular stamp; the Deputy Manager (Finance)'s signature); a Hyderabad hotel group's Payment Made
    mailed from Zoho Books (Payment#, Payment Date, Reference Number, Paid To, Payment Mode, Paid Through with
    colons; the Amount Paid on a tinted panel; Bill# | Bill Date | Payment on hairline rows); SBI's YONO
    Business with a Jubilee Hills interiors studio's NEFT pending with the authoriser (a capsule, its stages
    top to bottom, a notice; Reference No., Beneficiary, Amount, Value Date, Mode in a table ruled on every
    side); a Bengaluru design store's Microsoft Teams channel under "Today" (the writer's name, bold, and the
    hour; "Paid Rs. x to <payee> by NEFT today for the Cherial panels, UTR ..."; a reply; no day); a Hyderabad
    school's letter on its letterhead (Date; "To, The Proprietor," and the Nilayam; Sub:; "... Rs. x/- ... has
    been transferred to your account by NEFT on <day> ..."; Yours faithfully and a signature; a tea cup's ring
    and a file's holes; no reference); a Delhi export house's Payment Receipt printed from Odoo (its number,
    Payment Date, Vendor, Payment Method, Memo against a gutter; the Payment Amount on a tinted panel; "Paid
    by NEFT, UTR ..."); Canara Bank's corporate internet banking with a Warangal heritage trust's NEFT
    returned on a scalloped badge's cross (the reason in a notice; Transaction Ref No., Beneficiary, Amount,
    Value Date, Return reason at the left and the right); Cashfree Payouts' mail for a Bengaluru craft
    marketplace (Transfer successful, its sentence; Beneficiary and Amount, Transfer ID and UTR, Mode and
    Processed at, labels small over their values two to a row). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=12000, high=260000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        j.amount = float(round(j.amount))
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        te(p, TGHDC_TE, bold=True, scale=0.94)
        top(p, pick(p, "title", [TGHDC, "T.S. Handicrafts Development Corpn. Ltd."]))
        p.add("small", "Golconda Handicrafts  |  Kalanjali, Saifabad, Hyderabad - 500004")
        p.add("rule")
        p.add("center", "REMITTANCE ADVICE")
        p.part = "body"
        vno = f"TGHDC/PV/{rng.randrange(1100, 4800)}"
        at = 0.26
        gutter(p, "tg", "Voucher No.", vno, at=at, txn=(INVOICE_RANK, vno))
        gutter(p, "tg", "Date", day_as(j, rng, ["%d.%m.%Y", "%d-%m-%Y"]), at=at, date=j.date)
        name = rng.choice([FIRM, FIRM_CAPS])
        gutter(p, "tg", "Payee", name, at=at, merchant=name)
        prose(p, "Sub: Payment of your bills for Cherial scroll panels and masks supplied to our emporia.")
        spec = [(0.0, 0.45, "l"), (0.45, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "tgh", spec, "Bill No.", "Bill Date", "Amount", mode="line")
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "VNCN"):
            cols(p, "tgl", spec, no_, when(day, "%d.%m.%Y"), num(v), mode="line")
        total(p, "Total paid", num(j.amount), at=0.62, amount=j.amount)
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Union Bank of India", way)
        prose(
            p,
            f"The above amount of Rs. {num(j.amount, 'indian', 0)}/- has been credited to your account with "
            f"{BANK_LINE} by {way}, UTR {utr}.",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        h271.rstamp(p, ["TGHDC LTD.", "ACCOUNTS SECTION", "HYDERABAD"], "blue", at=0.3, rows_=3)
        sig(p)
        p.add("right", "Deputy Manager (Finance)")
        return p.done()
    if k == 1:
        p = mail_page(
            rng,
            font,
            "Deccan Pearl Hotels - Accounts <accounts@deccanpearl.in>",
            ["Payment made: Vanamala Nakashi", "Payment advice from Deccan Pearl Hotels"],
        )
        p.part = "head"
        top(p, pick(p, "title", [HOTEL, "Deccan Pearl Hotels"]))
        p.add("small", "Banjara Hills, Hyderabad  |  Zoho Books")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT MADE")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        pno = str(rng.randrange(310, 980))
        name = rng.choice([FIRM, FIRM_SHORT])
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        h271.colkv(p, "zb", spec, "Payment#:", pno, txn=(INVOICE_RANK, pno))
        h271.colkv(p, "zb", spec, "Payment Date:", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        h271.colkv(p, "zb", spec, "Reference Number:", utr, txn=(UTR_RANK, utr))
        h271.colkv(p, "zb", spec, "Paid To:", name, merchant=name)
        h271.colkv(
            p, "zb", spec, "Payment Mode:", f"Bank Transfer ({way})", method="netbanking", status=status
        )
        h271.colkv(p, "zb", spec, "Paid Through:", "HDFC Bank Current A/c")
        h273.panel(p, "Amount Paid", rs(j.amount), (40, 120, 200), amount=j.amount)
        spec2 = [(0.0, 0.42, "l"), (0.42, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "zbh", spec2, "Bill#", "Bill Date", "Payment", mode="line")
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 3), "VNCN"):
            cols(p, "zbl", spec2, no_, when(day, "%d/%m/%Y"), num(v), mode="line")
        p.add("small", "This is a computer generated advice from Zoho Books.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "yonobusiness.sbi/corporate/payments/pending-authorisation")
        p.part = "head"
        top(p, "YONO Business")
        p.add("small", f"State Bank of India  |  {INTERIORS}, Jubilee Hills")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        p.add("left", f"Fund transfer - {way}")
        chip(p, "Pending with authoriser", status)
        p.add("gap")
        h271.step(p, "Created", "by maker", "done")
        h271.step(p, "Verified", "by checker", "done")
        h271.step(p, "Authorised", "awaiting authoriser", "now")
        h271.step(p, "Sent to RBI", "", "todo")
        boxed(
            p,
            "This transfer has been verified and is waiting for the authoriser's approval. It will be sent "
            "on the value date once it is authorised.",
            "warn",
        )
        rno = f"YB{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([FIRM_CAPS, CUT])
        at = 0.36
        gkv(p, "yb", "Reference No.", rno, at=at, txn=(BANK_RANK, rno))
        gkv(p, "yb", "Beneficiary", name, at=at, merchant=name)
        gkv(p, "yb", "Amount", rs(j.amount), at=at, amount=j.amount)
        gkv(p, "yb", "Value Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=at, date=j.date)
        gkv(p, "yb", "Mode", way, at=at, method="netbanking")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(24, 400) * 100)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        h269.kind(p, "ms0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["ms0"] = 1.1
        h269.row(p, "ms0", "Vendors & Payments")
        p.add("small", f"Microsoft Teams  |  {DESIGN}  |  Posts")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 18)
        h269.kind(p, "ms1", [(0.0, 0.55, "l"), (0.55, 1.0, "l")], "plain", bold=(0,))
        h269.row(p, "ms1", "Meghna Iyer", hour12(hour, rng.randrange(60)))
        name = pick(p, "left", [FIRM_SHORT, FIRM])
        utr = utr_of(rng, j, "ICICI Bank", "NEFT")
        prose(
            p,
            f"Paid Rs. {num(j.amount, 'indian', 0)} to {name} by NEFT today for the Cherial panels (PO "
            f"KL/{rng.randrange(210, 890)}), UTR {utr}.",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        note(p, "1 reply")
        p.add("gap")
        h269.row(p, "ms1", "Rohan Pai", hour12(hour + 1, rng.randrange(60)))
        p.add("left", f"Thanks, I'll share it with {SON.split()[1]}.")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(20, 160) * 500)
        p = sheet(rng, font, [760, 800])
        p.part = "head"
        top(p, SCHOOL)
        p.add("small", "Deccan Vidyapeeth School  |  Road No. 12, Banjara Hills, Hyderabad - 500034")
        p.add("rule")
        p.part = "body"
        p.add("right", f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}", date=j.date)
        p.add("left", "To,")
        p.add("left", "The Proprietor,")
        name = rng.choice([FIRM, FIRM_CAPS])
        p.add("left", f"{name},", merchant=name)
        p.add("left", f"{TOWN}.")
        p.add("left", "Sub: Payment for the Cherial panels for our art room.")
        p.add("left", "Dear Sir,")
        prose(
            p,
            f"We are pleased to inform you that Rs. {num(j.amount, 'indian', 0)}/- (Rupees {spelt(j.amount)} "
            f"only) has been transferred to your account by NEFT on {when(j.date, '%d.%m.%Y')} in full "
            "settlement of your bill for the six panels of village life.",
            amount=j.amount,
            method="netbanking",
            status=status,
        )
        p.add("left", "Kindly acknowledge the receipt.")
        p.add("left", "Yours faithfully,")
        sig(p)
        p.add("right", "Bursar")
        h275.chai(p)
        h275.holes(p)
        return p.done()
    if k == 5:
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, pick(p, "title", [EXPORTER, "Indigo Bazaar Exports"]))
        p.add("small", "Okhla Industrial Area Phase II, New Delhi - 110020")
        p.add("rule")
        rno = f"BNK1/{j.date.year}/{rng.randrange(10, 2400):05d}"
        p.add("center", f"Payment Receipt: {rno}", txn=(INVOICE_RANK, rno))
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Kotak Mahindra Bank", way)
        name = rng.choice([FIRM, FIRM_SHORT])
        at = 0.32
        gutter(p, "od", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        gutter(p, "od", "Vendor", name, at=at, merchant=name)
        gutter(p, "od", "Payment Method", f"Bank ({way})", at=at, method="netbanking")
        gutter(p, "od", "Memo", "Cherial masks and doll sets, export lot 3", at=at)
        h273.panel(p, "Payment Amount", rs(j.amount), (110, 70, 150), amount=j.amount)
        p.add("left", f"Paid by {way}, UTR {utr}", status=status, txn=(UTR_RANK, utr))
        p.add("small", "Odoo  |  Indigo Bazaar Exports Pvt. Ltd.")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "candi.canarabank.in/corporate/neft/status")
        p.part = "head"
        top(p, pick(p, "title", ["Canara Bank Corporate Internet Banking", "Canara Bank CIB"]))
        p.add("small", f"{MUSEUM}, Hanamkonda  |  NEFT status")
        p.add("rule")
        p.part = "body"
        h287.burst(p, status)
        p.add("center", "NEFT returned", status=status, method="netbanking")
        boxed(
            p,
            "The beneficiary's bank returned this credit (account number does not match the name). The "
            "amount has been credited back to your account.",
            "error",
        )
        tref = f"CNRN{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        kvr(p, "Transaction Ref No.", tref, txn=(BANK_RANK, tref))
        kvr(p, "Beneficiary", name, merchant=name)
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Value Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        kvr(p, "Return reason", "Beneficiary name mismatch")
        return p.done()
    p = mail_page(
        rng,
        font,
        "Cashfree Payouts <payouts@cashfree.com>",
        ["Transfer successful: Haathkala Bazaar", "You have received a transfer"],
    )
    p.part = "head"
    top(p, "Cashfree Payments")
    p.add("small", f"Payouts on behalf of {MARKET}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Transfer successful", status=status)
    prose(
        p,
        f"{MARKET} has transferred {rs(j.amount)} to your bank account for your orders settled this week.",
    )
    p.add("gap")
    name = rng.choice([FIRM, FIRM_SHORT])
    trf = f"TRF{digits(rng, 10)}"
    two_up(
        p,
        "cp1",
        ("Beneficiary", clip(name, 26)),
        ("Amount", rs(j.amount)),
        merchant=clip(name, 26),
        amount=j.amount,
    )
    p.add("gap")
    two_up(p, "cp2", ("Transfer ID", trf), ("UTR", j.ref), txn=(UTR_RANK, j.ref))
    p.add("gap")
    two_up(
        p,
        "cp3",
        ("Mode", "IMPS"),
        ("Processed at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        method="netbanking",
        date=j.date,
    )
    p.add("gap")
    p.add("small", "Cashfree Payments India Pvt. Ltd.  |  Do not reply to this mail.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Edison Heritage Arts LLC", "Edison, New Jersey, USA", "USD", 800, 9000, "wells"),
    ("Mela Arts Ltd", "Leicester, UK", "GBP", 600, 7000, "barclays"),
    ("Mingei Kobo K.K.", "Kyoto, Japan", "JPY", 90000, 1200000, "smbc"),
    ("Kulturhaus Rheinblick AG", "Basel, Switzerland", "CHF", 700, 8000, "ubs"),
    ("Al Dana Interiors W.L.L.", "Doha, Qatar", "QAR", 3000, 30000, "qnb"),
    (
        "Sri Lakshmi Telugu Emporium Sdn Bhd",
        "Brickfields, Kuala Lumpur, Malaysia",
        "MYR",
        3000,
        30000,
        "cimb",
    ),
    ("Parramatta Heritage Gallery Pty Ltd", "Parramatta, NSW, Australia", "AUD", 900, 9000, "commbank"),
    ("Galerie Bildgeschichten GmbH", "Berlin, Germany", "EUR", 700, 8000, "deutsche"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or $; pounds with the pound's sign or GBP;
    yen whole with JPY or the yen's sign; Swiss francs the Swiss way (CHF 2'150.00); Qatari riyals with QAR;
    ringgit with MYR or RM; Australian dollars with AUD or A$; euros the German way (1.570,00) with EUR before
    or after."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    yen = "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}"
    forms = {
        "USD": ["USD {v}", "${v}"],
        "GBP": ["GBP {v}", pound],
        "JPY": ["JPY {w}", yen],
        "CHF": ["CHF {s}"],
        "QAR": ["QAR {v}"],
        "MYR": ["MYR {v}", "RM {v}"],
        "AUD": ["AUD {v}", "A${v}"],
        "EUR": ["EUR {i}", "{i} EUR"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(
            v=english,
            w=f"{v:,.0f}",
            s=english.replace(",", "'"),
            i=english.replace(",", "_").replace(".", ",").replace("_", "."),
        )

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Galleries, museum shops, interiors houses and Telugu emporia abroad paying the Nilayam for its scrolls,
    panels and masks: Wells Fargo's Commercial Electronic Office with an international wire completed in US
    dollars, the day month first (Status and Wire reference, Beneficiary and Amount, Value date and Charges,
    labels small over their values two to a row); Barclays' business app with an international payment sent in
    pounds (Payment sent in a capsule; its sentence "You've sent <sum> to <payee> on <day>."; Payee's bank,
    SWIFT BIC, Charges and Exchange rate in a table ruled on every side; no reference); SMBC's Valuedoor with
    a foreign remittance completed in yen, the day year first with slashes after the 12th and in words before
    it (Transaction No., Remittance Date, Beneficiary Name, Remittance Amount, Charges in a table ruled on
    every side); UBS e-banking's payment rejected in Swiss francs under an octagon's cross (the reason in a
    notice; Order reference, Beneficiary, Amount, Execution date, Charges, Reason in dot leaders); QNB's
    Business Online with a transfer completed in Qatari riyals (Reference No., Beneficiary, Amount, Transfer
    Date, Charges with colons); CIMB BizChannel's foreign telegraphic transfer in process in ringgit (a
    capsule, a progress bar, a notice; Reference No., Beneficiary Name, Amount, Payment Date against a
    gutter); CommBank's app with an international money transfer sent in Australian dollars ("Today, <hour>";
    a tile's tick, Transfer sent, the sum, "to <payee>"; Receipt number and Fee in tiles; Type at the left and
    the right; no day); Deutsche Bank's foreign transfer executed in euros the German way (Ausgeführt /
    Executed; each label's German and its English after a slash in a striped table: Referenz / Reference,
    Empfänger / Beneficiary, Betrag / Amount, Ausführungstag / Execution date, Entgelt / Charges). All new
    here."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "wells":
        p = browser_page(rng, font, "wellsoffice.wellsfargo.com/ceopayments/wires/detail")
        p.part = "head"
        top(p, "Wells Fargo")
        p.add("small", f"Commercial Electronic Office  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International Wire - Details")
        p.add("gap")
        ref = f"WF{j.date:%m%d}{digits(rng, 9)}"
        name = rng.choice([FIRM_SHORT, CUT])
        two_up(
            p, "wf1", ("Status", "Completed"), ("Wire reference", ref), status=status, txn=(BANK_RANK, ref)
        )
        p.add("gap")
        two_up(p, "wf2", ("Beneficiary", name), ("Amount", show(j.amount)), merchant=name, **sum_)
        p.add("gap")
        two_up(
            p,
            "wf3",
            ("Value date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"]))),
            ("Charges", "Shared (SHA)"),
            date=j.date,
            method="netbanking",
        )
        p.add("gap")
        p.add("small", "Beneficiary bank: State Bank of India, Cheriyal, India  |  SWIFT SBININBB")
        return p.done()
    if frame == "barclays":
        p = phone(rng, font, k, ["", "Barclays Business"], dark=False, buttons=("Done",))
        band(p, (0, 120, 186))
        app_head(p, "Barclays", "Business  |  International payment")
        p.add("gap")
        pill(p, "Payment sent", status)
        p.add("gap")
        name = rng.choice([me, CUT])
        prose(
            p,
            f"You've sent {show(j.amount)} to {name} on "
            f"{when(j.date, rng.choice(['{d} %B %Y', '%d/%m/%Y']))}.",
            merchant=name,
            date=j.date,
            **sum_,
        )
        p.add("gap")
        at = 0.42
        gkv(p, "bc", "Payee's bank", "State Bank of India", at=at)
        gkv(p, "bc", "SWIFT BIC", BIC, at=at)
        gkv(p, "bc", "Charges", "Shared", at=at, method="netbanking")
        gkv(p, "bc", "Exchange rate", f"1 GBP = {rng.uniform(108.5, 116.5):.4f} INR", at=at)
        p.add("small", f"{payer}  |  {town}")
        return p.done()
    if frame == "smbc":
        p = browser_page(rng, font, "valuedoor.smbc.co.jp/foreign-remittance/inquiry/detail")
        p.part = "head"
        top(p, "SMBC Valuedoor")
        p.add("small", f"Sumitomo Mitsui Banking Corporation  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Foreign remittance - Completed", status=status)
        p.add("gap")
        ref = f"{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "sm",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Transaction No.", ref], {"txn": (BANK_RANK, ref)}),
                (
                    ["Remittance Date", when(j.date, "%Y/%m/%d" if j.date.day > 12 else "%d %b %Y")],
                    {"date": j.date},
                ),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Remittance Amount", show(j.amount)], sum_),
                (["Charges", "SHA"], {"method": "netbanking"}),
            ],
        )
        p.add("small", "Purpose: import of handicrafts (painted scrolls and masks)")
        return p.done()
    if frame == "ubs":
        p = browser_page(rng, font, "ebanking-ch.ubs.com/payments/international/orders/detail")
        p.part = "head"
        top(p, "UBS E-Banking")
        p.add("small", f"{payer}, {town}  |  Payment orders")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Payment rejected", status=status)
        boxed(
            p,
            "The beneficiary's bank could not credit this payment (beneficiary account details incomplete). "
            "The amount has not been debited.",
            "error",
        )
        ref = f"UBS-{digits(rng, 4)}-{code(rng, 6, ALNUM)}"
        name = rng.choice([me, CUT])
        dots(p, "Order reference", ref, at=0.4, txn=(BANK_RANK, ref))
        dots(p, "Beneficiary", name, at=0.3, merchant=name)
        dots(p, "Amount", show(j.amount), at=0.4, bold=True, **sum_)
        dots(p, "Execution date", when(j.date, rng.choice(["%d.%m.%Y", "{d} %b %Y"])), at=0.4, date=j.date)
        dots(p, "Charges", "SHA", at=0.4, method="netbanking")
        dots(p, "Reason", "AC01 - account details", at=0.36)
        return p.done()
    if frame == "qnb":
        p = browser_page(rng, font, "businessonline.qnb.com/transfers/international/receipt")
        p.part = "head"
        top(p, "QNB Business Online")
        p.add("small", f"Qatar National Bank  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Transfer Completed", status=status)
        p.add("gap")
        ref = f"QNB{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([me, CUT])
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "qn", spec, "Reference No.:", ref, txn=(BANK_RANK, ref))
        h271.colkv(p, "qn", spec, "Beneficiary:", name, merchant=name)
        h271.colkv(p, "qn", spec, "Amount:", show(j.amount), **sum_)
        h271.colkv(
            p, "qn", spec, "Transfer Date:", when(j.date, rng.choice(["%d/%m/%Y", "%d-%b-%Y"])), date=j.date
        )
        h271.colkv(p, "qn", spec, "Charges:", "Shared (SHA)", method="netbanking")
        h271.colkv(p, "qn", spec, "Beneficiary Bank:", "State Bank of India, India")
        return p.done()
    if frame == "cimb":
        p = browser_page(rng, font, "www.cimbbizchannel.com.my/ftt/transaction/status")
        p.part = "head"
        top(p, "CIMB BizChannel")
        p.add("small", f"{payer}  |  Foreign Telegraphic Transfer")
        p.add("rule")
        p.part = "body"
        chip(p, "In process", status)
        p.add("gap")
        h294.progress(p, 0.55, status)
        boxed(
            p,
            "Your transfer has been accepted and is being processed by the bank. Funds are usually credited "
            "within 2 working days.",
            "warn",
        )
        ref = f"FTT{digits(rng, 10)}"
        name = rng.choice([FIRM_CAPS, CUT])
        at = 0.36
        gutter(p, "cb", "Reference No.", ref, at=at, txn=(BANK_RANK, ref))
        gutter(p, "cb", "Beneficiary Name", name, at=at, merchant=name)
        gutter(p, "cb", "Amount", show(j.amount), at=at, **sum_)
        gutter(
            p, "cb", "Payment Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), at=at, date=j.date
        )
        gutter(p, "cb", "Charges", "SHA", at=at, method="netbanking")
        return p.done()
    if frame == "commbank":
        p = phone(rng, font, k, ["", "CommBank"], dark=False, buttons=("Done",))
        band(p, (255, 204, 0), (20, 20, 20))
        app_head(p, "CommBank", "International Money Transfer")
        p.add("small", f"Today, {hhmm(rng)}")
        h287.tile(p, status)
        p.add("center", "Transfer sent", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"N{digits(rng, 9)}"
        tiles2(p, ("Receipt number", ref), ("Fee", "AUD 6.00"), txn=(BANK_RANK, ref))
        kvr(p, "Type", "SWIFT (SHA)", method="netbanking")
        p.add("small", f"{payer}  |  {town}")
        return p.done()
    p = browser_page(rng, font, "meine.deutsche-bank.de/trxm/db/auslandszahlung/details")
    p.part = "head"
    top(p, "Deutsche Bank")
    p.add("small", f"Business Banking  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Auslandsüberweisung / Foreign transfer" if glyphs(p.font, "ü") else "Foreign transfer")
    chip(p, "Ausgeführt / Executed", status)
    p.add("gap")
    ref = f"DB{digits(rng, 12)}"
    name = rng.choice([FIRM_CAPS, CUT])
    empf = "Empfänger / Beneficiary" if glyphs(p.font, "ä") else "Empfaenger / Beneficiary"
    day_label = (
        "Ausführungstag / Execution date" if glyphs(p.font, "ü") else "Ausfuehrungstag / Execution date"
    )
    zebra(
        p,
        "db",
        [(0.0, 0.5, "l"), (0.5, 1.0, "l")],
        ["Auftrag / Order", ""],
        [
            (["Referenz / Reference", ref], {"txn": (BANK_RANK, ref)}),
            ([empf, name], {"merchant": name}),
            (["Betrag / Amount", show(j.amount)], sum_),
            ([day_label, when(j.date, "%d.%m.%Y")], {"date": j.date}),
            (["Entgelt / Charges", "SHA (geteilt)"], {"method": "netbanking"}),
        ],
        (0, 24, 168),
    )
    return p.done()


# ---------------------------------------------------------------- 4. the Nilayam's own papers


HYD_BUYER = ("Mrs. Sridevi Reddy", "Jubilee Hills, Hyderabad, Telangana", "Telangana (36)")
TEMPLES = [
    ("Sri Markandeya Swamy Devasthanam, Sircilla", "Markandeya temple"),
    ("Padmashali Sangham, Karimnagar", "Padmashali Sangham"),
    ("Sri Renuka Yellamma Temple Trust, Siddipet", "Yellamma temple"),
    ("Gauda Sangham Bhavan, Jangaon", "Gauda Sangham"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Nilayam's own papers, its counter or itself on top: the Nilayam's TAX INVOICE under a Cherial mask,
    its Telugu name and a scroll's creeper border, to a Hyderabad buyer (Bill to and Invoice No., Date and
    Place of Supply two to a line; # | Description | HSN | Qty | Rate | Amount in a striped table; Taxable
    Value, CGST 2.5%, SGST 2.5% in dot leaders, Invoice Total under a rule and a double rule; the sum in
    words; "Received by UPI, Ref ..."; its PAID stamp; colours and a brush in its margins); the jatara stall's
    cash bill in the jatara's days, photographed lying on a scroll (its Telugu name over its English,
    "కొమురవెల్లి మల్లన్న జాతర" (Komuravelli Mallanna jatara), "నగదు బిల్లు" (cash bill); "తేదీ" / Date and
    "పేరు" / Name written in its tagged fields; the pieces written in a Telugu hand on ruled lines with their
    sums, "మొత్తం" (total), "నగదు అందింది" (cash received); no reference); Amazon's seller disbursement mail
    (Disbursement sent, its sentence; Seller, Settlement ID, Total disbursed, Deposited to, Deposit date,
    Settlement period with colons); PhonePe Payment Gateway's page for the web shop with the payment pending
    (the shop on top, the sum, a spinner, a notice; Merchant Order ID, Transaction ID, Payment mode, Initiated
    on in a table ruled on every side); myBillBook on the counter's phone ("Today, <hour>"; the counter under
    the app's bar; Amount received and the sum on a tinted panel; Payment In No., Party, Mode, UPI Ref,
    Balance due in a table ruled on every side; no day); BillDesk's page for the web shop with a card payment
    failed under a tile's cross (the shop on top, the reason in a notice; Order No., Amount, BillDesk Txn ID,
    Payment mode, Attempted on against a gutter); the Nilayam's ADVANCE RECEIPT for a temple's commissioned
    scroll (No. struck in red; Date, Received with thanks from, Towards and "by UPI, Ref" written in on dotted
    lines; Rs. in a box; the sum in words; the proprietor's signature across a revenue stamp); the counter's
    bill from GoFrugal's billing on a three-inch roll (Bill No., Date; the pieces, Sub Total, CGST 2.5%, SGST
    2.5%, Net Amount; "Tender: Card", the card and its Auth Code). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1500, high=64000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        mask(p)
        te(p, FIRM_TE, bold=True, scale=1.05)
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", f"{ADDRESS}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}  |  {WEB}")
        creeper(p)
        p.part = "body"
        p.add("center", "TAX INVOICE")
        ino = f"VNCN/{fy(j.date)}/{rng.randrange(120, 1900):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        who, where, pos = HYD_BUYER
        cols(p, "ti0", spec, f"Bill to: {who}", f"Invoice No.: {ino}", txn=(INVOICE_RANK, ino))
        cols(
            p,
            "ti0",
            spec,
            where,
            f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        cols(p, "ti0", spec, "", f"Place of Supply: {pos}")
        lines, taxable = [], 0.0
        for n_, (item, hsn, q, price) in enumerate(pieces(rng, rng.randrange(2, 5), 9500)):
            value = round(q * price, 2)
            taxable += value
            lines.append(([str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value)], {}))
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "tiz",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.46, "l"),
                (0.46, 0.57, "c"),
                (0.57, 0.64, "c"),
                (0.64, 0.82, "r"),
                (0.82, 1.0, "r"),
            ],
            ["#", "Description", "HSN", "Qty", "Rate", "Amount"],
            lines,
            (150, 24, 24),
        )
        dots(p, "Taxable Value", num(taxable), at=0.6)
        dots(p, "CGST 2.5%", num(gst), at=0.6)
        dots(p, "SGST 2.5%", num(gst), at=0.6)
        total(p, "Invoice Total", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add("left", f"Received by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("gap")
        h271.rstamp(p, ["PAID", "VANAMALA NAKASHI", "CHERIYAL"], "red", at=0.28, rows_=3)
        sig(p)
        p.add("right", f"for {FIRM_SHORT}")
        paints(p)
        return p.done()
    if k == 1:
        season(j, rng, JATARA, JATARA_DAYS)
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 246, 234), (246, 244, 230)])
        p.part = "head"
        te(p, FIRM_TE, bold=True, scale=1.0)
        name = pick(p, "center", [FIRM, FIRM_CAPS, FIRM_SHORT])
        p.add("center", name, merchant=name)
        te(p, "కొమురవెల్లి మల్లన్న జాతర", scale=0.84, soft=True)
        p.add("rule")
        te(p, "నగదు బిల్లు", bold=True, scale=1.1)
        p.part = "body"
        te_tag(p, "తేదీ", "Date", when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])), pen=True, date=j.date)
        buyer = rng.choice(CUSTOMERS)
        te_tag(p, "పేరు", "Name", buyer.split(". ")[-1], pen=True)
        p.add("gap")
        start = len(p.rows)
        total_ = 0
        for item, _hsn, q, price in pieces(rng, rng.randrange(2, 4), 6000):
            price = float(round(price / 50) * 50)
            v = int(q * price)
            total_ += v
            te_hand(p, f"{SHORT_TE[item]} {q} x {int(price)}", figure=str(v))
        j.amount = float(total_)
        te_hand(p, "మొత్తం", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76], margin=None)
        p.add("gap")
        te_hand(p, "నగదు అందింది", method="cash", status=status)
        sig(p)
        te(p, "వనమాల నకాశి తరఫున", align="r", scale=0.85)
        on_scroll(p)
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 14000, 180000, 0.1)
        p = mail_page(
            rng,
            font,
            "Amazon Seller Central <donotreply@amazon.in>",
            ["Your disbursement has been sent", "Amazon.in: disbursement sent"],
        )
        p.part = "head"
        top(p, "amazon seller central")
        p.add("rule")
        p.part = "body"
        p.add("left", "Disbursement sent", status=status)
        prose(
            p,
            f"Hello {SON.split()[1]}, we have sent a disbursement of {rs(j.amount)} to your bank account "
            "on file. It may take 3 to 5 business days to reach your account.",
        )
        p.add("gap")
        sid = f"{digits(rng, 11)}"
        seller = rng.choice([FIRM, FIRM_SHORT])
        start_ = j.date - dt.timedelta(days=rng.randrange(14, 16))
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "am", spec, "Seller:", seller, merchant=seller)
        h271.colkv(p, "am", spec, "Settlement ID:", sid, txn=(TXN_RANK, sid))
        h271.colkv(p, "am", spec, "Total disbursed:", rs(j.amount), amount=j.amount)
        h271.colkv(
            p, "am", spec, "Deposited to:", f"State Bank of India XX{digits(rng, 4)}", method="netbanking"
        )
        h271.colkv(p, "am", spec, "Deposit date:", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        h271.colkv(
            p,
            "am",
            spec,
            "Settlement period:",
            f"{when(start_, '%d %b')} - {when(j.date - dt.timedelta(days=1), '%d %b')}",
        )
        p.add("small", "Amazon Seller Services Pvt. Ltd.  |  This is an automated message.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "mercury.phonepe.com/transact/pg/status")
        p.part = "head"
        top(p, FIRM_SHORT, merchant=FIRM_SHORT)
        p.add("small", f"{WEB}  |  Secured by PhonePe Payment Gateway")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        boxed(
            p,
            "We are waiting for your bank to confirm this payment. Please do not pay again; you will receive "
            "your order confirmation as soon as it is confirmed.",
            "warn",
        )
        oid = f"VN{j.date:%y%m%d}{digits(rng, 5)}"
        tid = f"T{j.date:%y%m%d}{digits(rng, 14)}"
        at = 0.38
        gkv(p, "pg", "Merchant Order ID", oid, at=at, txn=(ORDER_RANK, oid))
        gkv(p, "pg", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        gkv(p, "pg", "Payment mode", "UPI", at=at, method="UPI")
        gkv(
            p,
            "pg",
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "myBillBook"], dark=False, buttons=("Share receipt",))
        band(p, (42, 98, 210))
        name = pick(p, "small", [COUNTER, COUNTER_CAPS])
        bar(p, "myBillBook", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h273.panel(p, "Amount received", rs(j.amount), (42, 98, 210), amount=j.amount, status=status)
        pin = str(rng.randrange(120, 990))
        at = 0.4
        gkv(p, "mb", "Payment In No.", pin, at=at, txn=(INVOICE_RANK, pin))
        gkv(p, "mb", "Party", rng.choice(CUSTOMERS), at=at)
        gkv(p, "mb", "Mode", "UPI", at=at, method="UPI")
        gkv(p, "mb", "UPI Ref", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gkv(p, "mb", "Balance due", "Nil", at=at)
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(30, 160) * 50)
        p = browser_page(rng, font, "pay.billdesk.com/web/v1_2/embedded/status")
        p.part = "head"
        name = pick(p, "title", [FIRM_SHORT, FIRM])
        top(p, name, merchant=name)
        p.add("small", "BillDesk  |  Order for a Cherial scroll panel")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card issuer declined this payment (transaction limit exceeded). Your order has not been "
            "placed and you have not been charged.",
            "error",
        )
        oid = f"VNW{digits(rng, 8)}"
        tid = f"X{code(rng, 3, UPPER)}{digits(rng, 9)}"
        at = 0.38
        gutter(p, "bd", "Order No.", oid, at=at, txn=(ORDER_RANK, oid))
        gutter(p, "bd", "Amount", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "bd", "BillDesk Txn ID", tid, at=at, txn=(TXN_RANK, tid))
        gutter(p, "bd", "Payment mode", f"Credit Card XX{digits(rng, 4)}", at=at, method="card")
        gutter(
            p,
            "bd",
            "Attempted on",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(10, 80) * 1000)
        p = sheet(rng, font, [820, 860])
        p.style["paper"] = rng.choice([(250, 246, 232), (246, 246, 236)])
        p.part = "head"
        te(p, FIRM_TE, bold=True)
        name = pick(p, "title", [FIRM, FIRM_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"Prop. {OWNER}  |  {ADDRESS}")
        p.add("rule")
        p.add("center", "ADVANCE RECEIPT")
        p.part = "body"
        one_pen(p)
        no_ = str(rng.randrange(60, 900))
        h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
        temple, _short = rng.choice(TEMPLES)
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
        filled(p, "Received with thanks from", clip(temple, 38))
        filled(p, "Towards", "advance for a Markandeya scroll, 24 ft")
        filled(p, "by UPI, Ref", j.ref, method="UPI", status=status, txn=(UTR_RANK, j.ref))
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
        h289.revenue(p)
        sig(p)
        p.add("right", OWNER)
        return p.done()
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", COUNTER_CAPS, merchant=COUNTER_CAPS)
    p.add("small", "Shilparamam, Madhapur, Hyderabad")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    bno = f"SC{rng.randrange(1200, 9800)}"
    p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    p.pair("Date", f"{when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    p.add("rule")
    sub = 0.0
    for item, _hsn, q, price in pieces(rng, rng.randrange(2, 4), 3500):
        p.add("left", SHORT[item])
        p.pair(f"  {q} x {price:.2f}", f"{q * price:.2f}")
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    p.pair("Sub Total", f"{sub:.2f}")
    p.pair("CGST 2.5%", f"{gst:.2f}")
    p.pair("SGST 2.5%", f"{gst:.2f}")
    p.pair("Net Amount", rs(j.amount), amount=j.amount)
    p.add("rule")
    appr = digits(rng, 6)
    p.add("left", "Tender: Card", method="card", status=status)
    p.add(
        "left",
        f"{rng.choice(['VISA', 'RUPAY', 'MASTER'])} XX{digits(rng, 4)}  Auth Code {appr}",
        txn=(APPR_RANK, appr),
    )
    p.add("small", "Thank you! Visit again  |  GoFrugal RetailEasy")
    return p.done()


# ---------------------------------------------------------------- 5. the Nilayam's suppliers


KHADI = "WARANGAL KHADI VASTRALAYAM"
FRAMER = "SAI PHOTO FRAMES"
VISTAPRINT = "Vistaprint"
TAMARIND = "Gundu Mallikarjun"
COURIER = "THE PROFESSIONAL COURIERS"
MOGLIX_SELLER = "Shree Balaji Art Supplies"
SAWMILL = "SRI VENKATESWARA SAW MILL"
TUBES = "SRI SAI PAPER TUBES"
CLOTHS = [
    ("Hand-spun khadi, 44 in, unbleached", "5208", 118, 146),
    ("Hand-spun khadi, 54 in, unbleached", "5208", 150, 184),
    ("Khadi, fine count, 36 in", "5208", 128, 160),
    ("Cotton casement for backing", "5208", 86, 104),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Nilayam's suppliers, each on top of its own paper: a Warangal khadi store's TAX INVOICE for the
    hand-spun khadi the scrolls are painted on (Invoice No. beside its earlier Date; Description | HSN | Mtrs
    | Rate | Amount on hairline rows; CGST 2.5%, SGST 2.5% and Total in dot leaders) with a yellow sticky note
    pressed on it, "Paid NEFT", its UTR and "on <day>" written on the note; a Siddipet framer's BILL from his
    printed book with its Date left blank (M/s written in; Particulars | Qty | Rate | Amount written in ruled
    columns; the Total struck through and written again with his initials; "Pd. by PhonePe, Ref ..." in the
    hand; no day); Vistaprint's checkout for visiting cards and catalogues with the card declined on a tinted
    band (the reason in a notice; Order No., Items, Amount, Payment method, Attempted on in dot leaders); a
    Jangaon tamarind-seed trader's bill in a Telugu hand on squared paper (his name in Latin letters at its
    head; "తేదీ" (date) and the day; "చింత గింజల పొడి" (tamarind-seed powder) by the kilo, "సుద్ద మట్టి"
    (white clay) and "జిగురు" (gum) with their sums, "మొత్తం" (total), "PhonePe ద్వారా అందింది" (received by
    PhonePe) and its Ref); The Professional Couriers' booking receipt from its Siddipet counter (the barcode;
    AWB No., Date, From, To, Pcs, Weight, Freight, Fuel surcharge, GST 18%, Total, Paid by, UPI Ref in a table
    ruled on every side); Moglix's order of brushes and pigments with the payment pending (its stages left to
    right, a notice; Order ID, Seller, Amount, Payment, Ordered on in read-only fields' boxes); a Cheriyal saw
    mill's CASH BILL from its carbon book (its printed head; the sawdust and the poniki wood written in a
    Telugu hand in the carbon's violet with their sums, "మొత్తం" (total), "నగదు అందింది" (cash received); no
    reference); a Hyderabad paper-tube maker's TAX INVOICE from Tally (Invoice No. and its earlier Date; Item
    | Qty | Rate | Amount in a table ruled on every side; CGST 9%, SGST 9%, Total in dot leaders, the Total
    marked with a highlighter's stroke and the accountant's tick; "Payment received vide IMPS, Ref ... on
    <day>"). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=2500, high=120000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        top(p, KHADI, merchant=KHADI)
        p.add("small", "Hand-spun khadi and handloom cloth  |  Station Road, Warangal - 506002")
        p.add("small", f"GSTIN {gstin_of(rng, '36', 'F')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"WKV/{rng.randrange(1100, 5800)}"
        inv_day = earlier(rng, j, 8, 30)
        cols(
            p,
            "kh0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM}, {TOWN}")
        spec = [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.68, "r"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        cols(p, "khh", spec, "Description", "HSN", "Mtrs", "Rate", "Amount", mode="line")
        taxable = 0.0
        for name, hsn, lo, hi in rng.sample(CLOTHS, rng.randrange(2, 4)):
            m = float(rng.randrange(20, 160))
            rate = float(rng.randrange(lo, hi))
            v = round(m * rate, 2)
            taxable += v
            cols(p, "khl", spec, name, hsn, f"{m:.0f}", num(rate), num(v), mode="line")
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        dots(p, "CGST 2.5%", num(gst), at=0.6)
        dots(p, "SGST 2.5%", num(gst), at=0.6)
        dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        h275.sticky(
            p,
            [
                (f"Paid {way}", {"method": "netbanking", "status": status}),
                (f"UTR {utr}", {"txn": (UTR_RANK, utr)}),
                (f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}", {"date": j.date}),
                ("- Swapna", {}),
            ],
        )
        return p.done()
    if k == 1:
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 242, 228), (242, 240, 226)])
        p.part = "head"
        top(p, FRAMER, merchant=FRAMER)
        p.add("small", "Photo frames, glass and mounting  |  Old Bus Stand Road, Siddipet")
        p.add("rule")
        p.add("center", "BILL")
        p.part = "body"
        one_pen(p)
        filled(p, "Date", "")
        filled(p, "M/s", FIRM_SHORT)
        spec = [(0.0, 0.46, "l"), (0.46, 0.6, "r"), (0.6, 0.78, "r"), (0.78, 1.0, "r")]
        cols(p, "frh", spec, "Particulars", "Qty", "Rate", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi in rng.sample(
            [
                ("Teak frame 18x24, glass", 850, 1250),
                ("Teak frame 12x18, glass", 520, 780),
                ("Mount board, ivory", 90, 160),
                ("Hanging hooks set", 40, 80),
            ],
            rng.randrange(2, 4),
        ):
            n_ = rng.randrange(2, 12)
            rate = rng.randrange(lo, hi, 10)
            total_ += n_ * rate
            hcells(p, spec, item, str(n_), str(rate), str(n_ * rate))
        ledger(p, start, [0.46, 0.6, 0.78])
        wrong = total_ + rng.choice([-1, 1]) * rng.choice([90, 100, 180, 270, 900])
        j.amount = float(total_)
        h275.strike(p, "Total", f"{wrong}/-", f"{total_}/-", "S.K.", at=0.5, amount=j.amount)
        p.add("gap")
        hand(p, f"Pd. by PhonePe, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        p.add("right", f"for {FRAMER}")
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 1800, 14000, 0.3)
        p = browser_page(rng, font, "www.vistaprint.in/checkout/payment")
        p.part = "head"
        top(p, VISTAPRINT, merchant=VISTAPRINT)
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Card declined", status)
        boxed(
            p,
            "Your bank declined this payment (incorrect CVV entered). Your order has not been placed; please "
            "try again or use another card.",
            "error",
        )
        oid = f"VP{digits(rng, 10)}"
        dots(p, "Order No.", oid, at=0.36, txn=(ORDER_RANK, oid))
        dots(p, "Items", "Visiting cards x 500, catalogues x 200", at=0.22)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Payment method", f"Debit Card XX{digits(rng, 4)}", at=0.4, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 250, 246), (246, 248, 244)])
        h279.decor(p, "squares")
        p.part = "head"
        p.add("gap")
        hand(p, f"{TAMARIND}  -  chinta ginjalu, Jangaon", merchant=TAMARIND)
        p.add("gap")
        p.part = "body"
        te_hand(p, f"తేదీ {when(j.date, rng.choice(['{d}/%m/%y', '%d/%m/%Y']))}", date=j.date)
        te_hand(p, "వనమాల నకాశి వారికి")
        total_ = 0
        kg = rng.randrange(20, 80)
        rate = rng.choice([44, 48, 52, 56])
        te_hand(p, f"చింత గింజల పొడి {kg} కిలో @ {rate}", figure=str(kg * rate))
        total_ += kg * rate
        others = [("సుద్ద మట్టి", 300, 700), ("జిగురు", 400, 1200)]
        for text, lo, hi in rng.sample(others, rng.randrange(1, 3)):
            v = rng.randrange(lo, hi, 10)
            total_ += v
            te_hand(p, text, figure=str(v))
        j.amount = float(total_)
        te_hand(p, "మొత్తం", figure=f"{total_}/-", amount=j.amount)
        p.add("gap")
        te_hand(p, "PhonePe ద్వారా అందింది", method="UPI", status=status)
        te_hand(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(280, 2400))
        p = sheet(rng, font, [700, 740])
        p.part = "head"
        name = pick(p, "title", [COURIER, "THE PROFESSIONAL COURIER"])
        top(p, name, merchant=name)
        p.add("small", "Booking counter: Siddipet (Medak Road)  |  Customer copy")
        p.add("rule")
        p.part = "body"
        awb = f"SDP{digits(rng, 9)}"
        h269.bars(p, awb)
        p.add("center", awb)
        base = round(j.amount / 1.18 / 1.15, 2)
        fuel = round(base * 0.15, 2)
        gst = round(j.amount - base - fuel, 2)
        grid(
            p,
            "pc",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["AWB No.", awb], {}),
                (["Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"]))], {"date": j.date}),
                (["From", "Siddipet (TS)"], {}),
                (["To", rng.choice(["New Delhi", "Mumbai", "Bengaluru", "Kolkata"])], {}),
                (
                    [
                        "Pcs / Weight",
                        f"{rng.randrange(1, 4)} / {rng.randrange(2, 14)}.{rng.randrange(10)} kg",
                    ],
                    {},
                ),
                (["Freight", num(base)], {}),
                (["Fuel surcharge", num(fuel)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Paid by", "UPI"], {"method": "UPI", "status": status}),
                (["UPI Ref", j.ref], {"txn": (UTR_RANK, j.ref)}),
            ],
        )
        p.add("small", "Track at www.tpcindia.com")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 1800, 16000, 0.2)
        p = browser_page(rng, font, "www.moglix.com/order-details")
        p.part = "head"
        top(p, "Moglix")
        p.add("small", "My orders  |  Order details")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment pending", status=status)
        h273.track(p, ["Ordered", "Payment", "Shipped", "Delivered"], "dptt")
        boxed(
            p,
            "We are awaiting confirmation of your payment from the bank. The order will be shipped once the "
            "payment is confirmed.",
            "warn",
        )
        oid = f"MOG{digits(rng, 9)}"
        field(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        field(p, "Seller", MOGLIX_SELLER, merchant=MOGLIX_SELLER)
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Payment", "Net Banking (SBI)", method="netbanking")
        field(p, "Ordered on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        return p.done()
    if k == 6:
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(246, 244, 236), (242, 242, 236)])
        h289.carbon(p)
        p.part = "head"
        top(p, SAWMILL, merchant=SAWMILL)
        p.add("small", "Timber, sawdust and firewood  |  Siddipet Road, Cheriyal")
        p.add("rule")
        p.add("center", "CASH BILL")
        p.part = "body"
        p.add("gap")
        te_hand(p, f"తేదీ {when(j.date, rng.choice(['{d}/%m/%y', '%d/%m/%Y']))}", date=j.date)
        start = len(p.rows)
        bags = rng.randrange(4, 16)
        r_b = rng.choice([60, 70, 80])
        wood = rng.randrange(2, 8)
        r_w = rng.choice([450, 500, 600])
        te_hand(p, f"రంపపు పొట్టు {bags} బస్తాలు @ {r_b}", figure=str(bags * r_b))
        te_hand(p, f"పొనికి చెక్క {wood} దుంగలు @ {r_w}", figure=str(wood * r_w))
        total_ = bags * r_b + wood * r_w
        j.amount = float(total_)
        te_hand(p, "మొత్తం", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76])
        p.add("gap")
        te_hand(p, "నగదు అందింది", method="cash", status=status)
        sig(p)
        return p.done()
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, TUBES, merchant=TUBES)
    p.add("small", "Paper tubes, cores and mailing tubes  |  IDA Cherlapally, Hyderabad - 500051")
    p.add("small", f"GSTIN {gstin_of(rng, '36', 'F')}")
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    ino = f"SSPT/{fy(j.date)}/{rng.randrange(200, 2400)}"
    cols(
        p,
        "pt0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Dated {when(earlier(rng, j, 5, 24), '%d-%b-%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {FIRM}")
    lines, taxable = [], 0.0
    for item, lo, hi in rng.sample(
        [
            ("Mailing tube 3 in x 40 in, with caps", 58, 84),
            ("Mailing tube 4 in x 72 in, with caps", 120, 180),
            ("Kraft tube 2 in x 24 in", 22, 34),
            ("Bubble wrap roll 1 m x 50 m", 640, 880),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(50, 400) if hi < 200 else rng.randrange(2, 8)
        rate = float(rng.randrange(lo, hi))
        v = round(q * rate, 2)
        taxable += v
        lines.append(([item, str(q), num(rate), num(v)], {}))
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    grid(
        p,
        "ptg",
        [(0.0, 0.52, "l"), (0.52, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["Item", "Qty", "Rate", "Amount"],
        lines,
    )
    dots(p, "CGST 9%", num(gst), at=0.6)
    dots(p, "SGST 9%", num(gst), at=0.6)
    dots(p, "Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
    h273.hilite(p)
    h273.tick(p)
    p.add("gap")
    p.add(
        "left",
        f"Payment received vide IMPS, Ref {j.ref} on {when(j.date, '%d-%m-%Y')}",
        method="netbanking",
        status=status,
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    p.add("small", "Computer generated invoice from TallyPrime")
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (KHADI, "State Bank of India", "IMPS", 20000, 150000),
    ("NARAYANA ART MATERIALS", "HDFC Bank", "NEFT", 5000, 40000),
    (TUBES, "ICICI Bank", "IMPS", 8000, 60000),
    (FRAMER, "Union Bank of India", "UPI", 900, 9000),
    ("GUNDU MALLIKARJUN", "Telangana Grameena Bank", "UPI", 900, 6000),
    ("SRI RANGANATHA TIMBER DEPOT", "Karur Vysya Bank", "NEFT", 6000, 50000),
    (SAWMILL, "Telangana Grameena Bank", "UPI", 900, 8000),
    (COURIER, "Kotak Mahindra Bank", "NEFT", 3000, 30000),
]
TGB = "Telangana Grameena Bank"
TGB_TE = "తెలంగాణ గ్రామీణ బ్యాంక్"
KDCCB = "The Karimnagar District Central Co-operative Bank Ltd."


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Nilayam paying its suppliers from its banks: Telangana Grameena Bank's app with an IMPS to the
    khadi store under its Telugu name (a large round tick, "బదిలీ విజయవంతమైంది" (transfer successful) over
    Transfer successful; the sum; each label in Telugu in a tag with its English after it, dot leaders and the
    value at the right: లబ్ధిదారు / Beneficiary, IMPS రిఫరెన్స్ నం. / IMPS Ref No., తేదీ / Date, ఖాతా / From
    A/c); State Bank of India's OnlineSBI e-Receipt of a NEFT to the art materials store (Reference No., UTR,
    Debit Account, Beneficiary Name, IFSC, Amount, Commission, Transaction Date, Status in a table ruled on
    every side); Kotak Mahindra Bank's app with an IMPS to the paper-tube maker on a scalloped badge (Transfer
    successful, the sum, "to <payee>"; IMPS Ref No., Date, From A/c, Remarks in a table ruled on every side);
    Google Pay's payment to the framer ("Today, <hour>"; the payee's initials in a round badge, "Paid to" over
    the payee, the sum, Completed; UPI transaction ID, To, From and Google transaction ID, labels small over
    their values; no day); PhonePe's payment to the tamarind-seed trader failed under a tile's cross (the sum,
    "to <payee>", the reason in a notice; Transaction ID, Attempted on and Debited from in a striped table);
    Karur Vysya Bank's DLite with a NEFT to the Nirmal timber depot (Transfer successful in a capsule;
    Beneficiary, Amount, UTR, Value Date, Remarks in dot leaders); Federal Bank's FedMobile's share of a UPI
    payment to the saw mill in a chat with the saw mill ("Payment of <sum> to <payee> was successful on <day>
    via UPI." in a bubble under the "Today" divider, "Shared via FedMobile" under it; no reference); the
    Karimnagar District Central Co-operative Bank's internet banking with a NEFT to the courier pending (a
    capsule, a progress bar, a notice; Beneficiary, Amount, UTR, Initiated on, Mode in shaded labels). All new
    here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=3000, high=150000)
    to, bank_to, way, low, high = PAYEES_OUT[k]
    j.amount = rupees(rng, low, high, 0.7 if way == "UPI" else 0.4)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, ["", "TGB Mobile"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 104, 56))
        app_head(p, "TGB Mobile Banking", TGB)
        te(p, TGB_TE, scale=0.88, soft=True)
        sicon(p, status)
        te(p, "బదిలీ విజయవంతమైంది", bold=True, scale=1.05, status=status)
        p.add("center", "Transfer successful")
        p.add("big", rs(j.amount), amount=j.amount)
        name = tag_fit(p, "లబ్ధిదారు", "Beneficiary", [to, clip(to, 20)])
        te_tag(p, "లబ్ధిదారు", "Beneficiary", name, merchant=name)
        te_tag(p, "IMPS రిఫరెన్స్ నం.", "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        te_tag(p, "తేదీ", "Date", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
        te_tag(p, "ఖాతా", "From A/c", f"CA XX{own4}", method=method)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "retail.onlinesbi.sbi/retail/ereceipt.htm")
        p.part = "head"
        top(p, "OnlineSBI")
        p.add("small", "State Bank of India  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "NEFT - e-Receipt")
        rno = f"IT{digits(rng, 8)}"
        utr = utr_of(rng, j, "State Bank of India", way)
        grid(
            p,
            "sb",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Reference No.", rno], {"txn": (BANK_RANK, rno)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", f"0000000{digits(rng, 4)}{own4}"[-11:]], {}),
                (["Beneficiary Name", to], {"merchant": to}),
                (["IFSC", f"{IFSC[bank_to]}0{digits(rng, 6)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Commission", "2.36"], {}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Status", "Completed Successfully"], {"status": status, "method": method}),
            ],
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Kotak"], dark=False, buttons=("Share", "Done"))
        band(p, (237, 28, 36))
        app_head(p, "Kotak Mobile Banking", "Kotak Mahindra Bank  |  IMPS")
        h287.burst(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {clip(to, 18)}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        at = 0.36
        gkv(p, "kt", "IMPS Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gkv(p, "kt", "Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=at, date=j.date)
        gkv(p, "kt", "From A/c", f"Current XX{own4}", at=at, method=method)
        gkv(p, "kt", "Remarks", "mailing tubes", at=at)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, [""], dark=False, buttons=("Share",))
        p.part = "head"
        p.add("title", "Google Pay")
        p.part = "body"
        name = pick(p, "center", [to, clip(to, 18)])
        h273.avatar(p, initials(name), (66, 133, 244))
        p.add("small", "Paid to")
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"{sign(p.font, chr(0x2713), '')} Completed".strip(), status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        h271.lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        h271.lab(p, "To")
        p.add("left", f"{name}  saiframes.sdp@ybl")
        h271.lab(p, "From")
        p.add("left", f"State Bank of India {masked(p.font)}{own4}", method=method)
        h271.lab(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Retry",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "UPI")
        h287.tile(p, status)
        p.add("center", "Payment Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {clip(to, 18)}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "The payee's bank is not reachable right now. No money was debited from your account; please try "
            "again later.",
            "error",
        )
        tid = f"T{j.date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 14)}"
        zebra(
            p,
            "pp",
            [(0.0, 0.38, "l"), (0.38, 1.0, "r")],
            ["Transaction details", ""],
            [
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Debited from", f"TGB XX{own4}"], {"method": method}),
            ],
            (95, 37, 159),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "DLite"], dark=False, buttons=("Download", "Share"))
        band(p, (0, 90, 60))
        app_head(p, "KVB DLite", "Karur Vysya Bank  |  NEFT")
        p.add("gap")
        pill(p, "Transfer successful", status)
        p.add("gap")
        utr = utr_of(rng, j, "Karur Vysya Bank", way)
        dots(p, "Beneficiary", to, at=0.3, merchant=to)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "UTR", utr, at=0.3, txn=(UTR_RANK, utr), method=method)
        dots(p, "Value Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=0.4, date=j.date)
        dots(p, "Remarks", "poniki wood", at=0.4)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        top(p, to)
        p.add("small", "online")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        divider(p, "Today")
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"Payment of {rs(j.amount)} to {to} was successful on "
            f"{day_as(j, rng, ['%d/%m/%Y', '{d} %b %Y'])} "
            "via UPI."
        )
        for n_, line in enumerate(lines_of(p, text, 1.0, 0.82)):
            facts = dict(amount=j.amount, merchant=to, status=status, method=method, date=j.date)
            p.add("left", line, **(facts if n_ == 0 else {}))
        note(p, "Shared via FedMobile  |  Federal Bank")
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    p = browser_page(rng, font, "ibank.kdccbank.in/neft/transaction-status")
    p.part = "head"
    top(p, pick(p, "title", [KDCCB, "Karimnagar DCC Bank Ltd."]))
    p.add("small", "Internet Banking  |  NEFT status")
    p.add("rule")
    p.part = "body"
    chip(p, "Pending for processing", status)
    p.add("gap")
    h294.progress(p, 0.4, status)
    boxed(
        p,
        "Your NEFT has been accepted and will be sent in the next settlement batch. Please do not send the "
        "amount again.",
        "warn",
    )
    utr = utr_of(rng, j, "The Karimnagar District Central Co-operative Bank", way)
    at = 0.34
    kv(p, "Beneficiary", to, at=at, merchant=to)
    kv(p, "Amount", rs(j.amount), at=at, amount=j.amount)
    kv(p, "UTR", utr, at=at, txn=(UTR_RANK, utr))
    kv(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (", ",)), at=at, date=j.date)
    kv(p, "Mode", way, at=at, method=method)
    return p.done()


# ---------------------------------------------------------------- 7. paying the artisans and the staff


# the work done by the piece as a Telugu hand writes it: the work, the pieces and the rate (low, high)
WORK_TE = [
    ("మార్కండేయ పటం బొమ్మలు", 1, 3, 2400, 4200),
    ("కృష్ణ లీల పటం రంగులు", 1, 4, 1200, 2200),
    ("పల్లె జీవితం పటాలు", 2, 6, 700, 1300),
    ("రావణ ముసుగులు", 2, 8, 350, 600),
    ("రాజు రాణి ముసుగులు", 2, 6, 300, 500),
    ("కల్లు గీత బొమ్మలు", 4, 12, 150, 260),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Nilayam paying its painters and mask and doll makers (the artisans of Cheriyal and the villages
    round it who work by the piece) and its staff: a painter's work account under its Telugu heading "పని
    లెక్క" (work account) (Painter and Month written in; the panels, masks and dolls written in a Telugu hand
    on ruled lines with their pieces, rates and sums, "మొత్తం" (total); "Paid by UPI, Ref ..." and "on <day>"
    written under it; colours and a brush in its margins); greytHR's payslip for the counter's sales assistant
    (Employee Name, Emp Code, Designation and Pay Period two pairs to a line; Earnings | Amount | Deductions |
    Amount in a striped table; Net Pay in a printed box and its words; "Paid on <day> via NEFT, UTR ..."); an
    artisan's Dasara advance receipt written in a Telugu hand under a scroll's creeper border ("దసరా పండుగ
    అడ్వాన్సు" (Dasara festival advance); "ఈ రోజు <day> న దసరా అడ్వాన్సుగా" (today, on <day>, as the Dasara
    advance), "రూ. x/- నగదు అందింది." (received Rs. x in cash)), the artisan's left thumb's whorl inked in its
    box and the name written under it in English; a witness; no reference); BHIM's payment to an artisan (a
    rounded card: a large round tick, Payment successful, the sum, "to <payee>"; UPI Ref No., Date, From in
    dot leaders); Navi's UPI payment to an artisan processing (Payment processing in a capsule, the sum, "to
    <payee>", its stages left to right; UPI Ref No. and Started on, Paid from and Note, labels small over
    their values two to a row); MobiKwik's payment to an artisan (the payee's initials in a round badge, "Paid
    successfully to <payee>", the sum, "Today, <hour>"; UPI Ref No., From and Note against a gutter; no day);
    Groww's UPI payment to an artisan failed in an octagon (the sum, "to <payee>", the reason in a notice; UPI
    Ref No., Attempted on, Bank at the left and the right); the counter helper's PAYMENT VOUCHER from a
    printed pad (No. struck in red; Date, Paid to, Towards and "Paid by UPI, Ref" written in on dotted lines;
    Rs. in a box; his signature across a revenue stamp). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=1200, high=18000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    worker = ARTISANS[(k + rng.randrange(3)) % len(ARTISANS)]
    if k == 0:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(246, 240, 222), (240, 236, 216)])
        p.part = "head"
        te(p, FIRM_TE, bold=True, scale=0.95)
        p.add("center", FIRM_SHORT)
        te(p, "పని లెక్క", bold=True, scale=1.12)
        p.add("center", "WORK ACCOUNT")
        p.add("rule")
        p.part = "body"
        filled(p, "Painter", worker, merchant=worker)
        filled(p, "Month", when(j.date - dt.timedelta(days=rng.randrange(3, 12)), "%B %Y"))
        p.add("gap")
        start = len(p.rows)
        total_ = 0
        for text, plo, phi, rlo, rhi in rng.sample(WORK_TE, rng.randrange(2, 4)):
            pcs = rng.randrange(plo, phi + 1)
            rate = rng.randrange(rlo, rhi, 50 if rhi > 1000 else 10)
            total_ += pcs * rate
            te_hand(p, f"{text} {pcs} x {rate}", figure=str(pcs * rate))
        j.amount = float(total_)
        te_hand(p, "మొత్తం", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76])
        p.add("gap")
        hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - V. Swapna", date=j.date)
        paints(p)
        return p.done()
    if k == 1:
        who = STAFF[0]
        basic = float(rng.randrange(90, 140) * 100)
        hra = round(basic * 0.3, 0)
        special = float(rng.randrange(8, 20) * 100)
        pf = round(basic * 0.12, 0)
        gross = basic + hra + special
        # Telangana's professional tax on a month's salary: nil to 15,000, 150 to 20,000, 200 above
        pt = 0.0 if gross <= 15000 else 150.0 if gross <= 20000 else 200.0
        j.amount = round(gross - pf - pt, 2)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_SHORT]))
        p.add("small", f"{COUNTER_AT}  |  greytHR")
        p.add("rule")
        p.add("center", f"Payslip for {j.month(1)}")
        p.part = "body"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")]
        cols(
            p, "gh0", spec, "Employee Name", who, "Emp Code", f"VKC{rng.randrange(10, 40):03d}", merchant=who
        )
        cols(p, "gh0", spec, "Designation", "Sales Assistant", "Pay Period", j.month(1))
        p.add("gap")
        zebra(
            p,
            "ghz",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "PF", num(pf)], {}),
                (["HRA", num(hra), "Professional Tax", num(pt)], {}),
                (["Special Allowance", num(special), "", ""], {}),
                (["Total Earnings", num(gross), "Total Deductions", num(pf + pt)], {}),
            ],
            (40, 90, 150),
        )
        p.add("gap")
        h271.amtbox(p, "Net Pay", rs(j.amount), by_hand=False, at=0.4, amount=j.amount)
        prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        prose(
            p,
            f"Paid on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} via NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a system generated payslip and does not need a signature.")
        return p.done()
    if k == 2:
        season(j, rng, DASARA - dt.timedelta(days=10), 9)
        j.amount = float(rng.randrange(4, 16) * 500)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
        p.part = "head"
        creeper(p)
        te(p, FIRM_TE, bold=True)
        p.add("center", "Cheriyal, Siddipet Dist.")
        p.add("rule")
        te(p, "దసరా పండుగ అడ్వాన్సు", bold=True, scale=1.1)
        p.add("gap")
        p.part = "body"
        te_hand(p, f"ఈ రోజు {when(j.date, '%d/%m/%Y')} న దసరా అడ్వాన్సుగా", date=j.date)
        te_hand(p, f"రూ. {int(j.amount)}/- నగదు అందింది.", amount=j.amount, method="cash", status=status)
        p.add("gap")
        thumb_ink(p)
        hand(p, worker, align="r", merchant=worker)
        p.add("gap")
        te(p, f"సాక్షి: {STAFF[1]}", align="l", scale=0.85)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 102, 178))
        app_head(p, "BHIM", "UPI")
        p.add("gap")
        c = card_open(p)
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        card_close(p, c)
        p.add("gap")
        dots(p, "UPI Ref No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.34, date=j.date)
        dots(p, "From", f"SBI {masked(p.font)}{digits(rng, 4)}", at=0.4, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Navi"], dark=False, buttons=("Check status",))
        band(p, (20, 60, 60))
        app_head(p, "Navi", "UPI")
        p.add("gap")
        pill(p, "Payment processing", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        h289.steps(p, ["Debited", "Sent", "Credited"], 2, status)
        p.add("gap")
        two_up(
            p,
            "nv1",
            ("UPI Ref No.", j.ref),
            ("Started on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "nv2", ("Paid from", f"SBI XX{digits(rng, 4)}"), ("Note", "mask work"), method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "MobiKwik"], dark=False, buttons=("Share", "Done"))
        band(p, (34, 60, 170))
        app_head(p, "MobiKwik", "UPI")
        h273.avatar(p, initials(worker), (34, 60, 170))
        p.add("center", f"Paid successfully to {worker}", status=status, merchant=worker)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        at = 0.36
        gutter(p, "mk", "UPI Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gutter(p, "mk", "From", f"SBI XX{digits(rng, 4)}", at=at, method="UPI")
        gutter(p, "mk", "Note", "doll sets", at=at)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Groww"], dark=False, buttons=("Try again",))
        band(p, (0, 178, 140))
        app_head(p, "Groww", "UPI")
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            f"{worker.split()[1]}'s bank declined the credit (account frozen for KYC). Any amount debited "
            "will be refunded in 3 working days.",
            "error",
        )
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Attempted on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Bank", f"State Bank of India {masked(p.font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    who = STAFF[1]
    j.amount = float(rng.randrange(18, 32) * 500)
    p = sheet(rng, font, [780, 820])
    p.style["paper"] = rng.choice([(248, 246, 236), (244, 244, 234)])
    p.part = "head"
    top(p, pick(p, "title", [FIRM, FIRM_SHORT]))
    p.add("small", COUNTER_AT)
    p.add("rule")
    p.add("center", "PAYMENT VOUCHER")
    p.part = "body"
    one_pen(p)
    vno = str(rng.randrange(100, 900))
    h279.redno(p, "No.", vno, txn=(INVOICE_RANK, vno))
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
    filled(p, "Paid to", who, merchant=who)
    filled(p, "Towards", f"wages for {j.month(1)}")
    filled(p, "Paid by UPI, Ref", j.ref, method="UPI", status=status, txn=(UTR_RANK, j.ref))
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    h271.revenue(p, who.split()[1])
    p.add("right", "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


MUNICIPALITY = "Cheriyal Municipality"
MUNICIPALITY_TE = "చేర్యాల పురపాలక సంఘం"
SHILPARAMAM = "Shilparamam Arts, Crafts & Cultural Society"
GIR = "Geographical Indications Registry"
ITD = "Income Tax Department"
TEMPLE = "Sri Mallikarjuna Swamy Devasthanam, Komuravelli"
TEMPLE_TE = "శ్రీ మల్లికార్జున స్వామి దేవస్థానం, కొమురవెల్లి"
CTD = "Commercial Taxes Department, Telangana"
ESIC = "Employees' State Insurance Corporation"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Nilayam's fees, taxes and dues, the authority paid as printed: Cheriyal Municipality's trade
    licence e-receipt under its Telugu name (Payment Successful; each label in Telugu in a tag with its
    English after it, dot leaders and the value at the right: రసీదు సంఖ్య / Receipt No., లైసెన్స్ సంఖ్య /
    Licence No., వ్యాపారి పేరు / Trader's Name, సంవత్సరం / Year, మొత్తం / Amount, చెల్లింపు విధానం / Mode, UPI
    రిఫరెన్స్ / UPI Ref, తేదీ / Date); Shilparamam's stall rent receipt mailed for the counter (its sentence;
    Receipt No., Stall No., Period, Rent, GST 18%, Total, Mode, UPI Ref, Date in a striped table); the
    Geographical Indications Registry's fee for the Nilayam's authorised user application failed by card in a
    capsule (the reason in a notice; Payment Ref. No., Application, Amount, Mode, Attempted on, Bank response
    in a table ruled on every side); the Income Tax Department's e-Pay Tax challan receipt for the
    proprietor's advance tax (Payment successful; Name, Assessment Year, Major Head, Minor Head, Amount, CIN,
    BSR Code, Challan No., Date of Deposit, Mode in shaded labels); Sri Mallikarjuna Swamy Devasthanam's
    jatara stall fee receipt at Komuravelli under its Telugu name and "జాతర స్టాల్ రుసుము రసీదు" (jatara stall
    fee receipt) (each label in Telugu in a tag with its English after it and the value written in by hand at
    the right: తేదీ / Date, పేరు / Name, స్టాల్ నం. / Stall No., రుసుము / Fee; "నగదు అందింది" (cash received)
    in a Telugu hand; its oval stamp; the Executive Officer's signature; no reference); the Commercial Taxes
    Department's profession tax e-payment pending at the bank (its stages left to right, a notice; Challan Ref
    No., Enrolment No., Period, Amount, Bank, Initiated on against a gutter); ESIC's contribution challan paid
    (Transaction successful; Employer Code, Challan No., Contribution Period, Amount, Bank Transaction No.,
    Challan Paid Date, Mode in dot leaders); T App Folio with the workshop's property tax paid to the
    municipality (a ticket's card: Paid, the sum, "to" over the municipality and "Today, <hour>" over its
    tear, PTIN, Transaction ID and Paid via in dot leaders under it; no day). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([1500, 2000, 2500, 3000, 4500]))
        p = browser_page(rng, font, "cdma.telangana.gov.in/tradelicense/e-receipt")
        p.part = "head"
        te(p, MUNICIPALITY_TE, bold=True, scale=1.1)
        name = pick(p, "title", [MUNICIPALITY, MUNICIPALITY.upper()])
        top(p, name, merchant=name)
        te(p, "వ్యాపార లైసెన్స్ రసీదు", scale=0.9)
        p.add("small", "Trade Licence e-Receipt  |  CDMA, Telangana")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"CHR/TL/{j.date:%y}/{digits(rng, 6)}"
        te_tag(p, "రసీదు సంఖ్య", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        te_tag(p, "లైసెన్స్ సంఖ్య", "Licence No.", f"TL/CHR/{digits(rng, 5)}")
        trader = tag_fit(p, "వ్యాపారి పేరు", "Trader's Name", [FIRM, FIRM_SHORT])
        te_tag(p, "వ్యాపారి పేరు", "Trader's Name", trader)
        te_tag(p, "సంవత్సరం", "Year", f"20{fy(j.date)}")
        te_tag(p, "మొత్తం", "Amount", rs(j.amount), bold=True, amount=j.amount)
        te_tag(p, "చెల్లింపు విధానం", "Mode", "UPI", method="UPI")
        te_tag(p, "UPI రిఫరెన్స్", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        te_tag(p, "తేదీ", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        return p.done()
    if k == 1:
        rent = float(rng.choice([6000, 7500, 8000, 9000]))
        gst = round(rent * 0.18, 2)
        j.amount = rent + gst
        p = mail_page(
            rng,
            font,
            "Shilparamam Accounts <accounts@shilparamam.in>",
            ["Stall rent receipt - Stall 14", "Receipt for your stall rent"],
        )
        p.part = "head"
        name = pick(p, "title", [SHILPARAMAM, "Shilparamam"])
        top(p, name, merchant=name)
        p.add("small", "HITEC City Road, Madhapur, Hyderabad  |  Stall Rent Receipt")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear {COUNTER}, we have received the rent for your stall in the crafts bazaar for the month "
            "shown below. Thank you.",
            status=status,
        )
        p.add("gap")
        rno = f"SPR/{j.date:%y}/{digits(rng, 5)}"
        zebra(
            p,
            "sp",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Receipt", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Stall No.", "14 (Crafts Bazaar)"], {}),
                (["Period", j.month(0)], {}),
                (["Rent", num(rent)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "UPI"], {"method": "UPI"}),
                (["UPI Ref", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
            ],
            (150, 60, 30),
        )
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([500, 1000, 1500]))
        p = browser_page(rng, font, "search.ipindia.gov.in/GIRPublic/payment/status")
        p.part = "head"
        name = pick(p, "title", [GIR, "GI Registry, Chennai"])
        top(p, name, merchant=name)
        p.add("small", "Form GI-3A  |  Authorised user: Cheriyal Paintings (GI No. 120)")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment failed", status)
        boxed(
            p,
            "The payment gateway did not receive an authorisation from your card's bank. Your application "
            "is saved as a draft; no fee has been taken.",
            "error",
        )
        pref = f"GIP{digits(rng, 12)}"
        at = 0.38
        gkv(p, "gi", "Payment Ref. No.", pref, at=at, txn=(TXN_RANK, pref))
        gkv(p, "gi", "Application", "Authorised user, Form GI-3A", at=at)
        gkv(p, "gi", "Amount", rs(j.amount), at=at, amount=j.amount)
        gkv(p, "gi", "Mode", "Credit Card", at=at, method="card")
        gkv(
            p,
            "gi",
            "Attempted on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)),
            at=at,
            date=j.date,
        )
        gkv(p, "gi", "Bank response", "Declined by issuer", at=at)
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(20, 240) * 100)
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/challan")
        p.part = "head"
        name = pick(p, "title", [ITD, "Income Tax Department, Govt. of India"])
        top(p, name, merchant=name)
        p.add("small", "e-Pay Tax  |  Challan Receipt (ITNS 280)")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment successful", status=status)
        p.add("gap")
        cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}"
        cno = f"{rng.randrange(10000, 99999)}"
        start_ = j.date.year + (1 if j.date.month >= 4 else 0)
        ay = f"{start_}-{(start_ + 1) % 100}"
        at = 0.3
        kv(p, "Name", OWNER.upper(), at=at)
        kv(p, "Assessment Year", ay, at=at)
        kv(p, "Major Head", "Income Tax (Other than Companies) (0021)", at=at)
        kv(p, "Minor Head", "Advance Tax (100)", at=at)
        kv(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        kv(p, "CIN", cin, at=at, txn=(BANK_RANK, cin))
        kv(p, "BSR Code", f"0{digits(rng, 6)}", at=at)
        kv(p, "Challan No.", cno, at=at, txn=(INVOICE_RANK, cno))
        kv(p, "Date of Deposit", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=at, date=j.date)
        kv(p, "Mode", "Net Banking (State Bank of India)", at=at, method="netbanking")
        return p.done()
    if k == 4:
        season(j, rng, JATARA - dt.timedelta(days=6), 7)
        j.amount = float(rng.choice([1500, 2000, 2500, 3000]))
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(244, 238, 220), (240, 236, 222)])
        p.part = "head"
        te(p, TEMPLE_TE, bold=True)
        name = pick(p, "title", [TEMPLE, "Sri Mallikarjuna Swamy Devasthanam"])
        top(p, name, merchant=name)
        te(p, "జాతర స్టాల్ రుసుము రసీదు", bold=True, scale=0.95)
        p.add("small", "Jatara stall fee receipt  |  Komuravelli, Siddipet Dist.")
        p.add("rule")
        p.part = "body"
        stall = f"B-{rng.randrange(1, 80)}"
        te_tag(p, "తేదీ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), pen=True, date=j.date)
        te_tag(p, "పేరు", "Name", FIRM_SHORT, pen=True)
        te_tag(p, "స్టాల్ నం.", "Stall No.", stall, pen=True)
        te_tag(p, "రుసుము", "Fee", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        p.add("gap")
        te_hand(p, "నగదు అందింది", method="cash", status=status)
        h287.oval(p, ["SRI MALLIKARJUNA SWAMY", "DEVASTHANAM", "KOMURAVELLI"], "violet", at=0.3, rows_=3)
        sig(p)
        p.add("right", "Executive Officer")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([1800, 2400, 2500]))
        p = browser_page(rng, font, "www.tgct.gov.in/tgportal/ProfessionTax/ePayment/status")
        p.part = "head"
        name = pick(p, "title", [CTD, "Commercial Taxes Dept., Telangana"])
        top(p, name, merchant=name)
        p.add("small", "Profession Tax  |  e-Payment status")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment pending at bank", status=status)
        h273.track(p, ["Challan created", "Bank", "Credited"], "dpt")
        boxed(
            p,
            "Your bank has not yet confirmed this payment. Please check the status after some time before "
            "paying again.",
            "warn",
        )
        crn = f"TG{j.date:%y}{digits(rng, 12)}"
        at = 0.36
        gutter(p, "pt", "Challan Ref No.", crn, at=at, txn=(TXN_RANK, crn))
        gutter(p, "pt", "Enrolment No.", f"PTEC{digits(rng, 9)}", at=at)
        gutter(p, "pt", "Period", f"20{fy(j.date)}", at=at)
        gutter(p, "pt", "Amount", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "pt", "Bank", "Net Banking (SBI)", at=at, method="netbanking")
        gutter(
            p,
            "pt",
            "Initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 600, 4800, 0.2)
        p = browser_page(rng, font, "www.esic.gov.in/EmployerPortal/ChallanStatus")
        p.part = "head"
        name = pick(p, "title", [ESIC, "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Employer portal  |  e-Challan status")
        p.add("rule")
        p.part = "body"
        p.add("center", "Transaction successful", status=status)
        p.add("gap")
        cno = f"5{digits(rng, 11)}"
        btn = f"{digits(rng, 10)}"
        month_ = j.date.replace(day=1) - dt.timedelta(days=1)
        dots(p, "Employer Code", f"5200{digits(rng, 6)}0000999", at=0.34)
        dots(p, "Challan No.", cno, at=0.4, txn=(TXN_RANK, cno))
        dots(p, "Contribution Period", when(month_, "%B %Y"), at=0.44)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Bank Transaction No.", btn, at=0.44, txn=(BANK_RANK, btn))
        dots(p, "Challan Paid Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.44, date=j.date)
        dots(p, "Mode", "Internet Banking (SBI)", at=0.3, method="netbanking")
        return p.done()
    j.amount = rupees(rng, 1200, 9000, 0.5)
    p = phone(rng, font, k, ["", "T App Folio"], dark=False, buttons=("Download receipt",))
    band(p, (0, 96, 140))
    app_head(p, "T App Folio", "Government of Telangana")
    start = h279.ticket_open(p)
    p.add("center", "Paid", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "to")
    name = pick(p, "center", [MUNICIPALITY, "Cheriyal Municipality, Siddipet"])
    p.add("center", name, merchant=name)
    p.add("small", f"Property tax, first half  |  Today, {hhmm(rng, lower=True)}")
    tear = h279.ticket_tear(p)
    tid = f"TAF{digits(rng, 12)}"
    dots(p, "PTIN", f"11{digits(rng, 8)}", at=0.4)
    dots(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
    dots(p, "Paid via", "UPI", at=0.4, method="UPI")
    h279.ticket_close(p, start, tear)
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


IFFCO = "IFFCO-TOKIO General Insurance Co. Ltd."
SBIG = "SBI General Insurance Company Limited"
HDFC_ERGO = "HDFC ERGO General Insurance Co. Ltd."
GENERALI = "Generali Central Insurance Co. Ltd."
LIBERTY = "Liberty General Insurance Limited"


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Nilayam's premiums, the insurer on top, under its app's bar or signing its SMS: IFFCO-Tokio's
    PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy (its sentence "Received with
    thanks from ... the sum of Rs. x by NEFT ..."; Receipt No., Receipt Date, Policy No., Sum Insured, Net
    Premium, CGST 9%, SGST 9%, Total Premium, UTR against a gutter; a signature); Care Health's app with the
    family's health policy renewed ("Today, <hour>"; the insurer under the app's bar, a large round tick,
    Policy renewed, the sum; a copyable Payment ID; Policy No. and Paid via at the left and the right; no
    day); SBI General's policy schedule cum receipt for the counter's shopkeeper's policy (Receipt No., Policy
    No., Period, Premium, GST 18%, Total Premium, Mode, UPI Ref, Receipt Date in a striped table); HDFC ERGO's
    motor renewal for the workshop's pickup failed by card on a tinted band (the insurer under the app's bar,
    the reason in a notice; Policy No., Vehicle No., Premium, Transaction ID, Card, Attempted on in dot
    leaders); Axis Max Life's SMS of a renewal premium received ("Dear Customer, we have received Rs.x towards
    renewal premium of Policy No. ... on <dd-Mon-yyyy> through UPI. Transaction ID .... -Axis Max Life
    Insurance"); Generali Central's premium under verification (the insurer under the app's bar, its stages
    top to bottom, a notice; Policy No.:, Premium:, Transaction ID:, Initiated on:, Paid via: with colons);
    Liberty General's receipt mail for the artisans' group personal accident policy (its sentence; Receipt
    No., Policy No., Insured, Premium, GST 18%, Total, Mode, UTR, Date in a table ruled on every side); ACKO's
    app with the counter's scooter's policy issued (the insurer under the app's bar, a tile's tick, Payment
    received, the sum, Policy issued; Policy No., Paid on and Paid via, each value over its label; no
    reference). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=1500, high=42000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    pol = f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 3)}"
    if k == 0:
        si = float(rng.randrange(8, 40) * 100000)
        net = round(si * rng.uniform(0.0009, 0.0016), 0)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        ins = pick(p, "title", [IFFCO, "IFFCO-TOKIO General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Hanamkonda Business Office  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        prose(
            p,
            f"Received with thanks from {FIRM}, {TOWN}, the sum of {rs(j.amount)} by {way} towards the "
            "premium of the Bharat Sookshma Udyam Suraksha policy below.",
            status=status,
            method="netbanking",
        )
        p.add("gap")
        rno = f"{digits(rng, 4)}{j.date:%y}{digits(rng, 8)}"
        at = 0.36
        gutter(p, "if", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        gutter(p, "if", "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
        gutter(p, "if", "Policy No.", pol, at=at)
        gutter(p, "if", "Sum Insured", num(si), at=at)
        gutter(p, "if", "Net Premium", num(net), at=at)
        gutter(p, "if", "CGST 9%", num(gst), at=at)
        gutter(p, "if", "SGST 9%", num(gst), at=at)
        gutter(p, "if", "Total Premium", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "if", "UTR", utr, at=at, txn=(UTR_RANK, utr))
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 9000, 32000, 0.6)
        p = phone(rng, font, k, ["", "Care Health"], dark=False, buttons=("View policy",))
        band(p, (0, 120, 92))
        bar(p, "Care Health", "Care Health Insurance Ltd.", merchant="Care Health Insurance Ltd.")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Care Supreme  |  Family floater, 4 members")
        p.add("gap")
        pid = f"CHI{digits(rng, 12)}"
        copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Policy No.", digits(rng, 8))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        prem = float(rng.randrange(30, 140) * 50)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = sheet(rng, font, [780, 820])
        p.part = "head"
        ins = pick(p, "title", [SBIG, "SBI General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Shopkeeper's Insurance  |  Policy Schedule cum Premium Receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Insured: {COUNTER}, {COUNTER_AT.split(', ', 1)[1]}")
        p.add("gap")
        rno = f"SBIG{j.date:%y}{digits(rng, 9)}"
        end = j.date.replace(year=j.date.year + 1) - dt.timedelta(days=1)
        zebra(
            p,
            "sg",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Premium receipt", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Policy No.", f"0000000{digits(rng, 8)}-01"], {}),
                (["Period", f"{when(j.date, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}"], {}),
                (["Premium", num(prem)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "UPI"], {"method": "UPI"}),
                (["UPI Ref", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
            ],
            (0, 70, 140),
        )
        p.add(
            "small",
            "Premium received. Subject to the terms, conditions and exclusions of the policy.",
            status=status,
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "HDFC ERGO"], dark=False, buttons=("Try again",))
        band(p, (200, 16, 46))
        bar(p, "HDFC ERGO", HDFC_ERGO, merchant=HDFC_ERGO)
        h269.strip(p, "Payment unsuccessful", status)
        boxed(
            p,
            "Your card's bank did not authorise this payment (OTP not entered in time). Your policy has not "
            "been renewed yet.",
            "error",
        )
        tid = f"HE{digits(rng, 13)}"
        dots(p, "Policy No.", f"2311 {digits(rng, 4)} {digits(rng, 4)} 0000", at=0.3)
        dots(p, "Vehicle No.", f"TG 36 T {rng.randrange(1000, 9999)}", at=0.36)
        dots(p, "Premium", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Card", f"Visa XX{digits(rng, 4)}", at=0.4, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(40, 400) * 50)
        tid = f"AML{digits(rng, 10)}"
        text = (
            f"Dear Customer, we have received Rs.{num(j.amount, 'indian')} towards renewal premium of "
            "Policy No. "
            f"{digits(rng, 9)} on {when(j.date, '%d-%b-%Y')} through UPI. Transaction ID {tid}. -Axis Max "
            "Life Insurance"
        )
        p = sms_page(rng, font, "AX-MAXLIF", text, j.date)
        p.add(
            "left",
            text,
            merchant="Axis Max Life Insurance",
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
            txn=(TXN_RANK, tid),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Generali Central"], dark=False, buttons=("Refresh",))
        band(p, (160, 20, 30))
        bar(p, "Generali Central", GENERALI, merchant=GENERALI)
        p.add("center", "Payment under verification", status=status)
        p.add("gap")
        h271.step(p, "Payment made", "at your bank", "done")
        h271.step(p, "Verification", "in progress", "now")
        h271.step(p, "Policy issued", "", "todo")
        boxed(
            p,
            "We are verifying this premium with your bank; your cover continues meanwhile. Please do not pay "
            "again.",
            "warn",
        )
        tid = f"GCI{j.date:%y%m%d}{digits(rng, 7)}"
        spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
        h271.colkv(p, "gc", spec, "Policy No.:", digits(rng, 10))
        h271.colkv(p, "gc", spec, "Premium:", rs(j.amount), amount=j.amount)
        h271.colkv(p, "gc", spec, "Transaction ID:", tid, txn=(TXN_RANK, tid))
        h271.colkv(p, "gc", spec, "Initiated on:", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        h271.colkv(p, "gc", spec, "Paid via:", "Net Banking", method="netbanking")
        return p.done()
    if k == 6:
        prem = float(rng.randrange(40, 160) * 50)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = mail_page(
            rng,
            font,
            "Liberty General <care@libertyinsurance.in>",
            ["Premium receipt: Group Personal Accident", "Your premium receipt"],
        )
        p.part = "head"
        ins = pick(p, "title", [LIBERTY, "Liberty General Insurance"])
        top(p, ins, merchant=ins)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear {OWNER}, thank you: we have received the premium for the group personal accident policy "
            "of "
            "your artisans.",
            status=status,
        )
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        rno = f"LGI{j.date:%y}{digits(rng, 9)}"
        at = 0.34
        gkv(p, "lg", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        gkv(p, "lg", "Policy No.", f"2016-{digits(rng, 6)}-{digits(rng, 2)}", at=at)
        gkv(p, "lg", "Insured", FIRM, at=at)
        gkv(p, "lg", "Premium", num(prem), at=at)
        gkv(p, "lg", "GST 18%", num(gst), at=at)
        gkv(p, "lg", "Total", rs(j.amount), at=at, amount=j.amount)
        gkv(p, "lg", "Mode", way, at=at, method="netbanking")
        gkv(p, "lg", "UTR", utr, at=at, txn=(UTR_RANK, utr))
        gkv(p, "lg", "Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
        return p.done()
    j.amount = rupees(rng, 700, 2400, 0.5)
    p = phone(rng, font, k, ["", "ACKO"], dark=False, buttons=("Download policy",))
    band(p, (88, 34, 190))
    bar(p, "ACKO", "ACKO General Insurance Ltd.", merchant="ACKO General Insurance Ltd.")
    h287.tile(p, status)
    p.add("center", "Payment received", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", f"Policy issued  |  Two-wheeler TG 09 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}")
    p.add("gap")
    vlab(p, "Policy No.", f"DCTR{digits(rng, 8)}/01", bold=False)
    vlab(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("VANAMALA KATHA CHITRA", "SHILPARAMAM, MADHAPUR, HYD", "razorpay POS", "razorpay"),
    ("VANAMALA NAKASHI - JATARA", "KOMURAVELLI", "BharatPe Swipe", "bharatpe"),
    ("HOTEL KAKATIYA GRAND", "HANAMKONDA", "YES BANK", "yes"),
    ("NARAYANA ART MATERIALS", "HYDERABAD", "HDFC Bank", "sms"),
    ("TGSRTC", "Hyderabad - Bengaluru", "", "bus"),
    ("SRI LAKSHMI HARDWARE", "SIDDIPET", "ICICI BANK", "declined"),
    ("ASHA ART STORE", "HYDERABAD", "Scapia", "cardapp"),
    ("RAVI TEJA FAMILY RESTAURANT", "Siddipet", "", "restaurant"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the counter's and the jatara stall's terminals and the Nilayam's cards elsewhere: Razorpay
    POS's SALE slip at Vanamala Katha Chitra in its printer's face (TID and MID, DATE and TIME, BATCH and INV
    two to a line; the scheme, the way the card was read and the card; AUTH and RRN; the sum set large;
    APPROVED, CUSTOMER COPY); BharatPe Swipe's terminal at the jatara stall in the jatara's days with the
    transaction timed out (SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT at the left and the right; TXN TIMED
    OUT, PLEASE VERIFY STATUS BEFORE RETRY); Yes Bank's slip at a Hanamkonda hotel (SALE; DATE, TIME, MID,
    TID, INV NO, CARD, APPR CODE, RRN at the left and the right; TOTAL AMOUNT; APPROVED, PIN VERIFIED); HDFC
    Bank's SMS of a spend on the Nilayam's card ("Spent Rs.x On HDFC Bank Card 1234 At <MERCHANT> On
    <yyyy-mm-dd>:<hh:mm:ss> ..."; no reference); TGSRTC's e-ticket for the Hyderabad - Bengaluru bus to a
    crafts fair paid by card (Ticket booked, Payment successful; PNR, Passenger, Service, Journey date, Fare,
    Reservation charges, Total, Paid by, Transaction ID, Booked on against a gutter); ICICI Bank's slip at a
    Siddipet hardware shop DECLINED (05 DO NOT HONOUR); Scapia's credit card app with a spend at an art store
    (the sum, "at <merchant>", its town and "Today, <hour>"; Successful in a capsule; Card, Transaction ID and
    Category against a gutter; no day); a Siddipet restaurant's bill from Petpooja settled by card (Bill No.,
    Date, Table, Pax; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Settled by: Card", the card
    and its Approval No.). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=900, high=42000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "bharatpe":
        season(j, rng, JATARA, JATARA_DAYS)
    if layout in ("declined", "yes", "sms", "cardapp"):
        j.amount = rupees(rng, 1200, 24000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        text = (
            f"Spent Rs.{j.amount:.2f} On HDFC Bank Card {last4} At {name} On {when(j.date, '%Y-%m-%d')}:{t}. "
            f"Avl Lmt Rs.{num(rupees(rng, 40000, 190000), 'plain')}. Not You? Call 18002586161/SMS BLOCK CC "
            f"{last4} "
            "to 7308080808"
        )
        p = sms_page(rng, font, "VM-HDFCBK", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Scapia"], dark=False, buttons=("Need help?",))
        band(p, (24, 24, 60))
        app_head(p, "Scapia", "Federal Bank Credit Card")
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", f"at {name}", merchant=name)
        p.add("small", f"{town}, IN  |  Today, {hhmm(rng)}")
        p.add("gap")
        pill(p, "Successful", status)
        p.add("gap")
        ref = f"{digits(rng, 12)}"
        at = 0.38
        gutter(p, "sc", "Card", f"{masked(p.font)}{last4}", at=at, method="card")
        gutter(p, "sc", "Transaction ID", ref, at=at, txn=(TXN_RANK, ref))
        gutter(p, "sc", "Category", "Shopping", at=at)
        return p.done()
    if layout == "bus":
        fare = float(rng.randrange(9, 24) * 100) + rng.choice([0.0, 50.0])
        res = float(rng.choice([30, 40]))
        j.amount = fare + res
        p = browser_page(rng, font, "www.tgsrtcbus.in/oprs-web/ticket/print")
        p.part = "head"
        top(p, pick(p, "title", ["TGSRTC", "Telangana State Road Transport Corporation"]), merchant="TGSRTC")
        p.add("small", "e-Ticket  |  Online Passenger Reservation System")
        p.add("rule")
        p.part = "body"
        p.add("center", "Ticket booked")
        p.add("small", "Payment successful", status=status)
        pnr = f"T{digits(rng, 9)}"
        pref = f"TGP{digits(rng, 12)}"
        journey = j.date + dt.timedelta(days=rng.randrange(4, 30))
        at = 0.38
        gutter(p, "bs", "PNR", pnr, at=at, txn=(ORDER_RANK, pnr))
        gutter(p, "bs", "Passenger", f"{SON} (M, 31)", at=at)
        gutter(p, "bs", "Service", f"{rng.randrange(1000, 9999)} Garuda Plus, MGBS - Bengaluru", at=at)
        gutter(p, "bs", "Journey date", when(journey, "%d-%m-%Y"), at=at)
        gutter(p, "bs", "Fare", num(fare), at=at)
        gutter(p, "bs", "Reservation charges", num(res), at=at)
        gutter(p, "bs", "Total", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
        gutter(p, "bs", "Paid by", f"{scheme} Debit Card XX{last4}", at=at, method="card")
        gutter(p, "bs", "Transaction ID", pref, at=at, txn=(TXN_RANK, pref))
        gutter(p, "bs", "Booked on", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=at, date=j.date)
        return p.done()
    p = roll(rng, font, [440, 470, 500], [17, 18])
    if rng.random() < 0.5:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    if layout == "restaurant":
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", f"Family restaurant  |  {town}")
        p.add("small", f"GSTIN {gstin_of(rng, '36', 'P')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = f"{rng.randrange(1200, 9999)}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("Table", f"{rng.randrange(1, 24)}   Pax {rng.randrange(2, 7)}")
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Natu kodi pulusu", 320),
                ("Sarva pindi", 90),
                ("Jonna rotte", 40),
                ("Gongura mutton", 380),
                ("Pappu, tomato", 140),
                ("Bagara rice", 180),
                ("Double ka meetha", 120),
            ],
            rng.randrange(3, 6),
        ):
            q = rng.randrange(1, 4)
            p.pair(f"{dish} x{q}", f"{q * price:.2f}")
            food += q * price
        gst = round(food * 0.025, 2)
        j.amount = round(food + 2 * gst, 2)
        p.add("rule")
        p.pair("Sub Total", f"{food:.2f}")
        p.pair("CGST 2.5%", f"{gst:.2f}")
        p.pair("SGST 2.5%", f"{gst:.2f}")
        p.pair("Grand Total", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("left", "Settled by: Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Approval No. {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Visit again  |  Petpooja")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "razorpay":
        p.add("center", "SALE")
        p.add("rule")
        typed(p, f"TID: {tid}   MID: {mid[:10]}")
        typed(p, f"DATE: {when(j.date, '%d/%m/%y')}   TIME: {t}", date=j.date)
        typed(p, f"BATCH: {batch[-4:]}   INV: {inv[-6:]}", txn=(INVOICE_RANK, inv[-6:]))
        typed(p, f"{scheme}  {rng.choice(['TAP', 'CHIP'])}  XXXX{last4}", method="card")
        typed(p, f"AUTH: {appr}   RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("big", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "CUSTOMER COPY  |  razorpay")
    elif layout == "bharatpe":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TXN TIMED OUT", status=status)
        p.add("small", "PLEASE VERIFY STATUS BEFORE RETRY")
    elif layout == "yes":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INV NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("BATCH NO", batch[-4:])
        p.pair("INVOICE NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("small", "05 DO NOT HONOUR")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


NPDCL = "Northern Power Distribution Company of Telangana Ltd."
NPDCL_TE = "తెలంగాణ ఉత్తర విద్యుత్ పంపిణీ సంస్థ లిమిటెడ్"
MILKMAN = "GOPAL PAALA KENDRAM"
# what the milkman brings the workshop for its tea and its tamarind-seed paste's cooks: the Telugu a hand
# writes, the quantity's unit, the rate
MILK = [("ఆవు పాలు", "లీటర్లు", 56), ("గేదె పాలు", "లీటర్లు", 72), ("పెరుగు", "కిలో", 80)]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the counter's bills: TGNPDCL's online payment receipt for the workshop under its
    Telugu name (Payment Successful; each label in Telugu in a tag with its English after it, dot leaders and
    the value at the right: సర్వీస్ నంబర్ / Service No., వినియోగదారుని పేరు / Consumer Name, బిల్లు నెల / Bill
    Month, చెల్లించిన మొత్తం / Amount Paid, రసీదు సంఖ్య / Receipt No., లావాదేవీ ఐడి / Transaction ID,
    చెల్లింపు తేదీ / Payment Date, విధానం / Mode); Airtel Xstream Fiber's receipt mail for the counter (its
    sentence; Account No., Receipt No., Transaction ID, Amount, Payment mode, Payment date with colons); Dish
    TV's recharge for the workshop failed by card under a tile's cross (the company under the app's bar, the
    reason in a notice; VC No. and Amount, Transaction ID and Paid via, Pack and Attempted on, labels small
    over their values two to a row); Indane's refill payment pending in IndianOil ONE under a spinner (the
    company under the app's bar, a notice; Consumer No., Distributor, Booking No., Amount, Paid via, Initiated
    on in a striped table); Airtel Thanks with the counter's postpaid bill paid (the company under the app's
    bar, a scalloped badge, Bill paid, the sum, "Today, <hour>"; each value over its label: Mobile No.,
    Transaction ID, Paid via; no day); TGNPDCL's SMS of a payment received ("Dear Consumer, payment of Rs.x
    for SC No. ... received on <dd/mm/yyyy> through Net Banking vide Txn ID .... Thank you. -TGNPDCL"); a
    milkman's monthly card in a Telugu hand (the milkman on top; "నెల" (month) written in; the milk and curd
    with their quantities, rates and sums, "మొత్తం" (total), "నగదు అందింది" (cash received) and the day; no
    reference); Canara Bank's ai1 with the counter's TGSPDCL bill paid through Bharat BillPay (Payment
    Successful; Biller, Consumer No., Amount, Payment mode, UPI Ref No., B-Connect Txn ID, Date in a table
    ruled on every side). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=400, high=18000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = rupees(rng, 1800, 16000, 0.5)
        p = browser_page(rng, font, "tgnpdcl.com/onlinepayment/receipt")
        p.part = "head"
        te(p, NPDCL_TE, bold=True, scale=0.92)
        name = pick(p, "title", [NPDCL, "TGNPDCL"])
        top(p, name, merchant=name)
        p.add("small", "Online payment receipt  |  Cheriyal Section, Siddipet Circle")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"{digits(rng, 4)}{j.date:%y%m}{digits(rng, 6)}"
        tid = f"NPDCL{digits(rng, 12)}"
        te_tag(p, "సర్వీస్ నంబర్", "Service No.", f"{digits(rng, 3)} {digits(rng, 5)}")
        te_tag(
            p,
            "వినియోగదారుని పేరు",
            "Consumer Name",
            tag_fit(p, "వినియోగదారుని పేరు", "Consumer Name", [FIRM, FIRM_SHORT, CUT]),
        )
        te_tag(p, "బిల్లు నెల", "Bill Month", j.month(1))
        te_tag(p, "చెల్లించిన మొత్తం", "Amount Paid", rs(j.amount), bold=True, amount=j.amount)
        te_tag(p, "రసీదు సంఖ్య", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        te_tag(p, "లావాదేవీ ఐడి", "Transaction ID", tid, txn=(TXN_RANK, tid))
        te_tag(p, "చెల్లింపు తేదీ", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        te_tag(p, "విధానం", "Mode", "Net Banking", method="netbanking")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([706.82, 942.82, 1178.82, 1414.82]))
        p = mail_page(
            rng,
            font,
            "Airtel <noreply@airtel.com>",
            ["Payment received for your Airtel Xstream Fiber", "Thank you for your payment"],
        )
        p.part = "head"
        name = pick(p, "title", ["Airtel Xstream Fiber", "Bharti Airtel Limited"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear Customer, we have received your payment of {rs(j.amount)} for your Xstream Fiber account. "
            "Thank you for choosing Airtel.",
            status=status,
        )
        p.add("gap")
        rno = f"RX{j.date:%y%m}{digits(rng, 8)}"
        tid = f"{digits(rng, 14)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "xf", spec, "Account No.:", f"2061{digits(rng, 8)}")
        h271.colkv(p, "xf", spec, "Receipt No.:", rno, txn=(INVOICE_RANK, rno))
        h271.colkv(p, "xf", spec, "Transaction ID:", tid, txn=(TXN_RANK, tid))
        h271.colkv(p, "xf", spec, "Amount:", rs(j.amount), amount=j.amount)
        h271.colkv(p, "xf", spec, "Payment mode:", "UPI", method="UPI")
        h271.colkv(p, "xf", spec, "Payment date:", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([299, 349, 420, 499, 580]))
        p = phone(rng, font, k, ["", "Dish TV"], dark=False, buttons=("Try again",))
        band(p, (230, 60, 30))
        bar(p, "Dish TV", "Dish TV India Ltd.", merchant="Dish TV India Ltd.")
        h287.tile(p, status)
        p.add("center", "Recharge failed", status=status)
        boxed(
            p,
            "Your card's bank declined this payment. Your current pack continues until its due date; no "
            "amount has been charged.",
            "error",
        )
        tid = f"DTV{digits(rng, 12)}"
        two_up(p, "dt1", ("VC No.", f"0{digits(rng, 10)}"), ("Amount", rs(j.amount)), amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "dt2",
            ("Transaction ID", tid),
            ("Paid via", f"Debit Card XX{digits(rng, 4)}"),
            txn=(TXN_RANK, tid),
            method="card",
        )
        p.add("gap")
        two_up(
            p,
            "dt3",
            ("Pack", "Telugu Family HD"),
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([1768.5, 1794.0, 1812.5, 1836.0]))
        p = phone(rng, font, k, ["", "IndianOil ONE"], dark=False, buttons=("Refresh",))
        band(p, (242, 112, 33))
        bar(p, "IndianOil ONE", "Indian Oil Corporation Ltd.", merchant="Indian Oil Corporation Ltd.")
        p.add("small", "Indane  |  LPG refill")
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        boxed(
            p,
            "Your bank has not confirmed the payment yet. Your refill booking is held; please do not pay "
            "again.",
            "warn",
        )
        bk = f"IN{digits(rng, 10)}"
        zebra(
            p,
            "io",
            [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
            ["Refill booking", ""],
            [
                (["Consumer No.", digits(rng, 6)], {}),
                (["Distributor", "Sri Rama Indane, Cheriyal"], {}),
                (["Booking No.", bk], {"txn": (ORDER_RANK, bk)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Paid via", "UPI"], {"method": "UPI"}),
                (["Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            ],
            (242, 112, 33),
        )
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 399, 1400, 0.6)
        p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Done",))
        band(p, (228, 0, 0))
        bar(p, "Airtel Thanks", "Bharti Airtel Ltd.", merchant="Bharti Airtel Ltd.")
        h287.burst(p, status)
        p.add("center", "Bill paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Postpaid  |  Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        tid = f"ATB{digits(rng, 12)}"
        vlab(p, "Mobile No.", f"98{digits(rng, 8)}", bold=False)
        vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 900, 9000, 0.5)
        tid = f"{digits(rng, 12)}"
        text = (
            f"Dear Consumer, payment of Rs.{num(j.amount, 'indian')} for SC No. "
            f"{digits(rng, 3)}{digits(rng, 5)} received on {when(j.date, '%d/%m/%Y')} through Net Banking "
            f"vide Txn ID {tid}. Thank you. -TGNPDCL"
        )
        p = sms_page(rng, font, "VM-TGNPDC", text, j.date)
        p.add(
            "left",
            text,
            merchant="TGNPDCL",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(TXN_RANK, tid),
        )
        return p.done()
    if k == 6:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 246, 226), (240, 244, 232)])
        p.part = "head"
        top(p, MILKMAN, merchant=MILKMAN)
        p.add("small", "Milk and curd delivered daily  |  Cheriyal")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        month_ = j.date.replace(day=1) - dt.timedelta(days=1)
        te_hand(p, f"నెల  {TE_MONTHS[month_.month - 1]} {month_.year}")
        start = len(p.rows)
        total_ = 0
        for text, unit, rate in rng.sample(MILK, 2):
            q = rng.randrange(20, 60) if unit == "లీటర్లు" else rng.randrange(4, 16)
            v = q * rate
            total_ += v
            te_hand(p, f"{text} {q} {unit} x {rate}", figure=str(v))
        j.amount = float(total_)
        te_hand(p, "మొత్తం", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76])
        p.add("gap")
        te_hand(
            p,
            f"నగదు అందింది  {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}",
            date=j.date,
            method="cash",
            status=status,
        )
        return p.done()
    j.amount = rupees(rng, 1200, 9000, 0.4)
    p = phone(rng, font, k, ["", "Canara ai1"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 120, 190))
    app_head(p, "Canara ai1", "Bharat BillPay")
    p.add("center", "Payment Successful", status=status)
    p.add("gap")
    bref = f"CC01{code(rng, 8, ALNUM)}{digits(rng, 4)}"
    name = "TGSPDCL"
    gkv(p, "bb", "Biller", name, at=0.38, merchant=name)
    gkv(p, "bb", "Consumer No.", f"{digits(rng, 9)}", at=0.38)
    gkv(p, "bb", "Amount", rs(j.amount), at=0.38, amount=j.amount)
    gkv(p, "bb", "Payment mode", "UPI", at=0.38, method="UPI")
    gkv(p, "bb", "UPI Ref No.", j.ref, at=0.38, txn=(UTR_RANK, j.ref))
    gkv(p, "bb", "B-Connect Txn ID", bref, at=0.38, txn=(BANK_RANK, bref))
    gkv(p, "bb", "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.38, date=j.date)
    p.add("small", "Southern Power Distribution Company of Telangana Ltd.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Telangana Grameena Bank", "AX-TGBANK", "GUNDU MALLIKARJUN", "UPI", "telugu"),
    ("State Bank of India", "VM-SBIINB", "WARANGAL KHADI VASTR", "NEFT", "sms"),
    ("Union Bank of India", "", "SAI PHOTO FRAMES", "UPI", "lock"),
    ("Karur Vysya Bank", "VK-KVBANK", "SRI RANGANATHA TIMBER", "NEFT", "sms"),
    ("HDFC Bank", "", "SRI SAI PAPER TUBES", "IMPS", "mail"),
    ("Indian Bank", "BP-INDBNK", "SRI VENKATESWARA SAW MILL", "UPI", "sms"),
    (
        "The Karimnagar District Central Co-operative Bank",
        "AD-KDCCBK",
        "THE PROFESSIONAL COURI",
        "NEFT",
        "sms",
    ),
    ("Axis Bank", "", "NARAYANA ART MATERIALS", "IMPS", "whatsapp"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the Nilayam's payments: Telangana Grameena Bank's SMS in Telugu in a bubble of the
    phone's messages thread under its day divider ("ప్రియమైన ఖాతాదారా, మీ ఖాతా XX1234 నుండి <dd-mm-yyyy> న UPI
    ద్వారా <PAYEE> కు రూ. x చెల్లించబడింది. రిఫరెన్స్ నం. .... -TGB" (Dear customer, Rs. x has been paid from
    your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in State Bank of India's ("Your
    A/c XX1234 is debited by Rs.x on <dd/mm/yy> by NEFT to <PAYEE>. UTR .... Avl Bal Rs.y -SBI"), Karur Vysya
    Bank's ("Your NEFT of Rs.x to <PAYEE> on <dd-mm-yyyy> has been returned by the beneficiary bank (account
    closed). UTR .... Amount credited back to A/c XX1234. -KVB"), Indian Bank's ("Your A/c XX1234 is debited
    for Rs.x on <dd/mm/yyyy> towards UPI payment to <PAYEE>. Avl Bal Rs.y. -Indian Bank"; no reference) and
    the Karimnagar District Central Co-operative Bank's ("KDCCB: NEFT of Rs.x to <PAYEE> on <dd.mm.yyyy> is
    under process. UTR .... Please do not re-initiate. -KDCCB") wordings; Union Bank of India's notification
    on the phone's lock screen under its hour ("Vyom . now"; "Rs.x debited from A/c XX1234 for UPI to <PAYEE>.
    UPI Ref ..."; no day); HDFC Bank's InstaAlert mail of a debit ("Rs.x has been debited from account **1234
    to <PAYEE> by IMPS on <dd-mm-yy>. IMPS Ref No. ..."); Axis Bank's WhatsApp banking message in a bubble
    ("Dear Customer, INR x has been debited from A/c no. XX1234 on <dd-Mon-yy> for IMPS to <PAYEE>. IMPS Ref:
    ... -Axis Bank"). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    elif "COURI" in to:
        j.amount = rupees(rng, 2500, 24000, 0.4)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 30000, 800000), rng.choice(["indian", "plain"]))
    ref = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if ref:
        facts["txn"] = (UTR_RANK, ref)
    if frame == "sms":
        if bank == "State Bank of India":
            text = (
                f"Your A/c XX{tail4} is debited by Rs.{amt} on {when(j.date, '%d/%m/%y')} by NEFT to {to}. "
                f"UTR {ref}. Avl Bal Rs.{bal} -SBI"
            )
        elif bank == "Karur Vysya Bank":
            text = (
                f"Your NEFT of Rs.{amt} to {to} on {when(j.date, '%d-%m-%Y')} has been returned by the "
                f"beneficiary bank (account closed). UTR {ref}. Amount credited back to A/c XX{tail4}. -KVB"
            )
        elif bank == "Indian Bank":
            text = (
                f"Your A/c XX{tail4} is debited for Rs.{amt} on {when(j.date, '%d/%m/%Y')} towards UPI "
                "payment "
                f"to {to}. Avl Bal Rs.{bal}. -Indian Bank"
            )
        else:
            text = (
                f"KDCCB: NEFT of Rs.{amt} to {to} on {when(j.date, '%d.%m.%Y')} is under process. UTR {ref}. "
                "Please do not re-initiate. -KDCCB"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "telugu":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"ప్రియమైన ఖాతాదారా, మీ ఖాతా XX{tail4} నుండి {when(j.date, '%d-%m-%Y')} న UPI ద్వారా {to} కు "
            f"రూ. {amt} చెల్లించబడింది. రిఫరెన్స్ నం. {ref}. -TGB"
        )
        te_wrap(p, text, share=0.9, scale=0.92, **facts)
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "lock":
        p = phone(rng, font, k, [""], dark=True, buttons=())
        p.part = "body"
        h287.clock(p, hhmm(rng, twelve=False))
        p.add("gap")
        c = card_open(p)
        note(p, "Vyom  .  now")
        prose(p, f"Rs.{amt} debited from A/c XX{tail4} for UPI to {to}. UPI Ref {ref}.", **facts)
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        note(p, "Messages  .  18m")
        p.add("left", "Srikanth: stall photos sent")
        card_close(p, c)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
            ["View: Account update for your HDFC Bank A/c", "Debit alert: IMPS"],
        )
        p.part = "head"
        top(p, "HDFC Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(
            p,
            f"Rs.{amt} has been debited from account **{tail4} to {to} by IMPS on "
            f"{when(j.date, '%d-%m-%y')}. "
            f"IMPS Ref No. {ref}.",
            **facts,
        )
        p.add("gap")
        prose(p, "If you did not make this transaction, please call 1800 202 6161 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "HDFC Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    p.add("title", "Axis Bank")
    p.add("small", "Official WhatsApp account")
    p.add("rule")
    p.part = "body"
    p.add("gap")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s_ = len(p.rows)
    for n_, line in enumerate(
        lines_of(
            p,
            f"Dear Customer, INR {amt} has been debited from A/c no. XX{tail4} on "
            f"{when(j.date, '%d-%b-%y')} for "
            f"IMPS to {to}. IMPS Ref: {ref}. -Axis Bank",
            1.0,
            0.8,
        )
    ):
        p.add("left", line, **(facts if n_ == 0 else {}))
    h273.bubble(p, s_, hhmm(rng, lower=True))
    return p.done()

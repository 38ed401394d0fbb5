"""The twelve heldout322 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Himroo weavers' firm's year of 2026 in Chhatrapati Sambhajinagar
(Aurangabad), Maharashtra (Ansari Himroo Handloom Works, in Marathi अन्सारी हिमरू हातमाग वर्क्स and in Urdu
انصاری ہمرو ہینڈلوم ورکس, a partnership of the Ansari weaver family whose karigars weave Himroo, the cotton
ground with its extra weft of silk floated into a jaal of diamonds and butis, on the pit looms and jacquards
of its karkhana at Zaffar Gate, paid by the piece and the metre; its showroom near Bibi Ka Maqbara, the
Himroo Kothi; its stall at the Ellora-Ajanta festival at Soneri Mahal; its web shop on Shopify, PayU and
Instamojo; the state's handloom corporation, the university, a hotel company, a Pune boutique, a Mumbai
interiors firm and store, the Grishneshwar temple trust and Jaypore at home and guilds, ateliers, galleries
and interior houses abroad), told by the proofs of payment it receives (Google Pay for Business, BHIM set in
Marathi, iMobile Pay, Axis Mobile, bob World, PhonePe's UPI Lite, SaraswatMobile and POP; the corporation's
advice, SBI CINB, Axis neo, an Instagram message, Bank of Maharashtra's returned NEFT, TallyPrime's advice,
the trust's letter in Marathi and Jaypore's mail; Citi, UBS, CommBank, MUFG, Deutsche Bank, NatWest, QNB and
Maybank; its tax invoice, its festival memo in a Marathi hand, its receipt book in carbon, PayU, Shopify,
myBillBook, Instamojo and a dot-matrix invoice) and those it makes (a silk twisters' invoice with a sticky
note, a card puncher's bill in a Marathi hand, Amazon Business, a dye house's bill book, DTDC, Refrens, Borzo
and Industrybuying; Mahamobile Plus, a co-operative bank's application filled in a letter to a box, Cosmos
Bank, Navi, a WhatsApp payment card, YONO Business, Equitas and HDFC Bank; a weaver's wage account and an Eid
advance in a Marathi hand, Zoho Payroll, Google Pay, Kotak 811, PhonePe, a salary receipt and Cashfree
Payouts; the municipal corporation, GRAS, Aaple Sarkar, MahaGST, e-Pay Tax, MTDC's letter in Marathi,
MahaTrafficApp and the Labour Welfare Board; eight insurers; cards on the Kothi's and the stall's terminals,
at a hardware store, on IndiGo, on a restaurant's e-bill, in ICICI Bank's SMS, on OneCard and on MSRTC;
MSEDCL, the water supply department, Hathway, Tata Play, a water jar card in a Marathi hand, HP Gas, PayZapp
and Vi; the banks' SMS, Maharashtra Gramin Bank's SMS in Marathi, a lock screen, a notification centre, a
mail and an SMS forwarded into a chat). Each layout is a function of its own (the family's function picks it
by the receipt's place in its family, ``UPI_LAYOUTS`` to ``ALERT_LAYOUTS``), every row added to heldout113's
``Screen`` with the facts it prints and the truth read back from the rows the page keeps. Headings, footers,
the Marathi, Urdu and Modi names over their English, the motto, salutations, Marathi labels (but a bilingual
label's value, a Marathi app's or letter's or SMS' sentence, whose figures and payee carry the facts, and a
Marathi hand's sums, days and "received" or "paid"), items, dishes, yarns, dyes, rates, counts, pieces, GST,
TDS, fees, charges, balances, UPI Lite balances, limits, sums insured, periods, months (महिना), bill months,
financial and assessment years, invoice, bill, journey and travel days, account, policy, proposal, consumer,
subscriber, property, application, registration, vehicle and card numbers, consignment numbers, GSTIN, PAN,
IFSC, UPI IDs, bills and POs named on an advice, replies, older notifications, notices, tiles, badges,
ribbons, stamps' printed words, revenue stamps and signatures carry no fact. ``Job`` is heldout167's; ``fy``
and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place``
heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``paper`` and ``screen`` heldout116's;
``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's;
``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows
(``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``ticks``,
``comb``, a roll's torn edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``hand``,
``fill``, ``amtbox``, ``tt``, ``step``, ``rstamp``, ``revenue``, rounded cards), heldout273's (``ledger``,
``hcells``, ``panel``, ``pill``, ``track``, ``avatar``, ``bubble``, ``carbon``), heldout275's (``sig``,
``divider``, ``sicon``, ``ribbon``, ``sticky``, ``greenbar``, a chat's payment card), heldout279's
(``phone``, ``band``, ``app_head``, ``pick``, ``at_hour``, ``two_up``, ``redno``, ``spinner``, a ticket's
card), heldout287's (``notice``, ``tile``, ``burst``, ``oval``, ``clock``, ``vlab``, ``tiles2``,
``copyrow``), heldout289's (``chip``) and heldout294's (``octa``, ``progress``, ``fwd``), written in this
set's pens and printers' faces; heldout315's Devanagari runs (``draw_hi``, ``hi_width``, ``hi_ok``: a line's
Devanagari in Noto Sans or Noto Serif Devanagari, its other runs in the page's face), here for Marathi.
``compose`` is heldout158's (as heldout269's to heldout321's), each page's rows drawn by heldout294's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: Marathi lines (``mr``, ``mr_wrap``); a Marathi hand (``hand_mr``: Noto Serif Devanagari with an upright
Liberation Sans for its figures and Latin letters, leaning back as a clerk's backhand does, a little off its
line, a sum at the right end of its line where it has one); an Urdu line in Noto Nastaliq Urdu set right to
left (``urdu``); a Modi line, Marathi written again letter for letter in the Modi script it was kept in until
the last century (``modi``, ``to_modi``); this set's bilingual label (``stack``: the label's English over its
Marathi small at the left, the value at the right on the English line, printed, in bold or written in the
page's pen, a hairline of zari gold under the pair); a swatch of Himroo as a letterhead's emblem
(``himroo_mark``: a cotton ground woven in weft lines, a jaal of diamonds and a four-petalled buti in each
floated in silk, a zari border; a little tilted, with a soft shadow); a Himroo border as a divider
(``jaal_band``: a chain of diamonds and dots floated along a band of the ground between two lines of zari); a
jacquard loom's punched cards laced into a chain down one margin (``jacquard``); and, after the frame, the
Himroo shawl a page is photographed lying on (``on_shawl``: its woven ground and silk jaal, its border and
knotted fringe over the counter's wood, the page's shadow, the page a little askew). The Himroo Kothi closes
on Fridays for the Juma prayers (``not_friday``). The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

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
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv
from bench.receipt_sets.heldout273_families import ledger, panel, pill
from bench.receipt_sets.heldout275_families import divider, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab
from bench.receipt_sets.heldout315_families import (
    DEV,
    DEV_BOLD,
    DEV_SERIF,
    DEV_SERIF_BOLD,
    draw_hi,
    hi_ok,
    hi_width,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers (their Latin letters and figures): italics and obliques in
# another mix than heldout320's and heldout321's
PENS = [
    "noto/NotoSans-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
]
INKS = [(22, 44, 128), (30, 30, 40), (18, 70, 110), (60, 28, 100), (24, 90, 70)]
# the faces a page's fixed-width lines are printed in (a terminal's, a dot-matrix printer's, a counter's roll)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# a Marathi hand: Noto Serif Devanagari for its letters and an upright Liberation Sans for the figures and
# Latin letters among them, leaning back as a clerk's backhand does (heldout321 wrote its Hindi hand in Noto
# Sans Devanagari leaning forward)
HAND_LATIN = "liberation2/LiberationSans-Regular.ttf"
URDU = "noto/NotoNastaliqUrdu-Regular.ttf"
MODI = "noto/NotoSansModi-Regular.ttf"
SCRIPT_FACES = [DEV, DEV_BOLD, DEV_SERIF, DEV_SERIF_BOLD, HAND_LATIN, URDU, MODI]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
AMBER = (214, 140, 20)
# a Himroo's colours: its cotton grounds (wine, bottle green, indigo, aubergine, black) and the silk of its
# extra weft (a zari gold, ivory, rose, peacock blue), the tassels' cotton
WINE = (116, 22, 42)
BOTTLE = (22, 72, 58)
INDIGO = (30, 40, 98)
AUBERGINE = (72, 28, 70)
KOHL = (34, 28, 30)
GROUNDS = [WINE, BOTTLE, INDIGO, AUBERGINE, KOHL]
ZARI = (214, 176, 84)
IVORY = (238, 228, 200)
ROSE = (226, 138, 150)
PEACOCK = (40, 150, 160)
SILKS = [ZARI, IVORY, ROSE, PEACOCK]

# ---------------------------------------------------------------- the firm

FIRM = "Ansari Himroo Handloom Works"
FIRM_CAPS = FIRM.upper()
FIRM_SHORT = "Ansari Himroo"
# the firm's name in Marathi and in Urdu (its weavers' own tongue)
FIRM_MR = "अन्सारी हिमरू हातमाग वर्क्स"
FIRM_UR = "انصاری ہمرو ہینڈلوم ورکس"
# the firm's name as a bank's beneficiary field cuts it
CUT = "ANSARI HIMROO HANDLOOM W"
SHOP = "Himroo Kothi"
SHOP_CAPS = SHOP.upper()
SHOP_MR = "हिमरू कोठी"
SHOP_AT = "Begumpura, near Bibi Ka Maqbara, Chh. Sambhajinagar - 431004"
WORKS_AT = "Zaffar Gate, Chhatrapati Sambhajinagar - 431001"
TOWN = "Chhatrapati Sambhajinagar"
TOWN_MR = "छत्रपती संभाजीनगर"
WEB = "himrookothi.in"
GSTIN = "27AAKFA4318R1ZM"
PAN = "AAKFA4318R"
UDYAM = "UDYAM-MH-04-0021873"
# its motto: "the meeting of silk and cotton" (a Himroo's silk extra weft on its cotton ground)
MOTTO = "रेशीम आणि सुताचा संगम"
PARTNER = "Abdul Rashid Ansari"
PAYER = "Mohd. Iqbal Ansari"
ACCOUNTANT = "Sunil Kulkarni"
COUNTER = "Farzana Shaikh"
EXPORTS = "Sameer Ansari"
HELPER = "Ganesh Jadhav"
BANK_LINE = "Bank of Maharashtra, Shahganj Branch"
# the karigars who weave on the firm's pit looms and jacquards, paid by the metre and the piece
WEAVERS = [
    "Abdul Sattar Momin",
    "Shaikh Yusuf Ansari",
    "Rehana Begum",
    "Mohd. Ishaq Ansari",
    "Nasreen Bano",
    "Shaikh Jameel",
    "Sayyed Rafiq",
    "Vitthal Pawar",
]
WEAVERS_MR = {
    "Abdul Sattar Momin": "अब्दुल सत्तार मोमीन",
    "Shaikh Yusuf Ansari": "शेख युसूफ अन्सारी",
    "Rehana Begum": "रेहाना बेगम",
    "Mohd. Ishaq Ansari": "मोहम्मद इसहाक अन्सारी",
    "Nasreen Bano": "नसरीन बानो",
    "Shaikh Jameel": "शेख जमील",
    "Sayyed Rafiq": "सय्यद रफीक",
    "Vitthal Pawar": "विठ्ठल पवार",
}
# the Ellora-Ajanta festival at Soneri Mahal (13 to 15 February 2026), where the firm keeps a stall; the Eid
# advance paid in the week before Ramzan Eid (Eid ul-Fitr, 20 March 2026)
FEST, FEST_DAYS = dt.date(2026, 2, 13), 3
EID, EID_DAYS = dt.date(2026, 3, 13), 7
IFSC = {
    "Bank of Maharashtra": "MAHB",
    "Maharashtra Gramin Bank": "MAHG",
    "Deogiri Nagari Sahakari Bank": "DNSB",
    "Cosmos Bank": "COSB",
    "Saraswat Bank": "SRCB",
    "TJSB Sahakari Bank": "TJSB",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "YES BANK": "YESB",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "Bank of Baroda": "BARB",
}
# the firm's Himroo: name, HSN, price each (low, high); GST 5% on the fabrics and sarees (HSN 5007) and on
# shawls, stoles, dupattas and made-ups of up to Rs. 2,500 a piece (since September 2025)
HIMROO = [
    ("Himroo saree (Ajanta jaal)", "5007", 7800, 16500),
    ("Himroo shawl", "6214", 1600, 2500),
    ("Himroo stole", "6214", 850, 1800),
    ("Himroo dupatta", "6214", 1200, 2400),
    ("Himroo fabric (per m)", "5007", 650, 1400),
    ("Cushion covers (pair)", "6304", 700, 1500),
    ("Jacket fabric (1.5 m)", "5007", 1100, 2100),
    ("Table runner", "6304", 600, 1300),
]
SHORT = {
    "Himroo saree (Ajanta jaal)": "Himroo saree",
    "Himroo shawl": "Shawl",
    "Himroo stole": "Stole",
    "Himroo dupatta": "Dupatta",
    "Himroo fabric (per m)": "Fabric (m)",
    "Cushion covers (pair)": "Cushion pair",
    "Jacket fabric (1.5 m)": "Jacket fabric",
    "Table runner": "Table runner",
}
# the Himroo in Marathi as a hand writes them on a memo
HIMROO_MR = {
    "Himroo saree (Ajanta jaal)": "हिमरू साडी",
    "Himroo shawl": "हिमरू शाल",
    "Himroo stole": "स्टोल",
    "Himroo dupatta": "ओढणी",
    "Himroo fabric (per m)": "कापड (मीटर)",
    "Cushion covers (pair)": "उशी कव्हर जोडी",
    "Jacket fabric (1.5 m)": "जॅकेट कापड",
    "Table runner": "टेबल रनर",
}
BUYERS = [
    ("Snehal Deshpande", "Bank of Maharashtra"),
    ("Rahul Joshi", "State Bank of India"),
    ("Ayesha Siddiqui", "HDFC Bank"),
    ("Pranav Kulkarni", "ICICI Bank"),
    ("Meenal Patil", "Kotak Mahindra Bank"),
    ("Imran Pathan", "Axis Bank"),
    ("Aditi Rao", "Canara Bank"),
    ("Yogesh Wagh", "Maharashtra Gramin Bank"),
]


def himroo(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's Himroo sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(HIMROO) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = HIMROO[i]
        q = 1 if lo >= 5000 else rng.randrange(1, 4)
        ceiling = max(lo + 50, min(hi_, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the festival's, the week before Eid), its UPI / card reference made
    again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def not_friday(j: Job, rng: random.Random) -> None:
    """The Himroo Kothi closes on Fridays for the Juma prayers: a payment it takes over its counter on a
    Friday is moved to the Thursday before, its reference made again for that day."""
    if j.date.weekday() == 4:
        season(j, rng, j.date - dt.timedelta(days=1), 1)


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "MAHB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "27", kind_: str = "P") -> str:
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
        "Bank of Maharashtra": "BoM",
        "State Bank of India": "SBI",
        "HDFC Bank": "HDFC",
        "ICICI Bank": "ICICI",
        "Kotak Mahindra Bank": "Kotak",
        "Axis Bank": "Axis",
        "Canara Bank": "Canara",
        "Maharashtra Gramin Bank": "MGB",
    }.get(bank, bank)


def vpa_of(rng: random.Random, who: str, bank: str) -> str:
    handle = {
        "Bank of Maharashtra": "mahb",
        "State Bank of India": "oksbi",
        "HDFC Bank": "okhdfcbank",
        "ICICI Bank": "okicici",
        "Kotak Mahindra Bank": "kotak",
        "Axis Bank": "okaxis",
        "Canara Bank": "cnrb",
        "Maharashtra Gramin Bank": "mahg",
    }.get(bank, "upi")
    return f"{who.split()[0].lower()}{rng.randrange(10, 99)}@{handle}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h322", {"marks": {}, "decor": [], "frame": None})


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
    h271.tt(p, text, scale=scale, **facts)


def typed_pair(p: Screen, label: str, value: str, **facts) -> None:
    """A fixed-width line with its label at the left and its value set to the line's right end."""
    cols_ = h271.tt_cols(p)
    typed(p, label + value.rjust(max(1, cols_ - len(label) - 2)), **facts)


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


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


def bar(p: Screen, title: str, sub: str, **facts) -> None:
    """heldout279's ``app_head`` with the facts its second line prints (the business named under an app's
    name)."""
    p.part = "head"
    p.add("title", title)
    p.add("small", sub, **facts)
    p.add("gap")
    p.part = "body"


def handcols(p: Screen, spec: list[tuple[float, float, str]], *cells: str, **facts) -> None:
    """A row of a hand-written account: heldout273's cells written by hand at set places, in the page's
    pen."""
    pen_of(p)
    h273.hcells(p, spec, *cells, scale=1.1, **facts)


def big(p: Screen, value: float, **facts) -> None:
    """An app's sum large with the rupee's sign (or Rs.) before it, grouped the Indian way."""
    p.add("big", f"{rupee_of(p.font)}{num(value, 'indian')}", amount=value, **facts)


# ---------------------------------------------------------------- Marathi, Urdu and Modi on the firm's papers


def mr(
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
    """A line in Marathi in Devanagari (a name over its English, a heading, a motto, a bank's message), its
    Latin runs and figures in the page's face (heldout315's runs)."""
    size = int(p.style["size"] * scale)
    assert hi_ok(text, p.font, bold=bold, serif=serif), text
    assert hi_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t22mr", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def mr_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Marathi sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and hi_width(f"{line} {word}", p.font, size) > room:
            mr(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    mr(p, line, scale=scale, align="l", **(facts if first else {}))


def _urdu_spaced(text: str) -> str:
    """An Urdu line with its words set a little apart (Nastaliq's own space is narrow)."""
    return text.replace(" ", "  ")


def urdu(p: Screen, text: str, *, scale: float = 1.0, align: str = "c") -> None:
    """A line in Urdu in Noto Nastaliq Urdu set right to left (the firm's name as its weavers write it, over
    its Marathi and its English); two lines high."""
    size = int(p.style["size"] * scale * 0.92)
    assert glyphs(URDU, text.replace(" ", "")), text
    assert load_font(URDU, size).getlength(_urdu_spaced(text)) <= room_of(p), text
    put(p, "t22ur", text, mark_=[scale, align])
    p.add("gap")


def to_modi(text: str) -> str:
    """Marathi in Devanagari written again in Modi, letter for letter (the two blocks name their letters
    alike); spaces kept."""
    out = []
    for ch in text:
        if ch == " ":
            out.append(ch)
            continue
        name = unicodedata.name(ch)
        assert name.startswith("DEVANAGARI "), (ch, name)
        out.append(unicodedata.lookup("MODI " + name[len("DEVANAGARI ") :]))
    return "".join(out)


def modi(p: Screen, marathi: str, *, scale: float = 1.0, align: str = "c") -> None:
    """A line in Modi, the running hand Marathi was kept in until the last century (a temple trust's name
    over its Devanagari, as its old registers wrote it), transliterated from ``marathi``."""
    text = to_modi(marathi)
    size = int(p.style["size"] * scale * 1.15)
    assert glyphs(MODI, text.replace(" ", "")), marathi
    assert load_font(MODI, size).getlength(text) <= room_of(p), marathi
    put(p, "t22mo", text, mark_=[scale, align])
    p.add("gap")


def hand_mr(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.12, **facts
) -> None:
    """A line written by hand in Marathi: Noto Serif Devanagari for its letters and an upright Liberation
    Sans for its figures and Latin letters, leaning back as a clerk's backhand does and a little off its
    line, in the page's ink; ``figure`` written at the right end of the line (a sum in a memo's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert hi_ok(text + figure, HAND_LATIN, serif=True), text
    need = hi_width(text, HAND_LATIN, size, serif=True) + size * 0.6
    if figure:
        need += hi_width(figure, HAND_LATIN, size, serif=True) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t22hh", text, figure, mark_=[align, scale, p.rng.uniform(-0.8, 0.8)], **facts)


def stack(
    p: Screen, english: str, marathi: str, value: str, *, bold: bool = False, pen: bool = False, **facts
) -> None:
    """This set's bilingual label: the label's English over its Marathi small at the left, the value set to
    the right on the English line (in bold where ``bold``, written in the page's pen where ``pen``), a
    hairline of zari gold under the pair; two lines high."""
    size = p.style["size"]
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    assert glyphs(p.font, english) and hi_ok(marathi, p.font) and glyphs(vfont, value), (english, value)
    head = max(
        load_font(p.font, int(size * 0.9)).getlength(english),
        hi_width(marathi, p.font, int(size * 0.74)),
    )
    need = head + load_font(vfont, size).getlength(value) + 30
    assert need <= room_of(p), (english, marathi, value, need)
    put(p, "t22st", english, marathi, value, mark_=[bold, pen], **facts)
    p.add("gap")


def stack_fit(
    p: Screen, english: str, marathi: str, values: list[str], *, bold: bool = False, pen: bool = False
) -> str:
    """The first of ``values`` that fits a ``stack`` row's value (the last where none does)."""
    size = p.style["size"]
    head = max(
        load_font(p.font, int(size * 0.9)).getlength(english),
        hi_width(marathi, p.font, int(size * 0.74)),
    )
    face = load_font(pen_of(p) if pen else bold_of(p.font) if bold else p.font, size)
    return next((v for v in values if head + face.getlength(v) + 30 <= room_of(p)), values[-1])


# ---------------------------------------------------------------- this set's marks


def himroo_mark(p: Screen) -> None:
    """A swatch of Himroo as a letterhead's emblem: a cotton ground woven in fine weft lines, a jaal of
    diamonds in the silk's extra weft floating over it, a small four-petalled buti in each diamond and a
    zari border round the swatch; a little tilted with a soft shadow; centred, three lines high."""
    put(p, "t22hm", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-2.5, 2.5)])
    p.add("gap")
    p.add("gap")


def jaal_band(p: Screen) -> None:
    """A Himroo border as a divider across the page: a band of the ground with a chain of small diamonds
    and dots floated in silk along it between two lines of zari; one line high."""
    put(p, "t22jb", "", mark_=[p.rng.randrange(10**6)])


def jacquard(p: Screen) -> None:
    """A jacquard loom's punched cards laced into a chain down one margin of the page (the pattern cards of
    the firm's looms, kept with its papers)."""
    ext(p)["decor"].append(["cards", p.rng.randrange(10**6)])


def on_shawl(p: Screen) -> None:
    """The page photographed lying on a Himroo shawl spread on the counter: its cotton ground woven in weft
    lines, a jaal of silk diamonds and butis over it, its knotted fringe along the foot, the page's shadow,
    the page a little askew."""
    ext(p)["frame"] = ["shawl", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _woven(w: int, h: int, seed: int, ground, silks, cell: float, scale: float = 1.0) -> np.ndarray:
    """A Himroo's cloth ``w`` by ``h`` as an array: the cotton ground in fine weft lines, a diamond jaal
    and a buti in each diamond floated in silk (each float a short run along its weft line)."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    base = np.array(ground, dtype=np.float32)
    art = np.ones((h, w, 3), dtype=np.float32) * base
    pitch = max(2, int(3 * scale))
    weft = (yy.astype(int) // pitch) % 2
    art *= (0.9 + 0.1 * weft)[..., None]
    art += g.normal(0, 4.0, (h, w, 1))
    u = (xx + yy) / cell
    v = (xx - yy) / cell
    lattice = (np.abs(u - np.round(u)) < 0.06) | (np.abs(v - np.round(v)) < 0.06)
    cu, cv = np.floor(u) + 0.5, np.floor(v) + 0.5
    cx, cy = (cu + cv) * cell / 2, (cu - cv) * cell / 2
    dx, dy = xx - cx, yy - cy
    r = np.sqrt(dx * dx + dy * dy)
    theta = np.arctan2(dy, dx)
    petal = r < cell * (0.16 + 0.1 * np.abs(np.cos(2 * theta)))
    heart = r < cell * 0.06
    # the floats: the silk shows on a run of each weft line and dips under the ground between runs
    run = ((xx.astype(int) // max(3, int(5 * scale)) + (yy.astype(int) // pitch)) % 4) != 0
    lit = (yy.astype(int) % pitch) != 0
    jaal_silk = np.array(silks[0], dtype=np.float32)
    buti_silk = np.array(silks[1], dtype=np.float32)
    heart_silk = np.array(silks[2], dtype=np.float32)
    on = lattice & run & lit
    art[on] = jaal_silk * 0.92 + art[on] * 0.08
    on = petal & ~heart & run & lit
    art[on] = buti_silk * 0.92 + art[on] * 0.08
    on = heart & lit
    art[on] = heart_silk
    return art


def _swatch_art(H: int, seed: int) -> Image.Image:
    """The Himroo swatch ``H`` high as an RGBA image: its cloth and a zari border."""
    srng = random.Random(seed)
    W = int(H * 2.2)
    ground = srng.choice(GROUNDS)
    silks = srng.sample(SILKS, 3)
    if silks[0] != ZARI and ZARI in silks:
        silks.remove(ZARI)
        silks.insert(0, ZARI)
    art = _woven(W, H, srng.randrange(10**6), ground, silks, cell=H * 0.42, scale=H / 90)
    rim = max(3, int(H * 0.07))
    art[:rim] = np.array(ZARI, dtype=np.float32) * 0.9
    art[-rim:] = np.array(ZARI, dtype=np.float32) * 0.9
    art[:, :rim] = np.array(ZARI, dtype=np.float32) * 0.9
    art[:, -rim:] = np.array(ZARI, dtype=np.float32) * 0.9
    img = Image.fromarray(art.clip(0, 255).astype(np.uint8), "RGB").convert("RGBA")
    return img


def _swatch(page: Image.Image, cx: float, top_y: float, h: float, seed: int, tilt: float) -> None:
    k = 2
    art = _swatch_art(int(h * k), seed).rotate(tilt, resample=Image.BICUBIC, expand=True)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    alpha = small.split()[3]
    shadow = Image.new("L", page.size, 0)
    shadow.paste(alpha.point(lambda v: 70 if v > 40 else 0), (x0_ + 3, y0_ + 4))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (104, 98, 92)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _band(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    """The woven border across the page: the ground, zari lines at its edges, a chain of diamonds and dots
    floated along its middle."""
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    srng = random.Random(seed)
    k = 3
    W, H = w * k, h * k
    ground = srng.choice(GROUNDS)
    silks = srng.sample(SILKS, 2)
    art = np.ones((H, W, 3), dtype=np.float32) * np.array(ground, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    pitch = 3 * k // 2
    art *= (0.9 + 0.1 * ((yy.astype(int) // pitch) % 2))[..., None]
    rim = max(2, int(H * 0.13))
    art[:rim] = np.array(ZARI, dtype=np.float32)
    art[-rim:] = np.array(ZARI, dtype=np.float32)
    step = H * 1.1
    mid = H / 2
    phase = np.mod(xx, step) - step / 2
    diamond = (np.abs(phase) / (step * 0.42) + np.abs(yy - mid) / (H * 0.32)) < 1.0
    inner = (np.abs(phase) / (step * 0.2) + np.abs(yy - mid) / (H * 0.15)) < 1.0
    dot = np.sqrt((np.mod(xx + step / 2, step) - step / 2) ** 2 + (yy - mid) ** 2) < H * 0.07
    lit = (yy.astype(int) % pitch) != 0
    art[diamond & ~inner & lit] = np.array(silks[0], dtype=np.float32)
    art[inner & lit] = np.array(silks[1], dtype=np.float32)
    art[dot & ~diamond] = np.array(ZARI, dtype=np.float32)
    img = Image.fromarray(art.clip(0, 255).astype(np.uint8), "RGB").resize((w, h), Image.LANCZOS)
    page.paste(img, (int(x0), int(y0)))


def _cards(page: Image.Image, seed: int) -> Image.Image:
    """A chain of a jacquard's punched cards down one margin: buff cards, rows of round holes punched in
    each, the lacing thread zigzagging between them."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)
    left = srng.random() < 0.5
    half = min(MARGIN * 0.3, 10)
    x = 15 if left else width - 15
    y = srng.uniform(40, max(50, height * 0.2))
    bottom = min(height - 30, y + srng.uniform(height * 0.35, height * 0.7))
    buff = srng.choice([(214, 190, 140), (206, 184, 150), (222, 200, 150)])
    while y + 22 < bottom:
        tilt = srng.uniform(-1.2, 1.2)
        d.rectangle((x - half + 2 + tilt, y + 2, x + half + 2 + tilt, y + 20), fill=(60, 50, 40, 70))
        d.rectangle(
            (x - half + tilt, y, x + half + tilt, y + 18), fill=buff + (255,), outline=(150, 126, 90, 255)
        )
        for row_ in range(2):
            for col_ in range(4):
                if srng.random() < 0.55:
                    hx = x - half + 4 + col_ * (2 * half - 8) / 3 + tilt
                    hy = y + 5 + row_ * 8
                    d.ellipse((hx - 1.6, hy - 1.6, hx + 1.6, hy + 1.6), fill=(70, 56, 40, 255))
        d.line((x - half + tilt, y + 19, x + half + tilt, y + 22), fill=(240, 236, 226, 255), width=1)
        y += 22
    return layer.convert("RGB")


def _shawl_art(w: int, h: int, seed: int) -> Image.Image:
    """A Himroo shawl ``w`` by ``h``: its woven cloth with a larger jaal, a border band along its foot and
    the knotted fringe hanging from it over the counter's wood."""
    srng = random.Random(seed)
    ground = srng.choice(GROUNDS)
    silks = srng.sample(SILKS, 3)
    fringe_at = int(h * srng.uniform(0.88, 0.92))
    wood = np.ones((h, w, 3), dtype=np.float32) * np.array([124, 84, 52], dtype=np.float32)
    g = np.random.default_rng(srng.randrange(10**6))
    grain = np.sin(np.arange(w, dtype=np.float32)[None, :] * 0.05 + g.uniform(0, 6)) * 8
    wood += grain[..., None] + g.normal(0, 4, (h, w, 1))
    cloth = _woven(w, fringe_at, srng.randrange(10**6), ground, silks, cell=74.0, scale=1.4)
    art = wood
    art[:fringe_at] = cloth
    img = Image.fromarray(art.clip(0, 255).astype(np.uint8), "RGB")
    _band(img, 0, w, fringe_at - 30, fringe_at - 6, srng.randrange(10**6))
    d = ImageDraw.Draw(img)
    thread = _tint(ground, (255, 255, 255), 0.8)
    for fx in range(4, w, 9):
        length = srng.uniform(20, 38)
        sway = srng.uniform(-3, 3)
        d.line((fx, fringe_at, fx + sway, fringe_at + length), fill=thread, width=2)
        if (fx // 9) % 3 == 0:
            d.ellipse((fx - 3, fringe_at + 6, fx + 3, fringe_at + 11), fill=_tint(thread, (0, 0, 0), 0.8))
    return img


def _on_shawl(image: Image.Image, seed: int) -> Image.Image:
    """The page on the shawl: turned a little with its shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 70
    bw, bh = w + 2 * pad, h + 2 * pad + 60
    base = _shawl_art(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-1.6, 1.6)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = (bw - turned.width) // 2, pad - 12
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 150 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    base = Image.composite(Image.new("RGB", base.size, (18, 10, 12)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    return base


def _hand_layer(text: str, size: int, line: int) -> Image.Image:
    """A line of a Marathi hand as a mask: its runs drawn, leaning back as a backhand does."""
    tw = hi_width(text, HAND_LATIN, size, serif=True)
    lw, lh = int(tw + size * 1.4), int(line * 1.9)
    layer = Image.new("L", (lw, lh), 0)
    draw_hi(ImageDraw.Draw(layer), (size * 0.5, lh * 0.22), text, HAND_LATIN, size, 255, serif=True)
    return layer.transform(
        (lw, lh), Image.AFFINE, (1, -0.14, 0.14 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
    )


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Marathi lines and a Marathi hand, Urdu and Modi lines, its
    bilingual labels, a Himroo swatch as an emblem, a Himroo border as a divider, a jacquard's punched cards
    in a margin."""
    page = h294._render(rows, font, style)
    x = style.get("h322")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", INKS[0]))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t22"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t22mr":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = hi_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_hi(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t22ur":
            scale, align = m
            face = load_font(URDU, int(size * scale * 0.92))
            text = _urdu_spaced(r[1])
            tw = face.getlength(text)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw.text((tx, top_y + line * 1.3), text, font=face, fill=ink, anchor="ls")
        elif name == "t22mo":
            scale, align = m
            face = load_font(MODI, int(size * scale * 1.15))
            tw = face.getlength(r[1])
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw.text(
                (tx, top_y + line * 1.25), r[1], font=face, fill=_tint(ink, (150, 40, 30), 0.5), anchor="ls"
            )
        elif name == "t22hh":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                layer = _hand_layer(text, s, line).rotate(tilt, resample=Image.BICUBIC)
                tw = hi_width(text, HAND_LATIN, s, serif=True)
                if n_ == 0:
                    tx = width - MARGIN - tw - s * 0.7
                    fx = tx
                else:
                    tx = {
                        "c": (width - tw) / 2 - s * 0.5,
                        "l": MARGIN - s * 0.3,
                        "r": (fx if fx is not None else width - MARGIN) - tw - s * 1.1,
                    }[align]
                page.paste(
                    Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - layer.height * 0.32)), layer
                )
            draw = ImageDraw.Draw(page)
        elif name == "t22st":
            bold, is_pen = m
            english, marathi, value = r[1], r[2], r[3]
            draw.text((MARGIN, y), english, font=load_font(font, int(size * 0.9)), fill=ink)
            draw_hi(draw, (MARGIN, y + line * 0.78), marathi, font, int(size * 0.74), soft)
            vface = load_font(x1.get("pen", PENS[0]) if is_pen else bold_of(font) if bold else font, size)
            vx = width - MARGIN - vface.getlength(value) - (8 if is_pen else 0)
            draw.text((vx, y + (2 if is_pen else 0)), value, font=vface, fill=pen_ink if is_pen else ink)
            ly = top_y + line * 2 - 3
            draw.line((MARGIN, ly, width - MARGIN, ly), fill=_tint(ZARI, paper_, 0.7), width=1)
        elif name == "t22hm":
            seed, tilt = m
            _swatch(page, width / 2, top_y + line * 0.1, line * 2.7, seed, tilt)
            draw = ImageDraw.Draw(page)
        elif name == "t22jb":
            (seed,) = m
            _band(page, MARGIN, width - MARGIN, top_y + line * 0.22, top_y + line * 0.82, seed)
            draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "cards":
            page = _cards(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout321's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the Himroo shawl a page is photographed lying on."""
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
    f = (style.get("h322") or {}).get("frame")
    if f and f[0] == "shawl":
        image = _on_shawl(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout322 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Kothi's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_SHORT]


def _upi_gpay_biz(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Google Pay for Business on the Himroo Kothi's phone: the Kothi under the app's bar, a tile's tick,
    Payment received, the sum, "from <buyer>"; UPI transaction ID, Received on, From and Settled to in a
    table ruled on every side."""
    not_friday(j, rng)
    p = phone(rng, font, k, ["", "Google Pay for Business"], dark=False, buttons=("Share",))
    band(p, (26, 115, 232))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "Google Pay for Business", name, merchant=name)
    h287.tile(p, j.status)
    p.add("center", "Payment received", status=j.status)
    big(p, j.amount)
    p.add("small", f"from {who}")
    p.add("gap")
    at = 0.4
    gkv(p, "gb", "UPI transaction ID", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gkv(p, "gb", "Received on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    gkv(p, "gb", "From", vpa_of(rng, who, bank), at=at, method="UPI")
    gkv(p, "gb", "Settled to", f"Bank of Maharashtra {masked(p.font)}{digits(rng, 4)}", at=at)
    return p.done()


def _upi_bhim_mr(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """BHIM set in Marathi: a scalloped badge, "पेमेंट यशस्वी" (payment successful), the sum, "<payee>
    यांना" (to <payee>); this set's bilingual labels, English over Marathi: UPI Ref. No. / यूपीआय संदर्भ
    क्रमांक, Date & time / दिनांक व वेळ, Paid from / खात्यातून, Note / टीप."""
    p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 98, 65))
    app_head(p, "BHIM", "UPI")
    mr(p, "भीम यूपीआय", scale=0.86, soft=True)
    h287.burst(p, j.status)
    mr(p, "पेमेंट यशस्वी", scale=1.1, bold=True, status=j.status)
    big(p, j.amount)
    name = rng.choice(PAYEES)
    mr(p, f"{name} यांना", merchant=name)
    p.add("gap")
    stack(p, "UPI Ref. No.", "यूपीआय संदर्भ क्रमांक", j.ref, txn=(UTR_RANK, j.ref))
    day = stack_fit(
        p, "Date & time", "दिनांक व वेळ", [at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",))]
    )
    stack(p, "Date & time", "दिनांक व वेळ", day, date=j.date)
    stack(p, "Paid from", "खात्यातून", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}", method="UPI")
    stack(p, "Note", "टीप", rng.choice(["Himroo stole", "Shawl", "Cushion covers"]))
    return p.done()


def _upi_imobile(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """ICICI Bank's iMobile Pay with the payment waiting over a progress bar: Payment in progress, the sum,
    "to <payee>", a notice; Transaction ID :, UPI Ref No :, Initiated : and From : with colons at the left and
    the right."""
    p = phone(rng, font, k, ["", "iMobile Pay"], dark=False, buttons=("Check status",))
    band(p, (174, 40, 30))
    app_head(p, "iMobile Pay", "ICICI Bank")
    p.add("gap")
    h294.progress(p, rng.uniform(0.45, 0.7), j.status)
    p.add("center", "Payment in progress", status=j.status)
    big(p, j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p, "Your bank has not yet confirmed this payment. Please check the status after 30 minutes.", "warn"
    )
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    tid = f"IMP{j.date:%y%m%d}{digits(rng, 9)}"
    cols(p, "im", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
    cols(p, "im", spec, "UPI Ref No :", j.ref, txn=(UTR_RANK, j.ref))
    cols(p, "im", spec, "Initiated :", at_hour(rng, j.date, ["%d-%m-%Y", "{d} %b %Y"], (" ",)), date=j.date)
    cols(p, "im", spec, "From :", f"ICICI {masked(p.font, 4)}{digits(rng, 4)}", method="UPI")
    return p.done()


def _upi_axis(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Axis Mobile's UPI payment under "Today, <hour>" in a ticket's card: a large round tick, Payment
    successful, the sum, "to <payee>"; past the tear, UPI Reference No., Paid from and Remarks at the left and
    the right; no day."""
    p = phone(rng, font, k, ["", "Axis Mobile"], dark=False, buttons=("Share", "Home"))
    band(p, (151, 20, 77))
    app_head(p, "Axis Mobile", "UPI")
    s = h279.ticket_open(p)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    big(p, j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    t = h279.ticket_tear(p)
    kvr(p, "UPI Reference No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Paid from", f"Axis Bank {masked(p.font)}{digits(rng, 4)}", method="UPI")
    kvr(p, "Remarks", rng.choice(["Himroo saree", "shawl", "stoles x2"]))
    h279.ticket_close(p, s, t)
    return p.done()


def _upi_bobworld(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Bank of Baroda's bob World with a UPI payment and no reference on the page: the payee's initials in a
    round badge, Money sent, the sum, "to <payee>"; Date & time and Debited from at the left and the right; a
    rewards line."""
    p = phone(rng, font, k, ["", "bob World"], dark=False, buttons=("Done",))
    band(p, (240, 100, 30))
    app_head(p, "bob World", "UPI")
    name = rng.choice(PAYEES)
    h273.avatar(p, initials(name), (240, 100, 30))
    p.add("center", "Money sent", status=j.status)
    big(p, j.amount)
    shown = pick(p, "center", [f"to {name}", f"to {SHOP}"])[3:]
    p.add("center", f"to {shown}", merchant=shown)
    p.add("rule")
    kvr(p, "Date & time", at_hour(rng, j.date, ["{d} %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
    kvr(p, "Debited from", f"BoB {masked(p.font, 4)}{digits(rng, 4)}", method="UPI")
    p.add("small", "bob World Rewards: 12 points added")
    return p.done()


def _upi_phonepe_lite(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """PhonePe's payment from UPI Lite: a large round tick, Paid from UPI Lite, the sum, "to <payee>";
    Transaction ID, UTR, Paid on and the UPI Lite balance left in shaded labels."""
    j.amount = rupees(rng, 120, 500, 0.8)
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share",))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "UPI Lite")
    sicon(p, j.status)
    p.add("center", "Paid from UPI Lite", status=j.status)
    big(p, j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 12)}"
    at = 0.36
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "UTR", j.ref, at=at, txn=(UTR_RANK, j.ref), method="UPI")
    kv(p, "Paid on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    kv(p, "UPI Lite balance", f"{rupee_of(p.font)}{num(rupees(rng, 40, 1800, 0.5))}", at=at)
    return p.done()


def _upi_saraswat(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Saraswat Bank's SaraswatMobile with the UPI payment failed under a large round cross: the sum, "to
    <payee>", the reason in a notice; Transaction ID, UPI Ref No., Date and Reason in a striped table."""
    p = phone(rng, font, k, ["", "SaraswatMobile"], dark=False, buttons=("Try again",))
    band(p, (0, 90, 60))
    app_head(p, "SaraswatMobile", "Saraswat Co-operative Bank")
    sicon(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    big(p, j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "The beneficiary bank did not respond in time. Any amount debited will be reversed in 48 hours.",
        "error",
    )
    tid = f"SRC{digits(rng, 12)}"
    zebra(
        p,
        "sw",
        [(0.0, 0.38, "l"), (0.38, 1.0, "r")],
        ["Details", ""],
        [
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref), "method": "UPI"}),
            (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (" ",))], {"date": j.date}),
            (["Reason", "Beneficiary bank timeout (U68)"], {}),
        ],
        (0, 90, 60),
    )
    return p.done()


def _upi_pop(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """POP's UPI payment: a large round tick, Paid, the sum, "to <payee>", popcoins earned in a capsule; a
    rule and UPI Transaction ID, Paid on, Paid via and To at the left and the right."""
    p = phone(rng, font, k, ["", "POP"], dark=False, buttons=("Share",))
    band(p, (250, 200, 40), ink=(20, 20, 20))
    app_head(p, "POP", "UPI payments")
    sicon(p, j.status)
    p.add("center", "Paid", status=j.status)
    big(p, j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    pill(p, f"{rng.randrange(5, 60)} popcoins earned", "success")
    p.add("rule")
    kvr(p, "UPI Transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Paid on", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (" at ", ", ")), date=j.date)
    kvr(p, "Paid via", f"RuPay Credit on UPI {masked(p.font)}{digits(rng, 4)}", method="UPI")
    kvr(p, "To", rng.choice(["himrookothi@mahb", "Q318276540@ybl"]))
    return p.done()


UPI_LAYOUTS = [
    _upi_gpay_biz,
    _upi_bhim_mr,
    _upi_imobile,
    _upi_axis,
    _upi_bobworld,
    _upi_phonepe_lite,
    _upi_saraswat,
    _upi_pop,
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Himroo Kothi or the firm by UPI, one layout a place (``UPI_LAYOUTS``): Google Pay
    for Business on the Kothi's phone, BHIM set in Marathi, iMobile Pay in progress, Axis Mobile's "Today" in
    a ticket, bob World with no reference, PhonePe's UPI Lite, SaraswatMobile's failure and POP."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=400, high=22000, p_round=0.7)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    return UPI_LAYOUTS[k](rng, font, k, j, who, bank)


# ---------------------------------------------------------------- 2. buyers' advices


MSHC = "Maharashtra State Handloom Corporation Ltd."
MSHC_MR = "महाराष्ट्र राज्य हातमाग महामंडळ मर्यादित"
BAMU = "Dr. Babasaheb Ambedkar Marathwada University"
ELLORA_HOTELS = "Ellora Heritage Hotels Pvt. Ltd."
BOUTIQUE = "Kesar Threads Boutique"
STUDIO = "Studio Kala Interiors LLP"
LOOM_STORE = "The Loom Store, Kala Ghoda"
TRUST = "Shri Grishneshwar Mandir Devasthan Trust"
TRUST_MR = "श्री घृष्णेश्वर मंदिर देवस्थान ट्रस्ट"
JAYPORE = "Jaypore E-Commerce Pvt. Ltd."


def _adv_mshc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Maharashtra State Handloom Corporation's PAYMENT ADVICE under its Marathi name for the Himroo its
    emporia bought: "देयक अदा सूचना / PAYMENT ADVICE"; its Ref. and Date; "To, The Managing Partner," and the
    firm; Bill No. | Bill Date | Taxable | GST 5% | TDS 2% | Net on hairline rows; "Net amount paid" and the
    sum in a printed box; "... credited to your account ... by NEFT vide UTR ..."; the Accounts Officer's
    signature beside the corporation's oval stamp."""
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    mr(p, MSHC_MR, scale=1.05, bold=True)
    name = pick(p, "title", [MSHC.upper(), MSHC])
    top(p, name)
    p.add("small", "Head Office: Umred Road, Nagpur - 440009  |  Regional Office: Chh. Sambhajinagar")
    p.add("rule")
    p.part = "body"
    mr(p, "देयक अदा सूचना  /  PAYMENT ADVICE", bold=True)
    ref = f"Ref. MSHC/ACCTS/{fy(j.date)}/{rng.randrange(100, 990)}"
    cols(
        p,
        "ms0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        ref,
        f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
        date=j.date,
    )
    p.add("gap")
    p.add("left", "To,")
    p.add("left", "The Managing Partner,")
    p.add("left", FIRM, merchant=FIRM)
    p.add("left", "Zaffar Gate, Chhatrapati Sambhajinagar.")
    p.add("gap")
    spec = [
        (0.0, 0.22, "l"),
        (0.22, 0.38, "c"),
        (0.38, 0.55, "r"),
        (0.55, 0.68, "r"),
        (0.68, 0.81, "r"),
        (0.81, 1.0, "r"),
    ]
    cols(p, "msh", spec, "Bill No.", "Bill Date", "Taxable", "GST 5%", "TDS 2%", "Net", mode="line")
    h269.ext(p)["kinds"]["msh"]["bold"] = [0, 1, 2, 3, 4, 5]
    net_total = 0.0
    for bno, bday, gross in bills_for(rng, j, rng.randrange(2, 4), "AHW"):
        taxable = round(gross / 1.05, 2)
        gst = round(gross - taxable, 2)
        tds = round(taxable * 0.02, 0)
        net = round(gross - tds, 2)
        net_total += net
        cols(
            p,
            "msr",
            spec,
            bno,
            when(bday, "%d/%m/%y"),
            num(taxable),
            num(gst),
            num(tds),
            num(net),
            mode="line",
        )
    j.amount = round(net_total, 2)
    p.add("gap")
    h271.amtbox(p, "Net amount paid  Rs.", num(j.amount), by_hand=False, at=0.3, amount=j.amount)
    utr = utr_of(rng, j, "State Bank of India", neft_or_rtgs(j.amount))
    prose(
        p,
        f"The above net amount has been credited to your account no. XXXXXXXX{digits(rng, 4)} with "
        f"{BANK_LINE} "
        f"by {neft_or_rtgs(j.amount)} vide UTR {utr}. TDS under GST has been deducted at 2% of the taxable "
        "value.",
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    h287.oval(p, ["M.S.H.C. LTD.", "ACCOUNTS", "NAGPUR"], "violet", at=0.25)
    sig(p)
    p.add("right", "Accounts Officer")
    return p.done()


def _adv_bamu(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The university's e-payment on SBI's Corporate Internet Banking for Himroo shawls for its convocation:
    Transaction Status: Processed; Reference No., UTR No., Beneficiary Name, Amount, Payment Date, Debit
    Account and Purpose in a striped table."""
    j.amount = float(rng.randrange(40, 260) * 250)
    p = browser_page(rng, font, "corp.onlinesbi.sbi/corporate/epayment/status")
    p.part = "head"
    top(p, "SBI Corporate Internet Banking")
    p.add("small", f"{BAMU}, Chh. Sambhajinagar")
    p.add("rule")
    p.part = "body"
    p.add("left", "e-Payment  >  Transaction Status")
    p.add("left", "Transaction Status: Processed", status=j.status)
    p.add("gap")
    ref = f"IK{digits(rng, 8)}"
    utr = utr_of(rng, j, "State Bank of India", neft_or_rtgs(j.amount))
    name = fit(p, [FIRM_CAPS, CUT], 0.58)
    zebra(
        p,
        "sb",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Field", "Value"],
        [
            (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
            (["UTR No.", utr], {"txn": (UTR_RANK, utr), "method": "netbanking"}),
            (["Beneficiary Name", name], {"merchant": name}),
            (["Amount", f"INR {num(j.amount)}"], {"amount": j.amount}),
            (["Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            (["Debit Account", f"XXXXXXX{digits(rng, 4)}"], {}),
            (["Purpose", "Himroo shawls - 64th Convocation"], {}),
        ],
        (40, 0, 110),
    )
    return p.done()


def _adv_axis_neo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Axis Bank's neo for corporates with a hotel company's RTGS or NEFT awaiting its checker over a
    progress bar: Awaiting checker approval, a notice; each value over its label: Transaction ID,
    Beneficiary, Amount, Payment mode, Value date, Maker."""
    j.amount = rupees(rng, 60000, 320000, 0.6)
    p = browser_page(rng, font, "neo.axisbank.com/corporate/payments/pending")
    p.part = "head"
    top(p, "neo for corporates")
    p.add("small", f"Axis Bank  |  {ELLORA_HOTELS}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment request")
    h294.progress(p, 0.5, j.status)
    p.add("left", "Awaiting checker approval", status=j.status)
    boxed(
        p,
        "The maker has submitted this payment. It will be sent to the bank once a checker approves it.",
        "warn",
    )
    tid = f"NEO{j.date:%y%m%d}{digits(rng, 7)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.95, bold=True)
    vlab(p, "Transaction ID", tid, bold=False, txn=(BANK_RANK, tid))
    vlab(p, "Beneficiary", name, merchant=name)
    vlab(p, "Amount", f"INR {num(j.amount)}", amount=j.amount)
    vlab(p, "Payment mode", neft_or_rtgs(j.amount), bold=False, method="netbanking")
    vlab(p, "Value date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), bold=False, date=j.date)
    vlab(p, "Maker", "ehpl.accounts1", bold=False)
    return p.done()


def _adv_instagram(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Pune boutique's Instagram direct message to the Kothi under "Today": the boutique on top; her
    bubble "Sent ₹x to <payee> on GPay for the stoles. UTR ..." and the hour; the Kothi's reply; no day."""
    j.amount = rupees(rng, 6000, 45000, 0.8)
    p = phone(rng, font, k, ["", "Instagram"], dark=False, buttons=())
    app_head(p, "kesarthreads.pune", BOUTIQUE)
    divider(p, "Today")
    p.add("gap")
    first, second = hours(rng, 2)
    s = len(p.rows)
    name = rng.choice([SHOP, "Himroo Kothi ji", FIRM_SHORT]).removesuffix(" ji")
    rs = rupee_of(p.font)
    for n_, line in enumerate(
        lines_of(
            p,
            f"Hi! Sent {rs}{num(j.amount, 'indian')} to {name} on GPay for the 6 Himroo stoles and 2 cushion "
            f"pairs. UTR {j.ref}",
            share=0.8,
        )
    ):
        facts = (
            {
                "amount": j.amount,
                "merchant": name,
                "method": "UPI",
                "status": j.status,
                "txn": (UTR_RANK, j.ref),
            }
            if n_ == 0
            else {}
        )
        p.add("left", line, **facts)
    h273.bubble(p, s, first)
    p.add("gap")
    s = len(p.rows)
    for line in lines_of(p, "Received, thank you! Dispatching by DTDC tomorrow.", share=0.8):
        p.add("right", line)
    h273.bubble(p, s, second)
    return p.done()


def _adv_mahabank(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bank of Maharashtra's corporate net banking with an interiors firm's NEFT returned under a red
    ribbon: the reason in a notice; Transaction Reference, Beneficiary, Amount, Transfer Date, Return Reason
    in a table ruled on every side."""
    j.amount = rupees(rng, 20000, 150000, 0.6)
    p = browser_page(rng, font, "www.mahaconnect.in/corporate/neft/status")
    p.part = "head"
    top(p, "Bank of Maharashtra")
    p.add("small", f"Corporate Internet Banking  |  {STUDIO}, Mumbai")
    p.add("rule")
    p.part = "body"
    h275.ribbon(p, "NEFT RETURNED", RED)
    p.add("gap")
    p.add("center", "This payment has been returned", status=j.status)
    boxed(
        p,
        "The beneficiary bank returned the credit: the account number does not exist. The amount has been "
        "credited back to your account.",
        "error",
    )
    ref = f"MAHB{j.date:%y%m%d}{digits(rng, 6)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.55)
    at = 0.4
    gkv(p, "mb", "Transaction Reference", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "mb", "Beneficiary", name, at=at, merchant=name)
    gkv(p, "mb", "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount, method="netbanking")
    gkv(p, "mb", "Transfer Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    gkv(p, "mb", "Return Reason", "R01 - Account does not exist", at=at)
    return p.done()


def _adv_tally(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Mumbai store's PAYMENT ADVICE printed from TallyPrime: its letter ("We have made a payment of Rs.x
    as per the details given below"); Bill Ref. | Bill Date | Amount in a table ruled on every side with its
    total; Mode, UTR No. and Payment Date at the left and the right; for the store, its signatory."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, LOOM_STORE)
    p.add("small", "14 Rampart Row, Kala Ghoda, Mumbai - 400001  |  GSTIN " + gstin_of(rng))
    p.add("rule")
    p.part = "body"
    p.add("center", "PAYMENT ADVICE")
    p.add("left", "To,")
    who = pick(p, "left", [FIRM, FIRM_SHORT])
    p.add("left", who, merchant=who)
    p.add("left", WORKS_AT)
    p.add("gap")
    prose(p, f"Dear Sir, we have made a payment of {whole_rs(j.amount)} as per the details given below.")
    p.add("gap")
    rows_ = [
        ([bno, when(bday, "%d-%b-%y"), num(v)], {})
        for bno, bday, v in bills_for(rng, j, rng.randrange(1, 4), "AHW")
    ]
    h271.grid(
        p,
        "tl",
        [(0.0, 0.4, "l"), (0.4, 0.68, "c"), (0.68, 1.0, "r")],
        ["Bill Ref.", "Bill Date", "Amount"],
        rows_,
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "HDFC Bank", way)
    kvr(p, "Mode", way, method="netbanking", status=j.status)
    kvr(p, "UTR No.", utr, txn=(UTR_RANK, utr))
    kvr(p, "Payment Date", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
    p.add("gap")
    p.add("right", f"for {LOOM_STORE.split(',')[0]}")
    sig(p)
    p.add("right", "Authorised Signatory")
    return p.done()


def _adv_trust(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Grishneshwar temple trust's letter typed in Marathi with no reference, its name in Modi over its
    Devanagari as its old registers wrote it: जावक क्र. (outward no.) and दिनांक; "प्रति, व्यवस्थापक," (To,
    the Manager) and the firm in English; विषय (subject); "... हिमरू शालींचे देयक Rs. x/- दिनांक <day> रोजी
    NEFT द्वारे आपल्या खात्यात जमा करण्यात आले आहे." (the bill for the Himroo shawls, Rs. x/-, has been
    deposited in your account by NEFT on <day>); the secretary's signature over सचिव."""
    j.amount = float(rng.randrange(8, 60) * 500)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    modi(p, "श्री घृष्णेश्वर", scale=1.3)
    mr(p, TRUST_MR, scale=1.08, bold=True)
    mr(p, "वेरूळ, ता. खुलताबाद, जि. छत्रपती संभाजीनगर", scale=0.86, soft=True)
    p.add("rule")
    p.part = "body"
    day = when(j.date, "%d.%m.%Y")
    mr(p, f"जावक क्र.: श्रीघृ/देव/{rng.randrange(100, 900)}/{j.date.year}      दिनांक: {day}", align="l")
    p.add("gap")
    mr(p, "प्रति,", align="l")
    mr(p, "व्यवस्थापक,", align="l")
    p.add("left", FIRM, merchant=FIRM)
    p.add("left", "Zaffar Gate, Chhatrapati Sambhajinagar.")
    p.add("gap")
    mr(p, "विषय: हिमरू शालींच्या देयकाबाबत.", align="l", bold=True)
    mr(p, "महोदय,", align="l")
    mr_wrap(
        p,
        "ट्रस्टच्या कार्यक्रमात मान्यवरांच्या सत्कारासाठी घेतलेल्या हिमरू शालींचे देयक "
        f"{whole_rs(j.amount)} दिनांक {day} रोजी NEFT द्वारे आपल्या खात्यात जमा करण्यात आले आहे.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    mr_wrap(p, "कृपया पोच पावती ट्रस्टच्या कार्यालयास पाठवावी.")
    p.add("gap")
    sig(p)
    mr(p, "सचिव", align="r")
    return p.done()


def _adv_jaypore(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Jaypore's remittance advice mail for the Himroo it sold: its sentence; Vendor, Vendor Code,
    Remittance Amount, Payment Mode, UTR and Payment Date in dot leaders; PO No. | Invoice No. | Amount in a
    striped table."""
    p = mail_page(
        rng,
        font,
        "Jaypore Vendor Payments <vendorpay@jaypore.com>",
        ["Remittance advice", "Payment released"],
    )
    p.part = "head"
    top(p, "Jaypore")
    p.add("small", f"{JAYPORE}  |  Vendor payments")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Partner,")
    prose(
        p,
        "We have released the following payment against your invoices. Please find the details below.",
        status=j.status,
    )
    p.add("gap")
    name = fit(p, [FIRM, FIRM_SHORT], 0.5)
    utr = utr_of(rng, j, "ICICI Bank", neft_or_rtgs(j.amount))
    at = 0.45
    dots(p, "Vendor", name, at=at, merchant=name)
    dots(p, "Vendor Code", f"JPV{rng.randrange(1000, 9999)}", at=at)
    dots(p, "Remittance Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Payment Mode", neft_or_rtgs(j.amount), at=at, method="netbanking")
    dots(p, "UTR", utr, at=at, txn=(UTR_RANK, utr))
    dots(p, "Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=at, date=j.date)
    p.add("gap")
    rows_ = [
        ([f"PO-{rng.randrange(30000, 99999)}", bno, num(v)], {})
        for bno, _bday, v in bills_for(rng, j, rng.randrange(1, 4), "AHW")
    ]
    zebra(
        p,
        "jp",
        [(0.0, 0.32, "l"), (0.32, 0.7, "l"), (0.7, 1.0, "r")],
        ["PO No.", "Invoice No.", "Amount"],
        rows_,
        (150, 80, 40),
    )
    return p.done()


ADVICE_LAYOUTS = [
    _adv_mshc,
    _adv_bamu,
    _adv_axis_neo,
    _adv_instagram,
    _adv_mahabank,
    _adv_tally,
    _adv_trust,
    _adv_jaypore,
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm, one layout a place (``ADVICE_LAYOUTS``): the handloom
    corporation's advice under its Marathi name, the university's SBI CINB e-payment, Axis neo's payment
    awaiting its checker, a boutique's Instagram message under "Today", Bank of Maharashtra's NEFT returned,
    TallyPrime's payment advice, the temple trust's letter in Marathi and Jaypore's remittance mail."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    return ADVICE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Chesapeake Textile Guild Inc.", "Baltimore, Maryland, USA", "USD", 900, 9500),
    ("Atelier Seidenweg GmbH", "Zürich, Switzerland", "CHF", 800, 9000),
    ("Paddington Textile Co. Pty Ltd", "Sydney, Australia", "AUD", 1200, 14000),
    ("Kyoto Orimono Gallery K.K.", "Kyoto, Japan", "JPY", 120000, 1400000),
    ("Stoffhaus Rhein GmbH", "Köln, Germany", "EUR", 700, 8500),
    ("Brick Lane Loom Ltd", "London, United Kingdom", "GBP", 600, 7000),
    ("Al Sadd Interiors W.L.L.", "Doha, Qatar", "QAR", 3000, 32000),
    ("Songket & Brocade Sdn. Bhd.", "Kuala Lumpur, Malaysia", "MYR", 3000, 36000),
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or $; Swiss francs with an apostrophe between
    the thousands (CHF 12'450.00); Australian dollars with AUD or A$; yen whole with JPY or the yen's sign;
    euros the German way (12.345,67 EUR or 12.345,67 €); pounds with GBP or the pound's sign; riyals with QAR
    before or after; ringgit with RM or MYR."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    yen = "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}"
    euro = "{g} \u20ac" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "{g} EUR"
    forms = {
        "USD": ["USD {v}", "${v}"],
        "CHF": ["CHF {c}"],
        "AUD": ["AUD {v}", "A${v}"],
        "JPY": ["JPY {w}", yen],
        "EUR": ["{g} EUR", euro],
        "GBP": ["GBP {v}", pound],
        "QAR": ["QAR {v}", "{v} QAR"],
        "MYR": ["RM {v}", "MYR {v}"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(
            v=english,
            w=f"{v:,.0f}",
            c=english.replace(",", "'"),
            g=english.replace(",", "#").replace(".", ",").replace("#", "."),
        )

    return show


def _wire_citi(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Citi's CitiDirect BE with a cross-border payment in US dollars processed: Payment Summary; Status,
    Citi Transaction Reference, Beneficiary Name, Beneficiary Bank, Payment Amount, Value Date (month first
    or in words) and Charge Bearer in dot leaders."""
    p = browser_page(rng, font, "portal.citidirect.com/payments/summary")
    p.part = "head"
    top(p, "citi")
    p.add("small", f"CitiDirect BE  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment Summary - Cross-Border Funds Transfer")
    p.add("gap")
    ref = f"CITI{j.date:%y%m%d}{digits(rng, 8)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.5)
    at = 0.45
    dots(p, "Status", "Processed", at=at, status=j.status)
    dots(p, "Citi Transaction Reference", ref, at=at, txn=(BANK_RANK, ref))
    dots(p, "Beneficiary Name", name, at=at, merchant=name)
    dots(p, "Beneficiary Bank", "BANK OF MAHARASHTRA, PUNE", at=at)
    dots(p, "Payment Amount", show(j.amount), at=at, **sum_)
    dots(p, "Value Date", when(j.date, rng.choice(["%m/%d/%Y", "%B {d}, %Y"])), at=at, date=j.date)
    dots(p, "Charge Bearer", "SHA (shared)", at=at, method="netbanking")
    return p.done()


def _wire_ubs(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """UBS e-banking with a payment abroad in Swiss francs executed: Payment executed; the sum; labels small
    over their values two to a row: Beneficiary and Beneficiary's bank, Execution date (day first with points)
    and Transaction number, Charges and Purpose."""
    p = browser_page(rng, font, "ebanking.ubs.com/payments/foreign/confirmation")
    p.part = "head"
    top(p, "UBS")
    p.add("small", f"UBS e-banking  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment executed", status=j.status)
    p.add("big", show(j.amount), **sum_)
    p.add("gap")
    ref = f"UBS-{digits(rng, 4)}-{digits(rng, 6)}"
    name = fit(p, [FIRM_SHORT, CUT], 0.48, bold=True)
    two_up(p, "ub1", ("Beneficiary", name), ("Beneficiary's bank", "Bank of Maharashtra"), merchant=name)
    two_up(
        p,
        "ub2",
        ("Execution date", when(j.date, "%d.%m.%Y")),
        ("Transaction number", ref),
        date=j.date,
        txn=(BANK_RANK, ref),
    )
    two_up(p, "ub3", ("Charges", "SHA (shared)"), ("Purpose", "Himroo fabric order"), method="netbanking")
    return p.done()


def _wire_commbiz(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """CommBank's CommBiz with an international payment in Australian dollars awaiting authorisation over a
    progress bar: Awaiting authorisation, the sum, a notice; Payment ID, Payee, Payee bank, Payment date and
    Fees at the left and the right."""
    p = browser_page(rng, font, "www.commbiz.commbank.com.au/payments/international/pending")
    p.part = "head"
    top(p, "CommBank")
    p.add("small", f"CommBiz  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    h294.progress(p, 0.4, j.status)
    p.add("center", "Awaiting authorisation", status=j.status)
    p.add("big", show(j.amount), **sum_)
    boxed(
        p, "One more authoriser from your organisation must approve this payment before it is sent.", "warn"
    )
    ref = f"CB{digits(rng, 10)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.54)
    kvr(p, "Payment ID", ref, txn=(BANK_RANK, ref))
    kvr(p, "Payee", name, merchant=name)
    kvr(p, "Payee bank", "Bank of Maharashtra, India")
    kvr(p, "Payment date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), date=j.date)
    kvr(p, "Fees", "Shared (SHA)", method="netbanking")
    return p.done()


def _wire_mufg(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """MUFG's BizSTATION with an overseas remittance in yen rejected under a large round cross: Remittance
    rejected, the reason in a notice; Remittance No., Beneficiary, Amount, Remittance date (year first) and
    Reason in shaded labels."""
    p = browser_page(rng, font, "bizstation.bk.mufg.jp/remittance/overseas/detail")
    p.part = "head"
    top(p, "MUFG Bank")
    p.add("small", f"BizSTATION  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    sicon(p, j.status)
    p.add("center", "Remittance rejected", status=j.status)
    boxed(
        p,
        "The intermediary bank rejected this remittance: the beneficiary's account details are incomplete. "
        "The "
        "amount less charges will be returned to your account.",
        "error",
    )
    ref = f"OR{j.date:%y%m%d}{digits(rng, 6)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.52)
    at = 0.42
    kv(p, "Remittance No.", ref, at=at, txn=(BANK_RANK, ref))
    kv(p, "Beneficiary", name, at=at, merchant=name)
    kv(p, "Amount", show(j.amount), at=at, **sum_)
    kv(p, "Remittance date", when(j.date, rng.choice(["%Y/%m/%d", "%Y-%m-%d"])), at=at, date=j.date)
    kv(p, "Reason", "Beneficiary account incomplete", at=at, method="netbanking")
    return p.done()


def _wire_deutsche(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Deutsche Bank's business banking with a foreign transfer in euros the German way: Auslandsüberweisung
    ausgeführt / Foreign transfer executed; each label's German and its English after a slash on hairline
    rows: Empfänger / Beneficiary, Betrag / Amount, Ausführungsdatum / Execution date, Referenz / Reference,
    Entgelt / Charges."""
    p = browser_page(rng, font, "meine.deutsche-bank.de/business/zahlungsverkehr/ausland/detail")
    p.part = "head"
    top(p, "Deutsche Bank")
    p.add("small", f"Business Banking  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Auslandsüberweisung ausgeführt / Foreign transfer executed", status=j.status)
    p.add("gap")
    ref = f"DB{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.5)
    spec = [(0.0, 0.46, "l"), (0.46, 1.0, "r")]
    cols(p, "db", spec, "Empfänger / Beneficiary", name, mode="line", merchant=name)
    cols(p, "db", spec, "Betrag / Amount", show(j.amount), mode="line", **sum_)
    cols(
        p, "db", spec, "Ausführungsdatum / Execution date", when(j.date, "%d.%m.%Y"), mode="line", date=j.date
    )
    cols(p, "db", spec, "Referenz / Reference", ref, mode="line", txn=(BANK_RANK, ref))
    cols(p, "db", spec, "Entgelt / Charges", "SHA (geteilt)", mode="line", method="netbanking")
    return p.done()


def _wire_natwest(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """NatWest's Bankline app with an international payment in pounds under "Today, <hour>": a tile's tick,
    Payment sent, the sum, "to <payee>"; Reference and Charges in tiles; From account; no day."""
    p = phone(rng, font, k, ["", "Bankline"], dark=False, buttons=("Done",))
    band(p, (66, 36, 130))
    app_head(p, "NatWest Bankline", "International payments")
    p.add("small", f"Today, {hhmm(rng, twelve=False)}")
    h287.tile(p, j.status)
    p.add("center", "Payment sent", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_SHORT}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    ref = f"NWB{digits(rng, 10)}"
    tiles2(p, ("Reference", ref), ("Charges", "Shared (SHA)"), txn=(BANK_RANK, ref), method="netbanking")
    p.add("gap")
    kvr(p, "From account", f"Business Current {masked(p.font, 4)}{digits(rng, 4)}")
    p.add("small", payer)
    return p.done()


def _wire_qnb(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """QNB's business mail of an international transfer in riyals told in a sentence with no reference:
    "Your international transfer of <sum> to <payee> has been processed on <day>."; Debit account, Beneficiary
    bank and Charges with colons."""
    p = mail_page(
        rng, font, "QNB Business <qnb.business@qnb.com>", ["Transfer processed", "International transfer"]
    )
    p.part = "head"
    top(p, "QNB")
    p.add("small", "Qatar National Bank  |  Business Banking")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {payer},")
    name = rng.choice([FIRM, FIRM_SHORT])
    prose(
        p,
        f"Your international transfer of {show(j.amount)} to {name} has been processed on "
        f"{when(j.date, rng.choice(['{d} %B %Y', '%d/%m/%Y']))}.",
        merchant=name,
        date=j.date,
        status=j.status,
        **sum_,
    )
    p.add("gap")
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    colkv(p, "qn", spec, "Debit account :", f"{masked(p.font, 4)}{digits(rng, 4)} (QAR)")
    colkv(p, "qn", spec, "Beneficiary bank :", "Bank of Maharashtra, India")
    colkv(p, "qn", spec, "Charges :", "Shared", method="netbanking")
    p.add("gap")
    p.add("small", "This is an automated message from QNB. Please do not reply.")
    return p.done()


def _wire_maybank(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Maybank2u Biz with a foreign telegraphic transfer in ringgit successful: a scalloped badge, Transfer
    successful, the sum; each value over its label: Beneficiary, Reference number, Transaction date,
    Charges."""
    p = phone(rng, font, k, ["", "Maybank2u Biz"], dark=False, buttons=("Share",))
    band(p, (255, 200, 0), ink=(20, 20, 20))
    app_head(p, "Maybank2u Biz", "Foreign Telegraphic Transfer")
    h287.burst(p, j.status)
    p.add("center", "Transfer successful", status=j.status)
    p.add("big", show(j.amount), **sum_)
    p.add("gap")
    ref = f"M2U{digits(rng, 10)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.95, bold=True)
    vlab(p, "Beneficiary", name, merchant=name)
    vlab(p, "Reference number", ref, bold=False, txn=(BANK_RANK, ref))
    vlab(p, "Transaction date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), bold=False, date=j.date)
    vlab(p, "Charges", "Shared (SHA)", bold=False, method="netbanking")
    p.add("small", payer)
    return p.done()


WIRE_LAYOUTS = [
    _wire_citi,
    _wire_ubs,
    _wire_commbiz,
    _wire_mufg,
    _wire_deutsche,
    _wire_natwest,
    _wire_qnb,
    _wire_maybank,
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Textile guilds, ateliers, galleries and interior houses abroad paying the firm for its Himroo, one
    layout a place (``WIRE_LAYOUTS``): Citi's summary in dot leaders, UBS' payment two to a row, CommBiz'
    payment awaiting authorisation, MUFG's remittance rejected, Deutsche Bank's German and English labels,
    NatWest's "Today", QNB's sentence with no reference and Maybank2u Biz' values over their labels."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5)
    payer, city, cur, lo, hi_ = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi_ // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    show = foreign(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    return WIRE_LAYOUTS[k](rng, font, k, j, payer, city.split(",")[0], show, sum_)


# ---------------------------------------------------------------- 4. the firm's own papers


CUSTOMERS = [
    "Mrs. Vaishali Gokhale",
    "Mr. Anand Deshmukh",
    "Ms. Claire Dubois",
    "Dr. Nilesh Bhosale",
    "Mrs. Zeenat Qureshi",
    "Mr. Karthik Menon",
]
# a hand's short form of a buyer's name on a memo
CUSTOMERS_MR = ["गोखले ताई", "देशमुख साहेब", "भोसले सर", "कुरेशी मॅडम", "मेनन साहेब"]


def _own_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Himroo Kothi's TAX INVOICE under a Himroo swatch, its Marathi and Urdu names over its English and
    a Himroo border: Invoice No. and Date, Buyer and Place of Supply; Sr. | Description | HSN | Qty | Rate |
    Amount in a table ruled on every side; Taxable Value, CGST 2.5% and SGST 2.5% as totals; the Invoice
    Total printed in a box; "Received by UPI, UTR ..."; a rectangular PAID stamp with its day; a jacquard's
    punched cards down one margin."""
    not_friday(j, rng)
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    himroo_mark(p)
    mr(p, SHOP_MR, bold=True)
    urdu(p, "ہمرو کوٹھی", scale=1.05)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", f"Proprietor firm: {FIRM}")
    p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
    jaal_band(p)
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"HK/{fy(j.date)}/{rng.randrange(40, 900):04d}"
    spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(
        p,
        "oi0",
        spec,
        f"Invoice No.: {ino}",
        f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    cols(p, "oi0", spec, f"Buyer: {rng.choice(CUSTOMERS)}", "Place of Supply: Maharashtra (27)")
    p.add("gap")
    taxable = 0.0
    rows_ = []
    for n_, (item, hsn, q, price) in enumerate(himroo(rng, rng.randrange(2, 5))):
        value = round(q * price, 2)
        taxable += value
        rows_.append(([str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value)], {}))
    h271.grid(
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
        ["Sr.", "Description", "HSN", "Qty", "Rate", "Amount"],
        rows_,
        foot=(["Taxable Value", num(taxable)], {}),
    )
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    total(p, "CGST 2.5%", num(gst), at=0.62)
    total(p, "SGST 2.5%", num(gst), at=0.62)
    h271.amtbox(p, "Invoice Total  Rs.", num(j.amount), by_hand=False, at=0.45, amount=j.amount)
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    p.add("left", f"Received by UPI, UTR {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    h271.rstamp(p, ["PAID", when(j.date, "%d %b %Y").upper()], "red", at=0.2, rows_=3)
    mr(p, MOTTO, scale=0.9, soft=True)
    sig(p)
    p.add("right", f"for {SHOP}")
    jacquard(p)
    return p.done()


def _own_fest_memo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The festival stall's CASH MEMO in the Ellora-Ajanta festival's days at Soneri Mahal, photographed
    lying on a Himroo shawl: the Kothi's Marathi name over its English, "वेरूळ-अजिंठा महोत्सव 2026 | सोनेरी
    महाल" and "रोख पावती" (cash memo); Date and Name in this set's bilingual labels written in; the Himroo
    written in a Marathi hand on ruled lines with their sums at the right, "एकूण" (total); "रोख मिळाले"
    (received in cash); no reference."""
    season(j, rng, FEST, FEST_DAYS)
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(250, 248, 238), (246, 244, 232)])
    p.part = "head"
    mr(p, SHOP_MR, bold=True)
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    mr(p, "वेरूळ-अजिंठा महोत्सव 2026  |  सोनेरी महाल", scale=0.84)
    p.add("rule")
    mr(p, "रोख पावती", bold=True)
    p.part = "body"
    stack(p, "Date", "दिनांक", when(j.date, "%d/%m/%Y"), pen=True, date=j.date)
    who = stack_fit(p, "Name", "नाव", [rng.choice(CUSTOMERS), "Mr. Anand Deshmukh"], pen=True)
    stack(p, "Name", "नाव", who, pen=True)
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for item, _hsn, q, price in himroo(rng, rng.randrange(2, 4), high=2500):
        price = float(round(price / 50) * 50)
        v = int(q * price)
        total_ += v
        hand_mr(p, f"{HIMROO_MR[item]} {q} x {int(price)}", figure=str(v))
    j.amount = float(total_)
    hand_mr(p, "एकूण", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    hand_mr(p, "रोख मिळाले", method="cash", status=j.status)
    sig(p)
    p.add("right", f"for {SHOP}")
    on_shawl(p)
    return p.done()


def _own_receipt_book(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The firm's RECEIPT, "पावती / RECEIPT", a carbon copy from its book under its Marathi and English
    names: No. struck in red and the Date written; "Received with thanks from", "the sum of Rupees", "by UPI,
    Ref. No." and "towards" printed with the values written on dotted lines; Rs. written in a box; a revenue
    stamp signed across; for the firm, its signatory."""
    j.amount = float(rng.randrange(11, 60) * 500)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    mr(p, FIRM_MR, bold=True)
    name = pick(p, "title", [FIRM, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{WORKS_AT}  |  {UDYAM}")
    p.add("rule")
    mr(p, "पावती  /  RECEIPT", bold=True)
    p.part = "body"
    h273.carbon(p)
    one_pen(p)
    no_ = str(rng.randrange(200, 3200))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d.%m.%Y"])), date=j.date)
    payer = rng.choice(["Aurangabad Gymkhana Club", "Deccan Crafts Society", "Mrs. Vaishali Gokhale"])
    filled(p, "Received with thanks from", payer)
    filled(p, "the sum of Rupees", f"{spelt(j.amount)} only")
    filled(p, "by UPI, Ref. No.", j.ref, method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    filled(p, "towards", rng.choice(["Himroo shawls (advance)", "Order of 20 stoles", "Himroo saree"]))
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", by_hand=True, amount=j.amount)
    h271.revenue(p, "MIA")
    sig(p)
    p.add("right", f"for {FIRM_SHORT}")
    return p.done()


def _own_payu(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """PayU's checkout for the web shop with a debit card payment failed under a tile's cross: the Kothi on
    top, Transaction failed, the reason in a notice; PayU ID, Order ID, Amount, Payment Mode and Date in dot
    leaders."""
    j.amount = float(rng.randrange(8, 180) * 100)
    p = browser_page(rng, font, "secure.payu.in/_payment/response")
    p.part = "head"
    name = pick(p, "title", [SHOP, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Secured by PayU")
    p.add("rule")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Transaction failed", status=j.status)
    boxed(
        p,
        "Your bank declined the payment: card not enabled for online transactions. You have not been "
        "charged.",
        "error",
    )
    mih = str(rng.randrange(10**10, 10**11))
    oid = f"HK{rng.randrange(100000, 999999)}"
    at = 0.42
    dots(p, "PayU ID", mih, at=at, txn=(TXN_RANK, mih))
    dots(p, "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
    dots(p, "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Payment Mode", f"Debit Card {masked(p.font)}{digits(rng, 4)}", at=at, method="card")
    dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _own_shopify(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The web shop's order confirmation mail from Shopify: the Kothi on top, "Thank you for your
    purchase!", Order #HK... and its day; the Himroo with their sums; Subtotal, Shipping and Total (incl.
    GST) set right; Payment: UPI via Razorpay with its payment ID."""
    p = mail_page(rng, font, f"{SHOP} <orders@{WEB}>", ["Order confirmed", "Thank you for your purchase!"])
    p.part = "head"
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Handwoven Himroo from Chhatrapati Sambhajinagar")
    p.add("rule")
    p.part = "body"
    p.add("left", "Thank you for your purchase!")
    oid = f"#HK{rng.randrange(1000, 9999)}"
    p.add(
        "left",
        f"Order {oid}  |  placed on {day_as(j, rng, ['%B {d}, %Y', '{d} %b %Y'])}",
        txn=(ORDER_RANK, oid),
        date=j.date,
    )
    p.add("gap")
    sub = 0.0
    spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
    for item, _hsn, q, price in himroo(rng, rng.randrange(1, 4), high=2500):
        sub += q * price
        cols(p, "sh", spec, f"{SHORT[item]} x {q}", f"Rs. {num(q * price)}", mode="line")
    ship = float(rng.choice([0, 99, 149]))
    j.amount = round(sub + ship, 2)
    tspec = [(0.0, 0.7, "r"), (0.7, 1.0, "r")]
    cols(p, "sht", tspec, "Subtotal", f"Rs. {num(sub)}")
    cols(p, "sht", tspec, "Shipping", "Free" if ship == 0 else f"Rs. {num(ship)}")
    cols(p, "shT", tspec, "Total (incl. GST)", f"Rs. {num(j.amount)}", amount=j.amount)
    h269.ext(p)["kinds"]["shT"]["bold"] = [0, 1]
    p.add("gap")
    pid = f"pay_{code(rng, 14, MIXED)}"
    p.add("left", "Payment: UPI via Razorpay", method="UPI", status=j.status)
    p.add("small", f"Payment ID {pid}", txn=(TXN_RANK, pid))
    p.add("gap")
    p.add("small", "We'll send you a shipping confirmation when your order is on its way.")
    return p.done()


def _own_mybillbook(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """myBillBook's Payment In on the Kothi's phone under "Today, <hour>": the Kothi under the app's bar;
    Payment In and its number, the party, the sum in a rounded card; Payment Mode, UPI Ref. and Balance at
    the left and the right; no day."""
    not_friday(j, rng)
    p = phone(rng, font, k, ["", "myBillBook"], dark=False, buttons=("Share", "Print"))
    band(p, (70, 60, 190))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "myBillBook", name, merchant=name)
    pino = f"PI-{rng.randrange(100, 999)}"
    p.add("left", f"Payment In #{pino}", txn=(INVOICE_RANK, pino))
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    c = card_open(p)
    p.add("center", rng.choice(CUSTOMERS))
    p.add("center", "Payment received", status=j.status)
    big(p, j.amount)
    card_close(p, c)
    p.add("gap")
    kvr(p, "Payment Mode", "UPI", method="UPI")
    kvr(p, "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Balance", f"{rupee_of(p.font)}0.00")
    return p.done()


def _own_instamojo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Instamojo's payment request for a weaving workshop's seats with the payment pending under a spinner:
    the firm on top, Payment pending, the sum, a notice; Payment ID, Buyer, Method and Initiated at the left
    and the right."""
    j.amount = float(rng.randrange(2, 20) * 1200)
    p = browser_page(rng, font, "www.instamojo.com/@ansarihimroo/payment-status")
    p.part = "head"
    name = pick(p, "title", [FIRM, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", "Himroo weaving workshop at Zaffar Gate  |  Instamojo")
    p.add("rule")
    p.part = "body"
    h279.spinner(p, AMBER)
    p.add("center", "Payment pending", status=j.status)
    big(p, j.amount)
    boxed(
        p,
        "We are waiting for your bank to confirm. You will get an e-mail as soon as it does; please do not "
        "pay again.",
        "warn",
    )
    pid = f"MOJO{j.date:%y%m}{code(rng, 4, ALNUM)}{digits(rng, 5)}"
    kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
    kvr(p, "Buyer", rng.choice(CUSTOMERS))
    kvr(p, "Method", "Net banking - SBI", method="netbanking")
    kvr(p, "Initiated", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _own_dotmatrix(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Kothi's RETAIL INVOICE printed by its dot-matrix printer on continuous stationery (pale green
    bands, sprocket holes): Inv No. and Date; the Himroo, Sub Total, CGST 2.5%, SGST 2.5% and NET AMOUNT
    typed; MODE : UPI and its REF."""
    not_friday(j, rng)
    p = sheet(rng, font, [720, 760])
    h275.greenbar(p)
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", SHOP_AT)
    p.add("small", f"GSTIN {GSTIN}")
    p.part = "body"
    typed(p, "RETAIL INVOICE".center(h271.tt_cols(p) - 2))
    typed(p, "-" * (h271.tt_cols(p) - 2))
    ino = f"{rng.randrange(1000, 9999)}"
    typed(p, f"Inv No : {ino}", txn=(INVOICE_RANK, ino))
    typed(p, f"Date   : {when(j.date, '%d-%m-%Y')}", date=j.date)
    typed(p, "-" * (h271.tt_cols(p) - 2))
    sub = 0.0
    for item, _hsn, q, price in himroo(rng, rng.randrange(2, 4)):
        typed_pair(p, f"{SHORT[item].upper()} {q} x {price:.2f}", f"{q * price:.2f}")
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    typed(p, "-" * (h271.tt_cols(p) - 2))
    typed_pair(p, "SUB TOTAL", f"{sub:.2f}")
    typed_pair(p, "CGST @2.5%", f"{gst:.2f}")
    typed_pair(p, "SGST @2.5%", f"{gst:.2f}")
    typed_pair(p, "NET AMOUNT", f"{j.amount:.2f}", amount=j.amount)
    typed(p, "-" * (h271.tt_cols(p) - 2))
    typed(p, f"MODE : UPI   REF : {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    p.add("small", "Goods once sold will not be taken back. Closed on Fridays.")
    return p.done()


OWN_LAYOUTS = [
    _own_invoice,
    _own_fest_memo,
    _own_receipt_book,
    _own_payu,
    _own_shopify,
    _own_mybillbook,
    _own_instamojo,
    _own_dotmatrix,
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its Himroo Kothi or itself on top, one layout a place (``OWN_LAYOUTS``): the
    Kothi's tax invoice, the festival stall's cash memo in a Marathi hand, the firm's receipt book in carbon,
    PayU's failed card, Shopify's order mail, myBillBook's Payment In under "Today", Instamojo's pending
    workshop payment and the Kothi's dot-matrix invoice on continuous stationery."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1200, high=48000)
    return OWN_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 5. the firm's suppliers


SILK = "SRI VENKATESHWARA SILK TWISTERS"
CARDS = "ISMAIL NAQSHABAND CARD PUNCHING"
CARDS_MR = "इस्माईल नक्शाबंद कार्ड पंचिंग"
DYES = "JALNA DYES & CHEMICALS"
PRINTER = "Sanket Printers & Packaging"
LOOM_SPARES = "Loomcraft Spares, Malegaon"


def _sup_silk(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Bengaluru silk twisters' TAX INVOICE for the mulberry silk of the Himroo's extra weft, with the
    firm's accountant's yellow sticky note pressed on it: Invoice No. and its earlier Invoice Date; Item |
    HSN | Kg | Rate | Amount on hairline rows; Taxable Value, IGST 5% and Invoice Total set right; the note
    written by hand: "Paid by NEFT", "UTR ...", "on <dd/mm/yyyy>", "Rs. x"."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    top(p, SILK, merchant=SILK)
    p.add("small", f"Sidlaghatta Road, Bengaluru - 560016  |  GSTIN {gstin_of(rng, '29')}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"SVS/{fy(j.date)}/{rng.randrange(100, 990)}"
    spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(
        p,
        "sk0",
        spec,
        f"Invoice No.: {ino}",
        f"Invoice Date: {when(earlier(rng, j, 6, 30), '%d/%m/%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    cols(p, "sk0", spec, f"Bill To: {FIRM}", "Place of Supply: Maharashtra (27)")
    p.add("gap")
    ispec = [(0.0, 0.42, "l"), (0.42, 0.54, "c"), (0.54, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
    cols(p, "skh", ispec, "Item", "HSN", "Kg", "Rate", "Amount", mode="line")
    h269.ext(p)["kinds"]["skh"]["bold"] = [0, 1, 2, 3, 4]
    taxable = 0.0
    for item, rate_lo in rng.sample(
        [
            ("Mulberry silk 20/22 den.", 5200),
            ("Twisted silk 2 ply", 5800),
            ("Dyed silk, gold", 6400),
            ("Tussar silk yarn", 4200),
        ],
        rng.randrange(1, 3),
    ):
        kg = rng.randrange(2, 9)
        rate = float(rng.randrange(rate_lo, rate_lo + 900, 50))
        taxable += kg * rate
        cols(p, "skr", ispec, item, "5004", str(kg), num(rate), num(kg * rate), mode="line")
    igst = round(taxable * 0.05, 2)
    j.amount = round(taxable + igst, 2)
    tspec = [(0.0, 0.7, "r"), (0.7, 1.0, "r")]
    cols(p, "skt", tspec, "Taxable Value", num(taxable))
    cols(p, "skt", tspec, "IGST 5%", num(igst))
    cols(p, "skT", tspec, "Invoice Total", num(j.amount), amount=j.amount)
    h269.ext(p)["kinds"]["skT"]["bold"] = [0, 1]
    p.add("gap")
    utr = utr_of(rng, j, "Bank of Maharashtra", neft_or_rtgs(j.amount))
    h275.sticky(
        p,
        [
            (f"Paid by {neft_or_rtgs(j.amount)}", {"method": "netbanking", "status": j.status}),
            (f"UTR {utr}", {"txn": (UTR_RANK, utr)}),
            (f"on {when(j.date, '%d/%m/%Y')}", {"date": j.date}),
            (f"Rs. {num(j.amount)}", {}),
        ],
    )
    p.add("gap")
    p.add("small", "Subject to Bengaluru jurisdiction. E. & O.E.")
    return p.done()


def _sup_cards(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The jacquard card puncher's kachcha bill for the Himroo's pattern cards, his Marathi name over his
    English at its head: "दिनांक" and the day and "श्री. अन्सारी साहेब" written; the cards punched, the
    lacing and the design's naksha written in a Marathi hand with their sums, "एकूण"; "रोख मिळाले"
    (received in cash); no reference."""
    p = sheet(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(248, 244, 228), (244, 240, 224)])
    p.part = "head"
    mr(p, CARDS_MR, bold=True)
    p.add("center", CARDS, merchant=CARDS)
    p.add("small", f"Shahganj, Chh. Sambhajinagar  |  Mob. 98220 {digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    hand_mr(p, f"दिनांक {when(j.date, rng.choice(['%d/%m/%Y', '%d.%m.%y']))}", align="r", date=j.date)
    hand_mr(p, "श्री. अन्सारी साहेब")
    p.add("gap")
    start = len(p.rows)
    cards = rng.randrange(4, 16) * 100
    rate = rng.choice([3, 4, 5])
    lacing = rng.randrange(3, 9) * 100
    naksha = rng.choice([1500, 2000, 2500])
    hand_mr(p, f"कार्ड पंचिंग {cards} x {rate}", figure=str(cards * rate))
    hand_mr(p, "लेसिंग", figure=str(lacing))
    hand_mr(p, "नक्षा (डिझाईन)", figure=str(naksha))
    total_ = cards * rate + lacing + naksha
    j.amount = float(total_)
    hand_mr(p, "एकूण", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    hand_mr(p, "रोख मिळाले", method="cash", status=j.status)
    sig(p)
    return p.done()


def _sup_amazon_biz(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Amazon Business' order of loom spares with the payment being verified, its stages top to bottom:
    Order placed, Payment verification, Dispatch; Order #, Sold by, Payment method and Ordered on with
    colons; the items."""
    j.amount = rupees(rng, 2500, 24000, 0.4)
    p = browser_page(rng, font, "www.amazon.in/business/order-details")
    p.part = "head"
    top(p, "amazon business")
    p.add("small", "Order details")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment verification in progress", status=j.status)
    p.add("gap")
    h271.step(p, "Order placed", "", "done")
    h271.step(p, "Payment verification", "waiting for your bank", j.status)
    h271.step(p, "Dispatch", "", "todo")
    p.add("gap")
    oid = f"408-{digits(rng, 7)}-{digits(rng, 7)}"
    spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
    colkv(p, "ab", spec, "Order # :", oid, txn=(ORDER_RANK, oid))
    colkv(p, "ab", spec, "Sold by :", LOOM_SPARES, merchant=LOOM_SPARES)
    colkv(p, "ab", spec, "Payment method :", "Net Banking - Bank of Maharashtra", method="netbanking")
    colkv(p, "ab", spec, "Ordered on :", day_as(j, rng, ["{d} %B %Y", "%d %b %Y"]), date=j.date)
    colkv(p, "ab", spec, "Order total :", f"{rupee_of(p.font)}{num(j.amount)}", amount=j.amount)
    p.add("gap")
    p.add("small", "Heald wire set (1200 pcs), steel reed 80s, shuttle pirns x 24")
    return p.done()


def _sup_dyes(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The dye house's bill from its printed bill book, the items and sums written in by hand on ruled
    lines: No. struck in red and the Date written; the dyes by the kilo, GST 18%, "Total"; "PAID by GPay, Ref
    ..." written across its foot."""
    p = sheet(rng, font, [720, 760])
    p.part = "head"
    top(p, DYES, merchant=DYES)
    p.add("small", f"Old Jalna Road, Chh. Sambhajinagar  |  GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(1000, 4800))
    h279.redno(p, "Bill No.", no_, txn=(INVOICE_RANK, no_))
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y"])), date=j.date)
    filled(p, "M/s.", FIRM)
    p.add("gap")
    start = len(p.rows)
    spec = [(0.0, 0.55, "l"), (0.55, 0.75, "r"), (0.75, 1.0, "r")]
    handcols(p, spec, "Particulars", "Qty", "Amount")
    total_ = 0.0
    for dye, lo in rng.sample(
        [
            ("Acid red", 900),
            ("Acid yellow", 850),
            ("Direct black", 700),
            ("Reactive blue", 1100),
            ("Mordant", 300),
        ],
        3,
    ):
        q = rng.randrange(1, 6)
        v = float(q * rng.randrange(lo, lo + 400, 10))
        total_ += v
        handcols(p, spec, dye, f"{q} kg", num(v, "indian", 0))
    gst = round(total_ * 0.18, 0)
    handcols(p, spec, "GST 18%", "", num(gst, "indian", 0))
    j.amount = total_ + gst
    handcols(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.55, 0.75])
    p.add("gap")
    hand(p, f"PAID by GPay, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    p.add("gap")
    sig(p)
    return p.done()


def _sup_dtdc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """DTDC's booking receipt from its Gulmandi counter's printer on a roll: Consignment No., Date, From /
    To, Weight, Freight, Fuel surcharge, GST 18% and Total typed; PAYMENT : UPI and its UPI REF."""
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", "DTDC", merchant="DTDC")
    p.add("small", "DTDC Express Ltd.  |  Gulmandi, Chh. Sambhajinagar")
    p.add("rule")
    p.part = "body"
    typed(p, "BOOKING RECEIPT")
    typed(p, f"CONSIGNMENT NO : {rng.choice('DZV')}{digits(rng, 9)}")
    typed(p, f"DATE : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    dest = rng.choice(["BENGALURU", "NEW DELHI", "KOLKATA", "JAIPUR", "CHENNAI"])
    typed(p, f"FROM : CHH. SAMBHAJINAGAR  TO : {dest}")
    weight = rng.randrange(2, 14)
    typed(p, f"WEIGHT : {weight}.{rng.randrange(10)} KG")
    p.add("rule")
    freight = float(weight * rng.randrange(90, 160))
    fuel = round(freight * 0.12, 2)
    gst = round((freight + fuel) * 0.18, 2)
    j.amount = round(freight + fuel + gst, 2)
    typed_pair(p, "FREIGHT", f"{freight:.2f}")
    typed_pair(p, "FUEL SURCHARGE", f"{fuel:.2f}")
    typed_pair(p, "GST 18%", f"{gst:.2f}")
    typed_pair(p, "TOTAL", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, "PAYMENT : UPI", method="UPI", status=j.status)
    typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Track on www.dtdc.in")
    h269.torn(p)
    return p.done()


def _sup_refrens(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The packaging printer's Payment Receipt from Refrens: Amount Received on a tinted panel; Receipt No.,
    Against Invoice, Payment Date, Payment Method and Transaction ID on hairline rows; Received from."""
    j.amount = rupees(rng, 3000, 38000, 0.5)
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    top(p, PRINTER, merchant=PRINTER)
    p.add("small", f"MIDC Chikalthana, Chh. Sambhajinagar  |  GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Receipt", status=j.status)
    panel(p, "Amount Received", f"{rupee_of(p.font)}{num(j.amount)}", (40, 110, 170), amount=j.amount)
    rno = f"RCPT-{rng.randrange(100, 999)}"
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    cols(p, "rf", spec, "Receipt No.", rno, mode="line", txn=(INVOICE_RANK, rno))
    cols(p, "rf", spec, "Against Invoice", f"SPP/{fy(j.date)}/{rng.randrange(100, 700)}", mode="line")
    cols(p, "rf", spec, "Payment Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), mode="line", date=j.date)
    cols(p, "rf", spec, "Payment Method", "UPI", mode="line", method="UPI")
    cols(p, "rf", spec, "Transaction ID", j.ref, mode="line", txn=(UTR_RANK, j.ref))
    p.add("gap")
    p.add("left", f"Received from: {FIRM}")
    p.add("small", "Himroo gift boxes and hang tags. Thank you for your business!")
    p.add("small", "Generated with Refrens")
    return p.done()


def _sup_borzo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Borzo's delivery order with its payment failed on a tinted band: Borzo on top; the reason in a notice;
    labels small over their values two to a row: Order No. and Amount, Paid via and Attempted, Route."""
    j.amount = rupees(rng, 180, 900, 0.5)
    p = phone(rng, font, k, ["", "Borzo"], dark=False, buttons=("Pay again",))
    band(p, (240, 60, 110))
    p.part = "head"
    p.add("title", "Borzo", merchant="Borzo")
    p.add("small", "Same-day delivery")
    p.add("gap")
    p.part = "body"
    h269.strip(p, "Payment failed", j.status)
    boxed(
        p,
        "Your UPI app did not confirm the payment in time. If money was debited, it will be refunded within "
        "3 days.",
        "error",
    )
    oid = f"{rng.randrange(10**7, 10**8)}"
    two_up(
        p,
        "bz1",
        ("Order No.", oid),
        ("Amount", f"{rupee_of(p.font)}{num(j.amount)}"),
        txn=(ORDER_RANK, oid),
        amount=j.amount,
    )
    two_up(
        p,
        "bz2",
        ("Paid via", "UPI"),
        ("Attempted", at_hour(rng, j.date, ["%d %b %Y"], (", ",))),
        method="UPI",
        date=j.date,
    )
    p.add("small", "Zaffar Gate  >  Aurangabad Railway Station parcel office")
    return p.done()


def _sup_industrybuying(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Industrybuying's order of weaving tools paid under "Today, <hour>": a tile's tick, Order placed and
    paid, the sum; Order ID, Sold by, Paid via and Transaction ID on hairline rows; no day."""
    j.amount = rupees(rng, 900, 16000, 0.4)
    p = phone(rng, font, k, ["", "Industrybuying"], dark=False, buttons=("Track order",))
    band(p, (0, 90, 170))
    app_head(p, "Industrybuying", "Order summary")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, j.status)
    p.add("center", "Order placed and paid", status=j.status)
    big(p, j.amount)
    p.add("gap")
    oid = f"IB{rng.randrange(10**7, 10**8)}"
    tid = f"pay_{code(rng, 14, MIXED)}"
    seller = fit(p, ["Pune Tools & Hardware", "Pune Tools"], 0.55)
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    cols(p, "ibr", spec, "Order ID", oid, mode="line", txn=(ORDER_RANK, oid))
    cols(p, "ibr", spec, "Sold by", seller, mode="line", merchant=seller)
    cols(p, "ibr", spec, "Paid via", "UPI", mode="line", method="UPI")
    cols(p, "ibr", spec, "Transaction ID", tid, mode="line", txn=(TXN_RANK, tid))
    p.add("small", "Shears, reed hooks and a temple set")
    return p.done()


SUPPLIER_LAYOUTS = [
    _sup_silk,
    _sup_cards,
    _sup_amazon_biz,
    _sup_dyes,
    _sup_dtdc,
    _sup_refrens,
    _sup_borzo,
    _sup_industrybuying,
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, one layout a place (``SUPPLIER_LAYOUTS``): the silk twisters' invoice with the
    accountant's sticky note, the card puncher's bill in a Marathi hand, Amazon Business' order in
    verification, the dye house's bill written in its bill book, DTDC's booking roll, the printer's Refrens
    receipt, Borzo's failed delivery payment and Industrybuying's order under "Today"."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=3000, high=90000)
    return SUPPLIER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 6. the firm paying its suppliers


COTTON = "Ichalkaranji Cotton Yarn Agency"
TAILOR = "Noor Tailoring Works"
FRAMER = "Paithan Gate Frame Makers"
DEOGIRI = "DEOGIRI NAGARI SAHAKARI BANK LTD."
DEOGIRI_MR = "देवगिरी नागरी सहकारी बँक लि."


def _pay_mahamobile(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bank of Maharashtra's Mahamobile Plus with a NEFT to the silk twisters: Transaction Successful in a
    capsule, the sum; UTR No., Beneficiary, Beneficiary A/c, IFSC, Transfer Date and Remarks in a table
    ruled on every side."""
    p = phone(rng, font, k, ["", "Mahamobile Plus"], dark=False, buttons=("Share", "Home"))
    band(p, (0, 70, 150))
    app_head(p, "Mahamobile Plus", "Bank of Maharashtra")
    chip(p, "Transaction Successful", j.status)
    big(p, j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "Bank of Maharashtra", "NEFT")
    at = 0.38
    name = fit(p, [SILK, "SRI VENKATESHWARA SILK"], 0.6)
    gkv(p, "mm", "UTR No.", utr, at=at, txn=(UTR_RANK, utr), method="netbanking")
    gkv(p, "mm", "Beneficiary", name, at=at, merchant=name)
    gkv(p, "mm", "Beneficiary A/c", f"XXXXXX{digits(rng, 4)}", at=at)
    gkv(p, "mm", "IFSC", f"CNRB000{digits(rng, 4)}", at=at)
    gkv(p, "mm", "Transfer Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    gkv(p, "mm", "Remarks", "silk yarn bill", at=at)
    return p.done()


def _pay_deogiri(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Deogiri Nagari Sahakari Bank's RTGS / NEFT application under its Marathi name, the customer's
    copy filled in by hand: NEFT ticked; Date written; Beneficiary Name, A/c No., IFSC and Amount written a
    letter to a box; Remitter written; "Sent, UTR ..." written by its clerk beside the branch's rectangular
    stamp with its day."""
    j.amount = rupees(rng, 20000, 180000, 0.7)
    p = sheet(rng, font, [820, 860])
    one_pen(p)
    p.part = "head"
    mr(p, DEOGIRI_MR, bold=True)
    p.add("center", DEOGIRI)
    p.add("small", "Branch: Shahganj, Chh. Sambhajinagar  |  RTGS / NEFT APPLICATION (CUSTOMER COPY)")
    p.add("rule")
    p.part = "body"
    h269.ticks(p, ["RTGS", "NEFT"], 1, method="netbanking")
    filled(p, "Date", when(j.date, "%d/%m/%Y"), date=j.date)
    name = COTTON.upper()[:24].strip()
    h269.comb(p, "Beneficiary", name, merchant=name)
    h269.comb(p, "A/c No.", digits(rng, 14))
    h269.comb(p, "IFSC", f"SBIN000{digits(rng, 4)}")
    h269.comb(p, "Amount Rs.", f"{j.amount:.2f}", amount=j.amount)
    filled(p, "Remitter", FIRM)
    p.add("gap")
    utr = utr_of(rng, j, "Deogiri Nagari Sahakari Bank", "NEFT")
    hand(p, f"Sent, UTR {utr}", align="r", status=j.status, txn=(UTR_RANK, utr))
    h271.rstamp(
        p, ["DEOGIRI NAGARI SAH. BANK", when(j.date, "%d %b %Y").upper(), "SHAHGANJ BR."], "violet", at=0.2
    )
    return p.done()


def _pay_cosmos(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Cosmos Bank's mobile banking with an IMPS to the tailor still being processed under a spinner:
    Transaction under process, the sum, "to <payee>", a notice; IMPS Ref No :, Initiated on : and Debit A/c :
    with colons."""
    j.amount = rupees(rng, 3000, 40000, 0.6)
    p = phone(rng, font, k, ["", "Cosmos Bank"], dark=False, buttons=("Check status",))
    band(p, (0, 110, 160))
    app_head(p, "Cosmos Bank", "Mobile Banking")
    h279.spinner(p, AMBER)
    p.add("center", "Transaction under process", status=j.status)
    big(p, j.amount)
    name = pick(p, "center", [f"to {TAILOR}", "to Noor Tailoring"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "The beneficiary bank has not confirmed the credit yet. Please do not retry; check the status after "
        "some time.",
        "warn",
    )
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
    colkv(p, "cm", spec, "IMPS Ref No :", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
    colkv(
        p, "cm", spec, "Initiated on :", at_hour(rng, j.date, ["%d-%m-%Y", "{d} %b %Y"], (" ",)), date=j.date
    )
    colkv(p, "cm", spec, "Debit A/c :", f"XXXX{digits(rng, 4)}")
    return p.done()


def _pay_navi(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Navi's UPI payment to the frame makers under "Today, <hour>": a large round tick, Paid, the sum, "to
    <payee>"; UPI Ref and Paid from in tiles; no day."""
    j.amount = rupees(rng, 800, 18000, 0.6)
    p = phone(rng, font, k, ["", "Navi"], dark=False, buttons=("Done",))
    band(p, (20, 48, 120))
    app_head(p, "Navi", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Paid", status=j.status)
    big(p, j.amount)
    name = pick(p, "center", [f"to {FRAMER}", "to Frame Makers"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    tiles2(
        p,
        ("UPI Ref", j.ref),
        ("Paid from", f"BoM {masked(p.font)}{digits(rng, 4)}"),
        txn=(UTR_RANK, j.ref),
        method="UPI",
    )
    p.add("small", "Loom frame repair")
    return p.done()


def _pay_whatsapp(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A WhatsApp chat with the dye house under its day divider, the firm's payment in a payment card and no
    reference: the dye house on top; "Sending for the dyes"; the card: "Payment to <payee>", the sum, "Paid"
    with its tick and the hour; the reply "Received, thank you"."""
    j.amount = rupees(rng, 2000, 26000, 0.7)
    p = phone(rng, font, k, ["", "WhatsApp"], dark=False, buttons=())
    band(p, (7, 94, 84))
    app_head(p, "Jalna Dyes", "online")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), date=j.date)
    p.add("gap")
    first, second = hours(rng, 2)
    s = len(p.rows)
    p.add("right", "Sending for the dyes of last week")
    h273.bubble(p, s, first)
    p.add("gap")
    c = h275.gcard_open(p)
    name = rng.choice(["Jalna Dyes", "JALNA DYES & CHEMICALS"])
    h275.inrow(p, f"Payment to {name}" if len(name) < 14 else name, soft=True, merchant=name)
    h275.inrow(p, f"{rupee_of(p.font)}{num(j.amount, 'indian')}", scale=1.5, bold=True, amount=j.amount)
    h275.inrow(p, f"{sign(p.font, chr(0x2713), '')} Paid  {second}".strip(), status=j.status, method="UPI")
    h275.gcard_close(p, c)
    p.add("gap")
    s = len(p.rows)
    p.add("left", "Received, thank you")
    h273.bubble(p, s, second)
    return p.done()


def _pay_yono_biz(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """YONO Business' NEFT to the cotton yarn agency: a large round tick, Transfer successful, the sum; each
    value over its label: Beneficiary, UTR, Transfer date, Debit account."""
    p = phone(rng, font, k, ["", "YONO Business"], dark=False, buttons=("Download",))
    band(p, (40, 0, 110))
    app_head(p, "YONO Business", "State Bank of India")
    sicon(p, j.status)
    p.add("center", "Transfer successful", status=j.status)
    big(p, j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "State Bank of India", neft_or_rtgs(j.amount))
    name = fit(p, [COTTON, "Ichalkaranji Cotton Yarn"], 0.95, bold=True)
    vlab(p, "Beneficiary", name, merchant=name)
    vlab(p, "UTR", utr, bold=False, txn=(UTR_RANK, utr), method="netbanking")
    vlab(p, "Transfer date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), bold=False, date=j.date)
    vlab(p, "Debit account", f"XXXXXXX{digits(rng, 4)}", bold=False)
    return p.done()


def _pay_equitas(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Equitas Small Finance Bank's app with the UPI payment to the packaging printer failed in an octagon:
    the sum, "to <payee>", the reason in a notice; Transaction ID, Date, Reason and From in dot leaders."""
    j.amount = rupees(rng, 1500, 30000, 0.5)
    p = phone(rng, font, k, ["", "Equitas Mobile"], dark=False, buttons=("Retry",))
    band(p, (0, 120, 130))
    app_head(p, "Equitas Mobile", "Equitas Small Finance Bank")
    h294.octa(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    big(p, j.amount)
    name = pick(p, "center", [f"to {PRINTER}", "to Sanket Printers"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(p, "Incorrect UPI PIN entered. No amount has been debited from your account.", "error")
    tid = f"EQ{j.date:%y%m%d}{digits(rng, 8)}"
    at = 0.4
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (" ",)), at=at, date=j.date)
    dots(p, "Reason", "Incorrect PIN (Z6)", at=at)
    dots(p, "From", f"XXXX{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _pay_hdfc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC Bank's MobileBanking with an IMPS to the card puncher: the payee's initials in a round badge,
    Funds transferred, the sum; Reference number, Beneficiary, Date and From account at the left and the
    right."""
    j.amount = rupees(rng, 3000, 45000, 0.6)
    p = phone(rng, font, k, ["", "HDFC Bank"], dark=False, buttons=("Share",))
    band(p, (0, 76, 143))
    app_head(p, "HDFC Bank MobileBanking", "Fund transfer")
    h273.avatar(p, "IN", (0, 76, 143))
    p.add("center", "Funds transferred", status=j.status)
    big(p, j.amount)
    p.add("rule")
    name = fit(p, [CARDS, "ISMAIL NAQSHABAND"], 0.52)
    kvr(p, "Reference number", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
    kvr(p, "Beneficiary", name, merchant=name)
    kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "From account", f"XXXX{digits(rng, 4)}")
    return p.done()


VENDOR_LAYOUTS = [
    _pay_mahamobile,
    _pay_deogiri,
    _pay_cosmos,
    _pay_navi,
    _pay_whatsapp,
    _pay_yono_biz,
    _pay_equitas,
    _pay_hdfc,
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks, one layout a place (``VENDOR_LAYOUTS``): Mahamobile
    Plus' NEFT, the Deogiri bank's application filled in a letter to a box, Cosmos Bank's IMPS under process,
    Navi's "Today", a WhatsApp payment card with no reference, YONO Business' NEFT, Equitas' failure and HDFC
    Bank's IMPS."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=5000, high=160000)
    return VENDOR_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 7. the firm paying its weavers and staff


def _wage_account(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """A weaver's piece-rate account under its Marathi heading "मजुरी हिशोब" (account of wages) and WAGE
    ACCOUNT: Weaver and Month in this set's bilingual labels written in; the pieces woven and their rates
    written in a Marathi hand with their sums, "एकूण"; "UPI ने दिले, Ref ..." (paid by UPI) and "दिनांक
    <day>" written under it."""
    p = sheet(rng, font, [700, 740])
    p.part = "head"
    mr(p, FIRM_MR, bold=True)
    p.add("center", FIRM)
    mr(p, "मजुरी हिशोब  /  WAGE ACCOUNT", bold=True)
    p.add("rule")
    p.part = "body"
    stack(p, "Weaver", "कारागीर", weaver, pen=True, merchant=weaver)
    stack(p, "Month", "महिना", j.month(), pen=True)
    start = len(p.rows)
    total_ = 0
    for piece, lo, hi_ in rng.sample(
        [("साडी", 2200, 3200), ("शाल", 650, 900), ("स्टोल", 380, 520), ("कापड मीटर", 160, 240)], 3
    ):
        n = rng.randrange(1, 4) if piece == "साडी" else rng.randrange(2, 12)
        rate = rng.randrange(lo, hi_, 10)
        total_ += n * rate
        hand_mr(p, f"{piece} {n} x {rate}", figure=str(n * rate))
    j.amount = float(total_)
    hand_mr(p, "एकूण", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    hand_mr(p, f"UPI ने दिले, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    hand_mr(p, f"दिनांक {when(j.date, rng.choice(['%d/%m/%Y', '%d.%m.%y']))}", date=j.date)
    sig(p)
    return p.done()


def _wage_zoho(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """Zoho Payroll's payslip for the Kothi's counter: "Payslip for the month of <month>"; Employee Name,
    Employee ID, Designation and Paid Days two to a row; Earnings and Deductions on hairline rows; the Net Pay
    on a tinted panel; "Paid by bank transfer on <day>, UTR ..."."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, FIRM)
    p.add("small", WORKS_AT)
    p.add("rule")
    p.part = "body"
    p.add("center", f"Payslip for the month of {j.month()}")
    two_up(
        p,
        "zp1",
        ("Employee Name", COUNTER),
        ("Employee ID", f"AHW-{rng.randrange(10, 60):03d}"),
        merchant=COUNTER,
    )
    two_up(p, "zp2", ("Designation", "Sales Associate"), ("Paid Days", str(rng.randrange(24, 27))))
    p.add("gap")
    basic = float(rng.randrange(90, 140) * 100)
    hra = round(basic * 0.2, 0)
    conv = 1200.0
    pf = round(min(basic, 15000) * 0.12, 0)
    pt = 200.0
    j.amount = basic + hra + conv - pf - pt
    spec = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")]
    cols(p, "zph", spec, "Earnings", "Amount", "Deductions", "Amount", mode="line")
    cols(p, "zpr", spec, "Basic", num(basic), "Provident Fund", num(pf), mode="line")
    cols(p, "zpr", spec, "HRA", num(hra), "Professional Tax", num(pt), mode="line")
    cols(p, "zpr", spec, "Conveyance", num(conv), "", "", mode="line")
    panel(p, "Net Pay", f"{rupee_of(p.font)}{num(j.amount)}", (40, 120, 90), amount=j.amount)
    utr = utr_of(rng, j, "Bank of Maharashtra", "NEFT")
    prose(
        p,
        f"Paid by bank transfer on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])}, UTR {utr}",
        "small",
        date=j.date,
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    p.add("small", "This is a system generated payslip from Zoho Payroll.")
    return p.done()


def _wage_eid(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """A weaver's Eid advance in a Marathi hand under "ईद उचल" (Eid advance): "मी ईदसाठी रु. x/- रोख उचल
    घेतली आहे." (I have taken Rs. x/- in cash as an advance for Eid) and "दिनांक <day>" written; a revenue
    stamp signed across; the weaver's name written under it in Latin letters; no reference."""
    season(j, rng, EID, EID_DAYS)
    j.amount = float(rng.randrange(10, 30) * 500)
    p = sheet(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(248, 246, 236), (246, 242, 230)])
    p.part = "head"
    mr(p, FIRM_MR, bold=True)
    p.add("center", FIRM)
    p.add("rule")
    p.part = "body"
    hand_mr(p, "ईद उचल", align="c", scale=1.3)
    p.add("gap")
    hand_mr(
        p,
        f"मी ईदसाठी रु. {num(j.amount, 'indian', 0)}/- रोख",
        amount=j.amount,
        method="cash",
        status=j.status,
    )
    hand_mr(p, "उचल घेतली आहे.")
    hand_mr(p, f"दिनांक {when(j.date, rng.choice(['%d/%m/%Y', '%d.%m.%Y']))}", date=j.date)
    h271.revenue(p, initials(weaver))
    hand(p, weaver, align="r", merchant=weaver)
    return p.done()


def _wage_gpay(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """Google Pay's payment to a weaver under "Today, <hour>": the weaver's initials in a round badge, "To
    <weaver>", the sum, Completed with its tick; UPI transaction ID, To and From on hairline rows; no day."""
    p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Share",))
    app_head(p, "Google Pay", "")
    h273.avatar(p, initials(weaver), (66, 133, 244))
    p.add("center", f"To {weaver}", merchant=weaver)
    big(p, j.amount)
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} Completed".strip(), status=j.status)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("gap")
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    cols(p, "gp", spec, "UPI transaction ID", j.ref, mode="line", txn=(UTR_RANK, j.ref))
    cols(p, "gp", spec, "To", f"{weaver.split()[-1].lower()}{rng.randrange(10, 99)}@okaxis", mode="line")
    cols(
        p,
        "gp",
        spec,
        "From",
        f"Bank of Maharashtra {masked(p.font)}{digits(rng, 4)}",
        mode="line",
        method="UPI",
    )
    return p.done()


def _wage_kotak(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """Kotak 811's UPI payment to a weaver pending, its stages top to bottom: Payment pending, the sum, "to
    <weaver>"; Debited from your account, Credit to the payee's bank, Done; UPI Ref No. and Initiated on at
    the left and the right."""
    p = phone(rng, font, k, ["", "Kotak 811"], dark=False, buttons=("Refresh",))
    band(p, (220, 30, 40))
    app_head(p, "Kotak 811", "UPI")
    p.add("center", "Payment pending", status=j.status)
    big(p, j.amount)
    name = pick(p, "center", [f"to {weaver}", f"to {weaver.split()[-1]}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    h271.step(p, "Debited from your account", "", "done")
    h271.step(p, "Credit to the payee's bank", "awaiting confirmation", j.status)
    h271.step(p, "Done", "", "todo")
    p.add("gap")
    kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    kvr(p, "Initiated on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _wage_phonepe(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """PhonePe's payment to a weaver failed on a tinted band: the sum, "to <weaver>", the reason in a
    notice; labels small over their values two to a row: Transaction ID and Date, Debited from and Reason."""
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Retry",))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "Transaction details")
    h269.strip(p, "Payment Failed", j.status)
    big(p, j.amount)
    name = pick(p, "center", [f"to {weaver}", f"to {weaver.split()[-1]}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "The payee's bank is not reachable right now. Money, if debited, will be refunded in 3-5 days.",
        "error",
    )
    tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 12)}"
    two_up(
        p,
        "pp1",
        ("Transaction ID", tid),
        ("Date", when(j.date, "%d %b %Y")),
        txn=(TXN_RANK, tid),
        date=j.date,
    )
    two_up(
        p, "pp2", ("Debited from", f"XXXX{digits(rng, 4)}"), ("Reason", "Bank not reachable"), method="UPI"
    )
    return p.done()


def _wage_salary(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """The helper's "पगार पावती / SALARY RECEIPT": Name, Month, Amount, Mode, UTR and Date in this set's
    bilingual labels written in; the sum in words; a revenue stamp signed across over "Received by"."""
    j.amount = float(rng.randrange(12, 20) * 1000)
    p = sheet(rng, font, [760, 800])
    p.part = "head"
    mr(p, FIRM_MR, bold=True)
    top(p, FIRM)
    p.add("small", WORKS_AT)
    p.add("rule")
    mr(p, "पगार पावती  /  SALARY RECEIPT", bold=True)
    p.part = "body"
    stack(p, "Name", "नाव", HELPER, pen=True, merchant=HELPER)
    stack(p, "Month", "महिना", j.month(), pen=True)
    stack(p, "Amount", "रक्कम", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
    stack(p, "Mode", "पद्धत", "NEFT", pen=True, method="netbanking", status=j.status)
    utr = utr_of(rng, j, "Bank of Maharashtra", "NEFT")
    stack(p, "UTR", "यूटीआर", utr, pen=True, txn=(UTR_RANK, utr))
    stack(p, "Date", "दिनांक", when(j.date, "%d/%m/%Y"), pen=True, date=j.date)
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h271.revenue(p, initials(HELPER))
    mr(p, "प्राप्तकर्ता / Received by", align="r", scale=0.9)
    return p.done()


def _wage_cashfree(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """Cashfree Payouts' dashboard with a weaver's payout successful: Payout successful in a capsule;
    Transfer ID, Beneficiary, Amount, Transfer Mode, UTR and Processed On in a table ruled on every side."""
    p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers")
    p.part = "head"
    top(p, "Cashfree Payouts")
    p.add("small", f"{FIRM}  |  Transfers")
    p.add("rule")
    p.part = "body"
    pill(p, "Payout successful", j.status, align="l")
    p.add("gap")
    tid = f"TRF{rng.randrange(10**8, 10**9)}"
    at = 0.36
    gkv(p, "cf", "Transfer ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "cf", "Beneficiary", weaver, at=at, merchant=weaver)
    gkv(p, "cf", "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "cf", "Transfer Mode", "IMPS", at=at, method="netbanking")
    gkv(p, "cf", "UTR", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gkv(p, "cf", "Processed On", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=at, date=j.date)
    return p.done()


WAGE_LAYOUTS = [
    _wage_account,
    _wage_zoho,
    _wage_eid,
    _wage_gpay,
    _wage_kotak,
    _wage_phonepe,
    _wage_salary,
    _wage_cashfree,
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its weavers (by the piece and the metre) and its staff, one layout a place
    (``WAGE_LAYOUTS``): a weaver's wage account in a Marathi hand, Zoho Payroll's payslip, an Eid advance in a
    Marathi hand, Google Pay's "Today", Kotak 811's pending payment, PhonePe's failure, the helper's salary
    receipt and Cashfree's payout."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 3, low=3000, high=24000, p_round=0.9)
    weaver = WEAVERS[(k + rng.randrange(4)) % len(WEAVERS)]
    return WAGE_LAYOUTS[k](rng, font, k, j, weaver)


# ---------------------------------------------------------------- 8. the firm's fees, taxes and dues


CSMC = "Chhatrapati Sambhajinagar Municipal Corporation"
CSMC_MR = "छत्रपती संभाजीनगर महानगरपालिका"
IGR = "Inspector General of Registration, Maharashtra"
LABOUR_MH = "LABOUR DEPARTMENT, MAHARASHTRA"
STATE_TAX = "Department of Goods and Services Tax, Maharashtra"
MTDC = "Maharashtra Tourism Development Corporation"
MTDC_MR = "महाराष्ट्र पर्यटन विकास महामंडळ"
MLWB = "Maharashtra Labour Welfare Board"


def _fee_property(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The municipal corporation's property tax e-receipt for the Kothi under its Marathi name: भरणा
    यशस्वी / Payment Successful; this set's bilingual labels: Receipt No., Property No., Owner, Financial
    Year, Amount, Mode, Bank Ref. and Payment Date, each English over its Marathi."""
    j.amount = rupees(rng, 6000, 42000, 0.3)
    p = browser_page(rng, font, "csmc.gov.in/propertytax/receipt")
    p.part = "head"
    mr(p, CSMC_MR, scale=1.05, bold=True)
    name = pick(p, "title", [CSMC, "Chh. Sambhajinagar Municipal Corporation"])
    top(p, name, merchant=name)
    p.add("small", "Property Tax Department  |  Online Payment Receipt")
    p.add("rule")
    p.part = "body"
    mr(p, "भरणा यशस्वी  /  Payment Successful", bold=True, status=j.status)
    p.add("gap")
    rno = f"PT/{fy(j.date)}/{rng.randrange(10**5, 10**6)}"
    stack(p, "Receipt No.", "पावती क्रमांक", rno, txn=(INVOICE_RANK, rno))
    stack(p, "Property No.", "मालमत्ता क्रमांक", f"B/{rng.randrange(10, 99)}/{rng.randrange(1000, 9999)}")
    stack(p, "Owner", "मालक", stack_fit(p, "Owner", "मालक", [f"M/s. {FIRM}", FIRM]))
    stack(p, "Financial Year", "आर्थिक वर्ष", f"20{fy(j.date)}")
    stack(p, "Amount", "रक्कम", f"Rs. {num(j.amount)}", bold=True, amount=j.amount)
    stack(p, "Mode", "भरणा प्रकार", "Net Banking", method="netbanking")
    ref = f"MAHB{digits(rng, 10)}"
    stack(p, "Bank Ref.", "बँक संदर्भ", ref, txn=(BANK_RANK, ref))
    stack(p, "Payment Date", "भरणा दिनांक", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    return p.done()


def _fee_gras(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """GRAS, Maharashtra's e-challan (MTR Form Number-6) for the stamp duty on the workshop's leave and
    licence agreement: its GRN; Payment Status: Success in a capsule; Department, Type of Payment,
    Office Name, Amount, Bank, Bank CIN Ref. No. and Payment Date in a table ruled on every side."""
    j.amount = float(rng.randrange(5, 60) * 100)
    p = browser_page(rng, font, "gras.mahakosh.gov.in/echallan/print")
    p.part = "head"
    top(p, "GRAS")
    p.add("small", "Government Receipt Accounting System, Government of Maharashtra")
    p.add("rule")
    p.part = "body"
    p.add("center", "CHALLAN  MTR Form Number-6")
    grn = f"MH{digits(rng, 10)}{rng.randrange(2026, 2027)}{digits(rng, 2)}"
    p.add("left", f"GRN {grn}", txn=(INVOICE_RANK, grn))
    pill(p, "Payment Status: Success", j.status, align="l")
    p.add("gap")
    at = 0.38
    dept = fit(p, [IGR, "IGR Maharashtra"], 0.6)
    gkv(p, "gr", "Department", dept, at=at, merchant=dept)
    gkv(p, "gr", "Type of Payment", "Stamp Duty", at=at)
    gkv(p, "gr", "Office Name", "Joint Sub Registrar, Chh. Sambhajinagar 2", at=at)
    gkv(p, "gr", "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "gr", "Bank", "Bank of Maharashtra (Net Banking)", at=at, method="netbanking")
    cin = f"{digits(rng, 7)}{j.date:%Y%m%d}{digits(rng, 5)}"
    gkv(p, "gr", "Bank CIN Ref. No.", cin, at=at, txn=(BANK_RANK, cin))
    gkv(p, "gr", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    return p.done()


def _fee_aaple(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Aaple Sarkar's payment receipt for the Kothi's Shops and Establishments (Gumasta) renewal: Payment
    Receipt; Application ID, Service, Department, Applicant, Amount, Payment Mode, Transaction ID, Payment
    Date and Payment Status in dot leaders."""
    j.amount = float(rng.choice([220, 470, 735, 1230]))
    p = browser_page(rng, font, "aaplesarkar.mahaonline.gov.in/payment/receipt")
    p.part = "head"
    top(p, "Aaple Sarkar")
    mr(p, "आपले सरकार", scale=0.9, soft=True)
    p.add("small", "Government of Maharashtra  |  Right to Services")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Receipt")
    p.add("gap")
    at = 0.4
    dots(p, "Application ID", f"MH{digits(rng, 11)}", at=at)
    dots(p, "Service", "Shop & Establishment renewal", at=at)
    dots(p, "Department", LABOUR_MH, at=at, merchant=LABOUR_MH)
    dots(p, "Applicant", fit(p, [FIRM, FIRM_SHORT], 0.55), at=at)
    dots(p, "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Payment Mode", "UPI", at=at, method="UPI")
    tid = f"AS{j.date:%y%m%d}{digits(rng, 9)}"
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Payment Date", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), at=at, date=j.date)
    dots(p, "Payment Status", "Success", at=at, status=j.status)
    return p.done()


def _fee_ptrc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """MahaGST's profession tax (PTRC) payment failed on a tinted band: the reason in a notice; GRN,
    Registration No., Period, Amount, Payment Mode and Attempted on at the left and the right."""
    j.amount = float(rng.randrange(4, 20) * 200)
    p = browser_page(rng, font, "mahagst.gov.in/epayment/ptrc/status")
    p.part = "head"
    top(p, "MahaGST")
    name = fit(p, [STATE_TAX, "GST Department, Maharashtra"], 0.98)
    p.add("small", name, merchant=name)
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Payment Failed", j.status)
    boxed(
        p,
        "The bank did not return a response for this challan. If your account was debited, the amount will "
        "be reversed by the bank.",
        "error",
    )
    grn = f"MH{digits(rng, 12)}"
    kvr(p, "GRN", grn, txn=(INVOICE_RANK, grn))
    kvr(p, "PTRC Registration No.", f"27{digits(rng, 9)}P")
    kvr(p, "Period", j.month())
    kvr(p, "Amount", f"Rs. {num(j.amount)}", amount=j.amount)
    kvr(p, "Payment Mode", "Net Banking", method="netbanking")
    kvr(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (" ",)), date=j.date)
    return p.done()


def _fee_epay(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The income tax portal's e-Pay Tax with the firm's advance tax pending under a spinner: Payment
    pending with the bank, a notice; CRN, PAN, Assessment Year, Type of Payment, Amount, Payment Mode and
    Initiated on with colons."""
    j.amount = float(rng.randrange(10, 90) * 1000)
    p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax")
    p.part = "head"
    top(p, "e-Pay Tax")
    name = "Income Tax Department"
    p.add("small", f"{name}, Government of India", merchant=name)
    p.add("rule")
    p.part = "body"
    h279.spinner(p, AMBER)
    p.add("center", "Payment pending with the bank", status=j.status)
    boxed(
        p, "Your bank has not yet confirmed this payment. The challan will be generated once it does.", "warn"
    )
    crn = f"{j.date:%y}{rng.randrange(10**11, 10**12)}"
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
    colkv(p, "ep", spec, "CRN :", crn, txn=(INVOICE_RANK, crn))
    colkv(p, "ep", spec, "PAN :", PAN)
    ay = j.date.year + (0 if j.date.month < 4 else 1)
    colkv(p, "ep", spec, "Assessment Year :", f"{ay}-{(ay + 1) % 100}")
    colkv(p, "ep", spec, "Type of Payment :", "Advance Tax (100)")
    colkv(p, "ep", spec, "Amount :", f"Rs. {num(j.amount)}", amount=j.amount)
    colkv(p, "ep", spec, "Payment Mode :", "Net Banking - Bank of Maharashtra", method="netbanking")
    colkv(p, "ep", spec, "Initiated on :", at_hour(rng, j.date, ["%d-%b-%Y"], (" ",)), date=j.date)
    return p.done()


def _fee_mtdc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """MTDC's stall allotment letter for the Ellora-Ajanta festival typed in Marathi, in the week before it,
    with no reference: its Marathi name over its English; जा. क्र. and दिनांक; "प्रति, व्यवस्थापक," and the
    firm; विषय; "... आपण स्टॉल शुल्क Rs. x/- दिनांक <day> रोजी रोख स्वरूपात भरले आहे." (you have paid the
    stall fee, Rs. x/-, in cash on <day>); the regional manager's signature."""
    j.date = FEST - dt.timedelta(days=rng.randrange(2, 8))
    j.amount = float(rng.choice([6000, 7500, 9000, 12000]))
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    mr(p, MTDC_MR, bold=True)
    name = pick(p, "title", [MTDC.upper(), MTDC])
    top(p, name, merchant=name)
    p.add("small", "Regional Office, Station Road, Chhatrapati Sambhajinagar")
    p.add("rule")
    p.part = "body"
    day = when(j.date, "%d/%m/%Y")
    mr(p, f"जा. क्र.: मपविम/छसं/महोत्सव/{rng.randrange(100, 900)}      दिनांक: {day}", align="l")
    p.add("gap")
    mr(p, "प्रति,", align="l")
    mr(p, "व्यवस्थापक,", align="l")
    p.add("left", FIRM)
    p.add("gap")
    mr(p, "विषय: वेरूळ-अजिंठा आंतरराष्ट्रीय महोत्सव 2026 - स्टॉल वाटप.", align="l", bold=True)
    mr_wrap(
        p,
        f"सोनेरी महाल येथील महोत्सवात आपणास स्टॉल क्र. {rng.randrange(4, 40)} वाटप करण्यात आला आहे. "
        f"आपण स्टॉल शुल्क {whole_rs(j.amount)} दिनांक {day} रोजी रोख स्वरूपात भरले आहे.",
        amount=j.amount,
        date=j.date,
        method="cash",
        status=j.status,
    )
    mr_wrap(p, "महोत्सवाच्या आदल्या दिवशी स्टॉलचा ताबा घ्यावा.")
    p.add("gap")
    sig(p)
    mr(p, "प्रादेशिक व्यवस्थापक", align="r")
    return p.done()


def _fee_mahatraffic(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """MahaTrafficApp with an e-challan of the firm's tempo paid under "Today, <hour>": Maharashtra Traffic
    Police under the app's bar, a scalloped badge, Challan paid, the sum; each value over its label: Challan
    No., Vehicle No., Transaction ID, Paid via; no day."""
    j.amount = float(rng.choice([500, 1000, 1500, 2000]))
    p = phone(rng, font, k, ["", "MahaTrafficApp"], dark=False, buttons=("Download receipt",))
    band(p, (20, 60, 120))
    name = "Maharashtra Traffic Police"
    bar(p, "MahaTrafficApp", name, merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, j.status)
    p.add("center", "Challan paid", status=j.status)
    big(p, j.amount)
    p.add("gap")
    cno = f"MH20{digits(rng, 12)}"
    tid = f"MTA{digits(rng, 12)}"
    vlab(p, "Challan No.", cno, bold=False, txn=(INVOICE_RANK, cno))
    vlab(p, "Vehicle No.", f"MH20 {code(rng, 2, UPPER)} {digits(rng, 4)}", bold=False)
    vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    return p.done()


def _fee_mlwf(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Maharashtra Labour Welfare Board's receipt for the firm's half-yearly contribution typed in dot
    leaders: Receipt No., Establishment, Period, Employees, Employee and Employer Contribution, Total
    Amount, Payment Mode, Bank Ref. No. and Payment Date."""
    emp = rng.randrange(8, 26)
    j.amount = float(emp * 100)
    # the June half's contribution is paid by 15 July, the December half's by 15 January
    june = rng.random() < 0.5
    j.date = dt.date(2026, 7, 1) if june else dt.date(2026, 1, 1)
    j.date += dt.timedelta(days=rng.randrange(14))
    p = sheet(rng, font, [760, 800])
    p.part = "head"
    mr(p, "महाराष्ट्र कामगार कल्याण मंडळ", bold=True)
    top(p, MLWB, merchant=MLWB)
    p.add("small", "Hutatma Babu Genu, Mumbai  |  Online Contribution Receipt")
    p.add("rule")
    p.part = "body"
    at = 0.5
    rno = f"LWF/{fy(j.date)}/{rng.randrange(10**5, 10**6)}"
    dots(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    dots(p, "Establishment", fit(p, [FIRM, FIRM_SHORT], 0.48), at=at)
    dots(p, "Period", "June 2026" if june else "December 2025", at=at)
    dots(p, "Employees", str(emp), at=at)
    dots(p, "Employee Contribution (Rs. 25)", num(emp * 25.0), at=at)
    dots(p, "Employer Contribution (Rs. 75)", num(emp * 75.0), at=at)
    dots(p, "Total Amount", num(j.amount), at=at, bold=True, amount=j.amount)
    dots(p, "Payment Mode", "Net Banking", at=at, method="netbanking", status=j.status)
    ref = f"MAHB{digits(rng, 11)}"
    dots(p, "Bank Ref. No.", ref, at=at, txn=(BANK_RANK, ref))
    dots(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


FEE_LAYOUTS = [
    _fee_property,
    _fee_gras,
    _fee_aaple,
    _fee_ptrc,
    _fee_epay,
    _fee_mtdc,
    _fee_mahatraffic,
    _fee_mlwf,
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed, one layout a place
    (``FEE_LAYOUTS``): the municipal corporation's property tax receipt in this set's bilingual labels,
    GRAS' stamp duty challan, Aaple Sarkar's Gumasta renewal, MahaGST's failed profession tax, e-Pay Tax'
    pending advance tax, MTDC's stall letter in Marathi, MahaTrafficApp's "Today" and the Labour Welfare
    Board's receipt."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=500, high=40000)
    return FEE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 9. the firm's premiums


NATIONAL = "National Insurance Company Limited"
ROYAL = "Royal Sundaram General Insurance Co. Limited"
SHRIRAM = "Shriram General Insurance"
NIVA = "Niva Bupa Health Insurance"
CARE = "Care Health Insurance Limited"
MANIPAL = "ManipalCigna Health Insurance Company Limited"
HDFC_LIFE = "HDFC Life"
RAHEJA = "Raheja QBE General Insurance Company Limited"


def _ins_national(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """National Insurance's PREMIUM RECEIPT for the workshop's fire and stock policy: Receipt No. and Date;
    Insured, Policy No., Product, Sum Insured, Premium, CGST 9%, SGST 9%, Total Premium, Payment Mode and UTR
    in a table ruled on every side."""
    premium = float(rng.randrange(40, 220) * 50)
    gst = round(premium * 0.09, 2)
    j.amount = round(premium + 2 * gst, 2)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [NATIONAL.upper(), NATIONAL])
    top(p, name, merchant=name)
    p.add("small", "Divisional Office, Adalat Road, Chh. Sambhajinagar  |  IRDAI Reg. No. 58")
    p.add("rule")
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT")
    rno = f"{rng.randrange(160000, 169999)}{digits(rng, 8)}"
    cols(
        p,
        "nt0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"Receipt No. {rno}",
        f"Date {day_as(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    p.add("gap")
    at = 0.38
    utr = utr_of(rng, j, "Bank of Maharashtra", "NEFT")
    gkv(p, "nt", "Insured", fit(p, [FIRM, FIRM_SHORT], 0.58), at=at)
    gkv(p, "nt", "Policy No.", f"{rng.randrange(160000, 169999)}11{digits(rng, 8)}", at=at)
    gkv(p, "nt", "Product", "Bharat Sookshma Udyam Suraksha", at=at)
    gkv(p, "nt", "Sum Insured", f"Rs. {num(float(rng.randrange(20, 90) * 100000))}", at=at)
    gkv(p, "nt", "Premium", num(premium), at=at)
    gkv(p, "nt", "CGST 9%", num(gst), at=at)
    gkv(p, "nt", "SGST 9%", num(gst), at=at)
    gkv(p, "nt", "Total Premium", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "nt", "Payment Mode", "NEFT", at=at, method="netbanking", status=j.status)
    gkv(p, "nt", "UTR", utr, at=at, txn=(UTR_RANK, utr))
    p.add("small", "Subject to realisation of the premium. This is a computer generated receipt.")
    return p.done()


def _ins_royal(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Royal Sundaram's mail of the Kothi's shopkeeper's policy renewed: its sentence; Policy Number :,
    Premium (incl. GST) :, Payment Mode :, Transaction ID : and Payment Date : with colons."""
    j.amount = rupees(rng, 3500, 18000, 0.3)
    p = mail_page(
        rng,
        font,
        "Royal Sundaram <renewals@royalsundaram.in>",
        ["Your policy has been renewed", "Renewal confirmation"],
    )
    p.part = "head"
    name = pick(p, "title", [ROYAL, "Royal Sundaram General Insurance"])
    top(p, name, merchant=name)
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {PARTNER},")
    prose(
        p,
        "Thank you for renewing your Shopkeeper's Package Policy for Himroo Kothi with us. We have received "
        "your premium.",
        status=j.status,
    )
    p.add("gap")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    tid = f"RS{digits(rng, 12)}"
    colkv(p, "rs", spec, "Policy Number :", f"VPS{digits(rng, 7)}000{rng.randrange(10, 99)}")
    colkv(p, "rs", spec, "Premium (incl. GST) :", f"Rs. {num(j.amount)}", amount=j.amount)
    colkv(p, "rs", spec, "Payment Mode :", "Credit Card", method="card")
    colkv(p, "rs", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
    colkv(p, "rs", spec, "Payment Date :", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
    p.add("gap")
    p.add("small", "Royal Sundaram General Insurance Co. Limited, Chennai. IRDAI Reg. No. 102")
    return p.done()


def _ins_shriram(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Shriram General's app with the tempo's motor policy renewed under "Today, <hour>": Shriram General
    Insurance under the app's bar, a large round tick, Policy renewed, the sum; a copyable Payment ID; Policy
    No. and Paid via at the left and the right; no day."""
    j.amount = rupees(rng, 6000, 22000, 0.3)
    p = phone(rng, font, k, ["", "Shriram General"], dark=False, buttons=("Download policy",))
    band(p, (0, 100, 70))
    bar(p, "Shriram GI", SHRIRAM, merchant=SHRIRAM)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Policy renewed", status=j.status)
    big(p, j.amount)
    pid = f"SGI{digits(rng, 11)}"
    copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
    kvr(p, "Policy No.", f"10003/31/27/{digits(rng, 6)}")
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


def _ins_niva(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Niva Bupa's renewal of the weavers' group health cover failed by card under a scalloped badge: the
    sum, the reason in a notice; Proposal No. and Payment ID in tiles; Card and Attempted on at the left and
    the right."""
    j.amount = rupees(rng, 18000, 90000, 0.3)
    p = browser_page(rng, font, "www.nivabupa.com/renewal/payment-status")
    p.part = "head"
    top(p, NIVA, merchant=NIVA)
    p.add("small", "Group health renewal  |  Secure payment")
    p.add("rule")
    p.part = "body"
    h287.burst(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    big(p, j.amount)
    boxed(
        p,
        "Your card issuer declined the transaction (insufficient limit). Your policy has not been renewed "
        "yet.",
        "error",
    )
    pid = f"NB{digits(rng, 12)}"
    tiles2(p, ("Proposal No.", f"PR{digits(rng, 9)}"), ("Payment ID", pid), txn=(TXN_RANK, pid))
    kvr(p, "Card", f"Visa Credit {masked(p.font, 4)}{digits(rng, 4)}", method="card")
    kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _ins_care(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Care Health's payment page for the partner's family floater with the premium awaiting the bank over a
    progress bar: Payment awaited, the sum, a notice; Policy No., Transaction ID, Paid via and Initiated on
    in a striped table."""
    j.amount = rupees(rng, 14000, 48000, 0.3)
    p = browser_page(rng, font, "www.careinsurance.com/renew/payment/status")
    p.part = "head"
    name = pick(p, "title", [CARE, "Care Health Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Renewal payment")
    p.add("rule")
    p.part = "body"
    h294.progress(p, 0.6, j.status)
    p.add("center", "Payment awaited", status=j.status)
    big(p, j.amount)
    boxed(
        p,
        "We are waiting for your bank to confirm this payment. Your policy will be renewed as soon as it "
        "does.",
        "warn",
    )
    tid = f"CHI{digits(rng, 11)}"
    zebra(
        p,
        "ch",
        [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
        ["Details", ""],
        [
            (["Policy No.", digits(rng, 8)], {}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Paid via", "Net Banking"], {"method": "netbanking"}),
            (["Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (" ",))], {"date": j.date}),
        ],
        (0, 130, 110),
    )
    return p.done()


def _ins_manipal(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ManipalCigna's premium receipt for the staff's health cover: Premium Receipt; labels small over their
    values two to a row: Receipt No. and Receipt Date, Policy No. and Plan, Premium (incl. GST 18%) and
    Payment Mode, UTR / Ref. and Paid by."""
    j.amount = rupees(rng, 9000, 60000, 0.3)
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    name = pick(p, "title", [MANIPAL, "ManipalCigna Health Insurance"])
    top(p, name, merchant=name)
    p.add("small", "IRDAI Reg. No. 151  |  www.manipalcigna.com")
    p.add("rule")
    p.part = "body"
    p.add("center", "Premium Receipt", status=j.status)
    p.add("gap")
    rno = f"MCR{digits(rng, 10)}"
    two_up(
        p,
        "mc1",
        ("Receipt No.", rno),
        ("Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    two_up(p, "mc2", ("Policy No.", f"PROHLR{digits(rng, 9)}"), ("Plan", "ProHealth Group"))
    two_up(
        p,
        "mc3",
        ("Premium (incl. GST 18%)", f"Rs. {num(j.amount)}"),
        ("Payment Mode", "NEFT"),
        amount=j.amount,
        method="netbanking",
    )
    utr = utr_of(rng, j, "Bank of Maharashtra", "NEFT")
    two_up(p, "mc4", ("UTR / Ref.", utr), ("Paid by", FIRM_SHORT), txn=(UTR_RANK, utr))
    p.add("gap")
    p.add("small", "Premium received is subject to realisation.")
    return p.done()


def _ins_hdfc_life(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC Life's WhatsApp message of the partner's term premium received, with no reference: HDFC Life
    with its verified name on top; "Dear <name>, we have received your premium of Rs.x on <dd/mm/yyyy> for
    policy ... through Net Banking. Thank you. - HDFC Life"."""
    j.amount = rupees(rng, 12000, 40000, 0.2)
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    p.add("title", HDFC_LIFE)
    p.add("small", "Official business account")
    p.add("rule")
    p.part = "body"
    p.add("gap")
    divider(p, "Today")
    p.add("gap")
    s = len(p.rows)
    text = (
        f"Dear {PARTNER.split()[0]}, we have received your premium of Rs.{num(j.amount)} on "
        f"{when(j.date, '%d/%m/%Y')} for policy no. {digits(rng, 8)} through Net Banking. Thank you. - HDFC "
        "Life"
    )
    for n_, line in enumerate(lines_of(p, text, share=0.84)):
        facts = {
            "merchant": HDFC_LIFE,
            "amount": j.amount,
            "date": j.date,
            "method": "netbanking",
            "status": j.status,
        }
        p.add("left", line, **(facts if n_ == 0 else {}))
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


def _ins_raheja(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Raheja QBE's receipt for the firm's money insurance (cash in transit to the bank) under its sentence
    "Received with thanks from ... the sum of Rs. x by UPI"; Receipt No., Policy No., Premium, GST 18%, Total
    and UPI Ref. in a striped table."""
    premium = float(rng.randrange(30, 140) * 50)
    gst = round(premium * 0.18, 2)
    j.amount = round(premium + gst, 2)
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    name = pick(p, "title", [RAHEJA, "Raheja QBE General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Mumbai  |  IRDAI Reg. No. 141")
    p.add("rule")
    p.part = "body"
    p.add("center", "RECEIPT")
    prose(
        p,
        f"Received with thanks from {FIRM} the sum of Rs. {num(j.amount)} by UPI on "
        f"{day_as(j, rng, ['%d/%m/%Y', '{d} %B %Y'])} towards the premium of its Money Insurance Policy.",
        status=j.status,
        date=j.date,
        method="UPI",
    )
    p.add("gap")
    rno = f"RQR{digits(rng, 9)}"
    zebra(
        p,
        "rq",
        [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
        ["Receipt details", ""],
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Policy No.", f"MIP{digits(rng, 8)}"], {}),
            (["Premium", num(premium)], {}),
            (["GST 18%", num(gst)], {}),
            (["Total", num(j.amount)], {"amount": j.amount}),
            (["UPI Ref.", j.ref], {"txn": (UTR_RANK, j.ref)}),
        ],
        (0, 60, 110),
    )
    return p.done()


INSURER_LAYOUTS = [
    _ins_national,
    _ins_royal,
    _ins_shriram,
    _ins_niva,
    _ins_care,
    _ins_manipal,
    _ins_hdfc_life,
    _ins_raheja,
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or signing its message, one layout a
    place (``INSURER_LAYOUTS``): National Insurance's ruled receipt, Royal Sundaram's mail, Shriram General's
    "Today", Niva Bupa's failed card, Care Health's premium awaited, ManipalCigna's receipt two to a row,
    HDFC Life's WhatsApp message with no reference and Raheja QBE's striped receipt."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    return INSURER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("HIMROO KOTHI", "BEGUMPURA, CHH. SAMBHAJINAGAR", "Mswipe"),
    ("HIMROO KOTHI - SONERI MAHAL", "FESTIVAL STALL", "Razorpay POS"),
    ("SHAHGANJ HARDWARE STORES", "SHAHGANJ, CHH. SAMBHAJINAGAR", "Worldline"),
    ("IndiGo", "IXU - DEL", ""),
    ("Naan Qalia Darbar", "Buddi Lane, Chh. Sambhajinagar", ""),
    ("JAIN SILK YARN DEPOT", "", "ICICI Bank"),
    ("KAPDA BAZAAR TAILORING MATERIALS", "Chh. Sambhajinagar", "OneCard"),
    ("MSRTC", "Chh. Sambhajinagar - Mumbai Central", ""),
]


def _card_mswipe(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Mswipe's SALE slip at the Himroo Kothi typed in the terminal's face with colons in a column: DATE :,
    TIME :, MID :, TID :, INVOICE :, CARD :, AUTH CODE :, RRN : and AMOUNT :; APPROVED, PIN VERIFIED OK."""
    not_friday(j, rng)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 999):06d}"
    typed(p, f"DATE      : {when(j.date, '%d/%m/%Y')}", date=j.date)
    typed(p, f"TIME      : {t}")
    typed(p, f"MID       : {digits(rng, 15)}")
    typed(p, f"TID       : {digits(rng, 8)}")
    typed(p, f"INVOICE   : {inv}", txn=(INVOICE_RANK, inv))
    typed(p, f"CARD      : {scheme} XXXX{last4}", method="card")
    typed(p, f"AUTH CODE : {appr}", txn=(APPR_RANK, appr))
    typed(p, f"RRN       : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("rule")
    typed(p, f"AMOUNT    : Rs.{num(j.amount)}", scale=1.0, amount=j.amount)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "PIN VERIFIED OK")
    return p.done()


def _card_ezetap(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Razorpay POS' card machine at the festival stall in the festival's days with the sale's answer not
    come: CARD SALE; DATE, TXN ID, CARD and AMOUNT typed; TXN STATUS: PENDING, PLEASE DO NOT RETRY, CHECK
    STATUS IN THE RAZORPAY POS APP."""
    season(j, rng, FEST, FEST_DAYS)
    j.amount = rupees(rng, 1600, 18000, 0.6)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    p.add("center", "CARD SALE")
    p.add("rule")
    tid = f"{rng.randrange(10**9, 10**10)}"
    typed(p, f"DATE {when(j.date, '%d-%m-%Y')} {t[:5]}", date=j.date)
    typed(p, f"TXN ID {tid}", txn=(TXN_RANK, tid))
    typed(p, f"CARD {scheme} ****{last4}", method="card")
    typed(p, f"AMOUNT INR {num(j.amount)}", amount=j.amount)
    p.add("rule")
    typed(p, "TXN STATUS: PENDING", status=j.status)
    p.add("small", "PLEASE DO NOT RETRY")
    p.add("small", "CHECK STATUS IN THE RAZORPAY POS APP")
    return p.done()


def _card_worldline(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Worldline's slip at a Shahganj hardware store DECLINED (51 INSUFFICIENT FUNDS), typed with its labels
    and values at the two ends of each line: DATE, TIME, TID, BATCH, INV, CARD, AMOUNT; DECLINED and its
    reason."""
    j.amount = rupees(rng, 900, 14000, 0.5)
    p = roll(rng, font, [440, 480], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 999):06d}"
    typed_pair(p, "DATE", when(j.date, "%d/%m/%y"), date=j.date)
    typed_pair(p, "TIME", t[:5])
    typed_pair(p, "TID", digits(rng, 8))
    typed_pair(p, "BATCH", f"{rng.randrange(1, 999):06d}")
    typed_pair(p, "INV", inv, txn=(INVOICE_RANK, inv))
    typed_pair(p, "CARD", f"{scheme} XX{last4}", method="card")
    typed_pair(p, "AMOUNT", f"Rs.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "DECLINED", status=j.status)
    p.add("small", "51 INSUFFICIENT FUNDS")
    return p.done()


def _card_indigo(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """IndiGo's itinerary for the partner's flight to Delhi for a Dilli Haat exhibition: Booking confirmed
    in a capsule; PNR, Booked on and Travel date in a table ruled on every side; Airfare, Taxes and fees and
    Total amount paid in dot leaders; Paid by Credit Card and its payment reference."""
    j.amount = rupees(rng, 5200, 19000, 0.4)
    p = browser_page(rng, font, "www.goindigo.in/booking/itinerary.html")
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Your itinerary")
    p.add("rule")
    p.part = "body"
    chip(p, "Booking confirmed", j.status)
    p.add("gap")
    pnr = code(rng, 6, UPPER)
    travel = j.date + dt.timedelta(days=rng.randrange(6, 40))
    at = 0.36
    gkv(p, "ig", "PNR", pnr, at=at, txn=(ORDER_RANK, pnr))
    gkv(p, "ig", "Booked on", when(j.date, "%d %b %Y"), at=at, date=j.date)
    gkv(p, "ig", "Travel date", when(travel, "%a, %d %b %Y"), at=at)
    gkv(p, "ig", "Flight", "6E 5308  Chh. Sambhajinagar (IXU) - Delhi (DEL)", at=at)
    p.add("gap")
    base = round(j.amount * 0.8, 2)
    dots(p, "Airfare", num(base), at=0.55)
    dots(p, "Taxes and fees", num(round(j.amount - base, 2)), at=0.55)
    dots(p, "Total amount paid", f"INR {num(j.amount)}", at=0.55, bold=True, amount=j.amount)
    p.add("gap")
    ref = f"IGP{digits(rng, 11)}"
    kvr(p, "Paid by", f"Credit Card {masked(p.font)}{last4}", method="card")
    kvr(p, "Payment reference", ref, txn=(TXN_RANK, ref))
    return p.done()


def _card_qalia(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """A Buddi Lane restaurant's e-bill from Posist opened from its SMS link after a buyers' dinner, settled
    by card: the restaurant on top; Bill No. and Date at the left and the right; Item | Qty | Rate | Amount in
    a striped table (naan qalia and the rest); Sub Total, CGST 2.5%, SGST 2.5% and Bill Total set right;
    Payment and Approval Code at the left and the right."""
    p = browser_page(rng, font, f"ebill.posist.in/b/{code(rng, 8, MIXED)}")
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", f"{town}  |  GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    bno = f"{rng.randrange(1000, 9999)}"
    cols(
        p,
        "qbd",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Bill No. {bno}",
        f"Date {when(j.date, '%d/%m/%Y')} {t[:5]}",
        txn=(INVOICE_RANK, bno),
        date=j.date,
    )
    p.add("gap")
    sub = 0.0
    rows_ = []
    for dish, lo, hi_ in rng.sample(
        [
            ("Naan Qalia", 260, 340),
            ("Tahari", 220, 300),
            ("Shahi Tukda", 120, 170),
            ("Sheermal", 40, 60),
            ("Kheema Kaleji", 240, 320),
            ("Phirni", 90, 130),
        ],
        4,
    ):
        q = rng.randrange(1, 6)
        rate = float(rng.randrange(lo, hi_, 10))
        sub += q * rate
        rows_.append(([dish, str(q), num(rate), num(q * rate)], {}))
    zebra(
        p,
        "qb",
        [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.78, "r"), (0.78, 1.0, "r")],
        ["Item", "Qty", "Rate", "Amount"],
        rows_,
        (120, 30, 40),
    )
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    tspec = [(0.0, 0.72, "r"), (0.72, 1.0, "r")]
    cols(p, "qbt", tspec, "Sub Total", num(sub))
    cols(p, "qbt", tspec, "CGST 2.5%", num(gst))
    cols(p, "qbt", tspec, "SGST 2.5%", num(gst))
    cols(p, "qbT", tspec, "Bill Total", f"Rs. {num(j.amount)}", amount=j.amount)
    h269.ext(p)["kinds"]["qbT"]["bold"] = [0, 1]
    p.add("gap")
    kvr(p, "Payment", f"Card ({scheme} {last4}) - Settled", method="card", status=j.status)
    kvr(p, "Approval Code", appr, txn=(APPR_RANK, appr))
    p.add("small", "Thank you for dining with us  |  Powered by Posist")
    return p.done()


def _card_icici_sms(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """ICICI Bank's SMS of a spend on the firm's credit card, with no reference: "INR x spent using ICICI
    Bank Card XX1234 on <dd-Mon-yy> on <MERCHANT>. Avl Limit: INR y. If not you, call 1800 2662 ..."."""
    j.amount = float(rng.choice([2000, 5000, 10000]))
    limit = rupees(rng, 60000, 240000, 0.2)
    text = (
        f"INR {num(j.amount)} spent using ICICI Bank Card XX{last4} on {when(j.date, '%d-%b-%y')} on {name}. "
        f"Avl Limit: INR {num(limit)}. If not you, call 1800 2662 or SMS BLOCK {last4} to 9215676766"
    )
    p = sms_page(rng, font, "VM-ICICIT", text, j.date)
    p.add("left", text, merchant=name, amount=j.amount, date=j.date, method="card", status=j.status)
    return p.done()


def _card_onecard(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """The OneCard app with a spend at a tailoring materials shop under "Today, <hour>": the merchant over
    its town, the sum, Successful in a capsule; Transaction ID in a copyable field; Card and Reward points at
    the left and the right; no day."""
    p = phone(rng, font, k, ["", "OneCard"], dark=True, buttons=("Need help?",))
    app_head(p, "OneCard", "Transaction details")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    shown = fit(p, [name, "KAPDA BAZAAR TAILORING"], 0.95)
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    big(p, j.amount)
    pill(p, "Successful", j.status)
    p.add("gap")
    tid = digits(rng, 12)
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Card", f"OneCard Metal {masked(p.font)}{last4}", method="card")
    kvr(p, "Reward points", f"+{rng.randrange(10, 90)}")
    return p.done()


def _card_msrtc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """MSRTC's e-ticket for the weavers' Shivneri to Mumbai for an exhibition, paid by debit card: Booking
    Confirmed; labels small over their values two to a row: Ticket No. and Booking Date, Journey Date and
    Passengers, Total Fare and Paid by, Bank Ref. No. and Route."""
    j.amount = rupees(rng, 1800, 9000, 0.5)
    p = browser_page(rng, font, "npublic.msrtcors.com/ticket/print")
    p.part = "head"
    top(p, "MSRTC", merchant="MSRTC")
    p.add("small", "Maharashtra State Road Transport Corporation  |  e-Ticket")
    p.add("rule")
    p.part = "body"
    p.add("left", "Booking Confirmed", status=j.status)
    p.add("gap")
    tno = f"{rng.randrange(10**9, 10**10)}"
    travel = j.date + dt.timedelta(days=rng.randrange(3, 25))
    two_up(
        p,
        "ms1",
        ("Ticket No.", tno),
        ("Booking Date", when(j.date, "%d/%m/%Y")),
        txn=(ORDER_RANK, tno),
        date=j.date,
    )
    two_up(p, "ms2", ("Journey Date", when(travel, "%d/%m/%Y")), ("Passengers", str(rng.randrange(2, 7))))
    two_up(
        p,
        "ms3",
        ("Total Fare", f"Rs. {num(j.amount)}"),
        ("Paid by", f"Debit Card XX{last4}"),
        amount=j.amount,
        method="card",
    )
    ref = f"{digits(rng, 12)}"
    two_up(p, "ms4", ("Bank Ref. No.", ref), ("Route", "Shivneri  CSN - Mumbai"), txn=(BANK_RANK, ref))
    return p.done()


CARD_LAYOUTS = [
    _card_mswipe,
    _card_ezetap,
    _card_worldline,
    _card_indigo,
    _card_qalia,
    _card_icici_sms,
    _card_onecard,
    _card_msrtc,
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Himroo Kothi's and the festival stall's terminals and the firm's cards elsewhere, one
    layout a place (``CARD_LAYOUTS``): Mswipe's slip with its colons in a column, Razorpay POS' pending sale,
    Worldline's declined slip, IndiGo's itinerary, a restaurant's Posist bill, ICICI Bank's card SMS with no
    reference, the OneCard app under "Today" and MSRTC's e-ticket."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=800, high=36000)
    name, town, brand = COUNTERS[k]
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    return CARD_LAYOUTS[k](rng, font, k, j, name, town, brand, scheme, last4, appr, t)


# ---------------------------------------------------------------- 11. the bills


MSEDCL = "Maharashtra State Electricity Distribution Co. Ltd."
MSEDCL_MR = "महाराष्ट्र राज्य विद्युत वितरण कंपनी मर्यादित"
WATER_MR = "पाणीपुरवठा विभाग, छत्रपती संभाजीनगर महानगरपालिका"
TATA_PLAY = "Tata Play Limited"
JARS = "SAI AQUA MINERAL WATER"
JARS_MR = "साई अ‍ॅक्वा मिनरल वॉटर"
HP_GAS = "SHAHGANJ HP GAS SERVICE"
VI = "Vodafone Idea Limited"


def _bill_msedcl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """MSEDCL's (Mahavitaran's) online payment receipt for the workshop's power under its Marathi name:
    Payment Receipt; this set's bilingual labels, English over Marathi: Consumer No., Consumer Name, Bill
    Month, Amount Paid, Receipt No., Transaction ID, Payment Date and Payment Mode."""
    j.amount = float(rng.randrange(1800, 16000, 10))
    p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getPaymentReceipt")
    p.part = "head"
    mr(p, MSEDCL_MR, bold=True)
    name = pick(p, "title", [MSEDCL, "MSEDCL"])
    top(p, name, merchant=name)
    p.add("small", "Mahavitaran  |  Online Bill Payment")
    p.add("rule")
    p.part = "body"
    mr(p, "पेमेंट पावती  /  Payment Receipt", bold=True, status=j.status)
    p.add("gap")
    stack(p, "Consumer No.", "ग्राहक क्रमांक", f"49001{digits(rng, 7)}")
    stack(
        p,
        "Consumer Name",
        "ग्राहकाचे नाव",
        stack_fit(p, "Consumer Name", "ग्राहकाचे नाव", [FIRM_CAPS, "ANSARI HIMROO"]),
    )
    stack(p, "Bill Month", "बिल महिना", j.month())
    stack(p, "Amount Paid", "भरलेली रक्कम", f"Rs. {num(j.amount)}", bold=True, amount=j.amount)
    rno = f"{rng.randrange(10**9, 10**10)}"
    stack(p, "Receipt No.", "पावती क्रमांक", rno, txn=(INVOICE_RANK, rno))
    tid = f"MSE{j.date:%y%m%d}{digits(rng, 7)}"
    stack(p, "Transaction ID", "व्यवहार क्रमांक", tid, txn=(TXN_RANK, tid))
    stack(p, "Payment Date", "भरणा दिनांक", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
    stack(p, "Payment Mode", "भरणा पद्धत", "Net Banking", method="netbanking")
    return p.done()


def _bill_water(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The municipal water supply department's counter receipt for the workshop's water charges, typed in
    its counter printer's face under its Marathi name: RECEIPT NO, DATE, CONN. NO, NAME, PERIOD, AMOUNT,
    PAID BY : CASH; the cashier's oval stamp."""
    j.amount = float(rng.choice([1350, 2700, 4050, 5400]))
    p = sheet(rng, font, [700, 740])
    p.part = "head"
    mr(p, WATER_MR, scale=0.95, bold=True)
    p.add("center", "WATER SUPPLY DEPARTMENT")
    name = pick(p, "center", [CSMC, "Chh. Sambhajinagar Municipal Corporation"])
    p.add("center", name, merchant=name)
    p.add("rule")
    p.part = "body"
    rno = f"WS{rng.randrange(10**5, 10**6)}"
    typed(p, f"RECEIPT NO : {rno}", txn=(INVOICE_RANK, rno))
    typed(p, f"DATE       : {when(j.date, '%d/%m/%Y')}", date=j.date)
    typed(p, f"CONN. NO   : B-{rng.randrange(10, 99)}-{digits(rng, 5)}")
    typed(p, f"NAME       : {FIRM_CAPS[:22]}")
    typed(p, f"PERIOD     : {fy(j.date)} (HALF YEARLY)")
    typed(p, f"AMOUNT     : Rs.{num(j.amount)}", amount=j.amount)
    typed(p, "PAID BY    : CASH", method="cash", status=j.status)
    h287.oval(p, ["C.S.M.C.", "CASHIER", "WARD B"], "blue", at=0.7)
    return p.done()


def _bill_hathway(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Hathway's broadband renewal for the Kothi pending, its stages across the page: Payment processing,
    the sum, a notice; Account No., Plan, Order ID, Paid via and Initiated on on hairline rows."""
    j.amount = float(rng.choice([699, 899, 1199])) * rng.choice([1, 3, 6])
    j.amount = round(j.amount * 1.18, 2)
    p = phone(rng, font, k, ["", "Hathway"], dark=False, buttons=("Check status",))
    band(p, (230, 40, 40))
    name = "Hathway Broadband"
    bar(p, "Hathway", name, merchant=name)
    p.add("center", "Payment processing", status=j.status)
    big(p, j.amount)
    h273.track(p, ["Paid", "Confirmed", "Renewed"], "dp-")
    boxed(
        p,
        "We have not yet received a confirmation from your bank. Your plan will be renewed once it comes.",
        "warn",
    )
    oid = f"HW{rng.randrange(10**9, 10**10)}"
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    cols(p, "hw", spec, "Account No.", f"10{digits(rng, 8)}", mode="line")
    cols(p, "hw", spec, "Plan", "Hathway 150 Mbps", mode="line")
    cols(p, "hw", spec, "Order ID", oid, mode="line", txn=(ORDER_RANK, oid))
    cols(p, "hw", spec, "Paid via", "UPI", mode="line", method="UPI")
    cols(
        p,
        "hw",
        spec,
        "Initiated on",
        at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
        mode="line",
        date=j.date,
    )
    return p.done()


def _bill_tataplay(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Tata Play's recharge of the Kothi's television under "Today, <hour>": Tata Play under the app's bar,
    an octagon's tick, Recharge successful, the sum; Subscriber ID and Transaction ID, Paid via and Balance
    two to a row; no day."""
    j.amount = float(rng.choice([350, 500, 750, 1000, 1500]))
    p = phone(rng, font, k, ["", "Tata Play"], dark=False, buttons=("Done",))
    band(p, (40, 20, 90))
    bar(p, "Tata Play", TATA_PLAY, merchant=TATA_PLAY)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h294.octa(p, j.status)
    p.add("center", "Recharge successful", status=j.status)
    big(p, j.amount)
    p.add("gap")
    tid = f"TP{digits(rng, 12)}"
    two_up(p, "tp1", ("Subscriber ID", f"1{digits(rng, 9)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
    two_up(
        p,
        "tp2",
        ("Paid via", "UPI"),
        ("Balance", f"{rupee_of(p.font)}{num(j.amount + float(rng.randrange(5, 90)))}"),
        method="UPI",
    )
    return p.done()


def _bill_jars(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The drinking water jar supplier's monthly card for the workshop, its name stamped at its head:
    "<Month> - जार हिशोब" (the month's jar account) written; the jars delivered written in a Marathi hand
    with their sum, "एकूण"; "रोख मिळाले" (received in cash) and "दिनांक <day>" written; no reference."""
    p = sheet(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(240, 246, 250), (244, 248, 244)])
    p.part = "head"
    mr(p, JARS_MR, bold=True)
    p.add("center", JARS, merchant=JARS)
    p.add("small", f"Jaisinghpura  |  Mob. 97654 {digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    month = (j.date.replace(day=1) - dt.timedelta(days=1)).strftime("%B")
    hand_mr(p, f"{month} - जार हिशोब")
    p.add("gap")
    start = len(p.rows)
    jars = rng.randrange(24, 70)
    rate = rng.choice([25, 30, 35])
    cold = rng.randrange(0, 8)
    hand_mr(p, f"जार {jars} x {rate}", figure=str(jars * rate))
    total_ = jars * rate
    if cold:
        hand_mr(p, f"थंड जार {cold} x 40", figure=str(cold * 40))
        total_ += cold * 40
    j.amount = float(total_)
    hand_mr(p, "एकूण", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    hand_mr(p, "रोख मिळाले", method="cash", status=j.status)
    hand_mr(p, f"दिनांक {when(j.date, rng.choice(['%d/%m/%y', '%d.%m.%Y']))}", date=j.date)
    sig(p)
    return p.done()


def _bill_hpgas(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The HP Gas distributor's cash memo for the workshop's commercial cylinder, printed on its form: Cash
    Memo No., Date, Consumer No., the cylinder's price, delivery charges and Total at the left and the
    right; "Paid by UPI", its UPI Ref. written in by the delivery man."""
    p = sheet(rng, font, [680, 720])
    p.part = "head"
    p.add("center", "HP GAS")
    p.add("center", HP_GAS, merchant=HP_GAS)
    p.add("small", "HPCL Distributor  |  Shahganj, Chh. Sambhajinagar")
    p.add("rule")
    p.part = "body"
    p.add("center", "CASH MEMO")
    cmno = f"{rng.randrange(10**6, 10**7)}"
    kvr(p, "Cash Memo No.", cmno, txn=(INVOICE_RANK, cmno))
    kvr(p, "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    kvr(p, "Consumer No.", f"{rng.randrange(10**5, 10**6)}")
    price = float(rng.randrange(1680, 1860))
    deliv = 40.0
    j.amount = price + deliv
    kvr(p, "19 kg cylinder (incl. GST)", num(price))
    kvr(p, "Delivery charges", num(deliv))
    kvr(p, "Total", f"Rs. {num(j.amount)}", amount=j.amount)
    p.add("gap")
    p.add("left", "Paid by UPI", method="UPI", status=j.status)
    filled(p, "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
    sig(p)
    return p.done()


def _bill_payzapp(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """PayZapp's electricity bill payment to MSEDCL failed under a large round cross: the biller, the sum,
    the reason in a notice; Transaction ID, Consumer No., Paid via and Attempted on in dot leaders."""
    j.amount = float(rng.randrange(1200, 14000, 10))
    p = phone(rng, font, k, ["", "PayZapp"], dark=False, buttons=("Retry",))
    band(p, (0, 56, 130))
    app_head(p, "PayZapp", "Bill payments")
    sicon(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    name = pick(p, "center", [MSEDCL, "MSEDCL"])
    p.add("center", name, merchant=name)
    big(p, j.amount)
    boxed(
        p,
        "The biller could not be reached. Any amount debited will be refunded to your account in 3-5 days.",
        "error",
    )
    tid = f"PZ{digits(rng, 14)}"
    at = 0.42
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Consumer No.", f"49001{digits(rng, 7)}", at=at)
    dots(p, "Paid via", "UPI", at=at, method="UPI")
    dots(p, "Attempted on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _bill_vi(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Vi Business' payment mail for the firm's postpaid numbers: its sentence; Account Number, Bill Period,
    Amount Received, Payment Mode, Transaction Reference and Payment Date in a table ruled on every side."""
    j.amount = round(float(rng.choice([799, 1198, 1597, 2396])) * 1.18, 2)
    p = mail_page(
        rng,
        font,
        "Vi Business <vibusiness@vodafoneidea.com>",
        ["Payment received - thank you", "We have received your payment"],
    )
    p.part = "head"
    name = pick(p, "title", [VI, "Vi Business"])
    top(p, name, merchant=name)
    p.add("small", "Vi Business postpaid")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p, "Thank you. We have received your payment for your Vi Business postpaid account.", status=j.status
    )
    p.add("gap")
    ref = f"VIB{digits(rng, 12)}"
    at = 0.4
    gkv(p, "vi", "Account Number", f"1.{digits(rng, 9)}", at=at)
    gkv(p, "vi", "Bill Period", j.month(), at=at)
    gkv(p, "vi", "Amount Received", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "vi", "Payment Mode", "Debit Card", at=at, method="card")
    gkv(p, "vi", "Transaction Reference", ref, at=at, txn=(TXN_RANK, ref))
    gkv(p, "vi", "Payment Date", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=at, date=j.date)
    return p.done()


BILL_LAYOUTS = [
    _bill_msedcl,
    _bill_water,
    _bill_hathway,
    _bill_tataplay,
    _bill_jars,
    _bill_hpgas,
    _bill_payzapp,
    _bill_vi,
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the Himroo Kothi's bills, one layout a place (``BILL_LAYOUTS``): MSEDCL's receipt in
    this set's bilingual labels, the water supply department's typed counter receipt, Hathway's renewal
    processing, Tata Play's "Today", the water jar supplier's card in a Marathi hand, HP Gas' cash memo,
    PayZapp's failed bill payment and Vi Business' mail."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=300, high=9000)
    return BILL_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Maharashtra Gramin Bank", "VM-MGBANK", "REHANA BEGUM", "UPI"),
    ("Bank of Maharashtra", "AD-MAHABK", "SRI VENKATESHWARA SILK", "NEFT"),
    ("Deogiri Nagari Sahakari Bank", "VK-DEOGRI", "JALNA DYES AND CHEMICAL", "IMPS"),
    ("Cosmos Bank", "", "NOOR TAILORING WORKS", "IMPS"),
    ("ICICI Bank", "", "ICHALKARANJI COTTON YARN", "NEFT"),
    ("Saraswat Bank", "VM-SARBNK", "LOOMCRAFT SPARES", "RTGS"),
    ("YES BANK", "", "SANKET PRINTERS", "NEFT"),
    ("TJSB Sahakari Bank", "", "PAITHAN GATE FRAME MAKE", "UPI"),
]


def _alert_mgb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Maharashtra Gramin Bank's SMS in Marathi in a bubble of the phone's messages thread under its day
    divider: "प्रिय ग्राहक, आपल्या खाते XX1234 मधून दिनांक <dd-mm-yyyy> रोजी UPI द्वारे रु.x <PAYEE> यांना
    पाठवले. संदर्भ क्र. .... -MGB" (Dear customer, Rs. x was sent from your account XX1234 on <day> by UPI to
    <PAYEE>)."""
    p = phone(rng, font, k, ["VM-MGBANK"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 1")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"प्रिय ग्राहक, आपल्या खाते XX{tail4} मधून दिनांक {when(j.date, '%d-%m-%Y')} रोजी UPI द्वारे "
        f"रु.{amt} {to} यांना पाठवले. संदर्भ क्र. {ref} -MGB"
    )
    size = p.style["size"]
    room = room_of(p) * 0.8
    line, first = "", True
    for word in text.split():
        if line and hi_width(f"{line} {word}", p.font, size) > room:
            mr(p, line, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    mr(p, line, align="l", **(facts if first else {}))
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


def _alert_mahabank(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Bank of Maharashtra's SMS: "A/c XXXX1234 debited by Rs.x on <dd-Mon-yyyy> towards NEFT to <PAYEE>,
    UTR .... Not you? Call 1800 233 4526 -Bank of Maharashtra"."""
    text = (
        f"A/c XXXX{tail4} debited by Rs.{amt} on {when(j.date, '%d-%b-%Y')} towards NEFT to {to}, UTR {ref}. "
        "Not you? Call 1800 233 4526 -Bank of Maharashtra"
    )
    p = sms_page(rng, font, "AD-MAHABK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_deogiri(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """The Deogiri Nagari Sahakari Bank's SMS of an IMPS that failed: "Your IMPS of Rs.x to <PAYEE> from
    A/c XX1234 on <dd/mm/yy> is unsuccessful. Amount, if debited, will be credited back. IMPS Ref ....
    -DNSB"."""
    text = (
        f"Your IMPS of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d/%m/%y')} is unsuccessful. "
        f"Amount, if debited, will be credited back. IMPS Ref {ref} -DNSB"
    )
    p = sms_page(rng, font, "VK-DEOGRI", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_cosmos(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Cosmos Bank's notification on the phone's lock screen under its hour and a music player's card:
    "Cosmos Bank  now"; "IMPS of Rs.x to <PAYEE> debited from A/c XX1234. IMPS Ref .... -Cosmos Bank"; no
    day."""
    p = phone(rng, font, k, [""], dark=True, buttons=())
    p.part = "body"
    h287.clock(p, p.style["h106"]["clock"])
    c = card_open(p)
    p.add("left", "Now playing  |  Radio Mirchi 98.3")
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    cols(p, "cs0", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "Cosmos Bank", "now", mode="soft")
    prose(p, f"IMPS of Rs.{amt} to {to} debited from A/c XX{tail4}. IMPS Ref {ref} -Cosmos Bank", **facts)
    card_close(p, c)
    p.add("gap")
    p.add("small", "Swipe up to open")
    return p.done()


def _alert_icici(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """ICICI Bank's iMobile Pay notification centre with the NEFT under process at the head of its list, the
    older notifications greyed under it: "NEFT of INR x from Acct XX1234 to <PAYEE> on <dd-Mon-yy> is under
    process. UTR ...."; each notification in a rounded card with its day."""
    p = phone(rng, font, k, ["", "Notifications"], dark=False, buttons=())
    band(p, (174, 40, 30))
    app_head(p, "iMobile Pay", "Notifications")
    p.add("small", when(j.date, "%d %b %Y"))
    p.add("gap")
    c = card_open(p)
    p.add("left", "Fund transfer")
    prose(
        p,
        f"NEFT of INR {amt} from Acct XX{tail4} to {to} on {when(j.date, '%d-%b-%y')} is under process. "
        f"UTR {ref}.",
        **facts,
    )
    card_close(p, c)
    p.add("gap")
    older = j.date - dt.timedelta(days=rng.randrange(2, 9))
    p.add("small", when(older, "%d %b %Y"))
    p.add("gap")
    c = card_open(p)
    p.add("left", "Offers")
    prose(p, "You are pre-approved for a business loan. Tap to know more.", "small")
    card_close(p, c, tint=False)
    return p.done()


def _alert_saraswat(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Saraswat Bank's SMS of an RTGS debit: "Dear Customer, Rs.x debited from your A/c XXXX1234 on
    <dd.mm.yyyy> by RTGS to <PAYEE>. UTR No ....- Saraswat Bank"."""
    text = (
        f"Dear Customer, Rs.{amt} debited from your A/c XXXX{tail4} on {when(j.date, '%d.%m.%Y')} by RTGS to "
        f"{to}. UTR No {ref} - Saraswat Bank"
    )
    p = sms_page(rng, font, "VM-SARBNK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_yes(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """YES BANK's transaction alert mail of a NEFT debit with no reference: "INR x has been debited from
    your account XXXXXXXX1234 on <dd-Mon-yyyy> towards NEFT to <PAYEE>."."""
    p = mail_page(
        rng,
        font,
        "YES BANK Alerts <alerts@yesbank.in>",
        ["Transaction alert for your YES BANK account", "Debit alert"],
    )
    p.part = "head"
    top(p, "YES BANK")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        f"INR {amt} has been debited from your account XXXXXXXX{tail4} on {when(j.date, '%d-%b-%Y')} "
        f"towards NEFT to {to}.",
        **facts,
    )
    p.add("gap")
    prose(p, "If this transaction was not initiated by you, please call 1800 1200 immediately.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "YES BANK Ltd. This is an auto-generated mail; please do not reply.")
    return p.done()


def _alert_tjsb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """TJSB Sahakari Bank's SMS forwarded by the firm's accountant into its WhatsApp chat with the frame
    makers under the chat's day divider: the Forwarded mark over the SMS' text "Rs.x sent to <PAYEE> via UPI
    from A/c **1234 on <dd/mm/yyyy>. UPI Ref No .... -TJSB Bank"; the frame makers' reply."""
    p = phone(rng, font, k, ["", "WhatsApp"], dark=False, buttons=())
    band(p, (7, 94, 84))
    app_head(p, "Paithan Gate Frames", "online")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])))
    p.add("gap")
    first, second = hours(rng, 2)
    s = len(p.rows)
    h294.fwd(p)
    text = (
        f"Rs.{amt} sent to {to} via UPI from A/c **{tail4} on {when(j.date, '%d/%m/%Y')}. UPI Ref No {ref} "
        "-TJSB Bank"
    )
    for n_, line in enumerate(lines_of(p, text, share=0.8)):
        p.add("left", line, **(facts if n_ == 0 else {}))
    h273.bubble(p, s, first)
    p.add("gap")
    s = len(p.rows)
    p.add("right", "Received, thank you")
    h273.bubble(p, s, second)
    return p.done()


ALERT_LAYOUTS = [
    _alert_mgb,
    _alert_mahabank,
    _alert_deogiri,
    _alert_cosmos,
    _alert_icici,
    _alert_saraswat,
    _alert_yes,
    _alert_tjsb,
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments, one layout a place (``ALERT_LAYOUTS``): Maharashtra Gramin
    Bank's SMS in Marathi in a bubble, Bank of Maharashtra's SMS, the Deogiri bank's failed IMPS, Cosmos
    Bank's notification on the lock screen with no day, ICICI Bank's NEFT under process in iMobile Pay's
    notification centre, Saraswat Bank's RTGS, YES BANK's mail with no reference and TJSB's UPI SMS
    forwarded into a WhatsApp chat."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2000, high=90000)
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

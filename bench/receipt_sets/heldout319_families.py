"""The twelve heldout319 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Mizo puan handloom weavers' society's year of 2026 in Aizawl, Mizoram
(Tlawmngaihna Handloom Weavers' Co-operative Society Ltd., in Mizo Tlawmngaihna Puan Tahtute Pawl, whose
members weave puanchei, ngotekherh, hmaram, tawlhlohpuan, puandum, kawrchei, shawls and runners on loin looms
and fly-shuttle frame looms and are paid by the puan woven; its counter in Bara Bazar, Tlawmngaihna Puan Dawr;
its stall at Chapchar Kut at Lammual; its web shop; ZOHANCO, NEHHDC, Tribes India, a studio, hotel companies,
an interiors firm, a church women's fellowship and buyers abroad), told by the proofs of payment it receives
(BharatPe for Business, Google Pay, Fi, PhonePe, MobiKwik, Jupiter, IPPB and Navi; ZOHANCO's letter, Marg ERP,
Kotak FYN, a buyer's WhatsApp message in Mizo, IDFC FIRST Bank, SAP, a church letter in Mizo and NEHHDC's
advice; Chase, Lloyds Bank, Westpac, Mizuho Bank, Zürcher Kantonalbank, OCBC, HSBC and Commerzbank; its tax
invoice, its Chapchar Kut memo in a Mizo hand, its receipt book, Easebuzz, OkCredit, Tribes India, Cashfree
and a Ginesys roll) and those it makes (a yarn dealer's invoice with its payment details, a carpenter's bill
in a Mizo hand, Udaan, a dye dealer's Swipe invoice, Delhivery, Shiprocket, a lurex dealer's WhatsApp chat and
a printer's Tally invoice; YONO Business, a co-operative bank's application filled in by hand, SIB Mirror+,
HDFC Bank, PhonePe, IOB Mobile, InstaBIZ and BHIM; a weaving-wage record and a Christmas bonus in a Mizo hand,
Keka, PayZapp, YONO SBI, a WhatsApp chat with a forwarded payment, bob World and a salary receipt in Mizo and
English; Aizawl Municipal Corporation, the Taxation Department, mParivahan, EPFO, the Registrar of
Co-operative Societies, ESIC, the Chapchar Kut stall fee and the Labour Department; eight insurers; cards on
the Dawr's and the stall's terminals, at a Kolkata yarn shop and an Aizawl stationery shop, on Air India
Express, on a café's bill, in Axis Bank's SMS and on the IDFC FIRST Bank app; the Power & Electricity
Department, Vi, the P.H.E. Department, HP Pay, a cable network's card, Airtel Xstream Fiber, CRED and the
solid waste collector's roll; the banks' SMS, Mizoram Rural Bank's SMS in Mizo, a lock screen's notification,
a mail and a WhatsApp banking message). Each layout is a function of its own (the family's function picks it
by the receipt's place in its family, ``UPI_LAYOUTS`` to ``ALERT_LAYOUTS``), every row added to heldout113's
``Screen`` with the facts it prints and the truth read back from the rows the page keeps. Headings, footers,
the society's Mizo name and motto, salutations, items, puans, parts, dishes, rates, counts, GST, TDS, fees,
charges, balances, sums insured, periods, months (Thla), pay periods, wage months, years, bill months,
invoice, bill and journey days, account, policy, proposal, consumer, registration, licence, establishment,
employer, employee, vehicle, vendor, AWB and card numbers, GSTIN, PAN, IFSC, UPI IDs, bills, POs and invoices
named on an advice, replies, the puanchei emblem, the ngotekherh stripes, the loom's bamboo, skeins and
threads, the cloth a page lies on, stages, progress bars, notices, tiles, badges, ribbons, stamps' printed
words, seals, the Forwarded mark and signatures carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top``
heldout122's; ``outcome`` heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's;
``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's;
``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``,
``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``seal``, ``ticks``,
``comb``, a roll's torn edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``fill2``,
``perf``, ``hand``, ``amtbox``, ``tt``, ``step``, ``lab``, rounded cards, ``rstamp``), heldout273's
(``ledger``, ``hcells``, ``pill``, ``field``, ``panel``, ``avatar``, ``bubble``), heldout275's (``sig``,
``divider``, ``gutter``, ``sicon``, ``ribbon``, ``tabs``), heldout277's (``bigsum``), heldout279's (``phone``,
``band``, ``app_head``, ``pick``, ``at_hour``, ``two_up``, ``redno``, ``spinner``, a ticket's card,
``ordinal``), heldout287's (``notice``, ``tile``, ``burst``, ``oval``, ``vlab``, ``tiles2``, ``copyrow``,
``clock``, ``sheet_open``), heldout289's (``chip``, ``steps``, ``carbon``) and heldout294's (``octa``,
``progress``, ``fwd``), written in this set's pens and printers' faces. ``compose`` is heldout158's (as
heldout269's to heldout315's), each page's rows drawn by heldout294's ``_render`` (and the renderers beneath
it) and then by this set's own ``_render`` in the lines it leaves for them: this set's bilingual boxed field
(``mz_field``: the Mizo label in bold at the left with its English small in the label's ink under it, the
value in a ruled writing box from a share of the room to the right edge, written in the page's pen or printed;
two lines high); a Mizo hand's account (``written``: heldout273's hand-written cells, the words at the left
and the sum at the right of a pencilled column, on heldout273's ruled lines), its other lines written by
heldout271's ``hand`` and ``fill``, all in pens that draw Mizo's ṭ and its circumflexed vowels; a Mizo weekday
before a day (``mz_day``); a folded puanchei as a letterhead's emblem (``swatch``: its black ground woven with
bands of red, green and white, its middle band a row of stepped lozenges, the lenbuangthuam, laid float by
float in yellow, red, green and white with a hook at each point, a fold across its top with its crease's
shadow, a fringe of twisted warp ends in black and red with a knot at the head of each twist; a little tilted,
with a soft shadow); a ngotekherh's stripes as a divider (``puan_band``: the black ground, threads of red and
white along each edge, small woven diamonds along the middle in red, green and yellow in turn with a white
heart, a green zigzag, the fanghma hnah, between them); a loom's bamboo shed stick with its nodes down one
margin, a skein of dyed yarn and a few loose threads in the other (``loom_bits``); and, after the frame, the
puanchei a page is photographed lying on (``on_puan``: its black ground and its bands of red, white and green
across the frame, its rows of lozenges, its fringe over the table's wood, the page's shadow, the page a little
askew). The Puan Dawr keeps Sunday as Aizawl's shops do (``weekday_only``). The pages' layouts and wordings
are this set's own."""

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
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv, grid
from bench.receipt_sets.heldout273_families import hcells, ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques that draw Mizo's letters (its t with a dot
# under it and its vowels with a circumflex), in another mix than heldout314's and heldout315's
PENS = [
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
]
INKS = [(22, 44, 140), (30, 30, 38), (18, 70, 120), (40, 34, 100), (110, 26, 40)]
# the faces a page's fixed-width lines are printed in (a counter's printer, a billing program's roll, a
# handheld's receipt)
TYPES = [
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
AMBER = (214, 140, 20)
# the colours of a Mizo puan as the society's weavers weave it: the black ground of a puanchei, its reds and
# its greens, the yellow and white of its woven motifs, the pink of a newer puan's thread
P_BLACK = (26, 24, 28)
P_RED = (190, 30, 46)
P_DEEP = (120, 16, 30)
P_GREEN = (22, 122, 70)
P_YELLOW = (236, 188, 38)
P_WHITE = (240, 236, 224)
P_PINK = (214, 70, 130)
P_BLUE = (36, 70, 150)
BAMBOO = (196, 168, 96)
BAMBOO_DARK = (150, 120, 60)

# ---------------------------------------------------------------- the society

FIRM = "Tlawmngaihna Handloom Weavers' Co-operative Society Ltd."
FIRM_MID = "Tlawmngaihna Handloom Weavers' Co-op. Society Ltd."
FIRM_SHORT = "Tlawmngaihna Weavers' Society"
FIRM_CAPS = "TLAWMNGAIHNA HANDLOOM WEAVERS' CO-OP. SOCIETY LTD."
# the society's name in Mizo ("the weavers' society of tlawmngaihna", the Mizo way of putting others first)
FIRM_MZ = "Tlawmngaihna Puan Tahtute Pawl"
# the society's name as a bank's beneficiary field cuts it
CUT = "TLAWMNGAIHNA HANDLOOM WE"
SHOP = "Tlawmngaihna Puan Dawr"
SHOP_CAPS = SHOP.upper()
SHOP_AT = "Bara Bazar, Aizawl, Mizoram - 796001"
SHED_AT = "Ramhlun North, Aizawl, Mizoram - 796012"
TOWN = "Aizawl, Mizoram"
WEB = "tlawmngaihnapuan.in"
GSTIN = "15AAAAT4127K1ZS"
PAN = "AAAAT4127K"
REGD = "Regd. No. 118/HL/RCS-MZ of 2009"
MOTTO = "Mizo puan ṭha ber, kuta tah"
CHAIR = "Pi Vanlalruati"
SECRETARY = "Pi Lalremsiami"
ACCOUNTANT = "Tv. Lalrinfela"
COUNTER = "Nl. Lalhmingsangi"
EXPORTS = "Tv. Malsawmtluanga"
HELPER = "Tv. Lalmuanpuia"
# the two as a payslip, a bank and a hand name them (without the Nl. and Tv. of a letter)
COUNTER_NAME = "Lalhmingsangi"
HELPER_NAME = "Lalmuanpuia"
BANK_LINE = "State Bank of India, Aizawl Main Branch"
# the society's weavers (its members, who weave at home and in its shed and are paid by the puan)
WEAVERS = [
    "C. Lalramliani",
    "Lalbiakzuali",
    "H. Lalengmawii",
    "Zonunmawii",
    "R. Zothansangi",
    "Lalnunsiami",
    "Vanlalpeki",
    "Lalthanpuii",
]
# Chapchar Kut at Lammual, Aizawl (the spring festival, 5 to 7 March 2026), where the society keeps a stall;
# the Christmas bonus (Krismas bonus) paid to the weavers in the ten days before Christmas
CHAPCHAR, CHAPCHAR_DAYS = dt.date(2026, 3, 5), 3
KRISMAS, KRISMAS_DAYS = dt.date(2026, 12, 14), 10
# the days of the week in Mizo, Monday first
MZ_DAYS = ["Thawhṭanni", "Thawhlehni", "Nilaini", "Ningani", "Zirtawpni", "Inrinni", "Pathianni"]
IFSC = {
    "State Bank of India": "SBIN",
    "Mizoram Rural Bank": "SBIN",
    "Mizoram Co-operative Apex Bank": "YESB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "IDBI Bank": "IBKL",
    "Bank of India": "BKID",
    "South Indian Bank": "SIBL",
    "Indian Overseas Bank": "IOBA",
    "Bank of Baroda": "BARB",
    "Kotak Mahindra Bank": "KKBK",
    "IDFC FIRST Bank": "IDFB",
    "IndusInd Bank": "INDB",
    "UCO Bank": "UCBA",
    "Punjab National Bank": "PUNB",
}
# the society's woven cloth sold: name, HSN, price each (low, high); GST 5% on all (woven fabrics of synthetic
# staple fibres, HSN 5515; the kawrchei, the shawl and the runner within Rs. 2,500)
PUANS = [
    ("Puanchei", "5515", 6500, 16000),
    ("Ngotekherh", "5515", 1400, 3200),
    ("Hmaram", "5515", 1200, 2800),
    ("Tawlhlohpuan", "5515", 3800, 8500),
    ("Puandum", "5515", 2400, 5200),
    ("Kawrchei (blouse)", "6206", 1200, 2400),
    ("Mizo puan, plain", "5515", 700, 1600),
    ("Puan shawl", "6214", 900, 2200),
    ("Table runner, puan weave", "6304", 600, 1400),
]
SHORT = {
    "Puanchei": "Puanchei",
    "Ngotekherh": "Ngotekherh",
    "Hmaram": "Hmaram",
    "Tawlhlohpuan": "Tawlhlohpuan",
    "Puandum": "Puandum",
    "Kawrchei (blouse)": "Kawrchei",
    "Mizo puan, plain": "Puan plain",
    "Puan shawl": "Shawl",
    "Table runner, puan weave": "Table runner",
}
BUYERS = [
    ("Lalduhsaki", "State Bank of India"),
    ("Zorinpuii Ralte", "Mizoram Rural Bank"),
    ("F. Lalchhanhimi", "HDFC Bank"),
    ("Lalnghakliana", "Axis Bank"),
    ("Remruatfeli Sailo", "ICICI Bank"),
    ("Vanlalhriati", "IDBI Bank"),
    ("Jennifer Lalmuanpuii", "Bank of India"),
    ("K. Lalthlamuana", "Kotak Mahindra Bank"),
]
# the notes buyers write on their payments, in Mizo
NOTES = [
    "Puanchei man",
    "Ngotekherh 2",
    "Kawrchei man",
    "Hmaram atan",
    "Puandum man",
    "Krismas puan",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The society's woven cloth sold: name, HSN, quantity, price each (dearer ones left out above
    ``high``)."""
    pool = [i for i, w in enumerate(PUANS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = PUANS[i]
        q = 1 if lo >= 3800 else rng.randrange(1, 4)
        ceiling = max(lo + 50, min(hi_, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (Chapchar Kut's, the days before Christmas), its UPI / card
    reference made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def weekday_only(j: Job, rng: random.Random) -> None:
    """The Puan Dawr keeps Sunday (Pathianni) as every shop in Aizawl does: a payment it takes over its
    counter on a Sunday is moved to the Saturday before, its reference made again for that day."""
    if j.date.weekday() == 6:
        season(j, rng, j.date - dt.timedelta(days=1), 1)


def mz_day(day: dt.date, pattern: str) -> str:
    """``day`` with its weekday in Mizo before it (Zirtawpni, 06.03.2026)."""
    return f"{MZ_DAYS[day.weekday()]}, {when(day, pattern)}"


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


def gstin_of(rng: random.Random, state: str = "15", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The society's bills one payment settles: number, day (before the payment), sum; they add up to it."""
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


def first_of(name: str) -> str:
    """A person's name as a chat calls them: past an initial and a title (Pi, Pu, Tv., Nl.)."""
    words_ = [w for w in name.split() if w not in ("Pi", "Pu", "Tv.", "Nl.") and not w.endswith(".")]
    return words_[0]


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


def hours(rng: random.Random, n: int = 2) -> list[str]:
    """``n`` hours of one day in order, a few minutes apart (a message and its replies)."""
    start = rng.randrange(8 * 60, 20 * 60)
    out = []
    for _ in range(n):
        out.append(hour12(start // 60, start % 60, lower=True))
        start += rng.randrange(2, 25)
    return out


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h319", {"marks": {}, "decor": [], "frame": None})


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


def note(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line in small letters in the label's ink (a note, a message's hour), in as many lines as it needs
    (the facts on the first)."""
    name = f"nt19{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(lines_of(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lb19", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb19"] = 0.76
    h269.row(p, "lb19", text, **facts)


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


def handcols(p: Screen, spec: list[tuple[float, float, str]], *cells: str, **facts) -> None:
    """A row of a hand-written account: heldout273's cells written by hand at set places, in the page's
    pen."""
    pen_of(p)
    hcells(p, spec, *cells, scale=1.12, **facts)


# ---------------------------------------------------------------- Mizo on the society's papers


def mz_field(
    p: Screen, mizo: str, english: str, value: str, *, pen: bool = True, at: float = 0.36, **facts
) -> None:
    """This set's bilingual field: its Mizo label in bold at the left with its English small in the
    label's ink under it, and the value in a ruled writing box from ``at`` of the room to the right edge
    (written in the page's pen where ``pen``, else printed); two lines high."""
    size = p.style["size"]
    bold = bold_of(p.font)
    vfont = pen_of(p) if pen else p.font
    vface = load_font(vfont, int(size * (1.1 if pen else 1.0)))
    assert glyphs(bold, mizo) and glyphs(p.font, english) and glyphs(vfont, value), (mizo, english, value)
    room = room_of(p)
    assert load_font(bold, int(size * 0.92)).getlength(mizo) + 12 <= at * room, (mizo, at)
    assert load_font(p.font, int(size * 0.68)).getlength(english) + 12 <= at * room, (english, at)
    assert vface.getlength(value) + 28 <= (1 - at) * room, (value, (1 - at) * room)
    put(p, "t19mf", mizo, english, value, mark_=[pen, at], **facts)
    p.add("gap")


def mz_fit(p: Screen, values: list[str], *, pen: bool = True, at: float = 0.36) -> str:
    """The first of ``values`` that fits an ``mz_field``'s box (the last where none does)."""
    vface = load_font(pen_of(p) if pen else p.font, int(p.style["size"] * (1.1 if pen else 1.0)))
    room = room_of(p)
    return next((v for v in values if vface.getlength(v) + 28 <= (1 - at) * room), values[-1])


def written(p: Screen, text: str, *, figure: str = "", at: float = 0.72, **facts) -> None:
    """A line of an account written in a Mizo hand: the words at the left, ``figure`` (its sum) at the
    right of a pencilled column at ``at`` of the room."""
    spec = [(0.0, at, "l"), (at, 1.0, "r")]
    handcols(p, spec, text, figure, **facts)


# ---------------------------------------------------------------- this set's marks


def swatch(p: Screen) -> None:
    """A folded puanchei as a letterhead's emblem: a length of the cloth's black ground woven with bands of
    red, green and white, its middle band filled with a row of stepped lozenges (the lenbuangthuam) in
    yellow, red, green and white floats laid pick by pick, a fold across its top, its fringe of twisted warp
    ends hanging from its foot; a little tilted, with a soft shadow; centred, three lines high."""
    put(p, "t19sw", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-4.0, 4.0)])
    p.add("gap")
    p.add("gap")


def puan_band(p: Screen) -> None:
    """A ngotekherh's stripes as a divider across the page: the cloth's black ground, a thread of red and
    a thread of white along each edge, and along its middle a row of small woven diamonds (red, green and
    yellow in turn, a white float at each heart) with a zigzag (the fanghma hnah, a cucumber leaf's edge)
    running between them; one line high."""
    put(p, "t19bd", "", mark_=[p.rng.randrange(10**6)])


def loom_bits(p: Screen) -> None:
    """A weaver's loom in the page's margins: a bamboo shed stick with its nodes down one margin, a skein
    of dyed yarn and a few loose threads in the other."""
    ext(p)["decor"].append(["bits", p.rng.randrange(10**6)])


def on_puan(p: Screen) -> None:
    """The page photographed lying on a puanchei spread on the table: the cloth's black ground and its
    bands of colour across the frame, its woven lozenges in rows, its fringe at one end, the page's shadow
    on it, the page a little askew."""
    ext(p)["frame"] = ["puan", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _lozenge(d: ImageDraw.ImageDraw, cx: float, cy: float, cell: float, rings: list, hooks=None) -> None:
    """A stepped lozenge woven pick by pick: square floats of ``cell`` laid in rings round (cx, cy), the
    outer ring first in ``rings[0]``, inwards in the rest; a float hooked out from each point in ``hooks``."""
    r = len(rings) - 1
    for i in range(-r, r + 1):
        for j in range(-r, r + 1):
            ring = abs(i) + abs(j)
            if ring > r:
                continue
            colour = rings[r - ring]
            if colour is None:
                continue
            x, y = cx + i * cell, cy + j * cell
            d.rectangle((x - cell / 2, y - cell / 2, x + cell / 2 - 1, y + cell / 2 - 1), fill=colour)
    if hooks is not None:
        for di, dj, ti, tj in ((r + 1, 0, 1, 1), (-r - 1, 0, -1, -1), (0, r + 1, -1, 1), (0, -r - 1, 1, -1)):
            for a, b in ((di, dj), (di + ti * 0, dj + tj), (di + ti, dj + tj)):
                x, y = cx + a * cell, cy + b * cell
                d.rectangle((x - cell / 2, y - cell / 2, x + cell / 2 - 1, y + cell / 2 - 1), fill=hooks)


def _ground(w: int, h: int, seed: int, colour=P_BLACK) -> Image.Image:
    """A puan's woven ground ``w`` by ``h``: ``colour`` with the faint lines of its picks and a little
    unevenness of the yarn."""
    g = np.random.default_rng(seed)
    base = np.ones((h, w, 3), dtype=np.float32) * np.array(colour, dtype=np.float32)
    yy = np.arange(h, dtype=np.float32)[:, None]
    base += (np.sin(yy * 1.9) * 3.0)[..., None]
    base += g.normal(0, 3.0, (h, w, 1))
    return Image.fromarray(base.clip(0, 255).astype(np.uint8), "RGB")


def _swatch_art(H: int, seed: int) -> Image.Image:
    """The folded puanchei drawn ``H`` high as an RGBA image."""
    srng = random.Random(seed)
    W = int(H * 1.75)
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    top_, foot = int(H * 0.05), int(H * 0.8)
    cloth = _ground(W, foot - top_, srng.randrange(10**6)).convert("RGBA")
    img.paste(cloth, (0, top_))
    d = ImageDraw.Draw(img)
    ch = foot - top_

    def stripe(y0: float, y1: float, colour) -> None:
        d.rectangle((0, top_ + ch * y0, W, top_ + ch * y1), fill=colour)

    for y0, y1, colour in (
        (0.08, 0.14, P_RED),
        (0.155, 0.17, P_WHITE),
        (0.185, 0.23, P_GREEN),
        (0.77, 0.815, P_GREEN),
        (0.83, 0.845, P_WHITE),
        (0.86, 0.92, P_RED),
    ):
        stripe(y0, y1, colour)
    cell = max(2, int(ch * 0.034))
    n = max(3, int(W / (cell * 11)))
    step = W / n
    sets = [
        [P_YELLOW, P_RED, P_WHITE, P_GREEN, P_YELLOW],
        [P_WHITE, P_GREEN, P_YELLOW, P_RED, P_WHITE],
        [P_RED, P_YELLOW, P_GREEN, P_WHITE, P_RED],
    ]
    turn = srng.randrange(3)
    for i in range(n):
        _lozenge(d, step * (i + 0.5), top_ + ch * 0.5, cell, sets[(i + turn) % 3], hooks=P_YELLOW)
    for x in range(0, W, cell * 2):
        d.rectangle((x, top_ + ch * 0.27, x + cell - 1, top_ + ch * 0.27 + cell - 1), fill=P_YELLOW)
        d.rectangle(
            (x + cell, top_ + ch * 0.71, x + 2 * cell - 1, top_ + ch * 0.71 + cell - 1), fill=P_YELLOW
        )
    # the fold across its top: a lighter sheen and a crease's shadow under it
    d.rectangle((0, top_, W, top_ + ch * 0.05), fill=(58, 54, 60))
    d.line((0, top_ + ch * 0.05, W, top_ + ch * 0.05), fill=(8, 8, 10), width=max(1, H // 90))
    # the fringe: twisted warp ends in black and red, a knot at the head of each twist
    twist = max(3, int(W / 26))
    for t in range(0, W, twist):
        colour = P_RED if (t // twist) % 3 == 1 else P_BLACK
        knot_y = foot + 2
        d.ellipse((t + twist * 0.2, knot_y - 2, t + twist * 0.8, knot_y + 3), fill=colour)
        for s in range(3):
            x0 = t + twist * (0.3 + 0.2 * s)
            sway = srng.uniform(-2.0, 2.0)
            end = foot + H * srng.uniform(0.12, 0.18)
            d.line((x0, knot_y, x0 + sway, end), fill=colour, width=max(1, H // 80))
    return img


def _swatch(page: Image.Image, cx: float, top_y: float, h: float, seed: int, tilt: float) -> None:
    k = 3
    art = _swatch_art(int(h * k), seed).rotate(tilt, resample=Image.BICUBIC, expand=True)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    alpha = small.split()[3]
    shadow = Image.new("L", page.size, 0)
    shadow.paste(alpha.point(lambda v: 70 if v > 40 else 0), (x0_ + 4, y0_ + 4))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (96, 92, 86)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _band_art(w: int, h: int, seed: int) -> Image.Image:
    """The ngotekherh's stripes ``w`` by ``h``: threads of red and white along its edges, small woven
    diamonds along its middle in turn, a green zigzag between them."""
    srng = random.Random(seed)
    img = _ground(w, h, srng.randrange(10**6))
    d = ImageDraw.Draw(img)
    edge = max(2, int(h * 0.09))
    for y0, colour in ((edge, P_RED), (int(edge * 2.4), P_WHITE)):
        d.rectangle((0, y0, w, y0 + edge - 1), fill=colour)
        d.rectangle((0, h - y0 - edge, w, h - y0 - 1), fill=colour)
    cell = max(2, int(h * 0.075))
    period = cell * 9
    n = int(w / period) + 1
    colours = [P_RED, P_GREEN, P_YELLOW]
    turn = srng.randrange(3)
    for i in range(n):
        cx = period * (i + 0.5)
        _lozenge(d, cx, h / 2, cell, [colours[(i + turn) % 3], colours[(i + turn + 1) % 3], P_WHITE])
        left, right_ = cx + cell * 3, cx + period - cell * 3
        x = left
        up = True
        while x < right_ - 1:
            nx = min(right_, x + cell * 1.5)
            d.line(
                (x, h / 2 + (cell if up else -cell), nx, h / 2 + (-cell if up else cell)),
                fill=P_GREEN,
                width=max(1, cell // 2),
            )
            x, up = nx, not up
    return img


def _band(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    art = _band_art(w * k, h * k, seed).resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)))


def _bits(page: Image.Image, seed: int) -> Image.Image:
    """The margins: a bamboo shed stick with its nodes down one, a skein of yarn and loose threads in the
    other."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)
    left = srng.random() < 0.5
    x = 15 if left else width - 15
    y0 = srng.uniform(40, max(50, height * 0.3))
    length = min(height - y0 - 40, srng.uniform(height * 0.35, height * 0.6))
    lean = srng.uniform(-6, 6)
    d.line((x + 3, y0 + 3, x + lean + 3, y0 + length + 3), fill=(80, 70, 50, 90), width=8)
    d.line((x, y0, x + lean, y0 + length), fill=BAMBOO + (255,), width=7)
    d.line((x - 2, y0, x + lean - 2, y0 + length), fill=(226, 206, 140, 255), width=2)
    node = y0 + srng.uniform(30, 60)
    while node < y0 + length - 10:
        nx = x + lean * (node - y0) / max(1, length)
        d.line((nx - 5, node, nx + 5, node), fill=BAMBOO_DARK + (255,), width=3)
        node += srng.uniform(55, 85)
    # the skein: loops of one dyed yarn in the other margin, twisted at its two ends
    sx = width - 16 if left else 16
    sy = srng.uniform(height * 0.45, max(height * 0.46, height - 170))
    colour = srng.choice([P_RED, P_GREEN, P_PINK, P_YELLOW, P_BLUE])
    for n in range(9):
        off = (n - 4) * 0.9
        d.ellipse(
            (sx - 8 + off, sy, sx + 8 + off, sy + 110),
            outline=_tint(colour, (0, 0, 0), 0.85 + 0.03 * n) + (255,),
            width=1,
        )
    d.ellipse((sx - 4, sy - 4, sx + 4, sy + 6), fill=colour + (255,))
    d.ellipse((sx - 4, sy + 104, sx + 4, sy + 114), fill=colour + (255,))
    # loose threads
    for _ in range(3):
        tx = (
            srng.uniform(6, MARGIN - 8)
            if srng.random() < 0.5
            else srng.uniform(width - MARGIN + 8, width - 6)
        )
        ty = srng.uniform(60, height - 60)
        tcol = srng.choice([P_RED, P_GREEN, P_YELLOW, P_BLACK])
        pts = []
        for t in np.linspace(0, 1, 16):
            pts.append((tx + 8 * math.sin(t * 6 + srng.uniform(0, 1)), ty + t * srng.uniform(30, 60)))
        d.line(pts, fill=tcol + (255,), width=1)
    return layer.convert("RGB")


def _puan_art(w: int, h: int, seed: int) -> Image.Image:
    """A puanchei spread under the page: its black ground and bands of colour across the frame, a row of
    woven lozenges in each broad band, its fringe along its foot over the table's wood."""
    srng = random.Random(seed)
    fringe_at = int(h * srng.uniform(0.86, 0.9))
    img = Image.new("RGB", (w, h), (120, 84, 52))
    wood = np.asarray(img, dtype=np.float32).copy()
    g = np.random.default_rng(srng.randrange(10**6))
    xx = np.arange(w, dtype=np.float32)[None, :]
    wood += (np.sin(xx * 0.05 + g.uniform(0, 6)) * 9)[..., None]
    wood += g.normal(0, 4, (h, w, 1))
    img = Image.fromarray(wood.clip(0, 255).astype(np.uint8), "RGB")
    cloth = _ground(w, fringe_at, srng.randrange(10**6))
    img.paste(cloth, (0, 0))
    d = ImageDraw.Draw(img)
    cell = 5
    y = srng.randrange(10, 40)
    motif_sets = [
        [P_YELLOW, P_RED, P_WHITE, P_GREEN],
        [P_WHITE, P_GREEN, P_YELLOW, P_RED],
        [P_PINK, P_YELLOW, P_GREEN, P_WHITE],
    ]
    band_n = 0
    while y < fringe_at - 30:
        for dy, hh, colour in ((0, 8, P_RED), (10, 3, P_WHITE), (15, 8, P_GREEN)):
            d.rectangle((0, y + dy, w, y + dy + hh), fill=colour)
        y += 40
        if y + 50 < fringe_at:
            rings = motif_sets[band_n % 3]
            for i in range(int(w / (cell * 10)) + 1):
                _lozenge(d, cell * 10 * (i + 0.5), y + 22, cell, rings, hooks=P_YELLOW if i % 2 else None)
            y += 50
        for dy, hh, colour in ((0, 8, P_GREEN), (10, 3, P_WHITE), (15, 8, P_RED)):
            d.rectangle((0, y + dy, w, y + dy + hh), fill=colour)
        y += srng.randrange(70, 130)
        band_n += 1
    for t in range(0, w, 9):
        colour = P_RED if (t // 9) % 4 == 0 else P_BLACK
        sway = srng.uniform(-3, 3)
        end = fringe_at + srng.uniform(26, 42)
        d.line((t + 3, fringe_at, t + 3 + sway, end), fill=colour, width=2)
        d.line((t + 6, fringe_at, t + 6 + sway, end - 2), fill=colour, width=1)
    return img


def _on_puan(image: Image.Image, seed: int) -> Image.Image:
    """The page on the puan: turned a little with its shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad, h + 2 * pad + 60
    base = _puan_art(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = (bw - turned.width) // 2, pad - 10
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 140 if v > 0 else 0), (sx + 9, sy + 11))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    base = Image.composite(Image.new("RGB", base.size, (10, 8, 8)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    return base


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: its bilingual fields in Mizo and English, a folded
    puanchei as an emblem, a ngotekherh's stripes as a divider, a loom's bamboo, a skein and threads in the
    margins."""
    page = h294._render(rows, font, style)
    x = style.get("h319")
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
        if not name.startswith("t19"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t19mf":
            is_pen, at = m
            mizo, english, value = r[1], r[2], r[3]
            draw.text((MARGIN, y), mizo, font=load_font(bold_of(font), int(size * 0.92)), fill=ink)
            draw.text((MARGIN, y + line * 0.78), english, font=load_font(font, int(size * 0.68)), fill=soft)
            bx0, bx1 = MARGIN + at * room, width - MARGIN
            by0, by1 = top_y + 3, top_y + line * 2 - 5
            draw.rounded_rectangle(
                (bx0, by0, bx1, by1),
                radius=5,
                fill=_tint(soft, paper_, 0.06),
                outline=_tint(soft, paper_, 0.5),
                width=1,
            )
            if is_pen:
                vface = load_font(pen, int(size * 1.1))
                draw.text((bx0 + 12, top_y + line * 1.3), value, font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(font, size)
                draw.text((bx0 + 12, top_y + line * 1.25), value, font=vface, fill=ink, anchor="ls")
        elif name == "t19sw":
            seed, tilt = m
            _swatch(page, width / 2, top_y + line * 0.05, line * 2.8, seed, tilt)
            draw = ImageDraw.Draw(page)
        elif name == "t19bd":
            (seed,) = m
            _band(page, MARGIN, width - MARGIN, top_y + line * 0.18, top_y + line * 0.86, seed)
            draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "bits":
            page = _bits(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout315's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the puanchei a page is photographed lying on."""
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
    f = (style.get("h319") or {}).get("frame")
    if f and f[0] == "puan":
        image = _on_puan(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout319 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Puan Dawr's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_SHORT]
VPAS = [
    "tlawmngaihnapuan@sbi",
    "bharatpe.9034127756@fbpe",
    "puandawr.aizawl@okaxis",
    "Q724091538@ybl",
]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Mizoram Rural Bank": "MRB",
        "HDFC Bank": "HDFC",
        "Axis Bank": "Axis",
        "ICICI Bank": "ICICI",
        "IDBI Bank": "IDBI",
        "Bank of India": "BOI",
        "Kotak Mahindra Bank": "Kotak",
    }.get(bank, bank)


def _upi_bharatpe(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """BharatPe for Business on the Puan Dawr's phone: the Dawr under the app's bar, a large round tick,
    Payment Received, the sum set large, "from <buyer>"; UPI Ref No., BharatPe Txn ID, Received on and Paid
    using each in a read-only field's box."""
    if rng.random() < 0.4:
        season(j, rng, CHAPCHAR, CHAPCHAR_DAYS)
    else:
        weekday_only(j, rng)
    p = phone(rng, font, k, ["", "BharatPe"], dark=False, buttons=("Share", "Download"))
    band(p, (0, 150, 136))
    app_head(p, "BharatPe", "for Business")
    name = pick(p, "center", [SHOP, SHOP_CAPS])
    p.add("center", name, merchant=name)
    p.add("small", "Bara Bazar, Aizawl  |  QR 9034127756")
    p.add("gap")
    sicon(p, j.status)
    p.add("center", "Payment Received", status=j.status)
    h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
    p.add("small", f"from {who}")
    p.add("gap")
    tid = f"BP{j.date:%y%m%d}{digits(rng, 10)}"
    h273.field(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    h273.field(p, "BharatPe Txn ID", tid, txn=(TXN_RANK, tid))
    h273.field(p, "Received on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    h273.field(p, "Paid using", rng.choice(["PhonePe UPI", "Google Pay UPI", "Paytm UPI"]), method="UPI")
    return p.done()


def _upi_gpay(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Google Pay's payment with its details in a bottom sheet: the payee's initial in a round badge, "To
    <payee>" and its UPI ID, the sum large, Completed, the day and hour; in the sheet pulled up under it,
    Payment details: UPI transaction ID, To, From and Google transaction ID, each label small over its
    value."""
    p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=())
    name = rng.choice(PAYEES[:3])
    p.add("gap")
    h273.avatar(p, name[0], rng.choice([(26, 115, 232), (52, 168, 83), (234, 67, 53)]))
    shown = pick(p, "center", [f"To {name}", f"To {SHOP}"])
    p.add("center", shown, merchant=shown[3:])
    vpa = rng.choice(VPAS)
    p.add("small", vpa)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'western')}", amount=j.amount)
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} Completed".strip(), status=j.status)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " \u2022 ")), date=j.date)
    h287.sheet_open(p)
    p.add("left", "Payment details")
    p.add("gap")
    h271.lab(p, "UPI transaction ID")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    h271.lab(p, "To")
    p.add("left", shown[3:])
    label(p, vpa)
    h271.lab(p, "From")
    p.add("left", f"{who} ({bank_short(bank)})", method="UPI")
    label(p, f"XXXXXX{digits(rng, 4)}")
    gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    h271.lab(p, "Google transaction ID")
    p.add("left", gid, txn=(TXN_RANK, gid))
    return p.done()


def _upi_fi(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Fi's payment in progress over a progress bar: Payment in progress, the sum, "to <payee>", a notice;
    a copyable UPI Ref No, Started and From at the left and the right."""
    p = phone(rng, font, k, ["", "Fi"], dark=False, buttons=("Refresh status",))
    band(p, (0, 132, 112))
    app_head(p, "Fi", "UPI payment")
    h294.progress(p, rng.uniform(0.45, 0.7), j.status)
    p.add("center", "Payment in progress", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "Your money has left your account and is on its way. The receiving bank usually confirms within "
        "30 minutes; please do not pay again.",
        "warn",
    )
    copyrow(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Started", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%y"], (", ",)), date=j.date)
    kvr(p, "From", f"Federal Bank {masked(p.font)}{digits(rng, 4)}", method="UPI")
    return p.done()


def _upi_phonepe(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """PhonePe's result on a tinted band: Transaction Successful, the hour and the day under it, "Paid to"
    over the payee and the sum on one line, its UPI ID; Transfer Details: Transaction ID and UTR, labels
    small over their values, and Debited from at the left and the right."""
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share", "Done"))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "")
    h269.strip(p, "Transaction Successful", j.status)
    p.add("small", f"{hhmm(rng, lower=True)} on {day_as(j, rng, ['{d} %b %Y', '%d %b %Y'])}", date=j.date)
    p.add("gap")
    label(p, "Paid to")
    name = rng.choice([SHOP_CAPS, CUT])
    rs = money(rng, p.font, 0.5, marks=("\u20b9", "\u20b9", "Rs."))
    p.pair(name, rs(j.amount), merchant=name, amount=j.amount)
    label(p, rng.choice(VPAS), method="UPI")
    p.add("rule")
    p.add("left", "Transfer Details")
    tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
    two_up(p, "pp", ("Transaction ID", tid), ("UTR", j.ref), txn=(UTR_RANK, j.ref))
    p.add("gap")
    kvr(p, "Debited from", f"{bank_short(bank)} XXXXXX{digits(rng, 4)}")
    return p.done()


def _upi_mobikwik(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """MobiKwik's payment with no reference: a tile's tick, Payment Successful, the sum, "paid to <payee>",
    "on <day> at <hour>"; Paid using and SuperCash earned at the left and the right."""
    p = phone(rng, font, k, ["", "MobiKwik"], dark=False, buttons=("Done",))
    band(p, (0, 84, 166))
    app_head(p, "MobiKwik", "UPI")
    h287.tile(p, j.status)
    p.add("center", "Payment Successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"paid to {rng.choice(PAYEES)}", f"paid to {SHOP}"])[8:]
    p.add("center", f"paid to {name}", merchant=name)
    p.add("small", f"on {day_as(j, rng, ['{d} %b %Y', '%d %b %Y'])} at {hhmm(rng)}", date=j.date)
    p.add("gap")
    kvr(p, "Paid using", f"UPI - {bank_short(bank)}", method="UPI")
    kvr(p, "SuperCash earned", f"{rupee_of(p.font)}{rng.randrange(4, 40)}")
    p.add("center", "Need help with this payment?")
    return p.done()


def _upi_jupiter(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Jupiter's payment in a ticket's card under "Today, <hour>": Payment sent, the sum, "to <payee>"; past
    the ticket's tear, UPI Ref ID and From at the left and the right; no day."""
    p = phone(rng, font, k, ["", "Jupiter"], dark=False, buttons=("Share",))
    band(p, (234, 92, 60))
    app_head(p, "Jupiter", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    s = h279.ticket_open(p)
    p.add("center", "Payment sent", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    t = h279.ticket_tear(p)
    kvr(p, "UPI Ref ID", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "From", f"Jupiter a/c {masked(p.font)}{digits(rng, 4)}", method="UPI")
    h279.ticket_close(p, s, t)
    p.add("small", "Savings account by Federal Bank")
    return p.done()


def _upi_ippb(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """India Post Payments Bank's app with the payment failed under a large round cross: Transaction Failed,
    the sum, "to <payee>", the reason in a notice; Transaction ID :, Date & Time :, Reason : and Debit
    Account : with colons."""
    p = phone(rng, font, k, ["", "IPPB Mobile"], dark=False, buttons=("Try again",))
    band(p, (196, 28, 84))
    app_head(p, "IPPB Mobile Banking", "India Post Payments Bank  |  UPI")
    sicon(p, j.status)
    p.add("center", "Transaction Failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "The payee's bank did not answer in time. Any amount debited from your account will be credited "
        "back within 48 hours.",
        "error",
    )
    tid = f"IPPB{j.date:%y%m%d}{digits(rng, 8)}"
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
    colkv(p, "ip", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
    colkv(p, "ip", spec, "Date & Time :", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
    colkv(p, "ip", spec, "Reason :", "Beneficiary bank timed out")
    colkv(p, "ip", spec, "Debit Account :", f"XXXXXXXX{digits(rng, 4)}", method="UPI")
    return p.done()


def _upi_navi(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Navi's payment: the payee's initials in a round badge, Paid successfully, the sum, "to <payee>";
    Payment details in a striped table: UPI Ref. No., Paid on, From and the buyer's note in Mizo."""
    p = phone(rng, font, k, ["", "Navi"], dark=False, buttons=("Share receipt",))
    band(p, (20, 48, 120))
    app_head(p, "Navi", "UPI")
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    h273.avatar(p, initials(name), (20, 48, 120))
    p.add("center", "Paid successfully", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    zebra(
        p,
        "nv",
        [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
        ["Payment details", ""],
        [
            (["UPI Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["Paid on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            (["From", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}"], {"method": "UPI"}),
            (["Note", rng.choice(NOTES)], {}),
        ],
        (20, 48, 120),
    )
    return p.done()


UPI_LAYOUTS = [
    _upi_bharatpe,
    _upi_gpay,
    _upi_fi,
    _upi_phonepe,
    _upi_mobikwik,
    _upi_jupiter,
    _upi_ippb,
    _upi_navi,
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Puan Dawr or the society by UPI, one layout a place (``UPI_LAYOUTS``): BharatPe for
    Business on the Dawr's phone, Google Pay's details in a bottom sheet, Fi's payment in progress,
    PhonePe's on a tinted band, MobiKwik's with no reference, Jupiter's ticket under "Today", IPPB's failure
    and Navi's striped details."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=600, high=24000, p_round=0.7)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    return UPI_LAYOUTS[k](rng, font, k, j, who, bank)


# ---------------------------------------------------------------- 2. buyers' advices


ZOHANCO = "Mizoram Apex Handloom & Handicrafts Co-operative Society Ltd."
ZOHANCO_SHORT = "ZOHANCO"
WEAVE_STORY = "Weave Story Design Studio"
PINEWOOD = "Pinewood Heights Hotels Pvt. Ltd."
BAMBOO_LOOM = "Bamboo & Loom Interiors LLP"
BRAHMAPUTRA = "Brahmaputra Heritage Hotels Ltd."
KHATLA = "KHATLA PRESBYTERIAN KOHHRAN"
NEHHDC = "North Eastern Handicrafts and Handloom Development Corporation Ltd."


def _adv_zohanco(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ZOHANCO's payment release letter for the puans it bought for its emporiums: its No. at the left and
    "Dated Aizawl, the <nth> <Month>, <year>" at the right; "To," and the society; Subject:; Sl. | Bill No. |
    Bill Date | Amount on hairline rows with the Total under a rule and a double rule; "The above amount of
    Rs. x/- has been credited ... through NEFT vide UTR No. ..."; its round seal and the Managing Director's
    signature."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [ZOHANCO, "Mizoram Apex Handloom & Handicrafts Co-op. Society Ltd."])
    top(p, name)
    p.add("center", f"({ZOHANCO_SHORT})  Treasury Square, Aizawl - 796001")
    p.add("rule")
    p.part = "body"
    ref = f"No. ZOH/ACC/PR/{fy(j.date)}/{rng.randrange(120, 900)}"
    dated = f"Dated Aizawl, the {h279.ordinal(j.date)} {when(j.date, '%B, %Y')}"
    cols(p, "zh0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], ref, dated, date=j.date)
    p.add("gap")
    p.add("left", "To,")
    p.add("left", "The Secretary,")
    who = pick(p, "left", [FIRM, FIRM_MID])
    p.add("left", who, merchant=who)
    p.add("left", "Bara Bazar, Aizawl.")
    p.add("gap")
    prose(p, "Subject: Release of payment for supply of handloom puans to ZOHANCO emporiums.")
    p.add("gap")
    spec = [(0.0, 0.1, "c"), (0.1, 0.45, "l"), (0.45, 0.72, "c"), (0.72, 1.0, "r")]
    cols(p, "zhh", spec, "Sl.", "Bill No.", "Bill Date", "Amount (Rs.)", mode="line")
    for n_, (bno, bday, v) in enumerate(bills_for(rng, j, rng.randrange(2, 4), "TPD")):
        cols(p, "zhr", spec, str(n_ + 1), bno, when(bday, "%d.%m.%Y"), num(v), mode="line")
    total(p, "Total", num(j.amount), at=0.72, amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "State Bank of India", neft_or_rtgs(j.amount))
    prose(
        p,
        f"The above amount of {whole_rs(j.amount)} has been credited to your Account No. XXXXXXX"
        f"{digits(rng, 4)} with {BANK_LINE} through {neft_or_rtgs(j.amount)} vide UTR No. {utr}.",
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    h269.seal(p, "ZOHANCO * AIZAWL * MIZORAM *", ["ACCOUNTS"], "blue")
    sig(p)
    p.add("right", "Managing Director, ZOHANCO")
    return p.done()


def _adv_marg(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Kolkata design studio's PAYMENT VOUCHER printed from Marg ERP: Voucher No. : and Date : with colons,
    Paid To :; Particulars | Amount in a table ruled on every side with its Total; Mode :, Bank : and UTR
    No. : with colons; the sum in words; Prepared by, Checked by and Authorised Signatory across its foot."""
    p = sheet(rng, font, [780, 820])
    p.part = "head"
    top(p, WEAVE_STORY.upper())
    p.add("small", "14/2 Hindustan Park, Kolkata - 700029  |  GSTIN 19" + code(rng, 5, UPPER) + "4812K1Z6")
    p.add("rule")
    p.add("center", "PAYMENT VOUCHER")
    p.part = "body"
    vno = f"PV/{fy(j.date)}/{rng.randrange(100, 900):04d}"
    spec = [(0.0, 0.26, "l"), (0.26, 1.0, "l")]
    colkv(p, "mg", spec, "Voucher No. :", vno, txn=(INVOICE_RANK, vno))
    colkv(p, "mg", spec, "Date :", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
    who = fit(p, [FIRM_CAPS, FIRM_MID, FIRM_SHORT], 0.74)
    colkv(p, "mg", spec, "Paid To :", who, merchant=who)
    p.add("gap")
    bno = f"TPD/{fy(j.date)}/{rng.randrange(40, 600):03d}"
    grid(
        p,
        "mgg",
        [(0.0, 0.72, "l"), (0.72, 1.0, "r")],
        ["Particulars", "Amount"],
        [
            ([f"Being payment against Bill No. {bno}", num(j.amount)], {}),
            (["(handloom puans for the studio's autumn range)", ""], {}),
        ],
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    utr = utr_of(rng, j, "HDFC Bank", "NEFT")
    colkv(p, "mg", spec, "Mode :", "NEFT", method="netbanking", status=j.status)
    colkv(p, "mg", spec, "Bank :", f"HDFC Bank A/c XXXX{digits(rng, 4)}")
    colkv(p, "mg", spec, "UTR No. :", utr, txn=(UTR_RANK, utr))
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    p.add("gap")
    p.add("gap")
    cols(
        p,
        "mgf",
        [(0.0, 0.33, "l"), (0.33, 0.66, "c"), (0.66, 1.0, "r")],
        "Prepared by",
        "Checked by",
        "Authorised Signatory",
    )
    p.add("small", "Marg ERP 9+")
    return p.done()


def _adv_kotak(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Kotak FYN with a Shillong hotel company's RTGS pending authorisation: Pending, Authorised and
    Rejected tabs; a capsule; in a rounded card, Transaction Ref. No., Beneficiary, Amount, Payment Mode,
    Value Date, Initiated by and Awaiting at the left and the right; a notice."""
    j.amount = rupees(rng, 200000, 480000, 0.4)
    p = browser_page(rng, font, "fyn.kotak.com/payments/pending-authorisation")
    p.part = "head"
    top(p, "Kotak FYN")
    p.add("small", f"Kotak Mahindra Bank  |  Corporate Banking  |  {PINEWOOD}")
    p.add("rule")
    p.part = "body"
    h275.tabs(p, ["Pending", "Authorised", "Rejected"], 0)
    p.add("gap")
    chip(p, "Pending authorisation", j.status)
    p.add("gap")
    ref = f"KFYN{j.date:%y%m%d}{digits(rng, 7)}"
    name = fit(p, [rng.choice([FIRM_CAPS, CUT]), CUT], 0.55)
    c = card_open(p)
    kvr(p, "Transaction Ref. No.", ref, txn=(BANK_RANK, ref))
    kvr(p, "Beneficiary", name, merchant=name)
    kvr(p, "Amount", f"INR {num(j.amount)}", amount=j.amount)
    kvr(p, "Payment Mode", "RTGS", method="netbanking")
    kvr(p, "Value Date", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
    kvr(p, "Initiated by", "accounts.maker")
    kvr(p, "Awaiting", "Authoriser (level 1)")
    card_close(p, c)
    boxed(p, "This RTGS will be sent to the beneficiary's bank once an authoriser approves it.", "warn")
    return p.done()


def _adv_whatsapp(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A buyer's WhatsApp message in Mizo to the Puan Dawr under its "Today" divider: the buyer on top;
    "Puanchei <n> man ₹x chu vawiin NEFT-in <payee> account-ah ka thawn e. UTR ..." (the price of <n>
    puanchei, ₹x, I sent today by NEFT to <payee>'s account); the Dawr's reply "Ka dawng e, ka lawm e!
    Naktukah kan thawn ang." (received, thank you! we will send them tomorrow); no day."""
    j.amount = float(rng.randrange(14, 40) * 1000)
    buyer = rng.choice(["Pi Lalhmangaihzuali", "Pu Lalrinliana Hnamte", "Pi Zodinpuii"])
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    p.add("title", buyer)
    p.add("small", "online")
    p.add("rule")
    p.part = "body"
    p.add("gap")
    divider(p, "Today")
    p.add("gap")
    s = len(p.rows)
    n = rng.randrange(2, 4)
    name = rng.choice([SHOP, FIRM_SHORT])
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    rs = rupee_of(p.font)
    for n_, line in enumerate(
        lines_of(
            p,
            f"Puanchei {n} man {rs}{num(j.amount, 'indian', 0)} chu vawiin NEFT-in {name} account-ah ka "
            "thawn "
            f"e. UTR {utr}",
            share=0.8,
        )
    ):
        facts = {}
        if n_ == 0:
            facts = {"merchant": name, "amount": j.amount, "method": "netbanking", "status": j.status}
        if utr in line:
            facts["txn"] = (UTR_RANK, utr)
        p.add("left", line, **facts)
    sent, reply = hours(rng)
    h273.bubble(p, s, sent)
    p.add("gap")
    s2 = len(p.rows)
    p.add("right", "Ka dawng e, ka lawm e! Naktukah kan thawn ang.")
    h273.bubble(p, s2, reply)
    return p.done()


def _adv_idfc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IDFC FIRST Bank's corporate banking with a Guwahati interiors firm's NEFT returned under a red
    ribbon: the reason in a notice; labels small over their values two to a row: Transaction Ref. No. and
    Value Date, Beneficiary and Amount, Mode and Return Reason."""
    p = browser_page(rng, font, "corporate.idfcfirstbank.com/payments/neft/status")
    p.part = "head"
    top(p, "IDFC FIRST Bank")
    p.add("small", f"Corporate Internet Banking  |  {BAMBOO_LOOM}, Guwahati")
    p.add("rule")
    p.part = "body"
    h275.ribbon(p, "NEFT RETURNED", (180, 30, 50))
    p.add("gap")
    p.add("center", "Payment returned by beneficiary bank", status=j.status)
    boxed(
        p,
        "The beneficiary's bank returned this NEFT: the account name does not match the account number. The "
        "amount has been credited back to your account.",
        "error",
    )
    ref = f"IDFB{j.date:%y%m%d}{digits(rng, 8)}"
    name = rng.choice([FIRM_CAPS, CUT])
    rs = money(rng, p.font, 0.3, marks=("INR ", "Rs."))
    two_up(
        p,
        "id1",
        ("Transaction Ref. No.", ref),
        ("Value Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        txn=(BANK_RANK, ref),
        date=j.date,
    )
    p.add("gap")
    two_up(p, "id2", ("Beneficiary", name), ("Amount", rs(j.amount)), merchant=name, amount=j.amount)
    p.add("gap")
    two_up(p, "id3", ("Mode", "NEFT"), ("Return Reason", "R03 - name mismatch"), method="netbanking")
    return p.done()


def _adv_sap(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Guwahati hotel company's payment advice mailed from SAP: its sentence; Vendor, Payment document,
    Payment date, Payment method and Bank reference (UTR) in dot leaders; Document No. | Reference | Doc.
    Date | Amount on hairline rows with its Total paid under a rule and a double rule."""
    p = mail_page(
        rng,
        font,
        "SAP Payment Advice <ap.payments@brahmaputrahotels.in>",
        ["Payment advice note - vendor 100482", "Payment advice from Brahmaputra Heritage Hotels"],
    )
    p.part = "head"
    top(p, BRAHMAPUTRA)
    p.add("small", "Accounts Payable  |  G.S. Road, Guwahati - 781005")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Vendor,")
    prose(
        p,
        "Please find below the details of the payment made to you. The invoices listed are settled in full.",
    )
    p.add("gap")
    who = fit(p, [FIRM_MID, FIRM_SHORT], 0.58)
    pdoc = str(rng.randrange(1500000000, 1500999999))
    utr = utr_of(rng, j, "ICICI Bank", neft_or_rtgs(j.amount))
    at = 0.4
    dots(p, "Vendor", who, at=at, merchant=who)
    dots(p, "Payment document", pdoc, at=at, txn=(INVOICE_RANK, pdoc))
    dots(p, "Payment date", when(j.date, "%d.%m.%Y"), at=at, date=j.date)
    dots(
        p, "Payment method", f"{neft_or_rtgs(j.amount)} transfer", at=at, method="netbanking", status=j.status
    )
    dots(p, "Bank reference (UTR)", utr, at=at, txn=(UTR_RANK, utr))
    p.add("gap")
    spec = [(0.0, 0.27, "l"), (0.27, 0.55, "l"), (0.55, 0.76, "c"), (0.76, 1.0, "r")]
    cols(p, "sph", spec, "Document No.", "Reference", "Doc. Date", "Amount", mode="line")
    for bno, bday, v in bills_for(rng, j, rng.randrange(2, 4), "TPD"):
        cols(
            p,
            "spr",
            spec,
            str(rng.randrange(5100000000, 5100999999)),
            bno,
            when(bday, "%d.%m.%Y"),
            num(v),
            mode="line",
        )
    total(p, "Total paid (INR)", num(j.amount), at=0.76, amount=j.amount)
    p.add("small", "This is a system generated payment advice from SAP S/4HANA. Please do not reply.")
    return p.done()


def _adv_khatla(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A church women's fellowship's letter in Mizo with no reference: KHATLA PRESBYTERIAN KOHHRAN, its
    Hmeichhia (women's wing) under it; Dt. at the right; "To," and the society; "Thupui: Puanchei man pêk"
    (Subject: paying for the puanchei); "Kan Hmeichhia thilpêk atana Puanchei <n> kan lei man Rs. x/- chu ni
    <dd.mm.yyyy> khan NEFT-in in SBI account-ah kan thawn e. Kan lawm e." (the price of the <n> puanchei we
    bought as our fellowship's gifts, Rs. x/-, we sent to your SBI account by NEFT on <day>; we thank you);
    its Treasurer's (Sum Enkawltu) signature."""
    n = rng.randrange(4, 12)
    j.amount = float(n * rng.choice([7500, 8000, 8500, 9000]))
    p = sheet(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(252, 251, 246), (248, 247, 242)])
    p.part = "head"
    top(p, KHATLA)
    p.add("center", "Hmeichhia")
    p.add("small", "Khatla, Aizawl - 796001")
    p.add("rule")
    p.part = "body"
    cols(p, "kh0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "", f"Dt. {when(j.date, '%d.%m.%Y')}")
    p.add("left", "To,")
    p.add("left", "The Secretary,")
    who = pick(p, "left", [FIRM, FIRM_MID])
    p.add("left", who, merchant=who)
    p.add("left", "Bara Bazar, Aizawl.")
    p.add("gap")
    p.add("left", "Thupui: Puanchei man pêk")
    p.add("gap")
    prose(
        p,
        f"Kan Hmeichhia thilpêk atana Puanchei {n} kan lei man Rs. {num(j.amount, 'indian', 0)}/- chu ni "
        f"{when(j.date, '%d.%m.%Y')} khan NEFT-in in SBI account-ah kan thawn e.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    p.add("left", "Kan lawm e.")
    p.add("gap")
    sig(p)
    p.add("right", "(LALHMINGTHANGI)")
    p.add("right", "Sum Enkawltu, Hmeichhia")
    return p.done()


def _adv_nehhdc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """NEHHDC's e-PAYMENT ADVICE for Purbashree's purchases: its Advice No.; Payee:; Invoice No. | Inv. Date |
    Taxable | IGST 5% | TDS 2% | Net Paid in a table ruled on every side with its Total; Net amount
    credited, UTR No. and Value Date in dot leaders."""
    p = sheet(rng, font, [900, 940])
    p.part = "head"
    name = pick(p, "title", [NEHHDC, "N.E. Handicrafts & Handloom Development Corpn. Ltd."])
    top(p, name)
    p.add("small", "(A Government of India Undertaking)  Purbashree  |  Guwahati - 781001")
    p.add("rule")
    p.add("center", "e-PAYMENT ADVICE")
    p.part = "body"
    p.add("left", f"Advice No. NEHHDC/FIN/{fy(j.date)}/{rng.randrange(200, 2000)}")
    who = pick(p, "left", [f"Payee: {FIRM}", f"Payee: {FIRM_MID}"])
    p.add("left", who, merchant=who[7:])
    p.add("gap")
    lines, net_total = [], 0.0
    bills = bills_for(rng, j, rng.randrange(2, 4), "TPD")
    for bno, bday, v in bills:
        taxable = round(v / 1.05, 2)
        gst = round(v - taxable, 2)
        tds = round(taxable * 0.02, 2)
        net = round(v - tds, 2)
        net_total += net
        lines.append(([bno, when(bday, "%d.%m.%y"), num(taxable), num(gst), num(tds), num(net)], {}))
    j.amount = round(net_total, 2)
    grid(
        p,
        "nh",
        [
            (0.0, 0.24, "l"),
            (0.24, 0.38, "c"),
            (0.38, 0.55, "r"),
            (0.55, 0.69, "r"),
            (0.69, 0.82, "r"),
            (0.82, 1.0, "r"),
        ],
        ["Invoice No.", "Inv. Date", "Taxable", "IGST 5%", "TDS 2%", "Net Paid"],
        lines,
        foot=(["Total", num(j.amount)], {}),
    )
    utr = utr_of(rng, j, "UCO Bank", neft_or_rtgs(j.amount))
    at = 0.45
    dots(p, "Net amount credited", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    dots(p, "Mode", neft_or_rtgs(j.amount), at=at, method="netbanking", status=j.status)
    dots(p, "UTR No.", utr, at=at, txn=(UTR_RANK, utr))
    dots(p, "Value Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    p.add("small", "TDS deducted under section 51 of the CGST Act; certificate in GSTR-7A.")
    return p.done()


ADVICE_LAYOUTS = [
    _adv_zohanco,
    _adv_marg,
    _adv_kotak,
    _adv_whatsapp,
    _adv_idfc,
    _adv_sap,
    _adv_khatla,
    _adv_nehhdc,
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the society, one layout a place (``ADVICE_LAYOUTS``): ZOHANCO's
    release letter, a Kolkata studio's Marg ERP voucher, Kotak FYN's RTGS pending authorisation, a buyer's
    WhatsApp message in Mizo under "Today", IDFC FIRST Bank's NEFT returned, a hotel company's SAP advice, a
    church women's fellowship's letter in Mizo with no reference and NEHHDC's e-payment advice."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=18000, high=240000, p_round=0.6)
    return ADVICE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Loom & Lineage Textiles LLC", "Portland, Oregon, USA", "USD", 1200, 16000),
    ("Hill Tribe Weaves Ltd", "Bristol, United Kingdom", "GBP", 700, 9000),
    ("Zo Community Co-operative Ltd", "Melbourne, Australia", "AUD", 1200, 15000),
    ("Kyoto Textile Archive Co., Ltd.", "Kyoto, Japan", "JPY", 150000, 1600000),
    ("Webstube Zürich GmbH", "Zürich, Switzerland", "CHF", 900, 12000),
    ("Nusa Loom Pte. Ltd.", "Singapore", "SGD", 1400, 15000),
    ("Hill Cloth Trading Co. Ltd.", "Hong Kong", "HKD", 8000, 110000),
    ("Handwerk & Faden GmbH", "Hamburg, Germany", "EUR", 900, 11000),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or $; pounds with GBP or the pound's sign;
    Australian dollars with AUD or A$; yen whole with JPY or the yen's sign; Swiss francs with apostrophes
    between the thousands and CHF before or after; Singapore dollars with SGD or S$; Hong Kong dollars with
    HKD or HK$; euros the German way (4.250,00 EUR, EUR 4.250,00 or 4.250,00 €)."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    yen = "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}"
    euro = "{g} \u20ac" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "{g} EUR"
    forms = {
        "USD": ["USD {v}", "${v}"],
        "GBP": ["GBP {v}", pound],
        "AUD": ["AUD {v}", "A${v}"],
        "JPY": ["JPY {w}", yen],
        "CHF": ["CHF {s}", "{s} CHF"],
        "SGD": ["SGD {v}", "S${v}"],
        "HKD": ["HKD {v}", "HK${v}"],
        "EUR": ["{g} EUR", "EUR {g}", euro],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(
            v=english,
            w=f"{v:,.0f}",
            s=english.replace(",", "'"),
            g=english.replace(",", "#").replace(".", ",").replace("#", "."),
        )

    return show


def _wire_chase(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """JPMorgan Chase's Chase Connect with a wire sent in US dollars, the day month first: Wire transfer
    details; Status, Confirmation #, Recipient, Recipient bank, Amount, Send on and Fee option in a table
    ruled on every side."""
    p = browser_page(rng, font, "connect.secure.chase.com/payments/wires/activity/detail")
    p.part = "head"
    top(p, "Chase")
    p.add("small", f"Chase Connect  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Wire transfer details")
    p.add("gap")
    ref = f"{rng.randrange(10, 99)}{digits(rng, 8)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.64)
    at = 0.32
    gkv(p, "ch", "Status", "Sent", at=at, status=j.status)
    gkv(p, "ch", "Confirmation #", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "ch", "Recipient", name, at=at, merchant=name)
    gkv(p, "ch", "Recipient bank", "STATE BANK OF INDIA, AIZAWL (SBININBB)", at=at)
    gkv(p, "ch", "Amount", show(j.amount), at=at, **sum_)
    gkv(p, "ch", "Send on", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"])), at=at, date=j.date)
    gkv(p, "ch", "Fee option", "Shared (SHA)", at=at, method="netbanking")
    return p.done()


def _wire_lloyds(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Lloyds Bank's Commercial Banking app with a payment sent in pounds under "Today, <hour>": a large
    round tick, Payment sent, the sum, "to <payee>"; each value over its label: Reference, Charges, From; no
    day."""
    p = phone(rng, font, k, ["", "Lloyds Business"], dark=False, buttons=("Done",))
    band(p, (0, 110, 70))
    app_head(p, "Lloyds Bank", "Commercial Banking")
    p.add("small", f"Today, {hhmm(rng, twelve=False)}")
    sicon(p, j.status)
    p.add("center", "Payment sent", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_SHORT}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    ref = f"LYD{digits(rng, 9)}"
    vlab(p, "Reference", ref, bold=False, txn=(BANK_RANK, ref))
    vlab(p, "Charges", "Shared (SHA)", bold=False, method="netbanking")
    vlab(p, "From", f"Business Current {masked(p.font, 4)}{digits(rng, 4)}", bold=False)
    p.add("small", f"{payer}  |  {town}")
    return p.done()


def _wire_westpac(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Westpac's Corporate Online with an international payment's receipt in Australian dollars: Receipt
    number, Payee, Amount, Payment date, Charges option and Status in dot leaders."""
    p = browser_page(rng, font, "corporateonline.westpac.com.au/payments/international/receipt")
    p.part = "head"
    top(p, "Westpac")
    p.add("small", f"Corporate Online  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "International payment - transaction receipt")
    p.add("gap")
    ref = f"WBC{digits(rng, 10)}"
    name = fit(p, [FIRM_CAPS, FIRM_SHORT], 0.6)
    at = 0.36
    dots(p, "Receipt number", ref, at=at, txn=(BANK_RANK, ref))
    dots(p, "Payee", name, at=at, merchant=name)
    dots(p, "Amount", show(j.amount), at=at, bold=True, **sum_)
    dots(p, "Payment date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %B %Y"])), at=at, date=j.date)
    dots(p, "Charges option", "SHA - shared", at=at, method="netbanking")
    dots(p, "Status", "Completed", at=at, status=j.status)
    p.add("small", "Payee bank: State Bank of India, Aizawl, India (SBININBB)")
    return p.done()


def _wire_mizuho(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Mizuho Bank's Business WEB with an outward remittance in yen awaiting processing: a capsule; its
    stages top to bottom; Remittance No.:, Beneficiary:, Amount:, Value date: (the day year first) and
    Charges: with colons."""
    p = browser_page(rng, font, "web.mizuhobank.co.jp/business/gaikoku/soukin/status")
    p.part = "head"
    top(p, "Mizuho Bank")
    p.add("small", f"Mizuho Business WEB  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Overseas remittance (outward)")
    pill(p, "Awaiting processing", j.status)
    p.add("gap")
    h271.step(p, "Request received", "accepted by the bank", "done")
    h271.step(p, "Compliance check", "in progress", j.status)
    h271.step(p, "Sent to beneficiary bank", "", "todo")
    p.add("gap")
    ref = f"MZH{j.date:%y%m%d}{digits(rng, 6)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.7)
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    colkv(p, "mz", spec, "Remittance No.:", ref, txn=(BANK_RANK, ref))
    colkv(p, "mz", spec, "Beneficiary:", name, merchant=name)
    colkv(p, "mz", spec, "Amount:", show(j.amount), **sum_)
    colkv(p, "mz", spec, "Value date:", when(j.date, "%Y/%m/%d"), date=j.date)
    colkv(p, "mz", spec, "Charges:", "SHA", method="netbanking")
    return p.done()


def _wire_zkb(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Zürcher Kantonalbank's eBanking with a payment executed in Swiss francs: Zahlung ausgeführt /
    Payment executed; each label's German and its English after a slash in a striped table: Begünstigter /
    Beneficiary, Betrag / Amount, Ausführungsdatum / Execution date, Referenz / Reference, Spesen /
    Charges."""
    p = browser_page(rng, font, "ebanking.zkb.ch/zahlungen/ausland/detail")
    p.part = "head"
    top(p, "Zürcher Kantonalbank")
    p.add("small", f"eBanking  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Zahlung ausgeführt / Payment executed", status=j.status)
    p.add("gap")
    ref = f"ZKB{digits(rng, 11)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.52)
    zebra(
        p,
        "zk",
        [(0.0, 0.46, "l"), (0.46, 1.0, "l")],
        ["Auslandzahlung / Foreign payment", ""],
        [
            (["Begünstigter / Beneficiary", name], {"merchant": name}),
            (["Betrag / Amount", show(j.amount)], sum_),
            (["Ausführungsdatum / Execution date", when(j.date, "%d.%m.%Y")], {"date": j.date}),
            (["Referenz / Reference", ref], {"txn": (BANK_RANK, ref)}),
            (["Spesen / Charges", "SHA (geteilt)"], {"method": "netbanking"}),
        ],
        (0, 80, 160),
    )
    return p.done()


def _wire_ocbc(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """OCBC's Business app with an overseas transfer in Singapore dollars returned under a tile's cross: the
    sum, "to <payee>", the reason in a notice; Transaction reference, Transfer date, Charges and Return reason
    in shaded labels."""
    p = phone(rng, font, k, ["", "OCBC Business"], dark=False, buttons=("Contact us",))
    band(p, (218, 30, 40))
    app_head(p, "OCBC Business", "Overseas funds transfer")
    h287.tile(p, j.status)
    p.add("center", "Transfer returned", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_SHORT}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "The beneficiary bank returned the funds. We have credited them back to your account less the "
        "charges of the banks involved.",
        "error",
    )
    ref = f"OCBC{j.date:%y%m%d}{digits(rng, 6)}"
    at = 0.46
    kv(p, "Transaction reference", ref, at=at, txn=(BANK_RANK, ref))
    kv(p, "Transfer date", when(j.date, rng.choice(["{d} %b %Y", "%d/%m/%Y"])), at=at, date=j.date)
    kv(p, "Charges", "SHA (shared)", at=at, method="netbanking")
    kv(p, "Return reason", "Account closed", at=at)
    return p.done()


def _wire_hsbc(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """HSBCnet with a payment in Hong Kong dollars completed, told in a sentence with no reference: a capsule,
    Completed; "Your payment of <sum> to <payee> was completed on <day>."; Debit account and Charges at the
    left and the right."""
    p = browser_page(rng, font, "www.hsbcnet.com/payments/status")
    p.part = "head"
    top(p, "HSBCnet")
    p.add("small", f"The Hongkong and Shanghai Banking Corporation Ltd  |  {payer}")
    p.add("rule")
    p.part = "body"
    pill(p, "Completed", j.status)
    p.add("gap")
    name = rng.choice([FIRM_SHORT, FIRM_MID])
    prose(
        p,
        f"Your payment of {show(j.amount)} to {name} was completed on "
        f"{when(j.date, rng.choice(['{d} %B %Y', '%d %b %Y']))}.",
        merchant=name,
        date=j.date,
        **sum_,
    )
    p.add("gap")
    kvr(p, "Debit account", f"HKD Current {masked(p.font, 4)}{digits(rng, 4)}")
    kvr(p, "Charges", "SHA (shared)", method="netbanking")
    return p.done()


def _wire_commerz(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Commerzbank's business banking with a foreign transfer executed in euros the German way: its labels
    in German only in a table ruled on every side, Empfänger, Empfängerbank, Betrag, Ausführungstag,
    Referenz, Entgeltregelung."""
    p = browser_page(rng, font, "kunden.commerzbank.de/banking/auslandsueberweisung/detail")
    p.part = "head"
    top(p, "Commerzbank")
    p.add("small", f"Firmenkunden-Portal  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Auslandsüberweisung  -  ausgeführt", status=j.status)
    p.add("gap")
    ref = f"CBK{j.date:%y%m%d}{digits(rng, 7)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.64)
    at = 0.32
    gkv(p, "cb", "Empfänger", name, at=at, merchant=name)
    gkv(p, "cb", "Empfängerbank", "State Bank of India, Aizawl", at=at)
    gkv(p, "cb", "Betrag", show(j.amount), at=at, **sum_)
    gkv(p, "cb", "Ausführungstag", when(j.date, "%d.%m.%Y"), at=at, date=j.date)
    gkv(p, "cb", "Referenz", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "cb", "Entgeltregelung", "SHA (geteilt)", at=at, method="netbanking")
    return p.done()


WIRE_LAYOUTS = [
    _wire_chase,
    _wire_lloyds,
    _wire_westpac,
    _wire_mizuho,
    _wire_zkb,
    _wire_ocbc,
    _wire_hsbc,
    _wire_commerz,
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Textile houses, shops and communities abroad paying the society for its puans, one layout a place
    (``WIRE_LAYOUTS``): Chase Connect's wire sent, Lloyds Bank's "Today", Westpac's receipt, Mizuho's
    remittance awaiting processing, Zürcher Kantonalbank's payment executed, OCBC's transfer returned,
    HSBCnet's sentence with no reference and Commerzbank's transfer executed."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    payer, city, cur, lo, hi_ = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    if cur == "JPY":
        j.amount = float(round(j.amount, -3))
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    return WIRE_LAYOUTS[k](rng, font, k, j, payer, city.split(",")[0], show, sum_)


# ---------------------------------------------------------------- 4. the society's own papers


CUSTOMERS = [
    "Pi Lalhmangaihzuali",
    "Pu Lalrinliana Hnamte",
    "Pi Zodinpuii",
    "Nl. Vanlalruati",
    "Pu R. Lalsangzuala",
    "Pi Malsawmkimi",
    "Mr. Anirban Sen",
]
PATRONS = [
    ("Pi Lalhmangaihzuali, Chanmari", "Pi Lalhmangaihzuali"),
    ("Pu Lalrinliana Hnamte, Zarkawt", "Pu Lalrinliana"),
    ("Synod Hospital Staff Fellowship", "Synod Hospital Staff"),
    ("Pi Zodinpuii, Khatla", "Pi Zodinpuii"),
]


def _own_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Puan Dawr's TAX INVOICE under a folded puanchei, the society's Mizo name, its motto and a
    ngotekherh's stripes: Invoice No. and Date, Buyer and Place of Supply at the left and the right; # | Puan
    | HSN | Qty | Rate | Amount on hairline rows; Taxable Value :, CGST 2.5% :, SGST 2.5% : set right with
    colons, the Grand Total printed in a box; "Payment received by UPI | UTR ..."; the society's round seal;
    "Ka lawm e!" (thank you); a bamboo shed stick, a skein and threads in its margins."""
    weekday_only(j, rng)
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    swatch(p)
    p.add("center", FIRM_MZ)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", MOTTO)
    p.add("small", f"A unit of {FIRM}")
    p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
    puan_band(p)
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"TPD/{fy(j.date)}/{rng.randrange(40, 900):04d}"
    spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(
        p,
        "oi0",
        spec,
        f"Invoice No. {ino}",
        f"Date {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    buyer = rng.choice(CUSTOMERS)
    cols(p, "oi0", spec, f"Buyer: {buyer}", "Place of Supply: Mizoram (15)")
    p.add("gap")
    ispec = [
        (0.0, 0.06, "c"),
        (0.06, 0.42, "l"),
        (0.42, 0.54, "c"),
        (0.54, 0.62, "c"),
        (0.62, 0.8, "r"),
        (0.8, 1.0, "r"),
    ]
    cols(p, "oih", ispec, "#", "Puan", "HSN", "Qty", "Rate", "Amount", mode="line")
    taxable = 0.0
    for n_, (item, hsn, q, price) in enumerate(works(rng, rng.randrange(2, 5))):
        value = round(q * price, 2)
        taxable += value
        cols(p, "oir", ispec, str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value), mode="line")
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    tspec = [(0.0, 0.78, "r"), (0.78, 1.0, "r")]
    cols(p, "oit", tspec, "Taxable Value :", num(taxable))
    cols(p, "oit", tspec, "CGST 2.5% :", num(gst))
    cols(p, "oit", tspec, "SGST 2.5% :", num(gst))
    h271.amtbox(p, "Grand Total Rs.", num(j.amount), by_hand=False, at=0.42, amount=j.amount)
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    p.add(
        "left",
        f"Payment received by UPI  |  UTR {j.ref}",
        method="UPI",
        status=j.status,
        txn=(UTR_RANK, j.ref),
    )
    p.add("center", "Ka lawm e!")
    h269.seal(p, "TLAWMNGAIHNA PUAN TAHTUTE PAWL *", ["AIZAWL"], "violet")
    sig(p)
    p.add("right", f"for {SHOP}")
    loom_bits(p)
    return p.done()


def _own_chapchar(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Chapchar Kut stall's CASH MEMO in the festival's days, photographed lying on a puanchei: the Dawr's
    name under the society's Mizo name, "Chapchar Kut 2026 | Lammual, Aizawl" and the society's motto; Ni /
    Date (a Mizo weekday before the day) and Leitu / Buyer in bilingual fields written in; the puans written
    in a Mizo hand on ruled lines with their sums at the right, "Belhkhawm" (total); "Cash-in ka dawng e"
    (received in cash); no reference."""
    season(j, rng, CHAPCHAR, CHAPCHAR_DAYS)
    p = sheet(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(250, 248, 238), (247, 245, 236)])
    p.part = "head"
    p.add("small", FIRM_MZ)
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", "Chapchar Kut 2026  |  Lammual, Aizawl")
    p.add("small", MOTTO)
    p.add("rule")
    p.add("center", "CASH MEMO")
    p.part = "body"
    mz_field(p, "Ni", "Date", mz_fit(p, [mz_day(j.date, "%d.%m.%Y"), when(j.date, "%d.%m.%Y")]), date=j.date)
    buyer = rng.choice(CUSTOMERS)
    mz_field(p, "Leitu", "Buyer", mz_fit(p, [buyer, first_of(buyer)]))
    start = len(p.rows)
    p.add("gap")
    total_ = 0
    for item, _hsn, q, price in works(rng, rng.randrange(2, 4), high=3000):
        price = float(round(price / 100) * 100)
        v = int(q * price)
        total_ += v
        written(p, f"{SHORT[item]} {q} x {int(price)}", figure=str(v))
    j.amount = float(total_)
    written(p, "Belhkhawm", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    hand(p, "Cash-in ka dawng e", method="cash", status=j.status)
    sig(p)
    p.add("right", f"for {SHOP}")
    on_puan(p)
    return p.done()


def _own_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The society's RECEIPT from its book, "PAWISA DAWNNA" (receipt of money) beside its English, under its
    motto: No. struck
    in red; Ni / Date, Hming / Received from, Pawisa zat / Amount, A chhan / Towards, Pêk dan / Mode and Ref
    No. / UPI Ref in bilingual fields written in; the sum in words; the society's round seal; the
    secretary's signature over Dawngtu (receiver)."""
    j.amount = float(rng.randrange(8, 60) * 500)
    p = sheet(rng, font, [800, 840])
    p.style["paper"] = rng.choice([(250, 247, 240), (245, 246, 240)])
    p.part = "head"
    p.add("center", FIRM_MZ)
    name = pick(p, "title", [FIRM, FIRM_MID, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{SHOP_AT}  |  {REGD}")
    p.add("small", MOTTO)
    p.add("rule")
    p.add("center", "PAWISA DAWNNA  /  RECEIPT")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(200, 2400))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    at = 0.34
    mz_field(p, "Ni", "Date", when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])), at=at, date=j.date)
    patron, short = rng.choice(PATRONS)
    mz_field(p, "Hming", "Received from", mz_fit(p, [patron, short], at=at), at=at)
    mz_field(p, "Pawisa zat", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", at=at, amount=j.amount)
    mz_field(
        p, "A chhan", "Towards", mz_fit(p, ["Puanchei order (advance)", "Puanchei advance"], at=at), at=at
    )
    mz_field(p, "Pêk dan", "Mode", "UPI", at=at, method="UPI", status=j.status)
    mz_field(p, "Ref No.", "UPI Ref", j.ref, at=at, txn=(UTR_RANK, j.ref))
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h269.seal(p, "TLAWMNGAIHNA PUAN TAHTUTE PAWL *", ["AIZAWL"], "blue")
    sig(p)
    p.add("right", "Dawngtu / Receiver")
    return p.done()


def _own_easebuzz(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Easebuzz' checkout for the web shop with a card payment failed on a tinted band: the Dawr on top, the
    reason in a notice; Transaction ID, Order ID, Amount, Payment mode and Attempted on in dot leaders."""
    j.amount = float(rng.randrange(12, 180) * 100)
    p = browser_page(rng, font, "pay.easebuzz.in/transaction/status")
    p.part = "head"
    name = pick(p, "title", [SHOP, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Payments by Easebuzz")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Payment Failed", j.status)
    boxed(
        p,
        "Your bank could not authorise this card payment (OTP not entered in time). No money has been "
        "taken; you may try again.",
        "error",
    )
    tid = f"E{j.date:%y%m%d}{code(rng, 9, ALNUM)}"
    oid = f"TPW-{rng.randrange(10000, 99999)}"
    at = 0.4
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
    dots(p, "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Payment mode", f"Debit Card - RuPay XX{digits(rng, 4)}", at=at, method="card")
    dots(p, "Attempted on", at_hour(rng, j.date, ["%d-%m-%Y", "{d} %b %Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _own_okcredit(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """OkCredit on the Dawr's phone: the Dawr under the app's bar, the customer's initials in a round badge,
    "Today, <hour>", Payment received and the sum on a tinted panel; Mode, UPI Ref and Due now at the left
    and the right; no day."""
    weekday_only(j, rng)
    p = phone(rng, font, k, ["", "OkCredit"], dark=False, buttons=("Share",))
    band(p, (30, 110, 230))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "OkCredit", name, merchant=name)
    who = rng.choice(CUSTOMERS)
    h273.avatar(p, initials(who), (30, 110, 230))
    p.add("center", who)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h273.panel(
        p,
        "Payment received",
        f"{rupee_of(p.font)}{num(j.amount, 'indian')}",
        (40, 150, 90),
        amount=j.amount,
        status=j.status,
    )
    kvr(p, "Mode", "UPI", method="UPI")
    kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Due now", f"{rupee_of(p.font)}0")
    return p.done()


def _own_tribes(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Tribes India's (TRIFED's) payment released mail for the society's supplies to its outlets: its
    sentence; Vendor, Vendor code, PO No., Invoice No., Amount released, Mode, UTR and Date of payment in a
    table ruled on every side."""
    p = mail_page(
        rng,
        font,
        "TRIFED Payments <payments@tribesindia.com>",
        ["Payment released against your invoice", "TRIBES INDIA: payment released"],
    )
    p.part = "head"
    top(p, "TRIBES INDIA")
    p.add("small", "TRIFED, Ministry of Tribal Affairs  |  Vendor payments")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment released", status=j.status)
    prose(p, "Dear Vendor, the payment against your invoice below has been released to your bank account.")
    p.add("gap")
    name = fit(p, [FIRM_MID, FIRM_SHORT], 0.64)
    utr = utr_of(rng, j, "State Bank of India", neft_or_rtgs(j.amount))
    at = 0.34
    gkv(p, "tr", "Vendor", name, at=at, merchant=name)
    gkv(p, "tr", "Vendor code", f"TRF-MZ-{rng.randrange(100, 999)}", at=at)
    gkv(p, "tr", "PO No.", f"TRIFED/NE/{fy(j.date)}/{rng.randrange(100, 999)}", at=at)
    gkv(p, "tr", "Invoice No.", f"TPD/{fy(j.date)}/{rng.randrange(40, 900):03d}", at=at)
    gkv(p, "tr", "Amount released", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "tr", "Mode", neft_or_rtgs(j.amount), at=at, method="netbanking")
    gkv(p, "tr", "UTR", utr, at=at, txn=(UTR_RANK, utr))
    gkv(p, "tr", "Date of payment", day_as(j, rng, ["%d-%m-%Y", "{d} %B %Y"]), at=at, date=j.date)
    p.add("small", "This is a system generated mail. For queries write to vendors@tribesindia.com")
    return p.done()


def _own_cashfree(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Cashfree's checkout for the web shop with the payment pending over a progress bar: the Dawr on top,
    Payment pending, the sum, a notice; Order ID and CF Payment ID in tiles; Payment method and Initiated at
    the left and the right."""
    p = browser_page(rng, font, "payments.cashfree.com/order/status")
    p.part = "head"
    name = pick(p, "title", [SHOP, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Secured by Cashfree Payments")
    p.add("rule")
    p.part = "body"
    h294.progress(p, rng.uniform(0.5, 0.75), j.status)
    p.add("center", "Payment pending", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    boxed(
        p,
        "We have not yet heard from your bank. If money was debited, your order will be confirmed as soon as "
        "the bank confirms; otherwise it will be refunded.",
        "warn",
    )
    oid = f"TPW{j.date:%y%m%d}{rng.randrange(100, 999)}"
    pid = str(rng.randrange(3000000000, 3999999999))
    tiles2(p, ("Order ID", oid), ("CF Payment ID", pid), txn=(TXN_RANK, pid))
    kvr(p, "Payment method", "Net Banking - SBI", method="netbanking")
    kvr(p, "Initiated", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _own_ginesys(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Dawr's bill from Ginesys on a three-inch roll: INVOICE NO and DT; the puans, GROSS, CGST 2.5%,
    SGST 2.5%, NET PAYABLE typed in the printer's face; TENDER : UPI and its UPI TXN REF."""
    weekday_only(j, rng)
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Bara Bazar, Aizawl, Mizoram")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    ino = f"TPD{rng.randrange(10000, 99999)}"
    typed(p, f"INVOICE NO : {ino}", txn=(INVOICE_RANK, ino))
    typed(p, f"DT : {when(j.date, '%d-%m-%Y')}  {hhmm(rng, twelve=False)}", date=j.date)
    typed(p, f"CASHIER : {first_of(COUNTER).upper()}")
    p.add("rule")
    sub = 0.0
    for item, _hsn, q, price in works(rng, rng.randrange(2, 4), high=5200):
        typed(p, SHORT[item].upper())
        typed_pair(p, f"  {q} x {price:.2f}", f"{q * price:.2f}")
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    typed_pair(p, "GROSS", f"{sub:.2f}")
    typed_pair(p, "CGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "SGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "NET PAYABLE", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, "TENDER : UPI", method="UPI", status=j.status)
    typed(p, f"UPI TXN REF : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Ka lawm e! Thank you  |  Ginesys POS")
    return p.done()


OWN_LAYOUTS = [
    _own_invoice,
    _own_chapchar,
    _own_receipt,
    _own_easebuzz,
    _own_okcredit,
    _own_tribes,
    _own_cashfree,
    _own_ginesys,
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's own papers, its Puan Dawr or itself on top, one layout a place (``OWN_LAYOUTS``): the
    Dawr's tax invoice, the Chapchar Kut stall's cash memo in a Mizo hand, the society's receipt book in Mizo
    and English, Easebuzz' failed checkout, OkCredit's "Today", Tribes India's payment released mail,
    Cashfree's pending checkout and the Dawr's Ginesys roll."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1500, high=60000)
    return OWN_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 5. the society's suppliers


YARN = "PUNJAB ACRYLIC YARNS"
CARPENTER = "R. LALRAMMAWIA"
UDAAN_SELLER = "Shree Balaji Packaging"
DYES = "ASSAM DYES & CHEMICALS"
DELHIVERY = "Delhivery"
SHIPROCKET = "Shiprocket"
LUREX = "Kolkata Metallic Yarn Co."
PRINTER = "LEHKHA PRINTING PRESS"
YARNS = [
    ("Acrylic yarn 2/32s, dyed", "5509", 290, 360),
    ("Cotton yarn 2/40s, bleached", "5205", 330, 420),
    ("Acrylic yarn 2/28s, black", "5509", 270, 330),
    ("Polyester filament, red", "5402", 210, 280),
]
DYESTUFF = [
    ("Reactive dye, red M8B", "3204", 520, 760),
    ("Reactive dye, black B", "3204", 440, 620),
    ("Acid dye, yellow", "3204", 480, 700),
    ("Fixing agent", "3809", 160, 240),
]


def _sup_yarn(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Ludhiana yarn dealer's TAX INVOICE printed once it was paid: Invoice No. and its earlier Date;
    Description | HSN | Kg | Rate | Amount on hairline rows; IGST 5% and Total in dot leaders; PAYMENT DETAILS
    (Mode | UTR | Date | Amount Received) in a table ruled on every side; Balance Due 0.00."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    top(p, YARN, merchant=YARN)
    p.add("small", f"Focal Point, Phase VIII, Ludhiana - 141010  |  GSTIN {gstin_of(rng, '03')}")
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    ino = f"PAY/{fy(j.date)}/{rng.randrange(300, 4000)}"
    inv_day = earlier(rng, j, 5, 30)
    cols(
        p,
        "sy0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Date {when(inv_day, '%d/%m/%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {FIRM_MID}")
    p.add("small", f"{SHED_AT}  |  GSTIN {GSTIN}")
    p.add("gap")
    spec = [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")]
    cols(p, "syh", spec, "Description", "HSN", "Kg", "Rate", "Amount", mode="line")
    sub = 0.0
    for item, hsn, lo, hi_ in rng.sample(YARNS, rng.randrange(2, 4)):
        kg = rng.randrange(20, 120)
        rate = float(rng.randrange(lo, hi_))
        sub += kg * rate
        cols(p, "syr", spec, item, hsn, str(kg), num(rate), num(kg * rate), mode="line")
    gst = round(sub * 0.05, 2)
    j.amount = round(sub + gst, 2)
    dots(p, "IGST 5%", num(gst), at=0.6)
    dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
    p.add("gap")
    p.add("left", "PAYMENT DETAILS")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "State Bank of India", way)
    grid(
        p,
        "syp",
        [(0.0, 0.16, "l"), (0.16, 0.58, "l"), (0.58, 0.76, "c"), (0.76, 1.0, "r")],
        ["Mode", "UTR", "Date", "Amount Received"],
        [
            (
                [way, utr, when(j.date, "%d/%m/%Y"), num(j.amount)],
                {"method": "netbanking", "txn": (UTR_RANK, utr), "date": j.date, "status": j.status},
            )
        ],
    )
    dots(p, "Balance Due", "0.00", at=0.6)
    p.add("gap")
    sig(p)
    p.add("right", f"for {YARN}")
    return p.done()


def _sup_carpenter(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """An Aizawl carpenter's bill for loom parts, the carbon copy from his bill book: his name printed at
    its head with "Thing siamtu" (woodworker) and his locality; Ni: (date) written in; the parts written in a
    Mizo hand with their sums at the right, "Belhkhawm" (total); "Cash-in ka dawng e" (received in cash);
    his signature; no reference."""
    p = sheet(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(246, 244, 250), (244, 246, 250)])
    p.part = "head"
    top(p, CARPENTER, merchant=CARPENTER)
    p.add("center", "Thing siamtu  |  Loom & furniture works")
    p.add("small", "Kulikawn, Aizawl  |  Ph. 98620 " + digits(rng, 5))
    p.add("rule")
    p.add("center", "BILL")
    p.part = "body"
    h289.carbon(p)
    filled(p, "Ni :", when(j.date, rng.choice(["%d.%m.%Y", "{d}.%m.%y"])), date=j.date)
    filled(p, "To :", rng.choice(["Tlawmngaihna Puan Pawl", "Tlawmngaihna Weavers", SECRETARY]))
    start = len(p.rows)
    p.add("gap")
    total_ = 0
    parts = [
        ("Loom reed", 520, 780),
        ("Shuttle", 150, 240),
        ("Bamboo rod", 35, 60),
        ("Heddle frame", 900, 1400),
        ("Beam, wood", 650, 950),
        ("Treadle", 300, 450),
    ]
    for item, lo, hi_ in rng.sample(parts, rng.randrange(2, 4)):
        q = rng.randrange(1, 7)
        rate = rng.randrange(lo, hi_, 10)
        total_ += q * rate
        written(p, f"{item} {q} x {rate}", figure=str(q * rate))
    j.amount = float(total_)
    written(p, "Belhkhawm", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    hand(p, "Cash-in ka dawng e", method="cash", status=j.status)
    sig(p)
    p.add("right", "Lalrammawia")
    return p.done()


def _sup_udaan(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Udaan's order of packing bags and cartons with the payment pending: a capsule, a notice; each value
    over its label: Order ID, Sold by, Order amount, Payment and Ordered on."""
    j.amount = rupees(rng, 3000, 24000, 0.5)
    p = phone(rng, font, k, ["", "udaan"], dark=False, buttons=("Check payment status",))
    band(p, (70, 60, 170))
    app_head(p, "udaan", "Order details")
    chip(p, "Payment pending", j.status)
    boxed(
        p,
        "We are yet to receive confirmation of your UPI payment. Your order will be shipped once the payment "
        "is confirmed.",
        "warn",
    )
    oid = f"OD{digits(rng, 12)}"
    vlab(p, "Order ID", oid, bold=False, txn=(ORDER_RANK, oid))
    vlab(p, "Sold by", UDAAN_SELLER, merchant=UDAAN_SELLER)
    vlab(p, "Order amount", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    vlab(p, "Payment", "UPI - awaiting bank confirmation", bold=False, method="UPI")
    vlab(p, "Ordered on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
    p.add("small", "Items: printed poly bags 500, corrugated boxes 100")
    return p.done()


def _sup_dyes(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Guwahati dye dealer's invoice from Swipe: Invoice # and Invoice Date at the left and the right;
    Item | HSN | Qty | Rate | Amount in a table ruled on every side with its Total; IGST 18%; the payment
    in a notice: "Paid: ₹x received via UPI on <day>, UTR ..."."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, DYES, merchant=DYES)
    p.add("small", f"Fancy Bazar, Guwahati - 781001  |  GSTIN {gstin_of(rng, '18')}")
    p.add("rule")
    p.part = "body"
    ino = f"ADC-{rng.randrange(1000, 9999)}"
    inv_day = earlier(rng, j, 2, 20)
    cols(
        p,
        "sd0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice # {ino}",
        f"Invoice Date {when(inv_day, '%d %b %Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Bill to: {FIRM_SHORT}, Aizawl")
    p.add("gap")
    lines, sub = [], 0.0
    for item, hsn, lo, hi_ in rng.sample(DYESTUFF, rng.randrange(2, 4)):
        q = rng.randrange(2, 15)
        rate = float(rng.randrange(lo, hi_))
        sub += q * rate
        lines.append(([item, hsn, f"{q} kg", num(rate), num(q * rate)], {}))
    gst = round(sub * 0.18, 2)
    j.amount = round(sub + gst, 2)
    grid(
        p,
        "sdg",
        [(0.0, 0.4, "l"), (0.4, 0.52, "c"), (0.52, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["Item", "HSN", "Qty", "Rate", "Amount"],
        lines + [(["IGST 18%", "", "", "", num(gst)], {})],
        foot=(["Total (INR)", num(j.amount)], {"amount": j.amount}),
    )
    p.add("gap")
    notice(
        p,
        f"Paid: {rupee_of(p.font)}{num(j.amount)} received via UPI on {when(j.date, '%d %b %Y')}, "
        f"UTR {j.ref}.",
        "info",
        status=j.status,
        method="UPI",
        date=j.date,
        txn=(UTR_RANK, j.ref),
    )
    p.add("small", "Invoice created on Swipe  |  getswipe.in")
    return p.done()


def _sup_delhivery(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Delhivery's booking receipt from its Aizawl centre: Shipment booked; labels small over their values
    two to a row: AWB No. and Booked on, Origin and Destination, Weight and Amount paid, Payment and Payment
    ID."""
    j.amount = rupees(rng, 380, 4800, 0.5)
    p = browser_page(rng, font, "one.delhivery.com/shipments/receipt")
    p.part = "head"
    top(p, DELHIVERY, merchant=DELHIVERY)
    p.add("small", "Delhivery Ltd.  |  Aizawl service centre, Dawrpui")
    p.add("rule")
    p.part = "body"
    p.add("center", "Shipment booked and paid", status=j.status)
    p.add("gap")
    awb = digits(rng, 13)
    pid = f"DLV{j.date:%y%m%d}{digits(rng, 6)}"
    two_up(p, "dv1", ("AWB No.", awb), ("Booked on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])), date=j.date)
    p.add("gap")
    two_up(
        p,
        "dv2",
        ("Origin", "Aizawl, MZ"),
        ("Destination", rng.choice(["Bengaluru, KA", "Pune, MH", "Delhi"])),
    )
    p.add("gap")
    two_up(
        p,
        "dv3",
        ("Weight", f"{rng.randrange(2, 24)}.{rng.randrange(10)} kg"),
        ("Amount paid", f"Rs. {num(j.amount)}"),
        amount=j.amount,
    )
    p.add("gap")
    two_up(p, "dv4", ("Payment", "UPI"), ("Payment ID", pid), method="UPI", txn=(TXN_RANK, pid))
    return p.done()


def _sup_shiprocket(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Shiprocket's wallet recharge by card failed under a red ribbon: the reason in a notice; Transaction
    ID, Amount, Payment method, Date and Reason at the left and the right."""
    j.amount = float(rng.randrange(10, 60) * 100)
    p = browser_page(rng, font, "app.shiprocket.in/wallet/recharge/status")
    p.part = "head"
    top(p, SHIPROCKET, merchant=SHIPROCKET)
    p.add("small", "Wallet recharge  |  Tlawmngaihna Puan Dawr")
    p.add("rule")
    p.part = "body"
    h275.ribbon(p, "RECHARGE FAILED", (186, 36, 44))
    p.add("gap")
    p.add("center", "Payment failed", status=j.status)
    boxed(p, "Your card issuer declined the payment. Your wallet has not been recharged.", "error")
    tid = f"SR{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Amount", f"{rupee_of(p.font)}{num(j.amount)}", amount=j.amount)
    kvr(p, "Payment method", f"Credit Card - Visa XX{digits(rng, 4)}", method="card")
    kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "Reason", "Declined by issuer (05)")
    return p.done()


def _sup_whatsapp(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Kolkata metallic yarn dealer's WhatsApp Business chat under its "Today" divider: the dealer with its
    verified tick on top; the society's message "Sent ₹x by UPI for the lurex order. Ref ..." and the
    dealer's reply "Received with thanks. Goods dispatched by Blue Dart today."; no day."""
    j.amount = rupees(rng, 2500, 22000, 0.6)
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    tick = sign(p.font, "\u2714", "")
    p.add("title", f"{LUREX} {tick}".strip(), merchant=LUREX)
    p.add("small", "Business account  |  Burrabazar, Kolkata")
    p.add("rule")
    p.part = "body"
    p.add("gap")
    divider(p, "Today")
    p.add("gap")
    sent, reply = hours(rng)
    s = len(p.rows)
    for n_, line in enumerate(
        lines_of(
            p,
            f"Sent {rupee_of(p.font)}{num(j.amount, 'indian')} by UPI for the lurex order (gold and silver, "
            "20 "
            f"cones). Ref {j.ref}",
            share=0.8,
        )
    ):
        facts: dict = {}
        if n_ == 0:
            facts = {"amount": j.amount, "method": "UPI"}
        if j.ref in line:
            facts["txn"] = (UTR_RANK, j.ref)
        p.add("left", line, **facts)
    h273.bubble(p, s, sent)
    p.add("gap")
    s2 = len(p.rows)
    for line in lines_of(p, "Received with thanks. Goods dispatched by Blue Dart today.", share=0.8):
        p.add("left", line, **({"status": j.status} if line.startswith("Received") else {}))
    h273.bubble(p, s2, reply)
    return p.done()


def _sup_printer(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """An Aizawl printer's TAX INVOICE printed from Tally: Invoice No. and its earlier Dated; Particulars |
    SAC | Qty | Rate | Amount in a striped table; CGST 9%, SGST 9% and Total set right; "Received with thanks
    Rs. x vide UPI Ref ... on <day>." under it and the press' rectangular PAID stamp."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, PRINTER, merchant=PRINTER)
    p.add("small", f"Dawrpui, Aizawl - 796001  |  GSTIN {gstin_of(rng, '15')}")
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    ino = f"LPP/{fy(j.date)}/{rng.randrange(20, 700)}"
    inv_day = earlier(rng, j, 3, 25)
    cols(
        p,
        "sp0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Dated {when(inv_day, '%d-%b-%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {FIRM_SHORT}")
    p.add("gap")
    jobs_ = [
        ("Paper bags, printed logo", 500, 14, 22),
        ("Hang tags, 2 colour", 1000, 3, 6),
        ("Visiting cards", 500, 2, 4),
        ("Brochure, A4 fold", 300, 9, 16),
    ]
    rows_, sub = [], 0.0
    for item, q, lo, hi_ in rng.sample(jobs_, rng.randrange(2, 4)):
        rate = float(rng.randrange(lo * 10, hi_ * 10)) / 10
        sub += q * rate
        rows_.append(([item, "998912", str(q), num(rate), num(q * rate)], {}))
    zebra(
        p,
        "spz",
        [(0.0, 0.42, "l"), (0.42, 0.56, "c"), (0.56, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
        ["Particulars", "SAC", "Qty", "Rate", "Amount"],
        rows_,
        (60, 60, 70),
    )
    gst = round(sub * 0.09, 2)
    j.amount = round(sub + 2 * gst, 2)
    tspec = [(0.0, 0.78, "r"), (0.78, 1.0, "r")]
    cols(p, "spt", tspec, "CGST 9%", num(gst))
    cols(p, "spt", tspec, "SGST 9%", num(gst))
    total(p, "Total", num(j.amount), at=0.78, amount=j.amount)
    p.add("gap")
    prose(
        p,
        f"Received with thanks Rs. {num(j.amount)} vide UPI Ref {j.ref} on {when(j.date, '%d-%b-%Y')}.",
        status=j.status,
        method="UPI",
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    p.add("gap")
    h271.rstamp(p, [PRINTER, "PAID", when(j.date, "%d %b %Y").upper()], "violet", at=0.66, rows_=4)
    p.add("small", "Computer generated invoice (Tally Prime)")
    return p.done()


SUPPLIER_LAYOUTS = [
    _sup_yarn,
    _sup_carpenter,
    _sup_udaan,
    _sup_dyes,
    _sup_delhivery,
    _sup_shiprocket,
    _sup_whatsapp,
    _sup_printer,
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's suppliers, each on top of its own paper, one layout a place (``SUPPLIER_LAYOUTS``):
    the Ludhiana yarn dealer's invoice with its payment details, the carpenter's bill in a Mizo hand,
    Udaan's pending order, the Guwahati dye dealer's Swipe invoice, Delhivery's booking receipt,
    Shiprocket's failed recharge, the Kolkata lurex dealer's WhatsApp chat under "Today" and the Aizawl
    printer's Tally invoice."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=2000, high=90000)
    return SUPPLIER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 6. paying the suppliers


LOOM_MAKER = "BARAK LOOM WORKS"
REED_MAKER = "SILCHAR REED & HEALD CO"
TAILOR = "Lalchhuanawma Tailoring"
TRANSPORT = "LALRINAWMA TRANSPORT"
FRINGER = "C. Lalhriatpuii"
MCAB = "THE MIZORAM CO-OPERATIVE APEX BANK LTD."


def _pay_yono(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """YONO Business with a NEFT to the Ludhiana yarn dealer: a capsule, the sum, "to <payee>"; labels small
    over their values two to a row: UTR No. and Transfer date, Beneficiary A/c and IFSC, Debit A/c and
    Mode."""
    p = phone(rng, font, k, ["", "YONO Business"], dark=False, buttons=("Share", "Done"))
    band(p, (40, 20, 120))
    app_head(p, "YONO Business", "State Bank of India  |  Fund transfer")
    chip(p, "Transaction Successful", j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {YARN}", merchant=YARN)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "State Bank of India", way)
    two_up(
        p,
        "yb1",
        ("UTR No.", utr),
        ("Transfer date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])),
        txn=(UTR_RANK, utr),
        date=j.date,
    )
    p.add("gap")
    two_up(p, "yb2", ("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}"), ("IFSC", f"PUNB0{digits(rng, 6)}"))
    p.add("gap")
    two_up(p, "yb3", ("Debit A/c", f"XXXXXXX{digits(rng, 4)}"), ("Mode", way), method="netbanking")
    return p.done()


def _pay_mcab(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Mizoram Co-operative Apex Bank's NEFT / RTGS application, the customer's copy filled in by hand:
    NEFT ticked in its boxes; Ni / Date, Pawisa zat / Amount Rs. and Thawntu hming / Remitter in bilingual
    fields written in; the beneficiary's name, account and IFSC written a letter to a box; "Sent, UTR ..."
    written by its clerk over the bank's rectangular stamp with its day."""
    j.amount = float(rng.randrange(12, 90) * 1000)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [MCAB, "MIZORAM CO-OP. APEX BANK LTD."])
    top(p, name)
    p.add("small", "Head Office Branch, Treasury Square, Aizawl")
    p.add("rule")
    p.add("center", "NEFT / RTGS APPLICATION  (Customer's copy)")
    p.part = "body"
    one_pen(p)
    h269.ticks(p, ["NEFT", "RTGS"], 0, method="netbanking")
    p.add("gap")
    at = 0.38
    mz_field(p, "Ni", "Date", when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])), at=at, date=j.date)
    mz_field(p, "Pawisa zat", "Amount Rs.", f"{num(j.amount, 'indian', 0)}/-", at=at, amount=j.amount)
    mz_field(
        p,
        "Thawntu hming",
        "Remitter",
        mz_fit(p, ["Tlawmngaihna Weavers' Society", "Tlawmngaihna Weavers"], at=at),
        at=at,
    )
    h269.comb(p, "Beneficiary", LOOM_MAKER, merchant=LOOM_MAKER)
    h269.comb(p, "A/c No.", digits(rng, 12))
    h269.comb(p, "IFSC", f"PUNB0{digits(rng, 6)}")
    p.add("gap")
    utr = utr_of(rng, j, "Mizoram Co-operative Apex Bank", "NEFT")
    hand(p, f"Sent, UTR {utr}", status=j.status, txn=(UTR_RANK, utr))
    h271.rstamp(p, ["MCAB LTD.", when(j.date, "%d %b %Y").upper(), "H.O. BRANCH, AIZAWL"], "blue", at=0.68)
    return p.done()


def _pay_sib(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """South Indian Bank's SIB Mirror+ with an IMPS to the Guwahati dye dealer failed under a large round
    cross: the sum, "to <payee>", the reason in a notice; Transaction ID and Date, Beneficiary A/c and
    Reason in tiles."""
    p = phone(rng, font, k, ["", "SIB Mirror+"], dark=False, buttons=("Retry",))
    band(p, (170, 30, 40))
    app_head(p, "SIB Mirror+", "South Indian Bank  |  IMPS")
    sicon(p, j.status)
    p.add("center", "Transfer failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = "ASSAM DYES AND CHEMICALS"
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p, "The beneficiary bank is not responding. If your account was debited it will be reversed.", "error"
    )
    tid = f"SIB{j.date:%y%m%d}{digits(rng, 7)}"
    tiles2(
        p,
        ("Transaction ID", tid),
        ("Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])),
        txn=(TXN_RANK, tid),
        date=j.date,
    )
    tiles2(
        p,
        ("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}"),
        ("Reason", "M1 - bank offline"),
        method="netbanking",
    )
    return p.done()


def _pay_hdfc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC Bank's MobileBanking with a UPI payment to the Aizawl printer: a tile's tick, Payment
    successful, the sum; each value over its label: Paid to, UPI Ref No., Date & time, From."""
    p = phone(rng, font, k, ["", "HDFC Bank"], dark=False, buttons=("Share", "Home"))
    band(p, (0, 56, 130))
    app_head(p, "HDFC Bank MobileBanking", "UPI")
    h287.tile(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("gap")
    vlab(p, "Paid to", PRINTER, merchant=PRINTER)
    vlab(p, "UPI Ref No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
    vlab(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
    vlab(p, "From", f"Current A/c XX{digits(rng, 4)}", bold=False, method="UPI")
    return p.done()


def _pay_phonepe(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """PhonePe's payment to the tailor under "Today, <hour>": a scalloped badge, Paid, the sum, "to <payee>";
    UPI Ref No. and Paid from in a table ruled on every side; no day."""
    j.amount = rupees(rng, 900, 9000, 0.8)
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Done",))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, j.status)
    p.add("center", "Paid", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {TAILOR}", merchant=TAILOR)
    p.add("gap")
    gkv(p, "pp6", "UPI Ref No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
    gkv(p, "pp6", "Paid from", f"SBI XXXXXX{digits(rng, 4)}", at=0.4, method="UPI")
    p.add("small", "Kawrchei stitching, 6 pieces")
    return p.done()


def _pay_iob(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Indian Overseas Bank's IOB Mobile with a NEFT to the Silchar reed maker in process: a capsule, the
    sum, its stages top to bottom, a notice; UTR, Beneficiary, Initiated on and Debit A/c against a
    gutter."""
    p = phone(rng, font, k, ["", "IOB Mobile"], dark=False, buttons=("Track",))
    band(p, (0, 80, 160))
    app_head(p, "IOB Mobile", "Indian Overseas Bank  |  NEFT")
    chip(p, "In process", j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("gap")
    h271.step(p, "Debited from your account", "", "done")
    h271.step(p, "Sent to the NEFT system", "next batch", j.status)
    h271.step(p, "Credited to beneficiary", "", "todo")
    boxed(
        p,
        "NEFT is settled in half-hourly batches. The beneficiary will be credited in the next batch.",
        "warn",
    )
    utr = utr_of(rng, j, "Indian Overseas Bank", "NEFT")
    at = 0.36
    gutter(p, "io", "UTR", utr, at=at, txn=(UTR_RANK, utr))
    gutter(p, "io", "Beneficiary", REED_MAKER, at=at, merchant=REED_MAKER)
    gutter(
        p, "io", "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date
    )
    gutter(p, "io", "Debit A/c", f"XXXXXXXX{digits(rng, 4)}", at=at, method="netbanking")
    return p.done()


def _pay_instabiz(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ICICI Bank's InstaBIZ with an IMPS to the Silchar transporter: a large round tick, IMPS successful;
    in a rounded card, Beneficiary:, Amount:, IMPS Ref No.:, Date: and Remarks: with colons."""
    j.amount = rupees(rng, 3000, 40000, 0.7)
    p = phone(rng, font, k, ["", "InstaBIZ"], dark=False, buttons=("Share", "Done"))
    band(p, (174, 40, 30))
    app_head(p, "InstaBIZ", "ICICI Bank  |  IMPS")
    sicon(p, j.status)
    p.add("center", "IMPS successful", status=j.status)
    p.add("gap")
    c = card_open(p)
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    colkv(p, "ib", spec, "Beneficiary:", TRANSPORT, merchant=TRANSPORT)
    colkv(p, "ib", spec, "Amount:", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    colkv(p, "ib", spec, "IMPS Ref No.:", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
    colkv(p, "ib", spec, "Date:", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), date=j.date)
    colkv(p, "ib", spec, "Remarks:", "yarn freight Silchar")
    card_close(p, c)
    return p.done()


def _pay_bhim(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """BHIM's payment to the fringe knotter with no reference: Money sent, the sum, "Sent to" over the payee,
    "on <day> at <hour>"; From at the left and the right."""
    j.amount = rupees(rng, 600, 6000, 0.9)
    p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Done",))
    band(p, (0, 98, 65))
    app_head(p, "BHIM", "UPI")
    sicon(p, j.status)
    p.add("center", "Money sent", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("small", "Sent to")
    p.add("center", FRINGER, merchant=FRINGER)
    p.add("small", f"on {day_as(j, rng, ['{d} %b %Y', '%d/%m/%Y'])} at {hhmm(rng)}", date=j.date)
    p.add("gap")
    kvr(p, "From", f"SBI XXXXXX{digits(rng, 4)}", method="UPI")
    kvr(p, "Note", "puan fringe knotting")
    return p.done()


VENDOR_LAYOUTS = [
    _pay_yono,
    _pay_mcab,
    _pay_sib,
    _pay_hdfc,
    _pay_phonepe,
    _pay_iob,
    _pay_instabiz,
    _pay_bhim,
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its suppliers from its banks, one layout a place (``VENDOR_LAYOUTS``): YONO
    Business' NEFT, the Mizoram Co-operative Apex Bank's application filled in by hand, SIB Mirror+'s failed
    IMPS, HDFC Bank's UPI, PhonePe's "Today", IOB Mobile's NEFT in process, ICICI InstaBIZ's IMPS and BHIM's
    payment with no reference."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=4000, high=120000)
    return VENDOR_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 7. paying the weavers and the staff


# the society's wage for weaving a puan (puan tah man): name, low, high
WEAVING = [
    ("Puanchei", 3500, 6000),
    ("Ngotekherh", 500, 900),
    ("Hmaram", 450, 800),
    ("Tawlhlohpuan", 1500, 2500),
    ("Puandum", 900, 1600),
    ("Kawrchei", 400, 700),
]


def _wage_record(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """A weaver's weaving-wage record under its Mizo heading "PUAN TAH MAN CHHINCHHIAHNA" (a record of the
    wages for weaving puans) over its English: Hming / Weaver and Thla / Month in bilingual fields written in;
    the puans she wove written in a Mizo hand with their counts, rates and sums on ruled lines, "Belhkhawm"
    (total); "UPI-in ka pe e, Ref ..." (paid by UPI) and "Ni <day>" written under it; the loom's bamboo, a
    skein and threads in its margins."""
    p = sheet(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(248, 246, 236), (244, 242, 232)])
    p.part = "head"
    p.add("center", FIRM_MZ)
    p.add("small", FIRM)
    p.add("center", "PUAN TAH MAN CHHINCHHIAHNA")
    p.add("small", "WEAVING WAGE RECORD")
    p.add("rule")
    p.part = "body"
    month = when(j.date - dt.timedelta(days=rng.randrange(4, 14)), "%B %Y")
    mz_field(p, "Hming", "Weaver", weaver, merchant=weaver)
    mz_field(p, "Thla", "Month", month)
    start = len(p.rows)
    p.add("gap")
    total_ = 0
    for item, lo, hi_ in rng.sample(WEAVING, rng.randrange(2, 4)):
        n = 1 if lo >= 1500 else rng.randrange(2, 7)
        rate = rng.randrange(lo, hi_, 50)
        total_ += n * rate
        written(p, f"{item} {n} x {rate}", figure=str(n * rate))
    j.amount = float(total_)
    written(p, "Belhkhawm", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    hand(p, f"UPI-in ka pe e, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    hand(p, f"Ni {when(j.date, rng.choice(['%d.%m.%Y', '{d}.%m.%y']))}  - {first_of(SECRETARY)}", date=j.date)
    loom_bits(p)
    return p.done()


def _wage_keka(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """Keka's payslip for the Puan Dawr's salesgirl: Employee Name:, Employee ID:, Designation: and Pay
    Period: with colons; Earnings | Amount | Deductions | Amount on hairline rows; the Net Salary printed in a
    box and its words; "Paid on <day> via NEFT, UTR ..." in a notice."""
    who = COUNTER_NAME
    basic = float(rng.randrange(90, 140) * 100)
    hra = round(basic * 0.2, 0)
    special = float(rng.randrange(8, 20) * 100)
    pf = round(basic * 0.12, 0)
    pt = 208.0
    gross = basic + hra + special
    j.amount = round(gross - pf - pt, 2)
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    top(p, pick(p, "title", [FIRM_MID, FIRM_SHORT]))
    p.add("small", f"{SHOP}, {SHOP_AT}")
    p.add("rule")
    p.add("center", f"Payslip for {j.month(1)}")
    p.part = "body"
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    colkv(p, "kk", spec, "Employee Name:", who, merchant=who)
    colkv(p, "kk", spec, "Employee ID:", f"TPD-{rng.randrange(3, 30):03d}")
    colkv(p, "kk", spec, "Designation:", "Sales Assistant, Puan Dawr")
    colkv(p, "kk", spec, "Pay Period:", j.month(1))
    p.add("gap")
    espec = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")]
    cols(p, "kkh", espec, "Earnings", "Amount", "Deductions", "Amount", mode="line")
    cols(p, "kkr", espec, "Basic", num(basic), "Provident Fund", num(pf), mode="line")
    cols(p, "kkr", espec, "HRA", num(hra), "Professional Tax", num(pt), mode="line")
    cols(p, "kkr", espec, "Special allowance", num(special), "", "", mode="line")
    cols(p, "kkr", espec, "Gross", num(gross), "Total deductions", num(pf + pt), mode="line")
    p.add("gap")
    h271.amtbox(p, "Net Salary Rs.", num(j.amount), by_hand=False, at=0.3, amount=j.amount)
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    p.add("gap")
    notice(
        p,
        f"Paid on {day_as(j, rng, ['{d} %b %Y', '%d/%m/%Y'])} via NEFT, UTR {utr}.",
        "info",
        date=j.date,
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, utr),
    )
    p.add("small", "Generated by Keka HR. This payslip needs no signature.")
    return p.done()


def _wage_krismas(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """A weaver's Christmas bonus receipt in a Mizo hand under the society's names, "KRISMAS BONUS": "Krismas
    bonus atan Rs. x/- cash-in ka dawng e." (I have received Rs. x/- in cash for the Christmas bonus) and
    "Ni: <day>" written in; her signature and her name written under it; Hriattu (witness): the secretary;
    no reference."""
    season(j, rng, KRISMAS, KRISMAS_DAYS)
    j.amount = float(rng.randrange(4, 13) * 500)
    p = sheet(rng, font, [720, 760])
    p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
    p.part = "head"
    p.add("center", FIRM_MZ)
    top(p, pick(p, "title", [FIRM_SHORT, "Tlawmngaihna Weavers"]))
    p.add("small", SHED_AT)
    p.add("rule")
    p.add("center", "KRISMAS BONUS")
    p.part = "body"
    p.add("gap")
    hand(
        p,
        f"Krismas bonus atan Rs. {num(j.amount, 'indian', 0)}/- cash-in ka dawng e.",
        amount=j.amount,
        method="cash",
        status=j.status,
    )
    p.add("gap")
    hand(p, f"Ni: {when(j.date, rng.choice(['%d.%m.%Y', '{d}/%m/%Y']))}", date=j.date)
    p.add("gap")
    sig(p)
    hand(p, weaver, align="r", merchant=weaver)
    p.add("gap")
    p.add("left", f"Hriattu: {SECRETARY}")
    return p.done()


def _wage_payzapp(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """PayZapp's UPI payment to a weaver: a large round tick, Payment Successful, the sum, "to <weaver>";
    labels small over their values two to a row: UPI Ref No. and Date, From and Note."""
    p = phone(rng, font, k, ["", "PayZapp"], dark=False, buttons=("Share",))
    band(p, (0, 56, 130))
    app_head(p, "PayZapp", "HDFC Bank  |  UPI")
    sicon(p, j.status)
    p.add("center", "Payment Successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {weaver}", merchant=weaver)
    p.add("gap")
    two_up(
        p,
        "pz1",
        ("UPI Ref No.", j.ref),
        ("Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    p.add("gap")
    two_up(p, "pz2", ("From", f"HDFC XX{digits(rng, 4)}"), ("Note", "puan tah man"), method="UPI")
    return p.done()


def _wage_yono(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """YONO SBI's UPI payment to a weaver failed on a tinted band: the sum, "to <weaver>", the reason in a
    notice; Transaction ID, Date, From and Reason in dot leaders."""
    p = phone(rng, font, k, ["", "YONO SBI"], dark=False, buttons=("Retry",))
    band(p, (40, 0, 110))
    app_head(p, "YONO SBI", "UPI")
    h269.strip(p, "Transaction Failed", j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {weaver}", merchant=weaver)
    boxed(
        p,
        "The payee's bank declined the credit. Money debited, if any, will be refunded within 3 days.",
        "error",
    )
    tid = f"SBI{j.date:%y%m%d}{digits(rng, 9)}"
    at = 0.36
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=at, date=j.date)
    dots(p, "From", f"SBI XXXXXX{digits(rng, 4)}", at=at, method="UPI")
    dots(p, "Reason", "U16 - risk threshold", at=at)
    return p.done()


def _wage_whatsapp(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """The secretary's WhatsApp chat with a weaver under its "Today" divider: the weaver on top; a payment
    forwarded into the chat as text ("Paid ₹x to <weaver> via Google Pay. UPI transaction ID ...") under its
    Forwarded mark; her reply in Mizo "Ka dawng e, ka lawm e! Puan thar ka ṭan ang." (received, thank you! I
    will start a new puan); no day."""
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    p.add("title", weaver, merchant=weaver)
    p.add("small", "online")
    p.add("rule")
    p.part = "body"
    p.add("gap")
    divider(p, "Today")
    p.add("gap")
    sent, reply = hours(rng)
    s = len(p.rows)
    h294.fwd(p)
    text = (
        f"Paid {rupee_of(p.font)}{num(j.amount, 'indian')} to {weaver} via Google Pay. UPI transaction ID "
        f"{j.ref}"
    )
    for n_, line in enumerate(lines_of(p, text, share=0.8)):
        facts: dict = {}
        if n_ == 0:
            facts = {"amount": j.amount, "method": "UPI", "status": j.status}
        if j.ref in line:
            facts["txn"] = (UTR_RANK, j.ref)
        p.add("left", line, **facts)
    h273.bubble(p, s, sent)
    p.add("gap")
    s2 = len(p.rows)
    p.add("left", "Ka dawng e, ka lawm e! Puan thar ka ṭan ang.")
    h273.bubble(p, s2, reply)
    return p.done()


def _wage_bob(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """Bank of Baroda's bob World with a UPI payment to the helper processing: a capsule, the sum, "to
    <helper>", its stages across the page, a notice; a copyable UPI Ref No.; Initiated on and From at the
    left and the right."""
    who = rng.choice([HELPER_NAME, HELPER_NAME.upper()])
    p = phone(rng, font, k, ["", "bob World"], dark=False, buttons=("Check status",))
    band(p, (240, 100, 30))
    app_head(p, "bob World", "Bank of Baroda  |  UPI")
    chip(p, "Processing", j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {who}", merchant=who)
    h289.steps(p, ["Initiated", "Debited", "Credited"], 1, j.status)
    boxed(p, "We are waiting for the payee's bank to confirm. Please check again in a few minutes.", "warn")
    copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Initiated on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "From", f"bob Savings XX{digits(rng, 4)}", method="UPI")
    return p.done()


def _wage_salary(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """The helper's salary receipt, "HLAWH DAWNNA / SALARY RECEIPT": Voucher No. struck in red; Ni / Date,
    Hming / Name, Thla / Month, Pawisa zat / Amount, Pêk dan / Mode and Ref No. / UPI Ref printed with their
    values written on dotted lines; the sum in words; his signature over Dawngtu (received by)."""
    who = HELPER_NAME
    j.amount = float(rng.randrange(80, 140) * 100)
    p = sheet(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(250, 249, 242), (246, 246, 238)])
    p.part = "head"
    p.add("center", FIRM_MZ)
    top(p, pick(p, "title", [FIRM_MID, FIRM_SHORT]))
    p.add("small", SHED_AT)
    p.add("rule")
    p.add("center", "HLAWH DAWNNA  /  SALARY RECEIPT")
    p.part = "body"
    one_pen(p)
    vno = str(rng.randrange(30, 400))
    h279.redno(p, "Voucher No.", vno, txn=(INVOICE_RANK, vno))
    p.add("gap")
    filled(p, "Ni / Date :", when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])), date=j.date)
    filled(p, "Hming / Name :", who, merchant=who)
    filled(p, "Thla / Month :", j.month(1))
    filled(p, "Pawisa zat / Amount :", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    filled(p, "Pêk dan / Mode :", "UPI", method="UPI", status=j.status)
    filled(p, "Ref No. / UPI Ref :", j.ref, txn=(UTR_RANK, j.ref))
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    p.add("gap")
    sig(p)
    p.add("right", "Dawngtu / Received by")
    return p.done()


WAGE_LAYOUTS = [
    _wage_record,
    _wage_keka,
    _wage_krismas,
    _wage_payzapp,
    _wage_yono,
    _wage_whatsapp,
    _wage_bob,
    _wage_salary,
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its weavers and its staff, one layout a place (``WAGE_LAYOUTS``): a weaver's
    weaving-wage record in a Mizo hand, Keka's payslip, a Christmas bonus receipt in a Mizo hand with no
    reference, PayZapp's UPI, YONO SBI's failure, a WhatsApp chat with a forwarded payment under "Today",
    bob World's processing and the helper's salary receipt in Mizo and English."""
    k = place("worker_pay")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=1500, high=16000)
    weaver = WEAVERS[(k + rng.randrange(3)) % len(WEAVERS)]
    return WAGE_LAYOUTS[k](rng, font, k, j, weaver)


# ---------------------------------------------------------------- 8. fees, taxes and dues


AMC = "AIZAWL MUNICIPAL CORPORATION"
TAXATION = "Taxation Department, Government of Mizoram"
TRANSPORT_DEPT = "Transport Department, Government of Mizoram"
EPFO = "Employees' Provident Fund Organisation"
RCS = "Registrar of Co-operative Societies, Mizoram"
ESIC = "Employees' State Insurance Corporation"
ART_CULTURE = "Art & Culture Department, Mizoram"
LABOUR = "Labour, Employment, Skill Development & Entrepreneurship Department"


def _fee_amc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Aizawl Municipal Corporation's trade licence e-receipt for the Puan Dawr: Payment Successful; Receipt
    No., Trade Licence No., Name of Trade, Ward, Financial Year, Amount, Payment Mode, Bank Ref No. and
    Payment Date in a table ruled on every side."""
    j.amount = float(rng.choice([1500, 2000, 2500, 3000]))
    p = browser_page(rng, font, "amc.mizoram.gov.in/trade-licence/receipt")
    p.part = "head"
    top(p, AMC, merchant=AMC)
    p.add("small", "Trade Licence  |  Online Payment Receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    p.add("gap")
    rno = f"AMC/TL/{fy(j.date)}/{rng.randrange(1000, 9999)}"
    at = 0.34
    gkv(p, "am", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gkv(p, "am", "Trade Licence No.", f"AMC/TL/{rng.randrange(100, 3000)}/2019", at=at)
    gkv(p, "am", "Name of Trade", f"{SHOP} (handloom retail)", at=at)
    gkv(p, "am", "Ward", f"Ward No. {rng.randrange(8, 15)}, Bara Bazar", at=at)
    gkv(p, "am", "Financial Year", "2026-27" if j.date.month >= 4 else "2025-26", at=at)
    gkv(p, "am", "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "am", "Payment Mode", "UPI", at=at, method="UPI")
    gkv(p, "am", "Bank Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gkv(p, "am", "Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=at, date=j.date)
    return p.done()


def _fee_ptax(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Taxation Department of Mizoram's e-payment receipt for the society's profession tax: labels
    small over their values two to a row: Challan Ref. No. and Date of payment, Tax and Period, Amount and
    Bank, Bank Transaction No. and Status."""
    j.amount = float(rng.choice([2500, 2500, 5000]) + 208 * rng.randrange(2, 6))
    p = browser_page(rng, font, "tax.mizoram.gov.in/epayment/receipt")
    p.part = "head"
    p.add("small", "GOVERNMENT OF MIZORAM")
    name = pick(p, "title", [TAXATION, "Taxation Department, Mizoram"])
    top(p, name, merchant=name)
    p.add("small", "e-Payment Receipt")
    p.add("rule")
    p.part = "body"
    crn = f"MZPT{j.date:%y%m%d}{digits(rng, 6)}"
    btn = f"SBI{digits(rng, 11)}"
    two_up(
        p,
        "pt1",
        ("Challan Ref. No.", crn),
        ("Date of payment", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])),
        txn=(INVOICE_RANK, crn),
        date=j.date,
    )
    p.add("gap")
    two_up(
        p,
        "pt2",
        ("Tax", "Profession Tax (employer)"),
        ("Period", "2026-27" if j.date.month >= 4 else "2025-26"),
    )
    p.add("gap")
    two_up(
        p,
        "pt3",
        ("Amount", f"Rs. {num(j.amount)}"),
        ("Bank", "SBI - Net Banking"),
        amount=j.amount,
        method="netbanking",
    )
    p.add("gap")
    two_up(
        p, "pt4", ("Bank Transaction No.", btn), ("Status", "Success"), txn=(BANK_RANK, btn), status=j.status
    )
    p.add("gap")
    p.add("small", "Under the Mizoram Professions, Trades, Callings and Employments Taxation Act, 1995")
    return p.done()


def _fee_parivahan(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """mParivahan with an e-challan of the society's delivery van paid under "Today, <hour>": the Transport
    Department under the app's bar, an octagon's tick, Challan paid, the sum; each value over its label:
    Challan No., Transaction ID, Vehicle No., Paid via; no day."""
    j.amount = float(rng.choice([500, 1000, 1500, 2000]))
    p = phone(rng, font, k, ["", "mParivahan"], dark=False, buttons=("Download receipt",))
    band(p, (20, 70, 140))
    name = fit(p, [TRANSPORT_DEPT, "Transport Department, Mizoram"], 1.0, scale=0.8)
    bar(p, "mParivahan", name, merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h294.octa(p, j.status)
    p.add("center", "Challan paid", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian', 0)}", amount=j.amount)
    cno = f"MZ{digits(rng, 14)}"
    tid = f"PV{digits(rng, 12)}"
    vlab(p, "Challan No.", cno, bold=False, txn=(INVOICE_RANK, cno))
    vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
    vlab(p, "Vehicle No.", f"MZ 01 {rng.choice('ABLMT')} {rng.randrange(1000, 9999)}", bold=False)
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    return p.done()


def _fee_epfo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The EPFO employer portal's ECR challan payment failed under a tile's cross: the reason in a notice;
    TRRN, Establishment ID, Wage month, Total amount, Bank and Attempted on in shaded labels."""
    j.amount = rupees(rng, 4000, 16000, 0.4)
    p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/paymentStatus")
    p.part = "head"
    name = pick(p, "title", [EPFO, "EPFO"])
    top(p, name, merchant=name)
    p.add("small", "Unified Portal for Employers  |  ECR challan payment")
    p.add("rule")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Payment Failed", status=j.status)
    boxed(
        p, "The bank could not complete the payment. The challan stays open; you may pay it again.", "error"
    )
    trrn = f"{rng.randrange(3, 4)}{digits(rng, 12)}"
    at = 0.38
    kv(p, "TRRN", trrn, at=at, txn=(INVOICE_RANK, trrn))
    kv(p, "Establishment ID", f"NEMIZ{digits(rng, 7)}000", at=at)
    kv(p, "Wage month", j.month(1), at=at)
    kv(p, "Total amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    kv(p, "Bank", "State Bank of India - Internet Banking", at=at, method="netbanking")
    kv(p, "Attempted on", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _fee_rcs(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Registrar of Co-operative Societies' audit fee receipt from its book, filled in by hand: No.
    struck in red; Received from, the sum of Rupees, on account of, by UPI, Ref No. and Date written on its
    dotted lines; Rs. in a box; the office's oval stamp and the cashier's signature."""
    j.amount = float(rng.choice([2000, 3000, 4500, 6000]))
    p = sheet(rng, font, [800, 840])
    p.style["paper"] = rng.choice([(246, 244, 232), (244, 242, 236)])
    p.part = "head"
    p.add("small", "GOVERNMENT OF MIZORAM")
    name = pick(p, "center", ["REGISTRAR OF CO-OPERATIVE SOCIETIES", "REGISTRAR OF CO-OP. SOCIETIES"])
    p.add("center", name, merchant=name)
    p.add("small", "Treasury Square, Aizawl, Mizoram - 796001")
    p.add("rule")
    p.add("center", "RECEIPT")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(1000, 9000))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    filled(p, "Received from", FIRM_SHORT, status=j.status)
    filled(p, "the sum of Rupees", f"{spelt(j.amount)} only")
    filled(p, "on account of", f"Audit fee {('2025-26' if j.date.month >= 4 else '2024-25')}")
    filled(p, "by UPI, Ref No.", j.ref, method="UPI", txn=(UTR_RANK, j.ref))
    filled(p, "Date", when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])), date=j.date)
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    h287.oval(p, ["REGISTRAR OF CO-OP SOCIETIES", "AIZAWL", "MIZORAM"], "violet", at=0.3)
    sig(p)
    p.add("right", "Cashier")
    return p.done()


def _fee_esic(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ESIC's employer portal with the contribution challan pending at the bank under a spinner: a notice;
    Challan No.:, Employer Code:, Contribution Period:, Amount:, Bank: and Initiated on: with colons."""
    j.amount = rupees(rng, 1200, 6000, 0.3)
    p = browser_page(rng, font, "www.esic.gov.in/EmployerPortal/ChallanStatus")
    p.part = "head"
    name = pick(p, "title", [ESIC, "ESIC"])
    top(p, name, merchant=name)
    p.add("small", "Employer portal  |  Monthly contribution challan")
    p.add("rule")
    p.part = "body"
    h279.spinner(p, AMBER)
    p.add("center", "Pending at bank", status=j.status)
    boxed(p, "The bank has not yet confirmed this challan. Its status will update within 72 hours.", "warn")
    cno = f"{rng.randrange(1, 3)}{digits(rng, 13)}"
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    colkv(p, "es", spec, "Challan No.:", cno, txn=(INVOICE_RANK, cno))
    colkv(p, "es", spec, "Employer Code:", f"{rng.randrange(40, 49)}000{digits(rng, 5)}000999")
    colkv(p, "es", spec, "Contribution Period:", j.month(1))
    colkv(p, "es", spec, "Amount:", f"Rs. {num(j.amount)}", amount=j.amount)
    colkv(p, "es", spec, "Bank:", "SBI Internet Banking", method="netbanking")
    colkv(p, "es", spec, "Initiated on:", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    return p.done()


def _fee_chapchar(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Chapchar Kut stall fee receipt torn from the Art & Culture Department's book in the week before
    the festival, its counterfoil still on it at the left of a perforation: each line across the counterfoil
    and the receipt, a printed label and the value written in (Hming / Name, Dawr hmun / Stall No., Ni /
    Date, Rs.); Cash ticked; the department's round seal; its No. left blank; no reference."""
    season(j, rng, CHAPCHAR - dt.timedelta(days=8), 7)
    j.amount = float(rng.choice([1500, 2000, 2500, 3000]))
    p = sheet(rng, font, [860, 900])
    p.style["paper"] = rng.choice([(250, 246, 230), (246, 242, 228)])
    p.part = "head"
    p.add("center", "CHAPCHAR KUT 2026  -  STALL FEE RECEIPT")
    name = pick(p, "center", [ART_CULTURE, "Art & Culture Dept., Mizoram"])
    p.add("center", name, merchant=name)
    p.add("small", "Lammual, Aizawl")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    at = 0.34
    start = len(p.rows)
    h271.fill2(p, ("No.", " "), ("No.", " "), at)
    who = rng.choice([SHOP, FIRM_SHORT])
    h271.fill2(p, ("Hming", first_of(who)), ("Hming / Name", who), at)
    stall = str(rng.randrange(4, 60))
    h271.fill2(p, ("Stall", stall), ("Dawr hmun / Stall No.", stall), at)
    day_ = when(j.date, rng.choice(["%d.%m.%Y", "{d}.%m.%y"]))
    h271.fill2(p, ("Ni", day_), ("Ni / Date", day_), at, date=j.date)
    rs = f"{num(j.amount, 'indian', 0)}/-"
    h271.fill2(p, ("Rs.", rs), ("Rs.", rs), at, amount=j.amount)
    h271.perf(p, start, at)
    p.add("gap")
    h269.ticks(p, ["Cash", "Cheque"], 0, method="cash", status=j.status)
    h269.seal(p, "ART & CULTURE DEPARTMENT *", ["MIZORAM"], "blue")
    sig(p)
    p.add("right", "Dawr hmun enkawltu")
    return p.done()


def _fee_labour(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Labour Department's Shops & Establishments renewal fee receipt: Payment Successful; Receipt No.,
    Registration No., Establishment, Fee, Late fee, Total, Transaction ID, Mode and Payment Date on hairline
    rows."""
    fee = float(rng.choice([1000, 1500, 2000]))
    late = float(rng.choice([0, 0, 200, 500]))
    j.amount = fee + late
    p = browser_page(rng, font, "labour.mizoram.gov.in/shops-establishments/receipt")
    p.part = "head"
    p.add("small", "GOVERNMENT OF MIZORAM")
    name = fit(p, [LABOUR, "Labour, Employment, Skill Dev. & Entrepreneurship Dept."], 1.0, scale=1.0)
    p.add("center", name, merchant=name)
    p.add("small", "Mizoram Shops & Establishments  |  Renewal of registration")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    p.add("gap")
    rno = f"LESDE/SE/{rng.randrange(1000, 9999)}"
    tid = f"MZL{j.date:%y%m%d}{digits(rng, 7)}"
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
    for lbl, value, facts in (
        ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
        ("Registration No.", f"MZ/SE/AZL/{rng.randrange(1000, 9999)}", {}),
        ("Establishment", SHOP, {}),
        ("Fee", num(fee), {}),
        ("Late fee", num(late), {}),
        ("Total", f"Rs. {num(j.amount)}", {"amount": j.amount}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ("Mode", "UPI", {"method": "UPI"}),
        ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), {"date": j.date}),
    ):
        cols(p, "lbr", spec, lbl, value, mode="line", **facts)
    return p.done()


FEE_LAYOUTS = [
    _fee_amc,
    _fee_ptax,
    _fee_parivahan,
    _fee_epfo,
    _fee_rcs,
    _fee_esic,
    _fee_chapchar,
    _fee_labour,
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's fees, taxes and dues, the authority paid as printed, one layout a place
    (``FEE_LAYOUTS``): Aizawl Municipal Corporation's trade licence e-receipt, the Taxation Department's
    profession tax receipt, mParivahan's e-challan paid under "Today", EPFO's failed ECR challan, the
    Registrar of Co-operative Societies' receipt book, ESIC's challan pending at the bank, the Chapchar Kut
    stall fee receipt with no reference and the Labour Department's renewal receipt."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=1000, high=9000)
    return FEE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 9. the insurers


UNITED = "UNITED INDIA INSURANCE COMPANY LIMITED"
ORIENTAL = "The Oriental Insurance Company Ltd."
LOMBARD = "ICICI Lombard General Insurance Co. Ltd."
CHOLA = "Cholamandalam MS General Insurance Co. Ltd."
RELIANCE = "Reliance General Insurance Co. Ltd."
HDFC_ERGO = "HDFC ERGO General Insurance Co. Ltd."
NEW_INDIA = "The New India Assurance Co. Ltd."


def _ins_united(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """United India Insurance's PREMIUM RECEIPT for the Puan Dawr's shopkeeper's policy: "Received with
    thanks from ... a sum of Rs. x by UPI ..."; Receipt No., Receipt Date, Policy No., Product, Premium, CGST
    9%, SGST 9%, Total and Transaction Ref. in a table ruled on every side."""
    base = float(rng.randrange(24, 90) * 100)
    gst = round(base * 0.09, 2)
    j.amount = round(base + 2 * gst, 2)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [UNITED, "United India Insurance Co. Ltd."])
    top(p, name, merchant=name)
    p.add("small", "Divisional Office, Dawrpui, Aizawl  |  A Government of India Undertaking")
    p.add("rule")
    p.add("center", "PREMIUM RECEIPT")
    p.part = "body"
    prose(
        p,
        f"Received with thanks from {FIRM_MID} a sum of Rs. {num(j.amount)} by UPI towards the premium of "
        "the "
        "policy below.",
        amount=j.amount,
        method="UPI",
        status=j.status,
    )
    p.add("gap")
    rno = f"UIIC/{rng.randrange(210, 290)}/{digits(rng, 8)}"
    at = 0.36
    gkv(p, "ui", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gkv(p, "ui", "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    gkv(p, "ui", "Policy No.", f"2401{digits(rng, 4)}/48/26/{digits(rng, 8)}", at=at)
    gkv(p, "ui", "Product", "Shopkeeper's Policy - Tlawmngaihna Puan Dawr", at=at)
    gkv(p, "ui", "Premium", num(base), at=at)
    gkv(p, "ui", "CGST 9%", num(gst), at=at)
    gkv(p, "ui", "SGST 9%", num(gst), at=at)
    gkv(p, "ui", "Total", num(j.amount), at=at)
    gkv(p, "ui", "Transaction Ref.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    p.add("gap")
    sig(p)
    p.add("right", "Authorised Signatory")
    return p.done()


def _ins_oriental(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Oriental Insurance's Premium Receipt cum Tax Invoice for the weaving shed's fire policy, in a
    striped table under the policy's name: Receipt No., Policy No., Insured, Sum Insured, Premium, CGST 9%,
    SGST 9%, Total Premium, Mode, UTR and Date of payment."""
    base = float(rng.randrange(30, 140) * 100)
    gst = round(base * 0.09, 2)
    j.amount = round(base + 2 * gst, 2)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [ORIENTAL, "Oriental Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Branch Office, Aizawl  |  Premium Receipt cum Tax Invoice")
    p.add("rule")
    p.part = "body"
    rno = f"OIC{j.date:%y}{digits(rng, 9)}"
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    zebra(
        p,
        "oi",
        [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
        ["Standard Fire & Special Perils", ""],
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Policy No.", f"{digits(rng, 6)}/11/2027/{rng.randrange(100, 999)}"], {}),
            (["Insured", FIRM_SHORT], {}),
            (["Sum Insured", f"Rs. {num(float(rng.randrange(20, 90) * 100000), 'indian', 0)}"], {}),
            (["Premium", num(base)], {}),
            (["CGST 9%", num(gst)], {}),
            (["SGST 9%", num(gst)], {}),
            (["Total Premium", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
            (["Mode", "NEFT"], {"method": "netbanking", "status": j.status}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Date of payment", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"])], {"date": j.date}),
        ],
        (20, 90, 60),
    )
    p.add("small", "Subject to the terms of the policy. This receipt is valid only on realisation.")
    return p.done()


def _ins_lombard(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ICICI Lombard's app with the secretary's health renewal failed by card under a large round cross:
    the sum, the reason in a notice; Policy No. and Transaction ID, Card and Attempted on in tiles."""
    j.amount = rupees(rng, 8000, 32000, 0.3)
    p = phone(rng, font, k, ["", "IL TakeCare"], dark=False, buttons=("Try again",))
    band(p, (174, 40, 30))
    bar(p, "IL TakeCare", LOMBARD, merchant=LOMBARD)
    sicon(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    boxed(p, "Your card was declined by the issuing bank. Your policy has not been renewed yet.", "error")
    tid = f"ILT{j.date:%y%m%d}{digits(rng, 7)}"
    tiles2(p, ("Policy No.", f"4128i/{digits(rng, 8)}/00/000"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
    tiles2(
        p,
        ("Card", f"Visa Credit XX{digits(rng, 4)}"),
        ("Attempted on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        method="card",
        date=j.date,
    )
    return p.done()


def _ins_chola(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Cholamandalam MS' mail of the delivery van's motor policy issued: its sentence; Policy No.:, Vehicle:,
    Premium (incl. GST):, Payment ID:, Mode: and Payment date: with colons."""
    j.amount = rupees(rng, 9000, 26000, 0.2)
    p = mail_page(
        rng,
        font,
        "Chola MS Insurance <policy@cholams.murugappa.com>",
        ["Your motor policy is issued", "Policy issued - payment received"],
    )
    p.part = "head"
    name = pick(p, "title", [CHOLA, "Chola MS General Insurance"])
    top(p, name, merchant=name)
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        "We have received your payment and your commercial vehicle policy is issued. Details below.",
        status=j.status,
    )
    p.add("gap")
    pid = f"CMS{digits(rng, 11)}"
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    colkv(p, "cm", spec, "Policy No.:", f"3379/{digits(rng, 8)}/00/000")
    colkv(p, "cm", spec, "Vehicle:", f"MZ 01 {rng.choice('ABLT')} {rng.randrange(1000, 9999)} - Maruti Eeco")
    colkv(p, "cm", spec, "Premium (incl. GST):", f"Rs. {num(j.amount)}", amount=j.amount)
    colkv(p, "cm", spec, "Payment ID:", pid, txn=(TXN_RANK, pid))
    colkv(p, "cm", spec, "Mode:", "Net Banking", method="netbanking")
    colkv(p, "cm", spec, "Payment date:", day_as(j, rng, ["%d-%m-%Y", "{d} %B %Y"]), date=j.date)
    p.add("small", "Cholamandalam MS General Insurance Co. Ltd., Chennai. IRDAI Reg. No. 123")
    return p.done()


def _ins_sompo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Universal Sompo's SMS of a premium received, with no reference: "Dear Customer, premium of Rs.x for
    policy ... received on <dd-mm-yyyy> via UPI. Thank you for choosing Universal Sompo."."""
    j.amount = rupees(rng, 1200, 9000, 0.5)
    name = "Universal Sompo"
    text = (
        f"Dear Customer, premium of Rs.{num(j.amount, 'plain')} for policy {digits(rng, 4)}/{digits(rng, 8)} "
        f"received on {when(j.date, '%d-%m-%Y')} via UPI. Thank you for choosing {name}."
    )
    p = sms_page(rng, font, "VM-USGICL", text, j.date)
    p.add("left", text, merchant=name, amount=j.amount, method="UPI", status=j.status, date=j.date)
    return p.done()


def _ins_reliance(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Reliance General's payment receipt for the society's marine transit cover of its parcels: Payment
    received; each value over its label: Receipt No., Policy No., Premium (incl. GST 18%), Transaction ID,
    Paid via and Payment date."""
    j.amount = rupees(rng, 2500, 14000, 0.3)
    p = browser_page(rng, font, "www.reliancegeneral.co.in/payment/receipt")
    p.part = "head"
    name = pick(p, "title", [RELIANCE, "Reliance General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Marine transit (open cover)  |  Tlawmngaihna Weavers' Society")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment received", status=j.status)
    p.add("gap")
    rno = f"RGI{digits(rng, 10)}"
    tid = f"{digits(rng, 12)}"
    vlab(p, "Receipt No.", rno, bold=False, txn=(INVOICE_RANK, rno))
    vlab(p, "Policy No.", f"1705{digits(rng, 12)}", bold=False)
    vlab(p, "Premium (incl. GST 18%)", f"Rs. {num(j.amount)}", amount=j.amount)
    vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
    vlab(p, "Paid via", "Net Banking (SBI)", bold=False, method="netbanking")
    vlab(p, "Payment date", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), bold=False, date=j.date)
    return p.done()


def _ins_ergo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC ERGO's app with the Puan Dawr's burglary cover renewed under "Today, <hour>": the insurer under
    the app's bar, a scalloped badge, Policy renewed, the sum; a copyable Payment ID; Policy No. and Paid via
    at the left and the right; no day."""
    j.amount = rupees(rng, 1800, 9000, 0.4)
    p = phone(rng, font, k, ["", "HDFC ERGO"], dark=False, buttons=("Download policy",))
    band(p, (200, 30, 40))
    bar(p, "HDFC ERGO", HDFC_ERGO, merchant=HDFC_ERGO)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, j.status)
    p.add("center", "Policy renewed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    pid = f"PAY{digits(rng, 12)}"
    copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
    kvr(p, "Policy No.", f"2999 2034 {digits(rng, 4)} {digits(rng, 4)} 000")
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


def _ins_newindia(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The New India Assurance's portal with the weavers' group accident renewal under verification: a
    spinner, a notice; Proposal No., Premium, Transaction ID, Paid via and Initiated on against a gutter."""
    j.amount = rupees(rng, 3000, 18000, 0.3)
    p = browser_page(rng, font, "www.newindia.co.in/portal/payment/status")
    p.part = "head"
    name = pick(p, "title", [NEW_INDIA, "New India Assurance"])
    top(p, name, merchant=name)
    p.add("small", "Group Personal Accident  |  Renewal")
    p.add("rule")
    p.part = "body"
    h279.spinner(p, AMBER)
    p.add("center", "Payment under verification", status=j.status)
    boxed(
        p,
        "We are confirming your payment with the bank. The policy will be issued once it is confirmed.",
        "warn",
    )
    tid = f"NIA{j.date:%y%m%d}{digits(rng, 6)}"
    at = 0.4
    gutter(p, "ni", "Proposal No.", f"P{digits(rng, 10)}", at=at)
    gutter(p, "ni", "Premium", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "ni", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gutter(p, "ni", "Paid via", "Net Banking", at=at, method="netbanking")
    gutter(
        p, "ni", "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (" ",)), at=at, date=j.date
    )
    return p.done()


INSURER_LAYOUTS = [
    _ins_united,
    _ins_oriental,
    _ins_lombard,
    _ins_chola,
    _ins_sompo,
    _ins_reliance,
    _ins_ergo,
    _ins_newindia,
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's premiums, the insurer on top, under its app's bar or signing its message, one layout
    a place (``INSURER_LAYOUTS``): United India's premium receipt, Oriental's receipt cum tax invoice, ICICI
    Lombard's failure, Cholamandalam MS' mail, Universal Sompo's SMS with no reference, Reliance General's
    receipt, HDFC ERGO's "Today" and New India's renewal under verification."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=2000, high=30000)
    return INSURER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("TLAWMNGAIHNA PUAN DAWR", "BARA BAZAR, AIZAWL", "STATE BANK OF INDIA"),
    ("TLAWMNGAIHNA PUAN DAWR - CHAPCHAR KUT", "LAMMUAL, AIZAWL", "PhonePe"),
    ("SHYAM YARN STORES", "BURRABAZAR, KOLKATA", "ICICI BANK"),
    ("Air India Express", "Aizawl - Kolkata", ""),
    ("AIZAWL STATIONERY MART", "ZARKAWT, AIZAWL", "KOTAK MAHINDRA BANK"),
    ("CHHANGBAN KITCHEN", "Chanmari, Aizawl", ""),
    ("RAMHLUN HARDWARE", "AIZAWL", "Axis Bank"),
    ("VANLAL MOTORS SERVICE", "Aizawl", "IDFC FIRST Bank"),
]


def dotted(p: Screen, label: str, value: str, width_: int = 12, **facts) -> None:
    """A slip's line: the label, dots to its column, the value after them (a terminal's print)."""
    text = f"{label} {'.' * max(2, width_ - len(label))} {value}"
    if load_font(p.font, p.style["size"]).getlength(text) > room_of(p):
        text = f"{label}: {value}"
    p.add("left", text, **facts)


def _card_sbi(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """State Bank of India's CHARGE SLIP at the Puan Dawr typed in the terminal's face: DATE and TIME, MID,
    TID, BATCH and ROC, the card and how it was read, AUTH CODE and RRN, BASE AMT and TOTAL AMT; TXN
    APPROVED, PIN VERIFIED OK, CUSTOMER COPY."""
    weekday_only(j, rng)
    p = roll(rng, font, [440, 470, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "CHARGE SLIP")
    p.add("rule")
    roc = f"{rng.randrange(1, 9999):06d}"
    typed(p, f"DATE : {when(j.date, '%d/%m/%Y')}  TIME : {t}", date=j.date)
    typed(p, f"MID : {digits(rng, 15)}")
    typed(p, f"TID : {digits(rng, 8)}")
    typed(p, f"BATCH : {rng.randrange(1, 999):06d}  ROC : {roc}", txn=(INVOICE_RANK, roc))
    typed(p, f"{scheme} DEBIT  CHIP", method="card")
    typed(p, f"XXXX XXXX XXXX {last4}")
    typed(p, f"AUTH CODE : {appr}", txn=(APPR_RANK, appr))
    typed(p, f"RRN : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("rule")
    typed(p, f"BASE AMT  : Rs.{j.amount:.2f}")
    typed(p, f"TOTAL AMT : Rs.{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    p.add("center", "TXN APPROVED", status=j.status)
    p.add("small", "PIN VERIFIED OK")
    p.add("small", "*** CUSTOMER COPY ***")
    return p.done()


def _card_phonepe(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """PhonePe's Smart POS at the Chapchar Kut stall in the festival's days with the sale pending, typed in
    the terminal's face: SALE; DT, TID, TXN ID, CARD and AMT; TXN STATUS : PENDING, PLEASE CHECK STATUS
    BEFORE RETRYING."""
    season(j, rng, CHAPCHAR, CHAPCHAR_DAYS)
    j.amount = rupees(rng, 1500, 18000, 0.6)
    p = roll(rng, font, [440, 470, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    tid = f"PPS{j.date:%y%m%d}{digits(rng, 8)}"
    typed(p, f"DT {when(j.date, '%d-%m-%Y')}  {t[:5]}", date=j.date)
    typed(p, f"TID {digits(rng, 8)}")
    typed(p, f"TXN ID {tid}", txn=(TXN_RANK, tid))
    typed(p, f"CARD {scheme} **{last4}", method="card")
    typed(p, f"AMT Rs. {num(j.amount)}", amount=j.amount)
    p.add("rule")
    typed(p, "TXN STATUS : PENDING", status=j.status)
    p.add("small", "PLEASE CHECK STATUS BEFORE RETRYING")
    p.add("small", "RESULT WILL BE SENT BY SMS")
    return p.done()


def _card_icici(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """ICICI Bank's SALE slip at a Kolkata yarn shop, each field's label dotted to its column: DATE, TIME,
    TID, INVOICE NO, CARD NUM, CARD TYPE, AUTH CODE, RRN, AMOUNT; APPROVED, SIGNATURE NOT REQUIRED."""
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"
    dotted(p, "DATE", when(j.date, "%d/%m/%y"), date=j.date)
    dotted(p, "TIME", t)
    dotted(p, "TID", digits(rng, 8))
    dotted(p, "INVOICE NO", inv, txn=(INVOICE_RANK, inv))
    dotted(p, "CARD NUM", f"XXXXXXXXXXXX{last4}")
    dotted(p, "CARD TYPE", f"{scheme} CREDIT", method="card")
    dotted(p, "AUTH CODE", appr, txn=(APPR_RANK, appr))
    dotted(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    dotted(p, "AMOUNT", f"INR {num(j.amount, 'western')}", amount=j.amount)
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "SIGNATURE NOT REQUIRED")
    return p.done()


def _card_airindia(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Air India Express' booking for the Aizawl - Kolkata flight to a handloom expo: PNR and the flight's
    line, Passenger and Travel date; Fare, Taxes & fees, Total paid, Payment method, Payment reference and
    Booking date in a table ruled on every side."""
    base = float(rng.randrange(32, 95) * 100)
    tax = float(rng.randrange(6, 16) * 100) + 46.0
    j.amount = base + tax
    p = browser_page(rng, font, "www.airindiaexpress.com/manage-booking/itinerary")
    p.part = "head"
    p.add("title", name, merchant=name)
    p.add("small", "Booking confirmed", status=j.status)
    p.add("rule")
    p.part = "body"
    pnr = code(rng, 6, UPPER)
    journey = j.date + dt.timedelta(days=rng.randrange(5, 40))
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
    cols(p, "ai0", spec, f"PNR {pnr}", f"IX {rng.randrange(1100, 1990)}  AJL - CCU", txn=(ORDER_RANK, pnr))
    cols(p, "ai1", spec, f"Passenger: {EXPORTS}", f"Travel date: {when(journey, '%d %b %Y')}")
    p.add("gap")
    ref = f"AIX{digits(rng, 11)}"
    at = 0.4
    gkv(p, "ax", "Fare", num(base), at=at)
    gkv(p, "ax", "Taxes & fees", num(tax), at=at)
    gkv(p, "ax", "Total paid", f"INR {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "ax", "Payment method", f"{scheme.title()} Credit Card XX{last4}", at=at, method="card")
    gkv(p, "ax", "Payment reference", ref, at=at, txn=(TXN_RANK, ref))
    gkv(p, "ax", "Booking date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=at, date=j.date)
    return p.done()


def _card_kotak(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Kotak Mahindra Bank's slip at an Aizawl stationery shop DECLINED (51 INSUFFICIENT FUNDS), typed in the
    terminal's face with its labels padded to a colon's column: SALE; DATE, TIME, TID, INVOICE, CARD and
    AMOUNT."""
    j.amount = rupees(rng, 800, 9000, 0.5)
    p = roll(rng, font, [440, 470], [17, 18])
    if rng.random() < 0.5:
        h269.torn(p)
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"
    typed(p, f"{'DATE':<10}: {when(j.date, '%d/%m/%Y')}", date=j.date)
    typed(p, f"{'TIME':<10}: {t}")
    typed(p, f"{'TID':<10}: {digits(rng, 8)}")
    typed(p, f"{'INVOICE':<10}: {inv}", txn=(INVOICE_RANK, inv))
    typed(p, f"{'CARD':<10}: {scheme} XX{last4}", method="card")
    typed(p, f"{'AMOUNT':<10}: Rs.{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    p.add("center", "DECLINED", status=j.status)
    p.add("small", "51 INSUFFICIENT FUNDS")
    return p.done()


def _card_cafe(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """An Aizawl café's bill from eZee Optimus settled by card: Bill No., Table and Date; the Mizo dishes
    (bai, vawksa rep, sawhchiar, chhum han, koat pitha) and tea; Sub Total, CGST 2.5%, SGST 2.5% and Grand
    Total; "Settled by: CARD", the card and its Auth Code."""
    weekday_only(j, rng)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", name, merchant=name)
    p.add("small", f"Mizo kitchen & bakery  |  {town}")
    p.add("small", f"GSTIN {gstin_of(rng)}")
    p.part = "body"
    p.add("rule")
    bno = str(rng.randrange(1200, 9999))
    p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    p.pair("Table", f"T{rng.randrange(1, 14)}")
    p.pair("Date", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", date=j.date)
    p.add("rule")
    food = 0.0
    for dish, price in rng.sample(
        [
            ("Bai (pork)", 180),
            ("Vawksa rep", 260),
            ("Sawhchiar", 150),
            ("Chhum han", 120),
            ("Koat pitha", 60),
            ("Lemon tea", 30),
            ("Chhangban", 50),
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
    p.pair("Grand Total", f"Rs.{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    p.add("left", "Settled by: CARD", method="card", status=j.status)
    p.add("left", f"{scheme} XX{last4}  Auth Code {appr}", txn=(APPR_RANK, appr))
    p.add("small", "Ka lawm e! Powered by eZee Optimus")
    return p.done()


def _card_axis_sms(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Axis Bank's SMS of a spend on the society's card: "Spent INR x Axis Bank Card no. XX1234 <dd-mm-yy>
    <hh:mm:ss> IST <MERCHANT> Avl Limit: INR y Not you? SMS BLOCK ... - Axis Bank"; no reference."""
    j.amount = rupees(rng, 800, 16000, 0.5)
    text = (
        f"Spent INR {num(j.amount, 'western')} Axis Bank Card no. XX{last4} {when(j.date, '%d-%m-%y')} {t} "
        "IST "
        f"{name} Avl Limit: INR {num(rupees(rng, 40000, 250000, 0.0), 'western')} Not you? SMS BLOCK {last4} "
        "to 919951860002 - Axis Bank"
    )
    p = sms_page(rng, font, "AX-AXISBK", text, j.date)
    p.add("left", text, merchant=name, amount=j.amount, method="card", status=j.status, date=j.date)
    return p.done()


def _card_idfc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """IDFC FIRST Bank's app with a card spend at the van's service centre under "Today, <hour>": the merchant
    over its town, the sum, Approved in a capsule; each value over its label: Card, Transaction ID,
    Category; no day."""
    j.amount = rupees(rng, 1500, 18000, 0.4)
    p = phone(rng, font, k, ["", "IDFC FIRST"], dark=False, buttons=("Need help?",))
    band(p, (150, 20, 40))
    app_head(p, "IDFC FIRST Bank", "Credit card  |  Transaction details")
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("center", name, merchant=name)
    p.add("small", f"{town}, IN")
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    pill(p, "Approved", j.status)
    p.add("gap")
    ref = digits(rng, 12)
    vlab(p, "Card", f"FIRST Classic {masked(p.font)}{last4}", bold=False, method="card")
    vlab(p, "Transaction ID", ref, bold=False, txn=(TXN_RANK, ref))
    vlab(p, "Category", "Automobile services", bold=False)
    return p.done()


CARD_LAYOUTS = [
    _card_sbi,
    _card_phonepe,
    _card_icici,
    _card_airindia,
    _card_kotak,
    _card_cafe,
    _card_axis_sms,
    _card_idfc,
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Puan Dawr's and the Chapchar Kut stall's terminals and the society's cards elsewhere, one
    layout a place (``CARD_LAYOUTS``): State Bank of India's charge slip, PhonePe Smart POS' pending sale,
    ICICI Bank's slip with its labels dotted to their column, Air India Express' booking, Kotak's declined
    slip, a café's eZee Optimus bill, Axis Bank's card SMS with no reference and IDFC FIRST Bank's app under
    "Today"."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=800, high=38000)
    name, town, brand = COUNTERS[k]
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    return CARD_LAYOUTS[k](rng, font, k, j, name, town, brand, scheme, last4, appr, t)


# ---------------------------------------------------------------- 11. the bills


POWER = "Power & Electricity Department"
PHED = "PUBLIC HEALTH ENGINEERING DEPARTMENT"
VI = "Vodafone Idea Ltd."
HPCL = "Hindustan Petroleum Corporation Ltd."
CABLE = "HMUIFANG CABLE NETWORK"
AIRTEL = "Airtel Xstream Fiber"


def _bill_power(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Power & Electricity Department's online bill payment receipt for the weaving shed: Payment
    Successful; Consumer No., Consumer Name, Bill Month, Amount Paid, Receipt No., Transaction ID, Payment
    Date and Mode in a striped table."""
    j.amount = rupees(rng, 1200, 14000, 0.3)
    p = browser_page(rng, font, "power.mizoram.gov.in/billpay/receipt")
    p.part = "head"
    p.add("small", "GOVERNMENT OF MIZORAM")
    top(p, POWER, merchant=POWER)
    p.add("small", "Online Bill Payment Receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    p.add("gap")
    rno = f"PEDM{j.date:%y%m}{digits(rng, 6)}"
    tid = f"PE{digits(rng, 12)}"
    zebra(
        p,
        "pw",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        ["Payment details", ""],
        [
            (["Consumer No.", f"AZL/RMH/{digits(rng, 5)}"], {}),
            (["Consumer Name", FIRM_SHORT], {}),
            (["Bill Month", j.month(1)], {}),
            (["Amount Paid", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
            (["Mode", "Net Banking"], {"method": "netbanking"}),
        ],
        (200, 120, 20),
    )
    return p.done()


def _bill_vi(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Vi app with the Puan Dawr's postpaid bill paid under "Today, <hour>": the company under the app's
    bar, a large round tick, Bill paid, the sum; a copyable Transaction ID; Vi number and Paid via at the left
    and the right; no day."""
    j.amount = rupees(rng, 399, 1800, 0.6)
    p = phone(rng, font, k, ["", "Vi"], dark=False, buttons=("Done",))
    band(p, (230, 30, 70))
    bar(p, "Vi", VI, merchant=VI)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Bill paid", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    tid = f"VI{digits(rng, 14)}"
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Vi number", f"98620 {digits(rng, 5)}")
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


def _bill_phed(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Public Health Engineering Department's water charges receipt from its counter's book, "TUI MAN
    DAWNNA" (receipt of water charges) over its English: No. struck in red; Consumer No., Hming / Name, Thla /
    Period, Pawisa zat / Amount and Ni / Date in bilingual fields written in; Cash ticked; its oval stamp and
    the bill clerk's signature."""
    j.amount = float(rng.randrange(6, 40) * 50)
    p = sheet(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(240, 246, 250), (244, 248, 246)])
    p.part = "head"
    p.add("small", "GOVERNMENT OF MIZORAM")
    name = pick(p, "center", [PHED, "P.H.E. DEPARTMENT"])
    p.add("center", name, merchant=name)
    p.add("small", "Aizawl Water Supply Division - II")
    p.add("rule")
    p.add("center", "TUI MAN DAWNNA  /  WATER CHARGES RECEIPT")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(10000, 99999))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    at = 0.36
    mz_field(p, "Consumer No.", "", f"RMH/{rng.randrange(100, 999)}", at=at)
    mz_field(p, "Hming", "Name", mz_fit(p, [SHOP, "Tlawmngaihna Puan"], at=at), at=at)
    q = j.date.month
    months = ["Jan - Mar", "Apr - Jun", "Jul - Sep", "Oct - Dec"][(q - 1) // 3]
    mz_field(p, "Thla", "Period", f"{months} {j.date.year}", at=at)
    mz_field(p, "Pawisa zat", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", at=at, amount=j.amount)
    mz_field(p, "Ni", "Date", when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])), at=at, date=j.date)
    h269.ticks(p, ["Cash", "Cheque", "UPI"], 0, method="cash", status=j.status)
    h287.oval(p, ["P.H.E. DEPARTMENT", "AIZAWL", "WATER SUPPLY"], "blue", at=0.3)
    sig(p)
    p.add("right", "Bill Clerk")
    return p.done()


def _bill_hppay(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HP Pay with the society's LPG refill payment pending: the company under the app's bar, a progress
    bar, Payment pending, the sum, a notice; Consumer No., Distributor, Order ID, Paid via and Initiated on
    each in a read-only field's box."""
    j.amount = rupees(rng, 1700, 2100, 0.2)
    p = phone(rng, font, k, ["", "HP Pay"], dark=False, buttons=("Refresh",))
    band(p, (0, 70, 150))
    bar(p, "HP Pay", HPCL, merchant=HPCL)
    h294.progress(p, rng.uniform(0.4, 0.7), j.status)
    p.add("center", "Payment pending", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    boxed(p, "We are waiting for your bank. Your refill booking will be confirmed once it is paid.", "warn")
    oid = f"HP{j.date:%y%m%d}{digits(rng, 8)}"
    h273.field(p, "Consumer No.", f"{digits(rng, 6)}")
    h273.field(p, "Distributor", "Zodin HP Gas Agency, Aizawl")
    h273.field(p, "Order ID", oid, txn=(ORDER_RANK, oid))
    h273.field(p, "Paid via", "UPI", method="UPI")
    h273.field(p, "Initiated on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _bill_cable(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A cable network's monthly card for the Puan Dawr, its name printed in a rounded card at its head:
    "Thla" (month) written in; the cable, the internet and the box's rent written in a Mizo hand with their
    sums at the right, "Belhkhawm" (total); "Cash-in ka dawng e" (received in cash) and "Ni: <day>" written
    under it; no reference."""
    cable, net, box = 350, rng.choice([500, 600, 700]), 50
    j.amount = float(cable + net + box)
    p = sheet(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(252, 246, 226), (246, 242, 222)])
    p.part = "head"
    c = card_open(p)
    p.add("center", CABLE, merchant=CABLE)
    p.add("small", "Cable TV & Broadband  |  Ramhlun, Aizawl")
    card_close(p, c, tint=False)
    p.part = "body"
    p.add("gap")
    filled(p, "Consumer :", SHOP)
    filled(p, "Thla :", when(j.date, "%B %Y"))
    start = len(p.rows)
    p.add("gap")
    written(p, "Cable TV", figure=str(cable))
    written(p, "Internet", figure=str(net))
    written(p, "Box rent", figure=str(box))
    written(p, "Belhkhawm", figure=f"{int(j.amount)}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    hand(p, "Cash-in ka dawng e", method="cash", status=j.status)
    hand(p, f"Ni: {when(j.date, rng.choice(['%d.%m.%Y', '{d}.%m.%y']))}", date=j.date)
    sig(p)
    return p.done()


def _bill_airtel(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Airtel Xstream Fiber's payment receipt mail for the weaving shed's broadband: its sentence; Account
    No. :, Receipt No. :, Amount :, Payment mode :, Transaction ID : and Payment date : with colons."""
    j.amount = rupees(rng, 700, 3500, 0.5)
    p = mail_page(
        rng,
        font,
        "Airtel Payments <noreply@airtel.com>",
        ["Payment received for your Airtel Xstream Fiber", "Thank you for your payment"],
    )
    p.part = "head"
    top(p, AIRTEL, merchant=AIRTEL)
    p.add("small", "Bharti Airtel Ltd.")
    p.add("rule")
    p.part = "body"
    prose(p, "Dear Customer, we have received your payment. Thank you for choosing Airtel.", status=j.status)
    p.add("gap")
    rno = f"RCPT{digits(rng, 10)}"
    tid = f"AXF{digits(rng, 12)}"
    spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
    colkv(p, "ar", spec, "Account No. :", f"2025{digits(rng, 8)}")
    colkv(p, "ar", spec, "Receipt No. :", rno, txn=(INVOICE_RANK, rno))
    colkv(p, "ar", spec, "Amount :", f"Rs. {num(j.amount)}", amount=j.amount)
    colkv(p, "ar", spec, "Payment mode :", "Net Banking", method="netbanking")
    colkv(p, "ar", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
    colkv(p, "ar", spec, "Payment date :", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
    return p.done()


def _bill_cred(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """CRED's electricity bill payment to the Power & Electricity Department failed on its dark screen: the
    biller, the sum, the reason in a notice; transaction ID, consumer no., paid via and attempted on at the
    left and the right."""
    j.amount = rupees(rng, 900, 9000, 0.3)
    p = phone(rng, font, k, ["", "CRED"], dark=True, buttons=("retry payment",))
    app_head(p, "CRED", "bill payments")
    p.add("center", "payment failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = fit(p, [f"{POWER}, Mizoram", POWER], 1.0)
    p.add("center", name, merchant=name)
    boxed(
        p,
        "the biller did not confirm this payment. any amount debited will be refunded in 3-5 days.",
        "error",
    )
    tid = f"CR{digits(rng, 14)}"
    kvr(p, "transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "consumer no.", f"AZL/DWP/{digits(rng, 5)}")
    kvr(p, "paid via", "UPI", method="UPI")
    kvr(p, "attempted on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%y"], (", ",)), date=j.date)
    return p.done()


def _bill_swm(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Aizawl Municipal Corporation's solid waste user charges receipt from its collector's handheld printer,
    typed in its face: RCPT NO, DATE, WARD, NAME, PERIOD, AMOUNT, MODE : UPI and UPI REF."""
    j.amount = float(rng.choice([150, 300, 450, 600]))
    p = roll(rng, font, [420, 450], [16, 17])
    p.part = "head"
    p.add("center", AMC, merchant=AMC)
    p.add("small", "SOLID WASTE MANAGEMENT")
    p.add("small", "USER CHARGES RECEIPT")
    p.add("rule")
    p.part = "body"
    rno = f"SWM{rng.randrange(100000, 999999)}"
    typed(p, f"RCPT NO : {rno}", txn=(INVOICE_RANK, rno))
    typed(p, f"DATE    : {when(j.date, '%d-%m-%Y')}", date=j.date)
    typed(p, f"WARD    : {rng.randrange(8, 15)}")
    typed(p, "NAME    : TLAWMNGAIHNA PUAN")
    q = (j.date.month - 1) // 3
    typed(p, f"PERIOD  : {['JAN-MAR', 'APR-JUN', 'JUL-SEP', 'OCT-DEC'][q]} {j.date.year}")
    typed(p, f"AMOUNT  : Rs.{j.amount:.2f}", amount=j.amount)
    typed(p, "MODE    : UPI", method="UPI", status=j.status)
    typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.add("small", "Keep Aizawl clean. Ka lawm e!")
    return p.done()


BILL_LAYOUTS = [
    _bill_power,
    _bill_vi,
    _bill_phed,
    _bill_hppay,
    _bill_cable,
    _bill_airtel,
    _bill_cred,
    _bill_swm,
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The weaving shed's and the Puan Dawr's bills, one layout a place (``BILL_LAYOUTS``): the Power &
    Electricity Department's receipt, Vi's "Today", the P.H.E. Department's water charges book, HP Pay's
    pending refill, a cable network's monthly card in a Mizo hand, Airtel Xstream Fiber's mail, CRED's failed
    bill payment and the municipal corporation's solid waste roll."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=300, high=9000)
    return BILL_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Mizoram Rural Bank", "VM-MRBANK", "LALBIAKZUALI", "UPI"),
    ("IDBI Bank", "AD-IDBIBK", "PUNJAB ACRYLIC YARNS", "NEFT"),
    ("Axis Bank", "JD-AXISBK", "ASSAM DYES AND CHEMICA", "IMPS"),
    ("ICICI Bank", "", "SILCHAR REED AND HEALD", "IMPS"),
    ("Bank of India", "BP-BOIIND", "LEHKHA PRINTING PRESS", "UPI"),
    ("Mizoram Co-operative Apex Bank", "VM-MCABNK", "BARAK LOOM WORKS", "NEFT"),
    ("IndusInd Bank", "", "NATIONAL HANDLOOM DEV CORP", "RTGS"),
    ("UCO Bank", "", "LALRINAWMA TRANSPORT", "IMPS"),
]


def _alert_mrb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Mizoram Rural Bank's SMS in Mizo in a bubble of the phone's messages thread under its day divider:
    "Customer duhtak, i account XX1234 atangin ni <dd-mm-yyyy> khan UPI hmangin Rs.x <PAYEE> hnenah pek a
    ni. Ref No .... -MRB" (Dear customer, Rs. x was paid from your account XX1234 on <day> using UPI to
    <PAYEE>)."""
    p = phone(rng, font, k, ["VM-MRBANK"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 1")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"Customer duhtak, i account XX{tail4} atangin ni {when(j.date, '%d-%m-%Y')} khan UPI hmangin "
        f"Rs.{amt} "
        f"{to} hnenah pek a ni. Ref No {ref}. -MRB"
    )
    for n_, line in enumerate(lines_of(p, text, share=0.84)):
        p.add("left", line, **(facts if n_ == 0 else {}))
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


def _alert_idbi(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """IDBI Bank's SMS: "Dear Customer, Your A/c XX1234 has been debited with INR x towards NEFT to <PAYEE>
    on <dd-Mon-yyyy>. UTR No. .... -IDBI Bank"."""
    text = (
        f"Dear Customer, Your A/c XX{tail4} has been debited with INR {amt} towards NEFT to {to} on "
        f"{when(j.date, '%d-%b-%Y')}. UTR No. {ref}. -IDBI Bank"
    )
    p = sms_page(rng, font, "AD-IDBIBK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_axis(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Axis Bank's SMS of an IMPS that failed: "IMPS of INR x to <PAYEE> from A/c no. XX1234 on <dd-mm-yyyy>
    was unsuccessful. Amount, if debited, will be credited back. IMPS Ref No .... - Axis Bank"."""
    text = (
        f"IMPS of INR {amt} to {to} from A/c no. XX{tail4} on {when(j.date, '%d-%m-%Y')} was unsuccessful. "
        f"Amount, if debited, will be credited back. IMPS Ref No {ref} - Axis Bank"
    )
    p = sms_page(rng, font, "JD-AXISBK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_icici(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """ICICI Bank's notification on the phone's lock screen under its hour: "iMobile  now"; "Rs x debited
    from A/c XX1234 for IMPS to <PAYEE>. IMPS Ref .... -ICICI Bank"; no day."""
    p = phone(rng, font, k, [""], dark=True, buttons=())
    p.part = "body"
    h287.clock(p, p.style["h106"]["clock"])
    c = card_open(p)
    dot = chr(0xB7) if glyphs(p.font, chr(0xB7)) else "-"
    p.add("left", f"iMobile  {dot}  now")
    prose(p, f"Rs {amt} debited from A/c XX{tail4} for IMPS to {to}. IMPS Ref {ref}. -ICICI Bank", **facts)
    card_close(p, c)
    p.add("gap")
    p.add("small", "Swipe up to unlock")
    return p.done()


def _alert_boi(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Bank of India's SMS: "BOI - Rs.x debited from A/c XX1234 on <dd-mm-yyyy> to <PAYEE> via UPI. Ref No
    .... If not done by you, call 18001031906"."""
    text = (
        f"BOI - Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d-%m-%Y')} to {to} via UPI. Ref No "
        f"{ref}. If not done by you, call 18001031906"
    )
    p = sms_page(rng, font, "BP-BOIIND", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_mcab(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """The Mizoram Co-operative Apex Bank's SMS of a NEFT under process: "Dear Member, your NEFT of Rs.x to
    <PAYEE> from A/c XX1234 on <dd/mm/yyyy> is under process. UTR .... -MCAB"."""
    text = (
        f"Dear Member, your NEFT of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d/%m/%Y')} is "
        "under "
        f"process. UTR {ref}. -MCAB"
    )
    p = sms_page(rng, font, "VM-MCABNK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_indusind(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """IndusInd Bank's mail of a debit with no reference: "Your account XX1234 has been debited by INR x on
    <dd-Mon-yyyy> towards RTGS to <PAYEE>."."""
    p = mail_page(
        rng,
        font,
        "IndusInd Bank <transactionalerts@indusind.com>",
        ["Debit alert on your IndusInd Bank account", "Transaction alert: RTGS"],
    )
    p.part = "head"
    top(p, "IndusInd Bank")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        f"Your account XX{tail4} has been debited by INR {amt} on {when(j.date, '%d-%b-%Y')} towards RTGS to "
        f"{to}.",
        **facts,
    )
    p.add("gap")
    prose(p, "If you did not make this transaction, please call 1860 267 7777 immediately.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "IndusInd Bank Ltd. This is a system generated mail; please do not reply.")
    return p.done()


def _alert_uco(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """UCO Bank's WhatsApp banking message under its day divider: the bank with its verified name on top;
    "Dear Customer, Rs. x has been transferred from your A/c XX1234 to <PAYEE> by IMPS on <dd.mm.yyyy>. Ref:
    .... Team UCO Bank"."""
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    p.add("title", "UCO Bank")
    p.add("small", "Official WhatsApp banking")
    p.add("rule")
    p.part = "body"
    p.add("gap")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"Dear Customer, Rs. {amt} has been transferred from your A/c XX{tail4} to {to} by IMPS on "
        f"{when(j.date, '%d.%m.%Y')}. Ref: {ref}. Team UCO Bank"
    )
    for n_, line in enumerate(lines_of(p, text, share=0.84)):
        p.add("left", line, **(facts if n_ == 0 else {}))
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


ALERT_LAYOUTS = [
    _alert_mrb,
    _alert_idbi,
    _alert_axis,
    _alert_icici,
    _alert_boi,
    _alert_mcab,
    _alert_indusind,
    _alert_uco,
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the society's payments, one layout a place (``ALERT_LAYOUTS``): Mizoram Rural
    Bank's SMS in Mizo in a bubble, IDBI Bank's SMS, Axis Bank's failed IMPS, ICICI Bank's notification on the
    lock screen with no day, Bank of India's SMS, the Mizoram Co-operative Apex Bank's NEFT under process,
    IndusInd Bank's mail with no reference and UCO Bank's WhatsApp banking message."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
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

"""The twelve heldout323 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a jaapi makers' firm's year of 2026 in Nalbari and Guwahati, Assam (Phulam
Jaapi Shilpa Udyog, in Assamese ফুলাম জাপি শিল্প উদ্যোগ, a partnership firm whose makers split the bamboo, weave
the jaapi's two frames, lay the tokou palm's leaves between them and dress the phulam jaapi's crown in red
cloth with its woven flowers, paid by the jaapi made; its showroom on G.S. Road, the Jaapi Bhoral; its stall
at the Latasil field's Rongali Bihu; its web shop on Instamojo and PayU and its Amazon Karigar store; the
tourism corporation, the Development Commissioner (Handicrafts) through PFMS, a Guwahati hotel company, a
Delhi wedding planner, a Bengaluru gifting company, a Kolkata décor chain, Oil India and a Bihu committee at
home and a Bihu association, craft shops, a hat museum's shop and a weaving house abroad), told by the proofs
of payment it receives (YONO Merchant, Google Pay, BHIM set in Assamese, YONO SBI, PhonePe, Groww, Navi and
MobiKwik; the tourism corporation's advice, a Slack channel, PFMS, SBI's corporate banking, a Tally voucher,
neo for corporates, Oil India's SAP mail and the Bihu committee's letter in Assamese; J.P. Morgan Access,
HSBCnet, CommBiz, OCBC, UBS, MUFG, Deutsche Bank and Maybank2u Biz; the Bhoral's tax invoice, its Bihu
stall's memo in an Assamese hand, the firm's money receipt book, Instamojo, Google Pay for Business, PayU,
Amazon's disbursement mail and a QueueBuster roll) and those it makes (a tokou leaf trader's chit in an
Assamese hand, a cane dealer's bill of supply, Amazon Business, a cloth merchant's invoice, DTDC, a printer's
Swipe invoice, Industrybuying and a mirror shop's cash memo; PNB ONE, Bandhan Bank, the Apex Bank's
application filled in by hand, iMobile Pay, Paytm, BOI Omni Neo, UCO mBanking Plus and YONO Business; a
maker's wage account and advance in an Assamese hand, BHIM SBI Pay, Zoho Payroll, a Google Pay chat, Airtel
Payments Bank, the printed wage slip and Kotak; GMC, the GST portal, Sewa Setu, the professional tax, the
Forest Department, the Kalakshetra's stall receipt, VAHAN and the municipal board's receipt book; eight
insurers; cards on the Bhoral's and the stall's terminals, at a restaurant, a lace shop and a fuel station,
on IRCTC, in HDFC Bank's SMS and on the OneCard app; APDCL, Hello BPCL, the Jal Board, the ward's waste
collection, Airtel Xstream Fiber, Purba Bharati Gas, Tata Play and MobiKwik's Bharat BillPay; the banks' SMS,
Assam Gramin Vikash Bank's SMS in Assamese, the phone's notification history, a mail and an app's
Notifications tab). Each layout is a function of its own (the family's function picks it by the receipt's
place in its family, ``UPI_LAYOUTS`` to ``ALERT_LAYOUTS``), every row added to heldout113's ``Screen`` with
the facts it prints and the truth read back from the rows the page keeps. Headings, footers, the Assamese
names over their English, the motto, salutations, Assamese labels (but a red tab's and an app detail's value,
an Assamese letter's or SMS' sentence, whose figures and payee carry the facts, and an Assamese hand's sums,
days and "received"), items, jaapi, leaves, bamboo, cane, cloth, dishes, rates, counts, GST, TDS, fees,
charges, commissions, balances, limits, fares, periods, months (মাহ), bill months, bill periods, settlement
periods, years, invoice, bill and journey days, account, policy, proposal, application, consumer, BP,
licence, holding, subscriber, enrolment, vehicle, sanction, vendor and employee numbers, UANs, consignment
and transit pass numbers, card numbers, GSTIN, PAN, IFSC, UPI IDs, an advice's number and its bills,
replies, the jaapi and the gamosa, the bamboo mat a page lies on, stages, progress bars, notices, tiles,
badges, ribbons, toasts, stamps' printed words, seals, revenue stamps and signatures carry no fact.
``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and
``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's;
``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and
``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``,
``total``, ``strip``, ``sms_page``, ``mono``, ``ticks``, ``comb``, ``qr``, ``thumb``, ``seal``, a roll's
torn edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``fill2``, ``perf``, ``hand``,
``amtbox``, ``tt``, ``step``, ``rstamp``, rounded cards), heldout273's (``ledger``, ``hcells``, ``pill``,
``track``, ``panel``, ``field``, ``avatar``, ``bubble``), heldout275's (``sig``, ``divider``, ``gutter``,
``sicon``, ``ribbon``, ``bigsum``, ``toast``, ``tabs``, a chat's payment card), heldout279's (``phone``,
``band``, ``app_head``, ``pick``, ``at_hour``, ``two_up``, ``redno``, ``spinner``, ``wave``, ``decor``),
heldout287's (``notice``, ``tile``, ``burst``, ``oval``, ``vlab``, ``tiles2``, ``copyrow``, ``decor``),
heldout289's (``chip``, ``steps``, ``revenue``) and heldout294's (``octa``, ``progress``), written in this
set's pens and printers' faces; heldout318's Assamese runs (``draw_as``, ``as_width``, ``as_ok``: a line's
Bengali-script runs in Noto Sans or Noto Serif Bengali, its other runs in the page's face). ``compose`` is
heldout158's (as heldout269's to heldout321's), each page's rows drawn by heldout294's ``_render`` (and the
renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for them: Assamese lines
(``asl``, ``asl_wrap``); an Assamese hand (``ahand``: Noto Sans Bengali with an upright Liberation Sans for
its figures and Latin letters, sheared as a gel pen leans, a little off its line, a sum at the right end of
its line where it has one); this set's red-tab field (``redtab``: the label on a gamosa-red tab with rounded
ends at the left, its Assamese in bold white and its English small after it, the value printed or written in
the page's pen on a dotted line after the tab, one line high); an app's detail set value first over its
label's Assamese and English (``vover``); a phulam jaapi as a letterhead's emblem (``jaapi``: the broad cone
of Assam's sun hat seen a little from above and painted ring by ring, its crown dressed in red cloth, a ring
of woven flowers in white, yellow, green and black on its red band, bands of the tokou leaf's straw between
the bamboo frame's ribs, a red band and a dark rim bound with a gold thread, its shadow); a strip of gamosa
as a divider (``gamosa``: its cream ground, red stripes along both edges and a row of red woven motifs down
its middle); and, after the frame, the bamboo mat a page is photographed lying on (``on_mat``: split bamboo
woven two over two, a dry tokou leaf's fan and bamboo splits beside the page, the page's shadow, the page a
little askew). The Jaapi Bhoral shuts on Tuesdays as G.S. Road's craft shops do (``not_tuesday``). The
pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv, grid
from bench.receipt_sets.heldout273_families import ledger, panel, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab
from bench.receipt_sets.heldout318_families import (
    AS,
    AS_BOLD,
    AS_SERIF,
    AS_SERIF_BOLD,
    as_ok,
    as_width,
    draw_as,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers (their Latin letters and figures): italics and obliques in
# another mix than heldout320's and heldout321's
PENS = [
    "freefont/FreeSerifItalic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "noto/NotoSerif-Italic.ttf",
]
INKS = [(20, 46, 126), (32, 30, 42), (14, 60, 112), (58, 28, 92), (112, 26, 40)]
# the faces a page's fixed-width lines are printed in (a terminal's, a counter's roll, a kiosk's printer)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
]
# an Assamese hand: Noto Sans Bengali for its letters (heldout318 wrote its Assamese hand in the serif), an
# upright Liberation Sans for the figures and Latin letters among them, both sheared as a gel pen leans
HAND_AS = AS
HAND_LATIN = "liberation2/LiberationSans-Regular.ttf"
SCRIPT_FACES = [AS, AS_BOLD, AS_SERIF, AS_SERIF_BOLD, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
AMBER = (214, 140, 20)
# the colours of a phulam jaapi and a gamosa: the tokou leaf's straw, the bamboo's deeper yellow, the red
# cloth the jaapi's crown is dressed in, the white, green, yellow and black of its woven flowers, the
# gamosa's cream ground and its red
STRAW = (226, 196, 128)
STRAW_DEEP = (168, 130, 62)
BAMBOO = (196, 160, 84)
JRED = (184, 24, 34)
JRED_DEEP = (118, 14, 22)
FLOWER_W = (250, 246, 236)
FLOWER_G = (34, 128, 64)
FLOWER_Y = (246, 196, 40)
FLOWER_K = (30, 26, 26)
CREAM = (248, 244, 232)
GAMOSA_RED = (196, 28, 36)

# ---------------------------------------------------------------- the firm

FIRM = "Phulam Jaapi Shilpa Udyog"
FIRM_MS = "M/s Phulam Jaapi Shilpa Udyog"
FIRM_CAPS = "PHULAM JAAPI SHILPA UDYOG"
# the firm's name in Assamese (ফুলাম: flowered, as a jaapi dressed in red cloth with woven flowers is called)
FIRM_AS = "ফুলাম জাপি শিল্প উদ্যোগ"
# the firm's name as a bank's beneficiary field cuts it
CUT = "PHULAM JAAPI SHILPA UDYO"
SHOP = "Jaapi Bhoral"
SHOP_CAPS = SHOP.upper()
# ভঁৰাল: a store, a granary
SHOP_AS = "জাপি ভঁৰাল"
SHOP_AT = "G.S. Road, Ulubari, Guwahati, Assam - 781007"
SHED_AT = "Jaapi Para, Bhojkuchi, Nalbari, Assam - 781337"
TOWN = "Guwahati, Assam"
WEB = "phulamjaapi.in"
GSTIN = "18AAXFP3872L1ZD"
PAN = "AAXFP3872L"
UDYAM = "UDYAM-AS-20-0004817"
# its motto: "the jaapi, the pride of Assam"
MOTTO = "জাপি অসমৰ গৌৰৱ"
PARTNER = "Hemanta Kalita"
DESIGNER = "Rupjyoti Kalita"
EXPORTS = "Dikshita Kalita"
ACCOUNTANT = "Jayanta Sarma"
COUNTER = "Pallabi Das"
HELPER = "Rofiqul Islam"
BANK_LINE = "Punjab National Bank, Nalbari Branch"
# the makers: they split the bamboo, weave the jaapi's two frames, lay the tokou leaves between them and
# dress the phulam jaapi's crown in red cloth with its woven flowers, paid by the jaapi made
MAKERS = [
    "Prafulla Baishya",
    "Dipali Deka",
    "Kamaleswar Das",
    "Lakhi Kalita",
    "Jogen Talukdar",
    "Minoti Baishya",
    "Bhupen Medhi",
    "Nirmali Das",
]
# Rongali (Bohag) Bihu, when the Bhoral's stall at the Latasil field's Bihu sells most (14 to 20 April
# 2026); Magh Bihu, when the makers' bonus is paid (15 January 2026)
BIHU, BIHU_DAYS = dt.date(2026, 4, 14), 7
MAGH = dt.date(2026, 1, 15)
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Assam Gramin Vikash Bank": "AGVB",
    "Assam Co-operative Apex Bank": "ASBL",
    "Bandhan Bank": "BDBL",
    "UCO Bank": "UCBA",
    "Bank of India": "BKID",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Indian Bank": "IDIB",
    "Canara Bank": "CNRB",
    "Kotak Mahindra Bank": "KKBK",
    "Union Bank of India": "UBIN",
}
# the firm's jaapi and the things made of them: name, HSN, price each (low, high); GST 5% (basketwork and
# articles of plaiting materials, HSN 4602, since September 2025)
JAAPIS = [
    ("Phulam jaapi, 24 in", "4602", 1800, 3400),
    ("Phulam jaapi, 18 in", "4602", 950, 1800),
    ("Sorudoiya jaapi (wall)", "4602", 380, 760),
    ("Bordoiya jaapi", "4602", 620, 1250),
    ("Halua jaapi (field)", "4602", 260, 480),
    ("Mini jaapi (gift), pair", "4602", 180, 360),
    ("Jaapi wall set of 3", "4602", 1500, 2700),
    ("Jaapi lampshade", "4602", 1300, 2400),
]
SHORT = {
    "Phulam jaapi, 24 in": "Phulam 24in",
    "Phulam jaapi, 18 in": "Phulam 18in",
    "Sorudoiya jaapi (wall)": "Sorudoiya",
    "Bordoiya jaapi": "Bordoiya",
    "Halua jaapi (field)": "Halua",
    "Mini jaapi (gift), pair": "Mini pair",
    "Jaapi wall set of 3": "Wall set 3",
    "Jaapi lampshade": "Lampshade",
}
# the jaapi in Assamese as a hand writes them on a memo or a maker's account
JAAPIS_AS = {
    "Phulam jaapi, 24 in": "ফুলাম জাপি ডাঙৰ",
    "Phulam jaapi, 18 in": "ফুলাম জাপি মজলীয়া",
    "Sorudoiya jaapi (wall)": "সৰুদৈয়া জাপি",
    "Bordoiya jaapi": "বৰদৈয়া জাপি",
    "Halua jaapi (field)": "হালোৱা জাপি",
    "Mini jaapi (gift), pair": "সৰু জাপি যোৰ",
    "Jaapi wall set of 3": "জাপিৰ ছেট",
    "Jaapi lampshade": "জাপিৰ লেম্প",
}
BUYERS = [
    ("Ankita Bora", "State Bank of India"),
    ("Rituraj Gogoi", "Assam Gramin Vikash Bank"),
    ("Priyanka Saikia", "HDFC Bank"),
    ("Bikash Choudhury", "ICICI Bank"),
    ("Manashi Hazarika", "Punjab National Bank"),
    ("Debajit Phukan", "UCO Bank"),
    ("Sneha Agarwal", "Axis Bank"),
    ("Kaushik Baruah", "Bandhan Bank"),
]


def jaapis(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's jaapi sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(JAAPIS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = JAAPIS[i]
        q = rng.randrange(1, 3) if lo >= 1300 else rng.randrange(1, 7)
        ceiling = max(lo + 20, min(hi_, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (Bihu's), its UPI / card reference made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def not_tuesday(j: Job, rng: random.Random) -> None:
    """The Jaapi Bhoral shuts on Tuesdays, as G.S. Road's craft shops do: a payment it takes over its counter
    on a Tuesday is moved to the Monday before, its reference made again for that day."""
    if j.date.weekday() == 1:
        season(j, rng, j.date - dt.timedelta(days=1), 1)


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "PUNB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "18", kind_: str = "P") -> str:
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
        "State Bank of India": "SBI",
        "Punjab National Bank": "PNB",
        "Assam Gramin Vikash Bank": "AGVB",
        "HDFC Bank": "HDFC",
        "ICICI Bank": "ICICI",
        "UCO Bank": "UCO",
        "Axis Bank": "Axis",
        "Bandhan Bank": "Bandhan",
    }.get(bank, bank)


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h323", {"marks": {}, "decor": [], "frame": None})


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
    cols_ = h271.tt_cols(p)
    typed(p, label_ + value.rjust(max(1, cols_ - len(label_) - 2)), **facts)


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
    h269.kind(p, "lb23", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb23"] = 0.76
    h269.row(p, "lb23", text, **facts)


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


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


# ---------------------------------------------------------------- Assamese on the firm's papers

# heldout318's Assamese runs (``draw_as``, ``as_width``, ``as_ok``: a line's Bengali-script runs in Noto Sans
# or Noto Serif Bengali, its other runs in the page's face) under this set's rows


def asl(
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
    """A line in Assamese (a name over its English, a heading, a motto, an app's words, a bank's message),
    its Latin runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert as_ok(text, p.font, bold=bold, serif=serif), text
    assert as_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t23as", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def as_fits(p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, share: float = 1.0) -> bool:
    return as_width(text, p.font, int(p.style["size"] * scale), bold=bold) <= share * room_of(p)


def asl_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """An Assamese sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and as_width(f"{line} {word}", p.font, size) > room:
            asl(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    asl(p, line, scale=scale, align="l", **(facts if first else {}))


def ahand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.14, **facts) -> None:
    """A line written by hand in Assamese: Noto Sans Bengali for its letters and an upright Liberation Sans
    for its figures and Latin letters, sheared as a gel pen leans and a little off its line, in the page's
    ink; ``figure`` written at the right end of the line (a sum in a chit's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert as_ok(text + figure, HAND_LATIN), text
    need = as_width(text, HAND_LATIN, size, grow=1.08) + size * 0.6
    if figure:
        need += as_width(figure, HAND_LATIN, size, grow=1.08) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t23ah", text, figure, mark_=[align, scale, p.rng.uniform(-0.8, 0.8)], **facts)


def ahand_fits(p: Screen, text: str, scale: float = 1.14) -> bool:
    size = int(p.style["size"] * scale)
    return as_width(text, HAND_LATIN, size, grow=1.08) + size * 0.6 <= room_of(p)


def redtab(
    p: Screen, assamese: str, english: str, value: str, *, pen: bool = False, at: float = 0.4, **facts
) -> None:
    """This set's bilingual field: the label on a gamosa-red tab with rounded ends at the left, its Assamese
    in bold white and its English small after it in a paler white; the value (written in the page's pen where
    ``pen``, else printed) after the tab on a dotted line to the right edge; one line high."""
    size = p.style["size"]
    vfont = pen_of(p) if pen else p.font
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert as_ok(assamese, p.font, bold=True) and glyphs(p.font, english) and glyphs(vfont, value), (
        assamese,
        value,
    )
    room = room_of(p)
    need = (
        as_width(assamese, p.font, int(size * 0.86), bold=True)
        + load_font(p.font, int(size * 0.62)).getlength(f"  {english}")
        + 22
    )
    assert need <= at * room, (assamese, english, at, need, at * room)
    assert vface.getlength(value) + 20 <= (1 - at) * room, (value, (1 - at) * room)
    put(p, "t23rt", assamese, english, value, mark_=[pen, at], **facts)


def rt_fit(p: Screen, values: list[str], *, pen: bool = False, at: float = 0.4) -> str:
    """The first of ``values`` that fits a ``redtab``'s value (the last where none does)."""
    vface = load_font(pen_of(p) if pen else p.font, int(p.style["size"] * (1.08 if pen else 1.0)))
    room = room_of(p)
    return next((v for v in values if vface.getlength(v) + 20 <= (1 - at) * room), values[-1])


def vover(p: Screen, value: str, assamese: str, english: str, *, bold: bool = True, **facts) -> None:
    """An app's detail set value first in Assamese and English: the value in (bold) print, under it its
    label's Assamese and its English after a middle dot, small in the label's ink; two lines high."""
    size = p.style["size"]
    vfont = bold_of(p.font) if bold else p.font
    head = f"{assamese} \u00b7 {english}"
    assert as_ok(head, p.font) and glyphs(vfont, value), (head, value)
    assert as_width(head, p.font, int(size * 0.74)) <= room_of(p), head
    assert load_font(vfont, size).getlength(value) <= room_of(p), value
    put(p, "t23vo", value, assamese, english, mark_=[bold], **facts)
    p.add("gap")


# ---------------------------------------------------------------- this set's marks


def jaapi(p: Screen) -> None:
    """A phulam jaapi as a letterhead's emblem: the broad cone of Assam's sun hat seen a little from above,
    its crown dressed in red cloth with a ring of woven flowers (white, yellow, green and black), bands of
    the tokou leaf's straw between the bamboo frame's rings with its ribs running to the rim, a red band and
    a dark rim bound with a gold thread; a soft shadow under it; centred, three lines high."""
    put(p, "t23jp", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-2.5, 2.5)])
    p.add("gap")
    p.add("gap")


def gamosa(p: Screen) -> None:
    """A strip of gamosa (Assam's woven cotton towel) as a divider across the page: its cream ground, red
    stripes along both edges and a row of red woven motifs down its middle; one line high."""
    put(p, "t23gm", "", mark_=[p.rng.randrange(10**6)])


def on_mat(p: Screen) -> None:
    """The page photographed lying on a bamboo mat (a dhari) on the workshop's floor: the split bamboo's
    strips woven two over two, a dry tokou leaf's fan and a few bamboo splits beside the page, the page's
    shadow, the page a little askew."""
    ext(p)["frame"] = ["mat", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _jaapi_art(H: int, seed: int) -> Image.Image:
    """The jaapi drawn ``H`` high as an RGBA image: the cone painted ring by ring from its rim to its
    crown (each ring an ellipse, the nearer ones over the farther), then its ribs and its flowers."""
    srng = random.Random(seed)
    W = int(H * 1.9)
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    ax, ay = W / 2, H * 0.06
    cx, cy = W / 2, H * 0.6
    rx, ry = W * 0.47, H * 0.3
    band_at = srng.uniform(0.34, 0.42)
    band_w = srng.uniform(0.17, 0.21)
    cloth = srng.choice([JRED, (170, 20, 40), (196, 36, 30)])

    def ring(s: float) -> tuple[float, float, float, float]:
        x0, y0 = ax + s * (cx - ax), ay + s * (cy - ay)
        return (x0 - s * rx, y0 - s * ry, x0 + s * rx, y0 + s * ry)

    # the shadow under the rim
    d.ellipse(
        (cx - rx * 0.98, cy - ry * 0.7 + H * 0.07, cx + rx * 0.98, cy + ry + H * 0.05), fill=(90, 80, 60, 70)
    )
    steps = 140
    for n in range(steps, 0, -1):
        s = n / steps
        if s > 0.965:
            colour = (60, 30, 18)
        elif s > 0.9:
            colour = cloth
        elif band_at <= s <= band_at + band_w:
            colour = cloth
        elif s < 0.1:
            colour = _tint(cloth, (0, 0, 0), 0.8)
        else:
            shade = 0.92 + 0.08 * math.sin(s * 70)
            colour = tuple(int(c * shade) for c in STRAW)
        d.ellipse(ring(s), fill=colour + (255,))
    # the bamboo ribs from the crown to the rim over the straw
    for n in range(36):
        t = 2 * math.pi * n / 36
        if math.sin(t) < -0.35:
            continue
        for s0, s1 in ((0.1, band_at), (band_at + band_w, 0.9)):
            p0 = (ax + s0 * (cx - ax) + s0 * rx * math.cos(t), ay + s0 * (cy - ay) + s0 * ry * math.sin(t))
            p1 = (ax + s1 * (cx - ax) + s1 * rx * math.cos(t), ay + s1 * (cy - ay) + s1 * ry * math.sin(t))
            d.line((p0, p1), fill=STRAW_DEEP + (150,), width=1)
    # the gold thread binding the rim
    d.arc(ring(0.965), 0, 180, fill=(222, 180, 70, 255), width=max(1, H // 60))
    # the woven flowers round the red band and small ones on the rim's band
    mid = band_at + band_w / 2
    count = srng.choice([14, 16, 18])
    palette = [FLOWER_W, FLOWER_Y, FLOWER_G, FLOWER_K]
    for n in range(count):
        t = 2 * math.pi * (n + 0.5) / count
        if math.sin(t) < -0.2:
            continue
        px = ax + mid * (cx - ax) + mid * rx * math.cos(t)
        py = ay + mid * (cy - ay) + mid * ry * math.sin(t)
        r = H * 0.05 * (0.75 + 0.25 * math.sin(t))
        petal = palette[n % 2]
        for k in range(4):
            a = k * math.pi / 2 + math.pi / 4
            qx, qy = px + r * 0.7 * math.cos(a), py + r * 0.45 * math.sin(a)
            d.ellipse((qx - r * 0.45, qy - r * 0.3, qx + r * 0.45, qy + r * 0.3), fill=petal + (255,))
        d.ellipse(
            (px - r * 0.28, py - r * 0.2, px + r * 0.28, py + r * 0.2), fill=palette[2 + n % 2] + (255,)
        )
    s = 0.932
    for n in range(40):
        t = 2 * math.pi * n / 40
        if math.sin(t) < 0.05:
            continue
        px = ax + s * (cx - ax) + s * rx * math.cos(t)
        py = ay + s * (cy - ay) + s * ry * math.sin(t)
        r = H * 0.014
        d.polygon([(px, py - r), (px + r, py), (px, py + r), (px - r, py)], fill=FLOWER_Y + (255,))
    # the crown's knot
    d.ellipse((ax - H * 0.03, ay - H * 0.02, ax + H * 0.03, ay + H * 0.03), fill=FLOWER_K + (255,))
    return img


def _jaapi(page: Image.Image, cx: float, top_y: float, h: float, seed: int, tilt: float) -> None:
    k = 3
    art = _jaapi_art(int(h * k), seed).rotate(tilt, resample=Image.BICUBIC, expand=True)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    page.paste(small, (int(cx - small.width / 2), int(top_y)), small)


def _gamosa_art(w: int, h: int, seed: int) -> Image.Image:
    """The gamosa strip ``w`` by ``h``: its cream ground with the weave's faint grain, red stripes along its
    edges and a row of red woven motifs (a stepped diamond with a flower in it) down its middle."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    base = np.ones((h, w, 3), dtype=np.float32) * np.array(CREAM, dtype=np.float32)
    base += g.normal(0, 3.0, (h, w, 1))
    base[:, ::3] -= 4
    img = Image.fromarray(base.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    thick, thin = max(2, int(h * 0.1)), max(1, int(h * 0.035))
    for y0 in (0, h - thick):
        d.rectangle((0, y0, w, y0 + thick), fill=GAMOSA_RED)
    for y0 in (thick + thin * 2, h - thick - thin * 3):
        d.rectangle((0, y0, w, y0 + thin), fill=GAMOSA_RED)
    step = h * srng.uniform(1.05, 1.3)
    my = h / 2
    r = h * 0.2
    x = step / 2
    while x < w - step / 3:
        d.polygon([(x, my - r), (x + r, my), (x, my + r), (x - r, my)], outline=GAMOSA_RED, fill=CREAM)
        d.polygon(
            [(x, my - r * 0.55), (x + r * 0.55, my), (x, my + r * 0.55), (x - r * 0.55, my)], fill=GAMOSA_RED
        )
        for dx in (-r * 1.6, r * 1.6):
            d.rectangle((x + dx - 1, my - 1, x + dx + 1, my + 1), fill=GAMOSA_RED)
        x += step
    return img


def _gamosa(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 2
    art = _gamosa_art(w * k, h * k, seed).resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)))


def _mat_art(w: int, h: int, seed: int) -> Image.Image:
    """A bamboo mat ``w`` by ``h``: strips of split bamboo a finger wide woven two over two in a twill, each
    strip's own shade of straw with its grain and the dark gaps between strips."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    cell = srng.choice([18, 20, 22])
    yy, xx = np.mgrid[0:h, 0:w]
    ci, cj = yy // cell, xx // cell
    over = ((ci + cj) // 2) % 2 == 0
    strip_h = g.uniform(0.82, 1.08, size=(h // cell + 2,))
    strip_v = g.uniform(0.82, 1.08, size=(w // cell + 2,))
    shade = np.where(over, strip_h[ci], strip_v[cj])
    grain_h = np.sin(xx * 0.9 + ci * 7.0) * 0.03
    grain_v = np.sin(yy * 0.9 + cj * 5.0) * 0.03
    shade = shade + np.where(over, grain_h, grain_v)
    edge = np.where(
        over, (yy % cell < 1) | (yy % cell >= cell - 1), (xx % cell < 1) | (xx % cell >= cell - 1)
    )
    colour = np.array(BAMBOO, dtype=np.float32)[None, None, :] * shade[..., None]
    colour[edge] *= 0.55
    colour += g.normal(0, 4.0, (h, w, 1))
    return Image.fromarray(colour.clip(0, 255).astype(np.uint8), "RGB")


def _tokou_leaf(
    d: ImageDraw.ImageDraw, x: float, y: float, r: float, angle: float, srng: random.Random
) -> None:
    """A dry tokou palm leaf's fan lying on the mat: its stalk and its pleated segments spread from it."""
    dx, dy = math.cos(angle), math.sin(angle)
    d.line((x - dx * r * 0.9, y - dy * r * 0.9, x, y), fill=(150, 130, 70), width=5)
    segs = 15
    for n in range(segs):
        a = angle - 1.1 + 2.2 * n / (segs - 1)
        tip = (x + math.cos(a) * r, y + math.sin(a) * r)
        left = (x + math.cos(a - 0.07) * r * 0.96, y + math.sin(a - 0.07) * r * 0.96)
        tone = srng.choice([(196, 184, 110), (178, 170, 96), (206, 192, 128)])
        d.polygon([(x, y), left, tip], fill=tone, outline=(140, 124, 70))


def _on_mat(image: Image.Image, seed: int) -> Image.Image:
    """The page on the bamboo mat: turned a little with its shadow, a tokou leaf and bamboo splits beside."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad + 40, h + 2 * pad
    base = _mat_art(bw, bh, srng.randrange(10**6))
    d = ImageDraw.Draw(base)
    # bamboo splits and a tokou leaf at the side the page leaves bare
    right = srng.random() < 0.5
    sx0 = bw - 46 if right else 16
    for n in range(3):
        x = sx0 + n * 9
        d.line((x, bh * 0.15, x + srng.uniform(-6, 6), bh * 0.85), fill=(110, 84, 36), width=6)
        d.line((x - 2, bh * 0.15, x - 2 + srng.uniform(-6, 6), bh * 0.85), fill=(226, 198, 120), width=2)
    _tokou_leaf(d, bw - 20 if right else 20, bh - 24, 120, -math.pi * (0.75 if right else 0.25), srng)
    angle = srng.uniform(-1.6, 1.6)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    px, py = (bw - turned.width) // 2 + (-20 if right else 20), (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 150 if v > 0 else 0), (px + 10, py + 12))
    shadow = shadow.filter(ImageFilter.GaussianBlur(9))
    base = Image.composite(Image.new("RGB", base.size, (40, 28, 12)), base, shadow)
    base.paste(turned, (px, py), turned)
    return base


def _hand_layer(text: str, size: int, line: int) -> Image.Image:
    """A line of an Assamese hand as a mask: its runs drawn, sheared as a pen leans."""
    tw = as_width(text, HAND_LATIN, size, grow=1.08)
    lw, lh = int(tw + size * 1.2), int(line * 1.9)
    layer = Image.new("L", (lw, lh), 0)
    draw_as(ImageDraw.Draw(layer), (size * 0.3, lh * 0.22), text, HAND_LATIN, size, 255, grow=1.08)
    return layer.transform(
        (lw, lh), Image.AFFINE, (1, 0.16, -0.16 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
    )


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Assamese lines and an Assamese hand, its red-tab fields and
    its values over Assamese labels, a phulam jaapi as an emblem, a strip of gamosa as a divider."""
    page = h294._render(rows, font, style)
    x = style.get("h323")
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
        if not name.startswith("t23"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t23as":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = as_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_as(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t23ah":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                layer = _hand_layer(text, s, line).rotate(tilt, resample=Image.BICUBIC)
                tw = as_width(text, HAND_LATIN, s, grow=1.08)
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
                    Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - layer.height * 0.34)), layer
                )
            draw = ImageDraw.Draw(page)
        elif name == "t23rt":
            is_pen, at = m
            assamese, english, value = r[1], r[2], r[3]
            xm = MARGIN + at * room
            y0, y1 = top_y + line * 0.1, top_y + line * 0.9
            draw.rounded_rectangle((MARGIN, y0, xm - 6, y1), radius=int((y1 - y0) / 2), fill=GAMOSA_RED)
            s = int(size * 0.86)
            draw_as(draw, (MARGIN + 11, y + size * 0.03), assamese, font, s, (255, 255, 255), bold=True)
            hx = MARGIN + 11 + as_width(assamese, font, s, bold=True)
            sface = load_font(font, int(size * 0.62))
            draw.text((hx, y + size * 0.3), f"  {english}", font=sface, fill=(252, 222, 214))
            ly = top_y + line * 0.86
            for dx in range(int(xm + 4), int(width - MARGIN), 5):
                draw.line((dx, ly, dx + 1, ly), fill=_tint(soft, paper_, 0.7), width=1)
            if is_pen:
                vface = load_font(pen, int(size * 1.08))
                draw.text((xm + 10, ly - 4), value, font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(font, size)
                draw.text((xm + 10, ly - 4), value, font=vface, fill=ink, anchor="ls")
        elif name == "t23vo":
            (bold,) = m
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text((MARGIN, y), r[1], font=vface, fill=ink)
            s = int(size * 0.74)
            draw_as(draw, (MARGIN, y + line * 0.98), f"{r[2]} \u00b7 {r[3]}", font, s, soft)
        elif name == "t23jp":
            seed, tilt = m
            _jaapi(page, width / 2, top_y + line * 0.05, line * 2.9, seed, tilt)
            draw = ImageDraw.Draw(page)
        elif name == "t23gm":
            (seed,) = m
            _gamosa(page, MARGIN, width - MARGIN, top_y + line * 0.18, top_y + line * 0.86, seed)
            draw = ImageDraw.Draw(page)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout321's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the bamboo mat a page is photographed lying on."""
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
    f = (style.get("h323") or {}).get("frame")
    if f and f[0] == "mat":
        image = _on_mat(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout323 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Bhoral's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM]
VPAS = [
    "jaapibhoral@sbi",
    "phulamjaapi@pnb",
    "jaapibhoral.ghy@okicici",
    "Q702215893@ybl",
]
NOTES = ["Jaapi", "Phulam jaapi x2", "Bihu gift", "Wall jaapi", "Jaapi order"]


def _upi_yono_merchant(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """SBI's YONO Merchant on the Jaapi Bhoral's phone: the Bhoral under the app's bar, a pale top with a
    wave for its lower edge, Payment received, the sum large with its paise raised, "from <buyer>"; UPI RRN,
    Received at, Payer and Credited to in a table ruled on every side."""
    not_tuesday(j, rng)
    p = phone(rng, font, k, ["", "YONO Merchant"], dark=False, buttons=("Share", "Done"))
    band(p, (40, 24, 120))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "YONO Merchant", name, merchant=name)
    p.add("center", "Payment received", status=j.status)
    h275.bigsum(p, rupee_of(p.font), j.amount, amount=j.amount)
    p.add("small", f"from {who}")
    h279.wave(p, (222, 230, 250))
    p.add("gap")
    at = 0.36
    gkv(p, "ym", "UPI RRN", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gkv(
        p,
        "ym",
        "Received at",
        at_hour(rng, j.date, ["%d-%m-%Y", "{d} %b %Y"], (", ", " ")),
        at=at,
        date=j.date,
    )
    gkv(p, "ym", "Payer", f"{who} ({bank_short(bank)})", at=at, method="UPI")
    gkv(p, "ym", "Credited to", f"SBI Current A/c {masked(p.font)}{digits(rng, 4)}", at=at)
    p.add("small", "Settlement to your account on the next working day.")
    return p.done()


def _upi_gpay_pending(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Google Pay's payment still processing: an hourglass on a rounded tile, Processing, the sum, "To
    <payee>", a notice; a copyable UPI transaction ID; Started on with its value over its label."""
    p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Done",))
    p.part = "head"
    p.add("gap")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Processing", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"To {rng.choice(PAYEES)}", f"To {SHOP}"])[3:]
    p.add("center", f"To {name}", merchant=name)
    boxed(
        p,
        "Your bank is taking longer than usual. Don't pay again; we'll update you within 48 hours.",
        "warn",
    )
    copyrow(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    vlab(
        p,
        "Started on",
        at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")),
        bold=False,
        date=j.date,
    )
    vlab(p, "Paying from", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}", bold=False, method="UPI")
    return p.done()


def _upi_bhim_as(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """BHIM set in Assamese under "আজি, <hour>" (today): a large round tick, "লেনদেন সফল" (transaction
    successful), the sum, "<payee> লৈ" (to <payee>); each detail's value over its label's Assamese and its
    English: UPI প্ৰসংগ নং · UPI Ref No., কোন একাউণ্টৰ পৰা · From account, টোকা · Note; no day."""
    p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Share",))
    band(p, (0, 82, 158))
    app_head(p, "BHIM", "UPI")
    asl(p, f"আজি, {hhmm(rng, lower=True)}", scale=0.84, soft=True)
    sicon(p, j.status)
    asl(p, "লেনদেন সফল", scale=1.1, bold=True, status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = next((n for n in [rng.choice(PAYEES), SHOP] if as_fits(p, f"{n} লৈ")), SHOP)
    asl(p, f"{name} লৈ", merchant=name)
    p.add("rule")
    vover(p, j.ref, "UPI প্ৰসংগ নং", "UPI Ref No.", txn=(UTR_RANK, j.ref))
    vover(p, f"{bank_short(bank)} - {digits(rng, 4)}", "কোন একাউণ্টৰ পৰা", "From account", method="UPI")
    vover(p, rng.choice(NOTES), "টোকা", "Note", bold=False)
    return p.done()


def _upi_yono(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """YONO SBI's UPI payment: a Successful capsule over the sum; Paid To, UPI Ref. No., Date & Time, Debit
    A/c and Remarks in a striped table under its heading band."""
    p = phone(rng, font, k, ["", "YONO SBI"], dark=False, buttons=("Share", "Home"))
    band(p, (40, 24, 120))
    app_head(p, "YONO SBI", "UPI - Pay to contact")
    pill(p, "Successful", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    name = h273.cell_name(p, 0.62, [rng.choice(PAYEES), CUT])
    rows_ = [
        (["Paid To", name], {"merchant": name}),
        (["UPI Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
        (["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
        (["Debit A/c", f"XXXXXXX{digits(rng, 4)}"], {"method": "UPI"}),
        (["Remarks", rng.choice(NOTES)], {}),
    ]
    zebra(p, "yo", spec, ["Transaction details", ""], rows_, (40, 24, 120))
    return p.done()


def _upi_phonepe(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """PhonePe's payment on a tinted band: Transaction Successful, the hour and the day under it, "Paid to"
    over the payee, the sum; labels small over their values two to a row: Transaction ID and UTR, Debited
    from and Bank."""
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share",))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "Payment receipt")
    h269.strip(p, "Transaction Successful", j.status)
    p.add("small", f"{hhmm(rng, lower=True)} on {day_as(j, rng, ['{d} %b %Y', '%d %b %Y'])}", date=j.date)
    p.add("gap")
    p.add("small", "Paid to")
    name = pick(p, "center", [rng.choice(PAYEES), SHOP])
    p.add("center", name, merchant=name)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 14)}"
    two_up(p, "pp1", ("Transaction ID", tid), ("UTR", j.ref), txn=(UTR_RANK, j.ref))
    two_up(
        p,
        "pp2",
        ("Debited from", f"XXXXXX{digits(rng, 4)}"),
        ("Bank", bank_short(bank)),
        method="UPI",
    )
    return p.done()


def _upi_groww_fail(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Groww's UPI payment failed: a cross on a rounded tile, Payment failed, the sum, "to <payee>", the
    reason in a notice; Transaction ID, Date & time, Reason and From on hairline rows."""
    p = phone(rng, font, k, ["", "Groww"], dark=False, buttons=("Try again",))
    app_head(p, "Groww", "UPI")
    h287.tile(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p, "The payee's bank did not respond in time. Any amount debited is returned within 3 days.", "error"
    )
    tid = f"GRW{j.date:%y%m%d}{code(rng, 10, ALNUM)}"
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "r")]
    cols(p, "gw", spec, "Transaction ID", tid, mode="line", txn=(TXN_RANK, tid))
    cols(
        p,
        "gw",
        spec,
        "Date & time",
        at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
        mode="line",
        date=j.date,
    )
    cols(p, "gw", spec, "Reason", "U90 - Payee bank timeout", mode="line")
    cols(
        p,
        "gw",
        spec,
        "From",
        f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}",
        mode="line",
        method="UPI",
    )
    return p.done()


def _upi_navi(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Navi's UPI payment with no reference: a Paid capsule, the sum, "paid to <payee>", "on <day> at
    <hour>"; Paid from and Cashback at the left and the right; View details."""
    p = phone(rng, font, k, ["", "Navi"], dark=False, buttons=("View details",))
    band(p, (24, 110, 90))
    app_head(p, "navi", "UPI")
    p.add("gap")
    pill(p, "Paid", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"paid to {rng.choice(PAYEES)}", f"paid to {SHOP}"])[8:]
    p.add("center", f"paid to {name}", merchant=name)
    p.add(
        "small",
        f"on {day_as(j, rng, ['{d} %b %Y', '%d %B %Y'])} at {hhmm(rng, lower=True)}",
        date=j.date,
    )
    p.add("rule")
    kvr(p, "Paid from", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}", method="UPI")
    kvr(p, "Cashback", f"{rupee_of(p.font)}{rng.randrange(1, 9)} won")
    return p.done()


def _upi_mobikwik(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """MobiKwik's UPI payment: an octagon's tick, Payment Successful, the sum, "to <payee>"; UPI Ref No,
    Date, Paid via and Note in dot leaders; the app's passing "Receipt saved" at its foot."""
    p = phone(rng, font, k, ["", "MobiKwik"], dark=False, buttons=("Share",))
    band(p, (0, 96, 196))
    app_head(p, "MobiKwik", "UPI")
    h294.octa(p, j.status)
    p.add("center", "Payment Successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("rule")
    at = 0.36
    dots(p, "UPI Ref No", j.ref, at=at, txn=(UTR_RANK, j.ref))
    dots(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    dots(p, "Paid via", f"UPI - {bank_short(bank)}", at=at, method="UPI")
    dots(p, "Note", rng.choice(NOTES), at=at)
    h275.toast(p, "Receipt saved to gallery")
    return p.done()


UPI_LAYOUTS = [
    _upi_yono_merchant,
    _upi_gpay_pending,
    _upi_bhim_as,
    _upi_yono,
    _upi_phonepe,
    _upi_groww_fail,
    _upi_navi,
    _upi_mobikwik,
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Jaapi Bhoral or the firm by UPI, one layout a place (``UPI_LAYOUTS``): YONO
    Merchant on the Bhoral's phone, Google Pay's payment processing, BHIM set in Assamese under "আজি", YONO
    SBI's striped table, PhonePe's tinted band, Groww's failure, Navi's payment with no reference and
    MobiKwik's ticket."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=300, high=18000, p_round=0.7)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    return UPI_LAYOUTS[k](rng, font, k, j, who, bank)


# ---------------------------------------------------------------- 2. buyers' advices


ATDC = "Assam Tourism Development Corporation Ltd."
ATDC_AS = "অসম পৰ্যটন উন্নয়ন নিগম লিমিটেড"
DCH = "Office of the Development Commissioner (Handicrafts)"
VIVAAH = "Vivaah Tales Wedding Planners LLP"
GIFTING = "GiftCrate Corporate Solutions Pvt. Ltd."
LUIT = "Luit Riverfront Hotels Pvt. Ltd."
DECOR = "Bengal Home Decor Stores Pvt. Ltd."
OIL = "Oil India Limited"
LATASIL = "Latasil Bihu Sanmilan, Guwahati"
LATASIL_AS = "লতাশিল বিহু সন্মিলন, গুৱাহাটী"


def _adv_atdc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Assam Tourism Development Corporation's PAYMENT ADVICE under its Assamese name for the jaapi that
    welcome its lodges' guests: Advice No. and Date at the left and the right; Payee and its bill; Gross
    amount, Less TDS (GST) 2% and Net amount paid in dot leaders; Mode :, UTR : and Credited to : with colons;
    the Manager (Finance)'s signature beside the corporation's oval stamp."""
    gross = float(rng.randrange(40, 220) * 250)
    tds = round(gross / 1.05 * 0.02, 0)
    j.amount = round(gross - tds, 2)
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    asl(p, ATDC_AS, bold=True)
    name = pick(p, "title", [ATDC.upper(), ATDC])
    top(p, name)
    p.add("small", "Paryatan Bhawan, A.K. Azad Road, Paltan Bazar, Guwahati - 781008")
    p.add("rule")
    p.part = "body"
    p.add("center", "PAYMENT ADVICE")
    spec = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
    ano = f"ATDC/ACCTS/{fy(j.date)}/{rng.randrange(100, 990)}"
    cols(
        p, "at0", spec, f"Advice No. {ano}", f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}", date=j.date
    )
    p.add("gap")
    who = fit(p, [f"Payee: {FIRM_MS}", f"Payee: {FIRM}"], 1.0)
    p.add("left", who, merchant=who[7:].removeprefix("M/s "))
    bno, bday, _ = bills_for(rng, j, 1, "PJS")[0]
    p.add("left", f"Against Bill No. {bno} dated {when(bday, '%d.%m.%Y')} (phulam jaapi for the lodges)")
    p.add("gap")
    at = 0.6
    dots(p, "Gross amount", num(gross), at=at)
    dots(p, "Less TDS (GST) 2%", num(tds), at=at)
    dots(p, "Net amount paid", num(j.amount), at=at, bold=True, amount=j.amount)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "State Bank of India", way)
    spec2 = [(0.0, 0.28, "l"), (0.28, 1.0, "l")]
    colkv(p, "at1", spec2, "Mode :", way, method="netbanking", status=j.status)
    colkv(p, "at1", spec2, "UTR :", utr, txn=(UTR_RANK, utr))
    colkv(p, "at1", spec2, "Credited to :", f"PNB A/c XXXXXXXX{digits(rng, 4)}")
    h287.oval(p, ["A.T.D.C. LTD.", "ACCOUNTS", "GUWAHATI"], "blue", at=0.16)
    sig(p)
    p.add("right", "Manager (Finance)")
    return p.done()


def _adv_slack(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Delhi wedding planner's Slack channel under its "Today" divider: the writer's initials in a round
    badge, her name and hour; "Paid ₹x to <payee> via NEFT for the 60 phulam jaapis for the Kapoor wedding's
    welcome. UTR ..."; a reaction and a colleague's reply in its thread; no day."""
    j.amount = float(rng.randrange(60, 240) * 120)
    p = phone(rng, font, k, ["", "Slack"], dark=False, buttons=())
    band(p, (74, 21, 75))
    app_head(p, "# vendor-payments", f"{VIVAAH}")
    divider(p, "Today")
    p.add("gap")
    first, second = hours(rng, 2)
    h273.avatar(p, "IM", (224, 30, 90))
    p.add("left", f"Ishita Malhotra   {first}")
    name = rng.choice([FIRM, SHOP, FIRM_CAPS])
    utr = utr_of(rng, j, "HDFC Bank", "NEFT")
    prose(
        p,
        f"Paid {rupee_of(p.font)}{num(j.amount, 'indian')} to {name} via NEFT for the 60 phulam jaapis for "
        f"the Kapoor wedding's welcome. UTR {utr}",
        amount=j.amount,
        merchant=name,
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, utr),
    )
    p.add("small", "2 replies   |   1 reaction")
    p.add("gap")
    p.add("left", f"Arjun Sethi   {second}")
    prose(p, "Noted. They ship from Guwahati on Friday, so we should have them a week before the sangeet.")
    return p.done()


def _adv_pfms(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """PFMS' payment advice for the Development Commissioner (Handicrafts)'s payment of the firm's jaapi
    for a craft exhibition: Agency, Sanction No., Payee Name, Bank A/c, IFSC, Amount (Rs.), Payment Date,
    Bank Ref. No. (UTR) and Status in a table ruled on every side."""
    j.amount = float(rng.randrange(20, 150) * 500)
    p = browser_page(rng, font, "pfms.nic.in/Reports/PaymentAdvice")
    p.part = "head"
    top(p, "PFMS")
    p.add("small", "Public Financial Management System  |  Controller General of Accounts")
    p.add("rule")
    p.part = "body"
    p.add("left", "E-Payment Advice")
    p.add("gap")
    at = 0.34
    gkv(p, "pf", "Agency", "DC (Handicrafts), Regional Office, Guwahati", at=at)
    gkv(
        p,
        "pf",
        "Sanction No.",
        f"M/DCH/NER/{rng.randrange(10, 99)}/{j.date.year}-{rng.randrange(100, 999)}",
        at=at,
    )
    name = h273.cell_name(p, 0.6, [FIRM_CAPS, CUT], scale=1.0)
    gkv(p, "pf", "Payee Name", name, at=at, merchant=name)
    gkv(p, "pf", "Bank A/c No.", f"XXXXXXXX{digits(rng, 4)}", at=at)
    gkv(p, "pf", "IFSC", f"PUNB0{digits(rng, 6)}", at=at)
    gkv(p, "pf", "Amount (Rs.)", num(j.amount), at=at, amount=j.amount)
    gkv(p, "pf", "Payment Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, date=j.date)
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    gkv(p, "pf", "Bank Ref. No. (UTR)", utr, at=at, txn=(UTR_RANK, utr), method="netbanking")
    gkv(p, "pf", "Status", "Payment Success", at=at, status=j.status)
    p.add("small", "Generated from PFMS. Payment made through the Reserve Bank of India's e-Kuber.")
    return p.done()


def _adv_sbi_returned(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """State Bank of India's corporate internet banking with a Bengaluru gifting company's NEFT returned
    under a red ribbon: the reason in a notice; Reference No., Beneficiary, Amount, Value Date and Return
    Reason set against a gutter."""
    p = browser_page(rng, font, "corp.onlinesbi.sbi/corp/neft/transactionstatus")
    p.part = "head"
    top(p, "SBI Corporate Internet Banking")
    p.add("small", f"{GIFTING}, Bengaluru")
    p.add("rule")
    p.part = "body"
    h275.ribbon(p, "NEFT RETURNED", RED)
    p.add("center", "The beneficiary bank has returned this transfer.", status=j.status)
    boxed(
        p,
        "Return reason: account number and beneficiary name do not match. The amount has been credited back "
        "to the debit account.",
        "error",
    )
    ref = f"CN{j.date:%y%m%d}{digits(rng, 8)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.56)
    at = 0.4
    gutter(p, "sr", "Reference No.", ref, at=at, txn=(BANK_RANK, ref))
    gutter(p, "sr", "Beneficiary", name, at=at, merchant=name)
    gutter(p, "sr", "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount, method="netbanking")
    gutter(p, "sr", "Value Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"])), at=at, date=j.date)
    gutter(p, "sr", "Return Reason", "R03 Name mismatch", at=at)
    return p.done()


def _adv_tally(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Kolkata home décor chain's Payment Voucher printed from TallyPrime: the company on top; No. and
    Dated at the left and the right; Particulars | Amount in a table ruled on every side (the party's ledger,
    the bills it settles, "Being paid by NEFT vide UTR ... "), its total; Through and On Account of; the sum
    in words; Receiver's Signature and Authorised Signatory."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, DECOR)
    p.add("small", "14/2 Park Street, Kolkata - 700016  |  GSTIN 19" + code(rng, 5, UPPER) + "4417K1Z9")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Voucher")
    vno = str(rng.randrange(120, 980))
    cols(
        p,
        "tl0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"No.: {vno}",
        f"Dated: {day_as(j, rng, ['{d}-%b-%Y', '%d-%b-%y'])}",
        txn=(INVOICE_RANK, vno),
        date=j.date,
    )
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "HDFC Bank", way)
    name = h273.cell_name(p, 0.7, [FIRM_MS, FIRM], scale=1.0)
    bills = bills_for(rng, j, rng.randrange(1, 3), "PJS")
    spec = [(0.0, 0.74, "l"), (0.74, 1.0, "r")]
    rows_ = [
        ([f"Account: {name}", num(j.amount)], {"merchant": name.removeprefix("M/s "), "amount": j.amount})
    ]
    for bno, bday, v in bills:
        rows_.append(([f"   Agst Ref {bno} ({when(bday, '%d-%b-%y')})", num(v)], {}))
    rows_.append(
        ([f"Being paid by {way} vide UTR {utr}", ""], {"txn": (UTR_RANK, utr), "method": "netbanking"})
    )
    grid(p, "tlt", spec, ["Particulars", "Amount"], rows_, foot=(["Total", num(j.amount)], {}))
    p.add("left", "Through:  HDFC Bank Current A/c", status=j.status)
    prose(p, f"Amount (in words): INR {spelt(j.amount)} Only", "small")
    p.add("gap")
    cols(
        p,
        "tl1",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        "Receiver's Signature",
        "Authorised Signatory",
        mode="soft",
    )
    return p.done()


def _adv_axis_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Axis Bank's neo for corporates with a Guwahati hotel company's RTGS pending its checker: a Pending
    approval capsule over a progress bar, a notice; labels small over their values two to a row: Transaction
    ID and Amount, Beneficiary and Value date, Payment mode and Created by."""
    j.amount = rupees(rng, 210000, 420000, 0.6)
    p = browser_page(rng, font, "neo.axisbank.com/corporate/payments/approvals")
    p.part = "head"
    top(p, "neo for corporates")
    p.add("small", f"Axis Bank  |  {LUIT}")
    p.add("rule")
    p.part = "body"
    chip(p, "Pending approval", j.status)
    h294.progress(p, 0.5, j.status)
    boxed(p, "Awaiting the checker's approval. The RTGS will be sent once it is approved.", "warn")
    tid = f"NEO{j.date:%y%m%d}{digits(rng, 7)}"
    two_up(
        p,
        "ax1",
        ("Transaction ID", tid),
        ("Amount", f"INR {num(j.amount)}"),
        txn=(BANK_RANK, tid),
        amount=j.amount,
    )
    name = fit(p, [FIRM_CAPS, CUT], 0.48, bold=True)
    two_up(
        p,
        "ax2",
        ("Beneficiary", name),
        ("Value date", when(j.date, rng.choice(["%d-%b-%Y", "%d/%m/%Y"]))),
        merchant=name,
        date=j.date,
    )
    two_up(p, "ax3", ("Payment mode", "RTGS"), ("Created by", "LRH_MAKER1"), method="netbanking")
    return p.done()


def _adv_oil(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Oil India Limited's vendor payment advice mailed as plain text from its SAP: Vendor Code, Vendor
    Name, Payment Doc No., Payment Date and Payment Ref (UTR) typed with colons, the invoices in a plain-text
    table drawn with dashes and bars, the Net Payment."""
    j.amount = float(rng.randrange(30, 200) * 300)
    p = mail_page(
        rng,
        font,
        "OIL SAP Payments <sap.payments@oilindia.in>",
        ["Payment advice - vendor 1100" + digits(rng, 4), "Vendor payment advice"],
    )
    p.part = "head"
    top(p, OIL)
    p.add("small", "Duliajan, Dibrugarh, Assam - 786602  |  Finance & Accounts")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Vendor,")
    prose(p, "Please find below the details of the payment released to your bank account.")
    p.add("gap")
    doc = f"15{digits(rng, 8)}"
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    h269.mono(p, f"Vendor Code    : 1100{digits(rng, 4)}")
    h269.mono(p, f"Vendor Name    : {FIRM_CAPS}", merchant=FIRM_CAPS)
    h269.mono(p, f"Payment Doc No.: {doc}", txn=(INVOICE_RANK, doc))
    h269.mono(p, f"Payment Date   : {when(j.date, '%d.%m.%Y')}", date=j.date)
    h269.mono(p, f"Payment Ref    : {utr} (NEFT)", txn=(UTR_RANK, utr), method="netbanking")
    h269.mono(p, "-" * 46)
    h269.mono(p, "| Invoice No.         |  Date      |   Amount |")
    h269.mono(p, "-" * 46)
    for bno, bday, v in bills_for(rng, j, rng.randrange(1, 3), "PJS"):
        h269.mono(p, f"| {bno:<19} | {when(bday, '%d.%m.%Y')} | {v:>8.2f} |")
    h269.mono(p, "-" * 46)
    h269.mono(p, f"Net Payment    : INR {j.amount:.2f}", amount=j.amount, status=j.status)
    p.add("gap")
    p.add("small", "This is a system generated advice from SAP; please do not reply.")
    return p.done()


def _adv_latasil(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Latasil Bihu Sanmilan's letter typed in Assamese with no reference: the committee's Assamese name over
    its English; পত্ৰ নং (letter no.) and তাৰিখ (date); "প্ৰতি, অংশীদাৰ," (To, the partner,) and the firm in
    English; বিষয় (subject); "... ফুলাম জাপিৰ মূল্য বাবদ Rs. x/- <day> তাৰিখে NEFT যোগে আপোনাৰ একাউণ্টত জমা
    কৰা হৈছে।" (the price of the phulam jaapi, Rs. x/-, has been deposited in your account by NEFT on
    <day>); the general secretary's signature over সাধাৰণ সম্পাদক."""
    season(j, rng, BIHU - dt.timedelta(days=9), 8)
    j.amount = float(rng.randrange(8, 48) * 500)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    asl(p, LATASIL_AS, scale=1.05, bold=True)
    p.add("center", LATASIL)
    asl(p, "ৰঙালী বিহু 2026", scale=0.86, soft=True)
    gamosa(p)
    p.part = "body"
    day = when(j.date, "%d-%m-%Y")
    asl(p, f"পত্ৰ নং: লবিস/{rng.randrange(20, 90)}/{j.date.year}          তাৰিখ: {day}", align="l")
    p.add("gap")
    asl(p, "প্ৰতি,", align="l")
    asl(p, "অংশীদাৰ,", align="l")
    who = pick(p, "left", [FIRM_MS, FIRM])
    p.add("left", who, merchant=who.removeprefix("M/s "))
    p.add("left", "Bhojkuchi, Nalbari.")
    p.add("gap")
    asl(p, "বিষয়: ফুলাম জাপিৰ মূল্য পৰিশোধ প্ৰসংগত।", align="l", bold=True)
    asl(p, "মহাশয়,", align="l")
    asl_wrap(
        p,
        "উপৰোক্ত বিষয় সম্পৰ্কে জনোৱা হয় যে বিহু মঞ্চত অতিথিসকলক আদৰণি জনাবলৈ আপোনাৰ প্ৰতিষ্ঠানৰ পৰা "
        f"কিনা ফুলাম জাপিৰ মূল্য বাবদ {whole_rs(j.amount)} {day} তাৰিখে NEFT যোগে আপোনাৰ একাউণ্টত জমা "
        "কৰা হৈছে।",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    asl(p, "ধন্যবাদেৰে,", align="l")
    p.add("gap")
    sig(p)
    asl(p, "সাধাৰণ সম্পাদক", align="r")
    return p.done()


ADVICE_LAYOUTS = [
    _adv_atdc,
    _adv_slack,
    _adv_pfms,
    _adv_sbi_returned,
    _adv_tally,
    _adv_axis_pending,
    _adv_oil,
    _adv_latasil,
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm, one layout a place (``ADVICE_LAYOUTS``): the tourism
    corporation's advice under its Assamese name, a wedding planner's Slack channel under "Today", PFMS'
    e-payment advice, SBI's NEFT returned, a décor chain's Tally payment voucher, neo for corporates' RTGS
    pending its checker, Oil India's SAP advice in plain text and the Bihu committee's letter in Assamese with
    no reference."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=12000, high=160000, p_round=0.6)
    return ADVICE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Brahmaputra Cultural Association of Texas", "Houston, Texas, USA", "USD", 700, 8000),
    ("Thames Folk Arts Ltd.", "London, United Kingdom", "GBP", 500, 6000),
    ("Assam Society of Victoria Inc.", "Melbourne, Australia", "AUD", 900, 9000),
    ("Straits Craft House Pte. Ltd.", "Singapore", "SGD", 800, 9000),
    ("Atelier des Chapeaux du Monde Sarl", "Geneva, Switzerland", "CHF", 600, 7000),
    ("Kasaya Kyoto K.K.", "Kyoto, Japan", "JPY", 80000, 900000),
    ("Hutwerk Berlin GmbH", "Berlin, Germany", "EUR", 600, 7000),
    ("Rumah Anyaman Sdn. Bhd.", "Kuala Lumpur, Malaysia", "MYR", 2500, 28000),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or US$; pounds with GBP or the pound's sign;
    Australian dollars with AUD or A$; Singapore dollars with SGD or S$; Swiss francs the Swiss way (CHF
    4'250.50, an apostrophe between the thousands); yen whole with JPY or the yen's sign; euros the German
    way (2.450,00 EUR or 2.450,00 €); ringgit with MYR or RM."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    yen = "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}"
    euro = "{g} \u20ac" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "{g} EUR"
    forms = {
        "USD": ["USD {v}", "US${v}"],
        "GBP": ["GBP {v}", pound],
        "AUD": ["AUD {v}", "A${v}"],
        "SGD": ["SGD {v}", "S${v}"],
        "CHF": ["CHF {s}", "{s} CHF"],
        "JPY": ["JPY {w}", yen],
        "EUR": ["{g} EUR", euro],
        "MYR": ["MYR {v}", "RM {v}"],
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
    """J.P. Morgan Access (Chase) with an international wire completed in US dollars: a Completed capsule;
    Transaction ID, Beneficiary, Beneficiary bank, Amount, Value date (the day month first or in words) and
    Charges in dot leaders."""
    p = browser_page(rng, font, "access.jpmorgan.com/payments/wires/detail")
    p.part = "head"
    top(p, "J.P. Morgan Access")
    p.add("small", f"Chase  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "International wire")
    pill(p, "Completed", j.status, align="l")
    p.add("gap")
    ref = f"JPM{j.date:%y%m%d}{digits(rng, 7)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.5)
    at = 0.42
    dots(p, "Transaction ID", ref, at=at, txn=(BANK_RANK, ref))
    dots(p, "Beneficiary", name, at=at, merchant=name)
    dots(p, "Beneficiary bank", "PUNJAB NATIONAL BANK, NALBARI", at=at)
    dots(p, "Amount", show(j.amount), at=at, **sum_)
    dots(p, "Value date", when(j.date, rng.choice(["%m/%d/%Y", "%B {d}, %Y"])), at=at, date=j.date)
    dots(p, "Charges", "SHA (shared)", at=at, method="netbanking")
    return p.done()


def _wire_hsbc(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """HSBCnet with a payment in pounds still in progress: its stages left to right (Submitted, Authorised,
    Sent to the beneficiary bank), a notice; Payment reference, Beneficiary, Amount, Requested date and
    Charges at the left and the right."""
    p = browser_page(rng, font, "www.hsbcnet.com/payments/international/status")
    p.part = "head"
    top(p, "HSBCnet")
    p.add("small", f"HSBC UK Bank plc  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment in progress", status=j.status)
    h273.track(p, ["Submitted", "Authorised", "Sent"], "ddp")
    boxed(
        p,
        "Your payment is being processed and should reach the beneficiary bank within 1 working day.",
        "info",
    )
    ref = f"HSBC{j.date:%y%m%d}{code(rng, 6, ALNUM)}"
    kvr(p, "Payment reference", ref, txn=(BANK_RANK, ref))
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    kvr(p, "Beneficiary", name, merchant=name)
    kvr(p, "Amount", show(j.amount), **sum_)
    kvr(p, "Requested date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), date=j.date)
    kvr(p, "Charges", "Shared (SHA)", method="netbanking")
    return p.done()


def _wire_commbank(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """CommBiz (Commonwealth Bank) with an international money transfer in Australian dollars: Transfer
    sent; each field in a pale tile two to a row (Receipt number and Date, Payee and Amount, Fee and Payee's
    bank)."""
    p = browser_page(rng, font, "www.commbiz.commbank.com.au/imt/receipt")
    p.part = "head"
    top(p, "CommBiz")
    p.add("small", f"Commonwealth Bank  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    sicon(p, j.status)
    p.add("center", "International money transfer sent", status=j.status)
    p.add("gap")
    rno = f"N{j.date:%d%m}{digits(rng, 7)}"
    tiles2(p, ("Receipt number", rno), ("Date", when(j.date, "%d/%m/%Y")), txn=(BANK_RANK, rno), date=j.date)
    name = h287.vname(p, [FIRM, "Phulam Jaapi"], bold=False)
    tiles2(p, ("Payee", name), ("Amount", show(j.amount)), merchant=name, **sum_)
    tiles2(p, ("Fee", "AUD 6.00 (SHA)"), ("Payee's bank", "Punjab National Bank"), method="netbanking")
    return p.done()


def _wire_ocbc(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """OCBC Velocity's overseas transfer in Singapore dollars under "Today, <hour>": an octagon's tick,
    Transfer submitted, the sum, "to <payee>"; labels small over their values two to a row (Transaction
    reference and Fee, From account and Purpose); no day."""
    p = phone(rng, font, k, ["", "OCBC Business"], dark=False, buttons=("Done",))
    band(p, (214, 34, 40))
    app_head(p, "OCBC Business", "Overseas transfer")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h294.octa(p, j.status)
    p.add("center", "Transfer submitted", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    ref = f"OT{digits(rng, 12)}"
    two_up(
        p,
        "oc1",
        ("Transaction reference", ref),
        ("Fee", "SGD 20.00 (SHA)"),
        txn=(BANK_RANK, ref),
        method="netbanking",
    )
    two_up(
        p, "oc2", ("From account", f"Current {masked(p.font)}{digits(rng, 4)}"), ("Purpose", "Goods (jaapi)")
    )
    return p.done()


def _wire_ubs(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """UBS e-banking with a payment in Swiss francs rejected, the sum the Swiss way: a cross on a rounded
    tile, Payment rejected, the reason in a notice; Beneficiary, Amount, Execution date (day first with
    points), UBS reference and Reason on hairline rows."""
    p = browser_page(rng, font, "ebanking.ubs.com/payments/international/detail")
    p.part = "head"
    top(p, "UBS e-banking")
    p.add("small", f"{payer}, {town}")
    p.add("rule")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Payment rejected", status=j.status)
    boxed(
        p,
        "The beneficiary's bank could not credit this payment (beneficiary account closed or invalid). "
        "The amount has been credited back to your account.",
        "error",
    )
    name = fit(p, [FIRM_CAPS, CUT], 0.58)
    ref = f"UBS-{j.date:%y%m%d}-{digits(rng, 6)}"
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "r")]
    cols(p, "ub", spec, "Beneficiary", name, mode="line", merchant=name)
    cols(p, "ub", spec, "Amount", show(j.amount), mode="line", **sum_)
    cols(p, "ub", spec, "Execution date", when(j.date, "%d.%m.%Y"), mode="line", date=j.date)
    cols(p, "ub", spec, "UBS reference", ref, mode="line", txn=(BANK_RANK, ref))
    cols(p, "ub", spec, "Reason", "AC04 Account closed", mode="line", method="netbanking")
    return p.done()


def _wire_mufg(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """MUFG BizSTATION's overseas remittance in yen, whole: Remittance completed; Remittance No.,
    Beneficiary, Remittance amount, Value date (year first with slashes) and Charges set against a gutter."""
    j.amount = float(round(j.amount))
    sum_["amount"] = j.amount
    p = browser_page(rng, font, "bizstation.mufg.jp/remittance/overseas/result")
    p.part = "head"
    top(p, "MUFG BizSTATION")
    p.add("small", f"MUFG Bank, Ltd.  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("center", "Overseas remittance completed", status=j.status)
    p.add("gap")
    rno = f"R{j.date:%y%m%d}{digits(rng, 6)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.56)
    at = 0.42
    gutter(p, "mf", "Remittance No.", rno, at=at, txn=(BANK_RANK, rno))
    gutter(p, "mf", "Beneficiary", name, at=at, merchant=name)
    gutter(p, "mf", "Remittance amount", show(j.amount), at=at, **sum_)
    gutter(p, "mf", "Value date", when(j.date, "%Y/%m/%d"), at=at, date=j.date)
    gutter(p, "mf", "Charges", "SHA", at=at, method="netbanking")
    return p.done()


def _wire_deutsche(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Deutsche Bank's business banking with a foreign transfer in euros told in a German sentence with no
    reference, the sum the German way: a tile's tick and Auslandsüberweisung ausgeführt in a rounded card;
    "Ihre Überweisung über <sum> an <payee> wurde am <dd.mm.yyyy> ausgeführt." (your transfer of <sum> to
    <payee> was executed on <day>); Auftraggeberkonto (debit account) and Entgelt (charges)."""
    p = browser_page(rng, font, "meine.deutsche-bank.de/business/auslandszahlung")
    p.part = "head"
    top(p, "Deutsche Bank")
    p.add("small", f"Business Banking  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    c = card_open(p)
    h287.tile(p, j.status)
    p.add("center", "Auslandsüberweisung ausgeführt", status=j.status)
    name = rng.choice([FIRM_CAPS, FIRM])
    prose(
        p,
        f"Ihre Überweisung über {show(j.amount)} an {name} wurde am {when(j.date, '%d.%m.%Y')} ausgeführt.",
        merchant=name,
        date=j.date,
        **sum_,
    )
    card_close(p, c)
    p.add("gap")
    kvr(p, "Auftraggeberkonto", f"DE{digits(rng, 2)} 1007 0000 {digits(rng, 4)} {digits(rng, 2)}")
    kvr(p, "Entgelt", "SHA (geteilt)", method="netbanking")
    return p.done()


def _wire_maybank(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Maybank2u Biz' foreign telegraphic transfer in ringgit: Successful on a tinted band; labels small over
    their values two to a row (Reference number and Transaction date, Recipient and Recipient bank, Amount
    and Service charge)."""
    p = browser_page(rng, font, "m2ubiz.maybank2u.com.my/transfer/ftt/acknowledgement")
    p.part = "head"
    top(p, "Maybank2u Biz")
    p.add("small", f"{payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Foreign Telegraphic Transfer")
    p.add("gap")
    h269.strip(p, "Successful", j.status)
    p.add("gap")
    ref = f"M2U{digits(rng, 10)}"
    two_up(
        p,
        "mb1",
        ("Reference number", ref),
        ("Transaction date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
        txn=(BANK_RANK, ref),
        date=j.date,
    )
    name = fit(p, [FIRM_CAPS, CUT], 0.48, bold=True)
    two_up(p, "mb2", ("Recipient", name), ("Recipient bank", "PNB, India"), merchant=name)
    two_up(
        p,
        "mb3",
        ("Amount", show(j.amount)),
        ("Service charge", "RM 25.00 (SHA)"),
        method="netbanking",
        **sum_,
    )
    return p.done()


WIRE_LAYOUTS = [
    _wire_chase,
    _wire_hsbc,
    _wire_commbank,
    _wire_ocbc,
    _wire_ubs,
    _wire_mufg,
    _wire_deutsche,
    _wire_maybank,
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Bihu committees, craft shops, a hat museum's shop and a weaving house abroad paying the firm for its
    jaapi, one layout a place (``WIRE_LAYOUTS``): J.P. Morgan Access' wire completed, HSBCnet's payment in
    progress, CommBiz' tiles, OCBC's "Today", UBS' payment rejected, MUFG's remittance, Deutsche Bank's
    German sentence with no reference and Maybank2u Biz' transfer."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    payer, city, cur, lo, hi_ = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    return WIRE_LAYOUTS[k](rng, font, k, j, payer, city.split(",")[0], show, sum_)


# ---------------------------------------------------------------- 4. the firm's own papers


CUSTOMERS = [
    "Ms. Nandini Bora",
    "Mr. Pranjal Sarmah",
    "Mrs. Juri Devi",
    "Mr. Rahul Mehta",
    "Ms. Moushumi Hazarika",
    "Dr. Arup Kumar Nath",
]
# a hand's short form of a buyer's name on a memo
CUSTOMERS_AS = ["নন্দিনী বৰা", "প্ৰাঞ্জল শৰ্মা", "জুৰি দেৱী", "মৌচুমী হাজৰিকা", "অৰূপ নাথ"]


def _own_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Jaapi Bhoral's TAX INVOICE under a phulam jaapi, its Assamese name, its English and a strip of
    gamosa: Invoice No. and Date at the left and the right, Bill to and Place of Supply; Sl. | Description |
    HSN | Qty | Rate | Value in a table ruled on every side with its Taxable total; CGST 2.5% and SGST 2.5%
    at the left and the right; the Invoice Value printed in a box; its words; "Received by UPI, RRN ..."."""
    not_tuesday(j, rng)
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    jaapi(p)
    asl(p, SHOP_AS, scale=1.05, bold=True)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", f"A unit of {FIRM_MS}  |  {SHOP_AT}")
    p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
    gamosa(p)
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"JB/{fy(j.date)}/{rng.randrange(40, 990):04d}"
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
    cols(p, "oi0", spec, f"Bill to: {rng.choice(CUSTOMERS)}", "Place of Supply: Assam (18)")
    p.add("gap")
    taxable = 0.0
    rows_ = []
    for n_, (item, hsn, q, price) in enumerate(jaapis(rng, rng.randrange(2, 5))):
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
        ["Sl.", "Description", "HSN", "Qty", "Rate", "Value"],
        rows_,
        foot=(["Taxable value", num(taxable)], {}),
        tint=(246, 226, 222),
    )
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    kvr(p, "CGST @ 2.5%", num(gst))
    kvr(p, "SGST @ 2.5%", num(gst))
    h271.amtbox(p, "Invoice Value  Rs.", num(j.amount), by_hand=False, at=0.3, amount=j.amount)
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    p.add("left", f"Received by UPI, RRN {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    asl(p, "আকৌ আহিব!  Thank you, visit again!", scale=0.9)
    sig(p)
    p.add("right", f"for {SHOP}")
    return p.done()


def _own_bihu_memo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Bhoral's stall's CASH MEMO in Bihu's days at the Latasil field, photographed lying on a bamboo
    mat: the Bhoral's Assamese name over its English, "ৰঙালী বিহু 2026 | লতাশিল, গুৱাহাটী" and "নগদ মেমো"
    (cash memo); তাৰিখ / Date and নাম / Name on red tabs written in; the jaapi written in an Assamese hand
    with their sums at the right of a ruled page, "মুঠ" (total); "নগদে পোৱা গ'ল" (received in cash); no
    reference."""
    season(j, rng, BIHU, BIHU_DAYS)
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(252, 249, 238), (248, 246, 236)])
    p.part = "head"
    asl(p, SHOP_AS, scale=1.05, bold=True)
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    asl(p, "ৰঙালী বিহু 2026  |  লতাশিল, গুৱাহাটী", scale=0.84)
    p.add("rule")
    asl(p, "নগদ মেমো", bold=True)
    p.part = "body"
    at = 0.34
    redtab(p, "তাৰিখ", "Date", when(j.date, "%d/%m/%Y"), pen=True, at=at, date=j.date)
    p.add("gap")
    redtab(
        p,
        "নাম",
        "Name",
        rt_fit(p, [rng.choice(CUSTOMERS), "Mr. Rahul Mehta"], pen=True, at=at),
        pen=True,
        at=at,
    )
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for item, _hsn, q, price in jaapis(rng, rng.randrange(2, 4), high=1800):
        price = float(round(price / 50) * 50)
        v = int(q * price)
        total_ += v
        ahand(p, f"{JAAPIS_AS[item]} {q} x {int(price)}", figure=str(v))
    j.amount = float(total_)
    ahand(p, "মুঠ", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    ahand(p, "নগদে পোৱা গ'ল", method="cash", status=j.status)
    sig(p)
    p.add("right", f"for {SHOP}")
    on_mat(p)
    return p.done()


def _own_money_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The firm's money receipt for a corporate order's advance, "টকাৰ ৰচিদ / MONEY RECEIPT", from its book
    under its Assamese name: No. struck in red; তাৰিখ / Date, কাৰ পৰা / Received from, টকা / Amount, কিহৰ বাবে /
    Towards, পৰিশোধৰ মাধ্যম / Mode and প্ৰসংগ নং / Ref. No. on red tabs written in; the sum in words; a
    revenue stamp signed across; গ্ৰহণকাৰী / Receiver."""
    j.amount = float(rng.randrange(6, 60) * 500)
    p = sheet(rng, font, [800, 840])
    p.style["paper"] = rng.choice([(250, 248, 240), (247, 246, 238)])
    p.part = "head"
    asl(p, FIRM_AS, scale=1.05, bold=True)
    name = pick(p, "title", [FIRM, FIRM_CAPS])
    top(p, name, merchant=name)
    p.add("small", f"{SHED_AT}  |  GSTIN {GSTIN}")
    p.add("rule")
    asl(p, "টকাৰ ৰচিদ  /  MONEY RECEIPT", bold=True)
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(200, 2400))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    at = 0.42
    redtab(
        p, "তাৰিখ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), pen=True, at=at, date=j.date
    )
    p.add("gap")
    payer = rt_fit(p, ["Brahmaputra Vista Hotels Pvt. Ltd.", "Brahmaputra Vista Hotels"], pen=True, at=at)
    redtab(p, "কাৰ পৰা", "Received from", payer, pen=True, at=at)
    p.add("gap")
    redtab(p, "টকা", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, at=at, amount=j.amount)
    p.add("gap")
    redtab(
        p,
        "কিহৰ বাবে",
        "Towards",
        rt_fit(p, ["Advance for 40 jaapi", "Jaapi advance"], pen=True, at=at),
        pen=True,
        at=at,
    )
    p.add("gap")
    redtab(p, "পৰিশোধৰ মাধ্যম", "Mode", "IMPS", pen=True, at=at, method="netbanking", status=j.status)
    p.add("gap")
    redtab(p, "প্ৰসংগ নং", "Ref. No.", j.ref, pen=True, at=at, txn=(UTR_RANK, j.ref))
    p.add("gap")
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h289.revenue(p)
    sig(p)
    asl(p, "গ্ৰহণকাৰী / Receiver", align="r", scale=0.9)
    return p.done()


def _own_instamojo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Instamojo's order page for the web shop with the payment pending over a progress bar: the Bhoral on
    top, Payment pending, the sum, a notice; Order ID :, Payment ID :, Payment method : and Date : labelled
    with colons at the left and the right."""
    j.amount = float(rng.randrange(9, 90) * 100)
    p = browser_page(rng, font, f"{WEB}/orders/status")
    p.part = "head"
    name = pick(p, "title", [SHOP, FIRM])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Payments by Instamojo")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    h294.progress(p, rng.uniform(0.55, 0.75), j.status)
    boxed(
        p,
        "We have not yet heard from your bank. Your order is held for 30 minutes; if the payment fails, any "
        "amount debited is refunded to you in 5-7 days.",
        "warn",
    )
    oid = f"PJ{rng.randrange(100000, 999999)}"
    pid = f"MOJO{j.date:%m%d}{code(rng, 4, UPPER)}{digits(rng, 5)}"
    spec = [(0.0, 0.42, "l"), (0.42, 1.0, "r")]
    cols(p, "im", spec, "Order ID :", oid, txn=(ORDER_RANK, oid))
    cols(p, "im", spec, "Payment ID :", pid, txn=(TXN_RANK, pid))
    cols(p, "im", spec, "Payment method :", "UPI", method="UPI")
    cols(p, "im", spec, "Date :", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _own_gpay_biz(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Google Pay for Business on the Bhoral's phone under its "Today" divider: the Bhoral under the app's
    bar; the payment's card: the buyer's initials, "Received from <buyer>", the sum, Received and the hour,
    UPI transaction ID; Settles to at the left and the right; no day."""
    not_tuesday(j, rng)
    p = phone(rng, font, k, ["", "Google Pay for Business"], dark=False, buttons=("Share",))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "Google Pay for Business", name, merchant=name)
    divider(p, "Today")
    p.add("gap")
    who = rng.choice(BUYERS)[0]
    c = card_open(p)
    h273.avatar(p, initials(who), (66, 133, 244))
    p.add("center", f"Received from {who}")
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} Received  {hhmm(rng, lower=True)}".strip(), status=j.status, method="UPI")
    p.add("small", f"UPI transaction ID: {j.ref}", txn=(UTR_RANK, j.ref))
    card_close(p, c)
    p.add("gap")
    kvr(p, "Settles to", f"SBI {masked(p.font)}{digits(rng, 4)}")
    return p.done()


def _own_payu(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """PayU's checkout for the web shop with a card payment failed on a tinted band: the firm on top, the
    reason in a notice; each value over its label: Transaction ID, PayU ID, Amount, Payment mode and Date."""
    j.amount = float(rng.randrange(12, 150) * 100)
    p = browser_page(rng, font, "secure.payu.in/_payment_options")
    p.part = "head"
    name = pick(p, "title", [FIRM, SHOP])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Secured by PayU")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Payment Failed", j.status)
    boxed(p, "Your bank declined the card (insufficient funds). You have not been charged.", "error")
    tid = f"PJ{j.date:%y%m%d}{digits(rng, 6)}"
    payu = str(rng.randrange(10**10, 10**11))
    vlab(p, "Transaction ID", tid, bold=False, txn=(ORDER_RANK, tid))
    vlab(p, "PayU ID", payu, bold=False, txn=(TXN_RANK, payu))
    vlab(p, "Amount", f"INR {num(j.amount)}", amount=j.amount)
    vlab(
        p,
        "Payment mode",
        f"Debit Card ({rng.choice(['Visa', 'RuPay', 'Mastercard'])})",
        bold=False,
        method="card",
    )
    vlab(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), bold=False, date=j.date)
    return p.done()


def _own_amazon(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Amazon Seller Central's disbursement mail for the firm's jaapi sold under Amazon Karigar: its sentence;
    Seller display name, Settlement ID, Settlement period, Amazon fees, Disbursed amount, Bank reference (UTR)
    and Disbursement date in a striped table."""
    p = mail_page(
        rng,
        font,
        "Amazon Seller Central <settlements@amazon.in>",
        ["Your disbursement has been sent", "Amazon.in: disbursement initiated"],
    )
    p.part = "head"
    top(p, "amazon seller central")
    p.add("small", "Amazon Karigar  |  Handcrafted in India")
    p.add("rule")
    p.part = "body"
    p.add("left", "Disbursement sent", status=j.status)
    prose(p, "Hello, we have sent the balance of your settlement period to your registered bank account.")
    p.add("gap")
    utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
    name = h273.cell_name(p, 0.58, [FIRM, "Phulam Jaapi"], scale=1.0)
    start = earlier(rng, j, 14, 16)
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    rows_ = [
        (["Seller display name", name], {"merchant": name}),
        (["Settlement ID", str(rng.randrange(10**10, 10**11))], {}),
        (
            [
                "Settlement period",
                f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=13), '%d %b %Y')}",
            ],
            {},
        ),
        (["Amazon fees", num(round(j.amount * 0.18, 2))], {}),
        (["Disbursed amount", f"INR {num(j.amount)}"], {"amount": j.amount}),
        (["Bank reference (UTR)", utr], {"txn": (UTR_RANK, utr), "method": "netbanking"}),
        (["Disbursement date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
    ]
    zebra(p, "az", spec, ["Disbursement details", ""], rows_, (35, 47, 62))
    p.add("small", "Funds usually reach your account within 1-2 business days.")
    return p.done()


def _own_roll(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Bhoral's bill from QueueBuster on a three-inch roll torn off its printer: INV NO and DATE; the
    jaapi, GROSS, CGST 2.5%, SGST 2.5%, NET PAYABLE typed in the printer's face; TENDER : UPI and its RRN."""
    not_tuesday(j, rng)
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "G.S. Road, Ulubari, Guwahati")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    ino = f"QB{rng.randrange(10000, 99999)}"
    typed(p, f"INV NO : {ino}", txn=(INVOICE_RANK, ino))
    typed(p, f"DATE   : {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    typed(p, f"CASHIER: {COUNTER.split()[0].upper()}")
    p.add("rule")
    gross = 0.0
    for item, _hsn, q, price in jaapis(rng, rng.randrange(2, 4), high=2000):
        typed(p, SHORT[item].upper())
        typed_pair(p, f"  {q} @ {price:.2f}", f"{q * price:.2f}")
        gross += q * price
    gst = round(gross * 0.025, 2)
    j.amount = round(gross + 2 * gst, 2)
    p.add("rule")
    typed_pair(p, "GROSS", f"{gross:.2f}")
    typed_pair(p, "CGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "SGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "NET PAYABLE", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, "TENDER : UPI", method="UPI", status=j.status)
    typed(p, f"RRN    : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Dhanyabad! Visit again  |  QueueBuster POS")
    h269.torn(p)
    return p.done()


OWN_LAYOUTS = [
    _own_invoice,
    _own_bihu_memo,
    _own_money_receipt,
    _own_instamojo,
    _own_gpay_biz,
    _own_payu,
    _own_amazon,
    _own_roll,
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its Jaapi Bhoral or itself on top, one layout a place (``OWN_LAYOUTS``): the
    Bhoral's tax invoice under a phulam jaapi, the Bihu stall's cash memo in an Assamese hand, the money
    receipt book on red tabs, Instamojo's pending order, Google Pay for Business under "Today", PayU's failed
    card, Amazon's disbursement mail and the Bhoral's QueueBuster roll."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1200, high=42000)
    return OWN_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 5. the firm's suppliers


TOKOU = "DOLEY TOKOU PAAT SUPPLY"
TOKOU_AS = "ডলে তকৌ পাত যোগান"
CANE = "BARPETA CANE & BAMBOO HOUSE"
CLOTH = "MAHALAXMI TEXTILES"
PRINTER = "NALBARI OFFSET PRINTERS"
MIRROR = "JYOTI MIRROR & JARI STORE"


def _sup_tokou(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A North Lakhimpur tokou leaf trader's chit in an Assamese hand with no reference: his Assamese name
    over his English at its head; "তাৰিখ" (date) and the day and "শ্ৰীযুত হেমন্ত কলিতা দেৱ" (to Sri Hemanta
    Kalita) written; the bundles of tokou leaves and the truck's fare written with their sums on a ruled page,
    "মুঠ" (total); "নগদে পালোঁ" (received in cash); a ring an Assam tea cup left on it."""
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(251, 248, 236), (246, 244, 232)])
    p.part = "head"
    asl(p, TOKOU_AS, scale=1.1, bold=True)
    p.add("center", TOKOU, merchant=TOKOU)
    p.add("small", f"Khelmati, North Lakhimpur, Assam  |  Mob. 94350{digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    ahand(p, f"তাৰিখ: {when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}", date=j.date)
    ahand(p, "শ্ৰীযুত হেমন্ত কলিতা দেৱ, নলবাৰী")
    p.add("gap")
    start = len(p.rows)
    bundles, rate = rng.randrange(20, 70), rng.choice([160, 170, 180, 190, 200])
    fare = rng.choice([1200, 1500, 1800, 2200])
    ahand(p, f"তকৌ পাত {bundles} বোজা x {rate}", figure=str(bundles * rate))
    ahand(p, "গাড়ী ভাড়া", figure=str(fare))
    total_ = bundles * rate + fare
    j.amount = float(total_)
    ahand(p, "মুঠ", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    ahand(p, "নগদে পালোঁ", method="cash", status=j.status)
    sig(p)
    h287.decor(p, "tea")
    return p.done()


def _sup_cane(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Barpeta cane and bamboo dealer's BILL OF SUPPLY from Tally (a composition dealer's, no tax):
    Invoice No. and its earlier Dated; Description | Qty | Unit | Rate | Amount in a striped table, the Total
    set right; "Received Rs.x by NEFT (UTR ...) on <dd/mm/yyyy>" typed under it; its rectangular PAID stamp
    with the day across its middle."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, CANE, merchant=CANE)
    p.add("small", f"Station Road, Barpeta Road, Assam - 781315  |  GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    p.add("center", "BILL OF SUPPLY")
    p.add("small", "(Composition taxable person, not eligible to collect tax on supplies)")
    ino = f"BCB/{rng.randrange(100, 999)}"
    spec0 = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
    cols(p, "cb0", spec0, f"Invoice No. {ino}", f"Dated {j.other_day(rng, -20, -3)}", txn=(INVOICE_RANK, ino))
    p.add("left", f"Buyer: {FIRM_MS}, Nalbari")
    p.add("gap")
    goods = [
        ("Bamboo splits (jati bah)", "bundle", 380, 620),
        ("Cane strips (jati bet)", "kg", 140, 260),
        ("Bamboo rim hoops", "dozen", 220, 360),
        ("Cane binding thread", "roll", 90, 160),
    ]
    rows_, total_ = [], 0.0
    for name, unit, lo, hi_ in rng.sample(goods, rng.randrange(2, 4)):
        q, rate = rng.randrange(4, 30), float(rng.randrange(lo, hi_, 5))
        total_ += q * rate
        rows_.append(([name, str(q), unit, num(rate), num(q * rate)], {}))
    j.amount = round(total_, 2)
    zebra(
        p,
        "cbt",
        [(0.0, 0.42, "l"), (0.42, 0.52, "c"), (0.52, 0.64, "c"), (0.64, 0.81, "r"), (0.81, 1.0, "r")],
        ["Description", "Qty", "Unit", "Rate", "Amount"],
        rows_,
        (60, 110, 60),
    )
    total(p, "Total", num(j.amount), at=0.62, amount=j.amount)
    utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
    typed(
        p,
        f"Received Rs.{num(j.amount)} by NEFT (UTR {utr}) on {when(j.date, '%d/%m/%Y')}",
        scale=0.8,
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
        date=j.date,
    )
    h271.rstamp(p, ["BARPETA CANE & BAMBOO", "PAID", when(j.date, "%d %b %Y").upper()], "blue", at=0.2)
    sig(p)
    p.add("right", "for Barpeta Cane & Bamboo House")
    return p.done()


def _sup_amazon_business(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Amazon Business' order of cartons and bubble wrap with its payment pending: Payment pending, its
    stages across the page, the order total, a notice; Order #, Sold by, Payment method and Order placed at
    the left and the right."""
    j.amount = rupees(rng, 1800, 14000, 0.3)
    p = browser_page(rng, font, "www.amazon.in/business/order-details")
    p.part = "head"
    top(p, "amazon business")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment pending", status=j.status)
    h289.steps(p, ["Ordered", "Payment", "Shipped", "Delivered"], 1, j.status)
    p.add("left", f"Order total: {sum_of(p, j.amount)}", amount=j.amount)
    boxed(
        p,
        "We're waiting for your bank to confirm this UPI payment. Your order will ship once it is confirmed.",
        "warn",
    )
    oid = f"40{digits(rng, 1)}-{digits(rng, 7)}-{digits(rng, 7)}"
    seller = rng.choice(["Packwell Cartons India", "Shree Packaging Solutions"])
    kvr(p, "Order #", oid, txn=(ORDER_RANK, oid))
    kvr(p, "Sold by", seller, merchant=seller)
    kvr(p, "Payment method", "UPI", method="UPI")
    kvr(p, "Order placed", day_as(j, rng, ["{d} %B %Y", "%d %b %Y"]), date=j.date)
    kvr(p, "Ship to", "Phulam Jaapi Shilpa Udyog, Nalbari")
    return p.done()


def _sup_cloth(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Fancy Bazar cloth merchant's TAX INVOICE for the red velvet, satin and gold lace the phulam jaapi
    are dressed in: Invoice No. and its earlier Date; Item | HSN | Qty | Rate | Amount in a table ruled on
    every side; CGST 2.5%, SGST 2.5% and the Invoice Total at the left and the right; PAYMENT DETAILS: Paid by
    :, Ref. : and Paid on : with colons."""
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    top(p, CLOTH, merchant=CLOTH)
    p.add("small", f"S.R.C.B. Road, Fancy Bazar, Guwahati - 781001  |  GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"MT/{fy(j.date)}/{rng.randrange(300, 4000)}"
    spec0 = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(p, "ct0", spec0, f"Invoice No. {ino}", f"Date {j.other_day(rng, -25, -2)}", txn=(INVOICE_RANK, ino))
    p.add("left", f"To: {FIRM_MS}")
    p.add("gap")
    goods = [
        ("Red velvet", "5801", "m", 180, 320),
        ("Red satin", "5407", "m", 90, 160),
        ("Gold jari lace", "5808", "roll", 240, 420),
        ("Black cotton tape", "5806", "roll", 60, 110),
    ]
    rows_, taxable = [], 0.0
    for name, hsn, unit, lo, hi_ in rng.sample(goods, rng.randrange(2, 4)):
        q, rate = rng.randrange(5, 60), float(rng.randrange(lo, hi_, 5))
        taxable += q * rate
        rows_.append(([name, hsn, f"{q} {unit}", num(rate), num(q * rate)], {}))
    grid(
        p,
        "ctt",
        [(0.0, 0.36, "l"), (0.36, 0.5, "c"), (0.5, 0.64, "c"), (0.64, 0.81, "r"), (0.81, 1.0, "r")],
        ["Item", "HSN", "Qty", "Rate", "Amount"],
        rows_,
    )
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    kvr(p, "CGST 2.5%", num(gst))
    kvr(p, "SGST 2.5%", num(gst))
    kvr(p, "Invoice Total", f"Rs. {num(j.amount)}", amount=j.amount)
    p.add("gap")
    p.add("left", "PAYMENT DETAILS")
    spec = [(0.0, 0.26, "l"), (0.26, 1.0, "l")]
    colkv(p, "ct1", spec, "Paid by :", "IMPS", method="netbanking", status=j.status)
    colkv(p, "ct1", spec, "Ref. :", j.ref, txn=(UTR_RANK, j.ref))
    colkv(p, "ct1", spec, "Paid on :", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    return p.done()


def _sup_dtdc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """DTDC's booking receipt from its Nalbari franchise's counter for a carton of jaapi, typed in the
    counter printer's face: Receipt No., Consignment No., Booked on, Destination, Weight, Freight, GST 18%,
    Total; Paid by : UPI and its UPI Ref."""
    p = sheet(rng, font, [720, 760])
    p.part = "head"
    top(p, "DTDC Express Limited", merchant="DTDC Express Limited")
    p.add("small", "Franchise: Nalbari Town (AS-NLB-02), College Road, Nalbari")
    p.add("rule")
    p.part = "body"
    p.add("center", "BOOKING RECEIPT")
    freight = float(rng.randrange(18, 90) * 10)
    gst = round(freight * 0.18, 2)
    j.amount = round(freight + gst, 2)
    rno = f"NLB{rng.randrange(10000, 99999)}"
    typed_pair(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    typed_pair(p, "Consignment No.", f"D{digits(rng, 9)}")
    typed_pair(p, "Booked on", f"{when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    typed_pair(p, "Destination", rng.choice(["NEW DELHI 110001", "MUMBAI 400050", "BENGALURU 560038"]))
    typed_pair(p, "Weight", f"{rng.randrange(2, 14)}.{rng.randrange(10)} kg")
    typed_pair(p, "Freight", f"{freight:.2f}")
    typed_pair(p, "GST 18%", f"{gst:.2f}")
    typed_pair(p, "Total", f"Rs.{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, "Paid by : UPI", method="UPI", status=j.status)
    typed(p, f"UPI Ref : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Track at dtdc.in with the consignment number.")
    return p.done()


def _sup_swipe(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Nalbari printer's invoice link from Swipe, paid under "Today, <hour>": the printer on top, a Paid
    capsule, the invoice's number; the hang tags and leaflets on hairline rows; Total; Payment received,
    Mode and UPI Ref at the left and the right; no day."""
    p = browser_page(rng, font, "app.getswipe.in/v/invoice")
    p.part = "head"
    top(p, PRINTER, merchant=PRINTER)
    p.add("small", "Club Road, Nalbari, Assam  |  Invoice via Swipe")
    p.add("rule")
    p.part = "body"
    pill(p, "Paid", j.status)
    ino = f"INV-{rng.randrange(100, 999):04d}"
    p.add("center", f"Invoice {ino}", txn=(INVOICE_RANK, ino))
    p.add("gap")
    goods = [("Hang tags (jaapi, GI)", 2.2, 3.5), ("A5 leaflets", 3.5, 6.0), ("Stickers, round", 1.2, 2.0)]
    taxable = 0.0
    spec = [(0.0, 0.5, "l"), (0.5, 0.7, "r"), (0.7, 1.0, "r")]
    for name, lo, hi_ in rng.sample(goods, 2):
        q, rate = rng.randrange(5, 40) * 100, round(rng.uniform(lo, hi_), 1)
        taxable += q * rate
        cols(p, "sw", spec, name, f"{q} x {rate:.2f}", num(q * rate), mode="line")
    gst = round(taxable * 0.18, 2)
    j.amount = round(taxable + gst, 2)
    cols(p, "sw", spec, "GST 18%", "", num(gst), mode="line")
    cols(p, "swt", spec, "Total", "", f"{rupee_of(p.font)}{num(j.amount)}", mode="line", amount=j.amount)
    p.add("gap")
    kvr(p, "Payment received", f"Today, {hhmm(rng, lower=True)}")
    kvr(p, "Mode", "UPI", method="UPI")
    kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    return p.done()


def _sup_industrybuying(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Industrybuying's order of carving knives, awls and a hand drill with its payment failed under a red
    ribbon: a notice; each value over its label: Order ID, Sold by, Amount, Payment mode, Attempted on."""
    j.amount = rupees(rng, 1200, 9000, 0.3)
    p = browser_page(rng, font, "www.industrybuying.com/checkout/payment-status")
    p.part = "head"
    top(p, "industrybuying")
    p.add("rule")
    p.part = "body"
    h275.ribbon(p, "PAYMENT FAILED", RED)
    p.add("center", "Your order could not be placed", status=j.status)
    boxed(p, "The bank did not authorise the net banking payment. Nothing has been deducted.", "error")
    oid = f"IB{rng.randrange(10**7, 10**8)}"
    seller = rng.choice(["Kisan Tools & Hardware", "Prime Hand Tools Co."])
    vlab(p, "Order ID", oid, bold=False, txn=(ORDER_RANK, oid))
    vlab(p, "Sold by", seller, merchant=seller)
    vlab(p, "Amount", sum_of(p, j.amount), amount=j.amount)
    vlab(p, "Payment mode", "Net Banking - PNB", bold=False, method="netbanking")
    vlab(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
    return p.done()


def _sup_mirror(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Fancy Bazar mirror and jari shop's CASH MEMO from its pad with a staple through its corner: its
    name printed on top; No. and Date written; the mirrors, sequins and jari written by hand in its
    columns, the Total; "Paid by UPI, Ref ..." written under it."""
    p = sheet(rng, font, [700, 740])
    p.part = "head"
    top(p, MIRROR, merchant=MIRROR)
    p.add("small", "Hem Barua Road, Fancy Bazar, Guwahati-1  |  Ph. 0361-25" + digits(rng, 5))
    p.add("center", "CASH MEMO")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(100, 999))
    filled(p, "No.", no_, txn=(INVOICE_RANK, no_))
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%y", "%d.%m.%Y"])), date=j.date)
    filled(p, "M/s", "Phulam Jaapi, Nalbari")
    spec = [(0.0, 0.5, "l"), (0.5, 0.72, "r"), (0.72, 1.0, "r")]
    p.add("gap")
    start = len(p.rows)
    goods = [
        ("Round mirror", 1.5, 3.0),
        ("Gold sequins (pkt)", 25, 45),
        ("Jari lace (m)", 18, 35),
        ("Tinsel roll", 40, 70),
    ]
    total_ = 0
    for name, lo, hi_ in rng.sample(goods, 3):
        q = rng.randrange(3, 200) if lo < 5 else rng.randrange(2, 30)
        rate = round(rng.uniform(lo, hi_) * 2) / 2
        v = round(q * rate)
        total_ += v
        h273.hcells(p, spec, name, f"{q} x {rate:g}", str(v), scale=1.05)
    j.amount = float(total_)
    h273.hcells(p, spec, "Total", "", f"{total_}/-", scale=1.05, amount=j.amount)
    ledger(p, start, [0.5, 0.72])
    p.add("gap")
    hand(p, f"Paid by UPI, Ref {j.ref}", txn=(UTR_RANK, j.ref), method="UPI", status=j.status)
    sig(p)
    h279.decor(p, "staple")
    return p.done()


SUPPLIER_LAYOUTS = [
    _sup_tokou,
    _sup_cane,
    _sup_amazon_business,
    _sup_cloth,
    _sup_dtdc,
    _sup_swipe,
    _sup_industrybuying,
    _sup_mirror,
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper, one layout a place (``SUPPLIER_LAYOUTS``): the
    tokou leaf trader's chit in an Assamese hand, the cane dealer's bill of supply with its PAID stamp,
    Amazon Business' pending order, the cloth merchant's invoice with its payment details, DTDC's booking
    receipt, the printer's Swipe invoice paid under "Today", Industrybuying's failed order and the mirror
    shop's cash memo."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1500, high=60000)
    return SUPPLIER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 6. the firm paying its suppliers


CARTONS = "Shree Packaging Solutions"
TAILOR = "Ujjal Tailoring Works"
CARPENTER = "Nath Furniture Works"
CARRIER = "Kamrup Carriers"
APEX = "THE ASSAM CO-OPERATIVE APEX BANK LTD."
APEX_AS = "অসম সমবায় শীৰ্ষ বেংক লিমিটেড"


def _pay_pnb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """PNB ONE's NEFT to the Fancy Bazar cloth merchant: a large round tick, Transaction Successful, the sum;
    Beneficiary :, Account No. :, UTR No. :, Date : and Remarks : labelled with colons in a rounded card."""
    p = phone(rng, font, k, ["", "PNB ONE"], dark=False, buttons=("Share", "Done"))
    band(p, (162, 20, 56))
    app_head(p, "PNB ONE", "Fund Transfer - NEFT")
    sicon(p, j.status)
    p.add("center", "Transaction Successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    c = card_open(p)
    name = fit(p, [CLOTH, "MAHALAXMI TEXT"], 0.6)
    colkv(p, "pn", spec, "Beneficiary :", name, merchant=name)
    colkv(p, "pn", spec, "Account No. :", f"XXXXXXXX{digits(rng, 4)}")
    colkv(p, "pn", spec, "UTR No. :", utr, txn=(UTR_RANK, utr), method="netbanking")
    colkv(p, "pn", spec, "Date :", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
    colkv(p, "pn", spec, "Remarks :", "velvet and lace")
    card_close(p, c)
    return p.done()


def _pay_bandhan(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bandhan Bank's mBanking with an IMPS to the cane dealer under "Today, <hour>": a tick on a rounded
    tile, IMPS successful, the sum, "to <payee>"; each value over its label: IMPS Ref No., Beneficiary
    account, Remarks; no day."""
    p = phone(rng, font, k, ["", "mBandhan"], dark=False, buttons=("Share",))
    band(p, (200, 30, 60))
    app_head(p, "mBandhan", "Bandhan Bank  |  IMPS")
    h287.tile(p, j.status)
    p.add("center", "IMPS successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {CANE}", "to BARPETA CANE & BAMBOO"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("gap")
    vlab(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    vlab(
        p,
        "Beneficiary account",
        f"XXXXXX{digits(rng, 4)} | UTBI0{digits(rng, 6)}",
        bold=False,
        method="netbanking",
    )
    vlab(p, "Remarks", "cane and bamboo", bold=False)
    return p.done()


def _pay_apex(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Assam Co-operative Apex Bank's RTGS / NEFT application under its Assamese name, the customer's
    copy filled in by hand: NEFT ticked; Date, Beneficiary's name, Account No. and IFSC in letter boxes,
    Amount (Rs.) and Remitter written on dotted lines; the branch's rectangular stamp with its day; "UTR ..."
    written under it by its clerk."""
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    asl(p, APEX_AS, bold=True)
    name_ = pick(p, "title", [APEX, "ASSAM CO-OP. APEX BANK LTD."])
    top(p, name_)
    p.add("small", "Nalbari Branch  |  RTGS / NEFT Application Form  |  CUSTOMER'S COPY")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    h269.ticks(p, ["RTGS", "NEFT"], 1, method="netbanking")
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), date=j.date)
    who = rng.choice([TAILOR, CARPENTER])
    filled(p, "Beneficiary's name", who, merchant=who)
    h269.comb(p, "A/c No.", digits(rng, 12))
    h269.comb(p, "IFSC", f"SBIN00{digits(rng, 5)}")
    filled(p, "Amount (Rs.)", f"{num(j.amount)}", amount=j.amount)
    filled(p, "Remitter", FIRM)
    p.add("gap")
    h271.rstamp(
        p,
        [APEX.replace("THE ", "")[:24], "NALBARI BRANCH", when(j.date, "%d %b %Y").upper()],
        "violet",
        at=0.62,
    )
    utr = utr_of(rng, j, "Assam Co-operative Apex Bank", "NEFT")
    hand(p, f"Sent, UTR {utr}", txn=(UTR_RANK, utr), status=j.status)
    return p.done()


def _pay_imobile(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ICICI Bank's iMobile Pay with a UPI payment to a carton maker failed under a red ribbon: the sum, "to
    <payee>", the reason in a notice; a copyable Transaction ID; labels small over their values two to a row:
    Date and Reason."""
    p = phone(rng, font, k, ["", "iMobile Pay"], dark=False, buttons=("Retry",))
    band(p, (176, 60, 20))
    app_head(p, "iMobile Pay", "ICICI Bank  |  UPI")
    h275.ribbon(p, "PAYMENT FAILED", RED)
    p.add("center", "Your payment could not be completed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {CARTONS}", "to SHREE PACKAGING"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p, "Transaction declined: the beneficiary bank is not available. Please try after some time.", "error"
    )
    tid = f"ICI{j.date:%y%m%d}{digits(rng, 9)}"
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    two_up(
        p,
        "im1",
        ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        ("Reason", "U28 - Bank unavailable"),
        date=j.date,
        method="UPI",
    )
    return p.done()


def _pay_paytm(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Paytm's payment to the transporter with no reference: the payee's initials in a round badge, "Paid
    Successfully to <payee>", the sum, the day and hour; From, Note and a View History link."""
    j.amount = rupees(rng, 1500, 12000, 0.7)
    p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Share", "Pay again"))
    band(p, (0, 46, 110))
    app_head(p, "Paytm", "UPI")
    h273.avatar(p, initials(CARRIER), (0, 186, 242))
    p.add("center", "Paid Successfully to", status=j.status)
    p.add("center", CARRIER, merchant=CARRIER)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
    p.add("rule")
    kvr(p, "From", f"{bank_short('Punjab National Bank')} - {digits(rng, 4)}", method="UPI")
    kvr(p, "Note", "Pickup, Nalbari to Guwahati")
    p.add("small", "View History")
    return p.done()


def _pay_boi(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bank of India's BOI Omni Neo with a NEFT to the Nalbari printer: Transfer Successful; Transaction
    Reference No., Beneficiary Name, Beneficiary A/c, Amount, Transfer Date and Transfer Mode in a table ruled
    on every side."""
    p = phone(rng, font, k, ["", "BOI Omni Neo"], dark=False, buttons=("Download", "Done"))
    band(p, (18, 64, 140))
    app_head(p, "BOI Omni Neo", "Bank of India")
    pill(p, "Transfer Successful", j.status)
    p.add("gap")
    utr = utr_of(rng, j, "Bank of India", "NEFT")
    at = 0.42
    gkv(p, "bo", "Transaction Reference No.", utr, at=at, txn=(UTR_RANK, utr))
    name = h273.cell_name(p, 0.55, [PRINTER, "NALBARI OFFSET"], scale=1.0)
    gkv(p, "bo", "Beneficiary Name", name, at=at, merchant=name)
    gkv(p, "bo", "Beneficiary A/c", f"XXXXXX{digits(rng, 4)}", at=at)
    gkv(p, "bo", "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "bo", "Transfer Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    gkv(p, "bo", "Transfer Mode", "NEFT", at=at, method="netbanking")
    return p.done()


def _pay_uco(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """UCO Bank's mBanking Plus with a NEFT to the tailor in process: In process, the sum, "to <payee>", its
    stages left to right (Initiated, At UCO Bank, At beneficiary bank), a notice; UTR, Initiated on and Debit
    A/c in dot leaders."""
    p = phone(rng, font, k, ["", "UCO mBanking Plus"], dark=False, buttons=("Check status",))
    band(p, (0, 82, 150))
    app_head(p, "UCO mBanking Plus", "NEFT")
    p.add("center", "In process", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {TAILOR}", "to UJJAL TAILORING"])[3:]
    p.add("center", f"to {name}", merchant=name)
    h273.track(p, ["Initiated", "At UCO Bank", "Credited"], "dpt")
    boxed(p, "NEFT is settled in half-hourly batches. The beneficiary will be credited shortly.", "info")
    utr = utr_of(rng, j, "UCO Bank", "NEFT")
    at = 0.38
    dots(p, "UTR", utr, at=at, txn=(UTR_RANK, utr))
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    dots(p, "Debit A/c", f"XXXX{digits(rng, 4)}", at=at, method="netbanking")
    return p.done()


def _pay_yono_biz(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """YONO Business with an IMPS to the carpenter who made the Bhoral's display racks: a Success capsule,
    the sum; Reference No., Beneficiary, Account, Amount, Date and Mode in shaded labels."""
    p = browser_page(rng, font, "yonobusiness.sbi/transfers/imps/receipt")
    p.part = "head"
    top(p, "YONO Business")
    p.add("small", f"State Bank of India  |  {FIRM}")
    p.add("rule")
    p.part = "body"
    chip(p, "Success", j.status)
    p.add("big", sum_of(p, j.amount))
    p.add("gap")
    at = 0.34
    kv(p, "Reference No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    name = fit(p, [CARPENTER, "Nath Furniture"], 0.6)
    kv(p, "Beneficiary", name, at=at, merchant=name)
    kv(p, "Account", f"XXXXXXX{digits(rng, 4)}", at=at)
    kv(p, "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    kv(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=at, date=j.date)
    kv(p, "Mode", "IMPS", at=at, method="netbanking")
    return p.done()


VENDOR_LAYOUTS = [
    _pay_pnb,
    _pay_bandhan,
    _pay_apex,
    _pay_imobile,
    _pay_paytm,
    _pay_boi,
    _pay_uco,
    _pay_yono_biz,
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks, one layout a place (``VENDOR_LAYOUTS``): PNB ONE's NEFT
    in a rounded card, Bandhan Bank's IMPS under "Today", the Apex Bank's application filled in by hand,
    iMobile Pay's failure, Paytm's payment with no reference, BOI Omni Neo's ruled table, UCO mBanking Plus'
    NEFT in process and YONO Business' shaded labels."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=2500, high=90000)
    return VENDOR_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 7. the firm paying its makers and staff


# the makers' names as an Assamese hand writes them
MAKERS_AS = {
    "Prafulla Baishya": "প্ৰফুল্ল বৈশ্য",
    "Dipali Deka": "দীপালী ডেকা",
    "Kamaleswar Das": "কমলেশ্বৰ দাস",
    "Lakhi Kalita": "লখী কলিতা",
    "Jogen Talukdar": "যোগেন তালুকদাৰ",
    "Minoti Baishya": "মিনতি বৈশ্য",
    "Bhupen Medhi": "ভূপেন মেধি",
    "Nirmali Das": "নিৰ্মলী দাস",
}
# a maker's rate for each jaapi she makes, by the piece
RATES = [
    ("Phulam jaapi, 24 in", 220, 320),
    ("Phulam jaapi, 18 in", 150, 220),
    ("Sorudoiya jaapi (wall)", 60, 95),
    ("Bordoiya jaapi", 110, 160),
    ("Halua jaapi (field)", 45, 70),
]


def _wage_account(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """A maker's wage account under its Assamese heading "জাপি সজাৰ মজুৰিৰ হিচাপ" (an account of the wage
    for jaapi made) and JAAPI WAGE ACCOUNT: শিল্পী / Maker and মাহ / Month on red tabs written in; the jaapi
    made, their counts and rates written in an Assamese hand with their sums on a ruled page, "মুঠ" (total);
    "UPI-ৰে দিয়া হ'ল, Ref ..." (paid by UPI) and "তাৰিখ <day>" written under it."""
    p = sheet(rng, font, [720, 760])
    p.part = "head"
    asl(p, FIRM_AS, bold=True)
    p.add("center", FIRM)
    asl(p, "জাপি সজাৰ মজুৰিৰ হিচাপ  /  JAAPI WAGE ACCOUNT", bold=True, scale=0.92)
    p.add("rule")
    p.part = "body"
    at = 0.34
    redtab(p, "শিল্পী", "Maker", maker, pen=True, at=at, merchant=maker)
    p.add("gap")
    redtab(p, "মাহ", "Month", j.month(1), pen=True, at=at)
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for item, lo, hi_ in rng.sample(RATES, rng.randrange(2, 4)):
        n, rate = rng.randrange(8, 40), rng.randrange(lo, hi_, 5)
        total_ += n * rate
        ahand(p, f"{JAAPIS_AS[item]} {n} টা x {rate}", figure=str(n * rate))
    j.amount = float(total_)
    ahand(p, "মুঠ", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    ahand(p, f"UPI-ৰে দিয়া হ'ল, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    ahand(p, f"তাৰিখ {when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}", date=j.date)
    sig(p)
    p.add("right", PARTNER)
    return p.done()


def _wage_advance(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """A maker's advance for her house's roof in an Assamese hand under "অগ্ৰিম ৰচিদ" (advance receipt):
    "মই ফুলাম জাপি শিল্প উদ্যোগৰ পৰা / ঘৰৰ চাল মেৰামতিৰ বাবে / টকা x/- নগদ অগ্ৰিম পালোঁ।" (I have received
    from Phulam Jaapi Shilpa Udyog, for repairing my house's roof, Rs. x/- in cash as an advance) and
    "তাৰিখ <day>" written; a revenue stamp signed across, the maker's name written under it in Latin letters;
    no reference."""
    j.amount = float(rng.randrange(6, 40) * 500)
    p = sheet(rng, font, [720, 760])
    p.style["paper"] = rng.choice([(250, 248, 238), (247, 245, 236)])
    p.part = "head"
    asl(p, FIRM_AS, bold=True)
    p.add("center", f"{FIRM}, Nalbari")
    p.add("rule")
    asl(p, "অগ্ৰিম ৰচিদ", scale=1.1, bold=True)
    p.part = "body"
    ahand(p, "মই ফুলাম জাপি শিল্প উদ্যোগৰ পৰা")
    ahand(p, "ঘৰৰ চাল মেৰামতিৰ বাবে")
    ahand(
        p,
        f"টকা {num(j.amount, 'indian', 0)}/- নগদ অগ্ৰিম পালোঁ।",
        amount=j.amount,
        method="cash",
        status=j.status,
    )
    ahand(p, f"তাৰিখ: {when(j.date, rng.choice(['%d/%m/%Y', '%d.%m.%Y']))}", date=j.date)
    p.add("gap")
    h289.revenue(p)
    sig(p)
    hand(p, maker, align="r", merchant=maker)
    return p.done()


def _wage_bhim_sbi(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """BHIM SBI Pay's UPI payment to a maker pending under a spinner: Payment pending, the sum, "to <maker>",
    a notice; UPI Ref No., Initiated on and From at the left and the right."""
    p = phone(rng, font, k, ["", "BHIM SBI Pay"], dark=False, buttons=("Check status",))
    band(p, (40, 24, 120))
    app_head(p, "BHIM SBI Pay", "UPI")
    h279.spinner(p, AMBER)
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {maker}", merchant=maker)
    boxed(
        p, "Awaiting confirmation from the beneficiary bank. Please check the status after some time.", "warn"
    )
    kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
    kvr(p, "From", f"SBI XXXX{digits(rng, 4)}", method="UPI")
    return p.done()


def _wage_zoho(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """Zoho Payroll's payslip for the Bhoral's counter: "Payslip for the month of <month>"; labels small over
    their values two to a row (Employee Name and Employee ID, Designation and Pay Date... ); Earnings |
    Amount | Deductions | Amount in a striped table; the Net Pay on a tinted panel; its words; "Paid by bank
    transfer on <day>, UTR ..."."""
    who = COUNTER
    basic = float(rng.randrange(90, 160) * 100)
    hra = round(basic * 0.3, 0)
    conv = 1600.0
    pf = round(basic * 0.12, 0)
    pt = 208.0
    j.amount = round(basic + hra + conv - pf - pt, 2)
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    top(p, FIRM)
    p.add("small", SHED_AT)
    p.add("rule")
    p.part = "body"
    p.add("center", f"Payslip for the month of {j.month(1)}")
    p.add("gap")
    two_up(p, "zp1", ("Employee Name", who), ("Employee ID", f"PJ-{rng.randrange(10, 40):03d}"), merchant=who)
    two_up(p, "zp2", ("Designation", "Sales Associate, Jaapi Bhoral"), ("UAN", f"10{digits(rng, 10)}"))
    p.add("gap")
    spec = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.52, 0.82, "l"), (0.82, 1.0, "r")]
    rows_ = [
        (["Basic", num(basic), "EPF", num(pf)], {}),
        (["HRA", num(hra), "Professional Tax", num(pt)], {}),
        (["Conveyance", num(conv), "", ""], {}),
    ]
    zebra(p, "zpt", spec, ["Earnings", "Amount", "Deductions", "Amount"], rows_, (34, 94, 160))
    panel(p, "Net Pay", f"{rupee_of(p.font)}{num(j.amount)}", (34, 94, 160), amount=j.amount)
    prose(p, f"Rupees {spelt(j.amount)} Only", "small")
    utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
    p.add(
        "left",
        f"Paid by bank transfer on {day_as(j, rng, ['%d/%m/%Y', '%d %b %Y'])}, UTR {utr}",
        date=j.date,
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    p.add("small", "This is a system generated payslip from Zoho Payroll.")
    return p.done()


def _wage_gpay_chat(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """Google Pay's chat with a maker under its "Today" divider: the maker on top; her message in Assamese
    "দাদা, এই মাহৰ মজুৰিখিনি পঠিয়াই দিব নেকি?" (brother, will you send this month's wage?); the partner's
    payment card (the sum, Paid with its tick and the hour, its UPI Ref); her reply "পালোঁ, ধন্যবাদ"
    (received, thank you); no day."""
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    p.add("title", maker, merchant=maker)
    p.add("small", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    first, second, third = hours(rng, 3)
    s = len(p.rows)
    asl(p, "দাদা, এই মাহৰ মজুৰিখিনি", align="l")
    asl(p, "পঠিয়াই দিব নেকি?", align="l")
    h273.bubble(p, s, first)
    p.add("gap")
    c = h275.gcard_open(p)
    h275.inrow(p, sum_of(p, j.amount), scale=1.3, bold=True, amount=j.amount, method="UPI")
    tick = sign(p.font, "\u2713", "")
    h275.inrow(p, f"{tick} Paid  |  {second}".strip(), soft=True, status=j.status)
    h275.inrow(p, f"UPI Ref: {j.ref}", scale=0.86, soft=True, txn=(UTR_RANK, j.ref))
    h275.gcard_close(p, c)
    p.add("gap")
    s = len(p.rows)
    asl(p, "পালোঁ, ধন্যবাদ", align="l")
    h273.bubble(p, s, third)
    return p.done()


def _wage_airtel(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """Airtel Payments Bank's UPI payment to a maker failed in an octagon: the sum, "to <maker>", the reason
    in a notice; Transaction ID, Date, Reason and From set against a gutter."""
    p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Retry",))
    band(p, (228, 0, 43))
    app_head(p, "Airtel Payments Bank", "UPI")
    h294.octa(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {maker}", merchant=maker)
    boxed(
        p, "The receiver's bank declined the payment. Your money is safe and has not been debited.", "error"
    )
    tid = f"APB{j.date:%y%m%d}{digits(rng, 8)}"
    at = 0.36
    gutter(p, "ap", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gutter(p, "ap", "Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=at, date=j.date)
    gutter(p, "ap", "Reason", "Receiver bank declined (U16)", at=at)
    gutter(p, "ap", "From", f"Airtel Bank {digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _wage_slip(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """The firm's printed piece-rate wage slip in Assamese and English, "মজুৰি পৰিশোধ পত্ৰ / WAGE PAYMENT
    SLIP": নাম / Name, জাপি / Jaapi made, হাৰ / Rate, মুঠ মজুৰি / Total wage, মাধ্যম / Mode, UTR and তাৰিখ /
    Date on red tabs, the values printed; a box for the maker's signature or thumb."""
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    jaapi(p)
    asl(p, FIRM_AS, bold=True)
    top(p, FIRM)
    gamosa(p)
    asl(p, "মজুৰি পৰিশোধ পত্ৰ  /  WAGE PAYMENT SLIP", bold=True)
    p.part = "body"
    item, lo, hi_ = rng.choice(RATES[:2])
    n, rate = rng.randrange(20, 70), rng.randrange(lo, hi_, 5)
    j.amount = float(n * rate)
    at = 0.4
    redtab(p, "নাম", "Name", maker, at=at, merchant=maker)
    p.add("gap")
    redtab(p, "জাপি", "Jaapi made", f"{n} x {SHORT[item]}", at=at)
    p.add("gap")
    redtab(p, "হাৰ", "Rate", f"Rs. {rate}.00 each", at=at)
    p.add("gap")
    redtab(p, "মুঠ মজুৰি", "Total wage", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    p.add("gap")
    redtab(p, "মাধ্যম", "Mode", "NEFT to bank account", at=at, method="netbanking", status=j.status)
    p.add("gap")
    utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
    redtab(p, "প্ৰসংগ", "UTR", utr, at=at, txn=(UTR_RANK, utr))
    p.add("gap")
    redtab(p, "তাৰিখ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, date=j.date)
    p.add("gap")
    h269.thumb(p, "Sign / LTI")
    return p.done()


def _wage_kotak(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """Kotak Mahindra Bank's app with the helper's salary sent by UPI: Money sent on a tinted band, the sum,
    "to <payee>"; each field in a pale tile two to a row (UPI Ref No. and Date, From and Note)."""
    who = HELPER
    j.amount = float(rng.randrange(80, 160) * 100)
    p = phone(rng, font, k, ["", "Kotak"], dark=False, buttons=("Share",))
    band(p, (0, 56, 120))
    app_head(p, "kotak", "Kotak Mahindra Bank  |  UPI")
    h269.strip(p, "Money sent", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {who}", merchant=who)
    p.add("gap")
    tiles2(
        p,
        ("UPI Ref No.", j.ref),
        ("Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    tiles2(
        p,
        ("From", f"Kotak {masked(p.font)}{digits(rng, 4)}"),
        ("Note", f"Salary {j.month(1)[:3]}"),
        method="UPI",
    )
    return p.done()


WAGE_LAYOUTS = [
    _wage_account,
    _wage_advance,
    _wage_bhim_sbi,
    _wage_zoho,
    _wage_gpay_chat,
    _wage_airtel,
    _wage_slip,
    _wage_kotak,
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its makers (by the jaapi made) and its staff, one layout a place (``WAGE_LAYOUTS``):
    a maker's wage account in an Assamese hand, an advance in an Assamese hand with no reference, BHIM SBI
    Pay's pending payment, Zoho Payroll's payslip, Google Pay's chat under "Today", Airtel Payments Bank's
    failure, the printed wage slip on red tabs and Kotak's UPI to the helper."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1500, high=24000, p_round=0.8)
    maker = MAKERS[(k + rng.randrange(4)) % len(MAKERS)]
    return WAGE_LAYOUTS[k](rng, font, k, j, maker)


# ---------------------------------------------------------------- 8. the firm's fees and dues


GMC = "Guwahati Municipal Corporation"
GMC_AS = "গুৱাহাটী পৌৰ নিগম"
GST_TOP = "Goods and Services Tax"
LABOUR = "Labour Welfare Department, Assam"
PTAX = "Commissioner of Taxes, Assam"
FOREST = "FOREST DEPARTMENT, ASSAM"
FOREST_AS = "বন বিভাগ, অসম"
KALAKSHETRA = "SRIMANTA SANKARADEVA KALAKSHETRA SOCIETY"
TRANSPORT = "Transport Department, Government of Assam"
NMB = "NALBARI MUNICIPAL BOARD"
NMB_AS = "নলবাৰী পৌৰসভা"


def _fee_gmc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Guwahati Municipal Corporation's trade licence renewal e-receipt under its Assamese name: Receipt
    No., Licence No., Trade Name, Ward, Financial Year, Amount Paid, Payment Mode, Transaction Ref. (UPI) and
    Payment Date in a table ruled on every side; its QR code."""
    j.amount = float(rng.choice([2500, 3000, 3500, 4200, 5000, 6000]))
    p = browser_page(rng, font, "gmcportal.assam.gov.in/tradelicence/receipt")
    p.part = "head"
    asl(p, GMC_AS, scale=1.05, bold=True)
    top(p, GMC, merchant=GMC)
    p.add("small", "Trade Licence Renewal  |  e-Receipt")
    p.add("rule")
    p.part = "body"
    at = 0.36
    rno = f"GMC/TL/{fy(j.date)}/{rng.randrange(10000, 99999)}"
    gkv(p, "gm", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gkv(p, "gm", "Licence No.", f"GMC/TL/W{rng.randrange(10, 31)}/{rng.randrange(1000, 9999)}", at=at)
    gkv(p, "gm", "Trade Name", h273.cell_name(p, 0.6, [f"{SHOP} ({FIRM})", SHOP], scale=1.0), at=at)
    gkv(p, "gm", "Ward", f"Ward No. {rng.randrange(10, 31)}, Ulubari", at=at)
    gkv(p, "gm", "Financial Year", f"20{fy(j.date)}", at=at)
    gkv(p, "gm", "Amount Paid", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "gm", "Payment Mode", "UPI", at=at, method="UPI", status=j.status)
    gkv(p, "gm", "Transaction Ref. (UPI)", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gkv(p, "gm", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    h269.qr(p, rno, "r", 4)
    return p.done()


def _fee_gst(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The GST portal's payment receipt for the firm's monthly tax: Payment Successful; GSTIN, Name, CPIN,
    Date of deposit, Mode, Bank, BRN and Amount in dot leaders."""
    j.amount = float(rng.randrange(30, 400) * 25)
    p = browser_page(rng, font, "payment.gst.gov.in/payment/receipt")
    p.part = "head"
    top(p, GST_TOP, merchant=GST_TOP)
    p.add("small", "Goods and Services Tax Network  |  Form GST PMT-06 Payment Receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    p.add("gap")
    at = 0.4
    cpin = f"{j.date:%y}18{digits(rng, 10)}"
    brn = f"{rng.choice(['PUNB', 'SBIN'])}{digits(rng, 10)}"
    dots(p, "GSTIN", GSTIN, at=at)
    dots(p, "Name", FIRM_CAPS, at=at)
    dots(p, "CPIN", cpin, at=at, txn=(INVOICE_RANK, cpin))
    dots(p, "Date of deposit", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    dots(p, "Mode", "E-Payment (Net Banking)", at=at, method="netbanking")
    dots(p, "Bank", "Punjab National Bank", at=at)
    dots(p, "BRN", brn, at=at, txn=(BANK_RANK, brn))
    dots(p, "Amount", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    p.add("small", "CGST and SGST of the month's return, paid in cash.")
    return p.done()


def _fee_sewasetu(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Assam's Sewa Setu app with the fee for the Bhoral's registration under the Shops and Establishments
    Act paid under "Today, <hour>": the department it pays, a large round tick, Fee paid, the sum; a copyable
    GRN; Bank Ref. No. and Payment mode at the left and the right; Service; no day."""
    j.amount = float(rng.choice([500, 1000, 1500, 2000, 2500]))
    p = phone(rng, font, k, ["", "Sewa Setu"], dark=False, buttons=("Download receipt",))
    band(p, (0, 104, 110))
    bar(p, "Sewa Setu", LABOUR, merchant=LABOUR)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Fee paid", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    grn = f"AS{j.date:%y}{digits(rng, 10)}"
    copyrow(p, "GRN", grn, txn=(INVOICE_RANK, grn))
    brn = f"IGAOA{digits(rng, 8)}"
    kvr(p, "Bank Ref. No.", brn, txn=(BANK_RANK, brn))
    kvr(p, "Payment mode", "Net Banking - SBI", method="netbanking")
    prose(p, "Service: Registration under the Assam Shops and Establishments Act", "small")
    return p.done()


def _fee_ptax(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Commissioner of Taxes' portal with the firm's professional tax for its staff awaiting the bank:
    Payment status awaited from bank over a progress bar, a notice; Challan No., Enrolment No., Period,
    Amount, Bank and Initiated on in dot leaders."""
    j.amount = float(rng.choice([2500, 2496, 1248, 3744, 2080]))
    p = browser_page(rng, font, "tax.assam.gov.in/ptax/epayment/status")
    p.part = "head"
    top(p, PTAX, merchant=PTAX)
    p.add("small", "Assam Professional Tax  |  e-Payment")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment status awaited from bank", status=j.status)
    h294.progress(p, rng.uniform(0.4, 0.6), j.status)
    boxed(p, "Do not pay again. The challan will be updated once the bank confirms the payment.", "warn")
    at = 0.4
    cno = f"PT{j.date:%y%m}{digits(rng, 8)}"
    dots(p, "Challan No.", cno, at=at, txn=(INVOICE_RANK, cno))
    dots(p, "Enrolment No.", f"18{digits(rng, 9)}PT", at=at)
    dots(p, "Period", f"20{fy(j.date)}", at=at)
    dots(p, "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Bank", "State Bank of India (Net Banking)", at=at, method="netbanking")
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _fee_forest(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Forest Department's e-receipt for the transit pass of the bamboo and tokou leaves, under its
    Assamese name: e-Receipt No. and Payment Date at the left and the right; Produce | Quantity | Rate | Fee in
    a striped table, the Total fee; Transit Pass No., Division, Payment mode and UPI Ref. on hairline rows."""
    p = browser_page(rng, font, "forest.assam.gov.in/etp/receipt")
    p.part = "head"
    asl(p, FOREST_AS, bold=True)
    top(p, FOREST, merchant=FOREST)
    p.add("small", "e-Transit Pass  |  Forest Produce Fee Receipt")
    p.add("rule")
    p.part = "body"
    rno = f"ETP/{j.date.year}/{rng.randrange(100000, 999999)}"
    cols(
        p,
        "fr0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"e-Receipt No. {rno}",
        f"Payment Date {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    p.add("gap")
    produce = [
        ("Bamboo (nos.)", 300, 1200, 2.0),
        ("Tokou leaves (bundles)", 20, 80, 15.0),
        ("Cane (kg)", 40, 160, 3.0),
    ]
    rows_, total_ = [], 0.0
    for name, lo, hi_, rate in rng.sample(produce, 2):
        q = rng.randrange(lo, hi_, 10)
        total_ += q * rate
        rows_.append(([name, str(q), f"{rate:.2f}", num(q * rate)], {}))
    j.amount = round(total_, 2)
    zebra(
        p,
        "frt",
        [(0.0, 0.46, "l"), (0.46, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        ["Produce", "Quantity", "Rate", "Fee"],
        rows_,
        (40, 100, 50),
    )
    total(p, "Total fee", num(j.amount), at=0.62, amount=j.amount)
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    cols(p, "fr1", spec, "Transit Pass No.", f"TP/NLB/{rng.randrange(1000, 9999)}", mode="line")
    cols(p, "fr1", spec, "Division", "Nalbari Forest Division", mode="line")
    cols(p, "fr1", spec, "Payment mode", "UPI", mode="line", method="UPI", status=j.status)
    cols(p, "fr1", spec, "UPI Ref.", j.ref, mode="line", txn=(UTR_RANK, j.ref))
    return p.done()


def _fee_kalakshetra(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Srimanta Sankaradeva Kalakshetra's receipt for the Bhoral's stall at its craft fair, written across
    its counterfoil: the society on top; Stall No., Name, Rs. and Date on the counterfoil at the left of its
    perforation, Received from, Stall No., Rupees, By (Cash) and Date on dotted lines of the receipt; its oval
    stamp; no number, no reference."""
    j.amount = float(rng.choice([3000, 3500, 4000, 5000, 6000]))
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    top(p, KALAKSHETRA, merchant=KALAKSHETRA)
    p.add("small", "Panjabari, Guwahati - 781037  |  Craft Fair Stall Fee")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    at = 0.3
    stall = f"C-{rng.randrange(1, 60)}"
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d.%m.%Y"]))
    start = len(p.rows)
    h271.fill2(p, ("Stall", stall), ("Received from", SHOP), at)
    h271.fill2(p, ("Name", "Jaapi Bhoral"), ("for Stall No.", stall), at)
    h271.fill2(p, ("Rs.", f"{num(j.amount, 'indian', 0)}/-"), ("Rupees", f"{spelt(j.amount)} only"), at)
    h271.fill2(
        p,
        ("Date", day),
        ("Rs.", f"{num(j.amount, 'indian', 0)}/-"),
        at,
        amount=j.amount,
    )
    h271.fill2(p, ("", ""), ("By", "Cash"), at, method="cash", status=j.status)
    h271.fill2(p, ("", ""), ("Date", day), at, date=j.date)
    h271.perf(p, start, at)
    h287.oval(p, ["S.S. KALAKSHETRA", "CRAFT FAIR", "GUWAHATI"], "violet", at=0.42)
    sig(p)
    p.add("right", "Cashier")
    return p.done()


def _fee_vahan(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """VAHAN's road tax payment for the firm's pickup van failed: the Transport Department under the portal's
    name, a cross on a rounded tile, Transaction Failed; Application No., Vehicle No., Tax Amount, Transaction
    No., Bank and Date in a table ruled on every side."""
    j.amount = float(rng.choice([4800, 6200, 7400, 9800, 12600]))
    p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/payment/status")
    p.part = "head"
    top(p, "VAHAN Citizen Services")
    p.add("small", TRANSPORT, merchant=TRANSPORT)
    p.add("rule")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Transaction Failed", status=j.status)
    boxed(
        p, "The bank has not confirmed this payment. If money was deducted it is refunded in 7 days.", "error"
    )
    at = 0.36
    tno = f"AS{j.date:%y%m%d}{digits(rng, 8)}"
    gkv(p, "vh", "Application No.", f"AS{j.date:%y}{digits(rng, 9)}", at=at)
    gkv(p, "vh", "Vehicle No.", f"AS14{rng.choice(UPPER)}{rng.choice(UPPER)}{digits(rng, 4)}", at=at)
    gkv(p, "vh", "Tax Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "vh", "Transaction No.", tno, at=at, txn=(TXN_RANK, tno))
    gkv(p, "vh", "Bank", "SBI (Net Banking)", at=at, method="netbanking")
    gkv(p, "vh", "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _fee_nmb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Nalbari Municipal Board's holding tax receipt from its book under its Assamese name, filled in by its
    tax collector: Receipt No. struck in red; Date, Holding No., Received from, Period, Rs., Mode (UPI) and
    UPI Ref. written on dotted lines; its oval stamp over the collector's signature."""
    j.amount = float(rng.randrange(12, 60) * 50)
    p = sheet(rng, font, [760, 800])
    p.part = "head"
    asl(p, NMB_AS, scale=1.05, bold=True)
    p.add("center", NMB, merchant=NMB)
    p.add("small", "Nalbari, Assam  |  Holding Tax Receipt")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    rno = str(rng.randrange(1000, 9999))
    h279.redno(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d.%m.%Y"])), date=j.date)
    filled(p, "Holding No.", f"{rng.randrange(100, 999)}/{rng.randrange(1, 30)}, Ward {rng.randrange(1, 20)}")
    filled(p, "Received from", PARTNER)
    filled(p, "Period", f"20{fy(j.date)}")
    filled(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    filled(p, "Mode", "UPI", method="UPI", status=j.status)
    filled(p, "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
    h287.oval(p, ["NALBARI MUNICIPAL", "BOARD", "NALBARI"], "blue", at=0.62)
    sig(p)
    p.add("right", "Tax Collector")
    return p.done()


FEE_LAYOUTS = [
    _fee_gmc,
    _fee_gst,
    _fee_sewasetu,
    _fee_ptax,
    _fee_forest,
    _fee_kalakshetra,
    _fee_vahan,
    _fee_nmb,
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed, one layout a place (``FEE_LAYOUTS``):
    GMC's trade licence receipt under its Assamese name, the GST portal's receipt in dot leaders, Sewa Setu
    under "Today", the professional tax awaiting the bank, the Forest Department's transit pass fee, the
    Kalakshetra's stall fee receipt with no reference, VAHAN's failed road tax and the municipal board's
    typed receipt."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=500, high=30000)
    return FEE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 9. the insurers


NATIONAL = "National Insurance Company Limited"
ICICI_LOMBARD = "ICICI Lombard General Insurance Company Ltd."
NIVA = "Niva Bupa Health Insurance"
CARE = "Care Health Insurance Ltd."
ROYAL = "Royal Sundaram General Insurance Co. Limited"
SHRIRAM = "Shriram General Insurance"
NEW_INDIA = "The New India Assurance Co. Ltd."


def _ins_national(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """National Insurance's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha (fire) policy:
    its sentence; Receipt No., Policy No., Insured, Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR and
    Receipt Date set against a gutter."""
    base = float(rng.randrange(24, 90) * 50)
    gst = round(base * 0.09, 2)
    j.amount = round(base + 2 * gst, 2)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [NATIONAL.upper(), NATIONAL])
    top(p, name, merchant=name)
    p.add("small", "Nalbari Branch Office, Assam  |  IRDAI Regn. No. 58")
    p.add("rule")
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT")
    prose(
        p,
        f"Received with thanks from {FIRM_MS} the premium for the policy below, paid by NEFT.",
        status=j.status,
    )
    p.add("gap")
    at = 0.38
    rno = f"{rng.randrange(100000, 999999)}{j.date:%y}R{digits(rng, 5)}"
    utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
    gutter(p, "ni", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gutter(p, "ni", "Policy No.", f"{rng.randrange(100000, 999999)}11{j.date:%y}{digits(rng, 7)}", at=at)
    gutter(p, "ni", "Insured", FIRM, at=at)
    gutter(p, "ni", "Premium", num(base), at=at)
    gutter(p, "ni", "CGST 9%", num(gst), at=at)
    gutter(p, "ni", "SGST 9%", num(gst), at=at)
    gutter(p, "ni", "Total Premium", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "ni", "Mode", "NEFT", at=at, method="netbanking")
    gutter(p, "ni", "UTR", utr, at=at, txn=(UTR_RANK, utr))
    gutter(p, "ni", "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    p.add("gap")
    sig(p)
    p.add("right", "Authorised Signatory")
    return p.done()


def _ins_hdfc_ergo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC ERGO's payment for the partner's health renewal failed by card under a red ribbon: the reason in
    a notice; Proposal Number, Plan, Premium, Payment Reference, Payment Mode and Attempted At in a table
    ruled on every side."""
    j.amount = rupees(rng, 9000, 38000, 0.3)
    p = browser_page(rng, font, "www.hdfcergo.com/renew/payment-status")
    p.part = "head"
    top(p, "HDFC ERGO", merchant="HDFC ERGO")
    p.add("small", "HDFC ERGO General Insurance Company Ltd.  |  Renewal")
    p.add("rule")
    p.part = "body"
    h275.ribbon(p, "PAYMENT UNSUCCESSFUL", RED)
    p.add("center", "Your renewal payment did not go through", status=j.status)
    boxed(
        p,
        "Your card issuer did not authorise the payment (OTP not entered in time). Please try again.",
        "error",
    )
    at = 0.38
    ref = f"HE{j.date:%y%m%d}{digits(rng, 9)}"
    gkv(p, "he", "Proposal Number", f"PR{digits(rng, 10)}", at=at)
    gkv(p, "he", "Plan", "Optima Secure (family floater)", at=at)
    gkv(p, "he", "Premium", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "he", "Payment Reference", ref, at=at, txn=(TXN_RANK, ref))
    gkv(p, "he", "Payment Mode", f"Credit Card XX{digits(rng, 4)}", at=at, method="card")
    gkv(p, "he", "Attempted At", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _ins_icici_lombard(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ICICI Lombard's mail of the Bhoral's shop insurance renewed: its sentence; Policy No. :, Product :,
    Premium (incl. GST) :, Transaction ID :, Payment Mode : and Payment Date : with colons."""
    j.amount = rupees(rng, 3000, 16000, 0.4)
    p = mail_page(
        rng,
        font,
        "ICICI Lombard <customersupport@icicilombard.com>",
        ["Thank you for your payment", "Your policy has been renewed"],
    )
    p.part = "head"
    top(p, ICICI_LOMBARD, merchant=ICICI_LOMBARD)
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(p, "Thank you for your payment. Your shop insurance policy has been renewed.", status=j.status)
    p.add("gap")
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
    tid = f"IL{j.date:%y%m%d}{digits(rng, 8)}"
    colkv(p, "il", spec, "Policy No. :", f"4004/{digits(rng, 9)}/00/000")
    colkv(p, "il", spec, "Product :", "Shop Insurance (Bharat Sookshma)")
    colkv(p, "il", spec, "Premium (incl. GST) :", f"Rs. {num(j.amount)}", amount=j.amount)
    colkv(p, "il", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
    colkv(p, "il", spec, "Payment Mode :", "UPI", method="UPI")
    colkv(p, "il", spec, "Payment Date :", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
    p.add("gap")
    p.add("small", "ICICI Lombard General Insurance Company Limited, Mumbai. IRDAI Reg. No. 115.")
    return p.done()


def _ins_niva(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Niva Bupa's app with the makers' group health cover renewed under "Today, <hour>": Niva Bupa under the
    app's bar, a tick on a rounded tile, Policy renewed, the sum; each field in a pale tile two to a row
    (Policy No. and Transaction ID, Paid via and Members); no day."""
    j.amount = rupees(rng, 12000, 60000, 0.3)
    p = phone(rng, font, k, ["", "Niva Bupa"], dark=False, buttons=("Download policy",))
    band(p, (0, 92, 169))
    bar(p, "Niva Bupa", NIVA, merchant=NIVA)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, j.status)
    p.add("center", "Policy renewed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    tid = f"NB{digits(rng, 12)}"
    tiles2(p, ("Policy No.", f"3{digits(rng, 10)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
    tiles2(p, ("Paid via", "UPI"), ("Members", "16 makers"), method="UPI")
    return p.done()


def _ins_care(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Care Health's payment for the partner's family floater awaiting the bank: its stages top to bottom
    (Payment initiated, Awaiting bank confirmation, Policy issued); Application No., Amount, Reference ID,
    Payment method and Started in read-only fields."""
    j.amount = rupees(rng, 14000, 42000, 0.3)
    p = browser_page(rng, font, "www.careinsurance.com/payment/status")
    p.part = "head"
    top(p, CARE, merchant=CARE)
    p.add("small", "Care Supreme  |  Renewal payment")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment under process", status=j.status)
    h271.step(p, "Payment initiated", "from your bank", "done")
    h271.step(p, "Awaiting bank confirmation", "usually a few minutes", "now")
    h271.step(p, "Policy issued", "", "todo")
    p.add("gap")
    tid = f"CHI{digits(rng, 11)}"
    h273.field(p, "Application No.", f"{digits(rng, 8)}")
    h273.field(p, "Amount", f"Rs. {num(j.amount)}", amount=j.amount)
    h273.field(p, "Reference ID", tid, txn=(TXN_RANK, tid))
    h273.field(p, "Payment method", "Net Banking - PNB", method="netbanking")
    h273.field(p, "Started", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
    return p.done()


def _ins_royal(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Royal Sundaram's receipt for the pickup van's motor policy: RECEIPT; Receipt No., Policy No., Vehicle,
    Premium (incl. GST), Instrument, UPI Ref. No. and Receipt Date in a striped table under its heading
    band."""
    j.amount = rupees(rng, 9000, 26000, 0.4)
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    name = pick(p, "title", [ROYAL, "Royal Sundaram General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Guwahati Branch, G.S. Road  |  Motor - Goods Carrying Vehicle")
    p.add("rule")
    p.part = "body"
    p.add("center", "RECEIPT", status=j.status)
    rno = f"RS{j.date:%y}{digits(rng, 8)}"
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    rows_ = [
        (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
        (["Policy No.", f"VGC{digits(rng, 10)}"], {}),
        (["Vehicle", f"AS14{rng.choice(UPPER)}{rng.choice(UPPER)}{digits(rng, 4)} (Tata Ace)"], {}),
        (["Premium (incl. GST)", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
        (["Instrument", "UPI"], {"method": "UPI"}),
        (["UPI Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
        (["Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
    ]
    zebra(p, "rs", spec, ["Payment details", ""], rows_, (196, 30, 40))
    p.add("gap")
    sig(p)
    p.add("right", "for Royal Sundaram")
    return p.done()


def _ins_shriram_sms(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Shriram General's SMS of the stall's fire and burglary premium received, with no reference: "Dear
    Customer, we have received premium of Rs.x on <dd/mm/yyyy> towards policy ... paid via UPI. Thank you -
    Shriram General Insurance"."""
    j.amount = rupees(rng, 800, 5000, 0.6)
    text = (
        f"Dear Customer, we have received premium of Rs.{num(j.amount, 'plain')} on {when(j.date, '%d/%m/%Y')} "
        f"towards policy {digits(rng, 2)}/{digits(rng, 6)}/{j.date.year} paid via UPI. Thank you - "
        "Shriram General Insurance"
    )
    p = sms_page(rng, font, "VK-SHRGIC", text, j.date)
    p.add(
        "left",
        text,
        amount=j.amount,
        date=j.date,
        merchant=SHRIRAM,
        method="UPI",
        status=j.status,
    )
    return p.done()


def _ins_new_india(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The New India Assurance's Premium Receipt cum Tax Invoice for the makers' group personal accident
    cover: Description | Amount (Premium, CGST 9%, SGST 9%) in a table ruled on every side with its Total;
    Instrument :, UPI Ref No. : and Receipt Date : with colons; its round seal."""
    base = float(rng.randrange(30, 160) * 25)
    gst = round(base * 0.09, 2)
    j.amount = round(base + 2 * gst, 2)
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    name = pick(p, "title", [NEW_INDIA.upper(), NEW_INDIA])
    top(p, name, merchant=name)
    p.add("small", "Divisional Office, Guwahati  |  Group Personal Accident")
    p.add("rule")
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT CUM TAX INVOICE")
    p.add("left", f"Insured: {FIRM_MS} (16 makers)")
    spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
    rows_ = [(["Premium", num(base)], {}), (["CGST 9%", num(gst)], {}), (["SGST 9%", num(gst)], {})]
    grid(
        p,
        "ni2",
        spec,
        ["Description", "Amount"],
        rows_,
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    spec2 = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
    colkv(p, "ni3", spec2, "Instrument :", "UPI", method="UPI", status=j.status)
    colkv(p, "ni3", spec2, "UPI Ref No. :", j.ref, txn=(UTR_RANK, j.ref))
    colkv(p, "ni3", spec2, "Receipt Date :", day_as(j, rng, ["%d/%m/%Y", "%d.%m.%Y"]), date=j.date)
    h269.seal(p, "THE NEW INDIA ASSURANCE CO. LTD. *", ["GUWAHATI"], "blue")
    return p.done()


INSURER_LAYOUTS = [
    _ins_national,
    _ins_hdfc_ergo,
    _ins_icici_lombard,
    _ins_niva,
    _ins_care,
    _ins_royal,
    _ins_shriram_sms,
    _ins_new_india,
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or signing its message, one layout a
    place (``INSURER_LAYOUTS``): National Insurance's receipt against a gutter, HDFC ERGO's failed card, ICICI
    Lombard's mail with colons, Niva Bupa's "Today", Care Health's payment awaiting the bank, Royal Sundaram's
    striped receipt, Shriram General's SMS with no reference and New India's ruled receipt."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2000, high=30000)
    return INSURER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("JAAPI BHORAL", "G.S. ROAD, ULUBARI, GUWAHATI", "ICICI BANK"),
    ("Maati Assamese Kitchen", "Zoo Road, Guwahati", ""),
    ("HIRA LACE HOUSE", "FANCY BAZAR, GUWAHATI", "Mswipe"),
    ("IRCTC", "Guwahati - New Delhi", ""),
    ("NATHS HARDWARE STORE", "NALBARI", "HDFC Bank"),
    ("PRAGATI PACKAGING CO", "Guwahati", "OneCard"),
    ("JAAPI BHORAL - BIHU STALL", "LATASIL, GUWAHATI", "Razorpay POS"),
    ("HP AUTO CARE NALBARI", "NH 31, NALBARI", "Paytm"),
]


def _card_icici(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """ICICI Bank's CHARGE SLIP at the Jaapi Bhoral typed in the terminal's face, each label padded to a
    colon: DATE, TIME, MID, TID, BATCH NO, INVOICE NO, CARD NO, CARD TYPE, AUTH CODE, RRN, SALE AMOUNT;
    TRANSACTION APPROVED, CUSTOMER COPY."""
    not_tuesday(j, rng)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "CHARGE SLIP")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"

    def line(label_: str, value: str, **facts) -> None:
        typed(p, f"{label_:<11}: {value}", **facts)

    line("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
    line("TIME", t)
    line("MID", digits(rng, 12))
    line("TID", digits(rng, 8))
    line("BATCH NO", f"{rng.randrange(1, 999):06d}")
    line("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
    line("CARD NO", f"XXXX XXXX XXXX {last4}")
    line("CARD TYPE", f"{scheme} (CHIP)", method="card")
    line("AUTH CODE", appr, txn=(APPR_RANK, appr))
    line("RRN", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    line("SALE AMOUNT", f"INR {num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "TRANSACTION APPROVED", status=j.status)
    p.add("small", "PIN VERIFIED OK  |  CUSTOMER COPY")
    return p.done()


def _card_maati(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """A Zoo Road restaurant's bill from POSist after a day at the Bhoral: Bill No., Table and Date;
    the Assamese dishes; Sub Total, CGST 2.5%, SGST 2.5% and Grand Total; "Paid by: Card", the card and its
    Auth Code."""
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.add("small", f"GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    bno = f"{rng.randrange(1000, 9999)}"
    typed(p, f"Bill No: {bno}   Table: T{rng.randrange(1, 18)}", txn=(INVOICE_RANK, bno))
    typed(p, f"Date: {when(j.date, '%d-%m-%Y')} {t[:5]}", date=j.date)
    p.add("rule")
    dishes = [
        ("Masor tenga", 280, 360),
        ("Aloo pitika", 90, 140),
        ("Duck with ash gourd", 420, 560),
        ("Joha rice", 120, 180),
        ("Khar", 150, 220),
        ("Pitha platter", 180, 260),
    ]
    sub = 0.0
    for dish, lo, hi_ in rng.sample(dishes, rng.randrange(3, 5)):
        q, price = rng.randrange(1, 4), float(rng.randrange(lo, hi_, 10))
        typed_pair(p, f"{dish} x{q}", f"{q * price:.2f}")
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    typed_pair(p, "Sub Total", f"{sub:.2f}")
    typed_pair(p, "CGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "SGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "Grand Total", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, f"Paid by: Card ({scheme} **{last4})", method="card", status=j.status)
    typed(p, f"Auth Code: {appr}", txn=(APPR_RANK, appr))
    p.add("small", "Thank you! Powered by POSist")
    return p.done()


def _card_mswipe(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Mswipe's slip at a Fancy Bazar lace shop DECLINED, typed in the terminal's face: SALE, DATE/TIME,
    TID, INVOICE, the card; TRANSACTION DECLINED with 51 INSUFFICIENT FUNDS; AMOUNT."""
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"
    typed(p, f"DATE/TIME : {when(j.date, '%d-%b-%y').upper()} {t}", date=j.date)
    typed(p, f"TID : {digits(rng, 8)}   INVOICE : {inv}", txn=(INVOICE_RANK, inv))
    typed(p, f"CARD : {scheme} XXXX{last4}", method="card")
    typed(p, f"AMOUNT : Rs.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "TRANSACTION DECLINED", status=j.status)
    typed(p, "RESP CODE 51 : INSUFFICIENT FUNDS")
    p.add("small", "PLEASE USE ANOTHER CARD")
    return p.done()


def _card_irctc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """IRCTC's e-ticket for the partner's Rajdhani to Delhi for a crafts fair, paid by credit card: PNR,
    Train, Date of Journey and Booking Date two to a row; Ticket Fare, Convenience Fee and Total Fare in dot
    leaders; Payment Mode and Transaction ID."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Electronic Reservation Slip (ERS)  |  Indian Railway Catering and Tourism Corporation")
    p.add("rule")
    p.part = "body"
    pnr = digits(rng, 10)
    two_up(p, "ir1", ("PNR", pnr), ("Train", "12423 / DBRT RAJDHANI"), txn=(ORDER_RANK, pnr))
    journey = j.date + dt.timedelta(days=rng.randrange(6, 40))
    two_up(
        p,
        "ir2",
        ("Date of Journey", when(journey, "%d-%b-%Y")),
        ("Booking Date", f"{when(j.date, '%d-%b-%Y')} {t[:5]}"),
        date=j.date,
    )
    two_up(p, "ir3", ("From", "GUWAHATI (GHY)"), ("To", "NEW DELHI (NDLS)"))
    p.add("gap")
    fare = float(rng.randrange(3200, 4800, 5))
    conv = 30.0
    j.amount = round(fare + conv + round(conv * 0.18, 2), 2)
    at = 0.55
    dots(p, "Ticket Fare", num(fare), at=at)
    dots(p, "IRCTC Convenience Fee (incl. GST)", num(round(conv * 1.18, 2)), at=at)
    dots(p, "Total Fare", num(j.amount), at=at, bold=True, amount=j.amount)
    p.add("gap")
    tid = digits(rng, 10)
    p.add("left", f"Payment Mode: Credit Card ({scheme} XX{last4})", method="card", status=j.status)
    p.add("left", f"Transaction ID: {tid}", txn=(TXN_RANK, tid))
    return p.done()


def _card_hdfc_sms(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """HDFC Bank's SMS of a spend on the firm's credit card, with no reference: "Rs.x spent on HDFC Bank
    Card x1234 at <MERCHANT> on <yyyy-mm-dd>:<hh:mm:ss>. Avl Lmt: Rs.y. Not you? Call 18002586161"."""
    limit = round(rng.uniform(60000, 240000), 2)
    amt = num(j.amount, rng.choice(["plain", "western"]))
    text = (
        f"Rs.{amt} spent on HDFC Bank Card x{last4} at {name} on {when(j.date, '%Y-%m-%d')}:{t}. "
        f"Avl Lmt: Rs.{num(limit, 'plain')}. Not you? Call 18002586161"
    )
    p = sms_page(rng, font, "AX-HDFCBK", text, j.date)
    p.add("left", text, amount=j.amount, date=j.date, merchant=name, method="card", status=j.status)
    return p.done()


def _card_onecard(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """The OneCard app with a spend at a Guwahati packaging shop under "Today, <hour>": the merchant over its
    town, the sum, an Approved capsule; a copyable Transaction ID; Card and Reward points at the left and the
    right; no day."""
    p = phone(rng, font, k, ["", "OneCard"], dark=False, buttons=("Done",))
    band(p, (24, 24, 28))
    app_head(p, "OneCard", "Transaction details")
    p.add("center", name, merchant=name)
    p.add("small", f"{town}  |  Today, {hhmm(rng, lower=True)}")
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    pill(p, "Approved", j.status)
    p.add("gap")
    tid = f"OC{digits(rng, 12)}"
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Card", f"OneCard Metal {masked(p.font)}{last4}", method="card")
    kvr(p, "Reward points", f"+{rng.randrange(5, 90)}")
    return p.done()


def _card_razorpay_pos(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Razorpay POS (Ezetap) at the Bhoral's Bihu stall in Bihu's days with the answer not come, typed in
    the terminal's face: CARD SALE; DATE, TIME, TID, TXN ID, CARD and AMOUNT; TXN STATUS : UNKNOWN and DO NOT
    RETRY - VERIFY IN RAZORPAY POS APP."""
    season(j, rng, BIHU, BIHU_DAYS)
    j.amount = rupees(rng, 900, 9000, 0.7)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    p.add("center", "CARD SALE")
    p.add("rule")
    tid = f"{rng.randrange(10**11, 10**12)}"
    typed(p, f"DATE : {when(j.date, '%d/%m/%Y')}", date=j.date)
    typed(p, f"TIME : {t}")
    typed(p, f"TID  : {digits(rng, 8)}")
    typed(p, f"TXN ID : {tid}", txn=(TXN_RANK, tid))
    typed(p, f"CARD : {scheme} ****{last4}", method="card")
    typed(p, f"AMOUNT : INR {num(j.amount)}", amount=j.amount)
    p.add("rule")
    typed(p, "TXN STATUS : UNKNOWN", status=j.status)
    p.add("small", "DO NOT RETRY - VERIFY IN RAZORPAY POS APP")
    return p.done()


def _card_paytm_fuel(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Paytm's card machine at a Nalbari fuel station's service bay, typed in the terminal's face with each
    label over its value: SALE; DATE & TIME, MID / TID, CARD, APPROVAL CODE, RRN, AMOUNT; APPROVED."""
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    typed(p, "DATE & TIME")
    typed(p, f"  {when(j.date, '%d-%m-%Y')} {t}", date=j.date)
    typed(p, "MID / TID")
    typed(p, f"  {digits(rng, 10)} / {digits(rng, 8)}")
    typed(p, "CARD")
    typed(p, f"  {scheme} XXXXXXXXXXXX{last4}", method="card")
    typed(p, "APPROVAL CODE")
    typed(p, f"  {appr}", txn=(APPR_RANK, appr))
    typed(p, "RRN")
    typed(p, f"  {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("rule")
    typed(p, "AMOUNT")
    typed(p, f"  Rs.{num(j.amount)}", scale=1.0, amount=j.amount)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "CUSTOMER COPY")
    return p.done()


CARD_LAYOUTS = [
    _card_icici,
    _card_maati,
    _card_mswipe,
    _card_irctc,
    _card_hdfc_sms,
    _card_onecard,
    _card_razorpay_pos,
    _card_paytm_fuel,
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Jaapi Bhoral's and the Bihu stall's terminals and the firm's cards elsewhere, one layout
    a place (``CARD_LAYOUTS``): ICICI Bank's slip padded to its colons, a restaurant's POSist bill, Mswipe's
    declined slip, IRCTC's e-ticket, HDFC Bank's card SMS with no reference, the OneCard app under "Today",
    Razorpay POS' answer not come and Paytm's slip with its labels over their values."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=800, high=30000)
    name, town, brand = COUNTERS[k]
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    return CARD_LAYOUTS[k](rng, font, k, j, name, town, brand, scheme, last4, appr, t)


# ---------------------------------------------------------------- 11. the bills


APDCL = "Assam Power Distribution Company Ltd."
APDCL_AS = "অসম শক্তি বিতৰণ কোম্পানী লিমিটেড"
BPCL = "Bharat Petroleum Corporation Ltd."
GJB = "GUWAHATI JAL BOARD"
WASTE = "ULUBARI SWACHHATA SAMITI"
WASTE_AS = "উলুবাৰী স্বচ্ছতা সমিতি"
AIRTEL = "Bharti Airtel Ltd."
PBGPL = "Purba Bharati Gas Pvt. Ltd."
TATAPLAY = "Tata Play Ltd."


def _bill_apdcl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """APDCL's online payment receipt for the Bhoral's meter under its Assamese name: ONLINE PAYMENT
    RECEIPT; Consumer No., Consumer Name, Bill Month, Amount Paid, Transaction ID, Payment Date and Payment
    Mode on hairline rows."""
    p = browser_page(rng, font, "www.apdcl.org/website/OnlinePayment/Receipt")
    p.part = "head"
    asl(p, APDCL_AS, bold=True)
    name = pick(p, "title", [APDCL, "APDCL"])
    top(p, name, merchant=name)
    p.add("small", "Guwahati Electrical Circle-I  |  Ulubari Sub-Division")
    p.add("rule")
    p.part = "body"
    p.add("center", "ONLINE PAYMENT RECEIPT", status=j.status)
    p.add("gap")
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    tid = f"APDCL{j.date:%y%m%d}{digits(rng, 7)}"
    cols(p, "ap", spec, "Consumer No.", digits(rng, 11), mode="line")
    cols(p, "ap", spec, "Consumer Name", f"M/S {SHOP_CAPS}", mode="line")
    cols(p, "ap", spec, "Bill Month", j.month(1), mode="line")
    cols(p, "ap", spec, "Amount Paid", f"Rs. {num(j.amount)}", mode="line", amount=j.amount)
    cols(p, "ap", spec, "Transaction ID", tid, mode="line", txn=(TXN_RANK, tid))
    cols(p, "ap", spec, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), mode="line", date=j.date)
    cols(p, "ap", spec, "Payment Mode", "UPI", mode="line", method="UPI")
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


def _bill_bharatgas(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Hello BPCL app with the workshop's LPG refill booking failed on a tinted band: Bharat Petroleum
    under the app's bar, the sum, the reason in a notice; Booking No., Consumer No., Transaction ID, Paid via
    and Attempted on at the left and the right."""
    j.amount = float(rng.choice([1855.5, 1912.0, 1840.5, 1795.0]))
    p = phone(rng, font, k, ["", "Hello BPCL"], dark=False, buttons=("Retry payment",))
    band(p, (0, 88, 160))
    bar(p, "Hello BPCL", BPCL, merchant=BPCL)
    h269.strip(p, "Payment Failed", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", "Bharatgas 19 kg commercial refill")
    boxed(p, "The payment did not go through. Your booking is saved; pay again within 24 hours.", "error")
    tid = f"BP{j.date:%y%m%d}{digits(rng, 8)}"
    bno = str(rng.randrange(10**9, 10**10))
    kvr(p, "Booking No.", bno, txn=(ORDER_RANK, bno))
    kvr(p, "Consumer No.", digits(rng, 9))
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid via", "UPI", method="UPI")
    kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _bill_gjb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Guwahati Jal Board's water bill receipt from its Ulubari counter, typed in the counter printer's face:
    RECEIPT NO, DATE, CONSUMER ID, NAME, BILL PERIOD, AMOUNT, MODE : CASH; its round seal."""
    j.amount = float(rng.randrange(18, 90) * 10)
    p = sheet(rng, font, [720, 760])
    p.part = "head"
    p.add("center", GJB, merchant=GJB)
    p.add("small", "Ulubari Collection Counter  |  Water Charges Receipt")
    p.add("rule")
    p.part = "body"
    rno = f"GJB{rng.randrange(100000, 999999)}"
    typed_pair(p, "RECEIPT NO", rno, txn=(INVOICE_RANK, rno))
    typed_pair(p, "DATE", when(j.date, "%d-%m-%Y"), date=j.date)
    typed_pair(p, "CONSUMER ID", f"GJB/W25/{digits(rng, 5)}")
    typed_pair(p, "NAME", SHOP_CAPS)
    typed_pair(p, "BILL PERIOD", f"{j.month(2)[:3]} - {j.month(1)}".upper())
    typed_pair(p, "AMOUNT", f"Rs.{j.amount:.2f}", amount=j.amount)
    typed_pair(p, "MODE", "CASH", method="cash", status=j.status)
    h269.seal(p, "GUWAHATI JAL BOARD * ULUBARI *", ["CASH", "RECEIVED"], "violet")
    return p.done()


def _bill_waste(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The ward's door-to-door waste collection slip from the collecting samiti's pad, its heading printed
    in Assamese and English, the rest in an Assamese hand: "মাহ" (month), "টকা x/- নগদে পালোঁ" (received Rs.
    x/- in cash) and "তাৰিখ" (date) written; no reference."""
    j.amount = float(rng.choice([100, 150, 200, 250]))
    p = sheet(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(244, 246, 236), (250, 246, 232)])
    p.part = "head"
    asl(p, WASTE_AS, bold=True)
    p.add("center", WASTE, merchant=WASTE)
    asl(p, "ঘৰে ঘৰে আৱৰ্জনা সংগ্ৰহ  |  Ward No. 25, GMC", scale=0.84)
    p.add("rule")
    p.part = "body"
    ahand(p, f"নাম: {SHOP}")
    ahand(p, f"মাহ: {j.month(0)}")
    ahand(p, f"টকা {int(j.amount)}/- নগদে পালোঁ", amount=j.amount, method="cash", status=j.status)
    ahand(p, f"তাৰিখ: {when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%y']))}", date=j.date)
    sig(p)
    p.add("right", "Collector")
    return p.done()


def _bill_airtel(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Airtel Xstream Fiber's payment mail for the Bhoral's broadband: its sentence; Account No., Plan,
    Amount, Payment mode, Transaction ID and Payment date on hairline rows."""
    j.amount = float(rng.choice([706.82, 941.82, 1176.82, 4236.0, 7068.0]))
    p = mail_page(
        rng,
        font,
        "Airtel <noreply@airtel.com>",
        ["Payment received for your Airtel Xstream Fiber", "Thank you for your payment"],
    )
    p.part = "head"
    top(p, "Airtel Xstream Fiber", merchant="Airtel Xstream Fiber")
    p.add("small", "Bharti Airtel Ltd.  |  Broadband")
    p.add("rule")
    p.part = "body"
    p.add("left", "Hi, we have received your payment.", status=j.status)
    p.add("gap")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    tid = f"{rng.randrange(10**11, 10**12)}"
    cols(p, "xf", spec, "Account No.", f"{rng.randrange(10**9, 10**10)}", mode="line")
    cols(p, "xf", spec, "Plan", "Xstream Fiber 100 Mbps", mode="line")
    cols(p, "xf", spec, "Amount", f"Rs. {num(j.amount)}", mode="line", amount=j.amount)
    cols(p, "xf", spec, "Payment mode", "UPI", mode="line", method="UPI")
    cols(p, "xf", spec, "Transaction ID", tid, mode="line", txn=(TXN_RANK, tid))
    cols(p, "xf", spec, "Payment date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), mode="line", date=j.date)
    p.add("small", "Bharti Airtel Ltd. This is an auto-generated mail.")
    return p.done()


def _bill_pbgpl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Purba Bharati Gas' portal with the workshop's piped gas bill payment pending under a spinner: the
    sum, a notice; labels small over their values two to a row: BP No. and Order ID, Paid via and Initiated
    on."""
    j.amount = rupees(rng, 400, 2600, 0.3)
    p = browser_page(rng, font, "pay.pbgpl.in/billpayment/status")
    p.part = "head"
    top(p, PBGPL, merchant=PBGPL)
    p.add("small", "City Gas Distribution, Kamrup  |  Bill payment")
    p.add("rule")
    p.part = "body"
    h279.spinner(p, AMBER)
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(p, "We are awaiting confirmation from your bank. The status will update within 30 minutes.", "warn")
    oid = f"PBG{rng.randrange(10**8, 10**9)}"
    two_up(p, "pb1", ("BP No.", digits(rng, 10)), ("Order ID", oid), txn=(ORDER_RANK, oid))
    two_up(
        p,
        "pb2",
        ("Paid via", "Net Banking"),
        ("Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))),
        method="netbanking",
        date=j.date,
    )
    return p.done()


def _bill_tataplay(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Tata Play app with the Bhoral's television recharged under "Today, <hour>": Tata Play under the
    app's bar, a large round tick, Recharge successful, the sum; a copyable Transaction ID; Subscriber ID and
    Paid via at the left and the right; no day."""
    j.amount = float(rng.choice([299, 350, 425, 560, 1500]))
    p = phone(rng, font, k, ["", "Tata Play"], dark=False, buttons=("Done",))
    band(p, (120, 30, 140))
    bar(p, "Tata Play", TATAPLAY, merchant=TATAPLAY)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Recharge successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    tid = f"TP{digits(rng, 13)}"
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Subscriber ID", f"1{digits(rng, 9)}")
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


def _bill_mobikwik(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """MobiKwik paying the workshop's electricity bill through Bharat BillPay: Bill payment successful; each
    value over its label: Biller, Consumer No., B-Connect Txn ID, Paid via, Payment date."""
    p = phone(rng, font, k, ["", "MobiKwik"], dark=False, buttons=("Share",))
    band(p, (0, 96, 196))
    app_head(p, "MobiKwik", "Bharat BillPay  |  Electricity")
    sicon(p, j.status)
    p.add("center", "Bill payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = h287.vname(p, [APDCL, "APDCL"])
    vlab(p, "Biller", name, merchant=name)
    vlab(p, "Consumer No.", digits(rng, 11), bold=False)
    bbps = f"MK0{code(rng, 11, ALNUM)}"
    vlab(p, "B-Connect Txn ID", bbps, bold=False, txn=(TXN_RANK, bbps))
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    vlab(p, "Payment date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), bold=False, date=j.date)
    return p.done()


BILL_LAYOUTS = [
    _bill_apdcl,
    _bill_bharatgas,
    _bill_gjb,
    _bill_waste,
    _bill_airtel,
    _bill_pbgpl,
    _bill_tataplay,
    _bill_mobikwik,
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the Jaapi Bhoral's bills, one layout a place (``BILL_LAYOUTS``): APDCL's receipt
    under its Assamese name, Hello BPCL's failed booking, the Jal Board's counter receipt, the ward's waste
    collection slip in an Assamese hand with no reference, Airtel Xstream Fiber's mail, Purba Bharati Gas'
    pending payment, Tata Play's "Today" and MobiKwik's Bharat BillPay payment."""
    k = place("utility_bills")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=300, high=9000)
    return BILL_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Assam Gramin Vikash Bank", "VM-AGVBNK", "DIPALI DEKA", "UPI"),
    ("Punjab National Bank", "AD-PNBSMS", "NALBARI OFFSET PRINTERS", "NEFT"),
    ("Bandhan Bank", "", "BARPETA CANE AND BAMBOO", "IMPS"),
    ("UCO Bank", "VK-UCOBNK", "UJJAL TAILORING WORKS", "IMPS"),
    ("ICICI Bank", "JD-ICICIT", "SHREE PACKAGING SOLUTI", "UPI"),
    ("Assam Co-operative Apex Bank", "VM-ACABNK", "NATH FURNITURE WORKS", "NEFT"),
    ("Bank of India", "", "MAHALAXMI TEXTILES", "RTGS"),
    ("Axis Bank", "", "KAMRUP CARRIERS", "NEFT"),
]


def _alert_agvb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Assam Gramin Vikash Bank's SMS in Assamese in a bubble of the phone's messages thread under its day
    divider: "প্ৰিয় গ্ৰাহক, আপোনাৰ একাউণ্ট XX1234 ৰ পৰা <dd-mm-yyyy> তাৰিখে UPI যোগে টকা x <PAYEE> লৈ পঠিওৱা
    হৈছে। Ref No .... -AGVB" (Dear customer, Rs. x has been sent from your account XX1234 on <day> by UPI to
    <PAYEE>)."""
    p = phone(rng, font, k, ["VM-AGVBNK"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 2")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"প্ৰিয় গ্ৰাহক, আপোনাৰ একাউণ্ট XX{tail4} ৰ পৰা {when(j.date, '%d-%m-%Y')} তাৰিখে UPI যোগে "
        f"টকা {amt} {to} লৈ পঠিওৱা হৈছে। Ref No {ref} -AGVB"
    )
    asl_wrap(p, text, share=0.8, **facts)
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


def _alert_pnb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Punjab National Bank's SMS: "A/c XX1234 debited INR x on <dd-mm-yy> by NEFT to <PAYEE>. UTR ....
    Not you? Call 18001800 -PNB"."""
    text = (
        f"A/c XX{tail4} debited INR {amt} on {when(j.date, '%d-%m-%y')} by NEFT to {to}. UTR {ref}. "
        "Not you? Call 18001800 -PNB"
    )
    p = sms_page(rng, font, "AD-PNBSMS", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_history(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Bandhan Bank's alert in the phone's notification history (Settings): "Notification history",
    "Dismissed in the last 24 hours"; mBandhan's entry "<n>m ago": "Rs.x debited from A/c XX1234 via IMPS to
    <PAYEE>. IMPS Ref .... -Bandhan Bank"; the entries of other apps round it; no day."""
    p = screen(rng, font, "crop", dark=False, width=rng.choice([600, 620]), size=rng.choice([20, 21]))
    p.part = "head"
    p.add("title", "Notification history")
    p.add("gap")
    p.part = "body"
    label(p, "Dismissed in the last 24 hours")
    spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
    c = card_open(p)
    cols(p, "nh0", spec, "WhatsApp", f"{rng.randrange(2, 5)}h ago", mode="soft")
    p.add("left", f"{rng.randrange(2, 9)} new messages from Jaapi Bhoral staff")
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    cols(p, "nh1", spec, "mBandhan", f"{rng.randrange(5, 50)}m ago", mode="soft")
    prose(p, f"Rs.{amt} debited from A/c XX{tail4} via IMPS to {to}. IMPS Ref {ref} -Bandhan Bank", **facts)
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    cols(p, "nh2", spec, "Clock", f"{rng.randrange(6, 12)}h ago", mode="soft")
    p.add("left", "Alarm  5:30 am  dismissed")
    card_close(p, c)
    return p.done()


def _alert_uco(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """UCO Bank's SMS: "Acct XX1234 is debited with Rs.x on <dd.mm.yyyy> for IMPS to <PAYEE>, IMPS Ref ....
    -UCO Bank"."""
    text = (
        f"Acct XX{tail4} is debited with Rs.{amt} on {when(j.date, '%d.%m.%Y')} for IMPS to {to}, "
        f"IMPS Ref {ref} -UCO Bank"
    )
    p = sms_page(rng, font, "VK-UCOBNK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_icici(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """ICICI Bank's SMS of a UPI payment that failed: "Transaction of INR x from Acct XX1234 to <PAYEE> via
    UPI on <dd-Mon-yy> has FAILED. Any amount debited will be credited back. UPI Ref .... -ICICI Bank"."""
    text = (
        f"Transaction of INR {amt} from Acct XX{tail4} to {to} via UPI on {when(j.date, '%d-%b-%y')} has "
        f"FAILED. Any amount debited will be credited back. UPI Ref {ref} -ICICI Bank"
    )
    p = sms_page(rng, font, "JD-ICICIT", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_apex(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """The Assam Co-operative Apex Bank's SMS: "Dear Customer, Rs.x debited from your A/c XX1234 on
    <dd/mm/yyyy> by NEFT to <PAYEE>. UTR .... -ACAB"."""
    text = (
        f"Dear Customer, Rs.{amt} debited from your A/c XX{tail4} on {when(j.date, '%d/%m/%Y')} by NEFT to "
        f"{to}. UTR {ref} -ACAB"
    )
    p = sms_page(rng, font, "VM-ACABNK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_boi(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Bank of India's mail of an RTGS under process: "Your RTGS of Rs.x from A/c XX1234 to <PAYEE> dated
    <dd-mm-yyyy> is under process. UTR ...."."""
    p = mail_page(
        rng,
        font,
        "Bank of India <alerts@bankofindia.co.in>",
        ["RTGS transaction under process", "Transaction alert: RTGS"],
    )
    p.part = "head"
    top(p, "BANK OF INDIA")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        f"Your RTGS of Rs.{amt} from A/c XX{tail4} to {to} dated {when(j.date, '%d-%m-%Y')} is under "
        f"process. UTR {ref}.",
        **facts,
    )
    p.add("gap")
    prose(p, "You will receive another alert once the beneficiary bank credits the amount.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "Bank of India. Relationship beyond banking. Please do not reply to this mail.")
    return p.done()


def _alert_axis(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Axis Bank's app with the alert in its Notifications tab, with no reference: its tabs (All,
    Transactions, Offers) with Transactions chosen; "INR x debited from A/c no. XX1234 on <dd-mm-yyyy> to
    <PAYEE> via NEFT." in a rounded card with its hour; an offer's card under it."""
    p = phone(rng, font, k, ["", "Notifications"], dark=False, buttons=())
    band(p, (151, 20, 77))
    app_head(p, "Axis Mobile", "Notifications")
    h275.tabs(p, ["All", "Transactions", "Offers"], 1)
    p.add("gap")
    c = card_open(p)
    prose(
        p,
        f"INR {amt} debited from A/c no. XX{tail4} on {when(j.date, '%d-%m-%Y')} to {to} via NEFT.",
        **facts,
    )
    p.add("small", hhmm(rng, lower=True))
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    prose(p, "Get up to 10% cashback on bill payments this month. T&C apply.")
    card_close(p, c)
    return p.done()


ALERT_LAYOUTS = [
    _alert_agvb,
    _alert_pnb,
    _alert_history,
    _alert_uco,
    _alert_icici,
    _alert_apex,
    _alert_boi,
    _alert_axis,
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments, one layout a place (``ALERT_LAYOUTS``): Assam Gramin Vikash
    Bank's SMS in Assamese in a bubble, Punjab National Bank's SMS, Bandhan Bank's alert in the phone's
    notification history with no day, UCO Bank's SMS, ICICI Bank's failed UPI, the Apex Bank's SMS, Bank of
    India's RTGS under process by mail and Axis Bank's Notifications tab with no reference."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=2000, high=90000)
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

"""The twelve heldout318 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a bell metal and brass utensil makers' co-operative's year of 2026 in
Sarthebari, Barpeta district, Assam (Sarthebari Bell Metal & Brass Artisans' Co-operative Society Ltd., whose
member kanhars melt copper and tin into kanh, cast it, beat it on the anvil, turn it on the lathe and polish
it into xorais, kahis, batis, lotas, kalahs, taals, ghantas, glasses and brass botas and diyas; its showroom
on the Barpeta Road - Sarthebari road, Kanh Shilpa Bipani; its stall at the Barpeta Satra's Doul Utsav; the
web shop sarthebarikanh.in and GoCoop; the Assam Government Marketing Corporation's Pragjyotika emporia, the
Raj Bhavan through GeM, a restaurant group, a kitchenware store, a tea estate's club, a Guwahati hotel, a
Howrah puja committee and a Guwahati hotel's voucher; Assamese associations, restaurants, hotels, temple
stores and design shops abroad), told by the proofs of payment it receives (buyers' PhonePe Business on the
Bipani's phone, BHIM set in Assamese, Navi, CRED, Groww, Jupiter, YONO SBI and MobiKwik; AGMC's advice under
its Assamese name, GeM's payment status, Kotak Fyn, a RazorpayX payout mail, a Google Chat space, IndusInd
Bank's Indus Direct, a puja committee's letter in its treasurer's hand and a Marg ERP voucher; Westpac,
Mizuho, DNB, QNB, Hang Seng Bank, RHB, Nordea and Standard Bank; its own tax invoice, the Doul stall's cash
memo in an Assamese hand, Easebuzz, OkCredit, Cashfree, its money receipt, GoCoop's settlement mail and a
Vyapar roll) and those it makes (a Kolkata metal merchant's money receipt filled in by hand, a charcoal
seller's chit in an Assamese hand in Assamese figures, Udaan, a brass sheet maker's Zoho Invoice payment
receipt, Delhivery, Vistaprint, a lathe mechanic's carbon copy memo and a carton maker's myBillBook invoice;
OnlineSBI, HDFC Bank's MobileBanking, Google Pay, Vyom, Axis Mobile, Kotak's app, Cent Mobile and PhonePe
under its share sheet; a kanhar's wage account in an Assamese hand, a Bihu advance in an Assamese hand with
its day of the Assamese calendar, RazorpayX Payroll, Groww, BHIM SBI Pay, Jupiter, a Google Pay thread and a
salary voucher in Assamese form lines; Sarthebari Municipal Board, e-GRAS Assam, ESIC, Delhi Tourism, the Doul
committee's receipt book, the Labour Department's SMS, Single Window Clearance Assam and EPFO; eight
insurers; cards on the Bipani's SBI and the Doul stall's PhonePe terminals, at a Guwahati hotel and a
Kolkata metal store, on IRCTC, on a Guwahati restaurant's bill, in Axis Bank's SMS and on HDFC Bank's MyCards;
APDCL, Airtel Thanks, IndianOil ONE, Vi, PHED's handheld printer, DishTV's SMS, a tea stall's account in an
Assamese hand and GoDaddy; the banks' SMS, Bandhan Bank's SMS in Assamese, HDFC Bank's WhatsApp banking,
Axis Bank's mail and a lock screen's notification). Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the society's,
the Bipani's and the authorities' Assamese lines, salutations, Assamese labels (but a bank's SMS in Assamese,
whose figures and payee carry the facts, a form line's, a tab's or an app detail's value, and an Assamese
hand's sums, days and "received"), wares, dishes, rates, kilos, GST, TDS, fees, charges, tips, commission,
balances, limits, sums insured, periods, months, wage months, pay periods, years, bill months, days of the
Assamese calendar, invoice, bill and journey days, account, policy, proposal, consumer, licence, application,
employer, establishment, mobile, waybill and card numbers, GSTIN, IFSC, UPI IDs, bills named on an advice,
other messages, a message's replies, the xorai, the strip of beaten bell metal, the GI label, curls of metal,
the file, the brass sheet a page lies on, a bill spike's hole, a tea cup's ring, stages, progress bars,
spinners, notices, tiles, badges, ribbons, seals, revenue stamps, signatures and a lock screen's hour carry
no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and
``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's;
``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and
``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``,
``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``ticks``, ``seal``, a roll's torn edges),
heldout271's (``grid``, ``dots``, ``colkv``, ``fill``, ``fill2``, ``hand``, ``amtbox``, ``tt``, ``step``,
``perf``, ``revenue``, rounded cards), heldout273's (``hcells``, ``ledger``, ``pill``, ``track``,
``panel``, ``avatar``, ``bubble``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``ribbon``,
``bigsum``, a chat's payment card), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``,
``at_hour``, ``two_up``, ``spinner``), heldout287's (``notice``, ``tile``, ``burst``, ``clock``,
``sheet_open``, ``vlab``, ``tiles2``, ``copyrow``, a tea cup's ring, squared paper), heldout289's
(``chip``, ``steps``, ``carbon``) and heldout294's (``octa``, ``progress``), written in this set's pens
and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout315's), each page's rows drawn
by heldout294's ``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the
lines it leaves for them: Assamese lines, sentences and SMS in this set's runs of Noto Sans and Noto Serif
Bengali, their Latin runs and figures in the page's face; an Assamese hand in Noto Serif Bengali (a little
larger beside its figures) with its Latin figures in an upright DejaVu Serif, sheared as a ball pen leans
and a little off its line, written in Assamese figures where the writer writes them so; this set's form line
in Assamese (the Assamese label at the left, the value written or printed on a solid rule after it, the
label's English small under the rule at its right end); its bilingual tab (the label's Assamese and its
English after a middle dot on a pale tab, the value under it, a hairline under the value); an app's detail
set in Assamese (the Assamese label with its English small under it, the value at the right, a hairline
under the pair); a bank's name in Arabic in Noto Kufi Arabic; a xorai as a letterhead's emblem (Assam's
offering tray of bell metal on its turned stand: its flared foot, a stem with two turned rings, the wide tray
with its beaded rim, the domed cover in tiers and its finial, the polished metal shaded from a deep bronze at
its edges to a highlight down one side, engraved rings at its joins, a soft shadow); a strip of beaten bell
metal as a divider (the hammer's round dents, two engraved lines, a row of punched dots); the GI label (a
round gold foil sticker with a serrated rim, GI large on it); curls of bell metal turned off the lathe,
filings and a flat file in a page's margins; a bill spike's hole torn near a page's top; and, after the
frame, the sheet of hammered brass a page is photographed lying on (its dimpled warm yellow, the page's
shadow, the page a little askew, a small bell metal bati beside it with its turned rings). The pages'
layouts and wordings are this set's own.
"""

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
from bench.receipt_sets.heldout118_families import money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, dots, grid, tt
from bench.receipt_sets.heldout273_families import ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout314's and
# heldout315's
PENS = [
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
]
INKS = [(22, 44, 128), (30, 34, 96), (40, 38, 46), (18, 70, 104), (104, 30, 48)]
# the faces a page's fixed-width lines are printed in (a bank branch's printer, a counter's roll, a billing
# program's thermal print, a clerk's old typewriter)
TYPES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# Noto Sans and Noto Serif Bengali for Assamese (the Bengali script with Assamese's own ৰ and ৱ, as heldout287
# and heldout309 drew it, here in this set's own runs and rows), Noto Kufi Arabic for a Qatari bank's name,
# and the upright Latin face a hand writes its Latin figures in
AS = "noto/NotoSansBengali-Regular.ttf"
AS_BOLD = "noto/NotoSansBengali-Bold.ttf"
AS_SERIF = "noto/NotoSerifBengali-Regular.ttf"
AS_SERIF_BOLD = "noto/NotoSerifBengali-Bold.ttf"
KUFI = "noto/NotoKufiArabic-Bold.ttf"
HAND_LATIN = "dejavu/DejaVuSerif.ttf"
SCRIPT_FACES = [AS, AS_BOLD, AS_SERIF, AS_SERIF_BOLD, KUFI, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
# bell metal (kanh: about four parts of copper to one of tin) and brass (pital) as Sarthebari's kanhars
# finish them: the golden yellow of a turned and polished xorai, its deep shadow and its bright highlight;
# brass' paler yellow; copper's red; the soot of the furnace
KANH = (206, 160, 72)
KANH_DEEP = (112, 76, 26)
KANH_LIGHT = (255, 232, 160)
PITAL = (214, 182, 96)
PITAL_DEEP = (128, 98, 36)
TAMA = (184, 98, 58)
SOOT = (44, 40, 38)

# ---------------------------------------------------------------- the co-operative

FIRM = "Sarthebari Bell Metal & Brass Artisans' Co-operative Society Ltd."
FIRM_MID = "Sarthebari Bell Metal & Brass Artisans' Co-op. Society"
FIRM_SHORT = "Sarthebari Bell Metal Co-operative"
FIRM_CAPS = "SARTHEBARI BELL METAL & BRASS ARTISANS CO-OP. SOCIETY LTD."
FIRM_AS = "সৰ্থেবাৰী কাঁহ-পিতল শিল্পী সমবায় সমিতি লিঃ"
# the society's name as a bank's beneficiary field cuts it (from SARTHEBARI BELL METAL AND BRASS ARTISANS ...)
CUT = "SARTHEBARI BELL METAL AN"
SHOP = "Kanh Shilpa Bipani"
SHOP_CAPS = SHOP.upper()
SHOP_AS = "কাঁহ শিল্প বিপণি"
SHOP_TOWN = "KANH SHILPA BIPANI SARTHEBARI"
WEB = "sarthebarikanh.in"
GSTIN = "18AAAAS6213R1ZK"
REGD = "Regd. No. BPT/IND/47 of 1987-88"
UDYAM = "UDYAM-AS-04-0018263"
PRESIDENT = "Nareswar Deka"
SECRETARY = "Dhruba Jyoti Kalita"
ACCOUNTANT = "Pankaj Baishya"
EXPORTS = "Trishna Kalita"
MASTER = "Gunaram Das"
TOWN = "Sarthebari, Barpeta, Assam - 781307"
SHOP_AT = "Barpeta Road - Sarthebari Road, Sarthebari, Assam - 781307"
BANK_LINE = "State Bank of India, Sarthebari Branch"
# Barpeta's Doul Utsav at the Barpeta Satra (2 to 6 March 2026), where the society keeps a stall; Rongali Bihu
# (14 April 2026, 1 Bohag 1433 of the Assamese calendar), in whose week before the kanhars' Bihu advances are
# paid; 1 Chot 1432 of the Bhaskarabda (the Assamese calendar's era) as the society's almanac reckons it
DOUL, DOUL_DAYS = dt.date(2026, 3, 2), 5
BIHU = dt.date(2026, 4, 14)
CHOT_1 = dt.date(2026, 3, 15)
IFSC = {
    "State Bank of India": "SBIN",
    "Assam Gramin Vikash Bank": "AGVB",
    "UCO Bank": "UCBA",
    "Punjab National Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Union Bank of India": "UBIN",
    "Central Bank of India": "CBIN",
    "Bandhan Bank": "BDBL",
    "Indian Bank": "IDIB",
    "IndusInd Bank": "INDB",
    "Bank of Baroda": "BARB",
    "Canara Bank": "CNRB",
    "IDBI Bank": "IBKL",
}
# the society's wares: name, HSN, price each (low, high); GST 5% on all (HSN 7418, household articles of
# copper alloy, hand-made)
WARES = [
    ("Bell metal xorai with cover, 12 in", "7418", 3800, 8500),
    ("Bell metal kahi (plate), 12 in", "7418", 1600, 4200),
    ("Bell metal bati (bowl), set of 4", "7418", 1800, 3900),
    ("Bell metal lota, 1 litre", "7418", 1400, 3200),
    ("Bell metal kalah (pitcher)", "7418", 3600, 7800),
    ("Taal (cymbals), pair", "7418", 650, 2400),
    ("Prayer bell (ghanta), 8 in", "7418", 900, 2600),
    ("Brass diya, 6 in", "7418", 300, 900),
    ("Bell metal glass, set of 6", "7418", 2200, 4800),
    ("Brass bota (tray on stand)", "7418", 1900, 4600),
]
# the short names a roll prints
SHORT = {
    "Bell metal xorai with cover, 12 in": "Xorai 12in",
    "Bell metal kahi (plate), 12 in": "Kahi 12in",
    "Bell metal bati (bowl), set of 4": "Bati set/4",
    "Bell metal lota, 1 litre": "Lota 1L",
    "Bell metal kalah (pitcher)": "Kalah",
    "Taal (cymbals), pair": "Taal pair",
    "Prayer bell (ghanta), 8 in": "Ghanta 8in",
    "Brass diya, 6 in": "Brass diya",
    "Bell metal glass, set of 6": "Glass set/6",
    "Brass bota (tray on stand)": "Brass bota",
}
# the same as an Assamese hand writes them
SHORT_AS = {
    "Bell metal xorai with cover, 12 in": "শৰাই",
    "Bell metal kahi (plate), 12 in": "কাঁহী",
    "Bell metal bati (bowl), set of 4": "বাটি",
    "Bell metal lota, 1 litre": "লোটা",
    "Bell metal kalah (pitcher)": "কলহ",
    "Taal (cymbals), pair": "তাল",
    "Prayer bell (ghanta), 8 in": "ঘণ্টা",
    "Brass diya, 6 in": "চাকি",
    "Bell metal glass, set of 6": "গিলাছ",
    "Brass bota (tray on stand)": "বটা",
}
# the society's kanhars (its member artisans, who cast, beat, turn and polish by the kilo) and its people
KANHARS = [
    "Haren Kalita",
    "Bipul Das",
    "Jiten Deka",
    "Mukut Baishya",
    "Bhaben Talukdar",
    "Kamal Kalita",
    "Ratul Medhi",
    "Dulal Das",
]
STAFF = ["Monoj Deka", "Babul Ali"]
# the Assamese calendar's months as an almanac writes them (Chot, the last before Bohag, is the one drawn)
CHOT_AS = "চ'ত"
AS_DIGITS = "০১২৩৪৫৬৭৮৯"


def wares(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The society's wares sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WARES) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = WARES[i]
        q = rng.randrange(1, 3) if lo >= 1800 else rng.randrange(1, 5)
        ceiling = max(lo + 50, min(hi_, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi_ < 2000 else 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Doul's, the week before Bihu), its UPI / card reference made
    again for that day."""
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


def gstin_of(rng: random.Random, state: str = "18", kind_: str = "P") -> str:
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
    numbers = rng.sample(range(31, 760), len(shares))
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
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


def first_of(name: str) -> str:
    return name.split()[0]


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


def as_figures(text: str) -> str:
    """``text`` with its Latin figures written again in Assamese figures (the Bengali script's)."""
    return "".join(AS_DIGITS[int(c)] if c.isdigit() else c for c in text)


def chot_day(day: dt.date) -> str:
    """``day`` (in Chot 1432) as an Assamese hand writes its day of the Assamese calendar: the day, Chot, the
    year of the Bhaskarabda, all in Assamese figures."""
    n = (day - CHOT_1).days + 1
    assert 1 <= n <= 30, day
    return f"{as_figures(str(n))} {CHOT_AS}, {as_figures('1432')} ভাস্কৰাব্দ"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h318", {"marks": {}, "decor": [], "frame": None})


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
    name = f"nt18{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(lines_of(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lb18", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb18"] = 0.76
    h269.row(p, "lb18", text, **facts)


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


def bold_row(p: Screen, name: str, text: str, *, scale: float = 1.0, align: str = "l", **facts) -> None:
    """A line in the face's bold (a chat's sender, a card's heading) in a row kind of its own."""
    h269.kind(p, name, [(0.0, 1.0, align)], "plain", bold=(0,))
    h269.ext(p)["scale"][name] = scale
    h269.row(p, name, text, **facts)


# ---------------------------------------------------------------- Assamese in the Bengali script


def is_as(ch: str) -> bool:
    """A letter, sign or figure of the Bengali script (Assamese's), or the danda Assamese ends a sentence
    with."""
    return "\u0980" <= ch <= "\u09ff" or ch in "\u0964\u0965"


def as_runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Assamese and of other letters: a space, a joiner or the apostrophe Assamese writes
    inside its words (চ'ত, হ'ল) stays with the run it follows."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        a = is_as(ch)
        if ch in " \u200c\u200d'" and out:
            a = out[-1][0]
        if out and out[-1][0] == a:
            out[-1] = (a, out[-1][1] + ch)
        else:
            out.append((a, ch))
    return out


def as_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return AS_SERIF_BOLD if bold else AS_SERIF
    return AS_BOLD if bold else AS


# Noto's Bengali letters stand a little taller than a Latin face's capitals: set at this share of the size
# they sit level with the page's own letters
ASCALE = 0.96
# a hand writes its Assamese letters a little larger beside its figures than a press sets them
ASCALE_HAND = 1.1


def _aface(a: bool, latin: str, size: int, bold: bool, serif: bool, grow: float = 1.0):
    if a:
        return load_font(as_face(bold, serif), int(size * ASCALE * grow))
    return load_font(bold_of(latin) if bold else latin, size)


def as_width(
    text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False, grow: float = 1.0
) -> float:
    """The width of a line of Assamese and Latin runs."""
    return sum(_aface(a, latin, size, bold, serif, grow).getlength(part) for a, part in as_runs(text))


def as_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for a, part in as_runs(text):
        face = as_face(bold, serif) if a else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_as(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    latin: str,
    size: int,
    fill_,
    *,
    bold: bool = False,
    serif: bool = False,
    grow: float = 1.0,
) -> None:
    """A line of Assamese and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for a, part in as_runs(text):
        face = _aface(a, latin, size, bold, serif, grow)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def asm(
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
    """A line in Assamese (a name over its English, a heading, an app's words, a bank's message), its Latin
    runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert as_ok(text, p.font, bold=bold, serif=serif), text
    assert as_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t18as", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def as_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """An Assamese sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and as_width(f"{line} {word}", p.font, size) > room:
            asm(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    asm(p, line, scale=scale, align="l", **(facts if first else {}))


def as_hand(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.16, **facts
) -> None:
    """A line written by hand in Assamese: Noto Serif Bengali for its letters (and its figures where they are
    written in Assamese figures) and an upright DejaVu Serif for its Latin figures, leaning as a ball pen
    leans and a little off its line, in the page's ink; ``figure`` written at the right end of the line (a
    sum in a chit's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert as_ok(text + figure, HAND_LATIN, serif=True), text
    need = as_width(text, HAND_LATIN, size, serif=True, grow=ASCALE_HAND) + size * 0.5
    if figure:
        need += as_width(figure, HAND_LATIN, size, serif=True, grow=ASCALE_HAND) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t18ah", text, figure, mark_=[align, scale, p.rng.uniform(-0.9, 0.9)], **facts)


def as_line(
    p: Screen, assamese: str, english: str, value: str, *, pen: bool = True, bold: bool = False, **facts
) -> None:
    """This set's form line in Assamese: the Assamese label at the left, the value on a solid rule after it
    (written in the page's pen where ``pen``, else printed), the label's English small in the label's ink
    under the rule at its right end; two lines high."""
    size = p.style["size"]
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert as_ok(assamese, p.font) and glyphs(p.font, english), (assamese, english)
    assert glyphs(vfont, value), (vfont, value)
    need = as_width(assamese, p.font, size) + vface.getlength(value) + 40
    assert need <= room_of(p), (assamese, value, need, room_of(p))
    put(p, "t18al", assamese, english, value, mark_=[pen, bold], **facts)
    p.add("gap")


def al_fit(p: Screen, assamese: str, values: list[str], *, pen: bool = True) -> str:
    """The first of ``values`` that fits an ``as_line`` of this label (the last where none does)."""
    size = p.style["size"]
    vface = load_font(pen_of(p) if pen else p.font, int(size * (1.08 if pen else 1.0)))
    head = as_width(assamese, p.font, size)
    return next((v for v in values if head + vface.getlength(v) + 40 <= room_of(p)), values[-1])


def as_tab(p: Screen, assamese: str, english: str, value: str, *, bold: bool = True, **facts) -> None:
    """This set's bilingual field: the label's Assamese and its English after a middle dot small on a pale
    tinted tab at the left, the value under the tab (in bold where ``bold``), a hairline under the value; two
    lines high."""
    size = p.style["size"]
    vfont = bold_of(p.font) if bold else p.font
    head = f"{assamese} \u00b7 {english}"
    assert as_ok(head, p.font) and glyphs(vfont, value), (head, value)
    assert as_width(head, p.font, int(size * 0.78)) + 24 <= room_of(p), head
    assert load_font(vfont, size).getlength(value) <= room_of(p), value
    put(p, "t18tb", assamese, english, value, mark_=[bold], **facts)
    p.add("gap")


def as_kv(p: Screen, assamese: str, english: str, value: str, *, at: float = 0.5, **facts) -> None:
    """An app's detail set in Assamese: the Assamese label with its English small under it at the left, the
    value set to the right on the label's line, a hairline under the pair; two lines high."""
    size = p.style["size"]
    assert as_ok(assamese, p.font) and glyphs(p.font, english + value), (assamese, english, value)
    assert as_width(assamese, p.font, int(size * 0.92)) <= at * room_of(p) - 8, assamese
    assert load_font(p.font, size).getlength(value) <= (1 - at) * room_of(p), value
    put(p, "t18kv", assamese, english, value, mark_=[at], **facts)
    p.add("gap")


# ---------------------------------------------------------------- this set's rows and marks


def xorai(p: Screen) -> None:
    """A xorai as a letterhead's emblem: Assam's offering tray of bell metal on its turned stand, seen from
    the side and polished (its flared foot, a stem with two turned rings, the wide shallow tray with its
    beaded rim, the domed cover in three tiers and its pointed finial), its golden metal shaded from a deep
    bronze at its edges to a bright highlight down one side, engraved rings at its joins, a soft shadow
    under its foot; centred, three lines high."""
    put(p, "t18xr", "", mark_=[p.rng.randrange(10**6), p.rng.choice([0, 1])])
    p.add("gap")
    p.add("gap")


def kanh_band(p: Screen) -> None:
    """A strip of beaten bell metal as a divider across the page: its polished gold shaded like a turned rim,
    the round dents of the kanhar's hammer all along it, two engraved lines near its edges and a row of
    punched dots between them; one line high."""
    put(p, "t18bd", "", mark_=[p.rng.randrange(10**6)])


def gi_label(p: Screen, text: str) -> None:
    """The society's GI label at the right: a round sticker of gold foil with a serrated rim, GI large in
    its middle, ``text`` small over it and SARTHEBARI under it, tilted; three lines high (the rows beside it
    left empty)."""
    bold = bold_of(p.font)
    assert glyphs(bold, "GI SARTHEBARI " + text), text
    put(p, "t18gi", text, mark_=[p.rng.uniform(-12, 12)])
    p.add("gap")
    p.add("gap")


def shavings(p: Screen) -> None:
    """The kanhars' bench in the page's margins: bright curls of bell metal turned off the lathe, a few
    filings, and a flat file with its wooden handle."""
    ext(p)["decor"].append(["shavings", p.rng.randrange(10**6)])


def spike(p: Screen) -> None:
    """The page kept on a bill spike: a hole torn through it near its top, the paper round it creased."""
    ext(p)["decor"].append(["spike", p.rng.randrange(10**6)])


def arabic(p: Screen, text: str) -> None:
    """A bank's name in Arabic over its English, in Noto Kufi Arabic set right to left by Raqm, centred; two
    lines high."""
    face = load_font(KUFI, int(p.style["size"] * 1.3))
    assert glyphs(KUFI, text.replace(" ", "")) and face.getlength(text) <= room_of(p), text
    put(p, "t18ar", text)
    p.add("gap")


def on_brass(p: Screen) -> None:
    """The page photographed lying on a sheet of hammered brass on the kanhars' bench: the sheet's warm
    yellow dimpled with hammer marks, the page's shadow on it, the page a little askew, a small bell metal
    bati (bowl) beside it seen from above with its turned rings."""
    ext(p)["frame"] = ["brass", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _ramp(t: np.ndarray, deep, mid, light) -> np.ndarray:
    """Polished metal's colour for a shade ``t`` (0 its deepest, 1 its brightest): deep to mid over the first
    three fifths, mid to light over the rest (RGB floats)."""
    t = np.clip(t, 0.0, 1.0)[..., None]
    d, m, lt = (np.array(c, dtype=np.float32) for c in (deep, mid, light))
    low = d + (m - d) * np.clip(t / 0.6, 0, 1)
    high = m + (lt - m) * np.clip((t - 0.6) / 0.4, 0, 1)
    return np.where(t < 0.6, low, high)


# the xorai's profile from its finial (0) to its foot (1): half its width at each height, as shares of its
# height; and the heights of the engraved rings at its joins
XORAI = [
    (0.0, 0.004),
    (0.06, 0.016),
    (0.095, 0.028),
    (0.103, 0.044),
    (0.122, 0.044),
    (0.13, 0.03),
    (0.14, 0.062),
    (0.168, 0.098),
    (0.175, 0.128),
    (0.2, 0.13),
    (0.207, 0.158),
    (0.25, 0.198),
    (0.3, 0.222),
    (0.338, 0.232),
    (0.346, 0.3),
    (0.362, 0.358),
    (0.382, 0.358),
    (0.4, 0.328),
    (0.46, 0.238),
    (0.5, 0.142),
    (0.522, 0.07),
    (0.55, 0.058),
    (0.57, 0.09),
    (0.59, 0.058),
    (0.662, 0.05),
    (0.69, 0.086),
    (0.712, 0.05),
    (0.78, 0.062),
    (0.86, 0.16),
    (0.93, 0.268),
    (0.958, 0.3),
    (0.976, 0.3),
    (0.984, 0.28),
]
XORAI_RINGS = [0.14, 0.207, 0.346, 0.382, 0.522, 0.57, 0.69, 0.78, 0.958]


def _xorai_art(H: int, seed: int, variant: int) -> Image.Image:
    """The xorai drawn ``H`` high as an RGBA image (its width three quarters of its height)."""
    srng = random.Random(seed)
    W = int(H * 0.76)
    ys = np.array([y for y, _ in XORAI], dtype=np.float32)
    rs = np.array([r for _, r in XORAI], dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    half = np.interp(yy / H, ys, rs) * H
    u = (xx - W / 2) / np.maximum(half, 0.5)
    inside = np.abs(u) <= 1.0
    lean = srng.uniform(0.32, 0.44)
    t = (
        0.22
        + 0.5 * np.cos(np.clip(u, -1, 1) * np.pi / 2) ** 0.8
        + 0.5 * np.exp(-(((u + lean) / 0.12) ** 2))
        + 0.16 * np.exp(-(((u - 0.62) / 0.09) ** 2))
    )
    # the tray's inner face a little darker (it faces up and away), the foot's flare catching more light
    t -= 0.08 * ((yy / H > 0.36) & (yy / H < 0.52))
    metal = (KANH_DEEP, KANH, KANH_LIGHT) if variant == 0 else (PITAL_DEEP, PITAL, (255, 240, 186))
    rgb = _ramp(t, *metal)
    for ring in XORAI_RINGS:
        near = np.abs(yy / H - ring) < 0.0045
        rgb[near] *= 0.55
    alpha = (inside * 255).astype(np.uint8)
    img = Image.fromarray(rgb.clip(0, 255).astype(np.uint8), "RGB").convert("RGBA")
    img.putalpha(Image.fromarray(alpha, "L"))
    d = ImageDraw.Draw(img)
    # the beads round the tray's rim and the cover's lowest tier
    for level, span, n in ((0.372, 0.33, 15), (0.19, 0.12, 7)):
        cy = level * H
        for i in range(n):
            cx = W / 2 + (i / (n - 1) * 2 - 1) * span * H
            r = H * 0.009
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=tuple(metal[0]) + (255,))
            d.ellipse((cx - r * 0.9, cy - r * 0.9, cx + r * 0.2, cy + r * 0.2), fill=tuple(metal[2]) + (255,))
    return img


def _xorai(page: Image.Image, cx: float, top_y: float, h: float, seed: int, variant: int) -> None:
    k = 3
    art = _xorai_art(int(h * k), seed, variant)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    shadow = Image.new("L", page.size, 0)
    sd = ImageDraw.Draw(shadow)
    foot_y = y0_ + small.height * 0.97
    sd.ellipse((cx - small.width * 0.42, foot_y - 4, cx + small.width * 0.46, foot_y + 6), fill=90)
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (90, 84, 74)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _hammered(w: int, h: int, seed: int, dent: float, deep, mid, light, *, shade=None) -> np.ndarray:
    """Beaten metal ``w`` by ``h`` (RGB floats): ``shade`` (a field of 0..1, the metal's own shading) with the
    round dents of a hammer all over it, each lit from the top left."""
    g = np.random.default_rng(seed)
    t = np.full((h, w), 0.55, dtype=np.float32) if shade is None else shade.astype(np.float32).copy()
    step = max(4.0, dent * 1.4)
    n = int(w * h / (step * step)) + 1
    cxs = g.uniform(0, w, n)
    cys = g.uniform(0, h, n)
    rads = g.uniform(dent * 0.7, dent * 1.2, n)
    for cx, cy, r in zip(cxs, cys, rads):
        x0, x1 = int(max(0, cx - r)), int(min(w, cx + r + 1))
        y0, y1 = int(max(0, cy - r)), int(min(h, cy + r + 1))
        if x1 <= x0 or y1 <= y0:
            continue
        yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        dx, dy = (xx - cx) / r, (yy - cy) / r
        rho = np.sqrt(dx * dx + dy * dy)
        inside = rho < 1.0
        lit = (dx * 0.55 + dy * 0.75) * (1 - rho)
        t[y0:y1, x0:x1] += np.where(inside, lit * 0.32, 0.0)
    return _ramp(t, deep, mid, light)


def _band(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    """The strip of beaten bell metal between ``x0`` and ``x1``, ``y0`` and ``y1``."""
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    W, H = w * k, h * k
    yy = np.mgrid[0:H, 0:W][0].astype(np.float32) / H
    shade = 0.3 + 0.4 * np.sin(np.pi * yy) + 0.35 * np.exp(-(((yy - 0.33) / 0.1) ** 2))
    rgb = _hammered(W, H, seed, H * 0.18, KANH_DEEP, KANH, KANH_LIGHT, shade=shade)
    img = Image.fromarray(rgb.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    for at in (0.16, 0.84):
        d.line((0, H * at, W, H * at), fill=KANH_DEEP, width=max(2, H // 26))
        d.line((0, H * at + max(2, H // 26), W, H * at + max(2, H // 26)), fill=KANH_LIGHT, width=1)
    r = H * 0.07
    for cx in np.arange(H * 0.5, W, H * 0.62):
        d.ellipse((cx - r, H / 2 - r, cx + r, H / 2 + r), fill=KANH_DEEP)
        d.ellipse((cx - r * 0.2, H / 2 - r * 0.2, cx + r, H / 2 + r), fill=_tint(KANH_LIGHT, KANH, 0.6))
    page.paste(img.resize((w, h), Image.LANCZOS), (int(x0), int(y0)))


def _gi(
    page: Image.Image, x1: float, top_y: float, line: int, text: str, font: str, tilt: float
) -> Image.Image:
    """The GI label: a round gold foil sticker with a serrated rim, ``text`` over GI over SARTHEBARI."""
    d_ = int(line * 2.7)
    k = 3
    D = d_ * k
    yy, xx = np.mgrid[0:D, 0:D].astype(np.float32)
    cx = cy = D / 2
    ang = np.arctan2(yy - cy, xx - cx)
    rho = np.hypot(xx - cx, yy - cy)
    rim = D / 2 * (0.94 + 0.05 * np.cos(ang * 36))
    inside = rho <= rim
    t = 0.55 + 0.35 * np.cos(ang - 2.3) * (rho / (D / 2)) + 0.1 * np.cos(rho / D * 60)
    rgb = _ramp(t, (150, 112, 30), (214, 174, 70), (255, 236, 170))
    img = Image.fromarray(rgb.clip(0, 255).astype(np.uint8), "RGB").convert("RGBA")
    img.putalpha(Image.fromarray((inside * 255).astype(np.uint8), "L"))
    d = ImageDraw.Draw(img)
    ring = D * 0.39
    d.ellipse((cx - ring, cy - ring, cx + ring, cy + ring), outline=(120, 86, 20, 255), width=k * 2)
    big = load_font(bold_of(font), int(D * 0.3))
    small = load_font(bold_of(font), int(D * 0.085))
    for face, t_, y in (
        (small, text, cy - D * 0.2),
        (big, "GI", cy + D * 0.1),
        (small, "SARTHEBARI", cy + D * 0.27),
    ):
        tw = face.getlength(t_)
        d.text((cx - tw / 2 + k, y + k), t_, font=face, fill=(255, 246, 210, 220), anchor="ls")
        d.text((cx - tw / 2, y), t_, font=face, fill=(96, 64, 10, 255), anchor="ls")
    img = img.resize((d_, d_), Image.LANCZOS).rotate(tilt, resample=Image.BICUBIC, expand=True)
    page.paste(img, (int(x1 - img.width), int(top_y)), img)
    return page


def _shavings(page: Image.Image, seed: int) -> Image.Image:
    """The margins: curls of bell metal turned off the lathe, filings and a flat file."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(12, MARGIN - 12) if left else srng.uniform(width - MARGIN + 12, width - 12)
        return x, srng.uniform(60, height - 100)

    for _ in range(srng.randrange(3, 6)):
        x, y = spot()
        r0 = srng.uniform(6, 11)
        turns = srng.uniform(1.6, 2.6)
        a0 = srng.uniform(0, 6.3)
        pts = []
        for t in np.linspace(0, turns * 2 * math.pi, 60):
            r = r0 * (1 - t / (turns * 2 * math.pi + 2.5))
            pts.append((x + r * math.cos(a0 + t), y + r * math.sin(a0 + t) * 0.7 + t * 0.8))
        d.line([(px + 1.5, py + 2) for px, py in pts], fill=(70, 60, 40, 80), width=3)
        d.line(pts, fill=KANH_DEEP + (255,), width=3)
        d.line(pts, fill=KANH_LIGHT + (255,), width=1)
    for _ in range(36):
        x, y = spot()
        d.ellipse((x, y, x + 1.6, y + 1.6), fill=PITAL + (220,))
    # the file: its hatched steel and its wooden handle, down one margin
    left = srng.random() < 0.5
    x = 13 if left else width - 13
    y0 = srng.uniform(80, max(90, height * 0.45))
    length = srng.uniform(120, 170)
    d.rectangle((x - 3, y0, x + 3, y0 + length), fill=(132, 136, 142, 255))
    for yy in np.arange(y0 + 2, y0 + length - 2, 3):
        d.line((x - 3, yy, x + 3, yy + 2), fill=(96, 100, 106, 255), width=1)
    d.rounded_rectangle((x - 5, y0 + length, x + 5, y0 + length + 46), radius=4, fill=(150, 96, 52, 255))
    return layer.convert("RGB")


def _spike(page: Image.Image, seed: int) -> Image.Image:
    """A bill spike's hole near the page's top, the paper torn and creased round it."""
    srng = random.Random(seed)
    width, _ = page.size
    out = page.copy()
    d = ImageDraw.Draw(out)
    cx, cy = width * srng.uniform(0.45, 0.6), srng.uniform(14, 22)
    for _ in range(7):
        a = srng.uniform(0, 6.3)
        ln = srng.uniform(5, 13)
        d.line((cx, cy, cx + ln * math.cos(a), cy + ln * math.sin(a)), fill=(176, 172, 160), width=1)
    d.ellipse((cx - 4, cy - 4, cx + 4, cy + 4), fill=(58, 54, 50))
    return out


def _brass_frame(image: Image.Image, seed: int) -> Image.Image:
    """The page on a sheet of hammered brass: turned a little with its shadow, a bell metal bati beside it."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 70
    bw, bh = w + 2 * pad + 150, h + 2 * pad
    g = np.random.default_rng(srng.randrange(10**6))
    field = np.asarray(
        Image.fromarray((g.random((bh // 60 + 2, bw // 60 + 2)) * 255).astype(np.uint8), "L").resize(
            (bw, bh), Image.BICUBIC
        ),
        dtype=np.float32,
    )
    shade = 0.5 + (field / 255.0 - 0.5) * 0.25
    base = _hammered(bw, bh, srng.randrange(10**6), 11.0, PITAL_DEEP, PITAL, (250, 232, 170), shade=shade)
    base = Image.fromarray(base.clip(0, 255).astype(np.uint8), "RGB")
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 6, (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 130 if v > 0 else 0), (sx + 9, sy + 11))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    base = Image.composite(Image.new("RGB", base.size, (70, 54, 24)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    # the bati seen from above: rim, turned rings, its hollow darker, a highlight on the far wall
    r = 50
    cx, cy = sx + turned.width + 20 + r, srng.uniform(bh * 0.15, bh * 0.4)
    k = 3
    D = r * 2 * k
    yy, xx = np.mgrid[0:D, 0:D].astype(np.float32)
    rho = np.hypot(xx - D / 2, yy - D / 2) / (D / 2)
    ang = np.arctan2(yy - D / 2, xx - D / 2)
    t = 0.45 + 0.3 * np.cos(ang + 2.4) * rho + 0.08 * np.cos(rho * 40) - 0.2 * (rho < 0.86)
    t += 0.35 * (np.abs(rho - 0.93) < 0.05)
    rgb = _ramp(t, KANH_DEEP, KANH, KANH_LIGHT)
    bowl = Image.fromarray(rgb.clip(0, 255).astype(np.uint8), "RGB").resize((r * 2, r * 2), Image.LANCZOS)
    mask = Image.new("L", (r * 2, r * 2), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, r * 2 - 1, r * 2 - 1), fill=255)
    sh = Image.new("L", base.size, 0)
    sh.paste(mask.point(lambda v: 120 if v else 0), (int(cx - r + 6), int(cy - r + 7)))
    sh = sh.filter(ImageFilter.GaussianBlur(5))
    base = Image.composite(Image.new("RGB", base.size, (70, 54, 24)), base, sh)
    base.paste(bowl, (int(cx - r), int(cy - r)), mask)
    return base


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Assamese lines, hand, form lines, tabs and app details, a
    xorai, a strip of beaten bell metal, the GI label, curls of metal and a file in the margins, a bill
    spike's hole."""
    page = h294._render(rows, font, style)
    x = style.get("h318")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    dark = sum(paper_) < 300
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", INKS[0]))
    pen = x1.get("pen", PENS[0])
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t18"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t18as":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = as_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_as(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t18ah":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                tw = as_width(text, HAND_LATIN, s, serif=True, grow=ASCALE_HAND)
                lw, lh = int(tw + s), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                draw_as(
                    ImageDraw.Draw(layer),
                    (4, lh * 0.2),
                    text,
                    HAND_LATIN,
                    s,
                    255,
                    serif=True,
                    grow=ASCALE_HAND,
                )
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.22, -0.22 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                ).rotate(tilt, resample=Image.BICUBIC)
                if n_ == 0:
                    tx = width - MARGIN - tw - s * 0.4
                    fx = tx
                else:
                    tx = {
                        "c": (width - tw) / 2,
                        "l": MARGIN + 2,
                        "r": (fx if fx is not None else width - MARGIN) - tw - s * 0.6,
                    }[align]
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.32)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t18al":
            is_pen, bold = m
            draw_as(draw, (MARGIN, y), r[1], font, size, ink)
            lx0 = MARGIN + as_width(r[1], font, size) + 12
            ly = top_y + line * 1.02
            draw.line((lx0, ly, width - MARGIN, ly), fill=_tint(soft, paper_, 0.75), width=1)
            sface = load_font(font, int(size * 0.64))
            draw.text(
                (width - MARGIN - sface.getlength(r[2]), ly + 3),
                r[2],
                font=sface,
                fill=_tint(soft, paper_, 0.8),
            )
            if is_pen:
                vface = load_font(pen, int(size * 1.08))
                draw.text((lx0 + 10, ly - 3), r[3], font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((lx0 + 10, ly - 4), r[3], font=vface, fill=ink, anchor="ls")
        elif name == "t18tb":
            (bold,) = m
            s = int(size * 0.78)
            head = f"{r[1]} \u00b7 {r[2]}"
            tw = as_width(head, font, s)
            tab = _tint(style.get("accent", ink), paper_, 0.12 if not dark else 0.3)
            draw.rounded_rectangle(
                (MARGIN, top_y + 2, MARGIN + tw + 20, top_y + line - 1), radius=6, fill=tab
            )
            draw_as(draw, (MARGIN + 10, y + 1), head, font, s, soft)
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text((MARGIN + 4, y + line), r[3], font=vface, fill=ink)
            hy = top_y + 2 * line - 3
            draw.line((MARGIN, hy, width - MARGIN, hy), fill=_tint(soft, paper_, 0.3), width=1)
        elif name == "t18kv":
            (at,) = m
            room = width - 2 * MARGIN
            draw_as(draw, (MARGIN, y), r[1], font, int(size * 0.92), ink)
            sface = load_font(font, int(size * 0.66))
            draw.text((MARGIN, y + line * 0.92), r[2], font=sface, fill=soft)
            vface = load_font(font, size)
            draw.text((width - MARGIN - vface.getlength(r[3]), y), r[3], font=vface, fill=ink)
            hy = top_y + 2 * line - 3
            draw.line((MARGIN, hy, MARGIN + room, hy), fill=_tint(soft, paper_, 0.3), width=1)
            del at
        elif name == "t18ar":
            face = load_font(KUFI, int(size * 1.3))
            tw = face.getlength(r[1])
            draw.text(((width - tw) / 2, top_y + line * 1.25), r[1], font=face, fill=ink, anchor="ls")
        elif name == "t18xr":
            seed, variant = m
            _xorai(page, width / 2, top_y + line * 0.05, line * 2.85, seed, variant)
            draw = ImageDraw.Draw(page)
        elif name == "t18bd":
            (seed,) = m
            _band(page, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.9, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t18gi":
            (tilt,) = m
            page = _gi(page, width - MARGIN, top_y, line, r[1], font, tilt)
            draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "shavings":
            page = _shavings(page, what[1])
        elif what[0] == "spike":
            page = _spike(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout315's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the sheet of hammered brass a page is photographed lying on."""
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
    f = (style.get("h318") or {}).get("frame")
    if f and f[0] == "brass":
        image = _brass_frame(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout318 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Bipani's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_SHORT, SHOP_TOWN]
BUYERS = [
    ("Anupam Bora", "State Bank of India"),
    ("Pallavi Sarma", "HDFC Bank"),
    ("Rituraj Gogoi", "Axis Bank"),
    ("Mitali Choudhury", "UCO Bank"),
    ("Debajit Hazarika", "Assam Gramin Vikash Bank"),
    ("Nilakshi Barua", "ICICI Bank"),
    ("Sanjib Goswami", "Punjab National Bank"),
    ("Farhana Begum", "Bandhan Bank"),
]
NOTES = [
    "xorai for wedding",
    "kahi bati set",
    "taal pair",
    "bihu gift",
    "naamghar bell",
    "bota + xorai",
]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "HDFC Bank": "HDFC",
        "Axis Bank": "Axis",
        "UCO Bank": "UCO",
        "Assam Gramin Vikash Bank": "AGVB",
        "ICICI Bank": "ICICI",
        "Punjab National Bank": "PNB",
        "Bandhan Bank": "Bandhan",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Kanh Shilpa Bipani or the society: PhonePe Business on the Bipani's phone (the Bipani
    under the app's bar; a tile's tick, Money received, the sum set large, "from <buyer>"; Transaction ID,
    UTR, Received on and Credited to in dot leaders in a rounded card); BHIM set in Assamese ("আজি, <hour>"
    (today); a large round tick, "পৰিশোধ সফল হ'ল" (payment successful), the sum, "প্ৰাপক" (recipient) over the
    payee; "লেনদেনৰ বিৱৰণ" (transaction details) with each label's Assamese over its English small and its
    value at the right: UPI সন্দৰ্ভ নং · UPI Ref No., একাউণ্টৰ পৰা · From account, টোকা · Note; no day);
    Navi's UPI payment failed under a red ribbon (the sum, "to <payee>", the reason in a notice; Navi
    transaction ID, UPI Ref No., Attempted on and Account in a table ruled on every side); CRED's payment in
    progress on its dark screen (a spinner, the sum, "to <payee>", its stages across the page, a notice; each
    value over its label: UPI Ref No., Started at, Paying from); Groww's UPI payment with its details folded
    away (a tile's tick, Paid successfully, the sum, "to <payee>", the day and hour, Paid from; "Transaction
    details" closed; no reference); Jupiter's payment on a scalloped badge (Payment successful, the sum, "Paid
    to" over the payee; UPI Ref No, Date & time, Paid from and Note in a striped table); YONO SBI's payment on
    a tinted band (Transaction Successful, the sum; Paid to, UPI Ref. No., Date, From A/c in dot leaders);
    MobiKwik's payment in a capsule (Payment Successful, the sum, "to <payee>"; a copyable UPI Ref. No.; Date
    and Paid from in tiles). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=250, high=26000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    note_ = rng.choice(NOTES)
    if k in (0, 5) and rng.random() < 0.5:
        season(j, rng, DOUL, DOUL_DAYS)
    if k == 0:
        p = phone(rng, font, k, ["", "PhonePe Business"], dark=False, buttons=("Share", "Done"))
        band(p, (95, 37, 159))
        name = pick(p, "small", [SHOP, SHOP_CAPS])
        bar(p, "PhonePe Business", name, merchant=name)
        h287.tile(p, status)
        p.add("center", "Money received", status=status)
        h275.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("small", f"from {who}")
        p.add("gap")
        c = card_open(p)
        tid = f"T{j.date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 12)}"
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "UTR", j.ref, at=0.36, txn=(UTR_RANK, j.ref), method="UPI")
        dots(p, "Received on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        dots(p, "Credited to", f"SBI XX{digits(rng, 4)}", at=0.36)
        card_close(p, c)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("শ্বেয়াৰ", "সম্পূৰ্ণ"))
        band(p, (0, 98, 65))
        app_head(p, "BHIM", "UPI")
        asm(p, f"আজি, {hhmm(rng, lower=False)}", scale=0.8, soft=True)
        sicon(p, status)
        asm(p, "পৰিশোধ সফল হ'ল", bold=True, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        asm(p, "প্ৰাপক", scale=0.8, soft=True)
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        asm(p, "লেনদেনৰ বিৱৰণ", align="l", bold=True, scale=0.9)
        as_kv(p, "UPI সন্দৰ্ভ নং", "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        as_kv(p, "একাউণ্টৰ পৰা", "From account", f"{sb} XX{last4}", method="UPI")
        as_kv(p, "টোকা", "Note", note_)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Navi"], dark=False, buttons=("Try again",))
        band(p, (20, 48, 120))
        app_head(p, "Navi", "UPI")
        h275.ribbon(p, "PAYMENT FAILED", (190, 36, 44))
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount, status=status)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "Your bank did not approve this payment in time. Any amount debited will be refunded to your "
            "account in 3-5 working days.",
            "error",
        )
        nid = f"NAVI{j.date:%y%m%d}{code(rng, 10, UPPER + '0123456789')}"
        grid(
            p,
            "nv",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Navi transaction ID", nid], {"txn": (TXN_RANK, nid)}),
                (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Account", f"{sb} XX{last4}"], {"method": "UPI"}),
            ],
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "CRED"], dark=True, buttons=("Check status",))
        app_head(p, "CRED", "pay via UPI")
        h279.spinner(p, (226, 170, 60))
        p.add("center", "payment in progress", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        h289.steps(p, ["debited", "with bank", "credited"], 1, status)
        boxed(
            p,
            "The receiver's bank is taking longer than usual. Don't pay again; we'll notify you as soon as "
            "it "
            "is done.",
            "warn",
        )
        vlab(p, "UPI Ref No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(
            p, "started at", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%y"], (", ",)), bold=False, date=j.date
        )
        vlab(p, "paying from", f"{sb} {masked(p.font)}{last4}", bold=False, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Groww"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 178, 140))
        app_head(p, "Groww", "UPI")
        h287.tile(p, status)
        p.add("center", "Paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (" at ",)), date=j.date)
        p.add("gap")
        kvr(p, "Paid from", f"{sb} {masked(p.font)}{last4}", method="UPI")
        h269.kind(p, "gwx", [(0.0, 0.8, "l"), (0.8, 1.0, "r")], "line")
        h269.row(p, "gwx", "Transaction details", sign(p.font, "\u2304", "v"))
        p.add("small", "Split with friends  |  Pay again")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Jupiter"], dark=False, buttons=("Share", "Done"))
        band(p, (234, 92, 60))
        app_head(p, "Jupiter", "Pay via UPI")
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        zebra(
            p,
            "jp",
            [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
            ["Details", ""],
            [
                (["UPI Ref No", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Paid from", f"Federal Bank {masked(p.font)}{last4}"], {"method": "UPI"}),
                (["Note", note_], {}),
            ],
            (234, 92, 60),
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "YONO SBI"], dark=False, buttons=("Share", "Home"))
        band(p, (40, 0, 110))
        app_head(p, "YONO SBI", "UPI")
        h269.strip(p, "Transaction Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = rng.choice([SHOP_CAPS, CUT])
        at = 0.36
        dots(p, "Paid to", name, at=at, merchant=name)
        dots(p, "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        dots(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
        dots(p, "From A/c", f"XXXXXXX{last4}", at=at, method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "MobiKwik"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 84, 166))
    app_head(p, "MobiKwik", "UPI")
    pill(p, "Payment Successful", status)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    copyrow(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    tiles2(
        p,
        ("Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        ("Paid from", f"{sb} XX{last4}"),
        date=j.date,
        method="UPI",
    )
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


AGMC = "Assam Government Marketing Corporation Ltd."
AGMC_MID = "Assam Govt. Marketing Corpn. Ltd."
AGMC_AS = "অসম চৰকাৰী বিপণন নিগম লিমিটেড"
RAJ_BHAVAN = "Office of the Governor of Assam (Raj Bhavan), Guwahati"
THALI = "Thali & Co. Hospitality Pvt. Ltd."
KANSA = "Kansa Kitchen Stores Pvt. Ltd."
BORHAT = "Borhat Tea Estate Club"
KAMRUPA = "Hotel Kamrupa Regency Pvt. Ltd."
SALKIA = "Shibtala Sarbojanin Durgotsab Samity"
RESIDENCY = "Hotel Brahmaputra Residency"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the society: the Assam Government Marketing Corporation's PAYMENT
    ADVICE under its Assamese name for the bell metal its Pragjyotika emporia bought (Memo No. and Dated on a
    line; "To, The Secretary," and the society; Bill No. | Bill Date | Bill Amount | TDS-GST 2% | Net on
    hairline rows between rules in bold, the Net total; "The net amount of Rs. x/- has been released to your
    account ... by NEFT / RTGS vide UTR ..."; the Manager (Accounts)'s signature and the corporation's round
    seal); the Government e-Marketplace's payment status for the Raj Bhavan's order of xorais (Payment Status:
    Paid in a capsule; Order ID, Buyer, Seller, CRAC No., Bill ID, Amount paid, Payment Mode, Payment Date,
    Transaction Ref. (UTR) against a gutter); Kotak Fyn's corporate banking with a Mumbai restaurant group's
    RTGS pending its checker (its stages top to bottom, a notice; labels small over their values two to a
    row: Payment Ref No. and Payment Type, Beneficiary Name and Amount, Value Date and Maker); RazorpayX's
    payout mail from a Bengaluru kitchenware store (its sentence; Payout ID, UTR, Amount, Mode, Beneficiary,
    Processed on, Purpose at the left and the right in a rounded card); a tea estate club's Google Chat space
    under its "Today" divider (the writer, bold, and the hour; "Paid ₹x to <payee> via IMPS against bill
    ... Ref ..."; a reply; no day); IndusInd Bank's Indus Direct with a Guwahati hotel's NEFT returned in an
    octagon (the reason in a notice; Reference No. :, Beneficiary :, Amount :, Payment Date :, Return Reason :
    with colons); a Howrah puja committee's letter written in its treasurer's hand on its printed letterhead
    (Date written; "To, The Secretary," and the society written; "We have today paid Rs. x/- to <payee> by
    NEFT towards ..."; his signature; no reference); a Guwahati hotel's PAYMENT VOUCHER printed from Marg ERP
    (Voucher No. and Date; Paid to; Particulars | Amount in a table ruled on every side; Mode, Bank and
    UTR / Chq. No. in dot leaders; the sum in words; Prepared by, Checked by and Authorised by boxes). All new
    here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=14000, high=280000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        asm(p, AGMC_AS, bold=True, scale=0.98)
        top(p, pick(p, "title", [AGMC, AGMC_MID]))
        p.add(
            "small",
            "(A Government of Assam Undertaking)  |  Pragjyotika emporia  |  Ambari, Guwahati - 781001",
        )
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        memo = f"AGMC/ACC/PMT/{rng.randrange(100, 990)}/{fy(j.date)}"
        cols(
            p,
            "ag0",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Memo No. {memo}",
            f"Dated {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [f"{FIRM},", f"{FIRM_MID},", f"{FIRM_SHORT},"])[:-1]
        p.add("left", f"{name},", merchant=name)
        p.add("left", f"{TOWN}.")
        prose(
            p, "Sub: Release of payment against your bills for bell metal utensils supplied to Pragjyotika."
        )
        spec = [(0.0, 0.28, "l"), (0.28, 0.46, "l"), (0.46, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        h269.kind(p, "agh", spec, "line", bold=(0, 1, 2, 3, 4))
        p.add("rule")
        h269.row(p, "agh", "Bill No.", "Bill Date", "Bill Amount", "TDS-GST 2%", "Net")
        nets = []
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "SBMC"):
            tds = round(v / 1.05 * 0.02, 2)
            net = round(v - tds, 2)
            nets.append(net)
            cols(p, "agl", spec, no_, when(day, "%d.%m.%y"), num(v), num(tds), num(net), mode="line")
        j.amount = round(sum(nets), 2)
        total(p, "Net", num(j.amount, "indian"), at=0.64)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        prose(
            p,
            f"The net amount of Rs. {num(j.amount, 'indian')}/- has been released to your account with "
            f"{BANK_LINE} by {way} vide UTR {utr}. TDS under GST has been deducted as per Section 51 of the "
            "CGST Act.",
            amount=j.amount,
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        h269.seal(p, "ASSAM GOVT. MARKETING CORPN. LTD.", ["ACCOUNTS", "GUWAHATI"], "blue")
        sig(p)
        p.add("right", "Manager (Accounts)")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "gem.gov.in/payment/order-payment-status")
        p.part = "head"
        top(p, "GeM")
        p.add("small", "Government e-Marketplace  |  Order payment status")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment Status: Paid", status, align="l")
        p.add("gap")
        oid = f"GEMC-5116877{digits(rng, 8)}"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        seller = rng.choice([FIRM_CAPS, FIRM])
        at = 0.36
        gutter(p, "gm", "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
        gutter(p, "gm", "Buyer", RAJ_BHAVAN, at=at)
        gutter(p, "gm", "Seller", seller, at=at, merchant=seller)
        gutter(p, "gm", "CRAC No.", f"CRAC-{digits(rng, 9)}", at=at)
        gutter(p, "gm", "Bill ID", f"BILL-{j.date:%y}{digits(rng, 7)}", at=at)
        gutter(p, "gm", "Amount paid", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "gm", "Payment Mode", f"PFMS e-payment ({way})", at=at, method="netbanking")
        gutter(p, "gm", "Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=at, date=j.date)
        gutter(p, "gm", "Transaction Ref. (UTR)", utr, at=at, txn=(UTR_RANK, utr))
        p.add(
            "small", "Items: bell metal xorai with cover, 12 in; brass bota  |  Consignee: Raj Bhavan store"
        )
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "fyn.kotak.com/payments/approvals/pending")
        p.part = "head"
        top(p, "Kotak Fyn")
        p.add("small", f"Kotak Mahindra Bank  |  {THALI}, Mumbai")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        p.add("left", f"Single payment - {way}", status=status)
        h271.step(p, "Created", f"by maker, {hour12(rng.randrange(10, 13), rng.randrange(60))}", "done")
        h271.step(p, "Checker approval", "awaiting second user", "pending")
        h271.step(p, "Sent to beneficiary bank", "", "todo")
        boxed(
            p,
            "This payment is waiting for the checker's approval. It will not be processed until it is "
            "approved.",
            "warn",
        )
        ref = f"KFYN{digits(rng, 11)}"
        name = rng.choice([FIRM_SHORT.upper(), CUT])
        two_up(
            p,
            "kf1",
            ("Payment Ref No.", ref),
            ("Payment Type", way),
            txn=(BANK_RANK, ref),
            method="netbanking",
        )
        p.add("gap")
        two_up(p, "kf2", ("Beneficiary Name", name), ("Amount", rs(j.amount)), merchant=name, amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "kf3",
            ("Value Date", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])),
            ("Maker", "accounts.thaliandco"),
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 14000, 120000, 0.3)
        p = mail_page(
            rng,
            font,
            "RazorpayX Payouts <no-reply@razorpay.com>",
            [f"{KANSA.split(' Pvt')[0]} has sent you a payout", "Payout processed to your bank account"],
        )
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", "Payouts")
        p.add("rule")
        p.part = "body"
        prose(p, f"{KANSA}, Bengaluru has sent you a payout. It has been processed to your bank account.")
        p.add("gap")
        c = card_open(p)
        pid = f"pout_{code(rng, 14, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789')}"
        name = rng.choice([FIRM_SHORT, CUT])
        kvr(p, "Payout ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Amount", rs(j.amount), amount=j.amount, status=status)
        kvr(p, "Mode", "IMPS", method="netbanking")
        kvr(p, "Beneficiary", name, merchant=name)
        kvr(p, "Processed on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Purpose", "vendor bill")
        card_close(p, c)
        p.add("small", "You received this mail because a RazorpayX business paid you.")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(30, 300) * 100)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["paper"] = (250, 251, 253)
        p.part = "head"
        bold_row(p, "gc0", "Vendor payments", scale=1.1)
        p.add("small", f"Google Chat  |  {BORHAT}, Jorhat  |  Space")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(9, 17)
        h269.kind(p, "gc1", [(0.0, 0.6, "l"), (0.6, 1.0, "l")], "plain", bold=(0,))
        h269.row(p, "gc1", "Ranjit Phukan", hour12(hour, rng.randrange(60)))
        name = pick(p, "left", [FIRM_SHORT, SHOP])
        prose(
            p,
            f"Paid {rupee_of(p.font)}{num(j.amount, 'indian', 0)} to {name} via IMPS against bill "
            f"SBMC/{fy(j.date)}/{rng.randrange(100, 700)} for the club's bell metal trophies and xorais. Ref "
            f"{j.ref}",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("gap")
        h269.row(p, "gc1", "Rupali Dutta", hour12(hour + 1, rng.randrange(60)))
        p.add("left", "Noted. The trophies reach by Friday.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "indusdirect.indusind.com/payments/status")
        p.part = "head"
        top(p, "IndusInd Bank")
        p.add("small", f"Indus Direct  |  {KAMRUPA}, Guwahati")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "NEFT returned", status=status)
        boxed(
            p,
            "The beneficiary bank returned this payment: the beneficiary's name does not match the account. "
            "The amount has been credited back to your account.",
            "error",
        )
        ref = f"INDBN{digits(rng, 11)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        name = rng.choice([FIRM_SHORT.upper(), CUT])
        h271.colkv(p, "ib", spec, "Reference No. :", ref, txn=(BANK_RANK, ref))
        h271.colkv(p, "ib", spec, "Beneficiary :", name, merchant=name)
        h271.colkv(p, "ib", spec, "Amount :", rs(j.amount), amount=j.amount, method="netbanking")
        h271.colkv(p, "ib", spec, "Payment Date :", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        h271.colkv(p, "ib", spec, "Return Reason :", "R20 - name mismatch")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(20, 160) * 500)
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(250, 248, 238), (248, 246, 240)])
        p.part = "head"
        top(p, SALKIA)
        p.add("small", "Estd. 1952  |  12/3 Shibtala Lane, Salkia, Howrah - 711106")
        p.add("rule")
        p.part = "body"
        hand(p, f"Date: {when(j.date, rng.choice(['%d/%m/%Y', '{d}.%m.%Y']))}", align="r", date=j.date)
        hand(p, "To,")
        hand(p, "The Secretary,")
        name = rng.choice([FIRM_SHORT, "Sarthebari Bell Metal Co-op"])
        hand(p, f"{name},", merchant=name)
        hand(p, "Sarthebari, Barpeta, Assam.")
        p.add("gap")
        hand(p, "Dear Sir,")
        hand(
            p,
            f"We have today paid Rs. {num(j.amount, 'indian', 0)}/- to your society by NEFT towards the 2 "
            "bell "
            "metal ghantas and 51 kahis ordered for our Durga Puja. Kindly send the goods by the first week.",
            amount=j.amount,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        hand(p, "Yours faithfully,")
        sig(p)
        hand(p, "Treasurer", align="r")
        return p.done()
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    top(p, pick(p, "title", [RESIDENCY, "Brahmaputra Residency"]))
    p.add("small", f"G.S. Road, Guwahati - 781005  |  GSTIN {gstin_of(rng, '18', 'C')}")
    p.add("rule")
    p.add("center", "PAYMENT VOUCHER")
    p.part = "body"
    vno = f"PV/{fy(j.date)}/{rng.randrange(100, 990)}"
    cols(
        p,
        "mg0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Voucher No.: {vno}",
        f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
        date=j.date,
        txn=(INVOICE_RANK, vno),
    )
    name = pick(p, "left", [f"Paid to: {FIRM}", f"Paid to: {FIRM_MID}", f"Paid to: {FIRM_SHORT}"])[9:]
    p.add("left", f"Paid to: {name}", merchant=name)
    lines = [
        ([f"Bill {no_} dt. {when(day, '%d/%m/%y')}", num(v)], {})
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 3), "SBMC")
    ]
    grid(
        p,
        "mgg",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        ["Particulars", "Amount"],
        lines,
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "HDFC Bank", way)
    dots(p, "Mode", way, at=0.4, method="netbanking", status=status)
    dots(p, "Bank", "HDFC Bank, G.S. Road", at=0.4)
    dots(p, "UTR / Chq. No.", utr, at=0.4, txn=(UTR_RANK, utr))
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    p.add("gap")
    grid(
        p,
        "mgs",
        [(0.0, 0.33, "c"), (0.33, 0.66, "c"), (0.66, 1.0, "c")],
        ["Prepared by", "Checked by", "Authorised by"],
        [(["", "", ""], {}), (["", "", ""], {})],
    )
    p.add("small", "Printed from Marg ERP 9+")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Assam Association of Sydney Inc.", "Sydney, Australia", "AUD", 900, 9000, "westpac"),
    ("Kura & Co. Interiors K.K.", "Osaka, Japan", "JPY", 150000, 1500000, "mizuho"),
    ("Nordlys Design AS", "Oslo, Norway", "NOK", 8000, 90000, "dnb"),
    ("Al Waha Hotels & Resorts W.L.L.", "Doha, Qatar", "QAR", 4000, 40000, "qnb"),
    ("Spice Route Kitchen Ltd.", "Hong Kong", "HKD", 6000, 60000, "hangseng"),
    ("Brickfields Pooja Mart Sdn. Bhd.", "Kuala Lumpur, Malaysia", "MYR", 1500, 16000, "rhb"),
    ("Hygge & Handverk ApS", "Copenhagen, Denmark", "DKK", 6000, 60000, "nordea"),
    ("Durban Spice & Brass Emporium (Pty) Ltd", "Durban, South Africa", "ZAR", 8000, 80000, "standard"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: Australian dollars with AUD or A$; yen whole with JPY or the yen's
    sign; Norwegian kroner the Norwegian way (12 345,00 kr or NOK 12 345,00); Qatari riyals with QAR before or
    after; Hong Kong dollars with HKD or HK$; ringgit with MYR or RM; Danish kroner the Danish way (12.345,00
    kr. or DKK 12.345,00); South African rand with ZAR or R."""
    yen = "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}"
    forms = {
        "AUD": ["AUD {v}", "A${v}"],
        "JPY": ["JPY {w}", yen],
        "NOK": ["NOK {n}", "{n} kr"],
        "QAR": ["QAR {v}", "{v} QAR"],
        "HKD": ["HKD {v}", "HK${v}"],
        "MYR": ["MYR {v}", "RM {v}"],
        "DKK": ["DKK {d}", "{d} kr."],
        "ZAR": ["ZAR {v}", "R{v}"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(
            v=english,
            w=f"{v:,.0f}",
            n=english.replace(",", " ").replace(".", ","),
            d=english.replace(",", "_").replace(".", ",").replace("_", "."),
        )

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Assamese associations, restaurants, hotels, temple stores and design shops abroad paying the society
    for its xorais, kahis, bell metal thalis, taals and bells: Westpac Live's receipt of a payment to an
    overseas account in Australian dollars (Sent in a capsule; Receipt number, Payment date, Amount sent,
    Payee, Payee's bank, Charges in shaded labels); Mizuho Business WEB's overseas remittance in yen told in a
    sentence, its day year first with slashes (a large round tick; "Your overseas remittance of <sum> to
    <payee> was completed on <yyyy/mm/dd>."; Remittance charges and Debit account at the left and the right;
    no reference); DNB Bedrift's foreign payment in Norwegian kroner the Norwegian way (Betalt / Paid; each
    label's Norwegian and its English after a slash in dot leaders: Referanse / Reference, Mottaker /
    Recipient, Beløp / Amount, Betalingsdato / Payment date, Gebyr / Charges); QNB Business Online under its
    Arabic name with a transfer in Qatari riyals pending authorisation (a capsule, its stages across the page,
    a notice; Transaction Ref:, Beneficiary:, Amount:, Value Date:, Charges: with colons); Hang Seng Bank's
    business app with a remittance sent in Hong Kong dollars ("Today, <hour>"; a tile's tick, Remittance sent,
    the sum, "to <payee>"; Reference No. and Charges in tiles; From account; no day); RHB Reflex' foreign
    telegraphic transfer in ringgit (each label's Malay and its English after a slash in a striped table:
    Rujukan / Reference, Penerima / Beneficiary, Amaun / Amount, Tarikh / Date, Caj / Charges, Status);
    Nordea's Netbank Erhverv with a payment in Danish kroner the Danish way returned on a tinted band (the
    reason in a notice; Modtager / Beneficiary, Beløb / Amount, Dato / Date, Reference, Årsag / Reason in a
    table ruled on every side); Standard Bank's NOTIFICATION OF PAYMENT in South African rand (its sentence;
    Date:, Reference number:, Beneficiary:, Bank:, Amount:, Charges: with colons; its disclaimer). All new
    here."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    payer, city, cur, lo, hi_, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi_ // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "westpac":
        p = browser_page(rng, font, "banking.westpac.com.au/secure/banking/payments/receipt")
        p.part = "head"
        top(p, "Westpac")
        p.add("small", f"Westpac Live  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment to an overseas account")
        pill(p, "Sent", status, align="l")
        p.add("gap")
        ref = f"WBCIT{digits(rng, 9)}"
        name = rng.choice([FIRM_SHORT, CUT])
        at = 0.34
        kv(p, "Receipt number", ref, at=at, txn=(BANK_RANK, ref))
        kv(p, "Payment date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %B %Y"])), at=at, date=j.date)
        kv(p, "Amount sent", show(j.amount), at=at, **sum_)
        kv(p, "Payee", name, at=at, merchant=name)
        kv(p, "Payee's bank", "State Bank of India, Sarthebari, India", at=at)
        kv(p, "Charges", "Shared (SHA)", at=at, method="netbanking")
        return p.done()
    if frame == "mizuho":
        p = browser_page(rng, font, "www.bizweb.mizuhobank.co.jp/remittance/overseas/result")
        p.part = "head"
        top(p, "Mizuho Business WEB")
        p.add("small", f"Mizuho Bank  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Overseas remittance completed", status=status)
        p.add("gap")
        name = rng.choice([me, FIRM_SHORT])
        prose(
            p,
            f"Your overseas remittance of {show(j.amount)} to {name} was completed on "
            f"{when(j.date, '%Y/%m/%d')}.",
            merchant=name,
            date=j.date,
            **sum_,
        )
        p.add("gap")
        kvr(
            p,
            "Remittance charges",
            f"JPY {rng.choice(['2,500', '4,000', '5,500'])} (SHA)",
            method="netbanking",
        )
        kvr(p, "Debit account", f"Ordinary {masked(p.font, 3)}{digits(rng, 4)}")
        return p.done()
    if frame == "dnb":
        p = browser_page(rng, font, "bedrift.dnb.no/betaling/utland/kvittering")
        p.part = "head"
        top(p, "DNB")
        p.add("small", f"DNB Bedrift  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Utenlandsbetaling / Foreign payment")
        p.add("left", "Betalt / Paid", status=status)
        p.add("gap")
        ref = f"DNB{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([me, CUT])
        at = 0.5
        dots(p, "Referanse / Reference", ref, at=at, txn=(BANK_RANK, ref))
        dots(p, "Mottaker / Recipient", name, at=0.36, merchant=name)
        dots(p, "Beløp / Amount", show(j.amount), at=at, bold=True, **sum_)
        dots(p, "Betalingsdato / Payment date", when(j.date, "%d.%m.%Y"), at=at, date=j.date)
        dots(p, "Gebyr / Charges", "Delt (SHA)", at=at, method="netbanking")
        return p.done()
    if frame == "qnb":
        p = browser_page(rng, font, "businessonline.qnb.com/transfers/international/pending")
        p.part = "head"
        ar = "\u0628\u0646\u0643 \u0642\u0637\u0631 \u0627\u0644\u0648\u0637\u0646\u064a"
        arabic(p, ar)
        top(p, "QNB Business Online")
        p.add("small", f"Qatar National Bank  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International transfer")
        chip(p, "Pending authorisation", status)
        h289.steps(p, ["Created", "Authorised", "Sent", "Credited"], 1, status)
        boxed(
            p, "This transfer is waiting for the second signatory's authorisation before it is sent.", "warn"
        )
        ref = f"QNB{digits(rng, 12)}"
        name = rng.choice([me, CUT])
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        h271.colkv(p, "qn", spec, "Transaction Ref:", ref, txn=(BANK_RANK, ref))
        h271.colkv(p, "qn", spec, "Beneficiary:", name, merchant=name)
        h271.colkv(p, "qn", spec, "Amount:", show(j.amount), **sum_)
        h271.colkv(
            p, "qn", spec, "Value Date:", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), date=j.date
        )
        h271.colkv(p, "qn", spec, "Charges:", "SHA - shared", method="netbanking")
        return p.done()
    if frame == "hangseng":
        p = phone(rng, font, k, ["", "Hang Seng Business"], dark=False, buttons=("Done",))
        band(p, (0, 120, 100))
        app_head(p, "Hang Seng Business", "Remittance")
        p.add("small", f"Today, {hhmm(rng, twelve=False)}")
        h287.tile(p, status)
        p.add("center", "Remittance sent", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"HS{digits(rng, 12)}"
        tiles2(p, ("Reference No.", ref), ("Charges", "SHA"), txn=(BANK_RANK, ref), method="netbanking")
        kvr(p, "From account", f"HKD Current {masked(p.font, 3)}{digits(rng, 3)}")
        p.add("small", f"{payer}  |  Hong Kong")
        return p.done()
    if frame == "rhb":
        p = browser_page(rng, font, "reflex.rhbgroup.com/payments/ftt/receipt")
        p.part = "head"
        top(p, "RHB Reflex")
        p.add("small", f"RHB Bank  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Pemindahan Telegraf Asing / Foreign Telegraphic Transfer")
        p.add("gap")
        ref = f"RHBFTT{digits(rng, 10)}"
        name = rng.choice([FIRM_SHORT.upper(), CUT])
        zebra(
            p,
            "rh",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Butiran / Details", ""],
            [
                (["Rujukan / Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Penerima / Beneficiary", name], {"merchant": name}),
                (["Amaun / Amount", show(j.amount)], sum_),
                (["Tarikh / Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"]))], {"date": j.date}),
                (["Caj / Charges", "SHA"], {"method": "netbanking"}),
                (["Status", "Berjaya / Successful"], {"status": status}),
            ],
            (0, 80, 150),
        )
        return p.done()
    if frame == "nordea":
        p = browser_page(rng, font, "netbank.nordea.dk/erhverv/betalinger/udland")
        p.part = "head"
        top(p, "Nordea")
        p.add("small", f"Netbank Erhverv  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Betalingen er returneret / Payment returned", status)
        boxed(
            p,
            "The beneficiary's bank returned the payment: the account could not be credited (invalid account "
            "details). The amount less charges has been credited back to your account.",
            "error",
        )
        name = rng.choice([me, CUT])
        ref = f"NDEA{digits(rng, 10)}"
        grid(
            p,
            "nd",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Modtager / Beneficiary", name], {"merchant": name}),
                (["Beløb / Amount", show(j.amount)], sum_),
                (["Dato / Date", when(j.date, "%d.%m.%Y")], {"date": j.date}),
                (["Reference", ref], {"txn": (BANK_RANK, ref), "method": "netbanking"}),
                (["Årsag / Reason", "AC01 - forkert kontonummer"], {}),
            ],
        )
        return p.done()
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    top(p, "Standard Bank")
    p.add("small", "The Standard Bank of South Africa Limited  |  Reg. No. 1962/000738/06")
    p.add("rule")
    p.add("center", "NOTIFICATION OF PAYMENT")
    p.part = "body"
    prose(
        p,
        f"Standard Bank confirms that the payment below was made from the account of {payer}, {town}, on the "
        "instruction of the account holder.",
        status=status,
    )
    p.add("gap")
    ref = f"SBSA{digits(rng, 10)}"
    name = rng.choice([me, CUT])
    spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
    h271.colkv(p, "sb", spec, "Date:", when(j.date, rng.choice(["%Y-%m-%d", "{d} %B %Y"])), date=j.date)
    h271.colkv(p, "sb", spec, "Reference number:", ref, txn=(BANK_RANK, ref))
    h271.colkv(p, "sb", spec, "Beneficiary:", name, merchant=name)
    h271.colkv(p, "sb", spec, "Bank:", "State Bank of India, Sarthebari (SBININBB)")
    h271.colkv(p, "sb", spec, "Amount:", show(j.amount), **sum_)
    h271.colkv(p, "sb", spec, "Charges:", "Shared (SHA)", method="netbanking")
    p.add("gap")
    prose(
        p,
        "This notification is not a guarantee that the funds have reached the beneficiary's account.",
        "small",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the society's own papers


GUWAHATI = ("Mrs. Pallavi Sarma", "Zoo Road, Guwahati, Assam", "Assam (18)")
PATRONS = [
    ("Hotel Prag Continental, Guwahati", "Hotel Prag"),
    ("Sri Sri Barpeta Satra", "Barpeta Satra"),
    ("Cotton University Alumni Assn.", "Cotton Univ. Alumni"),
    ("Dr. Rituraj Gogoi, Nalbari", "Dr. R. Gogoi"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's own papers, its Bipani or itself on top: Kanh Shilpa Bipani's TAX INVOICE under a xorai,
    its Assamese name and a strip of beaten bell metal, to a Guwahati buyer (Invoice No. and Date, Billed to
    and Place of Supply two to a row; Sl. | Description | HSN | Qty | Rate | Amount on hairline rows under a
    heading in bold; Taxable Value, CGST 2.5% and SGST 2.5% at the left and the right, Grand Total under a
    rule and a double rule; the sum in words; "Paid by UPI, UTR ..."; the GI label; curls of metal and a file
    in its margins); the Doul stall's CASH MEMO in the Doul's days, photographed lying on a sheet of hammered
    brass (the Bipani's Assamese name over its English, "বৰপেটা দ'ল উৎসৱ" (Barpeta Doul festival), "নগদ মেমো"
    (cash memo); তাৰিখ (Date) and নাম (Name) on form lines with their English under the rule; the wares
    written in an Assamese hand with their sums, "মুঠ" (total), "নগদ বুজি পালোঁ" (received in cash); no
    reference); Easebuzz' checkout for the web shop with the payment pending (the shop on top, the sum, a
    progress bar, a notice; labels small over their values two to a row: Transaction ID and Order ID, Payment
    mode and Initiated on); OkCredit on the Bipani's phone ("Today, <hour>"; the Bipani under the app's bar,
    the customer, Payment received and the sum in a rounded card, "via UPI", the UPI Ref; Balance due; no
    day); Cashfree's payment link with a card payment failed under a large round cross (the shop on top, the
    reason in a notice; Link ID, Amount, Payment method, Cashfree Ref ID and Attempted on in dot leaders); the
    society's MONEY RECEIPT from its bill book, its counterfoil and its receipt filled in by hand across a
    perforation (No., Date, Received from, the sum, UPI Ref; the sum in words; a revenue stamp signed across);
    GoCoop's settlement mail for the society's orders (Settlement processed, its sentence; Seller, Settlement
    ID, UTR, Net payout, Orders, Commission, Credited on in a table ruled on every side); the Bipani's bill
    from Vyapar on a three-inch thermal roll (Invoice No. and Date; the wares, Sub Total, CGST 2.5%, SGST
    2.5%, Total typed in the printer's face; Received: UPI and its Ref). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=1500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [880, 920])
        p.part = "head"
        xorai(p)
        asm(p, SHOP_AS, bold=True, scale=1.1)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}")
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
        kanh_band(p)
        p.part = "body"
        p.add("center", "TAX INVOICE")
        ino = f"KSB/{fy(j.date)}/{rng.randrange(60, 1400):04d}"
        who, where, pos = GUWAHATI
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        cols(
            p,
            "ki0",
            spec,
            f"Invoice No.: {ino}",
            f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, ino),
            date=j.date,
        )
        cols(p, "ki0", spec, f"Billed to: {who}", f"Place of Supply: {pos}")
        p.add("left", where)
        spec2 = [
            (0.0, 0.06, "c"),
            (0.06, 0.42, "l"),
            (0.42, 0.53, "c"),
            (0.53, 0.61, "c"),
            (0.61, 0.8, "r"),
            (0.8, 1.0, "r"),
        ]
        h269.kind(p, "kih", spec2, "line", bold=(0, 1, 2, 3, 4, 5))
        h269.row(p, "kih", "Sl.", "Description", "HSN", "Qty", "Rate", "Amount")
        taxable = 0.0
        for n_, (item, hsn, q, price) in enumerate(wares(rng, rng.randrange(2, 5))):
            value = round(q * price, 2)
            taxable += value
            cols(p, "kil", spec2, str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value), mode="line")
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        kvr(p, "Taxable Value", num(taxable))
        kvr(p, "CGST 2.5%", num(gst))
        kvr(p, "SGST 2.5%", num(gst))
        total(p, "Grand Total", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add("left", f"Paid by UPI, UTR {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        gi_label(p, "METAL CRAFT")
        sig(p)
        p.add("right", f"for {SHOP}")
        shavings(p)
        return p.done()
    if k == 1:
        season(j, rng, DOUL, DOUL_DAYS)
        p = sheet(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 246, 234), (246, 244, 232)])
        p.part = "head"
        asm(p, SHOP_AS, bold=True, scale=1.15)
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        asm(p, "বৰপেটা দ'ল উৎসৱ, সত্ৰ প্ৰাংগণ", scale=0.82, soft=True)
        p.add("rule")
        asm(p, "নগদ মেমো", bold=True)
        p.part = "body"
        buyer = rng.choice(BUYERS)[0]
        as_line(p, "তাৰিখ", "Date", when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])), date=j.date)
        as_line(p, "নাম", "Name", al_fit(p, "নাম", [buyer, buyer.split()[0]]))
        start = len(p.rows)
        p.add("gap")
        total_ = 0
        for item, _hsn, q, price in wares(rng, rng.randrange(2, 4), high=3000):
            price = float(round(price / 50) * 50)
            v = int(q * price)
            total_ += v
            as_hand(p, f"{SHORT_AS[item]} {q} x {int(price)}", figure=str(v))
        j.amount = float(total_)
        as_hand(p, "মুঠ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.74], margin=None)
        p.add("gap")
        as_hand(p, "নগদ বুজি পালোঁ", method="cash", status=status)
        sig(p)
        asm(p, "কাঁহ শিল্প বিপণিৰ হৈ", align="r", scale=0.85)
        on_brass(p)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "pay.easebuzz.in/v2/pay/status")
        p.part = "head"
        name = pick(p, "title", [SHOP, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{WEB}  |  Secured by Easebuzz")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h294.progress(p, rng.uniform(0.4, 0.65), status)
        boxed(
            p,
            "We have not heard from your bank yet. Please do not retry; your order will be confirmed by "
            "e-mail "
            "as soon as the bank confirms the payment.",
            "warn",
        )
        tid = f"E{j.date:%y%m%d}{code(rng, 8, UPPER + '0123456789')}"
        oid = f"SK{rng.randrange(10000, 99999)}"
        two_up(p, "eb1", ("Transaction ID", tid), ("Order ID", oid), txn=(TXN_RANK, tid))
        p.add("gap")
        two_up(
            p,
            "eb2",
            ("Payment mode", "Net Banking - SBI"),
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            method="netbanking",
            date=j.date,
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "OkCredit"], dark=False, buttons=("Share",))
        band(p, (16, 120, 90))
        name = pick(p, "small", [SHOP, SHOP_CAPS])
        bar(p, "OkCredit", name, merchant=name)
        who = rng.choice(["Hotel Prag", "Anupam Bora", "Barpeta Satra"])
        bold_row(p, "okc", who, align="c")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        c = card_open(p)
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "via UPI", method="UPI")
        p.add("small", f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref))
        card_close(p, c)
        p.add("gap")
        kvr(p, "Balance due", f"{rupee_of(p.font)}0")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(40, 300) * 50)
        p = browser_page(rng, font, "payments.cashfree.com/links/status")
        p.part = "head"
        name = pick(p, "title", [SHOP, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", "Payment link  |  Order: bell metal thalis for a restaurant")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "The card issuer declined the payment (the card is not enabled for online transactions). You "
            "have "
            "not been charged.",
            "error",
        )
        lid = f"link_{code(rng, 10, LOWER)}"
        cfid = str(rng.randrange(2100000000, 2999999999))
        at = 0.42
        dots(p, "Link ID", lid, at=at, txn=(ORDER_RANK, lid))
        dots(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        dots(p, "Payment method", f"Credit card XX{digits(rng, 4)}", at=at, method="card")
        dots(p, "Cashfree Ref ID", cfid, at=at, txn=(TXN_RANK, cfid))
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(10, 80) * 1000)
        p = sheet(rng, font, [880, 920])
        p.style["paper"] = rng.choice([(250, 246, 236), (246, 246, 238)])
        p.part = "head"
        asm(p, FIRM_AS, bold=True, scale=0.95)
        name = pick(p, "title", [FIRM_MID, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{REGD}  |  {TOWN}")
        p.add("rule")
        cols(p, "mr0", [(0.0, 0.3, "c"), (0.33, 1.0, "c")], "COUNTERFOIL", "MONEY RECEIPT")
        p.part = "body"
        one_pen(p)
        start = len(p.rows)
        patron, short = rng.choice(PATRONS)
        no_ = str(rng.randrange(200, 1900))
        day_ = when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"]))
        at = 0.3
        h271.fill2(p, ("No.", no_), ("No.", no_), at, txn=(INVOICE_RANK, no_))
        h271.fill2(p, ("Date", day_), ("Date", day_), at, date=j.date)
        h271.fill2(p, ("From", short), ("Received from", patron), at)
        sum_ = f"{num(j.amount, 'indian', 0)}/-"
        h271.fill2(p, ("Rs.", sum_), ("the sum of Rs.", sum_), at, amount=j.amount)
        h271.fill2(
            p, ("By", "UPI"), ("by UPI, Ref", j.ref), at, method="UPI", status=status, txn=(UTR_RANK, j.ref)
        )
        h271.fill2(p, ("For", "advance"), ("towards", "advance for 2 xorais"), at)
        h271.perf(p, start, at)
        hand(p, f"(Rupees {spelt(j.amount)} only)", align="r")
        h271.revenue(p, "D. J. Kalita")
        p.add("right", "Secretary")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 9000, 140000, 0.1)
        p = mail_page(
            rng,
            font,
            "GoCoop Settlements <settlements@gocoop.com>",
            ["Your settlement has been processed", "GoCoop: settlement credited to your bank account"],
        )
        p.part = "head"
        top(p, "GoCoop")
        p.add("small", "Seller Central  |  Settlements")
        p.add("rule")
        p.part = "body"
        p.add("left", "Settlement processed", status=status)
        store = rng.choice([FIRM_SHORT, SHOP])
        prose(
            p,
            f"Dear {store}, your settlement for the orders delivered this cycle has been credited to your "
            "bank account.",
        )
        sid = f"GCS{j.date:%y%m}{digits(rng, 6)}"
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        grid(
            p,
            "gcs",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Settlement summary", ""],
            [
                (["Seller", store], {"merchant": store}),
                (["Settlement ID", sid], {"txn": (TXN_RANK, sid)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Net payout", rs(j.amount)], {"amount": j.amount, "method": "netbanking"}),
                (["Orders", str(rng.randrange(4, 40))], {}),
                (["Commission", num(round(j.amount * rng.uniform(0.08, 0.15), 2))], {}),
                (["Credited on", day_as(j, rng, ["%d %b %Y", "{d} %B %Y"])], {"date": j.date}),
            ],
            tint=(236, 226, 206),
        )
        p.add("small", "GoCoop Solutions & Services Pvt. Ltd.  |  This is an automated mail.")
        return p.done()
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Sarthebari, Barpeta, Assam")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    ino = f"{rng.randrange(120, 2400)}"
    typed(p, f"Invoice No.: {ino}", txn=(INVOICE_RANK, ino))
    typed(p, f"Date: {when(j.date, '%d-%m-%Y')}  {hhmm(rng)}", date=j.date)
    p.add("rule")
    sub = 0.0
    cols_ = h271.tt_cols(p)
    for item, _hsn, q, price in wares(rng, rng.randrange(2, 4), high=4200):
        typed(p, SHORT[item])
        left = f"  {q} x {price:.2f}"
        right_ = f"{q * price:.2f}"
        typed(p, left + right_.rjust(max(1, cols_ - len(left) - 2)))
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    for lbl, v in (("Sub Total", sub), ("CGST 2.5%", gst), ("SGST 2.5%", gst)):
        typed(p, lbl + f"{v:.2f}".rjust(max(1, cols_ - len(lbl) - 2)))
    typed(p, "Total" + f"{j.amount:.2f}".rjust(max(1, cols_ - 7)), amount=j.amount)
    p.add("rule")
    typed(p, "Received: UPI", method="UPI", status=status)
    typed(p, f"Ref: {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Thank you! Powered by Vyapar")
    return p.done()


# ---------------------------------------------------------------- 5. the society's suppliers


METAL_MERCHANT = "MAHAVIR METAL CORPORATION"
CHARCOAL = "Jayanta Nath"
UDAAN_SELLER = "Sri Balaji Industrial Supplies"
BRASS_SHEETS = "SHAKTI BRASS INDUSTRIES"
DELHIVERY = "Delhivery Ltd."
VISTAPRINT = "Vistaprint"
MECHANIC = "MAA KAMAKHYA ENGINEERING WORKS"
CARTONS = "NORTH EAST CORRUGATORS"
METALS = [
    ("Copper ingots (99.9%)", "7403", 780, 860),
    ("Tin ingots (99.85%)", "8001", 2650, 2950),
    ("Copper scrap, heavy", "7404", 690, 760),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's suppliers, each on top of its own paper: a Kolkata non-ferrous metal merchant's MONEY
    RECEIPT for the copper and tin the kanhars melt into bell metal, a printed form filled in by hand (No. and
    Date; "Received with thanks from M/s", "the sum of Rupees", "by RTGS No.", "dated" and "against Bill No."
    written on its dotted lines; Rs. in a box; a revenue stamp signed across); a Barpeta Road charcoal
    seller's chit in an Assamese hand written wholly in Assamese figures (his name in Latin letters at its
    head; "তাং" (date) and the day; the sacks of charcoal and the cart's hire with their sums, "মুঠ" (total),
    "নগদ বুজি পালোঁ" (received in cash); a tea cup's ring; no reference); Udaan's order of lathe belts and
    buffing compound with the payment pending (a capsule, its stages left to right, a notice; Order ID:, Sold
    by:, Amount:, Payment:, Ordered on: with colons); a Jagadhri brass sheet maker's PAYMENT RECEIPT from Zoho
    Invoice (Payment # and Payment Date, Reference Number and Payment Mode in dot leaders; Amount Received on
    a tinted panel and its words; Bill To; Invoice Number | Invoice Date | Invoice Amount | Payment Amount in
    a table ruled on every side); Delhivery's app with a parcel booked and paid ("Today, <hour>"; Delhivery
    under the app's bar, a large round tick, Shipment booked, the sum; each value over its label: Waybill,
    Payment ID, Paid via, Pickup; no day); Vistaprint's checkout for the GI labels and brochures with the card
    declined on a tinted band (the reason in a notice; labels small over their values two to a row: Order
    number and Amount, Card and Attempted on); a lathe mechanic's CASH MEMO, the carbon copy from his book
    (Date and M/s written in; the work and parts written in ruled columns, Total; "Recd. by GPay, Ref ..."
    written under it); a Guwahati carton maker's TAX INVOICE from myBillBook marked Paid (Invoice No. and its
    earlier Invoice Date; Item | Qty | Rate | Amount on hairline rows; CGST 9%, SGST 9% and Total in dot
    leaders; its Payment History: Date | Mode | Reference | Amount in a striped table). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=2000, high=160000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        top(p, METAL_MERCHANT, merchant=METAL_MERCHANT)
        p.add(
            "small",
            "Dealers in Copper, Tin, Zinc & Non-Ferrous Metals  |  28, Canning Street, Kolkata - 700001",
        )
        p.add("small", f"GSTIN {gstin_of(rng, '19', 'F')}  |  Ph. 033 2242 {digits(rng, 4)}")
        p.add("rule")
        p.add("center", "MONEY RECEIPT")
        p.part = "body"
        one_pen(p)
        value = sum(
            rng.randrange(lo, hi_) * rng.randrange(60, 200) for _n, _h, lo, hi_ in rng.sample(METALS, 2)
        )
        j.amount = round(value * 1.18, 0)
        rno = str(rng.randrange(1100, 4800))
        day_ = when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"]))
        filled(p, "No.", rno, txn=(INVOICE_RANK, rno))
        filled(p, "Date", day_, date=j.date)
        name = rng.choice([FIRM_SHORT, FIRM_MID])
        filled(p, "Received with thanks from M/s", name)
        filled(p, "the sum of Rupees", spelt(j.amount))
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        filled(
            p, f"by Cash / Cheque / {way} No.", utr, method="netbanking", status=status, txn=(UTR_RANK, utr)
        )
        filled(p, "dated", day_)
        filled(p, "against Bill No.", f"MMC/{fy(j.date)}/{rng.randrange(300, 3000)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        h271.revenue(p, "R. K. Jain")
        p.add("right", f"For {METAL_MERCHANT}")
        return p.done()
    if k == 1:
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(246, 242, 228), (242, 240, 226)])
        h287.decor(p, "tea")
        spike(p)
        p.part = "head"
        p.add("gap")
        hand(p, f"{CHARCOAL}  -  charcoal, Barpeta Road", merchant=CHARCOAL)
        p.part = "body"
        as_hand(p, f"তাং {as_figures(when(j.date, rng.choice(['%d/%m/%y', '%d/%m/%Y'])))}", date=j.date)
        as_hand(p, "সৰ্থেবাৰী কাঁহ শিল্পী সমবায়লৈ")
        start = len(p.rows)
        sacks = rng.randrange(6, 30)
        rate = rng.choice([560, 600, 620, 650, 680])
        hire = rng.choice([300, 400, 500, 600])
        total_ = sacks * rate + hire
        as_hand(
            p,
            f"কয়লা {as_figures(str(sacks))} বস্তা x {as_figures(str(rate))}",
            figure=as_figures(str(sacks * rate)),
        )
        as_hand(p, "গাড়ী ভাড়া", figure=as_figures(str(hire)))
        j.amount = float(total_)
        as_hand(p, "মুঠ", figure=f"{as_figures(str(total_))}/-", amount=j.amount)
        ledger(p, start, [0.72])
        p.add("gap")
        as_hand(p, "নগদ বুজি পালোঁ", method="cash", status=status)
        hand(p, "Jayanta", align="r")
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 3000, 28000, 0.2)
        p = phone(rng, font, k, ["", "udaan"], dark=False, buttons=("Retry payment",))
        band(p, (20, 90, 200))
        app_head(p, "udaan", "My orders")
        chip(p, "Payment pending", status)
        h273.track(p, ["Ordered", "Payment", "Packed", "Shipped"], "dptt")
        boxed(
            p,
            "We are yet to receive a confirmation from your bank. Your order will be packed once the payment "
            "is confirmed; any amount debited will be refunded if it fails.",
            "warn",
        )
        oid = f"UD{j.date:%y%m}{digits(rng, 8)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "ud", spec, "Order ID:", oid, txn=(ORDER_RANK, oid))
        h271.colkv(p, "ud", spec, "Sold by:", UDAAN_SELLER, merchant=UDAAN_SELLER)
        h271.colkv(p, "ud", spec, "Items:", "Lathe V-belts (10), buffing compound (5 kg)")
        h271.colkv(p, "ud", spec, "Amount:", rs(j.amount), amount=j.amount)
        h271.colkv(p, "ud", spec, "Payment:", "UPI", method="UPI")
        h271.colkv(p, "ud", spec, "Ordered on:", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        return p.done()
    if k == 3:
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        top(p, BRASS_SHEETS, merchant=BRASS_SHEETS)
        p.add("small", "Brass sheets, circles and strips  |  Industrial Area, Jagadhri, Haryana - 135003")
        p.add("small", f"GSTIN {gstin_of(rng, '06', 'P')}")
        p.add("rule")
        p.add("center", "PAYMENT RECEIPT")
        p.part = "body"
        pno = str(rng.randrange(40, 600))
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        at = 0.42
        dots(p, "Payment #", pno, at=at, txn=(INVOICE_RANK, pno))
        dots(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
        dots(p, "Reference Number", utr, at=at, txn=(UTR_RANK, utr))
        dots(p, "Payment Mode", f"Bank Transfer ({way})", at=at, method="netbanking")
        h273.panel(p, "Amount Received", rs(j.amount), (170, 120, 40), amount=j.amount, status=status)
        prose(p, f"Amount Received In Words: Indian Rupee {spelt(j.amount)} Only", "small")
        p.add("left", f"Bill To: {FIRM}")
        inv_day = earlier(rng, j, 5, 30)
        ino = f"SHK-{rng.randrange(100, 990):04d}"
        grid(
            p,
            "sbp",
            [(0.0, 0.28, "l"), (0.28, 0.5, "l"), (0.5, 0.75, "r"), (0.75, 1.0, "r")],
            ["Invoice Number", "Invoice Date", "Invoice Amount", "Payment Amount"],
            [([ino, when(inv_day, "%d/%m/%Y"), num(j.amount), num(j.amount)], {})],
        )
        p.add("small", "Generated with Zoho Invoice")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(160, 1800))
        p = phone(rng, font, k, ["", "Delhivery"], dark=False, buttons=("Track",))
        band(p, (30, 30, 34))
        bar(p, "Delhivery", DELHIVERY, merchant=DELHIVERY)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Shipment booked", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        pid = f"DLV{digits(rng, 12)}"
        vlab(p, "Waybill", digits(rng, 13), bold=False)
        vlab(p, "Payment ID", pid, bold=False, txn=(TXN_RANK, pid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        vlab(p, "Pickup", "Sarthebari, Barpeta (781307)", bold=False)
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 1600, 14000, 0.3)
        p = browser_page(rng, font, "www.vistaprint.in/checkout/payment")
        p.part = "head"
        top(p, VISTAPRINT, merchant=VISTAPRINT)
        p.add("small", "Checkout  |  GI labels, brochures")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment declined", status)
        boxed(
            p,
            "Your bank declined this card payment (insufficient balance). Your order has not been placed.",
            "error",
        )
        oid = f"VP{digits(rng, 9)}"
        two_up(
            p, "vp1", ("Order number", oid), ("Amount", rs(j.amount)), txn=(ORDER_RANK, oid), amount=j.amount
        )
        p.add("gap")
        two_up(
            p,
            "vp2",
            ("Card", f"RuPay Debit XX{digits(rng, 4)}"),
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            method="card",
            date=j.date,
        )
        return p.done()
    if k == 6:
        p = sheet(rng, font, [700, 740])
        h289.carbon(p)
        p.part = "head"
        top(p, MECHANIC, merchant=MECHANIC)
        p.add("small", "Lathe, motor and machine repairs  |  Station Road, Barpeta Road")
        p.add("center", "CASH MEMO")
        p.add("rule")
        p.part = "body"
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}/%m/%y"])), date=j.date)
        filled(p, "M/s", FIRM_SHORT)
        spec = [(0.0, 0.62, "l"), (0.62, 0.74, "c"), (0.74, 1.0, "r")]
        cols(p, "mch", spec, "Particulars", "Qty", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi_ in rng.sample(
            [
                ("Lathe motor rewinding", 1800, 3200),
                ("V-belt B-52", 260, 380),
                ("Bearing 6205", 180, 260),
                ("Spindle repair", 900, 1600),
                ("Welding work", 400, 900),
            ],
            rng.randrange(2, 4),
        ):
            q = 1 if hi_ > 1000 else rng.randrange(1, 4)
            v = q * rng.randrange(lo, hi_, 10)
            total_ += v
            h273.hcells(p, spec, item, str(q), str(v))
        j.amount = float(total_)
        h273.hcells(p, spec, "Total", "", f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.62, 0.74])
        p.add("gap")
        hand(p, f"Recd. by GPay, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        return p.done()
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, CARTONS, merchant=CARTONS)
    p.add("small", "Corrugated boxes and packing  |  Amingaon, Guwahati - 781031")
    p.add("small", f"GSTIN {gstin_of(rng, '18', 'P')}")
    p.add("rule")
    cols(p, "ct0", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "TAX INVOICE", "PAID")
    p.part = "body"
    ino = f"NEC/{fy(j.date)}/{rng.randrange(100, 1900)}"
    cols(
        p,
        "ct1",
        [(0.0, 0.56, "l"), (0.56, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Invoice Date {when(earlier(rng, j, 3, 16), '%d/%m/%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Bill To: {FIRM_MID}")
    spec = [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
    h269.kind(p, "cth", spec, "line", bold=(0, 1, 2, 3))
    h269.row(p, "cth", "Item", "Qty", "Rate", "Amount")
    taxable = 0.0
    for item, lo, hi_ in rng.sample(
        [
            ("5-ply carton 18x18x12", 38, 62),
            ("3-ply carton 12x12x8", 14, 26),
            ("Bubble wrap roll 1m", 420, 680),
            ("Foam sheet 10 mm", 60, 110),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(20, 200) if hi_ < 200 else rng.randrange(2, 12)
        rate = float(rng.randrange(lo, hi_))
        v = round(q * rate, 2)
        taxable += v
        cols(p, "ctl", spec, item, str(q), num(rate), num(v), mode="line")
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    dots(p, "CGST 9%", num(gst), at=0.6)
    dots(p, "SGST 9%", num(gst), at=0.6)
    dots(p, "Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
    label(p, "Payment History")
    zebra(
        p,
        "cph",
        [(0.0, 0.26, "l"), (0.26, 0.42, "l"), (0.42, 0.74, "l"), (0.74, 1.0, "r")],
        ["Date", "Mode", "Reference", "Amount"],
        [
            (
                [when(j.date, "%d/%m/%Y"), "IMPS", j.ref, num(j.amount)],
                {"date": j.date, "method": "netbanking", "status": status, "txn": (UTR_RANK, j.ref)},
            )
        ],
        (40, 90, 170),
    )
    p.add("small", "Invoice made on myBillBook")
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (METAL_MERCHANT, "ICICI Bank", "RTGS", 200000, 600000),
    (BRASS_SHEETS, "HDFC Bank", "NEFT", 30000, 180000),
    ("JAYANTA NATH", "Assam Gramin Vikash Bank", "UPI", 2000, 16000),
    (MECHANIC, "UCO Bank", "IMPS", 1500, 15000),
    (CARTONS, "Axis Bank", "NEFT", 8000, 60000),
    ("ABDUL KALAM SCRAP TRADERS", "Punjab National Bank", "IMPS", 10000, 90000),
    ("BARPETA OFFSET PRESS", "Bank of Baroda", "NEFT", 3000, 40000),
    ("NEW ASSAM HARDWARE", "Canara Bank", "UPI", 600, 9000),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its suppliers from its banks: OnlineSBI's e-Receipt of an RTGS to the Kolkata metal
    merchant (its sentence; Reference No., UTR No., Debit Account, Beneficiary Name, Beneficiary Account,
    IFSC, Amount, Commission, Date & Time in shaded labels); HDFC Bank's MobileBanking with a NEFT to the
    brass sheet maker on a scalloped badge (Transaction Successful, the sum; Beneficiary, Reference No., Date,
    From A/c, Remarks against a gutter); Google Pay's payment to the charcoal seller ("Today, <hour>"; the sum
    large, "Paid to" over the payee, Completed; a copyable UPI transaction ID; From; no day); Union Bank of
    India's Vyom with an IMPS to the lathe mechanic in progress (a spinner, the sum, its stages across the
    page, a notice; IMPS Ref No., Beneficiary, Amount, Initiated on in dot leaders); Axis Mobile's NEFT to the
    carton maker (the payee's initials in a round badge, Funds transferred, the sum; Beneficiary, UTR, Date,
    Debited from in a striped table); Kotak Mahindra Bank's app with an IMPS to a scrap dealer failed under a
    large round cross (the sum, the reason in a notice; Beneficiary :, Amount :, Reference No. :, Date : with
    colons); Central Bank of India's Cent Mobile with a NEFT to a Barpeta press in a capsule (Transaction
    successful, the sum; UTR No., Beneficiary, Date, Debit A/c in dot leaders); PhonePe's payment to a
    Guwahati hardware shop under its share sheet (the payment dimmed under the sheet: Paid to, the sum,
    Completed, the day and hour; the sheet's WhatsApp, Gmail, Messages and Copy; no reference). All new
    here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=3000, high=140000)
    to, bank_to, way, low, high = PAYEES_OUT[k]
    j.amount = rupees(rng, low, high, 0.7 if way == "UPI" else 0.4)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = browser_page(rng, font, "retail.onlinesbi.sbi/retail/rtgsereceipt.htm")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", "OnlineSBI  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            "Your RTGS transaction has been completed successfully. The details are given below.",
            status=status,
        )
        p.add("gap")
        utr = utr_of(rng, j, "State Bank of India", way)
        sref = f"IR{digits(rng, 9)}"
        at = 0.36
        kv(p, "Reference No.", sref, at=at, txn=(BANK_RANK, sref))
        kv(p, "UTR No.", utr, at=at, txn=(UTR_RANK, utr), method=method)
        kv(p, "Debit Account", f"XXXXXXX{own4}", at=at)
        kv(p, "Beneficiary Name", to, at=at, merchant=to)
        kv(p, "Beneficiary Account", f"XXXXXXXX{digits(rng, 4)}", at=at)
        kv(p, "IFSC", f"{IFSC[bank_to]}000{digits(rng, 4)}", at=at)
        kv(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        kv(p, "Commission", "Rs. 24.50 + GST", at=at)
        kv(p, "Date & Time", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "HDFC Bank"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 56, 130))
        app_head(p, "MobileBanking", "HDFC Bank  |  NEFT")
        h287.burst(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        utr = utr_of(rng, j, "HDFC Bank", way)
        at = 0.4
        gutter(p, "hd", "Beneficiary", to, at=at, merchant=to)
        gutter(p, "hd", "Reference No.", utr, at=at, txn=(UTR_RANK, utr), method=method)
        gutter(p, "hd", "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        gutter(p, "hd", "From A/c", f"XXXXXXXX{own4}", at=at)
        gutter(p, "hd", "Remarks", "brass sheets", at=at)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, [""], dark=False, buttons=("Share screenshot",))
        p.part = "head"
        p.add("title", "G Pay")
        p.add("gap")
        p.part = "body"
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = rng.choice([to, "Jayanta Nath"])
        p.add("center", name, merchant=name)
        p.add("center", f"{sign(p.font, chr(0x2713), '')} Completed".strip(), status=status)
        p.add("gap")
        copyrow(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"SBI {masked(p.font)}{own4}", method=method)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Vyom"], dark=False, buttons=("Refresh",))
        band(p, (200, 30, 40))
        app_head(p, "Vyom", "Union Bank of India  |  IMPS")
        h279.spinner(p, (226, 160, 40))
        p.add("center", "Transaction in progress", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h289.steps(p, ["Debited", "Sent", "Credited"], 1, status)
        boxed(
            p,
            "The beneficiary bank has not confirmed the credit yet. Please check the status after some time "
            "before paying again.",
            "warn",
        )
        at = 0.42
        dots(p, "IMPS Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref), method=method)
        dots(p, "Beneficiary", clip(to, 28), at=0.3, merchant=clip(to, 28))
        dots(p, "Amount", rs(j.amount), at=at)
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Axis Mobile"], dark=False, buttons=("Share", "Home"))
        band(p, (151, 20, 77))
        app_head(p, "Axis Mobile", "Fund transfer  |  NEFT")
        h273.avatar(p, initials(to), (151, 20, 77))
        p.add("center", "Funds transferred", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        utr = utr_of(rng, j, "Axis Bank", way)
        zebra(
            p,
            "axm",
            [(0.0, 0.36, "l"), (0.36, 1.0, "r")],
            ["Transfer details", ""],
            [
                (["Beneficiary", to], {"merchant": to}),
                (["UTR", utr], {"txn": (UTR_RANK, utr), "method": method}),
                (["Date", day_as(j, rng, ["%d %b %Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Debited from", f"XX{own4}"], {}),
            ],
            (151, 20, 77),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Kotak"], dark=False, buttons=("Retry",))
        band(p, (220, 30, 40))
        app_head(p, "Kotak Mobile Banking", "IMPS")
        sicon(p, status)
        p.add("center", "Transfer failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        boxed(
            p,
            "The beneficiary's bank is not responding. Your account has not been debited; please try again "
            "later.",
            "error",
        )
        ref = f"KMB{j.date:%y%m%d}{digits(rng, 7)}"
        spec = [(0.0, 0.42, "l"), (0.42, 1.0, "l")]
        name = clip(to, 24)
        h271.colkv(p, "km", spec, "Beneficiary :", name, merchant=name)
        h271.colkv(p, "km", spec, "Amount :", rs(j.amount))
        h271.colkv(p, "km", spec, "Reference No. :", ref, txn=(BANK_RANK, ref), method=method)
        h271.colkv(
            p, "km", spec, "Date :", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Cent Mobile"], dark=False, buttons=("Download", "Done"))
        band(p, (16, 60, 130))
        app_head(p, "Cent Mobile", "Central Bank of India  |  NEFT")
        pill(p, "Transaction successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        utr = utr_of(rng, j, "Central Bank of India", way)
        at = 0.36
        dots(p, "UTR No.", utr, at=at, txn=(UTR_RANK, utr), method=method)
        dots(p, "Beneficiary", to, at=0.3, merchant=to)
        dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=at, date=j.date)
        dots(p, "Debit A/c", f"XXXXXX{own4}", at=at)
        return p.done()
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=())
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "Transaction details")
    h287.tile(p, status)
    p.add("center", "Completed", status=status)
    p.add("small", "Paid to")
    p.add("center", to, merchant=to)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (" at ",)), date=j.date, method=method)
    h287.sheet_open(p)
    p.add("left", "Share receipt via")
    p.add("center", "WhatsApp     Gmail     Messages     Copy")
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 7. paying the kanhars and the staff


WORK_DONE = [
    ("কাঁহী", 380, 460),
    ("বাটি", 400, 480),
    ("শৰাই", 520, 640),
    ("কলহ", 480, 560),
    ("তাল", 560, 700),
    ("লোটা", 420, 500),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its kanhars (its member artisans, paid by the kilo of finished ware) and its staff:
    a kanhar's wage account under its Assamese heading "কাঁহাৰৰ মজুৰিৰ হিচাপ" (the kanhar's wage account)
    (কাঁহাৰ (Kanhar) and মাহ (Month) on form lines with their English under the rule, written in; the wares he
    made written in an Assamese hand with their kilos, rates and sums on ruled lines, "মুঠ" (total); "Paid by
    UPI, Ref ..." and "on <day>" written under it; curls of metal and a file in its margins); a kanhar's
    Rongali Bihu advance receipt in an Assamese hand under the society's Assamese name ("ৰঙালী বিহুৰ অগ্ৰিম
    ৰচিদ" (Rongali Bihu advance receipt); "আজি <the day of Chot 1432>" (today, on the day of the Assamese
    calendar), "ইং" (English) with the day written in Latin figures, "বিহুৰ অগ্ৰিম হিচাপে" (as the Bihu
    advance), "টকা x/- নগদ বুজি পালোঁ" (received Rs. x in cash)), his signature and his name written under it
    in English; a witness; no reference); RazorpayX Payroll's payslip for the Bipani's salesman (Employee,
    Designation and Pay period, labels small over their values; Earnings | Amount | Deductions | Amount in a
    table ruled on every side; Net Pay in a box and its words; "Paid on <day> by IMPS, Ref ..."); Groww's UPI
    payment to a kanhar processing in an octagon (the sum, "to <payee>", a notice; UPI Ref No. and Started in
    tiles; From); BHIM SBI Pay's payment to the Bipani's helper (the payee's initials in a round badge, its
    sentence "Paid ₹x to <payee>", Successful; UPI Ref No., Date and Paid from at the left and the right);
    Jupiter's payment to a kanhar failed on a tinted band (the sum, "to <payee>", the reason in a notice;
    labels small over their values two to a row: Transaction ID and Attempted on, UPI Ref and From); Google
    Pay's thread with a kanhar under its "Today" divider (the kanhar on top; a payment card at the right: "You
    paid", the sum, "Completed" and the hour, the UPI transaction ID; his reply in Assamese; no day); the
    helper's SALARY VOUCHER under the society's Assamese name "দৰমহাৰ ৰচিদ" (salary receipt) (Vr. No.; তাৰিখ
    (Date), নাম (Name), মাহ (Month), টকা (Amount), মাধ্যম (Mode) and UPI সন্দৰ্ভ (UPI Ref) on form lines with
    their English under the rule, written in; the sum in words; a revenue stamp signed across). All new
    here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1200, high=18000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    worker = KANHARS[(k + rng.randrange(3)) % len(KANHARS)]
    if k == 0:
        p = sheet(rng, font, [780, 820])
        p.style["paper"] = rng.choice([(246, 242, 228), (242, 238, 224)])
        p.part = "head"
        asm(p, FIRM_AS, bold=True, scale=0.92)
        p.add("center", FIRM_MID)
        asm(p, "কাঁহাৰৰ মজুৰিৰ হিচাপ", bold=True, scale=1.05)
        p.add("center", "KANHAR'S WAGE ACCOUNT")
        p.add("rule")
        p.part = "body"
        month = when(j.date - dt.timedelta(days=rng.randrange(3, 12)), "%B %Y")
        as_line(p, "কাঁহাৰ", "Kanhar", worker, merchant=worker)
        as_line(p, "মাহ", "Month", month)
        start = len(p.rows)
        p.add("gap")
        total_ = 0
        for item, lo, hi_ in rng.sample(WORK_DONE, rng.randrange(2, 4)):
            kg = rng.randrange(8, 40) / 2
            rate = rng.randrange(lo, hi_, 10)
            v = int(round(kg * rate))
            total_ += v
            as_hand(p, f"{item} {kg:g} কেজি x {rate}", figure=str(v))
        j.amount = float(total_)
        as_hand(p, "মুঠ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.74])
        p.add("gap")
        hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - P. Baishya", date=j.date)
        shavings(p)
        return p.done()
    if k == 1:
        season(j, rng, BIHU - dt.timedelta(days=8), 8)
        j.amount = float(rng.randrange(4, 20) * 500)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
        p.part = "head"
        asm(p, FIRM_AS, bold=True, scale=0.95)
        p.add("small", FIRM_SHORT)
        p.add("rule")
        asm(p, "ৰঙালী বিহুৰ অগ্ৰিম ৰচিদ", bold=True, scale=1.1)
        p.part = "body"
        as_hand(p, f"আজি {chot_day(j.date)} তাৰিখে")
        as_hand(p, f"ইং {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%Y']))}", date=j.date)
        as_hand(p, "বিহুৰ অগ্ৰিম হিচাপে সমিতিৰ পৰা")
        as_hand(p, f"টকা {int(j.amount)}/- নগদ বুজি পালোঁ।", amount=j.amount, method="cash", status=status)
        p.add("gap")
        sig(p)
        hand(p, worker, align="r", merchant=worker)
        p.add("gap")
        asm(p, f"সাক্ষী: {STAFF[0]}", align="l", scale=0.85)
        return p.done()
    if k == 2:
        who = STAFF[0]
        basic = float(rng.randrange(90, 150) * 100)
        hra = round(basic * 0.2, 0)
        conv = float(rng.randrange(8, 18) * 100)
        pf = round(basic * 0.12, 0)
        pt = 208.0
        gross = basic + hra + conv
        j.amount = round(gross - pf - pt, 2)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, pick(p, "title", [FIRM_MID, FIRM_SHORT]))
        p.add("small", f"{SHOP}, {TOWN}")
        p.add("rule")
        p.add("center", f"Payslip - {j.month(1)}")
        p.part = "body"
        two_up(p, "rp1", ("Employee", who), ("Designation", "Sales Assistant, Bipani"), merchant=who)
        p.add("gap")
        two_up(p, "rp2", ("Employee ID", f"SBMC-{rng.randrange(10, 40):03d}"), ("Pay period", j.month(1)))
        p.add("gap")
        grid(
            p,
            "rpg",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident Fund", num(pf)], {}),
                (["HRA", num(hra), "Professional Tax", num(pt)], {}),
                (["Conveyance", num(conv), "", ""], {}),
                (["Gross Earnings", num(gross), "Total Deductions", num(pf + pt)], {}),
            ],
        )
        h271.amtbox(p, "Net Pay", rs(j.amount), by_hand=False, at=0.4, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only", "small")
        prose(
            p,
            f"Paid on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by IMPS, Ref {j.ref}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Generated by RazorpayX Payroll. This is a computer generated payslip.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Groww"], dark=False, buttons=("Check status",))
        band(p, (0, 178, 140))
        app_head(p, "Groww", "UPI")
        h294.octa(p, status)
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            f"{first_of(worker)}'s bank has not confirmed the payment yet. Please don't pay again; it "
            "usually completes within an hour.",
            "warn",
        )
        tiles2(
            p,
            ("UPI Ref No.", j.ref),
            ("Started", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "From", f"UCO Bank {masked(p.font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        who = STAFF[1]
        p = phone(rng, font, k, ["", "BHIM SBI Pay"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 110, 190))
        app_head(p, "BHIM SBI Pay", "UPI")
        h273.avatar(p, initials(who), (0, 110, 190))
        p.add(
            "center",
            f"Paid {rupee_of(p.font)}{num(j.amount, 'indian')} to {who}",
            amount=j.amount,
            merchant=who,
        )
        p.add("center", "Successful", status=status)
        p.add("gap")
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        kvr(p, "Paid from", f"SBI A/c XX{digits(rng, 4)}", method="UPI")
        p.add("small", "salary advance")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Jupiter"], dark=False, buttons=("Retry",))
        band(p, (234, 92, 60))
        app_head(p, "Jupiter", "Pay via UPI")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            "The receiver's bank declined the transaction. If money was deducted, it will be refunded "
            "within 3 working days.",
            "error",
        )
        tid = f"JUP{j.date:%y%m%d}{digits(rng, 8)}"
        two_up(
            p,
            "ju1",
            ("Transaction ID", tid),
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        p.add("gap")
        two_up(
            p,
            "ju2",
            ("UPI Ref", j.ref),
            ("From", f"Federal Bank XX{digits(rng, 4)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", worker, merchant=worker)
        p.add("small", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        divider(p, "Today")
        p.add("gap")
        c = h275.gcard_open(p)
        h275.inrow(p, "You paid", soft=True)
        h275.inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        h275.inrow(p, f"Completed  {hhmm(rng, lower=True)}", soft=True, status=status, method="UPI")
        h275.inrow(p, f"UPI transaction ID {j.ref}", scale=0.72, soft=True, txn=(UTR_RANK, j.ref))
        h275.gcard_close(p, c)
        p.add("gap")
        asm(p, "পালোঁ দাদা, ধন্যবাদ।", align="l", scale=0.9)
        return p.done()
    who = STAFF[1]
    j.amount = float(rng.randrange(80, 150) * 100)
    p = sheet(rng, font, [820, 860])
    p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 236)])
    p.part = "head"
    asm(p, FIRM_AS, bold=True)
    p.add("center", FIRM_SHORT)
    asm(p, "দৰমহাৰ ৰচিদ", bold=True, scale=1.05)
    p.add("center", "SALARY VOUCHER")
    p.add("rule")
    p.part = "body"
    vno = str(rng.randrange(40, 400))
    p.add("right", f"Vr. No. {vno}", txn=(INVOICE_RANK, vno))
    as_line(p, "তাৰিখ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
    as_line(p, "নাম", "Name", who, merchant=who)
    as_line(p, "মাহ", "Month", j.month(1))
    as_line(p, "টকা", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    as_line(p, "মাধ্যম", "Mode", "UPI", method="UPI", status=status)
    as_line(p, "UPI সন্দৰ্ভ", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h271.revenue(p, "Babul")
    asm(p, "প্ৰাপকৰ স্বাক্ষৰ", align="r", scale=0.85)
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


SMB = "Sarthebari Municipal Board"
SMB_AS = "সৰ্থেবাৰী পৌৰসভা"
RCS = "Registrar of Co-operative Societies, Assam"
ESIC = "Employees' State Insurance Corporation"
DTTDC = "Delhi Tourism (DTTDC)"
DOUL_SAMITI = "SRI SRI BARPETA SATRA DOUL UTSAV SAMITI"
DOUL_SAMITI_AS = "শ্ৰীশ্ৰী বৰপেটা সত্ৰ দ'ল উৎসৱ উদযাপন সমিতি"
LABOUR = "Labour Dept, Assam"
FACTORIES = "Directorate of Factories & Boilers, Assam"
EPFO = "Employees' Provident Fund Organisation"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's fees, taxes and dues, the authority paid as printed: Sarthebari Municipal Board's trade
    licence e-receipt for the Bipani under its Assamese name ("পৰিশোধ সফল" / Payment Successful; each label's
    Assamese and its English on a tab with the value under it: ৰচিদ নং · Receipt No., অনুজ্ঞাপত্ৰ নং · Licence
    No., ব্যৱসায়ী · Trader, বৰ্ষ · Year, ধনৰাশি · Amount, মাধ্যম · Mode, UPI সন্দৰ্ভ · UPI Ref, তাৰিখ ·
    Date); e-GRAS Assam's challan for the co-operative audit fee paid (Challan paid; GRN, Department,
    Treasury, Head of Account, Amount, Bank, Bank CIN, Payment Date in a table ruled on every side); ESIC's
    contribution challan pending at the bank (a capsule, a progress bar, a notice; Challan No., Employer Code,
    Contribution Period, Amount, Mode, Initiated on on hairline rows); Delhi Tourism's Dilli Haat stall
    booking failed by card under a tile's cross (the reason in a notice; each value over its label: Booking
    ID, Stall, Amount, Card, Attempted on); the Barpeta Satra Doul committee's stall receipt from its book
    under its Assamese name (No. left blank; তাৰিখ (Date), প্ৰাপক (Received from), ষ্টল নং (Stall No.) and টকা
    (Amount) on form lines with their English under the rule, written in; Cash, Cheque and UPI in boxes, Cash
    ticked; its round seal; no reference); the Labour Department's SMS of the Bipani's registration renewal
    under the thread's "Today" ("Dear Employer, Rs.x received through UPI towards renewal of registration
    under the Assam Shops & Establishments Act for <shop>. Receipt No ... -Labour Dept, Assam"; no day);
    Single Window Clearance Assam's receipt for the foundry's factory licence renewal (Payment successful;
    Application ID:, Service:, Amount:, Transaction ID:, Bank Ref No.:, Mode:, Payment Date: with colons);
    EPFO's ECR challan receipt for the staff's provident fund (TRRN, Establishment ID, Wage Month, Total
    Amount, Bank Ref. (CRN), Bank, Date of Credit in dot leaders). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=500, high=40000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([1200, 1500, 2000, 2500, 3000]))
        p = browser_page(rng, font, "sarthebarimb.assam.gov.in/tradelicence/receipt")
        p.part = "head"
        asm(p, SMB_AS, bold=True, scale=1.2)
        name = pick(p, "title", [SMB, SMB.upper()])
        top(p, name, merchant=name)
        p.add("small", "Trade Licence e-Receipt  |  Barpeta, Assam")
        p.add("rule")
        p.part = "body"
        asm(p, "পৰিশোধ সফল · Payment Successful", bold=True, status=status)
        p.add("gap")
        rno = f"SMB/TL/{j.date:%y}/{digits(rng, 5)}"
        as_tab(p, "ৰচিদ নং", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        as_tab(p, "অনুজ্ঞাপত্ৰ নং", "Licence No.", f"TL/{rng.randrange(100, 900)}/2011", bold=False)
        as_tab(p, "ব্যৱসায়ী", "Trader", SHOP, bold=False)
        as_tab(p, "বৰ্ষ", "Year", f"20{fy(j.date)}", bold=False)
        as_tab(p, "ধনৰাশি", "Amount", rs(j.amount), amount=j.amount)
        as_tab(p, "মাধ্যম", "Mode", "UPI", bold=False, method="UPI")
        as_tab(p, "UPI সন্দৰ্ভ", "UPI Ref", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        as_tab(p, "তাৰিখ", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([1500, 2500, 3500, 5000]))
        p = browser_page(rng, font, "egras.assam.gov.in/challan/view")
        p.part = "head"
        top(p, "e-GRAS, Government of Assam")
        p.add("small", "Online Government Receipts Accounting System  |  Challan")
        p.add("rule")
        p.part = "body"
        pill(p, "Challan paid", status, align="l")
        p.add("gap")
        grn = f"AS{j.date:%y}{digits(rng, 11)}"
        cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}"
        dept = rng.choice([RCS, "Registrar of Co-op. Societies, Assam"])
        grid(
            p,
            "eg",
            [(0.0, 0.32, "l"), (0.32, 1.0, "l")],
            None,
            [
                (["GRN", grn], {"txn": (TXN_RANK, grn)}),
                (["Department", dept], {"merchant": dept}),
                (["Treasury", "Barpeta Treasury"], {}),
                (["Head of Account", "0425-00-101 Audit fees"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank", "State Bank of India (Net Banking)"], {"method": "netbanking"}),
                (["Bank CIN", cin], {"txn": (BANK_RANK, cin)}),
                (["Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 1800, 9000, 0.0)
        p = browser_page(rng, font, "www.esic.gov.in/EmployerPortal/ChallanStatus")
        p.part = "head"
        name = pick(p, "title", [ESIC, "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Employer Portal  |  Online challan")
        p.add("rule")
        p.part = "body"
        chip(p, "Pending at bank", status)
        h294.progress(p, 0.55, status)
        boxed(
            p,
            "The bank has not yet confirmed this challan. Do not pay it again; the status is updated once "
            "the bank confirms.",
            "warn",
        )
        cno = f"{j.date:%y}{digits(rng, 12)}"
        kvr(p, "Challan No.", cno, txn=(INVOICE_RANK, cno))
        kvr(p, "Employer Code", f"4200{digits(rng, 7)}0001")
        kvr(p, "Contribution Period", j.month(1))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Mode", "Net Banking - SBI", method="netbanking")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([12000, 15000, 18000, 22500]))
        p = browser_page(rng, font, "delhitourism.gov.in/dillihaat/stall-booking/payment")
        p.part = "head"
        name = pick(p, "title", [DTTDC, "Delhi Tourism"])
        top(p, name, merchant=name)
        p.add("small", "Dilli Haat, INA  |  Craft stall booking  |  15 days")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "The card issuer declined the payment (OTP not verified). Your stall has not been booked.",
            "error",
        )
        bid = f"DH{j.date:%y%m}{digits(rng, 6)}"
        vlab(p, "Booking ID", bid, bold=False, txn=(ORDER_RANK, bid))
        vlab(p, "Stall", f"Craft stall C-{rng.randrange(1, 60)}", bold=False)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Card", f"Visa Credit XX{digits(rng, 4)}", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 4:
        season(j, rng, DOUL - dt.timedelta(days=9), 8)
        j.amount = float(rng.choice([3000, 4000, 5000, 6000]))
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(244, 240, 222), (240, 238, 226)])
        p.part = "head"
        asm(p, DOUL_SAMITI_AS, bold=True)
        top(p, DOUL_SAMITI, merchant=DOUL_SAMITI)
        p.add("small", "Barpeta Satra, Barpeta, Assam  |  Stall fee receipt")
        p.add("rule")
        p.part = "body"
        one_pen(p)
        p.add("left", "No. ..............")
        as_line(p, "তাৰিখ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
        as_line(p, "প্ৰাপক", "Received from", al_fit(p, "প্ৰাপক", [SHOP, "Kanh Bipani"]))
        as_line(p, "ষ্টল নং", "Stall No.", f"{rng.randrange(1, 90)} (kanh-pital)")
        as_line(p, "টকা", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        h269.ticks(p, ["Cash", "Cheque", "UPI"], 0, method="cash", status=status)
        h269.seal(p, "BARPETA SATRA DOUL SAMITI", ["STALL FEE", "RECEIVED"], "violet")
        sig(p)
        p.add("right", "Cashier")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([600, 900, 1200]))
        rno = f"LAB/BPT/{digits(rng, 6)}"
        text = (
            f"Dear Employer, Rs.{num(j.amount, 'plain', 0)} received through UPI towards renewal of "
            "registration "
            f"under the Assam Shops & Establishments Act for {SHOP_CAPS}. Receipt No {rno}. -{LABOUR}"
        )
        p = sms_page(rng, font, "AD-ASLABR", text, None)
        p.add(
            "left",
            text,
            merchant=LABOUR,
            amount=j.amount,
            method="UPI",
            status=status,
            txn=(INVOICE_RANK, rno),
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([2500, 4000, 6000, 7500]))
        p = browser_page(rng, font, "eodb.assam.gov.in/payment/receipt")
        p.part = "head"
        p.add("small", "Single Window Clearance, Assam  |  Invest Assam")
        name = pick(p, "title", [FACTORIES, "Directorate of Factories, Assam"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment successful", status=status)
        p.add("gap")
        tid = f"SWA{digits(rng, 12)}"
        bref = f"SBI{digits(rng, 10)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        h271.colkv(p, "sw", spec, "Application ID:", f"SWCA/FAC/{digits(rng, 6)}")
        h271.colkv(p, "sw", spec, "Service:", "Renewal of factory licence (bell metal foundry)")
        h271.colkv(p, "sw", spec, "Amount:", rs(j.amount), amount=j.amount)
        h271.colkv(p, "sw", spec, "Transaction ID:", tid, txn=(TXN_RANK, tid))
        h271.colkv(p, "sw", spec, "Bank Ref No.:", bref, txn=(BANK_RANK, bref))
        h271.colkv(p, "sw", spec, "Mode:", "Net Banking", method="netbanking")
        h271.colkv(p, "sw", spec, "Payment Date:", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        return p.done()
    j.amount = rupees(rng, 3000, 16000, 0.0)
    p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/challanReceipt")
    p.part = "head"
    name = pick(p, "title", [EPFO, "EPFO"])
    top(p, name, merchant=name)
    p.add("small", "Combined challan of A/C No. 01, 02, 10, 21 & 22  |  Payment receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment confirmed", status=status)
    p.add("gap")
    trrn = f"{digits(rng, 13)}"
    crn = f"{digits(rng, 12)}"
    at = 0.44
    dots(p, "TRRN", trrn, at=at, txn=(INVOICE_RANK, trrn))
    dots(p, "Establishment ID", f"GHGUW{digits(rng, 7)}000", at=at)
    dots(p, "Wage Month", when(j.date - dt.timedelta(days=20), "%B %Y"), at=at)
    dots(p, "Total Amount", rs(j.amount), at=at, bold=True, amount=j.amount)
    dots(p, "Bank Ref. (CRN)", crn, at=at, txn=(BANK_RANK, crn))
    dots(p, "Bank", "State Bank of India (Internet Banking)", at=0.3, method="netbanking")
    dots(p, "Date of Credit", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=at, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


NEW_INDIA = "The New India Assurance Co. Ltd."
LOMBARD = "ICICI Lombard General Insurance Co. Ltd."
SBI_GEN = "SBI General Insurance Co. Ltd."
HDFC_ERGO = "HDFC ERGO General Insurance Co. Ltd."
ORIENTAL = "The Oriental Insurance Co. Ltd."
CARE = "Care Health Insurance Ltd."
CHOLA = "Cholamandalam MS General Insurance Co. Ltd."
UNITED = "United India Insurance Co. Ltd."


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's premiums, the insurer on top, under its app's bar or signing its message: The New India
    Assurance's premium receipt for the foundry's Bharat Sookshma Udyam Suraksha policy typed on its Barpeta
    Road branch's printer (RECEIPT NO, DATE, POLICY NO, INSURED, PREMIUM, CGST 9%, SGST 9%, TOTAL, MODE and
    UTR); ICICI Lombard's app with the pickup's motor policy renewed ("Today, <hour>"; the insurer under the
    app's bar, a scalloped badge, Renewal successful, the sum; Policy No. and Payment ID in tiles; Paid via;
    no day); SBI General's mail acknowledging the kanhars' group personal accident premium (its sentence;
    Policy No., Members, Premium, GST 18%, Total Premium, Mode, UTR, Receipt No., Date at the left and the
    right in a rounded card); HDFC ERGO's health renewal failed by card under a red ribbon (the reason in a
    notice; Proposal No., Premium, Transaction ID, Card, Attempted on in dot leaders); The Oriental
    Insurance's SMS of the Bipani's shopkeeper's policy renewed ("Dear Customer, premium of Rs.x for Policy
    No. ... received on <dd/mm/yyyy> via UPI. Your policy is renewed. -OICL"; no reference); Care Health's app
    with the secretary's family health renewal under process (the insurer under the app's bar, a progress bar,
    a notice; each value over its label: Policy No., Premium, Transaction ID, Paid via, Initiated on);
    Cholamandalam MS' inland transit certificate for a consignment to Dilli Haat (its sentence; Certificate
    No. | Route | Sum Insured | Premium | GST 18% | Total in a table ruled on every side; Paid by NEFT, UTR
    and Date on a line each); United India Insurance's e-receipt for the Bipani's stock policy (Premium
    Receipt; Receipt No. and Date, Policy No. and Premium, Mode and Transaction ID in tiles). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=1500, high=42000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        si = float(rng.randrange(10, 60) * 100000)
        net = round(si * rng.uniform(0.0005, 0.001), 0)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = roll(rng, font, [600, 640], [17, 18])
        p.part = "head"
        ins = pick(p, "center", [NEW_INDIA.upper(), "THE NEW INDIA ASSURANCE CO."])
        p.add("center", ins, merchant=ins)
        typed(p, "BARPETA ROAD BRANCH (OFFICE CODE 523401)")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        rno = f"{j.date:%y}{digits(rng, 9)}"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        typed(p, f"RECEIPT NO : {rno}", txn=(INVOICE_RANK, rno))
        typed(p, f"DATE       : {when(j.date, '%d/%m/%Y')}", date=j.date)
        typed(p, f"POLICY NO  : {digits(rng, 14)}")
        typed(p, "INSURED    : SARTHEBARI BELL METAL CO-OP")
        typed(p, "COVER      : BHARAT SOOKSHMA UDYAM")
        typed(p, f"PREMIUM    : {net:>10.2f}")
        typed(p, f"CGST 9%    : {gst:>10.2f}")
        typed(p, f"SGST 9%    : {gst:>10.2f}")
        typed(p, f"TOTAL      : {j.amount:>10.2f}", amount=j.amount)
        p.add("rule")
        typed(p, f"MODE       : {way}", method="netbanking", status=status)
        typed(p, f"UTR        : {utr}", txn=(UTR_RANK, utr))
        typed(p, "SUBJECT TO REALISATION.")
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 9000, 24000, 0.3)
        p = phone(rng, font, k, ["", "IL TakeCare"], dark=False, buttons=("Download policy",))
        band(p, (170, 30, 40))
        bar(p, "IL TakeCare", LOMBARD, merchant=LOMBARD)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Renewal successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Motor  |  Tata Intra V30  AS15 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}")
        pid = f"ILP{digits(rng, 12)}"
        tiles2(p, ("Policy No.", f"3001/{digits(rng, 9)}/00/000"), ("Payment ID", pid), txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        members = rng.randrange(30, 60)
        prem = float(members * rng.choice([220, 260, 310]))
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = mail_page(
            rng,
            font,
            "SBI General Insurance <customer.care@sbigeneral.in>",
            ["Premium received: Group Personal Accident policy", "Acknowledgement of premium"],
        )
        p.part = "head"
        ins = pick(p, "title", [SBI_GEN, "SBI General Insurance"])
        top(p, ins, merchant=ins)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear {SECRETARY}, we have received the premium for the group personal accident policy of the "
            "society's kanhars. Details are below.",
            status=status,
        )
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        rno = f"RCPT{j.date:%y}{digits(rng, 8)}"
        c = card_open(p)
        kvr(p, "Policy No.", f"0000000{digits(rng, 8)}")
        kvr(p, "Members", str(members))
        kvr(p, "Premium", num(prem))
        kvr(p, "GST 18%", num(gst))
        kvr(p, "Total Premium", rs(j.amount), amount=j.amount)
        kvr(p, "Mode", way, method="netbanking")
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        kvr(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        kvr(p, "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        card_close(p, c)
        p.add("small", "This is a system-generated mail; please do not reply.")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 14000, 38000, 0.3)
        p = browser_page(rng, font, "www.hdfcergo.com/renewal/health/payment-status")
        p.part = "head"
        ins = pick(p, "title", [HDFC_ERGO, "HDFC ERGO General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Health renewal  |  Optima Secure")
        p.add("rule")
        p.part = "body"
        h275.ribbon(p, "PAYMENT UNSUCCESSFUL", (190, 36, 44))
        p.add("gap")
        p.add("center", "Your renewal payment could not be completed", status=status)
        boxed(
            p,
            "The issuing bank declined the card (authentication failed). Your policy is not yet renewed; "
            "please pay before the grace period ends.",
            "error",
        )
        tid = f"HE{digits(rng, 13)}"
        at = 0.44
        dots(p, "Proposal No.", f"PR{digits(rng, 10)}", at=at)
        dots(p, "Premium", rs(j.amount), at=at, amount=j.amount)
        dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        dots(p, "Card", f"Mastercard Debit XX{digits(rng, 4)}", at=at, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=at, date=j.date)
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 1800, 7000, 0.3)
        text = (
            f"Dear Customer, premium of Rs.{num(j.amount, 'plain')} for Policy No. {digits(rng, 16)} "
            "received on "
            f"{when(j.date, '%d/%m/%Y')} via UPI. Your policy is renewed. -OICL"
        )
        p = sms_page(rng, font, "VM-OICLTD", text, j.date)
        p.add("left", text, merchant="OICL", amount=j.amount, date=j.date, method="UPI", status=status)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Care Health"], dark=False, buttons=("Refresh",))
        band(p, (0, 120, 110))
        bar(p, "Care Health", CARE, merchant=CARE)
        p.add("center", "Payment under process", status=status)
        h294.progress(p, 0.6, status)
        boxed(
            p,
            "We are waiting for your bank to confirm the premium. Your cover continues; please don't pay "
            "again.",
            "warn",
        )
        tid = f"CHI{j.date:%y%m%d}{digits(rng, 7)}"
        vlab(p, "Policy No.", digits(rng, 8), bold=False)
        vlab(p, "Premium", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "Net Banking", bold=False, method="netbanking")
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 6:
        si = float(rng.randrange(3, 20) * 100000)
        prem = round(si * rng.uniform(0.0008, 0.0015), 0)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        ins = pick(p, "title", [CHOLA, "Cholamandalam MS General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Inland Transit (Sales Turnover) Policy  |  Certificate of Insurance")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            "The premium below has been received; the bell metal consignment is covered from Sarthebari to "
            "Dilli Haat, New Delhi.",
            status=status,
        )
        grid(
            p,
            "ch",
            [
                (0.0, 0.2, "l"),
                (0.2, 0.46, "l"),
                (0.46, 0.64, "r"),
                (0.64, 0.78, "r"),
                (0.78, 0.89, "r"),
                (0.89, 1.0, "r"),
            ],
            ["Cert. No.", "Route", "Sum Insured", "Premium", "GST 18%", "Total"],
            [
                (
                    [
                        f"IT{digits(rng, 6)}",
                        "Sarthebari - New Delhi",
                        num(si, "indian", 0),
                        num(prem),
                        num(gst),
                        num(j.amount),
                    ],
                    {"amount": j.amount},
                )
            ],
        )
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        p.add("left", f"Paid by {way}", method="netbanking")
        p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
        p.add("left", f"Date {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}", date=j.date)
        return p.done()
    j.amount = rupees(rng, 2500, 9000, 0.2)
    p = browser_page(rng, font, "uiic.co.in/customer/premium-receipt")
    p.part = "head"
    ins = pick(p, "title", [UNITED, "United India Insurance"])
    top(p, ins, merchant=ins)
    p.add("small", "Shopkeeper's Insurance Policy  |  Kanh Shilpa Bipani, Sarthebari")
    p.add("rule")
    p.part = "body"
    p.add("center", "Premium Receipt", status=status)
    p.add("gap")
    rno = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 6)}"
    tid = f"UIIC{digits(rng, 12)}"
    tiles2(
        p,
        ("Receipt No.", rno),
        ("Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    tiles2(p, ("Policy No.", f"{digits(rng, 10)}"), ("Premium", rs(j.amount)), amount=j.amount)
    tiles2(p, ("Mode", "UPI"), ("Transaction ID", tid), method="UPI", txn=(TXN_RANK, tid))
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("KANH SHILPA BIPANI", "SARTHEBARI, BARPETA", "STATE BANK OF INDIA", "sbi"),
    ("KANH SHILPA BIPANI - DOUL STALL", "BARPETA SATRA, BARPETA", "PhonePe", "phonepe"),
    ("HOTEL DAINIK", "PALTAN BAZAR, GUWAHATI", "KOTAK MAHINDRA BANK", "hotel"),
    ("BURRABAZAR METAL STORES", "CANNING STREET, KOLKATA", "BANK OF BARODA", "declined"),
    ("IRCTC", "Guwahati - New Delhi", "", "rail"),
    ("PARADISE ASSAMESE THALI", "Silpukhuri, Guwahati", "", "restaurant"),
    ("FANCY BAZAR TOOLS", "GUWAHATI", "Axis Bank", "sms"),
    ("GUWAHATI PACKERS & CARGO", "Guwahati", "HDFC Bank", "cardapp"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Bipani's and the Doul stall's terminals and the society's cards elsewhere: State Bank of
    India's charge slip at the Bipani (TXN DATE, TIME, MID, TID, CARD NUM, CARD TYPE, TXN TYPE, AUTH CODE,
    RRN, INVOICE NO, each at the left and its value at the right; AMOUNT; TXN APPROVED, CUSTOMER COPY);
    PhonePe's smart POS at the Doul stall in the Doul's days with the sale pending (SALE; DATE, TIME, TID,
    INV, CARD, AMOUNT; TRANSACTION PENDING, DO NOT RETRY, CHECK STATUS AFTER 30 MINUTES); Kotak Mahindra
    Bank's slip at a Guwahati hotel with a tip (SALE; DATE, TIME, TID, BILL NO, CARD, AUTH, RRN; BASE AMT, TIP
    AMT and TOTAL AMT; APPROVED); Bank of Baroda's slip at a Kolkata metal store DECLINED (51 INSUFFICIENT
    FUNDS); IRCTC's e-ticket for the Guwahati - New Delhi Rajdhani to the Dilli Haat stall (PNR and Train over
    the journey's line; Date of Journey, Passengers; Ticket Fare, IRCTC Convenience Fee, Total Fare, Payment
    Mode, Transaction ID, Booking Date in a table ruled on every side); a Guwahati restaurant's bill settled
    by card (Bill No., Date, Table; the Assamese dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total;
    "Settled: Card", the card and its Auth Code; billed on Petpooja); Axis Bank's SMS of a spend on the
    society's card ("Spent INR x Axis Bank Card no. XX1234 <dd-mm-yy> <hh:mm:ss> IST <MERCHANT> Avl Limit: INR
    y ..."; no reference); HDFC Bank's MyCards app with a spend at a Guwahati packers ("Today, <hour>"; the
    merchant over its town, the sum, Transaction successful; Card, Reference No. and Category at the left and
    the right; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=800, high=38000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "phonepe":
        season(j, rng, DOUL, DOUL_DAYS)
    if layout in ("declined", "hotel", "sms", "cardapp"):
        j.amount = rupees(rng, 1200, 22000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        text = (
            f"Spent INR {num(j.amount, 'plain')} Axis Bank Card no. XX{last4} {when(j.date, '%d-%m-%y')} "
            f"{t} IST "
            f"{name} Avl Limit: INR {num(rupees(rng, 40000, 300000, 0.0), 'plain')} Not you? SMS BLOCK "
            f"{last4} to "
            "919951860002 - Axis Bank"
        )
        p = sms_page(rng, font, "AX-AXISBK", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "MyCards"], dark=False, buttons=("Report an issue",))
        band(p, (0, 56, 130))
        app_head(p, "MyCards", "HDFC Bank Credit Card")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Transaction successful", status=status)
        p.add("gap")
        ref = digits(rng, 12)
        kvr(p, "Card", f"Business Regalia {masked(p.font, 4)}{last4}", method="card")
        kvr(p, "Reference No.", ref, txn=(TXN_RANK, ref))
        kvr(p, "Category", "Freight & packing")
        return p.done()
    if layout == "rail":
        fare = float(rng.randrange(42, 120) * 100) + rng.choice([0, 15, 45])
        conv = 35.4
        j.amount = round(fare + conv, 2)
        p = browser_page(rng, font, "www.irctc.co.in/nget/booking/confirmation")
        p.part = "head"
        p.add("title", name, merchant=name)
        p.add("small", "Electronic Reservation Slip (ERS)  |  Booking confirmed")
        p.add("rule")
        p.part = "body"
        pnr = digits(rng, 10)
        journey = j.date + dt.timedelta(days=rng.randrange(8, 50))
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "ir0", spec, f"PNR {pnr}", "Booking confirmed", txn=(ORDER_RANK, pnr), status=status)
        p.add("center", "12423 RAJDHANI EXP   GHY - NDLS   3A")
        cols(
            p,
            "ir1",
            spec,
            f"Date of Journey: {when(journey, '%d-%b-%Y')}",
            f"Passengers: {rng.randrange(2, 4)}",
        )
        p.add("gap")
        txid = digits(rng, 10)
        grid(
            p,
            "irg",
            [(0.0, 0.44, "l"), (0.44, 1.0, "r")],
            None,
            [
                (["Ticket Fare", num(fare)], {}),
                (["IRCTC Convenience Fee", num(conv)], {}),
                (["Total Fare", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
                (["Payment Mode", f"{scheme.title()} Credit Card XX{last4}"], {"method": "card"}),
                (["Transaction ID", txid], {"txn": (TXN_RANK, txid)}),
                (["Booking Date", f"{when(j.date, '%d-%b-%Y')} {t}"], {"date": j.date}),
            ],
        )
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
        p.add("small", f"Assamese thali and more  |  {town}")
        p.add("small", f"GSTIN {gstin_of(rng, '18', 'P')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = f"{rng.randrange(1200, 9999)}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        p.pair("Table", str(rng.randrange(1, 24)))
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Assamese veg thali", 380),
                ("Masor tenga", 320),
                ("Duck with ash gourd", 480),
                ("Khar", 180),
                ("Aloo pitika", 120),
                ("Joha rice", 160),
                ("Til pitha (plate)", 140),
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
        p.add("left", "Settled: Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Auth Code {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Billed on Petpooja")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "sbi":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        p.pair("TXN DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("CARD NUM", f"XXXX XXXX XXXX {last4}")
        p.pair("CARD TYPE", f"{scheme} (CHIP)", method="card")
        p.pair("TXN TYPE", "SALE")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("INVOICE NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK  |  CUSTOMER COPY")
    elif layout == "phonepe":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INV", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION PENDING", status=status)
        p.add("small", "DO NOT RETRY WITH THIS CARD")
        p.add("small", "CHECK STATUS AFTER 30 MINUTES")
    elif layout == "hotel":
        tip = float(rng.choice([50, 100, 150, 200, 250]))
        base = round(j.amount - tip, 2)
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("BILL NO", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AUTH", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE AMT", fmt(base))
        p.pair("TIP AMT", fmt(tip))
        p.pair("TOTAL AMT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGN NOT REQUIRED")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION DECLINED", status=status)
        p.add("small", "51 INSUFFICIENT FUNDS")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


APDCL = "Assam Power Distribution Company Ltd."
APDCL_AS = "অসম শক্তি বিতৰণ কোম্পানী লিমিটেড"
AIRTEL = "Bharti Airtel Ltd."
IOCL = "Indian Oil Corporation Ltd."
VI = "Vodafone Idea Ltd."
DISHTV = "DishTV"
TEA_STALL = "Dipen Tea Stall"
GODADDY = "GoDaddy"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The foundry's and the Bipani's bills: APDCL's online payment receipt for the foundry's LT industrial
    connection under its Assamese name (Payment Successful; each label's Assamese with its English small under
    it and the value at the right: গ্ৰাহক নং · Consumer No., বিলৰ মাহ · Bill Month, পৰিশোধ কৰা ধন · Amount
    Paid, ৰচিদ নং · Receipt No., লেনদেন আইডি · Transaction ID, পৰিশোধৰ তাৰিখ · Payment Date, মাধ্যম · Mode);
    Airtel Thanks with the Bipani's broadband bill paid ("Today, <hour>"; Bharti Airtel under the app's bar, a
    large round tick, Bill paid, the sum; a copyable Transaction ID; Account and Paid via; no day); IndianOil
    ONE with the foundry's commercial Indane refill pending (Indian Oil under the app's bar, a capsule, its
    stages across the page, a notice; Booking No:, Consumer No:, Distributor:, Amount:, Paid via:, Initiated
    on: with colons); Vi's postpaid bill payment failed by card on a tinted band (Vodafone Idea under the
    app's bar, the reason in a notice; Mobile No., Amount, Transaction ID, Card, Attempted on in a table ruled
    on every side); PHED's water charges receipt from its meter reader's handheld printer (CONSUMER NO, NAME,
    PERIOD, AMOUNT, DATE typed; PAID BY UPI and its UPI REF); DishTV's SMS of a recharge ("Dear Subscriber,
    Rs.x recharge for VC No ... received on <dd/mm/yyyy> through UPI. Txn ID ... -DishTV"); a tea stall's
    monthly account for the kanhars' tea in an Assamese hand on a squared exercise book's page (the stall's
    name in Latin letters on top; "মাহ" (month) and its month; the cups of tea and the pithas with their sums,
    "মুঠ" (total), "নগদ বুজি পালোঁ" (received in cash) and "তাং" (date) with the day; no reference); GoDaddy's
    receipt mail for the web shop's domain and hosting (its sentence; Order # and Paid on, Product | Term |
    Price in a striped table, Total; Payment method). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=400, high=16000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = rupees(rng, 4000, 26000, 0.3)
        p = browser_page(rng, font, "www.apdcl.org/website/QuickPay/receipt")
        p.part = "head"
        asm(p, APDCL_AS, bold=True)
        name = pick(p, "title", [APDCL, "APDCL"])
        top(p, name, merchant=name)
        p.add("small", "Online payment receipt  |  Barpeta Electrical Division")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        rno = f"APD{j.date:%y%m}{digits(rng, 7)}"
        tid = f"{digits(rng, 15)}"
        as_kv(p, "গ্ৰাহক নং", "Consumer No.", digits(rng, 12))
        as_kv(p, "বিলৰ মাহ", "Bill Month", j.month(1))
        as_kv(p, "পৰিশোধ কৰা ধন", "Amount Paid", rs(j.amount), amount=j.amount)
        as_kv(p, "ৰচিদ নং", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        as_kv(p, "লেনদেন আইডি", "Transaction ID", tid, txn=(TXN_RANK, tid))
        as_kv(p, "পৰিশোধৰ তাৰিখ", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        as_kv(p, "মাধ্যম", "Mode", "Net Banking", method="netbanking")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([799.0, 999.0, 1178.82, 1414.82, 1649.0]))
        p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Done",))
        band(p, (228, 0, 30))
        bar(p, "Airtel Thanks", AIRTEL, merchant=AIRTEL)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Bill paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Xstream Fiber  |  Kanh Shilpa Bipani, Sarthebari")
        tid = f"{digits(rng, 16)}"
        copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Account", f"0361{digits(rng, 7)}_dsl")
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([1768.5, 1812.0, 1835.5, 1794.0]))
        p = phone(rng, font, k, ["", "IndianOil ONE"], dark=False, buttons=("Check status",))
        band(p, (240, 110, 20))
        bar(p, "IndianOil ONE", IOCL, merchant=IOCL)
        chip(p, "Payment pending", status)
        h289.steps(p, ["Booked", "Paid", "Delivered"], 1, status)
        boxed(
            p,
            "We are yet to receive your bank's confirmation. The refill will be delivered once the payment "
            "is confirmed.",
            "warn",
        )
        bno = f"IN{j.date:%y%m%d}{digits(rng, 6)}"
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        h271.colkv(p, "io", spec, "Booking No:", bno, txn=(ORDER_RANK, bno))
        h271.colkv(p, "io", spec, "Consumer No:", digits(rng, 9))
        h271.colkv(p, "io", spec, "Distributor:", "Barpeta Indane Gramin Vitrak")
        h271.colkv(p, "io", spec, "Amount:", rs(j.amount), amount=j.amount)
        h271.colkv(p, "io", spec, "Paid via:", "UPI", method="UPI")
        h271.colkv(
            p,
            "io",
            spec,
            "Initiated on:",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 500, 2400, 0.6)
        p = phone(rng, font, k, ["", "Vi"], dark=False, buttons=("Try again",))
        band(p, (230, 30, 60))
        bar(p, "Vi", VI, merchant=VI)
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "Your card's bank declined this payment. Your bill is still due and no amount has been charged.",
            "error",
        )
        tid = f"VIL{digits(rng, 12)}"
        grid(
            p,
            "vi",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Mobile No.", f"{rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Card", f"Debit Card XX{digits(rng, 4)}"], {"method": "card"}),
                (["Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([180, 240, 300, 360, 450]))
        p = roll(rng, font, [420, 450], [16, 17])
        p.part = "head"
        p.add("center", "PHED ASSAM", merchant="PHED ASSAM")
        typed(p, "SARTHEBARI WATER SUPPLY SCHEME")
        p.add("rule")
        p.part = "body"
        typed(p, "WATER CHARGES RECEIPT")
        first_ = j.date.replace(day=1)
        period = (
            f"{when(first_ - dt.timedelta(days=40), '%b')}-{when(first_ - dt.timedelta(days=1), '%b %y')}"
        )
        typed(p, f"CONSUMER NO: SB/{digits(rng, 4)}")
        typed(p, f"NAME  : {clip(SHOP_CAPS, 18)}")
        typed(p, f"PERIOD: {period.upper()}")
        typed(p, f"AMOUNT: {j.amount:.2f}", amount=j.amount)
        typed(p, f"DATE  : {when(j.date, '%d/%m/%Y')}", date=j.date)
        p.add("rule")
        typed(p, "PAID BY UPI", method="UPI", status=status)
        typed(p, f"UPI REF: {j.ref}", txn=(UTR_RANK, j.ref))
        typed(p, "THANK YOU. SAVE WATER.")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([299, 349, 420, 499, 600]))
        tid = f"{digits(rng, 10)}"
        text = (
            f"Dear Subscriber, Rs.{int(j.amount)} recharge for VC No {digits(rng, 11)} received on "
            f"{when(j.date, '%d/%m/%Y')} through UPI. Txn ID {tid}. Enjoy watching. -DishTV"
        )
        p = sms_page(rng, font, "VK-DISHTV", text, j.date)
        p.add(
            "left",
            text,
            merchant=DISHTV,
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
            txn=(TXN_RANK, tid),
        )
        return p.done()
    if k == 6:
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(248, 246, 236), (244, 246, 240)])
        h287.decor(p, "squared")
        p.part = "head"
        p.add("gap")
        hand(p, f"{TEA_STALL}, Sarthebari", merchant=TEA_STALL)
        p.part = "body"
        month_ = j.date.replace(day=1) - dt.timedelta(days=1)
        as_hand(p, "মাহ", figure=when(month_, "%b %Y"))
        cups = rng.randrange(300, 700)
        pithas = rng.randrange(40, 160)
        total_ = cups * 10 + pithas * 15
        as_hand(p, f"চাহ {cups} কাপ x 10", figure=str(cups * 10))
        as_hand(p, f"পিঠা {pithas} x 15", figure=str(pithas * 15))
        j.amount = float(total_)
        as_hand(p, "মুঠ", figure=f"{total_}/-", amount=j.amount)
        as_hand(p, "নগদ বুজি পালোঁ", method="cash", status=status)
        as_hand(p, "তাং", figure=when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])), date=j.date)
        hand(p, "Dipen", align="r")
        return p.done()
    j.amount = rupees(rng, 1800, 9000, 0.1)
    p = mail_page(
        rng, font, "GoDaddy <receipts@godaddy.com>", ["Your GoDaddy receipt", "Thanks for your order"]
    )
    p.part = "head"
    top(p, GODADDY, merchant=GODADDY)
    p.add("small", "Receipt")
    p.add("rule")
    p.part = "body"
    prose(
        p,
        f"Hi {EXPORTS.split()[0]}, thanks for your order. Your products are renewed for another year.",
        status=status,
    )
    oid = str(rng.randrange(3100000000, 3999999999))
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
    cols(
        p,
        "gd0",
        spec,
        f"Order # {oid}",
        f"Paid on {day_as(j, rng, ['%b {d}, %Y', '%d/%m/%Y'])}",
        txn=(ORDER_RANK, oid),
        date=j.date,
    )
    dom = round(j.amount * 0.22, 2)
    host = round(j.amount - dom, 2)
    zebra(
        p,
        "gdz",
        [(0.0, 0.56, "l"), (0.56, 0.76, "c"), (0.76, 1.0, "r")],
        ["Product", "Term", "Price"],
        [
            ([f".in domain - {WEB}", "1 year", num(dom)], {}),
            (["Web Hosting Economy", "1 year", num(host)], {}),
        ],
        (20, 20, 24),
    )
    dots(p, "Total (incl. GST)", rs(j.amount), at=0.6, bold=True, amount=j.amount)
    dots(p, "Payment method", "UPI", at=0.6, method="UPI")
    p.add("small", "GoDaddy India Domains & Hosting Pvt. Ltd.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Bandhan Bank", "VM-BDNSMS", "JAYANTA NATH", "UPI", "assamese"),
    ("IDBI Bank", "AD-IDBIBK", "SHAKTI BRASS INDUSTRIES", "NEFT", "sms"),
    ("UCO Bank", "BP-UCOBNK", "NORTH EAST CORRUGATORS", "NEFT", "sms"),
    ("ICICI Bank", "JD-ICICIB", "MAA KAMAKHYA ENGG WORKS", "IMPS", "sms"),
    ("HDFC Bank", "", "NEW ASSAM HARDWARE", "UPI", "whatsapp"),
    ("Indian Bank", "AX-INDBNK", "DIPEN TEA STALL", "UPI", "sms"),
    ("Axis Bank", "", "ABDUL KALAM SCRAP TRAD", "IMPS", "mail"),
    ("Central Bank of India", "", "MAHAVIR METAL CORPORATI", "RTGS", "lock"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the society's payments: Bandhan Bank's SMS in Assamese in a bubble of the phone's
    messages thread under its day divider ("প্ৰিয় গ্ৰাহক, আপোনাৰ একাউণ্ট XX1234ৰ পৰা <dd-mm-yyyy> তাৰিখে UPI
    যোগে <PAYEE> লৈ টকা x পঠিওৱা হৈছে। সন্দৰ্ভ নং ...। -Bandhan Bank" (Dear customer, Rs. x has been sent from
    your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in IDBI Bank's ("Your IDBI Bank
    A/c NN1234 is debited for INR x towards NEFT to <PAYEE> on <dd/mm/yy>. UTR .... -IDBI Bank"), UCO Bank's
    ("NEFT of Rs.x to <PAYEE> from A/c ...1234 dated <dd.mm.yyyy> is under process. UTR .... -UCO Bank"),
    ICICI Bank's ("Your IMPS transaction of INR x to <PAYEE> on <dd-Mon-yy> could not be processed. Any amount
    debited will be credited back to A/c XX1234 within 2 working days. Ref ... -ICICI Bank") and Indian Bank's
    ("A/c *1234 debited Rs.x on <dd-mm-yy> to <PAYEE> via UPI. Bal Rs.y -Indian Bank"; no reference) wordings;
    HDFC Bank's WhatsApp banking message under the chat's "Today" (the bank with its verified tick on top;
    "Rs.x debited from A/c XX1234 to <PAYEE> via UPI. UPI Ref ...  Not you? Call 18002586161"; no day); Axis
    Bank's debit alert mail ("INR x has been debited from your account no. XX1234 on <dd-mm-yyyy> towards
    IMPS/P2A/<ref>/<PAYEE>."); Central Bank of India's notification on the phone's lock screen under its large
    hour ("Cent Mobile . now"; "Your a/c XX1234 is debited by Rs.x on <dd/mm/yyyy>, credited to <PAYEE> by
    RTGS. UTR ..."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 600000, 0.3)
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
        if bank == "IDBI Bank":
            text = (
                f"Your IDBI Bank A/c XX{tail4} is debited for INR {amt} towards NEFT to {to} on "
                f"{when(j.date, '%d/%m/%y')}. UTR {ref}. Bal INR {bal} -IDBI Bank"
            )
        elif bank == "UCO Bank":
            text = (
                f"NEFT of Rs.{amt} to {to} from A/c ...{tail4} dated {when(j.date, '%d.%m.%Y')} is under "
                f"process. UTR {ref}. -UCO Bank"
            )
        elif bank == "ICICI Bank":
            text = (
                f"Your IMPS transaction of INR {amt} to {to} on {when(j.date, '%d-%b-%y')} could not be "
                f"processed. Any amount debited will be credited back to A/c XX{tail4} within 2 working "
                "days. "
                f"Ref {ref} -ICICI Bank"
            )
        else:
            text = (
                f"A/c *{tail4} debited Rs.{amt} on {when(j.date, '%d-%m-%y')} to {to} via UPI. Bal Rs.{bal} "
                "-Indian Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "assamese":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"প্ৰিয় গ্ৰাহক, আপোনাৰ একাউণ্ট XX{tail4}ৰ পৰা {when(j.date, '%d-%m-%Y')} তাৰিখে UPI যোগে {to} "
            "লৈ টকা "
            f"{amt} পঠিওৱা হৈছে। সন্দৰ্ভ নং {ref}। -Bandhan Bank"
        )
        as_wrap(p, text, share=0.86, scale=0.94, **facts)
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "whatsapp":
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", f"HDFC Bank {sign(p.font, chr(0x2714), '')}".strip())
        p.add("small", "Official business account")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        s_ = len(p.rows)
        prose(
            p,
            f"Rs.{amt} debited from A/c XX{tail4} to {to} via UPI. UPI Ref {ref}. Not you? Call 18002586161",
            **facts,
        )
        h273.bubble(p, s_, hhmm(rng, lower=True))
        note(p, "Reply MENU for more options", align="c")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "Axis Bank Alerts <alerts@axisbank.com>",
            ["Debit alert on your Axis Bank account", "Transaction alert"],
        )
        p.part = "head"
        top(p, "Axis Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(
            p,
            f"INR {amt} has been debited from your account no. XX{tail4} on {when(j.date, '%d-%m-%Y')} "
            "towards "
            f"IMPS/P2A/{ref}/{to}.",
            **facts,
        )
        p.add("gap")
        prose(p, "If this transaction was not done by you, please call 1860 419 5555 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Axis Bank Ltd. This is a system-generated mail; please do not reply.")
        return p.done()
    p = phone(rng, font, k, [""], dark=True, buttons=())
    p.part = "body"
    h287.clock(p, p.style["h106"]["clock"])
    p.add("gap")
    c = card_open(p)
    p.add("left", f"Cent Mobile  {chr(0xB7) if glyphs(p.font, chr(0xB7)) else '-'}  now")
    prose(
        p,
        f"Your a/c XX{tail4} is debited by Rs.{amt} on {when(j.date, '%d/%m/%Y')}, credited to {to} by RTGS. "
        f"UTR {ref}.",
        **facts,
    )
    card_close(p, c)
    p.add("gap")
    p.add("small", "Swipe up to unlock")
    return p.done()

"""The twelve heldout320 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Tangaliya dana-weaving women's producer group's year of 2026 in Surendranagar
district, Gujarat (Dedadara Tangaliya Mahila Vankar Producer Company Ltd., in Gujarati દેદાદરા ટાંગલિયા મહિલા
વણકર ઉત્પાદક કંપની લિ., whose members, Dangasia women of Dedadara and the villages round Wadhwan, weave shawls,
dhablas, stoles, sarees, dupattas, yardage, cushion covers and runners on pit looms and frame looms, twisting
the extra weft round the warp into the raised knots (dana) the Tangaliya's motifs are built of, paid by the
piece woven; its shop in Wadhwan, Tangaliya Dana Ghar; its stall at the Tarnetar fair; its web shop;
Gurjari, Fabindia, a design studio, buyers, a school trust, the National Institute of Design and buyers
abroad), told by the proofs of payment it receives and makes. Each layout is a function of its own (the
family's function picks it by the receipt's place in its family, ``UPI_LAYOUTS`` to ``ALERT_LAYOUTS``), every
row added to heldout113's ``Screen`` with the facts it prints and the truth read back from the rows the page
keeps. Headings, footers, the company's Gujarati name and motto, Gujarati labels (but a Gujarati label's
value, a Gujarati hand's sums, names and "received" or "paid", and a bank's Gujarati SMS, whose figures and
payee carry the facts), salutations, items, rates, counts, GST, TDS, fees, charges, balances, sums insured,
periods, months, wage months, pay periods, years, bill months, invoice, bill and journey days, account,
policy, consumer, tenement, connection, application, property, vendor, docket and card numbers, GSTIN,
PAN, CIN, IFSC, UPI IDs, bills named on an advice, replies, the dana emblem, the dana border, the shawl a
page lies on, stages, progress bars, notices, tiles, badges, ribbons, stamps' printed words, seals and
signatures carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's;
``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``,
``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``seal``, ``ticks``, ``comb``, a
roll's torn edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``hand``, ``amtbox``,
``tt``, ``step``, ``lab``, rounded cards, ``rstamp``), heldout273's (``ledger``, ``hcells``, ``pill``,
``track``, ``field``, ``panel``, ``avatar``, ``bubble``), heldout275's (``sig``, ``divider``, ``gutter``,
``sicon``, ``ribbon``, ``tabs``, ``bigsum``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``,
``at_hour``, ``two_up``, ``redno``, ``spinner``, a ticket's card), heldout287's (``notice``, ``tile``,
``burst``, ``oval``, ``vlab``, ``tiles2``, ``copyrow``, ``clock``), heldout289's (``chip``, ``steps``) and
heldout294's (``octa``, ``progress``, ``fwd``, ``banner_veil``), written in this set's pens and printers'
faces. ``compose`` is heldout158's (as heldout269's to heldout319's), each page's rows drawn by heldout294's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: Gujarati lines, sentences and SMS in this set's runs of Noto Sans and Noto Serif Gujarati shaped by
Raqm, their Latin runs and figures in the page's face (``gu``, ``gu_wrap``); a Gujarati hand in Noto Serif
Gujarati with its Latin figures in an upright Liberation Serif, sheared as a ball pen leans and a little off
its line (``gu_hand``); this set's bilingual label (``gu_pair``: the Gujarati label in bold, a slash and its
English small in the label's ink, a colon at a set place and the value after it on a dashed line, written in
the page's pen or printed; one line high); a Tangaliya motif as a letterhead's emblem (``dana_mark``: a
square of black wool with a red border woven in, on it a lozenge built of raised dana knots, white round a
ring of yellow round a red heart, with a sprig of knots (the khajuri, the date palm) at each corner, every
knot a little dome with its light and its shadow; a little tilted, with a soft shadow); a Tangaliya border as
a divider (``dana_band``: the black wool ground with a red thread along each edge and small lozenges of four
white knots round a red one along its middle, single yellow knots between them); and, after the frame, the
Tangaliya shawl a page is photographed lying on (``on_shawl``: its black wool ground with its weave's grain,
rows of knotted lozenges in white, yellow and red across it, a red and white border woven along one edge,
its fringe of twisted warp ends, the page's shadow, the page a little askew). The pages' layouts and
wordings are this set's own."""

from __future__ import annotations

import datetime as dt
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
from bench.receipt_sets.heldout273_families import hcells, ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques, in another mix than heldout318's and
# heldout319's
PENS = [
    "freefont/FreeSansOblique.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "liberation2/LiberationSans-Italic.ttf",
]
INKS = [(24, 40, 132), (34, 32, 40), (16, 64, 116), (52, 30, 96), (118, 28, 36)]
# the faces a page's fixed-width lines are printed in (a counter's printer, a billing program's roll, a
# terminal's slip)
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# Noto Sans and Noto Serif Gujarati for Gujarati (shaped by Raqm), and the upright Latin face a Gujarati hand
# writes its figures in
GU = "noto/NotoSansGujarati-Regular.ttf"
GU_BOLD = "noto/NotoSansGujarati-Bold.ttf"
GU_SERIF = "noto/NotoSerifGujarati-Regular.ttf"
GU_SERIF_BOLD = "noto/NotoSerifGujarati-Bold.ttf"
HAND_LATIN = "liberation2/LiberationSerif-Regular.ttf"
SCRIPT_FACES = [GU, GU_BOLD, GU_SERIF, GU_SERIF_BOLD, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
AMBER = (214, 140, 20)
# the colours of a Tangaliya as the Dangasia weavers weave it: the black of the sheep's wool ground, the white,
# yellow and red of the knotted dana, the maroon and indigo of a newer ground
T_BLACK = (24, 22, 24)
T_WHITE = (238, 234, 222)
T_YELLOW = (232, 186, 44)
T_RED = (186, 32, 40)
T_MAROON = (104, 24, 34)
T_GREEN = (30, 120, 76)

# ---------------------------------------------------------------- the producer company

FIRM = "Dedadara Tangaliya Mahila Vankar Producer Company Ltd."
FIRM_MID = "Dedadara Tangaliya Mahila Vankar Producer Co. Ltd."
FIRM_SHORT = "Dedadara Tangaliya Producer Co."
FIRM_CAPS = "DEDADARA TANGALIYA MAHILA VANKAR PRODUCER CO. LTD."
# the company's name in Gujarati ("the Dedadara Tangaliya women weavers' producer company")
FIRM_GU = "દેદાદરા ટાંગલિયા મહિલા વણકર ઉત્પાદક કંપની લિ."
# the company's name as a bank's beneficiary field cuts it
CUT = "DEDADARA TANGALIYA MAHILA"
SHOP = "Tangaliya Dana Ghar"
SHOP_CAPS = SHOP.upper()
SHOP_GU = "ટાંગલિયા દાણા ઘર"
SHOP_AT = "Station Road, Wadhwan, Dist. Surendranagar, Gujarat - 363030"
SHED_AT = "Vankarvas, Dedadara, Ta. Wadhwan, Dist. Surendranagar - 363040"
TOWN = "Wadhwan, Surendranagar"
WEB = "tangaliyadanaghar.in"
GSTIN = "24AAKCD5718M1Z4"
PAN = "AAKCD5718M"
CIN = "CIN U17100GJ2017PTC096214"
# the motto: "woven knot by knot"
MOTTO_GU = "દાણે દાણે વણાટ"
MOTTO = "Woven knot by knot"
CHAIR = "Lakshmiben Dangasia"
CEO = "Nitaben Parmar"
ACCOUNTANT = "Bharatbhai Rathod"
COUNTER = "Payal Makwana"
EXPORTS = "Kinjal Dangasia"
HELPER = "Ramesh Solanki"
BANK_LINE = "Bank of Baroda, Wadhwan City Branch"
# the company's weavers (its members, paid by the piece woven)
WEAVERS = [
    "Jasiben Dangasia",
    "Hansaben Parmar",
    "Savitaben Dangasia",
    "Manjuben Rathod",
    "Gauriben Dangasia",
    "Kantaben Makwana",
    "Shardaben Dangasia",
    "Dahiben Parmar",
]
# the same women as a Gujarati hand writes them
WEAVERS_GU = {
    "Jasiben Dangasia": "જસીબેન ડાંગશિયા",
    "Hansaben Parmar": "હંસાબેન પરમાર",
    "Savitaben Dangasia": "સવિતાબેન ડાંગશિયા",
    "Manjuben Rathod": "મંજુબેન રાઠોડ",
    "Gauriben Dangasia": "ગૌરીબેન ડાંગશિયા",
    "Kantaben Makwana": "કાંતાબેન મકવાણા",
    "Shardaben Dangasia": "શારદાબેન ડાંગશિયા",
    "Dahiben Parmar": "દહીબેન પરમાર",
}
# the Tarnetar fair at the Trinetreshwar temple, Than (Bhadarvo sud 4 to 6: 14 to 16 September 2026), where
# the company keeps a stall; the Diwali bonus paid in the nine days before Diwali (8 November 2026)
TARNETAR, TARNETAR_DAYS = dt.date(2026, 9, 14), 3
DIWALI_BONUS, DIWALI_DAYS = dt.date(2026, 10, 30), 9
IFSC = {
    "Bank of Baroda": "BARB",
    "State Bank of India": "SBIN",
    "Gujarat Gramin Bank": "BARB",
    "Surendranagar District Central Co-operative Bank": "GSCB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Union Bank of India": "UBIN",
    "IDBI Bank": "IBKL",
    "Yes Bank": "YESB",
    "IDFC FIRST Bank": "IDFB",
    "Punjab National Bank": "PUNB",
    "Bank of India": "BKID",
}
# the company's woven cloth sold: name, HSN, price each (low, high); GST 5% on all (handloom woven fabric of
# wool or cotton, and the made-ups within Rs. 2,500 a piece)
CLOTH = [
    ("Tangaliya wool shawl", "6214", 1400, 2500),
    ("Tangaliya dhablo (wrap)", "6301", 1600, 2500),
    ("Tangaliya cotton saree", "5208", 3200, 7800),
    ("Tangaliya stole", "6214", 650, 1600),
    ("Tangaliya dupatta", "6214", 900, 2200),
    ("Tangaliya yardage (per m)", "5112", 450, 900),
    ("Cushion cover, dana weave", "6304", 350, 800),
    ("Table runner, dana weave", "6304", 500, 1200),
]
SHORT = {
    "Tangaliya wool shawl": "Wool shawl",
    "Tangaliya dhablo (wrap)": "Dhablo",
    "Tangaliya cotton saree": "Cotton saree",
    "Tangaliya stole": "Stole",
    "Tangaliya dupatta": "Dupatta",
    "Tangaliya yardage (per m)": "Yardage (m)",
    "Cushion cover, dana weave": "Cushion cover",
    "Table runner, dana weave": "Table runner",
}
# the cloth as a Gujarati hand writes it
SHORT_GU = {
    "Tangaliya wool shawl": "ઊની શાલ",
    "Tangaliya dhablo (wrap)": "ધાબળો",
    "Tangaliya cotton saree": "સુતરાઉ સાડી",
    "Tangaliya stole": "સ્ટોલ",
    "Tangaliya dupatta": "દુપટ્ટો",
    "Tangaliya yardage (per m)": "કાપડ (મીટર)",
    "Cushion cover, dana weave": "કુશન કવર",
    "Table runner, dana weave": "ટેબલ રનર",
}
BUYERS = [
    ("Hetal Shah", "HDFC Bank"),
    ("Priyanka Joshi", "State Bank of India"),
    ("Dhaval Patel", "ICICI Bank"),
    ("Rupal Trivedi", "Bank of Baroda"),
    ("Kaushik Mehta", "Axis Bank"),
    ("Nirali Desai", "Kotak Mahindra Bank"),
    ("Bhavesh Thakkar", "Union Bank of India"),
    ("Komal Vyas", "IDBI Bank"),
]
NOTES = ["Shawl", "Stole x2", "Saree payment", "Dhablo", "Dupatta", "Tangaliya order"]


def cloth(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The company's woven cloth sold: name, HSN, quantity, price each (dearer ones left out above
    ``high``)."""
    pool = [i for i, w in enumerate(CLOTH) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = CLOTH[i]
        q = rng.randrange(2, 9) if "per m" in name else (1 if lo >= 3000 else rng.randrange(1, 4))
        ceiling = max(lo + 50, min(hi_, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Tarnetar fair's, the days before Diwali), its UPI / card
    reference made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "BARB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "24", kind_: str = "P") -> str:
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


def gu_figures(text: str) -> str:
    """``text`` with its figures written in Gujarati figures (૦ to ૯), as a Gujarati hand writes them."""
    return "".join(chr(0x0AE6 + int(ch)) if ch.isdigit() else ch for ch in text)


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h320", {"marks": {}, "frame": None})


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
    """heldout269's pen slot (its combs and tick boxes write in it) set to the page's hand."""
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
    """A line in small letters in the label's ink, in as many lines as it needs (the facts on the first)."""
    name = f"nt20{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(lines_of(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lb20", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb20"] = 0.76
    h269.row(p, "lb20", text, **facts)


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


def bar(p: Screen, title: str, sub: str, **facts) -> None:
    """An app's name on top with the facts its second line prints (the company named under an app's
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


def bold_row(p: Screen, name: str, text: str, *, scale: float = 1.0, align: str = "l", **facts) -> None:
    """A line in the face's bold (a chat's sender, a card's heading) in a row kind of its own."""
    h269.kind(p, name, [(0.0, 1.0, align)], "plain", bold=(0,))
    h269.ext(p)["scale"][name] = scale
    h269.row(p, name, text, **facts)


# ---------------------------------------------------------------- Gujarati


def is_gu(ch: str) -> bool:
    """A letter, sign or figure of the Gujarati script."""
    return "\u0a80" <= ch <= "\u0aff"


def gu_runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Gujarati and of other letters: a space or a joiner stays with the run it follows,
    and a full stop after a Gujarati letter (the લિ. of a company's name) with the Gujarati."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        g = is_gu(ch)
        if ch in " \u200c\u200d" and out:
            g = out[-1][0]
        if out and out[-1][0] == g:
            out[-1] = (g, out[-1][1] + ch)
        else:
            out.append((g, ch))
    return out


def gu_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return GU_SERIF_BOLD if bold else GU_SERIF
    return GU_BOLD if bold else GU


# Noto's Gujarati letters (with no headline over them) stand a little short beside a Latin face's capitals:
# set at this share of the size they sit level with the page's own letters
GSCALE = 1.06
# a hand writes its Gujarati letters a little larger beside its figures than a press sets them
GSCALE_HAND = 1.12


def _gf(g: bool, latin: str, size: int, bold: bool, serif: bool, grow: float = 1.0):
    if g:
        return load_font(gu_face(bold, serif), int(size * GSCALE * grow))
    return load_font(bold_of(latin) if bold else latin, size)


def gu_width(
    text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False, grow: float = 1.0
) -> float:
    """The width of a line of Gujarati and Latin runs."""
    return sum(_gf(g, latin, size, bold, serif, grow).getlength(part) for g, part in gu_runs(text))


def gu_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for g, part in gu_runs(text):
        face = gu_face(bold, serif) if g else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_gu(
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
    """A line of Gujarati and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for g, part in gu_runs(text):
        face = _gf(g, latin, size, bold, serif, grow)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def gu(
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
    """A line in Gujarati (a name over its English, a heading, an app's words, a bank's message), its Latin
    runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert gu_ok(text, p.font, bold=bold, serif=serif), text
    assert gu_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t20gu", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def gu_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Gujarati sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and gu_width(f"{line} {word}", p.font, size) > room:
            gu(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    gu(p, line, scale=scale, align="l", **(facts if first else {}))


def gu_hand(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.14, **facts
) -> None:
    """A line written by hand in Gujarati: Noto Serif Gujarati for its letters and an upright Liberation
    Serif for its Latin figures, leaning as a ball pen leans and a little off its line, in the page's ink;
    ``figure`` written at the right end of the line (a sum in an account's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert gu_ok(text + figure, HAND_LATIN, serif=True), text
    need = gu_width(text, HAND_LATIN, size, serif=True, grow=GSCALE_HAND) + size * 0.5
    if figure:
        need += gu_width(figure, HAND_LATIN, size, serif=True, grow=GSCALE_HAND) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t20gh", text, figure, mark_=[align, scale, p.rng.uniform(-0.8, 0.8)], **facts)


def gu_pair(
    p: Screen,
    gujarati: str,
    english: str,
    value: str,
    *,
    at: float = 0.42,
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """This set's bilingual label: the Gujarati label in bold, a slash and its English small in the label's
    ink, a colon at ``at`` of the room and the value after it on a dashed line (written in the page's pen
    where ``pen``, else printed, in bold where ``bold``); one line high."""
    size = p.style["size"]
    head = gu_width(gujarati, p.font, size, bold=True)
    if english:
        head += load_font(p.font, int(size * 0.7)).getlength(f" / {english}")
    assert gu_ok(gujarati, p.font, bold=True) and glyphs(p.font, english), (gujarati, english)
    assert head + 14 <= at * room_of(p), (gujarati, english, head, at * room_of(p))
    vfont = pen_of(p) if pen else (bold_of(p.font) if bold else p.font)
    vface = load_font(vfont, int(size * (1.1 if pen else 1.0)))
    assert glyphs(vfont, value), (vfont, value)
    assert vface.getlength(value) + 24 <= (1 - at) * room_of(p), (value, (1 - at) * room_of(p))
    put(p, "t20gp", gujarati, english, value, mark_=[at, pen, bold], **facts)


def gp_fit(p: Screen, values: list[str], *, at: float = 0.42, pen: bool = False) -> str:
    """The first of ``values`` that fits a ``gu_pair``'s value (the last where none does)."""
    vface = load_font(pen_of(p) if pen else p.font, int(p.style["size"] * (1.1 if pen else 1.0)))
    room = room_of(p)
    return next((v for v in values if vface.getlength(v) + 24 <= (1 - at) * room), values[-1])


# ---------------------------------------------------------------- this set's marks


def dana_mark(p: Screen) -> None:
    """A Tangaliya motif as a letterhead's emblem: a square of black wool with a red border woven in, on it
    a lozenge built of raised dana knots (white round a ring of yellow round a red heart) and a sprig of
    knots at each corner (the khajuri, a date palm's leaf); a little tilted, with a soft shadow; centred,
    three lines high."""
    put(p, "t20dm", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-5.0, 5.0)])
    p.add("gap")
    p.add("gap")


def dana_band(p: Screen) -> None:
    """A Tangaliya border as a divider across the page: the black wool ground, a red thread along each edge,
    small lozenges of four white knots round a red one along its middle with a single yellow knot between
    each two; one line high."""
    put(p, "t20db", "", mark_=[p.rng.randrange(10**6)])


def on_shawl(p: Screen) -> None:
    """The page photographed lying on a Tangaliya shawl: its black wool ground, rows of knotted lozenges, a
    woven border and its fringe, the page's shadow on it, the page a little askew."""
    ext(p)["frame"] = ["shawl", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _wool(w: int, h: int, seed: int, colour=T_BLACK) -> Image.Image:
    """A length of hand-spun wool ``w`` by ``h``: ``colour`` with the faint ribs of its plain weave and the
    unevenness of a hand-spun yarn."""
    g = np.random.default_rng(seed)
    base = np.ones((h, w, 3), dtype=np.float32) * np.array(colour, dtype=np.float32)
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    base += (np.sin(yy * 2.1) * 2.5 + np.sin(xx * 1.7) * 1.5)[..., None]
    base += g.normal(0, 4.0, (h, w, 1))
    streaks = g.normal(0, 3.0, (h, 1, 1))
    base += streaks
    return Image.fromarray(base.clip(0, 255).astype(np.uint8), "RGB")


def _knot(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, colour) -> None:
    """One dana: a knot of extra weft twisted round the warp, a little dome with its shadow under it at the
    right and a highlight on it at the left."""
    shade = tuple(int(c * 0.45) for c in colour)
    light = tuple(min(255, int(c + (255 - c) * 0.55)) for c in colour)
    d.ellipse((cx - r + r * 0.25, cy - r + r * 0.3, cx + r + r * 0.25, cy + r + r * 0.3), fill=(8, 8, 8))
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
    d.ellipse((cx - r * 0.2, cy - r * 0.1, cx + r * 0.95, cy + r * 0.95), fill=shade)
    d.ellipse((cx - r * 0.92, cy - r * 0.92, cx + r * 0.55, cy + r * 0.55), fill=colour)
    d.ellipse((cx - r * 0.62, cy - r * 0.62, cx - r * 0.12, cy - r * 0.12), fill=light)


def _lozenge(d: ImageDraw.ImageDraw, cx: float, cy: float, step: float, r: float, rings: list) -> None:
    """A lozenge of knots ``step`` apart: ring 0 (its heart) in ``rings[0]``, ring n outwards in
    ``rings[n]``."""
    for n, colour in enumerate(rings):
        if n == 0:
            _knot(d, cx, cy, r, colour)
            continue
        for i in range(-n, n + 1):
            j = n - abs(i)
            for jj in {j, -j}:
                _knot(d, cx + i * step, cy + jj * step, r, colour)


def _sprig(
    d: ImageDraw.ImageDraw, cx: float, cy: float, step: float, r: float, colour, dx: int, dy: int
) -> None:
    """A khajuri (a date palm's leaf): a stem of three knots with a knot either side of each, pointing
    (``dx``, ``dy``)."""
    for n in range(3):
        x, y = cx + dx * n * step, cy + dy * n * step
        _knot(d, x, y, r, colour)
        if n:
            _knot(
                d,
                x - dy * step * 0.7 - dx * step * 0.5,
                y - dx * step * 0.7 - dy * step * 0.5,
                r * 0.85,
                colour,
            )
            _knot(
                d,
                x + dy * step * 0.7 - dx * step * 0.5,
                y + dx * step * 0.7 - dy * step * 0.5,
                r * 0.85,
                colour,
            )


def _mark_art(H: int, seed: int) -> Image.Image:
    """The emblem ``H`` square as an RGBA image: the wool's square, its red border, the lozenge, the sprigs."""
    srng = random.Random(seed)
    img = Image.new("RGBA", (H, H), (0, 0, 0, 0))
    ground = srng.choice([T_BLACK, T_BLACK, T_MAROON])
    img.paste(_wool(H, H, srng.randrange(10**6), ground).convert("RGBA"), (0, 0))
    d = ImageDraw.Draw(img)
    edge = max(2, H // 22)
    d.rectangle((edge, edge, H - edge - 1, H - edge - 1), outline=T_RED, width=edge)
    d.rectangle(
        (edge * 3, edge * 3, H - edge * 3 - 1, H - edge * 3 - 1), outline=T_WHITE, width=max(1, edge // 2)
    )
    step = H / 13.0
    r = step * 0.36
    heart = srng.choice([T_RED, T_GREEN])
    _lozenge(d, H / 2, H / 2, step, r, [heart, T_YELLOW, T_WHITE, T_WHITE])
    c = H * 0.2
    for cx, cy, dx, dy in ((c, c, 1, 1), (H - c, c, -1, 1), (c, H - c, 1, -1), (H - c, H - c, -1, -1)):
        _sprig(d, cx, cy, step * 0.75, r * 0.85, T_YELLOW if srng.random() < 0.5 else T_WHITE, dx, dy)
    return img


def _mark(page: Image.Image, cx: float, top_y: float, h: float, seed: int, tilt: float) -> None:
    k = 3
    art = _mark_art(int(h * k), seed).rotate(tilt, resample=Image.BICUBIC, expand=True)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    alpha = small.split()[3]
    shadow = Image.new("L", page.size, 0)
    shadow.paste(alpha.point(lambda v: 80 if v > 40 else 0), (x0_ + 4, y0_ + 4))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (92, 88, 84)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _band_art(w: int, h: int, seed: int) -> Image.Image:
    """The border ``w`` by ``h``: the black wool, a red thread along each edge, small lozenges of knots."""
    srng = random.Random(seed)
    img = _wool(w, h, srng.randrange(10**6))
    d = ImageDraw.Draw(img)
    edge = max(2, int(h * 0.08))
    d.rectangle((0, edge, w, edge * 2 - 1), fill=T_RED)
    d.rectangle((0, h - edge * 2, w, h - edge - 1), fill=T_RED)
    step = h * 0.16
    r = step * 0.42
    period = step * 5
    x = period * srng.uniform(0.3, 0.7)
    while x < w - step:
        _lozenge(d, x, h / 2, step, r, [T_RED, T_WHITE])
        if x + period / 2 < w - r:
            _knot(d, x + period / 2, h / 2, r, T_YELLOW)
        x += period
    return img


def _band(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    art = _band_art(w * k, h * k, seed).resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)))


def _shawl_art(w: int, h: int, seed: int) -> Image.Image:
    """A Tangaliya shawl spread on the table ``w`` by ``h``: the black wool, rows of knotted lozenges, a
    woven border of red and white along one edge, its fringe over the table's wood at the other."""
    srng = random.Random(seed)
    wood = np.ones((h, w, 3), dtype=np.float32) * np.array((120, 84, 52), dtype=np.float32)
    xx = np.arange(w, dtype=np.float32)[None, :]
    wood += (np.sin(xx * 0.09 + np.sin(np.arange(h, dtype=np.float32)[:, None] * 0.02) * 3) * 10)[..., None]
    img = Image.fromarray(wood.clip(0, 255).astype(np.uint8), "RGB")
    fringe = int(h * srng.uniform(0.06, 0.09))
    cloth_h = h - fringe
    img.paste(_wool(w, cloth_h, srng.randrange(10**6), srng.choice([T_BLACK, T_BLACK, T_MAROON])), (0, 0))
    d = ImageDraw.Draw(img)
    by = cloth_h - int(h * 0.07)
    d.rectangle((0, by, w, by + int(h * 0.012)), fill=T_RED)
    d.rectangle((0, by + int(h * 0.02), w, by + int(h * 0.026)), fill=T_WHITE)
    d.rectangle((0, by + int(h * 0.034), w, by + int(h * 0.046)), fill=T_RED)
    step = 9.0
    r = 3.2
    gap_x, gap_y = 64, 60
    row = 0
    for cy in range(30, by - 30, gap_y):
        shift = gap_x / 2 if row % 2 else 0
        for cx in np.arange(20 + shift, w, gap_x):
            rings = [T_RED, T_WHITE] if (row + int(cx // gap_x)) % 3 else [T_YELLOW, T_WHITE, T_RED]
            _lozenge(d, float(cx), float(cy), step, r, rings)
        row += 1
    for x in range(2, w, 7):
        colour = T_RED if (x // 7) % 4 == 1 else T_BLACK
        sway = srng.uniform(-3, 3)
        d.line((x, cloth_h, x + sway, cloth_h + fringe * srng.uniform(0.7, 1.0)), fill=colour, width=2)
    return img


def _on_shawl(image: Image.Image, seed: int) -> Image.Image:
    """The page on the shawl: turned a little, with its shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad, h + 2 * pad + 70
    base = _shawl_art(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = (bw - turned.width) // 2, pad - 10
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 150 if v > 0 else 0), (sx + 9, sy + 11))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    base = Image.composite(Image.new("RGB", base.size, (6, 6, 6)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    return base


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Gujarati lines, a Gujarati hand, its bilingual labels, a
    Tangaliya motif as an emblem and a Tangaliya border as a divider."""
    page = h294._render(rows, font, style)
    x = style.get("h320")
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
        if not name.startswith("t20"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t20gu":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = gu_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_gu(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t20gh":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                tw = gu_width(text, HAND_LATIN, s, serif=True, grow=GSCALE_HAND)
                lw, lh = int(tw + s), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                draw_gu(
                    ImageDraw.Draw(layer),
                    (4, lh * 0.2),
                    text,
                    HAND_LATIN,
                    s,
                    255,
                    serif=True,
                    grow=GSCALE_HAND,
                )
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.2, -0.2 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
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
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.3)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t20gp":
            at, is_pen, bold = m
            draw_gu(draw, (MARGIN, y), r[1], font, size, ink, bold=True)
            hx = MARGIN + gu_width(r[1], font, size, bold=True)
            if r[2]:
                sface = load_font(font, int(size * 0.7))
                base = y + load_font(bold_of(font), size).getmetrics()[0]
                draw.text((hx, base), f" / {r[2]}", font=sface, fill=soft, anchor="ls")
            cx = MARGIN + at * room
            draw.text((cx - 8, y), ":", font=load_font(font, size), fill=ink)
            ly = top_y + line - 4
            for dx in range(int(cx + 6), int(width - MARGIN), 9):
                draw.line((dx, ly, min(dx + 4, width - MARGIN), ly), fill=_tint(soft, paper_, 0.55), width=1)
            if is_pen:
                vface = load_font(pen, int(size * 1.1))
                draw.text((cx + 10, ly - 3), r[3], font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((cx + 10, ly - 4), r[3], font=vface, fill=ink, anchor="ls")
        elif name == "t20dm":
            seed, tilt = m
            _mark(page, width / 2, top_y + line * 0.08, line * 2.75, seed, tilt)
            draw = ImageDraw.Draw(page)
        elif name == "t20db":
            (seed,) = m
            _band(page, MARGIN, width - MARGIN, top_y + line * 0.14, top_y + line * 0.9, seed)
            draw = ImageDraw.Draw(page)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout319's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the Tangaliya shawl a page is photographed lying on."""
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
    f = (style.get("h320") or {}).get("frame")
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
            raise FileNotFoundError(f"heldout320 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Dana Ghar's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_SHORT]
VPAS = [
    "tangaliyadanaghar@barodampay",
    "paytmqr28100505010117fk9xhc@paytm",
    "danaghar.wadhwan@okicici",
    "Q581204376@ybl",
]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Bank of Baroda": "BOB",
        "HDFC Bank": "HDFC",
        "Axis Bank": "Axis",
        "ICICI Bank": "ICICI",
        "IDBI Bank": "IDBI",
        "Union Bank of India": "Union",
        "Kotak Mahindra Bank": "Kotak",
    }.get(bank, bank)


def _upi_paytm_biz(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Paytm for Business on the Dana Ghar's phone: the Ghar under the app's bar, Payment Received over the
    sum set large, "from <buyer>"; UPI Ref. No., Paytm Order ID, Date & Time and Paid via labelled against a
    gutter."""
    p = phone(rng, font, k, ["", "Paytm for Business"], dark=False, buttons=("Share", "Download"))
    band(p, (0, 46, 110))
    name = pick(p, "small", [SHOP, SHOP_CAPS])
    bar(p, "Paytm for Business", name, merchant=name)
    h287.tile(p, j.status)
    p.add("center", "Payment Received", status=j.status)
    h275.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
    p.add("small", f"from {who}")
    p.add("rule")
    oid = digits(rng, 20)
    at = 0.4
    gutter(p, "pt", "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gutter(p, "pt", "Paytm Order ID", oid, at=at, txn=(TXN_RANK, oid))
    gutter(
        p, "pt", "Date & Time", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date
    )
    gutter(p, "pt", "Paid via", f"UPI ({bank_short(bank)})", at=at, method="UPI")
    p.add("gap")
    p.add("small", "Money will be settled to your Bank of Baroda account")
    return p.done()


def _upi_amazon(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Amazon Pay's UPI payment on a scalloped badge: Payment successful, the sum, "to <payee>"; a copyable
    UPI transaction ID; Paid on and Paid from each value over its label."""
    p = phone(rng, font, k, ["", "Amazon Pay"], dark=False, buttons=("Done",))
    band(p, (35, 47, 62))
    app_head(p, "amazon pay", "UPI")
    h287.burst(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    copyrow(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    vlab(
        p, "Paid on", at_hour(rng, j.date, ["{d} %b %Y", "%d %B %Y"], (", ", " at ")), bold=False, date=j.date
    )
    vlab(
        p, "Paid from", f"{bank_short(bank)} Bank {masked(p.font)}{digits(rng, 4)}", bold=False, method="UPI"
    )
    return p.done()


def _upi_slice(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """slice's UPI payment processing with its stages left to right (Initiated, Debited, Credited): the sum,
    "to <payee>", a notice; UPI Ref No and Started in tiles; From at the left and the right."""
    p = phone(rng, font, k, ["", "slice"], dark=False, buttons=("Check status",))
    band(p, (104, 44, 190))
    app_head(p, "slice", "UPI")
    p.add("center", "Payment processing", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    h273.track(p, ["Initiated", "Debited", "Credited"], "dpt")
    boxed(
        p,
        "We are waiting for the receiver's bank. This usually takes a few minutes; do not pay again.",
        "warn",
    )
    tiles2(
        p,
        ("UPI Ref No", j.ref),
        ("Started", at_hour(rng, j.date, ["{d} %b", "%d/%m/%y"], (", ",))),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    kvr(p, "From", f"slice savings {masked(p.font)}{digits(rng, 4)}", method="UPI")
    return p.done()


def _upi_phonepe_gu(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """PhonePe set in Gujarati on the buyer's phone: a large round tick, "ચુકવણી સફળ" (payment successful),
    the hour and the day, "પ્રાપ્તકર્તા" (recipient) over the payee and the sum; "વ્યવહારની વિગતો"
    (transaction details) with each Gujarati label, its English small after a slash and a colon before its
    value: UPI સંદર્ભ નં. / UPI Ref No., તારીખ / Date, ખાતામાંથી / From."""
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share", "Done"))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "")
    sicon(p, j.status)
    gu(p, "ચુકવણી સફળ", bold=True, scale=1.1, status=j.status)
    gu(p, f"{hhmm(rng, lower=True)} | {day_as(j, rng, ['{d} %b %Y', '%d/%m/%Y'])}", scale=0.8, soft=True)
    p.add("gap")
    gu(p, "પ્રાપ્તકર્તા", scale=0.8, soft=True)
    name = pick(p, "center", [rng.choice([SHOP_CAPS, CUT]), SHOP])
    p.add("center", name, merchant=name)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("rule")
    gu(p, "વ્યવહારની વિગતો", align="l", bold=True, scale=0.95)
    at = 0.5
    gu_pair(p, "UPI સંદર્ભ નં.", "", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gu_pair(p, "તારીખ", "Date", when(j.date, "%d-%m-%Y"), at=at, date=j.date)
    gu_pair(p, "ખાતામાંથી", "From", f"{bank_short(bank)} XX{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _upi_airtel(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Airtel Payments Bank's payment with no reference: a large round tick in an octagon, Money sent, the
    sum, "to <payee>", "on <day>, <hour>"; Paid from and Cashback at the left and the right."""
    p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Done",))
    band(p, (228, 0, 43))
    app_head(p, "Airtel Thanks", "Airtel Payments Bank  |  UPI")
    h294.octa(p, j.status)
    p.add("center", "Money sent", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"on {day_as(j, rng, ['{d} %B %Y', '%d %b %Y'])}, {hhmm(rng)}", date=j.date)
    p.add("gap")
    kvr(p, "Paid from", f"Airtel Payments Bank {masked(p.font)}{digits(rng, 4)}", method="UPI")
    kvr(p, "Cashback", "Better luck next time")
    return p.done()


def _upi_whatsapp(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """A payment made in WhatsApp's chat with the Dana Ghar under its "Today" divider: the Ghar on top with
    its business tick; the payment's card in the chat (the sum, "Payment to <payee>", Completed); under it a
    line of the details the card opens: UPI transaction ID and From; no day."""
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    tick = sign(p.font, "\u2714", "")
    p.add("title", f"{SHOP} {tick}".strip())
    p.add("small", "Business account")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    s = h275.gcard_open(p)
    h275.inrow(p, f"{rupee_of(p.font)}{num(j.amount, 'indian')}", scale=1.3, bold=True, amount=j.amount)
    name = rng.choice([SHOP, SHOP_CAPS])
    h275.inrow(p, f"Payment to {name}", scale=0.85, merchant=name)
    h275.inrow(
        p, f"{sign(p.font, chr(0x2713), '')} Completed".strip(), scale=0.85, soft=True, status=j.status
    )
    h275.gcard_close(p, s)
    p.add("small", hours(rng, 1)[0])
    p.add("gap")
    label(p, "Payment details")
    kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "From", f"{who} ({bank_short(bank)})", method="UPI")
    return p.done()


def _upi_bajaj(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Bajaj Finserv's UPI payment failed under a red ribbon: the sum, "to <payee>", the reason in a
    notice; Transaction ID, Date, Reason and Account in a table ruled on every side."""
    p = phone(rng, font, k, ["", "Bajaj Finserv"], dark=False, buttons=("Retry",))
    band(p, (0, 93, 171))
    app_head(p, "Bajaj Finserv", "UPI")
    h275.ribbon(p, "PAYMENT FAILED", RED)
    p.add("gap")
    p.add("center", "Payment failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(p, "Your bank declined this payment. No money has been deducted from your account.", "error")
    tid = f"BFL{j.date:%y%m%d}{digits(rng, 9)}"
    at = 0.36
    gkv(p, "bf", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "bf", "Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=at, date=j.date)
    gkv(p, "bf", "Reason", "U30 - Debit declined by bank", at=at)
    gkv(p, "bf", "Account", f"{bank_short(bank)} XXXX{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _upi_indbank(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Indian Bank's IndOASIS with a UPI payment on a tinted band: Transaction Successful; Payee, Amount,
    UPI Ref. No., Date and Remarks in dot leaders in a rounded card."""
    p = phone(rng, font, k, ["", "IndOASIS"], dark=False, buttons=("Share", "Home"))
    band(p, (21, 67, 140))
    app_head(p, "IndOASIS", "Indian Bank  |  BHIM UPI")
    h269.strip(p, "Transaction Successful", j.status)
    p.add("gap")
    c = card_open(p)
    name = fit(p, [rng.choice(PAYEES), SHOP], 0.56)
    at = 0.38
    dots(p, "Payee", name, at=at, merchant=name)
    dots(p, "Amount", f"{rupee_of(p.font)} {num(j.amount, 'indian')}", at=at, amount=j.amount)
    dots(p, "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref), method="UPI")
    dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=at, date=j.date)
    dots(p, "Remarks", rng.choice(NOTES), at=at)
    card_close(p, c)
    return p.done()


UPI_LAYOUTS = [
    _upi_paytm_biz,
    _upi_amazon,
    _upi_slice,
    _upi_phonepe_gu,
    _upi_airtel,
    _upi_whatsapp,
    _upi_bajaj,
    _upi_indbank,
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Dana Ghar or the company by UPI, one layout a place (``UPI_LAYOUTS``): Paytm for
    Business on the Ghar's phone, Amazon Pay's scalloped badge, slice's payment processing, PhonePe set in
    Gujarati, Airtel Payments Bank's with no reference, a WhatsApp payment under "Today", Bajaj Finserv's
    failure and Indian Bank's IndOASIS in dot leaders."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=450, high=22000, p_round=0.7)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    if k == 0 and rng.random() < 0.4:
        season(j, rng, TARNETAR, TARNETAR_DAYS)
    return UPI_LAYOUTS[k](rng, font, k, j, who, bank)


# ---------------------------------------------------------------- 2. buyers' advices


GSHHDC = "Gujarat State Handloom & Handicrafts Development Corporation Ltd."
GSHHDC_MID = "Gujarat State Handloom & Handicrafts Dev. Corpn. Ltd."
GSHHDC_GU = "ગુજરાત રાજ્ય હાથશાળ અને હસ્તકલા વિકાસ નિગમ લિ."
FABINDIA = "Fabindia Ltd."
KALAMKARI = "Studio Kalamkar Design LLP"
SABARMATI = "Sabarmati Riverfront Hotels Pvt. Ltd."
MOTI = "Moti Mahal Boutique"
SHREYAS = "Shreyas Foundation"
SHREYAS_GU = "શ્રેયસ ફાઉન્ડેશન"
NID = "National Institute of Design"


def _adv_gurjari(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Gujarat State Handloom & Handicrafts Development Corporation's PAYMENT ADVICE for the cloth its
    Gurjari emporia bought, under its Gujarati name: Advice No. at the left and Payment date : at the right;
    Payee : and its address; Bill No. | Bill Date | Bill Amount | TDS (GST) 2% | Net Paid in a table ruled on
    every side with its Total; "Paid by NEFT vide UTR ... on <day>." under it; the Manager (Accounts)'s
    signature."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    gu(p, GSHHDC_GU, bold=True, scale=1.0)
    name = pick(p, "center", [GSHHDC, GSHHDC_MID])
    p.add("center", name)
    p.add("small", "Gurjari, Ashram Road, Ahmedabad - 380009  |  (A Govt. of Gujarat Undertaking)")
    p.add("rule")
    p.part = "body"
    p.add("center", "PAYMENT ADVICE")
    adv = f"GSHHDC/ACC/{fy(j.date)}/{rng.randrange(200, 2400)}"
    cols(
        p,
        "gj0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Advice No. {adv}",
        f"Payment date : {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
        date=j.date,
    )
    p.add("gap")
    payee = fit(p, [FIRM, FIRM_MID, FIRM_SHORT], 0.84)
    p.add("left", f"Payee : {payee}", merchant=payee)
    p.add("small", SHED_AT)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    rows_ = []
    for bno, bday, net in bills_for(rng, j, rng.randrange(1, 4), "DDG"):
        gross = round(net / 0.98, 2)
        rows_.append(([bno, when(bday, "%d/%m/%Y"), num(gross), num(round(gross - net, 2)), num(net)], {}))
    grid(
        p,
        "gjt",
        [(0.0, 0.26, "l"), (0.26, 0.44, "c"), (0.44, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        ["Bill No.", "Bill Date", "Bill Amount", "TDS (GST) 2%", "Net Paid"],
        rows_,
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    p.add("gap")
    utr = utr_of(rng, j, "State Bank of India", way)
    prose(
        p,
        f"Paid by {way} vide UTR {utr} on {day_as(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}.",
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, utr),
    )
    p.add("gap")
    sig(p)
    p.add("right", "Manager (Accounts)")
    return p.done()


def _adv_fabindia(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Fabindia's remittance advice mailed from its payables: its sentence; Supplier :, Payment Number :,
    Payment Date :, Payment Method : and UTR Reference : with colons; Invoice Num | Invoice Date | Amount Paid
    on hairline rows with its Total under a rule and a double rule."""
    p = mail_page(
        rng,
        font,
        "Fabindia Accounts Payable <ap.remittance@fabindia.net>",
        ["Remittance Advice - Fabindia Ltd.", "Payment Remittance Advice"],
    )
    p.part = "head"
    top(p, "fabindia")
    p.add("small", "Fabindia Ltd., Okhla Industrial Area Phase I, New Delhi - 110020")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Supplier,")
    prose(
        p,
        "We have released the payment below to your registered bank account. Please see the invoices it settles.",
    )
    p.add("gap")
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    name = fit(p, [FIRM_CAPS, FIRM_MID, CUT], 0.62)
    colkv(p, "fb", spec, "Supplier :", name, merchant=name)
    pno = f"{rng.randrange(41, 49)}{digits(rng, 6)}"
    colkv(p, "fb", spec, "Payment Number :", pno, txn=(INVOICE_RANK, pno))
    colkv(p, "fb", spec, "Payment Date :", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
    way = neft_or_rtgs(j.amount)
    colkv(p, "fb", spec, "Payment Method :", f"{way} - Electronic", method="netbanking", status=j.status)
    utr = utr_of(rng, j, "HDFC Bank", way)
    colkv(p, "fb", spec, "UTR Reference :", utr, txn=(UTR_RANK, utr))
    p.add("gap")
    ispec = [(0.0, 0.4, "l"), (0.4, 0.7, "c"), (0.7, 1.0, "r")]
    cols(p, "fbh", ispec, "Invoice Num", "Invoice Date", "Amount Paid", mode="line")
    for bno, bday, v in bills_for(rng, j, rng.randrange(2, 4), "DDT"):
        cols(p, "fbr", ispec, bno, when(bday, "%d-%b-%Y"), num(v), mode="line")
    total(p, "Total", num(j.amount), amount=j.amount)
    p.add("gap")
    p.add("small", "This is a system generated advice. For queries write to ap.helpdesk@fabindia.net")
    return p.done()


def _adv_icici_cib(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ICICI Bank's Corporate Internet Banking with an Ahmedabad design studio's RTGS pending approval: a
    capsule, its stages top to bottom (Created by maker, Pending with checker, Sent to RTGS); Transaction Ref
    No, Beneficiary, Amount, Value Date and Payment Mode labelled against a gutter; a notice."""
    p = browser_page(rng, font, "cib.icicibank.com/corp/BANKAWAY?ActivityId=PendingApprovals")
    p.part = "head"
    top(p, "ICICI Bank")
    p.add("small", f"Corporate Internet Banking  |  {KALAMKARI}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Transaction details")
    chip(p, "Pending for approval", j.status)
    p.add("gap")
    h271.step(p, "Created by maker", when(j.date, "%d %b %Y"), "done")
    h271.step(p, "Pending with checker", "1 of 2 approvals", j.status)
    h271.step(p, "Sent to RTGS", "", "todo")
    p.add("gap")
    ref = f"RT{digits(rng, 10)}"
    at = 0.4
    name = fit(p, [FIRM_CAPS, CUT], 0.56)
    gutter(p, "ic", "Transaction Ref No", ref, at=at, txn=(BANK_RANK, ref))
    gutter(p, "ic", "Beneficiary", name, at=at, merchant=name)
    gutter(p, "ic", "Amount", f"INR {num(j.amount, 'indian')}", at=at, amount=j.amount)
    gutter(p, "ic", "Value Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    gutter(p, "ic", "Payment Mode", "RTGS", at=at, method="netbanking")
    boxed(p, "The payment will be sent once the second authoriser approves it.", "warn")
    return p.done()


def _adv_whatsapp_gu(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A buyer's WhatsApp message in Gujarati to the Dana Ghar under its "Today" divider: the buyer on top;
    "નમસ્તે બેન, <n> ટાંગલિયા શાલના ₹x આજે NEFT થી <payee> ના ખાતામાં મોકલ્યા છે. UTR ..." (the price of
    <n> Tangaliya shawls, ₹x, sent today by NEFT to <payee>'s account); the Ghar's reply "મળી ગયા, આભાર!
    કાલે પાર્સલ મોકલીશું." (received, thank you! we will send the parcel tomorrow); no day."""
    who = rng.choice(["Rupal Trivedi (Baroda)", "Ketan Shah, Surat", "Mehul Desai"])
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    p.add("title", who.split(",")[0].split(" (")[0])
    p.add("small", "online")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    n = rng.randrange(6, 30)
    j.amount = float(n * rng.randrange(16, 25) * 100)
    payee = rng.choice([SHOP, CUT, FIRM_SHORT])
    utr = utr_of(rng, j, "HDFC Bank", "NEFT")
    s = len(p.rows)
    gu(
        p,
        f"નમસ્તે બેન, {n} ટાંગલિયા શાલના {rupee_of(p.font)}{num(j.amount, 'indian', 0)}",
        align="l",
        amount=j.amount,
    )
    gu(p, "આજે NEFT થી", align="l", method="netbanking")
    gu(p, f"{payee} ના ખાતામાં", align="l", merchant=payee)
    gu(p, "મોકલ્યા છે.", align="l", status=j.status)
    p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
    t1, t2 = hours(rng, 2)
    h273.bubble(p, s, t1)
    s = len(p.rows)
    gu(p, "મળી ગયા, આભાર! કાલે પાર્સલ મોકલીશું.", align="l")
    h273.bubble(p, s, t2)
    return p.done()


def _adv_hdfc_enet(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC Bank's ENet with a Sabarmati Riverfront hotel company's NEFT returned on a tinted band: the reason
    in a notice; Transaction Ref No, Beneficiary, Amount, Value Date, Payment Type and Return Reason in
    shaded labels."""
    p = browser_page(rng, font, "enet.hdfcbank.com/corp/transactions/status")
    p.part = "head"
    top(p, "HDFC BANK")
    p.add("small", f"ENet  |  {SABARMATI}")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "NEFT RETURNED", j.status)
    boxed(
        p,
        "The beneficiary bank returned this payment. The amount has been credited back to the debit account.",
        "error",
    )
    ref = f"EN{j.date:%y%m%d}{digits(rng, 8)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.56)
    at = 0.36
    kv(p, "Transaction Ref No", ref, at=at, txn=(BANK_RANK, ref))
    kv(p, "Beneficiary", name, at=at, merchant=name)
    kv(p, "Amount", f"INR {num(j.amount, 'western')}", at=at, amount=j.amount)
    kv(p, "Value Date", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=at, date=j.date)
    kv(p, "Payment Type", "NEFT", at=at, method="netbanking")
    kv(p, "Return Reason", "Beneficiary name mismatch", at=at, status=j.status)
    return p.done()


def _adv_zoho(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """An Ahmedabad boutique's PAYMENT MADE printed from Zoho Books: Payment#, Payment Date, Reference
    Number, Paid To, Payment Mode and Paid Through at the left and the right; Amount Paid on a tinted panel;
    Bill Number | Bill Date | Bill Amount | Payment on hairline rows."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, MOTI)
    p.add("small", "C. G. Road, Navrangpura, Ahmedabad - 380009  |  GSTIN " + gstin_of(rng))
    p.add("rule")
    p.part = "body"
    p.add("center", "PAYMENT MADE")
    p.add("gap")
    pno = str(rng.randrange(12, 240))
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Kotak Mahindra Bank", way)
    name = fit(p, [FIRM, FIRM_MID, FIRM_SHORT], 0.6)
    kvr(p, "Payment#", pno, txn=(INVOICE_RANK, pno))
    kvr(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
    kvr(p, "Reference Number", utr, txn=(UTR_RANK, utr))
    kvr(p, "Paid To", name, merchant=name)
    kvr(p, "Payment Mode", f"Bank Transfer ({way})", method="netbanking", status=j.status)
    kvr(p, "Paid Through", "Kotak Current A/c")
    p.add("gap")
    h273.panel(p, "Amount Paid", f"Rs.{num(j.amount, 'indian')}", GREEN, amount=j.amount)
    p.add("gap")
    ispec = [(0.0, 0.34, "l"), (0.34, 0.56, "c"), (0.56, 0.78, "r"), (0.78, 1.0, "r")]
    cols(p, "zbh", ispec, "Bill Number", "Bill Date", "Bill Amount", "Payment", mode="line")
    for bno, bday, v in bills_for(rng, j, rng.randrange(1, 3), "DDG"):
        cols(p, "zbr", ispec, bno, when(bday, "%d/%m/%Y"), num(v), num(v), mode="line")
    p.add("gap")
    p.add("small", "Authorized Signature ____________________")
    return p.done()


def _adv_shreyas(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A school trust's letter under its Gujarati name, with no reference: Date: at the right; "To," and the
    company; Subject:; "... Rs. x/- ... has been transferred to your account with Bank of Baroda by NEFT on
    <day>."; the Trustee's signature."""
    j.amount = float(rng.randrange(30, 240) * 500)
    p = sheet(rng, font, [780, 820])
    p.part = "head"
    gu(p, SHREYAS_GU, serif=True, bold=True, scale=1.2)
    top(p, SHREYAS)
    p.add("small", "Shreyas Vidyalaya, Ambawadi, Ahmedabad - 380015")
    p.add("rule")
    p.part = "body"
    cols(p, "sh0", [(0.0, 1.0, "r")], f"Date: {day_as(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}")
    p.add("left", "To,")
    p.add("left", "The Chief Executive,")
    name = fit(p, [FIRM, FIRM_MID], 0.95)
    p.add("left", name, merchant=name)
    p.add("left", "Dedadara, Ta. Wadhwan, Dist. Surendranagar")
    p.add("gap")
    p.add("left", "Subject: Payment for Tangaliya stoles for our Annual Day")
    p.add("gap")
    p.add("left", "Dear Nitaben,")
    prose(
        p,
        f"We are happy to inform you that {whole_rs(j.amount)} for the {rng.randrange(60, 300)} Tangaliya stoles "
        f"woven for our Annual Day has been transferred to your account with Bank of Baroda by NEFT on "
        f"{day_as(j, rng, ['{d} %B %Y', '%d/%m/%Y'])}.",
        amount=j.amount,
        method="netbanking",
        status=j.status,
        date=j.date,
    )
    prose(p, "Kindly acknowledge the receipt. Our children loved the dana work.")
    p.add("gap")
    p.add("left", "With regards,")
    sig(p)
    p.add("left", "Trustee")
    return p.done()


def _adv_nid(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The National Institute of Design's E-PAYMENT ADVICE for cloth bought for its textile studio: Vendor
    Code : and Vendor : with colons; Invoice No. | Invoice Date | Taxable | GST 5% | TDS 2% | Net in a table
    ruled on every side with its Total; Net amount paid :, Mode :, UTR No. : and Date of credit : with
    colons."""
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    top(p, NID)
    p.add("small", "Paldi, Ahmedabad - 380007  |  Accounts Section")
    p.add("rule")
    p.part = "body"
    p.add("center", "E-PAYMENT ADVICE")
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    colkv(p, "nd", spec, "Vendor Code :", f"V{digits(rng, 6)}")
    name = fit(p, [FIRM, FIRM_MID, FIRM_SHORT], 0.68)
    colkv(p, "nd", spec, "Vendor :", name, merchant=name)
    p.add("gap")
    rows_ = []
    for bno, bday, net in bills_for(rng, j, rng.randrange(1, 3), "DDT"):
        taxable = round(net / 1.03, 2)
        gst = round(taxable * 0.05, 2)
        tds = round(taxable + gst - net, 2)
        rows_.append(([bno, when(bday, "%d.%m.%Y"), num(taxable), num(gst), num(tds), num(net)], {}))
    grid(
        p,
        "ndt",
        [
            (0.0, 0.2, "l"),
            (0.2, 0.36, "c"),
            (0.36, 0.54, "r"),
            (0.54, 0.68, "r"),
            (0.68, 0.82, "r"),
            (0.82, 1.0, "r"),
        ],
        ["Invoice No.", "Inv. Date", "Taxable", "GST 5%", "TDS 2%", "Net"],
        rows_,
        foot=(["Total", num(j.amount)], {}),
    )
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "State Bank of India", way)
    colkv(p, "nd", spec, "Net amount paid :", f"Rs. {num(j.amount, 'indian')}", amount=j.amount)
    colkv(p, "nd", spec, "Mode :", way, method="netbanking", status=j.status)
    colkv(p, "nd", spec, "UTR No. :", utr, txn=(UTR_RANK, utr))
    colkv(p, "nd", spec, "Date of credit :", day_as(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), date=j.date)
    return p.done()


ADVICE_LAYOUTS = [
    _adv_gurjari,
    _adv_fabindia,
    _adv_icici_cib,
    _adv_whatsapp_gu,
    _adv_hdfc_enet,
    _adv_zoho,
    _adv_shreyas,
    _adv_nid,
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the company, one layout a place (``ADVICE_LAYOUTS``): Gurjari's
    payment advice under its Gujarati name, Fabindia's remittance mail, ICICI Bank's CIB with an RTGS pending
    approval, a buyer's WhatsApp message in Gujarati under "Today", HDFC Bank's ENet with a NEFT returned, a
    boutique's Zoho Books payment, a school trust's letter with no reference and NID's e-payment advice."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=15000, high=240000, p_round=0.6)
    return ADVICE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Desert Loom Gallery LLC", "Santa Fe, New Mexico, USA", "USD", 900, 14000),
    ("Heather & Knot Ltd", "Edinburgh, United Kingdom", "GBP", 600, 8000),
    ("Weft & Weave Collective Ltd", "Wellington, New Zealand", "NZD", 1200, 16000),
    ("Tsumugi Textile Co., Ltd.", "Kanazawa, Japan", "JPY", 120000, 1500000),
    ("Weverij De Knoop B.V.", "Utrecht, Netherlands", "EUR", 800, 10000),
    ("Al Noor Home Textiles LLC", "Dubai, United Arab Emirates", "AED", 3000, 40000),
    ("Northern Loom Collective Inc.", "Toronto, Canada", "CAD", 1000, 14000),
    ("Vaeveriet Aarhus ApS", "Aarhus, Denmark", "DKK", 6000, 80000),
]
SWIFT_BENE = "BANK OF BARODA, WADHWAN (BARBINBBWAD)"


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or $; pounds with GBP or the pound's sign;
    New Zealand dollars with NZD or NZ$; yen whole with JPY or the yen's sign; euros the Dutch way (€ 4.250,00
    or EUR 4.250,00); dirhams with AED before or after; Canadian dollars with CAD or C$; Danish kroner the
    Danish way (DKK 24.500,00 or 24.500,00 kr.)."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    yen = "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}"
    euro = "\u20ac {g}" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "EUR {g}"
    forms = {
        "USD": ["USD {v}", "${v}"],
        "GBP": ["GBP {v}", pound],
        "NZD": ["NZD {v}", "NZ${v}"],
        "JPY": ["JPY {w}", yen],
        "EUR": [euro, "EUR {g}"],
        "AED": ["AED {v}", "{v} AED"],
        "CAD": ["CAD {v}", "C${v}"],
        "DKK": ["DKK {g}", "{g} kr."],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(
            v=english,
            w=f"{v:,.0f}",
            g=english.replace(",", "#").replace(".", ",").replace("#", "."),
        )

    return show


def _wire_boa(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Bank of America's CashPro with a wire completed in US dollars, the day month first: Payment details
    in a striped table: Status, Payment ID, Beneficiary, Beneficiary bank, Amount, Value date and Charges."""
    p = browser_page(rng, font, "cashpro.bankofamerica.com/payments/detail")
    p.part = "head"
    top(p, "Bank of America")
    p.add("small", f"CashPro  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    pid = f"{rng.randrange(20, 99)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    zebra(
        p,
        "ba",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        ["Payment details", ""],
        [
            (["Status", "Completed"], {"status": j.status}),
            (["Payment ID", pid], {"txn": (BANK_RANK, pid)}),
            (["Beneficiary", name], {"merchant": name}),
            (["Beneficiary bank", SWIFT_BENE], {}),
            (["Amount", show(j.amount)], sum_),
            (["Value date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"]))], {"date": j.date}),
            (["Charges", "Shared (SHA)"], {"method": "netbanking"}),
        ],
        (1, 33, 105),
    )
    return p.done()


def _wire_monzo(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Monzo Business' international transfer under "Today, <hour>": a tile's tick, Sent, the sum, "to
    <payee>"; a copyable Transfer ID; Reference, Fee and From at the left and the right; no day."""
    p = phone(rng, font, k, ["", "Monzo"], dark=False, buttons=("Done",))
    band(p, (20, 35, 60))
    app_head(p, "Monzo", "Business  |  International transfer")
    p.add("small", f"Today, {hhmm(rng, twelve=False)}")
    h287.tile(p, j.status)
    p.add("center", "Sent", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_SHORT}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    tid = f"TR{digits(rng, 9)}"
    copyrow(p, "Transfer ID", tid, txn=(BANK_RANK, tid))
    kvr(p, "Reference", f"DANA INV {rng.randrange(10, 99)}")
    kvr(p, "Fee", "Shared (SHA)", method="netbanking")
    kvr(p, "From", f"{payer.split(' Ltd')[0]} {masked(p.font)}{digits(rng, 4)}")
    return p.done()


def _wire_anz(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """ANZ Transactive's international payment receipt in New Zealand dollars: Status:, Payment reference:,
    Beneficiary:, Beneficiary bank:, Amount:, Payment date: and Charges: with colons."""
    p = browser_page(rng, font, "transactive.anz.co.nz/payments/international/receipt")
    p.part = "head"
    top(p, "ANZ Transactive")
    p.add("small", f"{payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "International payment receipt")
    p.add("gap")
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    ref = f"IP{digits(rng, 10)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.66)
    colkv(p, "an", spec, "Status:", "Processed", status=j.status)
    colkv(p, "an", spec, "Payment reference:", ref, txn=(BANK_RANK, ref))
    colkv(p, "an", spec, "Beneficiary:", name, merchant=name)
    colkv(p, "an", spec, "Beneficiary bank:", SWIFT_BENE)
    colkv(p, "an", spec, "Amount:", show(j.amount), **sum_)
    colkv(p, "an", spec, "Payment date:", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), date=j.date)
    colkv(p, "an", spec, "Charges:", "SHA - shared", method="netbanking")
    return p.done()


def _wire_smbc(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """SMBC's Valuedoor with an overseas remittance in yen under review: a capsule; its stages across the
    page (Submitted, Under review, Sent); Remittance No., Beneficiary, Amount, Value date and Charges in a
    table ruled on every side."""
    p = browser_page(rng, font, "valuedoor.smbc.co.jp/remittance/overseas/status")
    p.part = "head"
    top(p, "SMBC Valuedoor")
    p.add("small", f"Sumitomo Mitsui Banking Corporation  |  {payer}")
    p.add("rule")
    p.part = "body"
    chip(p, "Under review", j.status)
    p.add("gap")
    h289.steps(p, ["Submitted", "Under review", "Sent"], 1, j.status)
    ref = f"{j.date:%y%m}{digits(rng, 8)}" if not j.no_day else digits(rng, 12)
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    at = 0.34
    gkv(p, "sm", "Remittance No.", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "sm", "Beneficiary", name, at=at, merchant=name)
    gkv(p, "sm", "Amount", show(j.amount), at=at, **sum_)
    gkv(p, "sm", "Value date", when(j.date, "%d %b %Y"), at=at, date=j.date)
    gkv(p, "sm", "Charges", "SHA", at=at, method="netbanking")
    boxed(
        p,
        "Overseas remittances are checked before they are sent. This usually takes one business day.",
        "info",
    )
    return p.done()


def _wire_abnamro(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """ABN AMRO's internet banking with a payment executed in euros the Dutch way: Betaling uitgevoerd /
    Payment executed; each label's Dutch and its English after a slash on hairline rows: Begunstigde /
    Beneficiary, Bedrag / Amount, Uitvoerdatum / Execution date, Referentie / Reference, Kosten / Charges."""
    p = browser_page(rng, font, "internetbankieren.abnamro.nl/betalen/buitenland/details")
    p.part = "head"
    top(p, "ABN AMRO")
    p.add("small", f"Internet Bankieren Zakelijk  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("center", "Betaling uitgevoerd / Payment executed", status=j.status)
    p.add("gap")
    ref = f"NL{digits(rng, 4)}{code(rng, 6, ALNUM)}"
    spec = [(0.0, 0.44, "l"), (0.44, 1.0, "r")]
    name = fit(p, [FIRM_CAPS, CUT], 0.52)
    cols(p, "ab", spec, "Begunstigde / Beneficiary", name, mode="line", merchant=name)
    cols(p, "ab", spec, "Bedrag / Amount", show(j.amount), mode="line", **sum_)
    cols(p, "ab", spec, "Uitvoerdatum / Execution date", when(j.date, "%d-%m-%Y"), mode="line", date=j.date)
    cols(p, "ab", spec, "Referentie / Reference", ref, mode="line", txn=(BANK_RANK, ref))
    cols(p, "ab", spec, "Kosten / Charges", "SHA (gedeeld)", mode="line", method="netbanking")
    return p.done()


def _wire_enbd(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Emirates NBD's business banking with a transfer in dirhams rejected under a red ribbon: the reason in
    a notice; Transaction reference and Date, Amount and Charges in tiles; Reason at the left and the right."""
    p = browser_page(rng, font, "businessonline.emiratesnbd.com/transfers/international")
    p.part = "head"
    top(p, "Emirates NBD")
    p.add("small", f"Business Online  |  {payer}")
    p.add("rule")
    p.part = "body"
    h275.ribbon(p, "TRANSFER REJECTED", RED)
    p.add("gap")
    p.add("center", "Transfer rejected", status=j.status)
    name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "The beneficiary bank rejected the payment: the account details do not match. The amount will be credited back.",
        "error",
    )
    ref = f"ENBD{digits(rng, 10)}"
    tiles2(
        p,
        ("Transaction reference", ref),
        ("Date", when(j.date, "%d/%m/%Y")),
        txn=(BANK_RANK, ref),
        date=j.date,
    )
    tiles2(p, ("Amount", show(j.amount)), ("Charges", "SHA"), method="netbanking", **sum_)
    kvr(p, "Reason", "Beneficiary details mismatch")
    return p.done()


def _wire_scotia(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Scotiabank's business banking with an international money transfer told in a sentence with no
    reference: a capsule, Sent; "Your international money transfer of <sum> to <payee> was sent on <day>.";
    From account and Fee at the left and the right."""
    p = browser_page(rng, font, "scotiaconnect.scotiabank.com/transfers/confirmation")
    p.part = "head"
    top(p, "Scotiabank")
    p.add("small", f"ScotiaConnect  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    pill(p, "Sent", j.status)
    p.add("gap")
    name = rng.choice([FIRM_CAPS, FIRM_SHORT])
    prose(
        p,
        f"Your international money transfer of {show(j.amount)} to {name} was sent on "
        f"{when(j.date, rng.choice(['%B {d}, %Y', '%b {d}, %Y']))}.",
        merchant=name,
        date=j.date,
        **sum_,
    )
    p.add("gap")
    kvr(p, "From account", f"Business Account {masked(p.font)}{digits(rng, 4)}")
    kvr(p, "Fee", "Shared (SHA)", method="netbanking")
    return p.done()


def _wire_danske(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Danske Bank's District with a foreign transfer completed in Danish kroner the Danish way: its labels in
    Danish only in a table ruled on every side (Status, Modtager, Modtagers bank, Beløb, Dato, Reference,
    Omkostninger)."""
    p = browser_page(rng, font, "district.danskebank.dk/betalinger/udland/detaljer")
    p.part = "head"
    top(p, "Danske Bank")
    p.add("small", f"District  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Udenlandsk overførsel")
    p.add("gap")
    ref = f"DB{digits(rng, 11)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    at = 0.34
    gkv(p, "dk", "Status", "Gennemført", at=at, status=j.status)
    gkv(p, "dk", "Modtager", name, at=at, merchant=name)
    gkv(p, "dk", "Modtagers bank", SWIFT_BENE, at=at)
    gkv(p, "dk", "Beløb" if glyphs(p.font, "ø") else "Beloeb", show(j.amount), at=at, **sum_)
    gkv(p, "dk", "Dato", when(j.date, "%d.%m.%Y"), at=at, date=j.date)
    gkv(p, "dk", "Reference", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "dk", "Omkostninger", "Delt (SHA)", at=at, method="netbanking")
    return p.done()


WIRE_LAYOUTS = [
    _wire_boa,
    _wire_monzo,
    _wire_anz,
    _wire_smbc,
    _wire_abnamro,
    _wire_enbd,
    _wire_scotia,
    _wire_danske,
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Galleries, shops and collectives abroad paying the company for its Tangaliya, one layout a place
    (``WIRE_LAYOUTS``): Bank of America's CashPro, Monzo's "Today", ANZ Transactive's receipt, SMBC's
    remittance under review, ABN AMRO's payment executed, Emirates NBD's transfer rejected, Scotiabank's
    sentence with no reference and Danske Bank's transfer completed."""
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


# ---------------------------------------------------------------- 4. the company's own papers


CUSTOMERS = [
    "Mrs. Bhavna Pandya",
    "Shri Jayesh Chauhan",
    "Ms. Aarti Shukla",
    "Mrs. Sonal Jadeja",
    "Shri Mahesh Parikh",
]
PATRONS = [
    ("Rann Utsav Crafts Bazaar Committee", "Rann Utsav Committee"),
    ("Dastkar Ranthambhore (Nature Bazaar)", "Dastkar"),
    ("Smt. Ilaben Joshi", "Ilaben Joshi"),
    ("Ahmedabad Management Association", "AMA, Ahmedabad"),
]


def _own_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Dana Ghar's TAX INVOICE under a Tangaliya motif, the company's Gujarati name, its Gujarati motto
    and a Tangaliya border: Invoice No. and Date, Bill to and Place of Supply at the left and the right;
    Sr | Item | HSN | Qty | Rate | Amount in a striped table; Taxable value, CGST 2.5% and SGST 2.5% in dot
    leaders, the Invoice Total under a rule and a double rule; "Received by UPI, Ref No. ..."; the company's
    round seal; "આભાર" (thank you)."""
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    dana_mark(p)
    gu(p, FIRM_GU, scale=0.9)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    gu(p, f"{MOTTO_GU}  |  {MOTTO}", scale=0.8, soft=True)
    p.add("small", f"A unit of {FIRM}")
    p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
    dana_band(p)
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"TDG/{fy(j.date)}/{rng.randrange(40, 900):04d}"
    spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(
        p,
        "oi0",
        spec,
        f"Invoice No. {ino}",
        f"Date {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    cols(p, "oi0", spec, f"Bill to: {rng.choice(CUSTOMERS)}", "Place of Supply: Gujarat (24)")
    p.add("gap")
    rows_ = []
    taxable = 0.0
    for n_, (item, hsn, q, price) in enumerate(cloth(rng, rng.randrange(2, 5), high=2500)):
        value = round(q * price, 2)
        taxable += value
        rows_.append(([str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value)], {}))
    zebra(
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
        ["Sr", "Item", "HSN", "Qty", "Rate", "Amount"],
        rows_,
        T_MAROON,
    )
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    at = 0.56
    dots(p, "Taxable value", num(taxable), at=at)
    dots(p, "CGST 2.5%", num(gst), at=at)
    dots(p, "SGST 2.5%", num(gst), at=at)
    total(p, "Invoice Total Rs.", num(j.amount), amount=j.amount)
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    p.add("left", f"Received by UPI, Ref No. {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    gu(p, "આભાર! ફરી પધારજો.", scale=0.9)
    h269.seal(p, "DEDADARA TANGALIYA PRODUCER CO. *", ["WADHWAN"], "violet")
    sig(p)
    p.add("right", f"for {SHOP}")
    return p.done()


def _own_tarnetar(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Tarnetar fair stall's memo in the fair's days, photographed lying on a Tangaliya shawl: the Ghar's
    Gujarati name over its English, "Tarnetar no Melo 2026 | Stall No. <n>"; તારીખ / Date and ગ્રાહક / Buyer
    in this set's bilingual labels written in; the cloth written in a Gujarati hand with its sums at the
    right on ruled lines, "કુલ" (total); "રોકડા મળ્યા" (received in cash); no reference."""
    season(j, rng, TARNETAR, TARNETAR_DAYS)
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(250, 247, 236), (246, 244, 234)])
    p.part = "head"
    gu(p, SHOP_GU, bold=True, scale=1.2)
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", f"Tarnetar no Melo 2026  |  Stall No. {rng.randrange(12, 90)}")
    p.add("rule")
    p.add("center", "MEMO")
    p.part = "body"
    at = 0.4
    gu_pair(
        p, "તારીખ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, pen=True, date=j.date
    )
    gu_pair(
        p, "ગ્રાહક", "Buyer", gp_fit(p, [rng.choice(CUSTOMERS), "Bhavnaben"], at=at, pen=True), at=at, pen=True
    )
    start = len(p.rows)
    p.add("gap")
    total_ = 0
    for item, _hsn, q, price in cloth(rng, rng.randrange(2, 4), high=2200):
        price = float(round(price / 100) * 100)
        v = int(q * price)
        total_ += v
        gu_hand(p, f"{SHORT_GU[item]} {q} x {int(price)}", figure=str(v))
    j.amount = float(total_)
    gu_hand(p, "કુલ", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    gu_hand(p, "રોકડા મળ્યા", method="cash", status=j.status)
    sig(p)
    p.add("right", f"for {SHOP}")
    on_shawl(p)
    return p.done()


def _own_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The company's RECEIPT from its book, "પહોંચ" (receipt) beside its English, under its Gujarati name:
    No. struck in red; તારીખ / Date, નામ / Received from, રકમ / Amount, વિગત / Towards, રીત / Mode and UPI
    સંદર્ભ / UPI Ref in this set's bilingual labels written in; the sum in words; the company's round seal;
    the CEO's signature over "સ્વીકારનાર" (receiver)."""
    j.amount = float(rng.randrange(6, 60) * 500)
    p = sheet(rng, font, [800, 840])
    p.style["paper"] = rng.choice([(250, 247, 240), (246, 246, 238)])
    p.part = "head"
    gu(p, FIRM_GU, scale=0.95, bold=True)
    name = pick(p, "title", [FIRM, FIRM_MID, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{SHED_AT}  |  {CIN}")
    p.add("rule")
    gu(p, "પહોંચ  /  RECEIPT", bold=True)
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(120, 2400))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    at = 0.4
    gu_pair(
        p, "તારીખ", "Date", when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])), at=at, pen=True, date=j.date
    )
    patron, short = rng.choice(PATRONS)
    gu_pair(p, "નામ", "Received from", gp_fit(p, [patron, short], at=at, pen=True), at=at, pen=True)
    gu_pair(p, "રકમ", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", at=at, pen=True, amount=j.amount)
    gu_pair(
        p,
        "વિગત",
        "Towards",
        gp_fit(p, ["Advance for Tangaliya shawls", "Shawl advance"], at=at, pen=True),
        at=at,
        pen=True,
    )
    gu_pair(p, "રીત", "Mode", "UPI", at=at, pen=True, method="UPI", status=j.status)
    gu_pair(p, "UPI સંદર્ભ", "UPI Ref", j.ref, at=at, pen=True, txn=(UTR_RANK, j.ref))
    p.add("gap")
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h269.seal(p, "DEDADARA TANGALIYA PRODUCER CO. *", ["DEDADARA"], "blue")
    sig(p)
    gu(p, "સ્વીકારનાર / Receiver", align="r", scale=0.85)
    return p.done()


def _own_ccavenue(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """CCAvenue's checkout for the web shop with a net banking payment pending over a progress bar: the Ghar
    on top, Transaction pending, the sum, a notice; Order No., CCAvenue Reference No., Payment mode and
    Initiated on in dot leaders."""
    p = browser_page(rng, font, "secure.ccavenue.com/transaction/status")
    p.part = "head"
    name = pick(p, "title", [SHOP, SHOP_CAPS])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Secured by CCAvenue")
    p.add("rule")
    p.part = "body"
    h294.progress(p, rng.uniform(0.5, 0.75), j.status)
    p.add("center", "Transaction pending", status=j.status)
    p.add("big", f"{rupee_of(p.font)} {num(j.amount, 'indian')}", amount=j.amount)
    boxed(
        p,
        "We are awaiting confirmation from your bank. Do not refresh or pay again; the order is confirmed once the bank responds.",
        "warn",
    )
    oid = f"TDG{j.date:%y%m}{digits(rng, 5)}" if not j.no_day else f"TDG{digits(rng, 9)}"
    cref = digits(rng, 12)
    at = 0.45
    dots(p, "Order No.", oid, at=at, txn=(ORDER_RANK, oid))
    dots(p, "CCAvenue Reference No.", cref, at=at, txn=(TXN_RANK, cref))
    dots(p, "Payment mode", "Net Banking - Bank of Baroda", at=at, method="netbanking")
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _own_vyapar(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Vyapar on the Dana Ghar's phone with a Payment-In under "Today, <hour>": the Ghar under the app's bar,
    the party's initials in a round badge, Payment-In, Received on a tinted panel; each value over its label:
    Receipt No., Payment type, Reference no.; no day."""
    p = phone(rng, font, k, ["", "Vyapar"], dark=False, buttons=("Share", "Print"))
    band(p, (237, 28, 36))
    name = pick(p, "small", [SHOP, SHOP_CAPS])
    bar(p, "Vyapar", name, merchant=name)
    party = rng.choice(CUSTOMERS)
    h273.avatar(p, initials(party.split(". ", 1)[-1]), (237, 28, 36))
    p.add("center", party.split(". ", 1)[-1])
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("center", "Payment-In", status=j.status)
    h273.panel(p, "Received", f"{rupee_of(p.font)} {num(j.amount, 'indian')}", GREEN, amount=j.amount)
    p.add("gap")
    rno = str(rng.randrange(40, 900))
    vlab(p, "Receipt No.", rno, bold=False, txn=(INVOICE_RANK, rno))
    vlab(p, "Payment type", "UPI", bold=False, method="UPI")
    vlab(p, "Reference no.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
    return p.done()


def _own_razorpay(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Razorpay's checkout for the web shop with a card payment failed under a large round cross: the Ghar on
    top, Payment failed, the sum, the reason in a notice; Payment ID :, Order ID :, Method : and Attempted on :
    with colons."""
    p = browser_page(rng, font, f"{WEB}/checkout/payment-status")
    p.part = "head"
    name = pick(p, "title", [SHOP, SHOP_CAPS])
    top(p, name, merchant=name)
    p.add("small", "Payments by Razorpay")
    p.add("rule")
    p.part = "body"
    sicon(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    boxed(
        p,
        "Your card issuer declined the payment (insufficient funds). Please try another card or UPI.",
        "error",
    )
    pid = "pay_" + code(rng, 14, MIXED)
    oid = "order_" + code(rng, 14, MIXED)
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    colkv(p, "rz", spec, "Payment ID :", pid, txn=(TXN_RANK, pid))
    colkv(p, "rz", spec, "Order ID :", oid, txn=(ORDER_RANK, oid))
    colkv(p, "rz", spec, "Method :", f"Card - Visa {masked(p.font, 4)} {digits(rng, 4)}", method="card")
    colkv(
        p, "rz", spec, "Attempted on :", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
    )
    return p.done()


def _own_itokri(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """iTokri's payout mail for the company's sales on its marketplace: its sentence; Seller, Payout ID,
    Orders, Gross sales, Commission, Net payout, Mode, UTR and Payout date in a table ruled on every side."""
    p = mail_page(
        rng,
        font,
        "iTokri Seller Support <sellers@itokri.com>",
        ["Your payout has been processed", "Payout processed - iTokri"],
    )
    p.part = "head"
    top(p, "iTokri")
    p.add("small", "iTokri Crafts Pvt. Ltd.  |  Seller payouts")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Seller,")
    prose(p, "Your payout for the orders below has been processed to your registered bank account.")
    p.add("gap")
    gross = round(j.amount / 0.82, 2)
    fee = round(gross - j.amount, 2)
    pid = f"PO{j.date:%y%m}{digits(rng, 5)}" if not j.no_day else f"PO{digits(rng, 9)}"
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "ICICI Bank", way)
    name = fit(p, [SHOP, SHOP_CAPS], 0.6)
    at = 0.34
    gkv(p, "it", "Seller", name, at=at, merchant=name)
    gkv(p, "it", "Payout ID", pid, at=at, txn=(TXN_RANK, pid))
    gkv(p, "it", "Orders", str(rng.randrange(4, 40)), at=at)
    gkv(p, "it", "Gross sales", f"Rs. {num(gross)}", at=at)
    gkv(p, "it", "Commission + GST", f"Rs. {num(fee)}", at=at)
    gkv(p, "it", "Net payout", f"Rs. {num(j.amount)}", at=at, amount=j.amount, status=j.status)
    gkv(p, "it", "Mode", way, at=at, method="netbanking")
    gkv(p, "it", "UTR", utr, at=at, txn=(UTR_RANK, utr))
    gkv(p, "it", "Payout date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=at, date=j.date)
    p.add("gap")
    p.add("small", "Team iTokri")
    return p.done()


def _own_roll(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Dana Ghar's bill from GoFrugal on a three-inch roll, torn off: BILL NO and DATE; the cloth, SUB
    TOTAL, CGST 2.5%, SGST 2.5% and NET AMT typed in the printer's face; PAID BY : UPI and its UPI RRN."""
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Station Road, Wadhwan")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    ino = f"W{rng.randrange(10000, 99999)}"
    typed(p, f"BILL NO : {ino}", txn=(INVOICE_RANK, ino))
    typed(p, f"DATE : {when(j.date, '%d/%m/%Y')}  {hhmm(rng, twelve=False)}", date=j.date)
    p.add("rule")
    sub = 0.0
    for item, _hsn, q, price in cloth(rng, rng.randrange(2, 4), high=2500):
        typed(p, SHORT[item].upper())
        typed_pair(p, f"  {q} x {price:.2f}", f"{q * price:.2f}")
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    typed_pair(p, "SUB TOTAL", f"{sub:.2f}")
    typed_pair(p, "CGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "SGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "NET AMT", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, "PAID BY : UPI", method="UPI", status=j.status)
    typed(p, f"UPI RRN : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Thank you! Visit again  |  GoFrugal RPOS")
    h269.torn(p)
    return p.done()


OWN_LAYOUTS = [
    _own_invoice,
    _own_tarnetar,
    _own_receipt,
    _own_ccavenue,
    _own_vyapar,
    _own_razorpay,
    _own_itokri,
    _own_roll,
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own papers, its Dana Ghar or itself on top, one layout a place (``OWN_LAYOUTS``): the
    Ghar's tax invoice under a Tangaliya motif, the Tarnetar stall's memo in a Gujarati hand with no
    reference, the company's receipt book in Gujarati and English, CCAvenue's pending checkout, Vyapar's
    Payment-In under "Today", Razorpay's failed checkout, iTokri's payout mail and a GoFrugal roll."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=800, high=60000, p_round=0.6)
    return OWN_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 5. the suppliers


WOOL = "SHREE BALAJI WOOL TRADERS"
CARPENTER = "HASMUKHBHAI MISTRY"
CARPENTER_GU = "હસમુખભાઈ મિસ્ત્રી"
FLIPKART_SELLER = "Om Packaging Solutions"
DYES = "KRISHNA DYE CHEM"
COTTON = "Mahalaxmi Cotton Yarn Agency"
SHOPIFY = "Shopify"
MARUTI = "SHREE MARUTI COURIER SERVICE PVT. LTD."
PRINTER = "NAVKAR OFFSET PRINTERS"
YARNS = [
    ("Merino wool yarn 2/32, black", "5107", 240, 420),
    ("Desi wool yarn, natural white", "5107", 180, 320),
    ("Wool yarn, dyed red (dana)", "5107", 260, 460),
]
DYESTUFF = [
    ("Acid dye, scarlet", "3204", 650, 1200),
    ("Acid dye, black", "3204", 520, 980),
    ("Reactive dye, turmeric yellow", "3204", 480, 900),
    ("Glauber's salt", "2833", 18, 30),
]


def _sup_wool(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Panipat wool yarn dealer's TAX INVOICE with its rectangular PAYMENT RECEIVED stamp: Invoice No. and
    its earlier Date; Description | HSN | Kg | Rate | Amount in a table ruled on every side with its Total;
    IGST 5% and Grand Total set right; "Recd. by NEFT, UTR ... on <day>" typed under it and the stamp with
    the day across it."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    top(p, WOOL, merchant=WOOL)
    p.add("small", f"G.T. Road, Panipat, Haryana - 132103  |  GSTIN {gstin_of(rng, '06')}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"SBW/{fy(j.date)}/{rng.randrange(100, 2000)}"
    bday = earlier(rng, j, 6, 40)
    cols(
        p,
        "wl0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Date {when(bday, '%d/%m/%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {FIRM_MID}")
    p.add("gap")
    rows_ = []
    sub = 0.0
    for name, hsn, lo, hi_ in rng.sample(YARNS, rng.randrange(1, 4)):
        kg = rng.randrange(10, 60)
        rate = float(rng.randrange(lo, hi_))
        v = kg * rate
        sub += v
        rows_.append(([name, hsn, str(kg), num(rate), num(v)], {}))
    igst = round(sub * 0.05, 2)
    j.amount = round(sub + igst, 2)
    grid(
        p,
        "wlt",
        [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.66, "c"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
        ["Description", "HSN", "Kg", "Rate", "Amount"],
        rows_,
        foot=(["Total", num(sub)], {}),
    )
    tspec = [(0.0, 0.78, "r"), (0.78, 1.0, "r")]
    cols(p, "wlx", tspec, "IGST 5%", num(igst))
    total(p, "Grand Total", num(j.amount), amount=j.amount)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Bank of Baroda", way)
    typed(
        p,
        f"Recd. by {way}, UTR {utr} on {when(j.date, '%d/%m/%Y')}",
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, utr),
        date=j.date,
    )
    h271.rstamp(
        p,
        ["SHREE BALAJI WOOL TRADERS", "PAYMENT RECEIVED", when(j.date, "%d %b %Y").upper()],
        "blue",
        at=0.62,
    )
    sig(p)
    p.add("right", f"for {WOOL.title()}")
    return p.done()


def _sup_carpenter(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Wadhwan carpenter's bill for loom parts, written in a Gujarati hand: his name printed in Gujarati
    over its English with "સુથારી કામ" (carpentry) and his street; તારીખ / Date written in; the parts
    written with their sums at the right on ruled lines, "કુલ" (total); "રોકડા મળ્યા" (received in cash);
    his signature; no reference."""
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(248, 244, 228), (244, 242, 232)])
    p.part = "head"
    gu(p, CARPENTER_GU, bold=True, scale=1.2)
    p.add("center", CARPENTER, merchant=CARPENTER)
    gu(p, "સુથારી કામ - હાથશાળ, ચરખા, પાવડી", scale=0.85)
    p.add("small", "Kharva Pol, Wadhwan City")
    p.add("rule")
    p.part = "body"
    at = 0.4
    gu_pair(
        p, "તારીખ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y"])), at=at, pen=True, date=j.date
    )
    gu_pair(p, "શ્રી", "To", "Tangaliya Sangh, Dedadara", at=at, pen=True)
    start = len(p.rows)
    p.add("gap")
    parts = [
        ("શટલ", 180, 420),
        ("ફણી (રીડ)", 600, 1400),
        ("પાવડી", 350, 800),
        ("હાથો (બીમ)", 900, 2200),
        ("વેલણ", 250, 600),
    ]
    total_ = 0
    for name, lo, hi_ in rng.sample(parts, rng.randrange(2, 5)):
        q = rng.randrange(1, 4)
        rate = rng.randrange(lo, hi_, 10)
        total_ += q * rate
        gu_hand(p, f"{name} {q} x {rate}", figure=str(q * rate))
    j.amount = float(total_)
    gu_hand(p, "કુલ", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    gu_hand(p, "રોકડા મળ્યા", method="cash", status=j.status)
    sig(p)
    gu(p, "સહી", align="r", scale=0.85, soft=True)
    return p.done()


def _sup_flipkart(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Flipkart Wholesale's order of cartons and poly mailers with the payment pending: a capsule, a notice;
    each value over its label: Order ID, Sold by, Order total, Payment and Ordered on."""
    j.amount = rupees(rng, 1800, 16000, 0.3)
    p = phone(rng, font, k, ["", "Flipkart Wholesale"], dark=False, buttons=("Complete payment",))
    band(p, (40, 116, 240))
    app_head(p, "Flipkart Wholesale", "Order details")
    pill(p, "Payment pending", j.status)
    boxed(
        p,
        "We have not received a confirmation from your bank yet. Your order will be confirmed once it arrives.",
        "warn",
    )
    oid = f"OD{digits(rng, 18)}"
    vlab(p, "Order ID", oid, bold=False, txn=(ORDER_RANK, oid))
    vlab(p, "Sold by", FLIPKART_SELLER, merchant=FLIPKART_SELLER)
    vlab(p, "Order total", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    vlab(p, "Payment", "UPI", bold=False, method="UPI")
    vlab(p, "Ordered on", when(j.date, rng.choice(["%a, {d} %b %Y", "{d} %b %Y"])), bold=False, date=j.date)
    return p.done()


def _sup_dyes(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """An Ahmedabad dye dealer's TAX INVOICE with the payments it received: Invoice No. and its earlier Date
    at the left and the right; Item | HSN | Qty | Rate | Amount on hairline rows; CGST 9% and SGST 9% in dot
    leaders and Total; Payments received (Date | Mode | Reference | Amount) in a striped table; Balance due
    0.00."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    top(p, DYES, merchant=DYES)
    p.add("small", f"Kalupur, Ahmedabad - 380002  |  GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"KDC-{rng.randrange(1000, 9999)}"
    bday = earlier(rng, j, 3, 20)
    cols(
        p,
        "dy0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Date {when(bday, '%d-%m-%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("gap")
    ispec = [(0.0, 0.42, "l"), (0.42, 0.54, "c"), (0.54, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
    cols(p, "dyh", ispec, "Item", "HSN", "Qty", "Rate", "Amount", mode="line")
    sub = 0.0
    for name, hsn, lo, hi_ in rng.sample(DYESTUFF, rng.randrange(2, 4)):
        q = rng.randrange(2, 25) if lo > 100 else rng.randrange(25, 100)
        rate = float(rng.randrange(lo, hi_))
        sub += q * rate
        cols(p, "dyr", ispec, name, hsn, f"{q} kg", num(rate), num(q * rate), mode="line")
    gst = round(sub * 0.09, 2)
    j.amount = round(sub + 2 * gst, 2)
    at = 0.6
    dots(p, "CGST 9%", num(gst), at=at)
    dots(p, "SGST 9%", num(gst), at=at)
    total(p, "Total", num(j.amount), amount=j.amount)
    p.add("gap")
    p.add("left", "Payments received")
    zebra(
        p,
        "dyp",
        [(0.0, 0.24, "l"), (0.24, 0.4, "l"), (0.4, 0.74, "l"), (0.74, 1.0, "r")],
        ["Date", "Mode", "Reference", "Amount"],
        [
            (
                [when(j.date, "%d-%m-%Y"), "UPI", j.ref, num(j.amount)],
                {"date": j.date, "method": "UPI", "status": j.status, "txn": (UTR_RANK, j.ref)},
            )
        ],
        (20, 90, 140),
    )
    cols(p, "dyb", [(0.0, 0.78, "r"), (0.78, 1.0, "r")], "Balance due", "0.00")
    return p.done()


def _sup_whatsapp_gu(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """An Ahmedabad cotton yarn dealer's WhatsApp Business chat under its "Today" divider: the dealer with
    its verified tick on top; the company's message in Gujarati "સુતરના ઓર્ડરના ₹x UPI થી મોકલ્યા છે. Ref
    ..." (₹x for the cotton yarn order sent by UPI) and the dealer's reply "મળી ગયા, આભાર. આજે જ માલ રવાના
    કરીએ છીએ." (received, thank you; we dispatch the goods today); no day."""
    j.amount = rupees(rng, 3000, 40000, 0.7)
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    tick = sign(p.font, "\u2714", "")
    name = pick(p, "title", [f"{COTTON} {tick}".strip(), COTTON])
    p.add("title", name, merchant=COTTON)
    p.add("small", "Business account")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    t1, t2 = hours(rng, 2)
    s = len(p.rows)
    gu(p, f"સુતરના ઓર્ડરના {rupee_of(p.font)}{num(j.amount, 'indian')}", align="l", amount=j.amount)
    gu(p, "UPI થી મોકલ્યા છે.", align="l", method="UPI", status=j.status)
    p.add("left", f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
    gu(p, "- ટાંગલિયા સંઘ, દેદાદરા", align="l", scale=0.85, soft=True)
    h273.bubble(p, s, t1)
    s = len(p.rows)
    gu(p, "મળી ગયા, આભાર. આજે જ માલ રવાના કરીએ છીએ.", align="l")
    h273.bubble(p, s, t2)
    return p.done()


def _sup_shopify(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Shopify's bill for the web shop's plan with the card payment failed on a tinted band: the reason in a
    notice; Bill, Transaction ID, Amount (incl. GST 18%), Card and Attempted on in shaded labels."""
    j.amount = float(rng.choice([2300, 2950, 5900, 7080]))
    p = browser_page(rng, font, "admin.shopify.com/store/tangaliyadanaghar/settings/billing")
    p.part = "head"
    top(p, SHOPIFY, merchant=SHOPIFY)
    p.add("small", "Billing  |  tangaliyadanaghar.myshopify.com")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Payment failed", j.status)
    boxed(
        p,
        "Your card was declined by the issuing bank. Update your payment method to keep your store open.",
        "error",
    )
    bill = digits(rng, 9)
    tid = f"{digits(rng, 13)}"
    at = 0.36
    kv(p, "Bill", f"#{bill}", at=at)
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Amount", f"Rs. {num(j.amount, 'indian')} (incl. GST 18%)", at=at, amount=j.amount)
    kv(p, "Card", f"RuPay ending {digits(rng, 4)}", at=at, method="card")
    kv(p, "Attempted on", when(j.date, rng.choice(["%b {d}, %Y", "{d} %B %Y"])), at=at, date=j.date)
    return p.done()


def _sup_maruti(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Shree Maruti Courier's booking receipt from its Wadhwan branch: Booking Receipt; labels small over
    their values two to a row: Docket No. and Booking date, From and To, Weight and Amount paid, Paid by and
    UPI Ref."""
    j.amount = rupees(rng, 180, 2400, 0.8)
    p = roll(rng, font, [560, 600], [18, 19])
    p.part = "head"
    name = pick(p, "center", [MARUTI, "Shree Maruti Courier Service"])
    p.add("center", name, merchant=name)
    p.add("small", "Wadhwan Branch, Surendranagar  |  www.shreemaruti.com")
    p.add("rule")
    p.part = "body"
    p.add("center", "Booking Receipt")
    p.add("gap")
    dk = f"{rng.randrange(1, 9)}{digits(rng, 11)}"
    two_up(p, "mr1", ("Docket No.", dk), ("Booking date", when(j.date, "%d/%m/%Y")), date=j.date)
    two_up(
        p, "mr2", ("From", "Wadhwan (GJ)"), ("To", rng.choice(["Jaipur (RJ)", "Bengaluru (KA)", "Pune (MH)"]))
    )
    two_up(
        p,
        "mr3",
        ("Weight", f"{rng.randrange(1, 12)}.{rng.randrange(10)} kg"),
        ("Amount paid", f"Rs. {num(j.amount)}"),
        amount=j.amount,
    )
    two_up(
        p, "mr4", ("Paid by", "UPI"), ("UPI Ref", j.ref), method="UPI", status=j.status, txn=(UTR_RANK, j.ref)
    )
    p.add("gap")
    p.add("small", "Thank you for choosing Shree Maruti. Track at shreemaruti.com")
    return p.done()


def _sup_printer(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Surendranagar printer's TAX INVOICE printed from BUSY under a PAID watermark: Invoice No. and its
    earlier Dated; Particulars | SAC | Qty | Rate | Amount in a table ruled on every side; CGST 9%, SGST 9%
    and Total set right; "Received with thanks Rs. x by UPI, Ref ..., on <day>." under it."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    top(p, PRINTER, merchant=PRINTER)
    p.add("small", f"Opp. Jawahar Ground, Surendranagar - 363001  |  GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"NOP/{rng.randrange(100, 900)}/{fy(j.date)}"
    bday = earlier(rng, j, 4, 30)
    cols(
        p,
        "pr0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Dated {when(bday, '%d-%b-%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("gap")
    jobs = [
        ("Hang tags, 2 colour", 2000, 1.8, 3.5),
        ("Brochures A5, 4 colour", 1000, 6.0, 11.0),
        ("Paper bags with logo", 500, 14.0, 26.0),
        ("Visiting cards", 1000, 0.9, 1.6),
    ]
    rows_ = []
    sub = 0.0
    for name, q, lo, hi_ in rng.sample(jobs, rng.randrange(1, 4)):
        rate = round(rng.uniform(lo, hi_), 2)
        sub += q * rate
        rows_.append(([name, "998912", str(q), num(rate), num(q * rate)], {}))
    sub = round(sub, 2)
    gst = round(sub * 0.09, 2)
    j.amount = round(sub + 2 * gst, 2)
    grid(
        p,
        "prt",
        [(0.0, 0.42, "l"), (0.42, 0.56, "c"), (0.56, 0.66, "c"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
        ["Particulars", "SAC", "Qty", "Rate", "Amount"],
        rows_,
    )
    tspec = [(0.0, 0.78, "r"), (0.78, 1.0, "r")]
    cols(p, "prx", tspec, "CGST 9%", num(gst))
    cols(p, "prx", tspec, "SGST 9%", num(gst))
    total(p, "Total", num(j.amount), amount=j.amount)
    p.add("gap")
    prose(
        p,
        f"Received with thanks Rs. {num(j.amount)} by UPI, Ref {j.ref}, on {when(j.date, '%d-%b-%Y')}.",
        method="UPI",
        status=j.status,
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    h273.watermark(p, "PAID", (200, 40, 40))
    sig(p)
    p.add("right", f"for {PRINTER.title()}")
    p.add("small", "Printed from BUSY")
    return p.done()


SUPPLIER_LAYOUTS = [
    _sup_wool,
    _sup_carpenter,
    _sup_flipkart,
    _sup_dyes,
    _sup_whatsapp_gu,
    _sup_shopify,
    _sup_maruti,
    _sup_printer,
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's suppliers, each on top of its own paper, one layout a place (``SUPPLIER_LAYOUTS``): a
    Panipat wool dealer's invoice with its PAYMENT RECEIVED stamp, a carpenter's bill in a Gujarati hand with
    no reference, Flipkart Wholesale's pending order, an Ahmedabad dye dealer's invoice with its payments
    received, a cotton yarn dealer's WhatsApp Business chat in Gujarati under "Today", Shopify's failed bill,
    Shree Maruti Courier's booking receipt and a printer's BUSY invoice under its PAID mark."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1500, high=90000)
    return SUPPLIER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 6. the company paying its suppliers


TAILOR = "Rafiqbhai Ghanchi"
FRINGE = "Ramilaben Vaghela"
LOOM_MAKER = "BHAVANI LOOM WORKS"
SDCCB = "The Surendranagar District Central Co-operative Bank Ltd."
SDCCB_GU = "ધી સુરેન્દ્રનગર ડિસ્ટ્રિક્ટ સેન્ટ્રલ કો-ઓપ. બેંક લિ."


def _pay_baroda(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bank of Baroda's Baroda Connect with a NEFT to the Panipat wool dealer: Transaction successful on a
    tinted band; Beneficiary, Amount, UTR No., Transfer date, Debit account and Mode labelled against a
    gutter."""
    p = browser_page(rng, font, "barodaconnect.bankofbaroda.co.in/corp/transfer/confirmation")
    p.part = "head"
    top(p, "Bank of Baroda")
    p.add("small", f"Baroda Connect  |  {FIRM_SHORT}")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Transaction successful", j.status)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Bank of Baroda", way)
    at = 0.38
    gutter(p, "bc", "Beneficiary", WOOL, at=at, merchant=WOOL)
    gutter(p, "bc", "Amount", f"INR {num(j.amount, 'indian')}", at=at, amount=j.amount)
    gutter(p, "bc", "UTR No.", utr, at=at, txn=(UTR_RANK, utr))
    gutter(p, "bc", "Transfer date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=at, date=j.date)
    gutter(p, "bc", "Debit account", f"XXXXXXXX{digits(rng, 4)}")
    gutter(p, "bc", "Mode", way, at=at, method="netbanking")
    return p.done()


def _pay_sdccb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Surendranagar District Central Co-operative Bank's NEFT / RTGS application under its Gujarati name,
    the customer's copy filled in by hand: NEFT ticked in its boxes; the date, the sum and the remitter in
    this set's bilingual labels written in; the beneficiary's name, account and IFSC written a letter to a
    box; "Sent, UTR ..." written by its clerk over the bank's rectangular stamp with its day."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    gu(p, SDCCB_GU, bold=True, scale=0.95)
    name = pick(p, "center", [SDCCB, "Surendranagar Dist. Central Co-op. Bank Ltd."])
    p.add("center", name)
    p.add("small", "Wadhwan Branch  |  NEFT / RTGS Application (Customer's copy)")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    way = neft_or_rtgs(j.amount)
    h269.ticks(p, ["NEFT", "RTGS"], 0 if way == "NEFT" else 1, method="netbanking")
    at = 0.42
    gu_pair(p, "તારીખ", "Date", when(j.date, "%d/%m/%Y"), at=at, pen=True, date=j.date)
    gu_pair(p, "રકમ રૂ.", "Amount", num(j.amount, "indian"), at=at, pen=True, amount=j.amount)
    gu_pair(
        p,
        "મોકલનાર",
        "Remitter",
        gp_fit(p, [FIRM_SHORT, "Dedadara Tangaliya"], at=at, pen=True),
        at=at,
        pen=True,
    )
    p.add("gap")
    h269.comb(p, "Beneficiary", DYES.replace(" ", " "), merchant=DYES)
    h269.comb(p, "A/c No.", digits(rng, 14))
    h269.comb(p, "IFSC", f"HDFC000{digits(rng, 4)}")
    p.add("gap")
    utr = utr_of(rng, j, "Surendranagar District Central Co-operative Bank", way)
    hand(p, f"Sent, UTR {utr}", status=j.status, txn=(UTR_RANK, utr))
    h271.rstamp(p, ["S.D.C.C. BANK LTD.", when(j.date, "%d %b %Y").upper(), "WADHWAN BR."], "violet", at=0.6)
    p.add("right", "Signature of remitter")
    return p.done()


def _pay_kotak(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Kotak Mahindra Bank's app with an IMPS to the Surendranagar printer in process: a spinner, the sum, "to
    <payee>", a notice; IMPS Ref No., Beneficiary A/c, Initiated on and Debit A/c in dot leaders."""
    p = phone(rng, font, k, ["", "kotak"], dark=False, buttons=("Done",))
    band(p, (237, 28, 36))
    app_head(p, "kotak", "Kotak Mahindra Bank  |  Fund transfer")
    h279.spinner(p, AMBER)
    p.add("center", "Transfer in process", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {PRINTER}", "to Navkar Offset"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(p, "The beneficiary bank has not confirmed the credit yet. We will update you by SMS.", "warn")
    at = 0.44
    dots(p, "IMPS Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref), method="netbanking")
    dots(p, "Beneficiary A/c", f"XXXXXX{digits(rng, 4)}", at=at)
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    dots(p, "Debit A/c", f"XXXX{digits(rng, 4)}", at=at)
    return p.done()


def _pay_gpay(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Google Pay's payment to the carpenter: the payee's initials in a round badge, "Paid to <payee>", the
    sum large, Completed over the day and hour; UPI transaction ID, To and From each label over its
    value."""
    j.amount = rupees(rng, 300, 12000, 0.8)
    p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Share screenshot",))
    h273.avatar(p, "HM", (26, 115, 232))
    name = pick(p, "center", [f"Paid to {CARPENTER}", "Paid to Hasmukhbhai"])[8:]
    p.add("center", f"Paid to {name}", merchant=name)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'western')}", amount=j.amount)
    p.add("center", f"{sign(p.font, chr(0x2713), '')} Completed".strip(), status=j.status)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " \u2022 ")), date=j.date)
    p.add("rule")
    h271.lab(p, "UPI transaction ID")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    h271.lab(p, "To")
    p.add("left", f"{name}  (hasmukhmistry@okaxis)")
    h271.lab(p, "From")
    p.add("left", f"{FIRM_SHORT} (Bank of Baroda)", method="UPI")
    return p.done()


def _pay_paytm(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Paytm's payment to the cotton yarn dealer failed under a tile's cross: the sum, "to <payee>", the
    reason in a notice; Paytm Order ID and Date, From and Reason in tiles."""
    j.amount = rupees(rng, 2000, 60000, 0.6)
    p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Retry",))
    band(p, (0, 186, 242))
    app_head(p, "Paytm", "UPI")
    h287.tile(p, j.status)
    p.add("center", "Payment Failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {COTTON}", "to Mahalaxmi Cotton"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(p, "Amount, if debited, will be refunded to your account within 3 working days.", "error")
    oid = digits(rng, 14)
    tiles2(p, ("Paytm Order ID", oid), ("Date", when(j.date, "%d %b %Y")), txn=(TXN_RANK, oid), date=j.date)
    tiles2(
        p, ("From", f"BOB UPI {masked(p.font)}{digits(rng, 4)}"), ("Reason", "Bank server down"), method="UPI"
    )
    return p.done()


def _pay_iris(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Yes Bank's iris with a UPI payment to the tailor under "Today, <hour>": a large round tick, Payment
    successful, the sum, "to <payee>"; UPI Ref No., Paid from and Note in a striped table; no day."""
    j.amount = rupees(rng, 400, 9000, 0.8)
    p = phone(rng, font, k, ["", "iris"], dark=False, buttons=("Done",))
    band(p, (0, 80, 160))
    app_head(p, "iris by YES BANK", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {TAILOR}", merchant=TAILOR)
    p.add("gap")
    zebra(
        p,
        "ir",
        [(0.0, 0.38, "l"), (0.38, 1.0, "r")],
        ["Details", ""],
        [
            (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["Paid from", f"YES BANK {masked(p.font)}{digits(rng, 4)}"], {"method": "UPI"}),
            (["Note", "Cushion stitching"], {}),
        ],
        (0, 80, 160),
    )
    return p.done()


def _pay_jio(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """JioFinance's UPI payment to the fringe twister with no reference: Money sent, the sum, "Sent to" over
    the payee, "on <day> at <hour>"; From at the left and the right."""
    j.amount = rupees(rng, 300, 6000, 0.8)
    p = phone(rng, font, k, ["", "JioFinance"], dark=False, buttons=("Done",))
    band(p, (13, 60, 140))
    app_head(p, "JioFinance", "UPI")
    h287.burst(p, j.status)
    p.add("center", "Money sent", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("small", "Sent to")
    p.add("center", FRINGE, merchant=FRINGE)
    p.add("small", f"on {day_as(j, rng, ['{d} %b %Y', '%d/%m/%Y'])} at {hhmm(rng, lower=True)}", date=j.date)
    p.add("gap")
    kvr(p, "From", f"Jio Payments Bank {masked(p.font)}{digits(rng, 4)}", method="UPI")
    return p.done()


def _pay_idbi(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IDBI Bank's GO Mobile+ with an IMPS to a Rajkot loom maker: IMPS Successful; Beneficiary, Amount, IMPS
    Ref No., Date and Remarks in a table ruled on every side."""
    p = phone(rng, font, k, ["", "IDBI GO Mobile+"], dark=False, buttons=("Share", "Home"))
    band(p, (0, 122, 100))
    app_head(p, "GO Mobile+", "IDBI Bank  |  IMPS")
    sicon(p, j.status)
    p.add("center", "IMPS Successful", status=j.status)
    p.add("gap")
    at = 0.36
    gkv(p, "id", "Beneficiary", LOOM_MAKER, at=at, merchant=LOOM_MAKER)
    gkv(p, "id", "Amount", f"Rs. {num(j.amount, 'indian')}", at=at, amount=j.amount)
    gkv(p, "id", "IMPS Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref), method="netbanking")
    gkv(p, "id", "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    gkv(p, "id", "Remarks", "Frame loom parts", at=at)
    return p.done()


VENDOR_LAYOUTS = [
    _pay_baroda,
    _pay_sdccb,
    _pay_kotak,
    _pay_gpay,
    _pay_paytm,
    _pay_iris,
    _pay_jio,
    _pay_idbi,
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its suppliers from its banks, one layout a place (``VENDOR_LAYOUTS``): Baroda
    Connect's NEFT, the district co-operative bank's application filled in by hand, Kotak's IMPS in process,
    Google Pay to the carpenter, Paytm's failure, iris' "Today", JioFinance with no reference and IDBI Bank's
    IMPS in a ruled table."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=2500, high=160000)
    return VENDOR_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 7. the company paying its weavers and staff


# what a weaver weaves in a month and the piece rate paid for it (Gujarati, rupees low and high)
WOVEN = [
    ("શાલ", 520, 780),
    ("ધાબળો", 640, 900),
    ("સ્ટોલ", 220, 360),
    ("દુપટ્ટો", 300, 460),
    ("સાડી", 1400, 2100),
    ("કાપડ મીટર", 110, 180),
]


def _wage_record(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """A weaver's weaving-wage account under its Gujarati heading "વણાટ મજૂરી હિસાબ" (account of weaving
    wages) over its English: નામ / Weaver and માસ / Month in this set's bilingual labels written in; the
    pieces she wove written in a Gujarati hand with their counts, rates and sums on ruled lines, "કુલ"
    (total); "UPI થી ચૂકવ્યા, Ref ..." (paid by UPI) and "તા. <day>" (dated) written under it."""
    p = sheet(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(250, 248, 240), (246, 245, 238)])
    p.part = "head"
    gu(p, FIRM_GU, scale=0.85)
    gu(p, "વણાટ મજૂરી હિસાબ", bold=True, scale=1.2)
    p.add("center", "WEAVING WAGES")
    p.add("rule")
    p.part = "body"
    at = 0.4
    shown = gp_fit(p, [weaver, weaver.split()[0]], at=at, pen=True)
    gu_pair(p, "નામ", "Weaver", shown, at=at, pen=True, merchant=shown)
    gu_pair(p, "માસ", "Month", j.month(), at=at, pen=True)
    start = len(p.rows)
    p.add("gap")
    total_ = 0
    for name, lo, hi_ in rng.sample(WOVEN, rng.randrange(2, 4)):
        q = rng.randrange(2, 9) if name != "કાપડ મીટર" else rng.randrange(8, 30)
        rate = rng.randrange(lo, hi_, 10)
        total_ += q * rate
        gu_hand(p, f"{name} {q} x {rate}", figure=str(q * rate))
    j.amount = float(total_)
    gu_hand(p, "કુલ", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    gu_hand(p, f"UPI થી ચૂકવ્યા, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    gu_hand(p, f"તા. {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    p.add("right", ACCOUNTANT)
    return p.done()


def _wage_diwali(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """A weaver's Diwali bonus receipt written in a Gujarati hand under the company's names, "દિવાળી બોનસ"
    (Diwali bonus): "દિવાળી બોનસ પેટે રૂ. x/- રોકડા મળ્યા છે." (Rs. x/- received in cash toward the Diwali
    bonus) and "તા. <day>" written in; her signature and her name written under it; સાક્ષી (witness): the
    accountant; no reference."""
    season(j, rng, DIWALI_BONUS, DIWALI_DAYS)
    j.amount = float(rng.randrange(15, 60) * 100)
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(252, 246, 232), (246, 244, 236)])
    p.part = "head"
    gu(p, FIRM_GU, bold=True, scale=0.85)
    p.add("center", FIRM_MID)
    p.add("small", SHED_AT)
    p.add("rule")
    gu(p, "દિવાળી બોનસ", bold=True, scale=1.25)
    p.part = "body"
    p.add("gap")
    gu_hand(p, f"દિવાળી બોનસ પેટે રૂ. {int(j.amount)}/-", amount=j.amount)
    gu_hand(p, "રોકડા મળ્યા છે.", method="cash", status=j.status)
    p.add("gap")
    gu_hand(p, f"તા. {when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}", date=j.date)
    p.add("gap")
    sig(p)
    hand(p, weaver, align="r", merchant=weaver)
    p.add("gap")
    gu(p, f"સાક્ષી: {ACCOUNTANT}", align="l", scale=0.85, soft=True)
    return p.done()


def _wage_canara(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """Canara Bank's ai1 with a UPI payment to a weaver pending, its stages across the page (Debited, Sent to
    bank, Credited): Payment pending, the sum, "to <weaver>", a notice; UPI Ref No., Initiated and From at the
    left and the right."""
    p = phone(rng, font, k, ["", "Canara ai1"], dark=False, buttons=("Check status",))
    band(p, (0, 114, 188))
    app_head(p, "Canara ai1", "Canara Bank  |  UPI")
    p.add("center", "Payment pending", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = weaver.upper()
    p.add("center", f"to {name}", merchant=name)
    h289.steps(p, ["Debited", "Sent to bank", "Credited"], 1, j.status)
    boxed(p, "The receiving bank has not confirmed yet. The status will update within 48 hours.", "warn")
    kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Initiated", at_hour(rng, j.date, ["%d-%m-%Y", "{d} %b %Y"], (" ",)), date=j.date)
    kvr(p, "From", f"Canara Bank {masked(p.font)}{digits(rng, 4)}", method="UPI")
    return p.done()


def _wage_greythr(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """greytHR's payslip for the Dana Ghar's sales assistant: Employee Name, Employee No., Designation and Pay
    Period in shaded labels; Earnings | Amount | Deductions | Amount in a table ruled on every side; Net Pay
    in a box and its words; "Paid by NEFT on <day>, UTR ..." in a notice."""
    gross = float(rng.randrange(120, 190) * 100)
    pf = round(min(gross * 0.6, 15000) * 0.12)
    pt = 200.0
    j.amount = gross - pf - pt
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    top(p, FIRM_MID)
    p.add("small", SHOP_AT)
    p.add("center", f"Payslip for {j.month()}")
    p.add("rule")
    p.part = "body"
    at = 0.36
    kv(p, "Employee Name", COUNTER, at=at, merchant=COUNTER)
    kv(p, "Employee No.", f"TDG{rng.randrange(3, 40):03d}", at=at)
    kv(p, "Designation", "Sales Assistant", at=at)
    kv(p, "Pay Period", j.month(), at=at)
    p.add("gap")
    basic = round(gross * 0.6)
    hra = round(gross * 0.25)
    other = gross - basic - hra
    grid(
        p,
        "gh",
        [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
        ["Earnings", "Amount", "Deductions", "Amount"],
        [
            (["Basic", num(basic), "PF", num(pf)], {}),
            (["HRA", num(hra), "Professional Tax", num(pt)], {}),
            (["Other allowance", num(other), "", ""], {}),
            (["Gross", num(gross), "Total deductions", num(pf + pt)], {}),
        ],
    )
    p.add("gap")
    h271.amtbox(p, "Net Pay Rs.", num(j.amount), by_hand=False, at=0.3, amount=j.amount)
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    utr = utr_of(rng, j, "Bank of Baroda", "NEFT")
    boxed(p, f"Paid by NEFT on {when(j.date, '%d %b %Y')}, UTR {utr}", "info")
    p.tags[-1][1].update({"method": "netbanking", "status": j.status, "txn": (UTR_RANK, utr), "date": j.date})
    p.add("small", "This is a computer generated payslip from greytHR.")
    return p.done()


def _wage_bhim(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """BHIM's payment to a weaver failed in an octagon: the sum, "to <weaver>", the reason in a notice;
    Transaction ID, Date, Reason and From in shaded labels."""
    p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Try again",))
    band(p, (0, 98, 65))
    app_head(p, "BHIM", "UPI")
    h294.octa(p, j.status)
    p.add("center", "Transaction Failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {weaver}", merchant=weaver)
    boxed(p, "The payee's bank is not reachable. Please try after some time.", "error")
    tid = f"BHM{j.date:%y%m%d}{digits(rng, 9)}"
    at = 0.34
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    kv(p, "Reason", "U16 - Risk threshold exceeded", at=at)
    kv(p, "From", f"Bank of Baroda XX{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _wage_phonepe_chat(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """PhonePe's chat with a weaver under its "Today" divider: the weaver on top; the payment's card in the
    chat (Paid, the sum, Transaction ID, Debited from); her reply in Gujarati "મળી ગયા, આભાર બેન. નવી શાલ
    શરૂ કરું છું." (received, thank you; I am starting a new shawl); no day."""
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (95, 37, 159))
    p.part = "head"
    p.add("title", weaver, merchant=weaver)
    p.add("small", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    s = h275.gcard_open(p)
    h275.inrow(p, f"{sign(p.font, chr(0x2713), '')} Paid".strip(), scale=0.85, soft=True, status=j.status)
    h275.inrow(p, f"{rupee_of(p.font)}{num(j.amount, 'indian')}", scale=1.3, bold=True, amount=j.amount)
    tid = f"T{rng.randrange(21, 26)}{digits(rng, 20)}"
    h275.inrow(p, "Transaction ID", scale=0.7, soft=True)
    h275.inrow(p, tid, scale=0.72, txn=(TXN_RANK, tid))
    h275.inrow(p, f"Debited from BOB {masked(p.font)}{digits(rng, 4)}", scale=0.72, method="UPI")
    h275.gcard_close(p, s)
    t1, t2 = hours(rng, 2)
    p.add("small", t1)
    p.add("gap")
    s = len(p.rows)
    gu(p, "મળી ગયા, આભાર બેન. નવી શાલ શરૂ કરું છું.", align="l", scale=0.95)
    h273.bubble(p, s, t2)
    return p.done()


def _wage_voucher(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """The company's WAGE PAYMENT VOUCHER, "મજૂરી ચૂકવણી વાઉચર" over its English: Voucher No. struck in red;
    તારીખ / Date, નામ / Paid to, વિગત / Towards, રકમ / Amount, રીત / Mode and UPI સંદર્ભ / UPI Ref in this set's
    bilingual labels, printed and written in; the sum in words; the weaver's signature over "મેળવનારની સહી"
    (receiver's signature)."""
    j.amount = float(rng.randrange(12, 90) * 100)
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    gu(p, FIRM_GU, bold=True, scale=0.9)
    p.add("center", FIRM)
    p.add("rule")
    gu(p, "મજૂરી ચૂકવણી વાઉચર  /  WAGE PAYMENT VOUCHER", bold=True, scale=0.95)
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(300, 3000))
    h279.redno(p, "Voucher No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    at = 0.4
    gu_pair(p, "તારીખ", "Date", when(j.date, "%d/%m/%Y"), at=at, pen=True, date=j.date)
    shown = gp_fit(p, [weaver, weaver.split()[0]], at=at, pen=True)
    gu_pair(p, "નામ", "Paid to", shown, at=at, pen=True, merchant=shown)
    gu_pair(
        p,
        "વિગત",
        "Towards",
        gp_fit(p, [f"Dana weaving, {rng.randrange(2, 9)} shawls", "Dana weaving"], at=at, pen=True),
        at=at,
        pen=True,
    )
    gu_pair(p, "રકમ", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", at=at, pen=True, amount=j.amount)
    gu_pair(p, "રીત", "Mode", "UPI", at=at, pen=True, method="UPI", status=j.status)
    gu_pair(p, "UPI સંદર્ભ", "UPI Ref", j.ref, at=at, pen=True, txn=(UTR_RANK, j.ref))
    p.add("gap")
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    sig(p)
    gu(p, "મેળવનારની સહી / Receiver's signature", align="r", scale=0.8)
    return p.done()


def _wage_indie(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """IndusInd Bank's INDIE with a UPI payment to a weaver: a tile's tick, Payment successful, the sum, "to
    <weaver>"; labels small over their values two to a row: UPI Ref No. and Date, From and Note."""
    p = phone(rng, font, k, ["", "INDIE"], dark=False, buttons=("Share",))
    band(p, (140, 30, 50))
    app_head(p, "INDIE", "IndusInd Bank  |  UPI")
    h287.tile(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {weaver}", merchant=weaver)
    p.add("gap")
    two_up(
        p,
        "in1",
        ("UPI Ref No.", j.ref),
        ("Date", when(j.date, "%d %b %Y")),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    two_up(
        p,
        "in2",
        ("From", f"IndusInd {masked(p.font)}{digits(rng, 4)}"),
        ("Note", "Vanat majuri"),
        method="UPI",
    )
    return p.done()


WAGE_LAYOUTS = [
    _wage_record,
    _wage_diwali,
    _wage_canara,
    _wage_greythr,
    _wage_bhim,
    _wage_phonepe_chat,
    _wage_voucher,
    _wage_indie,
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its weavers (its members, paid by the piece) and its staff, one layout a place
    (``WAGE_LAYOUTS``): a weaving-wage account in a Gujarati hand, a Diwali bonus in a Gujarati hand with no
    reference, Canara ai1's payment pending, greytHR's payslip, BHIM's failure, PhonePe's chat under "Today",
    the wage payment voucher in Gujarati and English and INDIE's payment two to a row."""
    k = place("worker_pay")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1500, high=16000, p_round=0.7)
    weaver = WEAVERS[(k + rng.randrange(3)) % len(WEAVERS)]
    return WAGE_LAYOUTS[k](rng, font, k, j, weaver)


# ---------------------------------------------------------------- 8. fees, taxes and dues


SMC = "SURENDRANAGAR MUNICIPAL CORPORATION"
SMC_GU = "સુરેન્દ્રનગર મહાનગરપાલિકા"
GST_TOP = "Goods and Services Tax"
GLWB = "Gujarat Labour Welfare Board"
MELA = "TARNETAR MELA SAMITI, THAN"
MELA_GU = "તરણેતર મેળા સમિતિ, થાન"
MCA = "Ministry of Corporate Affairs"
DCH = "Office of the Development Commissioner (Handlooms)"
IPINDIA = "Office of the Controller General of Patents, Designs & Trade Marks"
PANCHAYAT = "GRAM PANCHAYAT, DEDADARA"
PANCHAYAT_GU = "ગ્રામ પંચાયત, દેદાદરા"


def _fee_smc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Surendranagar Municipal Corporation's property tax e-receipt for the Dana Ghar, under its Gujarati
    name: Receipt No., Tenement No., Owner / Occupier, Financial Year, Amount Paid, Payment Mode, Bank Ref No.,
    Payment Date and Status in a table ruled on every side."""
    j.amount = rupees(rng, 1800, 14000, 0.6)
    p = browser_page(rng, font, "smc.gujarat.gov.in/propertytax/receipt")
    p.part = "head"
    gu(p, SMC_GU, bold=True, scale=1.1)
    top(p, SMC, merchant=SMC)
    p.add("small", "Property Tax  |  e-Receipt")
    p.add("rule")
    p.part = "body"
    rno = f"PT/{fy(j.date)}/{rng.randrange(10000, 99999)}"
    at = 0.36
    gkv(p, "sm", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gkv(p, "sm", "Tenement No.", f"WD-{rng.randrange(1, 12):02d}-{rng.randrange(1000, 9999)}", at=at)
    gkv(p, "sm", "Owner / Occupier", fit(p, [FIRM_MID, FIRM_SHORT], 0.6), at=at)
    gkv(p, "sm", "Financial Year", f"20{fy(j.date)}", at=at)
    gkv(p, "sm", "Amount Paid", f"Rs. {num(j.amount, 'indian')}", at=at, amount=j.amount)
    gkv(p, "sm", "Payment Mode", "UPI", at=at, method="UPI")
    gkv(p, "sm", "Bank Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gkv(p, "sm", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    gkv(p, "sm", "Status", "Success", at=at, status=j.status)
    return p.done()


def _fee_gst(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The GST portal's payment receipt for the company's monthly tax: Payment Successful; labels small over
    their values two to a row: CPIN and Date of deposit, BRN and Bank, Amount and Mode."""
    j.amount = float(rng.randrange(20, 480) * 100)
    p = browser_page(rng, font, "payment.gst.gov.in/payment/receipt")
    p.part = "head"
    top(p, GST_TOP, merchant=GST_TOP)
    p.add("small", "Government of India, States and Union Territories  |  Payment Receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    p.add("small", f"GSTIN {GSTIN}  |  {FIRM_CAPS}")
    p.add("gap")
    cpin = f"{j.date:%y}{j.date.month:02d}24{digits(rng, 10)}"
    brn = f"{digits(rng, 4)}{code(rng, 3, UPPER)}{digits(rng, 6)}"
    two_up(
        p,
        "gs1",
        ("CPIN", cpin),
        ("Date of deposit", when(j.date, "%d/%m/%Y")),
        txn=(INVOICE_RANK, cpin),
        date=j.date,
    )
    two_up(p, "gs2", ("BRN", brn), ("Bank", "Bank of Baroda"), txn=(BANK_RANK, brn))
    two_up(
        p,
        "gs3",
        ("Amount", f"Rs. {num(j.amount, 'indian')}"),
        ("Mode", "E-Payment (Net Banking)"),
        amount=j.amount,
        method="netbanking",
    )
    return p.done()


def _fee_glwb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Gujarat Labour Welfare Board's contribution paid through the state's Cyber Treasury, pending at
    the bank: a capsule; GRN :, Board :, Period :, Amount :, Bank : and Initiated on : with colons; a
    notice."""
    j.amount = float(rng.randrange(2, 40) * 18)
    p = browser_page(rng, font, "cybertreasury.gujarat.gov.in/CyberTreasury_UL/challanStatus")
    p.part = "head"
    top(p, "Cyber Treasury")
    p.add("small", "Directorate of Accounts & Treasuries, Government of Gujarat")
    p.add("rule")
    p.part = "body"
    p.add("left", "e-Challan status")
    chip(p, "Pending at bank", j.status)
    p.add("gap")
    grn = f"GRN{j.date:%y}{digits(rng, 9)}"
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    colkv(p, "gl", spec, "GRN :", grn, txn=(INVOICE_RANK, grn))
    colkv(p, "gl", spec, "Board :", GLWB, merchant=GLWB)
    colkv(
        p,
        "gl",
        spec,
        "Period :",
        f"January - June {j.date.year}" if j.date.month > 6 else f"July - December {j.date.year - 1}",
    )
    colkv(p, "gl", spec, "Amount :", f"Rs. {num(j.amount, 'indian')}", amount=j.amount)
    colkv(p, "gl", spec, "Bank :", "Bank of Baroda (Net Banking)", method="netbanking")
    colkv(
        p, "gl", spec, "Initiated on :", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date
    )
    boxed(
        p,
        "The bank has not confirmed this payment yet. Do not pay again; check the status after 2 hours.",
        "warn",
    )
    return p.done()


def _fee_mela(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Tarnetar fair committee's stall rent receipt from its book in the week before the fair, under its
    Gujarati name: the company, the stall, the sum and the day in this set's bilingual labels written in;
    રોકડા (cash) ticked; the committee's oval stamp and the clerk's signature; no number, no reference."""
    season(j, rng, TARNETAR - dt.timedelta(days=8), 6)
    j.amount = float(rng.choice([2500, 3000, 3500, 4000, 5000]))
    p = sheet(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(250, 240, 220), (246, 240, 226)])
    p.part = "head"
    gu(p, MELA_GU, bold=True, scale=1.15)
    p.add("center", MELA, merchant=MELA)
    p.add("small", f"Tarnetar no Melo {j.date.year}  |  Stall rent receipt")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    at = 0.42
    gu_pair(
        p, "નામ", "Name", gp_fit(p, [FIRM_SHORT, "Tangaliya Dana Ghar"], at=at, pen=True), at=at, pen=True
    )
    gu_pair(p, "સ્ટોલ નં.", "Stall No.", f"H-{rng.randrange(10, 80)}", at=at, pen=True)
    gu_pair(p, "રકમ રૂ.", "Amount", f"{int(j.amount)}/-", at=at, pen=True, amount=j.amount)
    gu_pair(p, "તારીખ", "Date", when(j.date, "%d/%m/%Y"), at=at, pen=True, date=j.date)
    p.add("gap")
    h269.ticks(p, ["Cash", "Cheque"], 0, method="cash", status=j.status)
    h287.oval(p, ["TARNETAR", "MELA SAMITI", "THAN"], "violet", at=0.3, rows_=3)
    sig(p)
    p.add("right", "Clerk")
    return p.done()


def _fee_mca(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Ministry of Corporate Affairs' V3 portal with the fee for the company's annual return failed under
    a large round cross: the reason in a notice; SRN, Form, Company, Amount, Payment mode, Transaction ID and
    Attempted on on hairline rows."""
    j.amount = float(rng.choice([600, 900, 1200, 2400, 3600]))
    p = browser_page(rng, font, "www.mca.gov.in/mcafoportal/paymentStatus")
    p.part = "head"
    top(p, MCA, merchant=MCA)
    p.add("small", "MCA21 V3  |  Pay fees")
    p.add("rule")
    p.part = "body"
    sicon(p, j.status)
    p.add("center", "Payment Failed", status=j.status)
    boxed(
        p,
        "The transaction was not completed at the bank. The SRN stays valid; you may pay it again within 7 days.",
        "error",
    )
    srn = f"{rng.choice('ABFN')}{digits(rng, 8)}"
    tid = f"MCA{digits(rng, 12)}"
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    for lbl, value, facts in (
        ("SRN", srn, {"txn": (INVOICE_RANK, srn)}),
        ("Form", "MGT-7A (Annual Return)", {}),
        ("Company", FIRM_SHORT, {}),
        ("Amount", f"Rs. {num(j.amount)}", {"amount": j.amount}),
        ("Payment mode", "Net Banking - Bank of Baroda", {"method": "netbanking"}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ("Attempted on", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), {"date": j.date}),
    ):
        cols(p, "mc", spec, lbl, value, mode="line", **facts)
    return p.done()


def _fee_umang(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """UMANG with the India Handloom Brand registration fee paid under "Today, <hour>": the Office of the
    Development Commissioner (Handlooms) under the app's bar, a scalloped badge, Payment successful, the sum;
    a copyable Transaction ID; each value over its label: Application No., Paid via; no day."""
    j.amount = float(rng.choice([500, 1000, 1500, 2000]))
    p = phone(rng, font, k, ["", "UMANG"], dark=False, buttons=("Download receipt",))
    band(p, (30, 60, 120))
    name = pick(p, "small", [DCH, "Development Commissioner (Handlooms)"])
    bar(p, "UMANG", name, merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("small", "India Handloom Brand - registration fee")
    p.add("gap")
    tid = f"UMG{digits(rng, 14)}"
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    vlab(p, "Application No.", f"IHB/GJ/{rng.randrange(1000, 9999)}", bold=False)
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    return p.done()


def _fee_ipindia(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IP India's e-filing receipt for the company's trade mark application: the Controller General's office
    on top; e-Receipt; CBR No., Date, Application No., Class, Fee, Payment mode and Bank Ref. No. in dot
    leaders; the fee received."""
    j.amount = float(rng.choice([4500, 9000]))
    p = browser_page(rng, font, "ipindiaonline.gov.in/eftmnew/ReceiptDetails")
    p.part = "head"
    name = fit(p, [IPINDIA, "Controller General of Patents, Designs & Trade Marks"], 1.0)
    p.add("center", name, merchant=name)
    p.add("small", "Intellectual Property India  |  Trade Marks Registry, Ahmedabad")
    p.add("rule")
    p.part = "body"
    p.add("center", "e-Receipt")
    p.add("gap")
    cbr = str(rng.randrange(10000, 99999))
    brn = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 6)}"
    at = 0.42
    dots(p, "CBR No.", cbr, at=at, txn=(INVOICE_RANK, cbr))
    dots(p, "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    dots(p, "Application No.", str(rng.randrange(6800000, 7400000)), at=at)
    dots(p, "Class", "24 (Textiles)", at=at)
    dots(p, "Fee", f"Rs. {num(j.amount, 'indian')}", at=at, amount=j.amount)
    dots(p, "Payment mode", "Net Banking", at=at, method="netbanking")
    dots(p, "Bank Ref. No.", brn, at=at, txn=(BANK_RANK, brn))
    p.add("gap")
    p.add("center", "Fee received. Thank you.", status=j.status)
    return p.done()


def _fee_panchayat(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Dedadara gram panchayat's house tax receipt for the weaving shed, printed under its Gujarati name:
    "ઘરવેરા પહોંચ" (house tax receipt); પહોંચ નં. / Receipt No., તારીખ / Date, મિલકત નં. / Property No., રકમ /
    Amount, રીત / Mode and UPI સંદર્ભ / UPI Ref in this set's bilingual labels printed; the talati's
    signature."""
    j.amount = float(rng.randrange(4, 40) * 50)
    p = sheet(rng, font, [780, 820])
    p.part = "head"
    gu(p, PANCHAYAT_GU, bold=True, scale=1.2)
    p.add("center", PANCHAYAT, merchant=PANCHAYAT)
    p.add("small", "Ta. Wadhwan, Dist. Surendranagar")
    p.add("rule")
    gu(p, "ઘરવેરા પહોંચ  /  HOUSE TAX RECEIPT", bold=True)
    p.part = "body"
    at = 0.44
    rno = f"{rng.randrange(100, 999)}/{fy(j.date)}"
    gu_pair(p, "પહોંચ નં.", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gu_pair(p, "તારીખ", "Date", when(j.date, "%d/%m/%Y"), at=at, date=j.date)
    gu_pair(p, "મિલકત નં.", "Property No.", str(rng.randrange(100, 900)), at=at)
    gu_pair(p, "ભરનાર", "Paid by", gp_fit(p, [FIRM_SHORT, "Dedadara Tangaliya"], at=at), at=at)
    gu_pair(p, "રકમ", "Amount", f"Rs. {num(j.amount, 'indian')}", at=at, bold=True, amount=j.amount)
    gu_pair(p, "રીત", "Mode", "UPI", at=at, method="UPI", status=j.status)
    gu_pair(p, "UPI સંદર્ભ", "UPI Ref", j.ref, at=at, txn=(UTR_RANK, j.ref))
    p.add("gap")
    sig(p)
    gu(p, "તલાટી-કમ-મંત્રી", align="r", scale=0.85)
    return p.done()


FEE_LAYOUTS = [
    _fee_smc,
    _fee_gst,
    _fee_glwb,
    _fee_mela,
    _fee_mca,
    _fee_umang,
    _fee_ipindia,
    _fee_panchayat,
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's fees, taxes and dues, the authority paid as printed, one layout a place
    (``FEE_LAYOUTS``): Surendranagar Municipal Corporation's property tax e-receipt, the GST portal's
    receipt, the Labour Welfare Board's contribution pending at the Cyber Treasury, the Tarnetar fair's stall
    rent receipt with no reference, MCA's failed fee, UMANG's "Today", IP India's e-receipt and the gram
    panchayat's house tax receipt."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=500, high=20000)
    return FEE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 9. the insurers


IFFCO = "IFFCO-TOKIO General Insurance Co. Ltd."
TATA_AIG = "Tata AIG General Insurance Co. Ltd."
STAR = "Star Health and Allied Insurance Co. Ltd."
SBI_GEN = "SBI General Insurance Co. Ltd."
DIGIT = "Go Digit General Insurance"
BAJAJ = "Bajaj General Insurance Ltd."
ZURICH = "Zurich Kotak General Insurance"
LIC = "LIFE INSURANCE CORPORATION OF INDIA"


def _ins_iffco(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IFFCO-TOKIO's PREMIUM RECEIPT for the Dana Ghar's shopkeeper's policy: "Received with thanks from
    ... a sum of Rs. x by UPI ..."; Receipt No., Receipt Date, Policy No., Product, Net Premium, CGST 9%,
    SGST 9%, Total Premium and UPI Ref. No. in a table ruled on every side."""
    net = rupees(rng, 2400, 14000, 0.4)
    gst = round(net * 0.09, 2)
    j.amount = round(net + 2 * gst, 2)
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    name = pick(p, "title", [IFFCO, "IFFCO-TOKIO General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Rajkot Branch  |  IRDAI Regn. No. 106")
    p.add("rule")
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT")
    prose(
        p,
        f"Received with thanks from {FIRM_MID} a sum of Rs. {num(j.amount)} by UPI towards the premium of the policy below.",
        status=j.status,
    )
    p.add("gap")
    rno = f"R{digits(rng, 10)}"
    at = 0.36
    gkv(p, "if", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gkv(p, "if", "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    gkv(p, "if", "Policy No.", f"4{digits(rng, 4)}{rng.randrange(10, 99)}{digits(rng, 4)}", at=at)
    gkv(p, "if", "Product", "Shopkeeper's Insurance Policy", at=at)
    gkv(p, "if", "Net Premium", num(net), at=at)
    gkv(p, "if", "CGST 9%", num(gst), at=at)
    gkv(p, "if", "SGST 9%", num(gst), at=at)
    gkv(p, "if", "Total Premium", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "if", "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref), method="UPI")
    p.add("gap")
    sig(p)
    p.add("right", "Authorised Signatory")
    return p.done()


def _ins_tata(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Tata AIG's mail of the weaving shed's fire policy issued: its sentence; Policy No.:, Risk location:,
    Premium (incl. GST):, Payment ID:, Mode: and Payment date: with colons."""
    j.amount = rupees(rng, 3000, 22000, 0.3)
    p = mail_page(
        rng,
        font,
        "Tata AIG <customersupport@tataaig.com>",
        ["Your policy is issued - Bharat Sookshma Udyam Suraksha", "Policy issued: fire insurance"],
    )
    p.part = "head"
    top(p, TATA_AIG, merchant=TATA_AIG)
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {CEO},")
    prose(
        p,
        "Thank you for choosing Tata AIG. We have received your payment and your Bharat Sookshma Udyam Suraksha policy is attached.",
        status=j.status,
    )
    p.add("gap")
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    pid = f"TAGIC{digits(rng, 11)}"
    colkv(p, "ta", spec, "Policy No.:", f"0{digits(rng, 9)}")
    colkv(p, "ta", spec, "Risk location:", "Weaving shed, Dedadara")
    colkv(p, "ta", spec, "Premium (incl. GST):", f"Rs. {num(j.amount, 'indian')}", amount=j.amount)
    colkv(p, "ta", spec, "Payment ID:", pid, txn=(TXN_RANK, pid))
    colkv(p, "ta", spec, "Mode:", "Net Banking", method="netbanking")
    colkv(p, "ta", spec, "Payment date:", day_as(j, rng, ["%d/%m/%Y", "{d} %B %Y"]), date=j.date)
    p.add("gap")
    p.add("small", "Tata AIG General Insurance Co. Ltd., Peninsula Business Park, Mumbai")
    return p.done()


def _ins_star(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Star Health's app with the CEO's health policy renewal pending, its stages left to right (Paid,
    Verifying, Renewed): Payment under process, the sum; Proposal No., Transaction ID, Paid via and Initiated
    on at the left and the right; a notice."""
    j.amount = rupees(rng, 9000, 36000, 0.2)
    p = phone(rng, font, k, ["", "Star Health"], dark=False, buttons=("Check status",))
    band(p, (0, 82, 156))
    name = pick(p, "small", [STAR, "Star Health Insurance"])
    bar(p, "Star Health", name, merchant=name)
    p.add("center", "Payment under process", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    h273.track(p, ["Paid", "Verifying", "Renewed"], "dpt")
    tid = f"SH{digits(rng, 14)}"
    kvr(p, "Proposal No.", f"P/{rng.randrange(100000, 999999)}/01/{j.date.year}")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid via", "UPI", method="UPI")
    kvr(p, "Initiated on", when(j.date, "%d/%m/%Y"), date=j.date)
    boxed(
        p,
        "We are confirming the payment with your bank. Your policy will be renewed once it is confirmed.",
        "warn",
    )
    return p.done()


def _ins_sbigen(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """SBI General's premium receipt for the weavers' group personal accident cover, in a striped table:
    Receipt No., Policy No., Insured, Members, Premium (incl. GST 18%), Payment mode, UTR and Date of
    payment."""
    j.amount = float(rng.randrange(18, 60) * 100)
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    top(p, SBI_GEN, merchant=SBI_GEN)
    p.add("small", "Group Personal Accident  |  Premium receipt")
    p.add("rule")
    p.part = "body"
    rno = f"SBIG{digits(rng, 10)}"
    way = "NEFT"
    utr = utr_of(rng, j, "Bank of Baroda", way)
    zebra(
        p,
        "sg",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["Receipt details", ""],
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Policy No.", f"0000000{digits(rng, 9)}-01"], {}),
            (["Insured", fit(p, [FIRM_MID, FIRM_SHORT], 0.6)], {}),
            (["Members", f"{rng.randrange(18, 60)} weavers"], {}),
            (
                ["Premium (incl. GST 18%)", f"Rs. {num(j.amount, 'indian')}"],
                {"amount": j.amount, "status": j.status},
            ),
            (["Payment mode", way], {"method": "netbanking"}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Date of payment", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
        ],
        (38, 92, 170),
    )
    return p.done()


def _ins_digit(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Go Digit's SMS of a premium received, with no reference: "Hi, we have received Rs.x towards your
    Digit policy D... on <dd/mm/yyyy> via UPI. Stay safe! - Go Digit General Insurance"."""
    j.amount = rupees(rng, 900, 6000, 0.5)
    text = (
        f"Hi, we have received Rs.{num(j.amount, 'plain')} towards your Digit policy D{digits(rng, 9)} on "
        f"{when(j.date, '%d/%m/%Y')} via UPI. Stay safe! - {DIGIT}"
    )
    p = sms_page(rng, font, "VK-GODIGT", text, j.date)
    p.add("left", text, merchant=DIGIT, amount=j.amount, method="UPI", status=j.status, date=j.date)
    return p.done()


def _ins_bajaj(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bajaj General's portal with the delivery van's motor renewal failed by card under a large round cross:
    the sum, the reason in a notice; Policy No. and Transaction ID, Card and Attempted on in tiles."""
    j.amount = rupees(rng, 6000, 24000, 0.3)
    p = browser_page(rng, font, "www.bajajgeneral.com/renew/payment-status")
    p.part = "head"
    top(p, BAJAJ, merchant=BAJAJ)
    p.add("small", "Motor renewal  |  Payment status")
    p.add("rule")
    p.part = "body"
    sicon(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", f"Rs. {num(j.amount, 'indian')}", amount=j.amount)
    boxed(p, "Your card issuer did not authorise this payment. Your policy has not been renewed.", "error")
    tid = f"BJ{digits(rng, 13)}"
    tiles2(
        p,
        ("Policy No.", f"OG-{rng.randrange(25, 27)}-{digits(rng, 4)}-{digits(rng, 4)}"),
        ("Transaction ID", tid),
        txn=(TXN_RANK, tid),
    )
    tiles2(
        p,
        ("Card", f"Visa {masked(p.font, 4)}{digits(rng, 4)}"),
        ("Attempted on", when(j.date, "%d %b %Y")),
        method="card",
        date=j.date,
    )
    return p.done()


def _ins_zurich(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Zurich Kotak General Insurance's app with the Dana Ghar's two-wheeler cover renewed under "Today,
    <hour>": the insurer under the app's bar, a tick in an octagon, Policy renewed, the sum; a copyable
    Payment ID; Policy No. and Paid via at the left and the right; no day."""
    j.amount = rupees(rng, 900, 4200, 0.4)
    p = phone(rng, font, k, ["", "Zurich Kotak"], dark=False, buttons=("Download policy",))
    band(p, (33, 103, 174))
    name = pick(p, "small", [ZURICH, "Zurich Kotak General"])
    bar(p, "Zurich Kotak", name, merchant=name)
    p.add("small", f"Today, {hhmm(rng)}")
    h294.octa(p, j.status)
    p.add("center", "Policy renewed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("gap")
    pid = f"ZK{digits(rng, 12)}"
    copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
    kvr(p, "Policy No.", f"{rng.randrange(2, 9)}{digits(rng, 11)}")
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


def _ins_lic(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """LIC's receipt for the company's contribution to its staff's group gratuity scheme: its Pension & Group
    Schemes unit; Receipt No. :, Scheme :, Master Policy No. :, Contribution :, Mode :, UTR : and Date :
    with colons; "Received with thanks"."""
    j.amount = rupees(rng, 15000, 90000, 0.4)
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    name = pick(p, "title", [LIC, "LIC OF INDIA"])
    top(p, name, merchant=name)
    p.add("small", "Pension & Group Schemes Unit, Rajkot")
    p.add("rule")
    p.part = "body"
    p.add("center", "CONTRIBUTION RECEIPT")
    spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
    rno = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Bank of Baroda", way)
    colkv(p, "lc", spec, "Receipt No. :", rno, txn=(INVOICE_RANK, rno))
    colkv(p, "lc", spec, "Scheme :", "Group Gratuity Cash Accumulation")
    colkv(p, "lc", spec, "Master Policy No. :", f"GGCA/{digits(rng, 6)}")
    colkv(p, "lc", spec, "Contribution :", f"Rs. {num(j.amount, 'indian')}", amount=j.amount)
    colkv(p, "lc", spec, "Mode :", way, method="netbanking")
    colkv(p, "lc", spec, "UTR :", utr, txn=(UTR_RANK, utr))
    colkv(p, "lc", spec, "Date :", day_as(j, rng, ["%d/%m/%Y", "%d.%m.%Y"]), date=j.date)
    p.add("gap")
    p.add("left", f"Received with thanks from {FIRM_SHORT}", status=j.status)
    p.add("gap")
    sig(p)
    p.add("right", "Branch Manager (P&GS)")
    return p.done()


INSURER_LAYOUTS = [
    _ins_iffco,
    _ins_tata,
    _ins_star,
    _ins_sbigen,
    _ins_digit,
    _ins_bajaj,
    _ins_zurich,
    _ins_lic,
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's premiums, the insurer on top, under its app's bar or signing its message, one layout a
    place (``INSURER_LAYOUTS``): IFFCO-TOKIO's premium receipt, Tata AIG's mail, Star Health's renewal under
    process, SBI General's striped receipt, Go Digit's SMS with no reference, Bajaj General's failure, Zurich
    Kotak's "Today" and LIC's contribution receipt."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=1000, high=40000)
    return INSURER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 10. the cards


COUNTERS = [
    ("TANGALIYA DANA GHAR", "STATION ROAD, WADHWAN", "HDFC BANK"),
    ("TANGALIYA DANA GHAR - TARNETAR MELA", "THAN, DIST. SURENDRANAGAR", "Paytm"),
    ("AMBICA WOOL CENTRE", "RELIEF ROAD, AHMEDABAD", "AXIS BANK"),
    ("GSRTC", "Surendranagar - Ahmedabad", ""),
    ("SHREE KRISHNA STATIONERS", "KHARVA POL, WADHWAN", "STATE BANK OF INDIA"),
    ("Rajwadi Kathiyawadi Dining", "Kalawad Road, Rajkot", ""),
    ("CROMA SURENDRANAGAR", "", ""),
    ("JALARAM FUEL CENTRE", "Wadhwan", "AU Small Finance Bank"),
]


def _card_hdfc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """HDFC Bank's SALE slip at the Dana Ghar typed in the terminal's face, each label at the left and its
    value set to the line's right end: DATE, TIME, MID, TID, BATCH NO, INVOICE NO, the card and how it was
    read, APPR CODE, RRN and AMOUNT; APPROVED, NO SIGNATURE REQUIRED, MERCHANT COPY."""
    p = roll(rng, font, [440, 470, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 999):06d}"
    typed_pair(p, "DATE", when(j.date, "%d/%m/%Y"), date=j.date)
    typed_pair(p, "TIME", t)
    typed_pair(p, "MID", digits(rng, 15))
    typed_pair(p, "TID", digits(rng, 8))
    typed_pair(p, "BATCH NO", f"{rng.randrange(1, 999):06d}")
    typed_pair(p, "INVOICE NO", inv, txn=(INVOICE_RANK, inv))
    typed_pair(p, f"{scheme} CREDIT", "CONTACTLESS", method="card")
    typed_pair(p, "CARD", f"XXXX XXXX XXXX {last4}")
    typed_pair(p, "APPR CODE", appr, txn=(APPR_RANK, appr))
    typed_pair(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    typed_pair(p, "AMOUNT", f"Rs.{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "NO SIGNATURE REQUIRED")
    p.add("small", "*** MERCHANT COPY ***")
    return p.done()


def _card_paytm(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Paytm's card machine at the Tarnetar fair stall in the fair's days with the sale pending, typed in the
    terminal's face: CARD SALE; DATE, TIME, TID, ORDER ID, CARD and AMOUNT; STATUS : PENDING, DO NOT RETRY,
    STATUS WILL BE UPDATED."""
    season(j, rng, TARNETAR, TARNETAR_DAYS)
    j.amount = rupees(rng, 1200, 16000, 0.6)
    p = roll(rng, font, [440, 470, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    p.add("center", "CARD SALE")
    p.add("rule")
    oid = f"PYTM{j.date:%y%m%d}{digits(rng, 8)}"
    typed(p, f"DATE: {when(j.date, '%d-%m-%Y')}  TIME: {t[:5]}", date=j.date)
    typed(p, f"TID: {digits(rng, 8)}")
    typed(p, f"ORDER ID: {oid}", txn=(ORDER_RANK, oid))
    typed(p, f"CARD: {scheme} XX{last4}", method="card")
    typed(p, f"AMOUNT: Rs. {num(j.amount)}", amount=j.amount)
    p.add("rule")
    typed(p, "STATUS : PENDING", status=j.status)
    p.add("small", "DO NOT RETRY. STATUS WILL BE UPDATED")
    p.add("small", "ON THE PAYTM FOR BUSINESS APP")
    return p.done()


def _card_axis(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Axis Bank's slip at an Ahmedabad wool shop, each label padded to a colon's column: SALE; DATE, TIME,
    TID, BATCH, INVOICE, CARD, EXP, AUTH, RRN and AMOUNT; APPROVED, PIN VERIFIED."""
    p = roll(rng, font, [460, 490, 520], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"
    h271.slipline(p, "DATE", when(j.date, "%d/%m/%y"), pad=8, date=j.date)
    h271.slipline(p, "TIME", t, pad=8)
    h271.slipline(p, "TID", digits(rng, 8), pad=8)
    h271.slipline(p, "BATCH", f"{rng.randrange(1, 999):06d}", pad=8)
    h271.slipline(p, "INVOICE", inv, pad=8, txn=(INVOICE_RANK, inv))
    h271.slipline(p, "CARD", f"{scheme} ****{last4}", pad=8, method="card")
    h271.slipline(p, "EXP", "**/**", pad=8)
    h271.slipline(p, "AUTH", appr, pad=8, txn=(APPR_RANK, appr))
    h271.slipline(p, "RRN", j.ref, pad=8, txn=(UTR_RANK, j.ref))
    p.add("rule")
    h271.slipline(p, "AMOUNT", f"INR {num(j.amount, 'western')}", pad=8, amount=j.amount)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "PIN VERIFIED")
    return p.done()


def _card_gsrtc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """GSRTC's online bus ticket for the trip to an Ahmedabad crafts fair: the ticket's PNR, the route,
    Journey date and Passengers; Fare, Reservation charge, Total paid, Payment mode, Bank reference no. and
    Booking date in dot leaders; Booking confirmed."""
    seats = rng.randrange(2, 6)
    fare = float(rng.choice([134, 148, 162, 210]))
    j.amount = seats * fare + seats * 10.0
    p = browser_page(rng, font, "gsrtc.in/OPRSOnline/ticket/print")
    p.part = "head"
    top(p, "GSRTC", merchant="GSRTC")
    p.add("small", "Gujarat State Road Transport Corporation  |  e-Ticket")
    p.add("rule")
    p.part = "body"
    p.add("center", "Booking confirmed", status=j.status)
    pnr = f"{rng.randrange(10, 99)}{digits(rng, 8)}"
    journey = j.date + dt.timedelta(days=rng.randrange(2, 20))
    p.add("left", f"PNR {pnr}  |  {town}  |  Gurjar Nagari (Express)", txn=(ORDER_RANK, pnr))
    p.add("small", f"Journey date {when(journey, '%d-%m-%Y')}  |  Passengers {seats}")
    p.add("gap")
    bref = digits(rng, 12)
    at = 0.5
    dots(p, "Fare", f"Rs. {num(seats * fare)}", at=at)
    dots(p, "Reservation charge", f"Rs. {num(seats * 10.0)}", at=at)
    dots(p, "Total paid", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Payment mode", f"Debit Card ({scheme})", at=at, method="card")
    dots(p, "Bank reference no.", bref, at=at, txn=(BANK_RANK, bref))
    dots(p, "Booking date", when(j.date, "%d-%m-%Y"), at=at, date=j.date)
    return p.done()


def _card_sbi(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """State Bank of India's slip at a Wadhwan stationery shop DECLINED (05 DO NOT HONOUR), typed in the
    terminal's face: SALE; DT and TM, TID, ROC, CARD, AMT; DECLINED, its code; CUSTOMER COPY."""
    j.amount = rupees(rng, 600, 9000, 0.5)
    p = roll(rng, font, [440, 470, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    roc = f"{rng.randrange(1, 9999):06d}"
    typed(p, f"DT {when(j.date, '%d/%m/%Y')}  TM {t}", date=j.date)
    typed(p, f"TID {digits(rng, 8)}   ROC {roc}", txn=(INVOICE_RANK, roc))
    typed(p, f"CARD {scheme} XXXX{last4}", method="card")
    typed(p, f"AMT Rs {j.amount:.2f}", amount=j.amount)
    p.add("rule")
    p.add("center", "DECLINED", status=j.status)
    typed(p, "05 DO NOT HONOUR")
    p.add("small", "*** CUSTOMER COPY ***")
    return p.done()


def _card_petpooja(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """A Rajkot restaurant's bill from Petpooja settled by card: the restaurant on top, Bill No., Table and
    Date; the Kathiyawadi dishes with their sums; Sub Total, CGST 2.5%, SGST 2.5% and Grand Total; "Paid:
    CARD" with the card and its Approval Code."""
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.add("small", f"GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    bno = str(rng.randrange(1000, 9999))
    typed(p, f"Bill No: {bno}   Table: {rng.randrange(1, 24)}", txn=(INVOICE_RANK, bno))
    typed(p, f"Date: {when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
    p.add("rule")
    dishes = [
        ("Sev Tameta", 160, 220),
        ("Ringan no Olo", 170, 240),
        ("Bajra Rotla", 30, 45),
        ("Lasaniya Bataka", 160, 210),
        ("Kathiyawadi Thali", 320, 450),
        ("Chhash", 40, 60),
    ]
    sub = 0.0
    for dish, lo, hi_ in rng.sample(dishes, rng.randrange(3, 6)):
        q = rng.randrange(1, 5)
        rate = float(rng.randrange(lo, hi_, 5))
        sub += q * rate
        typed_pair(p, f"{dish} x{q}", f"{q * rate:.2f}")
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    typed_pair(p, "Sub Total", f"{sub:.2f}")
    typed_pair(p, "CGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "SGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "Grand Total", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, f"Paid: CARD ({scheme} XX{last4})", method="card", status=j.status)
    typed(p, f"Approval Code: {appr}", txn=(APPR_RANK, appr))
    p.add("small", "Thank you! Powered by Petpooja")
    return p.done()


def _card_sbicard(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """SBI Card's SMS of a spend on the company's card, with no reference: "Rs.x spent on your SBI Credit
    Card ending 1234 at <MERCHANT> on <dd/mm/yy>. Trxn. not done by you? Report at https://sbicard.com/Dispute"."""
    j.amount = rupees(rng, 2000, 48000, 0.5)
    text = (
        f"Rs.{num(j.amount, 'western')} spent on your SBI Credit Card ending {last4} at {name} on "
        f"{when(j.date, '%d/%m/%y')}. Trxn. not done by you? Report at https://sbicard.com/Dispute"
    )
    p = sms_page(rng, font, "AD-SBICRD", text, j.date)
    p.add("left", text, merchant=name, amount=j.amount, method="card", status=j.status, date=j.date)
    return p.done()


def _card_au(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """AU Small Finance Bank's AU 0101 app with a card spend at a Wadhwan fuel station under "Today,
    <hour>": the merchant over its town, the sum, Successful in a capsule; Card, Transaction ID and Category
    in a striped table; no day."""
    j.amount = rupees(rng, 500, 6000, 0.6)
    p = phone(rng, font, k, ["", "AU 0101"], dark=False, buttons=("Raise dispute",))
    band(p, (98, 36, 120))
    app_head(p, "AU 0101", "Credit card  |  Transaction")
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("center", name, merchant=name)
    p.add("small", f"{town}, IN")
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    pill(p, "Successful", j.status)
    p.add("gap")
    ref = digits(rng, 12)
    zebra(
        p,
        "au",
        [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
        ["Details", ""],
        [
            (["Card", f"LIT {masked(p.font)}{last4}"], {"method": "card"}),
            (["Transaction ID", ref], {"txn": (TXN_RANK, ref)}),
            (["Category", "Fuel"], {}),
        ],
        (98, 36, 120),
    )
    return p.done()


CARD_LAYOUTS = [
    _card_hdfc,
    _card_paytm,
    _card_axis,
    _card_gsrtc,
    _card_sbi,
    _card_petpooja,
    _card_sbicard,
    _card_au,
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Dana Ghar's and the Tarnetar stall's terminals and the company's cards elsewhere, one
    layout a place (``CARD_LAYOUTS``): HDFC Bank's slip with its values set right, Paytm's pending card sale,
    Axis Bank's slip padded to its colons, GSRTC's e-ticket, State Bank of India's declined slip, a Rajkot
    restaurant's Petpooja bill, SBI Card's SMS with no reference and AU 0101's "Today"."""
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


PGVCL = "Paschim Gujarat Vij Company Ltd."
PGVCL_GU = "પશ્ચિમ ગુજરાત વીજ કંપની લિ."
EXCITEL = "Excitel Broadband"
BSNL = "Bharat Sanchar Nigam Ltd."
CABLE = "SHREE SAI CABLE NETWORK"
CABLE_GU = "શ્રી સાંઈ કેબલ નેટવર્ક"
GUJGAS = "Gujarat Gas Ltd."
AIRTEL_DTV = "Airtel Digital TV"


def _bill_pgvcl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """PGVCL's online payment receipt for the weaving shed under its Gujarati name: Payment Successful;
    Consumer No., Consumer Name, Bill Month, Amount Paid, Receipt No., Transaction ID, Payment Date and Mode in
    dot leaders."""
    j.amount = rupees(rng, 900, 9000, 0.3)
    p = browser_page(rng, font, "www.pgvcl.com/consumersupport/payment/receipt")
    p.part = "head"
    gu(p, PGVCL_GU, bold=True, scale=1.05)
    name = pick(p, "title", [PGVCL, "PGVCL"])
    top(p, name, merchant=name)
    p.add("small", "A Govt. of Gujarat Undertaking  |  Rajkot")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    p.add("gap")
    rno = f"PG{digits(rng, 10)}"
    tid = f"{digits(rng, 14)}"
    at = 0.42
    dots(p, "Consumer No.", f"3{digits(rng, 10)}", at=at)
    dots(p, "Consumer Name", fit(p, [FIRM_SHORT, "Dedadara Tangaliya"], 0.5), at=at)
    dots(p, "Bill Month", j.month(), at=at)
    dots(p, "Amount Paid", f"Rs. {num(j.amount, 'indian')}", at=at, amount=j.amount)
    dots(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    dots(p, "Mode", "Net Banking", at=at, method="netbanking")
    return p.done()


def _bill_excitel(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Excitel app with the Dana Ghar's broadband renewed under "Today, <hour>": the company under the
    app's bar, a large round tick, Payment successful, the sum; Plan, Transaction ID and Paid via in a table
    ruled on every side; no day."""
    j.amount = float(rng.choice([499, 699, 2397, 4194]))
    p = phone(rng, font, k, ["", "Excitel"], dark=False, buttons=("Done",))
    band(p, (230, 60, 50))
    bar(p, "Excitel", EXCITEL, merchant=EXCITEL)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("gap")
    tid = f"EXC{digits(rng, 12)}"
    at = 0.36
    gkv(p, "ex", "Plan", "200 Mbps", at=at)
    gkv(p, "ex", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "ex", "Paid via", "UPI", at=at, method="UPI")
    return p.done()


def _bill_water(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Surendranagar Municipal Corporation's water charges receipt from its counter's book under its
    Gujarati name, "પાણી વેરા પહોંચ" (water charges receipt): No. struck in red; કનેક્શન નં. / Connection
    No., નામ / Name, સમયગાળો / Period, રકમ / Amount and તારીખ / Date in this set's bilingual labels written in;
    રોકડા (cash) ticked; its oval stamp and the clerk's signature."""
    j.amount = float(rng.randrange(6, 40) * 50)
    p = sheet(rng, font, [780, 820])
    p.part = "head"
    gu(p, SMC_GU, bold=True, scale=1.1)
    p.add("center", SMC, merchant=SMC)
    p.add("small", "Water Works Department  |  Wadhwan Zone")
    p.add("rule")
    gu(p, "પાણી વેરા પહોંચ  /  WATER CHARGES RECEIPT", bold=True)
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(1000, 9999))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    at = 0.44
    gu_pair(p, "કનેક્શન નં.", "Connection No.", f"WW/{rng.randrange(1000, 9999)}", at=at, pen=True)
    gu_pair(
        p, "નામ", "Name", gp_fit(p, [FIRM_SHORT, "Tangaliya Dana Ghar"], at=at, pen=True), at=at, pen=True
    )
    gu_pair(p, "સમયગાળો", "Period", f"{fy(j.date)} (half yearly)", at=at, pen=True)
    gu_pair(p, "રકમ", "Amount", f"Rs. {int(j.amount)}/-", at=at, pen=True, amount=j.amount)
    gu_pair(p, "તારીખ", "Date", when(j.date, "%d/%m/%Y"), at=at, pen=True, date=j.date)
    p.add("gap")
    h269.ticks(p, ["Cash", "Cheque", "DD"], 0, method="cash", status=j.status)
    h287.oval(p, ["S.M.C.", "WATER WORKS", "WADHWAN"], "blue", at=0.3, rows_=3)
    sig(p)
    p.add("right", "Bill Clerk")
    return p.done()


def _bill_bsnl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """BSNL's Selfcare portal with the weaving shed's fibre bill payment pending over a progress bar: the
    company on top, Payment pending, the sum, a notice; Account No., Order ID, Payment mode and Initiated on
    against a gutter."""
    j.amount = rupees(rng, 500, 2400, 0.6)
    p = browser_page(rng, font, "portal.bsnl.in/myportal/quickpayment/status")
    p.part = "head"
    top(p, BSNL, merchant=BSNL)
    p.add("small", "BSNL Selfcare  |  Bharat Fibre")
    p.add("rule")
    p.part = "body"
    h294.progress(p, rng.uniform(0.4, 0.7), j.status)
    p.add("center", "Payment pending", status=j.status)
    p.add("big", f"Rs. {num(j.amount, 'indian')}", amount=j.amount)
    boxed(
        p,
        "Your bank has not confirmed the payment yet. It will be posted to your account within 24 hours.",
        "warn",
    )
    oid = f"BSNL{digits(rng, 12)}"
    at = 0.4
    gutter(p, "bs", "Account No.", str(rng.randrange(9000000000, 9999999999)), at=at)
    gutter(p, "bs", "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
    gutter(p, "bs", "Payment mode", "Debit Card", at=at, method="card")
    gutter(
        p, "bs", "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=at, date=j.date
    )
    return p.done()


def _bill_cable(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A cable network's monthly card for the Dana Ghar, its name printed in Gujarati over its English at its
    head: the cable rent and the set-top box written in a Gujarati hand with their sums at the right, "કુલ"
    (total); "રોકડા મળ્યા" (received in cash) and "તા. <day>" written under it; no reference."""
    rent = rng.choice([250, 300, 350, 400])
    box = rng.choice([0, 50, 60])
    j.amount = float(rent + box)
    p = sheet(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(236, 244, 250), (250, 246, 226)])
    p.part = "head"
    gu(p, CABLE_GU, bold=True, scale=1.15)
    p.add("center", CABLE, merchant=CABLE)
    p.add("small", "Wadhwan  |  Mo. 98250 " + digits(rng, 5))
    p.add("rule")
    p.part = "body"
    at = 0.4
    gu_pair(p, "ગ્રાહક", "Customer", "Tangaliya Dana Ghar", at=at, pen=True)
    start = len(p.rows)
    p.add("gap")
    gu_hand(p, "કેબલ ભાડું", figure=str(rent))
    if box:
        gu_hand(p, "સેટ-ટોપ બોક્સ", figure=str(box))
    gu_hand(p, "કુલ", figure=f"{int(j.amount)}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    gu_hand(p, "રોકડા મળ્યા", method="cash", status=j.status)
    gu_hand(p, f"તા. {when(j.date, '%d/%m/%y')}", date=j.date)
    sig(p)
    return p.done()


def _bill_gujgas(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Gujarat Gas' payment receipt mail for the weaving shed's dye kitchen's piped gas: its sentence; BP
    No. :, Receipt No. :, Amount :, Payment mode :, Transaction ID : and Payment date : with colons."""
    j.amount = rupees(rng, 600, 6000, 0.4)
    p = mail_page(
        rng,
        font,
        "Gujarat Gas <noreply@gujaratgas.com>",
        ["Payment received - Gujarat Gas", "Thank you for your payment"],
    )
    p.part = "head"
    top(p, GUJGAS, merchant=GUJGAS)
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(p, "We have received your payment towards your PNG bill. The details are below.", status=j.status)
    p.add("gap")
    spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
    rno = f"GGL{digits(rng, 9)}"
    tid = digits(rng, 16)
    colkv(p, "gg", spec, "BP No. :", digits(rng, 10))
    colkv(p, "gg", spec, "Receipt No. :", rno, txn=(INVOICE_RANK, rno))
    colkv(p, "gg", spec, "Amount :", f"Rs. {num(j.amount, 'indian')}", amount=j.amount)
    colkv(p, "gg", spec, "Payment mode :", "UPI", method="UPI")
    colkv(p, "gg", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
    colkv(p, "gg", spec, "Payment date :", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
    p.add("gap")
    p.add("small", "Gujarat Gas Ltd., Gujarat Gas CNG Station, Ahmedabad. This is an auto-generated mail.")
    return p.done()


def _bill_bobbbps(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bank of Baroda's bob World with a Bharat BillPay payment of the Dana Ghar's electricity bill failed on
    a tinted band: the biller, the sum, the reason in a notice; Transaction ref., Consumer no., Paid from and
    Attempted on at the left and the right."""
    j.amount = rupees(rng, 800, 7000, 0.3)
    p = phone(rng, font, k, ["", "bob World"], dark=False, buttons=("Retry",))
    band(p, (240, 100, 30))
    app_head(p, "bob World", "Bharat BillPay  |  Electricity")
    h269.strip(p, "Payment Failed", j.status)
    name = pick(p, "center", ["Paschim Gujarat Vij Company Limited", "PGVCL"])
    p.add("center", name, merchant=name)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    boxed(
        p, "The biller did not respond. Any amount debited will be reversed within 3 working days.", "error"
    )
    ref = f"BB{code(rng, 4, UPPER)}{digits(rng, 10)}"
    kvr(p, "Transaction ref.", ref, txn=(TXN_RANK, ref))
    kvr(p, "Consumer no.", f"3{digits(rng, 10)}")
    kvr(p, "Paid from", f"BOB A/c XX{digits(rng, 4)}", method="netbanking")
    kvr(p, "Attempted on", when(j.date, "%d %b %Y"), date=j.date)
    return p.done()


def _bill_airtel(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Airtel Digital TV's recharge receipt for the Dana Ghar's television: Recharge successful; labels small
    over their values two to a row: Customer ID and Date, Pack and Amount, Payment mode and Transaction ID."""
    j.amount = float(rng.choice([299, 354, 449, 512]))
    p = browser_page(rng, font, "www.airtel.in/dth/recharge/receipt")
    p.part = "head"
    top(p, AIRTEL_DTV, merchant=AIRTEL_DTV)
    p.add("small", "Bharti Telemedia Ltd.  |  Recharge receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Recharge successful", status=j.status)
    p.add("gap")
    tid = f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
    two_up(p, "at1", ("Customer ID", f"30{digits(rng, 8)}"), ("Date", when(j.date, "%d %b %Y")), date=j.date)
    two_up(p, "at2", ("Pack", "Gujarati Value Sports"), ("Amount", f"Rs. {num(j.amount)}"), amount=j.amount)
    two_up(p, "at3", ("Payment mode", "UPI"), ("Transaction ID", tid), method="UPI", txn=(TXN_RANK, tid))
    return p.done()


BILL_LAYOUTS = [
    _bill_pgvcl,
    _bill_excitel,
    _bill_water,
    _bill_bsnl,
    _bill_cable,
    _bill_gujgas,
    _bill_bobbbps,
    _bill_airtel,
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The weaving shed's and the Dana Ghar's bills, one layout a place (``BILL_LAYOUTS``): PGVCL's receipt
    under its Gujarati name, Excitel's "Today", the water charges receipt in Gujarati and English, BSNL's
    pending payment, a cable card in a Gujarati hand with no reference, Gujarat Gas' mail, bob World's failed
    Bharat BillPay payment and Airtel Digital TV's recharge receipt."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=300, high=9000)
    return BILL_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Bank of Baroda", "BP-BOBTXN", "JASIBEN DANGASIA", "UPI"),
    ("Gujarat Gramin Bank", "VM-GGBANK", "SHREE BALAJI WOOL TRADE", "NEFT"),
    ("Kotak Mahindra Bank", "AX-KOTAKB", "KRISHNA DYE CHEM", "IMPS"),
    ("HDFC Bank", "", "NAVKAR OFFSET PRINTERS", "UPI"),
    ("Union Bank of India", "VK-UNIONB", "HASMUKHBHAI MISTRY", "UPI"),
    ("Surendranagar District Central Co-operative Bank", "VM-SDCCBK", "MAHALAXMI COTTON YARN AG", "NEFT"),
    ("State Bank of India", "", "BHAVANI LOOM WORKS", "RTGS"),
    ("IDFC FIRST Bank", "", "SHREE MARUTI COURIER SER", "IMPS"),
]


def _alert_bob_gu(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Bank of Baroda's SMS in Gujarati in a bubble of the phone's messages thread under its day divider:
    "પ્રિય ગ્રાહક, આપના ખાતા XX1234 માંથી તા. <dd-mm-yyyy> ના રોજ UPI દ્વારા રૂ.x <PAYEE> ને ચૂકવવામાં આવ્યા
    છે. સંદર્ભ નં. .... -બેંક ઓફ બરોડા" (Dear customer, Rs. x has been paid from your account XX1234 on
    <day> by UPI to <PAYEE>)."""
    p = phone(rng, font, k, ["BP-BOBTXN"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 1")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s = len(p.rows)
    gu(p, f"પ્રિય ગ્રાહક, આપના ખાતા XX{tail4} માંથી", align="l")
    gu(
        p,
        f"તા. {when(j.date, '%d-%m-%Y')} ના રોજ UPI દ્વારા રૂ.{amt}",
        align="l",
        date=j.date,
        amount=j.amount,
        method="UPI",
    )
    gu(p, f"{to} ને ચૂકવવામાં આવ્યા છે.", align="l", merchant=to, status=j.status)
    gu(p, f"સંદર્ભ નં. {ref} -બેંક ઓફ બરોડા", align="l", txn=(UTR_RANK, ref))
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


def _alert_ggb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Gujarat Gramin Bank's SMS: "Dear Customer, INR x debited from A/c XX1234 on <dd-mm-yyyy> for NEFT to
    <PAYEE>. UTR ... -Gujarat Gramin Bank"."""
    text = (
        f"Dear Customer, INR {amt} debited from A/c XX{tail4} on {when(j.date, '%d-%m-%Y')} for NEFT to {to}. "
        f"UTR {ref} -Gujarat Gramin Bank"
    )
    p = sms_page(rng, font, "VM-GGBANK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_kotak(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Kotak Mahindra Bank's SMS of an IMPS that failed: "Your IMPS transfer of Rs.x to <PAYEE> from Kotak
    Bank a/c XX1234 on <dd/mm/yy> has failed. Amount, if debited, will be reversed. Ref No .... - Kotak
    Bank"."""
    text = (
        f"Your IMPS transfer of Rs.{amt} to {to} from Kotak Bank a/c XX{tail4} on {when(j.date, '%d/%m/%y')} "
        f"has failed. Amount, if debited, will be reversed. Ref No {ref} - Kotak Bank"
    )
    p = sms_page(rng, font, "AX-KOTAKB", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_hdfc(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """HDFC Bank's heads-up notification over WhatsApp's chats list, the list dimmed under it: "HDFC Bank
    now"; "Rs.x debited from A/c **1234 to <PAYEE> via UPI. UPI Ref .... Not you? Call 18002586161"; no
    day."""
    p = phone(rng, font, k, ["", "WhatsApp"], dark=False, buttons=())
    p.part = "body"
    s = card_open(p)
    p.add("small", f"HDFC Bank  {sign(font, chr(0x2022), '|')}  now")
    prose(
        p,
        f"Rs.{amt} debited from A/c **{tail4} to {to} via UPI. UPI Ref {ref}. Not you? Call 18002586161",
        **facts,
    )
    card_close(p, s)
    p.add("gap")
    h294.banner_veil(p, len(p.rows))
    p.add("title", "WhatsApp")
    p.add("rule")
    for who in rng.sample(
        ["Kinjal Dangasia", "Tangaliya Sakhi group", "Navkar Offset", "Hansaben", "Ambica Wool"], 4
    ):
        p.pair(who, hours(rng, 1)[0])
        p.add("small", rng.choice(["Photo", "Ok ben", "Order ready?", "Thank you"]))
    return p.done()


def _alert_union(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Union Bank of India's SMS: "A/c *1234 Debited for Rs:x on <dd-mm-yyyy> by Mob Bk ref no .... to
    <PAYEE> via UPI. Avl Bal Rs:y. Not you? Call 18002082244 -Union Bank of India"."""
    text = (
        f"A/c *{tail4} Debited for Rs:{amt} on {when(j.date, '%d-%m-%Y')} by Mob Bk ref no {ref} to {to} via UPI. "
        f"Avl Bal Rs:{num(rupees(rng, 20000, 400000, 0.0), 'plain')}. Not you? Call 18002082244 -Union Bank of India"
    )
    p = sms_page(rng, font, "VK-UNIONB", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_sdccb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """The Surendranagar District Central Co-operative Bank's SMS of a NEFT pending: "Dear Member, NEFT of
    Rs.x to <PAYEE> from A/c XX1234 on <dd.mm.yyyy> is pending for settlement. UTR .... -SDCC Bank"."""
    text = (
        f"Dear Member, NEFT of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d.%m.%Y')} is pending "
        f"for settlement. UTR {ref}. -SDCC Bank"
    )
    p = sms_page(rng, font, "VM-SDCCBK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_sbi_mail(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """State Bank of India's mail of a debit with no reference: "Your A/c XX1234 has been debited by Rs. x on
    <dd-Mon-yy> towards RTGS to <PAYEE>."."""
    p = mail_page(
        rng,
        font,
        "SBI Alerts <donotreply.sbiatm@alerts.sbi.co.in>",
        ["Debit alert - State Bank of India", "Transaction alert"],
    )
    p.part = "head"
    top(p, "State Bank of India")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        f"Your A/c XX{tail4} has been debited by Rs. {amt} on {when(j.date, '%d-%b-%y')} towards RTGS to {to}.",
        **facts,
    )
    p.add("gap")
    prose(p, "If this transaction was not done by you, please report it at 1800 1234 immediately.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "State Bank of India. This is a system generated mail; please do not reply.")
    return p.done()


def _alert_idfc_wa(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """IDFC FIRST Bank's WhatsApp banking message under its day divider: the bank with its verified name on
    top; "Hi! Rs. x has been sent from your IDFC FIRST Bank A/c XX1234 to <PAYEE> via IMPS on
    <dd/mm/yyyy>. IMPS Ref: .... Team IDFC FIRST Bank"."""
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    p.add("title", f"IDFC FIRST Bank {sign(p.font, chr(0x2714), '')}".strip())
    p.add("small", "Official business account")
    p.add("gap")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"Hi! Rs. {amt} has been sent from your IDFC FIRST Bank A/c XX{tail4} to {to} via IMPS on "
        f"{when(j.date, '%d/%m/%Y')}. IMPS Ref: {ref}. Team IDFC FIRST Bank"
    )
    for n_, line in enumerate(lines_of(p, text, share=0.84)):
        p.add("left", line, **(facts if n_ == 0 else {}))
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


ALERT_LAYOUTS = [
    _alert_bob_gu,
    _alert_ggb,
    _alert_kotak,
    _alert_hdfc,
    _alert_union,
    _alert_sdccb,
    _alert_sbi_mail,
    _alert_idfc_wa,
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the company's payments, one layout a place (``ALERT_LAYOUTS``): Bank of Baroda's
    SMS in Gujarati in a bubble, Gujarat Gramin Bank's SMS, Kotak's failed IMPS, HDFC Bank's heads-up
    notification with no day, Union Bank of India's SMS, the district co-operative bank's NEFT pending, State
    Bank of India's mail with no reference and IDFC FIRST Bank's WhatsApp banking message."""
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

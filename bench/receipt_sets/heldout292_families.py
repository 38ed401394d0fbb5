"""The twelve heldout292 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a mandana workshop's year of 2026 in Kundera on the Ranthambhore road, Sawai
Madhopur, Rajasthan (Geru Khadia Kala Udyog, Smt. Kamla Devi Meena's proprietary firm, whose Meena women
plaster a board, a wall or a floor with geru (red earth) and draw on it in khadia (lime white) the chowks,
peacocks, Lakshmi's footprints, tigers and vines of the mandana the Meena women of Sawai Madhopur and Bundi
paint on their houses' floors and walls, on handmade paper, terracotta tiles, clay plates, trays, coasters
and cards, and on the walls of hotels; its courtyard workshop, Lipai Aangan; its gallery on the Ranthambhore
road, Mandana Ghar; stall 14 at the Bundi Utsav's Shilpgram; the web shop mandanaghar.in; buyers at home and
abroad), told by the proofs of payment it receives (buyers' Google Pay, MobiKwik, super.money, Kotak811,
Jupiter, iMobile Pay and Freecharge screens and BharatPe's business app on the gallery's phone; Zoho Books,
HDFC Bank's ENet advice, RazorpayX, the Rajasthan Lalit Kala Akademi's advice, Odoo, YES BANK's YES CONNECT,
Khatabook and a boutique's Instagram message; TD Canada Trust, Westpac, OCBC, SEB, PKO Bank Polski, the
Commercial Bank of Qatar, Hang Seng Bank and Shinhan Bank; its own myBillBook invoice, a Townscript booking,
a WooCommerce mail, PayU's failed page, the Utsav stall's carbon memo, Easebuzz, a cash receipt with its
revenue stamp and a thank-you card) and those it makes (a Bundi mineral house's dot-matrix bill, a Sanganer
paper mill's invoice, Moglix, Flipkart, DTDC, Printo, a framer's Google Pay for Business and a potter's memo;
Canara ai1, Union Bank Vyom, Kotak Net Banking, Bank of Baroda's pay-in slip, IDFC FIRST Bank, FedMobile,
IndOASIS and an Axis Bank statement; its painters' attendance card, Zoho Payroll's payslip, PayZapp, Tata Neu,
the mason's account, iris by YES BANK, a wage voucher and Axis Mobile; Nagar Parishad Sawai Madhopur, the
Bundi Utsav Samiti, ESIC, the DGFT, the Copyright Office, Vahan, a traffic e-challan and the EPCH; eight
insurers; cards on the gallery's, the stall's and the phone's terminals and at a restaurant, an art store, a
fuel point, a dhaba and a paint house; JVVNL, Vi, Indane, the PHED, Dish TV, Excitel, a news agency and ICICI
Bank FASTag; the banks' SMS, a Hindi SMS, a mail and an alert in a mail app's inbox). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the units' lines, salutations, Hindi and Arabic lines (but a bank's SMS in Hindi, whose
figures and payee carry the facts, and a Hindi hand's sums and "received" or "paid"), items, bills, counts,
rates, notes and pieces, days in tally marks, GST, TDS, charges, service charges, fees, balances, periods,
months, pay periods, years, invoice, bill, due, event and validity days, account, policy, proposal,
application, property, connection, consumer, vehicle, tag, card and consignment numbers, bills named on an
advice, IFSC, SWIFT/BIC codes, UPI IDs, GSTIN, PAN, Udyam numbers, other mails in an inbox, chowks, bels,
outcome tiles, discs, capsules and spinners, stages, notices, ribbons, stamps, revenue stamps, signatures,
greenbar stationery, carbon copies, spiral pads, highlighter strokes and charpais carry no fact. ``Job`` is
heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page``
heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money``
heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs``
heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's;
``code`` and ``digits`` heldout14's; heldout269's rows (``cols``, ``zebra``, ``total``, ``kv``, ``kvr``,
``strip``, ``sms_page``, ``ticks``, a round rubber stamp, a roll's torn edges), heldout271's (``grid``,
``colkv``, ``dots``, ``fill``, ``hand``, ``amtbox``, ``tt``), heldout273's (``hcells``, ``ledger``,
``bubble``, ``panel``, ``pill``, ``track``, ``avatar``), heldout275's (``sig``, ``divider``, ``gutter``,
``sicon``, ``bigsum``, greenbar stationery, a bahi's red rules), heldout277's (a highlighter's marker),
heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, a spinner, a
numbering machine's red number), heldout287's (Devanagari lines and hand, ``tile``, ``burst``, ``notice``,
``oval``, ``tiles2``, ``vlab``, ``vname``, ``copyrow``) and heldout289's (``chip``, ``steps``, a revenue
stamp, a spiral pad, a carbon copy), written in this set's pens and printers' faces. ``compose`` is
heldout158's (as heldout269's to heldout291's), each page's rows drawn by heldout289's ``_render`` (and the
renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for them: a mandana
chowk as a letterhead's emblem (a geru square with khadia borders, dots, a turned square, a lotus and corner
triangles, each line a little uneven); a mandana bel as a divider (a geru band with a khadia vine, its leaves
and dots); a line in Arabic in Noto Naskh Arabic shaped by Raqm (a Qatari bank's name); a count kept in
tally marks; a mail app's inbox rows (a sender's round badge, the sender and the hour, the subject, the
opening cut with an ellipsis); a digital receipt's card with a toothed foot; a PAID ribbon across a page's
corner; and, after the frame, the charpai of woven niwar a page is photographed lying on. The pages' layouts
and wordings are this set's own."""

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
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, strip, total, zebra
from bench.receipt_sets.heldout271_families import amtbox, colkv, dots, grid, tt
from bench.receipt_sets.heldout273_families import bubble, hcells, ledger, panel, track
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, native, nhand, notice, nwrap, tiles2, vlab, vname

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
# the hands that write on this set's papers: italics in another mix than heldout290's and heldout291's
PENS = [
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSans-Italic.ttf",
    "liberation/LiberationSerif-Italic.ttf",
]
INKS = [(20, 40, 140), (36, 34, 90), (40, 36, 44), (10, 80, 110), (110, 30, 60)]
# the faces a page's fixed-width lines are printed in (a typewriter's, an accounts program's, a cheque
# printer's)
TYPES = [
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# Arabic in Noto Naskh Arabic (fonts-noto-core), shaped by Raqm and set right to left
ARABIC = "noto/NotoNaskhArabic-Regular.ttf"
ARABIC_BOLD = "noto/NotoNaskhArabic-Bold.ttf"
# a mandana's colours as the Meena women lay them: the geru (red earth, hirmich) a floor or a wall is
# plastered with, in three shades, and the khadia (lime white) its figures are drawn in
GERU = [(170, 66, 44), (150, 56, 38), (184, 84, 54)]
KHADIA = (247, 244, 234)

# ---------------------------------------------------------------- the firm

FIRM = "Geru Khadia Kala Udyog"
FIRM_CAPS = FIRM.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "GERU KHADIA KALA UDYO"
FIRM_HI = "गेरू खड़िया कला उद्योग"
SHOP = "Mandana Ghar"
SHOP_CAPS = SHOP.upper()
SHOP_HI = "मांडणा घर"
AANGAN = "Lipai Aangan"
AANGAN_HI = "लिपाई आँगन"
WEB = "mandanaghar.in"
GSTIN = "08DQKPM7319N1Z4"
PAN = "DQKPM7319N"
UDYAM = "UDYAM-RJ-27-0063815"
PROPRIETOR = "Smt. Kamla Devi Meena"
OWNER_CAPS = "KAMLA DEVI MEENA"
SON = "Rakesh Meena"
BAHU = "Seema Meena"
ADDRESS = "Lipai Aangan, Kundera, Ranthambhore Road, Sawai Madhopur - 322001 (Rajasthan)"
TOWN = "Kundera, Ranthambhore Road, Sawai Madhopur - 322001"
SHOP_AT = "Shop 4, Hammir Circle, Ranthambhore Road, Sawai Madhopur - 322001"
STALL = "Stall 14, Shilpgram, Bundi Utsav, Bundi"
# the Bundi Utsav's crafts mela, 3 to 5 November 2026 (stall 14), in the week before Diwali (8 November),
# when every Meena house has its floor plastered again and its mandana drawn afresh
UTSAV = dt.date(2026, 11, 3)
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Union Bank of India": "UBIN",
    "Kotak Mahindra Bank": "KKBK",
    "IDFC FIRST Bank": "IDFB",
    "Federal Bank": "FDRL",
    "Indian Bank": "IDIB",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Yes Bank": "YESB",
    "Bank of India": "BKID",
    "Indian Overseas Bank": "IOBA",
    "IndusInd Bank": "INDB",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Bank of Baroda": "BoB",
    "Punjab National Bank": "PNB",
    "Canara Bank": "Canara",
    "Union Bank of India": "Union",
    "Kotak Mahindra Bank": "Kotak",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Axis Bank": "Axis",
    "Yes Bank": "YES",
    "Bank of India": "BOI",
    "IDFC FIRST Bank": "IDFC",
}
# the firm's mandana work: name, HSN, price each (low, high)
WORKS = [
    ("Mandana panel, geru and khadia on board, 2 x 3 ft, peacocks", "9701", 6500, 14000),
    ("Mandana on handmade paper, framed, chowk, 18 x 24 in", "9701", 2200, 4800),
    ("Mandana on handmade paper, framed, Lakshmi's pagalya, 12 x 16 in", "9701", 1400, 2800),
    ("Mandana on handmade paper, tiger of Ranthambhore, 12 x 16 in", "9701", 1600, 3200),
    ("Mandana painted terracotta tiles, set of 4", "6913", 1200, 2400),
    ("Mandana wall plate, clay, 10 in", "6913", 650, 1300),
    ("Mandana tray, painted wood, 12 in", "4420", 900, 1800),
    ("Mandana coasters, set of 6", "4420", 450, 850),
    ("Mandana greeting cards, set of 10", "4909", 300, 600),
    ("Diwali mandana stencil kit, geru and khadia", "3213", 350, 700),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Mandana panel, geru and khadia on board, 2 x 3 ft, peacocks": "Panel 2x3 ft, peacocks",
    "Mandana on handmade paper, framed, chowk, 18 x 24 in": "Chowk, framed 18x24",
    "Mandana on handmade paper, framed, Lakshmi's pagalya, 12 x 16 in": "Pagalya, framed 12x16",
    "Mandana on handmade paper, tiger of Ranthambhore, 12 x 16 in": "Tiger, 12x16",
    "Mandana painted terracotta tiles, set of 4": "Tiles (4)",
    "Mandana wall plate, clay, 10 in": "Wall plate 10 in",
    "Mandana tray, painted wood, 12 in": "Tray 12 in",
    "Mandana coasters, set of 6": "Coasters (6)",
    "Mandana greeting cards, set of 10": "Cards (10)",
    "Diwali mandana stencil kit, geru and khadia": "Stencil kit",
}
CUSTOMERS = [
    "Mrs. Shweta Khandelwal",
    "Mr. Abhishek Goyal",
    "Dr. Rashmi Chaturvedi",
    "Ms. Tanya Rathore",
    "Mr. Devendra Singh Hada",
    "Mrs. Meenakshi Jain",
    "Mr. Kunal Bansal",
]
# the Meena women who plaster and paint: their names, and the mason who plasters the courtyard's floor
PAINTERS = [
    "Gyarsi Bai Meena",
    "Bhoori Devi Meena",
    "Sugna Meena",
    "Kanta Bai Meena",
    "Dhapu Devi Meena",
    "Santosh Meena",
    "Ramkanya Meena",
    "Lado Bai Meena",
]
PAINTERS_HI = {
    "Gyarsi Bai Meena": "ग्यारसी बाई मीणा",
    "Bhoori Devi Meena": "भूरी देवी मीणा",
    "Sugna Meena": "सुगना मीणा",
    "Kanta Bai Meena": "कांता बाई मीणा",
    "Dhapu Devi Meena": "धापू देवी मीणा",
    "Santosh Meena": "संतोष मीणा",
    "Ramkanya Meena": "रामकन्या मीणा",
    "Lado Bai Meena": "लाडो बाई मीणा",
}
MASON = "Ramphool Meena"
STAFF = ["Vikas Sharma", "Pooja Saini"]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's pieces sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 4) if hi < 3000 else 1
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 50))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Utsav's), its UPI / card reference made again for that day."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_for(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
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


def ordinal(day: dt.date) -> str:
    n = day.day
    end = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{end}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h292", {"marks": {}, "cards": [], "sash": None, "frame": None, "mails": []})


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


def para(p: Screen, text: str, kind_: str = "left", **facts) -> None:
    """A sentence set left in as many lines as it needs (the facts on its first line)."""
    scale = 0.8 if kind_ == "small" else 1.0
    for n_, line in enumerate(lines_of(p, text, scale)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def lab(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lab92", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab92"] = 0.8
    h269.row(p, "lab92", text, **facts)


def hindi(p: Screen, text: str, **kw) -> None:
    """heldout287's native line in Devanagari, here for Hindi (a name over its English, a heading)."""
    native(p, text, **kw)


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule (a dot and the words in the outcome's colour), its status the page's."""
    h289.chip(p, text, status, status=status)


# ---------------------------------------------------------------- this set's rows and marks


def chowk(p: Screen) -> None:
    """A mandana chowk as a letterhead's emblem: a square of geru (red earth) with the khadia (lime white)
    lines a Meena woman draws with a twist of cotton: a ruled border and a dotted one inside it, a square
    turned on its corner touching the border's middles, a smaller square inside that, a lotus of eight
    petals at the heart, a small triangle in each corner and dots at the turned square's points; each line a
    little uneven as a hand leaves it; centred, three lines high."""
    put(p, "t92ck", "", mark_=[p.rng.randrange(len(GERU)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def bel(p: Screen) -> None:
    """A mandana bel (a running vine) as a divider across the page: a band of geru, a khadia line waving
    along it, a pointed leaf at every crest and trough and a cluster of three dots between them; one line
    high."""
    put(p, "t92bl", "", mark_=[p.rng.randrange(len(GERU)), p.rng.randrange(10**6)])


def arabic(p: Screen, text: str, *, scale: float = 1.35, bold: bool = True) -> None:
    """A line in Arabic (a Qatari bank's name over its English), in Noto Naskh Arabic shaped by Raqm and set
    right to left, centred; a line and a half high."""
    face_name = ARABIC_BOLD if bold else ARABIC
    face = load_font(face_name, int(p.style["size"] * scale))
    assert glyphs(face_name, text.replace(" ", "")), text
    assert face.getlength(text) <= room_of(p), text
    put(p, "t92ar", text, mark_=[scale, bold])
    p.add("gap")


def tally(p: Screen, label: str, n: int, after: str, **facts) -> None:
    """A count kept by hand in tally marks after a printed label: four strokes and a fifth across them for
    every five, in the page's pen, the count written after them (``after``)."""
    pen = hand_pen(p)
    size = p.style["size"]
    assert glyphs(p.font, label) and glyphs(pen, after), (label, after)
    lw = load_font(p.font, size).getlength(label)
    marks_w = (n // 5) * size * 2.8 + (n % 5) * size * 0.6
    aw = load_font(pen, int(size * 1.05)).getlength(after)
    assert lw + 20 + marks_w + 20 + aw <= room_of(p), (label, n, after)
    put(p, "t92ty", label, after, mark_=[n, p.rng.randrange(10**6)], **facts)


def serrated(p: Screen, start: int) -> None:
    """A digital receipt's card round the rows from ``start`` to the last added: white on the screen's pale
    tint, rounded at the top, its foot cut in a row of sharp teeth as a torn till roll is (a light screen's
    only)."""
    assert not p.style["h106"]["dark"]
    p.add("gap")
    ext(p)["cards"].append([start, len(p.rows) - 1])
    p.add("gap")


def sash(p: Screen, text: str, colour: tuple[int, int, int]) -> None:
    """A ribbon across the page's top right corner (an invoice program's PAID mark), its word in white
    capitals along it; the first row left empty so that nothing is printed under the ribbon."""
    assert not p.rows, "the sash goes on before any row"
    assert glyphs(bold_of(p.font), text), text
    p.add("gap")
    ext(p)["sash"] = [text, list(colour)]


def mailrow(
    p: Screen,
    sender: str,
    hour: str,
    subject: str,
    snippet: str,
    colour: tuple[int, int, int],
    *,
    unread: bool = False,
    must: tuple[str, ...] = (),
    **facts,
) -> None:
    """One mail in a mail app's inbox: a round badge with the sender's initial at the left, the sender (bold
    where unread) and the hour at the right on its first line, the subject under it and two lines of the
    mail's opening in the label's ink (cut with an ellipsis); the facts on the opening's first line, each of
    ``must`` shown whole."""
    size = p.style["size"]
    indent = size * 2.6
    room = room_of(p) - indent
    sface = load_font(bold_of(p.font) if unread else p.font, size)
    hface = load_font(p.font, int(size * 0.8))
    assert glyphs(bold_of(p.font), sender + hour + subject) and glyphs(p.font, snippet + "\u2026")
    assert sface.getlength(sender) + hface.getlength(hour) + 16 <= room, sender
    assert sface.getlength(subject) <= room, subject
    sn = load_font(p.font, int(size * 0.86))
    lines, line = [], ""
    for word in snippet.split():
        if line and sn.getlength(f"{line} {word}") > room:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if len(lines) > 2:
        second = lines[1]
        while sn.getlength(second + " \u2026") > room:
            second = second.rsplit(" ", 1)[0]
        lines = [lines[0], second + " \u2026"]
    assert all(m in " ".join(lines) for m in must), (must, lines)
    start = put(p, "t92m1", sender, hour, mark_=[list(colour), unread])
    put(p, "t92m2", subject, mark_=[unread])
    for n_, t in enumerate(lines):
        put(p, "t92m3", t, **(facts if n_ == 0 else {}))
    ext(p)["mails"].append([start, len(p.rows) - 1])
    p.add("gap")


def on_charpai(p: Screen) -> None:
    """The page photographed lying on a charpai: its bed of woven cotton niwar tapes (two colours, over and
    under), a length of its wooden frame along one side, the page's shadow on the tapes."""
    ext(p)["frame"] = ["charpai", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _jit(srng: random.Random, v: float, d: float = 0.8) -> float:
    return v + srng.uniform(-d, d)


def _hline(draw, pts, srng: random.Random, colour, width: int = 2) -> None:
    """A khadia line through ``pts`` as a hand lays it: each point a little off, the line closed."""
    moved = [(_jit(srng, x), _jit(srng, y)) for x, y in pts]
    draw.line([*moved, moved[0]], fill=colour, width=width, joint="curve")


def _petal(cx: float, cy: float, length: float, width: float, angle: float) -> list[tuple[float, float]]:
    """A pointed petal's outline from the heart at (``cx``, ``cy``) outward along ``angle``."""
    pts = []
    for n in range(9):
        t = n / 8
        pts.append((length * t, width * 0.5 * math.sin(math.pi * t)))
    for n in range(7, 0, -1):
        t = n / 8
        pts.append((length * t, -width * 0.5 * math.sin(math.pi * t)))
    c, s = math.cos(angle), math.sin(angle)
    return [(cx + x * c - y * s, cy + x * s + y * c) for x, y in pts]


def _chowk(draw, cx: float, cy: float, side: float, ground, seed: int) -> None:
    """A chowk of khadia lines on a geru square."""
    srng = random.Random(seed)
    h = side / 2
    draw.rectangle((cx - h, cy - h, cx + h, cy + h), fill=ground)
    lime = KHADIA
    b = h - 4
    _hline(draw, [(cx - b, cy - b), (cx + b, cy - b), (cx + b, cy + b), (cx - b, cy + b)], srng, lime)
    d = h - 10
    step = side / 14
    t = -d
    while t <= d + 0.1:
        for px, py in ((cx + t, cy - d), (cx + t, cy + d), (cx - d, cy + t), (cx + d, cy + t)):
            draw.ellipse((px - 1.3, py - 1.3, px + 1.3, py + 1.3), fill=lime)
        t += step
    r = h - 16
    diamond = [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]
    _hline(draw, diamond, srng, lime)
    q = r * 0.5
    _hline(draw, [(cx - q, cy - q), (cx + q, cy - q), (cx + q, cy + q), (cx - q, cy + q)], srng, lime)
    for px, py in diamond:
        draw.ellipse((px - 2.6, py - 2.6, px + 2.6, py + 2.6), fill=lime)
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x0, y0 = cx + sx * (h - 14), cy + sy * (h - 14)
        tri = [(x0, y0), (x0 - sx * h * 0.32, y0), (x0, y0 - sy * h * 0.32)]
        draw.polygon(tri, outline=lime)
        draw.ellipse((x0 - sx * 5 - 1.5, y0 - sy * 5 - 1.5, x0 - sx * 5 + 1.5, y0 - sy * 5 + 1.5), fill=lime)
    for n in range(8):
        a = n * math.pi / 4 + math.pi / 8
        draw.polygon(_petal(cx, cy, q * 0.92, q * 0.42, a), outline=lime)
    draw.ellipse((cx - 3.5, cy - 3.5, cx + 3.5, cy + 3.5), fill=lime)


def _bel(draw, x0: float, x1: float, y0: float, y1: float, ground, seed: int) -> None:
    """A geru band with a khadia vine waving along it, a leaf where it crosses the middle, dots by its
    crests and troughs."""
    srng = random.Random(seed)
    draw.rectangle((x0, y0, x1, y1), fill=ground)
    h = y1 - y0
    mid = (y0 + y1) / 2
    amp = h * 0.16
    period = srng.choice([40, 46, 52])
    phase = srng.uniform(0, math.tau)
    pts = [
        (xx, mid + amp * math.sin(math.tau * (xx - x0) / period + phase))
        for xx in range(int(x0) + 5, int(x1) - 4, 2)
    ]
    draw.line(pts, fill=KHADIA, width=2)
    k = math.ceil(phase / math.pi)
    while True:
        # the wave crosses the middle where its phase is a whole number of half turns
        xx = x0 + (k * math.pi - phase) / math.tau * period
        if xx > x1 - 12:
            break
        if xx > x0 + 10:
            up = k % 2 == 0
            angle = -math.pi / 2 + (0.7 if up else -0.7) if up else math.pi / 2 + 0.7
            draw.polygon(_petal(xx, mid, h * 0.3, h * 0.17, angle), fill=KHADIA)
            # the crest or trough a quarter turn on: three dots beyond it
            cx = xx + period / 4
            if cx < x1 - 8:
                sgn = -1 if math.sin(math.tau * (cx - x0) / period + phase) < 0 else 1
                cy = mid + sgn * (amp + h * 0.12)
                for ox, oy in ((-3.2, 0), (3.2, 0), (0, sgn * 3.0)):
                    draw.ellipse((cx + ox - 1.4, cy + oy - 1.4, cx + ox + 1.4, cy + oy + 1.4), fill=KHADIA)
        k += 1
    draw.line((x0 + 2, y0 + 2, x1 - 2, y0 + 2), fill=KHADIA, width=1)
    draw.line((x0 + 2, y1 - 2, x1 - 2, y1 - 2), fill=KHADIA, width=1)


def _tally(draw, x: float, y_top: float, h: float, n: int, ink, seed: int) -> float:
    """Tally strokes from ``x`` down from ``y_top`` (``h`` high): fives crossed; the x after them."""
    srng = random.Random(seed)
    gap = h * 0.4
    for g in range(n // 5 + (1 if n % 5 else 0)):
        count = min(5, n - g * 5)
        gx = x
        for s in range(min(4, count)):
            sx = gx + s * gap
            draw.line(
                (
                    sx + srng.uniform(-1, 1),
                    y_top + srng.uniform(0, 2),
                    sx + srng.uniform(-1.5, 1.5),
                    y_top + h,
                ),
                fill=ink,
                width=2,
            )
        if count == 5:
            draw.line(
                (gx - gap * 0.5, y_top + h * 0.75, gx + gap * 3.5, y_top + h * 0.25 + srng.uniform(-2, 2)),
                fill=ink,
                width=2,
            )
        x = gx + (gap * 5.5 if count == 5 else count * gap + gap)
    return x


def _card_layer(size_, cards, tops, line, lift, width, tint) -> Image.Image:
    """The screen's tint everywhere but on the receipt cards: white, rounded at the top, toothed at the
    foot."""
    layer = Image.new("RGB", size_, tint)
    ld = ImageDraw.Draw(layer)
    for start, end in cards:
        x0, x1 = MARGIN - 16, width - MARGIN + 16
        y0 = tops[start] - lift - 10
        y1 = tops[end] - lift + line
        r = 14
        pts = [(x0, y0 + r)]
        for a in range(180, 271, 10):
            t = math.radians(a)
            pts.append((x0 + r + r * math.cos(t), y0 + r + r * math.sin(t)))
        for a in range(270, 361, 10):
            t = math.radians(a)
            pts.append((x1 - r + r * math.cos(t), y0 + r + r * math.sin(t)))
        tooth = 14
        n = int((x1 - x0) // tooth)
        each = (x1 - x0) / n
        pts.append((x1, y1))
        for k in range(n, 0, -1):
            pts.append((x0 + each * (k - 0.5), y1 + 9))
            pts.append((x0 + each * (k - 1), y1))
        ld.polygon(pts, fill=(255, 255, 255))
    return layer


def _sash(page: Image.Image, font: str, text: str, colour) -> Image.Image:
    """A ribbon across the top right corner with its word in white, a darker fold at each end."""
    w = page.width
    d, band = 92, 30
    length = int(d * math.sqrt(2)) + 60
    strip_ = Image.new("RGBA", (length, band), (*colour, 255))
    sd = ImageDraw.Draw(strip_)
    dark = tuple(max(0, c - 50) for c in colour)
    sd.line((0, 2, length, 2), fill=(*dark, 255), width=1)
    sd.line((0, band - 3, length, band - 3), fill=(*dark, 255), width=1)
    face = load_font(bold_of(font), 17)
    sd.text((length / 2, band / 2), text, font=face, fill=(255, 255, 255, 255), anchor="mm")
    turned = strip_.rotate(-45, resample=Image.BICUBIC, expand=True)
    # the ribbon's middle sits on the line from (w - d, 0) to (w, d)
    cx, cy = w - d / 2, d / 2
    box = (int(cx - turned.width / 2), int(cy - turned.height / 2))
    page = page.convert("RGBA")
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    layer.paste(turned, box, turned)
    return Image.alpha_composite(page, layer).convert("RGB")


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: a mandana chowk as an emblem, a mandana bel as a divider, an
    Arabic line, tally marks, a mail app's inbox rows; a digital receipt's toothed card and a PAID ribbon
    across a page's corner."""
    page = h289._render(rows, font, style)
    x = style.get("h292")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", (30, 40, 120)))
    marks = x["marks"]
    if x["cards"]:
        tint = tuple(x.get("tint") or (232, 236, 242))
        layer = _card_layer(page.size, x["cards"], tops, line, lift, width, tint)
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t92"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t92ck":
            ground, seed = m
            _chowk(draw, width / 2, top_y + line * 1.5, line * 2.8, GERU[ground], seed)
        elif name == "t92bl":
            ground, seed = m
            _bel(draw, MARGIN, width - MARGIN, top_y + line * 0.04, top_y + line * 0.98, GERU[ground], seed)
        elif name == "t92ar":
            scale, bold = m
            face = load_font(ARABIC_BOLD if bold else ARABIC, int(size * scale))
            tw = face.getlength(r[1])
            draw.text(((width - tw) / 2, top_y + line * 1.18), r[1], font=face, fill=ink, anchor="ls")
        elif name == "t92ty":
            n_, seed = m
            face = load_font(font, size)
            draw.text((MARGIN, y), r[1], font=face, fill=ink)
            tx = MARGIN + face.getlength(r[1]) + 20
            end = _tally(draw, tx, top_y + line * 0.1, line * 0.8, n_, pen_ink, seed)
            pface = load_font(x1["pen"], int(size * 1.05))
            draw.text((end + 12, y - size * 0.1), r[2], font=pface, fill=pen_ink)
        elif name == "t92m1":
            colour, unread = m
            indent = size * 2.6
            r_ = size * 0.95
            cx, cy = MARGIN + r_, top_y + line * 0.95
            draw.ellipse((cx - r_, cy - r_, cx + r_, cy + r_), fill=tuple(colour))
            initial = r[1].strip()[:1].upper()
            iface = load_font(bold_of(font), int(size * 1.0))
            draw.text((cx, cy), initial, font=iface, fill=(255, 255, 255), anchor="mm")
            sface = load_font(bold_of(font) if unread else font, size)
            draw.text((MARGIN + indent, y), r[1], font=sface, fill=ink)
            hface = load_font(bold_of(font) if unread else font, int(size * 0.8))
            draw.text(
                (width - MARGIN, y + size * 0.1), r[2], font=hface, fill=ink if unread else soft, anchor="ra"
            )
        elif name == "t92m2":
            (unread,) = m
            face = load_font(bold_of(font) if unread else font, size)
            draw.text((MARGIN + size * 2.6, y), r[1], font=face, fill=ink)
        elif name == "t92m3":
            face = load_font(font, int(size * 0.86))
            draw.text((MARGIN + size * 2.6, y + size * 0.08), r[1], font=face, fill=soft)
    for start, end in x["mails"]:
        yb = tops[end] - lift + line + line * 0.5
        draw.line((MARGIN + size * 2.6, yb, width - MARGIN, yb), fill=h269._tint(soft, paper_, 0.3), width=1)
    if x["sash"]:
        text, colour = x["sash"]
        page = _sash(page, font, text, tuple(colour))
    return page


def _charpai(image: Image.Image, seed: int) -> Image.Image:
    """The page on a charpai's woven niwar: tapes over and under, a length of its wooden frame, a shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 64
    bw, bh = w + 2 * pad, h + 2 * pad
    pairs = [
        ((214, 204, 186), (70, 96, 150)),
        ((226, 214, 190), (150, 50, 46)),
        ((222, 218, 206), (60, 110, 80)),
    ]
    light, deep = srng.choice(pairs)
    base = Image.new("RGB", (bw, bh), (90, 70, 50))
    bd = ImageDraw.Draw(base)
    tape = 26
    off = srng.randrange(tape)
    # the tapes woven at right angles, a tape over where row and column agree, under where they do not
    for yy in range(-tape + off, bh + tape, tape):
        for xx in range(-tape + off, bw + tape, tape):
            over = ((xx - off) // tape + (yy - off) // tape) % 2 == 0
            colour = light if over else deep
            shade = tuple(max(0, c - 26) for c in colour)
            bd.rectangle((xx + 1, yy + 1, xx + tape - 1, yy + tape - 1), fill=colour)
            if over:
                for k in range(4, tape - 2, 5):
                    bd.line((xx + k, yy + 2, xx + k, yy + tape - 2), fill=shade, width=1)
            else:
                for k in range(4, tape - 2, 5):
                    bd.line((xx + 2, yy + k, xx + tape - 2, yy + k), fill=shade, width=1)
    side = srng.choice(["left", "top"])
    wood, grain = (120, 78, 42), (92, 58, 30)
    if side == "left":
        bd.rectangle((0, 0, 34, bh), fill=wood)
        for k in range(6):
            gx = srng.uniform(4, 30)
            bd.line((gx, 0, gx + srng.uniform(-6, 6), bh), fill=grain, width=1)
    else:
        bd.rectangle((0, 0, bw, 34), fill=wood)
        for k in range(6):
            gy = srng.uniform(4, 30)
            bd.line((0, gy, bw, gy + srng.uniform(-6, 6)), fill=grain, width=1)
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 7, pad + 9, pad + w + 7, pad + h + 9), fill=140)
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    base = Image.composite(Image.new("RGB", base.size, (34, 24, 16)), base, shadow)
    base.paste(image, (pad, pad))
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout291's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the charpai a page is photographed lying on."""
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
    f = (style.get("h292") or {}).get("frame")
    if f and f[0] == "charpai":
        image = _charpai(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [*PENS, *TYPES, ARABIC, ARABIC_BOLD]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout292 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, "MANDANA GHAR SAWAI MADHOPUR"]
VPAS = [
    "mandanaghar@sbi",
    "gerukhadia@okaxis",
    "Q603718259@ybl",
    "bharatpe.90071456823@fbpe",
    "mandanaghar.smp@ibl",
]
BUYERS = [
    ("Shweta Khandelwal", "shwetak@okhdfcbank", "HDFC Bank"),
    ("Abhishek Goyal", "abhishekgoyal@oksbi", "State Bank of India"),
    ("Rashmi Chaturvedi", "rashmi.c@ybl", "Bank of Baroda"),
    ("Tanya Rathore", "tanyar@okicici", "ICICI Bank"),
    ("Devendra Singh Hada", "dshada@axl", "Axis Bank"),
    ("Meenakshi Jain", "meenakshij@ibl", "Punjab National Bank"),
    ("Kunal Bansal", "kunalb@kotak", "Kotak Mahindra Bank"),
    ("Aditi Saxena", "aditi.s@okaxis", "Canara Bank"),
]
NOTES = ["mandana tray", "chowk framed", "Diwali stencils", "wall plates", "tiger painting", "mural advance"]


def initials(name: str) -> str:
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Mandana Ghar or the firm: Google Pay's payment details (the payee's round badge, "To
    <payee>" over its UPI ID, the sum, Completed in a capsule, the day and hour; UPI transaction ID, To,
    From, Google transaction ID with each label small over its value); MobiKwik's Payment Processing under
    a large clock (the sum, "to <payee>", a warning's notice; Transaction ID, UPI Ref. No., Date, Paid from
    at the left and the right with a hairline under each); super.money's dark "payment done" capsule (the
    sum, "paid to <payee>", the day in lower case; each value over its label small: upi reference no.,
    super.money id, paid from); BharatPe's business app on the shop's phone (the shop under the app,
    Payment received on a band, the sum, "from <buyer>", "Today at <hour>"; UPI Ref No and Settlement side
    by side, Transaction ID; no day); Kotak811's Payment Successful under a tile (the sum, "Paid to" over
    the payee; UPI Reference No., Date & Time, Debited from, Remarks in a table whose labels are shaded);
    Jupiter's share card (a scalloped badge, Payment sent, the sum, "to" over the payee, the day and hour,
    "Shared via Jupiter"; no reference); iMobile Pay's Transaction Failed on a band (the reason in a
    notice; Transaction ID, UPI Ref No, Date, From A/c in dot leaders); Freecharge's Payment Successful on
    a digital receipt's toothed card (the sum, "Paid to", the UPI ID; Transaction ID, UPI Ref. No., Date &
    Time, Paid using). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=300, high=58000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share screenshot",))
        app_head(p, "Google Pay", "Payment details")
        name = pick(p, "center", [f"To {to}", f"To {SHOP}"])[3:]
        h273.avatar(p, initials(name), rng.choice([(66, 133, 244), (15, 157, 88), (219, 68, 55)]))
        p.add("center", f"To {name}", merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        h273.pill(p, "Completed", status)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ", " \u00b7 ")), date=j.date)
        p.add("rule")
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "To")
        p.add("left", f"{clip(name, 26)}  {vpa}" if fits_left(p, f"{name}  {vpa}") else vpa)
        lab(p, "From")
        p.add("left", f"{who} ({sb} {dot * 2}{digits(rng, 4)})", method="UPI")
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        lab(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Check status",))
        band(p, (28, 52, 170))
        app_head(p, "MobiKwik", "UPI payment")
        sicon(p, status)
        p.add("center", "Payment Processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "Your bank is yet to confirm this payment. We will update the status within 30 minutes; please "
            "do not pay again.",
            "warn",
        )
        mid = f"MBK{digits(rng, 15)}"
        kvr(p, "Transaction ID", mid, txn=(TXN_RANK, mid))
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paid from", f"{sb} XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("done",))
        app_head(p, "super.money", "upi")
        chip(p, "payment done", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paid to {to}", f"paid to {SHOP}"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add(
            "small",
            f"{when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y'])).lower()}, {hhmm(rng, lower=True)}",
            date=j.date,
        )
        p.add("rule")
        sid = f"SM{digits(rng, 16)}"
        vlab(p, "upi reference no.", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "super.money id", sid, txn=(TXN_RANK, sid))
        vlab(p, "paid from", f"{sb.lower()} bank {dot * 2}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, [""], dark=False, buttons=("View passbook",))
        band(p, (6, 122, 114))
        app_head(p, "BharatPe", "for Business")
        name = pick(p, "center", [SHOP_CAPS, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", "Hammir Circle, Sawai Madhopur")
        p.add("gap")
        strip(p, "Payment received", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"from {who} ({their})")
        p.add("small", f"Today at {hhmm(rng)}")
        p.add("rule")
        two_up(p, "bp", ("UPI Ref No", j.ref), ("Settlement", "Instant to bank"), txn=(UTR_RANK, j.ref))
        p.add("gap")
        tid = f"BP{digits(rng, 14)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid), method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Share", "Done"))
        band(p, (228, 30, 40))
        app_head(p, "Kotak811", "UPI Payment")
        h287.tile(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        kv(p, "UPI Reference No.", j.ref, at=0.42, txn=(UTR_RANK, j.ref))
        kv(
            p,
            "Date & Time",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", ")),
            at=0.42,
            date=j.date,
        )
        kv(p, "Debited from", f"Savings A/c XX{digits(rng, 4)}", at=0.42, method="UPI")
        kv(p, "Remarks", rng.choice(NOTES), at=0.42)
        return p.done()
    if k == 5:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (246, 243, 252)
        p.part = "head"
        p.add("title", "Jupiter")
        p.part = "body"
        h287.burst(p, status)
        p.add("center", "Payment sent", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add(
            "small",
            f"{when(j.date, rng.choice(['%a, {d} %b %Y', '%d %b %Y']))} at {hhmm(rng)}",
            date=j.date,
        )
        p.add("gap")
        p.add("small", "Shared via Jupiter  |  UPI", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Retry",))
        band(p, (176, 46, 40))
        app_head(p, "iMobile Pay", "by ICICI Bank")
        strip(p, "Transaction Failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "You entered an incorrect UPI PIN (ZM). No money has been debited from your account; please try "
            "again with the right PIN.",
            "error",
        )
        iid = f"IMP{digits(rng, 13)}"
        dots(p, "Transaction ID", iid, at=0.38, txn=(TXN_RANK, iid))
        dots(p, "UPI Ref No", j.ref, at=0.38, txn=(UTR_RANK, j.ref))
        dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ", ", ")), at=0.38, date=j.date)
        dots(p, "From A/c", f"XXXXXXXX{digits(rng, 4)}", at=0.38, method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share receipt",))
    band(p, (240, 100, 30))
    app_head(p, "freecharge", "UPI")
    ext(p)["tint"] = [246, 232, 220]
    start = len(p.rows)
    h273.pill(p, "Payment Successful", status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "Paid to")
    name = pick(p, "center", [to, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", vpa)
    p.add("rule")
    fid = f"FC{j.date:%y%m%d}{digits(rng, 12)}"
    p.pair("Transaction ID", fid, txn=(TXN_RANK, fid))
    p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    p.pair("Paid using", f"{sb} UPI {dot * 2}{digits(rng, 4)}", method="UPI")
    serrated(p, start)
    return p.done()


def fits_left(p: Screen, text: str) -> bool:
    return load_font(p.font, p.style["size"]).getlength(text) <= room_of(p)


# ---------------------------------------------------------------- 2. buyers' advices


BANYAN = "Banyan Grove Ranthambhore Resort"
HAVELI = "HAVELI INTERIORS LLP"
CHITRAKATHA = "Gallery Chitrakatha"
AKADEMI = "Rajasthan Lalit Kala Akademi"
AKADEMI_HI = "राजस्थान ललित कला अकादमी"
INDIGO = "Indigo Threads Home Pvt. Ltd."
JUNGLE = "JUNGLE TALES RETREAT"
SHREERAM = "Shree Ram Events & Decor"
RANGREZ = "Rangrez Boutique"


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


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: a Ranthambhore resort's PAYMENTS MADE printed from Zoho
    Books (Payment#, Payment Date, Reference Number, Paid To, Payment Mode, Paid Through in columns; Amount
    Paid on a tinted band; Bill Number | Bill Date | Bill Amount | Payment Amount in a table ruled on every
    side); HDFC Bank's ENet payment advice mailed for a Jaipur interiors firm (its sentence "We have been
    instructed by ... to make the following payment"; Beneficiary Name, Beneficiary Account No., IFSC,
    Amount, Payment Mode, UTR No., Value Date, Remarks in a table ruled on every side); RazorpayX's payout
    Reversed for a Delhi gallery (a capsule, the sum with its paise raised, the reason in a notice; Payout
    ID, Contact, Fund account, Mode, UTR, Created on in a table whose labels are shaded); Rajasthan Lalit
    Kala Akademi's typed PAYMENT ADVICE under its Hindi name for a workshop's honorarium (Letter No. beside
    Dated; To, the firm; its sentence; Honorarium, Less TDS u/s 194J, Net amount paid, UTR, Date of payment
    in dot leaders); a Mumbai home store's Vendor Payment from Odoo with a PAID ribbon across its corner
    (Vendor Payment and its number; two fields to a row: Date:, Partner:; Method:, Amount:; Memo: with its
    UTR; Invoice Date | Invoice Number | Amount Paid on hairline rows); YES BANK's YES CONNECT enquiry of a
    resort's NEFT In Process (a capsule, a notice; Transaction Ref No., Payment Type, Beneficiary Name,
    Beneficiary A/c, Amount, Value Date, Status on a striped table); Khatabook on a Kota decorator's phone
    (the party's badge and name, the sum, "You gave", the day and hour; Payment mode Cash, Note; no
    reference); a Jaipur boutique's message on Instagram Direct under a "Today" divider ("Paid Rs. x to
    Mandana Ghar by IMPS just now.", "Ref ..."; no day). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=6000, high=380000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    me = rng.choice([FIRM, FIRM_CAPS])
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, BANYAN)
        p.add(
            "small",
            "Khilchipur, Ranthambhore Road, Sawai Madhopur - 322001  |  GSTIN " + gstin_of(rng, "08", "F"),
        )
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENTS MADE", status=status)
        no = str(rng.randrange(40, 900))
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = pick(p, "left", [me, CUT])
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "zp", spec, "Payment#", no, txn=(INVOICE_RANK, no))
        colkv(p, "zp", spec, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        colkv(p, "zp", spec, "Reference Number", utr, txn=(UTR_RANK, utr))
        colkv(p, "zp", spec, "Paid To", name, merchant=name)
        colkv(p, "zp", spec, "Payment Mode", "Bank Transfer", method="netbanking")
        colkv(p, "zp", spec, "Paid Through", "HDFC Bank Current Account")
        panel(p, "Amount Paid", rs(j.amount), (214, 238, 222), amount=j.amount)
        rows_ = []
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 4), "GKKU"):
            rows_.append(([no_, when(day, "%d/%m/%Y"), num(v), num(v)], {}))
        grid(
            p,
            "zb",
            [(0.0, 0.3, "l"), (0.3, 0.5, "c"), (0.5, 0.75, "r"), (0.75, 1.0, "r")],
            ["Bill Number", "Bill Date", "Bill Amount", "Payment Amount"],
            rows_,
            tint=(236, 240, 244),
        )
        p.add("small", "Mandana murals for the resort's dining hall and cottages")
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 210000, 480000, 0.5)
        p = mail_page(rng, font, "HDFC Bank ENet <enetadvice@hdfcbank.net>", [f"Payment Advice - {HAVELI}"])
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Sir / Madam,")
        para(
            p,
            f"We have been instructed by {HAVELI}, Jaipur to make the following payment to your account. "
            "The details are as under:",
            status=status,
        )
        utr = utr_for(rng, j, "HDFC Bank", "RTGS")
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "en",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary Account No.", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (["IFSC", "BARB0SAWAIX"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", "RTGS"], {"method": "netbanking"}),
                (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Value Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["Remarks", "Mandana murals, Samode Haveli project"], {}),
            ],
            tint=(222, 230, 244),
        )
        p.add("gap")
        p.add(
            "small", "This is a system generated advice sent on behalf of the remitter. Please do not reply."
        )
        return p.done()
    if k == 2:
        p = browser_page(
            rng,
            font,
            f"x.razorpay.com/payouts/pout_{code(rng, 14, MIXED)}",
        )
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"{CHITRAKATHA}, New Delhi  |  Payouts")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payout details")
        h273.pill(p, "Reversed", status, align="l")
        # heldout275's large sum rounds its whole rupees: paise under fifty keep them whole
        j.amount = float(int(j.amount)) + rng.randrange(1, 50) / 100
        h275.bigsum(p, "\u20b9" if glyphs(bold_of(font), "\u20b9") else "Rs.", j.amount, amount=j.amount)
        note(
            p,
            "The beneficiary's bank returned this payout (account frozen). The amount has been credited back "
            "to your RazorpayX balance.",
            "error",
        )
        pid = f"pout_{code(rng, 14, MIXED)}"
        name = pick(p, "left", [me, CUT])
        kv(p, "Payout ID", pid, at=0.34, txn=(TXN_RANK, pid))
        kv(p, "Contact", name, at=0.34, merchant=name)
        kv(p, "Fund account", f"A/c XXXXXXX{digits(rng, 4)} (BARB0SAWAIX)", at=0.34)
        kv(p, "Mode", "IMPS", at=0.34, method="netbanking")
        kv(p, "UTR", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
        kv(p, "Created on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        return p.done()
    if k == 3:
        gross = float(rng.choice([15000, 18000, 21000, 24000, 30000]))
        tds = round(gross * 0.1, 2)
        j.amount = gross - tds
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(252, 250, 244), (255, 255, 255)])
        p.part = "head"
        hindi(p, AKADEMI_HI, scale=1.2, bold=True)
        top(p, pick(p, "title", [AKADEMI, "Rajasthan Lalit Kala Akademi, Jaipur"]))
        p.add("small", "Ravindra Manch Parisar, Ram Niwas Bagh, Jaipur - 302004")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT ADVICE")
        no = f"RLKA/Lekha/{fy(j.date)}/{rng.randrange(100, 999)}"
        cols(
            p,
            "la",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Letter No. {no}",
            f"Dated: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, no),
        )
        p.add("left", "To,")
        p.add("left", FIRM, merchant=FIRM)
        p.add("left", f"(Prop. {PROPRIETOR}), {TOWN}")
        p.add("gap")
        para(
            p,
            "The honorarium for the three-day mandana demonstration at the Akademi's Kala Mela has been "
            "released to your account by NEFT as under:",
            method="netbanking",
            status=status,
        )
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        dots(p, "Honorarium", num(gross), at=0.5)
        dots(p, "Less TDS u/s 194J (10%)", num(tds), at=0.5)
        dots(p, "Net amount paid", rs(j.amount), at=0.5, bold=True, amount=j.amount)
        dots(p, "UTR", utr, at=0.5, txn=(UTR_RANK, utr))
        dots(p, "Date of payment", day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), at=0.5, date=j.date)
        p.add("gap")
        sig(p)
        p.add("right", "Accounts Officer")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        sash(p, "PAID", (34, 140, 84))
        p.part = "head"
        top(p, INDIGO)
        p.add("small", "Unit 7, Kamala Mills Compound, Lower Parel, Mumbai - 400013")
        p.add("rule")
        p.part = "body"
        no = f"PBNK1/{j.date.year}/{rng.randrange(10, 9999):05d}"
        p.add("left", f"Vendor Payment {no}", status=status, txn=(INVOICE_RANK, no))
        p.add("gap")
        name = rng.choice([me, CUT])
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        spec = [(0.0, 0.17, "l"), (0.17, 0.42, "l"), (0.44, 0.6, "l"), (0.6, 1.0, "l")]
        colkv(
            p,
            "od",
            spec,
            "Date:",
            day_in(j, rng, ["%d/%m/%Y", "%Y-%m-%d"]),
            "Partner:",
            name,
            date=j.date,
            merchant=name,
        )
        colkv(
            p,
            "od",
            spec,
            "Method:",
            "Manual (NEFT)",
            "Amount:",
            rs(j.amount),
            method="netbanking",
            amount=j.amount,
        )
        colkv(p, "od2", [(0.0, 0.17, "l"), (0.17, 1.0, "l")], "Memo:", f"NEFT UTR {utr}", txn=(UTR_RANK, utr))
        p.add("gap")
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.66, "l"), (0.66, 1.0, "r")]
        cols(p, "oh", spec2, "Invoice Date", "Invoice Number", "Amount Paid", mode="line")
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "GKKU"):
            cols(p, "ol", spec2, when(day, "%d/%m/%Y"), no_, rs(v), mode="line")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "yesconnect.yesbank.in/corporate/TransactionEnquiry")
        p.part = "head"
        top(p, "YES BANK")
        p.add("small", f"YES CONNECT  |  {JUNGLE}, Sawai Madhopur")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction Enquiry")
        chip(p, "In Process", status)
        note(
            p,
            "The credit confirmation from the beneficiary's bank is awaited. The status will be updated "
            "after the next NEFT settlement.",
        )
        ref = f"YC{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([FIRM_CAPS, CUT])
        zebra(
            p,
            "yc",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Field", "Details"],
            [
                (["Transaction Ref No.", ref], {"txn": (BANK_RANK, ref)}),
                (["Payment Type", "NEFT"], {"method": "netbanking"}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Value Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Status", "In Process"], {}),
            ],
            (0, 84, 160),
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(40, 360) * 100)
        p = phone(rng, font, k, ["", "Entry details"], dark=False, buttons=("Share", "Edit"))
        band(p, (36, 88, 210))
        app_head(p, "Khatabook", f"{SHREERAM}, Kota")
        name = pick(p, "center", [SHOP, FIRM])
        h273.avatar(p, initials(name), (250, 140, 40))
        p.add("center", name, merchant=name)
        p.add("small", f"Supplier  |  +91 94{digits(rng, 2)}XXXX{digits(rng, 2)}")
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "You gave", status=status)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ", "  |  ")), date=j.date)
        p.add("rule")
        kvr(p, "Payment mode", "Cash", method="cash")
        kvr(p, "Note", "Mandana murals, Kota haveli")
        p.add("gap")
        p.add("small", "An SMS of this entry was sent to the party.")
        return p.done()
    j.amount = rupees(rng, 3000, 26000, 0.7)
    p = phone(rng, font, k, ["rangrez.jaipur"], dark=False, buttons=())
    p.part = "body"
    p.add("small", f"{RANGREZ}, Jaipur  |  Instagram")
    divider(p, "Today")
    p.add("gap")
    s = len(p.rows)
    p.add("left", "Hi Seema ji!")
    p.add(
        "left",
        f"Paid {rs(j.amount)} to {SHOP} by IMPS just now.",
        amount=j.amount,
        merchant=SHOP,
        method="netbanking",
        status=status,
    )
    p.add("left", f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("left", "For the mandana trays. Ship by Friday?")
    bubble(p, s, hhmm(rng, lower=True))
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Maple & Mitti Folk Art Inc.", "Toronto, ON, Canada", "CAD", 1500, 9000, "td"),
    ("Wattle & Earth Homewares Pty Ltd", "Fitzroy, Melbourne VIC", "AUD", 1500, 9000, "westpac"),
    ("Lion City Craft Collective Pte Ltd", "Singapore", "SGD", 1500, 9000, "ocbc"),
    ("Galleri Jord och Kalk AB", "Stockholm, Sweden", "SEK", 12000, 80000, "seb"),
    ("Sztuka Ludowa Sp. z o.o.", "Krakow, Poland", "PLN", 4000, 30000, "pko"),
    ("Doha Arts House W.L.L.", "Doha, Qatar", "QAR", 4000, 30000, "cbq"),
    ("Kowloon Living Ltd", "Hong Kong", "HKD", 8000, 60000, "hangseng"),
    ("Hanok Maru Gallery", "Seoul, Korea", "KRW", 1500000, 9000000, "shinhan"),
]
BANK_LINE = "Bank of Baroda, Sawai Madhopur Branch"
BIC = "BARBINBBSAW"


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: Canadian dollars (C$ or CAD after), Australian dollars (A$ or
    AUD before), Singapore dollars (SGD or S$), Swedish kronor the Swedish way (12 345,00 kr or SEK 12
    345,00), zloty the Polish way (12 345,67 PLN or 12 345,67 zł), Qatari riyals (QAR or QR before), Hong
    Kong dollars (HK$ or HKD), won whole (KRW 3,250,000 or the won's sign)."""

    def spaced(v: float) -> str:
        return f"{v:,.2f}".replace(",", " ").replace(".", ",")

    if cur == "SEK":
        form = rng.choice(["{v} kr", "SEK {v}"])
        return lambda v: form.format(v=spaced(v))
    if cur == "PLN":
        after = rng.choice([" PLN", " z\u0142" if glyphs(font, "\u0142") else " PLN"])
        return lambda v: spaced(v) + after
    if cur == "KRW":
        mark = rng.choice(["KRW ", sign(font, "\u20a9", "KRW ")])
        return lambda v: f"{mark}{v:,.0f}"
    form = rng.choice(
        {
            "CAD": ["C${v}", "{v} CAD"],
            "AUD": ["A${v}", "AUD {v}"],
            "SGD": ["SGD {v}", "S${v}"],
            "QAR": ["QAR {v}", "QR {v}"],
            "HKD": ["HK${v}", "HKD {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shops, galleries and collectors abroad paying the firm for mandana panels, framed paintings, tiles
    and trays: TD Canada Trust's Global Money Transfer in Canadian dollars (its stages across the page;
    "Your transfer has been sent."; Confirmation #, Recipient, Recipient's bank, Amount sent, Transfer date
    month first in words, Fee against a gutter); Westpac's international payment Processing in Australian
    dollars (a capsule, the sum, "to <beneficiary>", a notice; Payment reference and Date side by side,
    SWIFT code and Fee as label and value on a line); OCBC's transfer successful in Singapore dollars under
    a tile (the sum, "to <beneficiary>"; Transfer date and Transfer type in two tiles; a copyable Reference
    number); SEB's Utlandsbetalning genomförd in Swedish kronor the Swedish way ("Idag <hour>"; each value
    over its label: Mottagare, Mottagarens bank, Referens, Avgift; no day); PKO Bank Polski's foreign
    transfer executed in zloty the Polish way (Polish and English labels on a striped table: Kwota /
    Amount, Odbiorca / Beneficiary, Bank odbiorcy / Beneficiary's bank, Data realizacji / Execution date,
    Numer referencyjny / Reference, Koszty / Charges); the Commercial Bank of Qatar's outward transfer
    rejected in Qatari riyals under its Arabic name (the reason in a notice; Transaction reference, Date,
    Amount, Beneficiary, Beneficiary bank, Charges in a table whose labels are shaded); Hang Seng Bank's
    share card in Hong Kong dollars (Remittance completed, the sum, "to <beneficiary>", "on <day>"; no
    reference); Shinhan Bank's printed OUTWARD REMITTANCE CONFIRMATION in won (Remittance No., Remittance
    Date year first with dots, Remitter, Beneficiary, Beneficiary Bank, Amount, Charges (OUR), Status
    REMITTED in dot leaders). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "KRW":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([FIRM, FIRM_CAPS])
    if frame == "td":
        p = browser_page(rng, font, "easyweb.td.com/waw/ezw/GlobalMoneyTransfer/confirmation")
        p.part = "head"
        top(p, "TD Canada Trust")
        p.add("small", f"EasyWeb  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Global Money Transfer")
        h289.steps(p, ["Submitted", "Sent", "Delivered"], 3, status)
        p.add("left", "Your transfer has been sent.", status=status)
        p.add("gap")
        cid = f"GMT{digits(rng, 10)}"
        name = pick(p, "left", [me, CUT])
        gutter(p, "td", "Confirmation #", cid, at=0.36, txn=(TXN_RANK, cid))
        gutter(p, "td", "Recipient", name, at=0.36, merchant=name)
        gutter(p, "td", "Recipient's bank", f"{BANK_LINE} ({BIC})", at=0.36, method="netbanking")
        gutter(p, "td", "Amount sent", show(j.amount), at=0.36, amount=j.amount, cur=cur)
        gutter(
            p,
            "td",
            "Transfer date",
            when(j.date, rng.choice(["%b {d}, %Y", "%B {d}, %Y"])),
            at=0.36,
            date=j.date,
        )
        gutter(p, "td", "Fee", show(float(rng.choice([25, 30, 35]))), at=0.36)
        return p.done()
    if frame == "westpac":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (216, 28, 40))
        app_head(p, "Westpac", "International payment")
        chip(p, "Processing", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "International payments sent after 3 pm Sydney time are processed the next banking day. We'll "
            "let you know when it has left Westpac.",
            "warn",
        )
        ref = f"WBC{digits(rng, 9)}"
        two_up(
            p,
            "wp",
            ("Payment reference", ref),
            ("Date", when(j.date, "%d/%m/%Y")),
            txn=(BANK_RANK, ref),
            date=j.date,
        )
        p.add("gap")
        p.pair("SWIFT code", BIC, method="netbanking")
        p.pair("Fee", show(float(rng.choice([20, 30]))))
        return p.done()
    if frame == "ocbc":
        p = phone(rng, font, k, ["", "Overseas transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (220, 20, 30))
        app_head(p, "OCBC", "Overseas funds transfer")
        h287.tile(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        tiles2(
            p,
            ("Transfer date", when(j.date, rng.choice(["%d %b %Y", "{d} %b %Y"]))),
            ("Transfer type", "SWIFT (SHA)"),
            date=j.date,
            method="netbanking",
        )
        ref = f"OCBC{j.date:%y%m%d}{digits(rng, 6)}"
        copyrow(p, "Reference number", ref, txn=(BANK_RANK, ref))
        return p.done()
    if frame == "seb":
        p = phone(rng, font, k, ["", "Betalning"], dark=False, buttons=("Klar",))
        band(p, (0, 112, 60))
        app_head(p, "SEB", "Utlandsbetalning")
        ok = "Betalning genomf\u00f6rd" if glyphs(font, "\u00f6") else "Betalning klar"
        h273.pill(p, ok, status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("small", f"Idag {hhmm(rng, twelve=False)}")
        p.add("rule")
        name = vname(p, [me, CUT])
        ref = f"SEB{digits(rng, 4)}{code(rng, 3, UPPER)}{digits(rng, 5)}"
        vlab(p, "Mottagare", name, merchant=name)
        vlab(p, "Mottagarens bank", f"Bank of Baroda, {BIC}", bold=False)
        vlab(p, "Referens", ref, txn=(BANK_RANK, ref))
        vlab(p, "Avgift", "Delad (SHA)", bold=False, method="netbanking")
        return p.done()
    if frame == "pko":
        p = browser_page(rng, font, "www.ipko.pl/przelewy/zagraniczny/potwierdzenie")
        p.part = "head"
        top(p, "PKO Bank Polski")
        p.add("small", "iPKO  |  Przelew zagraniczny / Foreign transfer")
        p.add("rule")
        p.part = "body"
        done_ = "Zrealizowany / Executed"
        h273.pill(p, done_, status, align="l")
        p.add("gap")
        name = rng.choice([me, CUT])
        ref = f"{j.date:%y%m%d}PKO{digits(rng, 8)}"
        ben = "Beneficiary's bank"
        zebra(
            p,
            "pk",
            [(0.0, 0.46, "l"), (0.46, 1.0, "l")],
            ["Pole / Field", "Dane / Details"],
            [
                (["Kwota / Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Odbiorca / Beneficiary", name], {"merchant": name}),
                ([f"Bank odbiorcy / {ben}", BANK_LINE], {}),
                (["Data realizacji / Execution date", when(j.date, "%d.%m.%Y")], {"date": j.date}),
                (["Numer referencyjny / Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Koszty / Charges", "SHA"], {"method": "netbanking"}),
            ],
            (0, 46, 110),
        )
        p.add("small", f"Zleceniodawca / Ordered by: {payer}, {city}")
        return p.done()
    if frame == "cbq":
        p = browser_page(rng, font, "ebanking.cbq.qa/transfers/international/status")
        p.part = "head"
        arabic(p, "\u0627\u0644\u0628\u0646\u0643 \u0627\u0644\u062a\u062c\u0627\u0631\u064a")
        top(p, "Commercial Bank")
        p.add("small", "Commercial Bank (P.S.Q.C.), Doha  |  International transfers")
        p.add("rule")
        p.part = "body"
        strip(p, "Outward transfer rejected", status)
        note(
            p,
            "The beneficiary's bank rejected this transfer: the beneficiary's name does not match the "
            "account. "
            "The amount has been returned to your account less the correspondent's charges.",
            "error",
        )
        ref = f"CBQ{j.date:%y%m}{digits(rng, 8)}"
        name = pick(p, "left", [me, CUT])
        kv(p, "Transaction reference", ref, at=0.4, txn=(BANK_RANK, ref))
        kv(p, "Date", when(j.date, "%d/%m/%Y"), at=0.4, date=j.date)
        kv(p, "Amount", show(j.amount), at=0.4, amount=j.amount, cur=cur)
        kv(p, "Beneficiary", name, at=0.4, merchant=name)
        kv(p, "Beneficiary bank", f"{BANK_LINE}, India", at=0.4)
        kv(p, "Charges", "Shared (SHA)", at=0.4, method="netbanking")
        return p.done()
    if frame == "hangseng":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (244, 248, 246)
        p.part = "head"
        p.add("title", "Hang Seng Bank")
        p.add("small", "Personal e-Banking")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Remittance completed", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %B %Y', '%d %b %Y']))}", date=j.date)
        p.add("gap")
        p.add("small", "Telegraphic transfer (SWIFT)", method="netbanking")
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, "SHINHAN BANK")
    p.add("small", "Global Banking Centre, Sejong-daero, Jung-gu, Seoul")
    p.add("rule")
    p.part = "body"
    p.add("center", "OUTWARD REMITTANCE CONFIRMATION")
    p.add("gap")
    ref = f"OR{j.date:%Y%m%d}{digits(rng, 6)}"
    name = rng.choice([FIRM_CAPS, CUT])
    dots(p, "Remittance No.", ref, at=0.4, txn=(BANK_RANK, ref))
    dots(p, "Remittance Date", when(j.date, "%Y.%m.%d"), at=0.4, date=j.date)
    dots(p, "Remitter", payer, at=0.4)
    dots(p, "Beneficiary", name, at=0.4, merchant=name)
    dots(p, "Beneficiary Bank", f"{BANK_LINE} ({BIC})", at=0.4)
    dots(p, "Amount", show(j.amount), at=0.4, bold=True, amount=j.amount, cur=cur)
    dots(p, "Charges", "OUR", at=0.4, method="netbanking")
    dots(p, "Status", "REMITTED", at=0.4, status=status)
    p.add("gap")
    p.add(
        "small", "This confirmation is issued at the remitter's request. Shinhan Bank, Foreign Exchange Dept."
    )
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its shop or itself on top: Mandana Ghar's TAX INVOICE made in myBillBook
    under a mandana chowk, its Hindi name and a mandana bel (Invoice No. beside Invoice Date, Bill To; a
    table ruled on every side with CGST 2.5% and SGST 2.5%; Total Amount; Received Amount, Balance;
    "Payment Mode: UPI | UPI Ref ..."); Townscript's booking mail for a mandana morning at Lipai Aangan
    (Organised by Mandana Ghar; Booking ID, Event date, Venue, Tickets, Amount paid, Payment, Transaction
    ID, Booked on in columns; Payment successful); the web shop's WooCommerce mail ("[Order #n] (<Month d,
    yyyy>)", Product | Quantity | Price on hairline rows, Subtotal, Shipping, Payment method, Total; "Your
    payment has been received"); PayU's Transaction Failed for the web shop (the outcome on a band, the
    reason in a notice; Amount, Merchant Txn ID, PayU ID, Payment mode, Date in dot leaders); the Bundi
    Utsav stall's CASH MEMO, the carbon copy from its bill book under the shop's Hindi name (No. left
    blank; Date and M/s. written in; Item | Qty | Rate | Amount written in its columns; Total; "Cash
    received with thanks" in the hand; no reference); Easebuzz's payment link in process under a spinner
    (Payment link from Mandana Ghar, a notice; Amount, Transaction ID, Payment mode, Date & time in a table
    ruled on every side); the firm's RECEIPT for a resort's mural advance in cash (No. struck in red by a
    numbering machine, Date written in, "Received with thanks from ... in cash towards ..." in the hand,
    Rs. in a box; a one-rupee revenue stamp signed across); a thank-you card tucked in a parcel under a
    mandana chowk (written by hand: "We received Rs. x by UPI (Ref ...)."; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=1200, high=60000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        chowk(p)
        hindi(p, SHOP_HI, scale=1.3, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        bel(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"MG/{fy(j.date)}/{rng.randrange(10, 900):03d}"
        cols(
            p,
            "mb",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Invoice Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Bill To: {who}, {rng.choice(['Jaipur', 'Kota', 'Sawai Madhopur', 'Tonk', 'Bundi'])}")
        items = works(rng, rng.randrange(1, 4), high=7000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "mi",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.56, "l"),
                (0.56, 0.66, "c"),
                (0.66, 0.72, "c"),
                (0.72, 0.86, "r"),
                (0.86, 1.0, "r"),
            ],
            ["No", "Items", "HSN", "Qty", "Rate", "Amount"],
            [
                (
                    [
                        str(n + 1),
                        t if len(t) <= 40 else SHORT[t],
                        hsn,
                        str(q),
                        num(pr, "plain", 0),
                        num(q * pr),
                    ],
                    {},
                )
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [
                (["", "CGST @2.5%", "", "", "", num(gst)], {}),
                (["", "SGST @2.5%", "", "", "", num(gst)], {}),
            ],
            tint=(246, 226, 214),
        )
        total(p, "Total Amount", rs(j.amount), at=0.6, amount=j.amount)
        cols(p, "mr", [(0.0, 0.6, "r"), (0.6, 1.0, "r")], "Received Amount", rs(j.amount))
        cols(p, "mr", [(0.0, 0.6, "r"), (0.6, 1.0, "r")], "Balance", rs(0.0))
        p.add("gap")
        p.add(
            "left",
            f"Payment Mode: UPI  |  UPI Ref: {j.ref}",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Drawn by hand in geru and khadia by the Meena women of Kundera.")
        p.add("small", "Generated on myBillBook")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([1800, 2400, 3200, 3600, 4800]))
        p = mail_page(
            rng, font, "Townscript <noreply@townscript.com>", ["Booking confirmed: Paint a Mandana"]
        )
        p.part = "head"
        top(p, "townscript")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {first},")
        para(
            p,
            "Your booking for Paint a Mandana, a morning with the Meena women of Kundera, is confirmed. "
            "Show this mail at the gate.",
        )
        name = SHOP
        p.add("left", f"Organised by {name}", merchant=name)
        p.add("left", "Payment successful", status=status)
        p.add("gap")
        bid = f"TS{digits(rng, 8)}"
        tid = f"pay_{code(rng, 14, MIXED)}"
        event = j.date + dt.timedelta(days=rng.randrange(3, 20))
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        colkv(p, "tw", spec, "Booking ID", bid, txn=(ORDER_RANK, bid))
        colkv(p, "tw", spec, "Event date", when(event, "%a, {d} %b %Y, 8:00 AM"))
        colkv(p, "tw", spec, "Venue", f"{AANGAN}, Kundera, Sawai Madhopur")
        colkv(p, "tw", spec, "Tickets", f"{rng.choice([2, 3, 4])} x Participant")
        colkv(p, "tw", spec, "Amount paid", rs(j.amount), amount=j.amount)
        colkv(
            p,
            "tw",
            spec,
            "Payment",
            f"Card (Visa {sign(font, chr(0x2022), '*') * 2}{digits(rng, 4)})",
            method="card",
        )
        colkv(p, "tw", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(
            p, "tw", spec, "Booked on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
        )
        p.add("gap")
        p.add("small", "Townscript is a ticketing platform; the event is run by its organiser.")
        return p.done()
    if k == 2:
        order = str(rng.randrange(1040, 1990))
        p = mail_page(rng, font, f"{SHOP} <orders@{WEB}>", [f"Your {SHOP} order has been received!"])
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("rule")
        p.part = "body"
        p.add("left", "Thanks for your order")
        para(
            p,
            f"Hi {first}, your payment has been received and your order is now being processed.",
            status=status,
        )
        p.add(
            "left",
            f"[Order #{order}] ({when(j.date, rng.choice(['%B {d}, %Y', '%b {d}, %Y']))})",
            txn=(ORDER_RANK, order),
            date=j.date,
        )
        items = works(rng, rng.randrange(1, 3), high=4800)
        ship = float(rng.choice([0, 0, 120, 180]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.6, "l"), (0.6, 0.74, "c"), (0.74, 1.0, "r")]
        cols(p, "wh", spec, "Product", "Quantity", "Price", mode="line")
        for text, _, q, pr in items:
            cols(p, "wl", spec, text if len(text) <= 40 else SHORT[text], str(q), rs(q * pr), mode="line")
        cols(p, "ws", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "Subtotal:", rs(sub), mode="line")
        cols(
            p,
            "ws",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            "Shipping:",
            rs(ship) if ship else "Free shipping",
            mode="line",
        )
        cols(
            p,
            "ws",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            "Payment method:",
            "UPI (Cashfree Payments)",
            mode="line",
            method="UPI",
        )
        total(p, "Total:", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add("small", f"{SHOP}, {SHOP_AT}. Questions? Write to hello@{WEB}.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "secure.payu.in/_payment_options?txn=failed")
        p.part = "head"
        top(p, "PayU")
        p.add("rule")
        p.part = "body"
        p.add("center", SHOP, merchant=SHOP)
        p.add("small", WEB)
        strip(p, "Transaction Failed", status)
        note(
            p,
            "Your bank could not authorise this payment. If any amount was debited it will be refunded "
            "within "
            "5 to 7 working days.",
            "error",
        )
        mtx = f"MG{rng.randrange(1040, 1990)}-{digits(rng, 4)}"
        pid = str(digits(rng, 11))
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Merchant Txn ID", mtx, at=0.36, txn=(ORDER_RANK, mtx))
        dots(p, "PayU ID", pid, at=0.36, txn=(TXN_RANK, pid))
        dots(p, "Payment mode", "Net Banking (Punjab National Bank)", at=0.36, method="netbanking")
        dots(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 4:
        shift(j, rng, UTSAV + dt.timedelta(days=rng.randrange(0, 3)))
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 248, 238), (248, 246, 240)])
        h289.carbon(p)
        p.part = "head"
        hindi(p, SHOP_HI, scale=1.3, bold=True)
        top(p, SHOP, merchant=SHOP)
        p.add("small", STALL)
        p.add("center", "CASH MEMO")
        p.part = "body"
        p.add("left", "No. ..............")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "M/s.", who.split(" ", 1)[1])
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "ch", spec, "Item", "Qty", "Rate", "Amount", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, _, q, pr in works(rng, rng.randrange(2, 4), high=2400):
            hcells(
                p,
                spec,
                SHORT.get(text, clip(text, 18)),
                str(q),
                num(pr, "plain", 0),
                num(q * pr, "indian", 0),
            )
            j.amount += q * pr
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.5, 0.62, 0.8])
        p.add("gap")
        write(p, "Cash received with thanks", method="cash", status=status)
        write(p, "Seema", align="r")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, f"pay.easebuzz.in/link/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "easebuzz")
        p.add("rule")
        p.part = "body"
        p.add("center", f"Payment link from {SHOP}", merchant=SHOP)
        p.add("small", "Mandana mural advance, Kota haveli")
        h279.spinner(p, AMBER)
        p.add("center", "Payment in process", status=status)
        note(
            p,
            "We are waiting for your bank to confirm this payment. Please do not pay again; you will get a "
            "receipt by mail as soon as it is confirmed.",
            "warn",
        )
        eid = f"E{j.date:%y%m%d}{code(rng, 8, UPPER + '0123456789')}"
        grid(
            p,
            "eb",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", eid], {"txn": (TXN_RANK, eid)}),
                (["Payment mode", "UPI"], {"method": "UPI"}),
                (["Date & time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
            ],
            tint=(236, 232, 248),
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(60, 400) * 250)
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(252, 250, 242), (250, 248, 244)])
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        p.add("small", f"GSTIN {GSTIN}")
        bel(p)
        p.add("center", "RECEIPT")
        p.part = "body"
        no = f"{rng.randrange(20, 400):04d}"
        h279.redno(p, "No.", no, txn=(INVOICE_RANK, no))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%Y"]), date=j.date)
        write(
            p,
            f"Received with thanks from {BANYAN} the sum of Rupees {bare_words(j.amount)} only in cash "
            "towards the advance for the mandana murals of its cottages.",
            method="cash",
            status=status,
        )
        p.add("gap")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        h289.revenue(p)
        sig(p)
        p.add("right", f"for {FIRM}")
        return p.done()
    j.amount = rupees(rng, 900, 9000, 0.8)
    p = sheet_page(rng, font, [520, 560])
    p.style["paper"] = rng.choice([(250, 244, 230), (246, 240, 226)])
    p.part = "head"
    chowk(p)
    top(p, SHOP, merchant=SHOP)
    p.add("small", f"{WEB}  |  Sawai Madhopur")
    p.part = "body"
    p.add("gap")
    write(p, f"Dear {first},")
    write(p, "Thank you for taking a little")
    write(p, "mandana home! We received")
    write(p, f"Rs. {num(j.amount, 'indian')} by UPI", amount=j.amount, method="UPI", status=status)
    write(p, f"(Ref {j.ref}).", txn=(UTR_RANK, j.ref))
    write(p, "Keep the tray away from water.")
    write(p, "With love, Seema", align="r")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


POTS = [
    ("मिट्टी की प्लेट 10 इंच", "नग", 40, 120, 45, 70),
    ("टाइल 6 इंच", "नग", 60, 200, 18, 30),
    ("मिट्टी के दीये", "सैकड़ा", 2, 8, 180, 260),
    ("कुल्हड़ छोटे", "सैकड़ा", 1, 5, 220, 320),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Bundi mineral house's bill printed by its
    dot-matrix printer on continuous stationery (BILL NO and DATE on a line, the geru, khadia, multani
    mitti and gond by the bag with their sums, TOTAL, "CASH RECEIVED WITH THANKS"); a Sanganer handmade
    paper mill's TAX INVOICE with a PAID ribbon across its corner (Invoice No. and Invoice Date, Buyer in
    columns; the sheets in a table ruled on every side with CGST 2.5% and SGST 2.5% and its total; a
    Payment Details table: Mode | UTR | Date | Amount); Moglix's order with the payment pending under a
    spinner (Sold by, the order's stages left to right, a notice; Order ID, Amount, Payment mode, UPI Ref,
    Initiated on at the left and the right with a hairline under each); Flipkart's payment failed for
    picture frames (the outcome on a band, the reason in a notice; Order ID, Item, Amount, Payment method,
    Attempted on in a table whose labels are shaded); DTDC's counter receipt on a torn roll (RECEIPT NO,
    CONSIGNMENT NO, BOOKING DATE, ORIGIN, DEST, WEIGHT, FREIGHT, FUEL SURCHARGE, GST 18%, TOTAL, MODE UPI,
    UPI REF, PAID); Printo's order confirmation mail for the greeting cards (Order ID, Order date, Paid
    with in columns; the prints on hairline rows, GST 18%, Total paid); a Sawai Madhopur framer's Google
    Pay for Business on its own phone (the framer under the app, Payment received, "from <the firm>",
    "Yesterday, <hour>"; UPI transaction ID; no day); a potter's memo pad under its printed name,
    photographed lying on a charpai, written in a Hindi hand on its red rules (दि. and the day, the plates,
    tiles and diyas with their sums, कुल (total), "नकद प्राप्त" (cash received); no reference). All new
    here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=900, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        h275.greenbar(p)
        h271.ext(p)["tt_scale"] = 0.84
        n_ = h271.tt_cols(p)
        w_ = min(n_, 62)

        def line(left: str, right_: str = "", **facts) -> None:
            typed(p, f"{left}{right_:>{w_ - len(left)}}" if right_ else left, scale=0.84, **facts)

        name = "SHRI BALAJI MINERALS"
        bill = str(rng.randrange(1200, 9800))
        p.part = "head"
        typed(p, name.center(w_).rstrip(), scale=0.84, merchant=name)
        typed(p, "GERU, KHADIA & MULTANI MITTI - NAINWA ROAD, BUNDI".center(w_).rstrip(), scale=0.84)
        typed(p, f"GSTIN {gstin_of(rng)}  MOB 94140{digits(rng, 5)}".center(w_).rstrip(), scale=0.84)
        typed(p, "BILL OF SUPPLY / CASH BILL".center(w_).rstrip(), scale=0.84)
        p.part = "body"
        line(f"BILL NO : {bill}", f"DATE : {when(j.date, '%d-%m-%Y')}", txn=(INVOICE_RANK, bill), date=j.date)
        line(f"PARTY   : {FIRM_CAPS}")
        line("-" * w_)
        line("ITEM                       QTY", "  RATE     AMOUNT")
        line("-" * w_)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("GERU (HIRMICH) 40 KG BAG", 380, 520),
                ("KHADIA POWDER 40 KG BAG", 240, 340),
                ("MULTANI MITTI 25 KG BAG", 300, 420),
                ("GOND (GUM) 1 KG", 260, 360),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(2, 14)
            rate = float(rng.randrange(lo, hi, 10))
            j.amount += q * rate
            line(f"{text:<27}{q:>3}", f"{num(rate, 'plain', 0):>6} {num(q * rate, 'plain'):>10}")
        line("-" * w_)
        line("TOTAL", num(j.amount, "indian"), amount=j.amount)
        line("-" * w_)
        line("CASH RECEIVED WITH THANKS", method="cash", status=status)
        line("E.&O.E.            FOR SHRI BALAJI MINERALS")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        sash(p, "PAID", (28, 120, 196))
        p.part = "head"
        name = "SANGANER HASTNIRMIT KAGAZ UDYOG"
        top(p, name, merchant=name)
        p.add(
            "small",
            "Handmade paper from cotton rag  |  Sanganer, Jaipur - 302029  |  "
            f"GSTIN {gstin_of(rng, '08', 'F')}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SHK/{fy(j.date)}/{rng.randrange(100, 1999)}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "sk",
            spec,
            f"Invoice No.: {inv}",
            f"Invoice Date: {when(earlier(rng, j, 3, 30), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        cols(p, "sk", spec, f"Buyer: {FIRM}", "State: 08-Rajasthan")
        p.add("gap")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("Cotton rag paper 22 x 30 in, 300 gsm", 38, 55),
                ("Deckle-edge sheets 12 x 16 in, 200 gsm", 14, 22),
                ("Kraft handmade paper 20 x 30 in", 18, 28),
                ("Envelopes, handmade, 5 x 7 in", 6, 11),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(50, 400, 25)
            rate = float(rng.randrange(lo, hi))
            taxable += q * rate
            rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        rows_ += [(["CGST 2.5%", "", "", num(gst)], {}), (["SGST 2.5%", "", "", num(gst)], {})]
        grid(
            p,
            "sp",
            [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description", "Sheets", "Rate", "Amount"],
            rows_,
            foot=(["Invoice Total", num(j.amount)], {"amount": j.amount}),
            tint=(232, 240, 250),
        )
        p.add("gap")
        p.add("left", "Payment Details")
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        grid(
            p,
            "pd",
            [(0.0, 0.16, "l"), (0.16, 0.56, "l"), (0.56, 0.76, "l"), (0.76, 1.0, "r")],
            ["Mode", "UTR", "Date", "Amount"],
            [
                (
                    ["NEFT", utr, when(j.date, "%d/%m/%Y"), num(j.amount)],
                    {"method": "netbanking", "txn": (UTR_RANK, utr), "date": j.date, "status": status},
                )
            ],
            tint=(232, 240, 250),
        )
        p.add("small", "Thank you for your business.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Check status",))
        band(p, (226, 62, 40))
        app_head(p, "Moglix", "Business purchases")
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        p.add("small", "Sold by")
        name = "Jaipur Board House"
        p.add("center", name, merchant=name)
        track(p, ["Ordered", "Payment", "Packed", "Shipped"], "dptt")
        note(
            p,
            "We have not received a confirmation from your bank yet. Your order will be processed once it "
            "arrives; please do not pay again.",
            "warn",
        )
        oid = f"MOG{digits(rng, 9)}"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (40, 116, 240))
        app_head(p, "Flipkart", "Order payment")
        strip(p, "Payment failed", status)
        p.add("small", "Seller")
        name = "FrameKart Retail"
        p.add("center", name, merchant=name)
        note(
            p,
            "Your card issuer declined the payment. The order has not been placed; please try another "
            "card or "
            "pay by UPI.",
            "error",
        )
        oid = f"OD{digits(rng, 18)}"
        j.amount = float(rng.randrange(1400, 6800))
        kv(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        kv(p, "Item", "Photo frames 12 x 16 in, teak finish, set of 6", at=0.36)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment method", f"Credit card XX{digits(rng, 4)}", at=0.36, method="card")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 4:
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        freight = float(rng.randrange(18, 120) * 10)
        fsc = round(freight * 0.25, 2)
        gst = round((freight + fsc) * 0.18, 2)
        j.amount = round(freight + fsc + gst, 2)
        p.part = "head"
        p.add("title", "DTDC", merchant="DTDC")
        p.add("small", "DTDC Express Ltd.  |  Bajaria, Sawai Madhopur")
        p.part = "body"
        p.add("center", "BOOKING RECEIPT")
        p.add("rule")
        rno = f"SWM{rng.randrange(1000, 9999)}"
        p.pair("RECEIPT NO", rno, txn=(INVOICE_RANK, rno))
        p.pair("CONSIGNMENT NO", f"D{digits(rng, 9)}")
        p.pair("BOOKING DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("ORIGIN", "SAWAI MADHOPUR")
        p.pair("DEST", rng.choice(["MUMBAI", "BENGALURU", "NEW DELHI", "PUNE"]))
        p.pair("WEIGHT", f"{rng.uniform(1, 12):.2f} KG")
        p.pair("FREIGHT", f"{freight:.2f}")
        p.pair("FUEL SURCHARGE", f"{fsc:.2f}")
        p.pair("GST 18%", f"{gst:.2f}")
        p.add("rule")
        p.pair("TOTAL", f"{j.amount:.2f}", amount=j.amount)
        p.pair("MODE", "UPI", method="UPI")
        p.pair("UPI REF", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "PAID", status=status)
        p.add("small", "TRACK ON DTDC.IN OR THE DTDC APP")
        return p.done()
    if k == 5:
        p = mail_page(rng, font, "Printo <orders@printo.in>", ["We've got your order!"])
        p.part = "head"
        top(p, "Printo", merchant="Printo")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {BAHU.split()[0]},")
        p.add("left", "Your order is confirmed and paid. We'll start printing right away.", status=status)
        oid = f"PRN{digits(rng, 8)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        colkv(p, "pt", spec, "Order ID", oid, txn=(ORDER_RANK, oid))
        colkv(p, "pt", spec, "Order date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), date=j.date)
        colkv(p, "pt", spec, "Paid with", f"Mastercard ending {digits(rng, 4)}", method="card")
        p.add("gap")
        spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        base = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Greeting cards 5 x 7 in, 300, matt", 2400, 3600),
                ("Postcards, mandana prints, 500", 1800, 2600),
                ("Stickers, round 2 in, 1000", 900, 1500),
                ("Catalogue, 16 pages, 100", 4200, 6400),
            ],
            rng.randrange(1, 4),
        ):
            v = float(rng.randrange(lo, hi, 10))
            base += v
            cols(p, "pl", spec2, text, rs(v), mode="line")
        gst = round(base * 0.18, 2)
        j.amount = round(base + gst, 2)
        cols(p, "pl", spec2, "GST 18%", rs(gst), mode="line")
        total(p, "Total paid", rs(j.amount), at=0.6, amount=j.amount)
        p.add("small", "Printo Document Services Pvt. Ltd., Bengaluru")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 800, 16000, 0.7)
        p = phone(rng, font, k, [""], dark=False, buttons=("View all",))
        app_head(p, "Google Pay for Business", "Payments")
        name = pick(p, "center", ["KALA FRAME HOUSE", "Kala Frame House"])
        p.add("center", name, merchant=name)
        p.add("small", "Bajaria, Sawai Madhopur")
        p.add("gap")
        h287.tile(p, status)
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"from {FIRM_CAPS}")
        p.add("small", f"Yesterday, {hhmm(rng, lower=True)}")
        p.add("rule")
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        lab(p, "Settled to")
        p.add("left", f"SBI Current A/c {sign(font, chr(0x2022), '*') * 2}{digits(rng, 4)}")
        return p.done()
    p = sheet_page(rng, font, [560, 600])
    p.style["paper"] = rng.choice([(250, 246, 232), (248, 244, 236)])
    on_charpai(p)
    p.part = "head"
    hindi(p, "प्रजापति मिट्टी कला", scale=1.2, bold=True)
    name = "PRAJAPATI MITTI KALA"
    top(p, name, merchant=name)
    p.add("small", "Matke, diye, plates & tiles  |  Shivar, Sawai Madhopur")
    p.part = "body"
    p.add("gap")
    start = len(p.rows)
    nhand(p, f"दि. {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", scale=1.3, date=j.date)
    nhand(p, "गेरू खड़िया कला उद्योग", scale=1.3)
    j.amount = 0.0
    for text, unit, lo, hi, plo, phi in rng.sample(POTS, rng.randrange(2, 4)):
        q = rng.randrange(lo, hi + 1)
        rate = rng.randrange(plo, phi + 1)
        v = float(q * rate)
        nhand(p, f"{text} {q} {unit} x {rate}", figure=num(v, "indian", 0), scale=1.25)
        j.amount += v
    nhand(p, "कुल", figure=f"{num(j.amount, 'indian', 0)}/-", scale=1.3, amount=j.amount)
    p.add("gap")
    nhand(p, "नकद प्राप्त", scale=1.4, method="cash", status=status)
    h275.bahi(p, start, [0.72], fold=False)
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("SHRI BALAJI MINERALS", "Bank of Baroda", "NEFT"),
    ("KALA FRAME HOUSE", "State Bank of India", "IMPS"),
    ("SANGANER HASTNIRMIT KAGAZ", "Punjab National Bank", "RTGS"),
    ("PRAJAPATI MITTI KALA", "Bank of Baroda", "CASH"),
    ("RANTHAMBHORE TRANSPORT CO", "Yes Bank", "IMPS"),
    ("HADOTI PRINTERS", "Canara Bank", "NEFT"),
    ("JAIPUR BOARD HOUSE", "ICICI Bank", "NEFT"),
    ("DESERT PACKAGING", "HDFC Bank", "IMPS"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Canara Bank's ai1 with a NEFT successful on a band (a
    table ruled on every side: Beneficiary Name, Account No., IFSC, Amount, UTR No., Transaction Date,
    Remarks); Union Bank's Vyom with an IMPS failed under a large cross (the reason in a notice; IMPS Ref
    No., Date & Time, From A/c, To A/c in dot leaders); Kotak Net Banking's RTGS request successful
    (Transaction Reference No., UTR Number, Beneficiary Name, Beneficiary Account, IFSC, Amount, Value
    Date, Charges against a gutter); Bank of Baroda's PAY-IN-SLIP, the customer's counterfoil of cash paid
    in to the potter's account (Date, Credit to A/c No., Name, Cash ticked among Cash / Cheque / DD, 500 /
    200 / 100 notes and their sums, Total, Rupees in words, the cashier's "Recd." in pen under the branch's
    round stamp; no reference); IDFC FIRST Bank's Money sent ("Today, <hour>"; "to <payee>"; Mode and From
    side by side, a copyable Reference number; no day); FedMobile's NEFT successful (Beneficiary, Account,
    Amount, UTR, Date, Purpose on a striped table); Indian Bank's IndOASIS with a NEFT pending (a capsule,
    a notice; Reference No., Beneficiary, Amount, Initiated on, Status at the left and the right with a
    hairline under each); Axis Bank's statement for the day (Tran Date, Chq No, Particulars, Debit, Credit,
    Balance; the opening balance, the "IMPS/P2A/<ref>/<PAYEE>" row marked by a highlighter, the closing
    balance). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=3000, high=160000)
    to, their_bank, way = VENDORS[k]
    if way == "IMPS":
        j.amount = rupees(rng, 1500, 90000, 0.6)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 460000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_for(rng, j, their_bank, way) if way != "CASH" else ""
    method = "netbanking"
    acct = f"XXXXXXX{digits(rng, 4)}"
    dot = sign(font, "\u2022", "*")
    ifsc = f"{IFSC[their_bank]}0{digits(rng, 6)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Fund Transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 112, 180))
        app_head(p, "Canara ai1", "Fund Transfer  |  NEFT")
        strip(p, "Transaction Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        grid(
            p,
            "ca",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Beneficiary Name", to], {"merchant": to}),
                (["Account No.", acct], {}),
                (["IFSC", ifsc], {}),
                (["UTR No.", utr], {"txn": (UTR_RANK, utr), "method": method}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Remarks", "Geru khadia bill"], {}),
            ],
            tint=(220, 236, 248),
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Try again",))
        band(p, (214, 30, 46))
        app_head(p, "Union Bank Vyom", "IMPS Fund Transfer")
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "The beneficiary bank is not available at present (M1). If the amount was debited it will be "
            "reversed to your account within 1 working day.",
            "error",
        )
        dots(p, "IMPS Ref No.", utr, at=0.36, txn=(UTR_RANK, utr))
        dots(p, "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.36, date=j.date)
        dots(p, "From A/c", f"{acct[-8:]} (Current)", at=0.36, method=method)
        dots(p, "To A/c", f"XXXXXX{digits(rng, 4)} / {ifsc}", at=0.36)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "netbanking.kotak.com/knb2/funds/rtgs/confirmation")
        p.part = "head"
        top(p, "kotak")
        p.add("small", f"Kotak Net Banking  |  {FIRM_CAPS}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Funds Transfer: RTGS")
        h273.pill(p, "Request successful", status, align="l")
        p.add("gap")
        ref = f"KNB{digits(rng, 11)}"
        gutter(p, "kk", "Transaction Reference No.", ref, at=0.4, txn=(BANK_RANK, ref))
        gutter(p, "kk", "UTR Number", utr, at=0.4, txn=(UTR_RANK, utr))
        gutter(p, "kk", "Beneficiary Name", to, at=0.4, merchant=to)
        gutter(p, "kk", "Beneficiary Account", acct, at=0.4)
        gutter(p, "kk", "IFSC", ifsc, at=0.4)
        gutter(p, "kk", "Amount", rs(j.amount), at=0.4, amount=j.amount, method=method)
        gutter(p, "kk", "Value Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        gutter(p, "kk", "Charges", rs(24.5), at=0.4)
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(20, 160) * 100)
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(246, 236, 214), (240, 232, 222)])
        p.part = "head"
        top(p, "BANK OF BARODA")
        p.add("small", "Sawai Madhopur Branch  |  IFSC BARB0SAWAIX")
        p.add("center", "PAY-IN-SLIP (Customer's Copy)")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Credit to A/c No.", f"{digits(rng, 14)}")
        blank(p, "Name", to.title(), merchant=to.title())
        h269.ticks(p, ["Cash", "Cheque", "DD"], 0, method="cash")
        left = j.amount
        spec = [(0.0, 0.3, "l"), (0.3, 0.55, "c"), (0.55, 1.0, "r")]
        cols(p, "ps", spec, "Notes", "Pieces", "Rs.", mode="line")
        start = len(p.rows)
        for note_ in (500, 200, 100):
            n_ = int(left // note_) if note_ != 100 else int(round(left / 100))
            if note_ == 500:
                n_ = max(0, n_ - rng.randrange(0, 3))
            left -= n_ * note_
            hcells(p, spec, f"{note_} x", str(n_), num(n_ * note_, "indian", 0) if n_ else "-")
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.3, 0.55])
        write(p, f"Rupees {bare_words(j.amount)} only")
        h269.seal(p, "BANK OF BARODA * SAWAI MADHOPUR *", ["CASH", "RECEIVED"], "violet")
        write(p, "Recd.  Cashier", align="r", status=status)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Done"))
        band(p, (156, 30, 36))
        app_head(p, "IDFC FIRST Bank", "Money sent")
        h287.tile(p, status)
        p.add("center", "Money sent successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        two_up(p, "id", ("Mode", "IMPS"), ("From", f"Current {dot * 2}{digits(rng, 4)}"), method=method)
        p.add("gap")
        copyrow(p, "Reference number", utr, txn=(UTR_RANK, utr))
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (14, 64, 140))
        app_head(p, "FedMobile", "Federal Bank")
        chip(p, "NEFT successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        zebra(
            p,
            "fm",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Details", ""],
            [
                (["Beneficiary", to], {"merchant": to}),
                (["Account", f"{acct} ({IFSC[their_bank]})"], {}),
                (["UTR", utr], {"txn": (UTR_RANK, utr), "method": method}),
                (["Date", day_in(j, rng, ["%d %b %Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Purpose", "Printing of catalogues"], {}),
            ],
            (14, 64, 140),
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Refresh",))
        band(p, (30, 60, 140))
        app_head(p, "IndOASIS", "Indian Bank")
        h273.pill(p, "Pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        note(
            p,
            "Your NEFT request is being processed. The beneficiary's account will be credited in the next "
            "batch; please do not initiate it again.",
            "warn",
        )
        ref = f"IB{digits(rng, 12)}"
        kvr(p, "Reference No.", ref, txn=(BANK_RANK, ref))
        kvr(p, "Beneficiary", to, merchant=to)
        kvr(p, "Mode", "NEFT", method=method)
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "Status", "Pending")
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, "AXIS BANK")
    p.add("small", f"Statement of Account  |  {FIRM_CAPS}  |  A/c No. {acct}")
    p.add("small", f"Period: {when(j.date, '%d-%m-%Y')} to {when(j.date, '%d-%m-%Y')}")
    p.add("rule")
    p.part = "body"
    bal = rupees(rng, j.amount + 20000, j.amount + 400000, 0.3)
    spec = [
        (0.0, 0.14, "l"),
        (0.14, 0.24, "l"),
        (0.24, 0.58, "l"),
        (0.58, 0.72, "r"),
        (0.72, 0.84, "r"),
        (0.84, 1.0, "r"),
    ]
    cols(p, "ah", spec, "Tran Date", "Chq No", "Particulars", "Debit", "Credit", "Balance", mode="line")
    cols(p, "ar", spec, "", "", "OPENING BALANCE", "", "", num(bal), mode="line")
    shown = clip(to, 16)
    start = len(p.rows)
    cols(
        p,
        "ar",
        spec,
        when(j.date, "%d-%m-%Y"),
        "",
        f"IMPS/P2A/{utr}/",
        num(j.amount),
        "",
        num(round(bal - j.amount, 2)),
        mode="line",
        date=j.date,
        amount=j.amount,
        method=method,
        status=status,
        txn=(UTR_RANK, utr),
    )
    cols(p, "ar", spec, "", "", f"{shown}", "", "", "", mode="line", merchant=shown)
    h277.marker(p, start)
    cols(p, "ar", spec, "", "", "CLOSING BALANCE", "", "", num(round(bal - j.amount, 2)), mode="line")
    p.add("gap")
    p.add("small", "This is a computer generated statement and does not need a signature.")
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying the Meena women who plaster and paint, the mason and its staff: Lipai Aangan's
    ATTENDANCE CARD (हाजरी कार्ड) for a mural job, photographed lying on a charpai (No. struck in red; Name
    and Job written in; the days she worked in tally marks; Rate per day and Total written in; "नकद दिए"
    (paid in cash) in a Hindi hand); Zoho Payroll's payslip for the shop's accountant (Employee Name,
    Employee ID, Pay Period, Pay Date in columns; Employee Net Pay on a tinted band; Earnings | Amount |
    Deductions | Amount in a table ruled on every side; "Paid by bank transfer, UTR ..."); PayZapp's UPI
    payment failed to a painter under a large cross (the reason in a notice; a copyable UPI Ref No; Date,
    From as label and value on a line); Tata Neu's UPI payment to a painter ("Today, <hour>"; UPI Ref No
    and Bank side by side; no day); the mason's account of the courtyard's plastering written in a Hindi
    hand on a spiral pad (दि. and the day, the square feet plastered and the dung and clay carted with
    their sums, कुल (total), "नकद प्राप्त किए" (received in cash), his name in English under his signature;
    no reference); iris by YES BANK's payment pending under a spinner (a notice; UPI Ref. No., Date & Time,
    Paid from in a table ruled on every side); the firm's WAGE PAYMENT VOUCHER under a mandana bel (Voucher
    No. and Date, Paid to, Work, Amount, Mode, UPI Ref in columns; Paid; the receiver's signature); Axis
    Mobile's payment to a painter on a digital receipt's toothed card (Payment successful, the sum, "to
    <painter>"; Transaction ID, UPI Ref No, Date, Debited from). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=1200, high=24000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = PAINTERS[(k + rng.randrange(2)) % len(PAINTERS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        days = rng.randrange(6, 24)
        rate = rng.choice([550, 600, 650, 700])
        j.amount = float(days * rate)
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(244, 232, 206), (240, 228, 210)])
        on_charpai(p)
        p.part = "head"
        hindi(p, AANGAN_HI, scale=1.3, bold=True)
        p.add("center", AANGAN.upper())
        p.add("small", f"{FIRM}  |  Kundera, Sawai Madhopur")
        hindi(p, "हाजरी कार्ड / ATTENDANCE CARD", bold=True)
        p.part = "body"
        no = str(rng.randrange(11, 99))
        h279.redno(p, "No.", no, txn=(INVOICE_RANK, no))
        blank(p, "Name", worker, merchant=worker)
        blank(p, "Job", rng.choice(["Banyan Grove murals", "Samode haveli walls", "Diwali mandana, Kota"]))
        tally(p, "Days worked", days, f"= {days}")
        blank(p, "Rate per day", f"Rs. {rate}")
        blank(p, "Total", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        p.add("gap")
        nhand(p, "नकद दिए", scale=1.5, method="cash", status=status)
        write(p, "Rakesh", align="r")
        return p.done()
    if k == 1:
        who = rng.choice(STAFF)
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, FIRM)
        p.add("small", ADDRESS)
        p.add("rule")
        p.part = "body"
        month = j.month(1 if j.date.day < 10 else 0)
        p.add("center", f"Payslip for the month of {month}")
        basic = float(rng.randrange(90, 160) * 100)
        hra = round(basic * 0.4, 0)
        conv = float(rng.choice([1600, 1800, 2000]))
        pf = round(min(basic, 15000) * 0.12, 0)
        j.amount = basic + hra + conv - pf
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.52, 0.68, "l"), (0.68, 1.0, "l")]
        colkv(
            p, "zs", spec, "Employee Name", who, "Employee ID", f"GK-{rng.randrange(1, 30):03d}", merchant=who
        )
        colkv(
            p,
            "zs",
            spec,
            "Pay Period",
            month,
            "Pay Date",
            day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]),
            date=j.date,
        )
        panel(p, "Employee Net Pay", rs(j.amount), (222, 240, 230), amount=j.amount)
        grid(
            p,
            "ze",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.78, "l"), (0.78, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "EPF Contribution", num(pf)], {}),
                (["House Rent Allowance", num(hra), "", ""], {}),
                (["Conveyance Allowance", num(conv), "", ""], {}),
                (["Gross Earnings", num(basic + hra + conv), "Total Deductions", num(pf)], {}),
            ],
            tint=(236, 240, 246),
        )
        p.add("left", f"Total Net Payable {rs(j.amount)} (Rupees {bare_words(j.amount)} Only)")
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        p.add(
            "left",
            f"Paid by bank transfer, UTR {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a system-generated payslip from Zoho Payroll.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (40, 40, 120))
        app_head(p, "PayZapp", "UPI  |  HDFC Bank")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "The receiver's bank did not respond (U30). Money has not been debited from your account; try "
            "again in a while.",
            "error",
        )
        copyrow(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.pair("From", f"HDFC Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (52, 24, 96))
        app_head(p, "Tata Neu", "UPI")
        chip(p, "Paid", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("rule")
        two_up(
            p,
            "tn",
            ("UPI Ref No", j.ref),
            ("Bank", f"SBI {dot * 2}{digits(rng, 4)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        p.add("gap")
        p.add("small", "Tata Neu UPI is powered by Tata Payments Ltd.")
        return p.done()
    if k == 4:
        sq = rng.randrange(600, 2200, 50)
        rate = rng.choice([7, 8, 9, 10])
        cart = float(rng.choice([600, 800, 1000, 1200]))
        j.amount = float(sq * rate) + cart
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = (252, 252, 248)
        h289.spiral(p)
        p.part = "head"
        p.add("gap")
        p.part = "body"
        nhand(p, "लिपाई-पुताई का हिसाब", scale=1.3)
        nhand(p, f"दि. {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", scale=1.3, date=j.date)
        nhand(p, "गेरू खड़िया कला उद्योग, कुंडेरा", scale=1.25)
        nhand(p, f"आँगन लिपाई {sq} वर्ग फुट x {rate}", figure=num(sq * rate, "indian", 0), scale=1.25)
        nhand(p, "गोबर मिट्टी ढुलाई", figure=num(cart, "indian", 0), scale=1.25)
        nhand(p, "कुल", figure=f"{num(j.amount, 'indian', 0)}/-", scale=1.3, amount=j.amount)
        p.add("gap")
        nhand(p, "नकद प्राप्त किए", scale=1.4, method="cash", status=status)
        sig(p)
        write(p, MASON, align="r", merchant=MASON)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, (0, 82, 164))
        app_head(p, "iris", "by YES BANK")
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "We are awaiting a response from the receiver's bank. Please do not pay again; the status "
            "will be "
            "updated shortly.",
            "warn",
        )
        grid(
            p,
            "ir",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["UPI Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))], {"date": j.date}),
                (["Paid from", f"YES BANK XX{digits(rng, 4)} (UPI)"], {"method": "UPI"}),
            ],
            tint=(222, 232, 248),
        )
        return p.done()
    if k == 6:
        days = rng.randrange(3, 12)
        rate = rng.choice([800, 900, 1000])
        j.amount = float(days * rate)
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(252, 250, 244), (255, 255, 255)])
        p.part = "head"
        top(p, FIRM_CAPS)
        p.add("small", ADDRESS)
        bel(p)
        p.add("center", "WAGE PAYMENT VOUCHER")
        p.part = "body"
        no = f"WV/{fy(j.date)}/{rng.randrange(10, 400):03d}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.6, "l"), (0.62, 0.74, "l"), (0.74, 1.0, "l")]
        colkv(
            p,
            "wv",
            spec,
            "Voucher No.",
            no,
            "Date",
            day_in(j, rng, ["%d/%m/%Y", "%d.%m.%Y"]),
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        spec2 = [(0.0, 0.2, "l"), (0.2, 1.0, "l")]
        colkv(p, "wv2", spec2, "Paid to", worker, merchant=worker)
        colkv(p, "wv2", spec2, "Work", f"Mandana on the walls of {BANYAN}, {days} days @ Rs. {rate}")
        colkv(p, "wv2", spec2, "Amount", rs(j.amount), amount=j.amount)
        colkv(p, "wv2", spec2, "Mode", f"UPI to her phone (98290XXX{digits(rng, 2)})", method="UPI")
        colkv(p, "wv2", spec2, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        colkv(p, "wv2", spec2, "Status", "Paid", status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Receiver's signature")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
    band(p, (151, 20, 77))
    app_head(p, "Axis Mobile", "open by Axis Bank  |  UPI")
    ext(p)["tint"] = [244, 226, 234]
    start = len(p.rows)
    chip(p, "Payment successful", status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {worker}", merchant=worker)
    p.add("rule")
    aid = f"AXM{digits(rng, 13)}"
    p.pair("Transaction ID", aid, txn=(TXN_RANK, aid))
    p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
    p.pair("Debited from", f"Axis Bank {dot * 4}{digits(rng, 4)}", method="UPI")
    serrated(p, start)
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues: Nagar Parishad Sawai Madhopur's UD tax receipt under its Hindi name
    (URBAN DEVELOPMENT TAX RECEIPT; Receipt No., Property ID, Owner, Assessment Year, Amount, Transaction
    ID, Bank Ref No., Payment Date, Mode, Status in a table whose labels are shaded); the Bundi Utsav
    Aayojan Samiti's receipt from its book under its Hindi name for stall 14 (No. left blank; Date,
    Received from, Stall No., Towards written in; Rs. in a box; "Received in cash" in the hand; an oval
    stamp; no reference); ESIC's employer portal with the month's challan paid ("Paid today at <hour>";
    Challan No., Transaction No., Contribution Period, Amount, Bank, Status in a table ruled on every side;
    no day); the DGFT's IEC application fee paid (a capsule; Application ID, Fee, Bank Transaction ID,
    Payment Date, Payment Mode on a striped table); the Copyright Office's online payment receipt for a
    mandana series' registration (Application, Fee, Transaction ID, Payment Mode, Date, Status in dot
    leaders); the Rajasthan Transport Department's Vahan e-payment receipt for the pickup's road tax under
    its Hindi name (Receipt No., Vehicle No., Tax Mode, Tax Upto, Amount, Transaction No., Bank Ref No.,
    Payment Gateway, Payment Date against a gutter); Rajasthan Police's traffic e-challan payment failed
    (the outcome on a band, the reason in a notice; Challan No., Vehicle No., Offence, Amount, Transaction
    ID, Payment mode, Date of attempt at the left and the right with a hairline under each); the Export
    Promotion Council for Handicrafts' membership fee under verification (a capsule, a notice; Application
    No., Fee, GST 18%, Total, Payment mode, Transaction ID, Submitted on as label and value on a line). All
    new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 2, low=300, high=24000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "lsg.urban.rajasthan.gov.in/udtax/PaymentReceipt.aspx")
        p.part = "head"
        hindi(p, "नगर परिषद, सवाई माधोपुर", scale=1.3, bold=True)
        name = "Nagar Parishad Sawai Madhopur"
        top(p, name, merchant=name)
        p.add("small", "Local Self Government Department, Rajasthan  |  Online UD Tax")
        p.add("rule")
        p.part = "body"
        p.add("center", "URBAN DEVELOPMENT TAX RECEIPT")
        rno = f"UDT/SWM/{fy(j.date)}/{digits(rng, 5)}"
        tid = f"RJLSG{digits(rng, 11)}"
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        kv(p, "Receipt No.", rno, at=0.36, txn=(INVOICE_RANK, rno))
        kv(p, "Property ID", f"SWM-W{rng.randrange(1, 40):02d}-{digits(rng, 5)}", at=0.36)
        kv(p, "Owner", OWNER_CAPS, at=0.36)
        kv(p, "Assessment Year", f"20{fy(j.date)}", at=0.36)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Bank Ref No.", bref, at=0.36, txn=(BANK_RANK, bref))
        kv(p, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.36, date=j.date)
        kv(p, "Mode", "Net Banking", at=0.36, method="netbanking")
        kv(p, "Status", "Success", at=0.36, status=status)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([2500, 3000, 3500, 5000]))
        j.date = UTSAV - dt.timedelta(days=rng.randrange(5, 20))
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 244, 228), (244, 246, 236)])
        p.part = "head"
        hindi(p, "बूँदी उत्सव आयोजन समिति", scale=1.3, bold=True)
        name = "BUNDI UTSAV AAYOJAN SAMITI"
        top(p, name, merchant=name)
        p.add("small", "District Administration and Department of Tourism, Bundi")
        p.add("center", "STALL RECEIPT")
        p.part = "body"
        p.add("left", "No. ..............")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Received from", FIRM)
        blank(p, "Stall No.", "14, Shilpgram")
        blank(p, "Towards", "stall fee, 3 to 5 Nov 2026")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Received in cash", method="cash", status=status)
        h287.oval(p, ["BUNDI UTSAV", "SAMITI", "BUNDI"], "violet", at=0.62, rows_=4)
        sig(p)
        p.add("right", "Member Secretary")
        return p.done()
    if k == 2:
        j.amount = float(round(j.amount))
        p = browser_page(rng, font, "gateway.esic.gov.in/EmployerPortal/ChallanStatus")
        p.part = "head"
        name = pick(p, "title", ["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour and Employment  |  Employer Portal")
        p.add("rule")
        p.part = "body"
        p.add("left", "Challan Status")
        p.add("left", f"Paid today at {hhmm(rng)}", status=status)
        p.add("gap")
        cno = f"3315{digits(rng, 9)}"
        tno = f"ESI{digits(rng, 12)}"
        grid(
            p,
            "es",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Challan No.", cno], {"txn": (INVOICE_RANK, cno)}),
                (["Transaction No.", tno], {"txn": (TXN_RANK, tno)}),
                (["Contribution Period", j.month(1)], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank", "Bank of Baroda (Internet Banking)"], {"method": "netbanking"}),
                (["Status", "Paid"], {}),
            ],
            tint=(224, 234, 246),
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([500, 500, 1000]))
        p = browser_page(rng, font, "www.dgft.gov.in/CP/?opt=iec-payment-status")
        p.part = "head"
        name = pick(p, "title", ["Directorate General of Foreign Trade", "DGFT"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Commerce and Industry  |  Importer Exporter Code")
        p.add("rule")
        p.part = "body"
        p.add("left", "IEC application: fee")
        chip(p, "Payment Successful", status)
        p.add("gap")
        bt = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        zebra(
            p,
            "dg",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["Application ID", f"IEC{j.date:%y}{digits(rng, 8)}"], {}),
                (["Fee", rs(j.amount)], {"amount": j.amount}),
                (["Bank Transaction ID", bt], {"txn": (BANK_RANK, bt)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Payment Mode", "Net Banking (Bank of Baroda)"], {"method": "netbanking"}),
            ],
            (20, 70, 130),
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([500, 1000, 2000]) * rng.randrange(1, 4))
        p = browser_page(rng, font, "copyright.gov.in/UserRegistration/PaymentReceipt.aspx")
        p.part = "head"
        name = "Copyright Office"
        top(p, name, merchant=name)
        p.add("small", "Department for Promotion of Industry and Internal Trade, Government of India")
        p.add("rule")
        p.part = "body"
        p.add("center", "ONLINE PAYMENT RECEIPT")
        p.add("gap")
        tid = f"CR{j.date:%y%m%d}{digits(rng, 8)}"
        dots(p, "Application", "Form XIV, artistic works (mandana chowk series)", at=0.3)
        dots(p, "Fee", rs(j.amount), at=0.3, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.3, txn=(TXN_RANK, tid))
        dots(p, "Payment Mode", "UPI (BHIM)", at=0.3, method="UPI")
        dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.3, date=j.date)
        dots(p, "Status", "Success", at=0.3, status=status)
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(12, 90) * 100)
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/epayment/receipt")
        p.part = "head"
        hindi(p, "परिवहन विभाग, राजस्थान", scale=1.2, bold=True)
        name = pick(p, "title", ["Transport Department, Rajasthan", "Transport Dept., Rajasthan"])
        top(p, name, merchant=name)
        p.add("small", "Vahan 4.0  |  e-Payment receipt")
        p.add("rule")
        p.part = "body"
        rno = f"RJ25/{j.date:%y}/{digits(rng, 7)}"
        tno = f"RJ{digits(rng, 14)}"
        bref = f"{digits(rng, 12)}"
        upto = j.date.replace(day=1) + dt.timedelta(days=95)
        gutter(p, "vh", "Receipt No.", rno, at=0.38, txn=(INVOICE_RANK, rno))
        gutter(p, "vh", "Vehicle No.", f"RJ25GA{rng.randrange(1000, 9999)}", at=0.38)
        gutter(p, "vh", "Tax Mode", "Quarterly", at=0.38)
        gutter(p, "vh", "Tax Upto", when(upto.replace(day=1) - dt.timedelta(days=1), "%d-%b-%Y"), at=0.38)
        gutter(p, "vh", "Amount", rs(j.amount), at=0.38, amount=j.amount)
        gutter(p, "vh", "Transaction No.", tno, at=0.38, txn=(TXN_RANK, tno))
        gutter(p, "vh", "Bank Ref No.", bref, at=0.38, txn=(BANK_RANK, bref))
        gutter(p, "vh", "Payment Gateway", "SBIePay (Debit card)", at=0.38, method="card")
        gutter(p, "vh", "Payment Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=0.38, date=j.date)
        p.add("gap")
        p.add("left", "Payment successful. Print this receipt for the vehicle's records.", status=status)
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = browser_page(rng, font, "echallan.parivahan.gov.in/index/accused-challan")
        p.part = "head"
        name = "Rajasthan Police"
        top(p, name, merchant=name)
        p.add("small", "Traffic e-Challan  |  Pay online")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment failed", status)
        note(
            p,
            "The transaction was declined by your bank. The challan is still pending; pay it online or "
            "at the "
            "traffic police office within 60 days.",
            "error",
        )
        cno = f"RJ{digits(rng, 19)}"
        tid = f"ECH{digits(rng, 12)}"
        kvr(p, "Challan No.", cno, txn=(INVOICE_RANK, cno))
        kvr(p, "Vehicle No.", f"RJ25GA{rng.randrange(1000, 9999)}")
        kvr(p, "Offence", "Driving without seat belt")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", f"Debit card XX{digits(rng, 4)}", method="card")
        kvr(p, "Date of attempt", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        return p.done()
    fee = float(rng.choice([4000, 5000, 7500]))
    gst = round(fee * 0.18, 2)
    j.amount = fee + gst
    p = browser_page(rng, font, "www.epch.in/members/rcmc/payment-status")
    p.part = "head"
    name = pick(p, "title", ["Export Promotion Council for Handicrafts", "EPCH"])
    top(p, name, merchant=name)
    p.add("small", "Registration-cum-Membership Certificate (RCMC)  |  New Delhi")
    p.add("rule")
    p.part = "body"
    h273.pill(p, "Payment under verification", status, align="l")
    note(
        p,
        "Your NEFT payment will be matched with our bank statement within 3 working days. The RCMC will be "
        "issued after that.",
        "warn",
    )
    tid = f"EPCH{digits(rng, 10)}"
    p.pair("Application No.", f"RCMC/{j.date:%y}/{digits(rng, 6)}")
    p.pair("Fee", rs(fee))
    p.pair("GST 18%", rs(gst))
    p.pair("Total", rs(j.amount), amount=j.amount)
    p.pair("Payment mode", "NEFT", method="netbanking")
    p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    p.pair("Submitted on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums: United India Insurance's PREMIUM RECEIPT for the shop's shopkeeper's policy (a
    table ruled on every side two fields to a row: Receipt No., Receipt Date; Policy No., Product; Net
    Premium, GST 18%; Total Premium, Mode; its UTR; "Received with thanks ..."); Niva Bupa's renewal with
    the payment pending under a spinner (the sum, "to <insurer>", a notice; Proposal No., Transaction ID,
    Payment mode, UPI Ref, Initiated on at the left and the right with a hairline under each); Tata AIG's
    mail of the pickup's premium paid (its sentence; Policy No., Vehicle, Premium (incl. GST), Transaction
    No., Payment date, Payment mode in columns); Care Health's renewal payment failed (the outcome on a
    band, the reason in a notice; Proposal No., Premium, Payment ID, Mode, Attempted on in dot leaders);
    Cholamandalam MS's receipt for the shop's fire policy (Receipt Number, Receipt Date, Received From,
    Policy, Premium (incl. GST), Instrument, UPI Ref on a striped table; "Received with thanks."); ACKO's
    app with the pickup's policy bought ("just now"; Policy and Vehicle in two tiles, a copyable Payment
    ID; no day); National Insurance's agent's receipt from his book for the painters' personal accident
    cover (No. left blank; Date, Received from, Policy written in; Rs. in a box; "Recd. in cash" in his
    hand; no reference); Royal Sundaram's payment receipt for a health policy (each value over its label:
    Receipt No., Policy, Amount, UPI transaction ID, Date). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=2400, high=64000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    pol = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["United India Insurance Company Limited", "United India Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Bajaria, Sawai Madhopur - 322001")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        rno = f"{rng.randrange(140000, 149999)}{j.date:%y}{digits(rng, 6)}"
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")]
        grid(
            p,
            "ui",
            spec,
            None,
            [
                (
                    ["Receipt No.", rno, "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (["Policy No.", pol, "Product", "Shopkeeper's Policy"], {}),
                (["Net Premium", num(base), "GST 18%", num(gst)], {}),
                (
                    ["Total Premium", rs(j.amount), "Mode", "NEFT"],
                    {"amount": j.amount, "method": "netbanking"},
                ),
                (["UTR", utr, "", ""], {"txn": (UTR_RANK, utr)}),
            ],
        )
        p.add("gap")
        para(p, f"Received with thanks from {FIRM} ({SHOP}) the premium above.", status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Branch Manager")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Check status",))
        band(p, (0, 96, 170))
        app_head(p, "Niva Bupa", "Health policy renewal")
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to Niva Bupa Health Insurance Co. Ltd.", "to Niva Bupa Health Insurance"])[
            3:
        ]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "We have not heard from your bank yet. Your policy will renew as soon as the payment is "
            "confirmed; "
            "please do not pay again.",
            "warn",
        )
        tid = f"NB{digits(rng, 14)}"
        kvr(p, "Proposal No.", f"PR{digits(rng, 10)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = mail_page(rng, font, "TATA AIG <customersupport@tataaig.com>", ["Your payment is successful"])
        p.part = "head"
        name = "TATA AIG General Insurance Company Limited"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {OWNER_CAPS.title()},")
        para(
            p,
            f"Thank you. We have received your payment of {rs(j.amount)} for the commercial vehicle "
            "policy of "
            "your pickup, and your policy is now active.",
            amount=j.amount,
            status=status,
        )
        tno = f"TAG{digits(rng, 12)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(p, "ta", spec, "Policy No.", f"0{digits(rng, 9)}/00")
        colkv(p, "ta", spec, "Vehicle", f"RJ25GA{rng.randrange(1000, 9999)} (Mahindra Bolero Pik-Up)")
        colkv(p, "ta", spec, "Premium (incl. GST)", rs(j.amount))
        colkv(p, "ta", spec, "Transaction No.", tno, txn=(TXN_RANK, tno))
        colkv(p, "ta", spec, "Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "ta", spec, "Payment mode", f"Credit card ending {digits(rng, 4)}", method="card")
        p.add("gap")
        p.add("small", "TATA AIG General Insurance Company Limited, Peninsula Business Park, Mumbai.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.careinsurance.com/renew/payment-status")
        p.part = "head"
        name = pick(p, "title", ["Care Health Insurance Ltd.", "Care Health Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Renew your policy  |  Payment status")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment Failed", status)
        note(
            p,
            "Your bank has declined the transaction. The policy has not been renewed yet; you can try again "
            "until the grace period ends.",
            "error",
        )
        pid = f"CHI{digits(rng, 12)}"
        dots(p, "Proposal No.", f"{digits(rng, 10)}", at=0.36)
        dots(p, "Premium", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Payment ID", pid, at=0.36, txn=(TXN_RANK, pid))
        dots(p, "Mode", "Net Banking (Bank of Baroda)", at=0.36, method="netbanking")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["Cholamandalam MS General Insurance Co. Ltd.", "Cholamandalam MS General"])
        top(p, name, merchant=name)
        p.add("small", "Dare House, Parrys, Chennai  |  Jaipur Branch")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        rno = f"CHO/{j.date:%y}/{digits(rng, 9)}"
        zebra(
            p,
            "cm",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["Receipt Number", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Received From", FIRM], {}),
                (["Policy", "Standard Fire and Special Perils (shop)"], {}),
                (["Premium (incl. GST)", rs(j.amount)], {"amount": j.amount}),
                (["Instrument", "UPI"], {"method": "UPI"}),
                (["UPI Ref", j.ref], {"txn": (UTR_RANK, j.ref)}),
            ],
            (150, 30, 40),
        )
        p.add("left", "Received with thanks.", status=status)
        p.add("small", "Subject to realisation of the payment. This is a computer generated receipt.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("Download policy",))
        band(p, (82, 40, 200))
        app_head(p, "ACKO", "Commercial vehicle insurance")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["paid to ACKO General Insurance Ltd.", "paid to ACKO General Insurance"])[
            8:
        ]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", "just now  |  via UPI", method="UPI")
        tiles2(p, ("Policy", "Comprehensive"), ("Vehicle", f"RJ25GA{rng.randrange(1000, 9999)}"))
        pid = f"ACKO{digits(rng, 12)}"
        copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([400, 600, 800, 1000, 1200]))
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(246, 242, 228), (244, 244, 236)])
        p.part = "head"
        name = pick(p, "title", ["National Insurance Co. Ltd.", "National Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Agent: Mahesh Chand Sharma, Code 2710-3321, Sawai Madhopur")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        p.add("left", "No. ..............")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Received from", FIRM)
        blank(p, "Policy", "Janata P.A., 4 painters")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Recd. in cash", method="cash", status=status)
        sig(p)
        p.add("right", "Agent")
        return p.done()
    p = browser_page(rng, font, "www.royalsundaram.in/payment/receipt")
    p.part = "head"
    name = pick(p, "title", ["Royal Sundaram General Insurance Co. Ltd.", "Royal Sundaram"])
    top(p, name, merchant=name)
    p.add("small", "Lifeline health policy  |  Payment receipt")
    p.add("rule")
    p.part = "body"
    chip(p, "Payment received", status)
    p.add("gap")
    rno = f"RS{digits(rng, 12)}"
    vlab(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    vlab(p, "Policy", "Lifeline Supreme, family floater", bold=False)
    vlab(p, "Amount", rs(j.amount), amount=j.amount)
    vlab(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    vlab(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("MANDANA GHAR", "HAMMIR CIRCLE, SAWAI MADHOPUR", "BANK OF BARODA", "bob"),
    ("MANDANA GHAR - BUNDI UTSAV STALL 14", "SHILPGRAM, BUNDI", "BharatPe", "bharatpe"),
    ("TIGER DEN RESTAURANT", "RANTHAMBHORE ROAD, SWM", "KOTAK MAHINDRA BANK", "kotak"),
    ("KAGZI ART STORE", "SANGANER, JAIPUR", "UNION BANK OF INDIA", "union"),
    ("HP FUEL POINT", "BUNDI ROAD, SAWAI MADHOPUR", "IDFC FIRST BANK", "declined"),
    ("MANDANA GHAR", "Hammir Circle, Sawai Madhopur", "Razorpay POS", "tap"),
    ("DAAL BAATI DHABA", "Kundera, Sawai Madhopur", "", "check"),
    ("AGARWAL PAINT HOUSE", "STATION ROAD, SAWAI MADHOPUR", "ICICI BANK", "icici"),
]
DISHES = [
    ("Daal baati churma", 180, 260),
    ("Ker sangri", 160, 220),
    ("Gatte ki sabzi", 150, 210),
    ("Bajre ki roti", 20, 30),
    ("Chaach", 30, 50),
    ("Lassi", 50, 80),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the shop's terminals and the firm's card elsewhere: Bank of Baroda's slip at Mandana Ghar
    (DATE and TIME on a line, MID and TID on a line, BATCH NO and INVOICE NO on a line, CARD NO, EXP, CARD
    TYPE, APPR CODE and RRN on a line, AMOUNT; APPROVED, PIN VERIFIED OK; CUSTOMER COPY); BharatPe's swipe
    machine at the Bundi Utsav stall in the Utsav's days with the host's answer pending (DT, TM, TID, CARD,
    AMT, TXN ID; TXN PENDING AT HOST, DO NOT RETRY, CHECK STATUS IN APP); Kotak Mahindra Bank's slip at a
    Ranthambhore restaurant (DATE run together as 14JUL26, TIME, TID, INV NO, CARD, AUTH CODE, RRN, BASE
    AMT, SERVICE CHG, TOTAL; APPROVED); Union Bank of India's contactless slip at a Sanganer art store
    (CONTACTLESS SALE, DATE/TIME, CARD, AUTH CODE, RRN, AMOUNT; PIN NOT REQUIRED; TXN APPROVED); IDFC FIRST
    Bank's slip at a fuel point DECLINED (51 INSUFFICIENT FUNDS); Razorpay POS's Tap to Pay on the shop's
    phone (Payment successful, the sum, the card, "2 min ago"; RRN and Auth code as label and value on a
    line; no day); a Kundera dhaba's guest check written by hand (Date and Table written in; the dishes in
    its columns, Total; Card ticked among Cash / Card / UPI; no reference); ICICI Bank's slip at a paint
    house (SALE, DATE, TIME, BATCH, INV, CARD, APPR, RRN, AMT; APPROVED, THANK YOU). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=600, high=48000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "bharatpe":
        shift(j, rng, UTSAV + dt.timedelta(days=rng.randrange(0, 3)))
    if layout in ("declined", "kotak", "union", "icici", "bharatpe"):
        j.amount = rupees(rng, 700, 16000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "tap":
        p = phone(rng, font, k, ["", "Tap to Pay"], dark=False, buttons=("New payment",))
        band(p, (12, 38, 92))
        app_head(p, "Razorpay POS", "Tap to Pay on phone")
        shown = pick(p, "center", [name])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        p.add("gap")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add(
            "big",
            f"\u20b9{j.amount:,.2f}" if glyphs(font, "\u20b9") else f"Rs.{j.amount:,.2f}",
            amount=j.amount,
        )
        p.add("small", f"{scheme} **** {last4}  |  contactless", method="card")
        p.add("small", "2 min ago")
        p.add("rule")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        return p.done()
    if layout == "check":
        p = sheet_page(rng, font, [540, 580])
        p.style["paper"] = rng.choice([(250, 248, 236), (246, 246, 238)])
        p.part = "head"
        hindi(p, "दाल बाटी ढाबा", scale=1.3, bold=True)
        top(p, name, merchant=name)
        p.add("small", "Pure veg  |  Kundera, Ranthambhore Road")
        p.add("center", "GUEST CHECK")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Table", str(rng.randrange(1, 14)), after="  Persons  " + str(rng.randrange(2, 9)))
        spec = [(0.0, 0.58, "l"), (0.58, 0.72, "c"), (0.74, 1.0, "r")]
        cols(p, "gc", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(DISHES, rng.randrange(3, 5)):
            q = rng.randrange(1, 7)
            v = float(q * rng.randrange(lo, hi + 1, 10))
            hcells(p, spec, text, str(q), num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.58, 0.73])
        p.add("gap")
        h269.ticks(p, ["Cash", "Card", "UPI"], 1, method="card", status=status)
        p.add("small", "Thank you! Visit again.")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    amt = fmt(j.amount)
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "bob":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE:{when(j.date, '%d/%m/%Y')}  TIME:{t}", date=j.date)
        p.add("left", f"MID:{mid[:12]}  TID:{tid}")
        p.add("left", f"BATCH NO:{batch[-4:]}  INVOICE NO:{inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD NO", f"XXXX XXXX XXXX {last4}", method="card")
        p.pair("EXP", "XX/XX")
        p.pair("CARD TYPE", scheme)
        p.add("left", f"APPR CODE:{appr}  RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK")
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "bharatpe":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DT", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TM", t[:5])
        p.pair("TID", tid)
        p.pair("CARD", f"{scheme} ****{last4}", method="card")
        p.pair("AMT", amt, amount=j.amount)
        bt = f"BPS{digits(rng, 12)}"
        p.pair("TXN ID", bt, txn=(TXN_RANK, bt))
        p.add("rule")
        p.add("center", "TXN PENDING AT HOST", status=status)
        p.add("small", "DO NOT RETRY. CHECK STATUS IN APP")
        p.add("small", "BharatPe Swipe")
    elif layout == "kotak":
        base = j.amount
        svc = round(base * 0.05, 2)
        j.amount = round(base + svc, 2)
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE:{when(j.date, '%d%b%y').upper()}  TIME:{t[:5]}", date=j.date)
        p.add("left", f"TID:{tid}  INV NO:{inv[-5:]}", txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XXXX{last4} CHIP", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("BASE AMT", f"{base:,.2f}")
        p.pair("SERVICE CHG", f"{svc:,.2f}")
        p.add("rule")
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGN NOT REQUIRED")
    elif layout == "union":
        p.add("center", "CONTACTLESS SALE")
        p.add("rule")
        p.pair("DATE/TIME", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("CARD", f"{scheme} ....{last4} (TAP)", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("small", "PIN NOT REQUIRED")
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "CUSTOMER COPY")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 INSUFFICIENT FUNDS")
        p.add("small", "PLEASE USE ANOTHER CARD")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%b-%Y").upper(), date=j.date)
        p.pair("TIME", t)
        p.pair("BATCH", batch[-3:])
        p.pair("INV", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "THANK YOU")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the shop's bills: JVVNL's Bijli Mitra with the electricity bill paid under the
    company's Hindi name (a capsule, the sum, "to <biller>"; K No. and Bill month in two tiles; a copyable
    Transaction ID; Paid on, Mode as label and value on a line); the Vi app's postpaid bill payment
    successful under a large tick (the sum, "to <biller>"; Vi number, Bill date, Transaction ID, Payment
    mode, Paid on at the left and the right with a hairline under each); IndianOil ONE's Indane refill
    payment failed (the outcome on a band, the reason in a notice; Booking No., Distributor, Consumer No.,
    Transaction ID, Payment mode, Attempted on in a table ruled on every side); the PHED's water bill
    receipt printed at its counter under its Hindi name (RECEIPT NO, CONNECTION ID, BILL PERIOD, AMOUNT,
    MODE CASH, DATE in its printer's face); Dish TV's recharge mail (its sentence; VC No., Pack, Recharge
    date, Next recharge due, Transaction ID, Payment mode in columns); Excitel's broadband bill paid under
    a tile ("Today, <hour>"; each value over its label: Plan, Transaction ID, Paid via; no day); a news
    agency's monthly slip for the shop's papers written by hand (Month, the papers and their sums, Total,
    "Paid cash, dt. <day>"; no reference); ICICI Bank FASTag's recharge pending for the pickup (a capsule,
    a notice; Vehicle No., Tag ID, Amount, Transaction Ref., Payment mode, Date in dot leaders). All new
    here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=300, high=14000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Download receipt",))
        band(p, (0, 84, 150))
        app_head(p, "Bijli Mitra", "Jaipur Discom")
        hindi(p, "जयपुर विद्युत वितरण निगम लिमिटेड", scale=0.9, bold=True)
        name = pick(p, "center", ["Jaipur Vidyut Vitran Nigam Ltd.", "JVVNL"])
        chip(p, "Bill paid", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        tiles2(p, ("K No.", f"2104{digits(rng, 8)}"), ("Bill month", j.month(1)))
        tid = f"JV{digits(rng, 14)}"
        copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.pair("Mode", "UPI", method="UPI")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Postpaid"], dark=False, buttons=("Done",))
        band(p, (236, 28, 36))
        app_head(p, "Vi", "Postpaid bill payment")
        sicon(p, status)
        p.add("center", "Bill payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to Vodafone Idea Limited", "to Vi"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        tid = f"VI{digits(rng, 15)}"
        kvr(p, "Vi number", f"94140XXX{digits(rng, 2)}")
        kvr(p, "Bill date", when(earlier(rng, j, 5, 20), "%d %b %Y"))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", f"Debit card XX{digits(rng, 4)}", method="card")
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        j.amount = round(rng.uniform(860, 940), 2)
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Retry",))
        band(p, (232, 104, 20))
        app_head(p, "IndianOil ONE", "Indane refill")
        strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to Indane", merchant="Indane")
        note(
            p,
            "The payment could not be completed; your UPI app timed out. Your refill booking is still open; "
            "pay again or pay the delivery person.",
            "error",
        )
        bno = str(digits(rng, 9))
        tid = f"IOC{digits(rng, 13)}"
        grid(
            p,
            "io",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Booking No.", bno], {"txn": (ORDER_RANK, bno)}),
                (["Distributor", "Ranthambhore Indane Gramin Vitrak"], {}),
                (["Consumer No.", str(digits(rng, 7))], {}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment mode", "UPI"], {"method": "UPI"}),
                (["Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",))], {"date": j.date}),
            ],
            tint=(252, 232, 210),
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(8, 90) * 10)
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 250, 246), (246, 248, 250)])
        p.part = "head"
        hindi(p, "जन स्वास्थ्य अभियांत्रिकी विभाग", scale=1.1, bold=True)
        name = pick(p, "center", ["Public Health Engineering Department", "PHED, Rajasthan"])
        p.add("center", name, merchant=name)
        p.add("small", "Sub Division, Sawai Madhopur  |  Water bill counter")
        p.add("rule")
        p.part = "body"
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.86
        w_ = min(h271.tt_cols(p), 40)
        rno = f"{rng.randrange(10000, 99999)}"

        def line(label: str, value: str, **facts) -> None:
            typed(p, f"{label:<14}: {value}"[:w_], scale=0.86, **facts)

        line("RECEIPT NO", rno, txn=(INVOICE_RANK, rno))
        line("CONNECTION ID", f"SWM/{rng.randrange(100, 999)}/{digits(rng, 5)}")
        line("NAME", "GERU KHADIA KALA UDYOG")
        line("BILL PERIOD", f"{j.month(2)[:3].upper()}-{j.month(1)[:3].upper()} {j.date.year}")
        line("AMOUNT", f"Rs. {num(j.amount, 'plain')}", amount=j.amount)
        line("MODE", "CASH", method="cash")
        line("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        typed(p, "-" * w_, scale=0.86)
        typed(p, "PAYMENT RECEIVED", scale=0.86, status=status)
        sig(p)
        p.add("right", "Cashier")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([299, 349, 449, 549, 649, 1049]))
        p = mail_page(rng, font, "Dish TV <noreply@dishtv.in>", ["Your Dish TV recharge is successful"])
        p.part = "head"
        top(p, "Dish TV", merchant="Dish TV")
        p.add("rule")
        p.part = "body"
        para(
            p,
            f"Dear Subscriber, we have received your recharge of {rs(j.amount)}. Thank you for choosing Dish "
            "TV.",
            amount=j.amount,
            status=status,
        )
        tid = f"DT{digits(rng, 13)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "dt", spec, "VC No.", str(digits(rng, 11)))
        colkv(p, "dt", spec, "Pack", "Super Family HD")
        colkv(p, "dt", spec, "Recharge date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
        colkv(p, "dt", spec, "Next recharge due", when(j.date + dt.timedelta(days=30), "%d-%m-%Y"))
        colkv(p, "dt", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(p, "dt", spec, "Payment mode", "Net Banking", method="netbanking")
        p.add("small", "Dish TV India Ltd., Noida")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([499, 589, 699, 999, 1299, 2999]))
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (234, 88, 12))
        app_head(p, "Excitel", "Broadband")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to Excitel Broadband", "to Excitel"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("rule")
        tid = f"EXL{digits(rng, 12)}"
        vlab(p, "Plan", "300 Mbps, 3 months", bold=False)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [520, 560])
        p.style["paper"] = rng.choice([(248, 244, 228), (244, 242, 232)])
        p.part = "head"
        name = "SHARMA NEWS AGENCY"
        top(p, name, merchant=name)
        p.add("small", "Newspapers & magazines  |  Bajaria, Sawai Madhopur")
        p.part = "body"
        month = j.month(1)
        blank(p, "Month", month)
        blank(p, "Name", SHOP)
        spec = [(0.0, 0.66, "l"), (0.68, 1.0, "r")]
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [("Rajasthan Patrika", 180, 240), ("Dainik Bhaskar", 180, 240), ("Times of India", 220, 300)],
            rng.randrange(1, 3),
        ):
            v = float(rng.randrange(lo, hi, 10))
            hcells(p, spec, text, num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.67])
        write(
            p,
            f"Paid cash, dt. {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}",
            date=j.date,
            method="cash",
            status=status,
        )
        return p.done()
    j.amount = float(rng.choice([500, 1000, 1500, 2000]))
    p = browser_page(rng, font, "fastag.icicibank.com/recharge/status")
    p.part = "head"
    name = "ICICI Bank FASTag"
    top(p, name, merchant=name)
    p.add("small", "NETC FASTag  |  Recharge")
    p.add("rule")
    p.part = "body"
    h273.pill(p, "Recharge pending", status, align="l")
    note(
        p,
        "Your recharge has been initiated but the confirmation from your bank is pending. The tag "
        "balance will "
        "update within 30 minutes.",
        "warn",
    )
    tref = f"FT{j.date:%y%m%d}{digits(rng, 9)}"
    dots(p, "Vehicle No.", f"RJ25GA{rng.randrange(1000, 9999)}", at=0.34)
    dots(p, "Tag ID", f"34161FA8203{code(rng, 13, HEXU)}", at=0.34)
    dots(p, "Amount", rs(j.amount), at=0.34, bold=True, amount=j.amount)
    dots(p, "Transaction Ref.", tref, at=0.34, txn=(TXN_RANK, tref))
    dots(p, "Payment mode", "UPI", at=0.34, method="UPI")
    dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.34, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Canara Bank", "VM-CANBNK", "SHRI BALAJI MINERALS", "NEFT", "hindi"),
    ("Kotak Mahindra Bank", "AX-KOTAKB", "KALA FRAME HOUSE", "UPI", "sms"),
    ("Union Bank of India", "BZ-UNIONB", "SANGANER HASTNIRMIT", "RTGS", "sms"),
    ("IDFC FIRST Bank", "JD-IDFCFB", "RANTHAMBHORE TRANSPOR", "IMPS", "sms"),
    ("Yes Bank", "", "HADOTI PRINTERS", "NEFT", "mail"),
    ("Bank of India", "AD-BOIIND", "JAIPUR BOARD HOUSE", "RTGS", "sms"),
    ("IndusInd Bank", "", "DESERT PACKAGING", "IMPS", "inbox"),
    ("Indian Overseas Bank", "VK-IOBCHN", "PRAJAPATI MITTI KALA", "UPI", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: Canara Bank's SMS in Hindi in its messages thread under
    its day divider ("प्रिय ग्राहक, आपके खाते XX1234 से <PAYEE> को NEFT द्वारा रु.x दिनांक <dd/mm/yyyy> को
    भेजे गए। UTR ... - केनरा बैंक"); SMS in Kotak's ("Sent Rs.x from Kotak Bank AC X1234 to <PAYEE> (<UPI
    ID>) on <dd-mm-yy>. UPI Ref ..."), Union Bank's ("RTGS of Rs x to <PAYEE> initiated on <dd/mm/yyyy> is
    under process. UTR ... -Union Bank of India"), IDFC FIRST Bank's ("Your IMPS transfer of INR x to
    <PAYEE> on <dd-Mon-yyyy> has failed. IMPS Ref ... Any amount debited will be refunded."), Bank of
    India's ("Rs.x debited A/cXX1234 on <dd-Mon-yy> for RTGS to <PAYEE>. Avl Bal Rs.y"; no reference) and
    Indian Overseas Bank's ("Your a/c no. XXXX1234 is debited for Rs.x on <dd-mm-yyyy> and credited to
    <PAYEE> (UPI Ref no ...)") wordings; YES BANK's mail ("INR x has been debited from your account
    XXXX1234 on <dd-mm-yyyy> towards NEFT to <PAYEE>. NEFT UTR: ..."); IndusInd Bank's alert in a mail
    app's inbox among other mails (its round badge, the sender and the hour, the subject, two lines of its
    opening: "INR x debited from A/c XX1234 towards IMPS to <PAYEE>. IMPS Ref ..."; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 480000, 0.6)
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
    if frame == "hindi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"प्रिय ग्राहक, आपके खाते XX{tail4} से {to} को NEFT द्वारा रु.{amt} दिनांक "
            f"{when(j.date, '%d/%m/%Y')} को भेजे गए। UTR {utr}। यदि यह लेनदेन आपने नहीं किया है तो "
            "1800-1030 पर संपर्क करें। - केनरा बैंक"
        )
        nwrap(p, text, share=0.94, **facts)
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "Kotak Mahindra Bank":
            text = (
                f"Sent Rs.{amt} from Kotak Bank AC X{tail4} to {to} (kalaframehouse@oksbi) on "
                f"{when(j.date, '%d-%m-%y')}. UPI Ref {utr}. Not you? Call 18602662666 - Kotak Bank"
            )
        elif bank == "Union Bank of India":
            text = (
                f"RTGS of Rs {amt} to {to} initiated on {when(j.date, '%d/%m/%Y')} is under process. "
                f"UTR {utr}. Please do not re-initiate. -Union Bank of India"
            )
        elif bank == "IDFC FIRST Bank":
            text = (
                f"Your IMPS transfer of INR {amt} to {to} on {when(j.date, '%d-%b-%Y')} has failed. IMPS Ref "
                f"{utr}. Any amount debited will be refunded. - IDFC FIRST Bank"
            )
        elif bank == "Bank of India":
            text = (
                f"Rs.{amt} debited A/cXX{tail4} on {when(j.date, '%d-%b-%y')} for RTGS to {to}. Avl Bal "
                f"Rs.{bal} -Bank of India"
            )
        else:
            text = (
                f"Your a/c no. XXXX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%m-%Y')} and "
                "credited to "
                f"{to} (UPI Ref no {utr}). -IOB"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "YES BANK Alerts <alerts@yesbank.in>", ["Debit alert for your YES BANK account"]
        )
        p.part = "head"
        top(p, "YES BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"INR {amt} has been debited from your account XXXX{tail4} on {when(j.date, '%d-%m-%Y')} towards "
            f"NEFT to {to}. NEFT UTR: {utr}.",
            **facts,
        )
        p.add("gap")
        para(p, "If this was not done by you, please call our 24x7 helpline 1800 1200 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Regards, YES BANK. This is a system generated mail; please do not reply.")
        return p.done()
    p = phone(rng, font, k, ["Inbox"], dark=False, buttons=())
    p.part = "body"
    p.add("small", f"seema@{WEB}")
    p.add("gap")
    others = [
        (
            "Townscript",
            "New booking: Paint a Mandana",
            "You have a new booking for your event at Lipai Aangan, Kundera. See the attendee list in "
            "your dashboard.",
        ),
        (
            "Bundi Utsav Samiti",
            "Stall allotment list, Shilpgram",
            "Please find the list of stalls for the crafts mela attached. Kindly set up by 9 am on the "
            "first day.",
        ),
        (
            "Rajasthan Lalit Kala Akademi",
            "Invitation: Kala Mela, Jaipur",
            "The Akademi invites Mandana Ghar to demonstrate mandana painting at the Kala Mela. Please "
            "confirm the names of the artists.",
        ),
    ]
    first, second = rng.sample(others, 2)
    mailrow(p, first[0], hhmm(rng), first[1], first[2], (66, 133, 244))
    mailrow(
        p,
        "IndusInd Bank",
        hhmm(rng),
        "Transaction alert for your account",
        f"INR {amt} debited from A/c XX{tail4} towards IMPS to {to}. IMPS Ref {utr}. Not you? Call "
        "1860 267 7777.",
        (152, 30, 40),
        unread=True,
        must=(amt, to, utr),
        **facts,
    )
    mailrow(p, second[0], "Yesterday", second[1], second[2], (15, 157, 88))
    return p.done()

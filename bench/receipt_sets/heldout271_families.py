"""The twelve heldout271 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kasuti embroidery and Lambani mirror-work women artisans' producer company's
year of 2026 in Dharwad and Vijayapura districts, Karnataka (Kasuti Kannadi Kushalakarmi Mahila Producer
Company Ltd, its office at Saptapur, Dharwad; the Kasuti embroiderers of Garag, Mugad, Amminabhavi and Uppin
Betageri, who count the gavanti, murgi, negi and menthi stitches of the gopura, ratha, tulsi katte and
elephant motifs into Ilkal saris, dupattas and stoles, and the Lambani embroiderers of the tandas round
Tikota, whose unit, Sevalal Kannadi Kasuti Ghataka, sews mirrors, cowries and chain stitch into cushion
covers, bags, wall hangings and jackets, both paid by the piece; its training centre at Saptapur, Kasuti
Kalike Kendra, which runs paid workshops and courses; its shop on Koppikar Road, Hubballi, Kasuti Mane, with
the web shop kasutimane.in, a stall at Bengaluru's Chitra Santhe and a corporate gifting desk), told by the
proofs of payment it receives (buyers' Google Pay, CRED, super.money, MobiKwik, iMobile Pay and WhatsApp
screens, Instamojo's mail, PayU's receipt; GeM, SAP Business Network, Amazon's seller mail, Khajane-II,
FedNet, Tipalti, Cauvery's letter and a shop owner's mail; Wise, a MT103 print, DGFT's e-BRC, Skydo,
Handelsbanken, a Sparkasse's letter, HSBC Hong Kong and MUFG Bank; its own receipt book, invoice, payment
receipt, thermal bill, gateway response, registration mail, money receipt and sales receipt) and those it
makes (the Ilkal weavers', the thread merchant's, Udaan's, the stitching centre's, VRL's, Shiprocket's, the
box printer's and the photographer's papers; Karnataka Bank's, Karnataka Grameena Bank's, Axis Bank's, State
Bank's cash deposit machine's, Canara Bank's, HDFC Bank's and Kotak's pages and a USSD dialog; its
embroiderers', master trainer's, tailor's, shop assistant's and packer's slips, receipts, screens, payslip,
voucher and money order; the panchayat's, HDMC's, Khajane-II's, EPFO's, the GST portal's, Seva Sindhu's, MCA's
and Vahan's dues; the insurers' receipts; cards on seven terminals and a merchant app; HESCOM's, ACT's,
Airtel's, Vi's, HP Gas's, Tata Play's and the water supply's bills; the banks' SMS, e-mails and passbook).
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, the units' lines, salutations, Kannada lines, items, pieces, rates,
taxable values, GST, TDS, deductions, discounts, fees, charges, commissions, tendered cash and change,
balances, EMIs, earnings, converted and INR sums, FX rates, periods, weeks and months, invoice, bill, due and
next-due days, order, LR, application, registration, establishment, licence, property, account, policy,
proposal, consumer, customer, subscriber, employee, IEC, CPIN, CIN, RR, CDM and shipping bill numbers, GSTIN,
IFSC, SWIFT codes, UPI IDs, remitters, payers and depositors, QR codes and stamps carry no fact. ``Job`` is
heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page``
heldout140's; ``phone_frame`` heldout126's; ``right`` heldout152's; ``fits`` and ``place`` heldout123's;
``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``paper`` and
``screen`` heldout116's; ``Screen`` heldout113's; its messages app and its frames heldout106's; ``sign`` and
``glyphs`` heldout93's; ``num`` and ``words_in_rupees`` heldout82's; heldout269's rows (``kind``, ``row``,
``cols``, ``total``, ``qr``, ``sms_page``, cells at set places) and its ``_render``. ``compose`` is
heldout158's (as heldout269's), each page's rows drawn by heldout269's ``_render`` and then by this set's own
``_render`` in the lines it leaves for them: a table ruled on every side with its heading tinted, a cell
carried on inside its box and its total under a double rule; dot leaders from a label to its value; Kannada
lines and Kannada labels beside English ones; a receipt book's printed labels filled in by hand on dotted
lines, the sum in a box, a counterfoil past a perforation; a hand's lines; a small label over its value; steps
top to bottom with their marks; rounded cards round rows; fixed-width lines in a page's own typewriter's or
printer's face; a revenue stamp signed across; a rectangular rubber stamp. The pages' layouts and wordings are
this set's own."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageChops, ImageDraw

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets.heldout14_render import FONT_DIR, SCALE, load_font
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
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import phone_frame
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import bold_of, cols, kind, qr, row, sms_page, total

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
KANNADA = "noto/NotoSansKannada-Regular.ttf"
KANNADA_BOLD = "noto/NotoSansKannada-Bold.ttf"
KANNADA_SERIF = "noto/NotoSerifKannada-Regular.ttf"
KANNADA_SERIF_BOLD = "noto/NotoSerifKannada-Bold.ttf"
# the hands that fill in a printed form or write a line: serif and sans italics
PENS = [
    "freefont/FreeSerifItalic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "liberation/LiberationSans-Italic.ttf",
]
# the faces a page's fixed-width lines are printed in (a typewriter's, a printer's, a terminal's)
TYPES = [
    "freefont/FreeMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]

COMPANY = "Kasuti Kannadi Kushalakarmi Mahila Producer Company Ltd"
COMPANY_CAPS = COMPANY.upper()
SHORT = "Kasuti Kannadi Mahila PCL"
SHORT_CAPS = SHORT.upper()
# the registered name as a bank or a UPI app cuts it
CUT = "KASUTI KANNADI KUSHALAKA"
KENDRA = "Kasuti Kalike Kendra"
GHATAKA = "Sevalal Kannadi Kasuti Ghataka"
SHOP = "Kasuti Mane"
SHOP_CAPS = "KASUTI MANE"
CIN = "U14109KA2020PTC138264"
GSTIN = "29AAJCK5318M1ZP"
OFFICE = "14, 2nd Cross, Saptapur, Dharwad - 580001"
# the units: what each does, its address (Karnataka's GST state code is 29)
UNITS = {
    "company": ("Kasuti embroidery and Lambani mirror work by women artisans", OFFICE),
    "kendra": ("Kasuti classes, workshops and trainee batches", "Near Saptapur Bavi, Dharwad - 580001"),
    "ghataka": (
        "Lambani mirror work, cushion covers, bags and wall hangings",
        "Tanda Road, Tikota, Vijayapura District - 586130",
    ),
    "shop": (
        "Kasuti saris, dupattas, stoles, gifts and corporate orders",
        "7, Koppikar Road, Hubballi - 580020",
    ),
}
# Bengaluru's Chitra Santhe, 2026: the first Sunday of January on Kumara Krupa Road
SANTHE = dt.date(2026, 1, 4)
IFSC = {
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "Karnataka Bank": "KARB",
    "Karnataka Grameena Bank": "KVGB",
    "Union Bank of India": "UBIN",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Federal Bank": "FDRL",
    "The Dharwad District Central Co-operative Bank": "KSCB",
}
BANKS = list(IFSC)
# the embroidery: name, HSN, price each (low, high)
WORKS = [
    ("Ilkal sari, Kasuti pallu (gopura)", "5810", 5200, 9800),
    ("Kasuti dupatta, ratha border", "6214", 1650, 3400),
    ("Kasuti stole, tulsi katte motif", "6214", 980, 1900),
    ("Kurta piece, Kasuti yoke (menthi)", "5810", 1400, 2600),
    ("Lambani cushion cover, mirror work", "6304", 650, 1250),
    ("Lambani tote bag, cowrie trim", "4202", 780, 1500),
    ("Lambani wall hanging, 3 ft", "6304", 2400, 5200),
    ("Lambani potli bag, pair", "4202", 420, 860),
    ("Table runner, Kasuti elephants", "6304", 1150, 2300),
    ("Lambani jacket, chain stitch", "6211", 2900, 5600),
]
MONTH_PATS = ["%B %Y", "%b %Y", "%b-%y", "%m/%Y"]


def works(rng: random.Random, n: int) -> list[tuple[str, str, int, float]]:
    """Embroidery sold: name, HSN, quantity, price each."""
    out = []
    for i in rng.sample(range(len(WORKS)), n):
        name, hsn, lo, hi = WORKS[i]
        out.append((name, hsn, rng.randrange(1, 4), float(rng.randrange(lo, hi, 10))))
    return out


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    return when(j.date, rng.choice(pats))


def move(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Santhe's), its UPI / IMPS reference made again for that day."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def acct(rng: random.Random) -> str:
    return rng.choice(["XXXXXXXX", "xxxxxx", "******", "XX", "XXXX"]) + digits(rng, 4)


def stamp_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ", " at ")) -> str:
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, twelve=rng.random() < 0.6)}"


def pick(p: Screen, kind_: str, names: list[str]) -> str:
    """The first of ``names`` that fits a row of ``kind_`` on the page (the last where none does)."""
    for name in names:
        if fits(p, kind_, name):
            return name
    return names[-1]


def phone(
    rng: random.Random, font: str, k: int, titles: list[str], *, dark: bool | None = None, buttons=None
) -> Screen:
    """A phone's screenshot (heldout116's screen in heldout126's phone frame), dark where asked."""
    p = screen(
        rng,
        font,
        "phone",
        dark=rng.random() < 0.25 if dark is None else dark,
        width=rng.choice([600, 620, 640]),
        title=rng.choice(titles),
        buttons=buttons
        if buttons is not None
        else rng.choice([("Share",), ("Done",), ("Share", "Done"), ()]),
    )
    phone_frame(p, k)
    return p


def band(p: Screen, colour: tuple[int, int, int], ink=(255, 255, 255)) -> None:
    """The app's bar in its colour on a light screen."""
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = colour, ink


def bar_title(p: Screen, title: str, sub: str = "") -> None:
    """The app's name on top (on its bar where it has one), a line under it, and room for the bar's edge."""
    p.part = "head"
    p.add("title", title)
    if sub:
        p.add("small", sub)
    else:
        p.add("gap")
    p.add("gap")
    p.part = "body"


def lab(p: Screen, text: str, **facts) -> None:
    """A small label set to the left in the label's ink, low in its line, over the value it names (an app's
    details)."""
    face = load_font(p.font, int(p.style["size"] * 0.8))
    assert glyphs(p.font, text) and face.getlength(text) <= p.style["width"] - 2 * MARGIN, text
    raw(p, "lab", text, **facts)


SHORT_BANK = {
    "State Bank of India": "SBI",
    "Canara Bank": "Canara",
    "Karnataka Bank": "KBL",
    "Karnataka Grameena Bank": "KaGB",
    "Union Bank of India": "Union Bank",
    "Bank of Baroda": "BoB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Axis Bank": "Axis",
    "Kotak Mahindra Bank": "Kotak",
    "Federal Bank": "Federal",
}


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault("h271", {"marks": {}, "cards": [], "perfs": [], "stamps": []})


def raw(p: Screen, kind_: str, *texts: str, **facts) -> int:
    """A row added without the page face's checks (drawn by this set in its own face); its index."""
    ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    return len(p.rows) - 1


def mark(p: Screen, i: int, value) -> None:
    ext(p)["marks"][str(i)] = value


def grid(
    p: Screen,
    name: str,
    spec: list[tuple[float, float, str]],
    head: list[str] | None,
    rows: list[tuple[list[str], dict]],
    *,
    foot: tuple[list[str], dict] | None = None,
    tint: tuple[int, int, int] = (226, 230, 238),
) -> None:
    """A table ruled on every side (every cell boxed), its heading tinted and bold, its total row (a label
    across every column but the last, the sum in the last) under a double rule (heldout269's cells at set
    places, this set's rules); a cell too long for its box carried on to lines of its own inside the box."""
    bold_all = tuple(range(len(spec)))
    kind(p, f"{name}h", spec, "g271h", group=name, bold=bold_all)
    kind(p, f"{name}r", spec, "g271", group=name)
    kind(p, f"{name}c", spec, "g271c", group=name)
    # the total row: its label across every column but the last, its sum in the last
    kind(p, f"{name}t", [(0.0, spec[-1][0], "r"), spec[-1]], "g271t", group=name, bold=(0, 1))
    x = p.style["h269"]
    every = ([head] if head else []) + [c for c, _ in rows]
    names = (f"{name}h", f"{name}r", f"{name}c", f"{name}t")
    for cells in every:
        # a row that would not fit at the smallest size is carried on to more lines, not shrunk for
        saved = {k: x["scale"][k] for k in names}
        for k in names:
            x["scale"][k] = 0.76
        could = h269.cells_fit(p, f"{name}r", cells)
        x["scale"].update(saved)
        if not could:
            continue
        while not h269.cells_fit(p, f"{name}r", cells) and x["scale"][f"{name}r"] > 0.76:
            for k in names:
                x["scale"][k] = round(x["scale"][k] - 0.04, 2)
    if head:
        row(p, f"{name}h", *head)
        mark(p, len(p.rows) - 1, list(tint))
    for cells, facts in rows:
        if h269.cells_fit(p, f"{name}r", cells):
            row(p, f"{name}r", *cells, **facts)
            continue
        parts = [h269.wrap(p, f"{name}r", n, text) if text else [""] for n, text in enumerate(cells)]
        for n in range(max(len(part) for part in parts)):
            line = [part[n] if n < len(part) else "" for part in parts]
            row(p, f"{name}{'r' if n == 0 else 'c'}", *line, **(facts if n == 0 else {}))
    if foot:
        row(p, f"{name}t", *foot[0], **foot[1])


def gkv(p: Screen, name: str, label: str, value: str, *, at: float = 0.38, **facts) -> None:
    """A label | value row of a table ruled on every side (a portal's or a form's details); a long value
    carried to the next line of its box."""
    grid(p, f"gk{name}", [(0.0, at, "l"), (at, 1.0, "l")], None, [([label, value], facts)])


def dots(p: Screen, label: str, value: str, *, at: float = 0.5, bold: bool = False, **facts) -> None:
    """A label, dot leaders, and its value set to the right (a typed receipt's or a booklet's line); a value
    too long for the line is set to the right on the line under the dots."""
    k = f"dt{int(at * 100)}{'b' if bold else ''}"
    kind(p, k, [(0.0, at, "l"), (at, 1.0, "r")], "d271", group="dots", bold=(1,) if bold else ())
    if h269.cells_fit(p, k, [label, value]):
        row(p, k, label, value, **facts)
        return
    k2 = f"dw{'b' if bold else ''}"
    kind(p, k2, [(0.0, 0.3, "l"), (0.3, 1.0, "r")], "d271", group="dots", bold=(1,) if bold else ())
    if h269.cells_fit(p, k2, [label, value]):
        row(p, k2, label, value, **facts)
        return
    row(p, k2, label, "")
    p.add("right" if fits(p, "right", value) else "left", value, **facts)


def colkv(p: Screen, name: str, spec: list[tuple[float, float, str]], *cells: str, **facts) -> None:
    """A row of cells at set places (heldout269's), its last cell carried on to the next rows where it is too
    long (never shrunk for)."""
    kind(p, name, spec, "plain", group=name)
    if h269.cells_fit(p, name, list(cells)):
        row(p, name, *cells, **facts)
        return
    lines = h269.wrap(p, name, len(cells) - 1, cells[-1])
    for n, line in enumerate(lines):
        head = list(cells[:-1]) if n == 0 else [""] * (len(cells) - 1)
        row(p, name, *head, line, **(facts if n == 0 else {}))


def kan(
    p: Screen,
    text: str,
    *,
    scale: float = 1.0,
    bold: bool = False,
    serif: bool = False,
    align: str = "c",
    **facts,
) -> None:
    """A line in Kannada script (a title over its English, or a line of its own)."""
    face_name = (
        (KANNADA_SERIF_BOLD if bold else KANNADA_SERIF) if serif else (KANNADA_BOLD if bold else KANNADA)
    )
    face = load_font(face_name, int(p.style["size"] * scale))
    assert glyphs(face_name, text.replace(" ", "")), text
    assert face.getlength(text) <= p.style["width"] - 2 * MARGIN, text
    i = raw(p, "kan", text, **facts)
    mark(p, i, [face_name, scale, align])
    for _ in range(int(scale * 1.1)):
        p.add("gap")


def klab(
    p: Screen, kannada: str, english: str, value: str, *, at: float = 0.46, kvalue: bool = False, **facts
) -> None:
    """A Kannada label, its English after a slash in the label's ink (none where ``english`` is empty), and
    the value at ``at`` of the room (in Kannada where ``kvalue``)."""
    size = p.style["size"]
    room = p.style["width"] - 2 * MARGIN
    kface = load_font(KANNADA, int(size * 0.82))
    eface = load_font(p.font, int(size * 0.82))
    vfont = KANNADA if kvalue else p.font
    vface = load_font(vfont, size)
    assert glyphs(KANNADA, kannada.replace(" ", "")) and glyphs(p.font, english), (kannada, english)
    assert glyphs(vfont, value.replace(" ", "")), value
    need = kface.getlength(kannada) + (eface.getlength(f" / {english}") if english else 0) + 12
    assert need <= at * room, (kannada, english)
    assert vface.getlength(value) <= (1 - at) * room - 8, value
    i = raw(p, "klab", kannada, english, value, **facts)
    mark(p, i, [at, kvalue])


def fill(p: Screen, label: str, value: str, *, tail: str = "", **facts) -> None:
    """A receipt book's printed label, the value written by hand on a dotted line after it (``tail`` printed
    at the line's end)."""
    pen = pen_face(p)
    size = p.style["size"]
    room = p.style["width"] - 2 * MARGIN
    face = load_font(p.font, size)
    hand = load_font(pen, int(size * 1.05))
    assert glyphs(p.font, label + tail) and glyphs(pen, value), (label, value)
    assert face.getlength(label) + hand.getlength(value) + face.getlength(tail) + 40 <= room, (label, value)
    raw(p, "fill", label, value, tail, **facts)


def fill2(p: Screen, left: tuple[str, str], right_: tuple[str, str], at: float, **facts) -> None:
    """A receipt book's line across its counterfoil (at the left of ``at``) and its receipt: each a printed
    label and the value written by hand, the receipt's on a dotted line."""
    pen = pen_face(p)
    size = p.style["size"]
    room = p.style["width"] - 2 * MARGIN
    face = load_font(p.font, int(size * 0.9))
    hand_ = load_font(pen, size)
    assert glyphs(p.font, left[0] + right_[0]) and glyphs(pen, left[1] + right_[1]), (left, right_)
    assert face.getlength(left[0]) + hand_.getlength(left[1]) + 16 <= at * room - 14, left
    assert face.getlength(right_[0]) + hand_.getlength(right_[1]) + 34 <= (1 - at - 0.03) * room, right_
    i = raw(p, "fill2", left[0], left[1], right_[0], right_[1], **facts)
    mark(p, i, at)


def hand(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand (a note, a signature's name)."""
    pen = pen_face(p)
    face = load_font(pen, int(p.style["size"] * 1.05))
    assert glyphs(pen, text), (pen, text)
    if face.getlength(text) > p.style["width"] - 2 * MARGIN:
        words_, line = text.split(), ""
        first = True
        for word in words_:
            if line and face.getlength(f"{line} {word}") > p.style["width"] - 2 * MARGIN:
                raw(p, "hand", line, align, **(facts if first else {}))
                first = False
                line = word
            else:
                line = f"{line} {word}".strip()
        raw(p, "hand", line, align, **(facts if first else {}))
        return
    raw(p, "hand", text, align, **facts)


def amtbox(p: Screen, prefix: str, value: str, *, by_hand: bool = True, at: float = 0.0, **facts) -> None:
    """A printed prefix (Rs.) and the sum in a box beside it, written by hand or printed, from ``at`` of the
    room."""
    face = load_font(pen_face(p) if by_hand else bold_of(p.font), int(p.style["size"] * 1.1))
    assert glyphs(p.font, prefix), prefix
    room = p.style["width"] - 2 * MARGIN
    assert face.getlength(value) + 140 <= (1 - at) * room, value
    i = raw(p, "abox", prefix, value, **facts)
    mark(p, i, [by_hand, at])
    p.add("gap")


def pen_face(p: Screen) -> str:
    x = ext(p)
    if "pen" not in x:
        x["pen"] = p.rng.choice(PENS)
        x["pen_ink"] = list(p.rng.choice([(24, 52, 150), (20, 30, 110), (35, 35, 45), (30, 60, 120)]))
    return x["pen"]


def tt_face(p: Screen) -> str:
    x = ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def tt(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line (a typewriter's, a bank printer's, a passbook printer's) in the page's own mono
    face."""
    face_name = tt_face(p)
    x = ext(p)
    x.setdefault("tt_scale", scale)
    face = load_font(face_name, int(p.style["size"] * x["tt_scale"]))
    assert glyphs(face_name, text), (face_name, text)
    assert face.getlength(text) <= p.style["width"] - 2 * MARGIN, (len(text), text)
    raw(p, "tt", text, **facts)


def tt_cols(p: Screen) -> int:
    """How many fixed-width characters a line of the page holds."""
    face = load_font(tt_face(p), int(p.style["size"] * ext(p).get("tt_scale", 0.9)))
    return int((p.style["width"] - 2 * MARGIN) // face.getlength("M"))


def step(p: Screen, label: str, note: str, state: str, **facts) -> None:
    """One step of a payment's progress, top to bottom: a filled mark (done), a ringed one (now, in the
    outcome's colour) or a hollow one (to come), a line down to the next step."""
    face = load_font(p.font, p.style["size"])
    small = load_font(p.font, int(p.style["size"] * 0.8))
    assert glyphs(p.font, label + note), (label, note)
    assert face.getlength(label) + small.getlength(note) + 70 <= p.style["width"] - 2 * MARGIN, (label, note)
    raw(p, "vstep", label, note, state, **facts)


def card_open(p: Screen) -> int:
    return len(p.rows)


def card_close(p: Screen, start: int, *, tint: bool = True) -> None:
    """A rounded card drawn round the rows from ``start`` to the last one added."""
    ext(p)["cards"].append([start, len(p.rows) - 1, tint])


def perf(p: Screen, start: int, at: float) -> None:
    """A counterfoil's perforation at ``at`` of the room, down the rows from ``start`` to the last added."""
    ext(p)["perfs"].append([start, len(p.rows) - 1, at])


def rstamp(p: Screen, lines: list[str], colour: str = "violet", *, at: float = 0.7, rows_: int = 4) -> None:
    """A rectangular rubber stamp (a bank's or an office's, with its day across the middle), tilted, over the
    rows it leaves room for."""
    bold = bold_of(p.font)
    for text in lines:
        assert glyphs(bold, text), (bold, text)
    start = len(p.rows)
    for _ in range(rows_):
        p.add("gap")
    ext(p)["stamps"].append(
        {
            "row": start,
            "lines": lines,
            "ink": {
                "violet": [92, 52, 160, 210],
                "blue": [30, 70, 170, 210],
                "red": [185, 40, 50, 210],
                "green": [20, 120, 70, 210],
            }[colour],
            "angle": p.rng.uniform(-12, 12),
            "at": at,
        }
    )


def revenue(p: Screen, signer: str) -> None:
    """A one-rupee revenue stamp at the right, signed across by hand; room made under it."""
    pen_face(p)
    i = raw(p, "rev", signer)
    mark(p, i, p.rng.choice([(200, 80, 90), (90, 140, 80), (150, 90, 160)]))
    for _ in range(3):
        p.add("gap")


# ---------------------------------------------------------------- drawing


def _tops(rows: list[tuple], font: str, style: dict) -> tuple[list[int], int]:
    """Where heldout14's renderer puts each row (the same sums as heldout269's ``_render``)."""
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    line = int(size * 1.55)
    face = load_font(font, size)
    tops, y = [], MARGIN
    for r in rows:
        tops.append(y)
        h = int(line * SCALE.get(r[0], 1.0)) if r[0] != "pair" else line
        if r[0] == "pair" and face.getlength(r[1]) + face.getlength(r[2]) + 24 > room:
            h *= 2
        y += h
    return tops, line


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout269's ``_render`` (heldout14's page and heldout269's rows), then this set's rows and marks."""
    page = h269._render(rows, font, style)
    x = style.get("h271")
    x9 = style.get("h269") or {}
    kinds = x9.get("kinds", {})
    if not x and not any(v["mode"] in ("g271", "g271h", "g271t", "g271c", "d271") for v in kinds.values()):
        return page
    x = x or {"marks": {}, "cards": [], "perfs": [], "stamps": []}
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    tops, line = _tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    dark = sum(paper_) < 300
    rule = h269._tint(soft, paper_, 0.7)
    # tints under text: a layer multiplied in (light pages only), so the text already drawn stays dark
    tint = Image.new("RGB", page.size, (255, 255, 255))
    tdraw = ImageDraw.Draw(tint)
    tinted = False
    for start, end, fill_ in x["cards"]:
        if fill_ and not dark:
            tdraw.rounded_rectangle(
                (MARGIN - 14, tops[start] - lift - 8, width - MARGIN + 14, tops[end] + line - lift + 8),
                radius=16,
                fill=(244, 245, 249),
            )
            tinted = True
    for i, r in enumerate(rows):
        k = kinds.get(r[0])
        if k and k["mode"] == "g271h" and not dark:
            c = x["marks"].get(str(i), [226, 230, 238])
            tdraw.rectangle((MARGIN, tops[i] - lift, width - MARGIN, tops[i] + line - lift), fill=tuple(c))
            tinted = True
    if tinted:
        page = ImageChops.multiply(page, tint)
    draw = ImageDraw.Draw(page)
    for start, end, _ in x["cards"]:
        draw.rounded_rectangle(
            (MARGIN - 14, tops[start] - lift - 8, width - MARGIN + 14, tops[end] + line - lift + 8),
            radius=16,
            outline=h269._tint(soft, paper_, 0.45),
            width=1,
        )
    for i, r in enumerate(rows):
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        k = kinds.get(r[0])
        if k and k["mode"] in ("g271", "g271h", "g271t", "g271c"):
            edges = sorted({c[0] for c in k["spec"]} | {c[1] for c in k["spec"]})
            for e in edges:
                xx = MARGIN + e * room
                draw.line((xx, top_y, xx, bot_y), fill=ink if e in (0.0, 1.0) else rule, width=1)
            after = kinds.get(rows[i + 1][0]) if i + 1 < len(rows) else None
            if k["mode"] != "g271c":
                draw.line(
                    (MARGIN, top_y, width - MARGIN, top_y),
                    fill=ink if k["mode"] == "g271h" else rule,
                    width=1,
                )
            if not (after and after["mode"] == "g271c"):
                draw.line((MARGIN, bot_y, width - MARGIN, bot_y), fill=rule, width=1)
            if k["mode"] == "g271t":
                draw.line((MARGIN, bot_y, width - MARGIN, bot_y), fill=ink, width=1)
                draw.line((MARGIN, bot_y + 3, width - MARGIN, bot_y + 3), fill=ink, width=1)
            continue
        if k and k["mode"] == "d271":
            scale = x9["scale"].get(r[0], 1.0)
            face = load_font(font, int(size * scale))
            vfont = bold_of(font) if 1 in k["bold"] else font
            vface = load_font(vfont, int(size * scale))
            lo0 = MARGIN + k["spec"][0][0] * room + 6
            x0 = lo0 + face.getlength(r[1]) + 8
            x1 = MARGIN + k["spec"][1][1] * room - 6 - vface.getlength(r[2]) - 8
            dot_y = y + int(size * scale * 0.78)
            xx = x0
            while xx < x1:
                draw.ellipse((xx, dot_y, xx + 1.6, dot_y + 1.6), fill=soft)
                xx += 7
            continue
        name = r[0]
        if name == "kan":
            face_name, scale, align = x["marks"][str(i)]
            face = load_font(face_name, int(size * scale))
            tw = draw.textlength(r[1], font=face)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw.text((tx, y - int(size * 0.25)), r[1], font=face, fill=ink)
        elif name == "klab":
            at, kvalue = x["marks"][str(i)]
            kface = load_font(KANNADA, int(size * 0.82))
            eface = load_font(font, int(size * 0.82))
            draw.text((MARGIN, y - 2), r[1], font=kface, fill=ink)
            if r[2]:
                draw.text((MARGIN + kface.getlength(r[1]), y + 2), f" / {r[2]}", font=eface, fill=soft)
            if kvalue:
                draw.text(
                    (MARGIN + at * room, y - int(size * 0.2)), r[3], font=load_font(KANNADA, size), fill=ink
                )
            else:
                draw.text((MARGIN + at * room, y), r[3], font=load_font(font, size), fill=ink)
            draw.line((MARGIN, bot_y, width - MARGIN, bot_y), fill=h269._tint(soft, paper_, 0.35), width=1)
        elif name == "fill":
            face = load_font(font, size)
            pen = load_font(x["pen"], int(size * 1.05))
            pen_ink = tuple(x["pen_ink"])
            draw.text((MARGIN, y), r[1], font=face, fill=ink)
            x0 = MARGIN + face.getlength(r[1]) + 8
            x1 = width - MARGIN - (face.getlength(r[3]) + 8 if r[3] else 0)
            base = y + int(size * 1.08)
            xx = x0
            while xx < x1:
                draw.ellipse((xx, base, xx + 1.4, base + 1.4), fill=soft)
                xx += 5
            draw.text((x0 + 10, y - int(size * 0.18)), r[2], font=pen, fill=pen_ink)
            if r[3]:
                draw.text((width - MARGIN - face.getlength(r[3]), y), r[3], font=face, fill=ink)
        elif name == "fill2":
            at = x["marks"][str(i)]
            face = load_font(font, int(size * 0.9))
            pen = load_font(x["pen"], size)
            pen_ink = tuple(x["pen_ink"])
            draw.text((MARGIN, y + 2), r[1], font=face, fill=ink)
            draw.text((MARGIN + face.getlength(r[1]) + 8, y - int(size * 0.12)), r[2], font=pen, fill=pen_ink)
            x0 = MARGIN + (at + 0.03) * room
            draw.text((x0, y + 2), r[3], font=face, fill=ink)
            d0 = x0 + face.getlength(r[3]) + 6
            base = y + int(size * 1.08)
            xx = d0
            while xx < width - MARGIN:
                draw.ellipse((xx, base, xx + 1.4, base + 1.4), fill=soft)
                xx += 5
            draw.text((d0 + 12, y - int(size * 0.12)), r[4], font=pen, fill=pen_ink)
        elif name == "hand":
            pen = load_font(x["pen"], int(size * 1.05))
            tw = draw.textlength(r[1], font=pen)
            tx = {"l": MARGIN, "r": width - MARGIN - tw, "c": (width - tw) / 2}[r[2]]
            draw.text((tx, y - int(size * 0.15)), r[1], font=pen, fill=tuple(x["pen_ink"]))
        elif name == "abox":
            by_hand, at = x["marks"][str(i)]
            face = load_font(font, size)
            vface = load_font(x["pen"] if by_hand else bold_of(font), int(size * 1.1))
            x0 = MARGIN + at * room
            draw.text((x0, y + 4), r[1], font=face, fill=ink)
            bx = x0 + face.getlength(r[1]) + 10
            bw = vface.getlength(r[2]) + 40
            draw.rectangle((bx, top_y, bx + bw, bot_y + line // 2), outline=ink, width=2)
            draw.text((bx + 20, y + 2), r[2], font=vface, fill=tuple(x["pen_ink"]) if by_hand else ink)
        elif name == "lab":
            face = load_font(font, int(size * 0.8))
            draw.text((MARGIN, y + int(size * 0.3)), r[1], font=face, fill=soft)
        elif name == "tt":
            face = load_font(x["tt"], int(size * x.get("tt_scale", 0.9)))
            draw.text((MARGIN, y), r[1], font=face, fill=ink)
        elif name == "vstep":
            state = r[3]
            cx, cy = MARGIN + 12, y + size * 0.55
            colour = {"done": GREEN, "todo": h269._tint(soft, paper_, 0.6)}.get(state, TONE.get(state, AMBER))
            nxt = i + 1 < len(rows) and rows[i + 1][0] == "vstep"
            if nxt:
                draw.line(
                    (cx, cy + 9, cx, tops[i + 1] + size * 0.55 - 9),
                    fill=colour if state == "done" else h269._tint(soft, paper_, 0.6),
                    width=3,
                )
            if state == "done":
                draw.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), fill=colour)
                draw.line((cx - 4, cy, cx - 1, cy + 4, cx + 5, cy - 4), fill=paper_, width=2)
            elif state == "todo":
                draw.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), outline=colour, width=2)
            else:
                draw.ellipse((cx - 10, cy - 10, cx + 10, cy + 10), outline=colour, width=3)
                draw.ellipse((cx - 4, cy - 4, cx + 4, cy + 4), fill=colour)
            face = load_font(font, size)
            small = load_font(font, int(size * 0.8))
            draw.text((MARGIN + 40, y), r[1], font=face, fill=ink if state != "todo" else soft)
            draw.text((width - MARGIN - small.getlength(r[2]), y + 3), r[2], font=small, fill=soft)
        elif name == "rev":
            ink_ = tuple(x["marks"][str(i)])
            bw, bh = 74, 88
            x0 = width - MARGIN - bw - 20
            y0 = y
            draw.rectangle(
                (x0, y0, x0 + bw, y0 + bh), fill=h269._tint(ink_, paper_, 0.25), outline=ink_, width=2
            )
            small = load_font("dejavu/DejaVuSans-Bold.ttf", 11)
            for n, text in enumerate(["REVENUE", "INDIA", "ONE", "RUPEE"]):
                tw = small.getlength(text)
                draw.text((x0 + (bw - tw) / 2, y0 + 8 + n * 19), text, font=small, fill=ink_)
            pen = load_font(x["pen"], int(size * 1.1))
            tw = pen.getlength(r[1])
            draw.text(
                (x0 + bw / 2 - tw / 2, y0 + bh / 2 - size * 0.4), r[1], font=pen, fill=tuple(x["pen_ink"])
            )
    for start, end, at in x["perfs"]:
        xx = MARGIN + at * room
        yy = tops[start] - lift + 2
        while yy < tops[end] + line - lift + 6:
            draw.line((xx, yy, xx, yy + 5), fill=soft, width=1)
            draw.ellipse((xx - 1.5, yy + 8, xx + 1.5, yy + 11), fill=soft)
            yy += 14
    for s in x["stamps"]:
        page = _rstamp(page, font, s, tops[s["row"]])
    return page


def _rstamp(page: Image.Image, font: str, s: dict, y0: int) -> Image.Image:
    """A rectangular rubber stamp: a double border, its lines centred (the middle one larger), tilted."""
    bold = bold_of(font)
    faces = [load_font(bold, 17 if n != 1 else 22) for n in range(len(s["lines"]))]
    w = int(max(f.getlength(t) for f, t in zip(faces, s["lines"])) + 36)
    h = 16 + sum(int(f.size * 1.35) for f in faces) + 10
    layer = Image.new("RGBA", (w + 8, h + 8), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    ink = tuple(s["ink"])
    draw.rectangle((3, 3, w + 4, h + 4), outline=ink, width=3)
    draw.rectangle((8, 8, w - 1, h - 1), outline=ink, width=1)
    y = 14
    for f, text in zip(faces, s["lines"]):
        draw.text(((w + 8 - f.getlength(text)) / 2, y), text, font=f, fill=ink)
        y += int(f.size * 1.35)
    layer = layer.rotate(s["angle"], resample=Image.BICUBIC, expand=True)
    out = page.convert("RGBA")
    x0 = int(out.width * s["at"] - layer.width / 2)
    x0 = max(4, min(x0, out.width - layer.width - 4))
    out.alpha_composite(layer, (x0, max(0, min(y0 - 10, out.height - layer.height))))
    return out.convert("RGB")


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's), each page's rows drawn by ``_render`` while it is
    drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for them."""
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
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    for face in [KANNADA, KANNADA_BOLD, KANNADA_SERIF, KANNADA_SERIF_BOLD, *PENS, *TYPES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout271 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, web shop, Kendra


GPAY_BLUE, CRED_INK, SUPER_YELLOW = (26, 115, 232), (10, 10, 12), (255, 214, 0)
IMOBILE, WA_GREEN, MOBIKWIK = (178, 62, 30), (0, 128, 105), (0, 82, 204)
PAYEES = [SHOP_CAPS, SHOP, CUT, "KASUTI MANE HUBBALLI"]
VPAS = [
    "kasutimane@okaxis",
    "kasutimane.hbl@oksbi",
    "Q482915730@ybl",
    "kasutikannadi@cnrb",
    "kasutimane@kbl",
]
BUYERS = [
    ("Shruti Deshpande", "shruti.d@okhdfcbank", "HDFC Bank"),
    ("Vinayak Kulkarni", "vinayakk@oksbi", "State Bank of India"),
    ("Ananya Hegde", "ananya.h@ybl", "Canara Bank"),
    ("Rohit Patil", "rohitpatil@axl", "Karnataka Bank"),
    ("Meghana Joshi", "meghana.j@ibl", "ICICI Bank"),
    ("Farhan Mulla", "farhanm@okicici", "Axis Bank"),
    ("Kavya Angadi", "kavya.a@paytm", "Union Bank of India"),
    ("Pradeep Hiremath", "pradeeph@kotak", "Kotak Mahindra Bank"),
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Hubballi shop or the Kendra: Google Pay's receipt (To <payee> on top, the sum large,
    Completed and the day, a card of UPI transaction ID, To, From, Google transaction ID); CRED's dark summary
    in lower case (payment successful, "paid to", no reference); super.money's payment processing with its
    steps top to bottom; MobiKwik's failed payment (Txn ID, UPI RRN, the reason; no day); iMobile Pay's
    receipt (a table ruled on every side: Transaction Status, Paid To, Payee VPA, Amount, Bank Reference No.,
    Transaction ID, Transaction Date & Time, Remarks); Instamojo's e-mail for a Kendra workshop (dot leaders:
    Payment ID, Paid to, Purpose, Amount, Payment method, UPI Ref, Date); PayU's transaction receipt for the
    web shop (a ruled table: Merchant Name, Transaction Status, Amount, PayU ID, Merchant Txn ID, Bank Ref
    No., Payment Mode, Transaction Date); WhatsApp's payment details (each label small over its value). All
    new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=350, high=24000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    hour = hhmm(rng, lower=rng.random() < 0.5)
    day = when(j.date, rng.choice(["{d} %b %Y", "%d %b %Y", "%d/%m/%Y", "{d} %B %Y"]))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, [""], buttons=rng.choice([("Share screenshot",), ()]))
        p.part = "head"
        shown = pick(p, "center", [f"To {to}", f"To {SHOP_CAPS}"])[3:]
        p.add("center", f"To {shown}", merchant=shown)
        p.add("small", vpa, method="UPI")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        tick = sign(font, "\u2713", "")
        p.add("center", f"{tick} Completed".strip(), status=status)
        p.accent(GREEN)
        p.add("small", f"{day}, {hour}", date=j.date)
        p.add("gap")
        c = card_open(p)
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, f"To: {shown}")
        p.add("left", f"Google Pay {dot} {vpa}")
        lab(p, f"From: {who.upper()} ({bank})")
        p.add("left", f"{bank} {dot * 4} {digits(rng, 4)}")
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        lab(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        card_close(p, c)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Having issues? Get help")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, [""], dark=True, buttons=())
        p.part = "head"
        p.add("small", "CRED")
        p.part = "body"
        p.add("gap")
        p.add("center", "payment successful", status=status)
        p.accent(GREEN)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "paid to")
        name = pick(p, "title", [to, SHOP])
        p.add("title", name, merchant=name)
        p.add("small", vpa.lower())
        p.add("gap")
        mid = sign(font, "\u00b7", "|")
        p.add("small", f"{when(j.date, '{d} %b %Y').lower()} {mid} {hour.lower()}", date=j.date)
        p.add("small", f"via CRED UPI {mid} {bank.lower()} {dot * 2}{digits(rng, 4)}", method="UPI")
        p.part = "foot"
        p.add("gap")
        p.add("center", "view details")
        p.add("small", "you earned 120 CRED coins")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "payment status"], dark=False, buttons=("Done",))
        band(p, SUPER_YELLOW, (20, 20, 20))
        bar_title(p, "super.money", "by Flipkart")
        p.add("center", "payment processing", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paying {to}", f"paying {SHOP}"])[7:]
        p.add("center", f"paying {name}", merchant=name)
        p.add("small", vpa)
        p.add("gap")
        step(p, "payment started", hour.lower(), "done")
        step(p, "money debited from your bank", "", "done")
        step(p, f"waiting for {rng.choice(['the merchant', 'the payee'])}'s bank", "", "pending")
        step(p, "payment complete", "", "todo")
        p.add("gap")
        p.add("small", "this usually takes a few minutes. please do not pay again.")
        p.add("rule")
        p.pair("UPI ref ID", j.ref, txn=(UTR_RANK, j.ref))
        sid = f"SM{j.date:%y%m%d}{digits(rng, 10)}"
        p.pair("super.money ID", sid, txn=(TXN_RANK, sid))
        p.pair("paid via", f"UPI {dot} {SHORT_BANK[bank]}", method="UPI")
        p.pair("started on", f"{when(j.date, '%d %b %Y')}, {hour.lower()}", date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction Details"], buttons=("Retry",))
        band(p, MOBIKWIK)
        bar_title(p, "MobiKwik")
        cross = sign(font, "\u2717", "")
        p.add("center", f"{cross} Payment Failed".strip(), status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        p.add("small", "Reason")
        p.add(
            "left", rng.choice(["Transaction declined by your bank (U30)", "Debit failed at your bank (U69)"])
        )
        p.add("rule")
        mid = f"MBK{digits(rng, 14)}"
        p.pair("Txn ID", mid, txn=(TXN_RANK, mid))
        p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Paid using", "UPI", method="UPI")
        p.add("small", "Any money debited will be refunded to your bank account in 48 hours.")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction Receipt"])
        band(p, IMOBILE)
        bar_title(p, "iMobile Pay", "by ICICI Bank")
        name = pick(p, "left", [to, SHOP])
        iid = f"ICI{digits(rng, 9)}"
        rows = [
            (["Transaction Status", "Success"], {"status": status}),
            (["Paid To", name], {"merchant": name}),
            (["Payee VPA", vpa], {"method": "UPI"}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Bank Reference No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["Transaction ID", iid], {"txn": (TXN_RANK, iid)}),
            (
                ["Transaction Date & Time", stamp_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))],
                {"date": j.date},
            ),
            (["Remarks", rng.choice(["Kasuti dupatta", "saree", "stoles x4", "gift order"])], {}),
        ]
        grid(
            p,
            "im",
            [(0.0, 0.46, "l"), (0.46, 1.0, "l")],
            ["Transaction Details", ""],
            rows,
            tint=(250, 232, 220),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Thank you for banking with ICICI Bank.")
        return p.done()
    if k == 5:
        p = mail_page(
            rng,
            font,
            "Instamojo <receipts@instamojo.com>",
            ["Payment successful - Kasuti weekend workshop", f"Your payment to {KENDRA}"],
        )
        p.part = "head"
        top(p, "instamojo")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {who.split()[0]},")
        p.add("left", f"Your payment to {KENDRA} was successful. Here are the details.", status=status)
        seats = rng.choice([1, 2, 3])
        j.amount = float(seats * rng.choice([1200, 1500, 1800]))
        pid = f"MOJO{j.date:%m%d}{code(rng, 4, ALNUM)}{digits(rng, 8)}"
        dots(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        dots(p, "Paid to", KENDRA, merchant=KENDRA)
        dots(p, "Purpose", f"Kasuti weekend workshop, {seats} seat{'s' if seats > 1 else ''}")
        dots(p, "Amount", rs(j.amount), bold=True, amount=j.amount)
        dots(p, "Payment method", "UPI", method="UPI")
        dots(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        dots(p, "Date", stamp_hour(rng, j.date, ["%d %b %Y", "%b {d}, %Y"], (", ",)), date=j.date)
        p.add("gap")
        p.add("left", "The workshop is held at the Kendra, Saptapur, Dharwad. Please carry this e-mail.")
        p.part = "foot"
        p.add("small", "Instamojo Technologies Pvt Ltd collects this payment on behalf of the seller.")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, f"secure.payu.in/response/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "PayU")
        p.add("small", "Transaction Receipt")
        p.add("rule")
        p.part = "body"
        name = rng.choice([SHOP, SHOP_CAPS])
        way = rng.choice(["UPI", "UPI", "card"])
        payu = digits(rng, 11)
        order = f"KM{j.date:%y%m}{rng.randrange(1000, 9999)}"
        rows = [
            (["Merchant Name", name], {"merchant": name}),
            (["Transaction Status", "Success"], {"status": status}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["PayU ID", payu], {"txn": (TXN_RANK, payu)}),
            (["Merchant Txn ID", order], {"txn": (ORDER_RANK, order)}),
        ]
        if way == "UPI":
            rows.append((["Bank Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}))
            rows.append((["Payment Mode", f"UPI ({their})"], {"method": "UPI"}))
        else:
            bref = digits(rng, 12)
            rows.append((["Bank Ref No.", bref], {"txn": (BANK_RANK, bref)}))
            rows.append((["Payment Mode", f"Credit Card - Visa {masked(rng, font)}"], {"method": "card"}))
        rows.append(
            (
                ["Transaction Date", stamp_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))],
                {"date": j.date},
            )
        )
        grid(p, "pu", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], ["Field", "Value"], rows, tint=(214, 240, 226))
        p.add("gap")
        p.add("small", f"Order for kasutimane.in by {who}. Keep the PayU ID for any query.")
        p.part = "foot"
        p.add("small", "PayU Payments Pvt Ltd  |  Payments for the merchant")
        return p.done()
    p = phone(rng, font, k, ["Payment details", ""], buttons=())
    band(p, WA_GREEN)
    bar_title(p, "WhatsApp", "Payments")
    p.add("big", rs(j.amount), amount=j.amount)
    tick = sign(font, "\u2713", "")
    p.add("center", f"{tick} Completed".strip(), status=status)
    p.accent(GREEN)
    p.add("gap")
    name = pick(p, "left", [to, SHOP])
    for label, value, facts in [
        ("To", name, {"merchant": name}),
        ("UPI ID", vpa, {"method": "UPI"}),
        ("From", f"{who} ({bank} {dot * 2}{digits(rng, 4)})", {}),
        ("Date", f"{when(j.date, '{d} %B %Y')}, {hour}", {"date": j.date}),
        ("UPI transaction ID", j.ref, {"txn": (UTR_RANK, j.ref)}),
    ]:
        lab(p, label)
        p.add("left", value, **facts)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Payments on WhatsApp are processed through UPI by your bank.")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("University of Agricultural Sciences, Dharwad", "Krishinagar, Dharwad - 580005", "gem"),
    ("Nilamber Systems Pvt Ltd", "Whitefield, Bengaluru - 560066", "ariba"),
    ("Amazon Seller Services Pvt Ltd", "Bengaluru", "amazon"),
    ("Karnataka State Rural Livelihood Promotion Society", "Dharwad", "khajane"),
    ("Neeli Boutique LLP", "Indiranagar, Bengaluru - 560038", "fednet"),
    ("Lumenfield Technologies India Pvt Ltd", "Manyata Tech Park, Bengaluru - 560045", "tipalti"),
    (
        "Karnataka State Handicrafts Development Corporation Ltd",
        "Cauvery Bhavan, Bengaluru - 560009",
        "cauvery",
    ),
    ("Rangoli Threads", "Panaji, Goa - 403001", "mail"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Dharwad university, a Bengaluru IT company's corporate gifts, Amazon's seller payout, the state's
    rural livelihood mission, a Bengaluru boutique, a Bengaluru tech company's supplier platform, the state's
    handicrafts corporation (Cauvery) and a Goa shop paying the company: GeM's payment status (a table ruled
    on every side: Contract No., Buyer Organisation, Seller, Invoice No., Bill Amount, Deductions, Net Amount
    Paid, Payment Mode, UTR No., Payment Date, Payment Status); SAP Business Network's remittance advice
    (Payment Number, Payment Date, Payment Method, Payment Reference (UTR), a ruled invoice table with its
    Total Remittance Amount); Amazon Seller Central's disbursement initiated (dot leaders); Khajane-II's
    beneficiary payment status under its Kannada heading (a ruled table); FedNet's payment advice ("Field :
    Value" columns); Tipalti's returned payment (no day); Cauvery's letter with a ruled table of bills less
    TDS (the day in its sentence, the letter's later day on top); a shop owner's personal e-mail (no
    reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=18000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
    pbank = rng.choice(["State Bank of India", "Canara Bank", "HDFC Bank", "ICICI Bank", "Axis Bank"])
    way = rng.choice(["NEFT", "NEFT", "RTGS"]) if j.amount > 200000 else "NEFT"
    utr = utr_of(rng, j, pbank, way)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    inv = f"KKM/{fy(j.date)}/{rng.randrange(40, 900):04d}"
    if frame == "gem":
        p = browser_page(rng, font, "mkp.gem.gov.in/seller/payments/status")
        p.part = "head"
        top(p, "GeM")
        p.add("small", "Government e-Marketplace  |  Seller dashboard - Payment status")
        p.add("rule")
        p.part = "body"
        contract = f"GEMC-5116877{digits(rng, 8)}"
        gross = round(j.amount / 0.97, 2)
        ded = round(gross - j.amount, 2)
        rows = [
            (["Contract No.", contract], {"txn": (ORDER_RANK, contract)}),
            (["Buyer Organisation", payer], {}),
            (["Seller", payee], {"merchant": payee}),
            (["Invoice No.", inv], {}),
            (["Bill Amount", num(gross)], {}),
            (["Deductions (TDS 1%, GST TDS 2%)", num(ded)], {}),
            (["Net Amount Paid", num(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "PFMS e-Payment to seller's bank"], {"method": "netbanking"}),
            (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
            (["Payment Date", when_in(j, ["%d-%m-%Y", "%d/%m/%Y"], rng)], {"date": j.date}),
            (["Payment Status", "Payment Made"], {"status": status}),
        ]
        grid(
            p, "gm", [(0.0, 0.44, "l"), (0.44, 1.0, "l")], ["Payment details", ""], rows, tint=(255, 236, 214)
        )
        p.add("gap")
        p.add("small", "Convocation stoles, Kasuti border - 850 nos. Amounts in INR.")
        return p.done()
    if frame == "ariba":
        p = mail_page(
            rng,
            font,
            "SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
            [f"Remittance Advice from {payer}"],
        )
        p.part = "head"
        top(p, "Remittance Advice")
        p.add("small", f"From: {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", f"To: {payee}", merchant=payee)
        p.add("left", "Saptapur, Dharwad - 580001")
        p.add("left", "We have made the payment below to your bank account.", status=status)
        pno = f"PAY-{j.date:%y}{digits(rng, 6)}"
        p.pair("Payment Number", pno, txn=(INVOICE_RANK, pno))
        p.pair("Payment Date", when_in(j, ["{d} %b %Y", "%d %b %Y"], rng), date=j.date)
        p.pair("Payment Method", f"Electronic Funds Transfer ({way})", method="netbanking")
        p.pair("Payment Reference (UTR)", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        n = rng.randrange(1, 4)
        parts = [round(j.amount / n, 2) for _ in range(n - 1)]
        parts.append(round(j.amount - sum(parts), 2))
        rows = []
        for v in parts:
            disc = round(v * 0.02, 2)
            rows.append(
                (
                    [
                        f"KKM/{fy(j.date)}/{rng.randrange(40, 900):04d}",
                        when(earlier(rng, j, 15, 50), "%d %b %Y"),
                        num(v + disc),
                        num(disc),
                        num(v),
                    ],
                    {},
                )
            )
        grid(
            p,
            "ar",
            [(0.0, 0.28, "l"), (0.28, 0.48, "l"), (0.48, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
            ["Invoice #", "Invoice Date", "Gross", "Discount", "Net"],
            rows,
            foot=(["Total Remittance Amount (INR)", num(j.amount)], {"amount": j.amount}),
            tint=(222, 234, 246),
        )
        p.add("gap")
        p.add(
            "small",
            "Corporate gifts: Kasuti stoles and laptop sleeves for the annual day. "
            "This advice is sent through SAP Business Network.",
        )
        return p.done()
    if frame == "amazon":
        p = mail_page(
            rng,
            font,
            "Amazon Seller Central <seller-notification@amazon.in>",
            ["Your Amazon.in disbursement has been initiated"],
        )
        p.part = "head"
        top(p, "amazon seller central")
        p.add("rule")
        p.part = "body"
        store = rng.choice([SHOP, SHOP_CAPS])
        p.add("left", f"Store: {store} (Amazon Karigar)", merchant=store)
        p.add(
            "left",
            f"We have initiated a transfer of {rs(j.amount)} to your bank account ending {digits(rng, 4)}. "
            "It should reach your account in 3 to 5 business days.",
            amount=j.amount,
            status=status,
            method="netbanking",
        )
        start = j.date - dt.timedelta(days=rng.randrange(14, 16))
        sid = digits(rng, 11)
        dots(
            p,
            "Settlement period",
            f"{when(start, '%d %b %Y')} - {when(j.date - dt.timedelta(days=1), '%d %b %Y')}",
        )
        dots(p, "Settlement ID", sid, txn=(TXN_RANK, sid))
        dots(p, "Disbursement initiated on", when_in(j, ["%d %b %Y", "{d} %B %Y"], rng), date=j.date)
        dots(p, "Amount", rs(j.amount), bold=True)
        dots(p, "Bank account", f"Canara Bank ****{digits(rng, 4)}")
        p.part = "foot"
        p.add("small", "Amazon Seller Services Pvt Ltd. Visit Payments > Statement view for the details.")
        return p.done()
    if frame == "khajane":
        utr = f"RBISN{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 8)}"
        p = browser_page(rng, font, "k2.karnataka.gov.in/k2/beneficiary/paymentstatus")
        p.part = "head"
        kan(p, "ಖಜಾನೆ-2  ಕರ್ನಾಟಕ ಸರ್ಕಾರ", scale=1.1, bold=True)
        top(p, pick(p, "title", ["Khajane-II, Government of Karnataka", "Khajane-II"]))
        p.add("small", "Integrated Financial Management System  |  Beneficiary payment status")
        p.add("rule")
        p.part = "body"
        bill = f"{digits(rng, 4)}/{fy(j.date)}/{rng.randrange(100, 999)}"
        rows = [
            (["DDO Code", f"0{digits(rng, 3)}{digits(rng, 3)}"], {}),
            (["DDO", "District Mission Manager, Sanjeevini - KSRLPS, Dharwad"], {}),
            (["Bill No.", bill], {"txn": (INVOICE_RANK, bill)}),
            (["Beneficiary Name", payee], {"merchant": payee}),
            (["Bank Account", f"Canara Bank {acct(rng)}"], {}),
            (["Net Amount (Rs.)", num(j.amount)], {"amount": j.amount}),
            (["Payment Status", "Credited to beneficiary"], {"status": status}),
            (["UTR Number", utr], {"txn": (UTR_RANK, utr), "method": "netbanking"}),
            (["Payment Date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng)], {"date": j.date}),
            (["Purpose", "Kasuti training for SHG members, NRLM"], {}),
        ]
        grid(p, "k2", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], None, rows)
        p.add("gap")
        p.add("small", "Payments are made through e-payment to the beneficiary's bank account.")
        return p.done()
    if frame == "fednet":
        utr = utr_of(rng, j, "Federal Bank", way)
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, "Federal Bank")
        p.add("small", "FedNet Corporate  |  Beneficiary payment advice")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Remitter: {payer}, {town}")
        p.add("gap")
        tref = f"FNC{j.date:%y%m%d}{digits(rng, 6)}"
        spec = [(0.0, 0.34, "l"), (0.34, 0.38, "l"), (0.38, 1.0, "l")]
        for label, value, facts in [
            ("Transaction Reference", tref, {"txn": (BANK_RANK, tref)}),
            ("Beneficiary Name", payee, {"merchant": payee}),
            ("Beneficiary Account", acct(rng), {}),
            ("Beneficiary IFSC", f"CNRB0{digits(rng, 6)}", {}),
            ("Amount (INR)", num(j.amount), {"amount": j.amount}),
            ("Transfer Type", way, {"method": "netbanking"}),
            ("UTR Number", utr, {"txn": (UTR_RANK, utr)}),
            ("Value Date", when_in(j, ["%d-%m-%Y", "%d/%m/%Y"], rng), {"date": j.date}),
            ("Remarks", f"INV {inv}", {}),
            ("Status", "Processed", {"status": status}),
        ]:
            colkv(p, "fa", spec, label, ":", value, **facts)
        p.add("gap")
        p.add("left", f"Amount in words: {words_in_rupees(j.amount)}")
        p.part = "foot"
        p.add("small", "This is a computer generated advice and needs no signature.")
        return p.done()
    if frame == "tipalti":
        p = mail_page(
            rng,
            font,
            "Tipalti <notifications@tipalti.com>",
            ["Action required: your payment could not be completed"],
        )
        p.part = "head"
        top(p, "tipalti")
        p.add("small", f"Supplier Hub  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Hello,")
        p.add(
            "left",
            f"Your payment from {payer} was returned by your bank and could not be completed.",
            status=status,
        )
        pid = f"{digits(rng, 4)}-{code(rng, 6, ALNUM)}"
        dots(p, "Payee", payee, at=0.3, merchant=payee)
        dots(p, "Payment ID", pid, at=0.3, txn=(TXN_RANK, pid))
        dots(p, "Amount", rs(j.amount), at=0.3, bold=True, amount=j.amount)
        dots(p, "Payment method", "Bank transfer (India - NEFT)", at=0.3, method="netbanking")
        dots(p, "Reason", "Name does not match the account", at=0.3)
        p.add("gap")
        p.add(
            "left",
            "Please sign in to the Supplier Hub and check your bank details. We will pay again "
            "once they are confirmed.",
        )
        p.part = "foot"
        p.add("small", "Tipalti Inc. sends this e-mail on behalf of the payer.")
        return p.done()
    if frame == "cauvery":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, pick(p, "title", [payer, "Karnataka State Handicrafts Dev. Corpn. Ltd"]))
        p.add("small", f"Cauvery Handicrafts  |  {town}  |  (A Government of Karnataka Undertaking)")
        p.add("rule")
        p.part = "body"
        no = f"KSHDC/ACC/PUR/{fy(j.date)}/{rng.randrange(100, 999)}"
        later = when(j.date + dt.timedelta(days=rng.randrange(1, 6)), rng.choice(["%d.%m.%Y", "%d/%m/%Y"]))
        cols(
            p,
            "no",
            [(0.0, 0.66, "l"), (0.66, 1.0, "r")],
            f"No. {no}",
            f"Date: {later}",
            txn=(INVOICE_RANK, no),
        )
        p.add("left", "To,")
        p.add("left", "The Chief Executive Officer,")
        p.add("left", payee, merchant=payee)
        p.add("left", "Saptapur, Dharwad - 580001")
        p.add("left", "Sub: Payment against your bills - Kasuti and Lambani articles for Cauvery, Hubballi")
        bills = rng.randrange(2, 4)
        rows = []
        net_all = 0.0
        for n in range(bills):
            gross = float(rng.randrange(8000, 60000, 10))
            tds = round(gross * 0.01, 2)
            net_all += gross - tds
            rows.append(
                (
                    [
                        f"KKM/{fy(j.date)}/{rng.randrange(40, 900):04d}",
                        when(earlier(rng, j, 20, 70), "%d.%m.%Y"),
                        num(gross),
                        num(tds),
                        num(gross - tds),
                    ],
                    {},
                )
            )
        j.amount = round(net_all, 2)
        p.add(
            "left",
            f"We have credited the net amount of {rs(j.amount)} to your account through {way} vide UTR {utr} "
            f"on {when_in(j, ['%d.%m.%Y', '{d} %B %Y'], rng)} against the bills below.",
            amount=j.amount,
            method="netbanking",
            txn=(UTR_RANK, utr),
            date=j.date,
            status=status,
        )
        grid(
            p,
            "cv",
            [(0.0, 0.3, "l"), (0.3, 0.48, "l"), (0.48, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
            ["Bill No.", "Bill Date", "Amount", "TDS 1%", "Net"],
            rows,
            foot=(["Total", num(j.amount)], {}),
            tint=(236, 230, 214),
        )
        p.add("gap")
        right(p, "Yours faithfully,")
        right(p, "Deputy Manager (Accounts)")
        return p.done()
    p = mail_page(
        rng,
        font,
        "Meera Rao <meera@rangolithreads.in>",
        ["Payment for Kasuti dupattas", "Re: your bill - paid"],
    )
    p.part = "body"
    p.add("left", rng.choice(["Dear Shobha akka,", "Hi Shobha,"]))
    j.amount = float(rng.randrange(8000, 60000, 100))
    name = rng.choice([SHORT, COMPANY])
    p.add(
        "left",
        f"I have transferred {rs(j.amount)} by NEFT on {when_in(j, ['{d} %B %Y', '%d/%m/%Y'], rng)} "
        f"to the account of {name} (Canara Bank, Saptapur) for the 40 Kasuti dupattas of your bill "
        f"no. {rng.randrange(100, 200)}.",
        amount=j.amount,
        method="netbanking",
        date=j.date,
        merchant=name,
        status=status,
    )
    p.add(
        "left",
        "The colours came out beautifully - the customers here loved the gopura border. "
        "Please send the next lot with the mirror-work cushion covers as discussed.",
    )
    p.add("gap")
    p.add("left", "Warm regards,")
    p.add("left", "Meera Rao")
    p.add("left", "Rangoli Threads, 18 Rua de Ourem, Panaji")
    return p.done()


# ---------------------------------------------------------------- 3. export orders


# remitter, town, currency, sum (low, high), the frame
IMPORTERS = [
    ("Hearth & Loom Co.", "Asheville, NC, United States", "USD", 1500, 9000, "wise"),
    ("Atelier Nordstern GmbH", "Hamburg, Germany", "EUR", 1200, 8000, "mt103"),
    ("Maple & Madder Textiles Inc.", "Vancouver, BC, Canada", "CAD", 1500, 9000, "ebrc"),
    ("Bramble House Interiors Ltd", "Cheltenham, United Kingdom", "GBP", 900, 6000, "skydo"),
    ("Lin & Lera AB", "Uppsala, Sweden", "SEK", 12000, 80000, "handelsbanken"),
    ("Nordlicht Wohnen GmbH", "Freiburg, Germany", "EUR", 900, 6000, "sparkasse"),
    ("Kowloon Craft Collective Ltd", "Kowloon, Hong Kong", "HKD", 8000, 60000, "hsbc"),
    ("Komorebi Zakka K.K.", "Osaka, Japan", "JPY", 150000, 900000, "mufg"),
]
FX = {"USD": 88.2, "EUR": 97.4, "CAD": 63.8, "GBP": 114.3, "SEK": 8.9, "HKD": 11.3, "JPY": 0.59}


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum as the page prints it: US and Canadian dollars, pounds and Hong Kong dollars with a code
    or sign before and English grouping; euros the German way (2.380,00 EUR); Swedish kronor the Swedish way
    (38 450,00 kr); yen whole."""
    if cur == "EUR":
        form = rng.choice(["{v} EUR", "{v} " + sign(font, "\u20ac", "EUR"), "EUR {v}"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", "."))
    if cur == "SEK":
        form = rng.choice(["{v} kr", "SEK {v}", "{v} SEK"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", " ").replace(".", ","))
    if cur == "JPY":
        mark = rng.choice([sign(font, "\u00a5", "JPY "), "JPY "])
        return lambda v: f"{mark}{v:,.0f}"
    mark = rng.choice(
        {
            "USD": ["USD ", "US$", "$"],
            "CAD": ["CAD ", "CA$", "C$"],
            "GBP": [sign(font, "\u00a3", "GBP "), "GBP "],
            "HKD": ["HKD ", "HK$"],
        }[cur]
    )
    return lambda v: f"{mark}{v:,.2f}"


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An Asheville, a Hamburg, a Vancouver, a Cheltenham, an Uppsala, a Freiburg, a Kowloon and an Osaka shop
    paying for Kasuti and Lambani work: Wise Business's page of US dollars received (the sum large, its steps
    top to bottom, dot leaders: Account holder, From, Sent via, Reference, Transaction ID, Received on);
    Canara Bank's print of the inward SWIFT MT103 in a fixed-width face (:20:, :32A: with the value day,
    currency and sum with a decimal comma, :50K:, :59: with the beneficiary across two lines, :70:, :71A:);
    DGFT's e-BRC in Canadian dollars (a ruled table); Skydo's page of pounds settled (the sum large, its
    steps, dot leaders); Handelsbanken's receipt with the payment as one row of a ruled table under Swedish
    and English heads (Datum / Date as an ISO day, Mottagare / Beneficiary, Belopp / Amount the Swedish way,
    Valuta / Currency, Referens / Reference); a Sparkasse's mailbox letter in German of a rejected foreign
    transfer, the sum the German way in its sentence, an English gist under it (no reference); HSBC HK's app
    with a telegraphic transfer pending (its steps, labels at the left and values at the right; no day); MUFG
    Bank's remittance receipt in yen (a ruled table of two fields to a row). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6)
    payer, city, cur, lo, hi, frame = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = foreign(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    inr = round(j.amount * rate, 2)
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    bank = rng.choice(["Canara Bank", "State Bank of India", "Karnataka Bank"])
    inv = f"KKM/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    if frame == "wise":
        p = browser_page(rng, font, f"wise.com/balances/activities/{digits(rng, 10)}")
        p.part = "head"
        top(p, "wise")
        p.add("small", "Business account  |  USD balance")
        p.add("rule")
        p.part = "body"
        p.add("big", f"+ {show(j.amount)}", amount=j.amount, cur=cur)
        p.add("center", f"{payer} sent you money")
        p.add("center", "Completed", status=status)
        p.accent(GREEN)
        p.add("gap")
        step(p, f"{payer} sent the money", "", "done")
        step(p, "The money arrived in your USD balance", hhmm(rng), "done")
        p.add("gap")
        name = pick(p, "left", [me, SHORT])
        tid = f"TRANSFER-{digits(rng, 10)}"
        p.add("gap")
        dots(p, "Account holder", name, at=0.36, merchant=name)
        dots(p, "From", f"{payer}, {city.split(',')[0]}", at=0.36)
        dots(p, "Sent via", "ACH bank transfer (US)", at=0.36, method="netbanking")
        dots(p, "Reference", f"INV {inv}", at=0.36)
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Received on", when_in(j, ["{d} %B %Y", "%B {d}, %Y"], rng), at=0.36, date=j.date)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Wise Payments Ltd. Convert the balance to INR from Balances > USD.")
        return p.done()
    if frame == "mt103":
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, "Canara Bank")
        p.add("small", "International Banking Division  |  Forex Branch, Hubballi")
        p.add("center", "SWIFT MT103 - INWARD MESSAGE (CUSTOMER COPY)")
        p.add("rule")
        p.part = "body"
        ref20 = f"CBK{j.date:%y%m%d}{digits(rng, 5)}"
        amt = f"{j.amount:.2f}".replace(".", ",")
        name = COMPANY_CAPS
        first, second = "KASUTI KANNADI KUSHALAKARMI MAHILA", "PRODUCER COMPANY LTD"
        tt(p, "Sender   : COBADEFFXXX COMMERZBANK AG HAMBURG")
        tt(p, "Receiver : CNRBINBBFEX CANARA BANK FOREX HUBBALLI")
        tt(p, "-" * min(tt_cols(p), 52))
        tt(p, f":20: {ref20}", txn=(BANK_RANK, ref20))
        tt(p, ":23B:CRED")
        tt(p, f":32A:{j.date:%y%m%d}EUR{amt}", amount=j.amount, cur=cur, date=j.date)
        tt(p, f":33B:EUR{amt}")
        tt(p, f":50K:/DE{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}")
        tt(p, "     ATELIER NORDSTERN GMBH")
        tt(p, "     ELBCHAUSSEE 112 HAMBURG")
        tt(p, ":57A:CNRBINBBFEX")
        tt(p, f":59: /{digits(rng, 13)}")
        tt(p, f"     {first}", merchant=name)
        tt(p, f"     {second}")
        tt(p, f":70: INV {inv}", method="netbanking")
        tt(p, ":71A:SHA")
        tt(p, "-" * min(tt_cols(p), 52))
        p.add("left", "Credited to the beneficiary's account.", status=status)
        right(p, "Authorised Signatory")
        return p.done()
    if frame == "ebrc":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, pick(p, "title", ["Directorate General of Foreign Trade", "DGFT"]))
        p.add("small", "Ministry of Commerce and Industry, Government of India")
        p.add("center", "e-BRC (Electronic Bank Realisation Certificate)")
        p.add("rule")
        p.part = "body"
        ebrc = f"{IFSC[bank]}{digits(rng, 7)}{j.date:%Y}{digits(rng, 6)}"
        bref = f"{IFSC[bank]}FX{j.date:%y}{digits(rng, 8)}"
        rows = [
            (["e-BRC No.", ebrc], {"txn": (INVOICE_RANK, ebrc)}),
            (["IEC", code(rng, 10, ALNUM)], {}),
            (["Exporter name", me], {"merchant": me}),
            (["Bank / AD code", f"{bank}, Hubballi / {digits(rng, 7)}"], {}),
            (["Shipping bill No.", f"{digits(rng, 7)} / {inv}"], {}),
            (["Realised value (FCY)", show(j.amount)], {"amount": j.amount, "cur": cur}),
            (["Currency", cur], {}),
            (["Date of realisation", when_in(j, ["%d-%m-%Y", "%d/%m/%Y"], rng)], {"date": j.date}),
            (["Realised value (INR)", num(inr)], {}),
            (["Bank realisation No.", bref], {"txn": (BANK_RANK, bref), "method": "netbanking"}),
            (["Remitter", f"{payer}, {city.split(',')[0]}"], {}),
            (["Status", "Realised"], {"status": status}),
        ]
        grid(p, "eb", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["Field", "Details"], rows, tint=(228, 236, 228))
        p.add("gap")
        p.add("small", "Generated on the DGFT platform from the data uploaded by the AD bank.")
        return p.done()
    if frame == "skydo":
        p = browser_page(rng, font, f"app.skydo.com/payments/{code(rng, 12, LOWER)}")
        p.part = "head"
        top(p, "skydo")
        p.add("rule")
        p.part = "body"
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("center", f"from {payer}")
        p.add("center", "Settled to your bank account", status=status)
        p.accent(GREEN)
        p.add("gap")
        step(p, "Received in your GBP account", "", "done")
        step(p, f"Converted at 1 GBP = {rate:.4f} INR", "", "done")
        step(p, f"Credited to {bank} {acct(rng)}", "", "done")
        p.add("gap")
        pid = f"SKY{j.date:%y%m}{code(rng, 8, ALNUM)}"
        name = pick(p, "left", [me, SHORT])
        dots(p, "Beneficiary", name, at=0.34, merchant=name)
        dots(p, "Payment ID", pid, at=0.34, txn=(TXN_RANK, pid))
        dots(p, "Invoice", inv, at=0.34)
        dots(p, "Credited (INR)", f"INR {num(inr - 1499)}", at=0.34, method="netbanking")
        dots(p, "Skydo fee", "INR 1,499.00 + GST", at=0.34)
        dots(p, "Settled on", when_in(j, ["%d %b %Y", "{d} %B %Y"], rng), at=0.34, date=j.date)
        p.part = "foot"
        p.add("small", "The FIRA for this payment is ready to download.")
        return p.done()
    if frame == "handelsbanken":
        p = paper_page(rng, font, [780, 820])
        p.part = "head"
        top(p, "Handelsbanken")
        p.add("small", "Kvitto / Receipt  |  Utlandsbetalning / Foreign payment")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Avs\u00e4ndare / Sender: {payer}, Uppsala")
        p.add("gap")
        ref = f"HB{j.date:%y%m%d}{digits(rng, 6)}"
        spec = [(0.0, 0.17, "l"), (0.17, 0.52, "l"), (0.52, 0.68, "r"), (0.68, 0.78, "l"), (0.78, 1.0, "l")]
        amount = f"{j.amount:,.2f}".replace(",", " ").replace(".", ",")
        grid(p, "hs", spec, ["Datum", "Mottagare", "Belopp", "Valuta", "Referens"], [], tint=(214, 228, 240))
        grid(
            p,
            "he",
            spec,
            ["Date", "Beneficiary", "Amount", "Currency", "Reference"],
            [
                (
                    [when(j.date, "%Y-%m-%d"), me, amount, cur, ref],
                    {"date": j.date, "merchant": me, "amount": j.amount, "cur": cur, "txn": (BANK_RANK, ref)},
                )
            ],
            tint=(232, 240, 248),
        )
        p.add("gap")
        p.add("left", "Avgifter / Charges: Delade / Shared (SHA)", method="netbanking")
        p.add("left", f"Meddelande / Message: Faktura {inv}")
        p.add("left", "Status: Genomf\u00f6rd / Executed", status=status)
        p.part = "foot"
        p.add("small", "Svenska Handelsbanken AB (publ)  |  Spara kvittot / Keep this receipt.")
        return p.done()
    if frame == "sparkasse":
        p = browser_page(rng, font, "banking.sparkasse-breisgau.de/postfach/nachricht")
        p.part = "head"
        top(p, "Sparkasse Breisgau")
        p.add("small", "Elektronisches Postfach / Online banking mailbox")
        p.add("rule")
        p.part = "body"
        p.add(
            "left", "Betreff: Auslands\u00fcberweisung nicht ausgef\u00fchrt / Foreign transfer not executed"
        )
        p.add("gap")
        p.add("left", "Sehr geehrte Damen und Herren,")
        p.add(
            "left",
            f"Ihr Auslandsauftrag vom {when(j.date, '%d.%m.%Y')} \u00fcber {show(j.amount)} an {me} konnte nicht "
            "ausgef\u00fchrt werden. Die Empf\u00e4ngerbank hat die Zahlung zur\u00fcckgewiesen (Konto "
            "ung\u00fcltig, AC01). Der Betrag wurde Ihrem Konto wieder gutgeschrieben.",
            date=j.date,
            amount=j.amount,
            cur=cur,
            merchant=me,
            status=status,
            method="netbanking",
        )
        p.add("gap")
        p.add(
            "left",
            "Dear customer, your foreign transfer could not be executed: the beneficiary bank rejected "
            "it (invalid account). The amount has been credited back to your account.",
        )
        p.add("gap")
        p.add("left", "Mit freundlichen Gr\u00fc\u00dfen / Kind regards")
        p.add("left", "Ihre Sparkasse Breisgau")
        return p.done()
    if frame == "hsbc":
        p = phone(rng, font, k, ["Payment details", ""], buttons=("Done",))
        band(p, (219, 0, 17))
        bar_title(p, "HSBC HK", "Business Express")
        p.add("center", "Pending", status=status)
        p.accent(AMBER)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("gap")
        step(p, "Submitted", hhmm(rng), "done")
        step(p, "Under review", "", "pending")
        step(p, "Sent to the payee's bank", "", "todo")
        step(p, "Credited", "", "todo")
        p.add("rule")
        name = pick(p, "left", [me, SHORT])
        ref = f"HK{digits(rng, 4)}{code(rng, 6, ALNUM)}"
        p.pair("Payee name", name, merchant=name)
        p.pair("Payee bank", f"{bank}, India")
        p.pair("Payment type", "Telegraphic transfer", method="netbanking")
        p.pair("From", f"Integrated Account {acct(rng)}")
        p.pair("Reference number", ref, txn=(BANK_RANK, ref))
        p.pair("Message", f"INV {inv}")
        return p.done()
    p = paper_page(rng, font, [780, 820])
    p.part = "head"
    top(p, "MUFG Bank, Ltd.")
    p.add("small", "Osaka Branch  |  Overseas Remittance")
    p.add("center", "REMITTANCE RECEIPT (APPLICANT'S COPY)")
    p.add("rule")
    p.part = "body"
    rno = f"OR{j.date:%y%m%d}{digits(rng, 5)}"
    spec = [(0.0, 0.2, "l"), (0.2, 0.52, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")]
    grid(
        p,
        "mu",
        spec,
        None,
        [
            (
                ["Remittance No.", rno, "Value date", when(j.date, "%d %b %Y")],
                {"txn": (BANK_RANK, rno), "date": j.date},
            ),
            (
                ["Currency / Amount", show(j.amount), "Charges", "Applicant (OUR)"],
                {"amount": j.amount, "cur": cur},
            ),
            (["Applicant", payer, "Method", "Telegraphic transfer"], {"method": "netbanking"}),
            (["Beneficiary", me, "Beneficiary bank", f"{bank}, Hubballi"], {"merchant": me}),
            (["Account No.", digits(rng, 13), "Purpose", "Goods (handicrafts)"], {}),
        ],
    )
    p.add("gap")
    p.add("left", "Status: Remitted", status=status)
    p.add(
        "small", "Please keep this receipt. MUFG Bank, Ltd. is not liable for delays at intermediary banks."
    )
    return p.done()


# ---------------------------------------------------------------- 4. the company's own receipts and bills


LEARNERS = [
    "Smt. Savita Hosamani",
    "Kum. Pooja Badiger",
    "Smt. Geeta Kammar",
    "Kum. Nandini Patil",
    "Smt. Rekha Kulkarni",
    "Kum. Sahana Angadi",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own papers, each the unit or the company on top: the Kendra's receipt book page filled in
    by hand, its counterfoil past a perforation (No. printed, Date, Received with thanks from, the sum of
    Rupees, towards, by cash, the sum in a box); the shop's Vyapar tax invoice (a ruled table, Received,
    Balance, Payment Mode, UPI Ref No.); a corporate order's PAYMENT RECEIPT on the letterhead in dot leaders
    with a rectangular RECEIVED stamp; the shop's thermal bill under its Kannada name (NET AMT, CASH TENDERED,
    CHANGE); the web shop's CCAvenue response of a failed payment (a ruled table: Order Status, Order No.,
    Tracking ID, Bank Ref. No., Status Message); the Kendra's e-mail of a registration whose NEFT is awaited
    (no day); the Lambani unit's money receipt with Kannada labels only and its way in Kannada (no number);
    QuickBooks' SALES RECEIPT for a Goa boutique. All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=800, high=24000, p_round=0.8)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    if k == 0:
        p = paper_page(rng, font, [780, 820])
        at = 0.3
        p.part = "head"
        c0 = len(p.rows)
        name = rng.choice([KENDRA, KENDRA.upper()])
        kind(p, "rh", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "plain", bold=(0, 1))
        h269.ext(p)["scale"]["rh"] = 1.2
        row(p, "rh", "COUNTERFOIL", name, merchant=name)
        cols(p, "rs", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "", f"A unit of {SHORT}")
        cols(p, "rs", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "", UNITS["kendra"][1])
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        cols(
            p,
            "rn",
            [(0.0, at, "l"), (at + 0.03, 0.72, "l"), (0.72, 1.0, "r")],
            f"No. {no}",
            "RECEIPT",
            f"No. {no}",
            txn=(INVOICE_RANK, no),
        )
        j.amount = float(rng.choice([2500, 3000, 3500, 4500, 6000]))
        who = rng.choice(LEARNERS)
        d = when(j.date, rng.choice(["%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y"]))
        whole = f"{num(j.amount, 'indian', 0)}/-"
        fill2(p, ("Date", d), ("Date", d), at, date=j.date)
        fill2(p, ("Name", who.split(". ")[-1].split()[0]), ("Received with thanks from", who), at)
        fill2(p, ("Rs.", whole), ("the sum of Rupees", words_in_rupees(j.amount)[7:-5]), at, amount=j.amount)
        fill2(p, ("For", "Course fee"), ("towards", "Kasuti basic course fee, Batch 14"), at)
        fill2(p, ("By", "Cash"), ("by cash / cheque / UPI", "Cash"), at, method="cash", status=status)
        amtbox(p, "Rs.", whole, at=at + 0.03)
        perf(p, c0, at + 0.015)
        hand(p, rng.choice(["S. Hiremath", "G. Kulkarni", "Shobha K."]), align="r")
        right(p, "Receiver's signature")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, SHOP_CAPS, merchant=SHOP_CAPS)
        p.add("small", f"{UNITS['shop'][1]}  |  Ph 0836-23{digits(rng, 5)}")
        p.add("small", f"GSTIN: {GSTIN}  |  State: 29-Karnataka")
        p.add("center", "Tax Invoice")
        p.part = "body"
        inv = f"KM/{fy(j.date)}/{rng.randrange(100, 2000)}"
        cols(
            p,
            "no",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Date: {when_in(j, ['%d/%m/%Y', '%d-%m-%Y'], rng)}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add(
            "left",
            f"Bill To: {rng.choice(['Walk-in customer', 'Smt. Vidya Joshi, Vidyanagar', 'Dr. A. Naik'])}",
        )
        rows = []
        taxable = 0.0
        for n, (item, hsn, qty, price) in enumerate(works(rng, rng.randrange(2, 4)), 1):
            taxable += qty * price
            rows.append(([str(n), item, hsn, str(qty), num(price), num(qty * price)], {}))
        j.amount = round(taxable * 1.05, 2)
        spec = [
            (0.0, 0.06, "l"),
            (0.06, 0.52, "l"),
            (0.52, 0.62, "l"),
            (0.62, 0.68, "r"),
            (0.68, 0.84, "r"),
            (0.84, 1.0, "r"),
        ]
        grid(
            p,
            "vy",
            spec,
            ["#", "Item name", "HSN", "Qty", "Price/unit", "Amount"],
            rows,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(228, 232, 246),
        )
        cols(p, "tx", [(0.0, 0.82, "r"), (0.82, 1.0, "r")], "Sub Total", num(taxable))
        cols(p, "tx", [(0.0, 0.82, "r"), (0.82, 1.0, "r")], "CGST@2.5%", num(taxable * 0.025))
        cols(p, "tx", [(0.0, 0.82, "r"), (0.82, 1.0, "r")], "SGST@2.5%", num(taxable * 0.025))
        p.add("gap")
        p.pair("Received", rs(j.amount), status=status)
        p.pair("Balance", rs(0))
        p.pair("Payment Mode", "UPI", method="UPI")
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("left", f"Invoice Amount In Words: {words_in_rupees(j.amount)}")
        p.part = "foot"
        p.add("small", "Thank you for supporting the women artisans of Dharwad and Vijayapura.")
        p.add("small", "Generated on Vyapar")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        name = rng.choice([COMPANY, COMPANY_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{OFFICE}  |  CIN {CIN}")
        p.add("small", f"GSTIN {GSTIN}  |  Corporate gifting desk")
        p.add("center", "PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        no = f"KKM/CG/{fy(j.date)}/{rng.randrange(10, 99):03d}"
        cols(
            p,
            "no",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No. {no}",
            f"Date: {when_in(j, ['%d.%m.%Y', '%d/%m/%Y'], rng)}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("gap")
        j.amount = float(rng.randrange(40000, 240000, 100))
        utr = utr_of(rng, j, "ICICI Bank", "NEFT")
        dots(p, "Received from", "Nilamber Systems Pvt Ltd, Bengaluru", at=0.3)
        dots(p, "Against", f"Proforma invoice KKM/PI/{fy(j.date)}/0{rng.randrange(10, 99)}", at=0.3)
        dots(p, "Order", f"{rng.randrange(120, 600)} Kasuti stoles in gift boxes", at=0.3)
        dots(p, "Amount", rs(j.amount), at=0.3, bold=True, amount=j.amount)
        dots(p, "In words", words_in_rupees(j.amount), at=0.2)
        dots(p, "Mode", "NEFT", at=0.3, method="netbanking")
        dots(p, "UTR No.", utr, at=0.3, txn=(UTR_RANK, utr))
        p.add("gap")
        p.add("left", "Received with thanks.", status=status)
        rstamp(p, ["RECEIVED", when(j.date, "%d %b %Y").upper(), "KASUTI KANNADI MPCL"], "violet", at=0.3)
        right(p, "for Kasuti Kannadi Mahila PCL")
        right(p, "Accounts Officer")
        return p.done()
    if k == 3:
        p = screen(rng, font, width=rng.choice([460, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        p.part = "head"
        kan(p, "ಕಸೂತಿ ಮನೆ", scale=1.2, bold=True)
        p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
        p.add("small", "7, Koppikar Road, Hubballi")
        p.add("small", f"GSTIN {GSTIN}")
        p.add("rule")
        p.part = "body"
        bill = str(rng.randrange(1000, 9999))
        cols(
            p,
            "bh",
            [(0.0, 0.45, "l"), (0.45, 1.0, "r")],
            f"Bill No: {bill}",
            f"{when(j.date, '%d-%m-%y')} {hhmm(rng, twelve=False)}",
            txn=(INVOICE_RANK, bill),
            date=j.date,
        )
        p.add("rule")
        spec = [(0.0, 0.62, "l"), (0.62, 0.72, "r"), (0.72, 1.0, "r")]
        cols(p, "ih", spec, "Item", "Qty", "Amt")
        sub = 0.0
        lines = works(rng, rng.randrange(1, 4))
        for item, _, qty, price in lines:
            sub += qty * price
            cols(p, "it", spec, item.split(",")[0][:22], str(qty), f"{qty * price:.2f}")
        j.amount = round(sub, 0)
        p.add("rule")
        cols(p, "it", spec, "Total Qty", str(sum(q for _, _, q, _ in lines)), "")
        total(p, "NET AMT", f"{j.amount:.2f}", at=0.55, amount=j.amount)
        tendered = float(-(-j.amount // 500) * 500)
        if tendered == j.amount:
            tendered += 500
        cols(p, "ct", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "CASH TENDERED", f"{tendered:.2f}")
        cols(p, "ct", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "CHANGE", f"{tendered - j.amount:.2f}")
        p.add("left", "Paid by: CASH", method="cash", status=status)
        p.add("small", "Incl. GST 5%. No exchange on sale items.")
        kan(p, "ಧನ್ಯವಾದಗಳು, ಮತ್ತೆ ಬನ್ನಿ")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "kasutimane.in/checkout/ccavResponseHandler")
        p.part = "head"
        name = rng.choice([SHOP, SHOP_CAPS])
        top(p, name, merchant=name)
        p.add("small", "kasutimane.in  |  Payment response")
        p.add("rule")
        p.part = "body"
        cross = sign(font, "\u2717", "")
        p.add("center", f"{cross} Payment Failed".strip(), status=status)
        p.accent(RED)
        p.add(
            "small", "Your order has not been placed. No amount has been charged; any debit will be reversed."
        )
        order = f"KM{rng.randrange(20000, 29999)}"
        track = digits(rng, 12)
        rows = [
            (["Order Status", "Failure"], {}),
            (["Order No.", order], {"txn": (ORDER_RANK, order)}),
            (["Tracking ID", track], {"txn": (TXN_RANK, track)}),
            (["Bank Ref. No.", "null"], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "Net Banking"], {"method": "netbanking"}),
            (["Bank", rng.choice(["Canara Bank", "Karnataka Bank", "State Bank of India"])], {}),
            (["Status Message", "Transaction declined by the bank"], {}),
            (["Transaction Date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng)], {"date": j.date}),
        ]
        grid(
            p,
            "cc",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Transaction details", ""],
            rows,
            tint=(246, 226, 226),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Payments on kasutimane.in are processed by CCAvenue.")
        return p.done()
    if k == 5:
        p = mail_page(
            rng,
            font,
            f"{KENDRA} <kalike@kasutimane.in>",
            ["Registration received - Kasuti basic course, Batch 15"],
        )
        p.part = "head"
        name = rng.choice([KENDRA, KENDRA.upper()])
        top(p, name, merchant=name)
        p.add("small", UNITS["kendra"][1])
        p.add("rule")
        p.part = "body"
        who = rng.choice(LEARNERS)
        p.add("left", f"Dear {who},")
        j.amount = float(rng.choice([4500, 5000, 6500]))
        utr = utr_of(rng, j, "Canara Bank", "NEFT")
        p.add(
            "left",
            f"Thank you for registering. We have noted your NEFT of {rs(j.amount)}. Your seat will be "
            "confirmed once the amount is credited to our account; this usually takes a working day.",
            amount=j.amount,
            status=status,
        )
        reg = f"KKK/B15/{rng.randrange(10, 60):03d}"
        dots(p, "Registration No.", reg, at=0.36, txn=(INVOICE_RANK, reg))
        dots(p, "Course", "Kasuti basic course (6 weeks), Batch 15", at=0.3)
        dots(p, "Fee", rs(j.amount), at=0.36, bold=True)
        dots(p, "Paid by", "NEFT", at=0.36, method="netbanking")
        dots(p, "UTR", utr, at=0.36, txn=(UTR_RANK, utr))
        dots(p, "Status", "Awaiting credit", at=0.36)
        p.add("gap")
        p.add("left", "Regards, Kendra office, Saptapur")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        kan(p, "ಸೇವಾಲಾಲ ಕನ್ನಡಿ ಕಸೂತಿ ಘಟಕ", scale=1.15, bold=True, serif=True)
        name = rng.choice([GHATAKA, GHATAKA.upper()])
        top(p, name, merchant=name)
        p.add("small", f"{UNITS['ghataka'][1]}  |  Ph 9{digits(rng, 9)}")
        p.add("gap")
        kan(p, "ಹಣ ಸ್ವೀಕೃತಿ ರಸೀದಿ", scale=1.05, bold=True, serif=True)
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(3000, 18000, 100))
        klab(p, "ದಿನಾಂಕ", "", when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"], rng), at=0.34, date=j.date)
        klab(
            p,
            "ಯಾರಿಂದ",
            "",
            rng.choice(
                ["Smt. Renuka Jadhav, Vijayapura", "Sri B. S. Lamani, Indi", "Hotel Madhuvan, Vijayapura"]
            ),
            at=0.34,
        )
        klab(p, "ಮೊತ್ತ (ರೂ.)", "", f"{num(j.amount, 'indian', 0)}/-", at=0.34, amount=j.amount)
        klab(p, "ಪಾವತಿ ವಿಧಾನ", "", "ನಗದು", at=0.34, kvalue=True, method="cash")
        klab(p, "ಯಾವುದಕ್ಕೆ", "", "Lambani wall hanging, 4 ft", at=0.34)
        p.add("left", words_in_rupees(j.amount))
        p.add("gap")
        kan(p, "ಸ್ವೀಕರಿಸಲಾಗಿದೆ", serif=True, status=status)
        hand(p, rng.choice(["Lakshmibai R.", "Sonibai Chavan", "Kamala L."]), align="r")
        right(p, "Unit in-charge")
        return p.done()
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    name = rng.choice([GHATAKA, SHORT])
    top(p, name, merchant=name)
    p.add("small", UNITS["ghataka"][1])
    p.add("small", f"GSTIN {GSTIN}")
    p.add("title", "SALES RECEIPT")
    p.part = "body"
    no = str(rng.randrange(1001, 1400))
    cols(
        p,
        "no",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"SALES RECEIPT # {no}",
        f"DATE {when_in(j, ['%d/%m/%Y', '%d-%m-%Y'], rng)}",
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    p.add("left", "SOLD TO: Rangoli Threads, 18 Rua de Ourem, Panaji, Goa")
    utr = j.ref
    p.pair("PAYMENT METHOD", "Bank transfer (IMPS)", method="netbanking")
    p.pair("REFERENCE NO.", utr, txn=(UTR_RANK, utr))
    rows = []
    sub = 0.0
    for item, _, qty, price in works(rng, rng.randrange(2, 4)):
        qty *= rng.choice([4, 6, 10])
        sub += qty * price
        rows.append(([item, str(qty), num(price, "western"), num(qty * price, "western")], {}))
    gst = round(sub * 0.05, 2)
    j.amount = round(sub + gst, 2)
    grid(
        p,
        "qb",
        [(0.0, 0.54, "l"), (0.54, 0.64, "r"), (0.64, 0.81, "r"), (0.81, 1.0, "r")],
        ["PRODUCT/SERVICE", "QTY", "RATE", "AMOUNT"],
        rows,
        tint=(226, 240, 226),
    )
    cols(p, "tq", [(0.0, 0.8, "r"), (0.8, 1.0, "r")], "IGST @ 5%", num(gst, "western"))
    total(p, "TOTAL", rs(j.amount), at=0.6, amount=j.amount)
    p.add("gap")
    p.add("left", "Thank you for your payment.", status=status)
    p.part = "foot"
    p.add("small", "Lambani mirror work, handmade in the tandas of Tikota. Prepared with QuickBooks.")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


# supplier, its town, its GST state code ("" where it has none)
SUPPLIERS = [
    (
        "Ilkal Handloom Weavers' Co-operative Society Ltd",
        "Station Road, Ilkal, Bagalkot District - 587125",
        "29",
    ),
    ("Sri Banashankari Threads & Laces", "Durgad Bail, Hubballi - 580020", "29"),
    ("Kutch Mirror House", "Relief Road, Ahmedabad - 380001", "24"),
    ("Sri Renuka Stitching Centre", "Saptapur, Dharwad - 580001", ""),
    ("VRL Logistics Ltd", "Gokul Road, Hubballi - 580030", "29"),
    ("Shiprocket", "BigFoot Retail Solutions Pvt Ltd, New Delhi", "07"),
    ("Hubballi Print & Pack", "Gokul Road Industrial Area, Hubballi - 580030", "29"),
    ("Nikhil Desai Photography", "Vidyanagar, Hubballi - 580031", "29"),
]


def gstin_of(rng: random.Random, state: str) -> str:
    return (
        f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.randrange(1, 9)}"
        if state
        else ""
    )


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its suppliers: the Ilkal weavers' co-operative's sale bill under its Kannada name (a
    ruled table, the bill total under a double rule, Amount received, Mode, UTR, Received on in dot leaders);
    a Hubballi thread merchant's GST invoice printed in a fixed-width face (NET AMOUNT, PAID BY UPI RRN);
    Udaan's order with its payment processing (steps top to bottom); a stitching centre's JOB WORK BILL in dot
    leaders paid by PhonePe (no day); VRL Logistics' consignment note cum booking receipt (a ruled table, LR
    No., the freight and charges, Total, Paid by UPI); Shiprocket's failed wallet recharge; a box printer's
    CASH BILL with a rectangular CASH PAID stamp (no number); a photographer's Refrens invoice with its
    payment record. All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2000, high=90000)
    name, town, state = SUPPLIERS[k]
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs", "INR"))
    gst = gstin_of(rng, state)
    day = when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d-%b-%Y"], rng)
    us = rng.choice([COMPANY, SHORT])
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        kan(p, "ಇಳಕಲ್ ಕೈಮಗ್ಗ ನೇಕಾರರ ಸಹಕಾರ ಸಂಘ ನಿ.", scale=1.1, bold=True, serif=True)
        shown = pick(p, "title", [name, name.upper(), "Ilkal Handloom Weavers' Co-op. Society"])
        top(p, shown, merchant=shown)
        p.add("small", f"{town}  |  GSTIN {gst}")
        p.add("center", "SALE BILL")
        p.add("rule")
        p.part = "body"
        bill = f"IHW/{fy(j.date)}/{rng.randrange(100, 999)}"
        cols(
            p,
            "no",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Bill No. {bill}",
            f"Date: {when(earlier(rng, j, 3, 20), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, bill),
        )
        p.add("left", f"Buyer: {us}, Dharwad")
        rows = []
        taxable = 0.0
        for n, (cloth, hsn, lo, hi) in enumerate(
            rng.sample(
                [
                    ("Ilkal sari, plain body, tope teni pallu", "5208", 1100, 1600),
                    ("Ilkal sari, chikki paras border", "5208", 1350, 1900),
                    ("Khana blouse fabric, 5 m", "5208", 420, 650),
                    ("Handloom cotton, off-white, per m", "5208", 140, 210),
                ],
                2,
            ),
            1,
        ):
            qty = rng.randrange(12, 60)
            price = float(rng.randrange(lo, hi, 10))
            taxable += qty * price
            rows.append(([str(n), cloth, hsn, str(qty), num(price), num(qty * price)], {}))
        j.amount = round(taxable * 1.05, 2)
        spec = [
            (0.0, 0.06, "l"),
            (0.06, 0.5, "l"),
            (0.5, 0.6, "l"),
            (0.6, 0.68, "r"),
            (0.68, 0.83, "r"),
            (0.83, 1.0, "r"),
        ]
        grid(p, "il", spec, ["Sl", "Particulars", "HSN", "Qty", "Rate", "Amount"], rows, tint=(238, 228, 214))
        cols(p, "gs", [(0.0, 0.83, "r"), (0.83, 1.0, "r")], "CGST 2.5%", num(taxable * 0.025))
        cols(p, "gs", [(0.0, 0.83, "r"), (0.83, 1.0, "r")], "SGST 2.5%", num(taxable * 0.025))
        total(p, "Bill Total", num(j.amount), at=0.62, amount=j.amount)
        p.add("gap")
        utr = utr_of(rng, j, "Canara Bank", "NEFT")
        dots(p, "Amount received", rs(j.amount), at=0.36, bold=True)
        dots(p, "Mode", "NEFT", at=0.36, method="netbanking")
        dots(p, "UTR", utr, at=0.36, txn=(UTR_RANK, utr))
        dots(p, "Received on", day, at=0.36, date=j.date)
        p.add("center", "Received with thanks", status=status)
        right(p, "Secretary")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        shown = name.upper()
        top(
            p,
            pick(p, "title", [shown, "SRI BANASHANKARI THREADS"]),
            merchant=pick(p, "title", [shown, "SRI BANASHANKARI THREADS"]),
        )
        p.add("small", f"{town}  |  Ph 0836-235{digits(rng, 4)}")
        p.add("small", f"GSTIN: {gst}")
        p.part = "body"
        w = min(tt_cols(p), 60)
        inv = f"A/{rng.randrange(1000, 9999)}"
        tt(p, "-" * w)
        tt(p, f"{'GST INVOICE':<{w - 20}}Inv No : {inv}", txn=(INVOICE_RANK, inv))
        tt(p, f"{'M/s KASUTI KANNADI MAHILA PCL':<{w - 20}}Date   : {when(j.date, '%d/%m/%Y')}", date=j.date)
        tt(p, "-" * w)
        tt(p, f"{'SN':<3}{'ITEM':<{w - 34}}{'QTY':>6}{'RATE':>10}{'AMOUNT':>12}"[:w])
        taxable = 0.0
        for n, (item, price) in enumerate(
            rng.sample(
                [
                    ("ANCHOR STRANDED 8M", 18.0),
                    ("DMC PERLE COTTON NO.5", 95.0),
                    ("KASUTI COTTON BLACK", 42.0),
                    ("SILK FLOSS REEL", 28.0),
                    ("CHAIN STITCH THREAD", 22.0),
                    ("EMBROIDERY HOOP 8IN", 65.0),
                ],
                3,
            ),
            1,
        ):
            qty = rng.randrange(20, 160)
            taxable += qty * price
            tt(p, f"{n:<3}{item[: w - 35]:<{w - 34}}{qty:>6}{price:>10.2f}{qty * price:>12.2f}"[:w])
        gstv = round(taxable * 0.025, 2)
        j.amount = float(round(taxable + 2 * gstv))
        tt(p, "-" * w)
        for label, value, facts in [
            ("TAXABLE", taxable, {}),
            ("CGST 2.5%", gstv, {}),
            ("SGST 2.5%", gstv, {}),
            ("ROUND OFF", j.amount - taxable - 2 * gstv, {}),
            ("NET AMOUNT", j.amount, {"amount": j.amount}),
        ]:
            tt(p, f"{label:>{w - 14}}{value:>14.2f}", **facts)
        tt(p, "-" * w)
        tt(p, f"PAID BY UPI  RRN: {j.ref}", method="UPI", txn=(UTR_RANK, j.ref), status=status)
        tt(p, f"{'E.&O.E.':<{w - 24}}{'For SRI BANASHANKARI':>24}")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["Order details", ""], buttons=("Need help?",))
        band(p, (109, 44, 198))
        bar_title(p, "udaan", "B2B buying for India")
        order = f"UD{j.date:%y%m%d}{digits(rng, 6)}"
        p.add("center", "Payment processing", status=status)
        p.accent(AMBER)
        rows = []
        sub = 0.0
        for item, price in rng.sample(
            [
                ("Round glass mirrors 10 mm, 1000 pcs", 780.0),
                ("Cowrie shells, 500 g", 340.0),
                ("Glass beads, assorted, 1 kg", 520.0),
                ("Mirror sheet offcuts, 2 kg", 460.0),
            ],
            2,
        ):
            qty = rng.randrange(2, 12)
            sub += qty * price
            rows.append((item, qty, qty * price))
        j.amount = round(sub * 1.05, 2)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Order total (incl. GST 5%)")
        p.add("gap")
        hour = hhmm(rng)
        step(p, "Order placed", when(j.date, "%d %b"), "done")
        step(p, "Payment started", hour, "done")
        step(p, "Confirming with your bank", "", "pending")
        step(p, "Order confirmed", "", "todo")
        p.add("gap")
        shown = pick(p, "left", [f"Seller: {name}", f"Seller: {name.upper()}"])[8:]
        lab(p, "Seller")
        p.add("left", shown, merchant=shown)
        for item, qty, amt in rows:
            p.pair(f"{item.split(',')[0]} x{qty}", num(amt))
        p.add("rule")
        pid = f"PAY{digits(rng, 12)}"
        p.pair("Order ID", order, txn=(ORDER_RANK, order))
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        p.pair("Paying via", "UPI", method="UPI")
        p.pair("Started on", f"{when(j.date, '%d %b %Y')}, {hour}", date=j.date)
        return p.done()
    if k == 3:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        shown = rng.choice([name, name.upper()])
        top(p, shown, merchant=shown)
        p.add("small", f"{town}  |  Ph 9{digits(rng, 9)}")
        p.add("center", "JOB WORK BILL")
        p.add("rule")
        p.part = "body"
        bill = str(rng.randrange(100, 400))
        p.add("left", f"Bill No. {bill}", txn=(INVOICE_RANK, bill))
        p.add("left", f"To: {us}, Saptapur")
        p.add("gap")
        amount = 0.0
        for work, lo, hi in rng.sample(
            [
                ("Stitching cushion covers 16x16 with zip", 30, 45),
                ("Tote bags with lining", 55, 80),
                ("Potli bags with drawstring", 18, 28),
                ("Jackets, lining and buttons", 180, 260),
            ],
            2,
        ):
            qty = rng.randrange(20, 80)
            rate = rng.randrange(lo, hi)
            amount += qty * rate
            dots(p, f"{work}, {qty} pcs @ {rate}", num(qty * rate), at=0.72)
        j.amount = amount
        dots(p, "Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Received by PhonePe, UTR {j.ref} - thank you.",
            method="UPI",
            txn=(UTR_RANK, j.ref),
            status=status,
        )
        hand(p, rng.choice(["Renuka B.", "R. Badiger"]), align="r")
        right(p, f"for {name}")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        shown = rng.choice(["VRL LOGISTICS LTD", "VRL Logistics Ltd"])
        top(p, shown, merchant=shown)
        p.add("small", f"Booking branch: {town}  |  GSTIN {gst}")
        p.add("center", "CONSIGNMENT NOTE CUM BOOKING RECEIPT - CONSIGNOR COPY")
        p.add("rule")
        p.part = "body"
        freight = float(rng.randrange(600, 2400, 10))
        hamali = float(rng.choice([60, 90, 120]))
        docket = 50.0
        j.amount = round((freight + hamali + docket) * 1.05, 2)
        rows = [
            (["LR No.", f"{rng.randrange(100, 999)}{digits(rng, 7)}"], {}),
            (["Booking Date", when(j.date, "%d-%m-%Y")], {"date": j.date}),
            (["From / To", "Hubballi / Bengaluru (Kalasipalya)"], {}),
            (["Consignor", f"{us}, Dharwad"], {}),
            (["Consignee", "Nilamber Systems Pvt Ltd, Whitefield"], {}),
            (["Articles", f"{rng.randrange(3, 12)} cartons, said to contain handicrafts"], {}),
            (["Actual weight", f"{rng.randrange(30, 180)} kg"], {}),
            (["Freight", num(freight)], {}),
            (["Hamali", num(hamali)], {}),
            (["Docket charge", num(docket)], {}),
            (["GST 5%", num((freight + hamali + docket) * 0.05)], {}),
        ]
        grid(
            p,
            "vr",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            rows,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
        )
        p.add("gap")
        p.pair("Payment", "Paid - UPI", method="UPI", status=status)
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", "Goods carried at owner's risk. Delivery against the consignee copy.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "app.shiprocket.in/billing/recharge/status")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", f"{town}  |  Wallet recharge")
        p.add("rule")
        p.part = "body"
        cross = sign(font, "\u2717", "")
        p.add("center", f"{cross} Recharge failed".strip(), status=status)
        p.accent(RED)
        p.add(
            "small",
            "Your wallet was not recharged. If money was deducted, it will be refunded in 5-7 working days.",
        )
        j.amount = float(rng.choice([2000, 3000, 5000, 10000]))
        tid = f"SR{digits(rng, 14)}"
        bank = rng.choice(["Canara Bank", "Karnataka Bank", "HDFC Bank"])
        rows = [
            (["Recharge amount", rs(j.amount)], {"amount": j.amount}),
            (["Payment method", f"Net banking - {bank}"], {"method": "netbanking"}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Date", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            (["Status", "Failed"], {}),
        ]
        grid(
            p, "sr", [(0.0, 0.4, "l"), (0.4, 1.0, "l")], ["Recharge details", ""], rows, tint=(236, 228, 250)
        )
        p.add("gap")
        p.add("small", f"Company: {us}  |  Wallet balance: {rs(rng.randrange(50, 900))}")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        shown = rng.choice([name, name.upper()])
        top(p, shown, merchant=shown)
        p.add("small", f"{town}  |  GSTIN {gst}")
        p.add("center", "CASH BILL")
        p.add("rule")
        p.part = "body"
        p.add("right", f"Date: {day}", date=j.date)
        p.add("left", f"M/s. {SHOP}, Koppikar Road, Hubballi")
        rows = []
        sub = 0.0
        for item, price in rng.sample(
            [
                ("Kraft gift box with window, 12x9", 38.0),
                ("Hang tags, printed, 2 colour", 4.5),
                ("Tissue paper sheets", 3.0),
                ("Paper carry bags, printed", 22.0),
            ],
            3,
        ):
            qty = rng.randrange(100, 600, 50)
            sub += qty * price
            rows.append(([item, str(qty), num(price), num(qty * price)], {}))
        j.amount = round(sub * 1.18, 2)
        grid(
            p,
            "pp",
            [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.78, "r"), (0.78, 1.0, "r")],
            ["Particulars", "Qty", "Rate", "Amount"],
            rows,
            tint=(232, 232, 232),
        )
        cols(p, "gs", [(0.0, 0.78, "r"), (0.78, 1.0, "r")], "GST 18%", num(sub * 0.18))
        total(p, "Total", num(j.amount), at=0.6, amount=j.amount)
        p.add("left", "Received the above amount in cash with thanks.", method="cash", status=status)
        rstamp(p, ["CASH PAID", "HUBBALLI PRINT & PACK"], "red", at=0.3, rows_=3)
        right(p, "Proprietor")
        return p.done()
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, "Invoice")
    p.part = "body"
    inv = f"A{rng.randrange(10, 99):05d}"
    cols(
        p,
        "no",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice No # {inv}",
        f"Invoice Date {when(earlier(rng, j, 5, 25), '%b %d, %Y')}",
        txn=(INVOICE_RANK, inv),
    )
    spec = [(0.0, 0.48, "l"), (0.52, 1.0, "l")]
    kind(p, "bb", spec, "plain", bold=(0, 1))
    row(p, "bb", "Billed By", "Billed To")
    shown = rng.choice([name, name.upper()])
    cols(p, "bv", spec, shown, us if len(us) < 30 else SHORT, merchant=shown)
    cols(p, "bv", spec, town, "Saptapur, Dharwad - 580001")
    cols(p, "bv", spec, f"GSTIN: {gst}", f"GSTIN: {GSTIN}")
    p.add("gap")
    rows = []
    sub = 0.0
    for item, price in rng.sample(
        [
            ("Catalogue shoot, 40 products", 18000.0),
            ("Model shoot, half day", 12000.0),
            ("Retouching, 60 images", 6000.0),
            ("Web banner set", 4500.0),
        ],
        2,
    ):
        sub += price
        rows.append(([item, "18%", "1", num(price), num(price * 1.18)], {}))
    j.amount = round(sub * 1.18, 2)
    grid(
        p,
        "rf",
        [(0.0, 0.42, "l"), (0.42, 0.54, "r"), (0.54, 0.64, "r"), (0.64, 0.82, "r"), (0.82, 1.0, "r")],
        ["Item", "GST Rate", "Qty", "Rate", "Amount"],
        rows,
        foot=(["Total (INR)", num(j.amount)], {"amount": j.amount}),
        tint=(226, 220, 244),
    )
    rstamp(p, ["PAID"], "green", at=0.5, rows_=2)
    p.add("left", "Payment Record", status=status)
    utr = utr_of(rng, j, "Canara Bank", "NEFT")
    colkv(p, "pr", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "Amount paid", rs(j.amount))
    colkv(p, "pr", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "Paid on", day, date=j.date)
    colkv(p, "pr", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "Method", "Bank transfer (NEFT)", method="netbanking")
    colkv(p, "pr", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "Reference", utr, txn=(UTR_RANK, utr))
    p.part = "foot"
    p.add("small", "This is an electronically generated document, created with Refrens.")
    return p.done()


# ---------------------------------------------------------------- 6. the company's bank transfers


# bank, the payee, the way, the frame
TRANSFERS = [
    ("Karnataka Bank", "Hanchinal & Associates", "NEFT", "kbl"),
    ("Karnataka Grameena Bank", "Smt. Shantabai Yaligar", "NEFT", "form"),
    ("Axis Bank", "Pixelkatte Web Studio", "IMPS", "neo"),
    ("State Bank of India", "Sri Renuka Tent House", "cash", "cdm"),
    ("Canara Bank", "Vijayapura Solar Solutions", "RTGS", "canara"),
    ("HDFC Bank", "Garuda Security Services", "NEFT", "hdfc"),
    ("Kotak Mahindra Bank", "Sri Manjunatha Electricals", "NEFT", "kotak"),
    ("Karnataka Grameena Bank", "HANUMANTAPPA K", "UPI", "ussd"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its auditors, the shop's landlady, the web studio, the Chitra Santhe stall's tent
    house, the Lambani unit's solar installer, the shop's guards, the electrician and a goods auto's driver:
    Karnataka Bank's net banking acknowledgement (a ruled table); Karnataka Grameena Bank's NEFT application
    filled in by hand with its counterfoil past a perforation under the branch's RECEIVED stamp (the UTR box
    blank; no reference); Axis Bank's neo for Business (the sum large, "to <payee>", a card of IMPS Ref No.,
    Debit A/c, Beneficiary A/c, Date & Time, Remarks); State Bank's cash deposit machine's receipt in a
    fixed-width face (A/C NAME, the notes counted, TOTAL AMOUNT); Canara Bank's failed RTGS ("Label : Value");
    HDFC Bank NetBanking's third party transfer in a card; Kotak's payment advice to the beneficiary (a ruled
    table); the *99# USSD dialog of a UPI transfer (no day). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=6000, high=180000)
    bank, payee, way, frame = TRANSFERS[k]
    if way == "RTGS":
        j.amount = float(rng.randrange(200000, 480000, 500))
    if frame == "cdm":
        move(j, rng, SANTHE - dt.timedelta(days=rng.randrange(1, 4)))
        j.amount = float(rng.randrange(40, 490) * 100)
    if frame == "ussd":
        j.amount = float(rng.randrange(5, 50) * 100)
    rs = money(rng, font, 0.3)
    utr = utr_of(rng, j, bank, way)
    own = acct(rng)
    ifsc = f"{rng.choice(['SBIN', 'CNRB', 'KARB', 'HDFC', 'UBIN'])}0{digits(rng, 6)}"
    method = {"cash": "cash", "UPI": "UPI"}.get(way, "netbanking")
    if frame == "kbl":
        p = browser_page(rng, font, "ibank.karnatakabank.com/corp/fundstransfer/ack")
        p.part = "head"
        top(p, "Karnataka Bank")
        p.add("small", "Internet Banking  |  Funds Transfer - Acknowledgement")
        p.add("rule")
        p.part = "body"
        tref = f"KBL{j.date:%y%m%d}{digits(rng, 7)}"
        rows = [
            (["Transaction Reference No", tref], {"txn": (BANK_RANK, tref)}),
            (["From Account", f"Current {own}"], {}),
            (["Beneficiary Name", payee], {"merchant": payee}),
            (["Beneficiary Account No", digits(rng, 14)], {}),
            (["Beneficiary IFSC", ifsc], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Transfer Mode", way], {"method": method}),
            (["UTR No", utr], {"txn": (UTR_RANK, utr)}),
            (
                ["Transaction Date & Time", stamp_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))],
                {"date": j.date},
            ),
            (["Status", "Success"], {"status": status}),
            (["Remarks", "Statutory audit fee FY 2025-26"], {}),
        ]
        grid(
            p,
            "kb",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Funds Transfer - Acknowledgement", ""],
            rows,
            tint=(220, 232, 244),
        )
        p.add("gap")
        p.add("small", "Please note the UTR No for any enquiry with the beneficiary's bank.")
        return p.done()
    if frame == "form":
        p = paper_page(rng, font, [800, 840])
        at = 0.3
        p.part = "head"
        top(p, bank)
        p.add("small", "Saptapur Branch, Dharwad  |  IFSC KVGB0002214")
        p.add("center", "NEFT / RTGS APPLICATION (to be filled in by the remitter)")
        p.part = "body"
        c0 = len(p.rows)
        kind(p, "fh", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "plain", bold=(0, 1))
        row(p, "fh", "COUNTERFOIL", "APPLICATION")
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"]))
        name = payee.upper()
        fill2(p, ("Date", d), ("Date", d), at, date=j.date)
        fill2(p, ("To", name.split()[-1]), ("Beneficiary name", name), at, merchant=name)
        acno = digits(rng, 14)
        fill2(p, ("A/c", acno[-6:]), ("Beneficiary A/c No.", acno), at)
        fill2(p, ("IFSC", ifsc[:4]), ("IFSC", ifsc), at)
        fill2(p, ("Rs.", num(j.amount)), ("Amount (Rs.)", num(j.amount)), at, amount=j.amount)
        fill2(p, ("Mode", "NEFT"), ("NEFT / RTGS", "NEFT"), at, method="netbanking")
        fill2(p, ("Debit", own[-4:]), ("Debit my A/c No.", own), at)
        fill2(p, ("UTR", ""), ("UTR No. (bank's use)", ""), at, status=status)
        perf(p, c0, at + 0.015)
        rstamp(
            p,
            ["KARNATAKA GRAMEENA BANK", "RECEIVED", when(j.date, "%d %b %Y").upper(), "SAPTAPUR"],
            "blue",
            at=0.16,
            rows_=5,
        )
        right(p, "Signature of the remitter")
        return p.done()
    if frame == "neo":
        p = phone(rng, font, k, ["", "Transaction details"], buttons=("Share receipt",))
        band(p, (151, 20, 77))
        bar_title(p, "neo", "for Business  |  Axis Bank")
        tick = sign(font, "\u2713", "")
        p.add("center", f"{tick} Transfer Successful".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"to {payee}", f"to {payee.upper()}"])[3:]
        p.add("center", f"to {shown}", merchant=shown)
        p.add("gap")
        c = card_open(p)
        p.pair("IMPS Ref No.", utr, txn=(UTR_RANK, utr), method="netbanking")
        p.pair("Debit A/c", f"Current {own}")
        p.pair("Beneficiary A/c", f"{acct(rng)} ({ifsc[:4]})")
        p.pair("Date & Time", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.pair("Remarks", rng.choice(["Website AMC", "Web shop upkeep", "Catalogue pages"]))
        card_close(p, c)
        return p.done()
    if frame == "cdm":
        p = screen(rng, font, width=rng.choice([440, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        p.part = "head"
        top(p, "STATE BANK OF INDIA")
        p.add("center", "CASH DEPOSIT MACHINE")
        p.part = "body"
        w = tt_cols(p)
        t = hhmm(rng, twelve=False)
        tno = str(rng.randrange(1000, 9999))
        tt(p, f"DATE : {when(j.date, '%d/%m/%y')}   TIME : {t}", date=j.date)
        tt(p, f"CDM ID   : S1NB{digits(rng, 9)}")
        tt(p, "LOCATION : KUMARA PARK WEST BLR"[:w])
        tt(p, f"TXN NO   : {tno}", txn=(TXN_RANK, tno))
        tt(p, f"A/C NO   : XXXXXXX{digits(rng, 4)}")
        name = payee.upper()
        tt(p, f"A/C NAME : {name}"[:w], merchant=name)
        tt(p, "-" * min(w, 34))
        tt(p, "DENOMINATION  COUNT    VALUE")
        left = int(j.amount)
        for note in (500, 200, 100):
            n = left // note if note != 500 else max(0, left // note - rng.randrange(0, 3))
            if n:
                tt(p, f"{note:>6}  X {n:>5}   {note * n:>7}")
                left -= note * n
        tt(p, "-" * min(w, 34))
        tt(p, f"TOTAL AMOUNT : RS {j.amount:.2f}", amount=j.amount)
        tt(p, f"DEPOSITED BY : MOB XXXXXX{digits(rng, 4)}")
        tt(p, "STATUS : SUCCESSFUL", status=status, method="cash")
        p.add("gap")
        p.add("small", "Cash deposited is credited instantly.")
        p.add("small", "Keep this receipt for your records.")
        return p.done()
    if frame == "canara":
        p = browser_page(rng, font, "netbanking.canarabank.in/rtgs/status")
        p.part = "head"
        top(p, "Canara Bank")
        p.add("small", "Net Banking  |  RTGS - Transaction status")
        p.add("rule")
        p.part = "body"
        cross = sign(font, "\u2717", "")
        p.add("center", f"{cross} Transaction Failed".strip(), status=status)
        p.accent(RED)
        p.add("gap")
        ref = f"CNRB{j.date:%y%m%d}{digits(rng, 6)}"
        spec = [(0.0, 0.34, "l"), (0.34, 0.38, "l"), (0.38, 1.0, "l")]
        for label, value, facts in [
            ("Reference No.", ref, {"txn": (BANK_RANK, ref)}),
            ("Debit Account", f"Current {own}", {}),
            ("Beneficiary", payee, {"merchant": payee}),
            ("Beneficiary Account", digits(rng, 15), {}),
            ("IFSC", ifsc, {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Transaction Type", "RTGS", {"method": "netbanking"}),
            ("Initiated On", stamp_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), {"date": j.date}),
            ("Reason", "Returned by the beneficiary bank - account closed", {}),
        ]:
            colkv(p, "cn", spec, label, ":", value, **facts)
        p.add("gap")
        p.add("left", "The amount debited has been credited back to your account.")
        return p.done()
    if frame == "hdfc":
        p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/entry")
        p.part = "head"
        top(p, "HDFC Bank NetBanking")
        p.add("small", "Funds Transfer  |  Third Party Transfer - Confirmation")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your transaction has been processed successfully.", status=status)
        p.add("gap")
        c = card_open(p)
        ref = digits(rng, 12)
        p.pair("From Account", f"{own} - Current")
        p.pair("Beneficiary", payee, merchant=payee)
        p.pair("To Account", f"{acct(rng)} ({ifsc[:4]})")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Transfer Type", "NEFT", method="netbanking")
        p.pair("Reference Number", ref, txn=(BANK_RANK, ref))
        p.pair("UTR", utr, txn=(UTR_RANK, utr))
        p.pair("Transaction Date", when_in(j, ["%d %b %Y", "%d/%m/%Y"], rng), date=j.date)
        p.pair("Remarks", "Guards - shop, " + when(j.date, "%b %Y"))
        card_close(p, c)
        p.add("gap")
        p.add("small", "For security, never share your password or OTP.")
        return p.done()
    if frame == "kotak":
        p = mail_page(
            rng, font, "Kotak Mahindra Bank <payment.advice@kotak.com>", [f"Payment Advice - {SHORT}"]
        )
        p.part = "head"
        top(p, "Kotak Mahindra Bank")
        p.add("small", "Payment advice to the beneficiary")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Sir / Madam,")
        p.add("left", f"{SHORT} has made a payment to you. The details are below.", status=status)
        pref = f"KMB{digits(rng, 10)}"
        rows = [
            (["Payment Reference", pref], {"txn": (BANK_RANK, pref)}),
            (["Beneficiary Name", payee], {"merchant": payee}),
            (["Beneficiary Account", acct(rng)], {}),
            (["Amount (INR)", num(j.amount)], {"amount": j.amount}),
            (["Payment Mode", way], {"method": "netbanking"}),
            (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
            (["Payment Date", when_in(j, ["%d-%b-%Y", "%d/%m/%Y"], rng)], {"date": j.date}),
            (["Invoice Details", f"Bill {rng.randrange(100, 400)} - wiring of the Tikota work shed"], {}),
        ]
        grid(
            p,
            "kt",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Particulars", "Details"],
            rows,
            tint=(236, 226, 226),
        )
        p.part = "foot"
        p.add("small", "This advice is sent at the request of our customer. Please do not reply.")
        return p.done()
    p = phone(rng, font, k, [""], buttons=())
    p.part = "body"
    p.add("gap")
    p.add("small", "*99#")
    p.add("gap")
    c = card_open(p)
    p.add("left", "BHIM USSD")
    p.add("left", "Transaction Successful.", status=status)
    p.add("left", f"Rs {j.amount:.2f} sent to", amount=j.amount)
    p.add("left", payee, merchant=payee, method="UPI")
    p.add("left", f"UPI Ref No: {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("left", "1. Home   00. Exit")
    p.add("right", "CANCEL     SEND")
    card_close(p, c, tint=False)
    p.add("gap")
    p.add("small", "Karnataka Grameena Bank  |  UPI on *99#")
    return p.done()


# ---------------------------------------------------------------- 7. embroiderers, trainers and staff


WORKERS = [
    ("Shantavva Hiremath", "Garag, Dharwad taluk"),
    ("Sonibai Rathod", "Tikota Tanda, Vijayapura"),
    ("Smt. Girija Kulkarni", "Malmaddi, Dharwad"),
    ("Gangamma Hadapad", "Saptapur, Dharwad"),
    ("Laxmibai Lamani", "Babaleshwar Tanda, Vijayapura"),
    ("Pavitra Angadi", "Keshwapur, Hubballi"),
    ("Yallappa Madar", "Mugad, Dharwad taluk"),
    ("Kamalabai Chavan", "Salotagi Tanda, Indi taluk"),
]
KBL_TEAL = (0, 106, 110)


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its embroiderers, its master trainer, its tailor, its shop staff and its packer: a
    PIECE WORK PAYMENT with Kannada labels beside the English and the pieces given and accepted in a ruled
    table (the week printed, no day); India Post Payments Bank's fund transfer receipt in a fixed-width face;
    the Kendra's RESOURCE PERSON'S HONORARIUM AND TA BILL (ruled tables, "Received Rs. x/- ... in cash.",
    signed across a revenue stamp; no reference); YONO SBI's failed IMPS; KBL Mobile Plus's UPI payment
    pending; greytHR's payslip (ruled tables, Net Pay under a double rule, Paid on, Payment mode, UTR);
    Tally's Payment Voucher (No., Dated, Particulars | Amount, Account:, Through: Cash, On Account of:, Amount
    (in words), signed by the receiver); India Post's eMO booking receipt (Amount, MO Commission, Total
    Collected). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 0, low=1500, high=16000)
    who, village = WORKERS[k]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        kan(p, "ಕಸೂತಿ ಕನ್ನಡಿ ಮಹಿಳಾ ಉತ್ಪಾದಕರ ಕಂಪನಿ", scale=1.05, bold=True, serif=True)
        top(p, SHORT)
        p.add("gap")
        kan(p, "ಕೂಲಿ ಪಾವತಿ ಚೀಟಿ", serif=True)
        p.add("center", "PIECE WORK PAYMENT")
        p.add("rule")
        p.part = "body"
        start = j.date - dt.timedelta(days=rng.randrange(7, 12))
        klab(p, "ಹೆಸರು", "Name", who, merchant=who)
        klab(p, "ಊರು", "Village", village)
        klab(p, "ವಾರ", "Week", f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=6), '%d %b %Y')}")
        rows = []
        done = 0.0
        for work, rate in rng.sample(
            [
                ("Kasuti pallu, gopura (gavanti)", 900),
                ("Dupatta border, ratha (murgi)", 450),
                ("Stole corners, tulsi katte (negi)", 120),
                ("Kurta yoke, menthi", 380),
                ("Table runner, elephants", 520),
            ],
            3,
        ):
            given = rng.randrange(2, 8)
            ok = given - rng.choice([0, 0, 0, 1])
            done += ok * rate
            rows.append(([work, str(given), str(ok), num(rate), num(ok * rate)], {}))
        bonus = float(rng.choice([0, 100, 250]))
        j.amount = done + bonus
        grid(
            p,
            "wg",
            [(0.0, 0.44, "l"), (0.44, 0.55, "r"), (0.55, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
            ["Design", "Given", "Accepted", "Rate", "Amount"],
            rows,
            tint=(236, 230, 214),
        )
        cols(p, "ad", [(0.0, 0.82, "r"), (0.82, 1.0, "r")], "Timely delivery bonus", num(bonus))
        total(p, "Amount paid", num(j.amount), at=0.6, amount=j.amount)
        p.add("small", "Pieces not accepted are returned for re-work and paid next week.")
        p.add(
            "left", f"Paid by UPI (PhonePe), UTR {j.ref}", method="UPI", txn=(UTR_RANK, j.ref), status=status
        )
        right(p, "Accounts, Saptapur")
        return p.done()
    if k == 1:
        p = screen(rng, font, width=rng.choice([460, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        p.part = "head"
        top(p, "INDIA POST PAYMENTS BANK")
        p.add("small", "Aapka Bank, Aapke Dwar")
        p.add("center", "FUND TRANSFER - RECEIPT")
        p.part = "body"
        w = tt_cols(p)
        tid = f"IPPB{j.date:%y%m%d}{digits(rng, 8)}"
        name = who.upper()
        j.amount = float(rng.randrange(800, 9000, 50))
        for text, facts in [
            ("-" * min(w, 36), {}),
            (f"Date/Time : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", {"date": j.date}),
            ("Agent     : GDS TIKOTA BO", {}),
            (f"Sender    : 9{digits(rng, 3)}XXXX{digits(rng, 3)}", {}),
            (f"Benf Name : {name}"[:w], {"merchant": name}),
            (f"Benf A/c  : XXXXXXXX{digits(rng, 4)}", {}),
            (f"Amount    : Rs {j.amount:.2f}", {"amount": j.amount}),
            ("Charges   : Rs 10.00", {}),
            ("Mode      : IMPS", {"method": "netbanking"}),
            (f"Txn ID    : {tid}"[:w], {"txn": (TXN_RANK, tid)}),
            (f"RRN       : {j.ref}", {"txn": (UTR_RANK, j.ref)}),
            ("Status    : SUCCESS", {"status": status}),
            ("-" * min(w, 36), {}),
        ]:
            tt(p, text, **facts)
        p.add("small", "Customer copy. Charges are inclusive of GST.")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, KENDRA)
        p.add("small", f"A unit of {SHORT}  |  {UNITS['kendra'][1]}")
        p.add("center", "RESOURCE PERSON'S HONORARIUM AND TA BILL")
        p.add("rule")
        p.part = "body"
        first = j.date - dt.timedelta(days=rng.randrange(2, 6))
        days = rng.choice([1, 2, 3])
        per_day = float(rng.choice([2500, 3000, 4000]))
        fare = float(rng.randrange(120, 480, 10))
        j.amount = days * per_day + fare
        gkv(p, "rp", "Name of the resource person", who, at=0.42, merchant=who)
        gkv(p, "rp", "Address", village, at=0.42)
        gkv(p, "rp", "Programme", "Kasuti master class, Batch 14", at=0.42)
        gkv(
            p,
            "rp",
            "Programme from",
            f"{when(first, '%d/%m/%Y')} ({days} day{'s' if days > 1 else ''})",
            at=0.42,
        )
        p.add("gap")
        grid(
            p,
            "ta",
            [(0.0, 0.72, "l"), (0.72, 1.0, "r")],
            ["Particulars", "Amount (Rs.)"],
            [
                (
                    [
                        f"Honorarium, {days} day{'s' if days > 1 else ''} @ {num(per_day, 'indian', 0)}",
                        num(days * per_day),
                    ],
                    {},
                ),
                (["Travel by bus, Malmaddi - Saptapur and back", num(fare)], {}),
            ],
            foot=(["Total", num(j.amount)], {}),
            tint=(232, 232, 222),
        )
        p.add("gap")
        p.add(
            "left",
            f"Received Rs. {num(j.amount, 'indian', 0) if j.amount == int(j.amount) else num(j.amount)}/- "
            f"({words_in_rupees(j.amount)}) in cash.",
            amount=j.amount,
            method="cash",
            status=status,
        )
        p.add("left", f"Date: {when_in(j, ['%d/%m/%Y', '%d.%m.%Y'], rng)}", date=j.date)
        revenue(p, "G. Kulkarni")
        right(p, "Signature of the resource person")
        right(p, "Passed for payment: Secretary")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction details"], buttons=("Retry",))
        band(p, (40, 62, 150))
        bar_title(p, "YONO SBI")
        cross = sign(font, "\u2717", "")
        p.add("center", f"{cross} Transaction Failed".strip(), status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = who.upper()
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Money, if debited, will be credited back to your account.")
        p.add("rule")
        p.pair("Transfer type", "IMPS", method="netbanking")
        p.pair("IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("From", f"Current A/c {acct(rng)}")
        p.pair("To A/c", f"{acct(rng)} (CNRB)")
        p.pair("Reason", "Beneficiary bank not available (M1)")
        p.pair("Date", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment status"], buttons=("Check status",))
        band(p, KBL_TEAL)
        bar_title(p, "KBL Mobile Plus", "Karnataka Bank  |  UPI")
        p.add("center", "Payment Pending", status=status)
        p.accent(AMBER)
        j.amount = rupees(rng, 800, 9000, 0.8)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "The payee's bank has not confirmed yet. Please check the status after some time.")
        p.add("gap")
        name = who.upper()
        vpa = f"{who.split()[0].lower()}{rng.randrange(10, 99)}@{rng.choice(['ybl', 'okaxis', 'ibl'])}"
        for label, value, facts in [
            ("Paid to", name, {"merchant": name}),
            ("UPI ID", vpa, {"method": "UPI"}),
            ("UPI Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("From", f"KBL Current A/c {acct(rng)}", {}),
            (
                "Initiated on",
                stamp_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", ")),
                {"date": j.date},
            ),
            ("Remarks", rng.choice(["cushion covers", "mirror work wages", "20 pcs"]), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [780, 820])
        p.part = "head"
        top(p, pick(p, "title", [COMPANY, SHORT]))
        p.add("small", OFFICE)
        month = j.date.replace(day=1) - dt.timedelta(days=1) if j.date.day < 5 else j.date
        p.add("center", f"Payslip for the month of {when(month, '%B %Y')}")
        p.part = "body"
        spec = [(0.0, 0.24, "l"), (0.24, 0.5, "l"), (0.5, 0.74, "l"), (0.74, 1.0, "l")]
        emp = f"KKM{rng.randrange(10, 60):03d}"
        grid(
            p,
            "ei",
            spec,
            None,
            [
                (["Employee Name", who, "Employee No.", emp], {"merchant": who}),
                (["Designation", "Sales Associate", "Location", "Kasuti Mane"], {}),
                (["Bank", "Canara Bank", "A/c No.", acct(rng)], {}),
                (["Days paid", "30", "UAN", digits(rng, 12)], {}),
            ],
        )
        p.add("gap")
        basic = float(rng.randrange(9000, 13000, 100))
        hra = round(basic * 0.4, 0)
        conv = 1600.0
        special = float(rng.randrange(500, 2500, 100))
        gross = basic + hra + conv + special
        pf = round(min(basic, 15000) * 0.12, 0)
        esi = round(gross * 0.0075, 0) if gross <= 21000 else 0.0
        pt = 200.0 if gross >= 25000 else 0.0
        j.amount = gross - pf - esi - pt
        grid(
            p,
            "pe",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.78, "l"), (0.78, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "PF", num(pf)], {}),
                (["HRA", num(hra), "ESI", num(esi)], {}),
                (["Conveyance", num(conv), "Professional Tax", num(pt)], {}),
                (["Special Allowance", num(special), "", ""], {}),
                (["Total Earnings", num(gross), "Total Deductions", num(pf + esi + pt)], {}),
            ],
            tint=(224, 236, 236),
        )
        total(p, "Net Pay", rs(j.amount), at=0.6, amount=j.amount)
        p.add("left", f"Net Pay (in words): {words_in_rupees(j.amount)}")
        utr = utr_of(rng, j, "Canara Bank", "NEFT")
        p.pair("Paid on", when_in(j, ["%d/%m/%Y", "%d %b %Y"], rng), date=j.date)
        p.pair("Payment mode", "Bank transfer (NEFT)", method="netbanking")
        p.pair("UTR", utr, txn=(UTR_RANK, utr), status=status)
        p.part = "foot"
        p.add(
            "small", "This is a computer-generated payslip and does not need a signature. Powered by greytHR."
        )
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, pick(p, "title", [COMPANY_CAPS, COMPANY, SHORT_CAPS]))
        p.add("small", OFFICE)
        p.add("center", "Payment Voucher")
        p.part = "body"
        no = str(rng.randrange(20, 400))
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. : {no}",
            f"Dated : {when(j.date, '{d}-%b-%y')}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        days = rng.randrange(6, 16)
        rate = rng.choice([350, 400, 450])
        j.amount = float(days * rate)
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        kind(p, "pv", spec, "plain", bold=(0, 1))
        row(p, "pv", "Particulars", "Amount")
        p.add("rule")
        cols(p, "pa", spec, "Account :", "")
        cols(p, "pa", spec, f"      {who}", num(j.amount), merchant=who, amount=j.amount)
        cols(p, "pa", spec, "Through :", "")
        cols(p, "pa", spec, "      Cash", "", method="cash")
        cols(p, "pa", spec, "On Account of :", "")
        cols(p, "pa", spec, f"      Packing corporate gift boxes, {days} days @ {rate}", "")
        cols(p, "pa", spec, "Amount (in words) :", "")
        cols(p, "pa", spec, f"      INR {words_in_rupees(j.amount)[7:]}", "")
        total(p, "", num(j.amount), at=0.7)
        p.add("gap")
        hand(p, who.split()[0], align="l", status=status)
        cols(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Receiver's Signature :", "Authorised Signatory")
        return p.done()
    p = screen(rng, font, width=rng.choice([460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    top(p, "INDIA POST")
    p.add("center", "eMO BOOKING RECEIPT")
    p.part = "body"
    w = tt_cols(p)
    emo = f"{digits(rng, 6)}{j.date:%y%m%d}{digits(rng, 4)}"
    j.amount = float(rng.randrange(10, 50) * 100)
    comm = round(j.amount * 0.05, 2)
    name = who.upper()
    for text, facts in [
        ("-" * min(w, 36), {}),
        ("Office  : DHARWAD H.O. 580001", {}),
        (f"Date    : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", {"date": j.date}),
        (f"eMO No  : {emo}", {"txn": (TXN_RANK, emo)}),
        (f"Payee   : {name}"[:w], {"merchant": name}),
        ("          SALOTAGI TANDA, INDI"[:w], {}),
        ("          VIJAYAPURA - 586209"[:w], {}),
        (f"Amount  : Rs {j.amount:.2f}", {"amount": j.amount}),
        (f"MO Comm : Rs {comm:.2f}", {}),
        (f"Total Collected : Rs {j.amount + comm:.2f}", {}),
        ("Paid in : CASH", {"method": "cash"}),
        ("Remitter: KASUTI KANNADI MPCL"[:w], {}),
        ("Status  : BOOKED", {"status": status}),
        ("-" * min(w, 36), {}),
    ]:
        tt(p, text, **facts)
    p.add("small", "Track the money order on www.indiapost.gov.in")
    return p.done()


# ---------------------------------------------------------------- 8. the government's fees and taxes


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's dues: Gram Panchayat Garag's tax collection print from the bill collector's handheld
    under its Kannada name (a fixed-width face, the heads, TOTAL PAID, cash); the Hubballi-Dharwad Municipal
    Corporation's trade licence receipt (a ruled table, its QR code); a Khajane-II e-challan for the
    professional tax ("Label : Value", the Department paid); EPFO's ECR payment awaiting the bank (no day);
    the GST portal's PMT-06 payment receipt (CPIN, BRN, CIN, a ruled table of the heads); Seva Sindhu's failed
    renewal fee (no reference); MCA's filing fee receipt (SRN, Transaction ID); Vahan's vehicle tax receipt
    for the company's goods van. All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=500, high=30000)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", "INR"))
    day = when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "{d} %b %Y"], rng)
    us = rng.choice([COMPANY, SHORT])
    if k == 0:
        p = screen(rng, font, width=rng.choice([480, 520]), size=rng.choice([17, 18]))
        paper(p, rng)
        p.part = "head"
        kan(p, "ಗ್ರಾಮ ಪಂಚಾಯತಿ, ಗರಗ", scale=1.1, bold=True)
        name = rng.choice(["GRAM PANCHAYAT, GARAG", "Gram Panchayat, Garag"])
        p.add("center", name, merchant=name)
        p.add("small", "DHARWAD TQ, DHARWAD DIST")
        p.add("small", "PANCHATANTRA 2.0 - TAX COLLECTION")
        p.part = "body"
        w = min(tt_cols(p), 38)
        no = f"GRG/{fy(j.date)}/{rng.randrange(100, 999)}"
        heads = [
            ("PROPERTY TAX", rng.randrange(1200, 4800)),
            ("LIBRARY CESS", rng.randrange(60, 240)),
            ("HEALTH CESS", rng.randrange(40, 180)),
            ("WATER CHARGES", rng.randrange(600, 1800)),
        ]
        j.amount = float(sum(v for _, v in heads))
        lines = [
            ("-" * w, {}),
            (f"RCPT NO  : {no}", {"txn": (INVOICE_RANK, no)}),
            (
                f"DATE     : {when(j.date, '%d/%m/%Y')} {rng.randrange(9, 17):02d}:{rng.randrange(60):02d}",
                {"date": j.date},
            ),
            (f"PROP. NO : {rng.randrange(100, 400)}/{rng.randrange(1, 9)}", {}),
            ("OWNER    : KASUTI KANNADI MPCL"[:w], {}),
            ("-" * w, {}),
        ]
        lines += [(f"{h:<{w - 12}}{v:>12.2f}", {}) for h, v in heads]
        lines += [
            ("-" * w, {}),
            (f"{'TOTAL PAID':<{w - 12}}{j.amount:>12.2f}", {"amount": j.amount}),
            ("MODE     : CASH", {"method": "cash"}),
            ("COLLECTED BY : BILL COLLECTOR", {}),
            ("-" * w, {}),
            ("COLLECTED - THANK YOU", {"status": status}),
        ]
        for text, facts in lines:
            tt(p, text, **facts)
        kan(p, "ಧನ್ಯವಾದಗಳು")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "hdmc.mrc.gov.in/tradelicence/paymentreceipt")
        p.part = "head"
        kan(p, "ಹುಬ್ಬಳ್ಳಿ-ಧಾರವಾಡ ಮಹಾನಗರ ಪಾಲಿಕೆ", bold=True)
        name = pick(p, "title", ["Hubballi-Dharwad Municipal Corporation", "HDMC"])
        top(p, name, merchant=name)
        p.add("small", "Trade Licence  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        fee = float(rng.randrange(1500, 6000, 100))
        cess = float(rng.choice([250, 500]))
        j.amount = fee + cess
        rno = f"HDMC/TL/{j.date:%y}{digits(rng, 6)}"
        rows = [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Application No.", f"TL{digits(rng, 10)}"], {}),
            (["Trade Licence No.", f"HDMC/TL/{rng.randrange(1000, 9999)}/{fy(j.date)}"], {}),
            (["Trade Name", f"{SHOP}, Koppikar Road"], {}),
            (["Licence Fee", num(fee)], {}),
            (["SWM Cess", num(cess)], {}),
            (["Total Amount Paid", num(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "UPI"], {"method": "UPI"}),
            (["Bank Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["Payment Date", day], {"date": j.date}),
            (["Status", "Success"], {"status": status}),
        ]
        grid(p, "hd", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], None, rows)
        qr(p, rno, "r", 4)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "k2.karnataka.gov.in/echallan/receipt")
        p.part = "head"
        top(p, "Khajane-II")
        p.add("small", "Government of Karnataka  |  e-Challan payment receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(4, 40) * 200)
        crn = f"CR{j.date:%y%m}{digits(rng, 10)}"
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        dept = rng.choice(
            ["Commercial Taxes Department", "Commercial Taxes Department, Government of Karnataka"]
        )
        spec = [(0.0, 0.36, "l"), (0.36, 0.4, "l"), (0.4, 1.0, "l")]
        for label, value, facts in [
            ("Challan Ref. No. (CRN)", crn, {"txn": (INVOICE_RANK, crn)}),
            ("Remitter", us, {}),
            ("Department", dept, {"merchant": dept}),
            ("Purpose", f"Professional Tax - employer, {when(j.date, '%B %Y')}", {}),
            ("Head of Account", "0028-00-107-0-01", {}),
            ("Amount (Rs.)", num(j.amount), {"amount": j.amount}),
            ("Payment Mode", "Net Banking - Canara Bank", {"method": "netbanking"}),
            ("Bank Reference No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment Date", day, {"date": j.date}),
            ("Challan Status", "Paid", {"status": status}),
        ]:
            colkv(p, "k2c", spec, label, ":", value, **facts)
        p.add("gap")
        p.add("left", f"Amount in words: {words_in_rupees(j.amount)}")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/paymentStatus")
        p.part = "head"
        name = pick(p, "title", ["Employees' Provident Fund Organisation", "EPFO"])
        top(p, name, merchant=name)
        p.add("small", "Employer e-Sewa  |  ECR payment status")
        p.add("rule")
        p.part = "body"
        trrn = f"{digits(rng, 13)}"
        wage = j.date.replace(day=1) - dt.timedelta(days=1)
        rows = [
            (["TRRN", trrn], {"txn": (INVOICE_RANK, trrn)}),
            (["Establishment ID", f"KNHBL{digits(rng, 7)}000"], {}),
            (["Establishment", SHORT], {}),
            (["Wage Month", when(wage, rng.choice(["%B %Y", "%b-%Y"]))], {}),
            (["Total Amount", num(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "Net banking - State Bank of India"], {"method": "netbanking"}),
            (["Status", "Payment initiated - awaiting bank confirmation"], {"status": status}),
        ]
        grid(
            p, "ep", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], ["Challan details", ""], rows, tint=(222, 230, 246)
        )
        p.add("gap")
        p.add("small", "Do not pay again. The status is updated once the bank confirms the payment.")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [780, 820])
        p.part = "head"
        name = rng.choice(["Goods and Services Tax", "GOODS AND SERVICES TAX"])
        top(p, name, merchant=name)
        p.add("small", "Form GST PMT-06  |  Payment Receipt")
        p.add("rule")
        p.part = "body"
        cgst = float(rng.randrange(800, 14000))
        j.amount = 2 * cgst
        cpin = f"{j.date:%y}29{digits(rng, 10)}"
        brn = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 6)}"
        cin = f"CNRB{j.date:%y}29{digits(rng, 11)}"
        spec = [(0.0, 0.3, "l"), (0.3, 0.34, "l"), (0.34, 1.0, "l")]
        for label, value, facts in [
            ("CPIN", cpin, {}),
            ("Deposit Date", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("Deposit Time", hhmm(rng, twelve=False, seconds=True), {}),
            ("GSTIN", GSTIN, {}),
            ("Name (Legal)", COMPANY_CAPS, {}),
            ("Mode of Payment", "E-Payment", {"method": "netbanking"}),
            ("Bank Name", "Canara Bank", {}),
            ("BRN", brn, {"txn": (BANK_RANK, brn)}),
            ("CIN", cin, {}),
        ]:
            colkv(p, "pm", spec, label, ":", value, **facts)
        p.add("gap")
        rows = [
            (["CGST (0005)", num(cgst), "0.00", "0.00", num(cgst)], {}),
            (["SGST (0006)", num(cgst), "0.00", "0.00", num(cgst)], {}),
        ]
        grid(
            p,
            "gh",
            [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.48, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Head", "Tax (Rs.)", "Interest", "Fee", "Total"],
            rows,
            foot=(["Total Challan Amount", num(j.amount)], {"amount": j.amount}),
            tint=(226, 232, 240),
        )
        p.add("left", f"Total Amount in words: {words_in_rupees(j.amount)}")
        p.add("left", "Status: Paid", status=status)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "sevasindhu.karnataka.gov.in/payment/response")
        p.part = "head"
        kan(p, "ಸೇವಾ ಸಿಂಧು", bold=True)
        top(p, "Seva Sindhu")
        p.add("small", "Government of Karnataka  |  Karnataka Shops and Commercial Establishments")
        p.add("rule")
        p.part = "body"
        dept = rng.choice(["Labour Department, Government of Karnataka", "Department of Labour, Karnataka"])
        p.add("left", f"Department: {dept}", merchant=dept)
        cross = sign(font, "\u2717", "")
        p.add("center", f"{cross} Payment Failed".strip(), status=status)
        p.accent(RED)
        j.amount = float(rng.choice([1000, 2000, 2500, 4000]))
        dots(p, "Application Ref. No.", f"RD0{digits(rng, 2)}S{digits(rng, 12)}", at=0.4)
        dots(p, "Service", "Renewal of registration", at=0.4)
        dots(p, "Establishment", f"{SHOP}, Koppikar Road", at=0.4)
        dots(p, "Fee", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Payment mode", "Debit card", at=0.4, method="card")
        dots(p, "Attempted on", day, at=0.4, date=j.date)
        dots(p, "Reason", "Declined by the issuing bank", at=0.3)
        p.add("gap")
        p.add(
            "small",
            "Please try again from Track Application. Any amount debited will be refunded by your bank.",
        )
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "www.mca.gov.in/content/mca/global/en/mca/e-filing/payment")
        p.part = "head"
        name = rng.choice(["Ministry of Corporate Affairs", "MINISTRY OF CORPORATE AFFAIRS"])
        top(p, name, merchant=name)
        p.add("small", "MCA21 V3  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        srn = f"{rng.choice('ABFN')}{digits(rng, 8)}"
        tid = f"MCA{digits(rng, 12)}"
        fee = float(rng.choice([300, 400, 600]))
        extra = float(rng.choice([0, 0, 100, 200]))
        j.amount = fee + extra
        rows = [
            (["SRN", srn], {"txn": (INVOICE_RANK, srn)}),
            (["Company name", us], {}),
            (["CIN", CIN], {}),
            (["Form", f"AOC-4 (financial statements, FY {fy(j.date - dt.timedelta(days=200))})"], {}),
            (["Normal fee", num(fee)], {}),
            (["Additional fee", num(extra)], {}),
            (["Total amount (Rs.)", num(j.amount)], {"amount": j.amount}),
            (["Mode of payment", "Net banking - Canara Bank"], {"method": "netbanking"}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Date of payment", day], {"date": j.date}),
            (["Payment status", "Paid"], {"status": status}),
        ]
        grid(
            p, "mc", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["Payment details", ""], rows, tint=(230, 226, 244)
        )
        return p.done()
    p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt")
    p.part = "head"
    name = pick(
        p, "title", ["Transport Department, Government of Karnataka", "Transport Department, Karnataka"]
    )
    top(p, name, merchant=name)
    p.add("small", "VAHAN 4.0  |  Online payment receipt")
    p.add("rule")
    p.part = "body"
    rno = f"KA25{j.date:%y}{digits(rng, 8)}"
    tno = f"KA{j.date:%y%m%d}{digits(rng, 6)}"
    spec = [(0.0, 0.3, "l"), (0.3, 0.34, "l"), (0.34, 1.0, "l")]
    for label, value, facts in [
        ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
        ("Transaction No.", tno, {"txn": (TXN_RANK, tno)}),
        ("Registration No.", f"KA-25-C-{rng.randrange(1000, 9999)}", {}),
        ("Owner", us, {}),
        ("Payment Date", day, {"date": j.date}),
        ("Payment Mode", "UPI", {"method": "UPI"}),
        ("Bank Ref No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
    ]:
        colkv(p, "vh", spec, label, ":", value, **facts)
    p.add("gap")
    tax = float(rng.randrange(3000, 12000, 10))
    green = float(rng.choice([0, 250, 500]))
    service = 100.0
    j.amount = tax + green + service
    start = dt.date(j.date.year if j.date.month >= 4 else j.date.year - 1, 4, 1)
    grid(
        p,
        "vt",
        [(0.0, 0.42, "l"), (0.42, 0.8, "l"), (0.8, 1.0, "r")],
        ["Tax / Fee", "Period", "Amount"],
        [
            (
                [
                    "Motor vehicle tax (LGV)",
                    f"{when(start, '%d-%b-%Y')} to 31-Mar-{start.year + 1}",
                    num(tax),
                ],
                {},
            ),
            (["Green tax", "-", num(green)], {}),
            (["Service charge", "-", num(service)], {}),
        ],
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
        tint=(224, 236, 244),
    )
    p.add("left", "Payment Status: Success", status=status)
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


DIGIT_YELLOW = (255, 206, 0)


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts: United India's portal with the shop's renewal issued (its steps top to bottom,
    "Label : Value"); Tata AIG's e-mail of a marine inland transit policy paid by card (dot leaders); Digit's
    app with a van's premium under verification (no day); HDFC ERGO's failed group health renewal (a ruled
    table); LIC's premium receipt for the artisans' group term cover (dot leaders, Next due date); Star
    Health's premium acknowledgement (no reference); Cholamandalam MS's payment page for the Chitra Santhe
    stall's cover (a ruled table); Canara Bank's branch print of a premium remitted to Universal Sompo in a
    fixed-width face. All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=2500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR", "Rs"))
    net = round(j.amount / 1.18, 2)
    j.amount = round(net * 1.18, 2)
    gst = round(j.amount - net, 2)
    us = rng.choice([COMPANY, SHORT])
    day = when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "{d} %b %Y"], rng)
    if k == 0:
        p = browser_page(rng, font, "portal.uiic.in/customer/renewal/payment-status")
        p.part = "head"
        name = pick(p, "title", ["United India Insurance Company Limited", "United India Insurance Co. Ltd"])
        top(p, name, merchant=name)
        p.add("small", "Bharat Sookshma Udyam Suraksha  |  Renewal")
        p.add("rule")
        p.part = "body"
        p.add("center", "Policy issued", status=status)
        p.accent(GREEN)
        p.add("gap")
        hour = hhmm(rng)
        step(p, "Proposal submitted", hour, "done")
        step(p, "Premium paid", hour, "done")
        step(p, "Policy issued", hour, "done")
        p.add("gap")
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        spec = [(0.0, 0.34, "l"), (0.34, 0.38, "l"), (0.38, 1.0, "l")]
        for label, value, facts in [
            ("Proposal No.", f"P{digits(rng, 11)}", {}),
            ("Policy No.", f"2418{digits(rng, 4)}11{digits(rng, 8)}", {}),
            ("Insured", f"{SHOP}, Hubballi", {}),
            ("Premium (incl. GST)", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", "Net banking - Canara Bank", {"method": "netbanking"}),
            ("Bank reference No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment date", day, {"date": j.date}),
        ]:
            colkv(p, "uc", spec, label, ":", value, **facts)
        p.add("gap")
        p.add("small", "Download policy  |  E-mail policy  |  Premium receipt")
        return p.done()
    if k == 1:
        p = mail_page(
            rng,
            font,
            "Tata AIG <customersupport@tataaig.com>",
            ["Your policy is issued - Marine Inland Transit"],
        )
        p.part = "head"
        name = pick(p, "title", ["Tata AIG General Insurance Company Limited", "Tata AIG General Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add("left", "Thank you. We have received your premium and your policy is issued.", status=status)
        tid = f"TAIG{digits(rng, 12)}"
        dots(p, "Policy number", f"0{digits(rng, 3)}{digits(rng, 6)}00", at=0.34)
        dots(p, "Product", "Marine cargo - inland transit", at=0.34)
        dots(p, "Insured", us if len(us) < 28 else SHORT, at=0.34)
        dots(p, "Premium (incl. GST)", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "Payment mode", f"Credit card {masked(rng, font)}", at=0.34, method="card")
        dots(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        dots(p, "Payment date", day, at=0.34, date=j.date)
        p.part = "foot"
        p.add(
            "small",
            "The policy document is attached. Tata AIG General Insurance Company Limited, IRDAI Reg. No. 108.",
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment status"], buttons=("Okay",))
        band(p, DIGIT_YELLOW, (20, 20, 20))
        bar_title(p, "Digit", "Insurance")
        p.add("center", "Payment under verification", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "small", ["Go Digit General Insurance Ltd", "Digit Insurance"])
        p.add("small", name, merchant=name)
        p.add(
            "small",
            "We are confirming the payment with your bank. The policy is issued once it is confirmed.",
        )
        p.add("gap")
        did = f"DGT{digits(rng, 11)}"
        for label, value, facts in [
            ("Plan", f"Goods carrying vehicle, KA-25-C-{rng.randrange(1000, 9999)}", {}),
            ("Paid via", "UPI", {"method": "UPI"}),
            ("UPI Ref No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Digit payment ID", did, {"txn": (TXN_RANK, did)}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.hdfcergo.com/payment/response")
        p.part = "head"
        name = pick(p, "title", ["HDFC ERGO General Insurance Company Ltd", "HDFC ERGO General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Group Health (employer-employee)  |  Renewal payment")
        p.add("rule")
        p.part = "body"
        cross = sign(font, "\u2717", "")
        p.add("center", f"{cross} Payment Unsuccessful".strip(), status=status)
        p.accent(RED)
        p.add("gap")
        tref = f"HE{digits(rng, 14)}"
        rows = [
            (["Proposal No.", f"PR{digits(rng, 10)}"], {}),
            (["Policy", f"Group Health, {rng.randrange(8, 20)} members"], {}),
            (["Premium (incl. GST)", rs(j.amount)], {"amount": j.amount}),
            (["Payment mode", "Net banking - Karnataka Bank"], {"method": "netbanking"}),
            (["Transaction Reference No.", tref], {"txn": (TXN_RANK, tref)}),
            (
                ["Transaction Date", stamp_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))],
                {"date": j.date},
            ),
            (["Reason", "Transaction cancelled at the bank's page"], {}),
        ]
        grid(p, "he", [(0.0, 0.4, "l"), (0.4, 1.0, "l")], None, rows)
        p.add("gap")
        p.add("small", "Your policy has not been renewed. Please retry before the grace period ends.")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        name = rng.choice(["Life Insurance Corporation of India", "LIFE INSURANCE CORPORATION OF INDIA"])
        top(p, pick(p, "title", [name, "LIC of India"]), merchant=pick(p, "title", [name, "LIC of India"]))
        p.add("small", "P&GS Unit, Hubballi  |  Premium Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"{digits(rng, 3)}/{j.date:%y}/{digits(rng, 7)}"
        j.amount = round(rng.randrange(120, 400) * 436 * 1.0, 2)
        bref = digits(rng, 12)
        dots(p, "Receipt No.", rno, at=0.4, txn=(INVOICE_RANK, rno))
        dots(p, "Date", day, at=0.4, date=j.date)
        dots(p, "Master policy No.", digits(rng, 9), at=0.4)
        dots(p, "Name of the grantee", us if len(us) < 30 else SHORT, at=0.4)
        dots(p, "Plan", "Group Term Assurance, artisans", at=0.4)
        dots(p, "Lives covered", str(int(j.amount // 436)), at=0.4)
        dots(p, "Premium received", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Paid through", "Net banking", at=0.4, method="netbanking")
        dots(p, "Bank ref. No.", bref, at=0.4, txn=(BANK_RANK, bref))
        dots(p, "Next due date", when(j.date.replace(year=j.date.year + 1), "%d/%m/%Y"), at=0.4)
        p.add("gap")
        p.add("left", "Received with thanks.", status=status)
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        name = pick(
            p, "title", ["Star Health and Allied Insurance Co. Ltd", "Star Health and Allied Insurance"]
        )
        top(p, name, merchant=name)
        p.add("small", "Hubballi Branch  |  IRDAI Reg. No. 129")
        p.add("center", "PREMIUM ACKNOWLEDGEMENT")
        p.add("rule")
        p.part = "body"
        p.add("left", "This is to acknowledge the premium received for the policy below.", status=status)
        start = j.date + dt.timedelta(days=rng.randrange(1, 4))
        dots(p, "Policy No.", f"P/{digits(rng, 6)}/01/{j.date.year}/{digits(rng, 6)}", at=0.36)
        dots(p, "Proposer", us if len(us) < 30 else SHORT, at=0.36)
        dots(p, "Plan", "Star Group Health - shop and Kendra staff", at=0.3)
        dots(
            p,
            "Period",
            f"{when(start, '%d/%m/%Y')} to {when(start.replace(year=start.year + 1) - dt.timedelta(days=1), '%d/%m/%Y')}",
            at=0.3,
        )
        dots(p, "Premium (incl. GST)", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Mode of payment", "UPI AutoPay", at=0.36, method="UPI")
        dots(p, "Date of payment", day, at=0.36, date=j.date)
        p.add("gap")
        right(p, "for Star Health and Allied Insurance Co. Ltd")
        right(p, "Branch Manager")
        return p.done()
    if k == 6:
        move(j, rng, SANTHE - dt.timedelta(days=rng.randrange(1, 4)))
        p = browser_page(rng, font, "www.cholainsurance.com/payment/success")
        p.part = "head"
        name = pick(p, "title", ["Cholamandalam MS General Insurance Co. Ltd", "Chola MS General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Chola MS  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Your payment was successful", status=status)
        p.accent(GREEN)
        p.add("gap")
        pid = f"CHOLA{digits(rng, 10)}"
        bref = digits(rng, 12)
        rows = [
            (["Policy No.", f"{digits(rng, 4)}/{digits(rng, 8)}/000/00"], {}),
            (["Product", "Exhibition floater - Chitra Santhe stall"], {}),
            (["Insured", SHORT], {}),
            (["Premium (incl. GST)", rs(j.amount)], {"amount": j.amount}),
            (["Payment ID", pid], {"txn": (TXN_RANK, pid)}),
            (["Bank Reference No.", bref], {"txn": (BANK_RANK, bref)}),
            (["Payment Mode", "Debit card"], {"method": "card"}),
            (["Payment Date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
        ]
        grid(
            p, "ch", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["Payment details", ""], rows, tint=(222, 232, 246)
        )
        return p.done()
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, "CANARA BANK")
    p.add("small", "Saptapur Branch, Dharwad  |  Insurance premium remittance - customer advice")
    p.part = "body"
    w = min(tt_cols(p), 58)
    jno = f"{rng.randrange(1000, 9999)}{digits(rng, 4)}"
    name = "UNIVERSAL SOMPO GENERAL INSURANCE"
    for text, facts in [
        ("-" * w, {}),
        (f"DATE        : {when(j.date, '%d-%m-%Y')}", {"date": j.date}),
        (f"JOURNAL NO  : {jno}", {"txn": (BANK_RANK, jno)}),
        (f"INSURER     : {name}"[:w], {"merchant": name}),
        ("POLICY      : SEWING MACHINES AND EQUIPMENT", {}),
        ("              KASUTI KALIKE KENDRA, SAPTAPUR", {}),
        (f"PREMIUM     : {net:.2f}", {}),
        (f"GST 18%     : {gst:.2f}", {}),
        (f"TOTAL       : {j.amount:.2f}", {"amount": j.amount}),
        (f"DEBIT A/C   : {acct(rng)} (CURRENT)", {"method": "netbanking"}),
        ("STATUS      : REMITTED TO INSURER", {"status": status}),
        ("-" * w, {}),
    ]:
        tt(p, text, **facts)
    right(p, "Officer / Manager")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("KASUTI MANE", "KOPPIKAR ROAD, HUBBALLI", "MSWIPE", "colon"),
    ("KASUTI MANE - CHITRA SANTHE", "KUMARA KRUPA RD, BENGALURU", "PHONEPE POS", "pairs"),
    ("HOTEL SRI KRISHNA RESIDENCY", "P B ROAD, DHARWAD", "SBI", "stack"),
    ("HP - SRI GURU FUELS", "NH-48 BYPASS, HUBBALLI", "CANARA BANK", "fuel"),
    ("KASUTI MANE", "KOPPIKAR ROAD, HUBBALLI", "EZETAP", "ezetap"),
    ("BASAVESHWAR KHANAVALI", "DESHPANDE NAGAR, HUBBALLI", "ICICI BANK", "tap"),
    ("KASUTI MANE", "KOPPIKAR ROAD, HUBBALLI", "Mswipe Merchant", "app"),
    ("SRI KRISHNA SEWING MACHINES", "STATION ROAD, VIJAYAPURA", "HDFC BANK", "emi"),
]


def slipline(p: Screen, label: str, value: str, pad: int = 10, **facts) -> None:
    """A slip's line: the label padded to a column, a colon, the value (a terminal's print)."""
    text = f"{label:<{pad}}: {value}"
    if not fits(p, "left", text):
        text = f"{label}: {value}"
    p.add("left", text, **facts)


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the shop's and the Chitra Santhe stall's terminals and the company's card at a Dharwad hotel,
    a Hubballi pump, a khanavali and a Vijayapura sewing machine dealer: Mswipe's slip with its fields in a
    colon's column (DATE, TIME, MID, TID, BATCH NO, INVOICE NO, CARD NO, CARD TYPE, AUTH CODE, RRN, BASE AMT,
    TOTAL AMT); PhonePe POS's slip at the Santhe (labels at the left, values at the right); State Bank's slip,
    each field on its own line; a Canara Bank terminal's declined slip at the pump (PUMP, NOZZLE, PRODUCT,
    RATE, VOLUME); Ezetap's slip (Txn Date, Mid, Tid, Batch#, Invoice#, Card#, RRN, Sale Amount) with no
    response from the host; ICICI Bank's tap and go slip (no reference); the Mswipe Merchant app's transaction
    (Today, no day); HDFC Bank's EMI sale slip (LOAN AMT, TENURE, INTEREST, EMI AMT, TOTAL AMT). All new here.
    """
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=600, high=28000)
    name, town, brand, layout = COUNTERS[k]
    if "SANTHE" in name:
        move(j, rng, SANTHE)
    if "FUELS" in name:
        j.amount = float(rng.randrange(1500, 5000, 100))
    if "KHANAVALI" in name:
        j.amount = rupees(rng, 380, 2400, 0.7)
    if layout == "emi":
        j.amount = float(rng.randrange(18000, 46000, 50))
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "app":
        p = phone(rng, font, k, ["Transaction details", ""], buttons=("Share e-receipt",))
        band(p, (0, 76, 153))
        bar_title(p, "Mswipe Merchant", "Card payment")
        p.add("center", "APPROVED", status=status)
        p.accent(GREEN)
        p.add("big", f"Rs. {j.amount:,.2f}", amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("rule")
        p.pair("Card", f"{scheme} **{last4}", method="card")
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Invoice", inv, txn=(INVOICE_RANK, inv))
        p.pair("TID", tid)
        return p.done()
    p = screen(rng, font, width=rng.choice([460, 500, 520]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%y"])).upper()
    words = {
        "success": rng.choice(["AUTHORISED", "TRANSACTION SUCCESSFUL", "SALE APPROVED"]),
        "failed": "TXN DECLINED - 51 INSUFFICIENT FUNDS",
        "pending": "NO RESPONSE FROM HOST. TXN STATUS UNKNOWN - VERIFY WITH BANK BEFORE RETRY",
    }[status]
    if layout == "colon":
        p.add("rule")
        slipline(p, "DATE", day, date=j.date)
        slipline(p, "TIME", t)
        slipline(p, "MID", mid)
        slipline(p, "TID", tid)
        slipline(p, "BATCH NO", batch)
        slipline(p, "INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        slipline(p, "CARD NO", f"XXXX XXXX XXXX {last4}", method="card")
        slipline(p, "CARD TYPE", f"{scheme} {rng.choice(['CHIP', 'CONTACTLESS'])}")
        if status == "success":
            slipline(p, "AUTH CODE", appr, txn=(APPR_RANK, appr))
        slipline(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        slipline(p, "BASE AMT", f"Rs.{j.amount:.2f}")
        slipline(p, "TOTAL AMT", f"Rs.{j.amount:.2f}", amount=j.amount)
    elif layout == "pairs":
        p.add("title", "Sale")
        p.pair("Date", day, date=j.date)
        p.pair("Time", t)
        p.pair("TID", tid)
        p.pair("Invoice", inv, txn=(INVOICE_RANK, inv))
        p.pair("Card", f"{scheme} ****{last4}", method="card")
        p.pair("Mode", rng.choice(["Chip", "Tap"]))
        p.pair("Approval", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("Amount", f"INR {j.amount:,.2f}", amount=j.amount)
    elif layout == "ezetap":
        p.add("rule")
        p.pair("Txn Date", day, date=j.date)
        p.pair("Txn Time", t)
        p.pair("Mid", mid)
        p.pair("Tid", tid)
        p.pair("Batch#", batch)
        p.pair("Invoice#", inv, txn=(INVOICE_RANK, inv))
        p.pair("Card#", f"**** **** **** {last4}", method="card")
        p.pair("Card Type", f"{scheme} / Chip")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("Sale Amount", f"INR {j.amount:,.2f}", amount=j.amount)
    elif layout == "stack":
        p.add("rule")
        p.add("left", f"DATE:{day}", date=j.date)
        p.add("left", f"TIME:{t}")
        p.add("left", f"MID:{mid}")
        p.add("left", f"TID:{tid}")
        p.add("left", f"BATCH NUM:{batch}")
        p.add("left", f"BILL NUM:{inv}", txn=(INVOICE_RANK, inv))
        p.add("center", "CHARGE SLIP")
        p.add("left", f"CARD NUM:{last4.rjust(16, '*')}", method="card")
        p.add("left", f"{scheme} / CHIP / PIN VERIFIED")
        p.add("left", f"APPROVAL CODE:{appr}", txn=(APPR_RANK, appr))
        p.add("left", f"REF NUM:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("left", f"AMOUNT: RS {j.amount:,.2f}", amount=j.amount)
    elif layout == "fuel":
        p.add("rule")
        slipline(p, "DATE", day, pad=8, date=j.date)
        slipline(p, "TIME", t, pad=8)
        slipline(p, "TID", tid, pad=8)
        slipline(p, "INV", inv, pad=8, txn=(INVOICE_RANK, inv))
        rate = round(rng.uniform(102.5, 104.5), 2)
        slipline(p, "PUMP", str(rng.randrange(1, 9)), pad=8)
        slipline(p, "NOZZLE", str(rng.randrange(1, 4)), pad=8)
        slipline(p, "PRODUCT", "HSD (DIESEL)", pad=8)
        slipline(p, "RATE", f"{rate:.2f}", pad=8)
        slipline(p, "VOLUME", f"{j.amount / rate:.2f} L", pad=8)
        slipline(p, "CARD", f"{scheme} XX{last4}", pad=8, method="card")
        slipline(p, "RRN", j.ref, pad=8, txn=(UTR_RANK, j.ref))
        p.add("rule")
        slipline(p, "AMOUNT", f"RS {j.amount:.2f}", pad=8, amount=j.amount)
    elif layout == "tap":
        p.add("rule")
        p.add("left", f"{day}  {t}", date=j.date)
        p.add("left", f"TID {tid}  MID {mid[:10]}")
        p.add("center", "QUICK PAY - TAP & GO")
        p.add("left", f"{scheme} CONTACTLESS **** {last4}", method="card")
        p.add("rule")
        p.add("left", f"AMOUNT  INR {j.amount:,.2f}", amount=j.amount)
        p.add("center", "PIN / SIGN NOT REQUIRED")
    else:
        p.add("rule")
        slipline(p, "DATE", day, pad=11, date=j.date)
        slipline(p, "TIME", t, pad=11)
        slipline(p, "TID", tid, pad=11)
        slipline(p, "INVOICE", inv, pad=11, txn=(INVOICE_RANK, inv))
        p.add("center", "EMI SALE")
        slipline(p, "CARD", f"{scheme} CREDIT XX{last4}", pad=11, method="card")
        slipline(p, "AUTH CODE", appr, pad=11, txn=(APPR_RANK, appr))
        slipline(p, "RRN", j.ref, pad=11, txn=(UTR_RANK, j.ref))
        tenure = rng.choice([3, 6, 9])
        rate = rng.choice([13.0, 14.0, 15.0])
        monthly = j.amount * (rate / 1200) / (1 - (1 + rate / 1200) ** -tenure)
        p.add("rule")
        slipline(p, "LOAN AMT", f"{j.amount:,.2f}", pad=11)
        slipline(p, "TENURE", f"{tenure} MONTHS", pad=11)
        slipline(p, "INTEREST", f"{rate:.2f}% P.A.", pad=11)
        slipline(p, "EMI AMT", f"{monthly:,.2f}", pad=11)
        slipline(p, "TOTAL AMT", f"RS {j.amount:,.2f}", pad=11, amount=j.amount)
    p.add("gap")
    p.add("center", words, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["CUSTOMER COPY", "*** CARD HOLDER COPY ***"]))
    p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, fibre, phones, gas, DTH


HESCOM = "Hubli Electricity Supply Company Ltd"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office's, the Kendra's, the shop's and the Lambani unit's bills: HESCOM's online payment receipt
    under its Kannada name (Kannada labels beside the English); Google Pay's HESCOM bill paid through Bharat
    Connect (a card of the ids); ACT Fibernet's e-mail (dot leaders; no day); CRED's failed Airtel postpaid
    bill (dark, in lower case); Vi's postpaid payment in progress; HP Pay's gas refill (Paid to, Booking No.,
    Order ID, UPI Ref No.); Tata Play's recharge SMS (no reference); the Hubballi-Dharwad water supply
    counter's receipt in a fixed-width face (ARREARS, CURRENT DEMAND, AMOUNT PAID, cash). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=400, high=14000, p_round=0.5)
    rs = money(rng, font, 0.4)
    day = when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "%d-%b-%Y"], rng)
    month = when(j.date.replace(day=1) - dt.timedelta(days=1), rng.choice(MONTH_PATS))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = browser_page(rng, font, "hescom.karnataka.gov.in/onlinepayment/receipt")
        p.part = "head"
        kan(p, "ಹುಬ್ಬಳ್ಳಿ ವಿದ್ಯುತ್ ಸರಬರಾಜು ಕಂಪನಿ ನಿಯಮಿತ", bold=True)
        name = pick(p, "title", [HESCOM, "HESCOM"])
        top(p, name, merchant=name)
        p.add("small", "Online payment receipt")
        p.add("rule")
        p.part = "body"
        rno = f"HES{j.date:%y%m}{digits(rng, 7)}"
        tid = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 6)}"
        bref = digits(rng, 12)
        for kn, en, value, facts in [
            ("ರಸೀದಿ ಸಂಖ್ಯೆ", "Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("ಖಾತೆ ಸಂಖ್ಯೆ", "Account ID", digits(rng, 10), {}),
            ("ಆರ್.ಆರ್. ಸಂಖ್ಯೆ", "RR Number", f"DWU{rng.randrange(10, 99)}-{digits(rng, 5)}", {}),
            ("ಗ್ರಾಹಕರ ಹೆಸರು", "Consumer Name", SHORT, {}),
            ("ಬಿಲ್ ತಿಂಗಳು", "Bill Month", month, {}),
            ("ಪಾವತಿಸಿದ ಮೊತ್ತ", "Amount Paid", rs(j.amount), {"amount": j.amount}),
            ("ಪಾವತಿ ವಿಧಾನ", "Payment Mode", "Net Banking", {"method": "netbanking"}),
            ("ವಹಿವಾಟು ಸಂಖ್ಯೆ", "Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("ಬ್ಯಾಂಕ್ ಉಲ್ಲೇಖ", "Bank Ref No.", bref, {"txn": (BANK_RANK, bref)}),
            ("ದಿನಾಂಕ", "Payment Date", day, {"date": j.date}),
        ]:
            klab(p, kn, en, value, at=0.5, **facts)
        p.add("gap")
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["Bill payment", ""], buttons=("Done",))
        p.part = "head"
        name = pick(p, "center", [f"{HESCOM} (HESCOM)", "HESCOM"])
        p.add("center", name, merchant=name)
        p.add("small", f"Account ID {digits(rng, 10)}")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        tick = sign(font, "\u2713", "")
        p.add("center", f"{tick} Paid".strip(), status=status)
        p.accent(GREEN)
        p.add("small", f"{when(j.date, '{d} %b %Y')}, {hhmm(rng, lower=True)}", date=j.date)
        p.add("small", "Powered by Bharat Connect")
        p.add("gap")
        c = card_open(p)
        bbps = f"CC0{digits(rng, 2)}{j.date:%y}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        lab(p, "Bharat Connect reference ID")
        p.add("left", bbps, txn=(BANK_RANK, bbps))
        lab(p, f"Paid from: Canara Bank {dot * 4} {digits(rng, 4)}")
        lab(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        card_close(p, c)
        return p.done()
    if k == 2:
        p = mail_page(rng, font, "ACT Fibernet <noreply@actcorp.in>", ["Payment received - thank you"])
        p.part = "head"
        name = rng.choice(["ACT Fibernet", "Atria Convergence Technologies Ltd"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1049, 1178, 1413, 1649]))
        acc = digits(rng, 9)
        p.add(
            "left",
            f"Hi, we have received your payment of {rs(j.amount)} for account {acc}. Thank you!",
            amount=j.amount,
            status=status,
        )
        tid = f"ACT{digits(rng, 12)}"
        rno = f"RCPT{digits(rng, 9)}"
        dots(p, "Account number", acc, at=0.36)
        dots(p, "Plan", "ACT Blaze 150 Mbps", at=0.36)
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True)
        dots(p, "Payment mode", f"Credit card {masked(rng, font)}", at=0.36, method="card")
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Receipt number", rno, at=0.36, txn=(INVOICE_RANK, rno))
        p.part = "foot"
        p.add("small", "The payment will reflect in your account within 2 hours. ACT Fibernet, Hubballi.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, [""], dark=True, buttons=("retry",))
        p.part = "head"
        p.add("small", "CRED")
        p.part = "body"
        p.add("gap")
        p.add("center", "payment failed", status=status)
        p.accent(RED)
        j.amount = float(rng.choice([599, 749, 999, 1199, 1499]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice(["Airtel Postpaid", "airtel postpaid"])
        p.add("small", "bill payment for")
        p.add("title", name, merchant=name)
        p.add("small", "if money was debited, it will be refunded in 3-5 working days.")
        p.add("gap")
        cid = f"CRD{digits(rng, 14)}"
        p.pair("mobile number", f"98{digits(rng, 2)}XXXX{digits(rng, 2)}")
        p.pair("transaction id", cid, txn=(TXN_RANK, cid))
        p.pair("paid via", f"HDFC credit card {dot * 2}{digits(rng, 4)}", method="card")
        p.pair("attempted on", f"{when(j.date, '{d} %b %Y').lower()}, {hhmm(rng, lower=True)}", date=j.date)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment status"], buttons=("Go to home",))
        band(p, (237, 28, 36))
        bar_title(p, "Vi", "Postpaid")
        p.add("center", "Payment in progress", status=status)
        p.accent(AMBER)
        j.amount = float(rng.choice([549, 701, 999, 1201]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice(["Vi Postpaid", "Vodafone Idea Ltd"])
        p.add("center", name, merchant=name)
        p.add("small", "We are waiting for confirmation from your bank. This can take up to 30 minutes.")
        p.add("rule")
        vid = f"VI{j.date:%y%m%d}{digits(rng, 8)}"
        p.pair("Mobile number", f"9{digits(rng, 3)}XXXX{digits(rng, 2)}")
        p.pair("Payment ID", vid, txn=(TXN_RANK, vid))
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Paid using", "UPI", method="UPI")
        p.pair("Date", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["Order summary", ""], buttons=("Track order",))
        band(p, (0, 71, 160))
        bar_title(p, "HP Pay", "LPG refill booking")
        tick = sign(font, "\u2713", "")
        p.add("center", f"{tick} Payment Successful".strip(), status=status)
        p.accent(GREEN)
        j.amount = round(rng.uniform(1720, 1890), 2)
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice(["Hindustan Petroleum Corporation Ltd", "HPCL"])
        lab(p, "Paid to")
        p.add("left", name, merchant=name)
        p.add("left", "Distributor: Sri Basava HP Gas Agency, Dharwad")
        p.add("rule")
        order = f"HPG{digits(rng, 10)}"
        p.pair("Cylinder", "19 kg commercial")
        p.pair("Booking No.", digits(rng, 8))
        p.pair("Order ID", order, txn=(ORDER_RANK, order))
        p.pair("Paid with", "UPI", method="UPI")
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Paid on", stamp_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([350, 450, 599, 750]))
        sid = digits(rng, 10)
        text = (
            f"Dear Customer, recharge of Rs {j.amount:.0f} received on {when(j.date, '%d-%m-%y')} for Tata Play "
            f"Subscriber ID {sid}. Current balance Rs {rupees(rng, 400, 900, 0.0):.2f}. - Tata Play"
        )
        p = sms_page(rng, font, "JD-TPLAYS", text, j.date)
        p.add("left", text, merchant="Tata Play", amount=j.amount, date=j.date, status=status)
        return p.done()
    p = screen(rng, font, width=rng.choice([480, 520]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    name = "HUBBALLI-DHARWAD MUNICIPAL CORPORATION"
    shown = pick(p, "center", [name, "HDMC"])
    p.add("center", shown, merchant=shown)
    p.add("small", "WATER SUPPLY - 24X7  |  CASH COUNTER, GOKUL ROAD")
    p.part = "body"
    w = min(tt_cols(p), 40)
    rno = f"{rng.randrange(10, 99)}/{digits(rng, 6)}"
    arrears = float(rng.choice([0, 0, rng.randrange(100, 900)]))
    current = float(rng.randrange(300, 2400))
    j.amount = arrears + current
    for text, facts in [
        ("-" * w, {}),
        (f"RECEIPT NO : {rno}", {"txn": (INVOICE_RANK, rno)}),
        (
            f"DATE       : {when(j.date, '%d/%m/%Y')} {rng.randrange(9, 17):02d}:{rng.randrange(60):02d}",
            {"date": j.date},
        ),
        (f"CONSUMER NO: {rng.choice('DH')}{digits(rng, 7)}", {}),
        ("NAME       : KASUTI KANNADI MPCL"[:w], {}),
        (f"BILL PERIOD: {month}", {}),
        ("-" * w, {}),
        (f"ARREARS        : {arrears:>10.2f}", {}),
        (f"CURRENT DEMAND : {current:>10.2f}", {}),
        (f"AMOUNT PAID    : {j.amount:>10.2f}", {"amount": j.amount}),
        ("MODE           : CASH", {"method": "cash"}),
        ("-" * w, {}),
        ("PAID - THANK YOU", {"status": status}),
    ]:
        tt(p, text, **facts)
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as printed, the way, the frame
ALERTS = [
    ("Canara Bank", "VM-CANBNK", "HANCHINAL AND ASSOCIA", "NEFT", "sms"),
    ("Karnataka Bank", "AD-KBLBNK", "SRI BANASHANKARI T", "UPI", "sms"),
    ("Karnataka Grameena Bank", "JM-KAGBNK", "LAXMIBAI LAMANI", "UPI", "sms"),
    ("HDFC Bank", "", "SRI BANASHANKARI THREADS", "UPI", "hdfc"),
    ("The Dharwad District Central Co-operative Bank", "", "SRI MANJUNATHA ELEC", "NEFT", "passbook"),
    ("Federal Bank", "", "GADAG HANDLOOM TRADERS", "RTGS", "federal"),
    ("Axis Bank", "", "PIXELKATTE WEB", "IMPS", "axis"),
    ("Kotak Mahindra Bank", "BZ-KOTAKB", "", "UPI", "sms"),
]


def passbook_line(p: Screen, cells: list[str], spec: list[tuple[float, float, str]], **facts) -> None:
    """A passbook printer's line: each cell in the fixed-width face at its column (numbers to the right)."""
    face = load_font(tt_face(p), int(p.style["size"] * ext(p).get("tt_scale", 0.9)))
    cw = face.getlength("M")
    room = p.style["width"] - 2 * MARGIN
    width = int(room // cw)
    line = [" "] * width
    for text, (lo, hi, align) in zip(cells, spec):
        a, b = int(lo * room // cw) + (1 if lo > 0 else 0), int(hi * room // cw) - 1
        text = text[: b - a]
        start = b - len(text) if align == "r" else a
        line[start : start + len(text)] = list(text)
    tt(p, "".join(line).rstrip(), **facts)


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts: SMS in Canara Bank's ("An amount of INR x has been DEBITED to your account XXX1234
    on <day> towards NEFT UTR <utr> to <PAYEE>. Total Avail.Bal ..."), Karnataka Bank's ("... debited by Rs.x
    on <day> for UPI/<ref>/<PAYEE>. Avl Bal ..."), Karnataka Grameena Bank's failed UPI and Kotak's ("Sent
    Rs.x from Kotak Bank AC X1234 to <vpa>. UPI Ref <ref>."; no payee, no day) wordings; HDFC Bank's e-mail
    ("... debited from account **1234 to VPA <vpa> <PAYEE> on <day>. Your UPI transaction reference number is
    <ref>."); a Dharwad co-operative bank's passbook page, its columns printed in and the entries in a
    passbook printer's fixed-width face (no reference); Federal Bank's e-mail of an RTGS sent and not yet
    credited; Axis Bank's e-mail with its Transaction Info narration (IMPS/P2A/<ref>/<PAYEE>) in a ruled
    table. All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=2000, high=60000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 300, 9000, 0.8)
    if way == "RTGS":
        j.amount = float(rng.randrange(200000, 480000, 500))
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 30000, 1900000), rng.choice(["indian", "plain"]))
    utr = (
        ""
        if j.no_ref or status == "pending"
        else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    )
    facts: dict = {"amount": j.amount, "method": method, "status": status}
    if to:
        facts["merchant"] = to
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if bank == "Canara Bank":
            text = (
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail} on "
                f"{when(j.date, '%d/%m/%Y')} towards NEFT UTR {utr} to {to}. Total Avail.Bal INR {bal}. "
                "- Canara Bank"
            )
        elif bank == "Karnataka Bank":
            text = (
                f"Your A/c XX{tail} is debited by Rs.{amt} on {when(j.date, '%d-%m-%Y')} for UPI/{utr}/{to}. "
                f"Avl Bal Rs.{bal}. Not you? Call 18004251444 - Karnataka Bank"
            )
        elif bank == "Karnataka Grameena Bank":
            text = (
                f"UPI txn of Rs {amt} from A/c XX{tail} to {to} on {when(j.date, '%d-%m-%y')} has failed. "
                f"Ref {utr}. Amount, if debited, will be reversed within 5 days. -KaGB"
            )
        else:
            vpa = f"hanumantappa{rng.randrange(10, 99)}@ybl"
            text = (
                f"Sent Rs.{amt} from Kotak Bank AC X{tail} to {vpa}. UPI Ref {utr}. "
                "Not you, https://kotak.com/KBANKT/Fraud"
            )
        p = sms_page(rng, font, sender, text, None if j.no_day else j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "hdfc":
        p = mail_page(
            rng,
            font,
            "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
            ["You have done a UPI txn. Check details!", "View: Account update for your HDFC Bank A/c"],
        )
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        vpa = f"banashankarithreads{rng.randrange(10, 99)}@okaxis"
        p.add(
            "left",
            f"Rs.{amt} has been debited from account **{tail} to VPA {vpa} {to} on "
            f"{when(j.date, '%d-%m-%y')}. Your UPI transaction reference number is {utr}.",
            **facts,
        )
        p.add(
            "left",
            "If you did not authorize this transaction, please report it immediately by calling "
            "18002586161 or SMS BLOCK UPI to 7308080808.",
        )
        p.add("gap")
        p.add("left", "Warm Regards,")
        p.add("left", "HDFC Bank")
        p.part = "foot"
        p.add("small", "This is a system generated e-mail. Please do not reply.")
        return p.done()
    if frame == "passbook":
        p = paper_page(rng, font, [780, 820])
        p.style["paper"] = rng.choice([(232, 240, 248), (238, 244, 236)])
        p.part = "head"
        top(
            p,
            pick(
                p, "title", ["The Dharwad District Central Co-operative Bank Ltd", "Dharwad D.C.C. Bank Ltd"]
            ),
        )
        p.add(
            "small", f"Saptapur Branch  |  Current Account No. {digits(rng, 3)}/{digits(rng, 5)}  |  {SHORT}"
        )
        p.add("gap")
        p.part = "body"
        spec = [
            (0.0, 0.15, "l"),
            (0.15, 0.5, "l"),
            (0.5, 0.58, "l"),
            (0.58, 0.72, "r"),
            (0.72, 0.86, "r"),
            (0.86, 1.0, "r"),
        ]
        grid(
            p,
            "pb",
            spec,
            ["Date", "Particulars", "Chq.No.", "Withdrawals", "Deposits", "Balance"],
            [],
            tint=(214, 226, 240),
        )
        tt_face(p)
        ext(p)["tt_scale"] = 0.78
        opening = rupees(rng, j.amount + 20000, j.amount + 600000, 0.0)
        before = j.date - dt.timedelta(days=rng.randrange(2, 9))
        passbook_line(p, [when(before, "%d-%m-%y"), "B/F", "", "", "", f"{opening:.2f}"], spec)
        passbook_line(
            p,
            [when(j.date, "%d-%m-%y"), f"NEFT-{to}", "", f"{j.amount:.2f}", "", f"{opening - j.amount:.2f}"],
            spec,
            **facts,
        )
        p.add("gap")
        p.add("small", "Entries printed by the branch passbook printer. Please verify the balance.")
        return p.done()
    if frame == "federal":
        p = mail_page(rng, font, "Federal Bank <alerts@federalbank.co.in>", ["RTGS transaction status"])
        p.part = "head"
        top(p, "Federal Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        req = f"FBRT{digits(rng, 10)}"
        facts["txn"] = (TXN_RANK, req)
        p.add(
            "left",
            f"Your RTGS request {req} for INR {amt} to {to} has been sent to the beneficiary bank on "
            f"{when(j.date, '%d-%b-%Y')}. The credit confirmation from the beneficiary bank is awaited.",
            **facts,
        )
        dots(p, "Debit account", f"XXXXXXXX{tail}", at=0.34)
        dots(p, "Beneficiary", to, at=0.34)
        dots(p, "Amount", f"INR {amt}", at=0.34)
        dots(p, "Request ID", req, at=0.34)
        p.add("gap")
        p.add("left", "We will send the UTR once the credit is confirmed.")
        p.part = "foot"
        p.add("small", "Federal Bank Ltd. Never share your OTP or password.")
        return p.done()
    p = mail_page(rng, font, "Axis Bank Alerts <alerts@axisbank.com>", ["Debit transaction alert"])
    p.part = "head"
    top(p, "AXIS BANK")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    p.add(
        "left",
        f"Thank you for banking with us. We wish to inform you that INR {amt} has been debited from "
        f"your A/c no. XX{tail} on {when(j.date, '%d-%m-%Y')}.",
        **facts,
    )
    info = f"IMPS/P2A/{utr}/{to}"
    grid(
        p,
        "ax",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Transaction alert", ""],
        [
            (["Account Number", f"XX{tail}"], {}),
            (["Amount Debited", f"INR {amt}"], {}),
            (["Date & Time", stamp_hour(rng, j.date, ["%d-%m-%y"], (", ",))], {}),
            (["Transaction Info", info], {}),
            (["Available Balance", f"INR {bal}"], {}),
        ],
        tint=(240, 222, 232),
    )
    p.part = "foot"
    p.add("small", "Always open to help you. Axis Bank Ltd. This is a system generated e-mail.")
    return p.done()

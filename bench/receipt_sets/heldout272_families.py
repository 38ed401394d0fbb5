"""The twelve heldout272 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a thangka painting studio and school's year of 2026 in Gangtok, Sikkim
(Gangjong Lhadri Arts LLP, its office and studio at Upper Sichey, Gangjong Lhadri Studio, where its lhadri
(master painter), painters, gilder and apprentices grind azurite, malachite, cinnabar and lapis, lay chalk
gesso on cotton and paint Green and White Tara, the Medicine Buddha, Guru Rinpoche, the Wheel of Life and
the Kalachakra mandala in the Karma Gadri manner, outlined in 24-carat shell gold; its school beside it,
Gangjong Rimo Lobdra, with its apprentices' six-year course and its visitors' short courses; its gallery at
27 M.G. Marg, Gangjong Thangka Gallery, with the web shop gangjongthangka.in and a stall at the winter
carnival on M.G. Marg; its brocade mounting unit at Tadong; its commissions from monasteries in Sikkim and
Bhutan and from collectors abroad), told by the proofs of payment it receives (buyers' PhonePe, Paytm, BHIM,
Amazon Pay, Navi and Airtel Thanks screens, the gallery's Paytm for Business, Razorpay's mail; a Rumtek
monastery's letter, a resort's mail, Zoho Books, ICICI Bank CIB, a Mumbai auction house's settlement, a
Darjeeling hotel's voucher, PFMS and NetSuite; Chase, a Geneva bank, ING, Cathay United Bank, Bank of
Bhutan, CommBank, DBS and DNB; its own invoice, fee challan, advance receipt, POS bill, gateway page,
certificate, carbon memo and Khatabook receipt) and those it makes (the brocade weaver's, the pigment
grinder's, Instamart's, IndiaMART's, SNT's, DHL's, the silversmith's and the printer's papers and pages;
State Bank's, Union Bank's, Central Bank's, Bank of Baroda's, IDBI Bank's, Indian Bank's, a pay-in-slip's and
a co-operative bank's pages; its painters', apprentices', cook's and staff's sheets, slips, screens and
receipts; the municipal corporation's, the fire service's, the customs', the Archaeological Survey's, the
Labour Department's, the traffic police's and IP India's dues; the insurers' receipts; cards on eight
terminals and a bakery's bill; the power, water, fibre, gas, mobile, DTH and broadband bills; the banks'
SMS, e-mails and a statement's page). Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, the units' lines, salutations,
Tibetan and Nepali lines and labels, items, thangkas, pigments, weights, days and rates, taxable values,
GST, TDS, commissions, deductions, discounts, advances, fees, charges, tips, round offs, balances, hammer
prices, gross wages and earnings, converted and INR sums, exchange rates, periods, months and wage periods,
invoice, bill, due, Ack, cheque and dated days, invoice numbers named on an advice, order lines, Ack Nos.,
IRNs, Bill of Entry, application, request, sanction, certificate, licence, policy, consumer, customer, user,
VC, booking, account, employee, vehicle and IEC numbers, lots, GSTIN, IFSC, SWIFT codes, UPI IDs of the
payer, remitters, depositors and payers, QR codes, barcodes, seals, stamps, thumb impressions and brocade
borders carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page`` and ``paper_page`` heldout140's; ``right`` heldout152's; ``fits`` and ``place`` heldout123's;
``top`` heldout122's; ``outcome`` heldout119's; ``masked``, ``money`` and ``chat_times`` heldout118's (its
WhatsApp chat drawn round a forwarded screenshot); ``paper`` and ``screen`` heldout116's; ``Screen``
heldout113's; ``sign`` and ``glyphs`` heldout93's; ``num`` and ``words_in_rupees`` heldout82's; heldout269's
rows (``kind``, ``row``, ``cols``, ``kv``, ``kvr``, ``total``, ``zebra``, ``strip``, ``ticks``, ``qr``,
``bars``, ``thumb``, ``seal``, ``torn``, ``sms_page``); heldout271's rows (``grid``, ``dots``, ``fill``,
``hand``, ``amtbox``, ``tt``, ``lab``, ``perf``, ``rstamp``, its cards and its Kannada line drawn here in a
Tibetan or a Nepali face) and its ``_render``. ``compose`` is heldout158's (as heldout271's), each page's
rows drawn by heldout271's ``_render`` and then by this set's own ``_render`` in the lines it leaves for
them: a box ruled round a section with its title set in a break of its top rule; a status chip; a payment's
stages left to right on a line across the page; two details to a row, each a small label over its value;
Nepali labels beside their English on a shared baseline; a highlighter's stroke over a statement's entry;
a thumb's inked impression; a thangka mount's brocade border of blue and gold with its red and yellow
strips. A bill book's carbon copy is a page of this set's own colours. The pages' layouts and wordings are
this set's own."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageChops, ImageDraw

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
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
from bench.receipt_sets.heldout118_families import chat_times, masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import (
    bars,
    bold_of,
    cols,
    kv,
    kvr,
    qr,
    row,
    seal,
    sms_page,
    strip,
    thumb,
    ticks,
    torn,
    total,
    zebra,
)
from bench.receipt_sets.heldout271_families import (
    band,
    bar_title,
    card_close,
    card_open,
    dots,
    fill,
    grid,
    hand,
    lab,
    phone,
    pick,
    rstamp,
    tt,
    tt_cols,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
TIBETAN = "noto/NotoSerifTibetan-Regular.ttf"
TIBETAN_BOLD = "noto/NotoSerifTibetan-Bold.ttf"
NEPALI = "noto/NotoSansDevanagari-Regular.ttf"
NEPALI_BOLD = "noto/NotoSansDevanagari-Bold.ttf"
NEPALI_SERIF = "noto/NotoSerifDevanagari-Regular.ttf"
SCRIPTS = [TIBETAN, TIBETAN_BOLD, NEPALI, NEPALI_BOLD, NEPALI_SERIF]

COMPANY = "Gangjong Lhadri Arts LLP"
COMPANY_CAPS = COMPANY.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "GANGJONG LHADRI ARTS L"
STUDIO = "Gangjong Lhadri Studio"
STUDIO_CAPS = STUDIO.upper()
SCHOOL = "Gangjong Rimo Lobdra"
SCHOOL_CAPS = SCHOOL.upper()
GALLERY = "Gangjong Thangka Gallery"
GALLERY_CAPS = GALLERY.upper()
MOUNT = "Gonchen Brocade Mounting Unit"
WEB = "gangjongthangka.in"
LLPIN = "AAX-7315"
GSTIN = "11AAUFG4728K1ZN"
PAN = "AAUFG4728K"
OFFICE = "Upper Sichey, Gangtok, Sikkim - 737101"
UNITS = {
    "studio": ("Thangka painting studio", "Upper Sichey, Gangtok, Sikkim - 737101"),
    "school": ("Traditional thangka painting school", "Upper Sichey, Gangtok, Sikkim - 737101"),
    "gallery": ("Thangka gallery and shop", "27, M.G. Marg, Gangtok, Sikkim - 737101"),
    "mount": ("Brocade mounting and framing", "Tadong Bazaar, NH-10, Gangtok - 737102"),
}
# Tibetan: the studio's name, the school's, thank you, good fortune (a greeting), receipt
TIB_STUDIO = "གངས་ལྗོངས་ལྷ་བྲིས།"  # Gangjong Lhadri
TIB_SCHOOL = "གངས་ལྗོངས་རི་མོ་སློབ་གྲྭ།"  # Gangjong Rimo Lobdra
TIB_THANKS = "ཐུགས་རྗེ་ཆེ།"  # thugs rje che, thank you
TIB_TASHI = "བཀྲ་ཤིས་བདེ་ལེགས།"  # bkra shis bde legs
TIB_RECEIPT = "འཛིན་ཤོག"  # 'dzin shog, receipt
# Nepali (Devanagari): the gallery's name, the Government of Sikkim
NEP_GALLERY = "गङ्जोङ थाङ्का ग्यालरी"
NEP_SIKKIM = "सिक्किम सरकार"
# Gangtok's winter carnival on M.G. Marg, 2026: the gallery's stall
FAIR = dt.date(2026, 12, 12)
IFSC = {
    "State Bank of India": "SBIN",
    "State Bank of Sikkim": "SBSK",
    "Central Bank of India": "CBIN",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Union Bank of India": "UBIN",
    "Bank of Baroda": "BARB",
    "IDBI Bank": "IBKL",
    "UCO Bank": "UCBA",
    "Indian Bank": "IDIB",
    "Bandhan Bank": "BDBL",
    "Yes Bank": "YESB",
    "Punjab National Bank": "PUNB",
}
BANKS = list(IFSC)
SHORT_BANK = {
    "State Bank of India": "SBI",
    "State Bank of Sikkim": "SBS",
    "Central Bank of India": "Central Bank",
    "Axis Bank": "Axis",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Union Bank of India": "Union Bank",
    "Bank of Baroda": "BoB",
    "IDBI Bank": "IDBI",
    "UCO Bank": "UCO",
    "Indian Bank": "Indian Bank",
    "Bandhan Bank": "Bandhan",
    "Yes Bank": "YES",
    "Punjab National Bank": "PNB",
}
# the thangkas: subject, HSN, price each (low, high); GST 5% on paintings (9701)
WORKS = [
    ("Green Tara, 24K gold line", "9701", 38000, 92000),
    ("Medicine Buddha, mineral colours", "9701", 45000, 118000),
    ("Guru Rinpoche, 33 x 24 in", "9701", 52000, 140000),
    ("Wheel of Life (Bhavachakra)", "9701", 28000, 76000),
    ("Kalachakra mandala, 30 in", "9701", 60000, 155000),
    ("White Tara, small, silk mount", "9701", 12000, 26000),
    ("Chenrezig, four-armed", "9701", 24000, 64000),
    ("Manjushri, line study", "9701", 4500, 9800),
    ("Amitabha in Sukhavati", "9701", 42000, 98000),
    ("Eight auspicious symbols, set", "9701", 3800, 8600),
]


def works(rng: random.Random, n: int, low: int = 0, high: int = 10**9) -> list[tuple[str, str, int, float]]:
    """Thangkas sold: subject, HSN, quantity (one each, prints and studies a few), price each."""
    out = []
    pool = [i for i, w in enumerate(WORKS) if w[2] >= low and w[3] <= high] or list(range(len(WORKS)))
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        qty = rng.randrange(1, 4) if hi < 10000 else 1
        out.append((name, hsn, qty, float(rng.randrange(lo, hi, 100))))
    return out


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    return when(j.date, rng.choice(pats))


def move(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the carnival's), its UPI / IMPS reference made again for that day."""
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


def stamp_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ", " at ")) -> str:
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, twelve=rng.random() < 0.6)}"


def words_plain(value: float) -> str:
    """A sum in words without the leading Rupees (a form's 'the sum of Rupees' line)."""
    return words_in_rupees(value)[7:-5]


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault("h272", {"marks": {}, "boxes": [], "lights": [], "border": None})


def raw(p: Screen, kind_: str, *texts: str, **facts) -> int:
    """A row drawn by this set's ``_render`` (added without the page face's checks); its index."""
    ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    return len(p.rows) - 1


def mark(p: Screen, i: int, value) -> None:
    ext(p)["marks"][str(i)] = value


def room_of(p: Screen) -> int:
    return p.style["width"] - 2 * MARGIN


def script(p: Screen, text: str, face: str, *, scale: float = 1.0, align: str = "c", **facts) -> None:
    """A line in Tibetan or Nepali script (a heading over its English, a thanks), drawn by heldout271's line
    in a face of its own."""
    f = load_font(face, int(p.style["size"] * scale))
    assert glyphs(face, text.replace(" ", "")), (face, text)
    assert f.getlength(text) <= room_of(p), text
    i = h271.raw(p, "kan", text, **facts)
    h271.mark(p, i, [face, scale, align])
    for _ in range(max(1, int(scale * 1.1))):
        p.add("gap")


def blab(p: Screen, label: str, face: str, english: str, value: str, *, at: float = 0.46, **facts) -> None:
    """A Nepali label, its English after a slash in the label's ink, the value at ``at`` of the room, a
    hairline under the row (a Sikkim office's bilingual form)."""
    size = p.style["size"]
    sface = load_font(face, int(size * 0.9))
    eface = load_font(p.font, int(size * 0.8))
    vface = load_font(p.font, size)
    assert glyphs(face, label.replace(" ", "")) and glyphs(p.font, english + value), (label, english, value)
    need = sface.getlength(label) + eface.getlength(f" / {english}") + 12
    assert need <= at * room_of(p), (label, english)
    assert vface.getlength(value) <= (1 - at) * room_of(p) - 8, value
    i = raw(p, "blab272", label, english, value, **facts)
    mark(p, i, [face, at])


def pill(p: Screen, text: str, status: str, **facts) -> None:
    """The outcome in a rounded chip of its colour, centred (an app's or a portal's status badge)."""
    bold = bold_of(p.font)
    face = load_font(bold, int(p.style["size"] * 0.9))
    # a mark the bold face lacks (a tick, a cross) is left off
    text = "".join(ch for ch in text if ch == " " or glyphs(bold, ch)).strip()
    assert face.getlength(text) + 48 <= room_of(p), text
    i = raw(p, "pill272", text, status=status, **facts)
    mark(p, i, list(TONE[status]))
    p.accent(TONE[status])


def hsteps(p: Screen, labels: list[str], reached: int, state: str, **facts) -> None:
    """A payment's progress left to right: a mark for each stage on a line across the page (filled where
    done, ringed in the outcome's colour where it stands, hollow to come), each stage's name under it."""
    small = load_font(p.font, int(p.style["size"] * 0.72))
    for text in labels:
        assert glyphs(p.font, text), text
        assert small.getlength(text) <= room_of(p) / len(labels) - 6, text
    raw(p, "hst272", "|".join(labels), str(reached), state, **facts)
    p.add("gap")


def tiles(p: Screen, *cells: tuple[str, str, dict]) -> None:
    """Two details side by side, each a small label over its value (an app's grid of ids)."""
    small = load_font(p.font, int(p.style["size"] * 0.78))
    face = load_font(p.font, p.style["size"])
    half = room_of(p) / 2 - 14
    facts: dict = {}
    texts: list[str] = []
    for label, value, f in cells:
        assert glyphs(p.font, label + value), (label, value)
        assert small.getlength(label) <= half and face.getlength(value) <= half, (label, value)
        assert not set(f) & set(facts), (f, facts)
        facts.update(f)
        texts += [label, value]
    if len(cells) == 1:
        texts += ["", ""]
    raw(p, "tile272", *texts, **facts)
    p.add("gap")


def box_open(p: Screen, title: str) -> int:
    """A box ruled round the rows that follow, its title set in a break of its top rule (a form's or a
    statement's section)."""
    bold = bold_of(p.font)
    assert glyphs(bold, title), title
    return raw(p, "fs272", title)


def box_close(p: Screen, start: int) -> None:
    ext(p)["boxes"].append([start, len(p.rows) - 1])
    p.add("gap")


def thumbprint(p: Screen, caption: str) -> None:
    """heldout269's box for a left thumb's impression, the thumb pressed in it in a stamp pad's ink."""
    thumb(p, caption)
    ext(p).setdefault("prints", []).append(
        [len(p.rows) - 3, p.rng.randrange(10**6), list(p.rng.choice([(70, 60, 150), (60, 80, 160)]))]
    )


def highlight(p: Screen) -> None:
    """A highlighter's yellow stroke over the last row added (a line marked on a printed statement)."""
    ext(p)["lights"].append(len(p.rows) - 1)


def brocade(p: Screen) -> None:
    """The page framed like a thangka's mount: a band of blue brocade with gold lozenges round it, a red and a
    yellow strip inside it."""
    ext(p)["border"] = [
        list(p.rng.choice([(28, 46, 112), (96, 26, 34), (22, 74, 66)])),
        list(p.rng.choice([(214, 168, 52), (226, 186, 80)])),
    ]


def carbon(p: Screen) -> None:
    """A bill book's carbon copy: thin tinted paper, everything printed and written in the carbon's blue."""
    blue = p.rng.choice([(46, 54, 150), (58, 50, 140), (40, 62, 140)])
    p.style.update(
        {
            "paper": p.rng.choice([(250, 244, 204), (248, 226, 230), (236, 240, 250)]),
            "ink": blue,
            "label_ink": blue,
            "accent": blue,
        }
    )
    h271.ext(p)["pen_ink"] = list(blue)
    h271.pen_face(p)
    h271.ext(p)["pen_ink"] = list(blue)


def lr(p: Screen, left: str, right_: str, *, at: float = 0.55, **facts) -> None:
    """Two cells on one row: one at the left, one set to the right (a number beside its day)."""
    cols(p, f"lr{int(at * 100)}", [(0.0, at, "l"), (at, 1.0, "r")], left, right_, **facts)


def amount_words(p: Screen, value: float, prefix: str = "") -> None:
    p.add("left", f"{prefix}{words_in_rupees(value)}")


# ---------------------------------------------------------------- drawing


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout271's ``_render`` (heldout269's and heldout14's beneath it), then this set's rows and marks: a
    highlighter's stroke, boxes ruled round sections with their titles in the rule, a status chip, a
    progress line across the page, details two to a row, Nepali labels beside their English, a thangka
    mount's brocade border."""
    page = h271._render(rows, font, style)
    x = style.get("h272")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    dark = sum(paper_) < 300
    if x["lights"] and not dark:
        tint = Image.new("RGB", page.size, (255, 255, 255))
        tdraw = ImageDraw.Draw(tint)
        for i in x["lights"]:
            tdraw.rectangle(
                (MARGIN - 6, tops[i] - lift + 2, width - MARGIN + 6, tops[i] + line - lift - 2),
                fill=(255, 238, 96),
            )
        page = ImageChops.multiply(page, tint)
    draw = ImageDraw.Draw(page)
    for start, end in x["boxes"]:
        y0 = tops[start] + line // 2 - lift
        y1 = tops[end] + line - lift + 6
        draw.rectangle(
            (MARGIN - 14, y0, width - MARGIN + 14, y1), outline=h269._tint(soft, paper_, 0.7), width=1
        )
    for i, r in enumerate(rows):
        name, y = r[0], tops[i]
        if name == "fs272":
            bold = load_font(bold_of(font), int(size * 0.82))
            tw = bold.getlength(r[1])
            yy = tops[i] + line // 2 - lift
            draw.rectangle((MARGIN - 4, yy - 3, MARGIN + tw + 8, yy + 3), fill=paper_)
            draw.text((MARGIN + 2, yy - int(size * 0.55)), r[1], font=bold, fill=ink)
        elif name == "pill272":
            colour = tuple(x["marks"][str(i)])
            bold = load_font(bold_of(font), int(size * 0.9))
            tw = bold.getlength(r[1])
            x0 = (width - tw) / 2 - 22
            draw.rounded_rectangle(
                (x0, y - lift + 1, x0 + tw + 44, y + line - lift - 1),
                radius=int(line / 2) - 1,
                fill=h269._tint(colour, paper_, 0.3 if dark else 0.14),
            )
            draw.text(((width - tw) / 2, y + int(size * 0.05)), r[1], font=bold, fill=colour)
        elif name == "hst272":
            labels, reached, state = r[1].split("|"), int(r[2]), r[3]
            small = load_font(font, int(size * 0.72))
            n = len(labels)
            cy = y + size * 0.5
            centres = [MARGIN + room * (k + 0.5) / n for k in range(n)]
            faint = h269._tint(soft, paper_, 0.55)
            for k in range(n - 1):
                colour = GREEN if k < reached else faint
                draw.line((centres[k] + 11, cy, centres[k + 1] - 11, cy), fill=colour, width=3)
            for k, cx in enumerate(centres):
                if k < reached or (k == reached and state == "success"):
                    draw.ellipse((cx - 10, cy - 10, cx + 10, cy + 10), fill=GREEN)
                    draw.line((cx - 5, cy, cx - 1, cy + 4, cx + 5, cy - 4), fill=paper_, width=2)
                elif k == reached:
                    colour = TONE.get(state, AMBER)
                    draw.ellipse((cx - 11, cy - 11, cx + 11, cy + 11), outline=colour, width=3)
                    if state == "failed":
                        draw.line((cx - 4, cy - 4, cx + 4, cy + 4), fill=colour, width=2)
                        draw.line((cx - 4, cy + 4, cx + 4, cy - 4), fill=colour, width=2)
                    else:
                        draw.ellipse((cx - 4, cy - 4, cx + 4, cy + 4), fill=colour)
                else:
                    draw.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), outline=faint, width=2)
                tw = small.getlength(labels[k])
                draw.text((cx - tw / 2, cy + 16), labels[k], font=small, fill=ink if k <= reached else soft)
        elif name == "tile272":
            small = load_font(font, int(size * 0.78))
            face = load_font(font, size)
            for n_, x0 in enumerate((MARGIN, MARGIN + room / 2 + 10)):
                label, value = r[1 + 2 * n_], r[2 + 2 * n_]
                if not label:
                    continue
                draw.text((x0, y), label, font=small, fill=soft)
                draw.text((x0, y + int(size * 1.0)), value, font=face, fill=ink)
        elif name == "blab272":
            face_name, at = x["marks"][str(i)]
            sface = load_font(face_name, int(size * 0.9))
            eface = load_font(font, int(size * 0.8))
            base = y + int(size * 0.9)
            draw.text((MARGIN, base), r[1], font=sface, fill=ink, anchor="ls")
            draw.text(
                (MARGIN + sface.getlength(r[1]), base), f" / {r[2]}", font=eface, fill=soft, anchor="ls"
            )
            draw.text((MARGIN + at * room, base), r[3], font=load_font(font, size), fill=ink, anchor="ls")
            draw.line(
                (MARGIN, y + line - lift, width - MARGIN, y + line - lift),
                fill=h269._tint(soft, paper_, 0.35),
                width=1,
            )
    if x.get("prints"):
        ink_layer = Image.new("RGB", page.size, (255, 255, 255))
        idraw = ImageDraw.Draw(ink_layer)
        for i, seed, colour in x["prints"]:
            side = int(line * 2.6)
            x0 = width - MARGIN - side
            cx, cy = x0 + side / 2, tops[i] + side / 2
            prng = random.Random(seed)
            light = h269._tint(tuple(colour), (255, 255, 255), 0.75)
            for r in range(3, int(side * 0.4), 3):
                rx, ry = r * 0.78, r
                start = prng.randrange(0, 360)
                idraw.arc(
                    (cx - rx, cy - ry, cx + rx, cy + ry),
                    start,
                    start + prng.randrange(250, 345),
                    fill=light,
                    width=2,
                )
        page = ImageChops.multiply(page, ink_layer)
        draw = ImageDraw.Draw(page)
    if x.get("border"):
        blue, gold = (tuple(c) for c in x["border"])
        w, h = page.size
        draw.rectangle((3, 3, w - 4, h - 4), outline=blue, width=13)
        for xx in range(12, w - 12, 18):
            for yy in (9, h - 10):
                draw.polygon([(xx, yy - 4), (xx + 4, yy), (xx, yy + 4), (xx - 4, yy)], fill=gold)
        for yy in range(12, h - 12, 18):
            for xx in (9, w - 10):
                draw.polygon([(xx, yy - 4), (xx + 4, yy), (xx, yy + 4), (xx - 4, yy)], fill=gold)
        draw.rectangle((18, 18, w - 19, h - 19), outline=(178, 34, 34), width=3)
        draw.rectangle((22, 22, w - 23, h - 23), outline=(230, 190, 40), width=3)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout271's), each page's rows drawn by ``_render`` while it is
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

    for face in [*SCRIPTS, *h271.PENS, *h271.TYPES, *h269.PENS]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout272 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the gallery's own app


PHONEPE, PAYTM_BLUE, BHIM_ORANGE = (95, 37, 159), (0, 41, 112), (232, 104, 28)
AMAZON_INK, NAVI_GREEN, AIRTEL_RED = (35, 47, 62), (0, 125, 98), (228, 0, 0)
PAYEES = [GALLERY_CAPS, GALLERY, CUT, "GANGJONG THANGKA GALLE"]
VPAS = [
    "gangjongthangka@sbi",
    "gangjonggallery@okicici",
    "Q739205184@ybl",
    "gangjong.lhadri@axisbank",
    "paytmqr5xk2m9tq@paytm",
]
BUYERS = [
    ("Aditi Sharma", "HDFC Bank"),
    ("Rohan Pradhan", "State Bank of India"),
    ("Meenakshi Iyer", "ICICI Bank"),
    ("Tenzin Dorjee Bhutia", "Axis Bank"),
    ("Karan Mehta", "Kotak Mahindra Bank"),
    ("Sneha Chettri", "Central Bank of India"),
    ("Debjani Ghosh", "Bank of Baroda"),
    ("Ugen Lepcha", "State Bank of Sikkim"),
]
NOTES = ["Green Tara thangka", "thangka + mount", "White Tara", "Wheel of life", "2 prints", "deposit"]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the gallery on M.G. Marg, the school's short courses and the studio's commissions:
    PhonePe's receipt (Transaction Successful on its band over "<hour> on <day>", Paid to with the sum on its
    row, the UPI ID, Transfer Details: Transaction ID, then two to a row UTR | Debited from, Bank | Paid);
    Paytm's (Paid Successfully in a chip, the sum, "To <payee>", a card of UPI Ref. No., From, Paid at, Note);
    BHIM's pending payment (a chip, the sum, the stages Initiated, Debited, Credited across the page, Paying
    to, UPI Transaction ID, Remarks, Date); Amazon Pay's UPI payment (a box of Payment details: UPI Reference
    ID, Amazon Pay transaction ID, Paid from, Date & time); a Navi screenshot forwarded in a WhatsApp chat
    (its hour alone, the chat's divider Today; no day); Airtel Thanks' failed UPI payment (Reason, Transaction
    ID, UPI Ref. No., Paid from, Date); Paytm for Business on the gallery's own phone (the gallery under the
    app, Payment Received, "from <buyer>", Received on, Settlement, Soundbox; no reference); Razorpay's e-mail
    of a payment link paid for a commission deposit (the sum, "Paid to <studio>", a box: Payment Id, Paid On,
    Method, Payment link, Email). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=900, high=46000, p_round=0.75)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    hour = hhmm(rng, lower=rng.random() < 0.5)
    dot = sign(font, "\u2022", "*")
    tail = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, [""], dark=False, buttons=rng.choice([("Share", "Done"), ("Done",)]))
        band(p, PHONEPE)
        p.part = "head"
        p.add("title", "Transaction Successful", status=status)
        p.add("small", f"{hour} on {when_in(j, ['%d %b %Y', '{d} %b %Y'], rng)}", date=j.date)
        p.add("gap")
        p.accent(GREEN)
        p.part = "body"
        p.add("left", "Paid to")
        name = to if fits(p, "pair", f"{to}  {rs(j.amount)}   ") else GALLERY_CAPS
        p.pair(name, rs(j.amount), merchant=name, amount=j.amount)
        p.add("small", vpa, method="UPI")
        p.add("rule")
        p.add("left", "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(8, 22):02d}{digits(rng, 14)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        tiles(p, ("UTR", j.ref, {"txn": (UTR_RANK, j.ref)}), ("Debited from", f"XXXXXXXX{tail}", {}))
        tiles(p, ("Bank", SHORT_BANK.get(bank, bank), {}), ("Paid", rs(j.amount), {}))
        p.part = "foot"
        p.add("small", "Powered by UPI  |  Contact PhonePe Support")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment Receipt"], dark=False)
        band(p, PAYTM_BLUE)
        bar_title(p, "Paytm", "UPI")
        pill(p, f"{sign(font, chr(0x2713), '')} Paid Successfully".strip(), status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"To {to}", f"To {GALLERY_CAPS}"])[3:]
        p.add("center", f"To {name}", merchant=name)
        p.add("small", f"UPI ID: {vpa}", method="UPI")
        p.add("gap")
        c = card_open(p)
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("From", f"{SHORT_BANK.get(bank, bank)} - {tail}")
        p.pair("Paid at", f"{hour}, {when_in(j, ['{d} %b %Y', '%d %b %Y'], rng)}", date=j.date)
        p.pair("Note", rng.choice(NOTES))
        card_close(p, c)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Paytm Payments Services Ltd  |  Check Balance")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction Status"], dark=False, buttons=("Check Status",))
        band(p, BHIM_ORANGE)
        bar_title(p, "BHIM", "Bharat Interface for Money")
        pill(p, "Transaction Pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        hsteps(p, ["Initiated", "Debited", "Credited"], 2, status)
        name = pick(p, "center", [f"Paying to {to}", f"Paying to {GALLERY}"])[10:]
        p.add("center", f"Paying to {name}", merchant=name)
        p.add("small", vpa, method="UPI")
        p.add("rule")
        p.pair("UPI Transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Remarks", rng.choice(NOTES))
        p.pair("Date", stamp_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        p.add("gap")
        p.add("small", "Your bank has not confirmed the credit yet. Status will be updated within 48 hours.")
        p.add("small", "Please do not pay again.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment details"], dark=False)
        band(p, AMAZON_INK)
        bar_title(p, "amazon pay", "UPI")
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GALLERY}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", vpa, method="UPI")
        p.add("gap")
        b = box_open(p, "Payment details")
        apid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        p.pair("UPI Reference ID", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Amazon Pay transaction ID", apid, txn=(TXN_RANK, apid))
        p.pair("Paid from", f"{SHORT_BANK.get(bank, bank)} {dot * 2}{tail}")
        p.pair("Date & time", f"{when_in(j, ['%d %b %Y', '{d} %B %Y'], rng)}, {hour}", date=j.date)
        box_close(p, b)
        p.part = "foot"
        p.add("small", "Amazon Pay (India) Pvt Ltd. UPI payments are processed by Axis Bank.")
        return p.done()
    if k == 4:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 600]))
        band(p, NAVI_GREEN)
        bar_title(p, "navi", "UPI")
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"Paid to {to}", f"Paid to {GALLERY}"])[8:]
        p.add("center", f"Paid to {name}", merchant=name)
        times = chat_times(rng, 3)
        p.add("small", f"{vpa}  {dot}  at {times[0]}", method="UPI")
        p.add("rule")
        nid = f"NAVI{digits(rng, 14)}"
        kvr(p, "UPI ref no.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Navi txn ID", nid)
        kvr(p, "Debited from", f"{SHORT_BANK.get(bank, bank)} XX{tail}")
        bubbles = [
            (
                "in",
                rng.choice(
                    ["Sent for the Green Tara la", "Payment done, please check", "Paid for the thangka"]
                ),
            ),
            ("image", ""),
            ("out", rng.choice(["Received, thank you la!", "Got it, thank you!", "Received. Tashi delek!"])),
        ]
        for _, text in bubbles:
            assert glyphs(font, text), (font, text)
        p.style["h118"] = {
            "chat": {
                "contact": who,
                "divider": "Today",
                "bubbles": bubbles,
                "times": times,
                "dark": rng.random() < 0.3,
                "last_seen": rng.choice(["online", "typing..."]),
            }
        }
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transaction details"], dark=rng.random() < 0.3, buttons=("Retry",))
        band(p, AIRTEL_RED)
        bar_title(p, "Airtel Thanks", "UPI payment")
        cross = sign(font, "\u2717", "")
        p.add("center", f"{cross} Payment failed".strip(), status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GALLERY}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        p.add("small", "Reason")
        p.add(
            "left", rng.choice(["Your bank did not respond in time (U91)", "Incorrect UPI PIN entered (ZM)"])
        )
        p.add("rule")
        aid = f"ATPB{digits(rng, 12)}"
        p.pair("Transaction ID", aid, txn=(TXN_RANK, aid))
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Paid from", f"{SHORT_BANK.get(bank, bank)} A/c {dot * 2}{tail}", method="UPI")
        p.pair("Date", stamp_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        p.add("small", "If money was debited it will be returned to your account within 3 working days.")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment details"], dark=rng.random() < 0.3, buttons=("Share",))
        band(p, PAYTM_BLUE)
        p.part = "head"
        p.add("title", "Paytm for Business")
        p.add("small", "Accept payments")
        p.add("gap")
        p.part = "body"
        shop = rng.choice([GALLERY_CAPS, GALLERY])
        p.add("center", shop, merchant=shop)
        p.add("small", "M.G. Marg, Gangtok")
        p.add("gap")
        pill(p, "Payment Received", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"from {who}")
        p.add("small", f"via UPI  {dot}  {bank}", method="UPI")
        p.add("rule")
        kvr(p, "Received on", f"{when_in(j, ['%d %b %Y', '{d} %b %Y'], rng)}, {hour}", date=j.date)
        kvr(p, "Settlement", f"To SBI a/c XX{digits(rng, 4)}, next morning")
        kvr(p, "Soundbox", "Announced")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Zero MDR on UPI. Get a Paytm Card Soundbox for your counter.")
        return p.done()
    p = mail_page(
        rng,
        font,
        "Razorpay <no-reply@razorpay.com>",
        [f"Payment successful for {STUDIO}", f"Your payment to {STUDIO} was successful"],
    )
    p.part = "head"
    top(p, "Razorpay")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Hi {who.split()[0]},")
    j.amount = float(rng.choice([10000, 15000, 20000, 25000, 30000]))
    p.add("left", f"Your payment of {rs(j.amount)} to {STUDIO} has been received.", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"Paid to {STUDIO}", merchant=STUDIO)
    b = box_open(p, "Payment details")
    pay = "pay_" + code(rng, 14, MIXED)
    p.pair("Payment Id", pay, txn=(TXN_RANK, pay))
    p.pair("Paid On", stamp_hour(rng, j.date, ["%d %b %Y", "%b {d}, %Y"], (", ",)), date=j.date)
    p.pair("Method", f"UPI ({who.split()[0].lower()}{rng.randrange(10, 99)}@okhdfcbank)", method="UPI")
    p.pair("Payment link", rng.choice(["Commission deposit", "Thangka commission advance"]))
    p.pair("Email", f"{who.split()[0].lower()}.{who.split()[-1].lower()}@gmail.com")
    box_close(p, b)
    p.add("left", "The studio will share a photo of the line drawing before the colours are laid.")
    p.part = "foot"
    p.add("small", "Razorpay Software Pvt Ltd processes payments on behalf of the merchant.")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


TIB_PALCHEN = "དཔལ་ཆེན་ཆོས་གླིང་དགོན་པ།"
PAYERS = [
    ("Palchen Choling Monastery", "P.O. Rumtek, East Sikkim - 737135", "letter"),
    ("Yangsum Heritage Resort", "Rinchenpong, West Sikkim - 737111", "released"),
    ("Himalayan Orchid Hotels Pvt Ltd", "Tadong, Gangtok - 737102", "zoho"),
    ("Kolkata Centre for Himalayan Arts Pvt Ltd", "Ballygunge, Kolkata - 700019", "cib"),
    ("Kalaghoda Fine Art Auctions Pvt Ltd", "Fort, Mumbai - 400001", "auction"),
    ("Hotel Mintokling", "Gandhi Road, Darjeeling - 734101", "voucher"),
    ("Office of the Development Commissioner (Handicrafts)", "Gangtok", "pfms"),
    ("Cloudline Retail India Pvt Ltd", "Koramangala, Bengaluru - 560034", "netsuite"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A monastery, hotels, a Kolkata gallery, a Mumbai auction house, the Development Commissioner
    (Handicrafts) and a Bengaluru retailer paying the company, its gallery or its school: a Rumtek monastery's
    letter under its Tibetan name (Ref. No. beside Date:, To, The Managing Partner, the company, Sub:, "the
    sum of <sum> ... has been transferred to your account ... by RTGS on <day> (UTR ...)", its instalments in
    a table striped every other row, the General Secretary's round seal); a West Sikkim resort's e-mail of a
    payment released today in dot leaders (Vendor, Invoice, Invoice amount, Less: advance paid, Amount
    released, Mode, UTR; no day); Zoho Books' PAYMENTS MADE (shaded label cells: Payment#, Payment Date,
    Reference Number, Paid To, Payment Mode, Paid Through, Amount Paid In Words; the Amount Paid under its
    rules, Payment for striped: Bill Number | Bill Date | Bill Amount | Payment Amount); ICICI Bank CIB's NEFT
    rejected by the beneficiary bank (a tinted status band, a box of shaded label cells: Transaction Reference
    No., Debit Account, Beneficiary Name, Beneficiary Account, Beneficiary IFSC, Amount, Payment Type, Value
    Date, Reject Reason); an auction house's CONSIGNOR SETTLEMENT STATEMENT (Sale beside Lot, Consignor,
    Object, Hammer price less the seller's commission, its GST, insurance and photography, Net payable to
    consignor under its rules, "The net amount has been remitted by RTGS on <day>, UTR ..."); a Darjeeling
    hotel's DEBIT VOUCHER filled in by hand for a cheque (its No. left blank, Date, Paid to, the sum of
    Rupees, by Cash / Cheque, on account of, the sum in a box; no reference); PFMS's payment status pending at
    the bank (the stages Sanctioned, Signed (DSC), Sent to bank, Credited across the page, a ruled table:
    Agency, Scheme, Beneficiary, Account, Sanction No., Amount (Rs.), Payment mode, PFMS Transaction ID,
    Initiated on, Status); NetSuite's Bill Payment (#BP-..., Payee, Date, Account, a Memo with the UTR, the
    bill applied with a hairline, Amount under its rules). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=30000, high=420000, p_round=0.6)
    payer, town, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR", "Rs"))
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "letter":
        p = paper_page(rng, font, [780, 820])
        p.part = "head"
        script(p, TIB_PALCHEN, TIBETAN, scale=1.15)
        top(p, payer)
        p.add("small", town)
        p.add("small", "Office of the General Secretary")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(60000, 240000, 1000))
        late = j.date + dt.timedelta(days=rng.randrange(0, 3))
        lr(p, f"Ref. No. PCM/GS/{j.date:%Y}/{rng.randrange(20, 180):03d}", f"Date: {when(late, '%d.%m.%Y')}")
        p.add("gap")
        p.add("left", "To,")
        p.add("left", "The Managing Partner,")
        p.add("left", COMPANY, merchant=COMPANY)
        p.add("left", OFFICE)
        p.add("gap")
        p.add("left", "Sub: Second instalment for the Guru Rinpoche thangka set for the new assembly hall")
        p.add("gap")
        p.add("left", "Tashi Delek,")
        utr = utr_of(rng, j, "State Bank of India", "RTGS")
        p.add(
            "left",
            f"We are pleased to inform you that the sum of {rs(j.amount)} ({words_in_rupees(j.amount)}) has "
            f"been transferred to your account with State Bank of India, M.G. Marg, by RTGS on "
            f"{when_in(j, ['%d %B %Y', '{d} %B %Y', '%d/%m/%Y'], rng)} (UTR {utr}), towards the second "
            "instalment of the commission.",
            amount=j.amount,
            date=j.date,
            txn=(UTR_RANK, utr),
            method="netbanking",
            status=status,
        )
        whole = j.amount * rng.choice([3, 4])
        p.add("gap")
        spec = [(0.0, 0.44, "l"), (0.44, 0.72, "l"), (0.72, 1.0, "r")]
        zebra(
            p,
            "in",
            spec,
            ["Instalment", "When", "Amount"],
            [
                (["Advance on order", "Paid earlier", num(j.amount)], {}),
                (["Second instalment", "This transfer", num(j.amount)], {}),
                (["Balance", "On consecration", num(whole - 2 * j.amount)], {}),
            ],
            (120, 40, 40),
        )
        p.add("gap")
        p.add("left", "Kindly acknowledge the receipt. May the work bring blessings to all.")
        right(p, "General Secretary")
        seal(p, "PALCHEN CHOLING MONASTERY * RUMTEK *", ["GENERAL", "SECRETARY"], "red")
        return p.done()
    if frame == "released":
        p = mail_page(
            rng, font, "Accounts - Yangsum Heritage Resort <accounts@yangsumresort.in>", ["Payment released"]
        )
        p.part = "head"
        top(p, payer)
        p.add("small", town)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Sir / Madam,")
        p.add(
            "left",
            "We have released the payment below to your account today. Kindly acknowledge.",
            status=status,
        )
        inv = f"GTG/{rng.randrange(100, 900)}/26-27"
        gross = round(j.amount + rng.randrange(10000, 40000, 1000), 2)
        shown = pick(p, "left", [GALLERY, GALLERY_CAPS])
        utr = utr_of(rng, j, "HDFC Bank", "NEFT")
        dots(p, "Vendor", shown, at=0.3, merchant=shown)
        dots(p, "Invoice", f"{inv} (four thangkas for the suites)", at=0.3)
        dots(p, "Invoice amount", rs(gross), at=0.3)
        dots(p, "Less: advance paid", rs(gross - j.amount), at=0.3)
        dots(p, "Amount released", rs(j.amount), at=0.3, bold=True, amount=j.amount)
        dots(p, "Mode", "NEFT from HDFC Bank", at=0.3, method="netbanking")
        dots(p, "UTR", utr, at=0.3, txn=(UTR_RANK, utr))
        p.add("gap")
        p.add("left", "Regards,")
        p.add("left", "Accounts Team")
        p.add("left", payer)
        p.part = "foot"
        p.add("small", "Please quote the invoice number in any query.")
        return p.done()
    if frame == "zoho":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, payer)
        p.add(
            "small",
            f"{town}  |  GSTIN {gstin_of(rng, '11')}",
        )
        p.add("gap")
        p.add("center", "PAYMENTS MADE")
        p.add("rule")
        p.part = "body"
        no = str(rng.randrange(2, 240))
        utr = utr_of(rng, j, "Axis Bank", rng.choice(["NEFT", "RTGS"]))
        shown = pick(p, "left", [GALLERY, me])
        kv(p, "Payment#", no, at=0.36, txn=(INVOICE_RANK, no))
        kv(p, "Payment Date", when_in(j, ["%d/%m/%Y", "%d %b %Y"], rng), at=0.36, date=j.date)
        kv(p, "Reference Number", utr, at=0.36, txn=(UTR_RANK, utr))
        kv(p, "Paid To", shown, at=0.36, merchant=shown)
        kv(p, "Payment Mode", "Bank Transfer", at=0.36, method="netbanking")
        kv(p, "Paid Through", "Axis Bank Current A/c", at=0.36)
        kv(p, "Amount Paid In Words", words_in_rupees(j.amount), at=0.36)
        p.add("gap")
        total(p, "Amount Paid", rs(j.amount), at=0.6, amount=j.amount, status=status)
        p.add("gap")
        p.add("left", "Payment for")
        bills = 2 if j.amount > 60000 else 1
        first = round(j.amount * 0.6, 2) if bills == 2 else j.amount
        rows = [
            (
                [
                    f"GTG/{rng.randrange(100, 900)}",
                    when(earlier(rng, j, 8, 40), "%d/%m/%Y"),
                    num(first),
                    num(first),
                ],
                {},
            )
        ]
        if bills == 2:
            rest = round(j.amount - first, 2)
            rows.append(
                (
                    [
                        f"GTG/{rng.randrange(100, 900)}",
                        when(earlier(rng, j, 3, 7), "%d/%m/%Y"),
                        num(rest),
                        num(rest),
                    ],
                    {},
                )
            )
        zebra(
            p,
            "pf",
            [(0.0, 0.26, "l"), (0.26, 0.5, "l"), (0.5, 0.75, "r"), (0.75, 1.0, "r")],
            ["Bill Number", "Bill Date", "Bill Amount", "Payment Amount"],
            rows,
            (70, 90, 120),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Generated by Zoho Books")
        return p.done()
    if frame == "cib":
        p = browser_page(rng, font, f"cib.icicibank.com/corp/BANKAWAY?fldTxnRef={digits(rng, 8)}")
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("small", f"Corporate Internet Banking  |  {payer}")
        p.add("rule")
        p.part = "body"
        strip(p, "Status: Rejected by beneficiary bank", status)
        p.add("gap")
        ref = f"CIB{j.date:%y%m%d}{digits(rng, 7)}"
        b = box_open(p, "Transaction Details")
        shown = pick(p, "left", [COMPANY_CAPS, CUT])
        kv(p, "Transaction Reference No.", ref, at=0.42, txn=(BANK_RANK, ref))
        kv(p, "Debit Account", f"XXXXXXXX{digits(rng, 4)} ({payer.split()[0]} Centre)", at=0.42)
        kv(p, "Beneficiary Name", shown, at=0.42, merchant=shown)
        kv(p, "Beneficiary Account", f"XXXXXXX{digits(rng, 4)}", at=0.42)
        kv(p, "Beneficiary IFSC", f"SBIN000{digits(rng, 4)}", at=0.42)
        kv(p, "Amount", f"INR {num(j.amount)}", at=0.42, amount=j.amount)
        kv(p, "Payment Type", "NEFT", at=0.42, method="netbanking")
        kv(p, "Value Date", when_in(j, ["%d-%b-%Y", "%d/%m/%Y"], rng), at=0.42, date=j.date)
        kv(p, "Reject Reason", "Beneficiary name does not match the account (R09)", at=0.42)
        box_close(p, b)
        p.add(
            "left",
            "The amount has been credited back to the debit account. Please verify the payee and retry.",
        )
        p.part = "foot"
        p.add("small", "ICICI Bank Ltd. For help call the corporate care desk.")
        return p.done()
    if frame == "auction":
        p = paper_page(rng, font, [780, 820])
        p.part = "head"
        top(p, payer)
        p.add("small", town + "  |  Fine art auctioneers")
        p.add("center", "CONSIGNOR SETTLEMENT STATEMENT")
        p.add("rule")
        p.part = "body"
        sale = rng.choice(
            ["Himalayan and Tibetan Art", "Sacred Arts of the Himalaya", "Art of the Mountains"]
        )
        lot = rng.randrange(10, 180)
        lr(p, f"Sale: {sale}", f"Lot {lot}")
        p.add("left", f"Consignor: {me}", merchant=me)
        p.add(
            "left",
            f"Object: {rng.choice(['Green Tara', 'Medicine Buddha', 'Kalachakra mandala'])}, thangka, "
            "mineral pigments and gold on cotton, brocade mount",
        )
        p.add("gap")
        hammer = float(rng.randrange(120000, 900000, 5000))
        comm = round(hammer * 0.1, 2)
        gst = round(comm * 0.18, 2)
        ins = round(hammer * 0.01, 2)
        photo = 2500.0
        j.amount = round(hammer - comm - gst - ins - photo, 2)
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        h269.kind(p, "ach", spec, "plain", group="ac", bold=(0, 1))
        h269.kind(p, "acr", spec, "line", group="ac")
        row(p, "ach", "Particulars", "Amount (Rs.)")
        row(p, "acr", "Hammer price", num(hammer))
        row(p, "acr", "Less: seller's commission 10%", f"({num(comm)})")
        row(p, "acr", "Less: GST 18% on commission", f"({num(gst)})")
        row(p, "acr", "Less: insurance 1%", f"({num(ins)})")
        row(p, "acr", "Less: photography and catalogue", f"({num(photo)})")
        total(p, "Net payable to consignor", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_of(rng, j, "HDFC Bank", "RTGS")
        p.add(
            "left",
            f"The net amount has been remitted by RTGS on {when_in(j, ['%d %B %Y', '%d/%m/%Y'], rng)}, "
            f"UTR {utr}.",
            date=j.date,
            txn=(UTR_RANK, utr),
            method="netbanking",
            status=status,
        )
        right(p, "Accounts, " + payer.split(" Pvt")[0])
        return p.done()
    if frame == "voucher":
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, payer)
        p.add("small", town)
        p.add("center", "DEBIT VOUCHER")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(18000, 96000, 500))
        whole = f"{num(j.amount, 'indian', 0)}/-"
        shown = rng.choice([GALLERY, "Gangjong Thangka Gallery, Gangtok"])
        p.add("left", "No. ..............")
        fill(p, "Date", f"{j.date.day}.{j.date.month}.{j.date:%y}", date=j.date)
        fill(p, "Paid to", shown, merchant=shown)
        fill(p, "the sum of Rupees", words_plain(j.amount))
        chq = digits(rng, 6)
        fill(p, "by Cash / Cheque", f"Chq. No. {chq}, SBI Darjeeling", method="cheque", status=status)
        fill(p, "on account of", "Two thangkas for the lobby")
        h271.amtbox(p, "Rs.", whole, amount=j.amount)
        cols(
            p,
            "sg",
            [(0.0, 0.33, "l"), (0.33, 0.66, "c"), (0.66, 1.0, "r")],
            "Prepared by",
            "Passed by",
            "Receiver's signature",
        )
        return p.done()
    if frame == "pfms":
        p = browser_page(rng, font, "pfms.nic.in/Users/PaymentStatus.aspx")
        p.part = "head"
        top(p, "Public Financial Management System")
        p.add("small", "Controller General of Accounts, Ministry of Finance")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Status")
        hsteps(p, ["Sanctioned", "Signed (DSC)", "Sent to bank", "Credited"], 2, status)
        shown = pick(p, "left", [SCHOOL, f"{SCHOOL} (Thangka Painting School)"])
        pid = f"PFMS{j.date:%y}{digits(rng, 9)}"
        rows = [
            (["Agency", payer], {}),
            (["Scheme", "National Handicraft Development Programme - training"], {}),
            (["Beneficiary", shown], {"merchant": shown}),
            (["Account", f"XXXXXXX{digits(rng, 4)} (SBIN000{digits(rng, 4)})"], {}),
            (["Sanction No.", f"DCH/GTK/{fy(j.date)}/{rng.randrange(10, 99)}"], {}),
            (["Amount (Rs.)", num(j.amount)], {"amount": j.amount}),
            (["Payment mode", "e-Payment (PFMS - EPS)"], {"method": "netbanking"}),
            (["PFMS Transaction ID", pid], {"txn": (TXN_RANK, pid)}),
            (["Initiated on", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng)], {"date": j.date}),
            (["Status", "Pending at Bank"], {"status": status}),
        ]
        grid(p, "pf", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], ["Field", "Value"], rows, tint=(224, 232, 244))
        p.add("gap")
        p.add("small", "The UTR is shown once the bank confirms the credit.")
        return p.done()
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, payer)
    p.add("small", town)
    p.add("rule")
    p.part = "body"
    bp = f"BP-{rng.randrange(10000, 99999)}"
    lr(p, "Bill Payment", f"#{bp}", txn=(INVOICE_RANK, bp))
    utr = utr_of(rng, j, "HDFC Bank", "NEFT")
    shown = pick(p, "left", [me, GALLERY])
    p.pair("Payee", shown, merchant=shown)
    p.pair("Date", when_in(j, ["%d/%m/%Y", "%d-%b-%Y"], rng), date=j.date)
    p.pair("Account", "HDFC Bank - Current (Operations)")
    p.add(
        "left",
        f"Memo: NEFT UTR {utr} - thangkas for the Indiranagar store",
        txn=(UTR_RANK, utr),
        method="netbanking",
    )
    p.add("gap")
    inv = rng.randrange(100, 900)
    spec = [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")]
    h269.kind(p, "nsh", spec, "plain", group="ns", bold=(0, 1, 2, 3))
    h269.kind(p, "nsr", spec, "line", group="ns")
    row(p, "nsh", "Bill #", "Date Due", "Orig. Amt.", "Payment")
    row(
        p,
        "nsr",
        f"GTG/{inv}",
        when(j.date + dt.timedelta(days=rng.randrange(3, 20)), "%d/%m/%Y"),
        num(j.amount),
        num(j.amount),
    )
    total(p, "Amount", rs(j.amount), at=0.6, amount=j.amount, status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Printed from NetSuite  |  Approved by Finance Controller")
    return p.done()


# ---------------------------------------------------------------- 3. collectors and monasteries abroad


# payer, its town, currency, low, high, the page
IMPORTERS = [
    ("Margaret Ellison", "New York, NY", "USD", 1800, 9500, "chase"),
    ("Fondation Lumière du Dharma", "Genève", "CHF", 2500, 14000, "swiss"),
    ("P. van der Berg", "Utrecht", "EUR", 1500, 8000, "ing"),
    ("Taipei Palyul Dharma Society", "Taipei", "TWD", 60000, 420000, "cathay"),
    ("Zangdopelri Lhakhang", "Thimphu", "BTN", 80000, 450000, "mbob"),
    ("Hannah O'Rourke", "Melbourne VIC", "AUD", 1500, 9000, "commbank"),
    ("Lotus Light Gallery Pte Ltd", "Singapore", "SGD", 2000, 12000, "dbs"),
    ("Ingrid Solberg", "Oslo", "NOK", 15000, 90000, "dnb"),
]
FX = {"USD": 88.4, "CHF": 110.6, "EUR": 102.3, "TWD": 2.78, "BTN": 1.0, "AUD": 57.6, "SGD": 68.2, "NOK": 8.3}


def european(v: float, thousands: str) -> str:
    """A sum with a decimal comma and ``thousands`` between the groups (3.150,00 or 28 400,00)."""
    return f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", thousands)


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum as its own bank prints it: US, Australian and Singapore dollars with a sign or a code and
    English grouping; Swiss francs with an apostrophe between the thousands (4'850.00); euros the Dutch way
    (EUR 3.150,00); Norwegian kroner with a space between the thousands and a decimal comma (28 400,00);
    Taiwan dollars whole; ngultrum after Nu."""
    if cur == "CHF":
        form = rng.choice(["CHF {v}", "{v} CHF"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", "'"))
    if cur == "EUR":
        mark = rng.choice([sign(font, "\u20ac", "EUR"), "EUR"])
        return lambda v: f"{mark} {european(v, '.')}"
    if cur == "NOK":
        form = rng.choice(["kr {v}", "NOK {v}", "{v} kr"])
        return lambda v: form.format(v=european(v, " "))
    if cur == "TWD":
        mark = rng.choice(["TWD ", "NT$"])
        return lambda v: f"{mark}{v:,.0f}"
    if cur == "BTN":
        return lambda v: f"Nu. {v:,.2f}"
    mark = rng.choice({"USD": ["USD ", "$", "US$"], "AUD": ["AUD ", "A$"], "SGD": ["SGD ", "S$"]}[cur])
    return lambda v: f"{mark}{v:,.2f}"


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Collectors, a Geneva foundation, a Taipei Dharma society, a Thimphu lhakhang and a Singapore gallery
    paying for thangkas from their own banks: Chase's wire transfer details in US dollars (a table ruled on
    every side: Recipient, Recipient's bank, SWIFT/BIC, Account, Amount, Wire fee, Total, Send on month first
    the American way, Message to recipient, Confirmation #, Status: Sent); a Geneva bank's AVIS DE DÉBIT in
    French (Donneur d'ordre, dot leaders: Bénéficiaire, Banque du bénéficiaire, Montant in francs with an
    apostrophe between the thousands, Date valeur, Frais à partager (SHA), Communication, Référence, Statut:
    Exécuté); ING's Dutch app (Buitenlandse overboeking, the euros the Dutch way after a minus, the payee
    under the sum, an Uitgevoerd chip, labels at the left and values at the right: Datum Vandaag with an hour,
    Rekening, BIC, Soort SWIFT-betaling, Kosten, Omschrijving, Transactiereferentie; no day); Cathay United
    Bank's OUTWARD REMITTANCE ADVICE in boxes (Remitter, Beneficiary, Remittance: Remittance Date year first
    with slashes, Remittance Amount in Taiwan dollars whole, Charges (OUR), Total Debited, Method, Our Ref.
    No., Purpose); Bank of Bhutan's mBoB app in ngultrum (a Transfer Successful chip, Nu. and the sum, To,
    Bank, Transfer type, From, Date, Remarks; no reference); CommBank's international money transfer receipt
    (labels at the left and values at the right: Transfer date, From, To, Recipient's bank, Amount, Exchange
    rate, Recipient gets (approx.), Fee, Receipt number); DBS IDEAL's telegraphic transfer processing (the
    stages Created, Approved, Processing, Completed across the page, a ruled table: Beneficiary, Beneficiary
    bank, Amount, Payment date, Charges, Customer reference, Bank reference); DNB's e-mail of a rejected
    utlandsbetaling in Norwegian with an English gist (dot leaders: Mottaker, Beløp in kroner with a space
    between the thousands and a decimal comma, Forfallsdato, Betalingstype, Årsak, Referanse). All new
    here."""
    k = place("export_wires")
    status = outcome(k, failed=(7,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2)
    payer, city, cur, lo, hi, frame = IMPORTERS[k]
    if cur in ("TWD",):
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = foreign(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    me = rng.choice([COMPANY, COMPANY_CAPS])
    inv = f"GLA/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    ben_bank = rng.choice(["State Bank of India, M.G. Marg, Gangtok", "Axis Bank, Gangtok"])
    swift = "SBININBB155" if ben_bank.startswith("State") else "AXISINBB212"
    if frame == "chase":
        while j.date.day < 13:
            j.date += dt.timedelta(days=1)
        p = browser_page(rng, font, "secure.chase.com/web/auth/dashboard#/wires/details")
        p.part = "head"
        top(p, "CHASE")
        p.add("small", "Pay & transfer  |  Wires")
        p.add("rule")
        p.part = "body"
        p.add("title", "Wire transfer details")
        p.add("center", f"Your international wire is on its way to {me}.")
        p.add("gap")
        conf = f"W{digits(rng, 10)}"
        fee = rng.choice([40.0, 45.0, 50.0])
        rows = [
            (["Recipient", me], {"merchant": me}),
            (["Recipient's bank", ben_bank], {}),
            (["SWIFT/BIC", swift], {}),
            (["Account", f"****{digits(rng, 4)}"], {}),
            (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
            (["Wire fee", show(fee)], {}),
            (["Total", show(j.amount + fee)], {}),
            (["Send on", when(j.date, "%m/%d/%Y")], {"date": j.date}),
            (["Message to recipient", f"Invoice {inv} - Medicine Buddha thangka"], {}),
            (["Confirmation #", conf], {"txn": (BANK_RANK, conf), "method": "netbanking"}),
            (["Status", "Sent"], {"status": status}),
        ]
        grid(p, "ch", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], None, rows)
        p.part = "foot"
        p.add("gap")
        p.add(
            "small", "International wires sent before 4 PM ET on a business day usually arrive in 1-2 days."
        )
        return p.done()
    if frame == "swiss":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, "Banque du Léman SA")
        p.add("small", "Quai du Mont-Blanc 9, 1201 Genève  |  BIC BDLECHGG")
        p.add("gap")
        p.add("center", "AVIS DE DÉBIT - PAIEMENT À L'ÉTRANGER")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Donneur d'ordre: {payer}, {city}")
        p.add("gap")
        ref = f"BDL{j.date:%y%m%d}{digits(rng, 6)}"
        name = pick(p, "left", [me, COMPANY])
        dots(p, "Bénéficiaire", name, at=0.34, merchant=name)
        dots(p, "Banque du bénéficiaire", f"{ben_bank.split(',')[0]} ({swift})", at=0.34)
        dots(p, "Montant", show(j.amount), at=0.34, bold=True, amount=j.amount, cur=cur)
        dots(p, "Date valeur", when_in(j, ["%d.%m.%Y"], rng), at=0.34, date=j.date)
        dots(p, "Frais", "à partager (SHA)", at=0.34, method="netbanking")
        dots(p, "Communication", "Thangka Tara verte, facture " + inv, at=0.34)
        dots(p, "Référence", ref, at=0.34, txn=(BANK_RANK, ref))
        dots(p, "Statut", "Exécuté", at=0.34, status=status)
        p.add("gap")
        p.add("small", "Paiement exécuté. Montants en francs suisses.")
        right(p, "Banque du Léman SA")
        return p.done()
    if frame == "ing":
        p = phone(rng, font, k, ["", "Afschrijving"], dark=False, buttons=("Delen",))
        band(p, (255, 98, 0))
        bar_title(p, "ING", "Betaalrekening")
        p.add("small", "Buitenlandse overboeking")
        p.add("big", f"- {show(j.amount)}", amount=j.amount, cur=cur)
        name = pick(p, "center", [me, COMPANY])
        p.add("center", name, merchant=name)
        pill(p, "Uitgevoerd", status)
        tref = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
        kvr(p, "Datum", f"Vandaag, {hhmm(rng, twelve=False)}")
        kvr(p, "Rekening", f"{digits(rng, 11)}")
        kvr(p, "BIC", swift)
        kvr(p, "Soort", "SWIFT-betaling", method="netbanking")
        kvr(p, "Kosten", "Gedeeld (SHA)")
        kvr(p, "Omschrijving", f"Thangka {inv}")
        kvr(p, "Transactiereferentie", tref, txn=(BANK_RANK, tref))
        p.part = "foot"
        p.add("gap")
        p.add("small", "ING Bank N.V. Het geld staat meestal binnen 2 werkdagen op de rekening.")
        return p.done()
    if frame == "cathay":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, "Cathay United Bank")
        p.add("small", "Foreign Exchange Department  |  Taipei")
        p.add("center", "OUTWARD REMITTANCE ADVICE")
        p.add("rule")
        p.part = "body"
        ref = f"OR{j.date:%Y%m%d}{digits(rng, 5)}"
        fee = float(rng.choice([500, 600, 800]))
        b = box_open(p, "Remitter")
        p.pair("Name", payer)
        p.pair("Account No.", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 6)}-{digits(rng, 1)}")
        box_close(p, b)
        b = box_open(p, "Beneficiary")
        name = pick(p, "pair", [me, COMPANY])
        p.pair("Name", name, merchant=name)
        p.pair("Bank", ben_bank.split(",")[0])
        p.pair("SWIFT", swift)
        box_close(p, b)
        b = box_open(p, "Remittance")
        p.pair("Remittance Date", when(j.date, "%Y/%m/%d"), date=j.date)
        p.pair("Remittance Amount", show(j.amount), amount=j.amount, cur=cur)
        p.pair("Charges (OUR)", show(fee))
        p.pair("Total Debited", show(j.amount + fee))
        p.pair("Method", "Telegraphic transfer", method="netbanking")
        p.pair("Our Ref. No.", ref, txn=(BANK_RANK, ref))
        p.pair("Purpose", "Purchase of religious painting")
        box_close(p, b)
        p.add("left", "The above remittance has been effected on your instruction.", status=status)
        right(p, "Cathay United Bank  |  Authorized Signature")
        return p.done()
    if frame == "mbob":
        p = phone(rng, font, k, ["", "Transaction Details"], dark=rng.random() < 0.3, buttons=("Share",))
        band(p, (0, 84, 150))
        bar_title(p, "mBoB", "Bank of Bhutan")
        pill(p, "Transfer Successful", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("rule")
        name = pick(p, "pair", [me, COMPANY, CUT])
        p.pair("To", name, merchant=name)
        p.pair("Bank", "State Bank of India, Gangtok")
        p.pair("Transfer type", "Cross-border (India)", method="netbanking")
        p.pair("From", f"{payer.split(',')[0]} ..{digits(rng, 4)}")
        p.pair("Date", stamp_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), date=j.date)
        p.pair("Remarks", "Thangka for the lhakhang")
        p.add("gap")
        p.add("small", "Ngultrum and Indian rupees are at par. Keep this screen for your records.")
        return p.done()
    if frame == "commbank":
        p = browser_page(rng, font, "www.my.commbank.com.au/netbank/InternationalTransfer/Receipt")
        p.part = "head"
        top(p, "CommBank")
        p.add("small", "NetBank  |  International money transfer")
        p.add("rule")
        p.part = "body"
        p.add("title", "Receipt")
        p.add("center", "Your transfer has been sent.", status=status)
        p.accent(GREEN)
        receipt = f"N{j.date:%m%d}{digits(rng, 6)}"
        fee = 6.0
        name = pick(p, "left", [me, COMPANY])
        kvr(p, "Transfer date", when_in(j, ["%d/%m/%Y", "{d} %B %Y"], rng), date=j.date)
        kvr(p, "From", f"Smart Access {digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}")
        kvr(p, "To", name, merchant=name)
        kvr(p, "Recipient's bank", ben_bank.split(",")[0], method="netbanking")
        kvr(p, "Amount", show(j.amount), amount=j.amount, cur=cur)
        kvr(p, "Exchange rate", f"1 AUD = {rate:.4f} INR")
        kvr(p, "Recipient gets (approx.)", f"INR {num(j.amount * rate)}")
        kvr(p, "Fee", show(fee))
        kvr(p, "Receipt number", receipt, txn=(BANK_RANK, receipt))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Commonwealth Bank of Australia ABN 48 123 123 124")
        return p.done()
    if frame == "dbs":
        p = browser_page(rng, font, "ideal.dbs.com/payments/tt/status")
        p.part = "head"
        top(p, "DBS IDEAL")
        p.add("small", f"{payer}  |  Telegraphic Transfer")
        p.add("rule")
        p.part = "body"
        p.add("center", "Processing", status=status)
        p.accent(AMBER)
        hsteps(p, ["Created", "Approved", "Processing", "Completed"], 2, status)
        cref = f"LLG-{j.date:%y%m}-{rng.randrange(100, 999)}"
        bref = f"TT{j.date:%y%m%d}{digits(rng, 6)}"
        name = pick(p, "left", [me, COMPANY])
        rows = [
            (["Beneficiary", name], {"merchant": name}),
            (["Beneficiary bank", f"{ben_bank.split(',')[0]} ({swift})"], {}),
            (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
            (["Payment date", when_in(j, ["{d} %b %Y", "%d %b %Y"], rng)], {"date": j.date}),
            (["Charges", "SHA"], {"method": "netbanking"}),
            (["Customer reference", cref], {}),
            (["Bank reference", bref], {"txn": (BANK_RANK, bref)}),
        ]
        grid(p, "db", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["Payment", ""], rows, tint=(250, 226, 226))
        p.add("gap")
        p.add("small", "Payments to India usually reach the beneficiary bank within 1 to 2 working days.")
        return p.done()
    p = mail_page(rng, font, "DNB <noreply@dnb.no>", ["Betalingen kunne ikke gjennomføres"])
    p.part = "head"
    top(p, "DNB")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Hei {payer.split()[0]},")
    p.add("left", "Utlandsbetalingen din ble avvist og kunne ikke gjennomføres.", status=status)
    p.add("small", "(Your foreign payment was rejected and could not be completed.)")
    ref = f"DNB{j.date:%y%m%d}{digits(rng, 7)}"
    name = pick(p, "left", [me, COMPANY])
    dots(p, "Mottaker", name, at=0.3, merchant=name)
    dots(p, "Beløp", show(j.amount), at=0.3, amount=j.amount, cur=cur)
    dots(p, "Forfallsdato", when_in(j, ["%d.%m.%Y"], rng), at=0.3, date=j.date)
    dots(p, "Betalingstype", "Utlandsbetaling (SWIFT)", at=0.3, method="netbanking")
    dots(p, "Årsak", "Mottakerbanken avviste betalingen", at=0.3)
    dots(p, "Referanse", ref, at=0.3, txn=(BANK_RANK, ref))
    p.add("gap")
    p.add("left", "Beløpet er tilbakeført til kontoen din. Kontroller kontonummeret og prøv igjen.")
    p.part = "foot"
    p.add("small", "DNB Bank ASA")
    return p.done()


# ---------------------------------------------------------------- 4. the company's own papers


LEARNERS = [
    "Tshering Ongmu Bhutia",
    "Pasang Dorjee Lachenpa",
    "Sangay Lhamu Lepcha",
    "Rinzing Chewang Namgyal",
    "Yankee Doma Sherpa",
    "Kunga Nima Tamang",
]
CUSTOMERS = ["Debjani Ghosh", "Arvind Nair", "Dr. Sonam Palden", "Rachel Whitfield", "Nikhil Agarwal"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The gallery's, the school's and the studio's own papers: the gallery's Zoho TAX INVOICE (Invoice#
    beside the Invoice Date, Bill To, items with a hairline under each, Sub Total, CGST2.5 (2.5%), SGST2.5
    (2.5%), Total under its rules, Payment Made, Balance Due, "Payment received on <day> by UPI, Ref# ...");
    the school's fee deposit challan at State Bank in three copies side by side past perforations (STUDENT'S
    COPY | SCHOOL'S COPY | BANK'S COPY: the school, A/c No., Challan No., Date, Name, Course, Fee, Amount, the
    words, Mode: Cash, Cash received - Cashier; the branch's stamp); the studio's ADVANCE RECEIPT in a thangka
    mount's brocade border under its Tibetan name (Receipt No. beside Date, "Received with thanks from ... the
    sum of ... by Cheque No. ... as advance for ..., subject to realisation of the cheque.", the painter's
    hand); the gallery's POS bill on a torn thermal roll (Bill No beside Dt:, Cashier, Item | Qty | Amount,
    Gross, Disc, Taxable, CGST 2.5%, SGST 2.5%, Round Off, NET PAYABLE, Paid: CARD, a barcode, a Tibetan
    thanks); PhonePe Payment Gateway's failed payment for the web shop (a chip, the sum, Merchant, Order ID,
    Transaction ID, Payment mode, Reason, Date & time); the studio's CERTIFICATE OF AUTHENTICITY AND PAYMENT
    RECEIPT (Certificate No., the painting's details two to a row, "Full payment of <sum> received by NEFT on
    <day>, UTR ...", the lhadri's hand, a Tibetan blessing, the studio's round seal); the gallery's CASH MEMO,
    a carbon copy under its Nepali name (No. left blank, Date and M/s on dotted lines, the items and "Received
    cash with thanks" by hand, Total Rs. in a box; no reference); Khatabook's payment receipt forwarded in a
    WhatsApp chat (the gallery, a Payment Received chip, from, Mode, UPI Ref, Time, Balance due; no day). All
    new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=4000, high=120000, p_round=0.8)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = paper_page(rng, font, [780, 820])
        p.part = "head"
        name = rng.choice([GALLERY, GALLERY_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{UNITS['gallery'][1]}  |  GSTIN {GSTIN}")
        p.add("small", f"A unit of {COMPANY}  |  LLPIN {LLPIN}")
        p.add("gap")
        p.add("title", "TAX INVOICE")
        p.part = "body"
        inv = f"INV-{rng.randrange(100, 999):06d}"
        issued = earlier(rng, j, 2, 20)
        lr(p, f"Invoice# {inv}", f"Invoice Date: {when(issued, '%d %b %Y')}", txn=(INVOICE_RANK, inv))
        p.add("left", f"Bill To: {who}, Kolkata")
        p.add("gap")
        spec = [(0.0, 0.06, "l"), (0.06, 0.56, "l"), (0.56, 0.66, "c"), (0.66, 0.83, "r"), (0.83, 1.0, "r")]
        h269.kind(p, "zih", spec, "plain", group="zi", bold=(0, 1, 2, 3, 4))
        h269.kind(p, "zir", spec, "line", group="zi")
        row(p, "zih", "#", "Item & Description", "Qty", "Rate", "Amount")
        sub = 0.0
        for n, (item, _, qty, price) in enumerate(works(rng, rng.randrange(1, 3), high=100000), 1):
            sub += qty * price
            row(p, "zir", str(n), item, str(qty), num(price), num(qty * price))
        tax = round(sub * 0.025, 2)
        j.amount = round(sub + 2 * tax, 2)
        spec2 = [(0.0, 0.7, "r"), (0.7, 1.0, "r")]
        cols(p, "zt", spec2, "Sub Total", num(sub))
        cols(p, "zt", spec2, "CGST2.5 (2.5%)", num(tax))
        cols(p, "zt", spec2, "SGST2.5 (2.5%)", num(tax))
        total(p, "Total", rs(j.amount), at=0.7, amount=j.amount)
        cols(p, "zt", spec2, "Payment Made", f"(-) {num(j.amount)}", status=status)
        cols(p, "zt", spec2, "Balance Due", rs(0))
        p.add("gap")
        p.add(
            "left",
            f"Payment received on {when_in(j, ['%d %b %Y', '%d/%m/%Y'], rng)} by UPI, Ref# {j.ref}.",
            date=j.date,
            method="UPI",
            txn=(UTR_RANK, j.ref),
        )
        p.add("left", f"Total In Words: {words_in_rupees(j.amount)}")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Thank you for the business. Thangkas are consecrated on request at no cost.")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [980, 1020])
        p.style["size"] = 15
        p.part = "head"
        top(p, "STATE BANK OF INDIA")
        p.add("small", "M.G. Marg Branch, Gangtok (Branch Code 00155)  |  FEE DEPOSIT CHALLAN")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([12000, 15000, 18000, 24000, 36000]))
        no = f"{rng.randrange(100, 999):04d}"
        learner = rng.choice(LEARNERS)
        course = rng.choice(["Thangka, Year 2", "Thangka, Year 4", "Line drawing (iconometry)"])
        spec = [(0.0, 0.32, "l"), (0.34, 0.66, "l"), (0.68, 1.0, "l")]
        bold3 = (0, 1, 2)
        h269.kind(p, "fch", [(a, b, "c") for a, b, _ in spec], "plain", group="fc", bold=bold3)
        h269.kind(p, "fcr", spec, "plain", group="fc")
        c0 = len(p.rows)
        row(p, "fch", "STUDENT'S COPY", "SCHOOL'S COPY", "BANK'S COPY")
        school = rng.choice([SCHOOL, SCHOOL_CAPS])
        row(p, "fcr", school, school, school, merchant=school)
        acct = f"A/c No. {digits(rng, 11)}"
        row(p, "fcr", acct, acct, acct)
        row(p, "fcr", f"Challan No. {no}", f"Challan No. {no}", f"Challan No. {no}", txn=(INVOICE_RANK, no))
        d = when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng)
        row(p, "fcr", f"Date: {d}", f"Date: {d}", f"Date: {d}", date=j.date)
        row(p, "fcr", f"Name: {learner}", f"Name: {learner}", f"Name: {learner}")
        row(p, "fcr", f"Course: {course}", f"Course: {course}", f"Course: {course}")
        term = f"Fee: {rng.choice(['Term', 'Half-year', 'Annual'])} fee"
        row(p, "fcr", term, term, term)
        amt = f"Amount: Rs. {num(j.amount, 'indian', 0)}/-"
        row(p, "fcr", amt, amt, amt, amount=j.amount)
        words = words_plain(j.amount)
        row(p, "fcr", words, words, words)
        row(p, "fcr", "Mode: Cash", "Mode: Cash", "Mode: Cash", method="cash")
        p.add("gap")
        got = "Cash received"
        row(p, "fcr", f"{got} - Cashier", f"{got} - Cashier", f"{got} - Cashier", status=status)
        h271.perf(p, c0, 0.33)
        h271.perf(p, c0, 0.67)
        p.add("gap")
        rstamp(
            p,
            ["STATE BANK OF INDIA", when(j.date, "%d %b %Y").upper(), "M.G. MARG, GANGTOK"],
            "blue",
            at=0.83,
        )
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [780, 820])
        brocade(p)
        p.part = "head"
        script(p, TIB_STUDIO, TIBETAN, scale=1.2)
        name = rng.choice([STUDIO, STUDIO_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{UNITS['studio'][1]}  |  A unit of {COMPANY}")
        script(p, TIB_RECEIPT, TIBETAN, scale=0.9)
        p.add("center", "ADVANCE RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(25000, 150000, 5000))
        no = f"GLS/ADV/{fy(j.date)}/{rng.randrange(1, 60):03d}"
        lr(
            p,
            f"Receipt No. {no}",
            f"Date: {when_in(j, ['%d.%m.%Y', '%d/%m/%Y'], rng)}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("gap")
        chq = digits(rng, 6)
        dated = when(earlier(rng, j, 1, 6), "%d.%m.%Y")
        p.add(
            "left",
            "Received with thanks from the Venerable Khenpo Tsultrim Gyatso, Pemayangtse Monastery, "
            f"Pelling, the sum of {words_in_rupees(j.amount)} ({rs(j.amount)}) by Cheque No. {chq} dated "
            f"{dated} drawn on Central Bank of India, Pelling, as advance for a Vajrasattva thangka, 36 x 24 "
            "in., subject to "
            "realisation of the cheque.",
            amount=j.amount,
            method="cheque",
            status=status,
        )
        p.add("gap")
        hand(p, rng.choice(["Karma T. Bhutia", "K. Tenzing", "Pema C. Lepcha"]), align="r")
        right(p, f"for {STUDIO}")
        return p.done()
    if k == 3:
        p = screen(rng, font, width=rng.choice([460, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        torn(p)
        p.part = "head"
        p.add("gap")
        name = rng.choice([GALLERY_CAPS, "GANGJONG THANGKA GALLERY"])
        p.add("center", name, merchant=name)
        p.add("small", "27, M.G. Marg, Gangtok - 737101")
        p.add("small", f"GSTIN {GSTIN}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        bill = f"G{rng.randrange(10000, 99999)}"
        lr(
            p,
            f"Bill No: {bill}",
            f"Dt: {when(j.date, '%d/%m/%y')} {hhmm(rng, twelve=False)}",
            at=0.45,
            txn=(INVOICE_RANK, bill),
            date=j.date,
        )
        p.add("left", f"Cashier: {rng.choice(['Yangzom', 'Anjali', 'Tshering'])}")
        p.add("rule")
        spec = [(0.0, 0.6, "l"), (0.6, 0.7, "r"), (0.7, 1.0, "r")]
        cols(p, "ph", spec, "Item", "Qty", "Amount")
        lines = works(rng, rng.randrange(1, 3), high=30000)
        gross = 0.0
        for item, _, qty, price in lines:
            gross += qty * price
            cols(p, "pi", spec, item.split(",")[0][:24], str(qty), num(qty * price, "plain"))
        disc = round(gross * rng.choice([0.0, 0.05, 0.1]), 2)
        taxable = round((gross - disc) / 1.05, 2)
        tax = round(taxable * 0.025, 2)
        j.amount = float(round(gross - disc))
        p.add("rule")
        spec2 = [(0.0, 0.62, "l"), (0.62, 1.0, "r")]
        cols(p, "pt", spec2, "Gross", num(gross, "plain"))
        cols(p, "pt", spec2, "Disc", num(disc, "plain"))
        cols(p, "pt", spec2, "Taxable", num(taxable, "plain"))
        cols(p, "pt", spec2, "CGST 2.5%", num(tax, "plain"))
        cols(p, "pt", spec2, "SGST 2.5%", num(tax, "plain"))
        cols(p, "pt", spec2, "Round Off", num(j.amount - (taxable + 2 * tax), "plain"))
        total(p, "NET PAYABLE", num(j.amount, "plain"), at=0.55, amount=j.amount)
        last4 = digits(rng, 4)
        p.add("left", f"Paid: CARD (VISA **{last4}) APPROVED", method="card", status=status)
        p.add("gap")
        bars(p, bill)
        p.add("small", bill)
        script(p, TIB_THANKS, TIBETAN, scale=0.9)
        p.add("small", "Thank you. No exchange on consecrated works.")
        p.add("gap")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, f"mercury.phonepe.com/transact/pg?token={code(rng, 12, LOWER)}")
        p.part = "head"
        top(p, "PhonePe Payment Gateway")
        p.add("rule")
        p.part = "body"
        cross = sign(font, "\u2717", "")
        pill(p, f"{cross} Payment Failed".strip(), status)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = rng.choice([GALLERY, WEB])
        oid = f"GTG-WEB-{rng.randrange(1000, 9999)}"
        tid = f"OM{digits(rng, 10)}{code(rng, 8, ALNUM)}"
        way = rng.choice(["Credit Card", "UPI"])
        kvr(p, "Merchant", shown, merchant=shown)
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(
            p,
            "Payment mode",
            way if way == "UPI" else f"Credit Card {masked(rng, font)}",
            method="UPI" if way == "UPI" else "card",
        )
        kvr(p, "Reason", "Declined by the issuing bank")
        kvr(p, "Date & time", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.add("gap")
        p.add("small", f"You will be redirected to {WEB} in 10 seconds. Any amount debited will be refunded.")
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [780, 820])
        p.part = "head"
        script(p, TIB_STUDIO, TIBETAN_BOLD, scale=1.1)
        top(p, STUDIO, merchant=STUDIO)
        p.add("small", f"{UNITS['studio'][1]}  |  Thangka painting in the Karma Gadri tradition")
        p.add("gap")
        p.add("center", "CERTIFICATE OF AUTHENTICITY AND PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        no = f"COA/{j.date:%Y}/{rng.randrange(10, 150):03d}"
        p.add("left", f"Certificate No. {no}", txn=(INVOICE_RANK, no))
        p.add("gap")
        subject, _, _, price = works(rng, 1, low=20000)[0]
        j.amount = price
        tiles(p, ("Title", subject.split(",")[0], {}), ("Painted by", "Karma Tenzing Bhutia", {}))
        tiles(
            p,
            ("Size", rng.choice(["24 x 33 in", "18 x 24 in", "30 x 42 in"]), {}),
            ("Mount", "Banarasi brocade", {}),
        )
        tiles(p, ("Colours", "Mineral pigments, 24K gold", {}), ("Ground", "Cotton, chalk gesso", {}))
        tiles(p, ("Collector", who, {}), ("Consecration", "Done at the studio", {}))
        p.add("gap")
        utr = utr_of(rng, j, "HDFC Bank", "NEFT")
        p.add(
            "left",
            f"Full payment of {rs(j.amount)} received by NEFT on "
            f"{when_in(j, ['{d} %B %Y', '%d %B %Y'], rng)}, "
            f"UTR {utr}. Thank you.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            txn=(UTR_RANK, utr),
            status=status,
        )
        p.add("gap")
        hand(p, "Karma Tenzing Bhutia", align="r")
        right(p, "Lhadri (master painter)")
        script(p, TIB_TASHI, TIBETAN, scale=0.9, align="l")
        seal(p, "GANGJONG LHADRI STUDIO * GANGTOK *", ["SIKKIM"], "red")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [680, 720])
        carbon(p)
        p.part = "head"
        script(p, NEP_GALLERY, NEPALI_BOLD, scale=1.15)
        name = rng.choice([GALLERY, GALLERY_CAPS])
        top(p, name, merchant=name)
        p.add("small", "27, M.G. Marg, Gangtok  |  Ph. 03592-20" + digits(rng, 4))
        p.add("center", "CASH MEMO")
        p.add("rule")
        p.part = "body"
        p.add("left", "No. ..............")
        fill(p, "Date", f"{j.date.day}/{j.date.month}/{j.date:%y}", date=j.date)
        fill(p, "M/s", who)
        p.add("gap")
        sub = 0.0
        for item, _, qty, price in works(rng, rng.randrange(1, 3), high=30000):
            sub += qty * price
            hand(
                p,
                f"{qty}  {item.split(',')[0]}  @ {num(price, 'indian', 0)}  =  "
                f"{num(qty * price, 'indian', 0)}/-",
            )
        j.amount = sub
        p.add("gap")
        h271.amtbox(p, "Total Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(p, "Received cash with thanks", method="cash", status=status)
        right(p, "Signature")
        return p.done()
    p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 600]))
    p.part = "head"
    p.add("small", "Khatabook")
    name = rng.choice([GALLERY, GALLERY_CAPS])
    p.add("title" if fits(p, "title", name) else "center", name, merchant=name)
    p.add("small", "M.G. Marg, Gangtok  |  98320 " + digits(rng, 5))
    p.add("rule")
    p.part = "body"
    pill(p, "Payment Received", status)
    j.amount = float(rng.randrange(3000, 40000, 100))
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"from {who}")
    p.add("rule")
    times = chat_times(rng, 3)
    kvr(p, "Mode", "UPI", method="UPI")
    kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Time", times[0])
    kvr(p, "Balance due", rs(0))
    p.add("small", "Sent using Khatabook. Thank you for your payment.")
    bubbles = [
        ("image", ""),
        ("in", rng.choice(["Thank you for your payment la", "Received with thanks"])),
        ("out", rng.choice(["Thank you!", "Thanks, see you at Losar"])),
    ]
    for _, text in bubbles:
        assert glyphs(font, text), (font, text)
    p.style["h118"] = {
        "chat": {
            "contact": GALLERY,
            "divider": "Today",
            "bubbles": bubbles,
            "times": times,
            "dark": rng.random() < 0.3,
            "last_seen": "Business account",
        }
    }
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' papers


def gstin_of(rng: random.Random, state: str) -> str:
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{code(rng, 1, ALNUM)}"


PIGMENTS = [
    ("Azurite blue, ground", 10, 380, 620),
    ("Malachite green, ground", 10, 300, 520),
    ("Cinnabar red", 10, 420, 700),
    ("Lapis lazuli, first wash", 10, 900, 1600),
    ("Shell gold 24K", 1, 7400, 8600),
    ("Kaolin (sa-kar) gesso", 100, 60, 120),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's suppliers: a Varanasi brocade weaver's TAX INVOICE (Invoice No. beside Dated, Buyer (Bill
    to), a ruled table S.No | Description of Goods | HSN | Qty | Rate | Amount with IGST @ 5%, Round off and
    its Total, the words, a box of PAYMENT DETAILS: Amount received, Received on, Mode RTGS, UTR); a Kalimpong
    pigment grinder's BILL (Bill No. beside Date, the pigments by weight in a ruled table with its Total,
    "Paid by PhonePe UPI, Ref ..."); Swiggy Instamart's order summary for the studio's brushes and paper
    ("Delivered today at <hour>", Order #, the items, Delivery fee, Handling charge, Bill Total, Paid via; no
    day); IndiaMART's Pay with IndiaMART for a Jaipur gold leaf seller, in process (the sum, the stages
    Initiated, Bank processing, Seller paid across the page, each label small over its value: Seller, Order,
    Payment ID, Paid via, Initiated on); Sikkim Nationalised Transport's WAY BILL CUM RECEIPT in a dot-matrix
    face (WB NO, DATE, FROM / TO, CONSIGNOR, CONSIGNEE, PKGS, WEIGHT, FREIGHT, HAMALI, WB CHG, TOTAL, PAID IN
    CASH - RECEIVED); MyDHL+'s failed card payment for a thangka shipped abroad (a chip, boxes of Shipment:
    Waybill, From, To, Contents and Payment: Payee, Total amount, Card, Reason, Payment reference, Attempted);
    a Lal Bazaar silversmith's bill for the mounts' knobs by hand (Date and To on dotted lines, the knobs,
    Total Rs., "Paid cash - received with thanks"; no number); a Gangtok printer's e-invoice (IRN, Ack No. and
    Ack Date, a QR code, Invoice No. beside Invoice Date, a striped table, CGST 9%, SGST 9%, Invoice Total, a
    box PAYMENT STATUS: PAID with Paid on, Mode, Transaction Ref.). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=2000, high=90000, p_round=0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs", "INR"))
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if k == 0:
        p = paper_page(rng, font, [800, 840])
        p.part = "head"
        name = rng.choice(["KASHI BROCADE UDYOG", "Kashi Brocade Udyog"])
        top(p, name, merchant=name)
        p.add("small", "D.31/58, Madanpura, Varanasi - 221001 (U.P.)")
        p.add("small", f"GSTIN/UIN: {gstin_of(rng, '09')}  |  State: Uttar Pradesh, Code: 09")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"KBU/{rng.randrange(100, 999)}/{fy(j.date)}"
        issued = earlier(rng, j, 3, 25)
        lr(p, f"Invoice No.: {inv}", f"Dated: {when(issued, '%d-%b-%Y')}", txn=(INVOICE_RANK, inv))
        p.add("left", f"Buyer (Bill to): {me}, {OFFICE}")
        p.add("small", f"GSTIN {GSTIN}  |  State: Sikkim, Code: 11")
        rows = []
        sub = 0.0
        cloths = [
            ("Silk brocade, gold zari dragons", 2400, 4200),
            ("Silk brocade, blue cloud motif", 1900, 3200),
            ("Rainbow strip silk (red/yellow)", 380, 640),
            ("Silk veil cloth, yellow", 520, 880),
        ]
        for n, i in enumerate(rng.sample(range(len(cloths)), rng.randrange(2, 4)), 1):
            item, lo, hi = cloths[i]
            qty = rng.randrange(4, 20)
            rate = float(rng.randrange(lo, hi, 10))
            sub += qty * rate
            rows.append(([str(n), item, "5007", f"{qty} m", num(rate), num(qty * rate)], {}))
        tax = round(sub * 0.05, 2)
        j.amount = round(sub + tax, 0)
        rows.append((["", "IGST @ 5%", "", "", "", num(tax)], {}))
        rows.append((["", "Round off", "", "", "", num(j.amount - sub - tax)], {}))
        spec = [
            (0.0, 0.07, "l"),
            (0.07, 0.5, "l"),
            (0.5, 0.6, "l"),
            (0.6, 0.7, "r"),
            (0.7, 0.84, "r"),
            (0.84, 1.0, "r"),
        ]
        grid(
            p,
            "kb",
            spec,
            ["S.No", "Description of Goods", "HSN", "Qty", "Rate", "Amount"],
            rows,
            foot=(["Total", num(j.amount)], {}),
            tint=(240, 228, 206),
        )
        p.add("left", f"Amount Chargeable (in words): INR {words_in_rupees(j.amount)[7:]}")
        p.add("gap")
        utr = utr_of(rng, j, "State Bank of India", "RTGS")
        b = box_open(p, "PAYMENT DETAILS")
        p.pair("Amount received", rs(j.amount), amount=j.amount, status=status)
        p.pair("Received on", when_in(j, ["%d-%b-%Y", "%d/%m/%Y"], rng), date=j.date)
        p.pair("Mode", "RTGS", method="netbanking")
        p.pair("UTR", utr, txn=(UTR_RANK, utr))
        box_close(p, b)
        right(p, "for Kashi Brocade Udyog")
        right(p, "Authorised Signatory")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        name = rng.choice(["HIMALAYAN MINERAL COLOURS", "Himalayan Mineral Colours"])
        top(p, name, merchant=name)
        p.add("small", "Tenth Mile, Kalimpong - 734301 (W.B.)  |  Stone-ground pigments for thangka")
        p.add("center", "BILL")
        p.add("rule")
        p.part = "body"
        no = str(rng.randrange(200, 999))
        lr(
            p,
            f"Bill No. {no}",
            f"Date {when_in(j, ['%d.%m.%Y', '%d/%m/%Y'], rng)}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("left", f"To: {STUDIO}, Gangtok")
        rows = []
        sub = 0.0
        for n, i in enumerate(rng.sample(range(len(PIGMENTS)), rng.randrange(3, 5)), 1):
            item, per, lo, hi = PIGMENTS[i]
            units = rng.randrange(2, 12)
            rate = float(rng.randrange(lo, hi, 10))
            sub += units * rate
            weight = f"{units} g" if per == 1 else f"{units} x {per} g"
            rows.append(([str(n), item, weight, num(rate), num(units * rate)], {}))
        j.amount = sub
        spec = [(0.0, 0.07, "l"), (0.07, 0.5, "l"), (0.5, 0.66, "r"), (0.66, 0.82, "r"), (0.82, 1.0, "r")]
        grid(
            p,
            "pg",
            spec,
            ["No", "Pigment", "Weight", "Rate", "Amount"],
            rows,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(222, 236, 250),
        )
        p.add("gap")
        p.add(
            "left",
            f"Paid by PhonePe UPI, Ref {j.ref}. Thank you.",
            method="UPI",
            txn=(UTR_RANK, j.ref),
            status=status,
        )
        p.add("small", "Pigments are stone-ground by hand; shades may vary from lot to lot.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["Order summary", ""], dark=rng.random() < 0.3, buttons=("Get invoice",))
        band(p, (252, 128, 25))
        p.part = "head"
        p.add("title", "Swiggy Instamart", merchant="Swiggy Instamart")
        p.add("small", "Order summary")
        p.add("gap")
        p.add("gap")
        p.part = "body"
        p.add("center", f"Delivered today at {hhmm(rng, lower=True)}", status=status)
        p.accent(GREEN)
        oid = str(rng.randrange(10**14, 10**15))
        p.add("small", f"Order #{oid}", txn=(ORDER_RANK, oid))
        p.add("rule")
        items = [
            ("Camlin brush set, round", 340, 520),
            ("Fevicol MR 500 g", 140, 190),
            ("Drawing pencils HB-6B", 120, 260),
            ("Kneaded eraser", 60, 90),
            ("Cotton cloth roll", 380, 640),
        ]
        sub = 0.0
        for i in rng.sample(range(len(items)), 3):
            item, lo, hi = items[i]
            qty = rng.randrange(1, 4)
            price = float(rng.randrange(lo, hi))
            sub += qty * price
            p.pair(f"{qty} x {item}", rs(qty * price))
        fee = float(rng.choice([0, 16, 25]))
        j.amount = sub + fee + 4.0
        p.pair("Delivery fee", rs(fee) if fee else "FREE")
        p.pair("Handling charge", rs(4))
        p.add("rule")
        p.pair("Bill Total", rs(j.amount), amount=j.amount)
        p.pair("Paid via", "UPI (Google Pay)", method="UPI")
        p.add("gap")
        p.add("small", "Sold by a partner store, Development Area, Gangtok. Invoice sent by e-mail.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["Payment status", ""], dark=False, buttons=("Track payment",))
        band(p, (0, 86, 145))
        bar_title(p, "IndiaMART", "Pay with IndiaMART")
        p.add("center", "Payment in process", status=status)
        p.accent(AMBER)
        j.amount = float(rng.randrange(18000, 76000, 10))
        p.add("big", rs(j.amount), amount=j.amount)
        hsteps(p, ["Initiated", "Bank processing", "Seller paid"], 1, status)
        seller = rng.choice(["Jaipur Gold Leaf Works", "JAIPUR GOLD LEAF WORKS"])
        pid = f"IMPAY{digits(rng, 10)}"
        for label, value, facts in [
            ("Seller", seller, {"merchant": seller}),
            ("Order", f"24K gold leaf, {rng.randrange(4, 12)} booklets of 25 leaves", {}),
            ("Payment ID", pid, {"txn": (TXN_RANK, pid)}),
            ("Paid via", "Net Banking - State Bank of India", {"method": "netbanking"}),
            ("Initiated on", stamp_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), {"date": j.date}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        p.add("gap")
        p.add("small", "Your bank is confirming the payment. The seller is paid once it is confirmed.")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [700, 740])
        h271.tt_face(p)
        h271.ext(p)["tt_scale"] = 0.96
        p.part = "head"
        name = rng.choice(["SIKKIM NATIONALISED TRANSPORT", "Sikkim Nationalised Transport"])
        top(p, name, merchant=name)
        p.add("small", "Goods Wing  |  Siliguri Depot, Hill Cart Road")
        p.add("center", "WAY BILL CUM RECEIPT")
        p.add("rule")
        p.part = "body"
        wb = f"{rng.randrange(10, 99)}/{rng.randrange(10000, 99999)}"
        pk = rng.randrange(2, 7)
        wt = rng.randrange(18, 90)
        freight = float(wt * rng.choice([14, 15, 16]))
        hamali = float(pk * 20)
        j.amount = freight + hamali + 20.0
        width = min(tt_cols(p), 46)
        tt(p, f"WB NO    : {wb}", txn=(INVOICE_RANK, wb))
        tt(p, f"DATE     : {when(j.date, '%d/%m/%Y')}", date=j.date)
        tt(p, "FROM     : SILIGURI   TO : GANGTOK")
        tt(p, "CONSIGNOR: HIMALAYAN MINERAL COLOURS")
        tt(p, "CONSIGNEE: GANGJONG LHADRI STUDIO")
        tt(p, f"PKGS     : {pk} CARTONS (SAID TO CONTAIN)")
        tt(p, f"WEIGHT   : {wt} KG")
        tt(p, "-" * width)
        tt(p, f"FREIGHT  : {freight:>10.2f}")
        tt(p, f"HAMALI   : {hamali:>10.2f}")
        tt(p, f"WB CHG   : {20.0:>10.2f}")
        tt(p, f"TOTAL    : {j.amount:>10.2f}", amount=j.amount)
        tt(p, "-" * width)
        tt(p, "PAID IN CASH - RECEIVED", method="cash", status=status)
        p.add("gap")
        right(p, "Booking Clerk")
        p.add("small", "Goods carried at owner's risk. Delivery at SNT Goods Shed, Gangtok.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "mydhl.express.dhl/in/en/shipment/payment.html")
        p.part = "head"
        top(p, "DHL Express")
        p.add("small", "MyDHL+  |  Pay for your shipment")
        p.add("rule")
        p.part = "body"
        cross = sign(font, "\u2717", "")
        pill(p, f"{cross} Payment unsuccessful".strip(), status)
        j.amount = round(rng.uniform(6800, 24000), 2)
        name = rng.choice(["DHL Express (India) Pvt Ltd", "DHL Express"])
        ref = f"DHLPAY{digits(rng, 10)}"
        b = box_open(p, "Shipment")
        p.pair("Waybill", f"{digits(rng, 10)}")
        p.pair("From", "Gangtok, IN")
        p.pair("To", rng.choice(["New York, US", "Zurich, CH", "Melbourne, AU"]))
        p.pair("Contents", "1 thangka, rolled, in tube")
        box_close(p, b)
        b = box_open(p, "Payment")
        p.pair("Payee", name, merchant=name)
        p.pair("Total amount", f"INR {num(j.amount, 'western')}", amount=j.amount)
        p.pair("Card", f"Visa {masked(rng, font)}", method="card")
        p.pair("Reason", "3-D Secure authentication failed")
        p.pair("Payment reference", ref, txn=(TXN_RANK, ref))
        p.pair("Attempted", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        box_close(p, b)
        p.add("small", "Your card was not charged. Try again or choose another payment method.")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        name = rng.choice(["LAXMI SILVER WORKS", "Laxmi Silver Works"])
        top(p, name, merchant=name)
        p.add("small", "Lal Bazaar, Gangtok - 737101  |  Silver and brass for thangka mounts")
        p.add("rule")
        p.part = "body"
        fill(p, "Date", f"{j.date.day}-{j.date.month}-{j.date:%Y}", date=j.date)
        fill(p, "To", "Gonchen Brocade Mounting")
        p.add("gap")
        pairs = rng.randrange(4, 12)
        rate = float(rng.choice([1250, 1380, 1450, 1600]))
        j.amount = pairs * rate
        hand(
            p,
            f"Silver knobs for rods, {pairs} pairs @ {num(rate, 'indian', 0)} = "
            f"{num(j.amount, 'indian', 0)}/-",
        )
        if rng.random() < 0.5:
            extra = float(rng.choice([300, 450, 600]))
            hand(p, f"Polish + fitting = {num(extra, 'indian', 0)}/-")
            j.amount += extra
        p.add("gap")
        hand(p, f"Total Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(p, "Paid cash - received with thanks", method="cash", status=status)
        right(p, "Prop.")
        return p.done()
    p = paper_page(rng, font, [800, 840])
    p.part = "head"
    name = rng.choice(["Denzong Offset Printers", "DENZONG OFFSET PRINTERS"])
    top(p, name, merchant=name)
    p.add("small", "Tibet Road, Gangtok - 737101  |  GSTIN " + gstin_of(rng, "11"))
    p.add("center", "TAX INVOICE (e-Invoice)")
    p.add("rule")
    p.part = "body"
    irn = code(rng, 64, "0123456789abcdef")
    p.add("small", f"IRN: {irn[:32]}")
    p.add("small", f"     {irn[32:]}")
    issued = earlier(rng, j, 2, 15)
    ack = digits(rng, 15)
    p.add("small", f"Ack No.: {ack}   Ack Date: {when(issued, '%d-%m-%Y')} {hhmm(rng, twelve=False)}")
    qr(p, irn, "r", 4)
    inv = f"DOP/{fy(j.date)}/{rng.randrange(100, 999)}"
    lr(p, f"Invoice No.: {inv}", f"Invoice Date: {when(issued, '%d-%m-%Y')}", txn=(INVOICE_RANK, inv))
    p.add("left", f"Bill To: {me}")
    copies = rng.choice([300, 500, 1000])
    rate = rng.choice([68.0, 74.0, 82.0])
    sub = copies * rate
    design = float(rng.choice([6000, 8500]))
    sub += design
    tax = round(sub * 0.09, 2)
    j.amount = round(sub + 2 * tax, 2)
    spec = [(0.0, 0.52, "l"), (0.52, 0.62, "l"), (0.62, 0.74, "r"), (0.74, 0.86, "r"), (0.86, 1.0, "r")]
    zebra(
        p,
        "dp",
        spec,
        ["Description", "HSN", "Qty", "Rate", "Amount"],
        [
            (["Exhibition catalogue, 48 pp", "4911", str(copies), num(rate), num(copies * rate)], {}),
            (["Design and plates", "998912", "1", num(design), num(design)], {}),
        ],
        (60, 60, 70),
    )
    spec2 = [(0.0, 0.74, "r"), (0.74, 1.0, "r")]
    cols(p, "dt", spec2, "CGST 9%", num(tax))
    cols(p, "dt", spec2, "SGST 9%", num(tax))
    total(p, "Invoice Total", rs(j.amount), at=0.6, amount=j.amount)
    p.add("gap")
    ref = utr_of(rng, j, "State Bank of Sikkim", "NEFT")
    b = box_open(p, "PAYMENT STATUS: PAID")
    p.pair("Paid on", when_in(j, ["%d-%m-%Y", "%d/%m/%Y"], rng), date=j.date, status=status)
    p.pair("Mode", "NEFT", method="netbanking")
    p.pair("Transaction Ref.", ref, txn=(UTR_RANK, ref))
    box_close(p, b)
    right(p, "for Denzong Offset Printers")
    return p.done()


# ---------------------------------------------------------------- 6. the company's banks paying vendors


# payee (as the bank shows it), what for, its bank
VENDORS = [
    ("TASHI WOOD CRAFT", "Thangka rods and frames", "State Bank of India"),
    ("Yak and Pixel Studio", "Web shop maintenance", "HDFC Bank"),
    ("MUKHERJEE BHUTIA AND CO", "Audit fee FY 2025-26", "Axis Bank"),
    ("SIKKIM TENT HOUSE", "Carnival stall tent", "State Bank of Sikkim"),
    ("Ngawang Electricals", "Gallery track lights", "Central Bank of India"),
    ("Himalayan Frames and Glass", "Glass for the gallery", "Punjab National Bank"),
    ("PEMA LHAMU DENZONGPA", "Gallery rent", "State Bank of India"),
    ("Rinzing Brothers Builders", "Studio roof repair", "Union Bank of India"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's banks paying its carpenter, web studio, auditors, the carnival's tent house, the
    electrician, the glazier, the gallery's landlady and a builder: State Bank's e-Receipt from OnlineSBI (a
    box of shaded label cells: Reference No., Date, Debit Account, Beneficiary Name, Beneficiary Account,
    IFSC, Amount, Commission, Transfer Mode, UTR Number, Remarks, Status); Union Bank's Vyom app (Money Sent!,
    the sum, "to <payee>", two details to a row: Mode | Date & Time, RRN | Transaction ID, From A/c |
    Remarks); Central Bank of India's TRANSACTION RECEIPT from Cent Internet Banking (a striped table:
    Transaction Reference, Transaction Type, Debit A/c, Beneficiary, Amount (INR), Amount in words, Value
    Date, UTR No., Narration, Status); bob World's NEFT under process (the sum, the stages Submitted, In
    process, Credited across the page, dot leaders: Beneficiary, A/c No., Mode, Transaction ID, Initiated on,
    Remarks); IDBI Bank's GO Mobile+ failed IMPS (a tinted status band, each label small over its value:
    Beneficiary, Transfer type, IMPS Ref. No., Date, Reason); Indian Bank's IndOASIS (a Transfer successful
    chip, the payee under the sum, labels at the left and values at the right: Transfer type, IMPS Ref No,
    When: Today with an hour; no day); a PAY-IN-SLIP - COUNTERFOIL (CASH) for cash deposited into the
    landlady's account, filled in by hand (Date, A/c Name, A/c No., Deposited by, the notes counted, Total
    Rs., Rupees (in words), Journal No. (for bank's use)) under the teller's CASH RECEIVED stamp; a
    co-operative bank's FUND TRANSFER ADVICE in a dot-matrix face (DATE, DEBIT A/C, CREDIT A/C, A/C NAME,
    AMOUNT, PARTICULARS, MODE, TRANSACTION POSTED; no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=8000, high=240000, p_round=0.6)
    to, what, their = VENDORS[k]
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR", "Rs"))
    tail = digits(rng, 4)
    ifsc = f"{IFSC[their]}0{digits(rng, 6)}"
    if k == 0:
        p = browser_page(rng, font, "retail.onlinesbi.sbi/retail/neftconfirm.htm")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", "OnlineSBI  |  Corporate user: GANGJONG LHADRI ARTS LLP")
        p.add("rule")
        p.part = "body"
        p.add("center", "e-Receipt")
        ref = f"IR{code(rng, 3, UPPER)}{digits(rng, 7)}"
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        b = box_open(p, "Transaction Details")
        kv(p, "Reference No.", ref, at=0.4, txn=(BANK_RANK, ref))
        kv(p, "Date", stamp_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=0.4, date=j.date)
        kv(p, "Debit Account", f"000000{digits(rng, 5)}{tail}", at=0.4)
        kv(p, "Beneficiary Name", to, at=0.4, merchant=to)
        kv(p, "Beneficiary Account", f"XXXXXXXX{digits(rng, 4)}", at=0.4)
        kv(p, "IFSC", ifsc, at=0.4)
        kv(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
        kv(p, "Commission", rs(rng.choice([2.0, 5.0, 15.0, 25.0])), at=0.4)
        kv(p, "Transfer Mode", "NEFT", at=0.4, method="netbanking")
        kv(p, "UTR Number", utr, at=0.4, txn=(UTR_RANK, utr))
        kv(p, "Remarks", what, at=0.4)
        kv(p, "Status", "Completed Successfully", at=0.4, status=status)
        box_close(p, b)
        p.add("small", "This is a computer generated receipt and does not need a signature.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction receipt"], dark=False)
        band(p, (220, 30, 40))
        bar_title(p, "Vyom", "Union Bank of India")
        p.add("center", f"{sign(font, chr(0x2713), '')} Money Sent!".strip(), status=status)
        p.accent(GREEN)
        j.amount = rupees(rng, 4000, 90000, 0.7)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {to[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"A/c XXXXXX{digits(rng, 4)}  |  {ifsc}")
        p.add("rule")
        tid = f"UBI{digits(rng, 12)}"
        tiles(
            p,
            ("Mode", "IMPS", {"method": "netbanking"}),
            ("Date & Time", stamp_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
        )
        tiles(p, ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}), ("Transaction ID", tid, {}))
        tiles(p, ("From A/c", f"XXXXXXXX{tail}", {}), ("Remarks", what[:20], {}))
        p.part = "foot"
        p.add("small", "Union Bank of India. Never share your MPIN.")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, "Central Bank of India")
        p.add("small", "Cent Internet Banking  |  Corporate")
        p.add("center", "TRANSACTION RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(80000, 320000, 500))
        utr = utr_of(rng, j, "Central Bank of India", "RTGS")
        tref = f"CBIRT{digits(rng, 10)}"
        rows = [
            (["Transaction Reference", tref], {"txn": (BANK_RANK, tref)}),
            (["Transaction Type", "RTGS"], {"method": "netbanking"}),
            (["Debit A/c", f"XXXXXXXX{tail} - {COMPANY_CAPS}"], {}),
            (["Beneficiary", to], {"merchant": to}),
            (["Beneficiary A/c / IFSC", f"XXXXXX{digits(rng, 4)} / {ifsc}"], {}),
            (["Amount (INR)", num(j.amount)], {"amount": j.amount}),
            (["Amount in words", words_in_rupees(j.amount)], {}),
            (["Value Date", when_in(j, ["%d-%m-%Y", "%d/%m/%Y"], rng)], {"date": j.date}),
            (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
            (["Narration", what], {}),
            (["Status", "SUCCESS"], {"status": status}),
        ]
        zebra(p, "cb", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], ["Particulars", "Details"], rows, (150, 30, 40))
        p.add("gap")
        p.add("small", "Computer generated receipt. Central Bank of India - Build a better life around us.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False)
        band(p, (241, 101, 33))
        bar_title(p, "bob World", "Bank of Baroda")
        p.add("center", "Transaction under process", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        hsteps(p, ["Submitted", "In process", "Credited"], 1, status)
        name = pick(p, "left", [to, to[:20]])
        tid = f"BOB{digits(rng, 13)}"
        dots(p, "Beneficiary", name, at=0.34, merchant=name)
        dots(p, "A/c No.", f"XXXXXX{digits(rng, 4)}", at=0.34)
        dots(p, "Mode", "NEFT", at=0.34, method="netbanking")
        dots(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        dots(p, "Initiated on", when_in(j, ["%d-%m-%Y", "%d %b %Y"], rng), at=0.34, date=j.date)
        dots(p, "Remarks", what[:22], at=0.34)
        p.add("gap")
        p.add("small", "NEFT batches settle every half hour. Please check again later.")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction details"], dark=rng.random() < 0.3, buttons=("Retry",))
        band(p, (0, 110, 95))
        bar_title(p, "GO Mobile+", "IDBI Bank")
        strip(p, "Transaction Failed", status)
        j.amount = rupees(rng, 5000, 90000, 0.7)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = pick(p, "left", [to, to[:20]])
        for label, value, facts in [
            ("Beneficiary", name, {"merchant": name}),
            ("Transfer type", "IMPS (P2A)", {"method": "netbanking"}),
            ("IMPS Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Date", stamp_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), {"date": j.date}),
            ("Reason", "Beneficiary bank not available (M3)", {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        p.add("small", "Any amount debited will be credited back automatically.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Fund Transfer"], dark=rng.random() < 0.3)
        band(p, (0, 60, 130))
        bar_title(p, "IndOASIS", "Indian Bank")
        pill(p, "Transfer successful", status)
        j.amount = rupees(rng, 3000, 60000, 0.7)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [to, to[:20]])
        p.add("center", name, merchant=name)
        p.add("small", f"{their}  {ifsc}")
        p.add("rule")
        kvr(p, "Transfer type", "IMPS", method="netbanking")
        kvr(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "When", f"Today, {hhmm(rng)}")
        kvr(p, "From", f"CA XXXXXXX{tail}")
        kvr(p, "Remarks", what[:22])
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, "STATE BANK OF INDIA")
        p.add("small", "Tadong Branch, Gangtok")
        p.add("center", "PAY-IN-SLIP - COUNTERFOIL (CASH)")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([18000, 22000, 24500, 27000, 30000, 35000]))
        fill(p, "Date", when(j.date, rng.choice(["%d/%m/%y", "%d.%m.%Y"])), date=j.date)
        fill(p, "A/c Name", to.title(), merchant=to.title())
        fill(p, "A/c No.", digits(rng, 11))
        fill(p, "Deposited by", "Phurba Tamang (for Gangjong Thangka Gallery)")
        p.add("gap")
        spec = [(0.0, 0.3, "r"), (0.3, 0.42, "c"), (0.42, 1.0, "r")]
        cols(p, "dnh", spec, "Notes", "x", "Rs.")
        left_ = j.amount
        for note in (500, 200, 100):
            n = int(left_ // note) if note != 100 else int(round(left_ / 100))
            if n:
                cols(p, "dn", spec, str(note), str(n), num(n * note, "indian", 0))
                left_ -= n * note
        total(p, "Total Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.42, amount=j.amount, method="cash")
        fill(p, "Rupees (in words)", words_plain(j.amount))
        jrnl = str(rng.randrange(10000, 99999))
        fill(p, "Journal No. (for bank's use)", jrnl, txn=(BANK_RANK, jrnl))
        rstamp(p, ["CASH RECEIVED", when(j.date, "%d %b %Y").upper(), "SBI TADONG"], "violet", at=0.75)
        p.add("left", "Cash received - Teller", status=status)
        return p.done()
    p = paper_page(rng, font, [700, 740])
    h271.tt_face(p)
    h271.ext(p)["tt_scale"] = 0.96
    p.part = "head"
    top(p, "The Sikkim State Co-operative Bank Ltd")
    p.add("small", "SISCO Bank  |  M.G. Marg Branch, Gangtok")
    p.add("center", "FUND TRANSFER ADVICE")
    p.add("rule")
    p.part = "body"
    width = min(tt_cols(p), 48)
    tt(p, f"DATE        : {when(j.date, '%d-%m-%Y')}", date=j.date)
    tt(p, f"DEBIT A/C   : SB/CA {digits(rng, 5)} {COMPANY_CAPS[:18]}")
    tt(p, f"CREDIT A/C  : SB {digits(rng, 5)}")
    tt(p, f"A/C NAME    : {to}", merchant=to)
    tt(p, f"AMOUNT      : {j.amount:,.2f}", amount=j.amount)
    tt(p, f"PARTICULARS : {what.upper()[:24]}")
    tt(p, "MODE        : TRANSFER (WITHIN BANK)", method="netbanking")
    tt(p, "-" * width)
    tt(p, "TRANSACTION POSTED", status=status)
    p.add("gap")
    right(p, "Branch Manager")
    return p.done()


# ---------------------------------------------------------------- 7. painters, apprentices and staff


WORKERS = [
    ("Pema Choden Lepcha", "Painter"),
    ("Nima Ongdi Bhutia", "Gallery assistant"),
    ("Sonam Wangchuk Lachungpa", "Apprentice, 4th year"),
    ("Dawa Lhamu Sherpa", "Gilder"),
    ("Tshering Yangzom", "Gallery sales"),
    ("Bishnu Maya Rai", "Cook"),
    ("Karma Sangay Lepcha", "Mural painter"),
    ("Yankee Doma Sherpa", "Apprentice, 2nd year"),
]
# Nepali: wage payment receipt, name, amount, date, month, advance slip
NEP_WAGE = "ज्याला भुक्तानी रसिद"
NEP_ADVANCE = "पेश्की रसिद"


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's painters, apprentices, gilder and cook and the gallery's staff: a painter's COMMISSION
    SHARE - PAINTER'S ACCOUNT under the studio's Tibetan name (Sheet No. beside Painter, a ruled table Thangka
    | Days | Rate/day | Amount with its Total, Less: advance, Net paid under its rules, "Paid by NEFT on
    <day>, UTR ..."); the gallery assistant's FORM XIX wage slip (numbered lines in dot leaders: Name of the
    establishment, Name of the employee, Designation, Wage period, Rate of wages, Days worked, Sales
    incentive, Gross wages payable, Deductions, Net wages paid, Date of payment, Mode of payment, UTR; the
    employee's hand); PNB ONE's e-Receipt of an apprentice's stipend (a Fund Transfer Successful chip, the
    sum, boxes of Beneficiary: Name, UPI ID and Transaction: Type, Date, RRN, Txn ID, Debit A/c); PhonePe's
    failed payment to the gilder (Payment Failed on its band over "<hour> on <day>", Paying to with the sum on
    its row, Transaction ID, UTR, Reason); RazorpayX Payroll's payout in process (the stages Approved,
    Processing, Credited across the page, a box: Employee, Designation, Net pay, Mode, Payout ID, Initiated
    on); the cook's WAGE RECEIPT under its Nepali heading (Nepali labels beside their English: Name, Work,
    Month, Amount, Date; "Received Rs. x/- ... in cash as wages for <month> ...", her left thumb's inked
    impression; no reference); a mural painter's ADVANCE SLIP under its Nepali heading (Sl. No. beside its
    Date left blank, Paid to, Rupees, in words, Purpose, Paid by on dotted lines, his hand; no day); the
    school's STIPEND ACKNOWLEDGEMENT under its Tibetan name (No. beside Date, Name of apprentice, Year of
    training, Stipend for, Amount Rs., printed boxes for the mode with UPI ticked by hand, UPI Ref., the
    apprentice's hand). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=6000, high=42000, p_round=0.85)
    who, role = WORKERS[k]
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    month = j.month(1)
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        script(p, TIB_STUDIO, TIBETAN, scale=1.1)
        top(p, STUDIO)
        p.add("small", UNITS["studio"][1])
        p.add("center", "COMMISSION SHARE - PAINTER'S ACCOUNT")
        p.add("rule")
        p.part = "body"
        no = f"CS/{fy(j.date)}/{rng.randrange(10, 90):03d}"
        lr(p, f"Sheet No. {no}", f"Painter: {who}", at=0.4, txn=(INVOICE_RANK, no), merchant=who)
        rows = []
        gross = 0.0
        for item, _, _, _ in works(rng, 2, low=20000):
            days = rng.randrange(8, 30)
            rate = float(rng.choice([900, 1100, 1250, 1400]))
            gross += days * rate
            rows.append(([item.split(",")[0], str(days), num(rate), num(days * rate)], {}))
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        grid(p, "cs", spec, ["Thangka", "Days", "Rate/day", "Amount"], rows, foot=(["Total", num(gross)], {}))
        adv = float(rng.choice([5000, 8000, 10000]))
        j.amount = gross - adv
        cols(
            p,
            "ca",
            [(0.0, 0.8, "r"), (0.8, 1.0, "r")],
            f"Less: advance of {when(earlier(rng, j, 20, 60), '%d.%m.%Y')}",
            num(adv),
        )
        total(p, "Net paid", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        p.add(
            "left",
            f"Paid by NEFT on {when_in(j, ['%d.%m.%Y', '%d/%m/%Y'], rng)}, UTR {utr}.",
            date=j.date,
            txn=(UTR_RANK, utr),
            method="netbanking",
            status=status,
        )
        cols(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Checked: Accounts", "Lhadri (master painter)")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [780, 820])
        p.part = "head"
        top(p, "FORM XIX")
        p.add("small", "[See rule 26(2)(b)]")
        p.add("center", "WAGE SLIP")
        p.add("rule")
        p.part = "body"
        basic = float(rng.randrange(11000, 19000, 500))
        allow = round(basic * 0.2, 0) + 1600.0
        incentive = float(rng.choice([0, 1500, 2500, 4000]))
        gross = basic + allow + incentive
        pf = round(basic * 0.12, 0)
        ptax = 150.0
        j.amount = gross - pf - ptax
        utr = utr_of(rng, j, "State Bank of Sikkim", "NEFT")
        at = 0.5
        dots(p, "1. Name of the establishment", f"{GALLERY}, Gangtok", at=at)
        dots(p, "2. Name of the employee", who, at=at, merchant=who)
        dots(p, "3. Designation", role, at=at)
        dots(p, "4. Wage period", month, at=at)
        dots(p, "5. Rate of wages (basic + allowances)", f"{num(basic)} + {num(allow)}", at=at)
        dots(p, "6. Days worked", str(rng.randrange(22, 27)), at=at)
        dots(p, "7. Sales incentive", num(incentive), at=at)
        dots(p, "8. Gross wages payable", num(gross), at=at)
        dots(p, "9. Deductions (PF, Prof. Tax)", num(pf + ptax), at=at)
        dots(p, "10. Net wages paid", rs(j.amount), at=at, bold=True, amount=j.amount)
        dots(p, "11. Date of payment", when_in(j, ["%d.%m.%Y", "%d/%m/%Y"], rng), at=at, date=j.date)
        dots(p, "12. Mode of payment", "Bank transfer (NEFT)", at=at, method="netbanking", status=status)
        dots(p, "13. UTR", utr, at=at, txn=(UTR_RANK, utr))
        p.add("gap")
        hand(p, f"{who.split()[0][0]}. {who.split()[1][0]}. {who.split()[-1]}", align="l")
        cols(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Signature of the employee", f"for {COMPANY}")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "e-Receipt"], dark=rng.random() < 0.25, buttons=("Share", "Home"))
        band(p, (162, 20, 47))
        bar_title(p, "PNB ONE", "Punjab National Bank")
        pill(p, "Fund Transfer Successful", status)
        j.amount = float(rng.choice([3000, 3500, 4000, 4500, 5000, 6000]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Stipend - apprentice")
        b = box_open(p, "Beneficiary")
        kvr(p, "Name", who, merchant=who)
        kvr(p, "UPI ID", f"{who.split()[0].lower()}.{who.split()[-1][:4].lower()}@oksbi", method="UPI")
        box_close(p, b)
        b = box_open(p, "Transaction")
        kvr(p, "Type", "UPI (Pay)")
        kvr(p, "Date", stamp_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Txn ID", f"PNB{digits(rng, 12)}")
        kvr(p, "Debit A/c", f"XXXXXXXX{digits(rng, 4)}")
        box_close(p, b)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction Details"], dark=False, buttons=("Retry",))
        band(p, PHONEPE)
        p.part = "head"
        p.add("title", "Payment Failed", status=status)
        p.add(
            "small", f"{hhmm(rng, lower=True)} on {when_in(j, ['%d %b %Y', '{d} %b %Y'], rng)}", date=j.date
        )
        p.add("gap")
        p.accent(RED)
        p.part = "body"
        p.add("left", "Paying to")
        j.amount = rupees(rng, 2000, 15000, 0.8)
        p.pair(who, rs(j.amount), merchant=who, amount=j.amount)
        p.add("small", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@ybl", method="UPI")
        p.add("small", "Money debited, if any, will be refunded to your account in 3-5 days.")
        p.add("rule")
        tid = f"T{j.date:%y%m%d}{rng.randrange(8, 22):02d}{digits(rng, 14)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref))
        lab(p, "Reason")
        p.add("left", "Beneficiary bank is not responding")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "x.razorpay.com/payroll/payouts")
        p.part = "head"
        top(p, "RazorpayX Payroll")
        p.add("small", f"{COMPANY}  |  Salary payouts")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payout in process", status=status)
        p.accent(AMBER)
        hsteps(p, ["Approved", "Processing", "Credited"], 1, status)
        pout = "pout_" + code(rng, 14, MIXED)
        b = box_open(p, "Payout")
        kvr(p, "Employee", who, merchant=who)
        kvr(p, "Designation", role)
        kvr(p, "Net pay", rs(j.amount), amount=j.amount)
        kvr(p, "Mode", "IMPS to SBI XXXX" + digits(rng, 4), method="netbanking")
        kvr(p, "Payout ID", pout, txn=(TXN_RANK, pout))
        kvr(p, "Initiated on", stamp_hour(rng, j.date, ["%d %b %Y", "%b {d}, %Y"], (", ",)), date=j.date)
        box_close(p, b)
        p.add("small", "The bank has accepted the payout and is processing it. No action is needed.")
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        script(p, NEP_WAGE, NEPALI_BOLD, scale=1.2)
        top(p, "WAGE RECEIPT")
        p.add("small", f"{STUDIO}, Upper Sichey, Gangtok")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([9000, 10000, 11000, 12000, 13500]))
        blab(p, "नाम", NEPALI, "Name", who, merchant=who)
        blab(p, "काम", NEPALI, "Work", "Cook, studio kitchen")
        blab(p, "महिना", NEPALI, "Month", month)
        blab(p, "रकम", NEPALI, "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blab(p, "मिति", NEPALI, "Date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng), date=j.date)
        p.add("gap")
        p.add(
            "left",
            f"Received Rs. {num(j.amount, 'indian', 0)}/- ({words_plain(j.amount)} only) in cash as wages "
            "for "
            f"{month} from {STUDIO}.",
            method="cash",
            status=status,
        )
        p.add("gap")
        thumbprint(p, "")
        right(p, "Left thumb impression")
        p.add("left", f"({who})")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        script(p, NEP_ADVANCE, NEPALI_BOLD, scale=1.2)
        top(p, "ADVANCE SLIP")
        p.add("small", f"{STUDIO}  |  Mural project, Ravangla")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([3000, 4000, 5000, 6000, 7500]))
        no = f"{rng.randrange(10, 99):04d}"
        lr(p, f"Sl. No. {no}", "Date: ..................", txn=(INVOICE_RANK, no))
        fill(p, "Paid to", who, merchant=who)
        fill(p, "Rupees", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        fill(p, "in words", words_plain(j.amount))
        fill(p, "Purpose", "Colours and bus fare to Ravangla")
        fill(p, "Paid by", "Cash", method="cash", status=status)
        p.add("gap")
        hand(p, who.split()[0] + " " + who.split()[-1][0] + ".", align="r")
        cols(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Approved: Manager", "Receiver's signature")
        return p.done()
    p = paper_page(rng, font, [740, 780])
    p.part = "head"
    script(p, TIB_SCHOOL, TIBETAN, scale=1.1)
    top(p, SCHOOL)
    p.add("small", f"{UNITS['school'][1]}  |  A unit of {COMPANY}")
    p.add("center", "STIPEND ACKNOWLEDGEMENT")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([2500, 3000, 3500, 4000]))
    no = f"ST/{fy(j.date)}/{rng.randrange(10, 300):03d}"
    lr(
        p,
        f"No. {no}",
        f"Date: {when_in(j, ['%d.%m.%Y', '%d/%m/%Y'], rng)}",
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    fill(p, "Name of apprentice", who, merchant=who)
    fill(p, "Year of training", role.split(", ")[-1])
    fill(p, "Stipend for", month)
    fill(p, "Amount Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    p.add("left", "Mode of payment:")
    ticks(p, ["Cash", "Cheque", "Bank", "UPI"], 3, method="UPI")
    fill(p, "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("gap")
    p.add("left", "I acknowledge receipt of the above stipend.", status=status)
    hand(p, who.split()[0], align="r")
    right(p, "Signature of apprentice")
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


NEP_GMC = "गान्तोक नगर निगम"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's dues: the Gangtok Municipal Corporation's TRADE LICENCE RENEWAL - MONEY RECEIPT under its
    Nepali name (Nepali labels beside their English: Receipt No., Date, Trade name, Licence No., Ward, Licence
    fee, Signboard fee, Total, Mode; "Received the above amount."); the Fire and Emergency Services' fire
    safety certificate renewal fee (a Fee paid chip, two details to a row: Application No., Category,
    Establishment, Address, Fee, Paid via, Bank Ref. No., Paid on); ICEGATE's E-PAYMENT RECEIPT of customs
    duty on pigments from Nepal under the CBIC's name (a ruled table: Challan No., IEC, Importer, Bill of
    Entry No., Port, Goods, Duty amount (Rs.), Bank, Bank Transaction No., Payment Date, Status); the
    corporation's solid waste user charge card under its Nepali name, filled in by the collector's hand
    (Month, User charge Rs., Received on, Mode, Collector) under its round PAID seal (no reference);
    Bharatkosh's e-Receipt of the Archaeological Survey of India's fee for non-antiquity certificates (dot
    leaders: Transaction Ref No., Ministry / Department, PAO, Purpose, Depositor, Amount, Payment Mode, Date,
    Status); the Labour Department's registration renewal awaiting the bank (the stages Application, Fee paid,
    Bank confirmation, Certificate across the page, dot leaders: Application No., Establishment, Renewal fee,
    Payment mode, Transaction ID, Initiated on); Sikkim Police's e-challan marked paid in the Echallan app (a
    Paid chip, the sum, each label small over its value: Challan No., Vehicle, Offence, Paid via, Transaction
    ID; no day); IP India's failed trade mark fee (a Transaction Failed chip, labels at the left and values at
    the right: Request No., Form, Applicant, Fee, Payment mode, Transaction ID, Date). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=500, high=30000, p_round=0.9)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        script(p, NEP_GMC, NEPALI_BOLD, scale=1.2)
        name = rng.choice(["Gangtok Municipal Corporation", "GANGTOK MUNICIPAL CORPORATION"])
        top(p, name, merchant=name)
        p.add("small", "Revenue Section  |  Trade Licence")
        p.add("center", "TRADE LICENCE RENEWAL - MONEY RECEIPT")
        p.add("rule")
        p.part = "body"
        fee = float(rng.choice([2500, 3000, 3500]))
        board = float(rng.choice([500, 750, 1000]))
        j.amount = fee + board
        no = f"GMC/TL/{rng.randrange(1000, 9999)}"
        blab(p, "रसिद नं.", NEPALI, "Receipt No.", no, txn=(INVOICE_RANK, no))
        blab(p, "मिति", NEPALI, "Date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng), date=j.date)
        blab(p, "व्यापारको नाम", NEPALI, "Trade name", GALLERY)
        blab(p, "इजाजत नं.", NEPALI, "Licence No.", f"TL/{rng.randrange(100, 999)}/GMC")
        blab(p, "वडा", NEPALI, "Ward", "M.G. Marg (Ward 12)")
        blab(p, "इजाजत शुल्क", NEPALI, "Licence fee", f"Rs. {num(fee)}")
        blab(p, "साइनबोर्ड शुल्क", NEPALI, "Signboard fee", f"Rs. {num(board)}")
        blab(p, "जम्मा", NEPALI, "Total", f"Rs. {num(j.amount)}", amount=j.amount)
        blab(p, "भुक्तानी", NEPALI, "Mode", "Cash", method="cash")
        p.add("gap")
        p.add("left", "Received the above amount. Licence renewed for 2026-27.", status=status)
        right(p, "Tax Collector")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "sikkimfireservices.gov.in/eservices/fsc/payment")
        p.part = "head"
        name = pick(p, "title", ["Fire and Emergency Services, Sikkim", "Fire and Emergency Services"])
        top(p, name, merchant=name)
        p.add("small", "Home Department, Government of Sikkim  |  Online Services")
        p.add("rule")
        p.part = "body"
        p.add("center", "Fire Safety Certificate - Renewal")
        pill(p, "Fee paid", status)
        j.amount = float(rng.choice([2000, 2500, 3000, 5000]))
        ref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        tiles(
            p,
            ("Application No.", f"FSC/GTK/{j.date:%Y}/{rng.randrange(10, 400):03d}", {}),
            ("Category", "Shop, up to 300 sq m", {}),
        )
        tiles(p, ("Establishment", GALLERY, {}), ("Address", "27, M.G. Marg", {}))
        tiles(
            p,
            ("Fee", rs(j.amount), {"amount": j.amount}),
            ("Paid via", "Net Banking (SBI)", {"method": "netbanking"}),
        )
        tiles(
            p,
            ("Bank Ref. No.", ref, {"txn": (BANK_RANK, ref)}),
            ("Paid on", when_in(j, ["%d/%m/%Y", "%d %b %Y"], rng), {"date": j.date}),
        )
        p.add("small", "An inspection will be scheduled within 15 days. Keep the extinguishers serviced.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "www.icegate.gov.in/ePayment/receipt")
        p.part = "head"
        name = rng.choice(
            ["Central Board of Indirect Taxes and Customs", "Central Board of Indirect Taxes & Customs"]
        )
        top(p, name, merchant=name)
        p.add("small", "ICEGATE  |  e-Payment of Customs Duty")
        p.add("rule")
        p.part = "body"
        p.add("center", "E-PAYMENT RECEIPT")
        j.amount = round(rng.uniform(4000, 26000), 0)
        ch = f"{j.date:%y}{digits(rng, 8)}"
        btn = f"IK{digits(rng, 10)}"
        rows = [
            (["Challan No.", ch], {"txn": (INVOICE_RANK, ch)}),
            (["IEC", code(rng, 10, ALNUM)], {}),
            (["Importer", COMPANY], {}),
            (["Bill of Entry No.", digits(rng, 7)], {}),
            (["Port", "LCS Panitanki (INPNT6)"], {}),
            (["Goods", "Mineral pigments (3206)"], {}),
            (["Duty amount (Rs.)", num(j.amount)], {"amount": j.amount}),
            (["Bank", "State Bank of India - Internet Banking"], {"method": "netbanking"}),
            (["Bank Transaction No.", btn], {"txn": (BANK_RANK, btn)}),
            (["Payment Date", when_in(j, ["%d/%m/%Y", "%d-%b-%Y"], rng)], {"date": j.date}),
            (["Status", "Paid"], {"status": status}),
        ]
        grid(p, "ig", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], ["Details", ""], rows, tint=(226, 236, 230))
        p.add("gap")
        p.add("small", "Present the Bill of Entry for out of charge after the duty is paid.")
        return p.done()
    if k == 3:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        script(p, NEP_GMC, NEPALI, scale=1.1)
        name = rng.choice(["Gangtok Municipal Corporation", "GANGTOK MUNICIPAL CORPORATION"])
        top(p, name, merchant=name)
        p.add("small", "Solid Waste Management - User Charge Card")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Establishment: {GALLERY}, M.G. Marg")
        p.add("left", "Category: Commercial (shop / gallery)")
        p.add("gap")
        j.amount = float(rng.choice([300, 400, 500, 600]))
        fill(p, "Month", when(j.date, "%B %Y"))
        fill(p, "User charge Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        fill(p, "Received on", f"{j.date.day}/{j.date.month}/{j.date:%y}", date=j.date)
        fill(p, "Mode", "Cash", method="cash")
        fill(p, "Collector", rng.choice(["D. Rai", "P. Subba", "K. Sharma"]), status=status)
        p.add("gap")
        p.add("small", "Pay the user charge in cash to the ward collector by the 15th of each month.")
        seal(p, "GANGTOK MUNICIPAL CORPORATION *", ["SWM", "PAID"], "blue")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "bharatkosh.gov.in/Payment/Receipt")
        p.part = "head"
        top(p, "Bharatkosh")
        p.add("small", "Non Tax Receipt Portal  |  Controller General of Accounts")
        p.add("rule")
        p.part = "body"
        p.add("center", "e-Receipt")
        items = rng.randrange(2, 6)
        j.amount = float(items * rng.choice([100, 150]))
        tref = f"{j.date:%d%m%y}{digits(rng, 10)}"
        name = pick(
            p,
            "left",
            ["Archaeological Survey of India", "Ministry of Culture - Archaeological Survey of India"],
        )
        dots(p, "Transaction Ref No.", tref, at=0.36, txn=(TXN_RANK, tref))
        dots(p, "Ministry / Department", name, at=0.36, merchant=name)
        dots(p, "PAO", "PAO (ASI), Kolkata", at=0.36)
        dots(p, "Purpose", f"Non-antiquity certificate fee, {items} thangkas", at=0.36)
        dots(p, "Depositor", COMPANY, at=0.36)
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(
            p, "Payment Mode", rng.choice(["Debit Card (RuPay)", "Debit Card (Visa)"]), at=0.36, method="card"
        )
        dots(p, "Date", stamp_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.36, date=j.date)
        dots(p, "Status", "Success", at=0.36, status=status)
        p.add("gap")
        p.add(
            "small", "Carry this e-receipt and the objects to the Expert Advisory Committee on the day given."
        )
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "sikkimlabour.gov.in/ShopsEstablishment/Payment")
        p.part = "head"
        name = rng.choice(["Labour Department, Government of Sikkim", "Labour Department"])
        name = pick(p, "title", [name, "Labour Department"])
        top(p, name, merchant=name)
        p.add("small", "Sikkim Shops and Commercial Establishments Act - Renewal of Registration")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment awaiting bank confirmation", status=status)
        p.accent(AMBER)
        hsteps(p, ["Application", "Fee paid", "Bank confirmation", "Certificate"], 2, status)
        j.amount = float(rng.choice([1000, 1500, 2000]))
        tid = f"SKLB{digits(rng, 11)}"
        dots(p, "Application No.", f"SE/GTK/{j.date:%Y}/{rng.randrange(1000, 9999)}", at=0.36)
        dots(p, "Establishment", GALLERY, at=0.36)
        dots(p, "Renewal fee", rs(j.amount), at=0.36, amount=j.amount)
        dots(p, "Payment mode", "Net Banking (SBI)", at=0.36, method="netbanking")
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Initiated on", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng), at=0.36, date=j.date)
        p.add("gap")
        p.add("small", "Do not pay again. The status is updated once the bank confirms the payment.")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Challan details"], dark=False, buttons=("Download receipt",))
        band(p, (30, 60, 120))
        bar_title(p, "Echallan", "Sikkim Police  |  Parivahan")
        name = rng.choice(["Sikkim Police", "Traffic Police, Sikkim"])
        p.add("center", name, merchant=name)
        pill(p, "Paid", status)
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p.add("big", rs(j.amount), amount=j.amount)
        ch = f"SK{digits(rng, 16)}"
        tid = f"EC{digits(rng, 12)}"
        for label, value, facts in [
            ("Challan No.", ch, {"txn": (INVOICE_RANK, ch)}),
            ("Vehicle", f"SK 01 J {rng.randrange(1000, 9999)}", {}),
            ("Offence", "Parking in a no parking zone, M.G. Marg", {}),
            ("Paid via", "UPI", {"method": "UPI"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    p = browser_page(rng, font, "ipindiaonline.gov.in/eftmnew/Payment/Status")
    p.part = "head"
    name = pick(
        p,
        "center",
        [
            "Office of the Controller General of Patents, Designs and Trade Marks",
            "Controller General of Patents, Designs and Trade Marks",
        ],
    )
    p.add("center", name, merchant=name)
    p.add("small", "IP India  |  Trade Marks e-filing")
    p.add("rule")
    p.part = "body"
    cross = sign(font, "\u2717", "")
    pill(p, f"{cross} Transaction Failed".strip(), status)
    j.amount = float(rng.choice([4500, 9000]))
    tid = f"IPO{j.date:%y%m%d}{digits(rng, 8)}"
    kvr(p, "Request No.", f"{digits(rng, 7)}")
    kvr(p, "Form", "TM-A (new application), Class 16")
    kvr(p, "Applicant", COMPANY)
    kvr(p, "Fee", rs(j.amount), amount=j.amount)
    kvr(p, "Payment mode", "Net Banking - State Bank of India", method="netbanking")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Date", stamp_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
    p.add("gap")
    p.add("small", "The application stays in draft until the fee is paid. Please try again.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers


INSURERS = [
    ("The New India Assurance Co. Ltd", "New India Assurance"),
    ("ICICI Lombard General Insurance Co. Ltd", "ICICI Lombard"),
    ("The Oriental Insurance Co. Ltd", "Oriental Insurance"),
    ("Bajaj General Insurance Ltd", "Bajaj General Insurance"),
    ("Niva Bupa Health Insurance Co. Ltd", "Niva Bupa"),
    ("SBI General Insurance Co. Ltd", "SBI General"),
    ("Care Health Insurance Ltd", "Care Health Insurance"),
    ("IFFCO-Tokio General Insurance Co. Ltd", "IFFCO-Tokio"),
]


def premium_parts(rng: random.Random, low: int, high: int) -> tuple[float, float, float]:
    """A net premium, its GST at 18% and the total."""
    net = float(rng.randrange(low, high))
    gst = round(net * 0.18, 2)
    return net, gst, round(net + gst, 2)


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's covers: New India Assurance's PREMIUM RECEIPT for the studio's fire policy in boxes
    (Policy: Insured, Policy, Policy No., Premises; Premium: Net premium, CGST @ 9%, SGST @ 9%, Total premium
    under its rules; Payment: Receipt No., Receipt Date, Mode, UTR); ICICI Lombard's page of a fine art
    transit certificate issued (a chip, two details to a row: Certificate No., Voyage, Sum insured, Premium
    (incl. GST), Paid by, Transaction ID, Payment date, Insured); Oriental Insurance's page of the van's
    renewal (a Payment Successful chip, labels at the left and values at the right: Policy No., Vehicle,
    Premium (incl. GST), Payment ID, Paid via; no day); Bajaj General Insurance's PREMIUM RECEIPT for the
    gallery's shop owner's package (a striped table: Receipt No, Receipt Date, Received from, Product, Net
    Premium, GST (18%), Total Premium, Payment Mode, UTR / Instrument No.); Niva Bupa's app with the group
    health renewal under verification (the sum, the stages Paid, Verification, Renewed across the page, each
    label small over its value: Policy, Payment mode, Payment reference, Paid on); SBI General's failed card
    payment for the gallery's burglary cover (a tinted status band, each label small over its value: Policy,
    Card, Transaction ID, Attempted on, Reason); Care Health's e-mail "We have received your premium of <sum>
    on <day> by auto-debit ..." (dot leaders: Policy No., Plan, Proposer, Period; no reference); IFFCO-Tokio's
    e-Receipt for a two-wheeler with a QR code (a ruled table: Receipt No., Receipt Date, Policy No., Vehicle,
    Premium, GST, Total, Mode, Bank Ref., Status). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    full, short = INSURERS[k]
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    name = rng.choice([full, short])
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, pick(p, "title", [name, short]), merchant=pick(p, "title", [name, short]))
        p.add("small", "Divisional Office, Gangtok  |  Government of India Undertaking")
        p.add("center", "PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        net, gst, j.amount = premium_parts(rng, 6000, 26000)
        no = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 7)}"
        b = box_open(p, "Policy")
        p.pair("Insured", COMPANY)
        p.pair("Policy", "Bharat Sookshma Udyam Suraksha")
        p.pair("Policy No.", f"{digits(rng, 6)}/11/{j.date:%y}/{digits(rng, 8)}")
        p.pair("Premises", "Studio, Upper Sichey, Gangtok")
        box_close(p, b)
        b = box_open(p, "Premium")
        p.pair("Net premium", num(net))
        p.pair("CGST @ 9%", num(round(gst / 2, 2)))
        p.pair("SGST @ 9%", num(round(gst - round(gst / 2, 2), 2)))
        total(p, "Total premium", rs(j.amount), at=0.55, amount=j.amount)
        box_close(p, b)
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        b = box_open(p, "Payment")
        p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
        p.pair("Receipt Date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng), date=j.date)
        p.pair("Mode", "NEFT", method="netbanking")
        p.pair("UTR", utr, txn=(UTR_RANK, utr))
        box_close(p, b)
        p.add("left", "Received with thanks the premium above.", status=status)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "www.icicilombard.com/marine/payment/success")
        p.part = "head"
        shown = pick(p, "title", [name, short])
        top(p, shown, merchant=shown)
        p.add("small", "Marine cargo - fine art transit, single consignment")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment successful - certificate issued", status)
        j.amount = round(rng.uniform(900, 4800), 2)
        tid = f"ILM{digits(rng, 12)}"
        tiles(
            p, ("Certificate No.", f"4001/{digits(rng, 9)}/00", {}), ("Voyage", "Gangtok - New York, air", {})
        )
        tiles(
            p,
            ("Sum insured", f"INR {num(rng.randrange(300000, 1500000, 1000))}", {}),
            ("Premium (incl. GST)", rs(j.amount), {"amount": j.amount}),
        )
        tiles(
            p,
            ("Paid by", f"Credit card {masked(rng, font)}", {"method": "card"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        )
        tiles(
            p,
            ("Payment date", when_in(j, ["%d-%b-%Y", "%d/%m/%Y"], rng), {"date": j.date}),
            ("Insured", COMPANY, {}),
        )
        p.add(
            "small", "The certificate has been sent to your e-mail. Pack the thangka rolled, in a rigid tube."
        )
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "orientalinsurance.org.in/web/guest/renewal/success")
        p.part = "head"
        top(p, pick(p, "title", [name, short]), merchant=pick(p, "title", [name, short]))
        p.add("small", "Online renewal  |  Private car / goods carrying vehicle")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment Successful", status)
        net, gst, j.amount = premium_parts(rng, 9000, 22000)
        pid = f"OIC{digits(rng, 11)}"
        kvr(p, "Policy No.", f"{digits(rng, 6)}/31/{j.date:%Y}/{digits(rng, 4)}")
        kvr(p, "Vehicle", f"SK 01 J {rng.randrange(1000, 9999)} (Maruti Eeco)")
        kvr(p, "Premium (incl. GST)", rs(j.amount), amount=j.amount)
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "UPI", method="UPI")
        p.add("gap")
        p.add("small", "The policy schedule will be sent to your registered e-mail within 30 minutes.")
        return p.done()
    if k == 3:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, pick(p, "title", [name, short]), merchant=pick(p, "title", [name, short]))
        p.add("small", "Formerly Bajaj Allianz General Insurance  |  Siliguri branch")
        p.add("center", "PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        net, gst, j.amount = premium_parts(rng, 5000, 18000)
        no = f"RCT{digits(rng, 10)}"
        utr = utr_of(rng, j, "Axis Bank", "NEFT")
        rows = [
            (["Receipt No", no], {"txn": (INVOICE_RANK, no)}),
            (["Receipt Date", when_in(j, ["%d-%b-%Y", "%d/%m/%Y"], rng)], {"date": j.date}),
            (["Received from", GALLERY], {}),
            (["Product", "Shop Owners Package Policy"], {}),
            (["Net Premium", num(net)], {}),
            (["GST (18%)", num(gst)], {}),
            (["Total Premium", num(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "NEFT"], {"method": "netbanking"}),
            (["UTR / Instrument No.", utr], {"txn": (UTR_RANK, utr)}),
        ]
        zebra(p, "bj", [(0.0, 0.4, "l"), (0.4, 1.0, "l")], ["Particulars", "Details"], rows, (0, 86, 150))
        p.add("gap")
        p.add("left", "We acknowledge with thanks the receipt of the premium above.", status=status)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Renewal status"], dark=rng.random() < 0.3, buttons=("Track",))
        band(p, (0, 94, 120))
        p.part = "head"
        shown = pick(p, "title", [name, short])
        p.add("title", shown, merchant=shown)
        p.add("small", "Group health renewal")
        p.add("gap")
        p.part = "body"
        p.add("center", "Payment under verification", status=status)
        p.accent(AMBER)
        net, gst, j.amount = premium_parts(rng, 40000, 120000)
        p.add("big", rs(j.amount), amount=j.amount)
        hsteps(p, ["Paid", "Verification", "Renewed"], 1, status)
        ref = f"NB{digits(rng, 12)}"
        for label, value, facts in [
            ("Policy", "Group health (8 members)", {}),
            ("Payment mode", "Net banking - Axis Bank", {"method": "netbanking"}),
            ("Payment reference", ref, {"txn": (TXN_RANK, ref)}),
            ("Paid on", when_in(j, ["%d/%m/%Y", "{d} %b %Y"], rng), {"date": j.date}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        p.add("small", "Cover continues without a break once the bank confirms the payment.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Try again",))
        band(p, (0, 70, 140))
        bar_title(p, "SBI General", "Policy renewal")
        shown = pick(p, "center", [name, short])
        p.add("center", shown, merchant=shown)
        strip(p, "Payment Failed", status)
        net, gst, j.amount = premium_parts(rng, 3000, 12000)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"SBIG{digits(rng, 12)}"
        for label, value, facts in [
            ("Policy", "Burglary and housebreaking (gallery)", {}),
            ("Card", f"Debit card {masked(rng, font)}", {"method": "card"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Attempted on", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
            ("Reason", "Card declined by the issuer", {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 6:
        p = mail_page(
            rng,
            font,
            "Care Health Insurance <customerfirst@careinsurance.com>",
            ["Premium received - thank you"],
        )
        p.part = "head"
        top(p, pick(p, "title", [name, short]), merchant=pick(p, "title", [name, short]))
        p.add("rule")
        p.part = "body"
        net, gst, j.amount = premium_parts(rng, 14000, 42000)
        p.add("left", f"Dear {WORKERS[0][0].split()[0]},")
        p.add(
            "left",
            f"We have received your premium of {rs(j.amount)} on "
            f"{when_in(j, ['%d/%m/%Y', '{d} %B %Y'], rng)} "
            f"by auto-debit from your account for the policy below. Thank you.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        dots(p, "Policy No.", digits(rng, 8), at=0.3)
        dots(p, "Plan", "Care Supreme, family floater", at=0.3)
        dots(p, "Proposer", COMPANY, at=0.3)
        dots(p, "Period", f"{j.date.year}-{(j.date.year + 1) % 100:02d}", at=0.3)
        p.add("gap")
        p.add("left", "Team Care Health")
        return p.done()
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, pick(p, "title", [name, short]), merchant=pick(p, "title", [name, short]))
    p.add("small", "Gangtok Branch  |  e-Receipt")
    p.add("rule")
    p.part = "body"
    qr(p, f"iffco{j.date}{j.amount}", "r", 4)
    net, gst, j.amount = premium_parts(rng, 1200, 3400)
    no = f"{digits(rng, 2)}{digits(rng, 8)}"
    bref = f"BD{digits(rng, 10)}"
    rows = [
        (["Receipt No.", no], {"txn": (INVOICE_RANK, no)}),
        (["Receipt Date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng)], {"date": j.date}),
        (["Policy No.", f"M{digits(rng, 7)}"], {}),
        (["Vehicle", f"SK 01 P {rng.randrange(1000, 9999)} (two-wheeler)"], {}),
        (["Premium", num(net)], {}),
        (["GST", num(gst)], {}),
        (["Total", num(j.amount)], {"amount": j.amount}),
        (["Mode", "Debit card (BillDesk)"], {"method": "card"}),
        (["Bank Ref.", bref], {"txn": (BANK_RANK, bref)}),
        (["Status", "Received"], {"status": status}),
    ]
    grid(p, "if", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["Receipt", ""], rows, tint=(255, 236, 214))
    return p.done()


# ---------------------------------------------------------------- 10. cards on terminals


COUNTERS = [
    ("GANGJONG THANGKA GALLERY", "M.G. MARG, GANGTOK", "PINE LABS", "pine"),
    ("GANGJONG THANGKA GALLERY - CARNIVAL", "M.G. MARG, GANGTOK", "Paytm", "paytm"),
    ("HOTEL DENJONG RESIDENCY", "UPPER PELLING, WEST SIKKIM", "WORLDLINE", "worldline"),
    ("SILIGURI ART EMPORIUM", "HILL CART ROAD, SILIGURI", "HDFC BANK", "hdfc"),
    ("IOCL - TEESTA FUELS", "NH-10, RANGPO", "BharatPe", "fuel"),
    ("FRAME CORNER", "PARK STREET, KOLKATA", "BANK OF BARODA", "bob"),
    ("NORGAY'S BAKE HOUSE", "M.G. MARG, GANGTOK", "", "cafe"),
    ("GANGJONG THANGKA GALLERY", "M.G. MARG, GANGTOK", "YONO Merchant", "softpos"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards at the gallery's terminals and the company's card elsewhere: Pine Labs' slip at the gallery with
    its fields two to a row (DATE | TIME, MID | TID, BATCH | INV, CARD | type, APPR | RRN, BASE AMT, TOTAL AMT
    in a box of its own); Paytm's card machine slip at the carnival stall (a table ruled on every side: Date /
    Time, TID / MID, Batch / Inv, Card, Auth code, RRN, Amount; a QR code); Worldline's slip at a Pelling
    hotel (DATE, TID, INVOICE, the card, AUTH, RRN, BASE AMOUNT printed, TIP and TOTAL written in by hand on
    dotted lines and signed); HDFC Bank's slip at a Siliguri art store (SALE in white on a black bar, DATE,
    TID and BILL NO, CARD, APPR CODE, RRN, the AMOUNT in double height); BharatPe's declined slip at a Rangpo
    pump (the day and hour, TID and INV, PUMP, NOZZLE, HSD, RATE, VOL, the card, AMOUNT, DECLINED 55 -
    INCORRECT PIN); Bank of Baroda's slip at a Kolkata framer (labels at the left and values at the right, a
    box TXN STATUS: HOST TIMEOUT); a Gangtok bakery's BILL settled by card (the day, hour and table, the
    items, CGST, SGST, Grand Total, "Settled by: CARD"; no reference); YONO Merchant's tap on phone approval
    at the gallery (a chip, the sum, Today with an hour, two details to a row: Card, Entry, Auth code, RRN,
    TID, Invoice; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=600, high=36000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "paytm":
        move(j, rng, FAIR)
        j.amount = float(rng.randrange(2500, 28000, 100))
    if layout == "fuel":
        j.amount = float(rng.randrange(1500, 5000, 100))
    if layout == "cafe":
        j.amount = rupees(rng, 480, 2600, 0.9)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%y"])).upper()
    if layout == "softpos":
        p = phone(rng, font, k, ["Transaction", ""], dark=rng.random() < 0.3, buttons=("Send receipt",))
        band(p, (40, 0, 120))
        bar_title(p, "YONO Merchant", "Tap on phone")
        shown = pick(p, "center", [name, GALLERY])
        p.add("center", shown, merchant=shown)
        pill(p, "Payment approved", status)
        p.add("big", f"Rs. {j.amount:,.2f}", amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        tiles(p, ("Card", f"{scheme} **** {last4}", {"method": "card"}), ("Entry", "Contactless", {}))
        tiles(p, ("Auth code", appr, {}), ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}))
        tiles(p, ("TID", tid, {}), ("Invoice", inv, {}))
        return p.done()
    p = screen(rng, font, width=rng.choice([460, 500, 520]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    if brand:
        p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pine":
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
        p.add("rule")
        cols(p, "two", spec, f"DATE:{day}", f"TIME:{t}", date=j.date)
        cols(p, "two", spec, f"MID:{mid[:11]}", f"TID:{tid}")
        cols(p, "two", spec, f"BATCH:{batch}", f"INV:{inv}", txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        cols(p, "two", spec, f"CARD:XX{last4}", f"{scheme} CHIP", method="card")
        cols(p, "two", spec, f"APPR:{appr}", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        cols(p, "two", spec, "BASE AMT:", f"Rs.{j.amount:.2f}")
        b = box_open(p, "TOTAL AMT")
        p.add("right", f"Rs.{j.amount:,.2f}", amount=j.amount)
        box_close(p, b)
        words = "APPROVED - PIN VERIFIED"
    elif layout == "paytm":
        p.add("center", "CARD SALE")
        rows = [
            (["Date / Time", f"{day} {t[:5]}"], {"date": j.date}),
            (["TID / MID", f"{tid} / {mid[:6]}"], {}),
            (["Batch / Inv", f"{batch} / {inv}"], {"txn": (INVOICE_RANK, inv)}),
            (["Card", f"{scheme} **{last4}"], {"method": "card"}),
            (["Auth code", appr], {"txn": (APPR_RANK, appr)}),
            (["RRN", j.ref], {"txn": (UTR_RANK, j.ref)}),
        ]
        grid(
            p,
            "pt",
            [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
            None,
            rows,
            foot=(["Amount", f"INR {j.amount:,.2f}"], {"amount": j.amount}),
        )
        qr(p, f"{inv}{j.ref}", "c", 4)
        p.add("small", "Scan to rate your experience")
        words = "TRANSACTION SUCCESSFUL"
    elif layout == "worldline":
        p.add("rule")
        for text, facts in [
            (f"DATE: {day}  TIME: {t}", {"date": j.date}),
            (f"TID: {tid}  BATCH: {batch}", {}),
            (f"INVOICE: {inv}", {"txn": (INVOICE_RANK, inv)}),
            (f"{scheme} ************{last4}", {"method": "card"}),
            (f"AUTH: {appr}", {"txn": (APPR_RANK, appr)}),
            (f"RRN: {j.ref}", {"txn": (UTR_RANK, j.ref)}),
        ]:
            p.add("left", text, **facts)
        p.add("rule")
        base = j.amount
        tip = float(rng.choice([200, 300, 500, 800]))
        j.amount = base + tip
        p.add("left", f"BASE AMOUNT: RS {base:,.2f}")
        fill(p, "TIP:", f"{tip:,.0f}")
        fill(p, "TOTAL:", f"{j.amount:,.2f}", amount=j.amount)
        p.add("gap")
        fill(p, "SIGN:", "K. Bhutia")
        words = "APPROVED - TIP ADJUST ALLOWED"
    elif layout == "hdfc":
        h269.kind(p, "sb", [(0.0, 1.0, "c")], "band", fill=(25, 25, 30), bold=(0,))
        p.add("gap")
        row(p, "sb", "SALE")
        p.add("left", f"DATE {day}   TIME {t}", date=j.date)
        p.add("left", f"TID {tid}   BILL NO {inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"CARD {scheme} XXXX XXXX XXXX {last4}", method="card")
        p.add("left", f"APPR CODE {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("left", "AMOUNT")
        p.add("big", f"RS.{j.amount:,.2f}", amount=j.amount)
        words = "PIN VERIFIED OK - APPROVED"
    elif layout == "fuel":
        rate = round(rng.uniform(98.5, 101.5), 2)
        p.add("rule")
        p.add("left", f"{day} {t}", date=j.date)
        p.add("left", f"TID {tid}   INV {inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"PUMP {rng.randrange(1, 6)}  NOZZLE {rng.randrange(1, 4)}  HSD")
        p.add("left", f"RATE {rate:.2f}  VOL {j.amount / rate:.2f} L")
        p.add("left", f"{scheme} DEBIT XXXX{last4}", method="card")
        p.add("rule")
        p.add("left", f"AMOUNT RS {j.amount:.2f}", amount=j.amount)
        words = "DECLINED 55 - INCORRECT PIN"
    elif layout == "bob":
        p.add("rule")
        for label, value, facts in [
            ("DATE", day, {"date": j.date}),
            ("TIME", t, {}),
            ("TID", tid, {}),
            ("ROC", inv, {"txn": (INVOICE_RANK, inv)}),
            ("CARD", f"{scheme} {last4.rjust(8, '*')}", {"method": "card"}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("SALE AMT", f"INR {j.amount:,.2f}", {"amount": j.amount}),
        ]:
            p.pair(label, value, **facts)
        p.add("gap")
        b = box_open(p, "TXN STATUS")
        p.add("center", "HOST TIMEOUT", status=status)
        p.add("center", "STATUS PENDING - CONFIRM")
        p.add("center", "WITH BANK BEFORE RETRY")
        box_close(p, b)
        words = ""
    else:
        p.add("center", "BILL")
        p.add("left", f"{day}  {hhmm(rng)}  Table {rng.randrange(1, 12)}", date=j.date)
        p.add("rule")
        spec = [(0.0, 0.62, "l"), (0.62, 0.72, "r"), (0.72, 1.0, "r")]
        menu = [
            ("Butter tea", 90),
            ("Veg thukpa", 220),
            ("Chicken momo", 260),
            ("Sha phaley", 240),
            ("Cinnamon roll", 150),
            ("Americano", 180),
        ]
        sub = 0.0
        for i in rng.sample(range(len(menu)), 4):
            item, price = menu[i]
            qty = rng.randrange(1, 4)
            sub += qty * price
            cols(p, "cf", spec, item, str(qty), f"{qty * price:.2f}")
        tax = round(sub * 0.025, 2)
        j.amount = round(sub + 2 * tax, 0)
        p.add("rule")
        cols(p, "cs", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "CGST 2.5%", f"{tax:.2f}")
        cols(p, "cs", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "SGST 2.5%", f"{tax:.2f}")
        total(p, "Grand Total", f"{j.amount:.2f}", at=0.55, amount=j.amount)
        p.add("left", f"Settled by: CARD ({scheme})", method="card")
        words = "PAID - THANK YOU, VISIT AGAIN"
    p.add("gap")
    if words:
        p.add("center", words, status=status)
    p.part = "foot"
    if layout != "cafe":
        p.add("small", rng.choice(["CUSTOMER COPY", "** CARDHOLDER COPY **"]))
        p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, fibre, gas, phones, DTH


NEP_POWER = "ऊर्जा तथा विद्युत विभाग"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's, the school's and the gallery's bills: the Energy and Power Department's online bill
    payment receipt under its Nepali names (a striped table: Consumer No., Consumer Name, Category, Bill
    Month, Amount Paid (Rs.), Payment Mode, Transaction ID, Bank Ref No., Payment Date, Status); WS&PHED's
    WATER CHARGES RECEIPT filled in by hand (No. printed, Date, Consumer No., Name, Period, Rs., Rupees,
    Received by); BSNL Selfcare's Bharat Fibre payment (a chip, the sum, two details to a row: Account No.,
    Plan, Transaction ID, Paid via, Date, Time); Paytm's Airtel Xstream Fiber bill pending (the sum, the
    stages Paid, Sent to biller, Bill settled across the page, the biller, UPI Ref. No., Order ID, Paid from,
    Date); an Indane distributor's CASH MEMO / TAX INVOICE for a commercial cylinder (C.M. No. beside Date,
    Consumer No., Name, Cylinder, Refill price, CGST 9%, SGST 9%, Delivery charges, Total, "Paid: UPI, Ref
    ..."); PhonePe's failed Jio recharge for the studio's hotspot (a chip, the sum, the biller, each label
    small over its value: Transaction ID, Paid using, Date); DishTV's app (a chip, the sum, labels at the left
    and values at the right: VC No., Pack, Paid via, Transaction ID, When: Today with an hour; no day); a
    Gangtok broadband operator's collection agent's PAYMENT RECEIPT on a torn roll (Date, Customer, User ID,
    Plan, Amount, Mode : CASH, Collected by; no reference). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=300, high=9000, p_round=0.6)
    rs = money(rng, font, 0.5)
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        script(p, NEP_SIKKIM, NEPALI, scale=0.9)
        script(p, NEP_POWER, NEPALI_BOLD, scale=1.1)
        name = pick(p, "title", ["Energy and Power Department", "Power Department, Sikkim"])
        top(p, name, merchant=name)
        p.add("small", "Government of Sikkim  |  Online Bill Payment Receipt")
        p.add("rule")
        p.part = "body"
        j.amount = round(rng.uniform(1800, 9800), 0)
        tid = f"SKPD{digits(rng, 12)}"
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        rows = [
            (["Consumer No.", f"GTK/{rng.randrange(10, 99)}/{digits(rng, 5)}"], {}),
            (["Consumer Name", GALLERY], {}),
            (["Category", "Commercial (LT)"], {}),
            (["Bill Month", j.month(1)], {}),
            (["Amount Paid (Rs.)", num(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "Net Banking"], {"method": "netbanking"}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Bank Ref No.", bref], {"txn": (BANK_RANK, bref)}),
            (["Payment Date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng)], {"date": j.date}),
            (["Status", "SUCCESS"], {"status": status}),
        ]
        zebra(p, "pw", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], ["Particulars", "Details"], rows, (200, 120, 20))
        p.add("gap")
        p.add("small", "Save power. Switch off lights in empty rooms.")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        name = rng.choice(
            ["Water Security & Public Health Engineering Department", "WS&PHED, Government of Sikkim"]
        )
        top(
            p,
            pick(p, "title", [name, "WS&PHED, Government of Sikkim"]),
            merchant=pick(p, "title", [name, "WS&PHED, Government of Sikkim"]),
        )
        p.add("small", "Government of Sikkim  |  Gangtok Water Supply Division")
        p.add("center", "WATER CHARGES RECEIPT")
        p.add("rule")
        p.part = "body"
        no = f"{rng.randrange(100000, 999999)}"
        p.add("left", f"No. {no}", txn=(INVOICE_RANK, no))
        j.amount = float(rng.choice([360, 480, 600, 720, 900]))
        fill(p, "Date", f"{j.date.day}/{j.date.month}/{j.date:%Y}", date=j.date)
        fill(p, "Consumer No.", f"W/{rng.randrange(100, 999)}/{rng.randrange(10, 99)}")
        fill(p, "Name", STUDIO)
        fill(p, "Period", f"{j.month(3)} to {j.month(1)}")
        fill(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        fill(p, "Rupees", words_plain(j.amount))
        fill(p, "Received by", "Cash", method="cash", status=status)
        p.add("gap")
        right(p, "Collecting Officer")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment receipt"], dark=rng.random() < 0.25)
        band(p, (0, 92, 169))
        p.part = "head"
        name = rng.choice(["BSNL", "Bharat Sanchar Nigam Ltd"])
        p.add("title", name, merchant=name)
        p.add("small", "Selfcare  |  Bharat Fibre")
        p.add("gap")
        p.part = "body"
        pill(p, "Payment Successful", status)
        j.amount = float(rng.choice([499, 799, 999, 1277])) * rng.choice([1, 3])
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"BSNL{digits(rng, 12)}"
        tiles(p, ("Account No.", digits(rng, 10), {}), ("Plan", "Fibre Basic Plus", {}))
        tiles(p, ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}), ("Paid via", "UPI", {"method": "UPI"}))
        tiles(
            p, ("Date", when_in(j, ["%d-%m-%Y", "%d %b %Y"], rng), {"date": j.date}), ("Time", hhmm(rng), {})
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Bill Payment"], dark=False)
        band(p, PAYTM_BLUE)
        bar_title(p, "Paytm", "Broadband bill")
        p.add("center", "Payment Pending", status=status)
        p.accent(AMBER)
        j.amount = float(rng.choice([1178, 1416, 1767, 2356]))
        p.add("big", rs(j.amount), amount=j.amount)
        hsteps(p, ["Paid", "Sent to biller", "Bill settled"], 1, status)
        name = rng.choice(["Airtel Xstream Fiber", "Bharti Airtel Ltd (Xstream Fiber)"])
        p.add("center", name, merchant=name)
        p.add("small", f"Customer ID {digits(rng, 8)}")
        p.add("rule")
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Order ID", digits(rng, 11))
        p.pair("Paid from", f"SBI - {digits(rng, 4)}", method="UPI")
        p.pair("Date", stamp_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("small", "Airtel usually confirms within 2 hours. Do not pay again.")
        return p.done()
    if k == 4:
        p = screen(rng, font, width=rng.choice([560, 600]), size=rng.choice([18, 19]))
        paper(p, rng)
        p.part = "head"
        name = rng.choice(["DENZONG GAS SERVICE", "Denzong Gas Service"])
        top(p, name, merchant=name)
        p.add("small", "Indane Distributor (IndianOil)  |  Tadong, Gangtok")
        p.add("center", "CASH MEMO / TAX INVOICE")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1795.5, 1812.0, 1838.5, 1855.0]))
        cm = str(rng.randrange(100000, 999999))
        lr(
            p,
            f"C.M. No. {cm}",
            f"Date {when_in(j, ['%d/%m/%Y', '%d.%m.%Y'], rng)}",
            txn=(INVOICE_RANK, cm),
            date=j.date,
        )
        p.add("left", f"Consumer No. {rng.randrange(10000, 99999)}")
        p.add("left", f"Name: {STUDIO}")
        p.add("left", "Cylinder: 19 kg commercial x 1")
        p.add("rule")
        base = round(j.amount / 1.18, 2)
        spec = [(0.0, 0.66, "l"), (0.66, 1.0, "r")]
        cols(p, "lp", spec, "Refill price (taxable)", num(base, "plain"))
        cols(p, "lp", spec, "CGST 9%", num(round((j.amount - base) / 2, 2), "plain"))
        cols(p, "lp", spec, "SGST 9%", num(j.amount - base - round((j.amount - base) / 2, 2), "plain"))
        cols(p, "lp", spec, "Delivery charges", "0.00")
        total(p, "Total", num(j.amount, "plain"), at=0.55, amount=j.amount)
        p.add("left", f"Paid: UPI, Ref {j.ref}", method="UPI", txn=(UTR_RANK, j.ref), status=status)
        p.add("gap")
        cols(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Delivered by", "Consumer's sign")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Recharge details"], dark=rng.random() < 0.3, buttons=("Retry",))
        band(p, PHONEPE)
        bar_title(p, "PhonePe", "Mobile recharge")
        cross = sign(font, "\u2717", "")
        pill(p, f"{cross} Recharge Failed".strip(), status)
        j.amount = float(rng.choice([299, 349, 449, 749]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice(["Jio Prepaid", "Reliance Jio"])
        p.add("center", name, merchant=name)
        p.add("small", f"Recharge for 98320 {digits(rng, 5)} (studio hotspot)")
        p.add("rule")
        tid = f"T{j.date:%y%m%d}{rng.randrange(8, 22):02d}{digits(rng, 14)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "Paid using")
        p.add("left", "UPI - State Bank of Sikkim", method="UPI")
        lab(p, "Date")
        p.add("left", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.add("small", "Money deducted will be refunded within 24 hours.")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Recharge"], dark=rng.random() < 0.3, buttons=("Done",))
        band(p, (220, 40, 40))
        p.part = "head"
        name = rng.choice(["DishTV", "Dish TV India Ltd"])
        p.add("title", name, merchant=name)
        p.add("small", "My Account  |  Recharge")
        p.add("gap")
        p.part = "body"
        pill(p, "Recharge successful", status)
        j.amount = float(rng.choice([350, 420, 499, 599]))
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"DT{digits(rng, 10)}"
        kvr(p, "VC No.", f"01{digits(rng, 9)}")
        kvr(p, "Pack", "Hindi Super Family HD")
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "When", f"Today, {hhmm(rng)}")
        p.add("small", "Your pack is active. Balance is updated in a few minutes.")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 480]), size=rng.choice([17, 18]))
    paper(p, rng)
    torn(p)
    p.part = "head"
    p.add("gap")
    name = rng.choice(["DREAMLINK BROADBAND", "Dreamlink Broadband"])
    p.add("center", name, merchant=name)
    p.add("small", "Development Area, Gangtok  |  Fibre internet")
    p.add("center", "PAYMENT RECEIPT")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([1180, 2360, 3540]))
    p.add("left", f"Date : {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    p.add("left", f"Customer : {SCHOOL_CAPS}")
    p.add("left", f"User ID : dl-gtk-{rng.randrange(1000, 9999)}")
    p.add("left", f"Plan : 100 Mbps x {int(j.amount // 1180) * 3} months")
    p.add("rule")
    p.add("left", f"Amount : Rs {num(j.amount)}", amount=j.amount)
    p.add("left", "Mode : CASH", method="cash")
    p.add("left", f"Collected by : {rng.choice(['Suraj Chettri', 'Bikram Rai', 'Anmol Gurung'])}")
    p.add("rule")
    p.add("center", "PAYMENT RECEIVED - THANK YOU", status=status)
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender, payee as the bank sends it, way, page
ALERTS = [
    ("State Bank of India", "AD-SBIUPI", "TASHI WOOD CRAFT", "UPI", "sms"),
    ("ICICI Bank", "VM-ICICIT", "DAWA LHAMU SHE", "UPI", "sms"),
    ("State Bank of Sikkim", "AX-SBSKNG", "KASHI BROCADE UDYOG", "NEFT", "sms"),
    ("UCO Bank", "JD-UCOBNK", "NGAWANG ELECTRICALS", "UPI", "sms"),
    ("IDBI Bank", "", "RINZING BROTHERS BUI", "IMPS", "idbi"),
    ("HDFC Bank", "", "MUKHERJEE BHUTIA AND CO", "NEFT", "statement"),
    ("Bandhan Bank", "BZ-BDNSMS", "DENZONG OFFSET PRINT", "IMPS", "sms"),
    ("Yes Bank", "", "PEMA LHAMU DENZONGPA", "SI", "yes"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts: SMS in State Bank's ("Dear SBI User, your A/c X1234-debited by Rs.x on 05Mar26
    transfer to <PAYEE> Ref No <ref>. ..."), ICICI Bank's ("ICICI Bank Acct XX123 debited for Rs x on
    12-Mar-26; <PAYEE> credited. UPI:<ref>. ..."), the State Bank of Sikkim's ("Your A/c No. XXXX1234 is
    debited for Rs. x on <dd/mm/yyyy> towards NEFT to <PAYEE>, UTR <utr>. ..."), UCO Bank's failed UPI ("Your
    UPI transaction of Rs.x to <PAYEE> on 21-APR-2026 has FAILED. Ref No. ...") and Bandhan Bank's ("INR x
    debited from A/c XXXX1234 towards IMPS to <PAYEE>. IMPS Ref No <ref>. ..."; no day) wordings; IDBI Bank's
    e-mail of an IMPS "pending confirmation from the beneficiary bank"; an HDFC Bank statement's page, its
    entry marked with a yellow highlighter (Date | Narration | Chq./Ref.No. | Withdrawal | Deposit | Balance,
    the OPENING BALANCE line, the NEFT DR narration with the payee carried on to its next line); Yes Bank's
    e-mail of a standing instruction paid to the gallery's landlady (no reference). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=2000, high=60000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 300, 9000, 0.8)
    if way == "NEFT":
        j.amount = float(rng.randrange(20000, 260000, 50))
    if way == "SI":
        j.amount = float(rng.choice([35000, 40000, 45000, 52000]))
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 30000, 1900000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if bank == "State Bank of India":
            text = (
                f"Dear SBI User, your A/c X{tail}-debited by Rs.{j.amount:.1f} on {when(j.date, '%d%b%y')} "
                f"transfer to {to} Ref No {utr}. If not done by u, fwd this SMS to 9223008333/Call "
                "1800111109 -SBI"
            )
        elif bank == "ICICI Bank":
            text = (
                f"ICICI Bank Acct XX{tail[:3]} debited for Rs {amt} on {when(j.date, '%d-%b-%y')}; {to} "
                "credited. "
                f"UPI:{utr}. Call 18002662 for dispute. SMS BLOCK {tail[:3]} to 9215676766."
            )
        elif bank == "State Bank of Sikkim":
            text = (
                f"Your A/c No. XXXX{tail} is debited for Rs. {amt} on {when(j.date, '%d/%m/%Y')} towards "
                "NEFT to "
                f"{to}, UTR {utr}. Avl. Bal. Rs. {bal} - State Bank of Sikkim"
            )
        elif bank == "UCO Bank":
            text = (
                f"Your UPI transaction of Rs.{amt} to {to} on {when(j.date, '%d-%b-%Y').upper()} has FAILED. "
                f"Ref No. {utr}. If debited, the amount will be credited back within 5 days. -UCO Bank"
            )
        else:
            text = (
                f"INR {amt} debited from A/c XXXX{tail} towards IMPS to {to}. IMPS Ref No {utr}. "
                f"Avl Bal INR {bal}. Not you? Call 18002588181 -Bandhan Bank"
            )
        p = sms_page(rng, font, sender, text, None if j.no_day else j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "idbi":
        p = mail_page(rng, font, "IDBI Bank <alerts@idbi.co.in>", ["IMPS transaction status"])
        p.part = "head"
        top(p, "IDBI BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your IMPS transaction of INR {amt} to {to} on {when(j.date, '%d.%m.%Y')} from A/c "
            f"XXXXXX{tail} is pending confirmation from the beneficiary bank. IMPS Ref No. {utr}. We will "
            "update you shortly.",
            **facts,
        )
        p.add("left", "Please do not initiate the transaction again.")
        p.add("gap")
        p.add("left", "Regards,")
        p.add("left", "IDBI Bank Ltd")
        p.part = "foot"
        p.add("small", "This is a system generated mail. Do not reply.")
        return p.done()
    if frame == "statement":
        p = paper_page(rng, font, [1000, 1040])
        p.style["size"] = 17
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("small", f"Statement of account  |  {COMPANY_CAPS}  |  A/c No. XXXXXXXXXX{tail}")
        p.add("small", "Branch: Gangtok  |  Page 3 of 5")
        p.add("gap")
        p.part = "body"
        spec = [
            (0.0, 0.1, "l"),
            (0.1, 0.48, "l"),
            (0.48, 0.66, "l"),
            (0.66, 0.78, "r"),
            (0.78, 0.88, "r"),
            (0.88, 1.0, "r"),
        ]
        h269.kind(p, "sth", spec, "plain", group="st", bold=tuple(range(6)))
        h269.kind(p, "str", spec, "line", group="st")
        row(p, "sth", "Date", "Narration", "Chq./Ref.No.", "Withdrawal", "Deposit", "Balance")
        opening = rupees(rng, j.amount + 20000, j.amount + 600000, 0.0)
        before = j.date - dt.timedelta(days=rng.randrange(2, 9))
        row(p, "str", when(before, "%d/%m/%y"), "OPENING BALANCE", "", "", "", num(opening, "western"))
        narration = f"NEFT DR-{IFSC['Axis Bank']}0000{rng.randrange(100, 999)}-{to}-NETBANK"
        lines = h269.wrap(p, "str", 1, narration)
        d = when(j.date, "%d/%m/%y")
        row(
            p,
            "str",
            d,
            lines[0],
            utr,
            num(j.amount, "western"),
            "",
            num(opening - j.amount, "western"),
            **facts,
        )
        highlight(p)
        for more in lines[1:]:
            row(p, "str", "", more, "", "", "", "")
            highlight(p)
        p.add("gap")
        p.add("small", "Closing balance as on the date of the last entry. Please verify the entries.")
        return p.done()
    p = mail_page(rng, font, "YES BANK <alerts@yesbank.in>", ["Standing Instruction executed"])
    p.part = "head"
    top(p, "YES BANK")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    p.add(
        "left",
        f"Your a/c no. XXXXXXXX{tail} has been debited with INR {amt} on {when(j.date, '%d-%b-%Y')} towards "
        f"Standing Instruction: monthly payment to {to} (gallery rent).",
        **facts,
    )
    p.add("left", f"Available balance: INR {bal}")
    p.add("gap")
    p.add("left", "Warm regards,")
    p.add("left", "YES BANK")
    p.part = "foot"
    p.add("small", "YES BANK never asks for your PIN, OTP or password.")
    return p.done()

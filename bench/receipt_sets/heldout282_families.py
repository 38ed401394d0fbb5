"""The twelve heldout282 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Thewa jewellery house's year of 2026 in Pratapgarh, Rajasthan (Kanthal Thewa
Art Jewellers, a partnership firm of goldsmiths: its karkhana in Soni Mohalla, Thewa Kala Karkhana, where its
karigars work 23 carat gold leaf into scenes (an elephant, a peacock, the Mewar court, a hunt) and fuse it on
emerald, ruby, sapphire and amber glass framed in silver, for pendants, earrings, bangles, cufflinks, sari
pins, boxes, plates, photo frames and itr-daans; its showroom in Sadar Bazar, Thewa Mahal, with a counter at
Jagdish Chowk, Udaipur, and hut 112 at the Shilpgram Utsav; the web shop thewamahal.in and its Instagram;
trade buyers, marketplaces, corporate gifts and buyers abroad), told by the proofs of payment it receives
(buyers' PhonePe, BHIM, Amazon Pay, Navi, bob World, Fi and YONO SBI screens and Paytm for Business on the
showroom's phone; a Jaipur jewellery house's TallyPrime advice, Rajasthan's Pay Manager, Okhai, Tata CLiQ
Luxury, an Udaipur hotel's boutique, Hindustan Zinc, ICICI Bank's CIB and SBI's cash management; Emirates NBD,
UBS, MUFG, DBS, RBC, Westpac, KASIKORNBANK and Al Rajhi Bank; its own invoices, receipt book, roll, checkout,
fair bill, order form, guarantee card and direct messages) and those it makes (a bullion house, a glass
importer, a hallmarking centre, India Post, industrybuying, Shiprocket, GoDaddy and a silver works; OnlineSBI,
bob World, InstaBIZ, PNB ONE, Vyom, a gramin bank's passbook, IDBI Bank and Cent Mobile; its karigars' and
staff's wage slip, chat, voucher, payslip, screens, bonus voucher and job work challan; BIS, Rajasthan
Tourism, the Nagar Parishad, the Sub-Registrar, ESIC, e-Mitra, Passport Seva and the pollution control
board; eight insurers; cards on its terminals and at a Mumbai hotel, a restaurant, a sweet shop, a silver
emporium and a gem testing laboratory; the power company's, Jio's, Dish TV's, Indane's, PHED's, RailWire's
and Airtel's bills; the banks' SMS, mails and a smartwatch). Every row is added to heldout113's ``Screen``
with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the
units' lines, salutations, Hindi and Mahajani lines, items, pieces, weights, purities, gold rates, HSN codes,
counts, rates, taxable values, GST, TDS, TCS, fees, commissions, charges, cashback, balances, gross sums,
deductions, estimates, converted and INR sums, periods, months, financial years, invoice, order, challan,
week, arrival, delivery and due days, account, policy, proposal, quote, consumer, K, VC, registration,
application, document, book, file, folio, employer, employee, vendor and article numbers, HUIDs, BIS marks,
price tags, PAN, GSTIN, Udyam numbers, IFSC, UPI IDs of payers, QR codes, stamps, seals, wax seals, scribbles,
thumb boxes, borders, emblems, strips, confetti, progress bars, tags, dog-ears and spike holes carry no fact.
``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and
``paper_page`` heldout140's; ``phone_frame`` heldout126's; ``right`` heldout152's; ``fits`` and ``place``
heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's;
``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and
``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``kv``, ``kvr``, ``zebra``,
``total``, ``strip``, ``ticks``, ``thumb``, ``qr``, ``seal``, ``sms_page``, a roll's torn edges),
heldout271's (``grid``, ``colkv``, ``dots``, ``lab``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``step``,
``rstamp``, ``revenue``, rounded cards), heldout273's (``pill``, ``field``, ``track``, ``hcells``,
``ledger``, ``avatar``, ``bubble``, ``panel``, a pen's ring), heldout275's (``dev``, ``dlab``, ``sicon``,
``sig``, ``divider``, ``gutter``, ``gcard_open``, ``gcard_close``, ``inrow``, ``tabs``, ``toast``) and
heldout277's ``bigsum``, ``split`` and ``days_grid``, written in this set's pens and printers' faces.
``compose`` is heldout158's (as heldout269's to heldout279's), each page's rows drawn by heldout279's
``_render`` and then by this set's own ``_render`` in the lines it leaves for them: Mahajani lines (the
script Marwari traders kept their bahis and hundis in, its vowel signs left out as they left them, श्री as
its own ligature) in Noto Sans Mahajani; a Thewa frame round the page (a band of coloured glass between a
silver and a gold rule, a gold vine with its leaves along it, a gold rosette at each corner); a Thewa pendant
as a letterhead's emblem (an oval of glass in a beaded silver rim with a gold elephant on it, its bail on
top); BIS hallmarks with their purity and HUID; red sealing-wax seals; a strip of Bandhej as a divider; a
striped progress bar; a word scrawled across a bill; a jeweller's dumbbell price tag; an app's bar in a
gradient; receipt cards with a zigzag foot; confetti; direct messages' bubbles; a smartwatch's round face on
its strap; a dog-ear; a bill spike's hole; and, in ``compose``, the counter's velvet tray under a slip. The
pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random
import unicodedata

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout277_families as h277
from bench.receipt_sets import heldout279_families as h279
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
from bench.receipt_sets.heldout269_families import (
    bold_of,
    cols,
    kind,
    kv,
    kvr,
    qr,
    row,
    seal,
    sms_page,
    strip,
    thumb,
    ticks,
    total,
    zebra,
)
from bench.receipt_sets.heldout271_families import (
    amtbox,
    card_close,
    card_open,
    colkv,
    dots,
    fill,
    grid,
    hand,
    lab,
    revenue,
    rstamp,
    step,
    tt,
)
from bench.receipt_sets.heldout273_families import (
    avatar,
    bubble,
    field,
    hcells,
    ledger,
    panel,
    pill,
    track,
)
from bench.receipt_sets.heldout273_families import ring as pen_ring
from bench.receipt_sets.heldout275_families import (
    dev,
    divider,
    dlab,
    gcard_close,
    gcard_open,
    gutter,
    inrow,
    room_of,
    sicon,
    sig,
    tabs,
    toast,
)
from bench.receipt_sets.heldout277_families import bigsum, days_grid

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
MAHAJANI = "noto/NotoSansMahajani-Regular.ttf"
# the hands that write on this set's papers: italics and obliques in another mix than heldout275's to
# heldout279's
PENS = [
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "freefont/FreeSansOblique.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
]
INKS = [(22, 44, 140), (30, 30, 86), (48, 40, 44), (16, 80, 110), (96, 24, 70)]
# the faces a page's fixed-width lines are printed in (a dot-matrix's, a passbook printer's, a terminal's)
TYPES = [
    "noto/NotoMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
]
# Thewa's glass: an emerald green, a ruby red, a sapphire blue and an amber, each with its darker edge; the
# gold of the leaf fused on it and the silver of the frame round it
GLASS = [
    [(18, 112, 72), (8, 64, 40)],
    [(170, 22, 44), (104, 10, 26)],
    [(26, 66, 160), (12, 34, 96)],
    [(196, 120, 20), (120, 70, 8)],
]
GOLD = (212, 168, 62)
GOLD_DARK = (150, 112, 30)
SILVER = (176, 180, 188)

# ---------------------------------------------------------------- the house

HOUSE = "Kanthal Thewa Art Jewellers"
HOUSE_CAPS = HOUSE.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "KANTHAL THEWA ART JEWEL"
HOUSE_HI = "कांठल थेवा आर्ट ज्वैलर्स"
MAHAL = "Thewa Mahal"
MAHAL_CAPS = MAHAL.upper()
MAHAL_HI = "थेवा महल"
KARKHANA = "Thewa Kala Karkhana"
KARKHANA_HI = "थेवा कला कारखाना"
WEB = "thewamahal.in"
GSTIN = "08AAKFK5172M1ZQ"
UDYAM = "UDYAM-RJ-29-0007316"
OFFICE = "Soni Mohalla, Pratapgarh - 312605 (Rajasthan)"
MAHAL_AT = "Sadar Bazar, Pratapgarh - 312605"
UDAIPUR_AT = "Jagdish Chowk, City Palace Road, Udaipur - 313001"
PARTNER = "Shri Naveen Soni"
PARTNER2 = "Smt. Kusum Soni"
# Shilpgram Utsav, the West Zone Cultural Centre's crafts fair at Shilpgram, Udaipur: 21 to 30 December 2026;
# the house's stall is hut 112
UTSAV = dt.date(2026, 12, 21)
# IIJS, the jewellery trade's show in Mumbai, 6 to 10 August 2026
IIJS = dt.date(2026, 8, 6)
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "Union Bank of India": "UBIN",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "AU Small Finance Bank": "AUBL",
    "Rajasthan Marudhara Gramin Bank": "RMGB",
    "IDBI Bank": "IBKL",
    "Central Bank of India": "CBIN",
    "Canara Bank": "CNRB",
    "Indian Overseas Bank": "IOBA",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Bank of Baroda": "BoB",
    "Punjab National Bank": "PNB",
    "Union Bank of India": "Union Bank",
    "ICICI Bank": "ICICI",
    "HDFC Bank": "HDFC",
    "Axis Bank": "Axis",
    "AU Small Finance Bank": "AU Bank",
}
# the house's work: name, HSN, price each (low, high); Thewa is 23 carat gold leaf fused on glass in a silver
# frame, sold as jewellery (GST 3%)
WORKS = [
    ("Thewa pendant, emerald, elephant", "7113", 3200, 9800),
    ("Thewa earrings, ruby, peacock (pair)", "7113", 4200, 12500),
    ("Thewa bangle, sapphire, hunting scene", "7113", 16000, 42000),
    ("Thewa cufflinks, emerald (pair)", "7113", 5200, 9600),
    ("Thewa brooch, sari pin, lotus", "7113", 2600, 6400),
    ("Thewa jewellery box, 4 in, Radha-Krishna", "7114", 9500, 26000),
    ("Thewa photo frame, 5 x 7 in", "7114", 7200, 18000),
    ("Thewa itr-daan, perfume bottle", "7114", 6500, 15000),
    ("Thewa plate, 8 in, Mewar court scene", "7114", 14000, 38000),
    ("Thewa necklace set, emerald", "7113", 42000, 125000),
]
CUSTOMERS = [
    "Mrs. Meenakshi Agarwal",
    "Mr. Kunal Mehta",
    "Ms. Riya Jain",
    "Dr. Harshvardhan Bhati",
    "Mrs. Sunanda Rathore",
    "Mr. Aditya Khandelwal",
    "Ms. Tanvi Shekhawat",
]
# the karigars: the gold-leaf workers, the glass fuser, the frame maker, the polisher
KARIGARS = [
    "Babulal Soni",
    "Hemlata Soni",
    "Mohd. Salim",
    "Kailash Prajapat",
    "Geeta Meena",
    "Shankar Lal Meena",
    "Dinesh Regar",
    "Pushpa Soni",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The house's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 3) if lo < 6000 else 1
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 50))))
    return out


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def at_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ", " at ")) -> str:
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, twelve=rng.random() < 0.6)}"


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the fair's), its UPI / IMPS reference made again for that day."""
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


def clip(text: str, n: int) -> str:
    """``text`` cut to at most ``n`` characters at a word's end."""
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0].rstrip(",")


def tail(rng: random.Random) -> str:
    return rng.choice(["XXXXXXXX", "xxxx", "******", "XX", "XXXXXX"]) + digits(rng, 4)


def phone_no(rng: random.Random) -> str:
    return rng.choice("6789") + digits(rng, 9)


def gstin_of(rng: random.Random, state: str = "08", kind_: str = "P") -> str:
    return f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def pick(p: Screen, kind_: str, names: list[str]) -> str:
    """The first of ``names`` that fits a row of ``kind_`` on the page (the last where none does)."""
    for name in names:
        if fits(p, kind_, name):
            return name
    return names[-1]


def cell_fit(p: Screen, share: float, names: list[str], scale: float = 1.0) -> str:
    """The first of ``names`` that fits a cell ``share`` of the room wide (the last where none does)."""
    face = load_font(p.font, int(p.style["size"] * scale))
    for name in names:
        if face.getlength(name) <= share * room_of(p) - 16:
            return name
    return names[-1]


def initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words[0][0] + (words[1][0] if len(words) > 1 else "")).upper()


def huid(rng: random.Random) -> str:
    """A hallmark's unique id (six letters and figures), the piece's, never the payment's."""
    return code(rng, 6, ALNUM)


def phone(
    rng: random.Random, font: str, k: int, titles: list[str], *, dark: bool | None = None, buttons=None
) -> Screen:
    """A phone's screenshot (heldout116's screen in heldout126's phone frame), dark where asked."""
    p = screen(
        rng,
        font,
        "phone",
        dark=rng.random() < 0.2 if dark is None else dark,
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


def app_head(p: Screen, title: str, sub: str = "") -> None:
    """The app's name on its bar, a line under it, and room for the bar's edge."""
    p.part = "head"
    p.add("title", title)
    p.add("small", sub) if sub else p.add("gap")
    p.add("gap")
    p.part = "body"


def sheet_page(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    hand_pen(p)
    typeface(p)
    return p


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


def write(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    hand_pen(p)
    hand(p, text, align=align, **facts)


def blank(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    hand_pen(p)
    fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    typeface(p)
    tt(p, text, scale=scale, **facts)


def two_up(p: Screen, name: str, left: tuple[str, str], right_: tuple[str, str], **facts) -> None:
    """Two fields side by side, each label small in the label's ink over its value; the facts on the values'
    row."""
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
    kind(p, f"{name}l", spec, "soft", group=f"{name}l")
    kind(p, f"{name}v", spec, "plain", group=name, bold=(0, 1))
    h269.ext(p)["scale"][f"{name}l"] = 0.8
    row(p, f"{name}l", left[0], right_[0])
    row(p, f"{name}v", left[1], right_[1], **facts)


def three_up(p: Screen, name: str, fields: list[tuple[str, str]], **facts) -> None:
    """Three fields to a row, each label small in capitals in the label's ink over its value (a bank's
    e-advice set in a grid); the facts on the values' row."""
    spec = [(0.0, 0.34, "l"), (0.34, 0.67, "l"), (0.67, 1.0, "l")]
    kind(p, f"{name}l", spec, "soft", group=f"{name}l")
    kind(p, f"{name}v", spec, "line", group=name)
    h269.ext(p)["scale"][f"{name}l"] = 0.72
    row(p, f"{name}l", *[f[0].upper() for f in fields])
    row(p, f"{name}v", *[f[1] for f in fields], **facts)


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault("h282", {"marks": {}, "decor": {}, "zcards": [], "confetti": [], "bubbles": []})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


# Devanagari letters Mahajani lacks, written as its traders wrote them: ya as ja, sha and ssa as sa, the
# nasals nga and nya as na, lla as la
MJ_LETTER = {"YA": "JA", "SHA": "SA", "SSA": "SA", "NGA": "NA", "LLA": "LA", "YYA": "JA"}
MJ_VOWEL = {"A": "A", "AA": "A", "I": "I", "II": "I", "U": "U", "UU": "U", "E": "E", "AI": "E", "O": "O"}
MJ_VOWEL["AU"] = "O"


def to_mahajani(text: str) -> str:
    """Hindi in Devanagari written again in Mahajani, the script Marwari traders kept their bahis in: its
    consonants and initial vowels letter for letter, the vowel signs, virama and nasal marks left out (as
    Mahajani leaves them); श्री as its own ligature; spaces kept."""
    out = []
    text = text.replace("श्री", "\U00011176")
    for ch in text:
        if ch in (" ", "\U00011176"):
            out.append(ch)
            continue
        name = unicodedata.name(ch)
        assert name.startswith("DEVANAGARI "), (ch, name)
        rest = name[len("DEVANAGARI ") :]
        if rest.startswith("LETTER "):
            letter = rest[len("LETTER ") :]
            if letter in MJ_VOWEL:
                out.append(unicodedata.lookup("MAHAJANI LETTER " + MJ_VOWEL[letter]))
                continue
            letter = MJ_LETTER.get(letter, letter)
            if letter in ("DDDHA", "RRA", "RHA"):
                letter = "RRA"
            out.append(unicodedata.lookup("MAHAJANI LETTER " + letter))
        elif rest.startswith(("VOWEL SIGN", "SIGN")):
            continue
        else:
            raise AssertionError((ch, name))
    return "".join(out)


MJ_SCALE = 1.25


def mahajani(p: Screen, hindi: str, *, scale: float = 1.0, align: str = "c", soft: bool = False) -> None:
    """A line in Mahajani (a firm's name or a heading over its Hindi and English, as Marwari firms headed
    their bahis and hundis), transliterated from ``hindi``; a line and a quarter high."""
    text = to_mahajani(hindi)
    size = int(p.style["size"] * scale * MJ_SCALE)
    assert glyphs(MAHAJANI, text.replace(" ", "")), hindi
    assert load_font(MAHAJANI, size).getlength(text) <= room_of(p), hindi
    put(p, "t82mj", text, mark_=[scale, align, soft])
    if scale > 1.1:
        p.add("gap")


def thewa_border(p: Screen) -> None:
    """A Thewa frame round the page: a silver rule, a band of coloured glass with a gold vine and its leaves
    along it, a gold rule inside it and a gold rosette at each corner."""
    ext(p)["decor"]["border"] = p.rng.randrange(len(GLASS))


def pendant(p: Screen) -> None:
    """A Thewa pendant as a letterhead's emblem: an oval of coloured glass in a beaded silver rim, a gold
    elephant under a gold arch fused on it, its bail on top; centred, three lines high."""
    put(p, "t82pend", "", mark_=[p.rng.randrange(len(GLASS)), p.rng.random() < 0.5])
    p.add("gap")
    p.add("gap")


def hallmark(p: Screen, purity: str, uid: str, *, align: str = "r") -> None:
    """A BIS hallmark as it is lasered on a piece and printed under its line on a jeweller's bill: the BIS
    triangle, the purity (23K958) and the piece's HUID in a box, small and grey."""
    face = load_font(bold_of(p.font), int(p.style["size"] * 0.72))
    assert glyphs(bold_of(p.font), purity + uid + "HUID BIS"), (purity, uid)
    assert face.getlength(f"BIS  {purity}  HUID {uid}") + 60 <= room_of(p)
    put(p, "t82hm", purity, uid, mark_=align)


def wax(p: Screen, n: int, letters: str) -> None:
    """Red sealing-wax seals pressed on an insured parcel's strings at the right (``n`` of them, each with the
    sender's letters impressed in it); three lines high (the rows beside them left short)."""
    assert glyphs(bold_of(p.font), letters)
    put(p, "t82wax", letters, mark_=[n, p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def bandhej(p: Screen) -> None:
    """A strip of Bandhej (Rajasthan's tie-dye) across the page as a divider: a red band with white dots tied
    in fours along it and a yellow edge; one line high."""
    put(
        p,
        "t82bdj",
        "",
        mark_=p.rng.choice([[(186, 24, 48), (252, 204, 40)], [(150, 20, 90), (250, 176, 40)]]),
    )


def velvet(p: Screen) -> None:
    """The slip photographed on the counter's jewellery tray: a maroon velvet ground round the paper, its pile
    a little uneven, a soft shadow under the paper."""
    ext(p)["decor"]["velvet"] = p.rng.randrange(10**6)


def dogear(p: Screen) -> None:
    """The page's top right corner folded over (a dog-ear), its back showing (over no line of print)."""
    ext(p)["decor"]["dogear"] = p.rng.choice([44, 52, 60])


def spike(p: Screen) -> None:
    """The bill once pushed on to a shop's bill spike: a hole near its top edge with the paper torn round it
    (over no line of print)."""
    ext(p)["decor"]["spike"] = p.rng.uniform(0.4, 0.6)


def confetti(p: Screen, start: int) -> None:
    """An app's burst of confetti in the margins beside the rows from ``start`` to the last added (a success
    screen's celebration; none over the print)."""
    ext(p)["confetti"].append([start, len(p.rows) - 1, p.rng.randrange(10**6)])


def progress(p: Screen, share: float, colour: tuple[int, int, int]) -> None:
    """A progress bar across the page: a pale track, ``share`` of it filled in ``colour`` with stripes (an app
    still waiting); one line high."""
    put(p, "t82bar", "", mark_=[share, list(colour)])


def scrawl(p: Screen, text: str, **facts) -> None:
    """A word written large by hand across the page, slanting up, with a stroke under it (a shopkeeper's
    "Paid" across the bill he settles); two lines high."""
    pen = hand_pen(p)
    face = load_font(pen, int(p.style["size"] * 2.1))
    assert glyphs(pen, text) and face.getlength(text) + 80 <= room_of(p), text
    put(p, "t82scr", text, mark_=p.rng.uniform(8, 16), **facts)
    p.add("gap")


def gradient(p: Screen, colour: tuple[int, int, int], other: tuple[int, int, int]) -> None:
    """The app's bar in a gradient from ``colour`` at the left to ``other`` at the right (a light screen's),
    its title still in white."""
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = colour, (255, 255, 255)
        ext(p)["decor"]["gradient"] = [list(colour), list(other)]


def pricetag(p: Screen, lines: list[str]) -> None:
    """A jeweller's dumbbell price tag tied to the piece, lying at the right of the page: its end printed with
    the piece's code and weights (no fact); four lines high, the rows beside it left short."""
    face = load_font(p.font, int(p.style["size"] * 0.74))
    for text in lines:
        assert glyphs(p.font, text) and face.getlength(text) <= 124, text
    put(p, "t82tag", *lines, mark_=p.rng.uniform(-8, 8))
    for _ in range(3):
        p.add("gap")


def watch(p: Screen) -> None:
    """The screen as a smartwatch's round face on its wrist: the face cut round with its bezel and crown, its
    strap above and below (the page made square; the caller keeps the rows inside the circle)."""
    p.style["min_height"] = p.style["width"]
    ext(p)["decor"]["watch"] = True


def zcard_open(p: Screen) -> int:
    p.add("gap")
    return len(p.rows)


def zcard_close(p: Screen, start: int) -> None:
    """A receipt card on a tinted screen round the rows from ``start`` to the last added, its foot cut in a
    zigzag as a torn slip (an app's shareable receipt)."""
    p.add("gap")
    ext(p)["zcards"].append([start, len(p.rows) - 1])
    p.add("gap")


def dm_bubble(p: Screen, start: int, tint: tuple[int, int, int], foot: str = "") -> None:
    """A direct message's bubble round the rows from ``start`` to the last added, tinted ``tint`` (the
    sender's grey, the shop's pale violet), its hour small under it."""
    assert glyphs(p.font, foot), foot
    ext(p)["bubbles"].append([start, len(p.rows) - 1, list(tint), foot])
    p.add("gap")


# ---------------------------------------------------------------- drawing


def _gold_leaf(draw: ImageDraw.ImageDraw, x: float, y: float, a: float, s: float) -> None:
    """A small gold leaf at (x, y) pointing along ``a``."""
    pts = []
    for n in range(9):
        t = n / 8
        r = s * math.sin(math.pi * t) * 0.45
        px, py = x + math.cos(a) * s * t, y + math.sin(a) * s * t
        pts.append((px - math.sin(a) * r, py + math.cos(a) * r))
    for n in range(8, -1, -1):
        t = n / 8
        r = s * math.sin(math.pi * t) * 0.45
        px, py = x + math.cos(a) * s * t, y + math.sin(a) * s * t
        pts.append((px + math.sin(a) * r, py - math.cos(a) * r))
    draw.polygon(pts, fill=GOLD, outline=GOLD_DARK)


def _rosette(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, glass) -> None:
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=SILVER)
    draw.ellipse((cx - r + 2, cy - r + 2, cx + r - 2, cy + r - 2), fill=tuple(glass[0]))
    for n in range(8):
        a = 2 * math.pi * n / 8
        _gold_leaf(draw, cx, cy, a, r * 0.85)
    draw.ellipse((cx - r * 0.22, cy - r * 0.22, cx + r * 0.22, cy + r * 0.22), fill=GOLD, outline=GOLD_DARK)


def _border(draw: ImageDraw.ImageDraw, w: int, h: int, glass) -> None:
    face, edge = tuple(glass[0]), tuple(glass[1])
    draw.rectangle((1, 1, w - 2, h - 2), outline=SILVER, width=3)
    draw.rectangle((4, 4, w - 5, h - 5), outline=face, width=15)
    draw.rectangle((4, 4, w - 5, h - 5), outline=edge, width=1)
    draw.rectangle((18, 18, w - 19, h - 19), outline=edge, width=1)
    draw.rectangle((21, 21, w - 22, h - 22), outline=GOLD, width=2)
    # the vine: a gold stem in waves along each side, a leaf at every turn
    for horizontal, fixed_a, fixed_b, length in ((True, 11, h - 12, w), (False, 11, w - 12, h)):
        for fixed in (fixed_a, fixed_b):
            pts = []
            for t in range(30, length - 30, 3):
                off = 3.2 * math.sin(t / 11.0)
                pts.append((t, fixed + off) if horizontal else (fixed + off, t))
            draw.line(pts, fill=GOLD, width=2)
            for n, t in enumerate(range(36, length - 36, 35)):
                a = (-1 if n % 2 else 1) * math.pi / 3
                if horizontal:
                    _gold_leaf(draw, t, fixed, a, 7)
                else:
                    _gold_leaf(draw, fixed, t, a + math.pi / 2, 7)
    for cx, cy in ((12, 12), (w - 13, 12), (12, h - 13), (w - 13, h - 13)):
        _rosette(draw, cx, cy, 12, glass)


def _pendant(
    draw: ImageDraw.ImageDraw, cx: float, cy: float, rw: float, rh: float, glass, arch: bool
) -> None:
    face, edge = tuple(glass[0]), tuple(glass[1])
    # the bail over the rim
    draw.ellipse((cx - 7, cy - rh - 16, cx + 7, cy - rh - 2), outline=SILVER, width=3)
    draw.ellipse((cx - rw - 5, cy - rh - 5, cx + rw + 5, cy + rh + 5), fill=SILVER)
    for n in range(28):
        a = 2 * math.pi * n / 28
        bx, by = cx + math.cos(a) * (rw + 3), cy + math.sin(a) * (rh + 3)
        draw.ellipse((bx - 2, by - 2, bx + 2, by + 2), fill=(222, 224, 230))
    draw.ellipse((cx - rw, cy - rh, cx + rw, cy + rh), fill=edge)
    draw.ellipse((cx - rw + 3, cy - rh + 3, cx + rw - 3, cy + rh - 3), fill=face)
    # a gold elephant: its body, head, trunk, ears, legs and a saddle cloth, on a ground line
    u = rw / 10
    draw.ellipse((cx - 5 * u, cy - 2 * u, cx + 3 * u, cy + 3.6 * u), fill=GOLD)
    draw.ellipse((cx + 1.6 * u, cy - 3.4 * u, cx + 6 * u, cy + 0.8 * u), fill=GOLD)
    draw.line(
        [(cx + 5.6 * u, cy - 1 * u), (cx + 7 * u, cy + 1.6 * u), (cx + 6.4 * u, cy + 4 * u)],
        fill=GOLD,
        width=max(2, int(u * 0.9)),
    )
    for lx in (-4.2, -2.2, 0.8, 2.4):
        draw.rectangle((cx + lx * u, cy + 2.6 * u, cx + (lx + 1.2) * u, cy + 5.4 * u), fill=GOLD)
    draw.line([(cx - 8 * u, cy + 5.6 * u), (cx + 8 * u, cy + 5.6 * u)], fill=GOLD, width=2)
    draw.polygon(
        [
            (cx - 2.6 * u, cy - 1.8 * u),
            (cx + 1 * u, cy - 1.8 * u),
            (cx + 0.4 * u, cy + 1.4 * u),
            (cx - 2 * u, cy + 1.4 * u),
        ],
        fill=face,
        outline=GOLD,
    )
    draw.ellipse((cx + 3.8 * u, cy - 2 * u, cx + 4.6 * u, cy - 1.2 * u), fill=face)
    if arch:
        draw.arc((cx - 7.5 * u, cy - 8.5 * u, cx + 7.5 * u, cy + 6 * u), 200, 340, fill=GOLD, width=2)
        for n in range(7):
            a = math.radians(205 + n * 22)
            draw.ellipse(
                (
                    cx + math.cos(a) * 7.5 * u - 2,
                    cy - 1.25 * u + math.sin(a) * 7.25 * u - 2,
                    cx + math.cos(a) * 7.5 * u + 2,
                    cy - 1.25 * u + math.sin(a) * 7.25 * u + 2,
                ),
                fill=GOLD,
            )


def _triangle(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, ink) -> None:
    draw.polygon([(x, y + s), (x + s * 1.1, y + s), (x + s * 0.55, y)], outline=ink, width=2)
    draw.line((x + s * 0.55, y + s * 0.35, x + s * 0.55, y + s * 0.85), fill=ink, width=2)


def _wax_seal(
    draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, rng: random.Random, letters, font
) -> None:
    pts = []
    for n in range(24):
        a = 2 * math.pi * n / 24
        rr = r * rng.uniform(0.86, 1.12)
        pts.append((cx + math.cos(a) * rr, cy + math.sin(a) * rr))
    draw.polygon(pts, fill=(150, 20, 26))
    draw.ellipse((cx - r * 0.72, cy - r * 0.72, cx + r * 0.72, cy + r * 0.72), fill=(178, 30, 36))
    draw.ellipse((cx - r * 0.62, cy - r * 0.62, cx + r * 0.62, cy + r * 0.62), outline=(120, 12, 18), width=2)
    face = load_font(bold_of(font), int(r * 0.62))
    tw = draw.textlength(letters, font=face)
    draw.text((cx - tw / 2, cy), letters, font=face, fill=(118, 12, 18), anchor="lm")
    draw.arc((cx - r * 0.8, cy - r * 0.8, cx + r * 0.5, cy + r * 0.3), 200, 260, fill=(214, 90, 90), width=2)


def _bandhej(draw: ImageDraw.ImageDraw, x0: float, x1: float, cy: float, pal) -> None:
    red, yellow = (tuple(c) for c in pal)
    draw.rectangle((x0, cy - 9, x1, cy + 9), fill=red)
    draw.line((x0, cy - 9, x1, cy - 9), fill=yellow, width=2)
    draw.line((x0, cy + 9, x1, cy + 9), fill=yellow, width=2)
    for n, x in enumerate(range(int(x0) + 8, int(x1) - 6, 14)):
        for dx, dy in ((0, -3), (0, 3), (-3, 0), (3, 0)):
            draw.ellipse((x + dx - 1.4, cy + dy - 1.4, x + dx + 1.4, cy + dy + 1.4), fill=(255, 250, 240))
        if n % 3 == 1:
            draw.ellipse((x - 1.2, cy - 1.2, x + 1.2, cy + 1.2), fill=yellow)


def _tag(
    page: Image.Image, font: str, lines: list[str], x0: float, y0: float, size: int, tilt: float
) -> None:
    """A dumbbell price tag: a printed end, a narrow neck and a round end, its string trailing off."""
    tw_, th_ = 190, int(size * 0.74 * 1.35 * len(lines) + 16)
    tag = Image.new("RGBA", (tw_ + 120, th_ + 40), (0, 0, 0, 0))
    td = ImageDraw.Draw(tag)
    edge = (150, 150, 150, 255)
    td.rounded_rectangle(
        (10, 20, 10 + tw_ * 0.72, 20 + th_), radius=8, fill=(255, 255, 255, 255), outline=edge
    )
    td.rectangle(
        (10 + tw_ * 0.72, 20 + th_ / 2 - 6, 10 + tw_ * 0.86, 20 + th_ / 2 + 6), fill=(255, 255, 255, 255)
    )
    td.line((10 + tw_ * 0.72, 20 + th_ / 2 - 6, 10 + tw_ * 0.86, 20 + th_ / 2 - 6), fill=edge)
    td.line((10 + tw_ * 0.72, 20 + th_ / 2 + 6, 10 + tw_ * 0.86, 20 + th_ / 2 + 6), fill=edge)
    td.ellipse(
        (10 + tw_ * 0.84, 20 + th_ / 2 - 16, 10 + tw_ * 1.0, 20 + th_ / 2 + 16),
        fill=(255, 255, 255, 255),
        outline=edge,
    )
    td.line(
        [
            (10 + tw_ * 0.94, 20 + th_ / 2),
            (10 + tw_ * 1.1, 20 + th_ / 2 - 10),
            (10 + tw_ * 1.3, 20 + th_ / 2 + 4),
        ],
        fill=(200, 40, 50, 255),
        width=2,
    )
    small = load_font(font, int(size * 0.74))
    for n, text in enumerate(lines):
        td.text((18, 27 + n * size * 0.74 * 1.35), text, font=small, fill=(40, 40, 48, 255))
    tag = tag.rotate(tilt, resample=Image.BICUBIC, expand=False)
    page.paste(tag, (int(x0), int(y0)), tag)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout279's ``_render`` (heldout277's, 275's, 273's, 271's, 269's and heldout14's beneath it), then
    this set's rows and marks: Mahajani lines, a Thewa pendant, BIS hallmarks, wax seals, a Bandhej strip, a
    progress bar, a word scrawled across, a price tag; an app's gradient bar, direct messages' bubbles,
    receipt cards with a zigzag foot, confetti, a Thewa border, a smartwatch's round face and strap, a dog-ear
    and a bill spike's hole."""
    page = h279._render(rows, font, style)
    x = style.get("h282")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    pen_ink = tuple((style.get("h271") or {}).get("pen_ink", (22, 44, 140)))
    pen = (style.get("h271") or {}).get("pen", PENS[0])
    marks = x["marks"]
    decor = x["decor"]
    w, h = page.size
    if decor.get("gradient"):
        c0, c1 = (np.array(c, dtype=np.float32) for c in decor["gradient"])
        band_h = MARGIN + int(line * 2.6)
        arr = np.asarray(page).copy()
        top_ = arr[: band_h + 1].astype(np.float32)
        mask = np.all(arr[: band_h + 1] == np.array(style["band"], dtype=np.uint8), axis=2)
        t = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :, None]
        grad = c0[None, None, :] * (1 - t) + c1[None, None, :] * t
        grad = np.broadcast_to(grad, top_.shape)
        top_[mask] = grad[mask]
        arr[: band_h + 1] = top_.astype(np.uint8)
        page = Image.fromarray(arr)
    if x["bubbles"]:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for start, end, tint, _ in x["bubbles"]:
            y0 = tops[start] - lift - 8
            y1 = tops[end] + line - lift + 6
            ld.rounded_rectangle((MARGIN - 14, y0, width - MARGIN + 14, y1), radius=18, fill=tuple(tint))
        page = ImageChops.multiply(page, layer)
        draw = ImageDraw.Draw(page)
        small = load_font(font, int(size * 0.64))
        for start, end, _, foot in x["bubbles"]:
            yy = tops[end] + line - lift + 9
            draw.text((width - MARGIN - small.getlength(foot), yy), foot, font=small, fill=soft)
    if x["zcards"]:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        ground = h269._tint((90, 90, 110), paper_, 0.1)
        for start, end in x["zcards"]:
            y0 = tops[start] - lift - 10
            y1 = tops[end] + line - lift + 6
            ld.rectangle((0, y0 - 14, w, y1 + 16), fill=ground)
        page = ImageChops.multiply(page, layer)
        draw = ImageDraw.Draw(page)
        for start, end in x["zcards"]:
            y0 = tops[start] - lift - 10
            y1 = tops[end] + line - lift + 6
            x0, x1 = MARGIN - 16, width - MARGIN + 16
            draw.line((x0, y0, x1, y0), fill=h269._tint(soft, paper_, 0.4), width=1)
            draw.line((x0, y0, x0, y1), fill=h269._tint(soft, paper_, 0.4), width=1)
            draw.line((x1, y0, x1, y1), fill=h269._tint(soft, paper_, 0.4), width=1)
            teeth = []
            for n, xx in enumerate(range(int(x0), int(x1) + 1, 8)):
                teeth.append((xx, y1 + (8 if n % 2 else 0)))
            draw.polygon([(x0, y1 - 1), *teeth, (x1, y1 - 1)], fill=paper_)
            draw.line(teeth, fill=h269._tint(soft, paper_, 0.4), width=1)
    draw = ImageDraw.Draw(page)
    for start, end, seed in x["confetti"]:
        crng = random.Random(seed)
        y0, y1 = tops[start] - lift, tops[end] + line - lift
        colours = [(250, 190, 30), (230, 60, 90), (40, 170, 120), (60, 120, 230), (170, 80, 210)]
        for _ in range(int((y1 - y0) / 7) + 10):
            side = crng.random() < 0.5
            cx = crng.uniform(4, MARGIN - 10) if side else crng.uniform(width - MARGIN + 10, width - 4)
            cy = crng.uniform(y0, y1)
            a = crng.uniform(0, math.pi)
            ln = crng.uniform(4, 9)
            draw.line(
                (cx, cy, cx + math.cos(a) * ln, cy + math.sin(a) * ln), fill=crng.choice(colours), width=3
            )
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t82"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t82mj":
            scale, align, is_soft = m
            face = load_font(MAHAJANI, int(size * scale * MJ_SCALE))
            tw = face.getlength(r[1])
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            base = top_y + line * (1.3 if scale > 1.1 else 1.0)
            draw.text((tx, base), r[1], font=face, fill=soft if is_soft else ink, anchor="ls")
        elif name == "t82pend":
            n_glass, arch = m
            rh = line * 0.95
            _pendant(draw, width / 2, top_y + rh + 18, rh * 0.82, rh, GLASS[n_glass], arch)
        elif name == "t82hm":
            align = m
            grey = h269._tint(ink, paper_, 0.62)
            face = load_font(bold_of(font), int(size * 0.72))
            s = size * 0.78
            need = s * 1.1 + 10 + face.getlength(r[1]) + 22 + face.getlength(f"HUID {r[2]}") + 10
            x0 = width - MARGIN - need if align == "r" else MARGIN + 8
            _triangle(draw, x0, y + 1, s, grey)
            xx = x0 + s * 1.1 + 10
            draw.text((xx, y + 2), r[1], font=face, fill=grey)
            xx += face.getlength(r[1]) + 22
            box = (xx - 5, y - 1, xx + face.getlength(f"HUID {r[2]}") + 5, y + s + 4)
            draw.rounded_rectangle(box, radius=4, outline=grey, width=1)
            draw.text((xx, y + 2), f"HUID {r[2]}", font=face, fill=grey)
        elif name == "t82wax":
            n_seals, seed = m
            wrng = random.Random(seed)
            rr = line * 0.95
            for n in range(n_seals):
                cx = width - MARGIN - rr - n * (rr * 2.4)
                cy = top_y + line * 1.5 + wrng.uniform(-4, 4)
                draw.line((cx - rr * 1.6, cy - 2, cx + rr * 1.6, cy + 3), fill=(200, 190, 160), width=2)
                _wax_seal(draw, cx, cy, rr, wrng, r[1], font)
        elif name == "t82bdj":
            _bandhej(draw, MARGIN, width - MARGIN, top_y + line / 2, m)
        elif name == "t82bar":
            share, colour = m
            colour = tuple(colour)
            yy = top_y + line / 2
            x0, x1 = MARGIN + 10, width - MARGIN - 10
            draw.rounded_rectangle((x0, yy - 5, x1, yy + 5), radius=5, fill=h269._tint(colour, paper_, 0.18))
            xf = x0 + (x1 - x0) * share
            draw.rounded_rectangle((x0, yy - 5, xf, yy + 5), radius=5, fill=colour)
            light = h269._tint((255, 255, 255), colour, 0.35)
            for xx in range(int(x0) + 6, int(xf) - 6, 14):
                draw.line((xx, yy + 4, xx + 6, yy - 4), fill=light, width=3)
        elif name == "t82scr":
            tilt = m
            face = load_font(pen, int(size * 2.1))
            tw = face.getlength(r[1])
            layer = Image.new("RGBA", (int(tw + 60), int(size * 3.4)), (0, 0, 0, 0))
            ld = ImageDraw.Draw(layer)
            ld.text((20, 4), r[1], font=face, fill=(*pen_ink, 235))
            ld.line((16, size * 2.6, tw + 40, size * 2.3), fill=(*pen_ink, 220), width=3)
            layer = layer.rotate(tilt, resample=Image.BICUBIC, expand=True)
            page.paste(layer, (int((width - layer.width) / 2), int(top_y + line - layer.height / 2)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t82tag":
            tilt = m
            _tag(page, font, list(r[1:]), width - MARGIN - 300, top_y - 4, size, tilt)
            draw = ImageDraw.Draw(page)
    if decor.get("border") is not None:
        _border(draw, w, h, GLASS[decor["border"]])
    if decor.get("watch"):
        cx, cy = w / 2, h / 2
        rr = min(w, h) / 2 - 16
        ground = Image.new("RGB", page.size, (188, 176, 160))
        gd = ImageDraw.Draw(ground)
        gd.rounded_rectangle((cx - rr * 0.62, -20, cx + rr * 0.62, cy), radius=18, fill=(38, 38, 44))
        gd.rounded_rectangle((cx - rr * 0.62, cy, cx + rr * 0.62, h + 20), radius=18, fill=(38, 38, 44))
        for yy in range(6, int(cy - rr), 14):
            gd.line((cx - rr * 0.5, yy, cx + rr * 0.5, yy), fill=(56, 56, 62), width=2)
        mask = Image.new("L", page.size, 0)
        ImageDraw.Draw(mask).ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=255)
        page = Image.composite(page, ground, mask)
        draw = ImageDraw.Draw(page)
        draw.ellipse((cx - rr - 6, cy - rr - 6, cx + rr + 6, cy + rr + 6), outline=(84, 86, 94), width=9)
        draw.rounded_rectangle((cx + rr + 4, cy - 18, cx + rr + 16, cy + 18), radius=4, fill=(96, 98, 106))
    if decor.get("dogear"):
        s = decor["dogear"]
        ground = (118, 114, 108)
        draw.polygon([(w - s, 0), (w, 0), (w, s)], fill=ground)
        back = h269._tint((0, 0, 0), paper_, 0.12)
        draw.polygon([(w - s, 0), (w, s), (w - s, s)], fill=back, outline=h269._tint((0, 0, 0), paper_, 0.3))
        draw.line((w - s + 3, s + 2, w + 1, s + 2), fill=h269._tint((0, 0, 0), paper_, 0.2), width=2)
    if decor.get("spike"):
        cx, cy = w * decor["spike"], 15
        draw.ellipse((cx - 5, cy - 5, cx + 5, cy + 5), fill=(96, 92, 88))
        srng = random.Random(int(cx * 1000))
        for _ in range(5):
            a = srng.uniform(0, 2 * math.pi)
            ln = srng.uniform(7, 13)
            draw.line(
                (cx + math.cos(a) * 5, cy + math.sin(a) * 5, cx + math.cos(a) * ln, cy + math.sin(a) * ln),
                fill=h269._tint((0, 0, 0), paper_, 0.35),
                width=1,
            )
    return page


def _velvet(image: Image.Image, seed: int) -> Image.Image:
    """The page laid on a maroon velvet tray: a margin of velvet round it, its pile uneven, a soft shadow."""
    vrng = random.Random(seed)
    w, h = image.size
    pad = 46
    ground = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (92, 14, 30))
    arr = np.asarray(ground).astype(np.float32)
    nrng = np.random.default_rng(vrng.randrange(10**6))
    noise = nrng.normal(0, 7, (arr.shape[0], arr.shape[1], 1)).astype(np.float32)
    yy = np.linspace(0, 1, arr.shape[0], dtype=np.float32)[:, None, None]
    xx = np.linspace(0, 1, arr.shape[1], dtype=np.float32)[None, :, None]
    sheen = 18 * np.sin(xx * 3.1 + yy * 2.2 + vrng.uniform(0, 3))
    arr = np.clip(arr + noise + sheen, 0, 255).astype(np.uint8)
    ground = Image.fromarray(arr)
    shadow = Image.new("L", ground.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 6, pad + 8, pad + w + 6, pad + h + 8), fill=150)
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    ground = Image.composite(Image.new("RGB", ground.size, (30, 4, 10)), ground, shadow)
    ground.paste(image, (pad, pad))
    return ground


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout279's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp, a roll's torn edges and this set's velvet tray
    where a page asks for them."""
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
    seed = ((style.get("h282") or {}).get("decor") or {}).get("velvet")
    if seed is not None:
        image = _velvet(image, seed)
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    for face in [
        MAHAJANI,
        h275.DEV,
        h275.DEV_BOLD,
        h275.DEV_SERIF,
        h275.DEV_SERIF_BOLD,
        h275.HAND_LATIN,
        *PENS,
        *TYPES,
        "dejavu/DejaVuSans.ttf",
    ]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout282 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's own app


PAYEES = [MAHAL_CAPS, MAHAL, CUT, "THEWA MAHAL PRATAPGARH"]
VPAS = [
    "thewamahal@sbi",
    "thewamahal.ptg@okaxis",
    "Q719204836@ybl",
    "kanthalthewa@barodampay",
    "thewamahal@aubank",
]
BUYERS = [
    ("Meenakshi Agarwal", "meenakshi.a@okhdfcbank", "HDFC Bank"),
    ("Kunal Mehta", "kunalmehta@oksbi", "State Bank of India"),
    ("Riya Jain", "riyajain99@ybl", "ICICI Bank"),
    ("Harshvardhan Bhati", "hvbhati@okaxis", "Axis Bank"),
    ("Sunanda Rathore", "sunandar@barodampay", "Bank of Baroda"),
    ("Aditya Khandelwal", "adityak@paytm", "Punjab National Bank"),
    ("Tanvi Shekhawat", "tanvi.s@ibl", "AU Small Finance Bank"),
    ("Rohan Dave", "rohandave@axl", "Union Bank of India"),
]
NOTES = [
    "emerald pendant",
    "Thewa earrings",
    "cufflinks for Papa",
    "jewellery box",
    "anniversary gift",
    "bangle balance",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Pratapgarh showroom or the house: PhonePe's Transaction Successful on its purple
    gradient bar (the day and hour on the bar, "Paid to" over the payee and its VPA, the sum in a burst of
    confetti; Transfer Details: Transaction ID, Debited from, UTR); BHIM's receipt on a card with a zigzag
    foot (a tick, Paid successfully, the sum, "to <payee>"; UPI Ref No, Transaction ID, Date, From); Amazon
    Pay's Payment failed under a large cross ("to <payee>", the reason; Amazon Pay ref., UPI Ref No, Date,
    Paid from; a toast of the refund); Navi's Payment successful on its dark screen (the sum with its paise
    raised, the hour alone; Paid to, UPI Ref No, Navi transaction ID, Debited from; no day); bob World's
    Transaction Successful on Bank of Baroda's orange gradient bar (the payee's initials, Paid to, Transaction
    ID, UPI Ref. No., Date & Time, From A/c, Remarks); Fi's Payment pending over a striped progress bar (UPI
    reference, Fi transaction ID, Initiated on, Paying from); Paytm for Business on the showroom's phone (the
    showroom under the app, its tabs, a card: Received, the sum, "from <buyer>", the day and hour; Settlement,
    Note; no reference); YONO SBI's Transaction Successful on its gradient bar ("Paid to" over the payee, UPI
    Reference No., Transaction Date & Time, Debit Account, Remarks). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2500, high=62000, p_round=0.75)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    tick_ = sign(font, "\u2713", "")
    if k == 0:
        p = phone(rng, font, k, [""], dark=False, buttons=("Share", "Done"))
        gradient(p, (95, 37, 159), (132, 62, 196))
        p.part = "head"
        p.add("title", "Transaction Successful", status=status)
        p.add("small", f"{hhmm(rng, lower=True)} on {day_in(j, rng, ['%d %b %Y', '{d} %b %Y'])}", date=j.date)
        p.add("gap")
        p.part = "body"
        p.accent((95, 37, 159))
        start = len(p.rows)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, MAHAL])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        confetti(p, start)
        p.add("rule")
        p.add("left", "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 14)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "Debited from")
        p.add("left", f"{sb} XXXXXX{digits(rng, 4)}", method="UPI")
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Powered by UPI  |  YES BANK")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 98, 65))
        app_head(p, "BHIM", "UPI")
        z = zcard_open(p)
        sicon(p, status)
        p.add("center", "Paid successfully", status=status)
        p.accent((0, 98, 65))
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {MAHAL}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", vpa)
        p.add("rule")
        bid = f"BHM{digits(rng, 4)}{code(rng, 10, UPPER)}{digits(rng, 6)}"
        p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Transaction ID")
        p.add("left", bid, txn=(TXN_RANK, bid))
        p.pair("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.pair("From", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        zcard_close(p, z)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Try again",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {MAHAL}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The payee's bank did not respond in time (U68).")
        p.add("rule")
        aid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        p.pair("Amazon Pay ref.", aid, txn=(TXN_RANK, aid))
        p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        p.pair("Paid from", f"{sb} XX{digits(rng, 4)}", method="UPI")
        toast(p, "Any amount debited will be refunded in 3 to 5 days")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, [""], dark=True, buttons=("Share receipt",))
        app_head(p, "navi", "UPI payment")
        sicon(p, status)
        p.add("center", f"{tick_} Payment successful".strip(), status=status)
        p.accent(GREEN)
        bigsum(p, sign(font, "\u20b9", "Rs."), j.amount, amount=j.amount)
        p.add("small", hhmm(rng, lower=rng.random() < 0.5))
        p.add("rule")
        nid = f"NAVI{digits(rng, 14)}"
        name = to if fits(p, "left", to) else MAHAL
        lab(p, "Paid to")
        p.add("left", name, merchant=name)
        lab(p, "UPI Ref No")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Navi transaction ID")
        p.add("left", nid, txn=(TXN_RANK, nid))
        lab(p, "Debited from")
        p.add("left", f"{bank} {dot * 4}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Home"))
        gradient(p, (240, 90, 34), (250, 140, 40))
        app_head(p, "bob World", "Bank of Baroda")
        name = pick(p, "center", [to, MAHAL])
        avatar(p, initials(name), (240, 90, 34))
        p.add("center", f"{tick_} Transaction Successful".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", name, merchant=name)
        p.add("rule")
        bid = f"BOB{j.date:%y}{digits(rng, 11)}"
        kvr(p, "Transaction ID", bid, txn=(TXN_RANK, bid))
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "From A/c", f"XXXXXXXX{digits(rng, 4)}", method="UPI")
        kvr(p, "Remarks", rng.choice(NOTES))
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (0, 120, 110))
        app_head(p, "Fi", "Federal Bank")
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        progress(p, rng.uniform(0.45, 0.7), AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {MAHAL}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Your bank has not confirmed yet. Please do not pay again.")
        p.add("rule")
        fid = f"FIUPI{digits(rng, 4)}{code(rng, 6, UPPER)}{digits(rng, 4)}"
        kvr(p, "UPI reference", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Fi transaction ID", fid, txn=(TXN_RANK, fid))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "Paying from", f"Federal Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=("Share",))
        band(p, (0, 46, 110))
        app_head(p, "Paytm for Business", "Payments")
        name = pick(p, "center", [MAHAL_CAPS, MAHAL])
        p.add("center", name, merchant=name)
        p.add("small", "Sadar Bazar, Pratapgarh  |  Soundbox linked")
        tabs(p, ["Home", "Payments", "Settlements"], 1)
        p.add("gap")
        c = card_open(p)
        pill(p, "Received", status, align="l")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("left", f"from {who}")
        p.add(
            "small",
            f"UPI {dot} {at_hour(rng, j.date, ['%d %b %Y', '{d} %b %Y'], (', ',))}",
            date=j.date,
            method="UPI",
        )
        card_close(p, c)
        p.add("gap")
        kvr(p, "Settlement", f"Next morning to BoB XX{digits(rng, 4)}")
        kvr(p, "Note", rng.choice(NOTES))
        return p.done()
    p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
    gradient(p, (40, 0, 110), (0, 120, 200))
    app_head(p, "YONO SBI", "State Bank of India")
    sicon(p, status)
    p.add("center", "Transaction Successful", status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "Paid to")
    name = pick(p, "center", [to, MAHAL])
    p.add("center", name, merchant=name)
    p.add("small", vpa)
    p.add("rule")
    lab(p, "UPI Reference No.")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    lab(p, "Transaction Date & Time")
    p.add("left", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
    lab(p, "Debit Account")
    p.add("left", f"XXXXXXX{digits(rng, 4)} (Savings)", method="UPI")
    lab(p, "Remarks")
    p.add("left", rng.choice(NOTES))
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("Johari Bazaar Heritage Jewels Pvt. Ltd.", "Johari Bazaar, Jaipur - 302003", "tally"),
    ("Office of the District Collector, Pratapgarh", "Pratapgarh - 312605", "paymanager"),
    ("Okhai Centre for Empowerment", "Mithapur, Gujarat", "okhai"),
    ("Tata CLiQ Luxury", "Mumbai", "cliq"),
    ("Hotel Sajjan Niwas Palace", "Lake Pichola, Udaipur - 313001", "hotel"),
    ("Hindustan Zinc Limited", "Yashad Bhawan, Udaipur - 313004", "oracle"),
    ("Zaveri Brothers & Co.", "Zaveri Bazaar, Mumbai - 400002", "icici"),
    ("Indian Institute of Management Udaipur", "Balicha, Udaipur - 313001", "sbicmp"),
]
SBI_LABELS = [
    ("प्रेषक", "Remitter"),
    ("लाभार्थी", "Beneficiary"),
    ("खाता संख्या", "Account No."),
    ("राशि", "Amount"),
    ("मूल्य तिथि", "Value date"),
    ("माध्यम", "Mode"),
    ("यूटीआर", "UTR"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Jaipur jewellery house, the District Collector of Pratapgarh through Rajasthan's Pay Manager, Okhai
    (the rural artisans' marketplace), Tata CLiQ Luxury, an Udaipur heritage hotel's boutique, Hindustan Zinc,
    a Zaveri Bazaar jeweller through ICICI Bank's corporate banking and IIM Udaipur through SBI's cash
    management paying the house: TallyPrime's Payment Advice (To, the house, "We have made a payment of Rs. x
    through NEFT on <day> (UTR ...) towards the bills below.", a table ruled on every side Date | Ref. No. |
    Particulars | Amount with Less: TDS u/s 194Q and its Total); Pay Manager's bill status (a ruled table Bill
    No. | Token No. | Treasury | Net Amount | Status; dot leaders: Beneficiary, Bank, Mode, UTR, Financial
    Year; no day); Okhai's payout on its way (a card: Payout amount, Artisan partner, Bank account, Mode,
    Initiated on, Payout ID); Tata CLiQ Luxury's settlement advice (a striped table Order No. | Item | Sale |
    Commission | TCS | Net, Net settled; Seller, Settlement date, Mode, UTR No.); the hotel boutique's
    CONSIGNMENT SALE STATEMENT with its corner folded (Consignor, Period, the pieces sold with MRP and
    commission, Net payable to consignor, "Paid in cash Rs. x/- on <day>" and "Received - <partner>" by hand,
    a signature; no reference); Hindustan Zinc's remittance advice as Oracle mails it (Payee, Payment Number,
    Payment Date 21-AUG-2026, Payment Method, Bank Reference, Currency; a table ruled on every side Invoice
    Num | Invoice Date | Invoice Amount | TDS | Amount Paid with its Total); ICICI Bank's CIB NEFT returned on
    a tinted band (three fields to a row, each label small in capitals over its value: Transaction ID, Value
    Date, Amount; Beneficiary Name, Beneficiary A/c, IFSC; Payment Mode, UTR, Return reason); SBI's cash
    management e-advice to the beneficiary, each label in Hindi over its English (प्रेषक / Remitter, लाभार्थी
    / Beneficiary, खाता संख्या / Account No., राशि / Amount, मूल्य तिथि / Value date, माध्यम / Mode, यूटीआर /
    UTR). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=15000, high=280000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([HOUSE, HOUSE_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "tally":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [payer, "Johari Bazaar Heritage Jewels"]))
        p.add("small", f"{town}  |  GSTIN 08AAACR{digits(rng, 4)}F1Z{rng.choice(ALNUM)}")
        p.add("center", "Payment Advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "To,")
        p.add("left", payee, merchant=payee)
        p.add("left", OFFICE)
        p.add("gap")
        p.add("left", "Dear Sir / Madam,")
        bills = h277.split(rng, j.amount, rng.randrange(1, 4))
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        p.add(
            "left",
            f"We have made a payment of Rs. {num(j.amount, 'indian')} through {way} on "
            f"{day_in(j, rng, ['%d-%b-%Y', '%d/%m/%Y', '{d} %B %Y'])} (UTR {utr}) towards the bills below.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        lines = []
        for net in bills:
            gross = round(net / 0.999, 2)
            bday = earlier(rng, j, 12, 60)
            bno = f"KTA/{fy(bday)}/{rng.randrange(10, 240)}"
            lines.append(([when(bday, "%d-%b-%y"), bno, "Thewa pendants, lot", num(gross)], {}))
            lines.append((["", "", "Less: TDS u/s 194Q", f"-{num(gross - net)}"], {}))
        grid(
            p,
            "ta",
            [(0.0, 0.18, "l"), (0.18, 0.42, "l"), (0.42, 0.76, "l"), (0.76, 1.0, "r")],
            ["Date", "Ref. No.", "Particulars", "Amount"],
            lines,
            foot=(["Total", num(j.amount)], {}),
            tint=(232, 230, 246),
        )
        p.add("gap")
        p.add("left", "Yours faithfully,")
        right(p, "for Johari Bazaar Heritage Jewels Pvt. Ltd.")
        right(p, "Authorised Signatory")
        return p.done()
    if frame == "paymanager":
        p = browser_page(rng, font, "paymanager.rajasthan.gov.in/PayManager/BillStatus")
        p.part = "head"
        dev(p, "वित्त विभाग, राजस्थान सरकार", scale=0.95, bold=True)
        top(p, "Pay Manager")
        p.add("small", "Finance Department, Government of Rajasthan  |  Beneficiary payment status")
        p.add("rule")
        p.part = "body"
        p.add("left", f"DDO: {payer}")
        p.add("gap")
        bill = f"{rng.randrange(100, 999)}/{fy(j.date)}"
        token = str(rng.randrange(1000, 9999))
        grid(
            p,
            "pm",
            [(0.0, 0.2, "l"), (0.2, 0.36, "l"), (0.36, 0.58, "l"), (0.58, 0.8, "r"), (0.8, 1.0, "l")],
            ["Bill No.", "Token No.", "Treasury", "Net Amount", "Status"],
            [([bill, token, "Pratapgarh", num(j.amount), "Paid"], {"amount": j.amount, "status": status})],
            tint=(250, 232, 206),
        )
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        name = pick(p, "right", [payee, CUT])
        dots(p, "Beneficiary", name, at=0.32, merchant=name)
        dots(p, "Bank", f"Bank of Baroda, Pratapgarh {tail(rng)}", at=0.32)
        dots(p, "Mode", "e-Payment (NEFT)", at=0.32, method="netbanking")
        dots(p, "UTR", utr, at=0.32, txn=(UTR_RANK, utr))
        dots(p, "Financial Year", f"20{fy(j.date)}", at=0.32)
        p.add("small", "Thewa mementoes for the district's guests. Bill passed by the Treasury, Pratapgarh.")
        return p.done()
    if frame == "okhai":
        j.amount = rupees(rng, 18000, 140000, 0.1)
        p = mail_page(
            rng,
            font,
            "Okhai Artisan Payouts <payouts@okhai.org>",
            ["Your payout is on its way", "Payout initiated"],
        )
        p.part = "head"
        top(p, "Okhai")
        p.add("small", "Handcrafted by rural artisans  |  Artisan payouts")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Namaste {PARTNER.split()[1]} ji,")
        p.add(
            "left",
            "We have started your payout for last month's sales. It should reach your bank in 2 to 3 working days.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        did = f"OKP{j.date:%y%m}{digits(rng, 6)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        name = cell_fit(p, 0.66, [payee, CUT])
        colkv(p, "et", spec, "Payout amount", rs(j.amount), amount=j.amount)
        colkv(p, "et", spec, "Artisan partner", name, merchant=name)
        colkv(
            p,
            "et",
            spec,
            "Bank account",
            f"Bank of Baroda {sign(font, chr(0x2022), '*') * 4}{digits(rng, 4)}",
        )
        colkv(p, "et", spec, "Mode", "Bank transfer (NEFT)", method="netbanking")
        colkv(p, "et", spec, "Initiated on", day_in(j, rng, ["%d %B %Y", "{d} %b %Y"]), date=j.date)
        colkv(p, "et", spec, "Payout ID", did, txn=(TXN_RANK, did))
        card_close(p, c)
        p.add("gap")
        p.add(
            "small",
            "Sales of Thewa on okhai.org, less Okhai's margin. The UTR is mailed once the bank credits it.",
        )
        return p.done()
    if frame == "cliq":
        j.amount = rupees(rng, 20000, 160000, 0.1)
        p = mail_page(
            rng,
            font,
            "Tata CLiQ Luxury Seller Payments <sellerpayments@tatacliq.com>",
            ["Payment settlement advice", "Your settlement is processed"],
        )
        p.part = "head"
        top(p, "Tata CLiQ Luxury")
        p.add("small", "Seller Payments  |  Settlement advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Seller,")
        p.add("left", "The amount below has been credited to your registered bank account.", status=status)
        p.add("gap")
        nets = h277.split(rng, j.amount, rng.randrange(2, 4))
        lines = []
        for net in nets:
            sale = round(net / 0.79, 2)
            com = round(sale * 0.2, 2)
            tcs = round(sale - com - net, 2)
            item = rng.choice(["Thewa pendant", "Thewa earrings", "Thewa cufflinks", "Thewa box"])
            lines.append(([f"TCL{digits(rng, 8)}", item, num(sale), num(com), num(tcs), num(net)], {}))
        zebra(
            p,
            "tc",
            [
                (0.0, 0.19, "l"),
                (0.19, 0.4, "l"),
                (0.4, 0.55, "r"),
                (0.55, 0.73, "r"),
                (0.73, 0.84, "r"),
                (0.84, 1.0, "r"),
            ],
            ["Order No.", "Item", "Sale", "Commission", "TCS", "Net"],
            lines,
            (20, 20, 24),
        )
        total(p, "Net settled", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = pick(p, "left", [payee, CUT])
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "tcs", spec, "Seller", name, merchant=name)
        cols(p, "tcs", spec, "Settlement date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        cols(p, "tcs", spec, "Mode", "NEFT", method="netbanking")
        cols(p, "tcs", spec, "UTR No.", utr, txn=(UTR_RANK, utr))
        p.add("small", "TCS at 1% u/s 52 of the CGST Act is shown in your GSTR-2A.")
        return p.done()
    if frame == "hotel":
        p = sheet_page(rng, font, [740, 780])
        dogear(p)
        p.part = "head"
        top(p, pick(p, "title", [payer, "Sajjan Niwas Palace"]))
        p.add("small", f"{town}  |  The Boutique")
        p.add("center", "CONSIGNMENT SALE STATEMENT")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Consignor: {payee}", merchant=payee)
        p.add("left", f"Period: {when(j.date.replace(day=1), '%B %Y')}")
        p.add("gap")
        pieces = works(rng, rng.randrange(2, 4), high=12000)
        lines = []
        net_ = 0.0
        for text, _, q, pr in pieces:
            mrp = q * pr
            com = round(mrp * 0.25, 2)
            lines.append(([clip(text, 30), str(q), num(mrp), num(com), num(mrp - com)], {}))
            net_ += mrp - com
        j.amount = float(round(net_))
        grid(
            p,
            "hc",
            [(0.0, 0.44, "l"), (0.44, 0.5, "c"), (0.5, 0.67, "r"), (0.67, 0.83, "r"), (0.83, 1.0, "r")],
            ["Piece sold", "Qty", "MRP", "Comm. 25%", "Net"],
            lines,
            foot=(["Net payable to consignor (rounded)", num(j.amount)], {}),
            tint=(236, 226, 206),
        )
        p.add("gap")
        write(
            p,
            f"Paid in cash Rs. {num(j.amount, 'indian', 0)}/- on {day_in(j, rng, ['{d}/%m/%y', '%d.%m.%Y'])}",
            amount=j.amount,
            date=j.date,
            method="cash",
            status=status,
        )
        write(p, f"Received - {PARTNER.split(' ', 1)[1]}", align="r")
        sig(p)
        right(p, "Boutique Manager")
        return p.done()
    if frame == "oracle":
        p = mail_page(
            rng,
            font,
            "HZL Accounts Payable <ap.remittance@vedanta.co.in>",
            ["Remittance Advice", f"Remittance Advice - Payment {digits(rng, 4)}"],
        )
        p.part = "head"
        top(p, "Hindustan Zinc Limited")
        p.add("small", "A Vedanta company  |  Accounts Payable, Udaipur")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Supplier,")
        p.add("left", "The invoices below have been paid to your bank account.", status=status)
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "ICICI Bank", way)
        pno = f"{j.date.year}{digits(rng, 6)}"
        name = pick(p, "left", [payee.upper(), CUT])
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        cols(p, "hz", spec, "Payee", name, merchant=name)
        cols(p, "hz", spec, "Payment Number", pno, txn=(INVOICE_RANK, pno))
        cols(p, "hz", spec, "Payment Date", when(j.date, "%d-%b-%Y").upper(), date=j.date)
        cols(p, "hz", spec, "Payment Method", f"Electronic ({way})", method="netbanking")
        cols(p, "hz", spec, "Bank Reference", utr, txn=(UTR_RANK, utr))
        cols(p, "hz", spec, "Currency", "INR")
        p.add("gap")
        nets = h277.split(rng, j.amount, rng.randrange(1, 3))
        lines = []
        for net in nets:
            gross = round(net / 0.999, 2)
            iday = earlier(rng, j, 20, 70)
            lines.append(
                (
                    [
                        f"KTA/{fy(iday)}/{rng.randrange(10, 240)}",
                        when(iday, "%d-%b-%y").upper(),
                        num(gross),
                        num(gross - net),
                        num(net),
                    ],
                    {},
                )
            )
        grid(
            p,
            "hzt",
            [(0.0, 0.26, "l"), (0.26, 0.44, "l"), (0.44, 0.64, "r"), (0.64, 0.78, "r"), (0.78, 1.0, "r")],
            ["Invoice Num", "Invoice Date", "Invoice Amount", "TDS", "Amount Paid"],
            lines,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(222, 232, 240),
        )
        p.add("small", "Corporate gifts: Thewa cufflinks and boxes. This is a system generated advice.")
        return p.done()
    if frame == "icici":
        p = browser_page(rng, font, "cib.icicibank.com/corp/Transactions/NEFTStatus")
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("small", f"Corporate Internet Banking  |  {payer}")
        p.add("rule")
        p.part = "body"
        strip(p, "Returned by beneficiary bank", status)
        p.add("small", "The amount has been credited back to your account.")
        p.add("gap")
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        tid = f"CIB{digits(rng, 10)}"
        name = cell_fit(p, 0.33, [payee, CUT, "KANTHAL THEWA"], scale=0.96)
        three_up(
            p,
            "ic1",
            [
                ("Transaction ID", tid),
                ("Value Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])),
                ("Amount", rs(j.amount)),
            ],
            txn=(BANK_RANK, tid),
            date=j.date,
            amount=j.amount,
        )
        three_up(
            p,
            "ic2",
            [
                ("Beneficiary Name", name),
                ("Beneficiary A/c", f"XXXXXX{digits(rng, 4)}"),
                ("IFSC", "BARB0PRATAP"),
            ],
            merchant=name,
        )
        three_up(
            p,
            "ic3",
            [("Payment Mode", "NEFT"), ("UTR", utr), ("Return reason", "R03 A/c closed")],
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    dev(p, "भारतीय स्टेट बैंक", scale=1.05, bold=True)
    top(p, "State Bank of India")
    p.add("small", "Cash Management Product  |  e-Payment advice to beneficiary")
    p.add("rule")
    p.part = "body"
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = utr_for(rng, j, "State Bank of India", way)
    name = payee if load_font(p.font, p.style["size"]).getlength(payee) <= 0.58 * room_of(p) - 10 else CUT
    values = [
        ("IIM Udaipur", {}),
        (name, {"merchant": name}),
        (f"XXXXXXXX{digits(rng, 4)}", {}),
        (rs(j.amount), {"amount": j.amount}),
        (day_in(j, rng, ["%d/%m/%Y", "%d.%m.%Y"]), {"date": j.date}),
        (way, {"method": "netbanking"}),
        (utr, {"txn": (UTR_RANK, utr)}),
    ]
    for (hi, en), (value, facts) in zip(SBI_LABELS, values):
        dlab(p, hi, en, value, at=0.4, **facts)
    p.add("gap")
    p.add("left", "The remitter has credited the amount above to your account.", status=status)
    p.add("small", "Convocation mementoes, Thewa. Auto-generated by SBI CMP; no signature is required.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Al Zahra Jewellery LLC", "Gold Souk, Deira, Dubai", "AED", 3000, 42000, "enbd"),
    ("Galerie Edelweiss AG", "Zurich, Switzerland", "CHF", 800, 12000, "ubs"),
    ("Kyoto Kogei Gallery", "Kyoto, Japan", "JPY", 150000, 1600000, "mufg"),
    ("Little India Arcade Pte Ltd", "Singapore", "SGD", 900, 14000, "dbs"),
    ("Maple & Mehndi Boutique Inc.", "Toronto, Canada", "CAD", 900, 12000, "rbc"),
    ("Harbour Bazaar Pty Ltd", "Sydney, Australia", "AUD", 900, 13000, "westpac"),
    ("Siam Indra Jewellery Co., Ltd.", "Pahurat, Bangkok, Thailand", "THB", 20000, 380000, "kbank"),
    ("Al Noor Heritage Gifts Est.", "Riyadh, Saudi Arabia", "SAR", 2500, 40000, "alrajhi"),
]
FX = {"AED": 24.1, "CHF": 101.5, "JPY": 0.59, "SGD": 66.2, "CAD": 63.8, "AUD": 57.9, "THB": 2.6, "SAR": 23.6}


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: dirhams, riyals and baht with their code (or the code after the
    sum), Swiss francs with apostrophes between the thousands (CHF 12'450.00), yen whole with a code or sign,
    Singapore, Canadian and Australian dollars with a code or their own sign, English grouping."""
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    if cur == "JPY":
        mark = rng.choice([sign(font, "\u00a5", "JPY "), "JPY "])
        return lambda v: f"{mark}{v:,.0f}"
    form = rng.choice(
        {
            "AED": ["AED {v}"],
            "SAR": ["SAR {v}", "{v} SAR"],
            "THB": ["THB {v}", "{v} THB"],
            "SGD": ["S${v}", "SGD {v}"],
            "CAD": ["C${v}", "CAD {v}", "${v} CAD"],
            "AUD": ["A${v}", "AUD {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Dubai Gold Souk jeweller, a Zurich gallery, a Kyoto crafts gallery, a Singapore arcade shop, a
    Toronto boutique, a Sydney bazaar, a Bangkok jeweller and a Riyadh gift house paying for pendants,
    earrings, boxes and bangles: Emirates NBD's ENBD X transfer successful in dirhams ("Today, <hour>";
    Reference number, Transfer type, Beneficiary, Beneficiary bank, Purpose of payment; no day); UBS
    e-banking's Zahlungsauftrag in Swiss francs, each label in German with its English after a slash in a
    table ruled on every side (Begünstigter / Beneficiary, Betrag / Amount, Ausführungsdatum / Execution date
    14.03.2026, Zahlungsart / Payment type, Referenz / Reference, Mitteilung / Message, Status Ausgeführt /
    Executed); MUFG's overseas remittance executed in yen (steps left to right: Accepted, Checked, Executed;
    shaded label cells: Remittance No., Value date, Beneficiary, Beneficiary bank, Remittance amount, Charges,
    Method); DBS IDEAL's telegraphic transfer in Singapore dollars still processing (a capsule, boxed fields:
    Transaction reference, Beneficiary, Amount, Submitted on, Payment type); RBC's International Money
    Transfer mailed to the payee in Canadian dollars ("<remitter> has sent you <sum> ... The money has been
    deposited to your account."; a card: Date sent, Amount sent, Recipient, Sent by; no reference); Westpac's
    overseas payment returned in Australian dollars (a large cross, "to <beneficiary>", the reason; Payment
    reference, Date, Payment type, Your reference); KASIKORNBANK's Outward Remittance Advice in baht (labels
    against a gutter: Value Date, Transaction Ref., Beneficiary Name, Beneficiary Bank, Remittance Amount,
    Method, Purpose, Result); Al Rajhi Bank's Transfer successful in riyals on a card with a zigzag foot
    (Beneficiary, Date, Reference No., Transfer type). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([HOUSE, HOUSE_CAPS])
    inv = f"KTA/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    if frame == "enbd":
        p = phone(rng, font, k, ["", "Transfer details"], dark=rng.random() < 0.4, buttons=("Done",))
        band(p, (0, 45, 98))
        app_head(p, "ENBD X", "Emirates NBD")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("small", f"Today, {hhmm(rng, twelve=rng.random() < 0.5)}")
        p.add("rule")
        ref = f"ENBD{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 4)}"
        name = me if fits(p, "left", me) else CUT
        lab(p, "Reference number")
        p.add("left", ref, txn=(BANK_RANK, ref))
        lab(p, "Transfer type")
        p.add("left", "International transfer (SWIFT)", method="netbanking")
        lab(p, "Beneficiary")
        p.add("left", name, merchant=name)
        lab(p, "Beneficiary bank")
        p.add("left", "Bank of Baroda, Pratapgarh, India")
        lab(p, "Purpose of payment")
        p.add("left", "Goods bought (jewellery)")
        return p.done()
    if frame == "ubs":
        p = browser_page(rng, font, "ebanking-ch.ubs.com/workbench/payments/confirmation")
        p.part = "head"
        top(p, "UBS")
        p.add("small", "UBS e-banking  |  Zahlungsauftrag / Payment order")
        p.add("rule")
        p.part = "body"
        p.add("left", f"{payer}, {city}")
        p.add("gap")
        ref = f"UBS{j.date:%y%m}{digits(rng, 8)}"
        name = cell_fit(p, 0.52, [me, CUT], scale=0.96)
        grid(
            p,
            "ub",
            [(0.0, 0.46, "l"), (0.46, 1.0, "l")],
            None,
            [
                (["Begünstigter / Beneficiary", name], {"merchant": name}),
                (["Bank / Bank", "Bank of Baroda, Pratapgarh (BARBINBB)"], {}),
                (["Betrag / Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Ausführungsdatum / Execution date", when(j.date, "%d.%m.%Y")], {"date": j.date}),
                (["Zahlungsart / Payment type", "Auslandzahlung SWIFT (SHA)"], {"method": "netbanking"}),
                (["Referenz / Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Mitteilung / Message", clip(f"Rechnung {inv}", 30)], {}),
                (["Status", "Ausgeführt / Executed"], {"status": status}),
            ],
            tint=(232, 232, 232),
        )
        p.add("gap")
        p.add("small", "UBS Switzerland AG. Diese Bestätigung wurde automatisch erstellt.")
        return p.done()
    if frame == "mufg":
        p = browser_page(rng, font, "www.bk.mufg.jp/global/ebusiness/remittance/status")
        p.part = "head"
        top(p, "MUFG Bank")
        p.add("small", f"MUFG e-Business  |  Overseas remittance  |  {payer}")
        p.add("rule")
        p.part = "body"
        track(p, ["Accepted", "Checked", "Executed"], "ddd")
        p.add("center", "Your overseas remittance has been executed.", status=status)
        p.add("gap")
        rno = f"OR{j.date:%y%m%d}{digits(rng, 6)}"
        charge = float(rng.choice([2500, 4000, 5500]))
        name = cell_fit(p, 0.6, [me, CUT])
        kv(p, "Remittance No.", rno, at=0.4, txn=(BANK_RANK, rno))
        kv(p, "Value date", when(j.date, rng.choice(["%Y/%m/%d", "%d %b %Y"])), at=0.4, date=j.date)
        kv(p, "Beneficiary", name, at=0.4, merchant=name)
        kv(p, "Beneficiary bank", "Bank of Baroda, Pratapgarh, India", at=0.4)
        kv(p, "Remittance amount", show(j.amount), at=0.4, amount=j.amount, cur=cur)
        kv(p, "Charges", f"{show(charge)} (remitter)", at=0.4)
        kv(p, "Method", "Telegraphic transfer (SWIFT)", at=0.4, method="netbanking")
        return p.done()
    if frame == "dbs":
        p = browser_page(rng, font, "ideal.dbs.com/transactions/telegraphic-transfer")
        p.part = "head"
        top(p, "DBS IDEAL")
        p.add("small", f"Telegraphic Transfer  |  {payer}")
        p.add("rule")
        p.part = "body"
        pill(p, "Processing", status, align="l")
        p.add("left", "The bank is processing this transfer. You will be notified once it is sent.")
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 7)}"
        name = me if fits(p, "left", me) else CUT
        field(p, "Transaction reference", ref, txn=(BANK_RANK, ref))
        field(p, "Beneficiary", name, merchant=name)
        field(p, "Amount", show(j.amount), amount=j.amount, cur=cur)
        field(p, "Submitted on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        field(p, "Payment type", "Telegraphic transfer (SWIFT, SHA)", method="netbanking")
        return p.done()
    if frame == "rbc":
        p = mail_page(
            rng,
            font,
            "RBC Royal Bank <international@rbc.com>",
            ["You've received an international money transfer", "International money transfer deposited"],
        )
        p.part = "head"
        top(p, "RBC Royal Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Hello,")
        p.add(
            "left",
            f"{payer} has sent you {show(j.amount)} using RBC International Money Transfer. The money has been "
            "deposited to your account.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        name = pick(p, "left", [me, CUT])
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        cols(p, "rb", spec, "Date sent", day_in(j, rng, ["%B {d}, %Y", "%b {d}, %Y"]), date=j.date)
        cols(p, "rb", spec, "Amount sent", show(j.amount), amount=j.amount, cur=cur)
        cols(p, "rb", spec, "Recipient", name, merchant=name)
        cols(p, "rb", spec, "Sent by", "Wire (SWIFT)", method="netbanking")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Royal Bank of Canada. Please do not reply to this email.")
        return p.done()
    if frame == "westpac":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (218, 20, 40))
        app_head(p, "Westpac", "Overseas payment")
        sicon(p, status)
        p.add("center", "Payment returned", status=status)
        p.accent(RED)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The beneficiary's bank could not apply the payment. It has been refunded to you.")
        p.add("rule")
        ref = f"WBC{digits(rng, 10)}"
        kvr(p, "Payment reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), date=j.date)
        kvr(p, "Payment type", "Overseas payment (SWIFT)", method="netbanking")
        kvr(p, "Your reference", clip(f"INV {inv}", 24))
        return p.done()
    if frame == "kbank":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "KASIKORNBANK")
        p.add("small", "K-BIZ  |  Outward Remittance Advice")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Applicant: {payer}, {city}")
        p.add("gap")
        ref = f"KB{j.date:%y%m%d}{digits(rng, 7)}"
        name = me if load_font(p.font, p.style["size"]).getlength(me) <= 0.6 * room_of(p) else CUT
        for label, value, facts in [
            ("Value Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), {"date": j.date}),
            ("Transaction Ref.", ref, {"txn": (BANK_RANK, ref)}),
            ("Beneficiary Name", name, {"merchant": name}),
            ("Beneficiary Bank", "Bank of Baroda, India", {}),
            ("Remittance Amount", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Method", "Telegraphic Transfer (SWIFT)", {"method": "netbanking"}),
            ("Purpose", clip(f"Import of jewellery, {inv}", 30), {}),
            ("Result", "Completed", {"status": status}),
        ]:
            gutter(p, "kb", label, value, at=0.34, **facts)
        p.add("gap")
        p.add("small", "KASIKORNBANK PCL. This advice is computer generated and needs no signature.")
        return p.done()
    p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 70, 160))
    app_head(p, "Al Rajhi Bank", "International transfer")
    z = zcard_open(p)
    sicon(p, status)
    p.add("center", "Transfer successful", status=status)
    p.accent((0, 70, 160))
    p.add("big", show(j.amount), amount=j.amount, cur=cur)
    p.add("rule")
    ref = f"ARB{digits(rng, 12)}"
    name = me if fits(p, "left", me) else CUT
    lab(p, "Beneficiary")
    p.add("left", name, merchant=name)
    p.pair("Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
    p.pair("Reference No.", ref, txn=(BANK_RANK, ref))
    p.pair("Transfer type", "International (SWIFT)", method="netbanking")
    zcard_close(p, z)
    return p.done()


# ---------------------------------------------------------------- 4. the house's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house's own papers, each its unit or itself on top: Thewa Mahal's TAX INVOICE under a Thewa pendant
    (Invoice No. beside Date:, Customer, a table ruled on every side Description | HSN | Gross wt (g) | Qty |
    Amount with CGST 1.5%, SGST 1.5% and Total (rounded), the pieces' BIS hallmarks and HUIDs under it,
    "Received with thanks by card ..., approval code ..." or "by UPI, UPI Ref ..."); a RECEIPT from the book
    under its Mahajani line (its श्री and name) and Hindi name (No. printed, Date, Received with thanks from,
    the sum of Rupees, Cash | Cheque | UPI with Cash ticked, Towards written in; Rs. in a box); the Udaipur
    counter's bill from a Bluetooth printer lying on the counter's velvet tray (Bill No, Date, the pieces, Sub
    total, CGST 1.5%, SGST 1.5%, Grand Total, Paid UPI, UPI Ref); the web shop's Razorpay checkout with the
    payment failed (a capsule on a card: Order, Payment ID, Amount, Method, Attempted on, Reason); the
    Shilpgram Utsav hut's BILL written on a pad under a Bandhej strip, once pushed on the bill spike (Date,
    Name, the pieces and their sums written on its ruling, Total, "Recd. by PhonePe", "UTR ..."); an ORDER
    FORM CUM ADVANCE RECEIPT for a necklace to be made under a Thewa pendant (Order No. beside Date:,
    Customer, Design, Gold, Estimate, Delivery by, "Advance Rs. x/- received by cheque No. ... dated ... drawn
    on ..., subject to realisation."); a GUARANTEE CARD CUM CASH MEMO in a Thewa frame with the piece's price
    tag lying on it (dot leaders: Piece, Karigar, Gold, Frame, Date of sale, Price, Paid in; "Received the
    price above in full."; no reference); the showroom's Instagram direct messages under Today (the buyer's
    "Paid <sum> to Thewa Mahal by GPay. UPI Ref ..." and the showroom's "Received with thanks"; no day). All
    new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=2500, high=90000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = sheet_page(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        pendant(p)
        name = pick(p, "title", [MAHAL_CAPS, MAHAL])
        top(p, name, merchant=name)
        p.add("small", f"{MAHAL_AT}  |  A unit of {HOUSE}  |  GSTIN {GSTIN}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        ino = f"TM/{fy(j.date)}/{rng.randrange(100, 999):04d}"
        cols(
            p,
            "ti",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, ino),
            date=j.date,
        )
        p.add("left", f"Customer: {who}, {rng.choice(['Udaipur', 'Jaipur', 'Ahmedabad', 'Indore'])}")
        items = works(rng, rng.randrange(1, 3), high=30000)
        taxable = 0.0
        lines = []
        for text, hsn, q, pr in items:
            wt = round(rng.uniform(6, 48), 2)
            lines.append(([clip(text, 34), hsn, num(wt, "plain"), str(q), num(q * pr)], {}))
            taxable += q * pr
        gst = round(taxable * 0.015, 2)
        j.amount = round(taxable + 2 * gst)
        lines += [
            (["CGST 1.5%", "", "", "", num(gst)], {}),
            (["SGST 1.5%", "", "", "", num(gst)], {}),
        ]
        grid(
            p,
            "tm",
            [(0.0, 0.46, "l"), (0.46, 0.56, "c"), (0.56, 0.72, "r"), (0.72, 0.8, "c"), (0.8, 1.0, "r")],
            ["Description", "HSN", "Gross wt (g)", "Qty", "Amount"],
            lines,
            foot=(["Total (rounded)", num(j.amount)], {"amount": j.amount}),
            tint=(236, 226, 200),
        )
        p.add("small", "Hallmark of the pieces above (23 carat gold on glass, silver frame):")
        for _ in items:
            hallmark(p, "23K958", huid(rng), align="l")
        p.add("gap")
        if rng.random() < 0.5:
            appr = digits(rng, 6)
            p.add(
                "left",
                f"Received with thanks by card {masked(rng, font)}, approval code {appr}.",
                status=status,
                method="card",
                txn=(APPR_RANK, appr),
            )
        else:
            p.add(
                "left",
                f"Received with thanks by UPI, UPI Ref {j.ref}.",
                status=status,
                method="UPI",
                txn=(UTR_RANK, j.ref),
            )
        sig(p)
        right(p, f"for {MAHAL}")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 246, 234), (248, 244, 236)])
        p.part = "head"
        mahajani(p, "श्री कांठल थेवा", scale=1.15)
        dev(p, HOUSE_HI, scale=0.95, bold=True)
        name = pick(p, "title", [HOUSE, "Kanthal Thewa Art"])
        top(p, name, merchant=name)
        p.add("small", f"{OFFICE}  |  {UDYAM}")
        p.add("center", "RECEIPT")
        p.part = "body"
        no = f"{rng.randrange(1, 999):04d}"
        cols(p, "mr", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        j.amount = float(rng.randrange(2500, 30000, 100))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y", "%d-%m-%Y"]), date=j.date)
        blank(p, "Received with thanks from", who, status=status)
        words = words_in_rupees(j.amount).replace("Rupees ", "")
        if load_font(hand_pen(p), int(p.style["size"] * 1.05)).getlength(words) > 0.62 * room_of(p):
            words = f"{num(j.amount, 'indian', 0)} only"
        blank(p, "the sum of Rupees", words)
        ticks(p, ["Cash", "Cheque", "UPI"], 0, method="cash")
        blank(p, "Towards", rng.choice(["Thewa pendant, emerald", "earrings (pair)", "cufflinks, repair"]))
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        right(p, f"for {name}")
        return p.done()
    if k == 2:
        p = screen(rng, font, width=rng.choice([460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        velvet(p)
        p.part = "head"
        name = rng.choice([f"{MAHAL_CAPS} - UDAIPUR", MAHAL_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "JAGDISH CHOWK, UDAIPUR 313001")
        p.add("small", f"GSTIN {GSTIN}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = f"UDR{rng.randrange(1000, 9999)}"
        p.pair("Bill No", bno, txn=(INVOICE_RANK, bno))
        p.pair(
            "Date",
            f"{when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%y']))} {hhmm(rng, twelve=False)}",
            date=j.date,
        )
        p.add("rule")
        items = works(rng, rng.randrange(1, 3), high=16000)
        sub = 0.0
        for text, _, q, pr in items:
            p.add("left", clip(text, 30).upper())
            p.pair(f"  {q} x {num(pr, 'plain')}", num(q * pr, "plain"))
            sub += q * pr
        gst = round(sub * 0.015, 2)
        j.amount = round(sub + 2 * gst, 2)
        p.add("rule")
        p.pair("Sub total", num(sub, "plain"))
        p.pair("CGST 1.5%", num(gst, "plain"))
        p.pair("SGST 1.5%", num(gst, "plain"))
        p.pair("Grand Total", f"Rs.{num(j.amount, 'indian')}", amount=j.amount)
        p.add("rule")
        p.pair("Paid", "UPI", method="UPI", status=status)
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("center", "Gold on glass, made by hand in Pratapgarh.")
        p.add("small", "Thank you. Visit again.")
        return p.done()
    if k == 3:
        oid = f"order_{code(rng, 14, MIXED)}"
        p = browser_page(rng, font, f"{WEB}/checkout/payment")
        p.part = "head"
        top(p, MAHAL, merchant=MAHAL)
        p.add("small", f"{WEB}  |  Thewa from Pratapgarh, gold on glass")
        p.add("rule")
        p.part = "body"
        items = works(rng, 1, high=20000)
        j.amount = round(sum(q * pr for _, _, q, pr in items) * 1.03, 2)
        c = card_open(p)
        pill(p, "Payment Failed", status, align="l")
        p.add("left", "Your card issuer declined this payment. No money was taken; you may try again.")
        p.add("gap")
        pid = f"pay_{code(rng, 14, MIXED)}"
        kvr(p, "Order", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Method", f"Card {masked(rng, font)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Reason", "Declined by issuer")
        card_close(p, c)
        p.add("small", "Secured by Razorpay")
        return p.done()
    if k == 4:
        shift(j, rng, UTSAV + dt.timedelta(days=rng.randrange(0, 10)))
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 250, 244), (250, 246, 238)])
        spike(p)
        p.part = "head"
        name = MAHAL_CAPS
        top(p, name, merchant=name)
        p.add("small", "Hut 112, Shilpgram Utsav, Udaipur")
        bandhej(p)
        p.add("center", "BILL")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["%d/%m/%y", "{d}.%m.%Y"]), date=j.date)
        blank(p, "Name", who)
        spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
        start = len(p.rows)
        items = works(rng, rng.randrange(2, 4), high=9000)
        total_ = 0.0
        for text, _, q, pr in items:
            label = clip(text.replace("Thewa ", ""), 26) + (f" x{q}" if q > 1 else "")
            hcells(p, spec, label, num(q * pr, "indian", 0))
            total_ += q * pr
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        write(p, "Recd. by PhonePe", method="UPI", status=status)
        write(p, f"UTR {j.ref}", txn=(UTR_RANK, j.ref))
        right(p, f"for {MAHAL}")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        pendant(p)
        name = pick(p, "title", [HOUSE, HOUSE_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{OFFICE}  |  GSTIN {GSTIN}")
        p.add("center", "ORDER FORM CUM ADVANCE RECEIPT")
        p.add("rule")
        p.part = "body"
        ono = f"ORD/{rng.randrange(100, 999)}"
        cols(
            p,
            "of",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Order No. {ono}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(ORDER_RANK, ono),
            date=j.date,
        )
        p.add("left", f"Customer: {who}")
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        colkv(p, "od", spec, "Design", "Necklace set, emerald glass, Mewar court scene, 11 panels")
        colkv(p, "od", spec, "Gold", "23 carat leaf, about 14 g")
        colkv(p, "od", spec, "Estimate", f"Rs. {num(float(rng.randrange(90000, 160000, 1000)), 'indian', 0)}")
        colkv(
            p, "od", spec, "Delivery by", when(j.date + dt.timedelta(days=rng.randrange(40, 75)), "%d %B %Y")
        )
        p.add("gap")
        j.amount = float(rng.choice([25000, 30000, 40000, 50000]))
        chq = f"{rng.randrange(100000, 999999)}"
        dated = j.date - dt.timedelta(days=rng.randrange(1, 4))
        p.add(
            "left",
            f"Advance Rs. {num(j.amount, 'indian', 0)}/- received by cheque No. {chq} dated "
            f"{when(dated, '%d.%m.%Y')} drawn on {rng.choice(['HDFC Bank, Udaipur', 'ICICI Bank, Jaipur'])}, "
            "subject to realisation.",
            amount=j.amount,
            method="cheque",
            status=status,
        )
        sig(p)
        right(p, f"{PARTNER}, Partner")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = (253, 251, 244)
        thewa_border(p)
        p.part = "head"
        p.add("gap")
        name = pick(p, "title", [MAHAL, MAHAL_CAPS])
        top(p, name, merchant=name)
        p.add("small", MAHAL_AT)
        p.add("center", "GUARANTEE CARD CUM CASH MEMO")
        p.part = "body"
        karigar = rng.choice(KARIGARS[:2] + KARIGARS[7:])
        p.add("left", "Made by hand in Pratapgarh: 23 carat gold leaf fused on glass.")
        pricetag(
            p, [f"TM-{rng.choice('PEBC')}-{digits(rng, 4)}", f"Gr wt {rng.uniform(8, 40):.2f} g", "23K958"]
        )
        j.amount = float(rng.randrange(3500, 14000, 50))
        dots(
            p,
            "Piece",
            rng.choice(["Pendant, emerald, elephant", "Earrings, ruby (pair)", "Sari pin, lotus"]),
            at=0.3,
        )
        dots(p, "Karigar", karigar, at=0.3)
        dots(p, "Gold", "23 carat leaf", at=0.3)
        dots(p, "Frame", "Silver 92.5", at=0.3)
        dots(p, "Date of sale", day_in(j, rng, ["%d/%m/%Y", "{d} %B %Y"]), at=0.3, date=j.date)
        dots(p, "Price", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.3, bold=True, amount=j.amount)
        dots(p, "Paid in", "Cash", at=0.3, method="cash")
        p.add("left", "Received the price above in full.", status=status)
        p.add("small", "The gold work is guaranteed for life against lifting; the glass against fading.")
        p.add("gap")
        sig(p)
        right(p, f"{PARTNER2}, {MAHAL}")
        p.add("gap")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    gradient(p, (131, 58, 180), (232, 64, 90))
    p.part = "head"
    p.add("title", "thewamahal")
    p.add("small", f"{MAHAL}  {sign(font, chr(0x2022), '|')}  Instagram")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    buyer = rng.choice(BUYERS)[0]
    minute = rng.randrange(9 * 60, 17 * 60)
    hours = []
    for _ in range(4):
        hours.append(f"{minute // 60:02d}:{minute % 60:02d}")
        minute += rng.randrange(2, 40)
    s = len(p.rows)
    piece = rng.choice(["emerald pendant", "ruby earrings", "peacock cufflinks", "Thewa jewellery box"])
    p.add("left", f"Hi, is the {piece} from your last post still available? Please send me the price.")
    dm_bubble(p, s, (236, 236, 240), hours[0])
    s = len(p.rows)
    j.amount = float(rng.randrange(3500, 18000, 50))
    p.add("left", f"Yes it is. {rs(j.amount)} with insured shipping. You can pay on GPay to thewamahal@sbi.")
    dm_bubble(p, s, (232, 222, 250), hours[1])
    s = len(p.rows)
    p.add(
        "left",
        f"Paid {rs(j.amount)} to {MAHAL} by GPay. UPI Ref {j.ref}. Please ship to Indore.",
        amount=j.amount,
        merchant=MAHAL,
        method="UPI",
        txn=(UTR_RANK, j.ref),
    )
    dm_bubble(p, s, (236, 236, 240), hours[2])
    s = len(p.rows)
    p.add("left", f"Received with thanks, {buyer.split()[0]}! It goes by Speed Post tomorrow.", status=status)
    dm_bubble(p, s, (232, 222, 250), hours[3])
    p.add("gap")
    p.add("small", "Message...")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house's suppliers, each on top of its own paper: MEWAR BULLION HOUSE's TAX INVOICE for fine gold
    (Invoice No. beside its later Date:, Buyer, a table ruled on every side Description | Purity | Weight (g)
    | Rate per 10 g | Amount with CGST 1.5%, SGST 1.5% and Invoice Total, a card: PAYMENT RECEIVED, Mode RTGS,
    UTR, Received on); AMBICA COLOURED GLASS CO.'s TAX INVOICE with its corner folded and its PAID stamp
    (Invoice No. beside Date:, a striped table of the glass with IGST 18%, Total, "Received by NEFT, UTR ...,
    on <day>"); MEWAR HALLMARKING CENTRE's RECEIPT CUM TAX INVOICE (Receipt No., Date, Jeweller, BIS Regn.
    No., a table ruled on every side HUID | Article | Purity | Charges with IGST 18% and Total, "Paid by UPI,
    Ref ..."); India Post's counter receipt for an insured Speed Post parcel with the specimen of its wax
    seals (ARTICLE NO, TO, WEIGHT, INSURED VALUE, POSTAGE, INSURANCE, GST, TOTAL, PAID: CASH, DATE; no
    reference); industrybuying.com's checkout with the payment failed (a large cross, dot leaders: Order ID,
    Sold by, Items, Amount, Payment mode, Attempted on); Shiprocket's wallet recharge pending under a striped
    progress bar (Recharge amount, Transaction ID, Payment mode, Initiated on); GoDaddy's receipt mailed
    (Order #, Order date, Payment method, the domain and hosting, IGST 18%, Total paid); SHRI NATH SILVER
    WORKS' bill from its pad with "Paid cash" scrawled across it (No. printed, Date left blank, M/s, the
    silver written in with its sums, Total; no day). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=1500, high=80000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet_page(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "MEWAR BULLION HOUSE"
        top(p, name, merchant=name)
        p.add("small", f"Bullion and refinery  |  Bapu Bazar, Udaipur - 313001  |  GSTIN {gstin_of(rng)}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"MBH/{fy(j.date)}/{rng.randrange(1000, 4000)}"
        later = j.date + dt.timedelta(days=rng.randrange(1, 3))
        cols(
            p,
            "mb",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {when(later, '%d.%m.%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {HOUSE}, Pratapgarh  |  GSTIN {GSTIN}")
        grams = float(rng.randrange(15, 45))
        rate = float(rng.randrange(98000, 112000, 50))
        base = round(grams * rate / 10, 2)
        gst = round(base * 0.015, 2)
        j.amount = round(base + 2 * gst, 2)
        grid(
            p,
            "mbg",
            [(0.0, 0.34, "l"), (0.34, 0.46, "c"), (0.46, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description", "Purity", "Weight (g)", "Rate / 10 g", "Amount"],
            [
                (["Fine gold bar (HSN 7108)", "999", num(grams, "plain", 3), num(rate), num(base)], {}),
                (["CGST 1.5%", "", "", "", num(gst)], {}),
                (["SGST 1.5%", "", "", "", num(gst)], {}),
            ],
            foot=(["Invoice Total", num(j.amount)], {}),
            tint=(240, 228, 196),
        )
        p.add("gap")
        utr = utr_for(rng, j, "Bank of Baroda", "RTGS")
        c = card_open(p)
        p.add("left", "PAYMENT RECEIVED", status=status)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "mbp", spec, "Amount", rs(j.amount), amount=j.amount)
        cols(p, "mbp", spec, "Mode", "RTGS", method="netbanking")
        cols(p, "mbp", spec, "UTR", utr, txn=(UTR_RANK, utr))
        cols(p, "mbp", spec, "Received on", day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), date=j.date)
        card_close(p, c)
        right(p, f"For {name}")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        dogear(p)
        p.part = "head"
        name = "AMBICA COLOURED GLASS CO."
        top(
            p,
            pick(p, "title", [name, "AMBICA COLOURED GLASS"]),
            merchant=pick(p, "title", [name, "AMBICA COLOURED GLASS"]),
        )
        p.add(
            "small",
            f"Importers of Belgian coloured glass  |  Lohar Chawl, Mumbai - 400002  |  GSTIN {gstin_of(rng, '27')}",
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"ACG/{rng.randrange(100, 999)}"
        cols(
            p,
            "ag",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {when(earlier(rng, j, 3, 12), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"To: {KARKHANA}, {OFFICE}")
        glass = [
            ("Emerald green, 2 mm, sq ft", 380, 520),
            ("Ruby red (gold ruby), 2 mm, sq ft", 640, 900),
            ("Sapphire blue, 2 mm, sq ft", 420, 560),
            ("Amber, 2 mm, sq ft", 300, 420),
        ]
        lines = []
        base = 0.0
        for text, lo, hi in rng.sample(glass, rng.randrange(2, 4)):
            q = rng.randrange(4, 16)
            r_ = float(rng.randrange(lo, hi, 10))
            lines.append(([text, str(q), num(r_), num(q * r_)], {}))
            base += q * r_
        igst = round(base * 0.18, 2)
        j.amount = round(base + igst, 2)
        lines.append((["IGST 18%", "", "", num(igst)], {}))
        zebra(
            p,
            "agz",
            [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Glass", "Qty", "Rate", "Amount"],
            lines,
            (20, 90, 70),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        day = day_in(j, rng, ["%d-%m-%Y", "%d.%m.%Y"])
        p.add(
            "left",
            f"Received by NEFT, UTR {utr}, on {day}. Thank you.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        rstamp(p, ["AMBICA COLOURED GLASS CO.", "PAID", "MUMBAI"], "red", at=0.66, rows_=4)
        right(p, "For Ambica Coloured Glass Co.")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "MEWAR HALLMARKING CENTRE"
        top(p, name, merchant=name)
        p.add("small", "BIS recognised Assaying and Hallmarking Centre  |  Hiran Magri, Udaipur - 313002")
        p.add("center", "RECEIPT CUM TAX INVOICE")
        p.add("rule")
        p.part = "body"
        rno = f"MHC/{j.date:%y}/{digits(rng, 5)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "hm", spec, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        cols(p, "hm", spec, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        cols(p, "hm", spec, "Jeweller", HOUSE)
        cols(p, "hm", spec, "BIS Regn. No.", f"HM/C-{digits(rng, 10)}")
        n_ = rng.randrange(3, 7)
        arts = ["Pendant", "Earrings (pair)", "Bangle", "Cufflinks (pair)", "Brooch", "Necklace"]
        lines = []
        for _ in range(n_):
            lines.append(([huid(rng), rng.choice(arts), "23K958", num(45.0)], {}))
        base = 45.0 * n_
        igst = round(base * 0.18, 2)
        j.amount = round(base + igst, 2)
        lines.append((["", "IGST 18%", "", num(igst)], {}))
        grid(
            p,
            "hmg",
            [(0.0, 0.26, "l"), (0.26, 0.58, "l"), (0.58, 0.78, "c"), (0.78, 1.0, "r")],
            ["HUID", "Article", "Purity", "Charges"],
            lines,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(220, 230, 244),
        )
        p.add("gap")
        p.add(
            "left",
            f"Paid by UPI, Ref {j.ref}. Received with thanks.",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        right(p, "Authorised signatory")
        return p.done()
    if k == 3:
        p = screen(rng, font, width=rng.choice([480, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        typeface(p)
        hand_pen(p)
        p.part = "head"
        name = "INDIA POST"
        p.add("center", name, merchant=name)
        p.add("small", "Department of Posts")
        p.add("small", "PRATAPGARH H.O. (RAJ) 312605")
        p.part = "body"
        p.add("rule")
        w_ = h271.tt_cols(p)
        typed(p, "SPEED POST - INSURED".center(w_).rstrip())
        typed(p, f"ARTICLE NO  : EI{digits(rng, 9)}IN")
        typed(p, f"TO          : {rng.choice(['ZAVERI BROS, MUMBAI', 'RASA GALLERY, DELHI', 'MEHTA, PUNE'])}")
        grams = rng.randrange(150, 900, 10)
        insured = rng.choice([20000, 30000, 50000, 75000])
        post = float(rng.choice([59, 77, 94, 118]))
        ins = float(insured // 1000 * 2)
        gst = round((post + ins) * 0.18, 2)
        j.amount = round(post + ins + gst, 2)
        typed(p, f"WEIGHT      : {grams} GMS")
        typed(p, f"INSURED VAL : {num(float(insured), 'plain')}")
        typed(p, f"POSTAGE     : {num(post, 'plain')}")
        typed(p, f"INSURANCE   : {num(ins, 'plain')}")
        typed(p, f"GST 18%     : {num(gst, 'plain')}")
        typed(p, f"TOTAL       : {num(j.amount, 'plain')}", amount=j.amount)
        typed(p, "PAID        : CASH", method="cash", status=status)
        typed(p, f"DATE        : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        p.add("rule")
        p.add("small", "SPECIMEN OF THE SEALS ON THE ARTICLE:")
        wax(p, rng.randrange(2, 4), "KT")
        p.add("small", "Track your article on indiapost.gov.in")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, f"www.industrybuying.com/checkout/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "industrybuying")
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment Failed", status=status)
        p.add("small", "Your bank could not process the payment. The order is not placed yet.")
        p.add("gap")
        oid = f"IB{digits(rng, 9)}"
        seller = "Kalka Jewellery Tools"
        j.amount = rupees(rng, 2500, 16000, 0.3)
        dots(p, "Order ID", oid, at=0.3, txn=(ORDER_RANK, oid))
        dots(p, "Sold by", seller, at=0.3, merchant=seller)
        dots(p, "Items", "Micro torch (1), brass tweezers set (2)", at=0.3)
        dots(p, "Amount", rs(j.amount), at=0.3, amount=j.amount)
        dots(p, "Payment mode", "Net banking - Bank of Baroda", at=0.3, method="netbanking")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.3, date=j.date)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "app.shiprocket.in/wallet/recharge/status")
        p.part = "head"
        name = "Shiprocket"
        top(p, name, merchant=name)
        p.add("small", "Wallet  |  Recharge")
        p.add("rule")
        p.part = "body"
        p.add("center", "Recharge pending", status=status)
        p.accent(AMBER)
        progress(p, rng.uniform(0.35, 0.65), AMBER)
        p.add("small", "We are waiting for your bank. The wallet is credited as soon as it confirms.")
        p.add("gap")
        j.amount = float(rng.choice([2000, 3000, 5000, 10000]))
        tid = f"SRW{digits(rng, 12)}"
        kvr(p, "Recharge amount", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        kvr(p, "Account", f"{MAHAL} ({WEB})")
        return p.done()
    if k == 6:
        p = mail_page(rng, font, "GoDaddy <noreply@godaddy.com>", ["Your receipt", "Receipt for your order"])
        p.part = "head"
        name = "GoDaddy"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {PARTNER.split()[1]}, thank you for your payment.", status=status)
        p.add("gap")
        order = digits(rng, 10)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "gd", spec, "Order #", order, txn=(ORDER_RANK, order))
        cols(p, "gd", spec, "Order date", day_in(j, rng, ["%b {d}, %Y", "{d} %b %Y"]), date=j.date)
        cols(p, "gd", spec, "Payment method", f"Visa ending in {digits(rng, 4)}", method="card")
        p.add("gap")
        dom = float(rng.choice([899, 999, 1199]))
        host = float(rng.choice([2388, 3588, 4788]))
        igst = round((dom + host) * 0.18, 2)
        j.amount = round(dom + host + igst, 2)
        spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "gdl", spec2, f".in domain renewal: {WEB}, 1 year", rs(dom))
        cols(p, "gdl", spec2, "Web hosting, Economy, 12 months", rs(host))
        cols(p, "gdl", spec2, "IGST 18%", rs(igst))
        total(p, "Total paid", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add("small", "GoDaddy India Web Services Pvt. Ltd. Keep this receipt for your records.")
        return p.done()
    p = sheet_page(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 234)])
    p.part = "head"
    name = "SHRI NATH SILVER WORKS"
    p.add("center", name, merchant=name)
    p.add("small", "Silver frames and wire  |  Bhattiyani Chohatta, Udaipur")
    p.add("center", "BILL")
    p.part = "body"
    no = str(rng.randrange(200, 700))
    cols(
        p,
        "sn",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"No. {no}",
        "Date ..............",
        txn=(INVOICE_RANK, no),
    )
    blank(p, "M/s", f"{KARKHANA}, Pratapgarh")
    start = len(p.rows)
    spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
    total_ = 0.0
    lines_ = [
        ("Silver wire 1 mm", rng.randrange(80, 200, 10), rng.choice([92, 95, 98])),
        ("Frames, pendant, oval", rng.randrange(40, 120, 5), rng.choice([105, 110, 115])),
        ("Frames, earring drop", rng.randrange(30, 90, 5), rng.choice([108, 112, 118])),
    ]
    for text, grams, rate in lines_:
        v = float(grams * rate)
        hcells(p, spec, f"{text}, {grams} g @ {rate}", num(v, "indian", 0))
        total_ += v
    j.amount = total_
    hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.74])
    scrawl(p, "Paid cash", method="cash", status=status)
    right(p, f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 6. the house's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("MEWAR BULLION HOUSE", "fine gold 999, bill MBH 1406", "onlinesbi"),
    ("AMBICA COLOURED GLASS", "Belgian glass, bill ACG 648", "bob"),
    ("SHREE PACKAGING JAIPUR", "velvet boxes, 300 nos", "instabiz"),
    ("LENS AND LIGHT STUDIO", "catalogue shoot", "pnb"),
    ("MODI AND JAIN ASSOCIATES", "audit fee 2025-26", "vyom"),
    ("SHRI NATH SILVER WORKS", "silver frames", "passbook"),
    ("SHILPGRAM TENT AND LIGHT", "hut 112 fittings, Utsav", "idbi"),
    ("PIXEL PALACE WEB STUDIO", "web shop upkeep", "cent"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house's own banking pages paying its vendors: OnlineSBI's e-Receipt of an RTGS (a table ruled on
    every side: Reference No., UTR Number, Debit Account, Beneficiary Name, Beneficiary Account, IFSC, Amount,
    Charges (incl. GST), Transaction Date, Mode, Status, Remarks); bob World's IMPS Successful (the payee's
    initials, "to <payee>", a card: IMPS Ref No., Date & Time, From A/c, Remarks); ICICI Bank's InstaBIZ RTGS
    pending for approval (a capsule, "to <payee>", its steps down the page: Created, Approval, Sent to bank;
    Transaction ID, Mode, Created on, Remarks); PNB ONE's Transaction Failed on a tinted band ("to <payee>",
    the reason; Transaction Ref No., Date & Time, Beneficiary A/c, Mode); Union Bank's Vyom Fund Transfer
    Successful in a burst of confetti ("to <payee>"; Reference No, UTR, Date, Mode, Remarks); a page of
    Rajasthan Marudhara Gramin Bank's passbook from its printer with the payment's line ringed in pen (DATE |
    PARTICULARS | WITHDRAWALS | DEPOSITS | BALANCE, the line "NEFT/<PAYEE>"; no reference); IDBI Bank's net
    banking confirmation for the Shilpgram Utsav's tent house ("Your transaction has been processed
    successfully."; dot leaders: Transaction Reference No., UTR No., Beneficiary, Amount, Value Date, Mode,
    Remarks); Cent Mobile's Transaction Successful ("Today, <hour>"; UTR No., Mode, Beneficiary A/c, Remarks;
    no day). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=3000, high=170000)
    payee, purpose, frame = VENDORS[k]
    if frame == "idbi":
        shift(j, rng, UTSAV - dt.timedelta(days=rng.randrange(3, 12)))
    low, high = {
        "onlinesbi": (210000, 480000),
        "bob": (6000, 40000),
        "instabiz": (205000, 260000),
        "pnb": (12000, 45000),
        "vyom": (25000, 70000),
        "passbook": (15000, 60000),
        "idbi": (30000, 90000),
        "cent": (8000, 30000),
    }[frame]
    j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    if frame == "onlinesbi":
        p = browser_page(rng, font, "retail.onlinesbi.sbi/retail/rtgsreceipt.htm")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", f"OnlineSBI  |  e-Receipt  |  {CUT}")
        p.add("rule")
        p.part = "body"
        utr = utr_for(rng, j, "State Bank of India", "RTGS")
        ref = f"I{digits(rng, 9)}"
        charge = float(rng.choice([24.78, 29.5, 53.1]))
        name = cell_fit(p, 0.58, [payee], scale=0.9)
        grid(
            p,
            "sb",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR Number", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", f"000000{digits(rng, 5)}{digits(rng, 4)}"[-11:]], {}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary Account", f"XXXXXXXX{acct_no[-4:]}"], {}),
                (["IFSC", f"BARB0{code(rng, 6, UPPER)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Charges (incl. GST)", rs(charge)], {}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Mode", "RTGS"], {"method": "netbanking"}),
                (["Status", "Success"], {"status": status}),
                (["Remarks", clip(purpose, 34)], {}),
            ],
            tint=(214, 232, 250),
        )
        p.add("small", "This is a computer generated e-Receipt and does not need a signature.")
        return p.done()
    if frame == "bob":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Done"))
        band(p, (240, 90, 34))
        app_head(p, "bob World", "Bank of Baroda")
        avatar(p, initials(payee), (240, 90, 34))
        p.add("center", f"{sign(font, chr(0x2713), '')} IMPS Successful".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {payee}", merchant=payee)
        p.add("gap")
        c = card_open(p)
        lab(p, "IMPS Ref No.")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        lab(p, "Date & Time")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        lab(p, "From A/c")
        p.add("left", f"XXXXXXXX{digits(rng, 4)} (Current)")
        lab(p, "Remarks")
        p.add("left", clip(purpose, 30))
        card_close(p, c)
        return p.done()
    if frame == "instabiz":
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Remind approver",))
        band(p, (174, 40, 30))
        app_head(p, "InstaBIZ", "ICICI Bank")
        pill(p, "Pending for approval", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {payee}", merchant=payee)
        p.add("gap")
        step(p, "Created", when(j.date, "%d %b"), "done")
        step(p, "Approval", "Kusum Soni (authoriser)", "pending")
        step(p, "Sent to bank", "", "todo")
        p.add("gap")
        tid = f"IBZ{digits(rng, 11)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Mode", "RTGS", method="netbanking")
        kvr(p, "Created on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        kvr(p, "Remarks", clip(purpose, 24))
        return p.done()
    if frame == "pnb":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Retry",))
        band(p, (162, 20, 46))
        app_head(p, "PNB ONE", "Punjab National Bank")
        strip(p, "Transaction Failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {payee}", merchant=payee)
        p.add("small", "Beneficiary account is inoperative. Your account has not been debited.")
        p.add("gap")
        ref = f"PNB{digits(rng, 12)}"
        p.pair("Transaction Ref No.", ref, txn=(BANK_RANK, ref))
        p.pair("Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        p.pair("Beneficiary A/c", f"XXXXXX{acct_no[-4:]}")
        p.pair("Mode", "IMPS", method="netbanking")
        return p.done()
    if frame == "vyom":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (20, 60, 140))
        app_head(p, "Vyom", "Union Bank of India")
        start = len(p.rows)
        sicon(p, status)
        p.add("center", "Fund Transfer Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        confetti(p, start)
        p.add("center", f"to {payee}", merchant=payee)
        p.add("rule")
        utr = utr_for(rng, j, "Union Bank of India", "NEFT")
        ref = f"UBI{digits(rng, 10)}"
        kvr(p, "Reference No", ref, txn=(BANK_RANK, ref))
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        kvr(p, "Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
        kvr(p, "Mode", "NEFT", method="netbanking")
        kvr(p, "Remarks", clip(purpose, 22))
        return p.done()
    if frame == "passbook":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(246, 246, 238), (244, 242, 232)])
        typeface(p)
        p.part = "head"
        dev(p, "राजस्थान मरुधरा ग्रामीण बैंक", scale=0.95, bold=True)
        top(p, "Rajasthan Marudhara Gramin Bank")
        p.add("small", f"Branch: Pratapgarh  |  A/c No. XXXXXXX{acct_no[-4:]}  |  {CUT}")
        p.add("rule")
        p.part = "body"
        w_ = h271.tt_cols(p)
        amt_w = 11
        narr_w = w_ - 9 - 2 * amt_w - 12 - 8
        bal = rupees(rng, 180000, 900000, 0.3)
        typed(
            p,
            f"  {'DATE':<9}{'PARTICULARS':<{narr_w}} {'WITHDRAWALS':>{amt_w}} {'DEPOSITS':>{amt_w}} {'BALANCE':>12}",
        )
        typed(p, "-" * w_)
        before = j.date - dt.timedelta(days=rng.randrange(2, 6))
        dep = rupees(rng, 20000, 90000, 0.6)
        typed(
            p,
            f"  {when(before, '%d/%m/%y'):<9}{'BY CLG/ZAVERI':<{narr_w}} {'':>{amt_w}} {num(dep, 'plain'):>{amt_w}} "
            f"{num(bal + dep, 'plain'):>12}",
        )
        narr = f"NEFT/{payee}"
        shown = narr[:narr_w]
        bal2 = bal + dep - j.amount
        typed(
            p,
            f"  {when(j.date, '%d/%m/%y'):<9}{shown:<{narr_w}} {num(j.amount, 'plain'):>{amt_w}} {'':>{amt_w}} "
            f"{num(bal2, 'plain'):>12}",
            amount=j.amount,
            date=j.date,
            merchant=shown[5:],
            method="netbanking",
            status=status,
        )
        pen_ring(p, part="all")
        after = j.date + dt.timedelta(days=rng.randrange(1, 4))
        spend = rupees(rng, 400, 3000, 0.6)
        typed(
            p,
            f"  {when(after, '%d/%m/%y'):<9}{'UPI/AVVNL BILL':<{narr_w}} {num(spend, 'plain'):>{amt_w}} {'':>{amt_w}} "
            f"{num(bal2 - spend, 'plain'):>12}",
        )
        typed(p, "-" * w_)
        p.add("gap")
        write(p, "Shri Nath - silver frames", align="r")
        return p.done()
    if frame == "idbi":
        p = browser_page(rng, font, "inet.idbibank.co.in/corp/transfer/confirmation")
        p.part = "head"
        top(p, "IDBI Bank")
        p.add("small", f"Internet Banking  |  Funds transfer  |  {CUT}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your transaction has been processed successfully.", status=status)
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "IDBI Bank", way)
        ref = f"IDBI{digits(rng, 10)}"
        dots(p, "Transaction Reference No.", ref, at=0.46, txn=(BANK_RANK, ref))
        dots(p, "UTR No.", utr, at=0.46, txn=(UTR_RANK, utr))
        dots(p, "Beneficiary", payee, at=0.46, merchant=payee)
        dots(p, "Amount", rs(j.amount), at=0.46, amount=j.amount)
        dots(p, "Value Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.46, date=j.date)
        dots(p, "Mode", way, at=0.46, method="netbanking")
        dots(p, "Remarks", clip(purpose, 28), at=0.46)
        p.add("small", "Please quote the reference number for any query.")
        return p.done()
    p = phone(rng, font, k, ["", "Transaction details"], dark=rng.random() < 0.3, buttons=("Share",))
    band(p, (0, 84, 150))
    app_head(p, "Cent Mobile", "Central Bank of India")
    sicon(p, status)
    p.add("center", "Transaction Successful", status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {payee}", merchant=payee)
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("rule")
    utr = utr_for(rng, j, "Central Bank of India", "NEFT")
    kvr(p, "UTR No.", utr, txn=(UTR_RANK, utr))
    kvr(p, "Mode", "NEFT", method="netbanking")
    kvr(p, "Beneficiary A/c", f"XXXX{acct_no[-4:]}")
    kvr(p, "Remarks", clip(purpose, 22))
    return p.done()


# ---------------------------------------------------------------- 7. the karigars and staff


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its karigars and staff: a weekly MAJDOORI PARCHI (wage slip) under the karkhana's
    Mahajani श्री and Hindi name (Parchi No. beside Karigar:, the week's days in boxes ticked or marked A by
    the munim, days x the day's wage, Less: advance, Net paid, "Paid in cash on <day>" by hand, a thumb box);
    PhonePe's chat with a karigar under its day divider, the payment's card at the right ("Paid to <name>",
    the sum, Paid, UTR) and the karigar's reply; a TRAVEL ADVANCE VOUCHER for a karigar going to the IIJS
    stall in Mumbai (Voucher No. left blank, Date, Paid to, Purpose, Rs. in a box, "Received Rs. x/- in cash."
    by hand, a revenue stamp signed across; no reference); greytHR's payslip for the showroom's salesman (Name
    beside Employee No., Designation beside Bank, a table ruled on every side Earnings | Amount | Deductions |
    Amount, Net Pay on a tinted panel, the sum in words, "Paid on <day> by NEFT, UTR ..."); Groww's UPI
    payment in process to a polisher under a striped progress bar (each label small over its value:
    Transaction ID, UPI Ref No., Initiated, To, From); slice's UPI payment failed to a frame maker (a large
    cross, "to <name>", the reason; UPI Ref No, Date, Paid from, Note); a DIWALI BONUS VOUCHER under its Hindi
    heading and a Bandhej strip, typed (Sl. No., Name, For the year 2025-26, Wages earned, Bonus @ 8.33%,
    Mode: Cash; "Received" by hand, a thumb box; no day); an outside fuser's JOB WORK CHALLAN CUM PAYMENT
    (Challan No. beside its earlier Date:, Karigar:, a table ruled on every side of the gold leaf and glass
    issued and the panels returned with their weights, Fusing charges, Amount paid, "Paid by UPI on <day>" and
    "UTR ..." by hand). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1500, high=26000, p_round=0.85)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    karigar = rng.choice(KARIGARS)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 246, 232), (246, 242, 230)])
        p.part = "head"
        mahajani(p, "श्री थेवा कला कारखाना", scale=1.05)
        dev(p, KARKHANA_HI, scale=1.0, bold=True)
        top(p, pick(p, "title", [KARKHANA, KARKHANA.upper()]))
        p.add("center", "MAJDOORI PARCHI (WAGE SLIP)")
        p.add("rule")
        p.part = "body"
        no = f"{rng.randrange(100, 999)}"
        cols(
            p,
            "mp",
            [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
            f"Parchi No. {no}",
            f"Karigar: {karigar}",
            txn=(INVOICE_RANK, no),
            merchant=karigar,
        )
        first = j.date - dt.timedelta(days=j.date.weekday() + 7)
        if (first + dt.timedelta(days=5)).month != first.month:
            step_ = dt.timedelta(days=7 if (j.date + dt.timedelta(days=7)).year == 2026 else -7)
            shift(j, rng, j.date + step_)
            first += step_
        p.add("left", f"Week from {when(first, '%d.%m.%Y')}, Monday to Saturday")
        marks = ["v" if rng.random() < 0.85 else "A" for _ in range(6)]
        days_grid(p, first.day, marks)
        worked = marks.count("v")
        wage = float(rng.choice([550, 600, 650, 700]))
        adv = float(rng.choice([0, 200, 300, 500]))
        j.amount = worked * wage - adv
        spec2 = [(0.0, 0.72, "r"), (0.72, 1.0, "r")]
        cols(p, "mpt", spec2, f"{worked} days x Rs. {num(wage, 'plain', 0)}", num(worked * wage))
        cols(p, "mpt", spec2, "Less: advance", num(adv))
        total(p, "Net paid", rs(j.amount), at=0.6, amount=j.amount)
        write(
            p,
            f"Paid in cash on {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}",
            method="cash",
            status=status,
            date=j.date,
        )
        thumb(p, "Karigar's|thumb / sign")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (95, 37, 159))
        p.part = "head"
        p.add("title", karigar)
        p.add("small", f"+91 {phone_no(rng)[:5]}XXXXX")
        p.add("gap")
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, {d} %b %Y"])), date=j.date)
        p.add("gap")
        g = gcard_open(p)
        shown = karigar
        if load_font(p.font, p.style["size"]).getlength(f"Paid to {shown}") > 0.7 * room_of(p) - 36:
            shown = karigar.split()[0]
        inrow(p, f"Paid to {shown}", merchant=shown)
        inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        inrow(p, f"{sign(font, chr(0x2713), '')} Paid".strip(), status=status, method="UPI")
        inrow(p, f"UTR {j.ref}", soft=True, txn=(UTR_RANK, j.ref))
        gcard_close(p, g)
        p.add("gap")
        s = len(p.rows)
        p.add(
            "left",
            rng.choice(["Mil gaye, dhanyavad seth ji.", "Received, thank you.", "Paise aa gaye. Thank you."]),
        )
        bubble(p, s, hhmm(rng, lower=True))
        p.add("gap")
        p.add("small", "Pay  |  Request  |  Message")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        top(p, pick(p, "title", [HOUSE, "Kanthal Thewa Art"]))
        p.add("small", OFFICE)
        p.add("center", "TRAVEL ADVANCE VOUCHER")
        p.add("rule")
        p.part = "body"
        cols(p, "ta", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Voucher No. ..........", "")
        shift(j, rng, IIJS - dt.timedelta(days=rng.randrange(2, 6)))
        j.amount = float(rng.choice([3000, 4000, 5000, 6000]))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%Y"]), date=j.date)
        blank(p, "Paid to", karigar, merchant=karigar)
        blank(p, "Purpose", "IIJS Mumbai, stall duty, train and stay")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, f"Received Rs. {num(j.amount, 'indian', 0)}/- in cash.", method="cash", status=status)
        revenue(p, karigar.split()[-1])
        right(p, "Signature of the receiver")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "thewamahal.greythr.com/v3/portal/ess/payslips")
        p.part = "head"
        top(p, "greytHR")
        p.add(
            "small",
            f"{HOUSE}  |  Payslip for the month of {when(j.date.replace(day=1) - dt.timedelta(days=1), '%B %Y')}",
        )
        p.add("rule")
        p.part = "body"
        name = rng.choice(["Yash Purohit", "Mahendra Singh Chundawat", "Nikita Jain"])
        spec = [(0.0, 0.19, "l"), (0.19, 0.58, "l"), (0.58, 0.79, "l"), (0.79, 1.0, "l")]
        cols(p, "gh", spec, "Name", name, "Employee No.", f"TM{rng.randrange(1, 40):03d}", merchant=name)
        cols(p, "gh", spec, "Designation", "Salesman", "Bank", f"BoB XX{digits(rng, 4)}")
        p.add("gap")
        basic = float(rng.randrange(10000, 16000, 500))
        hra = round(basic * 0.2)
        conv = float(rng.choice([1200, 1600]))
        inc = float(rng.choice([0, 1500, 2500, 4000]))
        pf = round(basic * 0.12)
        esi = round((basic + hra + conv + inc) * 0.0075)
        j.amount = basic + hra + conv + inc - pf - esi
        grid(
            p,
            "gp",
            [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.48, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "PF", num(pf)], {}),
                (["HRA", num(hra), "ESI", num(esi)], {}),
                (["Conveyance", num(conv), "", ""], {}),
                (["Sales incentive", num(inc), "", ""], {}),
            ],
            tint=(226, 238, 232),
        )
        panel(p, "Net Pay", rs(j.amount), (224, 240, 230), amount=j.amount)
        words = words_in_rupees(j.amount)
        if load_font(p.font, int(p.style["size"] * 0.8)).getlength(words) < room_of(p):
            p.add("small", words)
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        p.add(
            "left",
            f"Paid on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Refresh",))
        band(p, (0, 160, 120))
        app_head(p, "Groww", "UPI")
        p.add("center", "Payment in process", status=status)
        p.accent(AMBER)
        progress(p, rng.uniform(0.3, 0.6), AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "The receiver's bank is yet to confirm. Do not pay again.")
        p.add("rule")
        tid = f"GRW{digits(rng, 12)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "UPI Ref No.")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Initiated")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        lab(p, "To")
        p.add("left", karigar, merchant=karigar)
        lab(p, "From")
        p.add("left", f"Bank of Baroda {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.4, buttons=("Retry",))
        band(p, (120, 40, 200))
        app_head(p, "slice", "UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice(["Ramesh Suthar", "Prem Shankar Soni"])
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The receiver's bank is not reachable right now. No money was debited.")
        p.add("rule")
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        kvr(p, "Paid from", f"slice account {dot * 2}{digits(rng, 4)}", method="UPI")
        kvr(p, "Note", "frames, Thewa boxes")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        top(p, pick(p, "title", [KARKHANA, KARKHANA.upper()]))
        dev(p, "दीपावली बोनस पर्ची", scale=1.05, bold=True)
        p.add("center", "DIWALI BONUS VOUCHER")
        bandhej(p)
        p.part = "body"
        sl = str(rng.randrange(10, 40))
        wages = float(rng.randrange(120000, 190000, 100))
        j.amount = float(round(wages * 0.0833))
        typed(p, f"Sl. No.        : {sl}", txn=(INVOICE_RANK, sl))
        typed(p, f"Name           : {karigar}", merchant=karigar)
        typed(p, "For the year   : 2025-26")
        typed(p, f"Wages earned   : Rs. {num(wages, 'indian', 0)}")
        typed(p, f"Bonus @ 8.33%  : Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        typed(p, "Mode           : Cash", method="cash")
        p.add("gap")
        write(p, "Received", status=status)
        thumb(p, "L.T.I. / sign")
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, pick(p, "title", [HOUSE, "Kanthal Thewa Art"]))
    p.add("small", f"{OFFICE}  |  GSTIN {GSTIN}")
    p.add("center", "JOB WORK CHALLAN CUM PAYMENT")
    p.add("rule")
    p.part = "body"
    cno = f"JW/{rng.randrange(10, 99)}"
    fuser = rng.choice(["Prakash Chandra Soni", "Lalit Soni", "Om Prakash Soni"])
    cols(
        p,
        "jw",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Challan No. {cno}",
        f"Date: {when(earlier(rng, j, 6, 20), '%d.%m.%Y')}",
        txn=(INVOICE_RANK, cno),
    )
    p.add("left", f"Karigar: {fuser}, Deolia", merchant=fuser)
    pcs = rng.randrange(12, 40)
    gold = round(pcs * rng.uniform(0.18, 0.32), 3)
    grid(
        p,
        "jwg",
        [(0.0, 0.52, "l"), (0.52, 0.7, "r"), (0.7, 1.0, "r")],
        ["Particulars", "Pieces", "Weight (g)"],
        [
            (["Gold leaf 23 ct issued", "", num(gold, "plain", 3)], {}),
            (["Glass panels issued", str(pcs), ""], {}),
            (["Fused panels returned", str(pcs), num(gold + pcs * 2.4, "plain", 3)], {}),
        ],
        tint=(236, 228, 206),
    )
    rate = float(rng.choice([90, 110, 130, 150]))
    j.amount = pcs * rate
    spec2 = [(0.0, 0.72, "r"), (0.72, 1.0, "r")]
    cols(p, "jwt", spec2, f"Fusing charges, {pcs} panels x Rs. {num(rate, 'plain', 0)}", num(j.amount))
    total(p, "Amount paid", rs(j.amount), at=0.6, amount=j.amount)
    write(p, f"Paid by UPI on {when(j.date, '%d.%m.%Y')}", method="UPI", status=status, date=j.date)
    write(p, f"UTR {j.ref}", txn=(UTR_RANK, j.ref))
    sig(p)
    right(p, "Karigar's signature")
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority it names: the Bureau of Indian Standards' Manak Online
    receipt for the jeweller's hallmarking registration under its Hindi name (shaded label cells: Registration
    No., Jeweller, Outlet, Fee head, Amount, Payment ID, Bank Reference No., Mode, Payment Date, Status);
    Rajasthan Tourism's STALL ALLOTMENT PASS CUM FEE RECEIPT for the Pushkar Fair's crafts bazaar under a
    Bandhej strip (Receipt No., Stall No., Craft, Artisan, Mela period, Fee, Paid by, UPI Ref.; a QR code; no
    day); Nagar Parishad Pratapgarh's RENT RECEIPT for its market's shop from its book, under its Hindi name
    (Receipt No. beside Book No., Date, Received from, On account of, Rupees, Rs. in a box, "Received in
    cash." by hand, its round seal); the Sub-Registrar's FEE RECEIPT for registering the showroom's lease,
    typed (Document No., Book No., Presented by, Nature, Date, Stamp duty, Regn. fee, Copying fee, Total;
    "Received the fees above in cash."; no reference); ESIC's online challan (a striped table: Challan No.,
    Transaction No., Employer Code, Contribution Period, Amount, Paid Date, Bank, Bank Ref No., Status); an
    e-Mitra kiosk's receipt for the Labour Department's shop registration renewal from its roll printer (KIOSK
    CODE, KIOSK, SERVICE, DEPARTMENT, APPLICANT, FEE PERIOD, AMOUNT, PAID BY, TXN ID, DATE); the Ministry of
    External Affairs' Passport Seva fee pending (a capsule, boxed fields: File Number, Applicant, Fee,
    Reference No., Payment mode, Initiated on); the Rajasthan State Pollution Control Board's consent fee
    failed on a tinted band (dot leaders: Application ID, Unit, Fee, Transaction ID, Payment mode, Attempted
    on, Reason). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "www.manakonline.in/MANAK/HallmarkingRegistration/PaymentReceipt")
        p.part = "head"
        dev(p, "भारतीय मानक ब्यूरो", scale=0.95, bold=True)
        name = "Bureau of Indian Standards"
        top(p, name, merchant=name)
        p.add("small", "Manak Online  |  Hallmarking: registration of jeweller  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([2000, 5000, 7500]))
        pid = f"BIS{j.date:%y}{digits(rng, 10)}"
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        for label, value, facts in [
            ("Registration No.", f"HM/R-{digits(rng, 10)}", {}),
            ("Jeweller", clip(HOUSE_CAPS, 30), {}),
            ("Outlet", "Sadar Bazar, Pratapgarh", {}),
            ("Fee head", "Renewal of registration", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment ID", pid, {"txn": (TXN_RANK, pid)}),
            ("Bank Reference No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Mode", "Net Banking (Bank of Baroda)", {"method": "netbanking"}),
            ("Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Status", "Success", {"status": status}),
        ]:
            kv(p, label, value, at=0.34, **facts)
        p.add("small", "Keep this receipt with the certificate of registration.")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(252, 248, 236), (248, 246, 238)])
        p.part = "head"
        dev(p, "पर्यटन विभाग, राजस्थान सरकार", scale=0.95, bold=True)
        name = "Department of Tourism, Rajasthan"
        top(
            p,
            pick(p, "title", [name, "Rajasthan Tourism"]),
            merchant=pick(p, "title", [name, "Rajasthan Tourism"]),
        )
        p.add("small", "Pushkar Fair 2026  |  Crafts Bazaar, Mela Ground, Pushkar")
        bandhej(p)
        p.add("center", "STALL ALLOTMENT PASS CUM FEE RECEIPT")
        p.part = "body"
        shift(j, rng, dt.date(2026, 10, 1) + dt.timedelta(days=rng.randrange(0, 40)))
        j.amount = float(rng.choice([4000, 5000, 6000]))
        rno = f"PF/26/{rng.randrange(100, 500)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Stall No.", f"C-{rng.randrange(10, 60)} (Jewellery and metal crafts)", {}),
            ("Craft", "Thewa, Pratapgarh", {}),
            ("Artisan", f"{PARTNER} ({HOUSE})", {}),
            ("Mela period", "17 to 25 November 2026", {}),
            ("Fee", rs(j.amount), {"amount": j.amount}),
            ("Paid by", "UPI", {"method": "UPI"}),
            ("UPI Ref.", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            colkv(p, "wz", spec, label, value, **facts)
        p.add("gap")
        p.add("left", "Fee received. Show this pass at the gate and keep it at the stall.", status=status)
        qr(p, f"pushkar{rno}", "r", 4)
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(246, 240, 226), (250, 244, 232)])
        p.part = "head"
        dev(p, "नगर परिषद, प्रतापगढ़", scale=1.15, bold=True)
        name = "NAGAR PARISHAD PRATAPGARH"
        p.add("center", name, merchant=name)
        p.add("small", "Estate section  |  Municipal shopping complex, Sadar Bazar")
        p.add("center", "RENT RECEIPT")
        p.part = "body"
        no = f"{rng.randrange(1000, 9999)}"
        cols(
            p,
            "np",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {no}",
            f"Book No. {rng.randrange(10, 80)}",
            txn=(INVOICE_RANK, no),
        )
        j.amount = float(rng.choice([3600, 4200, 4800, 5400]))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%Y"]), date=j.date)
        blank(p, "Received from", f"{MAHAL}, shop No. 14")
        blank(p, "On account of", f"rent, {when(j.date, '%B %Y')}")
        words = words_in_rupees(j.amount).replace("Rupees ", "")
        if load_font(hand_pen(p), int(p.style["size"] * 1.05)).getlength(words) > 0.7 * room_of(p):
            words = f"{num(j.amount, 'indian', 0)} only"
        blank(p, "Rupees", words)
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Received in cash.", method="cash", status=status)
        seal(p, "NAGAR PARISHAD * PRATAPGARH *", ["REVENUE", "SECTION"], "blue")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [740, 780])
        p.part = "head"
        dev(p, "कार्यालय उप पंजीयक, प्रतापगढ़", scale=1.0, bold=True)
        name = "Office of the Sub-Registrar, Pratapgarh"
        top(
            p,
            pick(p, "title", [name, "Sub-Registrar, Pratapgarh"]),
            merchant=pick(p, "title", [name, "Sub-Registrar, Pratapgarh"]),
        )
        p.add("small", "Registration and Stamps Department, Rajasthan")
        p.add("center", "FEE RECEIPT")
        p.add("rule")
        p.part = "body"
        duty = float(rng.randrange(2000, 9000, 10))
        reg = float(rng.choice([500, 1000]))
        copy_ = float(rng.choice([100, 200, 300]))
        j.amount = duty + reg + copy_
        typed(p, f"Document No.   : {rng.randrange(1000, 4000)}/{j.date.year}")
        typed(p, "Book No.       : 1")
        typed(p, f"Presented by   : {PARTNER}")
        typed(p, "Nature         : Lease deed, shop, Sadar Bazar")
        typed(p, f"Date           : {when(j.date, '%d-%m-%Y')}", date=j.date)
        typed(p, f"Stamp duty     : {num(duty, 'indian')}")
        typed(p, f"Regn. fee      : {num(reg, 'indian')}")
        typed(p, f"Copying fee    : {num(copy_, 'indian')}")
        typed(p, f"Total          : Rs. {num(j.amount, 'indian')}", amount=j.amount)
        p.add("gap")
        p.add("left", "Received the fees above in cash.", method="cash", status=status)
        sig(p)
        right(p, "Sub-Registrar")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "gateway.esic.gov.in/EmployerPortal/ChallanStatus.aspx")
        p.part = "head"
        name = "Employees' State Insurance Corporation"
        top(p, pick(p, "title", [name, "ESIC"]), merchant=pick(p, "title", [name, "ESIC"]))
        p.add("small", "Ministry of Labour and Employment  |  Online challan")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(1200, 6000, 1))
        cno = f"{digits(rng, 10)}"
        tno = f"{digits(rng, 12)}"
        bref = f"{code(rng, 2, UPPER)}{digits(rng, 11)}"
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        zebra(
            p,
            "es",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Challan details", ""],
            [
                (["Challan No.", cno], {"txn": (INVOICE_RANK, cno)}),
                (["Transaction No.", tno], {"txn": (TXN_RANK, tno)}),
                (["Employer Code", digits(rng, 17)], {}),
                (["Contribution Period", when(period, "%B %Y")], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Paid Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Bank", "State Bank of India (Net Banking)"], {"method": "netbanking"}),
                (["Bank Ref No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Status", "Success"], {"status": status}),
            ],
            (20, 90, 150),
        )
        return p.done()
    if k == 5:
        p = screen(rng, font, width=rng.choice([460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        p.add("center", "e-MITRA")
        p.add("small", "GOVERNMENT OF RAJASTHAN")
        p.part = "body"
        p.add("rule")
        j.amount = float(rng.choice([500, 750, 1000]))
        w_ = h271.tt_cols(p)
        name = "LABOUR DEPARTMENT"
        tid = f"{digits(rng, 10)}"
        typed(p, f"KIOSK CODE : K{digits(rng, 9)}")
        typed(p, "KIOSK      : SADAR BAZAR, PTG")
        typed(p, "SERVICE    : SHOP REGN RENEWAL")
        typed(p, f"DEPARTMENT : {name}", merchant=name)
        typed(p, f"APPLICANT  : {clip(MAHAL_CAPS, w_ - 13)}")
        typed(p, "FEE PERIOD : 1 YEAR")
        typed(p, f"AMOUNT     : {num(j.amount, 'plain')}", amount=j.amount)
        typed(p, "PAID BY    : CASH", method="cash", status=status)
        typed(p, f"TXN ID     : {tid}", txn=(TXN_RANK, tid))
        typed(p, f"DATE       : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        p.add("rule")
        p.add("small", "KEEP THIS RECEIPT. e-MITRA HELPLINE 181")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "services1.passportindia.gov.in/forms/PaymentStatus")
        p.part = "head"
        name = "Ministry of External Affairs"
        top(p, name, merchant=name)
        p.add("small", "Passport Seva Online Portal  |  Government of India")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending - awaiting bank confirmation", status, align="l")
        p.add("left", "Do not pay again. The appointment is confirmed once the bank confirms the fee.")
        p.add("gap")
        j.amount = float(rng.choice([1500, 2000, 3500]))
        ref = f"PSP{digits(rng, 11)}"
        field(p, "File Number", f"JP{digits(rng, 13)}"[:15])
        field(p, "Applicant", PARTNER.replace("Shri ", ""))
        field(p, "Fee", rs(j.amount), amount=j.amount)
        field(p, "Reference No.", ref, txn=(TXN_RANK, ref))
        field(p, "Payment mode", "Net Banking - Bank of Baroda", method="netbanking")
        field(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        return p.done()
    p = browser_page(rng, font, "rpcb.rajasthan.gov.in/OCMMS/payment/response")
    p.part = "head"
    name = "Rajasthan State Pollution Control Board"
    top(
        p,
        pick(p, "title", [name, "Rajasthan Pollution Control Board"]),
        merchant=pick(p, "title", [name, "Rajasthan Pollution Control Board"]),
    )
    p.add("small", "Online Consent Management and Monitoring System")
    p.add("rule")
    p.part = "body"
    strip(p, "Payment failed", status)
    p.add("gap")
    j.amount = float(rng.choice([2000, 3000, 5000]))
    tid = f"RPCB{digits(rng, 12)}"
    for label, value, facts in [
        ("Application ID", f"CTO/{j.date.year}/{digits(rng, 6)}", {}),
        ("Unit", f"{KARKHANA}, Pratapgarh", {}),
        ("Fee", rs(j.amount), {"amount": j.amount}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ("Payment mode", f"Debit card {masked(rng, font)}", {"method": "card"}),
        ("Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
        ("Reason", "Authentication failed at the bank", {}),
    ]:
        dots(p, label, value, at=0.34, **facts)
    p.add("small", "No amount was debited. Pay again to submit the consent application.")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "paid to" on an app): The New India
    Assurance's JEWELLERS' BLOCK POLICY - SCHEDULE with its premium and payment section (Policy No., Insured,
    Period, Stock in premises, Stock in transit; Premium, GST @ 18%, Total premium, "Premium received in cash
    on <day> ..."; no reference); The Oriental Insurance's PREMIUM RECEIPT, three fields to a row, each label
    small in capitals over its value (Receipt No., Receipt Date, Policy No.; Insured, Product, Period;
    Premium, GST @ 18%, Total; Mode, Instrument / UTR, Branch); ICICI Lombard's Payment successful in a burst
    of confetti ("paid to <insurer>", Policy issued; Transaction ID, Paid on, Paid via); Bajaj Allianz's
    Payment failed on a tinted band (boxed fields: Quote No., Product, Premium, Transaction ID, Payment mode,
    Attempted on); SBI General's premium receipt mailed (a card: Receipt No., Receipt date, Policy, Net
    premium, GST, Total premium, Paid via, UPI Ref.); IFFCO-Tokio's Payment under process over a striped
    progress bar (dot leaders: Proposal No., Premium, Transaction Ref., Payment mode, Initiated on); Niva
    Bupa's Renewal done capsule ("paid to <insurer>", "Today, <hour>"; Policy, Members, Payment ID, Paid via;
    no day); LIC of India's e-Receipt for a partner's policy under its Hindi name (a table ruled on every
    side: Policy No., Policy holder, Plan / Term, Premium due, Late fee, Total, Mode, Transaction ID, Date of
    payment; "Received with thanks the premium above."). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        name = "The New India Assurance Co. Ltd."
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "New India Assurance"]),
            merchant=pick(p, "title", [name, "New India Assurance"]),
        )
        p.add("small", "Divisional Office, Chetak Circle, Udaipur - 313001")
        p.add("center", "JEWELLERS' BLOCK POLICY - SCHEDULE")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(24000, 90000, 1))
        base = round(j.amount / 1.18, 2)
        gst = round(j.amount - base, 2)
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        start_ = earlier(rng, j, 0, 3)
        colkv(p, "nb", spec, "Policy No.", f"3{digits(rng, 5)}/46/{j.date.year % 100}/{digits(rng, 8)}")
        colkv(p, "nb", spec, "Insured", f"{HOUSE}, {MAHAL_AT}")
        colkv(
            p,
            "nb",
            spec,
            "Period",
            f"{when(start_, '%d/%m/%Y')} to {when(start_ + dt.timedelta(days=364), '%d/%m/%Y')}",
        )
        colkv(
            p,
            "nb",
            spec,
            "Stock in premises",
            f"Rs. {num(float(rng.choice([2500000, 4000000, 6000000])), 'indian', 0)}",
        )
        colkv(
            p, "nb", spec, "Stock in transit", f"Rs. {num(float(rng.choice([500000, 1000000])), 'indian', 0)}"
        )
        p.add("gap")
        p.add("left", "PREMIUM AND PAYMENT")
        spec2 = [(0.0, 0.62, "r"), (0.62, 1.0, "r")]
        cols(p, "nbp", spec2, "Premium", num(base))
        cols(p, "nbp", spec2, "GST @ 18%", num(gst))
        total(p, "Total premium", rs(j.amount), at=0.62, amount=j.amount)
        p.add(
            "left",
            f"Premium received in cash on {day_in(j, rng, ['%d/%m/%Y', '{d} %B %Y'])} at the divisional office.",
            date=j.date,
            method="cash",
            status=status,
        )
        sig(p)
        right(p, "Divisional Manager")
        return p.done()
    if k == 1:
        name = "The Oriental Insurance Company Ltd."
        p = sheet_page(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "Oriental Insurance"]),
            merchant=pick(p, "title", [name, "Oriental Insurance"]),
        )
        p.add("small", "Branch Office, Pratapgarh  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"{digits(rng, 4)}{j.date:%y}{digits(rng, 8)}"
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        three_up(
            p,
            "or1",
            [
                ("Receipt No.", rno),
                ("Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])),
                ("Policy No.", f"24{digits(rng, 8)}"),
            ],
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        three_up(
            p,
            "or2",
            [
                ("Insured", cell_fit(p, 0.33, [HOUSE, "Kanthal Thewa Art"], 0.96)),
                ("Product", "Shopkeeper's policy"),
                ("Period", "1 year"),
            ],
        )
        three_up(
            p,
            "or3",
            [("Premium", num(base)), ("GST @ 18%", num(gst)), ("Total", rs(j.amount))],
            amount=j.amount,
        )
        three_up(
            p,
            "or4",
            [("Mode", "NEFT"), ("Instrument / UTR", utr), ("Branch", "Pratapgarh")],
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("left", "Received with thanks the premium above.", status=status)
        return p.done()
    if k == 2:
        name = "ICICI Lombard General Insurance Co. Ltd."
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Download policy",))
        band(p, (150, 28, 40))
        app_head(p, "ICICI Lombard", "IL TakeCare")
        start = len(p.rows)
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        confetti(p, start)
        shown = pick(p, "center", [f"paid to {name}", "paid to ICICI Lombard General Insurance"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        p.add("small", "Policy issued: Shop and stock, Thewa Mahal")
        p.add("rule")
        tid = f"ILGI{digits(rng, 12)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 3:
        name = "Bajaj Allianz General Insurance Co. Ltd."
        p = browser_page(rng, font, "www.bajajallianz.com/payment/response")
        p.part = "head"
        shown = pick(p, "title", [name, "Bajaj Allianz General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Buy online  |  Payment")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment failed", status)
        p.add("small", "Your payment was not completed. The quote is saved for 7 days.")
        p.add("gap")
        tid = f"BAGI{digits(rng, 11)}"
        field(p, "Quote No.", f"Q{digits(rng, 10)}")
        field(p, "Product", "Burglary and housebreaking, showroom")
        field(p, "Premium", rs(j.amount), amount=j.amount)
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Payment mode", f"Credit card {masked(rng, font)}", method="card")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        return p.done()
    if k == 4:
        name = "SBI General Insurance Company Limited"
        p = mail_page(
            rng, font, "SBI General <noreply@sbigeneral.in>", ["Premium receipt", "Your premium receipt"]
        )
        p.part = "head"
        shown = pick(p, "title", [name, "SBI General Insurance"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PARTNER2},")
        p.add("left", "We have received your premium. Your receipt is below.", status=status)
        p.add("gap")
        c = card_open(p)
        rno = f"SBIG/{j.date:%y}/{digits(rng, 9)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "sg", spec, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        cols(p, "sg", spec, "Receipt date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        cols(p, "sg", spec, "Policy", "Fire and allied perils, karkhana")
        cols(p, "sg", spec, "Net premium", rs(base))
        cols(p, "sg", spec, "GST", rs(gst))
        cols(p, "sg", spec, "Total premium", rs(j.amount), amount=j.amount)
        cols(p, "sg", spec, "Paid via", "UPI", method="UPI")
        cols(p, "sg", spec, "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
        card_close(p, c)
        p.add("small", "SBI General Insurance Company Limited. IRDAI Reg. No. 144.")
        return p.done()
    if k == 5:
        name = "IFFCO-Tokio General Insurance Co. Ltd."
        p = browser_page(rng, font, "www.iffcotokio.co.in/payment/status")
        p.part = "head"
        shown = pick(p, "title", [name, "IFFCO-Tokio General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Marine cargo, jewellery in transit  |  Payment")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment under process", status=status)
        p.accent(AMBER)
        progress(p, rng.uniform(0.4, 0.7), AMBER)
        p.add("small", "Your bank has not confirmed the payment yet. The policy is issued once it does.")
        p.add("gap")
        ref = f"ITG{digits(rng, 12)}"
        dots(p, "Proposal No.", f"P{digits(rng, 11)}", at=0.36)
        dots(p, "Premium", rs(j.amount), at=0.36, amount=j.amount)
        dots(p, "Transaction Ref.", ref, at=0.36, txn=(TXN_RANK, ref))
        dots(p, "Payment mode", "Net banking - ICICI Bank", at=0.36, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 6:
        name = "Niva Bupa Health Insurance Co. Ltd."
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("View policy",))
        band(p, (0, 90, 170))
        app_head(p, "Niva Bupa", "Health insurance")
        pill(p, "Renewal done", status)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"paid to {name}", "paid to Niva Bupa Health Insurance"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"NB{code(rng, 4, UPPER)}{digits(rng, 10)}"
        kvr(p, "Policy", "ReAssure 2.0, family floater")
        kvr(p, "Members", f"{rng.randrange(3, 6)} (karigar family)")
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", f"Debit card {dot * 2}{digits(rng, 4)}", method="card")
        return p.done()
    name = "Life Insurance Corporation of India"
    p = browser_page(rng, font, "ebiz.licindia.in/D2CPM/#/premium-receipt")
    p.part = "head"
    dev(p, "भारतीय जीवन बीमा निगम", scale=0.95, bold=True)
    shown = pick(p, "title", [name, "LIC of India"])
    top(p, shown, merchant=shown)
    p.add("small", "Premium payment  |  e-Receipt")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.randrange(8000, 45000, 1))
    late = float(rng.choice([0, 0, 120, 240]))
    due = j.amount - late
    tid = f"LIC{digits(rng, 12)}"
    grid(
        p,
        "lc",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        None,
        [
            (["Policy No.", f"{digits(rng, 9)}"], {}),
            (["Policy holder", PARTNER.replace("Shri ", "")], {}),
            (["Plan / Term", "Jeevan Labh (936) / 21"], {}),
            (["Premium due", num(due)], {}),
            (["Late fee", num(late)], {}),
            (["Total", rs(j.amount)], {"amount": j.amount}),
            (["Mode", "Net Banking"], {"method": "netbanking"}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Date of payment", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
        ],
        tint=(226, 232, 246),
    )
    p.add("gap")
    p.add("left", "Received with thanks the premium above.", status=status)
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("THEWA MAHAL", "SADAR BAZAR, PRATAPGARH", "PINE LABS", "pine"),
    ("THEWA MAHAL - UDAIPUR", "JAGDISH CHOWK, UDAIPUR", "Paytm", "device"),
    ("THEWA MAHAL - SHILPGRAM", "HUT 112, SHILPGRAM, UDAIPUR", "ICICI MERCHANT SERVICES", "icici"),
    ("HOTEL KALBADEVI RESIDENCY", "KALBADEVI ROAD, MUMBAI 400002", "", "folio"),
    ("LAKESIDE THALI HOUSE", "LAL GHAT, UDAIPUR", "AXIS BANK", "tip"),
    ("KAMDHENU SWEETS", "SADAR BAZAR, PRATAPGARH", "BANK OF BARODA", "declined"),
    ("MEWAR SILVER EMPORIUM", "BAPU BAZAR, UDAIPUR", "FEDERAL BANK", "pending"),
    ("GEM TESTING LABORATORY", "JHALANA, JAIPUR", "YES BANK", "tap"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Pratapgarh showroom's, the Udaipur counter's and the Shilpgram hut's terminals and the
    house's card at a Mumbai hotel during IIJS, an Udaipur restaurant, a Pratapgarh sweet shop, an Udaipur
    silver emporium and a Jaipur gem testing laboratory: Pine Labs' CHARGE SLIP at the showroom (DATE and TIME
    on one line, MID, TID, BATCH, INVOICE, the card CHIP, APPROVAL CODE, RRN, TOTAL, APPROVED, CUSTOMER COPY);
    the Paytm card machine's screen at the Udaipur counter (the counter under the device's name, a large tick,
    Payment Successful, the sum, "Today, <hour>"; Card, Auth code, RRN, Order ID; no day); ICICI Merchant
    Services' SALE at the Shilpgram hut in the Utsav's days (TID and MID on one line, DATE, TIME, BATCH NO,
    ROC, the card TAP, AUTH NO, RRN, SALE AMT, TXN SUCCESSFUL); the Mumbai hotel's GUEST FOLIO settled by card
    (Guest, Arrival, Departure, Room, its charges and GST, TOTAL, Settlement: the card, Bill date; no
    reference); Axis Bank's slip at an Udaipur restaurant with its tip (DATE/TIME, TID, INV NO, APPR CODE,
    RRN, BASE AMOUNT, TIP, TOTAL, APPROVED); Bank of Baroda's DECLINED slip at a sweet shop (RESPONSE 55,
    INCORRECT PIN); Federal Bank's slip at a silver emporium with the host unreachable (TXN STATUS UNKNOWN, DO
    NOT RETRY, CHECK WITH BANK); YES BANK's contactless SALE at a Jaipur gem testing laboratory (NO PIN
    REQUIRED, APPR CODE, RRN, TXN ID, AMOUNT, APPROVED). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1, low=800, high=48000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "icici":
        shift(j, rng, UTSAV + dt.timedelta(days=rng.randrange(0, 10)))
    if layout == "folio":
        shift(j, rng, IIJS + dt.timedelta(days=rng.randrange(2, 5)))
    if layout in ("tip", "declined", "pending", "tap"):
        j.amount = rupees(rng, 450, 9000, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "device":
        p = phone(rng, font, k, ["", "Sale"], dark=False, buttons=("Print", "New sale"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "Card Machine")
        shown = pick(p, "center", [name, "THEWA MAHAL"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        oid = f"{digits(rng, 20)}"
        kvr(p, "Card", f"{scheme} **** {last4}", method="card")
        kvr(p, "Auth code", appr, txn=(APPR_RANK, appr))
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if layout not in ("folio",) and rng.random() < 0.7:
        h269.torn(p)
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    if layout == "folio":
        p.style["width"] = rng.choice([620, 660])
        p.part = "head"
        p.add(
            "title",
            pick(p, "title", [name, "KALBADEVI RESIDENCY"]),
            merchant=pick(p, "title", [name, "KALBADEVI RESIDENCY"]),
        )
        p.add(
            "small",
            f"{town}  |  GSTIN 27{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}",
        )
        p.add("center", "GUEST FOLIO / TAX INVOICE")
        p.add("rule")
        p.part = "body"
        nights = rng.randrange(2, 5)
        rate = float(rng.choice([3200, 3800, 4500]))
        arrive = j.date - dt.timedelta(days=nights)
        room_ = nights * rate
        food = float(rng.randrange(800, 3000, 10))
        gst = round(room_ * 0.12 + food * 0.05, 2)
        j.amount = round(room_ + food + gst, 2)
        p.pair("Guest", f"Mr. {PARTNER.split(' ', 1)[1]}")
        p.pair("Arrival", when(arrive, "%d/%m/%Y"))
        p.pair("Departure", when(j.date, "%d/%m/%Y"))
        p.pair("Room", f"{rng.randrange(201, 412)}, Deluxe")
        p.add("rule")
        p.pair(f"Room {nights} N x {num(rate, 'plain', 0)}", num(room_, "plain"))
        p.pair("Food and beverage", num(food, "plain"))
        p.pair("GST", num(gst, "plain"))
        p.pair("TOTAL", num(j.amount, "plain"), amount=j.amount)
        p.add("rule")
        p.pair("Settlement", f"{scheme} CARD XX{last4}", method="card", status=status)
        p.pair("Bill date", when(j.date, "%d/%m/%Y"), date=j.date)
        p.add("small", "Guest signature ____________")
        p.add("small", "Thank you for staying with us. IIJS week.")
        return p.done()
    p.part = "head"
    if brand:
        p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pine":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        p.add("left", f"DATE: {when(j.date, '%d/%m/%Y')}  TIME: {t}", date=j.date)
        p.pair("MID:", mid)
        p.pair("TID:", tid)
        p.pair("BATCH:", batch)
        p.pair("INVOICE:", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} CHIP  XXXX XXXX XXXX {last4}", method="card")
        p.pair("APPROVAL CODE:", appr, txn=(APPR_RANK, appr))
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL:", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK. SIGNATURE NOT REQUIRED")
        p.add("small", "CUSTOMER COPY  |  Powered by Pine Labs")
    elif layout == "icici":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"TID:{tid}  MID:{mid[:12]}")
        p.pair("DATE", when(j.date, rng.choice(["%d/%m/%Y", "%d %b %Y"])).upper(), date=j.date)
        p.pair("TIME", t)
        p.pair("BATCH NO", batch[-3:])
        p.pair("ROC", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"{scheme} TAP  ************{last4}", method="card")
        p.pair("AUTH NO", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("SALE AMT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN SUCCESSFUL", status=status)
        p.add("small", "NO SIGNATURE REQUIRED")
    elif layout == "tip":
        base = round(j.amount / rng.choice([1.05, 1.08, 1.1]), 0)
        tip_ = round(j.amount - base, 2)
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE/TIME: {when(j.date, '%d-%m-%Y')} {t}", date=j.date)
        p.pair("TID", tid)
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} ****{last4}", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE AMOUNT", f"{base:,.2f}")
        p.pair("TIP", f"{tip_:,.2f}")
        p.pair("TOTAL", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "THANK YOU. VISIT AGAIN")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("small", "RESPONSE 55: INCORRECT PIN")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d.%m.%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} CHIP XX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN STATUS UNKNOWN", status=status)
        p.add("small", "HOST NOT REACHABLE. DO NOT RETRY.")
        p.add("small", "CHECK WITH YOUR BANK BEFORE PAYING AGAIN.")
    else:
        p.add("center", "CONTACTLESS SALE")
        p.add("rule")
        p.add("left", f"{when(j.date, '%d %b %Y').upper()}  {t}", date=j.date)
        p.pair("TID", tid)
        p.pair("MID", mid[:12])
        p.add("left", f"{scheme} TAP ************{last4}", method="card")
        p.add("small", "NO PIN REQUIRED")
        txid = f"{digits(rng, 12)}"
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("TXN ID", txid, txn=(TXN_RANK, txid))
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "Gem testing fee. Thank you.")
    return p.done()


# ---------------------------------------------------------------- 11. the showroom's, the karkhana's and the house's bills


POWER = "Ajmer Vidyut Vitran Nigam Ltd"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's, the karkhana's and the house's bills: Google Pay's electricity bill paid to the power
    company through Bharat Connect ("Paid to <biller>", the sum, Completed, the day and hour; K Number, Bill
    month, Bharat Connect ref., UPI transaction ID); MyJio's recharge successful on its gradient bar ("Paid to
    Reliance Jio Infocomm Ltd.", the number, the plan; Transaction ID, Paid via, Date); Dish TV's recharge
    failed (a large cross, VC No., Amount, Order ID, Payment mode, Attempted on); IndianOil ONE's Indane
    refill payment pending under a striped progress bar ("to Indane", the distributor; Order No., UPI Ref,
    Initiated); PHED's water bill typed with the cashier's line written on it and the counter's stamp ("Recd.
    Rs. x/- cash, dt. <day>"; no reference); RailWire's payment receipt mailed (a table ruled on every side:
    Receipt No., Account ID, Plan, Amount, Paid on, Payment mode, Bank Ref. No.); PhonePe's Airtel Xstream
    Fiber bill on a card with a zigzag foot ("Paid to Airtel Broadband", Bharat Connect ID, Transaction ID,
    UTR, Date); Airtel Thanks' postpaid bill paid "Just now" (Mobile, Bill, Transaction ID, Paid using; no
    day). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=400, high=9000)
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "Rs"))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Share",))
        p.part = "head"
        p.add("small", "Google Pay  |  Bills")
        p.add("gap")
        p.part = "body"
        j.amount = float(rng.randrange(1400, 9000, 1))
        name = pick(p, "center", [f"Paid to {POWER}", "Paid to AVVNL"])[8:]
        avatar(p, "AV", (20, 110, 180))
        p.add("center", f"Paid to {name}", merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        sicon(p, status)
        p.add("center", "Completed", status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("rule")
        bref = f"GP01{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        lab(p, "K Number")
        p.add("left", digits(rng, 12))
        lab(p, "Bill month")
        p.add("left", when(month, "%B %Y"))
        lab(p, "Bharat Connect ref.")
        p.add("left", bref, txn=(BANK_RANK, bref))
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        gradient(p, (15, 60, 200), (40, 100, 230))
        app_head(p, "MyJio", "Recharge")
        sicon(p, status)
        p.add("center", "Recharge successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([349, 399, 449, 859, 899]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["Paid to Reliance Jio Infocomm Ltd.", "Paid to Reliance Jio"])[8:]
        p.add("center", f"Paid to {name}", merchant=name)
        p.add("small", f"Jio Prepaid {dot} 9{digits(rng, 1)}XXXXXX{digits(rng, 2)} {dot} 2 GB/day, 84 days")
        p.add("rule")
        tid = f"BR000{code(rng, 7, ALNUM)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "www.dishtv.in/recharge/payment-status")
        p.part = "head"
        name = "Dish TV India Ltd"
        top(p, name, merchant=name)
        p.add("small", "Quick recharge")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Recharge failed", status=status)
        p.add("small", "The payment was declined by your bank. Your balance is unchanged.")
        p.add("gap")
        j.amount = float(rng.choice([299, 350, 480, 620]))
        oid = f"DTV{digits(rng, 11)}"
        dots(p, "VC No.", digits(rng, 11), at=0.36)
        dots(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        dots(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        dots(p, "Payment mode", f"Debit card {masked(rng, font)}", at=0.36, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Refresh",))
        band(p, (242, 110, 34))
        app_head(p, "IndianOil ONE", "Indane refill")
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        progress(p, rng.uniform(0.3, 0.6), AMBER)
        j.amount = float(rng.choice([1652.5, 1681.0, 1714.5, 1745.0]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to Indane", merchant="Indane")
        p.add("small", "19 kg commercial cylinder  |  Pratapgarh Gas Service")
        p.add("rule")
        oid = f"IOC{j.date:%y%m%d}{digits(rng, 7)}"
        kvr(p, "Order No.", oid, txn=(ORDER_RANK, oid))
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        dev(p, "जन स्वास्थ्य अभियांत्रिकी विभाग, राजस्थान", scale=0.95, bold=True)
        name = pick(p, "title", ["Public Health Engineering Department", "PHED, Rajasthan"])
        top(p, name, merchant=name)
        p.add("small", "Sub-Division Pratapgarh  |  Water bill")
        p.add("center", "BILL CUM RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(380, 2400, 1))
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        typed(p, f"Consumer No. : {digits(rng, 10)}")
        typed(p, f"Name         : {KARKHANA.upper()}")
        typed(
            p,
            f"Bill period  : {when(period.replace(day=1) - dt.timedelta(days=1), '%b-%y').upper()} TO {when(period, '%b-%y').upper()}",
        )
        typed(p, f"Due date     : {when(j.date + dt.timedelta(days=rng.randrange(3, 12)), '%d-%m-%Y')}")
        typed(p, f"Net payable  : {num(j.amount, 'indian', 0)}.00")
        p.add("gap")
        write(
            p,
            f"Recd. Rs. {num(j.amount, 'indian', 0)}/- cash, dt. {when(j.date, rng.choice(['{d}/%m/%Y', '%d.%m.%Y']))}",
            amount=j.amount,
            date=j.date,
            method="cash",
            status=status,
        )
        write(p, "cashier", align="r")
        rstamp(p, ["PHED PRATAPGARH", "PAID", "CASH COUNTER"], "violet", at=0.3, rows_=4)
        return p.done()
    if k == 5:
        p = mail_page(
            rng, font, "RailWire <billing@railwire.co.in>", ["Payment receipt", "Thank you for your payment"]
        )
        p.part = "head"
        name = "RailWire (RailTel Corporation of India Ltd)"
        shown = pick(p, "title", [name, "RailWire"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Subscriber, we have received your payment.", status=status)
        p.add("gap")
        j.amount = float(rng.choice([589.0, 708.0, 944.0, 1180.0]))
        rno = f"RW/{j.date:%y%m}/{digits(rng, 6)}"
        bref = f"{digits(rng, 12)}"
        grid(
            p,
            "rw",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Account ID", f"rw_{code(rng, 6, LOWER)}"], {}),
                (["Plan", "100 Mbps, 30 days, Thewa Mahal"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Paid on", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
                (["Payment mode", "Net Banking"], {"method": "netbanking"}),
                (["Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
            ],
            tint=(226, 236, 246),
        )
        p.add("small", "RailWire, a retail broadband of RailTel. Local partner: Pratapgarh Net.")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Share", "Done"))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "Broadband bill")
        z = zcard_open(p)
        sicon(p, status)
        p.add("center", "Bill Paid Successfully", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([799, 999, 1179, 1499]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Airtel Broadband"
        p.add("center", f"Paid to {name}", merchant=name)
        p.add("small", "Airtel Xstream Fiber  |  Thewa Mahal")
        p.add("rule")
        bcid = f"PP01{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        tid = f"T{j.date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 14)}"
        lab(p, "Bharat Connect ID")
        p.add("left", bcid, txn=(BANK_RANK, bcid))
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        p.pair("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        zcard_close(p, z)
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Done",))
    band(p, (228, 0, 40))
    app_head(p, "Airtel Thanks", "Postpaid")
    pill(p, "Payment successful", status)
    j.amount = float(rng.choice([399, 549, 699, 999]))
    name = "Airtel Postpaid"
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"paid for {name}", merchant=name)
    p.add("small", f"Just now {dot} UPI")
    p.add("rule")
    tid = f"ATL{digits(rng, 13)}"
    kvr(p, "Mobile", f"9{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
    kvr(p, "Bill", f"{when(j.date.replace(day=1) - dt.timedelta(days=1), '%B %Y')} bill")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid using", "UPI", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("ICICI Bank", "VM-ICICIT", "MEHTA FRAMES", "UPI", "sms"),
    ("Punjab National Bank", "BP-PNBSMS", "SHREE PACKAGING", "NEFT", "sms"),
    ("Bank of Baroda", "VK-BOBTXN", "MOHD SALIM", "UPI", "sms"),
    ("AU Small Finance Bank", "", "MEWAR BULLION HOUSE", "RTGS", "mail"),
    ("Union Bank of India", "AD-UNIONB", "GANESH TRANSPORT CO", "NEFT", "sms"),
    ("Rajasthan Marudhara Gramin Bank", "JM-RMGBNK", "HEMLATA SONI", "IMPS", "sms"),
    ("IDFC FIRST Bank", "", "LAKESIDE THALI HOUSE", "UPI", "watch"),
    ("Indian Overseas Bank", "", "LENS AND LIGHT STUDIO", "NEFT", "mail"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the house's payments: SMS in ICICI Bank's ("ICICI Bank Acct XX1234 debited for Rs
    x on <dd-Mon-yy>; <PAYEE> credited. UPI:<ref>. Call 18002662 for dispute."), Punjab National Bank's ("Your
    A/c XX1234 is debited INR x on <dd-mm-yyyy> by NEFT to <PAYEE>, UTR ... -PNB"), Bank of Baroda's failed
    ("Dear BOB UPI User: Your transaction of Rs.x to <PAYEE> on <dd-mm-yyyy> has failed. Ref No ..."), Union
    Bank's ("A/c *1234 Debited for Rs:x on <dd-mm-yyyy> by NEFT to <PAYEE> Avl Bal Rs:..."; no reference)
    and Rajasthan Marudhara Gramin Bank's pending ("Your IMPS of Rs.x to <PAYEE> on <dd/mm/yyyy> is under
    process. IMPS Ref ... -RMGB") wordings; AU Small Finance Bank's mail of an RTGS (its sentence and a card:
    Beneficiary, Amount, Transaction date, UTR); IDFC FIRST Bank's notification on a smartwatch's round face
    ("now"; "Rs.x debited from A/c XX1234 to <PAYEE> via UPI. Ref ..."; no day); Indian Overseas Bank's mail
    ("Your account XXXX1234 has been debited with INR x on <dd-Mon-yyyy> towards NEFT/<UTR>/<PAYEE>."). All
    new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
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
    if frame == "sms":
        if bank == "ICICI Bank":
            text = (
                f"ICICI Bank Acct XX{tail4} debited for Rs {amt} on {when(j.date, '%d-%b-%y')}; {to} credited. "
                f"UPI:{utr}. Call 18002662 for dispute. SMS BLOCK {tail4} to 9215676766"
            )
        elif bank == "Punjab National Bank":
            text = (
                f"Your A/c XX{tail4} is debited INR {amt} on {when(j.date, '%d-%m-%Y')} by NEFT to {to}, UTR {utr}. "
                "Not you? Call 18001802222 -PNB"
            )
        elif bank == "Bank of Baroda":
            text = (
                f"Dear BOB UPI User: Your transaction of Rs.{amt} to {to} on {when(j.date, '%d-%m-%Y')} has failed. "
                f"Ref No {utr}. If debited, the amount will be reversed. -Bank of Baroda"
            )
        elif bank == "Union Bank of India":
            text = (
                f"A/c *{tail4} Debited for Rs:{amt} on {when(j.date, '%d-%m-%Y')} by NEFT to {to} Avl Bal Rs:{bal} "
                "-Union Bank of India"
            )
        else:
            text = (
                f"Your IMPS of Rs.{amt} to {to} on {when(j.date, '%d/%m/%Y')} is under process. IMPS Ref {utr}. "
                "Please do not repeat the transaction. -RMGB"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail" and bank == "AU Small Finance Bank":
        p = mail_page(
            rng, font, "AU Small Finance Bank <alerts@aubank.in>", ["RTGS transaction alert", "Debit alert"]
        )
        p.part = "head"
        top(p, "AU Small Finance Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"RTGS of INR {amt} from your account XXXXXX{tail4} to {to} has been processed successfully.",
            **facts,
        )
        p.add("gap")
        c = card_open(p)
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "au", spec, "Beneficiary", to)
        cols(p, "au", spec, "Amount", f"INR {amt}")
        cols(p, "au", spec, "Transaction date", when(j.date, rng.choice(["%d-%b-%Y", "%d/%m/%Y"])))
        cols(p, "au", spec, "UTR", utr)
        card_close(p, c)
        p.add("gap")
        p.add("small", "Never share your OTP, PIN or password. AU Small Finance Bank Ltd.")
        return p.done()
    if frame == "watch":
        p = screen(rng, font, width=rng.choice([440, 460]), dark=True, size=rng.choice([18, 19]))
        watch(p)
        p.part = "body"
        for _ in range(3):
            p.add("gap")
        p.add("small", f"IDFC FIRST Bank {sign(font, chr(0x2022), '|')} now")
        text = f"Rs.{amt} debited from A/c XX{tail4} to {to} via UPI. Ref {utr}."
        p.add("center", text, **facts)
        p.add("gap")
        p.add("small", "Dismiss")
        return p.done()
    p = mail_page(
        rng, font, "Indian Overseas Bank <iobalerts@iob.in>", ["Transaction alert", "Account debited"]
    )
    p.part = "head"
    top(p, "Indian Overseas Bank")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    p.add(
        "left",
        f"Your account XXXX{tail4} has been debited with INR {amt} on {when(j.date, '%d-%b-%Y')} towards "
        f"NEFT/{utr}/{to}.",
        **facts,
    )
    p.add("left", f"Available balance: INR {bal}")
    p.add("gap")
    p.add("small", "This is a system generated alert. Please do not reply. Indian Overseas Bank.")
    return p.done()

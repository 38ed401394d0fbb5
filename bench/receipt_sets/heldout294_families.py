"""The twelve heldout294 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a tholu bommalata workshop's year of 2026 in Nimmalakunta, Sri Sathya Sai
district, Andhra Pradesh (Tholubomma Kala Kendram, Shri Sindhe Narasimhulu's proprietary firm, whose artisans
scrape goat hides till the lamp shows through them, punch them with chisels, paint them in vegetable and
mineral colours and join the figures with knotted pins: puppets of Hanuman, Krishna, Ravana's panel and the
clowns Ketigadu and Bangarakka, Rama and Sita hangings, lamp shades, peacock lamps, door hangings, wall
panels, bookmarks and coasters; its troupe, Sri Rama Tholubommalata Brundam, that plays the Ramayana's nights
behind a lit screen; its workshop, Charma Chitra Shala; its gallery on Chitravathi Road, Puttaparthi,
Tholubomma Gallery; stall 37 at Shilparamam's Sankranti crafts bazaar in Hyderabad; the web shop
tholubomma.in; buyers at home and puppet theatres and galleries abroad), told by the proofs of payment it
receives (buyers' JioFinance, POP, IOB Mobile, DBS digibank, SC Mobile and Ujjivan Mobile screens, IndusInd's
INDIE and ICICI Bank's InstaBIZ on the gallery's phone; Lepakshi, Gaatha, a hotel's Teams chat, Karur Vysya
Bank, Dynamics 365, Oracle for the Cottage, SIBerNet and a temple committee's Telugu voucher; Commerzbank,
Mizuho, George, PostFinance, KlikBCA, ASB, DNB and Chase; its own tax invoice, Wix mail, BillDesk page,
OkCredit, the troupe's advance receipt, Stripe, the Shilparamam cash memo and a Refrens receipt) and those it
makes (a hide dealer's Telugu account, Camlin Store, a bamboo depot, a paints centre, NimbusPost, APSRTC
Logistics, Tradeindia and a press's Vyapar invoice; TMB mPay, KVB DLite, CUB All in One, Dhanlaxmi Mobile, PSB
UnIC, SIB Mirror+, Mahamobile Plus and Andhra Pradesh Grameena Bank's passbook; a player's Telugu chit, Keka's
payslip, BHIM SBI Pay, KBL Mobile Plus, a master craftsman's honorarium receipt, Selfe, IndPay and a Sankranti
bonus voucher; CFMS, Dharmavaram Municipality, the Labour Department, Nimmalakunta Gram Panchayat, Passport
Seva, Puraseva, Shilparamam and IGRS; eight insurers; cards on the gallery's and the stall's terminals and at
a restaurant, a hotel, a book house, a tiffin centre and a packaging store; APSPDCL, AP State FiberNet, HP
Gas, a cable network, Hathway, d2h, Bharat Gas and ACT Fibernet; the banks' SMS, a Telugu SMS, a mail, an SMS
forwarded in a chat and a heads-up notification). Every row is added to heldout113's ``Screen`` with the facts
it prints and the truth is read back from the rows the page keeps. Headings, footers, Telugu lines (but a
bank's SMS in Telugu, whose figures and payee carry the facts, a numbered field's value and a Telugu hand's
sums and "received" or "paid"), items, bills, counts, rates, GST, TDS, charges, fees, tips, balances, wallet
balances, periods, months, pay periods, bill months, half years, invoice, bill, document and due days,
account, policy, proposal, consumer, service, USC, CAF, VC, customer, mobile, employee, vendor, supplier,
application, registration, licence, demand, assessment, house and stall numbers, ARNs, LR numbers, bills named
on an advice or a receipt, IFSC, SWIFT/BIC codes, UPI IDs, GSTIN, Udyam numbers, a Bank Ref. No. printed NA,
the chat's contact and hours, the app under a notification, puppet panels, punched strips, outcome octagons,
progress bars, tiles, notices, stamps, signatures, soot and goat hides carry no fact. ``Job`` is heldout167's;
``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's;
``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's; ``paper`` and
``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and
``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's;
heldout269's rows (``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``sms_page``, a tinted outcome band, tick
boxes, a fixed-width mail's lines, a round stamp, a roll's torn edges), heldout271's (``grid``, ``gkv``,
``colkv``, ``dots``, ``tt``, filled-in and hand-written lines, rounded cards, a passbook printer's lines, a
rectangular stamp), heldout273's (``hcells``, ``ledger``, ``bubble``, ``avatar``, ``field``, ``panel``,
``pill``, a pen's tick), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``), heldout279's (``phone``,
``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, ``spinner``, ``redno``) and heldout287's
(``notice``, ``oval``, ``tiles2``, ``vlab``, ``copyrow``, ``vname``), written in this set's pens and printers'
faces. ``compose`` is heldout158's (as heldout269's to heldout293's), each page's rows drawn by heldout289's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: Telugu lines in Noto Sans and Noto Serif Telugu shaped by Raqm, as a name over its English, a heading
and a bank's SMS; a Telugu hand's lines and sums; an Andhra form's numbered fields (the number in a ring, the
Telugu name over its English, the value on a dotted line); a tholu bommalata figure on its lit hide as a
letterhead's emblem; a punched leather strip as a divider; an outcome's octagon; a payment's progress bar; a
chat's Forwarded mark; the soot of the show's lamps; a heads-up notification's veil over the app under it;
and, after the frame, the goat hide a page is photographed lying on. The pages' layouts and wordings are this
set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
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
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv, grid, tt
from bench.receipt_sets.heldout273_families import avatar, bubble, field, hcells, ledger, panel, pill
from bench.receipt_sets.heldout273_families import tick as pen_tick
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sig, sicon
from bench.receipt_sets.heldout279_families import (
    app_head,
    at_hour,
    band,
    clip,
    phone,
    pick,
    redno,
    spinner,
    two_up,
)
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab, vname

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
# Telugu in Noto Sans Telugu and Noto Serif Telugu (fonts-noto-core), shaped by Raqm
TELUGU = "noto/NotoSansTelugu-Regular.ttf"
TELUGU_BOLD = "noto/NotoSansTelugu-Bold.ttf"
TELUGU_SERIF = "noto/NotoSerifTelugu-Regular.ttf"
TELUGU_SERIF_BOLD = "noto/NotoSerifTelugu-Bold.ttf"
# the upright Latin face a Telugu hand writes its figures and capitals in
HAND_LATIN = "noto/NotoSans-Regular.ttf"
# the hands that write on this set's papers: italics in another mix than heldout292's and heldout293's
PENS = [
    "liberation/LiberationSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "liberation2/LiberationSans-Italic.ttf",
]
INKS = [(24, 36, 130), (30, 30, 80), (60, 36, 30), (12, 70, 100), (100, 20, 50)]
# the faces a page's fixed-width lines are printed in (a branch's passbook printer, a typist's machine)
TYPES = [
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# a tholu bommalata's colours: the goat hide scraped thin till the lamp shows through it, and the vegetable
# and mineral paints laid on it (a vermilion, a leaf green, a turmeric yellow, an indigo, a lamp black)
HIDE = [(236, 196, 132), (228, 184, 118), (242, 206, 150)]
GLOW = (255, 238, 196)
PAINTS = [(196, 48, 30), (46, 124, 70), (226, 168, 34), (44, 64, 132), (40, 26, 20)]
STICK = (92, 64, 36)

# ---------------------------------------------------------------- the firm

FIRM = "Tholubomma Kala Kendram"
FIRM_CAPS = FIRM.upper()
FIRM_TE = "తోలుబొమ్మ కళా కేంద్రం"
# the proprietor's account as a bank's field cuts it
CUT = "SINDHE NARASIMHULU PROP TH"
SHOP = "Tholubomma Gallery"
SHOP_CAPS = SHOP.upper()
SHOP_TE = "తోలుబొమ్మ గ్యాలరీ"
TROUPE = "Sri Rama Tholubommalata Brundam"
TROUPE_TE = "శ్రీ రామ తోలుబొమ్మలాట బృందం"
SHALA = "Charma Chitra Shala"
SHALA_TE = "చర్మ చిత్ర శాల"
WEB = "tholubomma.in"
GSTIN = "37BXNPS4826L1Z7"
UDYAM = "UDYAM-AP-26-0048217"
PROP = "Sindhe Narasimhulu"
KEEPER = "Sindhe Hemalatha"
SON = "Sindhe Ravi Kumar"
ADDRESS = "Charma Chitra Shala, Nimmalakunta, Dharmavaram Mandal, Sri Sathya Sai District - 515671"
TOWN = "Nimmalakunta, Dharmavaram - 515671"
SHOP_AT = "Chitravathi Road, Puttaparthi - 515134"
STALL = "Stall 37, Crafts Bazaar, Shilparamam, Madhapur, Hyderabad"
# Shilparamam's Sankranti crafts fair at Madhapur, Hyderabad, 9 to 18 January 2026 (stall 37)
FAIR = dt.date(2026, 1, 9)
# Sankranti (Bhogi, Sankranti, Kanuma) from 13 January 2026: the bonus is paid in the week before it
SANKRANTI = dt.date(2026, 1, 14)
IFSC = {
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "Andhra Pradesh Grameena Bank": "APGV",
    "Union Bank of India": "UBIN",
    "Karur Vysya Bank": "KVBL",
    "City Union Bank": "CIUB",
    "South Indian Bank": "SIBL",
    "Punjab & Sind Bank": "PSIB",
    "Bank of Maharashtra": "MAHB",
    "AU Small Finance Bank": "AUBL",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Bank of Baroda": "BARB",
    "Indian Bank": "IDIB",
    "Karnataka Bank": "KARB",
    "UCO Bank": "UCBA",
    "RBL Bank": "RATN",
    "Equitas Small Finance Bank": "ESFB",
}
# the firm's leather: name, HSN, price each (low, high)
CRAFT = [
    ("Hanuman puppet, goat leather, 4 ft, jointed", "4205", 6500, 14000),
    ("Ravana panel, ten heads, 3 x 2 ft", "4205", 8500, 18000),
    ("Rama and Sita wall hanging, 2 ft", "4205", 3200, 6800),
    ("Leather lamp shade, painted, 12 in", "9405", 1400, 2800),
    ("Leather lamp shade, tall, 18 in", "9405", 2200, 4200),
    ("Ganesha wall panel, 18 in", "4205", 1800, 3600),
    ("Krishna with flute, puppet, 3 ft", "4205", 4800, 9500),
    ("Ketigadu and Bangarakka, clown pair", "4205", 2400, 4600),
    ("Door hanging (toranam), leather, 4 ft", "4205", 1600, 3200),
    ("Bookmarks, painted leather, set of 6", "4205", 300, 600),
    ("Coasters, painted leather, set of 4", "4205", 350, 700),
    ("Peacock lamp, leather, 16 in", "9405", 2600, 5200),
]
# the short names the stall's memo and a roll write
SHORT_NAMES = {
    "Leather lamp shade, painted, 12 in": "Lamp shade 12in",
    "Leather lamp shade, tall, 18 in": "Lamp shade 18in",
    "Ganesha wall panel, 18 in": "Ganesha panel",
    "Ketigadu and Bangarakka, clown pair": "Ketigadu pair",
    "Door hanging (toranam), leather, 4 ft": "Toranam",
    "Bookmarks, painted leather, set of 6": "Bookmarks (6)",
    "Coasters, painted leather, set of 4": "Coasters (4)",
    "Peacock lamp, leather, 16 in": "Peacock lamp",
    "Rama and Sita wall hanging, 2 ft": "Rama Sita hanging",
}
CUSTOMERS = [
    "Mrs. Padmavathi Reddy",
    "Mr. Srinivas Rao Kota",
    "Dr. Kavitha Nair",
    "Ms. Harika Chowdary",
    "Mr. Vikram Raju",
    "Mrs. Anuradha Sastry",
    "Ms. Meera Krishnan",
]
# the artisans of Nimmalakunta who scrape, punch, paint and join the puppets at Charma Chitra Shala
ARTISANS = [
    "Dalavai Anjaneyulu",
    "Sindhe Gangamma",
    "Dalavai Pedda Ramudu",
    "Sindhe Lakshmidevi",
    "Dalavai Obulesu",
    "Sindhe Narayanamma",
    "Dalavai Chinna Venkatesu",
    "Sindhe Sreeramulu",
]
ARTISANS_TE = {
    "Dalavai Anjaneyulu": "దళవాయి ఆంజనేయులు",
    "Sindhe Gangamma": "సింధే గంగమ్మ",
    "Dalavai Pedda Ramudu": "దళవాయి పెద్ద రాముడు",
    "Sindhe Lakshmidevi": "సింధే లక్ష్మీదేవి",
    "Dalavai Obulesu": "దళవాయి ఓబులేసు",
    "Sindhe Narayanamma": "సింధే నారాయణమ్మ",
    "Dalavai Chinna Venkatesu": "దళవాయి చిన్న వెంకటేసు",
    "Sindhe Sreeramulu": "సింధే శ్రీరాములు",
}
# the troupe's players and singers, paid by the night
PLAYERS = [
    ("Bommala Hanumanthu", "mridangam", "మృదంగం"),
    ("Sindhe Kullayappa", "harmonium", "హార్మోనియం"),
    ("Dalavai Ramakka", "the songs", "పాటలు"),
    ("Sindhe Pedda Yellappa", "the tala", "తాళం"),
]
STAFF = ["Lavanya Bommisetty", "Naveen Kumar Gutti"]


def craft(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's leather sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(CRAFT) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = CRAFT[i]
        q = rng.randrange(1, 5) if hi < 3000 else 1
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 50))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the fair's, the festival's), its UPI / card reference made again for it."""
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


def gstin_of(rng: random.Random, state: str = "37", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def bare_words(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def split_sum(rng: random.Random, whole: float, n: int) -> list[float]:
    """``whole`` in ``n`` uneven parts to the rupee (the last takes the paise) that add up to it."""
    if n == 1:
        return [whole]
    cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
    shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], whole
    for share in shares[:-1]:
        v = float(round(whole * share))
        out.append(v)
        left = round(left - v, 2)
    return [*out, left]


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h294", {"marks": {}, "decor": [], "frame": None, "veil": None})


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


def typed(p: Screen, text: str, *, scale: float = 0.88, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    typeface(p)
    tt(p, text, scale=scale, **facts)


def lines_of(p: Screen, text: str, scale: float = 1.0, share: float = 1.0, font: str = "") -> list[str]:
    face = load_font(font or p.font, int(p.style["size"] * scale))
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
    h269.kind(p, "lab94", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab94"] = 0.76
    h269.row(p, "lab94", text, **facts)


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def fits_left(p: Screen, text: str, scale: float = 1.0, font: str = "") -> bool:
    return load_font(font or p.font, int(p.style["size"] * scale)).getlength(text) <= room_of(p)


# ---------------------------------------------------------------- Telugu


def is_te(ch: str) -> bool:
    return "\u0c00" <= ch <= "\u0c7f" or ch in "\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Telugu and of other letters: a space stays with the run it follows."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        t = is_te(ch)
        if ch == " " and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


# Noto's Telugu letters stand taller and hang lower than a Latin face's: set at this share of the size
TSCALE = 0.92


def tface(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return TELUGU_SERIF_BOLD if bold else TELUGU_SERIF
    return TELUGU_BOLD if bold else TELUGU


def _tfont(t: bool, latin: str, size: int, bold: bool, serif: bool):
    if t:
        return load_font(tface(bold, serif), int(size * TSCALE))
    return load_font(bold_of(latin) if bold else latin, size)


def twidth(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    return sum(_tfont(t, latin, size, bold, serif).getlength(part) for t, part in runs(text))


def tok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for t, part in runs(text):
        face = tface(bold, serif) if t else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_t(draw, xy, text: str, latin: str, size: int, fill_, *, bold: bool = False, serif: bool = False):
    """A line of Telugu and Latin runs on one baseline (``xy`` the left end and the top of the Latin face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for t, part in runs(text):
        face = _tfont(t, latin, size, bold, serif)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def tline(
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
    """A line in Telugu (a name over its English, a heading, a bank's message), its Latin runs and figures in
    the page's face."""
    size = int(p.style["size"] * scale)
    assert tok(text, p.font, bold=bold, serif=serif), (p.font, text)
    assert twidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t94tl", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def twrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Telugu sentence set left in as many lines as it needs (the facts on its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and twidth(f"{line} {word}", p.font, size) > room:
            tline(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    tline(p, line, scale=scale, align="l", **(facts if first else {}))


def thand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.25, **facts) -> None:
    """A line written by hand in Telugu: Noto Serif Telugu for its letters and an upright Latin face for its
    figures and capitals, leaning as a hand leans, in the page's ink; ``figure`` written at the right end of
    the line (a sum in a book's column)."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert tok(text + figure, HAND_LATIN, serif=True), text
    need = twidth(text, HAND_LATIN, size, serif=True) + size * 0.5
    if figure:
        need += twidth(figure, HAND_LATIN, size, serif=True) + size * 1.4
    assert need <= room_of(p), (text, figure)
    put(p, "t94th", text, figure, mark_=[align, scale], **facts)


def tnum(
    p: Screen, n: int, telugu: str, english: str, value: str, *, at: float = 0.42, pen: bool = True, **facts
) -> None:
    """A numbered field of an Andhra form: its number in a small ring at the left, the Telugu name in bold
    with its English small under it, a colon at ``at`` of the room and the value after it on a dotted line
    (written by hand where ``pen``, else printed); two lines high."""
    size = p.style["size"]
    room = room_of(p)
    assert tok(telugu, p.font, bold=True) and glyphs(p.font, english), (telugu, english)
    lw = max(
        twidth(telugu, p.font, int(size * 0.92), bold=True),
        load_font(p.font, int(size * 0.7)).getlength(english),
    )
    assert size * 1.5 + lw + 10 <= at * room, (telugu, english)
    vfont = hand_pen(p) if pen else bold_of(p.font)
    assert glyphs(vfont, value), (vfont, value)
    vface = load_font(vfont, int(size * (1.06 if pen else 0.98)))
    assert vface.getlength(value) + 18 <= (1 - at) * room, (value, vface.getlength(value))
    put(p, "t94nf", str(n), telugu, english, value, mark_=[at, pen], **facts)
    p.add("gap")


# ---------------------------------------------------------------- this set's rows and marks


def puppet(p: Screen) -> None:
    """A tholu bommalata figure as a letterhead's emblem: the goat hide scraped thin and lit from behind in a
    rounded panel, a figure in profile painted on it (its tall crown, the big almond eye, a necklace of
    punched dots, a pleated lower cloth, one arm jointed at the shoulder and the elbow with knotted pins), the
    rows of holes the chisel punched along its edges letting the lamp through, and the bamboo sticks that
    work it; centred, four lines high."""
    put(p, "t94pp", "", mark_=[p.rng.randrange(len(HIDE)), p.rng.randrange(10**6)])
    for _ in range(3):
        p.add("gap")


def punchwork(p: Screen) -> None:
    """A strip of painted leather as a divider across the page: its edges drawn in the lamp black, a row of
    holes, crescents and diamonds punched along it between two painted rules; one line high."""
    put(p, "t94pw", "", mark_=[p.rng.randrange(len(HIDE)), p.rng.randrange(10**6)])


def octa(p: Screen, status: str) -> None:
    """The outcome in an octagon (a signboard's eight sides) in a pale tint of its colour with its rim in the
    colour: a tick, a cross or three dots of a wait inside; centred, three lines high."""
    put(p, "t94oc", "", mark_=[status])
    p.add("gap")
    p.add("gap")


def progress(p: Screen, share: float, status: str) -> None:
    """A payment's progress as a bar across the page: a rounded grey track, the share done filled in the
    outcome's colour, the filled end rounded; one line high."""
    put(p, "t94pb", "", mark_=[share, status])


def banner_veil(p: Screen, start: int) -> None:
    """The app under a heads-up notification: the rows from ``start`` to the page's foot dimmed under a grey
    veil (drawn once the page is done)."""
    ext(p)["veil"] = start


def fwd(p: Screen, text: str = "Forwarded") -> None:
    """A chat's "Forwarded" mark over a bubble's text: a small curved arrow and the word in the label's ink,
    in italics."""
    assert glyphs(p.font, text)
    put(p, "t94fw", text)


def hide_frame(p: Screen) -> None:
    """The page photographed lying on a goat hide scraped for puppets: the hide's uneven outline with its
    four legs' lobes, its amber translucence mottled and darker at the edges, on a worn wooden bench."""
    ext(p)["frame"] = ["hide", p.rng.randrange(len(HIDE)), p.rng.randrange(10**6)]


def lamp_smoke(p: Screen) -> None:
    """The soot of the show's castor oil lamps on the paper: a few grey smudges in the margins (the page kept
    in the troupe's box)."""
    ext(p)["decor"].append(["smoke", p.rng.randrange(10**6)])


# ---------------------------------------------------------------- drawing


def _tint(colour, paper_, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, paper_, share)


def _lit(colour, share: float = 0.3) -> tuple[int, int, int]:
    """A paint on the hide as the lamp shows it through: lighter by ``share`` towards the glow."""
    return _tint(colour, GLOW, 1 - share)


def _holes(draw, pts, r: float, rim) -> None:
    """Punched holes: small discs of the lamp's glow with a dark rim."""
    for px, py in pts:
        draw.ellipse((px - r, py - r, px + r, py + r), fill=GLOW, outline=rim)


def _puppet(draw, cx: float, cy: float, w: float, h: float, hide_i: int, seed: int) -> None:
    """The lit panel and the figure on it (drawn in units of a hundredth of the panel's height, the figure
    standing on the panel's foot and facing right)."""
    srng = random.Random(seed)
    hide = HIDE[hide_i]
    black = PAINTS[4]
    x0, y0, x1, y1 = cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
    draw.rounded_rectangle((x0, y0, x1, y1), radius=h * 0.1, fill=(74, 50, 32))
    for k in range(12):
        t = k / 11
        inset = 4 + k * min(w, h) * 0.035
        draw.rounded_rectangle(
            (x0 + inset, y0 + inset * 0.7, x1 - inset, y1 - inset * 0.7),
            radius=max(2, h * 0.1 - inset * 0.4),
            fill=_tint(GLOW, hide, 0.35 + 0.65 * t),
        )
    u = h / 120
    body, cloth = srng.sample([PAINTS[0], PAINTS[1], PAINTS[3], (210, 150, 40)], 2)
    skin = _lit(srng.choice([PAINTS[1], PAINTS[3], (214, 150, 60)]), 0.25)
    fx, fy = cx - 4 * u, y1 - 8 * u

    def at(x: float, y: float) -> tuple[float, float]:
        return fx + x * u, fy - y * u

    def poly(pts, fill_, width_: int = 1) -> None:
        draw.polygon([at(*q) for q in pts], fill=fill_, outline=black)
        if width_ > 1:
            draw.line([at(*q) for q in [*pts, pts[0]]], fill=black, width=width_)

    # the sticks that work it: the main one to the waist, a thin one to the raised hand
    draw.line((*at(1, 40), *at(-6, -8)), fill=STICK, width=max(2, int(u * 2.4)))
    draw.line((*at(27, 67), *at(40, -8)), fill=STICK, width=max(1, int(u * 1.4)))
    # legs and feet
    for sx, ex in ((-6, -5), (6, 5)):
        draw.line((*at(sx, 22), *at(ex, 2)), fill=_lit(hide, 0.1), width=max(2, int(u * 3)))
        draw.ellipse((*at(ex - 2, 4), *at(ex + 5, 0)), fill=_lit(hide, 0.15), outline=black)
    # the back arm hanging, the lower cloth, the torso
    draw.line((*at(-8, 63), *at(-13, 47)), fill=skin, width=max(3, int(u * 4)))
    poly([(-15, 20), (15, 20), (10, 45), (-10, 45)], _lit(cloth, 0.3))
    for px in (-9, -3, 3, 9):
        draw.line((*at(px * 0.9, 44), *at(px * 1.3, 21)), fill=black, width=1)
    _holes(draw, [at(-13 + 2.6 * n, 22.5) for n in range(11)], max(1.0, u * 0.9), black)
    poly([(-9, 45), (9, 45), (12, 66), (-11, 66)], _lit(body, 0.3))
    _holes(draw, [at(-6 + 2.2 * n, 62 - abs(n - 3) * 0.8) for n in range(7)], max(1.0, u * 0.9), PAINTS[2])
    # the neck, the head in profile, its almond eye, the ear's ring
    draw.rectangle((*at(-2, 71), *at(4, 65)), fill=skin)
    draw.ellipse((*at(-5, 85), *at(9, 68)), fill=skin, outline=black)
    draw.polygon([at(8.5, 78), at(11.5, 75), at(8.5, 73.5)], fill=skin, outline=black)
    draw.ellipse((*at(2.5, 79), *at(7.5, 76)), fill=(250, 246, 236), outline=black)
    draw.ellipse((*at(4.4, 78.4), *at(6.2, 76.6)), fill=black)
    draw.ellipse((*at(-3.5, 77), *at(-0.5, 74)), outline=PAINTS[0], width=max(1, int(u)))
    # the crown: a tall spire in turmeric with vermilion bands, punched along its sides, a knob on top
    crown = [(-6, 83), (10, 83), (7, 91), (4, 101), (2, 105), (0, 101), (-3, 91)]
    poly(crown, _lit(PAINTS[2], 0.2))
    for yy in (87, 93, 98):
        draw.line(
            (*at(-4 + (yy - 83) * 0.25, yy), *at(8 - (yy - 83) * 0.3, yy)),
            fill=PAINTS[0],
            width=max(1, int(u)),
        )
    _holes(draw, [at(-4.5 + n * 0.55, 85 + n * 2.2) for n in range(7)], max(0.8, u * 0.7), black)
    draw.ellipse((*at(0.5, 108), *at(3.5, 105)), fill=PAINTS[0], outline=black)
    # the front arm raised, jointed at the shoulder and the elbow with knotted pins
    draw.line((*at(8, 63), *at(18, 54)), fill=skin, width=max(3, int(u * 4)))
    draw.line((*at(18, 54), *at(27, 67)), fill=skin, width=max(3, int(u * 3.5)))
    for jx, jy in ((8, 63), (18, 54)):
        r = max(1.6, u * 1.6)
        px, py = at(jx, jy)
        draw.ellipse((px - r, py - r, px + r, py + r), fill=black)
        draw.ellipse((px - r * 0.4, py - r * 0.4, px + r * 0.4, py + r * 0.4), fill=GLOW)
    draw.ellipse((*at(25, 70), *at(30, 65)), fill=skin, outline=black)
    # a bow in the raised hand or a mace over the shoulder
    if srng.random() < 0.5:
        bx, by = at(28, 67)
        draw.arc(
            (bx - 5 * u, by - 26 * u, bx + 9 * u, by + 26 * u),
            270,
            90,
            fill=black,
            width=max(1, int(u * 1.4)),
        )
        draw.line((bx + 2 * u, by - 25 * u, bx + 2 * u, by + 25 * u), fill=_tint(black, GLOW, 0.5), width=1)
    else:
        draw.line((*at(27, 67), *at(14, 92)), fill=black, width=max(2, int(u * 1.8)))
        draw.ellipse((*at(10, 97), *at(17, 89)), fill=_lit(PAINTS[2], 0.2), outline=black)


def _punch(draw, x0: float, x1: float, y0: float, y1: float, hide_i: int, seed: int) -> None:
    """The strip: the hide's band, its black edges and vermilion rules, holes, crescents and diamonds."""
    srng = random.Random(seed)
    hide = HIDE[hide_i]
    black = PAINTS[4]
    red = PAINTS[0]
    draw.rectangle((x0, y0, x1, y1), fill=_lit(hide, 0.05))
    draw.rectangle((x0, y0, x1, y0 + 2), fill=black)
    draw.rectangle((x0, y1 - 2, x1, y1), fill=black)
    hh = y1 - y0
    draw.line((x0, y0 + hh * 0.2, x1, y0 + hh * 0.2), fill=red, width=1)
    draw.line((x0, y1 - hh * 0.2, x1, y1 - hh * 0.2), fill=red, width=1)
    unit = hh * 1.25
    n = max(4, int((x1 - x0) // unit))
    each = (x1 - x0) / n
    mid = (y0 + y1) / 2
    second = srng.choice([PAINTS[1], PAINTS[3], black])
    for k in range(n):
        cx = x0 + each * (k + 0.5)
        r = hh * 0.13
        draw.ellipse((cx - r, mid - r, cx + r, mid + r), fill=GLOW, outline=black)
        for side in (-1, 1):
            ax = cx + side * each * 0.28
            draw.arc(
                (ax - r * 1.4, mid - r * 1.4, ax + r * 1.4, mid + r * 1.4),
                90 - side * 90 - 70,
                90 - side * 90 + 70,
                fill=black,
                width=1,
            )
        dx = x0 + each * (k + 1)
        if k < n - 1:
            d = hh * 0.2
            draw.polygon(
                [(dx, mid - d), (dx + d * 0.6, mid), (dx, mid + d), (dx - d * 0.6, mid)],
                fill=red if k % 2 else second,
            )


def _octa(draw, cx: float, cy: float, r: float, status: str, paper_) -> None:
    colour = TONE[status]
    pts = [
        (cx + r * math.cos(math.radians(22.5 + 45 * k)), cy + r * math.sin(math.radians(22.5 + 45 * k)))
        for k in range(8)
    ]
    draw.polygon(pts, fill=_tint(colour, paper_, 0.14))
    w = max(3, int(r / 8))
    draw.line([*pts, pts[0]], fill=colour, width=w, joint="curve")
    if status == "success":
        draw.line(
            (cx - r * 0.4, cy + r * 0.02, cx - r * 0.1, cy + r * 0.32, cx + r * 0.44, cy - r * 0.3),
            fill=colour,
            width=w + 1,
            joint="curve",
        )
    elif status == "failed":
        d = r * 0.34
        draw.line((cx - d, cy - d, cx + d, cy + d), fill=colour, width=w + 1)
        draw.line((cx - d, cy + d, cx + d, cy - d), fill=colour, width=w + 1)
    else:
        for k in (-1, 0, 1):
            dr = r * 0.1
            draw.ellipse((cx + k * r * 0.34 - dr, cy - dr, cx + k * r * 0.34 + dr, cy + dr), fill=colour)


def _smoke(page: Image.Image, seed: int) -> Image.Image:
    """Grey smudges of lamp soot in the margins, multiplied in."""
    srng = random.Random(seed)
    w, h = page.size
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    for _ in range(srng.randrange(2, 4)):
        fx = srng.choice([srng.uniform(6, MARGIN - 12), srng.uniform(w - MARGIN + 12, w - 6)])
        fy = srng.uniform(30, h - 40)
        for _ in range(8):
            r = srng.uniform(3, 8)
            ox, oy = srng.uniform(-5, 5), srng.uniform(-14, 14)
            tone = srng.choice([(200, 196, 190), (214, 210, 204), (188, 184, 178)])
            ld.ellipse((fx + ox - r * 1.2, fy + oy - r, fx + ox + r * 1.2, fy + oy + r), fill=tone)
    layer = layer.filter(ImageFilter.GaussianBlur(2.6))
    return ImageChops.multiply(page, layer)


def _hand_line(page: Image.Image, text: str, x: float, y: float, size: int, ink, line: int) -> Image.Image:
    """Telugu and Latin runs written by hand: drawn upright on a mask, leant by a shear, pasted in the ink."""
    tw = twidth(text, HAND_LATIN, size, serif=True)
    lw, lh = int(tw + size * 1.2), int(line * 2.0)
    layer = Image.new("L", (lw, lh), 0)
    draw_t(ImageDraw.Draw(layer), (size * 0.3, lh * 0.2), text, HAND_LATIN, size, 255, serif=True)
    layer = layer.transform(
        (lw, lh), Image.AFFINE, (1, 0.2, -0.2 * lh * 0.55, 0, 1, 0), resample=Image.BICUBIC
    )
    page.paste(Image.new("RGB", layer.size, ink), (int(x - size * 0.3), int(y - lh * 0.28)), layer)
    return page


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Telugu lines, a Telugu hand, an Andhra form's numbered
    fields, a tholu bommalata figure as an emblem, a punched strip as a divider, an outcome's octagon, a
    progress bar, a chat's Forwarded mark, the soot of the show's lamps and a heads-up notification's veil."""
    page = h289._render(rows, font, style)
    x = style.get("h294")
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
    pen_ink = tuple(x1.get("pen_ink", (30, 40, 120)))
    marks = x["marks"]
    decor = {d[0]: d for d in x["decor"]}
    if "smoke" in decor:
        page = _smoke(page, decor["smoke"][1])
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t94"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t94tl":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = twidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_t(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t94th":
            align, scale = m
            s = int(size * scale)
            fx = width - MARGIN
            if r[2]:
                fw = twidth(r[2], HAND_LATIN, s, serif=True)
                fx = width - MARGIN - fw - s * 0.3
                page = _hand_line(page, r[2], fx, y, s, pen_ink, line)
            if r[1]:
                tw = twidth(r[1], HAND_LATIN, s, serif=True)
                tx = {"c": (width - tw) / 2, "l": MARGIN + 4, "r": fx - tw - s * 0.6}[align]
                page = _hand_line(page, r[1], tx, y, s, pen_ink, line)
            draw = ImageDraw.Draw(page)
        elif name == "t94nf":
            at_, by_pen = m
            rr = size * 0.52
            cx, cy = MARGIN + rr + 1, top_y + line * 0.62
            draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=soft, width=1)
            draw.text((cx, cy), r[1], font=load_font(font, int(size * 0.62)), fill=soft, anchor="mm")
            lx = MARGIN + size * 1.5
            draw_t(draw, (lx, top_y + line * 0.08), r[2], font, int(size * 0.92), ink, bold=True)
            draw.text((lx, top_y + line * 0.98), r[3], font=load_font(font, int(size * 0.7)), fill=soft)
            ax = MARGIN + at_ * room
            face = load_font(font, size)
            draw.text((ax - face.getlength(":") - 4, top_y + line * 0.42), ":", font=face, fill=ink)
            base = top_y + line * 1.34
            for xx in range(int(ax + 6), int(width - MARGIN), 6):
                draw.line((xx, base, xx + 2, base), fill=_tint(soft, paper_, 0.6), width=1)
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.06))
                draw.text((ax + 12, base - 3), r[4], font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(bold_of(font), int(size * 0.98))
                draw.text((ax + 12, base - 4), r[4], font=vface, fill=ink, anchor="ls")
        elif name == "t94pp":
            hide_i, seed = m
            ph = line * 3.7
            _puppet(draw, width / 2, top_y + ph / 2 + 2, ph * 1.25, ph, hide_i, seed)
        elif name == "t94pw":
            hide_i, seed = m
            _punch(draw, MARGIN, width - MARGIN, top_y + line * 0.14, top_y + line * 0.9, hide_i, seed)
        elif name == "t94oc":
            (status,) = m
            _octa(draw, width / 2, top_y + line * 1.5, line * 1.2, status, paper_)
        elif name == "t94pb":
            share, status = m
            yy = top_y + line * 0.5
            hh = max(6, line * 0.3)
            draw.rounded_rectangle(
                (MARGIN, yy - hh / 2, width - MARGIN, yy + hh / 2),
                radius=hh / 2,
                fill=_tint(soft, paper_, 0.18),
            )
            draw.rounded_rectangle(
                (MARGIN, yy - hh / 2, MARGIN + room * share, yy + hh / 2), radius=hh / 2, fill=TONE[status]
            )
        elif name == "t94fw":
            s = int(size * 0.78)
            ax, ay = MARGIN + 4, top_y + line * 0.55
            draw.arc((ax, ay - s * 0.2, ax + s * 0.9, ay + s * 0.6), 180, 300, fill=soft, width=2)
            tip = (ax + s * 0.72, ay - s * 0.12)
            draw.polygon(
                [tip, (tip[0] - s * 0.3, tip[1] - s * 0.22), (tip[0] - s * 0.12, tip[1] + s * 0.28)],
                fill=soft,
            )
            draw.text((ax + s * 1.3, y + size * 0.1), r[1], font=load_font(font, s), fill=soft)
    if x.get("veil") is not None:
        start = x["veil"]
        y0 = tops[start] - lift if start < len(tops) else page.size[1]
        veil = Image.new("RGBA", page.size, (0, 0, 0, 0))
        ImageDraw.Draw(veil).rectangle((0, y0, page.size[0], page.size[1]), fill=(40, 40, 46, 120))
        page = Image.alpha_composite(page.convert("RGBA"), veil).convert("RGB")
    return page


def _hide(image: Image.Image, hide_i: int, seed: int) -> Image.Image:
    """The page on a scraped goat hide on a wooden bench: its outline, its legs' lobes, its mottling."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 96
    bw, bh = w + 2 * pad, h + 2 * pad
    wood = srng.choice([(104, 70, 44), (92, 62, 40), (116, 80, 50)])
    base = Image.new("RGB", (bw, bh), wood)
    bd = ImageDraw.Draw(base)
    yy = 0.0
    while yy < bh:
        tone = _tint((60, 38, 24), wood, srng.uniform(0.15, 0.5))
        bd.line((0, yy, bw, yy + srng.uniform(-6, 6)), fill=tone, width=srng.choice([1, 1, 2]))
        yy += srng.uniform(5, 13)
    hide = HIDE[hide_i]
    cx, cy = bw / 2, bh / 2
    rx, ry = w / 2 + pad * 0.78, h / 2 + pad * 0.7
    pts = []
    for k in range(96):
        a = 2 * math.pi * k / 96
        ca, sa = math.cos(a), math.sin(a)
        # a rounded rectangle's outline (a superellipse), a lobe at each corner for the legs
        e = 4.0
        r0 = (abs(ca) ** e + abs(sa) ** e) ** (-1 / e)
        lobe = 1 + 0.1 * max(0.0, math.cos(4 * (a - math.pi / 4))) ** 6
        wob = 1 + srng.uniform(-0.025, 0.025)
        pts.append((cx + rx * r0 * ca * lobe * wob, cy + ry * r0 * sa * lobe * wob))
    mask = Image.new("L", base.size, 0)
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    skin = Image.new("RGB", base.size, hide)
    sd = ImageDraw.Draw(skin)
    for _ in range(60):
        mx, my = srng.uniform(0, bw), srng.uniform(0, bh)
        r = srng.uniform(8, 40)
        sd.ellipse(
            (mx - r, my - r * 0.7, mx + r, my + r * 0.7),
            fill=_tint(srng.choice([(255, 236, 200), (190, 140, 80)]), hide, srng.uniform(0.15, 0.35)),
        )
    sd.line([*pts, pts[0]], fill=_tint((150, 100, 50), hide, 0.8), width=14)
    skin = skin.filter(ImageFilter.GaussianBlur(5))
    base = Image.composite(skin, base, mask)
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 7, pad + 9, pad + w + 7, pad + h + 9), fill=110)
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    base = Image.composite(Image.new("RGB", base.size, (70, 44, 24)), base, shadow)
    base.paste(image, (pad, pad))
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout293's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the goat hide a page is photographed lying on."""
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
    f = (style.get("h294") or {}).get("frame")
    if f and f[0] == "hide":
        image = _hide(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [TELUGU, TELUGU_BOLD, TELUGU_SERIF, TELUGU_SERIF_BOLD, HAND_LATIN, *PENS, *TYPES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout294 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the gallery's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS]
VPAS = [
    "tholubommagallery@cnrb",
    "tholubomma@okaxis",
    "Q517240983@ybl",
    "narasimhulu.sindhe@apgb",
    "tholubommakala@ibl",
]
BUYERS = [
    ("Padmavathi Reddy", "padmareddy@okhdfcbank", "HDFC Bank"),
    ("Srinivas Rao Kota", "kotasrinivas@oksbi", "State Bank of India"),
    ("Kavitha Nair", "kavithanair@ybl", "Canara Bank"),
    ("Harika Chowdary", "harika.c@okicici", "ICICI Bank"),
    ("Vikram Raju", "vikramraju@axl", "Axis Bank"),
    ("Anuradha Sastry", "anu.sastry@ibl", "Union Bank of India"),
    ("Meera Krishnan", "meerak@okaxis", "Karur Vysya Bank"),
    ("Ramesh Naidu", "rameshnaidu@upi", "Andhra Pradesh Grameena Bank"),
]
NOTES = ["Hanuman puppet", "lamp shade x2", "wall hanging", "show advance", "bookmarks x6", "toranam"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Andhra Pradesh Grameena Bank": "APGB",
        "Union Bank of India": "Union Bank",
        "Karur Vysya Bank": "KVB",
    }.get(bank, bank.replace(" Bank", ""))


def initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words[0][0] + (words[1][0] if len(words) > 1 else "")).upper()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Tholubomma Gallery or the firm: JioFinance's Payment Successful under an octagon's tick
    (the sum, "Paid to" the payee over its UPI ID; Transaction ID, UPI Ref No, Paid from, Date & Time each a
    label at the left and its value at the right over a hairline); POP's "Payment sent to" under the payee's
    badge (the sum, "Today, <hour>"; a copyable UPI Ref No; "From <bank> A/c via UPI"; no day); IOB Mobile's
    SUCCESS capsule (the sum; a table ruled on every side: Payee Name, UPI Ref No, Txn Date & Time, Remarks,
    Debit A/c); DBS digibank's Payment successful ("Sent to <payee>"; each value over its label: digibank
    reference, UPI reference number, Paid on, Paid from); Standard Chartered's SC Mobile in its dark theme
    with a payment failed under an octagon's cross (the reason in a notice; Transaction reference, UPI Ref No,
    Attempted on, Paid from in dot leaders); Ujjivan Mobile's shared receipt under an octagon's tick (the
    sum, "Payment successful", "to <payee>", the day and hour, "via UPI"; no reference); IndusInd Bank's INDIE
    with a payment in progress over a progress bar (the sum, "to <payee>", a warning's notice; shaded labels:
    Transaction ID, UPI Ref No, Initiated, Mode); ICICI Bank's InstaBIZ on the gallery's phone (the gallery
    under the app, Collection Received, the sum, "from <buyer> (<UPI ID>)"; UPI Ref No. and Credited on in two
    tiles; the account credited). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=350, high=62000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share receipt",))
        band(p, (16, 58, 170))
        app_head(p, "JioFinance", "UPI")
        octa(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"Paid to {to}", f"Paid to {SHOP}"])[8:]
        p.add("center", f"Paid to {name}", merchant=name)
        p.add("small", vpa)
        p.add("gap")
        tid = f"JF{j.date:%y%m%d}{digits(rng, 12)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid from", f"{sb} XXXX{digits(rng, 4)}", method="UPI")
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (250, 84, 44))
        app_head(p, "POP", "UPI payments")
        name = pick(p, "center", [to, SHOP])
        avatar(p, initials(name), (120, 60, 200))
        p.add("center", "Payment sent to", status=status)
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        copyrow(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", f"From {sb} A/c {dot * 2}{digits(rng, 4)} via UPI", method="UPI")
        p.add("small", f"Note: {rng.choice(NOTES)}")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Raise complaint"))
        band(p, (0, 70, 140))
        app_head(p, "IOB Mobile", "Indian Overseas Bank  |  UPI")
        pill(p, "SUCCESS", status)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice([to, SHOP])
        grid(
            p,
            "io",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Payee Name", name], {"merchant": name}),
                (["UPI Ref No", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (
                    ["Txn Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Remarks", rng.choice(NOTES)], {}),
                (["Debit A/c", f"XXXXXXXX{digits(rng, 4)}"], {"method": "UPI"}),
            ],
            tint=(222, 232, 244),
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment summary"], dark=False, buttons=("Done",))
        band(p, (226, 28, 36))
        app_head(p, "digibank", "by DBS  |  UPI")
        tick = sign(font, "\u2713", "")
        p.add("center", f"{tick} Payment successful".strip(), status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"Sent to {to}", f"Sent to {SHOP}"])[8:]
        p.add("center", f"Sent to {name}", merchant=name)
        p.add("gap")
        did = f"DBS{j.date:%y%m%d}{digits(rng, 9)}"
        vlab(p, "digibank reference", did, bold=False, txn=(TXN_RANK, did))
        vlab(p, "UPI reference number", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(p, "Paid on", at_hour(rng, j.date, ["{d} %B %Y", "%d %b %Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "Paid from", f"digibank Savings {dot * 2}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=True, buttons=("Try again",))
        app_head(p, "SC Mobile", "Standard Chartered  |  UPI")
        octa(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "Your payment could not be completed (U16: risk threshold exceeded). No money has been "
            "debited; you may try again.",
            "error",
        )
        cid = f"SCB{code(rng, 3, UPPER)}{digits(rng, 11)}"
        dots(p, "Transaction reference", cid, at=0.4, txn=(TXN_RANK, cid))
        dots(p, "UPI Ref No", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        dots(p, "Attempted on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        dots(p, "Paid from", f"Savings {dot * 2}{digits(rng, 4)} (UPI)", at=0.4, method="UPI")
        return p.done()
    if k == 5:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([520, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (240, 246, 252)
        p.part = "head"
        p.add("title", "Ujjivan Mobile")
        p.add("small", "UPI payment receipt")
        p.part = "body"
        octa(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Payment successful", status=status)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %B %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        p.add("small", f"via UPI  {dot}  shared from Ujjivan Mobile", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, (140, 28, 44))
        app_head(p, "INDIE", "by IndusInd Bank  |  UPI")
        p.add("center", "Payment in progress", status=status)
        progress(p, rng.choice([0.55, 0.62, 0.7]), status)
        p.add("small", "Sent to the receiver's bank; waiting for it to confirm")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        aid = f"IND{digits(rng, 13)}"
        kv(p, "Transaction ID", aid, at=0.38, txn=(TXN_RANK, aid))
        kv(p, "UPI Ref No", j.ref, at=0.38, txn=(UTR_RANK, j.ref))
        kv(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=0.38, date=j.date)
        kv(p, "Mode", "UPI", at=0.38, method="UPI")
        note(
            p,
            "Please do not pay again. If the payment fails, the amount debited will come back to your "
            "account within 48 hours.",
            "warn",
        )
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=("View collections",))
    band(p, (176, 64, 24))
    app_head(p, "InstaBIZ", "ICICI Bank")
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", "Puttaparthi  |  UPI collections")
    p.add("gap")
    p.add("center", "Collection Received", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", f"from {who} ({their})", method="UPI")
    p.add("gap")
    tiles2(
        p,
        ("UPI Ref No.", j.ref),
        ("Credited on", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    p.add("small", f"Credited to Current A/c XX{digits(rng, 4)}")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


LEPAKSHI = "A.P. Handicrafts Development Corporation Ltd."
LEPAKSHI_TE = "ఆంధ్రప్రదేశ్ హస్తకళల అభివృద్ధి సంస్థ"
GAATHA = "Gaatha Crafts Pvt. Ltd."
BANYAN = "The Banyan Courtyard, Bengaluru"
MUSEUM = "MADRAS CRAFTS MUSEUM TRUST"
DECCAN = "Studio Deccan Interiors LLP"
COTTAGE = "Central Cottage Industries Corporation of India Ltd."
SCHOOL = "Greenwood Valley School Trust"
TIRUNALA = "Sri Venkataramana Swamy Tirunala Committee"
TIRUNALA_TE = "శ్రీ వేంకటరమణ స్వామి తిరునాళ్ల కమిటీ"


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    out = []
    for v in split_sum(rng, j.amount, n):
        day = earlier(rng, j, 6, 60)
        out.append((f"{prefix}/{fy(day)}/{rng.randrange(10, 400):03d}", day, v))
    return out


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: Lepakshi's payment advice under the Corporation's Telugu
    name (No. beside Dt., "To" the firm as M/s.; Sub:; a table ruled on every side S.No. | Bill No. | Bill
    Date | Bill Amount | TDS 194Q | Net Paid with its Total Net Paid; "The amount of Rs. x has been remitted
    to your account by NEFT, UTR ..., on <day>."); Gaatha's plain-text mail of a payment released (Vendor,
    Amount, Mode, UTR, Value date, Invoices in a fixed-width face between dashed rules); a Bengaluru hotel's
    accounts writing in Microsoft Teams under a "Yesterday" divider ("payment done: Rs. x to <payee> by
    IMPS", "IMPS ref ..."; no day); Karur Vysya Bank's corporate enquiry of a Chennai museum trust's NEFT
    rejected on a tinted band (labels small over their values two to a row: Reference No., UTR; Beneficiary
    Name, Beneficiary A/c; Amount, Value Date; Product, Reason); a Hyderabad interiors studio's Remittance
    Advice from Dynamics 365 Business Central (labels small over their values two to a row: Vendor, Vendor
    No.; Payment No., Posting Date; Payment Reference, Payment Method; Document Type | Document No. | Your
    Document No. | Amount on hairline rows; Total Amount on a tinted panel; its sentence); the Central
    Cottage Industries Corporation's VENDOR PAYMENT ADVICE from Oracle E-Business Suite (its sentence; Payment
    Number, Payment Date, Supplier Number, Supplier Name, Supplier Site, Payment Method, Bank Ref (UTR) typed
    in its printer's face; a striped table Reference | Doc. Date | Gross | TDS | Net with its Net Amount
    Paid); a Bengaluru school's NEFT in process on South Indian Bank's SIBerNet under a spinner (a notice;
    Debit Account, Beneficiary, Amount, Transaction Ref No., Initiated On, Payment Mode in dot leaders); a
    temple festival committee's PAYMENT VOUCHER under its Telugu name (No. left blank; numbered fields, each
    its Telugu name over its English and the value written by hand: తేదీ / Date, ఎవరికి / Paid to, దేనికి /
    Towards, మొత్తం / Amount; "నగదు రూపంలో చెల్లించాము" (paid in cash) in a Telugu hand; no reference). All
    new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=8000, high=420000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    me = rng.choice([FIRM, FIRM_CAPS])
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        tline(p, LEPAKSHI_TE, scale=1.12, bold=True)
        top(p, pick(p, "title", [LEPAKSHI, "A.P. Handicrafts Development Corpn. Ltd."]))
        p.add("small", "LEPAKSHI  |  Purchase Section, Gandhinagar, Vijayawada - 520003")
        p.add("rule")
        p.part = "body"
        no = f"APHDC/PUR/{j.date.year}/{rng.randrange(100, 999):04d}"
        cols(
            p,
            "lpa",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"No. {no}",
            f"Dt. {day_in(j, rng, ['%d-%m-%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("left", "To")
        p.add("left", f"M/s. {me},", merchant=me)
        p.add("left", TOWN)
        p.add("left", "Sub: Payment of your bills for leather puppetry supplied - reg.")
        para(
            p,
            "The following bills for the leather puppets and lamp shades supplied to our showrooms have been "
            "passed:",
        )
        rows_, net_total = [], 0.0
        bills = bills_of(rng, j, rng.randrange(1, 4), "TKK")
        for n_, (bno, bday, net) in enumerate(bills, 1):
            gross = round(net / 0.999, 2)
            rows_.append(
                ([str(n_), bno, when(bday, "%d-%m-%Y"), num(gross), num(round(gross - net, 2)), num(net)], {})
            )
            net_total += net
        grid(
            p,
            "lpg",
            [
                (0.0, 0.08, "c"),
                (0.08, 0.32, "l"),
                (0.32, 0.5, "c"),
                (0.5, 0.68, "r"),
                (0.68, 0.82, "r"),
                (0.82, 1.0, "r"),
            ],
            ["S.No.", "Bill No.", "Bill Date", "Bill Amount", "TDS 194Q", "Net Paid"],
            rows_,
            foot=(["Total Net Paid", num(j.amount)], {"amount": j.amount}),
            tint=(236, 222, 200),
        )
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        para(
            p,
            f"The amount of {rs(j.amount)} has been remitted to your account by NEFT, UTR {utr}, on "
            f"{day_in(j, rng, ['%d-%m-%Y', '%d.%m.%Y'])}.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("right", "Deputy Manager (Purchase)")
        return p.done()
    if k == 1:
        p = mail_page(rng, font, "Gaatha Accounts <accounts@gaatha.com>", [f"Payment released: {FIRM}"])
        p.part = "head"
        top(p, "Gaatha")
        p.add("small", "Crafts, stories and the people who make them  |  Ahmedabad")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {KEEPER.split()[1]},")
        para(
            p,
            "We have released the payment below against your invoices. Please find the details:",
            status=status,
        )
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        bills = bills_of(rng, j, rng.randrange(1, 3), "TKK")
        amt = f"INR {num(j.amount)}"
        bar = "-" * 50
        h269.mono(p, bar)
        h269.mono(p, f"Vendor      : {FIRM_CAPS}", merchant=FIRM_CAPS)
        h269.mono(p, f"Amount      : {amt}", amount=j.amount)
        h269.mono(p, "Mode        : NEFT", method="netbanking")
        h269.mono(p, f"UTR         : {utr}", txn=(UTR_RANK, utr))
        h269.mono(p, f"Value date  : {when(j.date, rng.choice(['%d-%m-%Y', '%d/%m/%Y']))}", date=j.date)
        h269.mono(p, f"Invoices    : {', '.join(b[0] for b in bills)}")
        h269.mono(p, bar)
        p.add("gap")
        p.add("left", "Thanks and regards,")
        p.add("left", "Accounts team, Gaatha")
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 9000, 95000, 0.5)
        p = phone(rng, font, k, ["", "Chat"], dark=False, buttons=())
        band(p, (80, 89, 201))
        app_head(p, "Teams", "Chat  |  Meenakshi Iyer")
        divider(p, "Yesterday")
        s = card_open(p)
        p.add("small", f"Meenakshi Iyer ({BANYAN.split(',')[0]})  {hhmm(rng)}")
        text = (
            f"Hi {KEEPER.split()[1]}, payment done: {rs(j.amount)} to {FIRM} by IMPS for the lobby's "
            "lamp shades and the Ravana panel."
        )
        para(p, text, amount=j.amount, merchant=FIRM, method="netbanking", status=status)
        p.add("left", f"IMPS ref {j.ref}", txn=(UTR_RANK, j.ref))
        card_close(p, s)
        p.add("gap")
        s = card_open(p)
        p.add("small", f"{KEEPER}  {hhmm(rng)}")
        p.add("left", "Thank you, madam. Will share the receipt.")
        card_close(p, s)
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "corp.kvbin.com/CorporateBanking/TxnEnquiry")
        p.part = "head"
        top(p, "Karur Vysya Bank")
        p.add("small", f"Corporate Internet Banking  |  {MUSEUM}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction Enquiry")
        h269.strip(p, "Transaction Rejected", status)
        p.add("gap")
        ref = f"KVB{digits(rng, 11)}"
        utr = utr_for(rng, j, "Karur Vysya Bank", "NEFT")
        name = rng.choice([FIRM_CAPS, CUT])
        two_up(p, "kv1", ("Reference No.", ref), ("UTR", utr), txn=(UTR_RANK, utr))
        two_up(
            p,
            "kv2",
            ("Beneficiary Name", name),
            ("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}"),
            merchant=name,
        )
        two_up(
            p,
            "kv3",
            ("Amount", rs(j.amount)),
            ("Value Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])),
            amount=j.amount,
            date=j.date,
        )
        two_up(p, "kv4", ("Product", "NEFT"), ("Reason", "R03: name mismatch"), method="netbanking")
        p.add("gap")
        p.add("small", "The amount has been returned to your account.")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, f"businesscentral.dynamics.com/deccan/?page={rng.randrange(300, 400)}")
        p.part = "head"
        top(p, DECCAN)
        p.add("small", "Dynamics 365 Business Central  |  Payment Journal  |  Remittance Advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "Remittance Advice")
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = rng.choice([FIRM, FIRM_CAPS])
        pno = f"PMT{rng.randrange(1000, 9999):05d}"
        two_up(p, "dy1", ("Vendor", name), ("Vendor No.", f"V{rng.randrange(100, 999):05d}"), merchant=name)
        two_up(
            p,
            "dy2",
            ("Payment No.", pno),
            ("Posting Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])),
            txn=(INVOICE_RANK, pno),
            date=j.date,
        )
        two_up(
            p,
            "dy3",
            ("Payment Reference", utr),
            ("Payment Method", "Bank transfer (NEFT)"),
            txn=(UTR_RANK, utr),
            method="netbanking",
        )
        p.add("gap")
        spec = [(0.0, 0.22, "l"), (0.22, 0.44, "l"), (0.44, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "dyh", spec, "Document Type", "Document No.", "Your Document No.", "Amount", mode="line")
        for no, day, v in bills_of(rng, j, rng.randrange(1, 3), "TKK"):
            cols(p, "dyr", spec, "Invoice", f"PI-{rng.randrange(1000, 9999)}", no, num(v), mode="line")
        panel(p, "Total Amount (INR)", rs(j.amount), (226, 238, 228), amount=j.amount)
        para(p, "The amount above has been transferred to your bank account.", status=status)
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 210000, 460000, 0.5)
        p = sheet_page(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [COTTAGE, "Central Cottage Industries Corpn."]))
        p.add("small", "The Cottage  |  Jawahar Vyapar Bhawan, Janpath, New Delhi - 110001")
        p.add("rule")
        p.add("center", "VENDOR PAYMENT ADVICE")
        p.part = "body"
        para(p, "We have paid the net amount below to your bank account by RTGS.", status=status)
        pno = str(rng.randrange(240000, 249999))
        utr = utr_for(rng, j, "Canara Bank", "RTGS")
        typeface(p)
        typed(p, f"Payment Number    : {pno}", txn=(INVOICE_RANK, pno))
        typed(p, f"Payment Date      : {when(j.date, '%d-%b-%Y').upper()}", date=j.date)
        typed(p, f"Supplier Number   : {rng.randrange(10000, 19999)}")
        typed(p, f"Supplier Name     : {FIRM_CAPS}", merchant=FIRM_CAPS)
        typed(p, "Supplier Site     : NIMMALAKUNTA")
        typed(p, "Payment Method    : RTGS", method="netbanking")
        typed(p, f"Bank Ref (UTR)    : {utr}", txn=(UTR_RANK, utr))
        p.add("gap")
        rows_ = []
        for no, day, net in bills_of(rng, j, rng.randrange(2, 4), "TKK"):
            gross = round(net / 0.999, 2)
            rows_.append(([no, when(day, "%d.%m.%Y"), num(gross), num(round(gross - net, 2)), num(net)], {}))
        zebra(
            p,
            "cc",
            [(0.0, 0.28, "l"), (0.28, 0.46, "c"), (0.46, 0.66, "r"), (0.66, 0.78, "r"), (0.78, 1.0, "r")],
            ["Reference", "Doc. Date", "Gross", "TDS", "Net"],
            rows_,
            (120, 40, 40),
        )
        total(p, "Net Amount Paid", num(j.amount), at=0.6, amount=j.amount)
        p.add("small", "This advice is generated from Oracle E-Business Suite and needs no signature.")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "sibernet.southindianbank.com/corp/FundTransferStatus")
        p.part = "head"
        top(p, "South Indian Bank")
        p.add("small", "SIBerNet Corporate  |  Fund Transfer Status")
        p.add("rule")
        p.part = "body"
        spinner(p, AMBER)
        p.add("center", "Transaction in process", status=status)
        note(
            p,
            "The NEFT has been sent to the beneficiary bank and waits for its confirmation. Please do not "
            "initiate this payment again.",
            "warn",
        )
        ref = f"SIB{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([FIRM, FIRM_CAPS])
        dots(p, "Debit Account", f"{SCHOOL} XX{digits(rng, 4)}", at=0.3)
        dots(p, "Beneficiary", name, at=0.3, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.3, bold=True, amount=j.amount)
        dots(p, "Transaction Ref No.", ref, at=0.3, txn=(BANK_RANK, ref))
        dots(p, "Initiated On", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.3, date=j.date)
        dots(p, "Payment Mode", "NEFT", at=0.3, method="netbanking")
        return p.done()
    j.amount = float(rng.randrange(60, 260) * 100)
    p = sheet_page(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(250, 246, 234), (246, 244, 236)])
    p.part = "head"
    tline(p, TIRUNALA_TE, scale=1.05, bold=True)
    top(p, pick(p, "title", [TIRUNALA, "Sri Venkataramana Swamy Tirunala Cttee."]))
    p.add("small", "Bathalapalli, Sri Sathya Sai District")
    tline(p, "చెల్లింపు ఓచర్ / PAYMENT VOUCHER", bold=True)
    p.part = "body"
    p.add("left", "No. ..............")
    tnum(p, 1, "తేదీ", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), at=0.3, date=j.date)
    payee = pick(p, "left", [TROUPE, "Sri Rama Bommalata Brundam"])
    tnum(p, 2, "ఎవరికి", "Paid to", payee, at=0.3, merchant=payee)
    tnum(p, 3, "దేనికి", "Towards", rng.choice(["Bommalata, Lanka Dahanam", "Bommalata, two nights"]), at=0.3)
    tnum(p, 4, "మొత్తం", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.3, amount=j.amount)
    p.add("gap")
    thand(p, "నగదు రూపంలో చెల్లించాము", scale=1.3, method="cash", status=status)
    p.add("gap")
    sig(p)
    p.add("right", "Secretary")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Figurentheater Lindenhof e.V.", "Freiburg, Germany", "EUR", 900, 6500, "commerzbank"),
    ("Kageboshi Puppet Atelier", "Osaka, Japan", "JPY", 120000, 900000, "mizuho"),
    ("Divadlo Stinu s.r.o.", "Brno, Czechia", "CZK", 20000, 160000, "george"),
    ("Schattentheater Galerie GmbH", "Basel, Switzerland", "CHF", 900, 6500, "postfinance"),
    ("Rumah Wayang Nusantara", "Yogyakarta, Indonesia", "IDR", 12000000, 90000000, "bca"),
    ("Lantern Puppet Theatre Trust", "Wellington, New Zealand", "NZD", 1200, 9000, "asb"),
    ("Skyggeteateret AS", "Bergen, Norway", "NOK", 9000, 70000, "dnb"),
    ("Shadowlight Arts Collective", "Santa Fe, New Mexico, USA", "USD", 900, 7000, "chase"),
]
BANK_LINE = "Canara Bank, Dharmavaram Branch"
BIC = "CNRBINBBDMV"


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: euros the German way (1.234,56 EUR or EUR 1.234,56), yen whole
    with JPY or the yen's sign (JPY 245,000), koruna with a space between the thousands and a decimal comma
    and Kč after it (48 500,00 Kč, CZK before it where the face lacks the č), Swiss francs the Swiss way (CHF
    2'150.00), rupiah with points between the thousands and a decimal comma and IDR or Rp before it (IDR
    45.250.000,00), New Zealand dollars with NZ$ or NZD, Norwegian kroner with a space between the thousands
    and NOK before it (NOK 18 450,00), US dollars with $ and USD after or USD before."""
    if cur == "EUR":
        form = rng.choice(["{v} EUR", "EUR {v}"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", "#").replace(".", ",").replace("#", "."))
    if cur == "JPY":
        form = rng.choice(["JPY {v}", sign(font, "\u00a5", "JPY ") + "{v}"])
        return lambda v: form.format(v=f"{v:,.0f}")
    if cur == "CZK":
        form = "{v} K\u010d" if glyphs(font, "\u010d") else "CZK {v}"
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", " ").replace(".", ","))
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    if cur == "IDR":
        form = rng.choice(["IDR {v}", "Rp {v}"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", "#").replace(".", ",").replace("#", "."))
    if cur == "NOK":
        return lambda v: "NOK " + f"{v:,.2f}".replace(",", " ").replace(".", ",")
    form = rng.choice({"NZD": ["NZ${v}", "NZD {v}"], "USD": ["${v} USD", "USD {v}"]}[cur])
    return lambda v: form.format(v=f"{v:,.2f}")


def letters(font: str, text: str, plain: str) -> str:
    """``text`` where the face draws its letters, else its ASCII spelling."""
    return text if glyphs(font, text) else plain


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Puppet theatres, galleries and collectors abroad paying the firm for puppets, panels and shows:
    Commerzbank's app with a foreign transfer done in euros the German way under an octagon's tick
    (Überweisung ausgeführt / Transfer executed, "an / to <beneficiary>", "Heute, <hour> Uhr"; labels small
    over their values: Empfängerbank / Beneficiary bank, BIC, Auftragsnummer / Order no., Entgelt / Charges;
    no day); Mizuho Direct's overseas remittance result in yen (its sentence; labels set to the right against
    a gutter: Remittance Amount, Beneficiary Name, Beneficiary Bank, Remittance Date year first with slashes,
    Reference No., Method); Česká spořitelna's George with a payment being processed in koruna under a
    spinner (Platba se zpracovává / Payment is being processed, the sum; each value over its label: Příjemce
    / Recipient, Datum zadání / Entered on as Czech writes a day (4. 5. 2026), Reference platby / Payment
    reference, Typ / Type); PostFinance's Zahlung ausgeführt / Payment executed in Swiss francs on a tinted
    band (shaded labels in German and English: Begünstigter / Beneficiary, Betrag / Amount,
    Ausführungsdatum / Execution date, Referenz / Reference, Spesen / Charges); KlikBCA's Transfer Valuta
    Asing in rupiah the Indonesian way (Transaksi Berhasil / Transaction Successful in a capsule; a striped
    table of Tanggal / Date, Nama Penerima / Beneficiary Name, Bank Penerima / Beneficiary Bank, Jumlah /
    Amount, No. Referensi / Reference No., Jenis / Type; Pengirim / Remitter under it); ASB's overseas payment
    returned in New Zealand dollars on a tinted band (the reason in a notice; Payee, Amount, Date, Reference,
    Payment type in dot leaders); DNB's shared card in Norwegian kroner (Betalingen er sendt / Payment sent,
    the sum, Til / To, Dato / Date; no reference); Chase's wire transfer completed in US dollars (Amount,
    Recipient, Recipient bank, SWIFT/BIC, Send date month first in words, Wire reference, Wire fee in
    columns). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur in ("JPY", "IDR"):
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([FIRM, FIRM_CAPS])
    if frame == "commerzbank":
        p = phone(rng, font, k, ["", "Auslandsauftrag"], dark=False, buttons=("Fertig",))
        band(p, (255, 212, 0), ink=(20, 30, 40))
        app_head(p, "Commerzbank", letters(font, "Auslandsüberweisung", "Auslandsueberweisung"))
        octa(p, status)
        done = letters(bold_of(font), "Überweisung ausgeführt", "Ueberweisung ausgefuehrt")
        p.add("center", f"{done} / Transfer executed", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"an / to {me}", f"an / to {CUT}"])[8:]
        p.add("center", f"an / to {name}", merchant=name)
        p.add("small", f"Heute, {hhmm(rng, twelve=False)} Uhr")
        p.add("rule")
        ref = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 6)}"
        lab(p, letters(font, "Empfängerbank / Beneficiary bank", "Empfaengerbank / Beneficiary bank"))
        p.add("left", BANK_LINE)
        lab(p, "BIC")
        p.add("left", f"{BIC} (SWIFT)", method="netbanking")
        lab(p, "Auftragsnummer / Order no.")
        p.add("left", ref, txn=(BANK_RANK, ref))
        lab(p, "Entgelt / Charges")
        p.add("left", "SHA (geteilt / shared)")
        return p.done()
    if frame == "mizuho":
        p = browser_page(rng, font, "web.ib.mizuhobank.co.jp/gaikoku/soukin/kekka")
        p.part = "head"
        top(p, "Mizuho Bank, Ltd.")
        p.add("small", f"Mizuho Direct  |  Overseas Remittance Result  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your overseas remittance has been completed.", status=status)
        p.add("gap")
        ref = f"{j.date:%y%m%d}{code(rng, 2, UPPER)}{digits(rng, 8)}"
        gutter(p, "mu", "Remittance Amount", show(j.amount), at=0.38, amount=j.amount, cur=cur)
        name = pick(p, "left", [me, CUT])
        gutter(p, "mu", "Beneficiary Name", name, at=0.38, merchant=name)
        gutter(p, "mu", "Beneficiary Bank", f"{BANK_LINE} ({BIC})", at=0.38)
        gutter(p, "mu", "Remittance Date", when(j.date, "%Y/%m/%d"), at=0.38, date=j.date)
        gutter(p, "mu", "Reference No.", ref, at=0.38, txn=(BANK_RANK, ref))
        gutter(p, "mu", "Method", "Telegraphic Transfer (SWIFT)", at=0.38, method="netbanking")
        p.add("gap")
        p.add("small", "Charges are borne by the remitter (OUR). Keep this page for your records.")
        return p.done()
    if frame == "george":
        p = phone(rng, font, k, ["", "Platba"], dark=False, buttons=("Zpet",))
        band(p, (0, 74, 152))
        app_head(p, "George", letters(font, "Česká spořitelna", "Ceska sporitelna"))
        spinner(p, AMBER)
        wait = letters(bold_of(font), "Platba se zpracovává", "Platba se zpracovava")
        p.add("center", f"{wait} / Payment is being processed", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("gap")
        ref = f"{digits(rng, 10)}"
        name = vname(p, [me, CUT])
        vlab(p, letters(font, "Příjemce / Recipient", "Prijemce / Recipient"), name, merchant=name)
        vlab(
            p,
            letters(font, "Datum zadání / Entered on", "Datum zadani / Entered on"),
            f"{j.date.day}. {j.date.month}. {j.date.year}",
            date=j.date,
        )
        vlab(p, "Reference platby / Payment reference", ref, txn=(BANK_RANK, ref))
        vlab(
            p,
            "Typ / Type",
            letters(font, "Zahraniční platba (SWIFT)", "Zahranicni platba (SWIFT)"),
            method="netbanking",
        )
        return p.done()
    if frame == "postfinance":
        p = browser_page(rng, font, "www.postfinance.ch/ap/ba/ob/html/finance/payments/confirmation")
        p.part = "head"
        top(p, "PostFinance")
        p.add("small", f"E-Finance  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        done = letters(bold_of(font), "Zahlung ausgeführt", "Zahlung ausgefuehrt")
        h269.strip(p, f"{done} / Payment executed", status)
        p.add("gap")
        ref = f"PF{j.date:%y%m%d}{digits(rng, 9)}"
        name = rng.choice([me, CUT])
        kv(
            p,
            letters(font, "Begünstigter / Beneficiary", "Beguenstigter / Beneficiary"),
            name,
            at=0.42,
            merchant=name,
        )
        kv(p, "Betrag / Amount", show(j.amount), at=0.42, amount=j.amount, cur=cur)
        kv(
            p,
            letters(font, "Ausführungsdatum / Execution date", "Ausfuehrungsdatum / Execution date"),
            when(j.date, "%d.%m.%Y"),
            at=0.42,
            date=j.date,
        )
        kv(p, "Referenz / Reference", ref, at=0.42, txn=(BANK_RANK, ref))
        kv(p, "Spesen / Charges", "SHA, SWIFT", at=0.42, method="netbanking")
        return p.done()
    if frame == "bca":
        p = browser_page(rng, font, "ibank.klikbca.com/transfer/valas/konfirmasi")
        p.part = "head"
        top(p, "KlikBCA")
        p.add("small", "Transfer Valuta Asing / Foreign Currency Transfer  |  BCA")
        p.add("rule")
        p.part = "body"
        pill(p, "Transaksi Berhasil / Transaction Successful", status)
        p.add("gap")
        ref = f"BCA{j.date:%d%m}{digits(rng, 9)}"
        name = rng.choice([me, CUT])
        zebra(
            p,
            "bc",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Keterangan / Detail", ""],
            [
                (["Tanggal / Date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
                (["Nama Penerima / Beneficiary Name", name], {"merchant": name}),
                (["Bank Penerima / Beneficiary Bank", f"{BANK_LINE}"], {}),
                (["Jumlah / Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["No. Referensi / Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["Jenis / Type", "SWIFT (SHA)"], {"method": "netbanking"}),
            ],
            (0, 86, 164),
        )
        p.add("small", f"Pengirim / Remitter: {payer}, {city}")
        return p.done()
    if frame == "asb":
        p = phone(rng, font, k, ["", "Overseas payment"], dark=False, buttons=("Contact us",))
        band(p, (255, 204, 0), ink=(20, 20, 20))
        app_head(p, "ASB", "Overseas payments")
        h269.strip(p, "Payment returned", status)
        note(
            p,
            "The receiving bank could not apply this payment: the account details did not match. The funds "
            "have been returned to your account.",
            "error",
        )
        ref = f"ASB{digits(rng, 10)}"
        name = pick(p, "left", [me, CUT])
        dots(p, "Payee", name, at=0.3, merchant=name)
        dots(p, "Amount", show(j.amount), at=0.3, bold=True, amount=j.amount, cur=cur)
        dots(p, "Date", when(j.date, "%d/%m/%Y"), at=0.3, date=j.date)
        dots(p, "Reference", ref, at=0.3, txn=(BANK_RANK, ref))
        dots(p, "Payment type", "SWIFT", at=0.3, method="netbanking")
        return p.done()
    if frame == "dnb":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (236, 246, 246)
        p.part = "head"
        p.add("title", "DNB")
        p.add("small", "Mobilbank")
        p.part = "body"
        octa(p, status)
        p.add("center", "Betalingen er sendt / Payment sent", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("small", "Til / To")
        name = pick(p, "center", [me, CUT])
        p.add("center", name, merchant=name)
        p.add("small", f"Dato / Date: {when(j.date, '%d.%m.%Y')}", date=j.date)
        p.add("gap")
        p.add("small", "Utlandsbetaling (SWIFT)", method="netbanking")
        return p.done()
    if j.date.day <= 12:
        j.date = j.date.replace(day=j.date.day + 13)
    p = browser_page(rng, font, "secure.chase.com/web/auth/dashboard#/dashboard/wire/confirmation")
    p.part = "head"
    top(p, "CHASE")
    p.add("small", f"Wire transfers  |  {payer}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Wire transfer completed", status=status)
    p.add("small", "Your wire has been sent to the recipient's bank.")
    p.add("gap")
    ref = f"CHW{digits(rng, 10)}"
    name = vname(p, [me, CUT], bold=False)
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    colkv(p, "ch", spec, "Amount", show(j.amount), amount=j.amount, cur=cur)
    colkv(p, "ch", spec, "Recipient", name, merchant=name)
    colkv(p, "ch", spec, "Recipient bank", BANK_LINE, method="netbanking")
    colkv(p, "ch", spec, "SWIFT/BIC", BIC)
    colkv(p, "ch", spec, "Send date", when(j.date, "%B {d}, %Y"), date=j.date)
    colkv(p, "ch", spec, "Wire reference", ref, txn=(BANK_RANK, ref))
    colkv(p, "ch", spec, "Wire fee", show(float(rng.choice([35, 40, 45]))))
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


TEMPLES = [
    "Sri Chowdeswari Devi Temple Committee, Hindupur",
    "Sri Anjaneya Swamy Temple Trust, Kadiri",
    "Gandlapenta Village Youth Association",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its gallery, its troupe or itself on top: Tholubomma Gallery's TAX INVOICE
    under a tholu bommalata figure, its Telugu name and a punched strip, to a Hyderabad buyer (Invoice No.
    and Invoice Date beside Place of Supply: Telangana (36) and the buyer's GSTIN; Description | HSN | Qty |
    Rate | Taxable Value on hairline rows, IGST 5%; Invoice Total under its rules; "Paid by UPI (UTR ...) -
    received with thanks."); the web shop's Wix Stores mail ("Thanks for your order #n"; Order number, Order
    date, Payment "UPI (paid)" in columns; Item | Qty | Price on hairline rows; Subtotal, Delivery, Total each
    a label at the left and its value at the right); BillDesk's Transaction Failed for the gallery under an
    octagon's cross (the reason in a notice; a table ruled on every side: Order No., BillDesk Txn ID, Bank
    Ref. No. NA, Amount, Payment Mode, Date & Time); OkCredit on the gallery's phone (the gallery under the
    app, the buyer's badge and name, Payment received, the sum, "Today, <hour> | Paid online (UPI)", UPI
    Ref; no day); the troupe's ADVANCE RECEIPT for a show under its Telugu name (No. struck in red; numbered
    fields, each its Telugu name over its English and the value written by hand: తేదీ / Date, ఎవరి నుండి /
    Received from, దేనికి / Towards, అడ్వాన్సు / Advance "Rs. x/- by UPI", రిఫరెన్స్ / UPI Ref, బాకీ / Balance
    after the show); Stripe's checkout for the web shop with the payment processing under a spinner (its
    sentence; Amount, Payment method, Payment ID, Date in dot leaders); the Shilparamam stall's CASH MEMO
    under the gallery's Telugu name, photographed lying on a goat hide (No. left blank; Date and Name written
    in, Item | Qty | Rs. written in its columns, Total, "నగదు ముట్టింది" (cash received) in a Telugu hand;
    no reference); the firm's PAYMENT RECEIPT from Refrens (Receipt # and Payment Date two to a row; Received
    from; Amount Received, Payment Mode, Transaction Reference each a label at the left and its value at the
    right; Invoice # | Invoice Date | Amount Applied on hairline rows). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1200, high=60000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        puppet(p)
        tline(p, SHOP_TE, scale=1.25, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        punchwork(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"TBG/{fy(j.date)}/{rng.randrange(10, 900):04d}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
        cols(p, "ih", spec, f"Invoice No.: {inv}", "Place of Supply: Telangana (36)", txn=(INVOICE_RANK, inv))
        cols(
            p,
            "ih",
            spec,
            f"Invoice Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%b-%Y'])}",
            f"GSTIN: {gstin_of(rng, '36', 'F')}",
            date=j.date,
        )
        p.add(
            "left",
            f"Bill to: {who}, {rng.choice(['Banjara Hills', 'Gachibowli', 'Jubilee Hills'])}, Hyderabad",
        )
        items = craft(rng, rng.randrange(1, 4), high=9000)
        taxable = sum(q * pr for _, _, q, pr in items)
        igst = round(taxable * 0.05, 2)
        j.amount = round(taxable + igst, 2)
        spec = [(0.0, 0.5, "l"), (0.5, 0.6, "c"), (0.6, 0.68, "c"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        cols(p, "th", spec, "Description", "HSN", "Qty", "Rate", "Taxable Value", mode="line")
        for text, hsn, q, pr in items:
            cols(p, "tl", spec, clip(text, 38), hsn, str(q), num(pr, "indian", 0), num(q * pr), mode="line")
        cols(p, "tl", spec, "IGST 5%", "", "", "", num(igst), mode="line")
        total(p, "Invoice Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Paid by UPI (UTR {j.ref}) - received with thanks.",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Goat leather, scraped, punched and painted by hand at Nimmalakunta.")
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        return p.done()
    if k == 1:
        order = str(rng.randrange(10040, 12900))
        p = mail_page(rng, font, f"{SHOP} <no-reply@{WEB}>", [f"Thanks for your order #{order}"])
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  online store")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {first}, thanks for your order!")
        para(
            p,
            "We've received your payment and are getting your puppets packed. We'll let you know when they "
            "ship.",
        )
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
        colkv(p, "wx", spec, "Order number", f"#{order}", txn=(ORDER_RANK, order))
        colkv(p, "wx", spec, "Order date", when(j.date, rng.choice(["%b {d}, %Y", "{d} %b %Y"])), date=j.date)
        colkv(p, "wx", spec, "Payment", "UPI (paid)", method="UPI", status=status)
        p.add("gap")
        items = craft(rng, rng.randrange(1, 3), high=7000)
        ship = float(rng.choice([0, 150, 250]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.62, "l"), (0.62, 0.76, "c"), (0.76, 1.0, "r")]
        cols(p, "wh", spec, "Item", "Qty", "Price", mode="line")
        for text, _, q, pr in items:
            cols(p, "wl", spec, clip(text, 40), str(q), rs(q * pr), mode="line")
        kvr(p, "Subtotal", rs(sub))
        kvr(p, "Delivery", rs(ship) if ship else "Free")
        kvr(p, "Total", rs(j.amount), amount=j.amount)
        p.add("gap")
        p.add("small", f"Questions about your order? Write to hello@{WEB}.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"pgi.billdesk.com/pgidsk/PGIMerchantRequest?tx={rng.randrange(10**5)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", "Payments secured by BillDesk")
        p.add("rule")
        p.part = "body"
        octa(p, status)
        p.add("center", "Transaction Failed", status=status)
        note(
            p,
            "Your bank has declined this transaction. No amount has been debited; please retry or choose "
            "another payment option.",
            "error",
        )
        name, _, q, pr = craft(rng, 1, high=9000)[0]
        j.amount = q * pr
        oid = f"TBG{rng.randrange(10000, 99999)}"
        trk = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        grid(
            p,
            "cc",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Order No.", oid], {"txn": (ORDER_RANK, oid)}),
                (["BillDesk Txn ID", trk], {"txn": (TXN_RANK, trk)}),
                (["Bank Ref. No.", "NA"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", "Net Banking (State Bank of India)"], {"method": "netbanking"}),
                (["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
            ],
            tint=(238, 232, 222),
        )
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 800, 14000, 0.7)
        p = phone(rng, font, k, ["", "Customer"], dark=False, buttons=("Send reminder",))
        band(p, (0, 150, 110))
        app_head(p, "OkCredit", "Business")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("gap")
        avatar(p, initials(who.split(" ", 1)[1]), (236, 120, 40))
        p.add("center", who.split(" ", 1)[1])
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}  |  Paid online (UPI)", method="UPI")
        p.add("rule")
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Due now", rs(0.0))
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(30, 120) * 100)
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(252, 248, 236), (248, 246, 238)])
        p.part = "head"
        tline(p, TROUPE_TE, scale=1.2, bold=True)
        name = pick(p, "title", [TROUPE, "Sri Rama Bommalata Brundam"])
        top(p, name, merchant=name)
        p.add("small", f"Leather puppet shows  |  {TOWN}")
        tline(p, "అడ్వాన్సు రశీదు / ADVANCE RECEIPT", bold=True)
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        redno(p, "No.", no, txn=(INVOICE_RANK, no))
        tnum(p, 1, "తేదీ", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), at=0.34, date=j.date)
        payer = pick(p, "left", TEMPLES)
        tnum(p, 2, "ఎవరి నుండి", "Received from", clip(payer, 34), at=0.34)
        tnum(
            p,
            3,
            "దేనికి",
            "Towards",
            rng.choice(["Bommalata, Sundarakanda", "Bommalata, Lanka Dahanam"]),
            at=0.34,
        )
        tnum(
            p,
            4,
            "అడ్వాన్సు",
            "Advance",
            f"Rs. {num(j.amount, 'indian', 0)}/- by UPI",
            at=0.34,
            amount=j.amount,
            method="UPI",
            status=status,
        )
        tnum(p, 5, "రిఫరెన్స్", "UPI Ref", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
        bal = float(rng.randrange(80, 240) * 100)
        tnum(p, 6, "బాకీ", "Balance after the show", f"Rs. {num(bal, 'indian', 0)}/-", at=0.34)
        sig(p)
        p.add("right", SON)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, f"checkout.stripe.com/c/pay/cs_live_{code(rng, 12, MIXED)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Powered by stripe")
        p.add("rule")
        p.part = "body"
        spinner(p, AMBER)
        p.add("center", "Payment processing", status=status)
        para(
            p,
            "Your bank is processing this payment. We will email you a receipt as soon as it succeeds; "
            "there is no need to pay again.",
        )
        pid = f"pi_{code(rng, 24, MIXED)}"
        dots(p, "Amount", rs(j.amount), at=0.3, bold=True, amount=j.amount)
        dots(p, "Payment method", "UPI", at=0.3, method="UPI")
        dots(p, "Payment ID", pid, at=0.3, txn=(TXN_RANK, pid))
        dots(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%b {d}, %Y"], (", ",)), at=0.3, date=j.date)
        return p.done()
    if k == 6:
        shift(j, rng, FAIR + dt.timedelta(days=rng.randrange(0, 10)))
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 240)])
        hide_frame(p)
        p.part = "head"
        tline(p, SHOP_TE, scale=1.25, bold=True)
        top(p, SHOP, merchant=SHOP)
        p.add("small", STALL)
        tline(p, "నగదు బిల్లు / CASH MEMO", bold=True)
        p.part = "body"
        p.add("left", "No. ...........")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", who.split(" ", 1)[1])
        spec = [(0.0, 0.6, "l"), (0.6, 0.74, "c"), (0.76, 1.0, "r")]
        cols(p, "mh", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, _, q, pr in craft(rng, rng.randrange(2, 4), high=4200):
            hcells(p, spec, SHORT_NAMES.get(text, clip(text, 20)), str(q), num(q * pr, "indian", 0))
            j.amount += q * pr
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.6, 0.75])
        p.add("gap")
        thand(p, "నగదు ముట్టింది", scale=1.45, method="cash", status=status)
        write(p, KEEPER.split()[1], align="r")
        return p.done()
    j.amount = float(rng.randrange(120, 1600) * 100)
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    name = pick(p, "title", [FIRM_CAPS, FIRM])
    top(p, name, merchant=name)
    p.add("small", ADDRESS)
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.add("center", "PAYMENT RECEIPT")
    p.part = "body"
    rno = f"RCPT-{rng.randrange(10, 99)}{rng.randrange(100, 999)}"
    two_up(
        p,
        "rf",
        ("Receipt #", rno),
        ("Payment Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    party = rng.choice(
        ["Madras Crafts Museum Trust", "Kalakriti Art Gallery, Hyderabad", "Bengaluru Puppet Festival Trust"]
    )
    p.add("left", f"Received from: {party}")
    p.add("gap")
    utr = utr_for(rng, j, "ICICI Bank", "NEFT")
    kvr(p, "Amount Received", rs(j.amount), amount=j.amount, status=status)
    kvr(p, "Payment Mode", "Bank Transfer (NEFT)", method="netbanking")
    kvr(p, "Transaction Reference", utr, txn=(UTR_RANK, utr))
    p.add("gap")
    spec = [(0.0, 0.4, "l"), (0.4, 0.68, "c"), (0.68, 1.0, "r")]
    cols(p, "rch", spec, "Invoice #", "Invoice Date", "Amount Applied", mode="line")
    for no, day, v in bills_of(rng, j, rng.randrange(1, 3), "TKK"):
        cols(p, "rcl", spec, no, when(day, "%d %b %Y"), num(v), mode="line")
    p.add("gap")
    p.add("small", "Generated with Refrens.com")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


HIDE_MEN = [
    ("Shaik Mastan Vali", "Dharmavaram"),
    ("Chakali Obulesu", "Bathalapalli"),
    ("Shaik Kareem", "Kadiri"),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a hide dealer's account written in a Telugu hand in
    a ruled notebook (his name in Latin letters, తేదీ and the day, the goat and sheep hides by the piece with
    their sums, మొత్తం (total), "నగదు ముట్టింది" (cash received), his signature; the soot of the lamps in its
    margins; no reference); Camlin Store's order with the payment for the colours pending under an octagon's
    three dots (a notice; Sold by, Items, Order No., Order total, Payment method, Payment ID, Placed on in dot
    leaders); a Dharmavaram bamboo depot's BILL from its pad (No. struck in red; Date and M/s. written in; the
    sticks and canes written in their columns, Total; Cash / UPI / Credit printed in boxes, UPI ticked by
    hand; UPI Ref No. written in); an Anantapur paints and art centre's TAX INVOICE (Invoice No. beside its
    earlier Invoice Date; a striped table of colours and brushes with CGST 9% and SGST 9%; Total; "Amount
    received Rs. x/- by NEFT, UTR ..., on <day>."; its rectangular PAID stamp under it); NimbusPost's wallet
    recharge on the gallery's phone under a large round tick (the sum, "Paid to" over NimbusPost; Transaction
    ID, Payment mode, "Paid at Today, <hour>", Wallet balance as label and value on a line; no day); APSRTC
    Logistics' PARCEL BOOKING RECEIPT on a torn roll (LR No, Booking Date, From, To, Articles, Weight,
    Freight, GST 18%, Total, Paid by UPI, UPI Ref, ** PAID **); Tradeindia's TI Pay checkout failed for
    leather chemicals on a tinted band (the reason in a notice; shaded labels: Seller, Order ID, Amount,
    Payment mode, Txn ID, Tried on); a Dharmavaram press's Tax Invoice made in Vyapar (Invoice No. and Date
    two to a row; Bill To; the tags, boxes and brochures on hairline rows; Sub Total, SGST@9%, CGST@9%,
    Total, Received, Balance as label and value on a line; "Payment Mode: UPI | Ref No.: ..."). All new
    here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=900, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        him, town = rng.choice(HIDE_MEN)
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 248, 238), (252, 250, 244)])
        lamp_smoke(p)
        p.part = "body"
        p.add("gap")
        start = len(p.rows)
        write(p, f"{him}, {town}", merchant=him)
        thand(p, f"తేదీ {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", date=j.date)
        thand(p, "తోళ్ళ లెక్క")
        j.amount = 0.0
        for text, lo, hi, plo, phi in rng.sample(
            [
                ("మేక తోళ్ళు", 12, 40, 160, 240),
                ("గొర్రె తోళ్ళు", 6, 20, 90, 140),
                ("దూడ తోలు", 1, 4, 600, 900),
            ],
            rng.randrange(1, 3),
        ):
            q = rng.randrange(lo, hi + 1)
            rate = rng.randrange(plo, phi + 1, 10)
            v = float(q * rate)
            thand(p, f"{text} {q} x {rate}", figure=num(v, "indian", 0))
            j.amount += v
        thand(p, "మొత్తం", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.7])
        p.add("gap")
        thand(p, "నగదు ముట్టింది", scale=1.4, method="cash", status=status)
        sig(p)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "shop.kokuyocamlin.com/checkout/order-status")
        p.part = "head"
        top(p, "Camlin Store")
        p.add("small", "kokuyocamlin.com  |  Order status")
        p.add("rule")
        p.part = "body"
        octa(p, status)
        p.add("center", "Payment pending", status=status)
        note(
            p,
            "We are waiting for your bank to confirm this payment. Your order will be placed once it is "
            "confirmed; please do not pay again.",
            "warn",
        )
        name = "Kokuyo Camlin Ltd."
        oid = f"KC{j.date:%y}{digits(rng, 7)}"
        pref = f"pay_{code(rng, 14, MIXED)}"
        dots(p, "Sold by", name, at=0.3, merchant=name)
        dots(p, "Items", f"Fabric colours 500 ml x {rng.randrange(4, 12)}, brushes", at=0.3)
        dots(p, "Order No.", oid, at=0.3, txn=(ORDER_RANK, oid))
        dots(p, "Order total", rs(j.amount), at=0.3, bold=True, amount=j.amount)
        dots(p, "Payment method", "UPI", at=0.3, method="UPI")
        dots(p, "Payment ID", pref, at=0.3, txn=(TXN_RANK, pref))
        dots(p, "Placed on", at_hour(rng, j.date, ["{d} %B %Y", "%d %b %Y"], (", ",)), at=0.3, date=j.date)
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 246, 228), (246, 248, 236)])
        p.part = "head"
        name = "SRI VENKATESWARA BAMBOO DEPOT"
        top(p, name, merchant=name)
        p.add("small", "Bamboo, cane and sticks  |  Kothapeta, Dharmavaram")
        p.add("center", "BILL")
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        redno(p, "No.", no, txn=(INVOICE_RANK, no))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "M/s.", FIRM)
        spec = [(0.0, 0.56, "l"), (0.56, 0.74, "c"), (0.76, 1.0, "r")]
        cols(p, "bb", spec, "Particulars", "Qty", "Amount", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, unit, lo, hi in rng.sample(
            [
                ("Bamboo sticks (kaddi) 3 ft", "nos", 6, 10),
                ("Cane strips", "bdl", 80, 140),
                ("Bamboo for screen frame", "nos", 90, 160),
            ],
            rng.randrange(1, 3),
        ):
            q = rng.randrange(10, 120) if unit == "nos" and lo < 20 else rng.randrange(2, 12)
            v = float(q * rng.randrange(lo, hi))
            hcells(p, spec, text, f"{q} {unit}", num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.56, 0.75])
        p.add("gap")
        h269.ticks(p, ["Cash", "UPI", "Credit"], 1, method="UPI", status=status)
        blank(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        sig(p)
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "SRI VENKATESWARA PAINTS & ART CENTRE"
        top(p, pick(p, "title", [name]), merchant=name)
        p.add(
            "small",
            "Fabric and poster colours, brushes  |  Clock Tower, Anantapur - 515001  |  "
            f"GSTIN {gstin_of(rng)}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SVP/{fy(j.date)}/{rng.randrange(10, 900):03d}"
        cols(
            p,
            "pv",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date: {when(earlier(rng, j, 2, 20), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {FIRM}, Nimmalakunta")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("Fabric colour, vermilion, 500 ml", 380, 520),
                ("Fabric colour, leaf green, 500 ml", 380, 520),
                ("Poster colour set, 12 shades", 240, 360),
                ("Round brushes, sable, set of 6", 420, 680),
                ("Black ink, waterproof, 250 ml", 160, 240),
            ],
            rng.randrange(2, 5),
        ):
            q = rng.randrange(1, 10)
            rate = float(rng.randrange(lo, hi, 10))
            taxable += q * rate
            rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
        gst = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst, 2)
        rows_ += [(["CGST 9%", "", "", num(gst)], {}), (["SGST 9%", "", "", num(gst)], {})]
        zebra(
            p,
            "pz",
            [(0.0, 0.5, "l"), (0.5, 0.6, "c"), (0.6, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            rows_,
            (30, 90, 140),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        p.add("gap")
        para(
            p,
            f"Amount received Rs. {num(j.amount)}/- by NEFT, UTR {utr}, on "
            f"{day_in(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        h271.rstamp(p, ["PAID", "SRI VENKATESWARA", "PAINTS & ART CENTRE"], "blue", at=0.66, rows_=4)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 2500, 3000]))
        p = phone(rng, font, k, ["", "Wallet"], dark=False, buttons=("Ship now",))
        band(p, (20, 120, 200))
        app_head(p, "NimbusPost", "Wallet")
        sicon(p, status)
        p.add("center", "Recharge successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", "NimbusPost", merchant="NimbusPost")
        p.add("small", "Shipping wallet  |  courier bookings")
        p.add("rule")
        tid = f"NP{digits(rng, 12)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Payment mode", "UPI", method="UPI")
        p.pair("Paid at", f"Today, {hhmm(rng)}")
        p.pair("Wallet balance", rs(round(j.amount + rng.randrange(40, 900), 2)))
        return p.done()
    if k == 5:
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        freight = float(rng.randrange(90, 640))
        gst = round(freight * 0.18, 2)
        j.amount = round(freight + gst, 2)
        p.part = "head"
        p.add("title", "APSRTC LOGISTICS", merchant="APSRTC LOGISTICS")
        p.add("small", "Dharmavaram Bus Station  |  Parcel Counter")
        p.part = "body"
        p.add("center", "PARCEL BOOKING RECEIPT")
        p.add("rule")
        lr = f"DMM{j.date:%y}{digits(rng, 7)}"
        p.pair("LR No", lr)
        p.pair("Booking Date", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("From", "DHARMAVARAM")
        p.pair("To", rng.choice(["VIJAYAWADA", "HYDERABAD MGBS", "TIRUPATI", "VISAKHAPATNAM"]))
        p.pair("Articles", f"{rng.randrange(1, 4)} (puppets, packed)")
        p.pair("Weight", f"{rng.randrange(4, 40)} kg")
        p.pair("Freight", f"{freight:.2f}")
        p.pair("GST 18%", f"{gst:.2f}")
        p.add("rule")
        p.pair("Total", f"{j.amount:.2f}", amount=j.amount)
        p.pair("Paid by", "UPI", method="UPI")
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "** PAID **", status=status)
        p.add("small", "Track at apsrtclogistics.in")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Checkout"], dark=False, buttons=("Try again",))
        band(p, (210, 40, 40))
        app_head(p, "Tradeindia", "TI Pay  |  Checkout")
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "Your bank did not authorise this payment. The order has not been placed; you can pay again or "
            "choose another mode.",
            "error",
        )
        name = "Sri Murugan Leather Chemicals"
        oid = f"TI{digits(rng, 10)}"
        tid = f"TIP{digits(rng, 11)}"
        j.amount = float(rng.randrange(2400, 16000, 10))
        kv(p, "Seller", name, at=0.34, merchant=name)
        kv(p, "Order ID", oid, at=0.34, txn=(ORDER_RANK, oid))
        kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Payment mode", "Net banking (Canara Bank)", at=0.34, method="netbanking")
        kv(p, "Txn ID", tid, at=0.34, txn=(TXN_RANK, tid))
        kv(p, "Tried on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        return p.done()
    p = sheet_page(rng, font, [700, 740])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    name = "SRI SAI OFFSET PRINTERS"
    top(p, name, merchant=name)
    p.add("small", f"Main Bazar, Dharmavaram - 515671  |  GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.add("center", "Tax Invoice")
    p.part = "body"
    inv = str(rng.randrange(100, 999))
    two_up(
        p,
        "vy",
        ("Invoice No.", inv),
        ("Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])),
        txn=(INVOICE_RANK, inv),
        date=j.date,
    )
    p.add("left", f"Bill To: {FIRM}")
    spec = [(0.0, 0.5, "l"), (0.5, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
    cols(p, "vth", spec, "Item name", "Quantity", "Price/unit", "Amount", mode="line")
    sub = 0.0
    for text, lo, hi, unit in rng.sample(
        [
            ("Hang tags, 2 colour", 2, 4, 500),
            ("Gift boxes, printed", 28, 45, 50),
            ("Brochures, A5, 4 pages", 6, 10, 200),
            ("Certificate cards", 3, 6, 200),
        ],
        rng.randrange(1, 3),
    ):
        q = unit * rng.randrange(1, 4)
        price = float(rng.randrange(lo, hi + 1))
        cols(p, "vtl", spec, text, str(q), num(price), num(q * price), mode="line")
        sub += q * price
    gst = round(sub * 0.09, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.pair("Sub Total", rs(sub))
    p.pair("SGST@9%", rs(gst))
    p.pair("CGST@9%", rs(gst))
    p.pair("Total", rs(j.amount), amount=j.amount)
    p.pair("Received", rs(j.amount), status=status)
    p.pair("Balance", rs(0.0))
    p.add("gap")
    p.add("left", f"Payment Mode: UPI  |  Ref No.: {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
    p.add("gap")
    p.add("right", "For SRI SAI OFFSET PRINTERS")
    return p.done()


# ---------------------------------------------------------------- 6. the firm's payments from its banks


# payee, the payee's bank, the way
VENDORS = [
    ("SRI DURGA TANNERS", "Indian Bank", "NEFT"),
    ("BOMMALA KALA SAMAGRI", "Karnataka Bank", "IMPS"),
    ("Chinna Hussain Vali", "Canara Bank", "UPI"),
    ("RAYALASEEMA TRANSPORT CO", "Union Bank of India", "IMPS"),
    ("SRI LAKSHMI TIMBER DEPOT", "State Bank of India", "RTGS"),
    ("DECCAN PACKAGING WORKS", "HDFC Bank", "NEFT"),
    ("Sai Ganesh Frames", "Bank of Baroda", "UPI"),
    ("ANANTAPUR ART PRINTS", "Axis Bank", "NEFT"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's payments from its banks' apps and pages: Tamilnad Mercantile Bank's TMB mPay with a NEFT
    failed under an octagon's cross ("to <payee>", the reason in a notice; Reference No., Date, From A/c,
    Mode each a label small over its value in a rounded box); Karur Vysya Bank's DLite IMPS successful (the
    payee over Beneficiary; two tiles to a row: IMPS Ref No, Date; From A/c, Mode); City Union Bank's CUB All
    in One UPI payment to the blacksmith under a large round tick ("Paid to <payee>"; UPI Ref No, Date &
    Time, UPI ID, From in dot leaders); Dhanlaxmi Bank's Dhanlaxmi Mobile IMPS successful ("Today, <hour>"; a
    striped table: Beneficiary, Account, IFSC, IMPS Ref No, Debit A/c; no day); Punjab & Sind Bank's PSB UnIC
    with an RTGS in progress over a progress bar (its stages in a line; a warning's notice; a table ruled on
    every side: Beneficiary Name, Amount, UTR, Initiated On, Mode, Status); South Indian Bank's SIB Mirror+
    NEFT successful (shaded labels: Beneficiary Name, Amount, UTR, Transaction Date, Remarks, Debit Account);
    Bank of Maharashtra's Mahamobile Plus UPI payment (each value over its label: Paid to, UPI Ref No, Date,
    Paid from); Andhra Pradesh Grameena Bank's passbook page under its Telugu name (Date | Particulars | Chq |
    Withdrawal | Deposit | Balance, the entries in its printer's face: B/F, the "TO NEFT/<PAYEE>" debit cut
    where the printer cuts it with the accountant's tick, C/F; no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(0,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=3000, high=180000)
    to, their_bank, way = VENDORS[k]
    if way in ("IMPS", "UPI"):
        j.amount = rupees(rng, 1500, 90000, 0.6)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_for(rng, j, their_bank, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXX{digits(rng, 4)}"
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Retry",))
        band(p, (0, 84, 64))
        app_head(p, "TMB mPay", "Tamilnad Mercantile Bank  |  NEFT")
        octa(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "The beneficiary bank has returned this NEFT (account closed). The amount will be credited back "
            "to your account.",
            "error",
        )
        ref = f"TMB{digits(rng, 10)}"
        field(p, "Reference No.", ref, txn=(BANK_RANK, ref))
        field(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        field(p, "From A/c", f"Current {acct[-8:]}")
        field(p, "Mode", "NEFT", method=method)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 102, 70))
        app_head(p, "KVB DLite", "Karur Vysya Bank")
        p.add("center", "IMPS Transfer Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = vname(p, [to])
        vlab(p, "Beneficiary", name, merchant=name)
        tiles2(
            p,
            ("IMPS Ref No", utr),
            ("Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"]))),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        tiles2(p, ("From A/c", acct[-8:]), ("Mode", "IMPS"), method=method)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Share",))
        band(p, (0, 70, 140))
        app_head(p, "CUB All in One", "City Union Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"Paid to {to}"])[8:]
        p.add("center", f"Paid to {name}", merchant=name)
        p.add("gap")
        dots(p, "UPI Ref No", utr, at=0.34, txn=(UTR_RANK, utr))
        dots(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=0.34, date=j.date)
        dots(p, "UPI ID", "hussainvali.smith@cnrb", at=0.34)
        dots(p, "From", f"SB {dot * 2}{digits(rng, 4)} (UPI)", at=0.34, method=method)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Done",))
        band(p, (120, 30, 60))
        app_head(p, "Dhanlaxmi Mobile", "Dhanlaxmi Bank")
        p.add("center", "IMPS successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        zebra(
            p,
            "au",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Details", ""],
            [
                (["Beneficiary", to], {"merchant": to}),
                (["Account", f"XXXXXX{digits(rng, 4)}"], {}),
                (["IFSC", f"{IFSC[their_bank]}0{digits(rng, 6)}"], {}),
                (["IMPS Ref No", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit A/c", f"{acct} (IMPS)"], {"method": method}),
            ],
            (120, 30, 60),
        )
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "psbunic.psbindia.com/corp/rtgs/status")
        p.part = "head"
        top(p, "Punjab & Sind Bank")
        p.add("small", "PSB UnIC  |  RTGS  |  Transaction status")
        p.add("rule")
        p.part = "body"
        p.add("center", "RTGS in progress", status=status)
        progress(p, rng.choice([0.45, 0.5, 0.6]), status)
        p.add("small", "Debited  -  Sent to RBI  -  Awaiting credit at the beneficiary's bank")
        note(
            p,
            "The beneficiary's bank has not yet confirmed the credit. Please do not initiate this payment "
            "again.",
            "warn",
        )
        grid(
            p,
            "ps",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Beneficiary Name", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Initiated On", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Mode", "RTGS"], {"method": method}),
                (["Status", "In progress"], {}),
            ],
            tint=(232, 240, 226),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Share", "Home"))
        band(p, (150, 20, 40))
        app_head(p, "SIB Mirror+", "South Indian Bank")
        p.add("center", "NEFT Successful", status=status)
        p.add("gap")
        kv(p, "Beneficiary Name", to, at=0.4, merchant=to)
        kv(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
        kv(p, "UTR", utr, at=0.4, txn=(UTR_RANK, utr))
        kv(p, "Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.4, date=j.date)
        kv(p, "Remarks", "Packing boxes")
        kv(p, "Debit Account", f"{acct} (NEFT)", at=0.4, method=method)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "BHIM UPI"], dark=False, buttons=("Share", "Done"))
        band(p, (232, 110, 28))
        app_head(p, "Mahamobile Plus", "Bank of Maharashtra")
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = vname(p, [to])
        vlab(p, "Paid to", name, merchant=name)
        vlab(p, "UPI Ref No", utr, txn=(UTR_RANK, utr))
        vlab(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        vlab(p, "Paid from", f"Savings {dot * 2}{digits(rng, 4)}", method=method)
        return p.done()
    p = sheet_page(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(246, 248, 242), (244, 246, 240)])
    p.part = "head"
    tline(p, "ఆంధ్రప్రదేశ్ గ్రామీణ బ్యాంకు", scale=1.15, bold=True)
    p.add("center", "ANDHRA PRADESH GRAMEENA BANK  |  Dharmavaram Branch")
    p.add("small", f"A/c {digits(rng, 14)}  |  {FIRM_CAPS}")
    p.part = "body"
    typeface(p)
    h271.ext(p)["tt_scale"] = 0.86
    spec = [
        (0.0, 0.14, "l"),
        (0.14, 0.47, "l"),
        (0.47, 0.53, "l"),
        (0.53, 0.69, "r"),
        (0.69, 0.81, "r"),
        (0.81, 1.0, "r"),
    ]
    cols(p, "pbh", spec, "Date", "Particulars", "Chq", "Withdrawal", "Deposit", "Balance", mode="line")
    # each column's room in the printer's characters (heldout271's passbook_line's sums), so that no figure
    # is cut and the particulars are cut where the printer cuts them
    face = load_font(h271.tt_face(p), int(p.style["size"] * h271.ext(p)["tt_scale"]))
    cw = face.getlength("M")
    room = p.style["width"] - 2 * MARGIN
    fit = [int(hi * room // cw) - 1 - (int(lo * room // cw) + (1 if lo > 0 else 0)) for lo, hi, _ in spec]
    bal = rupees(rng, j.amount + 20000, j.amount + 400000, 0.3)
    before = j.date - dt.timedelta(days=rng.randrange(3, 20))
    cells = [when(before, "%d-%m-%y"), "B/F", "", "", "", num(bal, "plain")]
    assert all(len(c) <= n for c, n in zip(cells, fit)), (cells, fit)
    h271.passbook_line(p, cells, spec)
    shown = f"TO NEFT/{to}"[: fit[1]].rstrip()
    payee = shown.removeprefix("TO NEFT/")
    cells = [
        when(j.date, "%d-%m-%y"),
        shown,
        "",
        num(j.amount, "plain"),
        "",
        num(round(bal - j.amount, 2), "plain"),
    ]
    assert all(len(c) <= n for c, n in zip(cells, fit)), (cells, fit)
    h271.passbook_line(
        p, cells, spec, date=j.date, merchant=payee, amount=j.amount, method=method, status=status
    )
    pen_tick(p)
    h271.passbook_line(p, ["", "C/F", "", "", "", num(round(bal - j.amount, 2), "plain")], spec)
    p.add("gap")
    p.add("small", "Entries printed by the branch's passbook printer. Please check and report errors.")
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its artisans, players and staff: a player's chit written in a Telugu hand after a show
    (రశీదు, తేదీ and the day, "for playing <the instrument> (or singing) at the bommalata", ముట్టిన మొత్తం
    (the sum received) and its figure, "నగదు ముట్టింది" (cash received), his signature and his name under
    it; the lamps' soot; no reference); the gallery staff's payslip from Keka (Payslip for the month of ...;
    labels small over their values two to a row: Employee Name, Employee No.; Designation, Location; Pay
    Period, Paid Days; Earnings | Amount | Deductions | Amount in a table ruled on every side; Net Pay on a
    tinted panel; "Net pay credited on <day> by NEFT, UTR ..."); BHIM SBI Pay's Money sent successfully to an
    artisan ("to <artisan>"; labels small over their values: UPI Ref No., Date & Time, Paid from); Karnataka
    Bank's KBL Mobile Plus with a payment pending to an artisan under a spinner ("to <artisan>", a warning's
    notice; labels small over their values two to a row: UPI Ref No, Started on; Paid from); a master
    craftsman's HONORARIUM RECEIPT typed on the firm's paper under its Telugu name ("Received from ... the
    sum of Rs. x/- (in words) towards honorarium for teaching leather punching ..., paid by IMPS, Ref ...,
    on <day>."; his signature and his name under it); Equitas Small Finance Bank's Selfe with a UPI payment
    failed to an artisan on a tinted band (the reason in a notice; each value over its label: UPI Ref No,
    Date, From account); Indian Bank's IndPay payment details ("Payment to <artisan>", the sum, Completed,
    "Today, <hour>"; UPI transaction ID, Bank account, To UPI ID as label and value on a line; no day); a
    SANKRANTI BONUS VOUCHER under the firm's Telugu name and a punched strip (numbered fields, each its
    Telugu name over its English: ఓచర్ సంఖ్య / Voucher No. printed, తేదీ / Date, పేరు / Name, మొత్తం /
    Amount, విధానం / Paid by "UPI, Ref ..." written by hand; the receiver's signature). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=1200, high=26000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = ARTISANS[(k + rng.randrange(2)) % len(ARTISANS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        who, _, instr = rng.choice(PLAYERS)
        j.amount = float(rng.randrange(8, 30) * 100)
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(248, 246, 236), (250, 250, 242)])
        lamp_smoke(p)
        p.part = "body"
        p.add("gap")
        thand(p, "రశీదు", align="c", scale=1.4)
        thand(p, f"తేదీ {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", date=j.date)
        verb = "పాడినందుకు" if instr == "పాటలు" else "వాయించినందుకు"
        thand(p, f"బొమ్మలాటలో {instr} {verb}")
        thand(p, "ముట్టిన మొత్తం", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        thand(p, "నగదు ముట్టింది", scale=1.4, method="cash", status=status)
        p.add("gap")
        sig(p)
        write(p, who, align="r", merchant=who)
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
        p.add("center", f"Payslip for the month of {j.month(1 if j.date.day < 10 else 0)}")
        basic = float(rng.randrange(90, 150) * 100)
        hra = round(basic * 0.2, 0)
        spl = float(rng.choice([600, 900, 1200]))
        pf = round(min(basic, 15000) * 0.12, 0)
        pt = 200.0 if basic + hra + spl > 20000 else 150.0
        j.amount = basic + hra + spl - pf - pt
        two_up(
            p, "gh1", ("Employee Name", who), ("Employee No.", f"TKK{rng.randrange(1, 40):03d}"), merchant=who
        )
        two_up(
            p,
            "gh2",
            ("Designation", rng.choice(["Sales Executive", "Accounts Assistant"])),
            ("Location", "Puttaparthi"),
        )
        two_up(
            p,
            "gh3",
            ("Pay Period", j.month(1 if j.date.day < 10 else 0)),
            ("Paid Days", str(rng.choice([30, 31, 28]))),
        )
        p.add("gap")
        grid(
            p,
            "ge",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "PF", num(pf)], {}),
                (["HRA", num(hra), "Professional Tax", num(pt)], {}),
                (["Special Allowance", num(spl), "", ""], {}),
                (["Gross Earnings", num(basic + hra + spl), "Total Deductions", num(pf + pt)], {}),
            ],
            tint=(230, 236, 246),
        )
        panel(p, "Net Pay", rs(j.amount), (226, 236, 250), amount=j.amount)
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        para(
            p,
            f"Net pay credited on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "Generated with Keka HR. This is a system generated payslip.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Home"))
        band(p, (40, 60, 150))
        app_head(p, "BHIM SBI Pay", "UPI")
        p.add("center", "Money sent successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {worker}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        lab(p, "UPI Ref No.")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Date & Time")
        p.add("left", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        lab(p, "Paid from")
        p.add("left", f"SBI Savings {dot * 4}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "UPI payment"], dark=False, buttons=("Check status",))
        band(p, (0, 64, 128))
        app_head(p, "KBL Mobile Plus", "Karnataka Bank  |  UPI")
        spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {worker}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(p, "The receiver's bank has not confirmed this payment yet. Please do not pay again.", "warn")
        two_up(
            p,
            "sl",
            ("UPI Ref No", j.ref),
            ("Started on", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.add("gap")
        p.pair("Paid from", f"KBL SB A/c {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        master = rng.choice(["Bommala Ramanjaneyulu", "Dalavai Venkataramudu"])
        j.amount = float(rng.randrange(30, 150) * 100)
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        tline(p, FIRM_TE, scale=1.2, bold=True)
        top(p, FIRM)
        p.add("small", TOWN)
        p.add("rule")
        p.part = "body"
        p.add("center", "HONORARIUM RECEIPT")
        p.add("gap")
        typeface(p)
        n_ = h271.tt_cols(p) - 2
        text = (
            f"Received from {FIRM}, Nimmalakunta, the sum of Rs. {num(j.amount, 'indian', 0)}/- (Rupees "
            f"{bare_words(j.amount)} only) towards honorarium for teaching leather punching and colouring "
            f"at the children's workshop, paid by IMPS, Ref {j.ref}, on "
            f"{day_in(j, rng, ['%d-%m-%Y', '%d.%m.%Y'])}."
        )
        words_, line, first = text.split(), "", True
        facts = {
            "amount": j.amount,
            "method": "netbanking",
            "status": status,
            "txn": (UTR_RANK, j.ref),
            "date": j.date,
        }
        for word in words_:
            if line and len(f"{line} {word}") > n_:
                typed(p, line, **(facts if first else {}))
                first = False
                line = word
            else:
                line = f"{line} {word}".strip()
        typed(p, line, **(facts if first else {}))
        p.add("gap")
        sig(p)
        p.add("right", master, merchant=master)
        p.add("right", "Master Craftsman, Nimmalakunta")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Retry",))
        band(p, (0, 90, 160))
        app_head(p, "Selfe", "Equitas Small Finance Bank")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {worker}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "The receiver's bank is not reachable right now (U68). No money has left your account.",
            "error",
        )
        vlab(p, "UPI Ref No", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "From account", f"Equitas Savings {dot * 2}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=())
        band(p, (232, 96, 30))
        app_head(p, "IndPay", "Indian Bank  |  UPI")
        name = pick(p, "center", [f"Payment to {worker}"])[11:]
        p.add("center", f"Payment to {name}", merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        tick = sign(font, "\u2713", "")
        p.add("center", f"{tick} Completed".strip(), status=status)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("rule")
        p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Bank account", f"Indian Bank {dot * 4}{digits(rng, 4)}", method="UPI")
        p.pair("To UPI ID", f"{worker.split()[-1].lower()}{rng.randrange(10, 99)}@ybl")
        return p.done()
    shift(j, rng, SANKRANTI - dt.timedelta(days=rng.randrange(2, 10)))
    j.amount = float(rng.choice([2000, 2500, 3000, 3500, 4000, 5000]))
    p = sheet_page(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(252, 250, 242), (248, 248, 240)])
    p.part = "head"
    tline(p, FIRM_TE, scale=1.25, bold=True)
    top(p, FIRM)
    p.add("small", TOWN)
    punchwork(p)
    tline(p, "సంక్రాంతి బోనస్ ఓచర్ / SANKRANTI BONUS VOUCHER", bold=True)
    p.part = "body"
    vno = f"SB/{j.date.year}/{rng.randrange(1, 30):02d}"
    tnum(p, 1, "ఓచర్ సంఖ్య", "Voucher No.", vno, at=0.34, pen=False, txn=(INVOICE_RANK, vno))
    tnum(p, 2, "తేదీ", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), at=0.34, date=j.date)
    tnum(p, 3, "పేరు", "Name", worker, at=0.34, merchant=worker)
    tnum(p, 4, "మొత్తం", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.34, amount=j.amount)
    tnum(
        p,
        5,
        "విధానం",
        "Paid by",
        f"UPI, Ref {j.ref}",
        at=0.34,
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    sig(p)
    p.add("right", "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 8. fees and taxes


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees and taxes, the authority paid as printed: the CFMS e-challan for the professional tax
    to the Commercial Taxes Department (Challan No., Department, Head of Account, Remitter, Amount, Bank
    Reference No., Payment Date, Mode, Status Success in a table ruled on every side); Dharmavaram
    Municipality's property tax on the CDMA portal failed under an octagon's cross (the reason in a notice;
    Assessment No., Owner, Half Year, Amount, Transaction ID, Payment mode, Attempted on in dot leaders); the
    Labour Department's shop registration renewal receipt (Application No., Registration No., Establishment,
    Fee, Transaction ID, Bank Ref. No., Payment Date, Mode each a label at the left and its value at the
    right); Nimmalakunta Gram Panchayat's house tax receipt from its book under its Telugu name (No. left
    blank; numbered fields, each its Telugu name over its English and the value written by hand: తేదీ / Date,
    పేరు / Name, ఇంటి నంబరు / House No., మొత్తం / Amount; "నగదు ముట్టింది" (cash received) in a Telugu hand;
    an oval stamp; no reference); the Ministry of External Affairs' Passport Seva receipt for the troupe's
    leader (ARN, Applicant, Amount, Bank Reference No., Transaction ID, Payment Date, Mode in columns); the
    Puraseva app with Puttaparthi Nagar Panchayat's trade licence fee paid ("Today, <hour>"; Licence No.,
    Demand No., Transaction ID, Paid via as label and value on a line; no day); Shilparamam's stall rent with
    the payment awaiting confirmation under a spinner (a notice; a striped table: Stall No., Exhibitor,
    Period, Rent, Transaction ID, Mode, Initiated on); IGRS Andhra Pradesh's challan receipt for a lease
    deed's stamp duty and registration fee (two to a row: Challan No., Date; Document, SRO; Stamp Duty,
    Registration Fee; Total on a tinted panel; Bank Ref. No., Mode). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=200, high=30000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([1250, 2500, 2500]))
        p = browser_page(rng, font, "cfms.ap.gov.in/echallan/receipt")
        p.part = "head"
        top(p, "CFMS  |  Government of Andhra Pradesh")
        p.add("small", "e-Challan receipt  |  Comprehensive Financial Management System")
        p.add("rule")
        p.part = "body"
        ch = f"{j.date:%y}{digits(rng, 12)}"
        bref = f"{IFSC['Canara Bank']}{digits(rng, 10)}"
        name = "Commercial Taxes Department"
        grid(
            p,
            "cf",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Challan No.", ch], {"txn": (TXN_RANK, ch)}),
                (["Department", name], {"merchant": name}),
                (["Head of Account", "0028-00-107 Professional Tax"], {}),
                (["Remitter", f"{FIRM_CAPS} (Employer)"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank Reference No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Payment Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
                (["Mode", "Net Banking (Canara Bank)"], {"method": "netbanking"}),
                (["Status", "Success"], {"status": status}),
            ],
            tint=(228, 236, 226),
        )
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "cdma.ap.gov.in/propertytax/onlinepayment/status")
        p.part = "head"
        name = "Dharmavaram Municipality"
        top(p, name, merchant=name)
        p.add("small", "Commissioner and Director of Municipal Administration, A.P.  |  Property Tax")
        p.add("rule")
        p.part = "body"
        octa(p, status)
        p.add("center", "Payment Failed", status=status)
        note(
            p,
            "The payment gateway could not get a response from your bank. No tax has been collected.",
            "error",
        )
        tid = f"CDMA{digits(rng, 12)}"
        j.amount = rupees(rng, 1800, 9000, 0.5)
        dots(p, "Assessment No.", f"11{digits(rng, 8)}", at=0.32)
        dots(p, "Owner", PROP.upper(), at=0.32)
        dots(p, "Half Year", f"{fy(j.date)} (I and II)", at=0.32)
        dots(p, "Amount", rs(j.amount), at=0.32, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.32, txn=(TXN_RANK, tid))
        dots(p, "Payment mode", "Debit card", at=0.32, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.32, date=j.date)
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([500, 1000, 1500]))
        p = browser_page(rng, font, "labour.ap.gov.in/ShopsEstablishments/PaymentReceipt")
        p.part = "head"
        name = pick(
            p, "title", ["Labour Department, Government of Andhra Pradesh", "Labour Department, A.P."]
        )
        top(p, name, merchant=name)
        p.add("small", "A.P. Shops and Establishments Act  |  Renewal of registration")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        tid = f"LAB{digits(rng, 11)}"
        bref = f"{digits(rng, 12)}"
        kvr(p, "Application No.", f"SE{j.date:%y}{digits(rng, 8)}")
        kvr(p, "Registration No.", f"AP-SA-{rng.randrange(1000, 9999)}-{j.date.year - 3}")
        kvr(p, "Establishment", SHOP)
        kvr(p, "Fee", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        kvr(p, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        kvr(p, "Mode", "UPI", method="UPI")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(6, 40) * 50)
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(244, 240, 226), (248, 244, 232)])
        p.part = "head"
        tline(p, "గ్రామ పంచాయతీ, నిమ్మలకుంట", scale=1.25, bold=True)
        name = "NIMMALAKUNTA GRAM PANCHAYAT"
        top(p, name, merchant=name)
        p.add("small", "Dharmavaram Mandal, Sri Sathya Sai District")
        tline(p, "ఇంటి పన్ను రశీదు / HOUSE TAX RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..............")
        tnum(p, 1, "తేదీ", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), at=0.34, date=j.date)
        tnum(p, 2, "పేరు", "Name", PROP, at=0.34)
        tnum(p, 3, "ఇంటి నంబరు", "House No.", f"{rng.randrange(1, 9)}-{rng.randrange(10, 240)}", at=0.34)
        tnum(p, 4, "మొత్తం", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.34, amount=j.amount)
        thand(p, "నగదు ముట్టింది", scale=1.4, method="cash", status=status)
        h287.oval(p, ["GRAM PANCHAYAT", "NIMMALAKUNTA", "PANCHAYAT SECRETARY"], "violet", at=0.7, rows_=3)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([1500, 2000]))
        p = browser_page(rng, font, "portal1.passportindia.gov.in/AppOnlineProject/online/paymentReceipt")
        p.part = "head"
        name = pick(p, "title", ["Ministry of External Affairs", "Ministry of External Affairs, GoI"])
        top(p, name, merchant=name)
        p.add("small", "Passport Seva  |  Online Payment Receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your payment has been received successfully.", status=status)
        p.add("gap")
        bref = f"{digits(rng, 12)}"
        tid = f"PSP{digits(rng, 12)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(p, "pp", spec, "ARN", f"26-{digits(rng, 10)}")
        colkv(p, "pp", spec, "Applicant", SON.upper())
        colkv(p, "pp", spec, "Amount", rs(j.amount), amount=j.amount)
        colkv(p, "pp", spec, "Bank Reference No.", bref, txn=(BANK_RANK, bref))
        colkv(p, "pp", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(p, "pp", spec, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        colkv(p, "pp", spec, "Mode", "Internet Banking (SBI)", method="netbanking")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([1200, 1800, 2500, 3000]))
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Download receipt",))
        band(p, (0, 110, 150))
        app_head(p, "Puraseva", "Municipal services, A.P.")
        name = "Puttaparthi Nagar Panchayat"
        p.add("center", name, merchant=name)
        p.add("small", "Trade licence fee")
        p.add("gap")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        tid = f"PS{digits(rng, 13)}"
        p.pair("Licence No.", f"TL/{rng.randrange(100, 999)}/{j.date.year - 2}")
        p.pair("Demand No.", f"D{digits(rng, 8)}")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([12000, 15000, 18000, 22000]))
        p = browser_page(rng, font, "shilparamam.ap.gov.in/stalls/payment/status")
        p.part = "head"
        name = pick(p, "title", ["Shilparamam Arts, Crafts and Cultural Society", "Shilparamam Society"])
        top(p, name, merchant=name)
        p.add("small", "Stall booking  |  Crafts Bazaar")
        p.add("rule")
        p.part = "body"
        spinner(p, AMBER)
        p.add("center", "Payment awaiting confirmation", status=status)
        note(
            p,
            "We have not yet received the bank's confirmation. The stall will be allotted once it is "
            "confirmed.",
        )
        tid = f"SLP{digits(rng, 11)}"
        zebra(
            p,
            "sh",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Details", ""],
            [
                (["Stall No.", f"{rng.randrange(10, 60)}"], {}),
                (["Exhibitor", SHOP], {}),
                (["Period", "Crafts Bazaar, 15 days"], {}),
                (["Rent", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Mode", "UPI"], {"method": "UPI"}),
                (["Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
            ],
            (150, 60, 30),
        )
        return p.done()
    stamp_duty = float(rng.randrange(10, 60) * 100)
    fee = float(rng.choice([1000, 2000]))
    j.amount = stamp_duty + fee
    p = browser_page(rng, font, "registration.ap.gov.in/igrs/challan/receipt")
    p.part = "head"
    name = "Registration and Stamps Department, A.P."
    top(p, name, merchant=name)
    p.add("small", "IGRS Andhra Pradesh  |  Challan receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Challan paid", status=status)
    ch = f"{j.date:%y%m}{digits(rng, 9)}"
    bref = f"SBI{digits(rng, 11)}"
    two_up(
        p,
        "ig1",
        ("Challan No.", ch),
        ("Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])),
        txn=(TXN_RANK, ch),
        date=j.date,
    )
    two_up(p, "ig2", ("Document", "Lease deed, workshop shed"), ("SRO", "Dharmavaram"))
    two_up(p, "ig3", ("Stamp Duty", rs(stamp_duty)), ("Registration Fee", rs(fee)))
    panel(p, "Total", rs(j.amount), (232, 236, 246), amount=j.amount)
    p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
    p.pair("Mode", "Net Banking (SBI)", method="netbanking")
    return p.done()


# ---------------------------------------------------------------- 9. premiums


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top or after "to": Universal Sompo's PREMIUM RECEIPT for the
    workshop's Bharat Sookshma Udyam Suraksha policy (Receipt No., Receipt Date, Policy No., Insured, Period
    against a gutter; Net Premium, CGST 9%, SGST 9% and Total Premium on a striped table; "Received with
    thanks by NEFT, UTR ..."); Aditya Birla Health's Activ Health app (Renewal successful, the sum, "Paid to
    <insurer>"; a copyable Transaction ID; Paid on, Payment mode, UPI Ref as label and value on a line);
    ManipalCigna's renewal with the payment under process over a progress bar (a notice; shaded labels:
    Proposal No., Premium, Payment mode, Transaction ID, Initiated on); Kotak General's mail of the delivery
    bike's policy issued (its sentence; Policy No., Vehicle, Premium (incl. GST), Payment ID, Payment date,
    Payment mode in columns); Reliance General's payment failed on a tinted band (the reason in a notice; each
    value over its label: Premium, Order ID, Card, Attempted on); Postal Life Insurance's premium receipt book
    at the Dharmavaram post office (Policy No. and the insurant printed; Month | Premium | Date | Remarks
    written in its columns, "Recd. cash"; the office's round date stamp; no reference); PNB MetLife's mail of
    a renewal premium received (its sentence; a table ruled on every side: Policy No., Premium Due Date,
    Amount Received, Receipt No., Transaction Ref No., Mode); Bajaj Allianz's Caringly Yours app with the
    shop's policy renewed ("Today, <hour>"; the sum, "Paid to <insurer>"; Policy No. and Product in two tiles;
    a copyable Transaction ID; Paid via; no day). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=900, high=48000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        net = float(rng.randrange(40, 260) * 25)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(
            p, "title", ["Universal Sompo General Insurance Co. Ltd.", "Universal Sompo General Insurance"]
        )
        top(p, name, merchant=name)
        p.add("small", "Anantapur Branch Office  |  IRDAI Reg. No. 134")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        rno = f"R{j.date:%y}{digits(rng, 9)}"
        gutter(p, "us", "Receipt No.", rno, at=0.34, txn=(INVOICE_RANK, rno))
        gutter(p, "us", "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.34, date=j.date)
        gutter(p, "us", "Policy No.", f"2{digits(rng, 3)}/{digits(rng, 8)}/00/000")
        gutter(p, "us", "Insured", FIRM)
        end = j.date.replace(year=j.date.year + 1) - dt.timedelta(days=1)
        gutter(p, "us", "Period", f"{when(j.date, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
        p.add("gap")
        zebra(
            p,
            "uz",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            ["Premium", "Rs."],
            [
                (["Net Premium", num(net)], {}),
                (["CGST 9%", num(gst)], {}),
                (["SGST 9%", num(gst)], {}),
                (["Total Premium", num(j.amount)], {"amount": j.amount}),
            ],
            (0, 90, 150),
        )
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        para(
            p,
            f"Received with thanks by NEFT, UTR {utr}.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "Bharat Sookshma Udyam Suraksha: the workshop shed, its hides, colours and puppets.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("View policy",))
        band(p, (200, 30, 50))
        app_head(p, "Activ Health", "Aditya Birla Health Insurance")
        sicon(p, status)
        p.add("center", "Renewal successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["Paid to Aditya Birla Health Insurance", "Paid to Aditya Birla Health"])[8:]
        p.add("center", f"Paid to {name}", merchant=name)
        p.add("rule")
        tid = f"ABH{digits(rng, 12)}"
        copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.pair("Payment mode", "UPI", method="UPI")
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "www.manipalcigna.com/renewal/payment-status")
        p.part = "head"
        name = "ManipalCigna Health Insurance"
        top(p, name, merchant=name)
        p.add("small", "Renew your policy  |  Payment status")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment under process", status=status)
        progress(p, 0.5, status)
        note(
            p,
            "We are yet to receive the confirmation from your bank. Your policy will be renewed as soon as "
            "it arrives; please do not pay again.",
            "warn",
        )
        tid = f"MCH{digits(rng, 12)}"
        kv(p, "Proposal No.", f"PROP{digits(rng, 9)}", at=0.36)
        kv(p, "Premium", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment mode", "Net Banking (Canara Bank)", at=0.36, method="netbanking")
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 1100, 3400, 0.4)
        p = mail_page(
            rng, font, "Kotak General Insurance <care@kotakgi.com>", ["Your two wheeler policy is issued"]
        )
        p.part = "head"
        name = pick(p, "title", ["Kotak Mahindra General Insurance", "Kotak General Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {SON},")
        para(
            p,
            "Thank you for choosing us. We have received your payment and your two wheeler policy has been "
            "issued. The policy schedule is attached to this mail.",
            status=status,
        )
        pid = f"pay_{code(rng, 14, MIXED)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "kg", spec, "Policy No.", f"3005/{digits(rng, 8)}/00/000")
        colkv(
            p,
            "kg",
            spec,
            "Vehicle",
            f"AP 39 {code(rng, 2, 'ABCDEFGHKLMNPRTUVWXYZ')} {rng.randrange(1000, 9999)} (delivery bike)",
        )
        colkv(p, "kg", spec, "Premium (incl. GST)", rs(j.amount), amount=j.amount)
        colkv(p, "kg", spec, "Payment ID", pid, txn=(TXN_RANK, pid))
        colkv(p, "kg", spec, "Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "kg", spec, "Payment mode", f"Credit card XX{digits(rng, 4)}", method="card")
        p.add("gap")
        p.add("small", "Drive safe. Kotak General Insurance.")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (0, 86, 160))
        app_head(p, "Reliance General Insurance", "Renew policy")
        h269.strip(p, "Payment failed", status)
        p.add("small", "to Reliance General Insurance", merchant="Reliance General Insurance")
        note(p, "Your card was declined by the issuing bank. No premium has been collected.", "error")
        oid = f"RGI{digits(rng, 10)}"
        vlab(p, "Premium", rs(j.amount), amount=j.amount)
        vlab(p, "Order ID", oid, bold=False, txn=(ORDER_RANK, oid))
        vlab(p, "Card", f"Debit card {dot * 4} {digits(rng, 4)}", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([640, 985, 1240, 1560, 2100]))
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(244, 238, 220), (240, 236, 222)])
        p.part = "head"
        name = "POSTAL LIFE INSURANCE"
        top(p, name, merchant=name)
        p.add("small", "Department of Posts, India  |  Premium Receipt Book")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Policy No.: AP-{rng.randrange(100000, 999999)}-CS")
        p.add("left", f"Insurant: {PROP}")
        spec = [(0.0, 0.28, "l"), (0.28, 0.5, "r"), (0.52, 0.74, "c"), (0.76, 1.0, "l")]
        cols(p, "plh", spec, "Month", "Premium", "Date", "Remarks", mode="line")
        start = len(p.rows)
        hcells(
            p,
            spec,
            j.month(0),
            f"{num(j.amount, 'indian', 0)}/-",
            when(j.date, "%d/%m/%y"),
            "Recd. cash",
            amount=j.amount,
            date=j.date,
            method="cash",
            status=status,
        )
        hcells(p, spec, "", "", "", "")
        ledger(p, start, [0.28, 0.51, 0.75])
        h269.seal(p, "DHARMAVARAM S.O. * 515671 *", ["PLI", "COUNTER"], "violet")
        return p.done()
    if k == 6:
        p = mail_page(rng, font, "PNB MetLife <noreply@pnbmetlife.com>", ["Renewal premium received"])
        p.part = "head"
        name = pick(p, "title", ["PNB MetLife India Insurance Co. Ltd.", "PNB MetLife"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        pol = f"2{digits(rng, 8)}"
        para(
            p,
            f"We have received your renewal premium of {rs(j.amount)} for policy no. {pol} on "
            f"{day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])}. Thank you for staying with us.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        rno = f"RN{digits(rng, 10)}"
        tref = f"PMLI{digits(rng, 11)}"
        due = j.date + dt.timedelta(days=rng.randrange(3, 25))
        gkv(p, "pm", "Policy No.", pol)
        gkv(p, "pm", "Premium Due Date", when(due, "%d/%m/%Y"))
        gkv(p, "pm", "Amount Received", rs(j.amount))
        gkv(p, "pm", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        gkv(p, "pm", "Transaction Ref No.", tref, txn=(TXN_RANK, tref))
        gkv(p, "pm", "Mode", "Net Banking", method="netbanking")
        p.add("gap")
        p.add("small", "This is a system generated mail; the premium receipt is attached.")
        return p.done()
    p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Download policy",))
    band(p, (0, 84, 160))
    app_head(p, "Caringly Yours", "Bajaj Allianz General Insurance")
    p.add("center", "Policy renewed", status=status)
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", ["Paid to Bajaj Allianz General Insurance", "Paid to Bajaj Allianz"])[8:]
    p.add("center", f"Paid to {name}", merchant=name)
    p.add("gap")
    tiles2(
        p,
        ("Policy No.", f"OG-{j.date.year % 100 + 1}-{digits(rng, 4)}-{digits(rng, 4)}"),
        ("Product", "Shop Package"),
    )
    tid = f"BA{digits(rng, 13)}"
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    p.pair("Paid via", "UPI", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 10. cards


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the gallery's terminals and the firm's card elsewhere: HDFC Bank's SmartPOS slip at the
    gallery (SALE; DATE and TIME, MID and TID, BATCH and INVOICE two to a line; CARD NUM, CARD TYPE; APPR CODE
    and RRN on a line; TOTAL AMOUNT; APPROVED, PIN VERIFIED OK; CUSTOMER COPY); Axis Bank's slip at a
    Puttaparthi restaurant with a tip (DATE, TIME, TID, ROC, CARD, AUTH, RRN, BASE AMT, TIP AMT, TOTAL AMT;
    APPROVED, NO SIGNATURE REQUIRED); Bank of India's Worldline slip at a Hyderabad hotel TRANSACTION DECLINED
    (55 INCORRECT PIN); Indian Bank's slip at the Shilparamam stall in the fair's days (Txn Date, Txn Time,
    Mid, Tid, Batch#, Invoice#, Card#, Auth Code, RRN, Sale Amount; Txn Approved); Canara Bank's slip at an
    Anantapur book house (DT and TM on a line, CARD, APPR, RRN, SALE AMT; TXN APPROVED); a Puttaparthi tiffin
    centre's bill written by hand under its Telugu name (Date written in; the dishes in their columns, Total;
    "Paid by card"; no reference); the Mswipe app on the gallery's phone (the gallery under the app, Card
    payment approved under an octagon's tick, the sum, the card and "Just now"; Auth code, RRN, Txn ID as
    label and value on a line; no day); AU Small Finance Bank's slip at a Bengaluru packaging store with the
    issuer's answer late (TRANSACTION TIMED OUT, STATUS: PENDING WITH ISSUER, DO NOT RETRY). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=450, high=42000)
    if k == 3:
        shift(j, rng, FAIR + dt.timedelta(days=rng.randrange(0, 10)))
    if k in (1, 2):
        j.amount = rupees(rng, 700, 9000, 0.4)
    last4 = digits(rng, 4)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    appr = f"{rng.randrange(10**5, 10**6)}"
    tid = f"{rng.randrange(10**7, 10**8)}"
    mid = f"{digits(rng, 15)}"
    inv = f"{rng.randrange(1, 9999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    if k == 5:
        p = sheet_page(rng, font, [540, 580])
        p.style["paper"] = rng.choice([(250, 248, 236), (246, 246, 238)])
        p.part = "head"
        tline(p, "శ్రీ సాయి టిఫిన్ సెంటర్", scale=1.25, bold=True)
        name = "SRI SAI TIFFIN CENTRE"
        top(p, name, merchant=name)
        p.add("small", "Pure veg  |  Bus Stand Road, Puttaparthi")
        p.part = "body"
        p.add("gap")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        spec = [(0.0, 0.58, "l"), (0.58, 0.74, "c"), (0.76, 1.0, "r")]
        cols(p, "tf", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Idli vada", 40, 60),
                ("Pesarattu upma", 60, 80),
                ("Ghee dosa", 50, 70),
                ("Meals", 90, 130),
                ("Filter coffee", 15, 25),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(2, 9)
            v = float(q * rng.randrange(lo, hi, 5))
            hcells(p, spec, text, str(q), num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.58, 0.75])
        p.add("gap")
        write(p, "Paid by card", method="card", status=status)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Send e-receipt",))
        band(p, (24, 52, 110))
        app_head(p, "Mswipe", "Merchant app")
        name = pick(p, "center", [SHOP_CAPS, SHOP])
        p.add("center", name, merchant=name)
        octa(p, status)
        p.add("center", "Card payment approved", status=status)
        p.add("big", f"Rs. {num(j.amount)}", amount=j.amount)
        p.add("small", f"{scheme} {sign(font, chr(0x2022), '*') * 4} {last4}  |  Just now", method="card")
        p.add("rule")
        txid = f"MSW{digits(rng, 11)}"
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Txn ID", txid, txn=(TXN_RANK, txid))
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    rs_ = rng.choice(["Rs.", "INR ", "Rs "])

    grouped = rng.random() < 0.6

    def amt(v: float) -> str:
        return f"{rs_}{v:,.2f}" if grouped else f"{rs_}{v:.2f}"

    face = load_font(font, p.style["size"])
    room_chars = int(room_of(p) // face.getlength("M"))

    def two(a: str, b: str) -> str:
        gap = max(2, room_chars - len(a) - len(b))
        return f"{a}{' ' * gap}{b}"

    p.part = "head"
    if k == 0:
        p.add("center", "HDFC BANK")
        name = pick(p, "center", [SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "CHITRAVATHI ROAD, PUTTAPARTHI")
        p.part = "body"
        p.add("small", "HDFC Bank SmartPOS  |  Innoviti")
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", two(f"DATE:{when(j.date, '%d/%m/%y')}", f"TIME:{t}"), date=j.date)
        p.add("left", two(f"MID:{mid[:10]}", f"TID:{tid}"))
        p.add("left", two(f"BATCH:{rng.randrange(1, 999):06d}", f"INVOICE:{inv}"), txn=(INVOICE_RANK, inv))
        p.add("left", f"CARD NUM : XXXX XXXX XXXX {last4}", method="card")
        p.add("left", f"CARD TYPE: {scheme} CHIP")
        p.add("left", two(f"APPR CODE:{appr}", f"RRN:{j.ref}"), txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("left", f"TOTAL AMOUNT : {amt(j.amount)}", amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK  |  *** CUSTOMER COPY ***")
        return p.done()
    if k == 1:
        base = j.amount
        tip = float(rng.choice([50, 100, 150, 200]))
        j.amount = round(base + tip, 2)
        p.add("center", "AXIS BANK")
        name = "SAI KRISHNA RESTAURANT"
        p.add("center", name, merchant=name)
        p.add("small", "PUTTAPARTHI")
        p.part = "body"
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("ROC", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} **** {last4} (TAP)", method="card")
        p.pair("AUTH", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE AMT", f"{base:,.2f}")
        p.pair("TIP AMT", f"{tip:,.2f}")
        p.pair("TOTAL AMT", amt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "NO SIGNATURE REQUIRED")
        return p.done()
    if k == 2:
        p.add("center", "BANK OF INDIA")
        name = pick(p, "center", ["HOTEL GOLCONDA RESIDENCY", "GOLCONDA RESIDENCY"])
        p.add("center", name, merchant=name)
        p.add("small", "ABIDS, HYDERABAD")
        p.part = "body"
        p.add("small", "Worldline")
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE: {when(j.date, '%d-%m-%Y')}  {t[:5]}", date=j.date)
        p.add("left", two(f"TID: {tid}", f"INV: {inv}"), txn=(INVOICE_RANK, inv))
        p.add("left", f"CARD: {scheme} XXXX{last4} (CHIP)", method="card")
        p.add("left", f"AMOUNT: {amt(j.amount)}", amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION DECLINED", status=status)
        p.add("center", "55 INCORRECT PIN")
        p.add("small", "PLEASE RETRY WITH THE CORRECT PIN")
        return p.done()
    if k == 3:
        p.add("center", "Indian Bank")
        name = pick(p, "center", ["THOLUBOMMA GALLERY - STALL 37", SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "SHILPARAMAM, MADHAPUR, HYDERABAD")
        p.part = "body"
        p.add("center", "SALE")
        p.add("rule")
        p.pair("Txn Date", when(j.date, "%d %b %Y"), date=j.date)
        p.pair("Txn Time", t)
        p.pair("Mid", mid[:12])
        p.pair("Tid", tid)
        p.pair("Batch#", f"{rng.randrange(1, 99):04d}")
        p.pair("Invoice#", inv, txn=(INVOICE_RANK, inv))
        p.pair("Card#", f"{scheme} xxxx {last4}", method="card")
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("Sale Amount", amt(j.amount), amount=j.amount)
        p.add("center", "Txn Approved", status=status)
        p.add("small", "Indian Bank merchant services  |  Customer copy")
        return p.done()
    if k == 4:
        p.add("center", "CANARA BANK")
        name = pick(p, "center", ["SRI KRISHNADEVARAYA BOOK HOUSE", "SRI KRISHNADEVARAYA BOOKS"])
        p.add("center", name, merchant=name)
        p.add("small", "SUBHASH ROAD, ANANTAPUR")
        p.part = "body"
        p.add("rule")
        p.add("left", f"DT {when(j.date, '%d.%m.%y')}  TM {t[:5]}", date=j.date)
        p.add("left", f"CARD {scheme} ...{last4} (SWIPE)", method="card")
        p.add("left", f"APPR {appr}")
        p.add("left", f"RRN {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("left", f"SALE AMT {amt(j.amount)}", amount=j.amount)
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "THANK YOU - VISIT AGAIN")
        return p.done()
    p.add("center", "AU SMALL FINANCE BANK")
    name = pick(p, "center", ["BENGALURU PACKING SOLUTIONS", "BENGALURU PACKING"])
    p.add("center", name, merchant=name)
    p.add("small", "PEENYA, BENGALURU")
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    p.add("left", two(f"DATE {when(j.date, '%d/%m/%Y')}", f"TIME {t[:5]}"), date=j.date)
    p.add("left", two(f"TID {tid}", f"INV {inv}"), txn=(INVOICE_RANK, inv))
    p.add("left", f"CARD {scheme} XXXX XXXX {last4}", method="card")
    p.add("left", f"AMOUNT {amt(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "TRANSACTION TIMED OUT")
    p.add("center", "STATUS: PENDING WITH ISSUER", status=status)
    p.add("small", "DO NOT RETRY. CHECK WITH YOUR CARD ISSUER")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the gallery's bills: APSPDCL's online payment receipt under an octagon's tick (a
    striped table: Service No., USC No., Consumer Name, Bill Month, Amount Paid, Receipt No., Transaction ID,
    Paid on, Mode); AP State FiberNet's app with the bill paid ("to <biller>"; CAF No. and Bill month in two
    tiles; a copyable Transaction ID; Paid on, Payment mode, UPI Ref as label and value on a line); HP Pay's
    refill booked and paid under a large round tick ("Today, <hour>"; "Paid to HP Gas", the distributor under
    it; Booking No., Transaction ID, Paid via as label and value on a line; no day); a Puttaparthi cable
    network's MONTHLY RECEIPT from its book (No. left blank; Date, Name, Month, Amount Rs. written in; "Recd.
    cash with thanks" in the hand; no reference); Hathway's bill payment failed on a tinted band ("for
    <biller>", the reason in a notice; Customer ID, Amount, Transaction ID, Card, Attempted on in dot
    leaders); d2h's recharge receipt (Recharge Successful in a capsule; labels set to the right against a
    gutter: VC No., Pack, Amount, Recharge Date, Transaction ID, Payment Mode); HelloBPCL's Bharat Gas refill
    with the payment pending under an octagon's three dots ("for <biller>", a notice; Booking No. and
    Consumer No. in two tiles; shaded labels: Transaction ID, Initiated on, Mode); ACT Fibernet's mail of a
    payment received (its sentence; a table ruled on every side: Account No., Plan, Receipt No., Transaction
    ID, Mode). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 2, low=300, high=12000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "www.apspdcl.in/ConsumerDashboard/PaymentReceipt")
        p.part = "head"
        name = pick(p, "title", ["Southern Power Distribution Company of A.P. Ltd.", "APSPDCL"])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment  |  Dharmavaram Division")
        p.add("rule")
        p.part = "body"
        octa(p, status)
        p.add("center", "Payment successful", status=status)
        tid = f"SPDCL{digits(rng, 12)}"
        rno = f"{digits(rng, 10)}"
        zebra(
            p,
            "ap",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Receipt", ""],
            [
                (["Service No.", f"5{digits(rng, 3)} {digits(rng, 5)}"], {}),
                (["USC No.", str(digits(rng, 9))], {}),
                (["Consumer Name", SHALA.upper()], {}),
                (["Bill Month", j.month(1)], {}),
                (["Amount Paid", rs(j.amount)], {"amount": j.amount}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Paid on", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Mode", "UPI"], {"method": "UPI"}),
            ],
            (0, 100, 60),
        )
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 350, 2400, 0.6)
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Done",))
        band(p, (0, 120, 190))
        app_head(p, "APSFL", "AP State FiberNet")
        p.add("center", "Bill paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to AP State FiberNet Ltd.", "to APSFL"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        tiles2(p, ("CAF No.", str(digits(rng, 9))), ("Bill month", j.month(1)))
        tid = f"APSFL{digits(rng, 10)}"
        copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid on", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), date=j.date)
        p.pair("Payment mode", "UPI", method="UPI")
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([905.0, 912.5, 918.5, 925.0]))
        p = phone(rng, font, k, ["", "Booking"], dark=False, buttons=("Track delivery",))
        band(p, (0, 82, 160))
        app_head(p, "HP Pay", "HP Gas")
        sicon(p, status)
        p.add("center", "Refill booked and paid", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Paid to HP Gas", merchant="HP Gas")
        p.add("small", "Distributor: Sri Lakshmi HP Gas Agencies, Puttaparthi")
        p.add("rule")
        bk = f"{digits(rng, 10)}"
        tid = f"HPP{digits(rng, 12)}"
        p.pair("Booking No.", bk, txn=(ORDER_RANK, bk))
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid via", "UPI", method="UPI")
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([250, 300, 350, 400]))
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(236, 242, 250), (248, 244, 232)])
        p.part = "head"
        name = "SRI SAI CABLE NETWORK"
        top(p, name, merchant=name)
        p.add("small", "Cable TV and internet  |  Gopuram Road, Puttaparthi")
        p.add("center", "MONTHLY RECEIPT")
        p.part = "body"
        p.add("left", "No. ...........")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d-%m-%Y"]), date=j.date)
        blank(p, "Name", SHOP)
        blank(p, "Month", j.month(0))
        blank(p, "Amount Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        write(p, "Recd. cash with thanks", method="cash", status=status)
        sig(p)
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 400, 3200, 0.4)
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Retry",))
        band(p, (0, 88, 160))
        app_head(p, "Hathway", "Pay your bill")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Hathway Broadband"
        p.add("center", f"for {name}", merchant=name)
        note(
            p,
            "Your card issuer declined this payment. Your bill is still due; please try another card.",
            "error",
        )
        tid = f"HW{digits(rng, 12)}"
        dots(p, "Customer ID", f"1{digits(rng, 8)}", at=0.34)
        dots(p, "Amount", rs(j.amount), at=0.34, bold=True)
        dots(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        dots(p, "Card", f"Credit card XX{digits(rng, 4)}", at=0.34, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([299, 349, 410, 475, 560]))
        p = browser_page(rng, font, "www.d2h.com/recharge/receipt")
        p.part = "head"
        top(p, "d2h", merchant="d2h")
        p.add("small", "Recharge receipt")
        p.add("rule")
        p.part = "body"
        pill(p, "Recharge Successful", status)
        p.add("gap")
        tid = f"D2H{digits(rng, 11)}"
        gutter(p, "dh", "VC No.", str(digits(rng, 11)), at=0.36)
        gutter(p, "dh", "Pack", "Telugu Gold HD", at=0.36)
        gutter(p, "dh", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "dh", "Recharge Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=0.36, date=j.date)
        gutter(p, "dh", "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        gutter(p, "dh", "Payment Mode", "Net Banking", at=0.36, method="netbanking")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([1790.5, 1812.0, 1856.5, 1903.0]))
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Check status",))
        band(p, (0, 90, 170))
        app_head(p, "HelloBPCL", "Bharat Gas")
        octa(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Bharat Gas", merchant="Bharat Gas")
        note(
            p,
            "We are waiting for your bank's confirmation. The refill will be booked once it arrives.",
            "warn",
        )
        bk = f"{digits(rng, 9)}"
        tiles2(p, ("Booking No.", bk), ("Consumer No.", str(digits(rng, 8))), txn=(ORDER_RANK, bk))
        tid = f"BPCL{digits(rng, 11)}"
        kv(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date)
        kv(p, "Mode", "UPI", at=0.38, method="UPI")
        return p.done()
    j.amount = float(rng.choice([706.82, 824.82, 1059.82, 1179.0]))
    p = mail_page(rng, font, "ACT Fibernet <noreply@actcorp.in>", ["Payment received - thank you"])
    p.part = "head"
    top(p, "ACT Fibernet", merchant="ACT Fibernet")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    para(
        p,
        f"We have received your payment of {rs(j.amount)} towards your ACT Fibernet account on "
        f"{day_in(j, rng, ['%d-%m-%Y', '%d %b %Y'])}. Thank you.",
        amount=j.amount,
        date=j.date,
        status=status,
    )
    rno = f"RCP{digits(rng, 9)}"
    tid = f"{digits(rng, 12)}"
    gkv(p, "ac", "Account No.", str(digits(rng, 9)))
    gkv(p, "ac", "Plan", "ACT Basic 150 Mbps")
    gkv(p, "ac", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    gkv(p, "ac", "Transaction ID", tid, txn=(TXN_RANK, tid))
    gkv(p, "ac", "Mode", "UPI", method="UPI")
    p.add("gap")
    p.add("small", "Team ACT")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Andhra Pradesh Grameena Bank", "AD-APGBNK", "BOMMALA KALA SAMAGRI", "UPI", "telugu"),
    ("State Bank of India", "VM-SBIUPI", "SRI VENKATESWARA B", "UPI", "sms"),
    ("Bank of Baroda", "JD-BOBTXN", "RAYALASEEMA TRANSP", "IMPS", "sms"),
    ("Karur Vysya Bank", "AX-KVBANK", "DECCAN PACKAGING WO", "NEFT", "sms"),
    ("RBL Bank", "", "ANANTAPUR ART PRINTS", "NEFT", "mail"),
    ("Punjab & Sind Bank", "BZ-PSBANK", "SRI LAKSHMI TIMBER", "RTGS", "sms"),
    ("Karnataka Bank", "", "SAI GANESH FRAMES", "UPI", "forward"),
    ("City Union Bank", "", "SRI SAI OFFSET PRINT", "IMPS", "banner"),
]
STOCK = [
    ("Hanuman puppet, 4 ft", "3 in stock"),
    ("Lamp shade, 12 in", "14 in stock"),
    ("Ravana panel", "1 in stock"),
    ("Toranam, 4 ft", "6 in stock"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: Andhra Pradesh Grameena Bank's SMS in Telugu in its messages
    thread under its day divider ("ప్రియమైన ఖాతాదారుడా, మీ ఖాతా XX1234 నుండి రూ.x UPI ద్వారా <PAYEE> కు
    <dd-mm-yyyy> న డెబిట్ అయింది. రిఫరెన్స్ నం. <ref>. ..."); SMS in State Bank of India's ("Dear UPI user A/C
    X1234 debited by x on date <ddMonyy> trf to <PAYEE> Refno <ref>. ..."), Bank of Baroda's ("IMPS transfer
    of Rs.x to <PAYEE> on <dd-mm-yy> has failed. IMPS Ref ... Amount, if debited, will be credited back."),
    Karur Vysya Bank's ("Your A/c XX1234 is debited with INR x on <dd-mm-yyyy> for NEFT to <PAYEE>. Avl Bal
    INR y"; no reference) and Punjab & Sind Bank's ("RTGS of Rs x to <PAYEE> dated <dd/mm/yyyy> is pending for
    credit at the beneficiary bank. UTR ... Please do not re-initiate.") wordings; RBL Bank's mail ("INR x has
    been debited from your RBL Bank account XXXX1234 on <dd-Mon-yyyy> towards NEFT to <PAYEE>. UTR: ...");
    Karnataka Bank's SMS forwarded into a WhatsApp chat (the contact's name on top, a "Today" divider, the
    bubble's Forwarded mark over the SMS: "Your A/c XX1234 is debited for Rs.x on <dd-mm-yy> by UPI Ref no ...
    to <PAYEE>. ...", the chat's hour and ticks, a word of hers after it); City Union Bank's heads-up
    notification over the gallery's stock app dimmed under it ("CUB All in One" and "now", Debit alert, "Rs.x
    debited from A/c XX1234 to <PAYEE> via IMPS. IMPS Ref ..."; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
    if bank == "State Bank of India":
        j.amount = float(rng.randrange(400, 24000))
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
    if frame == "telugu":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"ప్రియమైన ఖాతాదారుడా, మీ ఖాతా XX{tail4} నుండి రూ.{amt} UPI ద్వారా {to} కు "
            f"{when(j.date, '%d-%m-%Y')} న డెబిట్ అయింది. రిఫరెన్స్ నం. {utr}. మీరు చేయకపోతే 1800-425-8000 "
            "కు కాల్ చేయండి. -APGB"
        )
        twrap(p, text, share=0.92, **facts)
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "State Bank of India":
            text = (
                f"Dear UPI user A/C X{tail4} debited by {j.amount:.1f} on date {when(j.date, '%d%b%y')} "
                "trf to "
                f"{to} Refno {utr}. If not u? call 1800111109. -SBI"
            )
        elif bank == "Bank of Baroda":
            text = (
                f"Dear Customer, IMPS transfer of Rs.{amt} to {to} on {when(j.date, '%d-%m-%y')} has failed. "
                f"IMPS Ref {utr}. Amount, if debited, will be credited back. -Bank of Baroda"
            )
        elif bank == "Karur Vysya Bank":
            text = (
                f"Your A/c XX{tail4} is debited with INR {amt} on {when(j.date, '%d-%m-%Y')} for NEFT to "
                f"{to}. "
                f"Avl Bal INR {bal} -KVB"
            )
        else:
            text = (
                f"RTGS of Rs {amt} to {to} dated {when(j.date, '%d/%m/%Y')} is pending for credit at the "
                f"beneficiary bank. UTR {utr}. Please do not re-initiate. -Punjab & Sind Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "RBL Bank <alerts@rblbank.com>", ["Transaction alert: NEFT debit"])
        p.part = "head"
        top(p, "RBL BANK")
        p.add("small", "apno ka bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"INR {amt} has been debited from your RBL Bank account XXXX{tail4} on "
            f"{when(j.date, '%d-%b-%Y')} towards NEFT to {to}. UTR: {utr}.",
            **facts,
        )
        p.add("gap")
        para(p, "If you have not done this transaction, please call 1800 121 9050 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Regards, RBL Bank. This is an auto-generated mail; please do not reply.")
        return p.done()
    if frame == "forward":
        p = phone(rng, font, k, ["Hemalatha"], dark=False, buttons=())
        band(p, (7, 94, 84))
        p.part = "head"
        p.add("title", KEEPER.split()[1])
        p.add("small", "online")
        p.add("gap")
        p.part = "body"
        divider(p, "Today")
        s = len(p.rows)
        fwd(p)
        text = (
            f"Your A/c XX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%m-%y')} by UPI Ref no {utr} "
            f"to {to}. Not you? Call 18004251444 -Karnataka Bank"
        )
        para(p, text, **facts)
        bubble(p, s, hhmm(rng, lower=True))
        s = len(p.rows)
        p.add("left", "Frames paid, Appa.")
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    p = phone(rng, font, k, ["", "Stock"], dark=False, buttons=())
    p.part = "body"
    s = card_open(p)
    p.add("small", f"CUB All in One  {sign(font, chr(0x2022), '|')}  now")
    p.add("left", "Debit alert")
    para(p, f"Rs.{amt} debited from A/c XX{tail4} to {to} via IMPS. IMPS Ref {utr}. -CUB", **facts)
    card_close(p, s)
    p.add("gap")
    banner_veil(p, len(p.rows))
    p.add("title", SHOP)
    p.add("small", "Stock  |  Puttaparthi")
    p.add("rule")
    for item, left in rng.sample(STOCK, 3):
        p.pair(item, left)
    p.add("gap")
    p.add("small", "Last synced 2 hours ago")
    return p.done()

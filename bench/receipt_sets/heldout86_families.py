"""The twelve heldout86 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: the commonest Indian uploads in designs no
earlier set drew: PhonePe's transaction detail from its history (the sum on the payee's row, a Transfer
Details block), a Google Pay receipt (an avatar's initial, To / From blocks, a UPI and a Google transaction
ID), a Paytm or BHIM share card, an Amazon Pay, CRED, MobiKwik, Navi or super.money screen cropped by the
sender, a bank app's money-sent screen (YONO SBI, HDFC Bank, iMobile Pay, Axis Mobile, Kotak 811) with stacked
From / To blocks, a net banking NEFT / RTGS / IMPS e-receipt as a PDF page with remitter, beneficiary and
transaction sections, a Bharat BillPay receipt in an app (electricity, piped gas, broadband, DTH, FASTag, a
credit card's bill), a biller's e-mail that states the payment in sentences, a POS terminal slip with two
fields on a line (Pine Labs, Paytm EDC, Razorpay POS, Mswipe; a card or a UPI sale), a shop's bill with the
terminal's slip torn off under it, a WhatsApp chat (a shared screenshot in a bubble, or a WhatsApp payment's
own bubble) and a bank's SMS alert in a messages thread or the phone's notification shade.

Every page is a ``Page`` of rows, each row carrying the facts it prints (the payee, the day paid, an id with
its rank, a way to pay with its rank, an outcome, the sum). A page cropped by its sender loses its top or
bottom rows, and its truth is computed from the rows left, so a field cut off is ``None``. ``truth_fields``
states the fields exactly as the rows print them.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from functools import cache

from PIL import ImageFont

from bench.receipt_sets.heldout14_render import FONT_DIR, SCALE
from bench.receipt_sets.heldout14_values import code, day, digits, truth_fields
from bench.receipt_sets.heldout82_families import num, words_in_rupees

MARGIN = 34  # heldout14_render.render's page margin
UPPER = "".join(letter for letter in string.ascii_uppercase if letter not in "IO")
ALNUM = UPPER + "23456789"
HEXLOW = "0123456789abcdef"
B64 = string.ascii_letters + string.digits

SCREEN = {"screen": True, "paper": (255, 255, 255), "ink": (28, 30, 36), "label_ink": (108, 112, 122),
          "width": 540, "size": 20}
DARK = {"screen": True, "paper": (17, 19, 24), "ink": (233, 234, 238), "accent": (130, 205, 160),
        "label_ink": (148, 152, 164), "width": 540, "size": 20}
EMAIL = {"screen": True, "paper": (255, 255, 255), "ink": (32, 33, 36), "label_ink": (95, 99, 104),
         "width": 660, "size": 18}
PDF = {"paper": (255, 255, 255), "ink": (20, 20, 28), "label_ink": (70, 70, 80), "width": 780, "size": 17}
SLIP = {"paper": (250, 249, 244), "width": 440, "size": 17}
ROLL = {"paper": (251, 250, 246), "width": 480, "size": 16}

# ---------------------------------------------------------------- values

PAYERS = ["Aarav Mehta", "Ishita Banerjee", "Rohit Kulkarni", "Sana Shaikh", "Vivek Nair", "Meghna Saxena",
          "Tarun Reddy", "Pallavi Deshmukh", "Kunal Arora", "Shalini Menon", "Abhishek Pandey", "Nikita Jain",
          "Gaurav Bhatia", "Revathi Subramaniam"]
PEOPLE = ["Ramesh Kumar", "Sunita Devi", "Mohd Salim", "Priyanka Joshi", "Venkatesh R", "Anil Yadav",
          "Kavitha S", "Deepak Chauhan", "Rekha Pillai", "Sanjay Mishra", "Fatima Begum", "Harpreet Kaur",
          "Suresh Babu", "Nandini Rao", "Manjunath Gowda", "Bablu Prasad"]
SHOPS = ["Shree Krishna Dairy", "Annapoorna Mess", "Hari Om Fruit Stall", "Metro Medicos",
         "Gupta Chaat Bhandar", "New Bombay Tailors", "Balaji Mobile Care", "Sai Ram Xerox",
         "Royal Bakery & Sweets", "Kwality Provision Store", "Lakshmi Flower Stall", "Om Sai Hardware",
         "The Rameshwaram Cafe", "Vaishnavi Beauty Parlour", "Friends Auto Service", "Jai Bhavani Vada Pav",
         "Karthik Fancy Store", "Noor Biryani Centre", "Patel Brothers Grocery", "Green Leaf Organic Mart",
         "Mahadev Pan Bhandar", "City Pet Clinic"]
# a bank: (short name, IFSC head, SMS sender)
BANKS = {"State Bank of India": ("SBI", "SBIN", "SBIUPI"), "HDFC Bank": ("HDFC Bank", "HDFC", "HDFCBK"),
         "ICICI Bank": ("ICICI Bank", "ICIC", "ICICIT"), "Axis Bank": ("Axis Bank", "UTIB", "AXISBK"),
         "Kotak Mahindra Bank": ("Kotak Bank", "KKBK", "KOTAKB"),
         "Bank of Baroda": ("Bank of Baroda", "BARB", "BOBTXN"),
         "Punjab National Bank": ("PNB", "PUNB", "PNBSMS"), "Canara Bank": ("Canara Bank", "CNRB", "CANBNK"),
         "Union Bank of India": ("Union Bank", "UBIN", "UNIONB"),
         "IDFC FIRST Bank": ("IDFC FIRST", "IDFB", "IDFCFB"), "Yes Bank": ("Yes Bank", "YESB", "YESBNK"),
         "Indian Bank": ("Indian Bank", "IDIB", "INDBNK")}
HANDLES = ["ybl", "ibl", "axl", "okaxis", "okhdfcbank", "okicici", "oksbi", "paytm", "ptyes", "ptaxis", "upi",
           "apl", "ikwik", "naviaxis", "waaxis", "yescred", "superyes", "icici", "sbi", "kotak"]
SCREEN_PATS = ["%d %b %Y", "{d} %b %Y", "%d/%m/%Y", "%d-%m-%Y", "%b {d}, %Y", "{d} %B %Y", "%d-%b-%Y",
               "%d %b, %Y"]
SLIP_PATS = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%b-%y"]
PAGE_PATS = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d %B %Y", "%d.%m.%Y", "%Y-%m-%d", "%B {d}, %Y"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# the rank of an id's kind, as README "Receipt fields" orders the families: the highest printed is the id
UTR, RRN, BANKREF, TXN, APPR, ORDER, BILL = 7, 6, 5, 4, 3, 2, 1
# the rank of a way to pay's evidence: a line that names the way paid beats a keyword (a UPI id, "Powered by
# UPI")
SAID, KEYWORD = 3, 1


@cache
def face(font: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(f"{FONT_DIR}/{font}", px)


@cache
def has_glyph(font: str, char: str) -> bool:
    """Whether ``font`` draws ``char`` (its mask differs from the face's missing-glyph box)."""
    f = face(font, 24)
    return bytes(f.getmask(char)) != bytes(f.getmask("\U0010fffd"))


def glyphs(font: str, text: str) -> bool:
    return all(ch.isascii() or has_glyph(font, ch) for ch in text)


def when(date: dt.date, pattern: str, upper: bool = False) -> str:
    """``date`` in a strftime-like ``pattern`` with English names: ``{d}`` the day without its zero."""
    text = pattern.replace("%d", f"{date.day:02d}").replace("{d}", str(date.day))
    text = text.replace("%m", f"{date.month:02d}")
    text = text.replace("%Y", str(date.year)).replace("%y", f"{date.year % 100:02d}")
    text = text.replace("%b", MON[date.month - 1]).replace("%B", MONTH[date.month - 1])
    text = text.replace("%a", DOW[date.weekday()]).replace("%A", WEEKDAY[date.weekday()])
    return text.upper() if upper else text


def hhmm(rng: random.Random, twelve: bool = True, seconds: bool = False, lower: bool = False,
         zero: bool = True) -> str:
    hour, minute, second = rng.randrange(6, 23), rng.randrange(60), rng.randrange(60)
    if not twelve:
        return f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if seconds else "")
    half = "PM" if hour >= 12 else "AM"
    h12 = (hour - 1) % 12 + 1
    text = (f"{h12:02d}" if zero else str(h12)) + f":{minute:02d}" + (f":{second:02d}" if seconds else "")
    return f"{text} {half.lower() if lower else half}"


class Rs:
    """A page's way of printing rupees, chosen once: the mark (₹ only in faces that draw it), the grouping
    (lakh on most pages), the gap after the mark, and on a share of app screens whole rupees without paise."""

    def __init__(self, rng: random.Random, font: str, marks=("₹", "₹", "Rs.", "Rs", "INR"),
                 groupings=("indian", "indian", "indian", "western", "plain"), p_whole: float = 0.0):
        options = [mark for mark in marks if mark != "₹" or has_glyph(font, "₹")] or ["Rs."]
        self.mark = rng.choice(options)
        self.grouping = rng.choice(groupings)
        self.gap = "" if self.mark in ("₹", "Rs.") and rng.random() < 0.6 else " "
        self.whole = rng.random() < p_whole

    def __call__(self, value: float, sign: str = "") -> str:
        places = 0 if self.whole and abs(value - round(value)) < 1e-9 else 2
        return f"{sign}{self.mark}{self.gap}{num(value, self.grouping, places)}"

    def bare(self, value: float) -> str:
        return num(value, self.grouping)


def rupees(rng: random.Random, low: float, high: float, p_round: float = 0.5) -> float:
    """A sum between ``low`` and ``high``: whole rupees on a share (tens on half of those), else with paise.
    """
    if rng.random() < p_round:
        step = 10 if rng.random() < 0.5 else 1
        return float(max(step, round(rng.uniform(low, high) / step) * step))
    return round(rng.uniform(low, high), 2)


def utr(rng: random.Random, date: dt.date) -> str:
    """A 12-digit UPI / IMPS reference (RRN): the year's last digit, the day of the year, the hour, a
    sequence."""
    return f"{date.year % 10}{date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def neft_utr(head: str, rng: random.Random, date: dt.date) -> str:
    return f"{head}N{date:%y}{date.timetuple().tm_yday:03d}{digits(rng, 6)}"


def rtgs_utr(head: str, rng: random.Random, date: dt.date) -> str:
    return f"{head}R{rng.choice('56')}{date:%Y%m%d}{digits(rng, 8)}"


def bbps_ref(rng: random.Random, date: dt.date) -> str:
    """A Bharat BillPay transaction reference: an agent institution's letters, the day, letters and digits."""
    return (f"{rng.choice(['PP', 'PT', 'AM', 'CC', 'HD', 'IC', 'GP', 'AX'])}{rng.randrange(1, 10):02d}"
            f"{date.year % 10}{date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}")


def phonepe_id(rng: random.Random, date: dt.date) -> str:
    return f"T{date:%y%m%d}{rng.randrange(24):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}" + "".join(
        rng.choice(string.digits) for _ in range(10))


def google_id(rng: random.Random) -> str:
    return "CICAg" + rng.choice("MOQ") + "".join(rng.choice(B64) for _ in range(rng.randint(8, 10)))


def mobile(rng: random.Random, masked: bool = True) -> str:
    head = rng.choice("6789") + digits(rng, 1)
    if masked:
        return f"{head}XXXXXX{digits(rng, 2)}"
    return head + "".join(rng.choice(string.digits) for _ in range(8))


def handle(rng: random.Random, name: str, apps: list[str] | None = None) -> str:
    """A UPI id for ``name`` (a person's or a shop's, or a QR sticker's number)."""
    slug = "".join(ch for ch in name.lower() if ch.isalpha())[:12]
    suffix = rng.choice(apps or HANDLES)
    return rng.choice([f"{slug}@{suffix}", f"{slug}{rng.randrange(1, 99)}@{suffix}",
                       f"{mobile(rng, masked=False)}@{suffix}", f"{slug}.{digits(rng, 4)}@{suffix}"])


def shop_handle(rng: random.Random, shop: str) -> str:
    slug = "".join(ch for ch in shop.lower() if ch.isalnum())[:14]
    return rng.choice([f"paytmqr{digits(rng, 10)}@paytm", f"q{digits(rng, 9)}@ybl",
                       f"gpay-{digits(rng, 11)}@okbizaxis", f"bharatpe.{digits(rng, 10)}@fbpe",
                       f"{slug}@okaxis", f"{slug}.{digits(rng, 2)}@okhdfcbank", f"{slug}@icici"])


def pick(rng: random.Random, shares: dict) -> str | None:
    """One key of ``shares`` (outcome -> share; the rest of 1.0 is None)."""
    roll, acc = rng.random(), 0.0
    for key, share in shares.items():
        acc += share
        if roll < acc:
            return key
    return None


# ---------------------------------------------------------------- a page of rows and the facts they print


class Page:
    """Rows with the facts each prints: merchant/txn/method as (rank, value), date and status as values, keep
    for the rows a crop never takes (the sum). ``truth`` reads the fields from the rows on the page."""

    def __init__(self, font: str, style: dict):
        self.font, self.style = font, style
        self.rows: list[tuple[tuple, dict]] = []

    def add(self, row: tuple, **facts) -> None:
        self.rows.append((row, facts))

    def width(self, text: str, kind: str = "left") -> float:
        return face(self.font, int(self.style["size"] * SCALE.get(kind, 1.0))).getlength(text)

    def room(self) -> int:
        return self.style["width"] - 2 * MARGIN

    def fits(self, text: str, kind: str = "left") -> bool:
        return self.width(text, kind) <= self.room()

    def para(self, kind: str, text: str, **facts) -> None:
        """``text`` wrapped to the page's width in ``kind`` rows, each carrying ``facts``."""
        line = ""
        for word in text.split(" "):
            trial = f"{line} {word}".strip()
            if line and not self.fits(trial, kind):
                self.add((kind, line), **facts)
                line = word
            else:
                line = trial
        if line:
            self.add((kind, line), **facts)

    def index(self, key: str) -> int:
        return next(i for i, (_, facts) in enumerate(self.rows) if key in facts)

    def crop(self, top: int, bottom: int) -> None:
        """Cut ``top`` rows off the top and ``bottom`` off the foot (a screenshot cropped before sharing)."""
        gone = self.rows[:top] + self.rows[len(self.rows) - bottom:]
        assert not any(facts.get("keep") for _, facts in gone), "a crop took the sum"
        self.rows = self.rows[top: len(self.rows) - bottom]

    def band(self, colour: tuple, ink=(255, 255, 255)) -> dict | None:
        """The style with a coloured band behind the rows up to the one marked ``band_end``, gaps inserted so
        the next row starts below the band; None where those rows do not fit in it."""
        marks = [i for i, (_, facts) in enumerate(self.rows) if facts.get("band_end")]
        if not marks:
            return None
        line = int(self.style["size"] * 1.55)
        heights = [int(line * SCALE.get(row[0], 1.0)) for row, _ in self.rows[: marks[0] + 1]]
        if sum(heights) > line * 2.6 or sum(heights[:-1]) >= line * 2.4:
            return None
        used, at = sum(heights), marks[0] + 1
        while used < line * 2.6:
            self.rows.insert(at, (("gap",), {}))
            used += line
        return dict(self.style, band=colour, band_ink=ink)

    def truth(self, amount: float) -> dict:
        assert any(facts.get("keep") for _, facts in self.rows), "the sum is not on the page"

        def ranked(key: str):
            found = [facts[key] for _, facts in self.rows if key in facts and facts[key] is not None]
            if not found:
                return None
            top = max(rank for rank, _ in found)
            values = {value for rank, value in found if rank == top}
            assert len(values) == 1, (key, values)
            return values.pop()

        def single(key: str):
            values = {facts[key] for _, facts in self.rows if facts.get(key) is not None}
            assert len(values) <= 1, (key, values)
            return values.pop() if values else None

        return truth_fields(ranked("merchant"), round(amount, 2), "INR", ranked("txn"), single("date"),
                            ranked("method"), single("status"))

    def out(self) -> list[tuple]:
        return [row for row, _ in self.rows]


def colours(rng: random.Random, page: Page, brand: tuple, p_dark: float, p_band: float,
            dark: dict | None = None) -> dict:
    """The page's colours: dark, a brand band behind its top (where its top rows fit), or light."""
    roll = rng.random()
    if roll < p_dark:
        return dict(dark or DARK, width=page.style["width"], size=page.style["size"])
    if roll < p_dark + p_band:
        banded = page.band(brand)
        if banded:
            return banded
    return dict(page.style, accent=brand)


def status_bar(rng: random.Random, font: str) -> tuple:
    """A phone's status bar: the time, the network and the battery."""
    dots = " \u2022\u2022" if has_glyph(font, "\u2022") and rng.random() < 0.4 else ""
    network = rng.choice(["Vo LTE", "4G", "5G", "LTE", "Wi-Fi"])
    return ("small", f"{hhmm(rng, twelve=False)}{dots}        {network}  "
                     f"{rng.choice(['Jio', 'Airtel', 'Vi', 'BSNL', ''])}  {rng.randrange(9, 100)}%")


def tick(font: str) -> str:
    return "\u2713 " if has_glyph(font, "\u2713") else ""


def mark_of(rs: Rs) -> str:
    return "₹" if rs.mark == "₹" else "Rs."


# ---------------------------------------------------------------- 1 PhonePe's transaction detail

PHONEPE_WORDS = {
    "success": ["Transaction Successful", "Payment Successful"],
    "failed": ["Transaction Failed", "Payment Failed"],
    "pending": ["Transaction Pending", "Payment Pending", "Processing"],
}


def phonepe_history(rng: random.Random, font: str):
    """PhonePe's transaction detail, opened from its history: a header, the outcome as a heading with the time
    and day under it ("08:32 pm on 14 Mar 2025"), Paid to / Sent to / Money sent to / Received from over the
    other party's name with the sum on the same row and their UPI id or masked mobile under it, a Transfer
    Details block with PhonePe's Transaction ID (T and 22 digits), the account debited (or the account
    credited on money received) with the sum again and the UTR, a refund or a wait explained on failed and
    pending pages, a footer; a wallet payment prints PhonePe Wallet and no UTR. Light, dark or a purple band;
    a share cropped below the heading (then the outcome only where a note says it)."""
    page = Page(font, SCREEN)
    when_ = day(rng)
    rs = Rs(rng, font, marks=("₹", "₹", "Rs."), p_whole=0.5)
    kind = rng.choice(["paid", "paid", "sent", "received"])
    wallet = kind == "paid" and rng.random() < 0.2
    status = pick(rng, {"success": 0.55, "failed": 0.25, "pending": 0.2})
    if kind == "received":
        status = "success"
    amount = rupees(rng, 20, 4000 if kind == "paid" else 25000)
    name = rng.choice(SHOPS if kind == "paid" else PAYERS if kind == "received" else PEOPLE)
    if rng.random() < 0.4:
        page.add(status_bar(rng, font))
    page.add(("left", rng.choice(["Transaction Details", "Transaction details"])))
    heading = rng.choice(["Transaction Successful", "Received Successfully"] if kind == "received" else
                         PHONEPE_WORDS[status])
    page.add(("title", heading), status=status, band_end=True)
    page.add(("small", f"{hhmm(rng, lower=True)} on {when(when_, rng.choice(SCREEN_PATS))}"), date=when_)
    page.add(("rule",))
    label = {"paid": "Paid to", "sent": rng.choice(["Sent to", "Money sent to"]),
             "received": "Received from"}[kind]
    page.add(("left", label))
    if kind == "received":
        page.add(("pair", name, rs(amount)), keep=True)
    else:
        page.add(("pair", name, rs(amount)), keep=True, merchant=(2, name))
    if wallet or rng.random() < 0.25:
        page.add(("small", f"+91 {mobile(rng)}"))
    else:
        page.add(("small", shop_handle(rng, name) if kind == "paid" else handle(rng, name)),
                 method=(KEYWORD, "UPI"))
    page.add(("rule",))
    page.add(("left", "Transfer Details"))
    tid = phonepe_id(rng, when_)
    page.add(("pair", "Transaction ID", tid), txn=(TXN, tid))
    if wallet:
        page.add(("left", "Debited from"))
        page.add(("pair", "PhonePe Wallet", rs(amount)), method=(SAID, "wallet"))
    else:
        bank = rng.choice(list(BANKS))
        page.add(("left", "Credited to" if kind == "received" else "Debited from"))
        account = rng.choice([f"XXXXXXXX{digits(rng, 4)}", f"{BANKS[bank][0]} - {digits(rng, 4)}"])
        page.add(("pair", account, rs(amount)))
        if status != "pending" or rng.random() < 0.5:
            ref = utr(rng, when_)
            page.add(("pair", "UTR", ref), txn=(UTR, ref))
    if status == "failed":
        note = rng.choice([
            ("Payment failed. Money will be refunded in 3-5 working days.", "failed"),
            (f"{mark_of(rs)}{rs.bare(amount)} debited from your account has been refunded.", "failed"),
            ("If money was debited, it will be refunded to your account within 3-5 days.", "failed"),
        ])
        page.para("small", note[0], status=note[1])
    elif status == "pending":
        note = rng.choice([
            ("Awaiting confirmation from your bank. Please check again after 2 hours.", "pending"),
            ("Please do not retry. We will update you shortly.", "pending"),
        ])
        page.para("small", note[0], status=note[1])
    page.add(("rule",))
    if not wallet and rng.random() < 0.6:
        page.add(("small", "Powered by UPI"), method=(KEYWORD, "UPI"))
    page.add(("center", rng.choice(["Share   \u00b7   Contact Support", "Split Expense   Share",
                                    "Help   Share"])))
    if rng.random() < 0.25:
        page.crop(page.index("status") + 2, 0)
    style = colours(rng, page, (95, 37, 159), 0.3, 0.35)
    return page.out(), page.truth(amount), style


# ---------------------------------------------------------------- 2 a Google Pay receipt

GPAY_WORDS = {
    "success": ["Completed", "Payment successful", "Paid"],
    "failed": ["Failed", "Payment failed"],
    "pending": ["Pending", "Processing", "Payment pending"],
}


def gpay_receipt(rng: random.Random, font: str):
    """A Google Pay payment's receipt: an avatar's initial, To <name> (or From <name> on money received) with
    a UPI id or phone number, the sum large (whole rupees without paise on most), the outcome and the day and
    time under it, then a details block: the payer's bank and its last digits, UPI transaction ID, To: (the
    payee's name and UPI id; on money received the account holder's own name), From: (the payer and their
    bank), Google transaction ID (mixed case), and POWERED BY UPI. A refund note on failed pages. Light, dark
    or banded."""
    page = Page(font, SCREEN)
    when_ = day(rng)
    rs = Rs(rng, font, marks=("₹", "₹", "₹", "Rs."), groupings=("indian", "indian", "plain"), p_whole=0.8)
    kind = rng.choice(["paid", "paid", "sent", "received"])
    status = pick(rng, {"success": 0.6, "failed": 0.2, "pending": 0.2}) if kind != "received" else "success"
    amount = rupees(rng, 10, 3000 if kind == "paid" else 20000, p_round=0.7)
    other = rng.choice(SHOPS if kind == "paid" else PAYERS if kind == "received" else PEOPLE)
    owner = rng.choice([p for p in PAYERS if p != other])
    payee = owner if kind == "received" else other
    bank = rng.choice(list(BANKS))
    last4 = digits(rng, 4)
    if rng.random() < 0.6:
        page.add(status_bar(rng, font))
    if rng.random() < 0.6:
        page.add(("title", other[0]), band_end=True)
    if kind == "received":
        page.add(("center", f"From {other}"))
    else:
        page.add(("center", f"To {other}"), merchant=(2, other))
    if kind == "paid":
        other_id = shop_handle(rng, other)
    else:
        other_id = handle(rng, other, ["okaxis", "okhdfcbank", "okicici", "oksbi", "ybl", "paytm"])
    if rng.random() < 0.7:
        page.add(("small", other_id), method=(KEYWORD, "UPI"))
    else:
        number = mobile(rng, masked=False)
        page.add(("small", f"+91 {number[:5]} {number[5:]}"))
    page.add(("big", rs(amount)), keep=True)
    said = "Completed" if kind == "received" else rng.choice(GPAY_WORDS[status])
    page.add(("center", tick(font) * (status == "success") + said), status=status)
    if rng.random() < 0.9:
        page.add(("small", f"{when(when_, rng.choice(['{d} %b %Y', '%d %b %Y', '{d} %B %Y']))}, "
                           f"{hhmm(rng, lower=True, zero=False)}"), date=when_)
    page.add(("rule",))
    page.add(("left", f"{BANKS[bank][0]} {last4}"))
    if rng.random() < 0.85:
        ref = utr(rng, when_)
        page.add(("pair", "UPI transaction ID", ref), txn=(UTR, ref), method=(KEYWORD, "UPI"))
    page.add(("pair", "To:", payee), merchant=(2, payee))
    if kind == "received":
        page.add(("right", f"{BANKS[bank][0]} \u2022\u2022{last4}" if has_glyph(font, "\u2022")
                 else f"{BANKS[bank][0]} XX{last4}"))
        page.add(("pair", "From:", other))
        page.add(("right", other_id), method=(KEYWORD, "UPI"))
    else:
        page.add(("right", other_id), method=(KEYWORD, "UPI"))
        page.add(("pair", "From:", owner))
        page.add(("right", f"{BANKS[bank][0]} XX{last4}"))
    gid = google_id(rng)
    page.add(("pair", "Google transaction ID", gid), txn=(TXN, gid))
    if status == "failed":
        page.para("small", rng.choice([
            "Any amount debited will be refunded to your account within 3-5 working days.",
            "Your bank declined this payment. If money was debited, it will be refunded in 3-5 days.",
        ]), status="failed")
    elif status == "pending":
        page.para("small", "Your bank is taking longer than usual to confirm this payment. Check back later.",
                  status="pending")
    page.add(("small", "POWERED BY UPI"), method=(KEYWORD, "UPI"))
    page.add(("center", "Share screenshot"))
    style = colours(rng, page, (26, 115, 232), 0.35, 0.15)
    return page.out(), page.truth(amount), style


# ---------------------------------------------------------------- 3 a Paytm or BHIM share card

SHARE_WORDS = {"Paytm": {"success": ["Paid Successfully", "Money Sent Successfully", "Payment Successful"],
                         "failed": ["Payment Failed", "Transaction Failed"],
                         "pending": ["Payment Pending", "Payment Processing"]},
               "BHIM": {"success": ["Transaction Successful", "Payment Successful"],
                        "failed": ["Transaction Failed", "Transaction Declined"],
                        "pending": ["Transaction Pending", "Awaiting bank confirmation"]}}


def share_card(rng: random.Random, font: str):
    """The receipt card Paytm or BHIM makes for sharing: the app's name on a band (and UPI beside it), the
    outcome, the sum large, Paid to / To / Sent to over the payee and its UPI ID, From or Paid from (the
    payer's bank and last digits; Paytm Wallet on a share of Paytm payments, with the payee's mobile instead
    of a UPI id), UPI Ref. No. / UPI Reference No / UPI Transaction ID, Paytm's Order ID or BHIM's Transaction
    ID (a 35-character UPI transaction id), the day and time, a footer with the app and Powered by UPI, and a
    line to pay with the app."""
    page = Page(font, SCREEN)
    app = rng.choice(["Paytm", "Paytm", "BHIM"])
    when_ = day(rng)
    rs = Rs(rng, font, marks=("₹", "₹", "Rs"), p_whole=0.6)
    person = rng.random() < 0.35
    wallet = app == "Paytm" and not person and rng.random() < 0.25
    status = pick(rng, {"success": 0.55, "failed": 0.2, "pending": 0.15})
    payee = rng.choice(PEOPLE if person else SHOPS)
    amount = rupees(rng, 20, 15000 if person else 3000)
    page.add(("title", app), band_end=True)
    if status:
        words = SHARE_WORDS[app][status]
        if status == "success" and not person:
            words = [w for w in words if "Money" not in w]
        page.add(("center", rng.choice(words)), status=status)
    else:
        page.add(("center", "Payment Receipt"))
    page.add(("big", rs(amount)), keep=True)
    page.add(("left", rng.choice(["Sent to", "To"] if person else ["Paid to", "To"])))
    page.add(("left", payee), merchant=(2, payee))
    if wallet:
        page.add(("small", f"Mobile No: {mobile(rng)}"))
    else:
        page.add(("small", f"UPI ID: {handle(rng, payee) if person else shop_handle(rng, payee)}"),
                 method=(KEYWORD, "UPI"))
    page.add(("rule",))
    bank = rng.choice(list(BANKS))
    if wallet:
        page.add(("pair", "Paid from", "Paytm Wallet"), method=(SAID, "wallet"))
    else:
        page.add(("pair", rng.choice(["From", "Paid from"]), f"{BANKS[bank][0]} - {digits(rng, 4)}"))
    if not wallet and rng.random() < 0.85:
        ref = utr(rng, when_)
        label = rng.choice(["UPI Ref. No.", "UPI Reference No"] if app == "Paytm" else ["UPI Transaction ID"])
        page.add(("pair", label, ref), txn=(UTR, ref), method=(KEYWORD, "UPI"))
    if app == "Paytm" and rng.random() < 0.6:
        order = digits(rng, rng.choice([11, 13]))
        page.add(("pair", "Order ID", order), txn=(ORDER, order))
    elif app == "BHIM" and rng.random() < 0.6:
        npci = rng.choice(["ICI", "AXI", "HDF", "SBI", "YBL"])
        npci += "".join(rng.choice(HEXLOW) for _ in range(32))
        page.add(("pair", "Transaction ID", ""))
        page.add(("right", npci), txn=(TXN, npci))
    page.add(("small", f"{when(when_, rng.choice(['%b {d}, %Y', '%d %b %Y', '%d/%m/%Y']))}, {hhmm(rng)}"),
             date=when_)
    page.add(("rule",))
    if status == "failed" and rng.random() < 0.7:
        page.para("small", "Payment failed. Money, if debited, will be refunded in 3-5 working days.",
                  status="failed")
    if wallet:
        page.add(("small", "Paytm"))
    else:
        page.add(("small", f"{app}  |  Powered by UPI"), method=(KEYWORD, "UPI"))
    page.add(("center", f"Scan any QR to pay with {app}"))
    style = colours(rng, page, (0, 46, 110) if app == "Paytm" else (0, 112, 60), 0.15, 0.75)
    return page.out(), page.truth(amount), style


# ---------------------------------------------------------------- 4 a newer app's screen, cropped

CROP_APPS = ["Amazon Pay", "CRED", "MobiKwik", "Navi", "super.money"]
CROP_WORDS = {"Amazon Pay": {"success": ["Payment successful"], "failed": ["Payment failed"],
                             "pending": ["Payment pending"]},
              "CRED": {"success": ["payment successful"], "failed": ["payment failed"],
                       "pending": ["payment processing"]},
              "MobiKwik": {"success": ["Payment Successful"], "failed": ["Payment Failed"],
                           "pending": ["Payment Pending"]},
              "Navi": {"success": ["Payment successful", "Transfer successful"], "failed": ["Payment failed"],
                       "pending": ["Awaiting bank confirmation"]},
              "super.money": {"success": ["Paid successfully"], "failed": ["Payment failed"],
                              "pending": ["Payment processing"]}}


def app_pay_cropped(rng: random.Random, font: str):
    """A payment screen of Amazon Pay, CRED (dark), MobiKwik, Navi or super.money as its sender cropped it:
    the app's name, the outcome, the sum large, paid to / Money sent to the payee and its UPI id, the way paid
    (Amazon Pay UPI, Amazon Pay Balance, UPI with a bank, MobiKwik Wallet), the UPI reference and the app's
    own id (Transaction ID, Bank Reference ID, Reference ID), the day, a cashback, CRED coins or SuperCash
    line (never the sum), a footer. Most are cropped: the top (status bar, app, outcome) on half, the foot
    (ids, day, footer) on half."""
    app = rng.choice(CROP_APPS)
    page = Page(font, SCREEN)
    when_ = day(rng)
    rs = Rs(rng, font, marks=("₹", "₹", "Rs."), groupings=("indian", "plain"), p_whole=0.7)
    person = app in ("Navi", "super.money") and rng.random() < 0.4
    wallet = app in ("Amazon Pay", "MobiKwik") and rng.random() < 0.35
    status = pick(rng, {"success": 0.5, "failed": 0.2, "pending": 0.2})
    payee = rng.choice(PEOPLE if person else SHOPS)
    amount = rupees(rng, 15, 6000, p_round=0.7)
    lower = app == "CRED"
    if rng.random() < 0.6:
        page.add(status_bar(rng, font))
    page.add(("title", app), band_end=True)
    idle = "payment details" if lower else "Payment details"
    heading = rng.choice(CROP_WORDS[app][status]) if status else idle
    page.add(("center", heading), status=status)
    page.add(("big", rs(amount)), keep=True)
    to = ("money sent to" if lower else "Money sent to") if person else ("paid to" if lower else "Paid to")
    page.add(("center", f"{to} {payee}"), merchant=(2, payee))
    if not wallet:
        page.add(("small", handle(rng, payee) if person else shop_handle(rng, payee)),
                 method=(KEYWORD, "UPI"))
    page.add(("rule",))
    bank = rng.choice(list(BANKS))
    last4 = digits(rng, 4)
    way_label = {"Amazon Pay": "Paid using", "CRED": "paid via", "MobiKwik": "Paid from", "Navi": "Paid from",
                 "super.money": "Paid from"}[app]
    if wallet:
        way = {"Amazon Pay": "Amazon Pay Balance", "MobiKwik": "MobiKwik Wallet"}[app]
        page.add(("pair", way_label, way), method=(SAID, "wallet"))
    else:
        way = {"Amazon Pay": rng.choice(["Amazon Pay UPI", f"{BANKS[bank][0]} UPI"]),
               "CRED": f"UPI \u00b7 {BANKS[bank][0]} XX{last4}",
               "MobiKwik": f"UPI - {BANKS[bank][0]} XX{last4}",
               "Navi": f"{BANKS[bank][0]} ****{last4}", "super.money": f"{BANKS[bank][0]} XX{last4}"}[app]
        page.add(("pair", way_label, way), method=(SAID, "UPI") if "UPI" in way else None)
    ids = []
    if not wallet and rng.random() < 0.85:
        ref = utr(rng, when_)
        label = {"Amazon Pay": "UPI Ref No", "CRED": "UTR", "MobiKwik": "UPI Ref No", "Navi": "UPI Ref. No.",
                 "super.money": "UPI transaction ID"}[app]
        ids.append((("pair", label, ref), dict(txn=(UTR, ref), method=(KEYWORD, "UPI"))))
    own = {"Amazon Pay": ("Bank Reference ID", digits(rng, 12), BANKREF) if not wallet and rng.random() < 0.4
           else ("Transaction ID", f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}", TXN),
           "CRED": ("transaction ID", f"CRED{code(rng, 12, ALNUM)}", TXN),
           "MobiKwik": ("Transaction ID", f"MK{digits(rng, 14)}", TXN),
           "Navi": ("Transaction ID", f"NAVI{code(rng, 14, ALNUM)}", TXN),
           "super.money": ("Reference ID", f"SM{digits(rng, 16)}", BANKREF)}[app]
    if rng.random() < 0.7 or not ids:
        ids.append((("pair", own[0], own[1]), dict(txn=(own[2], own[1]))))
    rng.shuffle(ids)
    for row, facts in ids:
        page.add(row, **facts)
    if rng.random() < 0.85:
        page.add(("pair", "date & time" if lower else rng.choice(["Date & time", "Paid on", "Date"]),
                      f"{when(when_, rng.choice(SCREEN_PATS))}, {hhmm(rng, lower=lower)}"), date=when_)
    if status == "success" and rng.random() < 0.7:
        perk = {"Amazon Pay": f"You won {rs(float(rng.randrange(2, 51)))} cashback",
                "CRED": f"you earned {rng.randrange(100, 5000):,} CRED coins",
                "MobiKwik": f"{rs(float(rng.randrange(5, 101)))} SuperCash credited",
                "Navi": f"{rs(float(rng.randrange(1, 26)))} cashback on the way",
                "super.money": f"{rs(float(rng.randrange(2, 41)))} cashback earned"}[app]
        page.add(("center", perk))
    if status == "failed":
        note, said = rng.choice([
            ("Money debited, if any, will be refunded in 3-5 working days.", "failed"),
            ("Payment failed. Any amount deducted will be refunded within 5 days.", "failed"),
        ])
        page.para("small", note, status=said)
    page.add(("small", rng.choice(["Need help? Contact support", "Share receipt",
                                   "done" if lower else "Done"])))
    first = page.index("keep")
    details = next(i for i, (row, _) in enumerate(page.rows) if row[0] == "rule")
    top = rng.randint(1, first) if rng.random() < 0.55 else 0
    room = len(page.rows) - details - 2
    bottom = rng.randint(1, room) if room >= 1 and rng.random() < 0.5 else 0
    if top == 0 and bottom == 0 and rng.random() < 0.7:
        top = rng.randint(1, first)
    page.crop(top, bottom)
    if app == "CRED":
        style = dict(DARK, accent=(220, 190, 120))
    else:
        brand = {"Amazon Pay": (35, 47, 62), "MobiKwik": (0, 86, 164), "Navi": (20, 20, 40),
                 "super.money": (92, 44, 196)}[app]
        style = colours(rng, page, brand, 0.3, 0.0)
    return page.out(), page.truth(amount), style


# ---------------------------------------------------------------- 5 a bank app's money-sent screen

BANK_APPS = {"YONO SBI": ("State Bank of India", (40, 60, 160)), "HDFC Bank": ("HDFC Bank", (0, 76, 143)),
             "iMobile Pay": ("ICICI Bank", (174, 39, 47)), "Axis Mobile": ("Axis Bank", (151, 20, 77)),
             "Kotak 811": ("Kotak Mahindra Bank", (0, 48, 110))}
BANK_WORDS = {"success": ["Transaction Successful", "Money sent successfully", "Transfer Successful",
                          "Payment Successful"],
              "failed": ["Transaction Failed", "Transfer failed", "Transaction declined by beneficiary bank"],
              "pending": ["Transaction under process", "Transaction Pending", "Awaiting bank confirmation"]}
REMARKS = ["rent march", "milk bill", "maid salary", "school van", "groceries", "loan return", "Diwali gift",
           "society maint", "tuition fees", "electrician"]


def bank_app_transfer(rng: random.Random, font: str):
    """A bank app's screen after money was sent (YONO SBI, HDFC Bank, iMobile Pay, Axis Mobile, Kotak 811) by
    UPI, IMPS or NEFT: the app on a band, the outcome (none on a share: Transaction Details), the sum large, a
    From block (the payer's account and name, grey labels over values) and a To block (the payee, their UPI
    id or masked account and IFSC), the mode, remarks, the day and time, the UPI reference / RRN / UTR / IMPS
    Ref No. and the bank's own Transaction ID or Reference No., a reversal note on failed pages, a footer of
    actions."""
    app = rng.choice(list(BANK_APPS))
    bank, brand = BANK_APPS[app]
    page = Page(font, SCREEN)
    when_ = day(rng)
    rs = Rs(rng, font, marks=("₹", "Rs.", "INR"), groupings=("indian", "indian", "western"))
    mode = rng.choice(["UPI", "UPI", "IMPS", "NEFT"])
    status = pick(rng, {"success": 0.55, "failed": 0.15, "pending": 0.15})
    person = rng.random() < 0.6
    payee = rng.choice(PEOPLE if person else SHOPS)
    payer = rng.choice(PAYERS)
    amount = rupees(rng, 100, 40000 if mode == "UPI" else 190000, p_round=0.6)
    if rng.random() < 0.5:
        page.add(status_bar(rng, font))
    page.add(("title", app), band_end=True)
    page.add(("center", rng.choice(BANK_WORDS[status]) if status else "Transaction Details"), status=status)
    page.add(("big", rs(amount)), keep=True)
    page.add(("rule",))
    page.add(("pair", "From", ""))
    page.add(("left", f"{rng.choice(['Savings', 'SB', 'Salary'])} A/c XXXXXXX{digits(rng, 4)}"))
    if rng.random() < 0.6:
        page.add(("left", payer))
    page.add(("pair", "To", ""))
    shown = payee.upper() if rng.random() < 0.3 else payee
    page.add(("left", shown), merchant=(2, shown))
    if mode == "UPI":
        page.add(("left", handle(rng, payee) if person else shop_handle(rng, payee)), method=(KEYWORD, "UPI"))
    else:
        other = rng.choice(list(BANKS))
        page.add(("left", f"A/c XXXXXX{digits(rng, 4)}  \u00b7  {BANKS[other][1]}0{digits(rng, 6)}"))
    page.add(("rule",))
    page.add(("pair", rng.choice(["Mode", "Transfer mode", "Payment mode"]), mode),
             method=(SAID, "UPI" if mode == "UPI" else "netbanking"))
    if rng.random() < 0.6:
        page.add(("pair", "Remarks", rng.choice(REMARKS)))
    if rng.random() < 0.9:
        page.add(("pair", rng.choice(["Date & Time", "Transaction date", "Date"]),
                  f"{when(when_, rng.choice(SCREEN_PATS))} {hhmm(rng, seconds=rng.random() < 0.4)}"),
                 date=when_)
    ids = []
    if mode == "NEFT":
        if status != "pending" or rng.random() < 0.4:
            ref = neft_utr(BANKS[bank][1], rng, when_)
            ids.append((rng.choice(["UTR No.", "UTR Number", "UTR"]), ref, UTR))
    elif rng.random() < 0.85:
        ref = utr(rng, when_)
        if mode == "UPI":
            kinds = [("UPI Ref No", UTR), ("UPI Reference Number", UTR), ("RRN", RRN), ("UTR No.", UTR)]
        else:
            kinds = [("IMPS Ref No.", BANKREF), ("RRN", RRN), ("UTR No.", UTR)]
        label, rank = rng.choice(kinds)
        ids.append((label, ref, rank))
    if rng.random() < 0.7 or not ids:
        own = rng.choice([f"IR{digits(rng, 9)}", f"{code(rng, 2, UPPER)}{digits(rng, 10)}", digits(rng, 10)])
        taken = {label for label, _, _ in ids}
        label, rank = ("Transaction ID", TXN) if "IMPS Ref No." in taken or rng.random() < 0.5 else \
            rng.choice([("Reference No.", BANKREF), ("Bank reference no.", BANKREF)])
        ids.append((label, own, rank))
    for label, ref, rank in ids:
        page.add(("pair", label, ref), txn=(rank, ref))
    if status == "failed":
        page.para("small", "Amount debited, if any, will be reversed to your account within 3-5 working "
                           "days.", status="failed")
    elif status == "pending":
        page.para("small", "Please do not retry. Check the status after some time.", status="pending")
    page.add(("rule",))
    page.add(("center", "Share   |   Download   |   Repeat"))
    style = colours(rng, page, brand, 0.25, 0.55)
    return page.out(), page.truth(amount), style


# ---------------------------------------------------------------- 6 a net banking e-receipt (PDF)

PORTALS = {"State Bank of India": "OnlineSBI - Retail Internet Banking", "HDFC Bank": "HDFC Bank NetBanking",
           "ICICI Bank": "ICICI Bank Internet Banking", "Axis Bank": "Axis Bank Internet Banking",
           "Kotak Mahindra Bank": "Kotak Net Banking", "Punjab National Bank": "PNB Internet Banking",
           "Bank of Baroda": "bob World Internet", "Canara Bank": "Canara Bank Net Banking"}
NET_WORDS = {"success": ["Success", "Successful", "Completed", "Processed successfully"],
             "failed": ["Failed", "Rejected", "Returned by beneficiary bank", "Unsuccessful"],
             "pending": ["Pending", "In Process", "Under Process", "Awaiting settlement"]}
BRANCHES = ["Koramangala", "Andheri East", "Salt Lake", "Anna Nagar", "Gachibowli", "Kothrud",
            "Sector 18 Noida", "Civil Lines", "Vashi", "Banjara Hills"]
BUSINESS = ["Sri Sai Enterprises", "Greenfield Interiors", "Vedanta Tutorials", "Mehta & Sons Builders",
            "Apex Realty Services", "Nanda Auto Works", "Blue Lotus Travels", "Crescent Diagnostics"]


def netbanking_ereceipt(rng: random.Random, font: str):
    """A net banking transfer's e-receipt as a PDF page (a printout or a PDF viewer): the bank and its portal
    on top, the receipt's heading, a Generated on day (the printout's, a later day on most), Remitter Details
    (name, masked account, customer ID), Beneficiary Details (name, full account number, IFSC, bank and
    branch, a nickname), Transaction Details (mode NEFT / RTGS / IMPS, the amount and in words, charges with
    GST, the transaction and value days, the UTR (or Awaited on a pending NEFT), the bank's reference, the
    status, remarks) and a footer."""
    bank = rng.choice(list(PORTALS))
    page = Page(font, PDF)
    when_ = day(rng)
    rs = Rs(rng, font, marks=("₹", "Rs.", "INR"), groupings=("indian", "indian", "indian", "western"))
    mode = rng.choice(["NEFT", "NEFT", "RTGS", "IMPS"])
    status = pick(rng, {"success": 0.5, "failed": 0.15, "pending": 0.2})
    payee = rng.choice(BUSINESS + PEOPLE)
    payer = rng.choice(PAYERS)
    amount = float(rng.randrange(200000, 2500000, 500)) if mode == "RTGS" else rupees(rng, 1000, 199000, 0.7)
    pat = rng.choice(PAGE_PATS)
    page.add(("title", bank))
    page.add(("center", PORTALS[bank]))
    page.add(("center", rng.choice(["e-Receipt", "Fund Transfer Acknowledgement",
                                    f"{mode} Transaction Receipt", "Third Party Transfer - Receipt"])))
    generated = when_ + dt.timedelta(days=rng.choice([0, 1, 2, 5, 11]))
    page.add(("right", f"Generated on: {when(generated, pat)} {hhmm(rng, twelve=False)}"))
    page.add(("rule",))
    page.add(("left", "Remitter Details"))
    page.add(("pair", "Name", payer))
    page.add(("pair", "Account Number", f"XXXXXXXX{digits(rng, 4)}"))
    if rng.random() < 0.6:
        page.add(("pair", rng.choice(["Customer ID", "CIF No."]), digits(rng, rng.choice([9, 11]))))
    page.add(("rule",))
    page.add(("left", "Beneficiary Details"))
    page.add(("pair", "Beneficiary Name", payee), merchant=(2, payee))
    page.add(("pair", "Account Number", digits(rng, rng.choice([11, 12, 14, 16]))))
    other = rng.choice(list(BANKS))
    page.add(("pair", "IFSC Code", f"{BANKS[other][1]}0{digits(rng, 6)}"))
    if rng.random() < 0.6:
        page.add(("pair", "Bank / Branch", f"{other}, {rng.choice(BRANCHES)}"))
    if rng.random() < 0.35:
        nick = rng.choice(["Landlord", "Contractor", "Tuition", "Brother", "Vendor1"])
        page.add(("pair", "Nick Name", nick))
    page.add(("rule",))
    page.add(("left", "Transaction Details"))
    page.add(("pair", rng.choice(["Transfer Mode", "Payment Type"]), mode), method=(SAID, "netbanking"))
    page.add(("pair", rng.choice(["Amount", "Transaction Amount", "Amount (INR)"]), rs(amount)), keep=True)
    if rng.random() < 0.6:
        page.add(("pair", "Amount in words", words_in_rupees(amount)))
    if rng.random() < 0.5:
        fee = {"NEFT": 2.5, "RTGS": 24.5, "IMPS": 5.0}[mode]
        page.add(("pair", "Charges", f"{rs(fee)} + GST {rs(round(fee * 0.18, 2))}"))
    page.add(("pair", rng.choice(["Transaction Date", "Date of Transaction", "Txn Date & Time"]),
              f"{when(when_, pat)} {hhmm(rng, twelve=False, seconds=True)}"), date=when_)
    if rng.random() < 0.4:
        page.add(("pair", "Value Date", when(when_, pat)), date=when_)
    head = BANKS[bank][1]
    if mode == "IMPS":
        ref = utr(rng, when_)
        label, rank = rng.choice([("UTR No.", UTR), ("IMPS Ref No.", BANKREF), ("RRN", RRN)])
    else:
        ref = neft_utr(head, rng, when_) if mode == "NEFT" else rtgs_utr(head, rng, when_)
        label, rank = rng.choice([("UTR No.", UTR), ("UTR Number", UTR), ("UTR", UTR)])
    if status == "pending" and mode == "NEFT" and rng.random() < 0.6:
        page.add(("pair", label, "Awaited"))
    elif rng.random() < 0.9:
        page.add(("pair", label, ref), txn=(rank, ref))
    if rng.random() < 0.75:
        own = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 8)}", digits(rng, 10), f"IR{digits(rng, 9)}"])
        if rank == BANKREF or rng.random() < 0.4:
            label2, rank2 = "Transaction ID", TXN
        else:
            label2, rank2 = rng.choice(["Reference Number", "Transaction Reference No.", "Ref. No."]), BANKREF
        page.add(("pair", label2, own), txn=(rank2, own))
    if status:
        page.add(("pair", rng.choice(["Status", "Transaction Status"]), rng.choice(NET_WORDS[status])),
                 status=status)
    if rng.random() < 0.6:
        page.add(("pair", "Remarks", rng.choice(REMARKS + ["INV 2231", "Advance", "NA"])))
    page.add(("rule",))
    page.add(("small", "This is a computer generated receipt and does not require a signature."))
    style = dict(PDF, screen=rng.random() < 0.5, paper=rng.choice([(255, 255, 255), (252, 252, 250)]),
                 accent=(20, 40, 100))
    return page.out(), page.truth(amount), style


# ---------------------------------------------------------------- 7 a Bharat BillPay receipt in an app

BILLERS = {"Electricity": [("BESCOM", "Account ID", "d10"), ("Tata Power-DDL", "CA Number", "d11"),
                           ("MSEDCL", "Consumer Number", "d12"),
                           ("Adani Electricity Mumbai Ltd", "Account Number", "d9"),
                           ("BSES Yamuna Power Ltd", "CA Number", "d9"), ("TNPDCL", "Service Number", "d12"),
                           ("UPPCL (Urban)", "Account Number", "d10")],
           "Piped Gas": [("Mahanagar Gas Ltd", "BP Number", "d10"),
                         ("Indraprastha Gas Ltd", "BP Number", "d10"),
                         ("Gujarat Gas Ltd", "Customer ID", "d12"),
                         ("Adani Total Gas Ltd", "Customer ID", "d10")],
           "Broadband": [("ACT Fibernet", "Account Number", "d9"),
                         ("Airtel Xstream Fiber", "Landline Number", "std"),
                         ("JioFiber", "Service ID", "d12"), ("BSNL Landline", "Telephone Number", "std")],
           "DTH": [("Tata Play", "Subscriber ID", "d10"), ("Airtel Digital TV", "Customer ID", "d10"),
                   ("Dish TV", "VC Number", "d11"), ("Sun Direct", "Smart Card Number", "d11")],
           "FASTag": [("ICICI Bank FASTag", "Vehicle Number", "plate"),
                      ("IDFC FIRST Bank FASTag", "Vehicle Number", "plate"),
                      ("Kotak Mahindra Bank FASTag", "Vehicle Number", "plate"),
                      ("SBI FASTag", "Vehicle Number", "plate")],
           "Credit Card": [("HDFC Bank Credit Card", "Card Number", "card"),
                           ("SBI Card", "Card Number", "card"),
                           ("ICICI Bank Credit Card", "Card Number", "card"),
                           ("Axis Bank Credit Card", "Card Number", "card")]}
BILL_APPS = {"PhonePe": (95, 37, 159), "Paytm": (0, 46, 110), "Amazon Pay": (35, 47, 62),
             "Google Pay": (26, 115, 232), "CRED": (20, 20, 20), "HDFC Bank": (0, 76, 143),
             "iMobile Pay": (174, 39, 47)}
BILL_WORDS = {
    "success": ["Bill payment successful", "Payment Successful", "Bill Paid Successfully"],
    "failed": ["Payment failed", "Bill payment failed"],
    "pending": ["Payment pending", "Awaiting confirmation from biller", "Payment processing"],
}
STATES = ["MH", "KA", "DL", "TN", "GJ", "UP", "HR", "TS", "WB", "RJ"]


def consumer_number(rng: random.Random, shape: str) -> str:
    if shape == "std":
        return f"0{rng.choice(['80', '22', '11', '44', '40', '20'])}{digits(rng, 8)}"
    if shape == "plate":
        return f"{rng.choice(STATES)}{rng.randrange(1, 50):02d}{code(rng, 2, UPPER)}{digits(rng, 4)}"
    if shape == "card":
        return f"XXXX XXXX XXXX {digits(rng, 4)}"
    return digits(rng, int(shape[1:]))


def bbps_app_receipt(rng: random.Random, font: str):
    """A bill paid through Bharat BillPay in an app (PhonePe, Paytm, Amazon Pay, Google Pay, CRED, HDFC Bank,
    iMobile Pay): the app, Bharat BillPay under it, the outcome (none on a share), the sum large, the biller
    with its category, the consumer's number under the biller's own label (CA, BP, subscriber, VC, account,
    vehicle or card number), the consumer's name, a bill's date, due date and number or a card's total and
    minimum due, the bill amount, a convenience fee and the total on a share, the way paid, the BBPS reference
    (B-Connect Txn ID, BBPS Txn ID, Bharat BillPay Ref No, BBPS Reference No.), a UPI reference and the app's
    own id on a share, the day paid, and a note (a refund on failed pages, a wait on pending ones, the
    biller's update time on successes)."""
    app = rng.choice(list(BILL_APPS))
    category = rng.choice(list(BILLERS))
    biller, id_label, shape = rng.choice(BILLERS[category])
    page = Page(font, SCREEN)
    when_ = day(rng)
    rs = Rs(rng, font, marks=("₹", "₹", "Rs.", "Rs"))
    status = pick(rng, {"success": 0.55, "failed": 0.2, "pending": 0.15})
    customer = rng.choice(PAYERS)
    bill = {"Electricity": rupees(rng, 300, 9000, 0.3), "Piped Gas": rupees(rng, 250, 3000, 0.3),
            "Broadband": float(rng.choice([399, 499, 589, 699, 799, 999, 1178, 1499])),
            "DTH": float(rng.choice([153, 249, 290, 356, 420, 599])),
            "FASTag": float(rng.choice([200, 300, 500, 750, 1000, 1500, 2000])),
            "Credit Card": rupees(rng, 1500, 150000, 0.4)}[category]
    fee = float(rng.choice([1, 2, 5, 9])) if category not in ("FASTag", "DTH") and rng.random() < 0.3 else 0.0
    if rng.random() < 0.6:
        page.add(status_bar(rng, font))
    page.add(("title", app), band_end=True)
    page.add(("small", rng.choice(["Bharat BillPay", "Bharat BillPay  |  BBPS Assured",
                                   "Powered by Bharat BillPay"])))
    words = BILL_WORDS[status] if status else []
    if status == "success" and category == "FASTag":
        words = ["Recharge successful", "FASTag recharge successful"]
    page.add(("center", rng.choice(words) if status else f"{category} bill payment"), status=status)
    total = round(bill + fee, 2)
    page.add(("big", rs(total)), keep=True)
    page.add(("pair", rng.choice(["Biller", "Paid to", "Biller Name"]), biller), merchant=(2, biller))
    page.add(("pair", "Category", category))
    page.add(("pair", id_label, consumer_number(rng, shape)))
    if rng.random() < 0.35:
        page.add(("pair", "Biller ID", f"{''.join(ch for ch in biller.upper() if ch.isalpha())[:6]:0<8}"
                                       f"{rng.choice(STATES)}{rng.randrange(1, 4):02d}"))
    page.add(("pair", rng.choice(["Customer Name", "Consumer Name", "Name"]), customer.upper()))
    pat = rng.choice(SCREEN_PATS)
    if category in ("Electricity", "Piped Gas", "Broadband") and rng.random() < 0.7:
        bill_day = when_ - dt.timedelta(days=rng.randrange(8, 25))
        page.add(("pair", "Bill Date", when(bill_day, pat)))
        page.add(("pair", "Due Date", when(bill_day + dt.timedelta(days=rng.choice([15, 20, 21])), pat)))
        if rng.random() < 0.5:
            page.add(("pair", rng.choice(["Bill Number", "Bill No."]), digits(rng, rng.choice([9, 12]))))
    if category == "Credit Card":
        due = max(bill, round(bill * rng.uniform(1.0, 1.8), 2))
        page.add(("pair", "Total Amount Due", rs(due)))
        page.add(("pair", "Minimum Amount Due", rs(round(due * 0.05, 2))))
    page.add(("rule",))
    if fee:
        page.add(("pair", "Bill Amount", rs(bill)))
        page.add(("pair", rng.choice(["Convenience Fee", "Platform Fee"]), rs(fee)))
        page.add(("pair", rng.choice(["Total Amount", "Amount Paid"]), rs(total)))
    else:
        label = rng.choice(["Amount Paid", "Recharge Amount" if category == "FASTag" else "Bill Amount"])
        page.add(("pair", label, rs(total)))
    bank = rng.choice(list(BANKS))
    wallets = {"PhonePe": "PhonePe Wallet", "Amazon Pay": "Amazon Pay Balance", "Paytm": "Paytm Wallet"}
    roll = rng.random()
    own_bank = {"HDFC Bank": "HDFC Bank", "iMobile Pay": "ICICI Bank"}.get(app)
    if own_bank and roll < 0.6:
        way, method = f"{rng.choice(['Savings A/c', 'A/c'])} XXXXXX{digits(rng, 4)}", "netbanking"
    elif category != "Credit Card" and app in wallets and roll < 0.25:
        way, method = wallets[app], "wallet"
    elif category != "Credit Card" and roll < 0.4:
        way, method = f"Debit Card XX{digits(rng, 4)}", "card"
    elif roll < 0.55 and not own_bank:
        way, method = f"Net Banking - {BANKS[bank][0]}", "netbanking"
    else:
        way, method = f"UPI - {BANKS[bank][0]} XX{digits(rng, 4)}", "UPI"
    if rng.random() < 0.9:
        page.add(("pair", rng.choice(["Debited from", "Paid from"] if method == "netbanking" and own_bank else
                                     ["Paid using", "Payment Mode", "Paid via"]), way), method=(SAID, method))
    if rng.random() < 0.85:
        ref = bbps_ref(rng, when_)
        page.add(("pair", rng.choice(["B-Connect Txn ID", "BBPS Txn ID", "Bharat BillPay Ref No",
                                      "BBPS Reference No."]), ref), txn=(BANKREF, ref))
    if method == "UPI" and rng.random() < 0.5:
        ref = utr(rng, when_)
        page.add(("pair", "UPI Ref No", ref), txn=(UTR, ref), method=(KEYWORD, "UPI"))
    if rng.random() < 0.5:
        own = {"PhonePe": phonepe_id(rng, when_), "Paytm": digits(rng, 11),
               "Amazon Pay": f"BP{digits(rng, 14)}", "Google Pay": google_id(rng),
               "CRED": f"CRED{code(rng, 12, ALNUM)}", "HDFC Bank": digits(rng, 10),
               "iMobile Pay": f"BP{digits(rng, 10)}"}[app]
        page.add(("pair", "Order ID" if app in ("Paytm", "Amazon Pay") else "Transaction ID", own),
                 txn=(ORDER if app in ("Paytm", "Amazon Pay") else TXN, own))
    if rng.random() < 0.9:
        page.add(("pair", rng.choice(["Payment Date", "Paid on", "Transaction Date"]),
                  f"{when(when_, pat)}, {hhmm(rng)}"), date=when_)
    if status == "failed":
        page.para("small", "Payment failed. Money will be refunded to your account in 3-5 working days.",
                  status="failed")
    elif status == "pending":
        page.para("small", "Do not pay again. We will confirm the status with the biller within 48 hours.",
                  status="pending")
    elif status == "success":
        page.para("small", "The biller may take up to 3 working days to update your account.")
    style = colours(rng, page, BILL_APPS[app], 0.25, 0.45)
    return page.out(), page.truth(total), style


# ---------------------------------------------------------------- 8 a biller's e-mail

MAIL = {"BESCOM": "noreply@bescom.co.in", "Tata Power-DDL": "customercare@tatapower-ddl.com",
        "MSEDCL": "no-reply@mahadiscom.in", "Adani Electricity Mumbai Ltd": "noreply@adanielectricity.com",
        "Mahanagar Gas Ltd": "payments@mahanagargas.com", "Indraprastha Gas Ltd": "noreply@iglonline.net",
        "ACT Fibernet": "billing@actcorp.in", "Airtel Xstream Fiber": "ebill@airtel.com",
        "Tata Play": "noreply@tataplay.com", "HDFC Bank Credit Card": "alerts@hdfcbank.net",
        "SBI Card": "onlinestatements@sbicard.com", "ICICI Bank FASTag": "fastag@icicibank.com",
        "Torrent Power": "noreply@torrentpower.com", "Jio": "care@jio.com"}
MAIL_IDS = {"BESCOM": ("Account ID", "d10"), "Tata Power-DDL": ("CA No.", "d11"),
            "MSEDCL": ("Consumer No.", "d12"), "Adani Electricity Mumbai Ltd": ("Account No.", "d9"),
            "Mahanagar Gas Ltd": ("BP No.", "d10"), "Indraprastha Gas Ltd": ("BP No.", "d10"),
            "ACT Fibernet": ("Account No.", "d9"), "Airtel Xstream Fiber": ("Account No.", "d10"),
            "Tata Play": ("Subscriber ID", "d10"), "HDFC Bank Credit Card": ("Card ending", "last4"),
            "SBI Card": ("Card ending", "last4"), "ICICI Bank FASTag": ("Vehicle No.", "plate"),
            "Torrent Power": ("Service No.", "d10"), "Jio": ("Jio Number", "mob")}
MAIL_REFS = [("Transaction Reference No.", BANKREF), ("BBPS Transaction ID", BANKREF),
             ("Payment Reference Number", BANKREF), ("Transaction ID", TXN), ("Receipt No.", BILL)]


def biller_email(rng: random.Random, font: str):
    """A biller's (or card issuer's) e-mail after a bill payment, as a mail app shows it: a subject, the
    sender's name and address, to me and the mail's own day (the next day on a share), then sentences: Dear
    <customer>, the sum paid towards the biller and the customer's number, the day paid, and the outcome
    (received successfully, failed with a refund, pending confirmation, or only "please find the details"), a
    details block on most (a transaction reference, the way paid, the amount, the day), a helpline and a
    signature."""
    biller = rng.choice(list(MAIL))
    page = Page(font, EMAIL)
    when_ = day(rng)
    rs = Rs(rng, font, marks=("Rs.", "Rs.", "₹", "INR"), groupings=("indian", "indian", "western"))
    status = pick(rng, {"success": 0.45, "failed": 0.2, "pending": 0.2})
    customer = rng.choice(PAYERS)
    amount = rupees(rng, 199, 60000 if "Card" in biller else 8000, 0.35)
    label, shape = MAIL_IDS[biller]
    number = {"last4": digits(rng, 4), "mob": mobile(rng, masked=False)}.get(shape)
    number = number or consumer_number(rng, shape)
    pat = rng.choice(PAGE_PATS)
    card = shape == "last4"
    subject = {"success": f"Payment received - {label} {number}",
               "failed": "Your payment could not be processed",
               "pending": "Your payment is being processed",
               None: f"Bill payment details - {label} {number}"}[status]
    page.para("left", subject, status=status)
    page.add(("small", f"{biller} <{MAIL[biller]}>"), merchant=(1, biller))
    sent = when_ + dt.timedelta(days=rng.choice([0, 0, 1]))
    page.add(("small", f"to me  \u00b7  {DOW[sent.weekday()]}, {sent.day} {MON[sent.month - 1]}, "
                       f"{hhmm(rng, lower=True, zero=False)}"))
    page.add(("rule",))
    page.add(("left", f"Dear {customer},"))
    paid = when(when_, pat)
    money = rs(amount)
    towards = f"towards your {biller} {'ending' if card else label} {number}"
    if status == "success":
        text = rng.choice([
            f"Thank you. Your payment of {money} {towards} has been received successfully on {paid}.",
            f"We have successfully received your payment of {money} on {paid} {towards}.",
        ])
    elif status == "failed":
        text = (f"Your payment of {money} {towards} made on {paid} has failed. If the amount has been "
                "debited from your account, it will be refunded within 3-5 working days.")
    elif status == "pending":
        text = (f"Your payment of {money} {towards} initiated on {paid} is pending confirmation from your "
                "bank. Please do not pay again.")
    else:
        text = f"Please find below the details of your payment of {money} made on {paid} {towards}."
    page.para("left", text, keep=True, date=when_, merchant=(2, biller), status=status)
    txn = None
    if rng.random() < 0.8:
        ref_label, rank = rng.choice(MAIL_REFS)
        ref = rng.choice([bbps_ref(rng, when_), digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 10)}"])
        txn = (rank, ref)
        page.add(("gap",))
        page.add(("pair", ref_label, ref), txn=txn)
        if rng.random() < 0.7:
            way, method = rng.choice([("UPI", "UPI"), ("Net Banking", "netbanking"), ("Debit Card", "card"),
                                      ("Wallet", "wallet"), ("Cash", "cash")])
            page.add(("pair", rng.choice(["Payment Mode", "Mode of Payment"]), way), method=(SAID, method))
        page.add(("pair", "Amount", money))
        page.add(("pair", rng.choice(["Payment Date", "Transaction Date"]), paid), date=when_)
    elif rng.random() < 0.5:
        ref = digits(rng, 12)
        page.add(("gap",))
        page.para("left", f"Your transaction reference number is {ref}.", txn=(BANKREF, ref))
    page.add(("gap",))
    helpline = rng.choice(["1800 425 5555", "1912", "19124", "1800 209 6868"])
    page.para("left", f"For any queries call {helpline} or write to {MAIL[biller]}.")
    page.add(("left", "Regards,"))
    page.add(("left", f"Team {biller}"), merchant=(1, biller))
    page.add(("small", "This is a system generated e-mail. Please do not reply."))
    style = dict(EMAIL, accent=(26, 115, 232)) if rng.random() < 0.75 else dict(
        DARK, width=EMAIL["width"], size=EMAIL["size"], accent=(138, 180, 248))
    return page.out(), page.truth(amount), style


# ---------------------------------------------------------------- 9 a POS terminal slip, two fields a line

TERMINALS = [("HDFC BANK", "Pine Labs"), ("ICICI BANK", "Pine Labs"), ("AXIS BANK", "Pine Labs"),
             ("Paytm", "Paytm EDC"), ("Razorpay", "Razorpay POS"), ("SBI", "Mswipe"), ("YES BANK", "Mswipe"),
             ("KOTAK BANK", "Razorpay POS")]
COUNTER_SHOPS = [("SHREE BALAJI MEDICAL", "JAYANAGAR BANGALORE"), ("RELIABLE OPTICIANS", "DADAR W MUMBAI"),
                 ("ANAND SWEETS & SAVOURIES", "RT NAGAR BENGALURU"),
                 ("NEW PUNJAB DHABA", "SECTOR 17 CHANDIGARH"), ("SAI KRUPA HARDWARE", "KOTHRUD PUNE"),
                 ("MODERN SHOE HOUSE", "ABIDS HYDERABAD"), ("GANGA FOOTWEAR", "LAJPAT NAGAR DELHI"),
                 ("PRINCE BOOK DEPOT", "PARK STREET KOLKATA"), ("AMMA MESS", "T NAGAR CHENNAI"),
                 ("KRISHNA GARMENTS", "MG ROAD INDORE")]
DECLINES = ["05-DO NOT HONOUR", "51-INSUFFICIENT FUNDS", "55-INCORRECT PIN", "91-ISSUER NOT AVAILABLE"]


def pos_slip_paired(rng: random.Random, font: str):
    """A POS terminal's charge slip printed two fields to a line (Pine Labs, Paytm EDC, Razorpay POS, Mswipe
    on an acquiring bank's or the vendor's slip): the acquirer on top, the shop and its town (the payee, in
    capitals), MID beside TID, DATE beside TIME, BATCH beside INV, SALE / CARD SALE or UPI SALE / UPI QR SALE,
    a card's masked number, scheme and entry mode and APPR beside RRN, or the payer's masked UPI id, RRN or
    UPI REF NO and the vendor's TXN ID; the AMOUNT (a BASE and TIP over the TOTAL on a share), the outcome
    (APPROVED, DECLINED with a reason, PENDING on UPI) or only PIN VERIFIED OK / SIGNATURE NOT REQUIRED,
    CUSTOMER COPY and the vendor."""
    acquirer, vendor = rng.choice(TERMINALS)
    shop, town = rng.choice(COUNTER_SHOPS)
    page = Page(font, SLIP)
    when_ = day(rng)
    rs = Rs(rng, font, marks=("Rs.", "Rs.", "INR", "₹"), groupings=("indian", "plain", "plain"))
    upi = rng.random() < 0.4
    status = pick(rng, {"success": 0.55, "failed": 0.15, "pending": 0.1 if upi else 0.0})
    amount = rupees(rng, 80, 45000, 0.4)
    page.add(("center", acquirer))
    page.add(("center", shop), merchant=(2, shop))
    page.add(("center", town))
    mid = code(rng, 15, string.digits + "ABCDEF") if rng.random() < 0.3 else digits(rng, 15)
    page.add(("pair", f"MID:{mid}", f"TID:{digits(rng, 8)}"))
    datef = rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%y", "%d-%m-%Y"])
    page.add(("pair", f"DATE:{when(when_, datef, upper=True)}",
              f"TIME:{hhmm(rng, twelve=False, seconds=True)}"), date=when_)
    page.add(("pair", f"BATCH:{rng.randrange(1, 999):06d}", f"INV:{rng.randrange(1, 9999):06d}"))
    ref = utr(rng, when_)
    if upi:
        page.add(("center", rng.choice(["UPI SALE", "UPI QR SALE", "SALE (UPI)"])), method=(SAID, "UPI"))
        payer = rng.choice(PAYERS).split()[0].lower()
        page.add(("left", f"VPA:{payer[:3]}****@{rng.choice(['ybl', 'okaxis', 'paytm', 'okhdfcbank'])}"))
        label, rank = rng.choice([("RRN", RRN), ("UPI REF NO", UTR)])
        page.add(("left", f"{label}:{ref}"), txn=(rank, ref))
        if rng.random() < 0.6:
            own = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
            page.add(("left", f"TXN ID:{own}"), txn=(TXN, own))
    else:
        page.add(("center", rng.choice(["SALE", "CARD SALE"])), method=(SAID, "card"))
        scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"])
        page.add(("left", f"CARD:{'X' * 12}{digits(rng, 4)}"))
        page.add(("pair", f"{scheme}  {rng.choice(['CHIP', 'CONTACTLESS', 'SWIPE'])}", "EXP:**/**"))
        appr = code(rng, 6, string.digits) if rng.random() < 0.7 else code(rng, 6, string.digits + "ABCDEF")
        if status == "failed":
            page.add(("left", f"RRN:{ref}"), txn=(RRN, ref))
        elif rng.random() < 0.75:
            page.add(("pair", f"APPR:{appr}", f"RRN:{ref}"), txn=(RRN, ref))
        else:
            page.add(("left", f"APPR CODE:{appr}"), txn=(APPR, appr))
    page.add(("rule",))
    total = amount
    if not upi and rng.random() < 0.2:
        tip = float(rng.choice([20, 50, 100])) if amount < 3000 else round(amount * 0.05)
        page.add(("pair", "BASE AMT:", rs(amount)))
        page.add(("pair", "TIP:", rs(tip)))
        total = round(amount + tip, 2)
        page.add(("pair", "TOTAL:", rs(total)), keep=True)
    else:
        page.add(("pair", rng.choice(["AMOUNT:", "AMT:", "TOTAL:"]), rs(total)), keep=True)
    page.add(("rule",))
    if status == "success":
        page.add(("center", rng.choice(["APPROVED", "TXN APPROVED", "TRANSACTION SUCCESSFUL"])),
                 status=status)
    elif status == "failed":
        page.add(("center", rng.choice(["DECLINED", "TXN DECLINED"])), status=status)
        page.add(("center", rng.choice(DECLINES)))
    elif status == "pending":
        page.add(("center", "TXN PENDING"), status=status)
        page.add(("center", "CONFIRM ON MERCHANT APP"))
    if not upi and status != "failed":
        page.add(("center", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"])))
    page.add(("center", rng.choice(["*** CUSTOMER COPY ***", "CUSTOMER COPY"])))
    page.add(("small", f"POWERED BY {vendor.upper()}"))
    return page.out(), page.truth(total), dict(SLIP)


# ---------------------------------------------------------------- 10 a shop's bill with the terminal's slip

BILL_SHOPS = [("Sri Balaji Electronics", "Electronics"), ("Apollo Pharmacy", "Pharmacy"),
              ("Hotel Annapurna Family Restaurant", "Restaurant"),
              ("Ratna Kirana & General Stores", "Kirana"), ("Wellness Medicos", "Pharmacy"),
              ("Vasudev Mobiles", "Electronics"), ("Cafe Madras", "Restaurant"),
              ("Nilgiri Dairy Farm", "Kirana")]
BILL_ITEMS = {"Electronics": [("Boat Earphones", 899), ("USB-C Cable 1m", 299), ("20W Charger", 1199),
                              ("Tempered Glass", 249), ("Power Bank 10000", 1499), ("Phone Cover", 349)],
              "Pharmacy": [("Dolo 650 Tab", 32.5), ("Azithral 500", 119.4), ("Vicks Vaporub 50g", 155),
                           ("ORS Sachet", 21), ("Band-Aid 20s", 60), ("Digene Syrup", 142)],
              "Restaurant": [("Masala Dosa", 120), ("Paneer Butter Masala", 280), ("Butter Naan", 55),
                             ("Veg Biryani", 240), ("Filter Coffee", 45), ("Gulab Jamun", 70)],
              "Kirana": [("Aashirvaad Atta 5kg", 289), ("Tata Salt 1kg", 28), ("Fortune Oil 1L", 165),
                         ("Amul Butter 100g", 58), ("Toor Dal 1kg", 178), ("Surf Excel 1kg", 135)]}


def bill_with_slip(rng: random.Random, font: str):
    """A shop's printed bill with the card terminal's or UPI machine's slip torn off and kept under it: the
    shop on top, its address, GSTIN and phone, a TAX INVOICE / INVOICE heading, Bill No beside the date,
    items, GST lines, a round off and the NET AMOUNT / GRAND TOTAL, the tender, You saved on a share, then a
    cut line and the slip (the terminal's vendor, the shop in capitals cut to the slip's width, TID beside
    MID, the slip's date and time, SALE or UPI SALE, the card or UPI lines, AMT, APPR CODE and RRN or UPI REF
    NO, APPROVED on a share)."""
    shop, kind = rng.choice(BILL_SHOPS)
    page = Page(font, ROLL)
    when_ = day(rng)
    rs = Rs(rng, font, marks=("Rs.", "Rs.", "₹", "INR"), groupings=("indian", "plain"))
    upi = rng.random() < 0.45
    status = "success" if rng.random() < 0.55 else None
    page.add(("title" if page.fits(shop, "title") else "center", shop), merchant=(2, shop))
    page.add(("center", rng.choice(["#12, 4th Cross, Malleswaram", "Shop 3, Station Road",
                                    "Opp. Bus Stand, MG Road", "Ground Floor, Laxmi Complex"])))
    page.add(("center", f"GSTIN: {rng.randrange(10, 36)}{code(rng, 5, UPPER)}{digits(rng, 4)}"
                        f"{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"))
    page.add(("center", f"Ph: {mobile(rng, masked=False)}"))
    page.add(("center", rng.choice(["TAX INVOICE", "INVOICE", "BILL"])))
    bill_no = rng.choice([str(rng.randrange(100, 9999)), f"{code(rng, 2, UPPER)}/{rng.randrange(1, 9999)}",
                          f"INV-{digits(rng, 5)}"])
    pat = rng.choice(SLIP_PATS)
    page.add(("pair", f"Bill No: {bill_no}", f"Date: {when(when_, pat)}"), txn=(BILL, bill_no), date=when_)
    page.add(("rule",))
    lines = []
    for name, price in rng.sample(BILL_ITEMS[kind], rng.randint(2, 4)):
        qty = rng.choice([1, 1, 2, 3])
        lines.append((name, qty, round(price * qty, 2)))
        page.add(("pair", f"{name} x{qty}", f"{price * qty:.2f}"))
    page.add(("rule",))
    sub = round(sum(p for _, _, p in lines), 2)
    rate = {"Electronics": 18, "Pharmacy": 12, "Restaurant": 5, "Kirana": 5}[kind]
    tax = round(sub * rate / 100, 2)
    page.add(("pair", "Sub Total", f"{sub:.2f}"))
    page.add(("pair", f"CGST @{rate / 2:g}%", f"{tax / 2:.2f}"))
    page.add(("pair", f"SGST @{rate / 2:g}%", f"{tax / 2:.2f}"))
    gross = round(sub + tax, 2)
    total = float(round(gross))
    if total != gross:
        page.add(("pair", "Round Off", f"{total - gross:+.2f}"))
    page.add(("pair", rng.choice(["NET AMOUNT", "GRAND TOTAL", "Net Payable"]), rs(total)), keep=True)
    tender = rng.choice(["UPI", "PhonePe UPI"] if upi else ["CARD", "Card"])
    page.add(("pair", rng.choice(["Paid by", "Mode"]), tender), method=(SAID, "UPI" if upi else "card"))
    if kind in ("Pharmacy", "Kirana") and rng.random() < 0.5:
        page.add(("center", f"You saved {rs(float(rng.randrange(10, 120)))}"))
    page.add(("center", rng.choice(["Thank you! Visit again", "Goods once sold will not be taken back"])))
    page.add(("center", "- " * 12 + "cut here" if rng.random() < 0.3 else "- " * 16))
    acquirer, vendor = rng.choice(TERMINALS)
    page.add(("center", vendor.upper() if vendor.upper().startswith(acquirer.upper()) else
              f"{acquirer}  {vendor.upper()}"))
    page.add(("center", shop.upper()[:22].strip()), merchant=(1, shop.upper()[:22].strip()))
    page.add(("pair", f"TID:{digits(rng, 8)}", f"MID:{digits(rng, 12)}"))
    page.add(("pair", f"DATE:{when(when_, '%d/%m/%y')}", f"TIME:{hhmm(rng, twelve=False)}"), date=when_)
    ref = utr(rng, when_)
    if upi:
        page.add(("center", "UPI SALE"), method=(SAID, "UPI"))
        page.add(("pair", "AMT", rs(total)))
        label, rank = rng.choice([("UPI REF NO", UTR), ("RRN", RRN)])
        page.add(("pair", label, ref), txn=(rank, ref))
    else:
        page.add(("center", "SALE"), method=(SAID, "card"))
        page.add(("left", f"{rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])} XXXX XXXX XXXX {digits(rng, 4)}"))
        page.add(("pair", "AMT", rs(total)))
        appr = digits(rng, 6)
        page.add(("pair", "APPR CODE", appr), txn=(APPR, appr))
        if rng.random() < 0.7:
            page.add(("pair", "RRN", ref), txn=(RRN, ref))
    if status:
        page.add(("center", rng.choice(["APPROVED", "TXN APPROVED"])), status=status)
    page.add(("center", "CUSTOMER COPY"))
    return page.out(), page.truth(total), dict(ROLL)


# ---------------------------------------------------------------- 11 a WhatsApp chat

CHAT = {"paper": (236, 229, 221), "ink": (17, 27, 33), "label_ink": (84, 101, 111), "accent": (17, 27, 33)}
CHAT_DARK = {"paper": (11, 20, 26), "ink": (233, 237, 239), "label_ink": (134, 150, 160),
             "accent": (233, 237, 239)}
CONTACT = {"Ramesh Kumar": "Ramesh Plumber", "Sunita Devi": "Sunita Didi (maid)",
           "Mohd Salim": "Salim Bhai Tailor", "Priyanka Joshi": "Priyanka",
           "Venkatesh R": "Venkatesh Landlord", "Anil Yadav": "Anil Milkman", "Kavitha S": "Kavitha Tuition",
           "Deepak Chauhan": "Deepak Driver", "Rekha Pillai": "Rekha Aunty",
           "Sanjay Mishra": "Sanjay (Society Sec)", "Fatima Begum": "Fatima Cook",
           "Harpreet Kaur": "Harpreet", "Suresh Babu": "Suresh Electrician", "Nandini Rao": "Nandini",
           "Manjunath Gowda": "Manju Car Wash", "Bablu Prasad": "Bablu Istriwala"}
CAPTIONS = ["sent, pls check", "for march rent", "check kar lo", "Rs for this month",
            "transferred, see screenshot", "advance for next week", "thoda late hua, sorry",
            "this is for yesterday's work"]
REPLIES = ["ok ji", "thik hai", "noted", "ok sir", "\U0001f44d", "ok thanks"]
WA_WORDS = {"success": ["Paid", "Payment successful"], "failed": ["Failed", "Payment failed"],
            "pending": ["Pending", "Processing"]}


def chat_shared(rng: random.Random, font: str):
    """A WhatsApp chat as its sender screenshots it: the contact's saved name (often not the payee's printed
    name) and "online" on a green band, a day divider (Today, Yesterday, a weekday, or a date on or after the
    payment), then either a shared screenshot of a UPI app in an outgoing bubble (its app, outcome, sum, Paid
    to the payee, UPI Ref No or UTR, its own day on most) with a caption and the time, or a WhatsApp payment's
    own bubble (Payment to the contact, the sum, Paid / Failed / Pending, UPI and the time), and the contact's
    reply."""
    page = Page(font, dict(SCREEN, width=560, size=19))
    when_ = day(rng)
    rs = Rs(rng, font, marks=("₹", "₹", "Rs."), groupings=("indian", "plain"), p_whole=0.8)
    payee = rng.choice(list(CONTACT))
    contact = CONTACT[payee] if rng.random() < 0.7 else payee
    native = rng.random() < 0.4
    status = pick(rng, {"success": 0.6, "failed": 0.12, "pending": 0.13})
    amount = rupees(rng, 100, 20000, 0.85)
    page.add(("title", contact))
    page.add(("small", rng.choice(["online", "last seen today at " + hhmm(rng, lower=True, zero=False),
                                   "tap here for contact info"])), band_end=True)
    dated = native or rng.random() < 0.8
    later = 0 if native else rng.choice([0, 0, 1, 2]) if dated else rng.choice([1, 2])
    shared_day = when_ + dt.timedelta(days=later)
    divider = rng.choice(["Today", "Yesterday", WEEKDAY[shared_day.weekday()],
                          when(shared_day, rng.choice(["{d} %B %Y", "%d/%m/%Y", "%B {d}, %Y"]))])
    is_date = divider[0].isdigit() or divider.split()[0] in MONTH
    page.add(("center", divider), date=when_ if native and is_date else None)
    ticks = "  \u2713\u2713" if has_glyph(font, "\u2713") else ""
    sent_at = dt.datetime(2000, 1, 1, rng.randrange(7, 21), rng.randrange(60))
    stamp = f"{sent_at:%I:%M %p}".lstrip("0").lower()
    if native:
        page.add(("right", f"Payment to {payee}"), merchant=(2, payee))
        page.add(("big", rs(amount)), keep=True)
        if status:
            page.add(("right", rng.choice(WA_WORDS[status])), status=status)
        page.add(("right", f"UPI  \u00b7  {stamp}"), method=(KEYWORD, "UPI"))
    else:
        app = rng.choice(["PhonePe", "Google Pay", "Paytm", "BHIM"])
        words = {"success": "Payment Successful", "failed": "Payment Failed", "pending": "Payment Pending"}
        page.add(("right", rng.choice(["Photo", f"IMG-{shared_day:%Y%m%d}-WA00{rng.randrange(10, 99)}.jpg"])))
        page.add(("center", app))
        if status:
            page.add(("center", words[status]), status=status)
        page.add(("title", rs(amount)), keep=True)
        shown = payee.upper() if rng.random() < 0.4 else payee
        page.add(("center", f"Paid to {shown}"), merchant=(2, shown))
        if rng.random() < 0.8:
            ref = utr(rng, when_)
            label, rank = rng.choice([("UPI Ref No", UTR), ("UTR", UTR), ("UPI transaction ID", UTR)])
            page.add(("small", f"{label}: {ref}"), txn=(rank, ref),
                     method=(KEYWORD, "UPI") if "UPI" in label else None)
        if dated:
            page.add(("small", f"{when(when_, rng.choice(SCREEN_PATS))}, {hhmm(rng)}"), date=when_)
        if rng.random() < 0.5:
            page.add(("small", "Powered by UPI"), method=(KEYWORD, "UPI"))
        page.add(("right", rng.choice(CAPTIONS)))
        page.add(("right", f"{stamp}{ticks}"))
    if rng.random() < 0.7:
        reply = rng.choice([r for r in REPLIES if glyphs(font, r)])
        page.add(("left", reply))
        replied = sent_at + dt.timedelta(minutes=rng.randrange(1, 90))
        page.add(("left", f"{replied:%I:%M %p}".lstrip("0").lower()))
    page.add(("gap",))
    page.add(("small", "Message"))
    base = CHAT_DARK if rng.random() < 0.3 else CHAT
    band = (31, 44, 52) if base is CHAT_DARK else (7, 94, 84)
    style = dict(page.style, **base)
    page.style = style
    banded = page.band(band)
    return page.out(), page.truth(amount), banded or style


# ---------------------------------------------------------------- 12 a bank's SMS alert


def sms_text(rng: random.Random, bank: str, kind: str, payee: str, amount: float, when_: dt.date,
             ref: str) -> tuple[str, dict]:
    """A bank's alert in its own words and the facts it prints (the payee, id, way paid, outcome)."""
    last4 = digits(rng, 4)
    mon = f"{when_.day:02d}{MON[when_.month - 1]}{when_.year % 100:02d}"
    short = {"State Bank of India": "SBI", "HDFC Bank": "HDFC", "ICICI Bank": "ICICI", "Axis Bank": "AXIS",
             "Kotak Mahindra Bank": "KOTAK"}[bank]
    amt = rng.choice([f"Rs.{amount:.2f}", f"Rs {amount:.2f}", f"INR {amount:.2f}", f"Rs.{num(amount)}"])
    sbi = f"{amount:.2f}"[:-1] if f"{amount:.2f}".endswith("00") else f"{amount:.2f}"
    slash, dash, named = when(when_, "%d/%m/%y"), when(when_, "%d-%m-%y"), when(when_, "%d-%b-%y")
    if kind == "upi":
        at = hhmm(rng, twelve=False, seconds=True)
        text = {
            "HDFC": f"Sent {amt} From HDFC Bank A/C *{last4} To {payee} On {slash} Ref {ref} "
                    "Not You? Call 18002586161/SMS BLOCK UPI to 7308080808",
            "SBI": f"Dear UPI user A/C X{last4} debited by {sbi} on date {mon} trf to {payee} Refno {ref}. "
                   "If not u? call 1800111109. -SBI",
            "ICICI": f"ICICI Bank Acct XX{last4[1:]} debited for {amt} on {named}; {payee} "
                     f"credited. UPI:{ref}. Call 18002662 for dispute. SMS BLOCK {last4[1:]} to 9215676766.",
            "AXIS": f"{amt} debited A/c no. XX{last4} {dash}, {at}"
                    f" UPI/P2A/{ref}/{payee} Not you? SMS BLOCKUPI Cust ID to 919951860002 Axis Bank",
            "KOTAK": f"Sent {amt} from Kotak Bank AC X{last4} to {payee} on {dash}.UPI Ref {ref}. "
                     "Not you, https://kotak.com/KBANKT/Fraud",
        }[short]
        return text, dict(merchant=(2, payee), txn=(UTR, ref), method=(SAID, "UPI"))
    if kind == "card":
        at_hdfc = hhmm(rng, twelve=False, seconds=True)
        limit_icici = num(round(amount * rng.uniform(8, 40), 2))
        at_axis = hhmm(rng, twelve=False, seconds=True)
        limit_axis = num(round(amount * rng.uniform(8, 40), 2))
        balance = num(round(amount * rng.uniform(2, 30), 2))
        text = {
            "HDFC": f"Spent {amt} On HDFC Bank Card {last4} At {payee} On {when_:%Y-%m-%d}:"
                    f"{at_hdfc} Not You? To Block+Reissue Call 18002586161",
            "SBI": f"Rs.{amount:.2f} spent on your SBI Credit Card ending {last4} at {payee} on "
                   f"{slash}. Trxn. not done by you? Report at https://sbicard.com/Dispute",
            "ICICI": f"INR {num(amount)} spent using ICICI Bank Card XX{last4} on {named} on "
                     f"{payee}. Avl Limit: INR {limit_icici}. If not you, call "
                     f"1800 2662/SMS BLOCK {last4} to 9215676766",
            "AXIS": f"Spent INR {amount:.2f} Axis Bank Card no. XX{last4} {dash} "
                    f"{at_axis} IST {payee} Avl Limit: INR "
                    f"{limit_axis} Not you? SMS BLOCK {last4} to 919951860002",
            "KOTAK": f"Transaction of {amt} done on Kotak Debit Card XX{last4} at {payee} on "
                     f"{when(when_, '%d/%m/%Y')}. Avl bal: Rs.{balance}",
        }[short]
        return text, dict(merchant=(2, payee), method=(SAID, "card"))
    if kind == "imps":
        text = (f"{amt} debited from A/c XX{last4} on {dash} for IMPS to {payee}. IMPS Ref No "
                f"{ref}. Avl Bal: Rs.{num(round(amount * rng.uniform(1.2, 9), 2))} -{short}")
        return text, dict(merchant=(2, payee), txn=(BANKREF, ref), method=(SAID, "netbanking"))
    if kind == "failed":
        text = rng.choice([
            f"Your UPI transaction of {amt} to {payee} on {dash} has failed. Amount debited, if "
            f"any, will be reversed within 3-5 working days. Ref No {ref} -{short}",
            f"{amt} credited to A/c XX{last4} as reversal of your failed UPI txn dated {dash} "
            f"to {payee}. Ref No {ref} -{short}",
        ])
        return text, dict(merchant=(2, payee), txn=(BANKREF, ref), method=(KEYWORD, "UPI"), status="failed")
    text = (f"Your UPI txn of {amt} to {payee} on {dash} is pending. Ref No {ref}. Please check "
            f"the status before retrying. -{short}")
    return text, dict(merchant=(2, payee), txn=(BANKREF, ref), method=(KEYWORD, "UPI"), status="pending")


CARD_PAYEES = ["DMART", "SWIGGY", "AMAZON PAY INDIA", "RELIANCE SMART", "BOOKMYSHOW", "ZEPTO MARKETPLACE",
               "BIG BAZAAR", "IRCTC", "NYKAA E RETAIL", "MAX FASHION"]
OTHER_NOTES = [("WhatsApp", "Mom: khana kha liya?"),
               ("Swiggy", "Your order from Meghana Foods is on the way!"),
               ("Gmail", "Your Zomato order invoice"), ("Jio", "90% of your daily data quota is used"),
               ("Ola", "Rate your ride with Suresh"), ("Calendar", "Society meeting at 7 pm")]


def sms_alert(rng: random.Random, font: str):
    """A bank's SMS alert, in a messages thread (the sender id on a band, a day divider without the year, an
    OTP before it on a share, the time under the alert) or in the phone's notification shade (the clock and a
    short day, the alert's notification among others, Clear all). The alert in the bank's own words: a UPI
    debit (Sent / debited / trf to, Ref / Refno / UPI:), a card spend (Spent ... At), an IMPS debit with its
    IMPS Ref No and the balance, a failed UPI debit or its reversal, or a pending UPI transaction."""
    bank = rng.choice(["State Bank of India", "HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank"])
    page = Page(font, dict(SCREEN, width=560, size=19))
    when_ = day(rng)
    rs = Rs(rng, font)
    kind = rng.choice(["upi", "upi", "upi", "card", "card", "imps", "failed", "pending"])
    payee = rng.choice(CARD_PAYEES) if kind == "card" else rng.choice(PEOPLE + SHOPS).upper()
    amount = rupees(rng, 40, 9000 if kind != "imps" else 60000, 0.6)
    ref = utr(rng, when_)
    text, facts = sms_text(rng, bank, kind, payee, amount, when_, ref)
    shade = rng.random() < 0.45
    sender = f"{rng.choice(['VM', 'AX', 'JD', 'VK', 'AD', 'BZ'])}-{BANKS[bank][2]}"
    if kind == "card" and bank == "State Bank of India":
        sender = f"{rng.choice(['VM', 'AD'])}-SBICRD"
    short_day = f"{DOW[when_.weekday()]}, {when_.day} {MON[when_.month - 1]}"
    if shade:
        page.add(("big", hhmm(rng, twelve=False)))
        page.add(("small", short_day))
        page.add(("rule",))
        notes = rng.sample(OTHER_NOTES, rng.randint(1, 3))
        at = rng.randrange(len(notes) + 1)
        for i in range(len(notes) + 1):
            if i == at:
                ago = rng.choice(["now", "2m", "14m", "1h"])
                page.add(("small", f"Messages  \u00b7  {sender}  \u00b7  {ago}"))
                page.para("left", text, keep=True, date=when_, **facts)
            else:
                app, note = notes[i - (i > at)]
                page.add(("small", f"{app}  \u00b7  {rng.choice(['5m', '1h', '3h'])}"))
                page.para("left", note)
            page.add(("gap",))
        page.add(("center", "Clear all"))
        style = dict(DARK, width=560, size=19, accent=(220, 220, 230))
        return page.out(), page.truth(amount), style
    if rng.random() < 0.5:
        page.add(status_bar(rng, font))
    page.add(("title", sender), band_end=True)
    page.add(("center", rng.choice(["Today", short_day, "Yesterday"]) if rng.random() < 0.5 else short_day))
    received = dt.datetime(2000, 1, 1, rng.randrange(7, 23), rng.randrange(60))
    if kind in ("card", "upi") and rng.random() < 0.5:
        otp = digits(rng, 6)
        page.para("left", f"{otp} is the OTP for your {'card' if kind == 'card' else 'UPI'} transaction of "
                          f"{rs(amount)}. Valid for 5 mins. Do not share it with anyone. "
                          f"-{BANKS[bank][2][:4]}")
        page.add(("small", f"{received - dt.timedelta(minutes=1):%I:%M %p}"))
        page.add(("gap",))
    page.para("left", text, keep=True, date=when_, **facts)
    page.add(("small", f"{received:%I:%M %p}"))
    page.add(("gap",))
    page.add(("small", "Text message"))
    style = colours(rng, page, (60, 64, 67), 0.35, 0.3, dark=dict(DARK, accent=(200, 210, 230)))
    return page.out(), page.truth(amount), style

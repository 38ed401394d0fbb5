"""The twelve heldout82 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: the commonest uploads of the product's main market,
India, in new designs: a newer UPI app's payment screen (Navi, super.money, Kiwi, MobiKwik, Jupiter), a UPI payment's
status tracker after it failed or stuck (with a complaint's ticket), a UPI debit's detail in a bank app's account
statement (with the narration), an Android smart terminal's charge slip (card or Bharat QR / UPI sale), a net banking
IMPS / NEFT / RTGS acknowledgement page, a Bharat BillPay agent outlet's thermal slip, a wallet's add-money screen, a
fuel station's automation slip, a supermarket's or a generic pharmacy's till bill with a GST breakup table, a
marketplace's A4 tax invoice, a restaurant chain's own delivery app order summary and a cab company's ride receipt.
All in rupees (₹, Rs., INR; lakh, Western or plain grouping, whole rupees without paise on a share of screens). The
helpers below are this set's own (a page's mark, grouping and date pattern are chosen once); ``truth_fields`` states
the fields exactly as the page prints them (``None`` where a field is not printed).
"""

from __future__ import annotations

import datetime as dt
import random
import string
import textwrap

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields

UPPER = "".join(letter for letter in string.ascii_uppercase if letter not in "IO")
ALNUM = UPPER + "23456789"
HEX = "0123456789ABCDEF"

SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 540, "size": 20}
DARK = {
    "screen": True,
    "paper": (18, 20, 26),
    "ink": (235, 235, 238),
    "accent": (140, 210, 160),
    "label_ink": (160, 164, 176),
    "width": 540,
    "size": 20,
}
WEB = {"screen": True, "paper": (250, 251, 253), "ink": (30, 34, 44), "accent": (120, 20, 60), "width": 780,
       "size": 18}
THERMAL = {"paper": (249, 248, 243), "width": 440, "size": 17}
A4 = {"paper": (255, 255, 255), "width": 780, "size": 17}
BANDS = [(95, 37, 159), (0, 92, 170), (10, 120, 90), (200, 60, 40), (30, 30, 36), (230, 100, 20)]

# a year's months as Indian pages print them
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# one of these per page: day first, as Indian issuers print, ISO and a US-style month name on a share of apps
SCREEN_PATTERNS = ["%d %b %Y", "{d} %b %Y", "%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y"]
SLIP_PATTERNS = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%b-%y"]
PAGE_PATTERNS = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d %B %Y", "%d.%m.%Y", "%Y-%m-%d", "{d} %b %Y"]

PAYERS = [
    "Ananya Iyer", "Rahul Verma", "Priya Nair", "Sandeep Yadav", "Kavya Reddy", "Mohammed Irfan", "Neha Joshi",
    "Arvind Krishnan", "Pooja Bansal", "Gurpreet Singh", "Sneha Patil", "Debashish Roy", "Lakshmi Narayanan",
    "Farhan Sheikh",
]
BANKS = [
    ("HDFC Bank", "HDFC"), ("State Bank of India", "SBI"), ("ICICI Bank", "ICICI"), ("Axis Bank", "Axis"),
    ("Kotak Mahindra Bank", "Kotak"), ("Bank of Baroda", "BoB"), ("Punjab National Bank", "PNB"),
    ("Canara Bank", "Canara"), ("IDFC FIRST Bank", "IDFC"), ("Federal Bank", "Federal"), ("Yes Bank", "Yes"),
    ("Union Bank of India", "Union"),
]
SHOPS = [
    "Sri Venkateshwara Medicals", "Sharma General Store", "Annapurna Sweets", "Ganesh Fruits & Vegetables",
    "Raj Mobile Point", "Third Wave Coffee", "Chai Point", "Bikanervala", "Wow! Momo", "Namdhari's Fresh",
    "Kumar Auto Parts", "Hotel Saravana Bhavan", "Lenskart", "Decathlon Sports India", "Blue Tokai Coffee",
    "Mahalaxmi Kirana", "New Delhi Book Depot", "Cafe Niloufer", "A2B Adyar Ananda Bhavan", "Haldiram's",
]


# ---------------------------------------------------------------- values


def num(value: float, grouping: str = "indian", places: int = 2) -> str:
    """``value`` with ``places`` decimals: indian 1,23,456.50, western 123,456.50, plain 123456.50."""
    text = f"{value:.{places}f}"
    whole, _, frac = text.partition(".")
    if grouping == "plain":
        body = whole
    elif grouping == "indian":
        head, groups = whole[:-3], [whole[-3:]]
        while head:
            groups.insert(0, head[-2:])
            head = head[:-2]
        body = ",".join(groups)
    else:
        body = f"{int(whole):,}"
    return f"{body}.{frac}" if places else body


def rupee_ok(font: str) -> bool:
    """Whether ``font`` holds the rupee mark (Noto Sans, Serif and Sans Mono, every DejaVu face); Liberation,
    FreeFont and Noto Mono pages print Rs. or INR."""
    return font.startswith(("noto/NotoSans", "noto/NotoSerif", "dejavu/"))


class Rupees:
    """A page's way of printing rupees: its mark (₹ only in faces that hold it), grouping and spacing, chosen once;
    on a share of screens whole rupees are printed without paise."""

    def __init__(self, rng: random.Random, font: str, marks=("₹", "Rs.", "INR"),
                 groupings=("indian", "indian", "western", "plain"), p_whole: float = 0.0):
        options = [mark for mark in marks if mark != "₹" or rupee_ok(font)] or ["Rs."]
        self.mark = rng.choice(options)
        self.grouping = rng.choice(groupings)
        self.gap = "" if self.mark == "₹" and rng.random() < 0.6 else " "
        self.whole = rng.random() < p_whole

    def __call__(self, value: float, sign: str = "") -> str:
        places = 0 if self.whole and abs(value - round(value)) < 1e-9 else 2
        return f"{sign}{self.mark}{self.gap}{num(value, self.grouping, places)}"

    def bare(self, value: float) -> str:
        return num(value, self.grouping)


def when_text(date: dt.date, pattern: str, upper: bool = False) -> str:
    """``date`` in a strftime ``pattern`` (English month names); ``{d}`` is the day without a leading zero."""
    text = date.strftime(pattern.replace("%b", "{b}").replace("%B", "{B}")).replace("{d}", str(date.day))
    text = text.replace("{b}", MONTHS[date.month - 1]).replace("{B}", dt.date(2000, date.month, 1).strftime("%B"))
    return text.upper() if upper else text


def later(date: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return date + dt.timedelta(days=rng.randrange(low, high + 1))


def clock(rng: random.Random, twelve: bool = True, seconds: bool = False, upper: bool = True) -> str:
    hour, minute, second = rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)
    if twelve:
        half = "PM" if hour >= 12 else "AM"
        return f"{(hour - 1) % 12 + 1}:{minute:02d}" + (f":{second:02d}" if seconds else "") + " " + (
            half if upper else half.lower())
    return f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if seconds else "")


def outcome(rng: random.Random, p_said: float, words: dict[str, list[str]], p_success=0.6, p_failed=0.25):
    """On a share of pages an outcome in the family's words: (status, words) or (None, None)."""
    if rng.random() >= p_said:
        return None, None
    roll = rng.random()
    status = "success" if roll < p_success else ("failed" if roll < p_success + p_failed else "pending")
    if not words.get(status):
        status = "success"
    return status, rng.choice(words[status])


def bar(rng: random.Random) -> tuple:
    """A phone's status bar."""
    return ("small", f"{clock(rng, rng.random() < 0.5).replace(' AM', '').replace(' PM', '')}      "
                     f"{rng.choice(['4G', 'LTE', '5G', 'Vo LTE', 'Wi-Fi'])}   {rng.randrange(11, 99)}%")


def screen_style(rng: random.Random, p_dark: float = 0.3, p_band: float = 0.4) -> dict:
    """A light, a banded or a dark screen."""
    roll = rng.random()
    if roll < p_dark:
        return dict(DARK)
    if roll < p_dark + p_band:
        return dict(SCREEN, band=rng.choice(BANDS), band_ink=(255, 255, 255))
    return dict(SCREEN)


def vpa(rng: random.Random, shop: str) -> str:
    """A merchant's UPI id as QR stickers print them."""
    slug = "".join(ch for ch in shop.lower() if ch.isalnum())[:14]
    return rng.choice([
        f"{slug}@okaxis", f"paytmqr{digits(rng, 10)}@paytm", f"q{digits(rng, 9)}@ybl",
        f"bharatpe.{digits(rng, 10)}@fbpe", f"gpay-{digits(rng, 11)}@okbizaxis", f"{slug}.{digits(rng, 2)}@okhdfcbank",
        f"{rng.choice('6789')}{digits(rng, 9)}@ptyes", f"{slug}@icici", f"mab.{digits(rng, 12)}@axisbank",
    ])


def masked_phone(rng: random.Random) -> str:
    return f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}"


def wrap(rows: list[tuple], text: str, width: int, kind: str = "left") -> None:
    for line in textwrap.wrap(text, width):
        rows.append((kind, line))


def done(name, total, txn, dated, method, status) -> dict:
    return truth_fields(name, round(total, 2), "INR", txn, dated, method, status)


def words_in_rupees(value: float) -> str:
    """``value`` in words the Indian way (lakh, crore), as invoices print it."""
    ones = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
            "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
    tens = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

    def below_100(n: int) -> str:
        return ones[n] if n < 20 else (tens[n // 10] + (" " + ones[n % 10] if n % 10 else ""))

    def below_1000(n: int) -> str:
        head = ones[n // 100] + " Hundred" if n >= 100 else ""
        tail = below_100(n % 100)
        return " ".join(part for part in (head, tail) if part)

    rupees, paise = int(value), int(round((value - int(value)) * 100))
    parts = []
    for size, name in ((10_000_000, "Crore"), (100_000, "Lakh"), (1000, "Thousand")):
        if rupees >= size:
            parts.append(f"{below_1000(rupees // size)} {name}")
            rupees %= size
    if rupees:
        parts.append(below_1000(rupees))
    text = "Rupees " + " ".join(parts)
    if paise:
        text += f" and {below_100(paise)} Paise"
    return text + " Only"


# ---------------------------------------------------------------- 1 a newer UPI app's payment screen


UPI_APPS = {
    "Navi": ("naviaxis", "NV"),
    "super.money": ("superyes", "SM"),
    "Kiwi": ("kiwiaxis", "KW"),
    "MobiKwik": ("ikwik", "MK"),
    "Jupiter": ("jupiteraxis", "JUP"),
}
UPI_APP_WORDS = {
    "success": ["Payment successful", "Paid successfully", "Payment done", "Payment Successful"],
    "failed": ["Payment failed", "Transaction failed", "Payment declined by your bank"],
    "pending": ["Payment pending", "Payment processing", "Waiting for bank confirmation"],
}


def upi_app_payment(rng: random.Random, font: str):
    """A newer UPI app's payment screen: the app's name on top (never the payee), the shop paid (the payee) and its UPI
    id, the payer and the bank account or RuPay credit card debited (never), the sum large (whole rupees without
    paise on a share), a cashback, SuperCash, Kiwis or Jewels reward (never the amount), a note, the day and time
    (an "on" line or a label), the UPI reference (12 digits) and the app's own transaction id. The UPI reference is
    the id where printed, else the app's id. A UPI app's screen always names the way (UPI)."""
    app = rng.choice(sorted(UPI_APPS))
    handle, prefix = UPI_APPS[app]
    style = screen_style(rng)
    m = Rupees(rng, font, marks=("₹", "₹", "Rs."), groupings=("indian", "indian", "plain"), p_whole=0.5)
    rows: list[tuple] = [bar(rng)]
    if "band" not in style:
        rows.append(("left", rng.choice(["X", "<", "X  Close", "<  Home"])))
    rows.append(("title", app))
    if "band" in style:  # the coloured band holds only the status bar and the name
        rows.append(("gap",))
    status, said = outcome(rng, 0.85, UPI_APP_WORDS, 0.65, 0.2)
    total = round(rng.choice([rng.randrange(20, 3000) * 1.0, round(rng.uniform(40, 4800), 2)]), 2)
    shop = rng.choice(SHOPS)
    shop_vpa = vpa(rng, shop)
    when = day(rng)
    pattern = rng.choice(SCREEN_PATTERNS)
    stamp = f"{clock(rng, True, upper=rng.random() < 0.5)} on {when_text(when, pattern)}"
    dated = None
    stamp_on_top = shown(rng, 0.5)
    if rng.random() < 0.5:  # the sum first
        if said:
            rows.append(("center", said))
        rows.append(("big", m(total)))
        rows.append(("center", rng.choice(["to", "Paid to", "Sent to"])))
        rows.append(("title", shop))
        rows.append(("small", shop_vpa))
    else:  # the payee first
        rows.append(("center", rng.choice(["Paid to", "To"])))
        rows.append(("title", shop))
        rows.append(("small", shop_vpa))
        rows.append(("big", m(total)))
        if said:
            rows.append(("center", said))
    if stamp_on_top:
        rows.append(("small", stamp))
        dated = when
    rows.append(("rule",))
    if status == "success" and shown(rng, 0.4):
        reward = round(max(1.0, total * rng.choice([0.01, 0.02, 0.05])), 0)
        rows.append(("center", {
            "Navi": f"You won {m(reward)} cashback!",
            "super.money": f"Flat cashback: {m(reward)} credited",
            "Kiwi": f"{int(reward * 10)} Kiwis earned on this payment",
            "MobiKwik": f"SuperCash {m(reward)} added",
            "Jupiter": f"{int(reward)} Jewels earned",
        }[app]))
    payer = rng.choice(PAYERS)
    bank, short = rng.choice(BANKS)
    last = digits(rng, 4)
    source = f"{short} RuPay Credit Card ..{last}" if app == "Kiwi" or rng.random() < 0.2 else f"{bank} ..{last}"
    rows.append(("pair", rng.choice(["Paid via", "Payment method", "Mode"]), rng.choice(["UPI", "UPI", f"UPI - {short}"])))
    if shown(rng, 0.2):
        rows.append(("pair", rng.choice(["Debited from", "Paid from", "From"]), source))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Paid by", "Sender"]), payer))
    if shown(rng, 0.6):
        rows.append(("pair", "Your UPI ID", f"{payer.split()[0].lower()}{digits(rng, 2)}@{handle}"))
    if shown(rng, 0.6):
        rows.append(("pair", rng.choice(["Note", "Message"]), rng.choice(["groceries", "lunch", "medicines", "tea"])))
    if not dated and shown(rng, 0.15):
        label = rng.choice(["Date & time", "Paid on", "Transaction date"] if status == "success" else
                           ["Date & time", "Date"])
        rows.append(("pair", label, f"{when_text(when, pattern)}, {clock(rng)}"))
        dated = when
    txn = None
    app_id = f"{prefix}{when:%y%m%d}{digits(rng, 10 if prefix != 'JUP' else 9)}"
    if shown(rng, 0.45):
        rows.append(("pair", rng.choice(["Transaction ID", "Txn ID", f"{app} Txn ID"]), app_id))
        txn = app_id
    if shown(rng, 0.25 if status != "failed" else 0.5):
        utr = f"{rng.choice('3456')}{digits(rng, 11)}"
        rows.append(("pair", rng.choice(["UPI Ref No.", "UPI transaction ID", "UTR", "UPI Ref. ID", "RRN"]), utr))
        txn = utr
    rows.append(("gap",))
    for label in rng.sample(["Share receipt", "Split bill", "Done", "Pay again", "Check balance"], 2):
        rows.append(("center", f"[ {label} ]"))
    rows.append(("small", rng.choice(["Powered by UPI", "BHIM UPI | NPCI", "Secured by NPCI"])))
    return rows, done(shop, total, txn, dated, "UPI", status), style


# ---------------------------------------------------------------- 2 a UPI payment's status tracker


TRACKER_APPS = ["Google Pay", "PhonePe", "BHIM", "iMobile Pay", "YONO SBI", "Paytm"]
TRACKER_WORDS = {
    "success": ["Payment successful", "Payment completed after re-check"],
    "failed": ["Payment failed", "Transaction failed", "Payment declined by bank", "Payment Failed"],
    "pending": ["Payment pending", "Transaction pending", "Payment processing", "Awaiting bank confirmation"],
}
FAIL_REASONS = [
    "U30 - Debit failed at remitter bank", "ZM - Invalid UPI PIN", "U16 - Risk threshold exceeded",
    "U68 - Beneficiary bank not responding", "Z9 - Insufficient funds in account", "U69 - Collect request expired",
]


def upi_status_tracker(rng: random.Random, font: str):
    """A UPI payment's status tracker after it failed or stuck, in a payments or bank app: the app's name small on top
    (never the payee), the outcome as the heading (pending and failed on most pages, a success after a re-check on a
    share, none on a few), the sum large (the sum tried), the payee and its UPI id, the payer's bank and masked
    account, a timeline of steps, an error code and reason (failed), a refund or resolution day, a complaint's
    ticket and the day it was raised (never the date or the id). The day tried under Date & time / Date / Initiated
    on; the UPI reference (UPI Ref No., UTR, RRN, Bank reference no.) is the id; a page without one has none."""
    app = rng.choice(TRACKER_APPS)
    style = screen_style(rng, 0.3, 0.0)
    m = Rupees(rng, font, marks=("₹", "Rs.", "INR"), groupings=("indian", "plain"), p_whole=0.3)
    rows: list[tuple] = [bar(rng), ("left", rng.choice(["<  Transaction details", "<  Help", "<  History"])),
                         ("small", app)]
    roll = rng.random()
    status = "pending" if roll < 0.45 else ("failed" if roll < 0.85 else ("success" if roll < 0.95 else None))
    if status:
        rows.append(("title", rng.choice(TRACKER_WORDS[status])))
    else:
        rows.append(("title", "Transaction details"))
    total = round(rng.choice([rng.randrange(50, 25000) * 1.0, round(rng.uniform(40, 9000), 2)]), 2)
    rows.append(("big", m(total)))
    shop = rng.choice(SHOPS)
    rows.append(("pair", rng.choice(["To", "Paid to", "Payee"]), shop))
    rows.append(("pair", rng.choice(["UPI ID", "VPA"]), vpa(rng, shop)))
    bank, _ = rng.choice(BANKS)
    if shown(rng, 0.3):
        rows.append(("pair", rng.choice(["From", "Debited from", "Bank account"]), f"{bank} XXXX{digits(rng, 4)}"))
    if shown(rng, 0.5):
        rows.append(("pair", "Sender", rng.choice(PAYERS)))
    rows.append(("pair", rng.choice(["Payment mode", "Paid via", "Type"]), rng.choice(["UPI", "UPI Payment"])))
    when = day(rng)
    pattern = rng.choice(SCREEN_PATTERNS)
    at = clock(rng)
    dated = None
    if shown(rng, 0.15):
        rows.append(("pair", rng.choice(["Date & time", "Date", "Initiated on"]), f"{when_text(when, pattern)}, {at}"))
        dated = when
    txn = None
    if shown(rng, 0.15 if status != "failed" else 0.45):
        utr = f"{rng.choice('3456')}{digits(rng, 11)}"
        rows.append(("pair", rng.choice(["UPI Ref No.", "UTR", "RRN", "Bank reference no."]), utr))
        txn = utr
    if shown(rng, 0.6):
        own = code(rng, 3, UPPER) + digits(rng, 13)
        rows.append(("pair", rng.choice([f"{app} ref", "Transaction ID", "Txn ID"]), own))
        txn = txn or own
    rows.append(("rule",))
    rows.append(("left", f"o  Payment started  {at}"))
    if status != "failed" or rng.random() < 0.5:
        rows.append(("left", f"o  Money debited from {bank.split()[0]}"))
    if status == "pending":
        rows.append(("left", "o  Awaiting payee bank's response"))
    if status == "failed":
        rows.append(("pair", rng.choice(["Reason", "Error"]), rng.choice(FAIL_REASONS)))
    if status in ("failed", "pending") and shown(rng, 0.3):
        words = "Refund by" if status == "failed" else "Expected by"
        rows.append(("pair", words, when_text(later(when, rng, 2, 5), pattern)))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Complaint ID", "Ticket no.", "Dispute ref"]),
                     f"{rng.choice(['CMP', 'UDIR', 'TKT'])}{digits(rng, 10)}"))
        rows.append(("pair", "Raised on", when_text(later(when, rng, 1, 3), pattern)))
    rows.append(("gap",))
    buttons = ["Check status", "Retry payment", "Contact support", "Raise a dispute"]
    for label in rng.sample(buttons, 2):
        rows.append(("center", f"[ {label} ]"))
    wrap(rows, "If money was debited, it is returned to your account automatically within 5 working days.", 46,
         "small")
    return rows, done(shop, total, txn, dated, "UPI", status), style


# ---------------------------------------------------------------- 3 a UPI debit in a bank app's statement


STATEMENT_APPS = {
    "Canara ai1": "CNRB", "Union Vyom": "UBIN", "PNB ONE": "PUNB", "IndusMobile": "INDB",
    "IDFC FIRST Bank": "IDFB", "FedMobile": "FDRL", "bob World": "BARB",
}
PSP_CODES = ["YESB", "ICIC", "HDFC", "UTIB", "SBIN", "PYTM", "AIRP"]


def bank_statement_upi(rng: random.Random, font: str):
    """A UPI debit's detail in a bank app's account statement: the app on top (never the payee), the account's
    masked number and holder (never), the debit large with Dr or a minus, the narration (UPI/DR/<UTR>/<payee
    shortened>/<bank code>/<UPI id>), the payee under To / Paid to / Beneficiary (the payee, as printed there), the
    transaction day and a value day on the same day, the balance after it (never the amount), Mode UPI and Status
    Success on a share. The UTR is the id (under UTR / RRN / Reference no., or else in the narration)."""
    app = rng.choice(sorted(STATEMENT_APPS))
    style = screen_style(rng, 0.25, 0.45)
    m = Rupees(rng, font, marks=("₹", "Rs.", "INR"), groupings=("indian", "indian", "western"))
    rows: list[tuple] = [bar(rng)]
    if "band" not in style:
        rows.append(("left", rng.choice(["<  Account statement", "<  Transactions", "<  Mini statement"])))
    rows.append(("title", app))
    if "band" in style:  # the coloured band holds only the status bar and the name
        rows.append(("gap",))
    holder = rng.choice(PAYERS)
    rows.append(("center", f"{rng.choice(['Savings A/c', 'SB A/c', 'Savings Account'])} XXXXXX{digits(rng, 4)}"))
    if shown(rng, 0.5):
        rows.append(("small", holder))
    rows.append(("rule",))
    total = round(rng.choice([rng.randrange(30, 40000) * 1.0, round(rng.uniform(25, 12000), 2)]), 2)
    rows.append(("big", rng.choice([f"- {m(total)}", f"{m(total)} Dr", f"{m(total)} DR"])))
    rows.append(("center", rng.choice(["Debit", "Withdrawal", "Debited"])))
    shop = rng.choice(SHOPS)
    upi_id = vpa(rng, shop)
    utr = f"{rng.choice('3456')}{digits(rng, 11)}"
    short = "".join(ch for ch in shop.upper() if ch.isalnum() or ch == " ")[:rng.choice([10, 14, 20])].strip()
    narration = f"UPI/DR/{utr}/{short}/{rng.choice(PSP_CODES)}/{upi_id}/{rng.choice(['Payment', 'UPI', 'NA'])}"
    rows.append(("left", rng.choice(["Narration", "Description", "Remarks"])))
    parts, line = narration.split("/"), ""
    for part in parts:
        piece = part + "/"
        if len(line) + len(piece) > 38 and line:
            rows.append(("left", line))
            line = ""
        line += piece
    rows.append(("left", line.rstrip("/")))
    rows.append(("pair", rng.choice(["To", "Paid to", "Beneficiary"]), shop))
    when = day(rng)
    pattern = rng.choice(SCREEN_PATTERNS + ["%d/%m/%Y", "%d-%m-%Y"])
    rows.append(("pair", rng.choice(["Transaction date", "Txn date", "Date"]),
                 when_text(when, pattern) + (f" {clock(rng, seconds=True)}" if rng.random() < 0.5 else "")))
    if shown(rng, 0.5):
        rows.append(("pair", "Value date", when_text(when, pattern)))
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(["UTR", "RRN", "Reference no.", "Chq/Ref No."]), utr))
    rows.append(("pair", rng.choice(["Mode", "Channel", "Transaction type"]), rng.choice(["UPI", "UPI Debit"])))
    status = None
    if shown(rng, 0.5):
        rows.append(("pair", "Status", rng.choice(["Success", "Successful", "Completed"])))
        status = "success"
    if shown(rng, 0.3):
        balance = round(rng.uniform(800, 250000), 2)
        rows.append(("pair", rng.choice(["Balance", "Available balance", "Closing balance"]), f"{m(balance)} Cr"))
    rows.append(("gap",))
    for label in rng.sample(["Download statement", "Raise dispute", "Share", "Categorise"], 2):
        rows.append(("center", f"[ {label} ]"))
    return rows, done(shop, total, utr, when, "UPI", status), style


# ---------------------------------------------------------------- 4 a smart terminal's charge slip


POS_VENDORS = ["Powered by Razorpay POS", "Ezetap by Razorpay", "mswipe", "Pine Labs Plutus Smart", "PayU POS"]
POS_BANKS = ["HDFC BANK", "ICICI BANK", "AXIS BANK", "KOTAK MAHINDRA BANK", "STATE BANK OF INDIA", "YES BANK"]
POS_SHOPS = [
    ("CROMA - PHOENIX MARKETCITY", "WHITEFIELD BENGALURU"), ("LIFESTYLE ORION MALL", "RAJAJINAGAR BENGALURU"),
    ("BARBEQUE NATION", "SECTOR 29 GURUGRAM"), ("APOLLO PHARMACY", "HSR LAYOUT BENGALURU"),
    ("TANISHQ JEWELLERY", "T NAGAR CHENNAI"), ("BATA INDIA LTD", "LINKING ROAD MUMBAI"),
    ("NALLI SILKS", "MYLAPORE CHENNAI"), ("SHOPPERS STOP", "BANJARA HILLS HYDERABAD"),
    ("MAINLAND CHINA", "SALT LAKE KOLKATA"), ("PANTALOONS", "FC ROAD PUNE"),
]
POS_CARDS = ["VISA", "MASTERCARD", "RUPAY", "VISA DEBIT", "RUPAY DEBIT", "MASTERCARD CREDIT", "AMEX", "DINERS"]
DECLINES = ["51 - INSUFFICIENT FUNDS", "55 - INCORRECT PIN", "05 - DO NOT HONOUR", "54 - EXPIRED CARD"]


def pos_charge_slip(rng: random.Random, font: str):
    """An Android smart terminal's charge slip (Razorpay POS / Ezetap, Mswipe, Pine Labs Plutus Smart, PayU POS on an
    acquiring bank's slip): the bank and the terminal's vendor on top (never the payee), the shop and its city (the
    payee, in capitals), MID, TID, BATCH NO, INVOICE NO, a card SALE (masked card, card type, entry mode, EXP, AID,
    TC, APPR CODE, RRN, the vendor's TXN ID) or a UPI / BHARAT QR SALE (the payer's masked UPI id, RRN or UPI REF NO,
    TXN ID), BASE AMOUNT with a TIP or an AMOUNT, the TOTAL, PIN VERIFIED OK or SIGNATURE NOT REQUIRED (no
    outcome), APPROVED or DECLINED with a reason on a share, CUSTOMER COPY. The id is the strongest printed: a UPI
    sale's RRN / UPI REF NO; a card's APPR CODE, else the RRN, else the TXN ID; else the INVOICE NO."""
    rows: list[tuple] = [("title", rng.choice(POS_BANKS)), ("small", rng.choice(POS_VENDORS))]
    shop, city = rng.choice(POS_SHOPS)
    rows += [("center", shop), ("center", city), ("rule",)]
    m = Rupees(rng, font, marks=("₹", "Rs.", "INR", "Rs"), groupings=("plain", "indian", "western"))
    when = day(rng)
    pattern = rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d-%m-%Y", "%b %d, %Y"])
    dated = None
    if shown(rng, 0.05):
        if rng.random() < 0.5:
            rows.append(("left", f"DATE: {when_text(when, pattern, upper=True)}  TIME: {clock(rng, False, True)}"))
        else:
            rows.append(("pair", "DATE", when_text(when, pattern, upper=True)))
            rows.append(("pair", "TIME", clock(rng, False, True)))
        dated = when
    rows.append(("pair", "MID", code(rng, 15, "0123456789")))
    rows.append(("pair", "TID", code(rng, 8, "0123456789")))
    rows.append(("pair", "BATCH NO", f"{rng.randrange(1, 999):06d}"))
    invoice = f"{rng.randrange(1, 9999):06d}"
    has_invoice = shown(rng, 0.2)
    if has_invoice:
        rows.append(("pair", rng.choice(["INVOICE NO", "INV NO", "BILL NO"]), invoice))
    upi = rng.random() < 0.3
    rows.append(("title", rng.choice(["UPI SALE", "BHARAT QR SALE"]) if upi else rng.choice(["SALE", "CHARGE SLIP"])))
    txn = invoice if has_invoice else None
    vendor_id = digits(rng, 18)
    rrn = f"{rng.choice('3456')}{digits(rng, 11)}"
    roll = rng.random()
    status_kind = "success" if roll < 0.85 else ("failed" if roll < 0.95 or not upi else "pending")
    if upi:
        rows.append(("pair", rng.choice(["CUST VPA", "PAYER VPA"]),
                     f"{digits(rng, 2)}XXXXXX{digits(rng, 2)}@{rng.choice(['ybl', 'okaxis', 'paytm', 'oksbi'])}"))
        if shown(rng, 0.4):
            rows.append(("pair", "TXN ID", vendor_id))
            txn = vendor_id
        if status_kind != "failed" and shown(rng, 0.15):
            rows.append(("pair", rng.choice(["RRN", "UPI REF NO"]), rrn))
            txn = rrn
        method = "UPI"
    else:
        card = rng.choice(POS_CARDS)
        digits_shown = "XXXX XXXX XXXX " + digits(rng, 4) if card not in ("AMEX", "DINERS") else "XXXX XXXXXX " + \
            digits(rng, 5)
        rows.append(("pair", "CARD NO", digits_shown))
        rows.append(("pair", "CARD TYPE", card))
        if shown(rng, 0.4):
            rows.append(("pair", "EXP", "XX/XX"))
        rows.append(("pair", "ENTRY", rng.choice(["CONTACTLESS", "CHIP", "SWIPE", "TAP"])))
        if shown(rng, 0.5):
            rows.append(("pair", "TXN ID", vendor_id))
            txn = vendor_id
        if shown(rng, 0.2):
            rows.append(("pair", "RRN", rrn))
            txn = rrn
        if status_kind == "success" and shown(rng, 0.2):
            appr = code(rng, 6, "0123456789" + "ABCDEFGHJK") if rng.random() < 0.4 else digits(rng, 6)
            rows.append(("pair", rng.choice(["APPR CODE", "AUTH CODE", "APPROVAL CODE"]), appr))
            txn = appr
        if shown(rng, 0.5):
            rows.append(("pair", "AID", rng.choice(["A0000000031010", "A0000000041010", "A0000005241010"])))
            rows.append(("pair", "TC", code(rng, 16, HEX)))
        method = "card"
    base = round(rng.choice([rng.randrange(150, 40000) * 1.0, round(rng.uniform(120, 18000), 2)]), 2)
    total = base
    if not upi and shown(rng, 0.8):
        tip = float(rng.choice([50, 100, 150, 200]))
        rows.append(("pair", "BASE AMOUNT", m(base)))
        rows.append(("pair", "TIP AMOUNT", m(tip)))
        total = round(base + tip, 2)
        rows.append(("pair", rng.choice(["TOTAL", "TOTAL AMOUNT"]), m(total)))
    else:
        rows.append(("pair", rng.choice(["AMOUNT", "TOTAL AMOUNT", "SALE AMOUNT"]), m(total)))
    status = None
    if status_kind == "failed":
        status = "failed"
        rows.append(("center", rng.choice(["TXN DECLINED", "DECLINED", "TRANSACTION FAILED"])))
        if not upi:
            rows.append(("center", rng.choice(DECLINES)))
    elif status_kind == "pending":
        status = "pending"
        rows.append(("center", rng.choice(["TXN PENDING", "UPI TXN PENDING - VERIFY ON APP"])))
    elif shown(rng, 0.35):
        status = "success"
        rows.append(("center", rng.choice(["APPROVED", "TXN APPROVED", "TRANSACTION SUCCESSFUL"])))
    if not upi and status != "failed":
        rows.append(("center", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED", "NO SIGNATURE REQUIRED"])))
    rows.append(("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT" if not upi else "THANK YOU FOR PAYING BY UPI"))
    rows.append(("center", rng.choice(["*** CUSTOMER COPY ***", "CUSTOMER COPY"])))
    return rows, done(shop, total, txn, dated, method, status), dict(THERMAL)


# ---------------------------------------------------------------- 5 a net banking transfer acknowledgement


NETBANKS = {
    "Kotak Net Banking": ("netbanking.kotak.com", "KKBK"),
    "IDFC FIRST Bank": ("my.idfcfirstbank.com", "IDFB"),
    "YES ONLINE - Yes Bank": ("yesonline.yesbank.co.in", "YESB"),
    "IndusNet - IndusInd Bank": ("indusnet.indusind.com", "INDB"),
    "bob World Internet": ("feba.bobibanking.com", "BARB"),
    "Union Bank of India - Internet Banking": ("www.unionbankonline.co.in", "UBIN"),
    "FedNet - Federal Bank": ("fednetbank.com", "FDRL"),
}
BENEFICIARIES = [
    "Sai Krupa Enterprises", "M/s Shree Balaji Traders", "Greenfield Apartment Owners Association",
    "Ramesh Kumar Gupta", "Vivekananda Vidyalaya Trust", "Kapoor Interiors Pvt Ltd", "Dr Mehta's Dental Clinic",
    "Om Sai Constructions", "Sunrise Hostel and PG", "Anand Motors",
]
TRANSFER_WORDS = {
    "success": ["Transaction successful", "Your fund transfer request has been processed successfully",
                "Funds transferred successfully"],
    "failed": ["Transaction failed", "Transfer rejected by beneficiary bank", "Transaction could not be processed"],
    "pending": ["Transaction pending with beneficiary bank", "Your request is under process"],
}


def netbanking_transfer(rng: random.Random, font: str):
    """A net banking IMPS / NEFT / RTGS acknowledgement page (a browser's address bar over it): the bank on top (never
    the payee), the beneficiary (the payee), their masked account, IFSC and bank, the remitter and debit account
    (never), the transfer amount in lakh or Western grouping, the charges with GST (never the amount), the available
    balance (never), remarks, the transfer's day, the UTR / IMPS reference and the bank's own reference. Outcome words
    on most pages (processed, failed, pending). Net banking always. The id is the UTR (UTR No., UTR Number, IMPS Ref
    No., RRN) where printed, else the bank's Reference No. / Transaction Ref No. / Request ID."""
    bank = rng.choice(sorted(NETBANKS))
    site, ifsc_code = NETBANKS[bank]
    style = dict(WEB)
    m = Rupees(rng, font, marks=("₹", "Rs.", "INR"), groupings=("indian", "indian", "western"))
    rows: list[tuple] = [("small", f"https://{site}/{rng.choice(['fundtransfer', 'payments', 'ib/transfer'])}/ack"),
                         ("rule",), ("title", bank)]
    kind = rng.choice(["IMPS", "NEFT", "NEFT", "RTGS"])
    rows.append(("center", rng.choice(["Fund Transfer - Acknowledgement", "Transaction Confirmation",
                                       "Payment Acknowledgement", f"{kind} Transfer - Status"])))
    status, said = outcome(rng, 0.8, TRANSFER_WORDS, 0.7, 0.15)
    if said:
        rows.append(("center", said))
    rows.append(("rule",))
    payee = rng.choice(BENEFICIARIES)
    payer = rng.choice(PAYERS)
    rows.append(("pair", rng.choice(["Transfer type", "Payment mode", "Mode of transfer"]), kind))
    rows.append(("pair", rng.choice(["Debit account", "From account"]), f"XXXXXXXX{digits(rng, 4)} - Savings"))
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(["Remitter name", "Account holder"]), payer))
    rows.append(("pair", rng.choice(["Beneficiary name", "Payee name", "To"]), payee))
    rows.append(("pair", rng.choice(["Beneficiary account", "Credit account"]), f"XXXXXXX{digits(rng, 4)}"))
    bene_bank, _ = rng.choice(BANKS)
    rows.append(("pair", "IFSC", f"{rng.choice(['HDFC', 'SBIN', 'ICIC', 'UTIB', 'CNRB', 'PUNB'])}0{digits(rng, 6)}"))
    if shown(rng, 0.4):
        rows.append(("pair", "Beneficiary bank", bene_bank))
    if kind == "RTGS":
        total = float(rng.randrange(200000, 1500000, 500))
    else:
        total = round(rng.choice([rng.randrange(1000, 190000, 50) * 1.0, round(rng.uniform(500, 90000), 2)]), 2)
    rows.append(("pair", rng.choice(["Amount", "Transfer amount", "Amount (INR)"]), m(total)))
    if shown(rng, 0.5):
        fee = {"IMPS": 5.0, "NEFT": 2.5, "RTGS": 25.0}[kind]
        rows.append(("pair", "Charges", f"{m(fee)} + GST {m(round(fee * 0.18, 2))}"))
    if shown(rng, 0.4):
        rows.append(("pair", "Remarks", rng.choice(["March rent", "Invoice 2451", "School fees", "Advance", "Maint"])))
    when = day(rng)
    pattern = rng.choice(PAGE_PATTERNS)
    dated = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Transaction date", "Date & time", "Transfer date"]),
                     f"{when_text(when, pattern)} {clock(rng, rng.random() < 0.5, True)}"))
        dated = when
    txn = None
    if shown(rng, 0.4):
        ref = digits(rng, 10)
        rows.append(("pair", rng.choice(["Reference No.", "Transaction Ref No.", "Request ID"]), ref))
        txn = ref
    if status != "failed" and shown(rng, 0.25):
        if kind == "IMPS":
            utr = f"{rng.choice('3456')}{digits(rng, 11)}"
            label = rng.choice(["IMPS Ref No.", "RRN", "UTR No."])
        elif kind == "NEFT":
            utr = f"{ifsc_code}N{when:%y}{digits(rng, 3)}{digits(rng, 8)}"
            label = rng.choice(["UTR No.", "UTR Number"])
        else:
            utr = f"{ifsc_code}R5{when:%Y%m%d}{digits(rng, 8)}"
            label = rng.choice(["UTR No.", "UTR Number"])
        rows.append(("pair", label, utr))
        txn = utr
    if shown(rng, 0.5):
        rows.append(("pair", "Available balance", m(round(rng.uniform(2000, 900000), 2))))
    rows.append(("gap",))
    rows.append(("left", rng.choice(["[ Download PDF ]   [ Print ]   [ Make another payment ]",
                                     "[ Save as template ]   [ Print receipt ]"])))
    wrap(rows, "This is a system generated acknowledgement and does not require a signature. The time of credit "
               "to the beneficiary account depends on the beneficiary bank.", 80, "small")
    return rows, done(payee, total, txn, dated, "netbanking", status), style


# ---------------------------------------------------------------- 6 a Bharat BillPay agent outlet's slip


AGENT_NETWORKS = ["Spice Money", "PayNearby", "Fino Payments Bank", "CSC e-Governance Services", "Airtel Payments Bank"]
OUTLETS = ["Maa Durga Telecom, Gaya", "Shiv Shakti Digital Seva, Sitapur", "Jai Hind Mobile Shop, Nagaur",
           "Balaji Xerox & Online, Karimnagar", "Patel Cyber Cafe, Anand", "Sri Ram Communications, Hosur"]
BILLERS = [
    ("BSES Rajdhani Power Limited", "CA Number", "electricity"),
    ("Tata Power - Mumbai", "Consumer No.", "electricity"),
    ("Torrent Power - Ahmedabad", "Service No.", "electricity"),
    ("Uttar Pradesh Power Corp Ltd", "Account Number", "electricity"),
    ("TP Central Odisha Distribution", "Consumer ID", "electricity"),
    ("Delhi Jal Board", "K No", "water"),
    ("Indraprastha Gas Limited", "BP Number", "gas"),
    ("Tata Play", "Subscriber ID", "dth"),
    ("ACT Fibernet", "Account Number", "broadband"),
    ("ICICI Bank FASTag", "Vehicle Number", "fastag"),
]
BBPS_MODES = [("Cash", "cash"), ("Cash", "cash"), ("CASH", "cash"), ("UPI", "UPI"), ("Debit Card", "card")]


def bbps_agent_slip(rng: random.Random, font: str):
    """A Bharat BillPay agent outlet's thermal slip (Spice Money, PayNearby, Fino, CSC, Airtel Payments Bank outlets):
    Bharat BillPay and the agent network on top, the outlet and its Agent ID (never the payee), the biller (the
    payee, as printed under Biller Name), its Biller ID, the consumer, CA, K, BP, subscriber, account or vehicle
    number (never the id), the customer's name and masked mobile (never), the bill's date, due date and period (never
    the date), the bill number, Bill Amount and the customer convenience fee (CCF): the Total Amount is the amount
    (the bill amount where no fee is printed), the payment mode (mostly cash), the transaction's day, the B-Connect /
    BBPS transaction id (the id) and a status on a share."""
    network = rng.choice(AGENT_NETWORKS)
    m = Rupees(rng, font, marks=("Rs.", "INR", "₹", "Rs"), groupings=("plain", "indian"))
    rows: list[tuple] = [("title", "Bharat BillPay"), ("center", network),
                         ("small", rng.choice(OUTLETS))]
    rows.append(("pair", "Agent ID", f"{rng.choice(['CC01', 'SM01', 'PN01', 'FN01'])}{code(rng, 2, UPPER)}"
                                     f"{digits(rng, 14)}"))
    rows.append(("center", rng.choice(["PAYMENT RECEIPT", "Customer Copy", "BILL PAYMENT RECEIPT"])))
    rows.append(("rule",))
    biller, number_label, kind = rng.choice(BILLERS)
    rows.append(("left", "Biller Name:"))
    rows.append(("left", biller))
    if shown(rng, 0.5):
        rows.append(("pair", "Biller ID", code(rng, 8, UPPER) + digits(rng, 6)))
    number = (f"{rng.choice(['MH', 'KA', 'DL', 'UP'])}{digits(rng, 2)}{code(rng, 2, UPPER)}{digits(rng, 4)}"
              if kind == "fastag" else digits(rng, rng.choice([9, 10, 12])))
    rows.append(("pair", number_label, number))
    if shown(rng, 0.4):
        rows.append(("pair", "Customer Name", rng.choice(PAYERS).upper()))
    if shown(rng, 0.4):
        rows.append(("pair", "Mobile No.", masked_phone(rng)))
    when = day(rng)
    pattern = rng.choice(SLIP_PATTERNS)
    if kind in ("electricity", "water", "gas", "broadband"):
        bill_day = later(when, rng, -25, -8)
        if shown(rng, 0.4):
            rows.append(("pair", "Bill Date", when_text(bill_day, pattern)))
        if shown(rng, 0.3):
            rows.append(("pair", "Due Date", when_text(later(bill_day, rng, 15, 21), pattern)))
        if shown(rng, 0.6):
            rows.append(("pair", "Bill Period", f"{MONTHS[bill_day.month - 1].upper()}-{bill_day:%y}"))
        if shown(rng, 0.5):
            rows.append(("pair", "Bill Number", digits(rng, 12)))
    bill = round(rng.choice([rng.randrange(150, 9000) * 1.0, round(rng.uniform(180, 7800), 2)]), 2)
    if kind in ("dth", "fastag"):
        bill = float(rng.choice([299, 350, 500, 1000, 1500, 2000]))
    total = bill
    rows.append(("pair", rng.choice(["Bill Amount", "Amount"]) if kind not in ("dth", "fastag") else
                 "Recharge Amount", m(bill)))
    if shown(rng, 0.5):
        fee = float(rng.choice([0, 5, 10, 12]))
        rows.append(("pair", rng.choice(["CCF", "Customer Convenience Fee", "Conv. Fee"]), m(fee)))
        total = round(bill + fee, 2)
        rows.append(("pair", rng.choice(["Total Amount", "Total Amount Paid", "TOTAL"]), m(total)))
    mode, method = rng.choice(BBPS_MODES)
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Payment Mode", "Mode"]), mode))
    else:
        method = None
    if shown(rng, 0.5):
        rows.append(("pair", "Payment Channel", rng.choice(["AGT", "Agent", "BBPS Agent"])))
    dated = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Txn Date", "Transaction Date & Time", "Date"]),
                     f"{when_text(when, pattern)} {clock(rng, False, True)}"))
        dated = when
    txn = None
    if shown(rng, 0.1):
        txn = f"{rng.choice(['CC0', 'SM0', 'PN0', 'AX0'])}{when:%y}{digits(rng, 3)}{code(rng, 4, UPPER)}{digits(rng, 6)}"
        rows.append(("pair", rng.choice(["B-Connect Txn ID", "BBPS Txn Ref ID", "Transaction ID"]), txn))
    status = None
    roll = rng.random()
    if roll < 0.5:
        status = "success"
        rows.append(("pair", rng.choice(["Txn Status", "Status"]), rng.choice(["SUCCESS", "Successful", "PAID"])))
    elif roll < 0.6:
        status = "pending"
        rows.append(("pair", rng.choice(["Txn Status", "Status"]), rng.choice(["PENDING", "Under Process"])))
    elif roll < 0.66:
        status = "failed"
        rows.append(("pair", rng.choice(["Txn Status", "Status"]), rng.choice(["FAILED", "Failure"])))
    rows.append(("rule",))
    wrap(rows, "Thank you for using Bharat BillPay. Please keep this receipt for future reference.", 38, "small")
    rows.append(("center", "B assured"))
    return rows, done(biller, total, txn, dated, method, status), dict(THERMAL)


# ---------------------------------------------------------------- 7 a wallet's add-money screen


WALLETS = {
    "Amazon Pay": ("Amazon Pay Balance", "Cashback"),
    "MobiKwik": ("MobiKwik Wallet", "SuperCash"),
    "PhonePe": ("PhonePe Wallet", "Cashback"),
    "Airtel Thanks": ("Airtel Payments Bank Wallet", "Cashback"),
    "Freecharge": ("Freecharge Wallet", "Cashback"),
}
TOPUP_WORDS = {
    "success": ["Money added successfully", "Top-up successful", "Added successfully"],
    "failed": ["Add money failed", "Top-up failed", "Transaction failed"],
    "pending": ["Top-up pending", "Adding money - this may take a few minutes"],
}


def wallet_topup(rng: random.Random, font: str):
    """A wallet's add-money screen: the app on top (the payee: a top-up pays the wallet), the wallet topped up, the sum
    added large with a plus, the way it was funded (a debit or credit card, UPI with the payer's UPI id, net banking
    with a bank), a fee on credit cards with the total debited (the amount; the sum added where no fee is printed),
    cashback or SuperCash promised, the new wallet balance and a monthly limit left (never the amount), the day,
    a UPI reference on UPI top-ups (the id), else the app's Transaction ID / Top-up ID / Order ID."""
    app = rng.choice(sorted(WALLETS))
    wallet, reward_word = WALLETS[app]
    style = screen_style(rng)
    m = Rupees(rng, font, marks=("₹", "₹", "Rs."), groupings=("indian", "plain"), p_whole=0.5)
    rows: list[tuple] = [bar(rng)]
    if "band" not in style:
        rows.append(("left", rng.choice(["<", "X", "<  Add money"])))
    rows.append(("title", app))
    if "band" in style:  # the coloured band holds only the status bar and the name
        rows.append(("gap",))
    status, said = outcome(rng, 0.8, TOPUP_WORDS, 0.7, 0.2)
    added = float(rng.choice([100, 200, 500, 1000, 1500, 2000, 2500, 5000, 10000]))
    if rng.random() < 0.3:
        added = float(rng.randrange(50, 5000))
    if said:
        rows.append(("center", said))
    rows.append(("big", m(added, "+ ")))
    rows.append(("center", f"{rng.choice(['to', 'added to', 'in'])} {wallet}"))
    rows.append(("rule",))
    bank, short = rng.choice(BANKS)
    way = rng.choice(["debit", "credit", "upi", "upi", "netbanking"])
    funded = {
        "debit": (f"{short} Debit Card XX{digits(rng, 4)}", "card"),
        "credit": (f"{short} Credit Card XX{digits(rng, 4)}", "card"),
        "upi": (f"UPI - {rng.choice(PAYERS).split()[0].lower()}{digits(rng, 2)}@ok{short.lower()}", "UPI"),
        "netbanking": (f"Net Banking - {bank}", "netbanking"),
    }[way]
    method = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["Paid using", "Source", "Funded from", "Paid via"]), funded[0]))
        method = funded[1]
    total = added
    if way == "credit" and method and shown(rng, 0.3):
        fee = round(added * 0.02, 2)
        rows.append(("pair", rng.choice(["Convenience fee (2%)", "Credit card fee"]), m(fee)))
        total = round(added + fee, 2)
        rows.append(("pair", rng.choice(["Total debited", "Amount paid"]), m(total)))
    if status == "success" and shown(rng, 0.5):
        rows.append(("pair", reward_word, f"{m(round(added * 0.01, 0) or 1.0)} on your next payment"))
    if status != "failed" and shown(rng, 0.4):
        rows.append(("pair", rng.choice(["Wallet balance", "Updated balance"]),
                     m(round(added + rng.uniform(0, 3000), 2))))
    if shown(rng, 0.6):
        rows.append(("pair", "Monthly limit left", m(float(rng.choice([8000, 18000, 42000, 95000])))))
    when = day(rng)
    pattern = rng.choice(SCREEN_PATTERNS)
    dated = None
    if shown(rng, 0.15):
        rows.append(("pair", rng.choice(["Added on", "Date & time", "Date"]),
                     f"{when_text(when, pattern)}, {clock(rng)}"))
        dated = when
    txn = None
    if shown(rng, 0.4):
        own = f"{rng.choice(['TU', 'WL', 'AM'])}{when:%y%m%d}{digits(rng, 9)}"
        rows.append(("pair", rng.choice(["Transaction ID", "Top-up ID", "Order ID"]), own))
        txn = own
    if method == "UPI" and status != "failed" and shown(rng, 0.4):
        utr = f"{rng.choice('3456')}{digits(rng, 11)}"
        rows.append(("pair", rng.choice(["UPI Ref No.", "UTR"]), utr))
        txn = utr
    rows.append(("gap",))
    for label in rng.sample(["Pay bills", "Done", "View passbook", "Add more"], 2):
        rows.append(("center", f"[ {label} ]"))
    if status == "failed":
        wrap(rows, "Any amount debited will be refunded to your source account in 3-5 working days.", 46, "small")
    return rows, done(app, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 8 a fuel station's automation slip


FUEL_BRANDS = {
    "jio-bp": ["Petrol", "Diesel", "Active Petrol", "Active Diesel"],
    "Shell": ["Shell FuelSave Petrol", "Shell V-Power", "Shell FuelSave Diesel"],
    "NAYARA ENERGY": ["MS", "HSD"],
    "IndianOil": ["XP95", "MS", "HSD", "XtraGreen"],
    "BHARAT PETROLEUM": ["Speed", "MS", "HSD"],
    "HINDUSTAN PETROLEUM": ["Power", "MS", "HSD"],
}
FUEL_DEALERS = ["SRI SAI FUELS", "M/S KRISHNA SERVICE STN", "HIGHWAY FILLING POINT", "GURU NANAK AUTOMOBILES",
                "AMBIKA PETROLEUM", "NEW CITY SERVICE CENTRE"]
LOYALTY = {"jio-bp": "jio-bp Rewards", "Shell": "Shell Go+", "NAYARA ENERGY": "Nayara Loyalty",
           "IndianOil": "XTRAREWARDS", "BHARAT PETROLEUM": "PETRO BONUS", "HINDUSTAN PETROLEUM": "HP Pay"}


def fuel_slip(rng: random.Random, font: str):
    """A fuel station's automation slip (jio-bp, Shell, Nayara, IndianOil, BPCL, HPCL): the fuel brand on top (the
    payee, as printed), the dealer and its town under it (never), GSTIN, the receipt's number, FIP and nozzle, the
    product, rate per litre, volume, density, a preset, the vehicle and mobile numbers, loyalty points (never the
    amount), the AMOUNT / SALE AMT, the payment mode (CASH, CARD with a masked card and APPR CODE, UPI with a UPI
    REF / RRN), TXN APPROVED on a share of card and UPI slips. The id is a UPI sale's UPI REF / RRN, else a card's
    APPR CODE, else the RECEIPT NO / BILL NO / TXN NO."""
    brand = rng.choice(sorted(FUEL_BRANDS))
    rows: list[tuple] = [("title", brand), ("center", rng.choice(FUEL_DEALERS)),
                         ("small", rng.choice(["NH 44, HOSUR ROAD", "GT ROAD, PANIPAT", "MIDC, NASHIK",
                                               "RING ROAD, SURAT", "AIRPORT ROAD, INDORE"]))]
    if shown(rng, 0.4):
        rows.append(("small", f"GSTIN: {digits(rng, 2)}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z"
                              f"{code(rng, 1, ALNUM)}"))
    rows.append(("rule",))
    m = Rupees(rng, font, marks=("Rs.", "INR", "₹", "Rs"), groupings=("plain", "plain", "indian"))
    number = f"{rng.randrange(1, 99999):05d}"
    has_number = shown(rng, 0.15)
    if has_number:
        rows.append(("pair", rng.choice(["RECEIPT NO", "BILL NO", "TXN NO"]), number))
    when = day(rng)
    pattern = rng.choice(SLIP_PATTERNS)
    dated = None
    if shown(rng, 0.05):
        if rng.random() < 0.5:
            rows.append(("left", f"DT:{when_text(when, pattern, upper=True)} TM:{clock(rng, False, True)}"))
        else:
            rows.append(("pair", "DATE", when_text(when, pattern, upper=True)))
            rows.append(("pair", "TIME", clock(rng, False, True)))
        dated = when
    rows.append(("pair", rng.choice(["FIP NO", "PUMP"]), str(rng.randrange(1, 9))))
    rows.append(("pair", "NOZZLE", str(rng.randrange(1, 5))))
    product = rng.choice(FUEL_BRANDS[brand])
    rows.append(("pair", "PRODUCT", product.upper()))
    diesel = "Diesel" in product or product == "HSD" or "Diesel" in product
    rate = round(rng.uniform(88.5, 94.9) if diesel else rng.uniform(94.5, 112.9), 2)
    if rng.random() < 0.6:
        total = float(rng.choice([200, 300, 500, 1000, 1500, 2000, 2500, 3000]))
        volume = round(total / rate, 2)
        if shown(rng, 0.4):
            rows.append(("pair", "PRESET", "AMOUNT"))
    else:
        volume = round(rng.uniform(4.0, 48.0), 2)
        total = round(rate * volume, 2)
    rows.append(("pair", rng.choice(["RATE (Rs/L)", "RATE/LTR"]), f"{rate:.2f}"))
    rows.append(("pair", rng.choice(["VOLUME (L)", "VOL (LTR)"]), f"{volume:.2f}"))
    if shown(rng, 0.5):
        rows.append(("pair", "DENSITY", f"{rng.uniform(735, 835):.1f} KG/M3"))
    rows.append(("pair", rng.choice(["AMOUNT", "SALE AMT", "AMOUNT (Rs)"]), m(total)))
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(["VEHICLE NO", "VEH NO"]),
                     f"{rng.choice(['KA', 'MH', 'HR', 'GJ', 'MP', 'TN'])}{digits(rng, 2)}"
                     f"{code(rng, 2, UPPER)}{digits(rng, 4)}"))
    if shown(rng, 0.5):
        rows.append(("pair", "MOBILE", masked_phone(rng)))
    if shown(rng, 0.6):
        rows.append(("pair", f"{LOYALTY[brand]} PTS", str(int(total // 100))))
    mode = rng.choice(["CASH", "CARD", "UPI", "UPI"])
    txn = number if has_number else None
    status = None
    method = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(["PAYMENT MODE", "MODE", "PAID BY"]), mode))
        method = {"CASH": "cash", "CARD": "card", "UPI": "UPI"}[mode]
        if mode == "CARD":
            rows.append(("pair", "CARD NO", f"XXXXXXXXXXXX{digits(rng, 4)}"))
            if shown(rng, 0.3):
                appr = digits(rng, 6)
                rows.append(("pair", rng.choice(["APPR CODE", "AUTH CODE"]), appr))
                txn = appr
        elif mode == "UPI" and shown(rng, 0.3):
            ref = f"{rng.choice('3456')}{digits(rng, 11)}"
            rows.append(("pair", rng.choice(["UPI REF", "RRN", "UPI REF NO"]), ref))
            txn = ref
        if mode != "CASH" and shown(rng, 0.6):
            status = "success"
            rows.append(("center", rng.choice(["TXN APPROVED", "PAYMENT SUCCESSFUL"])))
    if shown(rng, 0.5):
        rows.append(("pair", "ATTENDANT", rng.choice(["RAJU", "SURESH", "IMRAN", "MANOJ", "DEEPAK"])))
    rows.append(("rule",))
    rows.append(("center", rng.choice(["THANK YOU. VISIT AGAIN", "SAVE FUEL SAVE INDIA", "HAPPY MOTORING"])))
    return rows, done(brand, total, txn, dated, method, status), dict(THERMAL)


# ---------------------------------------------------------------- 9 a supermarket's or pharmacy's GST till bill


TILLS = {
    "Vishal Mega Mart": "Vishal Mega Mart Pvt Ltd",
    "Ratnadeep": "Ratnadeep Retail Pvt Ltd",
    "LuLu Hypermarket": "Lulu International Shopping Malls Pvt Ltd",
    "Nilgiris": "Nilgiris Dairy Farm Pvt Ltd",
    "Heritage Fresh": "Heritage Foods Ltd",
    "Nature's Basket": "Spencer's Retail Ltd",
    "Davaindia Generic Pharmacy": "Zota Healthcare Ltd",
    "Janaushadhi Kendra": "PMBJP Kendra No. 4217",
}
GROCERIES = [("AASHIRVAAD ATTA 5KG", 5, 262.0), ("TATA SALT 1KG", 5, 28.0), ("AMUL BUTTER 500G", 12, 285.0),
             ("FORTUNE SUNFLOWER OIL 1L", 5, 155.0), ("MAGGI NOODLES 4PK", 12, 56.0), ("SURF EXCEL 1KG", 18, 140.0),
             ("PARLE-G 800G", 5, 90.0), ("TOOR DAL 1KG", 0, 168.0), ("COLGATE 200G", 18, 118.0),
             ("BRU INSTANT 100G", 18, 210.0), ("BASMATI RICE 5KG", 5, 545.0), ("DETTOL SOAP 4PK", 18, 180.0)]
MEDICINES = [("PARACETAMOL 650 TAB", 12, 18.5), ("PANTOPRAZOLE 40 TAB", 12, 32.0), ("METFORMIN 500 TAB", 12, 22.0),
             ("CETIRIZINE 10 TAB", 12, 9.0), ("AMLODIPINE 5 TAB", 12, 14.0), ("ORS SACHET", 12, 21.0),
             ("VITAMIN D3 60K CAP", 12, 45.0), ("AZITHROMYCIN 500", 12, 62.0)]


def gst_till_bill(rng: random.Random, font: str):
    """A supermarket's or generic pharmacy's till bill: the chain or store on top (the payee, as printed; never the
    company under it), GSTIN and FSSAI or drug licence numbers, Bill No / Inv No, the date and time, counter and
    cashier, items with quantities and rates, Total Qty, a discount, a round off, the Net Amount / NET PAYABLE / Bill
    Amount (the amount; never the gross, MRP, You Saved, cash tendered or change), a GST breakup table (taxable value,
    CGST and SGST per rate: tax included, never the amount), the tender (CASH with change, CARD with its approval, UPI
    with its reference), loyalty points. No outcome words. The id: a UPI tender's reference, else a card's approval,
    else the bill's number."""
    name = rng.choice(sorted(TILLS))
    pharmacy = name in ("Davaindia Generic Pharmacy", "Janaushadhi Kendra")
    rows: list[tuple] = [("title", name), ("small", TILLS[name]),
                         ("small", rng.choice(["Kukatpally, Hyderabad", "Jayanagar, Bengaluru", "Vashi, Navi Mumbai",
                                               "Lalbagh, Lucknow", "Edappally, Kochi", "Sector 18, Noida"]))]
    rows.append(("small", f"GSTIN {digits(rng, 2)}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z"
                          f"{code(rng, 1, ALNUM)}"))
    if pharmacy:
        rows.append(("small", f"DL No. {rng.choice(['TS', 'KA', 'MH', 'UP'])}/20B/{digits(rng, 5)}"))
    elif shown(rng, 0.5):
        rows.append(("small", f"FSSAI {digits(rng, 14)}"))
    rows.append(("center", rng.choice(["TAX INVOICE", "CASH MEMO / TAX INVOICE", "BILL OF SUPPLY"] if not pharmacy
                                      else ["TAX INVOICE", "PHARMACY BILL"])))
    rows.append(("rule",))
    m = Rupees(rng, font, marks=("Rs.", "₹", "INR"), groupings=("plain", "indian"))
    bill_no = f"{rng.choice(['', 'B', 'INV/', code(rng, 3, UPPER) + '-'])}{digits(rng, rng.choice([6, 8, 10]))}"
    has_bill = shown(rng, 0.1)
    if has_bill:
        rows.append(("pair", rng.choice(["Bill No", "Inv No", "Receipt No"]), bill_no))
    when = day(rng)
    pattern = rng.choice(SLIP_PATTERNS)
    dated = None
    if shown(rng, 0.05):
        rows.append(("pair", rng.choice(["Date", "Bill Dt", "Dt"]),
                     f"{when_text(when, pattern, upper=True)} {clock(rng, False)}"))
        dated = when
    rows.append(("left", f"Counter: {rng.randrange(1, 12)}  Cashier: {rng.choice(['ANIL', 'PRIYA', 'SALMA', 'VINOD'])}"))
    rows.append(("rule",))
    stock = MEDICINES if pharmacy else GROCERIES
    lines = rng.sample(stock, rng.randrange(3, 7))
    gross, count, by_rate = 0.0, 0, {}
    for label, rate, unit in lines:
        qty = rng.choice([1, 1, 1, 2, 3]) * (10 if pharmacy and "SACHET" not in label and rng.random() < 0.5 else 1)
        amount = round(qty * unit, 2)
        rows.append(("left", label))
        rows.append(("pair", f"  {qty} x {unit:.2f}" + (f"  GST {rate}%" if rng.random() < 0.3 else ""),
                     f"{amount:.2f}"))
        gross += amount
        count += qty
        by_rate[rate] = by_rate.get(rate, 0.0) + amount
    gross = round(gross, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Total Qty", "Items/Qty"]), f"{len(lines)}/{count}"))
    rows.append(("pair", rng.choice(["Gross Amt", "Total", "MRP Total"]), m(gross)))
    payable = gross
    if shown(rng, 0.5):
        off = round(gross * rng.choice([0.05, 0.1, 0.5 if pharmacy else 0.08]), 2)
        rows.append(("pair", rng.choice(["Discount", "Less: Disc", "Promo savings"]), m(off, "-")))
        payable = round(gross - off, 2)
    rounded = float(round(payable))
    if abs(rounded - payable) > 0.001 and shown(rng, 0.4):
        rows.append(("pair", "Round off", f"{rounded - payable:+.2f}"))
        payable = rounded
    rows.append(("pair", rng.choice(["Net Amount", "NET PAYABLE", "Bill Amount", "NET AMT"]), m(payable)))
    if payable < gross and shown(rng, 0.4):
        rows.append(("center", f"You Saved {m(round(gross - payable, 2))}"))
    rows.append(("rule",))
    rows.append(("left", "GST%  TAXABLE   CGST    SGST"))
    factor = payable / gross if gross else 1.0
    for rate in sorted(by_rate):
        value = by_rate[rate] * factor
        taxable = value / (1 + rate / 100)
        half = (value - taxable) / 2
        rows.append(("left", f"{rate:>3}%  {taxable:8.2f} {half:7.2f} {half:7.2f}"))
    rows.append(("rule",))
    tender = rng.choice(["CASH", "CASH", "CARD", "UPI", "UPI"])
    txn = bill_no if has_bill else None
    rows.append(("pair", rng.choice(["Tender", "Paid by", "Mode"]), tender))
    if tender == "CASH":
        given = float(((int(payable) // 100) + 1) * 100) if rng.random() < 0.7 else float(int(payable) + 1)
        rows.append(("pair", rng.choice(["Cash tendered", "Cash recd"]), m(given)))
        rows.append(("pair", rng.choice(["Change", "Bal returned"]), m(round(given - payable, 2))))
    elif tender == "CARD":
        rows.append(("pair", "Card", f"XXXX{digits(rng, 4)} {rng.choice(['VISA', 'RUPAY', 'MC'])}"))
        if shown(rng, 0.3):
            appr = digits(rng, 6)
            rows.append(("pair", rng.choice(["Appr Code", "Auth Code"]), appr))
            txn = appr
    elif shown(rng, 0.3):
        ref = f"{rng.choice('3456')}{digits(rng, 11)}"
        rows.append(("pair", rng.choice(["UPI Ref No", "UPI RRN"]), ref))
        txn = ref
    if shown(rng, 0.5):
        rows.append(("pair", "Customer", masked_phone(rng)))
        rows.append(("pair", "Points earned", str(int(payable // 100))))
    rows.append(("small", rng.choice(["Thank you! Visit again", "No exchange on medicines without bill",
                                      "Goods once sold will not be taken back"])))
    method = {"CASH": "cash", "CARD": "card", "UPI": "UPI"}[tender]
    return rows, done(name, payable, txn, dated, method, None), dict(THERMAL)


# ---------------------------------------------------------------- 10 a marketplace's tax invoice


MARKETPLACES = {
    "Nykaa": ["Lakme 9to5 Primer + Matte Lipstick", "Minimalist 10% Niacinamide Serum 30ml",
              "Maybelline Fit Me Foundation 128"],
    "AJIO": ["Levi's Men 511 Slim Fit Jeans", "Puma Unisex Running Shoes", "DNMX Cotton Crew-Neck T-shirt"],
    "Meesho": ["Women Rayon Kurti Set", "Kids Cotton Night Suit", "Steel Kitchen Rack 3-Tier"],
    "Tata CLiQ": ["Titan Neo Analog Watch", "boAt Airdopes 141", "Fossil Leather Wallet"],
    "JioMart": ["Samsung 8kg Front Load Washing Machine", "Prestige Induction Cooktop", "Milton Thermosteel 1L"],
    "FirstCry": ["Babyhug Cotton Rompers Pack of 3", "Pampers Premium Care Pants L 44", "Fisher-Price Rattle Set"],
    "Pepperfry": ["Sheesham Wood Coffee Table", "Fabric 3-Seater Sofa in Grey", "Engineered Wood Study Table"],
}
SELLERS = ["Cloudtail Retail Pvt Ltd", "SuperComNet Traders LLP", "Fashnear Technologies Pvt Ltd",
           "RK World Infocom Pvt Ltd", "Shree Ganesh Enterprises", "Vedant Fashions Online Pvt Ltd"]
INVOICE_WAYS = [
    ("Prepaid - UPI", "UPI"), ("UPI", "UPI"), ("Prepaid - Credit Card", "card"), ("Debit Card", "card"),
    ("Cash on Delivery", "cash"), ("COD", "cash"), ("Net Banking", "netbanking"), ("Prepaid", None),
]


def marketplace_invoice(rng: random.Random, font: str):
    """A marketplace's A4 tax invoice (Nykaa, AJIO, Meesho, Tata CLiQ, JioMart, FirstCry, Pepperfry): the marketplace
    on top (the payee, as printed; never the seller under Sold by with its GSTIN and PAN), the Order ID and Order
    Date, the Invoice No. and Invoice Date (a later day, never the date), billing and shipping addresses with the
    buyer (never), items with HSN, quantity, gross, discount, taxable value and IGST or CGST + SGST, shipping, the
    Grand Total / Invoice Total / Total Amount (the amount) and the same in words, the mode of payment ("Prepaid"
    alone names no way). No outcome words. The id is the Order ID where printed, else the Invoice No."""
    name = rng.choice(sorted(MARKETPLACES))
    m = Rupees(rng, font, marks=("₹", "Rs.", "INR"), groupings=("indian", "indian", "western", "plain"))
    rows: list[tuple] = [("title", name), ("center", rng.choice(["Tax Invoice", "Tax Invoice / Bill of Supply",
                                                                 "TAX INVOICE (Original for Recipient)"]))]
    rows.append(("rule",))
    seller = rng.choice(SELLERS)
    rows.append(("left", f"Sold by: {seller}"))
    rows.append(("left", rng.choice(["Plot 12, KIADB Industrial Area, Bengaluru 562149",
                                     "Gala No. 4, Bhiwandi, Thane 421302", "Khasra 113, Bilaspur, Gurugram 122413"])))
    gst_state = digits(rng, 2)
    pan = code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER)
    rows.append(("left", f"GSTIN: {gst_state}{pan}1Z{code(rng, 1, ALNUM)}    PAN: {pan}"))
    rows.append(("rule",))
    when = day(rng)
    pattern = rng.choice(PAGE_PATTERNS)
    order = {"Nykaa": f"NYK-{digits(rng, 10)}-{digits(rng, 7)}", "AJIO": f"FN{digits(rng, 10)}",
             "Meesho": f"{digits(rng, 12)}_{rng.randrange(1, 4)}", "Tata CLiQ": f"{digits(rng, 15)}",
             "JioMart": f"{digits(rng, 16)}", "FirstCry": f"{digits(rng, 8)}",
             "Pepperfry": f"PF{digits(rng, 9)}"}[name]
    txn = None
    invoice = f"{code(rng, 4, UPPER)}{rng.choice(['', '-'])}{digits(rng, 8)}"
    if shown(rng, 0.2):
        rows.append(("pair", rng.choice(["Invoice No.", "Invoice Number"]), invoice))
        txn = invoice
    if shown(rng, 0.4):
        rows.append(("pair", "Invoice Date", when_text(later(when, rng, 1, 4), pattern)))
    if shown(rng, 0.15):
        rows.append(("pair", rng.choice(["Order ID", "Order No.", "Order Number"]), order))
        txn = order
    dated = None
    if shown(rng, 0.15):
        rows.append(("pair", rng.choice(["Order Date", "Order Date", "Ordered on"]), when_text(when, pattern)))
        dated = when
    buyer = rng.choice(PAYERS)
    rows.append(("left", f"Bill to / Ship to: {buyer}"))
    rows.append(("left", rng.choice(["Flat 302, Lotus Residency, Pune 411045",
                                     "H.No 2-1-118, Nallakunta, Hyderabad 500044",
                                     "14 Park Avenue, Salt Lake, Kolkata 700091"])))
    rows.append(("left", f"Place of supply: {rng.choice(['Maharashtra', 'Telangana', 'West Bengal', 'Karnataka'])}"))
    rows.append(("rule",))
    items = rng.sample(MARKETPLACES[name], rng.randrange(1, 3))
    total = 0.0
    inter = rng.random() < 0.5
    for label in items:
        qty = rng.choice([1, 1, 2])
        gross = float(rng.randrange(199, 4999 if name not in ("JioMart", "Pepperfry") else 32000)) * qty
        discount = round(gross * rng.choice([0, 0.1, 0.2, 0.35]), 2)
        line = round(gross - discount, 2)
        rate = 18 if name in ("JioMart", "Pepperfry", "Tata CLiQ", "Nykaa") else rng.choice([5, 12])
        taxable = round(line / (1 + rate / 100), 2)
        tax = round(line - taxable, 2)
        rows.append(("left", f"{label}  (HSN {rng.choice(['3304', '6204', '6403', '8518', '9403', '8450'])})"))
        rows.append(("left", f"    Qty {qty}   Gross {gross:.2f}   Discount {discount:.2f}   Taxable {taxable:.2f}"))
        tax_text = (f"    IGST {rate}%: {tax:.2f}" if inter
                    else f"    CGST {rate / 2:g}%: {tax / 2:.2f}   SGST {rate / 2:g}%: {tax / 2:.2f}")
        rows.append(("pair", tax_text, f"{line:.2f}"))
        total += line
    if shown(rng, 0.5):
        ship = float(rng.choice([0, 40, 49, 79, 99]))
        rows.append(("pair", rng.choice(["Shipping charges", "Delivery charges"]), f"{ship:.2f}"))
        total += ship
    total = round(total, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Grand Total", "Invoice Total", "Total Amount"]), m(total)))
    wrap(rows, f"Amount in words: {words_in_rupees(total)}", 76)
    method = None
    if shown(rng, 0.15):
        way, method = rng.choice(INVOICE_WAYS)
        rows.append(("pair", rng.choice(["Mode of payment", "Payment method", "Payment mode"]), way))
    rows.append(("gap",))
    rows.append(("right", f"For {seller}"))
    rows.append(("right", "Authorised Signatory"))
    wrap(rows, f"This is a computer generated invoice. {name} is a marketplace and the invoice is issued by the "
               "seller. Whether tax is payable under reverse charge: No.", 96, "small")
    return rows, done(name, total, txn, dated, method, None), dict(A4)


# ---------------------------------------------------------------- 11 a restaurant chain's delivery order


CHAINS = {
    "Domino's Pizza": (["Farmhouse Pizza (M)", "Peppy Paneer (L)", "Garlic Breadsticks", "Choco Lava Cake"],
                       "Domino's - Indiranagar"),
    "McDelivery": (["McAloo Tikki Burger", "McSpicy Paneer", "Fries (M)", "McFlurry Oreo"], "McDonald's - Andheri W"),
    "EatSure": (["Behrouz Lazeez Bhuna Murgh Biryani", "Oven Story Cheese Burst", "Faasos Wrap"], "EatSure - HSR"),
    "Box8": (["Paneer Makhani Meal", "Dal Makhani Khichdi", "Gulab Jamun (2 pcs)"], "Box8 - Powai"),
    "KFC": (["Chicken Zinger Burger", "Hot & Crispy 4 pc", "Popcorn Chicken (M)", "Pepsi 475ml"], "KFC - Sector 18"),
    "Burger King": (["Whopper", "Crispy Veg Burger", "King Fries (M)", "Chocolate Shake"], "BK - Koramangala"),
    "magicpin": (["Sagar Ratna Masala Dosa", "Haldiram's Chole Bhature", "Rasmalai (2 pcs)"],
                 "via magicpin - Sagar Ratna"),
}
FOOD_WAYS = [("UPI", "UPI"), ("Paytm UPI", "UPI"), ("GPay UPI", "UPI"), ("Credit Card ••", "card"),
             ("Debit Card XX", "card"), ("Cash on Delivery", "cash"), ("Net Banking", "netbanking"),
             ("Amazon Pay Balance", "wallet")]
FOOD_WORDS = {
    "success": ["Payment successful", "Paid"],
    "failed": ["Payment failed - order not placed", "Payment failed"],
    "pending": ["Payment pending - we'll confirm your order shortly", "Payment in progress"],
}


def food_order(rng: random.Random, font: str):
    """A restaurant chain's own delivery app's order summary (Domino's, McDelivery, EatSure, Box8, KFC, Burger King,
    magicpin): the chain or app on top (the payee, as printed; never the store under it), the order number, items,
    Item total, delivery and packaging charges, taxes (GST 5% or CGST + SGST), a coupon off, the Grand total / To pay
    / Total paid / Bill total (the amount), the way paid, Ordered on / Order placed on / Date (an estimated or
    delivered time never), Order delivered (no outcome), payment words on a share. The id is a UPI reference where
    printed, else the Payment ID / Transaction ID, else the Order number."""
    chain = rng.choice(sorted(CHAINS))
    dishes, store = CHAINS[chain]
    style = screen_style(rng, 0.3, 0.3)
    m = Rupees(rng, font, marks=("₹", "₹", "Rs.", "INR"), groupings=("indian", "plain"))
    rows: list[tuple] = [bar(rng)]
    if "band" not in style:
        rows.append(("left", rng.choice(["<  Orders", "<  Order details", "<"])))
    rows.append(("title", chain))
    if "band" in style:  # the coloured band holds only the status bar and the name
        rows.append(("gap",))
    rows.append(("small", store))
    status, said = outcome(rng, 0.35, FOOD_WORDS, 0.65, 0.2)
    if said:
        rows.append(("center", said))
    elif shown(rng, 0.5):
        rows.append(("center", rng.choice(["Order delivered", "Delivered - enjoy your meal!"])))
    order = f"{rng.choice(['#', ''])}{digits(rng, rng.choice([6, 8, 10]))}"
    txn = None
    if shown(rng, 0.15):
        rows.append(("pair", rng.choice(["Order No.", "Order ID", "Order #"]), order.lstrip("#")))
        txn = order.lstrip("#")
    when = day(rng)
    pattern = rng.choice(SCREEN_PATTERNS)
    dated = None
    if shown(rng, 0.2):
        rows.append(("pair", rng.choice(["Ordered on", "Order placed on", "Date"]),
                     f"{when_text(when, pattern)}, {clock(rng)}"))
        dated = when
    rows.append(("rule",))
    total = 0.0
    for dish in rng.sample(dishes, rng.randrange(2, len(dishes) + 1)):
        qty = rng.choice([1, 1, 2])
        price = float(rng.choice([99, 129, 149, 189, 219, 259, 299, 349, 459, 549])) * qty
        rows.append(("pair", f"{qty} x {dish}", m(price)))
        total += price
    rows.append(("rule",))
    rows.append(("pair", "Item total", m(total)))
    if shown(rng, 0.4):
        fee = float(rng.choice([0, 25, 30, 49]))
        rows.append(("pair", rng.choice(["Delivery charges", "Delivery fee"]), m(fee) if fee else "FREE"))
        total += fee
    if shown(rng, 0.5):
        fee = float(rng.choice([10, 15, 20, 30]))
        rows.append(("pair", "Packaging charges", m(fee)))
        total += fee
    tax = round(total * 0.05, 2)
    if rng.random() < 0.5:
        rows.append(("pair", "Taxes (GST 5%)", m(tax)))
    else:
        rows.append(("pair", "CGST 2.5%", m(round(tax / 2, 2))))
        rows.append(("pair", "SGST 2.5%", m(round(tax / 2, 2))))
        tax = round(tax / 2, 2) * 2
    total = round(total + tax, 2)
    if shown(rng, 0.5):
        off = float(rng.choice([50, 75, 100, 120]))
        rows.append(("pair", f"Coupon ({rng.choice(['WELCOME50', 'TRYNEW', 'FEAST100', 'BOX8LOVE'])})", m(off, "- ")))
        total = round(total - off, 2)
    rows.append(("pair", rng.choice(["Grand total", "To pay", "Total paid", "Bill total"]), m(total)))
    method = None
    if shown(rng, 0.15):
        way, method = rng.choice([w for w in FOOD_WAYS if w[1] != "cash" or status is None])
        if way.endswith(("••", "XX")):
            way += digits(rng, 4)
        rows.append(("pair", rng.choice(["Paid via", "Payment method", "Payment mode"]), way))
    if status != "failed" and shown(rng, 0.5):
        pay_id = rng.choice([f"pay_{code(rng, 14, ALNUM + 'abcdefghjkmnpqrstuvwxyz')}", digits(rng, 14)])
        rows.append(("pair", rng.choice(["Payment ID", "Transaction ID"]), pay_id))
        txn = pay_id
    if method == "UPI" and status != "failed" and shown(rng, 0.6):
        ref = f"{rng.choice('3456')}{digits(rng, 11)}"
        rows.append(("pair", rng.choice(["UPI Ref No.", "UTR"]), ref))
        txn = ref
    if shown(rng, 0.5):
        rows.append(("pair", "Delivered to", rng.choice(PAYERS).split()[0] + ", " + rng.choice(
            ["Home", "Work", "Flat 1204"])))
    rows.append(("gap",))
    for label in rng.sample(["Reorder", "Get help", "Rate order", "Download invoice"], 2):
        rows.append(("center", f"[ {label} ]"))
    return rows, done(chain, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 12 a cab company's ride receipt


CABS = {
    "Namma Yatri": "nammayatri.in",
    "inDrive": "indrive.com",
    "Meru": "meru.in",
    "Savaari": "savaari.com",
    "Mega Cabs": "megacabs.com",
}
CAB_WAYS = [("Cash", "cash"), ("Cash", "cash"), ("UPI", "UPI"), ("UPI (to driver)", "UPI"),
            ("Card ending ", "card"), ("Meru Wallet", "wallet")]
DRIVERS = ["Manjunath K", "Ravi Shankar", "Mohd. Asif", "Suresh Babu", "Harpreet Singh", "Lokesh Gowda"]


def cab_receipt(rng: random.Random, font: str):
    """A cab company's ride receipt, as its app screen or as an e-mail (Namma Yatri, inDrive, Meru, Savaari, Mega
    Cabs): the company on top (the payee; never the driver, the car or its plate), pickup and drop with times of day
    (no days), distance and time, fare lines (base, distance, waiting, night, toll, airport parking, GST 5%, a
    discount), the Total fare / Total / Amount paid (the amount), the way paid, the receipt's day under Date / Paid
    on / Receipt date, the Ride ID / Booking ID / CRN / Invoice No. and a Transaction ID or UPI reference on a share.
    The id is the payment's reference where printed, else the ride's own number."""
    cab = rng.choice(sorted(CABS))
    email = rng.random() < 0.4
    m = Rupees(rng, font, marks=("₹", "Rs.", "INR"), groupings=("indian", "plain"), p_whole=0.0 if email else 0.5)
    rows: list[tuple] = []
    if email:
        style = {"paper": (255, 255, 255), "width": 680, "size": 19}
        rows.append(("small", f"From: {cab} <{rng.choice(['receipts', 'noreply', 'rides'])}@{CABS[cab]}>"))
        rows.append(("small", f"Subject: {rng.choice(['Your ride receipt', 'Invoice for your trip', 'Thanks for riding'])}"))
        rows.append(("rule",))
        rows.append(("title", cab))
    else:
        style = screen_style(rng, 0.3, 0.3)
        rows.append(bar(rng))
        if "band" not in style:
            rows.append(("left", rng.choice(["<  Ride details", "<  My rides", "X"])))
        rows.append(("title", cab))
        if "band" in style:  # the coloured band holds only the status bar and the name
            rows.append(("gap",))
    when = day(rng)
    pattern = rng.choice(SCREEN_PATTERNS)
    dated = None
    if shown(rng, 0.15):
        rows.append(("pair", rng.choice(["Date", "Paid on", "Receipt date"]), when_text(when, pattern)))
        dated = when
    ride_no = rng.choice([("Ride ID", f"{code(rng, 8, 'abcdef0123456789')}"), ("Booking ID", f"{digits(rng, 9)}"),
                          ("CRN", f"{digits(rng, 10)}"), ("Invoice No.", f"{code(rng, 3, UPPER)}/{digits(rng, 7)}")])
    txn = None
    if shown(rng, 0.15):
        rows.append(("pair", *ride_no))
        txn = ride_no[1]
    rows.append(("pair", "Driver", rng.choice(DRIVERS)))
    if shown(rng, 0.4):
        plate = f"{rng.choice(['KA', 'TN', 'DL', 'MH'])} {digits(rng, 2)} {code(rng, 2, UPPER)} {digits(rng, 4)}"
        rows.append(("pair", "Vehicle", f"{plate} ({rng.choice(['Swift Dzire', 'Etios', 'Wagon R', 'Auto'])})"))
    start, minutes = rng.randrange(6 * 60, 22 * 60), rng.randrange(12, 95)
    km = round(rng.uniform(4, 48), 1)

    def hhmm(total_minutes: int) -> str:
        hour, minute = divmod(total_minutes % (24 * 60), 60)
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"

    rows.append(("left", f"Pickup {hhmm(start)}: {rng.choice(['Kempegowda Airport T1', 'MG Road Metro', 'Lodha Amara, Thane', 'Anna Nagar West'])}"))
    rows.append(("left", f"Drop {hhmm(start + minutes)}: {rng.choice(['Whitefield, ITPL', 'Bandra Kurla Complex', 'T Nagar', 'Koramangala 5th Block'])}"))
    rows.append(("pair", "Distance / time", f"{km} km / {minutes} min"))
    rows.append(("rule",))
    base = float(rng.choice([50, 60, 80, 100]))
    items = [("Base fare", base), ("Distance fare", round(km * rng.choice([14, 16, 18, 21]), 2))]
    if shown(rng, 0.6):
        items.append(("Waiting charges", float(rng.choice([10, 20, 30]))))
    if shown(rng, 0.7):
        items.append(("Toll", float(rng.choice([45, 75, 110]))))
    if shown(rng, 0.7):
        items.append(("Airport parking", float(rng.choice([100, 150]))))
    total = 0.0
    for label, value in items:
        rows.append(("pair", label, m(value)))
        total += value
    if cab != "Namma Yatri" and shown(rng, 0.4):
        gst = round(total * 0.05, 2)
        rows.append(("pair", "GST (5%)", m(gst)))
        total += gst
    if shown(rng, 0.7):
        off = float(rng.choice([25, 50, 75]))
        rows.append(("pair", rng.choice(["Discount", "Promo applied"]), m(off, "- ")))
        total -= off
    total = round(total, 2)
    rows.append(("pair", rng.choice(["Total fare", "Total", "Amount paid"]), m(total)))
    way, method = rng.choice([w for w in CAB_WAYS if cab == "Meru" or w[1] != "wallet"])
    if way.endswith("ending "):
        way += digits(rng, 4)
    if shown(rng, 0.15):
        rows.append(("pair", rng.choice(["Paid by", "Payment mode", "Paid via"]), way))
    else:
        method = None
    status = None
    if shown(rng, 0.6):
        status = "success"
        rows.append(("center", rng.choice(["Payment received - thank you!", "Paid", "Payment successful"])))
    if method in ("UPI", "card") and shown(rng, 0.6):
        ref = f"{rng.choice('3456')}{digits(rng, 11)}" if method == "UPI" else digits(rng, 12)
        rows.append(("pair", "UPI Ref No." if method == "UPI" else "Transaction ID", ref))
        txn = ref
    rows.append(("gap",))
    footer = {
        "Namma Yatri": "Zero commission: your whole fare goes to the driver.",
        "inDrive": "You agreed this fare with the driver before the ride.",
        "Meru": "Meru Mobility Tech Pvt Ltd. Fares include state taxes.",
        "Savaari": "Toll and parking as actuals. Outstation and local rides.",
        "Mega Cabs": "Mega Cabs Pvt Ltd. For complaints call the helpline.",
    }[cab]
    wrap(rows, footer, 60 if email else 46, "small")
    return rows, done(cab, total, txn, dated, method, status), style

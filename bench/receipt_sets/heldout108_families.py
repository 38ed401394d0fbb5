"""The twelve heldout108 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: what a seller on an Indian marketplace receives
as proof that a buyer paid: the payer's UPI success screens (PhonePe, Google Pay, Paytm, BHIM and bank apps), the
seller's own business app and soundbox app, a UPI app's shared receipt image, a payment link's receipt page and the
gateway's e-mail to the seller, the bank's credit SMS in a messages app, a logistics partner's COD remittance advice
and a bank's NEFT / IMPS / RTGS credit advice.

Every page is a list of this module's rows (``Sheet``), drawn by ``compose`` with this module's own renderer and
frame (a phone's status bar and app bar, a messages app, a shared image's card, a browser, a mail client, a PDF
viewer). The chrome and the frame print no fact of the truth but one: the mail's subject restates the outcome the
body states (the clock is the phone's, the title names the page or the app, the address bar and the file name carry
no id).
"""

from __future__ import annotations

import datetime as dt
import random
import string
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from bench.receipt_sets.heldout14_render import FONT_DIR

TURNS: dict[str, int] = {}
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

SELLERS = [
    "Meera Handicrafts", "Kalamkari Kraft House", "Jaipur Block Prints", "Shree Ganesh Textiles", "Urban Jhola Co",
    "Nilgiri Tea Traders", "Banaras Silk Emporium", "Kochi Spice Hub", "Chitra Terracotta", "Aarna Jewels",
    "Pune Phone Accessories", "Dhanlaxmi Sarees", "Patel Brass Works", "Bodhi Organics", "Lucknowi Chikan Store",
    "Sahyadri Honey Farm",
]
BUYERS = [
    "Ritika Sharma", "Aditya Menon", "Sneha Kulkarni", "Mohd Faizan", "Gurpreet Kaur", "Vasanth Raj",
    "Ankita Das", "Rahul Verma", "Lakshmi Narayanan", "Imran Qureshi", "Neha Agarwal", "Siddharth Rao",
    "Pallavi Joshi", "Manoj Tiwari", "Divya Pillai", "Kunal Bhatia",
]
BANKS = [
    ("State Bank of India", "SBIN", "SBI"), ("HDFC Bank", "HDFC", "HDFCBK"), ("ICICI Bank", "ICIC", "ICICIB"),
    ("Axis Bank", "UTIB", "AXISBK"), ("Kotak Mahindra Bank", "KKBK", "KOTAKB"), ("Bank of Baroda", "BARB", "BOBTXN"),
    ("Canara Bank", "CNRB", "CANBNK"), ("IndusInd Bank", "INDB", "INDUSB"), ("Yes Bank", "YESB", "YESBNK"),
    ("Punjab National Bank", "PUNB", "PNBSMS"),
]
HANDLES = ["okaxis", "okhdfcbank", "okicici", "oksbi", "ybl", "ibl", "axl", "paytm", "ptyes", "upi"]
WHITE = (255, 255, 255)
INK, GREY = (24, 26, 32), (108, 112, 122)
GREEN, RED, AMBER = (16, 140, 72), (200, 38, 44), (196, 120, 0)


# ---------------------------------------------------------------- shared pieces


def fresh() -> None:
    """Start every family's count again (``make_heldout108_set`` calls it before drawing)."""
    TURNS.clear()


def turn(family: str) -> int:
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k


def fate(family: str, failed: int | None, pending: int | None) -> str:
    """This receipt's outcome: one failed and one pending in eight where the family has them."""
    k = turn(family) % 8
    return "failed" if k == failed else "pending" if k == pending else "success"


@lru_cache(maxsize=None)
def face(font: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(f"{FONT_DIR}/{font}", size)


@lru_cache(maxsize=None)
def draws(font: str, char: str) -> bool:
    """Whether ``font`` has ``char`` (its mask differs from the face's box for a missing glyph)."""
    if char == " ":
        return True
    f = face(font, 24)
    return bytes(f.getmask(char)) != bytes(f.getmask("\U0010fffe"))


def fits(font: str, text: str) -> bool:
    return all(draws(font, ch) for ch in text)


def nums(rng: random.Random, n: int) -> str:
    return str(rng.randrange(1, 10)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


CLEAR = "".join(ch for ch in string.ascii_letters + string.digits if ch not in "0O1lI")
CAPS = "".join(ch for ch in string.ascii_uppercase + string.digits if ch not in "0O1I")


def mixed(rng: random.Random, n: int, alphabet: str = CLEAR) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def upi_ref(rng: random.Random, d: dt.date) -> str:
    return f"{d.year % 10}{d.timetuple().tm_yday:03d}{rng.randrange(24):02d}{nums(rng, 6)}"


def someday(rng: random.Random) -> dt.date:
    return dt.date(2025, 2, 1) + dt.timedelta(days=rng.randrange(560))


def datestr(d: dt.date, pattern: str) -> str:
    """``d`` in a pattern: %d %m %Y %y %b %B %a, and {d} for the day without its zero."""
    out = pattern.replace("%d", f"{d.day:02d}").replace("{d}", str(d.day)).replace("%m", f"{d.month:02d}")
    out = out.replace("%Y", str(d.year)).replace("%y", f"{d.year % 100:02d}")
    return out.replace("%b", MON[d.month - 1]).replace("%B", MONTH[d.month - 1]).replace("%a", DOW[d.weekday()])


def clock(rng: random.Random, style: str = "12") -> str:
    h, m, s = rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)
    if style == "24":
        return f"{h:02d}:{m:02d}"
    if style == "24s":
        return f"{h:02d}:{m:02d}:{s:02d}"
    half = "PM" if h >= 12 else "AM"
    text = f"{(h - 1) % 12 + 1}:{m:02d} {half}"
    return text.lower() if style == "12l" else text


def amount(rng: random.Random, low: int, high: int) -> float:
    r = rng.random()
    if r < 0.35:
        return float(rng.randrange(low // 10 + 1, high // 10) * 10)
    if r < 0.55:
        return float(rng.randrange(low, high))
    return round(rng.uniform(low, high), 2)


def group(value: float, way: str, places: int = 2) -> str:
    whole, paise = f"{value:.2f}".split(".")
    if way == "western":
        head = f"{int(whole):,}"
    elif way == "plain":
        head = whole
    else:
        head = whole[-3:]
        rest = whole[:-3]
        while rest:
            head = f"{rest[-2:]},{head}"
            rest = rest[:-2]
    return head if places == 0 else f"{head}.{paise}"


class Money:
    """How one page prints rupees: its mark (₹ only where the face draws it), grouping, gap and paise."""

    def __init__(self, rng: random.Random, font: str, marks=("₹", "₹", "Rs.", "Rs", "INR"),
                 ways=("indian", "indian", "western"), whole: float = 0.0):
        options = [m for m in marks if m != "₹" or draws(font, "₹")] or ["Rs."]
        self.mark = rng.choice(options)
        self.way = rng.choice(ways)
        self.gap = "" if self.mark == "₹" and rng.random() < 0.7 else " "
        self.whole = rng.random() < whole

    def __call__(self, value: float, lead: str = "") -> str:
        places = 0 if self.whole and value == int(value) else 2
        return f"{lead}{self.mark}{self.gap}{group(value, self.way, places)}"


def handle(rng: random.Random, name: str) -> str:
    stem = "".join(ch for ch in name.lower() if ch.isalpha())[:10]
    return rng.choice([f"{stem}@{rng.choice(HANDLES)}", f"{stem}{rng.randrange(10, 99)}@{rng.choice(HANDLES)}",
                       f"{rng.choice('6789')}{nums(rng, 9)}@{rng.choice(HANDLES)}"])


def dots(font: str) -> str:
    return "\u2022\u2022" if draws(font, "\u2022") else "XX"


def truth(merchant, value, txn, d, method, status) -> dict:
    return {"merchant_name": merchant, "amount": f"{value:.2f}" if value is not None else None,
            "currency": "INR" if value is not None else None, "transaction_id": txn,
            "date": d.isoformat() if d else None, "payment_method": method, "status": status}


class Sheet:
    """A page's rows, every text checked against the face and against the page's width."""

    def __init__(self, font: str, frame: str, width: int = 600, size: int = 22, **style):
        self.font, self.rows = font, []
        self.style = {"font_size": size, "width": width, "frame": frame, "paper": WHITE, "ink": INK,
                      "soft": GREY, "accent": INK, "screen": frame != "pdf", **style}

    def add(self, kind: str, *texts: str, colour=None) -> None:
        for text in texts:
            assert fits(self.font, text), (self.font, text)
        if kind in ("kv", "duo"):
            f = face(self.font, self.style["font_size"])
            assert f.getlength(texts[1]) <= self.room(), texts
        if kind in ("title", "big", "pill"):
            f = face(self.font, int(self.style["font_size"] * SIZES[kind]))
            assert f.getlength(texts[0]) <= self.room(), texts
        self.rows.append((kind, texts, colour))

    def room(self) -> int:
        return self.style["width"] - 2 * self.style.get("margin", 36)


# ---------------------------------------------------------------- the twelve families


def phonepe(rng: random.Random, font: str):
    """PhonePe's payer screen in two designs: a purple band with the outcome, Paid to the seller and their id, the
    sum, then Transaction ID T…, UTR and Debited from; or the newer card with the sum on top and "Paid to"."""
    status = fate("phonepe", failed=5, pending=2)
    d, m = someday(rng), Money(rng, font, whole=0.4)
    value = amount(rng, 150, 25000)
    seller = rng.choice(SELLERS)
    design = rng.random() < 0.5
    s = Sheet(font, "phone", title=rng.choice(["Transaction Details", "Payment Details", ""]),
              band=(95, 37, 159) if design else None)
    word = {"success": "Transaction Successful", "failed": "Transaction Failed", "pending": "Transaction Pending"}
    stamp = f"{clock(rng, rng.choice(['12', '12l']))} on {datestr(d, rng.choice(['%d %b %Y', '{d} %b %Y']))}"
    tid = f"T{d:%y%m%d}{rng.randrange(7, 23):02d}{nums(rng, 16)}"
    ref = upi_ref(rng, d) if status == "success" or rng.random() < 0.5 else None
    if design:
        s.add("title", word[status])
        s.add("centre", stamp)
        s.add("gap")
        s.add("text", "Paid to" if status == "success" else "To")
        s.add("duo", seller, m(value))
        s.add("small", handle(rng, seller))
    else:
        s.add("pill", word[status], colour={"success": GREEN, "failed": RED, "pending": AMBER}[status])
        s.add("big", m(value))
        s.add("centre", stamp)
        s.add("rule")
        s.add("stack", "Paid to" if status == "success" else "To", seller)
        s.add("small", handle(rng, seller))
    if status == "failed":
        s.add("small", "Any amount debited will be refunded to your account in 3-5 working days.")
    if status == "pending":
        s.add("small", "Waiting for confirmation from the bank. Please do not retry.")
    s.add("rule")
    s.add("stack", "Transaction ID", tid)
    bank = rng.choice(BANKS)
    s.add("stack", "Debited from", f"{bank[0]} XXXX{nums(rng, 4)}")
    if ref:
        s.add("text", f"UTR: {ref}")
    s.add("small", "Powered by UPI")
    return s.rows, truth(seller, value, ref or tid, d, "UPI", status), s.style


def gpay(rng: random.Random, font: str):
    """Google Pay's payer detail: the seller's initial and name, the sum in large type, Completed / Pending / Failed
    with the day, then a card of UPI transaction ID, To, From (the buyer) and Google transaction ID."""
    status = fate("gpay", failed=3, pending=6)
    d, m = someday(rng), Money(rng, font, marks=("₹", "₹", "Rs."), whole=0.5)
    value = amount(rng, 99, 18000)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    s = Sheet(font, "phone", title="")
    vpa = handle(rng, seller)
    s.add("avatar", seller[0])
    s.add("centre", f"To {seller}")
    s.add("centre", vpa, colour=GREY)
    s.add("big", m(value))
    word = {"success": "Completed", "failed": "Failed", "pending": "Pending"}[status]
    s.add("centre", word, colour={"success": GREEN, "failed": RED, "pending": AMBER}[status])
    s.add("centre", datestr(d, rng.choice(["{d} %b %Y", "%d %b %Y"])) + ", " + clock(rng, "12l"))
    if status == "pending":
        s.add("small", "This payment is taking longer than usual. Your bank will confirm in 2 days.")
    s.add("rule")
    ref = upi_ref(rng, d) if status != "failed" or rng.random() < 0.5 else None
    if ref:
        s.add("stack", "UPI transaction ID", ref)
    s.add("stack", "To: " + seller, vpa)
    bank = rng.choice(BANKS)
    s.add("stack", f"From: {buyer} ({bank[0]})", f"{dots(font)} {nums(rng, 4)}")
    s.add("stack", "Google transaction ID", "CICAgO" + mixed(rng, 11))
    return s.rows, truth(seller, value, ref, d, "UPI", status), s.style


def paytm(rng: random.Random, font: str):
    """Paytm's payer receipt: "Paid Successfully to" (or Payment Failed / Pending) over the seller, their UPI ID, the
    sum, UPI Ref No, Order ID, the day and "From" the buyer's bank."""
    status = fate("paytm", failed=6, pending=1)
    d, m = someday(rng), Money(rng, font, marks=("₹", "Rs.", "Rs"), ways=("indian", "western", "plain"))
    value = amount(rng, 200, 40000)
    seller = rng.choice(SELLERS)
    s = Sheet(font, "phone", title=rng.choice(["Payment Receipt", "Paytm"]), accent=(0, 46, 110))
    word = {"success": "Paid Successfully to", "failed": "Payment Failed to", "pending": "Payment Pending to"}
    s.add("text", word[status], colour={"success": GREEN, "failed": RED, "pending": AMBER}[status])
    s.add("head", seller)
    s.add("small", "UPI ID: " + handle(rng, seller))
    s.add("big", m(value))
    s.add("rule")
    ref = upi_ref(rng, d) if status == "success" or rng.random() < 0.4 else None
    if ref:
        s.add("kv", "UPI Ref No:", ref)
    order = nums(rng, 11) + str(rng.randrange(10, 99))
    s.add("kv", "Order ID:", order)
    s.add("kv", "Date:", datestr(d, rng.choice(["%d %b %Y", "%d/%m/%Y", "{d} %B %Y"])) + " " + clock(rng, "12"))
    bank = rng.choice(BANKS)
    s.add("kv", "From:", f"{bank[0][:18]} - {nums(rng, 4)}")
    if status == "pending":
        s.add("small", "Payment is in process. We will update you in 24 hours.")
    return s.rows, truth(seller, value, ref or order, d, "UPI", status), s.style


def bhim_bank(rng: random.Random, font: str):
    """BHIM or a bank app's UPI acknowledgement (YONO SBI, iMobile Pay, HDFC Bank, Kotak811): Payee Name, Payee VPA,
    Amount, Transaction Date, UPI Ref No / RRN, Remarks (the buyer's order note), Status."""
    status = fate("bhim_bank", failed=2, pending=7)
    d, m = someday(rng), Money(rng, font, marks=("Rs.", "INR", "₹"), ways=("indian", "western"))
    value = amount(rng, 300, 60000)
    seller = rng.choice(SELLERS)
    app = rng.choice(["BHIM", "YONO SBI", "iMobile Pay", "HDFC Bank", "Kotak811"])
    s = Sheet(font, "phone", title=app, band=(0, 84, 140) if rng.random() < 0.5 else None)
    s.add("title", {"success": "Payment Successful", "failed": "Payment Failed", "pending": "Payment Pending"}[status])
    s.add("gap")
    s.add("kv", "Payee Name", seller)
    s.add("kv", "Payee VPA", handle(rng, seller))
    s.add("kv", "Amount", m(value))
    s.add("kv", "Transaction Date", datestr(d, rng.choice(["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"])) + " "
          + clock(rng, "24s"))
    ref = upi_ref(rng, d)
    s.add("kv", rng.choice(["UPI Ref No", "RRN", "UPI Ref. No."]), ref)
    s.add("kv", "Remarks", rng.choice(["Order 2 kurtis", "Saree payment", "Advance for order", "Pay to seller"]))
    s.add("kv", "Status", {"success": "SUCCESS", "failed": "FAILED", "pending": "PENDING"}[status])
    if status == "failed":
        s.add("small", "Reason: Transaction declined by remitter bank (U30).")
    return s.rows, truth(seller, value, ref, d, "UPI", status), s.style


def biz_app(rng: random.Random, font: str):
    """The seller's own business app (PhonePe Business, Paytm for Business, Google Pay for Business, BharatPe):
    "Payment Received" with the sum, Received from the buyer and their id, on half "Received in" the seller's
    business, UPI Ref No, a Transaction ID, the day."""
    status = fate("biz_app", failed=None, pending=4)
    d, m = someday(rng), Money(rng, font, whole=0.3)
    value = amount(rng, 120, 30000)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    app = rng.choice(["PhonePe Business", "Paytm for Business", "Google Pay for Business", "BharatPe"])
    s = Sheet(font, "phone", title=app)
    named = turn("biz_app_name") % 2 == 0
    s.add("pill", "Payment Received" if status == "success" else "Payment Pending",
          colour=GREEN if status == "success" else AMBER)
    s.add("big", m(value, "+ ") if rng.random() < 0.4 else m(value))
    s.add("centre", datestr(d, rng.choice(["%d %b %Y", "{d} %B %Y", "%d/%m/%Y"])) + ", " + clock(rng, "12"))
    s.add("rule")
    s.add("stack", "Received from", buyer)
    s.add("small", handle(rng, buyer))
    if named:
        s.add("stack", rng.choice(["Received in", "Paid to"]), seller)
    ref = upi_ref(rng, d)
    s.add("kv", "UPI Ref No", ref)
    s.add("kv", "Transaction ID", mixed(rng, 4, string.ascii_uppercase) + nums(rng, 14))
    if status == "pending":
        s.add("small", "The payer's bank has not confirmed yet. Do not hand over goods until it is received.")
    else:
        s.add("small", "Settled to your bank account " + f"XX{nums(rng, 4)}")
    return s.rows, truth(seller if named else None, value, ref, d, "UPI", status), s.style


def soundbox(rng: random.Random, font: str):
    """A soundbox or merchant app's collection list with one entry opened (Paytm Soundbox, PhonePe SmartSpeaker,
    BharatPe Speaker): Today's collection on top, the opened entry's sum, From, Status, RRN, the day and hour."""
    status = fate("soundbox", failed=5, pending=None)
    d, m = someday(rng), Money(rng, font, marks=("₹", "₹", "Rs"), ways=("indian", "western"))
    value = amount(rng, 40, 9000)
    buyer = rng.choice(BUYERS)
    app = rng.choice(["Paytm Soundbox", "PhonePe SmartSpeaker", "BharatPe Speaker"])
    s = Sheet(font, "phone", title="Payment details", size=21)
    if rng.random() < 0.5:
        s.add("small", f"{app} | Today's collection {m(value + amount(rng, 500, 9000))}")
    else:
        s.add("small", f"{app} | Announced on your speaker")
    s.add("big", m(value))
    s.add("centre", {"success": "Received successfully", "failed": "Payment failed"}[status],
          colour=GREEN if status == "success" else RED)
    s.add("rule")
    s.add("kv", "From", buyer)
    s.add("kv", "Payer UPI ID", handle(rng, buyer))
    ref = upi_ref(rng, d)
    s.add("kv", rng.choice(["RRN", "UPI Ref No."]), ref)
    s.add("kv", "Date & Time", datestr(d, rng.choice(["%d %b %Y", "%d-%m-%Y"])) + " " + clock(rng, "12"))
    s.add("kv", "Status", {"success": "Success", "failed": "Failed"}[status])
    if rng.random() < 0.5:
        s.add("kv", "Device", f"SB-{nums(rng, 8)}")
    return s.rows, truth(None, value, ref, d, "UPI", status), s.style


def share_card(rng: random.Random, font: str):
    """The image a UPI app makes for "Share receipt": a card on the app's colour with the sum, Paid to the seller,
    From the buyer, UPI Ref, the day; two in eight print no outcome, one no day."""
    k = turn("share_card")
    d, m = someday(rng), Money(rng, font, marks=("₹", "₹", "Rs."), whole=0.5)
    value = amount(rng, 99, 15000)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    app, colour = rng.choice([("PhonePe", (95, 37, 159)), ("Google Pay", (26, 115, 232)),
                              ("Paytm", (0, 46, 110)), ("BHIM", (230, 110, 20))])
    s = Sheet(font, "card", width=560, size=21, backdrop=colour, brand=app)
    said = k not in (1, 4)
    if said:
        s.add("pill", rng.choice(["Payment Successful", "Paid successfully"]), colour=GREEN)
    s.add("big", m(value))
    s.add("stack", "Paid to", seller)
    s.add("small", handle(rng, seller))
    s.add("stack", "From", buyer)
    ref = upi_ref(rng, d)
    s.add("stack", rng.choice(["UPI Ref No.", "UPI Reference ID", "UTR"]), ref)
    shown = None if k == 6 else d
    if shown:
        s.add("stack", "Date", datestr(d, rng.choice(["%d %b %Y", "{d} %B %Y"])) + ", " + clock(rng, "12"))
    s.add("small", f"Shared from {app}")
    return s.rows, truth(seller, value, ref, shown, "UPI", "success" if said else None), s.style


def pay_link(rng: random.Random, font: str):
    """A payment link's receipt page the buyer forwards (Razorpay, Cashfree, Instamojo): the seller's name, Payment
    Successful / Failed / Processing, Amount Paid, Payment ID, a bank's RRN on UPI payments, Paid on, Method."""
    status = fate("pay_link", failed=4, pending=1)
    d, m = someday(rng), Money(rng, font, marks=("₹", "INR", "Rs."), ways=("indian", "western"))
    value = amount(rng, 250, 75000)
    seller = rng.choice(SELLERS)
    gate = rng.choice(["Razorpay", "Cashfree", "Instamojo"])
    url = {"Razorpay": "rzp.io/l/", "Cashfree": "payments.cashfree.com/links/", "Instamojo": "imjo.in/"}[gate]
    s = Sheet(font, "browser", width=680, size=21, url="https://" + url + mixed(rng, 7))
    s.add("head", seller)
    s.add("small", f"Payment link | Secured by {gate}")
    s.add("pill", {"success": "Payment Successful", "failed": "Payment Failed",
                   "pending": "Payment Processing"}[status],
          colour={"success": GREEN, "failed": RED, "pending": AMBER}[status])
    s.add("kv", "Amount Paid" if status == "success" else "Amount", m(value))
    pid = {"Razorpay": "pay_" + mixed(rng, 14), "Cashfree": nums(rng, 10),
           "Instamojo": "MOJO" + mixed(rng, 16, CAPS)}[gate]
    s.add("kv", "Payment ID", pid)
    way = rng.choice(["UPI", "UPI", "Card", "Netbanking", "Wallet", None])
    ref = None
    if way == "UPI" and status != "failed":
        ref = upi_ref(rng, d)
        s.add("kv", "Bank RRN", ref)
    s.add("kv", "Paid on" if status == "success" else "Date", datestr(d, rng.choice(["%d %b %Y", "%b {d}, %Y"]))
          + ", " + clock(rng, "12"))
    if way:
        shown = {"UPI": "UPI", "Card": f"Visa card ending {nums(rng, 4)}", "Netbanking": "Netbanking - HDFC Bank",
                 "Wallet": "Wallet - Mobikwik"}[way]
        s.add("kv", "Method", shown)
    s.add("kv", "Email", "".join(ch for ch in rng.choice(BUYERS).lower() if ch.isalpha())[:9] + "@gmail.com")
    if status == "pending":
        s.add("small", "Your payment is being processed. You will get a confirmation once the bank responds.")
    method = {"UPI": "UPI", "Card": "card", "Netbanking": "netbanking", "Wallet": "wallet", None: None}[way]
    return s.rows, truth(seller, value, ref or pid, d, method, status), s.style


def gateway_mail(rng: random.Random, font: str):
    """The gateway's e-mail to the seller ("You've received a payment" / "Payment failed"): the gateway on top, the
    sum, Payment ID, the buyer's contact, Method, Date, on half the seller's account under Business name."""
    status = fate("gateway_mail", failed=7, pending=None)
    d, m = someday(rng), Money(rng, font, marks=("₹", "INR", "Rs."), ways=("indian", "western"))
    value = amount(rng, 250, 50000)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    gate = rng.choice(["Razorpay", "Cashfree Payments", "Instamojo"])
    named = turn("gateway_mail_name") % 2 == 1
    subject = "Payment received" if status == "success" else "Payment failed"
    s = Sheet(font, "mail", width=680, size=20, sender=f"{gate} <alerts@{gate.split()[0].lower()}.com>",
              subject=f"{subject} - {clock(rng, '12')}")
    s.add("head", gate)
    s.add("gap")
    if status == "success":
        s.add("text", f"You have received a payment of {m(value)}.")
    else:
        s.add("text", f"A payment of {m(value)} from your customer has failed. No money was received.")
    s.add("gap")
    if named:
        s.add("kv", "Business name", seller)
    pid = {"Razorpay": "pay_" + mixed(rng, 14), "Cashfree Payments": nums(rng, 10),
           "Instamojo": "MOJO" + mixed(rng, 16, CAPS)}[gate]
    s.add("kv", "Payment ID", pid)
    s.add("kv", "Amount", m(value))
    way = rng.choice(["UPI", "Card", "Netbanking"])
    shown = {"UPI": handle(rng, buyer), "Card": f"Mastercard **** {nums(rng, 4)}", "Netbanking": "Netbanking"}[way]
    s.add("kv", "Method", shown)
    s.add("kv", "Customer", buyer)
    s.add("kv", "Date", datestr(d, rng.choice(["%d %b %Y", "%d/%m/%Y", "{d} %B %Y"])) + " " + clock(rng, "24"))
    s.add("small", "Settlement will reach your bank account as per your settlement cycle.")
    method = {"UPI": "UPI", "Card": "card", "Netbanking": "netbanking"}[way]
    return s.rows, truth(seller if named else None, value, pid, d, method, status), s.style


def bank_sms(rng: random.Random, font: str):
    """The seller's bank's credit SMS in a messages app: "Rs 2,500.00 credited to A/c XX4321 by VPA buyer@okaxis on
    12-03-25. UPI Ref 512345678901" (or IMPS with its IMPS Ref), the sender's id on top, an older promo above."""
    turn("bank_sms")
    d = someday(rng)
    mark = rng.choice(["Rs", "Rs.", "INR"])
    way = rng.choice(["western", "indian", "plain"])
    value = amount(rng, 100, 90000)
    sum_text = f"{mark} {group(value, way)}" if mark != "Rs." or rng.random() < 0.5 else f"Rs.{group(value, way)}"
    bank = rng.choice(BANKS)
    buyer = rng.choice(BUYERS)
    acct = f"XX{nums(rng, 4)}"
    ref = upi_ref(rng, d)
    day_text = datestr(d, rng.choice(["%d-%m-%y", "%d%b%y", "%d-%b-%Y", "%d/%m/%Y"]))
    imps = rng.random() < 0.25
    if imps:
        body = (f"Dear Customer, your A/c {acct} is credited with {sum_text} on {day_text} by IMPS from "
                f"{buyer.upper()}. IMPS Ref No {ref}. Avl Bal is hidden. -{bank[2]}")
        method = "netbanking"
    else:
        body = rng.choice([
            f"{sum_text} credited to A/c {acct} by VPA {handle(rng, buyer)} on {day_text}. UPI Ref {ref}. "
            f"Not you? Call 18002586161 -{bank[2]}",
            f"Your A/c {acct} has been credited with {sum_text} on {day_text} from {handle(rng, buyer)} "
            f"(UPI Ref No. {ref}). -{bank[0]}",
        ])
        method = "UPI"
    s = Sheet(font, "sms", width=600, size=21, sender=f"{rng.choice(['AX', 'VM', 'JD', 'BZ'])}-{bank[2]}")
    if rng.random() < 0.5:
        s.add("bubble", "Get a pre-approved personal loan up to Rs 5 lakh in minutes. Apply on the app. T&C apply.",
              "Yesterday")
    s.add("day", datestr(d, rng.choice(["%a, {d} %b", "{d} %B"])))
    s.add("bubble", body, clock(rng, "12l"))
    return s.rows, truth(None, value, ref, d, method, "success"), s.style


def cod_remit(rng: random.Random, font: str):
    """A logistics partner's COD remittance advice to the seller (Delhivery, Shiprocket, Ecom Express,
    Xpressbees, Shadowfax): Remittance ID, Remittance Date, Beneficiary, A/c, the AWBs delivered with their COD
    sums, Total COD collected, Less: shipping and COD charges, Net amount remitted, Mode NEFT / IMPS, UTR, Status."""
    status = fate("cod_remit", failed=6, pending=3)
    d = someday(rng)
    m = Money(rng, font, marks=("Rs.", "INR", "₹"), ways=("indian", "western"))
    seller = rng.choice(SELLERS)
    firm = rng.choice(["Delhivery", "Shiprocket", "Ecom Express", "Xpressbees", "Shadowfax"])
    s = Sheet(font, "pdf", width=720, size=19, margin=44)
    s.add("head", f"{firm} - COD Remittance Advice")
    s.add("small", "This is a system generated advice and needs no signature.")
    s.add("rule")
    rid = "RMT" + nums(rng, 9)
    s.add("kv", "Remittance ID", rid)
    s.add("kv", "Remittance Date", datestr(d, rng.choice(["%d-%m-%Y", "%d %b %Y", "%d/%m/%Y"])))
    s.add("kv", "Beneficiary Name", seller)
    bank = rng.choice(BANKS)
    s.add("kv", "Beneficiary A/c", f"{bank[0]} XXXXXX{nums(rng, 4)}")
    s.add("rule")
    s.add("cols", "AWB No.", "Delivered on", "COD Amount")
    total = 0.0
    for _ in range(rng.randrange(2, 5)):
        cod = float(rng.randrange(299, 4999))
        total += cod
        delivered = d - dt.timedelta(days=rng.randrange(3, 9))
        s.add("cols", nums(rng, 13), datestr(delivered, "%d-%m-%Y"), m(cod))
    s.add("rule")
    charges = round(total * rng.uniform(0.04, 0.09), 2)
    net = round(total - charges, 2)
    s.add("kv", "Total COD collected", m(total))
    s.add("kv", "Less: Freight & COD charges", m(charges))
    s.add("kv", "Net Amount Remitted" if status == "success" else "Net Amount", m(net))
    mode = rng.choice(["NEFT", "IMPS"])
    s.add("kv", "Mode", mode)
    ref = None
    if status == "success":
        ref = f"{bank[1]}N{d:%y}{d.timetuple().tm_yday:03d}{nums(rng, 6)}" if mode == "NEFT" else upi_ref(rng, d)
        s.add("kv", "UTR No.", ref)
    s.add("kv", "Status", {"success": "Remitted", "pending": "In process",
                           "failed": "Failed - bank account details invalid"}[status])
    return s.rows, truth(seller, net, ref or rid, d, "netbanking", status), s.style


def credit_advice(rng: random.Random, font: str):
    """A bank's NEFT / IMPS / RTGS inward credit advice to the seller, from net banking: Beneficiary Name, Account,
    Remitter Name (the buyer), Remitter Bank, Amount, Transaction Date, UTR No., Mode; a status on most."""
    k = turn("credit_advice")
    d = someday(rng)
    m = Money(rng, font, marks=("INR", "Rs.", "INR"), ways=("indian", "western"))
    value = amount(rng, 5000, 400000)
    seller, buyer = rng.choice(SELLERS), rng.choice(BUYERS)
    bank, remitter = rng.choice(BANKS), rng.choice(BANKS)
    mode = rng.choice(["NEFT", "NEFT", "IMPS", "RTGS"])
    s = Sheet(font, "pdf", width=700, size=19, margin=44)
    s.add("head", bank[0])
    said = k % 4 != 1
    s.add("text", rng.choice(["Credit Advice", f"Inward {mode} Credit Advice"]) if not said
          else rng.choice(["Credit Advice", f"Inward {mode} Credit Advice", "Funds Credit Confirmation"]))
    s.add("small", f"Generated on net banking, {datestr(d, '%d/%m/%Y')}")
    s.add("rule")
    s.add("kv", "Beneficiary Name", seller.upper() if rng.random() < 0.5 else seller)
    s.add("kv", "Beneficiary Account", f"XXXXXXXX{nums(rng, 4)}")
    s.add("kv", "Remitter Name", buyer.upper())
    s.add("kv", "Remitter Bank", remitter[0])
    s.add("kv", "Amount", m(value))
    s.add("kv", "Transaction Date", datestr(d, rng.choice(["%d-%b-%Y", "%d/%m/%Y", "%d.%m.%Y"])))
    if mode == "NEFT":
        ref = f"{remitter[1]}N{d:%y}{d.timetuple().tm_yday:03d}{nums(rng, 6)}"
    elif mode == "RTGS":
        ref = f"{remitter[1]}R{d:%Y%m%d}{nums(rng, 8)}"
    else:
        ref = upi_ref(rng, d)
    s.add("kv", "UTR No." if mode != "IMPS" else "IMPS Ref No.", ref)
    s.add("kv", "Mode", mode)
    if said:
        s.add("kv", "Status", rng.choice(["Credited", "Success"]))
    s.add("small", "Please verify the credit in your account statement.")
    return s.rows, truth(seller, value, ref, d, "netbanking", "success" if said else None), s.style


# ---------------------------------------------------------------- drawing


SIZES = {"title": 1.3, "big": 1.9, "head": 1.25, "text": 1.0, "centre": 1.0, "small": 0.78, "kv": 1.0,
         "pill": 0.95, "duo": 1.0, "cols": 0.9, "day": 0.75, "bubble": 0.95}


def _wrap(f: ImageFont.FreeTypeFont, text: str, room: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and f.getlength(f"{line} {word}") > room:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def _body(rows: list, font: str, style: dict) -> Image.Image:
    width, size = style["width"], style["font_size"]
    margin = style.get("margin", 36)
    room = width - 2 * margin
    paper, ink, soft = style["paper"], style["ink"], style["soft"]
    ops = []  # (y, callable) drawn once the height is known
    y = margin // 2

    band = style.get("band")
    band_y = [0]

    def put(x, yy, text, f, fill, bold=False):
        def op(d):
            ink_here = WHITE if band and yy < band_y[0] else fill
            d.text((x, yy), text, font=f, fill=ink_here, stroke_width=1 if bold else 0, stroke_fill=ink_here)
        ops.append(op)

    for index, (kind, texts, colour) in enumerate(rows):
        if band and not band_y[0] and (index >= 2 or kind not in ("title", "centre")):
            band_y[0] = y + 6
        f = face(font, int(size * SIZES.get(kind, 1.0)))
        line = int(f.size * 1.5)
        if kind == "gap":
            y += size
        elif kind == "rule":
            yy = y + size // 2
            ops.append(lambda d, yy=yy: d.line((margin, yy, width - margin, yy), fill=(214, 216, 222), width=2))
            y += size
        elif kind in ("title", "big", "centre"):
            for text in _wrap(f, texts[0], room):
                put((width - f.getlength(text)) / 2, y, text, f, colour or ink, bold=kind != "centre")
                y += line
        elif kind in ("text", "head", "small"):
            for text in _wrap(f, texts[0], room):
                put(margin, y, text, f, colour or (soft if kind == "small" else ink), bold=kind == "head")
                y += line
        elif kind in ("kv", "duo"):
            label, value = texts
            put(margin, y, label, f, soft if kind == "kv" else ink, bold=kind == "duo")
            if f.getlength(label) + f.getlength(value) + 28 > room:
                y += line
            put(width - margin - f.getlength(value), y, value, f, ink)
            y += line
        elif kind == "stack":
            small = face(font, int(size * 0.8))
            put(margin, y, texts[0], small, soft)
            y += int(small.size * 1.35)
            for text in _wrap(f, texts[1], room):
                put(margin, y, text, f, ink)
                y += line
        elif kind == "pill":
            y += size // 3
            w = f.getlength(texts[0]) + 40
            x0, yy, tint = (width - w) / 2, y, colour or ink
            light = tuple(int(c + (255 - c) * 0.85) for c in tint)
            ops.append(lambda d, x0=x0, yy=yy, w=w, light=light: d.rounded_rectangle(
                (x0, yy, x0 + w, yy + line), radius=line // 2, fill=light))
            put(x0 + 20, yy + (line - f.size) / 2 - 2, texts[0], f, tint, bold=True)
            y += line + size // 2
        elif kind == "avatar":
            r, cx, yy = 34, width / 2, y
            big = face(font, 34)
            ops.append(lambda d, cx=cx, yy=yy: d.ellipse((cx - r, yy, cx + r, yy + 2 * r), fill=(232, 120, 60)))
            put(cx - big.getlength(texts[0]) / 2, yy + r - 21, texts[0], big, WHITE)
            y += 2 * r + size // 2
        elif kind == "cols":
            xs = [margin, margin + room * 0.42]
            put(xs[0], y, texts[0], f, ink)
            put(xs[1], y, texts[1], f, ink)
            put(width - margin - f.getlength(texts[2]), y, texts[2], f, ink)
            y += line
        elif kind == "day":
            put((width - f.getlength(texts[0])) / 2, y, texts[0], f, soft)
            y += line
        elif kind == "bubble":
            text_lines = _wrap(f, texts[0], room * 0.82 - 32)
            h = len(text_lines) * line + 18 + int(size * 0.7 * 1.4)
            yy = y
            ops.append(lambda d, yy=yy, h=h: d.rounded_rectangle(
                (margin, yy, margin + room * 0.82, yy + h), radius=18, fill=(236, 238, 243)))
            ty = yy + 10
            for text in text_lines:
                put(margin + 16, ty, text, f, ink)
                ty += line
            tf = face(font, int(size * 0.7))
            put(margin + room * 0.82 - 16 - tf.getlength(texts[1]), ty, texts[1], tf, soft)
            y += h + size
        else:
            raise ValueError(kind)
    height = max(y + margin // 2, style.get("min_height", 0))
    page = Image.new("RGB", (width, height), paper)
    d = ImageDraw.Draw(page)
    if band:
        d.rectangle((0, 0, width, band_y[0]), fill=band)
    for op in ops:
        op(d)
    return page


def _status_bar(d: ImageDraw.ImageDraw, w: int, ink, font: str, clock_text: str) -> None:
    small = face(font, 16)
    d.text((22, 9), clock_text, font=small, fill=ink)
    for i in range(4):  # signal bars, drawn
        d.rectangle((w - 98 + i * 7, 24 - 4 * i, w - 94 + i * 7, 26), fill=ink)
    d.rectangle((w - 52, 11, w - 26, 24), outline=ink, width=2)
    d.rectangle((w - 49, 14, w - 36, 21), fill=ink)


def _arrow(d: ImageDraw.ImageDraw, x: int, y: int, ink) -> None:
    d.line((x, y, x + 20, y), fill=ink, width=3)
    d.line((x, y, x + 9, y - 9), fill=ink, width=3)
    d.line((x, y, x + 9, y + 9), fill=ink, width=3)


def compose(rows: list, font: str, style: dict) -> Image.Image:
    """The page's rows drawn by ``_body``, inside its frame: a phone's app screen, a messages app, a shared receipt's
    card, a browser, a mail client or a PDF viewer."""
    frame = style["frame"]
    body = _body(rows, font, style)
    w, h = body.size
    ink = style["ink"]
    seed = sum(ord(ch) for ch in str(rows[-1][1])) + len(rows)
    clock_text = f"{seed % 12 + 1}:{seed % 60:02d}"
    if frame in ("phone", "sms"):
        top = 100 if frame == "phone" else 132
        canvas = Image.new("RGB", (w, h + top + 30), style["paper"])
        d = ImageDraw.Draw(canvas)
        _status_bar(d, w, ink, font, clock_text)
        _arrow(d, 22, 64, ink)
        if frame == "phone" and style.get("title"):
            d.text((62, 50), style["title"], font=face(font, 22), fill=ink, stroke_width=1, stroke_fill=ink)
        if frame == "sms":
            d.ellipse((60, 42, 104, 86), fill=(90, 130, 200))
            d.text((118, 44), style["sender"], font=face(font, 22), fill=ink, stroke_width=1, stroke_fill=ink)
            d.text((118, 76), "Messages", font=face(font, 15), fill=GREY)
            d.line((0, top - 10, w, top - 10), fill=(220, 222, 228), width=1)
        canvas.paste(body, (0, top))
        return canvas
    if frame == "card":
        pad, head = 40, 86
        canvas = Image.new("RGB", (w + 2 * pad, h + head + 2 * pad), style["backdrop"])
        d = ImageDraw.Draw(canvas)
        brand = face(font, 30)
        d.text(((w + 2 * pad - brand.getlength(style["brand"])) / 2, pad), style["brand"], font=brand, fill=WHITE,
               stroke_width=1, stroke_fill=WHITE)
        mask = Image.new("L", body.size, 0)
        ImageDraw.Draw(mask).rounded_rectangle((0, 0, w, h), radius=24, fill=255)
        canvas.paste(body, (pad, pad + head), mask)
        return canvas
    if frame == "browser":
        top = 84
        canvas = Image.new("RGB", (w, h + top), (226, 229, 234))
        d = ImageDraw.Draw(canvas)
        for i, x in enumerate((20, 40, 60)):
            d.ellipse((x - 6, 16, x + 6, 28), fill=[(237, 106, 94), (245, 191, 79), (98, 197, 84)][i])
        d.rounded_rectangle((14, 42, w - 14, 74), radius=15, fill=WHITE)
        d.text((32, 48), style["url"], font=face(font, 16), fill=(70, 74, 82))
        canvas.paste(body, (0, top))
        return canvas
    if frame == "mail":
        top = 118
        canvas = Image.new("RGB", (w, h + top), WHITE)
        d = ImageDraw.Draw(canvas)
        d.rectangle((0, 0, w, 36), fill=(238, 240, 244))
        _arrow(d, 16, 18, ink)
        d.text((36, 46), style["subject"], font=face(font, 22), fill=ink, stroke_width=1, stroke_fill=ink)
        d.text((36, 84), style["sender"], font=face(font, 16), fill=GREY)
        d.line((20, top - 4, w - 20, top - 4), fill=(222, 224, 230), width=1)
        canvas.paste(body, (0, top))
        return canvas
    if frame == "pdf":
        top, pad = 46, 30
        canvas = Image.new("RGB", (w + 2 * pad, h + top + 2 * pad), (82, 86, 92))
        d = ImageDraw.Draw(canvas)
        d.rectangle((0, 0, w + 2 * pad, top), fill=(50, 53, 58))
        d.text((18, 13), "advice.pdf   1 / 1   100%", font=face("dejavu/DejaVuSans.ttf", 16), fill=(230, 230, 230))
        canvas.paste(body, (pad, top + pad))
        return canvas
    raise ValueError(frame)

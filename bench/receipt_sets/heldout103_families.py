"""The twelve heldout103 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: the UPI payment screens Indian buyers upload
most, in new designs, one family per app or app kind. Each screen's rows are drawn with ``heldout14_render``'s
plain renderer, then ``compose`` draws the phone's chrome round them from ``style["h103"]``: a status bar (clock,
network, battery), an app bar with a back arrow, the page's title and a share icon, and on some a bottom bar of
buttons. The chrome prints no fact of the truth (the clock is the phone's, not the payment's; the titles name the
page, never the payee).
"""

from __future__ import annotations

import datetime as dt
import random
import string

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout14_render
from bench.receipt_sets.heldout14_render import SCALE, load_font
from bench.receipt_sets.heldout14_values import code, day, digits, truth_fields
from bench.receipt_sets.heldout86_families import Rs, hhmm, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign

PLAIN = heldout14_render.render
TURNS: dict[str, int] = {}

PEOPLE = [
    "Ramesh Kumar", "Priya Sharma", "Anil Yadav", "Sunita Devi", "Mohammed Irfan", "Kavita Joshi",
    "Suresh Patil", "Deepa Nair", "Arjun Reddy", "Pooja Verma", "Harpreet Singh", "Meena Iyer",
    "Vikram Chauhan", "Farida Begum", "Rohit Malhotra", "Lalitha Subramanian",
]
SHOPS = [
    "Sri Venkateswara Stores", "Gupta General Store", "Krishna Medicals", "Hotel Saravana Bhavan",
    "Fresh Basket Mart", "Shiv Shakti Hardware", "Nisha Beauty Parlour", "Raju Tea Stall", "Metro Mobile Care",
    "Jai Hind Fruits", "Bombay Bakers", "Classic Dry Cleaners", "Madhuram Sweets", "Anand Optical",
    "Sai Ram Auto Works", "Green Valley Dairy",
]
BANKS = [
    ("State Bank of India", "SBIN"), ("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("Axis Bank", "UTIB"),
    ("Kotak Mahindra Bank", "KKBK"), ("Bank of Baroda", "BARB"), ("Punjab National Bank", "PUNB"),
    ("Canara Bank", "CNRB"), ("Union Bank of India", "UBIN"), ("IDFC FIRST Bank", "IDFB"),
]
REFUND = [
    "Money will be refunded to your account within 3-5 working days if debited.",
    "If money was debited, it will be refunded within 48 hours.",
    "Don't worry, any amount debited will be refunded to your bank account.",
]
PENDING = [
    "We are waiting for confirmation from the bank.",
    "Please do not pay again. Status will update in 30 minutes.",
    "Awaiting confirmation from the receiver's bank.",
]
LIGHT = {"paper": (255, 255, 255), "ink": (28, 28, 32), "label_ink": (110, 112, 120)}
DARK = {"paper": (18, 18, 22), "ink": (236, 236, 240), "label_ink": (160, 162, 170)}
GREEN, RED, AMBER = (20, 150, 70), (205, 40, 40), (200, 130, 0)


def fresh() -> None:
    """Start every family's count again (``make_heldout103_set`` calls it before drawing)."""
    TURNS.clear()


def nth(family: str) -> int:
    """Which of its family's receipts this is (0 to 7)."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k


def outcome(family: str, failed: tuple[int, ...] = (5,), pending: tuple[int, ...] = (7,)) -> str:
    k = nth(family)
    return "failed" if k in failed else "pending" if k in pending else "success"


class Screen:
    """A screen's rows (every text checked against the face) and its style."""

    def __init__(self, font: str, rng: random.Random, title: str, dark: bool = False, size: int = 22):
        self.font, self.rows = font, []
        theme = DARK if dark else LIGHT
        self.style = {
            "screen": True, "width": 600, "size": size, "min_height": 760, **theme, "accent": theme["ink"],
            "h103": {"clock": hhmm(rng, twelve=rng.random() < 0.5).replace(" AM", "").replace(" PM", ""),
                     "dark": dark, "title": title, "battery": rng.randrange(12, 99),
                     "net": rng.choice(["4G", "5G", "LTE", "VoLTE"]), "buttons": rng.random() < 0.6},
        }

    def add(self, *row) -> None:
        for text in row[1:]:
            assert glyphs(self.font, text), (self.font, text)
        kind = row[0]
        if kind == "pair":
            face = load_font(self.font, self.style["size"])
            assert max(face.getlength(row[1]), face.getlength(row[2])) <= self.style["width"] - 2 * 34, row
        if kind in SCALE and kind != "pair" and len(row) > 1:
            face = load_font(self.font, int(self.style["size"] * SCALE[kind]))
            room = self.style["width"] - 2 * 34
            if face.getlength(row[1]) > room:
                assert kind in ("small", "center", "left"), row
                line = ""
                for word in row[1].split():
                    if line and face.getlength(f"{line} {word}") > room:
                        self.rows.append((kind, line))
                        line = word
                    else:
                        line = f"{line} {word}".strip()
                self.rows.append((kind, line))
                return
        self.rows.append(tuple(row))

    def accent(self, colour) -> None:
        self.style["accent"] = colour


def dot(font: str) -> str:
    """The mask dot an app prints before an account's last digits, or X where the face lacks it."""
    return sign(font, "\u2022", "X")


def tick(font: str) -> str:
    return sign(font, "\u2713", "")


def person(rng: random.Random, caps: float = 0.3) -> str:
    name = rng.choice(PEOPLE)
    return name.upper() if rng.random() < caps else name


def slug(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalpha())[:12]


def vpa(rng: random.Random, name: str, suffixes: list[str]) -> str:
    s = rng.choice(suffixes)
    return rng.choice([f"{slug(name)}@{s}", f"{slug(name)}{rng.randrange(1, 99)}@{s}",
                       f"{rng.choice('6789')}{digits(rng, 9)}@{s}"])


def bank(rng: random.Random) -> tuple[str, str]:
    return rng.choice(BANKS)


def masked(rng: random.Random, font: str, style: int = 0) -> str:
    tail = digits(rng, 4)
    return [f"XXXXXXXX{tail}", f"{dot(font) * 4} {tail}", f"A/c XX{tail}", f"{dot(font) * 2}{tail}"][style % 4]


def stamp(rng: random.Random, date: dt.date, pats: list[str]) -> str:
    return when(date, rng.choice(pats))


SCREEN_PATS = ["%d %b %Y", "{d} %b %Y", "%d/%m/%Y", "%d-%m-%Y", "%b {d}, %Y", "{d} %B %Y", "%d %b, %Y"]


# ---------------------------------------------------------------- the twelve families


def phonepe(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """PhonePe's transaction screen: a purple band, "Transaction Successful" with the hour and day, Paid to with
    the payee's UPI id, the sum, Transfer Details: Transaction ID T…, Debited from the bank with the UTR."""
    status = outcome("phonepe", failed=(5,), pending=(2,))
    date, rs = day(rng), Rs(rng, font, p_whole=0.5)
    amount = rupees(rng, 20, 6000)
    payee = rng.choice([person(rng), rng.choice(SHOPS)])
    s = Screen(font, rng, "Transaction Details", dark=rng.random() < 0.25)
    s.style["band"], s.style["band_ink"] = (95, 37, 159), (255, 255, 255)
    words = {"success": "Transaction Successful", "failed": "Transaction Failed", "pending": "Transaction Pending"}
    s.add("title", words[status])
    s.add("center", f"{hhmm(rng, lower=rng.random() < 0.5)} on {stamp(rng, date, ['%d %b %Y', '{d} %b %Y'])}")
    s.add("gap")
    s.add("left", "Paid to" if status == "success" else "To")
    s.add("pair", payee, rs(amount))
    s.add("small", vpa(rng, payee, ["ybl", "ibl", "axl"]))
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    if status == "pending":
        s.add("small", rng.choice(PENDING))
    s.add("rule")
    s.add("left", "Transfer Details")
    tid = f"T{date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 16)}"
    s.add("left", "Transaction ID")
    s.add("left", tid)
    name, _ = bank(rng)
    s.add("left", "Debited from")
    s.add("pair", f"{name} {masked(rng, font, rng.randrange(4))}", rs(amount))
    ref = None
    if status != "failed" or rng.random() < 0.5:
        ref = utr(rng, date)
        s.add("left", f"UTR: {ref}")
    s.add("rule")
    s.add("center", "Powered by UPI")
    return s.rows, truth_fields(payee, amount, "INR", ref or tid, date, "UPI", status), s.style


def gpay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Google Pay's payment detail: the payee's initial and name, the sum in large type, Completed / Failed /
    Pending with the day and hour, then a card of To, From, UPI transaction ID, Google transaction ID."""
    status = outcome("gpay", failed=(6,), pending=(3,))
    date, rs = day(rng), Rs(rng, font, marks=("₹", "₹", "Rs."), p_whole=0.6)
    amount = rupees(rng, 10, 4500)
    payee = rng.choice([person(rng, 0.0), rng.choice(SHOPS)])
    s = Screen(font, rng, "", dark=rng.random() < 0.4)
    s.add("center", f"To {payee}")
    s.add("small", vpa(rng, payee, ["okaxis", "okhdfcbank", "okicici", "oksbi"]))
    s.add("big", rs(amount))
    words = {"success": f"{tick(font)} Completed".strip(), "failed": "Payment failed",
             "pending": "Payment pending"}
    s.add("center", words[status])
    s.accent({"success": GREEN, "failed": RED, "pending": AMBER}[status])
    s.add("small", f"{stamp(rng, date, SCREEN_PATS)}, {hhmm(rng, lower=True)}")
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    s.add("rule")
    bank_name, _ = bank(rng)
    s.add("left", f"{bank_name} {dot(font) * 4} {digits(rng, 4)}")
    ref = utr(rng, date)
    s.add("left", "UPI transaction ID")
    s.add("left", ref)
    s.add("left", "To: " + payee)
    s.add("left", "From: " + person(rng, 0.0) + f" ({bank_name})")
    s.add("left", "Google transaction ID")
    s.add("left", "CICAgO" + code(rng, 10, string.ascii_letters + string.digits))
    s.add("rule")
    s.add("center", "Having issues? Get help")
    return s.rows, truth_fields(payee, amount, "INR", ref, date, "UPI", status), s.style


def paytm(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Paytm's receipt: the blue header, "Paid Successfully to" over the payee, the sum, UPI Ref No, Order ID, the
    day and hour, From the bank; a pending one often has its Order ID alone."""
    status = outcome("paytm", failed=(4,), pending=(1, 6))
    date, rs = day(rng), Rs(rng, font, p_whole=0.4)
    amount = rupees(rng, 30, 9000)
    payee = rng.choice([person(rng), rng.choice(SHOPS)])
    s = Screen(font, rng, "Payment Receipt", dark=rng.random() < 0.2)
    words = {"success": "Paid Successfully to", "failed": "Payment Failed", "pending": "Payment Pending"}
    s.add("center", words[status])
    s.add("title", payee)
    s.add("small", "UPI ID: " + vpa(rng, payee, ["paytm", "ptyes", "ptaxis", "pthdfc"]))
    s.add("big", rs(amount))
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    if status == "pending":
        s.add("small", rng.choice(PENDING))
    s.add("rule")
    ref = None
    if status == "success" or rng.random() < 0.4:
        ref = utr(rng, date)
        s.add("pair", "UPI Ref No:", ref)
    order = f"{date:%Y%m%d}{digits(rng, 12)}"
    s.add("pair", "Order ID:", order)
    s.add("pair", "Date:", f"{stamp(rng, date, ['%d %b %Y', '%d %b, %Y'])}, {hhmm(rng)}")
    name, _ = bank(rng)
    s.add("pair", "From:", f"{name} - {digits(rng, 4)}")
    s.add("rule")
    s.add("small", "Paytm UPI")
    return s.rows, truth_fields(payee, amount, "INR", ref or order, date, "UPI", status), s.style


def bhim(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """BHIM's transaction summary: the outcome, Sent to with the payee's VPA, a table of Amount, Date & Time,
    UPI Transaction ID, Customer Ref No, From account and Remarks."""
    status = outcome("bhim", failed=(3,), pending=(6,))
    date, rs = day(rng), Rs(rng, font, marks=("₹", "Rs.", "INR"))
    amount = rupees(rng, 50, 12000)
    payee = person(rng, 0.5)
    s = Screen(font, rng, "Transaction Summary", dark=False)
    s.style["band"], s.style["band_ink"] = (0, 84, 147), (255, 255, 255)
    words = {"success": "Transaction Successful", "failed": "Transaction Declined",
             "pending": "Transaction Pending"}
    s.add("title", words[status])
    s.add("center", "BHIM UPI")
    s.add("gap")
    s.add("pair", "Sent to", payee)
    s.add("pair", "Payee VPA", vpa(rng, payee, ["upi", "sbi", "pnb", "barodampay"]))
    s.add("pair", "Amount", rs(amount))
    s.add("pair", "Date & Time", f"{stamp(rng, date, ['%d/%m/%Y', '%d-%m-%Y', '%d %b %Y'])} {hhmm(rng, False, True)}")
    ref = utr(rng, date)
    s.add("pair", "UPI Transaction ID", ref)
    s.add("pair", "Customer Ref No", digits(rng, 12) if rng.random() < 0.3 else code(rng, 10))
    name, ifsc = bank(rng)
    s.add("pair", "From", f"{name} XX{digits(rng, 4)}")
    if rng.random() < 0.5:
        s.add("pair", "Remarks", rng.choice(["rent", "milk", "school fee", "grocery", "NA"]))
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    if status == "pending":
        s.add("small", rng.choice(PENDING))
    return s.rows, truth_fields(payee, amount, "INR", ref, date, "UPI", status), s.style


def cred(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """CRED's dark payment screen: lower-case words, "payment successful", "paid to" over the payee, the sum, the
    coins won, then "payment details": UPI reference ID, CRED transaction ID, paid via, date."""
    status = outcome("cred", failed=(6,), pending=())
    date, rs = day(rng), Rs(rng, font, marks=("₹", "₹", "Rs."), p_whole=0.5)
    amount = rupees(rng, 100, 25000)
    payee = rng.choice([person(rng, 0.0), rng.choice(SHOPS)]).lower() if rng.random() < 0.3 else \
        rng.choice([person(rng, 0.0), rng.choice(SHOPS)])
    s = Screen(font, rng, "", dark=rng.random() < 0.85)
    s.add("center", "payment successful" if status == "success" else "payment failed")
    s.accent(GREEN if status == "success" else RED)
    s.add("center", "paid to")
    s.add("title", payee)
    s.add("big", rs(amount))
    if status == "failed":
        s.add("small", rng.choice(REFUND).lower())
    else:
        s.add("small", f"you won {rng.randrange(5, 500)} CRED coins")
    s.add("rule")
    s.add("left", "payment details")
    ref = utr(rng, date)
    s.add("pair", "UPI reference ID", ref)
    s.add("pair", "CRED transaction ID", "CRD" + code(rng, 14))
    name, _ = bank(rng)
    s.add("pair", "paid via", f"CRED UPI {dot(font) * 2} {name}")
    s.add("pair", "UPI ID", vpa(rng, payee, ["axisb", "yescred", "icici"]))
    s.add("pair", "date", f"{stamp(rng, date, ['{d} %b %Y', '%d %b %Y', '%d/%m/%Y'])}, {hhmm(rng, lower=True)}")
    return s.rows, truth_fields(payee, amount, "INR", ref, date, "UPI", status), s.style


def amazon_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Amazon Pay UPI: "Payment successful" with a tick, Paid to, the sum, UPI Ref ID, Transaction ID from
    Amazon, Paid from the bank, the day; a failed one says the refund."""
    status = outcome("amazon_pay", failed=(2, 5), pending=())
    date, rs = day(rng), Rs(rng, font, marks=("₹", "₹", "Rs."))
    amount = rupees(rng, 40, 7000)
    payee = rng.choice([person(rng, 0.2), rng.choice(SHOPS)])
    s = Screen(font, rng, "Payment details", dark=rng.random() < 0.2)
    s.add("title", (f"{tick(font)} Payment successful" if status == "success" else "Payment failed").strip())
    s.accent(GREEN if status == "success" else RED)
    s.add("big", rs(amount))
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    s.add("rule")
    s.add("left", "Paid to" if status == "success" else "Payment to")
    s.add("left", payee)
    s.add("small", vpa(rng, payee, ["apl", "yapl", "rapl"]))
    s.add("rule")
    ref = None
    if status == "success" or rng.random() < 0.5:
        ref = utr(rng, date)
        s.add("pair", "UPI Ref ID", ref)
    tid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
    s.add("pair", "Transaction ID", tid)
    name, _ = bank(rng)
    s.add("pair", "Paid from", f"{name} {masked(rng, font, 1)}")
    s.add("pair", "Date", f"{stamp(rng, date, SCREEN_PATS)}")
    s.add("small", "Amazon Pay UPI")
    return s.rows, truth_fields(payee, amount, "INR", ref or tid, date, "UPI", status), s.style


def whatsapp(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """WhatsApp's payment details: the payee's name over their phone, the sum, Completed / Pending / Failed,
    then the Transaction details: UPI transaction ID, To (the payee's UPI id), From (the bank), the day."""
    status = outcome("whatsapp", failed=(4,), pending=(1,))
    date, rs = day(rng), Rs(rng, font, marks=("₹", "₹", "Rs."), p_whole=0.6)
    amount = rupees(rng, 10, 5000)
    payee = person(rng, 0.0)
    s = Screen(font, rng, "Payment details", dark=rng.random() < 0.5)
    s.add("center", f"Payment to {payee}")
    s.add("small", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}")
    s.add("big", rs(amount))
    words = {"success": "Completed", "failed": "Failed", "pending": "Pending"}
    s.add("center", words[status])
    s.accent({"success": GREEN, "failed": RED, "pending": AMBER}[status])
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    if status == "pending":
        s.add("small", rng.choice(PENDING))
    s.add("rule")
    s.add("left", "Transaction details")
    ref = utr(rng, date)
    s.add("left", "UPI transaction ID")
    s.add("left", ref)
    s.add("left", "To")
    s.add("left", vpa(rng, payee, ["waaxis", "wahdfcbank", "waicici", "wasbi"]))
    name, _ = bank(rng)
    s.add("left", "From")
    s.add("left", f"{name} {masked(rng, font, 1)}")
    s.add("left", f"{stamp(rng, date, SCREEN_PATS)}, {hhmm(rng)}")
    s.add("small", "Payments are processed by NPCI and your bank.")
    return s.rows, truth_fields(payee, amount, "INR", ref, date, "UPI", status), s.style


def navi_super(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Navi UPI or super.money: the outcome over the sum, Paid to with the UPI id, a cashback line on some (a
    second sum, not the one paid), UPI Ref. No., the app's own id, Paid from, Date & time."""
    status = outcome("navi_super", failed=(7,), pending=(3,))
    app = rng.choice(["navi", "super"])
    date, rs = day(rng), Rs(rng, font, marks=("₹", "₹", "Rs."), p_whole=0.5)
    amount = rupees(rng, 20, 3000)
    payee = rng.choice([person(rng, 0.4), rng.choice(SHOPS)])
    s = Screen(font, rng, "Payment details", dark=rng.random() < 0.5)
    words = {"success": "Payment successful", "failed": "Payment failed", "pending": "Payment processing"}
    s.add("center", words[status])
    s.accent({"success": GREEN, "failed": RED, "pending": AMBER}[status])
    s.add("big", rs(amount))
    s.add("center", "Paid to " + payee if status == "success" else "To " + payee)
    s.add("small", vpa(rng, payee, ["naviaxis", "superyes", "ybl", "okaxis"]))
    if status == "success" and rng.random() < 0.5:
        s.add("small", f"You won {rs(float(rng.randrange(1, 25)))} cashback!")
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    if status == "pending":
        s.add("small", rng.choice(PENDING))
    s.add("rule")
    ref = utr(rng, date)
    s.add("pair", "UPI Ref. No.", ref)
    own = "NAVI" + digits(rng, 16) if app == "navi" else "SM" + code(rng, 16)
    s.add("pair", "Navi txn ID" if app == "navi" else "super.money Txn ID", own)
    name, _ = bank(rng)
    s.add("pair", "Paid from", f"{name} {masked(rng, font, 3)}")
    s.add("pair", "Date & time", f"{stamp(rng, date, SCREEN_PATS)} {hhmm(rng)}")
    s.add("small", "navi UPI" if app == "navi" else "super.money")
    return s.rows, truth_fields(payee, amount, "INR", ref, date, "UPI", status), s.style


BANK_APPS = [("YONO SBI", "State Bank of India"), ("HDFC Bank MobileBanking", "HDFC Bank"),
             ("iMobile Pay", "ICICI Bank"), ("open by Axis Bank", "Axis Bank"), ("Kotak811", "Kotak Mahindra Bank")]


def bank_app(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank app's UPI acknowledgement (YONO SBI, HDFC, iMobile Pay, Axis, Kotak): the app on its band, the
    outcome, a table of Payee Name, Payee VPA, Amount, Debit Account, Transaction Date, UPI RRN and the bank's own
    Reference No."""
    status = outcome("bank_app", failed=(5,), pending=(2,))
    app, bank_name = rng.choice(BANK_APPS)
    date, rs = day(rng), Rs(rng, font, marks=("₹", "Rs.", "INR"))
    amount = rupees(rng, 100, 40000)
    payee = rng.choice([person(rng, 0.6), rng.choice(SHOPS).upper()])
    s = Screen(font, rng, "UPI Payment", dark=False, size=21)
    s.style["band"], s.style["band_ink"] = rng.choice([(0, 90, 170), (120, 20, 40), (160, 30, 80), (200, 40, 30)]), \
        (255, 255, 255)
    s.add("title", app)
    s.add("center", bank_name)
    s.add("gap")
    words = {"success": "Transaction Successful", "failed": "Transaction Failed",
             "pending": "Transaction Under Process"}
    s.add("center", words[status])
    s.add("rule")
    s.add("pair", "Payee Name", payee)
    s.add("pair", "Payee VPA", vpa(rng, payee, ["okicici", "oksbi", "ybl", "paytm"]))
    s.add("pair", "Amount", rs(amount))
    s.add("pair", "Debit Account", f"XXXXXXX{digits(rng, 4)}")
    s.add("pair", "Transaction Date", f"{stamp(rng, date, ['%d-%m-%Y', '%d/%m/%Y', '%d-%b-%Y'])} {hhmm(rng, False)}")
    ref = utr(rng, date)
    s.add("pair", rng.choice(["UPI RRN", "UPI Ref No", "RRN"]), ref)
    s.add("pair", "Reference No.", f"{rng.choice(['IMB', 'YN', 'HD', 'AX', 'KM'])}{digits(rng, 10)}")
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    if status == "pending":
        s.add("small", rng.choice(PENDING))
    s.add("small", "This is a system generated acknowledgement.")
    return s.rows, truth_fields(payee, amount, "INR", ref, date, "UPI", status), s.style


def qr_merchant(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The screen after scanning a shop's QR: the shop with "Verified merchant", the sum, the outcome, the
    merchant's UPI id, UPI Ref No, and on some the shop's Bill No typed in; on two in eight no day at all (the
    screen shown right after paying prints only the hour)."""
    k = nth("qr_merchant")
    status = "failed" if k == 4 else "success"
    date, rs = day(rng), Rs(rng, font, marks=("₹", "₹", "Rs."), p_whole=0.5)
    amount = rupees(rng, 15, 2500)
    shop = rng.choice(SHOPS)
    s = Screen(font, rng, "Scan & Pay", dark=rng.random() < 0.3)
    s.add("title", shop)
    s.add("small", "Verified merchant")
    s.add("small", rng.choice([f"q{digits(rng, 9)}@ybl", f"paytmqr{digits(rng, 10)}@paytm",
                               f"bharatpe.{digits(rng, 10)}@fbpe", f"gpay-{digits(rng, 11)}@okbizaxis"]))
    s.add("big", rs(amount))
    s.add("center", ("Paid successfully" if status == "success" else "Payment failed"))
    s.accent(GREEN if status == "success" else RED)
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    s.add("rule")
    ref = utr(rng, date)
    s.add("pair", "UPI Ref No", ref)
    if rng.random() < 0.5:
        s.add("pair", "Bill No", str(rng.randrange(100, 9999)))
    if k in (2, 6):
        s.add("pair", "Time", hhmm(rng))
        shown_date = None
    else:
        s.add("pair", "Date", f"{stamp(rng, date, SCREEN_PATS)}, {hhmm(rng)}")
        shown_date = date
    name, _ = bank(rng)
    s.add("pair", "Debited from", f"{name} {masked(rng, font, 2)}")
    return s.rows, truth_fields(shop, amount, "INR", ref, shown_date, "UPI", status), s.style


def to_account(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI transfer to a bank account (account number and IFSC typed in): Sent to the account holder, A/c No.,
    IFSC, the bank, the sum, UTR, the app's Transaction ID, Debited from and the day."""
    status = outcome("to_account", failed=(6,), pending=(2,))
    date, rs = day(rng), Rs(rng, font, marks=("₹", "Rs.", "INR"))
    amount = rupees(rng, 500, 90000, p_round=0.8)
    payee = person(rng, 0.6)
    to_bank, ifsc = bank(rng)
    s = Screen(font, rng, rng.choice(["Bank Transfer", "Transfer Details", "Money Sent"]), dark=rng.random() < 0.3)
    words = {"success": "Money sent successfully", "failed": "Transfer failed", "pending": "Transfer pending"}
    s.add("center", words[status])
    s.accent({"success": GREEN, "failed": RED, "pending": AMBER}[status])
    s.add("big", rs(amount))
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    if status == "pending":
        s.add("small", rng.choice(PENDING))
    s.add("rule")
    s.add("left", "Sent to")
    s.add("left", payee)
    s.add("pair", "A/c No.", f"XXXXXX{digits(rng, 4)}" if rng.random() < 0.5 else digits(rng, 14))
    s.add("pair", "IFSC", f"{ifsc}0{digits(rng, 6)}")
    s.add("pair", "Bank", to_bank)
    s.add("rule")
    ref = utr(rng, date)
    s.add("pair", "UTR", ref)
    s.add("pair", "Transaction ID", rng.choice([f"T{date:%y%m%d}{digits(rng, 14)}", code(rng, 15)]))
    from_bank, _ = bank(rng)
    s.add("pair", "Debited from", f"{from_bank} {masked(rng, font, 0)}")
    s.add("pair", "Date", f"{stamp(rng, date, SCREEN_PATS)} {hhmm(rng)}")
    return s.rows, truth_fields(payee, amount, "INR", ref, date, "UPI", status), s.style


def history(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A transaction history's detail page: "Transaction history" over one entry opened: Debit, the sum, Status
    with its word, Date & Time, Paid to, UPI ID, Txn ID, UTR No (left off on some, then the Txn ID is the id),
    Remarks, Category."""
    status = outcome("history", failed=(1,), pending=(5,))
    date, rs = day(rng), Rs(rng, font, p_whole=0.3)
    amount = rupees(rng, 20, 15000)
    payee = rng.choice([person(rng, 0.3), rng.choice(SHOPS)])
    s = Screen(font, rng, "Transaction history", dark=rng.random() < 0.4, size=21)
    s.add("left", "Debit")
    s.add("big", rs(amount, "- ") if rng.random() < 0.5 else rs(amount))
    s.add("pair", "Status", {"success": "Success", "failed": "Failed", "pending": "Pending"}[status])
    s.add("pair", "Date & Time", f"{stamp(rng, date, SCREEN_PATS)}, {hhmm(rng)}")
    s.add("pair", "Paid to" if status == "success" else "To", payee)
    s.add("pair", "UPI ID", vpa(rng, payee, ["ybl", "okaxis", "paytm", "ibl"]))
    tid = "TXN" + digits(rng, 15)
    s.add("pair", "Txn ID", tid)
    ref = None
    if rng.random() < 0.75:
        ref = utr(rng, date)
        s.add("pair", "UTR No", ref)
    name, _ = bank(rng)
    s.add("pair", "Account", f"{name} {masked(rng, font, 3)}")
    s.add("pair", "Category", rng.choice(["Groceries", "Food", "Transfers", "Shopping", "Bills"]))
    if status == "failed":
        s.add("small", rng.choice(REFUND))
    return s.rows, truth_fields(payee, amount, "INR", ref or tid, date, "UPI", status), s.style


# ---------------------------------------------------------------- the phone's chrome


def _battery(draw: ImageDraw.ImageDraw, x: int, y: int, level: int, ink) -> None:
    draw.rectangle((x, y, x + 26, y + 12), outline=ink, width=2)
    draw.rectangle((x + 26, y + 4, x + 29, y + 8), fill=ink)
    draw.rectangle((x + 3, y + 3, x + 3 + int(20 * level / 100), y + 9), fill=ink)


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """The screen's rows as ``heldout14_render.render`` draws them, under the phone's status bar and the app bar
    (a back arrow, the page's title, a share icon), over a bar of buttons on some."""
    h = style["h103"]
    body = PLAIN(rows, font, style)
    w = body.width
    paper, ink = style["paper"], style["ink"]
    top, bottom = 96, 70 if h["buttons"] else 0
    canvas = Image.new("RGB", (w, body.height + top + bottom), paper)
    draw = ImageDraw.Draw(canvas)
    small = load_font("dejavu/DejaVuSans.ttf", 16)
    draw.text((20, 8), h["clock"], font=small, fill=ink)
    draw.text((w - 110, 8), h["net"], font=small, fill=ink)
    _battery(draw, w - 50, 11, h["battery"], ink)
    # the back arrow and the share icon are drawn, not printed
    y = 60
    draw.line((24, y, 44, y), fill=ink, width=3)
    draw.line((24, y, 33, y - 9), fill=ink, width=3)
    draw.line((24, y, 33, y + 9), fill=ink, width=3)
    if h["title"]:
        draw.text((64, y - 13), h["title"], font=load_font(font, 22), fill=ink)
    for cx, cy in ((w - 30, y - 10), (w - 50, y), (w - 30, y + 10)):
        draw.ellipse((cx - 4, cy - 4, cx + 4, cy + 4), fill=ink)
    draw.line((w - 30, y - 10, w - 50, y, w - 30, y + 10), fill=ink, width=2)
    canvas.paste(body, (0, top))
    if bottom:
        by = top + body.height + 12
        face = load_font(font, 20)
        for x0, label in ((30, "Share"), (w // 2 + 10, "Done")):
            draw.rounded_rectangle((x0, by, x0 + w // 2 - 40, by + 44), radius=22, outline=ink, width=2)
            draw.text((x0 + (w // 2 - 40 - face.getlength(label)) / 2, by + 10), label, font=face, fill=ink)
    return canvas

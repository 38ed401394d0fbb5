"""An evaluation set of receipts in layouts the parser was not written against, split before tuning.

Fourteen layout families (UPI app screens of four apps, net-banking and IMPS acknowledgements,
thermal POS slips, card-terminal slips, e-commerce invoices, wallet and bill-payment receipts,
bank-statement lines, Western card receipts, restaurant bills), several label vocabularies per
field, fonts beyond DejaVu (Liberation, FreeFont, Noto, Inconsolata), ₹/$/€/£ and codes, Indian
and Western grouping, several date styles, fields left off the page, and a degraded copy of
each receipt (JPEG q20–60, blur, rotation up to ±6°, perspective, low contrast, noise,
uneven light, a photo of a screen).

The split is fixed here, written before any tuning:

* ``tuning``: only TUNING_FAMILIES, TUNING_FONTS, the first part of each label list
  (``_labels(..., split)``) and the milder degradation ranges (DEGRADE_RANGES["tuning"]).
* ``heldout``: half the receipts from HELDOUT_FAMILIES (layouts never seen while tuning), half
  from the tuning families drawn in HELDOUT_FONTS; every label variant may appear; degradations
  come from the harsher, disjoint ranges (DEGRADE_RANGES["heldout"]). Its seed stream differs.

The truth of a field is what is printed; a field not on the page is ``None``. Each receipt
prints one transaction reference as its id (the label varies), next to numbers that are not
one (terminal and merchant ids, consumer numbers, phone numbers, balances).
"""

from __future__ import annotations

import importlib
import io
import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from bench.receipt_dataset import ReceiptTruth, group_indian

TUNING_FAMILIES = ("gpay", "phonepe", "paytm", "netbank_ack", "thermal_pos", "card_terminal", "ecommerce",
                   "wallet", "bank_statement", "intl_card")
HELDOUT_FAMILIES = ("bhim", "imps_ack", "bill_payment", "restaurant_bill")

_FONT_ROOT = Path("/usr/share/fonts/truetype")
# name: (regular, bold, monospace?)
FONT_FILES: dict[str, tuple[str, str, bool]] = {
    "dejavu_sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", False),
    "liberation_sans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf", False),
    "liberation_mono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf", True),
    "freesans": ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf", False),
    "noto_serif": ("noto/NotoSerif-Regular.ttf", "noto/NotoSerif-Bold.ttf", False),
    "dejavu_mono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", True),
    # held out
    "noto_sans": ("noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf", False),
    "liberation_serif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf", False),
    "freemono": ("freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf", True),
    "noto_mono": ("noto/NotoSansMono-Regular.ttf", "noto/NotoSansMono-Bold.ttf", True),
    "freeserif": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf", False),
}
TUNING_FONTS = ("dejavu_sans", "liberation_sans", "liberation_mono", "freesans", "noto_serif", "dejavu_mono")
HELDOUT_FONTS = ("noto_sans", "liberation_serif", "freemono", "noto_mono", "freeserif")
MONO_FAMILIES = {"thermal_pos", "card_terminal"}

DEGRADE_RANGES: dict[str, dict[str, tuple[float, float]]] = {
    "tuning": {"jpeg": (40, 60), "blur": (0.4, 0.9), "rotate": (0.5, 3.5), "perspective": (0.01, 0.03),
               "contrast": (0.5, 0.7), "noise": (3, 8), "light": (0.15, 0.35), "screen": (0.04, 0.08)},
    "heldout": {"jpeg": (20, 40), "blur": (0.9, 1.3), "rotate": (3.5, 6.0), "perspective": (0.03, 0.05),
                "contrast": (0.35, 0.5), "noise": (8, 14), "light": (0.35, 0.5), "screen": (0.08, 0.12)},
}
DEGRADATIONS = ("blur", "rotate", "perspective", "contrast", "noise", "light", "screen")

INDIAN_MERCHANTS = [
    "Sharma Kirana Store", "Anand Sweets", "Third Wave Coffee", "More Supermarket", "Wellness Forever",
    "Kamat Hotel", "Vijay Sales", "Sagar Ratna", "Ramesh Kumar", "Sneha Iyer", "Nature Basket", "MedPlus",
    "Crossword Books", "Fabindia", "Theobroma", "Indian Oil Petrol Pump", "Clove Dental", "Pai Electronics",
    "Chaayos", "Balaji Traders", "Punjab Grill", "Ratnadeep Retail", "Titan Eye Plus", "Heritage Dairy",
    "Arjun Mehta", "Kavya Reddy", "Decathlon Sports", "Bikanervala", "Haldiram Foods", "Lenskart",
]
WESTERN_MERCHANTS = ["Blue Bottle Coffee", "Whole Foods Market", "Boots Pharmacy", "Pret A Manger",
                     "Carrefour Express", "Monoprix", "Tesco Metro", "Target Store", "Shell Station",
                     "Barnes and Noble", "Marks and Spencer", "Trader Joes"]
BILLERS = ["Tata Power", "BSES Rajdhani", "Mahanagar Gas", "Airtel Postpaid", "Jio Fiber", "BESCOM",
           "Adani Electricity", "MSEDCL", "Delhi Jal Board", "Indraprastha Gas"]
ITEMS = ["Veg Thali", "Paneer Tikka", "Masala Chai", "Cold Coffee", "Butter Naan", "Basmati Rice 5kg",
         "Sunflower Oil 1L", "Detergent 2kg", "Notebook A4", "USB Cable", "Face Wash", "Biscuits Pack"]
APP_BANKS = ["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _labels(options: list[str], split: str) -> list[str]:
    """The label variants a split may draw: tuning sees the first two thirds, held-out all of them."""
    if split == "tuning":
        return options[: max(1, math.ceil(len(options) * 2 / 3))]
    return options


# label vocabularies per field (real issuers' wordings); the last third is held out
TXN_LABELS = {
    "upi": ["UPI transaction ID", "UPI Ref No.", "UTR", "UPI Reference Number", "UTR No", "UPI Ref ID"],
    "bank": ["Transaction Reference No.", "Reference Number", "Ref. No.", "IMPS Ref No.", "UTR Number",
             "Txn Ref No"],
    "card": ["RRN", "Approval Code", "AUTH CODE", "APPR CODE", "Ref No", "Auth No."],
    "shop": ["Bill No", "Invoice No.", "Receipt No", "Bill #", "Inv No", "Invoice Number"],
    "order": ["Order ID", "Order No.", "Order Number", "Order #"],
    "wallet": ["Transaction ID", "Txn ID", "Wallet Txn ID", "Payment ID", "Transaction No."],
    "bill": ["BBPS Ref No", "Transaction ID", "B-Connect Txn ID", "Biller Ref No", "Bharat BillPay Ref"],
}
AMOUNT_LABELS = ["Amount", "Total", "Amount Paid", "Grand Total", "Net Amount", "Total Amount", "Amt",
                 "Amount Payable", "Bill Amount", "TOTAL DUE"]
DATE_LABELS = ["Date", "Date & Time", "Transaction Date", "Txn Date", "Paid on", "Value Date", "Dated",
               "Payment Date", "Order Date"]
MERCHANT_LABELS = ["Paid to", "To", "Merchant", "Beneficiary Name", "Payee", "Merchant Name",
                   "Sent to", "Payee Name", "Biller"]
STATUS_TEXT = {
    "success": ["Payment Successful", "Transaction Successful", "Completed", "Paid Successfully", "SUCCESS",
                "Success", "Payment Received", "Transfer Successful", "APPROVED"],
    "failed": ["Payment Failed", "Transaction Failed", "DECLINED", "Failed", "Transaction Declined"],
    "pending": ["Payment Pending", "Pending", "Processing", "In Progress", "Awaiting Confirmation"],
}


@dataclass
class EvalReceipt:
    split: str
    index: int
    family: str
    font: str
    truth: ReceiptTruth
    clean: Image.Image
    degraded: Image.Image
    degradations: dict[str, float] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.split}-{self.index:04d}"


# ---------------------------------------------------------------- values


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _code(rng: random.Random, n: int, alphabet: str = CODE_ALPHABET) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def _grouped(whole: int, indian: bool) -> str:
    return group_indian(whole) if indian else f"{whole:,}"


def _money(rng: random.Random, amount: Decimal, currency: str, *, has_rupee: bool) -> str:
    whole = int(amount)
    cents = int((amount - whole) * 100)
    grouped = _grouped(whole, currency == "INR") if rng.random() < 0.85 else str(whole)
    num = grouped if (cents == 0 and rng.random() < 0.3) else f"{grouped}.{cents:02d}"
    if currency == "INR":
        forms = ["₹{}", "₹ {}", "Rs. {}", "Rs {}", "INR {}"] if has_rupee else ["Rs. {}", "Rs {}", "INR {}"]
    else:
        sym = {"USD": "$", "EUR": "€", "GBP": "£"}.get(currency)
        forms = ([sym + "{}", sym + " {}"] if sym else []) + [currency + " {}", "{} " + currency]
    return rng.choice(forms).format(num)


def _date_text(rng: random.Random, d: date, *, month_first: bool, with_time: bool) -> str:
    mon, full = MONTHS[d.month - 1], FULL_MONTHS[d.month - 1]
    style = rng.choice(["dmy_slash", "dmy_dash", "d_mon_y", "mon_d_y", "iso", "d_month_y", "dmy_dot", "d-mon-y"])
    if style == "dmy_slash":
        text = f"{d.month:02d}/{d.day:02d}/{d.year}" if month_first else f"{d.day:02d}/{d.month:02d}/{d.year}"
    elif style == "dmy_dash":
        text = f"{d.month:02d}-{d.day:02d}-{d.year}" if month_first else f"{d.day:02d}-{d.month:02d}-{d.year}"
    elif style == "d_mon_y":
        text = f"{d.day:02d} {mon} {d.year}"
    elif style == "mon_d_y":
        text = f"{mon} {d.day}, {d.year}"
    elif style == "iso":
        text = d.isoformat()
    elif style == "d_month_y":
        text = f"{d.day} {full} {d.year}"
    elif style == "dmy_dot":
        text = f"{d.day:02d}.{d.month:02d}.{d.year}"
    else:
        text = f"{d.day:02d}-{mon}-{d.year}"
    if with_time:
        h, m = rng.randint(1, 12), rng.randint(0, 59)
        text += rng.choice([f", {h:02d}:{m:02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}", f" {h:02d}:{m:02d}",
                            f" at {h}:{m:02d} {rng.choice(['AM', 'PM'])}"])
    return text


# ---------------------------------------------------------------- layout rows
# ("c", text, scale, bold) centred; ("l", text, scale, bold) left; ("kv", label, value, scale) label left,
# value right; ("stack", label, value) small grey label, value under it; ("cols", [texts], [x fractions], bold);
# ("rule",); ("gap",)


def _kv_style(rng: random.Random) -> str:
    return rng.choice(["kv", "kv", "inline", "stack"])


def _pair(style: str, label: str, value: str, scale: float = 1.0) -> tuple:
    if style == "inline":
        return ("l", f"{label}: {value}", scale, False)
    if style == "stack":
        return ("stack", label, value)
    return ("kv", label, value, scale)


@dataclass
class _Ctx:
    rng: random.Random
    split: str
    truth: ReceiptTruth
    money: str
    date_text: str
    mono: bool

    def label(self, options: list[str]) -> str:
        return self.rng.choice(_labels(options, self.split))

    def status_text(self) -> str:
        return self.rng.choice(_labels(STATUS_TEXT[self.truth.status], self.split)) if self.truth.status else ""


def _app_screen(c: _Ctx, app: str, txn_kind: str) -> list[tuple]:
    t, rng = c.truth, c.rng
    rows: list[tuple] = [("c", app, 0.9, True), ("gap",)]
    if t.status:
        rows.append(("c", c.status_text(), 1.1, True))
    rows.append(("c", c.money, 2.0, True))
    if t.merchant_name:
        lab = c.label(MERCHANT_LABELS[:3] + ["Sent to"])
        rows += [("c", lab, 0.85, False), ("c", t.merchant_name, 1.2, True)] if rng.random() < 0.5 else \
            [_pair(_kv_style(rng), lab, t.merchant_name)]
        if rng.random() < 0.6 and txn_kind == "upi":
            rows.append(("c", f"{t.merchant_name.split()[0].lower()}{rng.randint(1, 99)}@ok{rng.choice(['axis', 'hdfcbank', 'icici', 'sbi'])}", 0.8, False))
    rows.append(("rule",))
    style = _kv_style(rng)
    if t.date:
        rows.append(_pair(style, c.label(DATE_LABELS[:5]), c.date_text) if rng.random() < 0.6
                    else ("c", c.date_text, 0.85, False))
    if t.transaction_id:
        rows.append(_pair(style, c.label(TXN_LABELS[txn_kind]), t.transaction_id))
    if rng.random() < 0.5:
        rows.append(_pair(style, "Debited from", f"{rng.choice(APP_BANKS)} XX{_digits(rng, 4)}"))
    if t.payment_method and t.payment_method != "UPI":
        rows.append(_pair(style, c.label(["Paid using", "Payment mode", "Paid via"]),
                          {"wallet": "Wallet Balance", "card": "Debit Card", "netbanking": "Net Banking"}.get(
                              t.payment_method, t.payment_method)))
    elif t.payment_method == "UPI" and not any("upi" in str(r).lower() for r in rows):
        rows.append(("c", rng.choice(["Powered by UPI", "UPI Payment", "Paid via UPI"]), 0.8, False))
    rows.append(("c", rng.choice(["Share Receipt", "Split with friends", "Check balance", "Done"]), 0.8, False))
    return rows


def _ack(c: _Ctx, title: str, *, stacked: bool) -> list[tuple]:
    t, rng = c.truth, c.rng
    rows: list[tuple] = [("c", rng.choice(APP_BANKS), 1.2, True), ("c", title, 1.0, True), ("rule",)]
    style = "stack" if stacked else rng.choice(["kv", "cols"])

    def add(label: str, value: str) -> None:
        if style == "cols":
            rows.append(("cols", [label, value], [0.0, 0.45], False))
        else:
            rows.append(_pair(style, label, value))

    if t.status:
        add(c.label(["Status", "Transaction Status", "Payment Status"]), c.status_text())
    add("From Account", f"XXXXXX{_digits(rng, 4)}")
    if t.merchant_name:
        add(c.label(["Beneficiary Name", "Payee Name", "Beneficiary", "To Account Name", "Credited to"]),
            t.merchant_name)
    add(c.label(["Amount", "Amount (INR)", "Transfer Amount", "Amount Transferred"]), c.money)
    if t.transaction_id:
        add(c.label(TXN_LABELS["bank"]), t.transaction_id)
    if t.date:
        add(c.label(DATE_LABELS), c.date_text)
    if t.payment_method:
        add(c.label(["Payment Mode", "Transfer Mode", "Mode"]), rng.choice(["IMPS", "NEFT", "RTGS"]))
    add("Remarks", rng.choice(["Rent", "Fees", "Groceries", "NA", "Payment"]))
    return rows


def _thermal(c: _Ctx, *, restaurant: bool) -> list[tuple]:
    t, rng = c.truth, c.rng
    rows: list[tuple] = []
    if t.merchant_name:
        rows.append(("c", t.merchant_name.upper() if rng.random() < 0.6 else t.merchant_name, 1.2, True))
    rows += [("c", f"Shop {rng.randint(1, 99)}, {rng.choice(['MG Road', 'Linking Road', 'Park Street'])}", 0.8, False),
             ("c", f"Ph: 9{_digits(rng, 9)}", 0.8, False)]
    if restaurant:
        rows.append(("c", f"GSTIN: 27{_code(rng, 13)}", 0.8, False))
        rows.append(("c", "TAX INVOICE", 1.0, True))
    rows.append(("rule",))
    if t.transaction_id:
        rows.append(("l", f"{c.label(TXN_LABELS['shop'])}: {t.transaction_id}", 1.0, False))
    if t.date:
        rows.append(("l", f"{c.label(['Date', 'Dt', 'Bill Date', 'Date/Time'])}: {c.date_text}", 1.0, False))
    if restaurant:
        rows.append(("l", f"Table: {rng.randint(1, 30)}  Covers: {rng.randint(1, 6)}", 1.0, False))
    rows.append(("rule",))
    for _ in range(rng.randint(2, 4)):
        rows.append(("kv", f"{rng.choice(ITEMS)} x{rng.randint(1, 3)}", f"{rng.randint(20, 900)}.00", 1.0))
    rows.append(("rule",))
    if restaurant:
        rows.append(("kv", "CGST 2.5%", f"{rng.randint(1, 40)}.{rng.randint(10, 99)}", 1.0))
        rows.append(("kv", "SGST 2.5%", f"{rng.randint(1, 40)}.{rng.randint(10, 99)}", 1.0))
    rows.append(("kv", c.label(["TOTAL", "Grand Total", "Net Amount", "NET PAYABLE", "Total Rs"]), c.money, 1.15))
    if t.payment_method:
        word = {"cash": "CASH", "card": rng.choice(["CARD", "Credit Card", "VISA"]), "UPI": "UPI",
                "wallet": "Paytm Wallet"}[t.payment_method]
        rows.append(("l", f"{c.label(['Paid by', 'Mode', 'Payment', 'Tender'])}: {word}", 1.0, False))
    if t.status:
        rows.append(("c", c.status_text(), 1.0, True))
    rows.append(("c", rng.choice(["Thank you! Visit again", "** Thank You **", "Goods once sold"]), 0.85, False))
    return rows


def _card_terminal(c: _Ctx) -> list[tuple]:
    t, rng = c.truth, c.rng
    rows: list[tuple] = []
    if t.merchant_name:
        rows.append(("c", t.merchant_name.upper(), 1.1, True))
    rows += [("c", rng.choice(["MUMBAI", "BENGALURU", "PUNE", "CHENNAI"]), 0.9, False),
             ("kv", f"TID: {_digits(rng, 8)}", f"MID: {_digits(rng, 12)}", 0.9)]
    if t.date:
        rows.append(("l", f"{c.label(['DATE', 'Date', 'DT'])}: {c.date_text}", 0.95, False))
    rows += [("kv", f"BATCH: {_digits(rng, 6)}", f"INV: {_digits(rng, 6)}", 0.9),
             ("c", rng.choice(["SALE", "CARD SALE", "PURCHASE"]), 1.1, True)]
    if t.payment_method:
        rows.append(("l", f"{rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])} CARD  XXXX XXXX XXXX {_digits(rng, 4)}",
                     0.9, False))
    if t.transaction_id:
        rows.append(("l", f"{c.label(TXN_LABELS['card'])}: {t.transaction_id}", 1.0, False))
    rows.append(("kv", c.label(["AMOUNT", "TOTAL", "AMT", "BASE AMOUNT", "TOTAL AMOUNT"]), c.money, 1.2))
    if t.status:
        rows.append(("c", c.status_text(), 1.1, True))
    rows += [("c", "PIN VERIFIED OK", 0.85, False), ("c", "*** CUSTOMER COPY ***", 0.85, False)]
    return rows


def _ecommerce(c: _Ctx) -> list[tuple]:
    t, rng = c.truth, c.rng
    rows: list[tuple] = [("l", rng.choice(["Tax Invoice", "Order Summary", "Invoice"]), 1.3, True)]
    if t.merchant_name:
        rows.append(("l", f"{c.label(['Sold by', 'Seller', 'Sold By', 'Shipped by'])}: {t.merchant_name}", 1.0, False))
    if t.transaction_id:
        rows.append(("l", f"{c.label(TXN_LABELS['order'])}: {t.transaction_id}", 1.0, False))
    if t.date:
        rows.append(("l", f"{c.label(['Order Date', 'Invoice Date', 'Date', 'Ordered on'])}: {c.date_text}", 1.0, False))
    rows.append(("rule",))
    rows.append(("cols", ["Item", "Qty", "Price"], [0.0, 0.6, 0.78], True))
    for _ in range(rng.randint(1, 3)):
        rows.append(("cols", [rng.choice(ITEMS), str(rng.randint(1, 3)), f"{rng.randint(99, 2999)}.00"],
                     [0.0, 0.6, 0.78], False))
    rows.append(("rule",))
    rows.append(("kv", c.label(["Order Total", "Grand Total", "Total", "Amount Paid", "Total Payable"]), c.money, 1.1))
    if t.payment_method:
        word = {"card": rng.choice(["Credit Card", "Debit Card", "Visa ending 4242"]), "UPI": "UPI",
                "netbanking": "Net Banking", "wallet": "Amazon Pay Wallet", "cash": "Cash on Delivery"}[t.payment_method]
        rows.append(("l", f"{c.label(['Payment Method', 'Paid via', 'Payment Mode', 'Mode of Payment'])}: {word}",
                     1.0, False))
    if t.status:
        rows.append(("l", f"{c.label(['Payment Status', 'Status'])}: {c.status_text()}", 1.0, False))
    return rows


def _bill_payment(c: _Ctx) -> list[tuple]:
    t, rng = c.truth, c.rng
    rows: list[tuple] = [("c", rng.choice(["Bharat BillPay", "Bill Payment Receipt", "Electricity Bill Payment"]), 1.1, True)]
    if t.status:
        rows.append(("c", c.status_text(), 1.2, True))
    style = _kv_style(rng)
    if t.merchant_name:
        rows.append(_pair(style, c.label(["Biller", "Biller Name", "Operator", "Paid to"]), t.merchant_name))
    rows.append(_pair(style, c.label(["Consumer Number", "Customer ID", "Account No", "CA Number"]), _digits(rng, 10)))
    rows.append(_pair(style, c.label(["Amount Paid", "Bill Amount", "Amount"]), c.money))
    if t.transaction_id:
        rows.append(_pair(style, c.label(TXN_LABELS["bill"]), t.transaction_id))
    if t.date:
        rows.append(_pair(style, c.label(["Payment Date", "Date", "Paid on"]), c.date_text))
    if t.payment_method:
        rows.append(_pair(style, c.label(["Payment Mode", "Paid using"]),
                          {"UPI": "UPI", "card": "Debit Card", "netbanking": "Net Banking", "wallet": "Wallet",
                           "cash": "Cash"}[t.payment_method]))
    rows.append(("c", f"Customer Care: 1800 {_digits(rng, 3)} {_digits(rng, 4)}", 0.8, False))
    return rows


def _bank_statement(c: _Ctx) -> list[tuple]:
    t, rng = c.truth, c.rng
    xs = [0.0, 0.2, 0.72]
    rows: list[tuple] = [("l", rng.choice(APP_BANKS), 1.1, True),
                         ("l", f"Account Statement  A/c No: XXXX{_digits(rng, 4)}", 0.9, False), ("rule",),
                         ("cols", ["Date", "Narration", "Debit"], xs, True)]
    mode = {"UPI": "UPI", "netbanking": rng.choice(["NEFT", "IMPS"]), "card": "POS", "wallet": "UPI",
            "cash": "ATM"}.get(t.payment_method or "", "TRF")
    parts = [mode if t.payment_method else "TRF"]
    if t.transaction_id:
        parts.append(t.transaction_id)
    if t.merchant_name:
        parts.append(t.merchant_name.upper())
    narration = "/".join(parts)
    posted = ""
    if t.date:  # a statement prints the posting date alone, no time
        d = date.fromisoformat(t.date)
        posted = rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.year}",
                             f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"])
    rows.append(("cols", [posted, narration, c.money], xs, False))
    if t.status:
        rows.append(("l", f"Status: {c.status_text()}", 0.9, False))
    rows.append(("kv", "Closing Balance", f"{_grouped(rng.randint(1000, 900000), True)}.00", 0.9))
    return rows


def _intl_card(c: _Ctx) -> list[tuple]:
    t, rng = c.truth, c.rng
    rows: list[tuple] = []
    if t.merchant_name:
        rows.append(("c", t.merchant_name, 1.2, True))
    rows.append(("c", f"{rng.randint(10, 999)} {rng.choice(['High St', 'Main Street', 'Rue de Rivoli'])}", 0.85, False))
    if t.date:
        rows.append(("l", c.date_text, 0.95, False))
    for _ in range(rng.randint(1, 3)):
        rows.append(("kv", rng.choice(["Latte", "Sandwich", "Water", "Croissant", "Salad"]),
                     f"{rng.randint(1, 20)}.{rng.randint(10, 99)}", 1.0))
    rows.append(("kv", c.label(["TOTAL", "Total", "Amount Due", "BALANCE DUE", "Total Paid"]), c.money, 1.15))
    if t.payment_method:
        rows.append(("l", {"card": rng.choice(["VISA **** 4821", "Mastercard ending 1234", "Contactless AMEX"]),
                           "cash": "CASH", "UPI": "UPI", "wallet": "Apple Pay Wallet",
                           "netbanking": "Bank Transfer"}[t.payment_method], 1.0, False))
    if t.transaction_id:
        rows.append(("l", f"{c.label(['Auth Code', 'Approval Code', 'Ref #', 'Auth #', 'Trans ID'])}: {t.transaction_id}",
                     1.0, False))
    if t.status:
        rows.append(("c", c.status_text(), 1.0, True))
    rows.append(("c", rng.choice(["Thank you for shopping", "Please come again", "Merci"]), 0.85, False))
    return rows


def _layout(family: str, c: _Ctx) -> list[tuple]:
    if family == "gpay":
        return _app_screen(c, "Google Pay", "upi")
    if family == "phonepe":
        return _app_screen(c, "PhonePe", "upi")
    if family == "paytm":
        return _app_screen(c, "Paytm", "upi")
    if family == "bhim":
        return _app_screen(c, "BHIM", "upi")
    if family == "wallet":
        return _app_screen(c, c.rng.choice(["MobiKwik", "Paytm Wallet", "Amazon Pay"]), "wallet")
    if family == "netbank_ack":
        return _ack(c, c.rng.choice(["Funds Transfer Acknowledgement", "Transaction Details", "Payment Receipt"]),
                    stacked=False)
    if family == "imps_ack":
        return _ack(c, c.rng.choice(["IMPS Transfer", "NEFT Transaction Receipt"]), stacked=True)
    if family == "thermal_pos":
        return _thermal(c, restaurant=False)
    if family == "restaurant_bill":
        return _thermal(c, restaurant=True)
    if family == "card_terminal":
        return _card_terminal(c)
    if family == "ecommerce":
        return _ecommerce(c)
    if family == "bill_payment":
        return _bill_payment(c)
    if family == "bank_statement":
        return _bank_statement(c)
    if family == "intl_card":
        return _intl_card(c)
    raise KeyError(family)


# ---------------------------------------------------------------- rendering


@lru_cache(maxsize=256)
def _font(name: str, size: int, bold: bool) -> ImageFont.FreeTypeFont:
    regular, bold_file, _ = FONT_FILES[name]
    return ImageFont.truetype(str(_FONT_ROOT / (bold_file if bold else regular)), size)


@lru_cache(maxsize=64)
def has_rupee_glyph(name: str) -> bool:
    f = _font(name, 24, False)
    def ink(ch: str) -> bytes:
        img = Image.new("L", (48, 48), 0)
        ImageDraw.Draw(img).text((4, 4), ch, font=f, fill=255)
        return img.tobytes()

    return ink("₹") != ink("\uffff")


def render(rows: list[tuple], *, font: str, size: int, width: int, dark: bool) -> Image.Image:
    bg, fg, grey = ((24, 24, 28), (240, 240, 240), (170, 170, 170)) if dark else ((255, 255, 255), (20, 20, 20),
                                                                                  (95, 95, 95))
    margin = max(20, width // 16)
    heights = []
    for row in rows:
        kind = row[0]
        scale = row[2] if kind in {"c", "l"} else row[3] if kind == "kv" else 1.0
        heights.append({"stack": round(size * 2.9), "rule": round(size * 0.8), "gap": round(size * 0.6)}.get(
            kind, round(size * scale * 1.6)))
    img = Image.new("RGB", (width, sum(heights) + 2 * margin), bg)
    draw = ImageDraw.Draw(img)
    y = margin
    for row, h in zip(rows, heights, strict=True):
        kind = row[0]
        if kind in {"c", "l"}:
            f = _font(font, round(size * row[2]), row[3])
            x = (width - draw.textlength(row[1], font=f)) / 2 if kind == "c" else margin
            draw.text((x, y), row[1], font=f, fill=fg)
        elif kind == "kv":
            f = _font(font, round(size * row[3]), False)
            fb = _font(font, round(size * row[3]), True)
            draw.text((margin, y), row[1], font=f, fill=fg)
            draw.text((width - margin - draw.textlength(row[2], font=fb), y), row[2], font=fb, fill=fg)
        elif kind == "stack":
            draw.text((margin, y), row[1], font=_font(font, round(size * 0.8), False), fill=grey)
            draw.text((margin, y + round(size * 1.2)), row[2], font=_font(font, size, True), fill=fg)
        elif kind == "cols":
            xs = [margin + frac * (width - 2 * margin) for frac in row[2]] + [width - margin]
            fsize = round(size * 0.9)
            # shrink the row until every cell ends before the next one starts (no overprinted columns)
            while fsize > 10 and any(draw.textlength(t, font=_font(font, fsize, row[3])) > xs[i + 1] - xs[i] - size * 0.5
                                     for i, t in enumerate(row[1])):
                fsize -= 1
            for text, x in zip(row[1], xs, strict=False):  # xs also holds the right margin
                draw.text((x, y), text, font=_font(font, fsize, row[3]), fill=fg)
        elif kind == "rule":
            draw.line((margin, y + h // 2, width - margin, y + h // 2), fill=grey, width=1)
        y += h
    return img


def degrade(img: Image.Image, rng: random.Random, split: str) -> tuple[Image.Image, dict[str, float]]:
    """Two or three degradations from the split's ranges, then JPEG at the split's quality."""
    import numpy as np

    ranges = DEGRADE_RANGES[split]
    chosen = rng.sample(DEGRADATIONS, rng.randint(2, 3))
    params: dict[str, float] = {}
    out = img.convert("RGB")
    for kind in chosen:
        lo, hi = ranges[kind]
        v = round(rng.uniform(lo, hi), 3)
        if kind == "rotate":
            v *= rng.choice([-1, 1])
            out = out.rotate(v, resample=Image.BICUBIC, expand=True, fillcolor=out.getpixel((2, 2)))
        elif kind == "blur":
            out = out.filter(ImageFilter.GaussianBlur(v))
        elif kind == "perspective":
            w, h = out.size
            d = v * w
            quad = (rng.uniform(0, d), rng.uniform(0, d), rng.uniform(0, d), h - rng.uniform(0, d),
                    w - rng.uniform(0, d), h - rng.uniform(0, d), w - rng.uniform(0, d), rng.uniform(0, d))
            out = out.transform(out.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=out.getpixel((2, 2)))
        elif kind == "contrast":
            out = ImageEnhance.Contrast(out).enhance(v)
        elif kind == "noise":
            arr = np.asarray(out, dtype=np.float32)
            arr = arr + np.random.default_rng(rng.randint(0, 2**31)).normal(0, v, arr.shape)
            out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        elif kind == "light":
            arr = np.asarray(out, dtype=np.float32)
            h, w = arr.shape[:2]
            gx = np.linspace(-1, 1, w)[None, :] * rng.uniform(-1, 1)
            gy = np.linspace(-1, 1, h)[:, None] * rng.uniform(-1, 1)
            shade = 1.0 - v * (0.5 + 0.5 * np.clip(gx + gy, -1, 1))
            out = Image.fromarray(np.clip(arr * shade[..., None], 0, 255).astype(np.uint8))
        elif kind == "screen":
            # a phone photo of a monitor: moiré stripes, a grey cast, slight softening
            arr = np.asarray(out, dtype=np.float32)
            h, w = arr.shape[:2]
            yy, xx = np.mgrid[0:h, 0:w]
            moire = np.sin((xx * 0.9 + yy * 0.35) * rng.uniform(0.8, 1.4)) * 255 * v
            arr = arr * 0.85 + 20 + moire[..., None]
            out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        params[kind] = v
    quality = rng.randint(int(ranges["jpeg"][0]), int(ranges["jpeg"][1]))
    params["jpeg"] = quality
    return jpeg_roundtrip(out, quality), params


def jpeg_roundtrip(img: Image.Image, quality: int) -> Image.Image:
    """The image as it reads back after JPEG encoding at ``quality``."""
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


# ---------------------------------------------------------------- receipts

_SPLIT_SEED = {"tuning": 13_001, "heldout": 13_777}


def make_eval_receipt(split: str, index: int) -> EvalReceipt:
    """Receipt ``index`` of a split (seeded: the same receipt every time)."""
    if split not in _SPLIT_SEED:
        raise ValueError(split)
    rng = random.Random(_SPLIT_SEED[split] * 1_000_003 + index)
    if split == "tuning":
        family = TUNING_FAMILIES[index % len(TUNING_FAMILIES)]
        fonts = TUNING_FONTS
    elif index % 2 == 0:
        family = HELDOUT_FAMILIES[(index // 2) % len(HELDOUT_FAMILIES)]
        fonts = TUNING_FONTS + HELDOUT_FONTS
    else:
        family = TUNING_FAMILIES[(index // 2) % len(TUNING_FAMILIES)]
        fonts = HELDOUT_FONTS
    mono_wanted = family in MONO_FAMILIES
    candidates = [f for f in fonts if FONT_FILES[f][2] == mono_wanted] or list(fonts)
    font = rng.choice(candidates)

    western = family == "intl_card" or (family == "ecommerce" and rng.random() < 0.4)
    currency = rng.choice(["USD", "EUR", "GBP"]) if western else "INR"
    magnitude = rng.choice([2, 3, 3, 4, 4, 5, 6]) if not western else rng.choice([1, 2, 2, 3])
    amount = Decimal(rng.randint(max(1, 10 ** (magnitude - 1)), 10**magnitude - 1))
    if rng.random() < 0.6 or western:
        amount += Decimal(rng.randint(1, 99)) / 100
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 600))
    method = {"gpay": "UPI", "phonepe": "UPI", "paytm": "UPI", "bhim": "UPI", "wallet": "wallet",
              "netbank_ack": "netbanking", "imps_ack": "netbanking", "card_terminal": "card",
              "thermal_pos": rng.choice(["cash", "card", "UPI"]), "restaurant_bill": rng.choice(["cash", "card", "UPI"]),
              "ecommerce": rng.choice(["card", "UPI", "netbanking", "wallet"]),
              "bill_payment": rng.choice(["UPI", "card", "netbanking"]), "bank_statement": rng.choice(["UPI", "netbanking"]),
              "intl_card": rng.choice(["card", "card", "cash"])}[family]
    if family in {"gpay", "phonepe", "paytm", "bhim"} or (family == "bank_statement" and method == "UPI"):
        txn = _digits(rng, 12)
    elif family in {"netbank_ack", "imps_ack"}:
        txn = _digits(rng, 12) if rng.random() < 0.5 else rng.choice(["HDFC", "ICIC", "SBIN", "UTIB"]) + "N" + _digits(rng, 11)
    elif family == "bank_statement":
        txn = rng.choice(["N", "S"]) + _digits(rng, 11)
    elif family in {"card_terminal", "intl_card"}:
        txn = _digits(rng, 12) if rng.random() < 0.4 else _code(rng, 6)
    elif family == "ecommerce":
        txn = f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}" if rng.random() < 0.5 else "OD" + _digits(rng, 16)
    elif family == "wallet":
        txn = _code(rng, rng.randint(10, 16)) if rng.random() < 0.5 else _digits(rng, 11)
    elif family == "bill_payment":
        txn = rng.choice(["BD", "CC", "PT"]) + _code(rng, rng.randint(10, 14))
    else:
        txn = rng.choice(["", "INV-", "B"]) + _digits(rng, rng.randint(4, 7))
    status = rng.choice(["success"] * 6 + ["failed", "pending"])
    merchant = (rng.choice(BILLERS) if family == "bill_payment" else
                rng.choice(WESTERN_MERCHANTS) if western else rng.choice(INDIAN_MERCHANTS))
    truth = ReceiptTruth(merchant_name=merchant, amount=f"{amount:.2f}", currency=currency, transaction_id=txn,
                         date=when.isoformat(), payment_method=method, status=status)
    # fields left off the page
    absent_p = {"merchant_name": 0.1, "transaction_id": 0.15, "date": 0.1, "payment_method": 0.15, "status": 0.2}
    if family in {"thermal_pos", "intl_card", "ecommerce"}:
        absent_p["status"] = 0.6
    for name, p in absent_p.items():
        if rng.random() < p:
            setattr(truth, name, None)
    if family in {"card_terminal", "gpay", "phonepe", "paytm", "bhim", "wallet", "imps_ack"}:
        # a card slip always shows the card, a UPI app screen says UPI, a wallet screen its wallet,
        # an IMPS/NEFT receipt its transfer mode in the title
        truth.payment_method = method
    if family == "bank_statement":
        truth.status = None
    truth_amount = Decimal(truth.amount)
    money = _money(rng, truth_amount, currency, has_rupee=has_rupee_glyph(font))
    month_first = currency == "USD"
    date_text = _date_text(rng, when, month_first=month_first, with_time=rng.random() < 0.5) if truth.date else ""
    ctx = _Ctx(rng, split, truth, money, date_text, FONT_FILES[font][2])
    rows = _layout(family, ctx)
    mono = FONT_FILES[font][2]
    size = rng.randint(18, 22) if mono else rng.randint(22, 30)
    width = rng.randint(460, 560) if family in MONO_FAMILIES else rng.randint(620, 780)
    if family in {"ecommerce", "bank_statement", "netbank_ack"}:
        width = rng.randint(860, 1000)
    dark = family in {"gpay", "phonepe", "paytm", "bhim", "wallet"} and rng.random() < 0.25
    clean = render(rows, font=font, size=size, width=width, dark=dark)
    degraded, params = degrade(clean, rng, split)
    return EvalReceipt(split, index, family, font, truth, clean, degraded, params,
                       meta={"size": size, "width": width, "dark": dark, "month_first": month_first})


# the independently written sets heldout2..heldout327: ``bench/receipt_sets/<split>.py``, each with ``make_<split>_set(n)``
INDEPENDENT_SETS = tuple(f"heldout{number}" for number in range(2, 328))


def make_eval_set(split: str, n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of a split (``heldout2`` to ``heldout327`` are independently written)."""
    if split in INDEPENDENT_SETS:
        module = importlib.import_module(f"bench.receipt_sets.{split}")  # when asked for: it imports EvalReceipt from here
        return getattr(module, f"make_{split}_set")(n)
    return [make_eval_receipt(split, i) for i in range(n)]

"""The twelve heldout115 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: one random day's proofs of payment that a seller on an Indian marketplace receives
in 2026, one order each: a UPI app's result screen (light or dark, with a reward or offer card, a Split / Share
row), the same screens cropped at the top or the bottom, a UPI share card, a bank app's transfer to an account, one
bank SMS or one bank e-mail, a net-banking receipt, a Bharat BillPay receipt, a wallet payment, a payment gateway's
result page on a shop's website, a card terminal's charge slip photographed and a cash-on-delivery order not yet
paid. Every row is added to heldout113's ``Screen`` (heldout106's ``Page``) with the facts it prints, and the truth
is read back from the rows the page keeps (a crop keeps only its rows). Headings, footers, balances, fees, rewards,
offers, items and the payer's own details carry no fact. ``compose`` is heldout106's: a phone's status bar and app
bar (with its buttons), the rows alone (a crop, a card, a PDF page, a slip), a messages app drawn from the
message's text, an e-mail client's header, a browser's bar.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import (
    AMBER,
    BANK_RANK,
    GREEN,
    ORDER_RANK,
    RED,
    TXN_RANK,
    UTR_RANK,
)
from bench.receipt_sets.heldout106_families import compose as compose106
from bench.receipt_sets.heldout113_families import Screen

# the README's families below a transaction id: an approval code, then an order's, then a document's own number
APPR_RANK, INVOICE_RANK = 1.5, 0.5
TURNS: dict[str, int] = {}

SELLERS = [
    "Shivam Handicrafts", "Laxmi Fashion Hub", "Arihant Mobile Accessories", "Kashish Ethnic Wear",
    "Deccan Spice Company", "Noor Attar House", "Balaji Home Needs", "Rangrez Block Prints",
    "Siddhivinayak Traders", "Mehak Cosmetics", "Khatu Shyam Toys", "Ajmera Book House", "Sunrise Kitchenware",
    "Pushpa Saree Emporium", "Vedant Electronics", "Gulmohar Pottery",
]
PEOPLE = [
    "Ramesh Choudhary", "Farida Begum", "Manpreet Gill", "Sowmya Raghavan", "Dinesh Patel", "Anjali Mishra",
    "Irfan Qureshi", "Deepa Nair", "Suresh Bhatia", "Kavita Shinde", "Tarun Bhattacharya", "Heena Solanki",
]
BUYERS = ["Rohan Verma", "Priya Sharma", "Arjun Nair", "Sneha Patil", "Faizan Ahmed", "Megha Joshi", "Kiran Rao"]
BANKS = ["HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Bank of Baroda",
         "Canara Bank", "Punjab National Bank", "Union Bank of India", "IDFC FIRST Bank", "Federal Bank",
         "IndusInd Bank"]
IFSC = {"HDFC Bank": "HDFC", "State Bank of India": "SBIN", "ICICI Bank": "ICIC", "Axis Bank": "UTIB",
        "Kotak Mahindra Bank": "KKBK", "Bank of Baroda": "BARB", "Canara Bank": "CNRB", "Punjab National Bank": "PUNB",
        "Union Bank of India": "UBIN", "IDFC FIRST Bank": "IDFB", "Federal Bank": "FDRL", "IndusInd Bank": "INDB",
        "Indian Bank": "IDIB", "Bank of India": "BKID", "Central Bank of India": "CBIN", "IDBI Bank": "IBKL",
        "Yes Bank": "YESB", "AU Small Finance Bank": "AUBL"}
IN_PATS = ["%d %b %Y", "{d} %b %Y", "%d-%m-%Y", "%d/%m/%Y", "{d} %B %Y", "%d %b, %Y", "%d-%b-%Y", "%d.%m.%Y",
           "%a, {d} %b %Y"]
SHORT_PATS = ["%d-%m-%y", "%d/%m/%y", "%d%b%y", "%d-%b-%y", "%d-%b-%Y", "%d/%m/%Y"]
NOTES = ["for kurti order", "saree advance", "balance payment", "order payment", "for 2 pcs", "gift hamper",
         "cod refund adj", "full payment"]


def fresh() -> None:
    """Start every family's count again (``make_heldout115_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): its issuer, outcome and missing fields follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def outcome(k: int, failed: tuple = (), pending: tuple = ()) -> str:
    return "failed" if k in failed else "pending" if k in pending else "success"


def day26(rng: random.Random) -> dt.date:
    """A payment's day in 2026."""
    return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 345))


def colour(status: str):
    return {"success": GREEN, "failed": RED, "pending": AMBER}[status]


def payee(rng: random.Random, caps: float = 0.2) -> str:
    name = rng.choice(SELLERS) if rng.random() < 0.65 else rng.choice(PEOPLE)
    return name.upper() if rng.random() < caps else name


def handle(rng: random.Random, name: str, banks: list[str]) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:12]
    return rng.choice([f"{base}@{rng.choice(banks)}", f"{base}.{rng.randrange(1, 99)}@{rng.choice(banks)}",
                       f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(banks)}",
                       f"q{digits(rng, 9)}@{rng.choice(banks)}"])


def dots(font: str, n: int = 4) -> str:
    return sign(font, "\u2022", "X") * n


def stamp(rng: random.Random, date: dt.date, pats: list[str], *, hour: bool = True, twelve: bool = True) -> str:
    text = when(date, rng.choice(pats))
    if hour:
        text += rng.choice([", ", " ", " at ", " | ", " - "]) + hhmm(rng, twelve=twelve, lower=rng.random() < 0.3)
    return text


def screen(rng: random.Random, font: str, frame: str = "crop", *, dark: bool = False, width: int = 600,
           size: int | None = None, title: str = "", buttons: tuple[str, ...] = ()) -> Screen:
    return Screen(font, rng, frame, dark=dark, title=title, buttons=buttons, width=width,
                  size=size or rng.choice([21, 22, 23]))


def money(rng: random.Random, font: str, p_whole: float = 0.35, marks=("₹", "₹", "Rs.", "Rs", "INR")) -> Rs:
    return Rs(rng, font, marks=marks, groupings=("indian", "indian", "western"), p_whole=p_whole)


def labelled(p: Screen, label: str, value: str, **facts) -> None:
    """A label and its value: on one row, stacked, or run together with a colon."""
    mode = p.rng.random()
    if mode < 0.6:
        p.pair(label, value, **facts)
    elif mode < 0.8:
        p.add("small", label)
        p.add("left", value, **facts)
    else:
        p.add("left", f"{label}: {value}", **facts)


def other_sum(rng: random.Random, amount: float, low: float, high: float) -> float:
    """A sum for a card, ad, fee or balance that is never the payment's."""
    while True:
        value = rupees(rng, low, high, p_round=0.6)
        if abs(value - amount) > 0.5:
            return value


def card_below(p: Screen, rs: Rs, amount: float) -> None:
    """A reward or offer card under a success (no facts)."""
    rng = p.rng
    kind = rng.randrange(6)
    p.add("rule")
    if kind == 0:
        p.add("center", f"Cashback of {rs(other_sum(rng, amount, 2, 80))} unlocked!")
        p.add("small", "Tap to claim before it expires")
    elif kind == 1:
        p.add("center", "Scratch card won")
        p.add("small", f"Assured reward up to {rs(other_sum(rng, amount, 100, 500))}")
    elif kind == 2:
        p.add("center", f"{rng.randrange(5, 250)} coins credited")
        p.add("small", "Use coins to pay your next bill")
    elif kind == 3:
        p.add("center", f"Get a credit line up to {rs(float(rng.choice([50000, 100000, 300000])))}")
        p.add("small", "Pay via UPI now, repay in 45 days")
    elif kind == 4:
        p.add("center", f"Flat {rs(float(rng.choice([30, 50, 75])))} off on mobile recharge")
        p.add("small", f"Min. recharge {rs(float(rng.choice([239, 299, 349])))}. Code RC{rng.randrange(10, 99)}")
    else:
        p.add("center", "Refer a friend, earn rewards")
        p.add("small", "Both of you get a reward on the first payment")


# ---------------------------------------------------------------- 1. UPI app result screens


UPI_APPS = {
    # title, band (None: plain), handles, the app's own id label (or None)
    "PhonePe": ("PhonePe", (95, 37, 159), ["ybl", "ibl", "axl"], "Transaction ID"),
    "Google Pay": ("Google Pay", None, ["okaxis", "okhdfcbank", "oksbi", "okicici"], "Google transaction ID"),
    "Paytm": ("Paytm", (0, 46, 110), ["paytm", "ptys", "pthdfc", "ptaxis"], "Order ID"),
    "BHIM": ("BHIM", (0, 98, 65), ["upi"], None),
    "WhatsApp": ("WhatsApp Payments", (7, 94, 84), ["waicici", "wahdfcbank", "wasbi", "waaxis"], None),
    "Amazon Pay": ("amazon pay", (35, 47, 62), ["apl", "yapl"], "Transaction ID"),
    "MobiKwik": ("MobiKwik", (0, 84, 166), ["ikwik"], "Transaction ID"),
    "super.money": ("super.money", (40, 40, 40), ["superyes"], "Transaction ID"),
    "CRED": ("CRED", (18, 18, 20), ["axisb", "yescred"], "CRED txn ID"),
    "Navi": ("Navi", (20, 48, 120), ["naviaxis"], "Transaction ID"),
    "Pop": ("POP UPI", (232, 64, 87), ["pop"], "Txn ID"),
    "Kiwi": ("kiwi", (0, 122, 90), ["kiwi"], "Transaction ID"),
}
SUCCESS = ["Payment Successful", "Paid successfully", "Transaction successful", "Payment completed",
           "Sent successfully", "Payment successful"]
FAILED = ["Payment failed", "Transaction failed", "Payment declined", "Payment Failed"]
PENDING = ["Payment pending", "Payment processing", "Payment in progress", "Transaction pending"]
WORDS = {"success": SUCCESS, "failed": FAILED, "pending": PENDING}
REFUND = ["Money, if debited, will be refunded in 3-5 working days.",
          "If any amount was deducted, it will be reversed to your account.",
          "No money has been debited. If debited, it will be auto-refunded."]
WAIT = ["Your bank has not confirmed yet. Please do not pay again.",
        "This can take up to 48 hours. We will notify you.",
        "Waiting for confirmation from the payee's bank."]


def app_own_id(rng: random.Random, app: str, date: dt.date) -> str:
    if app == "PhonePe":
        return f"T{date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 14)}"
    if app == "Google Pay":
        return "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if app == "Paytm":
        return digits(rng, 20)
    if app == "Amazon Pay":
        return f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
    return code(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 15)


class Upi:
    """One UPI payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, app: str, status: str, *, no_ref: bool, no_day: bool,
                 low: float = 80, high: float = 24000):
        self.app, self.status, self.no_ref, self.no_day = app, status, no_ref, no_day
        self.date, self.amount, self.to = day26(rng), rupees(rng, low, high), payee(rng)
        self.ref = utr(rng, self.date)
        self.own = app_own_id(rng, app, self.date)


def upi_outcome(p: Screen, u: Upi, rs: Rs) -> None:
    """The outcome (with a tick on some successes), the sum, the payee and its handle."""
    rng, font = p.rng, p.font
    p.part = "outcome"
    word = rng.choice(WORDS[u.status])
    tick = sign(font, "\u2713", "")
    p.add("center", f"{tick} {word}".strip() if u.status == "success" and rng.random() < 0.5 else word,
          status=u.status)
    p.accent(colour(u.status))
    if p.style.get("band"):
        p.add("gap")
    p.part = "amount"
    p.add("big", rs(u.amount), amount=u.amount)
    if u.status == "success":
        lab = rng.choice(["Paid to", "To", "Sent to", "Payment to"])
    else:
        lab = rng.choice(["To", "Paying to", "Payment to"])
    if rng.random() < 0.5:
        p.add("small", lab)
        p.add("center", u.to, merchant=u.to)
    else:
        p.add("center", f"{lab} {u.to}", merchant=u.to)
    vpa = handle(rng, u.to, UPI_APPS[u.app][2])
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"{vpa}  {sign(font, chr(0x2714), '')}".strip()]),
          method="UPI")
    if u.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif u.status == "pending":
        p.add("small", rng.choice(WAIT))


def upi_details(p: Screen, u: Upi, *, tail: str = "body") -> None:
    """Transaction details: the UPI reference and on some the app's own id, then (in part ``tail``) the day, the
    account debited and a note."""
    rng = p.rng
    p.part = "body"
    p.add("rule")
    p.add("left", rng.choice(["Transaction details", "Payment details", "Details", "Transfer details"]))
    own_label = UPI_APPS[u.app][3]
    if not u.no_ref:
        rows = [(rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI transaction ID", "UPI Ref. No.",
                             "UTR No."]), u.ref, (UTR_RANK, u.ref))]
        if own_label and rng.random() < 0.5:
            rank = ORDER_RANK if own_label == "Order ID" else TXN_RANK
            rows.insert(rng.randrange(2), (own_label, u.own, (rank, u.own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    p.part = tail
    if not u.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Date", "Completed on", "Transaction date"]),
                 stamp(rng, u.date, IN_PATS), date=u.date)
    p.pair(rng.choice(["Debited from", "Paid from", "From"]),
           f"{rng.choice(BANKS)} {rng.choice(['XX', dots(p.font)])}{digits(rng, 4)}")
    if rng.random() < 0.4:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(NOTES))


def upi_result(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI app's result screen under a phone's status bar and app bar (PhonePe, Google Pay, Paytm, BHIM, WhatsApp
    Payments, Amazon Pay, MobiKwik, super.money; dark on three): the outcome, the sum, Paid to / To / Sent to and
    the payee's handle, the details (a UPI reference, the app's id on some, the day, the account debited, a note),
    a reward or offer card on most successes, a Split / Share / Done row of buttons or its words in the footer; a
    failed and a pending one."""
    k = place("upi_result")
    status = outcome(k, failed=(2,), pending=(5,))
    app = ["PhonePe", "Google Pay", "Paytm", "BHIM", "WhatsApp", "Amazon Pay", "MobiKwik", "super.money"][k]
    dark = k in (1, 4, 7)
    buttons = rng.choice([("Split", "Share"), ("Share", "Done"), ("Split bill", "Share receipt"), ("Done",), ()])
    title = rng.choice(["", "Payment status", "Transaction details", "Payment receipt"])
    p = screen(rng, font, "phone", dark=dark, title=title, buttons=buttons)
    rs = money(rng, font, 0.45)
    u = Upi(rng, app, status, no_ref=k == 6, no_day=k == 3)
    name, band, *_ = UPI_APPS[app]
    p.part = "head"
    if band and not dark:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", name)
    upi_outcome(p, u, rs)
    upi_details(p, u)
    p.part = "foot"
    if status == "success" and rng.random() < 0.75:
        card_below(p, rs, u.amount)
    p.add("gap")
    if not buttons:
        p.add("small", rng.choice(["Split  |  Share  |  Pay again", "Share receipt  |  Split with friends",
                                   "Check balance  |  Share"]))
    if rng.random() < 0.5:
        p.add("small", rng.choice(["Powered by UPI", "UPI  |  NPCI", "Having trouble? Get help"]))
    return p.done()


# ---------------------------------------------------------------- 2. the same screens cropped


def upi_cropped(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI result screenshot cropped by the buyer: at the top (no status bar, app bar or app name; on one the
    outcome line too) or at the bottom (the day and what is under it cut; on one the reference too); light or dark,
    a reward card on some; a failed and a pending one."""
    k = place("upi_cropped")
    status = outcome(k, failed=(2,), pending=(7,))
    app = ["Google Pay", "PhonePe", "Paytm", "Navi", "CRED", "Pop", "Kiwi", "BHIM"][k]
    dark = app in ("CRED",) or rng.random() < 0.3
    p = screen(rng, font, "crop", dark=dark)
    rs = money(rng, font, 0.45)
    u = Upi(rng, app, status, no_ref=k == 0, no_day=k == 4)
    p.part = "head"
    p.add("title", UPI_APPS[app][0])
    if rng.random() < 0.5:
        p.add("small", rng.choice(["Payment receipt", "Transaction status"]))
    upi_outcome(p, u, rs)
    upi_details(p, u, tail="tail")
    p.part = "foot"
    if status == "success" and rng.random() < 0.5:
        card_below(p, rs, u.amount)
    p.add("gap")
    p.add("small", rng.choice(["Split  |  Share", "Share receipt", "Pay again  |  Share"]))
    # 1, 5: cut at the top (5 through the outcome line); 3, 6: cut at the bottom (6 through the reference)
    keep = {1: {"outcome", "amount", "body", "tail", "foot"}, 5: {"amount", "body", "tail", "foot"},
            3: {"head", "outcome", "amount", "body"}, 6: {"head", "outcome", "amount"}}
    if k in keep:
        p.keep(keep[k])
    return p.done()


# ---------------------------------------------------------------- 3. UPI share cards


def upi_share_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The image a UPI app makes when Share is tapped, drawn as a table: the app on its band, "Payment receipt" /
    "Transaction receipt", the sum large, then rows Status / Amount / To / Payee / UPI ID / From / UPI Ref No /
    Date, "Shared from <app>"; a failed and a pending one."""
    k = place("upi_share_card")
    status = outcome(k, failed=(5,), pending=(1,))
    app = ["Google Pay", "PhonePe", "Paytm", "BHIM", "WhatsApp", "Amazon Pay", "CRED", "super.money"][k]
    p = screen(rng, font, "crop", dark=app in ("CRED", "super.money"), width=rng.choice([540, 580, 620]))
    rs = money(rng, font, 0.5)
    u = Upi(rng, app, status, no_ref=k in (2, 6), no_day=k == 4)
    name, band, handles, own_label = UPI_APPS[app]
    p.part = "head"
    if band and app not in ("CRED", "super.money"):
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", name)
    p.add("small", rng.choice(["Payment receipt", "Transaction receipt", "UPI receipt", "Proof of payment"]))
    p.add("gap")
    p.part = "body"
    p.add("big", rs(u.amount))
    state = {"success": ["Success", "Successful", "Completed", "Paid"], "failed": ["Failed", "Declined"],
             "pending": ["Pending", "Processing", "In progress"]}[status]
    p.pair(rng.choice(["Status", "Payment status", "Transaction status"]), rng.choice(state), status=status)
    p.accent(colour(status))
    p.pair(rng.choice(["Amount", "Amount paid", "Amount (INR)"]), rs(u.amount), amount=u.amount)
    p.pair(rng.choice(["To", "Payee", "Paid to", "Sent to", "Recipient"]), u.to, merchant=u.to)
    p.pair(rng.choice(["UPI ID", "Payee UPI ID", "VPA"]), handle(rng, u.to, handles), method="UPI")
    p.pair(rng.choice(["From", "Payer", "Sender"]), rng.choice(BUYERS))
    p.pair(rng.choice(["Bank", "Debited from", "Account"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    if not u.no_ref:
        p.pair(rng.choice(["UPI Ref No", "UPI Reference ID", "UTR", "Bank Ref. No. (UTR)", "RRN"]), u.ref,
               txn=(UTR_RANK, u.ref))
        if own_label and rng.random() < 0.4:
            p.pair(own_label, u.own, txn=(ORDER_RANK if own_label == "Order ID" else TXN_RANK, u.own))
    if not u.no_day:
        p.pair(rng.choice(["Date", "Date & Time", "Paid on", "Time"]), stamp(rng, u.date, IN_PATS), date=u.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice([f"Shared from {name}", f"Shared via {name}  |  UPI", "Powered by UPI  |  NPCI"]))
    return p.done()


# ---------------------------------------------------------------- 4. bank apps' transfers to an account


BANK_APPS = {
    "YONO SBI": ("State Bank of India", (40, 0, 110)), "HDFC Bank": ("HDFC Bank", (0, 56, 130)),
    "iMobile": ("ICICI Bank", (174, 40, 30)), "open by Axis Bank": ("Axis Bank", (151, 20, 77)),
    "Kotak": ("Kotak Mahindra Bank", (220, 30, 40)), "bob World": ("Bank of Baroda", (240, 100, 30)),
    "PNB ONE": ("Punjab National Bank", (150, 20, 40)), "IDFC FIRST Bank": ("IDFC FIRST Bank", (150, 30, 40)),
}


def bank_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank app's transfer to the seller's bank account (YONO SBI, HDFC Bank, iMobile, open by Axis Bank,
    Kotak, bob World, PNB ONE, IDFC FIRST Bank): the outcome, the sum, the beneficiary with the account masked,
    IFSC and bank, the mode (IMPS on five, UPI to account number on three), the reference (IMPS Ref No / RRN /
    Reference No. / UTR), the day, the debit account, the balance left on some; a failed and a pending one."""
    k = place("bank_transfer")
    status = outcome(k, failed=(4,), pending=(1,))
    app = list(BANK_APPS)[k]
    bank, band = BANK_APPS[app]
    upi = k in (2, 5, 7)
    no_ref, no_day = k in (3,), k == 6
    dark = rng.random() < 0.2
    p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Fund Transfer", "Transfer",
                                                                          "Send Money"]),
               buttons=rng.choice([("Share", "Done"), ("Download", "Share"), ("Done",)]))
    rs = money(rng, font, 0.25)
    date, amount = day26(rng), rupees(rng, 300, 150000)
    to = payee(rng, caps=0.5)
    p.part = "head"
    if not dark:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", app)
    p.add("small", rng.choice(["Fund Transfer", "Transfer to bank account", "Money Transfer", "Pay to account"]))
    p.add("gap")
    p.part = "body"
    word = {"success": ["Transfer successful", "Funds transferred successfully", "Money sent successfully",
                        "Transaction Successful"],
            "failed": ["Transfer failed", "Transaction Failed", "Transfer unsuccessful"],
            "pending": ["Transfer in process", "Transaction pending", "Transfer under process"]}[status]
    p.add("center", rng.choice(word), status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    p.add("rule")
    p.pair(rng.choice(["Beneficiary", "Beneficiary Name", "To", "Payee Name"]), to, merchant=to)
    other = rng.choice([b for b in IFSC if b != bank])
    p.pair(rng.choice(["Account No.", "A/c No", "To Account", "Beneficiary A/c"]),
           rng.choice([f"XXXXXXXX{digits(rng, 4)}", f"{dots(font, 6)}{digits(rng, 4)}", f"XX{digits(rng, 4)}"]))
    p.pair(rng.choice(["IFSC", "IFSC Code"]), f"{IFSC[other]}0{digits(rng, 6)}")
    if rng.random() < 0.5:
        p.pair("Bank", other)
    p.pair(rng.choice(["Mode", "Transfer Mode", "Payment Mode", "Transfer type"]),
           rng.choice(["UPI", "UPI (A/c + IFSC)"]) if upi else rng.choice(["IMPS", "IMPS (24x7)"]),
           method="UPI" if upi else "netbanking")
    if not no_ref:
        ref = utr(rng, date)
        lab = rng.choice(["UPI Ref No", "UTR", "RRN"] if upi else ["IMPS Ref No", "RRN", "Reference No.", "UTR No"])
        p.pair(lab, ref, txn=(UTR_RANK, ref))
    if not no_day:
        p.pair(rng.choice(["Date & Time", "Transaction Date", "Transferred on", "Date"]),
               stamp(rng, date, IN_PATS, twelve=rng.random() < 0.5), date=date)
    p.pair(rng.choice(["From", "Debit Account", "From A/c"]), f"{bank} XX{digits(rng, 4)}")
    if rng.random() < 0.5:
        p.pair(rng.choice(["Remarks", "Purpose"]), rng.choice(NOTES + ["Goods purchase"]))
    if status == "success" and rng.random() < 0.4:
        p.pair(rng.choice(["Available balance", "Balance after transfer"]), rs(other_sum(rng, amount, 500, 90000)))
    if status == "failed":
        p.add("small", rng.choice(["Beneficiary bank is not responding. Amount, if debited, will be reversed.",
                                   "Transaction declined by the beneficiary bank."]))
    if status == "pending":
        p.add("small", "Status will be updated shortly. Do not retry the transfer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Add as beneficiary  |  Repeat", "Transfer again", "Save to favourites"]))
    return p.done()


# ---------------------------------------------------------------- 5. one bank SMS in a messages app


SENDERS = {"Kotak Mahindra Bank": "KOTAKB", "Bank of Baroda": "BOBSMS", "Punjab National Bank": "PNBSMS",
           "Canara Bank": "CANBNK", "Union Bank of India": "UBOIND", "IDFC FIRST Bank": "IDFCFB",
           "IndusInd Bank": "INDUSB", "Federal Bank": "FEDBNK", "Yes Bank": "YESBNK", "Indian Bank": "INDBNK"}


def bank_sms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One bank debit alert screenshotted in a messages app (one message, not a thread): the sender id on top, a
    day divider (Today on a message without a day), the bubble and its hour. Wordings of Kotak ("Sent Rs.X from
    Kotak Bank AC X1234 to <handle> on dd-mm-yy"), Bank of Baroda ("Dr. from A/C … and Cr. to …"), PNB ("debited
    INR X Dt … thru UPI:…"), Canara ("An amount of INR X has been DEBITED to your account …"), Union Bank, IDFC
    FIRST, IndusInd, Federal, an IMPS debit; the balance after on some; a failed and a pending one."""
    k = place("bank_sms")
    status = outcome(k, failed=(3,), pending=(6,))
    bank = ["Kotak Mahindra Bank", "Bank of Baroda", "Punjab National Bank", "Canara Bank", "Union Bank of India",
            "IDFC FIRST Bank", "IndusInd Bank", "Federal Bank"][k]
    no_ref, no_day = k in (1, 5), k == 7
    date, amount = day26(rng), rupees(rng, 99, 40000)
    acct, ref = digits(rng, 4), utr(rng, date)
    to = payee(rng, caps=0.7)
    vpa = handle(rng, to, ["ybl", "okaxis", "paytm", "ibl", "okicici"])
    mark = rng.choice(["Rs.", "Rs ", "INR ", "Rs."])
    money_text = mark + rng.choice([f"{amount:.2f}", f"{amount:,.2f}"])
    short = when(date, rng.choice(SHORT_PATS))
    bal = f"{rng.choice(['Avl Bal', 'Avl bal', 'Bal'])} {mark}{other_sum(rng, amount, 200, 90000):,.2f}"
    named, method = None, "UPI"
    refpart = "" if no_ref else f" UPI Ref {ref}."
    if status == "failed":
        named = to
        text = (f"Dear Customer, your UPI payment of {money_text} to {to} on {short} has FAILED.{refpart} Amount, "
                f"if debited, will be reversed in 5 days. -{bank.split()[0]}")
    elif status == "pending":
        text = (f"Your UPI txn of {money_text} from A/c XX{acct} to {vpa} on {short} is under process."
                f"{refpart} Please check status after some time. -{bank.split()[0]}")
    elif k == 0:
        text = (f"Sent {money_text} from Kotak Bank AC X{acct} to {vpa} on {short}.{refpart} Not you, "
                f"https://kotak.com/KBANKT/Fraud")
    elif k == 1:
        named = to[:18].strip()
        text = (f"{money_text} Dr. from A/C XXXXXX{acct} and Cr. to {named} on {short}. {bal} - Bank of Baroda")
    elif k == 2:
        text = (f"A/c XX{acct} debited INR {amount:.2f} Dt {when(date, '%d-%m-%y')} {hhmm(rng, False, True)} thru "
                f"UPI:{ref}. {bal}. Not you? SMS FRAUD to 9264092640 - PNB")
    elif k == 4:
        named = to
        text = (f"A/c *{acct} Debited for {money_text} on {when(date, '%d-%m-%Y')} {hhmm(rng, False, True)} by "
                f"UPI to {to}, ref no {ref}. {bal} -Union Bank of India")
    elif k == 5:
        named, method = to.upper()[:20].strip(), "netbanking"
        text = (f"Your A/C XXXXX{acct} has been debited with {money_text} on {when(date, '%d-%b-%y')} towards "
                f"IMPS transfer to {named}. {bal}. -IDFC FIRST Bank")
    else:  # 7: no day printed
        named = to.upper()[:20].strip()
        text = (f"{money_text} debited from your IndusInd A/c {acct[:2]}XX{acct[2:]} to {named}.{refpart} Not you? "
                f"Call 18602677777")
    assert glyphs(font, text), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    sender = f"{rng.choice(['AX', 'VM', 'JD', 'VK', 'BP', 'AD', 'CP'])}-{SENDERS[bank]}-S"
    if no_day:
        divider = rng.choice(["Today", "Yesterday"])
    else:
        divider = rng.choice(["Today", when(date, "%A, {d} %B"), when(date, "{d} %b %Y")])
    p.style["h106"].update({"sender": sender, "divider": divider, "text": text,
                            "time": hhmm(rng, lower=rng.random() < 0.3)})
    facts = {"amount": amount, "method": method, "status": status}
    if not no_day:
        facts["date"] = date
    if not no_ref and k not in (1, 5):
        facts["txn"] = (UTR_RANK, ref)
    p.add("left", text, merchant=named, **facts)
    rows, truth, style = p.done()
    truth["merchant_name"] = named
    return rows, truth, style


# ---------------------------------------------------------------- 6. one bank e-mail alert


MAIL_BANKS = {
    "Kotak Mahindra Bank": "Kotak Mahindra Bank <BankAlerts@kotak.com>",
    "State Bank of India": "SBI Alerts <donotreply.sbiatm@alerts.sbi.co.in>",
    "IDFC FIRST Bank": "IDFC FIRST Bank <transaction.alerts@idfcfirstbank.com>",
    "Yes Bank": "YES BANK <alerts@yesbank.in>",
    "IndusInd Bank": "IndusInd Bank <transactionalert@indusind.com>",
    "Federal Bank": "Federal Bank <FedAlerts@federalbank.co.in>",
    "AU Small Finance Bank": "AU Bank <alerts@aubank.in>",
    "Bank of Baroda": "Bank of Baroda <alerts@bankofbaroda.com>",
}


def bank_email(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One bank's debit alert e-mail in a mail app (Kotak, SBI, IDFC FIRST, Yes Bank, IndusInd, Federal, AU, Bank
    of Baroda): From the alerts address, the subject, the hour sent (with the same day on some), "Dear Customer,"
    and either a sentence with the sum, the account, the payee and the reference, or a small table (Amount,
    Account, Beneficiary / Paid to, Transaction Date, Reference No. / UPI Ref No, Mode, Status); a failed and a
    pending one."""
    k = place("bank_email")
    status = outcome(k, failed=(6,), pending=(2,))
    bank = list(MAIL_BANKS)[k]
    no_ref, no_day = k in (3,), k == 5
    p = screen(rng, font, "mail", width=640, size=21)
    rs = Rs(rng, font, marks=("Rs.", "INR", "Rs", "₹"), groupings=("plain", "indian", "western"))
    date, amount = day26(rng), rupees(rng, 150, 60000)
    to = payee(rng, caps=0.6)
    acct, ref = digits(rng, 4), utr(rng, date)
    imps = k == 4
    hour = hhmm(rng)
    p.style["h106"].update({
        "from": MAIL_BANKS[bank],
        "subject": {"success": rng.choice(["Transaction alert for your account", "Debit alert",
                                           "You have made a payment", "Alert: Your account has been debited"]),
                    "failed": "Your transaction could not be completed",
                    "pending": "Your transaction is under process"}[status],
        "sent": hour if no_day or rng.random() < 0.5 else f"{when(date, '%a, {d} %b %Y')}, {hour}",
    })
    p.part = "body"
    p.add("left", rng.choice(["Dear Customer,", "Dear Valued Customer,", f"Dear {rng.choice(BUYERS)},"]))
    p.add("gap")
    method = "netbanking" if imps else "UPI"
    if k % 2 == 0:
        verb = {"success": "has been debited from", "failed": "could not be debited from",
                "pending": "is pending for debit from"}[status]
        sentence = f"{rs(amount)} {verb} your account XX{acct} towards {'IMPS' if imps else 'UPI'} payment to {to}"
        facts = {"amount": amount, "merchant": to, "method": method, "status": status}
        if not no_day:
            sentence += f" on {when(date, rng.choice(['%d-%m-%Y', '%d %b %Y', '%d/%m/%y']))}"
            facts["date"] = date
        p.add("left", sentence + ".", **facts)
        if not no_ref:
            words = ["IMPS Ref No:", "Reference No.", "RRN:"] if imps else ["The UPI reference number is", "UTR:",
                                                                            "UPI Ref No."]
            p.add("left", f"{rng.choice(words)} {ref}.", txn=(UTR_RANK, ref))
        if status == "failed":
            p.add("left", rng.choice(REFUND))
        if status == "pending":
            p.add("left", "We will update you once the beneficiary bank confirms the transaction.")
    else:
        p.add("left", {"success": "Here are the details of the transaction from your account:",
                       "failed": "The following transaction from your account was not successful:",
                       "pending": "The following transaction from your account is under process:"}[status])
        p.add("gap")
        p.pair(rng.choice(["Amount", "Amount Debited", "Transaction Amount"]), rs(amount), amount=amount)
        p.pair(rng.choice(["Account Number", "Account No.", "From Account"]), f"XXXXXXXX{acct}")
        p.pair(rng.choice(["Beneficiary", "Paid to", "Payee Name"]), to, merchant=to)
        if not imps:
            p.pair(rng.choice(["Payee VPA", "UPI ID"]), handle(rng, to, ["ybl", "okaxis", "paytm", "upi"]))
        p.pair(rng.choice(["Mode", "Transaction Type", "Channel"]), "IMPS" if imps else "UPI", method=method)
        if not no_day:
            p.pair(rng.choice(["Transaction Date", "Date & Time", "Date"]),
                   stamp(rng, date, IN_PATS, twelve=rng.random() < 0.5), date=date)
        if not no_ref:
            p.pair(rng.choice(["UPI Ref No", "Reference No.", "RRN", "UTR Number"]), ref, txn=(UTR_RANK, ref))
        p.pair(rng.choice(["Status", "Transaction Status"]),
               rng.choice({"success": ["Success", "Successful"], "failed": ["Failed", "Unsuccessful"],
                           "pending": ["Pending", "Under Process"]}[status]), status=status)
    if status == "success" and rng.random() < 0.5:
        p.add("left", f"Available balance: {rs(other_sum(rng, amount, 1000, 200000))}")
    p.add("gap")
    p.add("small", "If you have not done this transaction, please call our 24x7 helpline immediately. Never share "
                   "your OTP, PIN or password with anyone.")
    p.add("left", "Regards,")
    p.add("left", bank)
    return p.done()


# ---------------------------------------------------------------- 7. net-banking receipts


NB_BANKS = ["Canara Bank", "Union Bank of India", "Punjab National Bank", "Indian Bank", "Federal Bank", "IDBI Bank",
            "Bank of India", "Central Bank of India"]


def netbanking_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A net-banking transfer receipt (Canara, Union, PNB, Indian Bank, Federal, IDBI, Bank of India, Central Bank)
    in the browser or saved as a page: "Payment Receipt" / "Transaction Successful" / "Fund Transfer Status", a
    Transaction Reference / Reference ID of the bank's own beside the UTR on some, Payee / Beneficiary Name, the
    account masked, IFSC, Amount, Mode IMPS, NEFT or RTGS, Transaction Date, Status; a failed and a pending one."""
    k = place("netbanking_receipt")
    status = outcome(k, failed=(1,), pending=(6,))
    bank = NB_BANKS[k]
    kind = ["IMPS", "NEFT", "IMPS", "RTGS", "NEFT", "IMPS", "NEFT", "IMPS"][k]
    no_ref, no_day = k in (2, 7), k == 4
    browser = rng.random() < 0.6
    p = screen(rng, font, "browser" if browser else "crop", width=rng.choice([700, 740]),
               size=rng.choice([19, 20, 21]))
    if browser:
        site = bank.split()[0].lower()
        p.style["h106"]["url"] = rng.choice([f"netbanking.{site}.bank.in/corp/txnreceipt",
                                             f"www.{site}online.in/BankAwayRetail/receipt"])
    rs = Rs(rng, font, marks=("₹", "Rs.", "INR"), groupings=("indian", "western"))
    date = day26(rng)
    amount = rupees(rng, 200000, 800000) if kind == "RTGS" else rupees(rng, 800, 160000)
    to = rng.choice(SELLERS + ["Om Sai Packaging", "Shree Ram Textiles", "K V Enterprises", "Patel Agro Foods"])
    p.part = "head"
    p.add("title", bank)
    p.add("left", rng.choice(["Payment Receipt", "Fund Transfer Status", "Transaction Receipt",
                              f"{kind} Payment - Receipt"]))
    p.add("rule")
    p.part = "body"
    stated = rng.random() < 0.5
    if stated:
        p.add("left", {"success": f"Your {kind} transaction has been completed successfully.",
                       "failed": f"Your {kind} transaction has failed.",
                       "pending": f"Your {kind} transaction has been accepted and is pending for processing."}[status],
              status=status)
    p.pair(rng.choice(["Payee Name", "Beneficiary Name", "Beneficiary"]), to, merchant=to)
    p.pair(rng.choice(["Payee Account", "Beneficiary Account No.", "Credit Account"]), f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{rng.choice(list(IFSC.values()))}0{digits(rng, 6)}")
    p.pair(rng.choice(["Amount", "Transaction Amount", "Amount (INR)"]), rs(amount), amount=amount)
    if kind != "IMPS" and status == "success" and rng.random() < 0.5:
        charge = {"NEFT": 2.5, "RTGS": 25.0}[kind]
        p.pair("Commission", rs(charge))
        p.pair("GST", rs(round(charge * 0.18, 2)))
    p.pair(rng.choice(["Payment Mode", "Transfer Type", "Mode of Transfer"]), kind, method="netbanking")
    p.pair(rng.choice(["Debit Account", "From Account"]), f"XXXXXXXX{digits(rng, 4)}")
    if not no_ref:
        own = digits(rng, rng.choice([9, 10, 11]))
        if rng.random() < 0.5:
            p.pair(rng.choice(["Transaction Reference", "Reference ID", "Txn Ref No"]), own, txn=(BANK_RANK, own))
        if status != "failed" or rng.random() < 0.5:
            head = IFSC[bank]
            ref = (utr(rng, date) if kind == "IMPS" else rtgs_utr(head, rng, date) if kind == "RTGS"
                   else neft_utr(head, rng, date))
            p.pair(rng.choice(["UTR No", "UTR Number", "IMPS Ref No"] if kind == "IMPS"
                              else ["UTR No", "UTR Number", "UTR"]), ref, txn=(UTR_RANK, ref))
        elif not any("txn" in tag for _, tag in p.tags):
            p.pair(rng.choice(["Transaction Reference", "Reference ID"]), own, txn=(BANK_RANK, own))
    if not no_day:
        p.pair(rng.choice(["Transaction Date", "Date & Time", "Txn Date", "Payment Date"]),
               stamp(rng, date, IN_PATS, twelve=rng.random() < 0.4), date=date)
    if not stated or rng.random() < 0.4:
        p.pair(rng.choice(["Status", "Transaction Status"]),
               rng.choice({"success": ["Success", "Completed", "Processed"], "failed": ["Failed", "Rejected"],
                           "pending": ["Pending", "In Process", "Sent to beneficiary bank"]}[status]),
               **({} if stated else {"status": status}))
    if rng.random() < 0.5:
        p.pair(rng.choice(["Remarks", "Narration"]), rng.choice(["Order payment", "Stock purchase", "Advance"]))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["This is a computer generated receipt and does not require a signature.",
                               "Print  |  Download PDF  |  Make another payment"]))
    return p.done()


# ---------------------------------------------------------------- 8. Bharat BillPay receipts


BILLERS = [
    ("Electricity", "Tata Power Delhi Distribution Ltd", "CA Number"),
    ("Electricity", "Jaipur Vidyut Vitran Nigam Ltd (JVVNL)", "K Number"),
    ("Piped Gas", "Mahanagar Gas Limited", "CA Number"),
    ("Water", "Delhi Jal Board", "K No"),
    ("Broadband", "ACT Fibernet", "Account Number"),
    ("DTH", "Tata Play", "Subscriber ID"),
    ("Mobile Postpaid", "Airtel Postpaid", "Mobile Number"),
    ("FASTag", "ICICI Bank FASTag", "Vehicle Number"),
    ("Electricity", "Paschim Gujarat Vij Company Ltd", "Consumer Number"),
    ("Insurance", "LIC of India", "Policy Number"),
]
AGENTS = ["PhonePe", "Paytm", "Google Pay", "Amazon Pay", "HDFC Bank", "MobiKwik", "CRED", "ICICI Bank"]
MODES = [("UPI", "UPI"), ("Debit Card", "card"), ("UPI", "UPI"), ("Net Banking", "netbanking"),
         ("Wallet", "wallet"), ("Credit Card", "card"), ("UPI", "UPI"), ("UPI", "UPI")]


def bbps_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bill paid through Bharat BillPay (electricity, piped gas, water, broadband, DTH, postpaid, FASTag,
    insurance) as the agent app's receipt: the Bharat BillPay mark, the biller under Biller / Biller Name / Paid
    to, the consumer number, the customer's name, Bill Amount with a Convenience Fee and a Total on some, Payment
    Mode, BBPS Reference ID / B-Connect Txn ID and a UPI Ref No on some, the day, Status; a failed and a pending
    one."""
    k = place("bbps_receipt")
    status = outcome(k, failed=(3,), pending=(7,))
    agent = AGENTS[k]
    category, biller, num_label = rng.choice(BILLERS)
    mode, method = MODES[k]
    no_ref, no_day = k in (5,), k == 2
    p = screen(rng, font, "phone" if rng.random() < 0.5 else "crop", width=rng.choice([600, 640]),
               size=rng.choice([20, 21, 22]), title=rng.choice(["", "Bill Payment", "Receipt"]),
               buttons=rng.choice([("Share",), ("Download", "Share"), ()]))
    rs = money(rng, font, 0.3)
    date = day26(rng)
    bill = rupees(rng, 149, 12000)
    fee = 0.0 if rng.random() < 0.5 else float(rng.choice([1, 2, 4, 5, 10]))
    amount = round(bill + fee, 2)
    p.part = "head"
    p.add("title", agent)
    p.add("small", rng.choice(["Bharat BillPay", "B  Bharat BillPay  |  Assured", "Powered by Bharat Connect"]))
    p.add("left", f"{category} bill payment")
    p.add("rule")
    p.part = "body"
    top = rng.random() < 0.5
    if top:
        p.add("center", rng.choice({"success": ["Bill payment successful", "Payment Successful", "Bill paid"],
                                    "failed": ["Bill payment failed", "Payment Failed"],
                                    "pending": ["Bill payment pending", "Payment Pending"]}[status]),
              status=status)
        p.accent(colour(status))
    p.add("big", rs(amount))
    p.pair(rng.choice(["Biller", "Biller Name", "Paid to", "Operator"]), biller, merchant=biller)
    number = (f"{rng.choice(['MH', 'DL', 'KA', 'GJ'])}{rng.randrange(1, 50):02d}"
              f"{code(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(rng, 4)}" if num_label == "Vehicle Number"
              else f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}" if num_label == "Mobile Number"
              else digits(rng, rng.choice([9, 10, 12])))
    p.pair(num_label, number)
    p.pair(rng.choice(["Customer Name", "Consumer Name", "Name"]), rng.choice(BUYERS + PEOPLE).upper())
    if fee:
        p.pair(rng.choice(["Bill Amount", "Amount"]), rs(bill))
        p.pair(rng.choice(["Convenience Fee", "Customer Convenience Fee", "Platform Fee"]), rs(fee))
        p.pair(rng.choice(["Total Amount", "Total Paid", "Amount Paid"]), rs(amount), amount=amount)
    else:
        p.pair(rng.choice(["Bill Amount", "Amount Paid", "Total Amount"]), rs(amount), amount=amount)
    p.pair(rng.choice(["Payment Mode", "Paid using", "Payment Method"]), mode, method=method)
    if not no_ref:
        ref = (f"{rng.choice(['PT', 'PP', 'AM', 'HD', 'IC', 'GP', 'MK', 'CC'])}0{rng.randrange(1, 10)}"
               f"{date.year % 10}{date.timetuple().tm_yday:03d}{code(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}"
               f"{digits(rng, 8)}")
        p.pair(rng.choice(["BBPS Reference ID", "B-Connect Txn ID", "Bharat BillPay Txn ID", "BBPS Txn Ref No"]),
               ref, txn=(BANK_RANK, ref))
        if mode == "UPI" and rng.random() < 0.5:
            upi = utr(rng, date)
            p.pair(rng.choice(["UPI Ref No", "UTR"]), upi, txn=(UTR_RANK, upi))
    if not no_day:
        p.pair(rng.choice(["Payment Date", "Transaction Date", "Paid on", "Date & Time"]),
               stamp(rng, date, IN_PATS, twelve=rng.random() < 0.5), date=date)
    if not top:
        p.pair(rng.choice(["Status", "Payment Status", "Transaction Status"]),
               rng.choice({"success": ["Success", "Successful", "Paid"], "failed": ["Failed", "Unsuccessful"],
                           "pending": ["Pending", "In Progress"]}[status]), status=status)
    if status == "failed":
        p.add("small", "Amount, if debited, will be refunded within 7 working days.")
    if status == "pending":
        p.add("small", "The biller has not confirmed this payment yet. It may take up to 48 hours.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Complaint? Raise it on Bharat BillPay with the reference ID.",
                               "Thank you for paying with Bharat BillPay"]))
    return p.done()


# ---------------------------------------------------------------- 9. wallet payments


WALLETS = {"Paytm": ("Paytm Wallet", "WT"), "MobiKwik": ("MobiKwik Wallet", "MK"),
           "Amazon Pay": ("Amazon Pay Balance", ""), "Freecharge": ("Freecharge Wallet", "FC"),
           "PhonePe": ("PhonePe Wallet", "PW"), "Airtel Thanks": ("Airtel Payments Bank Wallet", "")}


def wallet_payment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment from a wallet balance (Paytm Wallet, MobiKwik, Amazon Pay Balance, Freecharge, PhonePe Wallet,
    Airtel Payments Bank Wallet) to the seller's wallet number or QR: the outcome, the sum, Paid to / Sent to with
    a masked mobile number, Paid from / Paid using / Payment source the wallet, Wallet Txn ID / Transaction ID /
    Order ID, the day, the wallet balance left on some; a failed and a pending one."""
    k = place("wallet_payment")
    status = outcome(k, failed=(6,), pending=(3,))
    app = ["Paytm", "MobiKwik", "Amazon Pay", "Freecharge", "PhonePe", "Airtel Thanks", "MobiKwik", "Paytm"][k]
    source, prefix = WALLETS[app]
    no_ref, no_day = k in (0, 5), k == 4
    p = screen(rng, font, "phone", dark=rng.random() < 0.3, title=rng.choice(["", "Payment Details", "Money Sent"]),
               buttons=rng.choice([("Share", "Done"), ("Done",), ()]))
    rs = money(rng, font, 0.5, marks=("₹", "₹", "Rs.", "Rs"))
    date, amount = day26(rng), rupees(rng, 50, 10000)
    to = payee(rng)
    p.part = "head"
    p.add("title", app if app != "Amazon Pay" else "amazon pay")
    p.add("gap")
    p.part = "body"
    p.add("center", rng.choice({"success": ["Payment Successful", "Paid Successfully", "Money sent"],
                                "failed": ["Payment Failed", "Could not send money"],
                                "pending": ["Payment Pending", "Payment processing"]}[status]), status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    lab = rng.choice(["Paid to", "Sent to", "To"] if status == "success" else ["To", "Paying to"])
    p.add("center", f"{lab} {to}", merchant=to)
    p.add("small", f"+91 {rng.choice('6789')}{digits(rng, 1)}XXXXX{digits(rng, 3)}")
    if status == "failed":
        p.add("small", "Money, if deducted, will be added back to your wallet.")
    if status == "pending":
        p.add("small", rng.choice(WAIT))
    p.add("rule")
    p.pair(rng.choice(["Paid from", "Paid using", "Payment source"]), source, method="wallet")
    if not no_ref:
        tid = prefix + digits(rng, rng.choice([12, 14])) if app != "Amazon Pay" else (
            f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}")
        lab = rng.choice(["Wallet Txn ID", "Transaction ID", "Txn ID"] if app != "Paytm" else ["Order ID",
                                                                                              "Wallet Txn ID"])
        labelled(p, lab, tid, txn=(ORDER_RANK if lab == "Order ID" else TXN_RANK, tid))
    if not no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Date"]), stamp(rng, date, IN_PATS), date=date)
    if status != "failed" and rng.random() < 0.6:
        p.pair(rng.choice(["Wallet balance", "Updated balance", "Balance left"]),
               rs(other_sum(rng, amount, 5, 4000)))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Wallet balance is protected under RBI guidelines.", "Need help? Contact 24x7 support",
                               "Pay again  |  Share"]))
    return p.done()


# ---------------------------------------------------------------- 10. payment gateway result pages


GATEWAYS = {
    "razorpay": ("Secured by Razorpay", "rzp.io/rzp/"),
    "payu": ("Powered by PayU", "secure.payu.in/"),
    "cashfree": ("Powered by Cashfree Payments", "payments.cashfree.com/order/"),
    "instamojo": ("Payments by Instamojo", "www.instamojo.com/order/status/"),
    "ccavenue": ("CCAvenue  |  Secure payments", "secure.ccavenue.com/transaction/"),
    "phonepe": ("Secured by PhonePe Payment Gateway", "mercury.phonepe.com/transact/"),
    "easebuzz": ("Powered by Easebuzz", "pay.easebuzz.in/pay/"),
    "paytm": ("Secured by Paytm Payment Gateway", "securegw.paytm.in/order/"),
}


def gateway_page(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A shop website's "payment successful" page after paying through a gateway (Razorpay, PayU, Cashfree,
    Instamojo, CCAvenue, PhonePe PG, Easebuzz, Paytm PG) in a browser: the shop on top, the outcome, the sum,
    Payment ID / Transaction ID / Tracking ID, Order ID / Order No., a Bank Reference / Bank RRN / UTR on some, the
    way paid (UPI with its handle, a masked card, Net Banking), the day; a failed and a pending one."""
    k = place("gateway_page")
    status = outcome(k, failed=(5,), pending=(2,))
    gw = list(GATEWAYS)[k]
    no_ref, no_day = k in (3,), k == 6
    foot, path = GATEWAYS[gw]
    p = screen(rng, font, "browser", width=rng.choice([620, 660]), size=rng.choice([20, 21]))
    rs = Rs(rng, font, marks=("₹", "₹", "INR", "Rs."), groupings=("indian", "western"))
    date, amount = day26(rng), rupees(rng, 199, 30000)
    shop = rng.choice(SELLERS)
    slug = "".join(ch for ch in shop.lower() if ch.isalpha())[:14]
    p.style["h106"]["url"] = rng.choice([f"{slug}.in/checkout/payment-status", path + code(rng, 10,
                                                                                           "abcdefghjkmnpqrstuvwxyz23456789")])
    p.part = "head"
    p.add("title", shop, merchant=shop)
    p.add("gap")
    p.part = "body"
    words = {"success": ["Payment Successful", "Payment successful!", "Thank you! Your payment was successful",
                         "Payment received"],
             "failed": ["Payment Failed", "Payment unsuccessful", "Transaction failed"],
             "pending": ["Payment Pending", "Payment is being processed", "Awaiting payment confirmation"]}
    p.add("center", rng.choice(words[status]), status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    if status == "failed":
        p.add("small", "Your payment could not be completed. Any amount debited will be refunded in 5-7 days.")
    if status == "pending":
        p.add("small", "We are waiting for your bank to confirm. Please do not pay again.")
    p.add("rule")
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    if way == "UPI":
        how = rng.choice([f"UPI - {handle(rng, rng.choice(BUYERS), ['okhdfcbank', 'ybl', 'oksbi', 'paytm'])}",
                          "UPI", "UPI (QR)"])
    elif way == "card":
        how = (f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['Credit', 'Debit'])} Card "
               f"{rng.choice(['XXXX', dots(font)])} {digits(rng, 4)}")
    else:
        how = f"Net Banking - {rng.choice(BANKS)}"
    alnum = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    rows = []
    if not no_ref:
        if gw == "razorpay":
            pid = "pay_" + "".join(rng.choice(alnum) for _ in range(14))
            rows.append(("Payment ID", pid, (TXN_RANK, pid)))
        elif gw == "ccavenue":
            pid = digits(rng, 12)
            rows.append(("Tracking ID", pid, (TXN_RANK, pid)))
        else:
            pid = rng.choice([f"TXN{digits(rng, 10)}", digits(rng, 10), f"E{digits(rng, 13)}"])
            rows.append((rng.choice(["Transaction ID", "Payment ID", "Txn ID"]), pid, (TXN_RANK, pid)))
        oid = rng.choice([f"ORD{digits(rng, 7)}", f"#{rng.randrange(1001, 9999)}", f"order_{digits(rng, 8)}"])
        rows.append((rng.choice(["Order ID", "Order No.", "Order Number"]), oid, (ORDER_RANK, oid.lstrip("#"))))
        if status != "failed" and rng.random() < 0.6:
            if way == "UPI" or rng.random() < 0.4:
                ref = utr(rng, date)
                rows.append((rng.choice(["Bank RRN", "UPI Ref No", "UTR", "Bank Reference (RRN)"]), ref,
                             (UTR_RANK, ref)))
            else:
                ref = digits(rng, rng.choice([10, 12, 15]))
                rows.append((rng.choice(["Bank Ref No", "Bank Reference", "Bank Ref. No."]), ref, (BANK_RANK, ref)))
        rng.shuffle(rows)
    for label, value, txn in rows:
        p.pair(label, value, txn=txn)
    p.pair(rng.choice(["Paid via", "Payment Mode", "Payment Method", "Paid using"]), how, method=way)
    if not no_day:
        p.pair(rng.choice(["Date", "Payment Date", "Paid on", "Transaction Time"]),
               stamp(rng, date, IN_PATS, twelve=rng.random() < 0.6), date=date)
    p.pair(rng.choice(["Email", "Contact"]), rng.choice([f"{rng.choice('abcdknprs')}****@gmail.com",
                                                         f"+91 {rng.choice('6789')}XXXXX{digits(rng, 4)}"]))
    p.part = "foot"
    p.add("gap")
    if status == "success":
        p.add("center", rng.choice(["Continue shopping", "Back to store", "Track your order"]))
    else:
        p.add("center", "Retry payment" if status == "failed" else "Check status")
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 11. a card terminal's charge slip


TERMINALS = ["Pine Labs", "HDFC BANK", "ICICI BANK", "Paytm EDC", "PhonePe Smart POS", "Razorpay POS", "Mswipe",
             "AXIS BANK"]


def charge_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A card terminal's charge slip (customer copy) photographed on paper, in a monospace face, in rupees (Pine
    Labs, HDFC, ICICI, Paytm EDC, PhonePe Smart POS, Razorpay POS, Mswipe, Axis): the vendor, the shop in capitals
    and its town, DATE / TIME, MID, TID, BATCH, INVOICE / BILL NO, SALE, the masked card and its scheme, EXP ****,
    APPR CODE / AUTH ID and RRN / REF NO on approved slips, BASE AMOUNT / TOTAL / AMOUNT, APPROVED or DECLINED with
    its RESPONSE CODE, PIN VERIFIED; two declined, none pending (a terminal prints none)."""
    k = place("charge_slip")
    status = outcome(k, failed=(1, 5))
    no_ref, no_day = k in (3, 5), k == 6
    p = screen(rng, font, width=rng.choice([420, 460, 500]), size=rng.choice([18, 19, 20]))
    p.style.update({"screen": False, "paper": rng.choice([(250, 248, 240), (246, 244, 236), (252, 251, 247)]),
                    "ink": (40, 40, 48), "label_ink": (40, 40, 48), "accent": (40, 40, 48)})
    date = day26(rng)
    amount = rupees(rng, 150, 45000, p_round=0.4)
    mark = rng.choice(["INR ", "Rs.", "Rs ", "INR:"])
    text = f"{mark}{amount:,.2f}" if rng.random() < 0.5 else f"{mark}{amount:.2f}"
    shop = rng.choice(SELLERS).upper()
    town = rng.choice(["JAIPUR", "SURAT", "LUDHIANA", "COIMBATORE", "VARANASI", "NAGPUR", "KOLKATA", "BHOPAL"])
    p.part = "head"
    p.add("center", TERMINALS[k])
    p.add("title", shop, merchant=shop)
    p.add("center", town)
    p.add("center", rng.choice(["CHARGE SLIP", "SALE SLIP", "CUSTOMER COPY"]))
    p.part = "body"
    if not no_day:
        dt_text = when(date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d-%m-%Y", "%d %b %y"]))
        if rng.random() < 0.5:
            p.pair("DATE:", dt_text, date=date)
            p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
        else:
            p.add("left", f"DATE:{dt_text}  TIME:{hhmm(rng, twelve=False)}", date=date)
    else:
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair(rng.choice(["BATCH:", "BATCH NO:"]), f"{rng.randrange(1, 999):06d}")
    invoice = f"{rng.randrange(1, 9999):06d}"
    if not no_ref:
        p.pair(rng.choice(["INVOICE:", "INV NO:", "BILL NO:"]), invoice, txn=(INVOICE_RANK, invoice))
    p.add("center", "SALE")
    net = rng.choice(["VISA", "MASTERCARD", "RUPAY", "RUPAY DEBIT", "VISA CREDIT"])
    p.add("left", f"{net}  {rng.choice(['CHIP', 'CONTACTLESS', 'SWIPE'])}")
    p.add("left", f"CARD: **** **** **** {digits(rng, 4)}", method="card")
    p.pair("EXP:", "**/**")
    if not no_ref and status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH ID:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        rrn = utr(rng, date)
        p.pair(rng.choice(["RRN:", "REF NO:", "RRN NO:"]), rrn, txn=(UTR_RANK, rrn))
    p.add("rule")
    if rng.random() < 0.4 and status == "success":
        p.pair("BASE AMOUNT:", text)
        p.pair("TIP:", f"{mark}0.00")
    p.pair(rng.choice(["TOTAL:", "AMOUNT:", "TOTAL AMOUNT:", "NET AMOUNT:"]), text, amount=amount)
    p.add("rule")
    p.add("center", rng.choice({"success": ["APPROVED", "TXN APPROVED", "APPROVED - THANK YOU"],
                                "failed": ["DECLINED", "TXN DECLINED", "TRANSACTION DECLINED"]}[status]),
          status=status)
    if status == "failed":
        p.add("center", f"RESPONSE CODE: {rng.choice(['05', '51', '55', '91', 'Z3'])}")
        p.add("center", rng.choice(["INSUFFICIENT FUNDS", "INCORRECT PIN", "ISSUER UNAVAILABLE", "DO NOT HONOUR"]))
    else:
        p.add("center", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED", "NO PIN REQUIRED (TAP)"]))
    p.part = "foot"
    p.add("center", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    p.add("center", "*** CUSTOMER COPY ***")
    return p.done()


# ---------------------------------------------------------------- 12. cash-on-delivery orders not yet paid


MARKETS = {"Meesho": (244, 51, 151), "Flipkart": (40, 116, 240), "Amazon": (35, 47, 62), "Shopsy": (255, 110, 0),
           "Snapdeal": (228, 0, 70), "JioMart": (0, 90, 170)}
STORE_HOSTS = ["{slug}.myshopify.com/checkouts/thank_you", "{slug}.mydukaan.io/order/confirmed",
               "www.{slug}.in/checkout/order-received/", "{slug}.shop/order/success"]
GOODS = ["Cotton Kurti Set", "Brass Diya (Pack of 4)", "Jute Tote Bag", "Block Print Bedsheet", "Kids Wooden Puzzle",
         "Steel Lunch Box 3 Tier", "Silk Dupatta", "Attar Gift Box", "Phone Back Cover", "Terracotta Planter"]


def cod_order(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A cash-on-delivery or pay-on-delivery order confirmed but not yet paid: a shop's own website (Shopify,
    Dukaan, WooCommerce) in a browser, or a marketplace's app (Meesho, Flipkart, Amazon, Shopsy, Snapdeal,
    JioMart): the shop or marketplace on top, Order confirmed / Order placed, Order # / Order ID / Order No.,
    Ordered on / Order date / Placed on, the items with a Shipping and a COD fee on some, Amount to pay / Total
    payable / To be paid on delivery, Payment method Cash on Delivery / Pay on Delivery / COD, "Payment pending -
    pay at the time of delivery" or a Payment status: Pending row, an Expected delivery day; all pending."""
    k = place("cod_order")
    site = k % 2 == 0
    no_ref, no_day = k in (1, 6), k == 3
    rs = money(rng, font, 0.6, marks=("₹", "₹", "Rs.", "Rs"))
    date = day26(rng)
    if site:
        name = rng.choice(SELLERS)
        slug = "".join(ch for ch in name.lower() if ch.isalpha())[:16]
        p = screen(rng, font, "browser", width=rng.choice([620, 660]), size=rng.choice([20, 21]))
        p.style["h106"]["url"] = rng.choice(STORE_HOSTS).format(slug=slug)
    else:
        name = ["Meesho", "Flipkart", "Amazon", "Shopsy", "Snapdeal", "JioMart"][(k // 2 + rng.choice([0, 4])) % 6]
        p = screen(rng, font, "phone", title=rng.choice(["Order Details", "Order Summary", ""]),
                   buttons=rng.choice([("Track order",), ("Continue shopping",), ()]))
        p.style["band"], p.style["band_ink"] = MARKETS[name], (255, 255, 255)
    p.part = "head"
    p.add("title", name, merchant=name)
    p.part = "body"
    p.add("center", rng.choice(["Order confirmed", "Order placed successfully", "Thank you for your order!",
                                f"Thank you, {rng.choice(BUYERS).split()[0]}!"]))
    if not site:
        p.add("gap")  # clear of the band
    if not no_ref:
        oid = (f"#{rng.randrange(1001, 9999)}" if site and rng.random() < 0.5 else
               rng.choice([f"OD{digits(rng, 15)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
                           f"{digits(rng, 9)}_1", f"ORD{digits(rng, 8)}"]))
        p.pair(rng.choice(["Order ID", "Order No.", "Order #", "Order number"]), oid, txn=(ORDER_RANK, oid.lstrip("#")))
    if not no_day:
        p.pair(rng.choice(["Ordered on", "Order date", "Placed on"]), stamp(rng, date, IN_PATS, hour=rng.random() < 0.4),
               date=date)
    p.add("rule")
    chosen = rng.sample(GOODS, rng.choice([1, 2, 3]))
    total_items = 0.0
    for item in chosen:
        price = float(rng.randrange(149, 1999))
        qty = rng.choice([1, 1, 2])
        total_items += price * qty
        p.pair(f"{item} x {qty}" if qty > 1 else item, rs(price * qty))
    shipping = float(rng.choice([0, 0, 40, 49, 79]))
    fee = float(rng.choice([0, 0, 29, 39, 49]))
    p.pair(rng.choice(["Subtotal", "Items total", "Price"]), rs(total_items))
    p.pair(rng.choice(["Shipping", "Delivery charges"]), "FREE" if not shipping else rs(shipping))
    if fee:
        p.pair(rng.choice(["COD charges", "Cash handling fee", "COD fee"]), rs(fee))
    amount = round(total_items + shipping + fee, 2)
    p.pair(rng.choice(["Amount to pay", "Total payable", "To be paid on delivery", "Order total",
                       "Amount to be collected"]), rs(amount), amount=amount)
    p.pair(rng.choice(["Payment method", "Payment mode", "Payment"]),
           rng.choice(["Cash on Delivery", "Cash on Delivery (COD)", "Pay on Delivery", "COD"]), method="cash")
    if rng.random() < 0.5:
        p.add("small", rng.choice(["Payment pending - pay at the time of delivery.",
                                   f"Not paid yet. Please keep {rs(amount)} ready at delivery.",
                                   "Pay by cash or UPI to the delivery partner."]), status="pending")
    else:
        p.pair(rng.choice(["Payment status", "Status"]), rng.choice(["Pending", "Not paid", "Payment pending"]),
               status="pending")
        p.add("small", "Nothing has been charged online for this order.")
    later = date + dt.timedelta(days=rng.randrange(2, 8))
    p.pair(rng.choice(["Expected delivery", "Delivery by", "Arriving by"]), when(later, rng.choice(["%a, {d} %b",
                                                                                                  "{d} %b %Y"])))
    p.pair(rng.choice(["Ship to", "Delivering to"]), f"{rng.choice(BUYERS)}, {rng.choice(['Pune', 'Indore', 'Patna'])}")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Need help with your order? Contact us", "Track order  |  Cancel order",
                               "Returns accepted within 7 days of delivery"]))
    return p.done()


def compose(rows: list[tuple], font: str, style: dict):
    """heldout106's frames: a phone, the rows alone, a messages app, an e-mail client, a browser."""
    return compose106(rows, font, style)

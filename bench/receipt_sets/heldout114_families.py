"""The twelve heldout114 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: what a buyer forwards to a seller as proof of one payment in 2026, the image a
payment app makes when "Share" is tapped, the receipt a bank or biller lets one download, a shop's e-mailed
receipt, a card slip photographed. Every row is added to heldout113's ``Screen`` (heldout106's ``Page``) with the
facts it prints, and the truth is read back from the rows. Headings, footers, balances, fees, ads and the payer's
own details carry no fact. ``compose`` is heldout106's: the rows alone for a shared card, a PDF page or a slip, an
e-mail client's header over an e-mailed receipt, a browser's bar over a page saved from net banking.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
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

SHOPS = [
    "Shree Ganesh Provisions", "Al Madina Dry Fruits", "Sai Ram Electricals", "Prakash Saree Centre",
    "Himalaya Book Stall", "Annapurna Sweets", "Bombay Tailors", "Green Leaf Nursery", "Vaishnavi Jewellers",
    "New Star Footwear", "Kamdhenu Dairy", "Sagar Hardware", "Roshni Beauty Parlour", "Mahalakshmi Tiffin Centre",
    "Rajdhani Mobiles", "Ocean Fish Mart",
]
PEOPLE = [
    "Pooja Iyer", "Sandeep Rana", "Zoya Khan", "Venkatesh Reddy", "Ankita Das", "Gaurav Malhotra",
    "Meenal Kapoor", "Yusuf Pathan", "Lakshmi Narayanan", "Rohit Chawla", "Shabnam Begum", "Kunal Thakkar",
]
PAYERS = ["Amit Sinha", "Divya Rao", "Karan Mehra", "Swati Jain", "Nikhil Dubey", "Pallavi Sen"]
BANKS = ["HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Bank of Baroda",
         "Canara Bank", "Punjab National Bank", "IDFC FIRST Bank", "Yes Bank"]
IFSC = {"HDFC Bank": "HDFC", "State Bank of India": "SBIN", "ICICI Bank": "ICIC", "Axis Bank": "UTIB",
        "Kotak Mahindra Bank": "KKBK", "Bank of Baroda": "BARB", "Canara Bank": "CNRB", "Punjab National Bank": "PUNB",
        "IDFC FIRST Bank": "IDFB", "Yes Bank": "YESB"}
IN_PATS = ["%d %b %Y", "{d} %b %Y", "%d-%m-%Y", "%d/%m/%Y", "{d} %B %Y", "%d %b, %Y", "%d-%b-%Y", "%d.%m.%Y"]
US_PATS = ["%b {d}, %Y", "%B {d}, %Y", "%m/%d/%Y", "%b %d, %Y"]
EU_PATS = ["{d} %b %Y", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%d %b %Y"]
STAT = {
    "success": ["Payment Successful", "Paid Successfully", "Transaction Successful", "Payment successful"],
    "failed": ["Payment Failed", "Transaction Failed", "Payment failed"],
    "pending": ["Payment Pending", "Payment Processing", "Transaction Pending"],
}
# a status label's value (bank receipts, acknowledgements, BillPay)
STAT_VALUE = {
    "success": ["Success", "SUCCESS", "Successful", "Completed"],
    "failed": ["Failed", "FAILED", "Unsuccessful"],
    "pending": ["Pending", "PENDING", "In Process", "Under Process"],
}


def fresh() -> None:
    """Start every family's count again (``make_heldout114_set`` calls it before drawing)."""
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
    return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 340))


def colour(status: str):
    return {"success": GREEN, "failed": RED, "pending": AMBER}[status]


def payee(rng: random.Random, caps: float = 0.2) -> str:
    name = rng.choice(SHOPS) if rng.random() < 0.6 else rng.choice(PEOPLE)
    return name.upper() if rng.random() < caps else name


def handle(rng: random.Random, name: str, banks: list[str]) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:11]
    return rng.choice([f"{base}@{rng.choice(banks)}", f"{base}{rng.randrange(10, 999)}@{rng.choice(banks)}",
                       f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(banks)}"])


def dots(font: str) -> str:
    return sign(font, "\u2022", "X") * 4


def stamp(rng: random.Random, date: dt.date, pats: list[str], *, hour: bool = True, twelve: bool = True) -> str:
    text = when(date, rng.choice(pats))
    if hour:
        text += rng.choice([", ", " ", " at ", " | "]) + hhmm(rng, twelve=twelve, lower=rng.random() < 0.3)
    return text


def screen(rng: random.Random, font: str, frame: str = "crop", *, dark: bool = False, width: int = 600,
           size: int | None = None, title: str = "", buttons: tuple[str, ...] = ()) -> Screen:
    return Screen(font, rng, frame, dark=dark, title=title, buttons=buttons, width=width,
                  size=size or rng.choice([21, 22, 23]))


def money(rng: random.Random, font: str, p_whole: float = 0.3) -> Rs:
    return Rs(rng, font, marks=("₹", "₹", "Rs.", "Rs", "INR"), groupings=("indian", "indian", "western"),
              p_whole=p_whole)


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


# ---------------------------------------------------------------- 1. UPI apps' share cards


SHARE_APPS = {
    # title, band, handles, own id label
    "PhonePe": ("PhonePe", (95, 37, 159), ["ybl", "ibl", "axl"], "Transaction ID"),
    "Google Pay": ("Google Pay", (26, 115, 232), ["okaxis", "okhdfcbank", "oksbi", "okicici"], "Google transaction ID"),
    "Paytm": ("Paytm", (0, 46, 110), ["paytm", "ptys", "pthdfc", "ptaxis"], "Order ID"),
    "BHIM": ("BHIM UPI", (0, 98, 65), ["upi"], "Transaction ID"),
}


def share_card_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The card PhonePe, Google Pay, Paytm or BHIM makes when Share is tapped on a payment: the app's name on its
    band, the outcome, the sum, Paid to / Payment to / To and the payee with its handle, a UPI reference, the day,
    Paid from / Debited from the bank XX1234, "Powered by UPI"; a failed and a pending one."""
    k = place("share_card_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    app = ["PhonePe", "Google Pay", "Paytm", "BHIM", "PhonePe", "Google Pay", "Paytm", "BHIM"][k]
    title, band, banks, own_label = SHARE_APPS[app]
    no_ref, no_day = k in (1, 5), k == 7
    p, rs = screen(rng, font, width=rng.choice([540, 580, 600])), money(rng, font, 0.5)
    date, amount, to = day26(rng), rupees(rng, 30, 25000), payee(rng)
    p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.part = "head"
    p.add("title", title)
    p.add("small", rng.choice(["Payment receipt", "Transaction receipt", "Shared via " + title, "UPI payment"]))
    p.add("gap")
    p.part = "outcome"
    tick = sign(font, "\u2713", "")
    word = rng.choice(STAT[status])
    p.add("center", f"{tick} {word}".strip() if status == "success" and rng.random() < 0.5 else word, status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    lab = rng.choice(["Paid to", "Payment to", "To"] if status == "success" else ["To", "Payment to", "Paying to"])
    if rng.random() < 0.5:
        p.add("small", lab)
        p.add("center", to, merchant=to)
    else:
        p.add("center", f"{lab} {to}", merchant=to)
    p.add("small", handle(rng, to, banks), method="UPI")
    if status == "failed":
        p.add("small", rng.choice(["Money, if debited, will be refunded within 3-5 working days.",
                                   "Any amount deducted will be reversed to your account."]))
    if status == "pending":
        p.add("small", rng.choice(["Awaiting confirmation from your bank.", "Your bank is yet to confirm."]))
    p.part = "body"
    p.add("rule")
    ref = utr(rng, date)
    if not no_ref:
        p.pair(rng.choice(["UPI Ref No", "UTR", "UPI Ref. No.", "UPI Transaction ID", "UPI Reference No"]), ref,
               txn=(UTR_RANK, ref))
    if not no_day:
        labelled(p, rng.choice(["Date", "Paid on", "Date & Time", "Transaction date"]),
                 stamp(rng, date, IN_PATS), date=date)
    p.pair(rng.choice(["Paid from", "Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Powered by UPI", "Powered by UPI  |  NPCI", "UPI  |  BHIM  |  NPCI",
                               f"Download {title} to pay instantly"]))
    return p.done()


# ---------------------------------------------------------------- 2. newer apps' share cards


def share_card_new(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The share image of CRED, Amazon Pay, Navi and super.money: dark or light, the payee first in large type or
    after "paid to", the sum, a txn id or UPI ref id, the day, "from <bank> ••1234", the app's own footer; a failed
    and a pending one."""
    k = place("share_card_new")
    status = outcome(k, failed=(5,), pending=(2,))
    app = ["CRED", "Amazon Pay", "Navi", "super.money", "CRED", "Amazon Pay", "Navi", "super.money"][k]
    dark = app in ("CRED", "super.money") or rng.random() < 0.3
    no_ref, no_day = k in (0, 6), k == 3
    p, rs = screen(rng, font, dark=dark, width=rng.choice([520, 560, 600])), money(rng, font, 0.5)
    date, amount, to = day26(rng), rupees(rng, 50, 40000), payee(rng)
    handles = {"CRED": ["axisb", "yescred"], "Amazon Pay": ["apl", "yapl"], "Navi": ["naviaxis"],
               "super.money": ["superyes"]}[app]
    p.part = "head"
    p.add("title", app if app != "Amazon Pay" else rng.choice(["amazon pay", "Amazon Pay"]))
    p.add("gap")
    p.part = "outcome"
    word = {"success": ["payment successful", "Payment successful", "paid successfully", "Sent successfully"],
            "failed": ["payment failed", "Payment failed", "Transaction failed"],
            "pending": ["payment pending", "Payment in progress", "Payment processing"]}[status]
    first = rng.random() < 0.5
    if first:
        p.add("small", rng.choice(["paid to", "payment to", "Paid to"]) if status == "success" else "payment to")
        p.add("title", to, merchant=to)
        p.add("big", rs(amount), amount=amount)
        p.add("center", rng.choice(word), status=status)
    else:
        p.add("center", rng.choice(word), status=status)
        p.add("big", rs(amount), amount=amount)
        p.add("center", f"{rng.choice(['paid to', 'to', 'Payment to'])} {to}", merchant=to)
    p.accent(colour(status))
    p.add("small", handle(rng, to, handles), method="UPI")
    if status == "failed":
        p.add("small", "if money was debited, it will be refunded in 3-5 days")
    if status == "pending":
        p.add("small", "we are checking with your bank. do not pay again.")
    p.part = "body"
    p.add("rule")
    rows = []
    ref = utr(rng, date)
    if not no_ref:
        rows.append((rng.choice(["UPI ref id", "UPI Ref No", "UTR", "UPI reference no."]), ref, (UTR_RANK, ref)))
        if rng.random() < 0.5:
            own = code(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 14)
            rows.append((rng.choice(["txn id", "Transaction ID", "Order ID"]), own, (TXN_RANK, own)))
    rng.shuffle(rows)
    for label, value, txn in rows:
        labelled(p, label, value, txn=txn)
    if not no_day:
        if rng.random() < 0.5:
            p.add("small", stamp(rng, date, IN_PATS).lower(), date=date)
        else:
            labelled(p, rng.choice(["date", "Paid on", "Date & time"]), stamp(rng, date, IN_PATS), date=date)
    p.pair(rng.choice(["from", "Debited from", "Paid from"]), f"{rng.choice(BANKS)} {dots(font)}{digits(rng, 4)}")
    p.part = "foot"
    p.add("gap")
    p.add("small", {"CRED": "CRED  |  UPI payments", "Amazon Pay": "Amazon Pay UPI  |  Powered by UPI",
                    "Navi": "Navi UPI  |  powered by NPCI", "super.money": "super.money  |  UPI by Flipkart"}[app])
    return p.done()


# ---------------------------------------------------------------- 3. bank apps' share receipts


BANK_APPS = {"YONO SBI": "State Bank of India", "HDFC Bank MobileBanking": "HDFC Bank",
             "ICICI iMobile": "ICICI Bank", "Axis Mobile": "Axis Bank"}


def bank_app_share(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank app's shared receipt (YONO SBI, HDFC Bank, ICICI iMobile, Axis Mobile): the bank's band, "Transaction
    Receipt" / "e-Receipt", label-value rows (Payee Name / Beneficiary Name / Paid to, Payee VPA or account, Amount,
    UPI RRN / Transaction Reference No. / UTR No, Transaction Date, Debit Account, Status), a UPI payment on most and
    an IMPS transfer on two; a failed and a pending one."""
    k = place("bank_app_share")
    status = outcome(k, failed=(1,), pending=(4,))
    app = list(BANK_APPS)[k % 4]
    bank = BANK_APPS[app]
    imps = k in (2, 7)
    no_ref, no_day = k in (3, 6), k == 5
    p, rs = screen(rng, font, width=620), money(rng, font, 0.2)
    date, amount, to = day26(rng), rupees(rng, 100, 90000), payee(rng, caps=0.4)
    band = {"YONO SBI": (40, 0, 110), "HDFC Bank MobileBanking": (0, 56, 130), "ICICI iMobile": (174, 40, 30),
            "Axis Mobile": (151, 20, 77)}[app]
    p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.part = "head"
    p.add("title", app.replace(" MobileBanking", ""))
    p.add("small", rng.choice(["Transaction Receipt", "e-Receipt", "Payment Receipt", "Fund Transfer Receipt"]))
    p.add("gap")
    p.part = "body"
    if rng.random() < 0.5:
        p.add("center", rng.choice(STAT[status]), status=status)
        p.accent(colour(status))
        state_row = False
    else:
        state_row = True
    p.add("big", rs(amount))
    p.add("rule")
    p.pair(rng.choice(["Payee Name", "Beneficiary Name", "Paid to", "Payee"]), to, merchant=to)
    if imps:
        p.pair(rng.choice(["Beneficiary A/c No", "To Account", "Account No."]), f"XXXXXXXX{digits(rng, 4)}")
        other = rng.choice([b for b in BANKS if b != bank])
        p.pair("IFSC", f"{IFSC[other]}0{digits(rng, 6)}")
        p.pair(rng.choice(["Transfer Mode", "Payment Mode", "Mode"]), "IMPS", method="netbanking")
    else:
        p.pair(rng.choice(["Payee VPA", "UPI ID", "To VPA"]), handle(rng, to, ["ybl", "okaxis", "paytm", "sbi"]),
               method="UPI")
    p.pair(rng.choice(["Amount", "Transaction Amount", "Amount (INR)", "Amount Paid"]), rs(amount), amount=amount)
    ref = utr(rng, date)
    if not no_ref:
        lab = rng.choice(["IMPS Ref No", "UTR No", "RRN"] if imps else ["UPI RRN", "UPI Ref No", "UTR No", "RRN"])
        p.pair(lab, ref, txn=(UTR_RANK, ref))
        if rng.random() < 0.4:
            own = digits(rng, 11)
            p.pair(rng.choice(["Transaction Reference No.", "Ref. No."]), own, txn=(BANK_RANK, own))
    if not no_day:
        p.pair(rng.choice(["Transaction Date", "Date & Time", "Txn Date", "Date"]),
               stamp(rng, date, IN_PATS, twelve=rng.random() < 0.5), date=date)
    p.pair(rng.choice(["Debit Account", "From Account", "Debited from"]), f"XXXXXX{digits(rng, 4)}")
    if state_row:
        p.pair(rng.choice(["Status", "Transaction Status", "Txn Status"]), rng.choice(STAT_VALUE[status]),
               status=status)
    if rng.random() < 0.5:
        p.pair("Remarks", rng.choice(["order payment", "advance", "goods", "balance amount", "UPI"]))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice([f"Thank you for banking with {bank}", "This is a system generated receipt.",
                               f"{bank}  |  Customer care 1800 1080"]))
    return p.done()


# ---------------------------------------------------------------- 4. IMPS acknowledgements saved as PDF


def ack_head(p: Screen, bank: str, titles: list[str]) -> None:
    p.part = "head"
    p.add("title", bank)
    p.add("left", p.rng.choice(titles))
    p.add("rule")


def ack_foot(p: Screen) -> None:
    p.part = "foot"
    p.add("gap")
    p.add("small", p.rng.choice(["This is a computer generated acknowledgement and does not require a signature.",
                                 "This is a system generated advice. No signature is required.",
                                 "Please quote the reference number for any query."]))
    if p.rng.random() < 0.6:
        p.add("small", "Page 1 of 1")


def imps_ack(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A net-banking IMPS transfer's acknowledgement downloaded as a PDF page: the bank on top, "Transaction
    Acknowledgement" / "IMPS Fund Transfer - Receipt", a table of Remitter Name (the payer), Beneficiary Name,
    Beneficiary Account No, IFSC, Amount, IMPS Ref No / RRN / Reference Number, Date, Status, Remarks; a failed and
    a pending one."""
    k = place("imps_ack")
    status = outcome(k, failed=(6,), pending=(0,))
    bank = BANKS[k + 1] if k < 8 else BANKS[0]
    no_ref, no_day = k in (2, 7), k == 4
    wide = rng.choice([680, 720, 760])
    p = screen(rng, font, width=wide, size=rng.choice([19, 20, 21]))
    rs = Rs(rng, font, marks=("₹", "Rs.", "INR", "INR"), groupings=("indian", "western", "plain"))
    date, amount, to = day26(rng), rupees(rng, 500, 200000), payee(rng, caps=0.5)
    ack_head(p, bank, ["Transaction Acknowledgement", "IMPS Fund Transfer - Receipt", "Funds Transfer Acknowledgement",
                       "IMPS Transaction Details"])
    p.part = "body"
    if rng.random() < 0.4:
        p.add("left", rng.choice({"success": ["Your transaction has been processed successfully."],
                                  "failed": ["Your transaction could not be processed."],
                                  "pending": ["Your transaction is under process."]}[status]), status=status)
        stated = True
    else:
        stated = False
    p.pair(rng.choice(["Remitter Name", "Account Holder", "Sender Name"]), rng.choice(PAYERS).upper())
    p.pair(rng.choice(["Debit Account No", "From Account", "Remitter A/c"]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Beneficiary Name", "Payee Name", "Beneficiary"]), to, merchant=to)
    p.pair(rng.choice(["Beneficiary Account No", "Beneficiary A/c", "Credit Account"]), f"XXXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC Code" if rng.random() < 0.5 else "IFSC", f"{rng.choice(list(IFSC.values()))}0{digits(rng, 6)}")
    p.pair(rng.choice(["Transaction Type", "Transfer Type", "Payment Mode"]),
           rng.choice(["IMPS", "IMPS (P2A)", "IMPS - Account Transfer"]), method="netbanking")
    p.pair(rng.choice(["Amount", "Amount (INR)", "Transfer Amount", "Transaction Amount"]), rs(amount),
           amount=amount)
    if not no_ref:
        ref = utr(rng, date)
        p.pair(rng.choice(["IMPS Ref No", "RRN", "Reference Number", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not no_day:
        p.pair(rng.choice(["Transaction Date", "Date & Time", "Txn Date", "Payment Date"]),
               stamp(rng, date, IN_PATS, twelve=rng.random() < 0.4), date=date)
    if not stated or rng.random() < 0.5:
        p.pair(rng.choice(["Status", "Transaction Status"]), rng.choice(STAT_VALUE[status]),
               **({} if stated else {"status": status}))
    if rng.random() < 0.6:
        p.pair("Remarks", rng.choice(["Payment for order", "Advance", "Invoice payment", "Stock purchase"]))
    ack_foot(p)
    return p.done()


# ---------------------------------------------------------------- 5. NEFT / RTGS acknowledgements


def neft_rtgs_ack(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A NEFT or RTGS transfer's acknowledgement from net banking, saved as a PDF page or seen in the browser: the
    bank, "NEFT Transaction Acknowledgement", Beneficiary, account and IFSC, Amount, Charges and GST on charges with a
    Total Debit Amount on some, UTR No (N… / R…), Transaction Date and a Value Date on the same day, Status; a
    failed and a pending one."""
    k = place("neft_rtgs_ack")
    status = outcome(k, failed=(2,), pending=(5,))
    rtgs = k in (3, 6)
    bank = BANKS[(k + 4) % len(BANKS)]
    no_ref, no_day = k in (1, 5), k == 7
    browser = k % 2 == 1
    p = screen(rng, font, "browser" if browser else "crop", width=rng.choice([700, 740]),
               size=rng.choice([19, 20, 21]))
    if browser:
        host = {"HDFC Bank": "netbanking.hdfcbank.com", "State Bank of India": "retail.onlinesbi.sbi",
                "ICICI Bank": "infinity.icicibank.com", "Axis Bank": "omni.axisbank.co.in"}.get(
            bank, "netbanking." + bank.split()[0].lower() + ".in")
        p.style["h106"]["url"] = host + "/fundtransfer/ack"
    rs = Rs(rng, font, marks=("₹", "Rs.", "INR"), groupings=("indian", "western"))
    date = day26(rng)
    amount = rupees(rng, 200000, 900000) if rtgs else rupees(rng, 1000, 180000)
    to = rng.choice(SHOPS + ["Shree Balaji Traders", "Om Sai Logistics", "Kaveri Agro Industries",
                             "R K Enterprises", "Bharat Tyres Pvt Ltd"])
    kind = "RTGS" if rtgs else "NEFT"
    ack_head(p, bank, [f"{kind} Transaction Acknowledgement", f"{kind} Fund Transfer - Acknowledgement",
                       f"Third Party Transfer ({kind}) - Confirmation"])
    p.part = "body"
    p.pair(rng.choice(["Beneficiary Name", "Payee Name", "Beneficiary"]), to, merchant=to)
    p.pair(rng.choice(["Beneficiary Account Number", "Beneficiary A/c No"]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{rng.choice(list(IFSC.values()))}0{digits(rng, 6)}")
    p.pair(rng.choice(["Transfer Mode", "Payment Type", "Mode"]), kind, method="netbanking")
    p.pair(rng.choice(["Amount", "Transfer Amount", "Amount (Rs.)"]), rs(amount), amount=amount)
    if rng.random() < 0.5 and status == "success":
        charge = {"NEFT": rng.choice([2.5, 5.0, 15.0]), "RTGS": rng.choice([20.0, 25.0, 45.0])}[kind]
        gst = round(charge * 0.18, 2)
        p.pair("Charges", rs(charge))
        p.pair("GST on Charges", rs(gst))
        p.pair(rng.choice(["Total Debit Amount", "Total Amount Debited"]), rs(round(amount + charge + gst, 2)))
    if not no_ref:
        head = IFSC[bank]
        ref = rtgs_utr(head, rng, date) if rtgs else neft_utr(head, rng, date)
        p.pair(rng.choice(["UTR No", "UTR Number", "UTR / Reference No"]), ref, txn=(UTR_RANK, ref))
    if not no_day:
        p.pair(rng.choice(["Transaction Date", "Txn Date", "Date of Transfer"]),
               stamp(rng, date, IN_PATS, twelve=False), date=date)
        if rng.random() < 0.5:
            p.pair("Value Date", when(date, "%d-%m-%Y"))
    p.pair(rng.choice(["Status", "Transaction Status"]),
           rng.choice({"success": ["Success", "Processed", "Completed", "SUCCESS"],
                       "failed": ["Failed", "Rejected", "Returned by beneficiary bank"],
                       "pending": ["Pending", "In Process", "Pending at bank"]}[status]), status=status)
    ack_foot(p)
    return p.done()


# ---------------------------------------------------------------- 6 and 7. Bharat BillPay receipts


ELECTRICITY = ["Tata Power - Mumbai", "BSES Rajdhani Power Limited", "Adani Electricity Mumbai Limited",
               "Bangalore Electricity Supply Co. Ltd (BESCOM)", "Maharashtra State Electricity Distbn Co Ltd",
               "Uttar Haryana Bijli Vitran Nigam (UHBVN)", "West Bengal State Electricity Distribution Co. Ltd",
               "Torrent Power - Ahmedabad", "Kerala State Electricity Board Ltd (KSEB)", "TP Central Odisha Dist Ltd"]
BROADBAND = ["ACT Fibernet", "Airtel Broadband", "Hathway Broadband", "Excitel Broadband", "BSNL Landline",
             "Tata Play", "Airtel Postpaid", "Jio Fiber", "Vi Postpaid", "Dish TV"]
AGENTS = ["PhonePe", "Paytm", "Amazon Pay", "Google Pay", "HDFC Bank", "ICICI Bank", "MobiKwik", "Airtel Thanks"]
MODES = [("UPI", "UPI"), ("Debit Card", "card"), ("Credit Card", "card"), ("Net Banking", "netbanking"),
         ("Wallet", "wallet"), ("UPI", "UPI")]


def bbps_ref_id(rng: random.Random, date: dt.date) -> str:
    return (f"{rng.choice(['PT', 'PP', 'AM', 'HD', 'IC', 'GP', 'MK', 'AX'])}0{rng.randrange(1, 10)}"
            f"{date.year % 10}{date.timetuple().tm_yday:03d}{code(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}"
            f"{digits(rng, 8)}")


def bbps(rng: random.Random, font: str, family: str, billers: list[str], numbers: list[str],
         failed: int, pending: int, no_ref: tuple, no_day: int, with_upi: bool) -> tuple[list, dict, dict]:
    k = place(family)
    status = outcome(k, failed=(failed,), pending=(pending,))
    agent = AGENTS[k]
    biller = rng.choice(billers)
    mode, method = MODES[(k + (2 if with_upi else 0)) % len(MODES)]
    if with_upi and rng.random() < 0.5:
        mode, method = "UPI", "UPI"
    pdf = rng.random() < 0.5
    p = screen(rng, font, width=rng.choice([600, 640, 700]), size=rng.choice([20, 21, 22]))
    rs = money(rng, font, 0.2)
    date = day26(rng)
    bill = rupees(rng, 199, 9000) if family == "bbps_broadband" else rupees(rng, 300, 16000)
    fee = 0.0 if rng.random() < 0.6 else float(rng.choice([1, 2, 5, 9]))
    amount = round(bill + fee, 2)
    p.part = "head"
    p.add("title", rng.choice(["Bharat BillPay", "BBPS"]) if pdf else agent)
    p.add("small", f"{agent}  |  Bharat BillPay" if pdf else rng.choice(["Bharat BillPay", "B  Bharat BillPay"]))
    p.add("left", rng.choice(["Bill Payment Receipt", "Payment Receipt", "Transaction Receipt", "BBPS Receipt"]))
    p.add("rule")
    p.part = "body"
    head_state = rng.random() < 0.5
    if head_state:
        p.add("center", rng.choice({"success": ["Bill paid successfully", "Payment Successful"],
                                    "failed": ["Payment Failed", "Bill payment failed"],
                                    "pending": ["Payment Pending", "Awaiting biller confirmation"]}[status]),
              status=status)
        p.accent(colour(status))
    p.pair(rng.choice(["Biller Name", "Biller", "Operator"]) if family == "bbps_electricity"
           else rng.choice(["Operator", "Biller", "Biller Name", "Service Provider"]), biller, merchant=biller)
    num_label = rng.choice(numbers)
    if "Mobile" in num_label:
        p.pair(num_label, f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
    else:
        p.pair(num_label, digits(rng, rng.choice([9, 10, 12])))
    p.pair(rng.choice(["Customer Name", "Consumer Name", "Name"]), rng.choice(PAYERS + PEOPLE).upper())
    if family == "bbps_electricity" and rng.random() < 0.5 and not (k == no_day):
        p.pair("Due Date", when(date + dt.timedelta(days=rng.randrange(3, 15)), rng.choice(IN_PATS)))
    if fee:
        p.pair(rng.choice(["Bill Amount", "Amount"]), rs(bill))
        p.pair(rng.choice(["Customer Convenience Fee", "Convenience Fee", "CCF"]), rs(fee))
        p.pair(rng.choice(["Total Amount", "Amount Paid", "Total Paid"]), rs(amount), amount=amount)
    else:
        p.pair(rng.choice(["Bill Amount", "Amount Paid", "Amount", "Total Amount"]), rs(amount), amount=amount)
    p.pair(rng.choice(["Payment Mode", "Paid via", "Payment Method"]), mode, method=method)
    if k not in no_ref:
        ref = bbps_ref_id(rng, date)
        p.pair(rng.choice(["B-Connect Txn ID", "BBPS Txn Ref No", "Bharat BillPay Ref", "BBPS Ref No"]), ref,
               txn=(BANK_RANK, ref))
        if mode == "UPI" and rng.random() < 0.5:
            upi = utr(rng, date)
            p.pair(rng.choice(["UPI Ref No", "UTR"]), upi, txn=(UTR_RANK, upi))
    if k != no_day:
        p.pair(rng.choice(["Transaction Date", "Payment Date", "Txn Date & Time", "Paid on"]),
               stamp(rng, date, IN_PATS, twelve=rng.random() < 0.5), date=date)
    if not head_state:
        p.pair(rng.choice(["Status", "Transaction Status", "Payment Status"]), rng.choice(STAT_VALUE[status]),
               status=status)
    if status == "pending":
        p.add("small", "Your biller will update the payment in 2-3 working days.")
    if status == "failed":
        p.add("small", "Amount, if debited, will be refunded in 5-7 working days.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Bharat BillPay  |  NPCI Bharat BillPay Ltd", "Powered by Bharat BillPay",
                               "Thank you for using Bharat BillPay"]))
    return p.done()


def bbps_electricity(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An electricity bill paid through Bharat BillPay (an app's share image or the BBPS PDF): the biller under
    Biller Name / Biller / Operator, Consumer Number / CA Number / K Number, the customer's name, a Due Date on some,
    Bill Amount, a convenience fee and a Total Amount on some, Payment Mode, B-Connect Txn ID / BBPS Txn Ref No, a UPI
    reference on some, Transaction Date, Status; a failed and a pending one."""
    return bbps(rng, font, "bbps_electricity", ELECTRICITY,
                ["Consumer Number", "CA Number", "K Number", "Service Number", "Consumer No."],
                failed=4, pending=1, no_ref=(3,), no_day=6, with_upi=False)


def bbps_broadband(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A broadband, DTH or postpaid bill paid through Bharat BillPay in a UPI or bank app: Operator / Biller /
    Service Provider, Customer ID / Account Number / Subscriber ID / Registered Mobile, the name, the sum, Payment
    Mode, BBPS Ref No / Bharat BillPay Ref and the UPI Ref No beside it on some; a failed and a pending one."""
    return bbps(rng, font, "bbps_broadband", BROADBAND,
                ["Customer ID", "Account Number", "Subscriber ID", "Registered Mobile", "Relationship No"],
                failed=7, pending=3, no_ref=(0, 5), no_day=2, with_upi=True)


# ---------------------------------------------------------------- 8. wallet top-ups


WALLETS = {"Amazon Pay": "Amazon Pay Balance", "MobiKwik": "MobiKwik Wallet", "PhonePe": "PhonePe Wallet",
           "Paytm": "Paytm Wallet", "Airtel Thanks": "Airtel Payments Bank Wallet", "Freecharge": "Freecharge Wallet"}


def wallet_topup(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A wallet top-up's receipt shared from the app: "Money added successfully", the sum, Added to <wallet>, Paid
    using / Source / Funded from (a debit or credit card XX1234, UPI with its handle, Net Banking), Wallet Txn ID /
    Top-up ID / Transaction ID, the UPI reference when paid by UPI, the day, the wallet's updated balance; a failed
    and a pending one."""
    k = place("wallet_topup")
    status = outcome(k, failed=(0,), pending=(5,))
    app = ["Amazon Pay", "MobiKwik", "PhonePe", "Paytm", "Airtel Thanks", "Freecharge", "Amazon Pay", "MobiKwik"][k]
    source = ["card", "UPI", "netbanking", "UPI", "card", "UPI", "netbanking", "card"][k]
    no_ref, no_day = k == 4, k == 2
    p, rs = screen(rng, font, dark=rng.random() < 0.25, width=rng.choice([540, 600])), money(rng, font, 0.6)
    date, amount = day26(rng), float(rng.choice([100, 200, 250, 500, 1000, 1500, 2000, 3000, 5000, 10000]))
    if rng.random() < 0.3:
        amount = rupees(rng, 50, 10000)
    p.part = "head"
    p.add("title", app, merchant=app)
    p.part = "outcome"
    p.add("center", rng.choice({"success": ["Money added successfully", "Top-up successful", "Added successfully"],
                                "failed": ["Could not add money", "Add money failed", "Top-up failed"],
                                "pending": ["Top-up pending", "Adding money - pending with bank",
                                            "Add money in progress"]}[status]), status=status)
    p.accent(colour(status))
    p.add("big", rs(amount), amount=amount)
    p.add("small", f"{'Added to' if status == 'success' else 'To'} {WALLETS[app]}")
    p.part = "body"
    p.add("rule")
    label = rng.choice(["Paid using", "Source", "Funded from", "Paid via"])
    if source == "card":
        p.pair(label, f"{rng.choice(BANKS)} {rng.choice(['Debit', 'Credit'])} Card XX{digits(rng, 4)}",
               method="card")
    elif source == "UPI":
        p.pair(label, "UPI", method="UPI")
        p.add("small", handle(rng, rng.choice(PAYERS), ["okaxis", "ybl", "oksbi", "ibl"]))
    else:
        p.pair(label, f"Net Banking - {rng.choice(BANKS)}", method="netbanking")
    own = rng.choice(["WT", "TP", "AP", ""]) + digits(rng, rng.choice([12, 14, 16]))
    if not no_ref:
        labelled(p, rng.choice(["Wallet Txn ID", "Top-up ID", "Transaction ID", "Txn ID"]), own,
                 txn=(TXN_RANK, own))
        if source == "UPI" and status != "failed":
            ref = utr(rng, date)
            p.pair(rng.choice(["UPI Ref No", "UTR"]), ref, txn=(UTR_RANK, ref))
    if not no_day:
        labelled(p, rng.choice(["Date", "Added on", "Date & Time", "Transaction Date"]), stamp(rng, date, IN_PATS),
                 date=date)
    if status == "success":
        p.pair(rng.choice(["Updated balance", "Wallet balance", "Available balance"]),
               rs(round(amount + rupees(rng, 0, 4000), 2)))
    elif status == "failed":
        p.add("small", "Any amount debited will be refunded to the source in 5-7 days.")
    else:
        p.add("small", "We will add the money once your bank confirms.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Need help? Contact us", "Wallet balance is protected by RBI rules"]))
    return p.done()


# ---------------------------------------------------------------- 9. UPI apps' downloaded PDF receipts


def app_pdf_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The PDF a UPI app lets one download for a payment (Google Pay, PhonePe, Paytm, BHIM, Amazon Pay): the app on
    top, "Payment Receipt", a table of Paid to / Payee / Payee Name with the payee's UPI ID, the payer's name and
    account (From / Payer / Sender), Amount with the sum in words on some, UPI Transaction ID / UPI Ref No, the app's
    own id on some, Date, Status, "system generated" footer; a failed and a pending one."""
    k = place("app_pdf_receipt")
    status = outcome(k, failed=(7,), pending=(3,))
    app = ["Google Pay", "PhonePe", "Paytm", "BHIM", "Amazon Pay", "Google Pay", "PhonePe", "Paytm"][k]
    no_ref, no_day = k in (4,), k == 0
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([19, 20, 21]))
    rs = money(rng, font, 0.4)
    date, amount, to = day26(rng), rupees(rng, 100, 60000), payee(rng)
    p.part = "head"
    p.add("title", app)
    p.add("left", rng.choice(["Payment Receipt", "Transaction Receipt", "UPI Payment Receipt"]))
    p.add("rule")
    p.part = "body"
    p.pair(rng.choice(["Paid to", "Payee", "Payee Name", "To"]), to, merchant=to)
    p.pair(rng.choice(["Payee UPI ID", "UPI ID", "Payee VPA"]), handle(rng, to, ["ybl", "okaxis", "paytm", "upi"]),
           method="UPI")
    p.pair(rng.choice(["From", "Payer", "Sender", "Payer Name"]), rng.choice(PAYERS))
    p.pair(rng.choice(["Debited from", "Payer account", "Bank account"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount", "Amount Paid", "Total Amount"]), rs(amount), amount=amount)
    if amount == round(amount) and rng.random() < 0.6:
        p.add("small", words_in_rupees(amount))
    ref = utr(rng, date)
    if not no_ref:
        p.pair(rng.choice(["UPI Transaction ID", "UPI Ref No", "UPI Reference Number", "UTR"]), ref,
               txn=(UTR_RANK, ref))
        if rng.random() < 0.5:
            own = (f"T{date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 18))
            p.pair(rng.choice(["Transaction ID", "Order ID"]), own, txn=(TXN_RANK, own))
    if not no_day:
        p.pair(rng.choice(["Date", "Transaction Date", "Date & Time", "Paid on"]), stamp(rng, date, IN_PATS),
               date=date)
    p.pair(rng.choice(["Status", "Payment Status"]),
           rng.choice({"success": ["Success", "Completed", "Successful"], "failed": ["Failed", "Declined"],
                       "pending": ["Pending", "Processing"]}[status]), status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["This is a system generated receipt and does not need a signature.",
                               "For any query, contact support from the app's Help section."]))
    return p.done()


# ---------------------------------------------------------------- Western sums and days


WEST = {  # currency: (marks, day patterns, country)
    "USD": (("$",), US_PATS),
    "GBP": (("£",), EU_PATS),
    "EUR": (("€", "€ ", "EUR "), EU_PATS),
}


class Cash:
    """A Western page's way of printing its sums (the mark and, for euros, a decimal comma on some)."""

    def __init__(self, rng: random.Random, font: str, cur: str):
        marks = [m for m in WEST[cur][0] if glyphs(font, m)] or [cur + " "]
        self.mark = rng.choice(marks)
        self.comma = cur == "EUR" and rng.random() < 0.4

    def __call__(self, value: float) -> str:
        if self.comma:
            text = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
            return f"{text} {'EUR' if self.mark.strip() == 'EUR' else chr(0x20AC)}"
        return f"{self.mark}{value:,.2f}"


def west_sum(rng: random.Random, low: float, high: float) -> float:
    return round(rng.uniform(low, high), 2)


STORES = {
    "USD": ["Blue Bottle Coffee", "Brooklyn Bicycle Co.", "Sunset Yoga Studio", "Maple & Rye Bakery",
            "Hudson Vinyl Records", "Golden Gate Florist"],
    "GBP": ["Monmouth Coffee Company", "Daunt Books", "Camden Cycle Hub", "The Little Cheese Shop",
            "Brighton Barber Co."],
    "EUR": ["Café Kleinod", "Librairie du Canal", "Fietsenmaker De Spaak", "Panadería La Espiga",
            "Atelier Lumière"],
}
ITEMS = ["Oat latte", "Croissant", "Gift wrap", "Tune-up service", "Drop-in class", "Sourdough loaf",
         "Paperback", "Bouquet", "Inner tube", "Haircut", "Vinyl LP", "Cheese board"]


def card_line(rng: random.Random, font: str) -> str:
    net = rng.choice(["Visa", "Mastercard", "Amex", "Discover", "Visa Debit", "Maestro"])
    tail = digits(rng, 4)
    return rng.choice([f"{net} {dots(font)} {tail}", f"{net} ending in {tail}", f"{net} - {tail}",
                       f"{net} {sign(font, chr(0x2022), '*') * 4}{tail}"])


def items(p: Screen, rng: random.Random, cash: Cash, total: float, *, tip: bool) -> float:
    """Item rows, subtotal, tax (and a tip) summing to ``total``; the tax and tip rows carry no fact."""
    tip_value = round(total * rng.choice([0.1, 0.15, 0.18, 0.2]) / 1.2, 2) if tip else 0.0
    taxed = round(total - tip_value, 2)
    tax = round(taxed * rng.choice([0.06, 0.0875, 0.2, 0.19, 0.08]) / 1.1, 2)
    sub = round(taxed - tax, 2)
    chosen = rng.sample(ITEMS, rng.choice([1, 2, 3]))
    left = sub
    for i, item in enumerate(chosen):
        price = left if i == len(chosen) - 1 else round(left * rng.uniform(0.2, 0.6), 2)
        left = round(left - price, 2)
        p.pair(item, cash(price))
    p.pair("Subtotal", cash(sub))
    p.pair(rng.choice(["Tax", "Sales tax"] if cash.mark.strip() == "$" else ["VAT", "VAT included", "incl. VAT"]),
           cash(tax))
    if tip:
        p.pair(rng.choice(["Tip", "Gratuity"]), cash(tip_value))
    return sub


# ---------------------------------------------------------------- 10. Stripe-style e-mailed receipts


def stripe_email(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An e-mailed receipt in the style Stripe sends for a shop: "Receipt from <shop>", the sum large, Amount paid /
    Date paid / Payment method (a card's network and last four), Receipt #1234-5678, a summary of items with tax,
    Amount paid / Total; in dollars, pounds or euros; a failed ("Your payment to … failed") and a pending one
    ("Payment processing")."""
    k = place("stripe_email")
    status = outcome(k, failed=(4,), pending=(1,))
    cur = ["USD", "GBP", "EUR", "USD", "GBP", "EUR", "USD", "USD"][k]
    no_ref, no_day = k in (2, 7), k == 6
    p = screen(rng, font, "mail", width=rng.choice([600, 640]))
    cash = Cash(rng, font, cur)
    shop = rng.choice(STORES[cur])
    date, amount = day26(rng), west_sum(rng, 6, 480)
    number = f"{digits(rng, 4)}-{digits(rng, 4)}"
    subject = {"success": f"Your receipt from {shop}", "failed": f"Your payment to {shop} failed",
               "pending": f"Your payment to {shop} is processing"}[status]
    if not no_ref and status == "success" and rng.random() < 0.5:
        subject += f" #{number}"
    hour = hhmm(rng, twelve=cur == "USD")
    sent = f"{when(date, '%a, {d} %b %Y' if cur != 'USD' else '%a, %b {d}, %Y')}, {hour}"
    p.style["h106"].update({"subject": subject, "from": f"{shop} <receipts@stripe.com>",
                            "sent": hour if no_day or rng.random() < 0.4 else sent})
    p.part = "head"
    p.add("title", shop, merchant=shop)
    p.add("small", rng.choice(["Receipt from " + shop, "Receipt", "Payment receipt"]))
    p.part = "body"
    p.add("big", cash(amount))
    p.add("center", {"success": rng.choice(["Paid", "Payment successful", "Payment complete"]),
                     "failed": rng.choice(["Payment failed", "Payment declined"]),
                     "pending": rng.choice(["Payment processing", "Payment pending"])}[status], status=status)
    p.accent(colour(status))
    p.add("rule")
    p.pair(rng.choice(["Amount paid", "Amount charged", "Amount"]), cash(amount), amount=amount, cur=cur)
    if not no_day:
        p.pair(rng.choice(["Date paid", "Date", "Payment date"]), when(date, rng.choice(WEST[cur][1])), date=date)
    p.pair(rng.choice(["Payment method", "Paid with", "Card"]), card_line(rng, font), method="card")
    if not no_ref:
        p.pair(rng.choice(["Receipt #", "Receipt number", "Invoice number"]), number, txn=(INVOICE_RANK, number))
    p.add("rule")
    p.add("left", "Summary")
    items(p, rng, cash, amount, tip=False)
    p.pair(rng.choice(["Amount paid", "Total"]), cash(amount))
    if status == "failed":
        p.add("small", "Your card was declined. No charge was made. Please update your card to try again.")
    if status == "pending":
        p.add("small", "Your bank is confirming this charge. We'll e-mail you when it completes.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice([f"Questions? Contact {shop} at hello@{shop.split()[0].lower()}.com",
                               "Powered by stripe  |  Learn more about Stripe Billing"]))
    return p.done()


# ---------------------------------------------------------------- 11. point-of-sale e-receipts (Square-style)


def pos_ereceipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A shop's point-of-sale e-receipt (in the style of Square, SumUp, Toast or Shopify POS) e-mailed or opened
    in the browser: the shop on top, the total large, items, Subtotal, Tax, a Tip on some, Total, the card (Visa
    •••• 1234, Contactless), Auth code on some, Receipt # / Order # / Ticket #, the day and hour; a failed one
    (declined) and a pending one (authorisation pending); two successes print no outcome word."""
    k = place("pos_ereceipt")
    status = outcome(k, failed=(6,), pending=(3,))
    cur = ["USD", "USD", "GBP", "EUR", "USD", "GBP", "EUR", "USD"][k]
    no_ref, no_day = k == 5, k == 2
    mail = k % 2 == 0
    p = screen(rng, font, "mail" if mail else "browser", width=rng.choice([560, 600]))
    cash = Cash(rng, font, cur)
    shop = rng.choice(STORES[cur])
    date, amount = day26(rng), west_sum(rng, 4, 260)
    hour = hhmm(rng, twelve=cur == "USD")
    if mail:
        p.style["h106"].update({"subject": f"Your receipt from {shop}",
                                "from": f"{shop} <{rng.choice(['receipts@messaging.squareup.com', 'no-reply@sumup.com', 'receipts@toasttab.com'])}>",
                                "sent": hour})
    else:
        p.style["h106"]["url"] = rng.choice(["squareup.com/receipt/preview/", "receipts.sumup.com/",
                                             "checkout.shopify.com/receipt/"]) + code(rng, 8,
                                                                                     "abcdefghjkmnpqrstuvwxyz")
    p.part = "head"
    p.add("title", shop, merchant=shop)
    p.add("small", rng.choice(["123 Main Street", "14 High Street", "Kerkstraat 22", "Calle Mayor 8",
                               "Market Square"]))
    p.part = "body"
    p.add("big", cash(amount))
    if status != "success" or k not in (0, 4):
        p.add("center", {"success": rng.choice(["Approved", "Payment approved", "Paid"]), "failed": "Declined",
                         "pending": "Authorisation pending"}[status], status=status)
        p.accent(colour(status))
    p.add("rule")
    items(p, rng, cash, amount, tip=rng.random() < 0.5)
    p.pair(rng.choice(["Total", "Amount Paid", "Total charged"]), cash(amount), amount=amount, cur=cur)
    p.add("rule")
    p.pair(card_line(rng, font), rng.choice(["Contactless", "Chip", "Tap", "Online"]), method="card")
    if not no_ref:
        ids = []
        if status == "success" and rng.random() < 0.6:
            auth = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
            ids.append((rng.choice(["Auth code", "Approval", "Auth #"]), auth, (APPR_RANK, auth)))
        own = rng.choice([f"{code(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(rng, 4)}", digits(rng, 6)])
        lab = rng.choice(["Receipt #", "Order #", "Ticket #"])
        ids.append((lab, own, (ORDER_RANK if lab == "Order #" else INVOICE_RANK, own)))
        for label, value, txn in ids:
            p.pair(label, value, txn=txn)
    if not no_day:
        p.add("small", f"{when(date, rng.choice(WEST[cur][1]))} {rng.choice(['at ', ''])}{hour}", date=date)
    if status == "failed":
        p.add("small", "Card declined by issuer. Please try another card.")
    if status == "pending":
        p.add("small", "The charge will be completed once your bank approves it.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Thank you! Come again.", "Rate your experience", "Return policy: 30 days"]))
    return p.done()


# ---------------------------------------------------------------- 12. a card terminal's slip, photographed


TERMINALS = ["Pine Labs", "HDFC BANK", "ICICI BANK", "Paytm EDC", "Worldline", "Ingenico", "Verifone", "PAX"]


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A card terminal's customer copy photographed on paper, in a monospace face: the shop in capitals, its town,
    TID / MID / BATCH NO / INVOICE NO, SALE, DATE and TIME, the masked card and its scheme, AMOUNT / TOTAL /
    BASE AMT, APPR CODE / AUTH CODE, RRN on Indian slips, APPROVED or DECLINED, PIN VERIFIED OK; in rupees on five,
    dollars, pounds or euros on three; two declined (no pending: a terminal prints none)."""
    k = place("card_slip")
    status = outcome(k, failed=(2, 6))
    cur = ["INR", "INR", "INR", "USD", "INR", "GBP", "INR", "EUR"][k]
    no_ref, no_day = k in (2, 4), k == 5
    p = screen(rng, font, width=rng.choice([420, 460, 500]), size=rng.choice([18, 19, 20]))
    p.style.update({"screen": False, "paper": rng.choice([(250, 248, 240), (246, 244, 236), (252, 251, 247)]),
                    "ink": (40, 40, 48), "label_ink": (40, 40, 48), "accent": (40, 40, 48)})
    date = day26(rng)
    if cur == "INR":
        amount = rupees(rng, 150, 60000, p_round=0.4)
        mark = rng.choice(["INR ", "Rs.", "Rs "])
        text = f"{mark}{amount:,.2f}" if rng.random() < 0.6 else f"{mark}{amount:.2f}"
        shop = rng.choice(SHOPS).upper()
        town = rng.choice(["PUNE", "JAIPUR", "KOCHI", "LUCKNOW", "INDORE", "SURAT", "MYSURU"])
        pats = ["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d-%m-%Y"]
    else:
        amount = west_sum(rng, 3, 320)
        cash = Cash(rng, font, cur)
        cash.comma = False
        text = cash(amount) if cash.mark.strip() in ("$", "£", "€") else f"{cur} {amount:,.2f}"
        shop = rng.choice(STORES[cur]).upper()
        town = {"USD": "PORTLAND OR", "GBP": "LONDON", "EUR": "DUBLIN"}[cur]
        pats = US_PATS[2:3] + ["%m/%d/%y"] if cur == "USD" else ["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"]
    p.part = "head"
    p.add("center", rng.choice(TERMINALS[:4] if cur == "INR" else TERMINALS[4:]))
    p.add("title", shop, merchant=shop)
    p.add("center", town)
    p.part = "body"
    p.pair("TID:", digits(rng, 8))
    p.pair("MID:", digits(rng, 15 if cur == "INR" else 10))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    invoice = f"{rng.randrange(1, 9999):06d}"
    if not no_ref:
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "RECEIPT NO:"]), invoice, txn=(INVOICE_RANK, invoice))
    p.add("center", "SALE")
    if not no_day:
        dt_text = when(date, rng.choice(pats))
        if rng.random() < 0.5:
            p.pair("DATE:", dt_text, date=date)
            p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
        else:
            p.add("left", f"DATE: {dt_text}  TIME: {hhmm(rng, twelve=False)}", date=date)
    else:
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    net = rng.choice(["VISA", "MASTERCARD", "RUPAY"] if cur == "INR" else ["VISA", "MASTERCARD", "AMEX"])
    p.add("left", f"CARD NO: XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", f"{net} {rng.choice(['CONTACTLESS', 'CHIP', 'DEBIT', 'CREDIT'])}")
    if rng.random() < 0.6:
        p.pair("AID:", f"A00000000{rng.choice(['31010', '41010', '52410', '32010'])}")
    if not no_ref and status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
        if cur == "INR":
            rrn = utr(rng, date)
            p.pair("RRN:", rrn, txn=(UTR_RANK, rrn))
    p.add("rule")
    p.pair(rng.choice(["AMOUNT", "TOTAL", "BASE AMT", "TOTAL AMOUNT"]), text, amount=amount,
           **({"cur": cur} if cur != "INR" else {}))
    p.add("rule")
    p.add("center", rng.choice({"success": ["APPROVED", "TXN APPROVED", "APPROVED - THANK YOU"],
                                "failed": ["DECLINED", "TRANSACTION DECLINED", "TXN DECLINED"]}[status]),
          status=status)
    if status == "failed":
        p.add("center", f"RESP CODE: {rng.choice(['05', '51', '55', '91'])}")
    else:
        p.add("center", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED", "SIGNATURE NOT REQUIRED"]))
    p.part = "foot"
    p.add("center", "*** CUSTOMER COPY ***")
    return p.done()


def compose(rows: list[tuple], font: str, style: dict):
    """heldout106's frames: the rows alone (a shared card, a PDF page, a slip), an e-mail client, a browser."""
    return compose106(rows, font, style)

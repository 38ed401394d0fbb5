"""The twelve heldout119 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a fifth random day's proofs of payment, as a furniture and home-appliance seller in
a tier-2 Indian city (Indore, Nagpur, Coimbatore, Lucknow, Vadodara, Bhopal, Jaipur, Surat) receives them in 2026:
larger sums (₹8,000 to ₹4,50,000), an advance or a balance for one order, transfers more than app payments. UPI
result screens with a note and the UPI limit's lines; a bank's RTGS / NEFT acknowledgement in net banking; a bank
app's IMPS transfer; a deposit counterfoil, a CDM receipt or a cheque's acknowledgement on paper; a consumer-durable
loan's down-payment receipt; one bank SMS for a large transfer; a bank's "funds transfer" e-mail; a card terminal's
charge slip (an EMI sale on some); the store's own advance receipt voucher; a payment link's result page; a WhatsApp
chat with one payment screenshot, or a screenshot cropped tightly; a pay-later, wallet or cash-on-delivery receipt.
Every row is added to heldout113's ``Screen`` (heldout106's ``Page``) with the facts it prints, and the truth is
read back from the rows the page keeps. Headings, footers, balances, limits, fees, charges, loan and EMI sums, order
totals, balances due, denominations, chat bubbles and the payer's own details carry no fact. ``compose`` is
heldout118's (heldout106's frames, an iPhone's bars, a WhatsApp chat round a receipt image) or heldout117's (an
Android navigation bar, a notification banner) on a phone that asks for them.
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import (
    APPR_RANK,
    INVOICE_RANK,
    colour,
    day26,
    labelled,
    other_sum,
    paper,
    screen,
)
from bench.receipt_sets.heldout117_families import compose as compose117
from bench.receipt_sets.heldout117_families import phone_extras
from bench.receipt_sets.heldout118_families import IAPPS, chat_times, handle, head, ios, masked, money, own_id
from bench.receipt_sets.heldout118_families import compose as compose118

TURNS: dict[str, int] = {}
ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"

CITIES = [("Indore", "452001", "M.G. Road"), ("Nagpur", "440010", "Dharampeth"),
          ("Coimbatore", "641002", "Cross Cut Road"), ("Lucknow", "226001", "Hazratganj"),
          ("Vadodara", "390007", "Alkapuri"), ("Bhopal", "462011", "New Market"), ("Jaipur", "302001", "M.I. Road"),
          ("Surat", "395007", "Ghod Dod Road")]
SELLERS = [
    "Malwa Furniture House", "Shree Sai Furnitures", "Orange City Home Appliances", "Kovai Home Needs",
    "Nawab Furniture Mart", "Baroda Wood Craft", "Lakecity Electronics", "Pink City Sofa Studio",
    "Diamond Home Appliances", "Sharma Furniture Gallery", "Annapoorna Electricals", "Rathore Home Decor",
    "Gomti Furnishing Centre", "Kaveri Interiors", "Patel Steel Furniture", "Vishal Electronics & Furniture",
]
OWNERS = ["Rakesh Agrawal", "Sunil Wankhede", "K. Senthil Kumar", "Mohd. Irfan Siddiqui", "Hetal Patel",
          "Deepak Khandelwal"]
BUYERS = ["Anil Joshi", "Meenal Deshpande", "R. Karthikeyan", "Shabnam Qureshi", "Jignesh Mehta", "Pooja Tiwari",
          "Vikas Chouhan", "Lakshmi Narayanan", "Saurabh Dixit", "Nirali Shah", "Rajendra Pawar", "Farah Khan"]
GOODS = ["3+1+1 Sofa Set (Teak)", "King Size Bed with Storage", "6 Seater Dining Table", "Sheesham Wardrobe 3 Door",
         "LG 655L Side-by-Side Fridge", "Samsung 8kg Front Load Washer", "Daikin 1.5T Inverter AC x2",
         "Godrej Interio Recliner", "Sony Bravia 65in 4K TV", "Modular Kitchen (advance)",
         "L-Shape Sofa + Centre Table", "Whirlpool 340L Fridge + Microwave"]
NOTES = ["Advance for sofa set", "Balance for fridge", "Advance dining table", "Balance payment wardrobe",
         "Advance for bed + mattress", "Washing machine balance", "AC advance 2 units", "Recliner balance",
         "Token amount TV", "Kitchen advance 1st part"]
PATS = ["%d %b %Y", "{d} %b %Y", "%d-%m-%Y", "%d/%m/%Y", "{d} %B %Y", "%d-%b-%Y", "%d.%m.%Y", "%a, {d} %b %Y",
        "%b {d}, %Y", "%d %b, %Y", "%Y-%m-%d", "{d} %b '%y", "%d %B %Y"]
SLIP_PATS = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y", "%d/%m/%y"]
STATE = {"Indore": "23", "Nagpur": "27", "Coimbatore": "33", "Lucknow": "09", "Vadodara": "24", "Bhopal": "23",
         "Jaipur": "08", "Surat": "24"}
PSB = ["State Bank of India", "Punjab National Bank", "Bank of Baroda", "Canara Bank", "Union Bank of India",
       "Bank of India", "Central Bank of India", "Indian Bank"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "IndusInd Bank", "Yes Bank", "IDFC FIRST Bank"]
IFSC_HEADS = ["SBIN", "PUNB", "BARB", "CNRB", "UBIN", "HDFC", "ICIC", "UTIB", "KKBK", "INDB", "BKID", "CBIN"]
SUCCESS = ["Payment Successful", "Paid successfully", "Transaction Successful", "Money sent", "Payment done"]
FAILED = ["Payment Failed", "Transaction failed", "Payment declined", "Payment could not be completed"]
PENDING = ["Payment Pending", "Payment processing", "Transaction pending", "Awaiting bank confirmation"]
WORDS = {"success": SUCCESS, "failed": FAILED, "pending": PENDING}
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account.",
          "Your bank declined this payment. Money, if debited, will be reversed."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "Your bank has not confirmed yet. We will notify you in a few minutes.",
        "This is taking longer than usual. Check back after some time."]


def fresh() -> None:
    """Start every family's count again (``make_heldout119_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): its issuer, outcome and missing fields follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def outcome(k: int, failed: tuple = (), pending: tuple = ()) -> str:
    return "failed" if k in failed else "pending" if k in pending else "success"


def payee(rng: random.Random, caps: float = 0.25) -> str:
    name = rng.choice(SELLERS) if rng.random() < 0.8 else rng.choice(OWNERS)
    return name.upper() if rng.random() < caps else name


def stamp(rng: random.Random, date: dt.date, pats: list[str] = PATS, *, hour: bool = True,
          twelve: bool = True) -> str:
    text = when(date, rng.choice(pats))
    if hour:
        text += rng.choice([", ", " ", " at ", " | ", " - "]) + hhmm(rng, twelve=twelve, lower=rng.random() < 0.3)
    return text


def slip_sum(rng: random.Random, amount: float, marks=("INR ", "Rs.", "Rs ", "RS.", "Rs. ", "")) -> str:
    """A sum as a printed slip writes it: a mark or none, lakh or western grouping or none."""
    mark = rng.choice(marks)
    body = rng.choice([f"{amount:,.2f}", f"{amount:.2f}", Rs(rng, "dejavu/DejaVuSans.ttf", marks=("Rs.",),
                                                               groupings=("indian",)).bare(amount)])
    return f"{mark}{body}"


def ifsc(rng: random.Random) -> str:
    return f"{rng.choice(IFSC_HEADS)}0{digits(rng, 6)}"


def android(p: Screen, banner: bool = False) -> None:
    """An Android phone's navigation bar (heldout117's marks; a banner over the bars on some)."""
    phone_extras(p, banner=banner)


def status_line(p: Screen, words: dict, status: str) -> None:
    p.add("center", p.rng.choice(words[status]), status=status)
    if p.style["screen"]:
        p.accent(colour(status))


# ---------------------------------------------------------------- 1. UPI result screens for an advance or a balance


class Pay:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 8000,
                 high: float = 100000):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round=0.75)
        self.to = payee(rng)
        self.ref = utr(rng, self.date)


def upi_rows(p: Screen, u: Pay, rs: Rs, handles: list[str], own: tuple | None, source: tuple[str, str],
             *, limit: bool = False) -> None:
    """The outcome, the sum, the payee and its handle (parts outcome, amount, payee), the UPI reference and the app's
    own id on some (ref), the day, the account debited, a note on most, the UPI limit's lines on some (tail)."""
    rng = p.rng
    p.part = "outcome"
    word = rng.choice(WORDS[u.status])
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} {word}".strip() if u.status == "success" and rng.random() < 0.4 else word,
          status=u.status)
    p.accent(colour(u.status))
    p.part = "amount"
    p.add("big", rs(u.amount), amount=u.amount)
    p.part = "payee"
    lab = rng.choice(["Paid to", "To", "Sent to", "Paid to:"] if u.status == "success"
                     else ["To", "Paying to", "Payment to"])
    if rng.random() < 0.5:
        p.add("small", lab)
        p.add("center", u.to, merchant=u.to)
    else:
        p.add("center", f"{lab} {u.to}", merchant=u.to)
    vpa = handle(rng, u.to, handles)
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"VPA: {vpa}"]), method="UPI")
    if u.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif u.status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "ref"
    p.add("rule")
    p.add("left", rng.choice(["Transaction details", "Payment details", "Details"]))
    if not u.no_ref:
        rows = [(rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI Transaction ID", "RRN", "UTR No"]),
                 u.ref, (UTR_RANK, u.ref))]
        if own and rng.random() < 0.6:
            rows.insert(rng.randrange(2), (own[0], own[1], (own[2], own[1])))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    p.part = "tail"
    if not u.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Transaction Date", "Date", "Completed on"]),
                 stamp(rng, u.date), date=u.date)
    p.pair(*source)
    if rng.random() < 0.75:
        p.pair(rng.choice(["Note", "Message", "Remarks", "Purpose"]), rng.choice(NOTES))
    if limit:
        p.add("rule")
        left = float(rng.choice([100000, 100000, 200000]))
        text = rng.choice([f"UPI daily limit: {rs(left)}",
                           f"You can send {rs(max(0.0, left - u.amount))} more today",
                           f"Payment of {rs(float(rng.choice([150000, 180000, 125000])))} split across two days",
                           "Daily UPI limit resets at midnight"])
        p.add("small", text)


UPI_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "Amazon Pay", "CRED", "PhonePe", "Google Pay"]


def upi_advance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A UPI app's result screen for an advance or a balance (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay, CRED,
    PhonePe, Google Pay; dark on some, an iPhone's bars or an Android navigation bar): the outcome, the sum (₹8,000
    to ₹1,00,000), Paid to / To / Sent to and the payee's handle, the UPI reference and the app's own id on some, the
    day, Debited from / Paid from the buyer's bank, a note ("Advance for sofa set"), the UPI daily limit's lines on
    some; a failed and a pending one."""
    k = place("upi_advance")
    status = outcome(k, failed=(3,), pending=(6,))
    app = UPI_APPS[k]
    dark = app == "CRED" or rng.random() < 0.25
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment status", "Transaction details"]),
               buttons=rng.choice([("Share", "Done"), ("Share receipt",), ("Done",), ()]))
    if rng.random() < 0.45:
        ios(p)
    else:
        android(p, banner=k == 7)
    rs = money(rng, font, 0.6)
    u = Pay(rng, status, no_ref=k == 5, no_day=k == 2)
    name, band, handles, _ = IAPPS[app]
    head(p, name, band, dark, ["UPI payment", "Pay to merchant", "Bank transfer via UPI"])
    upi_rows(p, u, rs, handles, own_id(rng, app, u.date),
             (rng.choice(["Debited from", "Paid from", "From", "Bank account"]),
              f"{rng.choice(PSB[:4] + PVT[:4])} {masked(rng, font)}"),
             limit=rng.random() < 0.6)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "View history  |  Help", "Powered by UPI  |  NPCI"]))
    return p.done()


# ---------------------------------------------------------------- 2. RTGS / NEFT acknowledgements in net banking


NETBANKS = [("OnlineSBI", "SBIN", "retail.onlinesbi.sbi/retail/fundstransfer.htm"),
            ("PNB Internet Banking", "PUNB", "netpnb.com/BankAwayRetail/AuthenticationController"),
            ("HDFC Bank NetBanking", "HDFC", "netbanking.hdfcbank.com/netbanking/entry"),
            ("bob World Internet", "BARB", "feba.bobibanking.com/corp/Finacle"),
            ("ICICI Bank Internet Banking", "ICIC", "infinity.icicibank.com/corp/AuthenticationController"),
            ("Axis Bank Internet Banking", "UTIB", "omni.axisbank.co.in/axisretailbanking/"),
            ("Canara Bank Net Banking", "CNRB", "netbanking.canarabank.in/entry/ENULogin.jsp"),
            ("Union Bank of India - Internet Banking", "UBIN", "www.unionbankonline.co.in/corp/BANKAWAY")]
NB_MODES = ["RTGS", "NEFT", "RTGS", "NEFT", "NEFT", "RTGS", "NEFT", "RTGS"]


def netbank_rtgs(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A public or private bank's RTGS or NEFT acknowledgement in net banking (a browser: OnlineSBI, PNB, HDFC, bob
    World, ICICI, Axis, Canara, Union Bank): the outcome or a Transaction Status row, Beneficiary Name / Payee Name /
    Beneficiary, its account masked, IFSC and bank, Transfer Mode / Payment Mode / Channel, Amount / Transfer Amount
    / Amount (INR), Charges and GST on Charges with a Total Amount Debited on some, UTR No / UTR / UTR Number and the
    bank's Reference No / Transaction Reference Number on some, the day, the debit account, Remarks; a failed and a
    pending one."""
    k = place("netbank_rtgs")
    status = outcome(k, failed=(4,), pending=(1,))
    bank, head_code, url = NETBANKS[k]
    mode = NB_MODES[k]
    no_ref, no_day = k == 6, k == 3
    p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([19, 20]))
    p.style["h106"]["url"] = url
    rs = money(rng, font, 0.6, marks=("₹", "Rs.", "INR", "Rs"))
    date = day26(rng)
    amount = rupees(rng, 200000, 450000, 0.9) if mode == "RTGS" else rupees(rng, 8000, 450000, 0.8)
    to = payee(rng, caps=0.7)
    p.part = "head"
    p.add("title", bank)
    p.add("left", rng.choice([f"Funds Transfer - {mode}", f"{mode} - Other Bank Transfer",
                              "Transfer to Other Bank (NEFT/RTGS)", f"{mode} Acknowledgement"]))
    p.add("rule")
    p.part = "body"
    words = {"success": [f"Your {mode} transaction has been processed successfully", "Transaction Successful",
                         "Funds transferred successfully"],
             "failed": ["Transaction Failed", f"{mode} transaction rejected by beneficiary bank",
                        "Transaction could not be processed"],
             "pending": ["Transaction is under process", "Transaction Pending", "Sent to beneficiary bank"]}
    row_status = rng.random() < 0.35
    if row_status:
        p.pair(rng.choice(["Transaction Status", "Status"]),
               rng.choice({"success": ["Success", "Successful", "Processed"], "failed": ["Failed", "Rejected"],
                           "pending": ["Pending", "In Process"]}[status]), status=status)
        p.accent(colour(status))
    else:
        status_line(p, words, status)
    p.add("gap")
    p.pair(rng.choice(["Beneficiary Name", "Payee Name", "Beneficiary"]), to, merchant=to)
    p.pair(rng.choice(["Beneficiary Account No.", "Account Number", "Credit Account"]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["IFSC", "IFSC Code"]), ifsc(rng))
    p.pair(rng.choice(["Beneficiary Bank", "Bank Name"]), rng.choice(PSB + PVT))
    p.pair(rng.choice(["Transfer Mode", "Payment Mode", "Channel"]), mode, method="netbanking")
    p.pair(rng.choice(["Amount", "Transfer Amount", "Amount (INR)", "Txn Amount"]), rs(amount), amount=amount)
    if status != "failed" and rng.random() < 0.6:
        fee = {"NEFT": rng.choice([2.5, 5.0, 15.0, 25.0]), "RTGS": rng.choice([24.5, 49.5])}[mode]
        gst = round(fee * 0.18, 2)
        p.pair(rng.choice(["Charges", "Service Charges", "Commission"]), rs(fee))
        p.pair(rng.choice(["GST on Charges", "GST @18%"]), rs(gst))
        if rng.random() < 0.6:
            p.pair(rng.choice(["Total Amount Debited", "Total Debit Amount"]), rs(round(amount + fee + gst, 2)))
    if not no_ref:
        rows = []
        if status != "failed":
            ref = neft_utr(head_code, rng, date) if mode == "NEFT" else rtgs_utr(head_code, rng, date)
            rows.append((rng.choice(["UTR No", "UTR", "UTR Number"]), ref, (UTR_RANK, ref)))
        if status == "failed" or rng.random() < 0.5:
            own = rng.choice([digits(rng, 10), f"{code(rng, 2, UPPER)}{digits(rng, 8)}"])
            rows.append((rng.choice(["Reference No", "Transaction Reference Number", "Txn Ref No"]), own,
                         (BANK_RANK, own)))
        for label, value, txn in rows:
            p.pair(label, value, txn=txn)
    if not no_day:
        p.pair(rng.choice(["Transaction Date", "Transfer Date", "Date & Time", "Value Date"]),
               stamp(rng, date, hour=rng.random() < 0.6, twelve=rng.random() < 0.4), date=date)
    p.pair(rng.choice(["Debit Account", "From Account", "Debited from"]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Remarks", "Purpose", "Narration"]), rng.choice(NOTES + ["Furniture purchase"]))
    if status == "failed":
        p.add("small", "Reason: Beneficiary account details invalid. Amount, if debited, will be credited back.")
    if status == "pending":
        p.add("small", "Credit to the beneficiary is subject to confirmation from the beneficiary bank.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Print  |  Download PDF  |  Make another transfer",
                               "This is a computer generated acknowledgement and needs no signature."]))
    return p.done()


# ---------------------------------------------------------------- 3. IMPS in a bank's app


BANK_APPS = [("YONO SBI", (118, 36, 132), "State Bank of India"), ("HDFC Bank", (0, 76, 143), "HDFC Bank"),
             ("iMobile Pay", (174, 40, 30), "ICICI Bank"), ("Axis Mobile", (151, 20, 77), "Axis Bank"),
             ("Kotak", (220, 30, 40), "Kotak Mahindra Bank"), ("bob World", (232, 96, 30), "Bank of Baroda"),
             ("Canara ai1", (0, 120, 190), "Canara Bank"), ("PNB ONE", (160, 20, 50), "Punjab National Bank")]


def imps_app(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An IMPS transfer in a bank's app (YONO SBI, HDFC Bank, iMobile Pay, Axis Mobile, Kotak, bob World, Canara
    ai1, PNB ONE): the outcome, the sum (up to ₹2,00,000), Beneficiary / To / Payee Name and its account and IFSC,
    Mode IMPS, IMPS Ref No / RRN / IMPS Reference Number and the bank's Transaction ID on some, the day, From A/c,
    Remarks, the available balance after on some; a failed and a pending one."""
    k = place("imps_app")
    status = outcome(k, failed=(6,), pending=(2,))
    title, band, _ = BANK_APPS[k]
    no_ref, no_day = k == 4, k == 7
    dark = rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Fund Transfer", "IMPS"]),
               buttons=rng.choice([("Share", "Done"), ("Download",), ("Home",), ()]))
    if rng.random() < 0.4:
        ios(p)
    else:
        android(p, banner=k == 1)
    rs = money(rng, font, 0.55)
    date, amount = day26(rng), rupees(rng, 8000, 200000, 0.8)
    to = payee(rng, caps=0.6)
    head(p, title, band, dark, ["Transfer", "IMPS - Instant transfer", "Other bank account"])
    p.part = "body"
    status_line(p, {"success": ["Transfer Successful", "IMPS transaction successful", "Funds transferred"],
                    "failed": ["Transfer Failed", "Transaction failed", "IMPS transaction declined"],
                    "pending": ["Transaction in process", "Transfer pending", "Status awaited from beneficiary bank"]},
                status)
    p.add("big", rs(amount), amount=amount)
    p.pair(rng.choice(["Beneficiary", "To", "Payee Name"]), to, merchant=to)
    p.pair(rng.choice(["Account No.", "A/c No", "Beneficiary A/c"]), masked(rng, font))
    p.pair(rng.choice(["IFSC", "IFSC Code"]), ifsc(rng))
    p.pair(rng.choice(["Mode", "Transfer Mode", "Transfer Type"]), rng.choice(["IMPS", "IMPS (P2A)"]),
           method="netbanking")
    if not no_ref:
        rows = []
        if status != "failed" or rng.random() < 0.5:
            ref = utr(rng, date)
            rows.append((rng.choice(["IMPS Ref No", "RRN", "IMPS Reference Number", "Reference No (RRN)"]), ref,
                         (UTR_RANK, ref)))
        if not rows or rng.random() < 0.5:
            own = rng.choice([digits(rng, 11), f"{code(rng, 1, UPPER)}{digits(rng, 10)}"])
            rows.append((rng.choice(["Transaction ID", "Txn ID"]), own, (TXN_RANK, own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not no_day:
        labelled(p, rng.choice(["Date & Time", "Transaction Date", "Date"]), stamp(rng, date), date=date)
    p.pair(rng.choice(["From A/c", "Debited from", "From Account"]), masked(rng, font))
    p.pair(rng.choice(["Remarks", "Purpose"]), rng.choice(NOTES))
    if status == "success" and rng.random() < 0.5:
        p.pair(rng.choice(["Available Balance", "Avl. Bal"]), rs(other_sum(rng, amount, 5000, 900000)))
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if status == "pending":
        p.add("small", "Please check the status after 30 minutes. Do not repeat the transfer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Add to favourites  |  Repeat", "Never share your MPIN or OTP with anyone"]))
    return p.done()


# ---------------------------------------------------------------- 4. deposit counterfoils, CDM, cheque acks


def deposit_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank's printed deposit paper, photographed (a monospace or serif face, printed faces only): a branch's cash
    deposit counterfoil with the denominations (SBI, Canara), a CDM receipt (HDFC, Axis), a cheque deposit's
    acknowledgement "subject to realisation", a cheque return memo, a cheque cleared and credited, a branch's NEFT
    / RTGS customer counterfoil: Account Name / Credit to / Name of Account Holder (the seller), Deposited by (the
    buyer), the account, Cheque No and the drawee bank, Amount / Total, Journal No / Txn ID / UTR; a failed and a
    pending one."""
    k = place("deposit_slip")
    status = outcome(k, failed=(5,), pending=(2,))
    no_ref, no_day = k == 0, k == 4
    p = screen(rng, font, width=rng.choice([500, 540]), size=rng.choice([18, 19]))
    paper(p, rng)
    date = day26(rng)
    amount = rupees(rng, 8000, 450000, 1.0 if k in (0, 1, 4, 6) else 0.7)
    if k in (0, 1, 4, 6):  # cash: under the two lakh a business may take in cash at once (Income Tax Act s.269ST)
        amount = float(min(199500, max(8000, round(amount / 500) * 500)))
    to = payee(rng, caps=0.9).upper()[:26].strip()
    city = rng.choice(CITIES)[0].upper()
    kind = {0: "cash", 1: "cdm", 2: "cheque", 3: "neft", 4: "cash", 5: "return", 6: "cdm", 7: "cleared"}[k]
    bank = {0: "STATE BANK OF INDIA", 1: "HDFC BANK", 2: "ICICI BANK", 3: "BANK OF BARODA", 4: "CANARA BANK",
            5: "PUNJAB NATIONAL BANK", 6: "AXIS BANK", 7: "UNION BANK OF INDIA"}[k]
    p.part = "head"
    p.add("center", bank)
    cdm_id = f"CDM ID: {code(rng, 2, UPPER)}{digits(rng, 5)}"
    p.add("center", rng.choice([f"BRANCH: {city}", f"{city} MAIN BRANCH",
                                cdm_id if kind == "cdm" else f"{city} BRANCH"]))
    p.add("center", {"cash": rng.choice(["CASH DEPOSIT - COUNTERFOIL", "PAY-IN SLIP - CUSTOMER COPY"]),
                     "cdm": rng.choice(["CASH DEPOSIT RECEIPT", "CDM TRANSACTION RECEIPT"]),
                     "cheque": rng.choice(["CHEQUE DEPOSIT ACKNOWLEDGEMENT", "CHEQUE COLLECTION - COUNTERFOIL"]),
                     "neft": rng.choice(["RTGS/NEFT APPLICATION - CUSTOMER COUNTERFOIL", "NEFT - CUSTOMER COPY"]),
                     "return": "CHEQUE RETURN MEMO",
                     "cleared": rng.choice(["CHEQUE CLEARING ADVICE", "CREDIT ADVICE - CHEQUE"])}[kind])
    p.add("rule")
    p.part = "body"
    day_text = when(date, rng.choice(SLIP_PATS), upper=True)
    if not no_day:
        if rng.random() < 0.5:
            p.pair(rng.choice(["DATE:", "DATE :", "TXN DATE:"]), day_text, date=date)
            if kind == "cdm" or rng.random() < 0.4:
                p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
        else:
            p.add("left", f"DATE: {day_text}  TIME: {hhmm(rng, twelve=False)}", date=date)
    elif kind in ("cash", "cdm"):
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    acct = f"{digits(rng, 2)}XXXXXX{digits(rng, 4)}"
    if kind == "neft":
        p.pair(rng.choice(["REMITTER:", "APPLICANT:"]), rng.choice(BUYERS).upper())
        p.pair(rng.choice(["BENEFICIARY NAME:", "BENE NAME:"]), to, merchant=to)
        p.pair("BENE A/C:", acct)
        p.pair("IFSC:", ifsc(rng))
        slip_mode = rng.choice(["NEFT", "RTGS"]) if amount >= 200000 else "NEFT"
        p.pair("MODE:", slip_mode, method="netbanking")
    else:
        p.pair(rng.choice(["ACCOUNT NAME:", "CREDIT TO:", "A/C HOLDER:"]), to, merchant=to)
        p.pair(rng.choice(["A/C NO:", "ACCOUNT NO:"]), acct)
        if kind in ("cash", "cdm"):
            p.pair(rng.choice(["DEPOSITED BY:", "DEPOSITOR:"]), rng.choice(BUYERS).upper())
            p.pair(rng.choice(["MODE:", "TXN TYPE:"]), "CASH DEPOSIT" if kind == "cash" else "CASH", method="cash")
        else:
            p.pair(rng.choice(["DRAWER:", "DEPOSITED BY:"]), rng.choice(BUYERS).upper())
            p.pair(rng.choice(["CHEQUE NO:", "CHQ NO:"]), f"{rng.randrange(100000, 999999)}")
            p.pair(rng.choice(["DRAWEE BANK:", "BANK:"]), rng.choice(PSB + PVT).upper()[:24].strip())
    if kind in ("cash", "cdm"):
        left = amount
        for note in (500, 200, 100):
            n = int(left // note) if note == 100 else int(left // note * rng.choice([0.9, 0.8, 0.6]))
            if n:
                p.pair(f"{note} x {n}", f"{note * n:,.2f}")
                left -= note * n
        assert left < 100 < amount
    label = {"cash": ["TOTAL:", "TOTAL RS.:", "AMOUNT:"], "cdm": ["AMOUNT DEPOSITED:", "TOTAL AMOUNT:"],
             "cheque": ["CHEQUE AMOUNT:", "AMOUNT:"], "neft": ["AMOUNT:", "AMOUNT (RS.):"],
             "return": ["CHEQUE AMOUNT:", "AMOUNT:"], "cleared": ["AMOUNT CREDITED:", "AMOUNT:"]}[kind]
    p.pair(rng.choice(label), slip_sum(rng, amount), amount=amount)
    words = words_in_rupees(amount).upper()
    if kind in ("cash", "neft", "cheque") and glyphs(font, words) and rng.random() < 0.7:
        p.add("left", words)
    if not no_ref:
        if kind == "neft":
            ref = neft_utr("BARB", rng, date) if slip_mode == "NEFT" else rtgs_utr("BARB", rng, date)
            p.pair(rng.choice(["UTR:", "UTR NO:"]), ref, txn=(UTR_RANK, ref))
        else:
            own = rng.choice([digits(rng, 6), f"{code(rng, 1, UPPER)}{digits(rng, 7)}", digits(rng, 10)])
            lab = (["TXN ID:", "TRANS ID:"] if kind == "cdm" else ["JOURNAL NO:", "TXN REF NO:", "REF NO:"])
            p.pair(rng.choice(lab), own, txn=(TXN_RANK if kind == "cdm" else BANK_RANK, own))
    p.add("rule")
    line = {"cash": ["CASH RECEIVED", "RECEIVED - THANK YOU"], "cdm": ["TRANSACTION SUCCESSFUL", "STATUS: SUCCESS"],
            "cheque": ["CHEQUE RECEIVED FOR CLEARING", "STATUS: UNDER CLEARING - SUBJECT TO REALISATION"],
            "neft": ["STATUS: PROCESSED", "FUNDS TRANSFERRED"],
            "return": ["CHEQUE RETURNED UNPAID", "STATUS: RETURNED - FUNDS INSUFFICIENT"],
            "cleared": ["CHEQUE CLEARED - AMOUNT CREDITED", "STATUS: CREDITED"]}[kind]
    p.add("center", rng.choice(line), status=status)
    if kind == "return":
        p.pair(rng.choice(["RETURN CHARGES:", "CHQ RETURN CHGS:"]), slip_sum(rng, float(rng.choice([295, 354, 590]))))
    p.part = "foot"
    if kind == "cheque":
        p.add("center", "CREDIT WILL BE GIVEN ON REALISATION")
    p.pair(rng.choice(["TELLER:", "USER ID:", "CASHIER:"]), f"{code(rng, 1, UPPER)}{rng.randrange(10, 99)}")
    p.add("center", rng.choice(["CUSTOMER COPY", "PLEASE RETAIN FOR YOUR RECORDS"]))
    return p.done()


# ---------------------------------------------------------------- 5. consumer-durable loan: the down payment


LENDERS = ["Bajaj Finserv", "HDB Financial Services", "TVS Credit", "Home Credit", "IDFC FIRST Bank",
           "Bajaj Finserv", "HDB Financial Services", "TVS Credit"]


def emi_downpayment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A consumer-durable loan's down-payment receipt for an appliance or furniture bought on EMI at the store
    (Bajaj Finserv, HDB Financial Services, TVS Credit, Home Credit, IDFC FIRST Bank): printed at the dealer (paper)
    on five, the lender's app on three: the lender on top, DOWN PAYMENT RECEIPT / Loan booking confirmation, Dealer
    / Dealer Name / Store (the seller), the customer, the product, Invoice value / Product price, Down payment /
    Down Payment Received / Amount Paid, Loan amount / Amount financed, EMI x tenure, First EMI date, Loan Account No
    / Agreement No, DP Receipt No / Receipt No, Payment mode (cash, UPI with its reference, a card), the day, the
    outcome; a failed and a pending one."""
    k = place("emi_downpayment")
    status = outcome(k, failed=(7,), pending=(4,))
    lender = LENDERS[k]
    no_ref, no_day = k == 3, k == 6
    printed = k in (0, 2, 3, 5, 6)
    if printed:
        p = screen(rng, font, width=rng.choice([540, 580]), size=rng.choice([18, 19]))
        paper(p, rng)
    else:
        p = screen(rng, font, "phone", dark=rng.random() < 0.3, width=620,
                   title=rng.choice(["", "Loan details", "My loans"]), buttons=rng.choice([("Download",), ()]))
        android(p)
    rs = money(rng, font, 0.7, marks=("₹", "Rs.", "Rs", "INR"))
    date = day26(rng)
    price = float(rng.choice([38990, 54990, 72500, 89990, 124000, 46500, 61990, 99000]))
    share = rng.choice([0.1, 0.15, 0.2, 0.25, 0.3])
    down = float(max(8000, round(price * share / 100) * 100))
    loan = price - down
    months = rng.choice([6, 8, 9, 10, 12])
    shop = rng.choice(SELLERS)
    p.part = "head"
    p.add("title", lender)
    p.add("center", rng.choice(["DOWN PAYMENT RECEIPT", "Down Payment Receipt", "Loan Booking Confirmation",
                                "Consumer Durable Loan - Down Payment"]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Down payment received", "DOWN PAYMENT RECEIVED", "Loan booked - down payment paid"],
             "failed": ["Down payment failed", "DOWN PAYMENT NOT RECEIVED - UPI DECLINED"],
             "pending": ["Down payment pending", "Loan approved - down payment pending"]}
    status_line(p, words, status)
    p.pair(rng.choice(["Dealer", "Dealer Name", "Store"]), shop, merchant=shop)
    p.pair(rng.choice(["Customer", "Customer Name"]), rng.choice(BUYERS))
    p.pair("Product", rng.choice(GOODS))
    p.pair(rng.choice(["Invoice value", "Product price"]), rs(price))
    way = rng.choice(["cash", "UPI", "card"]) if status == "success" else "UPI"
    p.pair(rng.choice(["Down payment", "Down Payment Received", "Amount Paid"]) if status == "success"
           else "Down payment", rs(down), amount=down)
    p.pair(rng.choice(["Loan amount", "Amount financed"]), rs(loan))
    p.pair("EMI", f"{rs(round(loan / months, 2))} x {months}")
    if not no_day:
        first = date + dt.timedelta(days=rng.randrange(25, 40))
        p.pair(rng.choice(["First EMI date", "EMI start date"]), when(first, rng.choice(SLIP_PATS)))
    if not no_ref:
        p.pair(rng.choice(["Loan Account No", "Agreement No"]), f"{code(rng, 3, UPPER)}{digits(rng, 11)}")
    p.pair(rng.choice(["Payment mode", "Paid by", "Down payment mode"]),
           {"cash": "Cash", "UPI": f"UPI ({rng.choice(['PhonePe', 'Google Pay', 'Paytm'])})",
            "card": f"Debit Card {masked(rng, font)}"}[way], method=way)
    if not no_ref:
        rows = []
        if way == "UPI" and status != "failed":
            ref = utr(rng, date)
            rows.append((rng.choice(["UPI Ref No", "UTR"]), ref, (UTR_RANK, ref)))
        number = f"DP{date:%y%m}{digits(rng, 6)}"
        rows.append((rng.choice(["DP Receipt No", "Receipt No"]), number, (INVOICE_RANK, number)))
        rng.shuffle(rows)
        for label, value, txn in rows:
            p.pair(label, value, txn=txn)
    if not no_day:
        p.pair(rng.choice(["Date", "Receipt Date", "Booking date"]),
               stamp(rng, date, SLIP_PATS if printed else PATS, hour=rng.random() < 0.5), date=date)
    if status == "pending":
        p.add("small", "Loan will be disbursed to the dealer once the down payment is confirmed.")
    if status == "failed":
        p.add("small", "Please collect the down payment again before delivery of the product.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["EMIs will be auto-debited by NACH mandate.", "This is a system generated receipt.",
                               f"Thank you for choosing {lender}"]))
    return p.done()


# ---------------------------------------------------------------- 6. one bank SMS for a large transfer


def bank_sms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One debit alert for a large transfer in a messages app: SBI's NEFT "by NEFT to <NAME>. UTR …", HDFC's RTGS
    "for RTGS to <NAME>, UTR …", ICICI's IMPS "& Acct XX456 credited. IMPS:…" (no name), Axis's UPI narration
    "UPI/P2M/<ref>/<NAME>", Kotak's NEFT with no reference, PNB's failed IMPS, Canara's NEFT with no day (the divider
    says Today or Yesterday), Bank of Baroda's RTGS "is under process"; the balance after on some."""
    k = place("bank_sms")
    status = outcome(k, failed=(5,), pending=(7,))
    no_day = k == 6
    date = day26(rng)
    amount = rupees(rng, 200000, 450000, 0.9) if k in (1, 7) else rupees(rng, 8000, 400000, 0.8)
    if k == 3:
        amount = rupees(rng, 8000, 100000, 0.8)
    acct = digits(rng, 4)
    to = payee(rng, caps=1.0)
    named: str | None = to[:24].strip()
    mark = rng.choice(["Rs.", "Rs ", "INR ", "Rs."])
    sum_text = mark + rng.choice([f"{amount:.2f}", f"{amount:,.2f}",
                                  Rs(rng, "dejavu/DejaVuSans.ttf", marks=("Rs.",), groupings=("indian",)).bare(amount)])
    bal = (f"{rng.choice(['Avl Bal', 'Avl bal:', 'Bal'])} {mark}"
           f"{other_sum(rng, amount, 20000, 900000):,.2f}")
    method, txn = "netbanking", None
    if k == 0:
        ref = neft_utr("SBIN", rng, date)
        txn = (UTR_RANK, ref)
        text = (f"Dear Customer, {sum_text} debited from A/c XX{acct} on {when(date, '%d%b%y')} by NEFT to "
                f"{named}. UTR {ref}. {bal} -SBI")
    elif k == 1:
        ref = rtgs_utr("HDFC", rng, date)
        txn = (UTR_RANK, ref)
        text = (f"{sum_text} debited from HDFC Bank A/c **{acct} on {when(date, '%d-%m-%y')} for RTGS to {named}, "
                f"UTR {ref}. Not you? Call 18002586161")
    elif k == 2:
        named = None
        ref = utr(rng, date)
        txn = (UTR_RANK, ref)
        text = (f"ICICI Bank Acct XX{acct[1:]} debited with {sum_text} on {when(date, '%d-%b-%y')} & Acct "
                f"XX{digits(rng, 3)} credited. IMPS:{ref}. Call 18002662 for dispute or SMS BLOCK {acct[1:]} to "
                f"9215676766")
    elif k == 3:
        named = named[:18].strip()
        ref = utr(rng, date)
        txn = (UTR_RANK, ref)
        method = "UPI"
        text = (f"{sum_text} debited\nA/c no. XX{acct}\n{when(date, '%d-%m-%y')}, {hhmm(rng, False, True)}\n"
                f"UPI/P2M/{ref}/{named}\nNot you? SMS BLOCKUPI Cust ID to 919951860002\nAxis Bank")
    elif k == 4:
        text = (f"Your A/c XXXX{acct} is debited for {sum_text} on {when(date, '%d-%m-%Y')} towards NEFT to "
                f"{named}. {bal} -Kotak Bank")
    elif k == 5:
        ref = utr(rng, date)
        txn = (UTR_RANK, ref)
        text = (f"Your IMPS transaction of {sum_text} to {named} from A/c XX{acct} on {when(date, '%d-%m-%Y')} has "
                f"failed. IMPS Ref No {ref}. Amount if debited will be reversed. -PNB")
    elif k == 6:
        ref = neft_utr("CNRB", rng, date)
        txn = (UTR_RANK, ref)
        text = (f"An amount of INR {amount:,.2f} has been DEBITED to your account XXX{acct} towards NEFT to {named}. "
                f"UTR {ref}. Total Avail.bal INR {other_sum(rng, amount, 20000, 900000):,.2f} - Canara Bank")
    else:
        ref = rtgs_utr("BARB", rng, date)
        txn = (UTR_RANK, ref)
        text = (f"Your RTGS request of {sum_text} to {named} on {when(date, '%d-%m-%Y')} is under process. UTR {ref}."
                f" Status will be updated shortly. -Bank of Baroda")
    assert glyphs(font, text.replace("\n", " ")), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    senders = ["SBIINB", "HDFCBK", "ICICIT", "AXISBK", "KOTAKB", "PNBSMS", "CANBNK", "BOBTXN"]
    sender = f"{rng.choice(['AX', 'VM', 'JD', 'VK', 'BP', 'AD', 'JM'])}-{senders[k]}-S"
    if no_day:
        divider = rng.choice(["Today", "Yesterday"])
    else:
        divider = rng.choice([when(date, "%A, {d} %B"), when(date, "{d} %b %Y"), when(date, "%a, {d} %b")])
    p.style["h106"].update({"sender": sender, "divider": divider, "text": text,
                            "time": hhmm(rng, lower=rng.random() < 0.3)})
    facts = {"amount": amount, "method": method, "status": status}
    if not no_day:
        facts["date"] = date
    if txn:
        facts["txn"] = txn
    p.add("left", text.replace("\n", " "), merchant=named, **facts)
    rows, truth, style = p.done()
    truth["merchant_name"] = named
    return rows, truth, style


# ---------------------------------------------------------------- 7. a bank's "funds transfer" e-mail


MAIL_BANKS = [("HDFC Bank", "alerts@hdfcbank.net", "HDFC"), ("ICICI Bank", "customercare@icicibank.com", "ICIC"),
              ("State Bank of India", "donotreply.sbiinb@alerts.sbi.co.in", "SBIN"),
              ("Axis Bank", "alerts@axisbank.com", "UTIB"), ("Kotak Mahindra Bank", "bankalerts@kotak.com", "KKBK"),
              ("Yes Bank", "alerts@yesbank.in", "YESB"), ("Bank of Baroda", "bobibanking@bankofbaroda.com", "BARB"),
              ("IDFC FIRST Bank", "noreply@idfcfirstbank.com", "IDFB")]
MAIL_MODES = ["NEFT", "RTGS", "IMPS", "NEFT", "IMPS", "RTGS", "NEFT", "IMPS"]


def transfer_mail(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A bank's e-mail after a funds transfer from net banking, in a mail client (HDFC, ICICI, SBI, Axis, Kotak, Yes
    Bank, Bank of Baroda, IDFC FIRST): "Funds transfer successful" / "… has been processed", the details as
    label-value rows (From Account, Beneficiary Name / Payee, its account, IFSC, Amount / Transaction Amount, Mode,
    UTR / Reference Number / IMPS Reference No, Date), charges on some; the header gives the hour only; a failed and
    a pending one."""
    k = place("transfer_mail")
    status = outcome(k, failed=(2,), pending=(5,))
    bank, address, head_code = MAIL_BANKS[k]
    mode = MAIL_MODES[k]
    no_ref, no_day = k == 0, k == 6
    date = day26(rng)
    amount = rupees(rng, 200000, 450000, 0.9) if mode == "RTGS" else rupees(rng, 8000, 300000, 0.8)
    to = payee(rng, caps=0.5)
    rs = money(rng, font, 0.5, marks=("Rs.", "INR", "Rs", "₹"))
    subject = {"success": rng.choice(["Funds transfer successful", f"{mode} transaction processed successfully",
                                      f"Your {mode} transfer is successful"]),
               "failed": f"{mode} transaction failed", "pending": f"Your {mode} transaction is being processed"}[status]
    p = screen(rng, font, "mail", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
    p.style["h106"].update({"from": f"{bank} <{address}>", "subject": subject, "sent": hhmm(rng)})
    p.part = "body"
    p.add("left", rng.choice(["Dear Customer,", f"Dear {rng.choice(BUYERS)},", "Dear Valued Customer,"]))
    p.add("gap")
    sentence = {"success": rng.choice([f"We are pleased to inform you that your {mode} transaction has been "
                                       "processed successfully.",
                                       "Funds have been transferred successfully. The details are given below."]),
                "failed": f"Your {mode} transaction could not be completed because the beneficiary bank rejected it.",
                "pending": f"Your {mode} transaction has been received and is being processed. The beneficiary will "
                           "be credited after confirmation from the beneficiary bank."}[status]
    p.add("left", sentence, status=status)
    p.add("gap")
    p.pair(rng.choice(["From Account", "Debit Account"]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Beneficiary Name", "Payee", "Beneficiary"]), to, merchant=to)
    p.pair(rng.choice(["Beneficiary Account", "To Account"]), f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", ifsc(rng))
    p.pair(rng.choice(["Amount", "Transaction Amount", "Amount (INR)"]), rs(amount), amount=amount)
    p.pair(rng.choice(["Mode", "Transfer Mode", "Payment Type"]), mode, method="netbanking")
    if not no_ref:
        if mode == "IMPS":
            ref = utr(rng, date)
            lab = rng.choice(["IMPS Reference No", "Reference Number", "RRN"])
        else:
            ref = neft_utr(head_code, rng, date) if mode == "NEFT" else rtgs_utr(head_code, rng, date)
            lab = rng.choice(["UTR", "UTR Number", "UTR No."])
        p.pair(lab, ref, txn=(UTR_RANK, ref))
    if not no_day:
        p.pair(rng.choice(["Date", "Transaction Date", "Date & Time"]),
               stamp(rng, date, hour=rng.random() < 0.6, twelve=rng.random() < 0.5), date=date)
    if status == "success" and rng.random() < 0.5:
        p.pair(rng.choice(["Charges (incl. GST)", "Service charges"]), rs(rng.choice([2.95, 5.90, 17.70, 29.50])))
    if status == "failed":
        p.add("small", "The amount, if debited, will be credited back to your account within 2 working days.")
    p.add("gap")
    p.add("small", "If you have not done this transaction, please call our 24x7 PhoneBanking immediately.")
    p.add("small", f"Warm regards, {bank}")
    p.part = "foot"
    p.add("small", "This is a system-generated e-mail. Please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 8. the store's card terminal: charge slips


TERMINALS = ["Pine Labs", "Ezetap", "Paytm EDC", "Mswipe", "HDFC Bank Pine Labs", "Worldline", "Pine Labs",
             "Ezetap by Razorpay"]


def pos_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store's card terminal's charge slip (customer copy), photographed (paper, monospace): the terminal's
    vendor, the store in capitals and its street and city, SALE / EMI SALE / CHARGE SLIP, DATE and TIME, MID, TID,
    BATCH NO, INVOICE NO, the scheme and the masked card, CHIP / TAP, an EMI conversion on some (tenure, interest
    rate, monthly EMI, total with interest, the brand's cashback), AMOUNT / TOTAL / SALE AMOUNT, APPR CODE and RRN on
    approved slips, APPROVED, DECLINED with its response, or a timed-out transaction pending; a failed and a
    pending one."""
    k = place("pos_slip")
    status = outcome(k, failed=(2,), pending=(5,))
    no_ref, no_day = k in (4,), k == 7
    p = screen(rng, font, width=rng.choice([480, 520]), size=rng.choice([18, 19]))
    paper(p, rng)
    date = day26(rng)
    amount = rupees(rng, 8000, 250000, 0.7)
    store = rng.choice(SELLERS).upper()
    city, pin, street = rng.choice(CITIES)
    emi = k in (1, 3, 6) or rng.random() < 0.2
    p.part = "head"
    p.add("center", TERMINALS[k].upper() if rng.random() < 0.5 else TERMINALS[k])
    p.add("center", store, merchant=store)
    p.add("center", f"{street.upper()}, {city.upper()} {pin}")
    p.add("center", "EMI SALE" if emi else rng.choice(["SALE", "CHARGE SLIP", "CARD SALE"]))
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=False, seconds=True)
    if not no_day:
        text = when(date, rng.choice(SLIP_PATS), upper=True)
        if rng.random() < 0.5:
            p.pair("DATE:", text, date=date)
            p.pair("TIME:", clock)
        else:
            p.add("left", f"DATE: {text}  TIME: {clock}", date=date)
    else:
        p.pair("TIME:", clock)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY", "DINERS"])
    p.pair(f"{scheme} {rng.choice(['CREDIT', 'DEBIT']) if not emi else 'CREDIT'}", rng.choice(["CHIP", "TAP", "SWIPE"]))
    p.add("left", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    mark = rng.choice(["INR ", "Rs.", "RS.", "INR:"])
    if emi:
        months = rng.choice([3, 6, 9, 12, 18])
        rate = rng.choice([0.0, 13.0, 14.0, 15.0, 16.0])
        total = round(amount * (1 + rate / 100 * months / 12), 2)
        p.pair(rng.choice(["BASE AMOUNT:", "SALE AMOUNT:", "AMOUNT:"]), f"{mark}{amount:,.2f}", amount=amount)
        p.pair("TENURE:", f"{months} MONTHS")
        p.pair(rng.choice(["INTEREST RATE:", "ROI:"]), f"{rate:.2f}% P.A." if rate else "0% (NO COST EMI)")
        p.pair(rng.choice(["EMI AMOUNT:", "MONTHLY EMI:"]), f"{mark}{total / months:,.2f}")
        if rate:
            p.pair(rng.choice(["TOTAL WITH INTEREST:", "TOTAL PAYABLE:"]), f"{mark}{total:,.2f}")
        if rng.random() < 0.5:
            p.pair("BRAND CASHBACK:", f"{mark}{float(rng.choice([1000, 1500, 2500, 4000])):,.2f}")
    else:
        p.pair(rng.choice(["AMOUNT:", "TOTAL:", "TOTAL AMT:", "SALE AMOUNT:"]), f"{mark}{amount:,.2f}", amount=amount)
    p.add("rule")
    if status == "success":
        if not no_ref:
            appr, rrn = digits(rng, 6), utr(rng, date)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
            if rng.random() < 0.7:
                p.pair(rng.choice(["RRN:", "RRN NO:"]), rrn, txn=(UTR_RANK, rrn))
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - THANK YOU"]), status=status)
        p.add("small", "PIN VERIFIED OK. SIGNATURE NOT REQUIRED")
    elif status == "failed":
        p.add("center", rng.choice(["DECLINED", "TRANSACTION DECLINED"]), status=status)
        p.add("center", rng.choice(["RESP CODE 51: INSUFFICIENT FUNDS", "RESP CODE 05: DO NOT HONOUR"]))
    else:
        p.add("center", rng.choice(["TRANSACTION PENDING", "TXN STATUS: PENDING"]), status=status)
        p.add("center", "RESPONSE TIMED OUT - DO NOT RETRY. VERIFY WITH BANK")
    p.part = "foot"
    p.add("center", "CUSTOMER COPY")
    if emi:
        p.add("small", "EMI CONVERSION SUBJECT TO ISSUER APPROVAL")
    p.add("small", rng.choice(["THANK YOU. VISIT AGAIN", f"POWERED BY {TERMINALS[k].upper()}"]))
    return p.done()


# ---------------------------------------------------------------- 9. the store's own advance receipt voucher


def advance_voucher(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store's own printed advance receipt / receipt voucher for an order, photographed (paper, a serif face):
    the store in capitals, its address with the PIN code, GSTIN and phone, ADVANCE RECEIPT / RECEIPT VOUCHER /
    PAYMENT RECEIPT, Receipt No / Voucher No, Date, "Received with thanks from <buyer> the sum of Rupees … Only by
    UPI / NEFT / cash / card towards advance (or balance) for Order No …", the goods, Order Value, Advance Received /
    Amount Received / Balance Received, Less: advance paid earlier, Balance Due, Delivery by; the way and its UTR or
    UPI Ref on some; a cheque returned unpaid (failed) and a NEFT awaited (pending)."""
    k = place("advance_voucher")
    status = outcome(k, failed=(5,), pending=(2,))
    no_ref, no_day = k == 6, k == 3
    p = screen(rng, font, width=rng.choice([580, 620]), size=rng.choice([18, 19]))
    paper(p, rng)
    date = day26(rng)
    store = SELLERS[(k * 3 + 1) % len(SELLERS)].upper()
    city, pin, street = CITIES[k]
    rs = money(rng, font, 0.85, marks=("₹", "Rs.", "Rs", "INR"))
    value = float(rng.choice([48000, 65500, 86000, 112000, 145000, 238000, 315000, 92500]))
    balance = k in (1, 4, 7)
    earlier = float(round(value * rng.choice([0.2, 0.3, 0.25]) / 500) * 500) if balance else 0.0
    amount = value - earlier if balance else float(round(value * rng.choice([0.1, 0.2, 0.25, 0.3]) / 500) * 500)
    amount = max(amount, 8000.0)
    buyer = rng.choice(BUYERS)
    way = {0: "UPI", 1: "netbanking", 2: "netbanking", 3: "cash", 4: "card", 5: "cheque", 6: "UPI", 7: "UPI"}[k]
    p.part = "head"
    p.add("title", store, merchant=store)
    p.add("center", f"{street}, {city} - {pin}")
    p.add("center", f"GSTIN: {STATE[city]}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{digits(rng, 1)}")
    p.add("center", f"Ph: {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(["ADVANCE RECEIPT", "RECEIPT VOUCHER", "PAYMENT RECEIPT"]))
    p.add("rule")
    p.part = "body"
    fy = date.year % 100 - (1 if date.month < 4 else 0)
    order = f"SO/{fy}-{fy + 1}/{rng.randrange(100, 999)}"
    if not no_ref:
        number = f"{rng.choice(['AR', 'RV', 'RCPT'])}-{rng.randrange(1000, 9999)}"
        p.pair(rng.choice(["Receipt No:", "Voucher No:", "Receipt No."]), number, txn=(INVOICE_RANK, number))
    if not no_day:
        p.pair(rng.choice(["Date:", "Dated:", "Receipt Date:"]), when(date, rng.choice(SLIP_PATS)), date=date)
    how = {"UPI": rng.choice(["UPI", "UPI (PhonePe)", "Google Pay UPI"]), "netbanking": rng.choice(["NEFT", "RTGS"])
           if amount >= 200000 else rng.choice(["NEFT", "IMPS"]), "cash": "Cash", "card": "Credit Card",
           "cheque": f"Cheque No. {rng.randrange(100000, 999999)}"}[way]
    towards = "balance payment" if balance else "advance"
    goods = rng.choice(GOODS)
    if status == "success":
        sentence = (f"Received with thanks from {buyer} the sum of {words_in_rupees(amount)} by {how} towards "
                    f"{towards} for {goods}" + ("." if no_ref else f", Order No. {order}."))
    elif status == "failed":
        sentence = (f"Cheque of {words_in_rupees(amount)} from {buyer} towards {towards} for {goods}"
                    + ("." if no_ref else f", Order No. {order}."))
    else:
        sentence = (f"{how} of {words_in_rupees(amount)} from {buyer} towards {towards} for {goods}"
                    + ("." if no_ref else f", Order No. {order}."))
    assert glyphs(font, sentence), (font, sentence)
    p.add("left", sentence, **({} if no_ref else {"txn": (ORDER_RANK, order)}))
    p.add("gap")
    p.pair(rng.choice(["Order Value", "Total Order Value", "Invoice Value"]), rs(value))
    if balance:
        p.pair("Less: Advance paid earlier", rs(earlier))
    label = ("Balance Received" if balance else rng.choice(["Advance Received", "Amount Received"])) \
        if status == "success" else "Amount"
    p.pair(label, rs(amount), amount=amount)
    due = value - earlier - amount
    p.pair(rng.choice(["Balance Due", "Balance Payable"]), rs(due) if due > 0 else "NIL")
    mode_label = rng.choice(["Payment Mode", "Mode of Payment", "Paid by"])
    p.pair(mode_label, how, **({} if way == "cheque" else {"method": way}))
    if not no_ref and way in ("UPI", "netbanking") and status == "success":
        ref = utr(rng, date) if (way == "UPI" or how == "IMPS") else neft_utr(rng.choice(IFSC_HEADS), rng, date)
        p.pair(rng.choice(["UTR / Ref No", "UPI Ref No", "UTR No"]) if way == "UPI" else
               rng.choice(["UTR No", "UTR"]), ref, txn=(UTR_RANK, ref))
    if not no_day and due > 0 and rng.random() < 0.6:
        p.pair("Delivery by", when(date + dt.timedelta(days=rng.randrange(5, 21)), rng.choice(SLIP_PATS)))
    p.add("rule")
    line = {"success": ["PAID - THANK YOU", "Received with thanks", "** RECEIVED **"],
            "failed": ["CHEQUE RETURNED UNPAID - THIS RECEIPT STANDS CANCELLED"],
            "pending": ["PAYMENT AWAITED - PROVISIONAL RECEIPT", "STATUS: PENDING - CREDIT NOT YET RECEIVED"]}[status]
    p.add("center", rng.choice(line), status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Advance is not refundable after order is placed with the factory.",
                               "Goods once sold will not be taken back. Subject to local jurisdiction."]))
    p.add("right", f"For {store}")
    p.add("right", "Authorised Signatory")
    return p.done()


# ---------------------------------------------------------------- 10. payment links


LINKS = [("Razorpay", "rzp.io/i/"), ("PayU", "u.payu.in/"), ("Cashfree", "payments.cashfree.com/links/"),
         ("Instamojo", "imjo.in/"), ("Razorpay", "pages.razorpay.com/"), ("Cashfree", "cfre.in/"),
         ("PayU", "pmny.in/"), ("Instamojo", "www.instamojo.com/@")]
LINK_WAYS = ["UPI", "card", "netbanking", "UPI", "wallet", "UPI", "card", "netbanking"]


def payment_link(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment link's page after paying, in a browser (Razorpay payment links and pages, PayU, Cashfree,
    Instamojo): "Payment request from <store>" or the store on top, what the link was for ("Balance for order …"),
    the outcome, the sum, Payment ID pay_… / Transaction ID / Payment ID MOJO… / CF reference, the link's Reference
    / Receipt / Order ID on some, Paid via / Payment Method / Method (UPI, a card ending, Net Banking - <bank>, a
    wallet), Paid on / Date, the buyer's masked mobile; the link's expiry on unpaid ones; a failed and a pending
    one."""
    k = place("payment_link")
    status = outcome(k, failed=(3,), pending=(6,))
    gw, url = LINKS[k]
    way = LINK_WAYS[k]
    no_ref, no_day = k == 1, k == 5
    shop = rng.choice(SELLERS)
    slug = "".join(ch for ch in shop.lower() if ch.isalnum())[:14]
    p = screen(rng, font, "browser", width=rng.choice([640, 680]), size=rng.choice([20, 21]))
    p.style["h106"]["url"] = url + (slug if no_ref or url.endswith("@") else code(rng, 8, ALNUM))
    rs = money(rng, font, 0.7, marks=("₹", "₹", "INR", "Rs."))
    date, amount = day26(rng), rupees(rng, 8000, 60000 if way == "wallet" else 300000, 0.85)
    p.part = "head"
    if rng.random() < 0.5:
        p.add("small", "Payment request from")
    p.add("title", shop, merchant=shop)
    order = f"{rng.choice(['ORD', 'SO', 'INV'])}-{rng.randrange(1000, 9999)}"
    purpose = rng.choice(["Balance for", "Advance for", "Part payment for"]) + " " + rng.choice(GOODS)
    p.add("center", purpose)
    p.add("gap")
    p.part = "body"
    words = {"success": ["Payment Successful", "Paid", "Payment received. Thank you!", "Payment complete"],
             "failed": ["Payment Failed", "Payment could not be completed", "Transaction declined"],
             "pending": ["Payment Pending", "Payment processing", "Waiting for bank confirmation"]}
    status_line(p, words, status)
    p.add("big", rs(amount), amount=amount)
    p.add("rule")
    if not no_ref:
        if gw == "Razorpay":
            pid = "pay_" + code(rng, 14, ALNUM)
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        elif gw == "PayU":
            tid = digits(rng, 11)
            p.pair(rng.choice(["Transaction ID", "PayU ID"]) if rng.random() < 0.7 else "Transaction ID", tid,
                   txn=(TXN_RANK, tid))
        elif gw == "Cashfree":
            cf = digits(rng, 10)
            p.pair(rng.choice(["Transaction ID", "CF Payment ID"]), cf, txn=(TXN_RANK, cf))
        else:
            pid = "MOJO" + digits(rng, 4) + code(rng, 1, UPPER) + digits(rng, 8)
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        if rng.random() < 0.6:
            p.pair(rng.choice(["Reference", "Receipt", "Order ID"]), order, txn=(ORDER_RANK, order))
        if way == "UPI" and status == "success" and rng.random() < 0.5:
            ref = utr(rng, date)
            p.pair(rng.choice(["UPI Ref No", "UTR", "Bank Reference"]), ref, txn=(UTR_RANK, ref))
    how = {"UPI": rng.choice(["UPI", "UPI - QR", "UPI (Google Pay)"]),
           "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card ending {digits(rng, 4)}",
           "netbanking": f"Net Banking - {rng.choice(['SBI', 'HDFC Bank', 'ICICI Bank', 'Bank of Baroda'])}",
           "wallet": rng.choice(["Amazon Pay Balance", "MobiKwik Wallet", "Airtel Payments Bank Wallet"])}[way]
    p.pair(rng.choice(["Paid via", "Payment Method", "Method"]), how, method=way)
    if not no_day:
        p.pair(rng.choice(["Paid on", "Date", "Payment Date"]), stamp(rng, date, twelve=rng.random() < 0.6), date=date)
        if status != "success" and rng.random() < 0.7:
            p.pair("Link expires on", when(date + dt.timedelta(days=rng.randrange(3, 15)), rng.choice(PATS)))
    p.pair(rng.choice(["Mobile", "Phone"]), f"+91 {rng.choice('6789')}XXXXX{digits(rng, 4)}")
    if status == "failed":
        p.add("small", "If money was deducted, it will be refunded to the source within 5-7 working days.")
    if status == "pending":
        p.add("small", "We are awaiting confirmation from your bank. Please do not pay again.")
    p.part = "foot"
    p.add("gap")
    p.add("center", {"success": "Download receipt", "failed": "Retry payment", "pending": "Check status"}[status])
    p.add("small", rng.choice([f"Powered by {gw}", f"Secured by {gw}"]))
    return p.done()


# ---------------------------------------------------------------- 11. WhatsApp-forwarded screenshots, tight crops


CHAT_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "PhonePe", "Google Pay", "Paytm", "Amazon Pay"]
CHAT_IN = ["Advance sent for the sofa", "Balance payment done bhaiya", "Sir payment kar diya, please check",
           "Paid for the fridge, deliver tomorrow?", "Forwarded", "Done. Please confirm"]
CHAT_OUT = ["Will check and confirm", "Ok sir, checking", "Noted", "Let me verify with the bank"]


def whatsapp_forward(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment screenshot forwarded on WhatsApp (five: the chat's header with the buyer's name, a day divider,
    a text from the buyer, the screenshot in a bubble with its hour, the seller's reply; no sum written) or saved
    from the chat cropped tightly (three: the app's name cut off the top on two, the day and account cut off the
    bottom on one); the UPI screen inside (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay) for an advance or a
    balance; a failed and a pending one."""
    k = place("whatsapp_forward")
    status = outcome(k, failed=(2,), pending=(4,))
    app = CHAT_APPS[k]
    name, band, handles, _ = IAPPS[app]
    dark = rng.random() < 0.3
    u = Pay(rng, status, no_ref=k == 3, no_day=k == 6)
    rs = money(rng, font, 0.6)
    p = screen(rng, font, "crop", dark=dark, width=600)
    head(p, name, band, dark, ["UPI payment"])
    upi_rows(p, u, rs, handles, own_id(rng, app, u.date),
             (rng.choice(["Debited from", "From"]), f"{rng.choice(PSB[:4] + PVT[:4])} {masked(rng, font)}"),
             limit=rng.random() < 0.3)
    if k < 5:
        buyer = rng.choice(BUYERS)
        divider = rng.choice(["Today", "Yesterday"]) if rng.random() < 0.5 else when(u.date, "{d} %B %Y")
        bubbles = []
        if rng.random() < 0.75:
            bubbles.append(("in", rng.choice(CHAT_IN)))
        bubbles.append(("image", ""))
        if rng.random() < 0.6:
            bubbles.append(("out", rng.choice(CHAT_OUT)))
        for _, text in bubbles:
            assert glyphs(font, text), (font, text)
        p.style["h118"] = {"chat": {"contact": buyer, "divider": divider, "bubbles": bubbles,
                                    "times": chat_times(rng, len(bubbles)), "dark": rng.random() < 0.3,
                                    "last_seen": rng.choice(["online", "last seen today at " + hhmm(rng, lower=True),
                                                             "typing..."])}}
        return p.done()
    if k == 6:
        p.keep({"head", "outcome", "amount", "payee", "ref"})
    else:
        p.keep({"outcome", "amount", "payee", "ref", "tail"})
        p.style.pop("band", None)  # the app's band went with the top
    return p.done()


# ---------------------------------------------------------------- 12. pay-later, wallet and cash on delivery


LATER = [("Paytm Postpaid", (0, 40, 110)), ("Amazon Pay Later", (35, 47, 62)), ("LazyPay", (232, 70, 60)),
         ("Amazon Pay", (35, 47, 62))]
COURIERS = [("Delhivery", "Cash"), ("Ekart Logistics", "UPI"), ("Shadowfax", "Cash"), ("Xpressbees", "Cash")]


def paylater_cod(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Part of an order paid from a pay-later account (Paytm Postpaid, Amazon Pay Later, LazyPay) or a wallet
    (Amazon Pay balance) in the app (four: Paid to the store, the sum, Paid using, Available limit, Bill due on, the
    rest of the order to pay on delivery, Transaction ID / Order ID, the day), or a delivery partner's cash-on-
    delivery receipt for the balance (four: Delhivery, Ekart, Shadowfax, Xpressbees in a browser: Amount collected,
    Mode Cash / UPI at the door, Sold by / Seller, the AWB, Order ID, Order placed on, Collected on / Delivered on,
    the delivery executive); a failed and a pending one."""
    k = place("paylater_cod")
    status = outcome(k, failed=(2,), pending=(6,))
    no_ref, no_day = k == 5, k == 3
    date = day26(rng)
    shop = rng.choice(SELLERS)
    rs = money(rng, font, 0.7)
    if k < 4:
        title, band = LATER[k]
        dark = rng.random() < 0.25
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Payment status"]),
                   buttons=rng.choice([("Done",), ("Share", "Done"), ()]))
        if rng.random() < 0.5:
            ios(p)
        else:
            android(p)
        amount = rupees(rng, 8000, 40000 if k < 3 else 20000, 0.8)
        head(p, title, band, dark, ["Pay Later" if k < 3 else "Amazon Pay balance"])
        p.part = "body"
        status_line(p, WORDS, status)
        p.add("big", rs(amount), amount=amount)
        p.pair(rng.choice(["Paid to", "To"]) if status == "success" else "To", shop, merchant=shop)
        wallet = k == 3
        p.pair(rng.choice(["Paid using", "Payment source", "Paid from"]),
               "Amazon Pay Balance" if wallet else title, **({"method": "wallet"} if wallet else {}))
        order = f"{rng.randrange(100, 999)}-{digits(rng, 7)}-{digits(rng, 7)}" if k in (1, 3) else digits(rng, 11)
        if not no_ref:
            tid = code(rng, 2, UPPER) + digits(rng, 14) if k != 2 else "LP" + digits(rng, 12)
            p.pair(rng.choice(["Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
            if rng.random() < 0.5:
                p.pair(rng.choice(["Order ID", "Order No."]), order, txn=(ORDER_RANK, order))
        if not no_day:
            p.pair(rng.choice(["Date & Time", "Paid on", "Date"]), stamp(rng, date), date=date)
        total = amount + float(rng.choice([12000, 25000, 48000, 9500]))
        p.pair(rng.choice(["Order total", "Total order value"]), rs(total))
        p.add("small", f"Balance {rs(total - amount)} to be paid on delivery")
        if not wallet:
            p.pair(rng.choice(["Available limit", "Limit left"]), rs(other_sum(rng, amount, 2000, 60000)))
            if not no_day:
                p.pair(rng.choice(["Bill due on", "Repay by"]), when(date + dt.timedelta(days=rng.randrange(20, 40)),
                                                                    rng.choice(PATS)))
        else:
            p.pair("Balance left", rs(other_sum(rng, amount, 100, 8000)))
        if status == "failed":
            p.add("small", rng.choice(REFUND))
        p.part = "foot"
        p.add("gap")
        p.add("small", rng.choice(["Pay your bill on time to keep your limit active", "View statement  |  Help"]))
        return p.done()
    courier, mode = COURIERS[k - 4]
    p = screen(rng, font, "browser", width=rng.choice([640, 680]), size=rng.choice([20, 21]))
    awb = digits(rng, rng.choice([12, 14]))
    slug = courier.split()[0].lower()
    p.style["h106"]["url"] = f"www.{slug}.com/receipt" + ("" if no_ref else f"/{awb}")
    amount = rupees(rng, 8000, 90000, 0.95)
    p.part = "head"
    p.add("title", courier)
    p.add("center", rng.choice(["Cash on Delivery - Payment Receipt", "COD Receipt", "Payment receipt"]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Payment collected", "Amount collected successfully", "Delivered - payment received"],
             "failed": ["UPI payment failed at doorstep", "Payment not collected"],
             "pending": ["Payment verification pending", "UPI payment pending confirmation"]}
    status_line(p, words, status)
    p.pair(rng.choice(["Amount collected", "COD amount collected", "Amount"]), rs(amount), amount=amount)
    upi = mode == "UPI" or k == 6
    p.pair(rng.choice(["Payment mode", "Mode"]), rng.choice(["UPI (QR at door)", "UPI"]) if upi else "Cash",
           method="UPI" if upi else "cash")
    p.pair(rng.choice(["Sold by", "Seller"]), shop, merchant=shop)
    p.pair("Item", rng.choice(GOODS))
    if not no_ref:
        p.pair(rng.choice(["AWB No", "Tracking No"]), awb)
        oid = f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
        p.pair(rng.choice(["Order ID", "Order No."]), oid, txn=(ORDER_RANK, oid))
    if not no_day:
        if rng.random() < 0.5:
            p.pair("Order placed on", when(date - dt.timedelta(days=rng.randrange(3, 12)), rng.choice(PATS)))
        p.pair(rng.choice(["Collected on", "Delivered on", "Date"]), stamp(rng, date), date=date)
    p.pair(rng.choice(["Delivery executive", "Delivered by"]), rng.choice(["Ramesh K.", "Sandeep Y.", "Arif M.",
                                                                           "Mahesh P."]))
    p.part = "foot"
    p.add("gap")
    p.add("small", "This receipt is generated on behalf of the seller. Keep it for warranty claims.")
    return p.done()


# ---------------------------------------------------------------- drawing


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout118's frames and marks (heldout106's frames, an iPhone's status bar and home indicator, a WhatsApp chat
    round the rows drawn as a receipt image), or heldout117's on an Android phone that asks for them (a navigation
    bar, a notification banner over the bars)."""
    if style.get("h117") and style["h106"]["frame"] == "phone" and not style.get("h118"):
        return compose117(rows, font, style)
    return compose118(rows, font, style)

"""The twelve heldout120 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a sixth random day's proofs of payment, as a wholesale textile and saree trader in
Surat receives them in 2026 from retailers across India (Kolkata, Hyderabad, Pune, Guwahati, Ludhiana, Kochi,
Raipur, Varanasi): B2B sums (₹15,000 to ₹6,00,000) from business current accounts and business apps. A business
UPI app's result screen; a business banking app's NEFT / RTGS / IMPS; a corporate net-banking bulk-payment record
with its maker and checker; a cheque's Positive Pay, status enquiry, realisation advice or return memo; a demand
draft's counterfoil, request or advice; the trader's own GST tax invoice marked paid (or unpaid, or its payment
returned); a broker's (dalal's) payment advice; a transporter's freight money receipt; a part payment in an
accounting app or a Tally voucher against the trader's bills; a current account statement's extract; one bank SMS
from a bank the earlier sets used least; a branch's RTGS / NEFT counterfoil or a cash deposit into the trader's
account. Every row is added to heldout113's ``Screen`` (heldout106's ``Page``) with the facts it prints, and the
truth is read back from the rows the page keeps. Headings, footers, balances, charges, commissions, GST, bill and
invoice sums other than the one paid, deductions, freight lines, ledgers' balances and the payer's own details carry
no fact. ``compose`` is heldout119's (heldout118's frames and marks, or heldout117's on an Android phone).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import INVOICE_RANK, colour, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import handle, head, ios, masked, money
from bench.receipt_sets.heldout119_families import PATS, SLIP_PATS, android, slip_sum, stamp
from bench.receipt_sets.heldout119_families import compose as compose119

TURNS: dict[str, int] = {}
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"

TRADERS = [
    "Shree Ambica Silk Mills", "Rangoli Fashions Pvt Ltd", "Kashish Creation", "Vardhman Synthetics",
    "Tirupati Saree Centre", "Jalaram Textiles", "Surat Silk Palace", "Navkar Fab", "Mahavir Fashion House",
    "Shubh Laxmi Sarees LLP", "Om Sai Textiles", "Gopinath Prints", "Anmol Sarees", "Krishna Zari Works",
    "Sanskruti Ethnic Wear", "Radhe Georgette House",
]
MARKETS = ["Surat Textile Market", "Millennium Textile Market", "New Textile Market", "Raghukul Market",
           "Abhishek Market", "Global Textile Market", "Shree Mahavir Textile Market", "J.J. AC Market"]
RETAILERS = [("Sen Bastralaya", "Kolkata"), ("Charminar Saree Emporium", "Hyderabad"),
             ("Laxmi Road Saree Kendra", "Pune"), ("Kamakhya Vastra Bhandar", "Guwahati"),
             ("Punjab Cloth House", "Ludhiana"), ("Kochi Silk Junction", "Kochi"),
             ("Chhattisgarh Saree Mahal", "Raipur"), ("Banaras Saree Sadan", "Varanasi"),
             ("Dutta Saree Ghar", "Kolkata"), ("Nizam Fabrics", "Hyderabad"), ("Arora Suits & Sarees", "Ludhiana"),
             ("Maa Tara Textiles", "Guwahati")]
FABRICS = ["Georgette printed sarees", "Chiffon sarees with blouse", "Art silk Banarasi sarees",
           "Cotton silk dress material", "Lycra zari sarees", "Vichitra silk sarees", "Rayon kurti fabric",
           "Dola silk lehenga choli", "Bandhani georgette sarees", "Linen blend sarees"]
HSN = {"Georgette printed sarees": "5407", "Chiffon sarees with blouse": "5407", "Art silk Banarasi sarees": "5407",
       "Cotton silk dress material": "5208", "Lycra zari sarees": "5407", "Vichitra silk sarees": "5407",
       "Rayon kurti fabric": "5516", "Dola silk lehenga choli": "6204", "Bandhani georgette sarees": "5407",
       "Linen blend sarees": "5309"}
REMARKS = ["Part payment", "Saree lot payment", "On account", "Payment against bills", "Goods payment",
           "Textile purchase", "Balance payment", "Advance for new lot"]
NUMBERED = ["Bill No {n} part pmt", "Against inv {n}", "Pmt agst bill {n}", "Lot {n} payment"]
PSB = ["State Bank of India", "Punjab National Bank", "Bank of Baroda", "Canara Bank", "UCO Bank", "Indian Bank",
       "Bank of India", "Central Bank of India"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "IndusInd Bank", "Federal Bank",
       "IDFC FIRST Bank", "Yes Bank"]
SURAT_BANKS = [("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("Axis Bank", "UTIB"), ("State Bank of India", "SBIN"),
               ("Kotak Mahindra Bank", "KKBK"), ("The Surat People's Co-op Bank", "SPCB"),
               ("Bank of Baroda", "BARB"), ("Varachha Co-op Bank", "VARA")]


def fresh() -> None:
    """Start every family's count again (``make_heldout120_set`` calls it before drawing)."""
    TURNS.clear()


def place(family: str) -> int:
    """This receipt's place in its family (0 to 7): its issuer, outcome and missing fields follow from it."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 8


def outcome(k: int, failed: tuple = (), pending: tuple = ()) -> str:
    return "failed" if k in failed else "pending" if k in pending else "success"


def trader(rng: random.Random, caps: float = 0.3) -> str:
    name = rng.choice(TRADERS)
    return name.upper() if rng.random() < caps else name


def remark(rng: random.Random, numbered: bool) -> str:
    if numbered and rng.random() < 0.5:
        return rng.choice(NUMBERED).format(n=rng.randrange(101, 2999))
    return rng.choice(REMARKS)


def ifsc_of(rng: random.Random, head_code: str | None = None) -> str:
    return f"{head_code or rng.choice(['HDFC', 'ICIC', 'UTIB', 'SBIN', 'KKBK', 'BARB'])}0{digits(rng, 6)}"


def ca(rng: random.Random) -> str:
    return f"{rng.choice(['CA', 'Current A/c', 'CA-'])} {rng.choice(['XX', 'XXXX', 'xx'])}{digits(rng, 4)}"


def fy(date: dt.date) -> str:
    y = date.year % 100 - (1 if date.month < 4 else 0)
    return f"{y}-{y + 1}"


class Deal:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 15000,
                 high: float = 600000, p_round: float = 0.6, caps: float = 0.3):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.to = trader(rng, caps)
        self.buyer, self.city = rng.choice(RETAILERS)


def words_row(p: Screen, status: str, words: dict) -> None:
    p.add("center", p.rng.choice(words[status]), status=status)
    if p.style["screen"]:
        p.accent(colour(status))


# ---------------------------------------------------------------- 1. business UPI apps


BIZ_UPI = [("BHIM SBI Pay", (40, 62, 150), ["sbi"]), ("Paytm for Business", (0, 40, 110), ["paytm", "pthdfc"]),
           ("SmartHub Vyapar", (0, 76, 143), ["hdfcbank"]), ("InstaBIZ", (174, 40, 30), ["icici"]),
           ("neo for business", (151, 20, 77), ["axisbank"]), ("YONO Business", (118, 36, 132), ["sbi"]),
           ("Kotak FYN Mobile", (220, 30, 40), ["kotak"]), ("BHIM SBI Pay", (40, 62, 150), ["sbi"])]
UPI_WORDS = {"success": ["Payment completed", "Amount paid successfully", "Transaction Successful", "Paid"],
             "failed": ["Payment unsuccessful", "Transaction declined by bank", "Payment failed"],
             "pending": ["Payment in progress", "Awaiting confirmation from bank", "Transaction pending"]}


def biz_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A business UPI app's result screen for a supplier payment (BHIM SBI Pay, Paytm for Business, HDFC SmartHub
    Vyapar, ICICI InstaBIZ, Axis neo for business, YONO Business, Kotak FYN Mobile; dark on some, iPhone or Android):
    the outcome, the sum (₹15,000 to ₹1,00,000, UPI's per-payment limit), Payee / Paid to / Beneficiary and the
    trader's UPI ID, UPI Ref. No. / UPI RRN / Bank Ref No. (UTR) and the app's Txn ID on some, the day, the current
    account debited, a remark; the per-transaction limit's line on some; a failed and a pending one."""
    k = place("biz_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    title, band, handles = BIZ_UPI[k]
    dark = rng.random() < 0.25
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment receipt", "UPI"]),
               buttons=rng.choice([("Share", "Done"), ("Download",), ("Home",), ()]))
    if rng.random() < 0.4:
        ios(p)
    else:
        android(p, banner=k == 6)
    rs = money(rng, font, 0.7)
    d = Deal(rng, status, no_ref=k == 4, no_day=k == 7, high=100000)
    head(p, title, band, dark, ["Pay supplier", "Scan & Pay", "Pay to UPI ID"])
    p.part = "body"
    word = rng.choice(UPI_WORDS[status])
    tick = sign(font, "\u2714", sign(font, "\u2713", ""))
    p.add("center", f"{tick} {word}".strip() if status == "success" and rng.random() < 0.5 else word, status=status)
    p.accent(colour(status))
    p.add("big", rs(d.amount), amount=d.amount)
    lab = rng.choice(["Payee", "Paid to", "Beneficiary"] if status == "success" else ["Payee", "To"])
    if rng.random() < 0.5:
        p.add("small", lab)
        p.add("center", d.to, merchant=d.to)
    else:
        p.pair(lab, d.to, merchant=d.to)
    vpa = handle(rng, d.to, handles)
    p.add("small", rng.choice([f"UPI ID: {vpa}", vpa, f"VPA {vpa}"]), method="UPI")
    if status == "failed":
        p.add("small", rng.choice(["Amount, if debited, will be auto-reversed within T+1 working day.",
                                   "No money was debited from your account."]))
    if status == "pending":
        p.add("small", rng.choice(["Do not retry. Final status will be updated within 48 hours.",
                                   "Your bank has not confirmed this payment yet."]))
    p.add("rule")
    if not d.no_ref:
        ref = utr(rng, d.date)
        rows = [(rng.choice(["UPI Ref. No.", "UPI RRN", "Bank Ref No. (UTR)", "UPI Reference ID"]), ref,
                 (UTR_RANK, ref))]
        if rng.random() < 0.6:
            own = f"{code(rng, 3, UPPER)}{digits(rng, 13)}"
            rows.insert(rng.randrange(2), (rng.choice(["Txn ID", "Transaction ID"]), own, (TXN_RANK, own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not d.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Txn Date", "Transaction Date & Time"]),
                 stamp(rng, d.date), date=d.date)
    p.pair(rng.choice(["Debited from", "From", "Paid from"]), ca(rng))
    p.pair(rng.choice(["Remarks", "Purpose", "Note"]), remark(rng, not d.no_ref))
    if rng.random() < 0.5:
        p.add("small", rng.choice([f"Per transaction limit: {rs(100000.0)}",
                                   "Business accounts: UPI limit as set by your bank"]))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Raise dispute", "For help: Support > UPI"]))
    return p.done()


# ---------------------------------------------------------------- 2. business banking apps: NEFT / RTGS / IMPS


BIZ_APPS = [("InstaBIZ", (174, 40, 30), "ICIC"), ("neo for business", (151, 20, 77), "UTIB"),
            ("YONO Business", (118, 36, 132), "SBIN"), ("Kotak FYN Mobile", (220, 30, 40), "KKBK"),
            ("IDFC FIRST Business", (150, 30, 40), "IDFB"), ("FedMobile", (0, 70, 140), "FDRL"),
            ("IndusInd Business", (140, 30, 40), "INDB"), ("bob World", (232, 96, 30), "BARB")]
BIZ_MODES = ["RTGS", "NEFT", "IMPS", "RTGS", "NEFT", "IMPS", "RTGS", "NEFT"]


def biz_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A fund transfer from a current account in a business banking app (ICICI InstaBIZ, Axis neo for business,
    YONO Business, Kotak FYN Mobile, IDFC FIRST Business, FedMobile, IndusInd Business, bob World): the outcome, the
    sum, Beneficiary Name / Transfer to / Vendor, the account, IFSC, Payment Type / Transfer Mode, UTR / UTR No. /
    IMPS Ref No. and the bank's Txn Ref No. on some, Value Date / Transaction Date, Debit A/c, Purpose, Initiated by
    and Approved by (a maker and a checker) on some; a failed and a pending one."""
    k = place("biz_transfer")
    status = outcome(k, failed=(6,), pending=(3,))
    title, band, head_code = BIZ_APPS[k]
    mode = BIZ_MODES[k]
    dark = rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=640, title=rng.choice(["", "Transfer status", mode]),
               buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]))
    if rng.random() < 0.35:
        ios(p)
    else:
        android(p)
    rs = money(rng, font, 0.6)
    low, high = (200000, 600000) if mode == "RTGS" else (15000, 500000)
    d = Deal(rng, status, no_ref=k == 1, no_day=k == 5, low=low, high=high, caps=0.7)
    head(p, title, band, dark, ["Payments", "Fund transfer", "Vendor payment"])
    p.part = "body"
    words_row(p, status, {
        "success": ["Transaction Successful", "Funds transferred to beneficiary", f"{mode} successful"],
        "failed": ["Transaction Failed", "Returned by beneficiary bank", f"{mode} failed"],
        "pending": ["Pending for approval", "Sent for authorisation", "Transaction in process"]})
    p.add("big", rs(d.amount), amount=d.amount)
    p.pair(rng.choice(["Beneficiary Name", "Transfer to", "Payee Name"]), d.to, merchant=d.to)
    p.pair(rng.choice(["A/c No.", "Beneficiary A/c"]), masked(rng, font))
    bank, code4 = rng.choice(SURAT_BANKS)
    p.pair(rng.choice(["IFSC", "IFSC Code"]), ifsc_of(rng, code4))
    p.pair(rng.choice(["Payment Type", "Transfer Mode", "Mode"]), mode, method="netbanking")
    if not d.no_ref:
        rows = []
        if status == "success" or (status == "failed" and rng.random() < 0.5):
            ref = (utr(rng, d.date) if mode == "IMPS" else
                   neft_utr(head_code, rng, d.date) if mode == "NEFT" else rtgs_utr(head_code, rng, d.date))
            rows.append((rng.choice(["IMPS Ref No.", "RRN"]) if mode == "IMPS" else rng.choice(["UTR", "UTR No."]),
                         ref, (UTR_RANK, ref)))
        if not rows or rng.random() < 0.5:
            own = f"{rng.choice(['TXN', 'FT', 'PAY'])}{digits(rng, 10)}"
            rows.append((rng.choice(["Txn Ref No.", "Reference No."]), own, (BANK_RANK, own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not d.no_day:
        labelled(p, rng.choice(["Value Date", "Transaction Date", "Date & Time"]),
                 stamp(rng, d.date, hour=rng.random() < 0.6), date=d.date)
    p.pair(rng.choice(["Debit A/c", "From"]), ca(rng))
    p.pair(rng.choice(["Purpose", "Remarks"]), rng.choice(["Trade payment", "Vendor payment"] + REMARKS[:3]))
    if rng.random() < 0.6 or status == "pending":
        p.pair("Initiated by", rng.choice(["ACCOUNTS1 (Maker)", "RAJESH.S (Maker)", "ops.user (Maker)"]))
        p.pair("Approved by", "Pending" if status == "pending" else rng.choice(["PROPRIETOR (Checker)",
                                                                                "ANIL.K (Checker)"]))
    if status == "failed":
        p.add("small", "Reason: Beneficiary account closed. Funds credited back to your account.")
    if status == "pending":
        p.add("small", "The transfer will be sent to the bank once the authoriser approves it.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Add to favourites  |  Repeat transfer", "Never share your OTP or MPIN"]))
    return p.done()


# ---------------------------------------------------------------- 3. corporate net banking: a bulk payment's record


CORP = [("HDFC Bank ENet", "HDFC", "enet.hdfcbank.com/corp/BulkPayments"),
        ("ICICI Bank Corporate Internet Banking", "ICIC", "cib.icicibank.com/corp/BANKAWAY"),
        ("Kotak FYN", "KKBK", "fyn.kotak.com/payments/bulk"),
        ("YONO Business - SBI", "SBIN", "yonobusiness.sbi/corp/bulkupload"),
        ("Axis Bank neo for Corporates", "UTIB", "neo.axisbank.co.in/corporate/payments"),
        ("YES CONNECT - Yes Bank", "YESB", "yesconnect.yesbank.co.in/bulk"),
        ("Federal Bank FedCorp", "FDRL", "fedcorp.federalbank.co.in/corp"),
        ("bob World Business", "BARB", "bobworldbusiness.bankofbaroda.co.in/bulk")]


def bulk_ack(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One record of a bulk vendor-payment file in a bank's corporate net banking (a browser: HDFC ENet, ICICI
    CIB, Kotak FYN, YONO Business, Axis neo, YES CONNECT, FedCorp, bob World Business): Bulk Upload Reference / File
    Name, Record 3 of 14, the debit account and the remitter, Beneficiary Name / Vendor Name, the account, IFSC,
    Payment Type, Amount, Value Date, Maker ID / Checker ID and their days on some, Authorisation Status, Transaction
    Status (Processed / Credited to beneficiary / Executed; Rejected by beneficiary bank; Pending for authorisation),
    UTR and the bank's Transaction Reference on some; a failed and a pending one."""
    k = place("bulk_ack")
    status = outcome(k, failed=(1,), pending=(4,))
    bank, head_code, url = CORP[k]
    no_ref, no_day = k == 6, k == 2
    p = screen(rng, font, "browser", width=rng.choice([740, 780]), size=rng.choice([18, 19]))
    p.style["h106"]["url"] = url
    rs = money(rng, font, 0.5, marks=("INR", "Rs.", "₹", "INR"))
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=50000, high=600000, caps=0.8)
    mode = "RTGS" if d.amount >= 200000 and rng.random() < 0.7 else rng.choice(["NEFT", "IMPS"])
    p.part = "head"
    p.add("title", bank)
    p.add("left", rng.choice(["Bulk Payments > Transaction Details", "Payments > Bulk Upload > View Record",
                              "Vendor Payments - Record Details"]))
    p.add("rule")
    p.part = "body"
    if not no_ref:
        p.pair(rng.choice(["Bulk Upload Ref", "Batch Reference", "File Reference"]),
               f"BLK{digits(rng, 9)}")
    if not no_day and rng.random() < 0.6:
        p.pair("File Name", f"vendor_pay_{d.date:%d%m%Y}.csv")
    else:
        p.pair("File Name", rng.choice(["SURAT_SUPPLIERS.xlsx", "vendor_payments.csv", "bulk_textile.txt"]))
    total = rng.randrange(6, 25)
    p.pair("Record", f"{rng.randrange(1, total)} of {total}")
    p.pair(rng.choice(["Debit Account", "Debit A/c No."]), f"{digits(rng, 4)}XXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Remitter", "Corporate Name"]), d.buyer.upper())
    p.pair(rng.choice(["Beneficiary Name", "Vendor Name", "Payee Name"]), d.to, merchant=d.to)
    p.pair(rng.choice(["Beneficiary A/c No.", "Credit A/c"]), f"XXXXXXXX{digits(rng, 4)}")
    bname, code4 = rng.choice(SURAT_BANKS)
    p.pair("IFSC", ifsc_of(rng, code4))
    p.pair(rng.choice(["Payment Type", "Product", "Txn Type"]), mode, method="netbanking")
    p.pair(rng.choice(["Amount", "Amount (INR)", "Payment Amount"]), rs(d.amount), amount=d.amount)
    if not no_day:
        p.pair(rng.choice(["Value Date", "Payment Date"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    maker_day = d.date - dt.timedelta(days=rng.choice([0, 1, 1, 2]))
    p.pair("Maker ID", rng.choice(["ACC_MAKER01", "priya.accounts", "MKR-SENB"]) +
           ("" if no_day else f" / {when(maker_day, '%d-%m-%Y')} {hhmm(rng, twelve=False)}"))
    p.pair("Checker ID", "-" if status == "pending" else rng.choice(["DIR_CHECKER", "owner.auth", "CHK-01"]))
    p.pair("Authorisation Status", {"pending": rng.choice(["Pending with Checker (1 of 2)", "Awaiting Checker"]),
                                    "failed": "Authorised", "success": "Authorised"}[status])
    p.pair(rng.choice(["Transaction Status", "Payment Status", "Status"]),
           rng.choice({"success": ["Processed", "Credited to beneficiary", "Executed"],
                       "failed": ["Rejected by beneficiary bank", "Returned - A/c closed"],
                       "pending": ["Pending for authorisation", "Awaiting authorisation"]}[status]), status=status)
    p.accent(colour(status))
    if not no_ref and status != "pending":
        if status == "success" or rng.random() < 0.5:
            ref = (utr(rng, d.date) if mode == "IMPS" else
                   neft_utr(head_code, rng, d.date) if mode == "NEFT" else rtgs_utr(head_code, rng, d.date))
            p.pair(rng.choice(["UTR No.", "UTR", "UTR / RRN"]), ref, txn=(UTR_RANK, ref))
        if rng.random() < 0.5 or status == "failed":
            own = digits(rng, 10)
            p.pair(rng.choice(["Transaction Reference", "Bank Ref No."]), own, txn=(BANK_RANK, own))
        p.pair(rng.choice(["Customer Ref No.", "Cust Ref"]), f"SUR{rng.randrange(1000, 9999)}")
    if status == "failed":
        p.add("small", "Return reason: R03 - Account closed / transferred. Amount credited back to debit account.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Download MIS  |  Print  |  Back to batch",
                               "This is a system generated advice and does not require a signature."]))
    return p.done()


# ---------------------------------------------------------------- 4. cheques: Positive Pay, status, advices, memos


CHQ_KINDS = ["enquiry", "pps", "advice", "return", "enquiry", "pps", "deposit", "advice"]
CHQ_BANKS = ["UCO Bank", "HDFC Bank", "Kotak Mahindra Bank", "Bank of Baroda", "Punjab & Sind Bank",
             "ICICI Bank", "Varachha Co-op Bank", "The Surat People's Co-op Bank"]


def cheque_status(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A cheque the retailer wrote to the trader: the retailer's net banking's Cheque Status Enquiry (Paid / Cleared
    on), a Positive Pay confirmation in a bank's app with the cheque's status after it, the trader's bank's credit
    advice (realised) or its cheque deposit acknowledgement (under clearing), a cheque return memo (funds
    insufficient): Payee Name / Payee / Credit to, Drawer, Cheque No. and its own date, Amount, Clearing / Paid on,
    a reference or journal number on some; a failed and a pending one; never a way to pay."""
    k = place("cheque_status")
    kind = CHQ_KINDS[k]
    status = {"return": "failed", "deposit": "pending"}.get(kind, "success")
    no_ref, no_day = k == 7, k == 0
    bank = CHQ_BANKS[k]
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=50000, high=500000, caps=0.6)
    chq = f"{rng.randrange(1, 999999):06d}"
    chq_day = d.date - dt.timedelta(days=rng.randrange(1, 6))
    paper_page = kind in ("advice", "return", "deposit")
    if kind == "enquiry":
        p = screen(rng, font, "browser", width=700, size=19)
        p.style["h106"]["url"] = rng.choice(["netbanking.ucobank.com/corp/ChequeStatus", "pnsbnet.in/chqstatus"])
    elif kind == "pps":
        p = screen(rng, font, "phone", dark=rng.random() < 0.3, width=620, title=rng.choice(["", "Positive Pay"]),
                   buttons=rng.choice([("Done",), ()]))
        android(p)
    else:
        p = screen(rng, font, width=rng.choice([540, 580]), size=rng.choice([18, 19]))
        paper(p, rng)
    rs = money(rng, font, 0.6, marks=("Rs.", "INR", "Rs", "₹"))
    p.part = "head"
    p.add("title" if not paper_page else "center", bank.upper() if paper_page else bank)
    p.add("center", {"enquiry": "Cheque Status Enquiry", "pps": "Positive Pay System - Cheque Details",
                     "advice": rng.choice(["CREDIT ADVICE - CHEQUE REALISED", "CHEQUE COLLECTION ADVICE"]),
                     "return": "CHEQUE RETURN MEMO", "deposit": "CHEQUE DEPOSIT ACKNOWLEDGEMENT"}[kind])
    p.add("rule")
    p.part = "body"
    if kind in ("enquiry", "pps"):
        if not no_ref:
            p.pair("Cheque No.", chq)
        p.pair(rng.choice(["Payee Name", "Payee"]), d.to, merchant=d.to)
        p.pair(rng.choice(["Amount", "Cheque Amount"]), rs(d.amount), amount=d.amount)
        if not no_day:
            p.pair("Cheque Date", when(chq_day, rng.choice(SLIP_PATS)))
        p.pair("Drawn on", f"{ca(rng)}")
        if kind == "pps" and not no_ref:
            ack = f"PPS{digits(rng, 10)}"
            p.pair(rng.choice(["PPS Ack No.", "Acknowledgement No."]), ack, txn=(BANK_RANK, ack))
        if kind == "enquiry" and not no_ref:
            own = digits(rng, 10)
            p.pair(rng.choice(["Inward Clg Ref No.", "Clearing Ref No."]), own, txn=(BANK_RANK, own))
        p.pair(rng.choice(["Cheque Status", "Status"]), rng.choice(["Paid", "Cleared", "Paid - Inward clearing"]),
               status=status)
        if not no_day:
            p.pair(rng.choice(["Paid on", "Clearing Date"]), when(d.date, rng.choice(PATS)), date=d.date)
        p.add("small", "Cheques of Rs.50,000 and above must be confirmed under Positive Pay before presentation.")
    else:
        to = d.to.upper()
        if not no_day:
            p.pair(rng.choice(["DATE:", "CREDIT DATE:", "DATE OF DEPOSIT:"] if kind != "return" else ["DATE:"]),
                   when(d.date, rng.choice(SLIP_PATS), upper=True), date=d.date)
        p.pair(rng.choice(["CREDIT TO:", "ACCOUNT NAME:", "A/C HOLDER:"]), to[:26].strip(), merchant=to[:26].strip())
        p.pair("A/C NO:", f"{digits(rng, 3)}XXXXX{digits(rng, 4)}")
        p.pair(rng.choice(["DRAWER:", "DRAWN BY:"]), d.buyer.upper())
        if not no_ref:
            p.pair(rng.choice(["CHQ NO:", "CHEQUE NO:"]), chq)
            if not no_day:
                p.pair("CHQ DATE:", when(chq_day, "%d/%m/%Y"))
        p.pair(rng.choice(["DRAWEE BANK:", "BANK:"]), rng.choice(PSB + PVT).upper())
        p.pair(rng.choice(["AMOUNT:", "CHEQUE AMOUNT:"]), slip_sum(rng, d.amount), amount=d.amount)
        if not no_ref:
            own = rng.choice([digits(rng, 8), f"{code(rng, 2, UPPER)}{digits(rng, 7)}"])
            p.pair(rng.choice(["JOURNAL NO:", "CLG REF NO:", "TRAN ID:"]), own, txn=(BANK_RANK, own))
        p.add("rule")
        p.add("center", {"advice": rng.choice(["CHEQUE REALISED - CREDITED", "STATUS: REALISED"]),
                         "return": rng.choice(["RETURNED UNPAID - FUNDS INSUFFICIENT",
                                               "CHEQUE DISHONOURED: EXCEEDS ARRANGEMENT"]),
                         "deposit": rng.choice(["UNDER CLEARING", "SENT FOR CLEARING - CTS"])}[kind], status=status)
        if kind == "return":
            p.pair("RETURN CHARGES:", slip_sum(rng, float(rng.choice([354, 590, 236]))))
        if kind == "deposit":
            p.add("small", "CREDIT SUBJECT TO REALISATION")
    p.part = "foot"
    p.add("small", rng.choice(["This is a computer generated advice.", "CUSTOMER COPY"]))
    return p.done()


# ---------------------------------------------------------------- 5. demand drafts


DD_BANKS = ["State Bank of India", "Punjab National Bank", "Canara Bank", "Indian Overseas Bank", "Bank of India",
            "Central Bank of India", "Union Bank of India", "Indian Bank"]
DD_KINDS = ["counterfoil", "request", "mail", "counterfoil", "cancel", "counterfoil", "request", "mail"]


def demand_draft(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A demand draft the retailer bought for the trader, payable at Surat: the branch's purchaser's counterfoil
    (paper), a DD request in net banking (a browser), the bank's e-mail that the DD was issued, a DD cancelled and
    refunded: In favour of / Favouring / Payee, Payable at SURAT, DD No., DD Amount / Amount, Commission and its GST,
    Total Debited, Applicant / Purchaser, Date of Issue / Issue Date, "valid for three months", a request or
    transaction reference on some; a failed and a pending one; never a way to pay."""
    k = place("demand_draft")
    kind = DD_KINDS[k]
    status = {"cancel": "failed"}.get(kind, "pending" if k == 6 else "success")
    no_ref, no_day = k == 5, k == 2
    bank = DD_BANKS[k]
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=20000, high=500000, caps=0.8)
    to = d.to.upper()
    rs = money(rng, font, 0.6, marks=("Rs.", "INR", "Rs", "₹"))
    if kind == "request":
        p = screen(rng, font, "browser", width=700, size=19)
        p.style["h106"]["url"] = {"Punjab National Bank": "netpnb.com/corp/DDIssue",
                                  "Union Bank of India": "www.unionbankonline.co.in/corp/DDRequest"}[bank]
    elif kind == "mail":
        p = screen(rng, font, "mail", width=700, size=19)
        p.style["h106"].update({"from": f"{bank} <alerts@{bank.split()[0].lower()}bank.in>",
                                "subject": "Demand Draft issued", "sent": hhmm(rng)})
    else:
        p = screen(rng, font, width=rng.choice([540, 580]), size=rng.choice([18, 19]))
        paper(p, rng)
    p.part = "head"
    if kind != "mail":
        p.add("center", bank.upper())
        p.add("center", rng.choice(["DEMAND DRAFT - PURCHASER'S COUNTERFOIL", "DD ISSUE ADVICE"]) if kind != "request"
              else "Demand Draft Request")
        p.add("rule")
    else:
        p.add("left", rng.choice(["Dear Customer,", f"Dear {d.buyer},"]))
        p.add("left", "The demand draft requested by you has been issued as per the details below.")
    p.part = "body"
    comm = float(rng.choice([150, 250, 300, 450, 600]))
    p.pair(rng.choice(["In favour of", "Favouring", "Payee"]), to, merchant=to)
    p.pair("Payable at", "SURAT")
    if not no_ref and kind != "request":
        p.pair(rng.choice(["DD No.", "Draft No."]), f"{rng.randrange(1, 999999):06d}")
    p.pair(rng.choice(["DD Amount", "Amount"]), rs(d.amount), amount=d.amount)
    p.pair("Commission", rs(comm))
    p.pair("GST @18%", rs(round(comm * 0.18, 2)))
    p.pair(rng.choice(["Total Debited", "Total Amount"]), rs(round(d.amount + comm * 1.18, 2)))
    p.pair(rng.choice(["Applicant", "Purchaser"]), d.buyer.upper())
    p.pair("Debit A/c", f"XXXXXXX{digits(rng, 4)}")
    if not no_day:
        p.pair(rng.choice(["Date of Issue", "Issue Date"] if kind != "request" else ["Request Date"]),
               when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    if not no_ref:
        own = f"{rng.choice(['DD', 'RQ', 'TR'])}{digits(rng, 10)}"
        p.pair(rng.choice(["Request Ref No.", "Transaction Ref No."]), own, txn=(BANK_RANK, own))
    p.pair(rng.choice(["Status", "DD Status"]), {"success": rng.choice(["DD Issued", "Issued"]),
                                                 "failed": "Cancelled - amount refunded to A/c",
                                                 "pending": "Pending at branch for issue"}[status], status=status)
    p.add("small", "Valid for three months from the date of issue.")
    p.part = "foot"
    p.add("small", rng.choice(["Computer generated advice - no signature required.",
                               "Please quote the DD number for any enquiry."]))
    return p.done()


# ---------------------------------------------------------------- 6. the trader's GST tax invoice, marked paid


def gst_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The trader's own GST tax invoice (paper or a PDF on screen, a serif or sans face) with its payment marked:
    the trader in capitals, the market's shop and GSTIN (24, Gujarat), TAX INVOICE, Invoice No. and Invoice Date,
    Buyer / Bill To (the retailer with its city), the fabric with HSN, pieces and rate, Taxable Value, IGST @5%,
    Round Off, Invoice Total in figures and words, and a payment box: PAID with Paid on / Received on, Mode and UTR
    (success), UNPAID with a Due Date (pending), or RTGS RETURNED - UNPAID (failed); a failed and a pending one."""
    k = place("gst_invoice")
    status = outcome(k, failed=(5,), pending=(2,))
    no_ref, no_day = k == 7, k == 3
    p = screen(rng, font, width=rng.choice([620, 660]), size=rng.choice([17, 18]))
    if rng.random() < 0.6:
        paper(p, rng)
    rs = money(rng, font, 0.4, marks=("₹", "Rs.", "Rs", "INR"))
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=15000, high=400000)
    store = TRADERS[(k * 5 + 2) % len(TRADERS)].upper()
    fabric = rng.choice(FABRICS)
    pcs = rng.randrange(40, 400)
    rate = float(rng.choice([185, 240, 325, 410, 560, 690, 875]))
    taxable = pcs * rate
    igst = round(taxable * 0.05, 2)
    total = float(round(taxable + igst))
    d.amount = total
    way = {0: "netbanking", 1: "UPI", 3: "netbanking", 4: "netbanking", 6: "netbanking", 7: "cash"}.get(k)
    p.part = "head"
    p.add("title", store, merchant=store)
    p.add("center", f"Shop {rng.randrange(101, 999)}, {rng.choice(MARKETS)}, Ring Road, Surat - 395002")
    p.add("center", f"GSTIN: 24{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{digits(rng, 1)}")
    p.add("center", "TAX INVOICE")
    p.add("rule")
    p.part = "body"
    inv_day = d.date - dt.timedelta(days=rng.randrange(7, 40)) if status != "pending" else d.date
    if not no_ref:
        number = f"SAT/{fy(inv_day)}/{rng.randrange(100, 3999)}" if not no_day else f"SAT-{rng.randrange(100, 3999)}"
        p.pair(rng.choice(["Invoice No.", "Inv No."]), number, txn=(INVOICE_RANK, number))
    if not no_day:
        p.pair(rng.choice(["Invoice Date", "Dated"]), when(inv_day, rng.choice(SLIP_PATS)),
               **({"date": d.date} if status == "pending" else {}))
    p.pair(rng.choice(["Buyer", "Bill To"]), f"{d.buyer}, {d.city}")
    p.pair("Place of Supply", d.city)
    p.add("left", f"{fabric} (HSN {HSN[fabric]})")
    p.pair(f"{pcs} pcs x {rate:,.2f}", f"{taxable:,.2f}")
    p.pair("Taxable Value", rs(taxable))
    p.pair("IGST @5%", rs(igst))
    p.pair("Round Off", f"{total - taxable - igst:+.2f}")
    p.pair(rng.choice(["Invoice Total", "Grand Total", "Total Amount"]), rs(total), amount=total)
    words = words_in_rupees(total)
    if glyphs(font, words):
        p.add("left", words)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["PAID", "** PAID **", "PAID IN FULL"]), status=status)
        if not no_day:
            p.pair(rng.choice(["Paid on", "Payment received on"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
        how = {"netbanking": rng.choice(["RTGS", "NEFT"]) if total >= 200000 else "NEFT", "UPI": "UPI",
               "cash": "Cash"}[way]
        p.pair(rng.choice(["Mode", "Payment Mode"]), how, method=way)
        if not no_ref and way != "cash":
            ref = (utr(rng, d.date) if way == "UPI" else
                   neft_utr("HDFC", rng, d.date) if how == "NEFT" else rtgs_utr("ICIC", rng, d.date))
            p.pair(rng.choice(["UTR", "UTR No.", "UPI Ref"]) if way == "UPI" else rng.choice(["UTR", "UTR No."]),
                   ref, txn=(UTR_RANK, ref))
    elif status == "pending":
        p.add("center", rng.choice(["UNPAID", "PAYMENT DUE"]), status=status)
        if not no_day:
            p.pair("Due Date", when(d.date + dt.timedelta(days=rng.choice([30, 45, 60])), rng.choice(SLIP_PATS)))
        p.add("small", "Interest @18% p.a. will be charged on bills unpaid after the due date.")
    else:
        p.add("center", "RTGS RETURNED - UNPAID", status=status)
        if not no_day:
            p.pair("RTGS received on", when(d.date, rng.choice(SLIP_PATS)), date=d.date)
        p.pair("Mode", "RTGS", method="netbanking")
        if not no_ref:
            ref = rtgs_utr("PUNB", rng, d.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.add("small", "Returned by our bank: beneficiary name mismatch. Please remit again.")
    p.part = "foot"
    p.add("small", "Goods once sold will not be taken back. Subject to Surat jurisdiction.")
    p.add("right", f"For {store.title()}")
    return p.done()


# ---------------------------------------------------------------- 7. a broker's (dalal's) payment advice


DALALS = ["Mahesh Kumar & Co.", "Shree Balaji Agency", "R. K. Textile Agency", "Jain Brokers (Dalal)",
          "Ashok Agarwal & Sons", "Gurukrupa Agencies", "New Kamal Agency", "Vijay Textile Brokers"]


def dalal_advice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A textile broker's (dalal's) payment advice to the Surat supplier on behalf of a retailer it brought (paper,
    a serif or monospaced face): the dalal's firm on top with its market and phone, PAYMENT ADVICE, Advice No. and
    Date, Party (the retailer), Paid to / Supplier / Payee (the trader), the bills settled with their numbers and
    days, Bill Amt, Less G.R. (goods returned), Less Dhara (discount), Net Amount / Amount Paid, the way (RTGS or NEFT
    with its UTR, a cheque with its number), the outcome (PAYMENT RELEASED, RTGS RETURNED, PAYMENT UNDER PROCESS);
    a failed and a pending one."""
    k = place("dalal_advice")
    status = outcome(k, failed=(3,), pending=(7,))
    no_ref, no_day = k == 5, k == 1
    p = screen(rng, font, width=rng.choice([580, 620]), size=rng.choice([17, 18]))
    paper(p, rng)
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=30000, high=600000, caps=0.9)
    rs = money(rng, font, 0.6, marks=("Rs.", "Rs", "₹"))
    dalal = DALALS[k]
    p.part = "head"
    p.add("center", dalal.upper())
    p.add("center", f"Textile Brokers & Commission Agents, {rng.choice(MARKETS)}, Surat")
    p.add("center", f"Mob: {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(["PAYMENT ADVICE", "PAYMENT SLIP"]))
    p.add("rule")
    p.part = "body"
    if not no_ref:
        adv = f"PA/{rng.randrange(100, 999)}"
        p.pair("Advice No.", adv, txn=(INVOICE_RANK, adv))
    if not no_day:
        p.pair("Date", when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair("Party", f"{d.buyer}, {d.city}")
    p.pair(rng.choice(["Paid to", "Supplier", "Payee"]), d.to, merchant=d.to)
    bills = rng.choice([1, 2])
    bill_sum = 0.0
    for _ in range(bills):
        amt = float(rng.randrange(20000, 300000))
        bill_sum += amt
        text = "Bill" + ("" if no_ref else f" No. {rng.randrange(100, 2999)}")
        if not no_day:
            text += f" dt. {when(d.date - dt.timedelta(days=rng.randrange(20, 90)), '%d/%m/%y')}"
        p.pair(text, f"{amt:,.2f}")
    gr = float(rng.choice([0, 0, 2450, 5800, 12300]))
    dhara = round((bill_sum - gr) * rng.choice([0.02, 0.03, 0.05]), 2)
    net = round(bill_sum - gr - dhara, 2)
    d.amount = net
    if gr:
        p.pair("Less: G.R.", f"{gr:,.2f}")
    p.pair(rng.choice(["Less: Dhara", "Less: Discount"]) + f" {int(round(dhara / (bill_sum - gr) * 100))}%",
           f"{dhara:,.2f}")
    p.pair(rng.choice(["Net Amount", "Amount Paid", "Net Payment"]), rs(net), amount=net)
    way = "cheque" if k in (2, 7) else "netbanking"
    if way == "cheque":
        p.pair("By", "Cheque" + ("" if no_ref else f" No. {rng.randrange(100000, 999999)}") + ", "
               + rng.choice(PSB[:4]))
    else:
        mode = "RTGS" if net >= 200000 else "NEFT"
        p.pair("By", mode, method="netbanking")
        if not no_ref and (status == "success" or rng.random() < 0.6):
            ref = neft_utr("UTIB", rng, d.date) if mode == "NEFT" else rtgs_utr("UCBA", rng, d.date)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    p.add("rule")
    p.add("center", {"success": rng.choice(["PAYMENT RELEASED", "PAID"]),
                     "failed": "RTGS RETURNED - PLEASE CONFIRM A/C DETAILS",
                     "pending": "PAYMENT UNDER PROCESS"}[status], status=status)
    p.part = "foot"
    p.add("small", "Brokerage as per market custom. Kindly acknowledge receipt.")
    p.add("right", f"For {dalal}")
    return p.done()


# ---------------------------------------------------------------- 8. a transporter's freight money receipt


TRANSPORTERS = ["Surat Kolkata Roadways", "Shree Maruti Goods Carriers", "Gujarat Deccan Transport Co.",
                "Assam Surat Cargo Movers", "New Punjab Golden Transport", "Kerala Gujarat Roadlines",
                "Chhattisgarh Freight Carriers", "Kashi Surat Transport Co."]


def freight_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A transporter's money receipt for the freight on the trader's bales, paid by the retailer at the destination
    and forwarded to the trader (paper, a serif or monospaced face): the transport company on top with its
    branches, MONEY RECEIPT, M.R. No., Date, Received from M/s <retailer>, L.R. No. with its day, Surat to the
    city, bales and weight, Freight, Hamali, Door Delivery, Total, the way (Cash, UPI with its reference, NEFT with
    its UTR, a cheque), GST payable by the consignee under reverse charge, the outcome; a failed and a pending one."""
    k = place("freight_receipt")
    status = outcome(k, failed=(6,), pending=(0,))
    no_ref, no_day = k == 2, k == 4
    p = screen(rng, font, width=rng.choice([560, 600]), size=rng.choice([17, 18]))
    paper(p, rng)
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day)
    rs = money(rng, font, 0.8, marks=("Rs.", "Rs", "₹"))
    company = TRANSPORTERS[k]
    bales = rng.randrange(25, 80)
    freight = float(bales * rng.choice([450, 520, 600, 750]))
    hamali = float(bales * rng.choice([20, 30, 40]))
    door = float(rng.choice([0, 250, 400, 600]))
    total = freight + hamali + door + 20.0
    d.amount = total
    p.part = "head"
    p.add("title", company, merchant=company)
    p.add("center", f"Head Office: Sahara Darwaja, Surat | Branch: {d.city}")
    p.add("center", rng.choice(["MONEY RECEIPT", "FREIGHT RECEIPT"]))
    p.add("rule")
    p.part = "body"
    if not no_ref:
        mr = f"{rng.randrange(1000, 99999)}"
        p.pair(rng.choice(["M.R. No.", "MR No"]), mr, txn=(INVOICE_RANK, mr))
    if not no_day:
        p.pair("Date", when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.add("left", f"Received from M/s {d.buyer}, {d.city}")
    if not no_ref:
        lr_text = f"L.R. No. {rng.randrange(10000, 99999)}"
        if not no_day:
            lr_text += f" dt. {when(d.date - dt.timedelta(days=rng.randrange(4, 12)), '%d/%m/%Y')}"
        p.add("left", lr_text)
    p.pair("From / To", f"SURAT / {d.city.upper()}")
    p.pair("Bales / Weight", f"{bales} / {bales * rng.randrange(38, 62)} kg")
    p.pair("Freight", f"{freight:,.2f}")
    p.pair("Hamali", f"{hamali:,.2f}")
    if door:
        p.pair("Door Delivery", f"{door:,.2f}")
    p.pair("Statistical Chg.", "20.00")
    p.pair(rng.choice(["Total", "Total Amount", "Amount Received"] if status == "success" else ["Total"]), rs(total),
           amount=total)
    way = {1: "cash", 3: "UPI", 5: "netbanking", 6: "cheque", 7: "UPI", 0: "UPI"}.get(k, "cash")
    how = {"cash": "Cash", "UPI": rng.choice(["UPI", "PhonePe UPI", "GPay"]), "netbanking": "NEFT",
           "cheque": "Cheque"}[way]
    p.pair(rng.choice(["By", "Mode"]), how + ("" if way != "cheque" or no_ref else f" No. {rng.randrange(10**5, 10**6)}"),
           **({} if way == "cheque" else {"method": way}))
    if not no_ref and way in ("UPI", "netbanking") and status == "success":
        ref = utr(rng, d.date) if way == "UPI" else neft_utr("UCBA", rng, d.date)
        p.pair(rng.choice(["UPI Ref", "UTR"]) if way == "UPI" else "UTR", ref, txn=(UTR_RANK, ref))
    p.add("small", "GST on freight payable by consignee under Reverse Charge.")
    p.add("rule")
    p.add("center", {"success": rng.choice(["RECEIVED WITH THANKS", "FREIGHT PAID"]),
                     "failed": "CHEQUE BOUNCED - RECEIPT CANCELLED",
                     "pending": "UPI PAYMENT AWAITING CONFIRMATION"}[status], status=status)
    p.part = "foot"
    p.add("right", "Booking Clerk")
    return p.done()


# ---------------------------------------------------------------- 9. part payments in an accounting app or voucher


BOOKS = ["Vyapar", "myBillBook", "Zoho Books", "Tally Prime", "Busy", "Marg ERP", "Vyapar", "Zoho Books"]


def ledger_part(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A part payment to the trader against its bills, as the retailer's accounting software shows or prints it:
    Vyapar's or myBillBook's Payment-Out, Zoho Books' Payment Made, a Tally Prime or Busy payment voucher, Marg's
    payment entry: Party / Vendor / Account (the trader), Payment No. / Voucher No., Payment Date / Date, Paid /
    Amount Paid, Payment Type / Paid Through / Through (Bank - NEFT, Cash, Cheque, UPI) and the bank's reference,
    the bills it is against with their sums and what stays due, Balance Due, a Cheque bounced or Cheque not cleared
    tag on two; no outcome on the rest; a failed and a pending one."""
    k = place("ledger_part")
    status = {4: "failed", 1: "pending"}.get(k)
    no_ref, no_day = k == 6, k == 7
    app = BOOKS[k]
    phone = app in ("Vyapar", "myBillBook")
    if phone:
        p = screen(rng, font, "phone", dark=rng.random() < 0.2, width=620, title=rng.choice(["Payment-Out", ""]),
                   buttons=rng.choice([("Share", "Print"), ("Share PDF",)]))
        android(p)
    elif app == "Zoho Books":
        p = screen(rng, font, "browser", width=720, size=19)
        p.style["h106"]["url"] = "books.zoho.in/app#/paymentsmade"
    else:
        p = screen(rng, font, width=600, size=18)
        paper(p, rng)
    rs = money(rng, font, 0.5, marks=("₹", "Rs.", "Rs"))
    d = Deal(rng, status or "success", no_ref=no_ref, no_day=no_day, low=15000, high=300000, p_round=0.85)
    bill = float(round(d.amount * rng.uniform(1.3, 2.6) / 10) * 10)
    p.part = "head"
    p.add("title", app if phone or app == "Zoho Books" else d.buyer)
    p.add("center", {"Vyapar": "Payment-Out", "myBillBook": "Payment Out", "Zoho Books": "Payment Made",
                     "Tally Prime": "Payment Voucher", "Busy": "PAYMENT VOUCHER", "Marg ERP": "Payment Entry"}[app])
    p.add("small", d.buyer + ", " + d.city if phone or app == "Zoho Books" else d.city)
    p.add("rule")
    p.part = "body"
    if not no_ref:
        num = f"{rng.choice(['PO-', 'PMT-', ''])}{rng.randrange(10, 999)}"
        p.pair(rng.choice(["Payment No.", "Voucher No."]), num, txn=(INVOICE_RANK, num))
    if not no_day:
        p.pair(rng.choice(["Payment Date", "Date"]), when(d.date, rng.choice(PATS[:8])), date=d.date)
    p.pair(rng.choice(["Party", "Vendor", "Account"]), d.to, merchant=d.to)
    way = {0: "netbanking", 1: "cheque", 2: "UPI", 3: "netbanking", 4: "cheque", 5: "cash", 6: "netbanking",
           7: "netbanking"}[k]
    bank, head_code = rng.choice([("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("SBI CA", "SBIN")])
    mode = rng.choice(["NEFT", "RTGS"]) if d.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    how = {"netbanking": f"{bank} - {mode}" if d.amount >= 200000 else f"Bank - {mode}",
           "cheque": "Cheque", "UPI": "UPI", "cash": "Cash"}[way]
    p.pair(rng.choice(["Payment Type", "Paid Through", "Through"]), how, **({} if way == "cheque" else {"method": way}))
    if not no_ref and way in ("netbanking", "UPI"):
        ref = (utr(rng, d.date) if way == "UPI" or mode == "IMPS" else
               neft_utr(head_code, rng, d.date) if mode == "NEFT" else rtgs_utr(head_code, rng, d.date))
        p.pair(rng.choice(["Reference#", "Ref No.", "Bank Ref"]), ref, txn=(UTR_RANK, ref))
    if way == "cheque" and not no_ref:
        p.pair("Cheque No.", f"{rng.randrange(10**5, 10**6)}")
    p.pair(rng.choice(["Paid", "Amount Paid", "Amount"]), rs(d.amount), amount=d.amount)
    p.add("rule")
    p.add("left", "Against bills")
    bill_text = "Bill" + ("" if no_ref else f" {rng.choice(['SAT', 'INV', 'TI'])}/{rng.randrange(100, 2999)}")
    if not no_day:
        bill_text += f" ({when(d.date - dt.timedelta(days=rng.randrange(15, 70)), '%d/%m/%Y')})"
    p.pair(bill_text, f"{bill:,.2f}")
    p.pair(rng.choice(["Balance Due", "Bill Balance"]), rs(bill - d.amount))
    if status == "failed":
        p.add("center", rng.choice(["Cheque bounced", "CHEQUE RETURNED - ENTRY REVERSED"]), status="failed")
    elif status == "pending":
        p.add("center", rng.choice(["Cheque deposited - not cleared", "Status: Cheque pending clearance"]),
              status="pending")
    if rng.random() < 0.6:
        p.pair(rng.choice(["Narration", "Description", "Notes"]), rng.choice(["On account part payment",
                                                                              "Part payment against bills",
                                                                              "Being part payment to supplier"]))
    p.part = "foot"
    p.add("small", rng.choice(["Generated by " + app, "Authorised Signatory  |  " + app, "Page 1 of 1  |  " + app]))
    return p.done()


# ---------------------------------------------------------------- 10. a current account statement's extract


STMT_BANKS = [("UCO Bank", "UCBA"), ("HDFC Bank", "HDFC"), ("Punjab & Sind Bank", "PSIB"), ("Federal Bank", "FDRL"),
              ("Bank of Maharashtra", "MAHB"), ("Axis Bank", "UTIB"), ("Indian Bank", "IDIB"),
              ("Kotak Mahindra Bank", "KKBK")]


def statement_extract(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A current account statement's extract with the one debit to the trader, as the retailer sends it (a PDF
    printed or on screen, a monospaced face): the bank, Statement of Account / Account Statement, the account's
    holder (the retailer), the masked account, the period on most, the columns Date, Narration, Chq/Ref No.,
    Withdrawal, Balance, the row (NEFT DR-…, RTGS DR-…, IMPS/P2A/…, UPI/DR/…, a cheque paid in clearing) with the
    narration wrapped as the bank cuts it, and under it on the failed page the same sum credited back (NEFT RETURN);
    on the pending page the row sits under "Unposted / pending transactions"; a failed and a pending one."""
    k = place("statement_extract")
    status = {2: "failed", 5: "pending"}.get(k)
    no_ref, no_day = k == 3, k == 6
    bank, head_code = STMT_BANKS[k]
    p = screen(rng, font, width=780, size=rng.choice([14, 15]))
    if rng.random() < 0.5:
        paper(p, rng)
    d = Deal(rng, status or "success", no_ref=no_ref, no_day=no_day, low=15000, high=600000, caps=1.0)
    kind = {0: "NEFT", 1: "RTGS", 2: "NEFT", 3: "CHQ", 4: "IMPS", 5: "RTGS", 6: "UPI", 7: "NEFT"}[k]
    if kind == "RTGS":
        d.amount = max(d.amount, 200000.0)
    if kind == "UPI":
        d.amount = min(d.amount, 100000.0)
    name = d.to.upper()
    p.part = "head"
    p.add("center", bank.upper())
    p.add("center", rng.choice(["STATEMENT OF ACCOUNT", "ACCOUNT STATEMENT", "CURRENT ACCOUNT STATEMENT"]))
    p.add("left", f"A/c Name : {d.buyer.upper()}")
    p.add("left", f"A/c No.  : {digits(rng, 4)}XXXXXX{digits(rng, 4)}   Type: CURRENT")
    if not no_day:
        start = d.date.replace(day=1)
        p.add("left", f"Period   : {when(start, '%d/%m/%Y')} to {when(d.date + dt.timedelta(days=3), '%d/%m/%Y')}")
    p.add("rule")
    p.part = "body"
    if status == "pending":
        p.add("left", "UNPOSTED / PENDING TRANSACTIONS")
    p.add("left", f"{'Date':<8} {'Narration':<24} {'Chq/Ref No.':<22} {'Amount':>12} Dr/Cr")
    ref, method, txn = "", "netbanking", None
    cut = {"NEFT": 16, "RTGS": 16, "IMPS": 14, "UPI": 14, "CHQ": 20}[kind]
    merchant = name[:cut].strip()
    if kind == "NEFT":
        ref = neft_utr(head_code, rng, d.date)
        narration = f"NEFT DR-{ifsc_of(rng)}-{merchant}-NETBANK"
    elif kind == "RTGS":
        ref = rtgs_utr(head_code, rng, d.date)
        narration = f"RTGS DR-{ifsc_of(rng)}-{merchant}-{ref}"
    elif kind == "IMPS":
        ref = utr(rng, d.date)
        narration = f"IMPS/P2A/{ref}/{merchant}/SURAT"
    elif kind == "UPI":
        ref = utr(rng, d.date)
        method = "UPI"
        narration = f"UPI/DR/{ref}/{merchant}/{rng.choice(['HDFC', 'ICIC', 'SBIN'])}/Payment"
    else:
        method = None
        narration = f"CLG/{merchant}/CTS"
    lines = [narration[i:i + 24] for i in range(0, len(narration), 24)]
    day_col = when(d.date, rng.choice(["%d/%m/%y", "%d-%m-%y"])) if not no_day else ""
    if kind == "CHQ":
        ref_col = "" if no_ref else f"{rng.randrange(1, 999999):06d}"
    else:
        ref_col = ref
        txn = (UTR_RANK, ref)
    wd = f"{d.amount:,.2f}"
    facts: dict = {"amount": d.amount, "merchant": merchant}
    if method:
        facts["method"] = method
    if txn:
        facts["txn"] = txn
    if not no_day:
        facts["date"] = d.date
    p.add("left", f"{day_col:<8} {lines[0]:<24} {ref_col:<22} {wd:>12} Dr", **facts)
    for line in lines[1:]:
        p.add("left", f"{'':<8} {line}")
    if status == "failed":
        back_text = f"NEFT RETURN-{merchant[:10]}"
        p.add("left", f"{day_col:<8} {back_text:<24} {'':<22} {wd:>12} Cr", status="failed")
        p.add("left", f"{'':<8} -A/C CLOSED")
    if status == "pending":
        p.add("left", "Status: Pending - will be posted on settlement", status="pending")
    bal = rupees(rng, 20000, 900000, 0.2)
    p.add("left", f"Closing Balance : {bal:,.2f} CR")
    p.part = "foot"
    p.add("rule")
    p.add("small", rng.choice(["This is a computer generated statement and does not require a signature.",
                               "Page 1 of 1  |  Unless a discrepancy is reported within 15 days, it is correct."]))
    return p.done()


# ---------------------------------------------------------------- 11. one bank SMS from a bank the sets used least


def bank_alert(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """One debit alert for the payment to the trader in a messages app, from banks the earlier sets used least:
    Federal Bank's NEFT, UCO Bank's RTGS, Indian Bank's RTGS returned (failed), Bank of India's IMPS, Central Bank's
    NEFT with no day (the divider says Today or Yesterday), IDBI Bank's NEFT pending for processing, South Indian
    Bank's transfer with no reference, IndusInd Bank's UPI; the balance after on some."""
    k = place("bank_alert")
    status = outcome(k, failed=(2,), pending=(5,))
    no_day = k == 4
    date = day26(rng)
    amount = rupees(rng, 200000, 600000, 0.8) if k in (1, 2) else rupees(rng, 15000, 400000, 0.7)
    if k == 7:
        amount = rupees(rng, 15000, 100000, 0.8)
    acct = digits(rng, 4)
    named = trader(rng, 1.0)[:22].strip()
    mark = rng.choice(["Rs.", "Rs ", "INR "])
    body = rng.choice([f"{amount:,.2f}", f"{amount:.2f}", lakh(amount)])
    s = mark + body
    bal = f"Avl Bal {mark}{rupees(rng, 20000, 900000, 0.2):,.2f}"
    method, txn = "netbanking", None
    if k == 0:
        ref = neft_utr("FDRL", rng, date)
        txn = (UTR_RANK, ref)
        text = (f"{s} debited from your A/c XX{acct} on {when(date, '%d-%m-%Y')} for NEFT to {named}. UTR {ref}. "
                f"{bal} - Federal Bank")
    elif k == 1:
        ref = rtgs_utr("UCBA", rng, date)
        txn = (UTR_RANK, ref)
        text = (f"A/c XXXX{acct} debited by {s} on {when(date, '%d/%m/%y')} through RTGS to {named}, UTR {ref}. "
                f"{bal} -UCO Bank")
    elif k == 2:
        ref = rtgs_utr("IDIB", rng, date)
        txn = (UTR_RANK, ref)
        text = (f"Your RTGS of {s} to {named} on {when(date, '%d.%m.%Y')} has been returned by the beneficiary bank. "
                f"Amount credited back to A/c XX{acct}. UTR {ref} -Indian Bank")
    elif k == 3:
        ref = utr(rng, date)
        txn = (UTR_RANK, ref)
        text = (f"{s} sent via IMPS from A/c XX{acct} to {named} on {when(date, '%d-%m-%y')}. IMPS Ref {ref}. "
                f"If not done by you call 18001031906 -BOI")
    elif k == 4:
        ref = neft_utr("CBIN", rng, date)
        txn = (UTR_RANK, ref)
        text = (f"Your a/c no. XXXXX{acct} is debited for {s} towards NEFT to {named}, UTR {ref}. {bal} "
                f"-Central Bank of India")
    elif k == 5:
        ref = f"{digits(rng, 12)}"
        txn = (BANK_RANK, ref)
        text = (f"Your NEFT request for {s} to {named} from A/c XX{acct} dated {when(date, '%d-%m-%Y')} is pending "
                f"for processing. Ref No {ref} -IDBI Bank")
    elif k == 6:
        text = (f"Dear Customer, your A/c X{acct} has been debited with {s} on {when(date, '%d-%b-%Y').upper()} "
                f"by transfer to {named}. Not you? Call 18004251809 -South Indian Bank")
        method = None
    else:
        ref = utr(rng, date)
        txn = (UTR_RANK, ref)
        method = "UPI"
        text = (f"{s} debited from A/c XX{acct} on {when(date, '%d-%b-%y')} towards UPI to {named}. "
                f"UPI Ref {ref}. Not you? SMS BLOCK to 5676757 -IndusInd Bank")
    assert glyphs(font, text), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    senders = ["FEDBNK", "UCOBNK", "INDBNK", "BOIIND", "CENTBK", "IDBIBK", "SIBSMS", "INDUSB"]
    sender = f"{rng.choice(['AX', 'VM', 'JD', 'VK', 'BP', 'AD'])}-{senders[k]}-S"
    divider = rng.choice(["Today", "Yesterday"]) if no_day else rng.choice([when(date, "%A, {d} %B"),
                                                                              when(date, "{d} %b %Y")])
    p.style["h106"].update({"sender": sender, "divider": divider, "text": text,
                            "time": hhmm(rng, lower=rng.random() < 0.3)})
    facts: dict = {"amount": amount, "status": status}
    if method:
        facts["method"] = method
    if not no_day:
        facts["date"] = date
    if txn:
        facts["txn"] = txn
    p.add("left", text, merchant=named, **facts)
    rows, truth, style = p.done()
    truth["merchant_name"] = named
    return rows, truth, style


def lakh(amount: float) -> str:
    """A sum in lakh grouping with paise, as Indian banks' alerts print it."""
    whole, paise = int(amount), int(round((amount - int(amount)) * 100))
    s = str(whole)
    if len(s) > 3:
        head_, tail = s[:-3], s[-3:]
        parts = []
        while len(head_) > 2:
            parts.insert(0, head_[-2:])
            head_ = head_[:-2]
        if head_:
            parts.insert(0, head_)
        s = ",".join(parts) + "," + tail
    return f"{s}.{paise:02d}"


# ---------------------------------------------------------------- 12. branch counterfoils: RTGS / NEFT, cash


BRANCHES = [("UCO BANK", "BOWBAZAR BRANCH, KOLKATA", "UCBA"), ("BANK OF MAHARASHTRA", "LAXMI ROAD BRANCH, PUNE", "MAHB"),
            ("PUNJAB & SIND BANK", "CHAURA BAZAR, LUDHIANA", "PSIB"), ("INDIAN OVERSEAS BANK", "FANCY BAZAR, GUWAHATI",
                                                                      "IOBA"),
            ("COSMOS CO-OP BANK", "BUDHWAR PETH, PUNE", "COSB"), ("KARUR VYSYA BANK", "BROADWAY, KOCHI", "KVBL"),
            ("BARODA U.P. BANK", "CHOWK, VARANASI", "BARB"), ("CHHATTISGARH RAJYA GRAMIN BANK", "SADAR BAZAR, RAIPUR",
                                                            "CRGB")]


def branch_counterfoil(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The customer's counterfoil of a branch transaction for the trader, photographed (paper, a monospaced or serif
    face, printed by the branch's system): an RTGS / NEFT application's counterfoil with the UTR the system gave, or
    a cash deposit into the trader's account at a branch in the retailer's city (under ₹2,00,000, with PAN and the
    notes counted): BENEFICIARY / A/C NAME (the trader), REMITTER / DEPOSITOR (the retailer), the account and IFSC,
    AMOUNT, MODE, UTR or TRAN ID, DATE, the stamp (PROCESSED, RECEIVED; RETURNED - INVALID A/C; RECEIVED FOR
    PROCESSING - UTR AWAITED); a failed and a pending one."""
    k = place("branch_counterfoil")
    status = outcome(k, failed=(4,), pending=(1,))
    no_ref, no_day = k == 3, k == 6
    bank, branch, head_code = BRANCHES[k]
    cash = k in (2, 5, 7)
    p = screen(rng, font, width=rng.choice([520, 560]), size=rng.choice([17, 18]))
    paper(p, rng)
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=50000 if not cash else 15000,
             high=600000 if not cash else 199000, caps=1.0)
    if cash:
        d.amount = float(min(199000, max(15000, round(d.amount / 500) * 500)))
    to = d.to[:26].strip()
    p.part = "head"
    p.add("center", bank)
    p.add("center", branch)
    p.add("center", "CASH DEPOSIT - CUSTOMER COUNTERFOIL" if cash else rng.choice([
        "RTGS/NEFT - CUSTOMER COUNTERFOIL", "FUND TRANSFER APPLICATION - COUNTERFOIL"]))
    p.add("rule")
    p.part = "body"
    if not no_day:
        p.pair(rng.choice(["DATE:", "TRAN DATE:"]), when(d.date, rng.choice(SLIP_PATS), upper=True), date=d.date)
    if cash:
        p.pair(rng.choice(["A/C NAME:", "CREDIT A/C OF:"]), to, merchant=to)
        p.pair("A/C NO:", f"{digits(rng, 4)}XXXX{digits(rng, 4)}")
        p.pair(rng.choice(["DEPOSITOR:", "DEPOSITED BY:"]), d.buyer.upper()[:24])
        p.pair("PAN:", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
        p.pair("MODE:", "CASH", method="cash")
        left = d.amount
        for note in (500, 200, 100):
            n = int(left // note) if note == 100 else int(left // note * rng.choice([0.9, 0.7]))
            if n:
                p.pair(f"{note} x {n}", f"{note * n:,.2f}")
                left -= note * n
    else:
        p.pair(rng.choice(["REMITTER:", "APPLICANT:"]), d.buyer.upper()[:24])
        p.pair(rng.choice(["BENEFICIARY:", "BENE NAME:"]), to, merchant=to)
        p.pair("BENE A/C:", f"XXXXXX{digits(rng, 4)}")
        _, code4 = rng.choice(SURAT_BANKS)
        p.pair("IFSC:", ifsc_of(rng, code4))
        mode = "RTGS" if d.amount >= 200000 else "NEFT"
        p.pair("MODE:", mode, method="netbanking")
        p.pair("COMMISSION:", slip_sum(rng, float(rng.choice([29.5, 59.0, 5.9, 17.7]))))
    p.pair(rng.choice(["AMOUNT:", "AMOUNT (RS.):", "TOTAL:"]), slip_sum(rng, d.amount), amount=d.amount)
    if not no_ref:
        if not cash and status != "pending":
            ref = neft_utr(head_code, rng, d.date) if d.amount < 200000 else rtgs_utr(head_code, rng, d.date)
            p.pair(rng.choice(["UTR:", "UTR NO:"]), ref, txn=(UTR_RANK, ref))
        else:
            own = f"{code(rng, 1, UPPER)}{digits(rng, 7)}"
            p.pair(rng.choice(["TRAN ID:", "JOURNAL NO:"]), own, txn=(BANK_RANK, own))
    p.add("rule")
    p.add("center", {"success": rng.choice(["PROCESSED", "RECEIVED", "CASH RECEIVED"] if cash else
                                           ["PROCESSED", "TRANSACTION PROCESSED"]),
                     "failed": "RETURNED - INVALID A/C NO. AMOUNT CREDITED BACK",
                     "pending": "RECEIVED FOR PROCESSING - UTR AWAITED"}[status], status=status)
    p.part = "foot"
    p.pair("TELLER:", f"{code(rng, 1, UPPER)}{rng.randrange(100, 999)}")
    p.add("center", "CUSTOMER COPY")
    return p.done()


# ---------------------------------------------------------------- drawing


compose = compose119

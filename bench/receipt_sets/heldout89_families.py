"""The twelve heldout89 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: business and statutory payments made by
small Indian firms, and what their banks and the government's portals print about them: a corporate net
banking payment advice for an RTGS or NEFT vendor payment, a GST PMT-06 challan's payment receipt, an income
tax challan 280 / 281 receipt or counterfoil, an EPF ECR payment confirmation, an ESIC challan, a professional
tax e-challan or a trade licence fee receipt, an ICEGATE customs duty e-payment receipt, a transport company's
freight money receipt, a wholesaler's cash or credit memo with a previous balance, a B2B tax invoice with its
payment ledger, a payment gateway's settlement or payout report and a bank's cheque deposit or demand draft
counterfoil. ``Cash`` (heldout88's) prints a page's rupees, chosen once (₹ only in faces that draw it, lakh,
Western or plain grouping, whole rupees with ``/-`` on a share of printed sheets); ``done`` states the fields
exactly as the page prints them (``None`` where a field is not printed)."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits, shown
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout85_families import screen
from bench.receipt_sets.heldout88_families import (
    PEOPLE,
    Cash,
    after,
    before,
    done,
    fitted,
    gstin,
    hour,
    indian_plate,
    mobile,
    pattern,
    said,
    stamp,
    upi_ref,
)

PDF = {
    "screen": True,
    "paper": (255, 255, 255),
    "ink": (28, 30, 38),
    "accent": (0, 60, 120),
    "width": 780,
    "size": 17,
}
PORTAL = {
    "screen": True,
    "paper": (246, 248, 251),
    "ink": (30, 32, 40),
    "accent": (10, 70, 130),
    "width": 760,
    "size": 17,
}
DASH = {
    "screen": True,
    "paper": (250, 251, 253),
    "ink": (34, 38, 48),
    "accent": (40, 60, 160),
    "width": 720,
    "size": 18,
}
SHEET = {"paper": (255, 255, 255), "width": 780, "size": 17}
FORM = {"paper": (250, 248, 240), "ink": (30, 30, 60), "width": 760, "size": 17}
MEMO = {"paper": (252, 250, 238), "ink": (40, 34, 30), "width": 640, "size": 17}
SLIP = {"paper": (250, 249, 244), "width": 560, "size": 17}

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
# (name, IFSC and UTR prefix)
BANKS = [
    ("HDFC Bank", "HDFC"),
    ("State Bank of India", "SBIN"),
    ("ICICI Bank", "ICIC"),
    ("Axis Bank", "UTIB"),
    ("Kotak Mahindra Bank", "KKBK"),
    ("Bank of Baroda", "BARB"),
    ("Punjab National Bank", "PUNB"),
    ("Canara Bank", "CNRB"),
    ("Union Bank of India", "UBIN"),
    ("IDFC FIRST Bank", "IDFB"),
    ("Yes Bank", "YESB"),
    ("IndusInd Bank", "INDB"),
]
# small firms: a page's payer, and the payee of another page
FIRMS = [
    "Shree Ganesh Steel Traders",
    "Mehta Packaging Pvt. Ltd.",
    "Kaveri Agro Foods LLP",
    "Bharat Electricals & Co.",
    "Sunrise Polymers",
    "Navkar Textiles",
    "Apex Auto Components Pvt. Ltd.",
    "Om Sai Enterprises",
    "Vardhman Hardware Stores",
    "Patel Chemicals",
    "Sri Lakshmi Rice Mill",
    "Jain Pharma Distributors",
    "Annapurna Spices Pvt. Ltd.",
    "Konark Fabricators",
    "Delta Print Solutions",
    "Greenleaf Organics LLP",
    "Rathi Cables & Wires",
    "Pioneer Tools Corporation",
    "Moti Mahal Caterers",
    "Sahyadri Dairy Products",
    "Ambika Plastics",
    "Crystal Glass Works",
    "Zenith Software Services LLP",
    "Nilgiri Tea Traders",
]
CITIES = [
    ("Mumbai", "400001", "27"),
    ("Pune", "411001", "27"),
    ("Ahmedabad", "380009", "24"),
    ("Surat", "395003", "24"),
    ("Bengaluru", "560002", "29"),
    ("Chennai", "600001", "33"),
    ("Hyderabad", "500001", "36"),
    ("New Delhi", "110005", "07"),
    ("Ludhiana", "141001", "03"),
    ("Kolkata", "700001", "19"),
    ("Jaipur", "302001", "08"),
    ("Indore", "452001", "23"),
]


def firm_gstin(rng: random.Random, state: str) -> str:
    check = code(rng, 1, UPPER + "0123456789")
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{check}"


def pan(rng: random.Random) -> str:
    return (
        f"{code(rng, 3, UPPER)}{rng.choice('PCFH')}{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"
    )


def tan(rng: random.Random) -> str:
    return f"{code(rng, 4, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}"


def account(rng: random.Random) -> str:
    return digits(rng, rng.choice([11, 12, 14, 15]))


def masked_account(rng: random.Random) -> str:
    return rng.choice(["XXXXXXXX", "XXXXXXXXXX", "********"]) + digits(rng, 4)


def ifsc(rng: random.Random, prefix: str) -> str:
    return f"{prefix}0{digits(rng, 6)}"


def utr(rng: random.Random, mode: str, prefix: str, paid: dt.date) -> str:
    """An RTGS UTR (22 characters), a NEFT UTR (16) or an IMPS reference (12 digits)."""
    if mode == "RTGS":
        return f"{prefix}R{rng.choice('56')}{paid:%Y%m%d}{digits(rng, 8)}"
    if mode == "NEFT":
        return f"{prefix}N{paid:%y}{paid.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return str(rng.choice([4, 5, 6])) + digits(rng, 11)


def status_row(rng: random.Random, rows: list[tuple], words: str | None, labels: list[str]) -> None:
    """An outcome beside a status label, or on a line of its own."""
    if not words:
        return
    if rng.random() < 0.6:
        rows.append(("pair", rng.choice(labels), words))
    else:
        rows.append(("center", words))


def fy(date: dt.date) -> tuple[str, str]:
    """The financial year a day falls in and the assessment year after it, as 2025-26 and 2026-27."""
    start = date.year if date.month >= 4 else date.year - 1
    return f"{start}-{(start + 1) % 100:02d}", f"{start + 1}-{(start + 2) % 100:02d}"


def month_before(date: dt.date) -> dt.date:
    return (date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


# ---------------------------------------------------------------- 1 a corporate net banking payment advice

ADVICE_WORDS = {
    "success": ["Credited to beneficiary account", "Success", "Processed successfully", "Executed"],
    "failed": [
        "Rejected by beneficiary bank",
        "Returned by beneficiary bank",
        "Transaction failed",
        "Returned - beneficiary account closed",
    ],
    "pending": [
        "Pending for authorisation",
        "Awaiting bank confirmation",
        "In process",
        "Sent to RBI - awaiting credit confirmation",
    ],
}
PORTALS = {
    "HDFC Bank": "HDFC Bank ENet",
    "State Bank of India": "SBI yono BUSINESS (CINB)",
    "ICICI Bank": "ICICI Bank Corporate Internet Banking",
    "Axis Bank": "Axis Bank neo for Corporates",
    "Kotak Mahindra Bank": "Kotak Corporate Net Banking",
    "Bank of Baroda": "Baroda Connect - Corporate",
    "IDFC FIRST Bank": "IDFC FIRST Bank Corporate Banking",
    "Yes Bank": "YES CONNECT",
    "Punjab National Bank": "PNB Corporate Internet Banking",
    "Canara Bank": "Canara ai1 Corporate",
    "Union Bank of India": "Union Bank Corporate Net Banking",
    "IndusInd Bank": "IndusDirect",
}


@fitted
def vendor_advice(rng: random.Random, font: str):
    """A corporate net banking payment advice (a PDF): the bank and its portal on top, the report's Generated
    on day, the debit account and the remitting firm, the beneficiary's name, account, IFSC and bank, the
    transfer type (RTGS, NEFT or IMPS), the amount with its words, the bank's charges with their GST and a
    total debit on a share, the UTR once the payment left the bank, the bank's own transaction reference on a
    share, the firm's customer reference and the upload's batch id, the initiating maker's and the authorising
    checker's days, the value date, a remark naming the invoice paid with its day, and a status on most."""
    bank, prefix = rng.choice(BANKS)
    m = Cash(rng, font, marks=("₹", "INR", "INR", "Rs."))
    pat = pattern(rng)
    paid = day(rng)
    payer, payee = rng.sample(FIRMS, 2)
    mode = rng.choice(["RTGS", "RTGS", "NEFT", "NEFT", "IMPS"])
    amount = (
        float(rng.choice([200000, 245000, 318500, 512750, 1125000]))
        if mode == "RTGS"
        else round(rng.uniform(8000, 190000), rng.choice([0, 2]))
    )
    status, words = said(rng, ADVICE_WORDS, p_said=0.85, p_success=0.5, p_failed=0.25)
    left_bank = status != "pending" or "authorisation" not in (words or "")
    rows: list[tuple] = [("title", bank), ("center", PORTALS[bank])]
    rows.append(
        (
            "center",
            rng.choice(
                ["Payment Advice", "Transaction Advice", "Fund Transfer Advice", f"{mode} Payment Advice"]
            ),
        )
    )
    printed = after(paid, rng, 0, 9)
    rows.append(("small", f"Generated on {stamp(printed, pat)} {hour(rng, rng.random() < 0.5, True)}"))
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(["Debit Account No.", "Debit A/c", "From Account"]),
            rng.choice([account(rng), masked_account(rng)]),
        )
    )
    rows.append(("pair", rng.choice(["Debit Account Name", "Remitter Name", "Corporate Name"]), payer))
    rows.append(("rule",))
    label = rng.choice(["Beneficiary Name", "Beneficiary Name", "Payee Name", "Beneficiary"])
    rows.append(("pair", label, payee.upper() if rng.random() < 0.3 else payee))
    merchant = rows[-1][2]
    ben_bank, ben_prefix = rng.choice(BANKS)
    rows.append(
        (
            "pair",
            rng.choice(["Beneficiary Account No.", "Beneficiary A/c No.", "Credit Account"]),
            account(rng),
        )
    )
    rows.append(("pair", rng.choice(["IFSC Code", "Beneficiary IFSC", "IFSC"]), ifsc(rng, ben_prefix)))
    if rng.random() < 0.7:
        rows.append(("pair", "Beneficiary Bank", ben_bank))
    rows.append(("pair", rng.choice(["Transfer Type", "Payment Mode", "Product"]), mode))
    rows.append(("rule",))
    rows.append(
        ("pair", rng.choice(["Amount", "Transaction Amount", "Amount (INR)", "Payment Amount"]), m(amount))
    )
    if rng.random() < 0.5:
        rows.append(("left", f"({words_in_rupees(amount)})"))
    if rng.random() < 0.35 and mode != "IMPS":
        fee = float(rng.choice([25, 30, 45, 50])) if mode == "RTGS" else float(rng.choice([2.5, 5, 15, 25]))
        tax = round(fee * 0.18, 2)
        rows.append(("pair", "Charges", m.bare(fee)))
        rows.append(("pair", "GST on Charges @18%", m.bare(tax)))
        rows.append(("pair", "Total Debit Amount", m(round(amount + fee + tax, 2))))
    txn = None
    if left_bank and shown(rng, 0.12):
        txn = utr(rng, mode, prefix, paid)
        label = rng.choice(
            ["UTR No.", "UTR", "UTR Number"] if mode != "IMPS" else ["UTR", "IMPS Ref No.", "RRN"]
        )
        rows.append(("pair", label, txn))
    elif left_bank and rng.random() < 0.3:
        rows.append(("pair", "UTR No.", "-"))
    if rng.random() < 0.5:
        own = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 9)}", digits(rng, 10), f"TXN{digits(rng, 8)}"])
        rows.append(
            ("pair", rng.choice(["Transaction Reference No.", "Reference No.", "Bank Reference No."]), own)
        )
        txn = txn or own
    rows.append(
        (
            "pair",
            rng.choice(["Customer Reference No.", "Cust Ref No", "Your Reference"]),
            rng.choice([f"VP/{paid.year}/{digits(rng, 4)}", f"INV{digits(rng, 5)}", f"PAY{digits(rng, 6)}"]),
        )
    )
    rows.append(
        ("pair", rng.choice(["Batch ID", "Batch No.", "File Reference"]), digits(rng, rng.choice([7, 9])))
    )
    made = before(paid, rng, 0, 3)
    rows.append(
        (
            "pair",
            rng.choice(["Initiated on", "Created on", "Maker Date"]),
            f"{stamp(made, pat)} {hour(rng, False)}",
        )
    )
    if left_bank and rng.random() < 0.6:
        rows.append(("pair", rng.choice(["Authorised by", "Checker"]), rng.choice(PEOPLE)))
    dated = paid if shown(rng, 0.12) else None
    if dated:
        rows.append(
            (
                "pair",
                rng.choice(["Value Date", "Value Date", "Transaction Date", "Payment Date"]),
                stamp(paid, pat),
            )
        )
    status_row(rng, rows, words, ["Status", "Transaction Status", "Payment Status"])
    if status == "failed" and rng.random() < 0.6:
        rows.append(
            (
                "pair",
                "Return Reason",
                rng.choice(["Account closed", "Invalid account number", "Beneficiary name mismatch"]),
            )
        )
    invoice_day = before(paid, rng, 10, 60)
    rows.append(("pair", "Remarks", f"Against Inv {digits(rng, 4)} dt {stamp(invoice_day, '%d.%m.%y')}"))
    rows.append(("small", "This is a computer generated advice and does not require a signature."))
    style = dict(PDF) if rng.random() < 0.6 else dict(SHEET)
    return rows, done(merchant, amount, "INR", txn, dated, "netbanking", status), style


# ---------------------------------------------------------------- 2 a GST PMT-06 challan's payment receipt

GST_WORDS = {
    "success": ["Payment Successful", "Paid", "Transaction Successful"],
    "failed": ["Payment Failed", "Transaction failed", "Rejected by bank"],
    "pending": ["Awaiting bank confirmation", "Payment in process", "Pending with bank"],
}
GST_WAYS = [
    ("E-Payment (Net Banking)", "netbanking"),
    ("Net Banking", "netbanking"),
    ("NEFT/RTGS", "netbanking"),
    ("UPI", "UPI"),
    ("Credit Card", "card"),
    ("Debit Card", "card"),
    ("Over the Counter (Cash)", "cash"),
    ("Over the Counter (Cheque)", None),
]


@fitted
def gst_challan(rng: random.Random, font: str):
    """A GST challan (Form GST PMT-06) as the portal's payment receipt: Goods and Services Tax on top, the
    form's name, the CPIN with its generation and expiry days, the taxpayer's GSTIN, name, e-mail and mobile,
    the reason and the return period, the heads (CGST 0005, SGST 0006, IGST 0008, Cess 0009) with tax,
    interest and late fee, the total challan amount with its words, the mode of payment and the bank, the CIN,
    the BRN on a share, the day deposited and an outcome on most."""
    m = Cash(rng, font, marks=("₹", "Rs.", "Rs.", "INR"))
    pat = pattern(rng)
    city, _, state = rng.choice(CITIES)
    paid = day(rng)
    made = before(paid, rng, 1, 5)
    firm = rng.choice(FIRMS)
    way, method = rng.choice(GST_WAYS)
    status, words = said(rng, GST_WORDS, p_said=0.8, p_success=0.55, p_failed=0.2)
    taken = status in (None, "success")
    bank, prefix = rng.choice(BANKS)
    rows: list[tuple] = [
        ("title", "Goods and Services Tax"),
        ("center", "Form GST PMT-06"),
        (
            "center",
            rng.choice(
                ["Challan for deposit of Goods and Services Tax"]
                + ["Payment Receipt", "Challan Receipt"] * taken
            ),
        ),
        ("rule",),
    ]
    cpin = f"{made:%y%m}{state}{digits(rng, 8)}"
    rows.append(("pair", "CPIN", cpin))
    rows.append(
        (
            "pair",
            rng.choice(["Challan Generated on", "Date of Generation"]),
            f"{stamp(made, pat)} {hour(rng, False, True)}",
        )
    )
    rows.append(("pair", "Challan Expiry Date", stamp(made + dt.timedelta(days=15), pat)))
    rows.append(("left", "Details of Taxpayer"))
    rows.append(("pair", "GSTIN", firm_gstin(rng, state)))
    rows.append(("pair", rng.choice(["Name (Legal)", "Legal Name"]), firm.upper()))
    if rng.random() < 0.5:
        rows.append(("pair", "Mobile No.", mobile(rng, rng.random() < 0.5)))
    rows.append(("pair", "Address", f"{rng.randrange(2, 180)}, Main Road, {city}"))
    period = month_before(made)
    rows.append(
        (
            "pair",
            rng.choice(["Reason For Challan", "Reason"]),
            rng.choice(["Monthly Payment for Quarterly Return", "Any other payment", "GSTR-3B Payment"]),
        )
    )
    rows.append(("pair", rng.choice(["Return Period", "Tax Period"]), period.strftime("%B %Y")))
    rows.append(("rule",))
    rows.append(("left", "Details of Deposit (All Amount in Rs.)"))
    inter = rng.random() < 0.35
    heads = [("IGST (0008)", float(rng.randrange(4, 120) * 450))] if inter else []
    if not inter:
        half = float(rng.randrange(4, 120) * 225)
        heads += [("CGST (0005)", half), ("SGST (0006)", half)]
    if rng.random() < 0.15:
        heads.append(("CESS (0009)", float(rng.randrange(2, 40) * 100)))
    total = 0.0
    late = rng.random() < 0.3
    for head, tax in heads:
        interest = round(tax * rng.choice([0.006, 0.012, 0.018]), 0) if late else 0.0
        fee = float(rng.choice([25, 50])) if late and head.startswith(("CGST", "SGST")) else 0.0
        line = round(tax + interest + fee, 2)
        rows.append(("pair", head, m.bare(line)))
        rows.append(
            (
                "small",
                f"Tax {m.bare(tax)}   Interest {m.bare(interest)}   Penalty 0.00   "
                f"Fee {m.bare(fee)}   Others 0.00",
            )
        )
        total += line
    total = round(total, 2)
    rows.append(("pair", "Total Challan Amount", m(total)))
    rows.append(("pair", "Total Challan Amount (In Words)", words_in_rupees(total)))
    rows.append(("rule",))
    rows.append(("left", "Payment Details"))
    rows.append(("pair", "Mode of Payment", way))
    rows.append(("pair", "Bank Name", bank))
    txn = cpin
    if taken or rng.random() < 0.3:
        if taken and shown(rng, 0.15):
            cin = f"{prefix}{paid:%y%m%d}{digits(rng, 8)}"
            rows.append(("pair", "CIN", cin))
            txn = cin
        if rng.random() < 0.5:
            brn = rng.choice([digits(rng, 13), f"{code(rng, 4, UPPER)}{digits(rng, 10)}"])
            rows.append(("pair", rng.choice(["BRN", "Bank Reference Number (BRN)", "Bank Ref. No."]), brn))
            txn = brn
    dated = paid if shown(rng, 0.12) else None
    if dated:
        rows.append(
            (
                "pair",
                rng.choice(["Date of Deposit", "Payment Date", "Deposit Date"]),
                f"{stamp(paid, pat)} {hour(rng, False, True)}",
            )
        )
    status_row(rng, rows, words, ["Payment Status", "Status"])
    rows.append(("small", "Note: the challan is valid for 15 days from the date of generation."))
    style = dict(PDF) if rng.random() < 0.5 else screen(rng, PORTAL, rows, p_dark=0.0, p_band=0.6)
    return rows, done("Goods and Services Tax", total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 3 an income tax challan 280 / 281 receipt

TAX_WORDS = {
    "success": ["Payment Successful", "Tax paid successfully", "Paid"],
    "failed": ["Transaction failed", "Payment Failed - tax not paid", "Rejected by bank"],
    "pending": ["Awaiting bank confirmation", "Payment in process", "Pending with bank"],
}
MINOR = {
    "280": ["Advance Tax (100)", "Self-Assessment Tax (300)", "Tax on Regular Assessment (400)"],
    "281": ["TDS/TCS Payable by Taxpayer (200)", "TDS/TCS Regular Assessment (400)"],
}
TAX_WAYS = [
    ("Net Banking", "netbanking"),
    ("Internet Banking", "netbanking"),
    ("Debit Card", "card"),
    ("UPI", "UPI"),
    ("RTGS/NEFT", "netbanking"),
    ("Payment Gateway (Credit Card)", "card"),
]


@fitted
def income_tax_challan(rng: random.Random, font: str):
    """An income tax challan's receipt (ITNS 280 for advance or self-assessment tax, 281 for TDS) as the e-Pay
    Tax service prints it (CRN with its creation and validity days, the BSR code, the CIN and the bank's
    reference number, the payment realisation day) or as the taxpayer's counterfoil a bank's net banking or
    its counter prints (BSR code, challan serial number, the day of deposit or the tender day, the CIN on a
    share): the Income Tax Department on top, the PAN or TAN and name, the assessment and financial years, the
    major and minor heads, the nature of payment (194C, 194J …), tax, surcharge, cess, interest, penalty and a
    fee under 234E, the total with its words, the mode and the bank, and an outcome on a share."""
    m = Cash(rng, font, dash=0.3, marks=("₹", "Rs.", "Rs.", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    firm = rng.choice(FIRMS)
    form = rng.choice(["280", "281"])
    fin, assess = fy(paid)
    bank, prefix = rng.choice(BANKS)
    modern = rng.random() < 0.55
    counter = not modern and rng.random() < 0.35
    if counter:
        way, method = rng.choice([("Cash", "cash"), ("Cheque", None)])
    else:
        way, method = rng.choice(TAX_WAYS)
    status, words = said(rng, TAX_WORDS, p_said=0.6 if modern else 0.35, p_success=0.6, p_failed=0.2)
    taken = status in (None, "success")
    rows: list[tuple] = [("title", "Income Tax Department"), ("center", "Government of India")]
    rows.append(
        (
            "center",
            (
                rng.choice(["Challan Receipt", "e-Pay Tax - Payment Receipt"])
                if taken
                else "e-Pay Tax - Payment Status"
            )
            if modern
            else rng.choice(["Taxpayer's Counterfoil", "Challan No./ITNS " + form + " - Counterfoil"]),
        )
    )
    rows.append(("rule",))
    ident = pan(rng) if form == "280" else tan(rng)
    rows.append(("pair", "PAN" if form == "280" else "TAN", ident))
    rows.append(("pair", "Name", firm.upper()))
    rows.append(("pair", "Assessment Year", assess))
    rows.append(("pair", "Financial Year", fin))
    major = rng.choice(["Income Tax (Other than Companies) (0021)", "Corporation Tax (0020)"])
    rows.append(("pair", "Major Head", major))
    rows.append(("pair", "Minor Head", rng.choice(MINOR[form])))
    if form == "281":
        rows.append(("pair", "Nature of Payment", rng.choice(["194C", "194J", "192", "194I", "194Q"])))
    made = before(paid, rng, 0, 6)
    txn = None
    crn = None
    if modern:
        crn = digits(rng, 14)
        rows.append(("pair", rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn))
        rows.append(("pair", rng.choice(["CRN Created on", "Date of CRN Generation"]), stamp(made, pat)))
        rows.append(("pair", "CRN Valid till", stamp(made + dt.timedelta(days=15), pat)))
        txn = crn
    rows.append(("rule",))
    tax = float(rng.randrange(6, 400) * 250)
    parts = [("A  Tax", tax)]
    if form == "280" and rng.random() < 0.4:
        parts.append(("B  Surcharge", round(tax * 0.1, 0)))
    if form == "280":
        parts.append(("C  Cess", round(sum(v for _, v in parts) * 0.04, 0)))
    if rng.random() < 0.35:
        parts.append(("D  Interest", float(rng.randrange(2, 60) * 25)))
    parts.append(("E  Penalty", 0.0))
    if form == "281" and rng.random() < 0.3:
        parts.append(("F  Fee under section 234E", float(rng.randrange(2, 20) * 200)))
    for head, value in parts:
        rows.append(("pair", head, m.bare(value)))
    total = round(sum(v for _, v in parts), 2)
    rows.append(("pair", rng.choice(["Total (A+B+C+D+E+F)", "Total", "Amount"]), m(total)))
    rows.append(("pair", "Amount (in words)", words_in_rupees(total)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Mode of Payment", "Payment Mode"]), way))
    rows.append(("pair", rng.choice(["Bank Name", "Name of Bank"]), bank))
    bsr = digits(rng, 7)
    rows.append(("pair", "BSR Code", bsr))
    dated = None
    if taken or rng.random() < 0.3:
        serial = f"{rng.randrange(1, 99999):05d}"
        if taken and not modern:
            rows.append(("pair", rng.choice(["Challan Serial No.", "Challan No."]), serial))
            txn = serial
        if taken and shown(rng, 0.25 if modern else 0.6):
            cin = f"{bsr}{paid:%d%m%y}{serial}"
            rows.append(("pair", "CIN", cin))
            txn = cin
        if rng.random() < (0.5 if modern else 0.3):
            brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
            rows.append(("pair", rng.choice(["Bank Reference Number", "BRN", "Bank Ref. No."]), brn))
            txn = brn
    if shown(rng, 0.12):
        dated = paid
        label = (
            "Tender Date"
            if counter
            else rng.choice(["Payment Realisation Date", "Date of Deposit"])
            if modern
            else "Date of Deposit"
        )
        rows.append(("pair", label, stamp(paid, pat)))
    status_row(rng, rows, words, ["Payment Status", "Status"])
    if counter and method is None:
        rows.append(("small", "Subject to realisation of the cheque."))
    rows.append(("small", "Kindly quote the CIN in your return of income / TDS statement."))
    style = dict(FORM) if not modern and rng.random() < 0.6 else dict(SHEET)
    if modern and rng.random() < 0.5:
        style = dict(PDF)
    return rows, done("Income Tax Department", total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 4 an EPF ECR payment confirmation

EPF_WORDS = {
    "success": ["Payment Successful", "Payment Confirmed", "Paid"],
    "failed": ["Payment Failed", "Transaction failed - challan not paid", "Rejected by bank"],
    "pending": ["Payment in process", "Awaiting bank confirmation", "Pending at bank"],
}
EPF_OFFICES = [
    ("MH", "BAN", "Mumbai (Bandra)"),
    ("MH", "PUN", "Pune"),
    ("KN", "BNG", "Bengaluru"),
    ("TN", "MAS", "Chennai"),
    ("DL", "CPM", "Delhi (Central)"),
    ("GJ", "AHD", "Ahmedabad"),
    ("AP", "HYD", "Hyderabad"),
    ("WB", "CAL", "Kolkata"),
    ("PB", "LDH", "Ludhiana"),
]
EPF_WAYS = [
    ("Internet Banking", "netbanking"),
    ("Net Banking", "netbanking"),
    ("NEFT/RTGS", "netbanking"),
    ("Debit Card", "card"),
    ("UPI", "UPI"),
]


@fitted
def epf_ecr(rng: random.Random, font: str):
    """An EPF payment confirmation for an ECR (the EPFO unified portal's receipt): the organisation on top,
    the combined challan's heading, the TRRN, the establishment's code and name, the wage month, the challan's
    generation day and its due day, the challan type, the members counted, accounts 1, 2, 10, 21 and 22 with
    their sums, the total with its words, the bank, the way paid on a share, the CRN once the bank confirms,
    the day paid and an outcome on most."""
    m = Cash(rng, font, marks=("₹", "Rs.", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    firm = rng.choice(FIRMS)
    wage = month_before(paid)
    state, office, region = rng.choice(EPF_OFFICES)
    status, words = said(rng, EPF_WORDS, p_said=0.8, p_success=0.55, p_failed=0.2)
    taken = status in (None, "success")
    name = rng.choice(["Employees' Provident Fund Organisation", "EMPLOYEES' PROVIDENT FUND ORGANISATION"])
    rows: list[tuple] = [("title", name), ("center", "Ministry of Labour & Employment, Government of India")]
    rows.append(
        (
            "center",
            rng.choice(
                ["Payment Confirmation Receipt", "ECR Payment Receipt"]
                if taken
                else ["Challan Payment Status", "ECR Challan"]
            ),
        )
    )
    rows.append(("small", "Combined Challan of A/C No. 01, 02, 10, 21 & 22"))
    rows.append(("rule",))
    trrn = f"{rng.choice('1234')}{paid:%y%m}{digits(rng, 8)}"
    rows.append(("pair", rng.choice(["TRRN", "TRRN No.", "TRRN No"]), trrn))
    rows.append(
        (
            "pair",
            rng.choice(["Establishment ID", "Establishment Code"]),
            f"{state}{office}{digits(rng, 7)}000",
        )
    )
    rows.append(("pair", "Establishment Name", firm.upper()))
    rows.append(("pair", "Wage Month", wage.strftime(rng.choice(["%b-%Y", "%B %Y", "%m/%Y"])).upper()))
    made = before(paid, rng, 0, 8)
    rows.append(("pair", "Challan Generated On", f"{stamp(made, pat)} {hour(rng, False, True)}"))
    rows.append(("pair", "Due Date", stamp(dt.date(paid.year, paid.month, 15), pat)))
    rows.append(("pair", "Challan Type", rng.choice(["Main Challan", "Main Challan", "Arrear Challan"])))
    members = rng.randrange(4, 60)
    rows.append(("pair", "Total Members", str(members)))
    rows.append(("rule",))
    wages = members * rng.choice([15000, 12500, 18000])
    a1 = round(wages * 0.12 + wages * 0.0367, 0)
    a2 = max(round(wages * 0.005, 0), 500.0)
    a10 = round(wages * 0.0833, 0)
    a21 = round(wages * 0.005, 0)
    a22 = 0.0
    for head, value in [
        ("A/C No. 01 (EE + ER Share)", a1),
        ("A/C No. 02 (Admin Charges)", a2),
        ("A/C No. 10 (EPS)", a10),
        ("A/C No. 21 (EDLI)", a21),
        ("A/C No. 22", a22),
    ]:
        rows.append(("pair", head, m.bare(value)))
    total = round(a1 + a2 + a10 + a21 + a22, 2)
    rows.append(("pair", rng.choice(["Total Amount", "Grand Total", "Total Amount (Rs.)"]), m(total)))
    if rng.random() < 0.5:
        rows.append(("left", f"({words_in_rupees(total)})"))
    rows.append(("rule",))
    bank, _ = rng.choice(BANKS)
    rows.append(("pair", "Bank Name", bank))
    method = None
    if shown(rng, 0.3):
        way, method = rng.choice(EPF_WAYS)
        rows.append(("pair", rng.choice(["Payment Mode", "Mode of Payment"]), way))
    txn = trrn
    if taken and shown(rng, 0.2):
        txn = f"{rng.choice('12')}{paid:%y%m%d}{digits(rng, 7)}"
        rows.append(("pair", rng.choice(["CRN", "CRN No.", "Challan Reference Number"]), txn))
    dated = paid if shown(rng, 0.12) else None
    if dated:
        rows.append(
            (
                "pair",
                rng.choice(["Payment Date", "Date of Payment", "Payment Confirmation Date"]),
                f"{stamp(paid, pat)} {hour(rng, False, True)}",
            )
        )
    status_row(rng, rows, words, ["Payment Status", "Status", "Challan Status"])
    rows.append(
        ("small", f"Regional Office: {region}.  Damages u/s 14B are levied on dues paid after the due date.")
    )
    style = dict(PDF) if rng.random() < 0.5 else screen(rng, PORTAL, rows, p_dark=0.0, p_band=0.6)
    return rows, done(name, total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 5 an ESIC challan

ESIC_WORDS = {
    "success": ["Transaction Successful", "Payment Successful", "Challan paid"],
    "failed": ["Transaction Failed", "Payment Failed", "Transaction declined by bank"],
    "pending": ["Transaction Pending", "Awaiting bank confirmation", "In process"],
}
ESIC_WAYS = [
    ("SBI Internet Banking", "netbanking"),
    ("Other Banks (Net Banking)", "netbanking"),
    ("Net Banking", "netbanking"),
    ("Debit Card", "card"),
    ("UPI", "UPI"),
]


@fitted
def esic_challan(rng: random.Random, font: str):
    """An ESIC contribution challan's receipt: the corporation on top, the transaction's status, the
    employer's 17-digit code, the establishment's name and address, the challan period, the challan number,
    the IPs counted, the employees' and employer's shares, the amount paid, the way paid, the bank's
    transaction number once paid, the challan's created day and its due day, the transaction day, and an
    outcome on most."""
    m = Cash(rng, font, dash=0.3, marks=("₹", "Rs.", "Rs", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    firm = rng.choice(FIRMS)
    city, pin, _ = rng.choice(CITIES)
    status, words = said(rng, ESIC_WORDS, p_said=0.8, p_success=0.55, p_failed=0.2)
    taken = status in (None, "success")
    name = rng.choice(["Employees' State Insurance Corporation", "EMPLOYEES' STATE INSURANCE CORPORATION"])
    rows: list[tuple] = [
        ("title", name),
        ("center", "(Ministry of Labour & Employment, Government of India)"),
        ("center", rng.choice(["e-Challan", "Challan Details", "Contribution Challan"])),
    ]
    rows.append(("rule",))
    if words and rng.random() < 0.5:
        rows.append(("pair", "Transaction Status", words))
        words = None
    rows.append(
        (
            "pair",
            rng.choice(["Employer's Code No.", "Employer Code"]),
            f"{rng.choice('1235')}{digits(rng, 16)}",
        )
    )
    rows.append(("pair", rng.choice(["Name of Establishment", "Employer Name"]), firm.upper()))
    rows.append(("pair", "Address", f"{rng.randrange(2, 300)}, Industrial Area, {city} {pin}"))
    period = month_before(paid)
    rows.append(("pair", "Challan Period", period.strftime(rng.choice(["%b-%Y", "%B-%Y", "%m-%Y"]))))
    challan = digits(rng, 13)
    rows.append(("pair", rng.choice(["Challan Number", "Challan No."]), challan))
    ips = rng.randrange(3, 45)
    wages = ips * rng.choice([13500, 16000, 19500])
    ee = round(wages * 0.0075, 0)
    er = round(wages * 0.0325, 0)
    total = ee + er
    rows.append(("pair", "No. of IPs", str(ips)))
    rows.append(("pair", "Total Wages", m.bare(float(wages))))
    rows.append(("pair", "Employees' Share", m.bare(ee)))
    rows.append(("pair", "Employer's Share", m.bare(er)))
    rows.append(
        (
            "pair",
            rng.choice(["Amount Paid", "Total Amount", "Amount"] if taken else ["Total Amount", "Amount"]),
            m(total),
        )
    )
    method = None
    if shown(rng, 0.25):
        way, method = rng.choice(ESIC_WAYS)
        rows.append(("pair", rng.choice(["Paid through", "Payment Mode"]), way))
    txn = challan
    if taken and shown(rng, 0.2):
        txn = rng.choice(
            [
                f"{code(rng, 2, UPPER)}{code(rng, 8, UPPER + '0123456789')}",
                digits(rng, 12),
                f"ESI{digits(rng, 10)}",
            ]
        )
        if not any(ch.isdigit() for ch in txn):
            txn = txn[:-1] + "7"
        rows.append(("pair", rng.choice(["Transaction Number", "Transaction No.", "Transaction ID"]), txn))
    made = before(paid, rng, 0, 5)
    rows.append(("pair", "Challan Created Date", stamp(made, pat)))
    dated = paid if shown(rng, 0.12) else None
    if dated:
        rows.append(
            (
                "pair",
                rng.choice(["Transaction Date", "Date of Payment"]),
                f"{stamp(paid, pat)} {hour(rng, rng.random() < 0.5, True)}",
            )
        )
    due = dt.date(paid.year, paid.month, 15)
    rows.append(("pair", "Due Date", stamp(due, pat)))
    status_row(rng, rows, words, ["Status", "Payment Status"])
    rows.append(("small", "Interest @12% p.a. is payable on contributions paid after the due date."))
    style = dict(SHEET) if rng.random() < 0.5 else dict(FORM)
    return rows, done(name, total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 6 professional tax or a trade licence fee

PT_WORDS = {
    "success": ["Payment Successful", "Transaction Successful", "Paid"],
    "failed": ["Transaction Failed", "Payment Failed", "Rejected by bank"],
    "pending": ["Awaiting bank confirmation", "Payment pending", "In process"],
}
LICENCE_BODIES = [
    ("Bruhat Bengaluru Mahanagara Palike", "Health Department - Trade Licence", "Bengaluru"),
    ("Greater Hyderabad Municipal Corporation", "Trade Licence Section", "Hyderabad"),
    ("Pune Municipal Corporation", "Licence Department", "Pune"),
    ("Kolkata Municipal Corporation", "Licence Department (Trade)", "Kolkata"),
    ("Municipal Corporation of Delhi", "Public Health - General Trade Licence", "New Delhi"),
    ("Ahmedabad Municipal Corporation", "Estate & Town Planning - Licence", "Ahmedabad"),
]
FEE_WAYS = [
    ("Net Banking", "netbanking"),
    ("Internet Banking", "netbanking"),
    ("UPI", "UPI"),
    ("Debit Card", "card"),
    ("Credit Card", "card"),
    ("Cash", "cash"),
]


@fitted
def state_fee(rng: random.Random, font: str):
    """Professional tax paid through a state's e-challan (Maharashtra's GRAS for PTRC or PTEC, with the GRN,
    the department and office, the PTRC / PTEC number, the period, tax and interest, the bank's CIN and
    reference; Karnataka's and West Bengal's professional tax e-payment with an enrolment or registration
    number and a challan number) or a municipal corporation's trade licence fee receipt (the corporation on
    top, receipt and application numbers, the licence number, trade name, ward, the licence's validity,
    licence fee, solid waste cess and a penalty, the gateway's transaction id); the way paid, the day paid, an
    outcome on a share."""
    kind = rng.choice(["gras", "pt", "licence"])
    m = Cash(rng, font, dash=0.35, marks=("₹", "Rs.", "Rs", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    firm = rng.choice(FIRMS)
    fin, _ = fy(paid)
    status, words = said(rng, PT_WORDS, p_said=0.7, p_success=0.6, p_failed=0.2)
    taken = status in (None, "success")
    bank, prefix = rng.choice(BANKS)
    rows: list[tuple] = []
    method = None
    if kind == "gras":
        payee = rng.choice(
            ["Maharashtra Goods and Services Tax Department", "Sales Tax Department, Maharashtra"]
        )
        rows += [
            ("title", "Government of Maharashtra"),
            ("center", "GRAS - Government Receipt Accounting System"),
            ("center", "MTR Form Number-6"),
            ("rule",),
        ]
        grn = f"MH{digits(rng, 12)}{paid:%Y%m}"
        rows.append(("pair", "GRN", grn))
        rows.append(("pair", "Department", payee))
        scheme = rng.choice(["PTRC", "PTEC"])
        rows.append(
            ("pair", "Type of Payment", "PTRC - Employer" if scheme == "PTRC" else "PTEC - Enrolment")
        )
        rows.append(("pair", "Office Name", f"{rng.choice(['MUMBAI', 'PUNE', 'THANE', 'NAGPUR'])}_{scheme}"))
        rows.append(
            ("pair", rng.choice([f"{scheme} No.", f"TIN/{scheme}"]), f"{digits(rng, 11)}{scheme[-1]}")
        )
        rows.append(("pair", "Name", firm.upper()))
        start = dt.date(paid.year if paid.month >= 4 else paid.year - 1, 4, 1)
        rows.append(
            (
                "pair",
                "Period",
                f"From {stamp(start, '%d/%m/%Y')} To {stamp(dt.date(start.year + 1, 3, 31), '%d/%m/%Y')}",
            )
        )
        tax = float(rng.choice([2500, 2500, 5000, 7500, 12400, 19800]))
        heads = [("0028 Professional Tax", tax)]
        if rng.random() < 0.3:
            heads.append(("Interest", float(rng.randrange(2, 30) * 25)))
        for head, value in heads:
            rows.append(("pair", head, m.bare(value)))
        total = round(sum(v for _, v in heads), 2)
        rows.append(("pair", "Total", m(total)))
        rows.append(("pair", "Amount In Words", words_in_rupees(total)))
        rows.append(("rule",))
        rows.append(("left", "Payment Details"))
        rows.append(("pair", "Bank Name", bank))
        txn = grn
        if taken and shown(rng, 0.2):
            txn = f"{digits(rng, 7)}{paid:%Y%m%d}{digits(rng, 5)}"
            rows.append(("pair", rng.choice(["Bank CIN", "Bank CIN No."]), txn))
        if taken and rng.random() < 0.3:
            rows.append(("pair", "Bank Ref. No.", digits(rng, 10)))
            txn = rows[-1][2]
        merchant = payee
        date_labels = ["Bank Date", "Payment Date", "Date of Payment"]
    elif kind == "pt":
        state = rng.choice(["Karnataka", "West Bengal"])
        payee = (
            "Commercial Taxes Department, Karnataka"
            if state == "Karnataka"
            else "Directorate of Commercial Taxes, West Bengal"
        )
        rows += [
            ("title", payee),
            ("center", "Professional Tax e-Payment"),
            ("center", "Payment Acknowledgement"),
            ("rule",),
        ]
        rows.append(
            (
                "pair",
                rng.choice(["Enrolment No.", "Registration Certificate No."]),
                f"{digits(rng, rng.choice([9, 11]))}",
            )
        )
        rows.append(("pair", "Name of Employer", firm))
        rows.append(("pair", "Tax Period", rng.choice([fin, month_before(paid).strftime("%B %Y")])))
        challan = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        rows.append(("pair", rng.choice(["Challan No.", "Challan Number"]), challan))
        tax = float(rng.choice([2500, 4800, 6000, 9600, 14400]))
        rows.append(("pair", "Professional Tax", m.bare(tax)))
        late = rng.random() < 0.3
        total = tax
        if late:
            rows.append(("pair", "Penalty", m.bare(250.0)))
            total += 250.0
        rows.append(
            ("pair", rng.choice(["Total Amount", "Amount Paid"] if taken else ["Total Amount"]), m(total))
        )
        txn = challan
        if taken and shown(rng, 0.2):
            txn = rng.choice([digits(rng, 12), f"{prefix}{digits(rng, 10)}"])
            rows.append(("pair", rng.choice(["Bank Reference No.", "Bank Ref No", "Transaction ID"]), txn))
        merchant = payee
        date_labels = ["Payment Date", "Date of Payment", "Transaction Date"]
    else:
        body, section, city = rng.choice(LICENCE_BODIES)
        heading = (
            rng.choice(["Trade Licence Fee Receipt", "RECEIPT", "Payment Receipt"])
            if taken
            else rng.choice(["Trade Licence Fee Payment", "Payment Status"])
        )
        rows += [("title", body), ("center", section), ("center", heading), ("rule",)]
        receipt = rng.choice([f"TL/{fin}/{digits(rng, 6)}", digits(rng, 10), f"R{digits(rng, 9)}"])
        if taken:
            rows.append(("pair", rng.choice(["Receipt No.", "Receipt Number"]), receipt))
        rows.append(
            (
                "pair",
                rng.choice(["Application No.", "Application Number"]),
                f"{digits(rng, 4)}/{digits(rng, 6)}",
            )
        )
        rows.append(
            (
                "pair",
                rng.choice(["Trade Licence No.", "Licence No."]),
                f"{code(rng, 3, UPPER)}/{digits(rng, 7)}",
            )
        )
        rows.append(("pair", "Trade Name", firm))
        rows.append(("pair", "Ward", f"{rng.randrange(1, 198)} - {city}"))
        start = dt.date(paid.year if paid.month >= 4 else paid.year - 1, 4, 1)
        rows.append(
            (
                "pair",
                rng.choice(["Licence Valid upto", "Valid till"]),
                stamp(dt.date(start.year + 1, 3, 31), pat),
            )
        )
        fee = float(rng.choice([1500, 2400, 3850, 6000, 12500]))
        heads = [("Licence Fee", fee), ("Solid Waste Cess", float(rng.choice([300, 500, 600])))]
        if rng.random() < 0.35:
            heads.append(("Penalty (Late Renewal)", round(fee * 0.25, 0)))
        if rng.random() < 0.3:
            heads.append(("Convenience Fee", 15.0))
        for head, value in heads:
            rows.append(("pair", head, m.bare(value)))
        total = round(sum(v for _, v in heads), 2)
        rows.append(
            (
                "pair",
                rng.choice(
                    ["Total Amount Paid", "Total", "Amount Paid"] if taken else ["Total", "Total Amount"]
                ),
                m(total),
            )
        )
        if rng.random() < 0.5:
            rows.append(("left", f"({words_in_rupees(total)})"))
        txn = receipt if taken else None
        if shown(rng, 0.3):
            gate = rng.choice([f"PAY{digits(rng, 11)}", digits(rng, 12), f"{prefix}{digits(rng, 9)}"])
            rows.append(("pair", rng.choice(["Transaction ID", "Bank Ref. No.", "Gateway Ref. No."]), gate))
            txn = gate
        merchant = body
        date_labels = ["Payment Date", "Receipt Date", "Date"]
    if shown(rng, 0.2):
        way, method = rng.choice(FEE_WAYS if kind == "licence" else FEE_WAYS[:5])
        rows.append(("pair", rng.choice(["Payment Mode", "Mode of Payment"]), way))
    dated = paid if shown(rng, 0.12) else None
    if dated:
        rows.append(("pair", rng.choice(date_labels), stamp(paid, pat)))
    status_row(rng, rows, words, ["Status", "Payment Status", "Transaction Status"])
    rows.append(("small", "This is a system generated receipt."))
    style = dict(SHEET) if rng.random() < 0.5 else dict(FORM)
    return rows, done(merchant, total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 7 an ICEGATE customs duty e-payment

CUSTOMS = [
    ("INNSA1", "Commissioner of Customs (Import), JNCH Nhava Sheva"),
    ("INBOM4", "Commissioner of Customs (Import), Air Cargo Complex, Mumbai"),
    ("INMAA1", "Commissioner of Customs (Seaport-Import), Chennai"),
    ("INDEL4", "Commissioner of Customs (Import & General), New Delhi"),
    ("INMUN1", "Commissioner of Customs, Mundra"),
    ("INBLR4", "Commissioner of Customs, Bengaluru Air Cargo"),
    ("INCCU1", "Commissioner of Customs (Port), Kolkata"),
]
ICEGATE_WORDS = {
    "success": ["Payment Successful", "Transaction Successful", "Duty paid successfully"],
    "failed": ["Transaction failed", "Payment Failed", "Rejected by bank"],
    "pending": ["Awaiting bank confirmation", "Payment in process", "Pending with bank"],
}


@fitted
def icegate_duty(rng: random.Random, font: str):
    """ICEGATE's e-payment receipt for customs duty on an import: the portal on top, the importer's IEC and
    name, the customs station (the commissionerate paid) and its location code, the challan number, the bill
    of entry's number and day, the invoice value in a foreign currency and the assessable value, basic customs
    duty, the social welfare surcharge, IGST, interest on a share, the total duty, the bank and the way paid,
    ICEGATE's reference, the bank's transaction number on a share, the day paid and an outcome on most."""
    m = Cash(rng, font, marks=("₹", "INR", "Rs."))
    pat = pattern(rng)
    paid = day(rng)
    firm = rng.choice(FIRMS)
    port, body = rng.choice(CUSTOMS)
    status, words = said(rng, ICEGATE_WORDS, p_said=0.8, p_success=0.55, p_failed=0.2)
    taken = status in (None, "success")
    bank, prefix = rng.choice(BANKS)
    rows: list[tuple] = [
        ("title", "ICEGATE"),
        ("center", "Indian Customs Electronic Gateway"),
        (
            "center",
            rng.choice(
                ["e-Payment Receipt", "E-PAYMENT RECEIPT", "Payment Acknowledgement"]
                if taken
                else ["e-Payment Status", "Transaction Details"]
            ),
        ),
        ("rule",),
    ]
    rows.append(("pair", "IEC", code(rng, 10, UPPER + "0123456789")))
    rows.append(("pair", rng.choice(["Importer Name", "IEC Holder"]), firm.upper()))
    rows.append(("pair", rng.choice(["Customs Station", "Payee", "Paid to"]), body))
    rows.append(("pair", rng.choice(["Location Code", "Port Code"]), port))
    challan = digits(rng, rng.choice([7, 10]))
    rows.append(("pair", rng.choice(["Challan No.", "Challan Number"]), challan))
    be_day = before(paid, rng, 0, 6)
    rows.append(("pair", rng.choice(["BE No.", "Bill of Entry No.", "Document No."]), digits(rng, 7)))
    rows.append(("pair", rng.choice(["BE Date", "Bill of Entry Date", "Document Date"]), stamp(be_day, pat)))
    fx = rng.choice(["USD", "USD", "EUR", "CNY"])
    value = round(rng.uniform(1800, 48000), 2)
    rate = {"USD": 84.35, "EUR": 91.2, "CNY": 11.7}[fx]
    rows.append(("pair", "Invoice Value", f"{fx} {value:,.2f}"))
    assessable = round(value * rate * 1.01, 0)
    rows.append(("pair", "Assessable Value", m.bare(assessable)))
    rows.append(("rule",))
    bcd = round(assessable * rng.choice([0.075, 0.1, 0.15, 0.2]), 0)
    sws = round(bcd * 0.1, 0)
    igst = round((assessable + bcd + sws) * rng.choice([0.12, 0.18, 0.28]), 0)
    heads = [("Basic Customs Duty (BCD)", bcd), ("Social Welfare Surcharge (SWS)", sws), ("IGST", igst)]
    if rng.random() < 0.25:
        heads.append(("Interest", float(rng.randrange(4, 80) * 10)))
    for head, v in heads:
        rows.append(("pair", head, m.bare(v)))
    total = round(sum(v for _, v in heads), 2)
    rows.append(("pair", rng.choice(["Total Duty", "Total Amount", "Duty Amount"]), m(total)))
    rows.append(("rule",))
    rows.append(("pair", "Bank Name", bank))
    method = None
    if shown(rng, 0.25):
        way, method = rng.choice(
            [("Net Banking", "netbanking"), ("Internet Banking", "netbanking"), ("NEFT/RTGS", "netbanking")]
        )
        rows.append(("pair", rng.choice(["Payment Mode", "Mode of Payment"]), way))
    ice = f"{paid:%y%m%d}{digits(rng, 8)}"
    rows.append(("pair", rng.choice(["ICEGATE Ref. No.", "ICEGATE Reference No."]), ice))
    txn = ice
    if taken and rng.random() < 0.5:
        txn = rng.choice(
            [digits(rng, 12), f"{prefix}{digits(rng, 9)}", f"{code(rng, 3, UPPER)}{digits(rng, 10)}"]
        )
        rows.append(("pair", rng.choice(["Bank Transaction No.", "Bank Ref. No."]), txn))
    dated = paid if shown(rng, 0.12) else None
    if dated:
        rows.append(
            (
                "pair",
                rng.choice(["Payment Date", "Transaction Date", "Date of Payment"]),
                f"{stamp(paid, pat)} {hour(rng, False, True)}",
            )
        )
    status_row(rng, rows, words, ["Status", "Transaction Status", "Payment Status"])
    rows.append(
        ("small", "Interest is payable on duty not paid within one day of the return of the bill of entry.")
    )
    style = dict(PDF) if rng.random() < 0.5 else dict(SLIP, width=720)
    return rows, done(body, total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 8 a transport company's freight receipt

CARRIERS = [
    ("Shree Maruti Roadways", "Fleet Owners & Transport Contractors", "Ahmedabad"),
    ("VRL Logistics Ltd.", "Goods Transport Service", "Hubballi"),
    ("Om Logistics Ltd.", "Surface Express Cargo", "New Delhi"),
    ("Jai Bharat Transport Co.", "Daily Service to All India", "Ludhiana"),
    ("Sri Krishna Lorry Service", "Lorry Owners & Commission Agents", "Chennai"),
    ("Gati Roadlines", "Part & Full Truck Load", "Hyderabad"),
    ("New Rajasthan Golden Transport", "Transport Contractors", "Jaipur"),
    ("Patel Carrying Corporation", "Fleet Owners", "Surat"),
]
FREIGHT_WAYS = [
    ("Cash", "cash"),
    ("NEFT", "netbanking"),
    ("RTGS", "netbanking"),
    ("UPI", "UPI"),
    ("Cheque", None),
]
CITY_NAMES = [
    "Mumbai",
    "Pune",
    "Surat",
    "Bengaluru",
    "Chennai",
    "Hyderabad",
    "Delhi",
    "Ludhiana",
    "Kolkata",
    "Jaipur",
    "Indore",
    "Nagpur",
    "Vapi",
    "Rajkot",
]


@fitted
def freight_receipt(rng: random.Random, font: str):
    """A transport company's money receipt for freight: the carrier on top with its line of work, address and
    GSTIN, the receipt's own number and day, the firm that paid ("Received with thanks from M/s …"), the sum
    in words, the freight bill it pays with the bill's day, the lorry receipts (LR / GR number, LR day, from
    and to, vehicle, e-way bill number, weight, freight), hamali and door delivery, the bill's amount, TDS
    under 194C the firm kept back on a share, the sum received, the way paid (cash, a cheque with its number,
    NEFT or RTGS with its UTR, UPI with its reference), the note that GST is paid by the recipient under
    reverse charge, and the signatory."""
    name, line, city = rng.choice(CARRIERS)
    m = Cash(rng, font, dash=0.4, marks=("₹", "Rs.", "Rs.", "Rs"))
    pat = pattern(rng)
    paid = day(rng)
    firm = rng.choice(FIRMS)
    rows: list[tuple] = [
        ("title", name),
        ("center", line),
        ("center", f"Head Office: {city}"),
        ("center", f"GSTIN: {gstin(rng)}"),
        ("center", rng.choice(["MONEY RECEIPT", "FREIGHT RECEIPT"])),
        ("rule",),
    ]
    receipt = rng.choice([f"MR/{digits(rng, 4)}", digits(rng, 5), f"{code(rng, 3, UPPER)}-{digits(rng, 5)}"])
    rows.append(("pair", rng.choice(["M.R. No.", "Receipt No.", "MR No"]), receipt))
    dated = paid if shown(rng, 0.1) else None
    if dated:
        rows.append(("pair", "Date", stamp(paid, pat)))
    lrs = []
    bill_day = before(paid, rng, 5, 40)
    for _ in range(rng.choice([1, 1, 2, 3])):
        lr_day = before(bill_day, rng, 1, 12)
        src, dst = rng.sample(CITY_NAMES, 2)
        weight = rng.randrange(8, 160) * 100
        freight = float(round(weight * rng.uniform(1.8, 4.2), -1))
        lrs.append((f"{rng.choice(['LR', 'GR', ''])}{digits(rng, 5)}", lr_day, src, dst, weight, freight))
    hamali = float(rng.choice([0, 150, 300, 450]))
    door = float(rng.choice([0, 0, 250, 500]))
    bill = round(sum(lr[5] for lr in lrs) + hamali + door, 2)
    tds = round(bill * rng.choice([0.01, 0.02]), 0) if rng.random() < 0.35 else 0.0
    received = round(bill - tds, 2)
    rows.append(("left", f"Received with thanks from M/s {firm}"))
    rows.append(("left", f"the sum of {words_in_rupees(received)}"))
    rows.append(("left", f"against Freight Bill No. {digits(rng, 4)} dated {stamp(bill_day, pat)}"))
    rows.append(("rule",))
    for number, lr_day, src, dst, weight, freight in lrs:
        rows.append(
            (
                "pair",
                f"{rng.choice(['LR No.', 'G.R. No.', 'LR'])} {number}  dt {stamp(lr_day, '%d/%m/%y')}",
                m.bare(freight),
            )
        )
        rows.append(
            (
                "small",
                f"{src} to {dst}   Vehicle {indian_plate(rng)}   {weight} kg   E-way Bill {digits(rng, 12)}",
            )
        )
    if hamali:
        rows.append(("pair", "Hamali / Loading", m.bare(hamali)))
    if door:
        rows.append(("pair", "Door Delivery", m.bare(door)))
    rows.append(("pair", rng.choice(["Bill Amount", "Total Freight"]), m(bill)))
    if tds:
        rows.append(("pair", f"Less: TDS u/s 194C @ {round(tds / bill * 100)}%", m(tds)))
    rows.append(("pair", rng.choice(["Amount Received", "Received Amount", "Net Received"]), m(received)))
    way, method = rng.choice(FREIGHT_WAYS)
    txn = receipt
    if method is None:
        rows.append(
            (
                "left",
                f"By Cheque No. {digits(rng, 6)} dated {stamp(before(paid, rng, 0, 4), pat)} "
                f"drawn on {rng.choice(BANKS)[0]}",
            )
        )
    else:
        rows.append(("pair", rng.choice(["Mode", "Payment Mode", "By"]), way))
        if method == "netbanking" and rng.random() < 0.6:
            txn = utr(rng, way, rng.choice(BANKS)[1], paid)
            rows.append(("pair", rng.choice(["UTR No.", "UTR"]), txn))
        elif method == "UPI" and rng.random() < 0.6:
            txn = upi_ref(rng)
            rows.append(("pair", "UPI Ref No.", txn))
    rows.append(("small", "GST on GTA service payable by the recipient under reverse charge."))
    if method is None:
        rows.append(("small", "Cheque subject to realisation."))
    rows.append(("right", f"For {name}"))
    rows.append(("right", "Authorised Signatory"))
    style = dict(FORM) if rng.random() < 0.5 else dict(SHEET)
    return rows, done(name, received, "INR", txn, dated, method, "success"), style


# ---------------------------------------------------------------- 9 a wholesaler's cash or credit memo

WHOLESALERS = [
    (
        "Jagdish Kirana Wholesale",
        "Grain & Kirana Merchants",
        "Indore",
        [
            "Toor Dal 30 kg",
            "Sugar 50 kg",
            "Basmati Rice 25 kg",
            "Mustard Oil 15 L",
            "Chana Dal 30 kg",
            "Atta 50 kg",
        ],
    ),
    (
        "Sai Hardware & Sanitary Mart",
        "Wholesale Dealers",
        "Pune",
        [
            "PVC Pipe 4in",
            "Ball Valve 1in",
            "Cement 50 kg",
            "GI Elbow 1in",
            "Wall Putty 40 kg",
            "Binding Wire 25 kg",
        ],
    ),
    (
        "Mahalaxmi Stationers (Wholesale)",
        "Paper & Stationery",
        "Ahmedabad",
        [
            "A4 Paper 75 GSM (Box)",
            "Ball Pen (Pkt of 50)",
            "Register 200 pg",
            "Box File",
            "Stapler No. 10",
            "Toner Cartridge",
        ],
    ),
    (
        "New Punjab Cloth House",
        "Wholesale Cloth Merchants",
        "Ludhiana",
        ["Cotton Shirting (m)", "Poplin (m)", "Rayon Print (m)", "Suiting (m)", "Lining Cloth (m)"],
    ),
    (
        "Sri Venkateswara Electricals",
        "Wholesale Electrical Goods",
        "Hyderabad",
        ["LED Bulb 9W (Box)", "Wire 1.5 sq mm (coil)", "MCB 32A", "Switch Board 8M", "Ceiling Fan"],
    ),
    (
        "Kumar Plastic Traders",
        "Wholesale Packaging",
        "Surat",
        ["LD Bags 20x30 (kg)", "BOPP Tape (Box)", "Stretch Film Roll", "Corrugated Box 5 ply"],
    ),
]
MEMO_WAYS = [
    ("Cash", "cash"),
    ("Cash", "cash"),
    ("UPI", "UPI"),
    ("GPay", "UPI"),
    ("PhonePe", "UPI"),
    ("NEFT", "netbanking"),
    ("Cheque", None),
]


@fitted
def wholesale_memo(rng: random.Random, font: str):
    """A wholesaler's cash memo or credit memo (a dot-matrix sheet): the shop on top with its trade, town,
    GSTIN and phone, the memo's own number and day, the buying firm with its GSTIN, the lines (item, quantity,
    rate, amount), the GST, a round off, the bill's amount, the previous balance brought forward, the total
    due, the sum received now (all of it, a part, or more than this bill to clear the old balance), the
    balance carried forward, the way received (cash, UPI with its reference on a share, NEFT with its UTR, a
    cheque with its number), a PAID stamp or "Received with thanks" on a share, and terms."""
    name, trade, city, items = rng.choice(WHOLESALERS)
    m = Cash(rng, font, dash=0.45, marks=("₹", "Rs.", "Rs.", "Rs"))
    pat = pattern(rng)
    paid = day(rng)
    firm = rng.choice(FIRMS)
    credit = rng.random() < 0.5
    rows: list[tuple] = [
        ("title", name),
        ("center", f"{trade} - {city}"),
        ("center", f"GSTIN: {gstin(rng)}"),
        ("center", f"Ph: {mobile(rng)}"),
        ("center", "CREDIT MEMO" if credit else rng.choice(["CASH MEMO", "CASH / CREDIT MEMO"])),
        ("rule",),
    ]
    memo = rng.choice(
        [digits(rng, 4), f"{code(rng, 1, UPPER)}-{digits(rng, 4)}", f"{paid.year % 100}/{digits(rng, 4)}"]
    )
    rows.append(("pair", rng.choice(["Memo No.", "Bill No.", "Memo No"]), memo))
    dated = paid if shown(rng, 0.1) else None
    if dated:
        rows.append(("pair", "Date", stamp(paid, pat)))
    rows.append(("pair", "M/s", firm))
    if rng.random() < 0.5:
        rows.append(("pair", "Buyer GSTIN", gstin(rng)))
    rows.append(("rule",))
    sub = 0.0
    for item in rng.sample(items, rng.randint(2, min(5, len(items)))):
        qty = rng.randrange(1, 25)
        rate = float(rng.randrange(40, 2400))
        amount = round(qty * rate, 2)
        rows.append(("pair", f"{item}  {qty} x {m.bare(rate)}", m.bare(amount)))
        sub += amount
    sub = round(sub, 2)
    rows.append(("pair", "Sub Total", m.bare(sub)))
    gst = round(sub * rng.choice([0.05, 0.12, 0.18]), 2)
    rows.append(("pair", rng.choice(["GST", "CGST + SGST"]), m.bare(gst)))
    bill = round(sub + gst)
    off = round(bill - sub - gst, 2)
    if abs(off) > 0.001:
        rows.append(("pair", "Round Off", f"{off:+.2f}"))
    rows.append(("pair", rng.choice(["Bill Amount", "Net Amount", "Total"]), m(float(bill))))
    previous = float(rng.choice([0, rng.randrange(20, 900) * 50])) if credit or rng.random() < 0.4 else 0.0
    due = bill + previous
    if previous:
        rows.append(("pair", rng.choice(["Previous Balance", "Old Balance", "Last Bal."]), m.bare(previous)))
        rows.append(("pair", rng.choice(["Total Due", "Total Amount Due"]), m(due)))
    roll = rng.random()
    if credit and roll < 0.6:
        received = float(round(due * rng.choice([0.3, 0.4, 0.5, 0.6]), -2))
    elif previous and roll < 0.8:
        received = min(float(round(rng.uniform(bill, due), -2)), due) if due - bill > 200 else due
    else:
        received = due
    received = max(received, 100.0)
    got = rng.choice(["Received", "Amount Received", "Paid"] + ["Cash Received"] * (not credit))
    rows.append(("pair", got, m(received)))
    balance = round(due - received, 2)
    if balance > 0.001 or rng.random() < 0.5:
        rows.append(("pair", rng.choice(["Balance", "Closing Balance", "Bal. Due"]), m.bare(balance)))
    cash_label = got == "Cash Received"
    way, method = ("Cash", "cash") if cash_label else rng.choice(MEMO_WAYS)
    txn = memo
    if method is None:
        rows.append(("left", f"By Chq No. {digits(rng, 6)} ({rng.choice(BANKS)[0]})"))
    elif not cash_label:
        if shown(rng, 0.2):
            rows.append(("pair", rng.choice(["Mode", "Payment Mode", "Recd. by"]), way))
        else:
            method = None
        if method == "UPI" and rng.random() < 0.5:
            txn = upi_ref(rng)
            rows.append(("pair", "UPI Ref No.", txn))
        elif method == "netbanking" and rng.random() < 0.6:
            txn = utr(rng, "NEFT", rng.choice(BANKS)[1], paid)
            rows.append(("pair", "UTR", txn))
    status = None
    if balance <= 0.001 and rng.random() < 0.5:
        status = "success"
        rows.append(("center", rng.choice(["PAID", "Received with thanks", "** PAID **"])))
    rows.append(
        ("small", "Goods once sold will not be taken back. Interest @18% on bills unpaid after 30 days.")
    )
    rows.append(("right", f"For {name}"))
    return rows, done(name, received, "INR", txn, dated, method, status), dict(MEMO)


# ------------------------------------------------------------ 10 a B2B tax invoice with its payment ledger

LEDGER_WAYS = [
    ("NEFT", "netbanking"),
    ("RTGS", "netbanking"),
    ("IMPS", "netbanking"),
    ("UPI", "UPI"),
    ("Cheque", None),
    ("Cash", "cash"),
]
SERVICES = [
    "Annual Maintenance Contract",
    "CNC Machining Charges",
    "Powder Coating (Job Work)",
    "Corrugated Boxes 5 Ply",
    "HDPE Granules",
    "Software Development Services",
    "Printing of Catalogues",
    "Industrial Valves 2in",
    "Stainless Steel Sheets 304",
    "Security Services (Monthly)",
    "Laboratory Testing Charges",
    "Transport of Goods",
]


@fitted
def b2b_invoice(rng: random.Random, font: str):
    """A supplier firm's tax invoice marked with its payments: the seller on top with its address, GSTIN and
    PAN, the invoice's own number, day and due day, the buyer's PO number, Bill To / Ship To with the buyer's
    GSTIN, the lines with HSN / SAC, taxable value, CGST + SGST or IGST, the invoice total with its words, and
    a Payments / Payment History ledger of one or two payments (day, mode, reference, sum: an advance before
    the last), the amount paid and the balance due, a PAID stamp where nothing is left, a returned or waiting
    last payment on a share, the seller's bank details for payment (account, IFSC) and the signatory."""
    m = Cash(rng, font, marks=("₹", "₹", "Rs.", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    seller, buyer = rng.sample(FIRMS, 2)
    city, pin, state = rng.choice(CITIES)
    issued = before(paid, rng, 3, 45)
    rows: list[tuple] = [
        ("title", seller),
        ("center", f"{rng.randrange(3, 220)}, MIDC / GIDC Estate, {city} {pin}"),
        ("center", f"GSTIN: {firm_gstin(rng, state)}   PAN: {pan(rng)}"),
        ("center", rng.choice(["TAX INVOICE", "Tax Invoice", "INVOICE"])),
        ("rule",),
    ]
    inv = rng.choice(
        [f"INV/{fy(issued)[0]}/{digits(rng, 4)}", f"{code(rng, 2, UPPER)}-{digits(rng, 5)}", digits(rng, 6)]
    )
    rows.append(("pair", rng.choice(["Invoice No.", "Invoice Number", "Inv No"]), inv))
    rows.append(("pair", "Invoice Date", stamp(issued, pat)))
    rows.append(("pair", "Due Date", stamp(issued + dt.timedelta(days=rng.choice([15, 30, 45])), pat)))
    rows.append(("pair", "PO No.", f"PO/{digits(rng, 5)}"))
    rows.append(("pair", "Bill To", f"{buyer}, GSTIN {firm_gstin(rng, rng.choice(CITIES)[2])}"))
    rows.append(("rule",))
    taxable = 0.0
    for item in rng.sample(SERVICES, rng.randint(1, 3)):
        qty = rng.randrange(1, 40)
        rate = float(rng.randrange(120, 9000))
        line = round(qty * rate, 2)
        hsn = digits(rng, rng.choice([4, 6, 8]))
        rows.append(("pair", f"{item}  HSN {hsn}  {qty} x {m.bare(rate)}", m.bare(line)))
        taxable += line
    taxable = round(taxable, 2)
    rows.append(("pair", "Taxable Value", m.bare(taxable)))
    rate = rng.choice([0.12, 0.18])
    if rng.random() < 0.5:
        half = round(taxable * rate / 2, 2)
        rows.append(("pair", f"CGST @{int(rate * 50)}%", m.bare(half)))
        rows.append(("pair", f"SGST @{int(rate * 50)}%", m.bare(half)))
        total = round(taxable + 2 * half)
    else:
        tax = round(taxable * rate, 2)
        rows.append(("pair", f"IGST @{int(rate * 100)}%", m.bare(tax)))
        total = round(taxable + tax)
    total = float(total)
    rows.append(("pair", rng.choice(["Invoice Total", "Grand Total", "Total Invoice Value"]), m(total)))
    rows.append(("left", words_in_rupees(total)))
    rows.append(("rule",))
    rows.append(("left", rng.choice(["Payments Received", "Payment History", "Payment Details"])))
    outcome = rng.random()
    status = None
    advance = 0.0
    if rng.random() < 0.4:
        advance = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        earlier = before(paid, rng, 3, 20)
        if earlier < issued:
            earlier = issued
        mode = rng.choice(["NEFT", "RTGS", "IMPS"])
        rows.append(("pair", f"{stamp(earlier, pat)}  {mode} (Advance)", m.bare(advance)))
        rows.append(("small", f"Ref. {utr(rng, mode, rng.choice(BANKS)[1], earlier)}"))
    last = round(total - advance, 2)
    if rng.random() < 0.25:
        last = float(round(last * rng.choice([0.5, 0.6]), -2))
    way, method = rng.choice(LEDGER_WAYS)
    txn = inv
    tag = ""
    if outcome < 0.15 and method != "cash":
        status, tag = (
            "failed",
            (
                "Cheque returned"
                if method is None
                else "Payment failed"
                if method == "UPI"
                else rng.choice(["Returned", "Rejected by beneficiary bank"])
            ),
        )
    elif outcome < 0.3 and method != "cash":
        status, tag = (
            "pending",
            (
                "Under clearing"
                if method is None
                else rng.choice(["In process", "Awaiting bank confirmation"])
            ),
        )
    if method is None:
        rows.append(("pair", f"{stamp(paid, pat)}  Cheque No. {digits(rng, 6)}", m.bare(last)))
    else:
        rows.append(("pair", f"{stamp(paid, pat)}  {way}", m.bare(last)))
        if method != "cash" and rng.random() < 0.8:
            ref = upi_ref(rng) if method == "UPI" else utr(rng, way, rng.choice(BANKS)[1], paid)
            rows.append(("small", f"{'UPI Ref' if method == 'UPI' else 'UTR'} {ref}"))
            txn = ref
    if tag:
        rows.append(("small", f"Status: {tag}"))
    counted = advance + (last if status is None else 0.0)
    rows.append(("pair", rng.choice(["Amount Paid", "Total Paid"]), m.bare(counted)))
    rows.append(("pair", "Balance Due", m(round(total - counted, 2))))
    if status is None and abs(total - counted) < 0.001 and rng.random() < 0.7:
        status = "success"
        rows.append(("big", rng.choice(["PAID", "PAID IN FULL"])))
    elif status is None and rng.random() < 0.3:
        status = "success"
        rows.append(("center", "Payment received - thank you"))
    rows.append(("rule",))
    bank, prefix = rng.choice(BANKS)
    rows.append(("small", f"Bank: {bank}  A/c No. {account(rng)}  IFSC {ifsc(rng, prefix)}"))
    rows.append(("right", f"For {seller}"))
    style = dict(SHEET) if rng.random() < 0.5 else dict(PDF)
    return rows, done(seller, last, "INR", txn, paid, method, status), style


# ---------------------------------------------------------------- 11 a payment gateway's settlement or payout

GATEWAY_WORDS = {
    "razorpay": {
        "success": ["Processed", "Settled"],
        "failed": ["Failed"],
        "pending": ["Scheduled", "In process"],
    },
    "cashfree": {
        "success": ["SUCCESS", "Settled"],
        "failed": ["FAILED"],
        "pending": ["PENDING", "In process"],
    },
    "payu": {
        "success": ["Settled", "Paid out"],
        "failed": ["Failed - returned by bank"],
        "pending": ["In process", "Awaiting bank confirmation"],
    },
}


@fitted
def gateway_settlement(rng: random.Random, font: str):
    """A payment gateway's settlement page or payout report for the firm that sells through it (Razorpay's
    settlement details with its mixed-case setl_ id, Cashfree's settlement with a numeric id, PayU's payout
    with its merchant ID): the gateway on top, the firm's account and the account holder the money goes to
    (masked account, IFSC), the transactions' period and count, the gross collected, refunds, the gateway's
    fees and the GST on them, adjustments, the net settled, the UTR once settled, the way sent on a share, the
    day created and the day settled (or expected), and the settlement's status."""
    gateway = rng.choice(["razorpay", "cashfree", "payu"])
    m = Cash(rng, font, marks=("₹", "₹", "INR", "Rs."))
    pat = pattern(rng)
    paid = day(rng)
    firm = rng.choice(FIRMS)
    status, words = said(rng, GATEWAY_WORDS[gateway], p_said=0.9, p_success=0.6, p_failed=0.15)
    settled = status in (None, "success")
    title = {"razorpay": "Razorpay", "cashfree": "Cashfree Payments", "payu": "PayU"}[gateway]
    rows: list[tuple] = [("title", title)]
    rows.append(
        (
            "center",
            {"razorpay": "Settlement Details", "cashfree": "Settlement Summary", "payu": "Payout Report"}[
                gateway
            ],
        )
    )
    rows.append(("rule",))
    if gateway == "razorpay":
        own = "setl_" + code(rng, 14, MIXED)
        rows.append(("pair", "Settlement ID", own))
    elif gateway == "cashfree":
        own = digits(rng, 8)
        rows.append(("pair", rng.choice(["Settlement ID", "Settlement Id"]), own))
    else:
        rows.append(("pair", "Merchant ID", digits(rng, 7)))
        own = f"PO{digits(rng, 10)}"
        rows.append(("pair", rng.choice(["Payout ID", "Payout Reference"]), own))
    status_row(rng, rows, words, ["Status", "Settlement Status", "Payout Status"])
    period_end = before(paid, rng, 1, 3)
    period_start = before(period_end, rng, 0, 2)
    rows.append(
        (
            "pair",
            rng.choice(["Transactions from", "Transaction Period"]),
            f"{stamp(period_start, pat)} - {stamp(period_end, pat)}",
        )
    )
    count = rng.randrange(6, 420)
    gross = round(rng.uniform(6000, 650000), 2)
    refunds = round(gross * rng.choice([0, 0, 0.01, 0.03]), 2)
    fee = round(gross * rng.choice([0.018, 0.02, 0.0236]), 2)
    gst = round(fee * 0.18, 2)
    net = round(gross - refunds - fee - gst, 2)
    rows.append(("pair", "Payments", f"{count}  |  {m(gross)}"))
    if refunds:
        rows.append(("pair", "Refunds", m(refunds, "-")))
    rows.append(("pair", rng.choice(["Fees", "Gateway Fees", "TDR / MDR"]), m(fee, "-")))
    rows.append(("pair", "GST on fees (18%)", m(gst, "-")))
    rows.append(
        (
            "pair",
            rng.choice(["Amount Settled", "Net Settlement Amount", "Settlement Amount", "Net Payout"]),
            m(net),
        )
    )
    rows.append(("rule",))
    label = rng.choice(["Account Holder", "Beneficiary Name", "Settled to"])
    rows.append(("pair", label, firm))
    bank, prefix = rng.choice(BANKS)
    rows.append(("pair", "Bank Account", f"{bank} {masked_account(rng)}"))
    rows.append(("pair", "IFSC", ifsc(rng, prefix)))
    method = None
    if settled and shown(rng, 0.4):
        mode = rng.choice(["IMPS", "NEFT"])
        rows.append(("pair", rng.choice(["Settled via", "Transfer Mode", "Mode"]), mode))
        method = "netbanking"
    else:
        mode = rng.choice(["IMPS", "NEFT"])
    txn = own
    if settled and shown(rng, 0.15):
        txn = utr(rng, mode, prefix, paid)
        rows.append(("pair", rng.choice(["UTR", "UTR No.", "Bank Reference (UTR)"]), txn))
    created = before(paid, rng, 0, 1)
    rows.append(
        ("pair", rng.choice(["Created on", "Created At"]), f"{stamp(created, pat)} {hour(rng, True)}")
    )
    dated = None
    if status == "pending":
        rows.append(
            (
                "pair",
                rng.choice(["Expected by", "Expected Settlement Date"]),
                stamp(after(paid, rng, 1, 3), pat),
            )
        )
    elif shown(rng, 0.12):
        dated = paid
        label = rng.choice(
            ["Settled on", "Settlement Date", "Processed on"] if settled else ["Failed on", "Date"]
        )
        rows.append(("pair", label, f"{stamp(paid, pat)} {hour(rng, True)}"))
    if status == "failed":
        rows.append(
            ("small", "Reason: Beneficiary account invalid. Update your bank account to receive funds.")
        )
    rows.append(("small", f"Fees include GST. Download the report for the {count} payments."))
    style = screen(rng, DASH, rows, p_dark=0.15, p_band=0.4)
    return rows, done(firm, net, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 12 a cheque deposit or a DD counterfoil

DEPOSIT_WORDS = {
    "success": ["Credited", "Cheque realised - credited to account", "Realised"],
    "failed": ["Cheque returned unpaid - funds insufficient", "Returned - signature differs", "Rejected"],
    "pending": ["Sent for clearing", "Under clearing", "In process"],
}
DD_WORDS = {
    "success": ["DD issued", "Issued successfully"],
    "failed": ["Rejected"],
    "pending": ["In process"],
}
PAYEES = [
    "Municipal Commissioner, Pune Municipal Corporation",
    "The Registrar, Nagpur University",
    "Executive Engineer, MSEDCL",
    "Maharashtra Pollution Control Board",
    "Indian Railways (DRM Mumbai)",
    "Secretary, Karnataka State Pollution Control Board",
    "Chief Officer, Bhiwandi Nagar Parishad",
    "Sahyadri Dairy Products",
    "Konark Fabricators",
    "National Highways Authority of India",
]


@fitted
def bank_counterfoil(rng: random.Random, font: str):
    """A bank's counterfoil with the teller's stamp: a cheque deposit's pay-in slip (the bank and branch on
    top, the account credited and its holder, each cheque's number, its own date, the drawee bank and its MICR
    code, the total in figures and words, the journal or transaction number and the day deposited, and
    clearing's outcome on a share) or a demand draft's application counterfoil (in favour of, payable at, the
    DD's number and MICR, its sum, the commission and its GST and the total debited, the account debited, the
    day issued, the DD's validity, the journal number on a share)."""
    bank, prefix = rng.choice(BANKS)
    m = Cash(rng, font, dash=0.4, marks=("₹", "Rs.", "Rs.", "Rs"))
    pat = pattern(rng)
    paid = day(rng)
    firm = rng.choice(FIRMS)
    branch = rng.choice(CITIES)[0]
    rows: list[tuple] = [("title", bank), ("center", f"{branch} Branch  IFSC {ifsc(rng, prefix)}")]
    txn = None
    dated = None
    if rng.random() < 0.5:
        status, words = said(rng, DEPOSIT_WORDS, p_said=0.6, p_success=0.4, p_failed=0.3)
        rows.append(
            (
                "center",
                rng.choice(
                    [
                        "PAY-IN-SLIP (Counterfoil)",
                        "CHEQUE DEPOSIT SLIP - Counterfoil",
                        "Cheque Deposit Acknowledgement",
                    ]
                ),
            )
        )
        rows.append(("rule",))
        if shown(rng, 0.1):
            dated = paid
            rows.append(("pair", rng.choice(["Date", "Date of Deposit", "Deposit Date"]), stamp(paid, pat)))
        rows.append(("pair", rng.choice(["Credit A/c No.", "Account No.", "A/c No."]), account(rng)))
        rows.append(("pair", rng.choice(["Account Name", "Name of Account Holder", "Credit to"]), firm))
        merchant = firm
        total = 0.0
        for _ in range(rng.choice([1, 1, 2, 3])):
            amount = round(rng.uniform(4000, 260000), rng.choice([0, 2]))
            drawee, drawee_prefix = rng.choice(BANKS)
            cheque_day = before(paid, rng, 0, 20)
            rows.append(
                ("pair", f"Chq No. {digits(rng, 6)}  dt {stamp(cheque_day, '%d/%m/%y')}", m.bare(amount))
            )
            rows.append(("small", f"{drawee}   MICR {digits(rng, 9)}"))
            total += amount
        total = round(total, 2)
        rows.append(("pair", "Total", m(total)))
        rows.append(("left", f"({words_in_rupees(total)})"))
        if shown(rng, 0.3):
            txn = rng.choice(
                [digits(rng, 8), f"{code(rng, 1, UPPER)}{digits(rng, 7)}", f"CTS{digits(rng, 9)}"]
            )
            rows.append(("pair", rng.choice(["Journal No.", "Txn No.", "Acknowledgement No."]), txn))
        if words:
            rows.append(
                ("pair", rng.choice(["Status", "Clearing Status"]), words)
                if rng.random() < 0.5
                else ("center", words)
            )
        rows.append(("small", "Credit subject to realisation. Cheques presented in CTS clearing."))
    else:
        status, words = said(rng, DD_WORDS, p_said=0.35, p_success=0.8, p_failed=0.1)
        rows.append(
            (
                "center",
                rng.choice(
                    [
                        "DEMAND DRAFT - Counterfoil",
                        "Application for Demand Draft (Counterfoil)",
                        "DD Issue Advice",
                    ]
                ),
            )
        )
        rows.append(("rule",))
        if shown(rng, 0.1):
            dated = paid
            rows.append(("pair", rng.choice(["Date", "Date of Issue", "Issue Date"]), stamp(paid, pat)))
        merchant = rng.choice([p for p in PAYEES if p != firm])
        rows.append(("pair", rng.choice(["In favour of", "Favouring", "Payee"]), merchant))
        rows.append(("pair", "Payable at", rng.choice(CITIES)[0]))
        rows.append(("pair", "DD No.", digits(rng, 6)))
        rows.append(("pair", "MICR", digits(rng, 9)))
        total = float(rng.choice([5000, 10000, 25000, 50000, 118000])) + rng.choice([0, 0, 500, 1250])
        rows.append(("pair", rng.choice(["DD Amount", "Amount"]), m(total)))
        commission = max(round(total * 0.0025, 0), 50.0)
        tax = round(commission * 0.18, 2)
        rows.append(("pair", "Commission", m.bare(commission)))
        rows.append(("pair", "GST @18%", m.bare(tax)))
        rows.append(("pair", "Total Debited", m(round(total + commission + tax, 2))))
        rows.append(("pair", "Applicant", firm))
        rows.append(("pair", "Debit A/c No.", masked_account(rng)))
        if shown(rng, 0.35):
            txn = rng.choice([digits(rng, 8), f"{code(rng, 2, UPPER)}{digits(rng, 8)}"])
            rows.append(("pair", rng.choice(["Journal No.", "Txn No."]), txn))
        if words:
            rows.append(("center", words))
        rows.append(("small", f"Valid for three months, till {stamp(after(paid, rng, 89, 91), pat)}."))
    rows.append(("right", "Cashier / Teller"))
    style = dict(SLIP) if rng.random() < 0.6 else dict(FORM, width=640)
    return rows, done(merchant, total, "INR", txn, dated, None, status), style

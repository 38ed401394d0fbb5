"""The twelve heldout186 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a handloom weavers' co-operative society's day in 2026 (Tantuvaya Handloom Weavers'
Co-operative Society Ltd, its society office and sales depot at Chirala, Andhra Pradesh, and its emporium at Abids,
Hyderabad), told by the proofs of payment it receives and makes: retail and export-house buyers' remittance advices,
exhibition and online customers' UPI and payment links, the society's own cash memos and sale receipts, the yarn
depots' tax invoices with the payment block, net-banking payments to dyers, sizers and finishers, the weavers' wage
vouchers and payout pages, buyers abroad's inward wires, the exhibition organisers' stall rent receipts, the
statutory and scheme fee pages, the exhibition card slips, the society's electricity and broadband through Bharat
Connect and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, invoice lists, purchase orders, GRN and
debit notes, TDS, rebate, subsidy, thrift and GST lines, society registration, member, loom, stall, allotment,
passbook, lot, shipping bill, export invoice, job card and service connection numbers, GSTIN, IFSC, BIC, IBAN, MID,
TID, batch and the payer's own details carry no fact. ``Job``, ``date_row``, ``neft_ref``, ``letterhead`` and
``gst_lines`` are heldout167's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead, neft_ref

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"

COMPANY = "Tantuvaya Weavers' Co-op Society Ltd"
COMPANY_CAPS = "TANTUVAYA HANDLOOM WEAVERS' SOCIETY LTD"
SHORT = "Tantuvaya Handlooms"
# office, address, GST state code
UNITS = [
    ("Chirala sales depot", "Society Buildings, Vetapalem Road, Chirala - 523155, Andhra Pradesh", "37"),
    ("Abids emporium", "5-8-310, Chapel Road, Abids, Hyderabad - 500001, Telangana", "36"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "Union Bank of India",
    "Canara Bank",
    "State Bank of India",
    "Indian Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Bank of Baroda",
    "APCOB",
]
IFSC = {
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "State Bank of India": "SBIN",
    "Indian Bank": "IDIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Bank of Baroda": "BARB",
    "APCOB": "APBL",
    "Axis Bank": "UTIB",
}
REGD = "Regd. No. 214/ID/1961"


def society_name(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The society as the other party (Buyer / Exhibitor / Bill to / Applicant: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {SHORT}"]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS reference."""
    if j.no_day and way in ("NEFT", "RTGS"):
        return f"{IFSC.get(bank, 'SBIN')}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{IFSC.get(bank, 'SBIN')}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "IMPS":
        return j.ref
    return neft_ref(
        rng, j, bank if bank in IFSC and IFSC[bank] in ("HDFC", "ICIC", "SBIN", "UTIB") else "SBIN"
    )


# ---------------------------------------------------------------- 1. retail and export-house buyers' advices


BUYERS = [
    ("Kora Living Retail Pvt Ltd", "payables@koraliving.in"),
    ("Dhaaga Stores LLP", "accounts@dhaagastores.com"),
    ("Weavesmith Exports Pvt Ltd", "ap@weavesmith.co.in"),
    ("Banyan Home Furnishings Ltd", "vendorpay@banyanhome.in"),
    ("Sutradhar Ethnic Wear Pvt Ltd", "finance@sutradhar.in"),
    ("Indigo Lane Retail LLP", "ap@indigolane.store"),
]
FABRICS = [
    "Chirala cotton sarees",
    "Ikat dress material",
    "Handloom bedsheets",
    "Mangalagiri dupattas",
    "Kalamkari table linen",
    "Cotton towels (gamcha)",
]
BUYER_FRAMES = ["mail", "portal", "paper", "mail", "paper", "portal", "mail", "paper"]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A retail chain or export house paying the society for handloom lots: its remittance advice e-mail, printed
    REMITTANCE ADVICE / SUPPLIER PAYMENT ADVICE / CREDIT INTIMATION and its supplier portal page (the buyer on top,
    Supplier society / Credited in favour of / Payee / Beneficiary the society, Supplier No., PO No., the society's
    invoices with their sums (GST 5% inclusive), GRN No., Less: TDS u/s 194Q @ 0.1%, Less: Debit note for shade
    variation on some, Net amount credited / Amount remitted / Net payable released, Mode NEFT / RTGS, UTR / UTR Ref.
    / Bank UTR, Payment voucher No. / Clearing document, Settlement date / Value date / Credit date / Scheduled
    release / Returned on; Status: Settled / Payment status: Released / Payment on hold - pending GRN reconciliation
    / Returned by bank - account number invalid)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=30000, high=900000)
    buyer, mail = rng.choice(BUYERS)
    frame = BUYER_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            [
                "Remittance advice - handloom supplies",
                f"Payment to {SHORT}",
                "Your invoices have been settled",
            ],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        rng.choice(["Sourcing - Accounts Payable", "Finance - Vendor Payments", "Merchandising Accounts"]),
    )
    p.add("center", rng.choice(["REMITTANCE ADVICE", "SUPPLIER PAYMENT ADVICE", "Credit intimation"]))
    p.add("rule")
    p.part = "body"
    payee = society_name(rng)
    wrap_pair(
        p,
        rng.choice(["Supplier society", "Credited in favour of", "Payee", "Beneficiary"]),
        payee,
        merchant=payee,
    )
    p.pair(rng.choice(["Supplier No.", "Vendor code"]), f"{rng.choice(['S', 'HL', '70'])}{digits(rng, 5)}")
    p.pair("PO No.", f"PO/{rng.randrange(2500, 9999)}/{rng.choice(['HL', 'EX', 'RT'])}")
    bills = [
        (f"TWS/26-27/{rng.randrange(10, 999):03d}", rupees(rng, 20000, 400000, 0.5))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Invoices settled", "Against your invoices", "Bills cleared"]))
    for no, v in bills:
        p.pair(f"{no} ({rng.choice(FABRICS)})", rs(v))
    p.pair("GRN No.", f"GRN{digits(rng, 7)}")
    gross = sum(v for _, v in bills)
    cut = round(gross / 1.05 * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(cut))
    note = float(rng.randrange(8, 60) * 100) if rng.random() < 0.4 else 0.0
    if note:
        p.pair(f"Less: Debit note DN-{rng.randrange(10, 99)} (shade variation)", rs(note))
    j.amount = round(gross - cut - note, 2)
    p.pair(
        rng.choice(["Net amount credited", "Amount remitted", "Net payable released"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR Ref.", "Bank UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['19', '25', 'PV'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment voucher No.", "Clearing document"]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Settled", "Payment status: Released"],
            "pending": ["Payment on hold - pending GRN reconciliation"],
            "failed": ["Returned by bank - account number invalid"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Settlement date", "Value date", "Credit date"],
            "pending": ["Scheduled release"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "This is a computer generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 2. exhibition and online customers' UPI


CUSTOMER_APPS = ["PhonePe", "Google Pay", "Razorpay", "Paytm", "BHIM", "CRED", "PayU", "Amazon Pay"]
CUSTOMERS = [
    "Lakshmi Prasanna",
    "Meenakshi Sundaram",
    "Ritu Agarwal",
    "Sravani Koneru",
    "Farhana Begum",
    "Deepa Raghunathan",
    "Anusha Reddy",
    "Kalpana Iyer",
]
CUSTOMER_NOTES = [
    "Chirala cotton saree x2",
    "Ikat dupatta",
    "Stall 42 - Handloom Expo",
    "Mangalagiri dress material",
    "Kuppadam silk saree",
    "Bedsheet set - double",
]


def customer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Exhibition and online customers paying the society: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM,
    CRED, Amazon Pay: the society under Paid to / To / Sent to / Paying to, its UPI ID, the sum large, UPI
    transaction ID / UPI Ref No. / UTR, the app's own Transaction ID on some, From / Debited from the customer's
    bank, Date & time / Paid on / Completed) and the society's payment pages (Razorpay, PayU: the society on top,
    Paid by / Customer, Payment ID pay_... / PayU ID, Bank RRN / UPI RRN or Auth code for a card, Paid on / Date)."""
    k = place("customer_upi")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=450, high=38000, p_round=0.8)
    app = CUSTOMER_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "PayU"):
        to = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
        url = (
            f"pages.razorpay.com/tantuvaya-{code(rng, 5, ALNUM.lower())}"
            if app == "Razorpay"
            else f"u.payu.in/{code(rng, 8, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Pure handloom from Chirala since 1961", "Online handloom sales"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Thank you! Your order is confirmed"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending - do not retry"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), CUSTOMERS[k])
        wrap_pair(p, "Order", rng.choice(CUSTOMER_NOTES))
        way = "UPI" if rng.random() < 0.55 else "card"
        p.pair(
            "Payment method",
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, ALNUM + 'abcdefghjk')}" if app == "Razorpay" else digits(rng, 11)
            p.pair("Payment ID" if app == "Razorpay" else "PayU ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by PayU")
        return p.done()
    to = rng.choice([COMPANY, SHORT])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid", "Money sent"],
            "failed": ["Payment Failed", "Payment declined by bank"],
            "pending": ["Payment Pending", "Awaiting confirmation from bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: tantuvaya{rng.choice(['handlooms', '.chirala', 'soc'])}@{rng.choice(['unionbank', 'cnrb', 'sbi'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), rng.choice(CUSTOMER_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Amazon Pay") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Amazon Pay": f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the society's own cash memos and sale receipts


PATRONS = [
    "Smt. Padmavathi Rao",
    "Sri K. Venkata Ramana",
    "Hotel Sitara Grand (Purchase)",
    "Dr. Aruna Kumari",
    "Bapatla Govt. Degree College",
    "Smt. Sujatha Menon",
    "M/s Vastra Boutique",
    "Sri P. Mohan Krishna",
]
SAREES = [
    ("Chirala cotton saree 6.2 m", 1150.0, 2400.0),
    ("Pochampally ikat saree", 3800.0, 7900.0),
    ("Kuppadam silk border saree", 5200.0, 11800.0),
    ("Mangalagiri dress material 3 pc", 980.0, 1650.0),
    ("Handloom lungi 2 m", 340.0, 560.0),
    ("Cotton bedsheet double 90x108", 890.0, 1450.0),
    ("Ikat cushion cover set", 620.0, 980.0),
]


def sale_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's own CASH MEMO / SALE RECEIPT / MONEY RECEIPT at its depot or emporium (paper, the society on top
    with its Regd. No. and GSTIN; Memo No. / Bill No. / Receipt No., Date / Memo date / Dated, Customer / Received
    from, the pieces with their MRP, Total MRP, Less: Special rebate @ 20% (State handloom scheme) on some, Net sale
    value, Cash received / Received by UPI / Cheque received / Amount received, or Advance received against an order
    with Order value and Balance on delivery; Cheque No. and bank, UPI Ref No., UTR; RECEIVED WITH THANKS / PAID /
    CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE RETURNED - EXCEEDS ARRANGEMENT, the rubber stamp) and its sales
    desk's receipt e-mail."""
    k = place("sale_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    unit = UNITS[j.unit]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR", ""))
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    if k in (2, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Sales <sales@tantuvaya.coop>",
            ["Your purchase receipt", "Receipt for your payment - thank you"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}  |  Sales desk")
        p.add("center", "Sale receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Producers of pure handloom cotton and silk",
            unit[1],
            unit[2],
            ["CASH MEMO", "SALE RECEIPT", "MONEY RECEIPT"],
        )
        p.add("small", REGD)
    if not j.no_ref:
        rno = f"{rng.choice(['CM', 'TH', 'SR'])}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Memo No.", "Bill No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Memo date", "Dated"], PATS_IN)
    wrap_pair(p, rng.choice(["Customer", "Received from"]), PATRONS[k])
    mrp = 0.0
    for item, lo, hi in rng.sample(SAREES, rng.randrange(1, 4)):
        qty = rng.randrange(1, 4)
        rate = float(round(rng.uniform(lo, hi) / 10) * 10)
        mrp += qty * rate
        p.pair(f"{item} x{qty}", rs(qty * rate))
    p.pair("Total MRP", rs(mrp))
    net = mrp
    if rng.random() < 0.6:
        reb = round(mrp * 0.20, 2)
        p.pair("Less: Special rebate @ 20%", rs(reb))
        p.add("small", "(State handloom rebate scheme)")
        net = round(mrp - reb, 2)
    p.pair("Net sale value", rs(net))
    way = "cheque" if status != "success" else ["cash", "UPI", "UPI", "-", "NEFT", "cash", "-", "UPI"][k]
    advance = k in (0, 7) and status == "success"
    j.amount = float(round(net * rng.choice([0.25, 0.3, 0.5]) / 100) * 100) if advance else net
    if advance:
        p.pair("Advance received", rs(j.amount), amount=j.amount)
        p.pair("Balance on delivery", rs(net - j.amount))
    else:
        lab = {
            "cash": "Cash received",
            "UPI": "Received by UPI",
            "cheque": "Cheque received",
            "NEFT": "Amount received",
        }[way]
        p.pair(lab if status != "failed" else "Cheque amount", rs(j.amount), amount=j.amount)
    p.pair(
        rng.choice(["Mode", "Paid by"]),
        {"cash": "Cash", "UPI": "UPI", "cheque": "Cheque", "NEFT": "NEFT"}[way],
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = neft_ref(rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India"]))
        p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAID"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - EXCEEDS ARRANGEMENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if k not in (2, 5):
        right(p, "For the Society, Salesman")
        p.add("gap")
        seal(p, SHORT.upper(), unit[0].split()[0].upper(), None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. yarn depots' tax invoices with the payment block


DEPOTS = [
    (
        "Sri Venkateswara Yarn Depot",
        "Cotton hank yarn | Dyed yarn | Yarn Supply Scheme",
        "Gandhi Road, Chirala - 523155, Andhra Pradesh",
        "37",
    ),
    (
        "Dharmavaram Silk Reelers Co-op Society",
        "Mulberry raw silk | Twisted silk",
        "Dharmavaram - 515671, Andhra Pradesh",
        "37",
    ),
    (
        "Surat Zari Kasab Works",
        "Tested zari | Half-fine zari | Imitation zari",
        "Ring Road, Surat - 395002",
        "24",
    ),
    ("Kongu Hank Yarn Mills", "Cotton hank yarn 40s to 120s", "Avinashi Road, Tiruppur - 641603", "33"),
]
YARNS = [
    ("Cotton hank yarn 80s (bundle)", 2350.0, 2900.0),
    ("Cotton hank yarn 60s combed (bundle)", 1980.0, 2450.0),
    ("Dyed cotton yarn 2/80s (kg)", 610.0, 780.0),
    ("Mulberry silk 20/22 den (kg)", 5600.0, 6900.0),
    ("Twisted silk warp (kg)", 6200.0, 7400.0),
    ("Tested zari half-fine (marc)", 980.0, 1450.0),
    ("Imitation zari (reel)", 210.0, 340.0),
    ("Cotton hank yarn 100s (bundle)", 2900.0, 3600.0),
]
DEPOT_GOODS = {
    "Sri Venkateswara Yarn Depot": [0, 1, 2],
    "Dharmavaram Silk Reelers Co-op Society": [3, 4],
    "Surat Zari Kasab Works": [5, 6],
    "Kongu Hank Yarn Mills": [0, 1, 7],
}
DEPOT_WAYS = ["NEFT", "UPI", "RTGS", "-", "IMPS", "cheque", "NEFT", "-"]


def yarn_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A yarn depot's, silk reelers' or zari works' TAX INVOICE / INVOICE CUM RECEIPT for the society (the depot on
    top, its line, address and GSTIN; Invoice No. / Inv. No. / Bill No., Invoice date / Date / Dated, Buyer / Bill to
    / Consignee M/s the society, Yarn passbook No., Lot No., the yarns with HSN and Qty x rate, Gross value, Less: 15%
    price subsidy (YSS) on hank yarn, Taxable value, CGST and SGST or IGST @ 5%, Round off, Invoice total, Less:
    Advance received and Balance received on some, then the payment block: Amount received / Payment received / Paid
    by society with its UTR, IMPS Ref No. or UPI Ref No., or Cheque received with Cheque No.; PAID IN FULL / PAID /
    RECEIVED WITH THANKS / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE / CHEQUE RETURNED - DRAWER'S SIGNATURE DIFFERS, in
    the depot's rubber stamp too)."""
    k = place("yarn_invoices")
    status = outcome(k, failed=(7,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    depot, line, addr, state = rng.choice(DEPOTS)
    name = depot.upper() if rng.random() < 0.3 else depot
    p = paper_page(rng, font, [700, 740, 780])
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "INVOICE CUM RECEIPT", "TAX INVOICE - ORIGINAL"])
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in depot.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date", "Dated"], PATS_IN)
    ours_to(p, ["Buyer", "Bill to", "Consignee"])
    hank = "hank" in line.lower() or "Supply" in line
    if hank:
        p.pair("Yarn passbook No.", f"YSS/AP/{digits(rng, 6)}")
    p.pair("Lot No.", f"L-{rng.randrange(100, 999)}")
    gross = 0.0
    for yarn, lo, hi in rng.sample([YARNS[i] for i in DEPOT_GOODS[depot]], rng.randrange(1, 3)):
        qty = rng.randrange(2, 30)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        gross += value
        p.add("left", f"{yarn}  HSN {'5205' if 'otton' in yarn else '5004' if 'silk' in yarn else '5605'}")
        p.pair(f"  {qty:,} x {rate:.2f}", rs(value))
    taxable = gross
    if hank and rng.random() < 0.7:
        p.pair("Gross value", rs(gross))
        sub = round(gross * 0.15, 2)
        p.pair("Less: 15% price subsidy (YSS)", rs(sub))
        taxable = round(gross - sub, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 5, state != UNITS[0][2])
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = DEPOT_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = rng.choice(["NEFT", "RTGS"])
    if way == "UPI" and total > 100000:
        way = "IMPS"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "UPI") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance received", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            "Cheque received" if status != "failed" else "Cheque amount",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        lab = (
            "Balance received"
            if adv
            else rng.choice(["Amount received", "Payment received", "Paid by society"])
        )
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "IMPS":
                p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID IN FULL", "PAID", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - DRAWER'S SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}" if len(name) < 30 else "Authorised signatory")
    p.add("gap")
    seal(p, " ".join(depot.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. net-banking payments to dyers and finishers


PORTALS = [
    ("Union Bank of India", "corporate.unionbankonline.co.in", "Union Bank Corporate Online"),
    ("Canara Bank", "cbs.canarabank.bank.in", "Canara Bank Corporate Net Banking"),
    ("State Bank of India", "corp.onlinesbi.sbi", "OnlineSBI Corporate"),
    ("Indian Bank", "corp.indianbank.net.in", "Indian Bank IB Corporate"),
    ("APCOB", "cib.apcob.org", "APCOB Corporate Net Banking"),
    ("Bank of Baroda", "bobworld.bankofbaroda.in", "bob World Business"),
]
DYERS = [
    "Sri Sai Ram Yarn Dyeing Works",
    "MOHAMMED ISMAIL VAT DYERS",
    "Padmasali Warp Sizing Unit",
    "K. Narasimha Ikat Tie & Dye",
    "Jacquard Card Punching Centre",
    "RAMANA CALENDERING & FINISHING",
    "Chirala Bleaching Works",
    "NAGESWARA TEXTILE DESIGNS",
]


def dyer_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its dyers, sizers, tie-and-dye masters, card punchers and finishers for job work from
    corporate net banking: the bank's transaction page (Union Bank, Canara Bank, OnlineSBI Corporate, Indian Bank,
    APCOB, bob World Business: the portal on top, Beneficiary name / Payee name / Credit party / Counterparty the job
    worker, Beneficiary A/c and IFSC, Debit account the society, Amount / Transfer amount / Txn amount, Charges,
    Payment type NEFT / RTGS / IMPS, UTR / IMPS Ref No. / RRN, Transaction ref No. / Bank reference / Host ref No.,
    Job card No., Remarks, Maker / Authoriser, Transaction date / Value date / Initiated on / Failed on; Transaction
    successful / Status: Completed / Pending at beneficiary bank - credit awaited / Failed - beneficiary account
    dormant) and the bank's beneficiary credit advice e-mail."""
    k = place("dyer_transfers")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=6000, high=650000)
    bank, host, brand = PORTALS[k % len(PORTALS)]
    to = DYERS[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "INR", "Rs.", ""))
    way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    if k in (0, 4):
        p = mail_page(
            rng,
            font,
            f"{bank} <cib.alerts@{host.split('.', 1)[1]}>",
            ["Beneficiary credit advice", "Funds transfer confirmation - job work payment"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", "Beneficiary Credit Advice")
    else:
        p = browser_page(rng, font, f"{host}/fundtransfer/view/{digits(rng, 9)}")
        p.part = "head"
        top(p, brand)
        p.add("center", rng.choice(["Transaction status", "Fund transfer - details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Completed"],
            "pending": ["Pending at beneficiary bank - credit awaited"],
            "failed": ["Failed - beneficiary account dormant"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Payee name", "Credit party", "Counterparty"]), to, merchant=to
    )
    tb = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[tb]}0{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Debit account", "From account"]), f"TANTUVAYA SOC - XXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount", "Transfer amount", "Txn amount"]), rs(j.amount), amount=j.amount)
    p.pair("Charges (incl. GST)", rs(rng.choice([2.95, 5.9, 17.7, 29.5])))
    p.pair("Payment type", way, method="netbanking")
    if not j.no_ref:
        ref = bank_ref(rng, j, bank, way)
        if status != "failed" or way == "IMPS":
            p.pair(
                {"IMPS": rng.choice(["IMPS Ref No.", "RRN"]), "NEFT": "UTR", "RTGS": "UTR No."}[way],
                ref,
                txn=(UTR_RANK, ref),
            )
        tref = f"{rng.choice(['FT', 'CIB', 'TRF'])}{digits(rng, 10)}"
        p.pair(
            rng.choice(["Transaction ref No.", "Bank reference", "Host ref No."]), tref, txn=(BANK_RANK, tref)
        )
    p.pair("Job card No.", f"JC/{rng.randrange(100, 999)}/{rng.randrange(1, 40)}")
    wrap_pair(
        p,
        "Remarks",
        rng.choice(
            [
                f"Dyeing {rng.randrange(40, 400)} kg lot {rng.randrange(10, 99)}",
                "Warp sizing - 24 beams",
                "Ikat tie and dye - 30 sarees",
                "Calendering 1,200 m",
            ]
        ),
    )
    p.pair("Maker / Authoriser", rng.choice(["ACCTS.CLERK / SECRETARY", "PRAO / MD.TWCS"]))
    date_row(
        p,
        j,
        {"success": ["Transaction date", "Value date"], "pending": ["Initiated on"], "failed": ["Failed on"]}[
            status
        ],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Never share your OTP, password or token code with anyone.")
    return p.done()


# ---------------------------------------------------------------- 6. weavers' wage vouchers and payouts


WEAVERS = [
    "Pasupuleti Nagamani",
    "Gunturu Ramaiah",
    "Chilakala Subba Rao",
    "Shaik Jaleel",
    "Devanga Lakshmamma",
    "Bodduluri Srinivasa Rao",
    "Kota Venkayamma",
    "Nalam Anjaneyulu",
]
PIECES = [
    ("Chirala cotton saree", 620.0, 980.0),
    ("Ikat dupatta", 340.0, 520.0),
    ("Silk border saree", 1450.0, 2200.0),
    ("Bedsheet (double)", 280.0, 420.0),
    ("Dress material (3 pc)", 390.0, 560.0),
]


def wage_vouchers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its member weavers' piece-rate wages: printed WEAVER'S WAGE VOUCHER / LOOM WAGES PAYMENT
    VOUCHER / WAGES - CASH VOUCHER (the society on top, Paid to / Name of weaver, Member No., Loom No., the pieces
    delivered x the piece rate, Wages earned, Less: Thrift fund @ 8%, Less: Yarn advance recovered, Net wages paid /
    Amount paid, Mode Cash / UPI / IMPS, Voucher No. / V. No., Date / Wage date; Secretary; PAID / PAID - RECEIVED BY
    WEAVER) and two payout pages (Cashfree Payouts' transfer page: Beneficiary name, Transfer mode, Amount, Reference
    ID, UTR, Transfer status: SUCCESS / PENDING - bank processing; a bank's wage upload row: Beneficiary name, Debit
    account name, Amount, Transaction ID, Processed on, Rejected - account not seeded with Aadhaar)."""
    k = place("wage_vouchers")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=900, high=28000, p_round=0.8)
    who = WEAVERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs", ""))
    if k in (1, 6):
        p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers")
        p.part = "head"
        top(p, "Cashfree Payouts")
        p.add("small", f"Transfers  |  {COMPANY}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer status: SUCCESS"],
                "pending": ["Transfer status: PENDING - bank processing"],
                "failed": ["Transfer status: FAILED"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Beneficiary details",
            f"A/c XXXXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{digits(rng, 2)}@ybl",
        )
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Transfer mode", way, method="netbanking" if way == "IMPS" else "UPI")
        if not j.no_ref:
            rid = digits(rng, 9)
            p.pair("Reference ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        wrap_pair(p, "Remarks", f"Weaving wages - {rng.choice(PIECES)[0]}")
        date_row(p, j, ["Processed on", "Added on"], hour=True)
        p.part = "foot"
        p.add("small", "Cashfree Payments India Pvt Ltd")
        return p.done()
    if k == 4:
        bank = rng.choice(["Union Bank of India", "Canara Bank", "Indian Bank"])
        p = browser_page(rng, font, f"corp.{bank.split()[0].lower()}bank.in/wageupload/{digits(rng, 8)}")
        p.part = "head"
        top(p, f"{bank} - Wage payments")
        p.add("small", f"Upload: WEAVERWAGES_{code(rng, 4, ALNUM)}.txt  |  Record {rng.randrange(2, 60)}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Credited"],
                "pending": ["In process"],
                "failed": ["Rejected - account not seeded with Aadhaar"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "IMPS", method="netbanking")
        if not j.no_ref:
            tid = f"WG{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Processed on", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Rejected records are returned to the maker for correction.")
        return p.done()
    p = paper_page(rng, font, [640, 680, 720])
    unit = UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{REGD}  |  Wages section",
        unit[1],
        unit[2],
        ["WEAVER'S WAGE VOUCHER", "LOOM WAGES PAYMENT VOUCHER", "WAGES - CASH VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['WV', 'LW', 'CV'])}-{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Wage date"], PATS_IN)
    wrap_pair(p, rng.choice(["Paid to", "Name of weaver"]), who, merchant=who)
    p.pair("Member No.", f"M-{rng.randrange(100, 1400)}")
    p.pair("Loom No.", f"{rng.choice(['PL', 'JL', 'FL'])}/{rng.randrange(1, 400)}")
    piece, lo, hi = rng.choice(PIECES)
    pieces = rng.randrange(2, 14)
    rate = round(rng.uniform(lo, hi) / 5) * 5.0
    gross = round(pieces * rate, 2)
    thrift = round(gross * 0.08, 2) if rng.random() < 0.6 else 0.0
    yarn = float(rng.choice([0, 0, 500, 1000])) if gross > 6000 else 0.0
    j.amount = round(gross - thrift - yarn, 2)
    p.pair(f"{piece} {pieces} pcs x {rate:.2f}", rs(gross))
    p.pair("Wages earned", rs(gross))
    if thrift:
        p.pair("Less: Thrift fund @ 8%", rs(thrift))
    if yarn:
        p.pair("Less: Yarn advance recovered", rs(yarn))
    p.pair(rng.choice(["Net wages paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = "Cash" if k in (0, 5) else rng.choice(["UPI", "IMPS"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Passed by", rng.choice(["Secretary", "Production in-charge", "Accountant"]))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY WEAVER"]), status="success")
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    right(p, "Weaver's signature / thumb")
    return p.done()


# ---------------------------------------------------------------- 7. buyers abroad's inward wires


BUYERS_ABROAD = [
    ("Loom & Lantern Home Inc", "Brooklyn, NY, USA", "USD", "Citibank NA, New York", "CITIUS33"),
    ("Atelier Indigo SARL", "Lyon, France", "EUR", "BNP Paribas", "BNPAFRPP"),
    ("Woven Earth Ltd", "Bristol, United Kingdom", "GBP", "Lloyds Bank plc", "LOYDGB2L"),
    (
        "Threadbare Collective Pty Ltd",
        "Fitzroy VIC, Australia",
        "AUD",
        "Commonwealth Bank of Australia",
        "CTBAAU2S",
    ),
    ("Handwerk Textil GmbH", "Hamburg, Germany", "EUR", "Commerzbank AG", "COBADEFF"),
    ("Saffron Thread LLC", "Santa Fe, NM, USA", "USD", "Wells Fargo Bank NA", "WFBIUS6S"),
]
INWARD_RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4), "AUD": (55.2, 58.9)}


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers abroad paying the society for exported sarees, stoles and home linen: the bank's inward remittance
    advice (browser, e-mail, printed: the bank on top, Advice of foreign inward remittance / Inward remittance -
    credit advice, Beneficiary / Beneficiary name / Credited to the society, Remitter / Ordering customer the buyer,
    Remitting bank and BIC, Remittance amount / Foreign currency amount / Inward amount in USD, EUR, GBP or AUD,
    Exchange rate, INR equivalent, Bank charges, GST on currency conversion, Amount credited (INR), Purpose code
    P0102 / P0103, Export invoice No., Shipping bill No., Inward ref No. / Our reference / Transaction reference with
    the UETR beside it, Value date / Credited on / Received on / Returned on; Credited to your account / Funds
    credited after conversion / Received - awaiting purpose code and export invoice / Returned to remitting bank -
    beneficiary name mismatch)."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(0,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7)
    buyer, city, cur, rbank, bic = BUYERS_ABROAD[k % len(BUYERS_ABROAD)]
    j.amount = round(rng.uniform(900, 42000), 2) if rng.random() < 0.6 else float(rng.randrange(9, 420) * 100)
    show = fx(rng, font, cur) if cur != "AUD" else (lambda v, m=rng.choice(["AUD ", "A$"]): f"{m}{v:,.2f}")
    rate = round(rng.uniform(*INWARD_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(
        ["Union Bank of India", "State Bank of India", "HDFC Bank", "Canara Bank", "ICICI Bank"]
    )
    frame = ["browser", "mail", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{bank.split()[0].lower()}bank.in/inward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.services@{bank.split()[0].lower()}bank.in>",
            ["Inward remittance received in your account", "Credit advice - foreign inward remittance"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Forex Centre, Vijayawada", "Trade Finance CPC, Hyderabad"]))
    p.add("center", rng.choice(["Advice of foreign inward remittance", "Inward remittance - credit advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to your account", "Funds credited after conversion"],
            "pending": ["Received - awaiting purpose code and export invoice"],
            "failed": ["Returned to remitting bank - beneficiary name mismatch"],
        },
    )
    payee = society_name(rng)
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name", "Credited to"]), payee, merchant=payee)
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), f"{buyer}, {city}")
    wrap_pair(p, "Remitting bank", f"{rbank} ({bic})")
    p.pair(
        rng.choice(["Remittance amount", "Foreign currency amount", "Inward amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate", f"1 {cur} = {rate} INR")
    p.pair("INR equivalent", f"{inr:,.2f}")
    ch = float(rng.choice([250, 500, 750]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Bank charges", f"{ch:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    if status == "success":
        p.pair("Amount credited (INR)", f"{inr - ch - gst:,.2f}")
    p.pair(
        "Purpose code",
        rng.choice(["P0102 - realisation of export bills", "P0103 - advance against exports"]),
    )
    p.pair("Export invoice No.", f"TWS/EXP/{rng.randrange(10, 99)}")
    if rng.random() < 0.5:
        p.pair("Shipping bill No.", digits(rng, 7))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward transfer"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward ref No.", "Our reference", "Transaction reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        wrap_pair(
            p,
            "UETR",
            f"{code(rng, 8, '0123456789abcdef')}-{code(rng, 4, '0123456789abcdef')}-4"
            f"{code(rng, 3, '0123456789abcdef')}-a{code(rng, 3, '0123456789abcdef')}-"
            f"{code(rng, 12, '0123456789abcdef')}",
        )
    date_row(
        p,
        j,
        {"success": ["Value date", "Credited on"], "pending": ["Received on"], "failed": ["Returned on"]}[
            status
        ],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Please submit the export documents for e-BRC within 15 days.")
    return p.done()


# ---------------------------------------------------------------- 8. exhibition organisers' stall rent receipts


ORGANISERS = [
    (
        "Shilparamam Arts, Crafts & Cultural Society",
        "Madhapur, Hyderabad - 500081",
        "36",
        "National Handloom Expo 2026",
    ),
    (
        "Gandhi Shilp Bazaar Committee",
        "PWD Grounds, Vijayawada - 520010",
        "37",
        "Gandhi Shilp Bazaar - Spring",
    ),
    ("Crafts Council of Andhra", "Dwaraka Nagar, Visakhapatnam - 530016", "37", "Vastra Utsav 2026"),
    (
        "Weavers' Mela Organising Society",
        "Pragati Maidan, New Delhi - 110001",
        "07",
        "Weavers' Mela - Hall 5",
    ),
]
ORG_FRAMES = ["paper", "mail", "portal", "paper", "portal", "paper", "mail", "paper"]


def stall_rents(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The exhibition organisers' stall rent bills the society paid (printed STALL RENT RECEIPT / RECEIPT - STALL
    ALLOTMENT, the organiser's e-mail acknowledgement and its exhibitor portal page): the organiser on top, Exhibitor
    / Allotted to the society, Event, Stall No., Allotment letter No., Stall rent (sq m x days), Electricity and
    furniture, GST @ 18%, Total, Less: Earnest money adjusted on some, Amount received / Rent received / Balance
    received with NEFT or UPI and its UTR / UPI Ref No., Receipt No. / Allotment receipt No., Date / Receipt date /
    Received on; RECEIVED / PAID / STALL RENT RECEIVED / PAYMENT UNDER VERIFICATION - ALLOTMENT PROVISIONAL /
    PAYMENT NOT REALISED - STALL RELEASED)."""
    k = place("stall_rents")
    status = outcome(k, failed=(0,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=8000, high=120000)
    org, addr, state, event = ORGANISERS[k % len(ORGANISERS)]
    name = org.upper() if rng.random() < 0.25 else org
    frame = ORG_FRAMES[k]
    rs = money(rng, font, 0.35, marks=("Rs.", "INR", "\u20b9", ""))
    if frame == "paper":
        p = paper_page(rng, font, [700, 740])
        letterhead(p, name, event, addr, state, ["STALL RENT RECEIPT", "RECEIPT - STALL ALLOTMENT"])
    else:
        slug = "".join(w[0] for w in org.split()[:3]).lower()
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"Exhibitor Desk <stalls@{slug}expo.org>",
                ["Stall rent received - thank you", "Acknowledgement of stall rent"],
            )
        else:
            p = browser_page(rng, font, f"exhibitors.{slug}expo.org/my-stall/payments")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", event)
        p.add("center", "Payment acknowledgement" if frame == "mail" else "Exhibitor portal - payment")
        p.add("rule")
        p.part = "body"
    ours_to(p, ["Exhibitor", "Allotted to", "Bill to"])
    p.pair("Stall No.", f"{rng.choice(['H', 'B', 'T'])}-{rng.randrange(1, 180)}")
    p.pair("Allotment letter No.", f"AL/{rng.randrange(100, 999)}/26")
    sqm, days = rng.choice([9, 12, 18]), rng.choice([7, 10, 12, 15])
    total0 = j.amount
    base = round(total0 / 1.18 * rng.uniform(0.78, 0.88), 0)
    power = round(total0 / 1.18 - base, 0)
    p.pair(f"Stall rent ({sqm} sq m x {days} days)", rs(base))
    p.pair("Electricity and furniture", rs(power))
    gst = round((base + power) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    total = round(base + power + gst, 2)
    p.pair("Total", rs(total))
    emd = float(rng.choice([2000, 5000])) if status == "success" and rng.random() < 0.4 else 0.0
    if emd:
        p.pair("Less: Earnest money adjusted", rs(emd))
    j.amount = round(total - emd, 2)
    way = "UPI" if status == "failed" or (j.amount < 50000 and rng.random() < 0.5) else "NEFT"
    lab = "Balance received" if emd else rng.choice(["Amount received", "Rent received"])
    p.pair(lab if status != "failed" else "Amount", rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['SR', 'AR', 'EX'])}{rng.randrange(1000, 99999)}"
        p.pair(rng.choice(["Receipt No.", "Allotment receipt No."]), doc, txn=(INVOICE_RANK, doc))
    p.add(
        "center",
        {
            "success": rng.choice(["RECEIVED", "PAID", "STALL RENT RECEIVED"]),
            "pending": "PAYMENT UNDER VERIFICATION - ALLOTMENT PROVISIONAL",
            "failed": "PAYMENT NOT REALISED - STALL RELEASED",
        }[status],
        status=status,
    )
    date_row(p, j, ["Date", "Receipt date", "Received on"] if status == "success" else ["Date"], PATS_IN)
    p.part = "foot"
    p.add("small", "Stall rent once paid is not refundable. Subject to the exhibition rules.")
    return p.done()


# ---------------------------------------------------------------- 9. statutory and scheme fee pages


AUTHORITIES = [
    ("Registrar of Co-operative Societies, A.P.", "Statutory audit fee - online payment", "rcs.ap.gov.in"),
    ("Geographical Indications Registry", "Authorised user registration - e-payment", "ipindiaonline.gov.in"),
    (
        "Textiles Committee",
        "Handloom Mark scheme - registration fee",
        "handloommark.textilescommittee.gov.in",
    ),
    ("Handloom Export Promotion Council", "Membership subscription 2026-27", "members.hepcindia.com"),
    (
        "Office of the Development Commissioner (Handlooms)",
        "India Handloom Brand - fee",
        "indiahandloombrand.gov.in",
    ),
]
FEE_HEADS = [
    ("Registration fee", 0.55),
    ("Application fee", 0.15),
    ("Inspection charges", 0.2),
    ("Late fee", 0.1),
]


def scheme_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The statutory and scheme fees the society pays: the authority's online fee page (the Registrar of
    Co-operative Societies, the GI Registry, the Textiles Committee, HEPC, the Development Commissioner (Handlooms):
    the authority on top with the scheme / portal line under it, Name of society / Applicant the society, Society
    Regd. No. / GI Application No. / Member No., the fee heads, GST @ 18% on some, Total amount paid / Amount paid /
    Total fee, Mode Net banking / UPI / Debit card, Bank Ref No. / Bank transaction ID / Gateway ref No., Receipt No.
    / e-Receipt No. / Challan No., Date of payment / Paid on / Transaction date; Payment successful / Fee received /
    Transaction pending - status will be updated in 24 hours / Payment failed - session expired)."""
    k = place("scheme_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=1500, high=60000, p_round=0.95)
    auth, line, host = AUTHORITIES[k % len(AUTHORITIES)]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['epay', 'receipt', 'feepayment'])}/{digits(rng, 8)}")
    p.part = "head"
    name = auth.upper() if rng.random() < 0.25 else auth
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Fee received"],
            "pending": ["Transaction pending - status will be updated in 24 hours"],
            "failed": ["Payment failed - session expired"],
        },
    )
    wrap_pair(p, rng.choice(["Name of society", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        rng.choice(["Society Regd. No.", "GI Application No.", "Member No."]),
        rng.choice(["214/ID/1961", f"GI-{rng.randrange(100, 900)}", f"HEPC/{digits(rng, 5)}"]),
    )
    heads = rng.sample(FEE_HEADS, rng.randrange(1, 3))
    gst_on = rng.random() < 0.5
    fee = round(j.amount / 1.18, 2) if gst_on else j.amount
    share = sum(s for _, s in heads)
    left = fee
    for i, (head, s) in enumerate(heads):
        v = round(left, 2) if i == len(heads) - 1 else float(round(fee * s / share))
        left -= v
        p.pair(head, rs(v))
    if gst_on:
        p.pair("GST @ 18%", rs(round(j.amount - fee, 2)))
    p.pair(rng.choice(["Total amount paid", "Amount paid", "Total fee"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair(
        rng.choice(["Mode", "Payment mode"]),
        f"{way}{' - ' + rng.choice(BANKS[:4]) if way == 'Net banking' else ''}",
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if status != "failed":
            bref = f"{rng.choice(['UBI', 'CNR', 'SBI'])}{digits(rng, 10)}"
            p.pair(
                rng.choice(["Bank Ref No.", "Bank transaction ID", "Gateway ref No."]),
                bref,
                txn=(BANK_RANK, bref),
            )
        rno = f"{rng.choice(['RCPT', 'ER', 'CH'])}{digits(rng, 9)}"
        p.pair(rng.choice(["Receipt No.", "e-Receipt No.", "Challan No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date of payment", "Paid on", "Transaction date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Fee once paid is not refundable. Keep this receipt for your records.")
    return p.done()


# ---------------------------------------------------------------- 10. exhibition card slips


SLIP_COUNTERS = [
    ("TANTUVAYA HANDLOOMS STALL 42", "SHILPARAMAM HYD"),
    ("SRI DURGA RESIDENCY", "VIJAYAWADA"),
    ("HP - SAI KRISHNA FILLING STN", "CHIRALA"),
    ("TANTUVAYA HANDLOOMS EMPORIUM", "ABIDS HYDERABAD"),
    ("MODERN PACKAGING STORES", "GUNTUR"),
    ("BALAJI PARCEL SERVICE", "CHIRALA"),
    ("TANTUVAYA HANDLOOMS STALL 7", "PRAGATI MAIDAN NEW DELHI"),
    ("ANNAPURNA MESS & TIFFINS", "BAPATLA"),
]
SLIP_MAKERS = [
    "PINE LABS",
    "UNION BANK OF INDIA",
    "HDFC BANK",
    "EZETAP",
    "MSWIPE",
    "PAYTM EDC",
    "CANARA BANK",
    "PHONEPE POS",
]


def expo_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Card terminal slips of the society's day (monospace): customers' cards at its own exhibition stalls and its
    emporium, and its staff's card at a lodge, a fuel station, a packaging store, a parcel service and a mess (the
    maker on top on some, the counter's name and town in capitals, TXN DATE: / TIME: or DATE: TIME:, MERCHANT ID:,
    TERMINAL ID:, BATCH:, INV NO: / INVOICE:, SALE, CARD:, CARD TYPE:, AUTH NO: / APPR CODE:, RRN:, SALE AMOUNT: /
    TOTAL: / AMT:, a fuel slip's PRODUCT:, RATE: and VOLUME:; APPROVED / TXN APPROVED / DECLINED with RESP: / NO
    RESPONSE FROM HOST - VERIFY WITH BANK)."""
    k = place("expo_slips")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=180, high=32000)
    name, town = SLIP_COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%m%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TIME:", t)
    p.pair("MERCHANT ID:", digits(rng, 15))
    p.pair("TERMINAL ID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "INVOICE:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", "SALE")
    p.pair("CARD:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "DINERS"]))
    if "FILLING" in name:
        rate = round(rng.uniform(96.2, 109.8), 2)
        p.pair("PRODUCT:", rng.choice(["DIESEL", "PETROL", "POWER"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME:", f"{j.amount / rate:.2f} L")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH NO:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["SALE AMOUNT:", "TOTAL:", "AMT:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP: 51 INSUFFICIENT FUNDS", "RESP: 54 EXPIRED CARD"]))
    else:
        p.add("center", "NO RESPONSE FROM HOST", status="pending")
        p.add("center", "VERIFY WITH BANK")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. the society's electricity and broadband


BILLERS = [
    ("APSPDCL", "Southern Power Distribution Co. of A.P. Ltd"),
    ("TGSPDCL", "Southern Power Distribution Co. of Telangana Ltd"),
    ("BSNL", "Bharat Sanchar Nigam Ltd - Bharat Fibre"),
]
BBPS_APPS = [
    "Union Bank Vyom",
    "YONO Business",
    "Canara ai1",
    "PhonePe",
    "Google Pay",
    "Paytm",
]


def society_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's electricity at its depot and emporium and its broadband: Bharat Connect in business banking and
    UPI apps (the app on top, Biller / Electricity board / Operator APSPDCL, TGSPDCL or BSNL as printed, Service No. /
    USC No. / Telephone No., Customer name the society, Bill month, Due date, the sum large, Paid from Current A/c or
    UPI, B-Connect Txn ID / Bharat Connect Ref. No., Transaction ID, Paid on / Date & time; Bill paid / Payment
    successful / Bill payment in process / Bill payment failed) and the billers' own pages (the biller on top, PR No.
    / Receipt No., Amount paid, Mode, Bank Ref No., Date of payment / Paid on)."""
    k = place("society_bills")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=600, high=38000)
    which = 2 if k in (1, 6) else j.unit
    short, long = BILLERS[which]
    rs = money(rng, font, 0.5)
    if k in (3, 6):
        host = {0: "apspdcl.in", 1: "tgsouthernpower.org", 2: "portal.bsnl.in"}[which]
        p = browser_page(rng, font, f"{host}/onlinepay/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Status: Success"],
                "pending": ["Pending with bank"],
                "failed": ["Payment failed"],
            },
        )
        p.pair(
            rng.choice(["Service No.", "USC No."]) if which != 2 else "Telephone No.",
            digits(rng, 13) if which != 2 else f"0859{digits(rng, 6)}",
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            bref = f"{rng.choice(['UBI', 'CNR', 'HDF'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{short[:2]}{digits(rng, 10)}"
            p.pair(rng.choice(["PR No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "This payment will be reflected in your next bill.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    app = BBPS_APPS[k % len(BBPS_APPS)]
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid", "Payment successful"],
            "pending": ["Bill payment in process"],
            "failed": ["Bill payment failed"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    labs = ["Biller", "Biller name", "Operator"] if which == 2 else ["Biller", "Electricity board"]
    wrap_pair(p, rng.choice(labs), name, merchant=name)
    p.pair(
        rng.choice(["Telephone No.", "Account No."] if which == 2 else ["Service No.", "USC No."]),
        digits(rng, 11),
    )
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        bc = f"CC0{j.date:%y}{code(rng, 9, ALNUM)}"
        p.pair(rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bc, txn=(BANK_RANK, bc))
        tid = digits(rng, 12)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "SRI VENKATESWARA YARN",
    "PADMASALI WARP SIZING",
    "SRI SAI RAM YARN DYEIN",
    "BALAJI PARCEL SERVICE",
    "DHARMAVARAM SILK REELE",
    "KONGU HANK YARN MILLS",
    "SURAT ZARI KASAB WORKS",
    "RAMANA CALENDERING AN",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the secretary's phone and mail: SMS in a messages app (the sender VM-UNIONB / AD-CANBNK /
    JD-SBIINB / BP-INDBNK, the day divider, the alert: a NEFT, RTGS, IMPS or UPI debit to a depot, dyer or carrier as
    the bank names it (truncated), the sum, the account's last digits, the day, UTR / IMPS Ref / UPI Ref, Bal; a UPI
    payment that "has failed" and one that "is pending") and two e-mail alerts (Debit transaction alert: Amount
    debited, Beneficiary / Paid to, Account, Channel, UTR / IMPS Ref No., Date)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=600, high=450000)
    bank = rng.choice(["Union Bank of India", "Canara Bank", "State Bank of India", "Indian Bank"])
    to = ALERT_PAYEES[k]
    if k in (2, 5):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        dom = {
            "Union": "unionbankofindia.bank.in",
            "Canara": "canarabank.bank.in",
            "State": "sbi.bank.in",
        }.get(bank.split()[0], "indianbank.bank.in")
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{dom}>",
            ["Debit transaction alert", "Alert: funds transferred from your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Debit transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount debited", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "Paid to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"Internet banking - {way}", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair({"IMPS": "IMPS Ref No.", "NEFT": "UTR", "RTGS": "UTR"}[way], ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Debited", status="success")
        p.part = "foot"
        p.add("small", "Not done by you? Report it at once on 1800 425 1515.")
        return p.done()
    sender = {
        "Union Bank of India": "VM-UNIONB",
        "Canara Bank": "AD-CANBNK",
        "State Bank of India": "JD-SBIINB",
        "Indian Bank": "BP-INDBNK",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    way = (
        "UPI"
        if j.amount < 100000 and k % 2 == 1
        else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
    )
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 600, 90000)
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    if status == "success":
        p.add("left", f"Dear Customer, {acc} is debited")
        p.add("left", f"for {amt} trf to {to}", amount=j.amount, merchant=to)
    else:
        p.add("left", f"Your UPI txn of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    tail = f"by {way}"
    if not j.no_day:
        p.add(
            "left",
            f"on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])} {tail}",
            method="UPI" if way == "UPI" else "netbanking",
        )
    else:
        p.add("left", tail, method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Bal Rs.{rupees(rng, 40000, 3800000):,.2f}. Not you? Call 1800 222 244",
        "failed": "has failed. Debited amount, if any, will be reversed.",
        "pending": "is pending. Do not retry till status is updated.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

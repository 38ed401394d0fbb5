"""The twelve heldout183 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an architecture and interior design studio's day in 2026 (Aangan Architects &
Interiors LLP, its studio at Pune and its site office at Porvorim, Goa), told by the proofs of payment it receives
and makes: institutional clients' fee payment advices, homeowners' UPI and payment links for design fees, the
studio's own fee receipts, suppliers' tax invoices for marble, plywood, hardware, lighting and fabric with the
payment block, net-banking payments to contractors, the site office's labour and petty cash vouchers and payout
rows, outward wires for imported furniture, lighting and textiles, the clearing agents' and movers' bills for them,
the municipal plan-approval fee pages, site staff's card slips, the site office's electricity and broadband through
Bharat Connect and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, fee bill lists, project and
stage lines, TDS, retention and GST lines, CoA registration, proposal, file, survey and CTS numbers, GSTIN, IFSC,
BIC, IBAN, consumer numbers, bill of entry, container and forward contract numbers, MID, TID, batch and the payer's
own details carry no fact. ``Job``, ``date_row``, ``neft_ref``, ``letterhead`` and ``gst_lines`` are heldout167's;
``compose`` is heldout158's.
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

COMPANY = "Aangan Architects & Interiors LLP"
COMPANY_CAPS = "AANGAN ARCHITECTS AND INTERIORS LLP"
SHORT = "Aangan Studio"
# office, address, GST state code
UNITS = [
    ("Pune studio", "Studio 4B, Prabhat Road, Erandwane, Pune - 411004, Maharashtra", "27"),
    ("Porvorim site office", "Shop 3, Alto Porvorim, Bardez, Goa - 403521", "30"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "HDFC Bank",
    "ICICI Bank",
    "State Bank of India",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Bank of Maharashtra",
    "IDFC FIRST Bank",
    "Saraswat Co-op Bank",
]
IFSC = {
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "State Bank of India": "SBIN",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Bank of Maharashtra": "MAHB",
    "IDFC FIRST Bank": "IDFB",
    "Saraswat Co-op Bank": "SRCB",
    "Yes Bank": "YESB",
}
PROJECTS = [
    "Bungalow at Bavdhan",
    "Villa 7, Assagao",
    "Office fit-out, Baner",
    "Clinic interiors, Kothrud",
    "3BHK, Koregaon Park",
    "Boutique hotel, Candolim",
    "School library, Aundh",
    "Row house, Panaji",
]


def studio_name(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The studio as the other party (Bill to / Client / Importer / Applicant: no fact)."""
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


# ---------------------------------------------------------------- 1. institutional clients' fee payment advices


CLIENTS = [
    ("Sahyadri Hospitality Pvt Ltd", "ap@sahyadrihotels.in"),
    ("Jnana Deep Education Trust", "accounts@jnanadeeptrust.org"),
    ("Deccan Mercantile Co-operative Bank Ltd", "premises@deccanmercbank.in"),
    ("Mandovi Riverside Resorts LLP", "finance@mandoviresorts.com"),
    ("Kalyani Orthopaedic Hospital", "payables@kalyaniortho.in"),
    ("Veritas Software Labs Pvt Ltd", "vendorpayments@veritaslabs.io"),
]
STAGES = [
    "Concept design - 10%",
    "Working drawings - 25%",
    "Interior fit-out design - 40%",
    "Site supervision - monthly",
    "BOQ and tender documents",
    "Completion and handover",
]
CLIENT_FRAMES = ["mail", "portal", "paper", "mail", "paper", "portal", "mail", "paper"]


def client_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An institutional client paying the studio's professional fee: the client's payment advice e-mail, printed
    VENDOR PAYMENT ADVICE / PAYMENT INTIMATION and its vendor portal page (the client on top, Consultant / Vendor
    name / Payee / Beneficiary the studio, Vendor ID, the fee bills with their sums (GST inclusive), Less: TDS u/s
    194J @ 10% on the fee, Less: Retention @ 5%, Net amount paid / Amount released / Net payment, Mode NEFT / RTGS,
    UTR / UTR No. / RTGS UTR, Payment document / Doc No., Payment date / Value date / Paid on / Scheduled on /
    Rejected on; Status: Paid / Payment status: Processed / On hold - awaiting milestone certificate / Rejected by
    bank - beneficiary name mismatch)."""
    k = place("client_advices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=40000, high=1200000)
    client, mail = rng.choice(CLIENTS)
    frame = CLIENT_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{client.split()[0]} Payables <{mail}>",
            [
                "Payment intimation - consultancy fee",
                f"Payment released to {SHORT}",
                "Your bills have been paid",
            ],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, client.upper() if frame == "paper" and rng.random() < 0.5 else client)
    p.add(
        "small", rng.choice(["Finance & Accounts", "Projects - Accounts Payable", "Estate Office - Accounts"])
    )
    p.add("center", rng.choice(["VENDOR PAYMENT ADVICE", "PAYMENT INTIMATION", "Payment details"]))
    p.add("rule")
    p.part = "body"
    payee = studio_name(rng)
    wrap_pair(p, rng.choice(["Consultant", "Vendor name", "Payee", "Beneficiary"]), payee, merchant=payee)
    p.pair(rng.choice(["Vendor ID", "Vendor code"]), f"{rng.choice(['V', 'CON', '40'])}{digits(rng, 5)}")
    wrap_pair(p, "Project", rng.choice(PROJECTS))
    bills = [
        (f"AAI/{rng.randrange(100, 999)}", rupees(rng, 30000, 500000, 0.5))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Fee bills settled", "Bills paid", "Against fee bills"]))
    for no, v in bills:
        p.pair(f"{no} ({rng.choice(STAGES)})", rs(v))
    gross = sum(v for _, v in bills)
    fee = round(gross / 1.18, 2)
    cut = round(fee * 0.10, 2)
    p.pair("Less: TDS u/s 194J @ 10%", rs(cut))
    keep = round(fee * 0.05, 2) if rng.random() < 0.4 else 0.0
    if keep:
        p.pair("Less: Retention @ 5%", rs(keep))
    j.amount = round(gross - cut - keep, 2)
    p.pair(rng.choice(["Net amount paid", "Amount released", "Net payment"]), rs(j.amount), amount=j.amount)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20', 'PD'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document", "Doc No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Paid", "Payment status: Processed"],
            "pending": ["On hold - awaiting milestone certificate"],
            "failed": ["Rejected by bank - beneficiary name mismatch"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Value date", "Paid on"],
            "pending": ["Scheduled on"],
            "failed": ["Rejected on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "System generated advice. Please do not reply to this message.")
    return p.done()


# ---------------------------------------------------------------- 2. homeowners' UPI and payment links


HOME_APPS = ["PhonePe", "Google Pay", "Instamojo", "Paytm", "BHIM", "Google Pay", "Cashfree", "Amazon Pay"]
HOMEOWNERS = [
    "Nikhil Deshmukh",
    "Anjali Kamat",
    "Rohan & Priya Joshi",
    "Sheetal Bhonsle",
    "Dr. Ajit Phadke",
    "Mario D'Costa",
    "Kavya Menon",
    "Yashwant Gadgil",
]
HOME_NOTES = [
    "Design fee - stage 2",
    "Modular kitchen design",
    "Site visit charges",
    "3D views advance",
    "Bavdhan bungalow fee",
    "Villa interiors - 2nd inst",
]


def homeowner_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Homeowners paying the studio's design fee instalments: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM,
    Amazon Pay: the studio under Paid to / To / Sent to / Paying to, its UPI ID, the sum large, UPI transaction ID /
    UPI Ref No. / UTR, the app's own Transaction ID on some, From / Debited from the homeowner's bank, Date & time /
    Paid on / Completed) and the studio's payment links (Instamojo, Cashfree: the studio on top, Paid by / Customer
    the homeowner, Payment ID / CF Payment ID, UPI RRN / Bank reference or Auth code for a card, Paid on / Date)."""
    k = place("homeowner_upi")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=2500, high=95000, p_round=0.7)
    app = HOME_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Instamojo", "Cashfree"):
        to = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
        url = (
            f"imjo.in/{code(rng, 6, ALNUM)}"
            if app == "Instamojo"
            else f"payments.cashfree.com/forms/aangan-{code(rng, 5, ALNUM.lower())}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Architecture | Interiors | Pune & Goa", "Design fee payment"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Thank you! Payment successful"],
                "failed": ["Payment unsuccessful"],
                "pending": ["Payment is being processed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), HOMEOWNERS[k])
        wrap_pair(p, "Purpose", rng.choice(HOME_NOTES))
        way = "UPI" if rng.random() < 0.55 else "card"
        p.pair(
            "Payment mode",
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            pid = f"MOJO{j.date:%y%m}{code(rng, 12, ALNUM)}" if app == "Instamojo" else digits(rng, 10)
            p.pair("Payment ID" if app == "Instamojo" else "CF Payment ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "Bank reference"]), j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Date"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by Instamojo" if app == "Instamojo" else "Secured by Cashfree Payments")
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
        f"UPI ID: aangan{rng.choice(['studio', '.design', 'llp'])}@{rng.choice(['okaxis', 'ybl', 'hdfcbank'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), rng.choice(HOME_NOTES))
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


# ---------------------------------------------------------------- 3. the studio's own fee receipts


FEE_CLIENTS = [
    "Mr. Suhas Kelkar",
    "Mrs. Radhika Naik",
    "Sunshine Montessori Trust",
    "Dr. Manasi Gokhale",
    "M/s Patwardhan Builders",
    "Mr. Anthony Rodrigues",
    "Cafe Mogra LLP",
    "Mr. & Mrs. Oak",
]


def fee_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's own FEE RECEIPT / MONEY RECEIPT / RECEIPT to a client (paper, the studio on top with its
    Architects | Interior designers line and CoA registration; Receipt No. / Fee receipt No. / Rcpt No., Date /
    Receipt date / Dated, Received from / Client, Project, Stage, Fee for this stage, Amount received / Cash received
    / Cheque received / Received by UPI (part of the stage fee on some), Balance fee, Cheque No. and bank, UPI Ref
    No., UTR; RECEIVED WITH THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE RETURNED UNPAID -
    INSUFFICIENT FUNDS, the rubber stamp) and its accounts desk's receipt e-mail."""
    k = place("fee_receipts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=15000, high=450000)
    unit = UNITS[j.unit]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR", ""))
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    if k in (2, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@aanganstudio.in>",
            ["Fee receipt - thank you", "Receipt for your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}  |  Accounts")
        p.add("center", "Fee receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Architects | Interior designers | Project managers",
            unit[1],
            unit[2],
            ["FEE RECEIPT", "MONEY RECEIPT", "RECEIPT"],
        )
        p.add("small", f"CoA Reg. No. CA/{rng.randrange(2004, 2019)}/{digits(rng, 5)}")
    if not j.no_ref:
        rno = f"{rng.choice(['FR', 'AAI-R', 'R'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Receipt No.", "Fee receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date", "Dated"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Client"]), FEE_CLIENTS[k])
    wrap_pair(p, "Project", rng.choice(PROJECTS))
    wrap_pair(p, "Stage", rng.choice(STAGES))
    way = "cheque" if status != "success" else ["cash", "UPI", "NEFT", "-", "cheque", "UPI", "-", "NEFT"][k]
    if way in ("UPI", "cash") and j.amount > 95000:
        j.amount = rupees(rng, 5000, 95000, 0.6)
    part = k in (1, 7) and status == "success"
    bill = round(j.amount * rng.choice([1.5, 2.0, 2.5]), 2) if part else j.amount
    p.pair(rng.choice(["Fee for this stage", "Stage fee (incl. GST)"]), rs(bill))
    lab = {
        "cash": "Cash received",
        "UPI": "Received by UPI",
        "cheque": "Cheque received",
        "NEFT": "Amount received",
    }[way]
    p.pair(
        lab if status != "failed" else "Cheque amount",
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    p.pair("Balance fee", rs(bill - j.amount))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = neft_ref(rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"]))
        p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - INSUFFICIENT FUNDS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if k not in (2, 5):
        right(p, f"For {SHORT}")
        p.add("gap")
        seal(p, SHORT.upper(), unit[0].split()[0].upper(), None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. suppliers' tax invoices with the payment block


SUPPLIERS = [
    (
        "Shubham Marble & Granite",
        "Italian marble | Granite | Onyx",
        "Makrana Road, Kishangarh - 305801, Rajasthan",
        "08",
    ),
    (
        "Mahalaxmi Ply & Laminates",
        "Plywood | Laminates | Veneers",
        "Bhavani Peth, Pune - 411042, Maharashtra",
        "27",
    ),
    ("Konkan Hardware Stores", "Architectural hardware | Fittings", "Mapusa, Bardez, Goa - 403507", "30"),
    (
        "Roshni Lighting Gallery",
        "Decorative and architectural lighting",
        "Lamington Road, Mumbai - 400007, Maharashtra",
        "27",
    ),
    ("Tanjore Weaves Furnishings", "Upholstery | Curtains | Rugs", "Karur - 639001, Tamil Nadu", "33"),
]
GOODS = [
    ("Statuario marble slab (sq ft)", 380.0, 620.0),
    ("BWP plywood 18 mm 8x4", 2650.0, 3400.0),
    ("Laminate 1 mm suede finish", 1450.0, 2100.0),
    ("Soft-close hinge (pair)", 240.0, 390.0),
    ("Telescopic channel 450 mm", 410.0, 560.0),
    ("COB downlight 12 W", 690.0, 980.0),
    ("Linen blackout fabric (m)", 540.0, 880.0),
    ("Black galaxy granite (sq ft)", 210.0, 340.0),
    ("Teak veneer 4 mm 8x4", 3100.0, 4200.0),
    ("Mortise lock set SS", 1850.0, 2900.0),
    ("LED profile light 2 m", 760.0, 1150.0),
    ("Jute rug 5x8 ft", 4200.0, 6800.0),
]
HSN = ["6802", "4412", "4811", "8302", "8302", "9405", "5407", "6802", "4408", "8301", "9405", "5702"]
SUPPLIER_GOODS = {
    "Shubham Marble & Granite": [0, 7],
    "Mahalaxmi Ply & Laminates": [1, 2, 8],
    "Konkan Hardware Stores": [3, 4, 9],
    "Roshni Lighting Gallery": [5, 10],
    "Tanjore Weaves Furnishings": [6, 11],
}
SUPPLIER_WAYS = ["NEFT", "RTGS", "-", "UPI", "cheque", "IMPS", "-", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A supplier's TAX INVOICE / INVOICE CUM RECEIPT / BILL OF SUPPLY for the studio's site (the supplier on top,
    its line, address and GSTIN; Invoice No. / Inv. No. / Bill No., Invoice date / Date / Dated, Buyer / Bill to /
    Consignee M/s the studio, Site the project, the goods with HSN and Qty x rate, Taxable value, CGST and SGST or
    IGST @ 12% / 18%, Round off, Invoice total, Less: Advance received and Balance received on some, then the payment
    block: Amount received / Payment received with its NEFT / RTGS UTR, IMPS Ref No. or UPI Ref No., or Cheque
    received with Cheque No.; PAID IN FULL / RECEIVED WITH THANKS / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE /
    CHEQUE RETURNED - SIGNATURE MISMATCH, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    sup, line, addr, state = rng.choice(SUPPLIERS)
    name = sup.upper() if rng.random() < 0.3 else sup
    p = paper_page(rng, font, [700, 740, 780])
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "INVOICE CUM RECEIPT", "TAX INVOICE - ORIGINAL"])
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in sup.split()[:2]).upper()}-{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date", "Dated"], PATS_IN)
    ours_to(p, ["Buyer", "Bill to", "Consignee"])
    p.pair("Site", rng.choice(PROJECTS))
    taxable = 0.0
    own = SUPPLIER_GOODS[sup]
    for good, lo, hi in rng.sample([GOODS[i] for i in own], rng.randrange(1, len(own) + 1)):
        qty = rng.randrange(2, 40) * (10 if lo < 700 else 1)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{good}  HSN {HSN[GOODS.index((good, lo, hi))]}")
        p.pair(f"  {qty:,} x {rate:.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, rng.choice([12, 18, 18]), state != UNITS[j.unit][2])
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLIER_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "IMPS"
    adv = 0.0
    if way in ("NEFT", "UPI") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.3, 0.4, 0.5]), -2))
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
        lab = "Balance received" if adv else rng.choice(["Amount received", "Payment received"])
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
        "failed": "CHEQUE RETURNED - SIGNATURE MISMATCH",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(sup.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. net-banking payments to contractors


PORTALS = [
    ("HDFC Bank", "enet.hdfcbank.com", "ENet"),
    ("ICICI Bank", "cib.icicibank.com", "ICICI Bank Corporate Internet Banking"),
    ("Kotak Mahindra Bank", "fyn.kotak.com", "Kotak FYN"),
    ("Axis Bank", "corporate.axisbank.co.in", "Axis Corporate Banking"),
    ("IDFC FIRST Bank", "business.idfcfirstbank.com", "IDFC FIRST Business"),
    ("Yes Bank", "yesconnect.yesbank.in", "YES CONNECT"),
]
CONTRACTORS = [
    "Shree Ganesh Civil Contractors",
    "SUTAR WOODCRAFT INTERIORS",
    "Pawar Electricals & Automation",
    "Gypcraft False Ceiling Works",
    "Dsouza Polish & Painting Works",
    "AQUALINE PLUMBING SERVICES",
    "Nirman Waterproofing Solutions",
    "Bhosale Fabrication Works",
]


def contractor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio paying its contractors' running bills from corporate net banking: the bank's transaction page
    (ENet, ICICI CIB, Kotak FYN, Axis, IDFC FIRST Business, YES CONNECT: the portal on top, Beneficiary name / Payee
    name / Credit to / Transfer to the contractor, Beneficiary A/c and IFSC, Debit account the studio, Amount /
    Transfer amount / Debit amount, Charges, Payment type NEFT / RTGS / IMPS, UTR / IMPS Ref No. / RRN, Transaction
    ref No. / Reference No., Remarks with the RA bill, Maker / Checker, Transaction date / Initiated on / Failed on;
    Transaction successful / Status: Executed / Sent to beneficiary bank - credit awaited / Failed - beneficiary
    account frozen) and the bank's beneficiary payment advice e-mail."""
    k = place("contractor_transfers")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=18000, high=1500000)
    bank, host, brand = PORTALS[k % len(PORTALS)]
    to = CONTRACTORS[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "INR", "Rs.", ""))
    way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    if k in (3, 6):
        p = mail_page(
            rng,
            font,
            f"{bank} <txn.advice@{host.split('.', 1)[1]}>",
            ["Payment advice - funds credited to beneficiary", "Beneficiary payment confirmation"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", "Beneficiary Payment Advice")
    else:
        p = browser_page(rng, font, f"{host}/payments/status/{digits(rng, 9)}")
        p.part = "head"
        top(p, brand)
        if brand.split()[0] not in bank:
            p.add("small", bank)
        p.add("center", rng.choice(["Payment status", "Transaction details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Executed"],
            "pending": ["Sent to beneficiary bank - credit awaited"],
            "failed": ["Failed - beneficiary account frozen"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary name", "Payee name", "Credit to", "Transfer to"]), to, merchant=to)
    tb = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[tb]}0{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Debit account", "From account"]), f"{SHORT} - XXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount", "Transfer amount", "Debit amount"]), rs(j.amount), amount=j.amount)
    p.pair("Charges (incl. GST)", rs(rng.choice([2.36, 5.9, 11.8, 29.5])))
    p.pair("Payment type", way, method="netbanking")
    if not j.no_ref:
        ref = bank_ref(rng, j, bank, way)
        if status != "failed" or way == "IMPS":
            p.pair(
                {"IMPS": rng.choice(["IMPS Ref No.", "RRN"]), "NEFT": "UTR", "RTGS": "UTR No."}[way],
                ref,
                txn=(UTR_RANK, ref),
            )
        tref = f"{rng.choice(['PAY', 'FT', 'CB'])}{digits(rng, 10)}"
        p.pair(rng.choice(["Transaction ref No.", "Reference No."]), tref, txn=(BANK_RANK, tref))
    wrap_pair(p, "Remarks", f"RA bill {rng.randrange(1, 9)} - {rng.choice(PROJECTS)}")
    p.pair("Maker / Checker", rng.choice(["ACCTS.AANGAN / PARTNER1", "SNAIK / VKULKARNI"]))
    date_row(
        p,
        j,
        {"success": ["Transaction date", "Value date"], "pending": ["Initiated on"], "failed": ["Failed on"]}[
            status
        ],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "The bank never asks for your password or OTP.")
    return p.done()


# ---------------------------------------------------------------- 6. the site office's labour and petty vouchers


SITE_PAYEES = [
    "Ramdas Sutar",
    "Anthony Fernandes",
    "Santosh Kamble",
    "Mohd. Rafiq Ansari",
    "Vishnu Gawas",
    "Dattaram Parab",
    "Joseph Pereira",
    "Babu Lohar",
]
SITE_WORKS = [
    ("Carpentry - wardrobe shutters", "Work done (measured)"),
    ("Polish work - 6 doors, PU matt", "Work done"),
    ("Tempo hire - Mapusa to site", "Hire charges"),
    ("Loading / unloading of marble", "Labour charges"),
    ("Veneer pasting - TV unit", "Work done (measured)"),
    ("Site cleaning before handover", "Labour charges"),
]


def site_vouchers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The site office paying carpenters, polishers, tempo owners and daily labour: the studio's printed LABOUR
    PAYMENT VOUCHER / PETTY CASH VOUCHER / DEBIT VOUCHER (the studio on top, Paid to / Name of payee the worker,
    Towards the work, the work's sum, Less: Advance paid, Less: Retention @ 5%, Net paid / Amount paid, Mode Cash /
    UPI / IMPS, Voucher No. / V. No., Date; Site in-charge; PAID / PAID - RECEIVED BY PAYEE) and two payout pages
    (RazorpayX's payout page: Contact name, Fund account, Amount, Payout ID pout_..., UTR, Processed / Processing /
    Reversed; a bank's bulk payment status row: Beneficiary name, Debit account name, Amount, IMPS RRN, Transaction
    ID, Processed on; Failed - account closed)."""
    k = place("site_vouchers")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=700, high=85000, p_round=0.8)
    who = SITE_PAYEES[k]
    work, head = rng.choice(SITE_WORKS)
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs", ""))
    if k in (1, 6):
        p = browser_page(rng, font, "x.razorpay.com/app/payouts")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts  |  {COMPANY}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Processed"],
                "pending": ["Processing - awaiting bank response"],
                "failed": ["Reversed"],
            },
        )
        wrap_pair(p, rng.choice(["Contact name", "Beneficiary"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Fund account",
            f"A/c XXXXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{digits(rng, 2)}@ybl",
        )
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking" if way == "IMPS" else "UPI")
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, ALNUM)}"
            wrap_pair(p, "Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        wrap_pair(p, "Purpose", work)
        date_row(p, j, ["Processed at", "Created at"], hour=True)
        p.part = "foot"
        p.add("small", "RazorpayX | Business banking")
        return p.done()
    if k == 4:
        bank = rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank"])
        p = browser_page(rng, font, f"corp.{bank.split()[0].lower()}.com/bulk/{digits(rng, 8)}")
        p.part = "head"
        top(p, f"{bank} - Bulk payments")
        p.add("small", f"File: SITEWAGES_{code(rng, 4, ALNUM)}.csv  |  Row {rng.randrange(2, 30)}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Success"],
                "pending": ["In process"],
                "failed": ["Failed - account closed"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "IMPS", method="netbanking")
        if not j.no_ref:
            tid = f"BLK{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Processed on", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Failed rows are returned to the maker for correction.")
        return p.done()
    p = paper_page(rng, font, [640, 680, 720])
    unit = UNITS[1] if rng.random() < 0.7 else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["LABOUR PAYMENT VOUCHER", "PETTY CASH VOUCHER", "DEBIT VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['LV', 'PC', 'DV'])}-{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Dated"], PATS_IN)
    wrap_pair(p, rng.choice(["Paid to", "Name of payee"]), who, merchant=who)
    wrap_pair(p, "Towards", work)
    p.pair("Site", rng.choice(PROJECTS))
    adv = float(rng.choice([0, 1000, 2500, 5000])) if j.amount > 10000 else 0.0
    keep = round((j.amount + adv) * 0.05 / 0.95, 2) if head.startswith("Work") and rng.random() < 0.5 else 0.0
    gross = round(j.amount + adv + keep, 2)
    p.pair(head, rs(gross))
    if adv:
        p.pair("Less: Advance paid", rs(adv))
    if keep:
        p.pair("Less: Retention @ 5%", rs(keep))
    p.pair(rng.choice(["Net paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = "Cash" if k in (0, 3) else rng.choice(["UPI", "IMPS"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Site in-charge", rng.choice(["Ar. Sneha Naik", "Vikram Kulkarni", "Ar. Leon Dias"]))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY PAYEE"]), status="success")
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    right(p, "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 7. outward wires for imported furniture and lighting


MAKERS_ABROAD = [
    ("Mobilificio Brianza Srl", "Meda, Italy", "EUR", "Intesa Sanpaolo SpA", "BCITITMM", "IT", 0),
    ("Lumenhaus ApS", "Aarhus, Denmark", "EUR", "Danske Bank A/S", "DABADKKK", "DK", 1),
    ("Hollow Pine Lighting Co", "Portland, OR, USA", "USD", "Wells Fargo Bank NA", "WFBIUS6S", "", 1),
    (
        "Ashworth & Vale Textiles Ltd",
        "Macclesfield, United Kingdom",
        "GBP",
        "Barclays Bank UK plc",
        "BUKBGB22",
        "GB",
        2,
    ),
    ("Ceramiche Valdora SpA", "Sassuolo, Italy", "EUR", "UniCredit SpA", "UNCRITMM", "IT", 3),
    ("Oakmere Furniture Inc", "High Point, NC, USA", "USD", "Truist Bank", "BRBTUS33", "", 4),
]
FX_RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}
IMPORTS = [
    ["Lounge chairs and sofa - Villa 7", "Bed and side tables - suite"],
    ["Pendant lights - hotel lobby", "Wall sconces - 24 nos"],
    ["Upholstery fabric - 120 m", "Wallcovering - 40 rolls"],
    ["Porcelain slabs - 18 crates", "Glazed wall tiles - 9 pallets"],
    ["Dining table and chairs", "Library shelving - school"],
]


def import_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio paying makers abroad for furniture, lighting, tiles and textiles its clients ordered: the bank's
    outward remittance advice (browser, e-mail, printed: the bank on top, Outward Remittance Advice / Foreign
    outward remittance - debit advice, Beneficiary / Beneficiary name / Beneficiary customer the maker abroad,
    Beneficiary bank and BIC, IBAN, Remitter / Applicant the studio, Remittance amount / Amount remitted / FCY amount
    in EUR, USD or GBP, Exchange rate, INR equivalent, Bank charges, GST on currency conversion, Total debited
    (INR), Purpose code S0101, Goods, Proforma invoice No., Forward contract No., Our reference / Transaction
    reference / Remittance ref No., Remittance date / Value date / Request date / Returned on; Remittance processed -
    MT103 sent / Funds released - SWIFT MT103 issued / On hold - pending FEMA compliance review / Returned by
    beneficiary bank - account name mismatch)."""
    k = place("import_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    sup, city, cur, sbank, bic, iban, kind = MAKERS_ABROAD[k % len(MAKERS_ABROAD)]
    j.amount = (
        round(rng.uniform(1500, 60000), 2) if rng.random() < 0.6 else float(rng.randrange(15, 600) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*FX_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "State Bank of India"])
    frame = ["mail", "browser", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"forex.{bank.split()[0].lower()}.co.in/orm/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.ops@{bank.split()[0].lower()}bank.net>",
            ["Outward remittance - debit advice", "Your foreign remittance has been processed"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Forex Services, Pune Camp", "Trade & Forex Centre, Panaji"]))
    p.add("center", rng.choice(["Outward Remittance Advice", "Foreign outward remittance - debit advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance processed - MT103 sent", "Funds released - SWIFT MT103 issued"],
            "pending": ["On hold - pending FEMA compliance review"],
            "failed": ["Returned by beneficiary bank - account name mismatch"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(
        p, rng.choice(["Beneficiary", "Beneficiary name", "Beneficiary customer"]), payee, merchant=payee
    )
    p.pair("Address", city)
    wrap_pair(p, "Beneficiary bank", f"{sbank} ({bic})")
    if iban:
        p.pair("IBAN", f"{iban}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        rng.choice(["Remittance amount", "Amount remitted", "FCY amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate", f"1 {cur} = {rate} INR")
    p.pair("INR equivalent", f"{inr:,.2f}")
    ch = float(rng.choice([750, 1000, 1250])) + 500.0
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Bank charges", f"{ch:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    p.pair("Total debited (INR)", f"{inr + ch + gst:,.2f}")
    p.pair("Purpose code", "S0101 - import of goods")
    wrap_pair(p, "Goods", rng.choice(IMPORTS[kind]))
    p.pair("Proforma invoice No.", f"{code(rng, 2, UPPER)}-{rng.randrange(100, 9999)}")
    if rng.random() < 0.5:
        p.pair("Forward contract No.", f"FWD{digits(rng, 9)}")
    p.pair("Mode", rng.choice(["SWIFT - MT103", "SWIFT outward transfer"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['ORM', 'OWR', 'FXO'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Our reference", "Transaction reference", "Remittance ref No."]),
            ref,
            txn=(BANK_RANK, ref),
        )
    date_row(
        p,
        j,
        {
            "success": ["Remittance date", "Value date"],
            "pending": ["Request date"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Submit the Bill of entry to the bank within 90 days of this remittance.")
    return p.done()


# ---------------------------------------------------------------- 8. clearing agents' and movers' bills


CARRIERS = [
    (
        "Seahorse Clearing & Forwarding Pvt Ltd",
        "Customs brokers | CHA licence R-11/2194",
        "Sector 19, Vashi, Navi Mumbai - 400703",
        "27",
    ),
    (
        "Jalan Roadlines",
        "Full truck load | Part load | Goa - Pune",
        "Verna Industrial Estate, Goa - 403722",
        "30",
    ),
    (
        "Pinnacle Furniture Movers",
        "Crating | White-glove delivery | Installation",
        "Wakad, Pune - 411057",
        "27",
    ),
    ("Sagar Customs Brokers LLP", "Import clearance | Mormugao Port", "Vasco da Gama, Goa - 403802", "30"),
]
CARRIER_FRAMES = ["paper", "mail", "portal", "paper", "paper", "mail", "portal", "paper"]


def cargo_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customs broker's or furniture mover's bill the studio paid for its imported consignments (printed
    INVOICE CUM RECEIPT / DEBIT NOTE - PAID, the firm's e-mail payment acknowledgement, its customer portal page):
    the firm on top, Importer / Client / Bill to the studio, Job No., BE No., Container No., From / To, Agency
    charges, Handling / Crating, Transportation, GST @ 18%, Total, Less: TDS u/s 194C @ 2%, Net received / Amount
    received / Received with NEFT, UPI or IMPS and its UTR / UPI Ref No. / IMPS Ref No., Bill No. / Receipt No.;
    RECEIVED / PAID / PAYMENT UNDER VERIFICATION - CREDIT AWAITED / PAYMENT REVERSED BY BANK - AMOUNT DUE)."""
    k = place("cargo_bills")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=4000, high=160000)
    firm, line, addr, state = rng.choice(CARRIERS)
    name = firm.upper() if rng.random() < 0.25 else firm
    frame = CARRIER_FRAMES[k]
    rs = money(rng, font, 0.35, marks=("Rs.", "INR", "\u20b9", ""))
    if frame == "paper":
        p = paper_page(rng, font, [700, 740])
        letterhead(p, name, line, addr, state, ["INVOICE CUM RECEIPT", "DEBIT NOTE - PAID", "BILL / RECEIPT"])
    else:
        slug = firm.split()[0].lower()
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{firm.split()[0]} Accounts <accounts@{slug}logistics.in>",
                ["Payment received - thank you", "Receipt against your job"],
            )
        else:
            p = browser_page(rng, font, f"portal.{slug}logistics.in/customer/bills/{digits(rng, 6)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", "Payment acknowledgement" if frame == "mail" else "My bills - receipt")
        p.add("rule")
        p.part = "body"
    ours_to(p, ["Importer", "Client", "Bill to"])
    p.pair("Job No.", f"{rng.choice(['IMP', 'JB', 'MV'])}/{rng.randrange(100, 9999)}")
    if "Customs" in line or "Import" in line:
        p.pair("BE No.", digits(rng, 7))
        p.pair("Container No.", f"{code(rng, 4, UPPER)}{digits(rng, 7)}")
    p.pair(
        "From / To", rng.choice(["JNPT - Pune", "Mormugao - Assagao", "Nhava Sheva - Baner", "Pune - Panaji"])
    )
    base = round(rng.uniform(0.55, 0.65) * j.amount, 0)
    hand = round(rng.uniform(0.08, 0.12) * j.amount, 0)
    p.pair(rng.choice(["Agency charges", "Transportation"]), rs(base))
    p.pair(rng.choice(["Handling", "Crating and packing"]), rs(hand))
    sub = base + hand
    gst = round(sub * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    total = round(sub + gst, 2)
    p.pair("Total", rs(total))
    tds = round(sub * 0.02, 2) if total > 30000 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    j.amount = round(total - tds, 2)
    way = (
        "UPI"
        if status == "failed" or (j.amount < 25000 and rng.random() < 0.6)
        else rng.choice(["NEFT", "IMPS"])
    )
    p.pair(
        rng.choice(["Net received", "Amount received", "Received"]) if status != "failed" else "Amount",
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "IMPS":
            p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['SH', 'JR', 'PM', 'SC'])}{rng.randrange(10000, 99999)}"
        p.pair(rng.choice(["Bill No.", "Receipt No."]), doc, txn=(INVOICE_RANK, doc))
    p.add(
        "center",
        {
            "success": rng.choice(["RECEIVED", "PAID", "Payment received"]),
            "pending": "PAYMENT UNDER VERIFICATION - CREDIT AWAITED",
            "failed": "PAYMENT REVERSED BY BANK - AMOUNT DUE",
        }[status],
        status=status,
    )
    date_row(p, j, ["Date", "Bill date", "Received on"] if status == "success" else ["Date"], PATS_IN)
    p.part = "foot"
    p.add("small", "Subject to Mumbai jurisdiction. E. & O.E." if state == "27" else "E. & O.E.")
    return p.done()


# ---------------------------------------------------------------- 9. municipal plan-approval fees


AUTHORITIES = [
    ("Pune Municipal Corporation", "Building Development Department - online fee receipt", "bpms.pmc.gov.in"),
    ("Town & Country Planning Department, Goa", "e-Payment of scrutiny fee", "tcp.goa.gov.in"),
    (
        "Pimpri Chinchwad Municipal Corporation",
        "Town Planning - building permission fees",
        "bp.pcmcindia.gov.in",
    ),
    ("Corporation of the City of Panaji", "Construction licence - online payment", "ccp.goa.gov.in"),
    (
        "Pune Metropolitan Region Development Authority",
        "Development permission - e-payment",
        "dp.pmrda.gov.in",
    ),
]
FEE_HEADS = [
    ("Scrutiny fee", 0.12),
    ("Development charges", 0.55),
    ("Labour welfare cess", 0.08),
    ("Infrastructure improvement charges", 0.25),
]
OWNERS = ["Suhas & Meera Kelkar", "Sunshine Montessori Trust", "Anthony Rodrigues", "Dr. Manasi Gokhale"]


def plan_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plan-approval and building permission fees the studio pays for its clients' projects: the planning
    authority's online fee receipt (Pune Municipal Corporation, Goa's TCP Department, PCMC, the Corporation of the
    City of Panaji, PMRDA: the authority on top with the department / portal line under it, Architect / Applicant
    the studio, Owner the client, Proposal No. / File No., Survey No. / CTS No., the fee heads, Total amount paid /
    Amount paid / Total, Mode Net banking / UPI / Debit card, Bank Ref No. / Bank transaction ID, Receipt No. /
    Challan No., Date of payment / Paid on / Transaction date; Payment successful / Fee paid / Awaiting bank
    confirmation / Payment failed - transaction cancelled)."""
    k = place("plan_fees")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=5000, high=400000, p_round=0.95)
    auth, line, host = AUTHORITIES[k % len(AUTHORITIES)]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['payment', 'receipt', 'feepay'])}/{digits(rng, 8)}")
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
            "success": ["Payment successful", "Fee paid"],
            "pending": ["Awaiting bank confirmation"],
            "failed": ["Payment failed - transaction cancelled"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Architect", "Applicant"]),
        rng.choice([COMPANY, COMPANY_CAPS, f"{SHORT} (Ar. Varun Kulkarni)"]),
    )
    wrap_pair(p, "Owner", rng.choice(OWNERS))
    p.pair(rng.choice(["Proposal No.", "File No."]), f"{rng.choice(['BP', 'TPD', 'CC'])}/{digits(rng, 5)}")
    p.pair(rng.choice(["Survey No.", "CTS No."]), f"{rng.randrange(10, 400)}/{rng.randrange(1, 9)}")
    heads = rng.sample(FEE_HEADS, rng.randrange(2, 4))
    share = sum(s for _, s in heads)
    left = j.amount
    for i, (head, s) in enumerate(heads):
        v = left if i == len(heads) - 1 else float(round(j.amount * s / share))
        left -= v
        p.pair(head, rs(v))
    p.pair(rng.choice(["Total amount paid", "Amount paid", "Total"]), rs(j.amount), amount=j.amount)
    way = rng.choice(
        ["Net banking", "UPI", "Debit card"] if j.amount <= 100000 else ["Net banking", "Debit card"]
    )
    p.pair(
        rng.choice(["Mode", "Payment mode"]),
        f"{way}{' - ' + rng.choice(BANKS[:5]) if way == 'Net banking' else ''}",
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if status != "failed":
            bref = f"{rng.choice(['IGA', 'HDF', 'CPM'])}{digits(rng, 10)}"
            p.pair(rng.choice(["Bank Ref No.", "Bank transaction ID"]), bref, txn=(BANK_RANK, bref))
        rno = f"{rng.choice(['RCPT', 'CH', 'R'])}{digits(rng, 9)}"
        p.pair(rng.choice(["Receipt No.", "Challan No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date of payment", "Paid on", "Transaction date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Fees once paid are not refundable. Verify this receipt on the portal.")
    return p.done()


# ---------------------------------------------------------------- 10. site staff's card slips


SLIP_COUNTERS = [
    ("KAMAT HARDWARE & PAINTS", "MAPUSA GOA"),
    ("OM SAI PETROLEUM - BPCL", "PORVORIM"),
    ("THE TILE STUDIO", "BANER PUNE"),
    ("HOTEL SEA BREEZE INN", "CANDOLIM"),
    ("LAXMI FUELS - IOCL", "CHANDANI CHOWK PUNE"),
    ("PORVORIM HOME CENTRE", "ALTO PORVORIM"),
    ("CAFE GULMOHAR", "PANAJI"),
    ("LIGHTS & LAMPS EXPO", "KOTHRUD PUNE"),
]
SLIP_MAKERS = [
    "PINE LABS",
    "EZETAP",
    "HDFC BANK",
    "MSWIPE",
    "ICICI BANK",
    "PHONEPE POS",
    "PAYTM EDC",
    "AXIS BANK",
]


def site_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Site staff's company cards: hardware shops', fuel outlets', a tile studio's, a hotel's, a cafe's and a
    lighting showroom's terminal slips (monospace: the maker on top on some, the counter's name and town in
    capitals, DATE: / TIME: or DT: TM:, MID:, TID:, BATCH NO:, BILL NO: / INVOICE NO:, SALE, CARD NO:, CARD TYPE:,
    AUTH CODE: / APPR CODE:, RRN:, BASE AMT: / TOTAL AMT: / AMOUNT:, a fuel slip's PRODUCT:, RATE: and VOLUME:;
    APPROVED / TXN SUCCESSFUL / DECLINED with RESP CODE / HOST NOT RESPONDING - STATUS UNKNOWN)."""
    k = place("site_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=250, high=24000)
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
        d, t = (
            when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%m%y", "%Y-%m-%d"])),
            hhmm(rng, twelve=False, seconds=True),
        )
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["BILL NO:", "INVOICE NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", "SALE")
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"]))
    if "PETROLEUM" in name or "FUELS" in name:
        rate = round(rng.uniform(94.5, 106.8), 2)
        p.pair("PRODUCT:", rng.choice(["DIESEL", "PETROL", "SPEED"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME:", f"{j.amount / rate:.2f} L")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["BASE AMT:", "TOTAL AMT:", "AMOUNT:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGN NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 05 DO NOT HONOUR", "RESP CODE: 55 INCORRECT PIN"]))
    else:
        p.add("center", "HOST NOT RESPONDING - STATUS UNKNOWN", status="pending")
        p.add("small", "PLEASE CHECK WITH BANK")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. the site office's electricity and broadband


BILLERS = [
    ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd"),
    ("Goa Electricity Department", "Electricity Department, Government of Goa"),
    ("Konkan Fibrenet", "Konkan Fibrenet Pvt Ltd"),
]
BBPS_APPS = [
    "HDFC Bank SmartHub Vyapar",
    "ICICI Bank InstaBIZ",
    "Kotak Biz",
    "Axis Bank neo for business",
    "PhonePe",
    "Google Pay",
]


def site_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's and site office's electricity and the site's broadband: Bharat Connect in business banking and
    UPI apps (the app on top, Biller / Biller name / Service provider MSEDCL, Goa Electricity Department or Konkan
    Fibrenet as printed, Consumer No. / CA No. / Account ID, Customer name the studio, Bill month, the sum large,
    Paid from Current A/c or UPI, B-Connect Txn ID / Bharat Connect Ref. No., Transaction ID, Paid on / Date & time;
    Bill paid / Payment successful / Bill payment in process / Bill payment failed) and the billers' own pages (the
    biller on top, Receipt No., Amount paid, Mode, Bank Ref No., Date of payment / Paid on)."""
    k = place("site_bills")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=900, high=45000)
    which = 2 if k in (2, 5) else j.unit
    short, long = BILLERS[which]
    rs = money(rng, font, 0.5)
    if k in (3, 7):
        host = {0: "wss.mahadiscom.in", 1: "goaelectricity.gov.in", 2: "selfcare.konkanfibre.net"}[which]
        p = browser_page(rng, font, f"{host}/quickpay/receipt")
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
        p.pair(rng.choice(["Consumer No.", "CA No."]), digits(rng, 12))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            bref = f"{rng.choice(['IGA', 'CPA', 'HDF'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{short[:2].upper()}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will be shown in your next bill.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", BBPS_APPS[k % len(BBPS_APPS)])
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
    wrap_pair(p, rng.choice(["Biller", "Biller name", "Service provider"]), name, merchant=name)
    p.pair(
        rng.choice(["Consumer No.", "Account ID"] if which == 2 else ["Consumer No.", "CA No."]),
        digits(rng, 11),
    )
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day:
        p.pair("Bill month", j.month())
    way = (
        "UPI"
        if BBPS_APPS[k % len(BBPS_APPS)] in ("PhonePe", "Google Pay")
        else rng.choice(["Current A/c", "UPI"])
    )
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
    "SUTAR WOODCRAFT INTERI",
    "MAHALAXMI PLY AND LAMI",
    "ROSHNI LIGHTING GALLER",
    "PAWAR ELECTRICALS AND",
    "SHUBHAM MARBLE GRANITE",
    "JALAN ROADLINES",
    "SEAHORSE CLEARING AND",
    "GYPCRAFT FALSE CEILING",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the partners' phones and mail: SMS in a messages app (the sender AX-HDFCBK / VM-ICICIT /
    JD-KOTAKB / VK-AXISBK, the day divider, the alert: a NEFT, RTGS, IMPS or UPI debit to a supplier or contractor as
    the bank names it (truncated), the sum, the account's last digits, the day, UTR / IMPS Ref No / UPI Ref No, Avl
    Bal; a UPI payment that "has failed" and one that "is pending") and two e-mail alerts (Transaction alert: Amount,
    Beneficiary, Account, Mode, Reference No., Date)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=900, high=600000)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "Kotak Mahindra Bank", "Axis Bank"])
    to = ALERT_PAYEES[k]
    if k in (1, 4):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{bank.split()[0].lower()}bank.net>",
            ["Transaction alert - funds transferred", "Debit alert for your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made from your account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "To"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair({"IMPS": "IMPS Ref No.", "NEFT": "UTR", "RTGS": "UTR"}[way], ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Debited", status="success")
        p.part = "foot"
        p.add("small", "If you did not make this transaction, call us immediately on 1800 266 4332.")
        return p.done()
    sender = {
        "HDFC Bank": "AX-HDFCBK",
        "ICICI Bank": "VM-ICICIT",
        "Kotak Mahindra Bank": "JD-KOTAKB",
        "Axis Bank": "VK-AXISBK",
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
        j.amount = rupees(rng, 900, 95000)
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    if status == "success":
        p.add("left", f"{amt} debited from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    else:
        p.add("left", f"Your UPI payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    tail = f"via {way}"
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
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 50000, 4500000):,.2f}. Not you? Call 1800 202 6161",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

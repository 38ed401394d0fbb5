"""The twelve heldout181 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an auto-components machining unit's day in 2026 (Shivneri Precision Components Pvt
Ltd, an MSME turning and forging shop with its plant at Chakan and its unit at Hosur), told by the proofs of payment
it receives and makes: vehicle makers' NEFT / RTGS payment advices for turned and forged parts, the bank's supply-
chain finance disbursals against those makers' accepted invoices, job-workers' and tool dealers' UPI, steel mills'
tax invoices with the payment block, corporate net-banking payments to the heat-treatment vendor and forging shops
(and the bank's SMS of them), outward wires for imported cutting tools and gauges, transporters' freight bills, the
pollution control boards' and factory inspectorates' fee receipts, card slips at tool shops and fuel outlets,
contract workers' vouchers and bulk payouts, the company's own money receipts for machining scrap, and the shop's
electricity and gas through Bharat Connect. Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, invoice lists, heat numbers, test
certificates, LR and vehicle numbers, GST and TDS lines, GSTIN, IFSC, BIC, IBAN, consent and licence numbers,
vendor codes, anchor and programme names, loan accounts, MID, TID, batch and the payer's own details carry no fact.
``Job``, ``date_row``, ``neft_ref``, ``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is heldout158's.
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
from bench.receipt_sets.heldout123_families import fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import BANKS, IFSC, Job, date_row, gst_lines, letterhead, neft_ref

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"

COMPANY = "Shivneri Precision Components Pvt Ltd"
COMPANY_CAPS = "SHIVNERI PRECISION COMPONENTS PRIVATE LIMITED"
SHORT = "Shivneri Precision"
# unit, address, GST state code
UNITS = [
    ("Chakan", "Gat No. 318, MIDC Chakan Phase II, Pune - 410501, Maharashtra", "27"),
    ("Hosur", "Plot 77, SIPCOT Industrial Complex Phase I, Hosur - 635126, Tamil Nadu", "33"),
]
PATS_OWN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%y", "{d} %B %Y", "%d %b, %Y", "%Y-%m-%d"]


def payee_name(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer / Consignor / Bill to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {SHORT}"]))


HEADS = {
    **IFSC,
    "Bank of Baroda": "BARB",
    "IDFC FIRST Bank": "IDFB",
    "YES BANK": "YESB",
    "Federal Bank": "FDRL",
}


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    if way == "RTGS":
        return f"{HEADS[bank]}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "IMPS":
        return j.ref
    if bank not in IFSC:
        return f"{HEADS[bank]}N5{j.date:%Y%m%d}{digits(rng, 8)}"
    return neft_ref(rng, j, bank)


# ---------------------------------------------------------------- 1. vehicle makers' payment advices


OEMS = [
    ("Sahyadri Motors Ltd", "vendorpayments@sahyadrimotors.in", "Commercial Vehicle Business Unit"),
    ("Dakshin Tractors & Farm Equipment Ltd", "ap.hosur@dakshintractors.com", "Hosur Tractor Plant"),
    ("Trident Two Wheelers Ltd", "supplier.payments@tridenttw.in", "Purchase Finance - Chakan"),
    ("Kaveri Commercial Vehicles Ltd", "payables@kavericv.co.in", "Accounts Payable Shared Services"),
    ("Nilgiri Axles & Drivelines Ltd", "ap@nilgiriaxles.in", "Tier-1 Axle Division"),
    ("Pratap Engines Pvt Ltd", "finance@pratapengines.in", "Engine Plant - Ranjangaon"),
]
PARTS = [
    "Stub axle (forged + turned)",
    "Gear blank 20MnCr5",
    "Flange yoke",
    "Pinion shaft",
    "Brake camshaft",
    "Hub bearing sleeve",
    "Rocker arm spindle",
    "King pin",
]
OEM_FRAMES = ["mail", "portal", "paper", "mail", "portal", "paper", "mail", "paper"]


def oem_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A vehicle maker or Tier-1 paying the company for machined parts: its payment advice e-mail, its supplier
    portal's payment page and a printed VENDOR PAYMENT ADVICE (the maker on top with its plant line, Vendor / Supplier
    name / Pay to / Beneficiary the company, Vendor code, GRN / invoice rows with their sums, Less: TDS u/s 194Q @ 0.1%,
    Less: Rejection debit note, Net amount credited / Amount paid / Net remittance, Payment mode NEFT / RTGS, UTR / Bank
    reference (UTR), Payment document No. / Clearing doc, Paid on / Value date / Blocked on / Returned on; Payment
    status: Released / Status: Cleared / Blocked for payment - PPAP approval pending / Payment returned - beneficiary
    account dormant)."""
    k = place("oem_advices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=60000, high=2400000)
    oem, mail, line = rng.choice(OEMS)
    frame = OEM_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "INR", "Rs.", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{oem.split()[0]} Payables <{mail}>",
            ["Vendor payment intimation", f"Payment released - {SHORT}", "Remittance details"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"srm.{mail.split('@')[1]}/vendor/payments/{digits(rng, 9)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, oem.upper() if frame == "paper" and rng.random() < 0.5 else oem)
    p.add("small", line)
    p.add(
        "center", rng.choice(["VENDOR PAYMENT ADVICE", "Payment intimation", "Supplier remittance details"])
    )
    p.add("rule")
    p.part = "body"
    me = payee_name(rng)
    wrap_pair(p, rng.choice(["Vendor", "Supplier name", "Pay to", "Beneficiary"]), me, merchant=me)
    p.pair(rng.choice(["Vendor code", "Supplier code"]), f"{rng.choice(['V', '10', 'SUP'])}{digits(rng, 6)}")
    rows = [
        (f"{rng.choice(['GRN', 'MIGO'])} {digits(rng, 8)}", rupees(rng, 40000, 900000, 0.1))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Invoices cleared", "GRN-wise details", "Documents paid"]))
    for no, v in rows:
        p.pair(f"{no} - {rng.choice(PARTS)}", rs(v))
    gross = sum(v for _, v in rows)
    cut = round(gross * 0.001, 2)
    p.pair("Gross amount", rs(gross))
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(cut))
    dn = float(rng.choice([0, 0, 1850, 4420, 12760]))
    if dn:
        p.pair("Less: Rejection debit note", rs(dn))
    j.amount = round(gross - cut - dn, 2)
    p.pair(
        rng.choice(["Net amount credited", "Amount paid", "Net remittance"]), rs(j.amount), amount=j.amount
    )
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.7 else "NEFT"
    p.pair(rng.choice(["Payment mode", "Mode of payment"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "Bank account", f"{bank} - XXXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "Bank reference (UTR)", f"{way} UTR No."]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20', '47'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document No.", "Clearing doc"]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Released", "Status: Cleared"],
            "pending": ["Blocked for payment - PPAP approval pending"],
            "failed": ["Payment returned - beneficiary account dormant"],
        },
    )
    date_row(
        p,
        j,
        {"success": ["Paid on", "Value date"], "pending": ["Blocked on"], "failed": ["Returned on"]}[status],
        PATS_OWN,
    )
    p.part = "foot"
    p.add("small", "System generated advice. For queries quote your vendor code.")
    return p.done()


# ---------------------------------------------------------------- 2. the bank's supply-chain finance


SCF_BANKS = [
    ("HDFC Bank", "Vendor Finance Programme", "scf.hdfcbank.com"),
    ("ICICI Bank", "Dealer & Vendor Finance - Digital", "dvf.icicibank.com"),
    ("Axis Bank", "Supply Chain Finance - Vendor Programme", "scf.axisbank.co.in"),
    ("Kotak Mahindra Bank", "Kotak SCF - Vendor Financing", "scf.kotak.com"),
]
SCF_FRAMES = ["portal", "mail", "paper", "portal", "mail", "portal", "paper", "mail"]


def scf_disbursals(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's supply-chain finance paying the company early against a vehicle maker's accepted invoices: the
    bank's SCF portal page, its disbursal advice e-mail and a printed DISBURSEMENT ADVICE (the bank on top with its
    programme line, Anchor the maker, Vendor / Borrower / Beneficiary the company, Programme limit, Invoices financed
    with Invoice value, Finance amount, Less: Discount / interest @ rate for the days, Less: Processing fee incl. GST,
    Net disbursed / Amount credited / Net credit to vendor, Credited to the current account, Finance A/c No., Due date
    of repayment, UTR, Disbursal ref No., Request ID; Disbursed / Status: Credited to vendor account / Disbursal
    under process / Disbursal rejected - programme limit exceeded; Disbursal date / Value date / Requested on /
    Rejected on)."""
    k = place("scf_disbursals")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=150000, high=3500000)
    bank, prog, host = SCF_BANKS[k % len(SCF_BANKS)]
    anchor = rng.choice(OEMS)[0]
    frame = SCF_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "INR", "Rs."))
    if frame == "portal":
        p = browser_page(rng, font, f"{host}/vendor/disbursal/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} SCF <scf.alerts@{host.split('.', 1)[1]}>",
            ["Disbursal advice - invoices financed", "Early payment credited to your account"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", prog)
    p.add("center", rng.choice(["DISBURSEMENT ADVICE", "Disbursal advice", "Finance request - status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Disbursed", "Status: Credited to vendor account"],
            "pending": ["Disbursal under process"],
            "failed": ["Disbursal rejected - programme limit exceeded"],
        },
    )
    wrap_pair(p, "Anchor", anchor)
    me = payee_name(rng)
    wrap_pair(p, rng.choice(["Vendor", "Borrower", "Beneficiary"]), me, merchant=me)
    p.pair("Programme limit", rs(float(rng.choice([5000000, 7500000, 10000000]))))
    p.add("left", rng.choice(["Invoices financed", "Invoices discounted"]))
    invs = [rupees(rng, 60000, 900000, 0.1) for _ in range(rng.randrange(1, 4))]
    for v in invs:
        p.pair(f"SPC/{rng.randrange(1000, 9999)}", rs(v))
    value = sum(invs)
    p.pair("Invoice value", rs(value))
    days = rng.choice([45, 60, 75, 90])
    rate = rng.choice([8.75, 9.1, 9.25, 9.6])
    fin = round(value * rng.choice([0.9, 1.0]), 2)
    if fin != value:
        p.pair("Finance amount (90%)", rs(fin))
    disc = round(fin * rate / 100 * days / 365, 2)
    fee = round(fin * 0.001 * 1.18, 2)
    p.pair(f"Less: Discount @ {rate}% for {days} days", rs(disc))
    p.pair("Less: Processing fee incl. GST", rs(fee))
    j.amount = round(fin - disc - fee, 2)
    p.pair(
        rng.choice(["Net disbursed", "Amount credited", "Net credit to vendor"]),
        rs(j.amount),
        amount=j.amount,
    )
    cb = rng.choice(BANKS)
    way = "internal" if cb == bank else rng.choice(["NEFT", "RTGS"])
    p.pair(
        "Credited to",
        f"Current A/c XXXX{digits(rng, 4)}" + ("" if way == "internal" else f" ({cb.split()[0]})"),
        method="netbanking",
    )
    p.pair("Finance A/c No.", f"{rng.choice(['SCF', 'VF'])}{digits(rng, 12)}")
    if not j.no_day:
        p.pair("Due date of repayment", j.other_day(rng, days - 2, days + 2))
    if not j.no_ref:
        if status == "success" and way != "internal":
            ref = bank_ref(rng, j, cb, way)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        if status != "failed":
            dref = f"{rng.choice(['DSB', 'SCFD'])}{j.date:%y%m}{digits(rng, 7)}"
            p.pair(rng.choice(["Disbursal ref No.", "Disbursement reference"]), dref, txn=(BANK_RANK, dref))
        rid = f"FR{digits(rng, 9)}"
        p.pair("Request ID", rid, txn=(INVOICE_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Disbursal date", "Value date"],
            "pending": ["Requested on"],
            "failed": ["Rejected on"],
        }[status],
        PATS_OWN,
    )
    p.part = "foot"
    p.add("small", "Repayment will be made by the anchor on the due date. No action needed from the vendor.")
    return p.done()


# ---------------------------------------------------------------- 3. job-workers' and tool dealers' UPI


JOB_APPS = ["PhonePe", "Google Pay", "Paytm", "Instamojo", "BHIM", "Google Pay", "Cashfree", "PhonePe"]
JOBWORKERS = [
    "Ganesh Cylindrical Grinding",
    "Om Sai Zinc Plating Works",
    "Bhairavnath Deburring Services",
    "Sai Cutting Tools & Inserts",
    "Sri Lakshmi Thread Rolling",
    "Mahalaxmi Powder Coating",
    "Precitech CNC Spares",
    "Hosur Tool Room Services",
]
JOB_NOTES = [
    "Grinding 1200 nos",
    "Plating lot 14",
    "Deburr + wash",
    "CNMG inserts x 20",
    "Thread rolling",
    "Bill 418",
]


def jobwork_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying job-workers and tool dealers by UPI: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM:
    the job-worker under Paid to / Payment to / Sent to, its UPI ID, the sum large, a note, UPI Ref. ID / UTR No. /
    UPI transaction ID, the app's Transaction ID / Google transaction ID on some, From the company's bank, Paid at /
    Date & time) and two dealers' payment links (Instamojo, Cashfree: the dealer on top, Paid by the company, Payment
    ID / Reference ID, UTR for UPI or Auth code for a card, Payment time)."""
    k = place("jobwork_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=450, high=48000, p_round=0.6)
    app = JOB_APPS[k]
    to = JOBWORKERS[k]
    to = to.upper() if rng.random() < 0.2 else to
    rs = money(rng, font, 0.6)
    if app in ("Instamojo", "Cashfree"):
        slug = "".join(ch for ch in to.lower() if ch.isalpha())[:14]
        url = (
            f"imjo.in/{code(rng, 6, ALNUM)}" if app == "Instamojo" else f"payments.cashfree.com/forms/{slug}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Cutting tools | Inserts | Holders", "CNC spares and service"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Thank you! Payment complete"],
                "failed": ["Payment could not be completed"],
                "pending": ["Payment is being confirmed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Paid by", rng.choice([COMPANY, SHORT]))
        way = "UPI" if rng.random() < 0.6 else "card"
        p.pair("Paid using", "UPI" if way == "UPI" else f"Visa Business {masked(rng, font)}", method=way)
        if not j.no_ref:
            pid = f"MOJO{j.date:%m%d}{code(rng, 10, ALNUM)}" if app == "Instamojo" else digits(rng, 10)
            p.pair("Payment ID" if app == "Instamojo" else "Reference ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Payment time", "Date"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by Instamojo" if app == "Instamojo" else "Secured by Cashfree Payments")
        return p.done()
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment completed", "Transfer successful", "Paid"],
            "failed": ["Payment declined", "Transfer failed"],
            "pending": ["Awaiting confirmation from bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(["Paid to", "Sent to"] if status == "success" else ["Payment to", "To"]))
    p.add("center", to, merchant=to)
    handle = "".join(ch for ch in to.lower() if ch.isalpha())[:12]
    p.add("small", f"{handle}@{rng.choice(['okaxis', 'ybl', 'paytm', 'oksbi'])}", method="UPI")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), rng.choice(JOB_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI Ref. ID", "UTR No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
        if app == "Google Pay" and rng.random() < 0.7:
            own = "CICAgO" + code(rng, 12, ALNUM)
            wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
        elif app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair("From", f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Paid at", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt"]))
    return p.done()


# ---------------------------------------------------------------- 4. steel mills' tax invoices


MILLS = [
    (
        "Deccan Special Steels Ltd",
        "Alloy and forging quality bars",
        "Additional MIDC, Jalna - 431213, Maharashtra",
        "27",
    ),
    (
        "Kalinga Forge Quality Bars Pvt Ltd",
        "SBQ rounds | RCS | Billets",
        "Kalunga, Rourkela - 770031, Odisha",
        "21",
    ),
    (
        "Salem Bright Bars",
        "Bright bars - drawn, peeled, ground",
        "Omalur Main Road, Salem - 636009, Tamil Nadu",
        "33",
    ),
    (
        "Vasundhara Steel Stockists",
        "Authorised stockist - alloy steels",
        "Sector 10, Bhosari, Pune - 411026",
        "27",
    ),
]
GRADES = [
    ("EN8 bright bar 32 mm", 64000.0, 71000.0),
    ("20MnCr5 rounds 45 mm", 72000.0, 81000.0),
    ("SAE 8620 forging quality 60 mm", 76000.0, 86000.0),
    ("EN353 RCS 50 mm", 74000.0, 83000.0),
    ("C45 hot rolled 70 mm", 58000.0, 65000.0),
    ("16MnCr5 bright 28 mm", 73000.0, 80000.0),
]
MILL_WAYS = ["RTGS", "NEFT", "RTGS", "cheque", "RTGS", "NEFT", "UPI", "RTGS"]


def steel_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A steel mill's or stockist's TAX INVOICE / TAX INVOICE CUM RECEIPT for bars the company bought (the mill on
    top with its line, address and GSTIN; Invoice No. / Bill No., Invoice date / Date, Buyer / Bill to / Consignee the
    company, Vehicle No., E-way bill No., the grades with Heat No. and MT x rate per MT, Taxable value, CGST and SGST
    or IGST @ 18%, Round off, Invoice value; the payment block: Payment received / Amount recd. with RTGS / NEFT UTR or
    UPI Ref No., or Cheque recd. with Cheque No.; PAID IN FULL / RECEIVED - THANK YOU / CHEQUE LODGED - CREDIT AWAITED
    / CHEQUE RETURNED UNPAID - EXCEEDS ARRANGEMENT, in the mill's rubber stamp too)."""
    k = place("steel_invoices")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2)
    mill, line, addr, state = rng.choice(MILLS)
    name = mill.upper() if rng.random() < 0.3 else mill
    p = paper_page(rng, font, [720, 760, 780])
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR", ""))
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE CUM RECEIPT", "INVOICE - ORIGINAL FOR BUYER"]
    )
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in mill.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}"
        if not j.no_day and rng.random() < 0.5:
            inv = (
                f"{''.join(w[0] for w in mill.split()[:2]).upper()}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
            )
        p.pair(rng.choice(["Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date"], PATS_OWN)
    ours_to(p, ["Buyer", "Bill to", "Consignee"])
    p.pair(
        "Vehicle No.",
        f"{rng.choice(['MH12', 'MH14', 'TN70', 'OD14'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
    )
    p.pair("E-way bill No.", digits(rng, 12))
    taxable = 0.0
    for grade, lo, hi in rng.sample(GRADES, rng.randrange(1, 3)):
        mt = round(rng.uniform(0.8, 6.0), 3)
        rate = float(round(rng.uniform(lo, hi) / 50) * 50)
        value = round(mt * rate, 2)
        taxable += value
        p.add("left", f"{grade}  Heat No. {code(rng, 1, UPPER)}{digits(rng, 5)}")
        p.pair(f"  {mt:.3f} MT x {rate:,.0f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 18, state != UNITS[j.unit][2])
    p.pair("Invoice value", rs(total))
    j.amount = total
    p.add("rule")
    way = MILL_WAYS[k] if status == "success" else "cheque"
    if way == "cheque":
        p.pair(
            "Cheque recd." if status != "failed" else "Cheque amount",
            rs(total),
            amount=total,
            method="cheque",
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        p.pair(rng.choice(["Payment received", "Amount recd."]), rs(total), amount=total)
        p.pair("By", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice([f"{way} UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID IN FULL", "RECEIVED - THANK YOU"]),
        "pending": "CHEQUE LODGED - CREDIT AWAITED",
        "failed": "CHEQUE RETURNED UNPAID - EXCEEDS ARRANGEMENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(total)}")
    p.add("small", "Mill test certificate enclosed. Interest @ 18% p.a. on bills unpaid after 30 days.")
    right(p, f"For {name}")
    seal(p, " ".join(mill.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. net-banking payments to vendors, and the SMS of them


PORTALS = [
    ("Bank of Baroda", "bobcorporate.bankofbaroda.in", "bob World Business"),
    ("Canara Bank", "corp.canarabank.in", "Canara Corporate Net Banking"),
    ("IDFC FIRST Bank", "corporate.idfcfirstbank.com", "IDFC FIRST Corporate Banking"),
    ("YES BANK", "yesconnect.yesbank.in", "YES CONNECT"),
    ("Federal Bank", "fedcorp.federalbank.co.in", "FedCorp"),
]
VENDORS = [
    "Sahyadri Heat Treaters",
    "Unitherm Induction Hardening Pvt Ltd",
    "CHAKAN FORGINGS PVT LTD",
    "Hosur Ring Rolling Works",
    "Precicut Tools & Tooling",
    "Kirti Gauges & Instruments",
    "Bhima Shot Blasting Works",
    "Anand Case Carburising Co",
]
ALERT_VENDORS = {2: "SAHYADRI HEAT TREATE", 6: "HOSUR RING ROLLING W"}
ALERT_SENDERS = {
    "Bank of Baroda": "BP-BOBTXN",
    "Canara Bank": "VM-CANBNK",
    "IDFC FIRST Bank": "AD-IDFCFB",
    "YES BANK": "JM-YESBNK",
    "Federal Bank": "VK-FEDBNK",
}
VT_FRAMES = ["ack", "ack", "sms", "ack", "mail", "ack", "sms", "ack"]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its heat-treatment vendor, forging shops and tool makers from corporate net banking: the
    bank's transaction page (bob World Business, Canara, IDFC FIRST, YES CONNECT, FedCorp: the portal on top,
    Beneficiary / Payee / Transfer to the vendor, its account and IFSC, Debit A/c the company, Transaction amount /
    Amount (INR) / Payment amount, Service charge + GST, Mode NEFT / RTGS / IMPS, UTR / UTR reference / IMPS RRN,
    Bank reference / Txn reference No., Narration, Authorised by; Executed successfully / Status: Completed / Sent
    to RBI - credit confirmation awaited / Rejected by beneficiary bank - account frozen; Value date / Executed on /
    Submitted on / Rejected on), the bank's beneficiary credit advice e-mail, and the bank's SMS of two of the
    transfers ("sent to SAHYADRI HEAT TREATE", a pending one that "is pending")."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 2, low=18000, high=1600000)
    bank, host, brand = PORTALS[k % len(PORTALS)]
    way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    if j.no_day:
        way = "IMPS"
    frame = VT_FRAMES[k]
    if frame == "sms":
        j.amount = rupees(rng, 18000, 480000)
        way = "IMPS" if j.no_day or j.amount < 200000 else "RTGS"
        if status != "success" and way == "RTGS":
            way = "NEFT"
        p = phone_page(rng, font, k, [ALERT_SENDERS[bank]])
        p.part = "body"
        if not j.no_day:
            p.add("small", when(j.date, rng.choice(["%a, {d} %b", "{d} %B %Y", "%d/%m/%Y"])), date=j.date)
        to = ALERT_VENDORS[k]
        amt = f"{rng.choice(['INR ', 'Rs.', 'Rs '])}{j.amount:,.2f}"
        acc = f"A/c **{digits(rng, 4)}"
        if status == "success":
            p.add("left", f"{amt} sent from {acc}", amount=j.amount)
            p.add("left", f"to {to}", merchant=to)
        else:
            p.add("left", f"Your {way} of {amt} from {acc}", amount=j.amount)
            p.add("left", f"to {to}", merchant=to)
        on = "" if j.no_day else f"on {j.day(rng, ['%d-%m-%y', '%d%b%Y', '%d.%m.%Y'])} "
        p.add("left", f"{on}via {way}", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            lab = {"IMPS": "IMPS RRN", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
        word = {
            "success": f"Bal INR {rupees(rng, 80000, 4000000):,.2f}. Not done by you? Call 1800 103 1222",
            "pending": "is pending with the beneficiary bank. Do not retry.",
            "failed": "has failed. Amount will be credited back.",
        }[status]
        p.add("left", word, status=status)
        p.add("small", f"-{bank}")
        return p.done()
    to = VENDORS[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "INR", "Rs."))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <no-reply@{host.split('.', 1)[1]}>",
            ["Beneficiary credit advice", "Funds sent to your vendor"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", "Beneficiary Credit Advice")
    else:
        p = browser_page(rng, font, f"{host}/payments/status/{digits(rng, 10)}")
        p.part = "head"
        top(p, brand)
        p.add("small", bank)
        p.add("center", rng.choice(["Payment status", "Transaction details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Executed successfully", "Status: Completed"],
            "pending": ["Sent to RBI - credit confirmation awaited"],
            "failed": ["Rejected by beneficiary bank - account frozen"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary", "Payee", "Transfer to"]), to, merchant=to)
    tb = rng.choice(BANKS)
    p.pair("Account / IFSC", f"XXXX{digits(rng, 4)} / {IFSC[tb]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit A/c", f"{SHORT} - XXXX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Transaction amount", "Amount (INR)", "Payment amount"]), rs(j.amount), amount=j.amount
    )
    p.pair("Service charge + GST", rs(rng.choice([2.36, 5.9, 11.8, 29.5])))
    p.pair("Mode", way, method="netbanking")
    if not j.no_ref:
        if status != "failed" or way == "IMPS":
            ref = bank_ref(rng, j, bank, way)
            lab = {"IMPS": "IMPS RRN", "NEFT": rng.choice(["UTR", "UTR reference"]), "RTGS": "UTR"}[way]
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        tref = f"{rng.choice(['BOB', 'CB', 'IDF', 'YC', 'FC'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Bank reference", "Txn reference No."]), tref, txn=(BANK_RANK, tref))
    wrap_pair(p, "Narration", f"{rng.choice(['HT', 'Forging', 'Tooling'])} bill {rng.randrange(100, 999)}")
    p.pair("Authorised by", rng.choice(["PJADHAV (Director)", "SKULKARNI (CFO)"]))
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Executed on"],
            "pending": ["Submitted on"],
            "failed": ["Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Bank never asks for your password or OTP.")
    return p.done()


# ---------------------------------------------------------------- 6. outward wires for imported tooling


TOOLERS = [
    ("Hartmann Werkzeugtechnik GmbH", "Schmalkalden, Germany", "EUR", "Commerzbank AG", "COBADEFF", "DE"),
    ("Valtorre Utensili S.p.A.", "Brescia, Italy", "EUR", "Intesa Sanpaolo S.p.A.", "BCITITMM", "IT"),
    ("Norland Gauging Ltd", "Sheffield, United Kingdom", "GBP", "Barclays Bank UK plc", "BUKBGB22", "GB"),
    ("Brightline Tool Corp", "Rockford, IL, USA", "USD", "Wells Fargo Bank NA", "WFBIUS6S", ""),
    ("Ridgeway CNC Parts Inc", "Cleveland, OH, USA", "USD", "KeyBank NA", "KEYBUS33", ""),
]
FX = {"USD": (85.2, 89.1), "EUR": (92.8, 97.9), "GBP": (107.9, 113.8)}


def tooling_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company importing carbide inserts, CNC spares and gauges: the bank's outward remittance page, its
    e-mail and a printed FOREIGN OUTWARD REMITTANCE - DEBIT ADVICE (the bank on top, Payee / Beneficiary customer the
    supplier abroad, its bank and SWIFT BIC, IBAN, Ordering customer the company, FCY amount / Amount in foreign
    currency / Remitted amount in EUR, GBP or USD, Conversion rate, INR amount debited, Bank charges (OUR),
    GST on FX, Purpose S0101, Forward contract Deal ID, Proforma invoice No., UETR, Outward ref No. / Transaction
    ref.; Payment sent - SWIFT MT103 released / Status: Completed / Awaiting documents - invoice and Form A2 under
    scrutiny / Returned - beneficiary name mismatch at receiving bank; Value date / Remitted on / Submitted on /
    Returned on)."""
    k = place("tooling_wires")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    sup, city, cur, sbank, bic, iban = rng.choice(TOOLERS)
    j.amount = (
        round(rng.uniform(1800, 65000), 2) if rng.random() < 0.65 else float(rng.randrange(20, 600) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*FX[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Bank of Baroda"])
    frame = ["browser", "paper", "mail"][k % 3]
    if frame == "browser":
        p = browser_page(
            rng, font, f"tradeonline.{bank.split()[0].lower()}.in/fx/outward/{code(rng, 8, ALNUM)}"
        )
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <fx.services@{bank.split()[0].lower()}bank.in>",
            ["Foreign outward remittance - debit advice", "Your import payment"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Forex & Trade Services, Pune", "Trade Operations Hub, Chennai"]))
    p.add("center", rng.choice(["FOREIGN OUTWARD REMITTANCE - DEBIT ADVICE", "Outward remittance details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment sent - SWIFT MT103 released", "Status: Completed"],
            "pending": ["Awaiting documents - invoice and Form A2 under scrutiny"],
            "failed": ["Returned - beneficiary name mismatch at receiving bank"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(p, rng.choice(["Payee", "Beneficiary customer"]), payee, merchant=payee)
    wrap_pair(p, "Beneficiary bank", f"{sbank}, {city.split(', ')[0]}")
    p.pair("SWIFT BIC", bic)
    if iban:
        p.pair(
            "IBAN",
            f"{iban}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
        )
    wrap_pair(p, "Ordering customer", rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        rng.choice(["FCY amount", "Amount in foreign currency", "Remitted amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    ch = float(rng.choice([750, 1250, 2000]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    p.pair("INR amount debited", f"INR {inr + ch + gst:,.2f}")
    p.pair("Bank charges (OUR)", f"INR {ch:,.2f}")
    p.pair("GST on FX", f"INR {gst:,.2f}")
    p.pair("Purpose", "S0101 - Import of goods")
    if rng.random() < 0.6:
        p.pair("Forward contract Deal ID", f"FWD{digits(rng, 8)}")
    p.pair("Proforma invoice No.", f"{code(rng, 2, UPPER)}-{rng.randrange(2026000, 2026999)}")
    p.pair("Mode", rng.choice(["SWIFT (MT103)", "Wire transfer - SWIFT"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['OWR', 'FXO', 'ORT'])}{j.date:%y%m%d}{digits(rng, 6)}"
        p.pair(rng.choice(["Outward ref No.", "Transaction ref."]), ref, txn=(BANK_RANK, ref))
    if status == "success" and rng.random() < 0.5:
        wrap_pair(
            p,
            "UETR",
            f"{code(rng, 8, '0123456789abcdef')}-{code(rng, 4, '0123456789abcdef')}-4{code(rng, 3, '0123456789abcdef')}-{code(rng, 12, '0123456789abcdef')}",
        )
    date_row(
        p,
        j,
        {"success": ["Value date", "Remitted on"], "pending": ["Submitted on"], "failed": ["Returned on"]}[
            status
        ],
    )
    p.part = "foot"
    p.add("small", "Submit the Bill of entry on the EDPMS within the due period.")
    return p.done()


# ---------------------------------------------------------------- 7. transporters' freight bills


CARRIERS = [
    (
        "Maratha Roadlines",
        "Full and part truck loads | OEM line-side delivery",
        "Chakan, Pune - 410501",
        "27",
    ),
    ("Sri Balaji Logistics", "Milk-run transport for auto parts", "Bagalur Road, Hosur - 635109", "33"),
    ("Deccan Parcel Express", "Surface and air courier", "Bhosari, Pune - 411026", "27"),
    ("Cauvery Carriers", "Goods transport | Trailers | 32 ft MXL", "SIPCOT Phase II, Hosur - 635126", "33"),
]
FREIGHT_FRAMES = ["paper", "mail", "paper", "portal", "paper", "mail", "paper", "portal"]
ROUTES = ["Chakan - Pithampur", "Hosur - Oragadam", "Chakan - Hosur", "Hosur - Jamshedpur", "Chakan - Nashik"]


def freight_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A transporter's or courier's bill the company paid for parts sent to vehicle makers' plants: printed FREIGHT
    BILL CUM MONEY RECEIPT / LORRY FREIGHT RECEIPT, the transporter's e-mail and its booking portal (the carrier on
    top, Consignor / Party the company, LR No. / GC Note No., Vehicle No., Route, Packages and Weight, Freight,
    Hamali / loading, Detention, a note that GST is payable by the consignor under RCM, Total, Less: TDS u/s 194C,
    Net paid / Amount received / Received amount with its UTR / IMPS Ref No. / UPI Ref No., Freight bill No. / Money
    receipt No.; FREIGHT PAID / PAYMENT RECEIVED / PAYMENT IN TRANSIT - TO BE CONFIRMED / IMPS FAILED - RESEND
    PAYMENT; Bill date / Date / Paid on)."""
    k = place("freight_bills")
    status = outcome(k, failed=(3,), pending=(0,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=3500, high=120000)
    cc, line, addr, state = rng.choice(CARRIERS)
    name = cc.upper() if rng.random() < 0.3 else cc
    frame = FREIGHT_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", "INR"))
    if frame == "paper":
        p = paper_page(rng, font, [700, 740])
        letterhead(p, name, line, addr, state, ["FREIGHT BILL CUM MONEY RECEIPT", "LORRY FREIGHT RECEIPT"])
    else:
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{cc.split()[0]} Accounts <accounts@{cc.split()[0].lower()}logistics.in>",
                ["Freight payment received", "Money receipt for your LR"],
            )
        else:
            p = browser_page(rng, font, f"book.{cc.split()[0].lower()}.in/party/ledger/{digits(rng, 7)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", "Money receipt" if frame == "mail" else "Party ledger - payment")
        p.add("rule")
        p.part = "body"
    ours_to(p, ["Consignor", "Party", "Billed to"])
    p.pair(rng.choice(["LR No.", "GC Note No."]), f"{rng.randrange(1000, 99999)}")
    p.pair(
        "Vehicle No.",
        f"{rng.choice(['MH14', 'MH12', 'TN70', 'TN29'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
    )
    p.pair("Route", rng.choice(ROUTES))
    p.pair("Pkgs / Weight", f"{rng.randrange(4, 90)} bins / {rng.randrange(300, 9000):,} kg")
    base = round(rng.uniform(0.8, 0.9) * j.amount, 0)
    hamali = float(rng.randrange(4, 40) * 50)
    det = float(rng.choice([0, 0, 1500, 3000]))
    p.pair("Freight", rs(base))
    p.pair("Hamali / loading", rs(hamali))
    if det:
        p.pair("Detention", rs(det))
    total = base + hamali + det
    p.pair("Total", rs(total))
    p.add("small", "GST payable by the consignor under reverse charge.")
    tds = round(total * rng.choice([0.01, 0.02]), 2) if total > 30000 else 0.0
    if tds:
        p.pair(f"Less: TDS u/s 194C @ {round(tds / total * 100)}%", rs(tds))
    j.amount = round(total - tds, 2)
    way = (
        "IMPS"
        if status == "failed"
        else rng.choice(["NEFT", "IMPS", "UPI"] if total < 100000 else ["NEFT", "IMPS"])
    )
    if j.no_day and way == "NEFT":
        way = "IMPS"
    p.pair(
        rng.choice(["Net paid", "Amount received", "Received amount"]) if status == "success" else "Amount",
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        if status != "failed":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair("UTR" if way == "NEFT" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['FB', 'MR'])}/{rng.randrange(1000, 9999)}"
        p.pair(rng.choice(["Freight bill No.", "Money receipt No."]), doc, txn=(INVOICE_RANK, doc))
    p.add(
        "center",
        {
            "success": rng.choice(["FREIGHT PAID", "PAYMENT RECEIVED"]),
            "pending": "PAYMENT IN TRANSIT - TO BE CONFIRMED",
            "failed": "IMPS FAILED - RESEND PAYMENT",
        }[status],
        status=status,
    )
    date_row(p, j, ["Bill date", "Date", "Paid on"] if status == "success" else ["Date"], PATS_OWN)
    p.part = "foot"
    p.add("small", "Goods at owner's risk. Subject to Pune jurisdiction." if state == "27" else "E. & O.E.")
    return p.done()


# ---------------------------------------------------------------- 8. statutory fees


AUTHORITIES = [
    ("Maharashtra Pollution Control Board", "GRAS e-payment - consent fee", "gras.mahakosh.gov.in"),
    ("Tamil Nadu Pollution Control Board", "OCMMS - consent fee payment", "ocmms.tnpcb.gov.in"),
    (
        "Directorate of Industrial Safety and Health, Maharashtra",
        "Factory licence renewal - online payment",
        "dish.maharashtra.gov.in",
    ),
    (
        "Directorate of Industrial Safety and Health, Tamil Nadu",
        "Karuvoolam - e-Challan",
        "karuvoolam.tn.gov.in",
    ),
]
FEE_KINDS = [
    "Consent to Operate - renewal (Orange)",
    "Factory licence renewal 2026-28",
    "Consent to Establish - expansion",
    "Plan approval fee - new CNC bay",
    "Hazardous waste authorisation",
]


def statutory_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plant's and unit's consent and factory licence fees: the pollution control boards' and the factory
    inspectorates' e-payment receipts (MPCB through GRAS, TNPCB's OCMMS, DISH Maharashtra, DISH Tamil Nadu through
    Karuvoolam: the authority on top with the payment channel under it, Name of industry / Occupier the company,
    Consent No. / Factory licence No. / Application ID, Fee type, Fee amount / Total paid / Amount, Payment mode Net
    banking / UPI / Debit card, Bank CIN / Bank transaction No., PG reference, GRN / Challan No. / Receipt No.,
    Paid on / Date of payment; Payment received / Success / Awaiting bank confirmation - do not pay again /
    Payment unsuccessful)."""
    k = place("statutory_fees")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=2500, high=150000, p_round=0.95)
    auth, line, host = AUTHORITIES[k % len(AUTHORITIES)]
    rs = money(rng, font, 0.8, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['payment', 'receipt', 'challan'])}/{digits(rng, 9)}")
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
            "success": ["Payment received", "Status: Success"],
            "pending": ["Awaiting bank confirmation - do not pay again"],
            "failed": ["Payment unsuccessful"],
        },
    )
    wrap_pair(p, rng.choice(["Name of industry", "Occupier"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        rng.choice(["Consent No.", "Factory licence No.", "Application ID"]),
        f"{rng.choice(['MPCB', 'TNPCB', 'DISH'])}/{rng.choice(['PUN', 'KGI'])}/{digits(rng, 7)}",
    )
    wrap_pair(p, "Fee type", rng.choice(FEE_KINDS))
    p.pair(rng.choice(["Fee amount", "Total paid", "Amount"]), rs(float(j.amount)), amount=float(j.amount))
    way = rng.choice(
        ["Net banking", "UPI", "Debit card"] if j.amount < 100000 else ["Net banking", "Debit card"]
    )
    p.pair(
        "Payment mode",
        way + (f" ({rng.choice(BANKS)})" if way == "Net banking" else ""),
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if status == "success":
            bref = f"{rng.choice(['CPA', 'IGA', 'SBI'])}{digits(rng, 11)}"
            p.pair(rng.choice(["Bank CIN", "Bank transaction No."]), bref, txn=(BANK_RANK, bref))
        if rng.random() < 0.5:
            pg = f"PG{digits(rng, 12)}"
            p.pair("PG reference", pg, txn=(TXN_RANK, pg))
        ch = f"{rng.choice(['MH', 'TN', 'GRN'])}{digits(rng, 10)}"
        p.pair(rng.choice(["GRN", "Challan No.", "Receipt No."]), ch, txn=(INVOICE_RANK, ch))
    date_row(p, j, ["Paid on", "Date of payment"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Keep this receipt with the consent / licence application.")
    return p.done()


# ---------------------------------------------------------------- 9. card slips at shops and fuel outlets


COUNTERS = [
    ("SHREE SAMARTH TOOLS & HARDWARE", "BHOSARI PUNE"),
    ("HOTEL KARTIKEYA INN", "CHAKAN"),
    ("SAI KRUPA PETROLEUM - BPCL", "TALEGAON DABHADE"),
    ("HOSUR BEARING HOUSE", "HOSUR"),
    ("NAVRATNA ELECTRICALS", "PIMPRI"),
    ("ANNAPOORNA VEG RESTAURANT", "HOSUR"),
    ("LAKSHMI FUEL STATION - IOCL", "SHOOLAGIRI"),
    ("KRISHNA INDUSTRIAL SAFETY", "HOSUR"),
]
TERMINALS = ["PINE LABS", "INGENICO", "HDFC BANK", "RAZORPAY POS", "ICICI BANK", "EZETAP", "SBI", "PAYTM EDC"]


def shop_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's cards at tool and bearing shops, fuel outlets, a hotel for an OEM's audit team and a
    restaurant: terminal slips (monospace: the terminal's maker on some, the counter's name and town in capitals,
    DATE/TIME: or TXN DATE: and TXN TIME:, MID:, TID:, BATCH:, BILL NO:, CARD:, EXP: **/**, APPROVAL CODE:, REF NO:,
    SALE AMOUNT: / TOTAL AMOUNT: / AMT INR:, a fuel slip's PRODUCT:, PRICE/L: and QTY:; APPROVED / TRANSACTION
    APPROVED / DECLINED - 55 INCORRECT PIN / HOST NOT RESPONDING - STATUS UNKNOWN)."""
    k = place("shop_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=250, high=28000)
    name, town = COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.5:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %y", "%d-%b-%Y"]))
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.5)
        if rng.random() < 0.5:
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
        else:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
    p.pair("MID:", code(rng, 3, UPPER) + digits(rng, 10))
    p.pair("TID:", code(rng, 2, UPPER) + digits(rng, 6))
    p.pair("BATCH:", f"{rng.randrange(1, 999):04d}")
    if not j.no_ref:
        bill = f"{rng.randrange(1, 99999):06d}"
        p.pair("BILL NO:", bill, txn=(INVOICE_RANK, bill))
    p.add("center", rng.choice(["SALE", "SALE - CHIP"]))
    p.pair(
        "CARD:", f"{rng.choice(['4', '5', '6'])}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card"
    )
    p.pair("EXP:", "**/**")
    if "PETROLEUM" in name or "FUEL" in name:
        rate = round(rng.uniform(90.2, 104.6), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "MS", "POWER"]))
        p.pair("PRICE/L:", f"{rate:.2f}")
        p.pair("QTY:", f"{j.amount / rate:.2f} L")
    if status == "success" and not j.no_ref:
        appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
        p.pair("APPROVAL CODE:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("REF NO:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    lab = rng.choice(["SALE AMOUNT:", "TOTAL AMOUNT:", "AMT INR:"])
    p.pair(lab, (rng.choice(["RS ", "INR ", ""]) if lab != "AMT INR:" else "") + body, amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", "SIGNATURE NOT REQUIRED - PIN VERIFIED")
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - STATUS UNKNOWN", status="pending")
        p.add("small", "VERIFY WITH ISSUER BEFORE RETRY")
    p.part = "foot"
    p.add("small", rng.choice(["-- MERCHANT COPY --", "** CUSTOMER COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 10. contract workers' vouchers and bulk payouts


WORKERS = [
    "Santosh Gaikwad",
    "Murugesan P",
    "Vijay Shinde",
    "Ravichandran K",
    "Sunita Pawar",
    "Balaji Thangaraj",
    "Ganesh Kale",
    "Selvi Ramasamy",
    "Shri Ram Labour Contractor",
    "Kavitha Manpower Services",
]
JOBS = [
    "Deburring - 14 days @ 620",
    "Loading and unloading - week 23",
    "Night shift CNC operator - 6 shifts",
    "Housekeeping contract - monthly",
    "Bin washing and rust preventive",
    "Casual helpers - inventory count",
]


def shopfloor_vouchers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Contract workers and labour contractors paid: the company's printed CONTRACT LABOUR PAYMENT VOUCHER / DEBIT
    VOUCHER / CASH VOUCHER (the company on top, Name of payee / Paid to the worker or contractor, Work / Nature of
    work, Gross amount, Less: Canteen recovery, Less: TDS u/s 194C, Net paid / Amount paid, Mode Cash / UPI / IMPS,
    Vr. No. / Voucher No., Date / Vr. date; Passed by; PAID) and the bank's bulk transfer file page (Beneficiary name
    the worker, Debit account the company, Amount, IMPS, UTR, Record ID, File name, Processed on; Credited / Under
    processing / Rejected - beneficiary name mismatch)."""
    k = place("shopfloor_vouchers")
    status = outcome(k, failed=(3,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=1200, high=85000, p_round=0.5)
    who = rng.choice(WORKERS)
    who = who.upper() if rng.random() < 0.2 else who
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", ""))
    if k in (0, 3, 5):
        bank = rng.choice(["Kotak Mahindra Bank", "HDFC Bank", "Axis Bank"])
        p = browser_page(rng, font, f"bulk.{bank.split()[0].lower()}.com/files/{digits(rng, 8)}/records")
        p.part = "head"
        top(p, f"{bank} - Bulk transfer")
        p.add("small", f"File name: CLP_{code(rng, 5, ALNUM)}.txt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Credited"],
                "pending": ["Under processing"],
                "failed": ["Rejected - beneficiary name mismatch"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Type", "IMPS", method="netbanking")
        if not j.no_ref:
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"R{digits(rng, 10)}"
            p.pair("Record ID", rid, txn=(TXN_RANK, rid))
        date_row(p, j, ["Processed on"], hour=True)
        p.part = "foot"
        p.add("small", "Rejected records can be re-initiated after correction.")
        return p.done()
    p = paper_page(rng, font, [660, 700])
    unit = UNITS[j.unit]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{unit[0]} plant",
        unit[1],
        unit[2],
        ["CONTRACT LABOUR PAYMENT VOUCHER", "DEBIT VOUCHER", "CASH VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['CL', 'DV', 'CV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Vr. No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Vr. date"], PATS_OWN)
    wrap_pair(p, rng.choice(["Name of payee", "Paid to"]), who, merchant=who)
    wrap_pair(p, rng.choice(["Work", "Nature of work"]), rng.choice(JOBS))
    canteen = float(rng.choice([0, 0, 240, 480])) if j.amount < 30000 else 0.0
    contractor = "Contractor" in who.title() or "Services" in who.title()
    if contractor:
        canteen = 0.0
    gross = j.amount + canteen
    tds = 0.0
    if contractor:
        gross = round(j.amount / 0.99, 2)
        tds = round(gross - j.amount, 2)
    p.pair("Gross amount", rs(gross))
    if canteen:
        p.pair("Less: Canteen recovery", rs(canteen))
    if tds:
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
    p.pair(rng.choice(["Net paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = "Cash" if k in (2, 7) and j.amount < 20000 else rng.choice(["UPI", "IMPS"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Passed by", rng.choice(["Plant Head", "HR & Admin"]))
    p.add("center", "PAID", status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 11. the company's own money receipts for scrap


SCRAP_DEALERS = [
    "Al-Noor Metal Scrap Traders",
    "Bhosari Ferrous Scrap Co",
    "Sri Vinayaka Scrap Merchants",
    "Jai Bhavani Steel Scrap",
    "Hosur Iron & Metal Traders",
    "Royal Borings Suppliers",
    "Mangalmurti Metal Mart",
    "Kaveri Scrap Recyclers",
]
SCRAP_WAYS = ["cash", "UPI", "cheque", "NEFT", "UPI", "cash", "RTGS", "UPI"]


def scrap_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own MONEY RECEIPT / RECEIPT VOUCHER / PAYMENT ACKNOWLEDGEMENT to a scrap dealer for steel
    turnings, borings and forging flash it sold (paper, the company on top with its plant line; Receipt No. / MR
    No., Date / Receipt date, Received from / Party the dealer, Against scrap invoice, Invoice total (incl. GST and
    TCS), Amount received / Cash received / Received via UPI / Cheque received, Balance receivable, Cheque No., UPI
    Ref No. or UTR; RECEIVED WITH THANKS / RECEIVED / CHEQUE ACCEPTED - SUBJECT TO CLEARANCE / CHEQUE DISHONOURED -
    REFER TO DRAWER, the rubber stamp) and its accounts desk's receipt e-mail."""
    k = place("scrap_receipts")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=8000, high=450000)
    unit = UNITS[j.unit]
    rs = money(rng, font, 0.45, marks=("Rs.", "\u20b9", "INR", ""))
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    way = SCRAP_WAYS[k] if status == "success" else "cheque"
    if way == "cash":
        j.amount = rupees(rng, 4000, 180000, 0.8)
    elif way == "UPI":
        j.amount = rupees(rng, 5000, 99000, 0.6)
    if k in (2, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <receivables@shivneriprecision.in>",
            ["Receipt for your payment", "Payment acknowledgement - scrap invoice"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]} plant  |  Receivables")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"{unit[0]} plant - Precision turned and forged components",
            unit[1],
            unit[2],
            ["MONEY RECEIPT", "RECEIPT VOUCHER", "PAYMENT ACKNOWLEDGEMENT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'RV', 'SR'])}-{rng.randrange(100, 9999)}"
        p.pair(rng.choice(["Receipt No.", "MR No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date"], PATS_OWN)
    wrap_pair(p, rng.choice(["Received from", "Party"]), rng.choice(SCRAP_DEALERS))
    p.pair("Against scrap invoice", f"SCR/{rng.randrange(10, 999):03d}")
    bal = float(rng.choice([0, 0, 0, 15000, 42500])) if status == "success" else 0.0
    p.pair("Invoice total (incl. GST and TCS)", rs(j.amount + bal))
    lab = {
        "cash": "Cash received",
        "UPI": "Received via UPI",
        "cheque": "Cheque received",
        "NEFT": "Amount received",
        "RTGS": "Amount received",
    }[way]
    p.pair(
        lab if status != "failed" else "Cheque amount",
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque"}.get(way, "netbanking"),
    )
    p.pair("Balance receivable", rs(bal))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair(f"{way} UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED"]),
        "pending": "CHEQUE ACCEPTED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE DISHONOURED - REFER TO DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if k not in (2, 5):
        right(p, f"For {SHORT}")
        seal(p, SHORT.upper(), unit[0].upper(), None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 12. the shop's electricity and gas


BILLERS = [
    ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd"),
    ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd"),
]
GAS = ("MNGL", "Maharashtra Natural Gas Ltd")
BC_APPS = ["Kotak FYN Mobile", "HDFC Bank SmartHub Vyapar", "bob World Business", "Paytm for Business"]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's HT electricity and the furnace's piped gas: Bharat Connect in business banking apps (the app on top,
    Biller name MSEDCL / TNPDCL / MNGL short or long as printed, Consumer No. / BP No., Registered name the company,
    Bill period, the sum large, Paid from Current A/c or UPI, Bharat Connect ID / B-Connect Ref, Txn Ref. ID, Paid on;
    Bill paid successfully / Payment successful / Payment awaiting biller confirmation / Payment failed - amount will
    be reversed in 3 days) and the boards' own receipt pages (the board on top, Amount paid, Mode, Bank Ref No.,
    Receipt No., Date of payment)."""
    k = place("power_bills")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=12000, high=950000)
    short, long = GAS if k == 5 else BILLERS[j.unit]
    rs = money(rng, font, 0.5)
    if k in (3, 7):
        host = "wss.mahadiscom.in/wss/receipt" if short == "MSEDCL" else "www.tnpdcl.org/quickpay/receipt"
        p = browser_page(rng, font, host)
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online payment receipt - HT consumer")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Status: Success"],
                "pending": ["Payment awaiting biller confirmation"],
                "failed": ["Payment failed"],
            },
        )
        p.pair("Consumer No.", digits(rng, 12))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI"] if j.amount < 100000 else ["Net banking"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            bref = f"{rng.choice(['HDF', 'KKB', 'BOB'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{short[:3]}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will be adjusted in the next bill.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", BC_APPS[k % 4])
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful"],
            "pending": ["Payment awaiting biller confirmation"],
            "failed": ["Payment failed - amount will be reversed in 3 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    wrap_pair(p, "Biller name", name, merchant=name)
    p.pair("BP No." if short == "MNGL" else "Consumer No.", digits(rng, 10 if short == "MNGL" else 12))
    wrap_pair(p, "Registered name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day:
        p.pair("Bill period", j.month())
    way = rng.choice(["Current A/c", "UPI"] if j.amount < 100000 else ["Current A/c"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else "UPI",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        bc = f"CC0{j.date:%y}{code(rng, 9, ALNUM)}"
        p.pair(rng.choice(["Bharat Connect ID", "B-Connect Ref"]), bc, txn=(BANK_RANK, bc))
        tid = digits(rng, 12)
        p.pair("Txn Ref. ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | Powered by NPCI Bharat BillPay")
    return p.done()


compose = compose158

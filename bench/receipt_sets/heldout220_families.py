"""The twelve heldout220 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kota stone quarry and slab polishing unit's day in 2026 at Ramganj Mandi, Kota
district, Rajasthan (Hadauti Shilp Stones Pvt Ltd, its quarry lease, Kumbhkot Kota Stone Mines, at village Kumbhkot,
and its cutting and polishing yard and sales depot, Hadauti Stone Yard, on Suket Road), told by the proofs of
payment it receives and makes: builders', dealers' and house-builders' UPI screens and the yard's Cashfree and
SBIePay pages, builders' and dealers' payment advices, stone importers' inward wires in pounds, euros, US dollars,
UAE dirhams, Australian dollars, South African rand and New Zealand dollars, the yard's and the quarry's own
receipts, the diamond tool maker's, the abrasives maker's, the diesel dealer's, the transporter's and the crate
maker's bills, the net-banking transfers to the earthmover, the wire saw contractor, the mining plan consultant and
others, the cutters', polishers', edge dressers' and quarry gang's square-foot and day vouchers and their bulk and
UPI payouts, the Department of Mines and Geology's royalty, e-Rawanna and dead rent pages, the Pollution Control
Board's, the Transport Department's, Nagar Palika Ramganj Mandi's and the Labour Department's pages, the insurers'
premium receipts, card terminal slips, JVVNL's power and the fibre, water and phone bills and the banks' SMS and
e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, the "A unit of" line, the bills and quotations listed, PO, vendor,
site, lease, khasra, licence, registration, vehicle, bilty, e-Rawanna, K, consumer, policy, proposal, worker,
account and mobile numbers, square feet, tonnes, trips, days, hours, rates, shade and thickness debits, advances,
TDS, GST, RCM and cess lines, DMFT and RSMET shares, the INR values on the wires, exchange rates, sums insured, IDV,
limits and wages declared, bill months, due days, periods of insurance, GSTIN, IFSC, UETR, purpose codes, MID, TID,
batch, trace and nozzle numbers, the initiator and the authoriser and the payer's own details carry no fact.
``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method``
heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
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
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Hadauti Shilp Stones Pvt Ltd"
COMPANY_CAPS = "HADAUTI SHILP STONES PVT LTD"
SHORT = "Hadauti Shilp Stones"
YARD = "Hadauti Stone Yard"
QUARRY = "Kumbhkot Kota Stone Mines"
# unit, address, GST state code
UNITS = [
    (
        "Quarry - mining lease at Kumbhkot",
        "Village Kumbhkot, Tehsil Ramganj Mandi, Distt. Kota (Raj.) - 326519",
        "08",
    ),
    (
        "Cutting and polishing yard",
        "Suket Road, near Krishi Upaj Mandi, Ramganj Mandi, Kota (Raj.) - 326519",
        "08",
    ),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d/%m/%y", "%d %b, %Y"]
WEST = ["%b {d}, %Y", "{d} %b %Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y"]
BANKS = [
    "State Bank of India",
    "Bank of Baroda",
    "Punjab National Bank",
    "ICICI Bank",
    "HDFC Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Yes Bank",
    "AU Small Finance Bank",
    "Rajasthan Gramin Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Yes Bank": "YESB",
    "AU Small Finance Bank": "AUBL",
    "Rajasthan Gramin Bank": "RGBX",
}
DOMAINS = {
    "State Bank of India": "sbi",
    "Bank of Baroda": "bankofbaroda",
    "Punjab National Bank": "pnb",
    "ICICI Bank": "icicibank",
    "HDFC Bank": "hdfcbank",
    "Axis Bank": "axisbank",
    "Kotak Mahindra Bank": "kotak",
    "Yes Bank": "yesbank",
}


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to (recipient) / Party name / Sold to (buyer): no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "BARB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower())


def truck(rng: random.Random) -> str:
    return f"RJ-{rng.choice(['20', '20', '17', '33', '11'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. buyers: UPI screens and payment pages


BUYER_APPS = ["PhonePe", "SBIePay", "Google Pay", "Paytm", "YONO SBI", "iMobile Pay", "Cashfree", "BHIM"]
BUYER_NOTES = [
    "Kota stone 25 mm - 600 sq ft adv",
    "Polished tiles 2x2 - Bundi site",
    "Slab booking - truck 2",
    "Balance for 22 MT truck",
    "Rough slabs 30 mm - Jhalawar",
    "Mirror polish tiles - bungalow",
    "Steps and risers - 40 rft",
    "Khanda 3 trolley",
]
BUYERS = [
    "Rakesh Agarwal",
    "Mahesh Chand Sharma",
    "Gupta Tile House, Baran",
    "Vikram Singh Hada",
    "Anil Jain (contractor)",
    "Sunita Meena",
    "Dinesh Kumar Saini",
    "Shree Ji Buildcon",
]
BUYER_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "YONO SBI": ["UPI Ref. Number", "UTR No."],
    "iMobile Pay": ["RRN", "UPI Ref No."],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
}
YARD_HANDLES = ["hadautistoneyard", "hadautiyard", "hadautishilp", "kotastone.hadauti"]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Builders, dealers and house-builders paying the yard for slabs, tiles, steps and rubble: six UPI screens
    (PhonePe, Google Pay, Paytm, YONO SBI, iMobile Pay, BHIM: the yard or the company under Paid to / To / Sent to /
    Payment to / Paying to or YONO SBI's Payee, its UPI ID, a Banking name line on some, the sum large, UTR / UPI
    Ref. No. / UPI Reference No. / UPI transaction ID / UPI Ref. Number / UTR No. / RRN / UPI Ref No, the app's own
    Transaction ID / Google transaction ID on some, Debited from / From / Paid from, Date & time / Paid on /
    Completed on / Initiated on; Payment pending - we will update you once the bank confirms / Payment failed - your
    bank declined the debit) and the yard's two payment pages (Cashfree, SBIePay: the yard or the company on top,
    Buyer name / Customer name / Paid by / Payer name, Payment towards / Purpose, Quotation No., Cashfree's CF
    Payment ID and Order ID, SBIePay's SBIePay Ref. ID and Merchant order No., UTR No. / UPI Ref. No. / Bank Ref. No.
    / Auth code, Paid on / Payment date / Transaction date; Payment successful / Payment complete - thank you / Your
    payment has been received)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=2500, high=98000, p_round=0.8)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Cashfree", "SBIePay"):
        j.amount = rupees(rng, 18000, 240000, 0.6)
        to = rng.choice([YARD, COMPANY, COMPANY_CAPS])
        url = (
            f"payments.cashfree.com/forms/{rng.choice(YARD_HANDLES[:2])}"
            if app == "Cashfree"
            else f"www.sbiepay.sbi/secure/AggregatorHostedListener/{code(rng, 8, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Kota stone slabs and polished tiles - Ramganj Mandi", "Quarry to floor since 1994"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment successful",
                    "Payment complete - thank you",
                    "Your payment has been received",
                ]
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(
            p,
            rng.choice(["Buyer name", "Customer name"] if app == "Cashfree" else ["Paid by", "Payer name"]),
            rng.choice(BUYERS),
        )
        wrap_pair(p, rng.choice(["Payment towards", "Purpose"]), rng.choice(BUYER_NOTES))
        p.pair("Quotation No.", f"HSY/Q/{rng.randrange(100, 999)}")
        way = rng.choice(["UPI", "UPI", "card"] if app == "Cashfree" else ["UPI", "card", "netbanking"])
        shown = {
            "UPI": "UPI",
            "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} debit card {masked(rng, font)}",
            "netbanking": f"Net banking - {rng.choice(BANKS[:3])}",
        }[way]
        wrap_pair(p, rng.choice(["Payment method", "Paid using"]), shown, method=way)
        if not j.no_ref:
            if app == "Cashfree":
                pid = digits(rng, 10)
                p.pair("CF Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"HSY{j.date:%y%m}{digits(rng, 5)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                pid = f"7{digits(rng, 11)}"
                p.pair("SBIePay Ref. ID", pid, txn=(TXN_RANK, pid))
                oid = f"HSS{digits(rng, 9)}"
                p.pair("Merchant order No.", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("UTR No." if app == "Cashfree" else "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "netbanking":
                bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction date"], hour=True)
        p.part = "foot"
        p.add(
            "small",
            "Payments secured by Cashfree Payments"
            if app == "Cashfree"
            else "SBIePay - payment aggregator of SBI",
        )
        return p.done()
    to = rng.choice([YARD, YARD, YARD.upper(), COMPANY_CAPS])
    handle = (
        f"{rng.choice(YARD_HANDLES)}@{rng.choice(['sbi', 'barodampay', 'icici', 'ybl', 'paytm'])}"
        if rng.random() < 0.7
        else f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'sbi'])}"
    )
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Transaction successful"],
            "pending": ["Payment pending - we will update you once the bank confirms"],
            "failed": ["Payment failed - your bank declined the debit"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if app == "YONO SBI":
        lab = "Payee"
    else:
        lab = rng.choice(
            ["Paid to", "To", "Sent to", "Payment to"] if status == "success" else ["To", "Paying to"]
        )
    p.add("small", lab)
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "BHIM") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"Banking name: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(BUYER_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(BUYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(
            ["Debited from", "From", "Paid from"] if status == "success" else ["Debited from", "From"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
    )
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Raise a dispute for this payment"]))
    return p.done()


# ---------------------------------------------------------------- 2. builders' and dealers' payment advices


# payer, its line, sender e-mail or portal host, frame, payee labels
PAYERS = [
    ("Shree Ji Buildcon Pvt Ltd", "Accounts payable, Malviya Nagar, Jaipur", "ap@shreejibuildcon.in", "mail"),
    ("Aravali Heights Developers LLP", "Sector 67, Gurugram", "", "paper"),
    (
        "Narmada Realty Pvt Ltd",
        "Vendor payments, Vijay Nagar, Indore",
        "vendors.narmadarealty.in/payments",
        "browser",
    ),
    ("Kota Tiles & Stone Emporium", "Dealers in Kota stone and granite, Jhalawar Road, Kota", "", "paper"),
    ("Malwa Stone Traders", "Freeganj, Ujjain", "accounts@malwastone.com", "mail"),
    (
        "Sabarmati Infraprojects Ltd",
        "Supplier portal, S.G. Highway, Ahmedabad",
        "suppliers.sabarmatiinfra.com/advice",
        "browser",
    ),
    ("Chambal Constructions Co.", "Govt. contractors, Rawatbhata Road, Kota", "", "paper"),
    (
        "Vindhya Estates Pvt Ltd",
        "Finance - projects, Hoshangabad Road, Bhopal",
        "payables@vindhyaestates.in",
        "mail",
    ),
]
ADVICE_SITES = [
    "Shree Ji Greens, Ajmer Road, Jaipur",
    "Aravali Heights Tower C, Gurugram",
    "Narmada Residency, Indore",
    "Counter sale stock, Kota",
    "Mahakal Lok shops, Ujjain",
    "Sabarmati One, Gandhinagar",
    "Govt. school building, Sangod",
    "Vindhya Villas, Bhopal",
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Builders and dealers paying for the slabs and tiles sent to their sites and godowns: PAYMENT ADVICE / SUPPLIER
    PAYMENT ADVICE / Vendor remittance advice (e-mail, printed, supplier portal: the payer on top with its line,
    Beneficiary supplier / Payment in favour of / Name of supplier / Supplier name the company, Vendor code, PO No.,
    Site, the bills covered with their days and sums, Gross bill amount, Less: TDS u/s 194Q @ 0.1%, Less: Rejected
    slabs (shade variation) - n sq ft @ rate / Less: Short thickness - n sq ft @ rate / Less: Breakage in transit - n
    sq ft @ rate, Net amount disbursed / Amount paid to supplier / Net disbursement, Mode RTGS / NEFT, UTR / UTR No.,
    Advice No. / Payment voucher No., Disbursement date / Payment date / Value date / Advice date / Date of advice /
    Bounced back on / Returned on; Payment disbursed to your bank account / Status: Disbursed / On hold - slabs at
    site pending quality check by architect / Payment bounced back - beneficiary name not matching bank records)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    payer, line, where, frame = PAYERS[k]
    rs = money(rng, font, 0.2, marks=("Rs.", "INR ", "\u20b9", ""))
    kinds = ["PAYMENT ADVICE", "SUPPLIER PAYMENT ADVICE", "Vendor remittance advice"]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split(' Pvt')[0]} Accounts <{where}>",
            ["Payment advice", "Remittance advice - Kota stone supply", "Payment details for your bills"]
            if status == "success"
            else ["Payment advice", "Regarding your payment"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"{where}/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.5 else payer)
    p.add("small", line)
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment disbursed to your bank account", "Status: Disbursed"],
            "pending": ["On hold - slabs at site pending quality check by architect"],
            "failed": ["Payment bounced back - beneficiary name not matching bank records"],
        },
    )
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    wrap_pair(
        p,
        rng.choice(["Beneficiary supplier", "Payment in favour of", "Name of supplier", "Supplier name"]),
        me,
        merchant=me,
    )
    p.pair("Vendor code", f"V{digits(rng, 6)}")
    if k not in (3, 4):
        p.pair("PO No.", f"PO/{fy(j.date)}/{rng.randrange(100, 2999)}")
    wrap_pair(p, "Site", ADVICE_SITES[k])
    p.add("left", rng.choice(["Bills covered by this payment", "Against our bills"]))
    gross = 0.0
    rate = round(rng.uniform(38, 92), 2)
    for _ in range(rng.randrange(1, 4)):
        v = rupees(rng, 40000, 420000, 0.3)
        gross += v
        bill = f"HSS/{fy(j.date)}/{rng.randrange(100, 1999):04d}"
        day = "" if j.no_day else f" dt. {when(earlier(rng, j, 9, 60), rng.choice(PATS_IN))}"
        p.pair(f"{bill}{day}", rs(v))
    gross = round(gross, 2)
    p.pair("Gross bill amount", rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    sqft = rng.randrange(12, 160)
    cut_label = rng.choice(
        [
            "Less: Rejected slabs (shade variation)",
            "Less: Short thickness",
            "Less: Breakage in transit",
        ]
    )
    cut = round(sqft * rate, 2)
    p.pair(f"{cut_label} - {sqft} sq ft @ {rate:.2f}", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    net = {
        "success": ["Net amount disbursed", "Amount paid to supplier", "Net disbursement"],
        "pending": ["Net disbursement", "Net amount disbursed"],
        "failed": ["Net disbursement", "Net amount disbursed"],
    }[status]
    p.pair(rng.choice(net), rs(j.amount), amount=j.amount)
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    p.pair("Mode", way, method="netbanking")
    wrap_pair(p, "Vendor bank A/c", f"{rng.choice(BANKS[:3])} XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(
                rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank", "State Bank of India"]), way
            )
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        adv = f"{rng.choice(['PA', 'PV', 'ADV'])}/{fy(j.date)}/{rng.randrange(1000, 99999)}"
        p.pair(rng.choice(["Advice No.", "Payment voucher No."]), adv, txn=(INVOICE_RANK, adv))
    date_row(
        p,
        j,
        {
            "success": ["Disbursement date", "Payment date", "Value date"],
            "pending": ["Advice date", "Date of advice"],
            "failed": ["Bounced back on", "Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Please send the bank letter with the name as per your account; the sum will be paid again."
        if status == "failed"
        else "This is a system generated advice. Please acknowledge the receipt of funds.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. stone importers abroad: inward wires


REMITTERS = [
    ("Yorkshire Paving Supplies Ltd", "Leeds, United Kingdom", "GBP", "Barclays Bank UK PLC", 4000, 38000),
    ("Steenhandel De Vries BV", "Rotterdam, Netherlands", "EUR", "ING Bank NV", 5000, 42000),
    ("Lone Star Stone & Tile LLC", "Houston, USA", "USD", "JPMorgan Chase Bank NA", 5000, 48000),
    ("Al Noor Building Materials Trading LLC", "Dubai, UAE", "AED", "Emirates NBD Bank PJSC", 18000, 160000),
    (
        "Southern Stone Imports Pty Ltd",
        "Melbourne, Australia",
        "AUD",
        "National Australia Bank Ltd",
        6000,
        60000,
    ),
    (
        "Highveld Tile & Stone (Pty) Ltd",
        "Johannesburg, South Africa",
        "ZAR",
        "Standard Bank of South Africa Ltd",
        80000,
        700000,
    ),
    ("Kiwi Landscape Stone Ltd", "Auckland, New Zealand", "NZD", "ASB Bank Ltd", 6000, 52000),
    ("Natursteinhandel Bauer GmbH", "Munich, Germany", "EUR", "Commerzbank AG", 5000, 42000),
]
WIRE_FRAMES = [
    ("State Bank of India", "paper"),
    ("Bank of Baroda", "browser"),
    ("ICICI Bank", "mail"),
    ("HDFC Bank", "browser"),
    ("Axis Bank", "mail"),
    ("Punjab National Bank", "paper"),
    ("Kotak Mahindra Bank", "browser"),
    ("Yes Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "GBP": (108.2, 113.4),
    "EUR": (93.1, 97.6),
    "AED": (23.2, 24.2),
    "AUD": (55.1, 58.6),
    "ZAR": (4.62, 4.98),
    "NZD": (50.2, 53.4),
}


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros, the code before or after the
    figure for dirhams and rand, a code or sign for Australian and New Zealand dollars."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur in ("AED", "ZAR"):
        after = rng.random() < 0.4

        def show_code(value: float) -> str:
            return f"{value:,.2f} {cur}" if after else f"{cur} {value:,.2f}"

        return show_code
    mark = rng.choice({"AUD": ["AUD ", "A$"], "NZD": ["NZD ", "NZ$"]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """British, Dutch, American, Emirati, Australian, South African, New Zealand and German stone importers paying
    for containers of Kota stone paving, steps and polished tiles: the banks' inward remittance advices (browser,
    e-mail, printed FOREIGN INWARD REMITTANCE ADVICE / Inward remittance - export proceeds / Credit advice - inward
    SWIFT transfer: the bank on top with its trade desk line, Name of beneficiary / Credit to (exporter) /
    Beneficiary name the company, Beneficiary A/c, Remitter name / Payer abroad, Bank of remitter / Remitter's bank,
    Remittance amount (FCY) / Inward amount (FCY) / Foreign currency amount in GBP, EUR, USD, AED, AUD, ZAR or NZD,
    Charges, Conversion rate, INR value, Less: Bank charges & GST, Net amount credited (INR), Purpose code, Export
    invoice No., Shipping bill No., Mode, IRM No. / Inward ref. No. / Our ref. No., UETR, Credit date / Value date /
    Date of credit / Received on / Pending since / Remitted back on / Date of return; Export proceeds credited - FIRA
    issued / Status: Credited to exporter's account / Pending - invoice and bill of lading copy awaited from exporter
    / Remitted back - beneficiary account dormant)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    payer, city, cur, pbank, lo, hi = REMITTERS[k]
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <trade.kota@{slug(bank)}.com>",
            [
                "Inward remittance - export proceeds",
                "Credit advice - inward SWIFT",
                "Foreign inward remittance",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}.com/inward/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Trade Finance Centre, Chhawni, Kota",
                "Forex Cell, Gumanpura, Kota",
                "International Business Branch, C-Scheme, Jaipur",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "FOREIGN INWARD REMITTANCE ADVICE",
                "Inward remittance - export proceeds",
                "Credit advice - inward SWIFT transfer",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Export proceeds credited - FIRA issued", "Status: Credited to exporter's account"],
            "pending": ["Pending - invoice and bill of lading copy awaited from exporter"],
            "failed": ["Remitted back - beneficiary account dormant"],
        },
    )
    wrap_pair(
        p, rng.choice(["Name of beneficiary", "Credit to (exporter)", "Beneficiary name"]), me, merchant=me
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter name", "Payer abroad"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Bank of remitter", "Remitter's bank"]), pbank)
    p.pair(
        rng.choice(["Remittance amount (FCY)", "Inward amount (FCY)", "Foreign currency amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR value", f"{inr:,.2f}")
    chg = round(float(rng.choice([500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Bank charges & GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair(
        "Purpose code",
        rng.choice(["P0102 - realisation of export bills", "P0103 - advance against exports"]),
    )
    p.pair("Export invoice No.", f"HSS/EXP/{fy(j.date)}/{rng.randrange(10, 240):03d}")
    if k % 2 == 0:
        p.pair("Shipping bill No.", digits(rng, 7))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["IRM No.", "Inward ref. No.", "Our ref. No."]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Credit date", "Value date", "Date of credit"],
            "pending": ["Received on", "Pending since"],
            "failed": ["Remitted back on", "Date of return"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y"],
    )
    p.part = "foot"
    p.add(
        "small",
        "The remitter's bank has been advised; reactivate the account before the buyer sends the funds again."
        if status == "failed"
        else "Map this remittance to the shipping bill in EDPMS within 15 days to receive the FIRA.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the yard's and the quarry's own receipts


RECEIPT_PARTIES = [
    "Sh. Rakesh Agarwal, Baran",
    "Gupta Tile House, Baran",
    "Shree Ji Buildcon Pvt Ltd, Jaipur",
    "Sh. Hanuman Prasad Gurjar (road contractor)",
    "Kota Tiles & Stone Emporium",
    "Dr. Pooja Khandelwal (bungalow, Talwandi)",
    "Sh. Mukesh Nagar, Ramganj Mandi",
    "Rathore Lime Works, Morak",
]
RECEIPT_WAYS = ["UPI", "NEFT", "cheque", "cash", "RTGS", "card", "cheque", "UPI"]
QUARRY_AT = (3, 7)
MAIL_AT = (1, 4)
# item, unit, rate (low, high), GST %
YARD_ITEMS = [
    ("Kota stone blue-green mirror polish 2x2 ft, 25 mm", "sq ft", 48, 72, 18),
    ("Kota stone rough slabs, machine cut - 30 mm", "sq ft", 24, 36, 5),
    ("Kota stone steps and risers - hand dressed", "rft", 95, 160, 18),
    ("Kota stone brown polished tiles 1x2 ft, 20 mm", "sq ft", 42, 64, 18),
]
QUARRY_ITEMS = [
    ("Khanda (rubble) - tractor trolley", "trolley", 1100, 1800, 5),
    ("Undressed blocks - kattla", "tonne", 520, 880, 5),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yard's own MONEY RECEIPT / CASH MEMO - POLISHED TILES / ADVANCE RECEIPT - SLAB BOOKING and the quarry's
    RECEIPT - KHANDA (RUBBLE) SALE / QUARRY GATE SALE RECEIPT (paper: the yard or the quarry on top with the "A unit
    of" line, address and GSTIN; Receipt No. / Rcpt. No. / Memo No. / Rasid No., Date / Dated / Receipt date,
    Received from / Party / Buyer (no fact), Truck No., e-Rawanna No. on the quarry's, the slabs, tiles, steps,
    trolleys or tonnes x rate, GST @ 5% or 18%, Total / Bill amount / Order value (incl. GST), Less: Advance received
    earlier, Advance received (slab booking) / Balance received before loading / UPI amount received / Received
    through UPI / Received through NEFT / Bank transfer received (NEFT / RTGS) / Card swiped (POS) / Paid by card
    (POS) / Cash received / Received in cash / Cheque amount / Cheque received for, Balance payable before loading /
    Balance due, Mode, UPI Ref. No. / UTR / Auth code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID
    / ADVANCE RECEIVED - SLABS RESERVED / PAYMENT RECEIVED - MAAL LOADED / KHANDA LIFTED - CASH RECEIVED / CHEQUE
    RECEIVED - LOADING AFTER CLEARANCE / CHEQUE DISHONOURED - REFER TO DRAWER, the rubber stamp) and two of the
    yard's Payment acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    quarry = k in QUARRY_AT
    way = RECEIPT_WAYS[k]
    me = rng.choice([QUARRY, QUARRY.upper()]) if quarry else rng.choice([YARD, YARD, YARD.upper()])
    if k in MAIL_AT:
        p = mail_page(
            rng,
            font,
            f"{YARD} Accounts <accounts@hadautistone.in>",
            ["Payment received - thank you", "Acknowledgement of your payment", "Receipt for your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"A unit of {COMPANY}  |  Accounts desk")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [700, 740, 780])
        unit = UNITS[0] if quarry else UNITS[1]
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}",
            unit[1],
            unit[2],
            ["RECEIPT - KHANDA (RUBBLE) SALE", "QUARRY GATE SALE RECEIPT"]
            if quarry
            else (
                ["ADVANCE RECEIPT - SLAB BOOKING", "MONEY RECEIPT"]
                if way == "cheque"
                else ["MONEY RECEIPT", "CASH MEMO - POLISHED TILES", "RECEIPT"]
            ),
        )
    if not j.no_ref:
        rno = f"{'KKM' if quarry else 'HSY'}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        p.pair(
            rng.choice(["Rasid No.", "Receipt No."] if quarry else ["Receipt No.", "Rcpt. No.", "Memo No."]),
            rno,
            txn=(INVOICE_RANK, rno),
        )
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Party", "Buyer"]), RECEIPT_PARTIES[k])
    if quarry:
        item, unit, lo, hi, gst_rate = rng.choice(QUARRY_ITEMS)
        qty = rng.randrange(2, 9) if unit == "trolley" else rng.randrange(12, 60)
    else:
        item, unit, lo, hi, gst_rate = rng.choice(YARD_ITEMS)
        qty = rng.randrange(40, 240) if unit == "rft" else rng.randrange(250, 3600, 10)
    if not (k in MAIL_AT and rng.random() < 0.5):
        p.pair("Truck No." if not quarry or unit == "tonne" else "Tractor No.", truck(rng))
    if quarry and rng.random() < 0.7:
        p.pair("e-Rawanna No.", f"ER{digits(rng, 11)}")
    rate = (
        round(rng.uniform(lo, hi), 2)
        if rng.random() < 0.5 and not quarry
        else float(rng.randrange(lo, hi, 10))
    )
    base = round(qty * rate, 2)
    p.add("left", item)
    units = f"{unit}s" if unit in ("trolley", "tonne") and qty > 1 else unit
    p.pair(f"  {qty:,} {units} x {rate:,.2f}", rs(base))
    gst = round(base * gst_rate / 100, 2)
    p.pair(f"GST @ {gst_rate}%", rs(gst))
    bill = round(base + gst, 2)
    mode = "full"
    if way == "cheque":
        mode = "advance"
    elif not quarry and way in ("UPI", "NEFT", "RTGS") and rng.random() < 0.5:
        mode = rng.choice(["advance", "settle"])
    if way == "cash" and bill > 180000:
        mode = "advance"
    if mode == "advance":
        p.pair(rng.choice(["Order value (incl. GST)", "Bill amount"]), rs(bill))
        j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -2))
        lab = "Advance received (slab booking)" if rng.random() < 0.5 and way != "cheque" else None
    elif mode == "settle":
        p.pair(rng.choice(["Total", "Bill amount"]), rs(bill))
        adv = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -2))
        p.pair("Less: Advance received earlier", rs(adv))
        j.amount = round(bill - adv, 2)
        lab = "Balance received before loading" if rng.random() < 0.5 else None
    else:
        p.pair(rng.choice(["Total", "Bill amount"]), rs(bill))
        j.amount = bill
        lab = None
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque received for"])
    elif lab is None:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(["UPI amount received", "Received through UPI"]),
            "NEFT": rng.choice(["Received through NEFT", "Bank transfer received (NEFT)"]),
            "RTGS": rng.choice(["Received through RTGS", "Bank transfer received (RTGS)"]),
            "card": rng.choice(["Card swiped (POS)", "Paid by card (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if mode == "advance":
        p.pair(rng.choice(["Balance payable before loading", "Balance due"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "RTGS": "netbanking", "card": "card"}.get(
        way, way
    )
    p.pair("Mode", {"cash": "Cash", "cheque": "Cheque", "card": "Card"}.get(way, way), method=meth)
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if mode == "advance":
        words.append("ADVANCE RECEIVED - SLABS RESERVED")
    if mode == "settle":
        words.append("PAYMENT RECEIVED - MAAL LOADED")
    if quarry and way == "cash" and item.startswith("Khanda"):
        words.append("KHANDA LIFTED - CASH RECEIVED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - LOADING AFTER CLEARANCE",
        "failed": "CHEQUE DISHONOURED - REFER TO DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Royalty paid; e-Rawanna issued with every load. Subject to Ramganj Mandi jurisdiction."
        if quarry
        else "Goods once loaded will not be taken back. Cheques are subject to realisation.",
    )
    if k not in MAIL_AT:
        right(p, f"For {QUARRY if quarry else YARD} - {'Munim' if quarry else 'Cashier'}")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "KUMBHKOT KOTA STONE" if quarry else YARD,
            "KUMBHKOT, KOTA" if quarry else "RAMGANJ MANDI",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. tools, abrasives, diesel, transport and crates


SUPPLIERS = [
    (
        "Kishangarh Diamond Tools Pvt Ltd",
        "Diamond segments, gang saw blades and wire saw beads",
        "F-112, RIICO Industrial Area, Kishangarh - 305801, Ajmer (Raj.)",
        "08",
        "KDT",
    ),
    (
        "Saurashtra Abrasives",
        "Polishing bricks, magnesite abrasives and resins",
        "Lalpar Road, Morbi - 363642, Gujarat",
        "24",
        "SAB",
    ),
    (
        "Chambal Fuel Centre",
        "IndianOil dealer - HSD, MS and lubricants",
        "NH-52, Ramganj Mandi - 326519, Distt. Kota (Raj.)",
        "08",
        "CFC",
    ),
    (
        "Hadoti Roadlines",
        "Fleet owners and transport contractors",
        "Transport Nagar, Kota - 324005 (Raj.)",
        "08",
        "HRL",
    ),
    (
        "Marwar Crates & Pallets",
        "Wooden crates and pallets for stone export",
        "Basni II Phase, Jodhpur - 342005 (Raj.)",
        "08",
        "MCP",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "KDT": [
        ("Diamond segments 24 x 7.4 x 10 mm (Kota stone)", "8202", "pcs", 95, 140, 18, 200, 1200),
        ("Gang saw blade 3.5 m, segmented", "8202", "pcs", 5200, 7800, 18, 4, 24),
        ("Diamond wire saw beads 11.5 mm", "8202", "m", 2600, 3800, 18, 20, 120),
    ],
    "SAB": [
        ("Magnesite polishing bricks - grit 36 to 220", "6804", "box", 1450, 2200, 18, 6, 40),
        ("Lux final polishing bricks", "6804", "box", 2300, 3100, 18, 4, 20),
        ("Resin edge polish powder", "3824", "kg", 180, 260, 18, 25, 200),
    ],
    "CFC": [
        ("High speed diesel (HSD)", "2710", "L", 90, 93, 0, 600, 4200),
    ],
    "HRL": [
        ("Freight - Ramganj Mandi to Mundra port, 20 ft trailer", "996511", "trip", 28000, 42000, 0, 1, 4),
        ("Freight - Ramganj Mandi to Jaipur, 22 MT truck", "996511", "trip", 16000, 24000, 0, 1, 5),
        ("Freight - Ramganj Mandi to Indore, 16 MT truck", "996511", "trip", 14000, 21000, 0, 1, 4),
    ],
    "MCP": [
        ("Export crate - pine, 1.2 m x 0.6 m", "4415", "pcs", 1450, 1950, 12, 20, 120),
        ("Heat-treated pallet (ISPM-15)", "4415", "pcs", 650, 900, 12, 30, 160),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "NEFT", "cheque", "NEFT", "UPI", "RTGS"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The diamond tool maker, the abrasives maker, the diesel dealer, the transporter and the crate maker billing
    the quarry and the yard (paper: the supplier on top, its line, address and GSTIN; TAX INVOICE / TAX INVOICE -
    ORIGINAL FOR BUYER / INVOICE CUM RECEIPT, the diesel dealer's CREDIT SALE BILL - HSD (NON-GST) and the
    transporter's FREIGHT BILL (GST UNDER RCM), Invoice No. / Tax Invoice No. / Bill No. / Freight bill No., Invoice
    date / Dated / Date, Bill to (recipient) / Party name / Sold to (buyer) the company, Ship to the quarry or the
    yard, Place of supply, Vehicle No. or Bilty No., the segments, blades, beads, bricks, resin, litres of HSD (rate
    incl. VAT), trips or crates x rate with HSN or SAC, Taxable value, CGST and SGST or IGST @ 12% or 18%, GST
    payable by recipient under RCM @ 5%, Round off, Invoice total / Bill total, Less: Advance paid against PI and
    Balance received by RTGS / NEFT on some, else Received by RTGS / NEFT / Amount credited by RTGS / NEFT / Received
    through UPI / Paid by UPI with UTR / UTR No. / UPI Ref. No. / UPI transaction ID, or Cheque received / Received
    by cheque with Cheque No.; PAID / PAID BY RTGS / NEFT / UPI / PAYMENT RECEIVED - ACCOUNT SQUARED / CHEQUE
    RECEIVED - CREDIT ON REALISATION / CHEQUE RETURNED - SIGNATURE DIFFERS, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [760, 800])
    kinds = {
        "CFC": ["CREDIT SALE BILL - HSD (NON-GST)", "BILL - HSD (NON-GST GOODS)"],
        "HRL": ["FREIGHT BILL (GST UNDER RCM)", "FREIGHT BILL"],
    }.get(tag, ["TAX INVOICE", "TAX INVOICE - ORIGINAL FOR BUYER", "INVOICE CUM RECEIPT"])
    letterhead(p, name, line, addr, state, kinds)
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        labels = {
            "CFC": ["Bill No.", "Credit memo No."],
            "HRL": ["Freight bill No.", "Bill No."],
        }.get(tag, ["Invoice No.", "Tax Invoice No.", "Bill No."])
        p.pair(rng.choice(labels), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Bill to (recipient)", "Party name", "Sold to (buyer)"])
    to_quarry = tag in ("KDT", "CFC") and rng.random() < 0.6
    wrap_pair(
        p,
        "Ship to",
        f"{QUARRY}, Village Kumbhkot" if to_quarry else f"{YARD}, Suket Road, Ramganj Mandi",
    )
    p.pair("Place of supply", "Rajasthan (08)")
    if tag == "HRL":
        p.pair("Bilty No.", f"{rng.randrange(1000, 9999)}, {rng.randrange(1000, 9999)}")
    else:
        p.pair("Vehicle No.", truck(rng) if tag != "SAB" else f"GJ-36-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = float(round(rng.uniform(lo, hi), -2)) if tag == "HRL" else round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        units = f"{unit}s" if unit in ("box", "trip") and qty > 1 else unit
        units = "boxes" if units == "boxs" else units
        p.pair(f"  {qty:,} {units} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    if tag == "CFC":
        p.add("small", "Rate inclusive of VAT - HSD is outside GST")
        total = float(round(taxable))
        if abs(total - taxable) >= 0.01:
            p.pair("Round off", f"{total - taxable:+.2f}")
    elif tag == "HRL":
        p.pair("Total freight", rs(taxable))
        p.pair("GST payable by recipient under RCM @ 5%", rs(round(taxable * 0.05, 2)))
        total = taxable
    else:
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, gst_rate, state != "08")
    p.pair("Bill total" if tag in ("CFC", "HRL") else "Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and tag in ("KDT", "MCP", "SAB") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid against PI", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Received by cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received through UPI", "Paid by UPI"])
        else:
            lab = rng.choice([f"Received by {way}", f"Amount credited by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAYMENT RECEIVED - ACCOUNT SQUARED"]),
        "pending": "CHEQUE RECEIVED - CREDIT ON REALISATION",
        "failed": "CHEQUE RETURNED - SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"E. & O.E. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# contractor, remarks, the sum (low, high)
CONTRACTORS = [
    ("Shri Balaji Earthmovers", "Poclain hire - overburden removal, Kumbhkot", 40000, 380000),
    ("Mewar Wire Saw Cutting Works", "Wire saw cutting - bench 3, Kumbhkot", 25000, 160000),
    ("R. K. Jain & Associates", "Mining plan review and annual return (RQP)", 15000, 65000),
    ("Chambal Borewell & Dewatering", "Quarry pit dewatering - pump hire", 8000, 42000),
    ("Kota Weighbridge Services", "Weighbridge stamping and maintenance", 6000, 24000),
    ("Suket Slurry Disposal Co.", "Slurry lifting - 12 tankers", 9000, 48000),
    ("Hadoti Electricals & Motor Winding", "Gang saw motor rewinding", 7000, 56000),
    ("Jain Shah & Co., Chartered Accountants", "Audit fee FY 2025-26", 30000, 120000),
]
CORP_PORTALS = [
    ("Baroda Connect - Corporate", "Bank of Baroda", "corporate.bobibanking.com/fundtransfer/view"),
    ("YES CONNECT Corporate Banking", "Yes Bank", "yesconnect.yesbank.co.in/payments/status"),
    ("Kotak FYN", "Kotak Mahindra Bank", "fyn.kotak.com/payments/transactions"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its earthmover, wire saw contractor, mining plan consultant, dewatering contractor,
    weighbridge firm, slurry lifter, motor rewinder and auditors: corporate net banking's transaction pages (Baroda
    Connect - Corporate, YES CONNECT Corporate Banking, Kotak FYN: the portal on top and the bank's line, Receiver
    name / Counterparty name / Beneficiary (payee), Payee nickname, Beneficiary A/c and IFSC, Debit account the
    company, Txn value (INR) / Amount (INR) / Remittance amount, Payment mode / Product NEFT / RTGS / IMPS, Payment
    details / Narration, UTR / UTR No., Core banking ref. No. / Bank reference, Initiated by / Authorised by, Value
    date / Executed on / Transaction date / Submitted on / Created on / Failed on / Rejected on; Transaction executed
    - credited to receiver's account / Status: Success / Sent for approval - not yet released to bank / Failed -
    beneficiary account inoperative)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Funds transfer', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction executed - credited to receiver's account", "Status: Success"],
            "pending": ["Sent for approval - not yet released to bank"],
            "failed": ["Failed - beneficiary account inoperative"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(p, rng.choice(["Receiver name", "Counterparty name", "Beneficiary (payee)"]), who, merchant=who)
    if rng.random() < 0.5:
        p.pair("Payee nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "KOTA")
    ben = rng.choice(BANKS[:8])
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Txn value (INR)", "Amount (INR)", "Remittance amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Product"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Payment details", "Narration"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Core banking ref. No.", "Bank reference"]), tr, txn=(BANK_RANK, tr))
    p.pair("Initiated by / Authorised by", f"HSSACC01 / {'-' if status == 'pending' else 'HSSDIR02'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Executed on", "Transaction date"],
            "pending": ["Submitted on", "Created on"],
            "failed": ["Failed on", "Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add(
        "small",
        "A failed transfer is not debited; check the beneficiary's account with the bank and try again.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. cutters', polishers' and the quarry gang's pay


WORKERS = [
    ("Ramesh Bairwa", "Slab cutter", "cut"),
    ("Kanhaiya Lal Meena", "Quarry labour", "day"),
    ("Bhanwar Singh Hada", "Polishing machine operator", "polish"),
    ("Suresh Kumar Regar", "Edge dresser", "dress"),
    ("Ganpat Lal Gurjar", "Quarry driller", "day"),
    ("Mohan Lal Nagar", "Loader", "day"),
    ("Raju Kir", "Slab cutter", "cut"),
    ("Shambhu Dayal Mali", "Polisher", "polish"),
]
WORK_FRAMES = ["paper", "bulk", "paper", "phonepe", "paper", "bulk", "yono", "paper"]
WORK_KINDS = {
    "cut": ["PIECE RATE VOUCHER - SLAB CUTTING (PER SQ FT)", "KATAI MAZDOORI SLIP - PER SQ FT"],
    "polish": ["GHISAI (POLISHING) PAYMENT SLIP - PER SQ FT", "POLISHING PIECE RATE VOUCHER"],
    "dress": ["EDGE DRESSING - PIECE RATE VOUCHER", "HATH GHISAI PAYMENT SLIP - PER RFT"],
    "day": ["DAILY WAGE VOUCHER - KHADAN (QUARRY)", "QUARRY GANG WAGE VOUCHER"],
}
WORK_NOTES = [
    "Katai mazdoori advance",
    "Peshgi - Holi",
    "Ghisai balance",
    "Wages - Kumbhkot gang",
    "Dressing work",
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its slab cutters, polishers, edge dressers and quarry gang by the square foot, the running
    foot and the day: its printed PIECE RATE VOUCHER - SLAB CUTTING (PER SQ FT) / KATAI MAZDOORI SLIP - PER SQ FT /
    GHISAI (POLISHING) PAYMENT SLIP - PER SQ FT / POLISHING PIECE RATE VOUCHER / EDGE DRESSING - PIECE RATE VOUCHER /
    HATH GHISAI PAYMENT SLIP - PER RFT / DAILY WAGE VOUCHER - KHADAN (QUARRY) / QUARRY GANG WAGE VOUCHER (the company
    on top and the quarry's or the yard's line, Voucher No. / Vr. No. / Parchi No., Date / Voucher date / Paid on,
    Name of worker / Paid to (worker) / Worker's name / Cutter's name / Polisher's name, Worker ID, Work, Mate /
    Thekedar, Slabs cut / Slabs polished n sq ft x rate, Edges dressed n rft x rate or Days worked n x rate, Add:
    Mirror finish extra / Add: Night shift allowance / Add: Overtime, Gross wages, Less: Broken slabs - n sq ft @
    rate / Less: Advance (peshgi) recovered, Net wages paid / Paid in hand / Net amount paid to worker, Mode Cash /
    UPI / IMPS; PAID / PAID - THUMB IMPRESSION TAKEN / HISAB CHUKTA - PAID), Baroda Connect's bulk payment records
    (the portal on top, the file, Bene name / Beneficiary name, Beneficiary A/c, IFSC, Amount / Credit amount, Mode,
    Narration, Record No., UTR No. / IMPS Ref No., Transaction ref. No., Processed on / Value date / Uploaded on /
    Submitted on / Failed on / Returned on; Record status: Credited to beneficiary / Status: Paid / File approved -
    not yet sent to bank / Record status: Failed - account closed at beneficiary bank), a PhonePe and a YONO SBI
    screen."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1500, high=26000, p_round=0.9)
    who, role, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "bulk":
        p = browser_page(rng, font, f"corporate.bobibanking.com/bulkpayments/records/{digits(rng, 8)}")
        p.part = "head"
        top(p, "Baroda Connect - Corporate")
        p.add("small", f"Bank of Baroda  |  Bulk payments - {COMPANY_CAPS}")
        p.add("small", f"File: KUMBHKOT_WAGES_{code(rng, 6, ALNUM)}.csv")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Record status: Credited to beneficiary", "Status: Paid"],
                "pending": ["File approved - not yet sent to bank"],
                "failed": ["Record status: Failed - account closed at beneficiary bank"],
            },
        )
        p.pair("Record No.", str(rng.randrange(2, 60)))
        wrap_pair(p, rng.choice(["Bene name", "Beneficiary name"]), who.upper(), merchant=who.upper())
        ben = rng.choice(
            ["State Bank of India", "Bank of Baroda", "Rajasthan Gramin Bank", "Punjab National Bank"]
        )
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
        p.pair(rng.choice(["Amount", "Credit amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["IMPS", "NEFT"])
        p.pair("Mode", way, method="netbanking")
        p.pair("Narration", rng.choice(["Quarry wages - Kumbhkot gang", "Loading mazdoori", "Khadan dihadi"]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, "Bank of Baroda", way)
                p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
            tref = f"BC{digits(rng, 13)}"
            p.pair("Transaction ref. No.", tref, txn=(TXN_RANK, tref))
        date_row(
            p,
            j,
            {
                "success": ["Processed on", "Value date"],
                "pending": ["Uploaded on", "Submitted on"],
                "failed": ["Failed on", "Returned on"],
            }[status],
            ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"],
        )
        p.part = "foot"
        p.add("small", "Records that fail are credited back to the debit account with the next settlement.")
        return p.done()
    if frame in ("phonepe", "yono"):
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "YONO SBI")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Payee" if frame == "yono" else rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'sbi', 'okaxis', 'upi'])}",
            method="UPI",
        )
        p.pair("Message", rng.choice(WORK_NOTES))
        if not j.no_ref:
            if frame == "phonepe":
                p.pair(rng.choice(["UTR", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI Ref. Number", "UTR No."]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Bank of Baroda XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    quarry = kind == "day"
    unit = UNITS[0] if quarry else UNITS[1]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{QUARRY if quarry else YARD}  |  {unit[0]}",
        unit[1],
        unit[2],
        WORK_KINDS[kind],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['PR', 'DW', 'MZ'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Parchi No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Paid on"], PATS_IN)
    own_label = {"cut": "Cutter's name", "polish": "Polisher's name"}.get(kind, "Worker's name")
    wrap_pair(p, rng.choice(["Name of worker", "Paid to (worker)", own_label]), who, merchant=who)
    p.pair("Worker ID", f"{'Q' if quarry else 'Y'}-{rng.randrange(100, 480)}")
    p.pair("Work", role)
    if quarry:
        p.pair("Mate / Thekedar", rng.choice(["Ram Charan Meena", "Babu Lal Gurjar", "Kalu Ram Bheel"]))
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS", "Cash"])
    if kind == "day":
        days = rng.randrange(6, 27)
        rate = float(rng.choice([450, 500, 550, 600]))
        gross = round(days * rate, 2)
        p.pair(f"Days worked: {days} x {rate:,.2f}", rs(gross))
        if rng.random() < 0.5:
            hours = rng.randrange(4, 20)
            ot = round(hours * rate / 8 * 1.5, 2)
            p.pair(f"Add: Overtime {hours} h x {rate / 8 * 1.5:,.2f}", rs(ot))
            gross = round(gross + ot, 2)
        broken = 0.0
    else:
        if kind == "dress":
            qty = rng.randrange(300, 1800)
            rate = float(rng.choice([3, 4, 5]))
            gross = round(qty * rate, 2)
            p.pair(f"Edges dressed: {qty:,} rft x {rate:,.2f}", rs(gross))
        else:
            qty = rng.randrange(900, 5200, 10)
            rate = rng.choice([1.25, 1.5, 1.75, 2.0] if kind == "cut" else [2.5, 3.0, 3.5, 4.0])
            gross = round(qty * rate, 2)
            word = "cut" if kind == "cut" else "polished"
            p.pair(f"Slabs {word}: {qty:,} sq ft x {rate:,.2f}", rs(gross))
            if kind == "polish" and rng.random() < 0.5:
                extra = rng.randrange(200, 900, 10)
                add = round(extra * 0.5, 2)
                p.pair(f"Add: Mirror finish extra - {extra} sq ft x 0.50", rs(add))
                gross = round(gross + add, 2)
            elif kind == "cut" and rng.random() < 0.5:
                nights = rng.randrange(2, 8)
                add = nights * 150.0
                p.pair(f"Add: Night shift allowance {nights} x 150.00", rs(add))
                gross = round(gross + add, 2)
        broken = 0.0
        if kind != "dress" and rng.random() < 0.6:
            bad = rng.randrange(10, 80)
            broken = round(bad * rate, 2)
    p.pair("Gross wages", rs(gross))
    if broken:
        p.pair(f"Less: Broken slabs - {round(broken / rate)} sq ft @ {rate:,.2f}", rs(broken))
    cut = float(rng.choice([0, 500, 1000])) if gross - broken > 4000 else 0.0
    if cut:
        p.pair("Less: Advance (peshgi) recovered", rs(cut))
    j.amount = round(gross - broken - cut, 2)
    p.pair(
        rng.choice(["Net wages paid", "Paid in hand", "Net amount paid to worker"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add(
        "center",
        rng.choice(["PAID", "PAID - THUMB IMPRESSION TAKEN", "HISAB CHUKTA - PAID"]),
        status="success",
    )
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of worker")
    return p.done()


# ---------------------------------------------------------------- 8. mines, pollution board, transport, labour


FEE_FRAMES = ["royalty", "rspcb", "vahan", "trade", "deadrent", "labour", "udtax", "rawanna"]
DMG_NAMES = [
    "Department of Mines and Geology, Rajasthan",
    "Department of Mines and Geology, Government of Rajasthan",
    "DEPARTMENT OF MINES AND GEOLOGY, RAJASTHAN",
]
FEE_OK = [
    "Fee paid successfully",
    "Payment confirmed - receipt generated",
    "Deposit successful",
    "Payment successful",
]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def lease(rng: random.Random) -> str:
    return f"ML {rng.randrange(11, 96)}/{rng.choice(['2004', '2009', '2011', '2015'])}"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Kota stone quarry and polishing yard in Rajasthan: the Department of Mines and Geology's royalty
    and e-Rawanna pages (the department on top as Department of Mines and Geology, Rajasthan / Department of Mines
    and Geology, Government of Rajasthan / DEPARTMENT OF MINES AND GEOLOGY, RAJASTHAN and the DMG Online line, Lessee
    name, Mining lease No., Khasra No., Mineral, Royalty / Advance royalty for e-Rawanna n tonnes @ rate, DMFT
    contribution @ 10% of royalty, RSMET contribution @ 2% of royalty, Total amount paid / Amount deposited / Total
    deposited, Transaction ID, Bank Ref No., Receipt No.) and its dead rent challan on e-GRAS (the department on top
    and the e-GRAS Rajasthan line, Remitter name, Office, Purpose, Head of account, Dead rent, Interest on late
    payment, Total amount / Challan amount, GRN, Bank CIN; Challan generated - confirmation from bank awaited, do not
    pay again), the Rajasthan State Pollution Control Board's consent fee page (the Board / RSPCB on top and the
    Environment Department line, Name of the industry, Category, Application No., the Water and Air Act fees, Total
    fee paid, Transaction ref. No., Bank Ref No.), the Transport Department's Vahan tax page (Transport Department,
    Rajasthan / Transport Department, Government of Rajasthan / TRANSPORT DEPARTMENT, RAJASTHAN on top and the Vahan
    4.0 line, Registration No., Owner name, Vehicle class, Tax valid up to, Motor vehicle tax (quarterly), Road
    safety cess, Total amount paid, Bank Ref No., Vahan receipt No.), Nagar Palika Ramganj Mandi's trade licence and
    UD tax pages (Nagar Palika Ramganj Mandi / NAGAR PALIKA RAMGANJ MANDI / Municipal Board, Ramganj Mandi on top and
    the Local Self Government Department line, Name of licensee / Owner name, Trade name, Licence No. / Property ID,
    Ward No., the heads, Less: Rebate @ 10% (paid in time), Total amount / Amount paid / Amount, Transaction ID, Bank
    Ref No., Receipt No.; Payment unsuccessful - amount not received by Nagar Palika) and the Labour Department's
    registration renewal under the Contract Labour Act (Labour Department, Rajasthan / Labour and Employment
    Department, Rajasthan on top and the LDMS line, Name of principal employer, Registration No., Contract workers,
    Renewal fee, Late fee, Total amount paid, Transaction ID, Receipt No.); Fee paid successfully / Payment confirmed
    - receipt generated / Deposit successful / Payment successful."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    if frame in ("royalty", "rawanna"):
        p = browser_page(rng, font, f"dmgonline.rajasthan.gov.in/royalty/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(DMG_NAMES)
        top(p, name, merchant=name)
        p.add("small", "DMG Online  |  Royalty and e-Rawanna")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Lessee name", firm)
        p.pair("Mining lease No.", lease(rng))
        p.pair("Khasra No.", f"{rng.randrange(100, 999)}/{rng.randrange(1, 9)}")
        p.pair("Mineral", "Kota stone (minor mineral)")
        tonnes = rng.randrange(200, 1600, 10) if frame == "royalty" else rng.randrange(4, 30) * 22
        rate = float(rng.choice([110, 120, 135]))
        royalty = tonnes * rate
        head = "Royalty" if frame == "royalty" else "Advance royalty for e-Rawanna"
        p.pair(f"{head} - {tonnes:,} t @ {rate:,.2f}", rs(royalty))
        dmft = round(royalty * 0.10, 2)
        rsmet = round(royalty * 0.02, 2)
        p.pair("DMFT contribution @ 10% of royalty", rs(dmft))
        p.pair("RSMET contribution @ 2% of royalty", rs(rsmet))
        j.amount = round(royalty + dmft + rsmet, 2)
        p.pair(
            rng.choice(["Total amount paid", "Amount deposited", "Total deposited"]),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"DMG{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"{'RYL' if frame == 'royalty' else 'ERW'}/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment", "Receipt date"], pats)
        foot = "e-Rawanna passes are issued against the royalty deposited."
    elif frame == "deadrent":
        p = browser_page(rng, font, f"egras.raj.nic.in/challan/view/{digits(rng, 10)}")
        p.part = "head"
        name = rng.choice(DMG_NAMES)
        top(p, name, merchant=name)
        p.add("small", "e-GRAS Rajasthan  |  Government receipt - challan")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": FEE_OK,
                "pending": ["Challan generated - confirmation from bank awaited, do not pay again"],
            },
        )
        wrap_pair(p, "Remitter name", firm)
        p.pair("Office", "Mining Engineer, Kota")
        wrap_pair(p, "Purpose", f"Dead rent - {lease(rng)} (2026-27, first half)")
        p.pair("Head of account", "0853-00-102-01-00")
        rent = float(rng.choice([45000, 60000, 75000, 90000]))
        p.pair("Dead rent", rs(rent))
        j.amount = rent
        if status == "success" and rng.random() < 0.5:
            late = float(rng.randrange(800, 4500, 50))
            p.pair("Interest on late payment", rs(late))
            j.amount = rent + late
        p.pair(rng.choice(["Total amount", "Challan amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "e-GRAS - Net banking", method="netbanking")
        refs = [("GRN", INVOICE_RANK, digits(rng, 10))]
        if status == "success":
            refs.append(("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Date of payment", "Challan date"] if status == "success" else ["Challan date", "Initiated on"],
            pats,
        )
        foot = "Quote the GRN in the half-yearly return of the mining lease."
    elif frame == "rspcb":
        p = browser_page(rng, font, f"rpcb.rajasthan.gov.in/consent/feereceipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            ["Rajasthan State Pollution Control Board", "RAJASTHAN STATE POLLUTION CONTROL BOARD", "RSPCB"]
        )
        top(p, name, merchant=name)
        p.add("small", "Environment Department, Government of Rajasthan  |  Consent management")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of the industry", f"{YARD} ({firm})")
        p.pair("Category", rng.choice(["Orange - stone cutting and polishing", "Orange - gang saw unit"]))
        p.pair("Application No.", digits(rng, 10))
        water = float(rng.choice([4000, 6000, 7500]))
        air = float(rng.choice([3000, 4500, 6000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"RPCB{digits(rng, 10)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent to operate is issued after the regional office's inspection."
    elif frame == "vahan":
        p = browser_page(
            rng, font, f"vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/{digits(rng, 6)}"
        )
        p.part = "head"
        name = rng.choice(
            [
                "Transport Department, Rajasthan",
                "Transport Department, Government of Rajasthan",
                "TRANSPORT DEPARTMENT, RAJASTHAN",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Vahan 4.0 - Parivahan Sewa  |  Online tax payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        p.pair("Registration No.", truck(rng).replace("-", ""))
        wrap_pair(p, "Owner name", firm)
        p.pair("Vehicle class", rng.choice(["Goods carrier - tipper (HGV)", "Goods carrier - trailer (HGV)"]))
        if not j.no_day:
            p.pair("Tax valid up to", j.other_day(rng, 80, 100))
        mvt = float(rng.choice([9800, 12400, 15600, 18200]))
        cess = float(rng.choice([500, 750, 1000]))
        p.pair("Motor vehicle tax (quarterly)", rs(mvt))
        p.pair("Road safety cess", rs(cess))
        j.amount = mvt + cess
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Vahan receipt No.", INVOICE_RANK, f"RJ20{code(rng, 1, UPPER)}{digits(rng, 9)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Carry the tax receipt or show it on mParivahan at checking."
    elif frame in ("trade", "udtax"):
        p = browser_page(rng, font, f"lsg.urban.rajasthan.gov.in/epay/ramganjmandi/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Nagar Palika Ramganj Mandi", "NAGAR PALIKA RAMGANJ MANDI", "Municipal Board, Ramganj Mandi"]
        )
        top(p, name, merchant=name)
        tax = frame == "udtax"
        p.add(
            "small",
            f"Local Self Government Department, Rajasthan  |  {'UD tax' if tax else 'Trade licence'}",
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": FEE_OK, "failed": ["Payment unsuccessful - amount not received by Nagar Palika"]},
        )
        p.pair("Ward No.", str(rng.randrange(1, 35)))
        if tax:
            wrap_pair(p, "Owner name", firm)
            p.pair("Property ID", f"RGM{digits(rng, 8)}")
            heads = [("UD tax 2026-27 (industrial plot)", 14000.0, 36000.0)]
            if rng.random() < 0.5:
                heads.append(("Arrears 2025-26", 2500.0, 9000.0))
        else:
            wrap_pair(p, "Name of licensee", firm)
            wrap_pair(p, "Trade name", YARD)
            p.pair("Licence No.", f"NPR/TL/{digits(rng, 5)}")
            heads = [
                ("Trade licence fee - stone cutting and polishing unit", 5000.0, 5000.0),
                ("Signboard fee", 500.0, 1500.0),
            ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        if tax and status == "success" and rng.random() < 0.6:
            rebate = round(total * 0.10, 2)
            p.pair("Less: Rebate @ 10% (paid in time)", rs(rebate))
            total -= rebate
        j.amount = round(total, 2)
        p.pair(
            rng.choice(
                ["Total amount", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"NPR{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'UD' if tax else 'TL'}/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    else:
        p = browser_page(rng, font, f"ldms.rajasthan.gov.in/clra/renewal/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Labour Department, Rajasthan", "Labour and Employment Department, Rajasthan"])
        top(p, name, merchant=name)
        p.add("small", "LDMS  |  Contract Labour (R&A) Act, 1970 - registration renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of principal employer", firm)
        p.pair("Registration No.", f"CLRA/KOTA/{digits(rng, 5)}")
        p.pair("Contract workers", str(rng.randrange(20, 90)))
        fee = float(rng.choice([1500, 2500, 3000]))
        p.pair("Renewal fee", rs(fee))
        j.amount = fee
        if rng.random() < 0.5:
            late = float(rng.choice([250, 500]))
            p.pair("Late fee", rs(late))
            j.amount = fee + late
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LDMS{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"CL/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Download the renewed registration certificate from LDMS."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


POLICIES = [
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Contractor's plant and machinery - excavators and wire saws",
        "browser",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Bharat Laghu Udyam Suraksha - polishing yard, gang saws and stock",
        "mail",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Goods carrying vehicle package - tipper",
        "paper",
    ),
    (
        "Zurich Kotak General Insurance Co. (India) Ltd",
        "zurichkotak.com",
        "Employees' compensation - quarry workers",
        "browser",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Marine cargo open policy - export shipments",
        "mail",
    ),
    ("ECGC Ltd", "ecgc.in", "Shipments (comprehensive risks) policy - quarterly premium", "paper"),
    (
        "Future Generali India Insurance Co. Ltd",
        "futuregenerali.in",
        "Group personal accident - quarry and yard workers",
        "browser",
    ),
    (
        "Magma General Insurance Ltd",
        "magmainsurance.com",
        "Machinery breakdown - gang saws and polishing line",
        "mail",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its excavators and wire saws, its polishing yard and stock, its tipper, its quarry
    workers, its export cargo, its buyers' credit, its workers against accidents and its gang saws: the insurers'
    premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT /
    Premium payment acknowledgement / RECEIPT, Name of policyholder / Insured party / Client name, Policy No.,
    Proposal No., Sum insured (plant and machinery) / Sum insured (building, plant and stock) / IDV / Estimated
    annual wages / Annual turnover (shipments) declared / Value of shipments declared (quarter) and Maximum liability
    / Capital sum insured per person / Sum insured (machinery), Period of insurance, Basic premium or Own damage and
    Third party premium, an add-on, GST @ 18%, Gross premium received / Total premium paid (incl. GST) / Amount
    received towards premium / Cheque amount / Premium payable / Total premium payable, Payment mode, Transaction
    ref. No. / Payment ID, UPI Ref No. / Bank Ref. No., Receipt No. / Premium receipt No., Cheque No., Receipt date /
    Premium paid on / Date of receipt / Cheque received on / Transaction date / Attempted on; Premium received -
    policy schedule issued / Payment confirmed - policy active / CHEQUE DEPOSITED - COVER STARTS ON CLEARANCE /
    Premium payment unsuccessful - proposal lapsed)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    ins, host, product, frame = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'pay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng, font, f"{short} <receipts@{host}>", ["Premium receipt", "Premium payment acknowledgement"]
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(["Branch Office, Gumanpura, Kota", "Kota Branch, Aerodrome Circle, Kota"])
            if "ECGC" not in ins
            else "Jaipur Branch, Ashok Marg, C-Scheme, Jaipur",
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium received - policy schedule issued", "Payment confirmed - policy active"],
            "pending": ["CHEQUE DEPOSITED - COVER STARTS ON CLEARANCE"],
            "failed": ["Premium payment unsuccessful - proposal lapsed"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Name of policyholder", "Insured party", "Client name"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 4)}/{rng.choice(['11', '31', '46'])}/2026/{digits(rng, 5)}")
    p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    first, second = "Basic premium", None
    if "plant and machinery" in product:
        insured = float(rng.randrange(8000000, 36000000, 100000))
        p.pair("Sum insured (plant and machinery)", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Earthquake cover", round(insured * 0.00008, 2))
    elif "Udyam" in product:
        insured = float(rng.randrange(30000000, 90000000, 100000))
        p.pair("Sum insured (building, plant and stock)", rs(insured))
        basic = round(insured * rng.uniform(0.0003, 0.0005), 2)
        addon = ("Earthquake and STFI cover", round(insured * 0.0001, 2))
    elif "vehicle" in product:
        idv = float(rng.randrange(1800000, 3600000, 10000))
        p.pair("IDV", rs(idv))
        basic = round(idv * rng.uniform(0.011, 0.016), 2)
        first = "Own damage premium"
        addon = ("Third party premium", float(rng.choice([44242, 45084, 47592])))
        second = addon[0]
    elif "compensation" in product:
        wages = float(rng.randrange(4200000, 9600000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Workers covered", str(rng.randrange(40, 110)))
        basic = round(wages * rng.uniform(0.006, 0.009), 2)
        addon = ("Medical expenses extension", round(wages * 0.0004, 2))
    elif "Marine" in product:
        turnover = float(rng.randrange(40000000, 150000000, 100000))
        p.pair("Annual turnover (shipments) declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0004, 0.0007), 2)
        addon = ("War and SRCC cover", round(turnover * 0.00003, 2))
    elif "ECGC" in ins:
        value = float(rng.randrange(8000000, 32000000, 10000))
        p.pair("Value of shipments declared (quarter)", rs(value))
        p.pair("Maximum liability", rs(float(rng.choice([5000000, 7500000, 10000000]))))
        basic = round(value * rng.uniform(0.0008, 0.0014), 2)
        addon = ("Additional premium - D/A over 90 days", round(value * 0.0001, 2))
    elif "accident" in product:
        lives = rng.randrange(40, 110)
        p.pair("Capital sum insured per person", rs(500000.0))
        p.pair("Workers covered", str(lives))
        basic = round(lives * rng.uniform(520, 760), 2)
        addon = ("Medical expenses extension", round(lives * 60.0, 2))
    else:
        insured = float(rng.randrange(6000000, 24000000, 10000))
        p.pair("Sum insured (machinery)", rs(insured))
        basic = round(insured * rng.uniform(0.0025, 0.004), 2)
        addon = ("Expediting expenses", round(insured * 0.0002, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    p.pair(first, rs(basic))
    p.pair(second or addon[0], rs(addon[1]))
    gst = round((basic + addon[1]) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(basic + addon[1] + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": [
            "Gross premium received",
            "Total premium paid (incl. GST)",
            "Amount received towards premium",
        ],
        "pending": ["Cheque amount", "Total premium paid (incl. GST)"],
        "failed": ["Premium payable", "Total premium payable"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    way = "Cheque" if status == "pending" else rng.choice(["Net banking", "UPI", "Debit card"])
    if frame == "paper" and status == "success":
        way = rng.choice(["Net banking", "Cheque"])
    p.pair("Payment mode", way, method=way_method(way))
    if way == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if way != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success" and way != "Cheque":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 10)
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium paid on", "Date of receipt"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to realisation of premium. Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("HADAUTI STONE YARD", "SUKET ROAD, RAMGANJ MANDI", "yard"),
    ("SHRI RAM FUELS", "NH-52, RAMGANJ MANDI", "fuel"),
    ("HADAUTI SHILP STONES", "RAMGANJ MANDI (KOTA) RAJ", "yard"),
    ("KOTA DIAMOND TOOLS & SPARES", "INDRA VIHAR, KOTA", "shop"),
    ("HOTEL GULMOHAR PALACE", "M.I. ROAD, JAIPUR", "hotel"),
    ("HADAUTI STONE YARD", "RAMGANJ MANDI 326519", "yard"),
    ("MEENA TYRES & WHEEL ALIGNMENT", "JHALAWAR ROAD, KOTA", "shop"),
    ("RAJDHANI DHABA", "NH-52, CHECHAT", "dhaba"),
]
TERMINALS = [
    "BANK OF BARODA",
    "BHARAT PETROLEUM",
    "AXIS BANK",
    "KOTAK MAHINDRA BANK",
    "YES BANK",
    "STATE BANK OF INDIA",
    "EZETAP",
    "PAYTM",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Builders' and dealers' cards on the yard's terminals, and the company's card at a filling station, a diamond
    tool shop, a Jaipur hotel during the stone fair, a tyre shop and a highway dhaba: terminal slips (monospace: the
    terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: and TIME: / TXN DATE:
    and TXN TIME: / DATE/TIME: / DT:, MID:, TID:, BATCH NO:, TRACE NO:, INVOICE NO: / INV NO: / BILL NO:, SALE,
    CARD:, a hotel's ROOM NO: and FOLIO NO:, a fuel sale's PRODUCT:, RATE/L:, QTY(L): and NOZZLE NO:, AUTH CODE: /
    APPR CODE: / AUTH NO:, RRN: / RRN NO: / REF NO:, SALE AMT: / AMT: / BILL AMT: / TOTAL (INR):, the dhaba's BASE
    AMT:, TIP AMT: and GRAND TOTAL:; APPROVED / TXN APPROVED / APPROVED - SIGN NOT REQUIRED / DECLINED - 54 EXPIRED
    CARD / HOST NOT RESPONDING - CONFIRM WITH BANK BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=8000, high=240000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 4500, 38000, 0.6)
    elif kind == "dhaba":
        j.amount = rupees(rng, 420, 2600, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 2400, 68000, 0.5)
    elif kind == "hotel":
        j.amount = rupees(rng, 6500, 28000, 0.4)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(4)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        elif style == 2:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
        else:
            p.pair("DT:", f"{d}  {t}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(90.2, 92.8), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.choice([204, 207, 311, 312, 405, 408])))
        p.pair("FOLIO NO:", str(rng.randrange(10000, 99999)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if kind == "dhaba":
        tip = float(rng.choice([0, 50, 100, 150])) if status == "success" else 0.0
        base = round(j.amount - tip, 2)
        p.pair("BASE AMT:", f"{base:.2f}")
        p.pair("TIP AMT:", f"{tip:.2f}")
        p.pair("GRAND TOTAL:", f"{rng.choice(['INR ', 'RS.', ''])}{j.amount:.2f}", amount=j.amount)
    else:
        lab = rng.choice(["SALE AMT:", "AMT:", "BILL AMT:", "TOTAL (INR):"])
        body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
        mark = "" if lab == "TOTAL (INR):" else rng.choice(["INR ", "RS.", "Rs ", ""])
        p.pair(lab, f"{mark}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - SIGN NOT REQUIRED"]),
            status="success",
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "CARDHOLDER PIN VERIFIED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 54 EXPIRED CARD", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - CONFIRM WITH BANK BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, fibre, water and phone bills


BILLERS = [
    ("JVVNL", "Jaipur Vidyut Vitran Nigam Ltd", "K No."),
    ("BSNL FTTH", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("PHED Rajasthan", "Public Health Engineering Department, Rajasthan", "Consumer No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
]
BILL_APPS = ["JVVNL", "PhonePe", "InstaBIZ", "Google Pay", "JVVNL", "Paytm", "Amazon Pay", "CRED"]
BILL_WHICH = [0, 0, 1, 2, 0, 3, 0, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yard's and the quarry's electricity (JVVNL), the office's fibre (BSNL FTTH), the yard's water (PHED) and
    the manager's postpaid phone (Jio) through Bharat Connect in ICICI Bank's InstaBIZ and UPI apps (the app on top,
    Biller / Biller name / Service provider / Paid to (biller) / Operator as printed, K No. / Account No. / Consumer
    No. / Mobile No., Registered consumer / Name as per bill, Bill month and Due date on some, the sum large, Paid
    from Current A/c or UPI, Bharat Connect Ref. No. / BBPS Ref ID, UPI Ref No., Transaction ID on the failed one,
    Paid on / Transaction date & time; Bill paid - receipt sent to registered mobile / Payment completed /
    Transaction successful / Bill payment pending - biller confirmation may take up to 72 hours / Payment could not
    be completed - money will be refunded to source) and JVVNL's own receipt page (the Nigam on top with its
    Government of Rajasthan undertaking line, K No., Sub division, Consumer name, Bill month, Amount paid, Payment
    mode, Transaction ID, Receipt No., Payment date / Date of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=12000, high=185000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 999, 4200, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1800, 14500, 0.4)
    elif which == 3:
        j.amount = rupees(rng, 399, 1999, 0.6)
    elif BILL_APPS[k] != "JVVNL":
        j.amount = rupees(rng, 12000, 95000, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "K No.": f"2{digits(rng, 2)}{rng.randrange(100, 999)}{digits(rng, 7)}",
        "Account No.": digits(rng, 10),
        "Consumer No.": f"{rng.randrange(10, 99)}/{digits(rng, 6)}",
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "JVVNL":
        p = browser_page(rng, font, "energybill.jvvnl.org/jvvnl/payment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Rajasthan Undertaking  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment completed", "Transaction successful"]})
        p.pair(idlab, ids)
        p.pair("Sub division", rng.choice(["AEN (O&M) Ramganj Mandi", "AEN (O&M) Suket"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"JV{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted against your K number within 24 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Bill paid - receipt sent to registered mobile",
                "Payment completed",
                "Transaction successful",
            ],
            "pending": ["Bill payment pending - biller confirmation may take up to 72 hours"],
            "failed": ["Payment could not be completed - money will be refunded to source"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = (
        "Operator"
        if which in (1, 3)
        else rng.choice(["Biller", "Biller name", "Service provider", "Paid to (biller)"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Registered consumer", "Name as per bill"]),
        rng.choice([COMPANY_CAPS, YARD.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "InstaBIZ" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "Amazon Pay": "AP", "CRED": "CR"}.get(
                app, "IC"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "BBPS Ref ID"]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Transaction date & time"] if status == "success" else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "KISHANGARH DIAMOND T",
    "SHRI BALAJI EARTHMOV",
    "KANHAIYA LAL MEENA",
    "HADOTI ROADLINES",
    "JVVNL KOTA",
    "SAURASHTRA ABRASIVE",
    "MEWAR WIRE SAW CUTTI",
    "NAGAR PALIKA RAMGANJ",
]
SENDERS = {
    "Bank of Baroda": "VM-BOBTXN",
    "Axis Bank": "AX-AXISBK",
    "Kotak Mahindra Bank": "JD-KOTAKB",
    "Yes Bank": "VK-YESBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-BOBTXN / AX-AXISBK /
    JD-KOTAKB / VK-YESBNK, the day divider, each bank's own wording: "Dear BOB Customer, A/c XX1234 is debited with
    Rs.x on <day> for <way> to <payee>.", "INR x debited from Axis Bank A/c no. XX1234 on <day>. Payee - <payee>;
    Mode - <way>.", "Rs.x sent from Kotak Bank A/c X1234 to <payee> on <day> via <way>.", "YES BANK: Your A/c XX1234
    has been debited with INR x on <day> for <way> transfer to beneficiary <payee>."; a transfer that "was BOUNCED by
    the beneficiary bank - amount refunded to your A/c" and one that "is AWAITING confirmation from the beneficiary
    bank - please do not retry") and two e-mail debit alerts (Amount debited / Debited amount (INR), Beneficiary name
    / Credited to (payee), Account, Channel, UTR No. / IMPS Ref No., Transaction date / Value date, Transaction
    status: Success)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=2500, high=420000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 1500, 18000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 18000, 160000)
    elif k == 7:
        j.amount = rupees(rng, 5000, 32000)
    if k in (1, 4):
        bank = rng.choice(["Bank of Baroda", "Axis Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}.com>",
            ["Debit alert - current account", "Transaction alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount debited", "Debited amount (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Credited to (payee)"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Success", status="success")
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password. Report an unauthorised debit at once.")
        return p.done()
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    elif k in (2, 7):
        way = "UPI" if j.amount < 100000 else "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
    way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = rng.choice(list(SENDERS))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Bank of Baroda":
            p.add("left", f"Dear BOB Customer, A/c XX{tail} is debited with Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"for {way} to {to}.", merchant=to, method=method)
        elif bank == "Axis Bank":
            p.add("left", f"INR {amt} debited from Axis Bank A/c no. XX{tail}{on}.", amount=j.amount)
            p.add("left", f"Payee - {to}; Mode - {way}.", merchant=to, method=method)
        elif bank == "Kotak Mahindra Bank":
            p.add("left", f"Rs.{amt} sent from Kotak Bank A/c X{tail}", amount=j.amount)
            p.add("left", f"to {to}{on} via {way}.", merchant=to, method=method)
        else:
            p.add("left", f"YES BANK: Your A/c XX{tail} has been debited with INR {amt}{on}", amount=j.amount)
            p.add("left", f"for {way} transfer to beneficiary {to}.", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was BOUNCED by the beneficiary bank - amount refunded to your A/c.",
            "pending": "is AWAITING confirmation from the beneficiary bank - please do not retry.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2400000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(
                ["Not you? Call the bank's helpline at once", "If not done by you, block the account"]
            ),
        )
    p.add(
        "small",
        {
            "Bank of Baroda": "-Bank of Baroda",
            "Axis Bank": "-Axis Bank",
            "Kotak Mahindra Bank": "-Kotak Bank",
        }.get(bank, "-YES BANK"),
    )
    return p.done()


compose = compose158

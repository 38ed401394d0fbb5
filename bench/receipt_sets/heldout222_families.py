"""The twelve heldout222 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a hand tools forging and finishing unit's day in 2026 in Jalandhar, Punjab (Bhogal
Forge & Tools Pvt Ltd, its forging and machining unit at E-118, Industrial Focal Point, its grinding, plating and
packing unit in the Dada Colony industrial area and its trade counter, Ironhand Tools Depot, in the Iron Market on
G.T. Road, selling its spanners, pliers and hammers under the Ironhand name), told by the proofs of payment it
receives and makes: hardware shops' and mechanics' UPI screens and the depot's payment pages, hardware distributors'
and B2B buyers' payment advices, importers' inward wires in pounds, euros, UAE dirhams, US dollars, South African
rand and Canadian dollars, its own money receipts, counter memos and scrap sale receipts, the steel mill's, the coal
merchant's, the plating chemist's, the carton maker's and the grip maker's tax invoices, the net-banking transfers
to the heat treater, the die sinker, the shot blaster, the carrier, the power hammer repairer, the compressor
servicer, the testing lab and the chrome plater, the forgers', grinders', platers' and packers' piece rate vouchers
and payouts, PSIEC's, Municipal Corporation Jalandhar's, the Punjab Pollution Control Board's, the Punjab Labour
Welfare Board's, the Directorate of Factories', the Excise and Taxation Department's and the Punjab Fire and
Emergency Services' pages, insurers' premium receipts, card terminal slips, PSPCL's power and the broadband, gas,
phone and landline bills and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with
the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the invoices listed
on an advice, vendor, PO, plot, property, assessment, application, registration, enrolment, licence, policy,
proposal, token, heat, weighbridge, shipping bill, export invoice, beneficiary, account, consumer and customer
numbers, dozens, sets, pieces, kilos, tonnes, rates, discounts, debit notes, rejections, advances, TDS, GST and cess
lines, the INR values on the wires, exchange rates, sums insured and limits, wages declared, financial, assessment
and contribution periods, wage weeks, bill months, due days, GSTIN, IFSC, BIC, UETR, purpose codes, e-way bill and
vehicle numbers, MID, TID, batch, STAN, pump and room numbers, transfer and payout accounts, the maker and the
authoriser and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are
heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is
heldout158's.
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

COMPANY = "Bhogal Forge & Tools Pvt Ltd"
COMPANY_CAPS = "BHOGAL FORGE & TOOLS PVT LTD"
SHORT = "Bhogal Forge & Tools"
DEPOT = "Ironhand Tools Depot"
# unit, address, GST state code
UNITS = [
    ("Forging and machining unit", "E-118, Industrial Focal Point, Jalandhar - 144004, Punjab", "03"),
    ("Grinding, plating and packing unit", "Plot 22, Industrial Area, Dada Colony, Jalandhar - 144003", "03"),
    ("Trade counter", "14, Iron Market, G.T. Road, Jalandhar - 144001, Punjab", "03"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d %b, %Y", "%d/%m/%y"]
WEST = ["%b {d}, %Y", "{d} %b %Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y"]
BANKS = [
    "Punjab National Bank",
    "Punjab & Sind Bank",
    "State Bank of India",
    "HDFC Bank",
    "Capital Small Finance Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Bank of India",
    "Union Bank of India",
]
IFSC = {
    "Punjab National Bank": "PUNB",
    "Punjab & Sind Bank": "PSIB",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "Capital Small Finance Bank": "CLBL",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Bank of India": "BKID",
    "Union Bank of India": "UBIN",
}
DOMAINS = {
    "Punjab National Bank": "pnb.bank.in",
    "Punjab & Sind Bank": "psb.co.in",
    "State Bank of India": "sbi.co.in",
    "HDFC Bank": "hdfcbank.com",
    "Capital Small Finance Bank": "capitalbank.co.in",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "Bank of India": "bankofindia.co.in",
}
# what the forge sells at home: the line, its price a piece, a set or a dozen to the trade (low, high)
GOODS = [
    ("Double open end spanner set 6-32 mm (12 pc)", "sets", 420, 690),
    ("Combination plier 8 in - insulated", "doz", 1450, 2150),
    ("Ball pein hammer 500 g with handle", "doz", 2100, 3100),
    ("Adjustable wrench 10 in", "doz", 2500, 3900),
    ("Ring spanner set 6-32 mm (8 pc)", "sets", 520, 840),
    ("Sledge hammer 4 lb", "pcs", 380, 560),
    ("Pipe wrench 14 in", "pcs", 340, 520),
    ("Long nose plier 6 in", "doz", 1150, 1800),
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Consignee / Buyer, Bill to party, Customer (buyer): no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "PUNB")
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
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


# ---------------------------------------------------------- 1. the trade: UPI screens and payment pages


TRADE_APPS = ["PhonePe", "Google Pay", "Instamojo", "Paytm", "Amazon Pay", "Navi", "CCAvenue", "super.money"]
TRADE_NOTES = [
    "Spanner sets x4",
    "Pliers 8in - 2 doz",
    "Hammers 500g x12",
    "Counter bill 4471",
    "Pipe wrench 14in",
    "Ring spanners - workshop",
    "Balance bill 2281",
    "Adjustable wrench x6",
]
PAGE_BUYERS = [
    ("Gill Auto Workshop, Nakodar", "Spanner and ring spanner sets - 40 sets"),
    ("Maan Agro Implements, Moga", "Sledge hammers and pipe wrenches - advance"),
    ("New Friends Hardware, Phagwara", "Pliers and hammers - 12 dozen"),
    ("Verka Tractor Service, Amritsar", "Workshop tool kits - 18 nos"),
]
TRADE_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI reference No."],
    "Amazon Pay": ["UPI Ref. No.", "UTR"],
    "Navi": ["UPI transaction ID", "UPI Ref No."],
    "super.money": ["UPI Ref No.", "UTR"],
}


def trade_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Hardware shops, mechanics and workshops paying the depot or the company for spanners, pliers and hammers: six
    UPI screens (PhonePe, Google Pay, Paytm, Amazon Pay, Navi, super.money: the depot or the company under Paid to /
    To / Sent to / Transferred to / Paying to, its UPI ID, a Banking name line on some, the sum large, a note, UTR /
    UPI Ref. No. / UPI reference No. / UPI transaction ID / UPI Ref No., PhonePe's, Paytm's and Amazon Pay's own
    Transaction ID and Google Pay's Google transaction ID on some, Debited from / From / Paid from, Date & time /
    Paid on / Completed on / Initiated on; Payment successful / Paid successfully / Payment completed / Payment
    pending - bank has not confirmed yet, check after some time / Payment failed - UPI PIN attempts exhausted, try
    after 24 hours) and two of the depot's payment pages (Instamojo, CCAvenue: the depot or the company on top,
    Payer name / Paid by / Billing name / Customer name, Order note / Purpose, Instamojo's Payment ID MOJO...,
    CCAvenue's Tracking ID and Order No., UPI Ref No. / Bank Ref. No. or Auth code / Approval code, Paid on /
    Payment date / Date of payment; Payment successful / Thank you! Your order is paid / Payment received)."""
    k = place("trade_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=350, high=48000, p_round=0.8)
    app = TRADE_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Instamojo", "CCAvenue"):
        j.amount = rupees(rng, 8000, 180000, 0.7)
        who, what = PAGE_BUYERS[(k + rng.randrange(2)) % len(PAGE_BUYERS)]
        to = rng.choice([DEPOT, DEPOT, COMPANY, SHORT])
        url = (
            f"www.instamojo.com/@ironhandtools/{code(rng, 8, LOWER + '0123456789')}"
            if app == "Instamojo"
            else f"secure.ccavenue.com/transaction/receipt/{digits(rng, 12)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Spanners, pliers and hammers - straight from the forge", "Iron Market, Jalandhar"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Thank you! Your order is paid", "Payment received"]},
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(
            p,
            rng.choice(
                ["Payer name", "Paid by"] if app == "Instamojo" else ["Billing name", "Customer name"]
            ),
            who,
        )
        wrap_pair(p, rng.choice(["Order note", "Purpose"]), what)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment mode", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Instamojo":
                pid = f"MOJO{digits(rng, 4)}{code(rng, 1, UPPER)}{digits(rng, 8)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                tid = digits(rng, 12)
                p.pair("Tracking ID", tid, txn=(TXN_RANK, tid))
                oid = f"IHT{j.date:%y%m}{digits(rng, 5)}"
                p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("UPI Ref No." if app == "Instamojo" else "Bank Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code" if app == "Instamojo" else "Approval code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by Instamojo" if app == "Instamojo" else "Secured by CCAvenue")
        return p.done()
    to = rng.choice([DEPOT, DEPOT.upper(), COMPANY_CAPS, SHORT])
    handle = (
        f"{rng.choice(['ironhandtools', 'ironhanddepot'])}@{rng.choice(['pnb', 'ybl', 'hdfcbank'])}"
        if to in (DEPOT, DEPOT.upper())
        else f"bhogalforge{rng.choice(['', '.jal', '1'])}@{rng.choice(['pnb', 'psb', 'okaxis'])}"
    )
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Payment completed"],
            "pending": ["Payment pending - bank has not confirmed yet, check after some time"],
            "failed": ["Payment failed - UPI PIN attempts exhausted, try after 24 hours"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to", "Transferred to"] if status == "success" else ["To", "Paying to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "Paytm", "Navi") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"Banking name: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(TRADE_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(TRADE_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Amazon Pay") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Amazon Pay": f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(
            ["Debited from", "From", "Paid from"] if status == "success" else ["Debited from", "From"]
        ),
        f"{rng.choice(BANKS)} XX{digits(rng, 4)}",
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
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Need help with this payment?"]))
    return p.done()


# ---------------------------------------------------------- 2. hardware distributors' and buyers' advices


DISTRIBUTORS = [
    ("Rathi Hardware Distributors Pvt Ltd", "accounts@rathihardware.in", "Loha Mandi, Jaipur"),
    ("Lohar Chawl Tools Corporation", "payables@lctools.co.in", "Lohar Chawl, Mumbai"),
    ("Sri Venkateswara Hardware Agencies", "svhagencies.accounts@gmail.com", "Ranigunj, Secunderabad"),
    ("Moglix", "supplier.payments@moglix.com", "Sector 62, Noida"),
    ("Bharat Tools & Hardware Co.", "bharattools.gbroad@gmail.com", "G.B. Road, Delhi"),
    ("Eastern Hardware Syndicate", "accounts@easternhardware.co.in", "Canning Street, Kolkata"),
    ("Toolkart Retail Pvt Ltd", "vendorpayments@toolkart.in", "Whitefield, Bengaluru"),
    ("Kothari Machinery & Tools Stores", "ap@kotharitools.com", "Relief Road, Ahmedabad"),
]
DISTRIBUTOR_FRAMES = ["mail", "paper", "mail", "portal", "paper", "mail", "portal", "paper"]


def distributor_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Hardware distributors across India, a B2B industrial marketplace and a tools e-retailer paying for spanner
    sets, pliers and hammers: payment advice e-mails, printed PAYMENT ADVICE / REMITTANCE ADVICE - HAND TOOLS /
    VENDOR PAYMENT ADVICE and supplier portal pages (the payer on top with its desk line, Vendor name / Supplier
    (payee) / Paid to vendor the company, Vendor ID / Supplier code and PO No. (no fact), the company's invoices
    with their dozens, sets or pieces and sums, Invoices total / Gross amount, Less: TDS u/s 194Q @ 0.1%, Less: Cash
    discount @ 2% (paid within 15 days) / Less: Debit note - rejected pliers (n pcs) / Less: Freight recovered
    (to-pay LR) on some, Net amount credited / Net paid to vendor / Amount transferred (Net amount proposed on the
    hold, Net amount / Net payable on the return), Payment mode NEFT / RTGS / IMPS, Beneficiary A/c, UTR / NEFT UTR
    / RTGS UTR No. / IMPS Ref No., Advice No. / Payment document No., Payment date / Date of payment / Value date /
    Advice date / Date of advice / Returned on / Return date; Payment released - credited to your bank / Status:
    Settled in full / On hold - debit note for rejected pieces under reconciliation / Payment bounced - beneficiary
    account frozen)."""
    k = place("distributor_advices")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    buyer, mail, city = DISTRIBUTORS[k]
    frame = DISTRIBUTOR_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Remittance advice - {SHORT}", "Payment made against your invoices"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    desk = (
        "Supplier Central - Payments"
        if buyer in ("Moglix", "Toolkart Retail Pvt Ltd")
        else rng.choice(["Accounts Payable", "Purchase - Hand Tools", "Finance & Accounts"])
    )
    p.add("small", f"{desk}, {city}")
    p.add(
        "center",
        rng.choice(["PAYMENT ADVICE", "REMITTANCE ADVICE - HAND TOOLS", "VENDOR PAYMENT ADVICE"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment released - credited to your bank", "Status: Settled in full"],
            "pending": ["On hold - debit note for rejected pieces under reconciliation"],
            "failed": ["Payment bounced - beneficiary account frozen"],
        },
    )
    payee = ours(rng)
    labels = ["Vendor name", "Supplier (payee)"] + (["Paid to vendor"] if status == "success" else [])
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair(rng.choice(["Vendor ID", "Supplier code"]), f"{rng.choice(['V', 'SUP', 'HT'])}{digits(rng, 6)}")
    p.pair("PO No.", f"{rng.choice(['PO', '45', 'HT/PO/'])}{digits(rng, 7)}")
    p.add("left", rng.choice(["Invoices paid", "Bills settled", "Against your invoices"]))
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        _, unit, lo, hi = rng.choice(GOODS)
        qty = rng.randrange(20, 160) if unit != "pcs" else rng.randrange(60, 480)
        value = round(qty * rng.randrange(lo, hi, 5), 2)
        gross += value
        p.pair(f"BFT/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Invoices total", "Gross amount"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.25:
        cut = round(gross * 0.02, 2)
        p.pair("Less: Cash discount @ 2% (paid within 15 days)", rs(cut))
    elif pick < 0.5 or status == "pending":
        n = rng.randrange(6, 48)
        cut = round(n * rng.uniform(95, 180), 2)
        p.pair(f"Less: Debit note - rejected pliers ({n} pcs)", rs(cut))
    elif pick < 0.65:
        cut = float(rng.randrange(600, 4200, 50))
        p.pair("Less: Freight recovered (to-pay LR)", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net amount credited", "Net paid to vendor", "Amount transferred"],
        "pending": ["Net amount proposed"],
        "failed": ["Net amount", "Net payable"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Beneficiary A/c", account(rng, BANKS[:5]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'PD', '19'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Advice No.", "Payment document No."]), doc, txn=(INVOICE_RANK, doc))
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Date of payment", "Value date"],
            "pending": ["Advice date", "Date of advice"],
            "failed": ["Returned on", "Return date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "This advice is computer generated. Please acknowledge and raise any difference within 7 days.",
    )
    return p.done()


# ---------------------------------------------------------- 3. importers abroad: inward wires


IMPORTERS = [
    ("Ironmonger Supplies Ltd", "Birmingham, United Kingdom", "GBP", "Barclays Bank UK plc", 3000, 42000),
    ("Werkzeughandel Becker GmbH", "Wuppertal, Germany", "EUR", "Commerzbank AG", 3500, 48000),
    ("Al Mansoori Hardware Trading LLC", "Deira, Dubai, UAE", "AED", "Emirates NBD Bank PJSC", 15000, 210000),
    ("Great Lakes Tool Supply Inc", "Cleveland, OH, USA", "USD", "PNC Bank NA", 4000, 56000),
    (
        "Karoo Hardware Wholesalers (Pty) Ltd",
        "Johannesburg, South Africa",
        "ZAR",
        "Standard Bank of South Africa Ltd",
        60000,
        900000,
    ),
    ("Maple Leaf Industrial Tools Inc", "Brampton, ON, Canada", "CAD", "Toronto-Dominion Bank", 5000, 70000),
    ("Gereedschap Groothandel De Vries BV", "Utrecht, Netherlands", "EUR", "ING Bank NV", 3500, 48000),
    ("Nairobi Hardware Mart Ltd", "Nairobi, Kenya", "USD", "KCB Bank Kenya Ltd", 4000, 42000),
]
WIRE_BANKS = [
    ("Punjab National Bank", "paper"),
    ("HDFC Bank", "browser"),
    ("State Bank of India", "mail"),
    ("Punjab & Sind Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("Axis Bank", "paper"),
    ("Bank of India", "browser"),
    ("Kotak Mahindra Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "GBP": (108.2, 113.4),
    "EUR": (93.1, 97.6),
    "AED": (23.3, 24.2),
    "ZAR": (4.62, 5.04),
    "CAD": (61.5, 64.8),
}
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"]
SHIPPED = [
    "Forged spanners and wrenches",
    "Pliers and cutting tools",
    "Hammers - ball pein, claw and sledge",
    "Assorted hand tools - 1 x 20 ft container",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros, the code for dirhams, the
    code before or after the sum for rand and the code or C$ for Canadian dollars; western grouping."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    after = cur == "ZAR" and rng.random() < 0.35
    mark = rng.choice({"AED": ["AED "], "ZAR": ["ZAR "], "CAD": ["CAD ", "C$", "CAD "]}[cur])

    def show(value: float) -> str:
        return f"{value:,.2f} {cur}" if after else f"{mark}{value:,.2f}"

    return show


def uetr(rng: random.Random) -> str:
    head = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}"
    return f"{head}-{rng.choice('89ab')}{code(rng, 3, HEXA)}-{code(rng, 12, HEXA)}"


def importer_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in Britain, Germany, the UAE, the US, South Africa, Canada, the Netherlands and Kenya paying for
    spanners, pliers and hammers: the banks' inward remittance advices (browser, e-mail, printed INWARD REMITTANCE -
    EXPORT PROCEEDS / Credit advice - foreign inward remittance / Advice of SWIFT inward credit (MT103): the bank on
    top with its forex desk, Beneficiary customer / Name of beneficiary / Payee (exporter) the company, Beneficiary
    A/c, Remitter (buyer abroad) / By order of, Remitting bank / Ordering bank, Amount (FCY) / Remitted amount / FCY
    credited in GBP, EUR, AED, USD, ZAR or CAD, Charges, Rate applied, INR value / Equivalent in INR, Commission and
    GST, Net amount credited (INR), Purpose code, Goods, Export invoice No., Shipping bill No., Mode, IRM No. /
    Inward remittance No. / Our ref. No., UETR, Value date / Date of credit / Realised on / Received on / Parked on
    / Returned on / Date of return; Export proceeds realised - credited to account / Status: Credited and IRM
    reported to EDPMS / Parked - export invoice and purpose declaration awaited / Returned to remitter's bank -
    beneficiary name does not match account title)."""
    k = place("importer_wires")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.jalandhar@{slug(bank)}>",
            [
                "Inward remittance credited",
                "Export proceeds - inward remittance advice",
                "SWIFT inward credit",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/inward/irm/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Centre, Civil Lines, Jalandhar",
                "Trade Finance Branch, Model Town, Jalandhar",
                "International Banking Branch, G.T. Road, Jalandhar",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE - EXPORT PROCEEDS",
                "Credit advice - foreign inward remittance",
                "Advice of SWIFT inward credit (MT103)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Export proceeds realised - credited to account",
                "Status: Credited and IRM reported to EDPMS",
            ],
            "pending": ["Parked - export invoice and purpose declaration awaited"],
            "failed": ["Returned to remitter's bank - beneficiary name does not match account title"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Beneficiary customer", "Name of beneficiary", "Payee (exporter)"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter (buyer abroad)", "By order of"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Ordering bank"]), pbank)
    p.pair(
        rng.choice(["Amount (FCY)", "Remitted amount", "FCY credited"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Rate applied", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["INR value", "Equivalent in INR"]), f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Commission and GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"BFT/EXP/{rng.randrange(1, 240):03d}/{fy(j.date)}")
    if rng.random() < 0.5:
        p.pair("Shipping bill No.", digits(rng, 7))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT (MT103) inward"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["IRM No.", "Inward remittance No.", "Our ref. No."]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Date of credit", "Realised on"],
            "pending": ["Received on", "Parked on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small",
        "Link this IRM to the shipping bill on EDPMS within the time allowed under FEMA; "
        "the e-BRC follows on DGFT.",
    )
    return p.done()


# ---------------------------------------------------------- 4. the company's own receipts, memos and scrap


RECEIPT_PARTIES = [
    "M/s Bhatia Hardware Store, Kapurthala",
    "M/s Lakshmi Tools & Hardware, Ludhiana",
    "M/s Goraya Scrap Traders (forging scale)",
    "Sh. Harpreet Singh (auto workshop), Basti Sheikh",
    "M/s Sharma Machinery Stores, Amritsar",
    "M/s Hoshiarpur Hardware House",
    "M/s Pathankot Tools Centre",
    "M/s Gobindgarh Re-Rollers (end cuttings)",
]
RECEIPT_WAYS = ["card", "NEFT", "cash", "UPI", "UPI", "cheque", "cheque", "NEFT"]
SCRAP = {
    2: ("Forging scale and flash", 14.0, 22.0, 800, 4500),
    7: ("Steel end cuttings (EN8/EN9)", 32.0, 41.0, 1500, 9000),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own MONEY RECEIPT / ADVANCE RECEIPT - ORDER BOOKING, the depot's CASH MEMO - TRADE COUNTER and
    the forge's RECEIPT - SCRAP SALE to hardware shops, a workshop, a machinery store and the scrap dealer and
    re-roller who lift its forging scale and end cuttings (paper: the company or the depot on top with its line,
    address and GSTIN; Receipt No. / M.R. No. / Memo No. / Rcpt. No., Date / Dated / Receipt date, Received from /
    Party / Received with thanks from (no fact), the tools or the kilos of scrap x rate with GST @ 18%, Order value
    / Bill amount / Total, Received by card / Paid by swipe card / Received by NEFT / Credited by NEFT / Cash
    received / Received in cash / Received by UPI / Received through UPI / Cheque amount / Cheque received / Advance
    received, Balance due on dispatch, Mode, Approval code / UTR / UPI Ref. No., Cheque No. and bank, Cheque date;
    RECEIVED WITH THANKS / PAID / RECEIVED - ORDER DISPATCHED / ADVANCE RECEIVED - ORDER BOOKED / SCRAP LIFTED -
    PAID IN FULL / CHEQUE LODGED FOR CLEARING - GOODS ON REALISATION / CHEQUE RETURNED - AMOUNT IN WORDS AND FIGURES
    DIFFER, the rubber stamp) and two of the accounts desk's acknowledgement e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=1500, high=240000, p_round=0.9)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    scrap = k in SCRAP
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT] + ([DEPOT, DEPOT.upper()] if k in (0, 3) else []))
    way = RECEIPT_WAYS[k]
    if way in ("UPI", "cash", "card") and j.amount > 95000:
        j.amount = rupees(rng, 1500, 95000, 0.8)
    part = not scrap and k != 3 and rng.random() < 0.5
    bill = round(j.amount * rng.uniform(1.3, 3.0), -2) if part else j.amount
    depot = me in (DEPOT, DEPOT.upper())
    if k in (1, 4):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@bhogaltools.in>",
            ["Payment received - thank you", "Receipt of your payment", "Money receipt"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Industrial Focal Point, Jalandhar  |  Accounts desk")
        p.add("center", "Receipt of payment")
        p.add("rule")
        p.part = "body"
    else:
        unit = UNITS[2] if depot else UNITS[0]
        if scrap:
            kinds = ["RECEIPT - SCRAP SALE", "MONEY RECEIPT"]
        elif depot:
            kinds = ["CASH MEMO - TRADE COUNTER", "MONEY RECEIPT"]
        else:
            kinds = ["MONEY RECEIPT"] + (["ADVANCE RECEIPT - ORDER BOOKING"] if part else [])
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"Ironhand spanners | pliers | hammers - {unit[0].lower()}",
            unit[1],
            unit[2],
            kinds,
        )
    if not j.no_ref:
        rno = f"{rng.choice(['IHD', 'CM'] if depot else ['MR', 'BFT'])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "M.R. No.", "Memo No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Party", "Received with thanks from"]), RECEIPT_PARTIES[k])
    if scrap:
        item, lo, hi, klo, khi = SCRAP[k]
        rate = round(rng.uniform(lo, hi), 2)
        kg = rng.randrange(klo, khi)
        base = round(kg * rate, 2)
        p.pair(f"{item}  {kg:,} kg x {rate:.2f}", rs(base))
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        bill = j.amount = round(base + gst, 2)
        p.pair("Total", rs(bill))
    else:
        fits = [
            (item, unit, n)
            for item, unit, lo, hi in GOODS
            for n in (1, 2, 4, 6, 10, 12, 24)
            if lo * 1.2 <= bill / n <= hi * 1.6
        ]
        if fits and rng.random() < 0.6:
            item, unit, n = rng.choice(fits)
            p.pair(f"{item}  {n} {unit}", rs(bill))
        p.pair(rng.choice(["Order value", "Bill amount", "Total"]), rs(bill))
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque received"])
    elif part and rng.random() < 0.5:
        lab = "Advance received"
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(["Received by UPI", "Received through UPI"]),
            "NEFT": rng.choice(["Received by NEFT", "Credited by NEFT"]),
            "card": rng.choice(["Received by card", "Paid by swipe card"]),
        }[way]
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair("Balance due on dispatch", rs(round(bill - j.amount, 2)))
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -8, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if scrap:
        words.append("SCRAP LIFTED - PAID IN FULL")
    elif lab == "Advance received":
        words.append("ADVANCE RECEIVED - ORDER BOOKED")
    elif not part:
        words.append("RECEIVED - ORDER DISPATCHED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE LODGED FOR CLEARING - GOODS ON REALISATION",
        "failed": "CHEQUE RETURNED - AMOUNT IN WORDS AND FIGURES DIFFER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Goods once sold will not be taken back. Cheques are subject to realisation.")
    if k not in (1, 4):
        right(p, f"For {DEPOT if depot else SHORT} - Cashier")
        p.add("gap")
        seal(
            p,
            "IRONHAND TOOLS DEPOT" if depot else "BHOGAL FORGE & TOOLS",
            "IRON MARKET, JALANDHAR" if depot else "FOCAL POINT, JALANDHAR",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------- 5. steel, coal, plating, carton and grip suppliers


SUPPLIERS = [
    (
        "Gobindgarh Alloys & Re-Rolling Mills Pvt Ltd",
        "Alloy steel rounds and flats | EN8, EN9, 40Cr, CrV",
        "G.T. Road, Mandi Gobindgarh - 147301, Punjab",
        "03",
        "GAR",
    ),
    (
        "Sidhu Coal & Coke Suppliers",
        "Steam coal | Hard coke | Forging coal",
        "Giaspura Road, Ludhiana - 141010, Punjab",
        "03",
        "SCC",
    ),
    (
        "Arora Plating Chemicals",
        "Nickel salts | Chromic acid | Brighteners | Anodes",
        "Industrial Area-A, Ludhiana - 141003, Punjab",
        "03",
        "APC",
    ),
    (
        "Kartarpur Corrugators",
        "Corrugated boxes | Blister cards | Tool rolls",
        "G.T. Road, Kartarpur - 144801, Punjab",
        "03",
        "KCB",
    ),
    (
        "Baddi Polymers & Grips",
        "PVC dip sleeves | Plier grips | Hammer grips",
        "Jharmajri, Baddi - 173205, Himachal Pradesh",
        "02",
        "BPG",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "GAR": [
        ("EN8 round bar 22 mm", "7228", "kg", 62, 74, 18, 1500, 7000),
        ("CrV steel flat 25 x 8 mm", "7228", "kg", 78, 92, 18, 1200, 5000),
        ("EN9 round bar 32 mm", "7228", "kg", 64, 76, 18, 1200, 6000),
    ],
    "SCC": [
        ("Steam coal - forging grade (25-50 mm)", "2701", "MT", 11500, 14800, 18, 3, 14),
        ("Hard coke (40-80 mm)", "2704", "MT", 32000, 39000, 18, 1, 5),
    ],
    "APC": [
        ("Nickel sulphate", "2833", "kg", 420, 520, 18, 50, 300),
        ("Chromic acid flakes", "2819", "kg", 380, 460, 18, 25, 160),
        ("Nickel anode (S-rounds)", "7508", "kg", 1650, 1950, 18, 10, 60),
    ],
    "KCB": [
        ("Corrugated box 5 ply - 450 x 300 x 200", "4819", "pcs", 28, 42, 18, 500, 4000),
        ("Blister card - spanner set", "4819", "pcs", 6, 11, 18, 2000, 12000),
    ],
    "BPG": [
        ("PVC dip sleeve - plier grip (red/black)", "3926", "pairs", 3, 6, 18, 5000, 30000),
        ("TPR hammer grip", "3926", "pcs", 9, 15, 18, 1000, 8000),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 1, 2]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "NEFT", "RTGS", "-", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The alloy steel re-roller, the coal merchant, the plating chemist, the carton maker and the grip maker
    billing the company (paper: the supplier on top, its line, address and GSTIN; TAX INVOICE / TAX INVOICE
    (ORIGINAL FOR BUYER) / GST INVOICE, Invoice No. / Tax Invoice No. / Bill No., Invoice date / Dated / Date,
    Consignee / Buyer / Bill to party / Customer (buyer) the company, Delivery at, Place of supply, Vehicle No.,
    E-way bill No., Heat No. or Weighbridge slip No., the steel, coal, chemicals, boxes or grips with HSN, kg, MT,
    pcs or pairs x rate, Taxable value, CGST and SGST or IGST @ 18%, Round off, Invoice total, Less: Advance
    adjusted (paid with PO) and Balance received by RTGS / NEFT on some, else Amount credited by RTGS / NEFT / Paid
    vide RTGS / NEFT / Received by RTGS / NEFT / Settled through UPI / Payment received by UPI with UTR / UTR No. /
    UPI Ref. No., or Cheque received / Cheque amount with Cheque No.; PAID / PAID BY RTGS / NEFT / UPI / PAYMENT
    RECEIVED - ACCOUNT SETTLED / RECEIVED - BILL SETTLED IN FULL / CHEQUE SENT FOR CLEARING - BILL OPEN TILL CREDIT
    / CHEQUE DISHONOURED - DRAWER'S SIGNATURE INCOMPLETE, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR BUYER)", "GST INVOICE"])
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Consignee / Buyer", "Bill to party", "Customer (buyer)"])
    plating = tag in ("APC", "KCB", "BPG")
    wrap_pair(
        p,
        "Delivery at",
        "Plating and packing unit, Dada Colony" if plating else "Forging unit, E-118 Focal Point",
    )
    p.pair("Place of supply", "Punjab (03)")
    state_code = {"03": "PB", "02": "HP"}[state]
    p.pair(
        "Vehicle No.",
        f"{state_code}{rng.choice(['08', '10', '11', '12', '23'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
    )
    if rng.random() < 0.6:
        p.pair("E-way bill No.", f"{rng.choice('123')}{digits(rng, 11)}")
    if tag == "GAR":
        p.pair("Heat No.", f"{code(rng, 1, UPPER)}{digits(rng, 5)}")
    elif tag == "SCC":
        p.pair("Weighbridge slip No.", str(rng.randrange(1000, 99999)))
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(2, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "03")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and tag in ("GAR", "SCC") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.2, 0.25, 0.5]), -3))
        p.pair("Less: Advance adjusted (paid with PO)", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Settled through UPI", "Payment received by UPI"])
        else:
            lab = rng.choice([f"Amount credited by {way}", f"Paid vide {way}", f"Received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            [
                "PAID",
                f"PAID BY {way}",
                "PAYMENT RECEIVED - ACCOUNT SETTLED",
                "RECEIVED - BILL SETTLED IN FULL",
            ]
        ),
        "pending": "CHEQUE SENT FOR CLEARING - BILL OPEN TILL CREDIT",
        "failed": "CHEQUE DISHONOURED - DRAWER'S SIGNATURE INCOMPLETE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 24% p.a. on bills unpaid after 45 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------- 6. job workers and services by net banking


CONTRACTORS = [
    ("Focal Point Heat Treaters", "Hardening and tempering - spanners, lot 31", 8000, 95000),
    ("Basti Nau Die Sinkers", "Closed dies - 10 in adjustable wrench", 25000, 240000),
    ("Doaba Shot Blasting Works", "Shot blasting - pliers, 6,400 pcs", 5000, 38000),
    ("Jalandhar Goods Carriers", "Freight Jalandhar to Delhi - 3 trips", 12000, 68000),
    ("Sodal Road Power Hammer Works", "Repair - 250 kg pneumatic hammer", 15000, 120000),
    ("Air Tech Compressor Services", "AMC - 2 screw compressors", 9000, 45000),
    ("Punjab Testing & Research Lab", "Hardness and torque tests - IS 2029", 4000, 22000),
    ("Kartarpur Chrome Platers", "Nickel-chrome plating job work - 1,800 doz", 18000, 160000),
]
CORP_PORTALS = [
    ("PNB Corporate Internet Banking", "Punjab National Bank", "corporate.pnbibanking.in/payments/txnstatus"),
    ("InstaBIZ", "ICICI Bank", "instabiz.icicibank.com/payments/details"),
    ("Capital Bank Corporate Net Banking", "Capital Small Finance Bank", "corp.capitalbank.co.in/ft/view"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its heat treater, die sinker, shot blaster, carrier, power hammer repairer, compressor
    servicer, testing lab and chrome plater: corporate net banking's transaction pages (PNB Corporate Internet
    Banking, InstaBIZ, Capital Bank Corporate Net Banking: the portal on top and the bank's line, Beneficiary name /
    Beneficiary account name / Name of payee, Beneficiary ID, Beneficiary A/c and IFSC, Account debited the company,
    Amount transferred / Transfer amount / Amount (Rs.), Payment mode / Mode of transfer NEFT / RTGS / IMPS, Remarks
    / Purpose / remarks, UTR / UTR No. / IMPS Ref No., Bank reference No. / Host reference No., Entered by /
    Authorised by, Value date / Executed on / Transaction date / Created on / Saved on / Failed on / Rejected on;
    Payment executed - beneficiary credited / Status: Success - UTR generated / Saved - sent to authoriser for
    release / Failed - beneficiary account marked inoperative)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Fund transfer - details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment executed - beneficiary credited", "Status: Success - UTR generated"],
            "pending": ["Saved - sent to authoriser for release"],
            "failed": ["Failed - beneficiary account marked inoperative"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Beneficiary account name", "Name of payee"]), who, merchant=who
    )
    if rng.random() < 0.6:
        p.pair("Beneficiary ID", f"BEN{digits(rng, 5)}")
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Account debited", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Amount transferred", "Transfer amount", "Amount (Rs.)"]), rs(j.amount), amount=j.amount
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode of transfer"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Purpose / remarks"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank reference No.", "Host reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Entered by / Authorised by", f"BFTACC02 / {'-' if status == 'pending' else 'BFTMD01'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Executed on", "Transaction date"],
            "pending": ["Created on", "Saved on"],
            "failed": ["Failed on", "Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "A failed transfer is not debited; correct the beneficiary details and initiate afresh.")
    return p.done()


# ---------------------------------------------------------- 7. forgers', grinders' and platers' piece work


WORKERS = [
    ("Balwinder Singh", "Hammer man", "forging"),
    ("Ram Lakhan", "Grinder", "grinding"),
    ("Sukhdev Ram", "Plater", "plating"),
    ("Mohd. Irfan", "Forger", "forging"),
    ("Jasvir Kaur", "Packer", "packing"),
    ("Rajinder Kumar", "Grinding thekedar", "grinding"),
    ("Gurmeet Singh", "Trimming press operator", "forging"),
    ("Dharminder Paul", "Polisher", "plating"),
]
WORKER_FRAMES = ["paper", "paytm_payout", "paper", "phonepe", "paper", "paytm_payout", "paytm", "paper"]
# kind: the line's wording, rate (low, high), units (low, high)
PIECE_LINES = {
    "forging": ("Spanners forged (17x19)  {n} doz x {rate}", (28, 42), (40, 260)),
    "grinding": ("Pliers ground  {n} doz x {rate}", (18, 30), (60, 400)),
    "plating": ("Ni-Cr plating  {n} doz x {rate}", (14, 24), (80, 520)),
    "packing": ("Sets packed (12 pc)  {n} sets x {rate}", (3, 6), (400, 2400)),
}
PIECE_HEADS = {
    "forging": ["PIECE RATE WAGE SLIP - FORGING SHOP", "WEEKLY PIECE WORK VOUCHER - HAMMER SHOP"],
    "grinding": ["PIECE WORK PAYMENT VOUCHER - GRINDING", "KARIGAR PIECE RATE VOUCHER"],
    "plating": ["PIECE WORK PAYMENT VOUCHER - PLATING", "KARIGAR PIECE RATE VOUCHER"],
    "packing": ["PACKING SECTION - PIECE RATE VOUCHER"],
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its forgers, hammer men, grinders, platers, polishers and packers by the piece: its
    printed PIECE RATE WAGE SLIP - FORGING SHOP / WEEKLY PIECE WORK VOUCHER - HAMMER SHOP / PIECE WORK PAYMENT
    VOUCHER - GRINDING / PLATING / KARIGAR PIECE RATE VOUCHER / PACKING SECTION - PIECE RATE VOUCHER (the company on
    top, Voucher No. / Vr. No. / Slip No., Date / Voucher date, Name of worker / Karigar / Paid to (karigar) /
    Worker's name, Token No., Section, Wage week (no fact), dozens or sets x rate, Add: Attendance bonus / Add:
    Night shift allowance, Gross piece earnings, Less: Rejected pieces - n @ rate, Less: Advance (peshgi) adjusted,
    Less: Canteen, Net piece wages paid / Amount handed to worker / Net amount paid, Mode Cash / UPI / IMPS; PAID /
    PAID - RECEIVED IN FULL / PAID - THUMB IMPRESSION TAKEN / PAID - KARIGAR SIGNED), Paytm for Business payout
    pages (Paytm for Business on top and the company's Payouts line, the sum large, Beneficiary name / Beneficiary,
    Bank account / VPA, Transfer mode, Remarks, Order ID, Transaction ID, UTR, Processed on / Transfer date /
    Requested on / Failed on; SUCCESS / Transfer successful / PENDING - beneficiary bank yet to respond / FAILED -
    beneficiary account blocked, amount returned to payout wallet), a PhonePe and a Paytm screen."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=900, high=26000, p_round=0.9)
    who, role, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORKER_FRAMES[k]
    if frame == "paytm_payout":
        p = browser_page(rng, font, "dashboard.paytm.com/next/payouts/transfers")
        p.part = "head"
        top(p, "Paytm for Business")
        p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["SUCCESS", "Transfer successful"],
                "pending": ["PENDING - beneficiary bank yet to respond"],
                "failed": ["FAILED - beneficiary account blocked, amount returned to payout wallet"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Bank account" if way == "IMPS" else "VPA",
            f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower().strip('.')}{rng.randrange(10, 99)}@paytm",
        )
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Remarks", rng.choice(["Piece wages - grinding", "Weekly piece rate", "Thekedar payment"]))
        if not j.no_ref:
            oid = f"BFTPW{j.date:%y%m}{digits(rng, 5)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            tid = f"{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {
                "success": ["Processed on", "Transfer date"],
                "pending": ["Requested on"],
                "failed": ["Failed on"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Failed transfers are returned to your payout wallet within 24 hours.")
        return p.done()
    if frame in ("phonepe", "paytm"):
        j.amount = rupees(rng, 800, 12000, 1.0)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'ptsbi', 'paytm', 'axl'])}",
            method="UPI",
        )
        p.pair(
            "Message", rng.choice(["Peshgi - plating", "Piece wages balance", "Diwali advance", "Overtime"])
        )
        if not j.no_ref:
            p.pair(rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if frame == "phonepe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair(rng.choice(["From", "Debited from"]), f"Punjab National Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[0] if kind == "forging" else UNITS[1]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        PIECE_HEADS[kind],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['PW', 'FS', 'GS'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(
        p, rng.choice(["Name of worker", "Karigar", "Paid to (karigar)", "Worker's name"]), who, merchant=who
    )
    p.pair("Token No.", f"{rng.choice(['F', 'G', 'P'])}-{rng.randrange(10, 240)}")
    p.pair("Section", f"{kind.capitalize()} - {role.lower()}")
    if not j.no_day:
        p.pair(
            "Wage week",
            f"{when(earlier(rng, j, 6, 9), '%d %b')} to {when(earlier(rng, j, 1, 3), '%d %b %Y')}",
        )
    text, (lo, hi), (nlo, nhi) = PIECE_LINES[kind]
    rate = float(rng.randrange(lo, hi + 1)) + rng.choice([0.0, 0.5])
    n = rng.randrange(nlo, nhi)
    gross = round(n * rate, 2)
    p.pair(text.format(n=n, rate=f"{rate:.2f}"), rs(gross))
    if rng.random() < 0.4:
        extra, extra_label = float(rng.choice([200, 300, 500])), "Add: Attendance bonus"
        if kind == "forging" and rng.random() < 0.5:
            extra_label = "Add: Night shift allowance"
        p.pair(extra_label, rs(extra))
        gross += extra
    p.pair("Gross piece earnings", rs(gross))
    cuts = 0.0
    if kind in ("forging", "grinding") and rng.random() < 0.6:
        bad = rng.randrange(6, 48)
        each = round(rate / 12 * rng.choice([1.0, 1.5]), 2)
        cut = round(bad * each, 2)
        p.pair(f"Less: Rejected pieces - {bad} @ {each:.2f}", rs(cut))
        cuts += cut
    if gross > 3000 and rng.random() < 0.5:
        cut = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Advance (peshgi) adjusted", rs(cut))
        cuts += cut
    if rng.random() < 0.3:
        cut = float(rng.choice([140, 210, 280]))
        p.pair("Less: Canteen", rs(cut))
        cuts += cut
    j.amount = round(gross - cuts, 2)
    p.pair(
        rng.choice(["Net piece wages paid", "Amount handed to worker", "Net amount paid"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "Cash" if k in (0, 4) else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - RECEIVED IN FULL", "PAID - KARIGAR SIGNED"]
    if way == "Cash":
        words.append("PAID - THUMB IMPRESSION TAKEN")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of worker")
    return p.done()


# ---------------------------------------------------------- 8. PSIEC, MC Jalandhar, PPCB, LWB, factories, fire


FEE_FRAMES = ["psiec", "property", "ppcb", "lwb", "factories", "psdt", "trade", "fire"]
FEE_OK = [
    "Payment successful",
    "Payment realised - receipt issued",
    "Amount deposited successfully",
    "Fee received - e-receipt ready to download",
]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a forging and plating unit in Jalandhar: PSIEC's estate maintenance receipt for the Focal Point
    plot (Punjab Small Industries & Export Corporation Ltd / PSIEC on top and its Government of Punjab undertaking
    line, Name of allottee, Plot No., Plot area, Maintenance charges - FY, Interest on delayed payment, GST @ 18%,
    Total amount paid / Amount deposited, Transaction ID, Bank Ref No., Receipt No.), Municipal Corporation
    Jalandhar's property tax and trade licence pages through mSeva Punjab (Municipal Corporation Jalandhar /
    MUNICIPAL CORPORATION JALANDHAR / Nagar Nigam Jalandhar on top, Owner name / Name of trader, Trade name,
    Property ID / Licence No., Assessment year, the heads, Less: Rebate @ 10% (paid by 30 September), Amount paid /
    Total amount paid / Total amount / Amount, Transaction ID, Bank Ref No., Receipt No.; Transaction failed - fee
    not received by MC Jalandhar), the Punjab Pollution Control Board's consent fee page through Invest Punjab (the
    Board / PPCB on top, Name of industry, Category, Application ID, the Water Act, Air Act and hazardous waste
    fees, Total fee paid / Total amount, Transaction ref. No., Bank Ref. No.), the Punjab Labour Welfare Board's
    contribution receipt (Name of establishment, Registration No., Contribution for, Employees, the employees' and
    employer's shares, Total contribution paid / Amount paid, Transaction ID, Receipt No.), the Directorate of
    Factories' licence renewal (Directorate of Factories, Punjab on top, Name of factory, Licence No., Workers,
    Installed power, the renewal and late fees, Total amount / Amount, Transaction ID; Payment status under
    verification with treasury - do not pay again), the Excise and Taxation Department's Punjab State Development
    Tax challan (Department of Excise and Taxation, Punjab on top, Name of employer, PSDT enrolment No., Tax period,
    Employees liable, Total tax paid / Amount paid, Bank CIN, Transaction ID, Challan No.) and the Punjab Fire and
    Emergency Services' NOC renewal (the Services on top, Name of premises, Occupier, the fees, Total amount paid,
    Challan No., Transaction ID, Bank Ref No.); Payment successful / Payment realised - receipt issued / Amount
    deposited successfully / Fee received - e-receipt ready to download."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y"]
    if frame == "psiec":
        p = browser_page(rng, font, f"psiec.punjab.gov.in/estate/maintenance/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Punjab Small Industries & Export Corporation Ltd",
                "PSIEC",
                "PUNJAB SMALL INDUSTRIES & EXPORT CORPORATION LTD",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "A Government of Punjab undertaking  |  Industrial estates - online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of allottee", firm)
        p.pair("Plot No.", "E-118, Industrial Focal Point, Jalandhar")
        area = rng.choice([500, 1000, 1500, 2000])
        p.pair("Plot area", f"{area:,} sq yd")
        rate = rng.choice([6.0, 7.5, 9.0])
        charge = round(area * rate, 2)
        p.pair(f"Maintenance charges - FY {fy(j.date)} ({area:,} x {rate:.2f})", rs(charge))
        heads = charge
        if rng.random() < 0.5:
            late = round(charge * rng.choice([0.06, 0.09]), 2)
            p.pair("Interest on delayed payment", rs(late))
            heads += late
        gst = round(heads * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(heads + gst, 2)
        p.pair(rng.choice(["Total amount paid", "Amount deposited"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"PSIEC{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"PSIEC/JAL/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of deposit"], pats)
        foot = "Maintenance charges are payable each year by 30 April; interest is charged on late payment."
    elif frame in ("property", "trade"):
        p = browser_page(rng, font, f"mseva.lgpunjab.gov.in/citizen/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            ["Municipal Corporation Jalandhar", "MUNICIPAL CORPORATION JALANDHAR", "Nagar Nigam Jalandhar"]
        )
        top(p, name, merchant=name)
        tax = frame == "property"
        p.add(
            "small",
            f"mSeva Punjab  |  {'Property tax - online receipt' if tax else 'Trade licence - renewal'}",
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": FEE_OK, "failed": ["Transaction failed - fee not received by MC Jalandhar"]},
        )
        if tax:
            wrap_pair(p, "Owner name", firm)
            p.pair("Property ID", f"PT-JAL-{digits(rng, 3)}-{digits(rng, 5)}")
            p.pair("Assessment year", "2026-27")
            heads = [
                ("Property tax (industrial)", 24000.0, 58000.0),
                ("Fire cess", 1200.0, 2900.0),
                ("Cow cess", 300.0, 900.0),
            ]
        else:
            wrap_pair(p, "Name of trader", firm)
            wrap_pair(p, "Trade name", rng.choice([DEPOT, f"{DEPOT}, Iron Market"]))
            p.pair("Licence No.", f"MCJ/TL/{digits(rng, 6)}")
            heads = [
                ("Trade licence fee - hardware wholesale", 3000.0, 3000.0),
                ("Signboard fee", 600.0, 1800.0),
            ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        if tax and rng.random() < 0.6:
            rebate = round(total * 0.10, 2)
            p.pair("Less: Rebate @ 10% (paid by 30 September)", rs(rebate))
            total -= rebate
        j.amount = round(total, 2)
        p.pair(
            rng.choice(
                ["Amount paid", "Total amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"PB-MC-{digits(rng, 4)}-{digits(rng, 6)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'PT' if tax else 'TL'}/JAL/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = (
            "This is a computer generated receipt and needs no signature."
            if status == "success"
            else "No receipt is issued for a failed transaction; an amount debited is refunded by the bank."
        )
    elif frame == "ppcb":
        p = browser_page(rng, font, f"investpunjab.gov.in/bfp/ppcb/consentfee/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Punjab Pollution Control Board", "PUNJAB POLLUTION CONTROL BOARD", "PPCB"])
        top(p, name, merchant=name)
        p.add("small", "Invest Punjab - Business First  |  Consent fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of industry", firm)
        p.pair("Category", rng.choice(["Red - forging with electroplating", "Red - electroplating unit"]))
        p.pair("Application ID", f"BFP/PPCB/{digits(rng, 7)}")
        water = float(rng.choice([12000, 15000, 18000]))
        air = float(rng.choice([9000, 12000, 15000]))
        hw = float(rng.choice([2500, 5000]))
        p.pair("Consent to operate - Water Act (renewal)", rs(water))
        p.pair("Consent to operate - Air Act (renewal)", rs(air))
        p.pair("Authorisation - Hazardous Waste Rules", rs(hw))
        j.amount = water + air + hw
        p.pair(rng.choice(["Total fee paid", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"BFP{digits(rng, 12)}"),
                ("Bank Ref. No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent is renewed after inspection of the plating unit and its effluent treatment plant."
    elif frame == "lwb":
        p = browser_page(rng, font, f"pblabour.gov.in/lwf/contribution/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Punjab Labour Welfare Board", "PUNJAB LABOUR WELFARE BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Government of Punjab  |  Labour welfare fund - online contribution")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of establishment", firm)
        p.pair("Registration No.", f"PLWB/JAL/{digits(rng, 5)}")
        if not j.no_day:
            p.pair("Contribution for", j.month())
        staff = rng.randrange(60, 190)
        p.pair("Employees", str(staff))
        ee = float(staff * 25)
        er = float(staff * 50)
        p.pair("Employees' share (max Rs 25)", rs(ee))
        p.pair("Employer's share (2 x)", rs(er))
        j.amount = ee + er
        p.pair(rng.choice(["Total contribution paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"PLWB{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"PLWB/R/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The contribution for each month falls due by the 15th of the next month."
    elif frame == "factories":
        p = browser_page(rng, font, f"investpunjab.gov.in/bfp/factories/renewal/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Directorate of Factories, Punjab", "DIRECTORATE OF FACTORIES, PUNJAB"])
        top(p, name, merchant=name)
        p.add("small", "Department of Labour, Government of Punjab  |  Factory licence renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": FEE_OK,
                "pending": ["Payment status under verification with treasury - do not pay again"],
            },
        )
        wrap_pair(p, "Name of factory", f"{firm}, Focal Point")
        p.pair("Licence No.", f"JAL/{digits(rng, 4)}/{rng.randrange(1990, 2015)}")
        workers = rng.randrange(80, 240)
        p.pair("Workers", str(workers))
        p.pair("Installed power", f"{rng.randrange(180, 450)} HP")
        fee = float(rng.choice([9000, 12000, 15000]))
        p.pair("Licence renewal fee (1 year)", rs(fee))
        late = float(rng.choice([0, 0, 900, 1500]))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair("Total amount" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"BFPF{digits(rng, 11)}")])
        date_row(
            p, j, ["Payment date"] if status == "success" else ["Transaction date", "Initiated on"], pats
        )
        foot = "The renewed licence is issued once the treasury confirms the fee."
    elif frame == "psdt":
        p = browser_page(rng, font, f"pstax.punjab.gov.in/epayment/challan/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Department of Excise and Taxation, Punjab", "DEPARTMENT OF EXCISE AND TAXATION, PUNJAB"]
        )
        top(p, name, merchant=name)
        p.add("small", "Government of Punjab  |  Punjab State Development Tax - e-payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of employer", firm)
        p.pair("PSDT enrolment No.", f"PSDT03{digits(rng, 9)}")
        if not j.no_day:
            p.pair("Tax period", j.month())
        staff = rng.randrange(60, 190)
        p.pair("Employees liable", str(staff))
        p.pair(f"Tax @ Rs 200 per month x {staff}", rs(float(staff * 200)))
        j.amount = float(staff * 200)
        p.pair(rng.choice(["Total tax paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"),
                ("Transaction ID", TXN_RANK, f"PSDT{digits(rng, 12)}"),
                ("Challan No.", INVOICE_RANK, f"PSDT/{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The tax is deducted from the salaries of employees liable and paid each month."
    else:
        p = browser_page(rng, font, f"investpunjab.gov.in/bfp/fire/noc/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Punjab Fire and Emergency Services", "PUNJAB FIRE & EMERGENCY SERVICES"])
        top(p, name, merchant=name)
        p.add("small", "Department of Local Government, Punjab  |  Fire NOC - renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of premises", f"{SHORT}, E-118 Focal Point")
        wrap_pair(p, "Occupier", firm)
        renew = float(rng.choice([3000, 4500, 6000]))
        visit = float(rng.choice([500, 1000]))
        p.pair("Fire NOC renewal fee", rs(renew))
        p.pair("Inspection fee", rs(visit))
        j.amount = renew + visit
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Challan No.", INVOICE_RANK, f"FIRE/JAL/{digits(rng, 6)}"),
                ("Transaction ID", TXN_RANK, f"BFPN{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Challan date"], pats)
        foot = "The NOC is renewed after the fire officer's inspection of the forge and the store."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------- 9. insurers' premium receipts


POLICIES = [
    (
        "Bajaj Allianz General Insurance Co. Ltd",
        "bajajallianz.com",
        "Standard fire and special perils - forge shed, plant and stock",
        "browser",
        "fire",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Burglary and housebreaking - finished goods store",
        "mail",
        "burglary",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Marine inland transit - dispatches to distributors",
        "browser",
        "transit",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Machinery breakdown - power hammers, presses and grinders",
        "paper",
        "machinery",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Group personal accident - forging and grinding workers",
        "mail",
        "gpa",
    ),
    (
        "Future Generali India Insurance Co. Ltd",
        "futuregenerali.in",
        "Product liability (exports) - hand tools",
        "browser",
        "liability",
    ),
    (
        "Zurich Kotak General Insurance Co. (India) Ltd",
        "zurichkotak.com",
        "Employees' compensation - factory workers",
        "mail",
        "wc",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Money insurance - cash for piece wages",
        "paper",
        "money",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its forge shed, plant and stock, its finished goods store, its dispatches to
    distributors, its power hammers and presses, its workers against accidents, its product liability abroad, its
    employees' compensation and the cash drawn for piece wages: the insurers' premium receipts (browser, e-mail,
    printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT / PREMIUM ACKNOWLEDGEMENT / RECEIPT
    CUM TAX INVOICE, Name of proposer / Client name / Insured firm, Policy No., Proposal No., Sum insured -
    building, plant and stock / Sum insured (stock) / Estimated annual dispatches / Sum insured (replacement value)
    / Workers covered and Capital sum insured per person / Limit of indemnity in US dollars / Estimated annual wages
    / Money in transit limit and Cash in safe limit, Period of insurance, Basic premium, an add-on (earthquake and
    STFI, theft extension, SRCC, third party property damage, medical expenses, vendor's endorsement, occupational
    disease, cash in counter), GST @ 18%, Gross premium (incl. GST) / Premium collected / Amount received towards
    premium / Cheque amount / Premium due / Amount to be paid, Payment mode, Payment ref. No. / Transaction No., UPI
    Ref No. / Bank Ref. No., Premium receipt No. / Receipt No., Cheque No., Receipt date / Premium paid on / Date of
    receipt / Cheque received on / Transaction date / Attempted on; Premium received - policy bond issued / Payment
    confirmed - e-policy dispatched / CHEQUE UNDER CLEARING - RISK COVERED AFTER REALISATION / Transaction
    unsuccessful - no cover in force)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'portal', 'pay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" India")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <noreply@{host}>",
            ["Premium receipt", "Premium acknowledgement", "Your premium receipt"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(["Branch Office, B.M.C. Chowk, Jalandhar", "Divisional Office, G.T. Road, Jalandhar"]),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "PREMIUM ACKNOWLEDGEMENT", "RECEIPT CUM TAX INVOICE"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium received - policy bond issued", "Payment confirmed - e-policy dispatched"],
            "pending": ["CHEQUE UNDER CLEARING - RISK COVERED AFTER REALISATION"],
            "failed": ["Transaction unsuccessful - no cover in force"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Name of proposer", "Client name", "Insured firm"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 4)}/{rng.choice(['11', '21', '31'])}/2026/{digits(rng, 6)}")
    p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    if kind == "fire":
        insured = float(rng.randrange(30000000, 120000000, 100000))
        p.pair("Sum insured - building, plant and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0007), 2)
        addon = ("Earthquake and STFI cover", round(insured * 0.0001, 2))
    elif kind == "burglary":
        stock = float(rng.randrange(5000000, 25000000, 50000))
        p.pair("Sum insured (stock)", rs(stock))
        basic = round(stock * rng.uniform(0.0006, 0.001), 2)
        addon = ("Theft extension", round(stock * 0.0001, 2))
    elif kind == "transit":
        sent = float(rng.randrange(60000000, 240000000, 100000))
        p.pair("Estimated annual dispatches", rs(sent))
        basic = round(sent * rng.uniform(0.0002, 0.0003), 2)
        addon = ("SRCC cover", round(sent * 0.00003, 2))
    elif kind == "machinery":
        value = float(rng.randrange(8000000, 36000000, 10000))
        p.pair("Sum insured (replacement value)", rs(value))
        basic = round(value * rng.uniform(0.0025, 0.004), 2)
        addon = ("Third party property damage extension", round(rng.uniform(2500, 7500), 2))
    elif kind == "gpa":
        workers = rng.randrange(80, 240)
        p.pair("Workers covered", str(workers))
        p.pair("Capital sum insured per person", rs(float(rng.choice([300000, 500000]))))
        basic = round(workers * rng.uniform(180, 320), 2)
        addon = ("Medical expenses extension", round(workers * 40.0, 2))
    elif kind == "liability":
        p.pair(
            "Limit of indemnity",
            rng.choice(["USD 500,000 any one occurrence", "US$ 1,000,000 in the aggregate"]),
        )
        basic = round(rng.uniform(65000, 180000), 2)
        addon = ("Vendor's endorsement (importer as additional insured)", round(rng.uniform(5000, 12000), 2))
    elif kind == "wc":
        wages = float(rng.randrange(15000000, 48000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Workers covered", str(rng.randrange(120, 260)))
        basic = round(wages * rng.uniform(0.004, 0.007), 2)
        addon = ("Occupational disease cover", round(rng.uniform(3000, 9000), 2))
    else:
        transit = float(rng.choice([500000, 800000, 1000000]))
        p.pair("Money in transit limit", rs(transit))
        p.pair("Cash in safe limit", rs(float(rng.choice([200000, 300000]))))
        basic = round(transit * rng.uniform(0.005, 0.008), 2)
        addon = ("Cash in counter cover", round(rng.uniform(600, 1800), 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    p.pair("Basic premium", rs(basic))
    wrap_pair(p, addon[0], rs(addon[1]))
    gst = round((basic + addon[1]) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(basic + addon[1] + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Gross premium (incl. GST)", "Premium collected", "Amount received towards premium"],
        "pending": ["Cheque amount", "Gross premium (incl. GST)"],
        "failed": ["Premium due", "Amount to be paid"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        pay = "Cheque"
    elif j.amount > 100000:
        pay = "Net banking"
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'EP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ref. No.", "Transaction No."]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.choice(['R', 'PR'])}{digits(rng, 10)}"
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium paid on", "Date of receipt"],
            "pending": ["Receipt date", "Cheque received on"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Risk commences only on realisation of the premium. Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("IRONHAND TOOLS DEPOT", "IRON MARKET, G.T. ROAD, JALANDHAR", "depot"),
    ("BHOGAL FORGE & TOOLS", "FOCAL POINT JALANDHAR", "depot"),
    ("KARTARPUR HIGHWAY FUELS", "NH-44, KARTARPUR, JALANDHAR", "fuel"),
    ("IRONHAND TOOLS DEPOT", "G.T. ROAD JALANDHAR 144001", "depot"),
    ("DOABA ABRASIVES & BELTS", "INDUSTRIAL AREA, JALANDHAR", "shop"),
    ("HOTEL SHIVALIK RESIDENCY", "KAROL BAGH, NEW DELHI", "hotel"),
    ("BALLE BALLE DHABA", "NH-44, PHAGWARA", "dhaba"),
    ("BHOGAL FORGE & TOOLS PVT LTD", "FOCAL POINT, JALANDHAR", "depot"),
]
TERMINALS = [
    "PUNJAB NATIONAL BANK",
    "PINE LABS",
    "INDIANOIL",
    "HDFC BANK",
    "EZETAP",
    "KOTAK MAHINDRA BANK",
    "PAYTM EDC",
    "PUNJAB & SIND BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Hardware shops' and mechanics' cards on the depot's and the forge's terminals, and the company's card at a
    highway fuel station, an abrasives shop, a hotel in Delhi and a dhaba: terminal slips (monospace: the terminal's
    bank or brand on top on some, the counter's name and place in capitals, DATE: and TIME: / DT: and TM: /
    DATE/TIME:, MID:, TID:, BATCH NO:, STAN:, INVOICE NO: / ROC NO: / BILL NO:, SALE, CARD:, a fuel sale's PRODUCT:,
    RATE:, VOLUME(L):, NOZZLE NO: and VEHICLE NO:, a hotel's ROOM NO: and FOLIO NO:, AUTH CODE: / APPR CODE: /
    AUTH:, RRN: / REF NO: / RRN NO:, SALE AMOUNT: / TXN AMOUNT: / AMOUNT RS: / NET AMOUNT:; APPROVED / TRANSACTION
    APPROVED / APPROVED - SALE COMPLETE / DECLINED - 65 ACTIVITY COUNT LIMIT EXCEEDED / LINK DOWN - STATUS UNKNOWN,
    DO NOT SWIPE AGAIN TILL CONFIRMED)."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=900, high=65000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 9000, 0.6)
    elif kind == "shop":
        j.amount = rupees(rng, 2000, 28000, 0.5)
    elif kind == "hotel":
        j.amount = rupees(rng, 3500, 14000, 0.5)
    elif kind == "dhaba":
        j.amount = rupees(rng, 350, 2800, 0.6)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d", "%d%b%y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "ROC NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(88.0, 91.5), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "XTRAGREEN"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", f"PB08{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
        p.pair("FOLIO NO:", str(rng.randrange(1000, 9999)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:", "AUTH:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMOUNT:", "TXN AMOUNT:", "AMOUNT RS:", "NET AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    mark = "" if lab == "AMOUNT RS:" else rng.choice(["INR ", "RS.", "Rs ", ""])
    p.pair(lab, f"{mark}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TRANSACTION APPROVED", "APPROVED - SALE COMPLETE"]),
            status="success",
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 65 ACTIVITY COUNT LIMIT EXCEEDED", status="failed")
    else:
        p.add("center", "LINK DOWN - STATUS UNKNOWN, DO NOT SWIPE AGAIN TILL CONFIRMED", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------- 11. power, broadband, gas, phone and landline bills


BILLERS = [
    ("PSPCL", "Punjab State Power Corporation Ltd", "Account No."),
    ("Fastway Broadband", "Fastway Transmissions Pvt Ltd", "Customer ID"),
    ("Bharat Gas", "Bharat Petroleum Corporation Ltd", "LPG ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Connect Broadband", "Quadrant Televentures Ltd", "Telephone No."),
]
BILL_APPS = ["PSPCL", "PhonePe", "PNB One", "Paytm", "PSPCL", "Google Pay", "Amazon Pay", "InstaBIZ"]
BILL_WHICH = [0, 0, 0, 1, 0, 2, 3, 4]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The forge's, the plating unit's and the depot's power (PSPCL), the office broadband (Fastway), the canteen's
    commercial LPG (Bharat Gas), the partners' postpaid phones (Jio) and the depot's landline (Connect) through
    Bharat Connect in banking and UPI apps (the app on top, Biller / Electricity board / Operator / Service provider
    / Paying to (biller) as printed, Account No. / Customer ID / LPG ID / Mobile No. / Telephone No., Customer name
    / Consumer name / Name as per biller, Bill month and Due date on some, the sum large, Paid from Current A/c or
    UPI, Bharat Connect Ref. No. / BBPS Txn Ref ID, UPI Ref No., Transaction ID on the failed one, Paid on /
    Transaction date & time; Bill settled with biller / Payment successful / Bill paid successfully / Pending at
    biller's end - confirmation in 24 hours, do not pay again / Transaction declined - money, if deducted, will be
    refunded in 3-5 days) and PSPCL's own receipt page (the corporation on top with its Government of Punjab
    undertaking line, Account No., Sub division, Consumer name, Bill month, Amount paid / Amount, Payment mode,
    Transaction ID, Receipt No., Payment date / Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=4000, high=240000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3600, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1850, 9800, 0.4)
    elif which == 3:
        j.amount = rupees(rng, 399, 1999, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 450, 1800, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Account No.": f"3{digits(rng, 9)}",
        "Customer ID": f"FW{digits(rng, 8)}",
        "LPG ID": digits(rng, 17),
        "Mobile No.": f"9{digits(rng, 9)}",
        "Telephone No.": f"0181{digits(rng, 7)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "PSPCL":
        p = browser_page(rng, font, "distribution.pspcl.in/returns/paymentreceipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Punjab undertaking  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid"]})
        p.pair(idlab, ids)
        p.pair(
            "Sub division",
            rng.choice(["Focal Point S/D Jalandhar", "Industrial S/D Jalandhar", "Model Town S/D Jalandhar"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"PSPCL{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to the consumer account within two working days.")
        return p.done()
    if app not in ("PNB One", "InstaBIZ") and j.amount > 100000:
        j.amount = rupees(rng, 4000, 98000)
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill settled with biller", "Payment successful", "Bill paid successfully"],
            "pending": ["Pending at biller's end - confirmation in 24 hours, do not pay again"],
            "failed": ["Transaction declined - money, if deducted, will be refunded in 3-5 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = rng.choice(
        ["Biller", "Electricity board", "Paying to (biller)"]
        if which == 0
        else ["Operator", "Service provider", "Paying to (biller)"]
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Name as per biller"]),
        rng.choice([COMPANY_CAPS, SHORT.upper(), DEPOT.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app in ("PNB One", "InstaBIZ") else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Google Pay": "GP",
                "Paytm": "PT",
                "Amazon Pay": "AP",
                "PNB One": "PN",
            }.get(app, "IC")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "BBPS Txn Ref ID"]), bc, txn=(BANK_RANK, bc))
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


# ---------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "GOBINDGARH ALLOYS & R",
    "SIDHU COAL & COKE SUP",
    "BALWINDER SINGH",
    "FOCAL POINT HEAT TREA",
    "PSPCL JALANDHAR",
    "KARTARPUR CORRUGATOR",
    "JALANDHAR GOODS CARR",
    "ARORA PLATING CHEMICA",
]
SENDERS = {
    "Punjab National Bank": "BX-PNBALT",
    "Punjab & Sind Bank": "VK-PSBALT",
    "Capital Small Finance Bank": "JM-CAPSFB",
    "Punjab Gramin Bank": "AD-PGBANK",
}
SIGN_OFF = {
    "Punjab National Bank": "-PNB",
    "Punjab & Sind Bank": "-Punjab & Sind Bank",
    "Capital Small Finance Bank": "-Capital SFB",
    "Punjab Gramin Bank": "-PGB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the partners' phones and mail: SMS in a messages app (the sender BX-PNBALT / VK-PSBALT /
    JM-CAPSFB / AD-PGBANK, the day divider, each bank's own wording: "PNB: Rs.x remitted from A/c XX1234 on <day> /
    by <way> to <payee>.", "Rs x debited to your a/c no. ...1234 on <day> / by <way> to a/c of <payee>.", "Capital
    SFB: A/c XX1234 debited Rs.x on <day>; / <way> payment made to <payee>.", Punjab Gramin Bank's UPI "Rs x sent by
    UPI from PGB A/c XX1234 on <day> / to <payee>. / UPI Ref <ref>"; a transfer that "BOUNCED BACK by the
    beneficiary bank; amount refunded to your A/c" and one that "is AWAITING CONFIRMATION from the beneficiary bank.
    Please do not retry.") and two e-mail debit alerts (Amount transferred / Txn amount, Transferred to / Payee
    name, From account, Channel, UTR No. / IMPS Ref No., Transaction date / Value date, Status: Debit processed /
    Status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=2500, high=480000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 900, 18000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 12000, 95000)
    elif k == 7:
        j.amount = rupees(rng, 8000, 120000)
    if k in (1, 6):
        bank = rng.choice(["Punjab National Bank", "Punjab & Sind Bank", "Capital Small Finance Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit alert - current account", "Funds transfer alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a funds transfer has been debited to your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount transferred", "Txn amount"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Transferred to", "Payee name"]), to, merchant=to)
        p.pair("From account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", rng.choice(["Status: Debit processed", "Status: Successful"]), status="success")
        p.part = "foot"
        p.add(
            "small",
            "The bank never asks for your OTP, PIN or password. Report an unauthorised debit at once.",
        )
        return p.done()
    if status == "success" and k in (2, 4):
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Punjab Gramin Bank's "Rs x sent by UPI ... to <payee>" is its UPI wording: the other transfers come from the
    # other banks
    bank = "Punjab Gramin Bank" if way == "UPI" else rng.choice(list(SENDERS)[:3])
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d-%b-%y", "%d/%m/%y", "%d%b%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Punjab National Bank":
            p.add("left", f"PNB: Rs.{amt} remitted from A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        elif bank == "Punjab & Sind Bank":
            p.add("left", f"Rs {amt} debited to your a/c no. ...{tail}{on}", amount=j.amount)
            p.add("left", f"by {way} to a/c of {to}.", merchant=to, method=method)
        elif bank == "Capital Small Finance Bank":
            p.add("left", f"Capital SFB: A/c XX{tail} debited Rs.{amt}{on};", amount=j.amount)
            p.add("left", f"{way} payment made to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"Rs {amt} sent by UPI from PGB A/c XX{tail}{on}", amount=j.amount, method=method)
            p.add("left", f"to {to}.", merchant=to)
    else:
        p.add("left", f"{way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "BOUNCED BACK by the beneficiary bank; amount refunded to your A/c.",
            "pending": "is AWAITING CONFIRMATION from the beneficiary bank. Please do not retry.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add(
            "left", f"{lab} {ref}" if bank == "Punjab Gramin Bank" else f"{lab} {ref}.", txn=(UTR_RANK, ref)
        )
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 3500000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(["Not done by you? Call the bank's toll free number", "If not you, report at once"]),
        )
    p.add("small", SIGN_OFF[bank])
    return p.done()


compose = compose158

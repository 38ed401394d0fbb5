"""The twelve heldout172 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a construction-equipment rental company's day in 2026 (Vajra Cranes & Earthmovers
Pvt Ltd, trading as Vajra Crane Hire, with its yards at Chakan near Pune and at Urla, Raipur), told by the proofs of
payment it receives and makes: site clients' UPI and hire payment links, builders' and contractors' NEFT / RTGS
transfers and payment advices, its own hire invoices with the payment block, spare parts bought abroad by SWIFT, the
fuel pumps' and parts counters' card slips, the parts and service suppliers' bills, the low-bed trailer owners who
move its machines, its operators' bata and wages, EPF, ESI, the machines' road tax and the profession tax, the
yards' electricity, water and the trackers' SIMs, the equipment loans' EMIs and the machinery insurance, and the
bank's alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, machines, sites, work orders, log sheets, booking refs, invoice
lists, exchange rates, INR equivalents, charges, TDS, retention, diesel debit notes and GST lines, registration,
chassis, LR, e-way bill, bill of entry, policy, proposal, loan account, consumer and plot numbers, GSTIN, IFSC, BIC,
PAN, periods, advances, cheque numbers, MID, TID, batch and the payer's own details carry no fact. ``Job``,
``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's, ``by_bank`` heldout171's, ``compose``
heldout158's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rtgs_utr, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen, app_id
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout171_families import by_bank

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"

COMPANY = "Vajra Cranes & Earthmovers Pvt Ltd"
COMPANY_CAPS = "VAJRA CRANES & EARTHMOVERS PRIVATE LIMITED"
COMPANY_SHORT = "VAJRA CRANES & EARTHMOVERS PVT LTD"
TRADE = "Vajra Crane Hire"
TRADE_CAPS = "VAJRA CRANE HIRE"
SLUG = "vajracranes"
# yard, address, GST state code
YARDS = [
    ("Chakan", "Gat No. 412, Kharabwadi, Chakan MIDC, Pune - 410501, Maharashtra", "27"),
    ("Raipur", "Plot 88, Urla Industrial Area, Raipur - 493221, Chhattisgarh", "22"),
]
WEST_PATS = ["{d} %B %Y", "%b {d}, %Y", "%d %b %Y", "%Y-%m-%d"]
BANKS = [
    "Bank of Maharashtra",
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Kotak Mahindra Bank",
    "Cosmos Co-op Bank",
    "Axis Bank",
    "Union Bank of India",
]
IFSC = {
    "Bank of Maharashtra": "MAHB",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Kotak Mahindra Bank": "KKBK",
    "Cosmos Co-op Bank": "COSB",
    "Axis Bank": "UTIB",
    "Union Bank of India": "UBIN",
}
# machine, hire unit, rate range
MACHINES = [
    ("Hydra 14T pick-and-carry crane", "hrs", 1050, 1350),
    ("JCB 3DX backhoe loader", "hrs", 950, 1250),
    ("Tata Hitachi EX200 excavator", "hrs", 1900, 2400),
    ("Komatsu PC210 with rock breaker", "hrs", 2300, 2900),
    ("Escorts TRX 2319 crane (20T)", "hrs", 1400, 1800),
    ("Sany SY80 mini excavator", "hrs", 1100, 1450),
    ("LTM 1070 mobile crane (70T)", "days", 38000, 52000),
    ("Volvo SD110 soil compactor", "hrs", 1300, 1650),
]
SITES = [
    "Hinjewadi Ph 3 site",
    "Wagholi site",
    "Talegaon MIDC",
    "Nava Raipur Sector 21",
    "Ranjangaon plot B-14",
    "Samruddhi pkg 12",
    "Bhilai bypass km 18",
    "Moshi PCNTDA site",
]
# builders and contractors who hire machines, their GST state, their mail
CLIENTS = [
    ("Sahyadri Infra Projects Pvt Ltd", "27", "ap@sahyadriinfra.in"),
    ("Godavari Buildcon Ltd", "27", "vendor.payments@godavaribuildcon.com"),
    ("Mahanadi Road Builders", "22", "accounts@mahanadiroads.in"),
    ("Indrayani Realty LLP", "27", "payables@indrayanirealty.in"),
    ("Bhima Solar Parks Pvt Ltd", "27", "ap.india@bhimasolar.com"),
    ("Urla Steel & Power Ltd", "22", "payments@urlasteel.co.in"),
]
PAYERS = [
    "Sandeep Jadhav",
    "Ravindra Kale",
    "Manoj Sahu",
    "Prakash Shinde",
    "Ajay Verma",
    "Sunil Chandrakar",
    "Nitin Bhosale",
    "Rahul Dewangan",
]
REG = ["MH14 JX 4471", "MH12 VT 2290", "CG04 NK 7731", "MH14 GU 1182", "CG07 BZ 5520", "MH12 TC 8064"]


def cash(
    rng: random.Random, font: str, p_whole: float = 0.4, marks=("\u20b9", "Rs.", "Rs", "INR"), *, plain=False
):
    """A page's way of printing rupees: lakh grouping on most, western on some, ungrouped on a few."""
    groupings = (
        ("indian", "indian", "western", "plain") if plain else ("indian", "indian", "indian", "western")
    )
    return Rs(rng, font, marks=marks, groupings=groupings, p_whole=p_whole)


def ours(rng: random.Random, unit: int, *, firm: float = 0.45, caps: float = 0.25, yard: float = 0.2) -> str:
    """The company as a page names it: its trade name (with its yard on some) or its company's."""
    if rng.random() < firm:
        return rng.choice([COMPANY, COMPANY_CAPS, COMPANY_SHORT])
    name = f"{TRADE}, {YARDS[unit][0]}" if rng.random() < yard else TRADE
    return name.upper() if rng.random() < caps else name


def fitting(p: Screen, kind: str, pick) -> str:
    """A name drawn by ``pick`` that fits one row of ``kind`` (a name split over two rows is in neither)."""
    for _ in range(30):
        name = pick()
        if fits(p, kind, name):
            return name
    return TRADE


def doc_no(rng: random.Random, prefix: str, j: Job) -> str:
    """A document's own number: its financial year only where the page prints a day."""
    n = rng.randrange(100, 9999)
    if not j.no_day and rng.random() < 0.6:
        return f"{prefix}/{fy(j.date)}/{n:04d}"
    return rng.choice([f"{prefix}-{n:05d}", f"{prefix}{rng.randrange(10000, 99999)}"])


def bank_ref(rng: random.Random, j: Job, way: str, bank: str | None = None) -> str:
    """A NEFT UTR (16 or 22 characters), an RTGS UTR, or an IMPS / UPI reference (RRN)."""
    head = IFSC.get(bank or "", rng.choice(list(IFSC.values())))
    if way == "NEFT":
        if rng.random() < 0.5:
            return neft_utr(head, rng, j.date)
        return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "RTGS":
        return rtgs_utr(head, rng, j.date)
    return j.ref


def ifsc(rng: random.Random, bank: str | None = None) -> str:
    return f"{IFSC.get(bank or '', rng.choice(list(IFSC.values())))}0{digits(rng, 6)}"


def ours_to(p: Screen, labels: list[str], unit: int) -> None:
    """The company as the other party on a vendor's paper (Bill to / Buyer / Consignor: no fact)."""
    rng = p.rng
    wrap_pair(
        p,
        rng.choice(labels),
        rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {TRADE}, {YARDS[unit][0]}", COMPANY_SHORT]),
    )


def named(p: Screen, name: str) -> None:
    """The one paid on top: in the title's size, or the body's where the title's would not fit (never split)."""
    if fits(p, "title", name):
        p.add("title", name, merchant=name)
    else:
        p.add("center" if fits(p, "center", name) else "small", name, merchant=name)


def pan(rng: random.Random) -> str:
    return f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"


def way_rows(p: Screen, j: Job, way: str, labels: dict | None = None) -> None:
    """The mode and, unless the page prints no id, its reference (UTR, IMPS or UPI ref): the top family."""
    rng = p.rng
    method = {"UPI": "UPI", "cash": "cash", "card": "card", "cheque": "cheque"}.get(way, "netbanking")
    shown = {"cash": "Cash", "card": f"Card {masked(rng, p.font)}", "cheque": "Cheque"}.get(way, way)
    p.pair(rng.choice(["Mode", "Payment mode", "Paid by"]), shown, method=method)
    if j.no_ref or way in ("cash", "card", "cheque"):
        return
    ref = bank_ref(rng, j, way)
    lab = (labels or {}).get(way) or {
        "UPI": rng.choice(["UPI Ref No.", "UPI RRN", "UPI Ref. No."]),
        "IMPS": rng.choice(["IMPS Ref No.", "IMPS RRN"]),
    }.get(way, rng.choice(["UTR", "UTR No.", f"{way} UTR"]))
    p.pair(lab, ref, txn=(UTR_RANK, ref))


# ---------------------------------------------------------------- 1. site clients' UPI and hire payment links


HIRE_APPS = ["Google Pay", "PhonePe", "Razorpay", "Paytm", "BHIM", "Amazon Pay", "Cashfree", "MobiKwik"]
# band, the app's own id label, the app's title
APP_LOOK = {
    "Google Pay": (None, "Google transaction ID", "Google Pay"),
    "PhonePe": ((95, 37, 159), "Transaction ID", "PhonePe"),
    "Paytm": ((0, 46, 110), "Transaction ID", "Paytm"),
    "BHIM": ((0, 98, 65), None, "BHIM UPI"),
    "Amazon Pay": ((35, 47, 62), "Transaction ID", "amazon pay"),
    "MobiKwik": ((32, 64, 170), "MobiKwik Txn ID", "MobiKwik"),
}
HIRE_NOTES = [
    "JCB 3DX {h} hrs {s}",
    "Hydra hire advance",
    "Excavator hire {s}",
    "Breaker hrs bill bal",
    "Crane 2 days + bata",
    "Compactor {h} hrs",
    "PC210 hire advance",
    "JCB bill balance",
]
VPA_HANDLES = ["icici", "hdfcbank", "mahb", "kotak", "axisbank", "sbi"]


def hire_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Site clients paying for a machine's hours: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM, Amazon Pay,
    MobiKwik: the company or its trade name (with its yard on some) under Paid to / To / Sent to / Paying to, UPI ID
    / VPA / To UPI ID, the sum large, Note / Message / Remarks (JCB 3DX 9 hrs Wagholi site), UPI transaction ID /
    UPI Ref No. / UTR / UPI Reference No. / UTR No., the app's own Google transaction ID / Transaction ID /
    MobiKwik Txn ID on some, From / Debited from, Date & time / Paid on / Completed / Attempted on) and two of the
    company's hire payment links (Razorpay's page and Cashfree's form: the company on top, Equipment hire - online
    payment, Payment successful / Payment received / Payment pending - awaiting confirmation from bank, the sum
    large, Customer / Paid by / Payer, Booking ref / Booking No., Machine, Site, Hire, Payment method UPI / card /
    Net banking, Payment ID pay_... / CF Payment ID, UPI RRN / UPI Ref ID / Auth code / Bank reference No., Paid on
    / Payment date / Transaction time; the gateway's footer)."""
    k = place("hire_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=4500, high=98000, p_round=0.75)
    app = HIRE_APPS[k]
    payer = rng.choice(PAYERS)
    site = rng.choice(SITES)
    machine, unit, lo, hi = rng.choice(MACHINES)
    rs = cash(rng, font, 0.6, plain=True)
    if app in ("Razorpay", "Cashfree"):
        j.amount = rupees(rng, 15000, 240000, 0.7)
        url = (
            f"pages.razorpay.com/{SLUG}-hire"
            if app == "Razorpay"
            else f"payments.cashfree.com/forms/{SLUG}{rng.randrange(10, 99)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        to = fitting(p, "title", lambda: ours(rng, j.unit))
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                [
                    "Equipment hire - online payment",
                    "Crane & JCB hire - advance booking",
                    f"{YARDS[j.unit][0]} yard - hire payments",
                ]
            ),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Payment received"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending - awaiting confirmation from bank"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer", "Paid by", "Payer"]), rng.choice([payer, payer.upper()]))
        p.pair(rng.choice(["Booking ref", "Booking No."]), f"VCH-BK-{rng.randrange(1000, 9999)}")
        wrap_pair(p, "Machine", machine)
        wrap_pair(p, "Site", site)
        p.pair("Hire", f"{rng.randrange(2, 12)} days" if unit == "days" else f"{rng.randrange(16, 160)} hrs")
        way = "netbanking" if status == "pending" else rng.choice(["UPI", "card", "netbanking"])
        shown = {
            "UPI": "UPI",
            "card": f"{rng.choice(['Debit', 'Credit'])} card {masked(rng, font)}",
            "netbanking": f"Net banking - {rng.choice(BANKS)}",
        }[way]
        wrap_pair(p, rng.choice(["Payment method", "Paid via"]), shown, method=way)
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, MIXED)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                pid = digits(rng, 10)
                p.pair("CF Payment ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UPI Ref ID"]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair("Bank reference No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Payment date", "Transaction time"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by Cashfree Payments")
        return p.done()
    band, own_label, title = APP_LOOK[app]
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status", "History"])
    p.part = "head"
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", title)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Payment Successful",
                "Paid successfully",
                "Transaction Successful",
                "Sent successfully",
            ],
            "failed": ["Payment Failed", "Transaction failed - bank server not responding"],
            "pending": ["Payment Pending", "Awaiting confirmation from bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    to = fitting(p, "center", lambda: ours(rng, j.unit, firm=0.35))
    lab = rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"])
    if rng.random() < 0.5 or not fits(p, "center", f"{lab} {to}"):
        p.add("small", lab)
        p.add("center", to, merchant=to)
    else:
        p.add("center", f"{lab} {to}", merchant=to)
    vpa = f"{rng.choice([SLUG, 'vajracranehire', 'vcepl.chakan', 'vajra.raipur'])}@{rng.choice(VPA_HANDLES)}"
    p.add("small", f"{rng.choice(['UPI ID:', 'VPA:', 'To UPI ID:'])} {vpa}", method="UPI")
    if status == "failed":
        p.add("small", "Money debited, if any, will be refunded within 3-5 working days.")
    if status == "pending":
        p.add("small", "Do not pay again. The status will be updated within 48 hours.")
    p.add("rule")
    note = rng.choice(HIRE_NOTES).format(h=rng.randrange(4, 12), s=site.split()[0])
    p.pair(rng.choice(["Note", "Message", "Remarks"]), note)
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR", "UPI Reference No.", "UTR No."]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if own_label and rng.random() < 0.7:
            own = app_id(rng, app, j.date)
            wrap_pair(p, own_label, own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["From", "Debited from"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    labels = (
        ["Date & time", "Paid on", "Completed"] if status == "success" else ["Attempted on", "Date & time"]
    )
    date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Pay again  |  Share"]))
    return p.done()


# ---------------------------------------------------------------- 2. builders' and contractors' transfers


NET_BANKS = {
    "mahabank": ("Mahabank Internet Banking", "Bank of Maharashtra", "www.mahaconnect.in/corp/BANKAWAY"),
    "sbi": ("yono BUSINESS", "State Bank of India", "yonobusiness.sbi/transfers/acknowledgement"),
    "kotak": ("Kotak Corporate Net Banking", "Kotak Mahindra Bank", "corporate.kotak.com/payments/status"),
    "cosmos": ("Cosmos Bank Net Banking", "Cosmos Co-op Bank", "netbanking.cosmosbank.in/corp/transfer"),
}
CLIENT_FRAMES = ["mahabank", "mail", "sbi", "sap", "kotak", "portal", "cosmos", "mail"]


def client_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A builder or contractor paying the company's hire bills: four of the payer's net-banking acknowledgements
    (Mahabank Internet Banking, yono BUSINESS, Kotak Corporate Net Banking, Cosmos Bank Net Banking in a browser: the
    portal on top, Funds transfer - acknowledgement / Third party transfer - status / Transaction receipt, Remitter /
    Debit account name the payer, Debit account, Beneficiary name / Payee / Credit to / Beneficiary the company,
    Beneficiary account, IFSC, Amount / Transfer amount / Amount (INR), Charges (incl. GST) on some, Remarks /
    Narration / Purpose (HIRE BILL VCE-..), Mode / Transfer type NEFT / RTGS / IMPS, UTR No. / UTR / IMPS Ref No.
    and the bank's Reference No. / Txn Ref No. on some, Transaction date / Value date / Date; Transaction successful
    / Funds transferred successfully / Transaction rejected - exceeds daily transfer limit) and four payers' payment
    advices (two e-mails, a printed SAP remittance advice, a supplier portal page: the payer on top, Payee / Vendor /
    Beneficiary / Supplier the company, Vendor code, Work order, the hire invoices paid with their sums, Gross
    amount, Less: TDS u/s 194C @ 2% / u/s 194-I @ 2%, Less: Diesel issued at site (DN-..) on some, Net amount paid /
    Amount paid / Net payment / Amount credited, Payment mode, UTR / UTR No. / RTGS UTR, Payment document /
    Clearing document / Payment No., Payment date / Value date / Initiated on; Status: Paid / Processed / Payment
    released / On hold - bank details under verification)."""
    k = place("client_transfers")
    status = outcome(k, failed=(6,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=40000, high=900000, p_round=0.6)
    client, cstate, cmail = rng.choice(CLIENTS)
    frame = CLIENT_FRAMES[k]
    payee = ours(rng, j.unit, firm=0.7)
    rs = cash(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame in NET_BANKS:
        title, bank, url = NET_BANKS[frame]
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, title)
        p.add(
            "small",
            rng.choice(
                ["Funds transfer - acknowledgement", "Third party transfer - status", "Transaction receipt"]
            ),
        )
        p.add("rule")
        p.part = "body"
        way = by_bank(j, "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"]))
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Transaction successful",
                    "Funds transferred successfully",
                    f"{way} transfer successful",
                ],
                "failed": ["Transaction rejected - exceeds daily transfer limit"],
                "pending": ["Transaction in process"],
            },
        )
        wrap_pair(p, rng.choice(["Remitter", "Debit account name"]), client.upper())
        p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(
            p, rng.choice(["Beneficiary name", "Payee", "Credit to", "Beneficiary"]), payee, merchant=payee
        )
        p.pair("Beneficiary account", f"XXXXXXX{digits(rng, 4)}")
        to_bank = rng.choice(["Bank of Maharashtra", "Cosmos Co-op Bank", "HDFC Bank"])
        p.pair("IFSC", ifsc(rng, to_bank))
        p.pair(rng.choice(["Amount", "Transfer amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        if rng.random() < 0.5:
            p.pair("Charges (incl. GST)", rs({"NEFT": 5.90, "IMPS": 5.90, "RTGS": 29.50}[way]))
        bill = doc_no(rng, "VCE", j)
        wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), f"HIRE BILL {bill} {site_word(rng)}")
        p.pair(rng.choice(["Mode", "Transfer type"]), way, method="netbanking")
        if not j.no_ref:
            own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            if status != "failed":
                ref = bank_ref(rng, j, way, to_bank)
                p.pair(
                    "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR No.", "UTR"]),
                    ref,
                    txn=(UTR_RANK, ref),
                )
            if status == "failed" or rng.random() < 0.5:
                p.pair(rng.choice(["Reference No.", "Txn Ref No."]), own, txn=(BANK_RANK, own))
        date_row(
            p,
            j,
            {
                "success": ["Transaction date", "Value date", "Date"],
                "pending": ["Initiated on"],
                "failed": ["Transaction date", "Rejected on"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "This is a computer generated acknowledgement and needs no signature.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{client.split(' Pvt')[0].split(' Ltd')[0]} <{cmail}>",
            ["Payment advice", "Remittance advice - hire charges", "Payment released against your bills"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"supplier.{cmail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, client.upper() if frame == "sap" and rng.random() < 0.5 else client)
    p.add(
        "center",
        {
            "mail": rng.choice(["Payment Advice", "Remittance Advice"]),
            "portal": "Supplier portal - payment status",
            "sap": rng.choice(["REMITTANCE ADVICE", "PAYMENT ADVICE"]),
        }[frame],
    )
    p.add("rule")
    p.part = "body"
    if frame != "sap":
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Paid", "Status: Processed", "Payment released"],
                "pending": ["On hold - bank details under verification"],
            },
        )
    lab = {
        "mail": ["Payee", "Vendor", "Beneficiary"],
        "portal": ["Supplier", "Vendor"],
        "sap": ["Vendor", "Payee"],
    }
    wrap_pair(p, rng.choice(lab[frame]), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['V', '20', 'SUP'])}{digits(rng, 5)}")
    if rng.random() < 0.6:
        p.pair("Work order", f"WO/{client.split()[0][:3].upper()}/{rng.randrange(100, 999)}")
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        inv = doc_no(rng, "VCE", j)
        v = (
            round(rng.uniform(30000, 380000), 2)
            if rng.random() < 0.5
            else float(rng.randrange(30, 380) * 1000)
        )
        p.pair(f"Inv {inv}", rs(v))
        gross += v
    p.pair("Gross amount", rs(gross))
    sec = rng.choice(["194C", "194-I"])
    tds = round(gross / 1.18 * 0.02, 2)
    p.pair(f"Less: TDS u/s {sec} @ 2%", rs(tds))
    net = gross - tds
    if rng.random() < 0.4:
        diesel = round(rng.uniform(8000, 60000), 2)
        p.pair(f"Less: Diesel issued at site (DN-{rng.randrange(100, 999)})", rs(diesel))
        net -= diesel
    j.amount = round(net, 2)
    p.pair(
        rng.choice(["Net amount paid", "Amount paid", "Net payment", "Amount credited"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = by_bank(j, "RTGS" if j.amount >= 200000 else "NEFT")
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, way)
            p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '17', '20'])}{digits(rng, 8)}"
        p.pair(
            rng.choice(["Payment document", "Clearing document", "Payment No."]), doc, txn=(INVOICE_RANK, doc)
        )
    if frame == "sap":
        p.add("center", rng.choice(["Status: Paid", "Status: Processed"]), status=status)
    date_row(p, j, ["Payment date", "Value date"] if status == "success" else ["Initiated on"])
    p.part = "foot"
    p.add("small", "TDS certificate (Form 16A) will be issued for the quarter.")
    return p.done()


def site_word(rng: random.Random) -> str:
    return rng.choice(["JCB", "HYDRA", "EX200", "PC210 BRKR", "CRANE", "COMPACTOR"])


# ---------------------------------------------------------------- 3. the company's hire invoices


HIRE_WAYS = ["NEFT", "UPI", "cheque", "RTGS", "cash", "NEFT", "cheque", "UPI"]


def hire_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own paper (serif): TAX INVOICE / HIRE INVOICE CUM RECEIPT / TAX INVOICE - EQUIPMENT HIRE / MONEY
    RECEIPT (the company or its trade name on top, its line, address and GSTIN; Invoice No. / Bill No. / Inv. No.,
    Date / Invoice date / Bill date, Bill to / Client / Buyer M/s the builder, Site, Work order No., Log sheets,
    Hire period, the machine's hours or days x rate, Operator & helper bata n days x rate, Mobilisation &
    demobilisation, Taxable value, CGST and SGST or IGST @ 18%, Round off, Invoice total, Less: TDS u/s 194C @ 2%
    on some, Amount received / Received / Net received (after TDS) with NEFT / RTGS / IMPS / UPI and its UTR / UPI
    Ref No., Cash, or Cheque received / Cheque amount with Cheque No. and Drawn on; the sum in words; PAID /
    RECEIVED WITH THANKS / PAYMENT RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE BOUNCED - HIRE
    SUSPENDED with its Return reason, and the company's rubber stamp)."""
    k = place("hire_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    client, cstate, _ = rng.choice(CLIENTS)
    yard, addr, state = YARDS[j.unit]
    name = rng.choice([TRADE, TRADE_CAPS, COMPANY])
    sub = f"A unit of {COMPANY}" if name != COMPANY else "Cranes, excavators & JCBs on hire with operator"
    p = paper_page(rng, font, [700, 740])
    rs = cash(rng, font, 0.5, marks=("\u20b9", "Rs.", "Rs", ""))
    letterhead(
        p,
        name,
        f"{sub} - {yard} yard",
        addr,
        state,
        ["TAX INVOICE", "HIRE INVOICE CUM RECEIPT", "TAX INVOICE - EQUIPMENT HIRE", "MONEY RECEIPT"],
    )
    if not j.no_ref:
        inv = doc_no(rng, "VCE", j)
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Date", "Invoice date", "Bill date"])
    wrap_pair(p, rng.choice(["Bill to", "Client", "Buyer"]), rng.choice([f"M/s {client}", client]))
    p.pair("Site", rng.choice(SITES))
    if rng.random() < 0.6:
        p.pair("Work order No.", f"WO/{client.split()[0][:3].upper()}/{rng.randrange(100, 999)}")
    first = rng.randrange(1000, 8000)
    p.pair("Log sheets", f"LS {first}-{first + rng.randrange(8, 30)}")
    if not j.no_day:
        p.pair("Hire period", j.month(1))
    way = HIRE_WAYS[k]
    machine, unit, lo, hi = rng.choice(MACHINES[:6] if way == "cash" else MACHINES)
    rate = float(rng.randrange(lo // 10, hi // 10) * 10)
    qty = (
        rng.randrange(8, 36)
        if way == "cash"
        else (rng.randrange(3, 14) if unit == "days" else rng.randrange(60, 260))
    )
    label = f"{machine} {qty} {unit} x {rate:,.0f}"
    if fits(p, "pair", f"{label}  {qty * rate:,.2f}    "):
        p.pair(label, rs(qty * rate))
    else:
        p.add("left", machine)
        p.pair(f"  {qty} {unit} x {rate:,.0f}", rs(qty * rate))
    taxable = qty * rate
    if way != "cash":
        days, bata = rng.randrange(6, 27), float(rng.choice([500, 600, 700, 800]))
        p.pair(f"Operator & helper bata {days} days x {bata:.0f}", rs(days * bata))
        mob = float(rng.randrange(6, 36) * 1000)
        p.pair("Mobilisation & demobilisation", rs(mob))
        taxable += days * bata + mob
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 18, cstate != state)
    p.pair(rng.choice(["Invoice total", "Total"]), rs(total))
    j.amount = total
    if way not in ("cash", "UPI") and status == "success" and rng.random() < 0.6:
        tds = round(taxable * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        j.amount = round(total - tds, 2)
    p.add("rule")
    if way == "cheque":
        p.pair(
            "Cheque amount" if status == "failed" else "Cheque received",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
        if status == "failed":
            p.pair("Return reason", rng.choice(["Funds insufficient", "Payment stopped by drawer"]))
    else:
        way = by_bank(j, way)
        lab = "Net received (after TDS)" if j.amount != total else rng.choice(["Amount received", "Received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        way_rows(p, j, way)
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE BOUNCED - HIRE SUSPENDED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(total)}")
    p.add(
        "small",
        "Machine idle time due to client's site conditions is chargeable. Subject to Pune jurisdiction.",
    )
    right(p, f"For {TRADE_CAPS}")
    seal(p, TRADE_CAPS, "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. spare parts bought abroad


# supplier, city, currency, its bank, BIC, mail domain
ABROAD = [
    (
        "Hanjin Hydraulics Co., Ltd",
        "Changwon, Korea",
        "USD",
        "Kookmin Bank, Seoul",
        "CZNBKRSE",
        "hanjinhyd.co.kr",
    ),
    ("Krantech Ersatzteile GmbH", "Ulm, Germany", "EUR", "Deutsche Bank AG", "DEUTDEFF", "krantech.de"),
    (
        "Midlands Crane Spares Ltd",
        "Birmingham, UK",
        "GBP",
        "HSBC UK Bank PLC",
        "HBUKGB4B",
        "midlandscrane.co.uk",
    ),
    (
        "Ningbo Yongli Boom Parts Co., Ltd",
        "Ningbo, China",
        "USD",
        "Bank of China",
        "BKCHCNBJ92A",
        "ylboom.cn",
    ),
    ("Giraud Levage SAS", "Lyon, France", "EUR", "BNP Paribas", "BNPAFRPP", "giraud-levage.fr"),
    ("Gulf Track & Undercarriage LLC", "Dubai, UAE", "USD", "Emirates NBD", "EBILAEAD", "gulftrack.ae"),
]
FX_RATES = {"USD": (86.2, 89.6), "EUR": (94.1, 98.8), "GBP": (109.4, 114.9)}
PARTS_ABROAD = [
    "Slew ring bearing",
    "Boom extension cylinder seal kits",
    "Winch drum with brake assembly",
    "Track chains and rollers (PC210)",
    "Outrigger jack cylinders",
    "Load moment indicator unit",
]
OUT_FRAMES = [
    ("ICICI Bank", "browser"),
    ("HDFC Bank", "mail"),
    ("supplier", "mail"),
    ("State Bank of India", "paper"),
    ("Axis Bank", "mail"),
    ("Kotak Mahindra Bank", "browser"),
    ("supplier", "mail"),
    ("Bank of Maharashtra", "paper"),
]


def import_parts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying overseas makers for crane and excavator parts: six banks' outward remittance advices
    (ICICI Bank's and Kotak's pages in a browser, HDFC Bank's and Axis Bank's e-mails, SBI's and Bank of
    Maharashtra's printed advices: the bank on top, Outward Remittance - Debit Advice / Import payment - SWIFT
    outward advice / Foreign outward remittance - transaction advice, Applicant / Remitter the company, Beneficiary /
    Beneficiary name the supplier, Beneficiary address, Beneficiary bank, SWIFT / BIC, Remittance amount / Amount
    remitted / FCY amount in USD, EUR or GBP, Exchange rate, INR equivalent / Amount debited (INR), Commission &
    charges (incl. GST), Charges OUR / SHA, Purpose code S0101 / S0102, Proforma invoice No. / Supplier invoice
    No., Bill of Entry No. on settlements, Mode SWIFT outward (MT103), Transaction reference / Our reference /
    Outward ref No., UETR on some, Value date / Debited on / Remitted on / Submitted on / Returned on) and two of the
    suppliers' e-mailed receipts (the supplier on top, Payment receipt / Remittance received, Received from the
    company, Amount received, Against invoice, Payment method Wire transfer (SWIFT), Receipt No. and Bank reference,
    Received on / Credited on)."""
    k = place("import_parts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    supplier, city, cur, sbank, bic, domain = rng.choice(ABROAD)
    j.amount = (
        round(rng.uniform(1800, 48000), 2) if rng.random() < 0.6 else float(rng.randrange(18, 480) * 100)
    )
    show = fx(rng, font, cur)
    bank, frame = OUT_FRAMES[k]
    part = rng.choice(PARTS_ABROAD)
    pi = f"{code(rng, 2, UPPER)}-PI-{rng.randrange(1000, 9999)}"
    if bank == "supplier":
        p = mail_page(
            rng,
            font,
            f"{supplier.split(',')[0]} Accounts <ar@{domain}>",
            ["Payment receipt", "Remittance received - thank you", f"Receipt for {pi}"],
        )
        p.part = "head"
        top(p, supplier, merchant=supplier)
        p.add("small", city)
        p.add("center", rng.choice(["Payment receipt", "Remittance received"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Payment received - thank you", "Your payment has been credited"]}
        )
        p.add("left", "Dear Sir, we confirm receipt of your remittance for the parts below.")
        wrap_pair(p, rng.choice(["Received from", "Customer"]), rng.choice([COMPANY, COMPANY_CAPS]))
        wrap_pair(p, "Amount received", show(j.amount), amount=j.amount, cur=cur)
        wrap_pair(p, "Against invoice", f"{pi} ({part})")
        p.pair("Payment method", "Wire transfer (SWIFT)", method="netbanking")
        if not j.no_ref:
            rno = f"RCT-{rng.randrange(10000, 99999)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
            if rng.random() < 0.6:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank reference", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Received on", "Credited on"], WEST_PATS)
        p.part = "foot"
        p.add("small", "The parts will ship within 5 working days. Best regards, Accounts receivable")
        return p.done()
    if frame == "browser":
        host = {"ICICI Bank": "trade.icicibank.com", "Kotak Mahindra Bank": "tradeonline.kotak.com"}[bank]
        p = browser_page(rng, font, f"{host}/outward/{code(rng, 10, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <tradeops@{bank.split()[0].lower()}bank.net>",
            [
                "Outward remittance - debit advice",
                "Your import payment has been processed",
                "SWIFT outward advice",
            ],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small", rng.choice(["Trade Finance Centre, Pune", "Forex & trade services", "Global Trade Services"])
    )
    p.add(
        "center",
        rng.choice(
            [
                "Outward Remittance - Debit Advice",
                "Import payment - SWIFT outward advice",
                "Foreign outward remittance - transaction advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Remitted", "Remittance processed - SWIFT MT103 sent"],
            "pending": ["Under process - Form A2 and invoice under scrutiny"],
            "failed": ["Returned by beneficiary bank - account closed; INR re-credited"],
        },
    )
    wrap_pair(p, rng.choice(["Applicant", "Remitter"]), rng.choice([COMPANY_CAPS, COMPANY_SHORT]))
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), supplier, merchant=supplier)
    wrap_pair(p, "Beneficiary address", city)
    wrap_pair(p, "Beneficiary bank", sbank)
    p.pair(rng.choice(["SWIFT / BIC", "BIC"]), bic)
    p.pair(
        rng.choice(["Remittance amount", "Amount remitted", "FCY amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    rate = round(rng.uniform(*FX_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair(rng.choice(["INR equivalent", "Amount debited (INR)"]), f"{j.amount * rate:,.2f}")
    charges = float(rng.choice([500, 1000, 1500])) + round(rng.uniform(90, 600), 2)
    p.pair("Commission & charges (incl. GST)", f"{charges:,.2f}")
    p.pair("Charges", rng.choice(["OUR", "SHA"]))
    settle = rng.random() < 0.5
    p.pair("Purpose code", "S0102 - import settlement" if settle else "S0101 - advance for imports")
    p.pair(rng.choice(["Proforma invoice No.", "Supplier invoice No."]), pi)
    if settle:
        p.pair("Bill of Entry No.", digits(rng, 7))
    p.pair("Mode", rng.choice(["SWIFT outward (MT103)", "SWIFT - MT103"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['ORM', 'OWR', 'TF'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Transaction reference", "Our reference", "Outward ref No."]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if rng.random() < 0.5:
            uetr = (
                f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-8{code(rng, 3, HEX)}-"
                f"{code(rng, 12, HEX)}"
            )
            wrap_pair(p, "UETR", uetr)
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Debited on", "Remitted on"],
            "pending": ["Submitted on"],
            "failed": ["Returned on"],
        }[status],
    )
    p.part = "foot"
    p.add("small", "Please submit the Bill of Entry within 90 days for IDPMS closure.")
    return p.done()


# ---------------------------------------------------------------- 5. card slips at fuel pumps and parts counters


# terminal maker, counter, area, fuel or parts, fleet card
SLIPS = [
    ("PINE LABS", "SHREE SAI PETROLEUM", "IOCL DEALER - CHAKAN", "fuel", "XTRAPOWER FLEET CARD"),
    ("HDFC BANK", "MAHALAXMI HYDRAULICS", "BHOSARI MIDC PUNE", "parts", None),
    ("ICICI BANK", "OM SAI AUTO FUELS (HP)", "URLA RAIPUR", "fuel", None),
    ("MOSAMBEE", "RAIPUR TYRE HOUSE", "GE ROAD RAIPUR", "parts", None),
    ("PAYTM EDC", "KALE PETROLEUM (BPCL)", "NASHIK PHATA PUNE", "fuel", "BPCL SMARTFLEET"),
    ("AXIS BANK", "DECCAN WIRE ROPES", "KASARWADI PUNE", "parts", None),
    ("WORLDLINE", "JIO-BP SILTARA", "SILTARA RAIPUR", "fuel", None),
    ("EZETAP", "BEARING & SEALS CORNER", "CHINCHWAD PUNE", "parts", None),
]
SLIP_ITEMS = {
    1: ("HOSE ASSY 1/2 4SH X 6", 5200, 16800),
    3: ("OTR TYRE 17.5-25 16PR", 52000, 124000),
    5: ("WIRE ROPE 16MM X 60M", 14500, 21800),
    7: ("SLEW BEARING SEAL KIT", 3800, 11200),
}


def pump_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The staff's cards at fuel pumps filling the machines' diesel and at parts counters (PINE LABS, HDFC BANK,
    ICICI BANK, MOSAMBEE, PAYTM EDC, AXIS BANK, WORLDLINE, EZETAP; monospace): the maker on top on some, the
    counter's name and area in capitals, DATE: / TIME: on one row or DT: TM:, MID:, TID:, BATCH NO:, INVOICE NO: /
    BILL NO: / ROC NO:, SALE, on the pumps PRODUCT: HSD, NOZZLE:, RATE:, VOLUME:, VEHICLE NO: and on two a fleet
    card (XTRAPOWER FLEET CARD, BPCL SMARTFLEET), on the counters ITEM:, CARD NO: / CARD TYPE: / ENTRY:, APPR CODE:
    / AUTH CODE:, RRN:, AMOUNT: / TOTAL: / SALE AMT:; APPROVED / TXN APPROVED / SALE SUCCESSFUL, DECLINED with RESP
    CODE: 51 INSUFFICIENT FUNDS, TXN TIMEOUT - STATUS UNKNOWN."""
    k = place("pump_slips")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    maker, name, area, kind, fleet = SLIPS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", maker)
    p.add("center", name, merchant=name)
    p.add("center", area)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%b%y", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
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
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "ROC NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", "SALE")
    if kind == "fuel":
        rate = round(rng.uniform(89.4, 94.6), 2)
        vol = round(rng.uniform(60, 480), 2)
        j.amount = round(rate * vol, 2)
        p.pair("PRODUCT:", "HSD")
        p.pair("NOZZLE:", str(rng.randrange(1, 9)))
        p.pair("RATE:", f"{rate:.2f}/L")
        p.pair("VOLUME:", f"{vol:.2f} L")
        p.pair("VEHICLE NO:", rng.choice(REG).replace(" ", ""))
    else:
        item, lo, hi = SLIP_ITEMS[k]
        j.amount = rupees(rng, lo, hi, 0.5)
        if fits(p, "pair", f"ITEM: {item}   "):
            p.pair("ITEM:", item)
        else:
            p.add("left", item)
    if fleet:
        if fits(p, "pair", f"CARD: {fleet}   "):
            p.pair("CARD:", fleet)
        else:
            p.add("left", fleet)
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", "FLEET" if fleet else rng.choice(["VISA", "MASTERCARD", "RUPAY"]))
    p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "CHIP", "SWIPE"]))
    if not j.no_ref:
        if status == "success":
            appr = digits(rng, 6)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    sep = rng.choice(["INR ", "RS.", "Rs ", ""])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "SALE AMT:"]), f"{sep}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "SALE SUCCESSFUL"]), status="success")
        p.add("small", "PIN VERIFIED OK")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", "RESP CODE: 51 INSUFFICIENT FUNDS")
    else:
        p.add("center", "TXN TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "CHECK WITH BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "** MERCHANT COPY **", "THANK YOU - VISIT AGAIN"]))
    return p.done()


# ---------------------------------------------------------------- 6. parts and service suppliers' bills


# supplier, its line, address, GST state, items (item, unit, rate range, GST %), service (TDS u/s 194J)
SUPPLIERS = [
    (
        "Mahalaxmi Hydraulics",
        "Hoses | cylinders | seal kits",
        "Bhosari MIDC, Pune - 411026, Maharashtra",
        "27",
        [
            ("Hydraulic hose assy 1/2in 4SH", "nos", 850, 1600, 18),
            ("Boom cylinder seal kit", "sets", 4200, 9800, 18),
            ("Hydraulic oil AW68 (210 L)", "brl", 21000, 26000, 18),
        ],
        False,
    ),
    (
        "Deccan Wire Ropes & Slings",
        "Wire ropes - slings - shackles",
        "Kasarwadi, Pune - 411034, Maharashtra",
        "27",
        [
            ("Wire rope 16 mm 6x36 IWRC", "m", 210, 290, 18),
            ("Round sling 10T x 6 m", "nos", 3800, 5200, 18),
            ("Bow shackle 8.5T", "nos", 1450, 2100, 18),
        ],
        False,
    ),
    (
        "Raipur Tyre House",
        "OTR and truck tyres",
        "GE Road, Raipur - 492001, Chhattisgarh",
        "22",
        [
            ("OTR tyre 17.5-25 16PR", "nos", 48000, 62000, 28),
            ("Tube & flap 17.5-25", "nos", 3900, 5200, 28),
            ("Tyre fitting & alignment", "job", 1500, 3500, 18),
        ],
        False,
    ),
    (
        "Sai Lubes & Filters",
        "Engine oils, greases and filters",
        "Chinchwad, Pune - 411019, Maharashtra",
        "27",
        [
            ("Engine oil 15W-40 (210 L)", "brl", 38000, 46000, 18),
            ("Fuel filter (JCB 3DX)", "nos", 650, 980, 18),
            ("Air filter set (EX200)", "sets", 3200, 4600, 18),
        ],
        False,
    ),
    (
        "Crane Safety Inspections LLP",
        "Load testing - third party inspection",
        "Wakad, Pune - 411057, Maharashtra",
        "27",
        [
            ("Load test & SWL certificate", "job", 6500, 9500, 18),
            ("Wire rope & hook inspection", "job", 2500, 4000, 18),
        ],
        True,
    ),
    (
        "Chhattisgarh Earthmover Spares",
        "Undercarriage - buckets - teeth",
        "Bhanpuri, Raipur - 493221, Chhattisgarh",
        "22",
        [
            ("Bucket teeth with pins (EX200)", "sets", 5200, 7800, 18),
            ("Track roller (PC210)", "nos", 9800, 14500, 18),
            ("Cutting edge 6 ft", "nos", 6400, 8800, 18),
        ],
        False,
    ),
]
SPARE_FRAMES = ["paper", "paper", "mail", "paper", "paper", "paper", "mail", "paper"]
SPARE_WAYS = ["NEFT", "UPI", "NEFT", "cheque", "NEFT", "RTGS", "UPI", "cheque"]
QTY = {"nos": (2, 12), "sets": (1, 4), "brl": (1, 4), "m": (60, 300), "job": (1, 3)}


def spares_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The parts and service suppliers: TAX INVOICE / INVOICE CUM RECEIPT / CASH-CREDIT MEMO (the supplier on top,
    its line, address and GSTIN; Invoice No. / Inv. No. / Bill No., Date / Invoice date, Buyer / Bill to M/s the
    company, Machine (its registration) and Job card No. on some, the items n x rate, Sub total, CGST and SGST or
    IGST @ 18% / 28%, Round off, Invoice total, Less: TDS u/s 194J @ 2% on the load-test firm's bills, Received /
    Amount received / Net received (after TDS) / Payment advised with NEFT, RTGS, IMPS or UPI and its reference, or
    Cheque received / Cheque amount with Cheque No. and Drawn on; PAID / RECEIVED WITH THANKS / PAYMENT UNDER
    VERIFICATION - CREDIT AWAITED / CHEQUE RETURNED - FUNDS INSUFFICIENT; the supplier's rubber stamp) or the
    supplier's e-mail of the payment (Payment received against our invoice, Received on)."""
    k = place("spares_bills")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    firm, line, addr, state, items, service = rng.choice(SUPPLIERS)
    name = firm.upper() if rng.random() < 0.3 else firm
    rs = cash(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9", ""), plain=True)
    frame = SPARE_FRAMES[k]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{firm.split()[0]} Accounts <accounts@{firm.split()[0].lower()}{firm.split()[1].lower()}.in>",
            ["Payment received - thank you", "Receipt against our invoice"],
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", "Payment received against our invoice")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [700, 740])
        letterhead(p, name, line, addr, state, ["TAX INVOICE", "INVOICE CUM RECEIPT", "CASH / CREDIT MEMO"])
    if not j.no_ref:
        inv = doc_no(rng, "".join(w[0] for w in firm.split()[:3]).upper(), j)
        p.pair(rng.choice(["Invoice No.", "Inv. No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    if frame != "mail":
        date_row(p, j, ["Date", "Invoice date"])
    ours_to(p, ["Buyer", "Bill to"], j.unit)
    if rng.random() < 0.6:
        p.pair("Machine", rng.choice(REG))
        p.pair("Job card No.", f"JC-{rng.randrange(100, 9999)}")
    taxed: dict[int, float] = {}
    for item, unit, lo, hi, gst in rng.sample(items, rng.randrange(1, len(items) + 1)):
        qty = rng.randrange(*QTY[unit])
        rate = (
            round(rng.uniform(lo, hi), 2)
            if unit != "job"
            else float(rng.randrange(lo // 100, hi // 100) * 100)
        )
        value = round(qty * rate, 2)
        label = f"{item} {qty} {unit} x {rate:,.2f}"
        if fits(p, "pair", f"{label}  {value:,.2f}   "):
            p.pair(label, rs(value))
        else:
            p.add("left", item)
            p.pair(f"  {qty} {unit} x {rate:,.2f}", rs(value))
        taxed[gst] = taxed.get(gst, 0.0) + value
    sub = sum(taxed.values())
    p.pair("Sub total", rs(sub))
    total = 0.0
    for gst, value in sorted(taxed.items()):
        total += gst_lines(p, rs, value, gst, state != YARDS[j.unit][2])
    total = float(round(total))
    p.pair("Invoice total", rs(total))
    j.amount = total
    if service:
        tds = round(sub * 0.02, 2)
        p.pair("Less: TDS u/s 194J @ 2%", rs(tds))
        j.amount = round(total - tds, 2)
    p.add("rule")
    way = SPARE_WAYS[k]
    if way == "cheque":
        p.pair(
            "Cheque amount" if status == "failed" else "Cheque received",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        way = by_bank(j, way)
        if status == "pending":
            lab = "Payment advised"
        elif j.amount != total:
            lab = "Net received (after TDS)"
        else:
            lab = rng.choice(["Received", "Amount received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        way_rows(p, j, way)
    if frame == "mail":
        date_row(p, j, ["Received on", "Payment date"] if status == "success" else ["Advice dated"])
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "pending": "PAYMENT UNDER VERIFICATION - CREDIT AWAITED",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    if frame == "mail":
        p.add("small", "Kindly share the TDS certificate, if any, at the end of the quarter.")
        return p.done()
    p.add("small", f"In words: {words_in_rupees(total)}")
    p.add("small", "Goods once sold will not be taken back. Warranty as per manufacturer's terms.")
    right(p, f"For {name}")
    seal(p, " ".join(firm.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. low-bed trailers moving the machines


TRANSPORTERS = [
    (
        "Shree Balaji Heavy Haulage",
        "Low-bed & semi low-bed trailers | ODC movement",
        "Transport Nagar, Nigdi, Pune - 411044, Maharashtra",
        "27",
        "balajihaulage.in",
    ),
    (
        "Om Sai Roadlines",
        "Fleet owners & transport contractors",
        "Transport Nagar, Raipur - 492001, Chhattisgarh",
        "22",
        "omsairoadlines.com",
    ),
    (
        "Gujarat Heavy Lift Carriers",
        "Hydraulic axles - ODC specialists",
        "Vatva GIDC, Ahmedabad - 382445, Gujarat",
        "24",
        "ghlcarriers.in",
    ),
    (
        "Vidarbha Trailer Services",
        "Low-bed trailers on hire",
        "Wadi, Nagpur - 440023, Maharashtra",
        "27",
        "vidarbhatrailers.in",
    ),
]
MOVE_FRAMES = ["bill", "bill", "mail", "bill", "bill", "bill", "mail", "bill"]
MOVE_WAYS = ["NEFT", "cash", "UPI", "cheque", "NEFT", "RTGS", "NEFT", "UPI"]


def machine_transport(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Low-bed trailer owners moving the machines between the yards and the sites: their FREIGHT BILL / FREIGHT
    BILL CUM MONEY RECEIPT / TRANSPORT BILL (the transporter on top, its line, address and GSTIN; Bill No. / Freight
    bill No., Date / Bill date, Consignor / Billing party M/s the company, From / To, Vehicle No., LR No. / CN No.,
    E-way bill No., Machine with its weight, Freight, ODC escort / pilot vehicle, Toll & permit (at actuals),
    Loading / unloading by crane, Total freight, GST payable by recipient under RCM, Less: Advance paid at loading,
    Balance received / Amount received / Received, Mode with its UTR / UPI Ref No. or Cash or Cheque No.; PAID /
    FREIGHT RECEIVED / RECEIVED WITH THANKS / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE) and the transporter's
    e-mails (Balance freight received / NEFT returned - beneficiary name mismatch, please re-initiate)."""
    k = place("machine_transport")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7)
    firm, line, addr, state, domain = rng.choice(TRANSPORTERS)
    name = firm.upper() if rng.random() < 0.35 else firm
    rs = cash(rng, font, 0.5, marks=("Rs.", "Rs", "\u20b9", ""))
    frame = MOVE_FRAMES[k]
    machine = rng.choice(MACHINES)[0]
    yard = YARDS[j.unit][0]
    site = rng.choice(SITES)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{firm} <accounts@{domain}>",
            ["Balance freight received", "Freight payment - status", "Your payment against our freight bill"],
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Balance freight received - thank you"],
                "failed": ["NEFT returned - beneficiary name mismatch, please re-initiate"],
            },
        )
    else:
        p = paper_page(rng, font, [680, 720])
        letterhead(
            p, name, line, addr, state, ["FREIGHT BILL", "FREIGHT BILL CUM MONEY RECEIPT", "TRANSPORT BILL"]
        )
    if not j.no_ref:
        bno = doc_no(rng, "".join(w[0] for w in firm.split()[:3]).upper(), j)
        p.pair(rng.choice(["Bill No.", "Freight bill No."]), bno, txn=(INVOICE_RANK, bno))
    if frame == "bill":
        date_row(p, j, ["Date", "Bill date"])
    ours_to(p, ["Consignor", "Billing party"], j.unit)
    if rng.random() < 0.5:
        p.pair("From", f"{yard} yard")
        p.pair("To", site)
    else:
        p.pair("From", site)
        p.pair("To", f"{yard} yard")
    p.pair("Vehicle No.", rng.choice(["MH14 HG 6621", "CG04 LT 3390", "GJ01 DZ 8812", "MH40 BL 2107"]))
    p.pair(rng.choice(["LR No.", "CN No."]), str(rng.randrange(1000, 9999)))
    if rng.random() < 0.6:
        p.pair("E-way bill No.", f"{rng.choice('1234567')}{digits(rng, 11)}")
    wrap_pair(p, "Machine", f"{machine} ({round(rng.uniform(7, 48), 1)} t)")
    freight = float(rng.randrange(18, 60) * 1000 if MOVE_WAYS[k] == "cash" else rng.randrange(18, 140) * 1000)
    p.pair("Freight", rs(freight))
    total = freight
    if rng.random() < 0.6:
        escort = float(rng.randrange(3, 12) * 1000)
        p.pair(rng.choice(["ODC escort", "Pilot vehicle"]), rs(escort))
        total += escort
    toll = float(rng.randrange(800, 9800))
    p.pair("Toll & permit (at actuals)", rs(toll))
    total += toll
    if rng.random() < 0.5:
        crane = float(rng.choice([3500, 4500, 6000]))
        p.pair("Loading / unloading by crane", rs(crane))
        total += crane
    p.pair("Total freight", rs(total))
    p.add("small", "GST payable by the recipient under reverse charge (GTA).")
    if rng.random() < 0.5:
        p.pair("PAN", pan(rng))
        p.add("small", "TDS: nil - owner's declaration u/s 194C(6) on file.")
    j.amount = total
    if rng.random() < 0.6 and MOVE_WAYS[k] != "cash":
        adv = float(rng.randrange(2, 6) * 5000)
        p.pair("Less: Advance paid at loading", rs(adv))
        j.amount = total - adv
    p.add("rule")
    way = MOVE_WAYS[k]
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
    else:
        way = by_bank(j, way)
        lab = "Balance received" if j.amount != total else rng.choice(["Amount received", "Received"])
        if status == "failed":
            lab = "Amount returned"
        p.pair(lab, rs(j.amount), amount=j.amount)
        way_rows(p, j, way)
    if frame == "mail":
        date_row(p, j, ["Received on"] if status == "success" else ["Returned on"])
        p.part = "foot"
        p.add("small", "Warm regards, Accounts - " + firm)
        return p.done()
    word = {
        "success": rng.choice(["PAID", "FREIGHT RECEIVED", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Carrier's risk up to unloading. Demurrage after 24 hours at site.")
    right(p, f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 8. operators' bata and wages


OPERATORS = [
    ("Santosh Gaikwad", "Crane operator"),
    ("Ramesh Sahu", "JCB operator"),
    ("Imran Shaikh", "Excavator operator"),
    ("Dilip Yadav", "Rigger"),
    ("Bablu Nishad", "Helper / cleaner"),
    ("Vitthal Mane", "Crane operator"),
    ("Gopal Verma", "Low-bed driver"),
    ("Mahesh Dhruw", "Excavator operator"),
]
WAGE_FRAMES = ["voucher", "bulk", "voucher", "voucher", "bulk", "voucher", "bulk", "voucher"]


def operator_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its operators, riggers and helpers: five printed OPERATOR BATA & WAGES VOUCHER / SITE
    PAYMENT VOUCHER / WAGE VOUCHER (the company on top, Voucher No. / V. No., Date / Paid on, Paid to / Name of
    operator / Payee, Designation, Machine and its registration, Site, Days on site n x rate, Night shift allowance,
    Overtime n hrs x rate, Gross, Less: Site advance, Less: PF 12%, Net paid / Net amount paid / Amount paid, Mode
    cash / UPI / IMPS / NEFT with its reference; PAID / BATA PAID; the receiver's signature) and three of the
    bank's bulk payout rows (Bulk payout - beneficiary status, File name, Debit account name the company, Employee
    name / Beneficiary name / Payee name, Account, Amount, Mode, IMPS Ref No. / UTR and Batch ref on some, Status
    Success / Failed - account blocked / In process, Processed on / Value date). *settled*: the worker is the
    payee, never the company on top nor the machine."""
    k = place("operator_wages")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=6500, high=42000)
    worker, role = OPERATORS[k]
    worker = worker.upper() if rng.random() < 0.35 else worker
    rs = cash(rng, font, 0.7, marks=("Rs.", "Rs", "\u20b9", ""))
    frame = WAGE_FRAMES[k]
    if frame == "bulk":
        bank = rng.choice(["Bank of Maharashtra - Corporate", "Cosmos Bank CBS Corporate", "HDFC Bank ENet"])
        p = browser_page(rng, font, f"corp.{bank.split()[0].lower()}bank.in/bulk/status/{digits(rng, 6)}")
        p.part = "head"
        top(p, bank)
        p.add("small", "Bulk payout - beneficiary status")
        p.add("rule")
        p.part = "body"
        p.pair("File name", f"OPR_BATA_{j.month(0).replace(' ', '_').upper()}_{rng.randrange(1, 5)}.csv")
        wrap_pair(p, "Debit account name", rng.choice([COMPANY_CAPS, COMPANY_SHORT]))
        wrap_pair(p, rng.choice(["Employee name", "Beneficiary name", "Payee name"]), worker, merchant=worker)
        p.pair("Account", f"XXXXXX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = by_bank(j, rng.choice(["IMPS", "NEFT"]))
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, way)
                p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
            if rng.random() < 0.6 or status != "success":
                own = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Batch ref", own, txn=(BANK_RANK, own))
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Success", "Status: Credited"],
                "failed": ["Failed - account blocked"],
                "pending": ["Status: In process"],
            },
        )
        date_row(p, j, ["Processed on", "Value date"], hour=True)
        return p.done()
    yard, addr, state = YARDS[j.unit]
    p = paper_page(rng, font, [600, 660, 700])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS, TRADE_CAPS]),
        f"{yard} yard",
        addr,
        state,
        ["OPERATOR BATA & WAGES VOUCHER", "SITE PAYMENT VOUCHER", "WAGE VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = doc_no(rng, "OPV", j)
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Paid on"])
    wrap_pair(p, rng.choice(["Paid to", "Name of operator", "Payee"]), worker, merchant=worker)
    p.pair("Designation", role)
    machine = rng.choice(MACHINES)[0]
    wrap_pair(p, "Machine", f"{machine} ({rng.choice(REG)})")
    p.pair("Site", rng.choice(SITES))
    days, rate = rng.randrange(8, 27), float(rng.choice([650, 750, 850, 950, 1100]))
    gross = days * rate
    p.pair(f"Days on site {days} x {rate:.0f}", rs(gross))
    if rng.random() < 0.5:
        night = float(rng.randrange(4, 12) * 150)
        p.pair("Night shift allowance", rs(night))
        gross += night
    if rng.random() < 0.5:
        hrs = rng.randrange(6, 40)
        p.pair(f"Overtime {hrs} hrs x 120", rs(float(hrs * 120)))
        gross += hrs * 120
    p.pair("Gross", rs(gross))
    adv = float(rng.choice([0, 1000, 2000, 2500]))
    if adv:
        p.pair("Less: Site advance", rs(adv))
    pf = float(round(min(days * rate, 15000) * 0.12))
    p.pair("Less: PF 12%", rs(pf))
    j.amount = round(gross - adv - pf, 2)
    p.pair(rng.choice(["Net paid", "Net amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = "cash" if j.no_ref else by_bank(j, rng.choice(["UPI", "IMPS", "NEFT", "cash"]))
    way_rows(p, j, way)
    p.add("center", rng.choice(["PAID", "BATA PAID"]), status=status)
    p.part = "foot"
    right(p, rng.choice(["Received payment - signature", "Signature / thumb impression of receiver"]))
    return p.done()


# ---------------------------------------------------------------- 9. EPF, ESI, road tax and profession tax


STAT_FRAMES = ["epfo", "vahan", "esic", "gras", "epfo", "vahan", "esic", "gras"]
TRANSPORT = [
    ("Transport Department, Government of Maharashtra", "MH"),
    ("Transport Department, Government of Chhattisgarh", "CG"),
]


def statutory(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The month's dues to the state: two EPFO challan receipts (Employees' Provident Fund Organisation on top, ECR
    - payment confirmation, TRRN, Establishment code / name, Wage month, Administration charges and the A/c 1, 10,
    21 dues, Total amount / Total remitted, Net banking, CRN, Bank Ref No., Paid on / Payment date), two ESIC challans
    (Employees' State Insurance Corporation / ESIC on top, Employer code / name, Contribution period, Employees' and
    Employer's contribution, Total amount, Challan No., Transaction No. / Bank Ref No., Challan paid date), two VAHAN
    tax and fee receipts for the cranes (the state's Transport Department on top, VAHAN - e-payment receipt,
    Registration No., Chassis No. (last 5), Owner name the company, Vehicle class, Tax mode, Tax upto, Motor vehicle
    tax, Fitness fee, Penalty, Total amount / Amount paid, Payment gateway, Transaction No., Bank Ref No., Receipt
    No., Payment date / Receipt date; Payment successful / Transaction failed - amount will be refunded by the bank)
    and two GRAS e-challans for profession tax (Government of Maharashtra on top, GRAS - e-Challan (MTR Form Number
    6), Department Maharashtra Goods and Services Tax Department, Type of payment PTRC, PTRC No., Name the company,
    Period, Amount, Bank, GRN, Bank CIN / Bank Ref No., Date of payment; Payment status: Success)."""
    k = place("statutory")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    rs = cash(rng, font, 0.6, marks=("Rs.", "INR", "\u20b9", ""))
    frame = STAT_FRAMES[k]
    owner = rng.choice([COMPANY_CAPS, COMPANY_SHORT])
    if frame == "epfo":
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/challan/receipt")
        p.part = "head"
        payee = rng.choice(
            ["Employees' Provident Fund Organisation", "EMPLOYEES' PROVIDENT FUND ORGANISATION"]
        )
        top(p, payee, merchant=payee)
        p.add("small", "Ministry of Labour & Employment, Government of India")
        p.add("center", rng.choice(["ECR - payment confirmation", "Combined challan - payment receipt"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            trrn = f"{rng.randrange(1, 9)}{digits(rng, 12)}"
            p.pair("TRRN", trrn, txn=(INVOICE_RANK, trrn))
        p.pair(rng.choice(["Establishment code", "Establishment ID"]), f"PUPUN{digits(rng, 7)}000")
        wrap_pair(p, "Establishment name", owner)
        p.pair("Wage month", j.month(1))
        wages = rupees(rng, 280000, 1100000, 1.0)
        dues = [
            ("A/c 1 (EE + ER share)", round(wages * 0.1567)),
            ("A/c 2 (administration charges)", round(wages * 0.005)),
            ("A/c 10 (pension)", round(wages * 0.0833)),
            ("A/c 21 (EDLI)", round(wages * 0.005)),
        ]
        for lab, v in dues:
            p.pair(lab, rs(float(v)))
        j.amount = float(sum(v for _, v in dues))
        p.pair(rng.choice(["Total amount", "Total remitted"]), rs(j.amount), amount=j.amount)
        p.pair(
            "Payment mode",
            "Net banking - " + rng.choice(["Bank of Maharashtra", "SBI", "HDFC Bank"]),
            method="netbanking",
        )
        if not j.no_ref:
            crn = digits(rng, 13)
            p.pair("CRN", crn, txn=(TXN_RANK, crn))
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        outcome_row(p, status, {"success": ["Payment status: Success", "Payment confirmed"]})
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        return p.done()
    if frame == "esic":
        p = browser_page(rng, font, "www.esic.gov.in/EmployerPortal/ChallanDetails")
        p.part = "head"
        payee = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        top(p, payee, merchant=payee)
        p.add("small", "Ministry of Labour & Employment")
        p.add("center", rng.choice(["Challan details", "Online challan - status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Challan status: Paid", "Challan paid"],
                "pending": ["Challan status: Pending with bank"],
            },
        )
        p.pair("Employer code", digits(rng, 17))
        wrap_pair(p, "Employer name", owner)
        p.pair("Contribution period", j.month(1))
        wages = rupees(rng, 160000, 620000, 1.0)
        ee, er = round(wages * 0.0075), round(wages * 0.0325)
        p.pair("Employees' contribution", rs(float(ee)))
        p.pair("Employer's contribution", rs(float(er)))
        j.amount = float(ee + er)
        p.pair("Total amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", "Net banking", method="netbanking")
        if not j.no_ref:
            ch = f"{digits(rng, 4)}{j.date:%m%Y}{digits(rng, 6)}"
            p.pair("Challan No.", ch, txn=(INVOICE_RANK, ch))
            if status == "success":
                tn = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair(rng.choice(["Transaction No.", "Bank Ref No."]), tn, txn=(BANK_RANK, tn))
        date_row(p, j, ["Challan paid date", "Paid on"] if status == "success" else ["Challan created on"])
        return p.done()
    if frame == "vahan":
        dept, st = TRANSPORT[j.unit]
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/eapplication/receipt.xhtml")
        p.part = "head"
        named(p, dept)
        p.add("small", rng.choice(["VAHAN - e-payment receipt", "Online tax / fee receipt"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Transaction successful"],
                "failed": ["Transaction failed - amount will be refunded by the bank"],
            },
        )
        reg = rng.choice([r for r in REG if r.startswith(st)])
        p.pair("Registration No.", reg)
        p.pair("Chassis No. (last 5)", digits(rng, 5))
        wrap_pair(p, "Owner name", owner)
        p.pair("Vehicle class", rng.choice(["Crane mounted vehicle", "Construction equipment vehicle"]))
        p.pair("Tax mode", rng.choice(["Quarterly", "Annual"]))
        if not j.no_day:
            p.pair("Tax upto", j.other_day(rng, 80, 370))
        tax = float(rng.randrange(60, 480) * 100)
        fee = float(rng.choice([0, 400, 1000]))
        pen = float(rng.choice([0, 0, 500, 1200]))
        p.pair("Motor vehicle tax", rs(tax))
        if fee:
            p.pair("Fitness fee", rs(fee))
        if pen:
            p.pair("Penalty", rs(pen))
        j.amount = tax + fee + pen
        p.pair(rng.choice(["Total amount", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair(
            "Payment gateway",
            rng.choice(["SBI ePay - Net banking", "GRAS - Net banking"]),
            method="netbanking",
        )
        if not j.no_ref:
            tno = f"{st}{j.date:%y}{code(rng, 3, UPPER)}{digits(rng, 7)}"
            p.pair("Transaction No.", tno, txn=(TXN_RANK, tno))
            if status == "success":
                bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
                rno = f"{st}{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(
            p, j, ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"], hour=True
        )
        return p.done()
    p = browser_page(rng, font, "gras.mahakosh.gov.in/echallan/challan/print")
    p.part = "head"
    top(p, rng.choice(["Government of Maharashtra", "GOVERNMENT OF MAHARASHTRA"]))
    p.add("small", "GRAS - e-Challan (MTR Form Number 6)")
    p.add("rule")
    p.part = "body"
    dept = rng.choice(["Maharashtra Goods and Services Tax Department", "Sales Tax Department"])
    wrap_pair(p, "Department", dept, merchant=dept)
    p.pair("Type of payment", "PTRC - Profession tax (employer)")
    p.pair("PTRC No.", f"27{digits(rng, 9)}P")
    wrap_pair(p, "Name", owner)
    if not j.no_day:
        p.pair("Period", j.month(1))
    j.amount = float(rng.randrange(12, 90) * 200)
    p.pair("Amount", rs(j.amount), amount=j.amount)
    p.pair(
        "Bank",
        rng.choice(["Bank of Maharashtra", "State Bank of India"]) + " - Net banking",
        method="netbanking",
    )
    if not j.no_ref:
        grn = f"MH{digits(rng, 9)}{digits(rng, 6) if j.no_day else '20' + fy(j.date).replace('-', '')}E"
        p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
        if j.no_day:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        else:
            cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"
            p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
    outcome_row(p, status, {"success": ["Payment status: Success", "Challan status: Paid"]})
    date_row(p, j, ["Date of payment", "Payment date"])
    return p.done()


# ---------------------------------------------------------------- 10. the yards' power, water and trackers' SIMs


YARD_FRAMES = ["bbps", "board", "water", "telecom", "bbps", "board", "water", "telecom"]
BOARDS = [
    ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL", "wss.mahadiscom.in/wss/QuickPay"),
    ("Chhattisgarh State Power Distribution Co. Ltd", "CSPDCL", "cspdcl.co.in/QuickPay/receipt"),
]
WATER = [
    ("Maharashtra Industrial Development Corporation", "MIDC", "www.midcindia.org/water/payment"),
    ("Chhattisgarh State Industrial Development Corp", "CSIDC", "csidc.in/water-bill/receipt"),
]
TELECOM = [
    ("Airtel Business", "www.airtel.in/business/receipt"),
    ("Vi Business", "www.myvi.in/business/receipt"),
]


def yard_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The yards' bills: two Bharat Connect pages in a business banking app (Cosmos Business, Kotak FYN, ICICI
    InstaBIZ: Bill payments - Electricity, the sum large, Biller / Electricity board MSEDCL or CSPDCL short or long,
    Consumer No. / BU - Consumer No., Consumer name the company, Bill date and Due date where the page prints a day,
    Bill amount, Paid from Current A/c or UPI, B-Connect Txn ID / Bharat Connect Ref. No., Transaction ID, Paid on /
    Date & time), two of the boards' own pages (the board on top, Quick pay - receipt, Consumer No., Tariff, Bill
    month, Mode, Receipt No., Bank Ref No. / UPI Ref No., Amount paid / Amount, Date of payment / Transaction date),
    two industrial corporations' water bill pages (MIDC, CSIDC: the corporation on top, Water charges - online
    payment, Consumer No., Plot No., Allottee the company, Water charges, Service charges, Amount paid, Payment mode,
    Transaction ID, Receipt No., Payment date) and two telecom providers' receipts for the machines' GPS tracker SIMs
    (Airtel Business, Vi Business: the provider on top, Account No., Connections, Amount paid, Paid via net banking,
    UPI, Paytm Wallet or MobiKwik Wallet, Transaction ID, Paid on); Bill payment successful / Payment successful /
    Payment pending - status will be updated in 24 hours / Payment failed - amount if debited will be refunded."""
    k = place("yard_bills")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=4500, high=380000, p_round=0.4)
    frame = YARD_FRAMES[k]
    rs = cash(rng, font, 0.4)
    owner = rng.choice([COMPANY_CAPS, COMPANY_SHORT, "VAJRA CRANES AND EARTHMO"])
    if frame == "bbps":
        long, short, _ = BOARDS[j.unit]
        p = phone_page(rng, font, k, ["Bill payments", "Bharat Connect"])
        p.part = "head"
        p.add("title", rng.choice(["Cosmos Business", "Kotak FYN", "ICICI InstaBIZ"]))
        p.add("small", "Bill payments - Electricity")
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Bill payment successful", "Payment successful"],
                "pending": ["Bill payment in process"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        board = fitting(p, "left", lambda: rng.choice([long, short]))
        wrap_pair(p, rng.choice(["Biller", "Electricity board"]), board, merchant=board)
        p.pair(rng.choice(["Consumer No.", "BU - Consumer No."]), digits(rng, 12))
        wrap_pair(p, "Consumer name", owner)
        if not j.no_day:
            p.pair("Bill date", j.other_day(rng, -25, -5))
            p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Bill amount", rs(j.amount))
        way = rng.choice(["netbanking", "UPI"])
        p.pair(
            "Paid from",
            f"Current A/c XXXX{digits(rng, 4)}" if way == "netbanking" else f"UPI - {SLUG}@cosmos",
            method=way,
        )
        if not j.no_ref:
            bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
            p.pair(rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bref, txn=(BANK_RANK, bref))
            tid = digits(rng, 14)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Paid on", "Date & time"], hour=True)
        p.part = "foot"
        p.add("small", "Bharat Connect | B-assured payment")
        return p.done()
    if frame == "board":
        long, short, site = BOARDS[j.unit]
        board = rng.choice([long, short])
        p = browser_page(rng, font, f"{site}?ref={digits(rng, 9)}")
        p.part = "head"
        named(p, board)
        p.add("small", rng.choice(["Quick pay - receipt", "Online payment acknowledgement"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Transaction successful"],
                "pending": ["Payment pending - status will be updated in 24 hours"],
            },
        )
        p.pair("Consumer No.", digits(rng, 12))
        p.pair("Tariff", rng.choice(["LT-V B Industrial", "HT-I Industrial", "LV-5 Industry"]))
        p.pair("Bill month", j.month(1))
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            if status == "success":
                rct = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
                p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
            bref = j.ref if way == "UPI" else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair(
                "UPI Ref No." if way == "UPI" else "Bank Ref No.",
                bref,
                txn=((UTR_RANK if way == "UPI" else BANK_RANK), bref),
            )
        p.pair("Amount paid" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
        date_row(p, j, ["Date of payment", "Payment date"] if status == "success" else ["Transaction date"])
        return p.done()
    if frame == "water":
        long, short, site = WATER[j.unit]
        body = rng.choice([long, short])
        p = browser_page(rng, font, site)
        p.part = "head"
        named(p, body)
        p.add("small", "Water charges - online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful"],
                "failed": ["Payment failed - amount if debited will be refunded"],
            },
        )
        p.pair("Consumer No.", f"{rng.choice(['CKN', 'URL'])}/{digits(rng, 5)}")
        p.pair("Plot No.", f"{rng.choice(['B', 'C', 'D'])}-{rng.randrange(1, 120)}")
        wrap_pair(p, "Allottee", owner)
        service = round(j.amount * 0.05, 2)
        p.pair("Water charges", rs(round(j.amount - service, 2)))
        p.pair("Service charges", rs(service))
        p.pair("Amount paid" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
        way = rng.choice(["netbanking", "UPI"])
        p.pair("Payment mode", "Net banking" if way == "netbanking" else "UPI", method=way)
        if not j.no_ref:
            tid = f"{short}{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rct = f"W{digits(rng, 8)}"
                p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        date_row(
            p, j, ["Payment date", "Paid on"] if status == "success" else ["Transaction date"], hour=True
        )
        return p.done()
    provider, site = TELECOM[j.unit]
    j.amount = rupees(rng, 2400, 28000, 0.3)
    p = browser_page(rng, font, site)
    p.part = "head"
    top(p, provider, merchant=provider)
    p.add("small", rng.choice(["Payment receipt", "Postpaid - payment acknowledgement"]))
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
    p.pair("Account No.", digits(rng, 10))
    wrap_pair(p, "Account name", owner)
    p.pair("Connections", f"{rng.randrange(12, 48)} IoT SIMs (GPS trackers)")
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    way = rng.choice(["netbanking", "wallet", "wallet", "UPI"])
    shown = {
        "netbanking": "Net banking",
        "UPI": "UPI",
        "wallet": rng.choice(["Paytm Wallet", "MobiKwik Wallet"]),
    }
    p.pair("Paid via", shown[way], method=way)
    if not j.no_ref:
        tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Payment date"], hour=True)
    return p.done()


# ---------------------------------------------------------------- 11. equipment loans' EMIs and machinery insurance


LENDERS = [
    ("Tata Capital", "Tata Capital Ltd", "www.tatacapital.com/online/pay-emi", "TCFCE"),
    (
        "Cholamandalam Finance",
        "Cholamandalam Investment and Finance Co. Ltd",
        "www.cholamandalam.com/pay",
        "XCE",
    ),
    ("Sundaram Finance", "Sundaram Finance Ltd", "www.sundaramfinance.in/quickpay", "SFCE"),
    ("Shriram Finance", "Shriram Finance Ltd", "www.shriramfinance.in/pay-online", "SFLCE"),
]
INSURERS = [
    ("The New India Assurance Co. Ltd", "newindia.co.in", "NIA"),
    ("ICICI Lombard General Insurance", "icicilombard.com", "ICL"),
    ("Bajaj Allianz General Insurance", "bajajallianz.co.in", "BAG"),
    ("Go Digit General Insurance", "godigit.com", "GDG"),
]
COVER_FRAMES = [
    "lender_page",
    "insurer_mail",
    "lender_page",
    "lender_mail",
    "insurer_page",
    "lender_page",
    "insurer_mail",
    "insurer_page",
]


def finance_insurance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The machines' loans and cover: three lenders' online EMI payment receipts (Tata Capital, Cholamandalam
    Finance, Sundaram Finance, Shriram Finance in a browser: the lender on top, EMI payment receipt / Online payment
    - acknowledgement, Customer name the company, Loan account No., Asset, EMI due date where the page prints a day,
    EMI amount, Overdue charges on some, Total amount paid / Amount paid, Payment mode, Bank Ref No. / UPI Ref No.,
    Transaction ID / Payment ID, Receipt No., Payment date / Paid on), a lender's e-mail (EMI payment failed -
    amount if debited will be refunded) and four insurers' premium receipts for the Contractor's Plant & Machinery
    policy (The New India Assurance, ICICI Lombard, Bajaj Allianz, Go Digit; e-mail and portal: the insurer on top,
    Premium receipt, Insured the company, Policy No. / Proposal No., Cover, Period of insurance where the page prints
    a day, Sum insured, Net premium, GST @ 18%, Total premium paid / Premium paid / Amount paid, Payment mode,
    Transaction ID, Receipt No., Receipt date / Payment date; Payment successful / Payment under process - policy will
    be issued on realisation)."""
    k = place("finance_insurance")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    frame = COVER_FRAMES[k]
    rs = cash(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    insured = rng.choice([COMPANY, COMPANY_CAPS, COMPANY_SHORT])
    machine = rng.choice(MACHINES)[0]
    if frame.startswith("lender"):
        brand, legal, site, prefix = rng.choice(LENDERS)
        if frame == "lender_mail":
            p = mail_page(
                rng,
                font,
                f"{brand} <noreply@{site.split('/')[0].removeprefix('www.')}>",
                ["EMI payment status", "Your EMI payment", "Payment acknowledgement"],
            )
        else:
            p = browser_page(rng, font, site)
        p.part = "head"
        top(p, brand, merchant=brand)
        p.add("small", legal)
        p.add("center", rng.choice(["EMI payment receipt", "Online payment - acknowledgement"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "EMI paid"],
                "failed": ["EMI payment failed - amount if debited will be refunded"],
            },
        )
        wrap_pair(p, "Customer name", insured)
        p.pair("Loan account No.", f"{prefix}{digits(rng, 10)}")
        wrap_pair(p, "Asset", machine)
        if not j.no_day:
            p.pair("EMI due date", j.other_day(rng, -12, -1))
        emi = float(rng.randrange(180, 1400) * 100 + rng.choice([0, 17, 45, 80]))
        p.pair("EMI amount", rs(emi))
        j.amount = emi
        if rng.random() < 0.4:
            od = round(emi * 0.02, 2)
            p.pair("Overdue charges", rs(od))
            j.amount = round(emi + od, 2)
        p.pair(
            rng.choice(["Total amount paid", "Amount paid"]) if j.amount != emi else "Amount paid",
            rs(j.amount),
            amount=j.amount,
        )
        way = rng.choice(["netbanking", "UPI", "card"])
        p.pair(
            "Payment mode",
            {"netbanking": "Net banking", "UPI": "UPI", "card": "Debit card"}[way],
            method=way,
        )
        if not j.no_ref:
            if status == "success" and way != "card":
                bref = j.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair(
                    "UPI Ref No." if way == "UPI" else "Bank Ref No.",
                    bref,
                    txn=((UTR_RANK if way == "UPI" else BANK_RANK), bref),
                )
            tid = f"{rng.choice(['TXN', 'PG', ''])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ID", "Payment ID"]), tid, txn=(TXN_RANK, tid))
            if status == "success":
                rct = f"R{prefix}{digits(rng, 8)}"
                p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
        date_row(p, j, ["Payment date", "Paid on"] if status == "success" else ["Attempted on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will reflect in your loan account within 2 working days.")
        return p.done()
    insurer, domain, short = rng.choice(INSURERS)
    if frame == "insurer_mail":
        p = mail_page(
            rng,
            font,
            f"{insurer.split(' General')[0]} <policy@{domain}>",
            ["Premium receipt", "Your payment for policy renewal", "Payment acknowledgement"],
        )
    else:
        p = browser_page(rng, font, f"www.{domain}/customer/payment/receipt")
    p.part = "head"
    named(p, insurer)
    p.add("small", "Premium receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Premium received"],
            "pending": ["Payment under process - policy will be issued on realisation"],
        },
    )
    wrap_pair(p, "Insured", insured)
    p.pair(rng.choice(["Policy No.", "Proposal No."]), f"{short}/{digits(rng, 4)}/{digits(rng, 8)}")
    wrap_pair(
        p, "Cover", rng.choice(["Contractor's Plant & Machinery", "CPM - mobile cranes and excavators"])
    )
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 10))
        p.pair(
            "Period of insurance", f"{when(start, '%d/%m/%Y')} - {when(start.replace(year=2027), '%d/%m/%Y')}"
        )
    si = float(rng.randrange(40, 900) * 100000)
    p.pair("Sum insured", rs(si))
    net = round(si * rng.uniform(0.0025, 0.0045), 0)
    gst = round(net * 0.18, 2)
    p.pair("Net premium", rs(net))
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(net + gst, 2)
    p.pair(rng.choice(["Total premium paid", "Premium paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["netbanking", "UPI", "card"]) if status == "success" else "netbanking"
    p.pair(
        "Payment mode",
        {"netbanking": "Net banking", "UPI": "UPI", "card": "Credit card"}[way],
        method=way,
    )
    if not j.no_ref:
        tid = f"{short}{digits(rng, 12)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            rct = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
    date_row(p, j, ["Receipt date", "Payment date"] if status == "success" else ["Initiated on"])
    p.part = "foot"
    p.add("small", "Premium is subject to realisation. This receipt is valid only with the policy schedule.")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's alerts


ALERT_PAYEES = [
    "MAHALAXMI HYDRAULICS",
    "SHREE BALAJI HEAVY HA",
    "SANTOSH GAIKWAD",
    "MSEDCL",
    "TATA CAPITAL LTD",
    "DECCAN WIRE ROPES &",
    "OM SAI ROADLINES",
    "RAIPUR TYRE HOUSE",
]
ALERT_FRAMES = ["sms", "mail", "sms", "sms", "sms", "mail", "sms", "mail"]
SENDERS = {
    "Bank of Maharashtra": ("BZ-MAHABK", "Bank of Maharashtra <alerts@mahabank.co.in>"),
    "Cosmos Bank": ("VM-COSMOS", "Cosmos Bank Alerts <alerts@cosmosbank.in>"),
    "HDFC Bank": ("AX-HDFCBK", "HDFC Bank InstaAlerts <alerts@hdfcbank.net>"),
    "Kotak Bank": ("JM-KOTAKB", "Kotak Mahindra Bank <alerts@kotak.com>"),
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the accounts manager's phone and mailbox: five SMS (a messages app: the sender BZ-MAHABK
    / VM-COSMOS / AX-HDFCBK / JM-KOTAKB, the day divider, the alert) and three e-mails (Bank of Maharashtra, Cosmos
    Bank Alerts, HDFC Bank InstaAlerts, Kotak: Dear Customer, your A/c debited for the sum towards a payee as the
    bank names it (parts supplier, transporter, operator, board, lender), the day, via NEFT / IMPS / UPI, UTR / IMPS
    Ref No / UPI Ref No, Avl Bal / Available balance; a UPI that "has failed" and an IMPS that "is pending").
    *settled*: the payee as the bank sends it (a truncated name counts as printed), never the bank, the sender id or
    the company's account."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1500, high=480000)
    bank = rng.choice(list(SENDERS))
    sms, sender = SENDERS[bank]
    frame = ALERT_FRAMES[k]
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = "UPI" if j.amount < 100000 and k % 2 == 0 else rng.choice(["NEFT", "IMPS"])
    if status == "failed":
        way = "UPI"
        j.amount = min(j.amount, 99000.0)
        amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    if status == "pending":
        way = "IMPS"
    way = by_bank(j, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acc = f"A/c XX{digits(rng, 4)}"
    day = j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%Y"])
    labels = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}
    if frame == "mail":
        p = mail_page(
            rng, font, sender, ["Debit alert", "Transaction alert for your account", "Account update"]
        )
        p.part = "body"
        p.add("left", "Dear Customer,")
        if status == "pending":
            p.add("left", f"Your IMPS transfer of {amt} from {acc}", amount=j.amount)
        else:
            p.add("left", f"Your {acc} has been debited for {amt}", amount=j.amount)
        p.add("left", f"towards {to}", merchant=to)
        if not j.no_day:
            p.add("left", f"on {day} via {way}.", date=j.date, method=method)
        else:
            p.add("left", f"via {way}.", method=method)
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.add("left", f"{labels[way]}: {ref}.", txn=(UTR_RANK, ref))
        word = {
            "success": f"Available balance: Rs.{rupees(rng, 90000, 3600000):,.2f}",
            "pending": "The transfer is pending with the beneficiary bank. Please do not retry.",
            "failed": "The transaction has failed. Any amount debited will be reversed.",
        }[status]
        p.add("left", word, status=status)
        p.part = "foot"
        p.add("small", f"Regards, {bank}")
        return p.done()
    p = phone_page(rng, font, k, [sms])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%A, {d} %b %Y"])), date=j.date)
    if status == "success":
        p.add("left", f"{acc} debited {amt}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    else:
        p.add("left", f"Your {way} payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    p.add("left", f"on {day} via {way}" if not j.no_day else f"via {way}", method=method)
    if not j.no_ref:
        ref = bank_ref(rng, j, way)
        p.add("left", f"{labels[way]} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 90000, 3600000):,.2f}. Not you? Call 1800 233 4526",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

"""The twelve heldout208 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Shillong private school's day in 2026 (Laban Hill School, run by Laban Hill
Educational Society, on Lumparing Road, Laban, with its boarding house, Laban Hill Hostel, at Kench's Trace, its
canteen and its book and uniform counter), told by the proofs of payment it receives and makes: parents' UPI screens
and fee payment links, State Bank Collect's e-receipts and the school ERP's online fee receipts, its own fee and
hostel fee receipts, parents abroad's inward wires in UAE dirhams, pounds, US, Singapore, Australian and Canadian
dollars and euros, card terminal slips at the canteen, the counters and the school's suppliers, the mess and canteen
suppliers' tax invoices and bills of supply, the teachers' and staff's salary vouchers and payouts, the bus
contractors' hire bills and the net-banking transfers to them and the transport trade, CISCE's examination and
affiliation fee pages and the Olympiad, ASISC and Scouts and Guides receipts, EPFO's, ESIC's, Shillong Municipal
Board's, FSSAI's, the profession tax, fire service and school education pages, MePDCL's electricity, the broadband,
phone and DTH bills and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts
it prints and the truth is read back from the rows the page keeps. Headings, footers, students, classes, admission,
roll, room, employee, school, UDISE, PTRC, holding, consumer, subscriber, route, vehicle and application numbers,
fee heads, terms, months and sessions, concessions, fines, convenience and transaction charges, earnings and
deductions, GST lines, TDS, exchange rates, rupee equivalents, charges, purpose codes, UETR, GSTIN, IFSC, MID, TID,
batch and STAN numbers, the maker and the checker and the payer's own details carry no fact. ``Job``, ``date_row``,
``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy``
heldout202's; ``dollars`` and ``fee_refs`` heldout207's; ``compose`` is heldout158's.
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
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout202_families import fy
from bench.receipt_sets.heldout203_families import neft_way, way_method
from bench.receipt_sets.heldout207_families import dollars, fee_refs

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

SCHOOL = "Laban Hill School"
SCHOOL_CAPS = "LABAN HILL SCHOOL"
SOCIETY = "Laban Hill Educational Society"
SOCIETY_CAPS = "LABAN HILL EDUCATIONAL SOCIETY"
HOSTEL = "Laban Hill Hostel"
HOSTEL_CAPS = "LABAN HILL HOSTEL"
SCHOOL_ADDRESS = "Lumparing Road, Laban, Shillong - 793004, Meghalaya"
HOSTEL_ADDRESS = "Kench's Trace, Laban, Shillong - 793004, Meghalaya"
SCHOOL_CODE = "ME031"
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "State Bank of India",
    "Axis Bank",
    "HDFC Bank",
    "ICICI Bank",
    "UCO Bank",
    "Punjab National Bank",
    "Canara Bank",
    "Bank of Baroda",
    "Union Bank of India",
    "Kotak Mahindra Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "UCO Bank": "UCBA",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Bank of Baroda": "BARB",
    "Union Bank of India": "UBIN",
    "Kotak Mahindra Bank": "KKBK",
}
DOMAINS = {
    "State Bank of India": "sbi",
    "Axis Bank": "axisbank",
    "HDFC Bank": "hdfcbank",
    "ICICI Bank": "icicibank",
    "UCO Bank": "ucobank",
}
# student, class, parent (or guardian)
STUDENTS = [
    ("Iasaphi Kharkongor", "Class VII - B", "Banri Kharkongor"),
    ("Daniel R. Marak", "Class X - A", "Tengsil Marak"),
    ("Wanshan Lyngdoh", "Class XII (Science)", "Dr. Bashisha Lyngdoh"),
    ("Riya Chettri", "Class V - C", "Binod Chettri"),
    ("Ibapyntngen Syiem", "Class IX - A", "Phidalia Syiem"),
    ("Aditya Das", "Class XI (Commerce)", "Prosenjit Das"),
    ("Kynsaibor Nongrum", "Class VIII - B", "Dondor Nongrum"),
    ("Sengrime Momin", "Class IV - A", "Chimchi Momin"),
]
TERMS = ["Term IV (Jan - Mar)"] * 3 + ["Term I (Apr - Jun)"] * 3 + ["Term II (Jul - Sep)"] * 3
TERMS += ["Term III (Oct - Dec)"] * 3


def term(j: Job) -> str:
    """The fee term of the payment's quarter (no fact)."""
    return f"{TERMS[j.date.month - 1]} {j.date.year}"


def adm_no(rng: random.Random) -> str:
    return f"{rng.choice(['LHS', 'ADM', 'A'])}/{rng.randrange(1000, 6999)}"


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
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


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def numbered(j: Job, head: str, serial: int) -> str:
    """A document's number: with the financial year in it, but on the page that prints no day."""
    return f"{head}/{serial:04d}" if j.no_day else f"{head}/{fy(j.date)}/{serial:04d}"


def school_head(
    p: Screen, name: str, kinds: list[str], *, merchant: bool = True, hostel: bool = False
) -> None:
    """The school (or its hostel, or the society) on top of its own paper: the society's line, the address, the
    affiliation and the telephone (never an id), the document's kind."""
    rng = p.rng
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    if name in (SOCIETY, SOCIETY_CAPS):
        p.add("small", f"Managing body of {SCHOOL}, Shillong")
    else:
        p.add("small", rng.choice([f"(Run by {SOCIETY})", f"A unit of {SOCIETY}"]))
    p.add("small", HOSTEL_ADDRESS if hostel else SCHOOL_ADDRESS)
    if name in (HOSTEL, HOSTEL_CAPS):
        p.add("small", f"Boarding house of {SCHOOL}  |  Ph. 0364-25{digits(rng, 5)}")
    else:
        p.add("small", f"Affiliated to CISCE, New Delhi ({SCHOOL_CODE})  |  Ph. 0364-25{digits(rng, 5)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


# ---------------------------------------------------------------- 1. parents' UPI and fee payment links


PARENT_APPS = ["Google Pay", "PhonePe", "Razorpay", "Paytm", "MobiKwik", "CRED", "PayU", "BHIM"]
FEE_NOTES = [
    "Tuition fee - Cl VII B",
    "Hostel boarding fee",
    "Bus fee - Route 4",
    "Admission fee Cl XI",
    "ISC exam fee",
    "Term fees - Daniel",
    "Mess dues",
    "Annual charges",
]
UPI_LABELS = {
    "Google Pay": ["UPI transaction ID"],
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "MobiKwik": ["UPI Ref. No.", "UPI Ref No"],
    "CRED": ["UPI reference ID", "UTR"],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
}
LINK_FOR = [
    "Tuition fee",
    "Hostel and mess charges",
    "Transport fee",
    "Admission and annual charges",
    "Term fees",
]


def parent_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Parents paying the school's fees, the hostel's boarding and mess charges and the bus fee: six UPI screens
    (Google Pay, PhonePe, Paytm, MobiKwik, CRED, BHIM: the school or the society under Paid to / To / Sent to /
    Paying to / Payment to, its UPI ID, the sum large, Note / Message / Purpose, UPI transaction ID / UTR / UPI Ref.
    No. / UPI Reference No. / UPI reference ID / UPI Ref No, the app's own Google transaction ID / Transaction ID /
    MobiKwik Txn ID / CRED transaction ID on some, Debited from / From / Paid from, Date & time / Paid on /
    Completed on / Initiated on; Payment successful / Paid successfully / Transfer successful / Payment failed - debit
    limit for the day exceeded / Payment in progress - awaiting confirmation from your bank) and two fee payment
    links (Razorpay, PayU: the school or the society on top, Student name / Name of student, Class, Admission No. /
    Adm. No., Paid by / Payer name / Parent / guardian, Payment for / Fee head, Fee amount and Convenience fee (incl.
    GST) / Gateway charges (incl. GST) on a card or net banking, the sum large, Payment method / Paid using / Paid
    via, Razorpay's Payment ID pay_... and Order ID order_..., PayU's PayU ID and Txn ID, UPI RRN / Bank Ref No. on
    UPI, Auth code on a card, Bank reference No. / Bank Ref No. on net banking, Paid on / Payment date / Transaction
    date; Payment successful / Paid / Thank you! Your payment is complete)."""
    k = place("parent_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=1500, high=98000, p_round=0.85)
    app = PARENT_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Razorpay", "PayU"):
        return fee_link(rng, font, j, app, rs)
    to = rng.choice([SCHOOL, SCHOOL_CAPS, SOCIETY])
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Transfer successful"],
            "failed": ["Payment failed - debit limit for the day exceeded"],
            "pending": ["Payment in progress - awaiting confirmation from your bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to", "Payment to"]
        ),
    )
    p.add("center", to, merchant=to)
    handle = rng.choice(["labanhillschool", "lhsfees", "labanhill.society"])
    p.add("small", f"{handle}@{rng.choice(['sbi', 'axisbank', 'okhdfcbank', 'icici'])}", method="UPI")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Purpose"]), rng.choice(FEE_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
        elif rng.random() < 0.7 and app in ("PhonePe", "Paytm", "MobiKwik", "CRED"):
            label, own = {
                "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
                "Paytm": ("Transaction ID", digits(rng, 20)),
                "MobiKwik": ("MobiKwik Txn ID", f"MBK{digits(rng, 14)}"),
                "CRED": ("CRED transaction ID", f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From", "Paid from"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Having trouble? Get help"]))
    return p.done()


def fee_link(rng: random.Random, font: str, j: Job, app: str, rs) -> tuple[list, dict, dict]:
    """The school's fee payment link (Razorpay's payment page, PayU's), paid: the convenience fee on a card or net
    banking is part of what the parent paid."""
    student, klass, parent = rng.choice(STUDENTS)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    fee = j.amount
    conv = 0.0 if way == "UPI" else round(fee * rng.choice([0.0118, 0.0177]), 2)
    j.amount = round(fee + conv, 2)
    url = (
        rng.choice(["rzp.io/l/labanhill-fees", f"pages.razorpay.com/pl_{code(rng, 14, ALNUM + LOWER)}/view"])
        if app == "Razorpay"
        else f"u.payu.in/{code(rng, 8, ALNUM + LOWER)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    to = rng.choice([SCHOOL, SCHOOL_CAPS, SOCIETY])
    top(p, to, merchant=to)
    p.add(
        "small", rng.choice(["Fee payments - Laban, Shillong", "School fees, hostel and transport charges"])
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p, "success", {"success": ["Payment successful", "Paid", "Thank you! Your payment is complete"]}
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Student name", "Name of student"]), student)
    p.pair("Class", klass)
    p.pair(rng.choice(["Admission No.", "Adm. No."]), adm_no(rng))
    wrap_pair(p, rng.choice(["Paid by", "Payer name", "Parent / guardian"]), parent)
    wrap_pair(p, rng.choice(["Payment for", "Fee head"]), rng.choice(LINK_FOR))
    if conv:
        p.pair("Fee amount", rs(fee))
        p.pair(rng.choice(["Convenience fee (incl. GST)", "Gateway charges (incl. GST)"]), rs(conv))
    shown = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
    }[way]
    p.pair(rng.choice(["Payment method", "Paid using", "Paid via"]), shown, method=way)
    if not j.no_ref:
        if app == "Razorpay":
            pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            if rng.random() < 0.6:
                oid = f"order_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = digits(rng, 11)
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            oid = f"LHS{j.date:%y%m}{digits(rng, 6)}"
            p.pair("Txn ID", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UPI RRN" if app == "Razorpay" else "Bank Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{IFSC[rng.choice(BANKS[:5])]}{digits(rng, 10)}"
            p.pair("Bank reference No." if app == "Razorpay" else "Bank Ref No.", bref, txn=(BANK_RANK, bref))
    date_row(p, j, ["Paid on", "Payment date", "Transaction date"], hour=True)
    p.part = "foot"
    p.add("small", "Payments secured by Razorpay" if app == "Razorpay" else "Powered by PayU")
    return p.done()


# ---------------------------------------------------------------- 2. State Bank Collect and the school ERP's receipts


FEE_FRAMES = ["sbi", "erp", "sbi", "sbi", "erp", "sbi", "erp", "sbi"]
ERPS = {
    1: ("CampusCare", "labanhill.campuscare.in/parent/fees/receipt"),
    4: ("MyClassboard", "labanhillschool.myclassboard.com/fee/onlinereceipt"),
    6: ("Fedena", "labanhill.fedena.com/finance/transactions"),
}
CATEGORIES = ["SCHOOL FEES", "HOSTEL FEES", "TRANSPORT FEES", "ADMISSION FEES"]


def fee_collect(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Parents paying fees online: State Bank Collect's e-receipts (five: in the browser or printed; State Bank
    Collect on top, Institution / Institution name / Payee institution the school or the society, Category, Student
    name / Name of student, Class / Class / section, Admission number, Fee for the period / Fee term, Mobile number,
    Amount, Transaction charge / Transaction charges, Total Amount, Payment mode / Mode of payment, SBCollect
    Reference Number / SB Collect Ref. No., Bank Reference No. / Bank Ref No. or UPI Ref No., Transaction date / Date
    of transaction / Paid on; Transaction successful / Payment successful / Payment pending - status will be updated
    after confirmation from bank) and the school ERP's online fee receipts (three: CampusCare, MyClassboard, Fedena;
    the school on top, Student, Admission No., Class & section, Fee term, the heads (Tuition fee n months x rate,
    Computer and lab fee, Bus fee, Late fee, Less: Sibling concession), Fee total, Convenience charges (incl. GST) on a
    card, Total paid / Amount paid / Total amount / Amount, Payment mode, Receipt No., Transaction ID, Bank Ref. No. /
    UPI Ref No., Payment date / Paid on / Receipt date / Transaction date / Attempted on; Fee payment successful /
    Payment received / Payment failed - transaction declined by bank; Powered by the ERP)."""
    k = place("fee_collect")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=3000, high=85000, p_round=0.9)
    student, klass, _ = STUDENTS[(k + 3) % 8]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", "Rs"))
    way = rng.choice(["Net banking", "UPI", "Debit card", "Credit card"])
    meth = "card" if way == "Credit card" else way_method(way)
    if FEE_FRAMES[k] == "sbi":
        if k in (2, 7):
            p = paper_page(rng, font, [700, 740])
        else:
            p = browser_page(rng, font, "www.onlinesbi.sbi/sbicollect/payment/showreceipt.htm")
        p.part = "head"
        top(p, "State Bank Collect")
        p.add(
            "small",
            rng.choice(["e-Receipt for State Bank Collect payment", "SBCollect - payment confirmation"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transaction successful", "Payment successful"],
                "pending": ["Payment pending - status will be updated after confirmation from bank"],
            },
        )
        inst = rng.choice([SCHOOL_CAPS, SOCIETY_CAPS, SCHOOL])
        wrap_pair(
            p, rng.choice(["Institution", "Institution name", "Payee institution"]), inst, merchant=inst
        )
        p.pair("Category", rng.choice(CATEGORIES))
        wrap_pair(p, rng.choice(["Student name", "Name of student"]), student.upper())
        p.pair(rng.choice(["Class", "Class / section"]), klass)
        p.pair("Admission number", adm_no(rng))
        if not j.no_day:
            p.pair(rng.choice(["Fee for the period", "Fee term"]), term(j))
        p.pair("Mobile number", f"XXXXXX{digits(rng, 4)}")
        fee = j.amount
        charge = {"Net banking": 11.8, "UPI": 0.0, "Debit card": 0.0, "Credit card": round(fee * 0.0118, 2)}[
            way
        ]
        j.amount = round(fee + charge, 2)
        p.pair("Amount", rs(fee))
        p.pair(rng.choice(["Transaction charge", "Transaction charges"]), rs(charge))
        p.pair(rng.choice(["Total Amount", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Payment mode", "Mode of payment"]), way, method=meth)
        if not j.no_ref:
            sbc = f"DU{code(rng, 2, UPPER)}{digits(rng, 6)}"
            p.pair(
                rng.choice(["SBCollect Reference Number", "SB Collect Ref. No."]), sbc, txn=(TXN_RANK, sbc)
            )
            if status == "success":
                if way == "UPI":
                    p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
                else:
                    bref = f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
                    p.pair(rng.choice(["Bank Reference No.", "Bank Ref No."]), bref, txn=(BANK_RANK, bref))
        date_row(
            p,
            j,
            ["Transaction date", "Date of transaction", "Paid on"]
            if status == "success"
            else ["Transaction date", "Date of transaction"],
            hour=True,
        )
        p.part = "foot"
        p.add(
            "small", "Please keep this e-receipt; the institution updates its fee records in 2 working days."
        )
        return p.done()
    product, host = ERPS[k]
    p = browser_page(rng, font, f"{host}/{digits(rng, 7)}")
    p.part = "head"
    to = rng.choice([SCHOOL, SCHOOL_CAPS])
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(["Parent portal  |  Online fee payment", "Fees  |  Payment receipt"])
        if status == "success"
        else rng.choice(["Parent portal  |  Online fee payment", "Fees  |  Transaction status"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Fee payment successful", "Payment received"],
            "failed": ["Payment failed - transaction declined by bank"],
        },
    )
    wrap_pair(p, "Student", student)
    p.pair(rng.choice(["Admission No.", "Adm. No."]), adm_no(rng))
    p.pair("Class & section", klass)
    if not j.no_day:
        p.pair("Fee term", term(j))
    tuition = rng.randrange(2400, 5200, 100)
    heads = [
        (f"Tuition fee (3 months x {tuition:,})", 3 * tuition),
        ("Computer and lab fee", rng.choice([900, 1200])),
    ]
    if rng.random() < 0.5:
        heads.append(("Bus fee (3 months)", 3 * rng.randrange(1200, 2200, 100)))
    if rng.random() < 0.3:
        heads.append(("Late fee", rng.choice([100, 200, 250])))
    total = float(sum(value for _, value in heads))
    for head, value in heads:
        p.pair(head, rs(float(value)))
    if rng.random() < 0.3:
        less = round(heads[0][1] * 0.10, 2)
        p.pair("Less: Sibling concession (10%)", rs(less))
        total -= less
        p.pair("Fee total", rs(total))
    conv = round(total * 0.0118, 2) if "card" in way else 0.0
    if conv:
        p.pair("Convenience charges (incl. GST)", rs(conv))
    j.amount = round(total + conv, 2)
    lab = ["Total paid", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    p.pair("Payment mode", way, method=meth)
    if not j.no_ref:
        if status == "success":
            rno = numbered(j, "LHS/FR", rng.randrange(1, 9999))
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = f"{product[:2].upper()}{digits(rng, 12)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
    date_row(
        p,
        j,
        ["Payment date", "Paid on", "Receipt date"]
        if status == "success"
        else ["Transaction date", "Attempted on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", f"Powered by {product}")
    return p.done()


# ---------------------------------------------------------------- 3. the school's and the hostel's own fee receipts


RECEIPT_WAYS = ["cash", "NEFT", "UPI", "cash", "cheque", "card", "cheque", "UPI"]


def fee_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The school's own FEE RECEIPT / MONEY RECEIPT / FEE RECEIPT (PARENT'S COPY) and the hostel's HOSTEL FEE
    RECEIPT / BOARDING FEE RECEIPT (paper: the school or the hostel on top, the society's line, address, affiliation
    and telephone; Receipt No. / Rcpt. No. / Fee receipt No., Date / Dated / Receipt date, Received from / Name of
    parent / guardian / Parent, Student / Name of student, Adm. No. / Admission No., Room / dormitory, Fee for /
    Period, the heads (Tuition fee n months x rate, Computer and lab fee, Bus fee, Development fee (annual), Late
    fine, Boarding charges, Mess charges, Laundry and maintenance, Caution money (refundable)), Less: Sibling
    concession @ 10% on tuition, Total / Total fees / Fees payable, Received in cash / Cash received / Amount
    received / Received by UPI / Amount received (UPI) / Received by NEFT / Amount received (NEFT) / Received by card
    / Card payment received / Cheque amount / Amount of cheque, Balance due / Balance outstanding, Mode, UPI Ref. No.
    / UTR / Approval code / Auth code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / FEES RECEIVED /
    CHEQUE ACCEPTED - RECEIPT VALID ON REALISATION / CHEQUE DISHONOURED - FEE DUE WITH FINE, the rubber stamp) and two
    of the accounts office's fee acknowledgement e-mails."""
    k = place("fee_receipts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    student, klass, parent = STUDENTS[k]
    hostel = k in (3, 6, 7)
    rs = money(rng, font, 0.8, marks=("Rs.", "\u20b9", "Rs", ""))
    way = RECEIPT_WAYS[k]
    me = rng.choice([HOSTEL, HOSTEL_CAPS]) if hostel else rng.choice([SCHOOL, SCHOOL_CAPS])
    if hostel:
        board = rng.randrange(6500, 9800, 100)
        mess = rng.randrange(3800, 5200, 100)
        heads = [
            (f"Boarding charges (3 months x {board:,})", 3 * board),
            (f"Mess charges (3 months x {mess:,})", 3 * mess),
        ]
        if rng.random() < 0.5:
            heads.append(("Laundry and maintenance", rng.choice([1500, 1800, 2400])))
        if rng.random() < 0.3:
            heads.append(("Caution money (refundable)", rng.choice([5000, 10000])))
    else:
        tuition = rng.randrange(2400, 5200, 100)
        heads = [
            (f"Tuition fee (3 months x {tuition:,})", 3 * tuition),
            ("Computer and lab fee", rng.choice([900, 1200, 1500])),
        ]
        if rng.random() < 0.5:
            heads.append(
                (f"Bus fee - Route {rng.randrange(1, 7)} (3 months)", 3 * rng.randrange(1200, 2200, 100))
            )
        if rng.random() < 0.3:
            heads.append(("Development fee (annual)", rng.choice([4000, 5000, 6500])))
        if rng.random() < 0.25:
            heads.append(("Late fine", rng.choice([100, 200, 300])))
    concession = round(heads[0][1] * 0.10) if not hostel and rng.random() < 0.3 else 0
    bill = float(sum(value for _, value in heads) - concession)
    part = way in ("cash", "UPI", "card", "NEFT") and rng.random() < 0.35
    j.amount = float(round(bill * rng.uniform(0.4, 0.8), -2)) if part else bill
    if k in (1, 5):
        p = mail_page(
            rng,
            font,
            f"{SCHOOL} Accounts <accounts@labanhillschool.edu.in>",
            ["Fee received - acknowledgement", "Your fee payment", "Payment acknowledgement - fees"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Accounts office  |  Laban, Shillong")
        p.add("center", "Fee payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        kinds = (
            ["HOSTEL FEE RECEIPT", "BOARDING FEE RECEIPT"]
            if hostel
            else ["FEE RECEIPT", "MONEY RECEIPT", "FEE RECEIPT (PARENT'S COPY)"]
        )
        school_head(p, me, kinds, hostel=hostel)
    if not j.no_ref:
        rno = numbered(j, rng.choice(["H" if hostel else "S", "FR", "LHS"]), rng.randrange(1, 4999))
        p.pair(rng.choice(["Receipt No.", "Rcpt. No.", "Fee receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Name of parent / guardian", "Parent"]), parent)
    wrap_pair(p, rng.choice(["Student", "Name of student"]), f"{student}, {klass}")
    p.pair(rng.choice(["Adm. No.", "Admission No."]), adm_no(rng))
    if hostel:
        p.pair(
            "Room / dormitory",
            f"{rng.choice(['Block A', 'Block B', 'Junior dorm'])} - {rng.randrange(1, 40)}",
        )
    if not j.no_day:
        p.pair(rng.choice(["Fee for", "Period"]), term(j))
    for head, value in heads:
        p.pair(head, rs(float(value)))
    if concession:
        p.pair("Less: Sibling concession @ 10% on tuition", rs(float(concession)))
    p.pair(rng.choice(["Total", "Total fees", "Fees payable"]), rs(bill))
    lab = rng.choice(
        {
            "cash": ["Received in cash", "Cash received", "Amount received"],
            "UPI": ["Received by UPI", "Amount received (UPI)"],
            "NEFT": ["Received by NEFT", "Amount received (NEFT)"],
            "card": ["Received by card", "Card payment received"],
            "cheque": ["Cheque amount", "Amount of cheque"],
        }[way]
    )
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair(rng.choice(["Balance due", "Balance outstanding"]), rs(round(bill - j.amount, 2)))
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -5, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAID", "FEES RECEIVED"]),
        "pending": "CHEQUE ACCEPTED - RECEIPT VALID ON REALISATION",
        "failed": "CHEQUE DISHONOURED - FEE DUE WITH FINE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Fees once paid are not refundable. Cheques are subject to realisation.")
    if k not in (1, 5):
        right(p, "Accounts Officer / Cashier")
        p.add("gap")
        p.add("gap")
        seal(
            p,
            HOSTEL if hostel else SCHOOL,
            "ACCOUNTS OFFICE",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 4. parents abroad: inward wires for fees


PARENTS_ABROAD = [
    ("Banteilang Lyngdoh", "Dubai, United Arab Emirates", "AED", "Emirates NBD Bank PJSC", 6),
    ("Evanisha Rymbai", "Leeds, United Kingdom", "GBP", "HSBC UK Bank plc", 2),
    ("Dr. Pynshai Nongbri", "Houston, TX, USA", "USD", "JPMorgan Chase Bank NA", 0),
    ("Rakesh Thapa", "Singapore", "SGD", "Oversea-Chinese Banking Corporation Ltd", 3),
    ("Lanosha Warjri", "Perth, WA, Australia", "AUD", "Commonwealth Bank of Australia", 4),
    ("Andrew Sangma", "Abu Dhabi, United Arab Emirates", "AED", "First Abu Dhabi Bank PJSC", 1),
    ("Ioanis Kharbuli", "Munich, Germany", "EUR", "Deutsche Bank AG", 5),
    ("Ritika Sen", "Calgary, AB, Canada", "CAD", "The Toronto-Dominion Bank", 7),
]
WIRE_FRAMES = [
    ("State Bank of India", "paper"),
    ("Axis Bank", "browser"),
    ("HDFC Bank", "mail"),
    ("ICICI Bank", "browser"),
    ("State Bank of India", "mail"),
    ("UCO Bank", "paper"),
    ("Axis Bank", "mail"),
    ("HDFC Bank", "browser"),
]
BRANCHES = {
    "State Bank of India": "Shillong Main Branch, Kacheri Road",
    "Axis Bank": "Police Bazar Branch, Shillong",
    "HDFC Bank": "Laitumkhrah Branch, Shillong",
    "ICICI Bank": "Police Bazar Branch, Shillong",
    "UCO Bank": "Laban Branch, Shillong",
}
RATES = {
    "USD": (85.6, 88.9),
    "GBP": (108.6, 113.9),
    "EUR": (93.4, 97.8),
    "AED": (23.3, 24.2),
    "SGD": (64.2, 67.9),
    "AUD": (55.2, 58.6),
    "CAD": (61.5, 64.8),
}


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout207's, the code (or A$) for UAE dirhams and Australian dollars."""
    if cur not in ("AED", "AUD"):
        return dollars(rng, font, cur)
    mark = rng.choice(["AED ", "AED "] if cur == "AED" else ["AUD ", "A$", "AUD "])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def nri_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Parents working abroad paying their children's tuition and hostel fees by SWIFT: the banks' inward remittance
    advices to the society's account (browser, e-mail, printed INWARD REMITTANCE ADVICE / Foreign inward remittance
    - credit advice / Advice of inward SWIFT credit: the bank on top with its branch, Beneficiary name / Beneficiary
    customer / Credit to (beneficiary) the society or the school, Beneficiary A/c, Remitter / Ordering customer /
    Remitter (ordering customer), Remitter's bank / Remitting bank / Sender's bank, Remittance details / Narration
    (the student and class), Inward remittance amount / Amount in FCY / Foreign currency amount in AED, GBP, USD, SGD,
    AUD, EUR or CAD, Charges, Exchange rate, Rupee equivalent / INR equivalent, Bank charges incl. GST, Amount
    credited (INR), Purpose code, Mode, Inward ref. No. / Our ref. / Inward SWIFT ref., UETR, Value date / Credited on
    / Date of credit / Received on / Held since / Returned on / Date of return; Credited to beneficiary account /
    Status: Funds credited / Held - purpose of remittance declaration awaited from beneficiary / Returned to remitter's
    bank - beneficiary account number invalid)."""
    k = place("nri_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    payer, city, cur, pbank, who = PARENTS_ABROAD[k]
    student, klass, _ = STUDENTS[who]
    lo, hi = RATES[cur]
    rate = round(rng.uniform(lo, hi), 4 if rng.random() < 0.5 else 2)
    fcy = rng.uniform(45000, 420000) / rate
    j.amount = round(fcy, 2) if rng.random() < 0.6 else float(round(fcy, -1))
    show = foreign(rng, font, cur)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([SOCIETY, SOCIETY_CAPS, SCHOOL_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.shillong@{slug(bank)}.co.in>",
            [
                "Inward remittance - credit advice",
                "Foreign inward remittance received",
                "SWIFT inward credit",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"cib.{slug(bank)}.co.in/trade/inward/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", BRANCHES[bank])
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE",
                "Foreign inward remittance - credit advice",
                "Advice of inward SWIFT credit",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to beneficiary account", "Status: Funds credited"],
            "pending": ["Held - purpose of remittance declaration awaited from beneficiary"],
            "failed": ["Returned to remitter's bank - beneficiary account number invalid"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Beneficiary customer", "Credit to (beneficiary)"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(
        p, rng.choice(["Remitter", "Ordering customer", "Remitter (ordering customer)"]), f"{payer}, {city}"
    )
    wrap_pair(p, rng.choice(["Remitter's bank", "Remitting bank", "Sender's bank"]), pbank)
    wrap_pair(
        p,
        rng.choice(["Remittance details", "Narration"]),
        f"{rng.choice(['Fees', 'Tuition and hostel fees', 'School fees'])} - {student}, {klass}",
    )
    p.pair(
        rng.choice(["Inward remittance amount", "Amount in FCY", "Foreign currency amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["Rupee equivalent", "INR equivalent"]), f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500])) * 1.18, 2)
    p.pair("Bank charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P1107 - educational services", "P1301 - family maintenance"]))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["Inward ref. No.", "Our ref.", "Inward SWIFT ref."]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-8{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credited on", "Date of credit"],
            "pending": ["Received on", "Held since"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y"],
    )
    p.part = "foot"
    p.add("small", "A foreign inward remittance certificate is issued on request from the branch.")
    return p.done()


# ---------------------------------------------------------------- 5. card slips: the canteen, the counters, suppliers


COUNTERS = [
    ("LABAN HILL SCHOOL CANTEEN", "LABAN, SHILLONG", "canteen"),
    ("LABAN HILL SCHOOL", "BOOK & UNIFORM COUNTER, LABAN", "store"),
    ("POLICE BAZAR FUEL CENTRE", "POLICE BAZAR, SHILLONG", "fuel"),
    ("HOTEL PINE RIDGE", "LAITUMKHRAH, SHILLONG", "hotel"),
    ("LABAN HILL SCHOOL CANTEEN", "LABAN SHILLONG MEGHALAYA", "canteen"),
    ("KHYNDAILAD STATIONERS", "KHYNDAILAD, SHILLONG", "stationery"),
    ("LABAN HILL SCHOOL", "FEE COUNTER, LABAN, SHILLONG", "store"),
    ("UPPER SHILLONG SPORTS HOUSE", "LAITUMKHRAH, SHILLONG", "sports"),
]
TERMINALS = [
    "SBI",
    "AXIS BANK",
    "BHARAT PETROLEUM",
    "HDFC BANK",
    "PINE LABS",
    "ICICI BANK",
    "SBI",
    "PAYTM EDC",
]
SLIP_SUMS = {
    "canteen": (180, 2600),
    "store": (900, 18500),
    "fuel": (1500, 9000),
    "hotel": (2600, 14500),
    "stationery": (900, 24000),
    "sports": (1200, 35000),
}


def canteen_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Parents' and visitors' cards at the canteen, the book and uniform counter and the fee counter, and the school's
    card at a filling station, a hotel for the visiting examiners, a stationer and a sports shop: terminal slips
    (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: and
    TIME: / DATE & TIME: / TXN DATE: and TXN TIME:, MID:, TID:, BATCH NO:, STAN:, INVOICE NO: / BILL NO: / INV:, SALE /
    SALE - CHIP / CONTACTLESS SALE, CARD:, CARD TYPE:, a canteen's ITEMS:, a fuel sale's PRODUCT:, RATE:, VOLUME(L):
    and NOZZLE NO:, a hotel's ROOM NO:, APPR CODE: / AUTH CODE: / AUTH NO:, RRN: / RRN NO: / REF NO:, AMOUNT: /
    NET AMOUNT: / SALE AMOUNT:; APPROVED / TXN SUCCESSFUL / DECLINED - 51 INSUFFICIENT FUNDS / RESPONSE NOT RECEIVED
    - CHECK WITH BANK BEFORE RETRY)."""
    k = place("canteen_slips")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4)
    name, town, kind = COUNTERS[k]
    j.amount = rupees(rng, *SLIP_SUMS[kind], 0.6)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)
        else:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY DEBIT"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(93.5, 97.5), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "MS"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
    elif kind == "canteen":
        p.pair("ITEMS:", str(rng.randrange(2, 14)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["AMOUNT:", "NET AMOUNT:", "SALE AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "RESPONSE NOT RECEIVED - CHECK WITH BANK BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 6. the mess's and the canteen's suppliers


SUPPLIERS = [
    (
        "Iewduh Wholesale Provisions",
        "Rice, pulses, edible oils and provisions - wholesale",
        "Iewduh (Bara Bazar), Shillong - 793002, Meghalaya",
        "IWP",
        "tax",
    ),
    (
        "Mawlai Greens & Poultry",
        "Fresh vegetables, eggs and dressed chicken",
        "Mawlai Mawiong, Shillong - 793008, Meghalaya",
        "MGP",
        "supply",
    ),
    (
        "Ri Bhoi Dairy Farmers' Co-operative Society Ltd",
        "Paneer, curd, ghee and butter",
        "Umsning, Ri Bhoi District - 793105, Meghalaya",
        "RBD",
        "tax",
    ),
    (
        "Shillong Gas Service",
        "Indane distributor - domestic and commercial LPG",
        "Jail Road, Shillong - 793001, Meghalaya",
        "SGS",
        "tax",
    ),
]
# item, HSN, unit, rate (low, high), quantity (low, high), GST %
SUPPLY_ITEMS = {
    "IWP": [
        ("Rice - Sona masuri, 25 kg bag", "1006", "bag", 1350, 1750, 6, 40, 5),
        ("Masoor dal, 30 kg bag", "0713", "bag", 2400, 3000, 2, 10, 5),
        ("Mustard oil, 15 L tin", "1514", "tin", 2050, 2450, 2, 12, 5),
    ],
    "MGP": [
        ("Potato", "0701", "kg", 22, 34, 40, 180, 0),
        ("Cabbage and cauliflower", "0704", "kg", 18, 36, 30, 120, 0),
        ("Eggs (tray of 30)", "0407", "tray", 170, 215, 10, 60, 0),
        ("Chicken, dressed", "0207", "kg", 210, 260, 20, 90, 0),
    ],
    "RBD": [
        ("Paneer", "0406", "kg", 340, 420, 10, 45, 5),
        ("Curd, 400 g cup", "0403", "cup", 28, 36, 60, 300, 5),
        ("Ghee, 1 L", "0405", "L", 560, 640, 4, 24, 5),
    ],
    "SGS": [
        ("LPG - commercial 19 kg cylinder", "2711", "cyl", 1780, 2050, 4, 18, 18),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 1, 0, 3, 2]
SUPPLY_WAYS = ["NEFT", "UPI", "NEFT", "cheque", "UPI", "cheque", "NEFT", "RTGS"]


def mess_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The hostel mess's and the canteen's suppliers billing the school (paper: the supplier on top, its line,
    address and GSTIN; TAX INVOICE / TAX INVOICE (ORIGINAL FOR RECIPIENT) or BILL OF SUPPLY for vegetables, eggs and
    chicken (exempt); Invoice No. / Inv. No. / Tax Invoice No. or Bill No., Invoice date / Dated / Date / Bill date,
    Bill to / Buyer (bill to) / Consignee / buyer the school's mess, hostel or canteen, Place of supply, the rice,
    pulses, oil, vegetables, eggs, chicken, paneer, curd, ghee or LPG cylinders with HSN, n unit x rate, Taxable value
    / Total, CGST and SGST @ 2.5% or 9%, Round off, Invoice total / Bill total, Less: Advance received and Balance
    received by NEFT / RTGS on some, else Received by NEFT / Amount received via RTGS / Received through UPI with UTR
    / UTR No. / UPI Ref. No., or Cheque received / Cheque amount with Cheque No.; PAID / PAYMENT RECEIVED / PAID BY
    NEFT / CHEQUE IN CLEARING - RECEIPT PROVISIONAL / CHEQUE BOUNCED - AMOUNT STILL DUE, in the supplier's rubber
    stamp too)."""
    k = place("mess_invoices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    maker, line, addr, tag, kind = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    kinds = ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)"] if kind == "tax" else ["BILL OF SUPPLY"]
    letterhead(p, name, line, addr, "17", kinds)
    if not j.no_ref:
        inv = numbered(j, tag, rng.randrange(100, 9999))
        labs = (
            ["Tax Invoice No.", "Invoice No.", "Inv. No."]
            if kind == "tax"
            else ["Bill No.", "Bill of supply No."]
        )
        p.pair(rng.choice(labs), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"] if kind == "tax" else ["Bill date", "Date"], PATS_IN)
    wrap_pair(
        p,
        rng.choice(["Bill to", "Buyer (bill to)", "Consignee / buyer"]),
        rng.choice([f"{SCHOOL} - Hostel Mess", f"The Warden, {HOSTEL}", f"M/s {SCHOOL} (Canteen)"]),
    )
    p.pair("Place of supply", "Meghalaya (17)")
    taxable = 0.0
    gst_rate = 0
    for item, hsn, unit, lo, hi, qlo, qhi, g in rng.sample(SUPPLY_ITEMS[tag], min(2, len(SUPPLY_ITEMS[tag]))):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2) if rng.random() < 0.5 else float(rng.randrange(lo, hi))
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    if gst_rate:
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, gst_rate, False)
        p.pair("Invoice total", rs(total))
    else:
        total = float(round(taxable))
        if abs(total - taxable) >= 0.01:
            p.pair("Round off", f"{total - taxable:+.2f}")
        p.pair("Bill total", rs(total))
        p.add("small", "Exempt supply - no GST charged")
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "cheque" and status == "success":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.4 and total > 8000:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -3))
        p.pair("Less: Advance received", rs(adv))
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
            lab = "Received through UPI"
        else:
            lab = rng.choice([f"Received by {way}", f"Amount received via {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED", f"PAID BY {way}"]),
        "pending": "CHEQUE IN CLEARING - RECEIPT PROVISIONAL",
        "failed": "CHEQUE BOUNCED - AMOUNT STILL DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Goods once sold will not be taken back. Subject to Shillong jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. the teachers' and staff's salaries


# name, designation, basic (low, high), hostel duty allowance
STAFF = [
    ("Daphisha Kharsyntiew", "PGT - Chemistry", 32000, 46000, 0),
    ("Ronald Marbaniang", "Hostel warden", 18000, 24000, 2500),
    ("Ibadahun Dkhar", "TGT - English", 26000, 36000, 0),
    ("Bhupen Chettri", "Bus attendant", 9000, 12000, 0),
    ("Wanda Nongkynrih", "Cook (hostel mess)", 10000, 13500, 1500),
    ("Teibor Wahlang", "Laboratory assistant", 14000, 18000, 0),
    ("Careen Sangma", "Music teacher (part-time)", 8000, 15000, 0),
    ("Phrangki Rymbai", "Night watchman (hostel)", 9500, 12500, 1000),
]
PAY_FRAMES = ["paper", "razorpayx", "paper", "bulk", "paper", "bulk", "gpay", "paper"]
PAY_WAYS = {0: "NEFT", 2: "NEFT", 4: "Cash", 7: "Cash"}
# Meghalaya's profession tax: annual salary up to, tax a year
PTAX = [(50000, 0), (75000, 200), (100000, 300), (150000, 500), (200000, 750), (250000, 1000), (300000, 1250)]


def ptax(gross: float) -> float:
    """The month's profession tax on ``gross`` (the year's slab, a twelfth)."""
    annual = gross * 12
    for upto, tax in PTAX:
        if annual <= upto:
            return float(round(tax / 12))
    return float(round(1500 / 12))


def staff_salaries(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The school paying its teachers and staff: its printed SALARY PAYMENT VOUCHER / PAY SLIP CUM PAYMENT VOUCHER /
    STAFF SALARY VOUCHER - NON-TEACHING (the school or the society on top, Voucher No. / Pay slip No. / Vr. No.,
    Date of payment / Paid on / Voucher date, Name of employee / Employee / Paid to (staff), Designation, Emp. code,
    Salary for the month of, Days paid, Earnings (Basic pay, Dearness allowance, House rent allowance, Hostel duty
    allowance), Gross salary, Deductions (EPF @ 12%, ESI @ 0.75%, Profession tax, Salary advance recovered), Net
    salary paid / Net pay / Take-home paid, Mode NEFT / Cash, UTR; PAID / SALARY RECEIVED / PAID - RECEIVED IN FULL),
    OnlineSBI Corporate's bulk salary upload records (Beneficiary name, Beneficiary A/c, IFSC, Debit account, Amount,
    Payment type, File reference and Record No., Bank reference No., Uploaded on / Processed on; Uploaded - pending at
    bank for credit / Credited to beneficiary), RazorpayX's payout page (RazorpayX on top, Payouts - the society under
    it, the sum large, Contact name / Beneficiary name, Fund account, Mode IMPS, Purpose, Payout ID pout_..., Reversed
    on / Failed on; Payout reversed - beneficiary account closed) and a Google Pay screen to the part-time music
    teacher."""
    k = place("staff_salaries")
    status = outcome(k, failed=(1,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=8000, high=60000, p_round=1.0)
    who, role, lo, hi, duty = STAFF[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = PAY_FRAMES[k]
    basic = float(rng.randrange(lo, hi, 100))
    if frame == "razorpayx":
        j.amount = float(round(basic * rng.uniform(1.05, 1.2)))
        pout = f"pout_{code(rng, 14, ALNUM + LOWER)}"
        p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pout}"))
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts - {rng.choice([SOCIETY, SCHOOL])}")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"failed": ["Payout reversed - beneficiary account closed"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Contact name", "Beneficiary name"]), who, merchant=who)
        p.pair("Fund account", f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)}")
        p.pair("Mode", "IMPS", method="netbanking")
        p.pair("Purpose", rng.choice(["salary", "Salary - hostel staff"]))
        if not j.no_ref:
            wrap_pair(p, "Payout ID", pout, txn=(TXN_RANK, pout))
        date_row(p, j, ["Reversed on", "Failed on"], hour=True)
        p.part = "foot"
        p.add("small", "Reversed payouts are credited back to your RazorpayX account balance.")
        return p.done()
    if frame == "bulk":
        j.amount = float(round(basic * rng.uniform(1.05, 1.25)))
        p = browser_page(rng, font, f"corp.onlinesbi.sbi/corp/bulkupload/record/{digits(rng, 8)}")
        p.part = "head"
        top(p, "OnlineSBI Corporate")
        p.add("small", "State Bank of India  |  Bulk upload - salary")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Credited to beneficiary"], "pending": ["Uploaded - pending at bank for credit"]},
        )
        name = who.upper() if rng.random() < 0.5 else who
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        ben = rng.choice(["State Bank of India", "Axis Bank", "UCO Bank", "Canara Bank"])
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
        wrap_pair(p, "Debit account", f"{SOCIETY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair(
            "Payment type",
            "NEFT" if ben != "State Bank of India" else "Intra-bank transfer",
            method="netbanking",
        )
        p.pair("File reference", f"SALARY_NT_{rng.randrange(1, 9):02d}.txt")
        p.pair("Record No.", f"{rng.randrange(1, 40)} of {rng.randrange(40, 90)}")
        if not j.no_ref:
            tr = f"CINB{digits(rng, 11)}"
            p.pair("Bank reference No.", tr, txn=(BANK_RANK, tr))
        date_row(p, j, ["Uploaded on"] if status == "pending" else ["Processed on", "Uploaded on"], hour=True)
        p.part = "foot"
        p.add("small", "Records returned by the beneficiary bank are credited back to the debit account.")
        return p.done()
    if frame == "gpay":
        j.amount = float(rng.randrange(lo, hi, 500))
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okaxis', 'oksbi', 'okicici'])}",
            method="UPI",
        )
        p.pair(
            "Message", rng.choice(["Music classes - salary", "Part-time salary", "Choir practice classes"])
        )
        if not j.no_ref:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
        p.pair(rng.choice(["From", "Debited from"]), f"State Bank of India XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    teaching = role.startswith(("PGT", "TGT"))
    school_head(
        p,
        rng.choice([SCHOOL, SCHOOL_CAPS, SOCIETY]),
        ["SALARY PAYMENT VOUCHER", "PAY SLIP CUM PAYMENT VOUCHER"]
        + ([] if teaching else ["STAFF SALARY VOUCHER - NON-TEACHING"]),
        merchant=False,
        hostel=duty > 0,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['SV', 'PS', 'SAL'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Pay slip No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date of payment", "Paid on", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of employee", "Employee", "Paid to (staff)"]), who, merchant=who)
    p.pair("Designation", role)
    p.pair("Emp. code", f"LHS/{'T' if teaching else 'N'}/{rng.randrange(1, 120):03d}")
    if not j.no_day:
        p.pair("Salary for the month of", j.month())
    p.pair("Days paid", str(rng.choice([26, 30, 31, 24, 28])))
    p.add("left", "Earnings")
    da = float(round(basic * rng.choice([0.12, 0.17, 0.2])))
    hra = float(round(basic * 0.1))
    lines = [("Basic pay", basic), ("Dearness allowance", da), ("House rent allowance", hra)]
    if duty:
        lines.append(("Hostel duty allowance", float(duty)))
    gross = sum(value for _, value in lines)
    for head, value in lines:
        p.pair(f"  {head}", rs(value))
    p.pair("Gross salary", rs(gross))
    p.add("left", "Deductions")
    cuts = [("EPF @ 12%", float(min(round(basic * 0.12), 1800)))]
    if gross <= 21000:
        cuts.append(("ESI @ 0.75%", float(round(gross * 0.0075))))
    tax = ptax(gross)
    if tax:
        cuts.append(("Profession tax", tax))
    adv = float(rng.choice([0, 0, 1000, 2000]))
    if adv:
        cuts.append(("Salary advance recovered", adv))
    for head, value in cuts:
        p.pair(f"  {head}", rs(value))
    j.amount = round(gross - sum(value for _, value in cuts), 2)
    p.pair(rng.choice(["Net salary paid", "Net pay", "Take-home paid"]), rs(j.amount), amount=j.amount)
    way = PAY_WAYS[k]
    p.pair("Mode", way, method="cash" if way == "Cash" else "netbanking")
    if not j.no_ref and way != "Cash":
        ref = bank_ref(rng, j, "State Bank of India", way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    words = ["PAID", "SALARY RECEIVED"] + (["PAID - RECEIVED IN FULL"] if way == "Cash" else [])
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature of employee / Principal")
    return p.done()


# ---------------------------------------------------------------- 8. the bus contractors and the transport trade


TRANSPORT = [
    ("Ka Kyrdan Transport Services", "bill", "Bus hire - routes 1 to 6"),
    ("Ka Kyrdan Transport Services", "transfer", "Bus hire - routes 1 to 6"),
    ("Umiam Motors Pvt Ltd", "transfer", "School van servicing and fitness renewal"),
    ("Nongthymmai GPS & Tracking Solutions", "transfer", "GPS and CCTV for school buses - annual"),
    ("Sohra Road Coach Services", "bill", "Excursion coaches and route 7"),
    ("Sohra Road Coach Services", "transfer", "Excursion - Class IX to Sohra (2 coaches)"),
    ("Jaiaw Garage & Parking", "transfer", "Night parking - school vans"),
    ("Ka Kyrdan Transport Services", "transfer", "Escort staff and balance bus hire"),
]
CORP_PORTALS = [
    ("OnlineSBI Corporate", "State Bank of India", "corp.onlinesbi.sbi/corp/fundtransfer/status"),
    ("neo for Corporates", "Axis Bank", "neo.axisbank.com/corporate/payments/txn"),
    ("UCO eBanking Corporate", "UCO Bank", "ucoebanking.in/corp/payments/detail"),
]
ROUTES = [
    "Mawlai",
    "Nongthymmai",
    "Rynjah",
    "Mawpat",
    "Upper Shillong",
    "Jhalupara",
    "Madanriting",
    "Lawsohtun",
]


def bus_contractor(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The school's bus contractors and its transport trade: the contractors' MONTHLY BUS HIRE BILL / BILL OF SUPPLY
    - SCHOOL BUS HIRE with the payment received (paper: the contractor on top, its line, address and GSTIN, Bill No.,
    Bill date, To / Billed to the school, Bus hire for, the routes with their buses, days and rates, Total, Less: TDS
    u/s 194C @ 1%, Net received by NEFT / Amount received (net of TDS), UTR; PAID / RECEIVED WITH THANKS) and
    corporate net banking's transaction pages paying them, the van's workshop, the GPS and CCTV firm and the garage
    (OnlineSBI Corporate, neo for Corporates, UCO eBanking Corporate: the portal on top, Beneficiary name / Payee name
    / Credit to (payee), Beneficiary A/c and IFSC, Debit account the society, Amount (INR) / Transaction amount /
    Payment amount, Transfer mode, Remarks, UTR / UTR No., Transaction ref. No. / Reference No., Maker / Checker, Value
    date / Transaction date / Processed on / Initiated on / Created on / Rejected on / Failed on; Transaction
    successful / Status: Completed - credited to payee / Awaiting approval - authoriser / Rejected by beneficiary bank
    - invalid account)."""
    k = place("bus_contractor")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=6000, high=420000)
    who, frame, note = TRANSPORT[k]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    if frame == "bill":
        name = who.upper() if rng.random() < 0.4 else who
        p = paper_page(rng, font, [720, 760, 800])
        letterhead(
            p,
            name,
            "School buses and excursion coaches on contract",
            rng.choice(
                ["Mawlai Mawroh, Shillong - 793008, Meghalaya", "Mawiong, Shillong - 793016, Meghalaya"]
            ),
            "17",
            ["MONTHLY BUS HIRE BILL", "BILL OF SUPPLY - SCHOOL BUS HIRE"],
        )
        if not j.no_ref:
            bno = numbered(j, "KKT" if k == 0 else "SRC", rng.randrange(10, 999))
            p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        date_row(p, j, ["Bill date", "Date"], PATS_IN)
        wrap_pair(p, rng.choice(["To", "Billed to"]), f"The Principal, {SCHOOL}, Laban")
        if not j.no_day:
            p.pair("Bus hire for", j.month())
        total = 0.0
        for route in rng.sample(range(8), rng.randrange(2, 5)):
            days = rng.randrange(18, 25)
            rate = float(rng.randrange(2800, 4200, 50))
            value = days * rate
            total += value
            bus = f"ML-05-{rng.choice('ABCDEFG')}-{rng.randrange(1000, 9999)}"
            p.add("left", f"Route {route + 1} ({ROUTES[route]} - Laban)  {bus}")
            p.pair(f"  {days} days x {rate:,.2f}", rs(value))
        p.pair("Total", rs(total))
        p.add("small", "GST exempt - transport of students to and from the school")
        tds = round(total * 0.01, 2)
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
        j.amount = round(total - tds, 2)
        p.pair(
            rng.choice(["Net received by NEFT", "Amount received (net of TDS)"]),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Mode", "NEFT", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, "State Bank of India", "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        word = rng.choice(["PAID", "RECEIVED WITH THANKS"])
        p.add("center", word, status="success")
        p.part = "foot"
        p.add("small", f"In words: {words_in_rupees(j.amount)}")
        right(p, f"For {name}")
        p.add("gap")
        p.add("gap")
        seal(p, " ".join(who.split()[:3]), "SHILLONG", None if j.no_day else j.date, word)
        return p.done()
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Completed - credited to payee"],
            "pending": ["Awaiting approval - authoriser"],
            "failed": ["Rejected by beneficiary bank - invalid account"],
        },
    )
    payee = who.upper() if rng.random() < 0.4 else who
    wrap_pair(p, rng.choice(["Beneficiary name", "Payee name", "Credit to (payee)"]), payee, merchant=payee)
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{SOCIETY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Amount (INR)", "Transaction amount", "Payment amount"]), rs(j.amount), amount=j.amount
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair("Transfer mode", way, method="netbanking")
    wrap_pair(p, "Remarks", note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction ref. No.", "Reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Maker / Checker", f"LHSACC1 / {'-' if status == 'pending' else 'LHSPRIN'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Transaction date", "Processed on"],
            "pending": ["Initiated on", "Created on"],
            "failed": ["Rejected on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Rejected transactions are credited back to the debit account on the same working day.")
    return p.done()


# ---------------------------------------------------------------- 9. the examination board and other bodies


BOARD_FRAMES = ["cisce", "sof", "cisce", "asisc", "cisce", "scouts", "cisce", "sof"]
CISCE_NAMES = [
    "Council for the Indian School Certificate Examinations",
    "CISCE",
    "COUNCIL FOR THE INDIAN SCHOOL CERTIFICATE EXAMINATIONS",
]
# what the school pays the Council for: the page's line, its heads (label, per candidate or a sum, count range)
CISCE_FEES = {
    0: ("Examination fee - ICSE (Class X)", [("ICSE examination fee", 2200, (48, 96))]),
    2: ("Examination fee - ISC (Class XII)", [("ISC examination fee", 2600, (36, 80))]),
    4: (
        "Affiliation - annual fee",
        [("Annual affiliation fee", 40000, None), ("Inspection fee", 15000, None)],
    ),
    6: ("Late fee - ISC registration", [("Late registration fee", 500, (6, 24))]),
}
OLYMPIADS = [("NSO", 150), ("IMO", 150), ("IEO", 150), ("ICSO", 150)]


def board_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The school paying its examination board and the bodies its pupils take part in: CISCE's fee pages (four: the
    Council, CISCE or its capitals on top and its CAREERS line, School name, School code, Examination / Towards, the
    candidates n x fee, Late fee, Total amount paid / Amount paid / Total fee / Amount, Payment mode, Transaction ID,
    Bank Ref. No., Receipt No., Payment date / Paid on / Transaction date / Attempted on; Payment successful / Fee
    received / Payment under verification - fee status will update within 24 hours / Transaction failed - fee not
    received by the Council), the Science Olympiad Foundation's payment acknowledgement e-mails (two: Science
    Olympiad Foundation / SOF on top, School, SOF school code, the Olympiads n x fee, Total fees collected, Less:
    Retained by school (Rs 25 x n), Net amount received / Amount received, Mode, UTR / UPI Ref. No., Payment
    reference, Received on / Payment date), ASISC's membership receipt page (the Association or ASISC on top,
    Member school, Region, Annual subscription, Regional chapter subscription, Total amount, Transaction ID, Receipt
    No.) and the Bharat Scouts and Guides' printed receipt (THE BHARAT SCOUTS AND GUIDES on top and its Meghalaya
    State Association line, Receipt No., Date, Received from, the units' registration and the members' census fee,
    Total, Amount received, Mode; RECEIVED WITH THANKS)."""
    k = place("board_fees")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = BOARD_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    school = rng.choice([SCHOOL, SCHOOL_CAPS])
    if frame == "cisce":
        p = browser_page(rng, font, f"careers.cisce.org/school/payments/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(CISCE_NAMES)
        top(p, name, merchant=name)
        p.add("small", "CAREERS - school portal  |  Fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Fee received"],
                "pending": ["Payment under verification - fee status will update within 24 hours"],
                "failed": ["Transaction failed - fee not received by the Council"],
            },
        )
        wrap_pair(p, rng.choice(["School name", "School"]), school)
        p.pair("School code", SCHOOL_CODE)
        towards, heads = CISCE_FEES[k]
        wrap_pair(
            p,
            rng.choice(["Examination / purpose", "Towards"]),
            f"{towards} {j.date.year + (1 if k in (0, 2) else 0)}",
        )
        total = 0.0
        for head, fee, count in heads:
            if count:
                n = rng.randrange(*count)
                p.pair(f"{head} ({n} x {fee:,})", rs(float(n * fee)))
                total += n * fee
            else:
                p.pair(head, rs(float(fee)))
                total += fee
        if k in (0, 2) and rng.random() < 0.4:
            late = rng.randrange(2, 8) * 500
            p.pair("Late fee", rs(float(late)))
            total += late
        j.amount = float(total)
        lab = (
            ["Total amount paid", "Amount paid", "Total fee"]
            if status == "success"
            else ["Total fee", "Amount"]
        )
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"CISCE{digits(rng, 11)}")]
        if status == "success":
            refs.append(("Bank Ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"CR/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Paid on"] if status == "success" else ["Transaction date", "Attempted on"],
            hour=rng.random() < 0.5,
        )
        foot = "Fees once paid are not refunded or carried over to another session."
    elif frame == "sof":
        p = mail_page(
            rng,
            font,
            "Science Olympiad Foundation <schools@sofworld.org>",
            ["Payment received - Olympiad registrations", "Acknowledgement of school payment"],
        )
        p.part = "head"
        name = rng.choice(["Science Olympiad Foundation", "SOF"])
        top(p, name, merchant=name)
        p.add("small", "Olympiad registrations  |  School payment acknowledgement")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment received", "Payment acknowledged"]})
        wrap_pair(p, "School", f"{school}, Shillong")
        p.pair("SOF school code", f"ML{digits(rng, 4)}")
        total = 0
        pupils = 0
        for olympiad, fee in rng.sample(OLYMPIADS, rng.randrange(2, 4)):
            n = rng.randrange(30, 140)
            pupils += n
            total += n * fee
            p.pair(f"{olympiad} ({n} x {fee})", rs(float(n * fee)))
        p.pair("Total fees collected", rs(float(total)))
        kept = pupils * 25
        p.pair(f"Less: Retained by school (Rs 25 x {pupils})", rs(float(kept)))
        j.amount = float(total - kept)
        p.pair(rng.choice(["Net amount received", "Amount received"]), rs(j.amount), amount=j.amount)
        mode = rng.choice(["NEFT", "UPI"])
        p.pair("Mode", mode, method="UPI" if mode == "UPI" else "netbanking")
        if not j.no_ref:
            if mode == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, "State Bank of India", "NEFT")
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            pref = f"SOFPAY{digits(rng, 8)}"
            p.pair("Payment reference", pref, txn=(TXN_RANK, pref))
        date_row(p, j, ["Received on", "Payment date"], ["%d-%m-%Y", "%d %b %Y", "{d} %B %Y"])
        foot = "Question papers are dispatched once the school's payment is received."
    elif frame == "asisc":
        p = browser_page(rng, font, f"asisc.org/membership/receipt/{digits(rng, 6)}")
        p.part = "head"
        name = rng.choice(["Association of Schools for the Indian School Certificate", "ASISC"])
        top(p, name, merchant=name)
        p.add("small", "Membership subscription  |  Online receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Subscription received", "Payment successful"]})
        wrap_pair(p, "Member school", school)
        p.pair("Region", "North East")
        annual = float(rng.choice([5000, 6000, 7500]))
        chapter = float(rng.choice([1000, 1500, 2000]))
        p.pair("Annual subscription", rs(annual))
        p.pair("Regional chapter subscription", rs(chapter))
        j.amount = annual + chapter
        p.pair("Total amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"ASC{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"ASISC/{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], ["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y"])
        foot = "Members receive the Association's circulars at the registered school e-mail."
    else:
        p = paper_page(rng, font, [680, 720])
        p.part = "head"
        name = rng.choice(["THE BHARAT SCOUTS AND GUIDES", "The Bharat Scouts and Guides"])
        top(p, name, merchant=name)
        p.add("small", "Meghalaya State Association, Laitumkhrah, Shillong")
        p.add("center", rng.choice(["RECEIPT", "MONEY RECEIPT"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = str(rng.randrange(100, 9999))
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date", "Dated"], PATS_IN)
        wrap_pair(p, "Received from", f"The Principal, {school}")
        troops = rng.randrange(2, 6)
        members = rng.randrange(80, 240)
        unit = float(troops * 300)
        census = float(members * 15)
        p.pair(f"Unit registration ({troops} units x 300)", rs(unit))
        p.pair(f"Census fee ({members} members x 15)", rs(census))
        j.amount = unit + census
        p.pair("Total", rs(j.amount))
        p.pair("Amount received", rs(j.amount), amount=j.amount)
        mode = rng.choice(["Cash", "UPI"])
        p.pair("Mode", mode, method=mode.lower() if mode == "Cash" else "UPI")
        p.add("center", "RECEIVED WITH THANKS", status="success")
        p.part = "foot"
        p.add("small", f"In words: {words_in_rupees(j.amount)}")
        right(p, "State Secretary / Treasurer")
        return p.done()
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 10. EPFO, ESIC, the Municipal Board and the state


DUES_FRAMES = ["epfo", "esic", "smb", "fssai", "ptax", "fire", "dsel", "smb"]


def govt_dues(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a private school with a hostel and a canteen: EPFO's ECR payment page (Employees' Provident Fund
    Organisation / EPFO on top, Establishment name, Establishment ID, Wage month, A/c 1, 2, 10, 21 and 22, Total
    amount, TRRN, CRN, Bank reference No., Initiated on / Paid on; Challan payment in process - bank confirmation
    awaited), ESIC's challan page (Employees' State Insurance Corporation / ESIC on top, Employer name, Employer code,
    Contribution period, Employees covered, Employer's share @ 3.25%, Employees' share @ 0.75%, Total amount paid,
    Challan No., Bank Ref. No., Challan paid date / Payment date), Shillong Municipal Board's trade licence and holding
    tax pages (Shillong Municipal Board / SHILLONG MUNICIPAL BOARD on top, Ward, Name of licensee / Owner name, Licence
    No. / Holding No., the heads, Total amount / Amount paid / Amount, Transaction ID, Bank Ref No., Receipt No.;
    Transaction failed - payment not received by the Board), FSSAI's licence fee page (the Food Safety and Standards
    Authority of India / FSSAI on top and its FoSCoS line, Name of FBO, Kind of business, Application reference No.,
    Licence fee, Total amount paid, Transaction ID, Bank Ref. No.), the profession tax page (Taxation Department,
    Government of Meghalaya on top, Name of employer, PTRC No., Return month, Employees, Tax deducted, Amount paid,
    Transaction ID, Challan No.), the fire service's NOC fee page (Meghalaya Fire and Emergency Services on top, Name
    of premises, Occupancy, Built-up area, Inspection fee, NOC renewal fee, Total fee paid) and the school education
    directorate's recognition renewal page (Directorate of School Education and Literacy, Meghalaya on top, Name of
    school, UDISE code, Renewal of recognition fee, Amount paid, Transaction ID, Receipt No.)."""
    k = place("govt_dues")
    status = outcome(k, failed=(7,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = DUES_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([SOCIETY, SOCIETY_CAPS, SCHOOL])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    if frame == "epfo":
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/payment/confirm")
        p.part = "head"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment  |  ECR payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful"],
                "pending": ["Challan payment in process - bank confirmation awaited"],
            },
        )
        wrap_pair(p, "Establishment name", firm)
        p.pair("Establishment ID", f"SHSHG{digits(rng, 7)}000")
        if not j.no_day:
            p.pair("Wage month", j.month())
        wages = float(rng.randrange(380000, 1100000, 10))
        heads = [
            ("A/c 1 (EE + ER)", round(wages * 0.1567)),
            ("A/c 2 (admin)", max(500, round(wages * 0.005))),
            ("A/c 10 (EPS)", round(wages * 0.0833)),
            ("A/c 21 (EDLI)", round(wages * 0.005)),
            ("A/c 22", 0),
        ]
        for head, value in heads:
            p.pair(head, rs(float(value)))
        j.amount = float(sum(value for _, value in heads))
        p.pair("Total amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking", method="netbanking")
        refs = [
            ("TRRN", INVOICE_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
            ("CRN", TXN_RANK, digits(rng, 14)),
        ]
        if status == "success":
            refs.append(("Bank reference No.", BANK_RANK, f"SBIN{digits(rng, 10)}"))
        fee_refs(p, j, refs)
        date_row(p, j, ["Paid on"] if status == "success" else ["Initiated on"], hour=True)
        foot = "Do not pay the same TRRN again while the bank's confirmation is awaited."
    elif frame == "esic":
        p = browser_page(rng, font, f"www.esic.gov.in/EmployerPayment/ChallanReceipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India  |  Online challan")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Challan paid successfully", "Payment successful"]})
        wrap_pair(p, "Employer name", firm)
        p.pair("Employer code", digits(rng, 17))
        if not j.no_day:
            p.pair("Contribution period", j.month())
        staff = rng.randrange(12, 30)
        wages = float(rng.randrange(staff * 11000, staff * 17000, 10))
        p.pair("Employees covered", str(staff))
        er = round(wages * 0.0325, 2)
        ee = round(wages * 0.0075, 2)
        p.pair("Employer's share @ 3.25%", rs(er))
        p.pair("Employees' share @ 0.75%", rs(ee))
        j.amount = round(er + ee, 2)
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Challan No.", INVOICE_RANK, digits(rng, 10)),
                ("Bank Ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
            ],
        )
        date_row(p, j, ["Challan paid date", "Payment date"], pats)
        foot = "Contributions are due by the 15th of the following month."
    elif frame == "smb":
        p = browser_page(rng, font, f"smb.gov.in/online/payment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Shillong Municipal Board", "SHILLONG MUNICIPAL BOARD"])
        top(p, name, merchant=name)
        tax = k == 7
        p.add("small", f"Online services  |  {'Holding tax' if tax else 'Trade licence'}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Payment successful"],
                "failed": ["Transaction failed - payment not received by the Board"],
            },
        )
        p.pair("Ward", rng.choice(["Laban", "Kench's Trace", "Lumparing"]))
        if tax:
            wrap_pair(p, "Owner name", firm)
            p.pair("Holding No.", f"LB/{rng.randrange(10, 400)}/{rng.randrange(1, 9)}")
            heads = [
                ("Holding tax", 9800.0, 18600.0),
                ("Conservancy tax", 2200.0, 4200.0),
                ("Lighting tax", 700.0, 1400.0),
            ]
        else:
            wrap_pair(p, "Name of licensee", f"{SCHOOL} (Canteen)")
            p.pair("Licence No.", f"SMB/TL/{digits(rng, 5)}")
            heads = [("Trade licence fee - eating house", 1500.0, 1500.0), ("Signboard fee", 300.0, 600.0)]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        j.amount = total
        p.pair(
            rng.choice(
                ["Total amount", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"SMB{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'HT' if tax else 'TL'}/{digits(rng, 6)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Transaction date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    elif frame == "fssai":
        p = browser_page(rng, font, f"foscos.fssai.gov.in/payment/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
        top(p, name, merchant=name)
        p.add("small", "FoSCoS  |  Licence fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Fee paid"]})
        wrap_pair(p, "Name of FBO", f"{SCHOOL} Canteen")
        p.pair("Kind of business", "Canteen - educational institution")
        p.pair("Application reference No.", f"{digits(rng, 2)}{digits(rng, 12)}")
        years = rng.randrange(1, 4)
        j.amount = float(years * 2000)
        p.pair(f"Licence fee ({years} year{'s' if years > 1 else ''} x 2,000)", rs(j.amount))
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"FSS{digits(rng, 12)}"),
                ("Bank Ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The licence is issued after scrutiny; track the application on FoSCoS."
    elif frame == "ptax":
        p = browser_page(rng, font, f"megtaxes.gov.in/ptax/epayment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Taxation Department, Government of Meghalaya", "TAXATION DEPARTMENT, MEGHALAYA"])
        top(p, name, merchant=name)
        p.add("small", "e-Payment of profession tax  |  Employer")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Tax paid successfully", "Payment successful"]})
        wrap_pair(p, "Name of employer", firm)
        p.pair("PTRC No.", f"PT/SHG/{digits(rng, 6)}")
        if not j.no_day:
            p.pair("Return month", j.month())
        staff = rng.randrange(40, 90)
        p.pair("Employees", str(staff))
        j.amount = float(sum(rng.choice([0, 17, 25, 42, 63, 83, 104]) for _ in range(staff)))
        p.pair("Tax deducted", rs(j.amount))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"MPT{digits(rng, 12)}"),
                ("Challan No.", INVOICE_RANK, f"PTC/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The tax deducted from salaries is due by the end of the following month."
    elif frame == "fire":
        p = browser_page(rng, font, f"megfire.gov.in/noc/payment/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Meghalaya Fire and Emergency Services", "MEGHALAYA FIRE AND EMERGENCY SERVICES"])
        top(p, name, merchant=name)
        p.add("small", "Fire safety NOC  |  Fee payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Fee paid successfully", "Payment successful"]})
        wrap_pair(p, "Name of premises", f"{HOSTEL} (boys' and girls' blocks)")
        p.pair("Occupancy", "Educational / residential (hostel)")
        area = rng.randrange(1800, 4200, 10)
        p.pair("Built-up area", f"{area:,} sq m")
        insp = float(rng.choice([2000, 2500, 3000]))
        renew = float(round(area * rng.choice([2.0, 2.5])))
        p.pair("Inspection fee", rs(insp))
        p.pair("NOC renewal fee", rs(renew))
        j.amount = insp + renew
        p.pair(rng.choice(["Total fee paid", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"MFES{digits(rng, 10)}"),
                ("Bank Ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Transaction date"], pats)
        foot = "The premises will be inspected before the NOC is renewed."
    else:
        p = browser_page(rng, font, f"megeducation.gov.in/recognition/payment/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(
            [
                "Directorate of School Education and Literacy, Meghalaya",
                "Directorate of School Education & Literacy",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Recognition of private schools  |  Renewal fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Fee received"]})
        wrap_pair(p, "Name of school", rng.choice([SCHOOL, SCHOOL_CAPS]))
        p.pair("UDISE code", f"1704{digits(rng, 7)}")
        j.amount = float(rng.choice([5000, 7500, 10000]))
        p.pair("Renewal of recognition fee", rs(j.amount))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"DSEL{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"REC/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Keep this receipt with the application for renewal of recognition."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 11. electricity, broadband, phones and DTH


BILLERS = [
    ("MePDCL", "Meghalaya Power Distribution Corporation Ltd", "Consumer No."),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
]
BILL_APPS = ["Google Pay", "MePDCL", "UCO mBanking Plus", "PhonePe", "MePDCL", "Paytm", "Amazon Pay", "BHIM"]
BILL_WHICH = [0, 0, 1, 2, 0, 0, 3, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The school's, the hostel's and the canteen's electricity (MePDCL), the school's broadband (BSNL Bharat Fibre),
    the principal's and wardens' postpaid phones (Airtel) and the hostel common room's DTH (Tata Play) through Bharat
    Connect in banking and UPI apps (the app on top, Biller / Biller name / Service provider / Operator as printed,
    Consumer No. / Account No. / Mobile No. / Subscriber ID, Customer name / Consumer name / Registered name, Bill
    month and Due date on some, the sum large, Paid from Current A/c or UPI, Bharat Connect Ref. No. / BBPS Ref ID, UPI
    Ref No., Transaction ID on the failed one, Paid on / Transaction date & time; Bill paid successfully / Payment
    successful / Bill payment failed - amount will be refunded to source in 3-5 working days / Bill payment pending -
    awaiting confirmation from biller) and MePDCL's own receipt page (the corporation on top with its MeECL group
    line, Consumer No., ESD, Consumer name, Bill month, Bill amount, Less: Rebate for online payment, Amount paid,
    Payment mode, Transaction ID, Receipt No., Payment date / Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=2500, high=95000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 999, 5900, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 449, 2400, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 350, 1250, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": digits(rng, 11),
        "Account No.": digits(rng, 10),
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": digits(rng, 10),
    }[idlab]
    who = rng.choice([SCHOOL_CAPS, SOCIETY_CAPS, HOSTEL_CAPS] if which == 0 else [SCHOOL_CAPS, SOCIETY_CAPS])
    app = BILL_APPS[k]
    if app == "MePDCL":
        p = browser_page(rng, font, "www.meecl.nic.in/mepdcl/quickpay/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A MeECL group company  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid"]})
        p.pair(idlab, ids)
        p.pair("ESD", rng.choice(["Laban ESD", "Laitumkhrah ESD", "Mawlai ESD"]))
        wrap_pair(p, "Consumer name", who)
        if not j.no_day:
            p.pair("Bill month", j.month())
        if rng.random() < 0.5:
            bill = round(j.amount / 0.99, 2)
            p.pair("Bill amount", rs(bill))
            p.pair("Less: Rebate for online payment (1%)", rs(round(bill - j.amount, 2)))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"MEP{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to the consumer account within two working days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", {"Amazon Pay": "amazon pay"}.get(app, app))
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful"],
            "pending": ["Bill payment pending - awaiting confirmation from biller"],
            "failed": ["Bill payment failed - amount will be refunded to source in 3-5 working days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = (
        "Operator"
        if which in (1, 2, 3) and rng.random() < 0.6
        else rng.choice(["Biller", "Biller name", "Service provider"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, rng.choice(["Customer name", "Consumer name", "Registered name"]), who)
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "UCO mBanking Plus" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "BHIM": "BH", "Amazon Pay": "AP"}.get(
                app, "UC"
            )
            bc = (
                f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
                if not j.no_day
                else f"{head}0{code(rng, 11, ALNUM)}"
            )
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


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "UMIAM MOTORS PVT LTD",
    "IEWDUH WHOLESALE PROV",
    "DAPHISHA KHARSYNTIEW",
    "MAWLAI GREENS & POULT",
    "MEPDCL SHILLONG",
    "SHILLONG GAS SERVICE",
    "KA KYRDAN TRANSPORT S",
    "CISCE NEW DELHI",
]
SENDERS = {
    "State Bank of India": "JM-SBIINB",
    "Axis Bank": "AX-AXISBK",
    "ICICI Bank": "VM-ICICIT",
    "UCO Bank": "BZ-UCOBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the bursar's and the principal's phones and mail: SMS in a messages app (the sender
    JM-SBIINB / AX-AXISBK / VM-ICICIT / BZ-UCOBNK, the day divider, each bank's own wording: "Your A/C XXXXX1234
    Debited INR x on <day> -Transferred to <payee> by <way>", "Dear UPI user A/C X1234 debited by x on date <day> trf
    to <payee> Refno <ref>", "INR x debited / A/c no. XX1234 / <day> / <way>/<ref>/<payee>", "ICICI Bank Acct XX123
    debited for Rs x on <day>; <payee> credited. <way>:<ref>", "A/c XXX1234 Debited with Rs.x on <day> by <way> to
    <payee>"; a transfer that "has FAILED and the amount is refunded to your account" and one that "is PENDING at the
    beneficiary bank") and two e-mail debit alerts (Transaction amount / Amount debited, Beneficiary / Paid to /
    Credited to, Account, Mode, UTR No. / IMPS Ref No., Transaction date / Value date, Status: Success)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=2500, high=380000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 28000, 52000, 1.0)
    elif k == 4:
        j.amount = rupees(rng, 9000, 95000)
    elif k == 7:
        j.amount = float(rng.randrange(40, 160) * 2200)
    if k in (0, 5):
        bank = rng.choice(["State Bank of India", "Axis Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}.co.in>",
            ["Debit alert", "Transaction alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a debit has been made from your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Transaction amount", "Amount debited"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "Paid to", "Credited to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Success", status="success")
        p.part = "foot"
        p.add(
            "small", "Never share your OTP, PIN or password. Report unauthorised debits to the bank at once."
        )
        return p.done()
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    elif k in (2, 4):
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
    said_ref = False
    if status == "success":
        if bank == "State Bank of India" and way == "UPI":
            p.add(
                "left",
                f"Dear UPI user A/C X{tail} debited by {amt}{' on date ' + day if day else ''}",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"trf to {to}", merchant=to, method=method)
            if ref:
                p.add("left", f"Refno {ref}.", txn=(UTR_RANK, ref))
                said_ref = True
            p.add("left", "If not u? call 1800111109. -SBI")
        elif bank == "State Bank of India":
            p.add("left", f"Your A/C XXXXX{tail} Debited INR {amt}{on}", amount=j.amount, status="success")
            p.add("left", f"-Transferred to {to} by {way}.", merchant=to, method=method)
        elif bank == "Axis Bank":
            p.add("left", f"INR {amt} debited", amount=j.amount, status="success")
            p.add("left", f"A/c no. XX{tail}")
            if day:
                p.add("left", f"{day}, {hhmm(rng, twelve=False, seconds=True)}")
            if ref:
                p.add("left", f"{way}/{ref}/{to}", merchant=to, method=method, txn=(UTR_RANK, ref))
                said_ref = True
            else:
                p.add("left", f"{way}/{to}", merchant=to, method=method)
            p.add("left", "Not you? SMS BLOCKALL to 919951860002 - Axis Bank")
        elif bank == "ICICI Bank":
            p.add(
                "left",
                f"ICICI Bank Acct XX{tail[1:]} debited for Rs {amt}{on};",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"{to} credited.", merchant=to)
            if ref:
                p.add("left", f"{way}:{ref}.", method=method, txn=(UTR_RANK, ref))
                said_ref = True
            else:
                p.add("left", f"Mode: {way}.", method=method)
            p.add("left", "Call 18002662 for dispute.")
        else:
            p.add("left", f"A/c XXX{tail} Debited with Rs.{amt}{on}", amount=j.amount, status="success")
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} txn of Rs.{amt} to {to}", amount=j.amount, merchant=to, method=method)
        p.add("left", f"from A/c XX{tail}{on}")
        word = {
            "failed": "has FAILED and the amount is refunded to your account.",
            "pending": "is PENDING at the beneficiary bank. Please do not retry.",
        }[status]
        p.add("left", word, status=status)
    if ref and not said_ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if (
        status == "success"
        and bank in ("State Bank of India", "UCO Bank")
        and not (bank == "State Bank of India" and way == "UPI")
    ):
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2800000):,.2f}")
    if bank == "UCO Bank":
        p.add("small", "-UCO Bank")
    return p.done()


compose = compose158

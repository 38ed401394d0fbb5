"""The twelve heldout194 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a private skill training institute's day in 2026 (Ganga Kaushal Skill Institute Pvt
Ltd, its training centre on Boring Road and its workshop at Bihta, Patna), told by the proofs of payment it receives
and makes: the state skill mission's and the rural livelihoods society's fund release advices and CSR funders'
payment advices, students' fee payments by UPI apps and payment links, its own fee receipts, equipment and book
suppliers' invoices, its corporate net-banking transfers to suppliers, the hostel mess, guards and the landlord,
trainers' honorarium vouchers and payouts, outward wires to certification bodies and equipment makers abroad, its
software subscriptions billed in US dollars, euros and pounds, the office's card slips, power, fibre, phone and
property tax through Bharat Connect and the board's own page, the bank's SMS and e-mail alerts, and the
accreditation, affiliation, registration and trade licence fees it pays. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers,
batches, tranches, deductions, course fees, balances, GST and TDS lines, GSTIN, PAN, IFSC, BIC, IBAN, UETR, MID, TID,
TP, centre, enrolment, sanction, application, registration, licence, holding and consumer numbers, the maker and
the checker and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are
heldout167's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
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

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Ganga Kaushal Skill Institute Pvt Ltd"
COMPANY_CAPS = "GANGA KAUSHAL SKILL INSTITUTE PVT LTD"
SHORT = "Ganga Kaushal"
# unit, address, GST state code
UNITS = [
    ("Boring Road centre", "2nd floor, Shanti Complex, Boring Road, Patna - 800001, Bihar", "10"),
    ("Bihta workshop", "Plot C-14, Industrial Area Bihta, Patna - 801103, Bihar", "10"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "State Bank of India",
    "Punjab National Bank",
    "Canara Bank",
    "Bank of India",
    "UCO Bank",
    "Central Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Bank of Baroda",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Bank of India": "BKID",
    "UCO Bank": "UCBA",
    "Central Bank of India": "CBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Bank of Baroda": "BARB",
}
COURSES = [
    ("Electrician (NSQF Level 4) - 6 months", 24000.0),
    ("Welding Technician (SMAW) - 4 months", 18500.0),
    ("Tally Prime with GST - 3 months", 7500.0),
    ("General Duty Assistant - 6 months", 21000.0),
    ("CNC Operator - Turning", 26000.0),
    ("Beauty Therapist - 3 months", 12500.0),
    ("Solar PV Installer (Suryamitra)", 15000.0),
    ("Sewing Machine Operator", 8500.0),
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The institute as the other party (Buyer / Bill to / Applicant / Debit account: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def slug(bank: str) -> str:
    words = bank.split()
    return "".join(w[0] for w in words if w[0].isupper()).lower() if len(words) > 2 else words[0].lower()


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """An NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
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


def uetr(rng: random.Random) -> str:
    return (
        f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-"
        f"{rng.choice('89ab')}{code(rng, 3, HEXA)}-{code(rng, 12, HEXA)}"
    )


def way_for(rng: random.Random, amount: float) -> str:
    if amount >= 200000 and rng.random() < 0.6:
        return "RTGS"
    return rng.choice(["NEFT", "NEFT", "IMPS"]) if amount <= 500000 else "NEFT"


RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


# ---------------------------------------------------------------- 1. the skill mission's and CSR funders' advices


FUNDERS = [
    (
        "Bihar Skill Development Mission",
        "Department of Labour Resources, Government of Bihar",
        "Kushal Yuva Program (KYP)",
        "bsdm",
        "skillmissionbihar.org",
    ),
    (
        "Bihar Rural Livelihoods Promotion Society",
        "JEEViKA - DDU-GKY State Mission",
        "DDU-GKY residential training",
        "jeevika",
        "brlps.in",
    ),
    (
        "Magadh Cement Works Ltd",
        "CSR Cell - Corporate Office, Gaya",
        "Project Hunar - youth skilling (CSR)",
        "csr",
        "magadhcement.in",
    ),
    (
        "Kosi Agro Foods Foundation",
        "CSR arm of Kosi Agro Foods Ltd, Purnia",
        "Women in electronics assembly (CSR)",
        "csr",
        "kosiagrofoundation.org",
    ),
]
FUNDER_FRAMES = ["govt", "mail", "paper", "portal", "govt", "mail", "paper", "portal"]
FUNDER_PICK = [0, 2, 1, 3, 1, 2, 0, 3]
TRANCHES = [
    "Tranche 1 - 30% on batch commencement",
    "Tranche 2 - 30% on assessment",
    "Tranche 3 - 40% on placement of trainees",
    "Milestone 2 - training completed",
    "Quarterly release Q3",
]


def funder_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The state skill mission, the rural livelihoods society and two CSR funders paying the institute for the batches
    it trains: fund release advices (the payer on top with its department or CSR line, e-Payment advice / FUND RELEASE
    ADVICE / PAYMENT ADVICE - IMPLEMENTING PARTNER / CSR grant disbursement advice; Training partner / Project
    Implementing Agency (PIA) / Implementing partner / Payee the institute, TP ID / PIA code, Scheme or Project,
    Sanction order No., Batch, Batch start date, the tranche and its Gross amount, Less: TDS u/s 194C @ 2%, Less:
    Recovery - dropouts / Less: Penalty - biometric attendance below 80%, Net amount transferred / Net payable to PIA
    / Amount credited to TP, Mode PFMS - NEFT / RTGS / NEFT, UTR / UTR No., e-Payment ID on the government pages,
    Payment advice No. / Release advice No., Date of release / Credit date / Payment date / Sanction date / Returned
    on; Payment status: Credited to beneficiary / Status: Released / Sanctioned - awaiting fund release from treasury
    / Payment failed - beneficiary account dormant) in a browser, an e-mail, on paper and on a funder's portal."""
    k = place("funder_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=60000, high=2400000)
    frame = FUNDER_FRAMES[k]
    funder, line, scheme, kind, host = FUNDERS[FUNDER_PICK[k]]
    govt = FUNDER_PICK[k] < 2
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{funder.split()[0]} {'Finance' if govt else 'CSR'} <payments@{host}>",
            ["Fund release intimation", f"Payment released - {SHORT}", "CSR grant disbursement"],
        )
    elif frame in ("portal", "govt"):
        p = browser_page(
            rng, font, f"{'pfms.nic.in' if frame == 'govt' else 'partners.' + host}/{digits(rng, 9)}"
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, funder.upper() if frame == "paper" and rng.random() < 0.5 else funder)
    p.add("small", line)
    heads = (
        ["e-Payment advice", "FUND RELEASE ADVICE", "PAYMENT ADVICE - IMPLEMENTING PARTNER"]
        if govt
        else ["CSR grant disbursement advice", "PAYMENT ADVICE - IMPLEMENTING PARTNER"]
    )
    p.add("center", rng.choice(heads))
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = (
        ["Training partner", "Project Implementing Agency (PIA)", "Payee"]
        if govt
        else ["Implementing partner", "Payee"]
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair(
        rng.choice(["TP ID", "PIA code", "Partner code"]),
        f"{rng.choice(['TP', 'PIA', 'IP'])}{digits(rng, 6)}",
    )
    wrap_pair(p, rng.choice(["Scheme", "Project"]), scheme)
    tag = {"bsdm": "BSDM", "jeevika": "BRLPS"}.get(kind, "CSR")
    p.pair("Sanction order No.", f"{rng.randrange(100, 999)}/{tag}/{j.date:%Y}")
    p.pair(
        "Batch", f"{rng.choice(['PAT', 'BHT'])}/{rng.choice(['ELE', 'WLD', 'GDA', 'SEW'])}/{digits(rng, 4)}"
    )
    if not j.no_day:
        p.pair("Batch start date", j.other_day(rng, -150, -40))
    gross = rupees(rng, 80000, 2400000, 0.7)
    p.pair(rng.choice(TRANCHES), rs(gross))
    tds = round(gross * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    cut = 0.0
    if rng.random() < 0.5:
        cut = float(rng.choice([4200, 8400, 12600, 15000]))
        p.pair(
            rng.choice(
                ["Less: Recovery - dropouts (3 trainees)", "Less: Penalty - biometric attendance below 80%"]
            ),
            rs(cut),
        )
    j.amount = round(gross - tds - cut, 2)
    p.pair(
        rng.choice(["Net amount transferred", "Net payable to PIA", "Amount credited to TP"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = way_for(rng, j.amount)
    if way == "IMPS":
        way = "NEFT"
    p.pair(
        rng.choice(["Mode", "Payment mode"]), f"PFMS - {way}" if frame == "govt" else way, method="netbanking"
    )
    bank = rng.choice(BANKS[:6])
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        if frame == "govt":
            epid = f"{rng.choice(['BR', 'EP'])}{j.date:%y}{digits(rng, 10)}"
            p.pair("e-Payment ID", epid, txn=(TXN_RANK, epid))
        doc = f"{rng.choice(['PA', 'RA', 'FRA'])}/{j.date:%y}/{digits(rng, 6)}"
        p.pair(rng.choice(["Payment advice No.", "Release advice No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Credited to beneficiary", "Status: Released"],
            "pending": ["Sanctioned - awaiting fund release from treasury"],
            "failed": ["Payment failed - beneficiary account dormant"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Date of release", "Credit date", "Payment date"],
            "pending": ["Sanction date"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Computer generated advice - signature not required."
        if frame != "paper"
        else "Utilisation certificate for this release is due within 30 days.",
    )
    if frame == "paper":
        right(p, "Finance Controller")
    return p.done()


# ---------------------------------------------------------------- 2. students' UPI and payment links


STUDENT_APPS = ["PhonePe", "Google Pay", "Razorpay", "Paytm", "BHIM", "Amazon Pay", "Cashfree", "CRED"]
STUDENTS = [
    "Ravi Ranjan Kumar",
    "Priya Kumari",
    "Md. Tabrez Alam",
    "Sonu Paswan",
    "Khushboo Bharti",
    "Ankit Raj",
    "Nisha Kumari",
    "Rohit Kumar Mahto",
]
STUDENT_NOTES = [
    "Electrician fee inst 2",
    "Tally batch fee",
    "Welding course admission",
    "GDA 2nd installment",
    "CNC course fee",
    "Beautician course fee",
    "Suryamitra fee",
    "Exam + kit fee",
]


def student_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Students and parents paying course fees: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay,
    CRED: the institute under Paid to / To / Sent to / Paying to, or Paytm's Paid successfully to, its UPI ID, the
    sum large, UPI transaction ID / UPI Ref No. / UTR, PhonePe's and Paytm's own Transaction ID on some, Debited from,
    Date & time / Paid on / Completed on) and its payment pages (Razorpay, Cashfree: the institute on top, Paid by /
    Student / Customer, Course, Payment ID pay_... / CF Payment ID and Order ID, UPI reference (RRN) / Bank reference
    or Auth code for a card, Paid on / Payment date; Payment successful / Payment processing - do not pay again) and,
    on the screens, Payment Successful / Transaction successful / Paid / Payment failed / Transaction declined)."""
    k = place("student_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=1500, high=26000, p_round=0.8)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([2500, 3000, 4500, 5000, 6000, 7500, 8000, 12000]))
    app = STUDENT_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "Cashfree"):
        to = ours(rng)
        url = (
            f"rzp.io/rzp/{code(rng, 8, ALNUM + LOWER)}"
            if app == "Razorpay"
            else f"payments.cashfree.com/links/{code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Skill courses | Patna", "Course fee payment"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Thank you! Your payment is complete"],
                "failed": ["Payment failed - declined by your bank"],
                "pending": ["Payment processing - do not pay again"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Student", "Customer"]), STUDENTS[k])
        wrap_pair(p, "Course", rng.choice(COURSES)[0])
        way = "UPI" if rng.random() < 0.6 else "card"
        p.pair(
            "Payment method",
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} debit card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                oid = f"GK{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
                cf = digits(rng, 10)
                p.pair("CF Payment ID", cf, txn=(TXN_RANK, cf))
            if way == "UPI" and status != "failed":
                lab = "UPI reference (RRN)" if app == "Razorpay" else "Bank reference"
                p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card" and status == "success":
                auth = digits(rng, 6)
                p.pair("Auth code", auth, txn=(APPR_RANK, auth))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by Cashfree Payments")
        return p.done()
    to = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Transaction successful", "Paid"],
            "failed": ["Payment failed", "Transaction declined"],
            "pending": ["Payment pending", "Processing - awaiting bank confirmation"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if app == "Paytm" and status == "success":
        labels = ["Paid successfully to"]
    else:
        labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: {rng.choice(['gangakaushal', 'gksi.patna', 'gangakaushal01'])}@"
        f"{rng.choice(['sbi', 'okhdfcbank', 'ybl', 'paytm', 'cnrb'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(STUDENT_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the institute's own fee receipts


def fee_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The institute's own FEE RECEIPT / MONEY RECEIPT / ADMISSION FEE RECEIPT (paper: the institute on top with its
    NSDC-affiliated training partner line, address and GSTIN; Receipt No. / Fee receipt No., Date / Receipt date /
    Dated, Received with thanks from / Student name, Enrolment No., Course, Batch code, Batch start, Total course fee,
    Fee paid earlier, Instalment paid / Fee received / Cash received / By UPI / By NEFT / Cheque for, Balance fee due,
    Cheque No. and bank, UPI Ref No. / UTR; FEE RECEIVED / RECEIVED WITH THANKS / PAID / CHEQUE RECEIVED - SUBJECT TO
    CLEARANCE / CHEQUE DISHONOURED - FEE UNPAID, the rubber stamp) and its accounts desk's fee receipt e-mails."""
    k = place("fee_receipts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1500, high=26000, p_round=0.8)
    course, fee = COURSES[(k + rng.randrange(3)) % len(COURSES)]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    unit = UNITS[0] if rng.random() < 0.7 else UNITS[1]
    if k in (2, 7):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@gangakaushal.in>",
            ["Fee receipt - thank you", "Your fee payment has been received"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}, Patna  |  Accounts desk")
        p.add("center", "Fee receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "NSDC affiliated training partner | Skill India",
            unit[1],
            unit[2],
            ["FEE RECEIPT", "MONEY RECEIPT", "ADMISSION FEE RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['FR', 'GK', 'MR'])}/{rng.randrange(1, 2999):04d}/25-26"
        p.pair(rng.choice(["Receipt No.", "Fee receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date", "Dated"], PATS_IN)
    wrap_pair(p, rng.choice(["Received with thanks from", "Student name"]), STUDENTS[(k + 3) % 8])
    p.pair("Enrolment No.", f"GK{j.date:%y}{digits(rng, 5)}")
    wrap_pair(p, "Course", course)
    p.pair("Batch code", f"{rng.choice(['PAT', 'BHT'])}-{rng.randrange(10, 99)}{rng.choice('ABC')}")
    if not j.no_day:
        p.pair("Batch start", j.other_day(rng, -60, -5))
    way = "cheque" if status != "success" else ["UPI", "cash", "UPI", "-", "cash", "NEFT", "-", "NEFT"][k]
    if way == "-":
        way = rng.choice(["cash", "UPI"])
    j.amount = min(j.amount, fee)
    if rng.random() < 0.5:
        j.amount = float(round(fee / rng.choice([2, 3, 4]), -2))
    earlier = float(round((fee - j.amount) * rng.choice([0.0, 0.5]), -2))
    p.pair(rng.choice(["Total course fee", "Course fee"]), rs(fee))
    if earlier:
        p.pair("Fee paid earlier", rs(earlier))
    lab = {
        "cash": "Cash received",
        "UPI": rng.choice(["By UPI", "Instalment paid"]),
        "cheque": "Cheque for",
        "NEFT": rng.choice(["By NEFT", "Fee received"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    p.pair("Balance fee due", rs(round(fee - earlier - j.amount, 2)))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["FEE RECEIVED", "RECEIVED WITH THANKS", "PAID"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE DISHONOURED - FEE UNPAID",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Fee once paid is not refundable or transferable to another batch.")
    if k not in (2, 7):
        right(p, "For Ganga Kaushal - Cashier")
        p.add("gap")
        seal(p, "GANGA KAUSHAL", "ACCOUNTS - PATNA", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. equipment and book suppliers' invoices


SUPPLIERS = [
    (
        "Magadh Welding & Tools Co",
        "Welding machines | Electrodes | Safety gear",
        "Gulzarbagh, Patna - 800007, Bihar",
        "10",
    ),
    (
        "Ambala Edu-Lab Instruments Pvt Ltd",
        "Electrical trainer kits | Workshop and lab equipment",
        "Industrial Area, Ambala Cantt - 133006, Haryana",
        "06",
    ),
    (
        "Novelty Book Agency",
        "Publishers' distributors | Trade theory and practical manuals",
        "Ashok Rajpath, Patna - 800004, Bihar",
        "10",
    ),
    (
        "Sai Krupa Sewing Machines",
        "Industrial sewing machines | Spares | Service",
        "Burrabazar, Kolkata - 700007, West Bengal",
        "19",
    ),
]
SUPPLY = {
    "Magadh": (
        18,
        [
            ("Inverter ARC welding machine 400A", "8515", 28000.0, 36000.0),
            ("Auto-darkening welding helmet", "6506", 1800.0, 2600.0),
            ("E6013 electrodes 3.15 mm, 5 kg pkt", "8311", 650.0, 820.0),
        ],
    ),
    "Ambala": (
        18,
        [
            ("Domestic wiring practice board", "9023", 8500.0, 12500.0),
            ("Motor control trainer (DOL / star-delta)", "9023", 24000.0, 32000.0),
            ("Digital multimeter", "9030", 950.0, 1600.0),
        ],
    ),
    "Novelty": (
        0,
        [
            ("Electrician Trade Theory (NSQF) - Hindi", "4901", 285.0, 340.0),
            ("Welder Trade Practical", "4901", 240.0, 310.0),
            ("Employability Skills", "4901", 120.0, 180.0),
        ],
    ),
    "Sai": (
        5,
        [
            ("Single needle lockstitch machine", "8452", 16500.0, 21000.0),
            ("Overlock machine, 4 thread", "8452", 19500.0, 24500.0),
        ],
    ),
}
SUPPLIER_WAYS = ["NEFT", "UPI", "-", "RTGS", "NEFT", "IMPS", "UPI", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Equipment and book suppliers' TAX INVOICE / BILL OF SUPPLY (books, exempt) for welding machines (Patna),
    electrical trainer kits (Ambala), trade manuals (Patna) and sewing machines (Kolkata) (paper: the supplier on top,
    its line, address and GSTIN; Invoice No. / Bill No. / Tax invoice No., Invoice date / Dated, Buyer (bill to) /
    Consignee (ship to) M/s the institute, Buyer's order No., E-way bill No., the items with HSN and Qty x rate,
    Taxable value, CGST and SGST or IGST (18%, 5% on sewing machines), Round off, Invoice total, Less: Advance
    adjusted, then Amount settled / Payment received / Balance settled with its UTR, IMPS Ref No. or UPI Ref No., or
    Cheque deposited with Cheque No.; PAID / FULLY PAID / PAYMENT RECEIVED - THANK YOU / CHEQUE DEPOSITED - AWAITING
    CLEARANCE / CHEQUE BOUNCED - PAYMENT DUE, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6)
    supplier, line, addr, state = SUPPLIERS[k % len(SUPPLIERS)]
    key = supplier.split()[0]
    rate_gst, items = SUPPLY[key]
    name = supplier.upper() if rng.random() < 0.3 else supplier
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [720, 760, 800])
    kinds = (
        ["BILL OF SUPPLY", "INVOICE"]
        if rate_gst == 0
        else ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)"]
    )
    letterhead(p, name, line, addr, state, kinds)
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in supplier.split()[:2]).upper()}/25-26/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Tax invoice No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated"], PATS_IN)
    ours_to(p, ["Buyer (bill to)", "Consignee (ship to)"])
    p.pair("Buyer's order No.", f"GK/PO/{rng.randrange(10, 400):03d}")
    if state != "10" and rng.random() < 0.7:
        p.pair("E-way bill No.", digits(rng, 12))
    taxable = 0.0
    for item, hsn, lo, hi in rng.sample(items, rng.randrange(1, 3)):
        qty = (
            rng.randrange(20, 61) if lo < 400 else rng.randrange(1, 7) if lo > 9000 else rng.randrange(2, 13)
        )
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty} x {rate:,.2f}", rs(value))
    if rate_gst:
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, rate_gst, state != "10")
    else:
        total = float(round(taxable))
        p.add("small", "Printed books - exempt supply (HSN 4901)")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLIER_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "cheque"
    if way in ("UPI", "IMPS") and total > 100000:
        way = "RTGS" if total >= 200000 else "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and total > 40000 and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.25, 0.5]), -3))
        p.pair(f"Less: Advance adjusted (RV {rng.randrange(10, 400)})", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque deposited", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        lab = "Balance settled" if adv else rng.choice(["Amount settled", "Payment received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "FULLY PAID", "PAYMENT RECEIVED - THANK YOU"]),
        "pending": "CHEQUE DEPOSITED - AWAITING CLEARANCE",
        "failed": "CHEQUE BOUNCED - PAYMENT DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Goods once sold will not be taken back. E. & O.E.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(supplier.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. corporate net-banking transfers


# payee, purpose, the sums it is paid
PAYEES = [
    ("Patliputra Security Services", "Guards - Boring Road and Bihta, month", 48000, 160000),
    ("Annapurna Caterers", "Hostel mess - DDU-GKY trainees", 120000, 640000),
    ("Smt. Kanti Devi", "Rent - Bihta workshop shed", 35000, 90000),
    ("Magadh Welding & Tools Co", "Electrodes and helmets", 9000, 85000),
    ("Swachh Seva Facility Services", "Housekeeping contract", 28000, 95000),
    ("Sharma Furniture House", "Classroom benches - 40 sets", 90000, 320000),
    ("Ashiana Boys Hostel", "Trainee accommodation", 150000, 560000),
    ("Ambala Edu-Lab Instruments Pvt Ltd", "Trainer kits - balance", 60000, 480000),
]
NETBANKS = [
    ("UCO Bank", "ucoebanking.in/corp", "UCO eBanking - Corporate"),
    ("Canara Bank", "ai1corporate.canarabank.com", "Canara ai1 Corporate"),
    ("Bank of India", "corp.bankofindia.co.in", "BOI Corporate Internet Banking"),
    ("Central Bank of India", "cbi-corporate.centralbank.co.in", "Cent Corporate Internet Banking"),
    ("State Bank of India", "corp.onlinesbi.sbi", "OnlineSBI Corporate"),
]
NETBANK_FRAMES = ["web", "mail", "web", "web", "mail", "web", "web", "mail"]


def netbank_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The institute's NEFT / RTGS / IMPS to its guards, the hostel mess, the landlord of the Bihta shed, housekeeping
    and suppliers: corporate net banking's transfer acknowledgements (UCO eBanking - Corporate, Canara ai1 Corporate,
    BOI Corporate Internet Banking, Cent Corporate Internet Banking, OnlineSBI Corporate: Beneficiary name / Credit to
    / Beneficiary name (as per bank records) the payee, Payee nickname, Beneficiary A/c and IFSC, Debit account,
    Amount / Transfer amount / Payment amount, Payment type, Purpose, UTR / IMPS Ref No., Transaction ref. ID, Maker
    ID / Checker ID, Transaction date / Value date / Processed on / Initiated on / Rejected on; Transaction successful
    / Status: Processed / Sent to beneficiary bank - awaiting credit confirmation / Rejected - daily transaction limit
    exceeded) and the banks' funds transfer advice e-mails (the bank on top, Beneficiary, Amount debited)."""
    k = place("netbank_transfers")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=9000, high=650000)
    who, why, low, high = PAYEES[k]
    j.amount = rupees(rng, low, high, 0.5)
    bank, host, brand = NETBANKS[(k + rng.randrange(2)) % len(NETBANKS)]
    rs = money(rng, font, 0.5)
    way = way_for(rng, j.amount)
    frame = NETBANK_FRAMES[k]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <corp.alerts@{slug(bank)}.bank.in>",
            [f"{way} funds transfer advice", "Payment advice - funds transfer"],
        )
        p.part = "head"
        top(p, bank.upper() if rng.random() < 0.3 else bank)
        p.add("center", rng.choice(["Funds transfer advice", f"{way} payment advice"]))
    else:
        p = browser_page(rng, font, f"{host}/payments/{rng.choice(['ack', 'status'])}/{digits(rng, 9)}")
        p.part = "head"
        top(p, brand)
        if bank.split()[0] not in brand:
            p.add("small", bank)
        p.add("center", rng.choice(["Funds transfer - acknowledgement", "Third party transfer - status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Processed"],
            "pending": ["Sent to beneficiary bank - awaiting credit confirmation"],
            "failed": ["Rejected - daily transaction limit exceeded"],
        },
    )
    name = who.upper() if rng.random() < 0.4 else who
    if frame == "web":
        p.pair("Payee nickname", f"{who.split()[-1].upper()[:6]}{rng.randrange(1, 9)}")
        lab = rng.choice(["Beneficiary name", "Credit to", "Beneficiary name (as per bank records)"])
    else:
        lab = rng.choice(["Beneficiary", "Beneficiary name"])
    wrap_pair(p, lab, name, merchant=name)
    bb = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[bb]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
    lab = rng.choice(["Amount", "Transfer amount", "Payment amount"]) if frame == "web" else "Amount debited"
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.pair("Payment type", way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose", "Remarks"]), why)
    if not j.no_ref:
        if status != "failed":
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        tref = f"{code(rng, 2, UPPER)}{digits(rng, 11)}"
        p.pair(rng.choice(["Transaction ref. ID", "Bank reference No."]), tref, txn=(BANK_RANK, tref))
    if frame == "web":
        p.pair("Maker ID / Checker ID", f"GKACC01 / {rng.choice(['GKDIR01', 'GKCFO02'])}")
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Value date", "Processed on"],
            "pending": ["Initiated on"],
            "failed": ["Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice and does not need a signature.")
    return p.done()


# ---------------------------------------------------------------- 6. trainers' honorarium vouchers and payouts


TRAINERS = [
    ("Er. Abhishek Kumar Sinha", "Guest faculty - Electrician"),
    ("Smt. Rekha Prasad", "Trainer - Beauty & Wellness"),
    ("Md. Shahid Anwar", "Master trainer - Welding"),
    ("Sunil Kumar Thakur", "Employability skills sessions"),
    ("Pooja Bharti", "Spoken English sessions"),
    ("CA Ritesh Agrawal", "Tally and GST sessions"),
    ("Dr. Neha Sahay", "GDA clinical mentor"),
    ("Rajeev Ranjan", "CNC lab instructor"),
]
TRAINER_FRAMES = ["paper", "cashfree", "paper", "bulk", "gpay", "cashfree", "paper", "paper"]


def trainer_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The institute paying its guest faculty and trainers: its printed HONORARIUM VOUCHER / GUEST FACULTY PAYMENT
    VOUCHER / RESOURCE PERSON PAYMENT VOUCHER (the institute on top, Voucher No. / V. No., Date / Voucher date, Name
    of trainer / Resource person / Paid to (guest faculty), PAN, Subject, Sessions: n x rate, Gross honorarium, Less:
    TDS u/s 194J @ 10%, Net honorarium paid / Net amount paid, Mode Cash / UPI / IMPS / NEFT, the reference; PAID /
    RECEIVED PAYMENT), Cashfree Payouts' transfer pages (Beneficiary name, Beneficiary ID, Transfer ID, Cashfree
    reference ID, UTR, Processed on / Initiated on; Transfer status: SUCCESS / FAILED - invalid beneficiary account),
    a bank's bulk payment record (Beneficiary name, Amount, Record status: Sent to bank - awaiting response, File, Batch
    No.) and Google Pay from the director's phone."""
    k = place("trainer_payouts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=2400, high=60000, p_round=0.9)
    who, role = TRAINERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs", "INR"))
    frame = TRAINER_FRAMES[k]
    if frame == "gpay":
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Google Pay")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small", f"{who.split()[-1].lower()}{digits(rng, 3)}@ok{rng.choice(['sbi', 'axis', 'hdfcbank'])}"
        )
        p.pair("Payment method", "UPI", method="UPI")
        p.pair("Note", f"Honorarium - {role.split(' - ')[-1]}")
        if not j.no_ref:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            gid = f"CICAgO{code(rng, 14, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
        date_row(p, j, ["Paid on", "Date & time"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    if frame in ("cashfree", "bulk"):
        cash = frame == "cashfree"
        p = browser_page(
            rng,
            font,
            f"merchant.cashfree.com/payouts/transfers/{digits(rng, 8)}"
            if cash
            else f"cib.icicibank.com/bulk/record/{digits(rng, 8)}",
        )
        p.part = "head"
        top(p, "Cashfree Payments" if cash else "ICICI Bank CIB")
        p.add("center", "Payouts - transfer details" if cash else "Bulk payment - record details")
        if not cash:
            p.add("small", f"File: HONORARIUM_{code(rng, 4, ALNUM)}.xlsx  |  Batch No. {digits(rng, 7)}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer status: SUCCESS", "Transfer successful"]
                if cash
                else ["Record status: Paid", "Credited to beneficiary"],
                "pending": ["Record status: Sent to bank - awaiting response"],
                "failed": ["Transfer status: FAILED - invalid beneficiary account"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        if cash:
            p.pair("Beneficiary ID", f"TRN{digits(rng, 5)}")
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = rng.choice(["IMPS", "NEFT"])
        p.pair("Transfer mode", way, method="netbanking")
        wrap_pair(p, "Remarks", f"Honorarium - {role.split(' - ')[-1]}")
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "Bank reference (UTR)"]), ref, txn=(UTR_RANK, ref))
            if cash:
                tid = f"HON-{j.date:%m}-{digits(rng, 4)}"
                p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
                cref = digits(rng, 9)
                p.pair("Cashfree reference ID", cref, txn=(TXN_RANK, cref))
            else:
                bref = f"{rng.choice(['BLK', 'CIB'])}{j.date:%y%m}{digits(rng, 8)}"
                p.pair("Payment reference No.", bref, txn=(BANK_RANK, bref))
        date_row(
            p,
            j,
            ["Processed on", "Transfer date"] if status == "success" else ["Initiated on"],
            hour=rng.random() < 0.6,
        )
        p.part = "foot"
        p.add(
            "small",
            "Amounts of failed transfers are returned to your payout balance."
            if cash
            else "Failed records are credited back to the debit account.",
        )
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[0] if rng.random() < 0.6 else UNITS[1]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["HONORARIUM VOUCHER", "GUEST FACULTY PAYMENT VOUCHER", "RESOURCE PERSON PAYMENT VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['HV', 'GF', 'RP'])}/{rng.randrange(10, 999):03d}/25-26"
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(
        p, rng.choice(["Name of trainer", "Resource person", "Paid to (guest faculty)"]), who, merchant=who
    )
    p.pair("PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    wrap_pair(p, "Subject", role)
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS", "NEFT"])
    if way == "Cash":
        j.amount = rupees(rng, 2000, 9500, 0.9)
    tds = j.amount > 12000 and rng.random() < 0.8
    gross = round(j.amount / 0.9, -2) if tds else j.amount
    j.amount = round(gross - round(gross * 0.1, 2), 2) if tds else gross
    n = rng.randrange(4, 21)
    p.pair(f"Sessions: {n} x {rs(round(gross / n, 2))}", rs(gross))
    p.pair("Gross honorarium", rs(gross))
    if tds:
        p.pair("Less: TDS u/s 194J @ 10%", rs(round(gross * 0.1, 2)))
    p.pair(rng.choice(["Net honorarium paid", "Net amount paid"]), rs(j.amount), amount=j.amount)
    p.pair(
        "Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking", "NEFT": "netbanking"}[way]
    )
    if not j.no_ref and way != "Cash":
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair({"UPI": "UPI Ref No.", "IMPS": "IMPS Ref No.", "NEFT": "UTR"}[way], ref, txn=(UTR_RANK, ref))
    p.add("center", rng.choice(["PAID", "RECEIVED PAYMENT"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Received by (signature of trainer)")
    return p.done()


# ---------------------------------------------------------------- 7. outward wires for certification and equipment


ABROAD = [
    (
        "City and Guilds of London Institute",
        "London, United Kingdom",
        "GBP",
        "Barclays Bank UK PLC",
        "BUKBGB22",
        "GB",
        "Centre approval and assessment fees",
    ),
    (
        "American Welding Society Inc",
        "Doral, FL, USA",
        "USD",
        "Bank of America NA",
        "BOFAUS3N",
        "",
        "Certified welder test seats",
    ),
    (
        "DVS ZERT GmbH",
        "Dusseldorf, Germany",
        "EUR",
        "Deutsche Bank AG",
        "DEUTDEDD",
        "DE",
        "Trainer certification",
    ),
    (
        "Festo Didactic SE",
        "Denkendorf, Germany",
        "EUR",
        "Commerzbank AG",
        "COBADEFF",
        "DE",
        "Electro-pneumatics training kits",
    ),
    (
        "Lincoln Electric Company",
        "Cleveland, OH, USA",
        "USD",
        "JPMorgan Chase Bank NA",
        "CHASUS33",
        "",
        "VRTEX welding simulator",
    ),
    (
        "Highfield Qualifications Ltd",
        "Doncaster, United Kingdom",
        "GBP",
        "Lloyds Bank PLC",
        "LOYDGB2L",
        "GB",
        "Learner registrations - food safety",
    ),
    (
        "Pearson Education Ltd",
        "London, United Kingdom",
        "GBP",
        "NatWest Bank plc",
        "NWBKGB2L",
        "GB",
        "BTEC centre fees",
    ),
    (
        "Amatrol Inc",
        "Jeffersonville, IN, USA",
        "USD",
        "Fifth Third Bank NA",
        "FTBCUS3C",
        "",
        "Mechatronics learning system spares",
    ),
]


def cert_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The institute paying certification bodies and equipment makers abroad in pounds, US dollars and euros: the
    bank's outward remittance advice (browser, e-mail, printed: the bank on top, Outward remittance - advice of
    debit / Foreign remittance (Form A2) - confirmation; Beneficiary name / Name of beneficiary / Payee (overseas),
    Beneficiary bank and BIC, IBAN or Account No., Remitter the institute, Amount in foreign currency / FCY amount /
    Remittance amount (FCY), Exchange rate, INR equivalent, Bank charges, GST on forex, Total debit (INR), Purpose
    code S1009 / S0101, Details of payment, Charges OUR / SHA, Remittance ref No. / Transaction ref No., UETR,
    Remittance date / Value date / Request date / Returned on; Funds remitted - SWIFT MT103 sent / Status: Remittance
    effected / Pending at forex desk - Form A2 under verification / Returned unpaid - beneficiary account closed)."""
    k = place("cert_wires")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    payee, city, cur, sbank, bic, iban, what = ABROAD[k]
    j.amount = round(rng.uniform(600, 28000), 2) if rng.random() < 0.6 else float(rng.randrange(6, 280) * 100)
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(
        ["State Bank of India", "Canara Bank", "Bank of India", "Punjab National Bank", "HDFC Bank"]
    )
    frame = ["browser", "mail", "paper"][(k + 1) % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"forex.{slug(bank)}.co.in/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.patna@{slug(bank)}.bank.in>",
            ["Outward remittance - advice of debit", "Your foreign remittance"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["Forex Cell, Gandhi Maidan, Patna", "Authorised Dealer Branch, Fraser Road, Patna"]),
    )
    p.add(
        "center",
        rng.choice(["Outward remittance - advice of debit", "Foreign remittance (Form A2) - confirmation"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Funds remitted - SWIFT MT103 sent", "Status: Remittance effected"],
            "pending": ["Pending at forex desk - Form A2 under verification"],
            "failed": ["Returned unpaid - beneficiary account closed"],
        },
    )
    name = payee.upper() if rng.random() < 0.3 else payee
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Name of beneficiary", "Payee (overseas)"]), name, merchant=name
    )
    p.pair("Beneficiary address", city)
    wrap_pair(p, "Beneficiary bank", f"{sbank} ({bic})")
    if iban:
        p.pair("IBAN", f"{iban}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}")
    else:
        p.pair("Account No.", digits(rng, 10))
    wrap_pair(p, "Remitter", rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        rng.choice(["Amount in foreign currency", "FCY amount", "Remittance amount (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate", f"1 {cur} = INR {rate}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    charges = float(rng.choice([750, 1000, 1500]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Bank charges", f"{charges:,.2f}")
    p.pair("GST on forex", f"{gst:,.2f}")
    p.pair("Total debit (INR)", f"{inr + charges + gst:,.2f}")
    goods = "kit" in what or "simulator" in what or "spares" in what
    p.pair("Purpose code", "S0101 - import payment" if goods else "S1009 - other business services")
    wrap_pair(p, "Details of payment", what)
    p.pair("Charges", rng.choice(["OUR", "SHA"]))
    p.pair("Mode", "SWIFT", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['OR', 'OWR'])}{IFSC[bank]}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["Remittance ref No.", "Transaction ref No."]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            wrap_pair(p, "UETR", uetr(rng))
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
    p.add(
        "small", "Remittance made under the Liberalised current account rules; retain this advice for audit."
    )
    return p.done()


# ---------------------------------------------------------------- 8. software subscriptions billed abroad


SOFTWARE = [
    ("Zoom Communications, Inc.", "USD", "Zoom Workplace Pro - 3 licences (monthly)", "zoom.us"),
    ("Autodesk, Inc.", "USD", "AutoCAD LT - 1 year subscription", "autodesk.com"),
    ("Mentimeter AB", "EUR", "Mentimeter Pro - annual plan", "mentimeter.com"),
    ("Notion Labs, Inc.", "USD", "Notion Plus - 5 members (monthly)", "notion.so"),
    ("Visual Education Ltd", "GBP", "Wordwall Pro - 12 months", "wordwall.net"),
    ("GitHub, Inc.", "USD", "GitHub Team - 4 seats", "github.com"),
    ("Kahoot! ASA", "USD", "Kahoot! 360 Pro - annual", "kahoot.com"),
    ("Miro (RealtimeBoard, Inc.)", "USD", "Miro Business - 3 seats", "miro.com"),
]


def software_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The online classroom's and the drawing lab's software, billed abroad to the institute's debit card: receipt
    e-mails and billing pages (the vendor on top, Receipt from / Your receipt, the sum large, Receipt number / Receipt
    # over Invoice number / Invoice #, Autodesk's Order number, Payment method Visa / Mastercard - last four, the
    plan and Billing period, Subtotal, Tax (reverse charge) 0.00, Total, Amount paid / Amount charged / Amount due,
    Date paid / Paid on / Attempted on; Paid / Payment successful / Payment failed - card declined (no standing
    instruction registered) / Payment pending - awaiting authorisation from your bank) in US dollars, euros (Mentimeter)
    and pounds (Wordwall)."""
    k = place("software_bills")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    vendor, cur, plan, host = SOFTWARE[k]
    monthly = "monthly" in plan or "seats" in plan
    if rng.random() < 0.7:
        j.amount = round(rng.uniform(18, 160) if monthly else rng.uniform(90, 780), 2)
    else:
        j.amount = float(rng.choice([20, 45, 48, 96]) if monthly else rng.choice([120, 240, 360, 500]))
    show = fx(rng, font, cur)
    name = vendor.upper() if rng.random() < 0.15 else vendor
    if k % 2 == 0:
        p = mail_page(
            rng,
            font,
            f"{vendor.split(',')[0].split(' (')[0]} <billing@{host}>",
            [f"Your receipt from {vendor.split(',')[0]}", "Payment receipt", "Your invoice is paid"],
        )
    else:
        p = browser_page(
            rng, font, f"{rng.choice(['billing', 'account', 'manage'])}.{host}/invoices/{digits(rng, 8)}"
        )
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", rng.choice([f"Receipt from {vendor.split(',')[0]}", "Your receipt", "Billing"]))
    p.add("rule")
    p.part = "body"
    p.add("big", show(j.amount), amount=j.amount, cur=cur)
    if status == "success":
        outcome_row(p, status, {"success": ["Paid", "Payment successful"]})
    else:
        outcome_row(
            p,
            status,
            {
                "failed": ["Payment failed - card declined (no standing instruction registered)"],
                "pending": ["Payment pending - awaiting authorisation from your bank"],
            },
        )
    if not j.no_ref:
        if vendor.startswith("Autodesk"):
            ono = digits(rng, 10)
            p.pair("Order number", ono, txn=(ORDER_RANK, ono))
        elif status == "success":
            rno = f"{digits(rng, 4)}-{digits(rng, 4)}"
            p.pair(rng.choice(["Receipt number", "Receipt #"]), rno, txn=(INVOICE_RANK, rno))
        ino = f"{code(rng, 8, ALNUM)}-{rng.randrange(1, 99):04d}"
        p.pair(rng.choice(["Invoice number", "Invoice #"]), ino, txn=(INVOICE_RANK, ino))
    date_row(
        p,
        j,
        ["Date paid", "Paid on"] if status == "success" else ["Attempted on"],
        ["%B {d}, %Y", "{d} %B %Y", "%b {d}, %Y", "%Y-%m-%d"],
    )
    p.pair(
        "Payment method",
        f"{rng.choice(['Visa', 'Mastercard'])} {rng.choice(['- ', 'ending in ', '**** '])}{digits(rng, 4)}",
        method="card",
    )
    p.add("rule")
    wrap_pair(p, plan, show(j.amount))
    if not j.no_day:
        a = j.date.replace(day=1)
        b = (a + dt.timedelta(days=32)).replace(day=1) if monthly else a.replace(year=a.year + 1)
        b -= dt.timedelta(days=1)
        p.pair("Billing period", f"{when(a, '%b {d}, %Y')} - {when(b, '%b {d}, %Y')}")
    p.pair("Subtotal", show(j.amount))
    p.pair(
        rng.choice(["Tax (reverse charge)", "Tax"] if cur == "USD" else ["VAT 0% (reverse charge)"]),
        show(0.0),
    )
    p.pair("Total", show(j.amount))
    p.pair(
        {
            "success": rng.choice(["Amount paid", "Amount charged"]),
            "failed": "Amount due",
            "pending": "Amount due",
        }[status],
        show(j.amount),
    )
    p.part = "foot"
    p.add("small", f"Billed to {rng.choice([COMPANY, COMPANY_CAPS])}, Boring Road, Patna, Bihar, India")
    p.add("small", "Questions? Visit our help centre or reply to this e-mail.")
    return p.done()


# ---------------------------------------------------------------- 9. office card slips


COUNTERS = [
    ("PATNA OFFICE MART", "FRASER ROAD, PATNA"),
    ("HP - BAILEY ROAD COCO", "BAILEY ROAD, PATNA"),
    ("SPICE COURT FAMILY RESTAURANT", "BORING ROAD, PATNA"),
    ("BHARAT PETROLEUM - GANGA FUELS", "BIHTA-DANAPUR ROAD"),
    ("DIGITAL WORLD COMPUTERS", "EXHIBITION ROAD, PATNA"),
    ("MAHAVIR PRINTERS & XEROX", "ASHOK RAJPATH, PATNA"),
    ("INDIANOIL - DANAPUR COCO", "DANAPUR CANTT, PATNA"),
    ("REDDY HARDWARE & ELECTRICALS", "GOVIND MITRA ROAD, PATNA"),
]
TERMINALS = [
    "PINE LABS",
    "PAYTM EDC",
    "RAZORPAY POS",
    "WORLDLINE",
    "MSWIPE",
    "PHONEPE POS",
    "SBI POS",
    "EZETAP",
]


def office_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The office's stationery, printing, computer and hardware purchases, the institute van's fuel and a lunch for
    the assessors on the institute's debit card: terminal slips (monospace: the terminal's brand on top on some, the
    counter's name and place in capitals, DATE: / DT: / TXN DT: and TIME:, MID:, TID:, BATCH:, INVOICE: / BILL NO:,
    SALE, CARD:, a fuel slip's PRODUCT:, RATE:, VOLUME: and NOZZLE NO:, APPR CODE: / AUTH CODE:, RRN: / REF NO:,
    AMOUNT: / TOTAL: / AMT INR: / SALE AMOUNT:; APPROVED / TRANSACTION APPROVED / DECLINED - 51 INSUFFICIENT FUNDS /
    HOST NOT RESPONDING - STATUS UNKNOWN)."""
    k = place("office_slips")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=250, high=26000)
    name, town = COUNTERS[k]
    fuel = any(w in name for w in ("HP -", "PETROLEUM", "INDIANOIL"))
    if "RESTAURANT" in name:
        j.amount = rupees(rng, 650, 4800, 0.6)
    elif fuel:
        j.amount = rupees(rng, 800, 4500, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d.%m.%y", "%Y/%m/%d"]), upper=True)
        p.pair(rng.choice(["DATE:", "DT:", "TXN DT:"]), d, date=j.date)
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP & PIN", "CONTACTLESS SALE"]))
    kind = rng.choice(["VISA DEBIT", "RUPAY DEBIT", "MASTERCARD DEBIT"])
    lead = {"VISA DEBIT": "4", "RUPAY DEBIT": "6", "MASTERCARD DEBIT": "5"}[kind]
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", kind)
    if fuel:
        rate = round(rng.uniform(105.2, 108.9), 2)
        p.pair("PRODUCT:", rng.choice(["PETROL", "MS", "XTRAPREMIUM"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME:", f"{j.amount / rate:.2f} L")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
    if status == "success" and not j.no_ref:
        appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["AMOUNT:", "TOTAL:", "AMT INR:", "SALE AMOUNT:"]),
        f"{rng.choice(['INR ', 'RS.', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - STATUS UNKNOWN", status="pending")
        p.add("small", "DO NOT RETRY BEFORE CHECKING WITH BANK")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "** CARDHOLDER COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 10. power, fibre, phones and property tax


# short name, long name, the consumer number's label, the sums billed
BILLERS = [
    ("SBPDCL", "South Bihar Power Distribution Company Ltd", "CA Number", 6500, 85000),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No.", 899, 4200),
    ("JioFiber", "Reliance Jio Infocomm Ltd", "Service ID", 999, 3999),
    ("Patna Municipal Corporation", "Patna Municipal Corporation - Property Tax", "Holding No.", 9000, 58000),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No.", 1400, 7800),
    ("SBPDCL Smart Prepaid", "South Bihar Power Distribution Company Ltd", "Consumer No.", 2000, 10000),
]
BILL_APPS = ["Canara ai1", "PhonePe", "SBPDCL", "Google Pay", "yono SBI", "Paytm", "SBPDCL", "BHIM"]
BILL_WHICH = [0, 2, 0, 3, 5, 4, 0, 1]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The centre's and the workshop's electricity (SBPDCL, post-paid and a smart prepaid meter's recharge), fibre
    (BSNL Bharat Fibre, JioFiber), the counsellors' phones (Vi Postpaid) and the Boring Road holding's property tax
    (Patna Municipal Corporation) through Bharat Connect in banking and UPI apps (the app on top, Bharat Connect,
    Biller / Service provider / Operator as printed, CA Number / Account No. / Service ID / Holding No. / Mobile No. /
    Consumer No., Customer name, Bill date, Due date, the sum large, Paid from Current A/c or UPI, Bharat Connect
    Reference ID / B-Connect Ref ID, UPI Ref No. on some, Transaction ID on the failed one, Paid on / Date & time; Bill
    paid successfully / Payment successful / Recharge successful / Awaiting biller confirmation / Payment failed -
    money will be refunded in 3-5 days) and SBPDCL's own receipt pages (the board on top with its A Government of
    Bihar undertaking line, CA Number, Bill month, Amount paid, Payment mode, Bank transaction ID, Receipt No., Date
    of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=450, high=85000)
    which = BILL_WHICH[k]
    short, long, idlab, low, high = BILLERS[which]
    j.amount = rupees(rng, low, high, 0.4)
    rs = money(rng, font, 0.5)
    ids = {
        "CA Number": digits(rng, 9),
        "Account No.": digits(rng, 10),
        "Service ID": digits(rng, 12),
        "Holding No.": f"{rng.randrange(1, 75):03d}/{rng.randrange(100, 999)}/{rng.randrange(1, 60)}",
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 9)}",
        "Consumer No.": digits(rng, 11),
    }[idlab]
    if which == 5:
        j.amount = float(rng.choice([2000, 3000, 5000, 10000]))
    app = BILL_APPS[k]
    if app == "SBPDCL":
        p = browser_page(rng, font, "www.sbpdcl.co.in/frmQuickBillPaymentAll.aspx")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Bihar undertaking  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Transaction status: Success"]})
        p.pair(idlab, ids)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            bref = f"{rng.choice(['SBI', 'CNB', 'IGA'])}{digits(rng, 10)}"
            p.pair("Bank transaction ID", bref, txn=(BANK_RANK, bref))
            rno = f"SB{digits(rng, 12)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Payment will be posted to your account within 24 hours.")
        return p.done()
    p = phone_page(
        rng, font, k, ["", "Bill payment", "Recharge details" if which == 5 else "Payment receipt"]
    )
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Recharge successful"]
            if which == 5
            else ["Bill paid successfully", "Payment successful"],
            "pending": ["Awaiting biller confirmation"],
            "failed": ["Payment failed - money will be refunded in 3-5 days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = {1: "Service provider", 2: "Service provider", 4: "Operator"}.get(which, "Biller")
    wrap_pair(p, rng.choice([lab, "Biller"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, "GANGA KAUSHAL SKILL INST"]))
    if which != 5 and not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "BHIM") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['CN', 'PP', 'SB'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Reference ID", "B-Connect Ref ID"]), bc, txn=(BANK_RANK, bc))
            if way == "UPI" and rng.random() < 0.6:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 11. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "MAGADH WELDING & TOOL",
    "SHAHID ANWAR",
    "PATLIPUTRA SECURITY S",
    "NOVELTY BOOK AGENCY",
    "ANNAPURNA CATERERS",
    "ABHISHEK KUMAR SINHA",
    "SWACHH SEVA FACILITY",
    "AMBALA EDU LAB INSTRU",
]
SENDERS = {
    "State Bank of India": ("AD-SBIINB", "SBI"),
    "Canara Bank": ("VK-CANBNK", "Canara Bank"),
    "UCO Bank": ("BV-UCOBNK", "UCO Bank"),
    "Bank of India": ("JM-BOIIND", "BOI"),
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the director's phone and mail: SMS in a messages app (the sender AD-SBIINB / VK-CANBNK /
    BV-UCOBNK / JM-BOIIND, the day divider, "Your A/c XX1234 is debited for Rs x on <day> by NEFT / IMPS / UPI /
    RTGS to <payee as the bank names it>", "An amount of INR x has been DEBITED to your account ...", the reference,
    Avl Bal; a UPI payment that "was UNSUCCESSFUL" and one "is PENDING with the beneficiary bank") and two e-mail
    transaction alerts (Amount debited, Beneficiary account name / Credited to, Account, Mode, UTR / IMPS Ref No.,
    Date of transaction, Transaction status: Success)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=900, high=480000)
    bank = rng.choice(list(SENDERS))
    sender, sign_off = SENDERS[bank]
    to = ALERT_PAYEES[k]
    if k in (1, 5):
        j.amount = rupees(rng, 2500, 45000)
    if k in (0, 4):
        way = way_for(rng, j.amount)
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}.bank.in>",
            ["Transaction alert for your current account", "Debit alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount debited", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary account name", "Credited to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date of transaction", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Success", status="success")
        p.part = "foot"
        p.add("small", "Not you? Call the 24x7 helpline at once to block your net banking.")
        return p.done()
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 900, 60000)
    else:
        way = "UPI" if k in (1, 5) else way_for(rng, j.amount)
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    day = "" if j.no_day else f" on {j.day(rng, ['%d%b%y', '%d-%m-%y', '%d/%m/%Y'])}"
    method = "UPI" if way == "UPI" else "netbanking"
    if status == "success":
        if rng.random() < 0.5:
            p.add("left", f"Your {acc} is debited for {amt}{day}", amount=j.amount)
        else:
            p.add("left", f"An amount of {amt} has been DEBITED to your {acc}{day}", amount=j.amount)
        p.add("left", f"by {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your UPI payment of {amt} from {acc}{day}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
        word = {
            "failed": "was UNSUCCESSFUL. Any amount debited will be reversed.",
            "pending": "is PENDING with the beneficiary bank. Please do not retry.",
        }[status]
        p.add("left", word, status=status)
    if not j.no_ref:
        ref = bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal Rs.{rupees(rng, 25000, 3200000):,.2f}", status="success")
    p.add("small", f"-{sign_off}")
    return p.done()


# ---------------------------------------------------------------- 12. accreditation, affiliation and licence fees


AUTHORITIES = [
    (
        "National Council for Vocational Education and Training",
        "Skill India Digital Hub - training centre accreditation",
        "www.sidh.gov.in/accreditation/payment",
        ["Training Provider (TP) name", "Name of institute"],
        [("Accreditation fee - training centre", 12000.0), ("Affiliation fee per job role x 3", 15000.0)],
    ),
    (
        "Automotive Skills Development Council",
        "Training partner affiliation and assessment",
        "www.asdc.org.in/tp/payment",
        ["Training partner", "Name of institute"],
        [("Affiliation fee (annual)", 25000.0), ("Assessment fee - 30 candidates", 18000.0)],
    ),
    (
        "Labour Resources Department, Bihar",
        "Registration under the Bihar Shops and Establishments Act",
        "ogras.bihar.gov.in/challan",
        ["Remitter name", "Name of establishment"],
        [("Registration fee - establishment", 1500.0), ("Late fee", 500.0)],
    ),
    (
        "Patna Municipal Corporation",
        "Trade licence - online payment",
        "pmc.bihar.gov.in/tradelicence",
        ["Trade name", "Name of the applicant"],
        [("Trade licence fee (educational institution)", 5000.0), ("Signboard fee", 1200.0)],
    ),
]
AUTHORITY_ORDER = [0, 1, 2, 3, 1, 0, 3, 2]


def accreditation_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fees the institute pays to be allowed to train: NCVET's training centre accreditation and affiliation fee
    on the Skill India Digital Hub, the Automotive Skills Development Council's affiliation and assessment fees, the
    Labour Resources Department's shops and establishments registration through OGRAS Bihar and Patna Municipal
    Corporation's trade licence (the authority on top with its service line, Training Provider (TP) name / Name of
    institute / Training partner / Remitter name / Name of establishment / Trade name / Name of the applicant the
    institute, TP ID / Centre ID / Application ID / Registration No. / Holding No., the heads, GST @ 18% on the
    councils', Total amount paid / Amount paid / Challan amount, Payment mode Net banking / UPI / Debit card, Bank CIN
    and GRN, Transaction ID and Receipt No., Payment reference No., Payment date / Transaction date / Date of payment;
    Payment successful / Fee paid successfully / Challan paid / Payment status: Awaiting bank confirmation (do not pay
    again) / Payment unsuccessful - transaction cancelled by bank)."""
    k = place("accreditation_fees")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    which = AUTHORITY_ORDER[k]
    agency, line, url, applicant, heads = AUTHORITIES[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{url}/{digits(rng, 8)}")
    p.part = "head"
    name = agency.upper() if rng.random() < 0.25 else agency
    top(p, name, merchant=name)
    p.add("small", line)
    if which == 2:
        p.add("small", "OGRAS - Online Government Receipts Accounting System, Bihar")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Fee paid successfully"]
            + (["Challan paid"] if which == 2 else []),
            "pending": ["Payment status: Awaiting bank confirmation (do not pay again)"],
            "failed": ["Payment unsuccessful - transaction cancelled by bank"],
        },
    )
    wrap_pair(p, rng.choice(applicant), rng.choice([COMPANY, COMPANY_CAPS]))
    idlab = {0: "TP ID / Centre ID", 1: "Application ID", 2: "Registration No.", 3: "Holding No."}[which]
    idval = {
        0: f"TP{digits(rng, 6)} / TC{digits(rng, 6)}",
        1: f"ASDC/TP/{j.date:%Y}/{digits(rng, 5)}",
        2: f"PAT/SE/{digits(rng, 6)}",
        3: f"{rng.randrange(1, 75):03d}/{rng.randrange(100, 999)}",
    }[which]
    p.pair(idlab, idval)
    total = 0.0
    for head, fee in heads[: rng.randrange(1, 3)]:
        p.pair(head, rs(fee))
        total += fee
    if which in (0, 1):
        gst = round(total * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        total += gst
    j.amount = round(total, 2)
    lab = "Challan amount" if which == 2 else rng.choice(["Total amount paid", "Amount paid"])
    p.pair(lab, rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way])
    if not j.no_ref:
        if which == 2:
            grn = f"{digits(rng, 2)}{j.date:%y}{digits(rng, 8)}"
            if status == "success":
                cin = f"{digits(rng, 7)}{digits(rng, 8) if j.no_day else f'{j.date:%d%m%Y}'}{digits(rng, 5)}"
                p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
        elif which == 3:
            tid = f"PMC{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"TL/{j.date:%y}/{digits(rng, 6)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        else:
            tid = f"{'SIDH' if which == 0 else 'ASDC'}{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                bref = f"{rng.choice(['HDF', 'ICI', 'SBI'])}{digits(rng, 11)}"
                p.pair("Payment reference No.", bref, txn=(BANK_RANK, bref))
    date_row(p, j, ["Payment date", "Transaction date", "Date of payment"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add(
        "small",
        "Fee once paid is not refundable. Keep this receipt for the inspection of the centre."
        if which in (0, 1)
        else "This is a computer generated receipt.",
    )
    return p.done()


compose = compose158

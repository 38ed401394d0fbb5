"""The twelve heldout171 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a private coaching institute's day in 2026 (Abhyas Career Institute, run by Abhyas
Eduventures Pvt Ltd, with its classroom centres at Kota and Patna, a girls' hostel and a mess), told by the proofs of
payment it receives and makes: parents' UPI and payment links for fee instalments, parents' bank transfers and NRI
parents' wires and Wise transfers, fee-financing lenders' disbursals, a CSR foundation's, a partner school's and the
state's coaching scheme's payment advices, its own printed fee receipts, the fee counter's card slips, faculty pay,
hostel fees, the mess caterer, the gas agency and the hostel building's landlord, the presses printing its study
material, its online test platform and software, electricity, property tax and the leased line, refunds of fees to
students who withdrew, and the bank's alerts. Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, course and batch lines, enrolment and
roll numbers, invoice lists, loan accounts, EMI lines, exchange rates, INR equivalents, charges, TDS and GST lines,
IFSC, GSTIN, BIC, PAN, consumer, property and account numbers, periods, cheque numbers, MID, TID, batch and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's,
``compose`` heldout158's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
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

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"

INSTITUTE = "Abhyas Career Institute"
INSTITUTE_CAPS = "ABHYAS CAREER INSTITUTE"
COMPANY = "Abhyas Eduventures Pvt Ltd"
COMPANY_CAPS = "ABHYAS EDUVENTURES PRIVATE LIMITED"
SLUG = "abhyas"
# centre, address, GST state code
CENTRES = [
    ("Kota", "Plot 14, Indra Vihar, Kota - 324005, Rajasthan", "08"),
    ("Patna", "Anand Complex, Boring Road, Patna - 800001, Bihar", "10"),
]
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "{d} %b %Y",
    "%d-%b-%Y",
    "{d} %B %Y",
    "%b {d}, %Y",
    "%d/%m/%y",
    "%Y-%m-%d",
]
WEST_PATS = ["{d} %B %Y", "%b {d}, %Y", "%d %b %Y", "%Y-%m-%d"]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Punjab National Bank",
    "Bank of Baroda",
    "AU Small Finance Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Punjab National Bank": "PUNB",
    "Bank of Baroda": "BARB",
    "AU Small Finance Bank": "AUBL",
    "Kotak Mahindra Bank": "KKBK",
}
# student, parent
STUDENTS = [
    ("Aarav Meena", "Rajendra Meena"),
    ("Ishita Agarwal", "Sunil Agarwal"),
    ("Kunal Jha", "Manoj Kumar Jha"),
    ("Sneha Kumari", "Arvind Prasad"),
    ("Rohit Choudhary", "Mahendra Choudhary"),
    ("Tanvi Saxena", "Neelam Saxena"),
    ("Vedant Mishra", "Ashok Mishra"),
    ("Pooja Yadav", "Ramesh Yadav"),
    ("Harshvardhan Singh", "Bhupendra Singh Rathore"),
    ("Ananya Sinha", "Kavita Sinha"),
    ("Mohd Faizan", "Mohd Shakeel"),
    ("Riya Bansal", "Pankaj Bansal"),
]
# course, batch, a year's fee range
COURSES = [
    ("JEE (Main + Advanced) - 2 Yr Classroom", "LAKSHYA-JA", (148000, 176000)),
    ("NEET-UG - 1 Yr Repeater", "AAROHAN-NR", (132000, 158000)),
    ("JEE Main - 1 Yr Dropper", "PRAYAS-JD", (118000, 142000)),
    ("Pre-Foundation Class X", "ANKUR-F10", (68000, 86000)),
    ("NEET-UG - 2 Yr Classroom", "AAROHAN-N2", (152000, 182000)),
    ("JEE Advanced - Crash Course", "VIJAY-CC", (38000, 52000)),
]
FACULTY = [
    ("Alok Ranjan Sharma", "Physics"),
    ("Neha Bhardwaj", "Chemistry"),
    ("Vikas Kumar Gupta", "Mathematics"),
    ("Sameer Khan", "Biology (Zoology)"),
    ("Priyanka Jain", "Organic Chemistry"),
    ("Rajeev Sinha", "Physics"),
    ("Deepti Mathur", "Botany"),
    ("Anupam Tripathi", "Mathematics"),
]


def ours(rng: random.Random, unit: int, *, firm: float = 0.3, caps: float = 0.25, centre: float = 0.2) -> str:
    """The institute as a page names it: its trade name (with its centre on some) or its company's."""
    if rng.random() < firm:
        name = rng.choice([COMPANY, COMPANY_CAPS, "ABHYAS EDUVENTURES PVT LTD"])
        return name
    name = f"{INSTITUTE}, {CENTRES[unit][0]}" if rng.random() < centre else INSTITUTE
    return name.upper() if rng.random() < caps else name


def student(rng: random.Random) -> tuple[str, str, str, str]:
    """A student, the parent, the course and the batch."""
    stu, parent = rng.choice(STUDENTS)
    course, batch, _ = rng.choice(COURSES)
    return stu, parent, course, f"{batch}{rng.randrange(1, 9)}"


def enrolment(rng: random.Random, unit: int) -> str:
    """A student's enrolment or roll number (no year in it): never the payment's id."""
    c = "K" if unit == 0 else "P"
    return rng.choice([f"ACI{c}{digits(rng, 6)}", f"{c}{digits(rng, 7)}", f"ABH/{c}/{digits(rng, 5)}"])


def doc_no(rng: random.Random, prefix: str, j: Job) -> str:
    """A document's own number: its financial year only where the page prints a day."""
    n = rng.randrange(100, 9999)
    if not j.no_day and rng.random() < 0.6:
        return f"{prefix}/{fy(j.date)}/{n:04d}"
    return rng.choice([f"{prefix}-{n:05d}", f"{prefix}{rng.randrange(10000, 99999)}"])


def by_bank(j: Job, way: str) -> str:
    """NEFT and RTGS references spell the day: the page that prints no day moves its money by IMPS."""
    return "IMPS" if j.no_day and way in ("NEFT", "RTGS") else way


def bank_ref(rng: random.Random, j: Job, way: str, bank: str | None = None) -> str:
    """A NEFT UTR (16 or 22 characters), an RTGS UTR, or an IMPS / UPI reference (RRN)."""
    head = IFSC.get(bank or "", rng.choice(list(IFSC.values())))
    if way == "NEFT":
        return (
            neft_utr(head, rng, j.date) if rng.random() < 0.5 else f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"
        )
    if way == "RTGS":
        return rtgs_utr(head, rng, j.date)
    return j.ref


def ifsc(rng: random.Random, bank: str | None = None) -> str:
    return f"{IFSC.get(bank or '', rng.choice(list(IFSC.values())))}0{digits(rng, 6)}"


def ours_to(p: Screen, labels: list[str], unit: int) -> None:
    """The institute as the other party on a vendor's paper (Bill to / Client / Buyer: no fact)."""
    rng = p.rng
    wrap_pair(
        p,
        rng.choice(labels),
        rng.choice([f"M/s {COMPANY}", COMPANY, f"{INSTITUTE}, {CENTRES[unit][0]}", f"M/s {INSTITUTE}"]),
    )


# ---------------------------------------------------------------- 1. parents' UPI and the fee payment links


FEE_APPS = ["Google Pay", "PhonePe", "Paytm", "Razorpay", "BHIM", "Easebuzz", "CRED", "Amazon Pay"]
# band, the app's own id label
APP_LOOK = {
    "Google Pay": (None, "Google transaction ID"),
    "PhonePe": ((95, 37, 159), "Transaction ID"),
    "Paytm": ((0, 46, 110), "Transaction ID"),
    "BHIM": ((0, 98, 65), None),
    "CRED": ((18, 18, 20), "CRED transaction ID"),
    "Amazon Pay": ((35, 47, 62), "Transaction ID"),
}
FEE_NOTES = [
    "JEE 2yr fee - inst 2",
    "NEET repeater 1st instalment",
    "Fee {s} Q2",
    "Test series fee",
    "Foundation X fee",
    "Hostel + mess fee",
    "Crash course fee {s}",
    "Admission + study kit",
]
COLLECT_HANDLES = ["icici", "hdfcbank", "axisbank", "sbi", "aubank", "kotak"]


def fee_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A parent paying a fee instalment: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM, CRED, Amazon Pay; the
    institute (its company or its centre on some) under Paid to / To / Sent to / Paying to, its UPI ID, the sum large,
    Note / Message (JEE 2yr fee - inst 2), UPI transaction ID / UPI Ref No. / UTR, the app's own Google transaction
    ID / Transaction ID / CRED transaction ID on some, Debited from, Date & time / Paid on / Completed / Attempted on)
    and two of the institute's fee payment links (Razorpay's page and Easebuzz's: the institute on top, Online fee
    payment / Fee collection - <centre> centre, Payment successful / Fee paid, the sum large, Student name, Enrolment
    No. / Form No. / Roll No., Course, Instalment n of 3, Paid by / Payer the parent, Payment method UPI / card / Net
    banking, Payment ID pay_... / Easepay ID, UPI RRN / UPI Ref No. / Bank ref no. / Auth code, Paid on / Payment
    date; the gateway's footer)."""
    k = place("fee_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=8000, high=92000, p_round=0.8)
    stu, parent, course, batch = student(rng)
    to = ours(rng, j.unit)
    app = FEE_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "Easebuzz"):
        url = (
            f"pages.razorpay.com/{SLUG}-{CENTRES[j.unit][0].lower()}-fees"
            if app == "Razorpay"
            else f"pay.easebuzz.in/pay/{code(rng, 8, ALNUM.lower())}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Online fee payment", f"Fee collection - {CENTRES[j.unit][0]} centre", "Admissions desk"]
            ),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Fee paid"],
                "failed": ["Payment failed"],
                "pending": ["Pending"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Student name", "Student"]), stu)
        p.pair(rng.choice(["Enrolment No.", "Form No.", "Roll No."]), enrolment(rng, j.unit))
        wrap_pair(p, "Course", course)
        p.pair("Instalment", f"{rng.randrange(1, 4)} of 3")
        wrap_pair(p, rng.choice(["Paid by", "Payer"]), parent)
        way = rng.choice(["UPI", "card", "netbanking"])
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
                pid = f"E{j.date:%y%m}{digits(rng, 8)}{code(rng, 2, UPPER)}"
                p.pair("Easepay ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank ref no.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Payment date", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by Easebuzz")
        return p.done()
    band, own_label = APP_LOOK[app]
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status", "History"])
    p.part = "head"
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", {"BHIM": "BHIM UPI", "Amazon Pay": "amazon pay"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Money sent", "Transaction Successful"],
            "failed": ["Payment Failed", "Transaction declined by bank"],
            "pending": ["Payment Pending", "Processing - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    lab = rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"])
    p.add("small", lab)
    p.add("center", to, merchant=to)
    vpa = f"{rng.choice([SLUG, SLUG + 'kota', SLUG + '.fees', 'abhyaseduventures'])}@{rng.choice(COLLECT_HANDLES)}"
    p.add("small", f"UPI ID: {vpa}", method="UPI")
    if status == "failed":
        p.add("small", "If money was debited, it will be refunded to your account within 3-5 working days.")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), rng.choice(FEE_NOTES).format(s=stu.split()[0]))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if own_label and rng.random() < 0.75:
            own = {
                "Google Pay": f"CICAg{code(rng, 9, MIXED)}",
                "PhonePe": f"T{digits(rng, 21)}" if j.no_day else f"T{j.date:%y%m%d}{digits(rng, 15)}",
                "Paytm": digits(rng, 20),
                "CRED": f"CR{digits(rng, 16)}",
                "Amazon Pay": f"P{code(rng, 2, UPPER)}{digits(rng, 12)}",
            }[app]
            wrap_pair(p, own_label, own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    labels = (
        ["Date & time", "Paid on", "Completed"] if status == "success" else ["Attempted on", "Date & time"]
    )
    date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Split  |  Share"]))
    return p.done()


# ---------------------------------------------------------------- 2. parents' bank transfers and NRI parents' wires


NET_BANKS = {
    "sbi": ("OnlineSBI", "State Bank of India", "retail.onlinesbi.sbi/retail/interbanktransfer.htm"),
    "hdfc": ("HDFC Bank NetBanking", "HDFC Bank", "netbanking.hdfcbank.com/netbanking/entry"),
    "pnb": ("PNB Internet Banking", "Punjab National Bank", "netpnb.com/corp/BANKAWAY"),
    "icici": ("ICICI Bank Internet Banking", "ICICI Bank", "infinity.icicibank.com/corp/Finacle"),
}
TRANSFER_FRAMES = ["sbi", "wire_mail", "hdfc", "wise_app", "pnb", "wire_paper", "icici", "wise_mail"]
# parent abroad, city, currency, remitting bank, BIC
NRI = [
    ("Rakesh Meena", "Houston, TX, USA", "USD", "Bank of America NA", "BOFAUS3N"),
    ("Sanjay Agarwal", "Leicester, United Kingdom", "GBP", "HSBC UK Bank PLC", "HBUKGB4B"),
    ("Dinesh Jha", "Munich, Germany", "EUR", "Deutsche Bank AG", "DEUTDEFF"),
    ("Amit Choudhary", "San Jose, CA, USA", "USD", "Wells Fargo Bank NA", "WFBIUS6S"),
]
RATES = {"USD": (85.6, 88.9), "EUR": (93.4, 97.8), "GBP": (108.6, 113.6)}


def fee_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A term's fees from a parent's bank: four net-banking acknowledgements (OnlineSBI, HDFC Bank NetBanking, PNB
    Internet Banking, ICICI Bank in a browser: the portal on top, Funds transfer - acknowledgement / Transaction
    receipt / Other bank transfer - status, Remitter name / Debit account name the parent, Debit account, Beneficiary
    name / Payee / Credit to / Beneficiary the institute or its company, Beneficiary account, IFSC, Amount / Transfer
    amount / Amount (INR), Charges (incl. GST) on some, Remarks / Narration / Purpose, Mode / Transfer type NEFT / RTGS
    / IMPS, UTR No. / UTR / IMPS Ref No. and the bank's Reference No. / Txn Ref No. on some, Transaction date / Value
    date / Date; Transaction Successful / Funds transferred successfully / Transaction failed - beneficiary account
    inoperative), two inward remittance advices from the institute's bank for an NRI parent's wire (Axis Bank's
    e-mail, SBI's printed advice: Beneficiary / Beneficiary name the company, Remitter / Ordering customer the parent
    abroad, Remitting bank and BIC, Remittance amount / Foreign currency amount in USD, EUR or GBP, Exchange rate, INR
    equivalent, Less: Bank charges, Amount credited (INR), Remittance information, Mode SWIFT inward (MT103), Inward
    ref No. / Our reference / Transaction reference, UETR on some, Value date / Credited on / Received on) and two Wise
    transfers (app and e-mail: You sent, Wise fee, Amount converted, Guaranteed rate, Recipient gets (INR), To /
    Recipient the company, Transfer #, Sent on / Arrived on)."""
    k = place("fee_transfers")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=35000, high=260000, p_round=0.7)
    stu, parent, course, batch = student(rng)
    frame = TRANSFER_FRAMES[k]
    payee = rng.choice([COMPANY_CAPS, COMPANY, "ABHYAS EDUVENTURES PVT LTD", INSTITUTE])
    if frame in ("wise_app", "wise_mail"):
        name, city, cur, _, _ = rng.choice(NRI)
        j.amount = (
            round(rng.uniform(450, 2400), 2) if rng.random() < 0.5 else float(rng.randrange(5, 25) * 100)
        )
        show = fx(rng, font, cur)
        rate = round(rng.uniform(*RATES[cur]), 4)
        if frame == "wise_app":
            p = phone_page(rng, font, k, ["Transfer details", "Activity", ""])
        else:
            p = mail_page(
                rng,
                font,
                "Wise <noreply@wise.com>",
                [f"Your money's on its way to {payee}", "Your transfer is complete", "Transfer receipt"],
            )
        p.part = "head"
        p.add("title", "Wise")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Your transfer is complete", "Money sent", "The money has arrived"],
                "pending": ["We're processing your transfer"],
                "failed": ["Transfer cancelled - refund on its way"],
            },
        )
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        fee = round(j.amount * rng.uniform(0.004, 0.007), 2)
        p.pair("You sent", show(j.amount))
        p.pair("Wise fee", show(fee))
        p.pair("Amount converted", show(round(j.amount - fee, 2)))
        p.pair("Guaranteed rate", f"1 {cur} = {rate:.4f} INR")
        p.pair("Recipient gets", f"INR {round((j.amount - fee) * rate, 2):,.2f}")
        wrap_pair(p, rng.choice(["To", "Recipient"]), payee, merchant=payee)
        p.pair("Account", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
        wrap_pair(p, "Reference", f"Fee {stu.split()[0]} {batch}")
        wrap_pair(p, "Paid with", "Bank transfer", method="netbanking")
        if not j.no_ref:
            tid = f"#{rng.randrange(1100000000, 1999999999)}"
            p.pair("Transfer", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Arrived on", "Sent on"], WEST_PATS)
        p.part = "foot"
        p.add("small", "Wise Payments Limited is authorised by the Financial Conduct Authority.")
        return p.done()
    if frame in ("wire_mail", "wire_paper"):
        name, city, cur, rbank, bic = rng.choice(NRI)
        j.amount = (
            round(rng.uniform(700, 2600), 2) if rng.random() < 0.5 else float(rng.randrange(7, 26) * 100)
        )
        show = fx(rng, font, cur)
        rate = round(rng.uniform(*RATES[cur]), 2)
        bank = "Axis Bank" if frame == "wire_mail" else "State Bank of India"
        if frame == "wire_mail":
            p = mail_page(
                rng,
                font,
                "Axis Bank <forex.advice@axisbank.com>",
                ["Inward remittance credited to your account", "Credit advice - foreign inward remittance"],
            )
        else:
            p = paper_page(rng, font, [700, 740])
        p.part = "head"
        top(p, bank.upper() if frame == "wire_paper" and rng.random() < 0.5 else bank)
        p.add("small", rng.choice(["Forex operations - Kota main branch", "Trade & forex services, Kota"]))
        p.add(
            "center",
            rng.choice(["Inward Remittance Advice", "Credit Advice - Foreign Inward Remittance"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Credited", "Credited to your account"],
                "pending": ["Received - pending disposal (purpose code and invoice awaited)"],
                "failed": ["Returned to remitting bank - beneficiary name mismatch"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)} (Current)")
        wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), f"{name}, {city}")
        wrap_pair(p, "Remitting bank", rbank)
        p.pair("BIC", bic + rng.choice(["", "XXX"]))
        p.pair(
            rng.choice(["Remittance amount", "Foreign currency amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        inr = round(j.amount * rate, 2)
        charges = float(rng.choice([250, 500, 750])) + round(rng.uniform(0, 150), 2)
        p.pair("Exchange rate", f"{rate} INR / {cur}")
        p.pair("INR equivalent", f"{inr:,.2f}")
        p.pair("Less: Bank charges (incl. GST)", f"{charges:,.2f}")
        if status == "success":
            p.pair("Amount credited (INR)", f"{inr - charges:,.2f}")
        wrap_pair(p, "Remittance information", f"COACHING FEE {stu.upper()} {batch}")
        p.pair("Mode", rng.choice(["SWIFT inward (MT103)", "SWIFT - MT103"]), method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['IRM', 'FIR', 'IW'])}{j.date:%y}{digits(rng, 9)}"
            p.pair(
                rng.choice(["Inward ref No.", "Our reference", "Transaction reference"]),
                ref,
                txn=(BANK_RANK, ref),
            )
            if rng.random() < 0.5:
                uetr = (
                    f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-b{code(rng, 3, HEX)}-"
                    f"{code(rng, 12, HEX)}"
                )
                wrap_pair(p, "UETR", uetr)
        date_row(
            p,
            j,
            {"success": ["Value date", "Credited on"], "pending": ["Received on"], "failed": ["Returned on"]}[
                status
            ],
        )
        p.part = "foot"
        p.add("small", "FIRC will be issued on request from the branch.")
        return p.done()
    title, bank, url = NET_BANKS[frame]
    rs = money(rng, font, 0.3, marks=("\u20b9", "INR", "Rs."))
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, title)
    p.add(
        "small",
        rng.choice(["Funds transfer - acknowledgement", "Transaction receipt", "Other bank transfer"]),
    )
    p.add("rule")
    p.part = "body"
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "IMPS"])
    way = by_bank(j, way)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Transaction Successful",
                "Funds transferred successfully",
                f"{way} transfer successful",
            ],
            "failed": ["Transaction failed - beneficiary account inoperative"],
            "pending": ["Transaction in process - awaiting credit confirmation"],
        },
    )
    wrap_pair(p, rng.choice(["Remitter name", "Debit account name"]), parent.upper())
    p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Beneficiary name", "Payee", "Credit to", "Beneficiary"]), payee, merchant=payee)
    p.pair("Beneficiary account", f"XXXXXXX{digits(rng, 4)}")
    to_bank = rng.choice(["ICICI Bank", "Axis Bank", "AU Small Finance Bank"])
    p.pair("IFSC", ifsc(rng, to_bank))
    p.pair(rng.choice(["Amount", "Transfer amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
    if rng.random() < 0.5:
        p.pair("Charges (incl. GST)", rs({"NEFT": 2.95, "IMPS": 5.90, "RTGS": 29.50}[way]))
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), f"Fee {stu} {batch}")
    p.pair(rng.choice(["Mode", "Transfer type"]), way, method="netbanking")
    if not j.no_ref:
        own = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        if status != "failed":
            ref = bank_ref(rng, j, way, to_bank)
            p.pair(
                "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref)
            )
            if rng.random() < 0.5:
                p.pair(rng.choice(["Reference No.", "Txn Ref No."]), own, txn=(BANK_RANK, own))
        else:
            p.pair(rng.choice(["Reference No.", "Txn Ref No."]), own, txn=(BANK_RANK, own))
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Value date", "Date"],
            "pending": ["Initiated on"],
            "failed": ["Transaction date", "Failed on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "This is a computer generated acknowledgement.")
    return p.done()


# ---------------------------------------------------------------- 3. fee-financing disbursals and sponsors' advices


# brand, company, mail, site, loan account prefix
LENDERS = [
    ("EduKredit", "EduKredit Finance Pvt Ltd", "disbursals@edukredit.in", "partners.edukredit.in", "EKL"),
    (
        "Vidyadhan Capital",
        "Vidyadhan Capital Ltd",
        "ops@vidyadhancapital.com",
        "portal.vidyadhancapital.com",
        "VDC",
    ),
    ("FeeEase", "Lotus Finserv Pvt Ltd", "payouts@feeease.in", "institutes.feeease.in", "FE"),
    (
        "GurukulPay",
        "GurukulPay Credit Pvt Ltd",
        "partner-payouts@gurukulpay.in",
        "partner.gurukulpay.in",
        "GKP",
    ),
]
FIN_FRAMES = ["mail", "portal", "csr", "govt", "mail", "letter", "school", "portal"]
# payer, its line, its mail
SPONSORS = {
    "csr": (
        "Hadoti Cements CSR Foundation",
        "Corporate social responsibility - scholarships",
        "csr@hadoticements.in",
    ),
    "school": (
        "Modern Vidya Niketan Sr. Sec. School",
        "Integrated programme partner",
        "accounts@mvnkota.edu.in",
    ),
}


def fee_finance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Money paid to the institute on a student's behalf: five fee-financing lenders' disbursal advices (EduKredit,
    Vidyadhan Capital, FeeEase, GurukulPay; e-mail, partner portal, printed letter: the lender on top, Disbursement
    Advice / Disbursal intimation / Partner institute payout, Institute / Disbursed to / Beneficiary / Partner
    institute the institute, Partner code, Student / Applicant / Borrower, Loan account No., Course, Course fee, Down
    payment (paid to institute), Loan amount, Less: Subvention @ n%, Less: GST on subvention @ 18%, Net disbursal
    amount / Amount disbursed / Net amount transferred, EMI n x months, Mode, UTR, Disbursal ID, Disbursed on /
    Disbursal date / Value date / Scheduled for / Failed on; Status: Disbursed / Loan disbursed / Disbursal scheduled -
    awaiting e-NACH registration / Disbursal failed - beneficiary account mismatch), a CSR foundation's and a partner
    school's Payment Advice (the payer on top, Payee / Vendor / Beneficiary the institute, Vendor code, the invoices
    paid, Gross invoice value, Less: TDS u/s 194J @ 10% / 194C @ 2%, Net amount paid / Amount remitted, Mode, UTR,
    Payment document / Payment voucher No., Payment date) and the state's coaching scheme's payment advice (Government
    of Rajasthan, Social Justice & Empowerment Department, Mukhyamantri Anuprati Coaching Yojana: Coaching institute /
    Beneficiary institute, Institute code, Session, Students, Amount per student, Amount, Token No., Voucher No.,
    UTR, Payment date; Status: Paid)."""
    k = place("fee_finance")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    stu, parent, course, batch = student(rng)
    frame = FIN_FRAMES[k]
    payee = ours(rng, j.unit, firm=0.35, caps=0.3)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame in ("csr", "school"):
        payer, line, mail = SPONSORS[frame]
        p = mail_page(
            rng, font, f"{payer.split(' Sr.')[0]} <{mail}>", ["Payment Advice", "Remittance advice"]
        )
        p.part = "head"
        top(p, payer)
        p.add("small", line)
        p.add("center", "Payment Advice")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, rng.choice(["Payee", "Vendor", "Beneficiary"]), payee, merchant=payee)
        p.pair("Vendor code", f"{rng.choice(['V', 'VEN', '30'])}{digits(rng, 5)}")
        if frame == "csr":
            n = rng.randrange(6, 25)
            p.add("left", f"Scholars sponsored: {n} ({course.split(' - ')[0]} batch)")
        gross = 0.0
        for i in range(rng.randrange(1, 4)):
            no = doc_no(rng, "ACI", j)
            v = float(rng.randrange(60, 400) * 1000)
            p.pair(f"Inv {no}", rs(v))
            gross += v
        p.pair("Gross invoice value", rs(gross))
        sec, rate = rng.choice([("194J", 10), ("194C", 2)])
        tds = round(gross * rate / 100, 2)
        p.pair(f"Less: TDS u/s {sec} @ {rate}%", rs(tds))
        j.amount = round(gross - tds, 2)
        p.pair(rng.choice(["Net amount paid", "Amount remitted"]), rs(j.amount), amount=j.amount)
        way = by_bank(j, "RTGS" if j.amount >= 200000 else "NEFT")
        p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['19', '51'])}{digits(rng, 8)}"
            p.pair(rng.choice(["Payment document", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
        outcome_row(p, status, {"success": ["Status: Paid", "Status: Processed"]})
        date_row(p, j, ["Payment date", "Value date"])
        p.part = "foot"
        p.add("small", "This is a system generated advice and needs no signature.")
        return p.done()
    if frame == "govt":
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        top(p, rng.choice(["Government of Rajasthan", "GOVERNMENT OF RAJASTHAN"]))
        p.add("small", "Social Justice & Empowerment Department")
        p.add("center", "Mukhyamantri Anuprati Coaching Yojana - payment advice")
        p.add("rule")
        p.part = "body"
        payee = rng.choice([INSTITUTE_CAPS + ", KOTA", f"{INSTITUTE}, Kota", COMPANY_CAPS])
        wrap_pair(p, rng.choice(["Coaching institute", "Beneficiary institute"]), payee, merchant=payee)
        p.pair("Institute code", f"ANP/KOT/{rng.randrange(10, 99):03d}")
        p.pair("Session", f"20{fy(j.date)}")
        n = rng.randrange(8, 40)
        per = float(rng.choice([20000, 25000, 30000]))
        p.pair("Students", str(n))
        p.pair("Amount per student", rs(per))
        j.amount = n * per
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Token No.", digits(rng, 6))
        p.pair("Mode", "e-Payment (NEFT)", method="netbanking")
        if not j.no_ref:
            vno = f"{rng.randrange(100, 999)}/{j.date.year}"
            p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
            ref = bank_ref(rng, j, "NEFT", "State Bank of India")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        outcome_row(p, status, {"success": ["Status: Paid"]})
        date_row(p, j, ["Payment date", "Paid on"])
        p.part = "foot"
        p.add("small", "Generated from IFMS Rajasthan - Pay Manager")
        return p.done()
    brand, legal, mail, site, prefix = rng.choice(LENDERS)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{brand} <{mail}>",
            [
                f"Disbursement advice - {stu}",
                "Loan disbursed to your institute account",
                "Partner payout intimation",
            ],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"{site}/disbursals/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, brand)
    p.add("small", legal if legal.startswith(brand) else f"A product of {legal}")
    p.add("center", rng.choice(["Disbursement Advice", "Disbursal intimation", "Partner institute payout"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Disbursed", "Loan disbursed"],
            "pending": ["Disbursal scheduled - awaiting e-NACH registration"],
            "failed": ["Disbursal failed - beneficiary account mismatch"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Institute", "Disbursed to", "Beneficiary", "Partner institute"]),
        payee,
        merchant=payee,
    )
    p.pair("Partner code", f"{prefix}P{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Student", "Applicant", "Borrower"]), rng.choice([stu, parent]))
    p.pair("Loan account No.", f"{prefix}{digits(rng, 10)}")
    wrap_pair(p, "Course", course)
    low, high = next(fees for name, _, fees in COURSES if name == course)
    fee = float(rng.randrange(low // 1000, high // 1000) * 1000)
    down = float(rng.choice([0, 0, 10000, 15000, 20000]))
    p.pair("Course fee", rs(fee))
    if down:
        p.pair("Down payment (paid to institute)", rs(down))
    loan = fee - down
    p.pair("Loan amount", rs(loan))
    rate = rng.choice([4, 5, 6, 7.5])
    sub = round(loan * rate / 100, 2)
    p.pair(f"Less: Subvention @ {rate:g}%", rs(sub))
    gst = round(sub * 0.18, 2) if rng.random() < 0.6 else 0.0
    if gst:
        p.pair("Less: GST on subvention @ 18%", rs(gst))
    j.amount = round(loan - sub - gst, 2)
    p.pair(
        rng.choice(["Net disbursal amount", "Amount disbursed", "Net amount transferred"]),
        rs(j.amount),
        amount=j.amount,
    )
    months = rng.choice([6, 9, 12])
    p.pair("EMI", f"{rs(round(loan / months, 2))} x {months} months")
    way = by_bank(j, "NEFT" if j.amount < 200000 else "RTGS")
    p.pair("Mode", way, method="netbanking")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        did = f"DSB{digits(rng, 9)}"
        p.pair("Disbursal ID", did, txn=(TXN_RANK, did))
    date_row(
        p,
        j,
        {
            "success": ["Disbursed on", "Disbursal date", "Value date"],
            "pending": ["Scheduled for"],
            "failed": ["Failed on"],
        }[status],
    )
    p.part = "foot"
    p.add("small", "The student's EMIs are payable to the lender; no dues are payable to the institute.")
    return p.done()


# ---------------------------------------------------------------- 4. the institute's printed fee receipts


RECEIPT_WAYS = ["cash", "UPI", "cheque", "card", "NEFT", "cheque", "UPI", "cash"]


def fee_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The institute's own paper (serif): FEE RECEIPT / FEE RECEIPT CUM TAX INVOICE / MONEY RECEIPT (the institute
    on top, its company and address under it; Receipt No. / Rcpt. No., Date / Receipt date, Received from / Student
    name, S/o / D/o the parent, Enrolment No. / Roll No., Course, Batch, Instalment n of 3, Tuition fee, Study
    material & DPP, Test series (AITS), Taxable value, CGST @ 9% and SGST @ 9%, Total / Instalment total, Amount
    received / Received / Fee received, Balance fee due with its due day on some, the sum in words, Mode: Cash / UPI
    with UPI Ref No. / Card with Auth code / NEFT with UTR / Cheque No. and Bank; PAID / FEE RECEIVED / RECEIVED WITH
    THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE DISHONOURED - FEE OUTSTANDING, and the institute's
    rubber stamp)."""
    k = place("fee_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    stu, parent, course, batch = student(rng)
    centre, addr, state = CENTRES[j.unit]
    name = rng.choice([INSTITUTE, INSTITUTE_CAPS])
    p = paper_page(rng, font, [700, 740])
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "Rs", ""))
    letterhead(
        p,
        name,
        f"(A unit of {COMPANY}) - {centre} centre",
        addr,
        state,
        ["FEE RECEIPT", "FEE RECEIPT CUM TAX INVOICE", "MONEY RECEIPT"],
    )
    if not j.no_ref:
        rno = doc_no(rng, f"ACI{centre[0]}", j)
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date"])
    wrap_pair(p, rng.choice(["Received from", "Student name"]), stu)
    wrap_pair(p, rng.choice(["S/o", "D/o", "Parent"]), parent)
    p.pair(rng.choice(["Enrolment No.", "Roll No."]), enrolment(rng, j.unit))
    wrap_pair(p, "Course", course)
    p.pair("Batch", batch)
    p.pair("Instalment", f"{rng.randrange(1, 4)} of 3")
    tuition = float(rng.randrange(280, 620) * 100)
    kit = float(rng.choice([0, 4500, 6200, 7800]))
    tests = float(rng.choice([0, 0, 3500, 5900]))
    p.pair("Tuition fee", rs(tuition))
    if kit:
        p.pair("Study material & DPP", rs(kit))
    if tests:
        p.pair("Test series (AITS)", rs(tests))
    taxable = tuition + kit + tests
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 18, False)
    p.pair(rng.choice(["Total", "Instalment total"]), rs(total))
    j.amount = total
    way = RECEIPT_WAYS[k]
    if way == "cheque":
        p.pair(
            "Cheque amount" if status == "failed" else "Cheque received",
            rs(total),
            amount=total,
            method="cheque",
        )
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
        if status == "failed":
            p.pair("Return reason", rng.choice(["Funds insufficient", "Signature differs"]))
    else:
        p.pair(rng.choice(["Amount received", "Received", "Fee received"]), rs(total), amount=total)
        shown = {"cash": "Cash", "UPI": "UPI", "card": f"Card {masked(rng, font)}", "NEFT": "NEFT"}[way]
        p.pair("Mode", shown, method={"NEFT": "netbanking"}.get(way, way))
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
            elif way == "NEFT":
                ref = bank_ref(rng, j, "NEFT")
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day and rng.random() < 0.6:
        p.pair("Balance fee due", f"{rs(float(rng.randrange(30, 90) * 1000))} by {j.other_day(rng, 40, 120)}")
    word = {
        "success": rng.choice(["PAID", "FEE RECEIVED", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE DISHONOURED - FEE OUTSTANDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"({words_in_rupees(total)})")
    p.add("small", "Fees once paid are refundable only as per the institute's refund policy.")
    right(p, "Cashier / Authorised signatory")
    seal(p, "ABHYAS CAREER INSTITUTE", "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. card slips at the fee counter and at suppliers


SLIP_COUNTERS = [
    ("ABHYAS CAREER INSTITUTE", "INDRA VIHAR KOTA"),
    ("ABHYAS EDUVENTURES PVT LTD", "BORING ROAD PATNA"),
    ("CHAMBAL STATIONERY MART", "GUMANPURA KOTA"),
    ("ABHYAS CAREER INST", "LANDMARK CITY KOTA"),
    ("SAI COMPUTERS & PRINTERS", "BORING ROAD PATNA"),
    ("ABHYAS CAREER INSTITUTE", "KUNHADI KOTA"),
    ("SHIV FUELS - BPCL DEALER", "JHALAWAR ROAD KOTA"),
    ("ABHYAS RESIDENCY", "CORAL PARK KOTA"),
]
SLIP_MAKERS = [
    "PINE LABS",
    "HDFC BANK",
    "MOSAMBEE",
    "ICICI BANK",
    "WORLDLINE",
    "PAYTM EDC",
    "AXIS BANK",
    "EZETAP",
]
SLIP_ITEMS = {
    0: "FEE: {b} INST 2",
    1: "FEE: {b} FULL YEAR",
    2: "A4 PAPER 75 GSM X 40 RM",
    3: "FEE: {b} INST 3",
    4: "TONER + DRUM UNIT",
    5: "FEE: TEST SERIES",
    6: "HSD 62.40 L",
    7: "HOSTEL FEE Q2",
}


def desk_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fee counter's card terminal and the staff's card at suppliers' counters (PINE LABS, HDFC BANK, MOSAMBEE,
    ICICI BANK, WORLDLINE, PAYTM EDC, AXIS BANK, EZETAP; monospace): the maker on top on some, the counter's name and
    area in capitals, DATE: / TIME: on one row or DT: TM:, MID:, TID:, BATCH NO:, INVOICE NO: / ROC NO:, SALE or BANK
    EMI or UPI SALE, ITEM:, CARD NO: / CARD TYPE: / ENTRY:, APPR CODE: / AUTH CODE:, RRN:, AMOUNT: / TOTAL: / SALE
    AMOUNT:, on the EMI slip TENURE:, INTEREST:, MONTHLY EMI: and TOTAL PAYABLE (EMI):, on the UPI slip MODE: UPI,
    PAYER VPA: and UPI REF NO:; APPROVED / TXN SUCCESSFUL / DECLINED with RESP CODE: 05 DO NOT HONOUR / TXN TIMEOUT -
    STATUS UNKNOWN."""
    k = place("desk_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=1200, high=68000, p_round=0.6)
    if k == 1:
        j.amount = float(rng.randrange(118, 176) * 1000)
    name, area = SLIP_COUNTERS[k]
    _, _, _, batch = student(rng)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", area)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%b%y"]))
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
        p.pair(rng.choice(["INVOICE NO:", "ROC NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", {1: "BANK EMI", 5: "UPI SALE"}.get(k, "SALE"))
    p.pair("ITEM:", SLIP_ITEMS[k].format(b=batch))
    if k == 5:
        p.pair("MODE:", "UPI", method="UPI")
        p.pair("PAYER VPA:", f"{rng.choice(['rmeena', 'sunil.ag', 'kavita.s'])}{digits(rng, 2)}@ybl")
    else:
        p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY"]) if k != 1 else "VISA CREDIT")
        p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "CHIP"]))
    if not j.no_ref:
        if status == "success" and k != 5:
            appr = digits(rng, 6)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        p.pair("UPI REF NO:" if k == 5 else "RRN:", j.ref, txn=(UTR_RANK, j.ref))
    sep = rng.choice(["INR ", "RS.", "Rs ", ""])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    if k == 1:
        months = rng.choice([6, 9, 12])
        rate = rng.choice([13.0, 14.5, 15.0])
        emi = round(j.amount * (1 + rate / 100 * months / 24) / months, 2)
        p.pair("SALE AMOUNT:", f"{sep}{body}", amount=j.amount)
        p.pair("TENURE:", f"{months} MONTHS")
        p.pair("INTEREST:", f"{rate:.2f}% P.A.")
        p.pair("MONTHLY EMI:", f"{sep}{emi:,.2f}")
        p.pair("TOTAL PAYABLE (EMI):", f"{sep}{emi * months:,.2f}")
    else:
        p.pair(rng.choice(["AMOUNT:", "TOTAL:"]), f"{sep}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        if k != 5:
            p.add("small", "PIN VERIFIED OK - SIGNATURE NOT REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", "RESP CODE: 05 DO NOT HONOUR")
    else:
        p.add("center", "TXN TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "CHECK WITH BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "** MERCHANT COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 6. faculty pay


CORP_BANKS = [
    ("ICICI Bank CIB", "cib.icicibank.com/corp/BANKAWAY"),
    ("HDFC Bank ENet", "enet.hdfcbank.com/corp/payments"),
    ("AU Bank Corporate NetBanking", "corporate.aubank.in/payments/status"),
    ("Axis Bank CIB", "cib.axisbank.co.in/payments/single"),
]
FACULTY_FRAMES = ["ack", "voucher", "bulk", "ack", "voucher", "bulk", "ack", "voucher"]


def faculty_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The institute paying its faculty: three single-payment status pages in corporate banking (ICICI Bank CIB, HDFC
    Bank ENet, AU Bank Corporate NetBanking, Axis Bank CIB: Debit account name the company, Beneficiary / Beneficiary
    name / Payee the teacher, Account, IFSC, Amount, Payment type NEFT / RTGS / IMPS, Remarks (Prof fee <month> -
    Physics (net of TDS)), UTR / IMPS Ref No. and Txn Ref No., Maker / Checker, Value date / Transaction date /
    Initiated on; Transaction successful / Transaction in process), two bulk payout rows (Bulk payments - beneficiary
    status, File name, Payee name / Beneficiary, Amount, Payment mode, UTR / Ref No. and Txn Ref No., Status Success / Failed - account
    closed, Processed on) and three printed PROFESSIONAL FEE VOUCHER / FACULTY PAYMENT VOUCHER (the institute on top,
    Voucher No., Date, Paid to / Name of faculty, PAN, Subject, For the month of, Lectures n x rate, Doubt sessions,
    Gross professional fee, Less: TDS u/s 194J @ 10%, Net amount paid, Mode with its UTR or cheque, PAID, the
    receiver's signature). *settled*: the teacher is the payee, never the institute on top or the Debit account
    name."""
    k = place("faculty_pay")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=28000, high=185000)
    teacher, subject = FACULTY[k]
    teacher = teacher.upper() if rng.random() < 0.35 else teacher
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    frame = FACULTY_FRAMES[k]
    if frame == "voucher":
        p = paper_page(rng, font, [640, 700])
        centre, addr, state = CENTRES[j.unit]
        letterhead(
            p,
            rng.choice([INSTITUTE, INSTITUTE_CAPS, COMPANY]),
            f"{centre} centre",
            addr,
            state,
            ["PROFESSIONAL FEE VOUCHER", "FACULTY PAYMENT VOUCHER", "VISITING FACULTY - PAYMENT VOUCHER"],
            merchant=False,
        )
        if not j.no_ref:
            vno = doc_no(rng, "PFV", j)
            p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
        date_row(p, j, ["Date", "Paid on"])
        wrap_pair(p, rng.choice(["Paid to", "Name of faculty"]), teacher, merchant=teacher)
        p.pair("PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
        p.pair("Subject", subject)
        if not j.no_day:
            p.pair("For the month of", j.month(1))
        n, rate = rng.randrange(24, 72), float(rng.choice([900, 1200, 1500, 1800, 2200]))
        lectures = n * rate
        doubts = float(rng.choice([0, 4000, 6500]))
        p.pair(f"Lectures {n} x {rate:,.0f}", rs(lectures))
        if doubts:
            p.pair("Doubt sessions", rs(doubts))
        gross = lectures + doubts
        p.pair("Gross professional fee", rs(gross))
        tds = round(gross * 0.10, 2)
        p.pair("Less: TDS u/s 194J @ 10%", rs(tds))
        j.amount = round(gross - tds, 2)
        p.pair("Net amount paid", rs(j.amount), amount=j.amount)
        way = by_bank(j, rng.choice(["NEFT", "cheque", "NEFT"])) if not j.no_ref else "cheque"
        if way == "cheque":
            p.pair("Mode", "Cheque", method="cheque")
            p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS[:4])})")
        else:
            p.pair("Mode", way, method="netbanking")
            if not j.no_ref:
                ref = bank_ref(rng, j, way)
                p.pair("UTR" if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref))
        p.add("center", rng.choice(["PAID", "PAYMENT RELEASED"]), status=status)
        p.part = "foot"
        right(p, "Received payment - signature of faculty")
        return p.done()
    bank, url = rng.choice(CORP_BANKS)
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, bank)
    p.add(
        "small",
        "Single payment - transaction status" if frame == "ack" else "Bulk payments - beneficiary status",
    )
    p.add("rule")
    p.part = "body"
    if frame == "bulk":
        p.pair("File name", f"FACULTY_PF_{code(rng, 3, UPPER)}_{digits(rng, 4)}.xlsx")
        wrap_pair(p, "Debit account name", COMPANY_CAPS)
        wrap_pair(p, rng.choice(["Payee name", "Beneficiary"]), teacher, merchant=teacher)
        p.pair("Account", f"XXXXXX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        way = by_bank(j, "NEFT")
        p.pair("Payment mode", way, method="netbanking")
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, way)
                p.pair("UTR / Ref No.", ref, txn=(UTR_RANK, ref))
            own = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            p.pair("Txn Ref No.", own, txn=(BANK_RANK, own))
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Success"],
                "failed": ["Failed - account closed"],
                "pending": ["In process"],
            },
        )
        date_row(p, j, ["Processed on", "Value date"], hour=True)
        return p.done()
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Payment processed"],
            "pending": ["Transaction in process"],
            "failed": ["Transaction failed"],
        },
    )
    wrap_pair(p, "Debit account name", rng.choice([COMPANY_CAPS, "ABHYAS EDUVENTURES PVT LTD"]))
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name", "Payee"]), teacher, merchant=teacher)
    p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
    to_bank = rng.choice(BANKS)
    p.pair("IFSC", ifsc(rng, to_bank))
    p.pair("Amount", rs(j.amount), amount=j.amount)
    way = by_bank(j, "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"]))
    p.pair("Payment type", way, method="netbanking")
    month = "" if j.no_day else f" {j.month(1).split()[0][:3]}"
    wrap_pair(p, "Remarks", f"Prof fee{month} - {subject.split()[0]} (net of TDS)")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, way, to_bank)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        own = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        p.pair("Txn Ref No.", own, txn=(BANK_RANK, own))
    p.pair("Maker / Checker", rng.choice(["accts.kota / cfo.abhyas", "priya.a / r.mathur"]))
    date_row(
        p,
        j,
        {"success": ["Value date", "Transaction date"], "pending": ["Initiated on"], "failed": ["Failed on"]}[
            status
        ],
        hour=True,
    )
    return p.done()


# ---------------------------------------------------------------- 7. hostel, mess, gas and the hostel's rent


HOSTEL_FRAMES = ["hostel", "mess", "lpg", "rent", "hostel", "mess", "lpg", "rent"]
CATERERS = [
    (
        "Annapurna Caterers",
        "Hostel & institutional mess services",
        "Talwandi, Kota - 324005, Rajasthan",
        "08",
    ),
    ("Maa Vaishno Bhojnalaya Services", "Mess contractors", "Rajiv Nagar, Patna - 800024, Bihar", "10"),
]
GAS = [
    (
        "Chambal Gas Agency",
        "Indane distributor - commercial LPG",
        "Gumanpura, Kota - 324007, Rajasthan",
        "08",
    ),
    ("Pataliputra HP Gas Service", "HP Gas distributor", "Kankarbagh, Patna - 800020, Bihar", "10"),
]
LANDLORDS = ["Rameshwar Prasad Gupta", "Savitri Devi Hada", "Om Prakash Nagar", "Kamla Devi Sharma"]


def hostel_mess(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The girls' hostel and its mess: two HOSTEL FEE RECEIPT / RECEIPT - HOSTEL & MESS (Abhyas Residency on top and
    the company that manages it under it, Receipt No. / Rcpt. No., Date / Receipt date, Student / Received from, Room
    No., Period, Room rent (twin sharing) n x rate, Mess charges n x rate, Electricity (sub-meter), Refundable security
    deposit, Total, Amount received / Received or Cheque received with Cheque No., Mode UPI / Card / NEFT with UPI Ref
    No. / UTR; RECEIVED / RECEIVED WITH THANKS / CHEQUE RECEIVED - SUBJECT TO REALISATION), the mess caterer's MESS
    BILL / TAX INVOICE / BILL - MESS SERVICES (the caterer on top, Bill No. / Invoice No., Bill date / Date, To / Bill
    to M/s the institute, Breakfast / Lunch / Dinner n plates @ rate, CGST and SGST @ 2.5%, Bill total, Less: TDS u/s
    194C @ 2%, Net received / Amount received (net of TDS), Mode with its UTR / UTR No.; PAID / RECEIVED), the gas
    agency's CASH MEMO / TAX INVOICE for commercial cylinders (Memo No., Date / Memo date, Customer / Consumer the
    institute, Consumer No., 19 kg cylinders n x rate, GST @ 18%, Total / Amount paid or Amount due with Payment
    attempted UPI - declined, Paid by UPI with UPI Ref No. / Cash; PAID / UPI DECLINED - CYLINDERS NOT RELEASED) and
    the hostel building's RENT RECEIPT / LEASE RENT RECEIPT (Receipt No., Date, "Received with thanks from M/s <the
    company> the rent of the hostel building at Coral Park, Kota for <month>.", Monthly rent, Less: TDS u/s 194-I @
    10%, Amount received, Mode NEFT / IMPS with its UTR, RECEIVED / RENT RECEIVED, PAN of landlord, [ Revenue stamp ],
    Landlord / Owner / Lessor the landlord at the foot)."""
    k = place("hostel_mess")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=18000, high=240000)
    frame = HOSTEL_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("Rs.", "Rs", "\u20b9", ""))
    if frame == "hostel":
        stu, parent, course, batch = student(rng)
        p = paper_page(rng, font, [640, 700])
        name = rng.choice(["Abhyas Residency", "ABHYAS RESIDENCY"])
        letterhead(
            p,
            name,
            f"Girls hostel - managed by {COMPANY}",
            "Coral Park, Kota - 324005, Rajasthan",
            "08",
            ["HOSTEL FEE RECEIPT", "RECEIPT - HOSTEL & MESS"],
        )
        if not j.no_ref:
            rno = doc_no(rng, "AR", j)
            p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date", "Receipt date"])
        wrap_pair(p, rng.choice(["Student", "Received from"]), stu)
        p.pair("Room No.", f"{rng.choice('ABC')}-{rng.randrange(101, 420)}")
        months = rng.choice([3, 6])
        if not j.no_day:
            p.pair("Period", f"{j.month(0)} onwards ({months} months)")
        room, mess = float(rng.choice([7500, 8500, 9500])), float(rng.choice([4200, 4800, 5200]))
        p.pair(f"Room rent (twin sharing) {months} x {room:,.0f}", rs(room * months))
        p.pair(f"Mess charges {months} x {mess:,.0f}", rs(mess * months))
        power = float(rng.randrange(8, 30) * 100)
        p.pair("Electricity (sub-meter)", rs(power))
        dep = float(rng.choice([0, 10000, 15000]))
        if dep:
            p.pair("Refundable security deposit", rs(dep))
        j.amount = room * months + mess * months + power + dep
        p.pair("Total", rs(j.amount))
        if status == "pending":
            p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
            p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS)})")
            word = "CHEQUE RECEIVED - SUBJECT TO REALISATION"
        else:
            p.pair(rng.choice(["Amount received", "Received"]), rs(j.amount), amount=j.amount)
            way = rng.choice(["UPI", "card", "NEFT"])
            p.pair(
                "Mode",
                {"card": "Card", "NEFT": "NEFT"}.get(way, way),
                method={"NEFT": "netbanking"}.get(way, way),
            )
            if not j.no_ref and way in ("UPI", "NEFT"):
                ref = bank_ref(rng, j, way)
                p.pair("UPI Ref No." if way == "UPI" else "UTR", ref, txn=(UTR_RANK, ref))
            word = rng.choice(["RECEIVED", "RECEIVED WITH THANKS"])
        p.add("center", word, status=status)
        p.part = "foot"
        right(p, "Warden / Hostel office")
        return p.done()
    if frame == "mess":
        firm, line, addr, state = CATERERS[j.unit]
        name = firm.upper() if rng.random() < 0.3 else firm
        p = paper_page(rng, font, [700, 740])
        letterhead(p, name, line, addr, state, ["MESS BILL", "TAX INVOICE", "BILL - MESS SERVICES"])
        if not j.no_ref:
            bno = doc_no(rng, "MB", j)
            p.pair(rng.choice(["Bill No.", "Invoice No."]), bno, txn=(INVOICE_RANK, bno))
        date_row(p, j, ["Bill date", "Date"])
        ours_to(p, ["To", "Bill to"], j.unit)
        taxable = 0.0
        for meal, lo, hi in [("Breakfast", 30, 40), ("Lunch", 55, 70), ("Dinner", 55, 70)]:
            plates, rate = rng.randrange(900, 4200), float(rng.randrange(lo, hi))
            p.pair(f"{meal} {plates:,} plates @ {rate:.0f}", rs(plates * rate))
            taxable += plates * rate
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, 5, False)
        p.pair("Bill total", rs(total))
        tds = round(taxable * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        j.amount = round(total - tds, 2)
        p.pair(rng.choice(["Net received", "Amount received (net of TDS)"]), rs(j.amount), amount=j.amount)
        way = by_bank(j, rng.choice(["NEFT", "RTGS"]) if j.amount >= 200000 else "NEFT")
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        word = rng.choice(["PAID", "RECEIVED"])
        p.add("center", word, status=status)
        p.part = "foot"
        right(p, f"For {name}")
        return p.done()
    if frame == "lpg":
        firm, line, addr, state = GAS[j.unit]
        p = paper_page(rng, font, [600, 660])
        letterhead(p, firm, line, addr, state, ["CASH MEMO / TAX INVOICE", "TAX INVOICE - COMMERCIAL LPG"])
        if not j.no_ref:
            mno = f"{rng.randrange(10000, 99999)}"
            p.pair("Memo No.", mno, txn=(INVOICE_RANK, mno))
        date_row(p, j, ["Date", "Memo date"])
        ours_to(p, ["Customer", "Consumer"], j.unit)
        p.pair("Consumer No.", digits(rng, 8))
        n, rate = rng.randrange(6, 24), round(rng.uniform(1520, 1780), 2)
        taxable = round(n * rate, 2)
        p.pair(f"19 kg cylinders {n} x {rate:,.2f}", rs(taxable))
        tax = round(taxable * 0.18, 2)
        p.pair("GST @ 18%", rs(tax))
        j.amount = round(taxable + tax, 2)
        if status == "failed":
            p.pair("Amount due", rs(j.amount), amount=j.amount)
            p.pair("Payment attempted", "UPI - declined", method="UPI")
            word = "UPI DECLINED - CYLINDERS NOT RELEASED"
        else:
            p.pair(rng.choice(["Total", "Amount paid"]), rs(j.amount), amount=j.amount)
            way = rng.choice(["UPI", "cash"])
            p.pair("Paid by", "UPI" if way == "UPI" else "Cash", method=way)
            if way == "UPI" and not j.no_ref:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            word = "PAID"
        p.add("center", word, status=status)
        p.part = "foot"
        right(p, "Delivery man / Authorised signatory")
        return p.done()
    landlord = rng.choice(LANDLORDS)
    shown = landlord.upper() if rng.random() < 0.3 else landlord
    p = paper_page(rng, font, [640, 700])
    p.part = "head"
    top(p, rng.choice(["RENT RECEIPT", "LEASE RENT RECEIPT"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = str(rng.randrange(10, 99))
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date"])
    month = j.month(0)
    rent = float(rng.randrange(120, 260) * 1000)
    tds = round(rent * 0.10)
    j.amount = rent - tds
    p.add(
        "left",
        f"Received with thanks from M/s {COMPANY} the rent of the hostel building at Coral Park, Kota"
        + ("." if j.no_day else f" for {month}."),
    )
    p.pair("Monthly rent", rs(rent))
    p.pair("Less: TDS u/s 194-I @ 10%", rs(float(tds)))
    p.pair("Amount received", rs(j.amount), amount=j.amount)
    way = by_bank(j, "NEFT")
    p.pair("Mode", way, method="netbanking")
    if not j.no_ref:
        ref = bank_ref(rng, j, way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    p.add("center", rng.choice(["RECEIVED", "RENT RECEIVED"]), status=status)
    p.pair("PAN of landlord", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    p.part = "foot"
    p.add("right" if fits(p, "right", "[ Revenue stamp ]") else "left", "[ Revenue stamp ]")
    wrap_pair(p, rng.choice(["Landlord", "Owner", "Lessor"]), shown, merchant=shown)
    return p.done()


# ---------------------------------------------------------------- 8. the presses printing the study material


PRESSES = [
    (
        "Chambal Offset Printers",
        "Books - modules - test papers",
        "Road No. 5, IPIA, Kota - 324005, Rajasthan",
        "08",
    ),
    (
        "Saraswati Art Press",
        "Offset and digital printing",
        "Industrial Area, Patliputra, Patna - 800013, Bihar",
        "10",
    ),
    (
        "Jaipur Print Hub Pvt Ltd",
        "Web offset | binding | OMR sheets",
        "Sitapura, Jaipur - 302022, Rajasthan",
        "08",
    ),
    ("Okhla Book Printers", "Educational printing since 1989", "Okhla Phase II, New Delhi - 110020", "07"),
]
# item, unit, rate range, printed book (nil GST)
PRINT_ITEMS = [
    ("Physics module set (6 vols)", "sets", 160, 240, True),
    ("Chemistry DPP booklets", "copies", 28, 46, True),
    ("NEET Biology module (4 vols)", "sets", 150, 210, True),
    ("AITS test papers - Round {r}", "sets", 2.8, 4.6, False),
    ("OMR answer sheets", "nos", 1.1, 1.7, False),
    ("Admit cards + result sheets", "nos", 0.9, 1.6, False),
]
PRINT_FRAMES = ["paper", "paper", "mail", "paper", "paper", "mail", "paper", "paper"]
PRINT_WAYS = ["RTGS", "NEFT", "NEFT", "cheque", "UPI", "RTGS", "NEFT", "cheque"]


def study_print(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A press printing the modules, DPP booklets, test papers and OMR sheets: its TAX INVOICE / BILL OF SUPPLY CUM
    TAX INVOICE / INVOICE CUM RECEIPT (the press on top, its line, address and GSTIN; Invoice No. / Inv. No., Date /
    Invoice date, Buyer / Bill to M/s the institute, the items n x rate with Printed books (HSN 4901) - GST nil and
    the job work taxed, Sub total, CGST and SGST or IGST @ 12% / 18%, Round off, Invoice total, Less: TDS u/s 194C @
    2% on some, Received / Amount received / Net received (after TDS) with NEFT, RTGS, IMPS or UPI and its reference,
    or Cheque received / Cheque amount with Cheque No. and Drawn on; PAID / RECEIVED WITH THANKS / CHEQUE DEPOSITED -
    SUBJECT TO CLEARANCE / CHEQUE RETURNED - ACCOUNT BLOCKED; the press's rubber stamp) or the press's e-mail of the
    payment (Payment received against our invoice)."""
    k = place("study_print")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    press, line, addr, state = rng.choice(PRESSES)
    name = press.upper() if rng.random() < 0.3 else press
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9", ""))
    frame = PRINT_FRAMES[k]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{press.split()[0]} Accounts <accounts@{press.split()[0].lower()}print.in>",
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
        letterhead(
            p,
            name,
            line,
            addr,
            state,
            ["TAX INVOICE", "BILL OF SUPPLY CUM TAX INVOICE", "INVOICE CUM RECEIPT"],
        )
    if not j.no_ref:
        inv = doc_no(rng, "".join(w[0] for w in press.split()[:3]).upper(), j)
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    if frame != "mail":
        date_row(p, j, ["Date", "Invoice date"])
    ours_to(p, ["Buyer", "Bill to"], j.unit)
    books, taxable = 0.0, 0.0
    for item, unit, lo, hi, book in rng.sample(PRINT_ITEMS, rng.randrange(2, 4)):
        qty = rng.randrange(8, 60) * (50 if book else 1000)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        item = item.format(r=rng.randrange(2, 9))
        label = f"{item} {qty:,} {unit} x {rate:.2f}"
        if fits(p, "pair", f"{label}  {value:,.2f}   "):
            p.pair(label, rs(value))
        else:
            p.add("left", item)
            p.pair(f"  {qty:,} {unit} x {rate:.2f}", rs(value))
        if book:
            books += value
        else:
            taxable += value
    if books:
        p.pair("Printed books (HSN 4901) - GST nil", rs(books))
    total = books
    if taxable:
        p.pair("Job work (HSN 9989) - taxable", rs(taxable))
        total += gst_lines(p, rs, taxable, rng.choice([12, 18]), state != CENTRES[j.unit][2])
    total = float(round(total))
    p.pair("Invoice total", rs(total))
    j.amount = total
    if rng.random() < 0.5 and status == "success":
        tds = round((books + taxable) * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        j.amount = round(total - tds, 2)
    p.add("rule")
    way = PRINT_WAYS[k]
    if status != "success":
        way = "cheque"
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
        way = by_bank(j, way)
        lab = "Net received (after TDS)" if j.amount != total else rng.choice(["Received", "Amount received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, way)
            lab = {"UPI": "UPI Ref No.", "IMPS": "IMPS Ref No."}.get(way, rng.choice(["UTR", "UTR No."]))
            p.pair(lab, ref, txn=(UTR_RANK, ref))
    if frame == "mail":
        date_row(p, j, ["Received on", "Payment date"])
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - ACCOUNT BLOCKED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    if frame == "mail":
        p.add("small", "Please share the TDS certificate (Form 16A) at the end of the quarter.")
        return p.done()
    p.add("small", f"In words: {words_in_rupees(total)}")
    right(p, f"For {name}")
    seal(
        p,
        press.split()[0] + " " + press.split()[1],
        "ACCOUNTS",
        None if j.no_day else j.date,
        word.split(" - ")[0],
    )
    return p.done()


# ---------------------------------------------------------------- 9. the online test platform and software


# product on top, its company line, currency, frame, site
SOFTWARE = [
    (
        "TestNexus",
        "TestNexus Edtech Pvt Ltd, Bengaluru",
        "INR",
        "browser",
        "app.testnexus.in/billing/invoices",
    ),
    ("Zoom Workplace", "Zoom Communications, Inc.", "USD", "mail", "billing@zoom.us"),
    (
        "Amazon Web Services",
        "Amazon Web Services India Private Limited",
        "INR",
        "browser",
        "console.aws.amazon.com",
    ),
    ("Vimeo", "Vimeo.com, Inc., New York", "USD", "mail", "billing@vimeo.com"),
    ("TestNexus", "TestNexus Edtech Pvt Ltd, Bengaluru", "INR", "mail", "accounts@testnexus.in"),
    ("Exotel", "Exotel Techcom Pvt Ltd", "INR", "browser", "my.exotel.com/billing/payments"),
    ("ProctorLens", "ProctorLens AI Inc., Delaware", "USD", "browser", "dashboard.proctorlens.com/billing"),
    ("Google Workspace", "Google Cloud India Pvt Ltd", "INR", "mail", "payments-noreply@google.com"),
]
SOFT_LINES = {
    "TestNexus": [
        ("Proctored mock tests - {n} attempts", 4.5, 7.5),
        ("Institute Pro plan - 4,000 licences", None, None),
    ],
    "Zoom Workplace": [("Zoom Workplace Business - {n} licences", 18.32, 21.99)],
    "Amazon Web Services": [
        ("EC2 + RDS + S3 (test engine)", None, None),
        ("CloudFront data transfer", None, None),
    ],
    "Vimeo": [("Vimeo Advanced - annual", None, None), ("Extra storage 2 TB", None, None)],
    "Exotel": [("IVR + SMS credits (parents' alerts)", None, None)],
    "ProctorLens": [("AI proctoring - {n} test sessions", 0.35, 0.6)],
    "Google Workspace": [("Business Standard - {n} users", 864, 864)],
}


def test_platform(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The online test platform and the software behind the classes: TestNexus (its billing page and e-mail), Zoom
    Workplace and Vimeo (e-mails, US dollars), Amazon Web Services and Exotel (billing pages, rupees), ProctorLens (a
    billing page, US dollars) and Google Workspace (an e-mail, rupees): the product on top and its company line, Bill
    to / Account / Customer the institute's company, Account ID, Plan / Billing period, the lines (Proctored mock tests
    - n attempts, AI proctoring - n test sessions, Zoom Workplace Business - n licences), Subtotal, IGST @ 18% or Tax
    (0%) with the reverse-charge note, Total / Amount paid / Total charged, Payment method Visa / Mastercard ending,
    NEFT or UPI, Invoice # / Invoice No., Transaction ID / Payment ID, Auth code / UTR / UPI Ref No., Charged on /
    Paid on / Payment date / Attempted on / Initiated on; Paid / Payment successful / Charge failed - card declined /
    Payment processing - awaiting bank confirmation."""
    k = place("test_platform")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=9000, high=360000)
    product, company, cur, frame, where = SOFTWARE[k]
    if cur == "USD":
        show = fx(rng, font, cur)
        facts = {"cur": cur}
    else:
        show = money(rng, font, 0.3, marks=("\u20b9", "INR", "Rs."))
        facts = {}
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{product} <{where}>",
            ["Your receipt", f"{product} - payment receipt", "Invoice for your subscription"],
        )
    else:
        p = browser_page(rng, font, where)
    p.part = "head"
    top(p, product, merchant=product)
    p.add("small", company)
    p.add("center", rng.choice(["Receipt", "Payment receipt", "Invoice & receipt"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Paid", "Payment successful"],
            "failed": ["Charge failed - card declined"],
            "pending": ["Payment processing - awaiting bank confirmation"],
        },
    )
    wrap_pair(p, rng.choice(["Bill to", "Account", "Customer"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("Account ID", rng.choice([digits(rng, 12), f"ACC-{code(rng, 6, ALNUM)}"]))
    if not j.no_day:
        start = j.date.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        pat = rng.choice(["%d %b %Y", "%b {d}, %Y", "%d/%m/%Y"])
        p.pair("Billing period", f"{when(start, pat)} - {when(end, pat)}")
    sub = 0.0
    for label, lo, hi in SOFT_LINES[product]:
        if lo is None:
            v = round(rng.uniform(2500, 90000) if cur == "INR" else rng.uniform(150, 1800), 2)
            text = label
        else:
            n = (
                rng.randrange(20, 90)
                if product in ("Zoom Workplace", "Google Workspace")
                else rng.randrange(800, 9000)
            )
            v = round(n * (lo if lo == hi else round(rng.uniform(lo, hi), 2)), 2)
            text = label.format(n=f"{n:,}")
        if fits(p, "pair", f"{text} {v:,.2f}    "):
            p.pair(text, show(v))
        else:
            p.add("left", text)
            right(p, show(v))
        sub += v
    p.pair("Subtotal", show(sub))
    if cur == "INR":
        tax = round(sub * 0.18, 2)
        p.pair("IGST @ 18%", show(tax))
    else:
        tax = 0.0
        p.pair("Tax (0%)", show(0.0))
        p.add("small", "Reverse charge: IGST payable by the recipient.")
    j.amount = round(sub + tax, 2)
    p.pair(
        rng.choice(["Total", "Amount paid", "Total charged"]) if status == "success" else "Total",
        show(j.amount),
        amount=j.amount,
        **facts,
    )
    way = (
        "card"
        if cur == "USD" or product == "Amazon Web Services"
        else rng.choice(["netbanking", "UPI", "card"])
    )
    if status == "pending":
        way = "netbanking"
    shown = {
        "card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}",
        "netbanking": "NEFT",
        "UPI": "UPI",
    }[way]
    p.pair("Payment method", shown, method=way)
    if not j.no_ref:
        inv = f"{code(rng, 3, UPPER)}-{digits(rng, 8)}"
        p.pair(rng.choice(["Invoice #", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
        tid = f"{rng.choice(['ch_', 'txn_', 'PAY'])}{code(rng, 12, MIXED)}"
        p.pair(rng.choice(["Transaction ID", "Payment ID"]), tid, txn=(TXN_RANK, tid))
        if way == "card" and status == "success":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        elif way == "UPI" and status == "success":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "netbanking" and status == "success":
            ref = bank_ref(rng, j, "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    date_row(
        p,
        j,
        {
            "success": ["Charged on", "Paid on", "Payment date"],
            "failed": ["Attempted on"],
            "pending": ["Initiated on"],
        }[status],
        WEST_PATS if cur == "USD" else None,
    )
    p.part = "foot"
    p.add("small", "Questions? Contact billing support from your admin console.")
    return p.done()


# ---------------------------------------------------------------- 10. electricity, property tax and the leased line


UTILITY_FRAMES = ["bbps", "board", "municipal", "isp", "bbps", "board", "municipal", "isp"]
BOARDS = [
    ("Kota Electricity Distribution Ltd", "KEDL", "www.kedl.co.in"),
    ("South Bihar Power Distribution Company Ltd", "SBPDCL", "www.sbpdcl.co.in"),
]
MUNICIPAL = [
    ("Nagar Nigam Kota Dakshin", "Urban development tax - online payment", "Property ID"),
    ("Patna Municipal Corporation", "Holding tax - e-payment receipt", "Holding No."),
]
ISPS = [("Airtel Business", "Internet leased line 200 Mbps"), ("Jio Business", "JioBusiness fibre 1 Gbps")]


def utilities(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The centres' electricity, property tax and internet: two Bharat Connect pages in a business banking app (BOB
    World Business, Kotak FYN, ICICI InstaBIZ: the sum large, Biller / Electricity board KEDL or SBPDCL short or long,
    Consumer No. / CA No., Consumer name the company, Bill date, Due date, Bill amount, Paid from Current A/c or UPI,
    B-Connect Txn ID / Bharat Connect Ref. No., Transaction ID, Paid on / Initiated on), two of the boards' own pages
    (the board on top, Quick pay - receipt, Consumer No., Bill month, Mode, Receipt No., Bank Ref No. / UPI Ref No.,
    Amount paid, Date of payment), two municipal corporations' tax pages (Nagar Nigam Kota Dakshin's UD tax, Patna
    Municipal Corporation's holding tax: the corporation on top, Property ID / Holding No., Owner / Occupier the
    company, Financial year, Tax, Rebate, Amount paid, Receipt No., Transaction ID / Bank Ref No., Payment date) and
    two internet providers' receipts (Airtel Business, Jio Business: the provider on top, Account No., Plan, Amount
    paid, Paid via net banking or Paytm Wallet, Transaction ID, Paid on); Bill payment successful / Bill payment in
    process / Payment failed - amount if debited will be refunded / Payment successful / Tax paid."""
    k = place("utilities")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=6000, high=190000, p_round=0.4)
    frame = UTILITY_FRAMES[k]
    rs = money(rng, font, 0.4)
    if frame == "bbps":
        long, short, _ = BOARDS[j.unit]
        board = rng.choice([long, short])
        p = phone_page(rng, font, k, ["Bill payments", "Bharat Connect"])
        p.part = "head"
        p.add("title", rng.choice(["BOB World Business", "Kotak FYN", "ICICI InstaBIZ"]))
        p.add("small", "Bharat Connect - Electricity")
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Bill payment successful"],
                "pending": ["Bill payment in process"],
                "failed": ["Bill payment failed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Biller", "Electricity board"]), board, merchant=board)
        p.pair(rng.choice(["Consumer No.", "CA No."]), digits(rng, 11))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, "ABHYAS EDUVENTURES PVT LT"]))
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Bill amount", rs(j.amount))
        way = rng.choice(["netbanking", "UPI"])
        p.pair(
            "Paid from",
            f"Current A/c XXXX{digits(rng, 4)}" if way == "netbanking" else f"UPI - {SLUG}accts@okicici",
            method=way,
        )
        if not j.no_ref:
            bref = f"{code(rng, 2, UPPER)}0{digits(rng, 5)}{code(rng, 5, ALNUM)}"
            p.pair(rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bref, txn=(BANK_RANK, bref))
            tid = digits(rng, 14)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Paid on", "Date & time"] if status == "success" else ["Initiated on"], hour=True)
        p.part = "foot"
        p.add("small", "Bharat Connect | B-assured payment")
        return p.done()
    if frame == "board":
        long, short, site = BOARDS[j.unit]
        board = rng.choice([long, short])
        p = browser_page(rng, font, f"{site}/QuickPay/receipt?txn={digits(rng, 9)}")
        p.part = "head"
        top(p, board, merchant=board)
        p.add("small", rng.choice(["Quick pay - receipt", "Online payment acknowledgement"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Transaction successful"],
                "failed": ["Payment failed - amount if debited will be refunded"],
                "pending": ["Payment pending"],
            },
        )
        p.pair(rng.choice(["Consumer No.", "K No."]), digits(rng, 12))
        p.pair("Category", rng.choice(["NDS - Non domestic", "Commercial LT-2"]))
        p.pair("Bill month", j.month(1))
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            rct = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
            if status == "success":
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
    if frame == "municipal":
        body, sub, id_label = MUNICIPAL[j.unit]
        p = browser_page(
            rng, font, f"{'udtax.kotadakshin' if j.unit == 0 else 'pmc.bihar'}.gov.in/payment/receipt"
        )
        p.part = "head"
        top(p, body, merchant=body)
        p.add("small", sub)
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Tax paid"],
                "failed": ["Payment failed"],
                "pending": ["Pending"],
            },
        )
        p.pair(id_label, f"{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{digits(rng, 4)}")
        wrap_pair(p, rng.choice(["Owner", "Occupier"]), rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Financial year", f"20{fy(j.date)}")
        tax = j.amount / 0.95
        p.pair("Tax", rs(round(tax, 2)))
        p.pair("Rebate (5% early payment)", rs(round(tax - j.amount, 2)))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["netbanking", "UPI", "card"])
        p.pair(
            "Payment mode",
            {"netbanking": "Net banking", "UPI": "UPI", "card": "Debit card"}[way],
            method=way,
        )
        if not j.no_ref:
            rct = f"{'KDN' if j.unit == 0 else 'PMC'}{digits(rng, 8)}"
            p.pair("Receipt No.", rct, txn=(INVOICE_RANK, rct))
            tid = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
            lab = rng.choice(["Transaction ID", "Bank Ref No."])
            p.pair(lab, tid, txn=(TXN_RANK if lab == "Transaction ID" else BANK_RANK, tid))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        return p.done()
    provider, plan = ISPS[j.unit]
    p = browser_page(
        rng,
        font,
        "www.airtel.in/business/payments/receipt" if j.unit == 0 else "www.jio.com/business/receipt",
    )
    p.part = "head"
    top(p, provider, merchant=provider)
    p.add("small", "Payment receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
    p.pair("Account No.", digits(rng, 10))
    wrap_pair(p, "Account name", rng.choice([COMPANY_CAPS, INSTITUTE]))
    p.pair("Plan", plan)
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    way = rng.choice(["netbanking", "wallet"])
    p.pair("Paid via", "Net banking" if way == "netbanking" else "Paytm Wallet", method=way)
    if not j.no_ref:
        tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Payment date"], hour=True)
    return p.done()


# ---------------------------------------------------------------- 11. refunds of fees to students who withdrew


REFUND_FRAMES = ["voucher", "mail", "app", "voucher", "mail", "app", "voucher", "mail"]


def fee_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The institute refunding a student who withdrew: three printed FEE REFUND VOUCHER / REFUND OF FEE - SETTLEMENT
    (the institute on top; Voucher No., Date, Refund to / Payee / Student, Enrolment No., Course, Withdrawn on, Fee
    paid, Less: Admission & registration fee (non-refundable), Less: Classes attended (n weeks) pro rata, Less: Study
    material issued, Net refund / Amount refunded, the way; REFUNDED / REFUND PAID), three e-mails from its accounts
    desk (Refund processed / Refund initiated - will be credited in 5-7 working days: Refunded to / Beneficiary, Amount
    refunded, Mode, To account, Refund ID / Refund ref., UTR / IMPS Ref No., Refunded on / Initiated on) and two business banking app screens
    (Kotak FYN, ICICI InstaBIZ: Paid to / Beneficiary, the sum large, Remarks (Fee refund - withdrawal), IMPS Ref No.
    and Transaction ID, Date & time; Transfer successful / Transfer failed - beneficiary account closed)."""
    k = place("fee_refunds")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    stu, parent, course, batch = student(rng)
    payee = rng.choice([stu, parent, parent.upper()])
    frame = REFUND_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    paid = float(rng.randrange(60, 170) * 1000)
    admission = float(rng.choice([5000, 10000]))
    weeks = rng.randrange(2, 12)
    attended = round(paid * weeks / 40, 2)
    kit = float(rng.choice([0, 4500, 7800]))
    j.amount = round(paid - admission - attended - kit, 2)
    if frame == "app":
        p = phone_page(rng, font, k, ["Transaction details", "Payments"])
        p.part = "head"
        p.add("title", rng.choice(["Kotak FYN", "ICICI InstaBIZ"]))
        p.add("gap")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer successful", "Money sent"],
                "failed": ["Transfer failed - beneficiary account closed"],
                "pending": ["Transfer in process"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), payee, merchant=payee)
        p.pair("Account", f"XXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Remarks", "Fee refund - withdrawal")
        p.pair("Mode", "IMPS", method="netbanking")
        if not j.no_ref:
            if status == "success":
                p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            tid = f"{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Date & time"], hour=True)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{INSTITUTE} Accounts <refunds@{SLUG}career.in>",
            ["Refund processed", f"Fee refund - {stu}", "Your refund request"],
        )
        p.part = "head"
        top(p, rng.choice([INSTITUTE, INSTITUTE_CAPS]))
        p.add("small", "Accounts desk - refunds")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Refund processed"],
                "pending": ["Refund initiated - will be credited in 5-7 working days"],
                "failed": ["Refund failed"],
            },
        )
        p.add(
            "left", f"Dear {parent.split()[0]} ji, the refund for {stu}'s withdrawal from {batch} is below."
        )
        wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), payee, merchant=payee)
        p.pair("Amount refunded" if status == "success" else "Refund amount", rs(j.amount), amount=j.amount)
        way = by_bank(j, "NEFT")
        p.pair("Mode", way, method="netbanking")
        p.pair("To account", f"XXXXXXX{digits(rng, 4)} ({rng.choice(BANKS)})")
        if not j.no_ref:
            rid = f"RF{digits(rng, 10)}"
            p.pair(rng.choice(["Refund ID", "Refund ref."]), rid, txn=(TXN_RANK, rid))
            if status == "success":
                ref = bank_ref(rng, j, way)
                p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Refunded on"] if status == "success" else ["Initiated on"])
        p.part = "foot"
        p.add("small", "Regards, Accounts team")
        return p.done()
    centre, addr, state = CENTRES[j.unit]
    p = paper_page(rng, font, [640, 700])
    letterhead(
        p,
        rng.choice([INSTITUTE, INSTITUTE_CAPS]),
        f"{centre} centre",
        addr,
        state,
        ["FEE REFUND VOUCHER", "REFUND OF FEE - SETTLEMENT"],
        merchant=False,
    )
    if not j.no_ref:
        vno = doc_no(rng, "RFV", j)
        p.pair(rng.choice(["Voucher No.", "Refund voucher No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date"])
    wrap_pair(p, rng.choice(["Refund to", "Payee", "Student"]), payee, merchant=payee)
    p.pair("Enrolment No.", enrolment(rng, j.unit))
    wrap_pair(p, "Course", course)
    if not j.no_day:
        p.pair("Withdrawn on", j.other_day(rng, -30, -5))
    p.pair("Fee paid", rs(paid))
    p.pair("Less: Admission & registration fee", rs(admission))
    p.pair(f"Less: Classes attended ({weeks} weeks)", rs(attended))
    if kit:
        p.pair("Less: Study material issued", rs(kit))
    p.pair(rng.choice(["Net refund", "Amount refunded"]), rs(j.amount), amount=j.amount)
    way = "cheque" if j.no_ref else by_bank(j, rng.choice(["NEFT", "IMPS"]))
    if way == "cheque":
        p.pair("Mode", "Cheque", method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} ({rng.choice(BANKS[:4])})")
    else:
        p.pair("Mode", way, method="netbanking")
        ref = bank_ref(rng, j, way)
        p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status=status)
    p.part = "foot"
    right(p, "Received the refund - signature of parent")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's alerts


ALERT_PAYEES = [
    "CHAMBAL OFFSET PRINTE",
    "ANNAPURNA CATERERS",
    "ALOK RANJAN SHARMA",
    "KOTA ELECTRICITY DIS",
    "RAMESHWAR PRASAD GUP",
    "TESTNEXUS EDTECH PVT",
    "CHAMBAL GAS AGENCY",
    "NEHA BHARDWAJ",
]
ALERT_FRAMES = ["sms", "mail", "sms", "sms", "mail", "sms", "mail", "sms"]
SENDERS = {
    "HDFC Bank": ("AX-HDFCBK", "HDFC Bank InstaAlerts <alerts@hdfcbank.net>"),
    "ICICI Bank": ("VM-ICICIT", "ICICI Bank <credit_cards@icicibank.com>"),
    "Axis Bank": ("VK-AXISBK", "Axis Bank Alerts <alerts@axisbank.com>"),
    "AU Small Finance Bank": ("JD-AUBANK", "AU Bank <alerts@aubank.in>"),
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the accounts manager's phone and mailbox: five SMS (a messages app: the sender AX-HDFCBK /
    VM-ICICIT / VK-AXISBK / JD-AUBANK, the day divider, the alert) and three e-mails (HDFC Bank InstaAlerts, Axis
    Bank Alerts, AU Bank: Dear Customer, the sum debited from the account to a payee as the bank names it (printer,
    caterer, teacher, board, landlord, platform, gas agency), the day, via NEFT / IMPS / UPI, UTR / IMPS Ref No / UPI
    Ref No, Avl Bal; a UPI that "has failed" and an IMPS that "is pending"). *settled*: the payee as the bank sends
    it (a truncated name counts as printed), never the bank, the sender id or the company's account."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=900, high=340000)
    bank = rng.choice(list(SENDERS))
    sms, sender = SENDERS[bank]
    frame = ALERT_FRAMES[k]
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    way = "UPI" if j.amount < 100000 and k % 2 == 0 else rng.choice(["NEFT", "IMPS"])
    if status == "failed":
        way = "UPI"
    if status == "pending":
        way = "IMPS"
    way = by_bank(j, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acc = f"A/c XX{digits(rng, 4)}"
    day = j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%Y"])
    if frame == "mail":
        p = mail_page(rng, font, sender, ["Debit alert", "Account update for your A/c", "Transaction alert"])
        p.part = "body"
        p.add("left", "Dear Customer,")
        if status == "pending":
            p.add("left", f"Your IMPS transfer of {amt} from {acc}", amount=j.amount)
        else:
            p.add("left", f"{amt} has been debited from your {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
        if not j.no_day:
            p.add("left", f"on {day} via {way}.", date=j.date, method=method)
        else:
            p.add("left", f"via {way}.", method=method)
        if not j.no_ref:
            ref = bank_ref(rng, j, way, bank)
            lab = {"UPI": "Your UPI transaction reference number is", "IMPS": "IMPS Ref No", "NEFT": "UTR"}[
                way
            ]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
        word = {
            "success": f"Available balance: Rs.{rupees(rng, 80000, 2800000):,.2f}",
            "pending": "is pending with the beneficiary bank. Please do not retry.",
            "failed": "has failed. Any amount debited will be reversed.",
        }[status]
        p.add("left", word, status=status)
        p.part = "foot"
        p.add("small", f"Warm regards, {bank}")
        return p.done()
    p = phone_page(rng, font, k, [sms])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%A, {d} %b %Y"])), date=j.date)
    if status == "success":
        p.add("left", f"{amt} debited from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    else:
        p.add("left", f"Your {way} payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    p.add("left", f"on {day} via {way}" if not j.no_day else f"via {way}", method=method)
    if not j.no_ref:
        ref = bank_ref(rng, j, way, bank)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 80000, 2800000):,.2f}. Not you? Call 1800 1600",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

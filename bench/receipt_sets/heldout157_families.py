"""The twelve heldout157 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a charitable trust and NGO's day in 2026 (Roshan Raah, with a community kitchen, an
evening school and a health camp programme in each of Bhopal, Varanasi, Madurai, Hubballi, Cuttack, Jalandhar, Raipur
and Kozhikode; Roshan Raah Charitable Trust, the registered public trust with 80G and FCRA registration, and Roshan
Raah Foundation, its Section 8 company that takes the CSR grants and runs the health camps), told by the proofs of
payment it receives (donors' UPI seen from their apps and from the trust's bank collection app, donors' bank
transfers, a standing instruction's monthly gift and employers' payroll-giving remittances, card gifts on the
terminals at its donor desk, charity shop, charity run and camps, its own 80G donation receipts, CSR contribution and
camp fee receipts, the crowdfunding platforms' payouts and donors' receipts from them, the companies' CSR grants, and
foreign contributions in dollars, pounds and euros to its FCRA account) and those it makes (rations, vegetables, milk,
LPG, utensils, medicines and stationery from its suppliers, volunteers' reimbursements, doctors' honorariums and
tutors' stipends, rent, electricity, water and broadband, its software (in dollars, pounds and euros on some), refunds
of duplicate, excess and returned donations, TDS, GST and property tax). Every row is added to heldout113's ``Screen``
with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, campaigns,
programmes, projects, purposes, notes and remarks, donors' names, PANs and addresses, 80G, 12A, CSR-1 and FCRA
registration numbers, the Section 8 company's CIN, fundraiser, campaign, project, NGO and employee counts and ids,
grant sanctions, tranches and MoU days, exchange rates, INR equivalents and bank charges, fees, tips, discounts, GST,
TDS and TCS lines, payroll months, SI numbers and next-execution days, bill months, due days, consumer and service
numbers, property ids, plans and billing periods, original payments, assessment years, tax periods, BSR codes and
challan serials, GSTIN, IFSC, PAN, TAN, MID, TID, BATCH, AID and the payer's own details carry no fact. ``compose``
is heldout156's (heldout154's and heldout152's: heldout121's frames and marks, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import ifsc, outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout126_families import outcome_row, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import (
    browser_page,
    mail_page,
    method_of,
    paper_page,
    phone_page,
    slip_page,
)
from bench.receipt_sets.heldout152_families import ay_of, fx, method_for, pan, rail_ref, right, vpa_base
from bench.receipt_sets.heldout154_families import item_row
from bench.receipt_sets.heldout156_families import compose as compose156

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

# town, PIN code, locality, state, GST state code
TOWNS = [
    ("Bhopal", "462008", "Jahangirabad", "Madhya Pradesh", "23"),
    ("Varanasi", "221005", "Lanka", "Uttar Pradesh", "09"),
    ("Madurai", "625001", "Simmakkal", "Tamil Nadu", "33"),
    ("Hubballi", "580024", "Old Hubli", "Karnataka", "29"),
    ("Cuttack", "753001", "Buxi Bazar", "Odisha", "21"),
    ("Jalandhar", "144002", "Basti Sheikh", "Punjab", "03"),
    ("Raipur", "492009", "Gudhiyari", "Chhattisgarh", "22"),
    ("Kozhikode", "673001", "Kuttichira", "Kerala", "32"),
]
TRADE = "Roshan Raah"
TRUST = "Roshan Raah Charitable Trust"
FOUNDATION = "Roshan Raah Foundation"
# the programmes each town runs: the community kitchen, the evening school, the health camps
PROGRAMMES = ["Roshan Raah Rasoi", "Roshan Raah Shaam Shala", "Roshan Raah Sehat Shivir"]
CODES = ["BPL", "VNS", "MDU", "HBL", "CTC", "JUC", "RPR", "CCJ"]
SLUG = "roshanraah"
TRUST_PAN = "AAATR6184M"
FOUNDATION_PAN = "AAKCR2209F"
TRUST_80G = "AAATR6184MF20214"
CSR1 = "CSR00031457"
FCRA_NO = "063170255"
DONORS = [
    "Sushma Khandelwal",
    "Abdul Rehman Siddiqui",
    "Lakshmi Narayanan",
    "Gurmeet Kaur Bedi",
    "Sabyasachi Mohanty",
    "Deepa Kulkarni",
    "Rahul Agrawal",
    "Ayesha Koya",
    "Vikram Chaturvedi",
    "Neha Saluja",
    "Pradeep Sahu",
    "Jayant Bhattacharjee",
]
VOLUNTEERS = [
    "Ritika Dubey",
    "Mohd. Salman Ansari",
    "Karthika Selvam",
    "Praveen Hosamani",
    "Smruti Ranjan Das",
    "Harleen Grewal",
    "Tomeshwar Sahu",
    "Nihala Sherin",
]
DOCTORS = [
    "Dr. Anil Saxena",
    "Dr. Poonam Tripathi",
    "Dr. R. Senthil Kumar",
    "Dr. Vinayak Patil",
    "Dr. Sasmita Behera",
    "Dr. Manpreet Gill",
    "Dr. Ashok Verma",
    "Dr. Shabna K.",
]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Punjab National Bank",
    "Bank of Baroda",
    "Canara Bank",
    "Union Bank of India",
    "Indian Bank",
    "Federal Bank",
]
REFUND = [
    "If your account was debited, the money will come back within 3-5 working days.",
    "Any amount debited for this payment will be reversed by your bank.",
]
WAIT = [
    "Your bank is yet to confirm this payment. Please do not pay again.",
    "Waiting for confirmation from the bank. Your receipt will follow once it is confirmed.",
]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d %B %Y", "%d.%m.%Y", "%d-%b-%Y", "%b {d}, %Y", "%d/%m/%y"]
CAMPAIGNS = [
    "Feed 500 children a hot dinner every evening",
    "Books and a tutor for 120 evening-school kids",
    "Free eye and diabetes camps in 40 villages",
    "Help Roshan Raah Rasoi serve 1 lakh meals",
    "Sponsor a girl's schooling for a year",
    "Monsoon ration kits for 300 daily-wage families",
]


def ours(rng: random.Random, town: int, *, entity: str = TRUST, prog: float = 0.2, caps: float = 0.2) -> str:
    """The NGO as a payee: the trust or the Section 8 company (``entity``), its short name on some, a programme with
    its town on some, in capitals on some."""
    r = rng.random()
    if r < prog:
        name = f"{rng.choice(PROGRAMMES)} - {TOWNS[town][0]}"
    elif r < prog + 0.15:
        name = TRADE
    else:
        name = entity
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(
        self,
        rng: random.Random,
        status: str,
        *,
        no_ref: bool,
        no_day: bool,
        low: float = 500,
        high: float = 50000,
        p_round: float = 0.7,
        entity: str = TRUST,
        prog: float = 0.2,
        caps: float = 0.2,
        town: int | None = None,
    ):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(TOWNS)) if town is None else town
        self.to = ours(rng, self.town, entity=entity, prog=prog, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``26-27/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a cheque's, an MoU's, a due day): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a rent's, a bill's, a payroll's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def letterhead(
    p: Screen, town: int, name: str, kinds: list[str], *, sub: str, merchant: bool = True, gst: bool = True
) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN and phone (never an id), the document's
    kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add(
        "small",
        f"{rng.choice(['Shop No.', 'H. No.', 'Plot', 'Godown'])} {rng.randrange(2, 180)}, {city[2]}, "
        f"{city[0]} - {city[1]}",
    )
    if gst:
        p.add("small", f"GSTIN {gstin(rng, city[4])}  |  Mob. {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mob. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def ngo_head(
    p: Screen,
    town: int,
    name: str,
    kinds: list[str],
    *,
    no_day: bool,
    entity: str = "",
    merchant: bool = True,
) -> None:
    """The trust or the foundation on top of its own paper: its registration line (the 80G number and the company's
    CIN only where the page prints a day: both carry a year), its office, the document's kind; ``entity`` (the trust
    or the foundation) decides the registration line where ``name`` is the short name."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    foundation = (entity or name).lower() == FOUNDATION.lower() or FOUNDATION.lower() in name.lower()
    if foundation:
        line = "A Section 8 company (not for profit)"
        if not no_day:
            line += f"  |  CIN U88900MP2019NPL0{digits(rng, 5)}"
    else:
        line = "Registered public charitable trust  |  12A & 80G approved"
    p.add("small", line)
    p.add(
        "small",
        f"{rng.choice(['Seva Sadan', 'Trust office', 'Regd. office'])}: {city[2]}, {city[0]} - {city[1]}",
    )
    pan_no = FOUNDATION_PAN if foundation else TRUST_PAN
    p.add("small", f"PAN {pan_no}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}  |  www.{SLUG}.org")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def stamp_day(j: Job) -> dt.date | None:
    return None if j.no_day else j.date


def vpa_of(rng: random.Random, name: str) -> str:
    return rng.choice(
        [
            f"{vpa_base(name)}{rng.randrange(10, 999)}@{rng.choice(['okhdfcbank', 'oksbi', 'ybl', 'ibl'])}",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['axl', 'paytm', 'okicici', 'upi'])}",
        ]
    )


def way_text(rng: random.Random, way: str, font: str, *, incoming: bool = False) -> str:
    """The way as a page prints it (a donation QR only where the NGO is paid)."""
    return {
        "cash": rng.choice(["Cash", "In cash"]),
        "UPI": rng.choice(
            ["UPI", "UPI (donation QR)", "UPI - BHIM"] if incoming else ["UPI", "UPI - scan & pay"]
        ),
        "NEFT": "NEFT",
        "RTGS": "RTGS",
        "IMPS": "IMPS",
        "card": f"{rng.choice(['Visa card', 'Mastercard', 'RuPay card', 'Visa debit card'])} {masked(rng, font)}",
    }[way]


# ---------------------------------------------------------------- 1. donors' UPI, from their apps and the bank's


# whose screen (the donor's UPI app or the trust's bank collection app) and which app
UPI_FRAMES = [
    ("donor", "Google Pay"),
    ("donor", "PhonePe"),
    ("bank", "ICICI Bank InstaBIZ"),
    ("donor", "BHIM"),
    ("donor", "Paytm"),
    ("bank", "HDFC Bank SmartHub Vyapar"),
    ("donor", "Amazon Pay"),
    ("bank", "Indus Merchant Solutions"),
]
# the bank's collection app: its band, its lines under the title, the QR or sound box it names
COLLECT_APPS = {
    "ICICI Bank InstaBIZ": ((174, 39, 42), ["UPI collections", "Collect & receive"]),
    "HDFC Bank SmartHub Vyapar": ((0, 73, 144), ["Today's collections", "Payments received"]),
    "Indus Merchant Solutions": ((139, 28, 52), ["Transactions", "UPI & QR history"]),
}
DONOR_NOTES = [
    "Donation - Rasoi",
    "Sponsor 100 meals",
    "For the evening school",
    "Health camp donation",
    "In memory of my father",
    "Birthday meal sponsorship",
    "Books for Shaam Shala",
    "General donation 80G",
    "Monthly giving",
    "Zakat",
    "Annadanam",
]
COUNTERS = [
    "Static QR - donor desk",
    "Sound box - Rasoi counter",
    "QR standee - charity shop",
    "QR on donation box",
    "Dynamic QR - website",
]


def collect_app(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """The trust's bank collection app after a donor paid its QR (ICICI Bank InstaBIZ, HDFC Bank SmartHub Vyapar,
    Indus Merchant Solutions): the app on its band, Payment received / Amount credited / Credit received, the sum
    large, Credited to / Account name / Received in the trust (the payee, in capitals on most), From / Payer /
    Received from (a donor or a handle: never the payee), Mode (UPI - QR, UPI (Sound box), UPI - collect), QR /
    Counter (no fact), Payer note on some, RRN / UPI Ref No. / UPI RRN and Txn ID / Transaction ID on some, Credited
    on / Received on / Date & time, Settled to."""
    band, subs = COLLECT_APPS[app]
    p = phone_page(rng, font, k, ["", "Transaction details", "Collection details"])
    rs = money(rng, font, 0.6)
    head(p, app, band, p.style["h106"]["dark"], subs)
    p.part = "body"
    outcome_row(p, "success", {"success": ["Payment received", "Amount credited", "Credit received"]})
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Credited to", "Account name", "Received in"]), j.to, merchant=j.to)
    donor = rng.choice(DONORS)
    wrap_pair(
        p, rng.choice(["From", "Payer", "Received from"]), rng.choice([donor.upper(), vpa_of(rng, donor)])
    )
    p.pair("Mode", rng.choice(["UPI - QR", "UPI (Sound box)", "UPI - collect"]), method="UPI")
    wrap_pair(p, rng.choice(["QR", "Counter"]), rng.choice(COUNTERS))
    if rng.random() < 0.5:
        wrap_pair(p, "Payer note", rng.choice(DONOR_NOTES))
    if not j.no_ref:
        rows = [(rng.choice(["RRN", "UPI Ref No.", "UPI RRN"]), j.ref, (UTR_RANK, j.ref))]
        if rng.random() < 0.6:
            own = rng.choice([f"{code(rng, 3, UPPER)}{digits(rng, 15)}", f"YB{digits(rng, 16)}"])
            rows.insert(rng.randrange(2), (rng.choice(["Txn ID", "Transaction ID"]), own, (TXN_RANK, own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Credited on", "Received on", "Date & time"]),
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    p.pair("Settled to", f"Current A/c {masked(rng, font)}")
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(
            [
                "Export today's collections from Reports",
                "You never need a PIN to receive money",
                "Help & support",
            ]
        ),
    )
    return p.done()


def donor_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A donor's UPI gift: five of the donor's app (Google Pay, PhonePe, BHIM, Paytm, Amazon Pay; heldout125's result
    screen, the trust, its foundation, a programme with its town or Roshan Raah (in capitals on some) under Paid to /
    To / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on some, a Note / Message / Remarks
    (Sponsor 100 meals, Zakat) on most) and three of the trust's bank collection app (``collect_app``)."""
    k = place("donor_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    side, app = UPI_FRAMES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=101, high=25000, p_round=0.9)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([501, 1001, 1100, 2100, 2500, 5001, 5100, 11000, 21000]))
    if side == "bank":
        j.to = ours(rng, j.town, prog=0.15, caps=0.7)
        return collect_app(rng, font, k, app, j)
    p = upi_result(rng, font, k, app, status, j, TRUST, WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(DONOR_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI", "Split  |  Pay again"]))
    return p.done()


# ---------------------------------------------------------------- 2. donors' transfers, SI gifts, payroll giving


XFER = {
    0: ("Federal Bank FedNet", None, "web", "NEFT", "FDRL"),
    1: ("IndOASIS - Indian Bank", (0, 84, 147), "app", "IMPS", "IDIB"),
    3: ("Vyom - Union Bank of India", (206, 17, 38), "app", "IMPS", "UBIN"),
    6: ("Karnataka Bank Moneyclick", None, "web", "RTGS", "KARB"),
    7: ("RBL MoBank", (33, 64, 154), "app", "IMPS", "RATN"),
}
XFER_URLS = {
    "Federal Bank FedNet": "www.fednetbank.com/corp/BANKAWAY/neft-status",
    "Karnataka Bank Moneyclick": "moneyclick.karnatakabank.co.in/rtgs/acknowledgement",
}
XFER_NOTES = [
    "Donation - Roshan Raah Rasoi",
    "Sponsor a child - Shaam Shala",
    "Donation for health camp",
    "Corpus donation",
    "Annadaan - 200 meals",
    "General donation (80G)",
]
# the employer remitting its staff's payroll giving: its name, its mail domain, the mode
EMPLOYERS = {
    2: ("Kalinga Steel & Alloys Ltd", "kalingasteel.co.in", "NEFT"),
    4: ("Malwa Software Services Pvt Ltd", "malwasoft.com", "RTGS"),
}


def payroll_advice(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """An employer's payroll-giving remittance advice e-mail (Kalinga Steel & Alloys, Malwa Software Services): the
    employer on top (the payer), PAYROLL GIVING - REMITTANCE ADVICE / Employee Giving Programme - Remittance, NGO /
    Beneficiary / Paid to the trust (the payee), NGO code (no id), Payroll month (no fact), Employees contributing,
    Employee contributions, Company match (n%), Total remitted / Amount remitted / Net amount paid (the sum), Mode,
    Credited to, UTR and Payment doc No., Payment date / Value date, Status Paid / Processed."""
    name, site, mode = EMPLOYERS[k]
    p = mail_page(
        rng,
        font,
        f"{name.split(' Ltd')[0].split(' Pvt')[0]} Payroll <{rng.choice(['payroll', 'hrops', 'giving'])}@{site}>",
        [
            "Payroll giving - remittance advice",
            "Employee giving: funds remitted",
            "Remittance of employee donations",
        ],
    )
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name)
    p.add("small", rng.choice(["Human Resources - Payroll", "HR Shared Services"]))
    p.add(
        "center", rng.choice(["PAYROLL GIVING - REMITTANCE ADVICE", "Employee Giving Programme - Remittance"])
    )
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Partner NGO,")
    p.add("left", "We have remitted our employees' contributions, with the company's match, as below.")
    wrap_pair(p, rng.choice(["NGO", "Beneficiary", "Paid to"]), j.to, merchant=j.to)
    p.pair("NGO code", f"NGO{digits(rng, 5)}")
    if not j.no_day:
        p.pair("Payroll month", j.month(1))
    staff = rng.randint(18, 240)
    p.pair("Employees contributing", str(staff))
    emp = float(whole(staff * rng.uniform(180, 900), 10))
    pct = rng.choice([50, 100])
    match = round(emp * pct / 100, 2)
    p.pair("Employee contributions", rs(emp))
    p.pair(f"Company match ({pct}%)", rs(match))
    total = round(emp + match, 2)
    j.amount = total
    p.pair(rng.choice(["Total remitted", "Amount remitted", "Net amount paid"]), rs(total), amount=total)
    p.pair(rng.choice(["Mode", "Payment mode"]), mode, method="netbanking")
    wrap_pair(p, "Credited to", f"{rng.choice(BANKS[:4])} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        heads = ["SBIN", "HDFC", "ICIC", "UTIB"]
        ref = (
            neft_utr(rng.choice(heads), rng, j.date)
            if mode == "NEFT"
            else rtgs_utr(rng.choice(heads), rng, j.date)
        )
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PD', 'FI'])}{digits(rng, 8)}"
        p.pair("Payment doc No.", doc, txn=(INVOICE_RANK, doc))
    p.pair(rng.choice(["Payment date", "Value date"]), j.day(rng), date=j.date)
    p.pair("Status", rng.choice(["Paid", "Processed"]), status="success")
    p.add(
        "small", "Please issue the 80G receipts in each employee's name as per the attached list (PAN-wise)."
    )
    p.part = "foot"
    p.add("small", "This mailbox is not monitored. For queries write to the CSR & giving desk.")
    return p.done()


def standing_instruction(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A monthly donor's standing instruction executed in Axis Mobile: the app on its band, Standing instruction
    executed / SI payment successful / Auto transfer done, the sum large, Beneficiary / Transferred to the trust (the
    payee), the account and IFSC, SI No. (never an id), Frequency, Mode NEFT, UTR No. and Transaction ref on some,
    Executed on, Next execution on (no fact), Debited from, Remarks."""
    p = phone_page(rng, font, k, ["", "Standing instructions", "SI details"])
    rs = money(rng, font, 0.5)
    head(
        p,
        "Axis Mobile",
        (151, 20, 77),
        p.style["h106"]["dark"],
        ["Standing instructions", "Scheduled payments"],
    )
    p.part = "body"
    outcome_row(
        p,
        "success",
        {"success": ["Standing instruction executed", "SI payment successful", "Auto transfer done"]},
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Beneficiary", "Transferred to"]), j.to, merchant=j.to)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", ifsc(rng))
    p.pair("SI No.", f"SI{digits(rng, 9)}")
    p.pair("Frequency", rng.choice(["Monthly", "Every month on the 5th"]))
    p.pair("Mode", "NEFT", method="netbanking")
    if not j.no_ref:
        ref = neft_utr("UTIB", rng, j.date)
        labelled(p, rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        if rng.random() < 0.5:
            own = f"M{digits(rng, 10)}"
            labelled(p, "Transaction ref", own, txn=(BANK_RANK, own))
    if not j.no_day:
        labelled(p, "Executed on", stamp(rng, j.date, PATS), date=j.date)
        nxt = (j.date.replace(day=1) + dt.timedelta(days=32)).replace(day=min(j.date.day, 28))
        p.pair("Next execution on", when(nxt, rng.choice(DAY_PATS)))
    p.pair("Debited from", f"Savings A/c {masked(rng, font)}")
    wrap_pair(p, "Remarks", rng.choice(["Monthly donation", "Monthly giving - Rasoi", "SI - donation"]))
    p.part = "foot"
    p.add("gap")
    p.add("small", "Manage or cancel standing instructions under Payments > Scheduled")
    return p.done()


def donor_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Donors' gifts by bank: five transfers (Federal Bank FedNet's NEFT, IndOASIS's, Vyom's and RBL MoBank's IMPS,
    Karnataka Bank Moneyclick's RTGS; heldout124's page, the trust under Beneficiary / Payee / Beneficiary name / Pay
    to, the account and IFSC, the mode, UTR / IMPS Ref No / RRN and Reference No. / Transaction ID on some, the day,
    the debit account, Remarks / Narration (Annadaan - 200 meals), Remitter on the web pages; Transaction Successful
    / Funds transferred successfully / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank
    / <mode> transfer failed / Pending at beneficiary bank / <mode> under process / Transaction in process), a monthly
    donor's standing instruction (``standing_instruction``) and two employers' payroll-giving advices
    (``payroll_advice``)."""
    k = place("donor_transfer")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(
        rng, status, no_ref=k == 4, no_day=k == 1, low=2000, high=150000, p_round=0.85, prog=0.1, caps=0.35
    )
    if k in EMPLOYERS:
        j.to = TRUST.upper() if rng.random() < 0.4 else TRUST
        return payroll_advice(rng, font, k, j)
    if k == 5:
        j.to = TRUST if rng.random() < 0.6 else TRUST.upper()
        j.amount = float(rng.choice([1000, 1500, 2000, 2500, 3000, 5000]))
        return standing_instruction(rng, font, k, j)
    row = XFER[k]
    mode = row[3]
    if mode == "RTGS":
        j.amount = float(whole(rng.uniform(200000, 500000), 1000))
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url=XFER_URLS.get(row[0]),
        widths=[700, 740],
        third_head="Pay to beneficiary",
        payee_labels=["Beneficiary", "Payee", "Beneficiary name", "Pay to"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind=row[2],
        mode=mode,
        head4=row[4],
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Reference No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), rng.choice(XFER_NOTES))
    if row[2] == "web":
        wrap_pair(p, "Remitter", rng.choice(DONORS).upper())
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to your account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(["Never share your OTP or MPIN with anyone", "This is a computer generated advice"]),
    )
    return p.done()


# ---------------------------------------------------------------- 3. card gifts on the trust's terminals


MAKERS = [
    "WORLDLINE",
    "EZETAP",
    "ICICI BANK",
    "BANK OF BARODA",
    "MOSAMBEE",
    "FEDERAL BANK",
    "UNION BANK OF INDIA",
    "HDFC BANK",
]
# where each terminal stands
DESKS = [
    "DONOR DESK - TRUST OFFICE",
    "BILLING COUNTER 1",
    "CHARITY RUN - DONATION COUNTER",
    "SEHAT SHIVIR - REGISTRATION",
    "FOOD FESTIVAL STALL",
    "DIWALI MELA STALL",
    "DONOR DESK - TRUST OFFICE",
    "BILLING COUNTER 2",
]
SLIP_ITEMS = [
    "DONATION - GENERAL (80G)",
    "PRE-LOVED CLOTHES X{n}",
    "CHARITY RUN BIB X{n}",
    "CAMP TESTS - LIPID + SUGAR",
    "SPONSOR MEALS X{n}00",
    "DIYA & CANDLE SET X{n}",
    "CORPUS DONATION",
    "BOOKS & TOYS X{n}",
]
# the sums each counter takes
SLIP_SUMS = [
    (1000, 30000),
    (150, 2400),
    (500, 4000),
    (200, 1200),
    (1000, 12000),
    (200, 3000),
    (5000, 50000),
    (150, 2400),
]
SLIP_DAYS = ["%d/%m/%y", "%d/%m/%Y", "%d-%m-%Y", "%d %b %y", "%d.%m.%Y"]
DECLINES = [
    "RESP CODE 51 - INSUFF FUNDS",
    "RESP CODE 55 - WRONG PIN",
    "RESP CODE 05 - DO NOT HONOUR",
    "RESP CODE 91 - ISSUER UNAVAILABLE",
]


def card_gifts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Card gifts and sales on the trust's terminals (Worldline, Ezetap, ICICI Bank, Bank of Baroda, Mosambee, Federal
    Bank, Union Bank of India, HDFC Bank; monospace): the maker on top on some, the trust in capitals (the trust, the
    foundation at the camp, ROSHAN RAAH KHAZANA - CHARITY SHOP at the shop: the payee), the desk (no fact), the town,
    SALE / DONATION / CARD SALE / UPI - BHARAT QR, DATE : <day>  TIME : <hour> on one row or DT : and TM : or TXN ON
    :, M.ID :, T.ID :, BATCH NO :, INV NO : / BILL NO :, DESC : (CORPUS DONATION, PRE-LOVED CLOTHES X3), DONOR PAN :
    on some, CARD NO :, CARD TYPE :, ENTRY :, AID : on some, AUTH CODE : / APPR NO :, RRN : / REF NO :, or MODE : UPI -
    BHARAT QR with PAYER VPA : and QR TXN ID :; DONATION AMT : / AMOUNT : / TOTAL : (INR, RS., Rs or none; western
    grouping or plain); APPROVED / TXN SUCCESSFUL / DECLINED with its RESP CODE / UPI PAYMENT PENDING (CONFIRM BEFORE
    ISSUING 80G RECEIPT)."""
    k = place("card_gifts")
    status = outcome(k, failed=(2,), pending=(5,))
    upi = status == "pending"
    low, high = SLIP_SUMS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=low, high=high, p_round=0.8, town=k)
    if k in (0, 4, 6) and rng.random() < 0.6:
        j.amount = float(rng.choice([1001, 2100, 5000, 5100, 10000, 11000, 25000]))
    p = slip_page(rng, font)
    if k in (1, 7):
        name = "ROSHAN RAAH KHAZANA - CHARITY SHOP"
    elif k == 3:
        name = FOUNDATION.upper()
    else:
        name = (TRUST if rng.random() < 0.7 else TRADE).upper()
    p.part = "head"
    if rng.random() < 0.5:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", DESKS[k])
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.add(
        "center",
        "UPI - BHARAT QR"
        if upi
        else ("DONATION" if k in (0, 4, 6) and rng.random() < 0.6 else rng.choice(["SALE", "CARD SALE"])),
    )
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TIME :", "TM :"]), clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
        form = rng.random()
        if form < 0.4 and fits(p, "left", f"DATE : {text}  TIME : {clock}"):
            p.add("left", f"DATE : {text}  TIME : {clock}", date=j.date)
        elif form < 0.7:
            p.pair("DT :", text, date=j.date)
            p.pair("TM :", clock)
        else:
            p.pair("TXN ON :", f"{text} {clock}", date=j.date)
    p.pair("M.ID :", digits(rng, 15))
    p.pair("T.ID :", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair("BATCH NO :", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO :", "BILL NO :"]), inv, txn=(INVOICE_RANK, inv))
    p.pair("DESC :", SLIP_ITEMS[k].format(n=rng.randint(2, 5)))
    if k in (0, 4, 6) and rng.random() < 0.7:
        p.pair("DONOR PAN :", pan(rng))
    if upi:
        p.pair("MODE :", "UPI - BHARAT QR", method="UPI")
        p.pair("PAYER VPA :", vpa_of(rng, rng.choice(DONORS)))
        if not j.no_ref:
            qid = f"BQR{digits(rng, 13)}"
            p.pair("QR TXN ID :", qid, txn=(TXN_RANK, qid))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        p.pair("CARD NO :", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE :", f"{net} {rng.choice(['DEBIT', 'CREDIT', 'PREPAID'])}")
        entry = rng.choice(["CHIP", "CONTACTLESS", "SWIPE"])
        p.pair("ENTRY :", entry)
        if rng.random() < 0.4:
            p.pair("AID :", rng.choice(["A0000000031010", "A0000000041010", "A0000005241010"]))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["AUTH CODE :", "APPR NO :"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN :", "REF NO :"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5
    text = f"{mark}{j.amount:,.2f}" if grouped else f"{mark}{j.amount:.2f}"
    label = "DONATION AMT :" if k in (0, 4, 6) and rng.random() < 0.6 else rng.choice(["AMOUNT :", "TOTAL :"])
    p.pair(label, text, amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(DECLINES))
    else:
        p.add("center", "UPI PAYMENT PENDING", status="pending")
        p.add("small", "CONFIRM BEFORE ISSUING 80G RECEIPT")
    p.part = "foot"
    if status == "success" and not upi:
        p.add(
            "small",
            {
                "CHIP": "PIN VERIFIED - NO SIGNATURE REQUIRED",
                "CONTACTLESS": "CONTACTLESS - NO PIN NEEDED",
                "SWIPE": "SIGN: ____________________",
            }[entry],
        )
    if k in (0, 4, 6):
        p.add("small", "80G RECEIPT WILL BE E-MAILED TO THE DONOR")
    p.add("small", rng.choice(["** DONOR COPY **", "CUSTOMER COPY", "THANK YOU FOR GIVING"]))
    if rng.random() < 0.4:
        p.add("small", f"POWERED BY {MAKERS[k]}")
    return p.done()


# ---------------------------------------------------------------- 4. the trust's own receipts


# the page, the way
OWN_PAGES = [
    ("donation", "UPI"),
    ("donation", "NEFT"),
    ("donation", "cash"),
    ("donation", "cheque"),
    ("csr", "RTGS"),
    ("donation", "cheque"),
    ("corpus", "card"),
    ("camp", "UPI"),
]
PURPOSES = [
    "General donation",
    "Roshan Raah Rasoi - meals for children",
    "Shaam Shala - books and tutors",
    "Sehat Shivir - medicines for the camps",
    "Sponsorship of 500 meals",
    "Winter blankets drive",
]
# a company paying a CSR contribution: its name and the project
CSR_DONORS = [
    ("Narmada Valley Cements Ltd", "Mobile health camps - Cuttack district"),
    ("Deccan Polymers Ltd", "Evening schools for first-generation learners"),
    ("Kaveri Auto Components Pvt Ltd", "Nutrition support - community kitchens"),
]
CAMP_TESTS = [
    ("Registration & OPD", 50.0),
    ("Blood sugar (fasting + PP)", 60.0),
    ("Lipid profile", 250.0),
    ("HbA1c", 300.0),
    ("ECG", 100.0),
    ("Eye check-up & reading glasses", 150.0),
    ("Haemoglobin", 40.0),
]
PATIENTS = [
    ("Kamla Bai", "F"),
    ("Shyam Lal Yadav", "M"),
    ("Muthulakshmi", "F"),
    ("Yallappa Talawar", "M"),
    ("Sukanti Sethy", "F"),
    ("Jaswinder Singh", "M"),
]


def trust_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The NGO's own paper (serif; the trust, the foundation or Roshan Raah on top, in capitals on some: the payee):
    DONATION RECEIPT / RECEIPT FOR DONATION (U/S 80G) (Receipt No. / Rcpt. No., Date, "Received with thanks from
    <donor> the sum of <words> by <way> towards <purpose>" (no fact), Donor PAN, Donor address, Purpose, Donation
    amount / Amount received, the 80G note and its URN, the way and its reference, or the cheque (Cheque No., Cheque
    date, Drawn on): RECEIVED WITH THANKS / DONATION RECEIVED / CHEQUE DISHONOURED - RECEIPT CANCELLED (Return reason,
    Cheque amount) / CHEQUE RECEIVED - SUBJECT TO REALISATION (Cheque amount)), the foundation's CSR CONTRIBUTION
    RECEIPT (M/s <company>, CSR Regn. No. (CSR-1) of the foundation, Project, Amount received, RTGS and its UTR), a
    CORPUS DONATION RECEIPT (the card and its Auth code) and the foundation's SEHAT SHIVIR - CAMP FEE RECEIPT (Patient,
    the tests at camp rates, Total, Received by UPI); in a row and in the NGO's rubber stamp."""
    k = place("trust_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    page, way = OWN_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k)
    entity = FOUNDATION if page in ("csr", "camp") else TRUST
    name = rng.choice([entity, entity, TRADE]) if page != "csr" else entity
    name = name.upper() if rng.random() < 0.3 else name
    j.to = name
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    kinds = {
        "donation": ["DONATION RECEIPT", "RECEIPT FOR DONATION (U/S 80G)"],
        "csr": ["CSR CONTRIBUTION RECEIPT", "RECEIPT - CSR GRANT"],
        "corpus": ["CORPUS DONATION RECEIPT", "RECEIPT - DONATION TO CORPUS"],
        "camp": ["SEHAT SHIVIR - CAMP FEE RECEIPT", "HEALTH CAMP - RECEIPT"],
    }[page]
    ngo_head(p, k, name, kinds, no_day=j.no_day, entity=entity)
    if not j.no_ref:
        rno = f"{CODES[k]}/{'D' if page != 'camp' else 'HC'}/{j.year()}{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    donor = rng.choice(DONORS)
    amount = j.amount
    if page == "donation":
        amount = (
            float(rng.choice([500, 1000, 1100, 1500, 2000]))
            if way == "cash"
            else float(rng.choice([2100, 5000, 5100, 11000, 21000, 25000, 51000, 100000]))
        )
    elif page == "corpus":
        amount = float(rng.choice([25000, 50000, 51000, 100000]))
    elif page == "csr":
        amount = float(whole(rng.uniform(300000, 2500000), 10000))
    p.add("rule")
    if page == "camp":
        patient, sex = rng.choice(PATIENTS)
        wrap_pair(p, rng.choice(["Patient", "Received from"]), patient)
        p.pair("Age / Sex", f"{rng.randint(28, 76)} / {sex}")
        wrap_pair(p, "Camp", f"{TOWNS[k][2]}, {TOWNS[k][0]}")
        picks = [CAMP_TESTS[0]] + rng.sample(CAMP_TESTS[1:], rng.randint(1, 3))
        for test, rate in picks:
            item_row(p, test, "", rs(rate))
        amount = sum(rate for _, rate in picks)
        p.pair("Total", rs(amount))
    elif page == "csr":
        company, project = rng.choice(CSR_DONORS)
        p.add(
            "left",
            f"Received with thanks from M/s {company} the sum below as its CSR contribution for the project.",
        )
        wrap_pair(p, "Project", project)
        p.pair("CSR Regn. No. (CSR-1)", CSR1)
        if not j.no_day:
            p.pair("Financial year", f"20{fy(j.date)}")
    else:
        words = words_in_rupees(amount)
        towards = rng.choice(PURPOSES) if page == "donation" else "the corpus of the Trust"
        p.add("left", f"Received with thanks from {donor} the sum of {words} towards {towards}.")
        p.pair("Donor PAN", pan(rng))
        wrap_pair(
            p,
            "Donor address",
            f"{rng.randrange(1, 200)}, {rng.choice(['Civil Lines', 'Ashok Nagar', 'Shanti Vihar', 'Gandhi Road'])}, {TOWNS[rng.randrange(8)][0]}",
        )
    j.amount = round(amount, 2)
    label = {
        "success": ["Amount received", "Donation amount"]
        if page in ("donation", "corpus")
        else ["Amount received", "Received"],
        "failed": ["Cheque amount"],
        "pending": ["Cheque amount"],
    }[status]
    p.pair(rng.choice(label), rs(j.amount), amount=j.amount)
    if page in ("csr", "camp"):
        p.add("small", f"({words_in_rupees(j.amount)})")
    bank = rng.choice(BANKS)
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        if not j.no_day:
            p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, -5, 0))
        wrap_pair(p, "Drawn on", f"{bank}, {TOWNS[rng.randrange(8)][0]}")
    else:
        p.pair(
            rng.choice(["Mode", "Received by", "Payment mode"]),
            way_text(rng, way, font, incoming=page in ("donation", "corpus")),
            method=method_for(way),
        )
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC", "ICIC", "UTIB", "PUNB"])
    if page in ("donation", "corpus"):
        if way == "cash":
            p.add("small", "Cash donations above Rs 2,000 are not eligible for deduction u/s 80G.")
        act = "" if j.no_day else ", 1961"
        p.add(
            "small",
            f"Donations to the Trust are eligible for deduction u/s 80G(5) of the Income-tax Act{act}.",
        )
        if not j.no_day:
            p.add(
                "small",
                f"80G URN: {TRUST_80G}. Form 10BE will be issued after the year's Form 10BD is filed.",
            )
    word = {
        "success": rng.choice(
            ["RECEIVED WITH THANKS", "DONATION RECEIVED"]
            if page in ("donation", "corpus")
            else ["PAID", "RECEIVED WITH THANKS"]
        ),
        "failed": "CHEQUE DISHONOURED - RECEIPT CANCELLED",
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
    }[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.pair(
            "Return reason",
            rng.choice(["Funds insufficient", "Payment stopped by drawer", "Signature differs"]),
        )
        p.add("small", "This receipt stands cancelled. No 80G certificate will be issued against it.")
    elif status == "pending":
        p.add("small", "This receipt is valid subject to realisation of the cheque.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Camp fees are charged at cost. Medicines are free.",
                "Please bring this receipt to the follow-up camp.",
            ]
            if page == "camp"
            else [
                "Thank you for standing with the children of our evening schools.",
                "Every rupee reaches a plate, a book or a patient. Thank you.",
                "For any correction in PAN or name, write to donorcare@roshanraah.org",
            ]
        ),
    )
    right(p, f"For {entity}")
    right(p, rng.choice(["Authorised signatory", "Managing Trustee", "Secretary"]))
    p.add("gap")
    p.add("gap")
    seal(
        p,
        entity,
        rng.choice(["DONOR DESK", "ACCOUNTS"] if page != "camp" else ["CAMP DESK", "ACCOUNTS"]),
        stamp_day(j) if status == "success" else None,
        {"success": "RECEIVED", "failed": "CHEQUE RETURNED", "pending": "SUBJECT TO REALISATION"}[status],
    )
    return p.done()


# ---------------------------------------------------------------- 5. crowdfunding payouts and donors' receipts


# platform, its site, frame, kind (payout, donor), the way
CF_PAGES = [
    ("GiveIndia", "giveindia.org", "mail", "payout", "NEFT"),
    ("Ketto", "ketto.org", "browser", "payout", "IMPS"),
    ("Milaap", "milaap.org", "mail", "donor", "UPI"),
    ("Danamojo", "danamojo.org", "mail", "donor", "card"),
    ("GiveIndia", "giveindia.org", "browser", "payout", "NEFT"),
    ("Milaap", "milaap.org", "app", "payout", "IMPS"),
    ("Fueladream", "fueladream.com", "mail", "payout", "NEFT"),
    ("Ketto", "ketto.org", "mail", "donor", "UPI"),
]
CF_LINES = {
    "GiveIndia": "India's trusted giving platform",
    "Ketto": "Crowdfunding for causes that matter",
    "Milaap": "Fundraising for NGOs and individuals",
    "Danamojo": "Online donations for non-profits",
    "Fueladream": "Crowdfunding for social causes",
}
# the platform's tip asked of a donor, by its label
TIP_LABELS = {
    "Milaap": "Tip to Milaap (optional)",
    "Ketto": "Contribution to Ketto (optional)",
    "Danamojo": "Convenience fee (paid by donor)",
}


def cf_donor(rng: random.Random, font: str, k: int, j: Job, platform: str, site: str, way: str):
    """A donor's receipt e-mail from a crowdfunding platform or a donation-page provider (Milaap, Ketto, Danamojo)
    for the NGO's fundraiser: the platform on top (never the payee), Thank you for your donation, Hi <donor>,
    Fundraiser / Campaign (no fact), Fundraiser by / Beneficiary / Supporting the trust (the payee), Donation amount,
    the platform's tip or the donor-paid fee on some, Total paid / Amount paid (the sum), Payment method / Paid via,
    Donation ID / Transaction ID and UPI Ref No. or Payment ID, Donated on / Date, Payment status Successful / Paid,
    the 80G line."""
    p = mail_page(
        rng,
        font,
        f"{platform} <{rng.choice(['receipts', 'donations', 'noreply'])}@{site}>",
        ["Thank you for your donation", "Your donation receipt", "You just made a difference"],
    )
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, platform)
    p.add("small", CF_LINES[platform])
    p.add("rule")
    p.part = "body"
    p.add(
        "center",
        rng.choice(["Thank you for your donation!", "Donation successful", "Your gift is on its way"]),
    )
    donor = rng.choice(DONORS)
    p.add("left", f"Hi {donor.split()[0]}, thank you for supporting this fundraiser.")
    wrap_pair(p, rng.choice(["Fundraiser", "Campaign"]), rng.choice(CAMPAIGNS))
    wrap_pair(p, rng.choice(["Fundraiser by", "Beneficiary", "Supporting"]), j.to, merchant=j.to)
    gift = float(rng.choice([500, 1000, 1500, 2000, 2500, 5000, 10000]))
    lines = [("Donation amount", gift)]
    if rng.random() < 0.75:
        tip = (
            round(gift * rng.choice([0.05, 0.08, 0.1, 0.12]), 2)
            if platform != "Danamojo"
            else round(gift * 0.03, 2)
        )
        lines.append((TIP_LABELS[platform], tip))
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    total = round(sum(v for _, v in lines), 2)
    j.amount = total
    p.pair(rng.choice(["Total paid", "Amount paid"]), rs(total), amount=total)
    p.pair(
        rng.choice(["Payment method", "Paid via"]),
        {"UPI": "UPI", "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}"}[
            way
        ],
        method=way,
    )
    if not j.no_ref:
        did = f"{platform[:2].upper()}{digits(rng, 9)}"
        labelled(p, rng.choice(["Donation ID", "Transaction ID"]), did, txn=(TXN_RANK, did))
        if way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            pid = f"pay_{code(rng, 14, MIXED)}"
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
    if not j.no_day:
        labelled(p, rng.choice(["Donated on", "Date"]), stamp(rng, j.date, PATS), date=j.date)
    p.pair("Payment status", rng.choice(["Successful", "Paid"]), status="success")
    p.add("small", f"Your 80G receipt for the donation amount will be issued by {TRUST}.")
    p.part = "foot"
    p.add("small", "The tip or fee, if any, supports the platform and is not eligible for 80G.")
    return p.done()


def crowdfunding(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The crowdfunding platforms paying the NGO what its fundraisers raised (GiveIndia's e-mail and its NGO dashboard,
    Ketto's dashboard in a browser, Milaap's app, Fueladream's e-mail: the platform on top, never the payee; Fundraiser
    payout / Withdrawal summary / Disbursement advice, Fundraiser / Campaign (no fact), Fundraiser ID / Campaign ID (no
    id), Beneficiary / NGO / Payee / Transferred to the trust (the payee), Raised between (no fact), Funds raised (n
    donors), Less: Platform fee (n%), Less: Payment gateway charges (n%), Less: GST @ 18% on fees, Net amount
    transferred / Withdrawal amount / Amount disbursed (the sum, large on the app), Bank account, Mode, Withdrawal ID /
    Payout ID, UTR / IMPS Ref No., Transferred on / Disbursed on / Failed on / Requested on; Transferred / Disbursed /
    Withdrawal successful / Disbursement failed - bank account details mismatch / Withdrawal requested - under review /
    Processing) and donors' receipts from them (``cf_donor``)."""
    k = place("crowdfunding")
    status = outcome(k, failed=(4,), pending=(5,))
    platform, site, frame, kind, way = CF_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k, prog=0.15, caps=0.25)
    if kind == "donor":
        return cf_donor(rng, font, k, j, platform, site, way)
    donors = rng.randint(40, 900)
    raised = round(donors * rng.uniform(700, 2400), 2)
    pct = rng.choice([0, 4, 5, 6])
    cuts = []
    if pct:
        cuts.append((f"Less: Platform fee ({pct}%)", round(raised * pct / 100, 2)))
    gw = rng.choice([1.9, 2.0, 2.5])
    cuts.append((f"Less: Payment gateway charges ({gw:g}%)", round(raised * gw / 100, 2)))
    cuts.append(("Less: GST @ 18% on fees", round(sum(v for _, v in cuts) * 0.18, 2)))
    net = round(raised - sum(v for _, v in cuts), 2)
    j.amount = net
    words = {
        "success": ["Transferred", "Disbursed", "Withdrawal successful"],
        "failed": ["Disbursement failed - bank account details mismatch"],
        "pending": ["Withdrawal requested - under review", "Processing"],
    }
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{platform} <{rng.choice(['payouts', 'ngo-support', 'disbursals'])}@{site}>",
            ["Funds disbursed to your account", "Your fundraiser payout", "Disbursement advice"],
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(
            rng, font, f"{rng.choice(['ngo', 'dashboard'])}.{site}/withdrawals/{rng.randrange(1000, 9999)}"
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = phone_page(rng, font, k, ["", "Withdrawals", "Withdrawal details"])
        rs = money(rng, font, 0.4)
    p.part = "head"
    if frame == "app":
        head(p, platform, (230, 80, 60), p.style["h106"]["dark"], ["Fundraiser dashboard", "Withdrawals"])
    else:
        top(p, platform)
        p.add("small", CF_LINES[platform])
        p.add("center", rng.choice(["Fundraiser payout", "Withdrawal summary", "Disbursement advice"]))
        p.add("rule")
    p.part = "body"
    if frame != "mail":
        outcome_row(p, status, words)
    if frame == "app":
        p.add("big", rs(net), amount=net)
    wrap_pair(p, rng.choice(["Fundraiser", "Campaign"]), rng.choice(CAMPAIGNS))
    p.pair(rng.choice(["Fundraiser ID", "Campaign ID"]), f"{rng.randrange(100000, 999999)}")
    wrap_pair(p, rng.choice(["Beneficiary", "NGO", "Payee", "Transferred to"]), j.to, merchant=j.to)
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.randrange(20, 60))
        end = j.date - dt.timedelta(days=rng.randrange(2, 8))
        p.pair("Raised between", f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}")
    p.pair(f"Funds raised ({donors} donors)", rs(raised))
    for label, value in cuts:
        wrap_pair(p, label, rs(value))
    if frame != "app":
        p.pair(
            rng.choice(["Net amount transferred", "Withdrawal amount", "Amount disbursed"]),
            rs(net),
            amount=net,
        )
    p.pair("Bank account", f"{rng.choice(BANKS[:4])} XXXXXX{digits(rng, 4)}")
    p.pair("Mode", way, method="netbanking")
    if not j.no_ref:
        wid = f"{rng.choice(['WD', 'PO', 'DSB'])}{digits(rng, 9)}"
        labelled(p, rng.choice(["Withdrawal ID", "Payout ID"]), wid, txn=(TXN_RANK, wid))
        if status == "success":
            ref = j.ref if way == "IMPS" else neft_utr(rng.choice(["HDFC", "ICIC", "YESB"]), rng, j.date)
            labelled(
                p,
                "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR", "UTR No."]),
                ref,
                txn=(UTR_RANK, ref),
            )
    if not j.no_day:
        label = {
            "success": rng.choice(["Transferred on", "Disbursed on"]),
            "failed": "Failed on",
            "pending": "Requested on",
        }[status]
        labelled(p, label, stamp(rng, j.date, PATS, hour=frame != "mail"), date=j.date)
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "Please update the NGO's bank details under Settings; we will retry the transfer.")
    elif status == "pending":
        p.add(
            "small",
            "Withdrawals are reviewed against the fundraiser's utilisation plan within 2 working days.",
        )
    p.part = "foot"
    p.add("small", "Donor-wise data for 80G receipts and Form 10BD is available under Reports.")
    return p.done()


# ---------------------------------------------------------------- 6. CSR grants and foreign contributions


# the page, the payer or the app, the mode or the currency
GRANT_PAGES = [
    ("csr_letter", "Narmada Valley Cements Ltd", "RTGS"),
    ("fcra_advice", "State Bank of India", "USD"),
    ("csr_bank", "IDBI Bank Corporate Internet Banking", "RTGS"),
    ("wise", "Wise", "GBP"),
    ("csr_advice", "Deccan Polymers Ltd", "NEFT"),
    ("eu_bank", "Sparkasse Rhein-Neckar", "EUR"),
    ("globalgiving", "GlobalGiving", "USD"),
    ("csr_advice", "Kaveri Auto Components Pvt Ltd", "RTGS"),
]
CSR_PROJECTS = [
    "Mobile health camps - Cuttack district",
    "Evening schools for first-generation learners",
    "Nutrition support - community kitchens",
    "Eye care camps - Madurai rural",
]
# the US donor whose wire SBI credits: remitter, country, its bank, a rate range
FOREIGN = (
    "Friends of Roshan Raah Inc.",
    "United States",
    "JPMorgan Chase Bank, N.A., New York",
    (83.2, 88.4),
)


def csr_grant(rng: random.Random, font: str, k: int, j: Job, company: str, mode: str, frame: str):
    """A company's CSR grant release (Narmada Valley Cements' letter, Deccan Polymers' and Kaveri Auto Components'
    e-mails): the company on top (the payer), its CSR line, CSR GRANT - PAYMENT ADVICE / Grant release intimation /
    RELEASE OF GRANT TRANCHE, Implementing agency / Grantee / Paid to the foundation (the payee), CSR-1 Regn. No. (no
    id), Project, MoU dated (no fact), Grant sanctioned, Tranche n of 3 (n%), Amount released / Tranche amount
    released (the sum), Mode, Credited to, UTR and Payment voucher No., Date of transfer / Payment date / Value date,
    Status Released / Paid."""
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{company.split(' Ltd')[0].split(' Pvt')[0]} CSR <{rng.choice(['csr', 'csr.accounts'])}@"
            f"{vpa_base(company)}.co.in>",
            ["CSR grant - payment advice", "Release of grant tranche", "Grant release intimation"],
        )
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, company)
    p.add("small", rng.choice(["Corporate Social Responsibility", "CSR Cell - Corporate Office"]))
    p.add(
        "center",
        rng.choice(["CSR GRANT - PAYMENT ADVICE", "Grant release intimation"])
        if frame == "mail"
        else "RELEASE OF GRANT TRANCHE",
    )
    p.add("rule")
    p.part = "body"
    if frame == "paper":
        p.pair("Ref.", f"{code(rng, 3, UPPER)}/CSR/{rng.randrange(10, 99)}")
        p.add("left", f"To, The Director, {FOUNDATION}, {TOWNS[j.town][0]}")
        p.add(
            "left", "We are pleased to inform you that the tranche below has been released to your account."
        )
    else:
        p.add("left", "Dear Sir / Madam, the grant tranche below has been released to your account.")
    wrap_pair(p, rng.choice(["Implementing agency", "Grantee", "Paid to"]), j.to, merchant=j.to)
    p.pair("CSR-1 Regn. No.", CSR1)
    wrap_pair(p, "Project", rng.choice(CSR_PROJECTS))
    if not j.no_day:
        p.pair("MoU dated", j.other_day(rng, -200, -30))
    sanction = float(whole(rng.uniform(1500000, 6000000), 100000))
    n, pct = rng.choice([(1, 40), (2, 30), (2, 40), (3, 30), (3, 20)])
    released = round(sanction * pct / 100, 2)
    j.amount = released
    p.pair("Grant sanctioned", rs(sanction))
    p.pair("Tranche", f"{n} of 3 ({pct}%)")
    p.pair(rng.choice(["Amount released", "Tranche amount released"]), rs(released), amount=released)
    p.pair(rng.choice(["Mode", "Payment mode"]), mode, method="netbanking")
    wrap_pair(p, "Credited to", f"{rng.choice(BANKS[:4])} A/c XXXXXX{digits(rng, 4)} (CSR account)")
    if not j.no_ref:
        heads = ["SBIN", "HDFC", "ICIC", "UTIB"]
        ref = (
            neft_utr(rng.choice(heads), rng, j.date)
            if mode == "NEFT"
            else rtgs_utr(rng.choice(heads), rng, j.date)
        )
        p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        doc = f"PV{digits(rng, 8)}"
        p.pair("Payment voucher No.", doc, txn=(INVOICE_RANK, doc))
    p.pair(rng.choice(["Date of transfer", "Payment date", "Value date"]), j.day(rng), date=j.date)
    if frame == "mail":
        p.pair("Status", rng.choice(["Released", "Paid"]), status="success")
    else:
        p.add("left", "The grant stands released.", status="success")
    p.add("small", "Please send the receipt and the utilisation certificate for the previous tranche.")
    p.part = "foot"
    if frame == "paper":
        right(p, f"For {company}")
        right(p, "Head - CSR")
    else:
        p.add("small", "This is a system generated advice.")
    return p.done()


def fcra_advice(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """State Bank of India's credit advice for a foreign contribution to the trust's FCRA account (New Delhi Main
    Branch, in US dollars): the bank on top (never the payee), FCRA Cell line, Foreign Contribution - Inward Remittance
    Advice, FC account holder / Beneficiary the trust (the payee), FCRA account, FCRA Regn. No. (no id), Remitter and
    its country and bank, Purpose, Amount remitted / Foreign currency amount (the sum, in its currency), Exchange rate,
    INR equivalent, Less: Bank charges (incl. GST), Amount credited (INR) (no fact), Credited by SWIFT inward, Inward
    ref No. / Transaction reference, Value date, Status Credited."""
    cur = "USD"
    remitter, country, via, (lo, hi) = FOREIGN
    show = fx(rng, font, cur)
    rs = money(rng, font, 0.0, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, "corp.onlinesbi.sbi/corp/fcra/inward-remittance/advice")
    p.part = "head"
    top(p, "State Bank of India")
    p.add("small", "FCRA Cell, New Delhi Main Branch, 11 Sansad Marg")
    p.add(
        "center",
        rng.choice(["Foreign Contribution - Inward Remittance Advice", "FC Receipt - Credit Advice"]),
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["FC account holder", "Beneficiary"]), j.to, merchant=j.to)
    p.pair("FCRA account", f"XXXXXXX{digits(rng, 4)}")
    p.pair("FCRA Regn. No.", FCRA_NO)
    wrap_pair(p, rng.choice(["Remitter", "Donor"]), remitter)
    p.pair("Remitter's country", country)
    wrap_pair(p, "Remitting bank", via)
    wrap_pair(p, "Purpose", "P1303 - Grants and donations to charities")
    value = (
        float(whole(rng.uniform(1500, 25000), 50))
        if rng.random() < 0.7
        else round(rng.uniform(1500, 25000), 2)
    )
    j.amount = value
    p.pair(rng.choice(["Amount remitted", "Foreign currency amount"]), show(value), amount=value, cur=cur)
    rate = round(rng.uniform(lo, hi), 4)
    inr = round(value * rate, 2)
    charges = round(float(rng.choice([500, 750, 1000])) * 1.18, 2)
    p.pair("Exchange rate", f"1 {cur} = INR {rate:.4f}")
    p.pair("INR equivalent", rs(inr))
    p.pair("Less: Bank charges (incl. GST)", rs(charges))
    p.pair("Amount credited (INR)", rs(round(inr - charges, 2)))
    p.pair("Credited by", "SWIFT inward", method="netbanking")
    if not j.no_ref:
        bref = f"{rng.choice(['IRM', 'FCR'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Inward ref No.", "Transaction reference"]), bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        p.pair(rng.choice(["Value date", "Credited on"]), j.day(rng), date=j.date)
    p.pair("Status", "Credited", status="success")
    p.add(
        "small", "Foreign contributions must be received only in this FCRA account and reported in Form FC-4."
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice and needs no signature.")
    return p.done()


def wise_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A UK donor's Wise transfer receipt to the trust's FCRA account (in pounds): Wise on top (never the payee), Your
    transfer receipt, the outcome, You sent (the sum, in pounds), Wise fee, Amount converted, Guaranteed rate,
    Recipient gets (in rupees: no fact), To / Recipient the trust (the payee), its account, Reference (no id),
    Transfer # (the transfer's id), Paid with, Created / Sent on."""
    cur = "GBP"
    show = fx(rng, font, cur)
    rs = money(rng, font, 0.0, marks=("\u20b9", "INR"))
    p = mail_page(rng, font, "Wise <noreply@wise.com>", ["Your transfer receipt", "Your money's on its way"])
    p.part = "head"
    top(p, "Wise")
    p.add("small", "Wise Payments Limited")
    p.add("rule")
    p.part = "body"
    p.add(
        "center",
        rng.choice(["Your transfer is complete", "Money sent", "The money has arrived"]),
        status="success",
    )
    sent = float(rng.choice([100, 150, 250, 300, 500, 750, 1000, 1500]))
    fee = round(sent * rng.uniform(0.006, 0.012), 2)
    rate = round(rng.uniform(108.5, 114.0), 4)
    j.amount = sent
    p.pair("You sent", show(sent), amount=sent, cur=cur)
    p.pair("Wise fee", show(fee))
    p.pair("Amount converted", show(round(sent - fee, 2)))
    p.pair("Guaranteed rate", f"1 GBP = {rate:.4f} INR")
    p.pair("Recipient gets", rs(round((sent - fee) * rate, 2)))
    wrap_pair(p, rng.choice(["To", "Recipient"]), j.to, merchant=j.to)
    p.pair("Account", f"SBI New Delhi Main Branch XXXX{digits(rng, 4)}")
    p.pair("Reference", rng.choice(["Donation - Rasoi", "RR donation", "For the kids' dinners"]))
    paid_with = rng.choice(["Bank transfer", "Debit card"])
    p.pair("Paid with", paid_with, method="netbanking" if paid_with == "Bank transfer" else "card")
    if not j.no_ref:
        tno = f"#{digits(rng, 9)}"
        p.pair("Transfer", tno, txn=(TXN_RANK, tno))
    if not j.no_day:
        labelled(p, rng.choice(["Sent on", "Created"]), stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add("small", "Wise Payments Limited is authorised by the Financial Conduct Authority.")
    return p.done()


def eu_bank(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A German foundation's bank page for its euro transfer to the trust (Sparkasse Rhein-Neckar, in English): the
    bank on top (never the payee), International payment (SWIFT) - details, the outcome (Executed / Payment returned -
    beneficiary account not designated for foreign contribution), Ordering party (no fact), Beneficiary the trust (the
    payee), Beneficiary bank and BIC, IBAN / Account, Amount (the sum, in euros), Charges (SHA / OUR), Purpose,
    End-to-end reference (the transfer's id), Execution date."""
    cur = "EUR"
    show = fx(rng, font, cur)
    p = browser_page(rng, font, "banking.sparkasse-rhein-neckar.de/en/payments/international/details")
    p.part = "head"
    top(p, "Sparkasse Rhein-Neckar")
    p.add("small", "Online banking - international payments")
    p.add("center", "International payment (SWIFT) - details")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {
            "success": ["Executed", "Payment executed"],
            "failed": ["Payment returned - beneficiary account not designated for foreign contribution"],
        },
    )
    wrap_pair(p, "Ordering party", "Stiftung Lichtweg")
    wrap_pair(p, "Beneficiary", j.to, merchant=j.to)
    if j.status == "failed":
        wrap_pair(p, "Beneficiary bank", f"Bank of Baroda, {TOWNS[j.town][0]}")
        p.pair("BIC", "BARBINBBXXX")
    else:
        wrap_pair(p, "Beneficiary bank", "State Bank of India, New Delhi Main Branch")
        p.pair("BIC", "SBININBB104")
    p.pair("Account", f"XXXXXXX{digits(rng, 4)}")
    value = float(whole(rng.uniform(2000, 30000), 500))
    j.amount = value
    p.pair("Amount", show(value), amount=value, cur=cur)
    p.pair("Charges", rng.choice(["SHA (shared)", "OUR (ordering party)"]))
    p.pair("Payment type", "SWIFT transfer", method="netbanking")
    wrap_pair(p, "Purpose", rng.choice(["Grant - evening schools", "Donation - community kitchens"]))
    if not j.no_ref:
        e2e = f"LW{digits(rng, 6)}{code(rng, 4, UPPER)}"
        p.pair("End-to-end reference", e2e, txn=(TXN_RANK, e2e))
    if not j.no_day:
        labelled(p, "Execution date", j.day(rng), date=j.date)
    if j.status == "failed":
        p.add(
            "small",
            "The amount has been credited back to your account less the correspondent bank's charges.",
        )
    p.part = "foot"
    p.add("small", "Sparkasse Rhein-Neckar - Privacy - Imprint")
    return p.done()


def globalgiving(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """GlobalGiving's disbursement e-mail to the trust (in US dollars): GlobalGiving on top (never the payee), its
    foundation line, Disbursement notice, the outcome word, Recipient organization / Organization the trust (the
    payee), Project (no fact), Donations received (n donors), Less: GlobalGiving fee (n%), Less: Wire fee,
    Disbursement amount (the sum), Payment method (wire to the FCRA account), Disbursement ID, Scheduled for / Sent
    on; Disbursement sent / Disbursement scheduled."""
    cur = "USD"
    show = fx(rng, font, cur)
    p = mail_page(
        rng, font, "GlobalGiving <partners@globalgiving.org>", ["Your disbursement", "Disbursement notice"]
    )
    p.part = "head"
    top(p, "GlobalGiving")
    p.add("small", "The GlobalGiving Foundation, Inc.")
    p.add("center", "Disbursement notice")
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Recipient organization", "Organization"]), j.to, merchant=j.to)
    wrap_pair(p, "Project", rng.choice(CAMPAIGNS))
    n = rng.randint(30, 400)
    got = round(n * rng.uniform(25, 90), 2)
    fee = round(got * 0.05, 2)
    wire = 15.0
    net = round(got - fee - wire, 2)
    j.amount = net
    p.pair(f"Donations received ({n} donors)", show(got))
    p.pair("Less: GlobalGiving fee (5%)", show(fee))
    p.pair("Less: Wire fee", show(wire))
    p.pair("Disbursement amount", show(net), amount=net, cur=cur)
    wrap_pair(p, "Payment method", "Wire to FCRA account (SBI, New Delhi)", method="netbanking")
    if not j.no_ref:
        dno = f"D-{digits(rng, 7)}"
        p.pair("Disbursement ID", dno, txn=(TXN_RANK, dno))
    if not j.no_day:
        p.pair("Scheduled for" if j.status == "pending" else "Sent on", j.day(rng), date=j.date)
    p.pair(
        "Status",
        {"success": "Disbursement sent", "pending": "Disbursement scheduled"}[j.status],
        status=j.status,
    )
    p.part = "foot"
    p.add("small", "Donor reports for your FC-4 return are in your partner dashboard.")
    return p.done()


def grants_in(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Grants: companies' CSR grant releases to the foundation (``csr_grant``; and a company's RTGS from IDBI Bank
    Corporate Internet Banking, heldout124's page, the foundation under Beneficiary / Payee / Beneficiary name, Remarks
    (CSR grant - tranche 2), Debit account name the company, Maker and Checker), and foreign contributions to the
    trust's FCRA account: SBI's inward remittance advice (``fcra_advice``), a Wise receipt (``wise_receipt``), a German
    foundation's bank (``eu_bank``) and GlobalGiving's disbursement (``globalgiving``)."""
    k = place("grants_in")
    status = outcome(k, failed=(5,), pending=(6,))
    kind, name, extra = GRANT_PAGES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, town=k, prog=0.0, caps=0.3)
    if kind.startswith("csr"):
        j.to = FOUNDATION.upper() if rng.random() < 0.4 else FOUNDATION
    else:
        j.to = TRUST.upper() if rng.random() < 0.4 else TRUST
    if kind == "csr_letter":
        return csr_grant(rng, font, k, j, name, extra, "paper")
    if kind == "csr_advice":
        return csr_grant(rng, font, k, j, name, extra, "mail")
    if kind == "fcra_advice":
        return fcra_advice(rng, font, k, j)
    if kind == "wise":
        return wise_receipt(rng, font, k, j)
    if kind == "eu_bank":
        return eu_bank(rng, font, k, j)
    if kind == "globalgiving":
        return globalgiving(rng, font, k, j)
    j.amount = float(whole(rng.uniform(400000, 2000000), 10000))
    row = (name, None, "web", "RTGS", "IBKL")
    p, _ = transfer_ack(
        rng,
        font,
        k,
        row,
        status,
        j,
        url="cib.idbibank.in/corp/rtgs/acknowledgement",
        widths=[700, 740],
        third_head="Payments",
        payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind="web",
        mode="RTGS",
        head4="IBKL",
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Reference No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(
        p,
        "Remarks",
        f"CSR grant - tranche {rng.randint(1, 3)} - {rng.choice(['health camps', 'Shaam Shala'])}",
    )
    wrap_pair(p, "Debit account name", "MAHANADI FERRO ALLOYS LTD")
    p.pair("Maker", f"{rng.choice(['csr.ops', 'acct.exec'])}{rng.randrange(1, 9)}")
    p.pair("Checker", f"{rng.choice(['cfo.office', 'fin.head'])}{rng.randrange(1, 9)}")
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is a system generated acknowledgement")
    return p.done()


# ---------------------------------------------------------------- 7. rations and supplies: the suppliers' bills


# supplier (town, name, line, kind, the way)
SUPPLIERS = [
    (0, "Jai Ambe Anaj Bhandar", "Wholesale grain, pulses & edible oil", "grain", "NEFT"),
    (1, "Ramesh Chandra & Sons", "Commission agents - vegetables, Pahariya Mandi", "veg", "cash"),
    (2, "Meenakshi Gas Agencies", "Indane distributor - commercial LPG", "lpg", "UPI"),
    (3, "Hubli Stationery Mart", "School & office stationery - wholesale", "stationery", "UPI"),
    (4, "Utkal Medical Agencies", "Pharmaceutical distributors", "medicine", "cheque"),
    (5, "Punjab Steel Bartan Store", "Stainless steel utensils - hotel & canteen ware", "steel", "UPI"),
    (6, "Shree Shyam Dairy", "Milk, curd & paneer - bulk supply", "dairy", "cash"),
    (7, "Calicut Cash & Carry", "Wholesale provisions", "provisions", "card"),
]
# a kind's lines (item, unit, rate) and its GST rate (None: a bill with no GST)
SUPPLY_ITEMS = {
    "grain": (
        [
            ("Toor dal (30 kg bag)", "bag", 3960.0),
            ("Chakki atta (50 kg bag)", "bag", 1725.0),
            ("Sona Masoori rice (25 kg bag)", "bag", 1240.0),
            ("Soyabean oil (15 L tin)", "tin", 2185.0),
            ("Chana dal (30 kg bag)", "bag", 2610.0),
        ],
        5,
    ),
    "veg": (
        [
            ("Potato", "qtl", 1450.0),
            ("Onion", "qtl", 2300.0),
            ("Tomato", "qtl", 1800.0),
            ("Cauliflower", "qtl", 1600.0),
            ("Bottle gourd", "qtl", 1200.0),
        ],
        None,
    ),
    "lpg": ([("Commercial LPG cylinder 19 kg", "cyl", 1580.0)], 18),
    "stationery": (
        [
            ("Long notebooks 172 pages (dozen)", "doz", 540.0),
            ("Pencils (box of 10) x 10", "pack", 260.0),
            ("Slates with chalk set", "pc", 65.0),
            ("Crayons (12 shades)", "box", 48.0),
            ("Drawing books", "pc", 32.0),
        ],
        0,
    ),
    "medicine": (
        [
            ("Paracetamol 500 mg (10 x 10)", "box", 118.0),
            ("ORS sachets (box of 25)", "box", 310.0),
            ("Metformin 500 mg (10 x 15)", "box", 236.0),
            ("Amlodipine 5 mg (10 x 10)", "box", 142.0),
            ("Iron & folic acid tabs (10 x 10)", "box", 96.0),
        ],
        5,
    ),
    "steel": (
        [
            ("SS dinner plates 5-compartment", "pc", 285.0),
            ("SS tumblers 300 ml", "pc", 72.0),
            ("SS patila 40 L", "pc", 3850.0),
            ("SS serving buckets 10 L", "pc", 960.0),
        ],
        5,
    ),
    "dairy": (
        [("Toned milk (litres)", "L", 54.0), ("Curd (kg)", "kg", 72.0), ("Paneer (kg)", "kg", 340.0)],
        None,
    ),
    "provisions": (
        [
            ("Matta rice (25 kg)", "bag", 1390.0),
            ("Coconut oil (15 L tin)", "tin", 3240.0),
            ("Sambar powder (1 kg)", "pkt", 285.0),
            ("Green gram (30 kg)", "bag", 3420.0),
        ],
        5,
    ),
}
SUPPLY_KINDS = {
    "grain": ["TAX INVOICE", "INVOICE CUM RECEIPT"],
    "veg": ["BILL", "CASH BILL"],
    "lpg": ["TAX INVOICE", "CASH MEMO"],
    "stationery": ["BILL OF SUPPLY", "INVOICE"],
    "medicine": ["TAX INVOICE", "GST INVOICE"],
    "steel": ["TAX INVOICE", "RETAIL INVOICE"],
    "dairy": ["MILK BILL", "BILL"],
    "provisions": ["TAX INVOICE", "INVOICE CUM RECEIPT"],
}


def rations_supplies(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The NGO's suppliers' paper (the supplier on top, in capitals on some: the payee; its line, address and GSTIN):
    a grain wholesaler's and a provisions store's TAX INVOICE / INVOICE CUM RECEIPT, a commission agent's BILL / CASH
    BILL for the kitchen's vegetables (quintals x rate, Commission @ n%, Hamali, no GST), an Indane distributor's TAX
    INVOICE / CASH MEMO for commercial LPG cylinders, a stationer's BILL OF SUPPLY / INVOICE (GST: Nil), a pharma
    distributor's TAX INVOICE / GST INVOICE for camp medicines, a utensil store's TAX INVOICE / RETAIL INVOICE and a
    dairy's MILK BILL / BILL for the kitchen's month (no GST): Invoice No. / Bill No. / Memo No., Date / Bill date, Bill
    to / Buyer / M/s the trust or a kitchen, the lines, Taxable value / Sub total, CGST and SGST, Round off, Invoice
    total / Bill total / Net payable, Received / Amount received / Paid (the sum), the sum in words, the way and its
    reference; PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / UPI PAYMENT FAILED - BALANCE DUE (Balance due) /
    CHEQUE RECEIVED - SUBJECT TO CLEARANCE (Cheque received, Cheque No., Bank)."""
    k = place("rations_supplies")
    status = outcome(k, failed=(5,), pending=(4,))
    town, name, line, kind, way = SUPPLIERS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, town=town)
    shown = name.upper() if rng.random() < 0.3 else name
    j.to = shown
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.4)
    letterhead(p, town, shown, SUPPLY_KINDS[kind], sub=line, gst=kind not in ("veg", "dairy"))
    number = {"lpg": "Memo No.", "veg": "Bill No.", "dairy": "Bill No."}.get(
        kind, rng.choice(["Invoice No.", "Bill No."])
    )
    if not j.no_ref:
        doc = f"{rng.choice(['', 'A/', 'GST/'])}{j.year()}{rng.randrange(1, 4999)}"
        p.pair(number, doc, txn=(INVOICE_RANK, doc))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill date"]), j.day(rng), date=j.date)
    # the programme that uses the goods: the camps' medicines are the foundation's, the schools' stationery
    user = {"medicine": (FOUNDATION, PROGRAMMES[2]), "stationery": (TRUST, PROGRAMMES[1])}.get(
        kind, (TRUST, PROGRAMMES[0])
    )
    buyer = rng.choice([user[0], f"{user[1]} ({TOWNS[town][0]})"])
    wrap_pair(p, rng.choice(["Bill to", "Buyer", "M/s"]), buyer)
    if kind == "dairy" and not j.no_day:
        p.pair("Supply for", j.month(1))
    p.add("rule")
    items, rate_pct = SUPPLY_ITEMS[kind]
    picks = items if len(items) == 1 else rng.sample(items, rng.randint(2, min(4, len(items))))
    sub = 0.0
    for item, unit, rate in picks:
        if kind == "veg":
            qty = round(rng.uniform(0.5, 4.0), 1)
        elif kind == "dairy":
            qty = rng.randrange(300, 1500) if unit == "L" else rng.randrange(10, 90)
        elif kind == "lpg":
            qty = rng.randint(4, 14)
        else:
            qty = rng.randint(2, 40)
        value = round(qty * rate, 2)
        sub += value
        item_row(p, item, f"{qty:g} {unit} x {rate:,.2f}", rs(value))
    sub = round(sub, 2)
    p.add("rule")
    extras = []
    if kind == "veg":
        pct = rng.choice([5, 6])
        extras = [
            (f"Commission @ {pct}%", round(sub * pct / 100, 2)),
            ("Hamali", float(rng.choice([60, 90, 120]))),
        ]
    if rate_pct:
        p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
        tax = round(sub * rate_pct / 100, 2)
        p.pair(f"CGST @ {rate_pct / 2:g}%", rs(round(tax / 2, 2)))
        p.pair(f"SGST @ {rate_pct / 2:g}%", rs(round(tax / 2, 2)))
        total = sub + 2 * round(tax / 2, 2)
    else:
        p.pair("Sub total", rs(sub))
        if rate_pct == 0:
            p.pair("GST", "Nil (exempt goods)")
        for label, value in extras:
            p.pair(label, rs(value))
        total = sub + sum(v for _, v in extras)
    net = float(round(total))
    if abs(net - total) > 0.001:
        p.pair("Round off", f"{net - total:+.2f}")
    p.pair(rng.choice(["Invoice total", "Bill total", "Net payable"]), rs(net))
    j.amount = net
    label = {
        "success": ["Received", "Amount received", "Paid"],
        "failed": ["Balance due"],
        "pending": ["Cheque received"],
    }[status]
    p.pair(rng.choice(label), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS[:6])}, {TOWNS[town][0]}")
    elif status == "failed":
        p.pair("Payment attempted", "UPI - declined", method="UPI")
    else:
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "PUNB", "CNRB", "UTIB"])
    word = {
        "success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
        "failed": "UPI PAYMENT FAILED - BALANCE DUE",
        "pending": "CHEQUE RECEIVED - SUBJECT TO CLEARANCE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Goods once sold will not be taken back.", "Subject to local jurisdiction. E. & O.E."]),
    )
    right(p, f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 8. volunteers, doctors and tutors paid


# the page, the way
VOL_PAGES = [
    ("voucher", "UPI"),
    ("razorpayx", "UPI"),
    ("bank_web", "NEFT"),
    ("honorarium", "NEFT"),
    ("cashfree", "IMPS"),
    ("upi", "UPI"),
    ("voucher", "cash"),
    ("bank_app", "IMPS"),
]
CLAIMS = [
    ("Auto fare - camp site and back", 240.0, 680.0),
    ("Printing of pamphlets (500)", 900.0, 1600.0),
    ("Tea & snacks for volunteers", 350.0, 1200.0),
    ("Vegetables bought at mandi (bill attached)", 800.0, 2600.0),
    ("Photocopies - worksheets for Shaam Shala", 180.0, 640.0),
    ("Bus fare to camp village", 120.0, 460.0),
    ("Banner for the food drive", 450.0, 1100.0),
]
STIPENDS = [
    "Stipend - Shaam Shala tutor",
    "Tutor honorarium",
    "Evening class stipend",
    "Cook's wages - Rasoi",
]
VOL_BANKS = {
    2: ("IOB Corporate Net Banking", None, "web", "NEFT", "IOBA"),
    7: ("BOI Omni Neo Bank", (241, 122, 37), "app", "IMPS", "BKID"),
}


def payout_page(rng: random.Random, font: str, k: int, j: Job, kind: str, way: str, person: str):
    """A payouts dashboard after the trust paid a volunteer (RazorpayX's to a UPI handle, Cashfree Payouts' IMPS): the
    product on top (never the payee) and the trust's account line, Payout details / Transfer details, the outcome, the
    sum large, Beneficiary / Contact / Paid to the volunteer (the payee), Fund account (a handle or an account),
    Purpose / Narration (no fact), Mode, UTR / UPI Ref No. / Bank RRN, Payout ID / Transfer ID, Processed on / Created
    on / Failed on; Processed / Payout processed / Transfer successful / Transfer failed - invalid beneficiary account."""
    site = "x.razorpay.com/payouts" if kind == "razorpayx" else "payouts.cashfree.com/transfers"
    p = browser_page(rng, font, f"{site}/{code(rng, 10, MIXED)}")
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, "RazorpayX" if kind == "razorpayx" else "Cashfree Payments")
    p.add("small", f"{TRUST}  |  Current account XX{digits(rng, 4)}")
    p.add("center", rng.choice(["Payout details", "Transfer details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {
            "success": ["Processed", "Payout processed", "Transfer successful"],
            "failed": ["Transfer failed - invalid beneficiary account"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Beneficiary", "Contact", "Paid to"]), person, merchant=person)
    fund = vpa_of(rng, person) if way == "UPI" else f"{rng.choice(BANKS)} XXXX{digits(rng, 4)}"
    wrap_pair(p, "Fund account", fund)
    wrap_pair(
        p, rng.choice(["Purpose", "Narration"]), rng.choice(["Reimbursement", "Volunteer expenses - camp"])
    )
    p.pair("Mode", way, method=method_of(way))
    if not j.no_ref:
        if j.status == "success":
            labelled(
                p,
                rng.choice(["UTR", "Bank RRN"]) if way == "IMPS" else "UPI Ref No.",
                j.ref,
                txn=(UTR_RANK, j.ref),
            )
        pid = f"pout_{code(rng, 14, MIXED)}" if kind == "razorpayx" else f"CF{digits(rng, 10)}"
        labelled(p, "Payout ID" if kind == "razorpayx" else "Transfer ID", pid, txn=(TXN_RANK, pid))
    if not j.no_day:
        label = rng.choice(["Processed on", "Created on"]) if j.status == "success" else "Failed on"
        labelled(p, label, stamp(rng, j.date, PATS), date=j.date)
    if j.status == "failed":
        p.add("small", "The amount is back in your payouts balance. Verify the account and retry.")
    p.part = "foot"
    p.add("small", "Payouts are made from the trust's current account through its partner bank.")
    return p.done()


def volunteer_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The NGO paying its people (the person paid is the payee): its EXPENSE REIMBURSEMENT VOUCHER / VOLUNTEER EXPENSE
    CLAIM - SETTLEMENT (the trust on top, the payer: Voucher No., Date, Claimant / Volunteer / Paid to, Programme, the
    expenses, Total claimed, Less: Advance taken on some, Net reimbursed / Amount paid (the sum), cash or UPI and its
    reference; PAID), a doctor's HONORARIUM VOUCHER / PAYMENT VOUCHER for a health camp (Paid to Dr. <name>, PAN,
    Honorarium, Less: TDS u/s 194J(b) @ 10%, Net paid, NEFT and its UTR; PAID), payouts dashboards (``payout_page``:
    RazorpayX, Cashfree Payments), the trust's bank (IOB Corporate Net Banking's NEFT, BOI Omni Neo Bank's IMPS;
    heldout124's page, the volunteer under Beneficiary / Payee / Beneficiary name, Remarks) and the trust's UPI app
    paying a tutor's stipend (heldout125's result screen)."""
    k = place("volunteer_pay")
    status = outcome(k, failed=(4,), pending=(5,))
    kind, way = VOL_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k, low=300, high=9000, p_round=0.8)
    person = DOCTORS[k] if kind == "honorarium" else VOLUNTEERS[k]
    person = person.upper() if rng.random() < 0.2 else person
    j.to = person
    if kind in ("razorpayx", "cashfree"):
        return payout_page(rng, font, k, j, kind, way, person)
    if kind == "upi":
        j.amount = float(rng.choice([1500, 2000, 2500, 3000, 4000, 4500]))
        p = upi_result(rng, font, k, "PhonePe", status, j, person, WAIT)
        p.pair(rng.choice(["Note", "Message"]), rng.choice(STIPENDS))
        p.part = "foot"
        p.add("gap")
        p.add("small", rng.choice(["Share  |  Done", "Powered by UPI"]))
        return p.done()
    if kind in ("bank_web", "bank_app"):
        row = VOL_BANKS[k]
        p, _ = transfer_ack(
            rng,
            font,
            k,
            row,
            status,
            j,
            url="www.iobnet.co.in/ibanking/corp/neft/confirm" if row[2] == "web" else None,
            widths=[700, 740],
            third_head="Pay to beneficiary",
            payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
        )
        transfer_rows(
            p,
            rng,
            j.date,
            kind=row[2],
            mode=row[3],
            head4=row[4],
            status=status,
            no_ref=j.no_ref,
            no_day=j.no_day,
            own_labels=["Reference No.", "Transaction ID"],
            txn_label="Transaction ID",
        )
        wrap_pair(
            p,
            "Remarks",
            rng.choice(["Reimbursement - camp travel", "Volunteer expenses", "Rasoi purchases refund"]),
        )
        if row[2] == "web":
            wrap_pair(p, "Debit account name", TRUST.upper())
        p.part = "foot"
        p.add("gap")
        p.add("small", "This is a system generated acknowledgement")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    kinds = (
        ["HONORARIUM VOUCHER", "PAYMENT VOUCHER"]
        if kind == "honorarium"
        else ["EXPENSE REIMBURSEMENT VOUCHER", "VOLUNTEER EXPENSE CLAIM - SETTLEMENT"]
    )
    entity = FOUNDATION if kind == "honorarium" else TRUST
    ngo_head(p, k, entity, kinds, no_day=j.no_day, merchant=False)
    if not j.no_ref:
        vno = f"{CODES[k]}/{'HV' if kind == 'honorarium' else 'EV'}/{j.year()}{rng.randrange(1, 999):03d}"
        p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(
        p,
        rng.choice(["Paid to", "Claimant", "Volunteer"] if kind != "honorarium" else ["Paid to", "Payee"]),
        person,
        merchant=person,
    )
    p.add("rule")
    if kind == "honorarium":
        p.pair("PAN", pan(rng))
        wrap_pair(p, "Towards", f"Honorarium - Sehat Shivir, {TOWNS[k][0]} ({rng.randint(1, 3)} days)")
        fee = float(rng.choice([6000, 8000, 10000, 12000, 15000]))
        tds = round(fee * 0.10, 2)
        p.pair("Honorarium", rs(fee))
        p.pair("Less: TDS u/s 194J(b) @ 10%", rs(tds))
        net = round(fee - tds, 2)
        p.pair(rng.choice(["Net paid", "Net amount paid"]), rs(net), amount=net)
    else:
        wrap_pair(p, "Programme", f"{rng.choice(PROGRAMMES)} - {TOWNS[k][0]}")
        total = 0.0
        for item, lo, hi in rng.sample(CLAIMS, rng.randint(2, 4)):
            value = float(whole(rng.uniform(lo, hi), 10))
            total += value
            wrap_pair(p, item, rs(value))
        p.pair("Total claimed", rs(total))
        net = total
        if rng.random() < 0.5 and total > 1500:
            adv = float(whole(total * rng.uniform(0.3, 0.6), 100))
            p.pair("Less: Advance taken", rs(adv))
            net = total - adv
        net = round(net, 2)
        p.pair(rng.choice(["Net reimbursed", "Amount paid"]), rs(net), amount=net)
    j.amount = net
    p.add("small", f"({words_in_rupees(net)})")
    p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["SBIN", "PUNB", "IOBA"])
    p.add("center", "PAID", status="success")
    p.part = "foot"
    p.add("pair", "Approved by", "Received payment")
    p.add(
        "small", rng.choice(["Bills and tickets attached.", "Claim verified by the programme coordinator."])
    )
    return p.done()


# ---------------------------------------------------------------- 9. rent, electricity, water and broadband


# the page and the town
RENT_POWER = [
    ("rent_receipt", 0),
    ("bbps", 1),
    ("rent_bank", 3),
    ("water", 2),
    ("bbps", 5),
    ("isp", 7),
    ("bbps", 6),
    ("rent_receipt", 4),
]
# the landlord in a town, the way, what the premises are used for
LANDLORDS = {
    0: ("Syed Iqbal Ahmed", "NEFT", "ground-floor hall used as the community kitchen"),
    3: ("Mallikarjun Angadi", "NEFT", "two rooms used as the evening school"),
    4: ("Bijay Kumar Mishra", "cheque", "store room and kitchen shed"),
}
# the board in a town: long name, short name, its number's label and length; the app, its band, the way
BOARDS = {
    1: (
        "Purvanchal Vidyut Vitran Nigam Ltd",
        "PuVVNL",
        "Account No.",
        10,
        "Freecharge",
        (235, 100, 30),
        "UPI",
    ),
    5: ("Punjab State Power Corporation Ltd", "PSPCL", "Account No.", 10, "PhonePe", (95, 37, 159), "UPI"),
    6: (
        "Chhattisgarh State Power Distribution Co. Ltd",
        "CSPDCL",
        "BP No.",
        10,
        "MobiKwik",
        (0, 84, 166),
        "wallet",
    ),
}


def rent_receipt(rng: random.Random, font: str, k: int, j: Job, name: str, way: str, use: str):
    """A landlord's RENT RECEIPT / RECEIPT FOR RENT (paper): Receipt No. / No., Date, "Received with thanks from <the
    trust> the rent of the <premises> at <locality>, <town> for <month>" (no fact), Monthly rent, Less: TDS u/s
    194-I(b) @ 10% over Rs 50,000, Amount received / Net amount received (the sum), the sum in words, the way (NEFT and
    its UTR, or the cheque), RECEIVED WITH THANKS, Landlord / Owner / Lessor (Shri / Sri on some: the payee), PAN,
    [ Revenue stamp ]."""
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    p.part = "head"
    top(p, rng.choice(["RENT RECEIPT", "RECEIPT FOR RENT"]))
    p.add("small", "(Premises let out to a charitable trust)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"RR-{rng.randrange(100, 400)}"])
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    p.add(
        "left",
        f"Received with thanks from {TRUST} the rent of the {use} at {TOWNS[k][2]}, {TOWNS[k][0]}"
        + ("." if j.no_day else f" for {j.month()}."),
    )
    p.add("rule")
    rent = float(whole(rng.uniform(14000, 72000), 500))
    p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
    tds = round(rent * 0.10, 2) if rent > 50000 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
    net = round(rent - tds, 2)
    j.amount = net
    p.pair(
        rng.choice(["Net amount received", "Amount received"]) if tds else "Amount received",
        rs(net),
        amount=net,
    )
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        chq = f"Cheque No. {rng.randrange(1, 999999):06d}"
        p.pair(
            rng.choice(["Paid by", "Mode"]),
            chq if j.no_day else f"{chq} dt {j.other_day(rng, -4, 0)}",
            method="cheque",
        )
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Paid by", "Mode"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "UBIN", "IOBA"])
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.add("rule")
    honorific = rng.choice(["Shri", "Sri"])
    shown = f"{honorific} {name}" if rng.random() < 0.4 else name
    wrap_pair(p, rng.choice(["Landlord", "Owner", "Lessor"]), shown, merchant=name)
    p.pair("PAN", pan(rng))
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    p.add("pair", "Tenant's copy", "Signature of landlord")
    return p.done()


def bbps_app(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A kitchen's electricity on Bharat Connect in a payments app (Freecharge for PuVVNL, PhonePe for PSPCL, MobiKwik
    for CSPDCL paid from its wallet): the app on its band, Bill paid successfully / Payment successful / Payment under
    process - awaiting biller, the sum large, Biller / Electricity board / Paid to the board (short or long name: the
    payee), Account No. / BP No., Consumer name, Bill month and Due date (no fact), Bill amount, Paid from, B-Connect
    Txn ID / Bharat Connect Ref, UPI Ref No., Transaction ID on some, Paid on / Payment date / Initiated on."""
    long, short, number, size, app, band, way = BOARDS[k]
    p = phone_page(rng, font, k, ["", "Bill payment", "Transaction details"])
    rs = money(rng, font, 0.4)
    head(p, app, band, p.style["h106"]["dark"], ["Electricity bill", "Bharat Connect - bills"])
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {
            "success": ["Bill paid successfully", "Payment successful"],
            "pending": ["Payment under process - awaiting biller"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Paid to {long}     ") else short
    wrap_pair(p, rng.choice(["Biller", "Electricity board", "Paid to"]), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, "Consumer name", rng.choice([TRUST.upper(), f"{TRADE.upper()} RASOI"]))
    if not j.no_day:
        p.pair("Bill month", j.month(1))
        p.pair("Due date", j.other_day(rng, 2, 14))
    p.pair("Bill amount", rs(j.amount))
    p.pair(
        "Paid from",
        {"UPI": f"UPI - {rng.choice(BANKS[:4])} {masked(rng, font)}", "wallet": "MobiKwik wallet"}[way],
        method=way,
    )
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(p, rng.choice(["B-Connect Txn ID", "Bharat Connect Ref"]), bref, txn=(BANK_RANK, bref))
        if j.status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.5:
            own = f"{code(rng, 2, UPPER)}{digits(rng, 14)}"
            labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Paid on", "Payment date"]) if j.status == "success" else "Initiated on",
            stamp(rng, j.date, PATS),
            date=j.date,
        )
    if j.status == "pending":
        p.add("small", "The board confirms most payments within 24 hours. Please do not pay again.")
    p.part = "foot"
    p.add("small", "Bharat Connect - bill payments you can trust")
    return p.done()


def biller_page(rng: random.Random, font: str, k: int, j: Job, kind: str) -> tuple[list, dict, dict]:
    """A biller's own receipt in a browser (Madurai Corporation's water charges for the Madurai kitchen, ACT
    Fibernet's broadband for the Kozhikode evening school): the biller on top (the payee) and its line, Payment
    successful / Payment received / Thank you for your payment, Assessment No. / Connection No. or Account No. /
    User ID, Name, Period or Plan, Amount paid / Total paid, Payment mode, Receipt No., Transaction ID, Bank Ref No. or
    Auth code, Payment date / Paid on."""
    if kind == "water":
        name, line, url = (
            "Madurai Corporation",
            "Water supply & drainage charges - online payment",
            "maduraicorporation.co.in/online/water-tax/receipt",
        )
        way = "netbanking"
        j.amount = float(rng.choice([1260, 1890, 2520, 3150]))
    else:
        name, line, url = (
            "ACT Fibernet",
            "Atria Convergence Technologies Ltd",
            "selfcare.actcorp.in/payments/receipt",
        )
        way = "card"
        j.amount = float(rng.choice([1049, 1179, 1529, 1999]))
    p = browser_page(rng, font, url)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p, "success", {"success": ["Payment successful", "Payment received", "Thank you for your payment"]}
    )
    if kind == "water":
        p.pair(
            rng.choice(["Assessment No.", "Connection No."]),
            f"{rng.randrange(10, 99)}/{rng.randrange(1000, 9999)}",
        )
        wrap_pair(p, "Name", TRUST.upper())
        if not j.no_day:
            p.pair("Period", f"First half 20{fy(j.date)}")
    else:
        p.pair(rng.choice(["Account No.", "User ID"]), f"{rng.randrange(100000, 999999)}")
        wrap_pair(p, "Name", f"{TRUST} - Shaam Shala")
        wrap_pair(p, "Plan", rng.choice(["ACT Basic 75 Mbps", "ACT Blaze 150 Mbps"]))
    p.pair(rng.choice(["Amount paid", "Total paid"]), rs(j.amount), amount=j.amount)
    p.pair(
        "Payment mode",
        {"netbanking": f"Net banking - {rng.choice(BANKS[:5])}", "card": f"Credit card {masked(rng, font)}"}[
            way
        ],
        method=way,
    )
    if not j.no_ref:
        rno = f"{name[0]}{digits(rng, 10)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        tid = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
        labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "netbanking":
            bref = digits(rng, 12)
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        else:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        labelled(p, rng.choice(["Payment date", "Paid on"]), stamp(rng, j.date, PATS), date=j.date)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Keep this receipt for your records.", "Payments reflect within 2 working days."]),
    )
    return p.done()


def rent_power(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The premises' rent, electricity, water and broadband: three landlords' rent receipts and a rent NEFT from the
    trust's bank (``rent_receipt``; Canara Bank's net banking, heldout124's page, the landlord under Beneficiary /
    Payee / Beneficiary name; Transaction Failed / Returned by beneficiary bank / NEFT transfer failed), three Bharat
    Connect payments (``bbps_app``) and two billers' own receipts (``biller_page``)."""
    k = place("rent_power")
    status = outcome(k, failed=(2,), pending=(4,))
    page, town = RENT_POWER[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=town, low=1800, high=26000, p_round=0.3)
    if page == "rent_receipt":
        name, way, use = LANDLORDS[town]
        return rent_receipt(rng, font, town, j, name, way, use)
    if page == "bbps":
        return bbps_app(rng, font, town, j)
    if page in ("water", "isp"):
        return biller_page(rng, font, town, j, page)
    name, _, use = LANDLORDS[town]
    j.to = name.upper() if rng.random() < 0.3 else name
    j.amount = float(whole(rng.uniform(14000, 40000), 500))
    p, _ = transfer_ack(
        rng,
        font,
        town,
        ("Canara Bank Net Banking", None, "web", "NEFT", "CNRB"),
        status,
        j,
        url="netbanking.canarabank.in/entry/neft-acknowledgement",
        widths=[700, 740],
        third_head="Payments",
        payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
    )
    transfer_rows(
        p,
        rng,
        j.date,
        kind="web",
        mode="NEFT",
        head4="CNRB",
        status=status,
        no_ref=j.no_ref,
        no_day=j.no_day,
        own_labels=["Reference No.", "Transaction ID"],
        txn_label="Transaction ID",
    )
    wrap_pair(p, "Remarks", f"Rent {j.month()} - Shaam Shala {TOWNS[town][0]}")
    wrap_pair(p, "Debit account name", TRUST.upper())
    p.add(
        "small", "Returned by beneficiary bank: account closed. The amount is credited back to your account."
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is a system generated acknowledgement")
    return p.done()


# ---------------------------------------------------------------- 10. the NGO's software


# product, site, frame, its line, the way, the currency
SOFTWARE = [
    ("Beacon CRM", "beaconcrm.org", "mail", "The CRM for charities and non-profits", "card", "GBP"),
    ("Gupshup", "gupshup.io", "phone", "WhatsApp Business messaging", "UPI", "INR"),
    ("Typeform", "typeform.com", "browser", "Typeform S.L.", "card", "EUR"),
    ("Keka HR", "keka.com", "mail", "Keka Technologies Pvt Ltd", "netbanking", "INR"),
    ("SurveyCTO", "surveycto.com", "browser", "Dobility, Inc.", "card", "USD"),
    ("Microsoft 365", "microsoft.com", "browser", "Microsoft Corporation (India) Pvt Ltd", "card", "INR"),
    ("Donorbox", "donorbox.org", "mail", "Donation forms & recurring giving", "card", "USD"),
    ("MSG91", "msg91.com", "browser", "Walkover Web Solutions Pvt Ltd", "netbanking", "INR"),
]
# the plan, its lines (label, quantity, rate), the nonprofit discount (%), days to the next charge
SOFT_PLANS = {
    "Beacon CRM": (
        "Starter - monthly",
        [("Beacon Starter (3 users)", 1, 145.0), ("Extra users", 2, 12.0)],
        20,
        30,
    ),
    "Gupshup": (
        "Business - prepaid",
        [("WhatsApp conversation credits", 1, 5000.0), ("Platform fee", 1, 1499.0)],
        0,
        30,
    ),
    "Typeform": ("Plus - monthly", [("Typeform Plus", 1, 59.0)], 0, 30),
    "Keka HR": ("Foundation - annual", [("HR & payroll (employees)", 35, 99.0 * 12)], 15, 365),
    "SurveyCTO": (
        "Basic - monthly",
        [("SurveyCTO Basic (server)", 1, 198.0), ("Extra data storage", 1, 20.0)],
        25,
        30,
    ),
    "Microsoft 365": ("Business Standard - nonprofit", [("Licences (monthly)", 12, 660.0)], 0, 30),
    "Donorbox": ("Standard - platform fee", [("Platform fee (1.5% of donations)", 1, 86.4)], 0, 30),
    "MSG91": ("SMS - prepaid", [("Transactional SMS credits (50,000)", 1, 10000.0)], 0, 180),
}


def ngo_software(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The NGO's software (Gupshup, Keka HR, Microsoft 365 and MSG91 in rupees, SurveyCTO and Donorbox in US dollars,
    Beacon CRM in pounds, Typeform in euros; the vendor's e-mail, its billing page in a browser or Gupshup's app): the
    product on top (the payee) and its line or company, Payment receipt / Invoice paid / Payment update, Account /
    Organisation / Bill to the trust, GSTIN on the rupee pages, Account ID / Workspace ID / Tenant ID (no id), Plan,
    Billing period (no fact), the lines, Less: Nonprofit discount (n%) on some, Subtotal, GST @ 18% / IGST @ 18% or
    VAT 0.00 with "Reverse charge: IGST on import of services is payable by the recipient.", Amount paid / Total
    charged / Total / Amount due or the sum large, Paid with, Invoice number / Receipt #, Payment ID / Charge ref, Bank
    Ref No., Auth code, UPI Ref No., Paid on / Charged on / Payment date / Failed on / Initiated on, Next charge on (no
    fact), Status; Paid / Payment successful / Payment failed - card declined / Payment processing - awaiting bank."""
    k = place("ngo_software")
    status = outcome(k, failed=(2,), pending=(5,))
    name, site, frame, line, way, cur = SOFTWARE[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Billing", "Wallet recharge"])
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{name} <{rng.choice(['billing', 'receipts', 'noreply'])}@{site}>",
            [f"Your {name} receipt", "Payment receipt", "Thanks for your payment"],
        )
    else:
        p = browser_page(rng, font, f"{rng.choice(['admin', 'account', 'billing'])}.{site}/billing/history")
    show = fx(rng, font, cur) if cur != "INR" else rs
    to = name.upper() if rng.random() < 0.15 else name
    words = {
        "success": ["Paid", "Payment successful"],
        "failed": ["Payment failed - card declined"],
        "pending": ["Payment processing - awaiting bank"],
    }
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, words)
    else:
        p.add(
            "center",
            rng.choice(["Payment receipt", "Invoice paid"]) if status == "success" else "Payment update",
        )
        p.add("rule")
        p.part = "body"
    plan, lines, off, days = SOFT_PLANS[name]
    wrap_pair(
        p, rng.choice(["Account", "Organisation", "Bill to"]), TRUST if rng.random() < 0.7 else TRUST.upper()
    )
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[0][4]))
    p.pair(rng.choice(["Account ID", "Workspace ID", "Tenant ID"]), f"{code(rng, 2, UPPER)}{digits(rng, 8)}")
    wrap_pair(p, "Plan", plan)
    if not j.no_day:
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Billing period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        sub += qty * rate
        wrap_pair(p, f"{label} {qty} x {show(rate)}" if qty > 1 else label, show(round(qty * rate, 2)))
    sub = round(sub, 2)
    if off:
        cut = round(sub * off / 100, 2)
        p.pair(f"Less: Nonprofit discount ({off}%)", show(cut))
        sub = round(sub - cut, 2)
    p.pair("Subtotal", show(sub))
    if cur == "INR":
        tax = round(sub * 0.18, 2)
        p.pair(rng.choice(["GST @ 18%", "IGST @ 18%"]), show(tax))
    else:
        tax = 0.0
        p.pair(rng.choice(["Tax", "VAT"]), show(0.0))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        label = rng.choice(
            ["Amount paid", "Total charged", "Total"] if status == "success" else ["Amount due", "Total"]
        )
        p.pair(label, show(total), amount=total, cur=cur)
    if cur != "INR":
        p.add("small", "Reverse charge: IGST on import of services is payable by the recipient.")
    p.pair(
        "Paid with",
        {
            "card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}",
            "UPI": f"UPI ({SLUG}@{rng.choice(['okicici', 'ybl', 'sbi'])})",
            "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
        }[way],
        method=way,
    )
    if not j.no_ref:
        if status == "success":
            inv = (
                f"{code(rng, 3, UPPER)}-{digits(rng, 6)}"
                if cur == "INR"
                else f"#{rng.randrange(100000, 999999)}"
            )
            labelled(p, "Invoice number" if cur == "INR" else "Receipt #", inv, txn=(INVOICE_RANK, inv))
        pid = (
            f"ch_{code(rng, 18, MIXED)}"
            if cur != "INR"
            else rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TX{digits(rng, 12)}"])
        )
        labelled(p, "Charge ref" if cur != "INR" else "Payment ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "netbanking":
            bref = digits(rng, 11)
            labelled(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "card" and rng.random() < 0.6:
            appr = code(rng, 6, ALNUM)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Paid on", "Charged on", "Payment date"]),
                "failed": "Failed on",
                "pending": "Initiated on",
            }[status],
            stamp(rng, j.date, PATS),
            date=j.date,
        )
        if status == "success":
            p.pair("Next charge on", when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "We will retry in 3 days. Update your card to keep your forms live.")
    elif status == "pending":
        p.add("small", "Your bank is confirming the charge. Your licences stay active meanwhile.")
    p.part = "foot"
    p.add(
        "small", rng.choice(["Manage billing under Settings > Billing.", "Questions? Reply to this message."])
    )
    return p.done()


# ---------------------------------------------------------------- 11. refunds of duplicate, excess and returned gifts


# the page, the way
REFUND_PAGES = [
    ("gateway", "UPI"),
    ("voucher", "cash"),
    ("bank_web", "NEFT"),
    ("gateway", "card"),
    ("mail", "IMPS"),
    ("bank_app", "IMPS"),
    ("gateway", "card"),
    ("credit_note", "UPI"),
]
GATEWAYS = {
    0: ("Razorpay", "dashboard.razorpay.com/app/refunds"),
    3: ("Cashfree Payments", "merchant.cashfree.com/pg/refunds/details"),
    6: ("PayU", "onboarding.payu.in/app/refunds/detail"),
}
REFUND_BANKS = {
    2: ("Bank of Maharashtra mahaconnect", None, "web", "NEFT", "MAHB"),
    5: ("PSB UnIC - Punjab & Sind Bank", (0, 112, 60), "app", "IMPS", "PSIB"),
}
# a full refund's reasons; a partial refund returns the excess
REASONS = [
    "Duplicate donation - paid twice",
    "Donor requested refund within 7 days",
    "Wrong fundraiser chosen by the donor",
]
EXCESS = "Excess amount - donor meant a smaller gift"
RETURNED = [("Kurta (pre-loved)", 350.0), ("Sweater (pre-loved)", 280.0), ("Diya & candle set", 240.0)]


def refunds_out(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The NGO refunding donors and buyers (the one refunded is the payee): its payment gateways' refund pages
    (Razorpay, Cashfree Payments, PayU: the trust | Live, Refund details / Refund status, Refund processed / Refunded /
    Refund initiated, the refund large, Donor / Refunded to / Customer, Payment amount / Original donation, Refund type
    Full / Partial, Reason, Refund to Source - UPI / Source - card, Refund ID, Bank RRN / ARN, Refunded on / Processed
    on / Initiated on), a health camp's REFUND VOUCHER (cash, Camp cancelled), the trust's bank returning a foreign
    passport holder's donation received in the local account (Bank of Maharashtra mahaconnect's NEFT) and a refund by
    IMPS (PSB UnIC; heldout124's page, the donor under Beneficiary / Payee / Beneficiary name; Transaction Failed /
    Returned by beneficiary bank / IMPS transfer failed), the donor care desk's e-mail (Refunded to, Original donation,
    Refund amount, IMPS and its reference, Refunded on, Status Refund sent) and the charity shop's CREDIT NOTE - REFUND
    (the items returned, Refund amount, UPI; REFUND PAID)."""
    k = place("refunds_out")
    status = outcome(k, failed=(5,), pending=(3,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k)
    donor = rng.choice(DONORS)
    donor = donor.upper() if rng.random() < 0.2 else donor
    j.to = donor
    paid = float(rng.choice([1000, 2100, 5000, 5100, 10000, 11000, 25000, 50000]))
    refund = paid if rng.random() < 0.5 else round(paid * rng.choice([0.5, 0.8, 0.9]), 2)
    j.amount = refund
    if frame in ("bank_web", "bank_app"):
        row = REFUND_BANKS[k]
        if frame == "bank_web":
            j.amount = float(rng.choice([10000, 25000, 50000, 100000]))
        p, _ = transfer_ack(
            rng,
            font,
            k,
            row,
            status,
            j,
            url="mahaconnect.bankofmaharashtra.in/corp/neft/status" if row[2] == "web" else None,
            widths=[700, 740],
            third_head="Pay to beneficiary",
            payee_labels=["Beneficiary", "Payee", "Beneficiary name"],
        )
        transfer_rows(
            p,
            rng,
            j.date,
            kind=row[2],
            mode=row[3],
            head4=row[4],
            status=status,
            no_ref=j.no_ref,
            no_day=j.no_day,
            own_labels=["Reference No.", "Transaction ID"],
            txn_label="Transaction ID",
        )
        wrap_pair(
            p,
            "Remarks",
            "Return of donation - FC not permitted in local a/c"
            if row[2] == "web"
            else rng.choice(["Refund of excess donation", "Donation refund"]),
        )
        if row[2] == "web":
            wrap_pair(p, "Debit account name", TRUST.upper())
        if status == "failed":
            p.add("small", "Returned by beneficiary bank: account closed. The amount is credited back.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "This is a system generated acknowledgement")
        return p.done()
    if frame == "gateway":
        gw, url = GATEWAYS[k]
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, gw)
        p.add("small", f"{TRUST}  |  Live")
        p.add("center", rng.choice(["Refund details", "Refund status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Refund processed", "Refunded"], "pending": ["Refund initiated"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Donor", "Refunded to", "Customer"]), donor, merchant=donor)
        p.pair(rng.choice(["Payment amount", "Original donation"]), rs(paid))
        p.pair("Refund type", "Full" if refund == paid else "Partial")
        wrap_pair(p, "Reason", rng.choice(REASONS) if refund == paid else EXCESS)
        p.pair(
            "Refund to",
            {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way],
            method=way,
        )
        if not j.no_ref:
            rid = rng.choice([f"rfnd_{code(rng, 14, MIXED)}", f"RF{digits(rng, 12)}", f"{digits(rng, 10)}"])
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                arn = digits(rng, 23) if way == "card" else j.ref
                labelled(p, "ARN" if way == "card" else "Bank RRN", arn, txn=(UTR_RANK, arn))
        if not j.no_day:
            labelled(
                p,
                rng.choice(["Refunded on", "Processed on"]) if status == "success" else "Initiated on",
                stamp(rng, j.date, PATS),
                date=j.date,
            )
        p.part = "foot"
        p.add(
            "small",
            "Card refunds take 5-7 working days to show on the donor's statement."
            if way == "card"
            else "UPI refunds usually reach the donor's bank account within 48 hours.",
        )
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{TRADE} Donor Care <donorcare@{SLUG}.org>",
            ["Your refund has been sent", "Refund of your donation", "About your donation - refund"],
        )
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, TRUST)
        p.add("small", "Donor care desk")
        p.add("rule")
        p.part = "body"
        p.add(
            "left", f"Dear {donor.split()[0].title()}, as requested we have refunded your donation as below."
        )
        wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), donor, merchant=donor)
        wrap_pair(p, "Reason", rng.choice(REASONS) if refund == paid else EXCESS)
        p.pair("Original donation", rs(paid))
        p.pair("Refund amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method=method_of(way))
        p.pair("To account", f"XXXXXX{digits(rng, 4)}")
        if not j.no_ref:
            p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair("Refunded on", j.day(rng), date=j.date)
        p.pair("Status", "Refund sent", status="success")
        p.add("small", "The 80G receipt issued for this donation stands cancelled.")
        p.part = "foot"
        p.add("small", "Thank you for your kindness.")
        return p.done()
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    if frame == "voucher":
        ngo_head(p, k, FOUNDATION, ["REFUND VOUCHER", "REFUND OF CAMP FEE"], no_day=j.no_day, merchant=False)
    else:
        letterhead(
            p,
            k,
            "Roshan Raah Khazana",
            ["CREDIT NOTE - REFUND", "CREDIT NOTE CUM REFUND"],
            sub=f"Charity shop of {TRUST}",
            merchant=False,
            gst=True,
        )
    if not j.no_ref:
        vno = f"{'RV' if frame == 'voucher' else 'CN'}/{j.year()}{rng.randrange(1, 400):03d}"
        p.pair("Voucher No." if frame == "voucher" else "Credit note No.", vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    if frame == "voucher":
        who = rng.choice(PATIENTS)[0]
        j.to = who
        wrap_pair(p, rng.choice(["Refund to", "Paid to"]), who, merchant=who)
        p.add("rule")
        wrap_pair(p, "Camp", f"Sehat Shivir, {TOWNS[k][2]} - cancelled (rain)")
        fee = float(rng.choice([150, 200, 300, 350]))
        p.pair("Registration & test fee paid", rs(fee))
        j.amount = fee
        p.pair(rng.choice(["Refund amount", "Amount refunded"]), rs(fee), amount=fee)
    else:
        wrap_pair(p, rng.choice(["Customer", "Refund to"]), donor, merchant=donor)
        p.add("rule")
        sub = 0.0
        for item, value in rng.sample(RETURNED, rng.randint(1, 2)):
            qty = rng.randint(1, 2)
            item_row(p, item, f"{qty} x", rs(qty * value))
            sub += qty * value
        j.amount = round(sub, 2)
        p.pair("Refund amount", rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    p.pair(rng.choice(["Mode", "Refunded by"]), way_text(rng, way, font), method=method_for(way))
    if not j.no_ref:
        rail_ref(p, j, way, ["SBIN", "PUNB", "UTIB"])
    p.add("center", rng.choice(["REFUNDED", "REFUND PAID"]), status="success")
    p.part = "foot"
    p.add("small", "Received the above refund in full.")
    p.add("pair", "Signature", "For Roshan Raah")
    return p.done()


# ---------------------------------------------------------------- 12. TDS, GST and property tax


# the tax, frame, the town whose entity pays, the TDS section
TAX_PAGES = [
    ("tds", "portal", 0, "194-I(b) - Rent on land, building or furniture"),
    ("tds", "bank", 1, "194J(b) - Fees for professional services"),
    ("gst", "browser", 7, None),
    ("tds", "counter", 3, "194C - Payment to contractors"),
    ("tds", "portal", 2, "192 - Salary"),
    ("ptax", "browser", 5, None),
    ("tds", "bank", 6, "194C - Payment to contractors"),
    ("gst", "paper", 7, None),
]
TAX_BANKS = {1: ("Union Bank of India", "unionbankonline.in"), 6: ("Indian Bank", "indianbank.net.in")}


def tds_challan(
    rng: random.Random, font: str, k: int, j: Job, frame: str, nature: str
) -> tuple[list, dict, dict]:
    """A TDS challan (ITNS 281, no payee) for the TDS the NGO deducted on rent, doctors' honorariums, caterers and
    salaries: the e-filing portal's e-Pay Tax receipt, Union Bank of India's and Indian Bank's counterfoils in a
    browser, and a branch counterfoil after a cheque tendered at the counter (pending): TAN, Name, Assessment Year
    (no fact), Major Head, Minor Head, Nature of Payment, Amount (in Rs.) (the sum), CRN, Payment mode / Paid through,
    Bank, BSR Code and Challan No. (no id), CIN, BRN / Bank Reference Number, Date of deposit / Tender date, the Tax
    Breakup (A to F); Payment Successful / Challan paid / CHEQUE TENDERED - CHALLAN ON REALISATION."""
    entity = FOUNDATION if k in (1, 3) else TRUST
    if frame == "bank":
        bank, site = TAX_BANKS[k]
        p = browser_page(rng, font, f"www.{site}/corp/etax/challan-counterfoil")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, bank)
        p.add("center", "Direct Tax (ITNS 281) - Challan Counterfoil")
    elif frame == "portal":
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/receipt")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", "e-Pay Tax - Challan Receipt (ITNS 281)")
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", f"{TOWNS[k][0]} Main Branch - Govt. Business")
        p.add("center", "CHALLAN NO./ITNS 281 - TAXPAYER'S COUNTERFOIL (Pay at bank counter)")
    p.add("rule")
    p.part = "body"
    if frame != "counter":
        outcome_row(p, "success", {"success": ["Payment Successful", "Challan paid"]})
    p.pair("TAN", f"{TOWNS[k][0][:3].upper()}{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}")
    wrap_pair(p, "Name", entity.upper())
    if not j.no_day:
        p.pair("Assessment Year", ay_of(j.date))
    company = entity == FOUNDATION
    wrap_pair(
        p, "Major Head", "(0020) Corporation Tax" if company else "(0021) Income Tax (Other than Companies)"
    )
    wrap_pair(p, "Minor Head", "(200) TDS/TCS Payable by Taxpayer")
    wrap_pair(p, "Nature of Payment", nature)
    tax = float(rng.randrange(6, 400) * 100)
    interest = float(rng.randrange(2, 40) * 25) if rng.random() < 0.3 else 0.0
    total = round(tax + interest, 2)
    j.amount = total
    p.pair("Amount (in Rs.)", rs(total), amount=total)
    p.add("small", f"Amount (in words): {words_in_rupees(total)}")
    if not j.no_ref:
        crn = f"{rng.choice('13579')}{digits(rng, 13)}"
        labelled(p, rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn, txn=(INVOICE_RANK, crn))
    if frame == "counter":
        p.pair("Payment mode", "Over the counter - cheque", method="cheque")
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Payment mode", "Paid through"]), "Net Banking", method="netbanking")
        if frame == "portal":
            p.pair("Bank", rng.choice(BANKS[:6]))
    bsr = digits(rng, 7)
    p.pair("BSR Code", bsr)
    if not j.no_ref and frame != "counter":
        serial = f"{rng.randrange(1, 99999):05d}"
        p.pair("Challan No.", serial)
        if not j.no_day:
            cin = f"{bsr}{j.date:%d%m%Y}{serial}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
        p.pair(rng.choice(["BRN", "Bank Reference Number"]), brn, txn=(BANK_RANK, brn))
    if not j.no_day:
        p.pair(
            "Tender date" if frame == "counter" else rng.choice(["Date of deposit", "Tender date"]),
            j.day(rng),
            date=j.date,
        )
    if frame == "counter":
        p.add("center", "CHEQUE TENDERED - CHALLAN ON REALISATION", status="pending")
        p.add("small", "The CIN and the challan receipt are issued after the cheque is realised.")
    else:
        p.add("rule")
        p.add("left", "Tax Breakup Details (Amount in Rs.)")
        parts = [
            ("Tax", tax),
            ("Surcharge", 0.0),
            ("Cess", 0.0),
            ("Interest", interest),
            ("Penalty", 0.0),
            ("Others", 0.0),
        ]
        for letter, (label, value) in zip("ABCDEF", parts):
            p.pair(f"{letter}  {label}", rs(value))
        p.pair("Total (A+B+C+D+E+F)", rs(total))
    p.part = "foot"
    p.add("small", "The challan is credited to the deductor's TAN once the bank reports it.")
    return p.done()


def gst_challan(rng: random.Random, font: str, j: Job, frame: str) -> tuple[list, dict, dict]:
    """The GST portal's receipt for the foundation's charity shop and training fees (no payee; in a browser or
    printed): GST PMT-06 Payment Receipt / Payment Receipt - Form GST PMT-06, Payment successful / Paid, CPIN and
    Created on (no fact), GSTIN, Legal name, Trade name, Tax period (no fact), CGST (0005) Tax, SGST (0006) Tax,
    Interest on some, Total challan amount / Total amount (the sum), Mode (UPI, E-Payment (Net Banking)), Bank, CIN,
    BRN / Bank Reference No. (BRN), UPI Ref No., Date of deposit / Payment date and Time."""
    town = j.town
    way = "UPI" if frame == "browser" else "netbanking"
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, "Goods and Services Tax")
    p.add("small", "Government of India, States and Union Territories")
    p.add("center", rng.choice(["GST PMT-06 Payment Receipt", "Payment Receipt - Form GST PMT-06"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, "success", {"success": ["Payment successful", "Paid"]})
    if not j.no_ref and not j.no_day:
        cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[town][4]}{digits(rng, 8)}"
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("Created on", j.other_day(rng, -3, 0))
    p.pair("GSTIN", gstin(rng, TOWNS[town][4]))
    wrap_pair(p, "Legal name", FOUNDATION.upper())
    wrap_pair(p, "Trade name", "Roshan Raah Khazana")
    if not j.no_day:
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair("Tax period", when(period, rng.choice(["%m/%Y", "%b-%Y", "%B %Y"])))
    p.add("rule")
    tax = float(whole(rng.uniform(1500, 40000), 1))
    heads = [("CGST (0005) Tax", tax), ("SGST (0006) Tax", tax)]
    if rng.random() < 0.3:
        interest = float(rng.randrange(20, 600))
        heads += [("CGST (0005) Interest", interest), ("SGST (0006) Interest", interest)]
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total challan amount", "Total amount"]), rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    p.pair(
        rng.choice(["Mode of payment", "Payment mode"]),
        {"UPI": "UPI", "netbanking": "E-Payment (Net Banking)"}[way],
        method=way,
    )
    p.pair("Bank", rng.choice(BANKS[:6]))
    if not j.no_ref:
        if not j.no_day:
            cin = f"{rng.choice(['SBIN', 'HDFC', 'ICIC'])}{j.date:%y}{TOWNS[town][4]}{digits(rng, 12)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
        p.pair(rng.choice(["BRN", "Bank Reference No. (BRN)"]), brn, txn=(BANK_RANK, brn))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        p.pair(rng.choice(["Date of deposit", "Payment date"]), j.day(rng), date=j.date)
    p.pair("Time", hhmm(rng, twelve=False, seconds=True))
    if frame == "paper":
        p.pair("Payment status", "Paid", status="success")
    p.part = "foot"
    p.add("small", "This is a system generated receipt.")
    return p.done()


def property_tax(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """Jalandhar Municipal Corporation's online property tax payment for the kitchen's building (failed): the
    corporation on top (the payee) and its line, Property tax - online payment, Payment failed - transaction declined
    by bank, Property UID (no id), Owner / occupier the trust, Address, Financial year (no fact), Property tax, Less:
    Rebate (10%) for early payment, Total payable (the sum), Payment mode, Transaction ID, Attempted on."""
    name = "Municipal Corporation Jalandhar"
    p = browser_page(rng, font, "mcjalandhar.in/propertytax/payment/status")
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Property tax - online payment")
    p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, {"failed": ["Payment failed - transaction declined by bank"]})
    p.pair("Property UID", f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}-{code(rng, 2, UPPER)}")
    wrap_pair(p, "Owner / occupier", TRUST.upper())
    wrap_pair(p, "Address", f"{rng.randrange(20, 400)}, {TOWNS[5][2]}, {TOWNS[5][0]}")
    if not j.no_day:
        p.pair("Financial year", f"20{fy(j.date)}")
    tax = float(whole(rng.uniform(6000, 30000), 10))
    rebate = round(tax * 0.10, 2)
    p.pair("Property tax", rs(tax))
    p.pair("Less: Rebate (10%) for early payment", rs(rebate))
    total = round(tax - rebate, 2)
    j.amount = total
    p.pair("Total payable", rs(total), amount=total)
    p.pair("Payment mode", f"Debit card {masked(rng, font)}", method="card")
    if not j.no_ref:
        tid = f"MCJ{digits(rng, 12)}"
        labelled(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    if not j.no_day:
        labelled(p, "Attempted on", stamp(rng, j.date, PATS), date=j.date)
    p.add(
        "small",
        "No receipt is generated for a failed payment. Any amount debited will be reversed by your bank.",
    )
    p.part = "foot"
    p.add("small", "Municipal Corporation Jalandhar - e-governance")
    return p.done()


def tax_challans(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The NGO's taxes: TDS challans (``tds_challan``; no payee), GST PMT-06 receipts (``gst_challan``; no payee)
    and the municipal property tax (``property_tax``)."""
    k = place("tax_challans")
    status = outcome(k, failed=(5,), pending=(3,))
    kind, frame, town, nature = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=town)
    if kind == "gst":
        return gst_challan(rng, font, j, frame)
    if kind == "ptax":
        return property_tax(rng, font, j)
    return tds_challan(rng, font, town, j, frame, nature)


compose = compose156

"""The twelve heldout189 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a veterinary hospital and pet pharmacy chain's day in 2026 (Anbagam Veterinary
Hospitals Pvt Ltd, its hospital at Anna Nagar and its pet pharmacy at Velachery, Chennai), told by the proofs of
payment it receives and makes: pet insurers' cashless claim settlement advices, pet owners' UPI and payment links,
its own OPD, deposit and surgery receipts, its online pharmacy's order confirmations, its counters' card slips,
veterinary drug distributors' invoices, corporate net-banking transfers to lab reagent and diagnostics suppliers,
outward wires for imported ultrasound, endoscopy, anaesthesia and dental equipment, the civic body's, the animal
welfare board's, the pollution control board's and the veterinary council's fee pages, locum vets', groomers' and
ambulance drivers' payouts, the branches' electricity, water, broadband and LPG through Bharat Connect and the bank's
SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, policy, claim, pet ID / UHID, drug licence, batch, trade
licence, assessment, application, registration, service connection, consumer, LPG, AD code, IEC, UETR, MID, TID,
batch and trace numbers, maker and checker, the invoices a transfer is for, deductible, co-payment, TDS, discount,
GST and charges lines, GSTIN, IFSC, BIC, IBAN and the payer's own details carry no fact. ``Job``, ``date_row``,
``neft_ref``, ``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is heldout158's.
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
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead, neft_ref

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"

COMPANY = "Anbagam Veterinary Hospitals Pvt Ltd"
COMPANY_CAPS = "ANBAGAM VETERINARY HOSPITALS PVT LTD"
SHORT = "Anbagam Pet Care"
PHARMACY = "Anbagam Pet Pharmacy"
# unit, address, GST state code
UNITS = [
    ("Anna Nagar hospital", "AE-112, 4th Avenue, Anna Nagar, Chennai - 600040, Tamil Nadu", "33"),
    ("Velachery pet pharmacy", "No. 7, 100 Feet Bypass Road, Velachery, Chennai - 600042, Tamil Nadu", "33"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d/%m/%y", "%d %b, %Y"]
BANKS = [
    "Indian Bank",
    "Indian Overseas Bank",
    "HDFC Bank",
    "ICICI Bank",
    "State Bank of India",
    "Karur Vysya Bank",
    "City Union Bank",
    "Axis Bank",
]
IFSC = {
    "Indian Bank": "IDIB",
    "Indian Overseas Bank": "IOBA",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "State Bank of India": "SBIN",
    "Karur Vysya Bank": "KVBL",
    "City Union Bank": "CIUB",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
}
OWNERS = [
    "Priya Raghunathan",
    "Karthik Subramanian",
    "Fathima Begum",
    "Arjun Venkatesh",
    "Dr. Meenakshi Sundaram",
    "Rohan D'Souza",
    "Lakshmi Narayanan",
    "Sneha Balakrishnan",
    "Mohammed Irfan",
    "Divya Chandrasekar",
]
PETS = [
    "Bruno - Labrador Retriever, 4 yrs",
    "Coco - Shih Tzu, 7 yrs",
    "Simba - Persian cat, 3 yrs",
    "Rocky - German Shepherd, 9 yrs",
    "Bella - Beagle, 2 yrs",
    "Kutty - Indie (Chippiparai), 5 yrs",
    "Milo - Golden Retriever, 6 yrs",
    "Luna - Indie cat, 1 yr",
]
VETS = [
    "Dr. S. Ramesh Kumar",
    "Dr. Anitha Prabhu",
    "Dr. Vignesh Murali",
    "Dr. Farzana Ali",
    "Dr. K. Jayashree",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The chain as the other party (Buyer / Bill to / Licensee / Remitter: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS reference."""
    head = IFSC.get(bank, "SBIN")
    if j.no_day and way in ("NEFT", "RTGS"):
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "IMPS":
        return j.ref
    if head in ("HDFC", "ICIC", "SBIN", "UTIB"):
        return neft_ref(rng, j, bank)
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"


# ---------------------------------------------------------------- 1. pet insurers' cashless claim settlements


INSURERS = [
    ("Bajaj General Insurance Ltd", "bajajgeneral.co.in"),
    ("The New India Assurance Co. Ltd", "newindia.co.in"),
    ("Tata AIG General Insurance Co. Ltd", "tataaig.com"),
    ("Generali Central Insurance Co. Ltd", "generalicentral.com"),
]
TREATMENTS = [
    "Cruciate ligament repair (TPLO)",
    "Pyometra - ovariohysterectomy",
    "Parvoviral enteritis - IPD 5 days",
    "Foreign body gastrotomy",
    "Femur fracture - plating",
    "Tick fever (ehrlichiosis) - IPD 3 days",
    "Mammary tumour excision",
    "Urolithiasis - cystotomy",
]
CLAIM_FRAMES = ["mail", "portal", "paper", "mail", "paper", "portal", "mail", "paper"]


def insurer_claims(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Pet insurers paying the hospital for cashless claims: the insurer's claim settlement e-mail, its printed CLAIM
    SETTLEMENT ADVICE / PAYMENT ADVICE - CASHLESS CLAIM and its provider portal page (the insurer on top, Claims
    Payment Cell, Network hospital / Payee (network provider) / Settled in favour of the hospital, Policy No., Claim
    No., Policyholder, Pet, Date of treatment, Treatment, Amount claimed, Less: Non-payable items, Admissible amount,
    Less: Co-payment @ 10% / 20%, Less: Deductible, Net amount settled / Amount paid to hospital / Settled amount,
    Mode NEFT / RTGS, UTR / UTR No., Settlement No., Settlement date / Date of payment / Approved on / Returned on;
    Claim settled - payment released / Payment status: Paid / Approved - payment under process / EFT rejected -
    hospital account details mismatch)."""
    k = place("insurer_claims")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=6000, high=240000)
    insurer, host = INSURERS[(k + rng.randrange(2)) % len(INSURERS)]
    frame = CLAIM_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{insurer.split()[0] if not insurer.startswith('The') else 'New India'} Claims <claims.payment@{host}>",
            ["Claim settlement advice", "Cashless claim - payment details", "Settlement of your claim"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"provider.{host}/claims/settlement/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, insurer.upper() if frame == "paper" and rng.random() < 0.4 else insurer)
    p.add(
        "small",
        rng.choice(["Claims Payment Cell - Chennai", "Health & Pet Claims Hub", "Cashless Claims Unit"]),
    )
    p.add(
        "center",
        rng.choice(
            ["CLAIM SETTLEMENT ADVICE", "PAYMENT ADVICE - CASHLESS CLAIM", "Claim payment intimation"]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = rng.choice([COMPANY, COMPANY_CAPS, f"{SHORT} - Anna Nagar"])
    wrap_pair(
        p,
        rng.choice(["Network hospital", "Payee (network provider)", "Settled in favour of"]),
        payee,
        merchant=payee,
    )
    p.pair("Policy No.", f"{rng.choice(['OG', 'PET', ''])}{digits(rng, 4)}-{digits(rng, 8)}")
    p.pair("Claim No.", f"CL{digits(rng, 2)}{digits(rng, 8)}")
    wrap_pair(p, "Policyholder", rng.choice(OWNERS))
    wrap_pair(p, "Pet", rng.choice(PETS))
    if not j.no_day:
        p.pair("Date of treatment", j.other_day(rng, -24, -3))
    wrap_pair(p, "Treatment", TREATMENTS[k])
    claimed = rupees(rng, 9000, 260000, 0.6)
    nonpay = float(rng.choice([0, 850, 1240, 2600, 3900]))
    p.pair("Amount claimed", rs(claimed))
    if nonpay:
        p.pair("Less: Non-payable items", rs(nonpay))
    admissible = round(claimed - nonpay, 2)
    p.pair("Admissible amount", rs(admissible))
    share = rng.choice([10, 20])
    copay = round(admissible * share / 100, 2)
    p.pair(f"Less: Co-payment @ {share}%", rs(copay))
    ded = float(rng.choice([0, 0, 1000, 2500]))
    if ded:
        p.pair("Less: Deductible", rs(ded))
    j.amount = round(admissible - copay - ded, 2)
    p.pair(
        rng.choice(["Net amount settled", "Amount paid to hospital", "Settled amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS[:5])
    wrap_pair(p, "Credited to", f"{bank} A/c XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        sno = f"{rng.choice(['ST', 'SET', 'CSP'])}{digits(rng, 9)}"
        p.pair("Settlement No.", sno, txn=(INVOICE_RANK, sno))
    outcome_row(
        p,
        status,
        {
            "success": ["Claim settled - payment released", "Payment status: Paid"],
            "pending": ["Approved - payment under process"],
            "failed": ["EFT rejected - hospital account details mismatch"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Settlement date", "Date of payment"],
            "pending": ["Approved on"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Quote the Claim No. in all correspondence. This advice needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 2. pet owners' UPI and payment links


OWNER_APPS = ["Google Pay", "PhonePe", "Razorpay", "Paytm", "Amazon Pay", "BHIM", "Easebuzz", "MobiKwik"]
OWNER_NOTES = [
    "Bruno vaccination",
    "Deworming - Coco",
    "Spay surgery deposit",
    "Grooming + tick bath",
    "Pharmacy order",
    "OPD consult - Simba",
    "Boarding 3 nights",
    "Dental scaling - Rocky",
]


def owner_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Pet owners paying the hospital and pharmacy: six UPI app screens (Google Pay, PhonePe, Paytm, Amazon Pay, BHIM,
    MobiKwik: the chain under Paid to / To / Sent to / Paying to, its UPI ID, the sum large, UPI transaction ID / UTR
    / UPI Ref No. / Amazon Pay's Bank Reference ID, an app's own Transaction ID on some, Debited from, Date & time /
    Paid on / Completed) and two of its payment pages (Razorpay: Payment ID pay_..., Bank RRN / UPI RRN or Auth code;
    Easebuzz: Easebuzz Txn ID, Bank Ref. No.; the chain on top, Paid by / Pet parent the owner, Paid on / Payment
    date)."""
    k = place("owner_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=250, high=48000, p_round=0.8)
    app = OWNER_APPS[k]
    low, high = [
        (600, 2500),
        (200, 900),
        (5000, 25000),
        (800, 3500),
        (300, 6000),
        (400, 1500),
        (1500, 7500),
        (3000, 12000),
    ][k]
    j.amount = rupees(rng, low, high, 0.8)
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "Easebuzz"):
        to = rng.choice([COMPANY, SHORT, PHARMACY])
        url = (
            f"pages.razorpay.com/anbagam-{code(rng, 5, LOWER)}"
            if app == "Razorpay"
            else f"pay.easebuzz.in/link/{code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Veterinary hospital | Pet pharmacy | Grooming", "Pay your pet's bill online"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Payment received"],
                "failed": ["Payment failed - amount not debited"],
                "pending": ["Payment pending - awaiting bank update"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Pet parent"]), OWNERS[k])
        wrap_pair(p, "Towards", OWNER_NOTES[k])
        way = "UPI" if rng.random() < 0.6 else "card"
        p.pair(
            rng.choice(["Method", "Payment mode"]),
            "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                pid = f"E{j.date:%y%m%d}{digits(rng, 8)}"
                p.pair("Easebuzz Txn ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                lab = rng.choice(["Bank RRN", "UPI RRN"]) if app == "Razorpay" else "Bank Ref. No."
                p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if app == "Razorpay" else "Payments secured by Easebuzz")
        return p.done()
    to = rng.choice([COMPANY, SHORT, PHARMACY, COMPANY_CAPS])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Money sent"],
            "failed": ["Payment Failed", "Transaction failed"],
            "pending": ["Payment Pending", "Payment processing"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: anbagam{rng.choice(['', '.vet', '.pharmacy'])}@{rng.choice(['indianbk', 'okhdfcbank', 'ybl', 'iob'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), OWNER_NOTES[k])
    if not j.no_ref:
        lab = {
            "Amazon Pay": "Bank Reference ID",
            "MobiKwik": "UPI Ref. No.",
        }.get(app, rng.choice(["UPI transaction ID", "UTR", "UPI Ref No."]))
        p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "MobiKwik") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "MobiKwik": f"MK{digits(rng, 14)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the hospital's own OPD, deposit and surgery receipts


RECEIPT_KINDS = [
    ("OPD RECEIPT", "Consultation + vaccination", 1.0),
    ("IN-PATIENT DEPOSIT RECEIPT", "Ward admission - 3 days", 3.0),
    ("SURGERY ADVANCE RECEIPT", "Orthopaedic surgery (TPLO)", 2.5),
    ("MONEY RECEIPT", "Boarding + grooming", 1.0),
]


def hospital_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The hospital's and pharmacy's own receipts to pet owners: OPD RECEIPT / IN-PATIENT DEPOSIT RECEIPT / SURGERY
    ADVANCE RECEIPT / MONEY RECEIPT (paper, the chain on top with its Veterinary hospital | Pet pharmacy line; Receipt
    No. / Rcpt No. / Receipt Ref., Date / Receipt date / Dated, Pet ID / UHID, Received from / Pet parent, Patient,
    Attending vet, Towards, Estimate (incl. GST), Deposit received / Amount received / Cash received / Received by
    UPI / Paid by card / Cheque received (part of the estimate on some), Balance at discharge, Card approval code, UPI
    Ref No., Cheque No. and bank; RECEIVED WITH THANKS / DEPOSIT RECEIVED / PAID / CHEQUE RECEIVED - SUBJECT TO
    REALISATION / CHEQUE RETURNED - ACCOUNT CLOSED, the rubber stamp) and its front desk's receipt e-mails."""
    k = place("hospital_receipts")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=600, high=160000)
    unit = UNITS[0] if k % 4 != 3 else UNITS[1]
    kind, towards, mult = RECEIPT_KINDS[k % 4]
    low, high = [(400, 6500), (5000, 60000), (15000, 120000), (800, 15000)][k % 4]
    j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR", ""))
    me = rng.choice([COMPANY, COMPANY_CAPS, SHORT]) if unit is UNITS[0] else rng.choice([PHARMACY, COMPANY])
    if k in (2, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Front Desk <frontdesk@anbagampets.in>",
            ["Your payment receipt", "Receipt for your pet's treatment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}  |  Front desk")
        p.add("center", kind.title().replace("Opd", "OPD").replace("In-Patient", "In-patient"))
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(p, me, "Veterinary hospital | Pet pharmacy | 24x7 emergency", unit[1], unit[2], [kind])
    if not j.no_ref:
        rno = f"{rng.choice(['OPD', 'IPD', 'SRG', 'MR'])}/{rng.randrange(100, 9999):04d}/26"
        p.pair(rng.choice(["Receipt No.", "Rcpt No.", "Receipt Ref."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date", "Dated"], PATS_IN)
    p.pair(rng.choice(["Pet ID", "UHID"]), f"ANB{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Received from", "Pet parent"]), OWNERS[(k + 3) % len(OWNERS)])
    wrap_pair(p, "Patient", PETS[k])
    p.pair("Attending vet", rng.choice(VETS))
    wrap_pair(p, "Towards", towards)
    way = "cheque" if status != "success" else ["UPI", "-", "card", "cash", "-", "UPI", "card", "-"][k]
    if way == "-":
        way = rng.choice(["NEFT", "card", "UPI"])
    if way == "cash" and j.amount > 45000:
        j.amount = rupees(rng, 600, 45000, 0.7)
    part = mult > 1 and status == "success"
    estimate = round(j.amount * mult, 2) if part else j.amount
    if mult > 1:
        p.pair("Estimate (incl. GST)", rs(estimate))
    lab = {
        "cash": "Cash received",
        "UPI": "Received by UPI",
        "card": "Paid by card",
        "cheque": "Cheque received",
        "NEFT": rng.choice(["Deposit received", "Amount received"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "card": "card", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    if mult > 1:
        p.pair("Balance at discharge", rs(round(estimate - j.amount, 2)))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Card approval code", appr, txn=(APPR_RANK, appr))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    if not j.no_day and mult > 1:
        p.pair("Review on", j.other_day(rng, 3, 12))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "DEPOSIT RECEIVED" if mult > 1 else "PAID"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - ACCOUNT CLOSED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if k not in (2, 5):
        right(p, "Cashier")
        p.add("gap")
        desk = "ANNA NAGAR" if unit is UNITS[0] else "VELACHERY"
        seal(p, "ANBAGAM", desk, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. the online pet pharmacy's orders


ITEMS = [
    ("NexGard Spectra chewable 7.5-15 kg", 1450.0, 1890.0),
    ("Drontal Plus dog tablet (strip of 2)", 180.0, 260.0),
    ("Royal Canin Renal dry food 2 kg", 2250.0, 2790.0),
    ("Himalaya Erina-EP shampoo 200 ml", 210.0, 290.0),
    ("Simparica Trio 10-20 kg (3 tabs)", 3100.0, 3650.0),
    ("Meloxicam oral suspension 10 ml", 240.0, 380.0),
    ("Bravecto 20-40 kg chew", 2900.0, 3400.0),
    ("Drools Focus puppy 3 kg", 980.0, 1290.0),
]


def pharmacy_orders(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Pet owners' orders at the chain's online pharmacy: order confirmation e-mails and order status pages (the
    pharmacy on top with its vet-verified prescriptions line, Order #, Order placed on / Paid on / Order date, the
    items x count, Subtotal, Discount (code), Delivery, Total paid / Amount paid / Order total (the Amount due on the
    failed and the pending one), Payment method UPI / Visa ending / Net banking, Payment ID pay_... / CF Payment ID,
    UPI Ref No. / Bank RRN, Ship to, Prescription verified by; Payment received - order confirmed / Order confirmed /
    Payment failed - order not placed / Payment pending - order on hold) and a checkout's thank-you page."""
    k = place("pharmacy_orders")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=300, high=12000)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    shop = rng.choice([PHARMACY, PHARMACY.upper(), "Anbagam Pet Pharmacy (online)"])
    buyer = OWNERS[(k + 5) % len(OWNERS)]
    way = rng.choice(["UPI", "card", "netbanking"])
    method_text = {
        "UPI": rng.choice(["UPI", "UPI (PhonePe)", "UPI (Google Pay)"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} ending {digits(rng, 4)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
    }[way]
    if j.no_ref:
        p = browser_page(rng, font, "www.anbagampets.in/checkout/thank-you")
        p.part = "head"
        top(p, shop, merchant=shop)
        p.add("small", "Pet medicines | Food | Vet-verified prescriptions")
        p.add("rule")
        p.part = "body"
        p.add("center", f"Thank you, {buyer.split()[-1] if buyer.startswith('Dr.') else buyer.split()[0]}!")
        outcome_row(p, status, {"success": ["Payment successful - order confirmed"]})
        p.add("small", "You paid")
        p.add("big", rs(j.amount), amount=j.amount)
        p.pair("Paid with", method_text, method=way)
        date_row(p, j, ["Paid on", "Order placed on"], hour=True)
        p.add("left", "We have e-mailed your order details and GST invoice.")
        p.part = "foot"
        p.add("small", "Schedule H medicines are dispatched only against a valid prescription.")
        return p.done()
    if k in (2, 6):
        p = browser_page(rng, font, f"www.anbagampets.in/account/orders/{digits(rng, 6)}")
    else:
        p = mail_page(
            rng,
            font,
            f"{PHARMACY} <orders@anbagampets.in>",
            ["Your order is confirmed", "Order update"]
            if status == "success"
            else ["Your payment did not go through", "Order on hold - payment pending"],
        )
    p.part = "head"
    top(p, shop, merchant=shop)
    p.add("small", "Pet medicines | Food | Vet-verified prescriptions")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment received - order confirmed", "Order confirmed"],
            "failed": ["Payment failed - order not placed"],
            "pending": ["Payment pending - order on hold"],
        },
    )
    if not j.no_ref:
        oid = f"{rng.choice(['ANB', 'APP', ''])}{rng.randrange(10000, 99999)}"
        p.pair(rng.choice(["Order #", "Order No.", "Order ID"]), oid, txn=(ORDER_RANK, oid))
    date_row(p, j, ["Order placed on", "Paid on", "Order date"], hour=rng.random() < 0.5)
    subtotal = 0.0
    for item, lo, hi in rng.sample(ITEMS, rng.randrange(1, 4)):
        n = rng.randrange(1, 4)
        price = float(round(rng.uniform(lo, hi)))
        subtotal += n * price
        p.pair(f"{item} x {n}", rs(n * price))
    p.pair("Subtotal", rs(subtotal))
    disc = round(subtotal * 0.1, 2) if rng.random() < 0.4 else 0.0
    if disc:
        p.pair(f"Discount ({rng.choice(['WOOF10', 'MEOW10', 'FIRSTVET'])})", f"-{rs(disc)}")
    ship = 0.0 if subtotal >= 999 else 79.0
    p.pair("Delivery", rs(ship) if ship else "FREE")
    j.amount = round(subtotal - disc + ship, 2)
    p.pair(
        rng.choice(["Total paid", "Amount paid", "Order total"]) if status == "success" else "Amount due",
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Payment method", method_text, method=way)
    if not j.no_ref:
        if rng.random() < 0.6:
            pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        else:
            pid = digits(rng, 10)
            p.pair("CF Payment ID", pid, txn=(TXN_RANK, pid))
        if way == "UPI" and status == "success":
            p.pair(rng.choice(["UPI Ref No.", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    wrap_pair(
        p, "Ship to", f"{buyer}, {rng.choice(['Mylapore', 'Adyar', 'Porur', 'Tambaram', 'Kilpauk'])}, Chennai"
    )
    if rng.random() < 0.6:
        p.pair("Prescription verified by", rng.choice(VETS))
    p.part = "foot"
    p.add("small", "Schedule H medicines are dispatched only against a valid prescription.")
    return p.done()


# ---------------------------------------------------------------- 5. veterinary drug distributors' invoices


DISTRIBUTORS = [
    (
        "Sri Murugan Vet Pharma Distributors",
        "Veterinary medicines | Vaccines | Feed supplements",
        "Kondithope, Chennai - 600079, Tamil Nadu",
        "33",
    ),
    (
        "Coromandel Animal Health Agencies",
        "Authorised stockist - companion animal range",
        "Ambattur Industrial Estate, Chennai - 600058, Tamil Nadu",
        "33",
    ),
    (
        "Kongu Veterinary Distributors",
        "Vet pharma | Surgicals | Pet nutrition",
        "Gandhipuram, Coimbatore - 641012, Tamil Nadu",
        "33",
    ),
    (
        "Deccan Pet Meds Wholesale LLP",
        "Pet pharmaceuticals - wholesale",
        "Yeshwanthpur, Bengaluru - 560022, Karnataka",
        "29",
    ),
]
DRUGS = [
    ("Canine DHPPi+L vaccine 1 ml", 3002, 210.0, 340.0),
    ("Anti-rabies vaccine 1 ml (vet)", 3002, 150.0, 260.0),
    ("Meloxicam inj. 0.5% 10 ml", 3004, 95.0, 160.0),
    ("Ceftriaxone 1 g vial (vet)", 3004, 48.0, 75.0),
    ("Ivermectin 6 mg tab (10s)", 3004, 35.0, 60.0),
    ("Ringer lactate 500 ml", 3004, 28.0, 42.0),
    ("Amoxycillin + clavulanate 250 mg (10s)", 3004, 82.0, 130.0),
    ("Fipronil spot-on 1.34 ml", 3004, 190.0, 280.0),
]
DISTRIBUTOR_WAYS = ["NEFT", "-", "UPI", "IMPS", "NEFT", "RTGS", "-", "UPI"]


def drug_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Veterinary drug distributors' TAX INVOICE / TAX INVOICE - CASH/CREDIT / INVOICE CUM RECEIPT for vaccines,
    injectables and tablets (paper: the distributor on top, its line, address and GSTIN, DL No. 20B/21B; Invoice No.
    / Inv. No., Invoice date / Date, Bill to / Buyer / Sold to M/s the chain, the drugs with HSN, Batch, Exp. and Qty
    x PTR, Trade discount, Taxable value, CGST and SGST @ 2.5% or IGST @ 5%, Round off, Invoice total, Less: Credit
    note adjusted (expiry returns) and Balance received on some, then Amount received / Payment received with its
    UTR, IMPS Ref No. or UPI Ref No., or Cheque received with Cheque No.; PAID / RECEIVED - THANK YOU / PAYMENT
    RECEIVED / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE / CHEQUE RETURNED UNPAID - EXCEEDS ARRANGEMENT, in the
    distributor's rubber stamp too)."""
    k = place("drug_invoices")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    firm, line, addr, state = DISTRIBUTORS[k % len(DISTRIBUTORS)]
    name = firm.upper() if rng.random() < 0.3 else firm
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [720, 760, 780])
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE - CASH/CREDIT", "INVOICE CUM RECEIPT"]
    )
    p.add("small", f"DL No. 20B/21B: {rng.choice(['TN', 'KA'])}-{digits(rng, 2)}-{digits(rng, 6)}")
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in firm.split()[:3]).upper()}/{rng.randrange(100, 9999):04d}/25-26"
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date"], PATS_IN)
    ours_to(p, ["Bill to", "Buyer", "Sold to"])
    gross = 0.0
    for drug, hsn, lo, hi in rng.sample(DRUGS, rng.randrange(2, 4)):
        qty = rng.randrange(10, 200)
        ptr = round(rng.uniform(lo, hi), 2)
        value = round(qty * ptr, 2)
        gross += value
        exp = f"{rng.randrange(1, 13):02d}/{rng.choice([27, 28])}"
        p.add("left", f"{drug}  HSN {hsn}")
        p.pair(f"  B.{code(rng, 2, UPPER)}{digits(rng, 4)} Exp.{exp}  {qty} x {ptr:,.2f}", rs(value))
    disc = round(gross * rng.choice([0.0, 0.05, 0.08]), 2)
    if disc:
        p.pair("Trade discount", rs(disc))
    taxable = round(gross - disc, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 5, state != "33")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = DISTRIBUTOR_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    if way == "-":
        way = "IMPS" if total <= 200000 else "NEFT"
    cn = 0.0
    if way in ("NEFT", "RTGS", "IMPS") and rng.random() < 0.5:
        cn = round(rng.uniform(400, min(9000, total * 0.2)), 2)
        p.pair("Less: Credit note adjusted (expiry returns)", rs(cn))
    j.amount = round(total - cn, 2)
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        lab = "Balance received" if cn else rng.choice(["Amount received", "Payment received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "RECEIVED - THANK YOU", "PAYMENT RECEIVED"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED UNPAID - EXCEEDS ARRANGEMENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Goods once sold will not be taken back. Cold-chain items: no returns.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(firm.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. net-banking transfers to lab reagent suppliers


REAGENT_FIRMS = [
    "Chennai Diagnostic Reagents Co",
    "Transcend Bio-Systems Pvt Ltd",
    "Vetlab Consumables LLP",
    "Sai Haematology Solutions",
    "Medisphere Lab Instruments Pvt Ltd",
    "Sree Balaji Scientific Suppliers",
    "Pavai Biochem Agencies",
    "Orbit Microbiology Media Pvt Ltd",
]
REAGENT_GOODS = [
    "CBC reagent kit (3-part)",
    "Biochemistry panels - renal and liver",
    "Blood culture bottles",
    "SNAP 4Dx test kits",
    "Urinalysis strips and controls",
    "Electrolyte analyser reagent pack",
]
PORTALS = [
    ("Indian Bank", "www.indianbank.net.in/corporate", "Indian Bank - Corporate Internet Banking"),
    ("Indian Overseas Bank", "www.iobnet.co.in/corp", "IOB Corporate Net Banking"),
    ("Karur Vysya Bank", "corp.kvb.co.in", "KVB Corporate Internet Banking"),
    ("City Union Bank", "corporate.cityunionbank.com", "CUB Corporate Net Banking"),
]


def reagent_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain paying lab reagent and diagnostics suppliers: corporate net banking's funds transfer
    acknowledgement (Indian Bank, IOB, KVB, CUB: the portal on top, Beneficiary name / Payee name / Credit to /
    Beneficiary account name the supplier, Beneficiary A/c, IFSC, Debit account, Transfer amount / Amount / Debit
    amount, Charges (incl. GST), Payment mode NEFT / RTGS / IMPS, UTR No. / IMPS Ref No., Host Ref. No. / Reference
    No., Payment for invoice, Maker, Checker, Transaction date / Value date / Initiated on; Transaction successful /
    Status: Success / Pending for checker authorisation / Rejected by beneficiary bank - invalid account number) and
    the bank's beneficiary payment advice e-mails."""
    k = place("reagent_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=4000, high=480000)
    firm = REAGENT_FIRMS[k]
    bank, host, brand = PORTALS[k % len(PORTALS)]
    way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    rs = money(rng, font, 0.2, marks=("INR", "\u20b9", "Rs."))
    payee = firm.upper() if rng.random() < 0.35 else firm
    if k in (3, 6):
        p = mail_page(
            rng,
            font,
            f"{bank} <cib.alerts@{host.split('.')[1]}.in>",
            ["Beneficiary payment advice", f"Payment advice - {COMPANY_CAPS}"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Beneficiary payment advice")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {payee},")
        p.add("left", f"{COMPANY} has sent you a payment as below.")
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method="netbanking")
        wrap_pair(p, "Remitter", COMPANY_CAPS)
        wrap_pair(
            p, "Payment details", f"Inv CDR/{rng.randrange(100, 999)}/25-26 {rng.choice(REAGENT_GOODS)}"
        )
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Value date", "Payment date"], PATS_IN)
        p.add("left", "Status: Success", status="success")
        p.part = "foot"
        p.add("small", "Please do not reply to this system generated e-mail.")
        return p.done()
    p = browser_page(rng, font, f"{host}/fundtransfer/ack/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("center", rng.choice(["Funds transfer - acknowledgement", "Transaction status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Success"],
            "pending": ["Pending for checker authorisation"],
            "failed": ["Rejected by beneficiary bank - invalid account number"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Payee name", "Credit to", "Beneficiary account name"]),
        payee,
        merchant=payee,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    other = rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank", "State Bank of India", "Kotak Mahindra Bank"])
    p.pair("IFSC", f"{IFSC[other]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
    p.pair(rng.choice(["Transfer amount", "Amount", "Debit amount"]), rs(j.amount), amount=j.amount)
    p.pair("Charges (incl. GST)", rs(float(rng.choice([0, 2.95, 5.9, 29.5]))))
    p.pair("Payment mode", way, method="netbanking")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, other, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        href = f"{rng.choice(['HR', 'CB', 'FT'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Host Ref. No.", "Reference No."]), href, txn=(BANK_RANK, href))
    wrap_pair(p, "Payment for invoice", f"{code(rng, 3, UPPER)}/{rng.randrange(100, 9999)}/25-26")
    p.pair("Maker", f"ACCTS{digits(rng, 2)}")
    if status != "pending":
        p.pair("Checker", f"DIR{digits(rng, 2)}")
    date_row(
        p,
        j,
        ["Initiated on"] if status == "pending" else ["Transaction date", "Value date"],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Bank never asks for your password or OTP.")
    return p.done()


# ---------------------------------------------------------------- 7. outward wires for imported equipment


MAKERS_ABROAD = [
    ("Esaote SpA", "Genoa, Italy", "EUR", "Intesa Sanpaolo SpA", "BCITITMM", "IT"),
    ("Karl Storz SE & Co. KG", "Tuttlingen, Germany", "EUR", "Deutsche Bank AG", "DEUTDEFF", "DE"),
    ("IDEXX Laboratories Inc", "Westbrook, ME, USA", "USD", "Bank of America NA", "BOFAUS3N", ""),
    (
        "Burtons Medical Equipment Ltd",
        "Marden, Kent, United Kingdom",
        "GBP",
        "NatWest Bank plc",
        "NWBKGB2L",
        "GB",
    ),
    ("Midmark Corporation", "Dayton, OH, USA", "USD", "JPMorgan Chase Bank NA", "CHASUS33", ""),
    (
        "Eickemeyer Veterinary Equipment Ltd",
        "Twyford, United Kingdom",
        "GBP",
        "Barclays Bank UK plc",
        "BUKBGB22",
        "GB",
    ),
    ("Dr. Fritz Vet GmbH", "Tuttlingen, Germany", "EUR", "Commerzbank AG", "COBADEFF", "DE"),
    ("Vetland Medical Sales Inc", "Louisville, KY, USA", "USD", "Wells Fargo Bank NA", "WFBIUS6S", ""),
]
EQUIPMENT = [
    "MyLab veterinary ultrasound system",
    "Flexible video gastroscope (vet)",
    "Catalyst chemistry analyser",
    "Hydraulic veterinary operating table",
    "Veterinary dental unit with scaler",
    "Anaesthesia workstation and vaporiser",
    "Arthroscopy tower and instruments",
    "Veterinary anaesthesia machine",
]
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


def equipment_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain paying makers abroad for ultrasound, endoscopy, analysers, tables, dental and anaesthesia units: the
    bank's outward remittance advice (browser, e-mail, printed: the bank on top, Outward remittance advice / Import
    remittance - debit advice, Name of the beneficiary / Beneficiary / Beneficiary name the maker, Beneficiary bank
    and SWIFT BIC, IBAN, Remitter the chain, IEC, AD code, Remittance amount / FCY amount / Amount remitted (FCY) in
    EUR, USD or GBP, Exchange rate, Equivalent INR, Bank charges, GST on forex conversion, Total amount debited (INR),
    Purpose code S0101 / S0102, Goods, Proforma invoice No., Charges OUR / SHA / BEN, UETR, Remittance ref No. /
    Transaction reference, Value date / Date of remittance / Request date / Returned on; SWIFT message sent - funds
    remitted / Remittance processed - MT103 sent / Pending - Form A1 and proforma invoice awaited / Returned by
    correspondent bank - beneficiary account closed)."""
    k = place("equipment_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    sup, city, cur, sbank, bic, iban = MAKERS_ABROAD[k]
    j.amount = (
        round(rng.uniform(1800, 95000), 2) if rng.random() < 0.6 else float(rng.randrange(18, 950) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["Indian Bank", "HDFC Bank", "ICICI Bank", "Axis Bank", "Indian Overseas Bank"])
    frame = ["mail", "browser", "paper"][k % 3]
    slug = bank.split()[0].lower() + ("bank" if bank.startswith("Indian B") else "")
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{slug}.co.in/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <trade.ops@{slug}.co.in>",
            ["Outward remittance advice", "Import remittance - debit advice"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["Trade Finance Branch, Rajaji Salai, Chennai", "Forex Cell, Anna Salai, Chennai"]),
    )
    p.add("center", rng.choice(["Outward remittance advice", "Import remittance - debit advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["SWIFT message sent - funds remitted", "Remittance processed - MT103 sent"],
            "pending": ["Pending - Form A1 and proforma invoice awaited"],
            "failed": ["Returned by correspondent bank - beneficiary account closed"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(
        p, rng.choice(["Name of the beneficiary", "Beneficiary", "Beneficiary name"]), payee, merchant=payee
    )
    p.pair("Country", city)
    wrap_pair(p, "Beneficiary bank", f"{sbank} (SWIFT {bic})")
    if iban:
        p.pair("IBAN", f"{iban}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}")
    wrap_pair(p, "Remitter", rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("IEC", code(rng, 10, ALNUM))
    p.pair("AD code", digits(rng, 7))
    p.pair(
        rng.choice(["Remittance amount", "FCY amount", "Amount remitted (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("Equivalent INR", f"{inr:,.2f}")
    charges = float(rng.choice([750, 1000, 1500]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Bank charges", f"{charges:,.2f}")
    p.pair("GST on forex conversion", f"{gst:,.2f}")
    p.pair("Total amount debited (INR)", f"{inr + charges + gst:,.2f}")
    p.pair(
        "Purpose code",
        rng.choice(["S0101 - advance payment against imports", "S0102 - import settlement (invoice)"]),
    )
    wrap_pair(p, "Goods", EQUIPMENT[k])
    p.pair("Proforma invoice No.", f"{code(rng, 2, UPPER)}-{rng.randrange(1000, 99999)}")
    p.pair("Charges", rng.choice(["OUR", "SHA", "BEN"]))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT transfer"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['ORM', 'OWT', 'FXO'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(rng.choice(["Remittance ref No.", "Transaction reference"]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            hexs = "0123456789abcdef"
            uetr = f"{code(rng, 8, hexs)}-{code(rng, 4, hexs)}-4{code(rng, 3, hexs)}-{code(rng, 4, '89ab')}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, hexs)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Date of remittance"],
            "pending": ["Request date"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Submit the Bill of Entry against this remittance on EDPMS within the due period.")
    return p.done()


# ---------------------------------------------------------------- 8. the civic body's, boards' and council's fees


AUTHORITIES = [
    (
        "Greater Chennai Corporation",
        "Online Civic Services - Trade Licence",
        "chennaicorporation.gov.in",
        [("Trade licence fee (veterinary clinic)", 3500.0), ("Advertisement board fee", 1200.0)],
        False,
    ),
    (
        "Tamil Nadu Animal Welfare Board",
        "Pet Shop Registration - PCA (Pet Shop) Rules, 2018",
        "tnawb.tn.gov.in",
        [("Registration fee - pet shop", 5000.0), ("Renewal fee", 5000.0)],
        False,
    ),
    (
        "Tamil Nadu Pollution Control Board",
        "OCMMS - Bio-Medical Waste Authorisation",
        "tnpcb.gov.in/ocmms",
        [("Authorisation fee (BMW)", 4000.0), ("Consent fee - CTO", 7500.0)],
        False,
    ),
    (
        "Tamil Nadu State Veterinary Council",
        "Registration renewal - Indian Veterinary Council Act, 1984",
        "tnsvc.in",
        [("Renewal of registration", 1000.0), ("Late fee", 500.0)],
        True,
    ),
]
AUTHORITY_ORDER = [0, 1, 2, 3, 0, 2, 1, 3]


def authority_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fees the chain pays the civic body, the boards and the council: Greater Chennai Corporation's trade
    licence fee receipt, the Tamil Nadu Animal Welfare Board's pet shop registration fee, the Tamil Nadu Pollution
    Control Board's bio-medical waste authorisation fee (OCMMS) and the Tamil Nadu State Veterinary Council's
    registration renewal for the hospital's vets (the authority on top with the service line under it, Licensee /
    Establishment name / Applicant the chain, Trade licence No. / Assessment No. / Zone - Ward / Application No. /
    Registration No., the fee heads x count, Total amount paid / Amount paid / Total remitted, Paid through SBI ePay
    / Indian Bank gateway - Net banking / UPI / Debit card, Gateway reference No. / Bank Ref. No., Transaction ID,
    Receipt No. / Challan No., Transaction date / Payment date / Date of remittance; Payment successful / Fee paid /
    Payment status: Pending - verification with bank / Transaction failed - amount if debited will be refunded)."""
    k = place("authority_fees")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4)
    which = AUTHORITY_ORDER[k]
    authority, line, host, heads, per_vet = AUTHORITIES[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(
        rng, font, f"{host}/{rng.choice(['epayment', 'receipt', 'payment/status'])}/{digits(rng, 7)}"
    )
    p.part = "head"
    name = authority.upper() if rng.random() < 0.3 else authority
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Fee paid"],
            "pending": ["Payment status: Pending - verification with bank"],
            "failed": ["Transaction failed - amount if debited will be refunded"],
        },
    )
    wrap_pair(
        p, rng.choice(["Licensee", "Establishment name", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if which == 0:
        p.pair("Trade licence No.", f"{rng.randrange(1, 16):02d}/{digits(rng, 3)}/{digits(rng, 5)}")
        p.pair("Zone - Ward", f"{rng.choice(['VIII', 'XIII', 'IX'])} - {rng.randrange(90, 180)}")
        p.pair(
            "Assessment No.", f"{rng.randrange(1, 16):02d}-{digits(rng, 3)}-{digits(rng, 5)}-{digits(rng, 3)}"
        )
    else:
        p.pair("Application No.", f"{code(rng, 3, UPPER)}{digits(rng, 8)}")
    total = 0.0
    for head, fee in rng.sample(heads, rng.randrange(1, len(heads) + 1)):
        n = rng.randrange(2, 7) if per_vet and head.startswith("Renewal") else 1
        if per_vet and n > 1:
            p.pair("Registration No.", f"TNSVC/{digits(rng, 4)} (+{n - 1})")
        p.pair(f"{head} x {n}" if n > 1 else head, rs(fee * n))
        total += fee * n
    j.amount = round(total, 2)
    p.pair(rng.choice(["Total amount paid", "Amount paid", "Total remitted"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    gate = rng.choice(["SBI ePay", "Indian Bank gateway", "BillDesk"])
    p.pair(
        "Paid through",
        f"{gate} - {way}",
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if status != "failed":
            gref = f"{rng.choice(['IGA', 'CPA', 'SBI', 'IDB'])}{digits(rng, 10)}"
            p.pair(rng.choice(["Gateway reference No.", "Bank Ref. No."]), gref, txn=(BANK_RANK, gref))
        tid = f"{rng.choice(['GCC', 'TN', 'OC'])}{j.date:%y%m}{digits(rng, 7)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            rno = f"{rng.choice(['RCPT', 'CH'])}/{digits(rng, 6)}/26"
            p.pair(rng.choice(["Receipt No.", "Challan No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Transaction date", "Payment date", "Date of remittance"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "This is a computer generated receipt. Fees once paid are not refundable.")
    return p.done()


# ---------------------------------------------------------------- 9. locum vets', groomers' and drivers' payouts


STAFF = [
    ("Dr. Harish Kannan", "Locum OPD cover - night shifts", "Nights", "194J", 10),
    ("Revathi Selvam", "Grooming sessions", "Sessions", "194C", 1),
    ("Manikandan P", "Pet ambulance trips", "Trips", "194C", 1),
    ("Dr. Nisha Varghese", "Locum surgeon - weekend", "Surgeries", "194J", 10),
    ("Ayesha Banu", "Dog handling and walking", "Days", "194C", 1),
    ("Dr. Praveen Raj", "Tele-consults", "Consults", "194J", 10),
    ("Suresh Babu K", "Kennel cleaning - contract", "Days", "194C", 1),
    ("Gowri Shankar", "Pet taxi - pick-up and drop", "Trips", "194C", 1),
]
PAYOUT_FRAMES = ["paper", "bulk", "paper", "paper", "bulk", "paper", "bulk", "paper"]


def staff_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The chain paying locum vets, groomers, handlers and drivers: its printed LOCUM FEE VOUCHER / PAYMENT VOUCHER /
    CASH VOUCHER (the chain on top, PV No. / Voucher No. / V. No., Date / Voucher date, Paid to / Name of payee /
    Payee (locum) the worker, Towards, count x rate, Gross amount, Less: TDS u/s 194J @ 10% / 194C @ 1%, Less:
    Advance paid, Net paid / Amount paid / Net amount disbursed, Mode Cash / UPI / IMPS, Checked by, Received the
    above sum; PAID / PAID - RECEIVED BY PAYEE) and the bank's bulk payment row status (Indian Bank, IOB: File and
    Row, Beneficiary name, Amount, IMPS Ref No. / RRN, Transaction ref No., Processed on; Processed / Status: In
    process / Returned - invalid beneficiary account)."""
    k = place("staff_payouts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=1500, high=60000, p_round=0.8)
    who, towards, unit_word, sec, rate = STAFF[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs", "INR"))
    if PAYOUT_FRAMES[k] == "bulk":
        bank, host = [
            ("Indian Bank", "www.indianbank.net.in/corporate"),
            ("Indian Overseas Bank", "www.iobnet.co.in/corp"),
        ][k % 2]
        p = browser_page(rng, font, f"{host}/bulk/status/{digits(rng, 8)}")
        p.part = "head"
        top(p, bank)
        p.add("center", "Bulk payment - record status")
        p.add("small", f"File: STAFFPAY_{j.date:%b}_{code(rng, 4, ALNUM)}.csv  |  Row {rng.randrange(2, 60)}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Processed", "Status: Processed"],
                "pending": ["Status: In process"],
                "failed": ["Returned - invalid beneficiary account"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account name", COMPANY_CAPS)
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Mode", "IMPS", method="netbanking")
        if not j.no_ref:
            if status == "success":
                p.pair(rng.choice(["IMPS Ref No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            tref = f"{rng.choice(['BLK', 'BP'])}{digits(rng, 12)}"
            p.pair("Transaction ref No.", tref, txn=(BANK_RANK, tref))
        wrap_pair(p, "Narration", f"{towards} {j.date:%b}")
        date_row(p, j, ["Processed on", "Transaction date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Returned records are credited back to the debit account.")
        return p.done()
    way = "Cash" if k in (5, 7) else rng.choice(["UPI", "IMPS"] if j.amount <= 90000 else ["IMPS"])
    if way == "Cash":
        kinds = ["CASH VOUCHER"]
    elif who.startswith("Dr."):
        kinds = ["LOCUM FEE VOUCHER", "PAYMENT VOUCHER"]
    else:
        kinds = ["PAYMENT VOUCHER", "DEBIT VOUCHER"]
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[0] if rng.random() < 0.7 else UNITS[1]
    letterhead(
        p, rng.choice([COMPANY, COMPANY_CAPS, SHORT]), unit[0], unit[1], unit[2], kinds, merchant=False
    )
    if not j.no_ref:
        vno = f"{rng.choice(['PV', 'CV', 'LV'])}-{rng.randrange(10, 999):03d}/26"
        p.pair(rng.choice(["PV No.", "Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    labels = ["Paid to", "Name of payee"] + (["Payee (locum)"] if who.startswith("Dr.") else [])
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    wrap_pair(p, "Towards", towards)
    if way == "Cash" and j.amount > 9800:
        j.amount = rupees(rng, 1500, 9800, 0.9)
    adv = float(rng.choice([0, 500, 1000, 2000])) if j.amount > 6000 else 0.0
    tds_rate = rate if way != "Cash" or rate == 10 else 0
    gross = round((j.amount + adv) / (1 - tds_rate / 100), 2)
    tds = round(gross - j.amount - adv, 2)
    n = rng.randrange(2, 15)
    p.pair(f"{unit_word}: {n} x {rs(round(gross / n, 2))}", rs(gross))
    p.pair("Gross amount", rs(gross))
    if tds > 0:
        p.pair(f"Less: TDS u/s {sec} @ {tds_rate}%", rs(tds))
    if adv:
        p.pair("Less: Advance paid", rs(adv))
    p.pair(rng.choice(["Net paid", "Amount paid", "Net amount disbursed"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Checked by", rng.choice(["R. Kavitha (Accounts)", "Dr. S. Ramesh Kumar (Medical Director)"]))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY PAYEE"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Received the above sum")
    return p.done()


# ---------------------------------------------------------------- 10. the counters' card slips


COUNTERS = [
    ("ANBAGAM PET HOSPITAL", "ANNA NAGAR CHENNAI"),
    ("ANBAGAM PET PHARMACY", "VELACHERY CHENNAI"),
    ("ANBAGAM VET HOSP", "ANNA NAGAR CHENNAI 40"),
    ("ANBAGAM PET CARE OMR", "THORAIPAKKAM CHENNAI"),
    ("ANBAGAM PET PHARMACY ADYAR", "ADYAR CHENNAI"),
    ("ANBAGAM VETERINARY HOSPITALS", "ANNA NAGAR"),
    ("ANBAGAM PET GROOMING", "VELACHERY CHENNAI"),
    ("ANBAGAM PET CARE PORUR", "PORUR CHENNAI"),
]
ACQUIRERS = [
    "HDFC BANK",
    "PINE LABS",
    "INDIAN BANK",
    "WORLDLINE",
    "ICICI BANK",
    "AXIS BANK",
    "PAYTM EDC",
    "KVB",
]


def counter_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Pet owners' cards at the hospital's, pharmacy's and grooming counters: terminal slips (monospace: the acquirer
    on top on some, the counter's name and area in capitals, DATE: and TIME:, MID:, TID:, BATCH NO:, INVOICE NO:,
    SALE, CARD TYPE:, CARD NO:, ENTRY: CHIP / TAP, APPR CODE:, RRN:, BASE AMT: / TXN AMT: / TOTAL AMT:; APPROVED /
    TRANSACTION DECLINED - 55 INCORRECT PIN / HOST TIMEOUT - CHECK STATUS WITH BANK)."""
    k = place("counter_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=250, high=42000)
    name, area = COUNTERS[k]
    if "PHARMACY" in name or "GROOMING" in name:
        j.amount = rupees(rng, 180, 9500, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", ACQUIRERS[k])
    p.add("center", name, merchant=name)
    p.add("center", area)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%m%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        else:
            p.pair(f"DATE: {d}", f"TIME: {t}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair("INVOICE NO:", inv, txn=(INVOICE_RANK, inv))
    p.add("center", "SALE")
    p.pair("CARD TYPE:", rng.choice(["VISA DEBIT", "MASTERCARD CREDIT", "RUPAY DEBIT", "VISA CREDIT"]))
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("ENTRY:", rng.choice(["CHIP", "TAP", "CONTACTLESS"]))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair("APPR CODE:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["BASE AMT:", "TXN AMT:", "TOTAL AMT:"]),
        f"{rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", "APPROVED", status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "TRANSACTION DECLINED", status="failed")
        p.add("center", "55 INCORRECT PIN")
    else:
        p.add("center", "HOST TIMEOUT - CHECK STATUS", status="pending")
        p.add("center", "WITH BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.7 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. the branches' electricity, water, broadband, LPG


BILLERS = [
    ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd", "Service No."),
    ("CMWSSB", "Chennai Metropolitan Water Supply and Sewerage Board", "Consumer No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd - Broadband", "Telephone No."),
    ("Indane Gas", "Indian Oil Corporation Ltd - Indane", "LPG ID"),
]
BILL_APPS = [
    "IndOASIS",
    "iMobile Pay",
    "Google Pay",
    "PhonePe",
    "IOB Mobile",
    "CRED",
    "Axis Mobile",
    "BHIM",
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The branches' electricity (TNPDCL), water (CMWSSB), broadband (Airtel Xstream Fiber) and commercial LPG
    (Indane) through Bharat Connect in banking and UPI apps (the app on top, Biller / Biller name / Service provider
    as printed, Service No. / Consumer No. / Telephone No. / LPG ID, Customer name, Bill date and Due date on some, the
    sum large, Paid from Current A/c or UPI, UPI transaction ID on some, Bharat Connect Ref. No. / B-Connect Txn ID,
    Paid on / Date & time / Payment date; Bill paid successfully / Payment successful / Bill payment in process /
    Bill payment failed) and TNPDCL's and CMWSSB's own online payment receipts (the board on top, Amount paid, Mode,
    Bank Ref No., Receipt No., Date of payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=420, high=68000)
    which = [0, 1, 2, 0, 1, 3, 2, 3][k]
    short, long, idlab = BILLERS[which]
    j.amount = rupees(rng, *[(3000, 68000), (800, 15000), (700, 6000), (1700, 12000)][which])
    rs = money(rng, font, 0.5)
    ids = {
        "Service No.": f"0{rng.randrange(1, 10)}-{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
        "Consumer No.": f"{rng.randrange(1, 16):02d}-{digits(rng, 3)}-{digits(rng, 5)}",
        "Telephone No.": f"044-{digits(rng, 8)}",
        "LPG ID": digits(rng, 17),
    }[idlab]
    if k in (0, 4):
        host = {0: "www.tnpdcl.org/quickpay", 1: "cmwssb.tn.gov.in/online-payment"}[which]
        p = browser_page(rng, font, f"{host}/receipt")
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
        p.pair(idlab, ids)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            bref = f"{rng.choice(['IGA', 'CPA', 'IDB'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{short[:2].upper()}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "This payment will reflect in the next bill.")
        return p.done()
    app = BILL_APPS[k]
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful"],
            "pending": ["Bill payment in process"],
            "failed": ["Bill payment failed"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    wrap_pair(p, rng.choice(["Biller", "Biller name", "Service provider"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if which != 3 and not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("Google Pay", "PhonePe", "CRED", "BHIM") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if way == "UPI" and status == "success" and rng.random() < 0.5:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        bc = f"CC0{j.date:%y}{code(rng, 9, ALNUM)}"
        p.pair(rng.choice(["Bharat Connect Ref. No.", "B-Connect Txn ID"]), bc, txn=(BANK_RANK, bc))
    date_row(p, j, ["Paid on", "Date & time", "Payment date"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "SRI MURUGAN VET PHARMA",
    "CHENNAI DIAGNOSTIC REA",
    "REVATHI SELVAM",
    "COROMANDEL ANIMAL HEAL",
    "AMAZON PAY INDIA",
    "KONGU VETERINARY DIST",
    "MANIKANDAN P",
    "PAVAI BIOCHEM AGENCIES",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender AD-INDBNK / JM-IOBCHN /
    VK-KVBANK / AX-CUBANK, the day divider, the alert: "Your A/c XX1234 is debited for INR x on <day> by NEFT / RTGS
    / IMPS / UPI to <payee as the bank names it>", the reference, Avl Bal; a debit card spend "at AMAZON PAY INDIA"
    with no reference; a UPI payment that "has FAILED" and one "is PENDING") and two e-mail transaction alerts (Amount
    debited, Beneficiary / To, Account, Channel, UTR / IMPS Ref No., Transaction date, Status: Debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=900, high=620000)
    bank = rng.choice(["Indian Bank", "Indian Overseas Bank", "Karur Vysya Bank", "City Union Bank"])
    to = ALERT_PAYEES[k]
    if k in (2, 4, 6):
        j.amount = rupees(rng, 800, 48000)
    if k in (3, 7):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{IFSC[bank].lower()}.bank.in>",
            ["Transaction alert - debit", "Funds transfer from your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made in your account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount debited", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "To"]), to, merchant=to)
        p.pair("Account", f"XXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Debited", status="success")
        p.part = "foot"
        p.add("small", "If you did not do this transaction, call 1800 425 00000 at once.")
        return p.done()
    sender = {
        "Indian Bank": "AD-INDBNK",
        "Indian Overseas Bank": "JM-IOBCHN",
        "Karur Vysya Bank": "VK-KVBANK",
        "City Union Bank": "AX-CUBANK",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    card = k == 4
    if card or status != "success":
        way = "card" if card else "UPI"
    else:
        way = (
            "UPI"
            if j.amount < 100000 and k in (0, 2)
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])}"
    method = {"UPI": "UPI", "card": "card"}.get(way, "netbanking")
    if card:
        p.add("left", f"{amt} spent on your Debit Card XX{digits(rng, 4)}", amount=j.amount, method=method)
        p.add("left", f"at {to}{day}.", merchant=to)
    elif status == "success":
        p.add("left", f"Your {acc} is debited for {amt}{day}", amount=j.amount)
        p.add("left", f"by {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"UPI payment of {amt} from {acc}{day}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
    word = {
        "success": f"Avl Bal INR {rupees(rng, 40000, 4800000):,.2f}.",
        "failed": "has FAILED. Amount debited, if any, will be reversed.",
        "pending": "is PENDING. Do not retry; status will be updated.",
    }[status]
    if status != "success":
        p.add("left", word, status=status)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab}: {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

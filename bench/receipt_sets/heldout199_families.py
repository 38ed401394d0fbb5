"""The twelve heldout199 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an electric two-wheeler dealership's day in 2026 (Malwa E-Moto Wheels Pvt Ltd, its
showroom on A.B. Road, Vijay Nagar and its service workshop on Sanwer Road, Indore, Madhya Pradesh), told by the
proofs of payment it receives and makes: NBFCs' and banks' loan disbursement advices and the state EV incentive
portal's disbursal pages, customers' UPI screens and payment links for booking amounts and down payments, its own
money, booking and delivery receipts, outward wires to spares makers in Taiwan, Germany and Britain in US dollars,
euros and pounds, the OEM's tax invoices paid by RTGS, accessory, battery, charger and tyre suppliers' invoice pages
and the corporate net-banking transfers to them, mechanics' salary and incentive vouchers and payouts, the RTO's
VAHAN fee receipts and the municipal corporation's trade licence page, insurers' premium receipts paid on customers'
behalf, the showroom's and workshop's card terminal slips, the electricity (MPWZ), water, phone and broadband bills
and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, models, colours, chassis, motor and battery
numbers, VINs, loan account and agreement numbers, dealer codes, delivery orders, booking numbers, claim numbers,
registration and application numbers, policy and proposal numbers, IRN and Ack No., GST, TCS and TDS lines, GSTIN,
PAN, IFSC, BIC, IBAN, UETR, IEC, MID, TID, batch and STAN numbers, consumer numbers (IVRS No.), the maker and the
checker and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are
heldout167's; ``compose`` is heldout158's.
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

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Malwa E-Moto Wheels Pvt Ltd"
COMPANY_CAPS = "MALWA E-MOTO WHEELS PVT LTD"
SHORT = "Malwa E-Moto"
# unit, address, GST state code
UNITS = [
    ("Showroom", "Plot 14, Scheme No. 54, A.B. Road, Vijay Nagar, Indore - 452010, Madhya Pradesh", "23"),
    ("Service workshop", "Sector F, Sanwer Road Industrial Area, Indore - 452015, Madhya Pradesh", "23"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Bank of Baroda",
    "Punjab National Bank",
    "Kotak Mahindra Bank",
    "IndusInd Bank",
    "Union Bank of India",
]
IFSC = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "Kotak Mahindra Bank": "KKBK",
    "IndusInd Bank": "INDB",
    "Union Bank of India": "UBIN",
}
MODELS = [
    ("Narmada Zippy 2.5 kWh", 2.5, 89000.0),
    ("Narmada Zippy Pro 3.2 kWh", 3.2, 112000.0),
    ("Narmada Cargo-E 4.0 kWh", 4.0, 128000.0),
    ("Narmada Swift-E Lite 1.8 kWh", 1.8, 74000.0),
    ("Volta S1 Sport 3.7 kWh", 3.7, 134000.0),
]
COLOURS = ["Ocean Blue", "Matte Black", "Pearl White", "Saffron Orange", "Metro Grey", "Racing Red"]
CUSTOMERS = [
    "Mr. Rakesh Choudhary",
    "Ms. Pooja Jain",
    "Mr. Imran Qureshi",
    "Mrs. Sunita Patidar",
    "Mr. Abhishek Dubey",
    "Ms. Neha Khandelwal",
    "Mr. Gurpreet Singh Bhatia",
    "Mr. Manoj Malviya",
    "Mrs. Farzana Sheikh",
    "Mr. Vivek Agrawal",
]
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to / Buyer / Dealer / Debit account: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


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


def neft_way(rng: random.Random, amount: float) -> str:
    way = "RTGS" if amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "NEFT", "IMPS"])
    return "NEFT" if way == "IMPS" and amount > 500000 else way


DOMAINS = {
    "HDFC Bank": "hdfcbank",
    "ICICI Bank": "icicibank",
    "State Bank of India": "sbi",
    "Axis Bank": "axisbank",
    "Kotak Mahindra Bank": "kotak",
}


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower())


def vin(rng: random.Random) -> str:
    return f"MD9{code(rng, 2, UPPER)}{digits(rng, 2)}{code(rng, 2, UPPER)}{digits(rng, 8)}"


# ---------------------------------------------------------------- 1. lenders' disbursement advices, the EV portal


LENDERS = [
    ("Bajaj Finance Ltd", "Two-Wheeler Loans - Dealer Payments", "dealerpayments@bajajfinserv.in", "mail"),
    ("HDB Financial Services Ltd", "Consumer Finance - Dealer Disbursement", "disbursal@hdbfs.com", "paper"),
    ("IDFC FIRST Bank", "Two Wheeler Loans - Central Operations", "twlops@idfcfirstbank.com", "portal"),
    ("Madhya Pradesh EV Incentive Portal", "", "", "subsidy"),
    ("TVS Credit Services Ltd", "Dealer Funding Desk", "dealer.payouts@tvscredit.com", "mail"),
    ("L&T Finance Ltd", "Two Wheeler Finance - Disbursement Ops", "2wdisb@ltfs.com", "portal"),
    ("Madhya Pradesh EV Incentive Portal", "", "", "subsidy"),
    (
        "Hinduja Leyland Finance Ltd",
        "Retail Disbursement Cell",
        "disbursement@hindujaleylandfinance.com",
        "paper",
    ),
]


def lender_disbursals(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """NBFCs and banks paying the dealer the loans they sanctioned for its customers' scooters: a DISBURSEMENT ADVICE
    e-mail, a printed DEALER PAYMENT ADVICE and a lender's dealer portal page (the lender on top, Dealer name /
    Disbursed to (dealer) / Favouring the company, Dealer code, Loan account No. / Agreement No., Customer /
    Borrower, Asset, Ex-showroom price, Loan amount sanctioned, Less: Processing fee, Less: Dealer subvention, Less:
    Documentation and stamp duty, Net disbursal amount / Amount disbursed to dealer / Net amount paid, DO No., Mode
    NEFT / RTGS / IMPS, UTR / UTR No. / IMPS Ref No., Disb. ref No. / Payout advice No., Disbursement date / Disbursed
    on / Value date / Hold date / Returned on; Status: Disbursed / Disbursement status: Paid to dealer / On hold -
    PDD (RC and insurance copy) awaited / Returned - beneficiary name mismatch at dealer bank) and the state EV
    incentive portal's disbursal pages (the portal on top with its Transport Department line, Dealer (beneficiary)
    the company, the claims with Claim No., Buyer, Battery, the incentive per claim, Total incentive released,
    e-Payment ID, UTR, Disbursed on / Sanctioned on / Failed on; Incentive disbursed to dealer account / Sanctioned -
    payment file sent to treasury / Payment failed - account validation failed)."""
    k = place("lender_disbursals")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=40000, high=140000)
    lender, desk, mail, frame = LENDERS[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "subsidy":
        p = browser_page(rng, font, f"evportal.mp.gov.in/dealer/disbursal/{digits(rng, 8)}")
        p.part = "head"
        top(p, lender)
        p.add("small", "Government of Madhya Pradesh  |  Transport Department")
        p.add("center", rng.choice(["Incentive disbursal status", "Dealer claim - payment details"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Incentive disbursed to dealer account"],
                "pending": ["Sanctioned - payment file sent to treasury"],
                "failed": ["Payment failed - account validation failed"],
            },
        )
        me = rng.choice([COMPANY, COMPANY_CAPS])
        wrap_pair(p, "Dealer (beneficiary)", me, merchant=me)
        p.pair("Dealer code", f"MPEV/IND/{digits(rng, 4)}")
        claims = rng.sample(range(len(CUSTOMERS)), rng.randrange(2, 5))
        total = 0.0
        for c in claims:
            model, kwh, _ = rng.choice(MODELS)
            inc = float(min(round(kwh * 5000), 20000))
            total += inc
            p.add("left", f"Claim MPEV{digits(rng, 7)} - {CUSTOMERS[c].split('. ')[1]}")
            p.pair(f"  Battery {kwh} kWh", rs(inc))
        j.amount = round(total, 2)
        p.pair("Total incentive released", rs(j.amount), amount=j.amount)
        p.pair("Credited to", f"{rng.choice(BANKS[:4])} A/c XXXXXX{digits(rng, 4)}", method="netbanking")
        if not j.no_ref:
            eid = f"MPIF{digits(rng, 11)}"
            p.pair("e-Payment ID", eid, txn=(TXN_RANK, eid))
            if status == "success":
                ref = bank_ref(rng, j, "State Bank of India", "NEFT")
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
        date_row(
            p,
            j,
            {"success": ["Disbursed on"], "pending": ["Sanctioned on"], "failed": ["Failed on"]}[status],
            PATS_IN,
        )
        p.part = "foot"
        p.add("small", "Incentive is released against claims verified on VAHAN registration data.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{lender.split()[0]} Disbursement <{mail}>",
            ["Disbursement advice", f"Loan disbursed - {SHORT}", "Dealer payment released"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"dealer.{mail.split('@')[1]}/disbursals/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, lender.upper() if frame == "paper" and rng.random() < 0.5 else lender)
    p.add("small", desk)
    p.add("center", rng.choice(["DISBURSEMENT ADVICE", "DEALER PAYMENT ADVICE", "Loan disbursal intimation"]))
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Dealer name", "Disbursed to (dealer)", "Favouring"]), payee, merchant=payee)
    p.pair("Dealer code", f"{code(rng, 3, UPPER)}{digits(rng, 5)}")
    p.pair(rng.choice(["Loan account No.", "Agreement No."]), f"{code(rng, 2, UPPER)}{digits(rng, 12)}")
    wrap_pair(p, rng.choice(["Customer", "Borrower"]), rng.choice(CUSTOMERS))
    model, _, price = rng.choice(MODELS)
    wrap_pair(p, "Asset", model)
    price = round(price * rng.uniform(0.97, 1.05), -1)
    p.pair("Ex-showroom price", rs(price))
    loan = float(round(price * rng.uniform(0.7, 0.9), -2))
    p.pair("Loan amount sanctioned", rs(loan))
    fee = round(loan * rng.choice([0.01, 0.015, 0.02]), 2)
    p.pair("Less: Processing fee (incl. GST)", rs(fee))
    sub = float(rng.choice([0, 1500, 2000, 2500]))
    if sub:
        p.pair("Less: Dealer subvention", rs(sub))
    doc = float(rng.choice([354, 590, 750]))
    p.pair("Less: Documentation & stamp duty", rs(doc))
    j.amount = round(loan - fee - sub - doc, 2)
    p.pair(
        rng.choice(["Net disbursal amount", "Amount disbursed to dealer", "Net amount paid"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("DO No.", f"DO{digits(rng, 8)}")
    way = rng.choice(["NEFT", "IMPS", "RTGS"]) if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    wrap_pair(p, "Dealer account", f"{rng.choice(BANKS[:5])} XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(
                "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref)
            )
        adv = f"{rng.choice(['DA', 'PO', 'DP'])}{digits(rng, 9)}"
        p.pair(rng.choice(["Disb. ref No.", "Payout advice No."]), adv, txn=(INVOICE_RANK, adv))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Disbursed", "Disbursement status: Paid to dealer"],
            "pending": ["On hold - PDD (RC and insurance copy) awaited"],
            "failed": ["Returned - beneficiary name mismatch at dealer bank"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Disbursement date", "Disbursed on", "Value date"],
            "pending": ["Hold date"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Submit the RC, insurance copy and invoice (PDD) within 30 days of disbursal.")
    return p.done()


# ---------------------------------------------------------------- 2. customers' UPI screens and payment links


CUSTOMER_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "Cashfree", "CRED", "Amazon Pay", "PayU"]
PAY_NOTES = [
    "Booking amount - Zippy Pro",
    "Down payment scooter",
    "Cargo-E booking",
    "Balance before delivery",
    "Swift-E Lite booking",
    "Margin money - loan case",
    "Accessories + helmet",
]


def customer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Customers paying booking amounts and down payments: six UPI screens (PhonePe, Google Pay, Paytm, BHIM, CRED,
    Amazon Pay: the dealer under Paid to / To / Sent to / Paying to, or CRED's Payment to, its UPI ID, the sum large,
    UPI transaction ID / UPI Ref. No. / UTR / UPI Ref ID, PhonePe's and Paytm's own Transaction ID on some, Debited
    from / From, Date & time / Paid on / Completed on) and two payment links (Cashfree, PayU: the dealer on top,
    Customer / Paid by the customer, Order ID / Merchant txn ID, CF Payment ID / PayU ID, Bank reference / Bank Ref
    No. or Auth code, Paid on / Payment date; Payment successful / Payment received)."""
    k = place("customer_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=2000, high=95000, p_round=0.8)
    app = CUSTOMER_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Cashfree", "PayU"):
        to = ours(rng)
        url = (
            f"payments.cashfree.com/links/{code(rng, 8, LOWER)}"
            if app == "Cashfree"
            else f"u.payu.in/malwaemoto/{code(rng, 6, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Electric scooters | Service | Accessories", "Booking and down payment"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
        way = rng.choice(["UPI", "card"])
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer", "Paid by"]), CUSTOMERS[k].split(". ")[1])
        wrap_pair(p, rng.choice(["Purpose", "Payment for"]), rng.choice(PAY_NOTES))
        p.pair(
            rng.choice(["Payment mode", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Cashfree":
                oid = f"order_{digits(rng, 10)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
                pid = digits(rng, 10)
                p.pair("CF Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                oid = f"MEW{digits(rng, 9)}"
                p.pair("Merchant txn ID", oid, txn=(ORDER_RANK, oid))
                pid = digits(rng, 11)
                p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(
                    "Bank reference" if app == "Cashfree" else "Bank Ref No.", j.ref, txn=(UTR_RANK, j.ref)
                )
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Cashfree Payments" if app == "Cashfree" else "Secured by PayU")
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
            "success": ["Payment successful", "Transaction successful", "Paid"],
            "failed": ["Payment declined - daily UPI limit exceeded"],
            "pending": ["Payment pending - bank yet to confirm"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if app == "CRED":
        labels = ["Payment to"]
    else:
        labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"malwaemoto{rng.choice(['', '.ind', '1'])}@{rng.choice(['hdfcbank', 'icici', 'ybl', 'paytm'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(PAY_NOTES))
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI transaction ID", "UPI Ref. No.", "UTR", "UPI Ref ID"]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the dealer's own money and delivery receipts


RECEIPT_WAYS = ["UPI", "cash", "NEFT", "-", "card", "cash", "UPI", "-"]


def money_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer's own MONEY RECEIPT / BOOKING RECEIPT / DELIVERY RECEIPT - DOWN PAYMENT to a customer (paper: the
    company on top with its Authorised dealer line, address and GSTIN; M.R. No. / Money Receipt No. / Receipt No.,
    Date / Dated / Receipt date, Received with thanks from / Customer name, Booking No., Model, Colour, Chassis No. on
    a delivery, On-road price / Total vehicle cost, Booking amount received / Down payment received / Margin money
    received / By UPI / By card / Cash received / Cheque for, Balance - to be financed / Balance payable at delivery,
    UPI Ref. No., UTR, card's Approval code, Cheque No. and bank; RECEIVED WITH THANKS / BOOKING CONFIRMED / PAID -
    VEHICLE DELIVERED / CHEQUE ACCEPTED - DELIVERY AFTER REALISATION / CHEQUE RETURNED - BOOKING CANCELLED, the
    rubber stamp) and its sales desk's receipt e-mails."""
    k = place("money_receipts")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=2000, high=120000)
    unit = UNITS[0]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    if k in (2, 6):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Sales <sales@malwaemoto.in>",
            ["Your payment receipt", "Booking confirmed - receipt attached"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}, Vijay Nagar  |  Sales desk")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Authorised dealer - Narmada Electric | Sales | Service | Spares",
            unit[1],
            unit[2],
            ["MONEY RECEIPT", "BOOKING RECEIPT", "DELIVERY RECEIPT - DOWN PAYMENT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'BR', 'DR'])}/{rng.randrange(1, 2999):04d}/26-27"
        p.pair(rng.choice(["M.R. No.", "Money Receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received with thanks from", "Customer name"]), CUSTOMERS[k])
    p.pair("Booking No.", f"BK{digits(rng, 6)}")
    model, _, price = rng.choice(MODELS)
    wrap_pair(p, "Model", model)
    p.pair("Colour", rng.choice(COLOURS))
    if k in (1, 4):
        p.pair("Chassis No.", vin(rng))
    way = "cheque" if status != "success" else RECEIPT_WAYS[k]
    if way in ("UPI", "cash", "card") and j.amount > 95000:
        j.amount = rupees(rng, 2000, 95000, 0.8)
    onroad = float(round(price * rng.uniform(1.04, 1.1), -1))
    if j.amount >= onroad:
        j.amount = float(round(onroad * 0.3, -2))
    p.pair(rng.choice(["On-road price", "Total vehicle cost"]), rs(onroad))
    lab = {
        "cash": "Cash received",
        "UPI": "By UPI",
        "card": "By card",
        "cheque": "Cheque for",
        "NEFT": rng.choice(["Booking amount received", "Down payment received", "Margin money received"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "card": "card", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    if way == "NEFT":
        p.pair("Mode", "NEFT")
    p.pair(
        rng.choice(["Balance - to be financed", "Balance payable at delivery"]),
        rs(round(onroad - j.amount, 2)),
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
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
    word = {
        "success": rng.choice(
            [
                "RECEIVED WITH THANKS",
                "BOOKING CONFIRMED",
                "PAID - VEHICLE DELIVERED" if k in (1, 4) else "PAID",
            ]
        ),
        "pending": "CHEQUE ACCEPTED - DELIVERY AFTER REALISATION",
        "failed": "CHEQUE RETURNED - BOOKING CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Booking amount refundable less Rs. 1,000 if cancelled before invoicing.")
    if k not in (2, 6):
        right(p, f"For {SHORT} - Authorised signatory")
        p.add("gap")
        seal(p, "MALWA E-MOTO", "VIJAY NAGAR INDORE", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. outward wires for imported spares


MAKERS_ABROAD = [
    (
        "Formosa Drive Systems Co., Ltd.",
        "Taoyuan City, Taiwan",
        "USD",
        "Mega International Commercial Bank",
        "",
    ),
    ("Rheinland E-Antrieb GmbH", "Stuttgart, Germany", "EUR", "Commerzbank AG", "DE"),
    ("Kaohsiung Cell Tech Corp.", "Kaohsiung, Taiwan", "USD", "Cathay United Bank", ""),
    ("Bayern Moto Elektronik GmbH", "Munich, Germany", "EUR", "Stadtsparkasse Muenchen", "DE"),
    ("Midlands EV Diagnostics Ltd", "Coventry, United Kingdom", "GBP", "Lloyds Bank plc", "GB"),
    ("Taichung Precision Hub Motors Co., Ltd.", "Taichung, Taiwan", "USD", "E.SUN Commercial Bank", ""),
    ("Hessen Ladetechnik GmbH", "Frankfurt am Main, Germany", "EUR", "Deutsche Bank AG", "DE"),
    ("Hsinchu BMS Solutions Inc.", "Hsinchu, Taiwan", "USD", "Taishin International Bank", ""),
]
SPARES = [
    "BLDC hub motors 1.5 kW (40 pcs)",
    "Motor controllers 48V / 60V",
    "LFP cell modules - service spares",
    "Instrument clusters and throttles",
    "EV diagnostic scan tools (4 sets)",
    "Hub motor bearings and seals",
    "Portable chargers 6 A / 10 A",
    "BMS boards - 16S / 20S",
]


def spares_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer paying spares makers in Taiwan, Germany and Britain for hub motors, controllers, cells, chargers
    and scan tools: the bank's outward remittance advice (browser, e-mail, printed: the bank on top, Outward
    remittance advice / Import payment - debit advice, Beneficiary name / Pay to (overseas supplier) / Beneficiary
    (payee abroad) the maker, Beneficiary bank, SWIFT / BIC, IBAN or Account No., Remitter the company, IEC,
    Remittance amount (FCY) / Amount in foreign currency / FCY amount in USD, EUR or GBP, Exchange rate, INR
    equivalent, Forex margin & charges, GST on forex, Total debit (INR), Purpose code, Goods, Proforma invoice No.,
    OWR No. / Remittance ref. No. / Our ref., UETR, Remittance date / Value date / Date of debit / Request date /
    Returned on; Remittance processed - MT103 released / Status: Executed / Awaiting documents - import invoice and
    Form A1 to be uploaded / Returned - beneficiary bank rejected (account closed))."""
    k = place("spares_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    sup, city, cur, sbank, iban = MAKERS_ABROAD[k]
    j.amount = (
        round(rng.uniform(1200, 68000), 2) if rng.random() < 0.6 else float(rng.randrange(12, 680) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank"])
    frame = ["browser", "mail", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}.co.in/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <tradeservices@{slug(bank)}.co.in>",
            ["Outward remittance advice", "Import payment - debit advice"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["Trade & Forex Centre, Race Course Road, Indore", "Forex Branch, M.G. Road, Indore"]),
    )
    p.add("center", rng.choice(["Outward remittance advice", "Import payment - debit advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance processed - MT103 released", "Status: Executed"],
            "pending": ["Awaiting documents - import invoice and Form A1 to be uploaded"],
            "failed": ["Returned - beneficiary bank rejected (account closed)"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Pay to (overseas supplier)", "Beneficiary (payee abroad)"]),
        payee,
        merchant=payee,
    )
    p.pair("Beneficiary address", city)
    wrap_pair(p, "Beneficiary bank", sbank)
    p.pair("SWIFT / BIC", f"{code(rng, 4, UPPER)}{'TW' if not iban else iban}{code(rng, 2, UPPER)}")
    if iban:
        p.pair(
            "IBAN",
            f"{iban}{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
        )
    else:
        p.pair("Account No.", digits(rng, 13))
    wrap_pair(p, "Remitter", rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair("IEC", code(rng, 10, ALNUM))
    p.pair(
        rng.choice(["Remittance amount (FCY)", "Amount in foreign currency", "FCY amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate", f"1 {cur} = INR {rate}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = float(rng.choice([750, 1000, 1500]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Forex margin & charges", f"{chg:,.2f}")
    p.pair("GST on forex", f"{gst:,.2f}")
    p.pair("Total debit (INR)", f"{inr + chg + gst:,.2f}")
    p.pair("Purpose code", rng.choice(["S0101 - import settlement", "S0102 - advance against imports"]))
    wrap_pair(p, "Goods", SPARES[k])
    p.pair("Proforma invoice No.", f"{code(rng, 2, UPPER)}{rng.randrange(1000, 99999)}")
    p.pair("Mode", rng.choice(["SWIFT MT103", "Wire transfer (SWIFT)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['OWR', 'ORT'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["OWR No.", "Remittance ref. No.", "Our ref."]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Remittance date", "Value date", "Date of debit"],
            "pending": ["Request date"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Submit the Bill of entry against this remittance in IDPMS within the time allowed.")
    return p.done()


# ---------------------------------------------------------------- 5. the OEM's tax invoices


OEMS = [
    (
        "Narmada Electric Mobility Ltd",
        "Electric two-wheelers | Plant: Sector 3, Pithampur",
        "Sector 3, Pithampur, Dhar - 454775, Madhya Pradesh",
        "23",
    ),
    (
        "Volta Motors India Pvt Ltd",
        "Electric scooters and motorcycles",
        "Chakan MIDC Phase II, Pune - 410501, Maharashtra",
        "27",
    ),
]
OEM_WAYS = ["RTGS", "-", "RTGS", "NEFT", "RTGS", "-", "-", "RTGS"]


def oem_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The OEMs billing the dealer for scooters (paper: the OEM on top, its line, plant address and GSTIN; IRN and Ack
    No. of the e-invoice, Tax Invoice No. / Invoice No. / Document No., Invoice date / Date of issue, Dealer (billed
    to) / Buyer (bill to) / Consignee the company, Dealer code, Place of supply, the models with HSN 8711 60, Qty x
    rate and a VIN each, Taxable value, CGST and SGST or IGST @ 5%, Round off, Invoice total, Less: Trade advance
    adjusted and Balance received by RTGS on some, else Amount received by RTGS / Received via RTGS / Payment received
    with its UTR No., or Cheque received with Cheque No.; PAID / PAID BY RTGS / PAYMENT RECEIVED - THANK YOU /
    CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE DISHONOURED - FUNDS INSUFFICIENT, in the OEM's rubber stamp
    too)."""
    k = place("oem_invoices")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    maker, line, addr, state = OEMS[0] if k % 3 != 2 else OEMS[1]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE"]
    )
    irn = code(rng, 64, HEXA)
    p.add("small", f"IRN: {irn[:32]}")
    p.add("small", f"     {irn[32:]}")
    p.pair("Ack No.", f"1126{digits(rng, 11)}")
    if not j.no_ref:
        inv = (
            f"{'NEM' if state == '23' else 'VMI'}/{rng.choice(['DLR', 'TI'])}/{rng.randrange(100, 99999):05d}"
        )
        p.pair(rng.choice(["Tax Invoice No.", "Invoice No.", "Document No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date of issue"], PATS_IN)
    ours_to(p, ["Dealer (billed to)", "Buyer (bill to)", "Consignee"])
    p.pair("Dealer code", f"MP-IND-{digits(rng, 3)}")
    p.pair("Place of supply", "Madhya Pradesh (23)")
    taxable = 0.0
    for model, _, price in rng.sample(
        MODELS[:4] if state == "23" else MODELS[4:], rng.randrange(1, 3) if state == "23" else 1
    ):
        qty = rng.randrange(2, 13)
        rate = round(price * rng.uniform(0.78, 0.84), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{model}  HSN 8711 60")
        p.pair(f"  {qty} x {rate:,.2f}", rs(value))
        p.add("small", f"  First VIN {vin(rng)} ({qty} nos, list attached)")
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 5, state != "23")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = OEM_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "cheque" if status != "success" else "RTGS"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -3))
        p.pair("Less: Trade advance adjusted", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        else:
            lab = rng.choice([f"Amount received by {way}", f"Received via {way}", "Payment received"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAYMENT RECEIVED - THANK YOU"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Battery warranty 3 years / 30,000 km as per the owner's manual. Subject to Dhar jurisdiction.",
    )
    right(p, f"For {name}")
    p.add("gap")
    seal(
        p, " ".join(maker.split()[:2]), "DEALER ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0]
    )
    return p.done()


# ---------------------------------------------------------------- 6. accessory and battery suppliers' bills


SUPPLIERS = [
    ("Ahilya Helmets & Accessories", "ISI helmets | Seat covers | Floor mats", "Siyaganj, Indore"),
    ("Volttrix Lithium Packs Pvt Ltd", "Li-ion battery packs | BMS | Cells", "Sanwer Road, Indore"),
    ("Shree Sai Chargers & Controllers", "Chargers | Controllers | DC-DC converters", "Palasia, Indore"),
    ("Malwa Tyre & Tube Agency", "Tubeless tyres | Tubes | Alloy wheels", "Loha Mandi, Indore"),
]
SUPPLY_ITEMS = {
    "Ahilya": [("ISI half-face helmet", 650.0, 1150.0), ("Seat cover (set)", 280.0, 420.0)],
    "Volttrix": [("48V 30Ah Li-ion pack", 21000.0, 26500.0), ("60V 40Ah LFP pack", 33000.0, 39000.0)],
    "Shree": [("48V 6A charger", 2400.0, 3100.0), ("Motor controller 60V", 4200.0, 5600.0)],
    "Malwa": [("Tubeless tyre 90/90-12", 1350.0, 1680.0), ("Alloy wheel 12 inch", 2100.0, 2650.0)],
}
SUPPLY_FRAMES = ["swipe", "enet", "refrens", "fyn", "swipe", "enet", "refrens", "fyn"]


def supplier_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Helmets and seat covers, battery packs, chargers and controllers, tyres: the suppliers' Swipe invoice pages
    and Refrens invoice e-mails (the supplier on top, Invoice #, Invoice Date, Bill To / Billed To the company, the
    items, Total Amount, Amount Paid / Amount Received, Balance Due, Payment Mode UPI / Cash / Bank Transfer, UPI Ref.
    No. / UTR; Paid / Fully paid) and the dealer's corporate net banking transfer pages (HDFC Bank ENet, Kotak FYN:
    Beneficiary name / Pay to / Credited to (beneficiary), Beneficiary nickname, Debit account, Transfer amount /
    Debit amount, Payment type NEFT / RTGS / IMPS, UTR / RRN, Transaction reference No., Initiated by / Approved by,
    Value date / Transaction date / Initiated on / Failed on; Transaction Successful / Payment status: Completed /
    Pending for checker authorisation / Failed - beneficiary bank declined (account frozen))."""
    k = place("supplier_bills")
    status = outcome(k, failed=(7,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=3500, high=420000)
    sup, line, town = SUPPLIERS[(k // 2 + rng.randrange(2)) % len(SUPPLIERS)]
    frame = SUPPLY_FRAMES[k]
    rs = money(rng, font, 0.5)
    if frame in ("swipe", "refrens"):
        name = sup.upper() if rng.random() < 0.3 else sup
        if frame == "swipe":
            p = browser_page(rng, font, f"app.getswipe.in/view/{code(rng, 10, ALNUM + LOWER)}")
        else:
            p = mail_page(
                rng,
                font,
                f"{sup} via Refrens <invoices@refrens.com>",
                [f"Invoice from {sup}", "Payment received"],
            )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("small", f"{town}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
        p.add("center", "Tax Invoice")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            inv = f"{'INV' if frame == 'swipe' else 'RF'}-{rng.randrange(120, 2400)}"
            p.pair("Invoice #" if frame == "swipe" else "Invoice No", inv, txn=(INVOICE_RANK, inv))
        date_row(p, j, ["Invoice Date", "Date"], PATS_IN)
        ours_to(p, ["Bill To" if frame == "swipe" else "Billed To"])
        total = 0.0
        for item, lo, hi in rng.sample(SUPPLY_ITEMS[sup.split()[0]], rng.randrange(1, 3)):
            qty = rng.randrange(2, 24)
            rate = round(rng.uniform(lo, hi))
            total += qty * rate
            p.pair(f"{item}  {qty} x {rate:.2f}", rs(float(qty * rate)))
        gst = round(total * 0.18, 2)
        p.pair("IGST @ 18%" if rng.random() < 0.2 else "GST @ 18%", rs(gst))
        j.amount = float(round(total + gst))
        p.pair("Total Amount", rs(j.amount))
        way = rng.choice(["UPI", "Cash", "Bank Transfer"])
        if way in ("UPI", "Cash") and j.amount > 95000:
            way = "Bank Transfer"
        p.pair("Amount Paid" if frame == "swipe" else "Amount Received", rs(j.amount), amount=j.amount)
        p.pair("Balance Due", rs(0.0))
        p.pair("Payment Mode", way, method={"UPI": "UPI", "Cash": "cash", "Bank Transfer": "netbanking"}[way])
        if not j.no_ref and way == "UPI":
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_ref and way == "Bank Transfer":
            ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.add("center", rng.choice(["Paid", "Fully paid"]), status="success")
        p.part = "foot"
        p.add("small", "Created with Swipe" if frame == "swipe" else "Generated using Refrens.com")
        return p.done()
    bank = "HDFC Bank" if frame == "enet" else "Kotak Mahindra Bank"
    brand = "HDFC Bank ENet" if frame == "enet" else "Kotak FYN"
    host = "enet.hdfcbank.com/corp" if frame == "enet" else "fyn.kotak.com/payments"
    p = browser_page(rng, font, f"{host}/txn/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", bank)
    p.add("center", rng.choice(["Payment details", "Transaction status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction Successful", "Payment status: Completed"],
            "pending": ["Pending for checker authorisation"],
            "failed": ["Failed - beneficiary bank declined (account frozen)"],
        },
    )
    who = sup.upper() if rng.random() < 0.4 else sup
    wrap_pair(p, rng.choice(["Beneficiary name", "Pay to", "Credited to (beneficiary)"]), who, merchant=who)
    p.pair("Beneficiary nickname", f"{sup.split()[0].upper()}{rng.randrange(1, 9)}")
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}  ({rng.choice(BANKS)})")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
    p.pair(rng.choice(["Transfer amount", "Debit amount"]), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair("Payment type", way, method="netbanking")
    wrap_pair(p, "Remarks", f"{sup.split()[0]} bill - {rng.choice(['Mar', 'Apr', 'May', 'stock'])}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair("UTR / RRN", ref, txn=(UTR_RANK, ref))
        tr = f"{rng.choice(['ENT', 'FYN'])}{digits(rng, 12)}"
        p.pair("Transaction reference No.", tr, txn=(BANK_RANK, tr))
    p.pair("Initiated by / Approved by", f"MEWACCT1 / {'-' if status == 'pending' else 'MEWDIR01'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Transaction date"],
            "pending": ["Initiated on"],
            "failed": ["Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Amounts of failed transactions are reversed to the debit account.")
    return p.done()


# ---------------------------------------------------------------- 7. mechanics' salary, incentives and payouts


STAFF = [
    ("Deepak Yadav", "EV technician"),
    ("Salman Khan Pathan", "Senior EV technician"),
    ("Rohit Verma", "Service advisor"),
    ("Jitendra Solanki", "Battery technician"),
    ("Arif Mansuri", "Washer / helper"),
    ("Kamlesh Parmar", "Sales executive"),
    ("Sachin Rathore", "EV technician"),
    ("Nilesh Chouhan", "Delivery executive"),
]
STAFF_FRAMES = ["paper", "cashfree", "paper", "bulk", "phonepe", "cashfree", "paper", "bulk"]


def mechanic_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dealer paying its mechanics, service advisor and sales staff: its printed SALARY & INCENTIVE VOUCHER /
    STAFF PAYMENT VOUCHER / CASH VOUCHER - WORKSHOP (the company on top, Voucher No. / Vr. No., Date, Name of
    technician / Paid to (employee) / Employee name, Emp. code, Designation, Month, Basic + DA, Incentive: n
    deliveries / job cards, Gross, Less: PF / Less: Advance recovered, Net salary paid / Net payable / Amount paid,
    Mode Cash / UPI / IMPS; PAID / PAID - RECEIVED BY EMPLOYEE), Cashfree Payouts' transfer pages (Cashfree on top,
    Beneficiary name, Beneficiary ID, Transfer mode, Transfer ID, Reference ID, UTR, Added on / Processed on; SUCCESS
    / REVERSED), a bulk salary upload's record (Beneficiary name, Amount, UTR, File ID; Record status: Paid / Under
    process at bank) and a PhonePe screen."""
    k = place("mechanic_pay")
    status = outcome(k, failed=(1,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=1500, high=42000, p_round=0.9)
    who, role = STAFF[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = STAFF_FRAMES[k]
    if frame == "cashfree":
        p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers")
        p.part = "head"
        top(p, "Cashfree Payouts")
        p.add("small", "Transfers  |  Transfer details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["SUCCESS"], "failed": ["REVERSED"]})
        if status == "failed":
            p.add("small", "Reason: beneficiary account blocked. Amount reversed to your payout balance.")
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary ID", f"{who.split()[0].lower()}_{digits(rng, 4)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Transfer mode",
            way.lower() if rng.random() < 0.5 else way,
            method="UPI" if way == "UPI" else "netbanking",
        )
        if not j.no_ref:
            tid = f"SAL{j.date:%y%m}{digits(rng, 5)}"
            p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
            rid = digits(rng, 9)
            p.pair("Reference ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Processed on"] if status == "success" else ["Added on"], hour=True)
        p.part = "foot"
        p.add("small", "Transfers are made from your Cashfree payout balance.")
        return p.done()
    if frame == "phonepe":
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Transaction Successful", "Paid"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add("small", f"{rng.choice('6789')}{digits(rng, 9)}@ybl", method="UPI")
        p.pair("Message", rng.choice(["Incentive - deliveries", "Salary advance", "Overtime"]))
        if not j.no_ref:
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            own = f"T{digits(rng, 21)}"
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    if frame == "bulk":
        p = browser_page(rng, font, "enet.hdfcbank.com/corp/bulk/salary")
        p.part = "head"
        top(p, "HDFC Bank ENet")
        p.add("small", "Bulk salary upload - record view")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Record status: Paid"], "pending": ["Record status: Under process at bank"]},
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "IMPS", method="netbanking")
        p.pair("File ID", f"SAL{digits(rng, 8)}")
        if not j.no_ref and status == "success":
            p.pair(rng.choice(["UTR", "IMPS Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_ref and status != "success":
            tr = f"BLK{digits(rng, 10)}"
            p.pair("Transaction reference No.", tr, txn=(BANK_RANK, tr))
        date_row(
            p,
            j,
            ["Processed on", "Value date"] if status == "success" else ["Uploaded on"],
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "Records rejected by the beneficiary bank are credited back to the debit account.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if rng.random() < 0.6 else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["SALARY & INCENTIVE VOUCHER", "STAFF PAYMENT VOUCHER", "CASH VOUCHER - WORKSHOP"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['SV', 'PV', 'CV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of technician", "Paid to (employee)", "Employee name"]), who, merchant=who)
    p.pair("Emp. code", f"MEW{digits(rng, 3)}")
    p.pair("Designation", role)
    if not j.no_day:
        p.pair("Month", j.month())
    way = "Cash" if k == 6 else rng.choice(["UPI", "IMPS"])
    if way == "Cash" and j.amount > 15000:
        j.amount = rupees(rng, 1500, 15000, 0.9)
    cut = float(rng.choice([0, 500, 1000, 1800])) if j.amount > 5000 else 0.0
    gross = round(j.amount + cut, 2)
    n = rng.randrange(4, 30)
    inc = float(min(n * rng.choice([100, 150, 250]), round(gross * 0.4, -1)))
    p.pair("Basic + DA", rs(round(gross - inc, 2)))
    p.pair(f"Incentive: {n} {rng.choice(['deliveries', 'job cards'])}", rs(inc))
    p.pair("Gross", rs(gross))
    if cut:
        p.pair(rng.choice(["Less: PF", "Less: Advance recovered"]), rs(cut))
    p.pair(rng.choice(["Net salary paid", "Net payable", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY EMPLOYEE"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 8. RTO fees and the municipal trade licence


RTO_ORDER = ["vahan", "vahan", "imc", "vahan", "vahan", "imc", "vahan", "vahan"]
RTO_HEADS = [
    ("Registration fee", 300.0),
    ("Motor vehicle tax (BOV - exempt)", 0.0),
    ("HSRP fee", 365.0),
    ("Smart card fee", 200.0),
    ("Postal fee", 60.0),
]
IMC_HEADS = [
    ("Trade licence fee - automobile showroom", 7500.0),
    ("Sanitation charge", 1200.0),
    ("Late fee", 500.0),
]


def rto_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The registration fees the dealer pays at the RTO for its customers' scooters through VAHAN's dealer login (the
    authority on top: Transport Department, Madhya Pradesh or Regional Transport Office, Indore, the Government of
    Madhya Pradesh and VAHAN lines; Dealer name the company, Owner name, Application No., Registration No. / Temporary
    Reg. No., Chassis No., Fuel ELECTRIC(BOV), the heads x vehicles, Total amount paid / Grand total / Total fee
    deposited, Payment gateway SBIePay - Net banking / UPI / Debit card, Transaction No., Bank Ref. No., Receipt No.,
    Payment date / Receipt date / Transaction date; Payment successful - fee received / Transaction status: Success /
    Transaction pending - check status after 30 minutes / Transaction failed - fee not received by department) and
    Indore Municipal Corporation's trade licence page through e-Nagarpalika (the corporation on top, Name of licensee,
    Licence No., the heads, Amount paid, Transaction ID, Receipt No.)."""
    k = place("rto_fees")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = RTO_ORDER[k]
    if frame == "imc":
        p = browser_page(rng, font, f"enagarpalika.mp.gov.in/citizen/payment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Indore Municipal Corporation", "INDORE MUNICIPAL CORPORATION", "Nagar Palik Nigam Indore"]
        )
        top(p, name, merchant=name)
        p.add("small", "e-Nagarpalika  |  Urban Development & Housing Department, Govt. of M.P.")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Transaction status: Success"]})
        wrap_pair(p, "Name of licensee", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Licence No.", f"IMC/TL/{digits(rng, 6)}")
        p.pair("Zone / Ward", f"Zone {rng.randrange(1, 19)} / Ward {rng.randrange(1, 85)}")
        total = 0.0
        for head, fee in rng.sample(IMC_HEADS, rng.randrange(1, 3)):
            p.pair(head, rs(fee))
            total += fee
        j.amount = round(total, 2)
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            tid = f"ENP{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"IMC/{digits(rng, 8)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Transaction date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Display the trade licence at the premises.")
        return p.done()
    p = browser_page(rng, font, f"vahan.parivahan.gov.in/vahan/vahan/ui/dealer/receipt{digits(rng, 6)}.xhtml")
    p.part = "head"
    name = rng.choice(
        ["Transport Department, Madhya Pradesh", "Regional Transport Office, Indore", "RTO INDORE (MP09)"]
    )
    top(p, name, merchant=name)
    p.add("small", "Government of Madhya Pradesh  |  VAHAN 4.0 - Online Payment Receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful - fee received", "Transaction status: Success"],
            "pending": ["Transaction pending - check status after 30 minutes"],
            "failed": ["Transaction failed - fee not received by department"],
        },
    )
    wrap_pair(p, "Dealer name", rng.choice([COMPANY, COMPANY_CAPS]))
    n = rng.randrange(1, 4)
    if n == 1:
        wrap_pair(p, "Owner name", rng.choice(CUSTOMERS).split(". ")[1].upper())
        p.pair(
            "Application No.", f"MP{j.date:%y}{digits(rng, 8)}" if not j.no_day else f"MP{digits(rng, 10)}"
        )
        p.pair("Chassis No.", vin(rng))
        p.pair(
            rng.choice(["Registration No.", "Temporary Reg. No."]),
            f"MP09{code(rng, 2, UPPER)}{digits(rng, 4)}",
        )
    else:
        p.pair("Vehicles", f"{n} (new registration)")
    p.pair("Fuel", "ELECTRIC(BOV)")
    total = 0.0
    for head, fee in RTO_HEADS[: rng.randrange(3, 6)]:
        p.pair(f"{head} x {n}" if n > 1 else head, rs(fee * n))
        total += fee * n
    j.amount = round(total, 2)
    p.pair(
        rng.choice(["Total amount paid", "Grand total", "Total fee deposited"]), rs(j.amount), amount=j.amount
    )
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair(
        "Payment gateway",
        f"SBIePay - {way}",
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        tno = f"MP{digits(rng, 2)}{code(rng, 2, UPPER)}{digits(rng, 10)}"
        p.pair("Transaction No.", tno, txn=(TXN_RANK, tno))
        if status == "success":
            bref = f"{rng.choice(['IGAOB', 'CPAAX', 'SBIPG'])}{digits(rng, 9)}"
            p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"MP09{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Payment date", "Receipt date", "Transaction date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Fitment of HSRP is by the dealer. Print this receipt for the RTO record.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


INSURERS = [
    ("ICICI Lombard General Insurance Co. Ltd", "icicilombard.com"),
    ("Go Digit General Insurance Ltd", "godigit.com"),
    ("TATA AIG General Insurance Co. Ltd", "tataaig.com"),
    ("The New India Assurance Co. Ltd", "newindia.co.in"),
    ("HDFC ERGO General Insurance Co. Ltd", "hdfcergo.com"),
    ("SBI General Insurance Co. Ltd", "sbigeneral.in"),
    ("Go Digit General Insurance Ltd", "godigit.com"),
    ("ICICI Lombard General Insurance Co. Ltd", "icicilombard.com"),
]


def insurer_premiums(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Two-wheeler package policies the dealer buys for its customers at delivery: the insurers' premium receipts and
    payment acknowledgements (browser, e-mail: the insurer on top, PREMIUM RECEIPT / Payment acknowledgement, Insured
    / Proposer the customer, Intermediary / Dealer the company, Policy No., Proposal No., Vehicle, Period of insurance
    (1 yr OD + 5 yr TP), Own damage premium, Third party premium, Zero dep add-on, GST @ 18%, Total premium paid /
    Premium received / Amount paid, Payment mode, Transaction ref. No. / Payment ID, Bank Ref. No. / UPI Ref No.,
    Receipt No. / Premium receipt No., Receipt date / Payment date / Date of payment; Premium received - policy issued /
    Payment successful / Payment status: Awaiting confirmation from bank / Payment failed - policy not issued)."""
    k = place("insurer_premiums")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7)
    ins, host = INSURERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if k % 2 == 0:
        p = browser_page(rng, font, f"{rng.choice(['ipartner', 'agency', 'dealer'])}.{host}/premium/receipt")
    else:
        short = ins.split(" General")[0].split(" Assurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <noreply@{host}>",
            ["Premium receipt", "Payment acknowledgement - motor policy"],
        )
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", rng.choice(["Motor - Two Wheeler Package Policy", "Dealer channel - motor insurance"]))
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Payment acknowledgement"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium received - policy issued", "Payment successful"],
            "pending": ["Payment status: Awaiting confirmation from bank"],
            "failed": ["Payment failed - policy not issued"],
        },
    )
    wrap_pair(p, rng.choice(["Insured", "Proposer"]), rng.choice(CUSTOMERS))
    wrap_pair(p, rng.choice(["Intermediary", "Dealer"]), rng.choice([COMPANY, COMPANY_CAPS]))
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 4)}/{digits(rng, 8)}/{digits(rng, 2)}/000")
    p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    model = rng.choice(MODELS)[0]
    wrap_pair(p, "Vehicle", f"{model} (electric)")
    if not j.no_day:
        p.pair("Period of insurance", f"1 yr OD + 5 yr TP from {j.other_day(rng, 1, 4)}")
    od = round(rng.uniform(900, 2600), 2)
    tp = rng.choice([1780.0, 2466.0])
    p.pair("Own damage premium", rs(od))
    p.pair("Third party premium (5 yr)", rs(tp))
    zd = round(od * 0.3, 2) if rng.random() < 0.5 else 0.0
    if zd:
        p.pair("Zero dep add-on", rs(zd))
    gst = round((od + tp + zd) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(od + tp + zd + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    p.pair(
        rng.choice(["Total premium paid", "Premium received", "Amount paid"]), rs(j.amount), amount=j.amount
    )
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way])
    if not j.no_ref:
        pid = f"{rng.choice(['PG', 'TXN'])}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"{digits(rng, 10)}"
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Receipt date", "Payment date", "Date of payment"], PATS_IN)
    p.part = "foot"
    p.add("small", "Subject to realisation of premium. Insurance is the subject matter of solicitation.")
    return p.done()


# ---------------------------------------------------------------- 10. showroom and workshop card slips


COUNTERS = [
    ("MALWA E-MOTO WHEELS PVT LTD", "A B ROAD, INDORE"),
    ("MALWA E MOTO - WORKSHOP", "SANWER ROAD, INDORE"),
    ("MALWA EMOTO WHEELS", "VIJAY NAGAR, INDORE"),
    ("TATA POWER EZ CHARGE", "MR-10 ROAD, INDORE"),
    ("MALWA E-MOTO WHEELS PVT LTD", "SCHEME 54, INDORE"),
    ("INDORE AUTO SPARES CENTRE", "CHHAWNI, INDORE"),
    ("MALWA E MOTO - VIJAY NAGAR", "INDORE MP"),
    ("MALWA E-MOTO SANWER RD", "INDORE"),
]
TERMINALS = [
    "HDFC BANK",
    "PINE LABS",
    "ICICI BANK",
    "TATA POWER",
    "AXIS BANK",
    "MOSAMBEE",
    "WORLDLINE",
    "PAYTM EDC",
]


def showroom_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Customers' down payments and service bills on the showroom's and workshop's card terminals, and the dealer's
    own card at a charging point and a spares shop: terminal slips (monospace: the terminal's bank or brand on top on
    some, the counter's name and place in capitals, DATE: and TIME: or DT: and TM:, MID:, TID:, BATCH NO:, BILL NO: /
    INV NO:, STAN:, SALE / BRAND EMI SALE, CARD:, an EMI's TENURE:, INT RATE: and EMI AMT:, a charger's ENERGY
    (kWh):, APPR CODE: / AUTH CODE:, RRN: / REF NO:, SALE AMT: / TXN AMOUNT: / TOTAL:; APPROVED / TXN SUCCESSFUL /
    DECLINED - 55 INCORRECT PIN / NO RESPONSE FROM ISSUER - STATUS AWAITED)."""
    k = place("showroom_slips")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=900, high=95000)
    name, town = COUNTERS[k]
    if "TATA POWER" in name:
        j.amount = rupees(rng, 120, 900, 0.2)
    elif "SPARES" in name:
        j.amount = rupees(rng, 800, 14000, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or "TATA" in name:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    emi = j.amount > 30000 and rng.random() < 0.6 and status == "success"
    p.add("center", "BRAND EMI SALE" if emi else rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA CREDIT", "5": "MASTERCARD", "6": "RUPAY DEBIT"}[lead])
    if emi:
        months = rng.choice([6, 9, 12])
        p.pair("TENURE:", f"{months} MONTHS")
        p.pair("INT RATE:", rng.choice(["0.00% (NO COST)", "14.99% P.A."]))
        p.pair("EMI AMT:", f"{j.amount / months:,.2f}")
    if "TATA" in name:
        p.pair("ENERGY (kWh):", f"{j.amount / rng.uniform(18, 24):.2f}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["SALE AMT:", "TXN AMOUNT:", "TOTAL:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs '])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM ISSUER - STATUS AWAITED", status="pending")
        p.add("small", "PLEASE DO NOT RETRY - VERIFY WITH BANK")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, water, phone and broadband bills


BILLERS = [
    ("MPWZ", "M.P. Paschim Kshetra Vidyut Vitaran Co. Ltd", "IVRS No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Relationship No."),
    ("JioFiber", "Reliance Jio Infocomm Ltd", "Service ID"),
    ("Indore Municipal Corporation - Water", "Indore Municipal Corporation", "Connection No."),
]
BILL_APPS = [
    "HDFC Bank MobileBanking",
    "MPWZ",
    "PhonePe",
    "Google Pay",
    "iMobile Pay",
    "MPWZ",
    "Paytm",
    "Axis Mobile",
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's and workshop's electricity (MPWZ, the West discom serving Indore), water (Indore Municipal
    Corporation), postpaid phones (Airtel) and broadband (Airtel Xstream Fiber, JioFiber) through Bharat Connect in
    banking and UPI apps (the app on top, Biller / Biller name / Operator as printed, IVRS No. / Mobile No. /
    Relationship No. / Service ID / Connection No., Customer name, Bill date and Due date on some, the sum large, Paid
    from Current A/c or UPI, B-Connect Txn ID / BBPS Ref ID, UPI Ref No., Transaction ID on the failed one, Paid on /
    Transaction date & time; Bill payment successful / Paid / Payment pending at biller - will be updated within 48
    hours / Bill payment failed - amount will be refunded) and MPWZ's own quick pay receipt pages (the company on
    top, IVRS No., Circle, Distribution centre, Consumer name, Amount paid, Payment mode, Transaction ID, Receipt No.,
    Payment date)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=499, high=62000)
    which = [0, 0, 1, 4, 0, 0, 3, 2][k]
    short, long, idlab = BILLERS[which]
    if which in (1, 2, 3):
        j.amount = rupees(rng, 499, 4800, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 900, 6500, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "IVRS No.": f"N{digits(rng, 10)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Relationship No.": f"2{digits(rng, 11)}",
        "Service ID": digits(rng, 12),
        "Connection No.": f"W/{rng.randrange(1, 19):02d}/{digits(rng, 6)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "MPWZ":
        p = browser_page(rng, font, "resourceutils.mpwin.co.in/quickpay/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Quick Bill Payment  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
        p.pair(idlab, ids)
        p.pair("Circle", "Indore City")
        p.pair("Distribution centre", rng.choice(["Vijay Nagar DC", "Sanwer Road DC"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            tid = f"MPW{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"{digits(rng, 12)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "Payment will reflect in your account within 24 hours.")
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
            "success": ["Bill payment successful", "Paid"],
            "pending": ["Payment pending at biller - will be updated within 48 hours"],
            "failed": ["Bill payment failed - amount will be refunded"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in (1, 2, 3) else rng.choice(["Biller", "Biller name"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -8))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['HD', 'PP', 'GP', 'IC', 'AX'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["B-Connect Txn ID", "BBPS Ref ID"]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Transaction date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "VOLTTRIX LITHIUM PACK",
    "AHILYA HELMETS & ACC",
    "NARMADA ELECTRIC MOBI",
    "DEEPAK YADAV",
    "SHREE SAI CHARGERS &",
    "RTO INDORE VAHAN",
    "MALWA TYRE & TUBE AG",
    "GO DIGIT GENERAL INS",
]
SENDERS = {
    "HDFC Bank": "VM-HDFCBK",
    "ICICI Bank": "AD-ICICIT",
    "State Bank of India": "JM-SBIINB",
    "Axis Bank": "AX-AXISBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-HDFCBK / AD-ICICIT
    / JM-SBIINB / AX-AXISBK, the day divider, each bank's own wording: "Sent Rs.x From HDFC Bank A/C *1234 To <payee>
    On <day> Ref <ref>", "ICICI Bank Acct XX123 debited for Rs x on <day>; <payee> credited. UPI:<ref>", "your A/c
    X1234 debited by Rs.x on date <day> trf to <payee> Refno <ref>", "INR x debited A/c no. XX1234 <day> NEFT/<ref>/
    <payee>"; a UPI payment that "could NOT be processed" and one "is being PROCESSED - final status within 24 hrs")
    and two e-mail transaction alerts (Amount, Payee name / Beneficiary, Account number, Transaction type, UTR No. /
    IMPS Ref No., Transaction date, Transaction status: Debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=900, high=480000)
    bank = rng.choice(list(SENDERS))
    to = ALERT_PAYEES[k]
    if k == 3:
        j.amount = rupees(rng, 900, 38000)
    if k in (0, 4):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} InstaAlerts <alerts@{slug(bank).replace('bank', '')}.bank.in>",
            ["Transaction alert", "Debit alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made in your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Payee name", "Beneficiary"]), to, merchant=to)
        p.pair("Account number", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Transaction type", f"{way} - Net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Transaction status: Debited", status="success")
        p.part = "foot"
        p.add(
            "small",
            "If you did not do this transaction, call the 24x7 helpline or block net banking at once.",
        )
        return p.done()
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 900, 95000)
    else:
        way = (
            "UPI"
            if j.amount < 100000 and k in (3, 7)
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "HDFC Bank":
            p.add("left", f"Sent Rs.{amt} From HDFC Bank A/C *{tail}", amount=j.amount)
            p.add("left", f"To {to}{on} via {way}", merchant=to, method=method)
        elif bank == "ICICI Bank":
            p.add("left", f"ICICI Bank Acct XX{tail[1:]} debited for Rs {amt}{on};", amount=j.amount)
            p.add("left", f"{to} credited ({way}).", merchant=to, method=method)
        elif bank == "State Bank of India":
            p.add("left", f"Dear Customer, your A/c X{tail} debited by Rs.{amt}", amount=j.amount)
            p.add(
                "left",
                f"{'on date ' + day + ' ' if day else ''}{way} trf to {to}.",
                merchant=to,
                method=method,
            )
        else:
            p.add("left", f"INR {amt} debited from A/c no. XX{tail}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your UPI payment of Rs.{amt} from A/c XX{tail}{on}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
        word = {
            "failed": "could NOT be processed. Any amount debited will be reversed.",
            "pending": "is being PROCESSED - final status within 24 hrs. Do not retry.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2800000):,.2f}", status="success")
        p.add(
            "small", rng.choice(["Not you? Call 18002586161", "If not done by you, SMS BLOCK to 9215676766"])
        )
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

"""The twelve heldout195 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a houseboat and backwater cruise operator's day in 2026 (Punnamada Kayal Cruises Pvt
Ltd, its booking office at Finishing Point, Punnamada and its boatyard at Kainakary, Alappuzha), told by the proofs
of payment it receives and makes: domestic travel agents' supplier payment advices, booking platforms' payment
advices and payout pages, foreign tour operators' inward wires in euros, pounds and US dollars and a collection
platform's settlement e-mails, guests' UPI and payment pages, its own advance and booking receipts, boat builders',
marine engine, coir and solar suppliers' invoices, provision suppliers' invoices and the net-banking transfers to
them, crew bata and wage vouchers and payouts, the Maritime Board's, the Tourism Department's, the municipality's and
the Pollution Control Board's fee pages, diesel, jetty and market card slips, KSEB, water, phone and broadband bills
through Bharat Connect and KSEB's own receipt, and the bank's SMS and e-mail alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, check-in and cruise days, boats and packages, vouchers and bookings listed on an advice, commission, GST,
TCS and TDS lines, GSTIN, PAN, IFSC, BIC, IBAN, UETR, MID, TID, batch and trace numbers, hotel and property codes,
tour files, vessel registration, application, licence and consumer numbers, the maker and the authoriser and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``compose`` is heldout158's.
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

COMPANY = "Punnamada Kayal Cruises Pvt Ltd"
COMPANY_CAPS = "PUNNAMADA KAYAL CRUISES PVT LTD"
SHORT = "Kayal Cruises"
# unit, address, GST state code
UNITS = [
    ("Booking office", "Finishing Point Road, Punnamada, Alappuzha - 688006, Kerala", "32"),
    ("Boatyard", "Near Kainakary jetty, Kainakary, Alappuzha - 688501, Kerala", "32"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "Federal Bank",
    "South Indian Bank",
    "State Bank of India",
    "CSB Bank",
    "Canara Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Dhanlaxmi Bank",
]
IFSC = {
    "Federal Bank": "FDRL",
    "South Indian Bank": "SIBL",
    "State Bank of India": "SBIN",
    "CSB Bank": "CSBK",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Dhanlaxmi Bank": "DLXB",
}
BOATS = [
    "Kayal Rani - 2 bedroom A/C",
    "Kayal Kanya - 3 bedroom premium",
    "Punnamada Pearl - 1 bedroom honeymoon",
    "Vembanad Queen - 4 bedroom family",
    "Kayal Tharangam - day cruise (20 pax)",
    "Kuttanad Breeze - 2 bedroom deluxe",
]
CRUISES = [
    "Overnight - Punnamada, Kainakary, C Block, return",
    "Day cruise 11 am - 5 pm, Vembanad lake",
    "2 nights - Kumarakom and Kuttanad paddy fields",
    "Overnight - Pathiramanal island route",
    "Shikara ride 3 hrs - Kainakary canals",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Bill To / Applicant / Debit account: no fact)."""
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


def slug(bank: str) -> str:
    return "".join(w[0] for w in bank.split()).lower() if len(bank.split()) > 2 else bank.split()[0].lower()


RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


# ---------------------------------------------------------------- 1. domestic travel agents' payment advices


AGENTS = [
    ("Malabar Trails DMC Pvt Ltd", "accounts@malabartrails.in"),
    ("Southern Backwaters Holidays LLP", "payables@sbholidays.co.in"),
    ("Coromandel Leisure Travels", "finance@coromandelleisure.com"),
    ("Deccan Voyages Pvt Ltd", "ap@deccanvoyages.in"),
    ("Greenpalm Incentives & Events", "vendorpay@greenpalmincentives.com"),
    ("Kochi Gateway Tours", "accounts@kochigateway.in"),
]
AGENT_FRAMES = ["mail", "paper", "portal", "mail", "paper", "portal", "mail", "paper"]
GROUPS = [
    "Mr & Mrs Hoffmann x 2",
    "Sharma family x 6",
    "Infosys offsite group x 24",
    "Ms Claire Dubois + 1",
    "Reddy family x 4",
    "Honeymoon - Arjun & Meera",
    "Bank of Baroda staff tour x 18",
]


def agent_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Domestic travel agents and DMCs paying the company for the houseboat nights they booked for their guests: a
    SUPPLIER PAYMENT ADVICE e-mail, a printed PAYMENT INTIMATION - CRUISE SUPPLIER and an agent's supplier portal page
    (the agent on top, Service provider / Pay to / Supplier name the company, Supplier code, Tour file, Guest / group,
    Cruise date, the vouchers settled with their sums, Less: TDS u/s 194C @ 2%, Less: Short service - A/C not working,
    Net transferred / Amount credited / Net amount remitted, Mode NEFT / RTGS / IMPS, Credit to, UTR No. / UTR / IMPS
    Ref No., Payment advice No. / PA Ref. / Settlement No., Payment date / Settled on / Value date / Held on / Returned
    on; Payment status: Settled / Status: Paid / On hold - guest feedback awaited / Returned by bank - beneficiary
    account dormant)."""
    k = place("agent_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=18000, high=650000)
    agent, mail = AGENTS[(k + rng.randrange(3)) % len(AGENTS)]
    frame = AGENT_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{agent.split()[0]} Accounts <{mail}>",
            ["Supplier payment advice", f"Payment released - {SHORT}", "Remittance to service provider"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"partners.{mail.split('@')[1]}/payables/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, agent.upper() if frame == "paper" and rng.random() < 0.5 else agent)
    p.add("small", rng.choice(["Accounts Payable - Hotels & Cruises", "Supplier Payments Desk", "Finance"]))
    p.add(
        "center",
        rng.choice(["SUPPLIER PAYMENT ADVICE", "PAYMENT INTIMATION - CRUISE SUPPLIER", "Payment advice"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Service provider", "Pay to", "Supplier name"]), payee, merchant=payee)
    p.pair("Supplier code", f"SUP-{rng.choice(['HB', 'KER', 'ALP'])}-{digits(rng, 4)}")
    p.pair("Tour file", f"{agent[:3].upper()}/KER/{rng.randrange(1000, 9999)}")
    wrap_pair(p, "Guest / group", rng.choice(GROUPS))
    if not j.no_day:
        p.pair("Cruise date", j.other_day(rng, -30, -2))
    vouchers = [
        (f"HBV-{rng.randrange(1000, 9999)}", rupees(rng, 9000, 240000, 0.8))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Vouchers settled", "Service vouchers covered"]))
    for no, v in vouchers:
        p.pair(f"{no} ({rng.choice(BOATS).split(' - ')[1]})", rs(v))
    gross = sum(v for _, v in vouchers)
    tds = round(gross * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    short = float(rng.choice([1500, 2500, 4000])) if rng.random() < 0.35 else 0.0
    if short:
        p.pair("Less: Short service - A/C not working", rs(short))
    j.amount = round(gross - tds - short, 2)
    p.pair(
        rng.choice(["Net transferred", "Amount credited", "Net amount remitted"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS[:5])
    wrap_pair(p, "Credit to", f"{bank} A/c XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(
                "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref)
            )
        doc = f"{rng.choice(['PA', 'SP', 'ST'])}{j.date:%y}{digits(rng, 6)}"
        p.pair(rng.choice(["Payment advice No.", "PA Ref.", "Settlement No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Settled", "Status: Paid"],
            "pending": ["On hold - guest feedback awaited"],
            "failed": ["Returned by bank - beneficiary account dormant"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Settled on", "Value date"],
            "pending": ["Held on"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Computer generated advice, no signature required. Please quote the advice number in queries.",
    )
    return p.done()


# ---------------------------------------------------------------- 2. guests' UPI and payment pages


GUEST_APPS = ["Google Pay", "PhonePe", "FedMobile", "Paytm", "Razorpay", "BHIM", "WhatsApp", "CCAvenue"]
GUESTS = [
    "Anoop Menon",
    "Priya Raghunathan",
    "Rahul & Sneha Kapoor",
    "Fathima Beevi",
    "Daniel Whitmore",
    "Sanjay Kulkarni",
    "Dr. Lekshmi Nair",
    "Vikram Sethi",
]
GUEST_NOTES = [
    "Houseboat advance 2BR",
    "Balance - overnight cruise",
    "Day cruise 6 pax",
    "Shikara 3 hrs",
    "Honeymoon boat advance",
    "Kayal Rani booking",
    "Premium 3BR balance",
]


def guest_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Guests paying booking advances and balances: six UPI screens (Google Pay, PhonePe, FedMobile, Paytm, BHIM,
    WhatsApp: the company under Paid to / To / Sent to / Paying to, or WhatsApp's Payment to, its UPI ID, the sum
    large, UPI transaction ID / UPI Ref. No. / UTR, PhonePe's and Paytm's own Transaction ID on some, From / Debited
    from, Date & time / Paid on / Completed on) and its payment pages (Razorpay, a foreign guest's card in US dollars;
    CCAvenue: the company on top, Paid by / Customer the guest, Payment ID pay_..., Order No., Tracking ID, Bank Ref.
    No. or Auth code, Paid on / Order date; Payment successful / Order status: Success)."""
    k = place("guest_upi")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=1500, high=85000, p_round=0.8)
    app = GUEST_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "CCAvenue"):
        to = ours(rng)
        url = (
            f"pages.razorpay.com/kayalcruises-{code(rng, 4, LOWER)}"
            if app == "Razorpay"
            else f"secure.ccavenue.com/transaction/{code(rng, 6, LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Houseboats | Day cruises | Shikara", "Booking payment"]))
        p.add("rule")
        p.part = "body"
        if app == "CCAvenue":
            outcome_row(p, status, {"success": ["Order status: Success", "Payment successful"]})
        else:
            outcome_row(
                p, status, {"success": ["Payment successful", "Thank you! Your payment was successful"]}
            )
        way = "card" if app == "Razorpay" else rng.choice(["UPI", "card"])
        cur = "INR"
        if app == "Razorpay":
            cur = "USD"
            j.amount = float(rng.randrange(90, 900)) if rng.random() < 0.6 else round(rng.uniform(90, 900), 2)
        if cur == "USD":
            show = fx(rng, font, "USD")
            p.add("big", show(j.amount), amount=j.amount, cur="USD")
        else:
            p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), GUESTS[k])
        wrap_pair(p, rng.choice(["Payment for", "Purpose"]), rng.choice(GUEST_NOTES))
        p.pair(
            rng.choice(["Payment method", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                ono = f"KC{digits(rng, 8)}"
                p.pair("Order No.", ono, txn=(ORDER_RANK, ono))
                tid = digits(rng, 12)
                p.pair("Tracking ID", tid, txn=(TXN_RANK, tid))
            if way == "UPI":
                p.pair("Bank Ref. No." if app == "CCAvenue" else "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if app == "Razorpay" else "Secured by CCAvenue")
        return p.done()
    to = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "WhatsApp": "WhatsApp Payments"}.get(app, app))
    if app == "FedMobile":
        p.add("small", "Federal Bank")
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful", "Paid"],
            "failed": ["Payment failed - UPI PIN entered is incorrect"],
            "pending": ["Payment processing - check status after some time"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    if app == "WhatsApp":
        labels = ["Payment to"]
    else:
        labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"kayalcruises{rng.choice(['', '.alp', '1'])}@{rng.choice(['federal', 'okhdfcbank', 'ybl', 'paytm'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(GUEST_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref. No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the company's own booking receipts


LEAD_GUESTS = [
    "Mr. Harikrishnan P.",
    "Mrs. Anjana Iyer",
    "Mr. Thomas Kurian",
    "Ms. Sophie Laurent",
    "Mr. Naveen Reddy",
    "Mrs. Rukhsar Ahmed",
    "Mr. Joseph Mathew",
    "Mr. Gaurav Bansal",
]
RECEIPT_WAYS = ["UPI", "cash", "NEFT", "-", "card", "cash", "UPI", "-"]


def booking_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own ADVANCE RECEIPT / CRUISE BOOKING RECEIPT / RECEIPT VOUCHER to a guest (paper: the company on
    top with its Houseboats | Day cruises | Shikara line, address and GSTIN; Receipt No. / Rcpt. Sl. No. / Voucher
    No., Date / Dated / Receipt date, Guest name / Lead guest / Received from, Boat, Cruise, Check-in, Package tariff
    (incl. GST), Advance received / Amount received / Cash received / By UPI / By card / Cheque for / By NEFT,
    Balance payable at check-in, UPI Ref. No., UTR, card's Approval code, Cheque No. and bank; RECEIVED WITH THANKS /
    ADVANCE RECEIVED - BOOKING CONFIRMED / CHEQUE ACCEPTED - SUBJECT TO CLEARANCE / CHEQUE BOUNCED - RESERVATION
    RELEASED, the rubber stamp) and its reservations desk's receipt e-mails."""
    k = place("booking_receipts")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=3000, high=180000)
    unit = UNITS[0]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    if k in (2, 6):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Reservations <reservations@kayalcruises.in>",
            ["Your booking receipt", "Advance received - see you on board"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}, Punnamada  |  Reservations desk")
        p.add("center", "Booking receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Houseboats | Day cruises | Shikara | Approved by Kerala Tourism",
            unit[1],
            unit[2],
            ["ADVANCE RECEIPT", "CRUISE BOOKING RECEIPT", "RECEIPT VOUCHER"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['KC', 'AR', 'RV'])}/{rng.randrange(1, 2999):04d}/26-27"
        p.pair(rng.choice(["Receipt No.", "Rcpt. Sl. No.", "Voucher No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Guest name", "Lead guest", "Received from"]), LEAD_GUESTS[k])
    wrap_pair(p, "Boat", rng.choice(BOATS))
    wrap_pair(p, "Cruise", rng.choice(CRUISES))
    if not j.no_day:
        p.pair("Check-in", j.other_day(rng, 5, 90))
    way = "cheque" if status != "success" else RECEIPT_WAYS[k]
    if way in ("UPI", "cash", "card") and j.amount > 95000:
        j.amount = rupees(rng, 3000, 95000, 0.8)
    part = k in (0, 1, 4, 6) and status == "success"
    total = round(j.amount * rng.choice([2.0, 2.5, 4.0]), 2) if part else j.amount
    p.pair(rng.choice(["Package tariff (incl. GST)", "Total tariff"]), rs(total))
    lab = {
        "cash": "Cash received",
        "UPI": "By UPI",
        "card": "By card",
        "cheque": "Cheque for",
        "NEFT": rng.choice(["Advance received", "Amount received", "By NEFT"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "card": "card", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    p.pair(rng.choice(["Balance payable at check-in", "Balance due"]), rs(total - j.amount))
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
        "success": rng.choice(["RECEIVED WITH THANKS", "ADVANCE RECEIVED - BOOKING CONFIRMED"]),
        "pending": "CHEQUE ACCEPTED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE BOUNCED - RESERVATION RELEASED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Cancellation within 7 days of check-in: advance not refundable.")
    if k not in (2, 6):
        right(p, "For Kayal Cruises - Authorised signatory")
        p.add("gap")
        seal(p, "KAYAL CRUISES", "PUNNAMADA ALPY", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. booking platforms' payment advices and payouts


PLATFORM_ORDER = [
    "MakeMyTrip",
    "Booking.com",
    "Agoda",
    "MakeMyTrip",
    "Cleartrip",
    "Booking.com",
    "Agoda",
    "Yatra",
]
PLATFORMS = {
    "MakeMyTrip": ("MakeMyTrip (India) Pvt Ltd", "Hotel Payments <hotelpayments@go-mmt.com>", "mail"),
    "Booking.com": ("Booking.com", "admin.booking.com/hotel/finance/payouts", "browser"),
    "Agoda": ("Agoda Company Pte. Ltd.", "ycs.agoda.com/en-us/finance/remittances", "browser"),
    "Cleartrip": (
        "Cleartrip Pvt Ltd",
        "Cleartrip Supplier Payments <supplierpayments@cleartrip.com>",
        "mail",
    ),
    "Yatra": ("Yatra Online Ltd", "Yatra Hotel Accounts <hotelaccounts@yatra.com>", "mail"),
}


def platform_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Booking platforms paying the company for the nights their guests booked: MakeMyTrip's, Cleartrip's and Yatra's
    payment advice e-mails (the platform on top, Hotel name / Hotel / property the company, Hotel code, the booking
    IDs settled, Gross booking amount, Less: Commission, Less: GST on commission @ 18%, Less: GST TCS @ 0.5%, Less: TDS
    u/s 194-O @ 0.1%, Net payout / Net amount paid, Mode NEFT, UTR No., Payment advice No. / Payment reference No.,
    Payment date / Advice date; Payment status: Paid / Payment status: Scheduled - released in next payment cycle /
    Payment failed - bank account details invalid) and Booking.com's and Agoda's extranet payout pages (Property /
    Property name / Hotel the company, Property ID, Reservations, Payout amount / Remittance amount, Payout ID /
    Remittance ID, Bank reference, Payout date / Remittance date; Paid out / Remitted)."""
    k = place("platform_payouts")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=6000, high=420000)
    key = PLATFORM_ORDER[k]
    payer, where, frame = PLATFORMS[key]
    rs = money(rng, font, 0.3, marks=("INR ", "\u20b9", "Rs."))
    me = ours(rng)
    n = rng.randrange(1, 5)
    bookings = [rupees(rng, 5500, 95000, 0.3) for _ in range(n)]
    gross = round(sum(bookings), 2)
    if frame == "browser":
        p = browser_page(rng, font, f"{where}/{digits(rng, 8)}")
        p.part = "head"
        top(p, payer)
        p.add("small", "Extranet  |  Finance" if key == "Booking.com" else "YCS  |  Finance - Remittances")
        p.add("center", "Payout details" if key == "Booking.com" else "Remittance details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Paid out", "Payout sent"] if key == "Booking.com" else ["Remitted"]}
        )
        labels = ["Property", "Property name"] if key == "Booking.com" else ["Hotel", "Property"]
        wrap_pair(p, rng.choice(labels), me, merchant=me)
        p.pair("Property ID" if key == "Booking.com" else "Hotel ID", digits(rng, 7))
        p.pair("Reservations", str(n))
        comm = round(gross * rng.choice([0.15, 0.18]), 2)
        p.pair("Reservation amount", rs(gross))
        p.pair("Commission", f"- {rs(comm)}")
        chg = round(gross * 0.012, 2) if key == "Booking.com" else 0.0
        if chg:
            p.pair("Payments by Booking.com charge", f"- {rs(chg)}")
        j.amount = round(gross - comm - chg, 2)
        p.pair(
            "Payout amount" if key == "Booking.com" else "Remittance amount", rs(j.amount), amount=j.amount
        )
        p.pair("Bank account", f"{rng.choice(BANKS[:4])} A/c ****{digits(rng, 4)}", method="netbanking")
        if not j.no_ref:
            pid = f"{'PO' if key == 'Booking.com' else 'RM'}{digits(rng, 10)}"
            p.pair("Payout ID" if key == "Booking.com" else "Remittance ID", pid, txn=(TXN_RANK, pid))
            if rng.random() < 0.6:
                ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
                p.pair("Bank reference", ref, txn=(UTR_RANK, ref))
        date_row(
            p,
            j,
            ["Payout date"] if key == "Booking.com" else ["Remittance date", "Remitted on"],
            ["%d %b %Y"],
        )
        p.part = "foot"
        p.add("small", "Amounts are shown in the property's payout currency.")
        return p.done()
    p = mail_page(
        rng, font, where, ["Payment advice", f"Payment advice - {SHORT}", "Supplier payment status"]
    )
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Hotel payments team", "Supplier accounts"]))
    p.add("center", "PAYMENT ADVICE")
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Hotel name", "Hotel / property"]), me, merchant=me)
    p.pair("Hotel code", f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
    p.add("left", rng.choice(["Bookings settled", "Booking IDs"]))
    for v in bookings:
        p.pair(f"{code(rng, 2, UPPER)}{digits(rng, 9)}", rs(v))
    p.pair("Gross booking amount", rs(gross))
    comm = round(gross * rng.choice([0.15, 0.18, 0.2]), 2)
    p.pair("Less: Commission", rs(comm))
    p.pair("Less: GST on commission @ 18%", rs(round(comm * 0.18, 2)))
    base = gross / 1.12
    p.pair("Less: GST TCS @ 0.5%", rs(round(base * 0.005, 2)))
    p.pair("Less: TDS u/s 194-O @ 0.1%", rs(round(base * 0.001, 2)))
    j.amount = round(
        gross - comm - round(comm * 0.18, 2) - round(base * 0.005, 2) - round(base * 0.001, 2), 2
    )
    p.pair(rng.choice(["Net payout", "Net amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", "NEFT", method="netbanking")
    p.pair("Beneficiary account", f"{rng.choice(BANKS[:4])} XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
            p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
        if key == "Cleartrip":
            pref = f"CTP{digits(rng, 10)}"
            p.pair("Payment reference No.", pref, txn=(TXN_RANK, pref))
        else:
            adv = f"PA{digits(rng, 9)}"
            p.pair("Payment advice No.", adv, txn=(INVOICE_RANK, adv))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Paid"],
            "pending": ["Payment status: Scheduled - released in next payment cycle"],
            "failed": ["Payment failed - bank account details invalid"],
        },
    )
    date_row(p, j, ["Advice date"] if status == "pending" else ["Payment date", "Paid on"], PATS_IN)
    p.part = "foot"
    p.add("small", "Update your bank details in the partner extranet to avoid payment delays.")
    return p.done()


# ---------------------------------------------------------------- 5. foreign tour operators' inward wires


OPERATORS = [
    ("Indienreisen Wagner GmbH", "Munich, Germany", "EUR", "Stadtsparkasse Muenchen"),
    ("Saffron Road Journeys Ltd", "Bristol, United Kingdom", "GBP", "Lloyds Bank plc"),
    ("Monsoon Trails Inc", "Portland, OR, USA", "USD", "Wells Fargo Bank NA"),
    ("Voyages Kerala Passion SARL", "Bordeaux, France", "EUR", "Credit Agricole SA"),
    ("Blue Lagoon Asia Tours Ltd", "Manchester, United Kingdom", "GBP", "NatWest Bank plc"),
    ("Kanaal & Kayal Reizen BV", "Utrecht, Netherlands", "EUR", "ING Bank NV"),
    ("Spice Coast Expeditions LLC", "Austin, TX, USA", "USD", "JPMorgan Chase Bank NA"),
    ("Backwater Escapes Pty Ltd", "Melbourne, Australia", "USD", "Westpac Banking Corporation"),
]
WIRE_BANKS = [
    ("Federal Bank", "browser"),
    ("Skydo", "mail"),
    ("South Indian Bank", "paper"),
    ("State Bank of India", "mail"),
    ("Skydo", "mail"),
    ("HDFC Bank", "browser"),
    ("ICICI Bank", "paper"),
    ("Axis Bank", "mail"),
]


def operator_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Foreign tour operators paying for their groups' cruises in euros, pounds and US dollars: six banks'
    inward remittance advices (browser, e-mail, printed: the bank on top, Beneficiary name / Beneficiary (credit to)
    the company, Ordering customer / Remitter name, Remitting bank / Sender's correspondent, Amount (FCY) /
    Remittance amount / Instructed amount, Exchange rate, INR equivalent, Bank charges, Net INR credited, Purpose,
    IRM No. / Inward reference / Remittance ref., UETR, Value date / Credit date / Received on / Returned on;
    Credited to beneficiary account / Funds credited / Pending disposal - submit purpose declaration / Returned to
    remitting bank - account name mismatch) and two Skydo settlement e-mails (Skydo on top, Payer, Beneficiary the
    company, Amount received, Skydo fee, Exchange rate, Amount settled (INR), Transaction ID, Settlement UTR, Settled
    on)."""
    k = place("operator_wires")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    payer, city, cur, pbank = OPERATORS[k]
    j.amount = round(rng.uniform(900, 42000), 2) if rng.random() < 0.6 else float(rng.randrange(9, 420) * 100)
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if bank == "Skydo":
        p = mail_page(
            rng,
            font,
            "Skydo <payments@skydo.com>",
            [f"You've received a payment from {payer}", "Payment settled to your bank account"],
        )
        p.part = "head"
        top(p, "Skydo")
        p.add("small", "Cross-border payments for Indian businesses")
        p.add("rule")
        p.part = "body"
        p.add("center", rng.choice(["Payment received", "Settled to your account"]), status="success")
        wrap_pair(p, "Payer", f"{payer}, {city}")
        wrap_pair(p, "Beneficiary", me, merchant=me)
        p.pair("Amount received", show(j.amount), amount=j.amount, cur=cur)
        fee = float(rng.choice([19, 29, 35]))
        p.pair("Skydo fee", show(fee))
        p.pair("Exchange rate", f"1 {cur} = INR {rate}")
        p.pair("Amount settled (INR)", f"{round((j.amount - fee) * rate, 2):,.2f}")
        p.pair("Settled to", f"{rng.choice(BANKS[:3])} A/c XXXX{digits(rng, 4)}", method="netbanking")
        if not j.no_ref:
            tid = f"SKY{code(rng, 10, ALNUM)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            ref = bank_ref(rng, j, "Federal Bank", "NEFT")
            p.pair("Settlement UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Settled on"], ["{d} %B %Y", "%d %b %Y"])
        p.part = "foot"
        p.add("small", "Your e-FIRA for this payment is available on the Skydo dashboard.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.inward@{slug(bank)}.co.in>",
            ["Inward remittance advice", "Advice of inward foreign remittance"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}bank.in/inward/{code(rng, 9, ALNUM)}")
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small", rng.choice(["International Banking Division, Kochi", "Forex Cell - Alappuzha Main Branch"])
    )
    p.add("center", rng.choice(["Inward Remittance Advice", "Advice of inward foreign remittance (credit)"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to beneficiary account", "Funds credited"],
            "pending": ["Pending disposal - submit purpose declaration"],
            "failed": ["Returned to remitting bank - account name mismatch"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary (credit to)"]), me, merchant=me)
    p.pair("Account", f"XXXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Ordering customer", "Remitter name"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting bank", "Sender's correspondent"]), pbank)
    p.pair(
        rng.choice(["Amount (FCY)", "Remittance amount", "Instructed amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    inr = round(j.amount * rate, 2)
    ch = float(rng.choice([300, 500, 750]))
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Bank charges (incl. GST)", f"{ch:,.2f}")
    if status == "success":
        p.pair("Net INR credited", f"{inr - ch:,.2f}")
    wrap_pair(
        p, "Purpose", rng.choice(["Tour services - houseboat cruises", "Group tour - Kerala backwaters"])
    )
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW'])}{IFSC[bank]}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["IRM No.", "Inward reference", "Remittance ref."]), ref, txn=(BANK_RANK, ref))
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-9{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {"success": ["Value date", "Credit date"], "pending": ["Received on"], "failed": ["Returned on"]}[
            status
        ],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Quote the IRM number when you request the FIRC / e-BRC.")
    return p.done()


# ---------------------------------------------------------------- 6. boat builders' and marine suppliers' invoices


YARDS = [
    (
        "Sree Vinayaka Kettuvallam Builders",
        "Houseboat construction | Hull repairs | Thatching",
        "Kainakary, Alappuzha - 688501, Kerala",
        "32",
    ),
    (
        "Cochin Marine Engines & Spares",
        "Marine diesel engines | Gearboxes | Propellers",
        "Thevara Ferry Road, Kochi - 682013, Kerala",
        "32",
    ),
    (
        "Kuttanad Coir & Kaya Crafts",
        "Coir mats | Bamboo and kaya thatch | Upholstery",
        "Mannancherry, Alappuzha - 688538, Kerala",
        "32",
    ),
    (
        "Suryakanti Solar Marine",
        "Solar panels | Lithium batteries | Bio-toilets",
        "Peelamedu, Coimbatore - 641004, Tamil Nadu",
        "33",
    ),
]
YARD_ITEMS = {
    "Sree": [
        ("Hull re-planking, anjili wood (sq ft)", "SAC 998729", 850.0, 1250.0, 18),
        ("Annual dry-dock and caulking", "SAC 998729", 42000.0, 68000.0, 18),
    ],
    "Cochin": [
        ("Marine diesel engine 120 HP", "HSN 8408", 310000.0, 365000.0, 18),
        ("Reverse gearbox 2:1", "HSN 8483", 48000.0, 61000.0, 18),
        ("Bronze propeller 18 inch", "HSN 8487", 14500.0, 19800.0, 18),
    ],
    "Kuttanad": [
        ("Coir floor mat 6 x 4 ft", "HSN 5702", 1400.0, 2200.0, 5),
        ("Bamboo and kaya roof panel", "HSN 4601", 3200.0, 4800.0, 5),
    ],
    "Suryakanti": [
        ("Solar module 550 Wp", "HSN 8541", 14800.0, 17600.0, 12),
        ("LiFePO4 battery 5 kWh", "HSN 8507", 118000.0, 139000.0, 18),
    ],
}
YARD_WAYS = ["NEFT", "-", "-", "RTGS", "UPI", "IMPS", "-", "NEFT"]


def boatyard_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The boat builder at Kainakary, a marine engine dealer at Kochi, a coir and thatch maker in Kuttanad and a
    solar and battery supplier at Coimbatore billing the company (paper: the supplier on top, its line, address and
    GSTIN; Tax Invoice No. / Invoice Sl. No. / Bill No., Invoice date / Date of invoice, Details of receiver (billed
    to) / Billed to M/s the company, Place of supply, the vessel, the items with HSN / SAC and Qty x rate, Taxable
    value, CGST and SGST or IGST (5% on coir, 12% on solar modules, 18% else), Round off, Invoice total, Less: Advance
    paid on order and Balance received on some, then Amount received / Received vide bank transfer / Paid amount with
    its UTR, IMPS Ref No. or UPI Ref No., or Cheque received with Cheque No.; PAID / SETTLED / PAYMENT RECEIVED - THANK
    YOU / CHEQUE UNDER CLEARING / CHEQUE DISHONOURED - REFER TO DRAWER, in the supplier's rubber stamp too)."""
    k = place("boatyard_invoices")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4)
    maker, line, addr, state = YARDS[k % len(YARDS)]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE - PAID", "TAX INVOICE (ORIGINAL)"])
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in maker.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}/26-27"
        p.pair(rng.choice(["Tax Invoice No.", "Invoice Sl. No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date of invoice"], PATS_IN)
    ours_to(p, ["Details of receiver (billed to)", "Billed to"])
    p.pair("Place of supply", "Kerala (32)")
    wrap_pair(p, "Vessel", rng.choice(BOATS).split(" - ")[0])
    taxable = 0.0
    key = maker.split()[0]
    rates = set()
    for item, hsn, lo, hi, gst in rng.sample(YARD_ITEMS[key], rng.randrange(1, 3)):
        qty = 1 if lo > 40000 else rng.randrange(2, 14)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        rates.add(gst)
        p.add("left", f"{item}  {hsn}")
        p.pair(f"  {qty} x {rate:,.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, max(rates), state != "32")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = YARD_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "cheque" if status != "success" else "NEFT"
    if way in ("UPI", "IMPS") and total > 100000:
        way = "RTGS" if total >= 200000 else "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -3))
        p.pair("Less: Advance paid on order", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = "Balance received"
        else:
            lab = rng.choice(["Amount received", "Received vide bank transfer", "Paid amount"])
            if way == "UPI" and lab.startswith("Received vide"):
                lab = "Amount received"
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "SETTLED", "PAYMENT RECEIVED - THANK YOU"]),
        "pending": "CHEQUE UNDER CLEARING",
        "failed": "CHEQUE DISHONOURED - REFER TO DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Warranty as per manufacturer. Subject to Alappuzha jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. provision suppliers' invoices and transfers


SUPPLIERS = [
    ("Mullakkal Provision Stores", "Rice | Spices | Provisions - wholesale", "Mullakkal, Alappuzha"),
    ("Kuttanad Fresh Fish Traders", "Karimeen | Prawns | Crab - daily supply", "Kainakary jetty road"),
    ("Pazhavangadi Vegetables & Fruits", "Vegetables | Fruits | Banana leaves", "Pazhavangadi, Alappuzha"),
    ("Vembanad Aqua Drinking Water", "20 L jars | 1 L and 500 ml bottles", "Kalavoor, Alappuzha"),
]
SUPPLY_ITEMS = {
    "Mullakkal": [
        ("Matta rice (kg)", 52.0, 64.0),
        ("Coconut oil (L)", 210.0, 260.0),
        ("Spices kit", 900.0, 1400.0),
    ],
    "Kuttanad": [
        ("Karimeen (kg)", 520.0, 680.0),
        ("Tiger prawns (kg)", 540.0, 720.0),
        ("Mud crab (kg)", 700.0, 950.0),
    ],
    "Pazhavangadi": [
        ("Vegetables (kg)", 38.0, 72.0),
        ("Nendran banana (kg)", 55.0, 78.0),
        ("Pineapple (nos)", 45.0, 70.0),
    ],
    "Vembanad": [("20 L water jar", 35.0, 45.0), ("1 L bottle (case of 12)", 150.0, 190.0)],
}
SUPPLY_FRAMES = ["vyapar", "fednet", "vyapar", "sibernet", "vyapar", "fednet", "vyapar", "sibernet"]


def provision_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The galley's provisions (rice and spices, fish and prawns, vegetables and fruit, drinking water): the
    suppliers' Vyapar invoice pages (the supplier on top, Invoice No., Date, Bill To the company, the items, Total,
    Received, Balance, Payment type Cash / UPI / Bank transfer, UPI Ref. No. / UTR; Paid) and the company's
    corporate net banking's fund transfer status pages (FedNet Corporate, SIBerNet Corporate: Credit party / Beneficiary
    / Payee name, Debit account, Transaction amount / Amount, Transfer type NEFT / IMPS / RTGS, UTR number, Host
    reference No., Created by / Authorised by, Transaction date / Value date / Created on / Rejected on; Transaction
    completed successfully / Status: Executed / Awaiting authoriser approval / Rejected by beneficiary bank - invalid
    account number)."""
    k = place("provision_bills")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=2500, high=140000)
    sup, line, town = SUPPLIERS[(k // 2 + rng.randrange(2)) % len(SUPPLIERS)]
    frame = SUPPLY_FRAMES[k]
    rs = money(rng, font, 0.5)
    if frame == "vyapar":
        name = sup.upper() if rng.random() < 0.3 else sup
        if rng.random() < 0.5:
            p = browser_page(rng, font, f"vyaparapp.in/i/{code(rng, 10, ALNUM + LOWER)}")
        else:
            p = mail_page(
                rng, font, f"{sup} <invoices@vyaparapp.in>", [f"Invoice from {sup}", "Your bill - thank you"]
            )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("small", f"{town}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
        p.add("center", rng.choice(["Tax Invoice", "Bill of Supply"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            inv = str(rng.randrange(120, 2400))
            p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
        date_row(p, j, ["Date", "Invoice date"], PATS_IN)
        ours_to(p, ["Bill To"])
        total = 0.0
        key = sup.split()[0]
        for item, lo, hi in rng.sample(SUPPLY_ITEMS[key], rng.randrange(1, 3)):
            qty = rng.randrange(4, 60)
            rate = round(rng.uniform(lo, hi))
            total += qty * rate
            p.pair(f"{item}  {qty} x {rate:.2f}", rs(float(qty * rate)))
        j.amount = round(total, 2)
        p.pair("Total", rs(j.amount))
        p.pair("Received", rs(j.amount), amount=j.amount)
        p.pair("Balance", rs(0.0))
        way = rng.choice(["UPI", "Cash", "Bank transfer"])
        p.pair("Payment type", way, method={"UPI": "UPI", "Cash": "cash", "Bank transfer": "netbanking"}[way])
        if not j.no_ref and way == "UPI":
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_ref and way == "Bank transfer":
            ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.add("center", "Paid", status="success")
        p.part = "foot"
        p.add("small", "Thank you for doing business with us!  |  Made with Vyapar")
        return p.done()
    bank = "Federal Bank" if frame == "fednet" else "South Indian Bank"
    brand = "FedNet Corporate" if frame == "fednet" else "SIBerNet Corporate"
    host = "fednetbank.com/corp" if frame == "fednet" else "sibernet.southindianbank.com/corp"
    p = browser_page(rng, font, f"{host}/fundtransfer/status/{digits(rng, 8)}")
    p.part = "head"
    top(p, brand)
    p.add("small", bank)
    p.add("center", rng.choice(["Fund transfer - transaction status", "Transaction details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction completed successfully", "Status: Executed"],
            "pending": ["Awaiting authoriser approval"],
            "failed": ["Rejected by beneficiary bank - invalid account number"],
        },
    )
    who = sup.upper() if rng.random() < 0.4 else sup
    wrap_pair(p, rng.choice(["Credit party", "Beneficiary", "Payee name"]), who, merchant=who)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}  ({rng.choice(BANKS)})")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
    p.pair(rng.choice(["Transaction amount", "Amount"]), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair("Transfer type", way, method="netbanking")
    wrap_pair(p, "Remarks", f"{sup.split()[0]} supplies - {rng.choice(['Mar', 'Apr', 'week 2', 'galley'])}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair("UTR number", ref, txn=(UTR_RANK, ref))
        hr = f"{rng.choice(['FT', 'HR', 'S'])}{digits(rng, 11)}"
        p.pair("Host reference No.", hr, txn=(BANK_RANK, hr))
    p.pair("Created by / Authorised by", f"KCACCTS01 / {'-' if status == 'pending' else 'KCDIRECTOR'}")
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Value date"],
            "pending": ["Created on"],
            "failed": ["Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Rejected amounts are credited back to the debit account.")
    return p.done()


# ---------------------------------------------------------------- 8. crew bata, wages and payouts


CREW = [
    ("Sasidharan K.", "Serang (driver)"),
    ("Rajappan P. K.", "Lascar"),
    ("Biju Thomas", "Engine driver"),
    ("Shaji Varghese", "Cook"),
    ("Anil Kumar M.", "Lascar"),
    ("Jomon Joseph", "Serang (driver)"),
    ("Sudheesh V. S.", "Cook's helper"),
    ("Mohanan N.", "Shikara oarsman"),
]
CREW_FRAMES = ["razorpayx", "paper", "gpay", "bulk", "razorpayx", "paper", "paper", "bulk"]


def crew_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its boats' crew (serangs, engine drivers, lascars, cooks, the shikara oarsman): its printed
    CREW BATA & WAGES VOUCHER / PAYMENT VOUCHER - CREW / DEBIT VOUCHER (the company on top, Voucher No. / Dr. Vr. No.,
    Date, Name of crew member / Paid to (crew) / Pay to the crew member, Designation, Vessel, Trips x bata, Gross,
    Less: Advance / Less: Mess deduction, Net bata paid / Net amount paid, Mode Cash / UPI / IMPS, Receiver's
    signature; PAID / PAID - RECEIVED IN FULL), RazorpayX's payout pages (RazorpayX on top, Contact the crew member,
    Fund account, Mode, Purpose, Payout ID pout_..., UTR, Created at / Processed at; Processed / Processing /
    Reversed), a bank's bulk upload record (Beneficiary name, Amount, UTR, Batch No.; Credited to beneficiary) and
    Google Pay."""
    k = place("crew_wages")
    status = outcome(k, failed=(0,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1200, high=38000, p_round=0.9)
    who, role = CREW[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = CREW_FRAMES[k]
    if frame == "razorpayx":
        p = browser_page(rng, font, "x.razorpay.com/payouts")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", "Payouts  |  Payout details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Processed"], "pending": ["Processing"], "failed": ["Reversed"]})
        if status == "failed":
            p.add(
                "small",
                "Reason: beneficiary bank rejected - account closed. Amount returned to your balance.",
            )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Contact", who, merchant=who)
        p.pair("Fund account", f"{rng.choice(BANKS)} XXXX{digits(rng, 4)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["salary", "payout", "bata"]))
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Created at"] if status != "success" else ["Processed at"], hour=True)
        p.part = "foot"
        p.add("small", "Payouts are processed from your RazorpayX current account.")
        return p.done()
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
        p.add("small", f"{who.split()[0].lower()}{digits(rng, 2)}@okaxis", method="UPI")
        p.pair("Note", f"Bata - {role.split(' (')[0]}")
        if not j.no_ref:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    if frame == "bulk":
        bank = rng.choice(["Federal Bank", "South Indian Bank"])
        p = browser_page(
            rng,
            font,
            f"{'fednetbank.com' if bank == 'Federal Bank' else 'sibernet.southindianbank.com'}/bulk",
        )
        p.part = "head"
        top(p, "FedNet Corporate" if bank == "Federal Bank" else "SIBerNet Corporate")
        p.add("small", f"{bank}  |  Bulk upload - record view")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Credited to beneficiary", "Record status: Success"]})
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "IMPS", method="netbanking")
        p.pair("Batch No.", f"CREW{digits(rng, 7)}")
        if not j.no_ref:
            p.pair(rng.choice(["UTR", "IMPS Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Processed on", "Value date"], hour=rng.random() < 0.5)
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
        ["CREW BATA & WAGES VOUCHER", "PAYMENT VOUCHER - CREW", "DEBIT VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['CBV', 'DV', 'PV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Dr. Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Name of crew member", "Paid to (crew)", "Pay to"]), who, merchant=who)
    p.pair("Designation", role)
    wrap_pair(p, "Vessel", rng.choice(BOATS).split(" - ")[0])
    way = "Cash" if k == 1 else rng.choice(["UPI", "IMPS"])
    if way == "Cash" and j.amount > 15000:
        j.amount = rupees(rng, 1200, 15000, 0.9)
    cut = float(rng.choice([0, 300, 500, 1000])) if j.amount > 4000 else 0.0
    gross = round(j.amount + cut, 2)
    n = rng.randrange(3, 12)
    p.pair(f"Trips: {n} x bata", rs(gross))
    p.pair("Gross", rs(gross))
    if cut:
        p.pair(rng.choice(["Less: Advance", "Less: Mess deduction"]), rs(cut))
    p.pair(rng.choice(["Net bata paid", "Net amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED IN FULL"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 9. maritime board, tourism, municipal and PCB fees


AUTHORITIES = [
    (
        "Kerala Maritime Board",
        "Port Office, Alappuzha - inland vessel survey and registration",
        "kmb.kerala.gov.in/epay",
    ),
    ("Alappuzha Municipality", "K-SMART - D&O and trade licence", "ksmart.lsgkerala.gov.in/payment"),
    (
        "Department of Tourism",
        "Houseboat classification (Gold / Silver Star) - fee",
        "keralatourism.gov.in/approval",
    ),
    (
        "Kerala State Pollution Control Board",
        "Consent to Operate - houseboat (OCMMS)",
        "kspcb.kerala.gov.in/ocmms",
    ),
]
AUTHORITY_HEADS = {
    0: [
        ("Annual survey fee - houseboat", 6500.0),
        ("Registration renewal fee", 2000.0),
        ("Certificate of survey", 500.0),
    ],
    1: [
        ("D&O licence fee - renewal", 3500.0),
        ("Trade licence - tourism boat", 1250.0),
        ("Professional tax", 1250.0),
    ],
    2: [("Classification fee - Gold Star", 7500.0), ("Inspection fee", 2500.0)],
    3: [("Consent to Operate fee (per year)", 5000.0), ("Application processing fee", 1000.0)],
}
AUTHORITY_ORDER = [0, 2, 1, 1, 0, 3, 3, 2]
VESSELS = ["KAYAL RANI", "KAYAL KANYA", "PUNNAMADA PEARL", "VEMBANAD QUEEN", "KUTTANAD BREEZE"]


def licence_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The licences the boats and the company need: the Kerala Maritime Board's annual survey and registration fee
    and the Tourism Department's classification fee (through e-Treasury Kerala), Alappuzha Municipality's D&O and
    trade licence through K-SMART and the Pollution Control Board's Consent to Operate fee (OCMMS) (the authority on
    top with its service line, Government of Kerala on some, Owner / applicant / Name of licensee / Applicant the
    company, Vessel and Inland vessel Reg. No., Application No. / Licence No. / Consent application No., the heads x
    boats, Total amount remitted / Amount paid / Total fee, Paid through e-Treasury Kerala - Net banking / UPI / Debit
    card, GRN and Bank Ref. No., Transaction ID and Receipt No., Transaction ref. No. and Challan No., Date of
    remittance / Payment date / Transaction date; Remittance successful / Payment successful / Pending - status will
    be updated after bank confirmation / Payment unsuccessful - transaction cancelled at bank)."""
    k = place("licence_fees")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    which = AUTHORITY_ORDER[k]
    agency, line, host = AUTHORITIES[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(
        rng, font, f"{host}/{rng.choice(['receipt', 'status', 'acknowledgement'])}/{digits(rng, 8)}"
    )
    p.part = "head"
    name = agency.upper() if rng.random() < 0.25 else agency
    top(p, name, merchant=name)
    p.add("small", line)
    if which in (0, 2):
        p.add("small", "Government of Kerala")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Remittance successful", "Payment successful"],
            "pending": ["Pending - status will be updated after bank confirmation"],
            "failed": ["Payment unsuccessful - transaction cancelled at bank"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Owner / applicant", "Name of licensee", "Applicant"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    boats = rng.sample(VESSELS, rng.randrange(1, 3)) if which in (0, 2) else []
    if boats:
        wrap_pair(p, "Vessel", ", ".join(boats))
        p.pair("Inland vessel Reg. No.", f"KIV/ALP/{rng.randrange(2012, 2024)}/{digits(rng, 3)}")
    idlab = {0: "Application No.", 1: "Licence No.", 2: "Application No.", 3: "Consent application No."}[
        which
    ]
    p.pair(idlab, f"{['KMB/ALP', 'ALPMC/DO', 'DOT/HB', 'KSPCB/CTO'][which]}/{digits(rng, 6)}")
    total = 0.0
    for head, fee in rng.sample(AUTHORITY_HEADS[which], rng.randrange(1, 3)):
        n = len(boats) if boats else 1
        p.pair(f"{head} x {n}" if n > 1 else head, rs(fee * n))
        total += fee * n
    j.amount = round(total, 2)
    p.pair(rng.choice(["Total amount remitted", "Amount paid", "Total fee"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    text = f"e-Treasury Kerala - {way}" if which in (0, 2) else way
    p.pair(
        rng.choice(["Paid through", "Payment mode"]),
        text,
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if which in (0, 2):
            grn = f"KL{j.date:%y}{digits(rng, 10)}" if not j.no_day else f"KL{digits(rng, 12)}"
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
            if status == "success":
                bref = f"{rng.choice(['IGARQ', 'CPAEJ', 'SBIEP'])}{digits(rng, 9)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        elif which == 1:
            tid = f"KSM{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"ALPMC/{digits(rng, 7)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        else:
            tid = f"OCM{digits(rng, 11)}"
            p.pair("Transaction ref. No.", tid, txn=(TXN_RANK, tid))
            cno = f"CH/{digits(rng, 8)}"
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
    date_row(p, j, ["Date of remittance", "Payment date", "Transaction date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add(
        "small",
        "Keep a copy of this receipt on board for inspection."
        if which in (0, 2)
        else "The licence / consent will be issued after verification.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. diesel, jetty and market card slips


COUNTERS = [
    ("INDIANOIL - KAYAL FUELS", "BOAT JETTY ROAD, ALAPPUZHA"),
    ("BPCL - PUNNAMADA FUELS", "FINISHING POINT, ALAPPUZHA"),
    ("HP - ALAPPUZHA BYPASS COCO", "KOMMADY, ALAPPUZHA"),
    ("DTPC BOAT JETTY - BERTHING", "ALAPPUZHA"),
    ("SUPPLYCO HYPERMARKET", "MULLAKKAL, ALAPPUZHA"),
    ("MATSYAFED FISH MART", "KALARCODE, ALAPPUZHA"),
    ("KAINAKARY MARINE SERVICE STN", "KAINAKARY"),
    ("NAYARA - KUTTANAD FUELS", "MANKOMBU"),
]
TERMINALS = [
    "FEDERAL BANK",
    "PINE LABS",
    "HDFC BANK",
    "WORLDLINE",
    "SBI",
    "PAYTM EDC",
    "EZETAP",
    "INNOVITI",
]


def jetty_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The boats' diesel at the jetty pumps and the highway outlets, the DTPC jetty's berthing fee, the galley's
    shopping at Supplyco and Matsyafed and the marine service station, on the company's debit card: terminal slips
    (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals, DATE/TIME: or
    DATE: and TIME:, MID:, TID:, BATCH:, INVOICE:, TRACE NO:, SALE, CARD:, a fuel slip's PRODUCT:, RATE(Rs/L):,
    QTY(L): and BOAT / VEH:, AUTH NO: / APPR CODE:, REF NO: / RRN:, TXN AMT: / NET AMOUNT: / AMOUNT:; APPROVED /
    TRANSACTION APPROVED / DECLINED - 51 INSUFFICIENT FUNDS / HOST TIMEOUT - STATUS AWAITED)."""
    k = place("jetty_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=350, high=16000)
    name, town = COUNTERS[k]
    fuel = any(w in name for w in ("INDIANOIL", "BPCL", "HP -", "NAYARA"))
    if "DTPC" in name:
        j.amount = float(rng.choice([300, 500, 750, 1000]))
    elif fuel:
        j.amount = rupees(rng, 2500, 16000, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
        else:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair("INVOICE:", inv, txn=(INVOICE_RANK, inv))
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA DEBIT", "5": "MASTERCARD BUSINESS", "6": "RUPAY DEBIT"}[lead])
    if fuel:
        rate = round(rng.uniform(93.5, 98.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "HIGH SPEED DIESEL"]))
        p.pair("RATE(Rs/L):", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
        p.pair(rng.choice(["BOAT:", "VEH:"]), rng.choice(VESSELS))
    if "DTPC" in name:
        p.pair("ITEM:", rng.choice(["BERTHING 1 NIGHT", "JETTY ENTRY - HOUSEBOAT"]))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH NO:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["REF NO:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["TXN AMT:", "NET AMOUNT:", "AMOUNT:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs '])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "HOST TIMEOUT - STATUS AWAITED", status="pending")
        p.add("small", "DO NOT RETRY - CHECK WITH YOUR BANK")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. KSEB, water, phone and broadband bills


BILLERS = [
    ("KSEB", "Kerala State Electricity Board Ltd", "Consumer No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Kerala Vision Broadband", "Kerala Communicators Cable Ltd", "Subscriber ID"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Kerala Water Authority", "Kerala Water Authority", "Consumer ID"),
]
BILL_APPS = ["FedMobile", "KSEB", "Google Pay", "PhonePe", "FedNet Corporate", "KSEB", "Paytm", "BHIM"]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The booking office's and boatyard's electricity (KSEB), water (Kerala Water Authority), landline (BSNL),
    broadband (Kerala Vision) and the crew's postpaid phones (Vi) through Bharat Connect in FedMobile, FedNet
    Corporate and UPI apps (the app on top, Biller / Service provider / Operator as printed, Consumer No. / Account
    No. / Subscriber ID / Mobile No. / Consumer ID, Customer name, Due date on some, the sum large, Paid
    from Current A/c or UPI, Bharat Connect ID / Bharat Connect Txn Ref., UPI Ref. No., Transaction ID on the failed
    one, Paid on / Date & time; Payment successful / Bill paid / Bill payment in progress - awaiting biller
    confirmation / Payment failed - refund in 3-5 working days) and KSEB's own Quick Pay receipt pages (the board on
    top, Consumer No., Section, Consumer name, Amount paid, Payment mode, Transaction ID, Receipt No., Payment
    date)."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=399, high=46000)
    which = [0, 0, 4, 3, 0, 0, 2, 1][k]
    short, long, idlab = BILLERS[which]
    if which in (1, 2, 3):
        j.amount = rupees(rng, 399, 4800, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"11{digits(rng, 3)}{digits(rng, 8)}",
        "Account No.": digits(rng, 10),
        "Subscriber ID": f"KV{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Consumer ID": f"{digits(rng, 4)}/{digits(rng, 5)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "KSEB":
        p = browser_page(rng, font, "wss.kseb.in/selfservices/quickpay/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Quick Pay  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Status: Success"]})
        p.pair(idlab, ids)
        p.pair(
            "Section", rng.choice(["Electrical Section, Alappuzha North", "Electrical Section, Kainakary"])
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            tid = f"KSEB{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"{digits(rng, 4)}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will be updated in your consumer account within 24 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    if app.startswith("Fed"):
        p.add("small", "Federal Bank  |  Bharat Connect")
    else:
        p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Bill paid"],
            "pending": ["Bill payment in progress - awaiting biller confirmation"],
            "failed": ["Payment failed - refund in 3-5 working days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in (1, 3) else rng.choice(["Biller", "Service provider"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "BHIM") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['FB', 'PP', 'GP'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect ID", "Bharat Connect Txn Ref."]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "KUTTANAD FRESH FISH T",
    "SREE VINAYAKA KETTUV",
    "COCHIN MARINE ENGINE",
    "SASIDHARAN K",
    "MULLAKKAL PROVISION",
    "KERALA MARITIME BOAR",
    "VEMBANAD AQUA DRINKI",
    "SURYAKANTI SOLAR MAR",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-FEDBNK / AX-SIBSMS /
    JM-SBIINB / AD-CANBNK, the day divider, "Your A/c XX1234 is debited with INR x on <day> towards NEFT / RTGS /
    IMPS / UPI to <payee as the bank names it>", the reference, Avl Bal; a UPI payment that "was UNSUCCESSFUL" and
    one "AWAITING confirmation from the beneficiary bank") and two e-mail transaction alerts (Amount, Beneficiary
    name, Account number, Transaction type, UTR No. / IMPS Ref No., Date, Status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=900, high=480000)
    bank = rng.choice(["Federal Bank", "South Indian Bank", "State Bank of India", "Canara Bank"])
    to = ALERT_PAYEES[k]
    if k == 3:
        j.amount = rupees(rng, 900, 38000)
    if k in (0, 5):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}.bank.in>",
            ["Transaction alert", "Debit alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a debit has been made in your account as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Beneficiary name", to, merchant=to)
        p.pair("Account number", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Transaction type", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Successful", status="success")
        p.part = "foot"
        p.add("small", "Not done by you? Call the 24x7 helpline or block your net banking at once.")
        return p.done()
    sender = {
        "Federal Bank": "VM-FEDBNK",
        "South Indian Bank": "AX-SIBSMS",
        "State Bank of India": "JM-SBIINB",
        "Canara Bank": "AD-CANBNK",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 900, 95000)
    else:
        way = (
            "UPI"
            if j.amount < 100000 and k in (3, 6)
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
    amt = f"{rng.choice(['INR ', 'Rs.', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])}"
    method = "UPI" if way == "UPI" else "netbanking"
    if status == "success":
        p.add("left", f"Your {acc} is debited with {amt}{day}", amount=j.amount)
        p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your UPI payment of {amt} from {acc}{day}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
    word = {
        "success": f"Avl Bal INR {rupees(rng, 25000, 2800000):,.2f}",
        "failed": "was UNSUCCESSFUL. Amount, if debited, will be reversed.",
        "pending": "is AWAITING confirmation from the beneficiary bank. Do not retry.",
    }[status]
    if status != "success":
        p.add("left", word, status=status)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

"""The twelve heldout260 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an Aranmula metal mirror (kannadi) and bell-metal lamp house's day in 2026 in
Pathanamthitta district, Kerala (Pampa Kannadi & Ottu Works Pvt Ltd, its mirror workshop at Vadakke Nada,
Aranmula, Pampa Kannadi Pura, where the mirror alloy of copper and tin is cast in clay moulds from the
Aranmula paddy fields and each mirror is polished by hand for days, the casters and polishers are paid by the
mirror and the workshop re-polishes old mirrors for antique dealers by the inch; its bell-metal foundry at
Kidangannur, Pampa Ottuvilakku Shala, where nilavilakku, thookkuvilakku, uruli and kindi are cast in bell
metal and sold by the kilo, the moulders are paid by the kilo cast and the dross and polishing sludge go by
weight to a Kumbakonam refiner; and its showroom at East Nada, Aranmula, Pampa Kannadi Sadanam, which takes
wedding orders for the vivaha set of lamps, kindi and valkannadi and keeps a stall at the Onam trade fair at
Pathanamthitta), told by the proofs of payment it receives and makes: devotees', tourists', hotels' and shops'
UPI screens and the web shop's Cashfree and Instamojo pages, Kairali's (the Handicrafts Development
Corporation of Kerala's), the Travancore Devaswom Board's, Poompuhar's (the Tamil Nadu Handicrafts Development
Corporation's), a Kochi gift house's, a Kumarakom resort group's, a Bengaluru e-shop's, a Chennai gallery's
and a Mumbai interiors firm's payment advices, importers' inward wires from Dubai, Muscat, Doha, London,
Zurich, Singapore, Paris and Houston in dirhams, Omani rials (three decimals), riyals, pounds, Swiss francs
(apostrophes between the thousands), Singapore dollars, euros (the French way, spaces and a decimal comma) and
US dollars (the raw SWIFT field 32A on two), its own bills, the copper, tin, frames, abrasives and boxes
suppliers' tax invoices, the corporate net-banking transfers, the casters', polishers' and moulders' wage
slips, Cashfree payouts and a PhonePe and a Google Pay transfer to the helpers, the Grama Panchayat's, the
Pollution Control Board's, EPFO's, the Geographical Indications Registry's, the Labour Department's, the Motor
Vehicles Department's, ESIC's and Legal Metrology's fee pages, the insurers' premium receipts, card terminal
slips, KSEB's power and the fibre, postpaid, DTH and cooking gas bills and the banks' SMS and e-mail alerts.
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, the unit lines, bills listed on an advice (their numbers and days),
vendor codes, purchase, work order and inspection numbers, receipt-note numbers, pieces, inches, kilos, rates,
cuts, GST-TDS and TDS, advances, old metal taken in exchange, casting faults, GST lines, rupee values on the
wires, conversion rates, correspondent banks, airway bill and shipping bill numbers and their days, sums
insured, turnovers, lives, wages and limits, cover periods, balances, due days, bill days, bill periods, wage
months, GSTIN, IFSC, UETR, the sender's references, licence, consent, establishment, registration, GI, policy,
renewal notice, proposal, account, consumer, subscriber, LPG and mobile numbers, worker IDs, mould numbers,
LR, docket, AWB and e-way bill numbers, merchant and terminal IDs, batch and trace numbers, room, KOT, pump
and vehicle numbers, makers and checkers and the payer's own details carry no fact. ``Job``, ``date_row`` and
``letterhead`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's;
``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row``
heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked``
and ``money`` heldout118's; ``Screen`` heldout113's; ``sign`` heldout93's; ``num`` heldout82's; ``compose`` is
heldout158's (as heldout259's)."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, letterhead
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
LOWER = "abcdefghijkmnpqrstuvwxyz"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"

COMPANY = "Pampa Kannadi & Ottu Works Pvt Ltd"
COMPANY_CAPS = "PAMPA KANNADI & OTTU WORKS PVT LTD"
SHORT = "Pampa Kannadi"
SHED = "Pampa Kannadi Pura"
FOUNDRY = "Pampa Ottuvilakku Shala"
SHOWROOM = "Pampa Kannadi Sadanam"
# unit, address, GST state code
UNITS = {
    "shed": (
        "Aranmula metal mirror workshop - casting, polishing and re-polishing",
        "Vadakke Nada, Aranmula, Pathanamthitta - 689533, Kerala",
        "32",
    ),
    "foundry": (
        "Bell-metal lamp and vessel foundry",
        "Kidangannur P.O., Pathanamthitta - 689514, Kerala",
        "32",
    ),
    "showroom": (
        "Aranmula kannadi, nilavilakku and vivaha sets - retail and wedding orders",
        "East Nada, Aranmula, Pathanamthitta - 689533, Kerala",
        "32",
    ),
}
PATS_IN = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "{d}.{m}.%Y",
    "%d %b %Y",
    "%d-%b-%y",
    "{d}/{m}/%y",
    "%d.%m.%y",
    "{d} %B, %Y",
    "%d %b, %Y",
]
WIRE_PATS = ["%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "{d} %B %Y", "%d-%b-%Y", "%b {d}, %Y", "%d/%m/%Y", "%d%b%Y"]
BANKS = [
    "State Bank of India",
    "Federal Bank",
    "South Indian Bank",
    "Canara Bank",
    "CSB Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kerala Gramin Bank",
    "Dhanlaxmi Bank",
    "Indian Overseas Bank",
    "Kerala State Co-operative Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Federal Bank": "FDRL",
    "South Indian Bank": "SIBL",
    "Canara Bank": "CNRB",
    "CSB Bank": "CSBK",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kerala Gramin Bank": "KLGB",
    "Dhanlaxmi Bank": "DLXB",
    "Indian Overseas Bank": "IOBA",
    "Kerala State Co-operative Bank": "KSBK",
    "Kotak Mahindra Bank": "KKBK",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "Federal Bank": "federalbank.co.in",
    "South Indian Bank": "southindianbank.bank.in",
    "Canara Bank": "canarabank.bank.in",
    "CSB Bank": "csb.co.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
}
MIRROR_SIZES = [
    ("2 inch, round, brass frame", 2400, 3600),
    ("4 inch, oval, on a stand", 3800, 6800),
    ("6 inch, valkannadi (with handle)", 7200, 12500),
    ("8 inch, Gajamukham frame", 11000, 19500),
    ("10 inch, Ashtamangalyam frame", 16500, 28000),
]
LAMPS = [
    ("Nilavilakku, 5 thiri, 24 in", 2650, 3150),
    ("Thookkuvilakku (hanging lamp), 7 tier", 2450, 2950),
    ("Kuthuvilakku, 18 in", 2550, 3050),
    ("Uruli, 16 in, plain rim", 2300, 2800),
    ("Kindi, spouted, 1.5 l", 2400, 2900),
]

# the Onam trade fair at Pathanamthitta, 2026: its first day and the six after it
FAIR_START = dt.date(2026, 8, 20)


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def day_pair(p: Screen, j: Job, labels: list[str], pats: list[str], *, upper: bool = False) -> None:
    """The payment's day under one of ``labels`` (capitals on some), none on the page that prints no day."""
    if j.no_day:
        return
    rng = p.rng
    text = when_in(j, pats, rng)
    wrap_pair(p, rng.choice(labels), text.upper() if upper else text, date=j.date)


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party on a supplier's paper (the buyer billed: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def iec(rng: random.Random) -> str:
    """An importer-exporter code (the company's PAN): never an id."""
    return f"AAH{rng.choice('CF')}P{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def hour_day(rng: random.Random, day: dt.date) -> str:
    """A screen's day and hour with no label: the day first, the hour first, or the weekday and the day with
    the hour after a dash (14 Oct 2026 | 04:12 PM, 4:12 pm on Wed, 14 Oct 2026, Wed 14 Oct 2026 - 4:12 PM)."""
    pats = ["%d %b %Y", "{d} %B %Y", "%a, {d} %b %Y", f"{{d}}/{day.month}/%Y"]
    text = when(day, rng.choice(pats))
    hour = hhmm(rng, lower=rng.random() < 0.5, zero=rng.random() < 0.5)
    return rng.choice(
        [f"{text} | {hour}", f"{hour} on {text}", f"{text}, {hour}", f"{when(day, '%a {d} %b %Y')} - {hour}"]
    )


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = [
    "Paytm",
    "Google Pay",
    "Cashfree",
    "PhonePe",
    "Amazon Pay",
    "CRED",
    "BHIM",
    "Instamojo",
]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Small kannadi 2 inch",
        "Kindi for pooja room",
        "Vilakku thiri and oil cup",
        "Gift mirror - housewarming",
        "Uruli, small",
    ],
    [
        "Aranmula kannadi 6 inch",
        "Nilavilakku pair - 5 thiri",
        "Vivaha set - balance",
        "Valkannadi for the wedding",
        "Thookkuvilakku for the temple",
    ],
)
PAYERS_UPI = [
    "Anjali Menon",
    "Hotel Pampa Residency",
    "Fr. Thomas Mathew",
    "Kiran Pillai",
    "Sreedevi Nair",
    "Abraham George",
    "Backwater Bliss Homestay",
    "Lakshmi Varma",
]
# the buyer, the goods, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Revathi Iyer, Adyar, Chennai", "Aranmula kannadi, 4 inch, oval, on a stand", 3800, 9800),
    ("Mr. Rohan Kapoor, Powai, Mumbai", "Aranmula kannadi, 8 inch, Gajamukham frame", 11000, 26000),
    ("Mrs. Deepa Raghavan, Whitefield, Bengaluru", "Nilavilakku pair, 5 thiri, bell metal", 9000, 32000),
    ("Dr. Neha Varghese, Kaloor, Kochi", "Valkannadi with Ashtamangalyam set", 6500, 18000),
]
SHOP_UPI_LABELS = {
    "Paytm": ["UPI Ref No:", "UPI Reference No."],
    "Google Pay": ["UPI transaction ID"],
    "PhonePe": ["UTR", "UTR No."],
    "Amazon Pay": ["Bank Reference ID", "UPI RRN"],
    "CRED": ["UPI reference", "UTR No."],
    "BHIM": ["UPI Ref. ID", "RRN"],
}
OWN_IDS = {
    "Paytm": "Paytm order ID",
    "Google Pay": "Google transaction ID",
    "PhonePe": "Transaction ID",
    "Amazon Pay": "Amazon Pay txn ID",
    "CRED": "CRED transaction ID",
    "BHIM": "BHIM txn ID",
}
HANDLES = {
    "Paytm": "pthdfc",
    "Google Pay": "okicici",
    "PhonePe": "ybl",
    "Amazon Pay": "apl",
    "CRED": "axisb",
    "BHIM": "upi",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgO{code(rng, 12, MIXED)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
    if app == "BHIM":
        return f"BHM{digits(rng, 17)}"
    if app == "Paytm":
        return f"{digits(rng, 20)}"
    if app == "Amazon Pay":
        return f"P{rng.randrange(10, 99)}-{digits(rng, 7)}-{digits(rng, 7)}"
    return f"CRD{j.date:%y%m%d}{code(rng, 10, ALNUM)}"


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's web shop page on Cashfree or Instamojo after a buyer paid (the payee on top with the
    shop's line; the outcome, then the sum large or in an Amount received / Order total paid row, or the sum
    first; Buyer / Ship to address and Item / Your order on most, before the ids or at the foot; the day under
    the outcome or after the ids)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(3)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    if app == "Cashfree":
        url = "payments.cashfree.com/forms/pampakannadi" + ("" if j.no_ref else f"/{digits(rng, 10)}/status")
    else:
        url = "www.instamojo.com/@pampakannadi" + ("" if j.no_ref else f"/l{code(rng, 12, HEXA)}/success")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", rng.choice(["Aranmula kannadi and bell-metal lamps  |  pampakannadi.in", "Order receipt"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment received - thank you for your order",
            "Order confirmed - dispatch from Aranmula in 5 days",
            "Success - your payment is complete",
        ]
    }
    big = rng.random() < 0.5

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Amount received", "Order total paid"]), rs(j.amount), amount=j.amount)

    labels = ["Paid at", "Transaction date", "Order date & time"]
    if rng.random() < 0.6:
        outcome_row(p, status, words)
        sum_row()
    else:
        sum_row()
        outcome_row(p, status, words)
    day_top = rng.random() < 0.5
    if day_top:
        date_row(p, j, labels, hour=True)
    p.add("rule")
    order_foot = rng.random() < 0.4

    def order_rows() -> None:
        wrap_pair(p, rng.choice(["Buyer", "Ship to address"]), who)
        wrap_pair(p, rng.choice(["Item", "Your order"]), what)

    if not order_foot:
        order_rows()
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI - QR scanned"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} debit card {masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:7])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment mode", "Paid via"]), shown, method=way)
    if not j.no_ref:
        if app == "Cashfree":
            pid = digits(rng, 10)
            p.pair("CF payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"PKS{j.date:%y%m}{digits(rng, 5)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"MOJO{rng.randrange(1, 9)}{code(rng, 3, ALNUM)}{rng.randrange(10, 99)}"
            pid += f"{code(rng, 1, UPPER)}{digits(rng, 8)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"{code(rng, 8, HEXA)}{code(rng, 8, HEXA)}"
            wrap_pair(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            lab = "Bank reference No." if app == "Cashfree" else "UTR"
            p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth ID" if app == "Cashfree" else "Authorisation code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair(
                "Bank ref. No." if app == "Cashfree" else "Bank transaction ID", bref, txn=(BANK_RANK, bref)
            )
    if not day_top:
        date_row(p, j, labels, hour=True)
    if order_foot:
        p.add("rule")
        order_rows()
    p.part = "foot"
    p.add(
        "small",
        "Powered by Cashfree Payments  |  Cashfree Payments India Pvt Ltd"
        if app == "Cashfree"
        else "Instamojo  |  Instamojo Technologies Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Devotees, tourists, hotels, homestays and shops paying the showroom or the company: six UPI app screens
    (Paytm, Google Pay, PhonePe, Amazon Pay, CRED, BHIM) in one of three layouts (a sentence with the sum and
    the payee on one line, "You paid Rs 4,250 to Pampa Kannadi Sadanam" / "Rs 4,250 to <payee> - pending" /
    "Payment of Rs 4,250 to <payee> failed", under the status; the status banner, the payee's label small and
    the payee in large letters, then the sum; the sum large, the status and a Payee details block with Name
    on a row), the showroom, its capitals, the company's capitals or its short name under Received by / Paid
    to business / Merchant name / Name (in the Payee details block), Paying / Payment to (pending) on the one
    waiting, Could not pay / Payment to (failed) on the failed one; a Registered name (bank) line under the
    UPI ID on some; the day and the hour with no label under the status on some (14 Oct 2026 | 04:12 PM, 4:12
    pm on Wed, 14 Oct 2026, Wed 14 Oct 2026 - 4:12 PM), else Done on / Time of payment / Payment time /
    Initiated on / Submitted at / Failed at / Failed on first in the details or at their end; Note / Message,
    Payer / Payer name on some, Bank account / Paid from, UPI Ref No: / UPI Reference No. / UPI transaction ID
    / UTR / UTR No. / Bank Reference ID / UPI RRN / UPI reference / UPI Ref. ID / RRN, the app's own Paytm
    order ID / Google transaction ID / Transaction ID / Amazon Pay txn ID / CRED transaction ID / BHIM txn ID
    on some, above the UPI reference or under it; Payment done / Money sent / Success - paid to merchant /
    Processing - check back in a few minutes / Failed - your bank declined the debit) and the web shop's two
    payment pages (Cashfree, Instamojo: the showroom or the company on top, the outcome and the sum large or
    in an Amount received / Order total paid row in either order, Paid at / Transaction date / Order date &
    time under them or after the ids, Buyer / Ship to address and Item / Your order before the ids or at the
    foot, Payment mode / Paid via UPI, card or net banking, CF payment ID / Payment ID (MOJO...), Order ID,
    Bank reference No. / UTR, Auth ID / Authorisation code or Bank ref. No. / Bank transaction ID; Payment
    received - thank you for your order / Order confirmed - dispatch from Aranmula in 5 days / Success - your
    payment is complete)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=600, high=42000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Cashfree", "Instamojo"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = f"{rng.choice(['pampakannadi', 'pampasadanam', 'pampa.aranmula'])}@{HANDLES[app]}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction summary"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment done",
            "Money sent",
            "Success - paid to merchant",
        ],
        "pending": ["Processing - check back in a few minutes"],
        "failed": ["Failed - your bank declined the debit"],
    }
    labels = {
        "success": ["Received by", "Paid to business", "Merchant name"],
        "pending": ["Paying", "Payment to (pending)"],
        "failed": ["Could not pay", "Payment to (failed)"],
    }[status]
    # 0: unlabelled under the status, 1: first in the details, 2: at the end of the details
    day_at = rng.randrange(3)

    def status_rows() -> None:
        outcome_row(p, status, words)
        if day_at == 0 and not j.no_day:
            p.add("small", hour_day(rng, j.date), date=j.date)

    def handle_rows() -> None:
        p.add("small", f"UPI ID: {handle}" if rng.random() < 0.5 else handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"Registered name (bank): {COMPANY_CAPS}")

    # 0: the status and a sentence with the sum and the payee; 1: the banner, the payee large, the sum;
    # 2: the sum large, the status, the Payee details block
    order = {0: 0, 1: 1, 3: 2, 4: 0, 5: 1, 6: 2}[k]
    label = rng.choice(labels)
    if order == 0:
        status_rows()
        p.add("rule")
        shown = rs(j.amount)
        sentence = {
            "success": f"You paid {shown} to {to}",
            "pending": f"{shown} to {to} - pending",
            "failed": f"Payment of {shown} to {to} failed",
        }[status]
        if fits(p, "left", sentence + "  "):
            p.add("left", sentence, merchant=to, amount=j.amount)
        else:
            p.add("big", shown, amount=j.amount)
            p.add("small", label)
            p.add("center", to, merchant=to)
        handle_rows()
    elif order == 1:
        status_rows()
        p.add("small", label)
        top(p, to, merchant=to)
        handle_rows()
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        status_rows()
    p.add("rule")
    day_labels = {
        "success": ["Done on", "Time of payment", "Payment time"],
        "pending": ["Initiated on", "Submitted at"],
        "failed": ["Failed at", "Failed on"],
    }[status]
    if day_at == 1:
        date_row(p, j, day_labels, hour=True)
    if order == 2:
        p.add("left", "Payee details")
        lab = rng.choice(labels + (["Name"] if status == "success" else []))
        wrap_pair(p, lab, to, merchant=to)
        handle_rows()
    p.pair(rng.choice(["Note", "Message"]), rng.choice(SHOP_NOTES[j.amount >= 5000]))
    if rng.random() < 0.55:
        wrap_pair(
            p, rng.choice(["Payer", "Payer name"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)]
        )
    source = rng.choice(BANKS[:9])
    wrap_pair(p, rng.choice(["Bank account", "Paid from"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        own = own_id(rng, app, j) if rng.random() < 0.7 else ""
        own_first = rng.random() < 0.4
        if own and own_first:
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if own and not own_first:
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if day_at == 2:
        date_row(p, j, day_labels, hour=True)
    if status == "pending":
        p.add("small", "The bank has not confirmed this payment yet. Don't pay again.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "UPI  |  National Payments Corporation of India",
                "Having trouble? Get help",
                "Share receipt  |  Done",
            ]
        ),
    )
    return p.done()


def ordinal_day(day: dt.date) -> str:
    """A day as a letter prints it, the weekday first and the ordinal after it: Wednesday, the 14th of October
    2026."""
    n = day.day
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return when(day, f"%A, the {n}{tail} of %B %Y")


def slash_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Kerala bill book writes them: the page's mark and grouping, and on some pages a whole sum
    closed with a slash and a dash instead of its paise (Rs. 12,450/-; a sum with paise keeps them)."""
    rs = money(rng, font, 0.0, marks=marks)
    slashed = rng.random() < 0.45

    def show(value: float) -> str:
        if slashed and value == int(value):
            whole = num(value, rs.grouping).partition(".")[0]
            return f"{rs.mark}{rs.gap}{whole}/-".strip()
        return rs(value)

    return show


# ---------------------------------------------------------------- 2. Kairali, the Devaswom, Poompuhar, shops


# payer, its mail, its desk, the goods it buys, the frame
PAYERS = [
    (
        "The Handicrafts Development Corporation of Kerala Ltd",
        "accounts@kairaliindia.in",
        "Kairali, Head Office, Statue, Thiruvananthapuram",
        "mirror",
        "paper",
    ),
    (
        "Tamil Nadu Handicrafts Development Corporation Ltd",
        "purchase@poompuhar.tn.gov.in",
        "Poompuhar, Anna Salai, Chennai",
        "mirror",
        "portal",
    ),
    ("Marine Drive Gift Gallery", "mdgiftgallery@gmail.com", "Marine Drive, Ernakulam", "mirror", "mail"),
    (
        "Travancore Devaswom Board",
        "fa.tdb@travancoredevaswomboard.org",
        "Nanthancode, Thiruvananthapuram",
        "lamps",
        "paper",
    ),
    (
        "Vembanad Lake Resorts Pvt Ltd",
        "payables@vembanadresorts.in",
        "Kumarakom, Kottayam",
        "lamps",
        "portal",
    ),
    ("Kalakriti Online Pvt Ltd", "vendorpay@kalakriti.in", "Koramangala, Bengaluru", "mirror", "portal"),
    (
        "Mylapore Heritage Gallery LLP",
        "accounts@mylaporeheritage.in",
        "Luz Church Road, Chennai",
        "mirror",
        "mail",
    ),
    ("Colaba Interiors & Decor", "colabainteriors@gmail.com", "Colaba Causeway, Mumbai", "lamps", "paper"),
]
# the goods' unit, the price a piece or a kilo (low, high)
DEALER_GOODS = {
    "mirror": ("pcs", 2400, 16000),
    "lamps": ("kg", 2300, 3150),
}
# the larger buyers take TDS u/s 194Q off; the corporations and the Board deduct TDS under GST
TDS_194Q = {"Vembanad Lake Resorts Pvt Ltd", "Kalakriti Online Pvt Ltd"}
CORPS = {
    "The Handicrafts Development Corporation of Kerala Ltd": "state",
    "Travancore Devaswom Board": "state",
    "Tamil Nadu Handicrafts Development Corporation Ltd": "other",
}
GST = 5


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Kairali (the Handicrafts Development Corporation of Kerala), Poompuhar (the Tamil Nadu Handicrafts
    Development Corporation), a Kochi gift house, a Bengaluru e-shop and a Chennai gallery paying for the
    mirrors by the piece and the Travancore Devaswom Board, a Kumarakom resort group and a Mumbai interiors
    firm paying for the bell-metal lamps by the kilo: an e-mail (Dear Sir/Madam, / Namaskaram, / Hi Pampa
    team, the day written Wednesday, the 14th of October 2026 on some, and on some successes a sentence "An
    amount of <sum> has been paid to <payee> through <way> on <day> towards the invoices below."), a printed
    REMITTANCE ADVICE - ARANMULA KANNADI SUPPLIES / Payment intimation to vendor / VENDOR PAYMENT ADVICE
    (HANDICRAFTS) and a vendor portal page (the payer on top with its desk line; Vendor code, Purchase order
    No. and GRN No. (the corporations' and the Board's Work order No. and Inspection memo No.) first, then
    Vendor name / Payment in favour of / Supplier name / Remitted to the company, at the head of the body or
    of the payment block; the status under the heading or at the end of the payment block; Invoices paid /
    Invoices covered / Against bills, the bills with their pieces or kilos and sums (dated <day> on some),
    Total invoice amount / Sum of invoices, Less: TDS u/s 194Q @ 0.1% on the two larger buyers', Kairali's and
    the Board's Less: TDS under GST - CGST @ 1% and Less: TDS under GST - SGST @ 1%, Poompuhar's Less: TDS
    under GST - IGST @ 2%, Less: Mirrors returned - hazy finish - n pcs / Less: Short weight - x kg / Less:
    Late delivery deduction @ 1% / Less: Prompt payment discount @ 1.5% on some, above or below the payment
    block: Net amount remitted / Amount paid (net) / Net transferred (Amount on hold / Held amount on the
    hold, Remittance bounced / Amount returned by bank on the return), Payment mode / Paid by NEFT / RTGS /
    IMPS, Vendor's bank A/c, UTR No. / NEFT UTR / RTGS UTR No. / IMPS RRN / IMPS ref., Payment advice No. /
    Remittance ref. No. / Voucher No., Remittance date / Paid on / Value date / Held from / Hold date /
    Bounced on / Returned on; Remitted - credited to the vendor's account / Status: Remitted / On hold -
    mirrors under finish inspection at our stores / On hold - weight check by the purchase committee pending /
    Returned - beneficiary account closed)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4)
    buyer, mail, desk, kind, frame = PAYERS[k]
    corp = CORPS.get(buyer)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    # the bills, the deductions and the net sum first; the page prints them in its own order
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    lots: list[tuple[float, float]] = []
    gross = 0.0
    base = 0.0
    dated = rng.random() < 0.5 and not j.no_day
    bill_pat = rng.choice(["%d.%m.%Y", "%d/%m/%y", "{d} %b %Y"])
    for _ in range(rng.randrange(1, 4)):
        if kind == "lamps":
            qty = round(rng.uniform(12, 140), 1)
            each = float(rng.randrange(lo, hi, 10))
        else:
            qty = rng.randrange(4, 40)
            each = float(rng.randrange(lo, hi, 50))
        value = round(qty * each, 2)
        lots.append((qty, each))
        base += value
        gross += round(value * (1 + GST / 100), 2)
        bill = f"PKW/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" dated {when(earlier(rng, j, 9, 70), bill_pat)}"
        shown_qty = f"{qty:g} kg" if kind == "lamps" else f"{qty:,} pcs"
        bills.append((f"{bill}  {shown_qty}", rs(round(value * (1 + GST / 100), 2))))
    gross = round(gross, 2)
    base = round(base, 2)
    tds_rows: list[tuple[str, float]] = []
    if corp == "state":
        half = round(base * 0.01, 2)
        tds_rows = [("Less: TDS under GST - CGST @ 1%", half), ("Less: TDS under GST - SGST @ 1%", half)]
    elif corp == "other":
        tds_rows = [("Less: TDS under GST - IGST @ 2%", round(base * 0.02, 2))]
    elif buyer in TDS_194Q:
        tds_rows = [("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2))]
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    qty, each = rng.choice(lots)
    if pick < 0.25 and kind == "mirror":
        bad = rng.randrange(1, 3)
        cut = round(bad * each * (1 + GST / 100), 2)
        cuts.append((f"Less: Mirrors returned - hazy finish - {bad} {'pc' if bad == 1 else 'pcs'}", rs(cut)))
    elif pick < 0.4 and kind == "lamps":
        short = round(rng.uniform(0.4, 2.5), 1)
        cut = round(short * each * (1 + GST / 100), 2)
        cuts.append((f"Less: Short weight - {short:g} kg", rs(cut)))
    elif pick < 0.55:
        cut = round(base * 0.01, 2)
        cuts.append(("Less: Late delivery deduction @ 1%", rs(cut)))
    elif pick < 0.7 and not corp:
        cut = round((gross - tds) * 0.015, 2)
        cuts.append(("Less: Prompt payment discount @ 1.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)
    way = neft_way(rng, j.amount)
    ref = bank_ref(rng, j, rng.choice(BANKS[:9]), way) if status == "success" and not j.no_ref else ""
    payee = ours(rng)
    words = {
        "success": ["Remitted - credited to the vendor's account", "Status: Remitted"],
        "pending": ["On hold - mirrors under finish inspection at our stores"],
        "failed": ["Returned - beneficiary account closed"],
    }
    if kind == "lamps":
        words["pending"] = ["On hold - weight check by the purchase committee pending"]
    day_labels = {
        "success": ["Remittance date", "Paid on", "Value date"],
        "pending": ["Held from", "Hold date"],
        "failed": ["Bounced on", "Returned on"],
    }[status]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment made - Pampa Kannadi",
                "Remittance advice - your invoices",
                f"Vendor payment for {SHORT}",
            ]
            if status == "success"
            else ["Remittance advice - your invoices", "Your invoices - payment status"],
        )
    elif frame == "portal":
        tail = "advice" if j.no_ref else digits(rng, 9)
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{tail}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    if corp == "state":
        line = f"{desk}  |  Finance & Accounts"
    elif corp == "other":
        line = f"{desk}  |  Accounts (Procurement)"
    else:
        line = f"{rng.choice(['Accounts Payable', 'Vendor Payments', 'Accounts'])}, {desk}"
    p.add("small", line)
    p.add(
        "center",
        rng.choice(
            [
                "REMITTANCE ADVICE - ARANMULA KANNADI SUPPLIES",
                "Payment intimation to vendor",
                "VENDOR PAYMENT ADVICE (HANDICRAFTS)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", rng.choice(["Dear Sir/Madam,", "Namaskaram,", "Hi Pampa team,"]))
        if status == "success" and rng.random() < 0.5:
            on = "" if j.no_day else f" on {when_in(j, PATS_IN, rng)}"
            shown = rs(j.amount).strip() if rs.mark else f"Rs. {rs(j.amount).strip()}"
            p.add(
                "left",
                f"An amount of {shown} has been paid to {payee} through {way}{on} "
                "towards the invoices below.",
                amount=j.amount,
                merchant=payee,
                method="netbanking",
                **({} if j.no_day else {"date": j.date}),
            )
        else:
            p.add(
                "left",
                "Please find below the details of our payment against your invoices."
                if status == "success"
                else "This is about the payment against your invoices listed below.",
            )
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    if corp:
        tag = "TDB" if buyer.startswith("Travancore") else "HDCK" if buyer.startswith("The") else "TNHDC"
        p.pair("Work order No.", f"{tag}/WO/{rng.randrange(100, 999)}/{digits(rng, 4)}")
        p.pair("Inspection memo No.", f"IM/{rng.choice(['TVM', 'PTA', 'MAS'])}/{digits(rng, 4)}")
    else:
        p.pair("Vendor code", f"{rng.choice(['V', 'VEN', 'PK'])}{digits(rng, 5)}")
        p.pair("Purchase order No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.5:
            p.pair("GRN No.", f"GRN{digits(rng, 7)}")
    labels = ["Vendor name", "Payment in favour of", "Supplier name"] + (
        ["Remitted to"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:3]), payee, merchant=payee)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Invoices paid", "Invoices covered", "Against bills"]
                if status == "success"
                else ["Invoices covered", "Against bills"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Total invoice amount", "Sum of invoices"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Remittance details", "Payment"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount remitted", "Amount paid (net)", "Net transferred"],
            "pending": ["Amount on hold", "Held amount"],
            "failed": ["Remittance bounced", "Amount returned by bank"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Payment mode", "Paid by"]), way, method="netbanking")
        wrap_pair(p, "Vendor's bank A/c", account(rng, [BANKS[1], BANKS[2], BANKS[4]]))
        if not j.no_ref:
            if ref:
                lab = {
                    "IMPS": ["IMPS RRN", "IMPS ref."],
                    "RTGS": ["RTGS UTR No.", "UTR No."],
                    "NEFT": ["UTR No.", "NEFT UTR"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['RA', 'VR', '42'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment advice No.", "Remittance ref. No.", "Voucher No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        if frame == "mail" and not j.no_day and rng.random() < 0.5:
            wrap_pair(p, rng.choice(day_labels), ordinal_day(j.date), date=j.date)
        else:
            day_pair(p, j, day_labels, PATS_IN)
        if not status_top:
            outcome_row(p, status, words)

    if rng.random() < 0.5:
        pay_block()
        p.add("rule")
        bill_block()
    else:
        bill_block()
        p.add("rule")
        pay_block()
    p.part = "foot"
    if frame == "mail":
        p.add("left", f"With regards,  Accounts, {buyer}")
    if corp:
        p.add(
            "small",
            "TDS under GST is remitted by the 10th of the next month and shows in your GSTR-2X "
            "on the GST portal.",
        )
    else:
        p.add("small", "Any query on this advice may be raised within 15 days, quoting the advice number.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Al Fahidi Heritage Gifts LLC",
        "Al Fahidi Street, Bur Dubai, Dubai, UAE",
        "AED",
        "Emirates NBD Bank PJSC",
        4000,
        90000,
    ),
    ("Muttrah Souq Treasures LLC", "Muttrah Corniche, Muscat, Oman", "OMR", "Bank Muscat SAOG", 300, 8000),
    (
        "Souq Waqif Artisan House W.L.L.",
        "Souq Waqif, Doha, Qatar",
        "QAR",
        "Qatar National Bank (Q.P.S.C.)",
        3000,
        80000,
    ),
    (
        "Brick Lane Curios Ltd",
        "Brick Lane, London E1, United Kingdom",
        "GBP",
        "Barclays Bank UK PLC",
        800,
        18000,
    ),
    (
        "Niederdorf Kunsthandwerk AG",
        "Niederdorfstrasse, Zurich, Switzerland",
        "CHF",
        "Zurcher Kantonalbank",
        1000,
        22000,
    ),
    (
        "Serangoon Heritage Crafts Pte Ltd",
        "Serangoon Road, Little India, Singapore",
        "SGD",
        "DBS Bank Ltd",
        1500,
        30000,
    ),
    (
        "Maison du Kerala SARL",
        "Rue du Faubourg Saint-Denis, Paris, France",
        "EUR",
        "BNP Paribas SA",
        1000,
        24000,
    ),
    (
        "Sugar Land Heritage Imports LLC",
        "Sugar Land, Houston, TX, USA",
        "USD",
        "JPMorgan Chase Bank, N.A.",
        1000,
        24000,
    ),
]
WIRE_BANKS = [
    ("Federal Bank", "paper"),
    ("South Indian Bank", "browser"),
    ("State Bank of India", "mail"),
    ("ICICI Bank", "browser"),
    ("CSB Bank", "paper"),
    ("HDFC Bank", "mail"),
    ("Axis Bank", "browser"),
    ("Canara Bank", "paper"),
]
WIRE_RATES = {
    "AED": (23.4, 24.8),
    "OMR": (223.0, 236.0),
    "QAR": (23.6, 24.9),
    "GBP": (109.0, 117.0),
    "CHF": (97.0, 104.5),
    "SGD": (64.0, 68.5),
    "EUR": (96.5, 101.0),
    "USD": (86.4, 90.9),
}
CUR_NAMES = {
    "AED": "UAE dirham",
    "OMR": "Omani rial",
    "QAR": "Qatari riyal",
    "GBP": "Pound sterling",
    "CHF": "Swiss franc",
    "SGD": "Singapore dollar",
    "EUR": "Euro",
    "USD": "US dollar",
}
CORRESPONDENT = {
    "USD": "Citibank N.A., New York",
    "EUR": "Deutsche Bank AG, Frankfurt am Main",
    "GBP": "Standard Chartered Bank, London",
    "AED": "Mashreqbank PSC, Dubai",
    "CHF": "UBS Switzerland AG, Zurich",
}
SHIPPED = [
    "Aranmula metal mirrors (HSN 8306) - 2 cartons by air courier",
    "Aranmula kannadi, 24 pcs, and bell-metal nilavilakku, 12 pcs",
    "Bell-metal lamps and uruli (HSN 8306) - air freight, 3 cartons",
    "Valkannadi and Ashtamangalyam sets for a Diwali show",
]
RAW_32A = (3, 4)


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; dirhams as AED before or after
    the sum; Omani rials with three decimals (OMR 1,245.250, RO 1,245.250); riyals as QAR or QR; Swiss francs
    with apostrophes between the thousands on some (CHF 12'450.00); Singapore dollars as SGD or S$; euros the
    French way, spaces between the thousands and a decimal comma with the sign or the code after the sum or
    the code before it (12 450,00 \u20ac, 12 450,00 EUR, EUR 12 450,00)."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur == "EUR":
        mark = rng.choice([" " + sign(font, "\u20ac", "EUR"), " EUR", "EUR "])

        def euro(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",")
            return f"{mark}{body}" if mark == "EUR " else f"{body}{mark}"

        return euro
    if cur == "OMR":
        mark = rng.choice(["OMR ", "RO ", " OMR"])

        def rial(value: float) -> str:
            body = f"{value:,.3f}"
            return f"{body}{mark}" if mark.startswith(" ") else f"{mark}{body}"

        return rial
    if cur == "CHF":
        swiss = rng.random() < 0.65

        def franc(value: float) -> str:
            body = f"{value:,.2f}"
            return f"CHF {body.replace(',', chr(39)) if swiss else body}"

        return franc
    if cur == "AED" and rng.random() < 0.4:

        def after(value: float) -> str:
            return f"{value:,.2f} AED"

        return after
    mark = rng.choice(
        {
            "AED": ["AED "],
            "QAR": ["QAR ", "QR "],
            "SGD": ["SGD ", "S$"],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def swift_32a(day: dt.date, cur: str, value: float) -> str:
    """The raw SWIFT field 32A: the value day as YYMMDD, the currency, the sum with a decimal comma and no
    grouping (261014GBP4250,00)."""
    return f"{day:%y%m%d}{cur}{value:.2f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Dubai, a Muscat, a Doha, a London, a Zurich, a Singapore, a Paris and a Houston shop paying for the
    mirrors and lamps: the banks' inward remittance advices (browser, e-mail, printed FOREIGN INWARD
    REMITTANCE ADVICE - EXPORT PROCEEDS / Advice of inward remittance received by SWIFT / Export proceeds -
    inward credit advice: the bank on top with its forex desk; the status under the heading on some, at the
    foot on the rest; Value date / Credited on / Date of realisation / Pending since / Funds received
    (pending) on / Refunded on / Date returned first or after the references; the remitter's block (Remitter /
    applicant / Ordering customer (:50K:) / Overseas buyer, Ordering institution (:52A:) / Remitter's bank,
    Intermediary (:56A:) on some) above or below the beneficiary's (Beneficiary (:59:) / Credit to (exporter)
    / Beneficiary name / Exporter (beneficiary) the company, A/c No., IEC); FCY amount / Remittance amount
    (FC) / Amount received (foreign currency) / Currency and amount in dirhams, Omani rials (three decimals),
    riyals, pounds, Swiss francs (apostrophes on some), Singapore dollars, euros (the French way) or US
    dollars, a Remittance currency row naming the currency above it on some, or the raw :32A: Value date /
    Currency / Interbank settled amount row (261014GBP4250,00) on two credited ones; Charges (:71A:), Rate of
    conversion (Indicative rate (not applied) on the one pending), INR equivalent, Less: Remittance charges
    incl. GST and Net amount credited (INR) on the credited ones, Purpose code, Goods, Export invoice No., AWB
    No. and AWB date or Shipping bill No. and SB date, Mode of receipt, :20: Sender's reference, Remittance
    ref. No. / Inward ref. (bank) / Transaction ref. No., UETR; Proceeds credited to the exporter's account -
    report on the EDPMS / Status: Credited / Pending - purpose code and invoice awaited from the beneficiary,
    funds not credited / Returned to the remitting bank - account details incomplete)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "OMR":
        j.amount = round(rng.randrange(lo * 20, hi * 20) / 20, 2)
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Finance <inward.remit@{slug(bank)}>",
            [
                "Inward remittance credited - export proceeds",
                "Advice of inward remittance received by SWIFT",
                "Credit of export proceeds to your account",
            ]
            if status == "success"
            else ["Advice of inward remittance received by SWIFT", "Inward remittance - please respond"],
        )
    elif frame == "browser":
        tail = "view" if j.no_ref else code(rng, 12, ALNUM)
        p = browser_page(rng, font, f"trade.{slug(bank)}/inward-remittance/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Branch, Thiruvalla",
                "Trade Finance Centre, Kochi",
                "Centralised Inward Remittance Hub, Chennai",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "FOREIGN INWARD REMITTANCE ADVICE - EXPORT PROCEEDS",
                "Advice of inward remittance received by SWIFT",
                "Export proceeds - inward credit advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Proceeds credited to the exporter's account - report on the EDPMS",
            "Status: Credited",
        ],
        "pending": ["Pending - purpose code and invoice awaited from the beneficiary, funds not credited"],
        "failed": ["Returned to the remitting bank - account details incomplete"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Value date", "Credited on", "Date of realisation"],
        "pending": ["Pending since", "Funds received (pending) on"],
        "failed": ["Refunded on", "Date returned"],
    }[status]
    raw = status == "success" and k in RAW_32A and not j.no_day
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Remitter / applicant", "Ordering customer (:50K:)", "Overseas buyer"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, rng.choice(["Ordering institution (:52A:)", "Remitter's bank"]), pbank)
        if cur in CORRESPONDENT and rng.random() < 0.7:
            wrap_pair(p, "Intermediary (:56A:)", CORRESPONDENT[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                ["Beneficiary (:59:)", "Credit to (exporter)", "Beneficiary name", "Exporter (beneficiary)"]
            )
            if status == "success"
            else rng.choice(["Beneficiary (:59:)", "Beneficiary name", "Exporter (beneficiary)"]),
            me,
            merchant=me,
        )
        p.pair("A/c No.", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['EEFC', 'Current'])})")
        p.pair("IEC", iec(rng))

    if rng.random() < 0.5:
        remitter_block()
        p.add("rule")
        beneficiary_block()
    else:
        beneficiary_block()
        p.add("rule")
        remitter_block()
    if raw:
        wrap_pair(
            p,
            ":32A: Value date / Currency / Interbank settled amount",
            swift_32a(j.date, cur, j.amount),
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
    else:
        named = rng.random() < 0.35 or cur in ("OMR", "CHF") or show(1000.0).startswith(("QR", "RO"))
        if named:
            p.pair("Remittance currency", f"{cur} ({CUR_NAMES[cur]})")
        p.pair(
            rng.choice(
                [
                    "FCY amount",
                    "Remittance amount (FC)",
                    "Amount received (foreign currency)",
                    "Currency and amount",
                ]
            ),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    p.pair("Charges (:71A:)", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        per = f"1 {cur} = INR {rate}"
        p.pair("Rate of conversion" if status == "success" else "Indicative rate (not applied)", per)
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("INR equivalent", f"INR {num(inr)}")
        chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Remittance charges incl. GST", f"INR {num(chg)}")
        p.pair("Net amount credited (INR)", num(round(inr - chg, 2)))
    advance = rng.random() < 0.3
    p.pair(
        "Purpose code",
        "P0103 - advance receipts against export" if advance else "P0102 - realisation of export bills",
    )
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"PKW/EXP/{rng.randrange(1, 150):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        if rng.random() < 0.5:
            p.pair("AWB No.", f"{rng.choice(['098', '176', '157'])}-{digits(rng, 8)}")
            p.pair("AWB date", when(earlier(rng, j, 12, 75), rng.choice(WIRE_PATS)))
        else:
            p.pair("Shipping bill No.", f"{rng.randrange(1000000, 9999999)}")
            p.pair("SB date", when(earlier(rng, j, 12, 75), rng.choice(WIRE_PATS)))
    p.pair("Mode of receipt", rng.choice(["SWIFT MT103", "SWIFT gpi (MT103)"]), method="netbanking")
    p.pair(":20: Sender's reference", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Remittance ref. No.", "Inward ref. (bank)", "Transaction ref. No."]),
            ref,
            txn=(BANK_RANK, ref),
        )
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if not day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "Regularise this remittance against the shipping bill on the EDPMS; "
        "the e-BRC follows on the DGFT portal."
        if status == "success"
        else "Please quote the remittance reference in all correspondence with the branch.",
    )
    return p.done()


def gst_rates(p: Screen, rs, parts: dict[int, float], inter: bool) -> float:
    """CGST and SGST (or IGST) at each rate on its taxable value; the rounded bill with its GST."""
    tax = 0.0
    for rate in sorted(parts):
        due = round(parts[rate] * rate / 100, 2)
        if inter:
            p.pair(f"IGST @ {rate}%", rs(due))
            tax += due
        else:
            half = round(due / 2, 2)
            p.pair(f"CGST @ {rate / 2:g}%", rs(half))
            p.pair(f"SGST @ {rate / 2:g}%", rs(half))
            tax += 2 * half
    taxable = round(sum(parts.values()), 2)
    tax = round(tax, 2)
    total = float(round(taxable + tax))
    if abs(total - (taxable + tax)) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax:+.2f}")
    return total


# ---------------------------------------------------------------- 4. showroom, workshop, foundry, accounts


# the party, the way it paid, the unit (showroom, shed, foundry, or the accounts desk's mail), the goods,
# whether it is billed across states
SALES = [
    ("Sree Bhagavathy Temple Committee, Omalloor", "cheque", "foundry", "lamps", False),
    ("Mrs. Anjali Menon, Kakkanad, Kochi", "UPI", "showroom", "mirror", False),
    ("Dakshin Crafts Store, Besant Nagar, Chennai", "NEFT", "shed", "wholesale", True),
    ("Ms. Hanna Becker, Munich, Germany", "card", "showroom", "mirror", False),
    ("Mr. Suresh Kurup's family, Thiruvalla (wedding order)", "cheque", "showroom", "wedding", False),
    ("Thampi Antiques, Jew Town, Mattancherry", "cash", "shed", "repolish", False),
    ("Kumbakonam Metal Refiners Pvt Ltd, Kumbakonam", "RTGS", "foundry", "dross", True),
    ("Brightlane Corporate Gifts LLP, Bengaluru", "NEFT", "mail", "gift", True),
]
SALE_HEADS = {
    "mirror": ["SALE BILL - ARANMULA KANNADI", "CASH BILL - KANNADI SADANAM"],
    "wedding": ["VIVAHA SET ORDER BILL", "WEDDING ORDER INVOICE - VIVAHA SET"],
    "wholesale": ["WHOLESALE INVOICE - MIRRORS BY SIZE", "MOTHA VYAPARA BILL - KANNADI"],
    "repolish": ["RE-POLISHING BILL - BY THE INCH", "MINUKKU PANI BILL - INCH NIRAKKIL"],
    "lamps": ["BELL-METAL LAMP BILL - BY THE KG", "OTTU VILAKKU VILPANA BILL"],
    "dross": ["DROSS AND SLUDGE MEMO - BY WEIGHT", "AAKRI OTTU VILPANA CHEETU"],
}
SEALS = {
    "showroom": ("PAMPA KANNADI SADANAM", "EAST NADA, ARANMULA"),
    "shed": ("PAMPA KANNADI PURA", "ARANMULA"),
    "foundry": ("PAMPA OTTUVILAKKU SHALA", "KIDANGANNUR"),
}
ITEMS = {
    "mirror": "Aranmula kannadi, hand-polished metal mirror (HSN 8306)",
    "wedding": "Vivaha set - nilavilakku pair, kindi, uruli and valkannadi (HSN 7418 / 8306)",
    "wholesale": "Aranmula kannadi, assorted sizes - wholesale (HSN 8306)",
    "repolish": "Re-polishing of old Aranmula mirrors, by the inch across the face (SAC 9988)",
    "lamps": "Bell-metal lamps and vessels, cast and finished, by weight (HSN 7418)",
    "dross": "Bell-metal dross, skimmings and polishing sludge (HSN 7404)",
    "gift": "Aranmula kannadi, 4 inch, in gift boxes with brass stands - corporate gifting (HSN 8306)",
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's SALE BILL - ARANMULA KANNADI / CASH BILL - KANNADI SADANAM to a Kochi lady and a German
    tourist and its VIVAHA SET ORDER BILL / WEDDING ORDER INVOICE - VIVAHA SET to a Thiruvalla wedding family,
    the workshop's WHOLESALE INVOICE - MIRRORS BY SIZE / MOTHA VYAPARA BILL - KANNADI to a Chennai crafts
    store and RE-POLISHING BILL - BY THE INCH / MINUKKU PANI BILL - INCH NIRAKKIL to a Mattancherry antique
    dealer, the foundry's BELL-METAL LAMP BILL - BY THE KG / OTTU VILAKKU VILPANA BILL to a temple committee
    and DROSS AND SLUDGE MEMO - BY WEIGHT / AAKRI OTTU VILPANA CHEETU to a Kumbakonam refiner (paper: the
    showroom, the workshop, the foundry or the company on top with its "A unit of" line, address and GSTIN;
    Cash bill No. / Bill Sl. No. / Order No. / Vivaha order No. / Wholesale invoice No. / Motha bill No. /
    Polish bill No. / Minukku bill No. / Lamp bill No. / Vilpana bill No. / Scrap memo No. / Aakri cheetu No.
    and Theeyathi / Bill date / Date / Sale date in either order or on one row (the number at its left, the
    day at its right), above the party or under it: Customer / Vangunnayal (buyer) / M/s / Order from /
    Mirrors of / Job for / Devaswom / party / Sold to / Buyer; the mirrors by size and pieces, the inches
    re-polished, the lamps' kilos or the dross's gross weight and tare x rate, Less: Onam offer @ 10% / Less:
    Festival discount @ 5% on some of the showroom's, Less: Old bell metal taken in exchange - x kg @ rate on
    the wedding set, CGST and SGST or IGST at 2.5% / 5% or 9% / 18%, Round off, Bill amount (incl. GST) /
    Total payable / Net amount, Received in cash / Rokkam (cash) received / UPI payment received / Received
    via UPI QR / Card payment (POS) / Paid by card / Received by NEFT / NEFT credit received / RTGS credit
    received / Paid through RTGS / Cheque amount / Received by cheque, the sum in words above or under it,
    Payment mode / Paid by, UPI ref. No. / UPI RRN / UTR / NEFT ref. No. / RTGS UTR No. / Approval code / Auth
    No., Cheque No., Bank & branch and Cheque date; the sums closed with /- on some (Rs. 12,450/-); RECEIVED
    WITH THANKS / PAID / PAID - THANK YOU, VISIT ARANMULA AGAIN / PAID - CARTONS HANDED TO THE COURIER / PAID
    - MIRRORS RE-POLISHED AND RETURNED / PAID - LAMPS WEIGHED AND DELIVERED / PAID - DROSS WEIGHED AND LOADED
    / CHEQUE RECEIVED - LAMPS RELEASED ON CLEARANCE / CHEQUE BOUNCED - SIGNATURE MISMATCH, SET NOT RELEASED,
    the rubber stamp, For <unit> - Cashier / For <unit> - Manager, Vangunnayalude oppu (buyer's signature))
    and the accounts desk's Advance received - corporate gifting order e-mail to a Bengaluru gifting house
    (Acknowledgement No. / Advance ack. No., Advance credited on / Received on, Client / Ordered by, the
    mirrors and stands, IGST, Order value incl. GST, Advance credited (NEFT) / Advance received through NEFT
    or Advance credited (RTGS) with the Balance due before dispatch, UTR / NEFT ref. No. / RTGS UTR No.;
    ADVANCE RECEIVED - YOUR MIRRORS GO INTO THE MOULD THIS WEEK)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    party, way, unit, kind, inter = SALES[k]
    rs = slash_rs(rng, font, ("Rs.", "\u20b9", "Rs", ""))
    name = {"showroom": SHOWROOM, "shed": SHED, "foundry": FOUNDRY, "mail": COMPANY}[unit]
    advance = unit == "mail"
    if advance:
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@pampakannadi.in>",
            [
                "Advance received - Pampa Kannadi, Aranmula",
                "We have received your advance for the mirrors",
                "Advance acknowledgement - corporate gifting order",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Aranmula kannadi and bell-metal lamps  |  Accounts desk")
        p.add("center", "Advance received - corporate gifting order")
        p.add("rule")
        p.part = "body"
        p.add("left", rng.choice(["Dear Mr. Prakash,", "Dear Brightlane team,"]))
    else:
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else where[0],
            where[1],
            where[2],
            SALE_HEADS[kind],
        )
    heads = {
        "showroom": ["PKS", "ARN"],
        "shed": ["PKP", "KNP"],
        "foundry": ["POS", "KDG"],
        "mail": ["PKW", "ADV"],
    }
    rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
    num_labels = {
        "mirror": ["Cash bill No.", "Bill Sl. No."],
        "wedding": ["Order No.", "Vivaha order No."],
        "wholesale": ["Wholesale invoice No.", "Motha bill No."],
        "repolish": ["Polish bill No.", "Minukku bill No."],
        "lamps": ["Lamp bill No.", "Vilpana bill No."],
        "dross": ["Scrap memo No.", "Aakri cheetu No."],
        "gift": ["Acknowledgement No.", "Advance ack. No."],
    }[kind]
    day_labels = (
        ["Advance credited on", "Received on"] if advance else ["Theeyathi", "Bill date", "Date", "Sale date"]
    )

    def number_row() -> None:
        if not j.no_ref:
            p.pair(rng.choice(num_labels), rno, txn=(INVOICE_RANK, rno))

    def head_rows() -> None:
        if not j.no_ref and not j.no_day and not advance and rng.random() < 0.4:
            left = f"{rng.choice(num_labels)} {rno}"
            right_text = f"{rng.choice(day_labels)} {when_in(j, PATS_IN, rng)}"
            if fits(p, "pair", f"{left} {right_text}     "):
                p.add("pair", left, right_text, txn=(INVOICE_RANK, rno), date=j.date)
                return
        if rng.random() < 0.5:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
        else:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)

    party_labels = {
        "wedding": ["Order from", "Vangunnayal (buyer)"],
        "repolish": ["Mirrors of", "Job for"],
        "lamps": ["Devaswom / party", "Sold to"],
        "dross": ["Sold to", "Buyer"],
        "gift": ["Client", "Ordered by"],
    }.get(kind, ["Customer", "Vangunnayal (buyer)", "M/s"])
    party_first = rng.random() < 0.35
    if party_first:
        wrap_pair(p, rng.choice(party_labels), party)
        head_rows()
    else:
        head_rows()
        wrap_pair(p, rng.choice(party_labels), party)
    p.add("left", ITEMS[kind])
    parts: dict[int, float] = {}
    exchange = 0.0
    if kind == "wholesale":
        for size, lo, hi in rng.sample(MIRROR_SIZES[:4], rng.randrange(2, 4)):
            qty = rng.randrange(4, 30)
            rate = float(rng.randrange(int(lo * 0.7), int(hi * 0.7), 50))
            value = round(qty * rate, 2)
            parts[5] = round(parts.get(5, 0.0) + value, 2)
            wrap_pair(p, f"  {size.split(',')[0]}: {qty} pcs x {rate:,.2f}", rs(value))
    elif kind == "repolish":
        pieces = rng.randrange(2, 9)
        inches = pieces * rng.randrange(3, 8) + rng.randrange(0, 4)
        rate = float(rng.randrange(350, 900, 25))
        p.pair("  Old mirrors received", f"{pieces} pcs")
        parts[5] = round(inches * rate, 2)
        p.pair(f"  {inches} inches in all x {rate:,.2f}", rs(parts[5]))
    elif kind == "lamps":
        for lamp, lo, hi in rng.sample(LAMPS, rng.randrange(1, 4)):
            qty = round(rng.uniform(4, 38), 2)
            rate = float(rng.randrange(lo, hi, 10))
            value = round(qty * rate, 2)
            parts[5] = round(parts.get(5, 0.0) + value, 2)
            wrap_pair(p, f"  {lamp}: {qty:g} kg x {rate:,.2f}", rs(value))
    elif kind == "dross":
        bags = rng.randrange(8, 30)
        gross_wt = round(bags * rng.uniform(38, 46), 1)
        tare = round(bags * 0.8, 1)
        qty = round(gross_wt - tare, 1)
        rate = float(rng.randrange(150, 380, 5))
        p.pair(f"  Gross weight / tare ({bags} bags)", f"{gross_wt:g} kg / {tare:g} kg")
        parts[18] = round(qty * rate, 2)
        p.pair(f"  Net {qty:g} kg x {rate:,.2f}", rs(parts[18]))
    elif kind == "gift":
        mirrors = rng.randrange(60, 300, 5)
        m_rate = float(rng.randrange(3200, 5200, 50))
        stands = mirrors
        s_rate = float(rng.randrange(280, 650, 10))
        p.pair(f"  Kannadi 4 in: {mirrors} x {m_rate:,.2f}", rs(mirrors * m_rate))
        p.pair(f"  Brass stands: {stands} x {s_rate:,.2f}", rs(stands * s_rate))
        parts[5] = round(mirrors * m_rate + stands * s_rate, 2)
    elif kind == "wedding":
        value = 0.0
        for lamp, lo, hi in (LAMPS[0], LAMPS[4], LAMPS[3]):
            qty = round(rng.uniform(2.5, 9), 2)
            rate = float(rng.randrange(lo, hi, 10))
            line = round(qty * rate, 2)
            value += line
            wrap_pair(p, f"  {lamp.split(',')[0]}: {qty:g} kg x {rate:,.2f}", rs(line))
        size, lo, hi = MIRROR_SIZES[2]
        rate = float(rng.randrange(lo, hi, 100))
        wrap_pair(p, f"  Valkannadi, {size.split(',')[0]}: 1 pc x {rate:,.2f}", rs(rate))
        parts[5] = round(value + rate, 2)
        if rng.random() < 0.7:
            old = round(rng.uniform(1.5, 6), 1)
            old_rate = float(rng.randrange(620, 780, 10))
            exchange = round(old * old_rate, 2)
    else:
        size, lo, hi = rng.choice(MIRROR_SIZES)
        qty = rng.randrange(1, 3)
        rate = float(rng.randrange(lo, hi, 100))
        p.pair("  Size", size)
        value = round(qty * rate, 2)
        many = f"{qty} pc" if qty == 1 else f"{qty} pcs"
        p.pair(f"  {many} x {rate:,.2f}", rs(value))
        if unit == "showroom" and (k == 3 or rng.random() < 0.5):
            label, share = rng.choice(
                [("Less: Onam offer @ 10%", 0.1), ("Less: Festival discount @ 5%", 0.05)]
            )
            off = round(value * share, 2)
            p.pair(label, rs(off))
            value = round(value - off, 2)
        parts[5] = value
    bill = gst_rates(p, rs, parts, inter)
    p.pair(
        rng.choice(
            ["Order value incl. GST"]
            if advance
            else ["Bill amount (incl. GST)", "Total payable", "Net amount"]
        )
        if not exchange
        else "Bill amount (incl. GST)",
        rs(bill),
    )
    if exchange:
        p.pair(f"Less: Old bell metal taken in exchange - {old:g} kg @ {old_rate:,.2f}", rs(exchange))
        bill = round(bill - exchange, 2)
        p.pair("Balance payable", rs(bill))
    if advance:
        j.amount = float(round(bill * rng.choice([0.4, 0.5]), -3))
        if j.amount >= 200000:
            way = "RTGS"
    else:
        j.amount = bill
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Received by cheque"])
    elif advance:
        lab = (
            rng.choice(["Advance credited (NEFT)", "Advance received through NEFT"])
            if way == "NEFT"
            else "Advance credited (RTGS)"
        )
    else:
        lab = {
            "cash": rng.choice(["Received in cash", "Rokkam (cash) received"]),
            "UPI": rng.choice(["UPI payment received", "Received via UPI QR"]),
            "card": rng.choice(["Card payment (POS)", "Paid by card"]),
            "NEFT": rng.choice(["Received by NEFT", "NEFT credit received"]),
            "RTGS": rng.choice(["RTGS credit received", "Paid through RTGS"]),
        }[way]
    in_words = f"({words_in_rupees(j.amount)})"
    words_first = rng.random() < 0.35
    if words_first:
        p.add("small", in_words)
    p.pair(lab, rs(j.amount), amount=j.amount)
    if not words_first:
        p.add("small", in_words)
    if advance:
        p.pair("Balance due before dispatch", rs(round(bill - j.amount, 2)))
    meth = {
        "cash": "cash",
        "UPI": "UPI",
        "NEFT": "netbanking",
        "RTGS": "netbanking",
        "card": "card",
        "cheque": "cheque",
    }[way]
    p.pair(
        rng.choice(["Payment mode", "Paid by"]),
        {
            "cash": "Cash",
            "UPI": "UPI",
            "NEFT": "NEFT",
            "RTGS": "RTGS",
            "card": "Card (POS)",
            "cheque": "Cheque",
        }[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", digits(rng, 6))
        wrap_pair(
            p,
            "Bank & branch",
            rng.choice(
                ["Federal Bank, Kozhencherry", "South Indian Bank, Thiruvalla", "SBI, Pathanamthitta"]
            ),
        )
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[:7]), way)
        lab = ["UTR", "NEFT ref. No."] if way == "NEFT" else ["RTGS UTR No.", "UTR"]
        p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth No."]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - YOUR MIRRORS GO INTO THE MOULD THIS WEEK"]
    else:
        words.append(
            {
                "mirror": "PAID - THANK YOU, VISIT ARANMULA AGAIN",
                "wholesale": "PAID - CARTONS HANDED TO THE COURIER",
                "repolish": "PAID - MIRRORS RE-POLISHED AND RETURNED",
                "lamps": "PAID - LAMPS WEIGHED AND DELIVERED",
                "dross": "PAID - DROSS WEIGHED AND LOADED",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - LAMPS RELEASED ON CLEARANCE",
        "failed": "CHEQUE BOUNCED - SIGNATURE MISMATCH, SET NOT RELEASED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "wedding": "The set is handed over once the cheque is realised; engraving of names takes a week.",
            "wholesale": "Mirrors travel at the buyer's risk. Report breakage within 7 days of receipt.",
            "repolish": "Old mirrors are re-polished at the owner's risk; casting cracks are not ours.",
            "lamps": "Weighed before the party on a stamped scale. Priced at the day's bell-metal rate.",
            "dross": "Weighed on the foundry's stamped platform scale before the buyer; loaded at his cost.",
            "gift": "The balance falls due when the mirrors are boxed; dispatch by road in 4 weeks.",
        }.get(
            kind,
            "A genuine Aranmula kannadi (GI). Wipe with the velvet cloth only. No exchange after 7 days.",
        ),
    )
    if not advance:
        right(p, rng.choice([f"For {name} - Cashier", f"For {name} - Manager"]))
        p.add("left", "Vangunnayalude oppu (buyer's signature)")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. copper, tin, frames, abrasives, boxes


SUPPLIERS = [
    (
        "Coimbatore Non-Ferrous Metals",
        "Copper cathodes, ingots and scrap for melting",
        "Ganapathy, Coimbatore - 641006, Tamil Nadu",
        "33",
        "CNF",
    ),
    (
        "Pydhonie Tin & Alloys",
        "Tin ingots and white metal, bullion grade",
        "Pydhonie, Mumbai - 400003, Maharashtra",
        "27",
        "PTA",
    ),
    (
        "Mannar Brass Frame Works",
        "Cast brass frames and stands for mirrors and lamps",
        "Kuttamperoor, Mannar, Alappuzha - 689622, Kerala",
        "32",
        "MBF",
    ),
    (
        "Rajkot Abrasives & Polishing Supplies",
        "Emery, rouge, felt and jute buffs for metal polishing",
        "Aji GIDC, Rajkot - 360003, Gujarat",
        "24",
        "RAP",
    ),
    (
        "Thiruvalla Gift Box Makers",
        "Velvet-lined mirror boxes and lamp cases",
        "MC Road, Thiruvalla - 689101, Kerala",
        "32",
        "TGB",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "CNF": [
        ("Copper cathode, grade A, 99.99%", "7403", "kg", 860, 980, 18, 100, 900),
        ("Copper wire scrap (bare bright), for melting", "7404", "kg", 720, 820, 18, 80, 600),
    ],
    "PTA": [
        ("Tin ingots, 99.9%, 25 kg", "8001", "kg", 2900, 3600, 18, 20, 200),
    ],
    "MBF": [
        ("Brass mirror frame, Gajamukham, 8 in", "7419", "pcs", 650, 1400, 18, 10, 80),
        ("Brass stand for 4 in mirror, with name plate", "7419", "pcs", 220, 480, 18, 20, 200),
    ],
    "RAP": [
        ("Emery powder, grade 600", "6805", "kg", 140, 260, 18, 20, 200),
        ("Polishing rouge bars, red", "3405", "kg", 380, 640, 18, 10, 80),
    ],
    "TGB": [
        ("Velvet-lined mirror gift box, 6 x 6 in", "4819", "pcs", 45, 120, 5, 300, 2400),
        ("Lamp case, rosewood finish, with foam", "4415", "pcs", 180, 420, 5, 40, 300),
    ],
}
SUPPLY_STAMPS = {
    "CNF": "COIMBATORE NON-FERROUS",
    "PTA": "PYDHONIE TIN",
    "MBF": "MANNAR BRASS FRAMES",
    "RAP": "RAJKOT ABRASIVES",
    "TGB": "THIRUVALLA GIFT BOX",
}
SUPPLY_ORDER = [0, 2, 1, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "-", "NEFT", "UPI", "NEFT", "RTGS", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Coimbatore copper merchant, the Mumbai tin house, the Mannar brass frame works, the Rajkot
    abrasives house and the Thiruvalla box maker billing the company (paper: the supplier on top, its line,
    address and GSTIN; TAX INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM CASH RECEIPT / GST TAX INVOICE,
    Inv. No. / Tax invoice No. / Bill Sl. No. and Inv. date / Date of invoice / Dt. in either order, or the
    number and the day on one Invoice No. and date row (CNF/26-27/0412 dated 14/10/2026) on some, Buyer (bill
    to) / Details of receiver (billed to) / Invoice to the company, Delivery address / Consignee (ship to) /
    Goods sent to the workshop, the foundry or the showroom, Place of supply, E-way bill No., a Tamil Nadu or
    Gujarat transporter and its LR No., a Mumbai courier and its Docket No., or a local tempo's Vehicle No.,
    Buyer's order No., the copper, tin, frames, stands, emery, rouge, boxes or cases with HSN, kg or pcs x
    rate, Taxable value / Assessable value, CGST and SGST within Kerala or IGST from Tamil Nadu, Maharashtra
    and Gujarat (with their rates on some, without on the rest), Round off, Total invoice value / Invoice
    total (rounded), Less: Advance received with PO and Balance received by NEFT / RTGS on some, Less: TDS u/s
    194Q by buyer and Net paid by NEFT / RTGS on some, else Received by NEFT / Amount received (RTGS) / Paid
    via UPI / UPI amount recd., with UTR / NEFT UTR No. / RTGS UTR / UPI Ref. No. / UPI RRN, or Cheque
    received for / Amount by cheque with Cheque No.; the sums closed with /- on some; PAYMENT RECEIVED - THANK
    YOU / PAID IN FULL / CLEARED BY NEFT / RTGS / UPI / CHEQUE IN CLEARING - RECEIPT VALID ON REALISATION /
    CHEQUE DISHONOURED - EXCEEDS ARRANGEMENT, PAY BY NEFT, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = slash_rs(rng, font, ("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE CUM CASH RECEIPT", "GST TAX INVOICE"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        wrap_pair(p, "Invoice No. and date", f"{inv} dated {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Inv. No.", "Tax invoice No.", "Bill Sl. No."]),
                    inv,
                    txn=(INVOICE_RANK, inv),
                )

        day_labels = ["Inv. date", "Date of invoice", "Dt."]
        if rng.random() < 0.5:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
        else:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
    ours_to(p, ["Buyer (bill to)", "Details of receiver (billed to)", "Invoice to"])
    deliver = {
        "CNF": f"{FOUNDRY}, Kidangannur",
        "PTA": f"{SHED}, Aranmula",
        "MBF": f"{SHOWROOM}, East Nada, Aranmula",
        "RAP": f"{SHED}, Aranmula",
        "TGB": f"{SHOWROOM}, East Nada, Aranmula",
    }[tag]
    wrap_pair(p, rng.choice(["Delivery address", "Consignee (ship to)", "Goods sent to"]), deliver)
    p.pair("Place of supply", "Kerala (32)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if state in ("33", "24"):
        wrap_pair(
            p,
            "Transporter",
            rng.choice(["KPN Parcel Service", "Saurashtra Roadlines", "Sri Murugan Lorry Service"]),
        )
        p.pair("LR No.", f"{rng.choice(['KPN', 'SRL', 'SML'])}-{digits(rng, 6)}")
    elif state == "27":
        wrap_pair(p, "Courier", "DTDC Express - surface cargo, Mumbai to Pathanamthitta")
        p.pair("Docket No.", f"{rng.choice('DXZ')}{digits(rng, 9)}")
    else:
        p.pair("Vehicle No.", f"KL-{rng.choice(['04', '27', '03'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    p.pair("Buyer's order No.", f"PKW/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    tax_total = 0.0
    items = SUPPLY_ITEMS[tag]
    inter = state != "32"
    rated = rng.random() < 0.5
    rates = set()
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        tax_total += round(value * g / 100, 2)
        rates.add(g)
        wrap_pair(p, item, f"HSN {hsn}  GST {g}%")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    rated = rated and len(rates) == 1
    g = next(iter(rates))
    taxable = round(taxable, 2)
    p.pair(rng.choice(["Taxable value", "Assessable value"]), rs(taxable))
    tax_total = round(tax_total, 2)
    if inter:
        p.pair(f"IGST @ {g}%" if rated else "IGST", rs(tax_total))
    else:
        half = round(tax_total / 2, 2)
        p.pair(f"CGST @ {g / 2:g}%" if rated else "CGST", rs(half))
        p.pair(f"SGST @ {g / 2:g}%" if rated else "SGST", rs(half))
        tax_total = 2 * half
    total = float(round(taxable + tax_total))
    if abs(total - (taxable + tax_total)) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax_total:+.2f}")
    p.pair(rng.choice(["Total invoice value", "Invoice total (rounded)"]), rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    tds = 0.0
    pick = rng.random()
    if way in ("NEFT", "RTGS") and pick < 0.35:
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance received with PO", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q by buyer", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "Amount by cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif tds:
            lab = f"Net paid by {way}"
        elif way == "UPI":
            lab = rng.choice(["Paid via UPI", "UPI amount recd."])
        else:
            lab = rng.choice([f"Received by {way}", f"Amount received ({way})"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(
                    rng.choice(["UTR", f"{way} UTR No." if way == "NEFT" else "RTGS UTR"]),
                    ref,
                    txn=(UTR_RANK, ref),
                )
    word = {
        "success": rng.choice(["PAYMENT RECEIVED - THANK YOU", "PAID IN FULL", f"CLEARED BY {way}"]),
        "pending": "CHEQUE IN CLEARING - RECEIPT VALID ON REALISATION",
        "failed": "CHEQUE DISHONOURED - EXCEEDS ARRANGEMENT, PAY BY NEFT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Goods once sold will not be taken back. Interest @ 18% p.a. after the due date. "
        f"Subject to {town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, SUPPLY_STAMPS[tag], "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Mallappuzhassery Furnace Builders", "Furnace relining and new crucibles - foundry", 9000, 48000),
    ("Smt. Sarojini Amma", "Showroom rent - East Nada, Aranmula", 35000, 95000),
    ("Pamba Valley Security Services", "Watch and ward - workshop, foundry and showroom", 22000, 64000),
    ("Varghese & Nair, Chartered Accountants", "Statutory audit and GST annual return fee", 30000, 90000),
    ("Uthrattathi Studio, Kozhencherry", "Catalogue shoot - 90 mirrors and lamps", 25000, 110000),
    ("Nadakkavu Pandal Works", "Stall at the Onam trade fair, Pathanamthitta - 7 days", 40000, 180000),
    ("Pathanamthitta Parcel Service", "Freight - mirror cartons to Kochi and Chennai", 14000, 62000),
    ("Konni Charcoal & Firewood Depot", "Charcoal and firewood for the casting furnace", 18000, 240000),
]
CORP_PORTALS = [
    ("FedCorp", "Federal Bank", "fedcorp.federalbank.co.in/payments/status"),
    ("SIBerNet Corporate", "South Indian Bank", "sibernet.southindianbank.com/corp/txn/view"),
    ("ICICI Bank CIB", "ICICI Bank", "cib.icicibank.com/payments/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the furnace builders, the showroom's landlady, the security agency, the chartered
    accountants, the photo studio, the Onam fair stall builder, the carrier and the charcoal depot: corporate
    net banking's transfer pages (FedCorp, SIBerNet Corporate, ICICI Bank CIB: the portal on top and the
    bank's line, Payment status / Transaction receipt; three layouts: a Payment details block (the sum, the
    day, the references and the mode) first, then Beneficiary details (Beneficiary name / Payee name / Remit
    to / Account name (beneficiary), Payee short name on some, Account No. and IFSC) and a From account block
    (From account, Corporate user ID), the status at the foot; the status and the sum large on top, the
    beneficiary's rows, the references, the day, the From account rows and the remarks, Balance after debit on
    some; a Transaction summary with the status first, the day, the references, the beneficiary and the sum:
    Value date / Payment date / Debited on / Created on / Initiated on / Returned on / Failed on; Successful -
    amount credited to the beneficiary / Status: Completed (UTR generated) / Awaiting authorisation - second
    approver yet to approve / Returned by beneficiary bank - account closed, amount refunded; UTR / NEFT UTR /
    RTGS UTR / IMPS RRN and Bank ref. No. / Txn ref. (core banking), Amount / Debit amount / Remittance amount
    (INR), Payment mode NEFT / RTGS / IMPS, Remarks, Initiator / Authoriser)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(4,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?ref={digits(rng, 12)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small",
        f"{bank}  |  {rng.choice(['Funds transfer', 'Vendor payment', 'Transaction enquiry'])}",
    )
    p.add("center", rng.choice(["Payment status", "Transaction receipt"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Successful - amount credited to the beneficiary", "Status: Completed (UTR generated)"],
        "pending": ["Awaiting authorisation - second approver yet to approve"],
        "failed": ["Returned by beneficiary bank - account closed, amount refunded"],
    }
    day_labels = {
        "success": ["Value date", "Payment date", "Debited on"],
        "pending": ["Created on", "Initiated on"],
        "failed": ["Returned on", "Failed on"],
    }[status]
    hour = rng.random() < 0.5
    who = who.upper() if rng.random() < 0.4 else who
    payee_labels = ["Beneficiary name", "Payee name", "Remit to", "Account name (beneficiary)"]
    amount_labels = ["Amount", "Debit amount", "Remittance amount (INR)"]
    if status != "success":
        amount_labels = ["Amount", "Remittance amount (INR)"]
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", f"{way} UTR"]) if way != "IMPS" else "IMPS RRN",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{rng.choice(['FT', 'CB', 'S'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Bank ref. No.", "Txn ref. (core banking)"]), tr, txn=(BANK_RANK, tr))

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        if rng.random() < 0.5:
            p.pair("Payee short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "ARN")
        ben = rng.choice(BANKS[:10])
        p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")

    def debit_rows() -> None:
        wrap_pair(p, "From account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Corporate user ID", f"PKOW{digits(rng, 4)}")

    def tail_rows() -> None:
        p.pair("Payment mode", way, method="netbanking")
        wrap_pair(p, "Remarks", note)
        p.pair("Initiator / Authoriser", f"PKW.ACCOUNTS / {'-' if status == 'pending' else 'PKW.DIRECTOR'}")

    layout = rng.randrange(3)
    if layout == 0:
        p.add("left", "Payment details")
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        date_row(p, j, day_labels, hour=hour)
        refs()
        tail_rows()
        p.add("rule")
        p.add("left", "Beneficiary details")
        payee_rows()
        p.add("left", "From account")
        debit_rows()
        p.add("rule")
        outcome_row(p, status, words)
    elif layout == 1:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        payee_rows()
        refs()
        date_row(p, j, day_labels, hour=hour)
        debit_rows()
        tail_rows()
        if status == "success" and rng.random() < 0.5:
            p.pair("Balance after debit", rs(rupees(rng, 150000, 4800000)))
    else:
        p.add("left", "Transaction summary")
        outcome_row(p, status, words)
        date_row(p, j, day_labels, hour=hour)
        refs()
        payee_rows()
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        tail_rows()
        debit_rows()
    p.part = "foot"
    p.add("small", "A returned transfer is refunded to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. casters, polishers, moulders, helpers


# payee, role, locality, kind
WORKERS = [
    ("Gopalakrishnan Achari", "Mirror caster - casting in the clay mould", "Aranmula", "mirror"),
    ("Omana Kuttan", "Polishing helper - rough grinding, by the day", "Mallappuzhassery", "grind"),
    ("Rajan Achari", "Mirror polisher - final polish on jute and velvet", "Aranmula", "mirror"),
    ("Sunil Kumar", "Furnace helper - charcoal and bellows", "Kidangannur", "furnace"),
    ("Vasudevan Asari", "Lamp moulder - nilavilakku and uruli", "Kidangannur", "lamp"),
    ("Biju Thomas", "Mould clay helper", "Aranmula", "clay"),
    ("Anandavalli", "Mirror polisher - final polish on jute and velvet", "Elanthoor", "mirror"),
    ("Rajesh P.", "Packing and loading helper", "Kozhencherry", "pack"),
]
WORK_FRAMES = ["paper", "payout", "paper", "payout", "paper", "phonepe", "paper", "gpay"]
# slip headings, payee labels, the line, rate (low, high), count (low, high), net labels, additions, the cut
MIRRORS = (
    ["KANNADI PANI KOOLI CHEETU - ORU KANNADIKKU", "MIRROR MAKER'S WAGE SLIP - BY THE MIRROR"],
    ["Thozhilaliyude peru (worker)", "Paid to (mirror maker)", "Name of craftsman"],
    "Mirrors finished: {q} x {rate}",
    (600, 1800),
    (3, 14),
    ["Net kooli paid", "Net amount paid"],
    ["Add: Large mirror (8 in and above) extra", "Add: Valkannadi handle fitting extra"],
    "Less: Hazy finish, re-polished - {n} @ {per}",
)
CASTING = (
    ["VILAKKU VAARPPU KOOLI - KILO NIRAKKIL", "LAMP CASTING WAGES - BY THE KG"],
    ["Thozhilaliyude peru (worker)", "Paid to (moulder)", "Name of craftsman"],
    "Bell metal cast: {q} kg x {rate}",
    (120, 260),
    (40, 180),
    ["Net kooli paid", "Net amount paid"],
    ["Add: Filigree (chithrapani) extra"],
    "Less: Blowholes, recast - {n} kg @ {per}",
)


def payout_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Cashfree's payout page (Cashfree Payments on top and the company's payouts line under it; the
    beneficiary above the sum and the status or under them)."""
    j.amount = rupees(rng, 2200, 24000, 0.6)
    ref_id = digits(rng, 9)
    p = browser_page(
        rng, font, "merchant.cashfree.com/payouts/transfers" + ("" if j.no_ref else f"/{ref_id}")
    )
    p.part = "head"
    top(p, "Cashfree Payments")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transfer successful - credited to the beneficiary", "SUCCESS"],
        "pending": ["Pending - awaiting confirmation from the bank, do not retry"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Beneficiary", "Paid to beneficiary"]), who, merchant=who)
        p.pair("Bene ID", f"{who.split()[0].upper()}{digits(rng, 4)}")

    payee_first = rng.random() < 0.5
    if payee_first:
        payee_rows()
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    if not payee_first:
        payee_rows()
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Bank account", f"{rng.choice([BANKS[0], BANKS[1], BANKS[2], BANKS[8]])} XXXX{digits(rng, 4)}")
    else:
        p.pair("VPA", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@okaxis")
    p.pair(rng.choice(["Transfer mode", "Mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Remarks",
        rng.choice(["Grinding helper - 12 days", "Rough grinding wages - fortnight"])
        if kind == "grind"
        else rng.choice(["Furnace helper - 10 days", "Charcoal and bellows wages"]),
    )
    if not j.no_ref:
        tid = f"PKW-{j.date:%y%m}-{digits(rng, 5)}"
        p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
        p.pair("Reference ID", ref_id, txn=(TXN_RANK, ref_id))
        if status == "success":
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Transfer date"],
            "pending": ["Requested on", "Pending since"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The UTR is the bank's reference for this transfer; share it with the beneficiary.",
            "pending": "The status updates once the bank confirms. Do not create this transfer again.",
        }[status],
    )
    return p.done()


def helper_screen(rng: random.Random, font: str, k: int, j: Job, status: str, who: str, frame: str, rs):
    """A PhonePe or a Google Pay screen paying a helper (PhonePe's status on top, To small over the name and
    the sum under it; Google Pay's sum large and Paid to <name> on one line under it, then the status)."""
    j.amount = rupees(rng, 900, 9000, 0.9)
    p = phone_page(rng, font, k, ["", "Transaction details"])
    p.part = "head"
    p.add("title", "PhonePe" if frame == "phonepe" else "Google Pay")
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Transaction Successful", "Paid"],
        "failed": ["Payment failed - the receiver's bank did not respond"],
    }
    if frame == "phonepe":
        outcome_row(p, status, words)
        if not j.no_day:
            p.add("small", hour_day(rng, j.date), date=j.date)
        p.add("small", "To")
        p.add("center", who, merchant=who)
        p.add("small", f"{rng.choice('6789')}{digits(rng, 9)}@ybl", method="UPI")
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        if fits(p, "center", f"Paid to {who}  "):
            p.add("center", f"Paid to {who}", merchant=who)
        else:
            p.add("small", "Paid to")
            p.add("center", who, merchant=who)
        p.add("small", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@okhdfcbank", method="UPI")
        outcome_row(p, status, words)
        if not j.no_day:
            p.add("small", hour_day(rng, j.date), date=j.date)
    p.add("rule")
    p.pair(
        rng.choice(["Message", "Note"]),
        rng.choice(["Achu mannu (mould clay) - 4 days", "Clay helper kooli"])
        if kind_of(who) == "clay"
        else rng.choice(["Packing and loading - 60 cartons", "Loading helper"]),
    )
    p.pair(
        rng.choice(["Debited from", "From"]),
        f"{rng.choice(['Federal Bank', 'State Bank of India', 'South Indian Bank'])} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        if frame == "phonepe":
            own = own_id(rng, "PhonePe", j)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        else:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            own = f"CICAgO{code(rng, 12, MIXED)}"
            wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
    if status == "failed":
        p.add("small", "If money was debited, it will be refunded to your account in 3-5 working days.")
    p.part = "foot"
    p.add("small", "Share  |  Done")
    return p.done()


def kind_of(who: str) -> str:
    return next(kind for name, _, _, kind in WORKERS if name == who)


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its casters and polishers by the mirror and its lamp moulder by the kilo cast on
    paper, its grinding and furnace helpers through Cashfree payouts and its clay helper and packing helper by
    PhonePe and Google Pay: its printed KANNADI PANI KOOLI CHEETU - ORU KANNADIKKU / MIRROR MAKER'S WAGE SLIP
    - BY THE MIRROR and VILAKKU VAARPPU KOOLI - KILO NIRAKKIL / LAMP CASTING WAGES - BY THE KG (the company on
    top with the workshop's or the foundry's line, Thozhilaliyude peru (worker) / Paid to (mirror maker) /
    Paid to (moulder) / Name of craftsman first or under the number and the day, Work (pani), Desam
    (locality), Achu No. (the mould's number), Artisan card No. (no fact), Koolicheetu No. / Wage slip No.,
    Theeyathi / Paid on / Wage date, the mirrors x rate or the kilos cast x rate, Add: Large mirror (8 in and
    above) extra / Add: Valkannadi handle fitting extra / Add: Filigree (chithrapani) extra, Aake kooli
    (gross) / Gross earned, Less: Hazy finish, re-polished - n @ rate / Less: Blowholes, recast - n kg @ rate
    / Less: Advance (mun kooli) adjusted, Net kooli paid / Net amount paid, Payment mode / Paid through Cash /
    UPI / IMPS, UPI Ref. No. / IMPS ref. No.; PAID / PAID IN CASH / PAID - MIRRORS CHECKED INTO STOCK / PAID -
    CASTINGS WEIGHED INTO STORE / PAID - ENTERED IN KOOLI REGISTER, the worker's signature or thumb), Cashfree
    payout pages for the grinding and furnace helpers (Cashfree Payments on top and Payouts | the company
    under it, Beneficiary / Paid to beneficiary above the sum and the status or under them, Bene ID, Bank
    account / VPA, Transfer mode / Mode, Remarks, Transfer ID, Reference ID, UTR, Processed on / Transfer date
    / Requested on / Pending since; Transfer successful - credited to the beneficiary / SUCCESS / Pending -
    awaiting confirmation from the bank, do not retry), a PhonePe screen (the status, the day and the hour
    with no label, To over the name, the sum) and a Google Pay screen (the sum, Paid to <name> on one line,
    the status, the day and the hour with no label) paying the helpers (Transaction Successful / Paid /
    Payment failed - the receiver's bank did not respond; Transaction ID and UTR, UPI transaction ID and
    Google transaction ID)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=1800, high=26000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        return payout_page(rng, font, j, status, who, kind, rs)
    if frame in ("phonepe", "gpay"):
        return helper_screen(rng, font, k, j, status, who, frame, rs)
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets, adds, spoilt = (
        CASTING if kind == "lamp" else MIRRORS
    )
    unit = UNITS["foundry" if kind == "lamp" else "shed"]
    section = f"{FOUNDRY} - moulding floor" if kind == "lamp" else f"{SHED} - casting and polishing"
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        section,
        unit[1],
        unit[2],
        heads,
        merchant=False,
    )

    def number_day() -> None:
        if not j.no_ref:
            vno = f"KC/{fy(j.date)}/{rng.randrange(10, 999):03d}"
            p.pair(rng.choice(["Koolicheetu No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
        day_pair(p, j, ["Theeyathi", "Paid on", "Wage date"], PATS_IN)

    payee_first = rng.random() < 0.6
    if not payee_first:
        number_day()
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work (pani)", role.split(" - ")[0])
    p.pair("Desam (locality)", village)
    if kind == "mirror":
        p.pair("Achu No.", f"{rng.choice(['A', 'AM', 'K'])}-{rng.randrange(1, 60):02d}")
    p.pair("Artisan card No.", f"KL{rng.randrange(10, 99)}{digits(rng, 6)}")
    if payee_first:
        number_day()
    rate = (
        float(round(rng.randrange(rlo, rhi + 1), -1))
        if kind == "mirror"
        else float(rng.randrange(rlo, rhi + 1))
    )
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 400, 600]))
        p.pair(rng.choice(adds), rs(extra))
        gross += extra
    p.pair(rng.choice(["Aake kooli (gross)", "Gross earned"]), rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        bad = rng.randrange(1, 3)
        per = round(rate * 0.2, 2)
        cut = round(bad * per, 2)
        p.pair(spoilt.format(n=bad, per=f"{per:,.2f}"), rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Advance (mun kooli) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        rng.choice(["Payment mode", "Paid through"]),
        way,
        method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way],
    )
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    words = [
        "PAID",
        "PAID - ENTERED IN KOOLI REGISTER",
        "PAID - CASTINGS WEIGHED INTO STORE" if kind == "lamp" else "PAID - MIRRORS CHECKED INTO STOCK",
    ]
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"{words_in_rupees(j.amount)}")
    right(
        p,
        rng.choice(
            ["Thozhilaliyude oppu / viral adayalam (signature / thumb)", "Signature or thumb of the worker"]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 8. the Panchayat, the Board, EPFO, the GI


FEE_FRAMES = ["panchayat", "kspcb", "epfo", "gi", "labour", "mvd", "esic", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of an Aranmula mirror house, its workshop, its foundry and its showroom: Aranmula Grama
    Panchayat's D&O and trade licence page on K-SMART (the Panchayat on top and the Local Self Government
    line, Licence No., Name of institution, Ward No., Trade licence fee (D&O) 2026-27, Waste user fee (12
    months) and Late fee on some, Total paid / Amount remitted, Transaction ID, Bank ref. No., Receipt No.),
    the Kerala State Pollution Control Board's consent renewal for the foundry on KOCMMS (Unit name, Category,
    Application ID, Consent fee - Water Act, Consent fee - Air Act, Fee due / Amount to be remitted,
    Transaction ID; Transaction failed - consent fee not received, retry payment, Attempted at / Transaction
    failed on), EPFO's ECR challan (Establishment ID, Establishment name, Wage month, A/c 1, A/c 2, A/c 10 and
    A/c 21, Total remitted / Challan amount paid, TRRN, CRN), the Geographical Indications Registry's
    authorised user application for the Aranmula kannadi (Name of applicant, GI application No., Goods,
    Application fee - Form GI-3A (authorised user), Certified copies - n pages @ 10.00, Total fee paid / Fee
    remitted, Transaction ID, CBR No.), the Labour Department's registration renewal for the showroom under
    the Kerala Shops and Commercial Establishments Act (Name of establishment, Registration No., Number of
    workers, Renewal fee, Late fee on some, Total fee paid / Amount paid, Transaction ID, Receipt No.), the
    Motor Vehicles Department's quarterly tax on the delivery pickup (Registration No., Owner name, Vehicle
    class, Tax - goods carrier (LGV), quarter 2, 2026-27, User charges, Total tax paid / Tax remitted,
    Transaction No., Bank ref. No., Receipt No.), ESIC's monthly contribution (Employer code, Employer name,
    Contribution period, Employees, Employer's contribution @ 3.25%, Employees' contribution @ 0.75%, Challan
    amount / Amount to be paid, Challan No.; Pending - payment status awaited from the bank, Challan generated
    on / Sent to bank on) and Legal Metrology's verification of the foundry's and the showroom's scales (Name
    of the user, Verification fee - platform scale (300 kg), Verification fee - precision balance (6 kg), Late
    fee on some, Total fee / Fee paid, Transaction ID, Receipt No.); the status under the authority's line or
    at the foot: Payment successful - e-receipt generated / Paid - receipt sent by SMS / Credited to the
    Government account; Payment mode / Paid using (EPFO and ESIC by net banking only), Date of payment /
    Remitted on / Transaction date; the references before the heads on some."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame in ("epfo", "esic"):
        way = "Net banking"
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "%Y-%m-%d"]
    words = {
        "success": [
            "Payment successful - e-receipt generated",
            "Paid - receipt sent by SMS",
            "Credited to the Government account",
        ]
    }
    day_labels = ["Date of payment", "Remitted on", "Transaction date"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "panchayat":
        url = "ksmart.lsgkerala.gov.in/licence/receipt" + ("" if j.no_ref else f"/{digits(rng, 9)}")
        name = rng.choice(
            ["Aranmula Grama Panchayat", "ARANMULA GRAMA PANCHAYAT", "Aranmula Gramapanchayath"]
        )
        line = "Local Self Government Department, Kerala  |  D&O and trade licence"
    elif frame == "kspcb":
        url = "kocmms.keralapcb.nic.in/consent/payment" + ("" if j.no_ref else f"/{digits(rng, 8)}")
        name = rng.choice(["Kerala State Pollution Control Board", "KERALA STATE POLLUTION CONTROL BOARD"])
        line = "KOCMMS - online consent management  |  Consent to operate - renewal"
    elif frame == "epfo":
        url = "unifiedportal-emp.epfindia.gov.in/epfo/challan/receipt"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        line = "Ministry of Labour & Employment  |  ECR - challan payment"
    elif frame == "gi":
        url = "ipindiaonline.gov.in/gi/efiling/payment" + ("" if j.no_ref else f"/{digits(rng, 7)}")
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY, CHENNAI"])
        line = "Office of the CGPDTM, DPIIT  |  Authorised user - application"
    elif frame == "labour":
        url = "lc.kerala.gov.in/shops-establishments/renewal/receipt"
        name = rng.choice(["Labour Department, Kerala", "Labour Commissionerate, Government of Kerala"])
        line = "Kerala Shops and Commercial Establishments Act, 1960  |  Renewal of registration"
    elif frame == "mvd":
        url = "vahan.parivahan.gov.in/vahanservice/tax/receipt"
        name = rng.choice(["Motor Vehicles Department, Kerala", "MOTOR VEHICLES DEPARTMENT, GOVT. OF KERALA"])
        line = "Vahan - Ministry of Road Transport & Highways  |  Tax payment"
    elif frame == "esic":
        url = "www.esic.gov.in/esicportal/employer/challan/status"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
    else:
        url = "lmd.kerala.gov.in/verification/payment/receipt"
        name = rng.choice(["Legal Metrology Department, Kerala", "LEGAL METROLOGY, KERALA"])
        line = "Verification and stamping of weights and measures  |  Pathanamthitta"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("kspcb", "esic")
    labels: list[str]
    if frame == "panchayat":
        p.pair("Licence No.", f"ARN/DO/{digits(rng, 5)}")
        wrap_pair(p, "Name of institution", f"{FOUNDRY} ({firm})")
        p.pair("Ward No.", str(rng.randrange(1, 18)))
        heads = [("Trade licence fee (D&O) 2026-27", float(rng.choice([1500, 2500, 3500, 5000])))]
        if rng.random() < 0.6:
            heads.append(("Waste user fee (12 months)", float(rng.choice([600, 1200, 1800]))))
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([100, 250, 500]))))
        labels = ["Total paid", "Amount remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"KSM{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"ARNGP/R/{digits(rng, 6)}"),
        ]
    elif frame == "kspcb":
        wrap_pair(p, "Unit name", f"{FOUNDRY} ({firm})")
        p.pair("Category", "Orange - small (non-ferrous casting)")
        p.pair("Application ID", f"KSPCB/PTA/{digits(rng, 6)}")
        heads = [
            ("Consent fee - Water Act", float(rng.choice([4000, 6000, 9000]))),
            ("Consent fee - Air Act", float(rng.choice([3000, 4500, 6000]))),
        ]
        labels = ["Fee due", "Amount to be remitted"]
        refs = [("Transaction ID", TXN_RANK, f"KOC{digits(rng, 12)}")]
        words = {"failed": ["Transaction failed - consent fee not received, retry payment"]}
        day_labels = ["Attempted at", "Transaction failed on"]
    elif frame == "epfo":
        p.pair("Establishment ID", f"KRKCH{digits(rng, 7)}000")
        wrap_pair(p, "Establishment name", COMPANY_CAPS)
        p.pair("Wage month", j.month(1))
        wages = float(rng.randrange(160000, 480000, 100))
        heads = [
            ("A/c 1 - EPF (employer and employee)", float(round(wages * 0.1567))),
            ("A/c 2 - administration charges", float(max(500, round(wages * 0.005)))),
            ("A/c 10 - EPS", float(round(wages * 0.0833))),
            ("A/c 21 - EDLI", float(round(wages * 0.005))),
        ]
        labels = ["Total remitted", "Challan amount paid"]
        refs = [
            ("TRRN", TXN_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
            ("CRN", INVOICE_RANK, f"{digits(rng, 15)}"),
        ]
    elif frame == "gi":
        n = rng.randrange(4, 30)
        wrap_pair(p, "Name of applicant", f"{SHED} ({firm})")
        p.pair("GI application No.", f"GI/AU/{digits(rng, 5)}")
        wrap_pair(p, "Goods", "Aranmula Kannadi (metal mirror)")
        heads = [
            ("Application fee - Form GI-3A (authorised user)", 500.0),
            (f"Certified copies - {n} pages @ 10.00", float(n * 10)),
        ]
        labels = ["Total fee paid", "Fee remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"IPO{digits(rng, 12)}"),
            ("CBR No.", INVOICE_RANK, f"{digits(rng, 5)}"),
        ]
    elif frame == "labour":
        wrap_pair(p, "Name of establishment", f"{SHOWROOM}, East Nada, Aranmula")
        p.pair("Registration No.", f"PTA/SCE/{digits(rng, 5)}")
        p.pair("Number of workers", str(rng.randrange(3, 12)))
        heads = [("Renewal fee", float(rng.choice([500, 1000, 1500])))]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([200, 500]))))
        labels = ["Total fee paid", "Amount paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LCK{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"SCE/{digits(rng, 7)}"),
        ]
    elif frame == "mvd":
        p.pair("Registration No.", f"KL03{code(rng, 2, UPPER)}{digits(rng, 4)}")
        wrap_pair(p, "Owner name", COMPANY_CAPS)
        p.pair("Vehicle class", "Goods carrier (LGV) - Tata Ace Gold")
        heads = [
            ("Tax - goods carrier (LGV), quarter 2, 2026-27", float(rng.choice([1200, 1800, 2400]))),
            ("User charges", float(rng.choice([50, 100]))),
        ]
        labels = ["Total tax paid", "Tax remitted"]
        refs = [
            ("Transaction No.", TXN_RANK, f"KL{digits(rng, 3)}{code(rng, 3, UPPER)}{digits(rng, 9)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"KL03{code(rng, 2, UPPER)}{digits(rng, 7)}"),
        ]
    elif frame == "esic":
        p.pair("Employer code", f"5{digits(rng, 16)}")
        wrap_pair(p, "Employer name", COMPANY_CAPS)
        p.pair("Contribution period", j.month(1))
        p.pair("Employees", str(rng.randrange(12, 40)))
        wages = float(rng.randrange(160000, 480000, 100))
        heads = [
            ("Employer's contribution @ 3.25%", float(round(wages * 0.0325))),
            ("Employees' contribution @ 0.75%", float(round(wages * 0.0075))),
        ]
        labels = ["Challan amount", "Amount to be paid"]
        refs = [("Challan No.", INVOICE_RANK, f"{rng.choice('12')}{digits(rng, 13)}")]
        words = {"pending": ["Pending - payment status awaited from the bank"]}
        day_labels = ["Challan generated on", "Sent to bank on"]
    else:
        wrap_pair(p, "Name of the user", f"{firm} - foundry and showroom")
        heads = [
            ("Verification fee - platform scale (300 kg)", float(rng.choice([500, 750, 900]))),
            ("Verification fee - precision balance (6 kg)", float(rng.choice([200, 300, 400]))),
        ]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([100, 250]))))
        labels = ["Total fee", "Fee paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LMK{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"LM/PTA/{digits(rng, 6)}"),
        ]
    if status_top:
        outcome_row(p, status, words)
    refs_first = rng.random() < 0.35
    if refs_first:
        fee_refs(p, j, refs)
    total = 0.0
    for head, fee in heads:
        total += fee
        wrap_pair(p, head, rs(fee))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Payment mode", "Paid using"]), way, method=way_method(way))
    if not refs_first:
        fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "panchayat": "Exhibit the licence at the premises; renew it before 31 March every year.",
        "kspcb": "The consent is renewed only after the fee reaches the Board; retry the payment.",
        "epfo": "File the ECR before the 15th of the month; this challan is for this wage month only.",
        "gi": "The application is examined after the fee is received; quote the CBR number in letters.",
        "labour": "Keep the renewed registration certificate displayed at the establishment.",
        "mvd": "Carry the tax receipt in the vehicle; it can be verified on the mParivahan app.",
        "esic": "Do not pay again; the challan is marked paid once the bank confirms the payment to ESIC.",
        "metrology": "Have the instruments stamped within 7 days of this payment at the Inspector's office.",
    }[frame]
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Sookshma Udyam Suraksha - moulds, metal stock and mirrors",
        "paper",
        "fire",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Shopkeeper's policy - showroom stock, East Nada",
        "browser",
        "burglary",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine cargo - export shipments by air",
        "mail",
        "transit",
    ),
    (
        "Care Health Insurance Ltd",
        "careinsurance.com",
        "Group health - casters, polishers and staff",
        "browser",
        "health",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Employees' compensation - foundry and mirror workshop",
        "mail",
        "wc",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Group personal accident - craftsmen and helpers",
        "paper",
        "pa",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Goods carrying vehicle package - Tata Ace Gold",
        "browser",
        "vehicle",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Exhibition floater - stock at the Onam trade fair",
        "mail",
        "fair",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its moulds, metal stock and mirrors, the showroom's stock, its export shipments, its
    workers' health, its foundry and workshop hands under the Employees' Compensation Act, its craftsmen
    against accidents, its pickup and its stock at the Onam trade fair: the insurers' premium receipts
    (browser, e-mail, printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT /
    Acknowledgement of premium / Premium payment receipt (Payment unsuccessful - premium not received /
    Renewal premium - payment failed on the failed one); the status under the heading on some, under the sum
    on the rest; Policyholder / Name of policyholder / Client name, Policy No. / Proposal No. / Renewal notice
    No., Sum insured - moulds, metal stock and mirrors / Sum insured - showroom stock (first loss) / Estimated
    annual export sales / Lives covered / Annual wages (estimated) / Insured persons / IDV and Registration
    No. / Value of stock at the fair, Period of cover From ... to ..., Premium before GST / Net premium or OD
    premium and TP premium, an add-on (Earthquake cover, Burglary - theft extension, Strikes, riots and civil
    commotion, Room rent waiver, Occupational disease cover, Temporary total disablement, Zero depreciation,
    Transit to and from the fair), CGST and SGST @ 9% or IGST @ 18%, the sum: Total premium (incl. GST) /
    Premium received / Amount paid / Cheque value / Amount of cheque / Renewal premium (incl. GST) / Amount
    due for renewal; Premium received - cover confirmed / Paid - policy document e-mailed / CHEQUE UNDER
    REALISATION - COVER STARTS ON CLEARANCE / Payment failed at the bank - renew before the due date to keep
    cover; Payment mode / Mode of payment, Cheque No., Transaction No., UPI Ref. No. / Bank ref. No., Receipt
    No. / Premium receipt No., Date of receipt / Payment date / Premium received on / Cheque received on /
    Cheque tendered on / Payment attempted on / Failed on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    ins, host, product, frame, kind = POLICIES[k]
    if kind == "fair":
        # the fair's floater is bought in the weeks before the fair
        j.date = FAIR_START - dt.timedelta(days=rng.randrange(6, 24))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'online', 'customer'])}.{host}/renewal/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <customercare@{host}>",
            ["Premium receipt for your policy", "We have received your premium"]
            if status != "failed"
            else ["Renewal premium - payment failed"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add("small", rng.choice(["Branch Office, Pathanamthitta", "Divisional Office, Thiruvalla"]))
    p.add(
        "center",
        rng.choice(
            ["Payment unsuccessful - premium not received", "Renewal premium - payment failed"]
            if status == "failed"
            else ["PREMIUM RECEIPT", "Acknowledgement of premium"]
            + (["Premium payment receipt"] if status == "success" else [])
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Premium received - cover confirmed", "Paid - policy document e-mailed"],
        "pending": ["CHEQUE UNDER REALISATION - COVER STARTS ON CLEARANCE"],
        "failed": ["Payment failed at the bank - renew before the due date to keep cover"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Policyholder", "Name of policyholder", "Client name"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair(
            "Policy No.",
            f"{rng.choice(['76', '44', '31'])}{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(0, 3):02d}",
        )
    elif status == "pending":
        p.pair("Proposal No.", f"PR{digits(rng, 11)}")
    else:
        p.pair("Renewal notice No.", f"RN{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(2500000, 30000000, 50000))
        p.pair("Sum insured - moulds, metal stock and mirrors", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(800000, 6000000, 50000))
        p.pair("Sum insured - showroom stock (first loss)", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Burglary - theft extension", round(insured * 0.0001, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(2000000, 24000000, 500000))
        p.pair("Estimated annual export sales", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0006), 2)
        addon = ("Strikes, riots and civil commotion", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(16, 60)
        p.pair("Lives covered", f"{members} (Rs 3,00,000 each)")
        basic = round(members * rng.uniform(3400, 5800), 2)
        addon = ("Room rent waiver", round(members * 380.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(1500000, 8000000, 100000))
        p.pair("Annual wages (estimated)", rs(wages))
        basic = round(wages * rng.uniform(0.007, 0.012), 2)
        addon = ("Occupational disease cover", round(wages * 0.0004, 2))
    elif kind == "pa":
        persons = rng.randrange(20, 80)
        p.pair("Insured persons", f"{persons} (Rs 5,00,000 each)")
        basic = round(persons * rng.uniform(240, 460), 2)
        addon = ("Temporary total disablement", round(persons * 85.0, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 720000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"KL-03-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.004, 2))
    else:
        stock = float(rng.randrange(800000, 4000000, 50000))
        p.pair("Value of stock at the fair", rs(stock))
        basic = round(stock * rng.uniform(0.0008, 0.0015), 2)
        addon = ("Transit to and from the fair", round(stock * 0.0002, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 5))
        if kind == "fair":
            start = FAIR_START - dt.timedelta(days=rng.randrange(2, 4))
            end = FAIR_START + dt.timedelta(days=rng.randrange(8, 11))
        else:
            end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        wrap_pair(p, "Period of cover", f"From {when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Premium before GST", "Net premium"]), rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    if rng.random() < 0.5:
        half = round(taxed * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        gst = 2 * half
    else:
        gst = round(taxed * 0.18, 2)
        p.pair("IGST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium (incl. GST)", "Premium received", "Amount paid"],
        "pending": ["Cheque value", "Amount of cheque"],
        "failed": ["Renewal premium (incl. GST)", "Amount due for renewal"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if not status_top:
        outcome_row(p, status, words)
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair(rng.choice(["Payment mode", "Mode of payment"]), pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:6])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['TXN', 'PG', 'ON'])}{digits(rng, 12)}"
            p.pair("Transaction No.", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Date of receipt", "Payment date", "Premium received on"],
            "pending": ["Cheque received on", "Cheque tendered on"],
            "failed": ["Payment attempted on", "Failed on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to realisation of the premium and to the terms and exclusions of the policy.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("PAMPA KANNADI SADANAM", "EAST NADA, ARANMULA", "own"),
    ("MAR THOMA FUELS", "MC ROAD, THIRUVALLA", "fuel"),
    ("PAMPA KANNADI & OTTU WORKS", "ARANMULA 689533", "own"),
    ("HOTEL MARINE DRIVE RESIDENCY", "MARINE DRIVE, ERNAKULAM", "hotel"),
    ("PAMPA OTTUVILAKKU SHALA", "KIDANGANNUR 689514", "own"),
    ("ST. GEORGE HARDWARES", "RLY STATION RD, THIRUVALLA", "shop"),
    ("PAMPA KANNADI SADANAM", "ONAM TRADE FAIR, PATHANAMTHITTA", "own"),
    ("KOZHENCHERRY APPAM HOUSE", "MARKET JN, KOZHENCHERRY", "food"),
]
TERMINALS = [
    "PAYTM EDC",
    "HPCL",
    "FEDERAL BANK",
    "ICICI BANK",
    "SOUTH INDIAN BANK",
    "PINE LABS",
    "CANARA BANK",
    "RAZORPAY POS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the showroom's (at East Nada and at the Onam trade fair), the company's and the
    foundry's terminals, and the company's card at a filling station on MC Road at Thiruvalla, an Ernakulam
    hotel, a Thiruvalla hardware shop and a Kozhencherry appam house: terminal slips (monospace: the
    terminal's bank or brand on top on some, the counter's name and place in capitals; DATE & TIME: <day>
    <hour> on one row, DT: and TM: on two, or the day and the hour with no label on one line, at the top or
    under the sum; MID:, TID:, BATCH:, TRACE NO:, INV NO: / RECEIPT NO:, SALE / CONTACTLESS SALE / CHIP SALE,
    CARD NO: / CARD:, MODE:, a fuel sale's PRODUCT:, RATE/LTR:, LITRES:, PUMP NO:, VEHICLE: and LOYALTY PTS:,
    a hotel's ROOM NO: and GRC NO:, the appam house's KOT: and TABLE NO:, the shop's CUST MOBILE:, APPR CODE:
    / AUTH NO:, RRN: / REF NO:, AMT: / SALE TOTAL: / INR AMT:, the sum above or below the card; APPROVED /
    TRANSACTION APPROVED / APPROVED - PIN VERIFIED / DECLINED - 05 DO NOT HONOUR / RESPONSE NOT RECEIVED -
    CHECK STATUS BEFORE RETRYING)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=1800, high=86000)
    name, town, kind = COUNTERS[k]
    if k == 6:
        j.date = FAIR_START + dt.timedelta(days=rng.randrange(7))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 6800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3200, 16000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 700, 18000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 240, 2200, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"

    def day_rows() -> None:
        if j.no_day:
            return
        d = when(
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d%b%y", "%d.%m.%Y", "%d-%b-%Y", "%d/%m/%y"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.6)
        pick = rng.random()
        if pick < 0.35:
            p.pair("DATE & TIME:", f"{d} {t}", date=j.date)
        elif pick < 0.7:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.add("left", f"{d}   {t}", date=j.date)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "RECEIPT NO:"]), inv, txn=(INVOICE_RANK, inv))
    sale = rng.choice(
        ["SALE", "CONTACTLESS SALE", "CHIP SALE"] if j.amount <= 5000 else ["SALE", "CHIP SALE"]
    )
    p.add("center", sale)
    lab = rng.choice(["AMT:", "SALE TOTAL:", "INR AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = body if lab == "INR AMT:" else f"{rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD NO:", "CARD:"]),
        f"{lead}{digits(rng, 3)}{rng.choice(['XXXXXXXX', '********'])}{digits(rng, 4)}",
        method="card",
    )
    scheme = {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead]
    entry = {"CONTACTLESS SALE": "CONTACTLESS", "CHIP SALE": "CHIP"}.get(sale) or rng.choice(
        ["CHIP", "CONTACTLESS"] if j.amount <= 5000 else ["CHIP"]
    )
    p.pair("MODE:", f"{scheme} {entry}")
    if kind == "fuel":
        rate = round(rng.uniform(94.5, 109.8), 2)
        p.pair("PRODUCT:", rng.choice(["DIESEL", "PETROL", "POWER"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("LITRES:", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 7)))
        p.pair("VEHICLE:", f"KL03{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("LOYALTY PTS:", str(rng.randrange(10, 140)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 520)))
        p.pair("GRC NO:", f"G{digits(rng, 6)}")
    elif kind == "food":
        p.pair("KOT:", str(rng.randrange(10, 400)))
        p.pair("TABLE NO:", str(rng.randrange(1, 18)))
    elif kind == "shop":
        p.pair("CUST MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TRANSACTION APPROVED", "APPROVED - PIN VERIFIED"]),
            status="success",
        )
        if rng.random() < 0.5:
            p.add("small", rng.choice(["NO SIGNATURE REQUIRED", "THANK YOU - VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 05 DO NOT HONOUR", status="failed")
    else:
        p.add("center", "RESPONSE NOT RECEIVED - CHECK STATUS BEFORE RETRYING", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("KSEB", "Kerala State Electricity Board Ltd", "Consumer No."),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Airtel Digital TV", "Bharti Telemedia Ltd", "Customer ID"),
    ("Bharat Gas", "Bharat Petroleum Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["KSEB", "Google Pay", "FedCorp", "KSEB", "Amazon Pay", "PhonePe", "Paytm", "CRED"]
BILL_WHICH = [0, 1, 0, 0, 3, 4, 2, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's, the foundry's and the showroom's electricity (KSEB), the showroom's fibre (BSNL Bharat
    Fibre), the manager's postpaid phone (Vi), the showroom's DTH (Airtel Digital TV) and the foundry
    canteen's cooking gas (Bharat Gas) through Bharat Connect in Federal Bank's FedCorp and other apps (Google
    Pay, Amazon Pay, PhonePe, Paytm, CRED: the app on top, the sum large above or below the status, or the
    biller first, Billed by / Paid to (biller) / Provider as printed, Consumer No. / Account No. / Mobile No.
    / Customer ID / LPG ID, Registered name / Bill in the name of, Bill No., Billing period, Bill generated
    on, Pay by and Late payment amount on some power and fibre bills, Payment source / Paid with Current A/c
    or UPI, BBPS txn ref. No. / Bharat Connect reference / B-Connect ID, UPI RRN / UTR No., Transaction ID on
    the failed one, Paid on / Payment date / Date & time of payment / Initiated at / Tried at (the latter two
    on one not paid); Bill payment successful - confirmed by the biller / Paid / Pending - awaiting biller
    confirmation, please don't retry / Payment failed - any amount debited is refunded in 3-5 days) and KSEB's
    own Quick Pay receipt (KSEB, Kerala State Electricity Board Ltd or its capitals on top with its "A
    Government of Kerala undertaking" line, Consumer No., Section office, Registered consumer, Amount paid /
    Bill amount remitted, Due date, Payment mode, KSEB transaction ID, Bank ref. No., Receipt No., Paid on /
    Date of remittance, the status under the head or at the foot: Payment successful - KSEB receipt generated
    / Remittance posted to the consumer account)."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=1800, high=52000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 499, 2499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1599, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 299, 1199, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 880, 3400, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"11{rng.choice(['45', '46', '47'])}{digits(rng, 9)}",
        "Account No.": f"{rng.choice(['90', '91'])}{digits(rng, 8)}",
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 9)}",
        "Customer ID": f"3{digits(rng, 9)}",
        "LPG ID": f"7{digits(rng, 16)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "KSEB":
        p = browser_page(rng, font, "wss.kseb.in/selfservices/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Kerala undertaking  |  Quick Pay")
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Payment successful - KSEB receipt generated",
                "Remittance posted to the consumer account",
            ]
        }
        status_top = rng.random() < 0.4
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        p.pair("Section office", rng.choice(["Aranmula", "Kozhencherry", "Pathanamthitta", "Elanthoor"]))
        wrap_pair(
            p, "Registered consumer", rng.choice([COMPANY_CAPS, SHED.upper(), f"M/S {FOUNDRY.upper()}"])
        )
        p.pair(rng.choice(["Amount paid", "Bill amount remitted"]), rs(j.amount), amount=j.amount)
        if not j.no_day:
            p.pair("Due date", j.other_day(rng, 3, 15))
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"KSEB{digits(rng, 13)}"
            p.pair("KSEB transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "Net banking" and rng.random() < 0.6:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"QP{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Paid on", "Date of remittance"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Pay before the due date to avoid surcharge and disconnection.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payment")
    p.part = "body"
    words = {
        "success": ["Bill payment successful - confirmed by the biller", "Paid"],
        "pending": ["Pending - awaiting biller confirmation, please don't retry"],
        "failed": ["Payment failed - any amount debited is refunded in 3-5 days"],
    }
    name = rng.choice([short, long])
    label = rng.choice(
        ["Billed by", "Paid to (biller)", "Provider"] if status == "success" else ["Billed by", "Provider"]
    )
    if not fits(p, "pair", f"{label} {name}     "):
        name = short

    def biller() -> None:
        wrap_pair(p, label, name, merchant=name)
        p.pair(idlab, ids)

    layout = rng.randrange(3)
    if layout == 0:
        biller()
    if layout == 1:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    if layout != 0:
        biller()
    wrap_pair(
        p,
        rng.choice(["Registered name", "Bill in the name of"]),
        rng.choice(
            {
                0: [COMPANY_CAPS, SHED.upper(), SHOWROOM.upper()],
                4: [COMPANY_CAPS, FOUNDRY.upper()],
            }.get(which, [COMPANY_CAPS, SHOWROOM.upper()])
        ),
    )
    if which in (0, 1) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill No.", f"{rng.choice(['KS', 'BF'])}{digits(rng, 10)}")
        start, end = earlier(rng, j, 66, 70), earlier(rng, j, 6, 12)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Billing period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Bill generated on", when(earlier(rng, j, 3, 6), "%d %b %Y"))
        p.pair("Pay by", j.other_day(rng, 3, 15))
        p.pair("Late payment amount", rs(round(j.amount * 1.015, 2) if which == 0 else j.amount + 118))
    way = "Current A/c" if app == "FedCorp" else "UPI"
    p.pair(
        rng.choice(["Payment source", "Paid with"]),
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:8])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Google Pay": "GP",
                "Amazon Pay": "AP",
                "PhonePe": "PP",
                "Paytm": "PT",
                "CRED": "CR",
            }.get(app, "FB")
            bc = f"{head}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["BBPS txn ref. No.", "Bharat Connect reference", "B-Connect ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair(rng.choice(["UPI RRN", "UTR No."]), j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 15)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date", "Date & time of payment"]
        if status == "success"
        else ["Initiated at", "Tried at"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "GOPALAKRISHNAN ACHAR",
    "",
    "KONNI CHARCOAL & FIR",
    "PATHANAMTHITTA PARCE",
    "RAJKOT ABRASIVES & P",
    "UTHRATTATHI STUDIO K",
    "",
    "COIMBATORE NON-FERRO",
]
MAIL_PAYEES = [
    "Smt. Sarojini Amma",
    "Varghese & Nair, Chartered Accountants",
    "Coimbatore Non-Ferrous Metals",
    "Thiruvalla Gift Box Makers",
]
SENDERS = {
    "Kerala Gramin Bank": "VM-KGBANK",
    "Federal Bank": "AD-FEDBNK",
    "South Indian Bank": "JD-SIBSMS",
    "Kerala State Co-operative Bank": "BP-KSCBNK",
}
MAIL_AT = (1, 6)


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-KGBANK /
    AD-FEDBNK / JD-SIBSMS / BP-KSCBNK, the day divider, each bank's own wording: Kerala Gramin Bank's UPI
    "Dear Customer, A/c XX1234 debited Rs.x on 14-10-26 for UPI txn to <payee>. Ref No <ref> -Kerala Gramin
    Bank", Federal Bank's "Rs x debited from your A/c XX1234 on <day> via <way> to <payee>.", South Indian
    Bank's "INR x debited to A/c ...1234 on <day> for <way> transfer - Beneficiary: <payee>.", the Kerala
    State Co-operative Bank's "Kerala Bank: Your a/c **1234 is debited with Rs x on <day> by <way> favouring
    <payee>."; a transfer that "has been returned by the beneficiary bank. The amount is reversed to your
    A/c." and one that "is pending confirmation from the beneficiary bank. Please do not initiate again.", the
    balance line) and two e-mail debit alerts (Canara Bank, ICICI Bank: Amount debited (INR) / Debited amount,
    Beneficiary / Transferred to, Transaction date / Debit date, From A/c, Mode, UTR No. / IMPS RRN, Closing
    balance; Status: Success / Transaction status: Completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=9000, high=320000)
    if k == 0:
        j.amount = rupees(rng, 1500, 9200, 0.8)
    elif k == 2:
        j.amount = rupees(rng, 210000, 420000)
    elif k == 7:
        j.amount = rupees(rng, 60000, 380000)
    if k in MAIL_AT:
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["Canara Bank", "ICICI Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Transaction alert - debit to your account", "Your funds transfer is complete"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a funds transfer has been debited to your account as shown below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary", "Transferred to"]
        amount_labels = ["Amount debited (INR)", "Debited amount"]
        if sum_first:
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Transaction date", "Debit date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y"])
        p.pair("From A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - Internet Banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        p.pair("Closing balance", rs(rupees(rng, 80000, 3800000)))
        p.add(
            "left",
            rng.choice(["Status: Success", "Transaction status: Completed"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Did not make this transfer? Call the bank's 24x7 helpline at once to block access.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 2:
        way = "RTGS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Kerala Gramin Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Kerala Gramin Bank",
        3: "Federal Bank",
        4: "South Indian Bank",
        7: "Kerala State Co-operative Bank",
    }.get(
        k,
        rng.choice(["Federal Bank", "South Indian Bank", "Kerala State Co-operative Bank"]),
    )
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, {d} %B"])), date=j.date)
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%y", "%d.%m.%Y", "%d%b%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 25000, 2600000)
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    if status == "success":
        if bank == "Kerala Gramin Bank":
            upi_day = when(j.date, "%d-%m-%y")
            p.add("left", "Dear Customer,")
            p.add("left", f"A/c XX{tail} debited Rs.{amt}", amount=j.amount, status="success")
            p.add("left", f"on {upi_day} for UPI txn to {to}.", merchant=to, method=method)
            if ref:
                p.add("left", f"Ref No {ref} -Kerala Gramin Bank", txn=(UTR_RANK, ref))
            else:
                p.add("left", "-Kerala Gramin Bank")
            ref = None
        elif bank == "Federal Bank":
            p.add("left", f"Rs {amt} debited from your A/c XX{tail}", amount=j.amount, status="success")
            p.add("left", f"{on.strip()} via {way} to {to}.".strip(), merchant=to, method=method)
        elif bank == "South Indian Bank":
            p.add("left", f"INR {amt} debited to A/c ...{tail}", amount=j.amount, status="success")
            p.add("left", f"{on.strip()} for {way} transfer -".strip(), method=method)
            p.add("left", f"Beneficiary: {to}.", merchant=to)
        else:
            p.add("left", f"Kerala Bank: Your a/c **{tail}")
            p.add("left", f"is debited with Rs {amt}", amount=j.amount, status="success")
            p.add("left", f"on {day} by {way} favouring" if day else f"by {way} favouring", method=method)
            p.add("left", f"{to}.", merchant=to)
    else:
        p.add("left", f"Your {way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has been returned by the beneficiary bank. The amount is reversed to your A/c.",
            "pending": "is pending confirmation from the beneficiary bank. Please do not initiate again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "Kerala Gramin Bank":
        balance = {
            "Federal Bank": f"Avl bal Rs {num(bal)}",
            "South Indian Bank": f"Avl Bal INR {num(bal, 'plain')}.",
        }.get(bank, f"Bal Rs {num(bal)}")
        p.add("left", balance)
        p.add(
            "small",
            rng.choice(
                [
                    "Not you? Call the branch or block the card at once",
                    "Bank never asks for your OTP, PIN or password",
                ]
            ),
        )
    if bank != "Kerala Gramin Bank":
        p.add(
            "small",
            {"Federal Bank": "-Federal Bank", "South Indian Bank": "-SIB"}.get(bank, "-Kerala Bank"),
        )
    return p.done()


compose = compose158

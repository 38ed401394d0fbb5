"""The twelve heldout259 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kullu shawl and handloom weaving house's day in 2026 in Kullu district,
Himachal Pradesh (Hamta Kullvi Weaves Pvt Ltd, its handloom weaving hall on the Shamshi - Bhuntar road, Hamta
Khaddi Ghar, where the weavers throw the shuttle on pit and frame khaddis for the chaukdi, dhoru (diamond),
butidar and double pattis of the Kullu shawl, the home weavers of Bhutti, Naggar, Banjar and Jagatsukh are
paid by the shawl, the cap section stitches Kullu caps by the cap and the hall weaves tweed by the metre for a
Kullu tailor, its carding, spinning and dyeing unit on NH-3 at Bajaura, Hamta Oon Rangai Kendra, where the
wool tops bought at Bikaner and the pashmina from Leh are carded, spun and dyed, the dyed yarn sold by the
kilo to the weavers' co-operative and the noils by weight to a Panipat shoddy mill, and its shawl house on
Mall Road, Manali, Hamta Shawl Kothi, which takes wedding orders for bridal pattus in the family's colours and
keeps a stall at the Kullu Dussehra fair at Dhalpur), told by the proofs of payment it receives and makes:
tourists', hotels' and shops' UPI screens and the web shop's Razorpay and BillDesk pages, the Himachal Pradesh
State Handicrafts & Handloom Corporation's (Himcraft's), the Central Cottage Industries Corporation's, a
Chandigarh, a Shimla and a Delhi woollens house's, a Manali resort chain's, a Bengaluru e-shop's and a Mumbai
store's payment advices, importers' inward wires from Kempten, Kyoto, Melbourne, Toronto, Tel Aviv, Oslo,
Santa Fe and Auckland in euros (the German way on some), yen (no decimals), Australian and Canadian dollars,
shekels, kroner (spaces and a decimal comma), US and New Zealand dollars (the raw SWIFT field 32A on two), its
own bills (the shawl house's, the weaving hall's bulk invoice and job weaving bill by the metre, the dyeing
unit's yarn and noil bills, the accounts desk's e-mail for a corporate gifting advance), the wool tops,
pashmina, dye, loom stores and carton suppliers' tax invoices, the corporate net-banking transfers to the loom
mistri, the Mall Road landlady, the security agency, the chartered accountants, the photo studio, the Dussehra
stall fabricator, the carrier and the firewood depot, the weavers' and cap stitchers' wage slips, RazorpayX
payouts and a Google Pay and a Paytm transfer to the helpers, Municipal Council Manali's, the HP State
Pollution Control Board's, EPFO's, the Textiles Committee's, the Labour Department's, the Transport
Department's, ESIC's and Legal Metrology's fee pages, the insurers' premium receipts, card terminal slips,
HPSEBL's power and the fibre, postpaid, DTH and cooking gas bills and the banks' SMS and e-mail alerts. Every
row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the
page keeps. Headings, footers, the unit lines, bills listed on an advice (their numbers and days), supplier
codes, purchase, supply and inspection numbers, inward numbers, pieces, metres, kilos, rates, cuts, GST-TDS
and TDS, advances, weaving faults, GST lines, rupee values on the wires, conversion rates, correspondent
banks, airway bill and shipping bill numbers and their days, sums insured, turnovers, lives, wages and limits,
cover periods, balances, due days, bill days, bill periods, wage months, GSTIN, IFSC, UETR, the sender's
references, licence, consent, establishment, registration, Handloom Mark, policy, renewal notice, proposal,
account, consumer, subscriber, LPG and mobile numbers, weaver IDs, khaddi numbers, LR, AWB and e-way bill
numbers, merchant and terminal IDs, batch and STAN numbers, room, KOT, nozzle and vehicle numbers, makers and
checkers and the payer's own details carry no fact. ``Job``, ``date_row`` and ``letterhead`` are heldout167's;
``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and ``right``
heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and
``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's;
``Screen`` heldout113's; ``sign`` heldout93's; ``num`` heldout82's; ``compose`` is heldout158's (as
heldout257's)."""

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

COMPANY = "Hamta Kullvi Weaves Pvt Ltd"
COMPANY_CAPS = "HAMTA KULLVI WEAVES PVT LTD"
SHORT = "Hamta Weaves"
SHED = "Hamta Khaddi Ghar"
WOOLHOUSE = "Hamta Oon Rangai Kendra"
SHOWROOM = "Hamta Shawl Kothi"
# unit, address, GST state code
UNITS = {
    "shed": (
        "Handloom weaving hall, home weavers and the cap section",
        "Shamshi - Bhuntar Road, Shamshi, Kullu - 175126, Himachal Pradesh",
        "02",
    ),
    "wool": (
        "Wool carding, spinning and dyeing unit",
        "NH-3, Bajaura, Kullu - 175125, Himachal Pradesh",
        "02",
    ),
    "showroom": (
        "Kullu shawls, pattus and caps - retail and wedding orders",
        "Mall Road, Manali - 175131, Distt. Kullu, Himachal Pradesh",
        "02",
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
]
WIRE_PATS = ["%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "{d} %B %Y", "%d-%b-%Y", "%b {d}, %Y", "%d/%m/%Y", "%d%b%Y"]
BANKS = [
    "State Bank of India",
    "Punjab National Bank",
    "UCO Bank",
    "HDFC Bank",
    "Axis Bank",
    "ICICI Bank",
    "Himachal Pradesh Gramin Bank",
    "Bank of Baroda",
    "Kotak Mahindra Bank",
    "Yes Bank",
    "The Himachal Pradesh State Co-operative Bank",
    "The Kangra Central Co-operative Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "UCO Bank": "UCBA",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "ICICI Bank": "ICIC",
    "Himachal Pradesh Gramin Bank": "PUNB",
    "Bank of Baroda": "BARB",
    "Kotak Mahindra Bank": "KKBK",
    "Yes Bank": "YESB",
    "The Himachal Pradesh State Co-operative Bank": "HPSC",
    "The Kangra Central Co-operative Bank": "KACE",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "Punjab National Bank": "pnb.bank.in",
    "UCO Bank": "ucobank.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "Axis Bank": "axisbank.com",
    "ICICI Bank": "icicibank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "Yes Bank": "yesbank.in",
    "Bank of Baroda": "bankofbaroda.bank.in",
}
PATTIS = [
    "Chaukdi patti",
    "Dhoru (diamond) patti",
    "Butidar (floral) patti",
    "Double patti, both ends",
    "Plain body, narrow patti",
]

# the Kullu Dussehra fair at Dhalpur, 2026: Vijayadashami and the six days after it
FAIR_START = dt.date(2026, 10, 20)
# the pattis as a bulk invoice's lines name them
BULK_PATTIS = ["Chaukdi", "Dhoru (diamond)", "Butidar (floral)", "Double patti", "Plain body"]


def shawl_gst(price: float) -> int:
    """GST on a shawl, a pattu or a cap by its price a piece: 5% up to Rs 2,500, 18% above."""
    return 5 if price <= 2500 else 18


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
    return f"AAE{rng.choice('CF')}H{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def hour_day(rng: random.Random, day: dt.date) -> str:
    """A screen's day and hour with no label, the day first or the hour first (14 Oct 2026 | 04:12 PM, 4:12 pm
    on Wed, 14 Oct 2026)."""
    pats = ["%d %b %Y", "{d} %B %Y", "%a, {d} %b %Y", f"{{d}}/{day.month}/%Y"]
    text = when(day, rng.choice(pats))
    hour = hhmm(rng, lower=rng.random() < 0.5, zero=rng.random() < 0.5)
    return rng.choice([f"{text} | {hour}", f"{hour} on {text}", f"{text}, {hour}"])


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = [
    "Paytm",
    "Google Pay",
    "Razorpay",
    "PhonePe",
    "MobiKwik",
    "super.money",
    "BHIM",
    "BillDesk",
]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Kullu cap x3",
        "Muffler and cap set",
        "Woollen socks and gloves",
        "Angora stole",
        "Kids' Kullu jacket",
    ],
    [
        "Kullu shawl - chaukdi patti",
        "Pashmina shawl",
        "Pattu balance - wedding",
        "2 shawls and 4 caps",
        "Gudma blanket",
    ],
)
PAYERS_UPI = [
    "Ritu Malhotra",
    "Hotel Snow Peak Retreat",
    "Aman Thakur",
    "Nadav Levi",
    "Sunita Negi",
    "Vikram Rana",
    "Apple Valley Homestay",
    "Priyanka Sood",
]
# the buyer, the goods, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Kavita Bhalla, Model Town, Ludhiana", "Kullu shawl, pure wool, dhoru patti, maroon", 2200, 9800),
    ("Mr. Arjun Menon, Kakkanad, Kochi", "Pashmina shawl, butidar patti, natural", 7800, 26000),
    ("Mrs. Neelam Kashyap, Sector 21, Panchkula", "Bridal pattu, double patti, red and green", 11000, 38000),
    ("Dr. Sameer Joshi, Kothrud, Pune", "Set of four Kullu caps and two mufflers", 1800, 5600),
]
SHOP_UPI_LABELS = {
    "Paytm": ["UPI Reference No.", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "PhonePe": ["UTR", "UTR No."],
    "MobiKwik": ["UPI Ref No.", "RRN"],
    "super.money": ["UTR", "UPI ref. No."],
    "BHIM": ["UPI Ref. No.", "RRN"],
}
OWN_IDS = {
    "Paytm": "Paytm txn ID",
    "Google Pay": "Google transaction ID",
    "PhonePe": "Transaction ID",
    "MobiKwik": "MobiKwik txn ID",
    "super.money": "super.money txn ID",
    "BHIM": "BHIM txn ID",
}
HANDLES = {
    "Paytm": "ptys",
    "Google Pay": "okaxis",
    "PhonePe": "ybl",
    "MobiKwik": "ikwik",
    "super.money": "superyes",
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
    if app == "MobiKwik":
        return f"MBK{code(rng, 4, UPPER)}{digits(rng, 11)}"
    return f"SM{j.date:%y%m%d}{code(rng, 10, ALNUM)}"


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The shawl house's web shop page on Razorpay or BillDesk after a buyer paid (the payee on top with the
    shop's line; the outcome, then the sum large or in an Amount paid / Total paid row, or the sum first;
    Customer name / Deliver to and Product / Items on most, before the ids or at the foot; the day under the
    outcome or after the ids)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(3)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    if app == "Razorpay":
        url = "pages.razorpay.com/hamtaweaves" + ("" if j.no_ref else f"/pl_{code(rng, 14, MIXED)}/receipt")
    else:
        url = "pgi.billdesk.com/pgidsk/PGIMerchantPayment" + ("" if j.no_ref else f"?ref={digits(rng, 10)}")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", rng.choice(["Handwoven Kullu shawls  |  hamtaweaves.in", "Payment receipt"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - order placed",
            "Paid - your shawls leave Manali in 3 days",
            "Thank you - payment captured",
        ]
    }
    big = rng.random() < 0.5

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Amount paid", "Total paid"]), rs(j.amount), amount=j.amount)

    labels = ["Payment date", "Paid on", "Date & time"]
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
        wrap_pair(p, rng.choice(["Customer name", "Deliver to"]), who)
        wrap_pair(p, rng.choice(["Product", "Items"]), what)

    if not order_foot:
        order_rows()
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI (scan and pay)"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay', 'Amex'])} card {masked(rng, font)}",
        "netbanking": f"Netbanking - {rng.choice(BANKS[:6])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment method", "Paid with"]), shown, method=way)
    if not j.no_ref:
        if app == "Razorpay":
            pid = f"pay_{code(rng, 14, MIXED)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"order_{code(rng, 14, MIXED)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("BillDesk ref. No.", pid, txn=(TXN_RANK, pid))
            oid = f"HKW{j.date:%y%m}{digits(rng, 6)}"
            p.pair("Merchant order No.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            lab = rng.choice(["UTR", "RRN"]) if app == "Razorpay" else "UPI RRN"
            p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code" if app == "Razorpay" else "Auth ID", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Bank reference" if app == "Razorpay" else "Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_top:
        date_row(p, j, labels, hour=True)
    if order_foot:
        p.add("rule")
        order_rows()
    p.part = "foot"
    p.add(
        "small",
        "Payments by Razorpay  |  Razorpay Software Pvt Ltd"
        if app == "Razorpay"
        else "BillDesk  |  IndiaIdeas.com Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists, hotels, homestays and shops paying the shawl house or the company: six UPI app screens
    (Paytm, Google Pay, PhonePe, MobiKwik, super.money, BHIM) in one of three layouts (the status on top, then
    the payee's label small and the payee at the left of a row with the sum at its right; the sum large, the
    status and a Merchant details block with the payee on a row; the payee's label small and the payee in
    large letters on top, the UPI ID, the sum and the status), the shawl house, its capitals, the company's
    capitals or its short name under Paid to merchant / Payment to shop / Merchant / Amount paid to / Shop
    name, Waiting to pay / Payment pending to on the one waiting, Payment failed to / Not paid to on the
    failed one; an Account holder (as per bank) line under the UPI ID on some; the day and the hour with no
    label under the status on some (14 Oct 2026 | 04:12 PM, 4:12 pm on Wed, 14 Oct 2026), else Paid on /
    Transaction time / Date of payment / Started on / Requested at / Attempted at / Tried on first in the
    details or at their end; For / Remarks, From (payer) / Sender on some, Debited from / Paid using, UPI
    Reference No. / UPI Ref. No. / UPI transaction ID / UTR / UTR No. / UPI Ref No. / RRN / UPI ref. No., the
    app's own Paytm txn ID / Google transaction ID / Transaction ID / MobiKwik txn ID / super.money txn ID /
    BHIM txn ID on some, above the UPI reference or under it; Paid successfully / Completed / Payment
    successful - received by the merchant / Awaiting bank confirmation - do not pay again / Payment failed -
    incorrect UPI PIN entered) and the web shop's two payment pages (Razorpay, BillDesk: the shawl house or
    the company on top, the outcome and the sum large or in an Amount paid / Total paid row in either order,
    Payment date / Paid on / Date & time under them or after the ids, Customer name / Deliver to and Product /
    Items before the ids or at the foot, Payment method / Paid with UPI, card or netbanking, Payment ID /
    BillDesk ref. No., Order ID / Merchant order No., UTR / RRN / UPI RRN, Auth code / Auth ID or Bank
    reference / Bank ref. No.; Payment successful - order placed / Paid - your shawls leave Manali in 3 days /
    Thank you - payment captured)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=600, high=42000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Razorpay", "BillDesk"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = f"{rng.choice(['hamtashawlkothi', 'hamtaweaves', 'hamtakothi.manali'])}@{HANDLES[app]}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Paid successfully",
            "Completed",
            "Payment successful - received by the merchant",
        ],
        "pending": ["Awaiting bank confirmation - do not pay again"],
        "failed": ["Payment failed - incorrect UPI PIN entered"],
    }
    labels = {
        "success": ["Paid to merchant", "Payment to shop", "Merchant", "Amount paid to"],
        "pending": ["Waiting to pay", "Payment pending to"],
        "failed": ["Payment failed to", "Not paid to"],
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
            p.add("small", f"Account holder (as per bank): {COMPANY_CAPS}")

    # 0: the status, the label and a row of the payee and the sum; 1: the sum, the status, the Merchant
    # details block; 2: the payee on top in large letters, the sum, the status
    order = {0: 0, 1: 1, 3: 2, 4: 0, 5: 1, 6: 2}[k]
    label = rng.choice(labels)
    if order == 0:
        status_rows()
        p.add("rule")
        shown = rs(j.amount)
        if fits(p, "pair", f"{to} {shown}     "):
            p.add("small", label)
            p.add("pair", to, shown, merchant=to, amount=j.amount)
        else:
            p.add("small", label)
            p.add("center", to, merchant=to)
            p.add("big", shown, amount=j.amount)
        handle_rows()
    elif order == 1:
        p.add("big", rs(j.amount), amount=j.amount)
        status_rows()
    else:
        p.add("small", label)
        top(p, to, merchant=to)
        handle_rows()
        p.add("big", rs(j.amount), amount=j.amount)
        status_rows()
    p.add("rule")
    day_labels = {
        "success": ["Paid on", "Transaction time", "Date of payment"],
        "pending": ["Started on", "Requested at"],
        "failed": ["Attempted at", "Tried on"],
    }[status]
    if day_at == 1:
        date_row(p, j, day_labels, hour=True)
    if order == 1:
        p.add("left", "Merchant details")
        lab = rng.choice(labels + (["Shop name"] if status == "success" else []))
        wrap_pair(p, lab, to, merchant=to)
        handle_rows()
    p.pair(rng.choice(["For", "Remarks"]), rng.choice(SHOP_NOTES[j.amount >= 5000]))
    if rng.random() < 0.55:
        wrap_pair(
            p, rng.choice(["From (payer)", "Sender"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)]
        )
    source = rng.choice(BANKS[:9])
    wrap_pair(p, rng.choice(["Debited from", "Paid using"]), f"{source} XX{digits(rng, 4)}")
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
        p.add("small", "Your bank has not confirmed the debit yet. Check again in 2 hours.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "UPI  |  National Payments Corporation of India",
                "Need help with this payment?",
                "Share  |  Pay again",
            ]
        ),
    )
    return p.done()


def ordinal_day(day: dt.date) -> str:
    """A day as a letter prints it with its weekday after it: 14th October 2026 (Wednesday)."""
    n = day.day
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return when(day, f"{n}{tail} %B %Y (%A)")


def slash_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Himachal bill book writes them: the page's mark and grouping, and on some pages a whole sum
    closed with a slash and a dash instead of its paise (Rs. 12,450/-; a sum with paise keeps them)."""
    rs = money(rng, font, 0.0, marks=marks)
    slashed = rng.random() < 0.45

    def show(value: float) -> str:
        if slashed and value == int(value):
            whole = num(value, rs.grouping).partition(".")[0]
            return f"{rs.mark}{rs.gap}{whole}/-".strip()
        return rs(value)

    return show


# ---------------------------------------------------------------- 2. Himcraft, Cottage Emporium, woollens


# payer, its mail, its desk, the goods it buys, the frame
PAYERS = [
    (
        "Himachal Pradesh State Handicrafts & Handloom Corporation Ltd",
        "accounts.himcraft@hp.gov.in",
        "Himcraft, Head Office, The Mall, Shimla",
        "shawl",
        "paper",
    ),
    (
        "Central Cottage Industries Corporation of India Ltd",
        "payables@cottageemporium.in",
        "Cottage Emporium, Janpath, New Delhi",
        "shawl",
        "portal",
    ),
    ("Sector 17 Woollen House", "sector17woollens@gmail.com", "Sector 17-D, Chandigarh", "shawl", "mail"),
    ("Ridge Shawl & Woollen Emporium", "accounts@ridgeshawl.in", "The Ridge, Shimla", "shawl", "paper"),
    ("Solang Valley Resorts Pvt Ltd", "ap@solangresorts.in", "Solang Road, Manali", "throws", "portal"),
    ("Pahadi Haat Online Pvt Ltd", "vendorpay@pahadihaat.in", "Indiranagar, Bengaluru", "shawl", "portal"),
    ("Kala Ghoda Loom Stories LLP", "accounts@loomstories.in", "Kala Ghoda, Mumbai", "shawl", "mail"),
    (
        "Lajpat Nagar Woollen Mart",
        "lajpatwoollens@gmail.com",
        "Central Market, Lajpat Nagar, New Delhi",
        "shawl",
        "paper",
    ),
]
# the goods' unit, the price a piece (low, high)
DEALER_GOODS = {
    "shawl": ("pcs", 700, 4800),
    "throws": ("pcs", 1400, 3600),
}
# the larger buyers take TDS u/s 194Q off; the two corporations deduct TDS under GST
TDS_194Q = {"Solang Valley Resorts Pvt Ltd", "Pahadi Haat Online Pvt Ltd"}
CORPS = {
    "Himachal Pradesh State Handicrafts & Handloom Corporation Ltd": "state",
    "Central Cottage Industries Corporation of India Ltd": "central",
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Himcraft (the Himachal Pradesh State Handicrafts & Handloom Corporation), the Central Cottage
    Industries Corporation (Cottage Emporium, Janpath), woollens houses in Chandigarh, Shimla and Delhi, a
    Bengaluru e-shop and a Mumbai store paying for the shawls and a Manali resort chain paying for Kullu
    throws by the piece: an e-mail (Dear Sir, / Ram Ram ji, / Hello team Hamta, the day written 14th October
    2026 (Wednesday) on some, and on some successes a sentence "We have released <sum> to <payee> by <way> on
    <day>, against the bills below."), a printed PAYMENT ADVICE - KULLU SHAWLS SUPPLIED / Remittance advice to
    supplier / SUPPLIER PAYMENT INTIMATION (WOOLLENS) and a vendor portal page (the payer on top with its desk
    line; Supplier code, PO ref. and Inward No. (the corporations' Supply order No. and Quality inspection
    No.) first, then Payee (supplier) / Party / Paid to party / Beneficiary (supplier) / Credited to supplier
    the company, at the head of the body or of the payment block; the status under the heading or at the end
    of the payment block; Bills settled / Against your invoices / Bills covered, the bills with their pieces
    and sums (dt. <day> on some), Gross bill value / Total of bills, Less: TDS u/s 194Q @ 0.1% on the two
    larger buyers', Himcraft's Less: TDS under GST - CGST @ 1% and Less: TDS under GST - SGST @ 1%, the
    Cottage Emporium's Less: TDS under GST - IGST @ 2%, Less: Short-length shawls - n pcs / Less: Moth-damaged
    pieces returned - n pcs / Less: Delay penalty @ 1.5% / Less: Cash discount @ 2% on some, above or below
    the payment block: Net payment / Amount transferred / Net amount paid (Amount withheld / Payment on hold
    on the hold, Payment returned / Returned by beneficiary bank on the return), Mode / Transfer mode NEFT /
    RTGS / IMPS, Supplier's bank A/c, UTR / NEFT ref. / RTGS ref. No. / UTR (RTGS) / IMPS reference / IMPS
    ref. No., Advice No. / Payment doc. No. / Transfer voucher No., Payment date / Released on / Date of
    transfer / On hold since / Withheld on / Rejected on / Returned by bank on; Payment released - credited to
    your account / Status: Paid / On hold - wool content test report awaited / On hold - throws under count
    and quality check at our stores / Rejected by bank - account number and IFSC do not match)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4)
    buyer, mail, desk, kind, frame = PAYERS[k]
    corp = CORPS.get(buyer)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    # the bills, the deductions and the net sum first; the page prints them in its own order
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    lots: list[tuple[int, float]] = []
    gross = 0.0
    base = 0.0
    dated = rng.random() < 0.5 and not j.no_day
    bill_pat = rng.choice(["%d.%m.%Y", "%d/%m/%y", "{d} %b %Y"])
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(10, 80) if kind == "throws" else rng.randrange(6, 60)
        each = float(rng.randrange(lo, hi, 50))
        value = round(qty * each, 2)
        lots.append((qty, each))
        base += value
        gross += round(value * (1 + shawl_gst(each) / 100), 2)
        bill = f"HKW/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" dt. {when(earlier(rng, j, 9, 70), bill_pat)}"
        bills.append((f"{bill}  {qty:,} {unit}", rs(round(value * (1 + shawl_gst(each) / 100), 2))))
    gross = round(gross, 2)
    base = round(base, 2)
    tds_rows: list[tuple[str, float]] = []
    if corp == "state":
        half = round(base * 0.01, 2)
        tds_rows = [("Less: TDS under GST - CGST @ 1%", half), ("Less: TDS under GST - SGST @ 1%", half)]
    elif corp == "central":
        tds_rows = [("Less: TDS under GST - IGST @ 2%", round(base * 0.02, 2))]
    elif buyer in TDS_194Q:
        tds_rows = [("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2))]
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    qty, each = rng.choice(lots)
    if pick < 0.25 and kind == "shawl":
        bad = rng.randrange(1, 4)
        cut = round(bad * each * (1 + shawl_gst(each) / 100), 2)
        cuts.append((f"Less: Short-length shawls - {bad} {'pc' if bad == 1 else 'pcs'}", rs(cut)))
    elif pick < 0.4:
        bad = rng.randrange(1, 3)
        cut = round(bad * each * (1 + shawl_gst(each) / 100), 2)
        cuts.append((f"Less: Moth-damaged pieces returned - {bad} {'pc' if bad == 1 else 'pcs'}", rs(cut)))
    elif pick < 0.55:
        cut = round(base * 0.015, 2)
        cuts.append(("Less: Delay penalty @ 1.5%", rs(cut)))
    elif pick < 0.7 and not corp:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Cash discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)
    way = neft_way(rng, j.amount)
    ref = bank_ref(rng, j, rng.choice(BANKS[:9]), way) if status == "success" and not j.no_ref else ""
    payee = ours(rng)
    words = {
        "success": ["Payment released - credited to your account", "Status: Paid"],
        "pending": ["On hold - wool content test report awaited"],
        "failed": ["Rejected by bank - account number and IFSC do not match"],
    }
    if kind == "throws":
        words["pending"] = ["On hold - throws under count and quality check at our stores"]
    day_labels = {
        "success": ["Payment date", "Released on", "Date of transfer"],
        "pending": ["On hold since", "Withheld on"],
        "failed": ["Rejected on", "Returned by bank on"],
    }[status]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment released - Hamta Weaves",
                "Remittance advice - your bills",
                f"Supplier payment for {SHORT}",
            ]
            if status == "success"
            else ["Remittance advice - your bills", "Your bills - payment status"],
        )
    elif frame == "portal":
        tail = "advice" if j.no_ref else digits(rng, 9)
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittances/{tail}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    if corp == "state":
        line = f"{desk}  |  Finance Wing"
    elif corp == "central":
        line = f"{desk}  |  Accounts (Purchase)"
    else:
        line = f"{rng.choice(['Accounts Payable', 'Supplier Payments', 'Accounts'])}, {desk}"
    p.add("small", line)
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - KULLU SHAWLS SUPPLIED",
                "Remittance advice to supplier",
                "SUPPLIER PAYMENT INTIMATION (WOOLLENS)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", rng.choice(["Dear Sir,", "Ram Ram ji,", "Hello team Hamta,"]))
        if status == "success" and rng.random() < 0.5:
            on = "" if j.no_day else f" on {when_in(j, PATS_IN, rng)}"
            shown = rs(j.amount).strip() if rs.mark else f"Rs. {rs(j.amount).strip()}"
            p.add(
                "left",
                f"We have released {shown} to {payee} by {way}{on}, against the bills below.",
                amount=j.amount,
                merchant=payee,
                method="netbanking",
                **({} if j.no_day else {"date": j.date}),
            )
        else:
            p.add(
                "left",
                "Please see below our payment against your bills."
                if status == "success"
                else "We write about the payment against your bills listed below.",
            )
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    if corp:
        tag = "HPSHHC" if corp == "state" else "CCIC"
        p.pair("Supply order No.", f"{tag}/SO/{rng.randrange(100, 999)}/{digits(rng, 4)}")
        p.pair("Quality inspection No.", f"QI/{rng.choice(['KLU', 'SML', 'DEL'])}/{digits(rng, 4)}")
    else:
        p.pair("Supplier code", f"{rng.choice(['S', 'SUP', 'HKW'])}{digits(rng, 5)}")
        p.pair("PO ref.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.5:
            p.pair("Inward No.", f"IN{digits(rng, 7)}")
    labels = ["Payee (supplier)", "Party", "Paid to party", "Beneficiary (supplier)"] + (
        ["Credited to supplier"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Bills settled", "Against your invoices", "Bills covered"]
                if status == "success"
                else ["Against your invoices", "Bills covered"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Gross bill value", "Total of bills"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment details", "Transfer"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net payment", "Amount transferred", "Net amount paid"],
            "pending": ["Amount withheld", "Payment on hold"],
            "failed": ["Payment returned", "Returned by beneficiary bank"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Mode", "Transfer mode"]), way, method="netbanking")
        wrap_pair(p, "Supplier's bank A/c", account(rng, [BANKS[0], BANKS[2], BANKS[6]]))
        if not j.no_ref:
            if ref:
                lab = {
                    "IMPS": ["IMPS reference", "IMPS ref. No."],
                    "RTGS": ["RTGS ref. No.", "UTR (RTGS)"],
                    "NEFT": ["UTR", "NEFT ref."],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PA', 'TV', '51'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Advice No.", "Payment doc. No.", "Transfer voucher No."]),
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
        p.add("left", f"Regards,  Accounts Team, {buyer}")
    if corp:
        p.add(
            "small",
            "TDS under GST is deposited by the 10th of the next month; see Form GSTR-7A on the GST portal.",
        )
    else:
        p.add("small", "Please raise any query on this advice within 10 days, quoting the advice number.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Wollhaus Allgäu GmbH",
        "Bahnhofstraße, Kempten (Allgäu), Germany",
        "EUR",
        "Sparkasse Allgäu",
        1500,
        28000,
    ),
    (
        "Kyoto Orimono Shokai Co., Ltd.",
        "Nishijin, Kamigyo-ku, Kyoto, Japan",
        "JPY",
        "MUFG Bank, Ltd.",
        250000,
        4200000,
    ),
    (
        "Fitzroy Handloom Co. Pty Ltd",
        "Brunswick Street, Fitzroy, Melbourne, Australia",
        "AUD",
        "National Australia Bank Ltd",
        2000,
        36000,
    ),
    (
        "Kensington Market Textiles Inc.",
        "Augusta Avenue, Toronto, Canada",
        "CAD",
        "Royal Bank of Canada",
        1800,
        32000,
    ),
    (
        "Dizengoff Weaves Ltd",
        "Dizengoff Street, Tel Aviv, Israel",
        "ILS",
        "Bank Leumi le-Israel B.M.",
        5000,
        90000,
    ),
    ("Grünerløkka Ull AS", "Thorvald Meyers gate, Oslo, Norway", "NOK", "DNB Bank ASA", 12000, 260000),
    (
        "Canyon Road Trading Post LLC",
        "Canyon Road, Santa Fe, NM, USA",
        "USD",
        "Wells Fargo Bank, N.A.",
        1200,
        24000,
    ),
    ("Ponsonby Wool & Weave Ltd", "Ponsonby Road, Auckland, New Zealand", "NZD", "ASB Bank Ltd", 1800, 30000),
]
WIRE_BANKS = [
    ("State Bank of India", "paper"),
    ("HDFC Bank", "browser"),
    ("Punjab National Bank", "mail"),
    ("Axis Bank", "browser"),
    ("UCO Bank", "paper"),
    ("ICICI Bank", "mail"),
    ("Yes Bank", "browser"),
    ("Kotak Mahindra Bank", "paper"),
]
WIRE_RATES = {
    "EUR": (96.5, 101.0),
    "JPY": (0.55, 0.62),
    "AUD": (55.5, 59.8),
    "CAD": (61.0, 65.5),
    "ILS": (23.0, 25.5),
    "NOK": (7.9, 8.6),
    "USD": (86.4, 90.9),
    "NZD": (50.5, 54.2),
}
CUR_NAMES = {
    "EUR": "Euro",
    "JPY": "Japanese yen",
    "AUD": "Australian dollar",
    "CAD": "Canadian dollar",
    "ILS": "Israeli new shekel",
    "NOK": "Norwegian krone",
    "USD": "US dollar",
    "NZD": "New Zealand dollar",
}
CORRESPONDENT = {
    "USD": "JPMorgan Chase Bank, N.A., New York",
    "EUR": "Deutsche Bank AG, Frankfurt am Main",
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "CAD": "Bank of Montreal, Toronto",
    "NZD": "ANZ Bank New Zealand Ltd, Wellington",
}
SHIPPED = [
    "Kullu wool shawls (HSN 6214) - 3 cartons by air courier",
    "Handloom pashmina and wool shawls, 40 pcs (HSN 6214)",
    "Kullu caps, mufflers and throws - air freight, 2 cartons",
    "Hand-woven Kullu tweed, 160 m, and shawls for a winter show",
]
RAW_32A = (1, 3)


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars; euros the German way on some (12.450,00
    EUR, EUR 12.450,00) and with the sign or code the English way on the rest; yen whole with no decimals (JPY
    1,245,000, the sign where the face draws it, the code after on some); AUD / A$, CAD / C$ (the code after
    on some) and NZD / NZ$ before the sum; shekels as ILS, NIS or the sign; kroner with spaces between the
    thousands and a decimal comma, NOK or kr before the sum or after it."""
    if cur == "USD":
        return fx(rng, font, cur)
    if cur == "EUR":
        if rng.random() < 0.55:
            after = rng.random() < 0.6

            def euro(value: float) -> str:
                body = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
                return f"{body} EUR" if after else f"EUR {body}"

            return euro
        return fx(rng, font, cur)
    if cur == "JPY":
        mark = rng.choice(["JPY ", sign(font, "\u00a5", "JPY "), "after"])

        def yen(value: float) -> str:
            body = f"{int(round(value)):,}"
            return f"{body} JPY" if mark == "after" else f"{mark}{body}"

        return yen
    if cur == "NOK":
        mark = rng.choice(["NOK ", "kr ", " NOK", " kr"])

        def krone(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",")
            return f"{body}{mark}" if mark.startswith(" ") else f"{mark}{body}"

        return krone
    if cur == "CAD" and rng.random() < 0.35:

        def after(value: float) -> str:
            return f"{value:,.2f} CAD"

        return after
    mark = rng.choice(
        {
            "AUD": ["AUD ", "A$"],
            "CAD": ["CAD ", "C$"],
            "NZD": ["NZD ", "NZ$"],
            "ILS": ["ILS ", "NIS ", sign(font, "\u20aa", "ILS ")],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def swift_32a(day: dt.date, cur: str, value: float) -> str:
    """The raw SWIFT field 32A: the value day as YYMMDD, the currency, the sum with a decimal comma and no
    grouping (yen with no decimals, the comma kept: 261014JPY1245000,)."""
    if cur == "JPY":
        return f"{day:%y%m%d}{cur}{int(round(value))},"
    return f"{day:%y%m%d}{cur}{value:.2f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Kempten, a Kyoto, a Melbourne, a Toronto, a Tel Aviv, an Oslo, a Santa Fe and an Auckland shop paying
    for the shawls: the banks' inward remittance advices (browser, e-mail, printed INWARD REMITTANCE ADVICE -
    EXPORT REALISATION / Credit advice - inward foreign remittance / Intimation of inward SWIFT remittance:
    the bank on top with its forex desk; the status under the heading on some, at the foot on the rest; Credit
    date / Date of credit / Funds realised on / In suspense since / Received (held) on / Returned on / Date of
    return first or after the references; the remitter's block (Remitter name and address / Ordering customer
    - 50K / Foreign buyer, Sender's bank - 52A / Remitting bank, Correspondent bank - 56A on some) above or
    below the beneficiary's (Beneficiary customer - 59 / Payee (exporter) / In favour of / Beneficiary account
    name the company, A/c No., IEC); Remittance amount / Instructed amount (FCY) / Amount in foreign currency
    / Inward amount (FCY) in euros (the German way on some), yen (no decimals), Australian or Canadian
    dollars, shekels (ILS, NIS or the sign), kroner (spaces and a decimal comma), US or New Zealand dollars, a
    Currency of remittance row naming the currency above it on some, or the raw :32A: Value date / Currency /
    Interbank settled amount row (261014CAD14750,00; 261014JPY1245000,) on two credited ones; Details of
    charges (71A), Conversion rate (Provisional rate (not applied) on the one held), Converted amount (INR),
    Less: Bank charges and GST and Net INR credited on the credited ones, Purpose of remittance, Description
    of goods, Commercial invoice No., Airway bill No. and AWB date or Shipping bill No. and SB date, Received
    through, Sender's ref. (field 20), Inward remittance No. / IRM ref. / Bank transaction ref., UETR;
    Credited to the exporter's account - IRM sent to the EDPMS / Status: Funds realised / Held in suspense -
    export invoice and purpose code awaited, not yet credited / Returned to the remitter - beneficiary name
    does not match the account)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(round(rng.uniform(lo, hi), -2))
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
            f"{bank} Forex Desk <forex.inward@{slug(bank)}>",
            [
                "Inward remittance - credit advice",
                "Export proceeds credited to your account",
                "Intimation of inward SWIFT remittance",
            ]
            if status == "success"
            else ["Intimation of inward SWIFT remittance", "Inward remittance - action needed"],
        )
    elif frame == "browser":
        tail = "view" if j.no_ref else code(rng, 12, ALNUM)
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/inward/advice/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Centre, Kullu",
                "Global Trade Services, Chandigarh",
                "Central Inward Remittance Cell, Mumbai",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE - EXPORT REALISATION",
                "Credit advice - inward foreign remittance",
                "Intimation of inward SWIFT remittance",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Credited to the exporter's account - IRM sent to the EDPMS",
            "Status: Funds realised",
        ],
        "pending": ["Held in suspense - export invoice and purpose code awaited, not yet credited"],
        "failed": ["Returned to the remitter - beneficiary name does not match the account"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credit date", "Date of credit", "Funds realised on"],
        "pending": ["In suspense since", "Received (held) on"],
        "failed": ["Returned on", "Date of return"],
    }[status]
    raw = status == "success" and k in RAW_32A and not j.no_day
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Remitter name and address", "Ordering customer - 50K", "Foreign buyer"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, rng.choice(["Sender's bank - 52A", "Remitting bank"]), pbank)
        if cur in CORRESPONDENT and rng.random() < 0.7:
            wrap_pair(p, "Correspondent bank - 56A", CORRESPONDENT[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                ["Beneficiary customer - 59", "Payee (exporter)", "In favour of", "Beneficiary account name"]
            )
            if status == "success"
            else rng.choice(["Beneficiary customer - 59", "In favour of", "Beneficiary account name"]),
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
        named = rng.random() < 0.35 or cur == "NOK" or show(1000.0).startswith(("kr", "NIS"))
        if named:
            p.pair("Currency of remittance", f"{cur} ({CUR_NAMES[cur]})")
        p.pair(
            rng.choice(
                [
                    "Remittance amount",
                    "Instructed amount (FCY)",
                    "Amount in foreign currency",
                    "Inward amount (FCY)",
                ]
            ),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    p.pair("Details of charges (71A)", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        per = f"1 {cur} = INR {rate}" if cur != "JPY" else f"100 JPY = INR {round(rate * 100, 4)}"
        p.pair("Conversion rate" if status == "success" else "Provisional rate (not applied)", per)
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("Converted amount (INR)", f"INR {num(inr)}")
        chg = round(float(rng.choice([250, 500, 800, 1200])) * 1.18, 2)
        p.pair("Less: Bank charges and GST", f"INR {num(chg)}")
        p.pair("Net INR credited", num(round(inr - chg, 2)))
    advance = rng.random() < 0.3
    p.pair(
        "Purpose of remittance",
        "P0103 - advance against exports" if advance else "P0102 - realisation of export bills",
    )
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair("Commercial invoice No.", f"HKW/EXP/{rng.randrange(1, 150):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        if rng.random() < 0.5:
            p.pair("Airway bill No.", f"{rng.choice(['098', '176', '235'])}-{digits(rng, 8)}")
            p.pair("AWB date", when(earlier(rng, j, 12, 75), rng.choice(WIRE_PATS)))
        else:
            p.pair("Shipping bill No.", f"{rng.randrange(1000000, 9999999)}")
            p.pair("SB date", when(earlier(rng, j, 12, 75), rng.choice(WIRE_PATS)))
    p.pair("Received through", rng.choice(["SWIFT MT103", "SWIFT gpi (MT103)"]), method="netbanking")
    p.pair("Sender's ref. (field 20)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FX'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward remittance No.", "IRM ref.", "Bank transaction ref."]),
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
        "Match this IRM to the shipping bill on the EDPMS; the e-BRC is issued through the DGFT portal."
        if status == "success"
        else "Quote the references above in any letter to the forex desk.",
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


# ---------------------------------------------------------------- 4. shawl house, hall, dyeing unit, accounts


# the party, the way it paid, the unit (showroom, shed, wool, or the accounts desk's mail), the goods,
# whether it is billed across states
SALES = [
    ("Kullu Valley Bunkar Sahakari Sabha Ltd, Bhuntar", "cheque", "wool", "yarn", False),
    ("Mrs. Ritu Malhotra, Rohini, Delhi", "UPI", "showroom", "shawl", False),
    ("Janpath Kullu Shawl Emporium, New Delhi", "NEFT", "shed", "wholesale", True),
    ("Mr. Avi Ben-David, Haifa, Israel", "card", "showroom", "shawl", False),
    ("Thakur Mohan Singh's family, Mandi (wedding order)", "cheque", "showroom", "pattu", False),
    ("Shiva Tweed Tailors, Akhara Bazar, Kullu", "cash", "shed", "tweed", False),
    ("Panipat Shoddy Yarns Pvt Ltd, Panipat", "RTGS", "wool", "waste", True),
    ("Giftwise Corporate Gifting LLP, Gurugram", "NEFT", "mail", "caps", True),
]
SALE_HEADS = {
    "shawl": ["RETAIL BILL - KULLU SHAWLS", "CASH MEMO - HANDLOOM WOOLLENS"],
    "pattu": ["ORDER BILL - BRIDAL PATTU", "SHAADI ORDER BILL - PATTU"],
    "wholesale": ["BULK INVOICE - SHAWLS BY THE PIECE", "THOK BIKRI BILL - KULLU SHAWL"],
    "tweed": ["JOB WEAVING BILL - TWEED BY THE METRE", "BUNAI BILL - PRATI METER"],
    "yarn": ["DYED WOOL YARN BILL - BY THE KG", "RANGI OON BIKRI PARCHI"],
    "waste": ["NOIL AND WOOL WASTE MEMO - BY WEIGHT", "OON RADDI BIKRI PARCHI"],
}
SEALS = {
    "showroom": ("HAMTA SHAWL KOTHI", "MALL ROAD, MANALI"),
    "shed": ("HAMTA KHADDI GHAR", "SHAMSHI, KULLU"),
    "wool": ("HAMTA OON RANGAI KENDRA", "BAJAURA"),
}
SHADES = [
    "Pahadi red",
    "Deodar green",
    "Beas blue",
    "Saffron",
    "Charcoal grey",
    "Mustard",
]
ITEMS = {
    "shawl": "Kullu shawl, pure wool, hand-woven (HSN 6214)",
    "pattu": "Bridal Kullu pattu, woven to order in the family's colours (HSN 6214)",
    "wholesale": "Kullu shawls, assorted pattis - bulk (HSN 6214)",
    "tweed": "Job weaving - Kullu tweed from the party's own yarn, 58 in wide (SAC 9988)",
    "yarn": "Dyed wool yarn, 2/28 Nm, on cones (HSN 5109)",
    "waste": "Wool noils, card waste and thrums (HSN 5103)",
    "caps": "Kullu caps with patti band and woollen mufflers - corporate gifting (HSN 6505 / 6117)",
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shawl house's RETAIL BILL - KULLU SHAWLS / CASH MEMO - HANDLOOM WOOLLENS to a Delhi lady and an
    Israeli tourist and its ORDER BILL - BRIDAL PATTU / SHAADI ORDER BILL - PATTU to a Mandi wedding family,
    the weaving hall's BULK INVOICE - SHAWLS BY THE PIECE / THOK BIKRI BILL - KULLU SHAWL to a Janpath shawl
    shop and JOB WEAVING BILL - TWEED BY THE METRE / BUNAI BILL - PRATI METER to a Kullu tailor, the dyeing
    unit's DYED WOOL YARN BILL - BY THE KG / RANGI OON BIKRI PARCHI to the weavers' co-operative and NOIL AND
    WOOL WASTE MEMO - BY WEIGHT / OON RADDI BIKRI PARCHI to a Panipat shoddy mill (paper: the shawl house, the
    hall, the unit or the company on top with its "A unit of" line, address and GSTIN; Retail bill No. / Memo
    No. / Order bill No. / Booking bill No. / Bulk invoice No. / Thok bill No. / Job bill No. / Bunai bill No.
    / Yarn bill No. / Parchi No. / Noil memo No. / Raddi parchi No. and Dinank / Bill dt. / Dated / Date of
    sale in either order or on one row (the number at its left, the day at its right), above the party or
    under it: Sold to / Grahak (buyer) / Party / Ordered by / Cloth owner / Job for / Society; the shawls by
    patti and pieces, the tweed's metres, the yarn's kilos (the shade) or the noils' gross weight and tare x
    rate, Less: Winter sale @ 15% / Less: Season offer @ 10% on some of the shawl house's, CGST and SGST or
    IGST at 2.5% / 5% or 9% / 18% by the price a piece, Round off, Bill total (incl. GST) / Grand total / Net
    payable, Cash received / Naqad prapt (cash received) / Paid by UPI scan / UPI amount received / Charged to
    card (POS) / Card swipe amount / NEFT received / Bank transfer received (NEFT) / RTGS received / Received
    by RTGS / Cheque for / Cheque received for, the sum in words above or under it, Mode of payment / Payment
    by, UPI Ref. No. / UPI txn ref. / UTR / NEFT UTR No. / RTGS UTR / UTR No. / Approval No. / Auth code,
    Cheque No., Drawn on and Cheque dt.; the sums closed with /- on some (Rs. 12,450/-); RECEIVED WITH THANKS
    / PAID / PAID - THANK YOU FOR SHOPPING IN MANALI / PAID - BALES HANDED TO THE TRANSPORTER / PAID - TWEED
    MEASURED AND DELIVERED / PAID - CONES WEIGHED AND DELIVERED / PAID - NOILS WEIGHED AND LOADED / CHEQUE
    RECEIVED - YARN RELEASED ON CLEARANCE / CHEQUE RETURNED - ACCOUNT CLOSED, ORDER ON HOLD, the rubber stamp,
    For <unit> - Cashier / For <unit> - Authorised signatory, Grahak ke hastakshar (buyer's signature)) and
    the accounts desk's Advance acknowledgement - corporate order e-mail to a Gurugram gifting house (Advance
    receipt No. / Receipt ref. No., Advance received on / Credit received on, Client / Order placed by, the
    caps and mufflers, IGST, Order value (incl. GST), Advance received by NEFT / Advance (NEFT) received or
    Advance received by RTGS with the Balance payable before dispatch, UTR / NEFT UTR No. / RTGS UTR; ADVANCE
    RECEIVED - YOUR CAPS GO ON THE LOOM FROM MONDAY)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    party, way, unit, kind, inter = SALES[k]
    rs = slash_rs(rng, font, ("Rs.", "\u20b9", "Rs", ""))
    name = {"showroom": SHOWROOM, "shed": SHED, "wool": WOOLHOUSE, "mail": COMPANY}[unit]
    advance = unit == "mail"
    if advance:
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@hamtaweaves.in>",
            [
                "Advance received - Hamta Weaves, Kullu",
                "Your advance for the Kullu caps has reached us",
                "Advance receipt - corporate gifting order",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Handwoven Kullu shawls and caps  |  Accounts desk")
        p.add("center", "Advance acknowledgement - corporate order")
        p.add("rule")
        p.part = "body"
        p.add("left", rng.choice(["Dear Ms. Bhatia,", "Dear Giftwise team,"]))
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
        "showroom": ["HSK", "MNL"],
        "shed": ["HKG", "SMS"],
        "wool": ["ORK", "BJR"],
        "mail": ["HKW", "ADV"],
    }
    rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
    num_labels = {
        "shawl": ["Retail bill No.", "Memo No."],
        "pattu": ["Order bill No.", "Booking bill No."],
        "wholesale": ["Bulk invoice No.", "Thok bill No."],
        "tweed": ["Job bill No.", "Bunai bill No."],
        "yarn": ["Yarn bill No.", "Parchi No."],
        "waste": ["Noil memo No.", "Raddi parchi No."],
        "caps": ["Advance receipt No.", "Receipt ref. No."],
    }[kind]
    day_labels = (
        ["Advance received on", "Credit received on"]
        if advance
        else ["Dinank", "Bill dt.", "Dated", "Date of sale"]
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
        "pattu": ["Ordered by", "Grahak (buyer)"],
        "tweed": ["Cloth owner", "Job for"],
        "yarn": ["Society", "Sold to"],
        "caps": ["Client", "Order placed by"],
    }.get(kind, ["Sold to", "Grahak (buyer)", "Party"])
    party_first = rng.random() < 0.35
    if party_first:
        wrap_pair(p, rng.choice(party_labels), party)
        head_rows()
    else:
        head_rows()
        wrap_pair(p, rng.choice(party_labels), party)
    p.add("left", ITEMS[kind])
    parts: dict[int, float] = {}
    if kind == "wholesale":
        for patti in rng.sample(BULK_PATTIS, rng.randrange(2, 4)):
            qty = rng.randrange(10, 60)
            rate = float(rng.randrange(650, 4800, 50))
            value = round(qty * rate, 2)
            g = shawl_gst(rate)
            parts[g] = round(parts.get(g, 0.0) + value, 2)
            wrap_pair(p, f"  {patti}: {qty} pcs x {rate:,.2f}", rs(value))
    elif kind == "tweed":
        qty = rng.randrange(40, 260)
        rate = float(rng.randrange(90, 220, 5))
        p.pair("  Tweed", rng.choice(["Herringbone, grey", "Check, brown and rust", "Plain twill, charcoal"]))
        parts[5] = round(qty * rate, 2)
        p.pair(f"  {qty} m x {rate:,.2f}", rs(parts[5]))
    elif kind == "yarn":
        qty = round(rng.uniform(20, 180), 1)
        rate = float(rng.randrange(680, 1450, 10))
        p.pair("  Shade", rng.choice(SHADES))
        parts[5] = round(qty * rate, 2)
        p.pair(f"  {qty:g} kg x {rate:,.2f}", rs(parts[5]))
    elif kind == "waste":
        bales = rng.randrange(14, 42)
        gross_wt = round(bales * rng.uniform(58, 66), 1)
        tare = round(bales * 1.5, 1)
        qty = round(gross_wt - tare, 1)
        rate = float(rng.randrange(60, 190, 5))
        p.pair(f"  Gross weight / tare ({bales} bales)", f"{gross_wt:g} kg / {tare:g} kg")
        parts[5] = round(qty * rate, 2)
        p.pair(f"  Net {qty:g} kg x {rate:,.2f}", rs(parts[5]))
    elif kind == "caps":
        caps = rng.randrange(200, 600, 10)
        cap_rate = float(rng.randrange(380, 900, 10))
        mufflers = rng.randrange(100, 300, 10)
        muff_rate = float(rng.randrange(450, 1100, 10))
        p.pair(f"  Kullu caps: {caps} x {cap_rate:,.2f}", rs(caps * cap_rate))
        p.pair(f"  Mufflers: {mufflers} x {muff_rate:,.2f}", rs(mufflers * muff_rate))
        parts[5] = round(caps * cap_rate + mufflers * muff_rate, 2)
    else:
        qty = rng.randrange(1, 4) if kind == "shawl" else 1
        lo, hi = (1400, 9800) if kind == "shawl" else (9000, 42000)
        rate = float(rng.randrange(lo, hi, 100))
        p.pair("  Patti", rng.choice(PATTIS))
        value = round(qty * rate, 2)
        many = f"{qty} pc" if qty == 1 else f"{qty} pcs"
        p.pair(f"  {many} x {rate:,.2f}", rs(value))
        if unit == "showroom" and kind == "shawl" and (k == 3 or rng.random() < 0.5):
            label, share = rng.choice([("Less: Winter sale @ 15%", 0.15), ("Less: Season offer @ 10%", 0.1)])
            off = round(value * share, 2)
            p.pair(label, rs(off))
            value = round(value - off, 2)
            rate = round(rate * (1 - share), 2)
        parts[shawl_gst(rate)] = value
    bill = gst_rates(p, rs, parts, inter)
    p.pair(
        rng.choice(
            ["Order value (incl. GST)"]
            if advance
            else ["Bill total (incl. GST)", "Grand total", "Net payable"]
        ),
        rs(bill),
    )
    if advance:
        j.amount = float(round(bill * rng.choice([0.4, 0.5]), -3))
        if j.amount >= 200000:
            way = "RTGS"
    else:
        j.amount = bill
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    if way == "cheque":
        lab = rng.choice(["Cheque for", "Cheque received for"])
    elif advance:
        lab = (
            rng.choice(["Advance received by NEFT", "Advance (NEFT) received"])
            if way == "NEFT"
            else "Advance received by RTGS"
        )
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Naqad prapt (cash received)"]),
            "UPI": rng.choice(["Paid by UPI scan", "UPI amount received"]),
            "card": rng.choice(["Charged to card (POS)", "Card swipe amount"]),
            "NEFT": rng.choice(["NEFT received", "Bank transfer received (NEFT)"]),
            "RTGS": rng.choice(["RTGS received", "Received by RTGS"]),
        }[way]
    in_words = f"({words_in_rupees(j.amount)})"
    words_first = rng.random() < 0.35
    if words_first:
        p.add("small", in_words)
    p.pair(lab, rs(j.amount), amount=j.amount)
    if not words_first:
        p.add("small", in_words)
    if advance:
        p.pair("Balance payable before dispatch", rs(round(bill - j.amount, 2)))
    meth = {
        "cash": "cash",
        "UPI": "UPI",
        "NEFT": "netbanking",
        "RTGS": "netbanking",
        "card": "card",
        "cheque": "cheque",
    }[way]
    p.pair(
        rng.choice(["Mode of payment", "Payment by"]),
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
        wrap_pair(p, "Drawn on", rng.choice(["UCO Bank, Bhuntar", "State Bank of India, Mandi", BANKS[6]]))
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI txn ref."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
        lab = ["UTR", "NEFT UTR No."] if way == "NEFT" else ["RTGS UTR", "UTR No."]
        p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval No.", "Auth code"]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - YOUR CAPS GO ON THE LOOM FROM MONDAY"]
    else:
        words.append(
            {
                "shawl": "PAID - THANK YOU FOR SHOPPING IN MANALI",
                "wholesale": "PAID - BALES HANDED TO THE TRANSPORTER",
                "tweed": "PAID - TWEED MEASURED AND DELIVERED",
                "yarn": "PAID - CONES WEIGHED AND DELIVERED",
                "waste": "PAID - NOILS WEIGHED AND LOADED",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - YARN RELEASED ON CLEARANCE",
        "failed": "CHEQUE RETURNED - ACCOUNT CLOSED, ORDER ON HOLD",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "pattu": "Weaving begins once the payment is realised; a pattu takes about three weeks.",
            "wholesale": "Goods travel at the buyer's risk. Report shortages within 7 days of receipt.",
            "tweed": "Woven from the party's own yarn; shrinkage in washing is the party's.",
            "yarn": "Shades vary a little from lot to lot. Weighed before the buyer on a stamped scale.",
            "waste": "Weighed on the unit's stamped platform scale before the buyer; loaded at his cost.",
            "caps": "The balance falls due when the caps and mufflers are packed; dispatch by road.",
        }.get(
            kind,
            "Pure wool, hand-woven in the Kullu valley. Dry clean only. No exchange after 7 days.",
        ),
    )
    if not advance:
        right(p, rng.choice([f"For {name} - Cashier", f"For {name} - Authorised signatory"]))
        p.add("left", "Grahak ke hastakshar (buyer's signature)")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. wool, pashmina, dyes, stores, cartons


SUPPLIERS = [
    (
        "Bikaner Wool Combers & Spinners",
        "Merino and desi wool tops, scoured and combed",
        "Rani Bazar Industrial Area, Bikaner - 334001, Rajasthan",
        "08",
        "BWC",
    ),
    (
        "Changthang Pashmina Traders",
        "Dehaired Changthangi pashmina fibre, carded",
        "Main Bazaar, Leh - 194101, Ladakh",
        "38",
        "CPT",
    ),
    (
        "Amritsar Dyes & Chemicals",
        "Acid dyes for wool, levelling and fixing agents",
        "Focal Point, Amritsar - 143006, Punjab",
        "03",
        "ADC",
    ),
    (
        "Sundernagar Khaddi & Loom Stores",
        "Khaddi reeds, healds, shuttles and bobbins",
        "BBMB Colony Road, Sundernagar - 175018, Himachal Pradesh",
        "02",
        "SKL",
    ),
    (
        "Bhuntar Carton & Packaging",
        "Printed shawl boxes, tissue and cloth bags",
        "Industrial Area, Bhuntar - 175125, Himachal Pradesh",
        "02",
        "BCP",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "BWC": [
        ("Merino wool tops, 21.5 micron, scoured and combed", "5105", "kg", 980, 1400, 5, 80, 600),
        ("Desi (Bikaneri) wool tops, white", "5105", "kg", 420, 640, 5, 100, 900),
    ],
    "CPT": [
        ("Dehaired pashmina fibre, grey, carded", "5102", "kg", 9800, 14500, 5, 4, 30),
        ("Dehaired pashmina fibre, white, carded", "5102", "kg", 12000, 17500, 5, 3, 20),
    ],
    "ADC": [
        ("Acid dye - milling red, 25 kg drum", "3204", "kg", 820, 1480, 18, 25, 150),
        ("Levelling agent for wool dyeing", "3809", "kg", 160, 290, 18, 50, 300),
    ],
    "SKL": [
        ("Steel reed, 56 in, 16 dents per inch", "8448", "pcs", 1200, 2200, 18, 4, 24),
        ("Fly shuttle, sheesham with steel tips", "8448", "pcs", 380, 760, 18, 10, 60),
    ],
    "BCP": [
        ("Printed shawl box with window, 14 x 10 x 2 in", "4819", "pcs", 32, 68, 5, 300, 2400),
        ("Cotton cloth bag with drawstring, printed", "6305", "pcs", 40, 85, 5, 200, 1500),
    ],
}
SUPPLY_STAMPS = {
    "BWC": "BIKANER WOOL COMBERS",
    "CPT": "CHANGTHANG PASHMINA",
    "ADC": "AMRITSAR DYES",
    "SKL": "SUNDERNAGAR KHADDI STORES",
    "BCP": "BHUNTAR CARTONS",
}
SUPPLY_ORDER = [0, 2, 1, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "-", "NEFT", "UPI", "NEFT", "RTGS", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Bikaner wool comber, the Leh pashmina trader, the Amritsar dye house, the Sundernagar loom stores
    and the Bhuntar carton maker billing the company (paper: the supplier on top, its line, address and GSTIN;
    TAX INVOICE - BUYER'S COPY / TAX INVOICE AND MONEY RECEIPT / GST INVOICE (ORIGINAL), Invoice Sr. No. /
    Bill No. / GST invoice No. and Dated / Bill date / Invoice dt. in either order, or the number and the day
    on one Invoice No. & Date row (BWC/26-27/0412 dt. 14/10/2026) on some, Bill to / Receiver (billed to) /
    Sold to the company, Ship to / Delivery at / Consignee (ship to) the weaving hall, the dyeing unit or the
    shawl house, Place of supply, E-way bill No., a Rajasthan or Punjab transporter and its LR No., the
    pashmina by air with its AWB No., or a local tempo's Vehicle No., Order ref., the wool tops, pashmina,
    dyes, agents, reeds, shuttles, boxes or bags with HSN, kg or pcs x rate, Taxable amount / Value before
    tax, CGST and SGST within Himachal or IGST from Rajasthan, Ladakh and Punjab (with their rates on some,
    without on the rest), Round off, Invoice value / Grand total (rounded), Less: Advance paid with order and
    Balance paid by NEFT / RTGS on some, Less: TDS u/s 194Q deducted and Net received by NEFT / RTGS on some,
    else NEFT received / RTGS received / Paid by NEFT / Paid by RTGS / Received by UPI / UPI payment recd.,
    with UTR No. / NEFT ref. No. / RTGS ref. No. / UPI Ref. No. / UPI RRN, or Cheque recd. for / By cheque
    with Cheque No.; the sums closed with /- on some; PAYMENT RECEIVED IN FULL / PAID - NO DUES / SETTLED BY
    NEFT / RTGS / UPI / CHEQUE UNDER COLLECTION - RECEIPT SUBJECT TO REALISATION / CHEQUE RETURNED UNPAID -
    FUNDS INSUFFICIENT, PLEASE PAY AT ONCE, in the supplier's rubber stamp too)."""
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
        ["TAX INVOICE - BUYER'S COPY", "TAX INVOICE AND MONEY RECEIPT", "GST INVOICE (ORIGINAL)"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        wrap_pair(p, "Invoice No. & Date", f"{inv} dt. {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice Sr. No.", "Bill No.", "GST invoice No."]),
                    inv,
                    txn=(INVOICE_RANK, inv),
                )

        day_labels = ["Dated", "Bill date", "Invoice dt."]
        if rng.random() < 0.5:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
        else:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
    ours_to(p, ["Bill to", "Receiver (billed to)", "Sold to"])
    deliver = {
        "BWC": f"{WOOLHOUSE}, Bajaura",
        "CPT": f"{WOOLHOUSE}, Bajaura",
        "ADC": f"{WOOLHOUSE}, Bajaura",
        "SKL": f"{SHED}, Shamshi",
        "BCP": f"{SHOWROOM}, Mall Road, Manali",
    }[tag]
    wrap_pair(p, rng.choice(["Ship to", "Delivery at", "Consignee (ship to)"]), deliver)
    p.pair("Place of supply", "Himachal Pradesh (02)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if state in ("08", "03"):
        wrap_pair(
            p,
            "Transporter",
            rng.choice(["Marudhar Roadways", "Punjab Himachal Goods Carrier", "Shree Balaji Transport Co."]),
        )
        p.pair("LR No.", f"{rng.choice(['MR', 'PHG', 'SBT'])}-{digits(rng, 6)}")
    elif state == "38":
        wrap_pair(p, "Carried by", "Air cargo, Leh - Delhi - Bhuntar")
        p.pair("AWB No.", f"{rng.choice(['098', '589'])}-{digits(rng, 8)}")
    else:
        p.pair("Vehicle No.", f"HP-{rng.choice(['34', '31', '58'])}-{rng.choice(UPPER)}-{digits(rng, 4)}")
    p.pair("Order ref.", f"HKW/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    tax_total = 0.0
    items = SUPPLY_ITEMS[tag]
    inter = state != "02"
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
    p.pair(rng.choice(["Taxable amount", "Value before tax"]), rs(taxable))
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
    p.pair(rng.choice(["Invoice value", "Grand total (rounded)"]), rs(total))
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
        p.pair("Less: Advance paid with order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q deducted", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque recd. for", "By cheque"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif tds:
            lab = f"Net received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received by UPI", "UPI payment recd."])
        else:
            lab = rng.choice([f"{way} received", f"Paid by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", f"{way} ref. No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAYMENT RECEIVED IN FULL", "PAID - NO DUES", f"SETTLED BY {way}"]),
        "pending": "CHEQUE UNDER COLLECTION - RECEIPT SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - FUNDS INSUFFICIENT, PLEASE PAY AT ONCE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Goods once sold are not taken back. Interest @ 18% p.a. after 30 days. "
        f"Subject to {town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, SUPPLY_STAMPS[tag], "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Bhuntar Loom Mistri Works", "Khaddi repair, new reeds and healds - 8 looms", 9000, 48000),
    ("Smt. Kamla Devi Thakur", "Shop rent - Mall Road, Manali", 45000, 120000),
    ("Dhauladhar Security & Allied Services", "Watch and ward - hall, dye unit and shop", 22000, 64000),
    ("Sood & Negi, Chartered Accountants", "Statutory audit and GST annual return fee", 30000, 90000),
    ("Rohtang Frames Photo Studio", "Catalogue shoot - 120 shawls at Solang", 25000, 110000),
    (
        "Dhalpur Dussehra Stall Fabricators",
        "Stall at the Kullu Dussehra fair, Dhalpur - 7 days",
        40000,
        180000,
    ),
    ("Beas Valley Goods Carriers", "Freight - shawl bales to Delhi and Chandigarh", 14000, 62000),
    ("Parvati Firewood & Coal Depot", "Firewood and coal for the dye vat boiler", 18000, 240000),
]
CORP_PORTALS = [
    ("yono BUSINESS", "State Bank of India", "yonobusiness.sbi.bank.in/corp/payments/status"),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfcbank.com/payments/txn/view"),
    ("Axis neo for Corporates", "Axis Bank", "neo.axisbank.com/corporate/payments/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the loom mistri, the Mall Road landlady, the security agency, the chartered
    accountants, the photo studio, the Dussehra stall fabricator, the carrier and the firewood depot:
    corporate net banking's transfer pages (yono BUSINESS, HDFC Bank ENet, Axis neo for Corporates: the portal
    on top and the bank's line, Payment acknowledgement / Transfer details; three layouts: a Debit details
    block (Debit account, Company ID), a Credit details block (Credit account name / Transfer to / Pay to /
    Beneficiary, Beneficiary nickname on some, Account No. and IFSC) and a Transaction details block (the sum,
    the type, the narration, the references and the day), the status at the foot; the status and the sum large
    on top, the credit rows, the references, the day, the debit rows and the narration, Available balance on
    some; a Transaction record with the day first, the status, the references, the payee, the sum, the type
    and the debit rows: Execution date / Processed on / Transfer date / Submitted on / Saved on / Rejected on
    / Reversal date; Executed - funds credited to the beneficiary / Status: Processed (UTR received) / Pending
    at checker - approve to release the payment / Rejected by beneficiary bank - invalid account, debit
    reversed; UTR No. / NEFT UTR / RTGS UTR / IMPS ref. No. and Reference No. (CBS) / Journal No., Transfer
    amount / Amount debited / Payment amount (INR), Transfer type NEFT / RTGS / IMPS, Narration, Maker ID /
    Checker ID)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(4,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?txn={digits(rng, 12)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small",
        f"{bank}  |  {rng.choice(['Fund transfer', 'Single payment', 'Payment status enquiry'])}",
    )
    p.add("center", rng.choice(["Payment acknowledgement", "Transfer details"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Executed - funds credited to the beneficiary", "Status: Processed (UTR received)"],
        "pending": ["Pending at checker - approve to release the payment"],
        "failed": ["Rejected by beneficiary bank - invalid account, debit reversed"],
    }
    day_labels = {
        "success": ["Execution date", "Processed on", "Transfer date"],
        "pending": ["Submitted on", "Saved on"],
        "failed": ["Rejected on", "Reversal date"],
    }[status]
    hour = rng.random() < 0.5
    who = who.upper() if rng.random() < 0.4 else who
    payee_labels = ["Credit account name", "Transfer to", "Pay to", "Beneficiary"]
    if status != "success":
        payee_labels = ["Credit account name", "Pay to", "Beneficiary"]
    amount_labels = ["Transfer amount", "Amount debited", "Payment amount (INR)"]
    if status != "success":
        amount_labels = ["Transfer amount", "Payment amount (INR)"]
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR No.", f"{way} UTR"]) if way != "IMPS" else "IMPS ref. No.",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{rng.choice(['CBS', 'JRN', 'TX'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Reference No. (CBS)", "Journal No."]), tr, txn=(BANK_RANK, tr))

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        if rng.random() < 0.5:
            p.pair(
                "Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "KLU"
            )
        ben = rng.choice(BANKS[:10])
        p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")

    def debit_rows() -> None:
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Company ID", f"HKWPL{digits(rng, 4)}")

    def tail_rows() -> None:
        p.pair("Transfer type", way, method="netbanking")
        wrap_pair(p, "Narration", note)
        p.pair("Maker ID / Checker ID", f"HKW.ACCTS / {'-' if status == 'pending' else 'HKW.MD'}")

    layout = rng.randrange(3)
    if layout == 0:
        p.add("left", "Debit details")
        debit_rows()
        p.add("left", "Credit details")
        payee_rows()
        p.add("rule")
        p.add("left", "Transaction details")
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        tail_rows()
        refs()
        date_row(p, j, day_labels, hour=hour)
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
            p.pair("Available balance", rs(rupees(rng, 150000, 4800000)))
    else:
        p.add("left", "Transaction record")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
        refs()
        payee_rows()
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        tail_rows()
        debit_rows()
    p.part = "foot"
    p.add("small", "A rejected transfer's debit is reversed to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers, spinners, dyers, helpers


# payee, role, village, kind
WORKERS = [
    ("Bhagat Ram", "Weaver - chaukdi patti, home khaddi", "Bhutti", "weaver"),
    ("Dolma Devi", "Spinner - wool on the charkha, by the kg", "Naggar", "spin"),
    ("Sanjay Kumar", "Weaver - dhoru patti, hall khaddi", "Shamshi", "weaver"),
    ("Tenzin Norbu", "Dyer's helper - scouring and dyeing", "Bajaura", "dye"),
    ("Kaushalya Thakur", "Cap stitcher - Kullu topi, by the cap", "Jagatsukh", "cap"),
    ("Rakesh Negi", "Warping and drum helper", "Shamshi", "warp"),
    ("Lata Sharma", "Weaver - butidar patti, home khaddi", "Banjar", "weaver"),
    ("Hem Raj", "Fringe knotting helper", "Naggar", "fringe"),
]
WORK_FRAMES = ["paper", "payout", "paper", "payout", "paper", "gpay", "paper", "paytm"]
# slip headings, payee labels, the line, rate (low, high), count (low, high), net labels, additions, the cut
WEAVING = (
    ["BUNKAR MAJDOORI PARCHI - PRATI SHAWL", "WEAVER'S WAGE SLIP - BY THE SHAWL (KHADDI GHAR)"],
    ["Bunkar ka naam (weaver)", "Paid to (weaver)", "Name of artisan"],
    "Shawls woven: {q} x {rate}",
    (900, 2600),
    (2, 9),
    ["Net majdoori paid", "Net wages paid"],
    ["Add: Pashmina weft extra", "Add: Double patti extra"],
    "Less: Weaving fault (uneven beat) - {n} @ {per}",
)
STITCHING = (
    ["TOPI SILAI MAJDOORI - PRATI TOPI", "CAP STITCHING WAGES - BY THE CAP"],
    ["Karigar ka naam (stitcher)", "Paid to (stitcher)", "Name of artisan"],
    "Caps stitched: {q} x {rate}",
    (35, 70),
    (60, 400),
    ["Net majdoori paid", "Net wages paid"],
    ["Add: Velvet band extra"],
    "Less: Crooked band, restitched - {n} @ {per}",
)


def payout_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """RazorpayX's payout page (RazorpayX on top and the company's payouts line under it; the contact above
    the sum and the status or under them)."""
    j.amount = rupees(rng, 2200, 24000, 0.6)
    pout = f"pout_{code(rng, 14, MIXED)}"
    p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pout}"))
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Processed - credited to the contact's account", "Payout processed"],
        "pending": ["Processing - bank yet to confirm the credit, do not pay again"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Contact", "Paid to contact"]), who, merchant=who)
        p.pair("Fund account", f"fa_{code(rng, 14, MIXED)}")

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
        p.pair("Bank account", f"{rng.choice([BANKS[0], BANKS[1], BANKS[2], BANKS[6]])} XXXX{digits(rng, 4)}")
    else:
        p.pair("UPI ID", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@okhdfcbank")
    p.pair(rng.choice(["Payout mode", "Mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair("Purpose", rng.choice(["salary", "payout"]))
    p.pair(
        "Narration",
        rng.choice(["Spinning wages - 14 kg", "Katai majdoori - fortnight"])
        if kind == "spin"
        else rng.choice(["Dyeing helper - 11 days", "Scouring and dyeing wages"]),
    )
    if not j.no_ref:
        p.pair("Payout ID", pout, txn=(TXN_RANK, pout))
        if status == "success":
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
    date_row(
        p,
        j,
        {
            "success": ["Processed at", "Payout date"],
            "pending": ["Created at", "Processing since"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The UTR above is the bank's reference for this payout.",
            "pending": "The status changes once the bank responds. Do not create this payout again.",
        }[status],
    )
    return p.done()


def helper_screen(rng: random.Random, font: str, k: int, j: Job, status: str, who: str, frame: str, rs):
    """A Google Pay or a Paytm screen paying a helper (To <name> on one line over the sum, or Paid to over the
    name under the status)."""
    j.amount = rupees(rng, 900, 9000, 0.9)
    p = phone_page(rng, font, k, ["", "Payment details"])
    p.part = "head"
    p.add("title", "Google Pay" if frame == "gpay" else "Paytm")
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Completed", "Paid successfully"],
        "failed": ["Payment failed - the receiver's bank is not responding"],
    }
    if frame == "gpay":
        if fits(p, "center", f"To {who}  "):
            p.add("center", f"To {who}", merchant=who)
        else:
            p.add("small", "To")
            p.add("center", who, merchant=who)
        p.add("small", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@oksbi", method="UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        if not j.no_day:
            p.add("small", hour_day(rng, j.date), date=j.date)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        p.add("small", "Paid to")
        p.add("center", who, merchant=who)
        p.add("small", f"{rng.choice('6789')}{digits(rng, 9)}@ptsbi", method="UPI")
        date_row(p, j, ["Date & time", "Paid at"], hour=True)
    p.add("rule")
    p.pair(
        rng.choice(["Message", "Note"]),
        rng.choice(["Warping helper - 5 days", "Drum warping kooli"])
        if frame == "gpay"
        else rng.choice(["Jhalar (fringe) knotting - 140 shawls", "Fringe helper"]),
    )
    p.pair(
        rng.choice(["From", "Paid from"]),
        f"{rng.choice(['UCO Bank', 'State Bank of India', 'Punjab National Bank'])} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        if frame == "gpay":
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            own = f"CICAgO{code(rng, 12, MIXED)}"
            wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
        else:
            p.pair(rng.choice(["UPI Reference No.", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            own = digits(rng, 20)
            wrap_pair(p, "Paytm txn ID", own, txn=(TXN_RANK, own))
    if status == "failed":
        p.add("small", "No money left your account. If it did, it comes back within 3 working days.")
    p.part = "foot"
    p.add("small", "Share  |  Done")
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its weavers by the shawl and its cap stitcher by the cap on paper, its spinner and
    dyer's helper through RazorpayX payouts and its warping helper and fringe helper by Google Pay and Paytm:
    its printed BUNKAR MAJDOORI PARCHI - PRATI SHAWL / WEAVER'S WAGE SLIP - BY THE SHAWL (KHADDI GHAR) and
    TOPI SILAI MAJDOORI - PRATI TOPI / CAP STITCHING WAGES - BY THE CAP (the company on top with the hall's
    line, Bunkar ka naam (weaver) / Paid to (weaver) / Karigar ka naam (stitcher) / Paid to (stitcher) / Name
    of artisan first or under the number and the day, Design / patti, Gaon (village), Khaddi No., Weaver ID
    (Pehchan) (no fact), Majdoori parchi No. / Wage slip No., Dinank / Wages paid on / Payment dt., the shawls
    or caps x rate, Add: Pashmina weft extra / Add: Double patti extra / Add: Velvet band extra, Kul majdoori
    (gross) / Total earned, Less: Weaving fault (uneven beat) - n @ rate / Less: Crooked band, restitched - n
    @ rate / Less: Advance adjusted, Net majdoori paid / Net wages paid, Paid by / Mode Cash / UPI / IMPS, UPI
    Ref. No. / IMPS RRN; PAID / PAID IN CASH / PAID - SHAWL RECEIVED IN STORE / PAID - CAPS COUNTED IN STORE /
    PAID - ENTERED IN MAJDOORI REGISTER, the artisan's signature or thumb), RazorpayX payout pages for the
    spinner and the dyer's helper (RazorpayX on top and Payouts | the company under it, Contact / Paid to
    contact above the sum and the status or under them, Fund account, Bank account / UPI ID, Payout mode /
    Mode, Purpose, Narration, Payout ID, UTR, Processed at / Payout date / Created at / Processing since;
    Processed - credited to the contact's account / Payout processed / Processing - bank yet to confirm the
    credit, do not pay again), a Google Pay screen (To <name> over the sum, the day and the hour with no label
    under the status) and a Paytm screen (the sum, the status, Paid to over the name, Date & time / Paid at)
    paying the helpers (Completed / Paid successfully / Payment failed - the receiver's bank is not
    responding; UPI transaction ID / UPI Reference No. / UPI Ref. No. and Google transaction ID / Paytm txn
    ID)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=1800, high=26000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        return payout_page(rng, font, j, status, who, kind, rs)
    if frame in ("gpay", "paytm"):
        return helper_screen(rng, font, k, j, status, who, frame, rs)
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets, adds, spoilt = (
        STITCHING if kind == "cap" else WEAVING
    )
    where = UNITS["shed"]
    section = "home khaddis" if "home" in role else "cap section" if kind == "cap" else "weaving hall"
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{SHED} - {section}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )

    def number_day() -> None:
        if not j.no_ref:
            vno = f"MP/{fy(j.date)}/{rng.randrange(10, 999):03d}"
            p.pair(rng.choice(["Majdoori parchi No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
        day_pair(p, j, ["Dinank", "Wages paid on", "Payment dt."], PATS_IN)

    payee_first = rng.random() < 0.6
    if not payee_first:
        number_day()
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Design / patti", role.split(" - ")[1])
    p.pair("Gaon (village)", village)
    if kind == "weaver":
        p.pair("Khaddi No.", f"{rng.choice(['K', 'HK', 'GK'])}-{rng.randrange(1, 40):02d}")
    p.pair(
        "Weaver ID (Pehchan)" if kind == "weaver" else "Artisan ID (Pehchan)",
        f"HP{rng.randrange(10, 99)}{digits(rng, 6)}",
    )
    if payee_first:
        number_day()
    rate = (
        float(rng.randrange(rlo, rhi + 1)) if kind == "cap" else float(round(rng.randrange(rlo, rhi + 1), -1))
    )
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 400, 600]))
        p.pair(rng.choice(adds), rs(extra))
        gross += extra
    p.pair(rng.choice(["Kul majdoori (gross)", "Total earned"]), rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        bad = rng.randrange(1, 3)
        per = round(rate * 0.2, 2)
        cut = round(bad * per, 2)
        p.pair(spoilt.format(n=bad, per=f"{per:,.2f}"), rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Advance adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        rng.choice(["Paid by", "Mode"]), way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way]
    )
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = [
        "PAID",
        "PAID - ENTERED IN MAJDOORI REGISTER",
        "PAID - CAPS COUNTED IN STORE" if kind == "cap" else "PAID - SHAWL RECEIVED IN STORE",
    ]
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"{words_in_rupees(j.amount)}")
    right(
        p,
        rng.choice(
            ["Bunkar ke hastakshar / angootha (signature / thumb)", "Signature or thumb of the artisan"]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 8. the Municipal Council, the Board, EPFO


FEE_FRAMES = ["municipal", "hpspcb", "epfo", "textiles", "labour", "vahan", "esic", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Kullu shawl house, its weaving hall, its dyeing unit and its shop: Municipal Council
    Manali's trade licence page (the Council on top and the Urban Development line, Trade licence No.,
    Business name, Ward No., Trade licence fee 2026-27, Garbage collection fee (12 months) and Late fee on
    some, Amount paid / Total amount received, Gateway txn ID, Bank ref. No., Receipt No.), the HP State
    Pollution Control Board's consent renewal for the dyeing unit on OCMMS (Name of the unit, Category,
    Industry ID, CTO renewal fee - Water Act, CTO renewal fee - Air Act, Fee payable / Amount to be paid,
    Transaction ID; Payment failed - consent fee not received, pay again, Attempted on / Failed on), EPFO's
    ECR challan (Establishment ID, Establishment name, Wage month, A/c 1, A/c 2, A/c 10 and A/c 21, Total
    amount paid / Challan total, TRRN, CRN), the Textiles Committee's Handloom Mark registration (Name of
    applicant, Handloom Mark registration No., Products, Registration fee - Handloom Mark, Handloom Mark
    labels - n @ 0.60, Total fee paid / Amount remitted, Payment ref. No., Receipt No.), the Labour
    Department's registration renewal for the shop under the HP Shops and Commercial Establishments Act (Name
    of establishment, Registration No., Number of employees, Renewal fee, Late fee on some, Total fee paid /
    Fee remitted, Transaction ID, Receipt No.), the Transport Department's token tax on the delivery pickup
    (Registration No., Owner name, Vehicle class, Token tax - goods carrier (LGV), 2026-27, User charges,
    Total tax paid / Amount paid, Transaction No., Bank ref. No., Receipt No.), ESIC's monthly contribution
    (Employer code, Employer name, Contribution period, Employees, Employer's contribution @ 3.25%, Employees'
    contribution @ 0.75%, Challan amount / Amount to be paid, Challan No.; Pending - bank yet to confirm,
    challan not yet paid, Challan created on / Submitted to bank on) and Legal Metrology's verification of the
    dyeing unit's and the shop's scales (Name of the user, Verification fee - platform scale (500 kg),
    Verification fee - electronic table scale (30 kg), Late fee on some, Total fee / Fee remitted, Transaction
    ID, Receipt No.); the status under the authority's line or at the foot: Transaction successful - receipt
    generated / Paid - acknowledgement e-mailed / Payment realised by the treasury; Mode of payment / Payment
    through (EPFO and ESIC by net banking only), Receipt date / Date of transaction / Payment realised on /
    Paid on; the references before the heads on some."""
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
            "Transaction successful - receipt generated",
            "Paid - acknowledgement e-mailed",
            "Payment realised by the treasury",
        ]
    }
    day_labels = ["Receipt date", "Date of transaction", "Payment realised on", "Paid on"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "municipal":
        url = "mcmanali.hp.gov.in/tradelicence/receipt" + ("" if j.no_ref else f"/{digits(rng, 9)}")
        name = rng.choice(["Municipal Council Manali", "MUNICIPAL COUNCIL MANALI", "Nagar Parishad Manali"])
        line = "Urban Development Department, Himachal Pradesh  |  Trade licence and garbage fee"
    elif frame == "hpspcb":
        url = "ocmms.hpspcb.hp.gov.in/consent/payment" + ("" if j.no_ref else f"/{digits(rng, 8)}")
        name = rng.choice(
            ["Himachal Pradesh State Pollution Control Board", "HP STATE POLLUTION CONTROL BOARD"]
        )
        line = "OCMMS - Online consent management  |  Consent to operate - renewal"
    elif frame == "epfo":
        url = "unifiedportal-emp.epfindia.gov.in/epfo/challan/receipt"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        line = "Ministry of Labour & Employment  |  ECR - challan payment"
    elif frame == "textiles":
        url = "handloommark.gov.in/registration/payment" + ("" if j.no_ref else f"/{digits(rng, 7)}")
        name = rng.choice(["Textiles Committee", "TEXTILES COMMITTEE"])
        line = "Ministry of Textiles, Government of India  |  Handloom Mark - registration"
    elif frame == "labour":
        url = "labour.hp.gov.in/shops-establishments/renewal/receipt"
        name = rng.choice(
            ["Labour Department, Himachal Pradesh", "Department of Labour & Employment, Himachal Pradesh"]
        )
        line = "HP Shops and Commercial Establishments Act, 1969  |  Renewal of registration"
    elif frame == "vahan":
        url = "vahan.parivahan.gov.in/vahanservice/tax/receipt"
        name = rng.choice(
            ["Transport Department, Himachal Pradesh", "Transport Department, Govt. of Himachal Pradesh"]
        )
        line = "Vahan - Ministry of Road Transport & Highways  |  Token tax"
    elif frame == "esic":
        url = "www.esic.gov.in/esicportal/employer/challan/status"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
    else:
        url = "legalmetrology.hp.gov.in/verification/payment/receipt"
        name = rng.choice(
            ["Legal Metrology Department, Himachal Pradesh", "LEGAL METROLOGY, HIMACHAL PRADESH"]
        )
        line = "Verification and stamping of weights and measures  |  Kullu"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("hpspcb", "esic")
    labels: list[str]
    if frame == "municipal":
        p.pair("Trade licence No.", f"MCM/TL/{digits(rng, 5)}")
        wrap_pair(p, "Business name", f"{SHOWROOM} ({firm})")
        p.pair("Ward No.", str(rng.randrange(1, 10)))
        heads = [("Trade licence fee 2026-27", float(rng.choice([1200, 2000, 3000, 4500])))]
        if rng.random() < 0.6:
            heads.append(("Garbage collection fee (12 months)", float(rng.choice([1200, 1800, 2400]))))
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([100, 200, 500]))))
        labels = ["Amount paid", "Total amount received"]
        refs = [
            ("Gateway txn ID", TXN_RANK, f"MCM{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"MCM/R/{digits(rng, 6)}"),
        ]
    elif frame == "hpspcb":
        wrap_pair(p, "Name of the unit", f"{WOOLHOUSE} ({firm})")
        p.pair("Category", "Orange - small (wool scouring and dyeing)")
        p.pair("Industry ID", f"HPSPCB/KLU/{digits(rng, 6)}")
        heads = [
            ("CTO renewal fee - Water Act", float(rng.choice([5000, 7500, 10000]))),
            ("CTO renewal fee - Air Act", float(rng.choice([2500, 3500, 5000]))),
        ]
        labels = ["Fee payable", "Amount to be paid"]
        refs = [("Transaction ID", TXN_RANK, f"OCMMS{digits(rng, 11)}")]
        words = {"failed": ["Payment failed - consent fee not received, pay again"]}
        day_labels = ["Attempted on", "Failed on"]
    elif frame == "epfo":
        p.pair("Establishment ID", f"HPSML{digits(rng, 7)}000")
        wrap_pair(p, "Establishment name", COMPANY_CAPS)
        p.pair("Wage month", j.month(1))
        wages = float(rng.randrange(160000, 480000, 100))
        heads = [
            ("A/c 1 - EPF (employer and employee)", float(round(wages * 0.1567))),
            ("A/c 2 - administration charges", float(max(500, round(wages * 0.005)))),
            ("A/c 10 - EPS", float(round(wages * 0.0833))),
            ("A/c 21 - EDLI", float(round(wages * 0.005))),
        ]
        labels = ["Total amount paid", "Challan total"]
        refs = [
            ("TRRN", TXN_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
            ("CRN", INVOICE_RANK, f"{digits(rng, 15)}"),
        ]
    elif frame == "textiles":
        n = rng.randrange(4, 20) * 500
        wrap_pair(p, "Name of applicant", f"{SHED} ({firm})")
        p.pair("Handloom Mark registration No.", f"HLM/HP/{digits(rng, 5)}")
        wrap_pair(p, "Products", "Kullu shawls, caps and tweed")
        heads = [
            ("Registration fee - Handloom Mark", float(rng.choice([500, 1000]))),
            (f"Handloom Mark labels - {n:,} @ 0.60", round(n * 0.6, 2)),
        ]
        labels = ["Total fee paid", "Amount remitted"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"TCHLM{digits(rng, 10)}"),
            ("Receipt No.", INVOICE_RANK, f"HLM/R/{digits(rng, 6)}"),
        ]
    elif frame == "labour":
        wrap_pair(p, "Name of establishment", f"{SHOWROOM}, Mall Road, Manali")
        p.pair("Registration No.", f"KLU/SCE/{digits(rng, 5)}")
        p.pair("Number of employees", str(rng.randrange(3, 12)))
        heads = [("Renewal fee", float(rng.choice([500, 1000, 1500])))]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([200, 500]))))
        labels = ["Total fee paid", "Fee remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LBR{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"SCE/{digits(rng, 7)}"),
        ]
    elif frame == "vahan":
        p.pair("Registration No.", f"HP34D{digits(rng, 4)}")
        wrap_pair(p, "Owner name", COMPANY_CAPS)
        p.pair("Vehicle class", "Goods carrier (LGV) - 2.9 t GVW")
        heads = [
            ("Token tax - goods carrier (LGV), 2026-27", float(rng.choice([3000, 4500, 6000]))),
            ("User charges", float(rng.choice([50, 100]))),
        ]
        labels = ["Total tax paid", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"HP{digits(rng, 3)}{code(rng, 3, UPPER)}{digits(rng, 9)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"HP34{code(rng, 2, UPPER)}{digits(rng, 7)}"),
        ]
    elif frame == "esic":
        p.pair("Employer code", f"1{digits(rng, 16)}")
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
        words = {"pending": ["Pending - bank yet to confirm, challan not yet paid"]}
        day_labels = ["Challan created on", "Submitted to bank on"]
    else:
        wrap_pair(p, "Name of the user", f"{firm} - dyeing unit and Mall Road shop")
        heads = [
            ("Verification fee - platform scale (500 kg)", float(rng.choice([500, 750, 900]))),
            ("Verification fee - electronic table scale (30 kg)", float(rng.choice([150, 250, 300]))),
        ]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([100, 250]))))
        labels = ["Total fee", "Fee remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LMHP{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"LM/KLU/{digits(rng, 6)}"),
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
    p.pair(rng.choice(["Mode of payment", "Payment through"]), way, method=way_method(way))
    if not refs_first:
        fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "municipal": "Display the trade licence in the shop; renew it before 31 March every year.",
        "hpspcb": "The consent is renewed only once the fee reaches the Board; pay again.",
        "epfo": "Upload the ECR before the 15th of the month; the challan is valid for this wage month only.",
        "textiles": "The Handloom Mark labels are sent by post once the registration is approved.",
        "labour": "Keep the renewed registration certificate on display at the establishment.",
        "vahan": "Carry the tax receipt in the vehicle; it can be checked on the mParivahan app.",
        "esic": "Do not pay again; the challan is marked paid once the bank confirms the payment to ESIC.",
        "metrology": "Get the instruments stamped within 7 days of this payment at the Inspector's office.",
    }[frame]
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Bharat Laghu Udyam Suraksha - khaddis, wool and shawl stock",
        "paper",
        "fire",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Shopkeeper's policy - Mall Road shop stock",
        "browser",
        "burglary",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Marine cargo - export shipments by air courier",
        "mail",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - weavers, spinners and staff",
        "browser",
        "health",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Employees' compensation - dyeing unit and weaving hall",
        "mail",
        "wc",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Group personal accident - home weavers",
        "paper",
        "pa",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Goods carrying vehicle package - Mahindra Bolero Pik-Up",
        "browser",
        "vehicle",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Exhibition floater - stock at the Kullu Dussehra fair",
        "mail",
        "fair",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its khaddis, wool and shawl stock, the Mall Road shop's stock, its export shipments,
    its workers' health, its dyeing unit and hall hands under the Employees' Compensation Act, its home
    weavers against accidents, its pickup and its stock at the Kullu Dussehra fair: the insurers' premium
    receipts (browser, e-mail, printed at the branch: the insurer on top, the product line, PREMIUM
    ACKNOWLEDGEMENT / Receipt - premium paid / e-Receipt for premium (Premium not received / Transaction
    unsuccessful - renewal premium on the failed one); the status under the heading on some, under the sum on
    the rest; Proposer / Insured name / Name of the insured, Policy No. / Proposal No. / Renewal notice No.,
    Sum insured - khaddis, wool and shawl stock / Sum insured - shop stock (first loss) / Annual export
    turnover (declared) / Members covered / Estimated wages for the year / Persons covered / IDV and
    Registration No. / Stock value at the fair, Risk period From ... to ..., Basic premium / Premium (before
    tax) or OD premium and TP premium, an add-on (STFI cover, Theft extension, War and SRCC, Maternity cover,
    Medical expenses extension, Hospital cash, Zero depreciation, Transit to and from the fair), CGST and SGST
    @ 9% or IGST @ 18%, the sum: Total premium paid / Gross premium (incl. GST) / Amount received / Instrument
    amount / Cheque amount / Renewal premium due / Premium to be paid; Premium realised - policy in force /
    Paid - policy schedule attached / CHEQUE SENT FOR CLEARING - POLICY ISSUED ON REALISATION / Payment
    declined by the bank - renew before the policy lapses; Mode of payment / Paid through, Cheque No.,
    Transaction ref., UPI RRN / Bank ref., Receipt No. / e-Receipt No., Premium paid on / Receipt dt. / Date
    of payment / Cheque recd. on / Cheque lodged on / Transaction attempted on / Tried on)."""
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
        p = browser_page(
            rng, font, f"{rng.choice(['pay', 'online', 'portal'])}.{host}/renewal/premium-receipt"
        )
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <noreply@{host}>",
            ["Your premium receipt", "Premium acknowledgement - policy"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add("small", rng.choice(["Branch Office, Dhalpur, Kullu", "Divisional Office, Mandi"]))
    p.add(
        "center",
        rng.choice(
            ["Premium not received", "Transaction unsuccessful - renewal premium"]
            if status == "failed"
            else ["PREMIUM ACKNOWLEDGEMENT", "e-Receipt for premium"]
            + (["Receipt - premium paid"] if status == "success" else [])
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Premium realised - policy in force", "Paid - policy schedule attached"],
        "pending": ["CHEQUE SENT FOR CLEARING - POLICY ISSUED ON REALISATION"],
        "failed": ["Payment declined by the bank - renew before the policy lapses"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Proposer", "Insured name", "Name of the insured"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair(
            "Policy No.",
            f"{rng.choice(['21', '35', '48'])}{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(0, 3):02d}",
        )
    elif status == "pending":
        p.pair("Proposal No.", f"PR{digits(rng, 11)}")
    else:
        p.pair("Renewal notice No.", f"RN{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(2500000, 30000000, 50000))
        p.pair("Sum insured - khaddis, wool and shawl stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("STFI cover", round(insured * 0.0001, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(800000, 6000000, 50000))
        p.pair("Sum insured - shop stock (first loss)", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Theft extension", round(insured * 0.0001, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(2000000, 24000000, 500000))
        p.pair("Annual export turnover (declared)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0006), 2)
        addon = ("War and SRCC", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(16, 60)
        p.pair("Members covered", f"{members} (Rs 3,00,000 each)")
        basic = round(members * rng.uniform(3400, 5800), 2)
        addon = ("Maternity cover", round(members * 380.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(1500000, 8000000, 100000))
        p.pair("Estimated wages for the year", rs(wages))
        basic = round(wages * rng.uniform(0.007, 0.012), 2)
        addon = ("Medical expenses extension", round(wages * 0.0004, 2))
    elif kind == "pa":
        persons = rng.randrange(20, 80)
        p.pair("Persons covered", f"{persons} (Rs 5,00,000 each)")
        basic = round(persons * rng.uniform(240, 460), 2)
        addon = ("Hospital cash", round(persons * 85.0, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(520000, 860000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"HP-34-D-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.004, 2))
    else:
        stock = float(rng.randrange(800000, 4000000, 50000))
        p.pair("Stock value at the fair", rs(stock))
        basic = round(stock * rng.uniform(0.0008, 0.0015), 2)
        addon = ("Transit to and from the fair", round(stock * 0.0002, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 5))
        if kind == "fair":
            start = FAIR_START - dt.timedelta(days=rng.randrange(2, 4))
            end = FAIR_START + dt.timedelta(days=rng.randrange(8, 11))
        else:
            end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        wrap_pair(p, "Risk period", f"From {when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Basic premium", "Premium (before tax)"]), rs(basic))
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
        "success": ["Total premium paid", "Gross premium (incl. GST)", "Amount received"],
        "pending": ["Instrument amount", "Cheque amount"],
        "failed": ["Renewal premium due", "Premium to be paid"],
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
    p.pair(rng.choice(["Mode of payment", "Paid through"]), pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:6])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['TR', 'PG', 'OL'])}{digits(rng, 13)}"
            p.pair("Transaction ref.", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank ref.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
            p.pair(rng.choice(["Receipt No.", "e-Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Premium paid on", "Receipt dt.", "Date of payment"],
            "pending": ["Cheque recd. on", "Cheque lodged on"],
            "failed": ["Transaction attempted on", "Tried on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to realisation of the premium and to the policy's terms and exclusions.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("HAMTA SHAWL KOTHI", "MALL ROAD, MANALI", "own"),
    ("NEGI FILLING STATION", "NH-3, AUT, DISTT. MANDI", "fuel"),
    ("HAMTA KULLVI WEAVES", "SHAMSHI, KULLU", "own"),
    ("HOTEL SECTOR 17 REGENCY", "SECTOR 17-B, CHANDIGARH", "hotel"),
    ("HAMTA KHADDI GHAR", "SHAMSHI 175126", "own"),
    ("THAKUR HARDWARE & SANITARY", "AKHARA BAZAR, KULLU", "shop"),
    ("HAMTA SHAWL KOTHI", "DUSSEHRA FAIR, DHALPUR, KULLU", "own"),
    ("PAHADI SIDDU HOUSE", "OLD MANALI", "food"),
]
TERMINALS = [
    "PINE LABS",
    "INDIANOIL",
    "HDFC BANK",
    "AXIS BANK",
    "SBI",
    "PHONEPE",
    "YES BANK",
    "MSWIPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the shawl house's (on Mall Road and at the Dussehra fair), the company's and the
    weaving hall's terminals, and the company's card at a filling station on NH-3 at Aut, a Chandigarh hotel,
    a Kullu hardware shop and an Old Manali siddu house: terminal slips (monospace: the terminal's bank or
    brand on top on some, the counter's name and place in capitals; DATE/TIME: <day> <hour> on one row, DATE:
    and TIME: on two, or the day and the hour with no label on one line, at the top or under the sum; MID:,
    TID:, BATCH NO:, STAN:, BILL NO: / INVOICE:, SALE / TAP & PAY SALE / SALE - CHIP, CARD NUM: / CARD #:,
    ENTRY:, a fuel sale's PRODUCT:, PRICE/L:, VOLUME(L):, NOZZLE:, VEH NO: and XTRAREWARDS PTS:, a hotel's
    ROOM: and FOLIO:, the siddu house's KOT NO: and TABLE:, the shop's MOBILE:, AUTH ID: / APPROVAL NO:, RRN:
    / RET REF NO:, SALE AMT: / AMOUNT RS: / NET AMT:, the sum above or below the card; APPROVED / TXN
    SUCCESSFUL / APPROVED - SIGNATURE NOT REQUIRED / DECLINED - 51 INSUFFICIENT FUNDS / TXN TIMED OUT - STATUS
    PENDING WITH BANK, DO NOT RETRY)."""
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
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
        elif pick < 0.7:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        else:
            p.add("left", f"{d}  {t}", date=j.date)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["BILL NO:", "INVOICE:"]), inv, txn=(INVOICE_RANK, inv))
    sale = rng.choice(
        ["SALE", "TAP & PAY SALE", "SALE - CHIP"] if j.amount <= 5000 else ["SALE", "SALE - CHIP"]
    )
    p.add("center", sale)
    lab = rng.choice(["SALE AMT:", "AMOUNT RS:", "NET AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = body if lab == "AMOUNT RS:" else f"{rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD NUM:", "CARD #:"]),
        f"{lead}{digits(rng, 3)}{rng.choice(['XXXXXXXX', '********'])}{digits(rng, 4)}",
        method="card",
    )
    scheme = {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead]
    entry = {"TAP & PAY SALE": "TAP", "SALE - CHIP": "CHIP"}.get(sale) or rng.choice(
        ["CHIP", "TAP"] if j.amount <= 5000 else ["CHIP"]
    )
    p.pair("ENTRY:", f"{scheme} {entry}")
    if kind == "fuel":
        rate = round(rng.uniform(92.5, 97.8), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "MS", "XTRAGREEN"]))
        p.pair("PRICE/L:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE:", str(rng.randrange(1, 7)))
        p.pair("VEH NO:", f"HP34D{digits(rng, 4)}")
        p.pair("XTRAREWARDS PTS:", str(rng.randrange(10, 140)))
    elif kind == "hotel":
        p.pair("ROOM:", str(rng.randrange(101, 420)))
        p.pair("FOLIO:", f"F{digits(rng, 6)}")
    elif kind == "food":
        p.pair("KOT NO:", str(rng.randrange(10, 400)))
        p.pair("TABLE:", str(rng.randrange(1, 18)))
    elif kind == "shop":
        p.pair("MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH ID:", "APPROVAL NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TXN SUCCESSFUL", "APPROVED - SIGNATURE NOT REQUIRED"]),
            status="success",
        )
        if rng.random() < 0.5:
            p.add("small", rng.choice(["PIN VERIFIED OK", "THANK YOU - PLEASE VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "TXN TIMED OUT - STATUS PENDING WITH BANK, DO NOT RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CARDHOLDER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("HPSEBL", "Himachal Pradesh State Electricity Board Ltd", "Consumer ID"),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Customer ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["HPSEBL", "PhonePe", "yono BUSINESS", "HPSEBL", "CRED", "Google Pay", "MobiKwik", "Paytm"]
BILL_WHICH = [0, 1, 0, 0, 3, 4, 2, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The weaving hall's, the dyeing unit's and the shop's electricity (HPSEBL), the shop's fibre (Airtel
    Xstream Fiber), the manager's postpaid phone (Jio), the shop's DTH (Tata Play) and the dyeing unit's
    cooking gas (Indane) through Bharat Connect in State Bank of India's yono BUSINESS and other apps
    (PhonePe, CRED, Google Pay, MobiKwik, Paytm: the app on top, the sum large above or below the status, or
    the biller first, Biller name / Paid to biller / Operator as printed, Consumer ID / Customer ID / Mobile
    No. / Subscriber ID / LPG ID, Name on bill / Customer name, Bill No., Bill period, Bill date, Bill due
    date and Amount after due date on some power and fibre bills, Debited from / Paid via Current A/c or UPI,
    Bharat Connect ref. ID / BBPS ref. No. / B-Connect txn ID, UPI Ref. No. / UTR, Transaction ID on the
    failed one, Paid at / Transaction date / Date and time / Attempted on / Started at (the latter two on one
    not paid); Payment successful - confirmed by biller / Bill paid / Payment processing - biller yet to
    confirm, don't pay again / Bill payment failed - refund, if debited, in 3-5 days) and HPSEBL's own online
    payment receipt (HPSEBL, Himachal Pradesh State Electricity Board Ltd or its capitals on top with its "A
    Government of Himachal Pradesh undertaking" line, Consumer ID, Sub-Division, Name of consumer, Amount
    received / Bill amount paid, Due date, Payment mode, Transaction ref. No., Bank ref. No., Receipt No.,
    Payment date / Receipt date, the status under the head or at the foot: Thank you - payment received by
    HPSEBL / Payment posted to your account)."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=1800, high=52000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 599, 2999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 349, 1499, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 299, 1199, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 880, 3400, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer ID": f"{rng.choice(['10', '11', '12'])}{digits(rng, 10)}",
        "Customer ID": f"{rng.choice(['30', '31'])}{digits(rng, 8)}",
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "LPG ID": f"7{digits(rng, 16)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "HPSEBL":
        p = browser_page(rng, font, "hpseb.in/onlinepay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Himachal Pradesh undertaking  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Thank you - payment received by HPSEBL",
                "Payment posted to your account",
            ]
        }
        status_top = rng.random() < 0.4
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        p.pair("Sub-Division", rng.choice(["Manali", "Kullu-I", "Bhuntar", "Shamshi"]))
        wrap_pair(p, "Name of consumer", rng.choice([COMPANY_CAPS, SHED.upper(), f"M/S {WOOLHOUSE.upper()}"]))
        p.pair(rng.choice(["Amount received", "Bill amount paid"]), rs(j.amount), amount=j.amount)
        if not j.no_day:
            p.pair("Due date", j.other_day(rng, 3, 15))
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"HPSEB{digits(rng, 12)}"
            p.pair("Transaction ref. No.", tid, txn=(TXN_RANK, tid))
            if way == "Net banking" and rng.random() < 0.6:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"ER{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Receipt date"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Pay by the due date to avoid a surcharge and disconnection.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payment")
    p.part = "body"
    words = {
        "success": ["Payment successful - confirmed by biller", "Bill paid"],
        "pending": ["Payment processing - biller yet to confirm, don't pay again"],
        "failed": ["Bill payment failed - refund, if debited, in 3-5 days"],
    }
    name = rng.choice([short, long])
    label = rng.choice(
        ["Biller name", "Paid to biller", "Operator"] if status == "success" else ["Biller name", "Operator"]
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
        rng.choice(["Name on bill", "Customer name"]),
        rng.choice(
            {
                0: [COMPANY_CAPS, SHED.upper(), SHOWROOM.upper()],
                4: [COMPANY_CAPS, WOOLHOUSE.upper()],
            }.get(which, [COMPANY_CAPS, SHOWROOM.upper()])
        ),
    )
    if which in (0, 1) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill No.", f"{rng.choice(['EB', 'AF'])}{digits(rng, 10)}")
        start, end = earlier(rng, j, 36, 50), earlier(rng, j, 6, 12)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Bill period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Bill date", when(earlier(rng, j, 3, 6), "%d %b %Y"))
        p.pair("Bill due date", j.other_day(rng, 3, 15))
        p.pair("Amount after due date", rs(round(j.amount * 1.02, 2) if which == 0 else j.amount + 100))
    way = "Current A/c" if app == "yono BUSINESS" else "UPI"
    p.pair(
        rng.choice(["Debited from", "Paid via"]),
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:8])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "CRED": "CR",
                "Google Pay": "GP",
                "MobiKwik": "MK",
                "Paytm": "PT",
            }.get(app, "SB")
            bc = f"{head}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect ref. ID", "BBPS ref. No.", "B-Connect txn ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair(rng.choice(["UPI Ref. No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 15)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid at", "Transaction date", "Date and time"]
        if status == "success"
        else ["Attempted on", "Started at"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "BHAGAT RAM",
    "",
    "PARVATI FIREWOOD & C",
    "BEAS VALLEY GOODS CA",
    "AMRITSAR DYES & CHEM",
    "ROHTANG FRAMES PHOTO",
    "",
    "CHANGTHANG PASHMINA",
]
MAIL_PAYEES = [
    "Smt. Kamla Devi Thakur",
    "Sood & Negi, Chartered Accountants",
    "Bikaner Wool Combers & Spinners",
    "Bhuntar Carton & Packaging",
]
SENDERS = {
    "Himachal Pradesh Gramin Bank": "AD-HPGBNK",
    "UCO Bank": "VK-UCOBNK",
    "Punjab National Bank": "JM-PNBSMS",
    "The Himachal Pradesh State Co-operative Bank": "BZ-HPSCBK",
}
MAIL_AT = (1, 6)


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AD-HPGBNK /
    VK-UCOBNK / JM-PNBSMS / BZ-HPSCBK, the day divider, each bank's own wording: Himachal Pradesh Gramin
    Bank's UPI "Rs.x debited from A/c **1234 on 14Oct26 by UPI to <payee>. UPI Ref <ref> -HPGB", UCO Bank's
    "A/c XX1234 debited by Rs.x on <day> towards <way>-<payee>.", Punjab National Bank's "Ac XXXXXXXX1234
    Debited INR x dt <day> thru <way> to <payee>.", the HP State Co-operative Bank's "HPSCB: Rs x Dr from CA
    ..1234 on <day> (<way>) in favour of <payee>."; a transfer that "could not be credited and is returned.
    Amount credited back to your A/c." and one that "is in process with the beneficiary bank. Do not repeat
    the transfer.", the balance line) and two e-mail debit alerts (HDFC Bank, Axis Bank: Debit amount / Amount
    (INR), Beneficiary name / Paid to, Date of debit / Posted on, From account, Channel, Reference No. (UTR) /
    IMPS ref., Available balance; Status: Successful / Transaction status: Debited)."""
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
        bank = rng.choice(["HDFC Bank", "Axis Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit alert - your current account", "A funds transfer has been debited"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited for a funds transfer, as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary name", "Paid to"]
        amount_labels = ["Debit amount", "Amount (INR)"]
        if sum_first:
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Date of debit", "Posted on"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y"])
        p.pair("From account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - NetBanking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS ref." if way == "IMPS" else "Reference No. (UTR)", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 80000, 3800000)))
        p.add(
            "left",
            rng.choice(["Status: Successful", "Transaction status: Debited"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Not done by you? Call the bank's 24x7 helpline at once to block net banking.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 2:
        way = "RTGS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Himachal Pradesh Gramin Bank's is its UPI wording; each other bank's debit wording on one success
    # at least
    bank = {
        0: "Himachal Pradesh Gramin Bank",
        3: "UCO Bank",
        4: "Punjab National Bank",
        7: "The Himachal Pradesh State Co-operative Bank",
    }.get(
        k,
        rng.choice(["UCO Bank", "Punjab National Bank", "The Himachal Pradesh State Co-operative Bank"]),
    )
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, {d} %B"])), date=j.date)
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%y", "%d.%m.%Y", "%d-%m-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 25000, 2600000)
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    if status == "success":
        if bank == "Himachal Pradesh Gramin Bank":
            upi_day = when(j.date, "%d%b%y")
            p.add("left", f"Rs.{amt} debited from A/c **{tail}", amount=j.amount, status="success")
            p.add("left", f"on {upi_day} by UPI to {to}.", merchant=to, method=method)
            if ref:
                p.add("left", f"UPI Ref {ref} -HPGB", txn=(UTR_RANK, ref))
            else:
                p.add("left", "-HPGB")
            ref = None
        elif bank == "UCO Bank":
            p.add("left", f"A/c XX{tail} debited by Rs.{amt}{on}", amount=j.amount, status="success")
            p.add("left", f"towards {way}-{to}.", merchant=to, method=method)
        elif bank == "Punjab National Bank":
            p.add("left", f"Ac XXXXXXXX{tail} Debited INR {amt}", amount=j.amount, status="success")
            p.add("left", f"dt {day} thru {way}" if day else f"thru {way}", method=method)
            p.add("left", f"to {to}.", merchant=to)
        else:
            p.add("left", f"HPSCB: Rs {amt} Dr from CA ..{tail}", amount=j.amount, status="success")
            p.add("left", f"on {day} ({way}) in favour of" if day else f"({way}) in favour of", method=method)
            p.add("left", f"{to}.", merchant=to)
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be credited and is returned. Amount credited back to your A/c.",
            "pending": "is in process with the beneficiary bank. Do not repeat the transfer.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "Himachal Pradesh Gramin Bank":
        balance = {
            "UCO Bank": f"Avl Bal Rs.{num(bal)}",
            "Punjab National Bank": f"Bal INR {num(bal, 'plain')} CR",
        }.get(bank, f"Clear Bal Rs {num(bal)}")
        p.add("left", balance)
        p.add(
            "small",
            rng.choice(
                [
                    "If not done by you, call the branch at once",
                    "Never share your OTP, PIN or password with anyone",
                ]
            ),
        )
    if bank != "Himachal Pradesh Gramin Bank":
        p.add(
            "small",
            {"UCO Bank": "-UCO Bank", "Punjab National Bank": "-PNB"}.get(bank, "-HPSCB"),
        )
    return p.done()


compose = compose158

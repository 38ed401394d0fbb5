"""The twelve heldout258 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Swamimalai bronze icon house's day in 2026 in Thanjavur district, Tamil
Nadu (Sivakami Panchaloha Bronzes Pvt Ltd, its lost-wax casting foundry on Sannathi Street, Swamimalai,
Sivakami Vaarpu Pattarai, where the sthapathis model the icons in beeswax and resin, coat them in the
Kaveri's alluvial clay and pour the panchaloha, the home chasers are paid by the inch, other sthapathis'
wax models are cast by the kilo and dealers buy the icons by the inch, its metal and wax store at
Darasuram, Sivakami Ulogam Mezhugu Kidangu, selling modelling wax by the kilo and runners, risers and dross
by weight, and its gallery on T. S. R. Big Street, Kumbakonam, Sivakami Sirpa Koodam, with temples' utsava
murthis by weight and a stall at the Margazhi crafts bazaar in Mylapore, Chennai), told by the proofs of
payment it receives and makes: buyers' UPI screens and the web shop's Razorpay and BillDesk pages,
Poompuhar's, a temple's, the Mylapore and Mumbai galleries', a Bengaluru e-shop's, a Thanjavur heritage
hotel's, a Hyderabad temple interiors firm's and a Puducherry crafts shop's payment advices, dealers' and
temple suppliers' inward wires from Houston, London, Scarborough, Homebush, Singapore, Klang, Paris and
Kyoto in US dollars, pounds, Canadian, Australian and Singapore dollars, ringgit, euros (the French way on
some) and yen (the raw SWIFT field 32A on some), its own bills (the gallery's sale and temple order bills,
the foundry's trade bill by the inch and casting job work bill by the kilo, the store's wax and scrap
bills, the accounts desk's e-mail for an utsava murthi's advance), the copper, brass and tin, beeswax,
crucible and polish suppliers' tax invoices, the corporate net-banking transfers to the furnace builder,
the gallery's landlord, the clay supplier, the chartered accountants, the catalogue studio, the Margazhi
bazaar's organisers, the fumigation agency and the carrier, the chasers', the wax modeller's and the
polisher's wage slips, RazorpayX payouts and Paytm and Google Pay transfers, Swamimalai Town Panchayat's,
the GI Registry's, the Tamil Nadu Pollution Control Board's, ESIC's, the Tamil Nadu Labour Welfare Board's,
the Transport Department's and Legal Metrology's fee pages, the insurers' premium receipts, card terminal
slips, TNPDCL's power and the fibre, postpaid, DTH and cooking gas bills and the banks' SMS and e-mail
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, the unit lines, bills listed on an advice (their numbers
and days), supplier codes, purchase orders, indents, work orders, proceedings, goods receipt and quality
check memo numbers, pieces, inches, kilos, weights, rates, retention, breakage, short weight, penalty and
discount cuts, GST-TDS and TDS, advances, munpanam adjustments, casting flaw reworks, GST lines, rupee
values on the wires, conversion rates, the sender's charges in the raw SWIFT field, correspondent banks,
shipping bills and their days, non-antiquity certificates, sums insured, turnovers, members, wages and
limits, cover periods, balances, due days, bill days, bill periods, contribution periods and years, half
years, GSTIN, IFSC, UETR, related references, licence, ward, GI application, application, assessment,
employer code, registration, policy, cover note, renewal notice, account, service connection, subscriber,
LPG and mobile numbers, bench and artisan card numbers, LR, docket and e-way bill numbers, merchant and
terminal IDs, batch and STAN numbers, room, folio, dispensing unit, odometer, table and KOT numbers,
contact IDs and fund accounts, makers and approvers and the payer's own details carry no fact. ``Job``,
``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method``
heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``,
``phone_page`` and ``slip_page`` heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's;
``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top``
heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``Screen`` heldout113's;
``sign`` heldout93's; ``num`` heldout82's; ``compose`` is heldout158's (as heldout257's)."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout93_families import sign
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
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXA = "0123456789abcdef"

COMPANY = "Sivakami Panchaloha Bronzes Pvt Ltd"
COMPANY_CAPS = "SIVAKAMI PANCHALOHA BRONZES PVT LTD"
SHORT = "Sivakami Bronzes"
FOUNDRY = "Sivakami Vaarpu Pattarai"
STORE = "Sivakami Ulogam Mezhugu Kidangu"
GALLERY = "Sivakami Sirpa Koodam"
# unit, address, GST state code
UNITS = {
    "foundry": (
        "Lost-wax casting foundry, wax modelling hall and home chasers",
        "Sannathi Street, Swamimalai - 612302, Thanjavur district, Tamil Nadu",
        "33",
    ),
    "store": (
        "Metal, modelling wax and alluvial clay store",
        "Kumbakonam Road, Darasuram - 612702, Thanjavur district, Tamil Nadu",
        "33",
    ),
    "gallery": (
        "Panchaloha icons - temple and home, orders taken",
        "T. S. R. Big Street, Kumbakonam - 612001, Tamil Nadu",
        "33",
    ),
}
PATS_IN = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "{d}.{m}.%Y",
    "%d %b %Y",
    "{d}-%b-%Y",
    "%d/%m/%y",
    "%d.%m.%y",
    "{d} %B %Y",
    "%d-%b-%y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%d/%m/%Y", "%Y-%m-%d", "{d} %B %Y", "%B {d}, %Y", "%d.%m.%Y", "%d%b%Y"]
BANKS = [
    "State Bank of India",
    "Indian Bank",
    "Indian Overseas Bank",
    "City Union Bank",
    "Karur Vysya Bank",
    "Tamilnad Mercantile Bank",
    "Canara Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Tamil Nadu Grama Bank",
    "The Thanjavur District Central Co-operative Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Indian Bank": "IDIB",
    "Indian Overseas Bank": "IOBA",
    "City Union Bank": "CIUB",
    "Karur Vysya Bank": "KVBL",
    "Tamilnad Mercantile Bank": "TMBL",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Tamil Nadu Grama Bank": "IDIB",
    "The Thanjavur District Central Co-operative Bank": "TNSC",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "Indian Bank": "indianbank.bank.in",
    "Indian Overseas Bank": "iob.bank.in",
    "City Union Bank": "cityunionbank.bank.in",
    "Karur Vysya Bank": "kvb.bank.in",
    "Tamilnad Mercantile Bank": "tmb.bank.in",
    "Canara Bank": "canarabank.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "icon": ("Panchaloha icon, lost-wax cast and hand chased (HSN 8306)", "pc", 9000, 96000, 5),
    "utsava": (
        "Utsava murthi (processional icon), panchaloha, cast to the temple's measure (HSN 8306)",
        "kg",
        7200,
        11800,
        5,
    ),
    "wholesale": ("Bronze icons for resale, priced by the inch of height (HSN 8306)", "in", 650, 1900, 5),
    "casting": ("Casting job work on the customer's own wax models (SAC 9988)", "kg", 620, 1150, 5),
    "wax": ("Modelling wax - beeswax, kungiliyam resin and groundnut oil (HSN 1521)", "kg", 780, 1350, 18),
    "scrap": ("Bronze runners, risers and furnace dross - scrap (HSN 7404)", "kg", 410, 690, 18),
}
DEITIES = [
    "Nataraja with prabhai",
    "Sivakami (Uma)",
    "Vinayaka (seated)",
    "Murugan with Valli and Deivanai",
    "Somaskanda",
    "Lakshmi (standing)",
    "Perumal with Sridevi and Bhudevi",
    "Andal",
]


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def letter_day(day: dt.date) -> str:
    """A day as a Tamil Nadu letter prints it: 5th March 2026 (Thursday)."""
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return when(day, f"{n}{suffix} %B %Y (%A)")


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
    return f"AAK{rng.choice('CF')}S{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def signed(p: Screen, what: str) -> str:
    """A short signature line that fits the page."""
    return what if fits(p, "right", what) else what.split(" - ")[0]


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = [
    "Paytm",
    "Razorpay",
    "Google Pay",
    "PhonePe",
    "YONO SBI",
    "BillDesk",
    "BHIM",
    "CRED",
]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Brass diya pair",
        "Vinayaka 4 inch",
        "Gift - Lakshmi 5 in",
        "Kamakshi deepam",
        "Small Murugan vel",
    ],
    [
        "Nataraja 12 in - advance",
        "Somaskanda set balance",
        "Utsava murthi advance",
        "Perumal set 9 in",
        "Griha pravesam Lakshmi",
    ],
)
PAYERS_UPI = [
    "Lakshmi Venkatraman",
    "Karthik Subramanian",
    "Hotel Mahamagam Residency",
    "Priya Natarajan",
    "Ramesh Iyer",
    "Sri Kamakshi Stores, Kumbakonam",
    "Dr. Anand Krishnamurthy",
    "Meera Rangarajan",
]
# the buyer, the icon, the sum (low, high)
PAGE_ORDERS = [
    ("Mrs. Revathi Shankar, Adyar, Chennai", "Nataraja, 9 in, panchaloha with prabhai", 18000, 42000),
    ("Mr. Vikram Menon, Kakkanad, Kochi", "Vinayaka, 6 in, seated on a lotus", 7800, 16000),
    ("Ms. Shruthi Raghavan, Jayanagar, Bengaluru", "Lakshmi, 8 in, standing", 12000, 28000),
    (
        "Dr. Gopal Iyengar, Srirangam, Tiruchirappalli",
        "Perumal with Sridevi and Bhudevi, 12 in set",
        48000,
        96000,
    ),
]
SHOP_UPI_LABELS = {
    "Paytm": ["UPI Ref. No:", "UTR No"],
    "Google Pay": ["UPI transaction ID", "UTR"],
    "PhonePe": ["UTR", "UPI Ref. No."],
    "YONO SBI": ["UPI Ref No", "RRN"],
    "BHIM": ["UPI Ref ID", "UTR"],
    "CRED": ["UPI reference", "UTR"],
}
OWN_IDS = {
    "Paytm": "Paytm txn ID",
    "Google Pay": "Google transaction ID",
    "PhonePe": "Transaction ID",
    "YONO SBI": "YONO ref. No.",
    "BHIM": "BHIM txn ID",
    "CRED": "CRED txn ID",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgO{code(rng, 12, MIXED)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
    if app == "Paytm":
        return f"{j.date:%Y%m%d}{digits(rng, 12)}"
    if app == "YONO SBI":
        return f"YN{digits(rng, 14)}"
    if app == "BHIM":
        return f"BHM{digits(rng, 17)}"
    return f"CRD{code(rng, 14, ALNUM)}"


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The gallery's web shop page on Razorpay or BillDesk after a buyer paid (the payee on top with the
    shop's line, the sum large or in an Amount paid / Order total paid row and the outcome in either order,
    Customer / Delivered to and Product / Items in a block under the outcome or at the foot, the day under
    the outcome or after the references)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(3)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([GALLERY, GALLERY.upper(), COMPANY, SHORT])
    if app == "Razorpay":
        pid = f"pay_{code(rng, 14, MIXED)}"
        url = "pages.razorpay.com/sivakamibronzes/receipt" + ("" if j.no_ref else f"?payment_id={pid}")
    else:
        pid = f"U{rng.choice(['CIB', 'HDF', 'SBI'])}{digits(rng, 10)}"
        url = "pgi.billdesk.com/pgidsk/PGIMerchantPayment" + ("" if j.no_ref else f"?txn={pid}")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", rng.choice(["Temple and home icons  |  sivakamibronzes.in", "Payment receipt"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - order placed",
            "Thank you! Your payment is complete",
            "Success - the gallery will call you about delivery",
        ]
    }
    big = rng.random() < 0.5

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Amount paid", "Order total paid"]), rs(j.amount), amount=j.amount)

    labels = ["Payment date", "Paid on", "Date & time"]
    if rng.random() < 0.5:
        outcome_row(p, status, words)
        sum_row()
    else:
        sum_row()
        outcome_row(p, status, words)
    day_top = rng.random() < 0.5
    if day_top:
        date_row(p, j, labels, hour=True)
    p.add("rule")
    order_top = rng.random() < 0.5

    def order_rows() -> None:
        wrap_pair(p, rng.choice(["Customer", "Delivered to"]), who)
        wrap_pair(p, rng.choice(["Product", "Items"]), what)

    if order_top:
        order_rows()
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI (scan and pay)"]),
        "card": f"Card - {rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} "
        f"{masked(rng, font)}",
        "netbanking": f"Netbanking - {rng.choice(BANKS[:7])}",
    }[way]
    wrap_pair(p, rng.choice(["Method", "Payment method"]), shown, method=way)
    if not j.no_ref:
        if app == "Razorpay":
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"order_{code(rng, 14, MIXED)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            p.pair("BillDesk txn ref.", pid, txn=(TXN_RANK, pid))
            oid = f"SVK{j.date:%y%m%d}{digits(rng, 6)}"
            p.pair("Merchant order No.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UTR" if app == "Razorpay" else "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code" if app == "Razorpay" else "Approval No.", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Bank reference" if app == "Razorpay" else "Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_top:
        date_row(p, j, labels, hour=True)
    if not order_top:
        p.add("rule")
        order_rows()
    p.part = "foot"
    p.add(
        "small",
        "Payments by Razorpay  |  Razorpay Software Pvt Ltd"
        if app == "Razorpay"
        else "Powered by BillDesk  |  IndiaIdeas.com Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Temple trustees, households, hotels and shops paying the gallery or the company: six UPI app screens
    (Paytm, Google Pay, PhonePe, YONO SBI, BHIM, CRED) in one of three layouts (the status on top, the sum
    large and the payee after its label on one row; the sum large on top, the payee with its UPI ID in
    brackets on one centred line under a small label and the status under it; the status on top, the payee
    in large letters under its label, its UPI ID and the sum large at the foot of the card), the gallery,
    its capitals, the company's capitals or its short name under Paid to merchant / Sent to shop / Payment
    made to / Merchant, Payment pending to / Being paid to on the one waiting, Payment failed to / Unable
    to pay on the failed one; a Legal name / Name in bank records line on some; the day and the hour with
    no label under the status (14 Oct 2026 at 06:42 pm, 06:42 pm on 14 Oct 2026) on some, else Date of
    payment / Completed on / Paid on / Attempted at / Started on first in the details or at their end; Note
    / Message, Sender / Sent by on some, Debited from / From account, UPI Ref. No: / UTR No / UPI
    transaction ID / UTR / UPI Ref. No. / UPI Ref No / RRN / UPI Ref ID / UPI reference, the app's own
    Paytm txn ID / Google transaction ID / Transaction ID / YONO ref. No. / BHIM txn ID / CRED txn ID on
    some; Payment done / Paid successfully - merchant notified / Completed - money reached the shop /
    Awaiting bank confirmation - do not retry for 48 hours / Failed - incorrect UPI PIN entered) and the
    web shop's two payment pages (Razorpay, BillDesk: the gallery or the company on top, the sum large or
    in an Amount paid / Order total paid row and the outcome in either order, Payment date / Paid on / Date
    & time under them or after the references, Customer / Delivered to and Product / Items above the
    references or at the foot, Method / Payment method UPI, card or net banking, Payment ID pay_... /
    BillDesk txn ref., Order ID order_... / Merchant order No., UTR / UPI Ref No, Auth code / Approval No.
    or Bank reference / Bank ref. No.; Payment successful - order placed / Thank you! Your payment is
    complete / Success - the gallery will call you about delivery)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=900, high=72000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Razorpay", "BillDesk"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([GALLERY, GALLERY.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["paytm", "okaxis", "oksbi", "ybl", "cub", "ibl"])
    handle = f"{rng.choice(['sivakamibronzes', 'sivakamisirpakoodam', 'sivakami.kbk'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Payment receipt", "Transaction status"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment done",
            "Paid successfully - merchant notified",
            "Completed - money reached the shop",
        ],
        "pending": ["Awaiting bank confirmation - do not retry for 48 hours"],
        "failed": ["Failed - incorrect UPI PIN entered"],
    }
    labels = {
        "success": ["Paid to merchant", "Sent to shop", "Payment made to", "Merchant"],
        "pending": ["Payment pending to", "Being paid to"],
        "failed": ["Payment failed to", "Unable to pay"],
    }[status]
    # 0: on the line under the status, 1: first in the details, 2: at the end of the details
    day_at = rng.randrange(3)

    def status_rows() -> None:
        outcome_row(p, status, words)
        if day_at == 0 and not j.no_day:
            hour = hhmm(rng, lower=rng.random() < 0.6)
            text = when(j.date, rng.choice(["%d %b %Y", "{d} %B %Y", "%a, {d} %b %Y", "%d/%m/%Y"]))
            line = f"{text} at {hour}" if rng.random() < 0.5 else f"{hour} on {text}"
            p.add("small", line, date=j.date)

    def legal_row() -> None:
        if to != COMPANY_CAPS and rng.random() < 0.55:
            p.add("small", f"{rng.choice(['Legal name', 'Name in bank records'])}: {COMPANY_CAPS}")

    # 0: the status, the sum, the payee on its label's row; 1: the sum, the payee (UPI ID) line, the status;
    # 2: the status and the day, the payee under its label, the sum
    order = {0: 0, 4: 0, 2: 1, 6: 1, 3: 2, 7: 2}[k]
    label = rng.choice(labels)
    if order == 0:
        status_rows()
        p.add("big", rs(j.amount), amount=j.amount)
        if fits(p, "pair", f"{label} {to}     "):
            p.pair(label, to, merchant=to)
        else:
            p.add("small", label)
            p.add("left", to, merchant=to)
        p.add("small", handle, method="UPI")
        legal_row()
    elif order == 1:
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", label)
        if fits(p, "center", f"{to} ({handle})  "):
            p.add("center", f"{to} ({handle})", merchant=to, method="UPI")
        else:
            p.add("center", to, merchant=to)
            p.add("small", handle, method="UPI")
        legal_row()
        status_rows()
    else:
        status_rows()
        p.add("small", label)
        top(p, to, merchant=to)
        p.add("small", handle, method="UPI")
        legal_row()
        p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    day_labels = (
        ["Date of payment", "Completed on", "Paid on"]
        if status == "success"
        else ["Attempted at", "Started on"]
    )
    if day_at == 1:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Note", "Message"]), rng.choice(SHOP_NOTES[j.amount >= 9000]))
    if rng.random() < 0.55:
        wrap_pair(p, rng.choice(["Sender", "Sent by"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = rng.choice(BANKS[:10])
    wrap_pair(p, rng.choice(["Debited from", "From account"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        own_first = rng.random() < 0.3
        own = own_id(rng, app, j) if rng.random() < 0.7 else ""
        if own and own_first:
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if own and not own_first:
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if day_at == 2:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "UPI  |  National Payments Corporation of India",
                "Need help with this payment?",
                "Share  |  Download  |  Done",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 2. Poompuhar, a temple, galleries, a hotel


# payer, its mail, its desk, the goods it buys, the frame
PAYERS = [
    (
        "Tamil Nadu Handicrafts Development Corporation Ltd",
        "fa.poompuhar@tn.gov.in",
        "Poompuhar, Head Office, Anna Salai, Chennai",
        "icon",
        "paper",
    ),
    (
        "Arulmigu Kailasanathar Thirukoil",
        "eo.kailasanathar@hrce.tn.gov.in",
        "Office of the Executive Officer, Thiruvidaimarudur",
        "utsava",
        "mail",
    ),
    (
        "Mylapore Kalai Koodam",
        "mylaporekalaikoodam@gmail.com",
        "Luz Church Road, Mylapore, Chennai",
        "icon",
        "paper",
    ),
    ("Kalaavedi Online Pvt Ltd", "vendorpay@kalaavedi.in", "Koramangala, Bengaluru", "icon", "portal"),
    (
        "Chola Heritage Hotels Pvt Ltd",
        "ap@cholaheritage.in",
        "Medical College Road, Thanjavur",
        "icon",
        "portal",
    ),
    (
        "Deccan Temple Interiors LLP",
        "accounts@deccantempleinteriors.in",
        "Banjara Hills, Hyderabad",
        "inch",
        "mail",
    ),
    ("Kala Ghoda Bronze House", "kalaghodabronze@gmail.com", "Kala Ghoda, Fort, Mumbai", "inch", "paper"),
    (
        "White Town Crafts Pvt Ltd",
        "payables@whitetowncrafts.in",
        "Rue Romain Rolland, Puducherry",
        "icon",
        "portal",
    ),
]
# unit, price per unit (low, high), GST %
DEALER_GOODS = {
    "icon": ("pcs", 9000, 60000, 5),
    "utsava": ("kg", 7200, 11800, 5),
    "inch": ("in", 650, 1900, 5),
}
# the larger buyers take TDS u/s 194Q off
TDS_194Q = {
    "Kalaavedi Online Pvt Ltd",
    "Chola Heritage Hotels Pvt Ltd",
    "White Town Crafts Pvt Ltd",
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Poompuhar (the Tamil Nadu Handicrafts Development Corporation), a temple under the HR & CE
    Department paying for an utsava murthi by the kilo, galleries in Chennai and Mumbai, a Bengaluru
    e-shop, a Thanjavur heritage hotel, a Hyderabad temple interiors firm and a Puducherry crafts shop
    paying for the icons (by the piece, or by the inch of height): an e-mail (Vanakkam, / Dear Sir, / Dear
    Supplier,, the day written 5th March 2026 (Thursday) on some), a printed PAYMENT ADVICE - PANCHALOHA
    ICONS / Remittance to supplier - intimation / ADVICE OF PAYMENT (BRONZE ICONS) and a vendor portal page
    (the payer on top with its desk line; Supplier code, Purchase order and Goods receipt No. (Poompuhar's
    Purchase indent No. and Quality check memo No., the temple's Work order No. and Proceedings Rc. No.)
    first, then Payee (supplier) / Paid to / Remitted to / In favour of / Credited to supplier the company,
    at the head of the body or of the payment block; three orders: the payment block above the bills, under
    them, or the net sum and the status on top with the bills and then the payment details under them;
    Bills settled / Invoices covered / Your invoices, the bills with their pieces, kilos or inches and sums
    (dt. <day> on some), Gross invoice value / Invoices total, Less: TDS u/s 194Q @ 0.1% on the larger
    buyers', Poompuhar's Less: GST-TDS - CGST @ 1% and Less: GST-TDS - SGST @ 1%, the temple's Less:
    Retention till kumbabhishekam @ 10%, Less: Breakage in transit - 1 pc / Less: Short weight - n kg /
    Less: Delay penalty @ 1% / Less: Cash discount @ 2% on some: Amount remitted / Net amount paid / Net
    payable - released (Amount withheld / Payment on hold on the hold, Returned by bank / Payment returned
    on the return), Mode / Payment through NEFT / RTGS / IMPS, Supplier bank A/c, UTR Ref. / NEFT Ref. No.
    / RTGS Ref. / UTR (RTGS) / IMPS Ref. No. / IMPS RRN, Payment advice No. / Voucher ref. / Advice No.,
    Credited on / Released on / Payment date / On hold since / Withheld from / Rejected on / Returned on;
    Status: Released - credited to your account / Payment processed and credited / On hold - icon awaiting
    inspection by the temple's Sthapathi committee / Rejected by bank - IFSC and account number do not
    match)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    buyer, mail, desk, kind, frame = PAYERS[k]
    corp = k == 0
    temple = kind == "utsava"
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment released - Sivakami Bronzes",
                "Remittance advice - your invoices",
                f"Supplier payment for {SHORT}",
            ]
            if status == "success"
            else ["Remittance advice - your invoices", "Status of payment against your bills"],
        )
    elif frame == "portal":
        tail = "advice" if j.no_ref else digits(rng, 9)
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{tail}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    if corp:
        line = f"{desk}  |  Finance Wing"
    elif temple:
        line = f"{desk}  |  HR & CE Department"
    else:
        line = f"{rng.choice(['Accounts Payable', 'Purchase Accounts', 'Accounts'])}, {desk}"
    p.add("small", line)
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - PANCHALOHA ICONS",
                "Remittance to supplier - intimation",
                "ADVICE OF PAYMENT (BRONZE ICONS)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", rng.choice(["Vanakkam,", "Dear Sir,", "Dear Supplier,"]))
        p.add(
            "left",
            "We have released the payment below against your invoices."
            if status == "success"
            else "This is about our payment against the invoices listed below.",
        )
    words = {
        "success": ["Status: Released - credited to your account", "Payment processed and credited"],
        "pending": ["On hold - icon awaiting inspection by the temple's Sthapathi committee"],
        "failed": ["Rejected by bank - IFSC and account number do not match"],
    }
    # 0: the payment block above the bills, 1: under them, 2: the net sum and the status on top
    layout = rng.randrange(3)
    status_top = layout == 2 or rng.random() < 0.35
    if status_top and layout != 2:
        outcome_row(p, status, words)
    payee = ours(rng)
    if corp:
        p.pair("Purchase indent No.", f"PPH/PI/{rng.randrange(100, 999)}/{digits(rng, 4)}")
        p.pair("Quality check memo No.", f"QC/CHN/{rng.randrange(10, 99)}/{digits(rng, 3)}")
    elif temple:
        p.pair("Work order No.", f"WO/{rng.randrange(1, 40)}/{j.date.year}")
        p.pair("Proceedings Rc. No.", f"Rc. {rng.randrange(100, 9999)}/{j.date.year}/A{rng.randrange(1, 6)}")
    else:
        p.pair("Supplier code", f"{rng.choice(['S', 'SUP', 'SPB'])}{digits(rng, 5)}")
        p.pair("Purchase order", f"PO-{desk.split(', ')[-1][:3].upper()}-{digits(rng, 5)}")
        if rng.random() < 0.5:
            p.pair("Goods receipt No.", f"GR{digits(rng, 7)}")
    labels = ["Payee (supplier)", "Paid to", "Remitted to", "In favour of"] + (
        ["Credited to supplier"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi, gst = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    dated = rng.random() < 0.5 and not j.no_day
    bill_pat = rng.choice(["%d.%m.%Y", "%d/%m/%y", "{d} %b %Y"])
    for _ in range(rng.randrange(1, 4) if not temple else 1):
        if kind == "utsava":
            qty = rng.randrange(12, 90)
            shown = f"{qty} kg"
        elif kind == "inch":
            pcs, tall = rng.randrange(2, 12), rng.choice([4, 6, 8, 9, 12, 15, 18])
            qty = pcs * tall
            shown = f"{pcs} pcs x {tall} in"
        else:
            qty = rng.randrange(2, 16)
            shown = f"{qty} pcs"
        each = float(rng.randrange(lo, hi, 50))
        value = round(qty * each * (1 + gst / 100), 2)
        gross += value
        bill = f"SPB/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" dt. {when(earlier(rng, j, 9, 60), bill_pat)}"
        bills.append((f"{bill}  {shown}", rs(value)))
    gross = round(gross, 2)
    base = gross / (1 + gst / 100)
    tds_rows: list[tuple[str, float]] = []
    if corp:
        half = round(base * 0.01, 2)
        tds_rows = [("Less: GST-TDS - CGST @ 1%", half), ("Less: GST-TDS - SGST @ 1%", half)]
    elif buyer in TDS_194Q:
        tds_rows.append(("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2)))
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if temple:
        cut = round(gross * 0.1, 2)
        cuts.append(("Less: Retention till kumbabhishekam @ 10%", rs(cut)))
        if pick < 0.4:
            short = rng.randrange(1, 3)
            less = round(short * each * (1 + gst / 100), 2)
            cut = round(cut + less, 2)
            cuts.append((f"Less: Short weight - {short} kg", rs(less)))
    elif pick < 0.25 and kind == "icon":
        cut = round(rng.randrange(lo, hi, 50) * (1 + gst / 100), 2)
        cuts.append(("Less: Breakage in transit - 1 pc", rs(cut)))
    elif pick < 0.45:
        cut = round(base * 0.01, 2)
        cuts.append(("Less: Delay penalty @ 1%", rs(cut)))
    elif pick < 0.65 and not corp:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Cash discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)
    net_labels = {
        "success": ["Amount remitted", "Net amount paid", "Net payable - released"],
        "pending": ["Amount withheld", "Payment on hold"],
        "failed": ["Returned by bank", "Payment returned"],
    }[status]

    def net_row() -> None:
        p.pair(rng.choice(net_labels), rs(j.amount), amount=j.amount)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Bills settled", "Invoices covered", "Your invoices"]
                if status == "success"
                else ["Invoices covered", "Your invoices"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Gross invoice value", "Invoices total"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block(with_net: bool) -> None:
        p.add("left", rng.choice(["Payment details", "Remittance particulars"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        if with_net:
            net_row()
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Mode", "Payment through"]), way, method="netbanking")
        wrap_pair(p, "Supplier bank A/c", account(rng, [BANKS[3], BANKS[1], BANKS[4]]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[:9]), way)
                lab = {
                    "IMPS": ["IMPS Ref. No.", "IMPS RRN"],
                    "RTGS": ["RTGS Ref.", "UTR (RTGS)"],
                    "NEFT": ["UTR Ref.", "NEFT Ref. No."],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PA', 'VR', '51'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment advice No.", "Voucher ref.", "Advice No."]), doc, txn=(INVOICE_RANK, doc)
            )
        day_labels = {
            "success": ["Credited on", "Released on", "Payment date"],
            "pending": ["On hold since", "Withheld from"],
            "failed": ["Rejected on", "Returned on"],
        }[status]
        if frame == "mail" and not j.no_day and rng.random() < 0.5:
            wrap_pair(p, rng.choice(day_labels), letter_day(j.date), date=j.date)
        else:
            day_pair(p, j, day_labels, PATS_IN)
        if not status_top:
            outcome_row(p, status, words)

    if layout == 0:
        pay_block(True)
        p.add("rule")
        bill_block()
    elif layout == 1:
        bill_block()
        p.add("rule")
        pay_block(True)
    else:
        outcome_row(p, status, words)
        net_row()
        p.add("rule")
        bill_block()
        p.add("rule")
        pay_block(False)
    p.part = "foot"
    if frame == "mail":
        p.add("left", f"Regards,  Accounts, {buyer}" if not temple else f"Executive Officer, {buyer}")
    p.add(
        "small",
        "GST-TDS is remitted by the 10th of the next month; see Form GSTR-7A on the GST portal."
        if corp
        else "The retention is released after the kumbabhishekam on the Executive Officer's proceedings."
        if temple
        else "Queries on this remittance within 7 days, please, quoting the advice number.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. dealers' and temples' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Sri Murugan Temple Arts LLC",
        "Bellaire Blvd, Houston, TX, USA",
        "USD",
        "JPMorgan Chase Bank, N.A.",
        2500,
        38000,
    ),
    (
        "Tooting Bronze Gallery Ltd",
        "Upper Tooting Road, London, United Kingdom",
        "GBP",
        "HSBC UK Bank plc",
        1500,
        26000,
    ),
    (
        "Scarborough Hindu Crafts Inc.",
        "Markham Road, Scarborough, ON, Canada",
        "CAD",
        "Royal Bank of Canada",
        2500,
        42000,
    ),
    (
        "Homebush Temple Supplies Pty Ltd",
        "Parramatta Road, Homebush, NSW, Australia",
        "AUD",
        "Westpac Banking Corporation",
        2500,
        42000,
    ),
    (
        "Serangoon Divine Arts Pte Ltd",
        "Serangoon Road, Singapore",
        "SGD",
        "Oversea-Chinese Banking Corporation Ltd",
        2500,
        40000,
    ),
    (
        "Klang Kovil Kalai Sdn Bhd",
        "Jalan Tengku Kelana, Klang, Malaysia",
        "MYR",
        "CIMB Bank Berhad",
        8000,
        120000,
    ),
    (
        "Galerie Nataraja SARL",
        "Rue du Faubourg Saint-Denis, Paris, France",
        "EUR",
        "BNP Paribas SA",
        1500,
        24000,
    ),
    (
        "Kyoto Asian Art Co., Ltd.",
        "Shinmonzen-dori, Higashiyama-ku, Kyoto, Japan",
        "JPY",
        "MUFG Bank, Ltd.",
        250000,
        4200000,
    ),
]
WIRE_BANKS = [
    ("Indian Overseas Bank", "paper"),
    ("City Union Bank", "browser"),
    ("Karur Vysya Bank", "mail"),
    ("State Bank of India", "browser"),
    ("Indian Bank", "paper"),
    ("HDFC Bank", "mail"),
    ("Canara Bank", "browser"),
    ("Tamilnad Mercantile Bank", "paper"),
]
WIRE_RATES = {
    "USD": (86.4, 90.9),
    "GBP": (110.5, 118.2),
    "CAD": (61.5, 65.8),
    "AUD": (55.8, 59.9),
    "SGD": (64.2, 68.9),
    "MYR": (18.6, 20.4),
    "EUR": (95.1, 101.8),
    "JPY": (0.56, 0.62),
}
CUR_NAMES = {
    "USD": "US dollar",
    "GBP": "Pound sterling",
    "CAD": "Canadian dollar",
    "AUD": "Australian dollar",
    "SGD": "Singapore dollar",
    "MYR": "Malaysian ringgit",
    "EUR": "Euro",
    "JPY": "Japanese yen",
}
INTERMEDIARY = {
    "USD": "Citibank N.A., New York",
    "CAD": "Bank of Montreal, Toronto",
    "AUD": "Australia and New Zealand Banking Group Ltd, Melbourne",
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "SGD": "DBS Bank Ltd, Singapore",
}
SHIPPED = [
    "Panchaloha bronze icons (HSN 8306) - 2 crates by air cargo",
    "Bronze Nataraja and Sivakami, 24 in, 1 crate (HSN 8306)",
    "Temple utsava murthis - 3 crates by sea, LCL",
    "Bronze icons for a temple's consecration - 4 crates by air",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; CAD / C$, AUD / A$, SGD /
    S$ and MYR / RM before the sum; euros the French way on some (12 450,00 EUR, a space between the
    thousands and a decimal comma, the code or the sign after the sum), else EUR or the sign before it; yen
    whole, with JPY or the sign before the sum or JPY after it."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur == "EUR":
        euro = sign(font, "\u20ac", "EUR")
        french = rng.random() < 0.6
        mark = rng.choice(["EUR", euro])

        def eur(value: float) -> str:
            if french:
                return f"{value:,.2f}".replace(",", " ").replace(".", ",") + f" {mark}"
            return f"{mark} {value:,.2f}" if mark == "EUR" else f"{mark}{value:,.2f}"

        return eur
    if cur == "JPY":
        yen = sign(font, "\u00a5", "JPY ")
        pick = rng.randrange(3)

        def jpy(value: float) -> str:
            body = f"{value:,.0f}"
            return [f"JPY {body}", f"{yen}{body}", f"{body} JPY"][pick]

        return jpy
    mark = rng.choice(
        {"CAD": ["CAD ", "C$"], "AUD": ["AUD ", "A$"], "SGD": ["SGD ", "S$"], "MYR": ["MYR ", "RM"]}[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def swift_32a(day: dt.date, cur: str, value: float) -> str:
    """The raw SWIFT field 32A: the value day (YYMMDD), the currency and the sum with a decimal comma and
    no grouping (261014GBP14750,00)."""
    return f"{day:%y%m%d}{cur}{value:.2f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Houston, a London, a Scarborough, a Homebush, a Singapore, a Klang, a Paris and a Kyoto dealer or
    temple supplier paying for the icons: the banks' inward remittance advices (browser, e-mail, printed
    INWARD REMITTANCE ADVICE - EXPORT OF GOODS / Credit advice - foreign inward remittance / FOREIGN
    REMITTANCE RECEIVED - BENEFICIARY ADVICE: the bank on top with its forex desk; the status under the
    heading on some, at the foot on the rest; Credit date / Date of credit / Funds received on / Held since
    / Received on (held) / Returned on / Date of return first, after the sums or after the references; the
    remitter's block (Remitter name / Sender (50K) / Ordering party, Sender's bank (52A) / Remitting bank,
    Correspondent bank (56A) on some) above or below the beneficiary's (Beneficiary customer / Payee
    (exporter) / Account holder (beneficiary) / Exporter / beneficiary the company, A/c No., IEC);
    Remittance amount (FCY) / Amount in foreign currency / FCY credit amount in US dollars, pounds,
    Canadian, Australian and Singapore dollars, ringgit, euros (the French way on some) or yen (whole), a
    Currency of remittance row above it on some, or the bare sum on a Remitted amount (<code>) row, or the
    raw :32A: Value date / Currency / Amount row (261014GBP14750,00) with :71A: Details of charges and
    :71F: Sender's charges on the two credited ones that print it; Charges, Conversion rate (per 100 yen;
    Tentative rate on the one held), Converted amount (INR), Less: Service charges + GST and Net credited
    to A/c (INR) on the credited ones, Purpose code, Goods, Invoice No., Shipping bill No. and SB date,
    Non-antiquity certificate (ASI) on some, Channel, Related reference (:21:), IRM ref. No. / Inward ref.
    / Bank ref. No., UETR; Credited to exporter's account - EDPMS updated / Status: Funds credited / Held -
    remitter's name and purpose to be confirmed by the exporter, not credited / Returned to the remitting
    bank - beneficiary details incomplete)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000 + rng.choice([0, 0, 500]))
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
            f"{bank} Forex Services <forex.services@{slug(bank)}>",
            [
                "Foreign inward remittance - credit advice",
                "Inward remittance received for your account",
                "Export proceeds - beneficiary advice",
            ],
        )
    elif frame == "browser":
        tail = "view" if j.no_ref else code(rng, 12, ALNUM)
        p = browser_page(rng, font, f"trade.{slug(bank)}/fx/inward/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Department, Kumbakonam Main Branch",
                "Centralised Trade Processing Centre, Chennai",
                "International Banking Branch, Thanjavur",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE - EXPORT OF GOODS",
                "Credit advice - foreign inward remittance",
                "FOREIGN REMITTANCE RECEIVED - BENEFICIARY ADVICE",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Credited to exporter's account - EDPMS updated",
            "Status: Funds credited",
        ],
        "pending": ["Held - remitter's name and purpose to be confirmed by the exporter, not credited"],
        "failed": ["Returned to the remitting bank - beneficiary details incomplete"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credit date", "Date of credit", "Funds received on"],
        "pending": ["Held since", "Received on (held)"],
        "failed": ["Returned on", "Date of return"],
    }[status]
    raw = status == "success" and k in (1, 3)
    # 0: first, 1: after the sums, 2: after the references
    day_at = rng.randrange(3)

    def day_row() -> None:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    if day_at == 0:
        day_row()

    def remitter_block() -> None:
        wrap_pair(p, rng.choice(["Remitter name", "Sender (50K)", "Ordering party"]), f"{payer}, {city}")
        wrap_pair(p, rng.choice(["Sender's bank (52A)", "Remitting bank"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Correspondent bank (56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Beneficiary customer",
                    "Payee (exporter)",
                    "Account holder (beneficiary)",
                    "Exporter / beneficiary",
                ]
                if status == "success"
                else ["Beneficiary customer", "Payee (exporter)", "Exporter / beneficiary"]
            ),
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
    places = 0 if cur == "JPY" else 2
    if raw:
        p.pair(
            ":32A: Value date / Currency / Amount",
            swift_32a(j.date, cur, j.amount),
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
        p.pair(":71A: Details of charges", "SHA")
        fee = float(rng.choice([15, 20, 25, 30]))
        p.pair(":71F: Sender's charges", f"{cur}{fee:.2f}".replace(".", ","))
    elif rng.random() < 0.25:
        p.pair(f"Remitted amount ({cur})", f"{j.amount:,.{places}f}", amount=j.amount, cur=cur)
    else:
        if rng.random() < 0.35:
            p.pair("Currency of remittance", f"{cur} ({CUR_NAMES[cur]})")
        p.pair(
            rng.choice(["Remittance amount (FCY)", "Amount in foreign currency", "FCY credit amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    if not raw:
        p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        per = f"100 JPY = INR {rate * 100:.4f}" if cur == "JPY" else f"1 {cur} = INR {rate}"
        p.pair("Conversion rate" if status == "success" else "Tentative rate", per)
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("Converted amount (INR)", f"INR {num(inr)}")
        chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Service charges + GST", f"INR {num(chg)}")
        p.pair("Net credited to A/c (INR)", num(round(inr - chg, 2)))
    if day_at == 1:
        day_row()
    advance = rng.random() < 0.3
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Invoice No.", f"SPB/EXP/{rng.randrange(1, 150):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Shipping bill No.", f"{rng.randrange(1000000, 9999999)}")
        p.pair("SB date", when(earlier(rng, j, 12, 75), rng.choice(WIRE_PATS)))
    if rng.random() < 0.5:
        p.pair("Non-antiquity certificate (ASI)", f"ASI/NAC/CHN/{digits(rng, 4)}")
    p.pair("Channel", rng.choice(["SWIFT MT103", "SWIFT gpi MT103"]), method="netbanking")
    p.pair("Related reference (:21:)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FX'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM ref. No.", "Inward ref.", "Bank ref. No."]), ref, txn=(BANK_RANK, ref))
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if day_at == 2:
        day_row()
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "Report this IRM against the shipping bill on the EDPMS; the e-BRC follows on the DGFT portal."
        if status == "success"
        else "Contact the forex desk quoting the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. gallery, foundry, metal store, accounts


# the party, the way it paid, the unit (gallery, foundry, store, or the accounts desk's mail), the goods
SALES = [
    ("Sri. R. Rajendran Sthapathi, Thimmakudi", "cash", "store", "wax"),
    ("Mr. Daniel Whitfield, Austin, Texas, USA", "card", "gallery", "icon"),
    ("Sri Kapali Art Emporium, Mylapore, Chennai", "NEFT", "foundry", "wholesale"),
    ("Arulmigu Muthumariamman Thirukoil Trust, Pattukkottai", "cheque", "gallery", "utsava"),
    ("Sri. K. Ganapathi Sthapathi, Sundaraperumal Koil", "UPI", "foundry", "casting"),
    ("Smt. Meenakshi Sundaram, Anna Nagar, Madurai", "cheque", "gallery", "icon"),
    ("Kumbakonam Pathira Maaligai", "NEFT", "store", "scrap"),
    ("Sree Ayyappa Seva Samithi, Malleswaram, Bengaluru", "NEFT", "mail", "utsava"),
]
SALE_HEADS = {
    "icon": ["SALE INVOICE - PANCHALOHA ICONS", "RETAIL BILL - BRONZE ICON"],
    "utsava": ["ORDER BILL - UTSAVA MURTHI BY WEIGHT", "TEMPLE ORDER - SALE BILL"],
    "wholesale": ["TRADE INVOICE - ICONS BY THE INCH", "VIYABARA BILL - VENKALA SILAIGAL"],
    "casting": ["CASTING JOB WORK BILL - BY THE KG", "VAARPU KOOLI RASIDU"],
    "wax": ["MODELLING WAX BILL - BY THE KG", "MEZHUGU VIRPANAI RASIDU"],
    "scrap": ["METAL SCRAP SALE MEMO - BY WEIGHT", "PAZHAYA ULOGAM VIRPANAI CHEETTU"],
}
SEALS = {
    "gallery": ("SIVAKAMI SIRPA KOODAM", "KUMBAKONAM"),
    "foundry": ("SIVAKAMI VAARPU PATTARAI", "SWAMIMALAI"),
    "store": ("SIVAKAMI ULOGAM KIDANGU", "DARASURAM"),
}
HEIGHTS = [4, 6, 8, 9, 12, 15, 18, 24]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The gallery's SALE INVOICE - PANCHALOHA ICONS / RETAIL BILL - BRONZE ICON to an American tourist and
    a Madurai lady and its ORDER BILL - UTSAVA MURTHI BY WEIGHT / TEMPLE ORDER - SALE BILL to a
    Pattukkottai temple trust, the foundry's TRADE INVOICE - ICONS BY THE INCH / VIYABARA BILL - VENKALA
    SILAIGAL to a Mylapore art emporium and CASTING JOB WORK BILL - BY THE KG / VAARPU KOOLI RASIDU to a
    Sundaraperumal Koil sthapathi, the metal store's MODELLING WAX BILL - BY THE KG / MEZHUGU VIRPANAI
    RASIDU to a Thimmakudi sthapathi and METAL SCRAP SALE MEMO - BY WEIGHT / PAZHAYA ULOGAM VIRPANAI
    CHEETTU to a Kumbakonam vessel shop (paper: the gallery, the foundry, the store or the company on top
    with its "A unit of" line, address and GSTIN; Sale invoice No. / Retail bill No. / Order bill No. /
    Rasidu No. / Trade invoice No. / Viyabara bill No. / Job work bill No. / Vaarpu rasidu No. / Wax bill
    No. / Mezhugu rasidu No. / Scrap memo No. / Cheettu No. and Thethi / Bill dt. / Dated / Date in either
    order or on one row (the number at the left, the day at the right), then Sold to / Customer /
    Vangubavar (buyer) / Temple / Billed to / Sthapathi / Job for, the icon and its height, pieces, kilos
    or inches x rate, the wax's lot or the scrap's gross and sack weights, Less: Margazhi season discount @
    10% / Less: Temple order discount @ 5% on some of the gallery's, CGST and SGST, Round off, Bill total /
    Total (with GST) / Amount due, Cash received / Paid in cash / UPI (GPay / QR) received / Received by
    UPI scan / Card swiped (POS) / Card payment received / NEFT received / Credited by NEFT / Cheque for /
    Cheque received for, the sum in words under it, Mode of payment / Payment by, UPI ref. / UPI UTR / NEFT
    UTR / UTR No. / Approval code / Auth No., Cheque No., Drawn on and Cheque dt.; RECEIVED WITH THANKS /
    PAID / SETTLED IN FULL / PAID - ICON WRAPPED IN CLOTH AND CRATED / PAID - CONSIGNMENT PACKED AND SENT /
    PAID - CASTINGS HANDED OVER AFTER FETTLING / PAID - WAX WEIGHED AND HANDED OVER / PAID - SCRAP WEIGHED
    AND LOADED / CHEQUE RECEIVED - ICON RELEASED ON REALISATION / CHEQUE RETURNED UNPAID - EXCEEDS
    ARRANGEMENT, BILL VOID, the rubber stamp, For <unit> - Accountant / Authorised signatory, Receiver's
    signature) and the accounts desk's Munpanam (advance) received e-mail to a Bengaluru devotees' group
    (Munpanam rasidu No. / Advance receipt No., Munpanam credited on / Advance received on, Devotee group /
    Order placed by, the icon by weight, CGST and SGST, Order value (with GST), Munpanam received (NEFT) /
    Advance credited (NEFT) with the Balance payable before the icon is dispatched, NEFT UTR / UTR No.;
    MUNPANAM RECEIVED - WAX MODEL BEGINS AFTER THE MUHURTHAM)."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", ""))
    name = {"gallery": GALLERY, "foundry": FOUNDRY, "store": STORE, "mail": COMPANY}[unit]
    advance = unit == "mail"
    if advance:
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@sivakamibronzes.in>",
            [
                "Munpanam received - Sivakami Bronzes, Swamimalai",
                "Your utsava murthi advance has reached us",
                "Advance receipt - thank you",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Temple and home icons, Swamimalai  |  Accounts desk")
        p.add("center", "Munpanam (advance) received - nandri")
        p.add("rule")
        p.part = "body"
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
        "gallery": ["SSK", "KBK"],
        "foundry": ["SVP", "SWM"],
        "store": ["SUK", "DRM"],
        "mail": ["SPB", "ADV"],
    }
    rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
    num_labels = {
        "icon": ["Sale invoice No.", "Retail bill No."],
        "utsava": ["Munpanam rasidu No.", "Advance receipt No."]
        if advance
        else ["Order bill No.", "Rasidu No."],
        "wholesale": ["Trade invoice No.", "Viyabara bill No."],
        "casting": ["Job work bill No.", "Vaarpu rasidu No."],
        "wax": ["Wax bill No.", "Mezhugu rasidu No."],
        "scrap": ["Scrap memo No.", "Cheettu No."],
    }[kind]
    num_label = rng.choice(num_labels)
    day_labels = (
        ["Munpanam credited on", "Advance received on"]
        if advance
        else ["Thethi", "Bill dt.", "Dated", "Date"]
    )

    def number_row() -> None:
        if not j.no_ref:
            p.pair(num_label, rno, txn=(INVOICE_RANK, rno))

    one_row = not j.no_ref and not j.no_day and not advance and (k in (2, 5) or rng.random() < 0.3)
    if one_row:
        day = when_in(j, PATS_IN, rng)
        left, right_text = f"{num_label} {rno}", f"{rng.choice(['Thethi', 'Date', 'Dated'])}: {day}"
        if fits(p, "pair", f"{left} {right_text}      "):
            p.pair(left, right_text, txn=(INVOICE_RANK, rno), date=j.date)
        else:
            number_row()
            wrap_pair(p, rng.choice(day_labels), day, date=j.date)
    elif rng.random() < 0.5:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    else:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    party_labels = {
        "utsava": ["Devotee group", "Order placed by"] if advance else ["Temple", "Billed to"],
        "casting": ["Sthapathi", "Job for"],
        "wax": ["Sthapathi", "Sold to"],
    }.get(kind, ["Sold to", "Customer", "Vangubavar (buyer)"])
    wrap_pair(p, rng.choice(party_labels), party)
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "wholesale":
        base = 0.0
        for deity in rng.sample(DEITIES, rng.randrange(2, 4)):
            tall = rng.choice(HEIGHTS[:6])
            pcs = rng.randrange(2, 10)
            rate = float(rng.randrange(lo, hi, 25))
            value = round(pcs * tall * rate, 2)
            base += value
            wrap_pair(p, f"  {deity}, {tall} in x {pcs} @ {rate:,.0f}/in", rs(value))
        base = round(base, 2)
    elif kind == "casting":
        models = rng.randrange(3, 24)
        qty = round(rng.uniform(8, 70), 1)
        rate = float(rng.randrange(lo, hi, 10))
        p.pair("  Wax models received", f"{models} pcs")
        base = round(qty * rate, 2)
        p.pair(f"  Metal poured {qty:g} kg x {rate:,.2f}", rs(base))
    elif kind == "wax":
        qty = round(rng.uniform(4, 36), 1)
        rate = float(rng.randrange(lo, hi, 10))
        p.pair("  Lot", rng.choice(["Beeswax 70 : resin 25 : oil 5", "Beeswax 65 : resin 30 : oil 5"]))
        base = round(qty * rate, 2)
        p.pair(f"  {qty:g} kg x {rate:,.2f}", rs(base))
    elif kind == "scrap":
        gross_wt = round(rng.uniform(60, 420), 1)
        sacks = round(rng.choice([0.8, 1.2, 1.6, 2.4]), 1)
        qty = round(gross_wt - sacks, 1)
        rate = float(rng.randrange(lo, hi, 5))
        p.pair("  Gross / sack weight", f"{gross_wt:g} kg / {sacks:g} kg")
        base = round(qty * rate, 2)
        p.pair(f"  Net {qty:g} kg x {rate:,.2f}", rs(base))
    elif kind == "utsava":
        qty = round(rng.uniform(14, 64), 1)
        rate = float(rng.randrange(lo, hi, 100))
        p.pair("  Icon", rng.choice(DEITIES))
        base = round(qty * rate, 2)
        p.pair(f"  Weight {qty:g} kg x {rate:,.2f}", rs(base))
        if unit == "gallery" and rng.random() < 0.5:
            off = round(base * 0.05, 2)
            p.pair("Less: Temple order discount @ 5%", rs(off))
            base = round(base - off, 2)
    else:
        qty = rng.randrange(1, 3)
        rate = float(rng.randrange(lo, hi, 100))
        base = round(qty * rate, 2)
        p.pair("  Icon", f"{rng.choice(DEITIES)}, {rng.choice(HEIGHTS)} in")
        p.pair(f"  {qty} {per}{'' if qty == 1 else 's'} x {rate:,.2f}", rs(base))
        if rng.random() < 0.5:
            off = round(base * 0.1, 2)
            p.pair("Less: Margazhi season discount @ 10%", rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, False)
    p.pair(
        rng.choice(
            ["Order value (with GST)"] if advance else ["Bill total", "Total (with GST)", "Amount due"]
        ),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.25, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque for", "Cheque received for"])
    elif advance:
        lab = rng.choice(["Munpanam received (NEFT)", "Advance credited (NEFT)"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Paid in cash"]),
            "UPI": rng.choice(["UPI (GPay / QR) received", "Received by UPI scan"]),
            "card": rng.choice(["Card swiped (POS)", "Card payment received"]),
            "NEFT": rng.choice(["NEFT received", "Credited by NEFT"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", rng.choice([f"({words_in_rupees(j.amount)})", f"In words: {words_in_rupees(j.amount)}"]))
    if advance:
        p.pair("Balance payable before the icon is dispatched", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode of payment", "Payment by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card (POS)", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", f"{rng.choice(BANKS[:6])}, {rng.choice(['Pattukkottai', 'Madurai', 'Thanjavur'])}")
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI ref.", "UPI UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[3:9]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth No."]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID", "SETTLED IN FULL"]
    if advance:
        words = ["MUNPANAM RECEIVED - WAX MODEL BEGINS AFTER THE MUHURTHAM"]
    else:
        words.append(
            {
                "icon": "PAID - ICON WRAPPED IN CLOTH AND CRATED",
                "wholesale": "PAID - CONSIGNMENT PACKED AND SENT",
                "casting": "PAID - CASTINGS HANDED OVER AFTER FETTLING",
                "wax": "PAID - WAX WEIGHED AND HANDED OVER",
                "scrap": "PAID - SCRAP WEIGHED AND LOADED",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - ICON RELEASED ON REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - EXCEEDS ARRANGEMENT, BILL VOID",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "utsava": "The balance falls due when the icon is ready for the temple's inspection."
            if advance
            else "The icon is handed over once the cheque clears. Casting and chasing take 6 to 8 weeks.",
            "wholesale": "Goods travel at the buyer's risk. Breakage claims within 3 days, with photographs.",
            "casting": "Metal weighed after fettling on the foundry's stamped scale. "
            "Models left 30 days are melted.",
            "wax": "Wax sold by weight on a stamped scale. Store away from heat.",
            "scrap": "Weighed on the store's stamped platform scale before the buyer; "
            "loading at the buyer's cost.",
        }.get(
            kind,
            "Hand-cast in Swamimalai by the lost-wax method. Each icon is one of a kind.",
        ),
    )
    if not advance:
        right(p, signed(p, rng.choice([f"For {name} - Accountant", f"For {name} - Authorised signatory"])))
        p.add("left", "Receiver's signature")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. metal, wax, crucibles, polish


SUPPLIERS = [
    (
        "Tiruchi Copper & Brass Mart",
        "Copper ingots, brass and gunmetal scrap for casting",
        "Big Bazaar Street, Tiruchirappalli - 620008, Tamil Nadu",
        "33",
        "TCB",
    ),
    (
        "Jamnagar Brass Alloys",
        "Brass ingots, tin and lead for foundries",
        "GIDC Phase III, Dared, Jamnagar - 361004, Gujarat",
        "24",
        "JBA",
    ),
    (
        "Madurai Thaen Mezhugu Depot",
        "Pure beeswax and kungiliyam resin for wax modelling",
        "Keezha Masi Street, Madurai - 625001, Tamil Nadu",
        "33",
        "MTM",
    ),
    (
        "Coimbatore Foundry Stores",
        "Graphite crucibles, tongs, blowers and chasing tools",
        "Avarampalayam Road, Coimbatore - 641006, Tamil Nadu",
        "33",
        "CFS",
    ),
    (
        "Moradabad Buffing & Polish Co.",
        "Buffing wheels, polishing compounds and clear lacquer",
        "Civil Lines, Moradabad - 244001, Uttar Pradesh",
        "09",
        "MBP",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "TCB": [
        ("Electrolytic copper ingots, 99.9%", "7403", "kg", 780, 920, 18, 50, 400),
        ("Brass scrap (honey), sorted", "7404", "kg", 480, 560, 18, 40, 300),
    ],
    "JBA": [
        ("Brass ingots 60/40", "7403", "kg", 540, 640, 18, 100, 600),
        ("Tin ingots 99.85%", "8001", "kg", 2900, 3600, 18, 5, 40),
    ],
    "MTM": [
        ("Pure beeswax, yellow slabs", "1521", "kg", 640, 880, 5, 20, 150),
        ("Kungiliyam (dammar) resin", "1301", "kg", 260, 420, 5, 10, 80),
    ],
    "CFS": [
        ("Graphite crucible No. 30", "6903", "nos", 2400, 4200, 18, 2, 12),
        ("Chasing chisel set, 24 pcs", "8205", "sets", 1800, 3200, 18, 1, 6),
    ],
    "MBP": [
        ("Cotton buffing wheel, 10 in", "5911", "nos", 180, 340, 18, 20, 200),
        ("Polishing compound bars, assorted", "3405", "kg", 210, 380, 18, 10, 80),
    ],
}
SUPPLY_STAMPS = {
    "TCB": "TIRUCHI COPPER MART",
    "JBA": "JAMNAGAR BRASS ALLOYS",
    "MTM": "MADURAI MEZHUGU DEPOT",
    "CFS": "COIMBATORE FOUNDRY STORES",
    "MBP": "MORADABAD POLISH CO.",
}
SUPPLY_ORDER = [0, 2, 1, 4, 3, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "-", "NEFT", "NEFT", "-", "NEFT", "UPI", "RTGS"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Tiruchirappalli copper mart, the Jamnagar brass and tin maker, the Madurai beeswax depot, the
    Coimbatore foundry stores and the Moradabad polish maker billing the company (paper: the supplier on
    top, its line, address and GSTIN; TAX INVOICE (ORIGINAL - BUYER'S COPY) / GST INVOICE - PAID / TAX
    INVOICE CUM RECEIPT, Invoice No. / GST invoice No. / Bill No. and Invoice dt. / Dated / Date in either
    order, or the number and the day on one Invoice row (TCB/26-27/0412 dt. 14.10.2026) on some, Buyer
    (bill to) / Sold to / Recipient the company, Ship to / Deliver to the foundry, the metal store or the
    gallery, Place of supply, E-way bill No., Transporter and LR No. from Gujarat and Uttar Pradesh or
    Courier and Docket No., Your PO, the copper, brass, tin, wax, resin, crucibles, chisels, buffing wheels
    or compound with HSN, kg, nos or sets x rate, Taxable amount / Value of supply, CGST and SGST within
    Tamil Nadu or IGST from Gujarat and Uttar Pradesh (with their rates on some), Round off, Invoice value
    / Grand total, Less: Advance paid with order and Balance paid by NEFT / RTGS on some, Less: TDS u/s
    194Q (deducted by you) and Net received by NEFT / RTGS on some, else Paid via NEFT / RTGS / Amount
    received by NEFT / RTGS / Amount received (UPI) / Paid via UPI, with UTR No. / NEFT Ref. / RTGS Ref. /
    UPI Ref. / UPI UTR, or Cheque for / Cheque received with Cheque No.; PAID - THANK YOU / ACCOUNT CLEARED
    / NO DUES / PAID BY NEFT / RTGS / UPI / CHEQUE IN CLEARING - RECEIPT SUBJECT TO REALISATION / CHEQUE
    RETURNED - ACCOUNT CLOSED, BILL OUTSTANDING, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE (ORIGINAL - BUYER'S COPY)", "TAX INVOICE CUM RECEIPT"]
        + (["GST INVOICE - PAID"] if status == "success" else []),
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.4
    if one_row:
        day = when_in(j, PATS_IN, rng)
        wrap_pair(p, "Invoice", f"{inv} dt. {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice No.", "GST invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv)
                )

        day_labels = ["Invoice dt.", "Dated", "Date"]
        if rng.random() < 0.5:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
        else:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
    ours_to(p, ["Buyer (bill to)", "Sold to", "Recipient"])
    deliver = {
        "TCB": f"{STORE}, Darasuram",
        "JBA": f"{STORE}, Darasuram",
        "MTM": f"{FOUNDRY}, Swamimalai",
        "CFS": f"{FOUNDRY}, Swamimalai",
        "MBP": f"{GALLERY}, Kumbakonam",
    }[tag]
    wrap_pair(p, rng.choice(["Ship to", "Deliver to"]), deliver)
    p.pair("Place of supply", "Tamil Nadu (33)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if state != "33":
        wrap_pair(
            p,
            "Transporter",
            rng.choice(["VRL Logistics Ltd", "Shree Balaji Roadways", "Navata Road Transport"]),
        )
        p.pair("LR No.", f"{rng.choice(['VRL', 'SBR', 'NRT'])}-{digits(rng, 7)}")
    else:
        wrap_pair(p, "Courier", rng.choice(["ST Courier", "Professional Couriers", "Tirupati Courier"]))
        p.pair("Docket No.", f"{rng.choice(['ST', 'PC', 'TC'])}{digits(rng, 9)}")
    p.pair("Your PO", f"SPB/PO/{rng.randrange(100, 999)}/{fy(j.date)}")
    taxable = 0.0
    tax_total = 0.0
    items = SUPPLY_ITEMS[tag]
    inter = state != "33"
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
    p.pair(rng.choice(["Taxable amount", "Value of supply"]), rs(taxable))
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
    p.pair(rng.choice(["Invoice value", "Grand total"]), rs(total))
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
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid with order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q (deducted by you)", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque for", "Cheque received"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif tds:
            lab = f"Net received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Amount received (UPI)", "Paid via UPI"])
        else:
            lab = rng.choice([f"Paid via {way}", f"Amount received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref.", "UPI UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:7]), way)
                p.pair(rng.choice(["UTR No.", f"{way} Ref."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID - THANK YOU", "ACCOUNT CLEARED", "NO DUES", f"PAID BY {way}"]),
        "pending": "CHEQUE IN CLEARING - RECEIPT SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - ACCOUNT CLOSED, BILL OUTSTANDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Interest @ 24% p.a. on bills overdue beyond 30 days. Subject to {town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, SUPPLY_STAMPS[tag], "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Kaveri Furnace Works", "Furnace relining and new blower - pit furnace 2", 14000, 58000),
    ("Sri. S. Ramanathan", "Gallery rent - T. S. R. Big Street, Kumbakonam", 38000, 85000),
    ("Swamimalai Vandal Mann Suppliers", "Kaveri alluvial clay for moulds - 18 tractor loads", 16000, 54000),
    ("Krishnan & Balu, Chartered Accountants", "GST audit and income tax return fee", 35000, 95000),
    ("Frame Kumbakonam Studio", "Catalogue photographs - 120 icons", 22000, 90000),
    (
        "Margazhi Kalai Sandhai Organisers",
        "Stall at the Margazhi crafts bazaar, Mylapore - 25 days",
        60000,
        240000,
    ),
    ("Tuticorin Fumigation Services", "ISPM-15 fumigation of export crates - 14 crates", 9000, 36000),
    ("Cauvery Cargo Movers", "Freight - icon crates to the Chennai air cargo complex", 12000, 58000),
]
CORP_PORTALS = [
    ("OnlineSBI Corporate", "State Bank of India", "corp.onlinesbi.sbi/corp/payments/status"),
    ("CUB Corporate Net Banking", "City Union Bank", "corporate.cityunionbank.bank.in/ib/ft/txnview"),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfcbank.com/payments/transaction/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the furnace builder, the gallery's landlord, the clay supplier, the chartered
    accountants, the catalogue studio, the Margazhi bazaar's organisers, the fumigation agency and the
    carrier: corporate net banking's transfer pages (OnlineSBI Corporate, CUB Corporate Net Banking, HDFC
    Bank ENet: the portal on top and the bank's line, Transaction details / Payment confirmation / Single
    payment - status; three layouts: one sentence with the sum and the payee ("INR 45,000.00 has been
    transferred to KAVERI FURNACE WORKS (A/c XXXX1234)", "... is queued for transfer to ...", "... could
    not be transferred to ...") and the status under it, then the references, the day and the debit rows;
    the references first, the Beneficiary details, the sum, the status, the debit rows and the day at the
    foot; the Debit details first, then the Beneficiary details, the sum, the narration, and the status,
    the day and the references at the foot: Beneficiary / Beneficiary name / To account of / Transferred
    to, Beneficiary nickname on some, Account No., IFSC, Amount / Transfer amount / Amount transferred,
    Charges (incl. GST), Payment type NEFT / RTGS / IMPS, Narration, Initiated by / Approved by, Debit
    account, Customer ID, Balance after transaction on some; UTR No. / NEFT UTR / RTGS UTR / IMPS RRN and
    Journal No. / Bank ref. No.; Processed on / Transfer date / Transaction date / Submitted on / Entered
    on / Rejected on / Reversed on; Transaction successful / Processed - UTR allotted / Queued for the next
    NEFT settlement batch - not yet sent / Rejected - beneficiary account number invalid, debit reversed)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?txn={digits(rng, 12)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small",
        f"{bank}  |  {rng.choice(['Fund transfer', 'Payments', 'Transaction enquiry'])}",
    )
    p.add("center", rng.choice(["Transaction details", "Payment confirmation", "Single payment - status"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transaction successful", "Processed - UTR allotted"],
        "pending": ["Queued for the next NEFT settlement batch - not yet sent"],
        "failed": ["Rejected - beneficiary account number invalid, debit reversed"],
    }
    day_labels = {
        "success": ["Processed on", "Transfer date", "Transaction date"],
        "pending": ["Submitted on", "Entered on"],
        "failed": ["Rejected on", "Reversed on"],
    }[status]
    hour = rng.random() < 0.5
    who = who.upper() if rng.random() < 0.4 else who
    payee_labels = ["Beneficiary", "Beneficiary name", "To account of", "Transferred to"]
    if status != "success":
        payee_labels = payee_labels[:3]
    amount_labels = ["Amount", "Transfer amount", "Amount transferred"]
    if status != "success":
        amount_labels = amount_labels[:2]
    way = "NEFT" if status != "success" else neft_way(rng, j.amount)
    tail4 = digits(rng, 4)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR No.", f"{way} UTR"]) if way != "IMPS" else "IMPS RRN",
                ref,
                txn=(UTR_RANK, ref),
            )
        jr = f"{rng.choice(['J', 'JN', 'TR'])}{digits(rng, 10)}"
        p.pair(rng.choice(["Journal No.", "Bank ref. No."]), jr, txn=(BANK_RANK, jr))

    def payee_rows() -> None:
        p.add("left", "Beneficiary details")
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        if rng.random() < 0.5:
            nick = "".join(w[0] for w in who.split() if w[0].isalpha()).upper()
            p.pair("Beneficiary nickname", f"{nick}-{rng.choice(['KBK', 'SWM', 'TNJ'])}")
        ben = rng.choice(BANKS[:11])
        p.pair("Account No.", f"XXXXXXXX{tail4}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")

    def debit_rows() -> None:
        p.add("left", "Debit details")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Customer ID", f"{digits(rng, 9)}")

    def sum_rows() -> None:
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        p.pair("Charges (incl. GST)", rs(float(rng.choice([2.95, 5.9, 17.7, 29.5]))))

    def tail_rows() -> None:
        p.pair("Payment type", way, method="netbanking")
        wrap_pair(p, "Narration", note)
        p.pair("Initiated by / Approved by", f"SPB.ACC1 / {'-' if status == 'pending' else 'SPB.MD'}")

    layout = rng.randrange(3)
    if layout == 0:
        verb = {
            "success": "has been transferred to",
            "pending": "is queued for transfer to",
            "failed": "could not be transferred to",
        }[status]
        p.add("left", f"{rs(j.amount)} {verb} {who} (A/c XXXX{tail4}).", amount=j.amount, merchant=who)
        outcome_row(p, status, words)
        p.add("rule")
        refs()
        date_row(p, j, day_labels, hour=hour)
        tail_rows()
        debit_rows()
        if status == "success" and rng.random() < 0.5:
            p.pair("Balance after transaction", rs(rupees(rng, 150000, 5200000)))
    elif layout == 1:
        refs()
        payee_rows()
        sum_rows()
        outcome_row(p, status, words)
        p.add("rule")
        tail_rows()
        debit_rows()
        date_row(p, j, day_labels, hour=hour)
    else:
        debit_rows()
        payee_rows()
        sum_rows()
        tail_rows()
        p.add("rule")
        outcome_row(p, status, words)
        date_row(p, j, day_labels, hour=hour)
        refs()
    p.part = "foot"
    p.add("small", "A rejected transfer's debit is reversed to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. chasers, wax modellers, helpers


# payee, role, village, kind
WORKERS = [
    ("R. Murugesan", "Chaser - Nataraja, home workshop", "Thimmakudi", "chaser"),
    ("S. Kalaiselvi", "Wax modelling helper", "Swamimalai", "wax"),
    ("K. Senthil Sthapathi", "Wax modeller - icons by the inch", "Swamimalai", "modeller"),
    ("M. Ayyappan", "Furnace and pouring helper", "Darasuram", "furnace"),
    ("V. Saravanan", "Chaser - Vinayaka and Murugan, home workshop", "Sundaraperumal Koil", "chaser"),
    ("G. Mariappan", "Clay mould maker", "Thiruvalanjuli", "clay"),
    ("T. Kannan", "Polisher and finisher", "Patteeswaram", "polish"),
    ("A. Selvam", "Crating and packing helper", "Kumbakonam", "crate"),
]
WORK_FRAMES = ["paper", "payout", "paper", "paytm", "paper", "payout", "paper", "gpay"]
# headings, the line, rate (low, high)
SLIPS = {
    "chaser": (
        ["SIRPI KOOLI CHEETTU - INCH KANAKKU", "CHASING WAGES - BY THE INCH (HOME WORKSHOP)"],
        "Icons chased: {q} x {h} in = {t} in @ {rate}/in",
        (180, 420),
    ),
    "modeller": (
        ["SIRPI KOOLI CHEETTU - INCH KANAKKU", "WAX MODELLING WAGES - BY THE INCH"],
        "Wax models: {q} x {h} in = {t} in @ {rate}/in",
        (220, 520),
    ),
    "polish": (
        ["SIRPI KOOLI CHEETTU - ICON KANAKKU", "POLISHING WAGES - BY THE PIECE"],
        "Icons polished: {q} pcs @ {rate}",
        (250, 900),
    ),
}


def payout_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """RazorpayX's payout page (RazorpayX on top and the company's payouts line under it; the payee above
    the sum and the status or under them)."""
    j.amount = rupees(rng, 2400, 26000, 0.6)
    pout = f"pout_{code(rng, 14, MIXED)}"
    p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pout}"))
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Processed - credited to the fund account",
            "Payout processed - UTR received",
        ],
        "pending": ["Pending - queued, the bank has not confirmed yet"],
        "failed": ["Reversed - the bank returned the payout, amount back in your balance"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Contact", "Paid to contact"]), who, merchant=who)
        p.pair("Contact ID", f"cont_{code(rng, 14, MIXED)}")

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
        p.pair("Fund account", f"{rng.choice(BANKS[:6] + BANKS[10:11])} XXXX{digits(rng, 4)}")
    else:
        p.pair("Fund account", f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@okaxis")
    p.pair(rng.choice(["Mode", "Transfer mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair("Purpose", rng.choice(["payout", "salary"]))
    p.pair(
        "Narration",
        rng.choice(["Wax helper - 12 days", "Wax room kooli - fortnight"])
        if kind == "wax"
        else rng.choice(["Clay moulds - 40 pcs", "Mould coating kooli"]),
    )
    if not j.no_ref:
        p.pair("Payout ID", pout, txn=(TXN_RANK, pout))
        if status == "success":
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        rid = f"SPB-{kind.upper()}-{digits(rng, 6)}"
        p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Processed at", "Processed on"],
            "pending": ["Created at", "Queued on"],
            "failed": ["Reversed at", "Reversed on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary bank has confirmed this payout with a UTR.",
            "pending": "The status updates here once the bank responds. Do not create the payout again.",
            "failed": "The reversed amount is back in your RazorpayX balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its chasers, wax modeller and polisher by the inch or by the piece on paper, its
    wax room helper and clay mould maker through RazorpayX payouts and its furnace helper and crating
    helper by Paytm and Google Pay: its printed SIRPI KOOLI CHEETTU - INCH KANAKKU / CHASING WAGES - BY THE
    INCH (HOME WORKSHOP) / WAX MODELLING WAGES - BY THE INCH / SIRPI KOOLI CHEETTU - ICON KANAKKU /
    POLISHING WAGES - BY THE PIECE (the company on top with the foundry's line, Sirpi peyar / Wages paid to
    / Paid to artisan, Work, Ooru (village), Bench No., Artisan card No. (no fact), Kooli cheettu No. /
    Wage slip No., Thethi / Paid on / Payment date, the icons x inches = inches @ rate or the pieces @
    rate, Add: Prabhavali (arch) chasing extra / Add: Fine detailing extra, Gross wages / Total kooli,
    Less: Casting flaw rework - n @ rate / Less: Munpanam (advance) adjusted, Net wages paid / Amount paid
    to sirpi, Paid through / Payment mode Cash / UPI / IMPS, UPI Ref. / IMPS Ref. No.; PAID / PAID IN CASH
    / PAID - ENTERED IN WAGE BOOK / PAID - ICON RETURNED TO THE FOUNDRY, the artisan's signature or thumb),
    RazorpayX payout pages for the wax room helper and the clay mould maker (RazorpayX on top and Payouts |
    the company under it, the payee above the sum and the status or under them, Contact / Paid to contact,
    Contact ID, Fund account, Mode / Transfer mode, Purpose, Narration, Payout ID pout_..., UTR, Reference
    ID, Processed at / Processed on / Created at / Queued on / Reversed at / Reversed on; Processed -
    credited to the fund account / Payout processed - UTR received / Pending - queued, the bank has not
    confirmed yet / Reversed - the bank returned the payout, amount back in your balance), a Paytm and a
    Google Pay screen paying the helpers (Money transferred to / Sent to / Transfer pending to / To above
    the sum, or on one centred line with the payee under the status; Money transferred / Sent successfully
    / Pending - will be confirmed by the bank within 2 hours; Paid on / Transferred on / Started on; UPI
    Ref. No. / UPI transaction ID and Paytm txn ID / Google transaction ID)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1800, high=26000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        return payout_page(rng, font, j, status, who, kind, rs)
    if frame in ("paytm", "gpay"):
        j.amount = rupees(rng, 1500, 12000, 0.9)
        app = "Paytm" if frame == "paytm" else "Google Pay"
        p = phone_page(rng, font, k, ["", "Payment details", "Transfer details"])
        p.part = "head"
        p.add("title", app)
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        label = rng.choice(
            ["Money transferred to", "Sent to", "To"]
            if status == "success"
            else ["Transfer pending to", "To"]
        )
        if pay_first:
            p.add("small", label)
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Money transferred", "Sent successfully"],
                "pending": ["Pending - will be confirmed by the bank within 2 hours"],
            },
        )
        if not pay_first:
            p.add("center", f"{label} {who}", merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@"
            f"{rng.choice(['paytm', 'ptyes'] if app == 'Paytm' else ['okaxis', 'oksbi', 'okhdfcbank'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(
            p,
            j,
            ["Paid on", "Transferred on"] if status == "success" else ["Started on"],
            hour=True,
        )
        p.pair(
            rng.choice(["Message", "Note"]),
            rng.choice(["Crating - 6 crates", "Packing helper kooli"])
            if kind == "crate"
            else rng.choice(["Furnace helper - 5 days", "Pouring day wages"]),
        )
        p.pair(
            rng.choice(["From", "Debited from"]),
            f"{rng.choice(['City Union Bank', 'Indian Bank', 'State Bank of India'])} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if app == "Paytm":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"{j.date:%Y%m%d}{digits(rng, 12)}"
                wrap_pair(p, "Paytm txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = f"CICAgO{code(rng, 12, MIXED)}"
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
        if status == "pending":
            p.add("small", "Do not send again. The bank will confirm or return the money.")
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    heads, text, (rlo, rhi) = SLIPS["chaser" if kind == "chaser" else kind]
    where = UNITS["foundry"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{FOUNDRY} - {'home workshops' if 'home' in role else 'foundry'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(["Sirpi peyar", "Wages paid to", "Paid to artisan"]), who, merchant=who)
    p.pair("Work", role.split(" - ")[-1] if " - " in role else role)
    p.pair("Ooru (village)", village)
    p.pair("Bench No.", f"{rng.choice(['CH', 'WM', 'PL'])}-{rng.randrange(1, 30):02d}")
    p.pair("Artisan card No.", f"TN{rng.randrange(10, 99)}{digits(rng, 7)}")
    if not j.no_ref:
        vno = f"SK/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Kooli cheettu No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Thethi", "Paid on", "Payment date"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1, 10))
    q = rng.randrange(1, 5) if kind != "polish" else rng.randrange(4, 16)
    tall = rng.choice(HEIGHTS[:6])
    units = q * tall if kind != "polish" else q
    gross = round(units * rate, 2)
    wrap_pair(p, text.format(q=q, h=tall, t=units, rate=f"{rate:,.0f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([300, 450, 600, 800]))
        p.pair(rng.choice(["Add: Prabhavali (arch) chasing extra", "Add: Fine detailing extra"]), rs(extra))
        gross += extra
    p.pair(rng.choice(["Gross wages", "Total kooli"]), rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        per = float(rng.choice([150, 200, 300]))
        n = rng.randrange(1, 3)
        cut = round(n * per, 2)
        p.pair(f"Less: Casting flaw rework - {n} @ {per:,.0f}", rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 2000]))
        p.pair("Less: Munpanam (advance) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(["Net wages paid", "Amount paid to sirpi"]), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        rng.choice(["Paid through", "Payment mode"]),
        way,
        method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way],
    )
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref." if way == "UPI" else "IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - ENTERED IN WAGE BOOK", "PAID - ICON RETURNED TO THE FOUNDRY"]
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Sirpi kaiyoppam (signature / thumb)", "Artisan's signature or thumb impression"]))
    return p.done()


# ---------------------------------------------------------------- 8. the Town Panchayat, the GI Registry


FEE_FRAMES = ["dno", "gi", "tnpcb", "ptax", "esic", "lwb", "vahan", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Swamimalai bronze house, its foundry, its metal store and its gallery: Swamimalai Town
    Panchayat's D & O trade licence page for the foundry (the Panchayat on top and the Directorate of Town
    Panchayats line, Licence No., Trade name, Ward No., Nature of trade, D & O trade licence fee 2026-27,
    Signboard fee and Penalty for late renewal on some, Total amount / Amount paid, Transaction ID, Bank
    ref. No., Receipt No.), the Geographical Indications Registry's fee for the sthapathis' authorised user
    applications under the Swamimalai Bronze Icons GI (Form GI-3A - n applicants @ 500, Name of applicant,
    GI application No., Class, Total fee / Amount paid, Payment ref. No., CBR No.), the Tamil Nadu
    Pollution Control Board's consent renewal for the foundry (Name of unit, Category, Application No., CTO
    renewal fee - Water Act, CTO renewal fee - Air Act, Total consent fee / Fee remitted, Transaction No.,
    Bank ref. No.), the Town Panchayat's half-yearly profession tax (Name of employer, Assessment No., Half
    year, Profession tax - employees (n), Profession tax - company, Tax amount / Total tax, Transaction
    ref.; Payment under verification - receipt after the bank confirms, do not pay again, Payment initiated
    on / Submitted on), ESIC's monthly contribution (Employer code, Employer name, Contribution period, No.
    of employees, Employer's share @ 3.25%, Employees' share @ 0.75%, Total amount / Amount payable,
    Transaction No., Challan No.; Unsuccessful - contribution not credited to ESIC, pay again, Transaction
    date / Tried on), the Tamil Nadu Labour Welfare Board's annual contribution in January (Name of
    establishment, Registration No., Contribution year, Employees on the rolls, Employees' contribution (n
    x Rs 20), Employer's contribution (n x Rs 40), Total contribution / Amount remitted, Transaction ID,
    Receipt No.), the Transport Department's quarterly tax on the delivery van (Registration No., Owner
    name, Vehicle class, Quarterly tax - goods carriage, Road safety cess, Total tax paid / Amount paid,
    Transaction No., Bank ref. No., Receipt No.) and Legal Metrology's verification of the store's and the
    foundry's scales (Name of the user, Verification fee - platform scale (500 kg), Verification fee -
    weighing scale (60 kg), Late fee on some, Total fee / Fee paid, Transaction ID, Receipt No.); the
    status under the authority's line or at the foot: Transaction successful - receipt generated / Paid -
    receipt issued by the department / Payment received by the department - thank you; Payment mode / Paid
    by (the profession tax and ESIC by net banking only), Transaction date / Paid date / Remitted on / Date
    of payment; the references before the heads on some."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    if frame == "lwb":
        j.date = dt.date(2026, 1, 2) + dt.timedelta(days=rng.randrange(29))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame in ("ptax", "esic"):
        way = "Net banking"
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "{d}/{m}/%Y"]
    words = {
        "success": [
            "Transaction successful - receipt generated",
            "Paid - receipt issued by the department",
            "Payment received by the department - thank you",
        ]
    }
    day_labels = ["Transaction date", "Paid date", "Remitted on", "Date of payment"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "dno":
        url = "tnurbanepay.tn.gov.in/TradeLicence/Receipt" + ("" if j.no_ref else f"/{digits(rng, 9)}")
        name = rng.choice(
            ["Swamimalai Town Panchayat", "SWAMIMALAI TOWN PANCHAYAT", "Town Panchayat, Swamimalai"]
        )
        line = "Directorate of Town Panchayats, Tamil Nadu  |  D & O trade licence"
    elif frame == "gi":
        url = "search.ipindia.gov.in/GIRPublic/Payment/Receipt"
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY"])
        line = "Intellectual Property India, Chennai  |  Authorised user - Swamimalai Bronze Icons"
    elif frame == "tnpcb":
        url = "ocmms.tnpcb.gov.in/consent/payment" + ("" if j.no_ref else f"/{digits(rng, 8)}")
        name = rng.choice(["Tamil Nadu Pollution Control Board", "TAMIL NADU POLLUTION CONTROL BOARD"])
        line = "OCMMS  |  Consent to operate - renewal"
    elif frame == "ptax":
        url = "tnurbanepay.tn.gov.in/ProfessionTax/Status"
        name = rng.choice(["Swamimalai Town Panchayat", "Town Panchayat, Swamimalai"])
        line = "Profession tax - half-yearly  |  Employer's return"
    elif frame == "esic":
        url = "www.esic.gov.in/esicportal/employer/challan"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Contribution challan"
    elif frame == "lwb":
        url = "lwb.tn.gov.in/contribution/receipt"
        name = rng.choice(["Tamil Nadu Labour Welfare Board", "TAMIL NADU LABOUR WELFARE BOARD"])
        line = "Labour Welfare Fund  |  Annual contribution (due 31 January)"
    elif frame == "vahan":
        url = "vahan.parivahan.gov.in/vahanservice/tax/receipt"
        name = rng.choice(
            ["Transport Department, Government of Tamil Nadu", "Transport Department, Tamil Nadu"]
        )
        line = "Vahan - Ministry of Road Transport & Highways  |  Tax payment"
    else:
        url = "lmd.tn.gov.in/epayment/verification/receipt"
        name = rng.choice(
            ["Legal Metrology Department, Tamil Nadu", "LEGAL METROLOGY DEPARTMENT, TAMIL NADU"]
        )
        line = "Verification and stamping of weights and measures  |  Thanjavur"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("ptax", "esic")
    if frame == "dno":
        p.pair("Licence No.", f"SWM/DO/{digits(rng, 5)}")
        wrap_pair(p, "Trade name", f"{FOUNDRY} ({firm})")
        p.pair("Ward No.", str(rng.randrange(1, 16)))
        wrap_pair(p, "Nature of trade", "Metal casting foundry (dangerous and offensive trade)")
        heads = [("D & O trade licence fee 2026-27", float(rng.choice([2000, 3500, 5000, 7500])))]
        if rng.random() < 0.5:
            heads.append(("Signboard fee", float(rng.choice([300, 500, 1000]))))
        if rng.random() < 0.4:
            heads.append(("Penalty for late renewal", float(rng.choice([200, 500, 750]))))
        labels = ["Total amount", "Amount paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"TNUR{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"SWM/TL/{digits(rng, 6)}"),
        ]
    elif frame == "gi":
        n = rng.randrange(8, 40)
        wrap_pair(p, "Name of applicant", f"{firm} - for {n} sthapathis of Swamimalai")
        p.pair("GI application No.", str(rng.choice([72, 76, 81])))
        p.pair("Class", "6 - icons of panchaloha (metal)")
        heads = [(f"Form GI-3A - {n} applicants @ 500", float(n * 500))]
        labels = ["Total fee", "Amount paid"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"GIR{digits(rng, 12)}"),
            ("CBR No.", INVOICE_RANK, str(rng.randrange(10000, 99999))),
        ]
    elif frame == "tnpcb":
        wrap_pair(p, "Name of unit", f"{FOUNDRY} ({firm})")
        p.pair("Category", "Orange - non-ferrous casting (bronze)")
        p.pair("Application No.", f"TNPCB/CTO/{digits(rng, 7)}")
        heads = [
            ("CTO renewal fee - Water Act", float(rng.choice([3500, 5000, 7500, 10000]))),
            ("CTO renewal fee - Air Act", float(rng.choice([2500, 3500, 5000]))),
        ]
        labels = ["Total consent fee", "Fee remitted"]
        refs = [
            ("Transaction No.", TXN_RANK, f"TNPCB{digits(rng, 10)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "ptax":
        wrap_pair(p, "Name of employer", firm)
        p.pair("Assessment No.", f"SWM/PT/{digits(rng, 5)}")
        p.pair("Half year", f"{'First' if 4 <= j.date.month <= 9 else 'Second'} half, 20{fy(j.date)}")
        emp = rng.randrange(12, 40)
        heads = [
            (f"Profession tax - employees ({emp})", float(emp * rng.choice([690, 1025, 1250]))),
            ("Profession tax - company", 2500.0),
        ]
        labels = ["Tax amount", "Total tax"]
        refs = [("Transaction ref.", TXN_RANK, f"TNUR{digits(rng, 12)}")]
        words = {
            "pending": ["Payment under verification - receipt after the bank confirms, do not pay again"]
        }
        day_labels = ["Payment initiated on", "Submitted on"]
    elif frame == "esic":
        p.pair("Employer code", f"5{digits(rng, 16)}")
        wrap_pair(p, "Employer name", COMPANY_CAPS)
        p.pair("Contribution period", j.month(1))
        p.pair("No. of employees", str(rng.randrange(14, 46)))
        wages = float(rng.randrange(180000, 520000, 100))
        heads = [
            ("Employer's share @ 3.25%", float(round(wages * 0.0325))),
            ("Employees' share @ 0.75%", float(round(wages * 0.0075))),
        ]
        labels = ["Total amount", "Amount payable"]
        refs = [
            ("Transaction No.", TXN_RANK, f"ESIC{digits(rng, 12)}"),
            ("Challan No.", INVOICE_RANK, f"{rng.choice('12')}{digits(rng, 13)}"),
        ]
        words = {"failed": ["Unsuccessful - contribution not credited to ESIC, pay again"]}
        day_labels = ["Transaction date", "Tried on"]
    elif frame == "lwb":
        emp = rng.randrange(14, 48)
        wrap_pair(p, "Name of establishment", COMPANY_CAPS)
        p.pair("Registration No.", f"LWB/TNJ/{digits(rng, 5)}")
        p.pair("Contribution year", "2025")
        p.pair("Employees on the rolls", str(emp))
        heads = [
            (f"Employees' contribution ({emp} x Rs 20)", float(emp * 20)),
            (f"Employer's contribution ({emp} x Rs 40)", float(emp * 40)),
        ]
        labels = ["Total contribution", "Amount remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LWB{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"LWB/R/{digits(rng, 6)}"),
        ]
    elif frame == "vahan":
        p.pair("Registration No.", f"TN68{code(rng, 2, UPPER)}{digits(rng, 4)}")
        wrap_pair(p, "Owner name", COMPANY_CAPS)
        p.pair("Vehicle class", "Goods carrier (LGV) - 3.5 t GVW")
        heads = [
            ("Quarterly tax - goods carriage", float(rng.choice([1900, 2600, 3300]))),
            ("Road safety cess", float(rng.choice([50, 100, 150]))),
        ]
        labels = ["Total tax paid", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"TN{digits(rng, 3)}{code(rng, 3, UPPER)}{digits(rng, 9)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"TN68{code(rng, 2, UPPER)}{digits(rng, 7)}"),
        ]
    else:
        wrap_pair(p, "Name of the user", f"{firm} - metal store and foundry")
        heads = [
            ("Verification fee - platform scale (500 kg)", float(rng.choice([500, 750, 1000]))),
            ("Verification fee - weighing scale (60 kg)", float(rng.choice([200, 300, 400]))),
        ]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([100, 250]))))
        labels = ["Total fee", "Fee paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LMTN{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"LM/TNJ/{digits(rng, 6)}"),
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
    p.pair(rng.choice(["Payment mode", "Paid by"]), way, method=way_method(way))
    if not refs_first:
        fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "dno": "Display the licence in the foundry; renew it before 31 March every year.",
        "gi": "The authorised user certificates follow once the Registry examines each application.",
        "tnpcb": "The renewed consent order can be downloaded once the District Environmental Engineer "
        "approves it.",
        "ptax": "Do not pay again; the receipt is issued once the bank confirms the payment to the "
        "Panchayat.",
        "esic": "Pay the contribution by the 15th of the next month to avoid interest and damages.",
        "lwb": "Contributions for a calendar year are due by 31 January of the next year.",
        "vahan": "Carry the tax receipt in the vehicle; it can be checked on the mParivahan app.",
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
        "Bharat Laghu Udyam Suraksha - foundry, furnaces, metal and icon stock",
        "paper",
        "fire",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Shopkeeper's policy - gallery stock, T. S. R. Big Street",
        "browser",
        "burglary",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Marine cargo - export crates by air and sea",
        "mail",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - sthapathis, chasers and staff",
        "browser",
        "health",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Employees' compensation - foundry and furnace hands",
        "mail",
        "wc",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Fine art and exhibition floater - icons at the Margazhi bazaar",
        "paper",
        "art",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Goods carrying vehicle package - Tata Ace Gold",
        "browser",
        "vehicle",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Money insurance - gallery cash and wage cash in transit",
        "mail",
        "money",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its foundry, furnaces, metal and icon stock, the gallery's stock, its export
    crates, its workers' health, its foundry hands under the Employees' Compensation Act, its icons at the
    Margazhi bazaar, its delivery van and its cash in transit: the insurers' premium receipts (browser,
    e-mail, printed at the branch: the insurer on top, the product line, Premium receipt cum tax invoice /
    Receipt of premium - e-copy / PREMIUM COLLECTION RECEIPT (Premium not received / RENEWAL PAYMENT -
    STATUS on the failed one); the status under the heading on some, under the sum on the rest; Proposer /
    Insured name / Name of the insured, Policy No. / Cover note No. / Renewal notice No., Sum insured -
    building, furnaces, metal and icon stock / Sum insured - gallery stock (first loss) / Annual turnover -
    export crates / Members covered / Estimated annual wages / Sum insured - icons at the stall / IDV and
    Registration No. / Cash in transit limit, Cover from ... to ..., Basic premium / Premium (excl. GST) or
    Own damage premium and Liability premium, an add-on (Earthquake (fire and shock), Theft by hold-up, War
    and strikes (SRCC), Day-care procedures extension, Medical expenses extension, Wall-to-wall transit
    cover, Zero depreciation, Cash in counter), CGST and SGST @ 9% or IGST @ 18%, the sum: Gross premium
    (with GST) / Premium collected / Cheque for / Instrument amount / Renewal premium due / Premium to be
    paid; Premium credited - policy in force / Received - e-policy sent to your registered e-mail / CHEQUE
    SENT FOR CLEARING - POLICY ISSUED ON REALISATION / Payment declined by bank - renewal pending, pay
    within the grace period; Payment mode / Paid by, Cheque No., Online txn ref., UPI UTR / Bank ref. No.,
    Receipt No. / e-Receipt No., Premium paid on / Collection date / Receipt date / Cheque received on /
    Instrument received on / Tried on / Date of attempt)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'online', 'portal'])}.{host}/renewal/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <customercare@{host}>",
            ["Your premium receipt", "Premium received - thank you"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add("small", rng.choice(["Branch Office, Kumbakonam", "Divisional Office, Thanjavur"]))
    p.add(
        "center",
        rng.choice(
            ["Premium not received", "RENEWAL PAYMENT - STATUS"]
            if status == "failed"
            else [
                "Premium receipt cum tax invoice",
                "Receipt of premium - e-copy",
                "PREMIUM COLLECTION RECEIPT",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium credited - policy in force",
            "Received - e-policy sent to your registered e-mail",
        ],
        "pending": ["CHEQUE SENT FOR CLEARING - POLICY ISSUED ON REALISATION"],
        "failed": ["Payment declined by bank - renewal pending, pay within the grace period"],
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
            f"{rng.choice(['0301', '4403', '2211'])}/{digits(rng, 8)}/{rng.randrange(0, 3):02d}"
            f"/{j.date.year % 100}",
        )
    elif status == "pending":
        p.pair("Cover note No.", f"CN/{digits(rng, 11)}")
    else:
        p.pair("Renewal notice No.", f"RN{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(3000000, 36000000, 50000))
        p.pair("Sum insured - building, furnaces, metal and icon stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake (fire and shock)", round(insured * 0.00008, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1000000, 8000000, 50000))
        p.pair("Sum insured - gallery stock (first loss)", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Theft by hold-up", round(insured * 0.0001, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(3000000, 30000000, 500000))
        p.pair("Annual turnover - export crates", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0006), 2)
        addon = ("War and strikes (SRCC)", round(turnover * 0.00004, 2))
    elif kind == "health":
        members = rng.randrange(18, 70)
        p.pair("Members covered", f"{members} (Rs 3,00,000 each)")
        basic = round(members * rng.uniform(3600, 5800), 2)
        addon = ("Day-care procedures extension", round(members * 380.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(1800000, 9000000, 100000))
        p.pair("Estimated annual wages", rs(wages))
        basic = round(wages * rng.uniform(0.008, 0.014), 2)
        addon = ("Medical expenses extension", round(wages * 0.0005, 2))
    elif kind == "art":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - icons at the stall", rs(insured))
        basic = round(insured * rng.uniform(0.0015, 0.0025), 2)
        addon = ("Wall-to-wall transit cover", round(insured * 0.0002, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 720000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"TN-68-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage premium", basic), ("Liability premium", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    else:
        limit = float(rng.randrange(100000, 600000, 25000))
        p.pair("Cash in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.009), 2)
        addon = ("Cash in counter", round(limit * 0.001, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 6))
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        wrap_pair(p, "Cover", f"from {when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Basic premium", "Premium (excl. GST)"]), rs(basic))
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
        "success": ["Gross premium (with GST)", "Premium collected"],
        "pending": ["Cheque for", "Instrument amount"],
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
    p.pair(rng.choice(["Payment mode", "Paid by"]), pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:6])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['OL', 'PG', 'TX'])}{digits(rng, 13)}"
            p.pair("Online txn ref.", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI UTR", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
            p.pair(rng.choice(["Receipt No.", "e-Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Premium paid on", "Collection date", "Receipt date"],
            "pending": ["Cheque received on", "Instrument received on"],
            "failed": ["Tried on", "Date of attempt"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "The cover is subject to realisation of the premium and to the policy's terms, conditions "
        "and exclusions.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("SIVAKAMI SIRPA KOODAM", "T.S.R. BIG STREET, KUMBAKONAM", "own"),
    ("KAVERI FUEL POINT", "NH-36, PAPANASAM", "fuel"),
    ("SIVAKAMI PANCHALOHA BRONZES", "SANNATHI STREET, SWAMIMALAI", "own"),
    ("HOTEL MYLAI RESIDENCY", "R. K. MUTT ROAD, MYLAPORE, CHENNAI", "hotel"),
    ("SIVAKAMI VAARPU PATTARAI", "SWAMIMALAI 612302", "own"),
    ("TIRUCHI HARDWARE & TOOLS", "SINGARATHOPE, TIRUCHIRAPPALLI", "shop"),
    ("SIVAKAMI SIRPA KOODAM", "MARGAZHI BAZAAR, MYLAPORE, CHENNAI", "own"),
    ("SRI KUMBESWARA DEGREE COFFEE", "NAGESWARAN NORTH ST, KUMBAKONAM", "food"),
]
TERMINALS = [
    "PINE LABS",
    "HPCL",
    "CITY UNION BANK",
    "HDFC BANK",
    "RAZORPAY POS",
    "INDIAN BANK",
    "PHONEPE POS",
    "MSWIPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the gallery's, the company's, the foundry's and the Margazhi bazaar stall's
    terminals, and the company's card at a filling station on NH-36 at Papanasam, a Mylapore hotel, a
    Tiruchirappalli hardware and tools shop and a Kumbakonam degree coffee house: terminal slips
    (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals;
    DATE/TIME: <day> <hour> on one line, DATE : and TIME : (a space before the colon), or DATE: and TIME:,
    at the top or under the sum; MID:, TID:, BATCH NO:, STAN:, INV: / SLIP NO:, SALE / CARD SALE / TAP
    SALE, CARD NO: / CARD:, CARD TYPE:, ENTRY MODE:, a fuel sale's PRODUCT:, RATE/L:, VOL(L):, DU NO:,
    VEHICLE NO: and ODOMETER:, a hotel's ROOM: and FOLIO NO:, the coffee house's TABLE: and KOT NO:, the
    shop's CUST MOB:, APPROVAL CODE: / AUTH ID:, RRN: / RRN NO.:, AMOUNT RS: / NET AMOUNT: / SALE AMT:, the
    sum above or below the card; APPROVED / TXN SUCCESSFUL / APPROVED - SIGNATURE NOT REQUIRED / DECLINED -
    51 INSUFFICIENT FUNDS / TRANSACTION TIMED OUT - STATUS UNKNOWN, DO NOT REPEAT)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=2400, high=98000)
    name, town, kind = COUNTERS[k]
    if k == 6:
        j.date = dt.date(2026, 12, 16) + dt.timedelta(days=rng.randrange(16))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 6800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2600, 13500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 24000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 120, 1400, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d/%m/%y", "%d %b %y", "%d.%m.%Y"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        pick = rng.random()
        if pick < 0.35 and fits(p, "left", f"DATE/TIME: {d} {t}"):
            p.add("left", f"DATE/TIME: {d} {t}", date=j.date)
        elif pick < 0.7:
            p.pair("DATE :", d, date=j.date)
            p.pair("TIME :", t)
        else:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV:", "SLIP NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "TAP SALE", "CARD SALE"] if j.amount <= 5000 else ["SALE", "CARD SALE"]),
    )
    lab = rng.choice(["AMOUNT RS:", "NET AMOUNT:", "SALE AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = body if lab == "AMOUNT RS:" else f"{rng.choice(['INR ', 'RS.', 'Rs.', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD NO:", "CARD:"]),
        rng.choice(
            [f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", f"XXXX XXXX XXXX {digits(rng, 4)}"]
        ),
        method="card",
    )
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    p.pair("ENTRY MODE:", rng.choice(["CHIP", "CONTACTLESS", "CHIP + PIN"]))
    if kind == "fuel":
        rate = round(rng.uniform(92.4, 102.9), 2)
        p.pair("PRODUCT:", rng.choice(["DIESEL", "PETROL", "POWER 95"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("VOL(L):", f"{j.amount / rate:.2f}")
        p.pair("DU NO:", str(rng.randrange(1, 7)))
        p.pair("VEHICLE NO:", f"TN68{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("ODOMETER:", str(rng.randrange(12000, 190000)))
    elif kind == "hotel":
        p.pair("ROOM:", str(rng.randrange(101, 420)))
        p.pair("FOLIO NO:", f"MR{digits(rng, 6)}")
    elif kind == "food":
        p.pair("TABLE:", str(rng.randrange(1, 30)))
        p.pair("KOT NO:", str(rng.randrange(100, 9999)))
    elif kind == "shop":
        p.pair("CUST MOB:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPROVAL CODE:", "AUTH ID:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO.:"]), j.ref, txn=(UTR_RANK, j.ref))
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
        p.add("small", rng.choice(["PIN VERIFIED OK", "THANK YOU - VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "TRANSACTION TIMED OUT - STATUS UNKNOWN, DO NOT REPEAT", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd", "Service connection No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account number"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile number"),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["TNPDCL", "YONO BUSINESS", "Google Pay", "TNPDCL", "Paytm", "PhonePe", "Amazon Pay", "CRED"]
BILL_WHICH = [0, 0, 2, 0, 3, 1, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The foundry's, the metal store's and the gallery's electricity (TNPDCL), the gallery's fibre (Airtel
    Xstream Fiber), the manager's postpaid phone (Jio), the gallery's DTH (Tata Play) and the foundry
    canteen's cooking gas (Indane) through Bharat Connect in SBI's YONO BUSINESS and other apps (Google
    Pay, Paytm, PhonePe, Amazon Pay, CRED: the app on top, the sum large above or below the status, or the
    biller first, Biller name / Paid to biller / Operator as printed, Service connection No. / Account
    number / Mobile number / Subscriber ID / LPG ID, Name on bill, Bill No., Bill period, Bill date, Due
    date and Payable after due date on some power and fibre bills, Paid using / Payment source Current A/c
    or UPI, B-Connect txn ID / Bharat Connect ID / BBPS ref. No., UPI RRN, Transaction ID on the failed
    one, Bill paid on / Date of payment / Started at / Attempted on (the latter two on one not paid);
    Payment successful - receipt sent to biller / Bill paid - Bharat Connect confirmation received / In
    progress - biller confirmation awaited, do not pay again / Payment failed - money will be returned to
    source in 3-5 days) and TNPDCL's own online payment receipt (TNPDCL, Tamil Nadu Power Distribution
    Corporation Ltd or its capitals on top with its "A Government of Tamil Nadu undertaking" line, Service
    connection No., Region / Section, Consumer name, Tariff, Paid amount / Amount received, Due date,
    Payment mode, Transaction ID, Bank ref. No., Receipt No., Payment date / Paid on, the status under the
    head or at the foot: Payment successful - receipt generated / Paid - amount adjusted to your service
    connection)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=2400, high=68000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 699, 3999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 349, 1499, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 259, 1099, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 860, 3400, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Service connection No.": f"{rng.choice(['04', '09'])}-{digits(rng, 3)}-{digits(rng, 3)}-"
        f"{digits(rng, 3)}",
        "Account number": f"{rng.choice(['30', '31'])}{digits(rng, 8)}",
        "Mobile number": f"{rng.choice('6789')}{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "LPG ID": f"7{digits(rng, 16)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TNPDCL":
        p = browser_page(rng, font, "www.tnebnet.org/awp/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Tamil Nadu undertaking  |  Online payment")
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Payment successful - receipt generated",
                "Paid - amount adjusted to your service connection",
            ]
        }
        status_top = rng.random() < 0.4
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        p.pair(
            "Region / Section",
            rng.choice(["Thanjavur / Swamimalai", "Thanjavur / Kumbakonam Town", "Thanjavur / Darasuram"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, FOUNDRY.upper(), f"M/S {GALLERY.upper()}"]))
        p.pair("Tariff", rng.choice(["III-B (industrial)", "V (commercial)"]))
        p.pair(rng.choice(["Paid amount", "Amount received"]), rs(j.amount), amount=j.amount)
        if not j.no_day:
            p.pair("Due date", j.other_day(rng, 4, 14))
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TNEB{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "Net banking" and rng.random() < 0.6:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"QP{digits(rng, 12)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Pay before the due date to avoid disconnection and reconnection charges.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payment")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - receipt sent to biller",
            "Bill paid - Bharat Connect confirmation received",
        ],
        "pending": ["In progress - biller confirmation awaited, do not pay again"],
        "failed": ["Payment failed - money will be returned to source in 3-5 days"],
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
        "Name on bill",
        rng.choice(
            {
                0: [COMPANY_CAPS, FOUNDRY.upper(), GALLERY.upper()],
                4: [COMPANY_CAPS, FOUNDRY.upper()],
            }.get(which, [COMPANY_CAPS, GALLERY.upper()])
        ),
    )
    if which in (0, 1) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill No.", f"{rng.choice(['TN', 'AX'])}{digits(rng, 10)}")
        start, end = earlier(rng, j, 36, 50), earlier(rng, j, 6, 12)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Bill period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Bill date", when(earlier(rng, j, 3, 6), "%d %b %Y"))
        p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Payable after due date", rs(round(j.amount * 1.015, 2) if which == 0 else j.amount + 100))
    way = "Current A/c" if app == "YONO BUSINESS" else "UPI"
    p.pair(
        rng.choice(["Paid using", "Payment source"]),
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:9])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Google Pay": "GP",
                "Paytm": "PT",
                "PhonePe": "PP",
                "Amazon Pay": "AZ",
                "CRED": "CR",
            }.get(app, "SB")
            bc = f"{head}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["B-Connect txn ID", "Bharat Connect ID", "BBPS ref. No."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 15)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Bill paid on", "Date of payment"] if status == "success" else ["Started at", "Attempted on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "R MURUGESAN",
    "CAUVERY CARGO MOVERS",
    "",
    "JAMNAGAR BRASS ALLOY",
    "MARGAZHI KALAI SANDH",
    "SWAMIMALAI VANDAL MA",
    "",
    "TIRUCHI COPPER & BRA",
]
MAIL_PAYEES = [
    "Sri. S. Ramanathan",
    "Frame Kumbakonam Studio",
    "Madurai Thaen Mezhugu Depot",
    "Coimbatore Foundry Stores",
]
SENDERS = {
    "Tamil Nadu Grama Bank": "AD-TNGBNK",
    "Indian Bank": "VM-INDBNK",
    "City Union Bank": "VK-CUBANK",
    "The Thanjavur District Central Co-operative Bank": "JD-TDCCBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AD-TNGBNK /
    VM-INDBNK / VK-CUBANK / JD-TDCCBK, the day divider, each bank's own wording: Tamil Nadu Grama Bank's
    UPI "TNGB: A/c XX1234 debited by Rs.x on 05-03-26 - UPI payment to <payee>. UPI Ref <ref>.", Indian
    Bank's "Your A/c *1234 is debited for Rs.x on <day> towards <way> to <payee>.", City Union Bank's "CUB:
    Rs.x debited from A/c XX1234 on <day> Info: <way>-<payee>.", the Thanjavur District Central
    Co-operative Bank's "TDCCB A/c ..1234: Dr Rs x <way> to <payee> dt <day>."; a transfer that "could not
    be completed. Debited amount, if any, will be reversed." and one that "is pending at the beneficiary
    bank. Do not repeat the transfer.", the balance line) and two e-mail debit alerts (HDFC Bank, Axis
    Bank: Debit amount / Amount (INR), Beneficiary name / Credited to (payee), Date / Debit date, From
    account, Transfer mode, UTR / IMPS RRN, Available balance; Status: Successful / Transaction status:
    Processed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=9000, high=320000)
    if k == 0:
        j.amount = rupees(rng, 1800, 9600, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 60000, 380000)
    elif k == 5:
        j.amount = rupees(rng, 16000, 54000)
    if k in (2, 6):
        to = MAIL_PAYEES[(0 if k == 2 else 2) + rng.randrange(2)]
        bank = rng.choice(["HDFC Bank", "Axis Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Account debited - funds transfer", "Alert: debit in your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited for the funds transfer below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary name", "Credited to (payee)"]
        amount_labels = ["Debit amount", "Amount (INR)"]
        if sum_first:
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Date", "Debit date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y"])
        p.pair("From account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Transfer mode", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 90000, 4200000)))
        p.add("left", rng.choice(["Status: Successful", "Transaction status: Processed"]), status="success")
        p.part = "foot"
        p.add(
            "small",
            "If you did not make this transfer, call the bank's helpline at once to block the account.",
        )
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 5:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Tamil Nadu Grama Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Tamil Nadu Grama Bank",
        1: "Indian Bank",
        4: "City Union Bank",
        5: "The Thanjavur District Central Co-operative Bank",
    }.get(
        k,
        rng.choice(["Indian Bank", "City Union Bank", "The Thanjavur District Central Co-operative Bank"]),
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
    bal = rupees(rng, 25000, 2800000)
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    if status == "success":
        if bank == "Tamil Nadu Grama Bank":
            p.add("left", f"TNGB: A/c XX{tail} debited by Rs.{amt}", amount=j.amount, status="success")
            upi_day = when(j.date, "%d-%m-%y")
            p.add("left", f"on {upi_day} - UPI payment to {to}.", merchant=to, method=method)
            if ref:
                p.add("left", f"UPI Ref {ref}. Not you? Inform your branch.", txn=(UTR_RANK, ref))
            else:
                p.add("left", "Not you? Inform your branch. -TNGB")
            ref = None
        elif bank == "Indian Bank":
            p.add("left", f"Your A/c *{tail} is debited for Rs.{amt}", amount=j.amount, status="success")
            p.add("left", f"{on.strip()} towards {way}".strip(), method=method)
            p.add("left", f"to {to}.", merchant=to)
        elif bank == "City Union Bank":
            p.add("left", f"CUB: Rs.{amt} debited from A/c XX{tail}{on}", amount=j.amount, status="success")
            p.add("left", f"Info: {way}-{to}.", merchant=to, method=method)
        else:
            p.add("left", f"TDCCB A/c ..{tail}: Dr Rs {amt}", amount=j.amount, status="success")
            p.add("left", f"{way} to {to}", merchant=to, method=method)
            if day:
                p.add("left", f"dt {day}.")
    else:
        p.add(
            "left",
            f"{'Txn' if status == 'failed' else way} of Rs.{amt} from A/c XX{tail}",
            amount=j.amount,
            method=method,
        )
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be completed. Debited amount, if any, will be reversed.",
            "pending": "is pending at the beneficiary bank. Do not repeat the transfer.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "Tamil Nadu Grama Bank":
        balance = {
            "Indian Bank": f"Avl bal Rs.{num(bal)}",
            "City Union Bank": f"Bal: Rs.{num(bal, 'plain')} Cr",
        }.get(bank, f"Clr Bal Rs {num(bal)}")
        p.add("left", balance)
        p.add(
            "small",
            rng.choice(
                [
                    "Not done by you? Report to your branch at once",
                    "Never share your OTP, PIN or password with anyone",
                ]
            ),
        )
    if bank != "Tamil Nadu Grama Bank":
        p.add(
            "small",
            {"Indian Bank": "-Indian Bank", "City Union Bank": "- CUB"}.get(bank, "-TDCCB"),
        )
    return p.done()


compose = compose158

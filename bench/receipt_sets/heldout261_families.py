"""The twelve heldout261 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Pipli applique (chandua) work house's day in 2026 in Puri district, Odisha
(Sagarika Chandua Shilpa Pvt Ltd, its applique work house on the Puri - Bhubaneswar road at Pipili, Sagarika
Chandua Karkhana, where the karigars cut the elephants, parrots, peacocks, lotuses and suns from dyed cotton
and velvet and stitch them on to chanduas (temple canopies), wall hangings, cushion covers, bags and garden
umbrellas (chhati), the home artisans of Pipili and Delang are paid by the piece, the umbrella section's
tailor by the umbrella and the work house stitches motifs for a Bhubaneswar boutique on its own cloth, its
cloth dyeing and motif cutting unit at Sakhigopal, Sagarika Rangakapada Kendra, where the grey markin from
Burhanpur is dyed temple red, marigold, peacock green and black, the dyed cloth sold by the metre to the
artisans' co-operative and the cutting waste (chindi) by weight to a Sanganer handmade paper works, and its
shop on Bada Danda (Grand Road), Puri, Sagarika Chandua Bhandar, which takes temple committees' orders for
chanduas by the square foot and keeps a stall at the Konark Festival), told by the proofs of payment it
receives and makes: pilgrims', hotels', maths' and shops' UPI screens and the web store's Cashfree and
Instamojo pages, the Odisha State Co-operative Handicrafts Corporation's (Utkalika's), the Handicrafts and
Handlooms Exports Corporation's (HHEC's), a Bhubaneswar, a Kolkata and a Delhi decor house's, a Puri sea
resort's, a Bengaluru e-shop's and a Chennai wedding decorator's payment advices, importers' inward wires
from Brighton, Basel, Aarhus, Singapore, Dubai, Lyon, Portland and Hong Kong in pounds, Swiss francs (the
thousands split by apostrophes on some), Danish kroner (points between the thousands and a decimal comma),
Singapore dollars, dirhams, euros (the French way on some), US and Hong Kong dollars (the raw SWIFT field 32A
on two), its own bills (the shop's retail bills and temple chandua order bill, the work house's wholesale
invoice and job work bill by the motif, the dye unit's cloth bill by the metre and chindi memo by weight,
the accounts desk's e-mail for a hotel group's advance), the grey cloth, velvet, mirror and zari, thread and
carton suppliers' tax invoices, the corporate net-banking transfers to the sewing machine mechanic, the Bada
Danda landlady, the security agency, the chartered accountants, the photo studio, the Konark Festival stall
decorator, the carrier and the coal depot, the artisans' and the umbrella tailor's wage slips, Cashfree
Payouts transfers and a PhonePe and a BHIM payment to the helpers, Pipili NAC's, the State Pollution Control
Board's, EPFO's, the GI Registry's, the Labour & ESI Department's, the Transport Department's, ESIC's and
Legal Metrology's fee pages, the insurers' premium receipts, card terminal slips, TPCODL's power and the
fibre, postpaid, DTH and cooking gas bills and the banks' SMS and e-mail alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the unit lines, bills listed on an advice (their numbers and days), vendor codes, purchase
order, goods receipt and GRN numbers, pieces, sets, square feet, motifs, metres, kilos, rates, cuts, GST-TDS
and TDS, advances, stitching faults, GST lines, rupee values on the wires, exchange rates, intermediary banks,
airway bill and shipping bill numbers and their days, sums insured, sales, lives, wage rolls and stock
values, periods of insurance, balances, due days, bill days, billing periods, wage months, GSTIN, IFSC, UETR,
the transaction references (:20:), licence, unit, establishment, GI application, registration, policy, cover
note, renewal reference, account, consumer, VC and mobile numbers, artisan card and machine numbers, LR,
docket, AWB and e-way bill numbers, merchant and terminal IDs, batch and trace numbers, room, bill ref.,
table, covers, pump and vehicle numbers, Cashfree's beneficiary IDs, payee short names, corporate user IDs,
initiators and approvers and the payer's own details carry no fact. ``Job``, ``date_row`` and
``letterhead`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page``
heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's;
``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``masked`` and ``money`` heldout118's; ``Screen`` heldout113's; ``sign`` heldout93's; ``num``
heldout82's; ``compose`` is heldout158's (as heldout259's)."""

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

COMPANY = "Sagarika Chandua Shilpa Pvt Ltd"
COMPANY_CAPS = "SAGARIKA CHANDUA SHILPA PVT LTD"
SHORT = "Sagarika Chandua"
SHED = "Sagarika Chandua Karkhana"
DYEHOUSE = "Sagarika Rangakapada Kendra"
SHOWROOM = "Sagarika Chandua Bhandar"
# unit, address, GST state code
UNITS = {
    "shed": (
        "Applique work house, home artisans and the umbrella section",
        "Puri - Bhubaneswar Road (NH-316), Pipili - 752104, Distt. Puri, Odisha",
        "21",
    ),
    "dye": (
        "Cloth dyeing and motif cutting unit",
        "Industrial Estate, Sakhigopal - 752014, Distt. Puri, Odisha",
        "21",
    ),
    "showroom": (
        "Pipli applique, chanduas and umbrellas - retail and temple orders",
        "Bada Danda (Grand Road), Puri - 752001, Odisha",
        "21",
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
    "{d}-{m}-%Y",
]
WIRE_PATS = ["%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "{d} %B %Y", "%d-%b-%Y", "%b {d}, %Y", "%d/%m/%Y", "%d%b%Y"]
BANKS = [
    "State Bank of India",
    "UCO Bank",
    "Bank of India",
    "Union Bank of India",
    "Indian Overseas Bank",
    "ICICI Bank",
    "Odisha Grameen Bank",
    "Axis Bank",
    "HDFC Bank",
    "Kotak Mahindra Bank",
    "The Odisha State Co-operative Bank",
    "IndusInd Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "UCO Bank": "UCBA",
    "Bank of India": "BKID",
    "Union Bank of India": "UBIN",
    "Indian Overseas Bank": "IOBA",
    "ICICI Bank": "ICIC",
    "Odisha Grameen Bank": "IOBA",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "Kotak Mahindra Bank": "KKBK",
    "The Odisha State Co-operative Bank": "UTIB",
    "IndusInd Bank": "INDB",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "UCO Bank": "ucobank.bank.in",
    "Bank of India": "bankofindia.bank.in",
    "Union Bank of India": "unionbankofindia.bank.in",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "HDFC Bank": "hdfcbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "IndusInd Bank": "indusind.com",
}
MOTIFS = [
    "Elephant and parrot border",
    "Sun, moon and lotus (surya-chandra)",
    "Peacock and creeper",
    "Jagannath trinity centre panel",
    "Swan and tree of life",
]

# the Konark Festival at the open-air auditorium near the Sun Temple, 2026: 1 to 5 December
FAIR_START = dt.date(2026, 12, 1)
# the goods as a bulk invoice's lines name them
BULK_GOODS = [
    "Wall hanging, 24 x 36 in",
    "Cushion cover, set of 5",
    "Shoulder bag, applique",
    "Table runner, 72 in",
    "Bed cover, double",
]


def craft_gst(price: float) -> int:
    """GST on an applique made-up by its price a piece: 5% up to Rs 2,500, 18% above."""
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
    return f"AAL{rng.choice('CF')}S{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def hour_day(rng: random.Random, day: dt.date) -> str:
    """A screen's day and hour with no label, the day first or the hour first (14 Oct 2026 - 04:12 PM,
    16:12 hrs, 14-10-2026, Wednesday 14 October 2026 at 4:12 pm)."""
    pats = ["%d %b %Y", "{d} %B %Y", "%A {d} %B %Y", "%d-%m-%Y"]
    text = when(day, rng.choice(pats))
    pick = rng.random()
    if pick < 0.35:
        hour = hhmm(rng, twelve=False)
        return rng.choice([f"{hour} hrs, {text}", f"{text} - {hour} hrs"])
    hour = hhmm(rng, lower=rng.random() < 0.5, zero=rng.random() < 0.5)
    return rng.choice([f"{text} - {hour}", f"{text} at {hour}", f"{hour}, {text}"])


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = [
    "Paytm",
    "Google Pay",
    "Cashfree",
    "PhonePe",
    "Amazon Pay",
    "Navi",
    "BHIM",
    "Instamojo",
]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Applique bag x2",
        "Cushion covers set",
        "Small wall hanging",
        "Lamp shade and coasters",
        "Parrot torans x4",
    ],
    [
        "Chandua 6x6 ft",
        "Garden umbrella (chhati)",
        "Temple canopy balance",
        "3 wall hangings + runner",
        "Bed cover, double",
    ],
)
PAYERS_UPI = [
    "Subhashree Panda",
    "Hotel Sea Breeze Puri",
    "Debasis Mishra",
    "Anne-Marie Roux",
    "Jagannath Ballav Math",
    "Ramesh Chandra Sahu",
    "Golden Sands Homestay",
    "Itishree Rout",
]
# the buyer, the goods, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Rituparna Sen, Salt Lake, Kolkata", "Applique wall hanging, tree of life, 36 x 48 in", 1800, 7800),
    ("Mr. Karthik Iyer, Adyar, Chennai", "Garden umbrella (chhati), 7 ft, red and yellow", 4800, 16000),
    ("Mrs. Pallavi Deshpande, Baner, Pune", "Chandua canopy, 8 x 8 ft, Jagannath centre", 9000, 32000),
    ("Dr. Ankit Agarwal, Vaishali Nagar, Jaipur", "Five cushion covers and two table runners", 1600, 5400),
]
SHOP_UPI_LABELS = {
    "Paytm": ["UPI Ref No", "Bank Reference No."],
    "Google Pay": ["UPI transaction ID", "UPI Ref ID"],
    "PhonePe": ["UTR", "Bank UTR"],
    "Amazon Pay": ["Bank Reference ID", "UPI Ref. No."],
    "Navi": ["UTR No.", "UPI RRN"],
    "BHIM": ["UPI Ref. No.", "RRN"],
}
OWN_IDS = {
    "Paytm": "Order ID (Paytm)",
    "Google Pay": "Google transaction ID",
    "PhonePe": "Transaction ID",
    "Amazon Pay": "Amazon Pay txn ID",
    "Navi": "Navi txn ID",
    "BHIM": "BHIM txn ID",
}
HANDLES = {
    "Paytm": "pthdfc",
    "Google Pay": "okicici",
    "PhonePe": "ibl",
    "Amazon Pay": "apl",
    "Navi": "naviaxis",
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
        return f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}"
    return f"NV{j.date:%y%m%d}{code(rng, 10, ALNUM)}"


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The shop's web store page on Cashfree or Instamojo after a buyer paid (the payee on top with the
    store's line; the outcome, then the sum large or in a Payment amount / You paid row, or the sum first;
    Buyer / Shipping to and Order items / Item on most, before the ids or at the foot; the day under the
    outcome or after the ids)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(3)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    if app == "Cashfree":
        url = "payments.cashfree.com/forms/sagarikachandua" + (
            "" if j.no_ref else f"/{digits(rng, 8)}/status"
        )
    else:
        url = "www.instamojo.com/@sagarikachandua" + ("" if j.no_ref else f"/{code(rng, 32, HEXA)}")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", rng.choice(["Pipli applique from Puri  |  sagarikachandua.in", "Order payment"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment received - thank you for your order",
            "Success - your chandua ships from Puri in 4 days",
            "Transaction successful",
        ]
    }
    big = rng.random() < 0.5

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Payment amount", "You paid"]), rs(j.amount), amount=j.amount)

    labels = ["Transaction date", "Payment time", "Paid at"]
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
        wrap_pair(p, rng.choice(["Buyer", "Shipping to"]), who)
        wrap_pair(p, rng.choice(["Order items", "Item"]), what)

    if not order_foot:
        order_rows()
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI - collect request"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay', 'Diners Club'])} card {masked(rng, font)}",
        "netbanking": f"Net banking ({rng.choice(BANKS[:6])})",
    }[way]
    wrap_pair(p, rng.choice(["Payment mode", "Paid via"]), shown, method=way)
    if not j.no_ref:
        if app == "Cashfree":
            pid = digits(rng, 10)
            p.pair("CF payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"SCB-{j.date:%y%m}-{digits(rng, 6)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"MOJO{rng.randrange(1, 9)}{code(rng, 3, ALNUM)}{digits(rng, 3)}"
            pid += f"{code(rng, 1, UPPER)}{digits(rng, 8)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            oid = code(rng, 32, HEXA)
            wrap_pair(p, "Request ID", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            lab = rng.choice(["Bank reference (UTR)", "UTR"]) if app == "Cashfree" else "UPI ref. ID"
            p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth ID" if app == "Cashfree" else "Authorisation code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Bank reference" if app == "Cashfree" else "Bank txn ref.", bref, txn=(BANK_RANK, bref))
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
        else "Secured by Instamojo  |  Instamojo Technologies Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Pilgrims, hotels, maths, homestays and shops paying the shop or the company: six UPI app screens
    (Paytm, Google Pay, PhonePe, Amazon Pay, Navi, BHIM) in one of four layouts (the status on top, then the
    payee's label small and the payee at the left of one row with the sum at its right; the sum large, the
    status and a Payee details block with the payee on a row; the payee's label small and the payee in large
    letters on top, the UPI ID, the sum and the status; the status on top, then a table of rows: Amount /
    Paid amount, the payee's row, the UPI ID), the shop, its capitals, the company's capitals or its short
    name under Sent to merchant / Payment made to / Seller / Paid to shop, Paying / Payment in progress to on
    the one waiting, Could not pay / Failed payment to on the failed one; a Name as per bank line under the
    UPI ID on some; the day and the hour with no label under the status on some (14 Oct 2026 - 04:12 PM,
    16:12 hrs, 14-10-2026, Wednesday 14 October 2026 at 4:12 pm), else Payment on / Completed at / Txn date /
    Initiated on / Request sent at / Failed at / Attempted on first in the details or at their end; Purpose /
    Note, Payer / Paid by on some, From account / Debited account, UPI Ref No / Bank Reference No. / UPI
    transaction ID / UPI Ref ID / UTR / Bank UTR / Bank Reference ID / UPI Ref. No. / UTR No. / UPI RRN /
    RRN, the app's own Order ID (Paytm) / Google transaction ID / Transaction ID / Amazon Pay txn ID / Navi
    txn ID / BHIM txn ID on some, above the UPI reference or under it; Payment done / Success - money sent /
    Paid - merchant has received the money / Pending - we will update you in 48 hours, do not retry /
    Transaction declined - daily UPI limit exceeded) and the web store's two payment pages (Cashfree,
    Instamojo: the shop or the company on top, the outcome and the sum large or in a Payment amount / You
    paid row in either order, Transaction date / Payment time / Paid at under them or after the ids, Buyer /
    Shipping to and Order items / Item before the ids or at the foot, Payment mode / Paid via UPI, card or
    net banking, CF payment ID / Payment ID, Order ID / Request ID, Bank reference (UTR) / UTR / UPI ref. ID,
    Auth ID / Authorisation code or Bank reference / Bank txn ref.; Payment received - thank you for your
    order / Success - your chandua ships from Puri in 4 days / Transaction successful)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=450, high=38000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Cashfree", "Instamojo"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = f"{rng.choice(['sagarikachandua', 'sagarikapuri', 'chandua.bhandar'])}@{HANDLES[app]}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment done",
            "Success - money sent",
            "Paid - merchant has received the money",
        ],
        "pending": ["Pending - we will update you in 48 hours, do not retry"],
        "failed": ["Transaction declined - daily UPI limit exceeded"],
    }
    labels = {
        "success": ["Sent to merchant", "Payment made to", "Seller", "Paid to shop"],
        "pending": ["Paying", "Payment in progress to"],
        "failed": ["Could not pay", "Failed payment to"],
    }[status]
    # 0: unlabelled under the status, 1: first in the details, 2: at the end of the details
    day_at = rng.randrange(3)

    def status_rows() -> None:
        outcome_row(p, status, words)
        if day_at == 0 and not j.no_day:
            p.add("small", hour_day(rng, j.date), date=j.date)

    def handle_rows() -> None:
        p.add("small", f"UPI ID {handle}" if rng.random() < 0.5 else handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"Name as per bank: {COMPANY_CAPS}")

    # 0: the status, the label and a row of the payee and the sum; 1: the sum, the status, the Payee
    # details block; 2: the payee on top in large letters, the sum, the status; 3: the status, then rows
    order = {0: 3, 1: 1, 2: 0, 3: 2, 4: 3, 5: 0}[k] if k < 6 else 2
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
    elif order == 2:
        p.add("small", label)
        top(p, to, merchant=to)
        handle_rows()
        p.add("big", rs(j.amount), amount=j.amount)
        status_rows()
    else:
        status_rows()
        p.add("rule")
        p.pair(
            rng.choice(["Amount", "Paid amount"]) if status == "success" else "Amount",
            rs(j.amount),
            amount=j.amount,
        )
        wrap_pair(p, label, to, merchant=to)
        handle_rows()
    p.add("rule")
    day_labels = {
        "success": ["Payment on", "Completed at", "Txn date"],
        "pending": ["Initiated on", "Request sent at"],
        "failed": ["Failed at", "Attempted on"],
    }[status]
    if day_at == 1:
        date_row(p, j, day_labels, hour=True)
    if order == 1:
        p.add("left", "Payee details")
        wrap_pair(p, label, to, merchant=to)
        handle_rows()
    p.pair(rng.choice(["Purpose", "Note"]), rng.choice(SHOP_NOTES[j.amount >= 5000]))
    if rng.random() < 0.55:
        wrap_pair(p, rng.choice(["Payer", "Paid by"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = rng.choice(BANKS[:9])
    wrap_pair(p, rng.choice(["From account", "Debited account"]), f"{source} XX{digits(rng, 4)}")
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
        p.add("small", "The bank is yet to confirm. Any money debited returns if the payment fails.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "Powered by UPI  |  NPCI",
                "Report a problem with this payment",
                "Download receipt  |  Split bill",
            ]
        ),
    )
    return p.done()


def ordinal_day(rng: random.Random, day: dt.date) -> str:
    """A day as a letter prints it: the 14th of October, 2026 or Wed, 14th Oct 2026."""
    n = day.day
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return when(day, rng.choice([f"the {n}{tail} of %B, %Y", f"%a, {n}{tail} %b %Y"]))


def slash_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as an Odisha bill book writes them: the page's mark and grouping, and on some pages a whole sum
    closed with a slash and a dash instead of its paise (Rs. 12,450/-; a sum with paise keeps them)."""
    rs = money(rng, font, 0.0, marks=marks)
    slashed = rng.random() < 0.45

    def show(value: float) -> str:
        if slashed and value == int(value):
            whole = num(value, rs.grouping).partition(".")[0]
            return f"{rs.mark}{rs.gap}{whole}/-".strip()
        return rs(value)

    return show


# ---------------------------------------------------------------- 2. Utkalika, HHEC, decor houses, resorts


# payer, its mail, its desk, the goods it buys, the frame
PAYERS = [
    (
        "Odisha State Co-operative Handicrafts Corporation Ltd",
        "accounts.utkalika@odisha.gov.in",
        "Utkalika, Market Building, Bhubaneswar",
        "craft",
        "paper",
    ),
    (
        "Handicrafts and Handlooms Exports Corporation of India Ltd",
        "payables@hhec.co.in",
        "HHEC, Jawahar Vyapar Bhawan, New Delhi",
        "craft",
        "portal",
    ),
    ("Ekamra Home Decor", "ekamradecor@gmail.com", "Janpath, Unit-3, Bhubaneswar", "craft", "mail"),
    ("Gariahat Kala Kutir", "accounts@kalakutir.in", "Rashbehari Avenue, Kolkata", "craft", "paper"),
    (
        "Swargadwar Sea Resorts Pvt Ltd",
        "ap@swargadwarresorts.in",
        "Chakratirtha Road, Puri",
        "umbrellas",
        "portal",
    ),
    ("Craftkart Online Pvt Ltd", "vendorpay@craftkart.in", "HSR Layout, Bengaluru", "craft", "portal"),
    (
        "Mylapore Wedding Decorators LLP",
        "accounts@mylaporedecor.in",
        "Luz Church Road, Chennai",
        "canopy",
        "mail",
    ),
    ("Shahpur Jat Design Store", "shahpurjatstore@gmail.com", "Shahpur Jat, New Delhi", "craft", "paper"),
]
# the goods' unit, the price a piece (low, high)
DEALER_GOODS = {
    "craft": ("pcs", 450, 4200),
    "umbrellas": ("pcs", 2200, 7800),
    "canopy": ("sets", 3000, 14000),
}
# the larger buyers take TDS u/s 194Q off; the two corporations deduct TDS under GST
TDS_194Q = {"Swargadwar Sea Resorts Pvt Ltd", "Craftkart Online Pvt Ltd"}
CORPS = {
    "Odisha State Co-operative Handicrafts Corporation Ltd": "state",
    "Handicrafts and Handlooms Exports Corporation of India Ltd": "central",
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Utkalika (the Odisha State Co-operative Handicrafts Corporation), HHEC (the Handicrafts and Handlooms
    Exports Corporation of India), decor houses and stores in Bhubaneswar, Kolkata and Delhi and a Bengaluru
    e-shop paying for applique goods by the piece, a Puri sea resort paying for garden umbrellas and a
    Chennai wedding decorator for chandua canopy sets: an e-mail (Dear Sir/Madam, / Namaskar, / Dear Sagarika
    team, the day written the 14th of October, 2026 or Wed, 14th Oct 2026 on some, and on some successes a
    sentence "Payment of <sum> has been made to <payee> through <way> on <day> towards the bills listed
    below."), a printed PAYMENT ADVICE - APPLIQUE GOODS SUPPLIED / Vendor payment advice / INTIMATION OF
    PAYMENT TO SUPPLIER (HANDICRAFTS) and a vendor portal page (the payer on top with its desk line; Vendor
    code, PO No. and GRN No. (the corporations' Purchase order No. and Goods receipt No.) first, then Vendor
    name / Supplier / Remitted to / Name of payee / Payee (credited) the company, at the head of the body or
    of the payment block; the status under the heading or at the end of the payment block; Bills paid /
    Invoices adjusted / Details of bills, the bills with their pieces or sets and sums (of <day> on some),
    Bills total (incl. GST) / Total invoice amount, Less: TDS u/s 194Q @ 0.1% on the two larger buyers',
    Utkalika's Less: TDS under GST - CGST @ 1% and Less: TDS under GST - SGST @ 1%, HHEC's Less: TDS under
    GST - IGST @ 2%, Less: Colour bleeding - n pcs returned / Less: Short count at receipt - n pcs / Less:
    Late delivery charge @ 1% / Less: Prompt payment discount @ 1.5% on some, above or below the payment
    block: Amount remitted / Net amount / Net paid (Amount kept on hold / Held amount on the hold, Amount
    bounced back / Returned amount on the return), Payment mode / Through NEFT / RTGS / IMPS, Vendor's bank
    account, NEFT UTR / UTR No. / RTGS UTR No. / UTR / IMPS RRN / IMPS UTR, Payment advice No. / Voucher No.
    / Remittance No., Remitted on / Date of remittance / Payment dt. / Hold date / Kept on hold on / Bounced
    on / Date of return; Payment made - funds sent to your bank / Status: Remitted / Payment kept on hold -
    colour fastness test awaited / On hold - umbrellas under count at our stores / Payment bounced -
    beneficiary account is dormant)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7)
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
        qty = rng.randrange(4, 30) if kind != "craft" else rng.randrange(10, 90)
        each = float(rng.randrange(lo, hi, 50))
        value = round(qty * each, 2)
        lots.append((qty, each))
        base += value
        gross += round(value * (1 + craft_gst(each) / 100), 2)
        bill = f"SCS/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" of {when(earlier(rng, j, 9, 70), bill_pat)}"
        bills.append((f"{bill}  {qty:,} {unit}", rs(round(value * (1 + craft_gst(each) / 100), 2))))
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
    if pick < 0.25 and kind == "craft":
        bad = rng.randrange(1, 4)
        cut = round(bad * each * (1 + craft_gst(each) / 100), 2)
        cuts.append((f"Less: Colour bleeding - {bad} {'pc' if bad == 1 else 'pcs'} returned", rs(cut)))
    elif pick < 0.4:
        bad = rng.randrange(1, 3)
        cut = round(bad * each * (1 + craft_gst(each) / 100), 2)
        cuts.append((f"Less: Short count at receipt - {bad} {unit if bad > 1 else unit[:-1]}", rs(cut)))
    elif pick < 0.55:
        cut = round(base * 0.01, 2)
        cuts.append(("Less: Late delivery charge @ 1%", rs(cut)))
    elif pick < 0.7 and not corp:
        cut = round((gross - tds) * 0.015, 2)
        cuts.append(("Less: Prompt payment discount @ 1.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)
    way = neft_way(rng, j.amount)
    ref = bank_ref(rng, j, rng.choice(BANKS[:9]), way) if status == "success" and not j.no_ref else ""
    payee = ours(rng)
    words = {
        "success": ["Payment made - funds sent to your bank", "Status: Remitted"],
        "pending": ["Payment kept on hold - colour fastness test awaited"],
        "failed": ["Payment bounced - beneficiary account is dormant"],
    }
    if kind == "umbrellas":
        words["pending"] = ["On hold - umbrellas under count at our stores"]
    day_labels = {
        "success": ["Remitted on", "Date of remittance", "Payment dt."],
        "pending": ["Hold date", "Kept on hold on"],
        "failed": ["Bounced on", "Date of return"],
    }[status]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment made - Sagarika Chandua",
                "Vendor payment advice - your bills",
                f"Remittance to {SHORT}",
            ]
            if status == "success"
            else ["Vendor payment advice - your bills", "Your bills - status of payment"],
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
    elif corp == "central":
        line = f"{desk}  |  Accounts (Procurement)"
    else:
        line = f"{rng.choice(['Accounts', 'Vendor Payments', 'Finance'])}, {desk}"
    p.add("small", line)
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - APPLIQUE GOODS SUPPLIED",
                "Vendor payment advice",
                "INTIMATION OF PAYMENT TO SUPPLIER (HANDICRAFTS)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", rng.choice(["Dear Sir/Madam,", "Namaskar,", "Dear Sagarika team,"]))
        if status == "success" and rng.random() < 0.5:
            on = "" if j.no_day else f" on {when_in(j, PATS_IN, rng)}"
            shown = rs(j.amount).strip() if rs.mark else f"Rs. {rs(j.amount).strip()}"
            p.add(
                "left",
                f"Payment of {shown} has been made to {payee} through {way}{on} towards the bills "
                "listed below.",
                amount=j.amount,
                merchant=payee,
                method="netbanking",
                **({} if j.no_day else {"date": j.date}),
            )
        else:
            p.add(
                "left",
                "The details of our payment against your bills are given below."
                if status == "success"
                else "This is about the payment against your bills listed below.",
            )
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    if corp:
        tag = "OSCHC" if corp == "state" else "HHEC"
        p.pair("Purchase order No.", f"{tag}/PO/{rng.randrange(100, 999)}/{digits(rng, 4)}")
        p.pair("Goods receipt No.", f"GR/{rng.choice(['BBS', 'DEL', 'PUR'])}/{digits(rng, 5)}")
    else:
        p.pair("Vendor code", f"{rng.choice(['V', 'VEN', 'SCS'])}{digits(rng, 5)}")
        p.pair("PO No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.5:
            p.pair("GRN No.", f"GRN{digits(rng, 7)}")
    labels = ["Vendor name", "Supplier", "Remitted to", "Name of payee"] + (
        ["Payee (credited)"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Bills paid", "Invoices adjusted", "Details of bills"]
                if status == "success"
                else ["Invoices adjusted", "Details of bills"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Bills total (incl. GST)", "Total invoice amount"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Remittance details", "Payment"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Amount remitted", "Net amount", "Net paid"],
            "pending": ["Amount kept on hold", "Held amount"],
            "failed": ["Amount bounced back", "Returned amount"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Payment mode", "Through"]), way, method="netbanking")
        wrap_pair(p, "Vendor's bank account", account(rng, [BANKS[0], BANKS[1], BANKS[6]]))
        if not j.no_ref:
            if ref:
                lab = {
                    "IMPS": ["IMPS RRN", "IMPS UTR"],
                    "RTGS": ["RTGS UTR No.", "UTR"],
                    "NEFT": ["NEFT UTR", "UTR No."],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PAV', 'VCH', '42'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment advice No.", "Voucher No.", "Remittance No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        if frame == "mail" and not j.no_day and rng.random() < 0.5:
            wrap_pair(p, rng.choice(day_labels), ordinal_day(rng, j.date), date=j.date)
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
        p.add("left", f"With regards,  Accounts Section, {buyer}")
    if corp:
        p.add(
            "small",
            "TDS under GST is deposited by the 10th of the next month; see Form GSTR-7A on the GST portal.",
        )
    else:
        p.add("small", "For any difference in this advice, write to us within 7 days quoting its number.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Brighton Lanes Interiors Ltd",
        "Kensington Gardens, Brighton, United Kingdom",
        "GBP",
        "Barclays Bank UK PLC",
        1200,
        22000,
    ),
    ("Atelier Rheinsprung GmbH", "Rheinsprung, Basel, Switzerland", "CHF", "UBS Switzerland AG", 1500, 26000),
    ("Aarhus Tekstil ApS", "Mejlgade, Aarhus, Denmark", "DKK", "Danske Bank A/S", 9000, 180000),
    ("Tiong Bahru Home Pte Ltd", "Yong Siak Street, Singapore", "SGD", "DBS Bank Ltd", 1500, 30000),
    (
        "Al Seef Decor Trading LLC",
        "Al Fahidi, Bur Dubai, Dubai, UAE",
        "AED",
        "Emirates NBD Bank PJSC",
        4000,
        95000,
    ),
    (
        "Maison Croix-Rousse SARL",
        "Rue d'Austerlitz, Lyon, France",
        "EUR",
        "LCL - Le Crédit Lyonnais",
        1500,
        28000,
    ),
    (
        "Hawthorne Folk Arts LLC",
        "Hawthorne Boulevard, Portland, OR, USA",
        "USD",
        "U.S. Bank National Association",
        1200,
        24000,
    ),
    (
        "Sheung Wan Craft House Ltd",
        "Hollywood Road, Sheung Wan, Hong Kong",
        "HKD",
        "The Hongkong and Shanghai Banking Corporation Ltd",
        9000,
        190000,
    ),
]
WIRE_BANKS = [
    ("State Bank of India", "paper"),
    ("ICICI Bank", "browser"),
    ("Bank of India", "mail"),
    ("Axis Bank", "browser"),
    ("UCO Bank", "paper"),
    ("HDFC Bank", "mail"),
    ("IndusInd Bank", "browser"),
    ("Union Bank of India", "paper"),
]
WIRE_RATES = {
    "GBP": (112.0, 118.5),
    "CHF": (100.5, 108.0),
    "DKK": (12.9, 13.6),
    "SGD": (65.0, 69.5),
    "AED": (23.5, 24.7),
    "EUR": (96.5, 101.0),
    "USD": (86.4, 90.9),
    "HKD": (11.0, 11.65),
}
CUR_NAMES = {
    "GBP": "Pound sterling",
    "CHF": "Swiss franc",
    "DKK": "Danish krone",
    "SGD": "Singapore dollar",
    "AED": "UAE dirham",
    "EUR": "Euro",
    "USD": "US dollar",
    "HKD": "Hong Kong dollar",
}
CORRESPONDENT = {
    "USD": "JPMorgan Chase Bank, N.A., New York",
    "EUR": "Deutsche Bank AG, Frankfurt am Main",
    "GBP": "Standard Chartered Bank, London",
    "AED": "Mashreqbank PSC, Dubai",
    "HKD": "Standard Chartered Bank (Hong Kong) Ltd",
}
SHIPPED = [
    "Pipli applique wall hangings (HSN 6304) - 4 cartons by air courier",
    "Applique cushion covers and table runners, 180 pcs (HSN 6304)",
    "Garden umbrellas (chhati) with applique, 12 pcs - sea freight",
    "Chandua canopies and torans for a festival display (HSN 6304)",
]
RAW_32A = (1, 3)


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds (the pound's code after on
    some); Swiss francs with apostrophes between the thousands on some (CHF 12'450.50, 12'450.50 CHF) and the
    English way on the rest; Danish kroner with points between the thousands and a decimal comma (kr.
    18.450,00, DKK 18.450,00, 18.450,00 DKK); Singapore dollars (SGD / S$); dirhams (AED / Dhs before, AED
    after on some); euros the French way on some (12 450,00 EUR, 12 450,00 with the sign after) and the
    English way on the rest; Hong Kong dollars (HKD / HK$)."""
    if cur == "USD":
        return fx(rng, font, cur)
    if cur == "GBP":
        if rng.random() < 0.3:

            def pounds(value: float) -> str:
                return f"{value:,.2f} GBP"

            return pounds
        return fx(rng, font, cur)
    if cur == "EUR":
        if rng.random() < 0.55:
            mark = rng.choice([" EUR", " " + sign(font, "\u20ac", "EUR")])

            def euro(value: float) -> str:
                return f"{value:,.2f}".replace(",", " ").replace(".", ",") + mark

            return euro
        return fx(rng, font, cur)
    if cur == "CHF":
        swiss = rng.random() < 0.65
        after = rng.random() < 0.35

        def franc(value: float) -> str:
            body = f"{value:,.2f}".replace(",", "'") if swiss else f"{value:,.2f}"
            return f"{body} CHF" if after else f"CHF {body}"

        return franc
    if cur == "DKK":
        mark = rng.choice(["kr. ", "DKK ", " DKK"])

        def krone(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
            return f"{body}{mark}" if mark.startswith(" ") else f"{mark}{body}"

        return krone
    if cur == "AED" and rng.random() < 0.35:

        def after(value: float) -> str:
            return f"{value:,.2f} AED"

        return after
    mark = rng.choice(
        {
            "SGD": ["SGD ", "S$"],
            "AED": ["AED ", "Dhs "],
            "HKD": ["HKD ", "HK$"],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def swift_32a(day: dt.date, cur: str, value: float) -> str:
    """The raw SWIFT field 32A: the value day as YYMMDD, the currency, the sum with a decimal comma and no
    grouping (261014CHF12450,50)."""
    return f"{day:%y%m%d}{cur}{value:.2f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Brighton, a Basel, an Aarhus, a Singapore, a Dubai, a Lyon, a Portland and a Hong Kong shop paying
    for the applique: the banks' inward remittance advices (browser, e-mail, printed ADVICE OF INWARD
    REMITTANCE - EXPORT PROCEEDS / Foreign inward remittance - credit intimation / SWIFT MT103 received -
    beneficiary advice: the bank on top with its trade desk; the status under the heading on some, at the foot
    on the rest; Credited on / Date of realisation / Proceeds credited on / Under review since / Funds
    received on (not credited) / Date returned / Remitted back on first or after the references; the
    remitter's block (Remitter's name / Ordering party - 50F / Overseas buyer, Ordering institution - 52A /
    Remitter's bank, Intermediary institution - 56A on some) above or below the beneficiary's (Beneficiary -
    59 / Exporter (beneficiary) / Credit to (beneficiary) / Name of beneficiary the company, Account No.,
    IEC); FCY amount / Amount remitted / Inward FCY amount / Original amount in pounds, Swiss francs
    (apostrophes between the thousands on some), Danish kroner (points between the thousands and a decimal
    comma), Singapore dollars, dirhams (AED / Dhs), euros (the French way on some), US or Hong Kong dollars, a
    Remittance currency row naming the currency above it on some, or the raw :32A: Value date / Currency /
    Interbank settled amount row on two credited ones; Charges (71A), Exchange rate (Indicative rate (not
    applied) on the one held), INR equivalent, Less: Commission and GST and Amount credited (net INR) on the
    credited ones, Purpose code, Goods, Export invoice No., AWB No. and AWB dt. or S/B No. and S/B dt.,
    Message type, Transaction reference (:20:), Remittance ref. No. / Inward txn No. / Our ref., UETR;
    Proceeds credited to the exporter's account - IRM reported to EDPMS / Status: Credited / Under review -
    remitter's KYC awaited, funds not credited / Sent back to the remitting bank - beneficiary account
    closed)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <trade.inward@{slug(bank)}>",
            [
                "Foreign inward remittance - credit intimation",
                "Export proceeds received in your account",
                "SWIFT MT103 received - beneficiary advice",
            ]
            if status == "success"
            else ["SWIFT MT103 received - beneficiary advice", "Inward remittance - please respond"],
        )
    elif frame == "browser":
        tail = "view" if j.no_ref else code(rng, 12, ALNUM)
        p = browser_page(rng, font, f"trade.{slug(bank)}/irm/advice/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Trade Finance Centre, Bhubaneswar",
                "Forex Branch, Janpath, Bhubaneswar",
                "Centralised Trade Operations, Kolkata",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF INWARD REMITTANCE - EXPORT PROCEEDS",
                "Foreign inward remittance - credit intimation",
                "SWIFT MT103 received - beneficiary advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Proceeds credited to the exporter's account - IRM reported to EDPMS",
            "Status: Credited",
        ],
        "pending": ["Under review - remitter's KYC awaited, funds not credited"],
        "failed": ["Sent back to the remitting bank - beneficiary account closed"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credited on", "Date of realisation", "Proceeds credited on"],
        "pending": ["Under review since", "Funds received on (not credited)"],
        "failed": ["Date returned", "Remitted back on"],
    }[status]
    raw = status == "success" and k in RAW_32A and not j.no_day
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Remitter's name", "Ordering party - 50F", "Overseas buyer"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, rng.choice(["Ordering institution - 52A", "Remitter's bank"]), pbank)
        if cur in CORRESPONDENT and rng.random() < 0.7:
            wrap_pair(p, "Intermediary institution - 56A", CORRESPONDENT[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Beneficiary - 59",
                    "Exporter (beneficiary)",
                    "Credit to (beneficiary)",
                    "Name of beneficiary",
                ]
            )
            if status == "success"
            else rng.choice(["Beneficiary - 59", "Exporter (beneficiary)", "Name of beneficiary"]),
            me,
            merchant=me,
        )
        p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['EEFC', 'CA'])})")
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
        shown = show(1000.0)
        named = rng.random() < 0.35 or cur == "DKK" or shown.startswith("Dhs")
        if named:
            p.pair("Remittance currency", f"{cur} ({CUR_NAMES[cur]})")
        p.pair(
            rng.choice(["FCY amount", "Amount remitted", "Inward FCY amount", "Original amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    p.pair("Charges (71A)", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        p.pair(
            "Exchange rate" if status == "success" else "Indicative rate (not applied)",
            f"1 {cur} = INR {rate}",
        )
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("INR equivalent", f"INR {num(inr)}")
        chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Commission and GST", f"INR {num(chg)}")
        p.pair("Amount credited (net INR)", num(round(inr - chg, 2)))
    advance = rng.random() < 0.3
    p.pair(
        "Purpose code",
        "P0103 - advance against exports" if advance else "P0102 - realisation of export bills",
    )
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"SCS/EXP/{rng.randrange(1, 150):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        if rng.random() < 0.5:
            p.pair("AWB No.", f"{rng.choice(['098', '176', '618'])}-{digits(rng, 8)}")
            p.pair("AWB dt.", when(earlier(rng, j, 12, 75), rng.choice(WIRE_PATS)))
        else:
            p.pair("S/B No.", f"{rng.randrange(1000000, 9999999)}")
            p.pair("S/B dt.", when(earlier(rng, j, 12, 75), rng.choice(WIRE_PATS)))
    p.pair("Message type", rng.choice(["MT103 (SWIFT)", "SWIFT gpi - MT103"]), method="netbanking")
    p.pair("Transaction reference (:20:)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'TF'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Remittance ref. No.", "Inward txn No.", "Our ref."]),
            ref,
            txn=(BANK_RANK, ref),
        )
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if not day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "The IRM is reported to the EDPMS; the e-BRC follows on the DGFT portal once it is matched."
        if status == "success"
        else "Please quote our reference in any reply to the trade desk.",
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


# ---------------------------------------------------------------- 4. shop, work house, dye unit, accounts


# the party, the way it paid, the unit (showroom, shed, dye, or the accounts desk's mail), the goods,
# whether it is billed across states
SALES = [
    ("Pipili Chandua Shilpi Samabaya Samiti Ltd, Pipili", "cheque", "dye", "cloth", False),
    ("Mrs. Sangeeta Mohapatra, Saheed Nagar, Bhubaneswar", "UPI", "showroom", "hanging", False),
    ("Gariahat Handicraft Emporium, Kolkata", "NEFT", "shed", "wholesale", True),
    ("Ms. Claire Dubois, Lyon, France", "card", "showroom", "hanging", False),
    ("Sri Sri Baliani Thakurani Puja Committee, Nimapara", "cheque", "showroom", "canopy", False),
    ("Kalinga Boutique, Janpath, Bhubaneswar", "cash", "shed", "jobwork", False),
    ("Sanganer Handmade Paper Works, Jaipur", "RTGS", "dye", "rags", True),
    ("Coromandel Stays Hospitality LLP, Bengaluru", "NEFT", "mail", "runners", True),
]
SALE_HEADS = {
    "hanging": ["RETAIL BILL - PIPLI APPLIQUE", "NAGADA BIKRI RASIDA - CHANDUA"],
    "canopy": ["ORDER BILL - TEMPLE CHANDUA (BY THE SQ FT)", "FARMAAS RASIDA - CHANDUA"],
    "wholesale": ["WHOLESALE INVOICE - APPLIQUE BY THE PIECE", "PAIKARI BIKRI BILL - APPLIQUE"],
    "jobwork": ["JOB WORK BILL - APPLIQUE ON PARTY'S CLOTH", "SILAI MAZURI BILL - PRATI MOTIF"],
    "cloth": ["DYED CLOTH BILL - BY THE METRE", "RANGA KAPADA BIKRI RASIDA"],
    "rags": ["CUTTING WASTE MEMO - BY WEIGHT", "CHINDI BIKRI RASIDA"],
}
SEALS = {
    "showroom": ("SAGARIKA CHANDUA BHANDAR", "BADA DANDA, PURI"),
    "shed": ("SAGARIKA CHANDUA KARKHANA", "PIPILI, PURI"),
    "dye": ("SAGARIKA RANGAKAPADA KENDRA", "SAKHIGOPAL"),
}
SHADES = [
    "Temple red",
    "Marigold yellow",
    "Peacock green",
    "Jet black",
    "Indigo blue",
    "Off-white",
]
ITEMS = {
    "hanging": "Pipli applique wall hanging and cushion covers, hand-stitched (HSN 6304)",
    "canopy": "Chandua (temple canopy) in applique, stitched to the committee's size (HSN 6304)",
    "wholesale": "Pipli applique made-ups, assorted - wholesale (HSN 6304)",
    "jobwork": "Job work - applique motifs stitched on the party's own cloth (SAC 9988)",
    "cloth": "Dyed cotton cloth (markin), 36 in, for applique (HSN 5208)",
    "rags": "Cotton cutting waste (chindi) and selvedge (HSN 5202)",
    "runners": "Applique table runners and cushion covers - hotel order (HSN 6304)",
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's RETAIL BILL - PIPLI APPLIQUE / NAGADA BIKRI RASIDA - CHANDUA to a Bhubaneswar lady and a
    French tourist and its ORDER BILL - TEMPLE CHANDUA (BY THE SQ FT) / FARMAAS RASIDA - CHANDUA to a Nimapara
    puja committee, the work house's WHOLESALE INVOICE - APPLIQUE BY THE PIECE / PAIKARI BIKRI BILL - APPLIQUE
    to a Kolkata emporium and JOB WORK BILL - APPLIQUE ON PARTY'S CLOTH / SILAI MAZURI BILL - PRATI MOTIF to a
    Bhubaneswar boutique, the dye unit's DYED CLOTH BILL - BY THE METRE / RANGA KAPADA BIKRI RASIDA to the
    artisans' co-operative and CUTTING WASTE MEMO - BY WEIGHT / CHINDI BIKRI RASIDA to a Sanganer handmade
    paper works (paper: the shop, the work house, the unit or the company on top with its "A unit of" line,
    address and GSTIN; Cash memo No. / Rasida No. / Order No. / Farmaas No. / Invoice No. / Paikari bill No. /
    Job work bill No. / Mazuri bill No. / Cloth bill No. / Rasida No. / Waste memo No. / Chindi rasida No. and
    Tarikha / Bill date / Dt. / Sale date in either order or on one row (the number at its left, the day at
    its right), above the party or under it: Customer / Grahaka (buyer) / Buyer / Puja committee / Ordered by
    / Party (cloth owner) / Job for / Samiti (society) / Buyer (mill); the goods by motif and pieces, the
    canopy's length x breadth in sq ft, the motifs stitched, the cloth's metres (the shade) or the waste's
    gross weight and tare x rate, Less: Festival discount @ 10% / Less: Rath Yatra offer @ 5% on some of the
    shop's, CGST and SGST or IGST at 2.5% / 5% or 9% / 18% by the price a piece, Round off, Total (incl. GST)
    / Bill amount / Amount payable, Cash paid / Nagad (cash) received / UPI payment received / Received on UPI
    / Paid by card (POS) / Card payment / Received through NEFT / NEFT credit received / Received through RTGS
    / RTGS credit / Cheque amount / Cheque deposited for, the sum in words above or under it, Mode / Paid by,
    UPI Ref No / UPI RRN / UTR / NEFT UTR / RTGS UTR / UTR No. / Approval code / Auth No., Cheque No., Bank
    and branch and Cheque date; the sums closed with /- on some (Rs. 12,450/-); RECEIVED WITH THANKS / PAID /
    PAID - JAI JAGANNATH, VISIT AGAIN / PAID - CARTONS HANDED TO THE CARRIER / PAID - MOTIFS COUNTED AND
    DELIVERED / PAID - CLOTH MEASURED AND DELIVERED / PAID - CHINDI WEIGHED AND LOADED / CHEQUE RECEIVED -
    CLOTH TO BE RELEASED ON CLEARANCE / CHEQUE BOUNCED - SIGNATURE DIFFERS, ORDER STOPPED, the rubber stamp,
    For <unit> - Cashier / For <unit> - Proprietor's signatory, Grahakara dastakhata (buyer's signature)) and
    the accounts desk's Receipt of advance - hotel order e-mail to a Bengaluru hotel group (Advance receipt
    No. / Ack. No., Advance credited on / Date of receipt, Client / Hotel group, the runners and cushion
    covers, IGST, Total order value (incl. GST), Advance received through NEFT / NEFT advance received or
    Advance received through RTGS with the Balance before dispatch, UTR / NEFT UTR / RTGS UTR; ADVANCE
    RECEIVED - STITCHING OF YOUR ORDER BEGINS THIS WEEK)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    party, way, unit, kind, inter = SALES[k]
    rs = slash_rs(rng, font, ("Rs.", "\u20b9", "Rs", ""))
    name = {"showroom": SHOWROOM, "shed": SHED, "dye": DYEHOUSE, "mail": COMPANY}[unit]
    advance = unit == "mail"
    if advance:
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@sagarikachandua.in>",
            [
                "Advance received - Sagarika Chandua, Pipili",
                "We have received your advance for the runners",
                "Receipt of advance - hotel order",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Pipli applique, chanduas and umbrellas  |  Accounts desk")
        p.add("center", "Receipt of advance - hotel order")
        p.add("rule")
        p.part = "body"
        p.add("left", rng.choice(["Dear Mr. Raghavan,", "Dear Coromandel Stays team,"]))
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
        "showroom": ["SCB", "PUR"],
        "shed": ["SCK", "PPL"],
        "dye": ["SRK", "SKG"],
        "mail": ["SCS", "ADV"],
    }
    rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
    num_labels = {
        "hanging": ["Cash memo No.", "Rasida No."],
        "canopy": ["Order No.", "Farmaas No."],
        "wholesale": ["Invoice No.", "Paikari bill No."],
        "jobwork": ["Job work bill No.", "Mazuri bill No."],
        "cloth": ["Cloth bill No.", "Rasida No."],
        "rags": ["Waste memo No.", "Chindi rasida No."],
        "runners": ["Advance receipt No.", "Ack. No."],
    }[kind]
    day_labels = (
        ["Advance credited on", "Date of receipt"]
        if advance
        else ["Tarikha", "Bill date", "Dt.", "Sale date"]
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
        "canopy": ["Puja committee", "Ordered by"],
        "jobwork": ["Party (cloth owner)", "Job for"],
        "cloth": ["Samiti (society)", "Buyer"],
        "rags": ["Buyer (mill)", "Party"],
        "runners": ["Client", "Hotel group"],
    }.get(kind, ["Customer", "Grahaka (buyer)", "Buyer"])
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
        for item in rng.sample(BULK_GOODS, rng.randrange(2, 4)):
            qty = rng.randrange(10, 80)
            rate = float(rng.randrange(350, 4200, 50))
            value = round(qty * rate, 2)
            g = craft_gst(rate)
            parts[g] = round(parts.get(g, 0.0) + value, 2)
            wrap_pair(p, f"  {item}: {qty} pcs x {rate:,.2f}", rs(value))
    elif kind == "jobwork":
        qty = rng.randrange(120, 900, 10)
        rate = float(rng.randrange(12, 45))
        p.pair("  Motif", rng.choice(MOTIFS))
        parts[5] = round(qty * rate, 2)
        p.pair(f"  {qty} motifs x {rate:,.2f}", rs(parts[5]))
    elif kind == "cloth":
        qty = round(rng.uniform(80, 600), 1)
        rate = float(rng.randrange(62, 140))
        p.pair("  Shade", rng.choice(SHADES))
        parts[5] = round(qty * rate, 2)
        p.pair(f"  {qty:g} m x {rate:,.2f}", rs(parts[5]))
    elif kind == "rags":
        bales = rng.randrange(12, 40)
        gross_wt = round(bales * rng.uniform(44, 52), 1)
        tare = round(bales * 1.2, 1)
        qty = round(gross_wt - tare, 1)
        rate = float(rng.randrange(18, 46))
        p.pair(f"  Gross / tare ({bales} gunny bales)", f"{gross_wt:g} kg / {tare:g} kg")
        parts[5] = round(qty * rate, 2)
        p.pair(f"  Net {qty:g} kg x {rate:,.2f}", rs(parts[5]))
    elif kind == "runners":
        runners = rng.randrange(120, 480, 10)
        run_rate = float(rng.randrange(420, 1100, 10))
        covers = rng.randrange(200, 600, 10)
        cover_rate = float(rng.randrange(260, 700, 10))
        p.pair(f"  Table runners: {runners} x {run_rate:,.2f}", rs(runners * run_rate))
        p.pair(f"  Cushion covers: {covers} x {cover_rate:,.2f}", rs(covers * cover_rate))
        parts[5] = round(runners * run_rate + covers * cover_rate, 2)
    elif kind == "canopy":
        length, breadth = rng.randrange(8, 21), rng.randrange(6, 16)
        area = length * breadth
        rate = float(rng.randrange(140, 320, 10))
        p.pair("  Centre panel", rng.choice(MOTIFS))
        value = round(area * rate, 2)
        p.pair(f"  {length} ft x {breadth} ft = {area} sq ft x {rate:,.2f}", rs(value))
        parts[craft_gst(value)] = value
    else:
        qty = rng.randrange(1, 4)
        rate = float(rng.randrange(900, 7800, 100))
        p.pair("  Motif", rng.choice(MOTIFS))
        value = round(qty * rate, 2)
        many = f"{qty} pc" if qty == 1 else f"{qty} pcs"
        p.pair(f"  {many} x {rate:,.2f}", rs(value))
        if k == 3 or rng.random() < 0.5:
            label, share = rng.choice(
                [("Less: Festival discount @ 10%", 0.1), ("Less: Rath Yatra offer @ 5%", 0.05)]
            )
            off = round(value * share, 2)
            p.pair(label, rs(off))
            value = round(value - off, 2)
            rate = round(rate * (1 - share), 2)
        parts[craft_gst(rate)] = value
    bill = gst_rates(p, rs, parts, inter)
    p.pair(
        rng.choice(
            ["Total order value (incl. GST)"]
            if advance
            else ["Total (incl. GST)", "Bill amount", "Amount payable"]
        ),
        rs(bill),
    )
    if advance:
        j.amount = float(round(bill * rng.choice([0.3, 0.5]), -3))
        if j.amount >= 200000:
            way = "RTGS"
    else:
        j.amount = bill
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque deposited for"])
    elif advance:
        lab = (
            rng.choice(["Advance received through NEFT", "NEFT advance received"])
            if way == "NEFT"
            else "Advance received through RTGS"
        )
    else:
        lab = {
            "cash": rng.choice(["Cash paid", "Nagad (cash) received"]),
            "UPI": rng.choice(["UPI payment received", "Received on UPI"]),
            "card": rng.choice(["Paid by card (POS)", "Card payment"]),
            "NEFT": rng.choice(["Received through NEFT", "NEFT credit received"]),
            "RTGS": rng.choice(["Received through RTGS", "RTGS credit"]),
        }[way]
    in_words = f"({words_in_rupees(j.amount)})"
    words_first = rng.random() < 0.35
    if words_first:
        p.add("small", in_words)
    p.pair(lab, rs(j.amount), amount=j.amount)
    if not words_first:
        p.add("small", in_words)
    if advance:
        p.pair("Balance before dispatch", rs(round(bill - j.amount, 2)))
    meth = {
        "cash": "cash",
        "UPI": "UPI",
        "NEFT": "netbanking",
        "RTGS": "netbanking",
        "card": "card",
        "cheque": "cheque",
    }[way]
    p.pair(
        rng.choice(["Mode", "Paid by"]),
        {
            "cash": "Cash",
            "UPI": "UPI (QR at counter)",
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
            "Bank and branch",
            rng.choice(["UCO Bank, Pipili", "State Bank of India, Nimapara", "Odisha Grameen Bank, Delang"]),
        )
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref No", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
        lab = ["UTR", "NEFT UTR"] if way == "NEFT" else ["RTGS UTR", "UTR No."]
        p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth No."]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - STITCHING OF YOUR ORDER BEGINS THIS WEEK"]
    else:
        words.append(
            {
                "hanging": "PAID - JAI JAGANNATH, VISIT AGAIN",
                "wholesale": "PAID - CARTONS HANDED TO THE CARRIER",
                "jobwork": "PAID - MOTIFS COUNTED AND DELIVERED",
                "cloth": "PAID - CLOTH MEASURED AND DELIVERED",
                "rags": "PAID - CHINDI WEIGHED AND LOADED",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - CLOTH TO BE RELEASED ON CLEARANCE",
        "failed": "CHEQUE BOUNCED - SIGNATURE DIFFERS, ORDER STOPPED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "canopy": "Stitching begins once the cheque is cleared; a temple chandua takes about four weeks.",
            "wholesale": "Goods travel at the buyer's risk. Report short or damaged pieces within 7 days.",
            "jobwork": "Stitched on the party's own cloth; colour run of the party's cloth is the party's.",
            "cloth": "Shades vary a little from lot to lot. Measured before the buyer on the table.",
            "rags": "Weighed on the unit's stamped platform scale before the buyer; loaded at his cost.",
            "runners": "The balance falls due when the order is packed; dispatch by road transport.",
        }.get(
            kind,
            "Hand-stitched Pipli applique. Colours of hand-dyed cloth may run; dry clean only.",
        ),
    )
    if not advance:
        right(p, rng.choice([f"For {name} - Cashier", f"For {name} - Proprietor's signatory"]))
        p.add("left", "Grahakara dastakhata (buyer's signature)")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. cloth, velvet, mirrors, threads, cartons


SUPPLIERS = [
    (
        "Burhanpur Grey Cloth Traders",
        "Grey cotton cloth (markin) and casement, by the metre",
        "Lalbagh Road, Burhanpur - 450331, Madhya Pradesh",
        "23",
        "BGC",
    ),
    (
        "Surat Velvet & Satin House",
        "Velvet, satin and glazed cotton for applique",
        "Ring Road, Surat - 395002, Gujarat",
        "24",
        "SVS",
    ),
    (
        "Burrabazar Mirror & Zari Stores",
        "Mirror pieces (abhla), zari lace and sequins",
        "Kalakar Street, Burrabazar, Kolkata - 700007, West Bengal",
        "19",
        "BMZ",
    ),
    (
        "Cuttack Thread & Tailoring Stores",
        "Cotton threads, tailors' scissors and sewing machine parts",
        "Chandni Chowk, Cuttack - 753002, Odisha",
        "21",
        "CTS",
    ),
    (
        "Khurda Carton & Packaging",
        "Corrugated boxes, poly bags and swing tags",
        "Industrial Estate, Khurda - 752055, Odisha",
        "21",
        "KCP",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "BGC": [
        ("Grey cotton markin, 36 in, 60 x 60", "5208", "m", 38, 62, 5, 1500, 9000),
        ("Cotton casement, 44 in, bleached", "5208", "m", 58, 96, 5, 800, 5000),
    ],
    "SVS": [
        ("Velvet, 44 in, temple red and green", "5801", "m", 180, 340, 5, 100, 900),
        ("Satin, 44 in, assorted shades", "5407", "m", 70, 140, 5, 300, 2400),
    ],
    "BMZ": [
        ("Round mirror pieces (abhla), 10 mm, by the gross", "7009", "gross", 90, 180, 18, 40, 400),
        ("Zari lace, 1 in, gold, 9 m rolls", "5808", "rolls", 120, 260, 5, 50, 500),
    ],
    "CTS": [
        ("Cotton sewing thread, 40s, 1000 m cones", "5204", "cones", 65, 120, 5, 100, 900),
        ("Tailors' scissors, 10 in, steel", "8213", "pcs", 280, 640, 18, 10, 60),
    ],
    "KCP": [
        ("Corrugated box, 5 ply, 24 x 18 x 12 in", "4819", "pcs", 48, 96, 5, 200, 1800),
        ("Printed poly bag with zip, 18 x 24 in", "3923", "pcs", 6, 14, 18, 500, 6000),
    ],
}
SUPPLY_STAMPS = {
    "BGC": "BURHANPUR GREY CLOTH",
    "SVS": "SURAT VELVET HOUSE",
    "BMZ": "BURRABAZAR MIRROR & ZARI",
    "CTS": "CUTTACK THREAD STORES",
    "KCP": "KHURDA CARTONS",
}
SUPPLY_ORDER = [1, 0, 2, 3, 4, 1, 0, 2]
SUPPLY_WAYS = ["NEFT", "-", "RTGS", "UPI", "NEFT", "RTGS", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Burhanpur grey cloth trader, the Surat velvet house, the Kolkata mirror and zari stores, the
    Cuttack thread stores and the Khurda carton maker billing the company (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE - ORIGINAL FOR RECIPIENT / TAX INVOICE CUM RECEIPT / GST BILL OF
    SUPPLY AND PAYMENT RECEIPT, Invoice No. / Tax invoice No. / Bill Sl. No. and Invoice date / Date of
    invoice / Dt. in either order, or the number and the day on one Inv. No. / Date row (BGC/26-27/0412 /
    14-10-2026) on some, Buyer (bill to) / Billed to party / Name of recipient the company, Delivery address /
    Shipped to / Consignee the work house, the dye unit or the shop, Place of supply, E-way bill No., a Madhya
    Pradesh or Gujarat transporter and its LR No., the Kolkata parcel by courier with its Docket No., or a
    local van's Vehicle No., Buyer's order No., the cloth, velvet, satin, mirrors, lace, threads, scissors,
    boxes or bags with HSN, m, gross, rolls, cones or pcs x rate, Assessable value / Taxable value (Rs.),
    CGST and SGST within Odisha or IGST from Madhya Pradesh, Gujarat and West Bengal (with their rates on
    some, without on the rest), Round off, Total invoice value / Invoice total (rounded), Less: Advance
    received against order and Balance received by NEFT / RTGS on some, Less: TDS u/s 194Q by buyer and
    Net amount received (NEFT) / (RTGS) on some, else Amount received by NEFT / RTGS / Paid through NEFT /
    RTGS / UPI received / Paid on UPI, with NEFT UTR No. / RTGS UTR No. / UTR / UPI Ref No / UPI RRN, or
    Cheque received for / Received by cheque with Cheque No.; the sums closed with /- on some; FULL PAYMENT
    RECEIVED / PAID - ACCOUNT SETTLED / RECEIVED BY NEFT / RTGS / UPI / CHEQUE SENT FOR CLEARING - RECEIPT
    VALID ON REALISATION / CHEQUE DISHONOURED - PAYMENT STOPPED BY DRAWER, PAY BY NEFT, in the supplier's
    rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2)
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
        [
            "TAX INVOICE - ORIGINAL FOR RECIPIENT",
            "TAX INVOICE CUM RECEIPT",
            "GST BILL OF SUPPLY AND PAYMENT RECEIPT",
        ],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, ["%d-%m-%Y", "%d.%m.%Y", "%d %b %Y"], rng)
        wrap_pair(p, "Inv. No. / Date", f"{inv} / {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice No.", "Tax invoice No.", "Bill Sl. No."]),
                    inv,
                    txn=(INVOICE_RANK, inv),
                )

        day_labels = ["Invoice date", "Date of invoice", "Dt."]
        if rng.random() < 0.5:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
        else:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
    ours_to(p, ["Buyer (bill to)", "Billed to party", "Name of recipient"])
    deliver = {
        "BGC": f"{DYEHOUSE}, Sakhigopal",
        "SVS": f"{SHED}, Pipili",
        "BMZ": f"{SHED}, Pipili",
        "CTS": f"{SHED}, Pipili",
        "KCP": f"{SHOWROOM}, Bada Danda, Puri",
    }[tag]
    wrap_pair(p, rng.choice(["Delivery address", "Shipped to", "Consignee"]), deliver)
    p.pair("Place of supply", "Odisha (21)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if state in ("23", "24"):
        wrap_pair(
            p,
            "Transporter",
            rng.choice(
                ["Shree Maruti Roadlines", "Gujarat Orissa Freight Carriers", "Narmada Transport Co."]
            ),
        )
        p.pair("LR No.", f"{rng.choice(['SMR', 'GOF', 'NTC'])}/{digits(rng, 6)}")
    elif state == "19":
        wrap_pair(p, "Courier", rng.choice(["DTDC Express Ltd", "Shree Maruti Courier Service"]))
        p.pair("Docket No.", f"{rng.choice(['D', 'Z', 'P'])}{digits(rng, 9)}")
    else:
        p.pair(
            "Vehicle No.",
            f"OD-{rng.choice(['02', '05', '13'])}-{rng.choice(UPPER)}{rng.choice(UPPER)}-{digits(rng, 4)}",
        )
    p.pair("Buyer's order No.", f"SCS/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    tax_total = 0.0
    items = SUPPLY_ITEMS[tag]
    inter = state != "21"
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
    p.pair(rng.choice(["Assessable value", "Taxable value (Rs.)"]), rs(taxable))
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
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance received against order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q by buyer", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "Received by cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif tds:
            lab = f"Net amount received ({way})"
        elif way == "UPI":
            lab = rng.choice(["UPI received", "Paid on UPI"])
        else:
            lab = rng.choice([f"Amount received by {way}", f"Paid through {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR", f"{way} UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["FULL PAYMENT RECEIVED", "PAID - ACCOUNT SETTLED", f"RECEIVED BY {way}"]),
        "pending": "CHEQUE SENT FOR CLEARING - RECEIPT VALID ON REALISATION",
        "failed": "CHEQUE DISHONOURED - PAYMENT STOPPED BY DRAWER, PAY BY NEFT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Goods once sold will not be taken back. Interest @ 18% p.a. after 45 days. "
        f"Subject to {town} jurisdiction only.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, SUPPLY_STAMPS[tag], "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Pipili Sewing Machine Repair Works", "Servicing of 14 sewing machines, new bobbin cases", 6000, 38000),
    ("Smt. Pramila Das", "Shop rent - Bada Danda, Puri", 35000, 110000),
    ("Kalinga Security & Facility Services", "Watch and ward - karkhana, dye unit and shop", 22000, 64000),
    ("Mohanty & Patnaik, Chartered Accountants", "Tax audit and GST annual return fee", 30000, 90000),
    ("Konark Lens Photo Studio", "Catalogue shoot - 90 chanduas at Raghurajpur", 20000, 95000),
    ("Chandrabhaga Stall Decorators", "Stall at the Konark Festival - 5 days", 40000, 160000),
    ("Utkal Roadlines", "Freight - cartons to Kolkata and Delhi", 12000, 58000),
    ("Sakhigopal Coal & Firewood Depot", "Coal for the dye vat boiler", 18000, 240000),
]
CORP_PORTALS = [
    ("ICICI Bank InstaBIZ", "ICICI Bank", "instabiz.icicibank.com/corporate/payments/view"),
    ("Kotak FYN", "Kotak Mahindra Bank", "fyn.kotak.com/payments/transaction/status"),
    ("BOI StarConnect Corporate", "Bank of India", "starconnectcbs.bankofindia.bank.in/corp/txn/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the sewing machine mechanic, the Bada Danda landlady, the security agency, the
    chartered accountants, the photo studio, the Konark Festival stall decorator, the carrier and the coal
    depot: corporate net banking's transfer pages (ICICI Bank InstaBIZ, Kotak FYN, BOI StarConnect Corporate:
    the portal on top and the bank's line, Payment advice / Transaction status; four layouts: a Remitter
    block (Debit from account, Corporate user ID), a Beneficiary block (Beneficiary name / Paid to / Credit
    to account of / Payee name, Payee short name on some, Beneficiary A/c and IFSC code) and a Payment block
    (the sum, the mode, the remarks, the references and the day), the status at the foot; the status and the
    sum large on top, the beneficiary rows, the references, the day, the remitter rows and the remarks,
    Balance after transfer on some; a Transaction summary with the day first, the status, the references,
    the payee, the sum, the mode and the remitter rows; a two-column table headed Field / Details with the
    payee, the sum, the mode, the references, the day and the status in that order: Value date / Debited on
    / Date of payment / Created on / Awaiting approval since / Failed on / Reversed on; Success - amount
    credited to beneficiary / Status: Completed (UTR generated) / Awaiting authorisation - second approver
    yet to release / Failed - beneficiary account frozen, amount reversed to your account; UTR / NEFT UTR No.
    / RTGS UTR No. / IMPS RRN and Bank reference No. / Host ref. ID, Amount / Debit amount / Transfer amount
    (Rs.), Payment mode NEFT / RTGS / IMPS, Remarks, Initiator / Approver)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(3,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?ref={digits(rng, 12)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small",
        f"{bank}  |  {rng.choice(['Funds transfer', 'Vendor payment', 'Transaction enquiry'])}",
    )
    p.add("center", rng.choice(["Payment advice", "Transaction status"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Success - amount credited to beneficiary", "Status: Completed (UTR generated)"],
        "pending": ["Awaiting authorisation - second approver yet to release"],
        "failed": ["Failed - beneficiary account frozen, amount reversed to your account"],
    }
    day_labels = {
        "success": ["Value date", "Debited on", "Date of payment"],
        "pending": ["Created on", "Awaiting approval since"],
        "failed": ["Failed on", "Reversed on"],
    }[status]
    hour = rng.random() < 0.5
    who = who.upper() if rng.random() < 0.4 else who
    payee_labels = ["Beneficiary name", "Paid to", "Credit to account of", "Payee name"]
    if status != "success":
        payee_labels = ["Beneficiary name", "Credit to account of", "Payee name"]
    amount_labels = ["Amount", "Debit amount", "Transfer amount (Rs.)"]
    if status != "success":
        amount_labels = ["Amount", "Transfer amount (Rs.)"]
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", f"{way} UTR No."]) if way != "IMPS" else "IMPS RRN",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{rng.choice(['HB', 'FT', 'BR'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Bank reference No.", "Host ref. ID"]), tr, txn=(BANK_RANK, tr))

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        if rng.random() < 0.5:
            p.pair("Payee short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "PURI")
        ben = rng.choice(BANKS[:10])
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC code", f"{IFSC[ben]}0{digits(rng, 6)}")

    def debit_rows() -> None:
        wrap_pair(p, "Debit from account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Corporate user ID", f"SCSPL.{rng.choice(['ACCT', 'FIN'])}{digits(rng, 2)}")

    def tail_rows() -> None:
        p.pair("Payment mode", way, method="netbanking")
        wrap_pair(p, "Remarks", note)
        p.pair("Initiator / Approver", f"SCS.ACCTS / {'-' if status == 'pending' else 'SCS.DIRECTOR'}")

    layout = rng.randrange(4)
    if layout == 0:
        p.add("left", "Remitter")
        debit_rows()
        p.add("left", "Beneficiary")
        payee_rows()
        p.add("rule")
        p.add("left", "Payment")
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
            p.pair("Balance after transfer", rs(rupees(rng, 150000, 4800000)))
    elif layout == 2:
        p.add("left", "Transaction summary")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
        refs()
        payee_rows()
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        tail_rows()
        debit_rows()
    else:
        p.add("pair", "Field", "Details")
        p.add("rule")
        payee_rows()
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        tail_rows()
        refs()
        date_row(p, j, day_labels, hour=hour)
        debit_rows()
        p.add("rule")
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "Amounts of failed transfers are reversed to the debit account by the next working day.")
    return p.done()


# ---------------------------------------------------------------- 7. artisans, cutters, dyers, helpers


# payee, role, village, kind
WORKERS = [
    ("Gopinath Maharana", "Applique artisan - elephant and parrot motifs, home", "Pipili", "artisan"),
    ("Sabitri Behera", "Motif cutter - by the hundred motifs", "Sakhigopal", "cut"),
    ("Prasanta Kumar Mohapatra", "Applique artisan - temple chandua, karkhana", "Pipili", "artisan"),
    ("Rabindra Sahoo", "Dyer's helper - boiling and dyeing", "Chandanpur", "dye"),
    ("Kuni Nayak", "Umbrella tailor - garden chhati, by the piece", "Nimapara", "tailor"),
    ("Bapi Swain", "Ironing and packing helper", "Pipili", "pack"),
    ("Jayanti Maharana", "Applique artisan - wall hangings, home", "Delang", "artisan"),
    ("Santosh Parida", "Border (pahada) stitching helper", "Pipili", "border"),
]
WORK_FRAMES = ["paper", "payout", "paper", "payout", "paper", "phonepe", "paper", "bhim"]
# slip headings, payee labels, the line, rate (low, high), count (low, high), net labels, additions, the cut
APPLIQUE = (
    ["KARIGAR MAZURI RASIDA - PRATI CHANDUA", "ARTISAN'S WAGE SLIP - BY THE PIECE (KARKHANA)"],
    ["Karigara naa (artisan)", "Wages to (artisan)", "Name of karigar"],
    "Pieces stitched: {q} x {rate}",
    (350, 1800),
    (3, 14),
    ["Net mazuri paid", "Net amount paid"],
    ["Add: Velvet motif extra", "Add: Mirror work extra"],
    "Less: Motif stitched crooked - {n} @ {per}",
)
UMBRELLA = (
    ["CHHATI SILAI MAZURI - PRATI CHHATI", "UMBRELLA STITCHING WAGES - BY THE PIECE"],
    ["Darji naa (tailor)", "Wages to (tailor)", "Name of karigar"],
    "Umbrellas stitched: {q} x {rate}",
    (180, 420),
    (6, 40),
    ["Net mazuri paid", "Net amount paid"],
    ["Add: Double frill extra"],
    "Less: Panel re-stitched - {n} @ {per}",
)


def payout_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Cashfree Payouts' transfer page (Cashfree Payouts on top and the company's line under it; the
    beneficiary above the sum and the status or under them)."""
    j.amount = rupees(rng, 2200, 24000, 0.6)
    tid = f"{rng.randrange(10, 99)}{digits(rng, 7)}"
    p = browser_page(rng, font, "payouts.cashfree.com/transfers" + ("" if j.no_ref else f"/{tid}"))
    p.part = "head"
    top(p, "Cashfree Payouts")
    p.add("small", f"Transfers  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transfer successful - credited to the beneficiary", "SUCCESS"],
        "pending": ["Pending - awaiting response from the beneficiary bank, do not retry"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Beneficiary", "Transfer to"]), who, merchant=who)
        p.pair("Beneficiary ID", f"{who.split()[0].upper()}_{digits(rng, 4)}")

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
        p.pair("Bank account", f"{rng.choice([BANKS[0], BANKS[1], BANKS[6]])} XXXX{digits(rng, 4)}")
    else:
        p.pair("VPA", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@okaxis")
    p.pair(rng.choice(["Transfer mode", "Mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Remarks",
        rng.choice(["Motif cutting - 1,400 motifs", "Katai mazuri - fortnight"])
        if kind == "cut"
        else rng.choice(["Dyeing helper - 12 days", "Boiling and dyeing wages"]),
    )
    if not j.no_ref:
        p.pair("Transfer ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            p.pair("Bank reference No. (UTR)", j.ref, txn=(UTR_RANK, j.ref))
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
            "success": "The bank reference above is the UTR of this transfer.",
            "pending": "The status updates when the bank responds. Do not request this transfer again.",
        }[status],
    )
    return p.done()


def helper_screen(rng: random.Random, font: str, k: int, j: Job, status: str, who: str, frame: str, rs):
    """A BHIM or a PhonePe screen paying a helper (To <name> on one line over the sum, or Paid to over the
    name under the status)."""
    j.amount = rupees(rng, 900, 9000, 0.9)
    p = phone_page(rng, font, k, ["", "Transaction details"])
    p.part = "head"
    p.add("title", "BHIM" if frame == "bhim" else "PhonePe")
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Payment successful", "Transaction successful"],
        "failed": ["Transaction failed - the bank server is down, try later"],
    }
    if frame == "bhim":
        if fits(p, "center", f"To {who}  "):
            p.add("center", f"To {who}", merchant=who)
        else:
            p.add("small", "To")
            p.add("center", who, merchant=who)
        p.add("small", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@upi", method="UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        if not j.no_day:
            p.add("small", hour_day(rng, j.date), date=j.date)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        p.add("small", "Paid to")
        p.add("center", who, merchant=who)
        p.add("small", f"{rng.choice('6789')}{digits(rng, 9)}@ybl", method="UPI")
        date_row(p, j, ["Transaction date", "Paid on"], hour=True)
    p.add("rule")
    p.pair(
        rng.choice(["Message", "Note"]),
        rng.choice(["Pahada stitching - 60 m", "Border helper wages"])
        if frame == "bhim"
        else rng.choice(["Ironing and packing - 6 days", "Packing helper"]),
    )
    p.pair(
        rng.choice(["Debited from", "From"]),
        f"{rng.choice(['UCO Bank', 'State Bank of India', 'Odisha Grameen Bank'])} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        if frame == "bhim":
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            own = f"BHM{digits(rng, 17)}"
            wrap_pair(p, "BHIM txn ID", own, txn=(TXN_RANK, own))
        else:
            own = f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
            p.pair(rng.choice(["UTR", "Bank UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    if status == "failed":
        p.add("small", "If your account was debited, the money returns within 3 working days.")
    p.part = "foot"
    p.add("small", "Share receipt  |  Done")
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its applique artisans by the piece and its umbrella tailor by the umbrella on paper,
    its motif cutter and dyer's helper through Cashfree Payouts and its packing helper and border helper by
    PhonePe and BHIM: its printed KARIGAR MAZURI RASIDA - PRATI CHANDUA / ARTISAN'S WAGE SLIP - BY THE PIECE
    (KARKHANA) and CHHATI SILAI MAZURI - PRATI CHHATI / UMBRELLA STITCHING WAGES - BY THE PIECE (the company
    on top with the work house's line, Karigara naa (artisan) / Wages to (artisan) / Darji naa (tailor) /
    Wages to (tailor) / Name of karigar first or under the number and the day, Kama (work), Grama (village),
    Machine No. on the umbrella slip, Artisan card No. (no fact), Mazuri rasida No. / Wage slip No., Tarikha /
    Paid on date / Wage dt., the pieces or umbrellas x rate, Add: Velvet motif extra / Add: Mirror work extra
    / Add: Double frill extra, Mota mazuri (gross) / Gross wages, Less: Motif stitched crooked - n @ rate /
    Less: Panel re-stitched - n @ rate / Less: Advance recovered, Net mazuri paid / Net amount paid, Paid by /
    Mode Cash / UPI / IMPS, UPI Ref. No. / IMPS RRN; PAID / PAID IN CASH / PAID - PIECES RECEIVED IN STORE /
    PAID - UMBRELLAS COUNTED IN STORE / PAID - ENTERED IN MAZURI KHATA, the artisan's signature or thumb),
    Cashfree Payouts' transfer pages for the cutter and the dyer's helper (Cashfree Payouts on top and
    Transfers | the company under it, Beneficiary / Transfer to above the sum and the status or under them,
    Beneficiary ID, Bank account / VPA, Transfer mode / Mode, Remarks, Transfer ID, Bank reference No. (UTR),
    Processed on / Transfer date / Requested on / Pending since; Transfer successful - credited to the
    beneficiary / SUCCESS / Pending - awaiting response from the beneficiary bank, do not retry), a BHIM
    screen (To <name> over the sum, the day and the hour with no label under the status) and a PhonePe screen
    (the sum, the status, Paid to over the name, Transaction date / Paid on) paying the helpers (Payment
    successful / Transaction successful / Transaction failed - the bank server is down, try later; UPI Ref.
    No. / UTR / Bank UTR and BHIM txn ID / Transaction ID)."""
    k = place("worker_pay")
    status = outcome(k, failed=(7,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=1800, high=26000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        return payout_page(rng, font, j, status, who, kind, rs)
    if frame in ("phonepe", "bhim"):
        return helper_screen(rng, font, k, j, status, who, frame, rs)
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets, adds, spoilt = (
        UMBRELLA if kind == "tailor" else APPLIQUE
    )
    where = UNITS["shed"]
    section = "home artisans" if "home" in role else "umbrella section" if kind == "tailor" else "work house"
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
            vno = f"MZ/{fy(j.date)}/{rng.randrange(10, 999):03d}"
            p.pair(rng.choice(["Mazuri rasida No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
        day_pair(p, j, ["Tarikha", "Paid on date", "Wage dt."], PATS_IN)

    payee_first = rng.random() < 0.6
    if not payee_first:
        number_day()
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Kama (work)", role.split(" - ")[1])
    p.pair("Grama (village)", village)
    if kind == "tailor":
        p.pair("Machine No.", f"SM-{rng.randrange(1, 20):02d}")
    p.pair("Artisan card No.", f"OR{rng.randrange(10, 99)}{digits(rng, 6)}")
    if payee_first:
        number_day()
    rate = float(round(rng.randrange(rlo, rhi + 1), -1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([100, 200, 350, 500]))
        p.pair(rng.choice(adds), rs(extra))
        gross += extra
    p.pair(rng.choice(["Mota mazuri (gross)", "Gross wages"]), rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        bad = rng.randrange(1, 3)
        per = round(rate * 0.25, 2)
        cut = round(bad * per, 2)
        p.pair(spoilt.format(n=bad, per=f"{per:,.2f}"), rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Advance recovered", rs(adv))
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
        "PAID - ENTERED IN MAZURI KHATA",
        "PAID - UMBRELLAS COUNTED IN STORE" if kind == "tailor" else "PAID - PIECES RECEIVED IN STORE",
    ]
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"{words_in_rupees(j.amount)}")
    right(
        p,
        rng.choice(["Karigarara dastakhata / tipa (signature / thumb)", "Signature or thumb of the karigar"]),
    )
    return p.done()


# ---------------------------------------------------------------- 8. the NAC, the Board, EPFO, the GI


FEE_FRAMES = ["municipal", "ospcb", "epfo", "gi", "labour", "vahan", "esic", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Pipli applique house, its work house, its dye unit and its shop: Pipili Notified Area
    Council's trade licence page (the Council on top and the Housing & Urban Development line, Licence No.,
    Name of trade, Ward, Trade licence fee 2026-27, Solid waste user charge (annual) and Penalty (late
    renewal) on some, Total paid / Amount received, PG ref. No., Bank txn No., Money receipt No.), the State
    Pollution Control Board, Odisha's consent renewal for the dye unit on OCMMS (Name of industry, Category,
    Unit ID, Consent fee - Water Act, Consent fee - Air Act, Amount payable / Total fee due, Transaction ID;
    Payment unsuccessful - consent fee not received, try again, Transaction tried on / Unsuccessful on),
    EPFO's ECR challan (Establishment code, Establishment name, Wage month, A/c 1, A/c 2, A/c 10 and A/c 21,
    Grand total paid / Total challan amount, TRRN, CRN), the Geographical Indications Registry's authorised
    user application for the Pipli applique (Applicant, GI application No., Goods, Fee - Form GI-3A
    (authorised user), Fee - certified copy of the entry, Total fee paid / Amount remitted, e-Payment ref.
    No., Receipt No.), the Labour & ESI Department, Odisha's renewal for the shop under the Odisha Shops and
    Commercial Establishments Act (Name of shop, Registration certificate No., Employees, Renewal fee, Late
    fee on some, Total fee paid / Fee remitted, Transaction ID, Receipt No.), the Commerce & Transport
    Department's tax on the delivery van on Vahan (Registration No., Owner name, Vehicle class, Road tax -
    goods vehicle (LMV), 2026-27, Service charge, Total tax paid / Amount paid, Transaction No., Bank ref.
    No., Receipt No.), ESIC's monthly contribution (Employer code, Employer name, Contribution period,
    Employees, Employer's share @ 3.25%, Employees' share @ 0.75%, Challan amount / Amount payable to ESIC,
    Challan No.; Awaiting bank confirmation - challan not yet paid, Challan generated on / Sent to bank on)
    and Legal Metrology Odisha's verification of the dye unit's and the shop's scales (Name of the user,
    Verification fee - platform weighing machine (300 kg), Verification fee - counter scale (20 kg), Late fee
    on some, Total fee / Fee remitted, Transaction ID, Receipt No.); the status under the authority's line or
    at the foot: Payment successful - receipt issued / Paid - e-receipt sent by SMS / Amount credited to the
    treasury; Payment mode / Paid through (EPFO and ESIC by net banking only), Date of payment / Transaction
    date / Credited to treasury on / Paid on; the references before the heads on some."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame in ("epfo", "esic"):
        way = "Net banking"
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "%Y-%m-%d"]
    words = {
        "success": [
            "Payment successful - receipt issued",
            "Paid - e-receipt sent by SMS",
            "Amount credited to the treasury",
        ]
    }
    day_labels = ["Date of payment", "Transaction date", "Credited to treasury on", "Paid on"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "municipal":
        url = "pipilinac.odisha.gov.in/tradelicence/receipt" + ("" if j.no_ref else f"/{digits(rng, 9)}")
        name = rng.choice(["Pipili Notified Area Council", "PIPILI NOTIFIED AREA COUNCIL", "Pipili NAC"])
        line = "Housing & Urban Development Department, Odisha  |  Trade licence and user charges"
    elif frame == "ospcb":
        url = "ocmms.ospcb.odisha.gov.in/consent/payment" + ("" if j.no_ref else f"/{digits(rng, 8)}")
        name = rng.choice(["State Pollution Control Board, Odisha", "STATE POLLUTION CONTROL BOARD, ODISHA"])
        line = "OCMMS - Online consent management  |  Consent to operate - renewal"
    elif frame == "epfo":
        url = "unifiedportal-emp.epfindia.gov.in/epfo/challan/receipt"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        line = "Ministry of Labour & Employment  |  ECR - challan payment"
    elif frame == "gi":
        url = "ipindiaonline.gov.in/gi/epayment/receipt" + ("" if j.no_ref else f"/{digits(rng, 7)}")
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY"])
        line = "Office of the CGPDTM, Chennai  |  Authorised user - application"
    elif frame == "labour":
        url = "labour.odisha.gov.in/shops-establishments/renewal/receipt"
        name = rng.choice(
            ["Labour & ESI Department, Odisha", "Labour & Employees' State Insurance Department, Odisha"]
        )
        line = "Odisha Shops and Commercial Establishments Act, 1956  |  Renewal of registration"
    elif frame == "vahan":
        url = "vahan.parivahan.gov.in/vahanservice/tax/receipt"
        name = rng.choice(
            ["Commerce & Transport Department, Odisha", "Transport Department, Govt. of Odisha"]
        )
        line = "Vahan - Ministry of Road Transport & Highways  |  Road tax"
    elif frame == "esic":
        url = "www.esic.gov.in/esicportal/employer/challan/status"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
    else:
        url = "legalmetrology.odisha.gov.in/verification/payment/receipt"
        name = rng.choice(["Legal Metrology Organisation, Odisha", "LEGAL METROLOGY, ODISHA"])
        line = "Verification and stamping of weights and measures  |  Puri"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("ospcb", "esic")
    labels: list[str]
    if frame == "municipal":
        p.pair("Licence No.", f"PNAC/TL/{digits(rng, 5)}")
        wrap_pair(p, "Name of trade", f"{SHED} ({firm})")
        p.pair("Ward", str(rng.randrange(1, 17)))
        heads = [("Trade licence fee 2026-27", float(rng.choice([1000, 1500, 2500, 4000])))]
        if rng.random() < 0.6:
            heads.append(("Solid waste user charge (annual)", float(rng.choice([600, 1200, 1800]))))
        if rng.random() < 0.4:
            heads.append(("Penalty (late renewal)", float(rng.choice([100, 250, 500]))))
        labels = ["Total paid", "Amount received"]
        refs = [
            ("PG ref. No.", TXN_RANK, f"PNAC{digits(rng, 12)}"),
            ("Bank txn No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Money receipt No.", INVOICE_RANK, f"PNAC/MR/{digits(rng, 6)}"),
        ]
    elif frame == "ospcb":
        wrap_pair(p, "Name of industry", f"{DYEHOUSE} ({firm})")
        p.pair("Category", "Orange - small (cloth dyeing)")
        p.pair("Unit ID", f"SPCB/PUR/{digits(rng, 6)}")
        heads = [
            ("Consent fee - Water Act", float(rng.choice([4000, 6000, 8000]))),
            ("Consent fee - Air Act", float(rng.choice([2000, 3000, 4000]))),
        ]
        labels = ["Amount payable", "Total fee due"]
        refs = [("Transaction ID", TXN_RANK, f"OCMMS{digits(rng, 11)}")]
        words = {"failed": ["Payment unsuccessful - consent fee not received, try again"]}
        day_labels = ["Transaction tried on", "Unsuccessful on"]
    elif frame == "epfo":
        p.pair("Establishment code", f"ORBBS{digits(rng, 7)}000")
        wrap_pair(p, "Establishment name", COMPANY_CAPS)
        p.pair("Wage month", j.month(1))
        wages = float(rng.randrange(140000, 420000, 100))
        heads = [
            ("A/c 1 - EPF (employer and employee)", float(round(wages * 0.1567))),
            ("A/c 2 - administration charges", float(max(500, round(wages * 0.005)))),
            ("A/c 10 - EPS", float(round(wages * 0.0833))),
            ("A/c 21 - EDLI", float(round(wages * 0.005))),
        ]
        labels = ["Grand total paid", "Total challan amount"]
        refs = [
            ("TRRN", TXN_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
            ("CRN", INVOICE_RANK, f"{digits(rng, 15)}"),
        ]
    elif frame == "gi":
        wrap_pair(p, "Applicant", f"{SHED} ({firm})")
        p.pair("GI application No.", str(rng.choice([25, 26])))
        wrap_pair(p, "Goods", "Pipli applique work (class 24 and 26)")
        heads = [
            ("Fee - Form GI-3A (authorised user)", 10.0),
            ("Fee - certified copy of the entry", float(rng.choice([50, 100, 200]))),
        ]
        if rng.random() < 0.5:
            heads.append(("Fee - search of the register", float(rng.choice([100, 200]))))
        labels = ["Total fee paid", "Amount remitted"]
        refs = [
            ("e-Payment ref. No.", TXN_RANK, f"GIR{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"GI/CH/{digits(rng, 6)}"),
        ]
    elif frame == "labour":
        wrap_pair(p, "Name of shop", f"{SHOWROOM}, Bada Danda, Puri")
        p.pair("Registration certificate No.", f"PURI/SCE/{digits(rng, 5)}")
        p.pair("Employees", str(rng.randrange(3, 12)))
        heads = [("Renewal fee", float(rng.choice([300, 600, 1000])))]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([150, 300]))))
        labels = ["Total fee paid", "Fee remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LESI{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"SCE/{digits(rng, 7)}"),
        ]
    elif frame == "vahan":
        p.pair("Registration No.", f"OD13{code(rng, 2, UPPER)}{digits(rng, 4)}")
        wrap_pair(p, "Owner name", COMPANY_CAPS)
        p.pair("Vehicle class", "Goods carrier (LMV) - 2.5 t GVW")
        heads = [
            ("Road tax - goods vehicle (LMV), 2026-27", float(rng.choice([2400, 3600, 4800]))),
            ("Service charge", float(rng.choice([60, 100]))),
        ]
        labels = ["Total tax paid", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"OR{digits(rng, 3)}{code(rng, 3, UPPER)}{digits(rng, 9)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"OD13{code(rng, 2, UPPER)}{digits(rng, 7)}"),
        ]
    elif frame == "esic":
        p.pair("Employer code", f"4{digits(rng, 16)}")
        wrap_pair(p, "Employer name", COMPANY_CAPS)
        p.pair("Contribution period", j.month(1))
        p.pair("Employees", str(rng.randrange(12, 40)))
        wages = float(rng.randrange(140000, 420000, 100))
        heads = [
            ("Employer's share @ 3.25%", float(round(wages * 0.0325))),
            ("Employees' share @ 0.75%", float(round(wages * 0.0075))),
        ]
        labels = ["Challan amount", "Amount payable to ESIC"]
        refs = [("Challan No.", INVOICE_RANK, f"{rng.choice('12')}{digits(rng, 13)}")]
        words = {"pending": ["Awaiting bank confirmation - challan not yet paid"]}
        day_labels = ["Challan generated on", "Sent to bank on"]
    else:
        wrap_pair(p, "Name of the user", f"{firm} - dye unit and Bada Danda shop")
        heads = [
            ("Verification fee - platform weighing machine (300 kg)", float(rng.choice([400, 600, 800]))),
            ("Verification fee - counter scale (20 kg)", float(rng.choice([100, 200, 250]))),
        ]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([100, 200]))))
        labels = ["Total fee", "Fee remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LMOD{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"LM/PURI/{digits(rng, 6)}"),
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
    p.pair(rng.choice(["Payment mode", "Paid through"]), way, method=way_method(way))
    if not refs_first:
        fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "municipal": "Display the trade licence at the premises; renew it before 31 March every year.",
        "ospcb": "The consent is renewed only after the fee reaches the Board; please pay again.",
        "epfo": "File the ECR before the 15th of the month; the challan is valid for this wage month only.",
        "gi": "The registration of the authorised user is published in the GI Journal after examination.",
        "labour": "Keep the renewed registration certificate displayed at the shop.",
        "vahan": "Carry the tax receipt in the vehicle; it can be verified on the mParivahan app.",
        "esic": "Do not pay again; the challan is marked paid once the bank confirms the payment to ESIC.",
        "metrology": "Produce the instruments for stamping within 7 days at the Inspector's office.",
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
        "Bharat Sookshma Udyam Suraksha - cloth, goods and machines",
        "paper",
        "fire",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Shop owner's package - Bada Danda shop stock",
        "browser",
        "burglary",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine open cover - export cartons by air and sea",
        "mail",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - artisans, tailors and staff",
        "browser",
        "health",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Workmen's compensation - dye unit and work house",
        "mail",
        "wc",
    ),
    (
        "IFFCO-TOKIO General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Group personal accident - home artisans",
        "paper",
        "pa",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Goods carrying vehicle policy - Tata Ace Gold",
        "browser",
        "vehicle",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Exhibition floater - stock at the Konark Festival",
        "mail",
        "fair",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its cloth, goods and machines, the Bada Danda shop's stock, its export cartons,
    its workers' health, its dye unit and work house hands under the Employees' Compensation Act, its home
    artisans against accidents, its delivery van and its stock at the Konark Festival: the insurers' premium
    receipts (browser, e-mail, printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT /
    Payment receipt - premium / Acknowledgement of premium (Premium payment unsuccessful / Renewal payment not
    completed on the failed one); the status under the heading on some, under the sum on the rest; Policy
    holder / Name of proposer / Insured, Policy No. / Cover note No. / Renewal reference No., Sum insured -
    cloth, goods and machines / Sum insured - shop stock / Estimated annual export sales / Lives covered /
    Annual wage roll (estimated) / Insured persons / IDV and Registration No. / Exhibition stock value, Period
    of insurance <day> to <day>, Net premium (before GST) / Premium or OD premium and TP premium, an add-on
    (Earthquake cover, RSMD cover, Inland transit extension, Room rent waiver, Occupational disease cover,
    Accidental medical expenses, Engine protect, Stock in transit to the festival), CGST and SGST @ 9% or
    IGST @ 18%, the sum: Premium received (incl. GST) / Total amount paid / Premium collected / Cheque
    amount / Instrument value / Renewal premium payable / Amount due for renewal; Payment received - policy
    is active / Paid - policy copy sent by e-mail / CHEQUE IN CLEARING - POLICY ISSUED AFTER REALISATION /
    Payment not completed - bank declined, renew before expiry; Payment mode / Mode of receipt, Cheque No.,
    Payment ref. ID, UPI Ref. No. / Bank ref. No., Receipt No. / Premium receipt No., Payment date / Date of
    receipt / Received on / Cheque received on / Cheque deposited on / Attempted on / Date of attempt)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4)
    ins, host, product, frame, kind = POLICIES[k]
    if kind == "fair":
        # the festival's floater is bought in the weeks before the festival
        j.date = FAIR_START - dt.timedelta(days=rng.randrange(6, 24))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(
            rng, font, f"{rng.choice(['pay', 'customer', 'portal'])}.{host}/policy/premium-receipt"
        )
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <customercare@{host}>",
            ["Premium receipt for your policy", "Acknowledgement of premium"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add("small", rng.choice(["Branch Office, Grand Road, Puri", "Divisional Office, Bhubaneswar"]))
    p.add(
        "center",
        rng.choice(
            ["Premium payment unsuccessful", "Renewal payment not completed"]
            if status == "failed"
            else ["PREMIUM RECEIPT", "Acknowledgement of premium"]
            + (["Payment receipt - premium"] if status == "success" else [])
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payment received - policy is active", "Paid - policy copy sent by e-mail"],
        "pending": ["CHEQUE IN CLEARING - POLICY ISSUED AFTER REALISATION"],
        "failed": ["Payment not completed - bank declined, renew before expiry"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Policy holder", "Name of proposer", "Insured"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair(
            "Policy No.",
            f"{rng.choice(['31', '44', '52'])}{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(0, 3):02d}",
        )
    elif status == "pending":
        p.pair("Cover note No.", f"CN{digits(rng, 11)}")
    else:
        p.pair("Renewal reference No.", f"RR{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(2500000, 30000000, 50000))
        p.pair("Sum insured - cloth, goods and machines", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(800000, 6000000, 50000))
        p.pair("Sum insured - shop stock", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("RSMD cover", round(insured * 0.0001, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(2000000, 24000000, 500000))
        p.pair("Estimated annual export sales", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0006), 2)
        addon = ("Inland transit extension", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(16, 60)
        p.pair("Lives covered", f"{members} (Rs 3,00,000 each)")
        basic = round(members * rng.uniform(3400, 5800), 2)
        addon = ("Room rent waiver", round(members * 320.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(1500000, 8000000, 100000))
        p.pair("Annual wage roll (estimated)", rs(wages))
        basic = round(wages * rng.uniform(0.007, 0.012), 2)
        addon = ("Occupational disease cover", round(wages * 0.0004, 2))
    elif kind == "pa":
        persons = rng.randrange(20, 80)
        p.pair("Insured persons", f"{persons} (Rs 5,00,000 each)")
        basic = round(persons * rng.uniform(240, 460), 2)
        addon = ("Accidental medical expenses", round(persons * 85.0, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 720000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"OD-13-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium", 16049.0)]
        addon = ("Engine protect", round(idv * 0.004, 2))
    else:
        stock = float(rng.randrange(800000, 4000000, 50000))
        p.pair("Exhibition stock value", rs(stock))
        basic = round(stock * rng.uniform(0.0008, 0.0015), 2)
        addon = ("Stock in transit to the festival", round(stock * 0.0002, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 5))
        if kind == "fair":
            start = FAIR_START - dt.timedelta(days=rng.randrange(2, 4))
            end = FAIR_START + dt.timedelta(days=rng.randrange(6, 9))
        else:
            end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        wrap_pair(p, "Period of insurance", f"{when(start, '%d-%b-%Y')} to {when(end, '%d-%b-%Y')}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Net premium (before GST)", "Premium"]), rs(basic))
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
        "success": ["Premium received (incl. GST)", "Total amount paid", "Premium collected"],
        "pending": ["Cheque amount", "Instrument value"],
        "failed": ["Renewal premium payable", "Amount due for renewal"],
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
    p.pair(rng.choice(["Payment mode", "Mode of receipt"]), pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:6])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PY', 'GW', 'ON'])}{digits(rng, 13)}"
            p.pair("Payment ref. ID", pid, txn=(TXN_RANK, pid))
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
            "success": ["Payment date", "Date of receipt", "Received on"],
            "pending": ["Cheque received on", "Cheque deposited on"],
            "failed": ["Attempted on", "Date of attempt"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "The cover begins only on realisation of the premium and is subject to the policy's terms.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("SAGARIKA CHANDUA BHANDAR", "BADA DANDA, PURI", "own"),
    ("MAA TARINI FUELS", "NH-316, PIPILI, DIST PURI", "fuel"),
    ("SAGARIKA CHANDUA SHILPA", "PIPILI, PURI", "own"),
    ("HOTEL KALINGA RESIDENCY", "JANPATH, BHUBANESWAR", "hotel"),
    ("SAGARIKA CHANDUA KARKHANA", "PIPILI 752104", "own"),
    ("MAHAPATRA HARDWARE & PAINTS", "STATION ROAD, PURI", "shop"),
    ("SAGARIKA CHANDUA BHANDAR", "KONARK FESTIVAL, KONARK", "own"),
    ("CHHENA PODA & DALMA GHAR", "SEA BEACH ROAD, PURI", "food"),
]
TERMINALS = [
    "PAYTM EDC",
    "BHARAT PETROLEUM",
    "ICICI BANK",
    "KOTAK MAHINDRA BANK",
    "UNION BANK OF INDIA",
    "EZETAP",
    "BANK OF INDIA",
    "WORLDLINE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the shop's (at Bada Danda and at the Konark Festival), the company's and the work
    house's terminals, and the company's card at a filling station on NH-316 at Pipili, a Bhubaneswar hotel,
    a Puri hardware shop and a Puri dalma house: terminal slips (monospace: the terminal's bank or brand on
    top on some, the counter's name and place in capitals; DATE & TIME: <day> <hour> on one row, DT: and TM:
    on two, or the day and the hour with no label on one line, at the top or under the sum; MERCHANT ID:,
    TERMINAL ID:, BATCH:, TRACE:, INV NO: / RECEIPT NO:, SALE / CONTACTLESS SALE / CARD SALE (CHIP), CARD:
    / CARD NO:, EXP: **/**, MODE:, a fuel sale's FUEL:, RATE/LTR:, QTY (LTR):, PUMP:, VEHICLE:, PETROBONUS
    PTS:, a hotel's ROOM NO: and BILL REF:, the dalma house's TABLE NO: and COVERS:, the shop's CUST PH:,
    APP CODE: / AUTH NO:, RRN NO: / REF NO:, TXN AMT: / TOTAL RS: / AMT:, the sum above or below the card;
    APPROVED / SALE APPROVED / APPROVED - PIN VERIFIED / DECLINED - 55 INCORRECT PIN / RESPONSE NOT RECEIVED -
    CHECK WITH BANK BEFORE RETRYING)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=1800, high=86000)
    name, town, kind = COUNTERS[k]
    if k == 6:
        j.date = FAIR_START + dt.timedelta(days=rng.randrange(5))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    if kind == "fuel":
        j.amount = rupees(rng, 1000, 5800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2800, 14000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 600, 16000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 220, 1900, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d%b%Y", "%d.%m.%y", "%d-%b-%y", "%d/%m/%y"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.6)
        pick = rng.random()
        if pick < 0.35:
            p.pair("DATE & TIME:", f"{d} {t}", date=j.date)
        elif pick < 0.7:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.add("left", f"{t}   {d}", date=j.date)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MERCHANT ID:", digits(rng, 15))
    p.pair("TERMINAL ID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "RECEIPT NO:"]), inv, txn=(INVOICE_RANK, inv))
    sale = rng.choice(
        ["SALE", "CONTACTLESS SALE", "CARD SALE (CHIP)"] if j.amount <= 5000 else ["SALE", "CARD SALE (CHIP)"]
    )
    p.add("center", sale)
    lab = rng.choice(["TXN AMT:", "TOTAL RS:", "AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = body if lab == "TOTAL RS:" else f"{rng.choice(['INR ', 'Rs ', 'RS.', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD:", "CARD NO:"]),
        f"{rng.choice(['XXXX XXXX XXXX ', '**** **** **** '])}{digits(rng, 4)}",
        method="card",
    )
    p.pair("EXP:", "**/**")
    scheme = {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead]
    entry = {"CONTACTLESS SALE": "CONTACTLESS", "CARD SALE (CHIP)": "CHIP"}.get(sale) or rng.choice(
        ["CHIP", "CONTACTLESS"] if j.amount <= 5000 else ["CHIP"]
    )
    p.pair("MODE:", f"{scheme} {entry}")
    if kind == "fuel":
        rate = round(rng.uniform(92.5, 103.8), 2)
        p.pair("FUEL:", rng.choice(["HSD", "MS", "SPEED"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("QTY (LTR):", f"{j.amount / rate:.2f}")
        p.pair("PUMP:", str(rng.randrange(1, 7)))
        p.pair("VEHICLE:", f"OD13{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("PETROBONUS PTS:", str(rng.randrange(10, 140)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
        p.pair("BILL REF:", f"H{digits(rng, 6)}")
    elif kind == "food":
        p.pair("TABLE NO:", str(rng.randrange(1, 24)))
        p.pair("COVERS:", str(rng.randrange(1, 9)))
    elif kind == "shop":
        p.pair("CUST PH:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APP CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "SALE APPROVED", "APPROVED - PIN VERIFIED"]),
            status="success",
        )
        if rng.random() < 0.5:
            p.add("small", rng.choice(["NO SIGNATURE REQUIRED", "THANK YOU - JAI JAGANNATH"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "RESPONSE NOT RECEIVED - CHECK WITH BANK BEFORE RETRYING", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("TPCODL", "TP Central Odisha Distribution Ltd", "Consumer No."),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile number"),
    ("Dish TV", "Dish TV India Ltd", "VC No."),
    ("Bharatgas", "Bharat Petroleum Corporation Ltd", "Consumer No. (LPG)"),
]
BILL_APPS = ["TPCODL", "Paytm", "InstaBIZ", "TPCODL", "PhonePe", "Google Pay", "CRED", "Amazon Pay"]
BILL_WHICH = [0, 1, 0, 0, 3, 4, 2, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The work house's, the dye unit's and the shop's electricity (TPCODL), the shop's fibre (BSNL Bharat
    Fibre), the manager's postpaid phone (Airtel), the shop's DTH (Dish TV) and the dye unit's cooking gas
    (Bharatgas) through Bharat Connect in ICICI Bank's InstaBIZ and other apps (Paytm, PhonePe, Google Pay,
    CRED, Amazon Pay: the app on top, the sum large above or below the status, or the biller first, Biller /
    Bill paid to / Service provider name as printed, Consumer No. / Account No. / Mobile number / VC No. /
    Consumer No. (LPG), Consumer name / Registered name, Bill number, Billing period, Bill generated on, Pay
    by date and Late payment amount on some power and fibre bills, Paid from / Payment source Current A/c or
    UPI, B-Connect ref. No. / Bharat Connect txn ID / BBPS txn ref., UPI Ref ID / Bank UTR, Order ID on the
    failed one, Payment date / Paid on / Date & time / Tried on / Started on (the latter two on one not paid);
    Bill payment successful / Paid - biller has received the payment / Pending with biller - status in 24
    hours, do not pay again / Payment failed - any amount debited is refunded in 5 days) and TPCODL's own
    quick pay receipt (TPCODL, TP Central Odisha Distribution Ltd or its capitals on top with its "A Tata
    Power and Odisha Government joint venture" line, Consumer No., Division, Consumer name, Amount paid / Net
    amount received, Bill due date, Payment mode, TPCODL txn ID, Bank ref. No., Money receipt No., Date of
    payment / Receipt date, the status under the head or at the foot: Payment received - thank you /
    Payment updated in your account)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=1600, high=48000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 499, 2499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1599, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 250, 990, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 860, 3200, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{rng.choice(['51', '52', '53'])}{digits(rng, 10)}",
        "Account No.": f"{rng.choice(['90', '91'])}{digits(rng, 8)}",
        "Mobile number": f"{rng.choice('6789')}{digits(rng, 9)}",
        "VC No.": f"0{digits(rng, 10)}",
        "Consumer No. (LPG)": f"{digits(rng, 6)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TPCODL":
        p = browser_page(rng, font, "www.tpcentralodisha.com/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Tata Power and Odisha Government joint venture  |  Quick pay")
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Payment received - thank you",
                "Payment updated in your account",
            ]
        }
        status_top = rng.random() < 0.4
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        p.pair("Division", rng.choice(["Puri Electrical Division", "Pipili Section", "Nimapara Division"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, SHED.upper(), f"M/S {DYEHOUSE.upper()}"]))
        p.pair(rng.choice(["Amount paid", "Net amount received"]), rs(j.amount), amount=j.amount)
        if not j.no_day:
            p.pair("Bill due date", j.other_day(rng, 3, 15))
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TPC{digits(rng, 13)}"
            p.pair("TPCODL txn ID", tid, txn=(TXN_RANK, tid))
            if way == "Net banking" and rng.random() < 0.6:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"MR{digits(rng, 11)}"
            p.pair("Money receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Receipt date"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Pay by the due date to avoid a delayed payment surcharge.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Transaction status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bills and recharges")
    p.part = "body"
    words = {
        "success": ["Bill payment successful", "Paid - biller has received the payment"],
        "pending": ["Pending with biller - status in 24 hours, do not pay again"],
        "failed": ["Payment failed - any amount debited is refunded in 5 days"],
    }
    name = rng.choice([short, long])
    label = rng.choice(
        ["Biller", "Bill paid to", "Service provider name"]
        if status == "success"
        else ["Biller", "Service provider name"]
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
        rng.choice(["Consumer name", "Registered name"]),
        rng.choice(
            {
                0: [COMPANY_CAPS, SHED.upper(), SHOWROOM.upper()],
                4: [COMPANY_CAPS, DYEHOUSE.upper()],
            }.get(which, [COMPANY_CAPS, SHOWROOM.upper()])
        ),
    )
    if which in (0, 1) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill number", f"{rng.choice(['TP', 'BF'])}{digits(rng, 10)}")
        start, end = earlier(rng, j, 36, 50), earlier(rng, j, 6, 12)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Billing period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Bill generated on", when(earlier(rng, j, 3, 6), "%d %b %Y"))
        p.pair("Pay by date", j.other_day(rng, 3, 15))
        p.pair("Late payment amount", rs(round(j.amount * 1.015, 2) if which == 0 else j.amount + 118))
    way = "Current A/c" if app == "InstaBIZ" else "UPI"
    p.pair(
        rng.choice(["Paid from", "Payment source"]),
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:8])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Paytm": "PT",
                "PhonePe": "PP",
                "Google Pay": "GP",
                "CRED": "CR",
                "Amazon Pay": "AZ",
            }.get(app, "IC")
            bc = f"{head}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["B-Connect ref. No.", "Bharat Connect txn ID", "BBPS txn ref."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair(rng.choice(["UPI Ref ID", "Bank UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 13)}"
            p.pair("Order ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Payment date", "Paid on", "Date & time"] if status == "success" else ["Tried on", "Started on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "BAPI SWAIN",
    "SAKHIGOPAL COAL & FI",
    "",
    "UTKAL ROADLINES",
    "SURAT VELVET & SATIN",
    "",
    "KONARK LENS PHOTO ST",
    "BURHANPUR GREY CLOTH",
]
MAIL_PAYEES = [
    "Smt. Pramila Das",
    "Mohanty & Patnaik, Chartered Accountants",
    "Burrabazar Mirror & Zari Stores",
    "Khurda Carton & Packaging",
]
SENDERS = {
    "Odisha Grameen Bank": "AX-OGBANK",
    "Bank of India": "VM-BOIIND",
    "Union Bank of India": "JD-UNIONB",
    "Indian Overseas Bank": "BP-IOBCHN",
}
MAIL_AT = (2, 5)


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AX-OGBANK /
    VM-BOIIND / JD-UNIONB / BP-IOBCHN, the day divider, each bank's own wording: Odisha Grameen Bank's UPI
    "A/c X1234 debited by Rs.x on 14Oct26 trf to <payee> Refno <ref>. -OGB", Bank of India's "BOI - Rs.x
    debited from A/c XX1234 on <day> for <way> to <payee>.", Union Bank of India's "A/c *1234 Debited for
    Rs:x on <day> by <way> transfer to <payee>.", Indian Overseas Bank's "Your a/c no. XXXXX1234 is debited
    for Rs.x on <day> and credited to <payee> (<way> Ref no <ref>)."; a transfer that "has failed and the
    amount is reversed to your account." and one that "is pending at the beneficiary bank. Please do not
    initiate again.", the balance line) and two e-mail debit alerts (ICICI Bank, Kotak Mahindra Bank:
    Amount debited / Transaction amount, Payee / Transferred to, Transaction date / Debit date, Account
    number, Mode, UTR number / IMPS RRN, Balance available; Status: Success / Transaction status:
    Completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=9000, high=320000)
    if k == 0:
        j.amount = rupees(rng, 1500, 9200, 0.8)
    elif k == 1:
        j.amount = rupees(rng, 210000, 420000)
    elif k == 7:
        j.amount = rupees(rng, 60000, 380000)
    if k in MAIL_AT:
        to = MAIL_PAYEES[(0 if k == 2 else 2) + rng.randrange(2)]
        bank = rng.choice(["ICICI Bank", "Kotak Mahindra Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Transaction alert - current account debited", "Your funds transfer is complete"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a funds transfer has been debited from your account. Details:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Payee", "Transferred to"]
        amount_labels = ["Amount debited", "Transaction amount"]
        if sum_first:
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Transaction date", "Debit date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y"])
        p.pair("Account number", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} (Internet Banking)", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR number", ref, txn=(UTR_RANK, ref))
        p.pair("Balance available", rs(rupees(rng, 80000, 3800000)))
        p.add(
            "left",
            rng.choice(["Status: Success", "Transaction status: Completed"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small", "Did not make this transfer? Call the bank's customer care at once to block the account."
        )
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 1:
        way = "RTGS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Odisha Grameen Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Odisha Grameen Bank",
        1: "Indian Overseas Bank",
        4: "Bank of India",
        7: "Union Bank of India",
    }.get(k, rng.choice(["Bank of India", "Union Bank of India", "Indian Overseas Bank"]))
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
        if bank == "Odisha Grameen Bank":
            upi_day = when(j.date, "%d%b%y")
            p.add("left", f"A/c X{tail} debited by Rs.{amt}", amount=j.amount, status="success")
            p.add("left", f"on {upi_day} trf to {to}", merchant=to, method=method)
            if ref:
                p.add("left", f"Refno {ref}. -OGB", txn=(UTR_RANK, ref))
            else:
                p.add("left", "-OGB")
            ref = None
        elif bank == "Bank of India":
            p.add("left", f"BOI - Rs.{amt} debited from A/c XX{tail}{on}", amount=j.amount, status="success")
            p.add("left", f"for {way} to {to}.", merchant=to, method=method)
        elif bank == "Union Bank of India":
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on}", amount=j.amount, status="success")
            p.add("left", f"by {way} transfer to {to}.", merchant=to, method=method)
        else:
            p.add(
                "left", f"Your a/c no. XXXXX{tail} is debited for Rs.{amt}", amount=j.amount, status="success"
            )
            p.add("left", f"on {day} and credited to" if day else "and credited to")
            if ref:
                p.add("left", f"{to} ({way} Ref no {ref}).", merchant=to, method=method, txn=(UTR_RANK, ref))
            else:
                p.add("left", f"{to} ({way}).", merchant=to, method=method)
            ref = None
    else:
        p.add("left", f"{way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has failed and the amount is reversed to your account.",
            "pending": "is pending at the beneficiary bank. Please do not initiate again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref No", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "Odisha Grameen Bank":
        balance = {
            "Bank of India": f"Avl Bal Rs.{num(bal)}",
            "Union Bank of India": f"Avl Bal Rs:{num(bal, 'plain')}",
        }.get(bank, f"Bal: INR {num(bal)}")
        p.add("left", balance)
        p.add(
            "small",
            rng.choice(
                [
                    "Not you? Call 1800 toll free to block",
                    "Bank never asks for your OTP, PIN or CVV",
                ]
            ),
        )
    if bank != "Odisha Grameen Bank":
        p.add(
            "small",
            {"Bank of India": "-Bank of India", "Union Bank of India": "-Union Bank of India"}.get(
                bank, "-IOB"
            ),
        )
    return p.done()


compose = compose158

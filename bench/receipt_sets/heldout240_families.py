"""The twelve heldout240 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Bhadohi hand-knotted carpet and dhurrie exporter's day in 2026 in Bhadohi,
Uttar Pradesh (Varuna Kaleen Exports Pvt Ltd, its weaving centre at Ghosia, Varuna Kaleen Weaving Centre,
which issues the dyed wool and the cotton warp to the weavers' looms in Ghosia, Aurai, Jangiganj, Suriyawan,
Khamaria and Digh and takes the woven carpets and dhurries back, its dyeing and washing unit on Gopiganj Road,
Varuna Kaleen Dyeing & Washing Unit, where the yarn is dyed in the vats and the carpets washed, dried, clipped
and bound, and its export showroom near the Carpet Expo Mart, Varuna Kaleen Export Showroom, where the foreign
buyers, the decorators and the hotels choose), told by the proofs of payment it receives and makes: home
buyers', decorators', architects' and hotels' UPI screens and the showroom's Cashfree and PayU pages, the
Mumbai, Kolkata, Bengaluru, Hyderabad, Udaipur, Chennai and Chandigarh furnishers' and the Central Cottage
Industries Corporation's payment advices, rug importers' inward wires from New York, Hamburg, London,
Stockholm, Zurich, Kyoto, Dubai and Melbourne in US dollars, euros, pounds, Swedish kronor, Swiss francs, yen,
dirhams and Australian dollars (kronor with spaces and a decimal comma, francs with an apostrophe between the
thousands, euros with dots and a decimal comma on some, yen without decimals), its own showroom bills, the dye
house's job work receipts for yarn dyed by the kilo and carpets washed by the square foot, the weaving
centre's sale of wool waste by the kilo to a Panipat shoddy mill, the accounts desk's acknowledgements of a
Delhi architect's advance and a Goa buyer's rug, the Bikaner wool spinner's, the Erode warp yarn mill's, the
Vapi dye maker's, the Mirzapur bale packing maker's and the Bhagalpur silk yarn trader's tax invoices, the
corporate net-banking transfers to the container hauler, the design studio, the fumigator, the customs broker,
the showroom's landlady, the security agency, the boiler mechanic and the photo studio, the weavers',
clippers', washers', dyers' and binders' wage vouchers, RazorpayX payouts to a weaver and a binder and a BHIM
and a Paytm payment to two weavers, Nagar Palika Parishad Bhadohi's house tax, the Zila Panchayat's licence
fee, the Uttar Pradesh Pollution Control Board's consent fee, the Carpet Export Promotion Council's membership
renewal, ESIC's contribution challan, the Ground Water Department's NOC fee, the Electrical Safety
Directorate's inspection fee and the Transport Department's road tax, the insurers' and ECGC's premium
receipts, card terminal slips, PuVVNL's power and the fibre, postpaid, DTH and piped gas bills and the banks'
SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is
read back from the rows the page keeps. Headings, footers, the unit lines, bills listed on an advice, vendor
code, PO, goods inward, indent, bill passing, loom, design, bunkar and worker card, house, licence, consent,
RCMC, employer code, NOC application, registration, policy, proposal, quote, account, customer,
telephone, BP and contact numbers, qualities, sizes, contribution periods, declaration months, square feet,
kilos, pieces, rates, size shortfalls, quality claims, retentions, early payment discounts, TDS, advances,
yarn shortages, rafu repairs, rebates, GST and cess lines, rupee values on the wires, conversion rates, IEC,
intermediary banks, sums insured, declared shipments, turnovers, wages and lives declared, balances, due days,
bill days, bill months, periods of insurance, tax valid upto days, shipping bill days, late payment amounts,
GSTIN, IFSC, UETR, senders' references, purpose codes, commercial invoice numbers, MID, TID, batch and STAN
numbers, folio, room, KOT and pump numbers, card expiry, login IDs, beneficiary short names, the maker and the
checker and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are
heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and
``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's;
``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``Screen`` heldout113's; ``compose`` is heldout158's (as heldout238's and heldout239's).
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
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Varuna Kaleen Exports Pvt Ltd"
COMPANY_CAPS = "VARUNA KALEEN EXPORTS PVT LTD"
SHORT = "Varuna Kaleen"
LOOMS = "Varuna Kaleen Weaving Centre"
DYEHOUSE = "Varuna Kaleen Dyeing & Washing Unit"
SHOWROOM = "Varuna Kaleen Export Showroom"
# unit, address, GST state code
UNITS = {
    "looms": (
        "Weaving centre",
        "Ghosia Bazar, Aurai Road, Bhadohi - 221401, Uttar Pradesh",
        "09",
    ),
    "dye": (
        "Dyeing and washing unit",
        "Plot 9, Industrial Estate, Gopiganj Road, Bhadohi - 221401, Uttar Pradesh",
        "09",
    ),
    "showroom": (
        "Export showroom",
        "Near Carpet Expo Mart, Station Road, Bhadohi - 221401, Uttar Pradesh",
        "09",
    ),
}
PATS_IN = [
    "%d/%m/%Y",
    "%d-%m-%y",
    "{d} %b %Y",
    "%d.%m.%Y",
    "{d} %B %Y",
    "%d-%b-%Y",
    "%d/%m/%y",
    "{d}-{m}-%Y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%d%b%y", "%b {d}, %Y"]
BANKS = [
    "Union Bank of India",
    "Bank of Baroda",
    "State Bank of India",
    "Bhadohi Nagrik Sahakari Bank",
    "Kotak Mahindra Bank",
    "ICICI Bank",
    "Axis Bank",
    "HDFC Bank",
    "Punjab National Bank",
    "Indian Bank",
    "Canara Bank",
]
IFSC = {
    "Union Bank of India": "UBIN",
    "Bank of Baroda": "BARB",
    "State Bank of India": "SBIN",
    "Bhadohi Nagrik Sahakari Bank": "BNSB",
    "Kotak Mahindra Bank": "KKBK",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "Punjab National Bank": "PUNB",
    "Indian Bank": "IDIB",
    "Canara Bank": "CNRB",
}
DOMAINS = {
    "Union Bank of India": "unionbankofindia.bank.in",
    "Bank of Baroda": "bankofbaroda.bank.in",
    "State Bank of India": "sbi.bank.in",
    "Kotak Mahindra Bank": "kotak.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "HDFC Bank": "hdfcbank.com",
    "Punjab National Bank": "pnb.bank.in",
}


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
    """The company as the other party on a supplier's paper (Name of recipient / Billed to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "UBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R6{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N6{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def iec(rng: random.Random) -> str:
    """An importer-exporter code (the company's PAN): never an id."""
    return f"AAC{rng.choice('CF')}V{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


# ---------------------------------------------------------------- 1. home buyers, decorators: UPI, pay pages


SHOP_APPS = ["PhonePe", "Navi", "Cashfree", "MobiKwik", "bob World", "iMobile Pay", "PayU", "Freecharge"]
SHOP_NOTES = [
    "Rug 5x8 ft - indigo",
    "Silk-wool runner 2.5x10",
    "Dhurrie for living room",
    "Advance - custom 9x12",
    "2 prayer rugs",
    "Kilim cushion covers x 4",
    "Hall carpet - Kashan",
    "Balance for the 6x9",
]
PAYERS_UPI = [
    "Nikhil Srivastava",
    "Priyanka Jaiswal",
    "Aangan Interiors",
    "Dr. Ramesh Pandey",
    "Shalini Mehrotra",
    "Hotel Kashi Inn",
    "Arvind Tiwari",
    "Farah Siddiqui",
]
# the buyer, the order, its sum (low, high)
PAGE_ORDERS = [
    ("Ms. Tanvi Kapoor, Gurugram", "Hand-knotted rug 6x9 ft, 9/40 quality - rust", 28000, 96000),
    ("Mr. Karthik Iyer, Bengaluru", "Flat-weave dhurrie 5x8 ft, two pieces", 9000, 26000),
    ("Ganga Retreat Resort, Rishikesh", "Corridor runners 3x12 ft x 6 - room block B", 60000, 180000),
    ("Mrs. Neha Chawla, Lucknow", "Silk and wool medallion carpet 8x10 ft", 85000, 240000),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Navi": ["UPI transaction reference", "Bank ref. (UTR)"],
    "MobiKwik": ["UPI RRN No.", "UTR No."],
    "bob World": ["RRN", "UPI Reference Number"],
    "iMobile Pay": ["UPI Ref no.", "Bank Reference No. (RRN)"],
    "Freecharge": ["UTR", "UPI reference ID"],
}
OWN_IDS = {
    "PhonePe": ("Transaction ID", "T{y}{d}"),
    "Navi": ("Navi payment ID", "NV{d}"),
    "MobiKwik": ("MobiKwik txn ID", "MK{d}"),
    "bob World": ("bob World ref. No.", "BOBW{d}"),
    "iMobile Pay": ("iMobile txn ID", "IMP{d}"),
    "Freecharge": ("Freecharge txn ID", "FC{d}"),
}


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's Cashfree or PayU page after a buyer paid (the payee on top; Cashfree's status above an
    Amount paid / Order amount paid row, PayU's sum large above its status or under it; the day under them or
    at the foot)."""
    rs = money(rng, font, 0.5)
    who, what, low, high = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, low, high, 0.6)
    to = rng.choice([SHOWROOM, COMPANY, SHORT, SHOWROOM.upper()])
    url = (
        f"payments.cashfree.com/order/#/{code(rng, 20, ALNUM + LOWER)}"
        if app == "Cashfree"
        else f"secure.payu.in/_payment/response/{code(rng, 14, HEXA)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            ["Hand-knotted carpets and dhurries from Bhadohi", "Near Carpet Expo Mart, Station Road, Bhadohi"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment received - your rug is reserved",
            "Order paid successfully",
            "Thank you - payment captured by the seller",
        ]
    }
    if app == "Cashfree":
        outcome_row(p, status, words)
        p.pair(rng.choice(["Amount paid", "Order amount paid"]), rs(j.amount), amount=j.amount)
    elif rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    day_first = rng.random() < 0.5
    labels = ["Paid at", "Date of payment", "Transaction on"]
    if day_first:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Buyer", "Customer details", "Ordered by"]), who)
    wrap_pair(p, rng.choice(["Item", "Product"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:3])}",
    }[way]
    p.pair(rng.choice(["Payment method", "Mode"]), shown, method=way)
    if not j.no_ref:
        if app == "Cashfree":
            pid = digits(rng, 10)
            p.pair("CF payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"VKE_{j.date:%y%m}{digits(rng, 6)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = digits(rng, 11)
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            oid = f"VK{code(rng, 4, UPPER)}{digits(rng, 6)}"
            p.pair("Txn ID (merchant)", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("Bank reference No." if app == "Cashfree" else "UTR", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_first:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", "Powered by Cashfree Payments" if app == "Cashfree" else "Payments secured by PayU")
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Home buyers, decorators, architects and hotels paying the showroom or the company: six UPI app screens
    (PhonePe, Navi, MobiKwik, bob World, iMobile Pay, Freecharge: the status, the sum and the payee block in
    one of three orders, or PhonePe's payee and sum on one row under Paid to; the showroom, its capitals, the
    company's capitals or its short name under Paid to / Payment made to / Transferred to / Beneficiary /
    Paying to / To, its UPI ID, a Banking name / Account holder line on some, the sum large; Date / Paid at /
    Completed on / Debited on / Initiated at on top under the app's name or after the references, Message /
    Purpose / Note, Payer / Sent by (the payer), Bank account / Paid from, UTR / UPI Ref. No. / UPI
    transaction reference / Bank ref. (UTR) / UPI RRN No. / UTR No. / RRN / UPI Reference Number / UPI Ref no.
    / Bank Reference No. (RRN) / UPI reference ID, the app's own Transaction ID / Navi payment ID / MobiKwik
    txn ID / bob World ref. No. / iMobile txn ID / Freecharge txn ID on some; Payment successful - received by
    the seller / Money credited to the showroom / Sent - the payee's bank has confirmed / Pending at the
    payee's bank - check again in 30 minutes / Failed - UPI PIN tries exceeded, no money was debited) and the
    showroom's two payment pages (Cashfree: the status above Amount paid / Order amount paid; PayU: the sum
    large above its status or under it; the showroom or the company on top, Paid at / Date of payment /
    Transaction on under them or at the foot, Buyer / Customer details / Ordered by, Item / Product, Payment
    method / Mode UPI, card or net banking, CF payment ID / PayU ID, Order ID / Txn ID (merchant), Bank
    reference No. / UTR, Auth code or Bank ref. No.; Payment received - your rug is reserved / Order paid
    successfully / Thank you - payment captured by the seller)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1200, high=95000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Cashfree", "PayU"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    to = fit_name(p, "center", [SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = (
        f"varunakaleen{rng.choice(['', '.bhd', '01'])}@{rng.choice(['ubi', 'barodampay', 'kotak', 'icici'])}"
    )
    p.part = "head"
    p.add("title", app)
    p.part = "body"
    day_labels = (
        ["Date", "Paid at", "Completed on", "Debited on"] if status == "success" else ["Initiated at", "Date"]
    )
    day_top = rng.random() < 0.4
    if day_top:
        date_row(p, j, day_labels, hour=True)
    p.add("gap")
    words = {
        "success": [
            "Payment successful - received by the seller",
            "Money credited to the showroom",
            "Sent - the payee's bank has confirmed",
        ],
        "pending": ["Pending at the payee's bank - check again in 30 minutes"],
        "failed": ["Failed - UPI PIN tries exceeded, no money was debited"],
    }
    to_words = (
        ["Paid to", "Payment made to", "Transferred to", "Beneficiary"]
        if status == "success"
        else ["Paying to", "To"]
    )

    def payee_block() -> None:
        p.add("small", rng.choice(to_words))
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Banking name', 'Account holder'])}: {COMPANY_CAPS}")

    if app == "PhonePe" and fits(p, "pair", f"{to} {rs(j.amount)}     "):
        # PhonePe's payee and sum on one row under the status
        outcome_row(p, status, words)
        p.add("left", rng.choice(to_words))
        p.add("pair", to, rs(j.amount), merchant=to, amount=j.amount)
        p.add("small", handle, method="UPI")
    else:
        order = rng.randrange(3)
        if order == 0:
            outcome_row(p, status, words)
            p.add("big", rs(j.amount), amount=j.amount)
            payee_block()
        elif order == 1:
            payee_block()
            p.add("big", rs(j.amount), amount=j.amount)
            outcome_row(p, status, words)
        else:
            p.add("big", rs(j.amount), amount=j.amount)
            payee_block()
            outcome_row(p, status, words)
    p.add("rule")
    p.pair(rng.choice(["Message", "Purpose", "Note"]), rng.choice(SHOP_NOTES))
    if rng.random() < 0.6:
        p.pair(rng.choice(["Payer", "Sent by"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"bob World": "Bank of Baroda", "iMobile Pay": "ICICI Bank"}.get(app) or rng.choice(BANKS[:7])
    wrap_pair(p, rng.choice(["Bank account", "Paid from"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            label, pattern = OWN_IDS[app]
            own = pattern.format(y=f"{j.date:%y%m%d}", d=digits(rng, 14 if app == "PhonePe" else 12))
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    if not day_top:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["UPI - NPCI", "Having trouble? Raise a dispute", "Share this receipt"]))
    return p.done()


# ---------------------------------------------------------------- 2. furnishers' and CCIC's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    ("Colaba Floor Coverings Pvt Ltd", "vendorpay@colabafloors.in", "Colaba, Mumbai", "rugs", "portal"),
    (
        "Park Street Furnishing House",
        "parkstreet.furnishing@gmail.com",
        "Park Street, Kolkata",
        "dhurrie",
        "mail",
    ),
    (
        "Central Cottage Industries Corporation of India Ltd",
        "accounts@cottageemporium.in",
        "Janpath, New Delhi",
        "rugs",
        "paper",
    ),
    ("Indiranagar Home Decor LLP", "finance@indiranagarhome.in", "Indiranagar, Bengaluru", "dhurrie", "mail"),
    (
        "Jubilee Hills Interiors Pvt Ltd",
        "ap@jubileeinteriors.in",
        "Jubilee Hills, Hyderabad",
        "rugs",
        "portal",
    ),
    (
        "Lake Pichola Hospitality Pvt Ltd",
        "accounts@lakepicholahotels.in",
        "Udaipur, Rajasthan",
        "runner",
        "paper",
    ),
    ("Anna Nagar Carpet Gallery", "payments@annanagarcarpets.in", "Anna Nagar, Chennai", "rugs", "mail"),
    ("Sector 17 Rugs & Drapes", "accounts@sector17rugs.in", "Sector 17, Chandigarh", "dhurrie", "portal"),
]
# unit, price per unit (low, high), quantity (low, high)
DEALER_GOODS = {
    "rugs": ("sq ft", 380, 1450, 60, 420),
    "dhurrie": ("pcs", 1800, 6800, 10, 80),
    "runner": ("sq ft", 420, 980, 120, 600),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Furnishers and decorators in Mumbai, Kolkata, Bengaluru, Hyderabad, Chennai and Chandigarh, a Udaipur
    hotel company and the Central Cottage Industries Corporation paying for the carpets, dhurries and runners
    the firm sent them: a payment e-mail, a printed VENDOR PAYMENT ADVICE - HANDMADE CARPETS / REMITTANCE
    ADVICE TO VENDOR / Intimation of payment to vendor and a vendor portal page (the payer on top with its
    desk line; in one order the payment block first, with Vendor name / Paid to vendor / Remitted to / Payee
    (vendor) / Vendor credited the company at its head, then the codes and the bills; in the other the codes
    (Vendor code, PO No., Goods inward No.; the Corporation's Indent No. and Bill passing No.) and the payee
    first, then the bills, then the payment block; the bills with their square feet or pieces and sums, Total
    of invoices / Bills value, Less: TDS u/s 194Q @ 0.1%, Less: Size shortfall - n sq ft / Less: Quality claim
    - n pcs / Less: Retention @ 5% till installation / Less: Early payment discount @ 2% on some: Net paid to
    vendor / Amount remitted (net) / Net transfer (Amount on hold on the hold, Amount bounced back /
    Remittance recalled on the return), Mode / Payment through NEFT / RTGS / IMPS, Vendor bank A/c, UTR No. /
    NEFT ref. (UTR) / RTGS UTR / IMPS ref. No., Payment voucher No. / Remittance advice No. / Document No.,
    Payment date / Credited on / Remitted on / On hold since / Date of advice / Bounced on / Recalled on;
    Status: Paid - vendor account credited / Remittance done - funds sent to your bank / On hold - awaiting
    the size verification report from the warehouse / Returned - beneficiary account closed)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    buyer, mail, desk, kind, frame = PAYERS[k]
    ccic = buyer.startswith("Central Cottage")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            [
                "Payment made - Varuna Kaleen",
                "Remittance advice for your bills",
                f"Funds transferred to {SHORT}",
            ]
            if status == "success"
            else ["Remittance advice for your bills", "Your payment - Varuna Kaleen"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/advice/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, name)
    p.add(
        "small",
        f"{rng.choice(['Finance & Accounts', 'Purchase - Floor Coverings', 'Vendor Payments Cell'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "VENDOR PAYMENT ADVICE - HANDMADE CARPETS",
                "REMITTANCE ADVICE TO VENDOR",
                "Intimation of payment to vendor",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = ["Vendor name", "Paid to vendor", "Remitted to", "Payee (vendor)"] + (
        ["Vendor credited"] if status == "success" else []
    )
    unit, lo, hi, qlo, qhi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(qlo, qhi)
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each, 2)
        gross += value
        bills.append((f"VKE/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    tds = round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25 and unit == "sq ft":
        short = rng.randrange(2, 12)
        cut = short * each
        cuts.append((f"Less: Size shortfall - {short} sq ft", rs(cut)))
    elif pick < 0.45 and unit == "pcs":
        bad = rng.randrange(1, 4)
        cut = bad * each
        cuts.append((f"Less: Quality claim - {bad} pcs", rs(cut)))
    elif pick < 0.65 and kind == "runner":
        cut = round(gross * 0.05, 2)
        cuts.append(("Less: Retention @ 5% till installation", rs(cut)))
    elif pick < 0.8:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Early payment discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def codes() -> None:
        if ccic:
            p.pair("Indent No.", f"CCIC/IND/{rng.randrange(100, 999)}/{digits(rng, 4)}")
            p.pair("Bill passing No.", f"BP{digits(rng, 7)}")
        else:
            p.pair("Vendor code", f"{rng.choice(['V', 'VEN', 'BHD'])}{digits(rng, 5)}")
            p.pair("PO No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.6:
            p.pair("Goods inward No.", f"GIN{digits(rng, 7)}")

    def bill_block() -> None:
        p.add("left", rng.choice(["Invoices covered", "Bills covered by this payment", "Against your bills"]))
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Total of invoices", "Bills value"]), rs(gross))
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    def pay_block(with_payee: bool) -> None:
        p.add("left", rng.choice(["Payment", "Remittance details"]))
        if with_payee:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net paid to vendor", "Amount remitted (net)", "Net transfer"],
            "pending": ["Amount on hold"],
            "failed": ["Amount bounced back", "Remittance recalled"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Mode", "Payment through"]), way, method="netbanking")
        wrap_pair(p, "Vendor bank A/c", account(rng, BANKS[:4]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), way)
                lab = {
                    "IMPS": ["IMPS ref. No."],
                    "RTGS": ["RTGS UTR", "UTR No."],
                    "NEFT": ["NEFT ref. (UTR)", "UTR No."],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PV', 'RA', '52'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment voucher No.", "Remittance advice No.", "Document No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Payment date", "Credited on", "Remitted on"],
                "pending": ["On hold since", "Date of advice"],
                "failed": ["Bounced on", "Recalled on"],
            }[status],
            PATS_IN,
        )
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Status: Paid - vendor account credited",
                    "Remittance done - funds sent to your bank",
                ],
                "pending": ["On hold - awaiting the size verification report from the warehouse"],
                "failed": ["Returned - beneficiary account closed"],
            },
        )

    if rng.random() < 0.5:
        pay_block(True)
        p.add("rule")
        codes()
        bill_block()
    else:
        codes()
        wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        bill_block()
        p.add("rule")
        pay_block(False)
    p.part = "foot"
    p.add(
        "small",
        "System generated advice - no signature needed. Write to us within 10 days about any difference."
        if not ccic
        else "Paid by the Corporation's finance wing against the indent above. Queries to Finance.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. rug importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Hudson Floor Art Inc", "New York, NY, USA", "USD", "Citibank NA, New York", 8000, 85000),
    (
        "Speicherstadt Teppichhandel GmbH",
        "Hamburg, Germany",
        "EUR",
        "Hamburger Sparkasse AG",
        6000,
        72000,
    ),
    ("Marylebone Rug Company Ltd", "London, United Kingdom", "GBP", "Barclays Bank UK PLC", 5000, 60000),
    (
        "Sodermalm Mattor AB",
        "Stockholm, Sweden",
        "SEK",
        "Skandinaviska Enskilda Banken AB",
        60000,
        720000,
    ),
    ("Limmat Teppich AG", "Zurich, Switzerland", "CHF", "UBS Switzerland AG", 5000, 66000),
    ("Nishijin Rug Trading Co., Ltd", "Kyoto, Japan", "JPY", "MUFG Bank, Ltd", 900000, 9600000),
    (
        "Al Barsha Carpets Trading LLC",
        "Dubai, United Arab Emirates",
        "AED",
        "Emirates NBD Bank PJSC",
        20000,
        260000,
    ),
    (
        "Fitzroy Rug Merchants Pty Ltd",
        "Melbourne, VIC, Australia",
        "AUD",
        "National Australia Bank Ltd",
        6000,
        80000,
    ),
]
WIRE_BANKS = [
    ("Union Bank of India", "browser"),
    ("Bank of Baroda", "mail"),
    ("Kotak Mahindra Bank", "paper"),
    ("State Bank of India", "browser"),
    ("Axis Bank", "mail"),
    ("HDFC Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Punjab National Bank", "mail"),
]
# rupees per unit (per 100 yen)
WIRE_RATES = {
    "USD": (87.4, 90.6),
    "EUR": (100.2, 104.8),
    "GBP": (114.2, 119.6),
    "SEK": (8.92, 9.61),
    "CHF": (104.1, 110.3),
    "JPY": (56.2, 61.8),
    "AED": (23.8, 24.7),
    "AUD": (56.4, 59.8),
}
INTERMEDIARY = {
    "EUR": "Deutsche Bank AG, Frankfurt am Main",
    "SEK": "Svenska Handelsbanken AB, Stockholm",
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "AED": "Mashreqbank PSC, Dubai",
    "AUD": "Westpac Banking Corporation, Sydney",
}
SHIPPED = [
    "Hand-knotted woollen carpets (HSN 57011010)",
    "Hand-knotted wool and silk carpets (HSN 57011020)",
    "Handwoven cotton dhurries (HSN 57023210)",
    "Handwoven woollen kilims and flat-weaves (HSN 57021000)",
    "Hand-knotted rugs - 2 bales by sea via ICD Raja Ka Talab",
]


def grouped(value: float, sep: str, dec: str) -> str:
    """A sum with ``sep`` between the thousands and ``dec`` before the cents (12.450,00 / 124 500,00 /
    12'450.00)."""
    whole, cents = f"{value:,.2f}".split(".")
    return whole.replace(",", sep) + dec + cents


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds and for euros on some; euros
    with the continental grouping (dots and a decimal comma) on the rest; kronor with spaces between the
    thousands and a decimal comma on some; francs with an apostrophe between the thousands on some; yen
    without decimals; dirhams and Australian dollars with the code (or A$) before or after the sum."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur == "EUR" and rng.random() < 0.4:
        return fx(rng, font, cur)
    after = rng.random() < 0.35
    if cur == "EUR":

        def show_eur(value: float) -> str:
            body = grouped(value, ".", ",")
            return f"{body} EUR" if after else f"EUR {body}"

        return show_eur
    if cur == "SEK":
        nordic = rng.random() < 0.7

        def show_sek(value: float) -> str:
            body = grouped(value, " ", ",") if nordic else f"{value:,.2f}"
            return f"{body} SEK" if after else f"SEK {body}"

        return show_sek
    if cur == "CHF":
        swiss = rng.random() < 0.6

        def show_chf(value: float) -> str:
            body = grouped(value, "'", ".") if swiss else f"{value:,.2f}"
            return f"{body} CHF" if after else f"CHF {body}"

        return show_chf
    if cur == "JPY":

        def show_jpy(value: float) -> str:
            return f"{value:,.0f} JPY" if after else f"JPY {value:,.0f}"

        return show_jpy
    mark = rng.choice({"AED": ["AED "], "AUD": ["AUD ", "A$"]}[cur])

    def show(value: float) -> str:
        if after and mark == "AED ":
            return f"{value:,.2f} AED"
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Rug importers in New York, Hamburg, London, Stockholm, Zurich, Kyoto, Dubai and Melbourne paying for
    hand-knotted carpets, silk and wool carpets, dhurries and kilims: the banks' inward remittance advices
    (browser, e-mail, printed CREDIT ADVICE - EXPORT REMITTANCE RECEIVED / Inward SWIFT payment - beneficiary
    advice / FOREIGN INWARD REMITTANCE ADVICE (FIRA): the bank on top with its forex desk; the status under
    the heading on some, at the foot on the rest; Credit date / Date credited / Settled on / Pending since /
    Received on / Date returned / Returned on first or after the sums; the beneficiary's block (Beneficiary
    (exporter) / Credited to (exporter) / Account holder / Payee name the company, A/c No., IEC No.) above or
    below the remitter's (Ordering customer (field 50) / Remitter (foreign buyer) / By order of, Remitting
    bank / Ordering bank (field 52), Intermediary bank (field 56) on some); Remittance amount / FCY amount
    received / Amount (foreign currency) / Inward remittance amount in US dollars, euros, pounds, kronor,
    francs, yen, dirhams or Australian dollars (kronor with spaces and a decimal comma, francs with an
    apostrophe between the thousands, euros with dots and a decimal comma on some, yen without decimals),
    Charges, Conversion rate, INR value, Less: Commission and GST, Net amount credited (INR), Purpose code,
    Description of goods, Commercial invoice No., Shipping bill No. and date, Mode of receipt, Sender's ref.
    (field 20), FIRA No. (on a success) / Bank transaction ref. / Inward reference No., UETR; Credited to your
    account - FIRA issued / Status: Remittance credited - e-BRC can now be generated / Under compliance review
    - AML screening in progress / Returned to ordering bank - beneficiary account details incomplete)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = foreign(rng, font, cur)
    places = 4 if rng.random() < 0.5 else 2
    rate = round(rng.uniform(*WIRE_RATES[cur]), places)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex <forex.varanasi@{slug(bank)}>",
            [
                "Credit advice - export remittance received",
                "Inward SWIFT payment to your account",
                "FIRA - foreign inward remittance",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradenet.{slug(bank)}/fx/inward/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Business Centre, Sigra, Varanasi",
                "Trade and Forex Hub, Bhadohi Branch",
                "International Banking Unit, Hazratganj, Lucknow",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "CREDIT ADVICE - EXPORT REMITTANCE RECEIVED",
                "Inward SWIFT payment - beneficiary advice",
                "FOREIGN INWARD REMITTANCE ADVICE (FIRA)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Credited to your account - FIRA issued",
            "Status: Remittance credited - e-BRC can now be generated",
        ],
        "pending": ["Under compliance review - AML screening in progress"],
        "failed": ["Returned to ordering bank - beneficiary account details incomplete"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credit date", "Date credited", "Settled on"],
        "pending": ["Pending since", "Received on"],
        "failed": ["Date returned", "Returned on"],
    }[status]
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Ordering customer (field 50)", "Remitter (foreign buyer)", "By order of"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, rng.choice(["Remitting bank", "Ordering bank (field 52)"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary bank (field 56)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Beneficiary (exporter)", "Credited to (exporter)", "Account holder", "Payee name"]),
            me,
            merchant=me,
        )
        p.pair("A/c No.", f"XXXXXXXX{digits(rng, 4)} (EEFC/CA)")
        p.pair("IEC No.", iec(rng))

    if rng.random() < 0.5:
        beneficiary_block()
        p.add("rule")
        remitter_block()
    else:
        remitter_block()
        p.add("rule")
        beneficiary_block()
    p.pair(
        rng.choice(
            [
                "Remittance amount",
                "FCY amount received",
                "Amount (foreign currency)",
                "Inward remittance amount",
            ]
        ),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN - borne by you", "SHA - shared", "OUR - borne by remitter"]))
    if cur == "JPY":
        p.pair("Conversion rate", f"{rate:.{places}f} INR per 100 JPY")
        inr = round(j.amount * rate / 100, 2)
    else:
        p.pair("Conversion rate", f"1 {cur} = {rate:.{places}f} INR")
        inr = round(j.amount * rate, 2)
    p.pair("INR value", f"INR {inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Commission and GST", f"INR {chg:,.2f}")
    if status == "success":
        p.pair("Net amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair(
        "Purpose code",
        rng.choice(["P0102 - realisation of export of goods", "P0103 - advance against exports"]),
    )
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair("Commercial invoice No.", f"VKE/EXP/{rng.randrange(1, 240):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 90), rng.choice(WIRE_PATS)))
    p.pair("Mode of receipt", rng.choice(["SWIFT MT103", "SWIFT MT103 (gpi)"]), method="netbanking")
    p.pair("Sender's ref. (field 20)", f"{code(rng, 3, UPPER)}{digits(rng, 11)}")
    if not j.no_ref:
        ref = f"{rng.choice(['FIRA', 'IRW', 'FX'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(
                ["FIRA No.", "Bank transaction ref.", "Inward reference No."]
                if status == "success"
                else ["Bank transaction ref.", "Inward reference No."]
            ),
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
        "Map this remittance to its shipping bill on EDPMS; the e-BRC is generated from the FIRA."
        if status == "success"
        else "Quote the inward reference in any letter to the forex desk.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, dye house, weaving centre


# the party, the way it paid, the unit (showroom, dye house, weaving centre or the desk's mail), the goods
SALES = [
    ("Mr. Anirudh Saxena, Varanasi", "card", "showroom", "rug"),
    ("Hotel Ganga Darshan, Assi Ghat, Varanasi", "cheque", "showroom", "runner"),
    ("Studio Terra Architects, New Delhi", "NEFT", "mail", "custom"),
    ("Gopiganj Carpet Exporters", "cash", "dye", "dyeing"),
    ("Maharajganj Bunkar Sahkari Samiti", "UPI", "dye", "washing"),
    ("Panipat Shoddy Yarn Mill", "cash", "looms", "waste"),
    ("Aurai Kaleen Udyog", "cheque", "dye", "dyeing"),
    ("Ms. Rhea Fernandes, Goa", "UPI", "mail", "rug"),
]
# what the firm sells or works on: the line, its unit, the price per unit (low, high), GST %
GOODS = {
    "rug": ("Hand-knotted woollen rug 6x9 ft - 9/40 quality", "pc", 18000, 85000, 5),
    "runner": ("Hand-knotted runner 2.5x10 ft - corridor", "pc", 9000, 24000, 5),
    "custom": ("Custom hand-knotted carpet 10x14 ft - to design", "pc", 180000, 420000, 5),
    "dyeing": ("Yarn dyeing job work - wool, acid dyes (SAC 9988)", "kg", 70, 140, 5),
    "washing": ("Carpet washing job work - wash and dry (SAC 9988)", "sq ft", 12, 28, 5),
    "waste": ("Wool waste (katran) and yarn ends - loose (HSN 5103)", "kg", 40, 95, 5),
}
SALE_HEADS = {
    "showroom": ["TAX INVOICE CUM RECEIPT - HANDMADE CARPETS", "SHOWROOM SALE BILL - BHADOHI"],
    "dyeing": ["JOB WORK RECEIPT - YARN DYEING (PER KG)", "RANGAI JOB WORK PARCHI"],
    "washing": ["CARPET WASHING CHARGES - RECEIPT", "DHULAI JOB WORK RECEIPT"],
    "waste": ["SALE MEMO - WOOL WASTE (KATRAN) BY WEIGHT", "SCRAP RECEIPT - YARN WASTE"],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's TAX INVOICE CUM RECEIPT - HANDMADE CARPETS / SHOWROOM SALE BILL - BHADOHI to a Varanasi
    buyer and a Varanasi hotel, the dye house's JOB WORK RECEIPT - YARN DYEING (PER KG) / RANGAI JOB WORK
    PARCHI to two exporters and its CARPET WASHING CHARGES - RECEIPT / DHULAI JOB WORK RECEIPT to a weavers'
    society, the weaving centre's SALE MEMO - WOOL WASTE (KATRAN) BY WEIGHT / SCRAP RECEIPT - YARN WASTE to a
    Panipat shoddy mill (paper: the showroom, the dye house, the weaving centre or the company on top with its
    "A unit of" line, address and GSTIN; Memo No. / Receipt No. / Job receipt No. / Sale memo No. and Date /
    Receipt date / Dtd. / Date of sale in either order, above the party or after the payment rows; Customer
    name / Name of party / Job work for, the pieces, kilos or square feet x rate, Less: Trade discount @ 5% on
    the showroom's, CGST and SGST @ 2.5%, Total / Bill amount / Order value, Amount received in cash / By cash
    / Received through UPI / UPI payment received / Paid by card / Card payment (POS) / Received by cheque /
    Cheque amount, the sum in words under it, Mode / Payment by, UPI ref. No. / RRN / Auth code, Cheque No.
    and bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - RUG ROLLED AND HANDED OVER / PAID - DYED YARN
    RETURNED / PAID - CARPETS WASHED AND RETURNED / PAID - WASTE WEIGHED AND LIFTED / CHEQUE RECEIVED - YARN
    RELEASED ON CLEARING / CHEQUE DISHONOURED - BILL STANDS UNPAID, the rubber stamp) and the accounts desk's
    Payment received - many thanks e-mails (Receipt No. / Acknowledgement ref.; a Delhi architect's Advance
    received against order / Booking amount received with the Balance due before dispatch / Balance on
    delivery and the NEFT UTR / UTR, a Goa buyer's rug by UPI; ADVANCE RECEIVED - ORDER BOOKED)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    name = ""
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@varunakaleen.in>",
            [
                "We have received your payment - Varuna Kaleen",
                "Payment receipt for your carpet order",
                "Receipt - Varuna Kaleen Exports",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Hand-knotted carpets and dhurries - Bhadohi  |  Accounts desk")
        p.add("center", "Payment received - many thanks")
        p.add("rule")
        p.part = "body"
    else:
        name = {"showroom": SHOWROOM, "dye": DYEHOUSE, "looms": LOOMS}[unit]
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - hand-knotted carpets and dhurries",
            where[1],
            where[2],
            SALE_HEADS["showroom" if unit == "showroom" else kind],
        )

    def doc_rows() -> None:
        heads = {
            "showroom": ["VKS", "SR"],
            "dye": ["DWU", "JW"],
            "looms": ["WC", "SM"],
            "mail": ["VKE", "AR"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = {
            "showroom": ["Memo No.", "Receipt No."],
            "dye": ["Job receipt No.", "Receipt No."],
            "looms": ["Sale memo No.", "Receipt No."],
            "mail": ["Receipt No.", "Acknowledgement ref."],
        }[unit]
        day_labels = ["Date", "Receipt date"] + (["Dtd."] if unit != "mail" else [])
        day_labels += ["Date of sale"] if unit in ("showroom", "looms") else []
        rows = []
        if not j.no_ref:
            rows.append(lambda: p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno)))
        rows.append(lambda: day_pair(p, j, day_labels, PATS_IN))
        if rng.random() < 0.5:
            rows.reverse()
        for row in rows:
            row()

    doc_top = rng.random() < 0.6
    if doc_top:
        doc_rows()
    wrap_pair(
        p,
        rng.choice(["Customer name", "Name of party"] + (["Job work for"] if unit == "dye" else [])),
        party,
    )
    advance = kind == "custom"
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind in ("dyeing", "waste", "washing"):
        qty = rng.randrange(300, 2400, 5) if kind != "washing" else rng.randrange(400, 3600, 10)
        rate = float(rng.randrange(lo, hi))
        if way == "cash":
            # cash under the two lakh rupees a trader may take in one day
            qty = min(qty, int(180000 // rate) // 5 * 5)
        base = round(qty * rate, 2)
        p.pair(f"  {qty:,} {per} x {rate:.2f}", rs(base))
    else:
        qty = rng.randrange(1, 3) if kind != "runner" else rng.randrange(4, 16)
        shown = f"{qty} {'pc' if qty == 1 else 'pcs'}"
        rate = float(rng.randrange(lo, hi, 100 if kind != "custom" else 1000))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "showroom" and rng.random() < 0.6:
            off = round(base * 0.05, 2)
            p.pair("Less: Trade discount @ 5%", rs(off))
            base = round(base - off, 2)
    half = round(base * gst_rate / 200, 2)
    p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
    p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
    bill = round(base + 2 * half, 2)
    p.pair(rng.choice(["Order value", "Total"] if advance else ["Total", "Bill amount"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Received by cheque", "Cheque amount"])
    elif advance:
        lab = rng.choice(["Advance received against order", "Booking amount received"])
    else:
        lab = {
            "cash": rng.choice(["Amount received in cash", "By cash"]),
            "UPI": rng.choice(["Received through UPI", "UPI payment received"]),
            "card": rng.choice(["Paid by card", "Card payment (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(
            rng.choice(["Balance due before dispatch", "Balance on delivery"]), rs(round(bill - j.amount, 2))
        )
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Payment by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI ref. No.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not doc_top:
        p.add("rule")
        doc_rows()
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - ORDER BOOKED"]
    elif kind == "waste":
        words.append("PAID - WASTE WEIGHED AND LIFTED")
    elif kind == "dyeing":
        words.append("PAID - DYED YARN RETURNED")
    elif kind == "washing":
        words.append("PAID - CARPETS WASHED AND RETURNED")
    elif kind == "rug" and unit == "showroom":
        words.append("PAID - RUG ROLLED AND HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - YARN RELEASED ON CLEARING",
        "failed": "CHEQUE DISHONOURED - BILL STANDS UNPAID",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "waste": "Waste is sold as it lies and lifted by the buyer's own vehicle.",
            "dyeing": "Shade variation within a lot is accepted. Cheques are subject to realisation.",
            "washing": "Carpets are washed at the owner's risk; we are not liable for loose dyes.",
            "custom": "Weaving starts on receipt of the advance; about 14 weeks on the loom.",
        }.get(
            kind,
            "Hand-knotted: small irregularities are the mark of the hand. No exchange without this bill.",
        ),
    )
    if unit != "mail":
        right(p, f"For {name} - Accountant")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            {
                "showroom": "VARUNA KALEEN SHOWROOM",
                "dye": "VARUNA KALEEN DYE HOUSE",
                "looms": "VARUNA KALEEN LOOMS",
            }[unit],
            {
                "showroom": "STATION ROAD, BHADOHI",
                "dye": "GOPIGANJ ROAD, BHADOHI",
                "looms": "GHOSIA, BHADOHI",
            }[unit],
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. wool, warp, dyes, bale packing, silk


SUPPLIERS = [
    (
        "Bikaner Woollen Spinning Mills",
        "Carpet wool yarn | Indian and New Zealand blends",
        "Rani Bazar Industrial Area, Bikaner - 334001, Rajasthan",
        "08",
        "BWS",
    ),
    (
        "Erode Cotton Warp Yarns",
        "Cotton warp and weft yarn for carpets and dhurries",
        "Perundurai Road, Erode - 638011, Tamil Nadu",
        "33",
        "ECW",
    ),
    (
        "Vapi Acid Dyes & Chemicals",
        "Acid and metal-complex dyes | Levelling agents",
        "Plot 418, GIDC Phase II, Vapi - 396195, Gujarat",
        "24",
        "VAD",
    ),
    (
        "Mirzapur Bale Packing Industries",
        "HDPE bale covers | Poly tubing | Strapping",
        "Industrial Estate, Nateshwar Road, Mirzapur - 231001, Uttar Pradesh",
        "09",
        "MBP",
    ),
    (
        "Bhagalpur Silk Yarn Traders",
        "Mulberry and tussar silk yarn for carpets",
        "Champanagar, Bhagalpur - 812004, Bihar",
        "10",
        "BSY",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "BWS": [
        ("Carpet wool yarn 2/6 Nm - Indian, scoured", "5106", "kg", 260, 390, 5, 400, 3200),
        ("Carpet wool yarn 3/8 Nm - NZ blend", "5107", "kg", 420, 610, 5, 200, 1800),
    ],
    "ECW": [
        ("Cotton warp yarn 10s/12 ply", "5205", "kg", 190, 260, 5, 300, 2600),
        ("Cotton weft yarn 6s/4 ply", "5205", "kg", 160, 220, 5, 200, 1500),
    ],
    "VAD": [
        ("Acid dye - Red 2B (25 kg drum)", "3204", "kg", 540, 980, 18, 50, 600),
        ("Levelling agent for wool dyeing", "3809", "kg", 120, 210, 18, 100, 800),
    ],
    "MBP": [
        ("HDPE bale cover 72 x 108 in", "3923", "pcs", 48, 95, 18, 300, 2400),
        ("PP strapping roll 12 mm", "3920", "kg", 110, 160, 18, 40, 300),
    ],
    "BSY": [
        ("Mulberry silk yarn 20/22 D, dyed", "5006", "kg", 4200, 6400, 5, 10, 90),
        ("Tussar silk yarn - natural", "5004", "kg", 2600, 3900, 5, 10, 80),
    ],
}
SUPPLY_ORDER = [0, 2, 1, 4, 3, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "NEFT", "-", "NEFT", "UPI", "-", "NEFT", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Bikaner wool spinner, the Erode warp yarn mill, the Vapi dye maker, the Mirzapur bale packing maker
    and the Bhagalpur silk yarn trader billing the company (paper: the supplier on top, its line, address and
    GSTIN; TAX INVOICE (ORIGINAL FOR RECIPIENT) / INVOICE - GST / TAX INVOICE AND DELIVERY CHALLAN, Inv. No. /
    Invoice serial No. / Bill No. and Invoice date / Date of issue / Dt. of invoice on one row on some, in
    either order on the rest; Details of receiver (billed to) / Name of recipient / Billed to the company,
    Consignee (shipped to) the dye house or the weaving centre, Place of supply, E-way bill No., LR No. or
    Vehicle No., Buyer's order No., the yarns, dyes, bale covers or silk with HSN, kg or pcs x rate, Taxable
    value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less: Advance paid against order and
    Balance paid by NEFT / RTGS on some, Less: TDS u/s 194Q (buyer) and Net paid by NEFT / RTGS on some, else
    Received by NEFT / RTGS / Payment by NEFT / RTGS recd. / Received via UPI / Paid through UPI with UTR /
    NEFT UTR / UPI RRN / UPI Ref. No., or Cheque recd. / By cheque with Cheque No.; PAID / PAYMENT RECEIVED IN
    FULL / SETTLED BY NEFT / RTGS / UPI / NOTHING DUE / CHEQUE DEPOSITED - AWAITING CREDIT / CHEQUE BOUNCED -
    FUNDS INSUFFICIENT, PLEASE PAY AGAIN, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
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
        ["TAX INVOICE (ORIGINAL FOR RECIPIENT)", "INVOICE - GST", "TAX INVOICE AND DELIVERY CHALLAN"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    inv_label = rng.choice(["Inv. No.", "Invoice serial No.", "Bill No."])
    day_label = rng.choice(["Invoice date", "Date of issue", "Dt. of invoice"])
    day_text = "" if j.no_day else when_in(j, PATS_IN, rng)
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.4
    if one_row:
        # the number and the day on one row: the row carries both facts
        text = f"{inv_label}: {inv}   {day_label}: {day_text}"
        if fits(p, "left", text):
            p.add("left", text, txn=(INVOICE_RANK, inv), date=j.date)
        else:
            one_row = False
    if not one_row:
        rows = []
        if not j.no_ref:
            rows.append(lambda: p.pair(inv_label, inv, txn=(INVOICE_RANK, inv)))
        if not j.no_day:
            rows.append(lambda: wrap_pair(p, day_label, day_text, date=j.date))
        if rng.random() < 0.5:
            rows.reverse()
        for row in rows:
            row()
    ours_to(p, ["Details of receiver (billed to)", "Name of recipient", "Billed to"])
    deliver = f"{DYEHOUSE}, Gopiganj Road" if tag in ("VAD", "BWS", "BSY") else f"{LOOMS}, Ghosia"
    if tag == "MBP":
        deliver = f"{SHOWROOM}, Station Road"
    wrap_pair(p, "Consignee (shipped to)", deliver)
    p.pair("Place of supply", "Uttar Pradesh (09)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("MBP", "BSY"):
        p.pair(
            "Vehicle No.", f"{'UP-63' if tag == 'MBP' else 'BR-10'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}"
        )
    else:
        p.pair("LR No.", f"{rng.choice(['LR', 'TCI', 'VRL'])}{digits(rng, 7)}")
    p.pair("Buyer's order No.", f"VKE/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "09")
    p.pair("Invoice total", rs(total))
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
        p.pair("Less: Advance paid against order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q (buyer)", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque recd.", "By cheque"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif tds:
            lab = f"Net paid by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received via UPI", "Paid through UPI"])
        else:
            lab = rng.choice([f"Received by {way}", f"Payment by {way} recd."])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:3]), way)
                p.pair(rng.choice(["UTR", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED IN FULL", f"SETTLED BY {way}", "NOTHING DUE"]),
        "pending": "CHEQUE DEPOSITED - AWAITING CREDIT",
        "failed": "CHEQUE BOUNCED - FUNDS INSUFFICIENT, PLEASE PAY AGAIN",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"Interest @ 18% p.a. on bills unpaid after 45 days. E. & O.E. Subject to {town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Kashi Container Carriers", "Haulage - 2 x 40 ft to ICD Raja Ka Talab", 18000, 72000),
    ("Naqsh Carpet Design Studio", "Carpet graphs - 6 new designs for Domotex", 12000, 54000),
    ("Gyanpur Fumigation Services", "Fumigation and certificate - export bales", 4000, 22000),
    ("Shri Vishwanath Customs Brokers", "CHA charges - shipping bills for May", 9000, 46000),
    ("Smt. Kusum Lata Dubey", "Showroom rent - Station Road, Bhadohi", 45000, 120000),
    ("Purvanchal Guarding Services", "Dye house security - 3 guards, one month", 32000, 78000),
    ("Jaunpur Boiler & Steam Services", "Dye house boiler - repair and inspection", 14000, 68000),
    ("Ramnagar Photo Studio", "Catalogue shoot - 40 rugs, flat lay", 15000, 58000),
]
CORP_PORTALS = [
    ("ICICI Bank CIB", "ICICI Bank", "cib.icicibank.com/corp/payments/status"),
    ("Kotak Fyn", "Kotak Mahindra Bank", "fyn.kotak.com/payments/transfer/view"),
    ("Baroda Connect", "Bank of Baroda", "connect.bankofbaroda.bank.in/corp/ft/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its container hauler, the design studio, the fumigator, the customs broker, the
    showroom's landlady, the security agency, the boiler mechanic and the photo studio: corporate net
    banking's transfer pages (ICICI Bank CIB, Kotak Fyn, Baroda Connect: the portal on top and the bank's
    line, Payment details / Transaction enquiry; in one order the status under the heading with the sum large
    under it and the day at the foot, in the other the payee first and the day and the status at the foot:
    Processed on / Payment date / Txn date / Initiated on / Saved on / Returned on / Failed on; Processed -
    funds sent to beneficiary / Transaction successful / Awaiting approval - authoriser yet to release /
    Returned - beneficiary name mismatch, amount credited back; the references (UTR No. / UTR / RRN / IMPS RRN
    and Host ref. No. / Bank reference) above or below the payee: Beneficiary account name / Credited to /
    Payee name / Recipient account holder, Beneficiary short name, Account No. and IFSC, From account the
    company, Login ID, Amount / Transaction amount / Debit amount (Rs.), Payment type / Mode NEFT / RTGS /
    IMPS, Purpose / Description, Maker / Checker, Available balance on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(6,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?ref={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Single and bulk payments'])}")
    p.add("center", rng.choice(["Payment details", "Transaction enquiry - single payment"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Processed - funds sent to beneficiary", "Transaction successful"],
        "pending": ["Awaiting approval - authoriser yet to release"],
        "failed": ["Returned - beneficiary name mismatch, amount credited back"],
    }
    day_labels = {
        "success": ["Processed on", "Payment date", "Txn date"],
        "pending": ["Initiated on", "Saved on"],
        "failed": ["Returned on", "Failed on"],
    }[status]
    amount_labels = ["Amount", "Transaction amount", "Debit amount (Rs.)"]
    hour = rng.random() < 0.5
    head_first = rng.random() < 0.5
    if head_first:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR No.", "UTR"]) if way != "IMPS" else rng.choice(["RRN", "IMPS RRN"]),
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Host ref. No.", "Bank reference"]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary account name", "Credited to", "Payee name", "Recipient account holder"])
        if status == "success"
        else rng.choice(["Beneficiary account name", "Payee name"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "BHD")
    ben = rng.choice(BANKS[:10])
    p.pair("Account No.", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "From account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Login ID", f"VKEXP{digits(rng, 3)}")
    if not head_first:
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Payment type", "Mode"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose", "Description"]), note)
    p.pair("Maker / Checker", f"VKACC02 / {'-' if status == 'pending' else 'VKDIR01'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Available balance", rs(rupees(rng, 150000, 5200000)))
    if not refs_first:
        refs()
    p.add("rule")
    date_row(p, j, day_labels, hour=hour)
    if not head_first:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "A returned payment is credited back to the debit account on the same working day.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers, clippers, washers, dyers


# payee, role, village, kind
WORKERS = [
    ("Mohd. Salim Ansari", "Weaver - loom at home, 9/40 quality", "Ghosia", "weave"),
    ("Ramdhani Bind", "Weaver - loom at home, 10/40 quality", "Jangiganj", "weave"),
    ("Shabnam Bano", "Clipper - surface clipping and embossing", "Aurai", "clip"),
    ("Lallan Prasad Maurya", "Washer - carpet wash yard", "Gopiganj", "wash"),
    ("Nafees Ahmad", "Weaver - loom at home, 5/5 kilim", "Suriyawan", "weave"),
    ("Santosh Kumar Yadav", "Dyer (rangrez) - vat dyeing", "Maryadpatti", "dye"),
    ("Rukhsana Khatoon", "Binder - side binding and fringes", "Khamaria", "bind"),
    ("Jagdish Bind", "Clipper - hand clipping", "Digh", "clip"),
]
WORK_FRAMES = ["paper", "razorpayx", "paper", "paper", "bhim", "paper", "razorpayx", "paytm"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "weave": (
        ["CARPET WEAVING WAGES - PER SQ FT", "BUNAI MAZDOORI PARCHI (KARGHA)"],
        ["Weaver (bunkar)", "Bunai paid to"],
        "Carpet woven (sq ft): {q} x {rate}",
        (38, 95),
        (40, 180),
        ["Net bunai paid", "Amount paid to weaver"],
    ),
    "clip": (
        ["CLIPPING AND EMBOSSING WAGES - PER SQ FT", "KATAI-CHHATAI MAZDOORI PARCHI"],
        ["Clipper's name", "Chhatai paid to"],
        "Carpets clipped (sq ft): {q} x {rate}",
        (4, 11),
        (400, 1800),
        ["Net chhatai paid", "Net amount paid"],
    ),
    "wash": (
        ["CARPET WASHING WAGES - PER PIECE", "DHULAI MAZDOORI VOUCHER"],
        ["Washer's name", "Dhulai paid to"],
        "Carpets washed (pcs): {q} x {rate}",
        (45, 120),
        (30, 140),
        ["Net dhulai paid", "Net amount paid"],
    ),
    "dye": (
        ["YARN DYEING WAGES - PER KG", "RANGAI MAZDOORI PARCHI"],
        ["Dyer's name (rangrez)", "Rangai paid to"],
        "Wool dyed (kg): {q} x {rate}",
        (6, 14),
        (600, 2200),
        ["Net rangai paid", "Net amount paid"],
    ),
    "bind": (
        ["BINDING AND FRINGE WAGES - PER PIECE", "GATHAI-BINDING MAZDOORI VOUCHER"],
        ["Binder's name", "Binding paid to"],
        "Carpets bound and fringed (pcs): {q} x {rate}",
        (35, 90),
        (40, 160),
        ["Net binding paid", "Net amount paid"],
    ),
}


def razorpayx_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """RazorpayX's payout page (RazorpayX on top, the company under it; the status above the sum large, or the
    sum with the payee and the status under them)."""
    j.amount = rupees(rng, 2500, 26000, 0.6)
    pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
    p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pid}"))
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payout processed - credited to the contact's bank", "Payout status: Processed"],
        "pending": ["Queued - low balance in the RazorpayX account"],
        "failed": ["Reversed - the beneficiary bank declined the credit"],
    }
    status_first = rng.random() < 0.5
    if status_first:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Contact name", "Paid to (contact)"]), who, merchant=who)
    if not status_first:
        outcome_row(p, status, words)
    p.pair("Contact ID", f"cont_{code(rng, 14, ALNUM + LOWER)}")
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Fund account", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
    else:
        p.pair("Fund account (VPA)", f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@ubi")
    p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Purpose",
        rng.choice(["Bunai - 96 sq ft, design VK-214", "Bunai mazdoori - loom 3"])
        if kind == "weave"
        else rng.choice(["Binding and fringes - 64 pcs", "Side binding - lot 18"]),
    )
    if not j.no_ref:
        p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank reference (UTR)"]), j.ref, txn=(UTR_RANK, j.ref))
        rid = f"VKE-{kind.upper()}-{digits(rng, 6)}"
        p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Processed at"],
            "pending": ["Queued on", "Initiated at"],
            "failed": ["Reversed at", "Reversed on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The payout has reached the contact's bank.",
            "pending": "Queued payouts are sent as soon as the account balance is topped up.",
            "failed": "The reversed amount is back in the RazorpayX account balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its village weavers by the square foot and its clippers, washers, dyers and binders
    by the piece, the square foot or the kilo: its printed CARPET WEAVING WAGES - PER SQ FT / BUNAI MAZDOORI
    PARCHI (KARGHA) / CLIPPING AND EMBOSSING WAGES - PER SQ FT / KATAI-CHHATAI MAZDOORI PARCHI / CARPET
    WASHING WAGES - PER PIECE / DHULAI MAZDOORI VOUCHER / YARN DYEING WAGES - PER KG / RANGAI MAZDOORI PARCHI
    / BINDING AND FRINGE WAGES - PER PIECE / GATHAI-BINDING MAZDOORI VOUCHER (the company on top with the
    weaving centre's or the dye house's line, Weaver (bunkar) / Bunai paid to / Clipper's name / Chhatai paid
    to / Washer's name / Dhulai paid to / Dyer's name (rangrez) / Rangai paid to / Binder's name / Binding
    paid to, Work, Village, Bunkar card No. / Worker card No., Loom No., Design No. and Size (no fact),
    Mazdoori slip No. / Voucher No., Date / Date of payment / Paid on, the square feet, pieces or kilos x
    rate, Add: Silk highlight extra / Add: Urgent order extra, Gross wages, Less: Yarn short returned - n kg @
    rate / Less: Rafu (repair) charges / Less: Peshgi recovered, Net bunai paid / Amount paid to weaver / Net
    chhatai paid / Net dhulai paid / Net rangai paid / Net binding paid / Net amount paid, Paid by Cash / UPI
    / IMPS, UPI RRN / IMPS ref. No.; PAID / PAID IN CASH / PAID - CARPET RECEIVED FROM THE LOOM / PAID -
    ENTERED IN MAZDOORI KHATA), the payee first or after the number and the day, RazorpayX payout pages for a
    weaver and a binder (RazorpayX on top and Payouts | the company under it, the status above the sum large
    or under the payee, Contact name / Paid to (contact), Contact ID, Fund account / Fund account (VPA), Mode,
    Purpose, Payout ID, UTR / Bank reference (UTR), Reference ID, Processed on / Processed at / Queued on /
    Initiated at / Reversed at / Reversed on; Payout processed - credited to the contact's bank / Payout
    status: Processed / Queued - low balance in the RazorpayX account / Reversed - the beneficiary bank
    declined the credit), a BHIM screen (UPI Ref. No. and BHIM txn ID) and a Paytm screen (UPI Reference No.
    and Transaction ID) paying two weavers (Sent to / Paid to above the sum or under the status; Successful /
    Money sent / Payment done; Date & time / Sent on / Paid at)."""
    k = place("worker_pay")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "razorpayx":
        return razorpayx_page(rng, font, j, status, who, kind, rs)
    if frame in ("bhim", "paytm"):
        j.amount = rupees(rng, 2200, 16000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "BHIM" if frame == "bhim" else "Paytm")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(["Sent to", "Paid to"]))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Successful", "Money sent", "Payment done"]})
        if not pay_first:
            p.add("small", rng.choice(["Sent to", "Paid to"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['upi', 'ptaxis', 'ptyes', 'ubi'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Date & time", "Sent on", "Paid at"], hour=True)
        p.pair(rng.choice(["Message", "Remarks"]), rng.choice(["Bunai mazdoori", "Bunai - 84 sq ft"]))
        p.pair(rng.choice(["From", "Paid from"]), f"Union Bank of India XX{digits(rng, 4)}")
        if not j.no_ref:
            if frame == "bhim":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"BHIM{digits(rng, 12)}"
                wrap_pair(p, "BHIM txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UPI Reference No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"PTM{digits(rng, 15)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Check balance")
        return p.done()
    where = UNITS["dye"] if kind in ("wash", "dye", "bind") else UNITS["looms"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{DYEHOUSE if kind in ('wash', 'dye', 'bind') else LOOMS} - "
        f"{'village looms' if kind == 'weave' else 'piece work'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    payee_first = rng.random() < 0.6

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        p.pair("Work", role)
        p.pair("Village", village)

    if payee_first:
        payee_rows()
    p.pair("Bunkar card No." if kind == "weave" else "Worker card No.", f"BC-{rng.randrange(1, 640):03d}")
    if kind == "weave":
        p.pair("Loom No.", f"{village[:3].upper()}-{rng.randrange(1, 40):02d}")
        p.pair("Design No.", f"VK-{rng.randrange(100, 480)}")
        p.pair("Size", rng.choice(["6 x 9 ft", "8 x 10 ft", "5 x 8 ft", "9 x 12 ft"]))
    if not j.no_ref:
        vno = f"{kind[:2].upper()}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Mazdoori slip No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Date of payment", "Paid on"], PATS_IN)
    if not payee_first:
        payee_rows()
    rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([250, 500, 750, 1000]))
        p.pair("Add: Silk highlight extra" if kind == "weave" else "Add: Urgent order extra", rs(extra))
        gross += extra
    p.pair("Gross wages", rs(gross))
    cut = 0.0
    if kind == "weave" and rng.random() < 0.6:
        short = rng.choice([0.5, 1.0, 1.5, 2.0])
        per = float(rng.choice([320, 360, 410]))
        cut = short * per
        p.pair(f"Less: Yarn short returned - {short:g} kg @ {per:.2f}", rs(cut))
        if rng.random() < 0.5:
            rafu = float(rng.choice([150, 250, 400]))
            p.pair("Less: Rafu (repair) charges", rs(rafu))
            cut += rafu
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 2000]))
        p.pair("Less: Peshgi recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 5 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Paid by", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI RRN" if way == "UPI" else "IMPS ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append(
        "PAID - CARPET RECEIVED FROM THE LOOM" if kind == "weave" else "PAID - ENTERED IN MAZDOORI KHATA"
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the worker")
    return p.done()


# ---------------------------------------------------------------- 8. nagar palika, UPPCB, CEPC, ESIC


FEE_FRAMES = ["property", "zila", "uppcb", "cepc", "esic", "groundwater", "electrical", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a carpet exporter, its weaving centre at Ghosia, its dye house on Gopiganj Road and its
    showroom on Station Road: Nagar Palika Parishad Bhadohi's house tax page (the Parishad on top and the
    e-Nagar Sewa line, House No., Name of owner, Ward, Grih kar (house tax) for the year, Jal kar (water tax)
    and Jal mulya (water charge), Less: Rebate @ 10% - paid by 31 July on one paid by then, Total paid / Net
    amount deposited), the Zila Panchayat's licence fee page (Name of licensee, Licence No., Licence fee for
    the year (carpet weaving centre), Late fine, Total payable / Amount; Payment unsuccessful - any amount
    debited will be refunded by your bank, Payment attempted on / Transaction attempted on), the Uttar Pradesh
    Pollution Control Board's consent renewal (Name of industry, Category, Consent order No., Consent fee
    (water and air) - 2 years, Late fee, Total fee / Amount deposited, OCMMS txn ID, Bank ref. No.), the
    Carpet Export Promotion Council's membership renewal (the Council / CEPC on top and the Ministry of
    Textiles line, Member firm, RCMC No., Membership fee for the year, GST @ 18%, Total received / Amount
    paid, Payment ID, Receipt No.), ESIC's contribution challan (Employer's name, Employer code No.,
    Contribution period, Employees' and Employer's contribution, Total contribution / Challan amount, Challan
    No., Transaction No.; Challan generated - payment status awaited from the bank, Challan submitted on /
    Payment initiated on), the Ground Water Department's NOC fee through Nivesh Mitra (Name of applicant, NOC
    application No., Borewell, Registration and NOC fee, Processing fee, Total fee / Amount deposited, Nivesh
    Mitra txn ID, Bank ref. No.), the Electrical Safety Directorate's inspection fee (Name of premises,
    Installation, the DG set's and the substation's fees, Fee deposited / Total fee paid, Transaction ref.
    No., e-Receipt No.) and the Transport Department's Vahan tax page (Owner name, Registration No., Vehicle
    class, Tax valid upto, Road tax (quarterly), Surcharge, Total amount paid / Grand total, Transaction No.,
    Bank Ref No., Receipt No.); the status under the authority's line or at the foot: Payment received -
    e-receipt issued / Fee paid successfully / Amount deposited in Government account / Transaction
    successful; Payment mode / Paid via, Date of payment / Payment done on / Txn date / Receipt date."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y"]
    ok = [
        "Payment received - e-receipt issued",
        "Fee paid successfully",
        "Amount deposited in Government account",
        "Transaction successful",
    ]
    if frame in ("cepc", "esic"):
        ok = [word for word in ok if "Government" not in word]
    words = {"success": ok}
    day_labels = ["Date of payment", "Payment done on", "Txn date", "Receipt date"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    start = j.date.year if j.date.month >= 4 else j.date.year - 1
    year = f"{start}-{(start + 1) % 100:02d}"
    if frame == "property":
        url = f"enagarsewa.up.gov.in/bhadohi/property/receipt/{digits(rng, 9)}"
        name = rng.choice(["Nagar Palika Parishad, Bhadohi", "NAGAR PALIKA PARISHAD BHADOHI"])
        line = "e-Nagar Sewa, Uttar Pradesh  |  Grih kar and jal kar"
    elif frame == "zila":
        url = f"zpbhadohi.up.gov.in/licence/epay/{digits(rng, 8)}"
        name = rng.choice(["Zila Panchayat, Bhadohi", "ZILA PANCHAYAT, SANT RAVIDAS NAGAR (BHADOHI)"])
        line = "Panchayati Raj Department, Uttar Pradesh  |  Licence fee"
    elif frame == "uppcb":
        url = f"ocmms.uppcb.up.gov.in/consent/payment/receipt/{digits(rng, 9)}"
        name = rng.choice(["Uttar Pradesh Pollution Control Board", "UTTAR PRADESH POLLUTION CONTROL BOARD"])
        line = "Online consent management (OCMMS)  |  Consent to operate - renewal"
    elif frame == "cepc":
        url = f"cepc.co.in/membership/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["Carpet Export Promotion Council", "CEPC"])
        line = "Ministry of Textiles, Government of India  |  Membership renewal"
    elif frame == "esic":
        url = f"gateway.esic.gov.in/challan/status/{digits(rng, 10)}"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour and Employment  |  Monthly contribution challan"
        words = {"pending": ["Challan generated - payment status awaited from the bank"]}
        day_labels = ["Challan submitted on", "Payment initiated on"]
    elif frame == "groundwater":
        url = f"niveshmitra.up.nic.in/groundwater/noc/payment/{digits(rng, 8)}"
        name = rng.choice(["Ground Water Department, Uttar Pradesh", "U.P. GROUND WATER DEPARTMENT"])
        line = "Nivesh Mitra - single window system  |  NOC for industrial use of ground water"
    elif frame == "electrical":
        url = "electricalsafety.up.gov.in/inspection/epayment/receipt"
        name = rng.choice(
            ["Directorate of Electrical Safety, Uttar Pradesh", "ELECTRICAL SAFETY DIRECTORATE, U.P."]
        )
        line = "Energy Department, Government of Uttar Pradesh  |  Inspection fee"
    else:
        url = "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt"
        name = rng.choice(
            ["Transport Department, Uttar Pradesh", "Transport Department, Government of Uttar Pradesh"]
        )
        line = "Vahan - Ministry of Road Transport & Highways  |  Tax and fees"
    if frame == "zila":
        words = {"failed": ["Payment unsuccessful - any amount debited will be refunded by your bank"]}
        day_labels = ["Payment attempted on", "Transaction attempted on"]
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    if frame == "property":
        p.pair("House No.", f"{rng.randrange(1, 400)}/{rng.randrange(1, 30)}")
        wrap_pair(p, "Name of owner", f"{firm} (showroom)")
        p.pair("Ward", f"{rng.randrange(1, 25)} - {rng.choice(['Jamunipur', 'Station Road', 'Kazipur'])}")
        heads = [
            (f"Grih kar (house tax) {year}", float(round(rng.uniform(8000, 24000)))),
            ("Jal kar (water tax)", float(round(rng.uniform(1100, 3200)))),
            ("Jal mulya (water charge)", float(round(rng.uniform(600, 1600)))),
        ]
        labels = ["Total paid", "Net amount deposited"]
    elif frame == "zila":
        wrap_pair(p, "Name of licensee", f"{LOOMS} ({firm})")
        p.pair("Licence No.", f"ZP/BHD/LIC/{digits(rng, 5)}")
        heads = [(f"Licence fee {year} (carpet weaving centre)", float(rng.choice([2500, 4000, 6000])))]
        fine = float(rng.choice([0, 250, 500]))
        if fine:
            heads.append(("Late fine", fine))
        labels = ["Total payable", "Amount"]
        refs = [("Transaction ID", TXN_RANK, f"ZPB{digits(rng, 12)}")]
    elif frame == "uppcb":
        wrap_pair(p, "Name of industry", f"{DYEHOUSE} ({firm})")
        wrap_pair(p, "Category", "Red - dyeing and washing of yarn and carpets, with ETP")
        p.pair("Consent order No.", f"UPPCB/BHD/CTO/{digits(rng, 5)}")
        heads = [("Consent fee (water and air) - 2 years", float(rng.choice([25000, 40000, 60000])))]
        late = float(rng.choice([0, 2000, 5000]))
        if late:
            heads.append(("Late fee", late))
        labels = ["Total fee", "Amount deposited"]
        refs = [("OCMMS txn ID", TXN_RANK, f"OC{digits(rng, 13)}")]
        if status == "success":
            refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
    elif frame == "cepc":
        wrap_pair(p, "Member firm", firm)
        p.pair("RCMC No.", f"CEPC/RCMC/{digits(rng, 5)}")
        fee = float(rng.choice([10000, 15000, 25000]))
        heads = [(f"Membership fee {year}", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total received", "Amount paid"]
        refs = [
            ("Payment ID", TXN_RANK, f"CEPC{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"CEPC/MR/{digits(rng, 6)}"),
        ]
    elif frame == "esic":
        wrap_pair(p, "Employer's name", firm)
        p.pair("Employer code No.", f"{rng.randrange(10, 99)}{digits(rng, 15)}")
        p.pair("Contribution period", j.month())
        wages = float(rng.randrange(600000, 2200000, 100))
        heads = [
            ("Employees' contribution (0.75%)", round(wages * 0.0075, 2)),
            ("Employer's contribution (3.25%)", round(wages * 0.0325, 2)),
        ]
        labels = ["Total contribution", "Challan amount"]
        refs = [
            ("Challan No.", INVOICE_RANK, f"{rng.randrange(10, 99)}{digits(rng, 12)}"),
            ("Transaction No.", TXN_RANK, f"ESIC{digits(rng, 12)}"),
        ]
    elif frame == "groundwater":
        wrap_pair(p, "Name of applicant", f"{firm} - {DYEHOUSE}")
        p.pair("NOC application No.", f"GWD/NOC/{digits(rng, 7)}")
        p.pair("Borewell", "1 No., 150 mm, 90 m deep")
        heads = [
            ("Registration and NOC fee", float(rng.choice([5000, 10000, 15000]))),
            ("Processing fee", float(rng.choice([500, 1000]))),
        ]
        labels = ["Total fee", "Amount deposited"]
        refs = [
            ("Nivesh Mitra txn ID", TXN_RANK, f"NM{digits(rng, 13)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "electrical":
        wrap_pair(p, "Name of premises", f"{DYEHOUSE}, Gopiganj Road")
        p.pair("Installation", "DG set 250 kVA and 11 kV substation")
        heads = [
            ("Inspection fee - DG set 250 kVA", float(rng.choice([2500, 3500]))),
            ("Inspection fee - 11 kV substation", float(rng.choice([4000, 6000]))),
        ]
        labels = ["Fee deposited", "Total fee paid"]
        refs = [
            ("Transaction ref. No.", TXN_RANK, f"EST{digits(rng, 12)}"),
            ("e-Receipt No.", INVOICE_RANK, f"ESD/{digits(rng, 7)}"),
        ]
    else:
        wrap_pair(p, "Owner name", firm)
        p.pair("Registration No.", f"UP-66-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair(
            "Vehicle class", rng.choice(["Goods carrier (HGV) - truck", "Goods carrier (MGV) - 6 wheeler"])
        )
        if not j.no_day:
            p.pair("Tax valid upto", j.other_day(rng, 85, 95))
        heads = [("Road tax (quarterly)", float(rng.choice([4200, 5600, 7100])))]
        extra = float(rng.choice([0, 200, 400]))
        if extra:
            heads.append(("Surcharge", extra))
        labels = ["Total amount paid", "Grand total"]
        refs = [
            ("Transaction No.", TXN_RANK, f"UP{digits(rng, 14)}"),
            ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"UP66{code(rng, 1, UPPER)}{digits(rng, 9)}"),
        ]
    total = 0.0
    for head, fee in heads:
        total += fee
        wrap_pair(p, head, rs(fee))
    if frame == "property" and 4 <= j.date.month <= 7:
        rebate = float(round(heads[0][1] * 0.10))
        p.pair("Less: Rebate @ 10% - paid by 31 July", rs(rebate))
        total -= rebate
    if frame == "property":
        refs = [
            ("Transaction ID", TXN_RANK, f"ENS{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"NPPB/GK/{digits(rng, 7)}"),
        ]
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Payment mode", "Paid via"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "property": "Grih kar paid by 31 July of the year earns a rebate of 10%.",
        "zila": "Do not pay twice; a failed payment is returned by the bank within 7 working days.",
        "uppcb": "Keep the consent order at the dye house for inspection.",
        "cepc": "The renewed RCMC is issued once the payment is accounted.",
        "esic": "Do not pay again; the challan is marked paid once the bank confirms.",
        "groundwater": "The NOC is issued after the site inspection of the borewell.",
        "electrical": "The inspector's visit will be intimated by SMS.",
        "vahan": "Keep the e-receipt in the vehicle with the registration certificate.",
    }[frame]
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' and ECGC's premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Laghu Udyam Suraksha - dye house, looms' yarn and carpet stock",
        "mail",
        "stock",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine cargo open policy (export) - carpets by sea and air",
        "browser",
        "transit",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Burglary and theft - showroom carpets, Station Road",
        "paper",
        "burglary",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - dye house, weaving centre and showroom staff",
        "browser",
        "health",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Money insurance - weavers' wage cash to the villages",
        "mail",
        "money",
    ),
    (
        "IFFCO Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Goods carrying vehicle - package policy, truck",
        "browser",
        "vehicle",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Employees' compensation - dyers, washers and clippers",
        "paper",
        "ec",
    ),
    (
        "ECGC Ltd",
        "ecgc.in",
        "Shipments (comprehensive risks) policy - monthly premium",
        "mail",
        "ecgc",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its dye house, the looms' yarn and its carpet stock, its export cargo, the
    showroom's carpets, its staff's health, the wage cash carried to the weavers' villages, its truck, its
    dyers, washers and clippers under the Employees' Compensation Act and its export receivables with ECGC:
    the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product
    line, PREMIUM RECEIPT - POLICYHOLDER'S COPY / Acknowledgement of premium received / RECEIPT FOR PREMIUM
    PAID (ORIGINAL); the status under the heading on some, under the sum on the rest; Insured / Policy holder
    / Name of the insured, Policy No. / Proposal No. / Quote No., Sum insured - building, plant, yarn and
    carpet stock / Annual turnover declared (export) / Sum insured - showroom carpets / Members covered / Cash
    limit per carrying / IDV / Estimated annual wages / Shipments declared for the month, Period of insurance
    from (Declaration for the month on ECGC's), Basic premium or Own damage and Liability (TP), an add-on
    (Earthquake cover, War and SRCC, Theft by employees, Maternity cover, Cash in till, Zero depreciation,
    Occupational disease extension, Buyer limit fee), GST @ 18%, the sum: Premium paid (incl. GST) / Total
    amount received / Gross premium / Cheque amount / Amount of instrument / Premium payable / Amount
    attempted; Premium received - policy issued / Payment successful - policy document sent by e-mail /
    INSTRUMENT UNDER REALISATION - COVER FROM THE DATE OF CLEARING / Payment unsuccessful - proposal not
    converted to policy; Payment mode, Cheque No., Payment gateway ref. / PG transaction ID, UPI Ref No. /
    Bank Ref No., Premium receipt No. / Receipt No., Receipt date / Date of payment / Received on / Instrument
    deposited on / Cheque deposited on / Payment attempted on / Attempted at)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'online', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.replace("The ", "").split(" General")[0].split(" Insurance")[0].split(" Assurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <premium.receipt@{host}>",
            ["Premium receipt for your policy", "Your premium payment is received"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(["Branch Office, Gyanpur Road, Bhadohi", "Divisional Office, Sigra, Varanasi"]),
        )
    p.add(
        "center",
        rng.choice(
            [
                "PREMIUM RECEIPT - POLICYHOLDER'S COPY",
                "Acknowledgement of premium received",
                "RECEIPT FOR PREMIUM PAID (ORIGINAL)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium received - policy issued",
            "Payment successful - policy document sent by e-mail",
        ],
        "pending": ["INSTRUMENT UNDER REALISATION - COVER FROM THE DATE OF CLEARING"],
        "failed": ["Payment unsuccessful - proposal not converted to policy"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Insured", "Policy holder", "Name of the insured"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['4', '3', '1'])}{digits(rng, 4)}/{digits(rng, 8)}/26/000")
    else:
        lab = rng.choice(["Proposal No.", "Quote No."])
        p.pair(lab, f"{'PR' if lab == 'Proposal No.' else 'QT'}{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(60000000, 250000000, 100000))
        wrap_pair(p, "Sum insured - building, plant, yarn and carpet stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0007), 2)
        addon = ("Earthquake cover", round(insured * 0.00008, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(50000000, 400000000, 500000))
        p.pair("Annual turnover declared (export)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("War and SRCC", round(turnover * 0.00002, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(5000000, 40000000, 50000))
        p.pair("Sum insured - showroom carpets", rs(insured))
        basic = round(insured * rng.uniform(0.0009, 0.0016), 2)
        addon = ("Theft by employees", round(insured * 0.0002, 2))
    elif kind == "health":
        members = rng.randrange(20, 90)
        p.pair("Members covered", f"{members} (Rs 2,00,000 each, floater)")
        basic = round(members * rng.uniform(3200, 5400), 2)
        addon = ("Maternity cover", round(members * 300.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(300000, 2000000, 50000))
        p.pair("Cash limit per carrying", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in till", round(limit * 0.0006, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(1200000, 2600000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"UP-66-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage", basic), ("Liability (TP)", float(rng.choice([33414, 44242])))]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    elif kind == "ec":
        wages = float(rng.randrange(4000000, 16000000, 100000))
        p.pair("Estimated annual wages", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.009), 2)
        addon = ("Occupational disease extension", round(wages * 0.0005, 2))
    else:
        shipped = float(rng.randrange(4000000, 30000000, 10000))
        p.pair("Shipments declared for the month", rs(shipped))
        basic = round(shipped * rng.uniform(0.0008, 0.0016), 2)
        addon = ("Buyer limit fee", float(rng.choice([2000, 3500, 5000])))
    if not j.no_day and kind == "ecgc":
        p.pair("Declaration for", j.month())
    elif not j.no_day:
        p.pair("Period of insurance from", j.other_day(rng, 1, 8))
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Basic premium", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium paid (incl. GST)", "Total amount received", "Gross premium"],
        "pending": ["Cheque amount", "Amount of instrument"],
        "failed": ["Premium payable", "Amount attempted"],
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
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'EPG', 'TX'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment gateway ref.", "PG transaction ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Receipt date", "Date of payment", "Received on"],
            "pending": ["Instrument deposited on", "Cheque deposited on"],
            "failed": ["Payment attempted on", "Attempted at"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "The cover is subject to the realisation of the premium and to the policy's terms.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("VARUNA KALEEN EXPORT SHOWROOM", "STATION ROAD, BHADOHI", "own"),
    ("MAA VINDHYAVASINI FUELS", "GT ROAD, AURAI", "fuel"),
    ("VARUNA KALEEN EXPORTS", "BHADOHI UP 221401", "own"),
    ("HOTEL SARNATH REGENCY", "SIGRA, VARANASI", "hotel"),
    ("VARUNA KALEEN DYE HOUSE", "GOPIGANJ ROAD, BHADOHI", "own"),
    ("GYANPUR HARDWARE & SANITARY", "GYANPUR, BHADOHI", "shop"),
    ("VARUNA KALEEN EXPORT SHOWROOM", "BHADOHI 221401", "own"),
    ("SHER-E-PUNJAB DHABA", "NH-19, GOPIGANJ", "food"),
]
TERMINALS = [
    "UNION BANK OF INDIA",
    "BHARAT PETROLEUM",
    "KOTAK MAHINDRA BANK",
    "AXIS BANK",
    "BANK OF BARODA",
    "PINE LABS",
    "ICICI BANK",
    "MSWIPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' and decorators' cards on the showroom's, the company's and the dye house's terminals, and the
    company's card at a filling station on the GT Road, a Varanasi hotel in the carpet expo week, a hardware
    shop and a highway dhaba: terminal slips (monospace: the terminal's bank or brand on top on some, the
    counter's name and place in capitals; DATE: and TIME: / TXN DATE: and TXN TIME: / DATE/TIME: at the top or
    under the sum; MID:, TID:, BATCH NO:, STAN:, INV NO: / BILL: / INVOICE:, SALE / SALE (CONTACTLESS) / SALE
    (CHIP), CARD NO:, CARD:, EXP: **/**, a fuel sale's FUEL:, RATE (RS/L):, QTY (L):, PUMP NO: and VEH NO:, a
    hotel's FOLIO NO: and ROOM NO:, a dhaba's KOT NO:, a shop's MOBILE:, AUTH CODE: / APPR NO: / AUTH NO:, RRN
    NO: / RRN:, AMOUNT: / TXN AMT: / NET AMT: / SALE AMOUNT: / TOTAL:, the sum above or below the card;
    APPROVED / TRANSACTION APPROVED / SALE APPROVED - THANK YOU / DECLINED - 55 INCORRECT PIN / TXN TIMED OUT
    - VERIFY BEFORE REPEATING)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=2500, high=160000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 2500, 9500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4200, 21000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 650, 12000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 320, 2400, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %y", "%d/%m/%y", "%d-%b-%y", "%Y-%m-%d"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)

    day_top = rng.random() < 0.6
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "BILL:", "INVOICE:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(
            ["SALE", "SALE (CONTACTLESS)", "SALE (CHIP)"] if j.amount <= 5000 else ["SALE", "SALE (CHIP)"]
        ),
    )
    lab = rng.choice(["AMOUNT:", "TXN AMT:", "NET AMT:", "SALE AMOUNT:", "TOTAL:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.4
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    p.pair("EXP:", "**/**")
    if kind == "fuel":
        rate = round(rng.uniform(87.6, 96.9), 2)
        p.pair("FUEL:", rng.choice(["HSD", "DIESEL", "SPEED 97"]))
        p.pair("RATE (RS/L):", f"{rate:.2f}")
        p.pair("QTY (L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
        p.pair("VEH NO:", f"UP66{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("FOLIO NO:", f"F{digits(rng, 6)}")
        p.pair("ROOM NO:", str(rng.randrange(101, 520)))
    elif kind == "food":
        p.pair("KOT NO:", str(rng.randrange(10, 900)))
    elif kind == "shop":
        p.pair("MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR NO:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN NO:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TRANSACTION APPROVED", "SALE APPROVED - THANK YOU"]),
            status="success",
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "TXN TIMED OUT - VERIFY BEFORE REPEATING", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, piped gas


BILLERS = [
    ("PuVVNL", "Purvanchal Vidyut Vitran Nigam Ltd", "Account ID"),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Airtel Digital TV", "Bharti Telemedia Ltd", "Customer ID"),
    ("GAIL Gas", "GAIL Gas Ltd", "BP No."),
]
BILL_APPS = ["Paytm", "PuVVNL", "bob World", "PhonePe", "Amazon Pay", "PuVVNL", "MobiKwik", "bob World"]
BILL_WHICH = [1, 0, 0, 2, 3, 0, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dye house's, the weaving centre's and the showroom's electricity (PuVVNL), the office fibre (BSNL
    Bharat Fibre), the export manager's postpaid phone (Vi), the showroom's DTH (Airtel Digital TV) and the
    dye house canteen's piped gas (GAIL Gas) through Bharat Connect in bob World and other apps (Paytm,
    PhonePe, Amazon Pay, MobiKwik: the app on top, the sum large above or below the status, or the status on
    top with an Amount paid row, Biller / Service provider / Billed by as printed, Account ID / Telephone No.
    / Mobile No. / Customer ID / BP No., Consumer name / Registered name, Bill date, Due date and Late payment
    amount on some, Paid from Current A/c or UPI, B-Connect ref. No. / Bharat Connect ref. ID / BBPS Txn Ref
    ID, UPI Ref No., Txn ID on the failed one, Paid on / Payment date & time / Transaction date / Date & time
    (the latter alone on one not paid); Bill paid successfully / Payment confirmed by biller / Payment in
    progress - biller confirmation awaited / Bill payment failed - money will be refunded to the source) and
    PuVVNL's own online payment receipt (PuVVNL, Purvanchal Vidyut Vitran Nigam Ltd or its capitals on top
    with its "A UPPCL company" line, Account ID, Sub-division, Consumer name, Bill month, Bill amount, Amount
    received / Amount paid, Payment mode, Transaction ID, Receipt No., Payment date & time / Date of payment,
    the status under the line or at the foot: Payment received - receipt generated / Successful - bill marked
    paid)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=8000, high=140000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 699, 3999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 2199, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 299, 1199, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 1500, 12000, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Account ID": f"{rng.randrange(1, 9)}{digits(rng, 9)}",
        "Telephone No.": f"05414-{digits(rng, 6)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Customer ID": f"3{digits(rng, 9)}",
        "BP No.": f"70{digits(rng, 8)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "PuVVNL":
        p = browser_page(rng, font, "www.puvvnl.up.gov.in/consumer/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A UPPCL company  |  Online bill payment - receipt")
        p.add("rule")
        p.part = "body"
        ok = {"success": ["Payment received - receipt generated", "Successful - bill marked paid"]}
        status_top = rng.random() < 0.5
        if status_top:
            outcome_row(p, status, ok)
        p.pair(idlab, ids)
        p.pair("Sub-division", rng.choice(["EDSD-I Bhadohi", "EDSD-II Gopiganj", "EDSD Aurai"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY, DYEHOUSE.upper()]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair("Bill amount", rs(j.amount))
        p.pair(rng.choice(["Amount received", "Amount paid"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"PU{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"PR{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date & time", "Date of payment"], hour=True)
        if not status_top:
            outcome_row(p, status, ok)
        p.part = "foot"
        p.add("small", "The payment is posted to your account ID within 24 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill paid successfully", "Payment confirmed by biller"],
        "pending": ["Payment in progress - biller confirmation awaited"],
        "failed": ["Bill payment failed - money will be refunded to the source"],
    }
    look = rng.randrange(3)
    if look == 0:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    elif look == 1:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        outcome_row(p, status, words)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    wrap_pair(p, rng.choice(["Biller", "Service provider", "Billed by"]), name, merchant=name)
    if look == 2:
        p.pair("Amount paid" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Consumer name", "Registered name"]),
        rng.choice([COMPANY_CAPS, DYEHOUSE.upper(), SHOWROOM.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -6))
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Late payment amount", rs(round(j.amount * 1.02, 2) if which in (0, 4) else j.amount + 100))
    way = "Current A/c" if app == "bob World" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"Paytm": "PT", "PhonePe": "PP", "Amazon Pay": "AZ", "MobiKwik": "MK"}.get(app, "BB")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["B-Connect ref. No.", "Bharat Connect ref. ID", "BBPS Txn Ref ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Txn ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date & time", "Transaction date", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "KASHI CONTAINER CARR",
    "",
    "BIKANER WOOLLEN SPIN",
    "SHABNAM BANO",
    "",
    "PURVANCHAL VIDYUT VI",
    "VAPI ACID DYES & CHE",
    "ERODE COTTON WARP YA",
]
MAIL_PAYEES = [
    "Naqsh Carpet Design Studio",
    "Smt. Kusum Lata Dubey",
    "Jaunpur Boiler & Steam Services",
    "Mirzapur Bale Packing Industries",
]
SENDERS = {
    "Union Bank of India": "VM-UNIONB",
    "Bank of Baroda": "AX-BOBTXN",
    "Bhadohi Nagrik Sahakari Bank": "JM-BNSBNK",
    "Kotak Mahindra Bank": "VK-KOTAKB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-UNIONB /
    AX-BOBTXN / JM-BNSBNK / VK-KOTAKB, the day divider, each bank's own wording: Union Bank of India's "A/c
    *1234 Debited for Rs:x on <day> by <way> to <payee>.", Bank of Baroda's "Rs.x transferred from A/c ...1234
    to:<payee> via <way> on <day>.", Bhadohi Nagrik Sahakari Bank's "BNSB: A/c XX1234 debited Rs x on <day>
    towards <way> to <payee>.", Kotak Mahindra Bank's UPI "Sent Rs.x from Kotak Bank AC X1234 to <payee> on
    <day>. UPI Ref <ref>."; a transfer that "could not be completed; amount credited back to your A/c." and
    one that "is under process at the beneficiary bank; please wait before retrying.", the Avl Bal / Total Bal
    / Bal line) and two e-mail debit alerts (ICICI Bank, Axis Bank: Amount debited / Amount, Beneficiary /
    Transferred to / Payee, Transaction date / Posted on / Date, Account, Mode, UTR No. / IMPS Ref No.,
    Balance after transaction; Status: Debited - transfer successful / Transaction status: Success), the sum
    above the payee or under it."""
    k = place("bank_alerts")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=9000, high=380000)
    if k == 3:
        j.amount = rupees(rng, 2400, 15000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 18000, 120000)
    elif k == 0:
        j.amount = rupees(rng, 18000, 72000)
    if k in (1, 4):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["ICICI Bank", "Axis Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Transaction alert - account debited", "Funds transfer from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited for the transfer below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary", "Transferred to", "Payee"]
        if sum_first:
            p.pair(rng.choice(["Amount debited", "Amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Amount debited", "Amount"]), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Transaction date", "Posted on", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        p.pair("Balance after transaction", rs(rupees(rng, 90000, 4200000)))
        p.add(
            "left",
            rng.choice(["Status: Debited - transfer successful", "Transaction status: Success"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Did not make this transfer? Call the bank's customer care at once to block it.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 3:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Kotak Mahindra Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Union Bank of India",
        3: "Kotak Mahindra Bank",
        5: "Bhadohi Nagrik Sahakari Bank",
        6: "Bank of Baroda",
    }.get(k, rng.choice(["Union Bank of India", "Bank of Baroda", "Bhadohi Nagrik Sahakari Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, %d %B"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 40000, 3200000)
    if status == "success":
        if bank == "Kotak Mahindra Bank":
            p.add("left", f"Sent Rs.{amt} from Kotak Bank AC X{tail}", amount=j.amount, method=method)
            p.add("left", f"to {to}{on}.", merchant=to)
        elif bank == "Union Bank of India":
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        elif bank == "Bank of Baroda":
            p.add("left", f"Rs.{amt} transferred from A/c ...{tail}", amount=j.amount)
            p.add("left", f"to:{to} via {way}{on}.", merchant=to, method=method)
        else:
            p.add("left", f"BNSB: A/c XX{tail} debited Rs {amt}{on}", amount=j.amount)
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} transfer of Rs {amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be completed; amount credited back to your A/c.",
            "pending": "is under process at the beneficiary bank; please wait before retrying.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Kotak Mahindra Bank":
            p.add("small", "Not you? kotak.com/KBANKT/Fraud", status="success")
        else:
            bal_line = {
                "Union Bank of India": f"Avl Bal Rs:{bal:,.2f}",
                "Bank of Baroda": f"Total Bal:Rs.{bal:,.2f} CR",
            }.get(bank, f"Bal Rs {bal:,.2f}")
            p.add("left", bal_line, status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Call the bank at once", "Report an unknown debit to your branch"]
                ),
            )
    if bank != "Kotak Mahindra Bank":
        p.add(
            "small",
            {"Union Bank of India": "-Union Bank of India", "Bank of Baroda": "- Bank of Baroda"}.get(
                bank, "-BNSB"
            ),
        )
    return p.done()


compose = compose158

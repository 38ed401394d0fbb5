"""The twelve heldout242 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Morbi wall clock and gift-clock maker's day in 2026 in Morbi, Gujarat
(Samaydhara Clocks Pvt Ltd, its moulding and assembly plant on Lilapar Road, Samaydhara Moulding & Assembly
Plant, where the ABS and HIPS cases are injection moulded, the dials printed and the quartz movements, hands,
glass and pendulums fitted, its home-based assemblers in Vajepar, Trajpar, Lalpar, Shanala, Ravapar, Jodhpar
and Ghuntu, who fit the movements, hands and glass and pack the gift clocks at home by the piece, and its
sales office for the dealers on Sanala Road, Samaydhara Dealers' Sales Office), told by the proofs of payment
it receives and makes: dealers', gift shops' and buyers' UPI screens and the gift-clock web shop's CCAvenue
and PayU pages, the Ahmedabad, Surat, Mumbai, Delhi, Hyderabad and Kolkata dealers', a Bengaluru corporate
gifting firm's and Western Railway's payment advices, clock importers' inward wires from Dubai, Jeddah,
Muscat, Doha, Nairobi, Leicester, Hamburg and Singapore in dirhams, riyals, Omani rials (three decimals),
Qatari riyals, US dollars, pounds, euros (the German grouping on some) and Singapore dollars, the sales
office's dealer bills, the plant's receipts for moulding regrind sold by the kilo and for seconds sold at the
gate, the accounts desk's acknowledgements of a logo-clock order's advance and a Pune buyer's gift clocks, the
polymer distributor's, the quartz movement house's, the clock glass cutter's, the dial printer's and the box
maker's tax invoices, the corporate net-banking transfers to the transporter, the mould repairer, the sales
office's landlord, the security agency, the pad printer, the DG set mechanic, the exhibition stall maker and
the pest control firm, the home assemblers', packers', moulding operators' and pendulum clock assemblers'
majuri vouchers, their Cashfree payouts and the Paytm and bob World payments to a pad printer and a packer,
Morbi Municipal Corporation's property tax and profession tax, the Gujarat Pollution Control Board's consent
fee, FIEO's membership renewal, the Directorate of Industrial Safety and Health's licence renewal, Legal
Metrology's verification fee, the Gujarat Labour Welfare Board's contribution and ESIC's monthly contribution,
the insurers' premium receipts, card terminal slips, PGVCL's power and the postpaid, piped gas, DTH and fibre
bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills
listed on an advice, vendor, creditor, purchase order, indent, inward, IREPS and bill passing numbers, worker
cards, batches, models, DTH packs, tenements, PTRC, CCA, RCMC, licence, LWF, employer codes, proposals,
quotes, policies, registrations, consumer, customer, VC and account numbers, pieces, kilos, boxes, rates,
shortages, breakages, debit notes, prompt payment discounts, GST-TDS and TDS, advances, QC rejections, glass
recoveries, rebates, GST lines, rupee values and return charges on the wires, exchange rates, intermediary
banks, sums insured, turnovers, wages and lives declared, balances, due days, bill days, bill months, return
and contribution periods, shipping bill days, GSTIN, IFSC, UETR, sender's references, MID, TID, batch, STAN
and trace numbers, folio, KOT and table numbers, corporate and login IDs, short names, the initiator and the
approver and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines``
are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
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

COMPANY = "Samaydhara Clocks Pvt Ltd"
COMPANY_CAPS = "SAMAYDHARA CLOCKS PVT LTD"
SHORT = "Samaydhara Clocks"
PLANT = "Samaydhara Moulding & Assembly Plant"
SALES = "Samaydhara Dealers' Sales Office"
# unit, address, GST state code
UNITS = {
    "plant": (
        "Moulding and assembly plant",
        "Survey No. 118/2, Lilapar Road, Morbi - 363641, Gujarat",
        "24",
    ),
    "sales": ("Dealers' sales office", "204, Shiv Chambers, Sanala Road, Morbi - 363641, Gujarat", "24"),
}
PATS_IN = [
    "%d-%m-%Y",
    "%d/%m/%Y",
    "{d} %b %Y",
    "%d.%m.%Y",
    "%d-%b-%Y",
    "{d}/{m}/%Y",
    "%d %B %Y",
    "%d/%m/%y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%d%b%Y", "%B {d}, %Y"]
BANKS = [
    "Bank of Baroda",
    "State Bank of India",
    "Kotak Mahindra Bank",
    "Rajkot Nagarik Sahakari Bank",
    "ICICI Bank",
    "Axis Bank",
    "IDFC FIRST Bank",
    "HDFC Bank",
    "Union Bank of India",
    "Federal Bank",
    "Bank of India",
]
IFSC = {
    "Bank of Baroda": "BARB",
    "State Bank of India": "SBIN",
    "Kotak Mahindra Bank": "KKBK",
    "Rajkot Nagarik Sahakari Bank": "RNSB",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "IDFC FIRST Bank": "IDFB",
    "HDFC Bank": "HDFC",
    "Union Bank of India": "UBIN",
    "Federal Bank": "FDRL",
    "Bank of India": "BKID",
    "Indian Overseas Bank": "IOBA",
    "Central Bank of India": "CBIN",
}
DOMAINS = {
    "Bank of Baroda": "bankofbaroda.bank.in",
    "State Bank of India": "sbi.bank.in",
    "Kotak Mahindra Bank": "kotak.bank.in",
    "Rajkot Nagarik Sahakari Bank": "rnsbindia.com",
    "Axis Bank": "axis.bank.in",
    "IDFC FIRST Bank": "idfcfirst.bank.in",
    "Union Bank of India": "unionbankofindia.bank.in",
    "Federal Bank": "federal.bank.in",
    "Indian Overseas Bank": "iob.bank.in",
    "Central Bank of India": "centralbank.bank.in",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "wall": ("Wall clock 12 in - silent sweep, model SD-1204", "pcs", 190, 420, 18),
    "pendulum": ("Pendulum wall clock - wooden finish, model SD-PW31", "pcs", 680, 1750, 18),
    "gift": ("Photo frame gift clock 8 x 10 in - boxed", "pcs", 230, 640, 18),
    "logo": ("Logo printed wall clock - customised dial", "pcs", 240, 520, 18),
    "regrind": ("ABS / HIPS regrind - runners and rejects (HSN 3915)", "kg", 26, 58, 18),
    "seconds": ("Wall clocks - seconds (minor dial or case marks)", "pcs", 85, 210, 18),
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
    """The company as the other party on a supplier's paper (Bill to / Details of receiver: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "BARB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} A/c XXXXXX{digits(rng, 4)}"


def iec(rng: random.Random) -> str:
    """An importer-exporter code (the company's PAN): never an id."""
    return f"AAS{rng.choice('CF')}S{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


# ---------------------------------------------------------------- 1. dealers and buyers: UPI, web shop


SHOP_APPS = ["PhonePe", "bob World", "CCAvenue", "Navi", "BHIM", "MobiKwik", "PayU", "CRED"]
SHOP_NOTES = [
    "40 wall clocks - Diwali stock",
    "Pendulum clock SD-PW31",
    "Logo clocks - advance",
    "Return gift clocks x 60",
    "Dealer order balance",
    "12 in sweep clocks x 24",
    "Photo clocks - 2 boxes",
    "Table + alarm clocks",
]
PAYERS_UPI = [
    "Nilesh Kotecha",
    "Shree Khodiyar Watch Co.",
    "Rupal Trivedi",
    "Ambika Gift Corner",
    "Farhan Ghanchi",
    "Time Zone Clock House",
    "Dhaval Bhatt",
    "Kajal Chauhan",
]
# the buyer, the order, its sum (low, high)
PAGE_ORDERS = [
    ("Patel Vitrified Tiles LLP, Morbi", "50 logo wall clocks - Diwali gifts", 14000, 26000),
    ("Ms. Hetal Shah, Ahmedabad", "Return gift photo clocks x 120", 32000, 74000),
    ("Sunrise Public School, Rajkot", "Classroom wall clocks 12 in x 40", 9000, 16500),
    ("Mr. Arjun Nair, Kochi", "Pendulum clock, walnut finish - 1 pc", 1800, 4600),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UTR No."],
    "bob World": ["UPI RRN No.", "Ref. No. (RRN)"],
    "Navi": ["UPI txn ID", "UTR"],
    "BHIM": ["UPI Ref. No.", "Transaction ref. (UTR)"],
    "MobiKwik": ["UTR No.", "Bank RRN"],
    "CRED": ["UTR", "UPI reference number"],
}
OWN_IDS = {
    "PhonePe": ("Transaction ID", "T{d}"),
    "bob World": ("bob World txn ref.", "BOBW{d}"),
    "Navi": ("Navi txn ID", "NV{d}"),
    "BHIM": ("BHIM txn ID", "BHIM{d}"),
    "MobiKwik": ("MobiKwik txn ID", "MK{d}"),
    "CRED": ("CRED txn ID", "CRD{d}"),
}
WEB_SHOP = "Samaydhara Gift Clocks"


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The gift-clock web shop's CCAvenue or PayU page after a buyer paid (the payee on top, the status and
    the sum, large or in an Amount paid row, in either order, the day under them or at the foot)."""
    rs = money(rng, font, 0.5)
    who, what, low, high = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, low, high, 0.7)
    to = rng.choice([WEB_SHOP, COMPANY, SHORT, COMPANY_CAPS])
    url = (
        f"secure.ccavenue.com/transaction/receipt/{code(rng, 14, ALNUM)}"
        if app == "CCAvenue"
        else f"secure.payu.in/_payment/response/{code(rng, 18, HEXA)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            [
                "Wall clocks, pendulum clocks and logo gift clocks - Morbi",
                "Lilapar Road, Morbi, Gujarat  |  shop.samaydhara.in",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Thank you! Your payment was successful",
            "Order confirmed - payment received",
            "Payment captured - receipt sent to your e-mail",
        ]
    }
    big = rng.random() < 0.6

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Amount paid", "Total paid"]), rs(j.amount), amount=j.amount)

    if rng.random() < 0.5:
        outcome_row(p, status, words)
        sum_row()
    else:
        sum_row()
        outcome_row(p, status, words)
    day_first = rng.random() < 0.5
    labels = ["Payment date", "Paid at", "Transaction date & time"]
    if day_first:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Ordered by", "Bill to", "Ship to"]), who)
    wrap_pair(p, rng.choice(["Items", "Order details"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:3])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment method", "Paid via"]), shown, method=way)
    if not j.no_ref:
        if app == "CCAvenue":
            pid = digits(rng, 12)
            p.pair("CCAvenue ref. No.", pid, txn=(TXN_RANK, pid))
            oid = f"SDC{j.date:%y%m}{digits(rng, 5)}"
            p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
        else:
            pid = digits(rng, 11)
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            oid = f"SGC-{code(rng, 4, UPPER)}-{digits(rng, 5)}"
            p.pair("Order ref.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UPI RRN" if app == "CCAvenue" else "UTR", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth ID" if app == "CCAvenue" else "Approval No.", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_first:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", "Payments secured by CCAvenue" if app == "CCAvenue" else "Powered by PayU")
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Dealers, gift shops and buyers paying the sales office or the company: six UPI app screens (PhonePe,
    bob World, Navi, BHIM, MobiKwik, CRED: the status, the sum and the payee block in one of four orders; the
    sales office, its capitals, the company's capitals or its short name under Paid to shop / Transferred to /
    Merchant / Payee / Paying, its UPI ID, a Legal name / Account holder line on some, the sum large; Paid at
    / Payment time / Completed on / Date / Initiated at first under the rule or after the references, Message
    / Purpose / Note, Payer / Sent by (the payer), Debit account / Bank account / Paid from, UTR / UTR No. /
    UPI RRN No. / Ref. No. (RRN) / UPI txn ID / UPI Ref. No. / Transaction ref. (UTR) / Bank RRN / UPI
    reference number, the app's own Transaction ID / bob World txn ref. / Navi txn ID / BHIM txn ID / MobiKwik
    txn ID / CRED txn ID on some; Payment complete - merchant has received it / Amount sent to merchant /
    Successfully paid / Processing - bank confirmation awaited, don't pay again / Payment unsuccessful -
    payee's bank not reachable) and the gift-clock web shop's two payment pages (CCAvenue, PayU: the web shop
    or the company on top, the status and the sum, large or under Amount paid / Total paid, in either order,
    Payment date / Paid at / Transaction date & time under them or at the foot, Ordered by / Bill to / Ship
    to, Items / Order details, Payment method / Paid via UPI, card or net banking, CCAvenue ref. No. / PayU
    ID, Order No. / Order ref., UPI RRN / UTR, Auth ID / Approval No. or Bank Ref. No.; Thank you! Your
    payment was successful / Order confirmed - payment received / Payment captured - receipt sent to your
    e-mail)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=700, high=85000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("CCAvenue", "PayU"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SALES, SALES.upper(), COMPANY_CAPS, SHORT])
    bank = rng.choice(["barodampay", "kotak", "icici", "axisbank"])
    handle = f"samaydhara{rng.choice(['', '.sales', '.mrb'])}@{bank}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment complete - merchant has received it",
            "Amount sent to merchant",
            "Successfully paid",
        ],
        "pending": ["Processing - bank confirmation awaited, don't pay again"],
        "failed": ["Payment unsuccessful - payee's bank not reachable"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to shop", "Transferred to", "Merchant", "Payee"]
                if status == "success"
                else ["Paying", "Payee"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Legal name', 'Account holder'])}: {COMPANY_CAPS}")

    def sum_row() -> None:
        p.add("big", rs(j.amount), amount=j.amount)

    def status_row() -> None:
        outcome_row(p, status, words)

    order = rng.choice(
        [
            (status_row, sum_row, payee_block),
            (payee_block, sum_row, status_row),
            (sum_row, payee_block, status_row),
            (status_row, payee_block, sum_row),
        ]
    )
    for block in order:
        block()
    p.add("rule")
    day_labels = (
        ["Paid at", "Payment time", "Completed on", "Date"]
        if status == "success"
        else ["Initiated at", "Date"]
    )
    day_first = rng.random() < 0.5
    if day_first:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Message", "Purpose", "Note"]), rng.choice(SHOP_NOTES))
    if rng.random() < 0.6:
        p.pair(rng.choice(["Payer", "Sent by"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"bob World": "Bank of Baroda"}.get(app) or rng.choice(BANKS[:8])
    if not fits(p, "pair", f"Debit account {source} XX0000     "):
        source = {"Rajkot Nagarik Sahakari Bank": "RNSB"}.get(source, source)
    p.pair(rng.choice(["Debit account", "Bank account", "Paid from"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            label, pattern = OWN_IDS[app]
            own = pattern.format(d=digits(rng, 14) if app == "PhonePe" else digits(rng, 12))
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    if not day_first:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Powered by UPI | BHIM", "Having trouble? Report this payment", "Share screenshot"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. the buyers' payment advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    ("Relief Road Watch Company", "accounts@reliefroadwatch.in", "Relief Road, Ahmedabad", "wall", "mail"),
    (
        "Western Railway",
        "sr.dmm.stores@wr.railnet.gov.in",
        "Stores Department, Churchgate, Mumbai",
        "wall",
        "paper",
    ),
    ("Ring Road Time Traders Pvt Ltd", "payables@ringroadtime.in", "Ring Road, Surat", "pendulum", "portal"),
    ("Lohar Chawl Clock Emporium", "lce.accounts@gmail.com", "Lohar Chawl, Mumbai", "wall", "paper"),
    (
        "GiftSmith Corporate Solutions Pvt Ltd",
        "vendorpay@giftsmith.co.in",
        "Koramangala, Bengaluru",
        "logo",
        "portal",
    ),
    ("Bhagirath Palace Time House", "payments@bptimehouse.com", "Chandni Chowk, Delhi", "gift", "mail"),
    (
        "Begum Bazar Clock & Gift Centre",
        "accounts@bbclockgift.in",
        "Begum Bazar, Hyderabad",
        "wall",
        "portal",
    ),
    ("Burrabazar Ghari Bhandar", "bgb.payments@gmail.com", "Burrabazar, Kolkata", "pendulum", "mail"),
]
SENDER_NAMES = {
    "Relief Road Watch Company": "Relief Road Watch Co.",
    "Bhagirath Palace Time House": "BP Time House",
    "Burrabazar Ghari Bhandar": "Ghari Bhandar",
}
DEALER_GOODS = {
    "wall": ("pcs", 170, 360),
    "pendulum": ("pcs", 560, 1450),
    "gift": ("pcs", 200, 560),
    "logo": ("pcs", 210, 480),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Clock dealers in Ahmedabad, Surat, Mumbai, Delhi, Hyderabad and Kolkata, a Bengaluru corporate gifting
    firm and Western Railway's Stores Department paying for the wall, pendulum, gift and logo clocks the firm
    sent them: a payment e-mail, a printed PAYMENT INTIMATION TO VENDOR / CREDITOR PAYMENT ADVICE - WALL
    CLOCKS / Notice of payment to vendor and a vendor portal page (the payer on top with its desk line; the
    status under the heading on some; Vendor No. / Creditor code, Purchase order No. / Indent No. and Inward
    No. (the Railway's IREPS PO No. and Bill passing No.) first, then Vendor name / Paid to vendor / Payee
    (vendor) / In favour of / Credited to vendor the company, on top of the body or at the head of the payment
    block; the bills with their pieces and sums, Total of invoices / Bills total, Less: TDS on purchase of
    goods @ 0.1% (the Railway's Less: TDS under GST @ 2% (IGST)), Less: Shortage - n pcs / Less: Broken glass
    in transit - n pcs / Less: Rate difference (debit note) n @ rate / Less: Prompt payment discount @ 2% on
    some, above or below the payment block: Net amount paid / Amount remitted / Net payable - paid (Amount on
    hold on the hold, Amount returned by bank / Payment returned on the return), Mode / Paid by NEFT / RTGS /
    IMPS, Vendor bank A/c, UTR / NEFT ref. (UTR) / RTGS UTR / IMPS ref. No., Payment voucher No. / Advice ref.
    No. / Remittance ref., Payment date / Value date / Paid on / On hold from / Intimation date / Return date
    / Returned by bank on; Status: Paid - credited to vendor account / Payment processed to your bank account
    / On hold - awaiting GRN and quality clearance / Payment returned - beneficiary account closed)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rail = buyer == "Western Railway"
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{SENDER_NAMES.get(buyer, buyer)} Accounts <{mail}>",
            ["Payment made - Samaydhara Clocks", "Vendor payment intimation", f"Payment advice - {SHORT}"]
            if status == "success"
            else ["Vendor payment intimation", "Regarding your payment - Samaydhara"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/advice/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        desk
        if rail
        else f"{rng.choice(['Accounts Payable', 'Purchase - Clocks and Gifts', 'Creditors Desk'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT INTIMATION TO VENDOR",
                "CREDITOR PAYMENT ADVICE - WALL CLOCKS",
                "Notice of payment to vendor",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Status: Paid - credited to vendor account", "Payment processed to your bank account"],
        "pending": ["On hold - awaiting GRN and quality clearance"],
        "failed": ["Payment returned - beneficiary account closed"],
    }
    status_top = rng.random() < 0.3
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if rail:
        p.pair("IREPS PO No.", f"{digits(rng, 8)}{rng.randrange(10, 99)}")
        p.pair("Bill passing No.", f"WR/ST/{digits(rng, 6)}")
    else:
        p.pair(
            rng.choice(["Vendor No.", "Creditor code"]), f"{rng.choice(['V', 'CR', 'SDC'])}{digits(rng, 5)}"
        )
        p.pair(
            rng.choice(["Purchase order No.", "Indent No."]),
            f"{desk.split(', ')[-1][:3].upper()}/PO/{digits(rng, 5)}",
        )
        if rng.random() < 0.6:
            p.pair("Inward No.", f"IN{digits(rng, 7)}")
    labels = ["Vendor name", "Paid to vendor", "Payee (vendor)", "In favour of"] + (
        ["Credited to vendor"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(60, 600) if kind != "pendulum" else rng.randrange(12, 120)
        each = float(rng.randrange(lo, hi, 5))
        value = round(qty * each * 1.18, 2)
        gross += value
        bills.append((f"SDC/{fy(j.date)}/{rng.randrange(1, 2999):04d}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    if rail:
        tds_label, tds = "Less: TDS under GST @ 2% (IGST)", round(gross / 1.18 * 0.02, 2)
    else:
        tds_label, tds = "Less: TDS on purchase of goods @ 0.1%", round(gross / 1.18 * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25:
        short = rng.randrange(2, 12)
        cut = round(short * each * 1.18, 2)
        cuts.append((f"Less: Shortage - {short} {unit}", rs(cut)))
    elif pick < 0.45:
        bad = rng.randrange(2, 12)
        cut = round(bad * each * 1.18, 2)
        cuts.append((f"Less: Broken glass in transit - {bad} {unit}", rs(cut)))
    elif pick < 0.65:
        many = rng.randrange(40, 300)
        per = float(rng.choice([5, 8, 10, 12]))
        cut = many * per
        cuts.append((f"Less: Rate difference (debit note) {many} @ {per:,.0f}", rs(cut)))
    elif pick < 0.8 and not rail:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Prompt payment discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add("left", rng.choice(["Invoices paid", "Against the following bills", "Bills covered"]))
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Total of invoices", "Bills total"]), rs(gross))
        p.pair(tds_label, rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment", "Remittance details"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount paid", "Amount remitted", "Net payable - paid"],
            "pending": ["Amount on hold"],
            "failed": ["Amount returned by bank", "Payment returned"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = ("RTGS" if j.amount >= 200000 else "NEFT") if rail else neft_way(rng, j.amount)
        p.pair(
            rng.choice(["Mode", "Paid by"] if status == "success" else ["Mode", "Payment mode"]),
            way,
            method="netbanking",
        )
        wrap_pair(p, "Vendor bank A/c", account(rng, BANKS[:4]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[4:]), way)
                lab = {
                    "IMPS": ["IMPS ref. No."],
                    "RTGS": ["RTGS UTR", "UTR"],
                    "NEFT": ["NEFT ref. (UTR)", "UTR"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PV', 'ADV', '52'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment voucher No.", "Advice ref. No.", "Remittance ref."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Payment date", "Value date", "Paid on"],
                "pending": ["On hold from", "Intimation date"],
                "failed": ["Return date", "Returned by bank on"],
            }[status],
            PATS_IN,
        )
        if not status_top:
            outcome_row(p, status, words)

    if rng.random() < 0.5:
        bill_block()
        p.add("rule")
        pay_block()
    else:
        pay_block()
        p.add("rule")
        bill_block()
    p.part = "foot"
    p.add(
        "small",
        "System generated intimation; no signature needed. Raise any difference within 10 days."
        if not rail
        else "Paid through IPAS against the IREPS purchase order above. Queries to Stores Accounts.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. clock importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Al Nakheel Clocks & Gifts Trading LLC",
        "Deira, Dubai, UAE",
        "AED",
        "Emirates NBD Bank PJSC",
        12000,
        240000,
    ),
    ("Dar Al Waqt Trading Est.", "Jeddah, Saudi Arabia", "SAR", "The Saudi National Bank", 12000, 230000),
    ("Muttrah Home Decor LLC", "Muscat, Oman", "OMR", "Bank Muscat SAOG", 1200, 22000),
    ("Souq Waqif Gift House WLL", "Doha, Qatar", "QAR", "Qatar National Bank (Q.P.S.C.)", 12000, 220000),
    ("Tick Tock Home Stores Ltd", "Nairobi, Kenya", "USD", "Equity Bank (Kenya) Ltd", 3000, 60000),
    ("Belgrave Gift House Ltd", "Leicester, United Kingdom", "GBP", "Lloyds Bank plc", 2500, 42000),
    ("Elbe Uhren & Geschenke GmbH", "Hamburg, Germany", "EUR", "Hamburger Sparkasse AG", 2500, 42000),
    ("Lion City Timepieces Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd", 3500, 65000),
]
WIRE_BANKS = [
    ("Bank of Baroda", "browser"),
    ("Kotak Mahindra Bank", "mail"),
    ("Union Bank of India", "paper"),
    ("Federal Bank", "browser"),
    ("IDFC FIRST Bank", "mail"),
    ("HDFC Bank", "paper"),
    ("Indian Overseas Bank", "browser"),
    ("Central Bank of India", "mail"),
]
WIRE_RATES = {
    "AED": (23.6, 24.7),
    "SAR": (23.1, 24.1),
    "OMR": (225.0, 235.5),
    "QAR": (23.8, 24.8),
    "USD": (86.8, 90.4),
    "GBP": (114.0, 119.8),
    "EUR": (99.6, 104.9),
    "SGD": (66.1, 69.4),
}
INTERMEDIARY = {
    "USD": "Citibank NA, New York",
    "SGD": "Oversea-Chinese Banking Corporation Ltd, Singapore",
    "AED": "Mashreqbank PSC, Dubai",
    "QAR": "Commercial Bank of Qatar, Doha",
    "SAR": "Al Rajhi Bank, Riyadh",
}
SHIPPED = [
    "Plastic wall clocks, quartz (HSN 91052100)",
    "Wall and table clocks, assorted - 240 cartons",
    "Pendulum wall clocks (HSN 91052900)",
    "Photo frame gift clocks - 1 x 20 ft container",
    "Logo printed wall clocks - corporate gifting order",
]


def german(value: float) -> str:
    """A sum with dots between the thousands and a decimal comma (12.450,00)."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds and for euros on some, euros
    the German way (12.450,00 EUR / EUR 12.450,00) on the rest; dirhams, riyals, Qatari riyals and Singapore
    dollars with their code or local mark (AED, SAR / SR, QAR / QR, SGD / S$) before the sum or the code after
    it; Omani rials with three decimals (OMR or RO before the sum)."""
    if cur in ("USD", "GBP") or (cur == "EUR" and rng.random() < 0.4):
        return fx(rng, font, cur)
    if cur == "EUR":
        after = rng.random() < 0.5

        def euro(value: float) -> str:
            return f"{german(value)} EUR" if after else f"EUR {german(value)}"

        return euro
    if cur == "OMR":
        mark = rng.choice(["OMR ", "RO "])

        def rial(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return rial
    mark = rng.choice(
        {"AED": ["AED "], "SAR": ["SAR ", "SR "], "QAR": ["QAR ", "QR "], "SGD": ["SGD ", "S$"]}[cur]
    )
    after = mark.strip() == cur and rng.random() < 0.4

    def show(value: float) -> str:
        return f"{value:,.2f} {cur}" if after else f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Clock importers in Dubai, Jeddah, Muscat, Doha, Nairobi, Leicester, Hamburg and Singapore paying for
    wall, pendulum, gift and logo clocks: the banks' inward remittance advices (browser, e-mail, printed
    INWARD REMITTANCE ADVICE - EXPORT PROCEEDS / Foreign inward remittance - credit advice / Advice of credit
    - SWIFT MT103 received: the bank on top with its trade desk; the status under the heading on some, at the
    foot on the rest; Credit date / Value date / Processed on / Pending since / Inward date / Return date /
    Refunded to remitter on first or after the sums; the parties above the sums or under them, the remitter's
    block (Remitting customer / Foreign buyer (remitter), Remitting bank / Sending bank, Intermediary bank on
    some) above or below the beneficiary's (Beneficiary / Credit to (exporter) / Exporter / Payee
    (beneficiary) the company, Account credited, IEC); Remittance amount / FCY amount / Amount received (FCY)
    / Inward FCY amount in dirhams, riyals, Omani rials (three decimals), Qatari riyals, US dollars, pounds,
    euros (12.450,00 EUR on some) or Singapore dollars, Details of charges (71A), Conversion rate, INR value,
    Less: Bank charges + GST, Amount credited (INR) (only the Return charges + GST on the returned one),
    Purpose code (P0102 or P0103), Description of goods, Export invoice No. (Proforma invoice No. on an
    advance), Shipping bill No. and date against a realised export, Channel, Sender's ref. (20), IRM No. /
    Inward remittance No. / Bank reference No., UETR; Credited - export proceeds realised, IRM reported to
    EDPMS / Status: Remittance processed and credited / Pending - purpose declaration and invoice copy awaited
    / Returned - beneficiary name differs from account, funds sent back)."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <trade.services@{slug(bank)}>",
            [
                "Foreign inward remittance received",
                "Credit advice - export proceeds",
                "SWIFT MT103 inward - your account",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradenet.{slug(bank)}/irm/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Trade Finance Cell, Ravapar Road Branch, Morbi",
                "Forex Department, Dr. Yagnik Road, Rajkot",
                "Centralised Trade Operations, Ahmedabad",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE - EXPORT PROCEEDS",
                "Foreign inward remittance - credit advice",
                "Advice of credit - SWIFT MT103 received",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Credited - export proceeds realised, IRM reported to EDPMS",
            "Status: Remittance processed and credited",
        ],
        "pending": ["Pending - purpose declaration and invoice copy awaited"],
        "failed": ["Returned - beneficiary name differs from account, funds sent back"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credit date", "Value date", "Processed on"],
        "pending": ["Pending since", "Inward date"],
        "failed": ["Return date", "Refunded to remitter on"],
    }[status]
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(p, rng.choice(["Remitting customer", "Foreign buyer (remitter)"]), f"{payer}, {city}")
        wrap_pair(p, rng.choice(["Remitting bank", "Sending bank"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary bank", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Beneficiary", "Credit to (exporter)", "Exporter", "Payee (beneficiary)"]),
            me,
            merchant=me,
        )
        p.pair("Credit account No.", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['CA', 'EEFC'])})")
        p.pair("IEC", iec(rng))

    def parties() -> None:
        if rng.random() < 0.5:
            remitter_block()
            p.add("rule")
            beneficiary_block()
        else:
            beneficiary_block()
            p.add("rule")
            remitter_block()

    def sums() -> None:
        p.pair(
            rng.choice(["Remittance amount", "FCY amount", "Amount received (FCY)", "Inward FCY amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        p.pair("Details of charges (71A)", rng.choice(["BEN", "SHA", "OUR"]))
        chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
        if status == "failed":
            p.pair("Return charges + GST", f"INR {chg:,.2f}")
            return
        p.pair("Conversion rate", f"{rate} (INR per {cur})")
        inr = round(j.amount * rate, 2)
        p.pair("INR value", f"INR {inr:,.2f}")
        p.pair("Less: Bank charges + GST", f"INR {chg:,.2f}")
        if status == "success":
            p.pair("Amount credited (INR)", f"{inr - chg:,.2f}")

    sums_first = rng.random() < 0.35
    if sums_first:
        sums()
        p.add("rule")
        parties()
    else:
        parties()
        sums()
    advance = rng.random() < 0.3
    p.pair(
        "Purpose code",
        "P0103 - advance against exports" if advance else "P0102 - realisation of export bills",
    )
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair(
        "Proforma invoice No." if advance else "Export invoice No.",
        f"SDC/{'PI' if advance else 'EXP'}/{rng.randrange(1, 220):03d}/{fy(j.date)}",
    )
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 90), rng.choice(WIRE_PATS)))
    p.pair("Channel", rng.choice(["SWIFT MT103", "SWIFT gpi - MT103"]), method="netbanking")
    p.pair("Sender's ref. (20)", f"{code(rng, 3, UPPER)}{digits(rng, 11)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'IW'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["IRM No.", "Inward remittance No.", "Bank reference No."]),
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
    if status != "success":
        foot = "Please quote the reference above when you write to the trade desk."
    elif advance:
        foot = "Ship against this advance and report the shipping bill within the time the rules allow."
    else:
        foot = "Regularise this remittance against its shipping bill on EDPMS within the allowed time."
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 4. sales office, plant and desk receipts


# the party, the way it paid, the unit (sales office, plant, its gate outlet, the desk's mail), the goods
SALES_TO = [
    ("Shree Hari Watch & Clock Co., Rajkot", "cash", "sales", "wall"),
    ("Om Sai Clock Centre, Surendranagar", "cheque", "sales", "wall"),
    ("Unnati Corporate Gifts, Jamnagar", "NEFT", "mail", "logo"),
    ("Bhavani Plastic Recyclers, Wankaner", "cash", "plant", "regrind"),
    ("Mr. Kiran Parmar, Morbi", "UPI", "outlet", "seconds"),
    ("Patel Brothers Time House, Gondal", "card", "sales", "pendulum"),
    ("Jay Ambe Polymers, Shapar", "cheque", "plant", "regrind"),
    ("Mrs. Nidhi Joshi, Pune", "UPI", "mail", "gift"),
]
SALE_HEADS = {
    "sales": ["DEALER SALE BILL - WALL CLOCKS", "CASH MEMO - SALES OFFICE"],
    "plant": ["RECEIPT - MOULDING REGRIND (SOLD BY WEIGHT)", "PLASTIC SCRAP SALE MEMO - RUNNERS AND REJECTS"],
    "outlet": ["FACTORY GATE CASH MEMO - SECONDS", "GATE SALE RECEIPT - FACTORY SECONDS"],
}
PARTY_LABELS = {
    "sales": ["Dealer", "Dealer's name", "M/s"],
    "plant": ["Buyer's name", "Received from", "Sold to"],
    "outlet": ["Buyer's name", "Received from"],
    "mail": ["Customer", "Received from"],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The sales office's DEALER SALE BILL - WALL CLOCKS / CASH MEMO - SALES OFFICE to dealers in Rajkot,
    Surendranagar and Gondal, the plant's RECEIPT - MOULDING REGRIND (SOLD BY WEIGHT) / PLASTIC SCRAP SALE
    MEMO - RUNNERS AND REJECTS to two recyclers buying the regrind by the kilo and its FACTORY GATE CASH MEMO
    - SECONDS / GATE SALE RECEIPT - FACTORY SECONDS to a Morbi buyer (paper: the sales office, the plant or
    the company on top with its "A unit of" line, address and GSTIN; Memo No. / Bill No. / Receipt No. / Sr.
    No. and Date / Dt. / Memo date / Bill dt. in either order, then Dealer / Dealer's name / M/s / Buyer's
    name / Received from / Sold to, the pieces or kilos x rate, Less: Dealer discount @ 12% / Less: Trade
    discount @ 8% on the sales office's, CGST and SGST @ 9%, Bill amount / Total, Cash received / Amount
    received in cash / By cash / Received by UPI / UPI payment / Card payment / Paid by card (POS) / Cheque
    amount / Received by cheque, the sum in words under it, Mode of payment / Payment by, UPI txn ref. / UTR,
    Card No. and Auth code / Approval code, Cheque No. and bank, Cheque dt.; RECEIVED WITH THANKS / PAID /
    PAID - CLOCKS PACKED AND HANDED OVER / PAID - DISPATCHED BY DEALER'S TRANSPORT / PAID - REGRIND WEIGHED
    AND LIFTED / PAID - SOLD AS SEEN, NO EXCHANGE / CHEQUE DEPOSITED - CREDIT AWAITED / CHEQUE BOUNCED - MEMO
    CANCELLED, the rubber stamp) and the accounts desk's Payment received - thank you for your order e-mails
    (Receipt ref. / Acknowledgement No. and Date / Received on in either order, Customer / Received from; a
    Jamnagar gifting firm's Advance received / Advance against order for logo clocks with the Order value /
    Total order value and Balance to be paid / Balance on delivery and the UTR No. / NEFT UTR, ADVANCE
    RECEIVED - ORDER BOOKED, and a Pune buyer's gift clocks with IGST @ 18% by UPI, PAID - GIFT CLOCKS
    SHIPPED)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    party, way, unit, kind = SALES_TO[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    name = ""
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@samaydhara.in>",
            [
                "We have received your payment - Samaydhara",
                "Payment receipt for your clock order",
                "Receipt - Samaydhara Clocks",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Wall, pendulum and gift clocks - Morbi  |  Accounts desk")
        p.add("center", "Payment received - thank you for your order")
        p.add("rule")
        p.part = "body"
    else:
        name = SALES if unit == "sales" else PLANT
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS["sales" if unit == "sales" else "plant"]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - wall, pendulum and gift clocks",
            where[1],
            where[2],
            SALE_HEADS[unit],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "sales": ["DSO", "SB"],
            "plant": ["SCR", "PLT"],
            "outlet": ["GATE", "FO"],
            "mail": ["SDC", "RR"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = (
            ["Receipt ref.", "Acknowledgement No."]
            if unit == "mail"
            else ["Memo No.", "Bill No.", "Receipt No.", "Sr. No."]
        )
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = ["Date", "Received on"] if unit == "mail" else ["Date", "Dt.", "Memo date", "Bill dt."]
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    wrap_pair(p, rng.choice(PARTY_LABELS[unit]), party)
    advance = way == "NEFT"
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "regrind":
        kilos = rng.randrange(300, 2400, 5)
        rate = float(rng.randrange(lo, hi))
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:.2f}", rs(base))
    else:
        qty = {
            "wall": rng.randrange(24, 240),
            "pendulum": rng.randrange(6, 40),
            "gift": rng.randrange(20, 150),
            "logo": rng.randrange(100, 600),
            "seconds": rng.randrange(2, 12),
        }[kind]
        rate = float(rng.randrange(lo, hi, 5))
        base = round(qty * rate, 2)
        p.pair(f"  {qty} {per} x {rate:,.2f}", rs(base))
        if unit == "sales" and rng.random() < 0.7:
            pct = rng.choice([12, 8])
            off = round(base * pct / 100, 2)
            p.pair(f"Less: {'Dealer' if pct == 12 else 'Trade'} discount @ {pct}%", rs(off))
            base = round(base - off, 2)
    half = round(base * gst_rate / 200, 2)
    if party.endswith("Pune"):
        p.pair(f"IGST @ {gst_rate:g}%", rs(2 * half))
    else:
        p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
        p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
    bill = round(base + 2 * half, 2)
    p.pair(
        rng.choice(["Order value", "Total order value"] if advance else ["Bill amount", "Total"]), rs(bill)
    )
    j.amount = float(round(bill * rng.choice([0.25, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Received by cheque"])
    elif advance:
        lab = rng.choice(["Advance received", "Advance against order"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Amount received in cash", "By cash"]),
            "UPI": rng.choice(["Received by UPI"] if unit == "mail" else ["Received by UPI", "UPI payment"]),
            "card": rng.choice(["Card payment", "Paid by card (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance to be paid", "Balance on delivery"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode of payment", "Payment by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -5, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI txn ref.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:]), "NEFT")
        p.pair(rng.choice(["UTR No.", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card No.", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Auth code", "Approval code"]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    words.append(
        {
            "wall": "PAID - CLOCKS PACKED AND HANDED OVER",
            "pendulum": "PAID - DISPATCHED BY DEALER'S TRANSPORT",
            "regrind": "PAID - REGRIND WEIGHED AND LIFTED",
            "seconds": "PAID - SOLD AS SEEN, NO EXCHANGE",
            "gift": "PAID - GIFT CLOCKS SHIPPED",
            "logo": "ADVANCE RECEIVED - ORDER BOOKED",
        }[kind]
    )
    word = {
        "success": words[-1] if advance else rng.choice(words),
        "pending": "CHEQUE DEPOSITED - CREDIT AWAITED",
        "failed": "CHEQUE BOUNCED - MEMO CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "regrind": "Regrind is sold as it lies and lifted by the buyer. Cheques subject to realisation.",
            "seconds": "Seconds are sold as seen; the movement carries a six month warranty.",
            "logo": "Logo clocks are made to order; the advance is not refunded once the dials are printed.",
            "gift": "Gift clocks are packed in boxes with a gift card. Movement warranty one year.",
        }.get(kind, "Goods once sold are not taken back. Movement warranty one year; glass not covered."),
    )
    if unit != "mail":
        right(p, f"For {name} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "SAMAYDHARA SALES OFFICE" if unit == "sales" else "SAMAYDHARA PLANT",
            "SANALA ROAD, MORBI" if unit == "sales" else "LILAPAR ROAD, MORBI",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. granules, movements, glass, dials, boxes


SUPPLIERS = [
    (
        "Ankleshwar Polymer Traders",
        "ABS | HIPS | PP granules - authorised distributor",
        "Plot 2214, GIDC Estate, Ankleshwar - 393002, Gujarat",
        "24",
        "APT",
    ),
    (
        "Quartzline Movements Pvt Ltd",
        "Quartz clock movements | Hands | Pendulum drives",
        "Bhagirath Palace, Chandni Chowk, Delhi - 110006, Delhi",
        "07",
        "QLM",
    ),
    (
        "Kalol Clock Glass Works",
        "Clock glass - cut, edged and printed",
        "Station Road, Kalol, Gandhinagar - 382721, Gujarat",
        "24",
        "KCG",
    ),
    (
        "Rajkot Dial Art Printers",
        "Printed dials | Logo dials | Sticker dials",
        "Aji GIDC, Rajkot - 360003, Gujarat",
        "24",
        "RDA",
    ),
    (
        "Morbi Corrugated Box Industries",
        "5 ply and 7 ply corrugated boxes | Window gift boxes",
        "Jetpar Road, Morbi - 363641, Gujarat",
        "24",
        "MCB",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "APT": [
        ("ABS granules - general purpose, natural", "3903", "kg", 132, 176, 18, 500, 5000),
        ("HIPS granules - black, injection grade", "3903", "kg", 116, 148, 18, 500, 4000),
    ],
    "QLM": [
        ("Quartz movement - silent sweep, 12 mm shaft", "9109", "pcs", 36, 70, 18, 1000, 12000),
        ("Pendulum drive movement with hands set", "9109", "sets", 92, 160, 18, 200, 2000),
    ],
    "KCG": [
        ("Clock glass - 12 in round, 2 mm", "7015", "pcs", 14, 27, 18, 1000, 10000),
        ("Clock glass - 10 in square, printed", "7015", "pcs", 18, 35, 18, 500, 6000),
    ],
    "RDA": [
        ("Printed dials - 12 in, art paper laminated", "9114", "pcs", 3, 9, 18, 2000, 20000),
        ("Logo dials - corporate order, 4 colour", "9114", "pcs", 6, 15, 18, 300, 3000),
    ],
    "MCB": [
        ("5 ply corrugated box 14 x 14 x 3 in", "4819", "pcs", 15, 33, 5, 1000, 8000),
        ("Window gift box - printed, with insert", "4819", "pcs", 21, 46, 5, 500, 4000),
    ],
}
SUPPLY_ORDER = [0, 1, 3, 2, 4, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "NEFT", "-", "UPI", "UPI", "-", "NEFT", "RTGS"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Ankleshwar polymer distributor, the Delhi quartz movement house, the Kalol clock glass cutter, the
    Rajkot dial printer and the Morbi box maker billing the company (paper: the supplier on top, its line,
    address and GSTIN; TAX INVOICE (ORIGINAL FOR RECIPIENT) / GST TAX INVOICE / SALES INVOICE CUM PAYMENT
    RECEIPT; the number and the day on one row (Inv. No. ... / Date: ...) on some, else Invoice No. / Inv. No.
    / Document No. and Invoice date / Inv. dt. / Date of invoice in either order; Bill to / Buyer (bill to) /
    Details of receiver (billed to) the company, Ship to / Place of delivery the plant, Place of supply,
    Buyer's order No., E-way bill No., Docket No. or Vehicle No.; the granules, movements, glass, dials or
    boxes with HSN, kg, pcs or sets x rate, Taxable value, CGST and SGST or IGST @ 18% or 5%, Round off,
    Invoice total; Less: Advance paid with order and Balance received by NEFT / RTGS on some, Less: TDS @ 0.1%
    (purchase of goods) and Net received by NEFT / RTGS on some, else Received by NEFT / RTGS / Payment
    received through NEFT / RTGS / Received by UPI / UPI payment received with UTR No. / UTR ref. / UPI ref.
    No., or Cheque received for / By cheque with Cheque No.; PAID / FULL PAYMENT RECEIVED / RECEIVED BY NEFT /
    RTGS / UPI / ACCOUNT SETTLED / CHEQUE UNDER CLEARING - PAYMENT NOT YET CONFIRMED / CHEQUE DISHONOURED -
    FUNDS INSUFFICIENT, PLEASE REPAY, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
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
        ["TAX INVOICE (ORIGINAL FOR RECIPIENT)", "GST TAX INVOICE", "SALES INVOICE CUM PAYMENT RECEIPT"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    day = None if j.no_day else when_in(j, PATS_IN, rng)
    if not j.no_ref and day and rng.random() < 0.4:
        p.add("pair", f"Inv. No. {inv}", f"Date: {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(rng.choice(["Invoice No.", "Inv. No.", "Document No."]), inv, txn=(INVOICE_RANK, inv))

        def day_row() -> None:
            if day:
                wrap_pair(p, rng.choice(["Invoice date", "Inv. dt.", "Date of invoice"]), day, date=j.date)

        if rng.random() < 0.5:
            number_row()
            day_row()
        else:
            day_row()
            number_row()
    ours_to(p, ["Bill to", "Buyer (bill to)", "Details of receiver (billed to)"])
    wrap_pair(p, rng.choice(["Ship to", "Place of delivery"]), f"{PLANT}, Lilapar Road, Morbi")
    p.pair("Place of supply", "Gujarat (24)")
    p.pair("Buyer's order No.", f"SDC/PO/{rng.randrange(100, 999)}")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag == "QLM":
        p.pair("Docket No.", f"{rng.choice(['DTDC', 'TCI', 'GATI'])}{digits(rng, 8)}")
    else:
        p.pair(
            "Vehicle No.", f"GJ-{rng.choice(['03', '16', '18', '36'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}"
        )
    taxable = 0.0
    gst_rate = 18
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
    total = gst_lines(p, rs, taxable, gst_rate, state != "24")
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
        p.pair("Less: Advance paid with order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS @ 0.1% (purchase of goods)", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "By cheque"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif tds:
            lab = f"Net received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received by UPI", "UPI payment received"])
        else:
            lab = rng.choice([f"Received by {way}", f"Payment received through {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI ref. No.", "UTR ref."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:4]), way)
                p.pair(rng.choice(["UTR No.", "UTR ref."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "FULL PAYMENT RECEIVED", f"RECEIVED BY {way}", "ACCOUNT SETTLED"]),
        "pending": "CHEQUE UNDER CLEARING - PAYMENT NOT YET CONFIRMED",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT, PLEASE REPAY",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"Interest @ 18% p.a. on bills unpaid after 30 days. E. & O. E. Subject to {town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Shree Umiya Roadlines", "Freight - Morbi to Delhi, Kolkata and Chennai", 9000, 72000),
    ("Rajkot Mould & Die Works", "Mould repair - 12 in clock case mould", 12000, 85000),
    ("Bhaveshbhai Manubhai Kavar", "Sales office rent - Sanala Road", 35000, 90000),
    ("Saurashtra Security & Facility Services", "Plant security - 4 guards, one month", 42000, 96000),
    ("Trajpar Pad Printing Works", "Logo pad printing on dials - job work", 8000, 48000),
    ("Mahakali Electricals & DG Services", "DG set and panel AMC - plant", 6000, 32000),
    ("Parth Exhibitions & Stall Designers", "Stall at the gift fair, Mumbai", 40000, 180000),
    ("Nirmal Pest Control Services", "Pest control - packing and carton store", 4000, 18000),
]
CORP_PORTALS = [
    ("Baroda Connect", "Bank of Baroda", "barodaconnect.bankofbaroda.bank.in/corp/payments/status"),
    ("Kotak Fyn", "Kotak Mahindra Bank", "fyn.kotak.bank.in/payments/transactions/view"),
    ("ICICI Bank CIB", "ICICI Bank", "cib.icicibank.com/corp/txn/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its transporter, the mould repairer, the sales office's landlord, the security
    agency, the pad printer, the DG set mechanic, the exhibition stall maker and the pest control firm:
    corporate net banking's pages (Baroda Connect, Kotak Fyn, ICICI Bank CIB: the portal on top and the bank's
    line, Payment status / Transaction enquiry - details; in one order the day and the status under the
    heading, in another at the foot, in a third the status under the heading and the day at the foot: Value
    date / Processed on / Payment date / Initiated on / Entry date / Failed on / Refunded on; Successful -
    credited to beneficiary account / Status: Processed - UTR generated / Sent for approval - second
    authoriser yet to approve / Failed - beneficiary account frozen, amount refunded; the references (UTR No.
    / UTR number / IMPS ref. No. and Host reference / Bank reference / Transaction ref. No.) above or below
    the payee: Payee name / Pay to / Credit to (beneficiary) / Beneficiary name (as added), Payee short name,
    Beneficiary A/c and IFSC, Debit from the company, Corp. ID, Transaction amount / Amount (INR) / Payment
    amount / Debit amount, Payment type / Channel NEFT / RTGS / IMPS, Payment remarks / Narration, Initiated
    by / Approved by, Available balance on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(6,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?ref={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small",
        f"{bank}  |  {rng.choice(['Corporate payments', 'Transaction enquiry', 'Bulk and single payments'])}",
    )
    p.add("center", rng.choice(["Payment status", "Transaction enquiry - details"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Successful - credited to beneficiary account", "Status: Processed - UTR generated"],
        "pending": ["Sent for approval - second authoriser yet to approve"],
        "failed": ["Failed - beneficiary account frozen, amount refunded"],
    }
    day_labels = {
        "success": ["Value date", "Processed on", "Payment date"],
        "pending": ["Initiated on", "Entry date"],
        "failed": ["Failed on", "Refunded on"],
    }[status]
    hour = rng.random() < 0.5
    # 0: the day and the status under the heading; 1: both at the foot; 2: the status on top, the day below
    where = rng.randrange(3)
    if where == 0:
        date_row(p, j, day_labels, hour=hour)
    if where in (0, 2):
        outcome_row(p, status, words)
        p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR No.", "UTR number"]) if way != "IMPS" else "IMPS ref. No.",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{rng.choice(['HR', 'CB', 'TX'])}{digits(rng, 12)}"
        p.pair(
            rng.choice(["Host reference", "Bank reference", "Transaction ref. No."]), tr, txn=(BANK_RANK, tr)
        )

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Payee name", "Pay to", "Credit to (beneficiary)", "Beneficiary name (as added)"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Payee short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "MRB")
    ben = rng.choice(BANKS[:10])
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit from", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Corp. ID", f"SAMAY{digits(rng, 4)}")
    p.pair(
        rng.choice(["Transaction amount", "Amount (INR)", "Payment amount", "Debit amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Payment type", "Channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Payment remarks", "Narration"]), note)
    p.pair("Initiated by / Approved by", f"SDCACC01 / {'-' if status == 'pending' else 'SDCDIR01'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Available balance", rs(rupees(rng, 120000, 5200000)))
    if not refs_first:
        refs()
    if where in (1, 2):
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    if where == 1:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "Transfers that fail are credited back to the debit account within two working days.")
    return p.done()


# ---------------------------------------------------------------- 7. assemblers, packers, operators, printers


# payee, work, village, kind
WORKERS = [
    ("Jyotiben Rameshbhai Parmar", "Home assembler - movement and hands", "Vajepar", "fit"),
    ("Hansaben Koli", "Home assembler - glass and frame", "Trajpar", "fit"),
    ("Imran Husain Sandhi", "Moulding machine operator - piece rate", "Lilapar", "mould"),
    ("Geetaben Vaghela", "Home packer - gift boxes", "Lalpar", "pack"),
    ("Kanjibhai Chavda", "Pad printer - logo dials", "Shanala", "print"),
    ("Manishaben Dabhi", "Home assembler - pendulum clocks", "Ravapar", "pendulum"),
    ("Salim Ismail Memon", "Home assembler - movement and hands", "Ghuntu", "fit"),
    ("Ramilaben Solanki", "Home packer - gift boxes", "Jodhpar", "pack"),
]
WORK_FRAMES = ["paper", "cashfree", "paper", "paper", "paytm", "paper", "cashfree", "bob"]
# kind: voucher headings, payee labels, the line, rates, count (low, high), net labels
WORK = {
    "fit": (
        ["HOME ASSEMBLY WAGES - PER CLOCK", "GHARE FITTING MAJURI PAVTI"],
        ["Assembler's name", "Majuri paid to (assembler)"],
        "Clocks fitted (movement, hands, glass): {q} x {rate}",
        [1.25, 1.5, 1.75, 2.0, 2.25],
        (700, 4200),
        ["Net majuri paid", "Amount paid to assembler"],
    ),
    "pack": (
        ["HOME PACKING WAGES - PER GIFT BOX", "PACKING MAJURI PAVTI (GHARE KAAM)"],
        ["Packer's name", "Majuri paid to (packer)"],
        "Gift boxes packed: {q} x {rate}",
        [0.75, 0.9, 1.0, 1.2],
        (1500, 6000),
        ["Net majuri paid", "Net amount paid"],
    ),
    "mould": (
        ["MOULDING SHOP - PIECE RATE WAGES", "MOULDING MAJURI VOUCHER"],
        ["Operator's name", "Majuri paid to (operator)"],
        "Clock cases moulded (OK pcs): {q} x {rate}",
        [0.55, 0.6, 0.7, 0.8],
        (5000, 14000),
        ["Net majuri paid", "Net amount paid"],
    ),
    "pendulum": (
        ["PENDULUM CLOCK ASSEMBLY - PER PIECE", "PENDULUM JODANI MAJURI PAVTI"],
        ["Assembler's name", "Majuri paid to (assembler)"],
        "Pendulum clocks assembled: {q} x {rate}",
        [4.0, 4.5, 5.0, 6.0],
        (300, 1400),
        ["Net majuri paid", "Amount paid to assembler"],
    ),
}


def cashfree_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Cashfree's payout page (Cashfree Payments on top, the company under it; the sum large above the status
    or under it; the payee above the sum on some)."""
    j.amount = rupees(rng, 1800, 16000, 0.6)
    ref = digits(rng, 9)
    p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers" + ("" if j.no_ref else f"/{ref}"))
    p.part = "head"
    top(p, "Cashfree Payments")
    p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transfer successful - amount credited", "Payout processed - credited to beneficiary"],
        "pending": ["Pending - payout account balance low, will retry"],
        "failed": ["Failed - beneficiary bank declined, account dormant"],
    }
    payee_first = rng.random() < 0.4
    if payee_first:
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), who, merchant=who)
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    if not payee_first:
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), who, merchant=who)
    p.pair("Bene ID", f"SDCW{digits(rng, 6)}")
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Bank account", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
    else:
        p.pair("UPI ID", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@barodampay")
    p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Remarks",
        rng.choice(["Fitting majuri - week 31", "Assembly - 2,400 clocks"])
        if kind == "fit"
        else rng.choice(["Packing majuri - gift boxes", "Home packing - week 31"]),
    )
    if not j.no_ref:
        p.pair("Cashfree reference ID", ref, txn=(TXN_RANK, ref))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        tid = f"SDC-MJ-{digits(rng, 6)}"
        p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Transfer time"],
            "pending": ["Requested on", "Added on"],
            "failed": ["Failed on", "Attempted at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary's bank has confirmed this credit.",
            "pending": "Pending transfers are retried once the payout account is loaded.",
            "failed": "The amount of a failed transfer returns to the payout account.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its home assemblers and packers and its moulding operators, pad printers and
    pendulum clock assemblers by the piece: its printed HOME ASSEMBLY WAGES - PER CLOCK / GHARE FITTING MAJURI
    PAVTI / HOME PACKING WAGES - PER GIFT BOX / PACKING MAJURI PAVTI (GHARE KAAM) / MOULDING SHOP - PIECE RATE
    WAGES / MOULDING MAJURI VOUCHER / PENDULUM CLOCK ASSEMBLY - PER PIECE / PENDULUM JODANI MAJURI PAVTI (the
    company on top with the plant's line, Assembler's name / Majuri paid to (assembler) / Packer's name /
    Majuri paid to (packer) / Operator's name / Majuri paid to (operator), Work, Village / Area, Worker card
    No., Batch No. and Model (no fact), Pavti No. / Majuri voucher No., Date / Majuri date / Payment dt., the
    clocks, boxes or cases x rate (in paise), Add: Urgent order extra / Add: Sunday work extra, Gross majuri,
    Less: Rejected at QC - n pcs @ rate / Less: Broken glass recovered / Less: Upad (advance) adjusted, Net
    majuri paid / Amount paid to assembler / Net amount paid, Paid by / Mode Cash / UPI / IMPS, UPI Ref. No. /
    IMPS ref.; PAID / PAID IN CASH / PAID - PIECES COUNTED AND RECEIVED / PAID - ENTERED IN MAJURI REGISTER),
    Cashfree payout pages for two home assemblers (Cashfree Payments on top and Payouts - the company under
    it, the sum large above the status or under it, Beneficiary / Beneficiary name above the sum or under it,
    Bene ID, Bank account / UPI ID, Transfer mode, Remarks, Cashfree reference ID, UTR / Bank UTR, Transfer
    ID, Processed on / Transfer time / Requested on / Added on / Failed on / Attempted at; Transfer successful
    - amount credited / Payout processed - credited to beneficiary / Pending - payout account balance low,
    will retry / Failed - beneficiary bank declined, account dormant), a Paytm screen (UPI Reference No. and
    Paytm txn ID) and a bob World screen (RRN / UPI Ref No. and bob World ref. No.) paying a pad printer and a
    home packer (To / Recipient above the sum or under the status; Paid successfully / Sent successfully /
    Transfer done; Date & time / Paid on / Sent at)."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=900, high=16000, p_round=0.9)
    who, work, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "cashfree":
        return cashfree_page(rng, font, j, status, who, kind, rs)
    if frame in ("paytm", "bob"):
        j.amount = rupees(rng, 1800, 12000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Paytm" if frame == "paytm" else "bob World")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(["To", "Recipient"]))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Paid successfully", "Sent successfully", "Transfer done"]})
        if not pay_first:
            p.add("small", rng.choice(["To", "Recipient"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['paytm', 'ptyes', 'barodampay', 'ybl'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Date & time", "Paid on", "Sent at"], hour=True)
        p.pair(
            rng.choice(["Message", "Note"]), rng.choice(["Printing majuri", "Packing majuri - 3,200 boxes"])
        )
        p.pair(rng.choice(["From", "Debited from"]), f"Bank of Baroda XX{digits(rng, 4)}")
        if not j.no_ref:
            if frame == "paytm":
                p.pair("UPI Reference No.", j.ref, txn=(UTR_RANK, j.ref))
                own = digits(rng, 20)
                wrap_pair(p, "Paytm txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["RRN", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
                own = f"BOBW{digits(rng, 12)}"
                wrap_pair(p, "bob World ref. No.", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", rng.choice(["View history", "Pay again  |  Split"]))
        return p.done()
    heads, payee_labels, text, rates, (qlo, qhi), nets = WORK[kind]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{PLANT} - {'home work' if kind in ('fit', 'pack', 'pendulum') else 'piece work'}",
        UNITS["plant"][1],
        UNITS["plant"][2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", work)
    p.pair(rng.choice(["Village", "Area"]), village)
    p.pair("Worker card No.", f"WC-{rng.randrange(1, 640):03d}")
    if kind in ("fit", "pendulum"):
        p.pair(
            "Batch No.",
            f"B{rng.randrange(100, 999)}/{'PW' if kind == 'pendulum' else rng.choice(['WC', 'GC'])}",
        )
        p.pair(
            "Model",
            rng.choice(
                ["SD-PW31 pendulum", "SD-PW45 pendulum chime"]
                if kind == "pendulum"
                else ["SD-1204 sweep", "SD-1002 step", "SD-GF810 photo"]
            ),
        )
    if not j.no_ref:
        vno = f"MJ/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Pavti No.", "Majuri voucher No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Majuri date", "Payment dt."], PATS_IN)
    rate = rng.choice(rates)
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 400, 500]))
        p.pair(rng.choice(["Add: Urgent order extra", "Add: Sunday work extra"]), rs(extra))
        gross += extra
    p.pair("Gross majuri", rs(gross))
    cut = 0.0
    if kind in ("fit", "pendulum") and rng.random() < 0.6:
        bad = rng.randrange(3, 25)
        cut = round(bad * rate, 2)
        p.pair(f"Less: Rejected at QC - {bad} pcs @ {rate:.2f}", rs(cut))
        if kind == "fit" and rng.random() < 0.5:
            glass = float(rng.choice([20, 40, 60]))
            p.pair("Less: Broken glass recovered", rs(glass))
            cut += glass
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Upad (advance) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        rng.choice(["Paid by", "Mode"]), way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way]
    )
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS ref.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append(
        "PAID - PIECES COUNTED AND RECEIVED" if kind != "mould" else "PAID - ENTERED IN MAJURI REGISTER"
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the worker")
    return p.done()


# ---------------------------------------------------------------- 8. corporation, GPCB, FIEO, DISH, the rest


FEE_FRAMES = ["property", "gpcb", "fieo", "ptax", "dish", "metrology", "welfare", "esic"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a clock maker, its plant on Lilapar Road and its sales office on Sanala Road: Morbi
    Municipal Corporation's property tax page through eNagar (the Corporation on top and the eNagar line,
    Tenement No., Occupier name, Ward, the General tax for the year, Water charges, Drainage tax, Education
    cess and Conservancy charges, Less: Advance payment rebate (10% of general tax), Net amount paid / Total
    paid) and its profession tax page (Name of employer, PTRC No., Return period, the tax deducted for n
    employees, Total payable / Amount; Payment failed - amount not received by the Corporation, Attempted on /
    Attempt date), the Gujarat Pollution Control Board's consent fee through XGN (Name of industry, Category,
    CCA No., CCA renewal fee, Late fee, Total consent fee / Fee paid, XGN payment ID, Bank ref. No.), FIEO's
    membership renewal (the Federation / FIEO on top and its Ministry of Commerce and Industry line, Name of
    member firm, RCMC No., Annual membership fee, GST @ 18%, Total amount / Amount received, Payment ref. No.,
    Receipt No.), the Directorate of Industrial Safety and Health's licence renewal (Name of factory, Factory
    licence No., Max. workers on any day, Installed power, Licence renewal fee, Amount paid / Fee; Payment
    pending - awaiting confirmation from Cyber Treasury, Initiated on / Submitted for payment on), Legal
    Metrology's verification fee (the weighing and counting scales' fees, Total verification fee / Amount
    paid, Cyber Treasury ref. No.), the Gujarat Labour Welfare Board's contribution (Name of establishment,
    LWF registration No., Period, the employees' and the employer's contributions, Total contribution / Amount
    deposited, Transaction ID, Receipt No.) and ESIC's monthly contribution (Employer code, Name of employer,
    Contribution period, Employees covered, Total wages (for contribution), Employees' share @ 0.75%,
    Employer's share @ 3.25%, Total contribution paid / Challan amount, Challan No., Transaction No., Bank
    ref. No.); the status under the authority's line or at the foot: Payment successful - e-receipt available
    / Amount received - thank you / Challan paid - accepted by the treasury / Transaction successful; Payment
    mode / Paid through, Date of payment / Paid on / Receipt date / Transaction date."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B, %Y"]
    ok = ["Payment successful - e-receipt available", "Amount received - thank you", "Transaction successful"]
    if frame == "metrology":
        ok.append("Challan paid - accepted by the treasury")
    words = {"success": ok}
    day_labels = ["Date of payment", "Paid on", "Receipt date", "Transaction date"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    mmc = ["Morbi Municipal Corporation", "MORBI MUNICIPAL CORPORATION"]
    if frame == "property":
        url = f"enagar.gujarat.gov.in/DIGIGOV/propertytax/receipt/{digits(rng, 9)}"
        name = rng.choice(mmc)
        line = "eNagar - Government of Gujarat  |  Property tax"
    elif frame == "ptax":
        url = f"enagar.gujarat.gov.in/DIGIGOV/professiontax/payment/{digits(rng, 9)}"
        name = rng.choice(mmc)
        line = "eNagar - Government of Gujarat  |  Profession tax (employer)"
    elif frame == "gpcb":
        url = f"xgn.gpcb.gov.in/XGN/payment/acknowledgement/{digits(rng, 10)}"
        name = rng.choice(["Gujarat Pollution Control Board", "GUJARAT POLLUTION CONTROL BOARD"])
        line = "XGN - Extended Green Node  |  Consent fee"
    elif frame == "fieo":
        url = f"fieo.org/members/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["Federation of Indian Export Organisations", "FIEO"])
        line = "Set up by the Ministry of Commerce and Industry  |  Membership renewal"
    elif frame == "dish":
        url = f"ifp.gujarat.gov.in/DIGIGOV/factory/renewal/{digits(rng, 8)}"
        name = rng.choice(
            [
                "Directorate of Industrial Safety and Health, Gujarat",
                "DIRECTORATE OF INDUSTRIAL SAFETY AND HEALTH, GUJARAT",
            ]
        )
        line = "Labour, Skill Development and Employment Department  |  Licence renewal"
    elif frame == "metrology":
        url = "ifp.gujarat.gov.in/DIGIGOV/legalmetrology/verification/receipt"
        name = rng.choice(["Legal Metrology, Gujarat", "Controller of Legal Metrology, Gujarat State"])
        line = "Food, Civil Supplies and Consumer Affairs Department  |  Verification fee"
    elif frame == "welfare":
        url = "glwb.gujarat.gov.in/contribution/payment/receipt"
        name = rng.choice(["Gujarat Labour Welfare Board", "GUJARAT LABOUR WELFARE BOARD"])
        line = "Labour, Skill Development and Employment Department  |  Welfare fund"
    else:
        url = "portal.esic.gov.in/EmployerPortal/challan/receipt"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("ptax", "dish")
    if status_top:
        outcome_row(p, status, words)
    if frame == "property":
        p.pair("Tenement No.", f"MRB/{rng.randrange(1, 14):02d}/{digits(rng, 6)}")
        wrap_pair(p, "Occupier name", f"{firm} (sales office)")
        p.pair("Ward", f"Ward {rng.randrange(1, 14)} - Sanala Road")
        general = float(round(rng.uniform(6000, 18000)))
        heads = [
            ("General tax 2026-27", general),
            ("Water charges", float(round(rng.uniform(1200, 3000)))),
            ("Drainage tax", float(round(rng.uniform(600, 1500)))),
            ("Education cess", float(round(general * 0.06))),
            ("Conservancy charges", float(rng.choice([360, 480, 600, 900]))),
        ]
        labels = ["Net amount paid", "Total paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"ENG{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"MMC/PT/{digits(rng, 7)}"),
        ]
    elif frame == "ptax":
        wrap_pair(p, "Name of employer", firm)
        p.pair("PTRC No.", f"PTRC/MRB/{digits(rng, 6)}")
        p.pair("Return period", j.month())
        staff = rng.randrange(30, 120)
        heads = [(f"Profession tax deducted - {staff} employees x Rs 200", float(staff * 200))]
        labels = ["Total payable", "Amount"]
        refs = [("Transaction ID", TXN_RANK, f"ENG{digits(rng, 12)}")]
        words = {"failed": ["Payment failed - amount not received by the Corporation"]}
        day_labels = ["Attempted on", "Attempt date"]
    elif frame == "gpcb":
        wrap_pair(p, "Name of industry", f"{PLANT} ({firm})")
        wrap_pair(p, "Category", "Green - plastic moulding, no trade effluent")
        p.pair("CCA No.", f"AWH-{digits(rng, 5)}")
        heads = [("CCA renewal fee (5 years)", float(rng.choice([10000, 15000, 20000])))]
        late = float(rng.choice([0, 1000, 2000]))
        if late:
            heads.append(("Late fee", late))
        labels = ["Total consent fee", "Fee paid"]
        refs = [("XGN payment ID", TXN_RANK, f"XGN{digits(rng, 12)}")]
        refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
    elif frame == "fieo":
        wrap_pair(p, "Name of member firm", firm)
        p.pair("RCMC No.", f"FIEO/RCMC/{digits(rng, 6)}/{j.date.year}")
        fee = float(rng.choice([5000, 7500, 10000]))
        heads = [("Annual membership fee", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total amount", "Amount received"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"FIEO{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"FIEO/R/{digits(rng, 6)}"),
        ]
    elif frame == "dish":
        wrap_pair(p, "Name of factory", f"{PLANT} ({firm})")
        p.pair("Factory licence No.", f"GJ/MRB/{digits(rng, 5)}")
        p.pair("Max. workers on any day", str(rng.randrange(60, 190)))
        p.pair("Installed power", f"{rng.randrange(150, 480)} HP")
        heads = [("Licence renewal fee", float(rng.choice([7500, 10000, 12500, 15000])))]
        labels = ["Amount paid", "Fee"]
        refs = [("Transaction ID", TXN_RANK, f"CT{digits(rng, 13)}")]
        words = {"pending": ["Payment pending - awaiting confirmation from Cyber Treasury"]}
        day_labels = ["Initiated on", "Submitted for payment on"]
    elif frame == "metrology":
        wrap_pair(p, "Name of establishment", f"{PLANT} ({firm})")
        big = rng.randrange(2, 5)
        small = rng.randrange(2, 7)
        heads = [
            (f"Verification - weighing scale 150 kg x {big}", float(big * rng.choice([500, 600]))),
            (f"Verification - counting scale 30 kg x {small}", float(small * rng.choice([250, 300]))),
        ]
        labels = ["Total verification fee", "Amount paid"]
        refs = [("Cyber Treasury ref. No.", TXN_RANK, f"CTR{digits(rng, 12)}")]
    elif frame == "welfare":
        wrap_pair(p, "Name of establishment", firm)
        p.pair("LWF registration No.", f"GLWB/MRB/{digits(rng, 5)}")
        p.pair(
            "Period",
            f"January - June {j.date.year}" if j.date.month > 6 else f"July - December {j.date.year - 1}",
        )
        staff = rng.randrange(60, 220)
        heads = [
            (f"Employees' contribution ({staff} x Rs 6)", float(staff * 6)),
            (f"Employer's contribution ({staff} x Rs 12)", float(staff * 12)),
        ]
        labels = ["Total contribution", "Amount deposited"]
        refs = [
            ("Transaction ID", TXN_RANK, f"GLWB{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"LWF/{digits(rng, 7)}"),
        ]
    else:
        p.pair("Employer code", digits(rng, 17))
        wrap_pair(p, "Name of employer", firm)
        p.pair("Contribution period", j.month())
        staff = rng.randrange(40, 160)
        p.pair("Employees covered", str(staff))
        wages = float(staff * rng.randrange(13000, 19000, 50))
        p.pair("Total wages (for contribution)", rs(wages))
        heads = [
            ("Employees' share @ 0.75%", float(round(wages * 0.0075))),
            ("Employer's share @ 3.25%", float(round(wages * 0.0325))),
        ]
        labels = ["Total contribution paid", "Challan amount"]
        refs = [("Transaction No.", TXN_RANK, digits(rng, 14))]
        if status == "success":
            refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
        refs.append(("Challan No.", INVOICE_RANK, f"{rng.choice('23')}{digits(rng, 11)}"))
    total = 0.0
    for head, fee in heads:
        total += fee
        wrap_pair(p, head, rs(fee))
    if frame == "property":
        rebate = float(round(heads[0][1] * 0.1))
        wrap_pair(p, "Less: Advance payment rebate (10% of general tax)", rs(rebate))
        total -= rebate
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Payment mode", "Paid through"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "property": "The rebate shown is allowed under the Corporation's advance tax payment scheme.",
        "ptax": "If your account was debited, the bank returns the amount within 7 working days.",
        "gpcb": "Keep the consent order at the unit for the Board's inspection.",
        "fieo": "The renewed RCMC is issued once the payment is accounted.",
        "dish": "Do not pay again; the status updates once the treasury confirms the challan.",
        "metrology": "Bring the scales to the verification camp at Morbi on the notified day.",
        "welfare": "Contributions are due twice a year, for June and for December.",
        "esic": "Contributions are due by the 15th of the month after the wage period.",
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
        "Bharat Sookshma Udyam Suraksha - moulding plant, moulds and stock",
        "browser",
        "stock",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Burglary - clock stock at the dealers' sales office",
        "mail",
        "burglary",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Marine export open policy - clocks by sea to the Gulf and Africa",
        "paper",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - plant and sales office staff",
        "browser",
        "health",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Money in transit - wage cash for the home assemblers",
        "mail",
        "money",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Goods carrying vehicle - package policy, delivery tempo",
        "paper",
        "vehicle",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Employees' compensation - moulding and assembly workers",
        "browser",
        "ec",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.in",
        "Machinery breakdown - injection moulding machines",
        "mail",
        "machinery",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its plant, moulds and stock, the clocks at the sales office, its export cargo, its
    staff's health, the wage cash carried to the home assemblers, its delivery tempo, its workers under the
    Employees' Compensation Act and its moulding machines: the insurers' premium receipts (browser, e-mail,
    printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT / Acknowledgement of premium
    received / RECEIPT - PREMIUM (POLICYHOLDER'S COPY); the status under the heading on some, under the sum on
    the rest; Policyholder / Insured / Name of the insured, Policy No. / Proposal No. / Quote No., Sum insured
    - plant, moulds and stock / Sum insured - stock at sales office / Annual export sales declared / Lives
    covered / Cash per transit limit / IDV / Wages declared (annual) / Sum insured - machines (replacement
    value), Cover from, Premium (before GST) or OD premium and TP premium, an add-on (STFI cover, Infidelity
    of employees, Sea-air transhipment, Maternity cover, Cash in counter, Engine protect, Occupational disease
    extension, Breakdown of dies and moulds), GST @ 18%, the sum: Premium paid (incl. GST) / Total premium
    received / Amount received / Cheque amount / Premium by cheque / Premium payable / Amount due; Premium
    realised - policy issued / Payment received - policy document sent / CHEQUE RECEIVED - COVER SUBJECT TO
    CLEARANCE / Payment unsuccessful - policy not issued; Payment mode / Paid by, Cheque No., PG transaction
    ID / Payment gateway ref., UPI Ref No. / Bank reference No., Receipt No. / Premium receipt No., Receipt
    date / Premium received on / Paid on / Cheque received on / Attempted on / Transaction date)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'portal', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0].replace("The ", "")
        p = mail_page(
            rng,
            font,
            f"{short} <premium.receipt@{host}>",
            ["Your premium receipt", "Premium received for your policy"],
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
            rng.choice(["Branch Office, Shanala Road, Morbi", "Divisional Office, Kalawad Road, Rajkot"]),
        )
    p.add(
        "center",
        rng.choice(
            [
                "PREMIUM RECEIPT",
                "Acknowledgement of premium received",
                "RECEIPT - PREMIUM (POLICYHOLDER'S COPY)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Premium realised - policy issued", "Payment received - policy document sent"],
        "pending": ["CHEQUE RECEIVED - COVER SUBJECT TO CLEARANCE"],
        "failed": ["Payment unsuccessful - policy not issued"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p, rng.choice(["Policyholder", "Insured", "Name of the insured"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['21', '34', '45'])}{digits(rng, 4)}/{digits(rng, 8)}/26-27")
    else:
        p.pair(rng.choice(["Proposal No.", "Quote No."]), f"{rng.choice(['PRP', 'QT'])}{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(15000000, 95000000, 100000))
        p.pair("Sum insured - plant, moulds and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0007), 2)
        addon = ("STFI cover", round(insured * 0.00008, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(2000000, 15000000, 50000))
        p.pair("Sum insured - stock at sales office", rs(insured))
        basic = round(insured * rng.uniform(0.0009, 0.0015), 2)
        addon = ("Infidelity of employees", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(25000000, 180000000, 500000))
        p.pair("Annual export sales declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("Sea-air transhipment", round(turnover * 0.00002, 2))
    elif kind == "health":
        members = rng.randrange(25, 90)
        p.pair("Lives covered", f"{members} (sum insured Rs 2,00,000 each)")
        basic = round(members * rng.uniform(3200, 5400), 2)
        addon = ("Maternity cover", round(members * 420.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(200000, 1200000, 50000))
        p.pair("Cash per transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in counter", round(limit * 0.0006, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(380000, 860000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"GJ-36-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium", float(rng.choice([16049, 27186])))]
        addon = ("Engine protect", round(idv * 0.002, 2))
    elif kind == "ec":
        wages = float(rng.randrange(5000000, 20000000, 100000))
        p.pair("Wages declared (annual)", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.009), 2)
        addon = ("Occupational disease extension", round(wages * 0.0004, 2))
    else:
        value = float(rng.randrange(8000000, 45000000, 100000))
        p.pair("Sum insured - machines (replacement value)", rs(value))
        basic = round(value * rng.uniform(0.0015, 0.003), 2)
        addon = ("Breakdown of dies and moulds", round(value * 0.0002, 2))
    if not j.no_day:
        p.pair("Cover from", f"{j.other_day(rng, 1, 8)} (12 months)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Premium (before GST)", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium paid (incl. GST)", "Total premium received", "Amount received"],
        "pending": ["Cheque amount", "Premium by cheque"],
        "failed": ["Premium payable", "Amount due"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if not status_top:
        outcome_row(p, status, words)
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"] if j.amount < 200000 else ["Net banking"])
    p.pair(rng.choice(["Payment mode", "Paid by"]), pay, method=way_method(pay))
    if pay == "Cheque":
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'OP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["PG transaction ID", "Payment gateway ref."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank reference No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Receipt date", "Premium received on", "Paid on"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Cover is subject to realisation of the premium and to the policy's terms and exclusions.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("SAMAYDHARA DEALERS' SALES OFFICE", "SANALA ROAD, MORBI", "own"),
    ("JALARAM PETROLEUM", "MORBI-MALIYA HIGHWAY", "fuel"),
    ("SAMAYDHARA CLOCKS", "LILAPAR ROAD MORBI GJ", "own"),
    ("HOTEL SAPPHIRE SUITES", "GOREGAON EAST, MUMBAI", "hotel"),
    ("SAMAYDHARA FACTORY OUTLET", "LILAPAR ROAD, MORBI", "own"),
    ("SHREEJI HARDWARE & TOOLS", "SAMA KANTHA, MORBI", "shop"),
    ("SAMAYDHARA DEALERS' SALES OFFICE", "MORBI 363641 GJ", "own"),
    ("KATHIYAWADI RASOI DHABA", "RAJKOT HIGHWAY, TANKARA", "food"),
]
TERMINALS = [
    "BANK OF BARODA",
    "HINDUSTAN PETROLEUM",
    "KOTAK MAHINDRA BANK",
    "AXIS BANK",
    "ICICI BANK",
    "PINE LABS",
    "SBI",
    "PHONEPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Dealers' and buyers' cards on the sales office's, the company's and the factory outlet's terminals, and
    the company's card at a filling station on the Morbi-Maliya highway, a Goregaon hotel in the gift fair
    week, a hardware shop and a Kathiyawadi dhaba: terminal slips (monospace: the terminal's bank or brand on
    top on some, the counter's name and place in capitals; DATE: and TIME: / TXN DATE: and TXN TIME: /
    DATE/TIME: at the top or under the sum; MID:, TID:, BATCH NO:, STAN:, INVOICE: / BILL: / RECEIPT NO: /
    SLIP NO:, SALE / SALE - CONTACTLESS / SALE - CHIP & PIN, CARD:, CARD TYPE:, a fuel sale's FUEL:, RATE/L:,
    LITRES:, PUMP:, VEH NO: and LOYALTY PTS:, a hotel's FOLIO NO: and ROOM NO:, a dhaba's KOT NO: and TABLE:,
    a shop's MOBILE:, AUTH CODE: / APPR: / AUTH NO:, RRN: / RRN NO: / REF:, TXN AMT: / AMOUNT: / TOTAL: / SALE
    AMOUNT: / AMT RS:, the sum above or below the card; APPROVED / TRANSACTION APPROVED / SALE APPROVED -
    THANK YOU / DECLINED - 55 INCORRECT PIN / RESPONSE TIMED OUT - VERIFY BEFORE RETRY, PIN VERIFIED OK / NO
    SIGNATURE REQUIRED / NO PIN REQUIRED - TAP AND PAY under a success)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=1500, high=110000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7000, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4200, 18500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 600, 12000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 320, 2400, 0.5)
    elif name.endswith("OUTLET"):
        j.amount = rupees(rng, 450, 6500, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%d%b%Y", "%d.%m.%Y"])
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

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE:", "BILL:", "RECEIPT NO:", "SLIP NO:"]), inv, txn=(INVOICE_RANK, inv))
    sale = rng.choice(
        ["SALE", "SALE - CONTACTLESS", "SALE - CHIP & PIN"]
        if j.amount <= 5000
        else ["SALE", "SALE - CHIP & PIN"]
    )
    p.add("center", sale)
    lab = rng.choice(["TXN AMT:", "AMOUNT:", "TOTAL:", "SALE AMOUNT:", "AMT RS:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{'' if lab == 'AMT RS:' else rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.4
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.2, 96.4), 2)
        p.pair("FUEL:", rng.choice(["HSD", "DIESEL", "POWER"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("LITRES:", f"{j.amount / rate:.2f}")
        p.pair("PUMP:", str(rng.randrange(1, 9)))
        p.pair("VEH NO:", f"GJ36{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("LOYALTY PTS:", str(rng.randrange(10, 90)))
    elif kind == "hotel":
        p.pair("FOLIO NO:", f"F{digits(rng, 6)}")
        p.pair("ROOM NO:", str(rng.randrange(101, 720)))
    elif kind == "food":
        p.pair("KOT NO:", str(rng.randrange(10, 900)))
        p.pair("TABLE:", str(rng.randrange(1, 30)))
    elif kind == "shop":
        p.pair("MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF:"]), j.ref, txn=(UTR_RANK, j.ref))
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
        p.add(
            "small",
            "NO PIN REQUIRED - TAP AND PAY"
            if sale.endswith("CONTACTLESS")
            else rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]),
        )
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "RESPONSE TIMED OUT - VERIFY BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, postpaid, piped gas, DTH, fibre


BILLERS = [
    ("PGVCL", "Paschim Gujarat Vij Company Ltd", "Consumer No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Gujarat Gas", "Gujarat Gas Ltd", "Customer No."),
    ("Dish TV", "Dish TV India Ltd", "VC No."),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
]
BILL_APPS = ["PGVCL", "Freecharge", "bob World", "Paytm", "PGVCL", "MobiKwik", "Navi", "Google Pay"]
BILL_WHICH = [0, 1, 0, 2, 0, 3, 4, 2]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plant's and the sales office's electricity (PGVCL), the sales manager's postpaid phone (Vi), the
    plant canteen's piped gas (Gujarat Gas), the sales office's DTH (Dish TV) and the plant's fibre (BSNL
    Bharat Fibre) through Bharat Connect in bob World and other apps (Freecharge, Paytm, MobiKwik, Navi,
    Google Pay: the app on top, the sum large above or below the status, Biller / Paid to / Service provider
    as printed, Consumer No. / Mobile No. / Customer No. / VC No. / Account No., Bill holder / Account name,
    the DTH Pack, Bill period, Bill date, Due date and Late payment amount on some, Paid from Current A/c or
    UPI, Bharat Connect ref. No. / BBPS reference / BC txn ref., UPI RRN, Txn ID on the failed one, Paid on /
    Payment date & time / Completed at / Date & time (the latter alone on one not paid); Bill paid
    successfully / Payment confirmed by biller / Pending with biller - status in 48 hours / Bill payment
    failed - refund in 3-5 days) and PGVCL's own online payment receipt (PGVCL, Paschim Gujarat Vij Company
    Ltd or its capitals on top with its "A GUVNL company" line, Consumer No., Sub division, Consumer name,
    Bill month, Bill amount, Amount paid / Amount received, Payment channel, Transaction ID, Receipt No.,
    Payment date / Date of payment, the status at the foot: Payment successful - thank you / Receipt generated
    - payment posted to your account)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=6000, high=95000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 399, 1999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1500, 12000, 0.5)
    elif which == 3:
        j.amount = rupees(rng, 300, 1200, 1.0)
    elif which == 4:
        j.amount = rupees(rng, 499, 2499, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{rng.choice(['3', '4'])}{digits(rng, 10)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Customer No.": f"{rng.choice(['50', '51'])}{digits(rng, 8)}",
        "VC No.": f"0{digits(rng, 10)}",
        "Account No.": f"{rng.choice(['90', '91'])}{digits(rng, 8)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "PGVCL":
        p = browser_page(rng, font, "portal.guvnl.in/pgvcl/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A GUVNL company  |  Online bill payment - receipt")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("Sub division", rng.choice(["Morbi Rural-2 / Lilapar", "Morbi City-1 / Sanala Road"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY, PLANT.upper()]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair("Bill amount", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment channel", way, method=way_method(way))
        if not j.no_ref:
            tid = f"PG{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"PGVCL{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment successful - thank you",
                    "Receipt generated - payment posted to your account",
                ]
            },
        )
        p.part = "foot"
        p.add("small", "The payment reflects against your consumer number within 24 hours.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Transaction status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill paid successfully", "Payment confirmed by biller"],
        "pending": ["Pending with biller - status in 48 hours"],
        "failed": ["Bill payment failed - refund in 3-5 days"],
    }
    if rng.random() < 0.6:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    wrap_pair(p, rng.choice(["Biller", "Paid to", "Service provider"]), name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Bill holder", "Account name"]),
        rng.choice({1: [COMPANY_CAPS], 3: [SALES.upper()]}.get(which, [COMPANY_CAPS, PLANT.upper()])),
    )
    if which == 3:
        p.pair("Pack", rng.choice(["Family Sports HD - 1 month", "Super Family HD - 1 month"]))
    elif not j.no_day and rng.random() < 0.7:
        if which in (1, 4):
            p.pair("Bill period", j.month())
        p.pair("Bill date", j.other_day(rng, -25, -6))
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Late payment amount", rs(round(j.amount * 1.02, 2) if which in (0, 2) else j.amount + 100))
    way = "Current A/c" if app == "bob World" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Freecharge": "FC",
                "Paytm": "PT",
                "MobiKwik": "MK",
                "Navi": "NV",
                "Google Pay": "GP",
            }.get(app, "BB")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect ref. No.", "BBPS reference", "BC txn ref."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Txn ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date & time", "Completed at", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "SHREE UMIYA ROADLINE",
    "",
    "ANKLESHWAR POLYMER T",
    "JYOTIBEN RAMESHBHAI",
    "",
    "PASCHIM GUJARAT VIJ",
    "QUARTZLINE MOVEMENTS",
    "KALOL CLOCK GLASS WO",
]
MAIL_PAYEES = [
    "Rajkot Mould & Die Works",
    "Bhaveshbhai Manubhai Kavar",
    "Trajpar Pad Printing Works",
    "Morbi Corrugated Box Industries",
]
SENDERS = {
    "Bank of Baroda": "VM-BOBTXN",
    "Rajkot Nagarik Sahakari Bank": "JD-RNSBNK",
    "Kotak Mahindra Bank": "AX-KOTAKB",
    "ICICI Bank": "VM-ICICIT",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-BOBTXN /
    JD-RNSBNK / AX-KOTAKB / VM-ICICIT, the day divider, each bank's own wording: Bank of Baroda's "Rs.x
    debited from A/c XX1234 on <day> for <way> to <payee>.", Rajkot Nagarik Sahakari Bank's "RNSB: A/c ..1234
    Dr Rs.x on <day> by <way> favouring <payee>.", Kotak Mahindra Bank's "Your Kotak A/c X1234 is debited for
    Rs.x on <day> towards <way> to <payee>.", ICICI Bank's UPI "ICICI Bank Acct XX123 debited for Rs x on
    <day>; <payee> credited. UPI:<ref>."; a transfer that "could not be processed; amount credited back to
    your A/c." and one that "is under process at the beneficiary bank; please wait before retrying.", the Avl
    Bal / Clr Bal / Avl. Bal line) and two e-mail debit alerts (Axis Bank, IDFC FIRST Bank: Amount debited /
    Transaction amount, Beneficiary / Payee / Credited to, Transaction date / Date / Posted on, Account,
    Channel, UTR No / IMPS Ref No, Closing balance; Transaction status: Success / Status: Debited - transfer
    completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=9000, high=380000)
    if k == 3:
        j.amount = rupees(rng, 1800, 12000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 60000, 240000)
    elif k == 0:
        j.amount = rupees(rng, 9000, 72000)
    if k in (1, 4):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["Axis Bank", "IDFC FIRST Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit transaction alert", "Funds transfer from your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your account has been debited for the transfer below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary", "Payee", "Credited to"]
        if sum_first:
            p.pair(rng.choice(["Amount debited", "Transaction amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Amount debited", "Transaction amount"]), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Transaction date", "Date", "Posted on"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.pair("Account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No" if way == "IMPS" else "UTR No", ref, txn=(UTR_RANK, ref))
        p.pair("Closing balance", rs(rupees(rng, 80000, 4200000)))
        p.add(
            "left",
            rng.choice(["Transaction status: Success", "Status: Debited - transfer completed"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Did not make this transfer? Call the bank's 24x7 helpline at once to block it.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 3:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # ICICI Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Bank of Baroda",
        3: "ICICI Bank",
        5: "Rajkot Nagarik Sahakari Bank",
        7: "Kotak Mahindra Bank",
    }.get(k, rng.choice(["Bank of Baroda", "Rajkot Nagarik Sahakari Bank", "Kotak Mahindra Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d-%b-%y", "%d/%m/%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 40000, 3200000)
    if status == "success":
        if bank == "ICICI Bank":
            p.add("left", f"ICICI Bank Acct XX{tail[1:]} debited for Rs {amt}{on};", amount=j.amount)
            p.add("left", f"{to} credited.", merchant=to, method=method)
        elif bank == "Bank of Baroda":
            p.add("left", f"Rs.{amt} debited from A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"for {way} to {to}.", merchant=to, method=method)
        elif bank == "Kotak Mahindra Bank":
            p.add("left", f"Your Kotak A/c X{tail} is debited for Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"RNSB: A/c ..{tail} Dr Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"by {way} favouring {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} transfer of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be processed; amount credited back to your A/c.",
            "pending": "is under process at the beneficiary bank; please wait before retrying.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "ICICI Bank":
            p.add("left", f"UPI:{ref}.", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref No", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "ICICI Bank":
            p.add("small", "Call 18002662 for dispute. SMS BLOCK to 9215676766", status="success")
        else:
            label = {"Rajkot Nagarik Sahakari Bank": "Clr Bal", "Kotak Mahindra Bank": "Avl. Bal"}.get(
                bank, "Avl Bal"
            )
            p.add("left", f"{label}: Rs {bal:,.2f}", status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Call the bank at once", "Report an unknown debit to your branch"]
                ),
            )
    if bank != "ICICI Bank":
        p.add(
            "small",
            {"Bank of Baroda": "-Bank of Baroda", "Kotak Mahindra Bank": "-Kotak Bank"}.get(bank, "-RNSB"),
        )
    return p.done()


compose = compose158

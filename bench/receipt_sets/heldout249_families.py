"""The twelve heldout249 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Pochampally ikat weaving house's day in 2026 in Yadadri Bhuvanagiri district,
Telangana (Vennela Ikat Handlooms Pvt Ltd, its tie-dye and loom shed in Padmashali Colony, Bhoodan
Pochampally, Vennela Maggam Shala, where the silk and cotton yarn is stretched on the asu frame, marked, tied
in tight bundles with rubber strips, dyed, untied and tied again for each colour, then woven on frame and pit
looms into the double ikat silk sarees, the sico sarees, the telia rumals and the cotton dress material, its
silk yarn and zari depot on the Main Road at Koyalagudem, Vennela Silk Yarn Depot, which sells twisted
mulberry silk by the kilo and zari by the marc to the weavers of Koyalagudem, Puttapaka, Gattuppal and
Siripuram, its asu winders working at home in those villages, and its Hyderabad showroom on Himayatnagar Main
Road, Vennela Ikat House, where the families, the brides, the boutiques and the tourists buy), told by the
proofs of payment it receives and makes: buyers' and boutiques' UPI screens and the web shop's Cashfree and
PayU pages, the Chennai, Pune, Kolkata, Bengaluru, Mumbai, Vijayawada and Delhi saree houses' and the
Telangana State Handloom Weavers' Co-operative Society's payment advices, ikat importers' inward wires from
Irving, London, Singapore, Kuala Lumpur, Zurich, Doha, Amsterdam and Muscat in US dollars, pounds, Singapore
dollars, ringgit, Swiss francs, riyals, euros and Omani rials (Swiss francs with an apostrophe between the
thousands on some, euros the Dutch way on some, rials with three decimals), its own cash bills, retail
invoices and depot memos, the silk sold by the kilo and the zari by the marc to the weavers, the silk waste
sold by the kilo to a Dharmavaram waste trader, the Sidlaghatta silk reeler's, the Coimbatore spinning mill's,
the Jeedimetla dye maker's, the Sircilla loom parts maker's and the Surat zari maker's tax invoices, the
corporate net-banking transfers to the goods carrier, the silk dyer, the showroom's landlady, the security
agency, the loom works, the catalogue studio, the solar installer and the courier, the weavers', asu winders',
tiers' and dyers' wage slips and their Cashfree payouts, BHIM and PhonePe payments, Pochampally
Municipality's, the Telangana Pollution Control Board's, the Silk Mark Organisation's, the Commercial Taxes
Department's, GHMC's, Legal Metrology's, ESIC's and the Fire Services Department's fee pages, the insurers'
premium receipts, card terminal slips, TGSPDCL's power and the fibre, postpaid, DTH, water and cooking gas
bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills
listed on an advice (and their days), vendor, indent, material inward, depot receipt, Pehchan card,
assessment, licence, consent order, authorised user, enrolment, establishment, fire NOC, policy, proposal,
account, service, CAN, VC and consumer numbers, pieces, metres, kilos, marcs, asu sets, designs, rates, colour
runs, short lengths, rate revisions, rebates, GST-TDS and TDS, advances, baki recoveries, pattern mismatches,
arrears, interest, GST lines, rupee values on the wires, conversion rates, correspondent banks, sums insured,
limits, consignment values, wages and lives declared, balances, due days, bill days, bill months, contribution
periods, cover start days, shipping bill days, GSTIN, IFSC, UETR, senders' references, merchant and terminal
IDs, batch and STAN numbers, order, folio and room numbers, makers and checkers and the payer's own details
carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and
``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page``,
``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``stamp`` heldout121's; ``fx`` and ``right``
heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and
``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's;
``Screen`` heldout113's; ``compose`` is heldout158's (as heldout247's).
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import stamp
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
HEXA = "0123456789abcdef"

COMPANY = "Vennela Ikat Handlooms Pvt Ltd"
COMPANY_CAPS = "VENNELA IKAT HANDLOOMS PVT LTD"
SHORT = "Vennela Ikat"
LOOMS = "Vennela Maggam Shala"
DEPOT = "Vennela Silk Yarn Depot"
SHOWROOM = "Vennela Ikat House"
# unit, address, GST state code
UNITS = {
    "looms": (
        "Tie-dye and loom shed",
        "4-112, Padmashali Colony, Bhoodan Pochampally - 508284, Yadadri Bhuvanagiri Dist., Telangana",
        "36",
    ),
    "depot": (
        "Silk yarn and zari depot",
        "Main Road, Koyalagudem, Choutuppal Mandal - 508252, Yadadri Bhuvanagiri Dist., Telangana",
        "36",
    ),
    "showroom": ("City showroom", "3-6-289, Himayatnagar Main Road, Hyderabad - 500029, Telangana", "36"),
}
PATS_IN = [
    "%d-%m-%Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "{d}-%b-%Y",
    "%d %b %Y",
    "{d}/{m}/%Y",
    "%d-%m-%y",
    "{d} %B, %Y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d%b%Y", "%B {d}, %Y", "{d} %B %Y", "%d.%m.%Y"]
SCREEN_PATS = ["%d %b %Y", "{d} %b %Y", "%d/%m/%Y", "{d} %B %Y", "%d-%m-%Y", "%a, {d} %b %Y"]
BANKS = [
    "State Bank of India",
    "Union Bank of India",
    "Telangana Grameena Bank",
    "Canara Bank",
    "Indian Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Karur Vysya Bank",
    "IDFC FIRST Bank",
    "Nalgonda District Co-operative Central Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Telangana Grameena Bank": "TGBH",
    "Canara Bank": "CNRB",
    "Indian Bank": "IDIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Karur Vysya Bank": "KVBL",
    "IDFC FIRST Bank": "IDFB",
    "Nalgonda District Co-operative Central Bank": "TSAB",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "Union Bank of India": "unionbankofindia.bank.in",
    "Canara Bank": "canarabank.bank.in",
    "Indian Bank": "indianbank.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "Karur Vysya Bank": "kvb.co.in",
    "IDFC FIRST Bank": "idfcfirstbank.com",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "saree": ("Pochampally double ikat silk saree, with blouse piece", "pc", 7800, 28000, 5),
    "plain": ("Pochampally ikat cotton saree - sico, tie-dye pallu", "pc", 1650, 4800, 5),
    "silk": ("Mulberry raw silk 20/22 D, twisted (2 ply) - per kg", "kg", 5600, 7200, 5),
    "zari": ("Half-fine zari, antique gold - per marc", "marc", 950, 1600, 5),
    "waste": ("Silk waste - kora thrums and tying ends (HSN 5003)", "kg", 85, 240, 5),
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
    return DOMAINS.get(bank, bank.split()[0].lower() + ".in")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def iec(rng: random.Random) -> str:
    """An importer-exporter code (the company's PAN): never an id."""
    return f"AAC{rng.choice('CF')}V{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def grouped(value: float, sep: str, dec: str) -> str:
    """A sum with ``sep`` between the thousands and ``dec`` before the cents (12'450.00 / 12.450,00)."""
    whole, cents = f"{value:,.2f}".split(".")
    return whole.replace(",", sep) + dec + cents


# ---------------------------------------------------------------- 1. buyers and boutiques: UPI, web shop


SHOP_APPS = ["PhonePe", "Google Pay", "Cashfree", "BHIM", "Vyom", "Paytm", "PayU", "Navi"]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Ikat saree - maroon",
        "2 ikat dupattas",
        "Telia rumal stole",
        "Dress material 5 m",
        "Saree for amma",
    ],
    [
        "Pelli pattu sarees x 4",
        "Boutique order - 20 ikat sarees",
        "Wedding sarees advance",
        "Double ikat silk saree",
        "Sarees for Bathukamma",
    ],
)
PAYERS_UPI = [
    "Sravani Reddy",
    "Madhavi Latha K",
    "Nakshatra Boutique",
    "Padmaja Rao",
    "Ayesha Fathima",
    "Swathi Goud",
    "Harini Boutique, Vijayawada",
    "Kavitha Yadav",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Lakshmi Prasanna, Guntur", "Double ikat silk saree, peacock blue x 1", 9800, 28000),
    (
        "Ikkat Tales Boutique, Koramangala, Bengaluru",
        "Advance - 30 ikat cotton sarees, assorted",
        26000,
        84000,
    ),
    ("Mrs. Sujatha Rao, Visakhapatnam", "Pelli pattu sarees x 2 with blouse pieces", 16000, 52000),
    ("Ms. Nandini Iyer, Pune", "Ikat cotton dress material 2.5 m x 3", 2800, 7600),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UTR number"],
    "Google Pay": ["UPI transaction ID", "UPI Ref. No."],
    "BHIM": ["UPI Ref No", "RRN No."],
    "Vyom": ["UPI RRN", "Reference No. (RRN)"],
    "Paytm": ["UPI Ref No", "UPI Reference No."],
    "Navi": ["UPI Ref. ID", "UTR"],
}
OWN_IDS = {
    "PhonePe": "Transaction ID",
    "Google Pay": "Google transaction ID",
    "BHIM": "BHIM txn ID",
    "Vyom": "Vyom txn No.",
    "Paytm": "Paytm txn ID",
    "Navi": "Navi txn ID",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app; none with the day on the dayless
    page)."""
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
    if app == "Google Pay":
        return f"CICAgO{code(rng, 12, MIXED)}"
    if app == "BHIM":
        return f"BHM{code(rng, 12, ALNUM)}"
    if app == "Vyom":
        return f"UBI{digits(rng, 14)}"
    if app == "Navi":
        return f"NV{code(rng, 16, ALNUM)}"
    return digits(rng, 20)


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's web shop page on Cashfree or PayU after a buyer paid (the payee on top; the status and
    the sum large in either order, or the status alone and the sum in an Amount charged / Order total paid
    row after the cart; the day under the status, after the buyer or at the foot)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    url = (
        f"payments.cashfree.com/links/status/{code(rng, 16, MIXED)}"
        if app == "Cashfree"
        else f"secure.payu.in/response/{code(rng, 18, HEXA)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            [
                "Pochampally ikat, woven in Bhoodan Pochampally",
                "Himayatnagar, Hyderabad  |  shop.vennelaikat.in",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Transaction successful - receipt e-mailed to you",
            "Payment received - your ikat order is confirmed",
            "Success - ships from Pochampally in 2 days",
        ]
    }
    # 0: the status, then the sum large; 1: the sum large, then the status; 2: the status alone, the sum in a
    # row after the cart
    order = rng.randrange(3)
    if order == 0:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    elif order == 1:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
    where = rng.randrange(3)
    labels = ["Transaction date", "Payment time (IST)", "Charged on"]
    if where == 0:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Shopper", "Name on order", "Customer details"]), who)
    if where == 1:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Cart", "Order summary"]), what)
    if order == 2:
        p.pair(rng.choice(["Amount charged", "Order total paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI - scan and pay"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment method", "Paid via"]), shown, method=way)
    if not j.no_ref:
        if app == "Cashfree":
            pid = digits(rng, 10)
            p.pair("CF payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"VIH-{j.date:%y%m}-{digits(rng, 5)}"
            p.pair("Order reference", oid, txn=(ORDER_RANK, oid))
        else:
            pid = digits(rng, 11)
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            oid = f"vih{code(rng, 10, HEXA)}"
            p.pair("Your order ref.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair(
                "UTR (UPI)" if app == "Cashfree" else "Bank ref. No. (UPI RRN)", j.ref, txn=(UTR_RANK, j.ref)
            )
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Card auth code" if app == "Cashfree" else "Approval No.", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank txn ID" if app == "Cashfree" else "Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if where == 2:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        "Secured by Cashfree Payments  |  Cashfree Payments India Pvt Ltd"
        if app == "Cashfree"
        else "PayU - 100% secure payments  |  PayU Payments Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers, brides' families and boutiques paying the showroom or the company: six UPI app screens
    (PhonePe, Google Pay, BHIM, Vyom, Paytm, Navi: the status, the sum and the payee block in one of four
    orders; the showroom, its capitals, the company's capitals or its short name under Payee (merchant) /
    Sent to store / Money transferred to / Merchant paid / Paying merchant / Payment in progress to, its UPI
    ID, a Bank-verified name / Registered as line on some, the sum large; the day on a line of its own under
    the app's name, or Payment time / Debited at / Done on / Tried at / Initiated on first under the rule or
    after the references; Message / Purpose / Note to store, Paid by (the payer), Paid from / Debit account,
    UTR / UTR number / UPI transaction ID / UPI Ref. No. / UPI Ref No / RRN No. / UPI RRN / Reference No.
    (RRN) / UPI Reference No. / UPI Ref. ID, the app's own Transaction ID / Google transaction ID / BHIM txn
    ID / Vyom txn No. / Paytm txn ID / Navi txn ID on some; Successful / Payment done - store has been
    credited / Money reached the merchant / Processing - bank yet to confirm, wait 30 minutes before retrying
    / Failed - daily UPI limit exceeded at your bank) and the web shop's two payment pages (Cashfree, PayU:
    the showroom or the company on top, the status and the sum large in either order, or the status alone and
    the sum in an Amount charged / Order total paid row after the cart; Transaction date / Payment time (IST)
    / Charged on under the status, after the buyer or at the foot, Shopper / Name on order / Customer
    details, Cart / Order summary, Payment method / Paid via UPI, card or net banking, CF payment ID / PayU
    ID, Order reference / Your order ref., UTR (UPI) / Bank ref. No. (UPI RRN), Card auth code / Approval No.
    or Bank txn ID / Bank ref. No.; Transaction successful - receipt e-mailed to you / Payment received -
    your ikat order is confirmed / Success - ships from Pochampally in 2 days)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=1400, high=86000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Cashfree", "PayU"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = (
        f"vennelaikat{rng.choice(['', '.hyd', '36'])}@{rng.choice(['icici', 'ybl', 'axisbank', 'unionbank'])}"
    )
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    day_where = rng.randrange(3)
    if day_where == 0 and not j.no_day:
        p.add("small", stamp(rng, j.date, SCREEN_PATS), date=j.date)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Successful",
            "Payment done - store has been credited",
            "Money reached the merchant",
        ],
        "pending": ["Processing - bank yet to confirm, wait 30 minutes before retrying"],
        "failed": ["Failed - daily UPI limit exceeded at your bank"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Payee (merchant)", "Sent to store", "Money transferred to", "Merchant paid"]
                if status == "success"
                else ["Paying merchant", "Payment in progress to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Bank-verified name', 'Registered as'])}: {COMPANY_CAPS}")

    order = rng.randrange(4)
    if order == 0:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    elif order == 1:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    elif order == 2:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        payee_block()
    else:
        payee_block()
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    day_labels = (
        ["Payment time", "Debited at", "Done on"] if status == "success" else ["Tried at", "Initiated on"]
    )
    if day_where == 1:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Message", "Purpose", "Note to store"]), rng.choice(SHOP_NOTES[j.amount >= 9000]))
    if rng.random() < 0.6:
        p.pair("Paid by", PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"Vyom": "Union Bank of India"}.get(app) or rng.choice(BANKS[:10])
    wrap_pair(p, rng.choice(["Paid from", "Debit account"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7 and not (j.no_day and app == "PhonePe"):
            own = own_id(rng, app, j)
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if day_where == 2:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Powered by UPI  |  NPCI", "Report a problem with this payment", "Share screenshot"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. saree houses' and TSCO's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Mylapore Silk Emporium LLP",
        "accounts@mylaporesilk.in",
        "Luz Church Road, Mylapore, Chennai",
        "saree",
        "mail",
    ),
    (
        "Laxmi Road Paithani & Ikat House",
        "payables@laxmiroadpaithani.in",
        "Laxmi Road, Pune",
        "saree",
        "paper",
    ),
    (
        "Telangana State Handloom Weavers' Co-operative Society Ltd",
        "purchase.accounts@tsco-handlooms.in",
        "Chenetha Bhavan, Nampally, Hyderabad",
        "saree",
        "portal",
    ),
    ("Gariahat Tant & Ikat Bhandar", "gariahattant@gmail.com", "Gariahat Road, Kolkata", "dupatta", "mail"),
    (
        "Commercial Street Weaves Pvt Ltd",
        "vendorpay@csweaves.in",
        "Commercial Street, Bengaluru",
        "fabric",
        "portal",
    ),
    ("Kalbadevi Saree Syndicate", "kalbadevisarees@gmail.com", "Kalbadevi Road, Mumbai", "saree", "paper"),
    ("Besant Road Handlooms", "besantroadhandlooms@gmail.com", "Besant Road, Vijayawada", "rumal", "mail"),
    (
        "Shahpur Jat Craft Collective LLP",
        "finance@sjcraftcollective.in",
        "Shahpur Jat, New Delhi",
        "fabric",
        "portal",
    ),
]
DEALER_GOODS = {
    "saree": ("pcs", 2400, 8800),
    "fabric": ("m", 240, 560),
    "dupatta": ("pcs", 780, 1900),
    "rumal": ("pcs", 1400, 3800),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Saree houses in Chennai, Pune, Kolkata, Bengaluru, Mumbai, Vijayawada and Delhi and the Telangana State
    Handloom Weavers' Co-operative Society (TSCO) paying for the ikat sarees, the dress material by the metre,
    the dupattas and the telia rumals the house sent them: a payment e-mail, a printed REMITTANCE ADVICE -
    IKAT PURCHASE BILLS / Intimation of payment to weaver supplier / VENDOR PAYMENT VOUCHER (COPY TO SUPPLIER)
    and a vendor portal page (the payer on top with its desk line; Vendor No., Our indent No. and Material
    inward No. (TSCO's Procurement order No. and Depot receipt No.) first, then Name of supplier / Payee
    (vendor) / Remittance in favour of / Vendor / payee / Amount released to the company, at the head of the
    body or of the payment block; the status under the heading on some, at the end of the payment block on the
    rest; Bills paid herewith / Invoices adjusted / Your bills, the bills with their pieces or metres and sums
    (their days, dt. ..., on some), Gross of bills / Bills value (incl. GST), Less: TDS u/s 194Q @ 0.1%
    (TSCO's Less: TDS under GST @ 2% (CGST 1% + SGST 1%)), Less: Colour run in ikat pattern - n pcs / Less:
    Short length - n m / Less: Rate revision - n @ rate / Less: Early payment rebate @ 2.5% on some, above or
    below the payment block: Net amount paid / Net transferred to vendor / Amount of remittance (net) (Amount
    held back on the hold, Remittance bounced back / Amount returned on the return), Paid by / Transfer mode
    NEFT / RTGS / IMPS, Vendor bank details, NEFT UTR No. / UTR (NEFT) / RTGS UTR / UTR (RTGS) / IMPS ref.
    (RRN), Payment voucher No. / Advice ref. / Remittance No., Transfer date / Credit value date / Put on hold
    on / Advice issued on / Bounced on / Return date; Payment status: Credited to vendor account / Amount
    released - please confirm receipt / On hold - awaiting the colour-fastness test of the lot / Returned by
    beneficiary bank - account closed)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    buyer, mail, desk, kind, frame = PAYERS[k]
    tsco = buyer.startswith("Telangana State")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment made - Vennela Ikat",
                "Remittance advice for your bills",
                f"Funds sent to {SHORT}",
            ]
            if status == "success"
            else ["Remittance advice for your bills", "Regarding your payment - Vennela Ikat"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/remittance/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    p.add(
        "small",
        f"{rng.choice(['Accounts (Payables)', 'Purchase Section - Handlooms', 'Finance Desk'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "REMITTANCE ADVICE - IKAT PURCHASE BILLS",
                "Intimation of payment to weaver supplier",
                "VENDOR PAYMENT VOUCHER (COPY TO SUPPLIER)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payment status: Credited to vendor account", "Amount released - please confirm receipt"],
        "pending": ["On hold - awaiting the colour-fastness test of the lot"],
        "failed": ["Returned by beneficiary bank - account closed"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if tsco:
        p.pair("Procurement order No.", f"TSCO/PROC/{digits(rng, 5)}")
        p.pair("Depot receipt No.", f"DR/{rng.choice(['NMP', 'HYD'])}/{digits(rng, 5)}")
    else:
        p.pair("Vendor No.", f"{rng.choice(['V', 'VN', 'SUP'])}{digits(rng, 6)}")
        p.pair("Our indent No.", f"IND/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 4)}")
        if rng.random() < 0.6:
            p.pair("Material inward No.", f"MI{digits(rng, 7)}")
    labels = ["Name of supplier", "Payee (vendor)", "Remittance in favour of", "Vendor / payee"] + (
        ["Amount released to"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    dated = not j.no_day and rng.random() < 0.5
    for _ in range(rng.randrange(1, 4)):
        if kind == "fabric":
            qty = rng.randrange(150, 1200)
        elif kind in ("dupatta", "rumal"):
            qty = rng.randrange(30, 160)
        else:
            qty = rng.randrange(8, 48)
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each * 1.05, 2)
        gross += value
        number = f"VIH/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            number += f" dt. {when(earlier(rng, j, 9, 70), '%d.%m.%y')}"
        bills.append((f"{number}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    if tsco:
        tds_label, tds = "Less: TDS under GST @ 2% (CGST 1% + SGST 1%)", round(gross / 1.05 * 0.02, 2)
    else:
        tds_label, tds = "Less: TDS u/s 194Q @ 0.1%", round(gross / 1.05 * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25 and kind != "fabric":
        bad = rng.randrange(1, 4)
        cut = round(bad * each * 1.05, 2)
        cuts.append((f"Less: Colour run in ikat pattern - {bad} {'pc' if bad == 1 else unit}", rs(cut)))
    elif pick < 0.45 and kind == "fabric":
        bad = rng.randrange(6, 35)
        cut = round(bad * each * 1.05, 2)
        cuts.append((f"Less: Short length - {bad} m", rs(cut)))
    elif pick < 0.65 and not tsco:
        many = rng.randrange(10, 50)
        per = float(rng.choice([25, 40, 60, 100]))
        cut = many * per
        cuts.append((f"Less: Rate revision - {many} @ {per:,.0f}", rs(cut)))
    elif pick < 0.8 and not tsco:
        cut = round((gross - tds) * 0.025, 2)
        cuts.append(("Less: Early payment rebate @ 2.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Bills paid herewith", "Invoices adjusted", "Your bills"]
                if status == "success"
                else ["Invoices adjusted", "Your bills"]
            ),
        )
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Gross of bills", "Bills value (incl. GST)"]), rs(gross))
        p.pair(tds_label, rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment particulars", "Transfer details"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount paid", "Net transferred to vendor", "Amount of remittance (net)"],
            "pending": ["Amount held back"],
            "failed": ["Remittance bounced back", "Amount returned"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Paid by", "Transfer mode"]), way, method="netbanking")
        wrap_pair(p, "Vendor bank details", account(rng, BANKS[:3]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[5:10]), way)
                lab = {
                    "IMPS": ["IMPS ref. (RRN)"],
                    "RTGS": ["RTGS UTR", "UTR (RTGS)"],
                    "NEFT": ["NEFT UTR No.", "UTR (NEFT)"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PV', 'RA', '19'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment voucher No.", "Advice ref.", "Remittance No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Transfer date", "Credit value date"],
                "pending": ["Put on hold on", "Advice issued on"],
                "failed": ["Bounced on", "Return date"],
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
        "System generated advice; no signature is needed. Raise any difference within 10 days."
        if not tsco
        else "TDS under GST is remitted to the GST portal; Form GSTR-7A is issued every month.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. ikat importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Irving Silk & Saree Boutique LLC", "Irving, Texas, USA", "USD", "Wells Fargo Bank NA", 2500, 48000),
    ("East Ham Sarees Ltd", "East Ham, London, United Kingdom", "GBP", "HSBC UK Bank plc", 1500, 30000),
    ("Serangoon Silk House Pte Ltd", "Little India, Singapore", "SGD", "DBS Bank Ltd", 3000, 62000),
    (
        "Brickfields Saree Centre Sdn Bhd",
        "Brickfields, Kuala Lumpur, Malaysia",
        "MYR",
        "Malayan Banking Berhad",
        9000,
        180000,
    ),
    ("Atelier Ikat Zurich GmbH", "Zurich, Switzerland", "CHF", "UBS Switzerland AG", 2000, 42000),
    ("Al Sadd Textiles WLL", "Doha, Qatar", "QAR", "Qatar National Bank (Q.P.S.C.)", 8000, 160000),
    ("De Weverij Amsterdam B.V.", "Amsterdam, Netherlands", "EUR", "ING Bank N.V.", 2000, 40000),
    ("Ruwi Silk Saree Trading LLC", "Ruwi, Muscat, Oman", "OMR", "Bank Muscat SAOG", 800, 15000),
]
WIRE_BANKS = [
    ("State Bank of India", "browser"),
    ("Union Bank of India", "mail"),
    ("HDFC Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Axis Bank", "mail"),
    ("Canara Bank", "paper"),
    ("Kotak Mahindra Bank", "browser"),
    ("Indian Bank", "mail"),
]
WIRE_RATES = {
    "USD": (86.4, 90.9),
    "GBP": (110.5, 118.2),
    "SGD": (64.1, 68.9),
    "MYR": (18.6, 20.4),
    "CHF": (98.2, 106.4),
    "QAR": (23.7, 24.9),
    "EUR": (96.3, 103.1),
    "OMR": (224.5, 236.1),
}
CORRESPONDENT = {
    "USD": "Citibank NA, New York",
    "SGD": "Standard Chartered Bank, Singapore",
    "MYR": "Standard Chartered Bank Malaysia Berhad",
    "QAR": "JPMorgan Chase Bank NA, New York",
    "EUR": "Commerzbank AG, Frankfurt am Main",
    "OMR": "Citibank NA, New York",
}
SHIPPED = [
    "Pochampally ikat silk sarees, handwoven (HSN 5007)",
    "Ikat cotton dress material in running metres (HSN 5208)",
    "Ikat silk dupattas and telia rumal stoles (HSN 6214)",
    "Handloom double ikat sarees - 3 cartons by air",
    "Sico ikat sarees, silk cotton (HSN 5007)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; SGD / S$ and MYR / RM before
    the sum; Swiss francs with CHF before the sum, an apostrophe between the thousands on some (CHF
    12'450.00); riyals with QAR before the sum or after it; euros the Dutch way on some (EUR 12.450,00 or
    12.450,00 EUR); Omani rials with three decimals (OMR or RO before the sum)."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur == "CHF":
        swiss = rng.random() < 0.6

        def show_chf(value: float) -> str:
            return f"CHF {grouped(value, chr(39), '.') if swiss else f'{value:,.2f}'}"

        return show_chf
    if cur == "QAR":
        after = rng.random() < 0.4

        def show_qar(value: float) -> str:
            return f"{value:,.2f} QAR" if after else f"QAR {value:,.2f}"

        return show_qar
    if cur == "EUR":
        dutch = rng.random() < 0.65
        mark = sign(font, "\u20ac", "EUR") if rng.random() < 0.4 else "EUR"
        after = dutch and rng.random() < 0.4

        def show_eur(value: float) -> str:
            if not dutch:
                return f"{mark} {value:,.2f}"
            return f"{grouped(value, '.', ',')} {mark}" if after else f"{mark} {grouped(value, '.', ',')}"

        return show_eur
    if cur == "OMR":
        mark = rng.choice(["OMR ", "RO "])

        def show_omr(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return show_omr
    mark = rng.choice({"SGD": ["SGD ", "S$"], "MYR": ["MYR ", "RM "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Ikat importers in Irving, London, Singapore, Kuala Lumpur, Zurich, Doha, Amsterdam and Muscat paying
    for the Pochampally ikat sarees, dress material, dupattas and telia rumal stoles: the banks' inward
    remittance advices (browser, e-mail, printed INWARD SWIFT REMITTANCE - CREDIT NOTE / Foreign inward
    remittance - credit intimation / EXPORT PROCEEDS - INWARD REMITTANCE ADVICE: the bank on top with its
    forex desk; the status under the heading on some, at the foot on the rest; Date of realisation / Value dt.
    / Credit value date / Under review since / Date received / Return date / Returned to remitter on first,
    after the sums or after the references, in capitals on some; the remitter's block (Ordering party (50K) /
    Remitter / buyer abroad / Sender (importer), Ordering institution (52A) / Remitter bank, Correspondent
    bank (56A) on some) above or below the beneficiary's (Beneficiary (exporter) / Credit to account of / Name
    of exporter / 59: Beneficiary customer the company, Account No. (EEFC / CA), IEC); Amount (FCY) received /
    FCY remitted / Value of remittance (FCY) in US dollars, pounds, Singapore dollars, ringgit, Swiss francs
    (an apostrophe between the thousands on some), riyals, euros (the Dutch way on some) or Omani rials (three
    decimals), Charges, on a credit TT buying rate, Rupee value, Less: Handling charges + GST and Amount
    credited to A/c (INR), on the held one the rate marked indicative; Purpose code, Description, Commercial
    invoice No., Shipping bill No. and SB date, Received through, Remitter's ref. (20), Inward remittance No.
    / FIRA ref. No. / Bank ref. (IRM), UETR; Credited to exporter's account - FIRA generated / Status:
    Realised - proceeds credited / Under scrutiny - purpose code and invoice copy awaited / Returned to
    remitter - beneficiary account number invalid)."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
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
            f"{bank} Forex <forex.hyd@{slug(bank)}>",
            [
                "Inward remittance received for your account",
                "Credit intimation - export proceeds",
                "FIRA for your inward SWIFT",
            ]
            if status == "success"
            else ["Inward SWIFT remittance - status", "About the inward remittance for your account"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeconnect.{slug(bank)}/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Cell, Bhongir Branch, Yadadri Bhuvanagiri",
                "Trade Finance Hub, Koti, Hyderabad",
                "Global Trade Services, Begumpet, Hyderabad",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD SWIFT REMITTANCE - CREDIT NOTE",
                "Foreign inward remittance - credit intimation",
                "EXPORT PROCEEDS - INWARD REMITTANCE ADVICE",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Credited to exporter's account - FIRA generated",
            "Status: Realised - proceeds credited",
        ],
        "pending": ["Under scrutiny - purpose code and invoice copy awaited"],
        "failed": ["Returned to remitter - beneficiary account number invalid"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Date of realisation", "Value dt.", "Credit value date"],
        "pending": ["Under review since", "Date received"],
        "failed": ["Return date", "Returned to remitter on"],
    }[status]
    upper = rng.random() < 0.3
    # the day first, after the sums or after the references
    day_at = rng.randrange(3)
    if day_at == 0:
        day_pair(p, j, day_labels, WIRE_PATS, upper=upper)

    def remitter_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Ordering party (50K)", "Remitter / buyer abroad", "Sender (importer)"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, rng.choice(["Ordering institution (52A)", "Remitter bank"]), pbank)
        if cur in CORRESPONDENT and rng.random() < 0.7:
            wrap_pair(p, "Correspondent bank (56A)", CORRESPONDENT[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Beneficiary (exporter)",
                    "Credit to account of",
                    "Name of exporter",
                    "59: Beneficiary customer",
                ]
            ),
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
    p.pair(
        rng.choice(["Amount (FCY) received", "FCY remitted", "Value of remittance (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        per = f"1 {cur} = {rate} INR"
        p.pair("TT buying rate", per if status == "success" else f"{per} (indicative)")
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("Rupee value", f"INR {inr:,.2f}")
        chg = round(float(rng.choice([300, 500, 800, 1200])) * 1.18, 2)
        p.pair("Less: Handling charges + GST", f"INR {chg:,.2f}")
        p.pair("Amount credited to A/c (INR)", f"{inr - chg:,.2f}")
    if day_at == 1:
        day_pair(p, j, day_labels, WIRE_PATS, upper=upper)
    advance = rng.random() < 0.3
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Description", rng.choice(SHIPPED))
    p.pair("Commercial invoice No.", f"VIH/EXP/{rng.randrange(1, 140):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("SB date", when(earlier(rng, j, 12, 90), rng.choice(WIRE_PATS)))
    p.pair("Received through", rng.choice(["SWIFT MT103", "SWIFT MT103 (gpi)"]), method="netbanking")
    p.pair("Remitter's ref. (20)", f"{code(rng, 3, UPPER)}{digits(rng, 11)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'INW'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward remittance No.", "FIRA ref. No.", "Bank ref. (IRM)"]),
            ref,
            txn=(BANK_RANK, ref),
        )
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if day_at == 2:
        day_pair(p, j, day_labels, WIRE_PATS, upper=upper)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "The inward remittance is reported on EDPMS; regularise it against your shipping bill in time."
        if status == "success"
        else "Please contact the forex cell with the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, silk yarn depot, loom shed


# the party, the way it paid, the unit (showroom, depot, looms, or the accounts desk's mail), the goods
SALES = [
    ("Smt. Padmavathi Reddy, Banjara Hills, Hyderabad", "UPI", "showroom", "saree"),
    ("Sri Venkat Rao Goud, Kothapet (wedding order)", "cheque", "showroom", "saree"),
    ("Sutradhar Boutique, Anna Nagar, Chennai", "NEFT", "mail", "plain"),
    ("Bhoga Yadaiah, weaver, Koyalagudem", "cash", "depot", "silk"),
    ("Enugu Ramulu, weaver, Puttapaka", "cheque", "depot", "zari"),
    ("Sri Lakshmi Silk Waste Traders, Dharmavaram", "UPI", "looms", "waste"),
    ("Dr. Swapna Kulkarni, Secunderabad", "card", "showroom", "plain"),
    ("Ms. Deepika Menon, Kochi", "UPI", "mail", "saree"),
]
SALE_HEADS = {
    "showroom": ["CASH BILL - POCHAMPALLY IKAT", "RETAIL INVOICE - IKAT HOUSE, HIMAYATNAGAR"],
    "silk": ["SILK YARN SALE BILL (PER KG)", "DEPOT MEMO - MULBERRY SILK BY WEIGHT"],
    "zari": ["ZARI SALE BILL - BY THE MARC", "DEPOT MEMO - ZARI (MARC)"],
    "waste": [
        "SILK WASTE SALE RECEIPT (BY WEIGHT)",
        "DISPOSAL RECEIPT - KORA SILK WASTE AND THRUMS",
    ],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's CASH BILL - POCHAMPALLY IKAT / RETAIL INVOICE - IKAT HOUSE, HIMAYATNAGAR to a Banjara
    Hills housewife, a Kothapet family's wedding order and a Secunderabad doctor, the silk yarn depot's SILK
    YARN SALE BILL (PER KG) / DEPOT MEMO - MULBERRY SILK BY WEIGHT / ZARI SALE BILL - BY THE MARC / DEPOT MEMO
    - ZARI (MARC) to a Koyalagudem weaver and a Puttapaka weaver, the loom shed's SILK WASTE SALE RECEIPT (BY
    WEIGHT) / DISPOSAL RECEIPT - KORA SILK WASTE AND THRUMS to a Dharmavaram waste trader buying by the kilo
    (paper: the showroom, the depot, the shed or the company on top with its "A unit of" line, address and
    GSTIN; Cash bill No. / Retail invoice No. / Yarn bill No. / Depot memo No. / Zari bill No. / Waste receipt
    No. / Disposal receipt No. and Bill dt. / Dated / Date of sale / Sold on in either order, then Customer's
    name / Party / Buyer, the pieces, kilos or marcs x rate, Less: Bathukamma offer @ 15% on the showroom's,
    CGST and SGST @ 2.5% or IGST @ 5%, Round off, Net amount / Invoice value / Total order value, UPI
    collected / Amount received (UPI) / Swiped on card / Paid by card / Cheque amount / Cheque tendered for /
    Cash received (counter) / Amount paid in cash, the sum in words under it, Received by / Paid through, UPI
    RRN / UTR (UPI) / Approval code / Auth code and the card, Cheque No. and bank, Cheque dt.; RECEIVED WITH
    THANKS / PAID / PAID - SAREE PACKED AND HANDED OVER / PAID - SILK WEIGHED AND GIVEN / PAID - ZARI MARCS
    COUNTED AND GIVEN / PAID - WASTE WEIGHED AND LOADED / CHEQUE DEPOSITED - SAREES RELEASED ON CLEARANCE /
    CHEQUE BOUNCED - INSUFFICIENT FUNDS, BILL CANCELLED, the rubber stamp, For <unit> - Manager) and the
    accounts desk's Your payment has reached us e-mails (Acknowledgement ref. / Receipt ref. No., Amount
    received on / Date of receipt; a Chennai boutique's Advance paid with order / Booking advance with the
    Balance due before dispatch and the UTR / NEFT ref. No., ADVANCE RECEIVED - WARP SET ON THE LOOM; a Kochi
    buyer's saree by UPI with IGST, PAYMENT RECEIVED - PARCEL LEAVES POCHAMPALLY TOMORROW)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    name = {"showroom": SHOWROOM, "depot": DEPOT, "looms": LOOMS, "mail": COMPANY}[unit]
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@vennelaikat.in>",
            [
                "Payment received - Vennela Ikat, Pochampally",
                "We have your payment",
                "Receipt - Vennela Ikat Handlooms",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Handwoven Pochampally ikat  |  Accounts desk, Bhoodan Pochampally")
        p.add("center", "Your payment has reached us")
        p.add("rule")
        p.part = "body"
    else:
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - Pochampally ikat silk and cotton",
            where[1],
            where[2],
            SALE_HEADS["showroom" if unit == "showroom" else kind],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "showroom": ["VIH", "HMT"],
            "depot": ["VSD", "KYG"],
            "looms": ["VMS", "SW"],
            "mail": ["VIK", "ACK"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = {
            "mail": ["Acknowledgement ref.", "Receipt ref. No."],
            "showroom": ["Cash bill No.", "Retail invoice No."],
            "depot": ["Yarn bill No.", "Depot memo No."]
            if kind == "silk"
            else ["Zari bill No.", "Depot memo No."],
            "looms": ["Waste receipt No.", "Disposal receipt No."],
        }[unit]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = (
        ["Amount received on", "Date of receipt"]
        if unit == "mail"
        else ["Bill dt.", "Dated", "Date of sale", "Sold on"]
    )
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    wrap_pair(p, rng.choice(["Customer's name", "Party", "Buyer"]), party)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind in ("waste", "silk"):
        kilos = rng.randrange(60, 900, 5) if kind == "waste" else rng.randrange(2, 14)
        rate = float(rng.randrange(lo, hi)) + rng.choice([0.0, 0.5])
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:,.2f}", rs(base))
    else:
        if kind == "zari":
            qty = rng.randrange(3, 24)
            shown = f"{qty} marcs"
        elif advance:
            qty = rng.randrange(20, 50)
            shown = f"{qty} pcs"
        elif k == 1:
            qty = rng.randrange(4, 12)
            shown = f"{qty} pcs"
        else:
            qty = rng.randrange(1, 3)
            shown = f"{qty} {'pc' if qty == 1 else 'pcs'}"
        rate = float(rng.randrange(lo, hi, 10 if hi < 2000 else 50))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "showroom" and rng.random() < 0.6:
            off = round(base * 0.15, 2)
            p.pair("Less: Bathukamma offer @ 15%", rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, unit == "mail" or kind == "waste")
    p.pair(rng.choice(["Total order value"] if advance else ["Net amount", "Invoice value"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque tendered for"])
    elif advance:
        lab = rng.choice(["Advance paid with order", "Booking advance"])
    else:
        lab = {
            "cash": rng.choice(["Cash received (counter)", "Amount paid in cash"]),
            "UPI": rng.choice(
                ["Amount received (UPI)"] if unit == "mail" else ["UPI collected", "Amount received (UPI)"]
            ),
            "card": rng.choice(["Swiped on card", "Paid by card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance due before dispatch", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Received by", "Paid through"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:5])}")
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -7, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI RRN", "UTR (UPI)"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[5:10]), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT ref. No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "waste":
        words.append("PAID - WASTE WEIGHED AND LOADED")
    elif kind == "silk":
        words.append("PAID - SILK WEIGHED AND GIVEN")
    elif kind == "zari":
        words.append("PAID - ZARI MARCS COUNTED AND GIVEN")
    elif advance:
        words = ["ADVANCE RECEIVED - WARP SET ON THE LOOM"]
    elif unit == "mail":
        words.append("PAYMENT RECEIVED - PARCEL LEAVES POCHAMPALLY TOMORROW")
    elif unit == "showroom":
        words.append("PAID - SAREE PACKED AND HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE DEPOSITED - SAREES RELEASED ON CLEARANCE",
        "failed": "CHEQUE BOUNCED - INSUFFICIENT FUNDS, BILL CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "waste": "Waste sold as it lies at the shed and lifted in the buyer's own vehicle.",
            "silk": "Silk weighed on the verified scale before the buyer. No return of yarn once sold.",
            "zari": "Marcs counted before the buyer. Cheques are accepted subject to realisation.",
        }.get(
            kind,
            "Handwoven ikat: the slight blur at the edges of the pattern is the mark of hand tying, not a "
            "defect. Dry clean only.",
        ),
    )
    if unit != "mail":
        right(p, rng.choice([f"For {name} - Manager", "Authorised signature"]))
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            {
                "showroom": "VENNELA IKAT HOUSE",
                "depot": "VENNELA SILK YARN DEPOT",
                "looms": "VENNELA MAGGAM SHALA",
            }[unit],
            {"showroom": "HIMAYATNAGAR, HYDERABAD", "depot": "KOYALAGUDEM", "looms": "BHOODAN POCHAMPALLY"}[
                unit
            ],
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. silk, yarn, dyes, loom parts, zari


SUPPLIERS = [
    (
        "Sidlaghatta Mulberry Silk Reelers",
        "Raw silk reeled on multi-end machines | Twisted and doubled silk",
        "KSSRDI Road, Sidlaghatta - 562105, Karnataka",
        "29",
        "SMR",
    ),
    (
        "Coimbatore Combed Yarns Pvt Ltd",
        "Combed cotton yarn for handlooms | Hanks and cones",
        "SIDCO Industrial Estate, Kurichi, Coimbatore - 641021, Tamil Nadu",
        "33",
        "CCY",
    ),
    (
        "Jeedimetla Dyechem Pvt Ltd",
        "Acid and reactive dyes for silk and cotton | Auxiliaries",
        "Plot 42, IDA Jeedimetla, Hyderabad - 500055, Telangana",
        "36",
        "JDC",
    ),
    (
        "Sri Sai Asu Frames & Loom Parts",
        "Asu frames | Reeds, healds, shuttles and pirns",
        "Weavers Colony, Sircilla - 505301, Telangana",
        "36",
        "SAF",
    ),
    (
        "Surat Jari Udyog",
        "Half-fine and imitation zari | Kasab",
        "Gopipura, Surat - 395001, Gujarat",
        "24",
        "SJU",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "SMR": [
        ("Mulberry raw silk 20/22 D - bivoltine, twisted", "5004", "kg", 5200, 6600, 5, 10, 80),
        ("Silk organzine 2-ply, degummed - for warp", "5004", "kg", 6000, 7400, 5, 6, 50),
    ],
    "CCY": [
        ("Cotton yarn 80s combed - hanks, bleached", "5205", "kg", 420, 560, 5, 200, 1200),
        ("Cotton yarn 60s combed - cones, grey", "5205", "kg", 330, 430, 5, 200, 1200),
    ],
    "JDC": [
        ("Acid dye - magenta for silk", "3204", "kg", 900, 1800, 18, 5, 60),
        ("Reactive dye - black B for cotton", "3204", "kg", 520, 980, 18, 10, 120),
    ],
    "SAF": [
        ("Asu frame - teak, with stand", "8448", "nos", 2600, 4800, 18, 2, 12),
        ("Steel reed 80s count - 48 in", "8448", "nos", 900, 1600, 18, 4, 30),
        ("Fly shuttle with bobbin", "8448", "nos", 350, 700, 18, 10, 60),
    ],
    "SJU": [
        ("Half-fine zari - gold, per marc", "5605", "marcs", 880, 1350, 5, 20, 200),
        ("Kasab - silver, per marc", "5605", "marcs", 700, 1100, 5, 10, 100),
    ],
}
SUPPLY_ORDER = [0, 2, 1, 3, 4, 0, 1, 2]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "NEFT", "RTGS", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sidlaghatta silk reeler, the Coimbatore spinning mill, the Jeedimetla dye maker, the Sircilla asu
    frame and loom parts maker and the Surat zari maker billing the company (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE - ORIGINAL FOR RECIPIENT / INVOICE (GST) / TAX INVOICE AND CASH
    RECEIPT, Invoice Sl. No. / Document No. / Bill Sl. No. and Date of invoice / Doc. date / Dt. in either
    order, or on one row (Sl. No. ... / Dt. ...) on some, Billed to / Name of recipient / Buyer's name the
    company, Consignee / Shipped to the loom shed or the depot, Place of supply, E-way bill No., Lorry /
    transporter and LR No. or Courier and AWB No., Your PO ref., the silk, yarn, dyes, asu frames, reeds,
    shuttles, zari or kasab with HSN, kg, nos or marcs x rate, Taxable amount, CGST and SGST or IGST @ 5% or
    18%, Round off, Invoice amount, Less: Advance already received and Balance received by NEFT / RTGS on
    some, Less: TDS 194Q by buyer (0.1%) and Net amount received (NEFT / RTGS) on some, else Received in full
    by NEFT / RTGS / Payment received via NEFT / RTGS / Paid through UPI / UPI amount received with UTR Ref.
    / UTR / UPI Ref. No., or Cheque amount received / Paid by cheque with Cheque No.; FULLY PAID / PAYMENT
    RECEIVED - THANK YOU / SETTLED - NO BALANCE / RECEIVED VIA NEFT / RTGS / UPI / CHEQUE DEPOSITED - SUBJECT
    TO REALISATION / CHEQUE DISHONOURED - FUNDS INSUFFICIENT, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
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
        ["TAX INVOICE - ORIGINAL FOR RECIPIENT", "INVOICE (GST)", "TAX INVOICE AND CASH RECEIPT"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        p.add("pair", f"Sl. No. {inv}", f"Dt. {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice Sl. No.", "Document No.", "Bill Sl. No."]),
                    inv,
                    txn=(INVOICE_RANK, inv),
                )

        day_labels = ["Date of invoice", "Doc. date", "Dt."]
        if rng.random() < 0.5:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
        else:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
    ours_to(p, ["Billed to", "Name of recipient", "Buyer's name"])
    deliver = (
        f"{DEPOT}, Koyalagudem" if tag in ("SJU", "SMR") and rng.random() < 0.5 else f"{LOOMS}, Pochampally"
    )
    wrap_pair(p, rng.choice(["Consignee", "Shipped to"]), deliver)
    p.pair("Place of supply", "Telangana (36)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("CCY", "JDC", "SAF"):
        wrap_pair(
            p,
            "Lorry / transporter",
            rng.choice(["Bhongir Goods Carriers", "Sri Kanaka Durga Transport", "Own vehicle"]),
        )
        p.pair("LR No.", f"{rng.choice(['LR', 'BG', 'KD'])}{digits(rng, 6)}")
    else:
        wrap_pair(p, "Courier", rng.choice(["Godavari Express Couriers", "DTDC Express", "Trackon Couriers"]))
        p.pair("AWB No.", f"{rng.choice(['G', 'D', 'T'])}{digits(rng, 10)}")
    p.pair("Your PO ref.", f"VIH/PO/{rng.randrange(100, 999)}")
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
    p.pair("Taxable amount", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "36")
    p.pair("Invoice amount", rs(total))
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
        p.pair("Less: Advance already received", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS 194Q by buyer (0.1%)", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque amount received", "Paid by cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:5])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif tds:
            lab = f"Net amount received ({way})"
        elif way == "UPI":
            lab = rng.choice(["Paid through UPI", "UPI amount received"])
        else:
            lab = rng.choice([f"Received in full by {way}", f"Payment received via {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UTR Ref."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:5]), way)
                p.pair(rng.choice(["UTR Ref.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["FULLY PAID", "PAYMENT RECEIVED - THANK YOU", "SETTLED - NO BALANCE", f"RECEIVED VIA {way}"]
        ),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO REALISATION",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Goods once sold will not be taken back. Interest @ 24% p.a. after 45 days. {town} "
        "jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    stamp_name = {
        "SMR": "SIDLAGHATTA SILK",
        "CCY": "COIMBATORE YARNS",
        "JDC": "JEEDIMETLA DYECHEM",
        "SAF": "SRI SAI ASU FRAMES",
        "SJU": "SURAT JARI UDYOG",
    }[tag]
    seal(p, stamp_name, "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Bhongir Goods Carriers", "Freight - saree bales to Hyderabad, Chennai and Bengaluru", 8000, 56000),
    ("Sri Ranga Silk Dyers", "Silk dyeing job work - 120 kg, acid colours", 16000, 82000),
    ("Smt. K. Aruna Devi", "Showroom rent - Himayatnagar Main Road", 60000, 160000),
    ("Nallamala Security Services", "Watch and ward - depot and loom shed, one month", 26000, 68000),
    ("Kandagatla Loom Works", "Frame loom repair - new reeds, healds and dobby pegs", 7000, 42000),
    ("Lensman Studios Madhapur", "Ikat catalogue shoot - 50 looks", 14000, 62000),
    ("Sunbelt Rooftop Solar Bhongir", "Rooftop solar on the loom shed - annual service", 6000, 34000),
    ("Godavari Express Couriers", "Parcels to buyers - one month's bill", 5000, 38000),
]
CORP_PORTALS = [
    ("ICICI Bank CIB", "ICICI Bank", "cib.icicibank.com/corp/payments/txn-status"),
    ("neo for corporates", "Axis Bank", "neo.axisbank.com/corporate/payments/view"),
    ("Kotak Fyn", "Kotak Mahindra Bank", "fyn.kotak.com/payments/transfer-details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its goods carrier, the silk dyer, the showroom's landlady, the security agency, the
    loom works, the catalogue studio, the solar installer and the courier: corporate net banking's transfer
    pages (ICICI Bank CIB, neo for corporates, Kotak Fyn: the portal on top and the bank's line, Payment
    details / Transaction status; in four orders: the day and the status under the heading, both at the foot,
    the status under the heading and the day at the foot, or the day under the heading and the status at the
    foot: Processed on / Txn date / Value dt. / Saved on / Maker entry on / Returned on / Failed on;
    Successful - credited to beneficiary / Status: Completed (UTR generated) / Awaiting checker approval - not
    yet sent to bank / Failed - beneficiary name and account mismatch, amount refunded; the references (UTR /
    NEFT UTR No. / RTGS UTR No. / IMPS ref. No. and Transaction ref. ID / Bank ref. No.) above the payee or at
    the end of the details: Payee (registered) / Beneficiary / Paid to beneficiary / Credited to A/c of, Short
    name, Beneficiary A/c and IFSC, Debited A/c the company, Login ID, Amount (Rs.) / Payment value / Txn
    value, Transfer mode / Product NEFT / RTGS / IMPS, Remarks / Payment narration, Maker / Checker, Closing
    balance on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(3,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?ref={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transfer enquiry', 'Single payment'])}")
    p.add("center", rng.choice(["Payment details", "Transaction status"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Successful - credited to beneficiary", "Status: Completed (UTR generated)"],
        "pending": ["Awaiting checker approval - not yet sent to bank"],
        "failed": ["Failed - beneficiary name and account mismatch, amount refunded"],
    }
    day_labels = {
        "success": ["Processed on", "Txn date", "Value dt."],
        "pending": ["Saved on", "Maker entry on"],
        "failed": ["Returned on", "Failed on"],
    }[status]
    hour = rng.random() < 0.5
    # 0: the day and the status under the heading; 1: both at the foot; 2: the status on top, the day at the
    # foot; 3: the day on top, the status at the foot
    layout = rng.randrange(4)
    if layout == 0:
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
        p.add("rule")
    elif layout == 2:
        outcome_row(p, status, words)
        p.add("rule")
    elif layout == 3:
        date_row(p, j, day_labels, hour=hour)
        p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", f"{way} UTR No."]) if way != "IMPS" else "IMPS ref. No.",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction ref. ID", "Bank ref. No."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Payee (registered)", "Beneficiary", "Paid to beneficiary", "Credited to A/c of"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "VIH")
    ben = rng.choice(BANKS[:11])
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debited A/c", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Login ID", f"VIHL.{rng.choice(['ACCTS', 'MD', 'FIN'])}{digits(rng, 2)}")
    p.pair(rng.choice(["Amount (Rs.)", "Payment value", "Txn value"]), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Transfer mode", "Product"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Payment narration"]), note)
    p.pair("Maker / Checker", f"VIHACC1 / {'-' if status == 'pending' else 'VIHMD01'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Closing balance", rs(rupees(rng, 150000, 5200000)))
    if not refs_first:
        refs()
    if layout == 1:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
    elif layout == 2:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    elif layout == 3:
        p.add("rule")
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "A failed transfer is credited back to the debit account by the next working day.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers, asu winders, tiers, dyers


# payee, role, village or colony, kind
WORKERS = [
    (
        "Karnati Sailu",
        "Weaver - frame loom No. 4, double ikat silk",
        "Padmashali Colony, Pochampally",
        "weave",
    ),
    ("Rapolu Anjamma", "Asu winding - home work", "Koyalagudem", "asu"),
    ("Bhoga Narsimha", "Tier - chitiki kattu for ikat designs", "Chenetha Colony, Pochampally", "tie"),
    ("Enugu Padma", "Asu winding - home work", "Puttapaka", "asu"),
    ("Gorantla Srinivas", "Weaver - pit loom No. 9, sico saree", "Gattuppal", "weave"),
    ("Vemula Ramulu", "Dyer - silk yarn dyeing, tie-dye shed", "Chenetha Colony, Pochampally", "dye"),
    ("Kotha Saraswathi", "Asu winding - home work", "Siripuram", "asu"),
    ("Dasari Ramesh", "Weaver - frame loom No. 2, telia rumal", "Padmashali Colony, Pochampally", "weave"),
]
WORK_FRAMES = ["paper", "cashfree", "paper", "bhim", "paper", "cashfree", "paper", "phonepe"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "weave": (
        ["NEYATA KOOLI CHITTI - PER SAREE (IKAT)", "WEAVING WAGES - DOUBLE IKAT, PER SAREE"],
        ["Name of weaver", "Neyata kooli paid to (weaver)"],
        "Sarees woven: {q} x {rate}",
        (1400, 3600),
        (2, 6),
        ["Net kooli paid", "Amount paid to weaver (net)"],
    ),
    "asu": (
        ["ASU WINDING WAGES - PER SET (HOME WORK)", "ASU KOOLI CHITTI - INTI PANI"],
        ["Asu winder", "Kooli paid to (asu)"],
        "Asu sets wound (per saree): {q} x {rate}",
        (120, 260),
        (6, 30),
        ["Net paid to winder", "Kooli handed over"],
    ),
    "tie": (
        ["TYING WAGES - PER DESIGN (CHITIKI)", "KATTU KOOLI CHITTI"],
        ["Tier's name", "Kattu kooli paid to"],
        "Designs tied (per saree set): {q} x {rate}",
        (350, 900),
        (3, 14),
        ["Net kooli paid", "Amount paid (net)"],
    ),
    "dye": (
        ["DYEING WAGES - PER KG SILK", "RANGU KOOLI CHITTI - DYE SHED"],
        ["Name of dyer", "Kooli paid to (dyer)"],
        "Silk dyed (kg): {q} x {rate}",
        (60, 140),
        (20, 120),
        ["Net kooli paid", "Amount paid (net)"],
    ),
}


def cashfree_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Cashfree Payouts' transfer page (Cashfree Payouts on top and the company's payout balance line under
    it; the payee above the sum and the status or under them)."""
    j.amount = rupees(rng, 1600, 24000, 0.6)
    tid = f"VIH-{kind.upper()}-{digits(rng, 6)}"
    p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers" + ("" if j.no_ref else f"/{tid}"))
    p.part = "head"
    top(p, "Cashfree Payouts")
    p.add("small", f"{rng.choice([COMPANY, SHORT])} - payout balance")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["SUCCESS - credited to beneficiary", "Transfer successful (UTR received)"],
        "pending": ["PENDING - low payout balance, will retry automatically"],
        "failed": ["REVERSED - beneficiary bank rejected the transfer"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Beneficiary (payee)", "Paid out to"]), who, merchant=who)
        p.pair("Bene ID", f"{who.split()[0].upper()}{digits(rng, 5)}")

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
        p.pair("Bank account", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
    else:
        p.pair("VPA", f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@ybl")
    p.pair(rng.choice(["Transfer mode", "Mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Remarks",
        rng.choice(["Asu kooli - 2nd week", "Asu sets - 18 sarees"])
        if kind == "asu"
        else rng.choice(["Rangu kooli - 64 kg silk", "Dye shed kooli - week 22"]),
    )
    if not j.no_ref:
        cid = digits(rng, 9)
        p.pair("Cashfree ref. ID", cid, txn=(TXN_RANK, cid))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Transfer completed at"],
            "pending": ["Added on", "Queued on"],
            "failed": ["Reversed on", "Failed on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary's bank has confirmed the credit.",
            "pending": "Pending transfers go out as soon as the payout balance is topped up.",
            "failed": "A reversed transfer is added back to the payout balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its weavers by the saree, its tiers by the design, its dyer by the kilo of silk and
    its asu winders at home by the saree's set: its printed NEYATA KOOLI CHITTI - PER SAREE (IKAT) / WEAVING
    WAGES - DOUBLE IKAT, PER SAREE / ASU WINDING WAGES - PER SET (HOME WORK) / ASU KOOLI CHITTI - INTI PANI /
    TYING WAGES - PER DESIGN (CHITIKI) / KATTU KOOLI CHITTI (the company on top with the loom shed's line,
    Name of weaver / Neyata kooli paid to (weaver) / Asu winder / Kooli paid to (asu) / Tier's name / Kattu
    kooli paid to, Pani (work), Village / colony, Pehchan card No. (no fact), Kooli chitti No. / Slip No.,
    Paid on / Kooli date / Date of payment, the sarees, sets or designs x rate, Add: Double ikat extra / Add:
    Zari pallu extra / Add: Extra colour allowance, Total kooli, Less: Pattern mismatch - n @ rate / Less:
    Baki (advance) recovered, Net kooli paid / Amount paid to weaver (net) / Net paid to winder / Kooli handed
    over / Amount paid (net), Mode of payment Cash / UPI / IMPS, UPI Ref. No. / IMPS RRN; PAID / PAID IN CASH
    / PAID - SAREE CHECKED AND CUT FROM THE LOOM / PAID - ASU SETS COUNTED AND TAKEN / PAID - TIED HANKS
    CHECKED AND TAKEN / PAID - ENTERED IN KOOLI REGISTER, the worker's signature or thumb line), Cashfree
    Payouts' pages for an asu winder and the dyer (Cashfree Payouts on top and the company's payout balance
    line under it, the payee above the sum and the status or under them, Beneficiary (payee) / Paid out to,
    Bene ID, Bank account / VPA, Transfer mode / Mode, Remarks, Cashfree ref. ID, UTR / Bank UTR, Transfer ID,
    Processed on / Transfer completed at / Added on / Queued on / Reversed on / Failed on; SUCCESS - credited
    to beneficiary / Transfer successful (UTR received) / PENDING - low payout balance, will retry
    automatically / REVERSED - beneficiary bank rejected the transfer), a BHIM screen (UPI Ref No and BHIM txn
    ID) paying an asu winder and a PhonePe screen (UTR and Transaction ID) paying a weaver (Paid to / Sent to
    above the sum or under the status; Payment successful / Sent successfully / Transfer complete; Paid on /
    Sent at / Date & time)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "cashfree":
        return cashfree_page(rng, font, j, status, who, kind, rs)
    if frame in ("bhim", "phonepe"):
        j.amount = rupees(rng, 1600, 18000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "BHIM" if frame == "bhim" else "PhonePe")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(["Paid to", "Sent to"]))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Payment successful", "Sent successfully", "Transfer complete"]})
        if not pay_first:
            p.add("small", rng.choice(["Paid to", "Sent to"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'upi', 'okicici', 'axl'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Paid on", "Sent at", "Date & time"], hour=True)
        p.pair(
            rng.choice(["Note", "Remarks"]),
            rng.choice(
                ["Asu kooli", "Asu sets 12 sarees"]
                if frame == "bhim"
                else ["Neyata kooli - 3 sarees", "Rumal kooli"]
            ),
        )
        p.pair(
            rng.choice(["From", "Debited from"]),
            f"{'Union Bank of India' if frame == 'bhim' else 'Telangana Grameena Bank'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "bhim":
                p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
                own = f"BHM{code(rng, 12, ALNUM)}"
                wrap_pair(p, "BHIM txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    where = UNITS["looms"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{LOOMS} - asu home work (inti pani)" if kind == "asu" else f"{LOOMS} - piece rate kooli",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    wrap_pair(p, "Pani (work)", role)
    p.pair("Village / colony", village)
    p.pair("Pehchan card No.", f"TG/YBG/{rng.randrange(100, 9999):04d}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}K/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Kooli chitti No.", "Slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Paid on", "Kooli date", "Date of payment"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    if kind in ("weave", "tie"):
        rate = float(round(rate, -1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5 and kind in ("weave", "tie"):
        extra = float(rng.choice([200, 350, 500, 750]))
        p.pair(
            rng.choice(["Add: Double ikat extra", "Add: Zari pallu extra"])
            if kind == "weave"
            else "Add: Extra colour allowance",
            rs(extra),
        )
        gross += extra
    p.pair("Total kooli", rs(gross))
    cut = 0.0
    if rng.random() < 0.5 and kind == "weave":
        bad = rng.randrange(1, 3)
        per = round(rate * 0.2, 2)
        cut = round(bad * per, 2)
        p.pair(f"Less: Pattern mismatch - {bad} @ {per:,.2f}", rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair("Less: Baki (advance) recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode of payment", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - ENTERED IN KOOLI REGISTER"]
    if way == "Cash":
        words.append("PAID IN CASH")
    if kind == "weave":
        words.append("PAID - SAREE CHECKED AND CUT FROM THE LOOM")
    elif kind == "asu":
        words.append("PAID - ASU SETS COUNTED AND TAKEN")
    elif kind == "tie":
        words.append("PAID - TIED HANKS CHECKED AND TAKEN")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Worker's signature / thumb", "Signature or left thumb of the worker"]))
    return p.done()


# ---------------------------------------------------------------- 8. the Municipality, TGPCB and the rest


FEE_FRAMES = ["ptax", "tgpcb", "silkmark", "ptenrol", "ghmc", "metrology", "esic", "fire"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Pochampally ikat house, its tie-dye and loom shed, its silk yarn depot and its Hyderabad
    showroom: Pochampally Municipality's property tax page (the Municipality on top and the CDMA line, PTIN,
    Owner / occupier, Locality, Property tax 2026-27 (first half), Library cess, Arrears 2025-26 and Interest
    @ 2% p.m. on some, Total amount paid / Amount collected, Transaction ID, Bank ref. No., Receipt No.), the
    Telangana Pollution Control Board's consent fee through TG-iPASS (Applicant unit, Category, CFO order No.,
    CFO fee (water and air), Inspection fee on some, Consent fee paid / Total fee, Payment ref. No., Bank ref.
    No.), the Silk Mark Organisation of India's authorised user renewal (the Organisation on top and the
    Central Silk Board line, Authorised user, AU registration No., Authorised user renewal fee 2026-27, GST @
    18%, Total amount remitted / Amount paid, Transaction No., Receipt No.), the Commercial Taxes Department's
    profession tax challan (Name of employer, Enrolment No., Employees, Profession tax deducted - employees,
    Enrolment tax (firm) 2026-27, Challan amount / Amount payable, Challan ref. No.; Under verification - bank
    confirmation awaited, do not pay again, Requested on / Challan raised on), GHMC's trade licence renewal
    for the showroom (Trade name, Trade licence No., Trade, Trade licence fee 2026-27, Penalty (late renewal)
    on some, Total due / Amount to be paid, Transaction ID; Transaction failed - trade licence fee not
    received, Date of attempt / Attempted on), Legal Metrology's verification fee for the depot's scales
    (Dealer / user, the weighing scales' and counter balances' fees, Total fee paid / Verification fee
    (total), Challan ref. No., Bank ref. No.), ESIC's monthly contribution (Employer's name, Employer code
    No., Contribution period, No. of IPs, Employees' share @ 0.75%, Employer's share @ 3.25%, Total
    contribution paid / Challan amount, Transaction No., Bank ref. No.) and the Fire Services Department's NOC
    renewal for the showroom (Premises, Fire NOC No., Building, Fire NOC renewal fee, Inspection fee, Total
    fee paid / Amount remitted); the status under the authority's line or at the foot: Transaction success -
    download your receipt / Fee received - e-receipt sent to registered mobile / Paid - thank you / Amount
    credited to Government account - challan closed; Mode of payment / Paid using, Transaction date / Date of
    payment / Fee paid on / Receipt dt."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y"]
    ok = [
        "Transaction success - download your receipt",
        "Fee received - e-receipt sent to registered mobile",
        "Paid - thank you",
    ]
    if frame == "metrology":
        ok.append("Amount credited to Government account - challan closed")
    words = {"success": ok}
    day_labels = ["Transaction date", "Date of payment", "Fee paid on", "Receipt dt."]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "ptax":
        url = f"emunicipal.telangana.gov.in/propertytax/receipt/{digits(rng, 9)}"
        name = rng.choice(["Pochampally Municipality", "POCHAMPALLY MUNICIPALITY"])
        line = "Commissioner & Director of Municipal Administration, Telangana  |  Property tax"
    elif frame == "tgpcb":
        url = f"tgpcb.cgg.gov.in/ocmms/payment/acknowledgement/{digits(rng, 10)}"
        name = rng.choice(["Telangana Pollution Control Board", "TELANGANA POLLUTION CONTROL BOARD"])
        line = "TG-iPASS online consent management  |  Consent for operation"
    elif frame == "silkmark":
        url = f"silkmarkindia.com/au/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["Silk Mark Organisation of India", "SILK MARK ORGANISATION OF INDIA"])
        line = "Set up by the Central Silk Board, Ministry of Textiles  |  Authorised user renewal"
    elif frame == "ptenrol":
        url = f"tgct.gov.in/ptax/employer/challan/{digits(rng, 8)}"
        name = rng.choice(
            ["Commercial Taxes Department, Telangana", "Commercial Taxes Department, Govt. of Telangana"]
        )
        line = "Telangana Tax on Professions, Trades, Callings and Employments Act  |  Employer"
    elif frame == "ghmc":
        url = f"ghmc.gov.in/tradelicence/onlinepayment/{digits(rng, 8)}"
        name = rng.choice(["Greater Hyderabad Municipal Corporation", "GHMC"])
        line = "Trade licence renewal  |  Online payment"
    elif frame == "metrology":
        url = "legalmetrology.telangana.gov.in/verification/epayment/receipt"
        name = rng.choice(
            ["Legal Metrology Department, Telangana", "Controller of Legal Metrology, Telangana"]
        )
        line = "Consumer Affairs, Food & Civil Supplies Department  |  Verification and stamping fee"
    elif frame == "esic":
        url = "www.esic.gov.in/esicportal/employer/challan/receipt"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
    else:
        url = "fire.telangana.gov.in/noc/renewal/payment"
        name = rng.choice(["Fire Services Department, Telangana", "TELANGANA STATE FIRE SERVICES"])
        line = "Telangana State Disaster Response & Fire Services  |  Fire NOC renewal"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5
    if frame == "ptax":
        p.pair("PTIN", f"10{digits(rng, 8)}")
        wrap_pair(p, "Owner / occupier", f"{firm} - {LOOMS}")
        p.pair("Locality", "Padmashali Colony, Ward 6")
        first = float(round(rng.uniform(2400, 14000)))
        heads = [("Property tax 2026-27 (first half)", first), ("Library cess", float(round(first * 0.08)))]
        if rng.random() < 0.5:
            heads.append(("Arrears 2025-26", float(round(rng.uniform(1200, 8000)))))
            heads.append(("Interest @ 2% p.m.", float(round(heads[-1][1] * 0.12))))
        labels = ["Total amount paid", "Amount collected"]
        refs = [
            ("Transaction ID", TXN_RANK, f"PT{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"PCM/{digits(rng, 7)}"),
        ]
    elif frame == "tgpcb":
        wrap_pair(p, "Applicant unit", f"{LOOMS} - tie-dye shed ({firm})")
        p.pair("Category", "Orange - silk yarn dyeing (small)")
        p.pair("CFO order No.", f"TGPCB/NLG/CFO/{digits(rng, 5)}")
        heads = [("CFO fee (water and air)", float(rng.choice([4000, 6000, 7500])))]
        extra = float(rng.choice([0, 1000, 1500]))
        if extra:
            heads.append(("Inspection fee", extra))
        labels = ["Consent fee paid", "Total fee"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"TGPCB{digits(rng, 10)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "silkmark":
        wrap_pair(p, "Authorised user", firm)
        p.pair("AU registration No.", f"SMOI/HYD/AU/{digits(rng, 4)}")
        fee = float(rng.choice([3000, 5000, 7500]))
        heads = [("Authorised user renewal fee 2026-27", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total amount remitted", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"SMOI{digits(rng, 10)}"),
            ("Receipt No.", INVOICE_RANK, f"SMOI/AU/{digits(rng, 5)}"),
        ]
    elif frame == "ptenrol":
        wrap_pair(p, "Name of employer", firm)
        p.pair("Enrolment No.", f"36{digits(rng, 9)}")
        staff = rng.randrange(14, 45)
        p.pair("Employees", str(staff))
        heads = [
            ("Profession tax deducted - employees", float(staff * rng.choice([150, 200]))),
            ("Enrolment tax (firm) 2026-27", 2500.0),
        ]
        labels = ["Challan amount", "Amount payable"]
        refs = [("Challan ref. No.", TXN_RANK, f"CT{digits(rng, 12)}")]
        words = {"pending": ["Under verification - bank confirmation awaited, do not pay again"]}
        day_labels = ["Requested on", "Challan raised on"]
    elif frame == "ghmc":
        wrap_pair(p, "Trade name", f"{SHOWROOM} ({firm})")
        p.pair("Trade licence No.", f"GHMC/TL/{digits(rng, 7)}")
        p.pair("Trade", "Textile retail - sarees")
        heads = [("Trade licence fee 2026-27", float(round(rng.uniform(4000, 18000), -1)))]
        if rng.random() < 0.5:
            heads.append(("Penalty (late renewal)", float(rng.choice([500, 1000, 1800]))))
        labels = ["Total due", "Amount to be paid"]
        refs = [("Transaction ID", TXN_RANK, f"GHMC{digits(rng, 12)}")]
        words = {"failed": ["Transaction failed - trade licence fee not received"]}
        day_labels = ["Date of attempt", "Attempted on"]
    elif frame == "metrology":
        wrap_pair(p, "Dealer / user", f"{DEPOT} ({firm})")
        few = rng.randrange(2, 5)
        fine = rng.randrange(1, 3)
        heads = [
            (f"Verification - electronic scale 30 kg x {few}", float(few * rng.choice([200, 250]))),
            (f"Verification - counter balance 10 kg x {fine}", float(fine * rng.choice([100, 150]))),
        ]
        labels = ["Total fee paid", "Verification fee (total)"]
        refs = [
            ("Challan ref. No.", TXN_RANK, digits(rng, 14)),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "esic":
        wrap_pair(p, "Employer's name", firm)
        p.pair("Employer code No.", f"52000{digits(rng, 12)}")
        p.pair("Contribution period", j.month(1))
        p.pair("No. of IPs", str(rng.randrange(10, 36)))
        wages = float(rng.randrange(160000, 480000, 100))
        heads = [
            ("Employees' share @ 0.75%", float(round(wages * 0.0075))),
            ("Employer's share @ 3.25%", float(round(wages * 0.0325))),
        ]
        labels = ["Total contribution paid", "Challan amount"]
        refs = [
            ("Transaction No.", TXN_RANK, digits(rng, 14)),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    else:
        wrap_pair(p, "Premises", f"{SHOWROOM}, Himayatnagar ({firm})")
        p.pair("Fire NOC No.", f"TGFS/HYD/{digits(rng, 6)}")
        p.pair("Building", "Ground + 2 floors, 11.5 m")
        heads = [
            ("Fire NOC renewal fee", float(rng.choice([5000, 7500, 10000]))),
            ("Inspection fee", float(rng.choice([1000, 1500]))),
        ]
        labels = ["Total fee paid", "Amount remitted"]
        refs = [("Transaction ID", TXN_RANK, f"TGFS{digits(rng, 11)}")]
    if status_top:
        outcome_row(p, status, words)
    total = 0.0
    for head, fee in heads:
        total += fee
        p.pair(head, rs(fee))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Mode of payment", "Paid using"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "ptax": "The second half of the year's property tax falls due on 15 October.",
        "tgpcb": "Keep the consent order at the tie-dye shed for inspection.",
        "silkmark": "Silk Mark labels are issued against this renewal after the sample test.",
        "ptenrol": "Do not pay again; the challan is marked paid once the bank confirms it.",
        "ghmc": "Any amount debited returns to your account within 5 to 7 working days.",
        "metrology": "Bring the scales and balances to the verification camp with this receipt.",
        "esic": "The contribution is posted to the insured persons' accounts once the bank confirms it.",
        "fire": "The renewed NOC is issued after the fire officer's inspection of the premises.",
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
        "Bharat Laghu Udyam Suraksha - loom shed, looms and silk stock",
        "browser",
        "stock",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Burglary and housebreaking - sarees at the Himayatnagar showroom",
        "mail",
        "burglary",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine export (specific voyage) - ikat sarees by air to Singapore",
        "browser",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - weavers, dyers and showroom staff",
        "mail",
        "health",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Money in transit - kooli cash carried to the weavers",
        "paper",
        "money",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Workmen's compensation - weavers, tiers and dyers",
        "browser",
        "ec",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Commercial vehicle package policy - Tata Ace Gold",
        "paper",
        "vehicle",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Shop insurance - silk yarn depot, Koyalagudem",
        "mail",
        "shop",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its loom shed, looms and silk stock, the showroom's sarees, an export consignment,
    its staff's health, the kooli cash carried to the weavers, its workmen, its Tata Ace and the silk yarn
    depot: the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the
    product line, PREMIUM RECEIPT (CUSTOMER COPY) / Acknowledgement of premium / RECEIPT OF PREMIUM -
    POLICYHOLDER'S COPY (Premium payment unsuccessful / PAYMENT NOT RECEIVED on the failed one); the status
    under the heading on some, under the sum on the rest; Policyholder name / Insured / proposer / Name of the
    policyholder, Policy No. / Proposal No. / Quotation No., Sum insured - building, looms and silk stock /
    Sum insured - saree stock / Consignment value (CIF + 10%) / Lives covered / Carrying limit per trip /
    Estimated annual wages / IDV / Sum insured - depot stock and fittings, Period of insurance from, Premium
    (before tax) / Taxable premium or OD premium and TP premium, an add-on (Earthquake cover, Theft extension,
    SRCC, OPD add-on, Cash in counter, Occupational disease cover, Roadside assistance, Plate glass), CGST @
    9% and SGST @ 9% or IGST @ 18%, the sum: Total premium (incl. taxes) / Premium collected / Amount paid
    (incl. GST) / Cheque amount / Cheque for premium / Premium payable / Total due; Premium received - policy
    issued / Payment received - policy document sent by e-mail / CHEQUE UNDER CLEARING - POLICY ON
    REALISATION OF CHEQUE / Transaction unsuccessful - proposal valid for 15 days; Mode of payment / Payment
    instrument, Cheque No., Gateway txn ID / Online payment ref., UPI RRN / Bank reference, Premium receipt
    No. / Collection receipt No., Date of receipt / Premium paid on / Collection date / Cheque collected on /
    Date of deposit / Transaction attempted on / Date of attempt)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'epay', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.removeprefix("The ").split(" Co.")[0].split(" Ltd")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <noreply@{host}>",
            ["Your premium receipt", "Premium received - thank you"],
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
            rng.choice(
                ["Branch Office, Bhongir, Yadadri Bhuvanagiri", "Divisional Office, Abids, Hyderabad"]
            ),
        )
    p.add(
        "center",
        rng.choice(
            ["Premium payment unsuccessful", "PAYMENT NOT RECEIVED"]
            if status == "failed"
            else [
                "PREMIUM RECEIPT (CUSTOMER COPY)",
                "Acknowledgement of premium",
                "RECEIPT OF PREMIUM - POLICYHOLDER'S COPY",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium received - policy issued",
            "Payment received - policy document sent by e-mail",
        ],
        "pending": ["CHEQUE UNDER CLEARING - POLICY ON REALISATION OF CHEQUE"],
        "failed": ["Transaction unsuccessful - proposal valid for 15 days"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Policyholder name", "Insured / proposer", "Name of the policyholder"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['6', '4', '3'])}{digits(rng, 4)}/{digits(rng, 8)}/00/000")
    else:
        p.pair(
            rng.choice(["Proposal No.", "Quotation No."]), f"{rng.choice(['PRP', 'QTN'])}{digits(rng, 10)}"
        )
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(4000000, 30000000, 100000))
        p.pair("Sum insured - building, looms and silk stock", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(2000000, 12000000, 50000))
        p.pair("Sum insured - saree stock", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Theft extension", round(insured * 0.0002, 2))
    elif kind == "transit":
        value = float(rng.randrange(800000, 6000000, 10000))
        p.pair("Consignment value (CIF + 10%)", rs(value))
        basic = round(value * rng.uniform(0.0015, 0.0025), 2)
        addon = ("SRCC", round(value * 0.0002, 2))
    elif kind == "health":
        members = rng.randrange(16, 55)
        p.pair("Lives covered", f"{members} (Rs 2,00,000 each)")
        basic = round(members * rng.uniform(3200, 5400), 2)
        addon = ("OPD add-on", round(members * 450.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(100000, 500000, 25000))
        p.pair("Carrying limit per trip", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.008), 2)
        addon = ("Cash in counter", round(limit * 0.0008, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(380000, 720000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"TG-30-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium", 16049.0)]
        addon = ("Roadside assistance", float(rng.choice([199, 299, 499])))
    elif kind == "ec":
        wages = float(rng.randrange(2000000, 8800000, 100000))
        p.pair("Estimated annual wages", rs(wages))
        basic = round(wages * rng.uniform(0.003, 0.007), 2)
        addon = ("Occupational disease cover", round(wages * 0.0003, 2))
    else:
        insured = float(rng.randrange(900000, 5000000, 50000))
        p.pair("Sum insured - depot stock and fittings", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Plate glass", round(insured * 0.0003, 2))
    if not j.no_day:
        p.pair("Period of insurance from", f"{j.other_day(rng, 1, 8)} (12 months)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Premium (before tax)", "Taxable premium"]), rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    if rng.random() < 0.55:
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
        "success": ["Total premium (incl. taxes)", "Premium collected", "Amount paid (incl. GST)"],
        "pending": ["Cheque amount", "Cheque for premium"],
        "failed": ["Premium payable", "Total due"],
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
    p.pair(rng.choice(["Mode of payment", "Payment instrument"]), pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['GW', 'PG', 'OP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Gateway txn ID", "Online payment ref."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank reference", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(
                rng.choice(["Premium receipt No.", "Collection receipt No."]), rno, txn=(INVOICE_RANK, rno)
            )
    day_pair(
        p,
        j,
        {
            "success": ["Date of receipt", "Premium paid on", "Collection date"],
            "pending": ["Cheque collected on", "Date of deposit"],
            "failed": ["Transaction attempted on", "Date of attempt"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "This receipt is valid subject to the realisation of the premium. Cover is as per the policy "
        "wording.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("VENNELA IKAT HOUSE", "HIMAYATNAGAR, HYDERABAD", "own"),
    ("SRI SAI FILLING STATION", "NH 65, CHOUTUPPAL", "fuel"),
    ("VENNELA SILK YARN DEPOT", "KOYALAGUDEM, YADADRI DT", "own"),
    ("HOTEL RAJADHANI RESIDENCY", "ABIDS, HYDERABAD", "hotel"),
    ("VENNELA IKAT", "POCHAMPALLY 508284", "own"),
    ("SAI SRINIVASA COMPUTERS", "MAIN ROAD, BHONGIR", "shop"),
    ("VENNELA IKAT HOUSE", "HYDERABAD 500029 TG", "own"),
    ("HOTEL ALANKAR BIRYANI", "STATION ROAD, BHONGIR", "food"),
]
TERMINALS = [
    "UNION BANK OF INDIA",
    "HP PAY",
    "CANARA BANK",
    "ICICI BANK",
    "STATE BANK OF INDIA",
    "MSWIPE",
    "KOTAK MAHINDRA BANK",
    "PINE LABS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers', boutiques' and weavers' cards on the showroom's, the company's and the silk yarn depot's
    terminals, and the company's card at a filling station on NH 65 at Choutuppal, an Abids hotel in the
    handloom expo week, a Bhongir computer shop and a Bhongir biryani house: terminal slips (monospace: the
    terminal's bank or brand on top on some, the counter's name and place in capitals; DATE: and TIME: / TXN
    DATE: and TXN TIME: / DATE/TIME: at the top or under the sum; MID:, TID:, BATCH NO:, STAN:, INV NO: /
    RECEIPT NO: / BILL NO:, SALE / CONTACTLESS SALE / CARD SALE, CARD NO:, CARD TYPE:, CHIP / CONTACTLESS, a
    fuel sale's FUEL:, RATE:, QTY(LTR):, NOZ NO:, VEH NO: and HP PAY POINTS:, a hotel's FOLIO NO: and ROOM:,
    a biryani house's ORDER NO:, TABLE: and STEWARD:, a shop's MOBILE NO:, APPR CODE: / AUTH CODE: /
    APPROVAL CODE:, RRN: / RRN NO: / REF NO:, TOTAL: / TXN AMOUNT: / SALE TOTAL: / AMT(INR): / AMOUNT:, the
    sum above or below the card; APPROVED / TRANSACTION APPROVED / APPROVED - PIN VERIFIED / DECLINED - 55
    INCORRECT PIN / TXN TIMED OUT - DO NOT SWIPE AGAIN, CHECK WITH BANK)."""
    k = place("card_slips")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=1800, high=92000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3600, 15800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 52000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 320, 2900, 0.5)
    elif k == 2:
        j.amount = rupees(rng, 6000, 64000, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%y", "%d/%m/%y", "%d%b%Y", "%Y-%m-%d"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        pick = rng.random()
        if pick < 0.35:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif pick < 0.7:
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
        p.pair(rng.choice(["INV NO:", "RECEIPT NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    sale = rng.choice(
        ["SALE", "CONTACTLESS SALE", "CARD SALE"]
        if j.amount <= 5000 and status != "failed"
        else ["SALE", "CARD SALE"]
    )
    p.add("center", sale)
    lab = rng.choice(["TOTAL:", "TXN AMOUNT:", "SALE TOTAL:", "AMT(INR):", "AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{'' if lab == 'AMT(INR):' else rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.45
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    p.add("left", "CONTACTLESS" if sale == "CONTACTLESS SALE" else "CHIP")
    if kind == "fuel":
        rate = round(rng.uniform(95.4, 109.8), 2)
        p.pair("FUEL:", rng.choice(["DIESEL", "PETROL", "POWER"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("QTY(LTR):", f"{j.amount / rate:.2f}")
        p.pair("NOZ NO:", str(rng.randrange(1, 9)))
        p.pair("VEH NO:", f"TG30{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("HP PAY POINTS:", str(rng.randrange(10, 90)))
    elif kind == "hotel":
        p.pair("FOLIO NO:", f"F{digits(rng, 5)}")
        p.pair("ROOM:", str(rng.randrange(101, 420)))
    elif kind == "food":
        p.pair("ORDER NO:", str(rng.randrange(10, 999)))
        p.pair("TABLE:", str(rng.randrange(1, 24)))
        p.pair("STEWARD:", rng.choice(["SRINU", "RAJU", "YADAGIRI", "MAHESH"]))
    elif kind == "shop":
        p.pair("MOBILE NO:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
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
        p.add("small", rng.choice(["NO SIGNATURE REQUIRED", "THANK YOU - PLEASE VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "TXN TIMED OUT - DO NOT SWIPE AGAIN, CHECK WITH BANK", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, water, LPG


BILLERS = [
    ("TGSPDCL", "Southern Power Distribution Company of Telangana Ltd", "Unique Service No."),
    ("ACT Fibernet", "Atria Convergence Technologies Ltd", "Customer ID"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Dish TV", "Dish TV India Ltd", "VC No."),
    ("HMWSSB", "Hyderabad Metropolitan Water Supply & Sewerage Board", "CAN No."),
    ("Bharatgas", "Bharat Petroleum Corporation Ltd", "Consumer No."),
]
BILL_APPS = [
    "TGSPDCL",
    "iMobile Pay",
    "PhonePe",
    "TGSPDCL",
    "Paytm",
    "Google Pay",
    "Amazon Pay",
    "iMobile Pay",
]
BILL_WHICH = [0, 0, 1, 0, 2, 3, 4, 5]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's and the loom shed's electricity (TGSPDCL), the showroom's fibre (ACT Fibernet), the
    manager's postpaid phone (Vi), the showroom's DTH (Dish TV), its water (HMWSSB) and the tie-dye shed's
    commercial cooking gas (Bharatgas) through Bharat Connect in iMobile Pay and other apps (PhonePe, Paytm,
    Google Pay, Amazon Pay: the app on top, the sum large above or below the status, Bill paid to / Service
    provider / Billed by / Biller as printed, Unique Service No. / Customer ID / Mobile No. / VC No. / CAN No.
    / Consumer No., Registered consumer / Bill in the name of, Bill month, Bill date, Due date and Late
    payment amount on some power, fibre and water bills, Paid from Current A/c or UPI, BBPS txn ID /
    B-Connect ref. No. / Bharat Connect ID, UPI Ref. No., Txn ID on the failed one, Payment on / Paid at /
    Txn date & time / Date & time (the latter alone on one not paid); Bill payment successful - biller has the
    payment / Paid - confirmation sent to biller / Pending with biller - status in 48 hours, don't pay again /
    Bill payment failed - refund to source in 3-5 days) and TGSPDCL's own online payment receipt (TGSPDCL,
    Southern Power Distribution Company of Telangana Ltd or its capitals on top with its "A Government of
    Telangana undertaking" line, Unique Service No., ERO, Name, Bill month, Amount due, Amount remitted /
    Payment amount, Payment through, Transaction ref. No., Receipt No., Date of payment / Paid on, the status
    at the foot: Payment successful - will reflect in your account in 2 days / Receipt generated - keep it
    for your records)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=3500, high=58000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 4499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 260, 990, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 420, 3800, 0.6)
    elif which == 5:
        j.amount = rupees(rng, 1800, 9200, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Unique Service No.": f"{rng.choice(['1102', '1104', '1121'])}{digits(rng, 5)}",
        "Customer ID": f"1{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "VC No.": f"0{digits(rng, 10)}",
        "CAN No.": f"0{digits(rng, 8)}",
        "Consumer No.": f"1{digits(rng, 6)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TGSPDCL":
        p = browser_page(rng, font, "tgsouthernpower.org/paybillonline/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Telangana undertaking")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("ERO", rng.choice(["Himayatnagar", "Bhongir", "Choutuppal"]))
        wrap_pair(p, "Name", rng.choice([COMPANY_CAPS, COMPANY, SHOWROOM.upper()]))
        if not j.no_day:
            p.pair("Bill month", j.month(1))
        p.pair("Amount due", rs(j.amount))
        p.pair(rng.choice(["Amount remitted", "Payment amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment through", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TGS{digits(rng, 12)}"
            p.pair("Transaction ref. No.", tid, txn=(TXN_RANK, tid))
            rno = f"{rng.choice(['R', 'OL'])}{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment successful - will reflect in your account in 2 days",
                    "Receipt generated - keep it for your records",
                ]
            },
        )
        p.part = "foot"
        p.add("small", "Payments made after 10 pm are posted to the service on the next working day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill details", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill payment successful - biller has the payment", "Paid - confirmation sent to biller"],
        "pending": ["Pending with biller - status in 48 hours, don't pay again"],
        "failed": ["Bill payment failed - refund to source in 3-5 days"],
    }
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    label = rng.choice(["Bill paid to", "Service provider", "Billed by", "Biller"])
    if not fits(p, "pair", f"{label} {name}     "):
        name = short
    wrap_pair(p, label, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Registered consumer", "Bill in the name of"]),
        rng.choice([COMPANY_CAPS, LOOMS.upper(), SHOWROOM.upper()]),
    )
    if which in (0, 1, 4) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month(1))
        p.pair("Bill date", when(earlier(rng, j, 4, 9), "%d %b %Y"))
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Late payment amount", rs(round(j.amount * 1.02, 2) if which != 1 else j.amount + 100))
    way = "Current A/c" if app == "iMobile Pay" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:9])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Paytm": "PT", "Google Pay": "GP", "Amazon Pay": "AZ"}.get(app, "IC")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["BBPS txn ID", "B-Connect ref. No.", "Bharat Connect ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Txn ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Payment on", "Paid at", "Txn date & time", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "BHONGIR GOODS CARRIE",
    "SRI RANGA SILK DYERS",
    "",
    "KARNATI SAILU",
    "SIDLAGHATTA MULBERRY",
    "",
    "COIMBATORE COMBED YA",
    "NALLAMALA SECURITY S",
]
MAIL_PAYEES = [
    "Lensman Studios Madhapur",
    "Smt. K. Aruna Devi",
    "Jeedimetla Dyechem Pvt Ltd",
    "Surat Jari Udyog",
]
SENDERS = {
    "Union Bank of India": "AD-UNIONB",
    "ICICI Bank": "AX-ICICIT",
    "Telangana Grameena Bank": "JD-TGBANK",
    "Nalgonda District Co-operative Central Bank": "VK-NDCCBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AD-UNIONB /
    AX-ICICIT / JD-TGBANK / VK-NDCCBK, the day divider, each bank's own wording: Union Bank of India's "A/c
    *1234 Debited for Rs:x on <day> by <way> to <payee>." with the sum bare, ICICI Bank's UPI "ICICI Bank Acct
    XX123 debited for Rs x on <day>; <payee> credited. UPI:<ref>.", Telangana Grameena Bank's "Dear Customer,
    your A/c XX1234 is debited with INR x on <day> for <way> txn to <payee>. -TGB", the Nalgonda District
    Co-operative Central Bank's "NDCCB: Rs.x debited from CA No ...1234 on <day>, <way> fav. <payee>."; a
    transfer that "has failed; the amount is credited back to your A/c." and one that "is pending with the
    beneficiary bank. Please check before retrying.", the Avl Bal Rs: / Clear Bal INR / Bal: line) and two
    e-mail debit alerts (Axis Bank, Union Bank of India: Amount (INR) / Debited amount, Beneficiary / Sent to
    / Payee name, above the sum or under it, Value date / Date / Transaction date, Debit account, Channel, UTR
    / IMPS RRN, Balance after transaction; Status: Success / Transaction successful - debited from your
    account)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=8000, high=320000)
    if k == 3:
        j.amount = rupees(rng, 1500, 15000, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 9000, 46000)
    elif k == 0:
        j.amount = rupees(rng, 60000, 480000)
    if k in (2, 5):
        to = MAIL_PAYEES[(0 if k == 2 else 2) + rng.randrange(2)]
        bank = rng.choice(["Axis Bank", "Union Bank of India"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Your account has been debited", "Alert: funds transfer from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, this is to inform you that your account has been debited as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary", "Sent to", "Payee name"]
        if sum_first:
            p.pair(rng.choice(["Amount (INR)", "Debited amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Amount (INR)", "Debited amount"]), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Value date", "Date", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.pair("Debit account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair(
            "Channel", f"{way} - {rng.choice(['internet banking', 'corporate banking'])}", method="netbanking"
        )
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Balance after transaction", rs(rupees(rng, 90000, 4200000)))
        p.add(
            "left",
            rng.choice(["Status: Success", "Transaction successful - debited from your account"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small",
            "Did not do this transaction? Report it to the bank at once and block your net banking.",
        )
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 3:
        way = "UPI"
    elif k == 7:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # ICICI Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Union Bank of India",
        3: "ICICI Bank",
        4: "Telangana Grameena Bank",
        7: "Nalgonda District Co-operative Central Bank",
    }.get(
        k,
        rng.choice(
            ["Union Bank of India", "Telangana Grameena Bank", "Nalgonda District Co-operative Central Bank"]
        ),
    )
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, {d} %B"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    bal = rupees(rng, 30000, 2600000)
    if status == "success":
        if bank == "ICICI Bank":
            day = "" if j.no_day else when(j.date, "%d-%b-%y")
            on = f" on {day}" if day else ""
            p.add(
                "left",
                f"ICICI Bank Acct XX{tail[1:]} debited for Rs {amt}{on};",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"{to} credited.", merchant=to, method=method)
            if ref:
                p.add("left", f"UPI:{ref}. Call 18002662 for dispute.", txn=(UTR_RANK, ref))
            else:
                p.add("left", "Call 18002662 for dispute.")
            ref = None
        elif bank == "Union Bank of India":
            day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d/%m/%y", "%d%b%y"])
            on = f" on {day}" if day else ""
            p.add("left", f"A/c *{tail} Debited for Rs:{j.amount:.2f}{on}", amount=j.amount, status="success")
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        elif bank == "Telangana Grameena Bank":
            day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d/%m/%Y", "%d-%b-%Y"])
            on = f" on {day}" if day else ""
            p.add(
                "left",
                f"Dear Customer, your A/c XX{tail} is debited with INR {amt}{on}",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"for {way} txn to {to}. -TGB", merchant=to, method=method)
        else:
            day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y"])
            on = f" on {day}" if day else ""
            p.add(
                "left",
                f"NDCCB: Rs.{amt} debited from CA No ...{tail}{on},",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"{way} fav. {to}.", merchant=to, method=method)
    else:
        day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d/%m/%Y", "%d-%b-%Y"])
        on = f" on {day}" if day else ""
        p.add(
            "left",
            f"Your {way} {'transfer ' if status == 'failed' else ''}of Rs.{amt} from A/c XX{tail}",
            amount=j.amount,
            method=method,
        )
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has failed; the amount is credited back to your A/c.",
            "pending": "is pending with the beneficiary bank. Please check before retrying.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "ICICI Bank":
        balance = {
            "Union Bank of India": f"Avl Bal Rs:{bal:.2f}",
            "Telangana Grameena Bank": f"Clear Bal INR {bal:,.2f}",
        }.get(bank, f"Bal: Rs.{bal:,.2f}")
        p.add("left", balance)
        p.add(
            "small",
            rng.choice(
                [
                    "Not you? Call the bank's helpline at once",
                    "Bank never asks for your OTP, PIN or CVV",
                ]
            ),
        )
    if bank == "Union Bank of India":
        p.add("small", "-Union Bank of India")
    elif bank == "Nalgonda District Co-operative Central Bank":
        p.add("small", "-NDCCB Nalgonda")
    return p.done()


compose = compose158

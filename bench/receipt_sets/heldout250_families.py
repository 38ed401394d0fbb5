"""The twelve heldout250 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Malda mango grower, ripener and pulper's day in 2026 in Malda district, West
Bengal (Mahananda Mango Agro Pvt Ltd, its orchard of old Fazli, Langra, Himsagar and Laxmanbhog trees in Mouza
Jadupur, English Bazar block, Mahananda Aam Bagan, where the fruit is picked by hand in May, June and July,
carried to the shed in crates and sold at the orchard gate by the crate and by the kilo to the aratdars and
traders of Kolkata, Siliguri and the district, its ethylene ripening chamber and pack house at Rathbari More
on NH-12, Mahananda Ripening Chamber, which ripens its own fruit and the traders' by the crate and the cycle,
and its mango pulp unit in the Food Park at Narayanpur, Mahananda Pulp Works, where the fruit is washed,
peeled, destoned, pulped and filled into aseptic drums and cans, the stones sold by the kilo to a kernel oil
and cattle feed maker), told by the proofs of payment it receives and makes: buyers', sweet shops' and fruit
stalls' UPI screens and the web shop's Cashfree and PayU pages, the sweet makers', fruit commission agents',
juice makers' and IRCTC's payment advices, mango and pulp importers' inward wires from Jeddah, Doha, Manama,
Leicester, Singapore, Kuala Lumpur, Zurich and Houston in riyals, Qatari riyals, Bahraini dinars, pounds,
Singapore dollars, ringgit, Swiss francs and US dollars (dinars with three decimals, francs with apostrophes
between the thousands on some), the orchard's gate sale receipts, the chamber's ripening charges receipts, the
pulp unit's outlet bills and stone sale challans and the accounts desk's e-mails, the crate, carton, ethylene,
aseptic drum and farm input suppliers' tax invoices, the corporate net-banking transfers to the reefer
carrier, the picking gang's contractor, the orchard's lessor, the security agency, the refrigeration mechanic,
the food testing laboratory, the solar pump mechanic and the courier, the pickers', graders', peelers' and
loaders' wage slips, Cashfree payouts to a peeler and a grader and a BHIM and a PNB ONE payment to a loader
and a picker, English Bazar Municipality's, the West Bengal Pollution Control Board's, APEDA's, the Commercial
Taxes Directorate's, WBSIDCL's, the Fire and Emergency Services', the Malda Regulated Market Committee's and
ESIC's fee pages, the insurers' premium receipts, card terminal slips, WBSEDCL's power and the fibre,
postpaid, DTH, AirFiber and cooking gas bills and the banks' SMS and e-mail alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the unit lines, bills listed on an advice, vendor code, purchase order, GRN, contract and
stores receipt numbers, crates, kilos, quintals, drums, cans, trucks, rates, brix shortfalls, leaking drums,
spoilt crates, short weights, cash discounts, GST-TDS and TDS, advances, dadan recoveries, bruised fruit,
allowances, GST lines, GST Nil and Exempt lines, rupee values on the wires, conversion rates, bank charges,
correspondent banks, sums insured, limits, turnovers, wages declared, lives covered, periods of insurance,
balances, due days, bill days, bill periods, return periods, contribution periods, shipping bill and airway
bill days, holding, licence, application, RCMC, IEC, PTRC, plot, employer code, policy, proposal, consumer,
account, VC, service and LPG numbers, GSTIN, IFSC, UETR, sender's references, hajira card, LR, AWB and vehicle
numbers, merchant and terminal IDs, batch and STAN numbers, room, table and steward lines, makers and
approvers and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines``
are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and
``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's;
``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``Screen`` heldout113's; ``compose`` is heldout158's (as heldout247's); ``season`` is written as
heldout246's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, utr, when
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
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"

COMPANY = "Mahananda Mango Agro Pvt Ltd"
COMPANY_CAPS = "MAHANANDA MANGO AGRO PVT LTD"
SHORT = "Mahananda Mango"
ORCHARD = "Mahananda Aam Bagan"
CHAMBER = "Mahananda Ripening Chamber"
PULP = "Mahananda Pulp Works"
# unit, address, GST state code
UNITS = {
    "orchard": (
        "Mango orchard - Fazli, Langra, Himsagar, Laxmanbhog",
        "Mouza Jadupur, English Bazar block, Malda - 732101, West Bengal",
        "19",
    ),
    "chamber": (
        "Ethylene ripening chamber and pack house",
        "Rathbari More, NH-12, English Bazar, Malda - 732101, West Bengal",
        "19",
    ),
    "pulp": ("Mango pulp unit", "Plot 14, Food Park, Narayanpur, Malda - 732141, West Bengal", "19"),
}
PATS_IN = [
    "%d/%m/%Y",
    "%d.%m.%Y",
    "{d}-%b-%Y",
    "%d-%m-%Y",
    "{d} %B, %Y",
    "%d.%m.%y",
    "{d}/{m}/%Y",
    "%d %b, %Y",
]
WIRE_PATS = [
    "%d %b %Y",
    "%d-%b-%Y",
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d %B %Y",
    "%d.%m.%Y",
    "%B {d}, %Y",
    "{d}-%B-%Y",
]
BANKS = [
    "State Bank of India",
    "UCO Bank",
    "Punjab National Bank",
    "Bandhan Bank",
    "West Bengal Gramin Bank",
    "Bank of India",
    "Canara Bank",
    "Axis Bank",
    "ICICI Bank",
    "HDFC Bank",
    "Indian Bank",
    "Malda District Central Co-operative Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "UCO Bank": "UCBA",
    "Punjab National Bank": "PUNB",
    "Bandhan Bank": "BDBL",
    "West Bengal Gramin Bank": "WBGB",
    "Bank of India": "BKID",
    "Canara Bank": "CNRB",
    "Axis Bank": "UTIB",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Indian Bank": "IDIB",
    "Malda District Central Co-operative Bank": "WBSC",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "UCO Bank": "ucobank.com",
    "Punjab National Bank": "pnb.bank.in",
    "Bandhan Bank": "bandhanbank.com",
    "Bank of India": "bankofindia.co.in",
    "Canara Bank": "canarabank.bank.in",
    "Axis Bank": "axisbank.com",
    "ICICI Bank": "icicibank.com",
    "HDFC Bank": "hdfcbank.com",
    "Indian Bank": "indianbank.in",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST % (None: Nil, 0: exempt)
GOODS = {
    "fazli": ("Fazli mangoes, orchard run - in 20 kg crates (HSN 0804)", "crate", 620, 1150, None),
    "langra": ("Langra mangoes, graded A - loose, by the kg (HSN 0804)", "kg", 38, 72, None),
    "ripen": ("Ripening charges - ethylene chamber, 4-day cycle, per crate", "crate", 18, 36, 0),
    "pulp": ("Himsagar mango pulp, aseptic - 215 kg drum (HSN 2007)", "drum", 14500, 19800, 5),
    "cans": ("Himsagar mango pulp - 850 g cans, carton of 24 (HSN 2007)", "carton", 1650, 2300, 5),
    "stones": ("Mango stones (kernels in husk), sun dried - by the kg", "kg", 4, 9, 5),
    "box": ("Himsagar mangoes - 5 kg gift box, by courier (HSN 0804)", "box", 650, 1100, None),
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


def season(rng: random.Random, j: Job, month: int, day: int, span: int) -> None:
    """Move the payment into its season (the picking weeks of May to July): ``span`` days from ``day`` of
    ``month`` in 2026, the UPI reference made again for the new day."""
    j.date = dt.date(2026, month, day) + dt.timedelta(days=rng.randrange(span))
    j.ref = utr(rng, j.date)


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
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def iec(rng: random.Random) -> str:
    """An importer-exporter code (the company's PAN): never an id."""
    return f"AAK{rng.choice('CF')}M{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def gst_or_nil(p: Screen, rs, base: float, rate: int | None, inter: bool) -> float:
    """The GST lines on ``base`` and the rounded bill; fresh mangoes print GST: Nil and the chamber's ripening
    GST: Exempt (no tax line, the bill the base rounded)."""
    if rate is None:
        p.pair("GST", "Nil (fresh fruit)")
    elif rate == 0:
        p.pair("GST", "Exempt (ripening of farm produce)")
    else:
        return gst_lines(p, rs, base, rate, inter)
    total = float(round(base))
    if abs(total - base) >= 0.01:
        p.pair("Round off", f"{total - base:+.2f}")
    return total


# ---------------------------------------------------------------- 1. buyers, sweet shops, stalls: UPI, shop


SHOP_APPS = ["PhonePe", "BHIM", "Cashfree", "Bandhan mBank", "Navi", "PayU", "Google Pay", "Paytm"]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Himsagar 2 crates",
        "Langra 10 kg",
        "Fazli for aachar",
        "Mango box for didi",
        "Laxmanbhog 5 kg",
    ],
    [
        "Jamai Sasthi mango boxes",
        "Shop order - 40 crates Fazli",
        "Pulp cans for the sweet shop",
        "Aam doi order - pulp drums",
        "Wedding tattva mango baskets",
    ],
)
PAYERS_UPI = [
    "Soma Chatterjee",
    "Rupa Ghosh",
    "Sen Mishtanna Bhandar",
    "Md. Nazrul Haque",
    "Tapas Kundu",
    "Ananya Basu",
    "Mallick Fruit Stall, Siliguri",
    "Priyanka Saha",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    (
        "Ms. Debolina Roy, Salt Lake, Kolkata",
        "Himsagar mangoes - 5 kg box x 2, doorstep delivery",
        1800,
        4800,
    ),
    ("Mr. Sandeep Agarwal, Vashi, Navi Mumbai", "Langra and Laxmanbhog - 10 kg crate x 3", 4200, 9600),
    ("Kundu Sweets, Shibpur, Howrah", "Aseptic Himsagar pulp - 4 drums, advance", 20000, 64000),
    ("Ms. Farhana Begum, Durgapur", "Jamai Sasthi gift baskets x 6, Himsagar", 6000, 14500),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UTR No."],
    "BHIM": ["UPI transaction ID", "UPI Ref ID"],
    "Bandhan mBank": ["RRN", "UPI RRN"],
    "Navi": ["UPI reference No.", "UTR"],
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "Paytm": ["UPI Ref. No.", "Bank RRN"],
}
OWN_IDS = {
    "PhonePe": "Transaction ID",
    "BHIM": "BHIM txn ID",
    "Bandhan mBank": "mBank txn ID",
    "Navi": "Navi transaction ID",
    "Google Pay": "Google transaction ID",
    "Paytm": "Paytm transaction ID",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgO{code(rng, 12, MIXED)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(5, 22):02d}{digits(rng, 15)}"
    if app == "BHIM":
        return f"BHM{code(rng, 3, UPPER)}{digits(rng, 12)}"
    if app == "Bandhan mBank":
        return f"BDN{j.date:%y%m%d}{digits(rng, 9)}"
    if app == "Navi":
        return f"NAVI{code(rng, 14, ALNUM)}"
    return digits(rng, 20)


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The web shop's page on Cashfree or PayU after a buyer paid (the payee on top, the buyer and the order
    first on some, the sum large or in a Total amount / Amount paid row and the status in either order, the
    day with them, after the references or at the foot)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([ORCHARD, ORCHARD.upper(), COMPANY, SHORT])
    url = (
        f"payments.cashfree.com/order/#{code(rng, 18, MIXED)}"
        if app == "Cashfree"
        else f"secure.payu.in/_payment_status?mihpayid={digits(rng, 11)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            [
                "Malda mangoes from our own orchard - since 1986",
                "Jadupur, English Bazar, Malda  |  shop.mahanandamango.in",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment received - order confirmed",
            "Transaction successful - receipt sent to your e-mail",
            "Success - your mangoes are packed tomorrow morning",
        ]
    }
    big = rng.random() < 0.5

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Total amount", "Amount paid"]), rs(j.amount), amount=j.amount)

    labels = ["Transaction date", "Paid at", "Payment time"]
    where = rng.randrange(3)
    buyer_first = rng.random() < 0.4
    if buyer_first:
        wrap_pair(p, rng.choice(["Customer details", "Bill to name"]), who)
        wrap_pair(p, rng.choice(["Order summary", "Items"]), what)
    if rng.random() < 0.5:
        sum_row()
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        sum_row()
    if where == 0:
        date_row(p, j, labels, hour=True)
    p.add("rule")
    if not buyer_first:
        wrap_pair(p, rng.choice(["Customer details", "Bill to name"]), who)
        wrap_pair(p, rng.choice(["Order summary", "Items"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": f"UPI - {rng.choice(['PhonePe', 'Google Pay', 'BHIM', 'Paytm'])}",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Netbanking - {rng.choice(BANKS[:4])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment method", "Paid via"]), shown, method=way)
    if not j.no_ref:
        if app == "Cashfree":
            pid = digits(rng, 10)
            p.pair("CF payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"MMA_{j.date:%y%m%d}_{digits(rng, 4)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = digits(rng, 11)
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            oid = f"MMAWEB{digits(rng, 7)}"
            p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UTR No." if app == "Cashfree" else "UPI UTR", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth ID" if app == "Cashfree" else "Auth code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if where == 1:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    if where == 2:
        date_row(p, j, labels, hour=True)
    p.add(
        "small",
        "Secured by Cashfree Payments  |  Cashfree Payments India Pvt Ltd"
        if app == "Cashfree"
        else "Payments by PayU  |  PayU Payments Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers, sweet shops and fruit stalls paying the orchard or the company: six UPI app screens (PhonePe,
    BHIM, Bandhan mBank, Navi, Google Pay, Paytm: the payee block, the sum and the status in one of three
    orders; the orchard, its capitals, the company's capitals or its short name under Amount paid to / Money
    received by / Paid to business / Merchant paid / Trying to pay / Paying merchant, its UPI ID, a
    Bank-verified name / Account name as per bank line on some, the sum large; the day on a line of its own
    under the status (On <day>) or under Transferred on / Date of transaction / Paid at / Initiated on / Tried
    at first under the rule or after the references; Message / Purpose, Payer, Paid from / Debited account,
    UTR / UTR No. / UPI transaction ID / UPI Ref ID / RRN / UPI RRN / UPI reference No. / UPI Ref No. / UPI
    Ref. No. / Bank RRN, the app's own Transaction ID / BHIM txn ID / mBank txn ID / Navi transaction ID /
    Google transaction ID / Paytm transaction ID on some; Payment done - merchant has the money / Success -
    amount credited to merchant / Successful / Processing - the bank has not confirmed yet, do not pay again /
    Failed - payment limit for the day exceeded) and the web shop's two payment pages (Cashfree, PayU: the
    orchard or the company on top, Customer details / Bill to name and Order summary / Items first or after
    the rule, the sum large or in a Total amount / Amount paid row and the status in either order, Transaction
    date / Paid at / Payment time with them, after the references or at the foot, Payment method / Paid via
    UPI, card or net banking, CF payment ID / PayU ID, Order ID / Order No., UTR No. / UPI UTR, Auth ID / Auth
    code or Bank ref. No.; Payment received - order confirmed / Transaction successful - receipt sent to your
    e-mail / Success - your mangoes are packed tomorrow morning)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=900, high=68000, p_round=0.8)
    season(rng, j, 5, 12, 70)
    app = SHOP_APPS[k]
    if app in ("Cashfree", "PayU"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([ORCHARD, ORCHARD.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["ybl", "upi", "okicici", "pnb", "bandhan"])
    handle = f"mahanandamango{rng.choice(['', '.malda', '86'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment done - merchant has the money",
            "Success - amount credited to merchant",
            "Successful",
        ],
        "pending": ["Processing - the bank has not confirmed yet, do not pay again"],
        "failed": ["Failed - payment limit for the day exceeded"],
    }
    day_labels = (
        ["Transferred on", "Date of transaction", "Paid at"]
        if status == "success"
        else ["Initiated on", "Tried at"]
    )
    # 0: the day under the status on its own line; 1: first under the rule; 2: after the references
    day_at = rng.randrange(3)

    def status_rows() -> None:
        outcome_row(p, status, words)
        if day_at == 0 and not j.no_day:
            p.add(
                "small",
                f"On {when(j.date, rng.choice(['{d} %b %Y', '%d %B %Y', '%a, {d} %b %Y']))}, "
                f"{hhmm(rng, lower=rng.random() < 0.5)}",
                date=j.date,
            )

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Amount paid to", "Money received by", "Paid to business", "Merchant paid"]
                if status == "success"
                else ["Trying to pay", "Paying merchant"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add(
                "small", f"{rng.choice(['Bank-verified name', 'Account name as per bank'])}: {COMPANY_CAPS}"
            )

    order = rng.randrange(3)
    if order == 0:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        status_rows()
    elif order == 1:
        p.add("big", rs(j.amount), amount=j.amount)
        status_rows()
        payee_block()
    else:
        status_rows()
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    p.add("rule")
    if day_at == 1:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Message", "Purpose"]), rng.choice(SHOP_NOTES[j.amount >= 8000]))
    if rng.random() < 0.6:
        p.pair("Payer", PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"Bandhan mBank": "Bandhan Bank"}.get(app) or rng.choice(BANKS[:9])
    wrap_pair(p, rng.choice(["Paid from", "Debited account"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            own = own_id(rng, app, j)
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if day_at == 2:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Powered by UPI  |  NPCI", "Report a problem with this payment", "Download  |  Share"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. sweet makers', agents', IRCTC's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    ("Kolkata Mishti Udyog Pvt Ltd", "accounts@kolkatamishti.in", "Bowbazar, Kolkata", "pulp", "paper"),
    (
        "Azadpur Fruit Commission Agency",
        "azadpurfruitagency@gmail.com",
        "Azadpur Mandi, Delhi",
        "fruit",
        "mail",
    ),
    (
        "Indian Railway Catering and Tourism Corporation Ltd",
        "vendorpay.ez@irctc-catering.in",
        "East Zone, Koilaghat, Kolkata",
        "pulp",
        "portal",
    ),
    (
        "Vashi Fruit Market Traders LLP",
        "payments@vashifruittraders.in",
        "APMC Fruit Market, Vashi, Navi Mumbai",
        "fruit",
        "paper",
    ),
    ("Guwahati Juice & Beverages Pvt Ltd", "finance@ghyjuice.in", "Amingaon, Guwahati", "pulp", "mail"),
    (
        "Bihar Fresh Juices Pvt Ltd",
        "ap@biharfreshjuices.in",
        "Fatuha Industrial Area, Patna",
        "pulp",
        "portal",
    ),
    ("Siliguri Fruit Arat", "siliguriarat@gmail.com", "Regulated Market, Siliguri", "fruit", "mail"),
    (
        "Kalinga Dairy Desserts Pvt Ltd",
        "accounts@kalingadesserts.in",
        "Mancheswar Industrial Estate, Bhubaneswar",
        "pulp",
        "portal",
    ),
]
# goods: unit, price per unit (low, high), GST %
DEALER_GOODS = {
    "pulp": ("drums", 14500, 19800, 5),
    "fruit": ("crates", 650, 1200, 0),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Sweet makers in Kolkata and Bhubaneswar, fruit commission agents in Delhi, Navi Mumbai and Siliguri,
    juice makers in Guwahati and Patna and IRCTC's East Zone paying for the pulp drums and the crates of fresh
    mangoes the house sent them: a payment e-mail, a printed REMITTANCE ADVICE - PULP AND FRUIT PURCHASES /
    Vendor payment advice / PAYMENT INTIMATION TO VENDOR and a vendor portal page (the payer on top with its
    desk line; Vendor code, Purchase order ref. and GRN / inward No. (IRCTC's Contract (LoA) No. and Stores
    receipt No.) first, then Vendor / Paid to vendor / Name of payee (vendor) / Remittance in favour of /
    Vendor credited the company, on top of the body or at the head of the payment block; the status under the
    heading on some, at the end of the payment block on the rest; the bills with their drums or crates and
    sums, Gross value of bills / Total bill value, Less: TDS u/s 194Q @ 0.1% (IRCTC's Less: TDS under GST @ 2%
    (CGST 1% + SGST 1%)), Less: Brix shortfall - n drums / Less: Leaking drums - n / Less: Spoilt on arrival -
    n crates / Less: Short weight - n kg @ rate / Less: Cash discount @ 2% on some, above or below the payment
    block: Net amount transferred / Net paid to vendor / Amount sent (net) (Payment kept on hold on the hold,
    Amount bounced back by bank / Payment returned unpaid on the return), Paid by / Transfer mode NEFT / RTGS
    / IMPS, Vendor bank account, NEFT ref. (UTR) / RTGS ref. (UTR) / IMPS ref. No., Payment voucher No. /
    Advice No. / Document No., Transfer date / Date of credit / Held on / Advice date / Bounced on / Date of
    return; Status: Paid - funds sent to your bank / Payment executed - UTR below / On hold - awaiting the
    quality report of the lot / Returned - beneficiary account is dormant, update bank details)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    buyer, mail, desk, kind, frame = PAYERS[k]
    if kind == "fruit":
        season(rng, j, 5, 20, 60)
    irctc = buyer.startswith("Indian Railway")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Payables <{mail}>",
            [
                "Payment sent - Mahananda Mango",
                "Remittance for your bills",
                f"Funds transferred to {SHORT}",
            ]
            if status == "success"
            else ["Regarding your bills - payment advice", "Payment status - Mahananda Mango"],
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
        f"{rng.choice(['Vendor Payments Cell', 'Purchase Accounts', 'Finance - Payables'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "REMITTANCE ADVICE - PULP AND FRUIT PURCHASES",
                "Vendor payment advice",
                "PAYMENT INTIMATION TO VENDOR",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Status: Paid - funds sent to your bank", "Payment executed - UTR below"],
        "pending": ["On hold - awaiting the quality report of the lot"],
        "failed": ["Returned - beneficiary account is dormant, update bank details"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if irctc:
        p.pair("Contract (LoA) No.", f"IRCTC/EZ/CAT/{digits(rng, 4)}")
        p.pair("Stores receipt No.", f"SR/KOL/{digits(rng, 5)}")
    else:
        p.pair("Vendor code", f"{rng.choice(['V', 'VEN', 'MLD'])}{digits(rng, 5)}")
        p.pair("Purchase order ref.", f"PO-{desk.split(', ')[-1][:3].upper()}-{digits(rng, 5)}")
        if rng.random() < 0.6:
            p.pair("GRN / inward No.", f"IN{digits(rng, 7)}")
    labels = ["Vendor", "Paid to vendor", "Name of payee (vendor)", "Remittance in favour of"] + (
        ["Vendor credited"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi, gst = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(4, 40) if kind == "pulp" else rng.randrange(60, 600)
        each = float(rng.randrange(lo, hi, 50 if kind == "pulp" else 10))
        value = round(qty * each * (1 + gst / 100), 2)
        gross += value
        bills.append((f"MMA/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    base = gross / (1 + gst / 100)
    if irctc:
        tds_label, tds = "Less: TDS under GST @ 2% (CGST 1% + SGST 1%)", round(base * 0.02, 2)
    else:
        tds_label, tds = "Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25 and kind == "pulp":
        bad = rng.randrange(1, 4)
        cut = round(bad * each * 0.08, 2)
        cuts.append((f"Less: Brix shortfall - {bad} {'drum' if bad == 1 else 'drums'} at 8%", rs(cut)))
    elif pick < 0.4 and kind == "pulp":
        bad = rng.randrange(1, 3)
        cut = round(bad * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Leaking drums - {bad}", rs(cut)))
    elif pick < 0.25:
        bad = rng.randrange(2, 18)
        cut = round(bad * each, 2)
        cuts.append((f"Less: Spoilt on arrival - {bad} crates", rs(cut)))
    elif pick < 0.45 and kind == "fruit":
        kg = rng.randrange(20, 160)
        per = float(rng.choice([32, 38, 45]))
        cut = kg * per
        cuts.append((f"Less: Short weight - {kg} kg @ {per:,.0f}", rs(cut)))
    elif pick < 0.65 and not irctc:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Cash discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Bills paid", "Invoices covered", "Your bills in this payment"]
                if status == "success"
                else ["Invoices covered", "Your bills in this payment"]
            ),
        )
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Gross value of bills", "Total bill value"]), rs(gross))
        p.pair(tds_label, rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment", "Transfer details"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount transferred", "Net paid to vendor", "Amount sent (net)"],
            "pending": ["Payment kept on hold"],
            "failed": ["Amount bounced back by bank", "Payment returned unpaid"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Paid by", "Transfer mode"]), way, method="netbanking")
        wrap_pair(p, "Vendor bank account", account(rng, BANKS[:5]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[6:10]), way)
                lab = {"IMPS": "IMPS ref. No.", "RTGS": "RTGS ref. (UTR)", "NEFT": "NEFT ref. (UTR)"}[way]
                p.pair(lab, ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PV', 'AD', '19'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment voucher No.", "Advice No.", "Document No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Transfer date", "Date of credit"],
                "pending": ["Held on", "Advice date"],
                "failed": ["Bounced on", "Date of return"],
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
        "System generated advice, no signature needed. Raise any difference within 10 days."
        if not irctc
        else "A Government of India enterprise (Ministry of Railways). GST-TDS is filed in GSTR-7 monthly.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. mango and pulp importers' inward wires


# remitter, town, currency, its bank, sum (low, high), fresh fruit by air or pulp by sea
IMPORTERS = [
    (
        "Al Sadiq Fruits & Vegetables Co.",
        "Jeddah, Saudi Arabia",
        "SAR",
        "Al Rajhi Bank",
        15000,
        300000,
        "air",
    ),
    (
        "Doha Fresh Produce Trading WLL",
        "Doha, Qatar",
        "QAR",
        "Qatar National Bank QPSC",
        15000,
        280000,
        "air",
    ),
    ("Manama Fruit Centre WLL", "Manama, Bahrain", "BHD", "National Bank of Bahrain BSC", 800, 12000, "air"),
    ("Belgrave Road Foods Ltd", "Leicester, United Kingdom", "GBP", "Lloyds Bank plc", 3000, 60000, "sea"),
    ("Little India Fresh Mart Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd", 4000, 80000, "air"),
    (
        "Brickfields Mango Traders Sdn Bhd",
        "Kuala Lumpur, Malaysia",
        "MYR",
        "Malayan Banking Berhad",
        10000,
        250000,
        "sea",
    ),
    ("Tropenfrucht Import AG", "Zurich, Switzerland", "CHF", "UBS Switzerland AG", 3000, 60000, "sea"),
    ("Hillcroft Indian Grocers LLC", "Houston, Texas, USA", "USD", "Wells Fargo Bank NA", 4000, 70000, "sea"),
]
WIRE_BANKS = [
    ("Punjab National Bank", "browser"),
    ("UCO Bank", "mail"),
    ("State Bank of India", "paper"),
    ("Axis Bank", "browser"),
    ("Bandhan Bank", "mail"),
    ("ICICI Bank", "paper"),
    ("Bank of India", "browser"),
    ("HDFC Bank", "mail"),
]
WIRE_RATES = {
    "SAR": (23.1, 24.4),
    "QAR": (23.7, 25.0),
    "BHD": (229.5, 241.8),
    "GBP": (112.4, 119.6),
    "SGD": (66.2, 70.3),
    "MYR": (19.4, 21.1),
    "CHF": (100.6, 108.2),
    "USD": (86.1, 90.8),
}
CORRESPONDENT = {
    "SAR": "JPMorgan Chase Bank NA, New York",
    "QAR": "Standard Chartered Bank, New York",
    "BHD": "Citibank NA, New York",
    "SGD": "Oversea-Chinese Banking Corporation, Singapore",
    "USD": "Citibank NA, New York",
}
SHIPPED = {
    "air": [
        "Fresh mangoes - Himsagar and Langra in 4 kg cartons (HSN 0804 50)",
        "Fresh mangoes by air - 3.2 t, vapour heat treated",
    ],
    "sea": [
        "Aseptic Himsagar mango pulp in 215 kg drums (HSN 2007 99)",
        "Canned mango pulp 850 g x 24 cartons (HSN 2008 99)",
    ],
}


def swiss(value: float) -> str:
    """A sum with apostrophes between the thousands (12'450.00), as Swiss banks print francs."""
    return f"{value:,.2f}".replace(",", "'")


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; Saudi and Qatari riyals with
    their code (or QR) before the sum or after it; Bahraini dinars with three decimals (BHD or BD); Singapore
    dollars (SGD or S$); ringgit (MYR or RM); Swiss francs with apostrophes between the thousands on some."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur in ("SAR", "QAR"):
        after = rng.random() < 0.4
        mark = cur if cur == "SAR" or rng.random() < 0.6 else "QR"

        def riyal(value: float) -> str:
            return f"{value:,.2f} {mark}" if after else f"{mark} {value:,.2f}"

        return riyal
    if cur == "BHD":
        mark = rng.choice(["BHD ", "BD "])

        def dinar(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return dinar
    if cur == "CHF":
        apostrophe = rng.random() < 0.65

        def franc(value: float) -> str:
            return f"CHF {swiss(value) if apostrophe else f'{value:,.2f}'}"

        return franc
    mark = rng.choice({"SGD": ["SGD ", "S$"], "MYR": ["MYR ", "RM "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Mango and pulp importers in Jeddah, Doha, Manama, Leicester, Singapore, Kuala Lumpur, Zurich and
    Houston paying for fresh mangoes by air and aseptic and canned pulp by sea: the banks' inward remittance
    advices (browser, e-mail, printed ADVICE OF CREDIT - FOREIGN INWARD REMITTANCE / Inward remittance advice
    - export proceeds / Foreign inward remittance - credit intimation: the bank on top with its forex desk;
    the status under the heading on some, at the foot on the rest; Credit value date / Date of credit / Value
    date (32A) / Receipt date / Pending since / Date of return / Returned on first, after the sums or after
    the references; the remitter's block (Remitter (buyer abroad) / By order of (field 50K), Sending
    institution (field 52A) / Remitter's banker, Correspondent (field 56A) on some) above or below the
    beneficiary's (Beneficiary (exporter) / Credited to account of / Name of beneficiary (59) / Exporter
    credited the company, Account No., IEC); Foreign currency amount received / Amount in FCY / Remitted
    amount (32A) in Saudi riyals, Qatari riyals, Bahraini dinars (three decimals), pounds, Singapore dollars,
    ringgit, Swiss francs (apostrophes between the thousands on some) or US dollars, Charges, Rate applied
    (indicative on the held one), INR value, Less: Bank charges incl. GST and Net INR credited on the credited
    ones; Purpose code, Goods, Export invoice No., Airway bill No. and date or Shipping bill No. and date,
    Received through, Sender's ref. (field 20), Inward remittance No. / IRM ref. / Our reference, UETR;
    Credited - FIRC issued on request / Status: Realised and credited to exporter / Under review - KYC of the
    remitter awaited, funds not credited / Returned to remitting bank - beneficiary account number invalid).
    """
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    payer, city, cur, pbank, lo, hi, by = IMPORTERS[k]
    if by == "air":
        season(rng, j, 5, 25, 60)
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.6 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex Services <forex.malda@{slug(bank)}>",
            [
                "Credit advice - foreign inward remittance",
                "Inward remittance received in your account",
                "Export proceeds - intimation",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/inward/remittance/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Cell, English Bazar Branch, Malda",
                "AD Branch, Netaji Subhas Road, Malda",
                "International Banking Division, Kolkata",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF CREDIT - FOREIGN INWARD REMITTANCE",
                "Inward remittance advice - export proceeds",
                "Foreign inward remittance - credit intimation",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Credited - FIRC issued on request", "Status: Realised and credited to exporter"],
        "pending": ["Under review - KYC of the remitter awaited, funds not credited"],
        "failed": ["Returned to remitting bank - beneficiary account number invalid"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credit value date", "Date of credit", "Value date (32A)"],
        "pending": ["Receipt date", "Pending since"],
        "failed": ["Date of return", "Returned on"],
    }[status]
    # 0: the day first; 1: after the sums; 2: after the references
    day_at = rng.randrange(3)
    if day_at == 0:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(p, rng.choice(["Remitter (buyer abroad)", "By order of (field 50K)"]), f"{payer}, {city}")
        wrap_pair(p, rng.choice(["Sending institution (field 52A)", "Remitter's banker"]), pbank)
        if cur in CORRESPONDENT and rng.random() < 0.7:
            wrap_pair(p, "Correspondent (field 56A)", CORRESPONDENT[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Beneficiary (exporter)",
                    "Credited to account of",
                    "Name of beneficiary (59)",
                    "Exporter credited",
                ]
                if status == "success"
                else ["Beneficiary (exporter)", "Name of beneficiary (59)"]
            ),
            me,
            merchant=me,
        )
        p.pair(
            "Account No.",
            f"XXXXXXXX{digits(rng, 4)} (EEFC)" if rng.random() < 0.5 else f"CA XXXX{digits(rng, 4)}",
        )
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
        rng.choice(["Foreign currency amount received", "Amount in FCY", "Remitted amount (32A)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        per = f"1 {cur} = INR {rate}"
        p.pair(
            rng.choice(["Rate applied", "Conversion rate"]),
            per if status == "success" else f"{per} (indicative)",
        )
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("INR value", f"Rs. {inr:,.2f}")
        chg = round(float(rng.choice([300, 500, 800, 1200])) * 1.18, 2)
        p.pair("Less: Bank charges incl. GST", f"Rs. {chg:,.2f}")
        p.pair("Net INR credited", f"{inr - chg:,.2f}")
    if day_at == 1:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    advance = rng.random() < 0.3
    p.pair("Purpose code", "P0103 - advance against export" if advance else "P0102 - realisation of exports")
    wrap_pair(p, "Goods", rng.choice(SHIPPED[by]))
    p.pair("Export invoice No.", f"MMA/EXP/{rng.randrange(1, 120):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        if by == "air":
            p.pair("Airway bill No.", f"{rng.choice(['098', '176', '157'])}-{digits(rng, 8)}")
            p.pair("Airway bill date", when(earlier(rng, j, 6, 40), rng.choice(WIRE_PATS)))
        else:
            p.pair("Shipping bill No.", digits(rng, 7))
            p.pair("Shipping bill date", when(earlier(rng, j, 20, 80), rng.choice(WIRE_PATS)))
    p.pair("Received through", rng.choice(["SWIFT MT103", "SWIFT gpi MT103"]), method="netbanking")
    p.pair("Sender's ref. (field 20)", f"{code(rng, 3, UPPER)}{digits(rng, 11)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'INW'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["Inward remittance No.", "IRM ref.", "Our reference"]), ref, txn=(BANK_RANK, ref))
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if day_at == 2:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "The inward remittance is reported on EDPMS; tag it to your shipping bill or airway bill in time."
        if status == "success"
        else "Write to the forex cell with the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. orchard, ripening chamber, pulp unit


# the party, the way it paid, the unit (orchard, chamber, pulp, or the accounts desk's mail), the goods
SALES = [
    ("Sk. Rafiqul Islam, fruit aratdar, Mechua, Kolkata", "cash", "orchard", "fazli"),
    ("Maa Tara Fruit Traders, Siliguri", "cheque", "orchard", "langra"),
    ("Kundu Sweets, Shibpur, Howrah", "NEFT", "mail", "pulp"),
    ("Md. Ansarul Haque, fruit trader, Kaliachak", "cash", "chamber", "ripen"),
    ("Biswas Fruit Company, Raiganj", "cheque", "chamber", "ripen"),
    ("Gour Banga Kernel Oil & Cattle Feed, Gazole", "UPI", "pulp", "stones"),
    ("Dr. Subhra Mukherjee, Lake Town, Kolkata", "card", "pulp", "cans"),
    ("Mr. Arjun Reddy, HSR Layout, Bengaluru", "UPI", "mail", "box"),
]
SALE_HEADS = {
    "fazli": ["BAGAN SALE RASID - FAZLI BY THE CRATE", "ORCHARD GATE SALE MEMO"],
    "langra": ["MANGO SALE BILL - BY WEIGHT (LANGRA)", "ORCHARD SALE RECEIPT - GRADED FRUIT"],
    "ripen": ["RIPENING CHARGES RECEIPT - PER CRATE", "CHAMBER HIRE MEMO - RIPENING CYCLE"],
    "cans": ["FACTORY OUTLET BILL - MANGO PULP", "PULP SALE BILL CUM RECEIPT"],
    "stones": ["BY-PRODUCT SALE RECEIPT - MANGO STONES", "STONE AND PEEL SALE CHALLAN (BY WEIGHT)"],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The orchard's BAGAN SALE RASID - FAZLI BY THE CRATE / ORCHARD GATE SALE MEMO to a Kolkata aratdar and
    MANGO SALE BILL - BY WEIGHT (LANGRA) / ORCHARD SALE RECEIPT - GRADED FRUIT to a Siliguri trader, the
    chamber's RIPENING CHARGES RECEIPT - PER CRATE / CHAMBER HIRE MEMO - RIPENING CYCLE to a Kaliachak and a
    Raiganj trader, the pulp unit's FACTORY OUTLET BILL - MANGO PULP / PULP SALE BILL CUM RECEIPT to a Kolkata
    doctor and BY-PRODUCT SALE RECEIPT - MANGO STONES / STONE AND PEEL SALE CHALLAN (BY WEIGHT) to a Gazole
    kernel oil and cattle feed maker buying the stones by the kilo (paper: the orchard, the chamber, the pulp
    unit or the company on top with its "A unit of" line, address and GSTIN; Rasid No. / Sale memo No. /
    Chamber memo No. / Ripening receipt No. / Outlet bill No. / Challan No. and Rasid date / Date of sale /
    Memo date / Challan date / Dt. in either order, then Received from / Party / Buyer's name (Received from /
    Party on the chamber's), the crates, kilos, drums, cartons x rate, GST: Nil (fresh fruit) on the fruit,
    GST: Exempt (ripening of farm produce) on the ripening, CGST and SGST @ 2.5% on the pulp and the stones,
    Round off, Total / Bill total / Net amount (Value of order on the advance), Amount received in cash / Cash
    paid by buyer / Paid by UPI / UPI collected (QR) / Card swipe amount / Received by card / Cheque amount
    received / By cheque for, the sum in words under it, Payment mode / Paid by, UPI Ref. No. / UPI ref. /
    Appr. code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - CRATES LOADED ON THE
    BUYER'S TRUCK / PAID - FRUIT RELEASED FROM THE CHAMBER / PAID - STONES WEIGHED AND LIFTED / CHEQUE LODGED
    FOR COLLECTION - FRUIT RELEASED ON REALISATION / CHEQUE DISHONOURED - INSUFFICIENT FUNDS, RECEIPT
    WITHDRAWN, the rubber stamp, For <unit> - Bagan manager / Accounts clerk / Receiver's signature) and the
    accounts desk's Receipt of payment e-mails (Money receipt No. / Ack. ref., Received on / Date of receipt;
    a Howrah sweet shop's Advance paid with order / Booking advance against its Value of order with the
    Balance on delivery of drums and the NEFT UTR / UTR, ADVANCE RECEIVED - PULP RESERVED FROM THIS SEASON'S
    BATCH; a Bengaluru buyer's gift boxes by UPI, GST Nil, PAYMENT RECEIVED - MANGO BOX DISPATCHED BY
    COURIER)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    party, way, unit, kind = SALES[k]
    if kind in ("fazli", "langra", "ripen", "box"):
        season(rng, j, 5, 15, 65)
    elif kind == "stones":
        season(rng, j, 6, 1, 60)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    name = {"orchard": ORCHARD, "chamber": CHAMBER, "pulp": PULP, "mail": COMPANY}[unit]
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@mahanandamango.in>",
            [
                "Payment received - Mahananda Mango, Malda",
                "Money receipt for your order",
                "Thank you for your payment",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Malda mangoes and mango pulp  |  Accounts")
        p.add("center", "Receipt of payment")
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

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "orchard": ["JDP", "BGN"],
            "chamber": ["RPC", "RTB"],
            "pulp": ["MPW", "NRP"],
            "mail": ["MMA", "MR"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = {
            "mail": ["Money receipt No.", "Ack. ref."],
            "orchard": ["Rasid No.", "Sale memo No."],
            "chamber": ["Chamber memo No.", "Ripening receipt No."],
            "pulp": ["Outlet bill No.", "Challan No."] if kind == "stones" else ["Outlet bill No."],
        }[unit]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = {
        "mail": ["Received on", "Date of receipt"],
        "orchard": ["Rasid date", "Date of sale", "Dt."],
        "chamber": ["Memo date", "Dt."],
        "pulp": ["Challan date", "Dt."] if kind == "stones" else ["Date of sale", "Dt."],
    }[unit]
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    wrap_pair(
        p,
        rng.choice(
            ["Received from", "Party"] if unit == "chamber" else ["Received from", "Party", "Buyer's name"]
        ),
        party,
    )
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind in ("stones", "langra"):
        kilos = rng.randrange(400, 4800, 10) if kind == "stones" else rng.randrange(80, 900, 5)
        rate = float(rng.randrange(lo, hi)) + rng.choice([0.0, 0.5])
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:,.2f}", rs(base))
    else:
        if kind == "fazli":
            qty = rng.randrange(20, 170)
        elif kind == "ripen":
            qty = rng.randrange(40, 320)
        elif advance:
            qty = rng.randrange(6, 24)
        elif kind == "cans":
            qty = rng.randrange(1, 4)
        else:
            qty = rng.randrange(2, 6)
        rate = float(rng.randrange(lo, hi, 10 if hi > 100 else 1))
        if kind == "ripen":
            rate += rng.choice([0.0, 0.5])
        base = round(qty * rate, 2)
        many = f"{qty} {per}" if qty == 1 else f"{qty} {per}{'es' if per.endswith('x') else 's'}"
        p.pair(f"  {many} x {rate:,.2f}", rs(base))
    bill = gst_or_nil(p, rs, base, gst_rate, False)
    p.pair(rng.choice(["Value of order"] if advance else ["Total", "Bill total", "Net amount"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount received", "By cheque for"])
    elif advance:
        lab = rng.choice(["Advance paid with order", "Booking advance"])
    else:
        lab = {
            "cash": rng.choice(["Amount received in cash", "Cash paid by buyer"]),
            "UPI": rng.choice(["Paid by UPI"] if unit == "mail" else ["UPI collected (QR)", "Paid by UPI"]),
            "card": rng.choice(["Card swipe amount", "Received by card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance on delivery of drums", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Payment mode", "Paid by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Debit / credit card", "cheque": "Cheque"}[
            way
        ],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -5, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI ref."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[6:10]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Appr. code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind in ("fazli", "langra"):
        words.append("PAID - CRATES LOADED ON THE BUYER'S TRUCK")
    elif kind == "ripen":
        words.append("PAID - FRUIT RELEASED FROM THE CHAMBER")
    elif kind == "stones":
        words.append("PAID - STONES WEIGHED AND LIFTED")
    elif advance:
        words = ["ADVANCE RECEIVED - PULP RESERVED FROM THIS SEASON'S BATCH"]
    elif kind == "box":
        words.append("PAYMENT RECEIVED - MANGO BOX DISPATCHED BY COURIER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE LODGED FOR COLLECTION - FRUIT RELEASED ON REALISATION",
        "failed": "CHEQUE DISHONOURED - INSUFFICIENT FUNDS, RECEIPT WITHDRAWN",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "stones": "Stones sold as lying at the unit and lifted in the buyer's own vehicle.",
            "ripen": "Fruit ripened at the owner's risk. Chamber charges are payable before release.",
            "cans": "Store the cans in a cool dry place. Once opened, refrigerate and use in 3 days.",
            "box": "Fresh fruit: ripen at room temperature, do not refrigerate until soft.",
            "pulp": "Drums are reserved for 30 days from the advance. Lift them from the Narayanpur unit.",
        }.get(kind, "Fruit weighed and counted before the buyer. Cheques are subject to realisation."),
    )
    if unit != "mail":
        right(
            p,
            rng.choice(
                [
                    f"For {name} - Bagan manager" if unit == "orchard" else f"For {name}",
                    "Accounts clerk",
                    "Receiver's signature",
                ]
            ),
        )
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            {
                "orchard": "MAHANANDA AAM BAGAN",
                "chamber": "MAHANANDA RIPENING",
                "pulp": "MAHANANDA PULP WORKS",
            }[unit],
            {"orchard": "JADUPUR, MALDA", "chamber": "RATHBARI, MALDA", "pulp": "NARAYANPUR, MALDA"}[unit],
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. crates, cartons, ethylene, drums, inputs


SUPPLIERS = [
    (
        "Dankuni Poly Crates Pvt Ltd",
        "Plastic crates for fruit and vegetables | Pallets",
        "Delhi Road, Dankuni, Hooghly - 712311, West Bengal",
        "19",
        "DPC",
    ),
    (
        "Siliguri Corrugated Boxes",
        "5-ply corrugated fruit cartons | Printed gift boxes",
        "Sevoke Road, Siliguri - 734001, West Bengal",
        "19",
        "SCB",
    ),
    (
        "Chakan Ripetech Systems Pvt Ltd",
        "Ripening chambers | Ethylene generators and gas",
        "MIDC Chakan, Pune - 410501, Maharashtra",
        "27",
        "CRS",
    ),
    (
        "Vapi Aseptic Packaging Pvt Ltd",
        "Aseptic bags | MS open-top drums | Liners",
        "GIDC Phase II, Vapi - 396195, Gujarat",
        "24",
        "VAP",
    ),
    (
        "Gour Krishi Seva Kendra",
        "Fertilisers | Plant protection | Fruit bags",
        "Rathbari More, English Bazar, Malda - 732101, West Bengal",
        "19",
        "GKS",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "DPC": [
        ("Plastic crate 20 kg, ventilated - blue", "3923", "pcs", 165, 240, 18, 200, 2400),
        ("Plastic crate 25 kg, heavy duty", "3923", "pcs", 210, 290, 18, 100, 1500),
    ],
    "SCB": [
        ("5-ply fruit carton 4 kg, printed", "4819", "pcs", 22, 38, 18, 1000, 12000),
        ("Gift box 5 kg with handle", "4819", "pcs", 45, 75, 18, 300, 3000),
    ],
    "CRS": [
        ("Ethylene gas cylinder (10 kg) - refill", "2901", "cyl", 2800, 4200, 18, 4, 30),
        ("Ethylene sensor with controller", "9027", "pcs", 14500, 22000, 18, 1, 4),
    ],
    "VAP": [
        ("Aseptic bag 220 L, two-ply", "3923", "pcs", 310, 420, 18, 100, 1200),
        ("MS open-top drum 215 kg, lacquered", "7310", "pcs", 1450, 1950, 18, 50, 600),
    ],
    "GKS": [
        ("Fruit protection bag - paper, 100 pcs", "4819", "pkts", 160, 260, 18, 50, 800),
        ("Imidacloprid 17.8 SL - 1 litre", "3808", "btls", 420, 640, 18, 10, 120),
    ],
}
SUPPLY_ORDER = [2, 0, 1, 4, 3, 1, 0, 2]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "UPI", "NEFT", "NEFT", "RTGS", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Pune ripening equipment maker, the Dankuni crate maker, the Siliguri carton maker, the Malda farm
    input dealer and the Vapi aseptic packaging maker billing the company (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE - ORIGINAL FOR RECIPIENT / INVOICE (GST) / TAX INVOICE AND PAYMENT
    RECEIPT, Inv. No. / Invoice Sl. No. / Document No. and Inv. date / Date of invoice / Invoice dt. in either
    order, or on one row (Sl. No. ... / Dt. ...) on some, Billed to / Name of recipient / Buyer (billed to)
    the company, Consignee (ship to) / Place of delivery the orchard, the chamber or the pulp unit, Place of
    supply, E-way bill No., Transporter and LR No. and Vehicle No. or Courier and AWB No., Buyer's PO ref.,
    the crates, cartons, gift boxes, ethylene cylinders, sensors, aseptic bags, drums, fruit bags or manure
    with HSN and pcs, cyl, pkts or bags x rate, Taxable amount, CGST and SGST or IGST @ 5% or 18%, Round off,
    Invoice value, Less: Advance adjusted and Balance received by NEFT / RTGS on some, Less: TDS u/s 194Q
    (deducted by you) and Net amount received by NEFT / RTGS on some, else Received via NEFT / RTGS / Payment
    received - NEFT / RTGS / Received through UPI / UPI collection with UTR / NEFT UTR No. / RTGS UTR No. /
    UPI ref. No., or Cheque for / Paid by cheque with Cheque No.; PAID / FULL PAYMENT RECEIVED / SETTLED -
    NOTHING DUE / PAYMENT CREDITED - NEFT / RTGS / UPI / CHEQUE PRESENTED - RECEIPT SUBJECT TO CLEARING /
    CHEQUE BOUNCED - FUNDS INSUFFICIENT, INVOICE UNPAID, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7)
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
        ["TAX INVOICE - ORIGINAL FOR RECIPIENT", "INVOICE (GST)", "TAX INVOICE AND PAYMENT RECEIPT"],
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
                    rng.choice(["Inv. No.", "Invoice Sl. No.", "Document No."]), inv, txn=(INVOICE_RANK, inv)
                )

        day_labels = ["Inv. date", "Date of invoice", "Invoice dt."]
        if rng.random() < 0.5:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
        else:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
    ours_to(p, ["Billed to", "Name of recipient", "Buyer (billed to)"])
    deliver = {
        "DPC": f"{ORCHARD}, Jadupur",
        "SCB": f"{CHAMBER}, Rathbari",
        "CRS": f"{CHAMBER}, Rathbari",
        "VAP": f"{PULP}, Narayanpur",
        "GKS": f"{ORCHARD}, Jadupur",
    }[tag]
    wrap_pair(p, rng.choice(["Consignee (ship to)", "Place of delivery"]), deliver)
    p.pair("Place of supply", "West Bengal (19)")
    if tag != "GKS":
        p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("DPC", "VAP", "GKS"):
        wrap_pair(p, "Transporter", rng.choice(["Gour Banga Roadlines", "Sree Durga Transport", "Own tempo"]))
        p.pair("LR No.", f"{rng.choice(['LR', 'GBR', 'SD'])}{digits(rng, 6)}")
        p.pair(
            "Vehicle No.", f"WB-{rng.choice(['65', '73', '15', '11'])}-{code(rng, 1, UPPER)}-{digits(rng, 4)}"
        )
    else:
        wrap_pair(p, "Courier", rng.choice(["Gati Express", "Safexpress", "Professional Couriers"]))
        p.pair("AWB No.", f"{rng.choice(['G', 'S', 'P'])}{digits(rng, 10)}")
    p.pair("Buyer's PO ref.", f"MMA/PO/{rng.randrange(100, 999)}")
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
    p.pair("Taxable amount", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "19")
    p.pair("Invoice value", rs(total))
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
        p.pair("Less: Advance adjusted", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q (deducted by you)", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque for", "Paid by cheque"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif tds:
            lab = f"Net amount received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received through UPI", "UPI collection"])
        else:
            lab = rng.choice([f"Received via {way}", f"Payment received - {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice([f"{way} UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAID", "FULL PAYMENT RECEIVED", "SETTLED - NOTHING DUE", f"PAYMENT CREDITED - {way}"]
        ),
        "pending": "CHEQUE PRESENTED - RECEIPT SUBJECT TO CLEARING",
        "failed": "CHEQUE BOUNCED - FUNDS INSUFFICIENT, INVOICE UNPAID",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"Goods once sold will not be taken back. Interest @ 18% after 30 days. Subject to {town} courts.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Gour Banga Reefer Carriers", "Reefer truck - Malda to Azadpur, Delhi, 9 t mangoes", 28000, 95000),
    ("Kaliachak Labour Supply Co-operative", "Picking gang - 14 days, Jadupur orchard", 32000, 120000),
    ("Smt. Anjali Sarkar", "Orchard lease instalment - 2026 season, 22 bighas", 60000, 180000),
    ("Malda Guard & Security Services", "Watch and ward - orchard and chamber, one month", 24000, 68000),
    ("Mahamaya Refrigeration Works", "Chamber AMC - compressor and ethylene sensors", 9000, 42000),
    ("Eastern Food Testing Laboratory LLP", "Pulp lot testing - brix, acidity, microbiology", 6000, 28000),
    ("Gazole Solar Pump Services", "Orchard irrigation - solar pump overhaul", 7000, 36000),
    ("Professional Couriers Malda", "Mango gift boxes to buyers - one week's parcels", 5000, 38000),
]
CORP_PORTALS = [
    (
        "PNB Corporate Internet Banking",
        "Punjab National Bank",
        "corporate.pnb.bank.in/ib/fundtransfer/status",
    ),
    ("UCO Corporate eBanking", "UCO Bank", "corp.ucoebanking.in/payments/view"),
    ("ICICI Bank CIB", "ICICI Bank", "cib.icicibank.com/corp/transfer/detail"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its reefer carrier, the picking gang's labour co-operative, the orchard's lessor,
    the security agency, the chamber's refrigeration mechanic, the food testing laboratory, the solar pump
    mechanic and the courier: corporate net banking's transfer pages (PNB Corporate Internet Banking, UCO
    Corporate eBanking, ICICI Bank CIB: the portal on top and the bank's line, Fund transfer - transaction
    details / View transaction; three layouts: the status under the heading and the day at the foot; the day
    under the heading and the status at the foot; a summary on top (the payee, the sum and the status) and the
    details under it with the day among them: Processed on / Transfer date / Debit date / Initiated on / Saved
    on / Returned on / Credited back on; Transaction completed - credited to beneficiary / Status: Successful
    - UTR generated / Awaiting checker approval - not yet sent to the bank / Returned by beneficiary bank -
    account closed, amount credited back; the references (UTR / NEFT UTR No. / RTGS UTR No. / IMPS Ref No. and
    Bank reference No. / Host ref. No.) above or below the payee: Beneficiary registered as / Payee account
    name / Credited to (beneficiary) / Recipient name, Payee nickname, Beneficiary account and IFSC, Debited
    account the company, Login ID, Amount (Rs.) / Transaction amount / Debit value (INR), Transfer mode / Mode
    of transfer NEFT / RTGS / IMPS, Remarks / Payment details, Initiated by / Approved by, Account balance
    after debit on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(1,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("Rs.", "INR", "\u20b9"))
    p = browser_page(rng, font, f"{host}?ref={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transaction enquiry', 'Fund transfer'])}")
    p.add("center", rng.choice(["Fund transfer - transaction details", "View transaction"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transaction completed - credited to beneficiary", "Status: Successful - UTR generated"],
        "pending": ["Awaiting checker approval - not yet sent to the bank"],
        "failed": ["Returned by beneficiary bank - account closed, amount credited back"],
    }
    day_labels = {
        "success": ["Processed on", "Transfer date", "Debit date"],
        "pending": ["Initiated on", "Saved on"],
        "failed": ["Returned on", "Credited back on"],
    }[status]
    hour = rng.random() < 0.5
    who = who.upper() if rng.random() < 0.4 else who
    payee_labels = [
        "Beneficiary registered as",
        "Payee account name",
        "Credited to (beneficiary)",
        "Recipient name",
    ]
    if status != "success":
        payee_labels = ["Beneficiary registered as", "Payee account name", "Recipient name"]
    amount_labels = ["Amount (Rs.)", "Transaction amount", "Debit value (INR)"]
    # 0: the status on top, the day at the foot; 1: the day on top, the status at the foot; 2: a summary
    layout = rng.randrange(3)
    if layout == 0:
        outcome_row(p, status, words)
        p.add("rule")
    elif layout == 1:
        date_row(p, j, day_labels, hour=hour)
        p.add("rule")
    else:
        p.add("left", "Summary")
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        p.add("rule")
        p.add("left", "Details")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", f"{way} UTR No."]) if way != "IMPS" else "IMPS Ref No.",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank reference No.", "Host ref. No."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    if layout != 2:
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    if rng.random() < 0.5:
        p.pair("Payee nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "MLD")
    ben = rng.choice(BANKS[:11])
    p.pair("Beneficiary account", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debited account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Login ID", f"MMA{rng.choice(['ACCTS', 'FIN', 'MD'])}{digits(rng, 2)}")
    if layout == 2 and not j.no_day:
        date_row(p, j, day_labels, hour=hour)
    if layout != 2:
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Transfer mode", "Mode of transfer"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Payment details"]), note)
    p.pair("Initiated by / Approved by", f"MMAMAKER1 / {'-' if status == 'pending' else 'MMACHECK2'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Account balance after debit", rs(rupees(rng, 150000, 5200000)))
    if not refs_first:
        refs()
    if layout == 0:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    elif layout == 1:
        p.add("rule")
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "A returned transfer is credited back to the debited account on the same or the next working day.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. pickers, graders, peelers, loaders


# payee, role, village, kind
WORKERS = [
    ("Sk. Sahidul Islam", "Picker - Himsagar block, tall trees", "Jadupur, English Bazar", "pick"),
    ("Nurjahan Bibi", "Peeler - destoning line, day shift", "Narayanpur", "peel"),
    ("Kalpana Mandal", "Grader - sorting and packing table", "Rathbari, English Bazar", "sort"),
    ("Bablu Sarkar", "Loader - crates to reefer trucks", "Sujapur, Kaliachak", "load"),
    ("Rehana Khatun", "Peeler - destoning line, night shift", "Narayanpur", "peel"),
    ("Rekha Das", "Grader - pack house, second shift", "Mahadipur, English Bazar", "sort"),
    ("Jiten Murmu", "Loader - crates and pulp drums to trucks", "Habibpur", "load"),
    ("Gopal Hembram", "Picker - Laxmanbhog block", "Milki, English Bazar", "pick"),
]
WORK_FRAMES = ["paper", "cashfree", "paper", "bhim", "paper", "cashfree", "paper", "pnb"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "pick": (
        ["MANGO PICKING WAGES - PER CRATE", "AAM PARA MAJURI RASID - BAGAN"],
        ["Picker's name", "Majuri paid to (picker)"],
        "Crates picked and carried to the shed: {q} x {rate}",
        (14, 26),
        (40, 160),
        ["Net majuri paid", "Amount paid to picker"],
    ),
    "sort": (
        ["GRADING AND PACKING WAGES - PER CRATE", "BACHAI-PACKING MAJURI SLIP"],
        ["Grader's name", "Wages paid to (grader)"],
        "Crates graded and packed: {q} x {rate}",
        (6, 12),
        (120, 420),
        ["Net amount handed over", "Wages paid (net)"],
    ),
    "peel": (
        ["PEELING AND DESTONING WAGES - PER QUINTAL", "KHOSA-AANTI MAJURI PARCHI - PULP UNIT"],
        ["Peeler's name", "Majuri paid to (peeler)"],
        "Fruit peeled and destoned (quintal): {q} x {rate}",
        (160, 260),
        (8, 30),
        ["Net majuri handed over", "Amount paid to peeler"],
    ),
    "load": (
        ["LOADING WAGES - PER TRUCK", "GARI BOJHAI MAJURI SLIP"],
        ["Loader's name", "Wages paid to (loader)"],
        "Trucks loaded: {q} x {rate}",
        (900, 1600),
        (2, 8),
        ["Net wages handed over", "Amount paid to loader"],
    ),
}


def cashfree_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Cashfree's payout transfer page (Cashfree Payouts on top and the company's business account under it;
    the payee above the sum and the status or under them)."""
    j.amount = rupees(rng, 1600, 21000, 0.6)
    tid = f"MMA-{kind.upper()}-{j.date:%m%d}-{digits(rng, 4)}"
    p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers" + ("" if j.no_ref else f"/{tid}"))
    p.part = "head"
    top(p, "Cashfree Payouts")
    p.add("small", f"Business account: {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["SUCCESS - transfer credited to the beneficiary", "Transfer completed"],
        "pending": ["Processing - awaiting confirmation from the beneficiary bank"],
        "failed": ["FAILED - beneficiary account does not exist, amount back in balance"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Beneficiary", "Paid to beneficiary"]), who, merchant=who)
        p.pair("Bene ID", f"{who.split()[0].lower().strip('.')}_{digits(rng, 5)}")

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
        p.pair("Bank account", f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)}")
    else:
        p.pair("UPI ID", f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'axl', 'ibl'])}")
    p.pair(rng.choice(["Transfer mode", "Mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Remarks",
        rng.choice(["Khosa-aanti majuri - week 24", "Peeling 18.5 q"])
        if kind == "peel"
        else rng.choice(["Packing table wages", "Bachai majuri - week 25"]),
    )
    if not j.no_ref:
        if status != "pending":
            cfr = digits(rng, 9)
            p.pair("Cashfree reference ID", cfr, txn=(TXN_RANK, cfr))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Transfer time"],
            "pending": ["Requested at", "Added on"],
            "failed": ["Failed on", "Reversed at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary's bank has acknowledged the credit.",
            "pending": "Do not add this transfer again; its status is updated here.",
            "failed": "A failed transfer's amount returns to the payouts balance at once.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its pickers by the crate, its graders by the crate packed, its peelers by the quintal
    of fruit and its loaders by the truck: its printed MANGO PICKING WAGES - PER CRATE / AAM PARA MAJURI RASID
    - BAGAN / GRADING AND PACKING WAGES - PER CRATE / BACHAI-PACKING MAJURI SLIP / PEELING AND DESTONING WAGES
    - PER QUINTAL / KHOSA-AANTI MAJURI PARCHI - PULP UNIT / LOADING WAGES - PER TRUCK / GARI BOJHAI MAJURI
    SLIP (the company on top with the orchard's, the chamber's or the pulp unit's line, Picker's name / Majuri
    paid to (picker) / Grader's name / Wages paid to (grader) / Peeler's name / Majuri paid to (peeler) /
    Loader's name / Wages paid to (loader), Kaaj (work), Gram / para, Hajira card No. (no fact), Slip No. /
    Majuri rasid No., Date / Wage date / Dt., the crates, quintals (with their tenths) or trucks x rate, Add:
    Tall tree climbing extra / Add: Night shift allowance / Add: Tiffin allowance, Gross majuri, Less: Bruised
    fruit - n crates @ rate / Less: Dadan (advance) adjusted, Net majuri paid / Amount paid to picker / Net
    amount handed over / Wages paid (net) / Net majuri handed over / Amount paid to peeler / Net wages handed
    over / Amount paid to loader, Payment mode Cash / UPI / IMPS, UPI Ref. No. / IMPS Ref. No.; PAID / PAID IN
    CASH / PAID - ENTERED IN HAJIRA KHATA / PAID - CRATES COUNTED AT THE SHED / PAID - QUINTALS ENTERED IN THE
    LINE REGISTER, the worker's signature or thumb), Cashfree payout pages for a peeler and a grader (Cashfree
    Payouts on top and Business account: the company under it, the payee above the sum and the status or under
    them, Beneficiary / Paid to beneficiary, Bene ID, Bank account / UPI ID, Transfer mode / Mode, Remarks,
    Cashfree reference ID, UTR / Bank UTR, Transfer ID, Processed on / Transfer time / Requested at / Added
    on; SUCCESS - transfer credited to the beneficiary / Transfer completed / Processing - awaiting
    confirmation from the beneficiary bank), a BHIM screen paying a loader (UPI transaction ID; Failed -
    receiver's bank did not respond, Sending to / To) and a PNB ONE screen paying a picker (UPI Ref No and PNB
    txn ID; Money sent / Transfer successful; Sent to / Transferred to above the sum or under the status; Sent
    on / Transaction date / Date)."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    if kind in ("pick", "sort", "load"):
        season(rng, j, 5, 10, 75)
    else:
        season(rng, j, 5, 25, 70)
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "cashfree":
        return cashfree_page(rng, font, j, status, who, kind, rs)
    if frame in ("bhim", "pnb"):
        j.amount = rupees(rng, 1500, 14000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction status"])
        p.part = "head"
        p.add("title", "BHIM" if frame == "bhim" else "PNB ONE")
        p.add("gap")
        p.part = "body"
        words = {
            "success": ["Money sent", "Transfer successful"],
            "failed": ["Failed - receiver's bank did not respond"],
        }
        pay_first = rng.random() < 0.5
        lab = ["Sent to", "Transferred to"] if status == "success" else ["Sending to", "To"]
        if pay_first:
            p.add("small", rng.choice(lab))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        if not pay_first:
            p.add("small", rng.choice(lab))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['upi', 'pnb', 'ybl', 'ibl'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Sent on", "Transaction date", "Date"], hour=True)
        p.pair(
            rng.choice(["Remarks", "Note"]),
            rng.choice(
                ["Gari bojhai - 3 trucks", "Loading majuri"]
                if kind == "load"
                else ["Para majuri", "Picking 96 crates"]
            ),
        )
        p.pair(
            rng.choice(["From", "Debited from"]),
            f"{'Punjab National Bank' if frame == 'pnb' else 'UCO Bank'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "bhim":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            else:
                p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
                own = f"PNB{j.date:%y%m%d}{digits(rng, 9)}"
                wrap_pair(p, "PNB txn ID", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add(
            "small",
            "Amount, if debited, returns to your account." if status == "failed" else "Share  |  Done",
        )
        return p.done()
    unit = "chamber" if kind in ("sort", "load") else "pulp" if kind == "peel" else "orchard"
    where = UNITS[unit]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        {"orchard": f"{ORCHARD} - picking season", "chamber": f"{CHAMBER} - pack house", "pulp": f"{PULP}"}[
            unit
        ],
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Kaaj (work)", role)
    p.pair("Gram / para", village)
    p.pair("Hajira card No.", f"MMA/HC/{rng.randrange(10, 999):03d}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}W/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Slip No.", "Majuri rasid No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Wage date", "Dt."], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    if kind == "load":
        rate = float(round(rate, -1))
    if kind == "peel":
        q10 = rng.randrange(qlo * 10, qhi * 10)
        qty = q10 / 10
        shown = f"{qty:.1f}"
    else:
        qty = rng.randrange(qlo, qhi)
        shown = f"{qty:,}"
    gross = round(qty * rate, 2)
    p.pair(text.format(q=shown, rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([100, 150, 200, 300]))
        if kind == "pick" and "tall" in role:
            add = "Add: Tall tree climbing extra"
        elif "night" in role:
            add = "Add: Night shift allowance"
        else:
            add = "Add: Tiffin allowance"
        p.pair(add, rs(extra))
        gross += extra
    p.pair("Gross majuri", rs(gross))
    cut = 0.0
    if rng.random() < 0.5 and kind == "pick":
        bad = rng.randrange(1, 4)
        per = round(rate * 0.5, 2)
        cut = round(bad * per, 2)
        p.pair(f"Less: Bruised fruit - {bad} crates @ {per:,.2f}", rs(cut))
    if gross > 2500 and rng.random() < 0.5:
        adv = float(rng.choice([300, 500, 1000, 1500]))
        p.pair("Less: Dadan (advance) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Payment mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - ENTERED IN HAJIRA KHATA"]
    if way == "Cash":
        words.append("PAID IN CASH")
    if kind in ("pick", "sort"):
        words.append("PAID - CRATES COUNTED AT THE SHED")
    elif kind == "peel":
        words.append("PAID - QUINTALS ENTERED IN THE LINE REGISTER")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Signature / thumb impression of worker", "Received by (sign or thumb)"]))
    return p.done()


# ---------------------------------------------------------------- 8. the municipality, WBPCB, APEDA, the rest


FEE_FRAMES = ["municipality", "wbpcb", "apeda", "ptax", "wbsidcl", "fire", "market", "esic"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Malda mango orchard, ripening chamber and pulp unit: English Bazar Municipality's trade
    licence renewal for the chamber (the Municipality on top and the Government of West Bengal line, Licence
    No., Holding No., Name of business, Trade licence fee 2026-27, Late renewal fine on some, Total amount
    paid / Net paid, Transaction ID, Bank ref. No., Receipt No.), the West Bengal Pollution Control Board's
    consent to operate renewal for the pulp unit (Name of industry, Category, Application No., Consent fee -
    water, Consent fee - air, Total fee / Consent fee paid, Payment ref. No., Bank ref. No.), APEDA's RCMC
    renewal (the Authority on top and the Ministry of Commerce line, Registered exporter, RCMC No., IEC, RCMC
    renewal fee (5 years), GST @ 18%, Total fee remitted / Amount paid, Payment ID, Acknowledgement No.), the
    Commercial Taxes Directorate's profession tax through GRIPS (Name of employer, PTRC No., Return period,
    Profession tax deducted from salaries, Interest on some, Challan amount / Total tax deposited, GRN, BRN;
    Pending at bank - GRIPS challan not yet reconciled, e-challan created on / Payment initiated at),
    WBSIDCL's lease rent and maintenance charges for the Food Park plot (Name of allottee unit, Plot No.,
    Lease rent 2026-27, Maintenance charges - half year, Interest on arrears on some, Total payable / Amount
    to be paid; Payment unsuccessful - bank declined, dues remain unpaid, Payment tried on / Date of attempt),
    the Fire and Emergency Services' fire licence renewal for the chamber's ethylene store (Name of occupier,
    Fire licence No., Premises, Fire licence renewal fee, Inspection fee, Total fee paid / Fee deposited, GRN,
    BRN), the Malda Regulated Market Committee's market fee (Name of licensee, Trade licence No., Produce,
    Market fee on sale value, Rural development cess, Total deposited / Fee paid, Transaction ID, Receipt No.)
    and ESIC's monthly contribution (Employer name, Employer code No., Contribution period, Employer's share @
    3.25%, Employees' share @ 0.75%, Total contribution paid / Challan amount, Transaction No., Bank ref.
    No.); the status under the authority's line or at the foot: Payment successful - receipt generated / Fee
    credited - e-receipt below / Transaction completed - challan paid / Deposited successfully - thank you;
    Mode of payment / Payment through, Date of payment / Paid on / Receipt date / Transaction date."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    if frame == "market":
        season(rng, j, 6, 5, 60)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "%d %b, %Y"]
    ok = [
        "Payment successful - receipt generated",
        "Fee credited - e-receipt below",
        "Deposited successfully - thank you",
    ]
    if frame in ("ptax", "fire"):
        ok.append("Transaction completed - challan paid")
    words = {"success": ok}
    day_labels = ["Date of payment", "Paid on", "Receipt date", "Transaction date"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "municipality":
        url = f"englishbazarmunicipality.in/tradelicence/payment/receipt/{digits(rng, 8)}"
        name = rng.choice(["English Bazar Municipality", "ENGLISH BAZAR MUNICIPALITY"])
        line = "Government of West Bengal  |  Trade licence (renewal) 2026-27"
    elif frame == "wbpcb":
        url = f"wbpcb.gov.in/consent/online-payment/{digits(rng, 9)}"
        name = rng.choice(["West Bengal Pollution Control Board", "WEST BENGAL POLLUTION CONTROL BOARD"])
        line = "Paribesh Bhawan, Salt Lake, Kolkata  |  Consent to operate - renewal"
    elif frame == "apeda":
        url = f"apeda.gov.in/rcmc/renewal/payment/{digits(rng, 7)}"
        name = rng.choice(["APEDA", "Agricultural and Processed Food Products Export Development Authority"])
        line = "Ministry of Commerce and Industry, Government of India  |  RCMC renewal"
    elif frame == "ptax":
        url = "wbifms.gov.in/GRIPS/challan/payment-status"
        name = rng.choice(
            [
                "Directorate of Commercial Taxes, West Bengal",
                "Commercial Taxes Directorate, Govt. of West Bengal",
            ]
        )
        line = "Profession tax (PTRC) - monthly deposit  |  GRIPS e-challan"
    elif frame == "wbsidcl":
        url = f"wbsidcl.gov.in/estate/online-payment/{digits(rng, 8)}"
        name = rng.choice(["West Bengal Small Industries Development Corporation Ltd", "WBSIDCL"])
        line = "Food Park, Narayanpur, Malda  |  Lease rent and maintenance"
    elif frame == "fire":
        url = "wbfireservices.gov.in/licence/renewal/e-receipt"
        name = rng.choice(
            ["West Bengal Fire & Emergency Services", "Directorate of Fire & Emergency Services, West Bengal"]
        )
        line = "Fire licence (renewal)  |  Storage of ethylene and LPG"
    elif frame == "market":
        url = f"wbagrimarketingboard.gov.in/rmc/malda/marketfee/{digits(rng, 8)}"
        name = rng.choice(["Malda Regulated Market Committee", "MALDA REGULATED MARKET COMMITTEE"])
        line = "West Bengal State Agricultural Marketing Board  |  Market fee"
    else:
        url = "esic.gov.in/employer/monthly-contribution/receipt"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("ptax", "wbsidcl")
    if status_top:
        outcome_row(p, status, words)
    if frame == "municipality":
        p.pair("Licence No.", f"EBM/TL/{digits(rng, 6)}")
        p.pair("Holding No.", f"{rng.randrange(1, 400)}/{rng.randrange(1, 29)}")
        wrap_pair(p, "Name of business", f"{CHAMBER} ({firm})")
        heads = [("Trade licence fee 2026-27", float(rng.choice([1500, 2500, 3500, 5000])))]
        if rng.random() < 0.5:
            heads.append(("Late renewal fine", float(rng.choice([200, 300, 500]))))
        labels = ["Total amount paid", "Net paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"EBM{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"EBM/TLR/{digits(rng, 6)}"),
        ]
    elif frame == "wbpcb":
        wrap_pair(p, "Name of industry", f"{PULP} ({firm})")
        p.pair("Category", "Orange - fruit pulp processing")
        p.pair("Application No.", f"CTO/MLD/{digits(rng, 6)}")
        heads = [
            ("Consent fee - water", float(rng.choice([5000, 7500, 10000]))),
            ("Consent fee - air", float(rng.choice([2500, 4000, 5000]))),
        ]
        labels = ["Total fee", "Consent fee paid"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"WBPCB{digits(rng, 11)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "apeda":
        wrap_pair(p, "Registered exporter", firm)
        p.pair("RCMC No.", f"APEDA/KOL/{digits(rng, 5)}/2026-27")
        p.pair("IEC", iec(rng))
        fee = float(rng.choice([5000, 5000, 10000]))
        heads = [("RCMC renewal fee (5 years)", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total fee remitted", "Amount paid"]
        refs = [
            ("Payment ID", TXN_RANK, f"APD{digits(rng, 12)}"),
            ("Acknowledgement No.", INVOICE_RANK, f"RCMC/ACK/{digits(rng, 6)}"),
        ]
    elif frame == "ptax":
        wrap_pair(p, "Name of employer", firm)
        p.pair("PTRC No.", f"1{digits(rng, 10)}")
        p.pair("Return period", j.month(1))
        heads = [("Profession tax deducted from salaries", float(rng.randrange(40, 180) * 130))]
        if rng.random() < 0.5:
            heads.append(("Interest", float(rng.choice([45, 90, 130]))))
        labels = ["Challan amount", "Total tax deposited"]
        refs = [("GRN", TXN_RANK, f"19{digits(rng, 14)}")]
        words = {"pending": ["Pending at bank - GRIPS challan not yet reconciled"]}
        day_labels = ["e-challan created on", "Payment initiated at"]
    elif frame == "wbsidcl":
        wrap_pair(p, "Name of allottee unit", f"{PULP} ({firm})")
        p.pair("Plot No.", "14, Food Park, Narayanpur")
        heads = [
            ("Lease rent 2026-27", float(round(rng.uniform(18000, 64000), -1))),
            ("Maintenance charges - half year", float(rng.choice([6000, 8400, 12000]))),
        ]
        if rng.random() < 0.5:
            heads.append(("Interest on arrears", float(rng.choice([750, 1400, 2100]))))
        labels = ["Total payable", "Amount to be paid"]
        refs = [("Transaction ID", TXN_RANK, f"SIDCL{digits(rng, 11)}")]
        words = {"failed": ["Payment unsuccessful - bank declined, dues remain unpaid"]}
        day_labels = ["Payment tried on", "Date of attempt"]
    elif frame == "fire":
        wrap_pair(p, "Name of occupier", f"{CHAMBER} ({firm})")
        p.pair("Fire licence No.", f"WBFES/MLD/{digits(rng, 5)}")
        wrap_pair(p, "Premises", "Rathbari More, NH-12 - ethylene store")
        heads = [
            ("Fire licence renewal fee", float(rng.choice([2000, 3000, 4500]))),
            ("Inspection fee", float(rng.choice([500, 1000]))),
        ]
        labels = ["Total fee paid", "Fee deposited"]
        refs = [
            ("GRN", TXN_RANK, f"19{digits(rng, 14)}"),
            ("BRN", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 10)}"),
        ]
    elif frame == "market":
        wrap_pair(p, "Name of licensee", firm)
        p.pair("Trade licence No.", f"MRMC/TL/{digits(rng, 4)}")
        quintals = rng.randrange(120, 900)
        p.pair("Produce", f"Mango (fresh) - {quintals} q sold")
        value = quintals * float(rng.randrange(2600, 5200, 100))
        heads = [
            ("Market fee on sale value", round(value * 0.005, 2)),
            ("Rural development cess", round(value * 0.001, 2)),
        ]
        labels = ["Total deposited", "Fee paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"RMC{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"MRMC/{digits(rng, 6)}"),
        ]
    else:
        wrap_pair(p, "Employer name", firm)
        p.pair("Employer code No.", f"41{digits(rng, 15)}")
        p.pair("Contribution period", j.month(1))
        wages = float(rng.randrange(160000, 640000, 100))
        heads = [
            ("Employer's share @ 3.25%", float(round(wages * 0.0325))),
            ("Employees' share @ 0.75%", float(round(wages * 0.0075))),
        ]
        labels = ["Total contribution paid", "Challan amount"]
        refs = [
            ("Transaction No.", TXN_RANK, f"{digits(rng, 13)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    total = 0.0
    for head, fee in heads:
        total += fee
        p.pair(head, rs(fee))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Mode of payment", "Payment through"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "municipality": "Display the trade licence at the premises. Renew it before 30 June every year.",
        "wbpcb": "The renewed consent is issued online after the Board's inspection, where one is due.",
        "apeda": "The renewed RCMC can be downloaded once the payment is reconciled.",
        "ptax": "Do not pay again for this GRN; the status is updated once the bank's scroll is received.",
        "wbsidcl": "Any amount debited is returned by the bank within 7 working days.",
        "fire": "Keep the fire licence and this receipt at the chamber for inspection.",
        "market": "The market fee is due on every sale of notified produce from the orchard.",
        "esic": "The challan is credited to the employer's account once the bank confirms it.",
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
        "Bharat Laghu Udyam Suraksha - pulp unit building, plant and stock",
        "browser",
        "plant",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Machinery breakdown - ripening chamber refrigeration and ethylene system",
        "mail",
        "machinery",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine cargo (open cover) - pulp drums and fresh mango shipments",
        "paper",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - orchard, chamber and pulp unit staff",
        "browser",
        "health",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Money insurance - wage cash carried to the orchards",
        "mail",
        "money",
    ),
    (
        "IFFCO-TOKIO General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Employees' compensation - pickers, loaders and peelers",
        "browser",
        "ec",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Goods carrying vehicle - package policy, reefer truck",
        "paper",
        "vehicle",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Deterioration of stock - pulp drums in the cold store",
        "mail",
        "stock",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its pulp unit, the chamber's refrigeration, its export cargo, its staff's health,
    the wage cash carried to the orchards, its workers under the Employees' Compensation Act, its reefer truck
    and the pulp in the cold store: the insurers' premium receipts (browser, e-mail, printed at the branch:
    the insurer on top, the product line, PREMIUM RECEIPT / Acknowledgement of premium / RECEIPT - PREMIUM
    PAID (Premium payment - failed / PAYMENT UNSUCCESSFUL on the failed one); the status under the heading on
    some, under the sum on the rest; Name of the insured firm / Policy holder / Insured party, Policy No. /
    Proposal No. / Quotation No., Sum insured - building, plant and stock / Sum insured - refrigeration plant
    / Annual turnover (exports) declared / Lives covered / Cash in transit limit / IDV / Annual wages declared
    / Sum insured - pulp stock, Period of insurance, Net premium / Premium before GST or Own damage premium
    and Liability premium, an add-on (Earthquake cover, Deterioration of stock extension, Strikes, riots and
    civil commotion, Maternity cover, Cash in safe, Occupational disease cover, Zero depreciation, Power
    failure extension), GST or IGST @ 18%, the sum: Total premium (with GST) / Premium paid / Amount collected
    / Cheque amount / Cheque for / Premium payable / Amount due; Premium realised - policy issued / Paid -
    certificate of insurance e-mailed / CHEQUE UNDER CLEARANCE - COVER STARTS ON REALISATION / Transaction
    failed at bank - quote valid for 15 days; Payment mode, Cheque No., Transaction ref., UPI ref. / Bank ref.
    No., Receipt No. / Collection receipt No., Premium date / Date of receipt / Collected on / Cheque
    collected on / Tried on / Date of attempt)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'online', 'b2b'])}.{host}/premium/acknowledgement")
    elif frame == "mail":
        short = ins.split(" Co.")[0].split(" Ltd")[0].removeprefix("The ")
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
                ["Branch Office, Netaji Subhas Road, Malda", "Micro Office, Rathbari More, English Bazar"]
            ),
        )
    p.add(
        "center",
        rng.choice(
            ["Premium payment - failed", "PAYMENT UNSUCCESSFUL"]
            if status == "failed"
            else ["PREMIUM RECEIPT", "Acknowledgement of premium", "RECEIPT - PREMIUM PAID"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Premium realised - policy issued", "Paid - certificate of insurance e-mailed"],
        "pending": ["CHEQUE UNDER CLEARANCE - COVER STARTS ON REALISATION"],
        "failed": ["Transaction failed at bank - quote valid for 15 days"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Name of the insured firm", "Policy holder", "Insured party"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair(
            "Policy No.", f"{rng.choice(['3', '5', '7'])}{digits(rng, 4)}/{digits(rng, 4)}/{digits(rng, 6)}"
        )
    else:
        p.pair(rng.choice(["Proposal No.", "Quotation No."]), f"{rng.choice(['PRP', 'QT'])}{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "plant":
        insured = float(rng.randrange(8000000, 60000000, 100000))
        p.pair("Sum insured - building, plant and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake cover", round(insured * 0.00005, 2))
    elif kind == "machinery":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - refrigeration plant", rs(insured))
        basic = round(insured * rng.uniform(0.002, 0.0035), 2)
        addon = ("Deterioration of stock extension", round(insured * 0.0004, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(10000000, 90000000, 500000))
        p.pair("Annual turnover (exports) declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("Strikes, riots and civil commotion", round(turnover * 0.00002, 2))
    elif kind == "health":
        members = rng.randrange(20, 70)
        p.pair("Lives covered", f"{members} (Rs 2,00,000 floater each)")
        basic = round(members * rng.uniform(3100, 5200), 2)
        addon = ("Maternity cover", round(members * 350.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(100000, 800000, 25000))
        p.pair("Cash in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.008), 2)
        addon = ("Cash in safe", round(limit * 0.0007, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(900000, 2600000, 10000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"WB-65-{code(rng, 1, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage premium", basic), ("Liability premium", 33414.0)]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    elif kind == "ec":
        wages = float(rng.randrange(3000000, 12000000, 100000))
        p.pair("Annual wages declared", rs(wages))
        basic = round(wages * rng.uniform(0.003, 0.006), 2)
        addon = ("Occupational disease cover", round(wages * 0.0002, 2))
    else:
        insured = float(rng.randrange(2000000, 15000000, 100000))
        p.pair("Sum insured - pulp stock", rs(insured))
        basic = round(insured * rng.uniform(0.0015, 0.0025), 2)
        addon = ("Power failure extension", round(insured * 0.0003, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 8))
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        wrap_pair(p, "Period of insurance", f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Net premium", "Premium before GST"]), rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair(f"{rng.choice(['GST', 'IGST'])} @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium (with GST)", "Premium paid", "Amount collected"],
        "pending": ["Cheque amount", "Cheque for"],
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
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:6])}")
    if not j.no_ref:
        if pay != "Cheque":
            tid = f"{rng.choice(['TRN', 'PG', 'OL'])}{digits(rng, 12)}"
            p.pair("Transaction ref.", tid, txn=(TXN_RANK, tid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(rng.choice(["Receipt No.", "Collection receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Premium date", "Date of receipt", "Collected on"],
            "pending": ["Cheque collected on", "Date of receipt"],
            "failed": ["Tried on", "Date of attempt"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to the realisation of the premium and to the policy's terms, conditions and "
        "exclusions. Keep this receipt for your records.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("MAHANANDA PULP WORKS", "NARAYANPUR, MALDA", "own"),
    ("GAZOLE HIGHWAY FUELS", "NH-12, GAZOLE, MALDA", "fuel"),
    ("MAHANANDA RIPENING CHAMBER", "RATHBARI, ENGLISH BAZAR", "own"),
    ("HOTEL SONAR BANGLA STAY", "SALT LAKE SEC V, KOLKATA", "hotel"),
    ("MAHANANDA MANGO", "ENGLISH BAZAR WB 732101", "own"),
    ("NETAJI HARDWARE & PUMPS", "NETAJI MARKET, MALDA", "shop"),
    ("MAHANANDA AAM BAGAN", "JADUPUR, MALDA", "own"),
    ("KALIA MISHTI & CABIN", "RATHBARI MORE, MALDA", "food"),
]
TERMINALS = [
    "PINE LABS",
    "HINDUSTAN PETROLEUM",
    "UCO BANK",
    "AXIS BANK",
    "BANDHAN BANK",
    "MSWIPE",
    "PUNJAB NATIONAL BANK",
    "PHONEPE POS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers', traders' and sweet shops' cards on the pulp unit's, the chamber's, the company's and the
    orchard's terminals, and the company's card at a filling station on NH-12 at Gazole, a Salt Lake hotel in
    a mango festival week, a Malda hardware and pump shop and a Rathbari sweet shop and cabin: terminal slips
    (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals; DATE
    and TIME / TXN DATE: and TXN TIME: / DT/TM: at the top or under the sum; MID:, TID:, BATCH NO:, STAN:, INV
    NO: / RECEIPT NO: / SLIP NO:, SALE / CONTACTLESS SALE / CHIP SALE, CARD NO: / CARD :, CARD TYPE:, a fuel
    sale's FUEL:, PRICE/LTR:, LITRES:, PUMP NO:, VEH NO: and HP PAY POINTS:, a hotel's ROOM NO: and GUEST:, a
    cabin's TABLE: and STEWARD:, a shop's CUST MOBILE:, APPR CODE: / APP CODE: / AUTH:, RRN NO: / REF NO: /
    R.R.N:, TXN AMOUNT: / AMT(INR): / TOTAL AMOUNT: / SALE TOTAL: / AMOUNT INR:, the sum above or below the
    card; APPROVED / SALE APPROVED / TRANSACTION APPROVED - PIN VERIFIED / DECLINED - 55 INCORRECT PIN / NO
    REPLY FROM HOST - REVERSAL PENDING, DO NOT REPEAT)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=1500, high=88000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4200, 18500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 700, 42000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 180, 2400, 0.5)
    elif k == 6:
        j.amount = rupees(rng, 1200, 9600, 0.6)
    if kind in ("own",) and k != 0:
        season(rng, j, 5, 20, 55)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%y", "%d/%m/%y", "%d.%m.%Y", "%b %d %Y"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        pick = rng.random()
        if pick < 0.35:
            p.pair("DATE", d, date=j.date)
            p.pair("TIME", t)
        elif pick < 0.7:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        else:
            p.pair("DT/TM:", f"{d} {t[:5]}", date=j.date)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "RECEIPT NO:", "SLIP NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "CONTACTLESS SALE", "CHIP SALE"] if j.amount <= 5000 else ["SALE", "CHIP SALE"]),
    )
    lab = rng.choice(["TXN AMOUNT:", "AMT(INR):", "TOTAL AMOUNT:", "SALE TOTAL:", "AMOUNT INR:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{'' if 'INR' in lab else rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD NO:", "CARD :"]),
        f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(92.4, 104.8), 2)
        p.pair("FUEL:", rng.choice(["HSD", "PETROL", "POWER"]))
        p.pair("PRICE/LTR:", f"{rate:.2f}")
        p.pair("LITRES:", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
        p.pair("VEH NO:", f"WB65{code(rng, 1, UPPER)}{digits(rng, 4)}")
        p.pair("HP PAY POINTS:", str(rng.randrange(10, 90)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 520)))
        p.pair("GUEST:", rng.choice(["MR S PAL", "MR A HAQUE", "MR R GHOSH"]))
    elif kind == "food":
        p.pair("TABLE:", str(rng.randrange(1, 20)))
        p.pair("STEWARD:", rng.choice(["BAPI", "SONA", "RATAN", "HABU"]))
    elif kind == "shop":
        p.pair("CUST MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "APP CODE:", "AUTH:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN NO:", "REF NO:", "R.R.N:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "SALE APPROVED", "TRANSACTION APPROVED - PIN VERIFIED"]),
            status="success",
        )
        p.add("small", rng.choice(["THANK YOU FOR SHOPPING", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "NO REPLY FROM HOST - REVERSAL PENDING, DO NOT REPEAT", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, phone, DTH, AirFiber, gas


BILLERS = [
    ("WBSEDCL", "West Bengal State Electricity Distribution Co. Ltd", "Consumer ID"),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Dish TV", "Dish TV India Ltd", "VC No."),
    ("Jio AirFiber", "Reliance Jio Infocomm Ltd", "Service ID"),
    ("Bharatgas", "Bharat Petroleum Corporation Ltd", "LPG consumer ID"),
]
BILL_APPS = ["WBSEDCL", "PNB ONE", "Paytm", "BHIM", "WBSEDCL", "Google Pay", "MobiKwik", "PNB ONE"]
BILL_WHICH = [0, 0, 1, 2, 0, 3, 4, 5]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The pulp unit's and the chamber's electricity and the orchard pump's (WBSEDCL), the chamber's fibre
    (BSNL Bharat Fibre), the manager's postpaid phone (Vi), the guest room's DTH (Dish TV), the orchard
    office's AirFiber (Jio) and the pack house kitchen's cooking gas (Bharatgas) through Bharat Connect in PNB
    ONE and other apps (Paytm, BHIM, Google Pay, MobiKwik: the app on top, the sum large above or below the
    status, Bill paid to / Billing company / Biller as printed, Consumer ID / Account No. / Mobile No. / VC
    No. / Service ID / LPG consumer ID, Customer name / Bill in the name of, Bill period, Bill date, Due date
    and Amount after due date on some power, fibre and phone bills, Payment source / Debited from Current A/c
    or UPI, BBPS txn ID / B-Connect ref. No. / Biller txn ref., UPI ref. No., Txn ref. No. on the failed one,
    Paid at / Transaction on / Bill paid on / Initiated at / Date & time; Bill payment successful - biller
    confirmed / Paid - the biller has received your payment / Payment pending with biller - please do not
    retry / Bill payment failed - money, if debited, is refunded in 3 to 5 days) and WBSEDCL's own online
    payment receipt (WBSEDCL, West Bengal State Electricity Distribution Co. Ltd or its capitals on top with
    its "A Government of West Bengal Enterprise" line, Consumer ID, Customer care centre, Name of consumer,
    Bill for the month, Net amount payable, Paid amount / Amount credited, Payment through, Transaction ID,
    Money receipt No., Paid on / Money receipt date, the status under the head or at the foot: Payment
    received - reflects in your account in 48 hours / Thank you - money receipt generated)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=3500, high=58000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 499, 2999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1699, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 249, 990, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 599, 2222, 0.6)
    elif which == 5:
        j.amount = rupees(rng, 1800, 9200, 0.5)
    elif k == 1:
        j.amount = rupees(rng, 1200, 9800, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer ID": f"{rng.choice(['2120', '2121', '2124'])}{digits(rng, 5)}",
        "Account No.": f"{rng.choice(['10', '11'])}{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "VC No.": f"0{digits(rng, 10)}",
        "Service ID": f"8{digits(rng, 11)}",
        "LPG consumer ID": f"1{digits(rng, 16)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "WBSEDCL":
        p = browser_page(rng, font, "portal.wbsedcl.in/webdynpro/resources/wbsedcl/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of West Bengal Enterprise  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        ok = {
            "success": [
                "Payment received - reflects in your account in 48 hours",
                "Thank you - money receipt generated",
            ]
        }
        status_top = rng.random() < 0.4
        if status_top:
            outcome_row(p, status, ok)
        p.pair(idlab, ids)
        p.pair("Customer care centre", rng.choice(["English Bazar (Malda) CCC", "Kaliachak CCC"]))
        wrap_pair(p, "Name of consumer", rng.choice([COMPANY_CAPS, COMPANY, PULP.upper()]))
        if not j.no_day:
            p.pair("Bill for the month", j.month(1))
        p.pair("Net amount payable", rs(j.amount))
        p.pair(rng.choice(["Paid amount", "Amount credited"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment through", way, method=way_method(way))
        if not j.no_ref:
            tid = f"WB{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"MR{digits(rng, 10)}"
            p.pair("Money receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Paid on", "Money receipt date"], hour=True)
        if not status_top:
            outcome_row(p, status, ok)
        p.part = "foot"
        p.add("small", "Payments made on a holiday are posted on the next working day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payment")
    p.part = "body"
    words = {
        "success": [
            "Bill payment successful - biller confirmed",
            "Paid - the biller has received your payment",
        ],
        "pending": ["Payment pending with biller - please do not retry"],
        "failed": ["Bill payment failed - money, if debited, is refunded in 3 to 5 days"],
    }
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    label = rng.choice(["Bill paid to", "Billing company", "Biller"] if status == "success" else ["Biller"])
    if not fits(p, "pair", f"{label} {name}     "):
        name = short
    wrap_pair(p, label, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Bill in the name of"]),
        rng.choice([COMPANY_CAPS, CHAMBER.upper(), ORCHARD.upper()]),
    )
    if which in (0, 1, 2) and not j.no_day and rng.random() < 0.7:
        start, end = earlier(rng, j, 40, 58), earlier(rng, j, 10, 16)
        first = when(start, "%d/%m" if start.year == end.year else "%d/%m/%Y")
        p.pair("Bill period", f"{first} - {when(end, '%d/%m/%Y')}")
        p.pair("Bill date", when(earlier(rng, j, 5, 9), "%d/%m/%Y"))
        p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Amount after due date", rs(round(j.amount * 1.02, 2) if which == 0 else j.amount + 100))
    way = "Current A/c" if app == "PNB ONE" else "UPI"
    p.pair(
        rng.choice(["Payment source", "Debited from"]),
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:9])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"Paytm": "PT", "BHIM": "BH", "Google Pay": "GP", "MobiKwik": "MK"}.get(app, "PN")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["BBPS txn ID", "B-Connect ref. No.", "Biller txn ref."]), bc, txn=(BANK_RANK, bc)
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Txn ref. No.", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid at", "Transaction on", "Bill paid on"]
        if status == "success"
        else ["Initiated at", "Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "GOUR BANGA REEFER CA",
    "",
    "DANKUNI POLY CRATES",
    "KALIACHAK LABOUR SUP",
    "MAHAMAYA REFRIGERATI",
    "",
    "BABLU SARKAR",
    "SILIGURI CORRUGATED",
]
MAIL_PAYEES = [
    "Eastern Food Testing Laboratory LLP",
    "Malda Guard & Security Services",
    "Vapi Aseptic Packaging Pvt Ltd",
    "Chakan Ripetech Systems Pvt Ltd",
]
SENDERS = {
    "Bandhan Bank": "AX-BDNBNK",
    "UCO Bank": "VK-UCOBNK",
    "West Bengal Gramin Bank": "JD-WBGBNK",
    "Malda District Central Co-operative Bank": "BP-MDCCBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AX-BDNBNK /
    VK-UCOBNK / JD-WBGBNK / BP-MDCCBK, the day divider, each bank's own wording: Bandhan Bank's UPI "Your A/c
    XXXX1234 is debited with INR x on <day> for UPI txn to <payee>. UPI Ref <ref>.", UCO Bank's "A/c XXXX1234
    Debited with Rs x on <day> by <way> transfer to <payee>.", West Bengal Gramin Bank's "WBGB: Your a/c
    XX1234 debited for Rs.x on <day>, <way> paid to <payee>.", Malda District Central Co-operative Bank's
    "MDCCB: Rs x debited in A/c ***1234 on <day> thru <way>, payee <payee>."; a transfer that "has failed at
    the beneficiary bank; the amount is credited back to your A/c." and one that "is pending with the
    beneficiary bank. Please do not repeat it.", the Avl Bal / Bal / Balance line) and two e-mail debit alerts
    (ICICI Bank, Axis Bank: Amount debited / Transfer amount, Beneficiary / Sent to / Credited to account of,
    Transaction date / Posted on / Date, Debit account, Channel, UTR / IMPS Ref No., Balance after
    transaction; Status: Completed / Transaction status: Success - amount debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=8000, high=320000)
    if k == 0:
        j.amount = rupees(rng, 2500, 18000, 0.8)
    elif k == 6:
        j.amount = rupees(rng, 1500, 9000, 0.9)
    elif k == 4:
        j.amount = rupees(rng, 9000, 42000)
    elif k == 3:
        j.amount = rupees(rng, 40000, 180000)
    if k in (1, 5):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["ICICI Bank", "Axis Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Your account has been debited", "Transaction alert - funds transfer"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a funds transfer has been debited from your account as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary", "Sent to", "Credited to account of"]
        if sum_first:
            p.pair(rng.choice(["Amount debited", "Transfer amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Amount debited", "Transfer amount"]), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Transaction date", "Posted on", "Date"], ["%d-%m-%Y", "%d %b %Y", "%d/%m/%Y"])
        p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair(
            "Channel", f"{way} - {rng.choice(['internet banking', 'corporate banking'])}", method="netbanking"
        )
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Balance after transaction", rs(rupees(rng, 90000, 4200000)))
        p.add(
            "left",
            rng.choice(["Status: Completed", "Transaction status: Success - amount debited"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small",
            "Did not do this transaction? Report it to the bank at once to block your net banking.",
        )
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 6:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Bandhan Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Bandhan Bank",
        3: "UCO Bank",
        4: "West Bengal Gramin Bank",
        7: "Malda District Central Co-operative Bank",
    }.get(k, rng.choice(["UCO Bank", "West Bengal Gramin Bank", "Malda District Central Co-operative Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["%A, {d} %B", "{d} %b %Y", "%a {d} %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d/%m/%y", "%d%b%Y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 30000, 3200000)
    if status == "success":
        if bank == "Bandhan Bank":
            p.add("left", f"Your A/c XXXX{digits(rng, 4)} is debited with", status="success")
            p.add("left", f"INR {amt}{on} for UPI txn", amount=j.amount, method=method)
            p.add("left", f"to {to}.", merchant=to)
            if ref:
                p.add("left", f"UPI Ref {ref}. Not you? Call 18002588181", txn=(UTR_RANK, ref))
            ref = None
        elif bank == "UCO Bank":
            p.add(
                "left",
                f"A/c XXXX{digits(rng, 4)} Debited with Rs {amt}{on}",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"by {way} transfer to {to}.", merchant=to, method=method)
        elif bank == "West Bengal Gramin Bank":
            p.add(
                "left",
                f"WBGB: Your a/c XX{digits(rng, 4)} debited for Rs.{amt}{on},",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"{way} paid to {to}.", merchant=to, method=method)
        else:
            p.add(
                "left",
                f"MDCCB: Rs {amt} debited in A/c ***{digits(rng, 4)}{on}",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"thru {way}, payee {to}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} of Rs.{amt} from your A/c XX{digits(rng, 4)}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has failed at the beneficiary bank; the amount is credited back to your A/c.",
            "pending": "is pending with the beneficiary bank. Please do not repeat it.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref No", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "Bandhan Bank":
        balance = {
            "UCO Bank": f"Avl Bal Rs {bal:,.2f}",
            "West Bengal Gramin Bank": f"Bal Rs.{bal:,.2f}",
        }.get(bank, f"Balance Rs {bal:,.2f}")
        p.add("left", balance)
        p.add(
            "small",
            rng.choice(["Not done by you? Call the branch at once", "Bank never asks for your OTP or PIN"]),
        )
    if bank != "Bandhan Bank":
        p.add(
            "small",
            {"UCO Bank": "-UCO Bank", "West Bengal Gramin Bank": "- WBGB"}.get(bank, "-MDCCB Malda"),
        )
    return p.done()


compose = compose158

"""The twelve heldout248 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Bagru hand block printing and natural-dye house's day in 2026 near Jaipur,
Rajasthan (Dhanraj Chhipa Hand Prints Pvt Ltd, its printing karkhana and dye yard in Chhipa Mohalla, Bagru,
Dhanraj Chhapai Karkhana, where the greige mulmul and cambric is scoured, soaked in harda, printed on long
padded tables with carved sheesham blocks in syahi (iron rust and jaggery) and begar (alum and alizarin), the
dabu of black clay, gum, lime and wheat husk pressed on by hand and dusted with sawdust, dipped in the indigo
vats and washed and sun dried on the ground by the river bed, its natural dye and block store on Main Bazar,
Dhanraj Rang Bhandar, which sells harda, phitkari, indigo and manjistha by the kilo and carved blocks by the
piece to the other chhipa families, and its Jaipur showroom on Prithviraj Road, C-Scheme, Dhanraj Chhapa Ghar,
where the families, the boutiques and the tourists buy), told by the proofs of payment it receives and makes:
buyers' and boutiques' UPI screens and the web shop's CCAvenue and PayU pages, the Rajasthan Small Industries
Corporation's and a Delhi, a Mumbai, an Ahmedabad, a Bengaluru, a Kochi, a Goa and a Kolkata store's payment
advices, importers' inward wires from New York, Bath, Amsterdam, Zurich, Stockholm, Tokyo, Singapore and Seoul
in US dollars, pounds, euros (the Dutch way on some), Swiss francs (apostrophes between the thousands on
some), kronor (spaces and a decimal comma on some), yen and won (whole) and Singapore dollars, its own cash
memos and bills, the dyes sold by the kilo and the blocks by the piece to the printers, the printed cut pieces
(katran) sold by the kilo to a Sanganer patchwork maker, the greige cloth, block, indigo, harda and packaging
suppliers' tax invoices, the corporate net-banking transfers to the transporter, the washers, the showroom's
landlady, the security agency, the block carver, the photographer, the solar fitter and the courier, the
printers' and washers' wage slips, the Cashfree payouts to a dabu worker and an indigo dipper and the Paytm
and PhonePe payments to a dabu worker and a printer, Nagar Palika Bagru's, RIICO's, the Export Promotion
Council for Handicrafts', ESIC's, the Central Ground Water Authority's, the Factories and Boilers Inspection
Department's, Nagar Nigam Jaipur Greater's fire wing's and the Jaipur Development Authority's fee pages, the
insurers' premium receipts, card terminal slips, JVVNL's power and the fibre, postpaid, DTH, cooking gas and
landline bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the unit lines,
bills listed on an advice, vendor, indent, material receipt, stock inward, buyer's order, pehchan card,
licence, plot, allotment, membership, RCMC, employer code, NOC application, factory registration, premises,
policy, proposal, renewal notice, account, K number, VC and service numbers, pieces, metres, thaans, kilos,
rates, misprints, colour runs, short lengths, cash discounts, TDS and GST-TDS, advances, udhaar recoveries,
penalties, interest, GST lines, rupee values on the wires, conversion rates, correspondent banks, sums
insured, limits, exports, wages and lives declared, balances, due days, bill days, billing months,
contribution periods, risk inception days, shipping bill days, cheque days, GSTIN, IFSC, UETR, sender's
references, merchant and terminal IDs, batch and STAN numbers, folio, table and pump numbers, makers and
checkers and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines``
are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and
``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's;
``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``Screen`` heldout113's; ``compose`` is heldout158's (as heldout246's and heldout247's).
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

COMPANY = "Dhanraj Chhipa Hand Prints Pvt Ltd"
COMPANY_CAPS = "DHANRAJ CHHIPA HAND PRINTS PVT LTD"
SHORT = "Dhanraj Chhipa"
KARKHANA = "Dhanraj Chhapai Karkhana"
BHANDAR = "Dhanraj Rang Bhandar"
SHOWROOM = "Dhanraj Chhapa Ghar"
# unit, address, GST state code
UNITS = {
    "karkhana": (
        "Block printing karkhana and dye yard",
        "Chhipa Mohalla, near the Dhobi Ghat, Bagru, Jaipur - 303007, Rajasthan",
        "08",
    ),
    "bhandar": (
        "Natural dyes, mordants and printing blocks",
        "Main Bazar, opposite Kalyanji Mandir, Bagru, Jaipur - 303007, Rajasthan",
        "08",
    ),
    "showroom": ("Jaipur showroom", "B-22, Prithviraj Road, C-Scheme, Jaipur - 302001, Rajasthan", "08"),
}
# the Indian ways of printing the day on paper ({m} the month without its zero)
PATS_IN = [
    "%d/%m/%Y",
    "{d}/{m}/%Y",
    "%d-%m-%y",
    "%d.%m.%Y",
    "{d} %b %Y",
    "%d %B, %Y",
    "%d-%b-%y",
    "{d}.{m}.%y",
]
SCREEN_PATS = ["{d} %b %Y", "%d %b %Y", "%d/%m/%Y", "{d} %B %Y", "%d-%m-%Y", "%b {d}, %Y", "%a, {d} %b %Y"]
WIRE_PATS = ["%d-%b-%Y", "%d %b %Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d%b%y", "%d.%m.%Y", "%b {d}, %Y"]
BANKS = [
    "Bank of Baroda",
    "State Bank of India",
    "Punjab National Bank",
    "Union Bank of India",
    "Rajasthan Gramin Bank",
    "ICICI Bank",
    "HDFC Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Yes Bank",
    "IDFC FIRST Bank",
    "The Jaipur Central Co-operative Bank",
]
IFSC = {
    "Bank of Baroda": "BARB",
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Union Bank of India": "UBIN",
    "Rajasthan Gramin Bank": "RGBK",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Yes Bank": "YESB",
    "IDFC FIRST Bank": "IDFB",
    "The Jaipur Central Co-operative Bank": "JPCB",
}
DOMAINS = {
    "Bank of Baroda": "bankofbaroda.bank.in",
    "State Bank of India": "sbi.bank.in",
    "Punjab National Bank": "pnb.bank.in",
    "Union Bank of India": "unionbankofindia.bank.in",
    "ICICI Bank": "icicibank.com",
    "HDFC Bank": "hdfcbank.com",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "Yes Bank": "yesbank.in",
    "IDFC FIRST Bank": "idfcfirstbank.com",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "dabu": ("Dabu indigo saree - mud resist, hand block printed mulmul", "pc", 1850, 4800, 5),
    "bedsheet": ("Double bedsheet with 2 pillow covers - natural dyes, hand block", "set", 1450, 3200, 5),
    "yardage": ("Syahi-begar hand block print - cotton cambric, by the metre", "m", 165, 340, 5),
    "harda": ("Harda (myrobalan) powder and phitkari (alum) - for mordanting", "kg", 95, 160, 5),
    "blocks": ("Sheesham printing block - hand carved, 6 x 6 in", "pc", 450, 1800, 5),
    "katran": ("Katran - printed cotton cut pieces, mixed colours (by weight)", "kg", 38, 85, 5),
}


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def with_hour(rng: random.Random, text: str) -> str:
    """A day with the hour after it, the way a screen prints it."""
    joint = rng.choice([", ", " at ", " | ", "  "])
    return text + joint + hhmm(rng, twelve=rng.random() < 0.7, lower=rng.random() < 0.4)


def day_pair(
    p: Screen, j: Job, labels: list[str], pats: list[str], *, upper: bool = False, hour: bool = False
) -> None:
    """The payment's day under one of ``labels`` (capitals, the hour on some), none on the page with no
    day."""
    if j.no_day:
        return
    rng = p.rng
    text = when_in(j, pats, rng)
    text = text.upper() if upper else text
    wrap_pair(p, rng.choice(labels), with_hour(rng, text) if hour else text, date=j.date)


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "BARB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N2{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} A/c XXXXX{digits(rng, 4)}"


def iec(rng: random.Random) -> str:
    """An importer-exporter code (the company's PAN): never an id."""
    return f"AAD{rng.choice('CF')}D{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


# ---------------------------------------------------------------- 1. buyers and boutiques: UPI, web shop


SHOP_APPS = ["PhonePe", "BHIM", "CCAvenue", "Google Pay", "Paytm", "bob World", "PayU", "iMobile Pay"]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Dabu saree - indigo",
        "2 bedsheets Bagru print",
        "Dupatta + table runner",
        "Running fabric 6 m",
        "Razai cover - gift",
    ],
    [
        "Boutique order - 40 m cambric",
        "Bedsheets for the new house",
        "Wedding return gifts - 24 dupattas",
        "Indigo sarees x 4",
        "Cafe curtains - printed voile",
    ],
)
PAYERS_UPI = [
    "Kusum Khandelwal",
    "Aparna Sethi",
    "Neel Kamal Boutique",
    "Harpreet Kaur",
    "Shabnam Qureshi",
    "Vidya Rathore",
    "Megha Saxena",
    "Chhaap Studio, Udaipur",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Tanvi Kulkarni, Pune", "Dabu indigo saree with blouse piece x 1", 2400, 6200),
    ("Kapas Kaarigari Studio, Hyderabad", "Advance - 120 m syahi-begar cambric, 3 designs", 18000, 52000),
    ("Mrs. Sunanda Iyer, Chennai", "King bedsheet set, anar print x 2 + cushion covers", 4800, 14500),
    ("Mr. Arjun Malhotra, Gurugram", "Block printed kurta fabric 2.5 m x 4", 2600, 7800),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI ref. number"],
    "BHIM": ["UPI Ref ID", "RRN"],
    "Google Pay": ["UPI transaction ID", "UTR No."],
    "Paytm": ["UPI Reference No.", "RRN No."],
    "bob World": ["UPI Ref No", "Bank RRN"],
    "iMobile Pay": ["UPI RRN", "Ref. No. (UTR)"],
}
OWN_IDS = {
    "PhonePe": "Transaction ID",
    "BHIM": "BHIM txn ID",
    "Google Pay": "Google transaction ID",
    "Paytm": "Paytm txn ID",
    "bob World": "bob World txn ID",
    "iMobile Pay": "iMobile txn ID",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgK{code(rng, 12, MIXED)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
    if app == "BHIM":
        return f"BHM{code(rng, 10, ALNUM)}{digits(rng, 4)}"
    if app == "bob World":
        return f"BOBW{digits(rng, 14)}"
    if app == "iMobile Pay":
        return f"IMP{j.date:%y%m%d}{digits(rng, 9)}"
    return digits(rng, 19)


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's web shop page on CCAvenue or PayU after a buyer paid (the payee on top, the sum large or
    in a Transaction amount / Amount charged row after the buyer and the items, the status above the sum or on
    the foot, the day under the status, after the items or at the foot)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    url = (
        "secure.ccavenue.com/transaction/status"
        if app == "CCAvenue"
        else f"secure.payu.in/_payment_response/{code(rng, 18, HEXA)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            [
                "Bagru hand block prints in natural dyes - since 1962",
                "B-22, Prithviraj Road, C-Scheme, Jaipur  |  shop.dhanrajchhipa.in",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Transaction successful - receipt sent to your e-mail",
            "Payment received - order confirmed",
            "Success - your block prints are being packed",
        ]
    }
    big = rng.random() < 0.5
    labels = ["Txn date", "Order paid on", "Date of payment"]
    # 0: status, sum, day, buyer; 1: buyer, items, sum, status, day; 2: sum, status, buyer, the day at foot
    layout = rng.randrange(3)

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Transaction amount", "Amount charged"]), rs(j.amount), amount=j.amount)

    def buyer_rows() -> None:
        wrap_pair(p, rng.choice(["Buyer's name", "Shipping to"]), who)
        wrap_pair(p, rng.choice(["Items", "Cart"]), what)

    if layout == 0:
        outcome_row(p, status, words)
        sum_row()
        date_row(p, j, labels, SCREEN_PATS, hour=True)
        buyer_rows()
    elif layout == 1:
        buyer_rows()
        sum_row()
        outcome_row(p, status, words)
        date_row(p, j, labels, SCREEN_PATS, hour=True)
    else:
        sum_row()
        outcome_row(p, status, words)
        buyer_rows()
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI (QR)", "UPI - collect request"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:4])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment option", "Paid through"]), shown, method=way)
    if not j.no_ref:
        if app == "CCAvenue":
            tid = digits(rng, 12)
            p.pair("Tracking ID", tid, txn=(TXN_RANK, tid))
            oid = f"DCC{j.date:%y}{digits(rng, 6)}"
            p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
        else:
            pid = digits(rng, 11)
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            oid = f"DCHG-{digits(rng, 7)}"
            p.pair("Order ref.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair(
                "Bank ref. No. (UPI RRN)" if app == "CCAvenue" else "UPI RRN", j.ref, txn=(UTR_RANK, j.ref)
            )
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code" if app == "CCAvenue" else "Approval No.", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if layout == 2:
        date_row(p, j, labels, SCREEN_PATS, hour=True)
    p.part = "foot"
    p.add(
        "small",
        "CCAvenue - a product of Infibeam Avenues Ltd"
        if app == "CCAvenue"
        else "Payments by PayU  |  PayU Payments Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers, families and boutiques paying the showroom or the company: six UPI app screens (PhonePe, BHIM,
    Google Pay, Paytm, bob World, iMobile Pay: the status, the sum and the payee block in one of four orders;
    the showroom, its capitals, the company's capitals or its short name under Payment received by / Merchant
    paid / Paid to the store / Amount credited to / Paying merchant / Payment going to, its UPI ID, a
    Registered as / Bank-verified name line on some, the sum large; Payment done on / Txn date & time /
    Debited at / Tried at / Requested on on a small line under the app's name or after the references, Message
    / Purpose / Remark, Payer, Your account / Paid from account, UTR / UPI ref. number / UPI Ref ID / RRN /
    UPI Reference No. / RRN No. / UPI Ref No / Bank RRN / UPI RRN / Ref. No. (UTR), the app's own Transaction
    ID / BHIM txn ID / Paytm txn ID / bob World txn ID / iMobile txn ID on some (none on the Google Pay
    screen, the page with no id); Success - merchant has received the payment / Payment successful / Money
    reached the merchant / Processing - your bank is yet to confirm, do not pay again / Failed - UPI daily
    limit reached at your bank) and the web shop's two payment pages (CCAvenue, PayU: the showroom or the
    company on top, the sum large or in a Transaction amount / Amount charged row, in one of three orders with
    the status and the buyer, Txn date / Order paid on / Date of payment under the status, after it or at the
    foot, Buyer's name / Shipping to, Items / Cart, Payment option / Paid through UPI, card or net banking,
    Tracking ID / PayU ID, Order No. / Order ref., Bank ref. No. (UPI RRN) / UPI RRN, Auth code / Approval No.
    or Bank ref. No.; Transaction successful - receipt sent to your e-mail / Payment received - order
    confirmed / Success - your block prints are being packed)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 2, low=900, high=68000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("CCAvenue", "PayU"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["barodampay", "icici", "ybl", "axl"])
    handle = f"dhanrajchhipa{rng.choice(['', '.jaipur', '62'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
    p.part = "head"
    p.add("title", app)
    ok = status == "success"
    day_labels = ["Payment done on", "Txn date & time", "Debited at"] if ok else ["Tried at", "Requested on"]
    day_top = rng.random() < 0.5
    if day_top and not j.no_day:
        text = with_hour(rng, when_in(j, SCREEN_PATS, rng))
        p.add("small", f"{rng.choice(day_labels)} {text}", date=j.date)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Success - merchant has received the payment",
            "Payment successful",
            "Money reached the merchant",
        ],
        "pending": ["Processing - your bank is yet to confirm, do not pay again"],
        "failed": ["Failed - UPI daily limit reached at your bank"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Payment received by", "Merchant paid", "Paid to the store", "Amount credited to"]
                if ok
                else ["Paying merchant", "Payment going to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Registered as', 'Bank-verified name'])}: {COMPANY_CAPS}")

    order = rng.randrange(4)
    if order == 0:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    elif order == 1:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    elif order == 2:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        payee_block()
    else:
        payee_block()
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    p.pair(rng.choice(["Message", "Purpose", "Remark"]), rng.choice(SHOP_NOTES[j.amount >= 8000]))
    if rng.random() < 0.6:
        p.pair("Payer", PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"bob World": "Bank of Baroda", "iMobile Pay": "ICICI Bank"}.get(app) or rng.choice(BANKS[:9])
    p.pair(rng.choice(["Your account", "Paid from account"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            own = own_id(rng, app, j)
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if not day_top:
        date_row(p, j, day_labels, SCREEN_PATS, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["Powered by UPI  |  NPCI", "Need help with this payment? Raise a query", "Share screenshot"]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 2. stores' and RSIC's payment advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Rajasthan Small Industries Corporation Ltd",
        "purchase@rajasthali.in",
        "Rajasthali, Udyog Bhawan, Tilak Marg, Jaipur",
        "yardage",
        "portal",
    ),
    ("Mehrauli Craft House Pvt Ltd", "payables@mehraulicraft.in", "Mehrauli, New Delhi", "dabu", "mail"),
    ("Kala Ghoda Home Linen LLP", "accounts@kalaghodalinen.in", "Fort, Mumbai", "bedsheet", "paper"),
    ("Sabarmati Weaves & Prints", "sabarmatiweaves@gmail.com", "Navrangpura, Ahmedabad", "yardage", "mail"),
    (
        "Commercial Street Textiles Pvt Ltd",
        "vendorpay@cstextiles.in",
        "Commercial Street, Bengaluru",
        "dupatta",
        "portal",
    ),
    ("Jew Town Craft Collective", "finance@jewtowncraft.in", "Mattancherry, Kochi", "bedsheet", "paper"),
    ("Anjuna Boho Stores Pvt Ltd", "anjunaboho.accounts@gmail.com", "Anjuna, Goa", "yardage", "mail"),
    ("Park Street Handloom House", "ap@parkstreethandloom.in", "Park Street, Kolkata", "dabu", "portal"),
]
DEALER_GOODS = {
    "dabu": ("pcs", 1250, 3400),
    "yardage": ("m", 140, 290),
    "bedsheet": ("sets", 980, 2300),
    "dupatta": ("pcs", 380, 900),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Stores in Delhi, Mumbai, Ahmedabad, Bengaluru, Kochi, Goa and Kolkata and the Rajasthan Small
    Industries Corporation (Rajasthali) paying for the dabu sarees, printed cambric by the metre, bedsheet
    sets and dupattas the house sent them: a payment e-mail, a printed REMITTANCE ADVICE - BLOCK PRINTED
    TEXTILES / Vendor payment intimation / PAYMENT VOUCHER - VENDOR'S COPY and a vendor portal page (the payer
    on top with its desk line; Vendor No., PO ref. No. and Material receipt No. (the Corporation's Purchase
    indent No. and Stock inward No.) first, then Payee (vendor) / Vendor paid / Name of vendor / Remittance to
    / Beneficiary vendor the company, on top of the body or at the head of the payment block; the status under
    the heading on some, at the end of the payment block on the rest; the bills with their pieces, metres or
    sets and sums, Gross of invoices / Invoices total, Less: TDS u/s 194Q @ 0.1% (the Corporation's Less: TDS
    under GST - CGST 1% + SGST 1%), Less: Print misregistration - n pcs rejected / Less: Colour run after wash
    - n m / Less: Short length on measurement - n m / Less: Cash discount @ 2% on some, above or below the
    payment block: Net amount paid to vendor / Amount credited (net) / Net transfer (Amount kept on hold on
    the hold, Transfer returned unpaid / Amount bounced back by bank on the return), Transfer mode / Paid via
    NEFT / RTGS / IMPS, Vendor's account No., NEFT ref. (UTR) / RTGS ref. (UTR) / UTR No. / IMPS ref. (RRN),
    Payment voucher No. / Advice No. / Remittance ref., Paid on / Transfer date / Payment dt. / On hold since
    / Advice date / Bounced on / Returned on; Paid - amount transferred to vendor account / Status: Payment
    completed / On hold - wash-fastness lab report awaited / Returned by beneficiary bank - account
    closed)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    buyer, mail, desk, kind, frame = PAYERS[k]
    govt = buyer.startswith("Rajasthan Small")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Payables <{mail}>",
            [
                "Payment made - Dhanraj Chhipa",
                "Remittance advice for your invoices",
                f"Vendor payment - {SHORT}",
            ]
            if status == "success"
            else ["Vendor payment intimation", "Regarding your payment - Dhanraj Chhipa"],
        )
    elif frame == "portal":
        p = browser_page(
            rng, font, f"vendors.{mail.split('@')[1]}/remittance/" + ("view" if j.no_ref else digits(rng, 8))
        )
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    p.add(
        "small",
        f"{rng.choice(['Vendor Payments', 'Purchase - Handicrafts', 'Accounts Department'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "REMITTANCE ADVICE - BLOCK PRINTED TEXTILES",
                "Vendor payment intimation",
                "PAYMENT VOUCHER - VENDOR'S COPY",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Paid - amount transferred to vendor account", "Status: Payment completed"],
        "pending": ["On hold - wash-fastness lab report awaited"],
        "failed": ["Returned by beneficiary bank - account closed"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if govt:
        p.pair("Purchase indent No.", f"RSIC/IND/{digits(rng, 5)}")
        p.pair("Stock inward No.", f"SIN/{rng.choice(['JPR', 'MIR'])}/{digits(rng, 5)}")
    else:
        p.pair("Vendor No.", f"{rng.choice(['V', 'VEN', 'BGR'])}{digits(rng, 5)}")
        p.pair("PO ref. No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.6:
            p.pair("Material receipt No.", f"MR{digits(rng, 7)}")
    labels = ["Payee (vendor)", "Vendor paid", "Name of vendor", "Remittance to"] + (
        ["Beneficiary vendor"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        if kind == "yardage":
            qty = rng.randrange(150, 1200)
        elif kind == "dupatta":
            qty = rng.randrange(40, 240)
        else:
            qty = rng.randrange(12, 120)
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each * 1.05, 2)
        gross += value
        bills.append((f"DCHP/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    if govt:
        tds_label, tds = "Less: TDS under GST - CGST 1% + SGST 1%", round(gross / 1.05 * 0.02, 2)
    else:
        tds_label, tds = "Less: TDS u/s 194Q @ 0.1%", round(gross / 1.05 * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25 and kind != "yardage":
        bad = rng.randrange(1, 5)
        cut = round(bad * each * 1.05, 2)
        cuts.append((f"Less: Print misregistration - {bad} {unit} rejected", rs(cut)))
    elif pick < 0.45 and kind == "yardage":
        bad = rng.randrange(6, 40)
        cut = round(bad * each * 1.05, 2)
        cuts.append((f"Less: Colour run after wash - {bad} m", rs(cut)))
    elif pick < 0.6 and kind == "yardage":
        bad = rng.randrange(2, 12)
        cut = round(bad * each * 1.05, 2)
        cuts.append((f"Less: Short length on measurement - {bad} m", rs(cut)))
    elif pick < 0.8 and not govt:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Cash discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Invoices paid", "Against your bills", "Bills adjusted"]
                if status == "success"
                else ["Against your bills", "Bills adjusted"]
            ),
        )
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Gross of invoices", "Invoices total"]), rs(gross))
        p.pair(tds_label, rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Transfer details", "Payment"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount paid to vendor", "Amount credited (net)", "Net transfer"],
            "pending": ["Amount kept on hold"],
            "failed": ["Transfer returned unpaid", "Amount bounced back by bank"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(
            rng.choice(["Transfer mode", "Paid via"] if status == "success" else ["Transfer mode"]),
            way,
            method="netbanking",
        )
        wrap_pair(p, "Vendor's account No.", account(rng, BANKS[:4]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[5:10]), way)
                lab = {
                    "IMPS": ["IMPS ref. (RRN)"],
                    "RTGS": ["RTGS ref. (UTR)", "UTR No."],
                    "NEFT": ["NEFT ref. (UTR)", "UTR No."],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PV', 'RA', '19'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment voucher No.", "Advice No.", "Remittance ref."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Paid on", "Transfer date", "Payment dt."],
                "pending": ["On hold since", "Advice date"],
                "failed": ["Bounced on", "Returned on"],
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
        "System generated advice; no signature needed. Queries to the payables desk within 10 days."
        if not govt
        else "A Government of Rajasthan undertaking. GST-TDS is deposited monthly; see Form GSTR-7A.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Brooklyn Block Print Co. LLC", "Brooklyn, New York, USA", "USD", "Citibank NA, New York", 2000, 45000),
    ("Indigo Lane Textiles Ltd", "Bath, Somerset, United Kingdom", "GBP", "Lloyds Bank plc", 1500, 30000),
    ("Blauw Katoen B.V.", "Amsterdam, Netherlands", "EUR", "ING Bank N.V.", 1800, 38000),
    ("Stoffhaus Limmat AG", "Zurich, Switzerland", "CHF", "UBS Switzerland AG", 1500, 32000),
    (
        "Sodermalm Textil AB",
        "Stockholm, Sweden",
        "SEK",
        "Skandinaviska Enskilda Banken AB",
        20000,
        400000,
    ),
    ("Aizome Kobo Co., Ltd", "Setagaya, Tokyo, Japan", "JPY", "Mizuho Bank Ltd", 300000, 6000000),
    ("Tiong Bahru Fabric House Pte Ltd", "Singapore", "SGD", "DBS Bank Ltd", 2500, 50000),
    (
        "Hanok Living Co., Ltd",
        "Jongno-gu, Seoul, Republic of Korea",
        "KRW",
        "Shinhan Bank",
        3000000,
        60000000,
    ),
]
WIRE_BANKS = [
    ("Bank of Baroda", "paper"),
    ("ICICI Bank", "browser"),
    ("Yes Bank", "mail"),
    ("HDFC Bank", "browser"),
    ("Punjab National Bank", "paper"),
    ("IDFC FIRST Bank", "mail"),
    ("Axis Bank", "browser"),
    ("Union Bank of India", "mail"),
]
WIRE_RATES = {
    "USD": (86.2, 91.4),
    "GBP": (112.4, 120.1),
    "EUR": (97.2, 104.3),
    "CHF": (101.5, 108.8),
    "SEK": (8.61, 9.58),
    "JPY": (56.4, 61.9),
    "SGD": (65.8, 70.2),
    "KRW": (6.02, 6.61),
}
# the currencies whose rate a bank quotes per 100 units
PER_100 = ("JPY", "KRW")
CORRESPONDENT = {
    "EUR": "Deutsche Bank AG, Frankfurt am Main",
    "CHF": "Zurcher Kantonalbank, Zurich",
    "SEK": "Svenska Handelsbanken AB, Stockholm",
    "JPY": "MUFG Bank Ltd, Tokyo",
    "SGD": "Standard Chartered Bank, Singapore",
    "KRW": "Woori Bank, Seoul",
}
SHIPPED = [
    "Hand block printed cotton fabric, natural dyes (HSN 5208)",
    "Dabu indigo printed yardage in running metres (HSN 5208)",
    "Block printed cotton bedsheets and quilt covers (HSN 6304)",
    "Hand block printed table linen and napkins (HSN 6302)",
    "Cotton scarves and stoles, Bagru print - 6 cartons by air",
]


def grouped(value: float, sep: str, dec: str, places: int = 2) -> str:
    """A sum with ``sep`` between the thousands and ``dec`` before the cents (12'450.00 / 48 250,00)."""
    text = f"{value:,.{places}f}"
    whole, _, cents = text.partition(".")
    return whole.replace(",", sep) + (dec + cents if places else "")


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; euros the Dutch way (EUR
    12.450,00, the euro sign before where the face draws it) on some; Swiss francs with apostrophes between
    the thousands (CHF 12'450.00) on some; kronor with spaces and a decimal comma (48 250,00 SEK) on some; yen
    and won whole; Singapore dollars with SGD or S$."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur == "EUR":
        dutch = rng.random() < 0.65
        mark = rng.choice([sign(font, "\u20ac", "EUR") + " ", "EUR "])

        def show_eur(value: float) -> str:
            return f"{mark}{grouped(value, '.', ',')}" if dutch else f"EUR {value:,.2f}"

        return show_eur
    if cur == "CHF":
        swiss = rng.random() < 0.65
        after = rng.random() < 0.3

        def show_chf(value: float) -> str:
            body = grouped(value, "'", ".") if swiss else f"{value:,.2f}"
            return f"{body} CHF" if after else f"CHF {body}"

        return show_chf
    if cur == "SEK":
        swedish = rng.random() < 0.65
        mark = rng.choice(["SEK", "kr"])

        def show_sek(value: float) -> str:
            return f"{grouped(value, ' ', ',')} {mark}" if swedish else f"SEK {value:,.2f}"

        return show_sek
    if cur == "JPY":
        mark = rng.choice(["JPY ", sign(font, "\u00a5", "JPY ")])
        after = mark == "JPY " and rng.random() < 0.3

        def show_jpy(value: float) -> str:
            return f"{value:,.0f} JPY" if after else f"{mark}{value:,.0f}"

        return show_jpy
    if cur == "KRW":

        def show_krw(value: float) -> str:
            return f"KRW {value:,.0f}"

        return show_krw
    mark = rng.choice(["SGD ", "S$"])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in New York, Bath, Amsterdam, Zurich, Stockholm, Tokyo, Singapore and Seoul paying for the
    block printed fabric, bedsheets, table linen and scarves: the banks' inward remittance advices (browser,
    e-mail, printed ADVICE OF CREDIT - FOREIGN INWARD REMITTANCE / Inward remittance received - export
    proceeds / FOREIGN INWARD REMITTANCE - CREDIT INTIMATION: the bank on top with its forex desk; the status
    under the heading on some, at the foot on the rest; Value date (32A) / Date of credit / Funds credited on
    / Received on / Pending since / Returned on / Refunded to remitter on first, after the sums or after the
    references; the remitter's block (Ordering customer (50F) / Remitter / importer, Ordering institution
    (52A) / Remitter's banker, Correspondent (56A) on some) above or below the beneficiary's (Credited to
    account of / Beneficiary (exporter) / Name of exporter / Beneficiary (59) the company, Account No., IEC);
    Remitted amount (FCY) / Amount in foreign currency / Settlement amount (32A) in US dollars, pounds, euros,
    Swiss francs, kronor, yen, Singapore dollars or won (euros the Dutch way, francs with apostrophes, kronor
    with spaces and a decimal comma on some, yen and won whole), Charges (71A), Rate applied (per 100 JPY or
    KRW; provisional on the held one), Rupee equivalent, Less: Handling charges + GST and Net INR credit on
    the credited ones, Purpose of remittance, Goods, Commercial invoice No., Shipping bill No. and dt.,
    Message type, Sender's reference (20), Inward remittance No. / IRM reference / Our reference, UETR (gpi);
    Credited - FIRC data reported to DGFT for e-BRC / Status: Proceeds credited to your account / Pending -
    KYC of remitter under verification, not credited yet / Returned to remitter's bank - beneficiary account
    details incomplete)."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif cur == "KRW":
        j.amount = float(rng.randrange(lo // 10000, hi // 10000) * 10000)
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex <forex.jaipur@{slug(bank)}>",
            [
                "Foreign inward remittance - credit advice",
                "Inward remittance received in your account",
                "Advice of credit - export proceeds",
            ],
        )
    elif frame == "browser":
        p = browser_page(
            rng,
            font,
            f"trade.{slug(bank)}/inward/remittance/" + ("advice" if j.no_ref else code(rng, 10, ALNUM)),
        )
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "International Banking Division, M I Road, Jaipur",
                "Forex Service Centre, C-Scheme, Jaipur",
                "Trade Services Hub, Bandra Kurla Complex, Mumbai",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF CREDIT - FOREIGN INWARD REMITTANCE",
                "Inward remittance received - export proceeds",
                "FOREIGN INWARD REMITTANCE - CREDIT INTIMATION",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Credited - FIRC data reported to DGFT for e-BRC",
            "Status: Proceeds credited to your account",
        ],
        "pending": ["Pending - KYC of remitter under verification, not credited yet"],
        "failed": ["Returned to remitter's bank - beneficiary account details incomplete"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Value date (32A)", "Date of credit", "Funds credited on"],
        "pending": ["Received on", "Pending since"],
        "failed": ["Returned on", "Refunded to remitter on"],
    }[status]
    # 0: the day first; 1: after the sums; 2: after the references
    day_at = rng.randrange(3)
    if day_at == 0:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(p, rng.choice(["Ordering customer (50F)", "Remitter / importer"]), f"{payer}, {city}")
        wrap_pair(p, rng.choice(["Ordering institution (52A)", "Remitter's banker"]), pbank)
        if cur in CORRESPONDENT and rng.random() < 0.7:
            wrap_pair(p, "Correspondent (56A)", CORRESPONDENT[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                ["Beneficiary (exporter)", "Name of exporter", "Beneficiary (59)"]
                + (["Credited to account of"] if status == "success" else [])
            ),
            me,
            merchant=me,
        )
        p.pair("Account No.", f"XXXXXXX{digits(rng, 4)} (current)")
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
        rng.choice(["Remitted amount (FCY)", "Amount in foreign currency", "Settlement amount (32A)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges (71A)", rng.choice(["BEN", "SHA", "OUR"]))
    per100 = cur in PER_100
    if status != "failed":
        per = f"100 {cur} = INR {rate}" if per100 else f"1 {cur} = INR {rate}"
        p.pair("Rate applied", per if status == "success" else f"{per} (provisional)")
    if status == "success":
        inr = round(j.amount * rate / (100 if per100 else 1), 2)
        p.pair("Rupee equivalent", f"INR {inr:,.2f}")
        chg = round(float(rng.choice([300, 500, 800, 1200])) * 1.18, 2)
        p.pair("Less: Handling charges + GST", f"INR {chg:,.2f}")
        p.pair("Net INR credit", f"{inr - chg:,.2f}")
    if day_at == 1:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    advance = rng.random() < 0.3
    p.pair(
        "Purpose of remittance",
        "P0103 - advance against export" if advance else "P0102 - export of goods",
    )
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Commercial invoice No.", f"DCHP/EXP/{rng.randrange(1, 160):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill dt.", when(earlier(rng, j, 15, 95), rng.choice(WIRE_PATS)))
    p.pair("Message type", rng.choice(["MT103 (SWIFT)", "SWIFT MT103 STP"]), method="netbanking")
    p.pair("Sender's reference (20)", f"{code(rng, 3, UPPER)}{digits(rng, 11)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'INR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward remittance No.", "IRM reference", "Our reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR (gpi)", f"{uetr}-{code(rng, 12, HEXA)}")
    if day_at == 2:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "The remittance is reported on EDPMS; regularise it against your shipping bill in the time allowed."
        if status == "success"
        else "Please contact your relationship manager or the forex desk with the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, rang bhandar, karkhana


# the party, the way it paid, the unit (showroom, bhandar, karkhana, or the accounts desk's mail), the goods
SALES = [
    ("Mrs. Kusum Khandelwal, Malviya Nagar, Jaipur", "UPI", "showroom", "dabu"),
    ("Mr. Vikram Shekhawat, Vaishali Nagar (wedding order)", "cheque", "showroom", "bedsheet"),
    ("Ramesh Chand Chhipa, printer, Bagru", "cash", "bhandar", "harda"),
    ("Neel Kamal Boutique, Hauz Khas Village, New Delhi", "NEFT", "mail", "yardage"),
    ("Sanganeri Patchwork Udyog, Sanganer, Jaipur", "cheque", "karkhana", "katran"),
    ("Mohd. Aslam Chhipa, Akola, Chittorgarh", "UPI", "bhandar", "blocks"),
    ("Ms. Claire Dubois, Hotel Narain Niwas, Jaipur", "card", "showroom", "yardage"),
    ("Mrs. Radhika Menon, Panampilly Nagar, Kochi", "UPI", "mail", "bedsheet"),
]
SALE_HEADS = {
    "showroom": ["CASH MEMO - BAGRU HAND BLOCK PRINTS", "RETAIL INVOICE - CHHAPA GHAR, JAIPUR"],
    "harda": [
        "RANG BHANDAR BILL - HARDA, PHITKARI, NEEL (BY WEIGHT)",
        "DYE STORE MEMO - NATURAL DYES BY THE KG",
    ],
    "blocks": ["MEMO - WOODEN PRINTING BLOCKS (BY THE PIECE)", "BLOCK SALE BILL - RANG BHANDAR"],
    "katran": ["KATRAN SALE RECEIPT - CUT PIECES BY WEIGHT", "RECEIPT - PRINTED FABRIC CUT PIECES (KATRAN)"],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's CASH MEMO - BAGRU HAND BLOCK PRINTS / RETAIL INVOICE - CHHAPA GHAR, JAIPUR to a Malviya
    Nagar housewife, a Vaishali Nagar family's wedding order and a French tourist, the rang bhandar's RANG
    BHANDAR BILL - HARDA, PHITKARI, NEEL (BY WEIGHT) / DYE STORE MEMO - NATURAL DYES BY THE KG / MEMO - WOODEN
    PRINTING BLOCKS (BY THE PIECE) / BLOCK SALE BILL - RANG BHANDAR to a Bagru printer and an Akola printer,
    the karkhana's KATRAN SALE RECEIPT - CUT PIECES BY WEIGHT / RECEIPT - PRINTED FABRIC CUT PIECES (KATRAN)
    to a Sanganer patchwork maker buying the cut pieces by the kilo (paper: the showroom, the bhandar, the
    karkhana or the company on top with its "A unit of" line, address and GSTIN; Cash memo serial / Retail
    invoice No. / Bill No. / Bhandar memo No. / Katran receipt No. / Receipt No. and Dt. / Memo dt. / Bill dt.
    / Dated in either order, then Received from / Party / Grahak (customer) / Buyer's name, the pieces, sets,
    metres, kilos or blocks x rate, Less: Teej offer @ 10% on the showroom's, CGST and SGST @ 2.5% or IGST @
    5%, Round off, Net payable / Bill total / Total order value, Amount received in cash / Cash paid by
    customer / Received via UPI QR / Paid by UPI / Card swipe amount / Paid by debit/credit card / Amount by
    cheque / Cheque for, the sum in words under it, Payment mode / Mode of payment, UPI ref. No. / RRN (UPI) /
    Auth code / Approval No., Cheque No. / bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - GOODS
    DELIVERED AT COUNTER / PAID - DYES WEIGHED AND PACKED / PAID - BLOCKS CHECKED AND HANDED OVER / CHEQUE
    DEPOSITED - KATRAN RELEASED AFTER CLEARANCE / CHEQUE BOUNCED - FUNDS INSUFFICIENT, MEMO CANCELLED, the
    rubber stamp, For <unit> (Authorised signatory)) and the accounts desk's Payment received - thank you
    e-mails (Payment receipt ref. / Ack. serial No., Received on / Date of receipt; a Delhi boutique's Advance
    taken with order / Booking advance received with the Balance to be paid before dispatch and the UTR / NEFT
    ref., ADVANCE RECEIVED - PRINTING STARTS ON SAMPLE APPROVAL; a Kochi buyer's bedsheets by UPI with IGST,
    PAYMENT RECEIVED - PARCEL LEAVES BAGRU IN 2 DAYS)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    name = {"showroom": SHOWROOM, "bhandar": BHANDAR, "karkhana": KARKHANA, "mail": COMPANY}[unit]
    heading = ""
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@dhanrajchhipa.in>",
            [
                "Payment received - Dhanraj Chhipa, Bagru",
                "Thank you - your payment has reached us",
                "Receipt for your order - Dhanraj Chhipa Hand Prints",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Hand block prints from Bagru  |  Accounts")
        p.add("center", "Payment received - thank you")
        p.add("rule")
        p.part = "body"
    else:
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        heading = rng.choice(SALE_HEADS["showroom" if unit == "showroom" else kind])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - Bagru hand block prints",
            where[1],
            where[2],
            [heading],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "showroom": ["DCG", "JPR"],
            "bhandar": ["DRB", "RB"],
            "karkhana": ["DCK", "KTR"],
            "mail": ["DCHP", "RCT"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        if unit == "mail":
            labels = ["Payment receipt ref.", "Ack. serial No."]
        elif unit == "karkhana":
            labels = ["Katran receipt No.", "Receipt No."]
        elif heading.startswith("CASH MEMO"):
            labels = ["Cash memo serial"]
        elif heading.startswith("RETAIL INVOICE"):
            labels = ["Retail invoice No."]
        else:
            labels = ["Bhandar memo No."] if "MEMO" in heading else ["Bill No."]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = (
        ["Received on", "Date of receipt"] if unit == "mail" else ["Dt.", "Memo dt.", "Bill dt.", "Dated"]
    )
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    party_labels = (
        ["Received from", "Party", "Grahak (customer)", "Buyer's name"]
        if unit != "mail"
        else ["Customer", "Received from"]
    )
    wrap_pair(p, rng.choice(party_labels), party)
    advance = k == 3
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind in ("katran", "harda"):
        kilos = rng.randrange(150, 1400, 5) if kind == "katran" else rng.randrange(10, 80)
        rate = float(rng.randrange(lo, hi)) + rng.choice([0.0, 0.5])
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:,.2f}", rs(base))
    else:
        if kind == "blocks":
            qty = rng.randrange(4, 30)
            shown = f"{qty} blocks"
        elif kind == "yardage":
            qty = rng.randrange(60, 240) if advance else rng.randrange(3, 14)
            shown = f"{qty} m"
        elif k == 1:
            qty = rng.randrange(8, 24)
            shown = f"{qty} sets"
        else:
            qty = rng.randrange(1, 4)
            shown = f"{qty} {per if qty == 1 else per + 's'}"
        rate = float(rng.randrange(lo, hi, 5 if hi < 1000 else 50))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "showroom" and rng.random() < 0.6:
            off = round(base * 0.1, 2)
            p.pair("Less: Teej offer @ 10%", rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, unit == "mail")
    p.pair(rng.choice(["Total order value"] if advance else ["Net payable", "Bill total"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Amount by cheque", "Cheque for"])
    elif advance:
        lab = rng.choice(["Advance taken with order", "Booking advance received"])
    else:
        lab = {
            "cash": rng.choice(["Amount received in cash", "Cash paid by customer"]),
            "UPI": rng.choice(["Paid by UPI"] if unit == "mail" else ["Received via UPI QR", "Paid by UPI"]),
            "card": rng.choice(["Card swipe amount", "Paid by debit/credit card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"(a sum of {words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance to be paid before dispatch", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Payment mode", "Mode of payment"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No. / bank", f"{digits(rng, 6)} / {rng.choice(BANKS[:5])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -7, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI ref. No.", "RRN (UPI)"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[5:10]), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT ref."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Auth code", "Approval No."]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "harda":
        words.append("PAID - DYES WEIGHED AND PACKED")
    elif kind == "blocks":
        words.append("PAID - BLOCKS CHECKED AND HANDED OVER")
    elif advance:
        words = ["ADVANCE RECEIVED - PRINTING STARTS ON SAMPLE APPROVAL"]
    elif unit == "mail":
        words.append("PAYMENT RECEIVED - PARCEL LEAVES BAGRU IN 2 DAYS")
    elif unit == "showroom":
        words.append("PAID - GOODS DELIVERED AT COUNTER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE DEPOSITED - KATRAN RELEASED AFTER CLEARANCE",
        "failed": "CHEQUE BOUNCED - FUNDS INSUFFICIENT, MEMO CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "katran": "Katran sold as lying in the godown; the buyer lifts it in his own vehicle.",
            "harda": "Dyes and mordants weighed before the buyer. No return on loose goods.",
            "blocks": "Blocks checked for cracks before the buyer. Cheques subject to realisation.",
        }.get(
            kind,
            "Hand printed with wooden blocks and natural dyes: small breaks in the print are its nature, "
            "not a "
            "defect. First wash in cold water alone.",
        ),
    )
    if unit != "mail":
        right(p, rng.choice([f"For {name} (Authorised signatory)", "Counter clerk"]))
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            {
                "showroom": "DHANRAJ CHHAPA GHAR",
                "bhandar": "DHANRAJ RANG BHANDAR",
                "karkhana": "DHANRAJ CHHAPAI KARKHANA",
            }[unit],
            {
                "showroom": "C-SCHEME, JAIPUR",
                "bhandar": "MAIN BAZAR, BAGRU",
                "karkhana": "CHHIPA MOHALLA, BAGRU",
            }[unit],
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. greige cloth, blocks, dyes, bags


SUPPLIERS = [
    (
        "Kongu Grey Fabrics Pvt Ltd",
        "Greige cotton mulmul, cambric and voile for hand printers",
        "SIPCOT Industrial Growth Centre, Perundurai, Erode - 638052, Tamil Nadu",
        "33",
        "KGF",
    ),
    (
        "Pethapur Kashtha Kala Block Makers",
        "Hand carved sheesham and teak printing blocks",
        "Station Road, Pethapur, Gandhinagar - 382610, Gujarat",
        "24",
        "PKB",
    ),
    (
        "Auro Neel Natural Indigo LLP",
        "Natural indigo cakes and powder | Fermented vat kits",
        "Kiliyanur, Vanur Taluk, Villupuram - 605111, Tamil Nadu",
        "33",
        "ANI",
    ),
    (
        "Malwa Harda & Herbal Dyes",
        "Harda, anar chhilka, manjistha and dhawda phool",
        "Krishi Upaj Mandi Road, Neemuch - 458441, Madhya Pradesh",
        "23",
        "MHD",
    ),
    (
        "Vishwakarma Kraft & Labels",
        "Kraft mailer bags | Swing tags | Printed tissue",
        "Road No. 9, VKI Area, Jaipur - 302013, Rajasthan",
        "08",
        "VKL",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "KGF": [
        ("Cotton mulmul 60s x 60s, greige - 44 in", "5208", "m", 38, 62, 5, 2000, 12000),
        ("Cotton cambric 60s, greige - 58 in", "5208", "m", 55, 85, 5, 1500, 9000),
    ],
    "PKB": [
        ("Printing block - sheesham, 6 x 6 in, outline (rekh)", "4421", "pcs", 650, 1800, 5, 10, 80),
        ("Dabu block - teak, 4 x 4 in, gadh", "4421", "pcs", 480, 1200, 5, 10, 60),
    ],
    "ANI": [
        ("Natural indigo powder - 30% indigotin", "3203", "kg", 2400, 3600, 5, 20, 150),
        ("Indigo vat kit - henna, lime and fructose", "3203", "kg", 900, 1400, 5, 10, 60),
    ],
    "MHD": [
        ("Harda (myrobalan) powder - fine", "1404", "kg", 80, 140, 5, 200, 1500),
        ("Manjistha root - chopped", "1211", "kg", 320, 520, 5, 40, 300),
    ],
    "VKL": [
        ("Kraft mailer bag with window - 12 x 16 in", "4819", "pcs", 9, 18, 18, 1000, 8000),
        ("Swing tag with cotton string - printed", "4821", "pcs", 2, 6, 18, 2000, 12000),
    ],
}
SUPPLY_ORDER = [2, 0, 3, 1, 4, 0, 3, 2]
SUPPLY_WAYS = ["NEFT", "RTGS", "UPI", "-", "UPI", "RTGS", "NEFT", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Erode greige mill, the Pethapur block makers, the Villupuram indigo maker, the Neemuch harda dealer
    and the Jaipur bag and tag printer billing the company (paper: the supplier on top, its line, address and
    GSTIN; TAX INVOICE (ORIGINAL FOR RECIPIENT) / GST TAX INVOICE / INVOICE CUM PAYMENT RECEIPT, Invoice No. /
    Inv. No. / Invoice serial and Invoice dt. / Date of invoice / Inv. date in either order, or on one row
    (Bill No. ... / Bill dt. ...) on some, Billed to (recipient) / Buyer / Invoice to the company, Consignee
    (ship to) / Goods sent to the karkhana or the bhandar, Place of supply, E-way bill No., Transporter and LR
    No. or Despatched through and AWB No., Buyer's PO No., the cloth, blocks, indigo, vat kits, harda,
    manjistha, bags or tags with HSN, m, pcs or kg x rate, Taxable amount, CGST and SGST or IGST @ 5% or 18%,
    Round off, Invoice value, Less: Advance paid on PO and Balance received by NEFT / RTGS on some, Less: TDS
    u/s 194Q (deducted by buyer) and Net credit by NEFT / RTGS on some, else Received via NEFT / RTGS / Full
    payment by NEFT / RTGS / Received through UPI / Paid on UPI with UTR No. / NEFT ref. No. / RTGS ref. No. /
    UPI ref. / RRN, or Cheque for / Amount by cheque with Cheque No. & bank; PAYMENT RECEIVED - THANK YOU /
    FULL PAYMENT RECEIVED / ACCOUNT SETTLED / PAID BY NEFT / RTGS / UPI / CHEQUE RECEIVED - SUBJECT TO
    REALISATION / CHEQUE DISHONOURED - REFER TO DRAWER, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(7,))
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
        ["TAX INVOICE (ORIGINAL FOR RECIPIENT)", "GST TAX INVOICE", "INVOICE CUM PAYMENT RECEIPT"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        p.add("pair", f"Bill No. {inv}", f"Bill dt. {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice No.", "Inv. No.", "Invoice serial"]), inv, txn=(INVOICE_RANK, inv)
                )

        day_labels = ["Invoice dt.", "Date of invoice", "Inv. date"]
        if rng.random() < 0.5:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
        else:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
    wrap_pair(
        p,
        rng.choice(["Billed to (recipient)", "Buyer", "Invoice to"]),
        rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]),
    )
    deliver = f"{BHANDAR}, Main Bazar" if tag in ("MHD", "PKB") else f"{KARKHANA}, Bagru"
    wrap_pair(p, rng.choice(["Consignee (ship to)", "Goods sent to"]), deliver)
    p.pair("Place of supply", "Rajasthan (08)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("KGF", "MHD", "VKL"):
        wrap_pair(
            p,
            "Transporter",
            rng.choice(["VRL Logistics Ltd", "Shree Bagru Goods Carriers", "Rajasthan Golden Transport Co."]),
        )
        p.pair("LR No.", f"{rng.choice(['LR', 'JP', 'ER'])}{digits(rng, 7)}")
    else:
        wrap_pair(
            p, "Despatched through", rng.choice(["Blue Dart Express", "Trackon Couriers", "DTDC Express"])
        )
        p.pair("AWB No.", f"{rng.choice(['7', '8', 'D'])}{digits(rng, 9)}")
    p.pair("Buyer's PO No.", f"DCHP/PO/{rng.randrange(100, 999)}")
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
    total = gst_lines(p, rs, taxable, gst_rate, state != "08")
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
        adv = float(round(total * rng.choice([0.25, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid on PO", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q (deducted by buyer)", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque for", "Amount by cheque"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No. & bank", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif tds:
            lab = f"Net credit by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received through UPI", "Paid on UPI"])
        else:
            lab = rng.choice([f"Received via {way}", f"Full payment by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI ref.", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:5]), way)
                p.pair(rng.choice([f"{way} ref. No.", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAYMENT RECEIVED - THANK YOU", "FULL PAYMENT RECEIVED", "ACCOUNT SETTLED", f"PAID BY {way}"]
        ),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE DISHONOURED - REFER TO DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"Goods once sold will not be taken back. Interest @ 24% p.a. after 45 days. {town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "SALES", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Shree Bagru Goods Carriers", "Freight - Bagru to Delhi and Mumbai, 42 bales", 8000, 56000),
    ("Sanganer Dhobi Ghat Washers", "Washing and sun drying - 9,400 m printed fabric", 12000, 68000),
    ("Smt. Kamla Devi Agarwal", "Showroom rent - Prithviraj Road, C-Scheme", 60000, 150000),
    ("Pink City Security Services", "Guards for the karkhana and the dye yard - one month", 25000, 70000),
    ("Ghanshyam Prajapat Block Carving", "New dabu and outline blocks - 24 pcs", 9000, 48000),
    ("Amer Lens Studio", "Lookbook shoot - 48 looks at Bagru and Amer", 15000, 60000),
    ("Shekhawati Solar Solutions", "Solar heater and rooftop plant service - dye yard", 6000, 32000),
    ("Blue Dart Express Ltd", "Export sample parcels - one month's bill", 5000, 40000),
]
CORP_PORTALS = [
    ("CIB - Corporate Internet Banking", "ICICI Bank", "cib.icicibank.com/corp/payments/view"),
    ("Kotak Fyn", "Kotak Mahindra Bank", "fyn.kotak.com/payments/transfer/details"),
    ("PNB Corporate Internet Banking", "Punjab National Bank", "corporate.pnb.bank.in/fundtransfer/status"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its transporter, the washers, the showroom's landlady, the security agency, the
    block carver, the photographer, the solar fitter and the courier: corporate net banking's transfer pages
    (CIB - Corporate Internet Banking, Kotak Fyn, PNB Corporate Internet Banking: the portal on top and the
    bank's line, Transaction summary / Fund transfer - view; in one of four orders: the day and the status
    under the heading; both at the foot; the status under the heading and the day at the foot; the day under
    the heading and the status at the foot: Processed on / Debit date / Value dt. / Initiated on / Saved on /
    Returned on / Failed on; Completed - amount credited to beneficiary / Status: Processed successfully - UTR
    generated / Awaiting checker approval - not yet sent to the bank / Returned - beneficiary name and account
    mismatch, amount credited back; the references (UTR / NEFT UTR No. / RTGS UTR No. / RRN (IMPS) and Txn
    ref. ID / Payment ref. No.) above or below the payee: Beneficiary name (registered) / Credited party / To
    beneficiary / Payee account title, Beneficiary nick name, Beneficiary A/c No. and IFSC code, Debit account
    the company, Login ID, Amount (Rs.) / Transfer value / Debited amount, Transfer type / Payment mode NEFT /
    RTGS / IMPS, Remarks / Payment details, Maker / Checker, Available balance on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(3,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host)
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transfer status', 'Single payment'])}")
    p.add("center", rng.choice(["Transaction summary", "Fund transfer - view"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Completed - amount credited to beneficiary",
            "Status: Processed successfully - UTR generated",
        ],
        "pending": ["Awaiting checker approval - not yet sent to the bank"],
        "failed": ["Returned - beneficiary name and account mismatch, amount credited back"],
    }
    day_labels = {
        "success": ["Processed on", "Debit date", "Value dt."],
        "pending": ["Initiated on", "Saved on"],
        "failed": ["Returned on", "Failed on"],
    }[status]
    hour = rng.random() < 0.5
    pats = ["%d-%b-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y", "%d.%m.%Y"]

    def day_row() -> None:
        day_pair(p, j, day_labels, pats, hour=hour)

    # 0: the day and the status under the heading; 1: both at the foot; 2: the status on top, the day at the
    # foot; 3: the day on top, the status at the foot
    layout = rng.randrange(4)
    if layout == 0:
        day_row()
        outcome_row(p, status, words)
        p.add("rule")
    elif layout == 2:
        outcome_row(p, status, words)
        p.add("rule")
    elif layout == 3:
        day_row()
        p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", f"{way} UTR No."]) if way != "IMPS" else "RRN (IMPS)",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 13)}"
        p.pair(rng.choice(["Txn ref. ID", "Payment ref. No."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(
            ["Beneficiary name (registered)", "Credited party", "To beneficiary", "Payee account title"]
        )
        if status != "failed"
        else rng.choice(["Beneficiary name (registered)", "To beneficiary", "Payee account title"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary nick name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "JPR")
    ben = rng.choice(BANKS[:11])
    p.pair("Beneficiary A/c No.", f"XXXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC code", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Login ID", f"DCHP.{rng.choice(['ACCTS', 'MAKER'])}{digits(rng, 2)}")
    p.pair(
        rng.choice(["Amount (Rs.)", "Transfer value", "Debited amount"])
        if status != "pending"
        else rng.choice(["Amount (Rs.)", "Transfer value"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Transfer type", "Payment mode"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Payment details"]), note)
    p.pair("Maker / Checker", f"DCHPACC1 / {'-' if status == 'pending' else 'DCHPDIR1'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Available balance", rs(rupees(rng, 150000, 5200000)))
    if not refs_first:
        refs()
    if layout == 1:
        p.add("rule")
        day_row()
        outcome_row(p, status, words)
    elif layout == 2:
        p.add("rule")
        day_row()
    elif layout == 3:
        p.add("rule")
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "A returned transfer is credited back to the debit account by the next working day.")
    return p.done()


# ---------------------------------------------------------------- 7. printers, dabu workers, washers, dippers


# payee, role, village or mohalla, kind
WORKERS = [
    ("Mangi Lal Chhipa", "Printer - outline and gadh blocks, table No. 4", "Chhipa Mohalla, Bagru", "print"),
    ("Kesar Devi", "Dabu lepai - mud resist by hand", "Bairwa Basti, Bagru", "dabu"),
    ("Ramdayal Dhobi", "Dhulai - washing and sun drying at the ghat", "Dhobi Ghat, Bagru", "wash"),
    ("Suresh Chand Chhipa", "Printer - syahi-begar, table No. 9", "Naya Bas, Bagru", "print"),
    ("Bhanwari Devi", "Dabu lepai - home work", "Mahapura", "dabu"),
    ("Gopal Rangrez", "Indigo dipper - neel kund", "Rangrez Mohalla, Bagru", "indigo"),
    ("Shankar Lal Bairwa", "Dhulai - washing and drying", "Bichoon", "wash"),
    ("Abdul Rehman Chhipa", "Printer - dabu outline, table No. 2", "Chhipa Mohalla, Bagru", "print"),
]
WORK_FRAMES = ["paper", "cashfree", "paper", "paper", "paytm", "cashfree", "paper", "phonepe"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "print": (
        ["BLOCK PRINTING WAGES - PER METRE PRINTED", "CHHAPAI MAZDOORI PARCHI - BAGRU"],
        ["Printer's name", "Chhapai paid to"],
        "Metres printed: {q} x {rate}",
        (6, 14),
        (300, 1600),
        ["Net chhapai paid", "Paid to printer"],
    ),
    "dabu": (
        ["DABU RESIST WAGES - PER THAAN", "DABU LEPAI MAZDOORI - GHAR KAAM"],
        ["Name (dabu worker)", "Lepai paid to"],
        "Thaans done (18 m each): {q} x {rate}",
        (90, 180),
        (10, 40),
        ["Net lepai paid", "Amount given to worker"],
    ),
    "wash": (
        ["WASHING AND DRYING WAGES - PER 100 METRES", "DHULAI SUKHAI MAZDOORI SLIP"],
        ["Dhobi's name", "Dhulai paid to"],
        "Fabric washed (lots of 100 m): {q} x {rate}",
        (60, 120),
        (20, 90),
        ["Net dhulai paid", "Net payment"],
    ),
    "indigo": (
        ["INDIGO DIPPING WAGES - PER THAAN", "NEEL RANGAI MAZDOORI RASEED"],
        ["Rangrez's name", "Rangai paid to"],
        "Thaans dipped (3 dips each): {q} x {rate}",
        (70, 140),
        (15, 60),
        ["Net rangai paid", "Net payment"],
    ),
}


def cashfree_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Cashfree's payout transfer page (Cashfree Payouts on top and the company's business account under it;
    the payee above the sum and the status or under them)."""
    j.amount = rupees(rng, 1500, 21000, 0.6)
    tid = f"DCHP{kind[:3].upper()}{digits(rng, 7)}"
    p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers" + ("" if j.no_ref else f"/{tid}"))
    p.part = "head"
    top(p, "Cashfree Payouts")
    p.add("small", f"Business account: {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["SUCCESS - transfer credited to beneficiary", "Transfer status: SUCCESS"],
        "pending": ["PENDING - queued at the beneficiary bank, no need to retry"],
        "failed": ["FAILED - beneficiary bank offline, amount returned to payout balance"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Beneficiary name", "Paid out to"]), who, merchant=who)
        p.pair("Beneficiary ID", f"{who.split()[0].upper().strip('.')}{digits(rng, 5)}")

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
        p.pair("VPA", f"{who.split()[0].lower().strip('.')}{rng.randrange(10, 99)}@ybl")
    p.pair(rng.choice(["Transfer mode", "Mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Remarks",
        rng.choice(["Dabu lepai - 22 thaan", "Lepai mazdoori - week 31"])
        if kind == "dabu"
        else rng.choice(["Neel rangai - 40 thaan", "Indigo vat wages - week 18"]),
    )
    if not j.no_ref:
        cref = digits(rng, 9)
        p.pair("Cashfree reference ID", cref, txn=(TXN_RANK, cref))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Transfer date"],
            "pending": ["Initiated at", "Requested on"],
            "failed": ["Failed on", "Reversed on"],
        }[status],
        SCREEN_PATS,
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary's bank has confirmed the credit.",
            "pending": "Pending transfers settle once the beneficiary bank responds; status updates here.",
            "failed": "The amount of a failed transfer is added back to the payout balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its printers by the metre, its dabu workers and indigo dippers by the thaan and its
    washers by the hundred metres: its printed BLOCK PRINTING WAGES - PER METRE PRINTED / CHHAPAI MAZDOORI
    PARCHI - BAGRU / WASHING AND DRYING WAGES - PER 100 METRES / DHULAI SUKHAI MAZDOORI SLIP (the company on
    top with the karkhana's line, Printer's name / Chhapai paid to / Dhobi's name / Dhulai paid to, Type of
    work, Gaon / basti, Pehchan card No. (no fact), Parchi No. / Slip No., Dt. / Paid on / Mazdoori dt., the
    metres or lots x rate, Add: Fine block allowance / Add: Multi-colour extra, Total kamai, Less: Misprint -
    n m @ rate / Less: Udhaar (advance) kata, Net chhapai paid / Paid to printer / Net dhulai paid / Net
    payment, Mode Cash / UPI / IMPS, UPI ref. / IMPS ref. (RRN); PAID / PAID IN CASH / PAID - ENTERED IN HAZRI
    REGISTER / PAID - METRES CHECKED AT THE TABLE / PAID - LOTS COUNTED AND RECEIVED, the worker's signature
    or thumb), Cashfree payout pages for a dabu worker and an indigo dipper (Cashfree Payouts on top and
    Business account: the company under it, the payee above the sum and the status or under them, Beneficiary
    name / Paid out to, Beneficiary ID, Bank account / VPA, Transfer mode / Mode, Remarks, Cashfree reference
    ID, UTR / Bank UTR, Transfer ID, Processed on / Transfer date / Initiated at / Requested on / Failed on /
    Reversed on; SUCCESS - transfer credited to beneficiary / Transfer status: SUCCESS / PENDING - queued at
    the beneficiary bank, no need to retry / FAILED - beneficiary bank offline, amount returned to payout
    balance), a Paytm screen (UPI Ref No and Paytm txn ID) and a PhonePe screen (UTR and Transaction ID)
    paying a dabu worker and a printer (Sent to / Transferred to / Paid to above the sum or under the status;
    Paid successfully / Transfer successful / Money sent successfully; Paid on / Date & time / Sent at)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=900, high=22000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "cashfree":
        return cashfree_page(rng, font, j, status, who, kind, rs)
    if frame in ("paytm", "phonepe"):
        j.amount = rupees(rng, 1600, 15000, 0.9)
        app = "Paytm" if frame == "paytm" else "PhonePe"
        p = phone_page(rng, font, k, ["", "Transfer details"])
        p.part = "head"
        p.add("title", app)
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(["Sent to", "Transferred to", "Paid to"]))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p, status, {"success": ["Paid successfully", "Transfer successful", "Money sent successfully"]}
        )
        if not pay_first:
            p.add("small", rng.choice(["Sent to", "Transferred to", "Paid to"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'paytm', 'axl', 'ibl'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Paid on", "Date & time", "Sent at"], SCREEN_PATS, hour=True)
        p.pair(
            rng.choice(["Note", "Message"]),
            rng.choice(
                ["Dabu lepai 14 thaan", "Lepai mazdoori"] if kind == "dabu" else ["Chhapai 820 m", "Chhapai"]
            ),
        )
        p.pair(
            rng.choice(["From", "Debited from"]),
            f"{'Bank of Baroda' if frame == 'paytm' else 'Punjab National Bank'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "paytm":
                p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
                own = digits(rng, 19)
                wrap_pair(p, "Paytm txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  View history")
        return p.done()
    where = UNITS["karkhana"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{KARKHANA} - piece rate (thekedari)",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Type of work", role)
    p.pair("Gaon / basti", village)
    p.pair("Pehchan card No.", f"RJ/JPR/{rng.randrange(1000, 99999):05d}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}W/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Parchi No.", "Slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Dt.", "Paid on", "Mazdoori dt."], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    if kind == "print":
        rate += rng.choice([0.0, 0.5])
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5 and kind == "print":
        extra = float(rng.choice([200, 350, 500]))
        p.pair(rng.choice(["Add: Fine block allowance", "Add: Multi-colour extra"]), rs(extra))
        gross += extra
    p.pair("Total kamai", rs(gross))
    cut = 0.0
    if rng.random() < 0.5 and kind == "print":
        bad = rng.randrange(4, 30)
        cut = round(bad * rate, 2)
        p.pair(f"Less: Misprint - {bad} m @ {rate:,.2f}", rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair("Less: Udhaar (advance) kata", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI ref." if way == "UPI" else "IMPS ref. (RRN)", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - ENTERED IN HAZRI REGISTER"]
    if way == "Cash":
        words.append("PAID IN CASH")
    if kind == "print":
        words.append("PAID - METRES CHECKED AT THE TABLE")
    else:
        words.append("PAID - LOTS COUNTED AND RECEIVED")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Worker's signature / angootha", "Signature or thumb of the worker"]))
    return p.done()


# ---------------------------------------------------------------- 8. Nagar Palika, RIICO, EPCH and the rest


FEE_FRAMES = ["trade", "riico", "epch", "esic", "cgwa", "fbid", "fire", "jda"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Bagru block printing house, its karkhana and dye yard, its rang bhandar and its Jaipur
    showroom: Nagar Palika Bagru's trade licence renewal (the Nagar Palika on top and the Local Self
    Government line, Licence No., Name of licensee, Trade, Trade licence fee 2026-27, Penalty for late renewal
    on some, Total amount paid / Amount deposited, Transaction ID, Bank ref. No.), RIICO's service charges on
    the plot in the Bagru industrial area (Allottee, Plot No., Service charges 2026-27, Interest on delayed
    payment on some, GST @ 18%, Total deposited / Net amount paid, RIICO payment ref., Bank ref. No.), the
    Export Promotion Council for Handicrafts' membership renewal (Name of member, Membership No., RCMC No.,
    Membership fee 2026-27, GST @ 18%, Total fee paid / Amount remitted, EPCH transaction No., Receipt No.),
    ESIC's monthly contribution (Employer name, Employer code No., Contribution period, Employees, Employees'
    share @ 0.75%, Employer's share @ 3.25%, Total contribution paid / Challan amount, Challan No., Bank
    transaction No.), the Central Ground Water Authority's NOC fee through Bharatkosh (Name of applicant, NOC
    application No., Use, Processing fee, Ground water abstraction charges, Total paid through Bharatkosh /
    Amount paid, Bharatkosh transaction ref. No., Bank ref. No.), the Factories and Boilers Inspection
    Department's licence renewal through e-GRAS (Name of occupier, Factory registration No., Workers, Licence
    renewal fee 2026-27, Late fee on some, Challan amount / Amount payable, e-GRAS GRN; Payment pending -
    e-GRAS is awaiting the bank's scroll, GRN generated on / Initiated on), Nagar Nigam Jaipur Greater's fire
    NOC renewal for the showroom (Premises, Fire NOC fee, Fire cess on some, Total fee paid / Amount paid,
    Transaction No., Bank ref. No.) and the Jaipur Development Authority's lease money on the showroom plot
    (Lease holder, Plot, Lease money 2026-27, Interest on some, Amount payable / Total due, no reference;
    Transaction failed - lease money not received by JDA, Failed on / Attempted on); the status under the
    authority's line or at the foot: Paid - receipt generated / Payment received - thank you / Success - fee
    credited to the Government account / Transaction successful - download your receipt; Mode of payment /
    Paid via, Date of payment / Paid on / Transaction date / Receipt dt."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "{d}/{m}/%Y"]
    ok = [
        "Paid - receipt generated",
        "Payment received - thank you",
        "Transaction successful - download your receipt",
    ]
    if frame in ("esic", "cgwa"):
        ok.append("Success - fee credited to the Government account")
    words = {"success": ok}
    day_labels = ["Date of payment", "Paid on", "Transaction date", "Receipt dt."]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "trade":
        url = f"lsg.urban.rajasthan.gov.in/tradelicence/renewal/receipt/{digits(rng, 9)}"
        name = rng.choice(["Nagar Palika Bagru", "NAGAR PALIKA, BAGRU"])
        line = "Local Self Government Department, Rajasthan  |  Trade licence renewal"
    elif frame == "riico":
        url = f"riico.co.in/online/servicecharges/receipt/{digits(rng, 8)}"
        name = rng.choice(["RIICO", "Rajasthan State Industrial Development & Investment Corporation Ltd"])
        line = "Unit Office Jaipur (South)  |  RIICO Industrial Area, Bagru (Extension)"
    elif frame == "epch":
        url = f"epch.in/members/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["Export Promotion Council for Handicrafts", "EPCH"])
        line = "Ministry of Textiles, Government of India  |  Membership renewal 2026-27"
    elif frame == "esic":
        url = "www.esic.gov.in/employer/contribution/payment/receipt"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
    elif frame == "cgwa":
        url = "bharatkosh.gov.in/NTRPHome/PaymentReceipt"
        name = rng.choice(["Central Ground Water Authority", "CENTRAL GROUND WATER AUTHORITY"])
        line = "Department of Water Resources, Ministry of Jal Shakti  |  NOC fee through Bharatkosh"
    elif frame == "fbid":
        url = "egras.raj.nic.in/challan/factories/status"
        name = rng.choice(
            [
                "Factories and Boilers Inspection Department, Rajasthan",
                "Chief Inspector of Factories and Boilers, Rajasthan",
            ]
        )
        line = "Government of Rajasthan  |  Factory licence renewal (e-GRAS)"
    elif frame == "fire":
        url = f"jaipurgreater.rajasthan.gov.in/fire-noc/payment/receipt/{digits(rng, 8)}"
        name = rng.choice(["Nagar Nigam Jaipur Greater", "NAGAR NIGAM JAIPUR GREATER"])
        line = "Fire Department  |  Fire NOC renewal - commercial premises"
    else:
        url = "jda.rajasthan.gov.in/online-payment/lease-money/status"
        name = rng.choice(["Jaipur Development Authority", "JAIPUR DEVELOPMENT AUTHORITY"])
        line = "Lease money (urban assessment)  |  e-Payment"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5
    if frame == "trade":
        p.pair("Licence No.", f"NPB/TL/{digits(rng, 5)}")
        wrap_pair(p, "Name of licensee", f"{firm} - {KARKHANA}")
        wrap_pair(p, "Trade", "Hand block printing and dyeing workshop")
        heads = [("Trade licence fee 2026-27", float(rng.choice([1500, 2500, 3500, 5000])))]
        if rng.random() < 0.5:
            heads.append(("Penalty for late renewal", float(rng.choice([250, 500, 750]))))
        labels = ["Total amount paid", "Amount deposited"]
        refs = [
            ("Transaction ID", TXN_RANK, f"NPB{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "riico":
        wrap_pair(p, "Allottee", firm)
        p.pair("Plot No.", f"G1-{rng.randrange(100, 400)}, Bagru (Extn.)")
        fee = float(round(rng.uniform(6000, 36000), -1))
        heads = [("Service charges 2026-27", fee)]
        if rng.random() < 0.5:
            heads.append(("Interest on delayed payment", float(rng.choice([300, 650, 1100]))))
        heads.append(("GST @ 18%", round(sum(v for _, v in heads) * 0.18, 2)))
        labels = ["Total deposited", "Net amount paid"]
        refs = [
            ("RIICO payment ref.", TXN_RANK, f"RIICO{digits(rng, 11)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "epch":
        wrap_pair(p, "Name of member", firm)
        p.pair("Membership No.", f"EPCH/JPR/{digits(rng, 5)}")
        p.pair("RCMC No.", f"EPCH/RCMC/{digits(rng, 6)}")
        fee = float(rng.choice([6000, 9000, 15000]))
        heads = [("Membership fee 2026-27", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total fee paid", "Amount remitted"]
        refs = [
            ("EPCH transaction No.", TXN_RANK, f"EPCH{digits(rng, 10)}"),
            ("Receipt No.", INVOICE_RANK, f"EPCH/MR/{digits(rng, 6)}"),
        ]
    elif frame == "esic":
        wrap_pair(p, "Employer name", firm)
        p.pair("Employer code No.", f"15000{digits(rng, 12)}")
        p.pair("Contribution period", j.month(1))
        p.pair("Employees", str(rng.randrange(14, 46)))
        wages = float(rng.randrange(160000, 560000, 100))
        heads = [
            ("Employees' share @ 0.75%", float(round(wages * 0.0075))),
            ("Employer's share @ 3.25%", float(round(wages * 0.0325))),
        ]
        labels = ["Total contribution paid", "Challan amount"]
        refs = [
            ("Challan No.", TXN_RANK, f"{rng.choice('12')}{digits(rng, 13)}"),
            ("Bank transaction No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
        ]
    elif frame == "cgwa":
        wrap_pair(p, "Name of applicant", firm)
        p.pair("NOC application No.", f"21-4/{digits(rng, 4)}/RJ/IND/2026")
        wrap_pair(p, "Use", "Industrial - dye yard washing, 18 KLD")
        heads = [
            ("Processing fee", float(rng.choice([5000, 10000]))),
            ("Ground water abstraction charges", float(round(rng.uniform(4000, 24000), -1))),
        ]
        labels = ["Total paid through Bharatkosh", "Amount paid"]
        refs = [
            ("Bharatkosh transaction ref. No.", TXN_RANK, f"{digits(rng, 4)}{j.date:%y}{digits(rng, 9)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "fbid":
        wrap_pair(p, "Name of occupier", f"Shri Dhanraj Chhipa, Director ({firm})")
        p.pair("Factory registration No.", f"RJ/JPR/{digits(rng, 5)}")
        p.pair("Workers", str(rng.randrange(20, 48)))
        heads = [("Licence renewal fee 2026-27", float(rng.choice([2400, 3600, 5200])))]
        if rng.random() < 0.5:
            heads.append(("Late fee", float(rng.choice([200, 500, 800]))))
        labels = ["Challan amount", "Amount payable"]
        refs = [("e-GRAS GRN", TXN_RANK, f"0{digits(rng, 9)}")]
        words = {"pending": ["Payment pending - e-GRAS is awaiting the bank's scroll"]}
        day_labels = ["GRN generated on", "Initiated on"]
    elif frame == "fire":
        wrap_pair(p, "Premises", f"{SHOWROOM}, B-22, Prithviraj Road ({firm})")
        heads = [("Fire NOC fee", float(rng.choice([3000, 4500, 6000])))]
        if rng.random() < 0.5:
            heads.append(("Fire cess", float(rng.choice([500, 750]))))
        labels = ["Total fee paid", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"JMCG{digits(rng, 11)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    else:
        wrap_pair(p, "Lease holder", firm)
        p.pair("Plot", "B-22, Prithviraj Road, C-Scheme (commercial)")
        heads = [("Lease money 2026-27", float(round(rng.uniform(12000, 56000), -1)))]
        if rng.random() < 0.5:
            heads.append(("Interest", float(rng.choice([800, 1400, 2100]))))
        labels = ["Amount payable", "Total due"]
        refs = [("Transaction ID", TXN_RANK, f"JDA{digits(rng, 12)}")]
        words = {"failed": ["Transaction failed - lease money not received by JDA"]}
        day_labels = ["Failed on", "Attempted on"]
    if status_top:
        outcome_row(p, status, words)
    total = 0.0
    for head, fee in heads:
        total += fee
        p.pair(head, rs(fee))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Mode of payment", "Paid via"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "trade": "Display the renewed licence at the workshop; renewal falls due every April.",
        "riico": "Service charges are payable in advance for the year; interest runs on late payment.",
        "epch": "The renewed RCMC is available for download once the payment is reconciled.",
        "esic": "Contributions are due by the 15th of the following month.",
        "cgwa": "Keep the NOC and the flow meter readings at the site for inspection.",
        "fbid": "Do not pay again; the receipt is issued once the treasury confirms the challan.",
        "fire": "The renewed NOC is valid for one year from the date of issue.",
        "jda": "Any amount debited is returned to your account within 7 working days.",
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
        "Bharat Laghu Udyam Suraksha - karkhana, dye yard and fabric stock",
        "paper",
        "stock",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Burglary and housebreaking - stock at the Jaipur showroom",
        "browser",
        "burglary",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine export - open cover, block prints by sea and air",
        "mail",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group mediclaim - printers, dyers and showroom staff",
        "browser",
        "health",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Money in transit - wage cash to the karkhana",
        "mail",
        "money",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Workmen's compensation - printers, dhobis and dyers",
        "paper",
        "ec",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Commercial vehicle - Tata Ace Gold, package policy",
        "browser",
        "vehicle",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Shop insurance - Rang Bhandar, Main Bazar, Bagru",
        "mail",
        "shop",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its karkhana, dye yard and fabric stock, the showroom's stock, its export cargo, its
    staff's health, the wage cash carried to the karkhana, its workmen, its Tata Ace and the rang bhandar: the
    insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product line,
    PREMIUM RECEIPT (CUSTOMER COPY) / Acknowledgement of premium / RECEIPT - RENEWAL PREMIUM (Payment
    unsuccessful - renewal premium / RENEWAL PAYMENT STATUS on the failed one); the status under the heading
    on some, under the sum on the rest; Name of policyholder / Insured's name / Proposer name, Policy No. /
    Proposal No. / Renewal notice No., Sum insured - karkhana, dye yard and stock / Sum insured - showroom
    stock / Estimated annual exports / Lives insured / Limit per transit / Wages declared (annual) / IDV / Sum
    insured - dyes, blocks and fittings, Risk inception, Premium (before tax) / Base premium or Own damage
    premium and Liability premium (TP), an add-on (Earthquake cover, Terrorism cover, SRCC, OPD cover, Cash at
    counter, Occupational disease, Return to invoice, Plate glass), GST @ 18% / IGST @ 18% / CGST 9% + SGST
    9%, the sum: Total premium received / Premium paid (incl. taxes) / Amount collected / Cheque amount
    received / Cheque for / Premium payable / Amount due; Premium received - policy renewed / Receipt
    generated - policy copy sent to your e-mail / CHEQUE RECEIVED - RENEWAL EFFECTIVE ON CLEARANCE /
    Transaction failed - payment not authorised by your bank; Payment mode, Cheque No., Transaction ID /
    Payment ref., UPI ref. No. / Bank ref. No., Receipt No. / Collection receipt No., Receipt dt. / Premium
    received on / Date of collection / Cheque received on / Collection date / Attempted on / Txn date)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['renew', 'pay', 'my'])}.{host}/payment/receipt")
    elif frame == "mail":
        short = ins.split(" Co.")[0].split(" Ltd")[0].removeprefix("The ")
        p = mail_page(
            rng,
            font,
            f"{short} <noreply@{host}>",
            ["Your renewal premium receipt", "Premium acknowledgement for your policy"],
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
            rng.choice(["Branch Office, Ajmer Road, Jaipur", "Divisional Office No. 3, M I Road, Jaipur"]),
        )
    p.add(
        "center",
        rng.choice(
            ["Payment unsuccessful - renewal premium", "RENEWAL PAYMENT STATUS"]
            if status == "failed"
            else [
                "PREMIUM RECEIPT (CUSTOMER COPY)",
                "Acknowledgement of premium",
                "RECEIPT - RENEWAL PREMIUM",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium received - policy renewed",
            "Receipt generated - policy copy sent to your e-mail",
        ],
        "pending": ["CHEQUE RECEIVED - RENEWAL EFFECTIVE ON CLEARANCE"],
        "failed": ["Transaction failed - payment not authorised by your bank"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Name of policyholder", "Insured's name", "Proposer name"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['3', '4', '8'])}{digits(rng, 5)}/{digits(rng, 8)}/00")
    else:
        p.pair(
            rng.choice(["Proposal No.", "Renewal notice No."]), f"{rng.choice(['PR', 'RN'])}{digits(rng, 10)}"
        )
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(2500000, 22000000, 100000))
        p.pair("Sum insured - karkhana, dye yard and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("Earthquake cover", round(insured * 0.00007, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1200000, 8000000, 50000))
        p.pair("Sum insured - showroom stock", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Plate glass", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(6000000, 50000000, 500000))
        p.pair("Estimated annual exports", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("SRCC", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(16, 55)
        p.pair("Lives insured", f"{members} (sum insured Rs 2,00,000 each)")
        basic = round(members * rng.uniform(3200, 5400), 2)
        addon = ("OPD cover", round(members * 420.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(100000, 500000, 25000))
        p.pair("Limit per transit", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.008), 2)
        addon = ("Cash at counter", round(limit * 0.0008, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(380000, 720000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"RJ-14-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage premium", basic), ("Liability premium (TP)", 16049.0)]
        addon = ("Return to invoice", round(idv * 0.003, 2))
    elif kind == "ec":
        wages = float(rng.randrange(2000000, 8800000, 100000))
        p.pair("Wages declared (annual)", rs(wages))
        basic = round(wages * rng.uniform(0.003, 0.007), 2)
        addon = ("Occupational disease", round(wages * 0.0003, 2))
    else:
        insured = float(rng.randrange(600000, 4000000, 50000))
        p.pair("Sum insured - dyes, blocks and fittings", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Terrorism cover", round(insured * 0.0004, 2))
    if not j.no_day:
        p.pair("Risk inception", f"{j.other_day(rng, 1, 9)} (12 months)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Premium (before tax)", "Base premium"]), rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair(rng.choice(["GST @ 18%", "IGST @ 18%", "CGST 9% + SGST 9%"]), rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium received", "Premium paid (incl. taxes)", "Amount collected"],
        "pending": ["Cheque amount received", "Cheque for"],
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
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['TXN', 'PG', 'OP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ID", "Payment ref."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI ref. No.", j.ref, txn=(UTR_RANK, j.ref))
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
            "success": ["Receipt dt.", "Premium received on", "Date of collection"],
            "pending": ["Cheque received on", "Collection date"],
            "failed": ["Attempted on", "Txn date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "The cover is subject to realisation of the premium and to the terms, conditions and exclusions of "
        "the policy.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("DHANRAJ CHHAPA GHAR", "C-SCHEME, JAIPUR", "own"),
    ("SHREE SHYAM FILLING STATION", "NH-48 AJMER ROAD, BAGRU", "fuel"),
    ("DHANRAJ RANG BHANDAR", "MAIN BAZAR, BAGRU", "own"),
    ("HOTEL EXPO RESIDENCY", "KNOWLEDGE PARK, GR NOIDA", "hotel"),
    ("DHANRAJ CHHIPA", "JAIPUR RAJASTHAN 302001", "own"),
    ("MANSAROVAR PRINT & COPY CENTRE", "MANSAROVAR, JAIPUR", "shop"),
    ("DHANRAJ CHHAPA GHAR", "JAIPUR 302001 RJ", "own"),
    ("BAGRU DAL BAATI DHABA", "AJMER ROAD, BAGRU", "food"),
]
TERMINALS = [
    "PINE LABS",
    "HINDUSTAN PETROLEUM",
    "BANK OF BARODA",
    "MSWIPE",
    "KOTAK MAHINDRA BANK",
    "EZETAP",
    "PUNJAB NATIONAL BANK",
    "PHONEPE POS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers', boutiques' and printers' cards on the showroom's, the company's and the rang bhandar's
    terminals, and the company's card at a filling station on the Ajmer road at Bagru, a Greater Noida hotel
    in the handicrafts fair week, a Mansarovar print and copy shop and a Bagru dhaba: terminal slips
    (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals;
    DATE/TIME: / TXN DATE: and TXN TIME: / DT: and TM: at the top or under the sum; MERCHANT ID:, TERMINAL
    ID:, BATCH NO:, STAN:, INV NO: / RCPT NO:, SALE / CHIP SALE / CONTACTLESS SALE, CARD NO:, CARD TYPE:, a
    fuel sale's PRODUCT:, PRICE/L:, LITRES:, PUMP NO: and VEH NO:, a hotel's FOLIO NO: and ROOM:, a dhaba's
    TABLE: and STEWARD:, a shop's MOB NO:, APPR CODE: / AUTH CODE:, RRN NO: / REF NO:, TXN AMOUNT: /
    AMOUNT(INR): / TOTAL(RS): / SALE TOTAL:, the sum above or below the card; APPROVED / SALE APPROVED /
    APPROVED - PIN VERIFIED / DECLINED - 55 INCORRECT PIN / NO RESPONSE FROM HOST - TXN STATUS AWAITED, DO NOT
    RESWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=1500, high=88000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1000, 5800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4200, 18500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 450, 14000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 260, 2400, 0.5)
    elif k == 2:
        j.amount = rupees(rng, 1800, 24000, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%y", "%d/%m/%y", "%d %b %Y", "%Y-%m-%d"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.6)
        pick = rng.random()
        if pick < 0.35:
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
        elif pick < 0.7:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)

    day_top = rng.random() < 0.55
    if day_top:
        day_rows()
    p.pair("MERCHANT ID:", digits(rng, 15))
    p.pair("TERMINAL ID:", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "RCPT NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "CONTACTLESS SALE", "CHIP SALE"] if j.amount <= 5000 else ["SALE", "CHIP SALE"]),
    )
    lab = rng.choice(["TXN AMOUNT:", "AMOUNT(INR):", "TOTAL(RS):", "SALE TOTAL:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{'' if lab in ('AMOUNT(INR):', 'TOTAL(RS):') else rng.choice(['INR ', 'RS ', ''])}{body}"
    sum_first = rng.random() < 0.45
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 5)}******{digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA DEBIT", "5": "MASTERCARD", "6": "RUPAY DEBIT"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(90.1, 95.4), 2)
        p.pair("PRODUCT:", rng.choice(["DIESEL", "PETROL", "POWER"]))
        p.pair("PRICE/L:", f"{rate:.2f}")
        p.pair("LITRES:", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 7)))
        p.pair("VEH NO:", f"RJ14{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("FOLIO NO:", f"F{digits(rng, 6)}")
        p.pair("ROOM:", str(rng.randrange(101, 512)))
    elif kind == "food":
        p.pair("TABLE:", str(rng.randrange(1, 30)))
        p.pair("STEWARD:", rng.choice(["BABULAL", "RAMESH", "KALU", "SONU"]))
    elif kind == "shop":
        p.pair("MOB NO:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center", rng.choice(["APPROVED", "SALE APPROVED", "APPROVED - PIN VERIFIED"]), status="success"
        )
        p.add("small", rng.choice(["NO SIGNATURE REQUIRED", "THANK YOU - PLEASE VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM HOST - TXN STATUS AWAITED, DO NOT RESWIPE", status="pending")
    p.part = "foot"
    p.add("small", "-- CARDHOLDER COPY --" if rng.random() < 0.6 else "-- MERCHANT COPY --")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, phone, DTH, gas


BILLERS = [
    ("JVVNL", "Jaipur Vidyut Vitran Nigam Ltd", "K No."),
    ("JioFiber", "Reliance Jio Infocomm Ltd", "Service ID"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Dish TV", "Dish TV India Ltd", "VC No."),
    ("HP Gas", "Hindustan Petroleum Corporation Ltd", "Consumer No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Account No."),
]
BILL_APPS = ["JVVNL", "bob World", "Paytm", "JVVNL", "PhonePe", "BHIM", "Google Pay", "bob World"]
BILL_WHICH = [0, 0, 1, 0, 2, 3, 4, 5]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's and the showroom's electricity (JVVNL), the showroom's fibre (JioFiber), the manager's
    postpaid phone (Vi), the showroom's DTH (Dish TV), the dye yard's commercial cooking gas (HP Gas) and the
    karkhana's landline (BSNL) through Bharat Connect in bob World and other apps (Paytm, PhonePe, BHIM,
    Google Pay: the app on top, the sum large above or below the status, Bill paid to / Billing company /
    Biller as printed, K No. / Service ID / Mobile No. / VC No. / Consumer No. / Account No., Bill in the name
    of, Bill period, Bill date, Due date and Late payment amount on some power, fibre and landline bills, Paid
    from Current A/c or UPI, Bharat Connect txn ID / BBPS ref. No. / B-Connect ref., UPI ref. No., Txn ref.
    No. on the failed one, Payment date & time / Paid at / Txn on / Date & time (the latter alone on one not
    paid); Bill paid successfully - biller updated / Payment successful - receipt in your SMS / Pending with
    biller - please do not pay again / Payment failed - money if debited will be refunded in 3-5 days) and
    JVVNL's own online payment receipt (JVVNL, Jaipur Vidyut Vitran Nigam Ltd or its capitals on top with its
    "A Government of Rajasthan undertaking | Bijli Mitra" line, K No., Office (AEN), Consumer's name, Billing
    month, Net amount due, Amount received / Paid amount, Payment mode, PG txn ID, Bank ref. No., Receipt No.,
    Date of payment / Paid on, the status at the foot: Payment successful - will reflect in your account
    within 48 hours / Receipt generated - thank you for paying your bill online)."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=3500, high=58000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 699, 3999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 249, 990, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 1800, 9200, 0.5)
    elif which == 5:
        j.amount = rupees(rng, 310, 1850, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "K No.": f"{rng.choice(['2101', '2102', '2106'])}{digits(rng, 8)}",
        "Service ID": f"{rng.choice(['7', '8'])}{digits(rng, 9)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "VC No.": f"0{digits(rng, 10)}",
        "Consumer No.": f"{rng.choice(['6', '7'])}{digits(rng, 7)}",
        "Account No.": f"{digits(rng, 10)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "JVVNL":
        p = browser_page(rng, font, "bijlimitra.jvvnl.org/quick-pay/payment-receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Rajasthan undertaking  |  Bijli Mitra")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("Office (AEN)", rng.choice(["AEN (O&M) Bagru", "AEN (O&M) C-Scheme, Jaipur"]))
        wrap_pair(p, "Consumer's name", rng.choice([COMPANY_CAPS, COMPANY, KARKHANA.upper()]))
        if not j.no_day:
            p.pair("Billing month", j.month(1))
        p.pair("Net amount due", rs(j.amount))
        p.pair(rng.choice(["Amount received", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"JV{digits(rng, 14)}"
            p.pair("PG txn ID", tid, txn=(TXN_RANK, tid))
            if way != "Debit card":
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"JR{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        day_pair(p, j, ["Date of payment", "Paid on"], SCREEN_PATS, hour=True)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment successful - will reflect in your account within 48 hours",
                    "Receipt generated - thank you for paying your bill online",
                ]
            },
        )
        p.part = "foot"
        p.add("small", "Keep this receipt till the payment shows on your next bill.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Bill paid successfully - biller updated", "Payment successful - receipt in your SMS"],
        "pending": ["Pending with biller - please do not pay again"],
        "failed": ["Payment failed - money if debited will be refunded in 3-5 days"],
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
    wrap_pair(p, "Bill in the name of", rng.choice([COMPANY_CAPS, KARKHANA.upper(), SHOWROOM.upper()]))
    if which in (0, 1, 5) and not j.no_day and rng.random() < 0.7:
        start, end = earlier(rng, j, 36, 52), earlier(rng, j, 8, 14)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Bill period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Bill date", when(earlier(rng, j, 4, 7), "%d-%m-%Y"))
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Late payment amount", rs(round(j.amount * 1.02, 2) if which == 0 else j.amount + 100))
    way = "Current A/c" if app == "bob World" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:9])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"Paytm": "PT", "PhonePe": "PP", "BHIM": "BH", "Google Pay": "GP"}.get(app, "BW")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect txn ID", "BBPS ref. No.", "B-Connect ref."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 14)
            p.pair("Txn ref. No.", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Payment date & time", "Paid at", "Txn on", "Date & time"]
        if status == "success"
        else ["Date & time"],
        SCREEN_PATS,
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "SHREE BAGRU GOODS CA",
    "",
    "MANGI LAL CHHIPA",
    "KONGU GREY FABRICS P",
    "GHANSHYAM PRAJAPAT B",
    "SANGANER DHOBI GHAT",
    "",
    "PETHAPUR KASHTHA KAL",
]
MAIL_PAYEES = [
    "Amer Lens Studio",
    "Smt. Kamla Devi Agarwal",
    "Auro Neel Natural Indigo LLP",
    "Vishwakarma Kraft & Labels",
]
SENDERS = {
    "Bank of Baroda": "BP-BOBTXN",
    "Punjab National Bank": "AX-PNBSMS",
    "Union Bank of India": "VM-UBISMS",
    "The Jaipur Central Co-operative Bank": "JD-JCCBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender BP-BOBTXN /
    AX-PNBSMS / VM-UBISMS / JD-JCCBNK, the day divider, each bank's own wording: Bank of Baroda's "Rs.x
    debited from A/c ...1234 on <day> for <way> to <payee>. Avlbl Amt:Rs.x - Bank of Baroda", Punjab National
    Bank's UPI "A/c XX1234 debited INR x on <day> thru UPI to <payee>. UPI Ref <ref> -PNB", Union Bank of
    India's "A/c *1234 Debited for Rs:x on <day> by <way> to <payee>. Avl Bal Rs:x -Union Bank of India", The
    Jaipur Central Co-operative Bank's "JCCB: Your A/c XX1234 is debited with Rs x on <day>, <way> transfer to
    <payee>."; a transfer that "was not completed; amount credited back to your A/c." and one that "is pending
    with the beneficiary bank. Do not repeat the transfer.") and two e-mail debit alerts (ICICI Bank, Axis
    Bank: Amount of transfer / Debited amount, Beneficiary / Transfer to / Credited to (beneficiary),
    Transaction date / Debited on / Date, Account No., Mode of transfer, UTR No. / IMPS ref. No., Balance
    available; Status: Success / Transaction successful - amount debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=6000, high=320000)
    if k == 2:
        j.amount = rupees(rng, 1500, 11000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 9000, 48000)
    elif k == 3:
        j.amount = rupees(rng, 60000, 460000)
    if k in (1, 6):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["ICICI Bank", "Axis Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Your account has been debited", "Funds transfer alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following transfer has been debited from your account.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary", "Transfer to", "Credited to (beneficiary)"]
        amount_labels = ["Amount of transfer", "Debited amount"]
        if sum_first:
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        day_pair(
            p,
            j,
            ["Transaction date", "Debited on", "Date"],
            ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y", "%d-%m-%Y"],
        )
        p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode of transfer", f"{way} (internet banking)", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS ref. No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        p.pair("Balance available", rs(rupees(rng, 90000, 4200000)))
        p.add(
            "left",
            rng.choice(["Status: Success", "Transaction successful - amount debited"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Did not make this transfer? Call the bank's helpline and block your net banking.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 2:
        way = "UPI"
    elif k == 4:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Punjab National Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Bank of Baroda",
        2: "Punjab National Bank",
        4: "The Jaipur Central Co-operative Bank",
        7: "Union Bank of India",
    }.get(k, rng.choice(["Bank of Baroda", "Union Bank of India", "The Jaipur Central Co-operative Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A {d} %B"])), date=j.date)
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%Y", "%d.%m.%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 25000, 2600000)
    if status == "success":
        if bank == "Punjab National Bank":
            p.add("left", f"A/c XX{tail} debited INR {j.amount:.2f}{on}", amount=j.amount, status="success")
            p.add("left", f"thru UPI to {to}.", merchant=to, method=method)
            if ref:
                p.add("left", f"UPI Ref {ref} -PNB", txn=(UTR_RANK, ref))
            ref = None
        elif bank == "Bank of Baroda":
            p.add("left", f"Rs.{j.amount:,.2f} debited from A/c ...{tail}{on}", amount=j.amount)
            p.add("left", f"for {way} to {to}.", merchant=to, method=method)
        elif bank == "Union Bank of India":
            p.add("left", f"A/c *{tail} Debited for Rs:{j.amount:.2f}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"JCCB: Your A/c XX{tail} is debited with Rs {j.amount:,.2f}{on},", amount=j.amount)
            p.add("left", f"{way} transfer to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} of Rs {j.amount:,.2f} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was not completed; amount credited back to your A/c.",
            "pending": "is pending with the beneficiary bank. Do not repeat the transfer.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "Punjab National Bank":
        balance = {
            "Bank of Baroda": f"Avlbl Amt:Rs.{bal:,.2f} - Bank of Baroda",
            "Union Bank of India": f"Avl Bal Rs:{bal:.2f} -Union Bank of India",
        }.get(bank, f"Bal Rs {bal:,.2f} -JCCB")
        p.add("left", balance, status="success")
        p.add(
            "small",
            rng.choice(
                ["Not you? Call your branch or 1800 helpline now", "Bank never asks for your OTP or PIN"]
            ),
        )
    elif status != "success":
        p.add(
            "small",
            {"Bank of Baroda": "- Bank of Baroda", "Union Bank of India": "-Union Bank of India"}.get(
                bank, "-JCCB"
            ),
        )
    return p.done()


compose = compose158

"""The twelve heldout257 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Molakalmuru silk saree weaving house's day in 2026 in Chitradurga district,
Karnataka (Rudrakshi Molakalmuru Silks Pvt Ltd, its handloom weaving hall on Nekarara Beedi, Molakalmuru,
Rudrakshi Kaimagga Shale, where the weavers throw the shuttle on pit looms and jacquard looms for the
rudrakshi, aane (elephant), gini (parrot) and mango borders and the rich zari pallus, the home weavers of
Kondlahalli, Nagasamudra and Devasamudra are paid by the saree, and the design room punches jacquard cards by
the card for other weavers, its twisting and dyeing unit on the Ballari road at Rampura, Rudrakshi Reshme
Banna Ghataka, where the raw silk from Ramanagara is twisted, degummed and dyed, the dyed yarn sold by the
kilo to the weavers' co-operative and the silk waste by weight to a spun silk unit, and its saree house on B.
D. Road, Chitradurga, Rudrakshi Seere Mane, with a stall at the Dasara exhibition in Mysuru), told by the
proofs of payment it receives and makes: buyers' UPI screens and the web shop's PayU and CCAvenue pages, the
Karnataka Handloom Development Corporation's, the Bengaluru, Hubballi, Chennai, Hyderabad and Mumbai saree
houses', a Bengaluru handloom e-shop's and a Mysuru heritage hotel's payment advices, importers' inward wires
from Singapore, Dubai, Kuala Lumpur, Leicester, Sunnyvale, Durban, Salmiya and Zurich in Singapore dollars,
UAE dirhams, ringgit, pounds, US dollars, rand, Kuwaiti dinars and Swiss francs (the raw SWIFT field 33B on
some), its own bills (the saree house's, the weaving hall's wholesale bill and card punching bill, the dyeing
unit's yarn and silk waste bills, the accounts desk's e-mail for a bridal order's advance), the twisted silk,
zari, dye, jacquard and saree box suppliers' tax invoices, the corporate net-banking transfers to the loom
mechanic, the saree house's landlord, the security agency, the chartered accountants, the catalogue studio,
the Dasara stall maker, the water tanker supplier and the carrier, the weavers', twisters', dyers' and
helpers' wage slips, Cashfree payouts and BHIM and PhonePe transfers, Molakalmuru Pattana Panchayat's, the GI
Registry's, the Karnataka State Pollution Control Board's, the Commercial Taxes Department's, ESIC's, the
Department of Labour's, the Transport Department's and Legal Metrology's fee pages, the insurers' premium
receipts, card terminal slips, BESCOM's power and the fibre, postpaid, DTH and cooking gas bills and the
banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills listed on an advice
(their numbers and days), vendor codes, purchase, procurement and PO numbers, GRN and inspection report
numbers, pieces, metres, cards, kilos, marcs, rates, rejection, shortage, penalty and discount cuts, GST-TDS
and TDS, advances, mungada recoveries, weaving defects, GST lines, rupee values on the wires, exchange rates,
intermediary banks, CSB-V numbers and their days, sums insured, turnovers, lives, wages and limits, periods of
insurance, balances, due days, bill days, billing periods, contribution periods, return periods, GSTIN, IFSC,
UETR, the remitter's references, licence, ward, GI, application, PT registration, employer code, registration,
policy, cover note, quote, account, RR, consumer, smart card and mobile numbers, Pehchan cards, loom numbers,
bilty, AWB and e-way bill numbers, merchant and terminal IDs, batch and trace numbers, room, folio, pump and
table numbers, makers and authorisers and the payer's own details carry no fact. ``Job``, ``date_row``,
``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and
``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page``
heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's;
``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``masked`` and ``money`` heldout118's; ``Screen`` heldout113's; ``num`` heldout82's; ``compose``
is heldout158's (as heldout255's)."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
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
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"

COMPANY = "Rudrakshi Molakalmuru Silks Pvt Ltd"
COMPANY_CAPS = "RUDRAKSHI MOLAKALMURU SILKS PVT LTD"
SHORT = "Rudrakshi Silks"
SHED = "Rudrakshi Kaimagga Shale"
DYEHOUSE = "Rudrakshi Reshme Banna Ghataka"
SHOWROOM = "Rudrakshi Seere Mane"
# unit, address, GST state code
UNITS = {
    "shed": (
        "Handloom weaving hall, jacquard design room and home weavers",
        "Nekarara Beedi, Molakalmuru - 577535, Chitradurga district, Karnataka",
        "29",
    ),
    "dye": (
        "Silk twisting, degumming and dyeing unit",
        "Ballari Road, Rampura, Molakalmuru taluk - 577539, Karnataka",
        "29",
    ),
    "showroom": (
        "Molakalmuru silk sarees - retail and bridal orders",
        "B. D. Road, near Gandhi Circle, Chitradurga - 577501, Karnataka",
        "29",
    ),
}
PATS_IN = [
    "%d/%m/%Y",
    "{d}-{m}-%Y",
    "%d.%m.%Y",
    "{d} %b %Y",
    "%d-%b-%Y",
    "%d/%m/%y",
    "{d}.{m}.%y",
    "%d %B %Y",
]
WIRE_PATS = ["%d-%b-%Y", "%d %b %Y", "%d/%m/%Y", "%Y-%m-%d", "{d} %B %Y", "%b {d}, %Y", "%d.%m.%Y", "%d%b%y"]
BANKS = [
    "State Bank of India",
    "Canara Bank",
    "Union Bank of India",
    "Bank of Baroda",
    "Karnataka Bank",
    "ICICI Bank",
    "Kotak Mahindra Bank",
    "HDFC Bank",
    "Axis Bank",
    "Indian Bank",
    "Karnataka Grameena Bank",
    "The Chitradurga District Central Co-operative Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "Union Bank of India": "UBIN",
    "Bank of Baroda": "BARB",
    "Karnataka Bank": "KARB",
    "ICICI Bank": "ICIC",
    "Kotak Mahindra Bank": "KKBK",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Indian Bank": "IDIB",
    "Karnataka Grameena Bank": "PKGB",
    "The Chitradurga District Central Co-operative Bank": "KSCB",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "Canara Bank": "canarabank.bank.in",
    "Union Bank of India": "unionbankofindia.bank.in",
    "Bank of Baroda": "bankofbaroda.bank.in",
    "Karnataka Bank": "karnatakabank.bank.in",
    "ICICI Bank": "icicibank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "HDFC Bank": "hdfcbank.com",
    "Axis Bank": "axisbank.com",
    "Indian Bank": "indianbank.bank.in",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "saree": ("Molakalmuru pure silk saree, rudrakshi border, zari pallu (HSN 5007)", "pc", 8500, 46000, 5),
    "bridal": (
        "Bridal Molakalmuru silk saree - own colours, name woven in the pallu (HSN 5007)",
        "pc",
        26000,
        92000,
        5,
    ),
    "wholesale": ("Molakalmuru silk sarees, assorted borders - wholesale (HSN 5007)", "pc", 6200, 24000, 5),
    "cards": ("Jacquard cards punched to the weaver's design, 240 hooks (SAC 9988)", "card", 3, 8, 5),
    "yarn": ("Dyed mulberry silk yarn, twisted 2-ply, 20/22 denier (HSN 5004)", "kg", 5200, 7600, 5),
    "waste": ("Silk waste - thread ends, loom waste and gum waste (HSN 5003)", "kg", 180, 420, 5),
}
BORDERS = [
    "Rudrakshi border",
    "Aane (elephant) border",
    "Gini (parrot) butta",
    "Mango border, zari pallu",
    "Plain body, temple border",
]


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def letter_day(day: dt.date) -> str:
    """A day as a letter prints it with its weekday: Thursday, 5 March 2026."""
    return when(day, "%A, {d} %B %Y")


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
    return f"AAJ{rng.choice('CF')}R{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def payee_line(p: Screen, label: str, name: str) -> None:
    """The payee after its label on one centred line (Paid at Rudrakshi Silks), or the label small over the
    name where the line would not fit."""
    if fits(p, "center", f"{label} {name}  "):
        p.add("center", f"{label} {name}", merchant=name)
    else:
        p.add("small", label)
        p.add("center", name, merchant=name)


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = [
    "PhonePe",
    "PayU",
    "Google Pay",
    "BHIM",
    "CCAvenue",
    "CRED",
    "Amazon Pay",
    "Navi",
]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Silk stole - gini butta",
        "Blouse piece x2",
        "Kids pavadai silk",
        "Saree fall and pico",
        "Cotton-silk saree",
    ],
    [
        "Molakalmuru saree - rudrakshi",
        "Wedding saree balance",
        "Bridal order advance",
        "2 sarees - aane border",
        "Muhurtha saree",
    ],
)
PAYERS_UPI = [
    "Savitha Hiremath",
    "Mallikarjun Kotrappa",
    "Hotel Durga Residency",
    "Deepa Venkatesh",
    "Rehana Begum",
    "Prakash Gowda Patil",
    "Sri Ranga Textiles, Hiriyur",
    "Kavya Shetty",
]
# the buyer, the saree, the sum (low, high)
PAGE_ORDERS = [
    (
        "Mrs. Lakshmi Narayanan, Besant Nagar, Chennai",
        "Molakalmuru silk saree, rudrakshi border, maroon",
        9800,
        36000,
    ),
    ("Ms. Aparna Kulkarni, Baner, Pune", "Molakalmuru silk saree, gini butta, bottle green", 8600, 29000),
    ("Mr. Rohit Deshpande, Dharwad", "Bridal silk saree, aane border, red and gold", 24000, 68000),
    ("Dr. Sushma Rao, Malleswaram, Bengaluru", "Pair of silk stoles and a blouse piece", 2800, 9600),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UTR No."],
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "BHIM": ["UPI Ref. No.", "RRN"],
    "CRED": ["UTR number", "UPI ref ID"],
    "Amazon Pay": ["UPI Ref. ID", "UTR"],
    "Navi": ["UPI ref. No.", "UTR"],
}
OWN_IDS = {
    "PhonePe": "Transaction ID",
    "Google Pay": "Google transaction ID",
    "BHIM": "BHIM txn ID",
    "CRED": "CRED txn ID",
    "Amazon Pay": "Amazon Pay txn ID",
    "Navi": "Navi txn ref.",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgO{code(rng, 12, MIXED)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
    if app == "BHIM":
        return f"BHM{digits(rng, 17)}"
    if app == "CRED":
        return f"CRD{code(rng, 14, ALNUM)}"
    if app == "Amazon Pay":
        return f"P{rng.randrange(1, 9):02d}-{digits(rng, 7)}-{digits(rng, 7)}"
    return f"NAVI{j.date:%y%m%d}{digits(rng, 10)}"


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The saree house's web shop page on PayU or CCAvenue after a buyer paid (the payee on top with the
    shop's line, the sum large or in a Transaction amount / Amount charged row and the outcome in either
    order, then Billing name / Ship to and Item ordered / Order summary on some, the day under the outcome or
    after the references)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(3)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    if app == "PayU":
        url = "payu.in/transaction/receipt" + ("" if j.no_ref else f"?id={digits(rng, 11)}")
    else:
        url = "secure.ccavenue.com/transaction/receipt" + ("" if j.no_ref else f"/{code(rng, 14, ALNUM)}")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", rng.choice(["Handwoven Molakalmuru silks  |  shop.rudrakshisilks.in", "Order receipt"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Transaction successful - order confirmed",
            "Payment received - your saree ships in 2 days",
            "Success - a receipt is on its way by e-mail",
        ]
    }
    big = rng.random() < 0.5

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Transaction amount", "Amount charged"]), rs(j.amount), amount=j.amount)

    labels = ["Transaction date", "Paid at", "Date/Time"]
    if rng.random() < 0.5:
        sum_row()
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        sum_row()
    day_top = rng.random() < 0.5
    if day_top:
        date_row(p, j, labels, hour=True)
    p.add("rule")
    if rng.random() < 0.7:
        wrap_pair(p, rng.choice(["Billing name", "Ship to"]), who)
        wrap_pair(p, rng.choice(["Item ordered", "Order summary"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI - QR / intent"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:7])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment mode", "Paid via"]), shown, method=way)
    if not j.no_ref:
        if app == "PayU":
            pid = f"2{digits(rng, 10)}"
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            oid = f"RMS{j.date:%y%m%d}{digits(rng, 5)}"
            p.pair("Txn ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"1{digits(rng, 11)}"
            p.pair("Tracking ID", pid, txn=(TXN_RANK, pid))
            oid = f"RS-{j.date:%y}-{digits(rng, 6)}"
            p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UTR" if app == "PayU" else "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code" if app == "PayU" else "Approval code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            p.pair("Bank ref. No." if app == "PayU" else "Bank reference No.", bref, txn=(BANK_RANK, bref))
    if not day_top:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        "Secured by PayU  |  PayU Payments Pvt Ltd" if app == "PayU" else "CCAvenue  |  Infibeam Avenues Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Wedding families, tourists, hotels and shops paying the saree house or the company: six UPI app screens
    (PhonePe, Google Pay, BHIM, CRED, Amazon Pay, Navi) in one of three layouts (the sum large with Paid at
    <payee> on the line under it, the UPI ID under that and the status after; the status and the sum with the
    payee on a row of the details; the payee on top in large letters with its UPI ID, the sum and the status
    under it), the saree house, its capitals, the company's capitals or its short name under Paid at / Payment
    sent to store / Money received by / Credited to, Payment in progress to / Trying to pay on the one
    waiting, Could not pay / Payment not sent to on the failed one; a Registered business name / Bank name of
    payee line under the UPI ID on some; the day and the hour with no label under the status on some, else
    Transaction date & time / Debited on / Initiated on / Tried at first in the details or at their end; Note
    / Message, Payer / Sent from on some, Paid from / Bank account, UTR / UTR No. / UPI transaction ID / UPI
    Ref No. / UPI Ref. No. / RRN / UTR number / UPI ref ID / UPI Ref. ID / UPI ref. No., the app's own
    Transaction ID / Google transaction ID / BHIM txn ID / CRED txn ID / Amazon Pay txn ID / Navi txn ref. on
    some; Payment complete / Sent - the shop has received it / Success - amount credited to merchant /
    Processing - your bank is yet to confirm, do not pay again / Declined - UPI daily limit exceeded) and the
    web shop's two payment pages (PayU, CCAvenue: the saree house or the company on top, the sum large or in a
    Transaction amount / Amount charged row and the outcome in either order, Transaction date / Paid at /
    Date/Time under them or after the references, Billing name / Ship to and Item ordered / Order summary on
    most, Payment mode / Paid via UPI, card or net banking, PayU ID / Tracking ID, Txn ID / Order No., UTR /
    UPI RRN, Auth code / Approval code or Bank ref. No. / Bank reference No.; Transaction successful - order
    confirmed / Payment received - your saree ships in 2 days / Success - a receipt is on its way by
    e-mail)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=900, high=68000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("PayU", "CCAvenue"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["ybl", "okicici", "kbl", "axl", "upi"])
    handle = f"rudrakshisilks{rng.choice(['', '.ctd', '21'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment complete",
            "Sent - the shop has received it",
            "Success - amount credited to merchant",
        ],
        "pending": ["Processing - your bank is yet to confirm, do not pay again"],
        "failed": ["Declined - UPI daily limit exceeded"],
    }
    labels = {
        "success": ["Paid at", "Payment sent to store", "Money received by", "Credited to"],
        "pending": ["Payment in progress to", "Trying to pay"],
        "failed": ["Could not pay", "Payment not sent to"],
    }[status]
    # 0: on the line under the status, 1: first in the details, 2: at the end of the details
    day_at = rng.randrange(3)

    def status_rows() -> None:
        outcome_row(p, status, words)
        if day_at == 0 and not j.no_day:
            hour = hhmm(rng, lower=rng.random() < 0.5)
            text = when(j.date, rng.choice(["%d %b %Y", "{d} %B %Y", "%a, {d} %b %Y"]))
            p.add("small", f"{text}, {hour}", date=j.date)

    def handle_rows() -> None:
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add(
                "small", f"{rng.choice(['Registered business name', 'Bank name of payee'])}: {COMPANY_CAPS}"
            )

    # 0: the sum, Paid at <payee> under it, the status; 1: the status and the sum, the payee in the details;
    # 2: the payee on top in large letters, the sum, the status
    order = {0: 0, 2: 1, 3: 2, 5: 0, 6: 1, 7: 2}[k]
    label = rng.choice(labels)
    if order == 0:
        p.add("big", rs(j.amount), amount=j.amount)
        payee_line(p, label, to)
        handle_rows()
        status_rows()
    elif order == 1:
        status_rows()
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("small", label)
        top(p, to, merchant=to)
        handle_rows()
        p.add("big", rs(j.amount), amount=j.amount)
        status_rows()
    p.add("rule")
    day_labels = (
        ["Transaction date & time", "Debited on"] if status == "success" else ["Initiated on", "Tried at"]
    )
    if day_at == 1:
        date_row(p, j, day_labels, hour=True)
    if order == 1:
        wrap_pair(p, label, to, merchant=to)
        handle_rows()
    p.pair(rng.choice(["Note", "Message"]), rng.choice(SHOP_NOTES[j.amount >= 9000]))
    if rng.random() < 0.55:
        wrap_pair(p, rng.choice(["Payer", "Sent from"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = rng.choice(BANKS[:10])
    wrap_pair(p, rng.choice(["Paid from", "Bank account"]), f"{source} XX{digits(rng, 4)}")
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
        rng.choice(
            [
                "Powered by UPI  |  NPCI",
                "Having trouble? Get help",
                "Share receipt  |  Done",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 2. the corporation, saree houses, a hotel


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Karnataka Handloom Development Corporation Ltd",
        "finance.khdc@karnataka.gov.in",
        "Priyadarshini Handlooms, Head Office, Bengaluru",
        "saree",
        "paper",
    ),
    ("Chickpet Silk Mandir", "accounts@chickpetsilkmandir.in", "Chickpet, Bengaluru", "saree", "mail"),
    ("Durgadbail Saree Centre", "durgadbailsarees@gmail.com", "Durgad Bail, Hubballi", "saree", "paper"),
    (
        "Pondy Bazaar Silk House Pvt Ltd",
        "payables@pondybazaarsilk.in",
        "T. Nagar, Chennai",
        "saree",
        "portal",
    ),
    ("Tattva Weaves Online Pvt Ltd", "vendorpay@tattvaweaves.in", "HSR Layout, Bengaluru", "saree", "portal"),
    ("Abids Wedding Silks LLP", "accounts@abidsweddingsilks.in", "Abids, Hyderabad", "saree", "mail"),
    ("Dadar Silk Emporium", "dadarsilkemporium@gmail.com", "Dadar West, Mumbai", "saree", "paper"),
    (
        "Chamundi Vilas Heritage Hotels Pvt Ltd",
        "ap@chamundivilas.in",
        "Lalitha Mahal Road, Mysuru",
        "yardage",
        "portal",
    ),
]
DEALER_GOODS = {
    "saree": ("pcs", 6200, 24000, 5),
    "yardage": ("m", 1800, 4200, 5),
}
# the larger buyers take TDS u/s 194Q off
TDS_194Q = {
    "Pondy Bazaar Silk House Pvt Ltd",
    "Tattva Weaves Online Pvt Ltd",
    "Chamundi Vilas Heritage Hotels Pvt Ltd",
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Karnataka Handloom Development Corporation (Priyadarshini Handlooms), saree houses in Bengaluru,
    Hubballi, Chennai, Hyderabad and Mumbai, a Bengaluru handloom e-shop paying for the sarees and a Mysuru
    heritage hotel paying for silk brocade yardage by the metre: an e-mail (Respected Sir / Madam, Namaskara
    or Dear Partner, the day written Thursday, 5 March 2026 on some), a printed REMITTANCE ADVICE -
    MOLAKALMURU SILK SAREES / Payment intimation to vendor / VENDOR PAYMENT ADVICE (HANDLOOM SILK) and a
    vendor portal page (the payer on top with its desk line; Vendor code, PO No. and GRN No. (the
    corporation's Procurement order No. and Inspection report No.) first, then Vendor / Paid to vendor /
    Remitted in favour of / Beneficiary (vendor) / Vendor credited the company, at the head of the body or of
    the payment block; the status under the heading or at the end of the payment block; Invoices paid / Bills
    adjusted / Against your bills, the bills with their pieces or metres and sums (of <day> on some), Total
    invoice value / Bills total, Less: TDS u/s 194Q @ 0.1% on the larger buyers', the corporation's Less: TDS
    under GST - CGST @ 1% and Less: TDS under GST - SGST @ 1%, Less: Rejected at inspection - n pcs / Less:
    Shortage in bale - n pcs / Less: Late supply penalty @ 2% / Less: Early payment discount @ 1% on some,
    above or below the payment block: Net paid to vendor / Net amount credited / Net remittance (Payment held
    / Amount held on the hold, Amount returned to us / Bounced back by bank on the return), Paid through /
    Payment mode NEFT / RTGS / IMPS, Vendor bank A/c, UTR / NEFT UTR No. / RTGS UTR / UTR No. (RTGS) / IMPS
    ref. No. / RRN (IMPS), Payment voucher No. / Remittance advice No. / Document No., Paid on / Value date /
    Settled on / Held on / Put on hold on / Returned on / Bank return date; Status: Settled - credited to
    vendor / Paid - funds transferred to your account / Held - zari purity test report awaited / Held -
    yardage under inspection at our stores / Returned - beneficiary account closed)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    buyer, mail, desk, kind, frame = PAYERS[k]
    corp = k == 0
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment sent - Rudrakshi Silks",
                "Remittance details - your invoices",
                f"Vendor payment for {SHORT}",
            ]
            if status == "success"
            else ["Remittance details - your invoices", "About your bills - payment status"],
        )
    elif frame == "portal":
        tail = "advice" if j.no_ref else digits(rng, 9)
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{tail}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    if corp:
        line = f"{desk}  |  Finance and Accounts"
    else:
        line = f"{rng.choice(['Accounts Payable', 'Vendor Payments', 'Accounts'])}, {desk}"
    p.add("small", line)
    p.add(
        "center",
        rng.choice(
            [
                "REMITTANCE ADVICE - MOLAKALMURU SILK SAREES",
                "Payment intimation to vendor",
                "VENDOR PAYMENT ADVICE (HANDLOOM SILK)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", rng.choice(["Respected Sir / Madam,", "Namaskara,", "Dear Partner,"]))
        p.add(
            "left",
            "Please find below the details of our payment against your invoices."
            if status == "success"
            else "We write about the payment against your invoices listed below.",
        )
    words = {
        "success": ["Status: Settled - credited to vendor", "Paid - funds transferred to your account"],
        "pending": ["Held - zari purity test report awaited"],
        "failed": ["Returned - beneficiary account closed"],
    }
    if kind == "yardage":
        words["pending"] = ["Held - yardage under inspection at our stores"]
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if corp:
        p.pair("Procurement order No.", f"KHDC/PROC/{rng.randrange(100, 999)}/{digits(rng, 4)}")
        p.pair("Inspection report No.", f"IR/CTD/{rng.randrange(10, 99)}/{digits(rng, 3)}")
    else:
        p.pair("Vendor code", f"{rng.choice(['V', 'VEN', 'RMS'])}{digits(rng, 5)}")
        p.pair("PO No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.5:
            p.pair("GRN No.", f"GRN{digits(rng, 7)}")
    labels = ["Vendor", "Paid to vendor", "Remitted in favour of", "Beneficiary (vendor)"] + (
        ["Vendor credited"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi, gst = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    dated = rng.random() < 0.5 and not j.no_day
    bill_pat = rng.choice(["%d.%m.%Y", "%d/%m/%y", "{d} %b %Y"])
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(20, 180) if kind == "yardage" else rng.randrange(4, 40)
        each = float(rng.randrange(lo, hi, 50))
        value = round(qty * each * (1 + gst / 100), 2)
        gross += value
        bill = f"RMS/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" of {when(earlier(rng, j, 9, 60), bill_pat)}"
        bills.append((f"{bill}  {qty:,} {unit}", rs(value)))
    gross = round(gross, 2)
    base = gross / (1 + gst / 100)
    tds_rows: list[tuple[str, float]] = []
    if corp:
        half = round(base * 0.01, 2)
        tds_rows = [("Less: TDS under GST - CGST @ 1%", half), ("Less: TDS under GST - SGST @ 1%", half)]
    elif buyer in TDS_194Q:
        tds_rows.append(("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2)))
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25 and kind == "saree":
        bad = rng.randrange(1, 3)
        cut = round(bad * rng.randrange(lo, hi, 50) * (1 + gst / 100), 2)
        cuts.append((f"Less: Rejected at inspection - {bad} {'pc' if bad == 1 else 'pcs'}", rs(cut)))
    elif pick < 0.4 and kind == "saree":
        short = rng.randrange(1, 3)
        cut = round(short * rng.randrange(lo, hi, 50) * (1 + gst / 100), 2)
        cuts.append((f"Less: Shortage in bale - {short} {'pc' if short == 1 else 'pcs'}", rs(cut)))
    elif pick < 0.55:
        cut = round(base * 0.02, 2)
        cuts.append(("Less: Late supply penalty @ 2%", rs(cut)))
    elif pick < 0.7 and not corp:
        cut = round((gross - tds) * 0.01, 2)
        cuts.append(("Less: Early payment discount @ 1%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Invoices paid", "Bills adjusted", "Against your bills"]
                if status == "success"
                else ["Bills adjusted", "Against your bills"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Total invoice value", "Bills total"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment particulars", "Remittance"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net paid to vendor", "Net amount credited", "Net remittance"],
            "pending": ["Payment held", "Amount held"],
            "failed": ["Amount returned to us", "Bounced back by bank"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Paid through", "Payment mode"]), way, method="netbanking")
        wrap_pair(p, "Vendor bank A/c", account(rng, [BANKS[1], BANKS[4], BANKS[10]]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[:9]), way)
                lab = {
                    "IMPS": ["IMPS ref. No.", "RRN (IMPS)"],
                    "RTGS": ["RTGS UTR", "UTR No. (RTGS)"],
                    "NEFT": ["UTR", "NEFT UTR No."],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PV', 'RA', '42'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment voucher No.", "Remittance advice No.", "Document No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_labels = {
            "success": ["Paid on", "Value date", "Settled on"],
            "pending": ["Held on", "Put on hold on"],
            "failed": ["Returned on", "Bank return date"],
        }[status]
        if frame == "mail" and not j.no_day and rng.random() < 0.5:
            wrap_pair(p, rng.choice(day_labels), letter_day(j.date), date=j.date)
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
        p.add("left", f"Thanking you,  Accounts, {buyer}")
    p.add(
        "small",
        "TDS under GST is remitted by the 10th of the next month; Form GSTR-7A follows on the GST portal."
        if corp
        else "Please raise any query on this remittance within 7 days, quoting the advice number.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Little India Silks Pte Ltd", "Serangoon Road, Singapore", "SGD", "DBS Bank Ltd", 2500, 42000),
    ("Karama Silk Palace LLC", "Al Karama, Dubai, UAE", "AED", "Emirates NBD Bank PJSC", 8000, 140000),
    (
        "Brickfields Sari House Sdn Bhd",
        "Jalan Tun Sambanthan, Kuala Lumpur, Malaysia",
        "MYR",
        "Malayan Banking Berhad",
        6000,
        120000,
    ),
    (
        "Belgrave Road Sarees Ltd",
        "Belgrave Road, Leicester, United Kingdom",
        "GBP",
        "Barclays Bank UK PLC",
        1200,
        22000,
    ),
    (
        "Sunnyvale Silk Studio LLC",
        "El Camino Real, Sunnyvale, CA, USA",
        "USD",
        "Bank of America, N.A.",
        1500,
        30000,
    ),
    (
        "Grey Street Textiles (Pty) Ltd",
        "Dr Yusuf Dadoo Street, Durban, South Africa",
        "ZAR",
        "The Standard Bank of South Africa Ltd",
        20000,
        380000,
    ),
    (
        "Salmiya Sari Centre Co. W.L.L.",
        "Salem Al Mubarak Street, Salmiya, Kuwait",
        "KWD",
        "National Bank of Kuwait S.A.K.P.",
        400,
        6500,
    ),
    (
        "Atelier Seide Zurich GmbH",
        "Seefeldstrasse, Zurich, Switzerland",
        "CHF",
        "UBS Switzerland AG",
        1500,
        26000,
    ),
]
WIRE_BANKS = [
    ("Canara Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Union Bank of India", "mail"),
    ("State Bank of India", "browser"),
    ("Karnataka Bank", "paper"),
    ("Kotak Mahindra Bank", "mail"),
    ("Bank of Baroda", "browser"),
    ("HDFC Bank", "paper"),
]
WIRE_RATES = {
    "SGD": (64.2, 68.9),
    "AED": (23.4, 24.9),
    "MYR": (18.6, 20.4),
    "GBP": (110.5, 118.2),
    "USD": (86.4, 90.9),
    "ZAR": (4.6, 5.1),
    "KWD": (281.0, 296.0),
    "CHF": (97.5, 106.0),
}
CUR_NAMES = {
    "SGD": "Singapore dollar",
    "AED": "UAE dirham",
    "MYR": "Malaysian ringgit",
    "GBP": "Pound sterling",
    "USD": "US dollar",
    "ZAR": "South African rand",
    "KWD": "Kuwaiti dinar",
    "CHF": "Swiss franc",
}
INTERMEDIARY = {
    "USD": "Citibank N.A., New York",
    "AED": "Mashreqbank PSC, Dubai",
    "ZAR": "Standard Chartered Bank, Johannesburg",
    "KWD": "Citibank N.A., Kuwait",
    "SGD": "Oversea-Chinese Banking Corporation Ltd, Singapore",
}
SHIPPED = [
    "Molakalmuru pure silk sarees (HSN 5007) - 2 parcels by courier",
    "Handloom silk sarees with zari borders, 18 pcs (HSN 5007)",
    "Silk sarees and blouse pieces - air cargo, 1 carton",
    "Bridal silk sarees for a trunk show, 3 parcels by courier",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; SGD / S$, MYR / RM and AED
    before the sum (AED after it on some); rand with ZAR or R before the sum, spaces between the thousands and
    a decimal comma on some; Kuwaiti dinars with three places (KWD or KD); Swiss francs with CHF before or
    after the sum and an apostrophe between the thousands on some."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur == "ZAR":
        mark = rng.choice(["ZAR ", "R "])
        spaced = mark == "R " or rng.random() < 0.6

        def rand(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",") if spaced else f"{value:,.2f}"
            return f"{mark}{body}"

        return rand
    if cur == "KWD":
        mark = rng.choice(["KWD ", "KD "])

        def dinar(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return dinar
    if cur == "CHF":
        swiss = rng.random() < 0.6
        after = rng.random() < 0.4

        def franc(value: float) -> str:
            body = f"{value:,.2f}".replace(",", "'") if swiss else f"{value:,.2f}"
            return f"{body} CHF" if after else f"CHF {body}"

        return franc
    if cur == "AED" and rng.random() < 0.4:

        def dirham(value: float) -> str:
            return f"{value:,.2f} AED"

        return dirham
    mark = rng.choice({"SGD": ["SGD ", "S$"], "MYR": ["MYR ", "RM "], "AED": ["AED "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def swift_33b(cur: str, value: float) -> str:
    """The raw SWIFT field 33B: the currency and the sum with a decimal comma and no grouping (SGD14750,00;
    three places on dinars, KWD1234,500)."""
    places = 3 if cur == "KWD" else 2
    return f"{cur}{value:.{places}f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Singapore, a Dubai, a Kuala Lumpur, a Leicester, a Sunnyvale, a Durban, a Salmiya and a Zurich shop
    paying for the sarees: the banks' inward remittance advices (browser, e-mail, printed ADVICE OF INWARD
    REMITTANCE - EXPORT PROCEEDS / Inward remittance - credit confirmation / Foreign inward remittance advice
    (FIRA): the bank on top with its trade desk; the status under the heading on some, at the foot on the
    rest; Realisation date / Proceeds received on / Value date / Parked since / Received (parked) on / Sent
    back on / Remitted back on first or after the references; the remitter's block (Remitter / Ordering
    customer (50K) / Remitting customer, Ordering bank (52A) / Remitter's bank, Intermediary bank (56A) on
    some) above or below the beneficiary's (Beneficiary (59) / Credited to (exporter) / Beneficiary name /
    Exporter the company, A/c No., IEC); Foreign currency amount / Amount remitted (FC) / Inward remittance
    amount in Singapore dollars, dirhams, ringgit, pounds, US dollars, rand (spaces between the thousands and
    a decimal comma on some), Kuwaiti dinars (three places) or Swiss francs (apostrophes on some), a Currency
    row naming the currency above it on some, or the raw :33B: Currency / Instructed amount row (SGD14750,00)
    on two credited ones; Charges, Exchange rate applied (Indicative rate on the one parked), Rupee value,
    Less: Bank charges incl. GST and Amount credited (INR) on the credited ones, Purpose code, Goods, Export
    invoice No., CSB-V No. and CSB date, Mode, Remitter's reference (:20:), IRM No. / FIRA No. / Inward ref.
    No., UETR; Realised and credited - IRM reported on the EDPMS / Status: Paid to beneficiary / Parked -
    invoice and purpose declaration awaited from the exporter, not credited / Sent back to the remitting bank
    - account name differs)."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "KWD":
        j.amount = round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo, hi, 5))
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
            f"{bank} Trade Services <trade.services@{slug(bank)}>",
            [
                "Inward remittance - credit confirmation",
                "FIRA - foreign inward remittance advice",
                "Export proceeds received",
            ],
        )
    elif frame == "browser":
        tail = "details" if j.no_ref else code(rng, 12, ALNUM)
        p = browser_page(rng, font, f"trade.{slug(bank)}/inward-remittances/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "International Banking Division, Chitradurga",
                "Trade Finance Operations, Bengaluru",
                "Forex Back Office - Inward Remittances, Mumbai",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF INWARD REMITTANCE - EXPORT PROCEEDS",
                "Inward remittance - credit confirmation",
                "Foreign inward remittance advice (FIRA)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Realised and credited - IRM reported on the EDPMS",
            "Status: Paid to beneficiary",
        ],
        "pending": ["Parked - invoice and purpose declaration awaited from the exporter, not credited"],
        "failed": ["Sent back to the remitting bank - account name differs"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Realisation date", "Proceeds received on", "Value date"],
        "pending": ["Parked since", "Received (parked) on"],
        "failed": ["Sent back on", "Remitted back on"],
    }[status]
    raw = status == "success" and k in (2, 7)
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Remitter", "Ordering customer (50K)", "Remitting customer"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, rng.choice(["Ordering bank (52A)", "Remitter's bank"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary bank (56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Beneficiary (59)", "Credited to (exporter)", "Beneficiary name", "Exporter"])
            if status == "success"
            else rng.choice(["Beneficiary (59)", "Beneficiary name", "Exporter"]),
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
        p.pair(":33B: Currency / Instructed amount", swift_33b(cur, j.amount), amount=j.amount, cur=cur)
    else:
        named = rng.random() < 0.35 or show(1000.0).startswith("R ")
        if named:
            p.pair("Currency", f"{cur} - {CUR_NAMES[cur]}")
        p.pair(
            rng.choice(["Foreign currency amount", "Amount remitted (FC)", "Inward remittance amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        per = f"1 {cur} = INR {rate}"
        p.pair("Exchange rate applied" if status == "success" else "Indicative rate", per)
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("Rupee value", f"INR {num(inr)}")
        chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Bank charges incl. GST", f"INR {num(chg)}")
        p.pair("Amount credited (INR)", num(round(inr - chg, 2)))
    advance = rng.random() < 0.3
    p.pair(
        "Purpose code", "P0103 - advance receipts against exports" if advance else "P0102 - export of goods"
    )
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"RMS/EXP/{rng.randrange(1, 150):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("CSB-V No.", f"{rng.randrange(1000000, 9999999)}")
        p.pair("CSB date", when(earlier(rng, j, 12, 75), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT gpi - MT103"]), method="netbanking")
    p.pair("Remitter's reference (:20:)", f"{code(rng, 3, UPPER)}{digits(rng, 11)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIRA', 'INW'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM No.", "FIRA No.", "Inward ref. No."]), ref, txn=(BANK_RANK, ref))
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
        "Link this IRM to the CSB-V on the EDPMS; the e-BRC follows from the DGFT portal."
        if status == "success"
        else "Write to the trade desk quoting the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. saree house, hall, dyeing unit, accounts


# the party, the way it paid, the unit (showroom, shed, dye, or the accounts desk's mail), the goods
SALES = [
    ("Molakalmuru Nekarara Sahakara Sangha Niyamita", "cash", "dye", "yarn"),
    ("Smt. Shobha Hiremath, Davanagere", "cheque", "showroom", "saree"),
    ("Chickpet Silk Mandir, Bengaluru", "NEFT", "shed", "wholesale"),
    ("Sri. Hanumanthappa K., weaver, Rampura", "UPI", "shed", "cards"),
    ("Ms. Lena Hoffmann, Munich, Germany", "card", "showroom", "saree"),
    ("Channapatna Spun Silk Works", "UPI", "dye", "waste"),
    ("Sri. Basavaraj Patil, Hosapete (wedding order)", "cheque", "showroom", "bridal"),
    ("Mangalya Wedding Planners LLP, Jayanagar, Bengaluru", "NEFT", "mail", "bridal"),
]
SALE_HEADS = {
    "saree": ["SALE BILL - MOLAKALMURU SILK SAREES", "CASH BILL - PURE SILK (ORIGINAL)"],
    "bridal": ["ORDER BILL - BRIDAL SILK SAREE", "WEDDING ORDER - SALE BILL"],
    "wholesale": ["WHOLESALE INVOICE - SAREES BY THE PIECE", "TRADE BILL - MOLAKALMURU SEERE"],
    "cards": ["JACQUARD CARD PUNCHING BILL - BY THE CARD", "DESIGN CARD RASIDI"],
    "yarn": ["DYED SILK YARN BILL - BY THE KG", "RESHME NOOLU MARATA RASIDI"],
    "waste": ["SILK WASTE SALE MEMO - BY WEIGHT", "RESHME TYAJYA MARATA CHEETI"],
}
SEALS = {
    "showroom": ("RUDRAKSHI SEERE MANE", "B. D. ROAD, CHITRADURGA"),
    "shed": ("RUDRAKSHI KAIMAGGA SHALE", "MOLAKALMURU"),
    "dye": ("RUDRAKSHI BANNA GHATAKA", "RAMPURA"),
}
SHADES = [
    "Kumkum red",
    "Parrot green",
    "Peacock blue",
    "Turmeric yellow",
    "Arakku (lac) maroon",
    "Mango yellow",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The saree house's SALE BILL - MOLAKALMURU SILK SAREES / CASH BILL - PURE SILK (ORIGINAL) to a
    Davanagere lady and a German tourist and its ORDER BILL - BRIDAL SILK SAREE / WEDDING ORDER - SALE BILL to
    a Hosapete family, the weaving hall's WHOLESALE INVOICE - SAREES BY THE PIECE / TRADE BILL - MOLAKALMURU
    SEERE to a Chickpet saree house and JACQUARD CARD PUNCHING BILL - BY THE CARD / DESIGN CARD RASIDI to a
    Rampura weaver, the dyeing unit's DYED SILK YARN BILL - BY THE KG / RESHME NOOLU MARATA RASIDI to the
    weavers' co-operative and SILK WASTE SALE MEMO - BY WEIGHT / RESHME TYAJYA MARATA CHEETI to a Channapatna
    spun silk unit (paper: the saree house, the hall, the unit or the company on top with its "A unit of"
    line, address and GSTIN; Sale bill No. / Cash bill No. / Order bill No. / Wholesale invoice No. / Trade
    bill No. / Punching bill No. / Card bill No. / Yarn bill No. / Noolu rasidi No. / Waste memo No. / Tyajya
    cheeti No. and Dinanka / Bill date / Date / Dt. in either order, then Billed to / Customer / Kharidaara
    (buyer) / Weaver / Job for / Society, the sarees by border, pieces, cards, kilos (the shade) or the
    waste's gross and bag weights x rate, Less: Ugadi discount @ 10% / Less: Wedding season discount @ 5% on
    some of the saree house's, CGST and SGST @ 2.5%, Round off, Net bill amount / Total (incl. GST) / Amount
    payable, Amount received in cash / Cash paid / Received by UPI (QR) / UPI payment received / Card payment
    (POS) / Paid by card (POS) / Received through NEFT / NEFT credit received / Cheque amount / Received by
    cheque, the sum in words under it, Payment mode / Paid by, UPI Ref No. / UTR / UTR No. / NEFT ref. /
    Approval code / Auth code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - SAREE
    PACKED IN A CLOTH BAG / PAID - BALE COUNTED AND DISPATCHED / PAID - CARDS PUNCHED AND DELIVERED / PAID -
    YARN WEIGHED AND HANDED OVER / PAID - WASTE WEIGHED AND LIFTED / CHEQUE RECEIVED - SAREES HELD TILL THE
    CHEQUE CLEARS / CHEQUE DISHONOURED - FUNDS INSUFFICIENT, BILL CANCELLED, the rubber stamp, For <unit> -
    Cashier / For <unit> - In-charge, Buyer's signature) and the accounts desk's Mungada (advance) received -
    thank you e-mail to a Bengaluru wedding planner (Advance receipt No. / Mungada rasidi No., Advance
    credited on / Received on, Client / Order from, CGST and SGST, Total order value, Advance received (NEFT)
    / Mungada received with the Balance due at delivery of the saree, UTR No. / NEFT ref.; ADVANCE RECEIVED -
    YOUR WARP GOES ON THE LOOM THIS WEEK)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 0)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", ""))
    name = {"showroom": SHOWROOM, "shed": SHED, "dye": DYEHOUSE, "mail": COMPANY}[unit]
    advance = unit == "mail"
    if advance:
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@rudrakshisilks.in>",
            [
                "Advance received - Rudrakshi Silks, Molakalmuru",
                "Your bridal saree advance has reached us",
                "Mungada rasidi - advance acknowledgement",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Handwoven Molakalmuru silks  |  Accounts desk")
        p.add("center", "Mungada (advance) received - thank you")
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
            "showroom": ["RSM", "CTD"],
            "shed": ["RKS", "MKM"],
            "dye": ["RBG", "RMP"],
            "mail": ["RMS", "ADV"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        labels = {
            "saree": ["Sale bill No.", "Cash bill No."],
            "bridal": ["Advance receipt No.", "Mungada rasidi No."]
            if advance
            else ["Order bill No.", "Sale bill No."],
            "wholesale": ["Wholesale invoice No.", "Trade bill No."],
            "cards": ["Punching bill No.", "Card bill No."],
            "yarn": ["Yarn bill No.", "Noolu rasidi No."],
            "waste": ["Waste memo No.", "Tyajya cheeti No."],
        }[kind]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = (
        ["Advance credited on", "Received on"] if advance else ["Dinanka", "Bill date", "Date", "Dt."]
    )
    if rng.random() < 0.5:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    else:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    party_labels = {
        "bridal": ["Client", "Order from"] if advance else ["Billed to", "Customer"],
        "cards": ["Weaver", "Job for"],
        "yarn": ["Society", "Billed to"],
    }.get(kind, ["Billed to", "Customer", "Kharidaara (buyer)"])
    wrap_pair(p, rng.choice(party_labels), party)
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "wholesale":
        base = 0.0
        for border in rng.sample(BORDERS, rng.randrange(2, 4)):
            qty = rng.randrange(4, 24)
            rate = float(rng.randrange(lo, hi, 100))
            value = round(qty * rate, 2)
            base += value
            p.pair(f"  {border}: {qty} pcs x {rate:,.2f}", rs(value))
        base = round(base, 2)
    elif kind == "cards":
        qty = rng.randrange(1200, 9600, 10)
        rate = rng.choice([3.5, 4.0, 4.5, 5.0, 6.0, 7.5])
        p.pair(
            "  Design", rng.choice(["Rudrakshi border, 2 repeats", "Gini pallu, 4 colours", "Aane border"])
        )
        base = round(qty * rate, 2)
        p.pair(f"  {qty:,} cards x {rate:,.2f}", rs(base))
    elif kind == "yarn":
        qty = round(rng.uniform(3, 24), 1)
        rate = float(rng.randrange(lo, hi, 50))
        p.pair("  Shade", rng.choice(SHADES))
        base = round(qty * rate, 2)
        p.pair(f"  {qty:g} kg x {rate:,.2f}", rs(base))
    elif kind == "waste":
        gross_wt = round(rng.uniform(40, 220), 1)
        bags = round(rng.choice([0.6, 0.8, 1.2, 1.6]), 1)
        qty = round(gross_wt - bags, 1)
        rate = float(rng.randrange(lo, hi, 10))
        p.pair("  Gross weight / bags", f"{gross_wt:g} kg / {bags:g} kg")
        base = round(qty * rate, 2)
        p.pair(f"  Net {qty:g} kg x {rate:,.2f}", rs(base))
    else:
        qty = rng.randrange(1, 4) if kind == "saree" else rng.randrange(1, 3)
        rate = float(rng.randrange(lo, hi, 100))
        base = round(qty * rate, 2)
        many = f"{qty} {per}" if qty == 1 else f"{qty} {per}s"
        p.pair(f"  {many} x {rate:,.2f}", rs(base))
        if unit == "showroom" and (k == 4 or rng.random() < 0.5):
            label, share = rng.choice(
                [("Less: Ugadi discount @ 10%", 0.1), ("Less: Wedding season discount @ 5%", 0.05)]
            )
            off = round(base * share, 2)
            p.pair(label, rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, False)
    p.pair(
        rng.choice(
            ["Total order value"] if advance else ["Net bill amount", "Total (incl. GST)", "Amount payable"]
        ),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Received by cheque"])
    elif advance:
        lab = rng.choice(["Advance received (NEFT)", "Mungada received"])
    else:
        lab = {
            "cash": rng.choice(["Amount received in cash", "Cash paid"]),
            "UPI": rng.choice(["Received by UPI (QR)", "UPI payment received"]),
            "card": rng.choice(["Card payment (POS)", "Paid by card (POS)"]),
            "NEFT": rng.choice(["Received through NEFT", "NEFT credit received"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance due at delivery of the saree", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Payment mode", "Paid by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card (POS)", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -5, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:9]), "NEFT")
        p.pair(rng.choice(["UTR No.", "NEFT ref."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'Maestro'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - YOUR WARP GOES ON THE LOOM THIS WEEK"]
    else:
        words.append(
            {
                "saree": "PAID - SAREE PACKED IN A CLOTH BAG",
                "wholesale": "PAID - BALE COUNTED AND DISPATCHED",
                "cards": "PAID - CARDS PUNCHED AND DELIVERED",
                "yarn": "PAID - YARN WEIGHED AND HANDED OVER",
                "waste": "PAID - WASTE WEIGHED AND LIFTED",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - SAREES HELD TILL THE CHEQUE CLEARS",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT, BILL CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "bridal": "The balance falls due when the saree is off the loom and shown to the bride's family."
            if advance
            else "The saree is handed over once the cheque clears. Weaving takes 3 to 4 weeks.",
            "wholesale": "Goods go at the buyer's risk. Claims for shortage within 7 days of receipt.",
            "cards": "Cards punched from the weaver's own design paper. Keep the cards dry and in order.",
            "yarn": "Shades vary a little from lot to lot. Weighed before the buyer on a stamped scale.",
            "waste": "Weighed on the unit's stamped platform scale before the buyer; lifted at his cost.",
        }.get(
            kind,
            "Pure silk and zari, handwoven at Molakalmuru. Dry clean only. No returns once sold.",
        ),
    )
    if not advance:
        right(p, rng.choice([f"For {name} - Cashier", f"For {name} - In-charge"]))
        p.add("left", "Buyer's signature")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. silk, zari, dyes, jacquard, boxes


SUPPLIERS = [
    (
        "Ramanagara Silk Twisters",
        "Twisted mulberry silk yarn for warp and weft - 2-ply and 3-ply",
        "Cocoon Market Road, Ramanagara - 562159, Karnataka",
        "29",
        "RST",
    ),
    (
        "Surat Jari Kasab Udyog",
        "Half-fine and tested zari, kasab and metallic threads",
        "Gopipura Main Road, Surat - 395001, Gujarat",
        "24",
        "SJK",
    ),
    (
        "Vatva Acid Dyes & Chemicals",
        "Acid dyes for silk, levelling agents and degumming soap",
        "Phase II, GIDC Vatva, Ahmedabad - 382445, Gujarat",
        "24",
        "VAD",
    ),
    (
        "Peenya Jacquard & Loom Stores",
        "Jacquard machines, hooks, harness cords, shuttles and reeds",
        "II Stage, Peenya Industrial Area, Bengaluru - 560058, Karnataka",
        "29",
        "PJL",
    ),
    (
        "Davanagere Saree Box Works",
        "Printed saree boxes, butter paper and cloth bags",
        "P. B. Road, Davanagere - 577002, Karnataka",
        "29",
        "DSB",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "RST": [
        ("Twisted silk yarn 20/22 d, 2-ply, warp - raw white", "5004", "kg", 4300, 5400, 5, 20, 160),
        ("Twisted silk yarn 3-ply, weft - raw white", "5004", "kg", 4100, 5200, 5, 15, 120),
    ],
    "SJK": [
        ("Half-fine zari, gold colour, 242 g per marc", "5605", "marc", 1400, 2600, 5, 20, 200),
        ("Tested zari, silver with gold polish", "5605", "marc", 6800, 9800, 5, 4, 40),
    ],
    "VAD": [
        ("Acid dye - rhodamine red, 25 kg drum", "3204", "kg", 780, 1450, 18, 25, 150),
        ("Degumming soap, Marseilles type", "3401", "kg", 140, 260, 18, 50, 400),
    ],
    "PJL": [
        ("Jacquard hooks and needles set, 240 hooks", "8448", "sets", 5200, 8600, 18, 2, 12),
        ("Fly shuttle, hardwood with steel tips", "8448", "pcs", 650, 1200, 18, 10, 60),
    ],
    "DSB": [
        ("Printed saree box with lid, 15 x 11 x 2 in", "4819", "pcs", 38, 75, 5, 300, 2400),
        ("Cotton cloth bag with zip, printed", "6305", "pcs", 45, 90, 5, 200, 1500),
    ],
}
SUPPLY_STAMPS = {
    "RST": "RAMANAGARA SILK TWISTERS",
    "SJK": "SURAT JARI KASAB",
    "VAD": "VATVA ACID DYES",
    "PJL": "PEENYA JACQUARD",
    "DSB": "DAVANAGERE BOX WORKS",
}
SUPPLY_ORDER = [1, 3, 0, 4, 2, 1, 0, 3]
SUPPLY_WAYS = ["RTGS", "NEFT", "-", "UPI", "NEFT", "-", "RTGS", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Ramanagara silk twister, the Surat zari maker, the Ahmedabad dye maker, the Peenya jacquard stores
    and the Davanagere saree box maker billing the company (paper: the supplier on top, its line, address and
    GSTIN; TAX INVOICE - ORIGINAL FOR RECIPIENT / INVOICE CUM PAYMENT RECEIPT / GST TAX INVOICE, Tax invoice
    No. / Inv. No. / Invoice No. and Inv. date / Date of invoice / Invoice date in either order, or the number
    and the day on one Inv. No. / Date row (SJK/26-27/0412 of 14-10-2026) on some, Billed to / Details of
    recipient / Buyer the company, Consignee / Shipped to the weaving hall, the dyeing unit or the saree
    house, Place of supply, E-way bill No., Transporter and Bilty No. from Gujarat or Courier and AWB No., PO
    ref., the yarn, zari, dyes, soap, jacquard parts, shuttles, boxes or bags with HSN, kg, marcs, sets or pcs
    x rate, Taxable value / Assessable value, CGST and SGST within Karnataka or IGST from Gujarat (with their
    rates on some), Round off, Invoice total / Total invoice value, Less: Advance remitted with PO and Balance
    received by NEFT / RTGS on some, Less: TDS u/s 194Q withheld by buyer and Net amount received - NEFT /
    RTGS on some, else Received by NEFT / RTGS / Payment received through UPI / Received via UPI, with UTR /
    NEFT UTR / RTGS UTR / UPI Ref No. / UPI RRN, or Cheque amount / Paid by cheque with Cheque No.; PAYMENT
    RECEIVED - ACCOUNT SETTLED / FULLY PAID / NIL BALANCE / RECEIVED VIA NEFT / RTGS / UPI / CHEQUE DEPOSITED
    - CREDIT SUBJECT TO CLEARANCE / CHEQUE BOUNCED - SIGNATURE MISMATCH, AMOUNT STILL DUE, in the supplier's
    rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
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
        ["TAX INVOICE - ORIGINAL FOR RECIPIENT", "INVOICE CUM PAYMENT RECEIPT", "GST TAX INVOICE"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        wrap_pair(p, "Inv. No. / Date", f"{inv} of {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Tax invoice No.", "Inv. No.", "Invoice No."]), inv, txn=(INVOICE_RANK, inv)
                )

        day_labels = ["Inv. date", "Date of invoice", "Invoice date"]
        if rng.random() < 0.5:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
        else:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
    ours_to(p, ["Billed to", "Details of recipient", "Buyer"])
    deliver = {
        "RST": f"{DYEHOUSE}, Rampura",
        "SJK": f"{SHED}, Molakalmuru",
        "VAD": f"{DYEHOUSE}, Rampura",
        "PJL": f"{SHED}, Molakalmuru",
        "DSB": f"{SHOWROOM}, B. D. Road, Chitradurga",
    }[tag]
    wrap_pair(p, rng.choice(["Consignee", "Shipped to"]), deliver)
    p.pair("Place of supply", "Karnataka (29)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if state == "24":
        wrap_pair(
            p,
            "Transporter",
            rng.choice(["Shree Maruti Roadlines", "Gujarat Karnataka Transport Co.", "Patel Parcel Service"]),
        )
        p.pair("Bilty No.", f"{rng.choice(['SMR', 'GKT', 'PPS'])}/{digits(rng, 6)}")
    else:
        wrap_pair(p, "Courier", rng.choice(["Professional Couriers", "DTDC Express", "Shree Anjani Courier"]))
        p.pair("AWB No.", f"{rng.choice(['P', 'D', 'A'])}{digits(rng, 10)}")
    p.pair("PO ref.", f"RMS/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    tax_total = 0.0
    items = SUPPLY_ITEMS[tag]
    inter = state != "29"
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
    p.pair(rng.choice(["Invoice total", "Total invoice value"]), rs(total))
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
        p.pair("Less: Advance remitted with PO", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q withheld by buyer", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque amount", "Paid by cheque"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:5])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif tds:
            lab = f"Net amount received - {way}"
        elif way == "UPI":
            lab = rng.choice(["Payment received through UPI", "Received via UPI"])
        else:
            lab = f"Received by {way}"
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:7]), way)
                p.pair(rng.choice(["UTR", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAYMENT RECEIVED - ACCOUNT SETTLED", "FULLY PAID", "NIL BALANCE", f"RECEIVED VIA {way}"]
        ),
        "pending": "CHEQUE DEPOSITED - CREDIT SUBJECT TO CLEARANCE",
        "failed": "CHEQUE BOUNCED - SIGNATURE MISMATCH, AMOUNT STILL DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Interest @ 18% p.a. on bills unpaid after 30 days. Subject to {town} courts only.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, SUPPLY_STAMPS[tag], "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Rampura Loom Works", "Pit loom repair and new jacquard harness - 6 looms", 12000, 56000),
    ("Sri. H. Thippeswamy", "Saree house rent - B. D. Road, Chitradurga", 32000, 78000),
    ("Durga Security Services", "Watch and ward - hall, dye unit and saree house", 24000, 62000),
    ("Kotresh & Nagaraj, Chartered Accountants", "GST annual return and tax audit fee", 35000, 95000),
    ("Lens & Loom Studio, Bengaluru", "Catalogue shoot - 140 sarees, model and studio", 28000, 120000),
    ("Dasara Exhibition Stall Makers", "Stall at the Dasara exhibition, Mysuru - 60 days", 60000, 240000),
    ("Hagari Water Tankers", "Soft water for the dye vats - 42 tankers", 14000, 52000),
    ("Vedavathi Roadlines", "Freight - saree bales to Chennai and Hyderabad", 16000, 68000),
]
CORP_PORTALS = [
    ("ICICI Bank Corporate Internet Banking", "ICICI Bank", "cib.icicibank.com/corp/payments/txn-status"),
    ("Kotak Fyn", "Kotak Mahindra Bank", "fyn.kotak.com/payments/transaction/view"),
    ("Baroda Connect - Corporate", "Bank of Baroda", "connect.bankofbaroda.bank.in/corp/ft/status"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the loom mechanic, the saree house's landlord, the security agency, the chartered
    accountants, the catalogue studio, the Dasara stall maker, the water tanker supplier and the carrier:
    corporate net banking's transfer pages (ICICI Bank Corporate Internet Banking, Kotak Fyn, Baroda Connect -
    Corporate: the portal on top and the bank's line, Transaction receipt / Payment summary; three layouts: a
    From block (Debit account, Corporate ID) and a To block (Payee / Beneficiary A/c name / Credit to /
    Receiver name, Payee alias on some, Account No. and IFSC), then the sum, the day and the status at the
    foot; the status and the sum on top, the references, the payee and the debit rows with the day; a
    Transaction summary list with the references first, then the day, the payee, the sum, the mode and the
    status last: Value date / Transaction date / Initiated on / Created on / Failed on / Credited back on;
    Successful - credited to beneficiary / Status: Completed - UTR generated / Awaiting approval - pending
    with authoriser 2 / Failed - account dormant at beneficiary bank, amount credited back; UTR / NEFT UTR /
    RTGS UTR / IMPS RRN and Core banking ref. / Host ref. No., Debit amount / Amount (INR) / Transaction
    amount, Payment product NEFT / RTGS / IMPS, Remarks, Maker / Checker, Account balance now on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(1,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?ref={digits(rng, 12)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small",
        f"{bank}  |  {rng.choice(['Funds transfer', 'Payments - single', 'Transaction enquiry'])}",
    )
    p.add("center", rng.choice(["Transaction receipt", "Payment summary"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Successful - credited to beneficiary", "Status: Completed - UTR generated"],
        "pending": ["Awaiting approval - pending with authoriser 2"],
        "failed": ["Failed - account dormant at beneficiary bank, amount credited back"],
    }
    day_labels = {
        "success": ["Value date", "Transaction date"],
        "pending": ["Initiated on", "Created on"],
        "failed": ["Failed on", "Credited back on"],
    }[status]
    hour = rng.random() < 0.5
    who = who.upper() if rng.random() < 0.4 else who
    payee_labels = ["Payee", "Beneficiary A/c name", "Credit to", "Receiver name"]
    if status != "success":
        payee_labels = ["Payee", "Beneficiary A/c name", "Receiver name"]
    amount_labels = ["Debit amount", "Amount (INR)", "Transaction amount"]
    if status != "success":
        amount_labels = ["Amount (INR)", "Transaction amount"]
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
        tr = f"{IFSC[bank][:2]}{rng.choice('HC')}{digits(rng, 12)}"
        p.pair(rng.choice(["Core banking ref.", "Host ref. No."]), tr, txn=(BANK_RANK, tr))

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        if rng.random() < 0.5:
            p.pair("Payee alias", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "CTD")
        ben = rng.choice(BANKS[:11])
        p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")

    def debit_rows() -> None:
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Corporate ID", f"RMSPL{digits(rng, 4)}")

    def tail_rows() -> None:
        p.pair("Payment product", way, method="netbanking")
        wrap_pair(p, "Remarks", note)
        p.pair("Maker / Checker", f"RMS.ACCTS / {'-' if status == 'pending' else 'RMS.DIR1'}")

    layout = rng.randrange(3)
    if layout == 0:
        p.add("left", "From")
        debit_rows()
        p.add("left", "To")
        payee_rows()
        p.add("rule")
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        tail_rows()
        refs()
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
    elif layout == 1:
        outcome_row(p, status, words)
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        p.add("rule")
        refs()
        payee_rows()
        debit_rows()
        date_row(p, j, day_labels, hour=hour)
        tail_rows()
        if status == "success" and rng.random() < 0.5:
            p.pair("Account balance now", rs(rupees(rng, 150000, 5200000)))
    else:
        p.add("left", "Transaction summary")
        refs()
        date_row(p, j, day_labels, hour=hour)
        payee_rows()
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        debit_rows()
        tail_rows()
        p.add("rule")
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "A failed transfer's debit is credited back to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers, twisters, dyers, helpers


# payee, role, village, kind
WORKERS = [
    ("Thippamma K.", "Weaver - rudrakshi border, pit loom", "Molakalmuru", "weaver"),
    ("Obalesh N.", "Twister - warp yarn, 2-ply", "Rampura", "twist"),
    ("Gangamma Hanumanthappa", "Weaver - gini pallu, jacquard loom", "Nagasamudra", "weaver"),
    ("Manjunatha B.", "Warp street-sizing helper", "Molakalmuru", "warp"),
    ("Shivanna Dyavappa", "Weaver - aane border, home loom", "Kondlahalli", "weaver"),
    ("Lakshmidevi R.", "Dyer's helper - degumming and dyeing", "Rampura", "dye"),
    ("Yallappa Thimmanna", "Weaver - plain body, temple border, home loom", "Devasamudra", "weaver"),
    ("Ravi Kumar S.", "Jacquard card punching helper", "Molakalmuru", "cards"),
]
WORK_FRAMES = ["paper", "payout", "paper", "bhim", "paper", "payout", "paper", "phonepe"]
# slip headings, payee labels, the line, rate (low, high), count (low, high), net labels, additions, the cut
WEAVING = (
    ["NEKARARA KOOLI CHEETI - PRATI SEERE", "WEAVING WAGES - PER SAREE (KAIMAGGA SHALE)"],
    ["Nekarara hesaru", "Wages paid to weaver"],
    "Sarees woven: {q} x {rate}",
    (1800, 5200),
    (1, 5),
    ["Net kooli paid", "Amount paid to weaver"],
    ["Add: Rich zari pallu extra", "Add: Double-side border extra"],
    "Less: Weaving defect (float) - {n} @ {per}",
)


def payout_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Cashfree Payments' payout page (Cashfree Payments on top and the company's payouts line under it; the
    payee above the sum and the status or under them)."""
    j.amount = rupees(rng, 2400, 26000, 0.6)
    ref_id = f"{rng.randrange(1, 9)}{digits(rng, 8)}"
    p = browser_page(
        rng, font, "merchant.cashfree.com/payouts/transfers" + ("" if j.no_ref else f"/{ref_id}")
    )
    p.part = "head"
    top(p, "Cashfree Payments")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Transfer successful - credited to beneficiary",
            "SUCCESS - UTR received from bank",
        ],
        "pending": ["Pending - awaiting response from the beneficiary bank"],
        "failed": ["Reversed - beneficiary bank declined, amount added back to your balance"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Beneficiary name", "Paid to beneficiary"]), who, merchant=who)
        p.pair("Beneficiary ID", f"{who.split()[0].upper()}_{kind.upper()}_{digits(rng, 3)}")

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
        p.pair("Bank account", f"{rng.choice(BANKS[:5] + BANKS[10:11])} XXXX{digits(rng, 4)}")
    else:
        p.pair("UPI ID", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@ybl")
    p.pair(rng.choice(["Transfer mode", "Mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Remarks",
        rng.choice(["Twisting wages - 38 kg warp", "Twisting kooli - fortnight"])
        if kind == "twist"
        else rng.choice(["Dyeing helper - 12 days", "Degumming and dyeing kooli"]),
    )
    if not j.no_ref:
        p.pair("Reference ID", ref_id, txn=(TXN_RANK, ref_id))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        tid = f"RMS_{kind.upper()}_{digits(rng, 6)}"
        p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Transfer date"],
            "pending": ["Initiated on", "Queued at"],
            "failed": ["Reversed on", "Failed on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary's bank has returned a UTR for this transfer.",
            "pending": "The status changes here once the beneficiary's bank responds. Do not transfer again.",
            "failed": "A reversed transfer's amount is back in the payouts balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its weavers by the saree on paper, its twister and dyer's helper through Cashfree
    payouts and its warp helper and card punching helper by BHIM and PhonePe: its printed NEKARARA KOOLI
    CHEETI - PRATI SEERE / WEAVING WAGES - PER SAREE (KAIMAGGA SHALE) (the company on top with the hall's
    line, Nekarara hesaru / Wages paid to weaver, Design / border, Village, Loom No., Pehchan card No. (no
    fact), Kooli cheeti No. / Wage voucher No., Dinanka / Paid on / Date of payment, the sarees x rate, Add:
    Rich zari pallu extra / Add: Double-side border extra, Gross kooli / Total wages earned, Less: Weaving
    defect (float) - n @ rate / Less: Mungada (advance) recovered, Net kooli paid / Amount paid to weaver,
    Paid by / Mode Cash / UPI / IMPS, UPI Ref. No. / IMPS RRN; PAID / PAID IN CASH / PAID - SAREE TAKEN OFF
    THE LOOM / PAID - ENTERED IN KOOLI REGISTER, the weaver's signature or thumb), Cashfree payout pages for
    the twister and the dyer's helper (Cashfree Payments on top and Payouts | the company under it, the payee
    above the sum and the status or under them, Beneficiary name / Paid to beneficiary, Beneficiary ID, Bank
    account / UPI ID, Transfer mode / Mode, Remarks, Reference ID, UTR / Bank UTR, Transfer ID, Processed on /
    Transfer date / Initiated on / Queued at / Reversed on / Failed on; Transfer successful - credited to
    beneficiary / SUCCESS - UTR received from bank / Pending - awaiting response from the beneficiary bank /
    Reversed - beneficiary bank declined, amount added back to your balance), a BHIM and a PhonePe screen
    paying the helpers (Money sent to / Transfer to above the sum or under the status; Money sent / Transfer
    successful / Pending - awaiting confirmation from the receiver's bank; Sent on / Date & time / Initiated
    on; UPI Ref. No. / UTR and BHIM txn ID / Transaction ID)."""
    k = place("worker_pay")
    status = outcome(k, failed=(1,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=1800, high=26000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        return payout_page(rng, font, j, status, who, kind, rs)
    if frame in ("bhim", "phonepe"):
        j.amount = rupees(rng, 1500, 12000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "BHIM" if frame == "bhim" else "PhonePe")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        label = rng.choice(["Money sent to", "Transfer to"])
        if pay_first:
            p.add("small", label)
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Money sent", "Transfer successful"],
                "pending": ["Pending - awaiting confirmation from the receiver's bank"],
            },
        )
        if not pay_first:
            p.add("small", label)
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['upi', 'ybl', 'ibl', 'kbl'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(
            p,
            j,
            ["Sent on", "Date & time"] if status == "success" else ["Initiated on"],
            hour=True,
        )
        p.pair(
            rng.choice(["Message", "Note"]),
            rng.choice(["Sizing helper - 6 days", "Warp sizing kooli", "Card punching - 2,400 cards"])
            if kind == "warp" or rng.random() < 0.5
            else "Helper kooli",
        )
        p.pair(
            rng.choice(["From", "Debited from"]),
            f"{rng.choice(['Karnataka Bank', 'Canara Bank', 'State Bank of India'])} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "bhim":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"BHM{digits(rng, 17)}"
                wrap_pair(p, "BHIM txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        if status == "pending":
            p.add("small", "Do not send again. The status updates once the receiver's bank confirms.")
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets, adds, spoilt = WEAVING
    where = UNITS["shed"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{SHED} - {'home looms' if 'home' in role else 'weaving hall'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Design / border", role.split(" - ")[1])
    p.pair("Village", village)
    p.pair("Loom No.", f"{rng.choice(['PL', 'JL', 'HL'])}-{rng.randrange(1, 40):02d}")
    p.pair("Pehchan card No.", f"KA{rng.randrange(10, 99)}{digits(rng, 6)}")
    if not j.no_ref:
        vno = f"NK/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Kooli cheeti No.", "Wage voucher No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Dinanka", "Paid on", "Date of payment"], PATS_IN)
    rate = float(round(rng.randrange(rlo, rhi + 1), -1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([300, 450, 600, 800]))
        p.pair(rng.choice(adds), rs(extra))
        gross += extra
    p.pair(rng.choice(["Gross kooli", "Total wages earned"]), rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        bad = 1
        per = round(rate * 0.1, 2)
        cut = round(bad * per, 2)
        p.pair(spoilt.format(n=bad, per=f"{per:,.2f}"), rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 2000]))
        p.pair("Less: Mungada (advance) recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        rng.choice(["Paid by", "Mode"]), way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way]
    )
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - ENTERED IN KOOLI REGISTER", "PAID - SAREE TAKEN OFF THE LOOM"]
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Nekarara sahi / hebbettu (signature / thumb)", "Signature or thumb of the weaver"]))
    return p.done()


# ---------------------------------------------------------------- 8. the Pattana Panchayat, the GI Registry


FEE_FRAMES = ["panchayat", "gi", "kspcb", "ptax", "esic", "labour", "vahan", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Molakalmuru silk house, its weaving hall, its dyeing unit and its saree house:
    Molakalmuru Pattana Panchayat's trade licence page (the Panchayat on top and the Municipal Administration
    line, Trade licence No., Trade name, Ward No., Nature of trade, Trade licence fee 2026-27, Solid waste
    management charges and Late renewal fine on some, Total amount paid / Net amount, Transaction ref. No.,
    Bank ref. No., Receipt No.), the Geographical Indications Registry's fee for the weavers' authorised user
    applications under the Molakalmuru Sarees GI (Form GI-3A - n weavers @ 500, Name of applicant, GI No.,
    Class, Total fee / Fee paid, Payment ref. No., CBR No.), the Karnataka State Pollution Control Board's
    consent renewal for the dyeing unit (Name of industry, Category, Application No., CFO renewal fee - Water
    Act, CFO renewal fee - Air Act, Total consent fee / Amount remitted, Transaction No., Bank ref. No.), the
    Commercial Taxes Department's profession tax (Name of employer, PT registration No., Return period,
    Profession tax deducted - salaries, Enrolment certificate tax 2026-27, Challan amount / Total challan
    value, Challan ref. No.; Pending - awaiting confirmation from the bank, do not pay again, Challan
    generated on / Payment initiated on), ESIC's monthly contribution (Employer code, Employer name,
    Contribution period, Employees, Employer's contribution @ 3.25%, Employees' contribution @ 0.75%, Total
    contribution / Amount to be paid, Transaction No., Challan No.; Failed - contribution not received by
    ESIC, still due, Attempted on / Transaction date), the Department of Labour's registration renewal for the
    saree house under the Karnataka Shops and Commercial Establishments Act (Name of establishment,
    Registration No., Number of employees, Renewal fee, Late fee on some, Total fee remitted / Fee paid,
    Transaction ID, Receipt No.), the Transport Department's tax on the delivery pickup (Registration No.,
    Owner name, Vehicle class, Tax - goods carriage, one quarter, Cess, Total tax paid / Tax remitted,
    Transaction No., Bank ref. No., Receipt No.) and Legal Metrology's verification of the dyeing unit's and
    the saree house's scales (Name of the user, Verification fee - platform scale (300 kg), Verification fee -
    electronic counter scale (30 kg), Late fee on some, Total fee / Fee remitted, Transaction ID, Receipt
    No.); the status under the authority's line or at the foot: Payment successful - e-receipt ready / Paid -
    the bank has confirmed the payment / Success - credited to the Government account; Mode of payment / Paid
    through (the profession tax and ESIC by net banking only), Payment date / Date of payment / Paid on / Date
    of remittance; the references before the heads on some."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame in ("ptax", "esic"):
        way = "Net banking"
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "{d}/{m}/%Y"]
    words = {
        "success": [
            "Payment successful - e-receipt ready",
            "Paid - the bank has confirmed the payment",
            "Success - credited to the Government account",
        ]
    }
    day_labels = ["Payment date", "Date of payment", "Paid on", "Date of remittance"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "panchayat":
        url = "molakalmurutown.mrc.gov.in/tradelicence/receipt" + ("" if j.no_ref else f"/{digits(rng, 9)}")
        name = rng.choice(
            [
                "Molakalmuru Pattana Panchayat",
                "MOLAKALMURU PATTANA PANCHAYAT",
                "Pattana Panchayat, Molakalmuru",
            ]
        )
        line = "Directorate of Municipal Administration, Karnataka  |  Trade licence"
    elif frame == "gi":
        url = "search.ipindia.gov.in/GIR/payment/receipt"
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY"])
        line = "Intellectual Property India, Chennai  |  Authorised user - Molakalmuru Sarees"
    elif frame == "kspcb":
        url = "xgn.kspcb.karnataka.gov.in/consent/payment" + ("" if j.no_ref else f"/{digits(rng, 8)}")
        name = rng.choice(
            ["Karnataka State Pollution Control Board", "KARNATAKA STATE POLLUTION CONTROL BOARD"]
        )
        line = "Online consent management  |  Consent for operation - renewal"
    elif frame == "ptax":
        url = "pt.kar.nic.in/echallan/status"
        name = rng.choice(
            ["Commercial Taxes Department, Government of Karnataka", "Commercial Taxes Department, Karnataka"]
        )
        line = "Professional tax - e-payment  |  Khajane-II challan"
    elif frame == "esic":
        url = "www.esic.gov.in/esicportal/employer/challan/receipt"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
    elif frame == "labour":
        url = "ekarmika.karnataka.gov.in/shops-establishments/renewal/receipt"
        name = rng.choice(["Department of Labour, Government of Karnataka", "Labour Department, Karnataka"])
        line = "Karnataka Shops and Commercial Establishments Act, 1961  |  Renewal of registration"
    elif frame == "vahan":
        url = "vahan.parivahan.gov.in/vahanservice/tax/receipt"
        name = rng.choice(
            ["Transport Department, Government of Karnataka", "Transport Department, Karnataka"]
        )
        line = "Vahan - Ministry of Road Transport & Highways  |  Tax payment"
    else:
        url = "legalmetrology.karnataka.gov.in/verification/payment/receipt"
        name = rng.choice(["Legal Metrology Department, Karnataka", "LEGAL METROLOGY DEPARTMENT, KARNATAKA"])
        line = "Verification and stamping of weighing instruments  |  Chitradurga"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("ptax", "esic")
    if frame == "panchayat":
        p.pair("Trade licence No.", f"MPP/TL/{digits(rng, 5)}")
        wrap_pair(p, "Trade name", f"{SHED} ({firm})")
        p.pair("Ward No.", str(rng.randrange(1, 17)))
        wrap_pair(p, "Nature of trade", "Handloom silk sarees - weaving and sale")
        heads = [("Trade licence fee 2026-27", float(rng.choice([1500, 2500, 3500, 5000])))]
        if rng.random() < 0.5:
            heads.append(("Solid waste management charges", float(rng.choice([360, 600, 1200]))))
        if rng.random() < 0.4:
            heads.append(("Late renewal fine", float(rng.choice([100, 250, 500]))))
        labels = ["Total amount paid", "Net amount"]
        refs = [
            ("Transaction ref. No.", TXN_RANK, f"MPP{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"MPP/R/{digits(rng, 6)}"),
        ]
    elif frame == "gi":
        n = rng.randrange(8, 40)
        wrap_pair(p, "Name of applicant", f"{firm} - for {n} weavers of Molakalmuru")
        p.pair("GI No.", str(rng.choice([61, 67, 73])))
        p.pair("Class", "24 - textiles (silk sarees)")
        heads = [(f"Form GI-3A - {n} weavers @ 500", float(n * 500))]
        labels = ["Total fee", "Fee paid"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"GIR{digits(rng, 12)}"),
            ("CBR No.", INVOICE_RANK, str(rng.randrange(10000, 99999))),
        ]
    elif frame == "kspcb":
        wrap_pair(p, "Name of industry", f"{DYEHOUSE} ({firm})")
        p.pair("Category", "Orange - small (silk dyeing)")
        p.pair("Application No.", f"KSPCB/CFO/{digits(rng, 7)}")
        heads = [
            ("CFO renewal fee - Water Act", float(rng.choice([4000, 6000, 9000, 12000]))),
            ("CFO renewal fee - Air Act", float(rng.choice([2000, 3000, 4500]))),
        ]
        labels = ["Total consent fee", "Amount remitted"]
        refs = [
            ("Transaction No.", TXN_RANK, f"KSPCB{digits(rng, 10)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "ptax":
        wrap_pair(p, "Name of employer", firm)
        p.pair("PT registration No.", f"{digits(rng, 9)}")
        p.pair("Return period", "2026-27")
        heads = [
            ("Profession tax deducted - salaries", float(rng.randrange(10, 50) * 200)),
            ("Enrolment certificate tax 2026-27", 2500.0),
        ]
        labels = ["Challan amount", "Total challan value"]
        refs = [("Challan ref. No.", TXN_RANK, f"CR{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}")]
        words = {"pending": ["Pending - awaiting confirmation from the bank, do not pay again"]}
        day_labels = ["Challan generated on", "Payment initiated on"]
    elif frame == "esic":
        p.pair("Employer code", f"5{digits(rng, 16)}")
        wrap_pair(p, "Employer name", COMPANY_CAPS)
        p.pair("Contribution period", j.month(1))
        p.pair("Employees", str(rng.randrange(14, 46)))
        wages = float(rng.randrange(180000, 520000, 100))
        heads = [
            ("Employer's contribution @ 3.25%", float(round(wages * 0.0325))),
            ("Employees' contribution @ 0.75%", float(round(wages * 0.0075))),
        ]
        labels = ["Total contribution", "Amount to be paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"ESIC{digits(rng, 12)}"),
            ("Challan No.", INVOICE_RANK, f"{rng.choice('12')}{digits(rng, 13)}"),
        ]
        words = {"failed": ["Failed - contribution not received by ESIC, still due"]}
        day_labels = ["Attempted on", "Transaction date"]
    elif frame == "labour":
        wrap_pair(p, "Name of establishment", f"{SHOWROOM}, B. D. Road")
        p.pair("Registration No.", f"CTD/SE/{digits(rng, 5)}")
        p.pair("Number of employees", str(rng.randrange(4, 14)))
        heads = [("Renewal fee", float(rng.choice([1000, 2000, 3000])))]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([250, 500]))))
        labels = ["Total fee remitted", "Fee paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LD{digits(rng, 13)}"),
            ("Receipt No.", INVOICE_RANK, f"SE/{digits(rng, 7)}"),
        ]
    elif frame == "vahan":
        p.pair("Registration No.", f"KA16D{digits(rng, 4)}")
        wrap_pair(p, "Owner name", COMPANY_CAPS)
        p.pair("Vehicle class", "Goods carrier (LGV) - 2.8 t GVW")
        heads = [
            ("Tax - goods carriage, one quarter", float(rng.choice([1800, 2400, 3100]))),
            ("Cess", float(rng.choice([90, 120, 155]))),
        ]
        labels = ["Total tax paid", "Tax remitted"]
        refs = [
            ("Transaction No.", TXN_RANK, f"KA{digits(rng, 3)}{code(rng, 3, UPPER)}{digits(rng, 9)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"KA16{code(rng, 2, UPPER)}{digits(rng, 7)}"),
        ]
    else:
        wrap_pair(p, "Name of the user", f"{firm} - dyeing unit and saree house")
        heads = [
            ("Verification fee - platform scale (300 kg)", float(rng.choice([450, 600, 750]))),
            ("Verification fee - electronic counter scale (30 kg)", float(rng.choice([200, 300]))),
        ]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([100, 200]))))
        labels = ["Total fee", "Fee remitted"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LMD{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"LM/CTD/{digits(rng, 6)}"),
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
    p.pair(rng.choice(["Mode of payment", "Paid through"]), way, method=way_method(way))
    if not refs_first:
        fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "panchayat": "Display the trade licence at the premises; renew it before 31 March every year.",
        "gi": "The authorised user certificates follow once the Registry examines each application.",
        "kspcb": "The renewed consent can be downloaded once the Board's officer approves the application.",
        "ptax": "Do not pay again; the challan is marked paid once the bank's scroll reaches Khajane-II.",
        "esic": "Pay the contribution by the 15th of the next month to avoid interest and damages.",
        "labour": "Display the registration certificate at the establishment.",
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
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Sookshma Udyam Suraksha - looms, silk yarn and saree stock",
        "paper",
        "fire",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Shopkeeper's policy - saree house stock, B. D. Road",
        "browser",
        "burglary",
    ),
    (
        "IFFCO-TOKIO General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Marine cargo - export parcels by courier and air",
        "mail",
        "transit",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Group health - weavers, dyers and staff",
        "browser",
        "health",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Employees' compensation - dyeing unit and weaving hall",
        "mail",
        "wc",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group personal accident - weavers and helpers",
        "paper",
        "pa",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Goods carrying vehicle package - Ashok Leyland Dost",
        "browser",
        "vehicle",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Money insurance - saree house cash and wage cash in transit",
        "mail",
        "money",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its looms, silk yarn and saree stock, the saree house's stock, its export parcels,
    its workers' health, its dyeing unit and hall hands under the Employees' Compensation Act, its weavers
    against accidents, its pickup and its cash in transit: the insurers' premium receipts (browser, e-mail,
    printed at the branch: the insurer on top, the product line, RECEIPT FOR PREMIUM / Acknowledgement of
    premium received / Payment receipt - policy premium (Premium payment unsuccessful / PAYMENT STATUS -
    POLICY PREMIUM on the failed one); the status under the heading on some, under the sum on the rest;
    Insured / Name of insured / Policy holder, Policy No. / Cover note No. / Quote No., Sum insured - looms,
    yarn and saree stock / Sum insured - saree house stock (first loss) / Annual turnover - export parcels /
    Lives covered / Estimated annual wages / Persons covered / IDV and Registration No. / Cash in transit
    limit, Period of insurance ... to ..., Net premium / Premium before GST or Own damage and Third party
    liability, an add-on (Earthquake cover, Riot, strike and malicious damage, Courier risk extension,
    Pre-existing disease waiver, Occupational disease extension, Temporary total disablement, Return to
    invoice, Cash in safe), CGST and SGST @ 9% or IGST @ 18%, the sum: Total premium (incl. GST) / Premium
    amount received / Amount of cheque / Cheque amount / Premium payable / Amount due; Premium received -
    policy issued / Paid - policy document e-mailed to you / CHEQUE UNDER CLEARING - COVER BEGINS ON
    REALISATION / Payment failed - premium not realised, quote valid for 7 days; Payment mode / Mode of
    payment, Cheque No., Payment ref. No., UPI RRN / Bank ref. No., Receipt No. / Premium receipt No., Date of
    receipt / Receipt date / Premium received on / Cheque received on / Cheque deposited on / Attempted on /
    Date of attempt)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(
            rng, font, f"{rng.choice(['pay', 'online', 'customer'])}.{host}/policy/premium-receipt"
        )
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <care@{host}>",
            ["Premium received - your receipt", "Acknowledgement of premium"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small", rng.choice(["Branch Office, B. D. Road, Chitradurga", "Divisional Office, Davanagere"])
        )
    p.add(
        "center",
        rng.choice(
            ["Premium payment unsuccessful", "PAYMENT STATUS - POLICY PREMIUM"]
            if status == "failed"
            else [
                "RECEIPT FOR PREMIUM",
                "Acknowledgement of premium received",
                "Payment receipt - policy premium",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Premium received - policy issued", "Paid - policy document e-mailed to you"],
        "pending": ["CHEQUE UNDER CLEARING - COVER BEGINS ON REALISATION"],
        "failed": ["Payment failed - premium not realised, quote valid for 7 days"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p, rng.choice(["Insured", "Name of insured", "Policy holder"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair(
            "Policy No.",
            f"{rng.choice(['67', '41', '30'])}{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(0, 3):02d}",
        )
    elif status == "pending":
        p.pair("Cover note No.", f"CN{digits(rng, 11)}")
    else:
        p.pair("Quote No.", f"QT{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(3000000, 36000000, 50000))
        p.pair("Sum insured - looms, yarn and saree stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake cover", round(insured * 0.00008, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1000000, 8000000, 50000))
        p.pair("Sum insured - saree house stock (first loss)", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Riot, strike and malicious damage", round(insured * 0.0001, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(3000000, 30000000, 500000))
        p.pair("Annual turnover - export parcels", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0006), 2)
        addon = ("Courier risk extension", round(turnover * 0.00004, 2))
    elif kind == "health":
        members = rng.randrange(18, 70)
        p.pair("Lives covered", f"{members} (Rs 2,00,000 each)")
        basic = round(members * rng.uniform(3200, 5400), 2)
        addon = ("Pre-existing disease waiver", round(members * 420.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(1800000, 9000000, 100000))
        p.pair("Estimated annual wages", rs(wages))
        basic = round(wages * rng.uniform(0.007, 0.012), 2)
        addon = ("Occupational disease extension", round(wages * 0.0005, 2))
    elif kind == "pa":
        persons = rng.randrange(20, 90)
        p.pair("Persons covered", f"{persons} (Rs 5,00,000 each)")
        basic = round(persons * rng.uniform(260, 480), 2)
        addon = ("Temporary total disablement", round(persons * 95.0, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(450000, 780000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"KA-16-D-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage", basic), ("Third party liability", 16049.0)]
        addon = ("Return to invoice", round(idv * 0.003, 2))
    else:
        limit = float(rng.randrange(100000, 600000, 25000))
        p.pair("Cash in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.009), 2)
        addon = ("Cash in safe", round(limit * 0.001, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 6))
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
        "success": ["Total premium (incl. GST)", "Premium amount received"],
        "pending": ["Amount of cheque", "Cheque amount"],
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
    p.pair(rng.choice(["Payment mode", "Mode of payment"]), pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'OP', 'TX'])}{digits(rng, 13)}"
            p.pair("Payment ref. No.", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
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
            "success": ["Date of receipt", "Receipt date", "Premium received on"],
            "pending": ["Cheque received on", "Cheque deposited on"],
            "failed": ["Attempted on", "Date of attempt"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "The cover is subject to realisation of the premium and to the policy's terms and exclusions.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("RUDRAKSHI SEERE MANE", "B. D. ROAD, CHITRADURGA", "own"),
    ("SRI VEDAVATHI FUELS", "NH-150A, CHALLAKERE", "fuel"),
    ("RUDRAKSHI MOLAKALMURU SILKS", "NEKARARA BEEDI, MOLAKALMURU", "own"),
    ("HOTEL CHICKPET RESIDENCY", "AVENUE ROAD, BENGALURU", "hotel"),
    ("RUDRAKSHI KAIMAGGA SHALE", "MOLAKALMURU 577535", "own"),
    ("BALLARI HARDWARE & PAINTS", "BRUCEPET, BALLARI", "shop"),
    ("RUDRAKSHI SEERE MANE", "DASARA EXHIBITION, MYSURU", "own"),
    ("SRI KOTTURESHWARA BENNE DOSE", "P. J. EXTENSION, DAVANAGERE", "food"),
]
TERMINALS = [
    "PINE LABS",
    "HPCL",
    "KARNATAKA BANK",
    "ICICI BANK",
    "BHARATPE",
    "KOTAK MAHINDRA BANK",
    "BANK OF BARODA",
    "PAYTM EDC",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the saree house's, the company's, the weaving hall's and the Dasara exhibition stall's
    terminals, and the company's card at a filling station on NH-150A at Challakere, a Bengaluru hotel, a
    Ballari hardware shop and a Davanagere benne dose house: terminal slips (monospace: the terminal's bank or
    brand on top on some, the counter's name and place in capitals; DT: and TM:, TRANS DATE: and TRANS TIME:,
    or DATE: <day> TIME: <hour> on one line, at the top or under the sum; MID:, TID:, BATCH:, TRACE NO:, INV
    NO: / RECEIPT NO:, SALE / CONTACTLESS SALE / CHIP SALE, CARD NO: / CARD:, CARD TYPE:, a fuel sale's
    PRODUCT:, RATE:, QTY(L):, PUMP NO:, VEHICLE NO: and LOYALTY PTS:, a hotel's ROOM NO: and FOLIO NO:, the
    dose house's TABLE NO:, the shop's CUST MOB:, APPR CODE: / AUTH CODE:, RRN: / RRN NO:, TOTAL AMOUNT: / AMT
    INR: / TXN AMOUNT:, the sum above or below the card; APPROVED / TRANSACTION APPROVED / SALE APPROVED - PIN
    VERIFIED / DECLINED - 55 INCORRECT PIN / HOST NOT RESPONDING - STATUS UNKNOWN, DO NOT RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=2400, high=98000)
    name, town, kind = COUNTERS[k]
    if k == 6:
        j.date = dt.date(2026, 10, 12) + dt.timedelta(days=rng.randrange(80))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2800, 14000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 22000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 180, 1800, 0.5)
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
        if pick < 0.35 and fits(p, "left", f"DATE: {d}  TIME: {t}"):
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        elif pick < 0.7:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("TRANS DATE:", d, date=j.date)
            p.pair("TRANS TIME:", t)

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
    p.add(
        "center",
        rng.choice(["SALE", "CONTACTLESS SALE", "CHIP SALE"] if j.amount <= 5000 else ["SALE", "CHIP SALE"]),
    )
    lab = rng.choice(["TOTAL AMOUNT:", "AMT INR:", "TXN AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = body if lab == "AMT INR:" else f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD NO:", "CARD:"]),
        f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.5, 94.8), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "TURBOJET"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 6)))
        p.pair("VEHICLE NO:", f"KA16D{digits(rng, 4)}")
        p.pair("LOYALTY PTS:", str(rng.randrange(10, 160)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 320)))
        p.pair("FOLIO NO:", f"F{digits(rng, 6)}")
    elif kind == "food":
        p.pair("TABLE NO:", str(rng.randrange(1, 24)))
    elif kind == "shop":
        p.pair("CUST MOB:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TRANSACTION APPROVED", "SALE APPROVED - PIN VERIFIED"]),
            status="success",
        )
        p.add("small", rng.choice(["NO SIGNATURE REQUIRED", "THANK YOU - VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - STATUS UNKNOWN, DO NOT RETRY", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("BESCOM", "Bangalore Electricity Supply Company Ltd", "Account ID"),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile number"),
    ("Sun Direct", "Sun Direct TV Pvt Ltd", "Smart card No."),
    ("Bharat Gas", "Bharat Petroleum Corporation Ltd", "Consumer No."),
]
BILL_APPS = ["BESCOM", "InstaBIZ", "Amazon Pay", "BESCOM", "BHIM", "Navi", "PhonePe", "Paytm"]
BILL_WHICH = [0, 0, 2, 0, 3, 1, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The weaving hall's, the dyeing unit's and the saree house's electricity (BESCOM), the saree house's
    fibre (BSNL Bharat Fibre), the manager's postpaid phone (Vi), the saree house's DTH (Sun Direct) and the
    dyeing unit's cooking gas (Bharat Gas) through Bharat Connect in ICICI Bank's InstaBIZ and other apps
    (Amazon Pay, BHIM, Navi, PhonePe, Paytm: the app on top, the sum large above or below the status, or the
    biller first, Biller / Service provider / Bill paid to as printed, Account ID / Account No. / Mobile
    number / Smart card No. / Consumer No., Customer name, Bill No., Billing period, Bill date, Due date and
    Amount after due date on some power and fibre bills, Paid from / Payment method Current A/c or UPI, Bharat
    Connect txn ref. / B-Connect ref. No. / BBPS txn ID, UPI Ref. No., Txn ID on the failed one, Paid on /
    Payment date & time / Completed at / Date & time / Initiated at (the latter two on one not paid); Bill
    payment successful - biller has accepted it / Paid - confirmation sent by SMS / Pending with the biller -
    please wait, do not pay again / Failed - amount, if debited, will be refunded in 5 working days) and
    BESCOM's own online payment receipt (BESCOM, Bangalore Electricity Supply Company Ltd or its capitals on
    top with its "A Government of Karnataka undertaking" line, Account ID, RR No., Consumer name, O&M
    Sub-division, Amount paid / Payment amount, Due date, Payment mode, Transaction ID, Bank ref. No., Receipt
    No., Payment date / Paid on, the status under the head or at the foot: Payment successful - it will
    reflect in your next bill / Received - thank you for paying BESCOM)."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=2400, high=64000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 499, 2999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1599, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 249, 999, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 820, 3300, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Account ID": f"{rng.choice(['45', '46', '47'])}{digits(rng, 8)}",
        "Account No.": f"{rng.choice(['90', '91'])}{digits(rng, 8)}",
        "Mobile number": f"{rng.choice('6789')}{digits(rng, 9)}",
        "Smart card No.": f"4{digits(rng, 10)}",
        "Consumer No.": f"{digits(rng, 6)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "BESCOM":
        p = browser_page(rng, font, "bescom.karnataka.gov.in/online-payment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Karnataka undertaking  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Payment successful - it will reflect in your next bill",
                "Received - thank you for paying BESCOM",
            ]
        }
        status_top = rng.random() < 0.4
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        p.pair("RR No.", f"{rng.choice(['MKL', 'CTD', 'RMP'])}{rng.randrange(100, 9999)}")
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, SHED.upper(), f"M/S {DYEHOUSE.upper()}"]))
        p.pair("O&M Sub-division", rng.choice(["Molakalmuru", "Chitradurga Urban - 2", "Rampura"]))
        p.pair(rng.choice(["Amount paid", "Payment amount"]), rs(j.amount), amount=j.amount)
        if not j.no_day:
            p.pair("Due date", j.other_day(rng, 4, 14))
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"BES{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "Net banking" and rng.random() < 0.6:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"OP{digits(rng, 12)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Pay before the due date to avoid disconnection and interest on arrears.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payment")
    p.part = "body"
    words = {
        "success": [
            "Bill payment successful - biller has accepted it",
            "Paid - confirmation sent by SMS",
        ],
        "pending": ["Pending with the biller - please wait, do not pay again"],
        "failed": ["Failed - amount, if debited, will be refunded in 5 working days"],
    }
    name = rng.choice([short, long])
    label = rng.choice(
        ["Biller", "Service provider", "Bill paid to"]
        if status == "success"
        else ["Biller", "Service provider"]
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
        "Customer name",
        rng.choice(
            {
                0: [COMPANY_CAPS, SHED.upper(), SHOWROOM.upper()],
                4: [COMPANY_CAPS, DYEHOUSE.upper()],
            }.get(which, [COMPANY_CAPS, SHOWROOM.upper()])
        ),
    )
    if which in (0, 1) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill No.", f"{rng.choice(['BC', 'FT'])}{digits(rng, 10)}")
        start, end = earlier(rng, j, 36, 50), earlier(rng, j, 6, 12)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Billing period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Bill date", when(earlier(rng, j, 3, 6), "%d %b %Y"))
        p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Amount after due date", rs(round(j.amount * 1.01, 2) if which == 0 else j.amount + 118))
    way = "Current A/c" if app == "InstaBIZ" else "UPI"
    p.pair(
        rng.choice(["Paid from", "Payment method"]),
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:9])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Amazon Pay": "AZ",
                "BHIM": "BH",
                "Navi": "NV",
                "PhonePe": "PP",
                "Paytm": "PT",
            }.get(app, "IC")
            bc = f"{head}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect txn ref.", "B-Connect ref. No.", "BBPS txn ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 15)
            p.pair("Txn ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date & time", "Completed at"]
        if status == "success"
        else ["Date & time", "Initiated at"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "THIPPAMMA K",
    "VEDAVATHI ROADLINES",
    "",
    "SURAT JARI KASAB UDY",
    "DASARA EXHIBITION ST",
    "DURGA SECURITY SERVI",
    "",
    "RAMANAGARA SILK TWIS",
]
MAIL_PAYEES = [
    "Sri. H. Thippeswamy",
    "Lens & Loom Studio",
    "Vatva Acid Dyes & Chemicals",
    "Davanagere Saree Box Works",
]
SENDERS = {
    "Karnataka Grameena Bank": "AX-KAGBNK",
    "Karnataka Bank": "VM-KBLBNK",
    "Bank of Baroda": "BP-BOBTXN",
    "The Chitradurga District Central Co-operative Bank": "JD-CDCCBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AX-KAGBNK /
    VM-KBLBNK / BP-BOBTXN / JD-CDCCBK, the day divider, each bank's own wording: Karnataka Grameena Bank's UPI
    "KaGB: A/c XX1234 debited Rs.x on 05-03-26 for UPI to <payee>. RRN <ref>.", Karnataka Bank's "Your KBL A/c
    xx1234 is debited with Rs.x on <day> by <way> to <payee>.", Bank of Baroda's "Rs.x transferred from A/c
    ...1234 on <day> to:<way>/<payee>.", the Chitradurga District Central Co-operative Bank's "CDCCB: <way> Rs
    x to <payee> dt <day> from CA ..1234."; a transfer that "has failed. Amount, if debited, will be credited
    back." and one that "is under process at the beneficiary bank. Please do not retry.", the balance line)
    and two e-mail debit alerts (Kotak Mahindra Bank, ICICI Bank: Amount debited / Transaction value, Payee /
    Beneficiary, Transaction date / Value date, Debit from A/c, Mode, UTR / IMPS RRN, Balance available;
    Status: Success / Transaction status: Completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=9000, high=320000)
    if k == 0:
        j.amount = rupees(rng, 1800, 9600, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 60000, 380000)
    elif k == 5:
        j.amount = rupees(rng, 24000, 62000)
    if k in (2, 6):
        to = MAIL_PAYEES[(0 if k == 2 else 2) + rng.randrange(2)]
        bank = rng.choice(["Kotak Mahindra Bank", "ICICI Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit alert - funds transfer", "Your current account has been debited"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a funds transfer has been debited from your account as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Payee", "Beneficiary"]
        amount_labels = ["Amount debited", "Transaction value"]
        if sum_first:
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.pair("Debit from A/c", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Balance available", rs(rupees(rng, 90000, 4200000)))
        p.add(
            "left",
            rng.choice(["Status: Success", "Transaction status: Completed"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Did not make this transfer? Call the bank's helpline at once to block net banking.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 5:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Karnataka Grameena Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Karnataka Grameena Bank",
        1: "Karnataka Bank",
        4: "Bank of Baroda",
        5: "The Chitradurga District Central Co-operative Bank",
    }.get(
        k,
        rng.choice(
            ["Karnataka Bank", "Bank of Baroda", "The Chitradurga District Central Co-operative Bank"]
        ),
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
        if bank == "Karnataka Grameena Bank":
            p.add("left", f"KaGB: A/c XX{tail} debited Rs.{amt}", amount=j.amount, status="success")
            upi_day = when(j.date, "%d-%m-%y")
            p.add("left", f"on {upi_day} for UPI to {to}.", merchant=to, method=method)
            if ref:
                p.add("left", f"RRN {ref}. Not you? Call your branch.", txn=(UTR_RANK, ref))
            else:
                p.add("left", "Not you? Call your branch. -KaGB")
            ref = None
        elif bank == "Karnataka Bank":
            p.add("left", f"Your KBL A/c xx{tail} is debited with", status="success")
            p.add("left", f"Rs.{amt}{on} by {way}", amount=j.amount, method=method)
            p.add("left", f"to {to}.", merchant=to)
        elif bank == "Bank of Baroda":
            p.add("left", f"Rs.{amt} transferred from A/c ...{tail}{on}", amount=j.amount, status="success")
            p.add("left", f"to:{way}/{to}.", merchant=to, method=method)
        else:
            p.add("left", f"CDCCB: {way} Rs {amt}", amount=j.amount, method=method, status="success")
            p.add("left", f"to {to}", merchant=to)
            p.add("left", f"dt {day} from CA ..{tail}." if day else f"from CA ..{tail}.")
    else:
        p.add("left", f"Your {way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has failed. Amount, if debited, will be credited back.",
            "pending": "is under process at the beneficiary bank. Please do not retry.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS RRN", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "Karnataka Grameena Bank":
        balance = {
            "Karnataka Bank": f"Avl Bal Rs.{num(bal)}",
            "Bank of Baroda": f"Total Bal:Rs.{num(bal, 'plain')}CR Clr Bal:Rs.{num(bal, 'plain')}CR",
        }.get(bank, f"Bal Rs {num(bal)} Cr.")
        p.add("left", balance)
        p.add(
            "small",
            rng.choice(
                [
                    "Not done by you? Report to your branch at once",
                    "Bank never asks for your OTP, PIN or password",
                ]
            ),
        )
    if bank != "Karnataka Grameena Bank":
        p.add(
            "small",
            {"Karnataka Bank": "-Karnataka Bank", "Bank of Baroda": "- Bank of Baroda"}.get(bank, "-CDCCB"),
        )
    return p.done()


compose = compose158

"""The twelve heldout252 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Chanderi handloom house's day in 2026 in Ashoknagar district, Madhya Pradesh
(Tanabana Chanderi Handlooms Pvt Ltd, its loom shed in the weavers' village of Pranpur, Tanabana Kargha Shala,
where the pit and jacquard looms weave the silk-warp, cotton-weft sarees, dupattas and the 44 inch fabric than
by the metre, and the silk and cotton waste (katran) is sold by the kilo to a Panipat recycler, its dye house
on Rajghat Road, Tanabana Rangai Kendra, where its own yarn and other master weavers' yarn is dyed by the kilo
as job work, and its showroom by the Delhi Darwaza, Tanabana Chanderi Saree Emporium, where the tourists, the
wedding families and the boutiques buy), told by the proofs of payment it receives and makes: buyers' UPI
screens and the web shop's Razorpay and Instamojo pages, the boutiques', the online marketplace's, the saree
houses' and the M.P. Hastshilp Evam Hathkargha Vikas Nigam's payment advices, importers' inward wires from New
Jersey, London, Paris, Brampton, Sydney, Kyoto, Auckland and Muscat in US dollars, pounds, euros, Canadian
dollars, Australian dollars, yen, New Zealand dollars and Omani rials (euros with a decimal comma on some, the
yen whole, the rials with three decimals, the 32A row run together as SWIFT writes it on some), its own bills
(the showroom's memos, the loom shed's fabric and katran bills, the dye house's job work bills, sums with /-
after them on some), the silk, cotton yarn, zari, dye and loom stores' tax invoices, the corporate net-banking
transfers to the carrier, the naksha designer, the showroom's landlord, the chartered accountants, the solar
plant's mechanic, the warp sizer, the catalogue photographer and the courier, the weavers' and pirn winders'
wage slips, Paytm payouts to a warper and a dye house hand and a Google Pay and a YONO SBI transfer to a
weaver and a loom fitter, the Development Commissioner (Handlooms)', Nagar Palika Parishad Chanderi's, the
Pollution Control Board's, the Commercial Tax Department's, EPFO's, the Labour Welfare Board's, the District
Trade and Industries Centre's and the Legal Metrology Department's fee pages, the insurers' premium receipts,
card terminal slips, MPCZ's power and the fibre, postpaid, DTH, water and cooking gas bills and the banks' SMS
and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is
read back from the rows the page keeps. Headings, footers, the unit lines, bills listed on an advice (their
numbers and days), supplier codes, purchase orders, goods receipts, indents, registration, licence, consent,
PTEC, establishment, plot, certificate, policy, proposal, quote, cover note, account, IVRS, subscriber, LPG
and connection numbers, GR and docket numbers, shade and lot numbers, weaver ID cards, metres, kilos, marcs,
pieces, rates, defect, shade, short length and discount cuts, GST-TDS and TDS, advances, peshgi recoveries,
fault penalties, GST lines, rupee values on the wires, exchange rates, intermediary banks, sums insured,
limits, turnovers, wages and members declared, balances, due days, bill days, bill periods, tax periods, wage
months, half years, periods of cover, shipping bill days, GSTIN, IFSC, UETR, the remitter's references,
merchant and terminal IDs, batch numbers, table, dispenser and room numbers, makers and checkers and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and ``right``
heldout152's; ``sign`` heldout107's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row``
heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked``
and ``money`` heldout118's; ``Screen`` heldout113's; ``num`` heldout82's; ``compose`` is heldout158's (as
heldout251's).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout107_families import sign
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

COMPANY = "Tanabana Chanderi Handlooms Pvt Ltd"
COMPANY_CAPS = "TANABANA CHANDERI HANDLOOMS PVT LTD"
SHORT = "Tanabana Chanderi"
LOOMS = "Tanabana Kargha Shala"
DYEHOUSE = "Tanabana Rangai Kendra"
EMPORIUM = "Tanabana Chanderi Saree Emporium"
# unit, address, GST state code
UNITS = {
    "looms": (
        "Handloom weaving shed - pit and jacquard looms",
        "Bunkar Basti, Pranpur, Chanderi - 473446, Distt. Ashoknagar (M.P.)",
        "23",
    ),
    "dyehouse": (
        "Silk and cotton yarn dyeing - own and job work",
        "Ward 9, Rajghat Road, Chanderi - 473446, Madhya Pradesh",
        "23",
    ),
    "emporium": (
        "Chanderi sarees, dupattas and fabric - retail",
        "Near Delhi Darwaza, Sadar Bazar, Chanderi - 473446 (M.P.)",
        "23",
    ),
}
PATS_IN = [
    "%d/%m/%Y",
    "{d}-{m}-%Y",
    "%d %b %y",
    "%d/%b/%Y",
    "%d-%m-%y",
    "{d} %b %Y",
    "%d.%m.%Y",
    "%B {d}, %Y",
]
WIRE_PATS = [
    "%d-%m-%Y",
    "%d %B %Y",
    "%d/%m/%Y",
    "%d-%b-%y",
    "{d} %b %Y",
    "%Y/%m/%d",
    "%d.%m.%Y",
    "%b {d}, %Y",
]
BANKS = [
    "State Bank of India",
    "Central Bank of India",
    "Bank of India",
    "Madhya Pradesh Gramin Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "IndusInd Bank",
    "IDBI Bank",
    "Kotak Mahindra Bank",
    "Punjab National Bank",
    "Union Bank of India",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Central Bank of India": "CBIN",
    "Bank of India": "BKID",
    "Madhya Pradesh Gramin Bank": "MPGB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "IndusInd Bank": "INDB",
    "IDBI Bank": "IBKL",
    "Kotak Mahindra Bank": "KKBK",
    "Punjab National Bank": "PUNB",
    "Union Bank of India": "UBIN",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "Central Bank of India": "centralbank.bank.in",
    "Bank of India": "bankofindia.bank.in",
    "HDFC Bank": "hdfc.bank.in",
    "ICICI Bank": "icici.bank.in",
    "Axis Bank": "axis.bank.in",
    "IndusInd Bank": "indusind.bank.in",
    "Kotak Mahindra Bank": "kotak.bank.in",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "saree": ("Chanderi silk-cotton saree, bootidar, blouse pc (HSN 5007)", "pc", 3200, 24000, 5),
    "bridal": ("Chanderi pure silk tissue saree, zari border and pallu (HSN 5007)", "pc", 14000, 68000, 5),
    "fabric": ("Chanderi silk-cotton fabric 44 in, plain with zari buti (HSN 5007)", "m", 380, 1150, 5),
    "katran": ("Waste yarn (katran) - silk and cotton, mixed, loose (HSN 5003)", "kg", 60, 210, 5),
    "dyeing": ("Dyeing of silk and cotton yarn - job work (SAC 9988)", "kg", 140, 420, 5),
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
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def iec(rng: random.Random) -> str:
    """An importer-exporter code (the company's PAN): never an id."""
    return f"AAH{rng.choice('CF')}T{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def paper_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Chanderi bill book prints them: the page's mark and grouping, and on some pages whole sums
    with /- after them (Rs. 18,400/-), the sums with paise as they are."""
    rs = money(rng, font, 0.0, marks=marks)
    slash = rng.random() < 0.4

    def show(value: float) -> str:
        if slash and abs(value - round(value)) < 1e-9:
            return f"{rs.mark}{rs.gap}{num(round(value), rs.grouping, 0)}/-".strip()
        return rs(value).strip()

    return show


def initials(name: str) -> str:
    """The two letters an app prints in the payee's round badge."""
    words = [w for w in name.split() if w[0].isalpha()]
    return (words[0][0] + (words[1][0] if len(words) > 1 else "")).upper()


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = ["PhonePe", "Google Pay", "Paytm", "Razorpay", "CRED", "YONO SBI", "Vyom", "Instamojo"]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Chanderi dupatta - peach",
        "Cotton saree bootidar",
        "Stole x 2",
        "Blouse piece + dupatta",
        "Kids lehenga fabric",
    ],
    [
        "Bridal tissue saree - advance",
        "Wedding sarees x 6",
        "Trousseau order - balance",
        "Fabric 40 m for boutique",
        "Zari border saree + suit",
    ],
)
PAYERS_UPI = [
    "Neha Raghuvanshi",
    "Farhan Qureshi",
    "Dr. Sunita Bhargava",
    "Rahul Yadav",
    "Ankita Jain",
    "Shri Jageshwari Mata Mandir Samiti",
    "Vaishali Tomar",
    "Irfan Ali Mansuri",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Priyanka Deshmukh, Nagpur", "Chanderi silk-cotton saree, peacock booti, teal x 1", 3400, 14000),
    ("Mrs. Lakshmi Narayanan, Chennai", "Tissue silk saree with zari pallu - wedding, red x 2", 18000, 72000),
    ("Mr. Aditya Kulkarni, Pune", "Dupattas x 3 - pastel, gold buti", 2600, 7800),
    (
        "The Weave Loft Boutique, Dehradun",
        "Chanderi fabric 44 in - 30 m, ivory with zari stripes",
        14000,
        38000,
    ),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID", "UPI Ref. No."],
    "Paytm": ["UPI Ref No", "UPI Reference No."],
    "CRED": ["UPI ref. no.", "UTR"],
    "YONO SBI": ["UPI Ref No.", "UTR"],
    "Vyom": ["RRN", "UPI RRN"],
}
OWN_IDS = {
    "PhonePe": "Transaction ID",
    "Google Pay": "Google transaction ID",
    "Paytm": "Paytm txn ID",
    "CRED": "CRED txn ID",
    "YONO SBI": "YONO txn ref.",
    "Vyom": "Vyom txn ID",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgO{code(rng, 12, MIXED)}"
    if app == "CRED":
        return f"CRD{code(rng, 6, UPPER)}{digits(rng, 10)}"
    if app == "YONO SBI":
        return f"YN{j.date:%y%m%d}{digits(rng, 10)}"
    if app == "Vyom":
        return f"UBV{digits(rng, 14)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
    return digits(rng, 20)


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The emporium's web shop page on Razorpay or Instamojo after a buyer paid (the payee on top, a Payment
    receipt / Receipt for your purchase line, the sum large or in a Total paid / Payment amount row above the
    outcome or under it, the buyer and the order under the outcome or at the end, the day first among the
    details or after the references)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([EMPORIUM, EMPORIUM.upper(), COMPANY, SHORT])
    pid = (
        f"pay_{code(rng, 14, MIXED)}"
        if app == "Razorpay"
        else f"MOJO{j.date:%m%d}{code(rng, 3, ALNUM)}{digits(rng, 8)}"
    )
    if app == "Razorpay":
        url = "rzp.io/receipt" + ("" if j.no_ref else f"/{pid}")
    else:
        url = "www.instamojo.com/payment/status" + ("" if j.no_ref else f"?id={pid}")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", rng.choice(["Payment receipt", "Receipt for your purchase"]))
    p.add("small", "Delhi Darwaza, Chanderi (M.P.)  |  www.tanabanachanderi.in")
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment captured - order placed",
            "Payment successful - thank you for shopping with us",
            "Paid - your order ships within 3 working days",
        ]
    }
    big = rng.random() < 0.5

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Total paid", "Payment amount"]), rs(j.amount), amount=j.amount)

    labels = ["Payment date", "Captured on", "Paid at"]
    sum_first = rng.random() < 0.5
    if sum_first:
        sum_row()
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        sum_row()
    p.add("rule")
    day_top = rng.random() < 0.5
    if day_top:
        date_row(p, j, labels, hour=True)
    buyer_end = rng.random() < 0.5
    if not buyer_end:
        wrap_pair(p, rng.choice(["Name of buyer", "Shipping to"]), who)
        wrap_pair(p, rng.choice(["Products purchased", "Order details"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI - scan and pay"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Netbanking - {rng.choice(BANKS[:5])}",
    }[way]
    wrap_pair(p, rng.choice(["Paid using", "Method"]), shown, method=way)
    if not j.no_ref:
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        oid = f"order_{code(rng, 14, MIXED)}" if app == "Razorpay" else f"TCH-{j.date:%y%m}-{digits(rng, 5)}"
        p.pair("Order ID" if app == "Razorpay" else "Order No.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("RRN" if app == "Razorpay" else "UTR", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if buyer_end:
        wrap_pair(p, rng.choice(["Name of buyer", "Shipping to"]), who)
        wrap_pair(p, rng.choice(["Products purchased", "Order details"]), what)
    if not day_top:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        "Powered by Razorpay  |  Razorpay Software Pvt Ltd"
        if app == "Razorpay"
        else "Payments by Instamojo  |  Instamojo Technologies Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists, wedding families, a temple committee and boutiques paying the emporium or the company: six
    UPI app screens (PhonePe, Google Pay, Paytm, CRED, YONO SBI, Vyom: in one of three layouts, the badge (the
    payee's initials), the payee, its UPI ID and a Registered name / KYC name line on top, then the sum large
    and the status; the status, the sum large, then a Paid to details block after the rule (Amount credited to
    / Merchant (payee) / Paid towards / Your payment to, or Payment attempted to / Sending money to on one not
    yet paid or failed, and UPI ID rows); the sum large and the status, then the payee block; the day and the
    hour with no label under the status on some (<hour> | <day>), else Completed on / Payment time / Paid at /
    Attempted on / Started at first among the details or after the references; Remarks / Note, Payer on some,
    Debited from / Bank account, UTR / UPI Ref. No. / UPI transaction ID / UPI Ref No / UPI Reference No. /
    UPI ref. no. / UPI Ref No. / RRN / UPI RRN, the app's own Transaction ID / Google transaction ID / Paytm
    txn ID / CRED txn ID / YONO txn ref. / Vyom txn ID on some; Paid successfully - merchant credited /
    Payment complete / Success - money sent to the shop / Payment pending - awaiting confirmation from your
    bank, do not retry / Payment failed - incorrect UPI PIN entered) and the web shop's two payment pages
    (Razorpay, Instamojo: the emporium or the company on top with a Payment receipt / Receipt for your
    purchase line, the sum large or in a Total paid / Payment amount row above the outcome or under it,
    Payment date / Captured on / Paid at first after the rule or after the references, Name of buyer /
    Shipping to, Products purchased / Order details under the rule or at the end, Paid using / Method UPI,
    card or netbanking, Payment ID, Order ID / Order No., RRN / UTR, Auth code or Bank ref. No.; Payment
    captured - order placed / Payment successful - thank you for shopping with us / Paid - your order ships
    within 3 working days)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=800, high=88000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Razorpay", "Instamojo"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([EMPORIUM, EMPORIUM.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["sbi", "oksbi", "cbin", "ybl", "paytm"])
    handle = f"tanabana{rng.choice(['', '.cdr', 'chanderi'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction status"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Paid successfully - merchant credited",
            "Payment complete",
            "Success - money sent to the shop",
        ],
        "pending": ["Payment pending - awaiting confirmation from your bank, do not retry"],
        "failed": ["Payment failed - incorrect UPI PIN entered"],
    }
    payee_labels = (
        ["Amount credited to", "Merchant (payee)", "Paid towards", "Your payment to"]
        if status == "success"
        else ["Payment attempted to", "Sending money to"]
    )
    kyc = to != COMPANY_CAPS and rng.random() < 0.6
    kyc_label = rng.choice(["Registered name", "KYC name"])
    unlabelled = not j.no_day and rng.random() < 0.35

    def status_and_day() -> None:
        outcome_row(p, status, words)
        if unlabelled:
            text = when(j.date, rng.choice(["{d} %b %Y", "%d %B %Y", "%d-%m-%Y"]))
            p.add("small", f"{hhmm(rng, lower=rng.random() < 0.5)}  |  {text}", date=j.date)

    def payee_block() -> None:
        p.add("center", initials(to))
        p.add("small", rng.choice(payee_labels))
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if kyc:
            p.add("small", f"{kyc_label}: {COMPANY_CAPS}")

    layout = rng.randrange(3)
    if layout == 0:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        status_and_day()
        p.add("rule")
    elif layout == 1:
        status_and_day()
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        p.add("left", rng.choice(["Paid to", "Payee details"]) if status == "success" else "Payee details")
        wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        p.pair("UPI ID", handle, method="UPI")
        if kyc:
            wrap_pair(p, kyc_label, COMPANY_CAPS)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        status_and_day()
        p.add("gap")
        payee_block()
        p.add("rule")
    day_labels = (
        ["Completed on", "Payment time", "Paid at"] if status == "success" else ["Attempted on", "Started at"]
    )
    day_first = rng.random() < 0.5
    if day_first and not unlabelled:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Remarks", "Note"]), rng.choice(SHOP_NOTES[j.amount >= 12000]))
    if rng.random() < 0.5:
        wrap_pair(p, "Payer", PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"YONO SBI": "State Bank of India", "Vyom": "Union Bank of India"}.get(app) or rng.choice(
        BANKS[:10]
    )
    p.pair(rng.choice(["Debited from", "Bank account"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            own = own_id(rng, app, j)
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if not day_first and not unlabelled:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            [
                "UPI  |  National Payments Corporation of India",
                "Need help with this payment?",
                "Share receipt",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 2. boutiques' and the Nigam's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    ("Sutrakar Retail Pvt Ltd", "payables@sutrakar.in", "Hauz Khas Village, New Delhi", "saree", "portal"),
    (
        "M.P. Hastshilp Evam Hathkargha Vikas Nigam Ltd",
        "purchase.mrignayani@mphhvn.in",
        "Mrignayani, Arera Hills, Bhopal",
        "saree",
        "paper",
    ),
    (
        "Adi Rang Designer Studio",
        "adirangstudio.accounts@gmail.com",
        "Pali Hill, Bandra, Mumbai",
        "fabric",
        "mail",
    ),
    (
        "Weavesmith Online Pvt Ltd",
        "vendor.payments@weavesmith.in",
        "Koramangala, Bengaluru",
        "dupatta",
        "portal",
    ),
    ("Gariahat Saree Bitan", "gariahatsareebitan@gmail.com", "Gariahat Road, Kolkata", "saree", "mail"),
    (
        "Nizam Silk House (Wholesale)",
        "accounts@nizamsilkhouse.in",
        "Madina Building, Hyderabad",
        "saree",
        "paper",
    ),
    (
        "Mylapore Handloom Gallery LLP",
        "ap@mylaporehandloom.in",
        "Luz Church Road, Chennai",
        "dupatta",
        "portal",
    ),
    ("Jayendraganj Vastra Bhandar", "jvb.gwalior@gmail.com", "Jayendraganj, Gwalior", "fabric", "mail"),
]
DEALER_GOODS = {
    "saree": ("pcs", 2800, 16500, 5),
    "dupatta": ("pcs", 750, 2600, 5),
    "fabric": ("m", 360, 980, 5),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Delhi boutique chain, the M.P. Hastshilp Evam Hathkargha Vikas Nigam (its Mrignayani emporia), a
    Mumbai designer, a Bengaluru handloom marketplace, a Kolkata saree shop, a Hyderabad wholesaler, a Chennai
    gallery and a Gwalior cloth shop paying for the sarees, dupattas and fabric the house sent them: a letter
    e-mail (Dear Sir, ...), a printed PAYMENT ADVICE - HANDLOOM PURCHASES / Remittance intimation to supplier
    / SUPPLIER PAYMENT ADVICE (SAREES AND FABRIC) and a supplier portal page (the payer on top with its desk
    line; Supplier code, Purchase order No. and Goods receipt No. (the Nigam's Indent No. and Goods receipt
    No.) first, then Supplier / Paid to supplier / Payment in favour of / Beneficiary (supplier) / Supplier
    credited the company, at the head of the body or of the payment block; the status under the heading or at
    the end of the payment block; Invoices settled / Bills included in this payment / Against invoices, the
    bills with their pieces or metres and sums (dt. ... on some), Total of bills / Invoice value (gross),
    Less: TDS u/s 194Q @ 0.1% (the Nigam's Less: GST TDS u/s 51 - CGST 1% and Less: GST TDS u/s 51 - SGST 1%),
    Less: Weaving defect - n pcs / Less: Shade variation - n pcs returned / Less: Short length - n m @ rate /
    Less: Prompt payment discount @ 2% on some, above or below the payment block: Net amount paid / Net
    transfer to supplier / Amount remitted (net) (Amount withheld on the hold, Transfer returned by bank /
    Amount returned unpaid on the return), Mode of payment / Payment via NEFT / RTGS / IMPS, Supplier bank
    A/c, NEFT UTR No. / UTR No. (NEFT) / RTGS UTR No. / UTR No. (RTGS) / IMPS RRN, Payment document No. /
    Voucher No. / Remittance No., Value date / Date of transfer / Payment released on / Withheld on / On hold
    since / Date returned / Bounced on; Status: Paid - credited to supplier account / Payment processed /
    Payment withheld - pending quality check of the lot / Transfer returned - IFSC and account number do not
    match)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    buyer, mail, desk, kind, frame = PAYERS[k]
    nigam = buyer.startswith("M.P. Hastshilp")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", "Rs"))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment sent - Tanabana Chanderi",
                "Remittance against your invoices",
                f"Payment advice - {SHORT}",
            ]
            if status == "success"
            else ["Remittance against your invoices", "About your payment - Tanabana Chanderi"],
        )
    elif frame == "portal":
        tail = "advice" if j.no_ref else digits(rng, 9)
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{tail}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    section = "Purchase Cell" if nigam else rng.choice(["Accounts Payable", "Supplier Payments", "Accounts"])
    p.add("small", f"{section}, {desk}")
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - HANDLOOM PURCHASES",
                "Remittance intimation to supplier",
                "SUPPLIER PAYMENT ADVICE (SAREES AND FABRIC)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", rng.choice(["Dear Sir,", "Dear Sir / Madam,"]))
        p.add(
            "left",
            "We have made the payment below against your invoices."
            if status == "success"
            else "Please see the position of our payment against your invoices.",
        )
    words = {
        "success": ["Status: Paid - credited to supplier account", "Payment processed"],
        "pending": ["Payment withheld - pending quality check of the lot"],
        "failed": ["Transfer returned - IFSC and account number do not match"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if nigam:
        p.pair("Indent No.", f"MPHHVN/MRG/{rng.randrange(10, 99)}/{digits(rng, 4)}")
        p.pair("Goods receipt No.", f"GR/BPL/{digits(rng, 5)}")
    else:
        p.pair("Supplier code", f"{rng.choice(['S', 'SUP', 'CHN'])}{digits(rng, 5)}")
        p.pair("Purchase order No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.5:
            p.pair("Goods receipt No.", f"GRN{digits(rng, 7)}")
    labels = ["Supplier", "Paid to supplier", "Payment in favour of", "Beneficiary (supplier)"] + (
        ["Supplier credited"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi, gst = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    dated = rng.random() < 0.5 and not j.no_day
    bill_pat = rng.choice(["%d.%m.%Y", "%d/%m/%y", "%d-%b-%Y"])
    for _ in range(rng.randrange(1, 4)):
        if kind == "fabric":
            qty = rng.randrange(40, 600, 5)
        elif kind == "dupatta":
            qty = rng.randrange(10, 120)
        else:
            qty = rng.randrange(4, 40)
        each = float(rng.randrange(lo, hi, 10 if kind == "fabric" else 50))
        value = round(qty * each * (1 + gst / 100), 2)
        gross += value
        bill_day = earlier(rng, j, 8, 55)
        bill = f"TCH/{fy(bill_day)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" dt. {when(bill_day, bill_pat)}"
        bills.append((f"{bill}  {qty:,} {unit}", rs(value)))
    gross = round(gross, 2)
    base = gross / (1 + gst / 100)
    if nigam:
        half = round(base * 0.01, 2)
        tds_rows = [("Less: GST TDS u/s 51 - CGST 1%", half), ("Less: GST TDS u/s 51 - SGST 1%", half)]
    else:
        tds_rows = [("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2))]
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.2 and kind != "fabric":
        bad = rng.randrange(1, 4)
        cut = round(bad * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Weaving defect - {bad} {'pc' if bad == 1 else 'pcs'}", rs(cut)))
    elif pick < 0.4 and kind != "fabric":
        bad = rng.randrange(1, 4)
        cut = round(bad * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Shade variation - {bad} {'pc' if bad == 1 else 'pcs'} returned", rs(cut)))
    elif pick < 0.55 and kind == "fabric":
        short = rng.randrange(2, 18)
        cut = round(short * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Short length - {short} m @ {each * (1 + gst / 100):,.2f}", rs(cut)))
    elif pick < 0.8 and not nigam:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Prompt payment discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Invoices settled", "Bills included in this payment", "Against invoices"]
                if status == "success"
                else ["Against invoices", "Bills included in this payment"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Total of bills", "Invoice value (gross)"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment details", "Remittance"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount paid", "Net transfer to supplier", "Amount remitted (net)"],
            "pending": ["Amount withheld"],
            "failed": ["Transfer returned by bank", "Amount returned unpaid"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Mode of payment", "Payment via"]), way, method="netbanking")
        wrap_pair(p, "Supplier bank A/c", account(rng, [BANKS[0], BANKS[1], BANKS[3]]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[4:10]), way)
                lab = {
                    "IMPS": ["IMPS RRN"],
                    "RTGS": ["RTGS UTR No.", "UTR No. (RTGS)"],
                    "NEFT": ["NEFT UTR No.", "UTR No. (NEFT)"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PD', 'VCH', '19'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment document No.", "Voucher No.", "Remittance No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Value date", "Date of transfer", "Payment released on"],
                "pending": ["Withheld on", "On hold since"],
                "failed": ["Date returned", "Bounced on"],
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
    if frame == "mail":
        p.add("left", f"Thanks and regards,  Accounts, {buyer}")
    p.add(
        "small",
        "A Government of Madhya Pradesh undertaking. GST TDS is deposited and GSTR-7A issued every month."
        if nigam
        else "This is a computer generated advice. Please report any difference within 10 days.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Saree Sansaar Inc.",
        "Oak Tree Road, Iselin, New Jersey, USA",
        "USD",
        "Bank of America N.A.",
        1500,
        36000,
    ),
    (
        "Southall Silk House Ltd",
        "The Broadway, Southall, London, United Kingdom",
        "GBP",
        "Barclays Bank UK plc",
        1200,
        26000,
    ),
    (
        "Maison du Tissage SARL",
        "Rue du Faubourg Saint-Denis, Paris, France",
        "EUR",
        "BNP Paribas SA",
        1400,
        30000,
    ),
    (
        "Brampton Bridal Boutique Inc.",
        "Queen Street East, Brampton, Ontario, Canada",
        "CAD",
        "Royal Bank of Canada",
        2000,
        48000,
    ),
    (
        "Harris Park Saree Centre Pty Ltd",
        "Wigram Street, Harris Park, Sydney, Australia",
        "AUD",
        "Commonwealth Bank of Australia",
        2200,
        52000,
    ),
    (
        "Kyoto Textile Atelier K.K.",
        "Nishijin, Kamigyo-ku, Kyoto, Japan",
        "JPY",
        "MUFG Bank, Ltd.",
        240000,
        5200000,
    ),
    (
        "Sandringham Sarees Ltd",
        "Sandringham Road, Auckland, New Zealand",
        "NZD",
        "ANZ Bank New Zealand Ltd",
        2400,
        56000,
    ),
    (
        "Ruwi Fabrics LLC",
        "Souq Ruwi Street, Muscat, Sultanate of Oman",
        "OMR",
        "Bank Muscat SAOG",
        500,
        11000,
    ),
]
WIRE_BANKS = [
    ("State Bank of India", "browser"),
    ("HDFC Bank", "mail"),
    ("Bank of India", "paper"),
    ("ICICI Bank", "browser"),
    ("Axis Bank", "paper"),
    ("IndusInd Bank", "mail"),
    ("Central Bank of India", "paper"),
    ("Kotak Mahindra Bank", "browser"),
]
WIRE_RATES = {
    "USD": (86.1, 90.8),
    "GBP": (110.2, 117.9),
    "EUR": (94.3, 101.2),
    "CAD": (61.8, 65.9),
    "AUD": (55.6, 59.8),
    "JPY": (56.4, 61.9),
    "NZD": (50.7, 54.9),
    "OMR": (223.6, 236.2),
}
INTERMEDIARY = {
    "EUR": "Deutsche Bank AG, Frankfurt",
    "CAD": "Bank of Montreal, Toronto",
    "AUD": "Westpac Banking Corporation, Sydney",
    "NZD": "Bank of New Zealand, Wellington",
    "OMR": "JPMorgan Chase Bank N.A., New York",
}
SHIPPED = [
    "Chanderi silk-cotton sarees, handloom (HSN 5007)",
    "Chanderi handloom fabric 44 in, 600 m (HSN 5007)",
    "Handloom dupattas and stoles - 4 cartons by air",
    "Tissue silk bridal sarees with zari (HSN 5007)",
    "Chanderi sarees and suits - 3 cartons by courier",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; euros with the code before or
    after and grouped by dots with a decimal comma on some, or the euro sign before; CAD / C$, AUD / A$ and
    NZD / NZ$ before the sum; yen whole (JPY or the yen sign); Omani rials with three decimals (OMR / RO)."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur == "EUR":
        euro = sign(font, "\u20ac", "EUR ")
        style = rng.choice(["code", "code_after", "dots", "sign"])

        def show_eur(value: float) -> str:
            body = f"{value:,.2f}"
            if style == "dots":
                return "EUR " + body.replace(",", "_").replace(".", ",").replace("_", ".")
            if style == "code_after":
                return f"{body} EUR"
            if style == "sign":
                return f"{euro}{body}"
            return f"EUR {body}"

        return show_eur
    if cur == "JPY":
        yen = sign(font, "\u00a5", "JPY ") if rng.random() < 0.4 else "JPY "

        def show_jpy(value: float) -> str:
            return f"{yen}{round(value):,}"

        return show_jpy
    if cur == "OMR":
        mark = rng.choice(["OMR ", "RO "])

        def show_omr(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return show_omr
    mark = rng.choice({"CAD": ["CAD ", "C$"], "AUD": ["AUD ", "A$"], "NZD": ["NZD ", "NZ$"]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def swift_32a(j: Job, cur: str) -> str:
    """The 32A field as SWIFT writes it: the day (YYMMDD), the code and the sum with a decimal comma, no
    grouping (260316EUR12345,67; whole yen with the comma alone, 260316JPY1348000,)."""
    body = f"{round(j.amount)}," if cur == "JPY" else f"{j.amount:.2f}".replace(".", ",")
    return f"{j.date:%y%m%d}{cur}{body}"


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Handloom importers in New Jersey, London, Paris, Brampton, Sydney, Kyoto, Auckland and Muscat paying
    for the sarees, the fabric and the dupattas: the banks' inward remittance advices (browser, e-mail,
    printed ADVICE OF INWARD REMITTANCE - EXPORT RECEIPT / Inward foreign remittance - credit advice / e-FIRC
    - inward remittance intimation: the bank on top with its forex desk; the status under the heading on some,
    at the foot on the rest; Credit date / Value date / Date of realisation / Received on (funds held) / Held
    since / Returned on / Date of refund to remitter first or after the references, or the day, the code and
    the sum run together on one Field 32A (value date / currency / amount) row on some credited ones; the
    beneficiary's block (Beneficiary customer (59) / Exporter name / In favour of (exporter) / Beneficiary the
    company, Account No., IEC) above or below the remitter's (Ordering party (50K) / Overseas buyer, Ordering
    institution (52A) / Sender's bank, Intermediary institution (56A) on some); Remittance amount (FCY) /
    Inward amount / Amount received in foreign currency in US dollars, pounds, euros, Canadian dollars,
    Australian dollars, yen, New Zealand dollars or Omani rials, Details of charges, Exchange rate (per 100
    JPY on the yen; indicative on the held one), INR equivalent, Less: Commission and GST and Net amount
    credited (INR) on the credited ones, Purpose code, Description of goods, Export invoice No., Shipping bill
    No. and date, Message type, Sender's reference (20), IRM No. / Inward remittance No. / e-BRC / IRM ref.,
    UETR; Proceeds credited to exporter's account - e-BRC ready / Status: Credited - IRM generated / On hold -
    purpose of remittance to be confirmed by the exporter / Returned to ordering bank - beneficiary name
    mismatch)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.6:
        j.amount = round(rng.uniform(lo, hi), 2)
    else:
        j.amount = float(rng.randrange(lo // 50, hi // 50) * 50)
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex Services <forex.inward@{slug(bank)}>",
            [
                "Inward remittance credited - export proceeds",
                "Credit advice - foreign inward remittance",
                "e-FIRC: inward remittance received",
            ]
            if status == "success"
            else ["Inward remittance - action required", "Foreign inward remittance advice"],
        )
    elif frame == "browser":
        tail = "view" if j.no_ref else code(rng, 10, ALNUM)
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/inward/advice/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Desk, Chanderi Branch, Distt. Ashoknagar",
                "Centralised Trade Processing Centre, Bhopal",
                "International Business Branch, Gwalior",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF INWARD REMITTANCE - EXPORT RECEIPT",
                "Inward foreign remittance - credit advice",
                "e-FIRC - inward remittance intimation",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Proceeds credited to exporter's account - e-BRC ready",
            "Status: Credited - IRM generated",
        ],
        "pending": ["On hold - purpose of remittance to be confirmed by the exporter"],
        "failed": ["Returned to ordering bank - beneficiary name mismatch"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credit date", "Value date", "Date of realisation"],
        "pending": ["Received on (funds held)", "Held since"],
        "failed": ["Returned on", "Date of refund to remitter"],
    }[status]
    one_row = status == "success" and not j.no_day and rng.random() < 0.4
    day_first = rng.random() < 0.5 and not one_row
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(p, rng.choice(["Ordering party (50K)", "Overseas buyer"]), f"{payer}, {city}")
        wrap_pair(p, rng.choice(["Ordering institution (52A)", "Sender's bank"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary institution (56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                ["Beneficiary customer (59)", "Exporter name", "In favour of (exporter)", "Beneficiary"]
            ),
            me,
            merchant=me,
        )
        p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['EEFC', 'Current'])})")
        p.pair("IEC", iec(rng))

    if rng.random() < 0.5:
        beneficiary_block()
        p.add("rule")
        remitter_block()
    else:
        remitter_block()
        p.add("rule")
        beneficiary_block()
    if one_row:
        wrap_pair(
            p,
            "Field 32A (value date / currency / amount)",
            swift_32a(j, cur),
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
    else:
        p.pair(
            rng.choice(["Remittance amount (FCY)", "Inward amount", "Amount received in foreign currency"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    p.pair("Details of charges", rng.choice(["SHA", "OUR", "BEN"]))
    if status != "failed":
        per = f"100 JPY = INR {rate}" if cur == "JPY" else f"1 {cur} = INR {rate}"
        p.pair("Exchange rate", per if status == "success" else f"{per} (indicative)")
    if status == "success":
        inr = round(j.amount * rate / (100 if cur == "JPY" else 1), 2)
        p.pair("INR equivalent", f"INR {num(inr)}")
        chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Commission and GST", f"INR {num(chg)}")
        p.pair("Net amount credited (INR)", num(inr - chg))
    advance = rng.random() < 0.3
    p.pair("Purpose code", "P0103 - advance receipt against exports" if advance else "P0102 - export bills")
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"TCH/EX/{rng.randrange(1, 140):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 75), rng.choice(WIRE_PATS)))
    p.pair("Message type", rng.choice(["MT103", "MT103 (SWIFT gpi)"]), method="netbanking")
    p.pair("Sender's reference (20)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'BRC'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["IRM No.", "Inward remittance No.", "e-BRC / IRM ref."]), ref, txn=(BANK_RANK, ref)
        )
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if not day_first and not one_row:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "The IRM is reported to EDPMS; regularise it against your shipping bill within the time FEMA allows."
        if status == "success"
        else "Please write to the forex desk with the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the emporium, loom shed, dye house


# the party, the way it paid, the unit (emporium, looms, dyehouse, or the accounts desk's mail), the goods
SALES = [
    ("Mrs. Kavita Apte, staying at Hotel Tana Bana, Chanderi", "card", "emporium", "saree"),
    ("M/s Rangrez Boutique, Sapna Sangeeta Road, Indore", "NEFT", "looms", "fabric"),
    ("Shri Devendra Singh Chauhan (daughter's wedding), Shivpuri", "cheque", "emporium", "bridal"),
    ("Panipat Yarn Recyclers, Sector 29, Panipat", "cash", "looms", "katran"),
    ("Haji Abdul Gaffar Bunkar, Momin Mohalla, Chanderi", "cheque", "dyehouse", "dyeing"),
    ("Mrs. Rashmi Saxena, Lashkar, Gwalior", "UPI", "emporium", "saree"),
    ("Chanderi Bunkar Sahakari Samiti, Pranpur", "UPI", "dyehouse", "dyeing"),
    ("Ms. Anjali Menon, Indiranagar, Bengaluru", "NEFT", "mail", "bridal"),
]
SALE_HEADS = {
    "emporium": ["CASH MEMO / TAX INVOICE - CHANDERI SAREES", "SALE BILL - HANDLOOM SAREES AND DUPATTAS"],
    "fabric": ["FABRIC SALE BILL - BY THE METRE", "THAN SALE CHALLAN CUM INVOICE"],
    "katran": ["WASTE YARN (KATRAN) SALE MEMO - BY KG", "YARN WASTE DISPOSAL RECEIPT"],
    "dyeing": ["YARN DYEING JOB WORK BILL - PER KG", "RANGAI MAJDOORI BILL (JOB WORK)"],
}
SEALS = {
    "emporium": ("TANABANA EMPORIUM", "DELHI DARWAZA, CHANDERI"),
    "looms": ("TANABANA KARGHA SHALA", "PRANPUR, CHANDERI"),
    "dyehouse": ("TANABANA RANGAI", "RAJGHAT ROAD, CHANDERI"),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The emporium's CASH MEMO / TAX INVOICE - CHANDERI SAREES / SALE BILL - HANDLOOM SAREES AND DUPATTAS to
    a tourist staying at the Tana Bana hotel, a Shivpuri wedding family and a Gwalior family, the loom shed's
    FABRIC SALE BILL - BY THE METRE / THAN SALE CHALLAN CUM INVOICE to an Indore boutique and WASTE YARN
    (KATRAN) SALE MEMO - BY KG / YARN WASTE DISPOSAL RECEIPT to a Panipat recycler, the dye house's YARN
    DYEING JOB WORK BILL - PER KG / RANGAI MAJDOORI BILL (JOB WORK) to a master weaver and the weavers'
    society (paper: the emporium, the loom shed, the dye house or the company on top with its "A unit of"
    line, address and GSTIN; Memo No. / Sale bill No. / Than challan No. / Fabric bill No. / Katran memo No. /
    Disposal receipt No. / Job bill No. / Rangai bill No. and Memo date / Dated / Bill dt. / Date in either
    order, then Sold to / Name of customer / Purchaser's name (Job work for on the dye house's), the pieces,
    metres or kilos x rate (the shade and lot numbers on the dye house's), Less: Festive discount @ 10% on
    some of the emporium's, CGST and SGST or IGST, Round off, Total / Net payable / Grand total / Total order
    value, Cash received / Received in cash / Paid by UPI (QR scan) / UPI amount received / Paid by card /
    Card payment / Amount of cheque / By cheque / NEFT amount received / Received through NEFT, the sum in
    words under it, the sums with /- after them on some, Mode / Paid by, UPI Ref. No. / UPI RRN / UTR No. /
    NEFT UTR / Approval code / Auth No., Cheque No. and bank, Cheque dt., the fabric's Transporter and GR No.,
    the katran's Vehicle No.; RECEIVED WITH THANKS / PAID / PAID - SAREE PACKED IN CLOTH BAG / PAID - THAN
    HANDED TO TRANSPORTER / PAID - KATRAN WEIGHED AND LIFTED / PAID - DYED YARN DELIVERED TO PARTY / CHEQUE
    SENT FOR CLEARING - SAREES HANDED OVER ON REALISATION / CHEQUE RETURNED UNPAID - EXCEEDS ARRANGEMENT, BILL
    VOID, the rubber stamp, For <unit> - Counter in-charge / For <unit> - Manager / For <unit> - Accounts,
    Customer's / Party's signature) and the accounts desk's Advance received - thank you e-mail to a Bengaluru
    bride's family (Advance receipt No. / Receipt ref., Received on / Date of credit, IGST, Total order value,
    Advance amount received / Token advance with the Balance payable before dispatch, UTR / NEFT UTR No.;
    ADVANCE RECEIVED - WARP FOR YOUR SAREES IS BEING SET ON THE LOOM)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    party, way, unit, kind = SALES[k]
    marks = ("Rs.", "\u20b9", "Rs", "")
    rs = money(rng, font, 0.0, marks=marks) if unit == "mail" else paper_rs(rng, font, marks)
    name = {"emporium": EMPORIUM, "looms": LOOMS, "dyehouse": DYEHOUSE, "mail": COMPANY}[unit]
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@tanabanachanderi.in>",
            [
                "Advance received - Tanabana Chanderi",
                "We have received your advance",
                "Receipt for your order - Tanabana Chanderi Handlooms",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Handloom weavers of Chanderi since 1958  |  Accounts desk")
        p.add("center", "Advance received - thank you")
        p.add("rule")
        p.part = "body"
    else:
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - Chanderi",
            where[1],
            where[2],
            SALE_HEADS["emporium" if unit == "emporium" else kind],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "emporium": ["TCE", "CM"],
            "looms": ["TKS", "PRN"],
            "dyehouse": ["TRK", "JW"],
            "mail": ["TCH", "ADV"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = {
            "mail": ["Advance receipt No.", "Receipt ref."],
            "emporium": ["Memo No.", "Sale bill No."],
            "fabric": ["Than challan No.", "Fabric bill No."],
            "katran": ["Katran memo No.", "Disposal receipt No."],
            "dyeing": ["Job bill No.", "Rangai bill No."],
        }["mail" if unit == "mail" else "emporium" if unit == "emporium" else kind]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = {
        "mail": ["Received on", "Date of credit"],
        "emporium": ["Memo date", "Dated", "Date"],
    }.get(unit, ["Bill dt.", "Dated", "Date"])
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    party_labels = (
        ["Job work for"] if kind == "dyeing" else ["Sold to", "Name of customer", "Purchaser's name"]
    )
    wrap_pair(p, rng.choice(party_labels), party)
    advance = unit == "mail"
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "dyeing":
        base = 0.0
        rate = float(rng.randrange(lo, hi, 5))
        for _ in range(rng.randrange(1, 4)):
            kg = round(rng.uniform(6, 45), 1)
            value = round(kg * rate, 2)
            base += value
            p.pair(
                f"  Shade {rng.choice(['RN', 'PK', 'MG', 'TL'])}-{rng.randrange(10, 99)}, lot "
                f"{rng.randrange(100, 999)}: {kg:.1f} kg x {rate:,.2f}",
                rs(value),
            )
        base = round(base, 2)
    elif kind == "katran":
        kg = round(rng.uniform(40, 260), 1)
        rate = float(rng.randrange(lo, hi, 5))
        base = round(kg * rate, 2)
        p.pair(f"  {kg:,.1f} kg x {rate:,.2f}", rs(base))
    elif kind == "fabric":
        base = 0.0
        rate = float(rng.randrange(lo, hi, 5))
        for _ in range(rng.randrange(1, 3)):
            metres = float(rng.randrange(20, 180))
            value = round(metres * rate, 2)
            base += value
            shade = rng.choice(["Ivory", "Onion pink", "Mint", "Mustard"])
            p.pair(f"  {shade} than: {metres:.0f} m x {rate:,.2f}", rs(value))
        base = round(base, 2)
    else:
        if kind == "bridal":
            qty = rng.randrange(2, 6) if advance else rng.randrange(1, 4)
        else:
            qty = rng.randrange(1, 5)
        rate = float(rng.randrange(lo, hi, 50))
        base = round(qty * rate, 2)
        p.pair(f"  {qty} {'pc' if qty == 1 else 'pcs'} x {rate:,.2f}", rs(base))
        if unit == "emporium" and kind == "saree" and rng.random() < 0.6:
            off = round(base * 0.1, 2)
            p.pair("Less: Festive discount @ 10%", rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, unit == "mail")
    p.pair(
        rng.choice(["Total order value"] if advance else ["Total", "Net payable", "Grand total"]), rs(bill)
    )
    j.amount = float(round(bill * rng.choice([0.25, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Amount of cheque", "By cheque"])
    elif advance:
        lab = rng.choice(["Advance amount received", "Token advance"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(["Paid by UPI (QR scan)", "UPI amount received"]),
            "card": rng.choice(["Paid by card", "Card payment"]),
            "NEFT": rng.choice(["NEFT amount received", "Received through NEFT"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance payable before dispatch", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Paid by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:4])}")
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:10]), "NEFT")
        p.pair(rng.choice(["UTR No.", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth No."]), appr, txn=(APPR_RANK, appr))
    if kind == "fabric":
        wrap_pair(p, "Transporter", rng.choice(["Betwa Roadways", "Shree Krishna Transport Co., Ashoknagar"]))
        p.pair("GR No.", f"{rng.choice(['BR', 'SK'])}{digits(rng, 6)}")
    elif kind == "katran":
        p.pair("Vehicle No.", f"HR-06-{rng.choice(['AB', 'K', 'C'])}-{digits(rng, 4)}")
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - WARP FOR YOUR SAREES IS BEING SET ON THE LOOM"]
    else:
        words.append(
            {
                "saree": "PAID - SAREE PACKED IN CLOTH BAG",
                "fabric": "PAID - THAN HANDED TO TRANSPORTER",
                "katran": "PAID - KATRAN WEIGHED AND LIFTED",
                "dyeing": "PAID - DYED YARN DELIVERED TO PARTY",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE SENT FOR CLEARING - SAREES HANDED OVER ON REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - EXCEEDS ARRANGEMENT, BILL VOID",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "katran": "Waste sold as is where is, weighed on our scale in the buyer's presence.",
            "fabric": "Handwoven: slight unevenness in the weave is the mark of the handloom, not a defect.",
            "dyeing": "Shade matched to the party's sample; colour fastness as per the dyes supplied.",
            "bridal": "Weaving takes six to eight weeks; the balance is payable before dispatch."
            if advance
            else "Sarees are handed over only after the cheque is realised in our account.",
        }.get(
            kind,
            "Handloom product of Chanderi (GI registered). Dry clean only. Goods sold are not taken back.",
        ),
    )
    if unit != "mail":
        desk = "Counter in-charge" if unit == "emporium" else "Manager"
        right(p, rng.choice([f"For {name} - {desk}", f"For {name} - Accounts"]))
        p.add("left", "Customer's signature" if unit == "emporium" else "Party's signature")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. silk, yarn, zari, dyes, loom stores


SUPPLIERS = [
    (
        "Ramanagara Silk Twisters Pvt Ltd",
        "Mulberry raw silk | Twisted silk warp and weft | Dyed silk yarn",
        "Plot 17, KSSIDC Industrial Estate, Ramanagara - 562159, Karnataka",
        "29",
        "RST",
    ),
    (
        "Kovai Fine Counts Spinners",
        "Combed compact cotton yarn 80s to 120s | Hank and cone",
        "SF 212, Avinashi Road, Peelamedu, Coimbatore - 641004, Tamil Nadu",
        "33",
        "KFC",
    ),
    (
        "Surat Kasab Zari Udyog",
        "Tested zari (kasab) | Half fine and metallic zari",
        "Shop 14, Gopipura Main Road, Surat - 395001, Gujarat",
        "24",
        "SKZ",
    ),
    (
        "Vatva Colour Chem",
        "Acid and reactive dyes | Dyeing auxiliaries for silk and cotton",
        "Plot 422, Phase IV, GIDC Vatva, Ahmedabad - 382445, Gujarat",
        "24",
        "VCC",
    ),
    (
        "Kashi Loom & Jacquard Stores",
        "Jacquard machines and punched cards | Reeds, healds and shuttles",
        "D 48/112, Madanpura, Varanasi - 221001, Uttar Pradesh",
        "09",
        "KLJ",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "RST": [
        ("Mulberry silk 20/22 denier, 2-ply twisted warp", "5004", "kg", 5200, 7400, 5, 5, 60),
        ("Dyed silk yarn for weft - 2-ply, assorted shades", "5004", "kg", 6100, 8200, 5, 4, 40),
    ],
    "KFC": [
        ("Cotton yarn 100s combed compact - hank", "5205", "kg", 420, 620, 5, 50, 600),
        ("Cotton yarn 120s combed - cone", "5205", "kg", 540, 780, 5, 40, 400),
    ],
    "SKZ": [
        ("Tested zari (kasab) - gold, 1 marc reel", "5605", "marcs", 950, 1600, 5, 20, 200),
        ("Half fine zari - silver, 250 g spool", "5605", "spools", 680, 1100, 5, 20, 160),
    ],
    "VCC": [
        ("Acid dyes for silk - assorted shades", "3204", "kg", 900, 2600, 18, 5, 80),
        ("Levelling and fixing agent", "3809", "kg", 140, 320, 18, 20, 200),
    ],
    "KLJ": [
        ("Jacquard cards punched to design - 240 hooks", "4823", "sets", 1800, 4200, 18, 2, 20),
        ("Steel reed (kanghi) 120 count, 48 in", "8448", "pcs", 650, 1400, 18, 4, 40),
        ("Wooden shuttle with pirns", "8448", "pcs", 280, 520, 18, 10, 60),
    ],
}
SUPPLY_ORDER = [1, 0, 2, 4, 3, 1, 0, 2]
SUPPLY_WAYS = ["NEFT", "RTGS", "UPI", "-", "NEFT", "UPI", "RTGS", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Ramanagara silk twister, the Coimbatore cotton spinner, the Surat zari maker, the Vatva dye maker
    and the Varanasi loom store billing the company (paper: the supplier on top, its line, address and GSTIN;
    TAX INVOICE (ORIGINAL FOR BUYER) / GST INVOICE / TAX INVOICE - PAYMENT ACKNOWLEDGED, Invoice No. / Bill
    No. / Inv. Sr. No. and Bill date / Invoice dt. / Dated in either order, or the number and the day on one
    Bill No. / Date row (<number> dt. <day>) on some, Billed to / Name of buyer / Recipient (billed to) the
    company, Shipped to / Consignee (place of supply) the loom shed or the dye house, State code, E-way bill
    No., Transporter and GR No. or Courier and Docket No., Your order ref., the silk, yarn, zari, dyes, cards,
    reeds or shuttles with HSN, kg, marcs, spools, sets or pcs x rate, Taxable value, CGST and SGST or IGST @
    5% or 18%, Round off, Invoice total / Total amount (incl. GST), Less: Advance received and Balance paid by
    NEFT / RTGS on some, Less: TDS u/s 194Q (by buyer) and Net received by NEFT / RTGS on some, else Amount
    received by NEFT / RTGS / Paid through UPI / UPI payment received, with UTR No. / RTGS UTR / NEFT UTR /
    UPI Ref. No. / UPI RRN, or Cheque received for / Amount of cheque with Cheque No.; PAYMENT RECEIVED / PAID
    IN FULL / ACCOUNT SETTLED / PAID BY NEFT / RTGS / UPI / CHEQUE IN CLEARING - RECEIPT PROVISIONAL / CHEQUE
    RETURNED - PAYMENT STOPPED BY DRAWER, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = paper_rs(rng, font, ("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE (ORIGINAL FOR BUYER)", "GST INVOICE", "TAX INVOICE - PAYMENT ACKNOWLEDGED"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        wrap_pair(p, "Bill No. / Date", f"{inv} dt. {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(rng.choice(["Invoice No.", "Bill No.", "Inv. Sr. No."]), inv, txn=(INVOICE_RANK, inv))

        day_labels = ["Bill date", "Invoice dt.", "Dated"]
        if rng.random() < 0.5:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
        else:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
    ours_to(p, ["Billed to", "Name of buyer", "Recipient (billed to)"])
    deliver = {
        "RST": f"{LOOMS}, Pranpur",
        "KFC": f"{LOOMS}, Pranpur",
        "SKZ": f"{LOOMS}, Pranpur",
        "VCC": f"{DYEHOUSE}, Rajghat Road",
        "KLJ": f"{LOOMS}, Pranpur",
    }[tag]
    wrap_pair(p, rng.choice(["Shipped to", "Consignee (place of supply)"]), deliver)
    p.pair("State code", "Madhya Pradesh - 23")
    if tag not in ("SKZ",):
        p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("KFC", "VCC", "KLJ"):
        wrap_pair(
            p,
            "Transporter",
            rng.choice(["Jabalpur Golden Roadways", "Shree Balaji Parcel Service", "VRL Logistics Ltd"]),
        )
        p.pair("GR No.", f"{rng.choice(['G', 'JG', 'VR'])}{digits(rng, 7)}")
    else:
        wrap_pair(p, "Courier", rng.choice(["Shree Maruti Courier", "DTDC Express", "Trackon Couriers"]))
        p.pair("Docket No.", f"{rng.choice(['5', '7', 'D'])}{digits(rng, 9)}")
    p.pair("Your order ref.", f"TCH/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        wrap_pair(p, item, f"HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "23")
    p.pair(rng.choice(["Invoice total", "Total amount (incl. GST)"]), rs(total))
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
        p.pair("Less: Advance received", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q (by buyer)", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "Amount of cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif tds:
            lab = f"Net received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Paid through UPI", "UPI payment received"])
        else:
            lab = f"Amount received by {way}"
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:4]), way)
                p.pair(rng.choice(["UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAYMENT RECEIVED", "PAID IN FULL", "ACCOUNT SETTLED", f"PAID BY {way}"]),
        "pending": "CHEQUE IN CLEARING - RECEIPT PROVISIONAL",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Interest @ 18% p.a. on bills unpaid after 45 days. All disputes subject to {town} "
        "jurisdiction only.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Betwa Roadways", "Freight - 14 bales of sarees, Chanderi to Delhi", 9000, 42000),
    ("Naksha Design Studio", "Graph and jacquard design - 6 new bootis", 12000, 48000),
    ("Shri Mahendra Kumar Jain", "Emporium rent - Delhi Darwaza, Chanderi", 28000, 65000),
    (
        "Agrawal Maheshwari & Co., Chartered Accountants",
        "Audit fee and GST returns - half year",
        30000,
        110000,
    ),
    ("Surya Urja Solar Services", "Solar plant servicing - dye house roof, annual contract", 18000, 72000),
    ("Shree Ganesh Warp Sizing Works", "Warp sizing and beaming - 40 warps", 22000, 95000),
    ("Lens & Loom Studio, Bhopal", "Catalogue shoot - festive collection, 2 days", 35000, 140000),
    ("Blue Dart Express Ltd", "Export courier - sample parcels, monthly bill", 15000, 60000),
]
CORP_PORTALS = [
    ("yono BUSINESS", "State Bank of India", "yonobusiness.sbi.bank.in/transfers/status"),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfc.bank.in/payments/view-transaction"),
    ("Cent Corporate Net Banking", "Central Bank of India", "corporate.centralbank.bank.in/ftx/enquiry"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its carrier, the naksha designer, the emporium's landlord, the chartered
    accountants, the solar plant's mechanic, the warp sizer, the catalogue photographer and the courier:
    corporate net banking's transfer pages (yono BUSINESS, HDFC Bank ENet, Cent Corporate Net Banking: the
    portal on top and the bank's line, Transfer details / Payment enquiry; three layouts: the day under the
    heading and the status on a Transaction status row among the details; the status under the heading and the
    day at the foot; the day under the heading and the status at the foot: Transfer date / Executed on / Txn
    date / Created on / Entered on / Rejected on / Credited back on; Transaction successful - beneficiary
    credited / Executed - UTR received / Pending with checker - not yet released to the bank / Rejected by
    beneficiary bank - account frozen, funds credited back; the references (UTR No. / NEFT UTR / RTGS UTR /
    IMPS RRN and Reference No. / Core banking ref.) above or below the payee: Beneficiary / Name of
    beneficiary / To beneficiary / Payee name, Short name, Beneficiary A/c No. and IFSC, From account the
    company, Corporate user ID, Amount (INR) / Transfer amount / Amount debited, Payment type / Channel NEFT /
    RTGS / IMPS, Purpose / Narration, Maker / Checker, Balance after transfer on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?txn={digits(rng, 11)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments and transfers', 'Single payment', 'Enquiries'])}")
    p.add("center", rng.choice(["Transfer details", "Payment enquiry"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transaction successful - beneficiary credited", "Executed - UTR received"],
        "pending": ["Pending with checker - not yet released to the bank"],
        "failed": ["Rejected by beneficiary bank - account frozen, funds credited back"],
    }
    day_labels = {
        "success": ["Transfer date", "Executed on", "Txn date"],
        "pending": ["Created on", "Entered on"],
        "failed": ["Rejected on", "Credited back on"],
    }[status]
    hour = rng.random() < 0.5
    # 0: the day on top, the status on a row among the details; 1: the status on top, the day at the foot;
    # 2: the day on top, the status at the foot
    layout = rng.randrange(3)
    if layout in (0, 2):
        date_row(p, j, day_labels, hour=hour)
    else:
        outcome_row(p, status, words)
    p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

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
        tr = f"{rng.choice(['CB', 'FT', 'TR'])}{digits(rng, 12)}"
        p.pair(rng.choice(["Reference No.", "Core banking ref."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary", "Name of beneficiary", "To beneficiary", "Payee name"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "CDR")
    ben = rng.choice(BANKS[:11])
    p.pair("Beneficiary A/c No.", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "From account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Corporate user ID", f"TCHPL.{rng.choice(['ACCOUNTS', 'DIRECTOR'])}{digits(rng, 1)}")
    p.pair(rng.choice(["Amount (INR)", "Transfer amount", "Amount debited"]), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Payment type", "Channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose", "Narration"]), note)
    p.pair("Maker / Checker", f"TCHMKR01 / {'pending' if status == 'pending' else 'TCHCHK02'}")
    if layout == 0:
        p.pair("Transaction status", rng.choice(words[status]), status=status)
    if status == "success" and rng.random() < 0.5:
        p.pair("Balance after transfer", rs(rupees(rng, 120000, 4800000)))
    if not refs_first:
        refs()
    if layout == 1:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    elif layout == 2:
        p.add("rule")
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "Funds of a rejected transfer are credited back to the debit account by the next working day.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. weavers, winders, a warper, dye hands


# payee, role, mohalla or village, kind
WORKERS = [
    ("Abdul Rashid Ansari", "Bunai - bootidar saree, pit loom No. 3", "Momin Mohalla, Chanderi", "weave"),
    ("Rajkumar Koli", "Bunai - tissue dupattas, jacquard loom No. 11", "Pranpur", "weave"),
    ("Shahjahan Bee", "Nari bharai - silk weft on pirns, at home", "Kati Ghati, Chanderi", "wind"),
    ("Hariram Kushwaha", "Tana (warping) - 6 saree warps", "Pranpur", "warp"),
    ("Mohd. Salim Ansari", "Bunai - zari border saree, pit loom No. 7", "Ansar Nagar, Chanderi", "weave"),
    ("Santosh Ahirwar", "Kargha mistri - loom fitting, 3 days", "Singhpur", "fit"),
    ("Ruksana Bano", "Nari bharai - cotton weft on pirns, at home", "Rajghat Road, Chanderi", "wind"),
    ("Kamlesh Koli", "Dye house hand - yarn washing and drying", "Bamhori", "dye"),
]
WORK_FRAMES = ["paper", "gpay", "paper", "payout", "paper", "yono", "paper", "payout"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "weave": (
        ["BUNAI MAJDOORI PARCHI - PRATI SAREE", "WEAVING WAGES - PER SAREE"],
        ["Bunkar (weaver)", "Weaving wages paid to"],
        "Sarees woven: {q} x {rate}",
        (1800, 4600),
        (1, 5),
        ["Net majdoori paid", "Amount paid to weaver"],
    ),
    "wind": (
        ["NARI BHARAI MAJDOORI - GHAR KAAM (PER KG)", "PIRN WINDING WAGES - HOME WORK"],
        ["Name of winder", "Bharai paid to"],
        "Yarn wound on pirns (kg): {q} x {rate}",
        (60, 140),
        (6, 40),
        ["Net bharai paid", "Amount handed to winder"],
    ),
}


def payout_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Paytm's payout page (Paytm for Business on top and the company's payouts line under it; the payee above
    the sum and the status or under them)."""
    j.amount = rupees(rng, 2200, 24000, 0.6)
    pid = f"PYT{digits(rng, 12)}"
    p = browser_page(rng, font, "dashboard.paytm.com/next/payouts" + ("" if j.no_ref else f"/{pid}"))
    p.part = "head"
    top(p, "Paytm for Business")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payout successful - amount credited", "Status: Completed (RRN received)"],
        "pending": ["Processing - beneficiary bank yet to confirm"],
        "failed": ["Payout failed - beneficiary account frozen, amount reversed to wallet"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Payee name", "Transferred to (beneficiary)"]), who, merchant=who)
        p.pair("Payee ID", f"BEN{digits(rng, 8)}")

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
        p.pair("Account", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
    else:
        p.pair("VPA", f"{who.split()[0].lower().strip('.')}{rng.randrange(10, 99)}@okaxis")
    p.pair(rng.choice(["Payout mode", "Transfer via"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Purpose",
        rng.choice(["Warping - 6 warps", "Tana wages - week 22"])
        if kind == "warp"
        else rng.choice(["Dye house wages - fortnight", "Yarn washing - 12 days"]),
    )
    if not j.no_ref:
        p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            p.pair(rng.choice(["Bank RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        oid = f"TCH{kind.upper()}{digits(rng, 7)}"
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
    date_row(
        p,
        j,
        {
            "success": ["Completed on", "Payout date"],
            "pending": ["Initiated on", "Requested on"],
            "failed": ["Failed on", "Reversed on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary bank has confirmed the credit for this payout.",
            "pending": "Please do not initiate the payout again; the status updates when the bank replies.",
            "failed": "A failed payout's amount is back in your payouts wallet.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its weavers by the saree and its home pirn winders by the kilo on paper, its warper
    and a dye house hand through Paytm payouts and a weaver and the loom fitter from the phone: its printed
    BUNAI MAJDOORI PARCHI - PRATI SAREE / WEAVING WAGES - PER SAREE / NARI BHARAI MAJDOORI - GHAR KAAM (PER
    KG) / PIRN WINDING WAGES - HOME WORK (the company on top with the loom shed's line, Bunkar (weaver) /
    Weaving wages paid to / Name of winder / Bharai paid to, Work type, Mohalla / gaon, Weaver ID card No. (no
    fact), Parchi No. / Majdoori slip No., Date / Payment dt. / Paid on, the sarees or kilos x rate, Add: Zari
    booti extra / Add: Wedding order rush / Add: Fine count extra, Gross majdoori / Total earned, Less: Fault
    penalty (tootan) / Less: Peshgi (advance) recovered, Net majdoori paid / Amount paid to weaver / Net
    bharai paid / Amount handed to winder, Mode Cash / UPI / IMPS, UPI Ref. No. / IMPS ref. No.; PAID / PAID
    IN CASH / PAID - ENTRY IN BUNKAR KHATA / PAID - SAREES CHECKED AND TAKEN IN GODOWN / PAID - PIRNS COUNTED
    AND TAKEN IN STORE, the worker's signature or thumb), Paytm payout pages for the warper and the dye house
    hand (Paytm for Business on top and Payouts | the company under it, the payee above the sum and the status
    or under them, Payee name / Transferred to (beneficiary), Payee ID, Account / VPA, Payout mode / Transfer
    via, Purpose, Payout ID, Bank RRN / UTR, Order ID, Completed on / Payout date / Initiated on / Requested
    on / Failed on / Reversed on; Payout successful - amount credited / Status: Completed (RRN received) /
    Processing - beneficiary bank yet to confirm / Payout failed - beneficiary account frozen, amount reversed
    to wallet), a Google Pay screen paying a weaver (Paid to / To above the sum or under the status; Paid /
    Money sent; Paid on / Date & time; UPI transaction ID, Google transaction ID) and a YONO SBI IMPS transfer
    to the loom fitter (Transferred to / Beneficiary name above the sum or under the status; Transfer
    successful / Funds transferred successfully; Date & time / Transferred on; IMPS Ref. No. and YONO ref.
    No.)."""
    k = place("worker_pay")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=900, high=22000, p_round=0.9)
    who, role, mohalla, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        return payout_page(rng, font, j, status, who, kind, rs)
    if frame in ("gpay", "yono"):
        j.amount = rupees(rng, 2400, 16000, 0.9)
        gpay = frame == "gpay"
        p = phone_page(rng, font, k, ["", "Transaction details"] if gpay else ["", "Fund transfer"])
        p.part = "head"
        p.add("title", "Google Pay" if gpay else "YONO SBI")
        p.add("gap")
        p.part = "body"
        to_labels = ["Paid to", "To"] if gpay else ["Transferred to", "Beneficiary name"]
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(to_labels))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Paid", "Money sent"]
                if gpay
                else ["Transfer successful", "Funds transferred successfully"]
            },
        )
        if not pay_first:
            p.add("small", rng.choice(to_labels))
            p.add("center", who, merchant=who)
        if gpay:
            p.add(
                "small",
                f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okaxis', 'oksbi', 'okicici'])}",
                method="UPI",
            )
        else:
            p.add("small", f"A/c XXXXXXX{digits(rng, 4)}  |  Madhya Pradesh Gramin Bank")
            p.pair("Transfer type", "IMPS", method="netbanking")
        p.add("rule")
        date_row(p, j, ["Paid on", "Date & time"] if gpay else ["Date & time", "Transferred on"], hour=True)
        p.pair(
            rng.choice(["Note", "Remarks"]),
            rng.choice(["Saree bunai - 2 pcs", "Loom wages", "Bunai majdoori"])
            if gpay
            else rng.choice(["Loom fitting 3 days", "Mistri wages"]),
        )
        p.pair(
            rng.choice(["From", "Debit account"]),
            f"{'Central Bank of India' if gpay else 'State Bank of India'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if gpay:
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = f"CICAgO{code(rng, 12, MIXED)}"
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"YN{j.date:%y%m%d}{digits(rng, 10)}"
                wrap_pair(p, "YONO ref. No.", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done" if gpay else "Download receipt  |  Home")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    where = UNITS["looms"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{LOOMS} - {'ghar kaam (home work)' if kind == 'wind' else 'bunai, per saree'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work type", role)
    p.pair("Mohalla / gaon", mohalla)
    p.pair("Weaver ID card No.", f"MP/ASK/{rng.randrange(1000, 99999)}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}M/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Parchi No.", "Majdoori slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Payment dt.", "Paid on"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    if kind == "weave":
        rate = float(round(rate, -2))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 400, 600]))
        p.pair(
            rng.choice(["Add: Zari booti extra", "Add: Wedding order rush"])
            if kind == "weave"
            else "Add: Fine count extra",
            rs(extra),
        )
        gross += extra
    p.pair(rng.choice(["Gross majdoori", "Total earned"]), rs(gross))
    cut = 0.0
    if kind == "weave" and rng.random() < 0.5:
        cut = float(rng.choice([100, 200, 300]))
        p.pair("Less: Fault penalty (tootan)", rs(cut))
    if gross > 2500 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair("Less: Peshgi (advance) recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - ENTRY IN BUNKAR KHATA", "PAID - SAREES CHECKED AND TAKEN IN GODOWN"]
    if kind == "wind":
        words[2] = "PAID - PIRNS COUNTED AND TAKEN IN STORE"
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    who_signs = "winder" if kind == "wind" else "weaver"
    right(p, rng.choice([f"Signature / thumb of the {who_signs}", "Worker's signature or thumb impression"]))
    return p.done()


# ---------------------------------------------------------------- 8. handlooms office, Nagar Palika, the rest


FEE_FRAMES = ["ihb", "parishad", "mppcb", "ptax", "epfo", "lwf", "dtic", "metrology"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Chanderi handloom house, its loom shed at Pranpur, its dye house and its emporium: the
    Office of the Development Commissioner (Handlooms)' India Handloom Brand renewal (the Office on top and
    the Ministry of Textiles line, Registered enterprise, IHB registration No., Product category, IHB
    registration renewal fee, GST @ 18%, Total paid / Amount remitted, Payment ID, Receipt No.), Nagar Palika
    Parishad Chanderi's trade licence page through e-Nagarpalika (Name of establishment, Licence No., Trade
    category, Trade licence fee 2026-27, Advertisement board fee and Penalty for late renewal on some, Total
    amount paid / Fee received, e-Nagarpalika txn ID, Bank reference, Receipt No.), the Madhya Pradesh
    Pollution Control Board's consent renewal for the dye house through XGN (Name of unit, Application No.,
    Category, Consent fee - water (1974 Act), Consent fee - air (1981 Act), Total fee paid / Consent fee
    deposited, XGN payment ID, Bank ref. No.), the Commercial Tax Department's professional tax through MP
    Cyber Treasury (Name of employer, PT registration No., Tax period, Professional tax deducted - employees,
    Professional tax - employer (enrolment), Challan amount / Total tax; Challan created - bank confirmation
    awaited, do not pay again, Challan created on / Challan date, Challan ref. No.), EPFO's ECR payment
    (Establishment name, Establishment ID, Wage month, Members, A/c 1, A/c 2, A/c 10 and A/c 21, Total challan
    amount / Amount paid, TRRN, CRN, Bank ref. No.), the M.P. Shram Kalyan Mandal's labour welfare fund
    contribution (Name of establishment, Registration No., Half year, Employees' contribution, Employer's
    contribution, Amount payable / Contribution due; Payment unsuccessful - contribution not received, please
    pay again, Attempted on / Transaction date, LWF transaction No.), the District Trade and Industries
    Centre's plot rent (Allottee, Plot No., Industrial area, Annual lease rent 2026-27, Maintenance charges
    2026-27, Interest on arrears on some, Total deposited / Amount paid, Transaction ID, Bank ref. No.) and
    the Legal Metrology Department's verification of the yarn scales (Name of user, Instruments, Verification
    certificate No., Verification fee, Adjustment charges on some, Fee deposited / Total fee, e-challan No.,
    Bank CIN); the status under the authority's line or at the foot: Paid - e-receipt issued / Transaction
    successful - fee received by the department / Success - challan paid; Mode of payment / Payment through,
    Paid on / Payment date / Date of deposit / Txn date; the references before the heads on some."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = "Net banking" if frame == "epfo" else rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d %b %Y", "%d.%m.%Y", "{d} %B %Y", "{d}-{m}-%Y"]
    words = {
        "success": [
            "Paid - e-receipt issued",
            "Transaction successful - fee received by the department",
            "Success - challan paid",
        ]
    }
    day_labels = ["Paid on", "Payment date", "Date of deposit", "Txn date"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "ihb":
        url = f"indiahandloombrand.gov.in/renewal/payment/receipt/{digits(rng, 8)}"
        name = rng.choice(
            ["Office of the Development Commissioner (Handlooms)", "O/o Development Commissioner (Handlooms)"]
        )
        line = "Ministry of Textiles, Government of India  |  India Handloom Brand - renewal"
    elif frame == "parishad":
        url = f"enagarpalika.mp.gov.in/tradelicense/receipt/{digits(rng, 10)}"
        name = rng.choice(["Nagar Palika Parishad Chanderi", "NAGAR PALIKA PARISHAD, CHANDERI"])
        line = "Urban Development & Housing Department, M.P.  |  e-Nagarpalika - trade licence"
    elif frame == "mppcb":
        url = "xgn.mpcb.mp.gov.in/consent/payment/status"
        name = rng.choice(["Madhya Pradesh Pollution Control Board", "M.P. POLLUTION CONTROL BOARD"])
        line = "Paryavaran Parisar, Bhopal  |  Consent to operate - renewal (XGN)"
    elif frame == "ptax":
        url = "mptreasury.gov.in/cybertreasury/challan/status"
        name = rng.choice(
            ["Commercial Tax Department, Madhya Pradesh", "Commercial Tax Department, Government of M.P."]
        )
        line = "Professional tax (vritti kar)  |  e-challan through MP Cyber Treasury"
    elif frame == "epfo":
        url = "unifiedportal-emp.epfindia.gov.in/epfo/ecr/payment/receipt"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        line = "Ministry of Labour & Employment, Government of India  |  ECR challan payment"
    elif frame == "lwf":
        url = "shramkalyanmandal.mp.gov.in/contribution/payment/status"
        name = rng.choice(["M.P. Shram Kalyan Mandal", "Madhya Pradesh Shram Kalyan Mandal"])
        line = "Labour Department, Government of Madhya Pradesh  |  Labour welfare fund"
    elif frame == "dtic":
        url = f"invest.mp.gov.in/dtic/landrent/receipt/{digits(rng, 8)}"
        name = rng.choice(
            [
                "District Trade and Industries Centre, Ashoknagar",
                "DISTRICT TRADE & INDUSTRIES CENTRE, ASHOKNAGAR",
            ]
        )
        line = "MSME Department, Government of Madhya Pradesh  |  Plot rent and maintenance"
    else:
        url = f"lm.mp.gov.in/verification/challan/{digits(rng, 9)}"
        name = rng.choice(
            [
                "Legal Metrology Department, Madhya Pradesh",
                "Department of Legal Metrology, Government of M.P.",
            ]
        )
        line = "Controller of Legal Metrology, Bhopal  |  Verification and stamping"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("ptax", "lwf")
    if frame == "ihb":
        wrap_pair(p, "Registered enterprise", firm)
        p.pair("IHB registration No.", f"IHB/{rng.randrange(1000, 9999)}/{rng.randrange(2016, 2022)}")
        p.pair("Product category", "Chanderi silk-cotton sarees")
        fee = float(rng.choice([2000, 3000, 5000]))
        heads = [("IHB registration renewal fee", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total paid", "Amount remitted"]
        refs = [
            ("Payment ID", TXN_RANK, f"IHB{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"DCH/IHB/{digits(rng, 6)}"),
        ]
    elif frame == "parishad":
        wrap_pair(p, "Name of establishment", f"{EMPORIUM} ({firm})")
        p.pair("Licence No.", f"NPPC/TL/{digits(rng, 4)}")
        p.pair("Trade category", "Handloom sarees - retail")
        heads = [("Trade licence fee 2026-27", float(rng.choice([1200, 2000, 3000, 4500])))]
        if rng.random() < 0.5:
            heads.append(("Advertisement board fee", float(rng.choice([400, 600, 900]))))
        if rng.random() < 0.4:
            heads.append(("Penalty for late renewal", float(rng.choice([250, 500]))))
        labels = ["Total amount paid", "Fee received"]
        refs = [
            ("e-Nagarpalika txn ID", TXN_RANK, f"ENP{digits(rng, 13)}"),
            ("Bank reference", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 9)}"),
            ("Receipt No.", INVOICE_RANK, f"CHD/{digits(rng, 7)}"),
        ]
    elif frame == "mppcb":
        wrap_pair(p, "Name of unit", f"{DYEHOUSE} ({firm})")
        p.pair("Application No.", f"XGN/CTO/{digits(rng, 7)}")
        p.pair("Category", "Orange - yarn dyeing")
        heads = [
            ("Consent fee - water (1974 Act)", float(rng.choice([7500, 10000, 15000]))),
            ("Consent fee - air (1981 Act)", float(rng.choice([5000, 7500, 10000]))),
        ]
        labels = ["Total fee paid", "Consent fee deposited"]
        refs = [
            ("XGN payment ID", TXN_RANK, f"XGN{digits(rng, 11)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "ptax":
        wrap_pair(p, "Name of employer", firm)
        p.pair("PT registration No.", f"PTR{digits(rng, 11)}")
        p.pair("Tax period", j.month(1))
        heads = [
            ("Professional tax deducted - employees", float(rng.randrange(8, 40) * 208)),
            ("Professional tax - employer (enrolment)", 2500.0),
        ]
        labels = ["Challan amount", "Total tax"]
        refs = [("Challan ref. No.", TXN_RANK, f"{j.date:%y}{digits(rng, 12)}")]
        words = {"pending": ["Challan created - bank confirmation awaited, do not pay again"]}
        day_labels = ["Challan created on", "Challan date"]
    elif frame == "epfo":
        wrap_pair(p, "Establishment name", firm)
        p.pair("Establishment ID", f"MPBHO{digits(rng, 7)}000")
        p.pair("Wage month", j.month(1))
        members = rng.randrange(18, 60)
        p.pair("Members", str(members))
        wages = float(members * rng.randrange(9000, 15000, 100))
        heads = [
            ("A/c 1 - EPF (EE + ER share)", float(round(wages * 0.1567))),
            ("A/c 2 - admin charges", float(max(500, round(wages * 0.005)))),
            ("A/c 10 - EPS", float(round(wages * 0.0833))),
            ("A/c 21 - EDLI", float(round(wages * 0.005))),
        ]
        labels = ["Total challan amount", "Amount paid"]
        refs = [
            ("TRRN", TXN_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
            ("CRN", INVOICE_RANK, f"{digits(rng, 13)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
        ]
    elif frame == "lwf":
        wrap_pair(p, "Name of establishment", firm)
        p.pair("Registration No.", f"SKM/ASK/{digits(rng, 4)}")
        p.pair("Half year", rng.choice(["January - June 2026", "July - December 2026"]))
        staff = rng.randrange(20, 70)
        heads = [
            (f"Employees' contribution ({staff} x Rs 10)", float(staff * 10)),
            (f"Employer's contribution ({staff} x Rs 30)", float(staff * 30)),
        ]
        labels = ["Amount payable", "Contribution due"]
        refs = [("LWF transaction No.", TXN_RANK, f"LWF{digits(rng, 10)}")]
        words = {"failed": ["Payment unsuccessful - contribution not received, please pay again"]}
        day_labels = ["Attempted on", "Transaction date"]
    elif frame == "dtic":
        wrap_pair(p, "Allottee", f"{firm} ({DYEHOUSE})")
        p.pair("Plot No.", f"{rng.randrange(1, 40)}-B")
        p.pair("Industrial area", "Rajghat Road, Chanderi")
        heads = [
            ("Annual lease rent 2026-27", float(round(rng.uniform(4000, 18000), -1))),
            ("Maintenance charges 2026-27", float(round(rng.uniform(2000, 8000), -1))),
        ]
        if rng.random() < 0.45:
            heads.append(("Interest on arrears", float(rng.choice([380, 640, 910]))))
        labels = ["Total deposited", "Amount paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"DTIC{digits(rng, 11)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    else:
        wrap_pair(p, "Name of user", f"{firm} ({LOOMS})")
        p.pair("Instruments", f"Platform scale 300 kg x {rng.randrange(1, 3)}, counter scale 30 kg x 1")
        p.pair("Verification certificate No.", f"LM/ASK/{digits(rng, 5)}")
        heads = [("Verification fee", float(rng.choice([900, 1200, 1500])))]
        if rng.random() < 0.4:
            heads.append(("Adjustment charges", float(rng.choice([200, 350]))))
        labels = ["Fee deposited", "Total fee"]
        refs = [
            ("e-challan No.", TXN_RANK, f"LM{digits(rng, 12)}"),
            ("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"),
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
        "ihb": "Use the India Handloom Brand label only on the registered products for the period renewed.",
        "parishad": "Display the trade licence at the shop and renew it before the financial year ends.",
        "mppcb": "The renewed consent is issued on XGN after the fee is reconciled with the bank.",
        "ptax": "Do not pay again; the e-receipt is issued once the bank confirms the challan.",
        "epfo": "File the ECR and remit the dues by the 15th of the month after the wage month.",
        "lwf": "Any amount debited from your account is returned within 5 working days.",
        "dtic": "Lease rent is payable in advance by 30 April; interest runs on arrears after that.",
        "metrology": "Keep the verification certificate with the scales for inspection.",
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
        "Bharat Sookshma Udyam Suraksha - looms, yarn and saree stock, Pranpur shed",
        "paper",
        "plant",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Shopkeeper's package - emporium stock, fittings and cash",
        "browser",
        "shop",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Marine cargo open policy - sarees and fabric exported by air and courier",
        "mail",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - weavers, dyers and office staff",
        "browser",
        "health",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Employees' compensation - loom shed and dye house workers",
        "paper",
        "wc",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Goods carrying vehicle package - Tata Ace delivery van",
        "mail",
        "vehicle",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Fire and special perils - dye house, boiler and yarn store",
        "browser",
        "fire",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Money insurance - weavers' wage cash carried to Pranpur",
        "mail",
        "money",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its looms, yarn and saree stock at the Pranpur shed, the emporium's stock, its
    export cargo, its staff's health, its loom shed and dye house workers under the Employees' Compensation
    Act, its delivery van, the dye house and its boiler against fire and the weavers' wage cash: the insurers'
    premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product line, PREMIUM
    RECEIPT CUM TAX INVOICE / Receipt of premium / PREMIUM ACKNOWLEDGEMENT (INSURED'S COPY) (Premium payment
    failed / PAYMENT NOT RECEIVED - PREMIUM on the failed one); the status under the heading on some, under
    the sum on the rest; Insured's name / Proposer / Name of policyholder, Policy No. / Proposal No. / Cover
    note No., Sum insured - looms, yarn and stock / Sum insured - stock in trade / Estimated annual export
    turnover / Members covered / Wages declared for the year / IDV and Registration No. / Sum insured -
    building, boiler and stock / Limit per carrying, Period of cover (from ... to ...), Basic premium /
    Premium excl. GST or OD premium and Liability premium (TP), an add-on (STFI cover, Earthquake cover, War
    and SRCC, Maternity benefit, Medical expenses extension, Zero depreciation, Terrorism cover, Cash in
    till), CGST and SGST @ 9% or IGST @ 18%, the sum: Total premium paid / Premium received (with GST) /
    Amount received / Amount of cheque / Cheque amount / Total premium due / Amount payable; Premium collected
    - policy schedule attached / Payment successful - policy in force / CHEQUE SENT FOR CLEARING - RISK
    COVERED ONLY AFTER REALISATION / Payment failed at gateway - premium not received, proposal kept open 7
    days; Payment mode, Cheque No., Transaction ref. No., UPI Ref. No. / Bank ref., Receipt No. / Premium
    receipt No., Premium paid on / Date of receipt / Receipt dt. / Cheque deposited on / Date of cheque
    receipt / Attempted on / Payment tried on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'buy', 'portal'])}.{host}/payment/receipt")
    elif frame == "mail":
        short = ins.split(" Co.")[0].split(" Ltd")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <customercare@{host}>",
            ["Premium receipt for your policy", "We have received your premium"],
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
            rng.choice(["Branch Office, Station Road, Ashoknagar", "Divisional Office, Guna"]),
        )
    p.add(
        "center",
        rng.choice(
            ["Premium payment failed", "PAYMENT NOT RECEIVED - PREMIUM"]
            if status == "failed"
            else [
                "PREMIUM RECEIPT CUM TAX INVOICE",
                "Receipt of premium",
                "PREMIUM ACKNOWLEDGEMENT (INSURED'S COPY)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium collected - policy schedule attached",
            "Payment successful - policy in force",
        ],
        "pending": ["CHEQUE SENT FOR CLEARING - RISK COVERED ONLY AFTER REALISATION"],
        "failed": ["Payment failed at gateway - premium not received, proposal kept open 7 days"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Insured's name", "Proposer", "Name of policyholder"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['19', '2311', 'OG-27'])}{digits(rng, 4)}/{digits(rng, 8)}")
    elif status == "pending":
        p.pair("Cover note No.", f"CVN{digits(rng, 10)}")
    else:
        p.pair("Proposal No.", f"PRP{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "plant":
        insured = float(rng.randrange(3000000, 25000000, 100000))
        p.pair("Sum insured - looms, yarn and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("STFI cover", round(insured * 0.00008, 2))
    elif kind == "shop":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - stock in trade", rs(insured))
        basic = round(insured * rng.uniform(0.0008, 0.0014), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(5000000, 40000000, 500000))
        p.pair("Estimated annual export turnover", rs(turnover))
        basic = round(turnover * rng.uniform(0.0004, 0.0007), 2)
        addon = ("War and SRCC", round(turnover * 0.00005, 2))
    elif kind == "health":
        members = rng.randrange(18, 65)
        p.pair("Members covered", f"{members} (Rs 3,00,000 floater each)")
        basic = round(members * rng.uniform(3600, 5600), 2)
        addon = ("Maternity benefit", round(members * 380.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(2400000, 9000000, 100000))
        p.pair("Wages declared for the year", rs(wages))
        basic = round(wages * rng.uniform(0.006, 0.012), 2)
        addon = ("Medical expenses extension", round(wages * 0.0005, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 780000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"MP-67-G-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.018), 2)
        heads = [("OD premium", basic), ("Liability premium (TP)", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    elif kind == "fire":
        insured = float(rng.randrange(4000000, 30000000, 100000))
        p.pair("Sum insured - building, boiler and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0006, 0.001), 2)
        addon = ("Terrorism cover", round(insured * 0.00007, 2))
    else:
        limit = float(rng.randrange(100000, 600000, 25000))
        p.pair("Limit per carrying", rs(limit))
        basic = round(limit * rng.uniform(0.006, 0.009), 2)
        addon = ("Cash in till", round(limit * 0.0009, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 8))
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        pat = rng.choice(["%d/%m/%Y", "%d-%b-%Y"])
        p.pair("Period of cover", f"{when(start, pat)} to {when(end, pat)}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Basic premium", "Premium excl. GST"]), rs(basic))
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
        "success": ["Total premium paid", "Premium received (with GST)", "Amount received"],
        "pending": ["Amount of cheque", "Cheque amount"],
        "failed": ["Total premium due", "Amount payable"],
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
            pid = f"{rng.choice(['TXN', 'PG', 'EP'])}{digits(rng, 12)}"
            p.pair("Transaction ref. No.", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank ref.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(100, 999)}{digits(rng, 9)}"
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Premium paid on", "Date of receipt", "Receipt dt."],
            "pending": ["Cheque deposited on", "Date of cheque receipt"],
            "failed": ["Attempted on", "Payment tried on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to the realisation of the premium and to the terms, conditions and exclusions of "
        "the "
        "policy.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("TANABANA CHANDERI SAREE EMPORIUM", "DELHI DARWAZA, CHANDERI", "own"),
    ("SHRI RAM FUEL POINT", "ASHOKNAGAR ROAD, CHANDERI", "fuel"),
    ("TANABANA CHANDERI", "CHANDERI MP 473446", "own"),
    ("HOTEL LAKE VIEW AMBER", "SHYAMLA HILLS, BHOPAL", "hotel"),
    ("TANABANA KARGHA SHALA", "PRANPUR, DISTT ASHOKNAGAR", "own"),
    ("BUNDELKHAND LOOM SPARES", "STATION ROAD, LALITPUR UP", "shop"),
    ("TANABANA CHANDERI SAREE EMPORIUM", "CHANDERI 473446", "own"),
    ("ANNAPURNA BHOJNALAYA", "SADAR BAZAR, CHANDERI", "food"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "INDIAN OIL",
    "HDFC BANK",
    "ICICI BANK",
    "CENTRAL BANK OF INDIA",
    "PAYTM EDC",
    "INDUSIND BANK",
    "RAZORPAY POS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the emporium's, the company's and the loom shed's terminals, and the company's card at
    a filling station on the Ashoknagar road, a Bhopal hotel in the handloom expo week, a Lalitpur loom spares
    shop and a Chanderi eating house: terminal slips (monospace: the terminal's bank or brand on top on some,
    the counter's name and place in capitals; DATE/TIME: on one row, DATE: and TIME: or TRAN DATE: and TRAN
    TIME: at the top or under the sum; MID:, TID:, BATCH:, INVOICE: / BILL NO:, SALE / TAP & PAY SALE / CHIP &
    PIN SALE, CARD: / CARD NUMBER:, CARD TYPE:, EXP: **/**, a fuel sale's FUEL:, UNIT PRICE:, VOLUME(L):,
    DISPENSER:, VEHICLE: and XTRAREWARDS PTS:, a hotel's ROOM: and GUEST FOLIO:, an eating house's TABLE NO:,
    a shop's MOBILE:, APPR CODE: / AUTH NO:, RRN: / RET REF NO:, AMOUNT: / SALE AMT: / TOTAL: / AMT INR:, the
    sum above or below the card; APPROVED / APPROVED - THANK YOU / TXN SUCCESSFUL - PIN OK / DECLINED - 51
    INSUFFICIENT FUNDS / NO RESPONSE FROM ISSUER - CONFIRM WITH BANK BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=1800, high=96000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 9000, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3800, 16500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 38000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 240, 2600, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %y", "%d/%m/%y", "%d-%b-%y", "%Y/%m/%d"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        pick = rng.random()
        if pick < 0.35:
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
        elif pick < 0.7:
            p.pair("TRAN DATE:", d, date=j.date)
            p.pair("TRAN TIME:", t)
        else:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MID:", f"{code(rng, 3, UPPER)}{digits(rng, 12)}")
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):04d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(
            ["SALE", "TAP & PAY SALE", "CHIP & PIN SALE"] if j.amount <= 5000 else ["SALE", "CHIP & PIN SALE"]
        ),
    )
    lab = rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL:", "AMT INR:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = body if lab == "AMT INR:" else f"{rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD:", "CARD NUMBER:"]),
        f"{lead}{digits(rng, 3)} **** **** {digits(rng, 4)}",
        method="card",
    )
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    p.pair("EXP:", "**/**")
    if kind == "fuel":
        rate = round(rng.uniform(92.4, 97.8), 2)
        p.pair("FUEL:", rng.choice(["DIESEL", "XTRAPREMIUM DIESEL"]))
        p.pair("UNIT PRICE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("DISPENSER:", str(rng.randrange(1, 6)))
        p.pair("VEHICLE:", f"MP67{code(rng, 1, UPPER)}{digits(rng, 4)}")
        p.pair("XTRAREWARDS PTS:", str(rng.randrange(15, 180)))
    elif kind == "hotel":
        p.pair("ROOM:", str(rng.randrange(101, 420)))
        p.pair("GUEST FOLIO:", f"GF{digits(rng, 6)}")
    elif kind == "food":
        p.pair("TABLE NO:", str(rng.randrange(1, 24)))
    elif kind == "shop":
        p.pair("MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
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
            rng.choice(["APPROVED", "APPROVED - THANK YOU", "TXN SUCCESSFUL - PIN OK"]),
            status="success",
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM ISSUER - CONFIRM WITH BANK BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "-- CUSTOMER COPY --" if rng.random() < 0.6 else "-- MERCHANT COPY --")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, water, LPG


BILLERS = [
    ("MPCZ", "M.P. Madhya Kshetra Vidyut Vitaran Co. Ltd", "IVRS No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("NPP Chanderi - water", "Nagar Palika Parishad Chanderi", "Connection No."),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["MPCZ", "YONO SBI", "PhonePe", "MPCZ", "CRED", "Google Pay", "Paytm", "MobiKwik"]
BILL_WHICH = [0, 0, 1, 0, 2, 3, 4, 5]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dye house's and the loom shed's electricity (MPCZ), the emporium's fibre (Airtel Xstream Fiber),
    the manager's postpaid phone (Jio), the emporium's DTH (Tata Play), the dye house's water (Nagar Palika
    Parishad Chanderi) and the canteen's cooking gas (Indane) through Bharat Connect in YONO SBI and other
    apps (PhonePe, CRED, Google Pay, Paytm, MobiKwik: the app on top; three layouts: the biller's block first,
    then the sum large and the status; the status, the sum large, then the biller's block; the sum large, the
    status, then the biller's block; Biller name / Paid to biller / Operator as printed, IVRS No. / Account
    No. / Mobile No. / Subscriber ID / Connection No. / LPG ID, Registered name / Name on bill, Bill No., Bill
    period, Bill date, Due date and Amount after due date on some power, fibre and water bills, Payment source
    Current A/c or UPI, Bharat Connect ref. ID / BBPS ref. No. / B-Connect txn No., UPI RRN, Transaction ID on
    the failed one, Payment date / Paid on / Date and time of payment / Date & time (the latter alone on one
    not paid); Payment successful - biller confirmed receipt / Bill paid - SMS sent by the biller / Awaiting
    biller confirmation - do not pay again / Payment failed - UPI PIN tries exceeded, money not debited) and
    MPCZ's own quick-pay receipt (MPCZ, M.P. Madhya Kshetra Vidyut Vitaran Co. Ltd or its capitals on top with
    its "A Government of Madhya Pradesh undertaking" line, IVRS No., Distribution centre, Consumer's name,
    Bill month, Bill amount, Amount deposited / Payment amount, Payment mode, Gateway ref. No., Receipt No.,
    Payment date / Receipt date, the status under the head or at the foot: Payment successful - bill status
    updates in 24 hours / Thank you - payment accepted)."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=9000, high=96000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 699, 3499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 349, 1499, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 199, 899, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 240, 1800, 0.6)
    elif which == 5:
        j.amount = rupees(rng, 1700, 8800, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "IVRS No.": f"N{digits(rng, 10)}",
        "Account No.": f"{rng.choice(['2', '3'])}{digits(rng, 9)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "Connection No.": f"CHD/W/{digits(rng, 5)}",
        "LPG ID": digits(rng, 17),
    }[idlab]
    app = BILL_APPS[k]
    if app == "MPCZ":
        p = browser_page(rng, font, "portal.mpcz.in/web/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Madhya Pradesh undertaking  |  Quick bill payment")
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Payment successful - bill status updates in 24 hours",
                "Thank you - payment accepted",
            ]
        }
        status_top = rng.random() < 0.5
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        p.pair("Distribution centre", rng.choice(["DC Chanderi (Town)", "DC Chanderi (Rural) - Pranpur"]))
        wrap_pair(
            p,
            "Consumer's name",
            rng.choice([COMPANY_CAPS, DYEHOUSE.upper(), f"M/S {COMPANY_CAPS}"]),
        )
        if not j.no_day:
            p.pair("Bill month", j.month(1))
        p.pair("Bill amount", rs(j.amount))
        p.pair(rng.choice(["Amount deposited", "Payment amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"MPCZ{digits(rng, 12)}"
            p.pair("Gateway ref. No.", tid, txn=(TXN_RANK, tid))
            rno = f"R{digits(rng, 12)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Receipt date"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Payments after 10 pm are posted to the consumer's account the next day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Pay bills")
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - biller confirmed receipt",
            "Bill paid - SMS sent by the biller",
        ],
        "pending": ["Awaiting biller confirmation - do not pay again"],
        "failed": ["Payment failed - UPI PIN tries exceeded, money not debited"],
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
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    elif layout == 1:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        biller()
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        biller()
    wrap_pair(
        p,
        rng.choice(["Registered name", "Name on bill"]),
        rng.choice(
            [COMPANY_CAPS, DYEHOUSE.upper(), LOOMS.upper()]
            if which == 0
            else [COMPANY_CAPS, EMPORIUM.upper(), DYEHOUSE.upper()]
        ),
    )
    if which in (0, 1, 4) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill No.", f"{rng.choice(['BL', 'N'])}{digits(rng, 10)}")
        start, end = earlier(rng, j, 38, 55), earlier(rng, j, 8, 14)
        first = when(start, "%d/%m" if start.year == end.year else "%d/%m/%Y")
        p.pair("Bill period", f"{first} to {when(end, '%d/%m/%Y')}")
        p.pair("Bill date", when(earlier(rng, j, 4, 7), "%d/%m/%Y"))
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Amount after due date", rs(round(j.amount * 1.015, 2) if which == 0 else j.amount + 50))
    way = "Current A/c" if app == "YONO SBI" else "UPI"
    p.pair(
        "Payment source",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:10])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "CRED": "CR", "Google Pay": "GP", "Paytm": "PT", "MobiKwik": "MK"}.get(
                app, "SB"
            )
            bc = f"{head}{j.date:%y}0{code(rng, 10, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect ref. ID", "BBPS ref. No.", "B-Connect txn No."]),
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
        ["Payment date", "Paid on", "Date and time of payment", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "RUKSANA BANO",
    "NAKSHA DESIGN STUDIO",
    "",
    "SHREE GANESH WARP SIZ",
    "SURAT KASAB ZARI UDYO",
    "BETWA ROADWAYS",
    "KASHI LOOM & JACQUARD",
    "",
]
MAIL_PAYEES = [
    "Ramanagara Silk Twisters Pvt Ltd",
    "Kovai Fine Counts Spinners",
    "Shri Mahendra Kumar Jain",
    "Vatva Colour Chem",
]
SENDERS = {
    "State Bank of India": "AD-SBIUPI",
    "Central Bank of India": "VM-CENTBK",
    "Bank of India": "BZ-BOIIND",
    "Madhya Pradesh Gramin Bank": "JK-MPGBNK",
}


def sbi_sum(value: float) -> str:
    """A sum as State Bank of India's UPI alert prints it: no grouping, one decimal on whole rupees (2000.0),
    the paise as they are (1234.56)."""
    if abs(value - round(value)) < 1e-9:
        return f"{round(value)}.0"
    text = f"{value:.2f}"
    return text[:-1] if text.endswith("0") else text


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the partners' phones and mail: SMS in a messages app (the sender AD-SBIUPI /
    VM-CENTBK / BZ-BOIIND / JK-MPGBNK, the day divider, each bank's own wording: State Bank of India's UPI
    "Dear UPI user A/C X1234 debited by 2000.0 on date 16Jul26 trf to <payee> Refno <ref>. If not u? call
    1800111109. -SBI", Central Bank of India's "Your A/c XX1234 is debited by INR x on <day> via <way> to
    <payee>.", Bank of India's "BOI: Rs.x debited from A/c ..1234 on <day> for <way> transfer to <payee>.",
    Madhya Pradesh Gramin Bank's "MPGB: A/c XX1234 Dr Rs x on <day> <way>/<payee>."; a transfer that "could
    not be completed; the amount is reversed to your A/c." and one that "is under process at the beneficiary
    bank. Do not repeat the transaction.", the Avl Bal line) and two e-mail debit alerts (HDFC Bank, IndusInd
    Bank: Debit amount / Amount transferred, Beneficiary name / Transferred to / Payee, Txn date / Date of
    transaction / Value date, From account, Mode, UTR / IMPS RRN, Available balance; Status: Successful /
    Transfer status: Debited and sent)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=8000, high=340000)
    if k == 0:
        j.amount = rupees(rng, 900, 7500, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 30000, 380000)
    elif k == 5:
        j.amount = rupees(rng, 9000, 46000)
    if k in (2, 7):
        to = MAIL_PAYEES[(0 if k == 2 else 2) + rng.randrange(2)]
        bank = rng.choice(["HDFC Bank", "IndusInd Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Alert: your account has been debited", "Fund transfer debit alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Debit alert")
        p.add("rule")
        p.part = "body"
        p.add(
            "left", "Dear Customer, the following fund transfer has been debited from your current account."
        )
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary name", "Transferred to", "Payee"]
        if sum_first:
            p.pair(rng.choice(["Debit amount", "Amount transferred"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Debit amount", "Amount transferred"]), rs(j.amount), amount=j.amount)
        day_pair(
            p, j, ["Txn date", "Date of transaction", "Value date"], ["%d/%m/%Y", "%d-%b-%Y", "%d %B %Y"]
        )
        p.pair("From account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 80000, 3800000)))
        p.add(
            "left",
            rng.choice(["Status: Successful", "Transfer status: Debited and sent"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "If you did not make this transfer, call the bank at once to block net banking.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 5:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # State Bank of India's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "State Bank of India",
        1: "Central Bank of India",
        4: "Bank of India",
        5: "Madhya Pradesh Gramin Bank",
    }.get(k, rng.choice(["Central Bank of India", "Bank of India", "Madhya Pradesh Gramin Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["%a, {d} %b", "{d} %B", "%A, {d} %b %Y"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d%b%y", "%d/%m/%y", "%d-%b-%y", "%d.%m.%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 25000, 2800000)
    if status == "success":
        if bank == "State Bank of India":
            p.add(
                "left",
                f"Dear UPI user A/C X{tail} debited by {sbi_sum(j.amount)}",
                amount=j.amount,
                status="success",
            )
            day_text = "" if j.no_day else f"on date {when(j.date, '%d%b%y')} "
            facts = {} if j.no_day else {"date": j.date}
            if ref:
                facts["txn"] = (UTR_RANK, ref)
            p.add(
                "left",
                f"{day_text}trf to {to} Refno {ref or ''}".strip(),
                merchant=to,
                method=method,
                **facts,
            )
            p.add("left", "If not u? call 1800111109. -SBI")
            ref = None
        elif bank == "Central Bank of India":
            p.add("left", f"Your A/c XX{tail} is debited by INR {amt}{on}", amount=j.amount)
            p.add("left", f"via {way} to {to}.", merchant=to, method=method)
        elif bank == "Bank of India":
            p.add("left", f"BOI: Rs.{amt} debited from A/c ..{tail}{on}", amount=j.amount)
            p.add("left", f"for {way} transfer to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"MPGB: A/c XX{tail} Dr Rs {amt}{on}", amount=j.amount)
            p.add("left", f"{way}/{to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be completed; the amount is reversed to your A/c.",
            "pending": "is under process at the beneficiary bank. Do not repeat the transaction.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS RRN", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "State Bank of India":
        balance = {
            "Central Bank of India": f"Avl Bal INR {bal:,.2f}",
            "Bank of India": f"Avl Bal Rs.{bal:,.2f}",
        }.get(bank, f"Avl Bal Rs {bal:,.2f}")
        p.add("left", balance, status="success")
        p.add(
            "small",
            rng.choice(
                [
                    "Not done by you? Call your branch immediately",
                    "Never share your OTP, PIN or CVV with anyone",
                ]
            ),
        )
    if bank != "State Bank of India":
        p.add(
            "small",
            {"Central Bank of India": "- Central Bank of India", "Bank of India": "-BOI"}.get(bank, "-MPGB"),
        )
    return p.done()


compose = compose158

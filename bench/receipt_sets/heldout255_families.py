"""The twelve heldout255 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Madhubani (Mithila) painting house's day in 2026 in Madhubani district, Bihar
(Kohbar Mithila Art Pvt Ltd, its painting studio in Jitwarpur, Kohbar Chitrashala, where the women and men of
the village paint in the Bharni, Kachni, Godna and Tantrik styles on handmade paper, canvas and tussar silk,
paint sarees and stoles at home by the piece, run the painting workshops and go out as a mural team to paint
station walls and hotel lobbies by the square foot, its handmade paper and natural colour unit at Rampatti,
Kohbar Kagaz & Rang Udyog, where cotton rag is beaten into sheets sold by the ream and the colours (lamp
black, turmeric, geru, indigo, palash and kusum) are ground and sold by the kilo, and its gallery and craft
shop on Station Road, Madhubani, Kohbar Kala Dirgha, with a stall at the Mithila Haat), told by the proofs of
payment it receives and makes: buyers' UPI screens and the web shop's Easebuzz and BillDesk pages, the hotel
chain's, East Central Railway's, the folk art houses', interior firms', the Patna gallery's and the Kolkata
and Chennai saree shops' payment advices, the importers' inward wires from Tokamachi, Paris, Santa Fe,
Edinburgh, Melbourne, Toronto, Stockholm and Copenhagen in yen, euros, US dollars, pounds, Australian and
Canadian dollars, kronor and kroner (the raw SWIFT field 32A on some), its own bills (the gallery's, the
studio's mural bills, workshop fee receipts and painted sarees' bill, the Rampatti unit's paper and colour
bills, the accounts desk's e-mail), the handmade paper, tussar silk, canvas and colour, frame and packaging
suppliers' tax invoices, the corporate net-banking transfers to the scaffolding hirer, the gallery's landlady,
the security agency, the chartered accountants, the catalogue printer, the stall builder, the packers and the
carrier, the painters', saree painters', paper makers', colour grinders' and mural helpers' wage slips, Paytm
for Business payouts and BHIM SBI Pay and Canara ai1 transfers, Madhubani Nagar Nigam's, the GI Registry's,
the Bihar State Pollution Control Board's, the Commercial Taxes Department's, BIADA's, EPFO's, the Labour
Resources Department's and the Transport Department's fee pages, the insurers' premium receipts, card terminal
slips, NBPDCL's power and the fibre, postpaid, DTH and cooking gas bills and the banks' SMS and e-mail alerts.
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, the unit lines, bills listed on an advice (their numbers and days),
supplier, job order, agreement, measurement book, material receipt and purchase indent numbers, square feet,
pieces, seats, reams, kilos, rates, retention, penalty, damage and cash discount cuts, GST-TDS and TDS,
advances, peshgi recoveries, spoilt sheets and stained sarees, GST lines, rupee values on the wires, buying
rates, intermediary banks, postal bills of export and their days, sums insured, agreed values, limits,
turnovers, wage rolls and members declared, cover periods, balances, meter balances, due days, bill days, bill
periods, wage months, tax periods, GSTIN, IFSC, UETR, the sender's references, licence, ward, GI application,
class, consent, PT registration, plot, establishment, registration, policy, proposal, cover note, CA, meter,
account, subscriber and LPG numbers, artisan ID cards, GR, consignment and e-way bill numbers, merchant and
terminal IDs, batch and trace numbers, room, folio, nozzle and order token numbers, makers and authorisers and
the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are
heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and
``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's;
``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``Screen`` heldout113's; ``sign`` heldout93's; ``num`` heldout82's; ``compose`` is heldout158's
(as heldout251's).
"""

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
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"

COMPANY = "Kohbar Mithila Art Pvt Ltd"
COMPANY_CAPS = "KOHBAR MITHILA ART PVT LTD"
SHORT = "Kohbar Mithila"
STUDIO = "Kohbar Chitrashala"
PAPERS = "Kohbar Kagaz & Rang Udyog"
GALLERY = "Kohbar Kala Dirgha"
# unit, address, GST state code
UNITS = {
    "studio": (
        "Mithila painting studio, mural team and workshops",
        "Ward 6, Jitwarpur, Madhubani - 847211, Bihar",
        "10",
    ),
    "paper": (
        "Handmade paper and natural colour unit",
        "Rampatti, Rajnagar Road, Madhubani - 847211, Bihar",
        "10",
    ),
    "gallery": (
        "Mithila painting gallery and craft shop",
        "Station Road, near Ganga Sagar Chowk, Madhubani - 847211, Bihar",
        "10",
    ),
}
PATS_IN = [
    "%d-%m-%Y",
    "{d}.{m}.%Y",
    "%d/%m/%Y",
    "{d} %b %Y",
    "%d %B, %Y",
    "{d}-%m-%y",
    "%d.%m.%Y",
    "{d}/{m}/%y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "{d} %B %Y", "%d.%m.%Y", "%d%b%Y"]
BANKS = [
    "State Bank of India",
    "Punjab National Bank",
    "Canara Bank",
    "Bank of India",
    "Central Bank of India",
    "Union Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Bank of Baroda",
    "Bihar Gramin Bank",
    "The Madhubani Central Co-operative Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Bank of India": "BKID",
    "Central Bank of India": "CBIN",
    "Union Bank of India": "UBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Bank of Baroda": "BARB",
    "Bihar Gramin Bank": "BGBK",
    "The Madhubani Central Co-operative Bank": "BSCB",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "Punjab National Bank": "pnb.bank.in",
    "Canara Bank": "canarabank.bank.in",
    "Bank of India": "bankofindia.bank.in",
    "Central Bank of India": "centralbank.bank.in",
    "Union Bank of India": "unionbankofindia.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Bank of Baroda": "bankofbaroda.bank.in",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "painting": ("Madhubani painting on handmade paper, natural colours (HSN 9701)", "pc", 2400, 36000, 5),
    "canvas": ("Mithila painting on canvas, Bharni style, 4 x 3 ft (HSN 9701)", "pc", 18000, 95000, 5),
    "mural": ("Mural painting on plastered wall, Mithila motifs (SAC 9954)", "sq ft", 260, 620, 18),
    "paper": ("Handmade cotton rag paper, 22 x 30 in, 300 gsm (HSN 4802)", "ream", 4200, 7800, 5),
    "colour": ("Natural colours - geru, haldi, kajal, neel, palash (HSN 3203)", "kg", 650, 1900, 5),
    "course": ("Mithila painting workshop - 10 days, Kachni and Bharni (SAC 9992)", "seat", 6500, 14500, 18),
    "saree": ("Hand-painted tussar silk sarees, Madhubani motifs (HSN 5007)", "pc", 5200, 16500, 5),
}


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def nth(day: dt.date) -> str:
    """A day as a letter prints it: 14th October, 2026."""
    tail = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"{day.day}{tail} {when(day, '%B')}, {day.year}"


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
    return f"AAH{rng.choice('CF')}K{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = [
    "Canara ai1",
    "Easebuzz",
    "PhonePe",
    "Google Pay",
    "BillDesk",
    "Paytm",
    "super.money",
    "MobiKwik",
]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Madhubani painting A4",
        "Fish motif coasters",
        "Kohbar painting 11x15",
        "Painted stole - peacock",
        "Sita Ram painting small",
    ],
    [
        "Tussar saree - Bharni work",
        "Mural advance - hotel",
        "Canvas 4x3 Radha Krishna",
        "Workshop fee - 2 seats",
        "Wedding kohbar set",
    ],
)
PAYERS_UPI = [
    "Anupama Jha",
    "Rakesh Kumar Thakur",
    "Hotel Kalyani Inn, Darbhanga",
    "Shruti Mishra",
    "Md. Tabrez Alam",
    "Sonali Chaudhary",
    "Pt. Ramnath Mishra",
    "Priti Karn",
]
# the buyer, the artwork, the sum (low, high)
PAGE_ORDERS = [
    (
        "Ms. Kavya Subramanian, Adyar, Chennai",
        "Fish and lotus painting, handmade paper, 22 x 30 in",
        3200,
        14000,
    ),
    ("Mr. Aniket Deshpande, Kothrud, Pune", "Tree of life on canvas, Kachni style, 3 x 2 ft", 9000, 38000),
    ("Mrs. Ritu Malhotra, Vasant Kunj, New Delhi", "Hand-painted tussar saree, Kohbar border", 5600, 17500),
    ("Dr. Sameer Hegde, Jayanagar, Bengaluru", "Set of 4 Godna paintings, framed", 7800, 26000),
]
SHOP_UPI_LABELS = {
    "Canara ai1": ["Reference number (UTR)", "UPI Ref. number"],
    "PhonePe": ["UTR", "UTR number"],
    "Google Pay": ["UPI transaction ID", "UPI reference"],
    "Paytm": ["UPI Ref No.", "UPI reference number"],
    "super.money": ["UTR", "UPI RRN"],
    "MobiKwik": ["UPI Ref. ID", "RRN No."],
}
OWN_IDS = {
    "Canara ai1": "ai1 txn ref.",
    "PhonePe": "Transaction ID",
    "Google Pay": "Google transaction ID",
    "Paytm": "Paytm txn ref.",
    "super.money": "super.money txn ID",
    "MobiKwik": "MobiKwik txn ID",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgM{code(rng, 12, MIXED)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
    if app == "Canara ai1":
        return f"CAI{j.date:%y%m%d}{digits(rng, 10)}"
    if app == "super.money":
        return f"SM{code(rng, 3, UPPER)}{digits(rng, 14)}"
    if app == "MobiKwik":
        return f"MBK{digits(rng, 16)}"
    return digits(rng, 20)


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The gallery's web shop page on Easebuzz or BillDesk after a buyer paid (the payee on top with the
    shop's line, the purchaser and the artwork on top of the body or after the outcome, the sum large or in a
    Paid amount / Order amount row above the outcome or under it, the day under the outcome or at the
    foot)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(3)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([GALLERY, GALLERY.upper(), COMPANY, SHORT])
    if app == "Easebuzz":
        url = "pay.easebuzz.in/transaction/receipt" + ("" if j.no_ref else f"/{code(rng, 16, MIXED)}")
    else:
        url = "payments.billdesk.com/pgidsk/receipt" + ("" if j.no_ref else f"?msg={digits(rng, 10)}")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small", rng.choice(["Mithila paintings from Jitwarpur  |  shop.kohbarmithila.in", "Payment receipt"])
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - thank you for supporting Mithila artists",
            "Paid - your painting ships in 3 working days",
            "Captured - receipt e-mailed to you",
        ]
    }
    big = rng.random() < 0.5

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Paid amount", "Order amount"]), rs(j.amount), amount=j.amount)

    def buyer_rows() -> None:
        wrap_pair(p, rng.choice(["Purchaser", "Delivery to"]), who)
        wrap_pair(p, rng.choice(["Artwork", "Product details"]), what)

    labels = ["Payment date", "Captured at", "Date and time"]
    buyer_first = rng.random() < 0.45
    if buyer_first:
        buyer_rows()
        p.add("rule")
    if rng.random() < 0.5:
        outcome_row(p, status, words)
        sum_row()
    else:
        sum_row()
        outcome_row(p, status, words)
    day_top = rng.random() < 0.5
    if day_top:
        date_row(p, j, labels, hour=True)
    if not buyer_first:
        buyer_rows()
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI - scan and pay"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Netbanking - {rng.choice(BANKS[:6])}",
    }[way]
    wrap_pair(p, rng.choice(["Method", "Paid using"]), shown, method=way)
    if not j.no_ref:
        if app == "Easebuzz":
            pid = f"E{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
            p.pair("Easebuzz ID", pid, txn=(TXN_RANK, pid))
            oid = f"KMA{j.date:%y%m}{digits(rng, 6)}"
            p.pair("Merchant txn ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"{rng.choice(['CHD', 'YHD', 'XHD'])}{digits(rng, 11)}"
            p.pair("BillDesk txn ref.", pid, txn=(TXN_RANK, pid))
            oid = f"KMA-{j.date:%y}-{digits(rng, 6)}"
            p.pair("Customer order ref.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("Bank RRN" if app == "Easebuzz" else "UTR No.", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code" if app == "Easebuzz" else "Approval No.", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank reference number", bref, txn=(BANK_RANK, bref))
    p.part = "foot"
    if not day_top:
        date_row(p, j, labels, hour=True)
    p.add(
        "small",
        "Payments by Easebuzz  |  Easebuzz Pvt Ltd"
        if app == "Easebuzz"
        else "BillDesk  |  IndiaIdeas.com Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists, collectors, hotels and families paying the gallery or the company: six UPI app screens
    (Canara ai1, PhonePe, Google Pay, Paytm, super.money, MobiKwik: the payee and the sum on one row with the
    status under them, or the status, the payee block and the sum, or the sum, the status and the payee block
    after a rule; the gallery, its capitals, the company's capitals or its short name under Paid to seller /
    Amount transferred to / Money credited to / Payment done to / Payment attempted to / Pay to, its UPI ID, a
    Verified merchant name / Name as per KYC line on some, the sum large but on the payee's row; the hour and
    the day with no label under the status on some, else Completed on / Time of payment / Attempted on /
    Started at first in the details or at their end; Note / Remarks, Payer name / Sent by on some, Debited
    from / Source account, Reference number (UTR) / UPI Ref. number / UTR / UTR number / UPI transaction ID /
    UPI reference / UPI Ref No. / UPI reference number / UPI RRN / UPI Ref. ID / RRN No., the app's own ai1
    txn ref. / Transaction ID / Google transaction ID / Paytm txn ref. / super.money txn ID / MobiKwik txn ID
    on some; Paid - money has reached the seller / Completed / Transaction successful - merchant credited /
    Pending - awaiting confirmation from the bank, please do not retry / Failed - wrong UPI PIN entered) and
    the web shop's two payment pages (Easebuzz, BillDesk: the gallery or the company on top, Purchaser /
    Delivery to and Artwork / Product details on top of the body or after the outcome, the sum large or in a
    Paid amount / Order amount row above or under the outcome, Payment date / Captured at / Date and time
    under the outcome or at the foot, Method / Paid using UPI, card or net banking, Easebuzz ID / BillDesk txn
    ref., Merchant txn ID / Customer order ref., Bank RRN / UTR No., Auth code / Approval No. or Bank
    reference number; Payment successful - thank you for supporting Mithila artists / Paid - your painting
    ships in 3 working days / Captured - receipt e-mailed to you)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=700, high=64000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Easebuzz", "BillDesk"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([GALLERY, GALLERY.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["sbi", "ybl", "okaxis", "paytm", "ikwik"])
    handle = f"kohbarmithila{rng.choice(['', '.mbn', '07'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Payment details", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Paid - money has reached the seller",
            "Completed",
            "Transaction successful - merchant credited",
        ],
        "pending": ["Pending - awaiting confirmation from the bank, please do not retry"],
        "failed": ["Failed - wrong UPI PIN entered"],
    }
    labels = (
        ["Paid to seller", "Amount transferred to", "Money credited to", "Payment done to"]
        if status == "success"
        else ["Payment attempted to", "Pay to"]
    )
    # 0: on the status's line, 1: first in the details, 2: at the end of the details
    day_at = rng.randrange(3)

    def status_rows() -> None:
        outcome_row(p, status, words)
        if day_at == 0 and not j.no_day:
            hour = hhmm(rng, lower=rng.random() < 0.5)
            text = when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a {d} %b %Y"]))
            p.add("small", f"{hour}  |  {text}", date=j.date)

    def handle_rows() -> None:
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Verified merchant name', 'Name as per KYC'])}: {COMPANY_CAPS}")

    def payee_block() -> None:
        p.add("small", rng.choice(labels))
        p.add("center", to, merchant=to)
        handle_rows()

    # 0: the payee and the sum on one row, the status under them; 1: the status, the payee, the sum;
    # 2: the sum, the status, the payee after a rule
    order = {0: 0, 2: 1, 3: 2, 5: 0, 6: 1, 7: 2}[k]
    if order == 0 and not fits(p, "pair", f"{to}  {rs(j.amount)}      "):
        order = 1
    if order == 0:
        p.add("left", rng.choice(labels))
        p.add("pair", to, rs(j.amount), merchant=to, amount=j.amount)
        handle_rows()
        status_rows()
    elif order == 1:
        status_rows()
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        status_rows()
        p.add("rule")
        payee_block()
    p.add("rule")
    day_labels = (
        ["Completed on", "Time of payment"] if status == "success" else ["Attempted on", "Started at"]
    )
    if day_at == 1:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Note", "Remarks"]), rng.choice(SHOP_NOTES[j.amount >= 9000]))
    if rng.random() < 0.55:
        wrap_pair(
            p, rng.choice(["Payer name", "Sent by"]), PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)]
        )
    source = {"Canara ai1": "Canara Bank"}.get(app) or rng.choice(BANKS[:10])
    wrap_pair(p, rng.choice(["Debited from", "Source account"]), f"{source} XX{digits(rng, 4)}")
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
                "UPI  |  National Payments Corporation of India",
                "Need help? Raise a complaint",
                "Share  |  Done",
            ]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 2. hotels', railway's, galleries' advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Rajpath Boutique Hotels Pvt Ltd",
        "payables@rajpathhotels.in",
        "Connaught Place, New Delhi",
        "mural",
        "portal",
    ),
    ("East Central Railway", "sr.dfm.spj@ecr.railnet.gov.in", "Samastipur Division", "mural", "paper"),
    ("Janpath Folk Art House", "janpathfolkart@gmail.com", "Janpath, New Delhi", "painting", "mail"),
    (
        "Kalaghoda Art Interiors LLP",
        "accounts@kalaghodainteriors.in",
        "Kala Ghoda, Mumbai",
        "painting",
        "portal",
    ),
    ("Gariahat Handloom & Crafts", "gariahathandloom@gmail.com", "Gariahat Road, Kolkata", "saree", "paper"),
    ("Patna Kala Sangrah", "accounts@patnakalasangrah.in", "Boring Road, Patna", "painting", "mail"),
    (
        "Indiranagar Living Spaces Pvt Ltd",
        "ap@indiranagarliving.in",
        "Indiranagar, Bengaluru",
        "painting",
        "portal",
    ),
    ("Mylapore Art Collective LLP", "mylaporeartcollective@gmail.com", "Mylapore, Chennai", "saree", "mail"),
]
DEALER_GOODS = {
    "mural": ("sq ft", 260, 620, 18),
    "painting": ("pcs", 2200, 24000, 5),
    "saree": ("pcs", 5200, 14800, 5),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Delhi hotel chain and East Central Railway's Samastipur Division paying for the murals the studio
    painted by the square foot, folk art houses in Delhi and Patna, interior firms in Mumbai and Bengaluru
    paying for the paintings, a Kolkata and a Chennai shop paying for the painted sarees: a letter e-mail
    (Dear Sir / Madam, the day written 14th October, 2026 on some), a printed PAYMENT ADVICE - ART AND MURAL
    WORK / Remittance intimation - supplier payment / SUPPLIER PAYMENT ADVICE (PAINTINGS AND MURALS) and a
    supplier portal page (the payer on top with its desk line; Supplier code, Job order No. and Material
    receipt No. (the railway's Agreement No. and Measurement book No.) first, then Supplier / Paid to supplier
    / Payee (supplier) / Amount remitted to / Supplier credited the company, at the head of the body or of the
    payment block; the status under the heading or at the end of the payment block; Invoices settled / Bills
    covered / Against invoices, the bills with their square feet or pieces and sums (dt. ... on some), Invoice
    total / Gross amount of bills, Less: TDS u/s 194Q @ 0.1% on the paintings and sarees, Less: TDS u/s 194C @
    2% on the murals, the railway's Less: GST-TDS - CGST @ 1% and Less: GST-TDS - SGST @ 1%, Less: Retention
    money @ 5% / Less: Damaged in transit - n pcs / Less: Late delivery penalty @ 1% / Less: Cash discount @
    1.5% on some, above or below the payment block: Net amount remitted / Net payable released / Amount
    transferred (net) (Amount withheld on the hold, Amount returned by bank / Returned unpaid on the return),
    Mode of payment / Remitted through NEFT / RTGS / IMPS, Supplier's bank account, NEFT ref. / UTR No. (NEFT)
    / RTGS ref. No. / UTR (RTGS) / IMPS UTR, Voucher No. / Payment advice ref. / Advice ref. No., Released on
    / Payment released on / Date of transfer / Withheld on / Rejected on; Status: Processed - credited to
    supplier's account / Payment released to bank / Withheld - measurement under verification / Rejected by
    beneficiary bank - IFSC not valid)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    buyer, mail, desk, kind, frame = PAYERS[k]
    railway = buyer == "East Central Railway"
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment remitted - Kohbar Mithila",
                "Supplier payment intimation",
                f"Remittance advice for {SHORT}",
            ]
            if status == "success"
            else ["Supplier payment intimation", "Your bills - payment position"],
        )
    elif frame == "portal":
        tail = "view" if j.no_ref else digits(rng, 9)
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{tail}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    if railway:
        section = "Office of the Sr. Divisional Finance Manager"
    else:
        section = rng.choice(["Accounts Payable", "Supplier Payments", "Accounts"])
    wrap_line = f"{section}, {desk}"
    p.add("small", wrap_line)
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - ART AND MURAL WORK",
                "Remittance intimation - supplier payment",
                "SUPPLIER PAYMENT ADVICE (PAINTINGS AND MURALS)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", "Dear Sir / Madam,")
        p.add(
            "left",
            "We have remitted the amount below against your bills."
            if status == "success"
            else "Please see the position of our payment against your bills below.",
        )
    words = {
        "success": ["Status: Processed - credited to supplier's account", "Payment released to bank"],
        "pending": ["Withheld - measurement under verification"],
        "failed": ["Rejected by beneficiary bank - IFSC not valid"],
    }
    if kind != "mural":
        words["pending"] = ["Withheld - awaiting quality check of the goods"]
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if railway:
        p.pair("Agreement No.", f"ECR/SPJ/ENGG/{rng.randrange(10, 99)}/{digits(rng, 4)}")
        p.pair("Measurement book No.", f"MB {rng.randrange(100, 999)}/{rng.randrange(1, 99)}")
    else:
        p.pair("Supplier code", f"{rng.choice(['S', 'SUP', 'KMA'])}{digits(rng, 5)}")
        p.pair("Job order No.", f"JO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.5:
            p.pair("Material receipt No.", f"MRN{digits(rng, 7)}")
    labels = ["Supplier", "Paid to supplier", "Payee (supplier)", "Amount remitted to"] + (
        ["Supplier credited"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi, gst = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    dated = rng.random() < 0.5 and not j.no_day
    bill_pat = rng.choice(["%d.%m.%Y", "%d/%m/%y", "%d-%b-%Y"])
    for _ in range(rng.randrange(1, 4)):
        if kind == "mural":
            qty = rng.randrange(120, 2400, 5)
        elif kind == "painting":
            qty = rng.randrange(4, 60)
        else:
            qty = rng.randrange(3, 30)
        each = float(rng.randrange(lo, hi, 5 if kind == "mural" else 100))
        value = round(qty * each * (1 + gst / 100), 2)
        gross += value
        bill = f"KMA/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" dt. {when(earlier(rng, j, 8, 55), bill_pat)}"
        bills.append((f"{bill}  {qty:,} {unit}", rs(value)))
    gross = round(gross, 2)
    base = gross / (1 + gst / 100)
    tds_rows: list[tuple[str, float]] = []
    if railway:
        half = round(base * 0.01, 2)
        tds_rows = [("Less: GST-TDS - CGST @ 1%", half), ("Less: GST-TDS - SGST @ 1%", half)]
    if kind == "mural":
        tds_rows.append(("Less: TDS u/s 194C @ 2%", round(base * 0.02, 2)))
    else:
        tds_rows.append(("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2)))
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if kind == "mural" and (railway or pick < 0.3):
        cut = round(base * 0.05, 2)
        cuts.append(("Less: Retention money @ 5%", rs(cut)))
    elif pick < 0.5 and kind != "mural":
        bad = rng.randrange(1, 4)
        cut = round(bad * rng.randrange(lo, hi, 100) * (1 + gst / 100), 2)
        cuts.append((f"Less: Damaged in transit - {bad} {'pc' if bad == 1 else 'pcs'}", rs(cut)))
    elif pick < 0.65:
        cut = round(base * 0.01, 2)
        cuts.append(("Less: Late delivery penalty @ 1%", rs(cut)))
    elif pick < 0.8 and not railway:
        cut = round((gross - tds) * 0.015, 2)
        cuts.append(("Less: Cash discount @ 1.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Invoices settled", "Bills covered", "Against invoices"]
                if status == "success"
                else ["Bills covered", "Against invoices"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Invoice total", "Gross amount of bills"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment details", "Remittance"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount remitted", "Net payable released", "Amount transferred (net)"],
            "pending": ["Amount withheld"],
            "failed": ["Amount returned by bank", "Returned unpaid"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Mode of payment", "Remitted through"]), way, method="netbanking")
        wrap_pair(p, "Supplier's bank account", account(rng, [BANKS[0], BANKS[3], BANKS[10]]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[:9]), way)
                lab = {
                    "IMPS": ["IMPS UTR"],
                    "RTGS": ["RTGS ref. No.", "UTR (RTGS)"],
                    "NEFT": ["NEFT ref.", "UTR No. (NEFT)"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['VCH', 'PA', '51'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Voucher No.", "Payment advice ref.", "Advice ref. No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_labels = {
            "success": ["Released on", "Payment released on", "Date of transfer"],
            "pending": ["Withheld on"],
            "failed": ["Rejected on"],
        }[status]
        if frame == "mail" and not j.no_day and (k == 7 or rng.random() < 0.4):
            wrap_pair(p, rng.choice(day_labels), nth(j.date), date=j.date)
        else:
            day_pair(p, j, day_labels, PATS_IN)
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
        p.add("left", f"With regards,  Accounts, {buyer}")
    p.add(
        "small",
        "GST-TDS is deposited by the 10th of the next month; the certificate follows on the GST portal."
        if railway
        else "This is a computer generated advice. Write to us within 10 days about any difference.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Tokamachi Mithila Art Society",
        "Tokamachi, Niigata, Japan",
        "JPY",
        "The Hokuetsu Bank, Ltd.",
        300000,
        4800000,
    ),
    ("Galerie Terre Indienne SARL", "Rue de Charonne, Paris, France", "EUR", "BNP Paribas SA", 1800, 32000),
    (
        "Santa Fe Folk Art Traders LLC",
        "Canyon Road, Santa Fe, NM, USA",
        "USD",
        "Wells Fargo Bank, N.A.",
        2000,
        36000,
    ),
    (
        "Leith Walk Crafts Ltd",
        "Leith Walk, Edinburgh, United Kingdom",
        "GBP",
        "Royal Bank of Scotland plc",
        1200,
        24000,
    ),
    (
        "Fitzroy Folk Art Pty Ltd",
        "Gertrude Street, Fitzroy, Melbourne, Australia",
        "AUD",
        "National Australia Bank Ltd",
        2500,
        48000,
    ),
    (
        "Kensington Market Crafts Inc.",
        "Augusta Avenue, Toronto, Canada",
        "CAD",
        "Royal Bank of Canada",
        2500,
        42000,
    ),
    (
        "Soder Folkkonst AB",
        "Gotgatan, Stockholm, Sweden",
        "SEK",
        "Skandinaviska Enskilda Banken AB",
        20000,
        380000,
    ),
    ("Nyhavn Design ApS", "Nyhavn, Copenhagen, Denmark", "DKK", "Danske Bank A/S", 15000, 260000),
]
WIRE_BANKS = [
    ("State Bank of India", "paper"),
    ("HDFC Bank", "browser"),
    ("Punjab National Bank", "mail"),
    ("ICICI Bank", "browser"),
    ("Canara Bank", "paper"),
    ("Axis Bank", "mail"),
    ("Bank of India", "browser"),
    ("Central Bank of India", "paper"),
]
WIRE_RATES = {
    "JPY": (0.55, 0.62),
    "EUR": (96.2, 103.8),
    "USD": (86.4, 90.9),
    "GBP": (110.5, 118.2),
    "AUD": (55.8, 60.4),
    "CAD": (61.9, 66.3),
    "SEK": (8.6, 9.5),
    "DKK": (12.9, 13.9),
}
INTERMEDIARY = {
    "JPY": "MUFG Bank, Ltd., Tokyo",
    "USD": "JPMorgan Chase Bank, N.A., New York",
    "AUD": "Westpac Banking Corporation, Sydney",
    "CAD": "The Toronto-Dominion Bank, Toronto",
    "SEK": "Svenska Handelsbanken AB, Stockholm",
}
SHIPPED = [
    "Madhubani paintings on handmade paper (HSN 9701)",
    "Mithila paintings on canvas, rolled in tubes (HSN 9701)",
    "Hand-painted tussar silk stoles and sarees (HSN 5007)",
    "Madhubani paintings - 2 parcels through Dak Ghar Niryat Kendra",
    "Painted panels for a gallery show, 3 crates by air",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, euros and pounds; yen whole with JPY or
    the yen sign before it; AUD / A$ and CAD / C$ before the sum; kronor with spaces between the thousands and
    a decimal comma (heldout240's), kroner with dots between the thousands and a decimal comma (heldout245's),
    the code before or after the sum."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "JPY":
        mark = sign(font, "\u00a5", "JPY ") if rng.random() < 0.4 else "JPY "

        def show_jpy(value: float) -> str:
            return f"{mark}{round(value):,}"

        return show_jpy
    if cur in ("SEK", "DKK"):
        after = rng.random() < 0.4

        def show_nordic(value: float) -> str:
            gap = " " if cur == "SEK" else "."
            body = f"{value:,.2f}".replace(",", "#").replace(".", ",").replace("#", gap)
            return f"{body} {cur}" if after else f"{cur} {body}"

        return show_nordic
    mark = rng.choice({"AUD": ["AUD ", "A$"], "CAD": ["CAD ", "C$"]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def swift_32a(day: dt.date, cur: str, value: float) -> str:
    """The raw SWIFT field 32A: the value day as YYMMDD, the currency, the sum with a decimal comma and no
    grouping (260714EUR12450,00)."""
    return f"{day:%y%m%d}{cur}{value:.2f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Japanese art society in Tokamachi, a Paris gallery, a Santa Fe folk art trader, an Edinburgh craft
    shop, a Melbourne, a Toronto, a Stockholm and a Copenhagen shop paying for the paintings, the canvases and
    the painted silk: the banks' inward remittance advices (browser, e-mail, printed INWARD FOREIGN REMITTANCE
    - CREDIT ADVICE / Export realisation advice / Foreign remittance received - beneficiary advice: the bank
    on top with its forex desk; the status under the heading on some, at the foot on the rest; Credited on /
    Date of realisation / Funds value date / Received on (on hold) / On hold since / Returned to remitting
    bank on / Return value date first or after the sums, or the raw :32A: Value date / Currency / Amount row
    (260714EUR12450,00) on some credited ones; the remitter's block (Ordering party / Remitter name and
    address / Overseas buyer (remitter), Ordering institution (52A) / Sending bank, Intermediary institution
    (56A) on some) above or below the beneficiary's (Beneficiary customer (59) / Exporter (beneficiary) / In
    favour of / Funds credited to the company, Account No., IEC); Remittance amount (FCY) / Amount received in
    foreign currency / Inward amount in yen (whole), euros, US dollars, pounds, Australian dollars, Canadian
    dollars, kronor or kroner (kronor and kroner with a decimal comma), Charges, TT buying rate (indicative on
    the one on hold), INR equivalent, Less: Commission and GST and Net credit (INR) on the credited ones,
    Purpose code, Description of goods, Export invoice No., Postal bill of export (PBE) No. and date, Mode,
    Sender's reference (:20:), IRM number / Our ref. No. / Inward remittance ref. No., UETR; Proceeds credited
    - IRM generated on the EDPMS / Status: Credited to beneficiary account / On hold - purpose code and
    invoice copy awaited from the exporter / Returned to remitting bank - beneficiary name mismatch)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
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
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex Services <forex.services@{slug(bank)}>",
            [
                "Inward remittance credited",
                "Credit advice - foreign inward remittance",
                "Export proceeds - beneficiary advice",
            ],
        )
    elif frame == "browser":
        tail = "view" if j.no_ref else code(rng, 12, ALNUM)
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/inward-remittance/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Department, Main Branch, Madhubani",
                "Trade Finance Centre, Patna",
                "Central Processing Cell - Forex, Kolkata",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD FOREIGN REMITTANCE - CREDIT ADVICE",
                "Export realisation advice",
                "Foreign remittance received - beneficiary advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Proceeds credited - IRM generated on the EDPMS",
            "Status: Credited to beneficiary account",
        ],
        "pending": ["On hold - purpose code and invoice copy awaited from the exporter"],
        "failed": ["Returned to remitting bank - beneficiary name mismatch"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Credited on", "Date of realisation", "Funds value date"],
        "pending": ["Received on (on hold)", "On hold since"],
        "failed": ["Returned to remitting bank on", "Return value date"],
    }[status]
    raw = status == "success" and not j.no_day and k in (1, 5)
    day_first = rng.random() < 0.5 and not raw
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Ordering party", "Remitter name and address", "Overseas buyer (remitter)"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, rng.choice(["Ordering institution (52A)", "Sending bank"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary institution (56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                ["Beneficiary customer (59)", "Exporter (beneficiary)", "In favour of", "Funds credited to"]
            )
            if status == "success"
            else rng.choice(["Beneficiary customer (59)", "Exporter (beneficiary)", "In favour of"]),
            me,
            merchant=me,
        )
        p.pair("Account No.", f"XXXXXXX{digits(rng, 4)} ({rng.choice(['EEFC', 'Current'])})")
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
        p.pair(
            ":32A: Value date / Currency / Amount",
            swift_32a(j.date, cur, j.amount),
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
    else:
        p.pair(
            rng.choice(["Remittance amount (FCY)", "Amount received in foreign currency", "Inward amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        per = f"1 {cur} = INR {rate}"
        p.pair("TT buying rate", per if status == "success" else f"{per} (indicative)")
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("INR equivalent", f"INR {inr:,.2f}")
        chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Commission and GST", f"INR {chg:,.2f}")
        p.pair("Net credit (INR)", f"{inr - chg:,.2f}")
    advance = rng.random() < 0.3
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"KMA/EXP/{rng.randrange(1, 120):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Postal bill of export (PBE) No.", f"PBE{digits(rng, 8)}")
        p.pair("PBE date", when(earlier(rng, j, 14, 80), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT gpi (MT103)"]), method="netbanking")
    p.pair("Sender's reference (:20:)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["IRM number", "Our ref. No.", "Inward remittance ref. No."]),
            ref,
            txn=(BANK_RANK, ref),
        )
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if not day_first and not raw:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "Regularise the IRM against the postal bill of export on the EDPMS within the time FEMA allows."
        if status == "success"
        else "Contact the forex desk quoting the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. gallery, studio, paper unit, accounts


# the party, the way it paid, the unit (gallery, studio, paper, or the accounts desk's mail), the goods
SALES = [
    ("Mithila Chitrakar Sahyog Samiti, Ranti", "cash", "paper", "paper"),
    ("Kala Bhavan Art Supplies, Boring Road, Patna", "cheque", "paper", "colour"),
    ("Hotel Darbhanga Heritage, Lalbagh, Darbhanga", "NEFT", "studio", "mural"),
    ("Ms. Aditi Kulkarni, Kothrud, Pune", "UPI", "studio", "course"),
    ("Ms. Claire Dubois, Lyon, France", "card", "gallery", "painting"),
    ("Smt. Kumud Jha, Benipatti", "UPI", "studio", "saree"),
    ("Mithila Public School, Jhanjharpur", "cheque", "gallery", "canvas"),
    ("Rajpath Boutique Hotels Pvt Ltd, New Delhi", "NEFT", "mail", "mural"),
]
SALE_HEADS = {
    "painting": ["TAX INVOICE - MITHILA PAINTINGS", "CASH MEMO - MADHUBANI ART (ORIGINAL)"],
    "canvas": ["TAX INVOICE - MITHILA PAINTINGS", "CASH MEMO - MADHUBANI ART (ORIGINAL)"],
    "mural": ["MURAL WORK BILL - PAINTED AREA BY SQ FT", "RUNNING BILL - WALL PAINTING (SQ FT)"],
    "course": ["WORKSHOP FEE RECEIPT - MITHILA PAINTING", "TRAINING FEE RASID"],
    "saree": ["TAX INVOICE - HAND-PAINTED TUSSAR SAREES", "BILL - PAINTED SILK (BY THE PIECE)"],
    "paper": ["HANDMADE PAPER SALE BILL - BY THE REAM", "KAGAZ BIKRI RASID"],
    "colour": ["NATURAL COLOUR SALE MEMO - BY THE KG", "PRAKRITIK RANG BIKRI PARCHI"],
}
SEALS = {
    "gallery": ("KOHBAR KALA DIRGHA", "STATION ROAD, MADHUBANI"),
    "studio": ("KOHBAR CHITRASHALA", "JITWARPUR, MADHUBANI"),
    "paper": ("KOHBAR KAGAZ UDYOG", "RAMPATTI, MADHUBANI"),
}
WALLS = ["Lobby wall", "Restaurant wall", "Corridor, first floor", "Reception back wall", "Staircase wall"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The gallery's TAX INVOICE - MITHILA PAINTINGS / CASH MEMO - MADHUBANI ART (ORIGINAL) to a French
    tourist and a Jhanjharpur school, the studio's MURAL WORK BILL - PAINTED AREA BY SQ FT / RUNNING BILL -
    WALL PAINTING (SQ FT) to a Darbhanga hotel, WORKSHOP FEE RECEIPT - MITHILA PAINTING / TRAINING FEE RASID
    to a Pune student and TAX INVOICE - HAND-PAINTED TUSSAR SAREES / BILL - PAINTED SILK (BY THE PIECE) to a
    Benipatti lady, the Rampatti unit's HANDMADE PAPER SALE BILL - BY THE REAM / KAGAZ BIKRI RASID to the
    Ranti painters' co-operative and NATURAL COLOUR SALE MEMO - BY THE KG / PRAKRITIK RANG BIKRI PARCHI to a
    Patna art supply shop (paper: the gallery, the studio, the unit or the company on top with its "A unit of"
    line, address and GSTIN; Memo No. / Gallery bill No. / Running bill No. / Mural bill No. / Fee receipt No.
    / Rasid No. / Saree bill No. / Bill Sl. No. / Kagaz bill No. / Ream bill No. / Rang parchi No. / Colour
    memo No. and Bill dt. / Tarikh / Dated / Date of bill in either order, then Sold to / Customer / Kharidar
    (buyer) / Client / Participant / Student's name, the pieces, square feet of each wall, seats, reams or
    kilos x rate, Less: Festival discount @ 10% on some of the gallery's, CGST and SGST or IGST, Round off,
    Grand total / Bill amount / Total payable, Received in cash / Cash received / Paid through UPI QR / UPI
    amount received / Paid by card / Card payment received / Amount received via NEFT / NEFT received / Cheque
    received for / Amount by cheque, the sum in words under it, Mode / Paid via, UPI txn ref. / UPI Ref. No. /
    NEFT UTR / UTR ref. / Approval code / Auth No., Cheque No. and bank, Cheque dt.; RECEIVED WITH THANKS /
    PAID / PAID - PAINTING ROLLED AND PACKED IN A TUBE / PAID - MURAL AREA MEASURED AND ACCEPTED / PAID -
    REAMS COUNTED AND HANDED OVER / PAID - SEAT CONFIRMED IN THE WORKSHOP / PAID - SAREE FOLDED AND HANDED
    OVER / CHEQUE IN CLEARING - PAINTINGS KEPT ASIDE TILL REALISATION / CHEQUE RETURNED UNPAID - EXCEEDS
    ARRANGEMENT, MEMO CANCELLED, the rubber stamp, For <unit> - Manager / For <unit> - Accounts, Customer's
    signature) and the accounts desk's Advance received - with thanks e-mail to a Delhi hotel chain (Receipt
    ref. / Acknowledgement No., Date credited / Advance received on, IGST, Contract value, Mobilisation
    advance received / Advance credited with the Balance payable on completion of the mural, NEFT UTR / UTR
    ref.; ADVANCE RECEIVED - MURAL SKETCHES START THIS WEEK)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", ""))
    name = {"gallery": GALLERY, "studio": STUDIO, "paper": PAPERS, "mail": COMPANY}[unit]
    advance = unit == "mail"
    if advance:
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@kohbarmithila.in>",
            [
                "Advance received - Kohbar Mithila, Madhubani",
                "Your mural advance has reached us",
                "Acknowledgement of advance",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Mithila paintings and murals from Jitwarpur  |  Accounts")
        p.add("center", "Advance received - with thanks")
        p.add("rule")
        p.part = "body"
    else:
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - Madhubani",
            where[1],
            where[2],
            SALE_HEADS[kind],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "gallery": ["KKD", "GAL"],
            "studio": ["KCS", "JTP"],
            "paper": ["KRU", "RMP"],
            "mail": ["KMA", "ADV"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        labels = {
            "painting": ["Memo No.", "Gallery bill No."],
            "canvas": ["Memo No.", "Gallery bill No."],
            "mural": ["Receipt ref.", "Acknowledgement No."]
            if advance
            else ["Running bill No.", "Mural bill No."],
            "course": ["Fee receipt No.", "Rasid No."],
            "saree": ["Saree bill No.", "Bill Sl. No."],
            "paper": ["Kagaz bill No.", "Ream bill No."],
            "colour": ["Rang parchi No.", "Colour memo No."],
        }[kind]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = (
        ["Date credited", "Advance received on"]
        if advance
        else ["Bill dt.", "Tarikh", "Dated", "Date of bill"]
    )
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    party_labels = {
        "mural": ["Client", "Received from client"] if advance else ["Client", "Sold to"],
        "course": ["Participant", "Student's name"],
    }.get(kind, ["Sold to", "Customer", "Kharidar (buyer)"])
    wrap_pair(p, rng.choice(party_labels), party)
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "mural":
        base = 0.0
        rate = float(rng.randrange(lo, hi, 5))
        for wall in rng.sample(WALLS, rng.randrange(1, 4)):
            wide, high = rng.randrange(8, 40), rng.randrange(7, 14)
            area = wide * high
            value = round(area * rate, 2)
            base += value
            p.pair(f"  {wall}: {wide} x {high} ft = {area:,} sq ft x {rate:,.2f}", rs(value))
        base = round(base, 2)
    elif kind in ("paper", "colour"):
        if kind == "paper":
            qty = rng.randrange(4, 24)
            rate = float(rng.randrange(lo, hi, 50))
            line = f"  {qty} reams x {rate:,.2f}"
        else:
            qty = rng.randrange(5, 60)
            rate = float(rng.randrange(lo, hi, 10))
            line = f"  {qty} kg x {rate:,.2f}"
        base = round(qty * rate, 2)
        p.pair(line, rs(base))
    else:
        if kind == "canvas":
            qty = rng.randrange(2, 8)
        elif kind == "course":
            qty = rng.randrange(1, 3)
        else:
            qty = rng.randrange(1, 4)
        rate = float(rng.randrange(lo, hi, 100))
        base = round(qty * rate, 2)
        many = f"{qty} {per}" if qty == 1 else f"{qty} {per}s"
        p.pair(f"  {many} x {rate:,.2f}", rs(base))
        if unit == "gallery" and (k == 4 or rng.random() < 0.5):
            off = round(base * 0.1, 2)
            p.pair("Less: Festival discount @ 10%", rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, advance)
    p.pair(
        rng.choice(["Contract value"] if advance else ["Grand total", "Bill amount", "Total payable"]),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.4]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque received for", "Amount by cheque"])
    elif advance:
        lab = rng.choice(["Mobilisation advance received", "Advance credited"])
    else:
        lab = {
            "cash": rng.choice(["Received in cash", "Cash received"]),
            "UPI": rng.choice(["Paid through UPI QR", "UPI amount received"]),
            "card": rng.choice(["Paid by card", "Card payment received"]),
            "NEFT": rng.choice(["Amount received via NEFT", "NEFT received"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance payable on completion of the mural", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Paid via"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI txn ref.", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[5:9]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR ref."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth No."]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - MURAL SKETCHES START THIS WEEK"]
    else:
        words.append(
            {
                "painting": "PAID - PAINTING ROLLED AND PACKED IN A TUBE",
                "mural": "PAID - MURAL AREA MEASURED AND ACCEPTED",
                "paper": "PAID - REAMS COUNTED AND HANDED OVER",
                "course": "PAID - SEAT CONFIRMED IN THE WORKSHOP",
                "saree": "PAID - SAREE FOLDED AND HANDED OVER",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE IN CLEARING - PAINTINGS KEPT ASIDE TILL REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - EXCEEDS ARRANGEMENT, MEMO CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "mural": "The balance falls due once the painted area is measured jointly on completion."
            if advance
            else "Area measured jointly on the wall. Colours: natural pigments with a protective coat.",
            "paper": "Handmade sheets vary in size and weight a little. Counted before the buyer.",
            "colour": "Natural pigments, ground and sieved at Rampatti. Store dry, away from the sun.",
            "course": "Fee once paid is not refunded; the seat can be moved to the next batch once.",
            "saree": "Dry clean only. The painting is done by hand, small variations are its mark.",
            "canvas": "Paintings are handed over once the cheque is cleared by the bank.",
        }.get(
            kind,
            "Each painting is signed by its artist and drawn by hand in natural colours. Goods once sold are "
            "not taken back.",
        ),
    )
    if not advance:
        right(p, rng.choice([f"For {name} - Manager", f"For {name} - Accounts"]))
        p.add("left", "Customer's signature")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. paper, tussar, canvas, frames, packing


SUPPLIERS = [
    (
        "Kalpi Hastnirmit Kagaz Udyog",
        "Handmade paper, cotton rag pulp and sizing since 1948",
        "Mohalla Tarkhanan, Kalpi, Jalaun - 285204, Uttar Pradesh",
        "09",
        "KHK",
    ),
    (
        "Bhagalpur Tussar Silk House",
        "Tussar and ghicha silk sarees, stoles and yardage - plain for painting",
        "Nathnagar, Champanagar, Bhagalpur - 812004, Bihar",
        "10",
        "BTS",
    ),
    (
        "Bowbazar Art Materials Co.",
        "Artists' canvas, brushes, fabric colours and mediums",
        "B. B. Ganguly Street, Bowbazar, Kolkata - 700012, West Bengal",
        "19",
        "BAM",
    ),
    (
        "Patna Frame & Glass Works",
        "Wooden frames, mounts and glass for paintings",
        "Exhibition Road, Patna - 800001, Bihar",
        "10",
        "PFG",
    ),
    (
        "Muzaffarpur Packaging Industries",
        "Corrugated boxes, paper tubes and bubble wrap",
        "Bela Industrial Area, Muzaffarpur - 842005, Bihar",
        "10",
        "MPI",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "KHK": [
        ("Handmade rag paper 22 x 30 in, 200 gsm, deckle edge", "4802", "reams", 2600, 4100, 5, 10, 80),
        ("Cotton rag (hosiery cuttings), sorted", "6310", "kg", 38, 62, 5, 200, 1800),
    ],
    "BTS": [
        ("Tussar silk saree, plain, 6.3 m with blouse piece", "5007", "pcs", 2100, 3600, 5, 20, 140),
        ("Ghicha silk stole 2.2 m, plain", "5007", "pcs", 420, 780, 5, 40, 300),
    ],
    "BAM": [
        ("Primed cotton canvas roll 60 in x 10 m", "5901", "rolls", 2900, 4600, 5, 4, 40),
        ("Fabric colours 100 ml - assorted", "3213", "bottles", 95, 180, 18, 60, 600),
    ],
    "PFG": [
        ("Teak wood frame 22 x 30 in with glass and mount", "4414", "pcs", 680, 1350, 5, 20, 160),
        ("MDF frame 11 x 15 in, black, with glass", "4414", "pcs", 190, 360, 5, 40, 400),
    ],
    "MPI": [
        ("Paper tube 32 in, 3 in bore, with end caps", "4819", "pcs", 34, 72, 5, 200, 2400),
        ("5-ply corrugated box 34 x 26 x 6 in", "4819", "pcs", 88, 165, 5, 100, 1200),
    ],
}
SUPPLY_ORDER = [2, 0, 3, 1, 4, 2, 0, 3]
SUPPLY_WAYS = ["NEFT", "UPI", "-", "RTGS", "UPI", "NEFT", "-", "RTGS"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kalpi handmade paper maker, the Bhagalpur tussar silk house, the Kolkata art materials shop, the
    Patna frame maker and the Muzaffarpur packaging maker billing the company (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE (ORIGINAL FOR BUYER) / GST INVOICE / TAX INVOICE AND MONEY RECEIPT,
    Bill No. / GST invoice No. / Invoice serial and Date of issue / Invoice dated / Bill date in either order,
    or the number and the day on one Bill No. / Date row (KHK/26-27/0311 dt. 14.10.2026) on some, Sold to /
    Receiver (billed to) / Purchaser the company, Ship to / Delivery at the studio, the Rampatti unit or the
    gallery, Place of supply, E-way bill No., Transporter and GR No. or Courier and Consignment No., Purchase
    indent No., the paper, rag, sarees, stoles, canvas, colours, frames, tubes or boxes with HSN, reams, kg,
    pcs, rolls or bottles x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice amount,
    Less: Advance paid against indent and Balance amount received - NEFT / RTGS on some, Less: TDS u/s 194Q
    deducted and Net received - NEFT / RTGS on some, else Amount received - NEFT / RTGS / Paid by UPI / UPI
    amount received, with UTR No. / NEFT ref. No. / UPI txn ref. / UPI Ref. No., or Cheque for / By cheque
    with Cheque No.; PAYMENT RECEIVED - THANK YOU / PAID IN FULL / NO DUES / PAID BY NEFT / RTGS / UPI /
    CHEQUE SENT FOR CLEARING - SUBJECT TO REALISATION / CHEQUE RETURNED UNPAID - PAYMENT STOPPED, DUES
    OUTSTANDING, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
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
        ["TAX INVOICE (ORIGINAL FOR BUYER)", "GST INVOICE", "TAX INVOICE AND MONEY RECEIPT"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        wrap_pair(p, "Bill No. / Date", f"{inv} dt. {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Bill No.", "GST invoice No.", "Invoice serial"]),
                    inv,
                    txn=(INVOICE_RANK, inv),
                )

        day_labels = ["Date of issue", "Invoice dated", "Bill date"]
        if rng.random() < 0.5:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
        else:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
    ours_to(p, ["Sold to", "Receiver (billed to)", "Purchaser"])
    deliver = {
        "KHK": f"{PAPERS}, Rampatti",
        "BTS": f"{STUDIO}, Jitwarpur",
        "BAM": f"{STUDIO}, Jitwarpur",
        "PFG": f"{GALLERY}, Station Road, Madhubani",
        "MPI": f"{GALLERY}, Station Road, Madhubani",
    }[tag]
    wrap_pair(p, rng.choice(["Ship to", "Delivery at"]), deliver)
    p.pair("Place of supply", "Bihar (10)")
    if tag not in ("BTS",):
        p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("KHK", "PFG", "MPI"):
        wrap_pair(
            p,
            "Transporter",
            rng.choice(["Mithila Roadways", "Sri Krishna Transport Co.", "Own vehicle"]),
        )
        p.pair("GR No.", f"{rng.choice(['GR', 'MR', 'SK'])}{digits(rng, 6)}")
    else:
        wrap_pair(p, "Courier", rng.choice(["DTDC Express", "Trackon Couriers", "Speed Post"]))
        p.pair("Consignment No.", f"{rng.choice(['D', 'EB', 'Z'])}{digits(rng, 9)}")
    p.pair("Purchase indent No.", f"KMA/IND/{rng.randrange(100, 999)}")
    taxable = 0.0
    tax_total = 0.0
    items = SUPPLY_ITEMS[tag]
    inter = state != "10"
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        tax_total += round(value * g / 100, 2)
        wrap_pair(p, f"{item}", f"HSN {hsn}  GST {g}%")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    tax_total = round(tax_total, 2)
    if inter:
        p.pair("IGST", rs(tax_total))
    else:
        half = round(tax_total / 2, 2)
        p.pair("CGST", rs(half))
        p.pair("SGST", rs(half))
        tax_total = 2 * half
    total = float(round(taxable + tax_total))
    if abs(total - (taxable + tax_total)) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax_total:+.2f}")
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
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance paid against indent", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q deducted", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque for", "By cheque"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:5])}")
    else:
        if adv:
            lab = f"Balance amount received - {way}"
        elif tds:
            lab = f"Net received - {way}"
        elif way == "UPI":
            lab = rng.choice(["Paid by UPI", "UPI amount received"])
        else:
            lab = f"Amount received - {way}"
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI txn ref.", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", f"{way} ref. No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAYMENT RECEIVED - THANK YOU", "PAID IN FULL", "NO DUES", f"PAID BY {way}"]),
        "pending": "CHEQUE SENT FOR CLEARING - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - PAYMENT STOPPED, DUES OUTSTANDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Goods once sold will not be taken back. Interest @ 18% p.a. after 30 days. Subject to "
        f"{town} jurisdiction only.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Madhubani Scaffolding & Ladder Hire", "Scaffolding for the station mural - 12 days", 14000, 52000),
    ("Smt. Sunaina Jha", "Gallery rent - Station Road, Madhubani", 28000, 65000),
    ("Mithila Guard Services", "Night guards at the gallery and the studio - one month", 22000, 58000),
    (
        "Jha Mishra & Associates, Chartered Accountants",
        "Statutory audit and GST returns - half year",
        30000,
        90000,
    ),
    (
        "Tirhut Digital Prints",
        "Exhibition catalogue - 500 copies and photography of 120 works",
        26000,
        110000,
    ),
    ("Bihar Expo Stall Builders", "Stall fabrication - craft fair, Gandhi Maidan, Patna", 45000, 160000),
    ("Shivam Packers & Movers, Darbhanga", "Crating of painted panels for the Paris show", 12000, 48000),
    ("Tirhut Carriers", "Freight - painted panels, Madhubani to New Delhi", 18000, 70000),
]
CORP_PORTALS = [
    ("Canara Bank Corporate Net Banking", "Canara Bank", "corporate.canarabank.bank.in/transfer/detail"),
    ("BOI Star Corporate", "Bank of India", "starcorporate.bankofindia.bank.in/payments/status"),
    ("neo for Corp", "Axis Bank", "neo.axisbank.com/corp/payments/transaction"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the scaffolding hirer, the gallery's landlady, the security agency, the chartered
    accountants, the catalogue printer, the stall builder, the packers and the carrier: corporate net
    banking's transfer pages (Canara Bank Corporate Net Banking, BOI Star Corporate, neo for Corp: the portal
    on top and the bank's line, Payment status / Transaction details; three layouts: an Overview on top (the
    sum and the status) with the Beneficiary details and the Debit details under it, the day among the debit
    details; the status and the day under the heading; the day under the heading and the status at the foot:
    Executed on / Posting date / Entered on / Submitted on / Rejected on / Debit reversed on; Executed -
    amount credited to beneficiary / Status: Processed - UTR allotted / Pending for authorisation - approver
    action awaited / Rejected - credit to a frozen account refused, debit reversed; the references (UTR number
    / NEFT UTR number / RTGS UTR number / IMPS ref. number and Txn ref. No. / Reference ID) above or below the
    payee: Beneficiary / Payee name / Transferred to (payee) / Name of beneficiary, Beneficiary nickname /
    Short name, Account number and IFSC, From account the company, User ID, Transfer amount (INR) / Amount
    debited / Payment amount, Payment type / Channel NEFT / RTGS / IMPS, Purpose / Narration, Entered by /
    Authorised by, Balance after transfer on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?txn={digits(rng, 11)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small",
        f"{bank}  |  {rng.choice(['Fund transfer', 'Payments - single transfer', 'Transaction status'])}",
    )
    p.add("center", rng.choice(["Payment status", "Transaction details"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Executed - amount credited to beneficiary", "Status: Processed - UTR allotted"],
        "pending": ["Pending for authorisation - approver action awaited"],
        "failed": ["Rejected - credit to a frozen account refused, debit reversed"],
    }
    day_labels = {
        "success": ["Executed on", "Posting date"],
        "pending": ["Entered on", "Submitted on"],
        "failed": ["Rejected on", "Debit reversed on"],
    }[status]
    hour = rng.random() < 0.5
    who = who.upper() if rng.random() < 0.4 else who
    payee_labels = ["Beneficiary", "Payee name", "Transferred to (payee)", "Name of beneficiary"]
    if status != "success":
        payee_labels = ["Beneficiary", "Payee name", "Name of beneficiary"]
    amount_labels = ["Transfer amount (INR)", "Amount debited", "Payment amount"]
    if status != "success":
        amount_labels = ["Transfer amount (INR)", "Payment amount"]
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR number", f"{way} UTR number"]) if way != "IMPS" else "IMPS ref. number",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{rng.choice('TP')}{digits(rng, 12)}"
        p.pair(rng.choice(["Txn ref. No.", "Reference ID"]), tr, txn=(BANK_RANK, tr))

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        if rng.random() < 0.5:
            p.pair(
                rng.choice(["Beneficiary nickname", "Short name"]),
                "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "MBN",
            )
        ben = rng.choice(BANKS[:11])
        p.pair("Account number", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")

    def debit_rows(with_day: bool) -> None:
        wrap_pair(p, "From account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("User ID", f"KMAPL.{rng.choice(['ACCOUNTS', 'DIRECTOR'])}{digits(rng, 1)}")
        if with_day:
            date_row(p, j, day_labels, hour=hour)
        p.pair(rng.choice(["Payment type", "Channel"]), way, method="netbanking")
        wrap_pair(p, rng.choice(["Purpose", "Narration"]), note)
        p.pair("Entered by / Authorised by", f"KMAOPR1 / {'-' if status == 'pending' else 'KMAAUTH2'}")

    refs_first = rng.random() < 0.5
    # 0: an overview on top, then the beneficiary and the debit details; 1: the status and the day on top;
    # 2: the day on top, the status at the foot
    layout = rng.randrange(3)
    if layout == 0:
        p.add("left", "Overview")
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        p.add("rule")
        if refs_first:
            refs()
        p.add("left", "Beneficiary details")
        payee_rows()
        p.add("left", "Debit details")
        debit_rows(True)
        if not refs_first:
            refs()
    else:
        if layout == 1:
            outcome_row(p, status, words)
            date_row(p, j, day_labels, hour=hour)
        else:
            date_row(p, j, day_labels, hour=hour)
        p.add("rule")
        if refs_first:
            refs()
        payee_rows()
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        debit_rows(False)
        if status == "success" and rng.random() < 0.5:
            p.pair("Balance after transfer", rs(rupees(rng, 120000, 4600000)))
        if not refs_first:
            refs()
        if layout == 2:
            p.add("rule")
            outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small", "A rejected transfer's debit is reversed to the account it came from within one working day."
    )
    return p.done()


# ---------------------------------------------------------------- 7. painters, paper makers, helpers


# payee, role, village, kind
WORKERS = [
    ("Sunita Devi Paswan", "Painter - Godna style, paper and canvas", "Jitwarpur", "painter"),
    ("Rambabu Kumar Mandal", "Paper maker - vat and couching", "Rampatti", "paper"),
    ("Pinki Kumari Jha", "Saree painter - Kachni borders, home work", "Ranti", "saree"),
    ("Mohan Ram", "Mural helper - plaster and outlines", "Rahika", "mural"),
    ("Shanti Devi Karn", "Painter - Bharni style, large canvases", "Jitwarpur", "painter"),
    ("Dilip Kumar Yadav", "Colour grinder - geru and kajal", "Rampatti", "grind"),
    ("Rekha Kumari Mahto", "Saree painter - Bharni pallu, home work", "Rashidpur", "saree"),
    ("Ajay Paswan", "Mural helper - scaffold and filling", "Jitwarpur", "mural"),
]
WORK_FRAMES = ["paper", "payout", "paper", "sbipay", "paper", "payout", "paper", "ai1"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels,
# additions, spoilt
WORK = {
    "painter": (
        ["CHITRAKAR MAJDOORI - PRATI CHITRA", "PAINTING WAGES - PER PIECE (CHITRASHALA)"],
        ["Chitrakar's name", "Paid to chitrakar"],
        "Paintings delivered: {q} x {rate}",
        (450, 3200),
        (2, 12),
        ["Net majdoori paid", "Amount paid to chitrakar"],
        ["Add: Fine line (kachni) extra", "Add: Large size allowance"],
        "Less: Spoilt sheets - {n} @ {per}",
    ),
    "saree": (
        ["SAREE PAINTING WAGES - HOME WORK (PER PIECE)", "SAREE RANGAI MAJDOORI - GHAR KA KAAM"],
        ["Saree painter's name", "Majdoori paid to"],
        "Sarees painted: {q} x {rate}",
        (600, 1800),
        (2, 10),
        ["Net paid (sarees)", "Amount handed over"],
        ["Add: Pallu work extra"],
        "Less: Stained saree - {n} @ {per}",
    ),
}


def payout_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Paytm for Business's payout page (Paytm for Business on top and the company's payouts line under it;
    the payee above the sum and the status or under them)."""
    j.amount = rupees(rng, 2200, 24000, 0.6)
    pid = f"PAYOUT{j.date:%y%m%d}{digits(rng, 10)}"
    p = browser_page(rng, font, "dashboard.paytm.com/next/payouts/details" + ("" if j.no_ref else f"/{pid}"))
    p.part = "head"
    top(p, "Paytm for Business")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payout successful - amount credited to the beneficiary",
            "Completed - the bank has returned the UTR",
        ],
        "pending": ["Accepted - the payout is being processed by the bank"],
        "failed": ["Failed - invalid beneficiary account, amount returned to the payout wallet"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Payout beneficiary", "Transferred to account of"]), who, merchant=who)
        p.pair("Beneficiary type", "Vendor" if kind == "grind" else "Employee")

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
        p.pair("VPA", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@sbi")
    p.pair(rng.choice(["Transfer mode", "Payout mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Comments",
        rng.choice(["Sheet making - 18 days", "Paper unit wages - fortnight"])
        if kind == "paper"
        else rng.choice(["Colour grinding - 42 kg", "Grinding wages - geru and kajal"]),
    )
    if not j.no_ref:
        p.pair("Paytm payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank UTR No."]), j.ref, txn=(UTR_RANK, j.ref))
        oid = f"KMA-{kind.upper()}-{digits(rng, 5)}"
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
    date_row(
        p,
        j,
        {
            "success": ["Payout date", "Completed at"],
            "pending": ["Accepted at", "Requested at"],
            "failed": ["Failed at", "Returned at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary's bank has confirmed this payout with a UTR.",
            "pending": "The status is updated here once the beneficiary's bank responds. Do not pay again.",
            "failed": "The amount of a failed payout is back in the payout wallet.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its painters by the painting and its saree painters by the saree on paper, its paper
    maker and colour grinder through Paytm for Business payouts and its mural helpers by BHIM SBI Pay and
    Canara ai1: its printed CHITRAKAR MAJDOORI - PRATI CHITRA / PAINTING WAGES - PER PIECE (CHITRASHALA) /
    SAREE PAINTING WAGES - HOME WORK (PER PIECE) / SAREE RANGAI MAJDOORI - GHAR KA KAAM (the company on top
    with the studio's line, Chitrakar's name / Paid to chitrakar / Saree painter's name / Majdoori paid to,
    Style / work, Gaon / tola, Artisan ID No. (no fact), Majdoori parchi No. / Wage slip No., Tarikh / Payment
    dt. / Date paid, the paintings or sarees x rate, Add: Fine line (kachni) extra / Add: Large size allowance
    / Add: Pallu work extra, Gross majdoori / Total earned, Less: Spoilt sheets - n @ rate / Less: Stained
    saree - n @ rate / Less: Peshgi (advance) adjusted, Net majdoori paid / Amount paid to chitrakar / Net
    paid (sarees) / Amount handed over, Paid by / Mode Cash / UPI / IMPS, UPI Ref. / IMPS RRN; PAID / PAID IN
    CASH / PAID - PAINTINGS RECEIVED IN STOCK / PAID - SAREES CHECKED AND TAKEN IN / PAID - ENTERED IN
    MAJDOORI REGISTER, the worker's signature or thumb), Paytm for Business payout pages for the paper maker
    and the colour grinder (Paytm for Business on top and Payouts | the company under it, the payee above the
    sum and the status or under them, Payout beneficiary / Transferred to account of, Beneficiary type, Bank
    account / VPA, Transfer mode / Payout mode, Comments, Paytm payout ID, UTR / Bank UTR No., Order ID,
    Payout date / Completed at / Accepted at / Requested at / Failed at / Returned at; Payout successful -
    amount credited to the beneficiary / Completed - the bank has returned the UTR / Accepted - the payout is
    being processed by the bank / Failed - invalid beneficiary account, amount returned to the payout wallet),
    a BHIM SBI Pay and a Canara ai1 screen paying the mural helpers (Transfer to / Beneficiary name above the
    sum or under the status; Transfer completed / Success - money sent / Failed - receiver's bank not
    reachable; Transferred on / Date and time / Attempted at; UTR No. / UPI Ref. number and SBI Pay txn ID /
    ai1 txn ref.)."""
    k = place("worker_pay")
    status = outcome(k, failed=(7,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        return payout_page(rng, font, j, status, who, kind, rs)
    if frame in ("sbipay", "ai1"):
        j.amount = rupees(rng, 1800, 14000, 0.9)
        p = phone_page(rng, font, k, ["", "Transfer details"])
        p.part = "head"
        p.add("title", "BHIM SBI Pay" if frame == "sbipay" else "Canara ai1")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        label = rng.choice(["Transfer to", "Beneficiary name"])
        if pay_first:
            p.add("small", label)
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer completed", "Success - money sent"],
                "failed": ["Failed - receiver's bank not reachable"],
            },
        )
        if not pay_first:
            p.add("small", label)
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['sbi', 'cnrb', 'upi', 'ybl'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(
            p,
            j,
            ["Transferred on", "Date and time"] if status == "success" else ["Date and time", "Attempted at"],
            hour=True,
        )
        p.pair(
            rng.choice(["Remarks", "Note"]),
            rng.choice(["Mural helper - 9 days", "Station mural wages", "Helper majdoori"]),
        )
        p.pair(
            rng.choice(["From", "Debit account"]),
            f"{'State Bank of India' if frame == 'sbipay' else 'Canara Bank'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "sbipay":
                p.pair("UTR No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"SBIP{j.date:%y%m%d}{digits(rng, 10)}"
                wrap_pair(p, "SBI Pay txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UPI Ref. number", j.ref, txn=(UTR_RANK, j.ref))
                own = f"CAI{j.date:%y%m%d}{digits(rng, 10)}"
                wrap_pair(p, "ai1 txn ref.", own, txn=(TXN_RANK, own))
        if status == "failed":
            p.add("small", "Any money debited returns to your account within 3 working days.")
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets, adds, spoilt = WORK[kind]
    where = UNITS["studio"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{STUDIO} - {'home work (ghar ka kaam)' if kind == 'saree' else 'piece rate'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Style / work", role)
    p.pair("Gaon / tola", village)
    p.pair("Artisan ID No.", f"BR/MBN/{rng.randrange(1000, 99999)}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}W/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Majdoori parchi No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Tarikh", "Payment dt.", "Date paid"], PATS_IN)
    rate = float(round(rng.randrange(rlo, rhi + 1), -1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 400, 600]))
        p.pair(rng.choice(adds), rs(extra))
        gross += extra
    p.pair(rng.choice(["Gross majdoori", "Total earned"]), rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        bad = rng.randrange(1, 3)
        per = round(rate * 0.4, 2)
        cut = round(bad * per, 2)
        p.pair(spoilt.format(n=bad, per=f"{per:,.2f}"), rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Peshgi (advance) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        rng.choice(["Paid by", "Mode"]), way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way]
    )
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = [
        "PAID",
        "PAID - ENTERED IN MAJDOORI REGISTER",
        "PAID - SAREES CHECKED AND TAKEN IN" if kind == "saree" else "PAID - PAINTINGS RECEIVED IN STOCK",
    ]
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Chitrakar's signature / thumb impression", "Signature or thumb of the painter"]))
    return p.done()


# ---------------------------------------------------------------- 8. the Nagar Nigam, the GI Registry, ...


FEE_FRAMES = ["nigam", "gi", "bspcb", "ptax", "biada", "epfo", "labour", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Madhubani painting house, its studio, its paper unit, its gallery and its packing shed:
    Madhubani Nagar Nigam's trade licence page (the Nigam on top and the Urban Development line, Licence No.,
    Business name, Ward No., Nature of trade, Trade licence fee 2026-27, Advertisement (signboard) tax and
    Delay penalty on some, Grand total / Net fee paid, Txn No., Bank reference, Money receipt No.), the
    Geographical Indications Registry's fee for the painters' authorised user applications (Form GI-3A - n
    applications @ 500, Name of applicant, GI application No., Class, Total fee paid / Fees received,
    Transaction ID, CBR No.), the Bihar State Pollution Control Board's consent renewal for the paper unit
    (Name of unit, Category, Consent application No., CTO renewal fee (water and air), Processing fee, Total
    consent fee paid / Fee deposited, Payment ref. No., Bank ref. No.), the Commercial Taxes Department's
    profession tax through OGRAS (Name of employer, PT registration No., Tax period, Profession tax -
    employees' deduction, Profession tax - enrolment (company), Total challan amount / Amount of challan, GRN;
    Under verification - bank scroll awaited, do not pay again, Challan created on / Payment started on),
    BIADA's maintenance and water charges for the packing shed (Allottee, Plot No., Industrial area,
    Maintenance charges 2026-27, Water charges - half year, Interest on arrears on some, Total dues / Amount
    to be paid, Transaction ID; Payment failed - amount not received by BIADA, dues outstanding, Transaction
    date / Attempted on), EPFO's ECR challan (Establishment ID, Establishment name, Wage month, Members, A/c 1
    - EPF, A/c 2 - admin charges, A/c 10 - pension (EPS), A/c 21 - EDLI, Challan total / Total remitted, TRRN,
    CRN, Bank ref. No.), the Labour Resources Department's registration renewal for the gallery under the
    Bihar Shops and Establishments Act (Establishment, Registration No., Employees, Renewal fee, Late fee on
    some, Total fee paid / Amount paid, Transaction No., Receipt No.) and the Transport Department's Vahan
    road tax for the delivery pickup (Registration No., Owner name, Vehicle class, Road tax - one year, Road
    safety cess, Total tax paid / Tax paid, Transaction No., Bank ref. No., Vahan receipt No.); the status
    under the authority's line or at the foot: Paid - receipt available for download / Transaction successful
    - challan paid / Success - fee credited to the government account; Mode of payment / Payment through (EPFO
    and OGRAS by net banking only), Payment date / Date of transaction / Fee paid on / Receipt dated; the
    references before the heads on some."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame in ("ptax", "epfo"):
        way = "Net banking"
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "{d}/{m}/%Y"]
    words = {
        "success": [
            "Paid - receipt available for download",
            "Transaction successful - challan paid",
            "Success - fee credited to the government account",
        ]
    }
    day_labels = ["Payment date", "Date of transaction", "Fee paid on", "Receipt dated"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "nigam":
        url = f"madhubani.nagarnigam.bihar.gov.in/tradelicence/receipt/{digits(rng, 9)}"
        name = rng.choice(["Madhubani Nagar Nigam", "MADHUBANI NAGAR NIGAM", "Nagar Nigam, Madhubani"])
        line = "Urban Development & Housing Department, Bihar  |  Trade licence"
    elif frame == "gi":
        url = "search.ipindia.gov.in/GIR/payment/receipt"
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY"])
        line = "Intellectual Property India, Chennai  |  Authorised user application (Form GI-3A)"
    elif frame == "bspcb":
        url = f"ocmms.bihar.gov.in/bspcb/consent/payment/{digits(rng, 8)}"
        name = rng.choice(["Bihar State Pollution Control Board", "BIHAR STATE POLLUTION CONTROL BOARD"])
        line = "Parivesh Bhawan, Patna  |  Consent to operate - renewal"
    elif frame == "ptax":
        url = "ogras.bihar.gov.in/challan/status"
        name = rng.choice(
            ["Commercial Taxes Department, Government of Bihar", "Commercial Taxes Department, Bihar"]
        )
        line = "OGRAS - online receipt of government dues  |  Profession tax"
    elif frame == "biada":
        url = f"biadabihar.in/allottee/dues/payment/{digits(rng, 7)}"
        name = rng.choice(["Bihar Industrial Area Development Authority", "BIADA"])
        line = "Darbhanga Regional Office  |  Maintenance and water charges"
    elif frame == "epfo":
        url = "unifiedportal-emp.epfindia.gov.in/epfo/challan/receipt"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        line = "Ministry of Labour & Employment, Government of India  |  ECR challan"
    elif frame == "labour":
        url = "labour.bihar.gov.in/shops-establishments/renewal/receipt"
        name = rng.choice(
            ["Labour Resources Department, Government of Bihar", "Labour Resources Department, Bihar"]
        )
        line = "Bihar Shops and Establishments Act, 1953  |  Registration renewal"
    else:
        url = "vahan.parivahan.gov.in/vahanservice/tax/receipt"
        name = rng.choice(["Transport Department, Government of Bihar", "Transport Department, Bihar"])
        line = "Vahan - Ministry of Road Transport & Highways  |  Road tax"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("ptax", "biada")
    if frame == "nigam":
        p.pair("Licence No.", f"MNN/TL/{digits(rng, 5)}")
        wrap_pair(p, "Business name", f"{GALLERY} ({firm})")
        p.pair("Ward No.", str(rng.randrange(1, 45)))
        p.pair("Nature of trade", "Paintings and handicrafts - shop")
        heads = [("Trade licence fee 2026-27", float(rng.choice([1000, 2000, 3000, 4000])))]
        if rng.random() < 0.5:
            heads.append(("Advertisement (signboard) tax", float(rng.choice([600, 900, 1200]))))
        if rng.random() < 0.4:
            heads.append(("Delay penalty", float(rng.choice([100, 250, 500]))))
        labels = ["Grand total", "Net fee paid"]
        refs = [
            ("Txn No.", TXN_RANK, f"MNN{digits(rng, 11)}"),
            ("Bank reference", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Money receipt No.", INVOICE_RANK, f"MNN/MR/{digits(rng, 6)}"),
        ]
    elif frame == "gi":
        n = rng.randrange(6, 28)
        wrap_pair(p, "Name of applicant", f"{firm} - for {n} painters of Jitwarpur")
        p.pair("GI application No.", str(rng.choice([98, 112, 114])))
        p.pair("Class", "16 - paintings")
        heads = [(f"Form GI-3A - {n} applications @ 500", float(n * 500))]
        labels = ["Total fee paid", "Fees received"]
        refs = [
            ("Transaction ID", TXN_RANK, f"GIR{digits(rng, 12)}"),
            ("CBR No.", INVOICE_RANK, str(rng.randrange(10000, 99999))),
        ]
    elif frame == "bspcb":
        wrap_pair(p, "Name of unit", f"{PAPERS} ({firm})")
        p.pair("Category", "Orange - small")
        p.pair("Consent application No.", f"BSPCB/CTO/{digits(rng, 7)}")
        heads = [
            ("CTO renewal fee (water and air)", float(rng.choice([5000, 7500, 10000, 15000]))),
            ("Processing fee", float(rng.choice([500, 1000]))),
        ]
        labels = ["Total consent fee paid", "Fee deposited"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"BSPCB{digits(rng, 10)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "ptax":
        wrap_pair(p, "Name of employer", firm)
        p.pair("PT registration No.", f"10{digits(rng, 9)}PT")
        p.pair("Tax period", "2026-27")
        heads = [
            ("Profession tax - employees' deduction", float(rng.randrange(12, 60) * 208)),
            ("Profession tax - enrolment (company)", 2500.0),
        ]
        labels = ["Total challan amount", "Amount of challan"]
        refs = [("GRN", TXN_RANK, f"{rng.randrange(1, 9)}{digits(rng, 9)}")]
        words = {"pending": ["Under verification - bank scroll awaited, do not pay again"]}
        day_labels = ["Challan created on", "Payment started on"]
    elif frame == "biada":
        wrap_pair(p, "Allottee", f"{firm} (packing shed)")
        p.pair("Plot No.", f"B-{rng.randrange(2, 40)}")
        p.pair("Industrial area", "Madhubani")
        heads = [
            ("Maintenance charges 2026-27", float(round(rng.uniform(6000, 22000), -1))),
            ("Water charges - half year", float(round(rng.uniform(1200, 4800), -1))),
        ]
        if rng.random() < 0.5:
            heads.append(("Interest on arrears", float(rng.choice([340, 610, 980]))))
        labels = ["Total dues", "Amount to be paid"]
        refs = [("Transaction ID", TXN_RANK, f"BIADA{digits(rng, 10)}")]
        words = {"failed": ["Payment failed - amount not received by BIADA, dues outstanding"]}
        day_labels = ["Transaction date", "Attempted on"]
    elif frame == "epfo":
        p.pair("Establishment ID", f"BRMZP{digits(rng, 7)}000")
        wrap_pair(p, "Establishment name", COMPANY_CAPS)
        p.pair("Wage month", j.month(1))
        p.pair("Members", str(rng.randrange(12, 40)))
        wages = float(rng.randrange(150000, 480000, 100))
        heads = [
            ("A/c 1 - EPF", float(round(wages * 0.1567))),
            ("A/c 2 - admin charges", float(max(500, round(wages * 0.005)))),
            ("A/c 10 - pension (EPS)", float(round(wages * 0.0833))),
            ("A/c 21 - EDLI", float(round(wages * 0.005))),
        ]
        labels = ["Challan total", "Total remitted"]
        refs = [
            ("TRRN", TXN_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
            ("CRN", INVOICE_RANK, f"{rng.choice('12')}{digits(rng, 11)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
        ]
    elif frame == "labour":
        wrap_pair(p, "Establishment", f"{GALLERY}, Station Road")
        p.pair("Registration No.", f"MBN/SE/{digits(rng, 5)}")
        p.pair("Employees", str(rng.randrange(3, 12)))
        heads = [("Renewal fee", float(rng.choice([500, 1000, 1500])))]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([100, 200]))))
        labels = ["Total fee paid", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"LRD{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"SE/{digits(rng, 7)}"),
        ]
    else:
        p.pair("Registration No.", f"BR32G{digits(rng, 4)}")
        wrap_pair(p, "Owner name", COMPANY_CAPS)
        p.pair("Vehicle class", "Goods carrier (pickup) - 2.5 t GVW")
        heads = [
            ("Road tax - one year", float(rng.choice([4200, 5600, 7100]))),
            ("Road safety cess", float(rng.choice([100, 250]))),
        ]
        labels = ["Total tax paid", "Tax paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"BR{digits(rng, 3)}{code(rng, 3, UPPER)}{digits(rng, 9)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Vahan receipt No.", INVOICE_RANK, f"BR32{code(rng, 2, UPPER)}{digits(rng, 7)}"),
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
        "nigam": "Keep the trade licence on display at the shop; renew it before 31 March every year.",
        "gi": "The authorised user certificates are issued after the Registry examines each application.",
        "bspcb": "The renewed consent can be downloaded once the Board's officer approves the application.",
        "ptax": "Do not pay again; the challan is marked paid once the bank's scroll reaches the treasury.",
        "biada": "Any amount debited is refunded to the source account within 5 working days.",
        "epfo": "The ECR is treated as filed once the challan is paid and the TRRN is generated.",
        "labour": "Display the registration certificate at the establishment.",
        "vahan": "Carry the tax receipt in the vehicle; it can be checked on the mParivahan app.",
    }[frame]
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Bharat Sookshma Udyam Suraksha - studio, paintings and paper stock",
        "paper",
        "fire",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Fine art all risks - paintings on exhibition and in transit",
        "browser",
        "fineart",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Burglary - gallery stock at Station Road, Madhubani",
        "mail",
        "burglary",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Marine cargo open policy - exports by air and post",
        "browser",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - painters, paper makers and staff",
        "mail",
        "health",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Employees' compensation - paper unit and mural team",
        "paper",
        "wc",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Goods carrying vehicle package - Tata Ace Gold pickup",
        "browser",
        "vehicle",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Money insurance - sale cash and wage cash in transit",
        "mail",
        "money",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its studio, paintings and paper stock, its paintings on exhibition and in transit,
    the gallery's stock, its export cargo, its workers' health, its paper unit hands and mural team under the
    Employees' Compensation Act, its pickup and its cash in transit: the insurers' premium receipts (browser,
    e-mail, printed at the branch: the insurer on top, the product line, PREMIUM ACKNOWLEDGEMENT / Receipt of
    premium - policy schedule follows / PREMIUM RECEIPT - ORIGINAL (Premium payment failed / TRANSACTION
    STATUS - PREMIUM on the failed one); the status under the heading on some, under the sum on the rest;
    Insured name / Proposer / Name of proposer, Policy No. / Proposal No. / Cover note No., Sum insured -
    studio, paintings and paper stock / Agreed value - paintings on exhibition / Sum insured - gallery stock /
    Annual export turnover (air and post) / Members covered / Annual wage roll / IDV and Registration No. /
    Single carrying limit, Cover from ... to ..., Basic premium / Premium (excl. GST) or Own damage and Third
    party liability, an add-on (Earthquake and STFI, Nail to nail cover, First loss basis, War and SRCC,
    Maternity cover, Medical expenses extension, Zero depreciation, Cash in counter), CGST and SGST @ 9% or
    IGST @ 18%, the sum: Total premium received / Premium with GST / Amount received (premium) / Cheque value
    / Cheque amount received / Premium to be paid / Payable amount; Premium credited - policy schedule issued
    / Payment confirmed - your policy is active / CHEQUE AWAITING CLEARANCE - RISK COVERED ONLY AFTER
    REALISATION / Payment unsuccessful - premium not received, proposal valid 15 days; Payment mode, Cheque
    No., Transaction No., UPI RRN / Bank txn ref., Receipt number / Official receipt No., Premium paid on /
    Receipt dated / Payment date / Cheque lodged on / Cheque handed over on / Attempted on / Payment tried
    on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'customer', 'portal'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <customercare@{host}>",
            ["Premium acknowledgement", "Receipt of your premium payment"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add("small", rng.choice(["Branch Office, Station Road, Madhubani", "Divisional Office, Darbhanga"]))
    p.add(
        "center",
        rng.choice(
            ["Premium payment failed", "TRANSACTION STATUS - PREMIUM"]
            if status == "failed"
            else [
                "PREMIUM ACKNOWLEDGEMENT",
                "Receipt of premium - policy schedule follows",
                "PREMIUM RECEIPT - ORIGINAL",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Premium credited - policy schedule issued", "Payment confirmed - your policy is active"],
        "pending": ["CHEQUE AWAITING CLEARANCE - RISK COVERED ONLY AFTER REALISATION"],
        "failed": ["Payment unsuccessful - premium not received, proposal valid 15 days"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p, rng.choice(["Insured name", "Proposer", "Name of proposer"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair(
            "Policy No.",
            f"{rng.choice(['10', '25', '63'])}{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(0, 3):02d}",
        )
    elif status == "pending":
        p.pair("Cover note No.", f"CN/{digits(rng, 10)}")
    else:
        p.pair("Proposal No.", f"PRP{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(2500000, 30000000, 50000))
        p.pair("Sum insured - studio, paintings and paper stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake and STFI", round(insured * 0.00008, 2))
    elif kind == "fineart":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Agreed value - paintings on exhibition", rs(insured))
        basic = round(insured * rng.uniform(0.002, 0.004), 2)
        addon = ("Nail to nail cover", round(insured * 0.0003, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(800000, 6000000, 50000))
        p.pair("Sum insured - gallery stock", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("First loss basis", round(insured * 0.0001, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(4000000, 40000000, 500000))
        p.pair("Annual export turnover (air and post)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0006), 2)
        addon = ("War and SRCC", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(15, 60)
        p.pair("Members covered", f"{members} (Rs 3,00,000 each)")
        basic = round(members * rng.uniform(3400, 5600), 2)
        addon = ("Maternity cover", round(members * 380.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(1800000, 8000000, 100000))
        p.pair("Annual wage roll", rs(wages))
        basic = round(wages * rng.uniform(0.007, 0.012), 2)
        addon = ("Medical expenses extension", round(wages * 0.0005, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 720000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"BR-32-G-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage", basic), ("Third party liability", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    else:
        limit = float(rng.randrange(100000, 600000, 25000))
        p.pair("Single carrying limit", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.009), 2)
        addon = ("Cash in counter", round(limit * 0.001, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 6))
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        p.pair("Cover from", f"{when(start, '%d.%m.%Y')} to {when(end, '%d.%m.%Y')}")
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
        "success": ["Total premium received", "Premium with GST", "Amount received (premium)"],
        "pending": ["Cheque value", "Cheque amount received"],
        "failed": ["Premium to be paid", "Payable amount"],
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
            pid = f"{rng.choice(['TXN', 'PAY', 'OL'])}{digits(rng, 12)}"
            p.pair("Transaction No.", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank txn ref.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
            p.pair(rng.choice(["Receipt number", "Official receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Premium paid on", "Receipt dated", "Payment date"],
            "pending": ["Cheque lodged on", "Cheque handed over on"],
            "failed": ["Attempted on", "Payment tried on"],
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
    ("KOHBAR KALA DIRGHA", "STATION ROAD, MADHUBANI", "own"),
    ("MITHILA KISAN FILLING STATION", "RAHIKA ROAD, MADHUBANI", "fuel"),
    ("KOHBAR MITHILA", "JITWARPUR, MADHUBANI 847211", "own"),
    ("HOTEL ARAVALI RETREAT", "SURAJKUND ROAD, FARIDABAD", "hotel"),
    ("KOHBAR CHITRASHALA", "JITWARPUR, MADHUBANI", "own"),
    ("DARBHANGA ART & STATIONERY MART", "TOWER CHOWK, DARBHANGA", "shop"),
    ("KOHBAR KALA DIRGHA", "MITHILA HAAT, ARARIA SANGRAM", "own"),
    ("MAA JANKI MISTHAN BHANDAR", "THANA CHOWK, MADHUBANI", "food"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "INDIANOIL",
    "CANARA BANK",
    "HDFC BANK",
    "BANK OF INDIA",
    "EZETAP",
    "UNION BANK OF INDIA",
    "PAYTM EDC",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the gallery's, the company's, the studio's and the Mithila Haat stall's terminals, and
    the company's card at a filling station on the Rahika road, a Faridabad hotel in the Surajkund crafts
    fair's fortnight in February, a Darbhanga art and stationery shop and a Madhubani sweet shop: terminal
    slips (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals;
    DATE & TIME: on one row, TXN DT: and TXN TM: or DATE: and TIME: at the top or under the sum; MID:, TID:,
    BATCH:, TRACE NO:, INVOICE NO: / BILL NO.:, SALE / SALE - CHIP / TAP & PAY SALE, CARD NUM: / CARD:,
    NETWORK:, a fuel sale's PRODUCT:, RATE/LTR:, VOLUME(L):, NOZZLE:, VEHICLE NO: and XTRAREWARDS PTS:, a
    hotel's ROOM: and FOLIO:, a sweet shop's ORDER TOKEN:, a shop's CUSTOMER MOB:, AUTH NO: / APPROVAL:, RRN:
    / RRN NO.:, SALE AMOUNT: / AMOUNT RS: / TOTAL RS:, the sum above or below the card; APPROVED / APPROVED -
    THANK YOU / TXN SUCCESSFUL / DECLINED - 51 NOT SUFFICIENT FUNDS / NO RESPONSE FROM ISSUER - STATUS
    UNKNOWN, DO NOT SWIPE AGAIN)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=1800, high=96000)
    name, town, kind = COUNTERS[k]
    if kind == "hotel":
        j.date = dt.date(2026, 2, 1) + dt.timedelta(days=rng.randrange(15))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 5200, 24000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 18000, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%y"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        pick = rng.random()
        if pick < 0.35:
            p.pair("DATE & TIME:", f"{d} {t}", date=j.date)
        elif pick < 0.7:
            p.pair("TXN DT:", d, date=j.date)
            p.pair("TXN TM:", t)
        else:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO.:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(
            ["SALE", "TAP & PAY SALE", "SALE - CHIP"] if j.amount <= 5000 else ["SALE", "SALE - CHIP"]
        ),
    )
    lab = rng.choice(["SALE AMOUNT:", "AMOUNT RS:", "TOTAL RS:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = body if lab in ("AMOUNT RS:", "TOTAL RS:") else f"{rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD NUM:", "CARD:"]),
        f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair("NETWORK:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(91.5, 96.8), 2)
        p.pair("PRODUCT:", rng.choice(["DIESEL", "XTRAGREEN DIESEL"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE:", str(rng.randrange(1, 8)))
        p.pair("VEHICLE NO:", f"BR32G{code(rng, 1, UPPER)}{digits(rng, 4)}")
        p.pair("XTRAREWARDS PTS:", str(rng.randrange(10, 180)))
    elif kind == "hotel":
        p.pair("ROOM:", str(rng.randrange(101, 420)))
        p.pair("FOLIO:", f"FL{digits(rng, 6)}")
    elif kind == "food":
        p.pair("ORDER TOKEN:", str(rng.randrange(10, 300)))
    elif kind == "shop":
        p.pair("CUSTOMER MOB:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH NO:", "APPROVAL:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO.:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "APPROVED - THANK YOU", "TXN SUCCESSFUL"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK - NO SIGNATURE REQUIRED", "PLEASE RETAIN THIS SLIP"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 NOT SUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM ISSUER - STATUS UNKNOWN, DO NOT SWIPE AGAIN", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("NBPDCL", "North Bihar Power Distribution Co. Ltd", "CA No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile number"),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["NBPDCL", "Vyom", "PhonePe", "NBPDCL", "super.money", "Airtel Thanks", "Google Pay", "Paytm"]
BILL_WHICH = [0, 0, 2, 0, 3, 1, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's, the paper unit's and the gallery's electricity (NBPDCL), the gallery's fibre (Airtel
    Xstream Fiber), the manager's postpaid phone (Jio), the gallery's DTH (Tata Play) and the studio's cooking
    gas (Indane) through Bharat Connect in Union Bank's Vyom and other apps (PhonePe, super.money, Airtel
    Thanks, Google Pay, Paytm: the app on top, the sum large above or below the status, or the biller first,
    Biller name / Operator / Payment to biller as printed, CA No. / Account ID / Mobile number / Subscriber ID
    / LPG ID, Registered name / Name on the bill, Bill number, Bill period, Bill date, Due date and Amount
    with LPSC on some power and fibre bills, Payment source / Paid using Current A/c or UPI, Bharat Connect
    ref. No. / BBPS reference ID / BC txn ID, UPI RRN, Transaction ID on the failed one, Payment completed on
    / Done on / Bill paid at / Date & time / Initiated at (the latter two on one not paid); Bill paid - the
    operator has confirmed / Payment successful - receipt sent by SMS / Awaiting confirmation from the
    operator - do not pay again / Payment failed - money, if deducted, returns in 3 working days) and NBPDCL's
    own smart prepaid meter recharge receipt (NBPDCL, North Bihar Power Distribution Co. Ltd or its capitals
    on top with its "A Government of Bihar undertaking" line, CA No., Meter No., Consumer name, Division,
    Recharge amount / Amount paid, Meter balance after recharge, Payment mode, Transaction ID, Bank ref. No.,
    Receipt No., Recharge date / Payment date, the status under the head or at the foot: Recharge successful -
    balance added to the meter / Payment received - credited to your CA)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=3000, high=68000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 499, 2499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 349, 1499, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 199, 899, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 850, 3400, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "CA No.": f"{rng.choice(['1226', '1227', '1229'])}{digits(rng, 7)}",
        "Account ID": f"{rng.choice(['1', '2'])}{digits(rng, 9)}",
        "Mobile number": f"{rng.choice('6789')}{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "LPG ID": f"7{digits(rng, 16)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "NBPDCL":
        j.amount = float(rng.choice([1000, 2000, 2500, 3000, 5000, 7500, 10000, 15000]))
        p = browser_page(rng, font, "nbpdcl.co.in/smartmeter/recharge/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Bihar undertaking  |  Smart prepaid meter - online recharge")
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Recharge successful - balance added to the meter",
                "Payment received - credited to your CA",
            ]
        }
        status_top = rng.random() < 0.4
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        p.pair("Meter No.", f"BSM{digits(rng, 8)}")
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, STUDIO.upper(), f"M/S {PAPERS.upper()}"]))
        p.pair("Division", rng.choice(["Electric Supply Division, Madhubani", "Jhanjharpur (Rural)"]))
        p.pair(rng.choice(["Recharge amount", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Meter balance after recharge", rs(round(j.amount + rupees(rng, 40, 1800), 2)))
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"NBR{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "Net banking" and rng.random() < 0.6:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"RC{digits(rng, 12)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Recharge date", "Payment date"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Keep the meter balance above zero; supply is cut on a negative balance after 3 days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Transaction status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payment")
    p.part = "body"
    words = {
        "success": [
            "Bill paid - the operator has confirmed",
            "Payment successful - receipt sent by SMS",
        ],
        "pending": ["Awaiting confirmation from the operator - do not pay again"],
        "failed": ["Payment failed - money, if deducted, returns in 3 working days"],
    }
    name = rng.choice([short, long])
    label = rng.choice(
        ["Biller name", "Operator", "Payment to biller"]
        if status == "success"
        else ["Biller name", "Operator"]
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
        rng.choice(["Registered name", "Name on the bill"]),
        rng.choice(
            {
                0: [COMPANY_CAPS, STUDIO.upper(), PAPERS.upper()],
                4: [COMPANY_CAPS, STUDIO.upper()],
            }.get(which, [COMPANY_CAPS, GALLERY.upper()])
        ),
    )
    if which in (0, 1) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill number", f"{rng.choice(['NB', 'AX'])}{digits(rng, 10)}")
        start, end = earlier(rng, j, 38, 55), earlier(rng, j, 8, 14)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Bill period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Bill date", when(earlier(rng, j, 4, 7), "%d %b %Y"))
        p.pair("Due date", j.other_day(rng, 3, 15))
        p.pair("Amount with LPSC", rs(round(j.amount * 1.015, 2) if which == 0 else j.amount + 100))
    way = "Current A/c" if app == "Vyom" else "UPI"
    p.pair(
        rng.choice(["Payment source", "Paid using"]),
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:9])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "super.money": "SM",
                "Airtel Thanks": "AT",
                "Google Pay": "GP",
                "Paytm": "PT",
            }.get(app, "UB")
            bc = f"{head}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect ref. No.", "BBPS reference ID", "BC txn ID"]),
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
        ["Payment completed on", "Done on", "Bill paid at"]
        if status == "success"
        else ["Date & time", "Initiated at"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "SUNITA DEVI PASWAN",
    "TIRHUT CARRIERS",
    "",
    "PATNA FRAME & GLASS",
    "BIHAR EXPO STALL BUI",
    "MITHILA GUARD SERVIC",
    "",
    "BHAGALPUR TUSSAR SIL",
]
MAIL_PAYEES = [
    "Smt. Sunaina Jha",
    "Tirhut Digital Prints",
    "Kalpi Hastnirmit Kagaz Udyog",
    "Muzaffarpur Packaging Industries",
]
SENDERS = {
    "Bihar Gramin Bank": "AX-BGBANK",
    "Canara Bank": "BP-CANBNK",
    "Central Bank of India": "VK-CENTBK",
    "The Madhubani Central Co-operative Bank": "JD-MCCBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AX-BGBANK /
    BP-CANBNK / VK-CENTBK / JD-MCCBNK, the day divider, each bank's own wording: Bihar Gramin Bank's UPI "BGB:
    Rs.x debited from A/c XX1234 on <day> by UPI, sent to <payee>. UPI Ref <ref>.", Canara Bank's "CANARA
    BANK: INR x paid from A/c XX1234 on <day> through <way> to beneficiary <payee>.", Central Bank of India's
    "CBoI: A/c XX1234 Dr Rs x on <day>. <way> to <payee>.", the Madhubani Central Co-operative Bank's "MCCB:
    <way> of Rs x to <payee> debited from CA ..1234 on <day>."; a transfer that "could not be completed; the
    amount is reversed to your A/c." and one that "is awaiting credit at the beneficiary bank. Do not initiate
    it again.", the balance line) and two e-mail debit alerts (Union Bank of India, Bank of India: Transaction
    amount / Amount transferred, Beneficiary name / Transferred to, Date of transaction / Txn date, From
    account, Mode, UTR No. / IMPS ref., Available balance; Status: Transfer successful / Transaction status:
    Executed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=9000, high=320000)
    if k == 0:
        j.amount = rupees(rng, 900, 7800, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 14000, 96000)
    elif k == 3:
        j.amount = rupees(rng, 30000, 240000)
    if k in (2, 6):
        to = MAIL_PAYEES[(0 if k == 2 else 2) + rng.randrange(2)]
        bank = rng.choice(["Union Bank of India", "Bank of India"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Account debited - fund transfer", "Alert: debit from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, this is to inform you that a fund transfer has been debited as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary name", "Transferred to"]
        amount_labels = ["Transaction amount", "Amount transferred"]
        if sum_first:
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Date of transaction", "Txn date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.pair("From account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS ref." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 80000, 3800000)))
        p.add(
            "left",
            rng.choice(["Status: Transfer successful", "Transaction status: Executed"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small",
            "If you did not make this transfer, call the bank's helpline at once to block the account.",
        )
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 7:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Bihar Gramin Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Bihar Gramin Bank",
        3: "Canara Bank",
        4: "Central Bank of India",
        7: "The Madhubani Central Co-operative Bank",
    }.get(k, rng.choice(["Canara Bank", "Central Bank of India", "The Madhubani Central Co-operative Bank"]))
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
        if bank == "Bihar Gramin Bank":
            p.add("left", f"BGB: Rs.{amt} debited from A/c XX{tail}", amount=j.amount, status="success")
            upi_day = when(j.date, "%d/%m/%y")
            p.add("left", f"on {upi_day} by UPI, sent to {to}.", merchant=to, method=method)
            if ref:
                p.add("left", f"UPI Ref {ref}. -Bihar Gramin Bank", txn=(UTR_RANK, ref))
            else:
                p.add("left", "-Bihar Gramin Bank")
            ref = None
        elif bank == "Canara Bank":
            p.add("left", f"CANARA BANK: INR {amt} paid from", amount=j.amount)
            p.add("left", f"A/c XX{tail}{on} through {way}", method=method)
            p.add("left", f"to beneficiary {to}.", merchant=to)
        elif bank == "Central Bank of India":
            p.add("left", f"CBoI: A/c XX{tail} Dr Rs {amt}{on}.", amount=j.amount)
            p.add("left", f"{way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"MCCB: {way} of Rs {amt}", amount=j.amount, method=method)
            p.add("left", f"to {to}", merchant=to)
            p.add("left", f"debited from CA ..{tail}{on}.")
    else:
        p.add("left", f"Your {way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be completed; the amount is reversed to your A/c.",
            "pending": "is awaiting credit at the beneficiary bank. Do not initiate it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref No", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "Bihar Gramin Bank":
        balance = {
            "Canara Bank": f"Avail. bal INR {num(bal)}",
            "Central Bank of India": f"Clear Bal Rs {num(bal)}",
        }.get(bank, f"Bal Rs {num(bal)} Cr")
        p.add("left", balance, status="success")
        p.add(
            "small",
            rng.choice(
                [
                    "Not done by you? Inform your branch at once",
                    "Never share your OTP, PIN or password with anyone",
                ]
            ),
        )
    if bank != "Bihar Gramin Bank":
        p.add(
            "small",
            {"Canara Bank": "- Canara Bank", "Central Bank of India": "-Central Bank of India"}.get(
                bank, "-MCCB"
            ),
        )
    return p.done()


compose = compose158

"""The twelve heldout247 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kaithoon Kota doria saree weavers' house's day in 2026 in Kota district,
Rajasthan (Rahmani Kota Doria Weavers Pvt Ltd, its pit loom shed in Bunkar Mohalla, Kaithoon, Rahmani Pit Loom
Karkhana, where the cotton and silk warps are laid on the street, sized with rice paste and onion juice, and
the khat-checked doria is woven with zari borders and butis on throw-shuttle pit looms, its zari and yarn
store in Sadar Bazar, Kaithoon, Rahmani Zari & Yarn Store, which sells cotton and silk yarn by the kilo and
zari and kasab by the reel to the weavers around, its pirn winders working at home in Kaithoon, Siswali and
Mangrol, and its Kota city showroom on Gumanpura Main Road, Rahmani Doria Emporium, where the families, the
brides, the boutiques and the tourists buy), told by the proofs of payment it receives and makes: buyers' and
boutiques' UPI screens and the web shop's Razorpay and Instamojo pages, the Jaipur, Kolkata, Bengaluru,
Chennai, Lucknow, Hyderabad and Mumbai saree houses' and the Central Cottage Industries Corporation's payment
advices, saree importers' inward wires from Dubai, London, Toronto, New Jersey, Sydney, Kyoto, Durban and
Paris in dirhams, pounds, Canadian dollars, US dollars, Australian dollars, yen, rand and euros (yen without
decimals, rand with spaces between the thousands, euros the French way on some), its own sale bills, cash
memos and counter bills, the yarn sold by the kilo and the zari by the reel to the weavers, the yarn waste
sold by the kilo to a Panipat recycler, the cotton yarn, silk yarn, zari, dye and saree box suppliers' tax
invoices, the corporate net-banking transfers to the transporter, the yarn dyer, the showroom's landlord, the
security agency, the loom mistri, the catalogue photographer, the solar installer and the courier, the
weavers', pirn winders', warpers' and dyers' wage slips and their RazorpayX payouts, Google Pay and YONO SBI
payments, Nagar Palika Kaithoon's, the Rajasthan State Pollution Control Board's, the Handloom Export
Promotion Council's, the Labour Department's, the Kota Development Authority's, Legal Metrology's, EPFO's and
the Textiles Committee's fee pages, the insurers' premium receipts, card terminal slips, KEDL's and JVVNL's
power and the fibre, postpaid, DTH, water and cooking gas bills and the banks' SMS and e-mail alerts. Every
row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the
page keeps. Headings, footers, the unit lines, bills listed on an advice, supplier code, order, goods receipt,
store receipt, token, assessment, plot, lease, consent order, membership, RCMC, establishment, registration,
policy, proposal, account, K number, subscriber and beneficiary code numbers, pieces, metres, kilos, reels,
tanas, rates, weaving defects, colour rejections, trade discounts, rate differences, GST-TDS and TDS,
advances, peshgi recoveries, rejected pieces, arrears, interest, GST lines, rupee values on the wires,
conversion rates, intermediary banks, sums insured, limits, turnovers, wages and lives declared, balances, due
days, bill days, bill periods, wage months, risk commencement days, shipping bill days, GSTIN, IFSC, UETR,
sender's references, merchant and terminal IDs, batch and STAN numbers, KOT and room numbers, makers and
authorisers and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines``
are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and
``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's;
``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``Screen`` heldout113's; ``compose`` is heldout158's (as heldout243's).
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

COMPANY = "Rahmani Kota Doria Weavers Pvt Ltd"
COMPANY_CAPS = "RAHMANI KOTA DORIA WEAVERS PVT LTD"
SHORT = "Rahmani Doria"
LOOMS = "Rahmani Pit Loom Karkhana"
STORE = "Rahmani Zari & Yarn Store"
SHOWROOM = "Rahmani Doria Emporium"
# unit, address, GST state code
UNITS = {
    "looms": ("Pit loom shed", "Ward 9, Bunkar Mohalla, Kaithoon, Kota - 325001, Rajasthan", "08"),
    "store": (
        "Zari and yarn store",
        "Sadar Bazar, near Jama Masjid, Kaithoon, Kota - 325001, Rajasthan",
        "08",
    ),
    "showroom": ("City showroom", "12, Gumanpura Main Road, Kota - 324007, Rajasthan", "08"),
}
PATS_IN = [
    "%d-%m-%Y",
    "%d/%m/%Y",
    "{d}-%b-%Y",
    "%d.%m.%Y",
    "{d} %B %Y",
    "%d-%b-%y",
    "%d/%m/%y",
    "%d %b %Y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%d%b%Y", "%B {d}, %Y"]
BANKS = [
    "State Bank of India",
    "Bank of Baroda",
    "Rajasthan Gramin Bank",
    "Punjab National Bank",
    "Canara Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "AU Small Finance Bank",
    "Kotak Mahindra Bank",
    "IndusInd Bank",
    "Hadoti Nagrik Sahakari Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Rajasthan Gramin Bank": "RGBK",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "AU Small Finance Bank": "AUBL",
    "Kotak Mahindra Bank": "KKBK",
    "IndusInd Bank": "INDB",
    "Hadoti Nagrik Sahakari Bank": "HNSB",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "Bank of Baroda": "bankofbaroda.bank.in",
    "Punjab National Bank": "pnb.bank.in",
    "Canara Bank": "canarabank.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "AU Small Finance Bank": "aubank.in",
    "Kotak Mahindra Bank": "kotak.com",
    "IndusInd Bank": "indusind.com",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "saree": ("Kota doria saree - silk cotton, zari border, with blouse piece", "pc", 3200, 16500, 5),
    "plain": ("Kota doria saree - cotton, khat check, block-printed pallu", "pc", 1450, 3600, 5),
    "yarn": ("Cotton yarn 2/120s combed, bleached - on cones", "kg", 560, 760, 5),
    "zari": ("Tested zari - antique gold, 100 g reel", "reel", 210, 390, 5),
    "waste": ("Cotton and silk yarn waste, pirn ends - soft waste (HSN 5202)", "kg", 22, 48, 5),
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
    return f"AAL{rng.choice('CF')}R{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


# ---------------------------------------------------------------- 1. buyers and boutiques: UPI, web shop


SHOP_APPS = ["Google Pay", "Amazon Pay", "Razorpay", "YONO SBI", "Paytm", "CRED", "Instamojo", "PhonePe"]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Doria saree - peach",
        "2 cotton doria sarees",
        "Dupatta + saree",
        "Saree fall pico extra",
        "Gift saree for bhabhi",
    ],
    [
        "Bridal doria sarees x 3",
        "Boutique order - 12 sarees",
        "Wedding sarees advance",
        "Silk doria with zari buti",
        "Sarees for mausi's function",
    ],
)
PAYERS_UPI = [
    "Sunita Agarwal",
    "Kavya Maheshwari",
    "Taana Baana Boutique",
    "Rekha Jain",
    "Farida Begum",
    "Neelam Hada",
    "Ritika Sharma",
    "Lavanya Sarees, Indore",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Priyanka Deshmukh, Nagpur", "Silk cotton doria saree, rani pink, zari border x 1", 4200, 16500),
    ("Anokhi Threads Boutique, Gurugram", "Advance - 24 cotton doria sarees, assorted khat", 24000, 72000),
    ("Mrs. Shalini Bhargava, Bhopal", "Bridal doria sarees x 3 with blouse pieces", 18000, 48000),
    ("Ms. Aditi Rao, Hyderabad", "Cotton doria saree, block-printed pallu x 2", 3000, 7400),
]
SHOP_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID", "UPI Ref"],
    "Amazon Pay": ["Bank reference ID", "UPI RRN"],
    "YONO SBI": ["UPI Ref No.", "RRN"],
    "Paytm": ["UPI Ref No", "UTR"],
    "CRED": ["UPI reference ID", "UTR No."],
    "PhonePe": ["UTR", "UPI UTR"],
}
OWN_IDS = {
    "Google Pay": "Google transaction ID",
    "Amazon Pay": "Amazon Pay txn ID",
    "YONO SBI": "YONO txn ref.",
    "Paytm": "Paytm ref. ID",
    "CRED": "CRED payment ID",
    "PhonePe": "Transaction ID",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgK{code(rng, 12, MIXED)}"
    if app == "Amazon Pay":
        return f"P01-{digits(rng, 7)}-{digits(rng, 7)}"
    if app == "YONO SBI":
        return f"YN{j.date:%y%m%d}{digits(rng, 10)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
    if app == "CRED":
        return f"CRD{code(rng, 14, ALNUM)}"
    return digits(rng, 20)


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's web shop page on Razorpay or Instamojo after a buyer paid (the payee on top, the status
    and the sum, large or in a Total paid / Amount received row, in either order, the day under them, after
    the buyer or at the foot)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    url = (
        f"pages.razorpay.com/pl_{code(rng, 14, MIXED)}/view"
        if app == "Razorpay"
        else f"www.instamojo.com/order/status/{code(rng, 16, HEXA)}"
    )
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            [
                "Handwoven Kota doria sarees from Kaithoon - since 1978",
                "12, Gumanpura Main Road, Kota  |  shop.rahmanidoria.in",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment successful - we have e-mailed your receipt",
            "Order placed - payment captured",
            "Paid - your sarees ship in 3 working days",
        ]
    }
    big = rng.random() < 0.6

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Total paid", "Amount received"]), rs(j.amount), amount=j.amount)

    if rng.random() < 0.5:
        outcome_row(p, status, words)
        sum_row()
    else:
        sum_row()
        outcome_row(p, status, words)
    where = rng.randrange(3)
    labels = ["Paid on", "Payment captured at", "Date & time"]
    if where == 0:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Order placed by", "Billed to", "Contact"]), who)
    if where == 1:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Order items", "Products"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:4])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment mode", "Paid using"]), shown, method=way)
    if not j.no_ref:
        if app == "Razorpay":
            pid = f"pay_{code(rng, 14, MIXED)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"order_{code(rng, 14, MIXED)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"MOJO{digits(rng, 4)}{code(rng, 1, UPPER)}{digits(rng, 5)}"
            p.pair("Instamojo payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"RDE-{j.date:%y%m}-{digits(rng, 5)}"
            p.pair("Shop order No.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UPI RRN" if app == "Razorpay" else "UPI ref. (UTR)", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code" if app == "Razorpay" else "Card approval No.", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank txn ref." if app == "Razorpay" else "Bank reference", bref, txn=(BANK_RANK, bref))
    if where == 2:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        "Razorpay - secure payments  |  Razorpay Software Pvt Ltd"
        if app == "Razorpay"
        else "Powered by Instamojo  |  Instamojo Technologies Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers, brides' families and boutiques paying the showroom or the company: six UPI app screens (Google
    Pay, Amazon Pay, YONO SBI, Paytm, CRED, PhonePe: the status, the sum and the payee block in one of four
    orders; the showroom, its capitals, the company's capitals or its short name under Money paid to / Paid to
    the shop / Received by (merchant) / Payee shop / Paying to shop / Sending payment to, its UPI ID, a
    Banking name / Name at bank line on some, the sum large; Completed at / Time of payment / Payment made on
    / Attempted at / Started at first under the rule or after the references, Note / Remarks / Added note,
    From (the payer), Debited from / Bank account used, UPI transaction ID / UPI Ref / Bank reference ID / UPI
    RRN / UPI Ref No. / RRN / UPI Ref No / UTR / UPI reference ID / UTR No. / UPI UTR, the app's own Google
    transaction ID / Amazon Pay txn ID / YONO txn ref. / Paytm ref. ID / CRED payment ID / Transaction ID on
    some; Paid - the shop has received the money / Payment complete - merchant credited / Completed / Awaiting
    confirmation from the bank - check again before paying / Declined - incorrect UPI PIN entered) and the web
    shop's two payment pages (Razorpay, Instamojo: the showroom or the company on top, the status and the sum,
    large or in a Total paid / Amount received row, in either order, Paid on / Payment captured at / Date &
    time under them, after the buyer or at the foot, Order placed by / Billed to / Contact, Order items /
    Products, Payment mode / Paid using UPI, card or net banking, Payment ID / Instamojo payment ID, Order ID
    / Shop order No., UPI RRN / UPI ref. (UTR), Auth code / Card approval No. or Bank txn ref. / Bank
    reference; Payment successful - we have e-mailed your receipt / Order placed - payment captured / Paid -
    your sarees ship in 3 working days)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0, low=1200, high=78000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Razorpay", "Instamojo"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["sbi", "okaxis", "barodampay", "hdfcbank"])
    handle = f"rahmanidoria{rng.choice(['', '.kota', '78'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Paid - the shop has received the money",
            "Payment complete - merchant credited",
            "Completed",
        ],
        "pending": ["Awaiting confirmation from the bank - check again before paying"],
        "failed": ["Declined - incorrect UPI PIN entered"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Money paid to", "Paid to the shop", "Received by (merchant)", "Payee shop"]
                if status == "success"
                else ["Paying to shop", "Sending payment to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Banking name', 'Name at bank'])}: {COMPANY_CAPS}")

    order = rng.randrange(4)
    if order == 0:
        payee_block()
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    elif order == 1:
        outcome_row(p, status, words)
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
    elif order == 2:
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    p.add("rule")
    day_labels = (
        ["Completed at", "Time of payment", "Payment made on"]
        if status == "success"
        else ["Attempted at", "Started at"]
    )
    day_first = rng.random() < 0.5
    if day_first:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Note", "Remarks", "Added note"]), rng.choice(SHOP_NOTES[j.amount >= 9000]))
    if rng.random() < 0.6:
        p.pair("From", PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"YONO SBI": "State Bank of India"}.get(app) or rng.choice(BANKS[:9])
    p.pair(rng.choice(["Debited from", "Bank account used"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            own = own_id(rng, app, j)
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if not day_first:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(
            ["UPI | NPCI - secure payments", "Having trouble? Get help with this payment", "Share receipt"]
        ),
    )
    return p.done()


# ---------------------------------------------------------------- 2. saree houses' and CCIC's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Johari Bazar Saree Kendra Pvt Ltd",
        "accounts@joharisareekendra.in",
        "Johari Bazar, Jaipur",
        "saree",
        "paper",
    ),
    ("Burrabazar Handloom Agency", "burrabazarhandloom@gmail.com", "Burrabazar, Kolkata", "saree", "mail"),
    (
        "Central Cottage Industries Corporation of India Ltd",
        "bills.purchase@ccic-india.in",
        "Jawahar Vyapar Bhawan, Janpath, New Delhi",
        "saree",
        "portal",
    ),
    (
        "Chickpet Silk & Cotton House",
        "payments@chickpetsilkcotton.in",
        "Chickpet, Bengaluru",
        "fabric",
        "paper",
    ),
    ("T. Nagar Weaves LLP", "finance@tnagarweaves.in", "Usman Road, T. Nagar, Chennai", "saree", "mail"),
    ("Aminabad Handloom & Chikan Co.", "ap@aminabadhandloom.in", "Aminabad, Lucknow", "dupatta", "portal"),
    ("Sultan Bazar Sarees", "sultanbazarsarees@gmail.com", "Sultan Bazar, Hyderabad", "saree", "mail"),
    ("Hindmata Cloth Traders Pvt Ltd", "accounts@hindmatacloth.in", "Dadar East, Mumbai", "fabric", "portal"),
]
DEALER_GOODS = {
    "saree": ("pcs", 1650, 5200),
    "fabric": ("m", 180, 420),
    "dupatta": ("pcs", 620, 1400),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Saree houses in Jaipur, Kolkata, Bengaluru, Chennai, Lucknow, Hyderabad and Mumbai and the Central
    Cottage Industries Corporation paying for the sarees, doria fabric by the metre and dupattas the house
    sent them: a payment e-mail, a printed PAYMENT ADVICE TO SUPPLIER - HANDLOOM PURCHASES / Advice of payment
    to supplier / SUPPLIER REMITTANCE DETAILS and a supplier portal page (the payer on top with its desk line;
    Supplier code, Our PO No. and Goods receipt ref. (the Corporation's Purchase order No. and Store receipt
    No.) first, then Supplier name / Payment in favour of / Beneficiary (supplier) / Amount paid to / Credited
    to supplier the company, on top of the body or at the head of the payment block; the status under the
    heading on some, at the end of the payment block on the rest; the bills with their pieces or metres and
    sums, Value of bills / Bills total, Less: TDS u/s 194Q @ 0.1% (the Corporation's Less: TDS under GST @ 2%
    (IGST)), Less: Weaving defect (rejected) - n pcs / Less: Colour bleeding - n m returned / Less: Rate
    difference - n @ rate / Less: Trade discount @ 3% on some, above or below the payment block: Net payable
    released / Amount remitted (net) / Net remittance (Amount parked on the hold, Amount rejected by bank /
    Remittance returned on the return), Payment through / Mode NEFT / RTGS / IMPS, Supplier bank A/c, NEFT UTR
    / UTR (NEFT) / RTGS UTR No. / UTR (RTGS) / IMPS RRN, Payment doc. No. / Remittance advice No. / Voucher
    ref., Remitted on / Payment value date / Date of remittance / Parked on / Advice dated / Rejected on /
    Returned on; Status: Remitted - credited to supplier account / Payment released to your bank / Payment
    parked - quality check of the lot pending / Rejected by bank - IFSC and account number do not match)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    buyer, mail, desk, kind, frame = PAYERS[k]
    ccic = buyer.startswith("Central Cottage")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} {buyer.split()[1]} Accounts <{mail}>",
            [
                "Payment released - Rahmani Doria",
                "Your bills have been paid",
                f"Remittance to {SHORT}",
            ]
            if status == "success"
            else ["Your bills - payment advice", "About your payment - Rahmani Doria"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    p.add(
        "small",
        f"{rng.choice(['Accounts Payable', 'Purchase - Handlooms', 'Finance and Accounts'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE TO SUPPLIER - HANDLOOM PURCHASES",
                "Advice of payment to supplier",
                "SUPPLIER REMITTANCE DETAILS",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Status: Remitted - credited to supplier account", "Payment released to your bank"],
        "pending": ["Payment parked - quality check of the lot pending"],
        "failed": ["Rejected by bank - IFSC and account number do not match"],
    }
    status_top = rng.random() < 0.35
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if ccic:
        p.pair("Purchase order No.", f"CCIC/PUR/HL/{digits(rng, 5)}")
        p.pair("Store receipt No.", f"SRV/{rng.choice(['JVB', 'DLH'])}/{digits(rng, 5)}")
    else:
        p.pair("Supplier code", f"{rng.choice(['S', 'SUP', 'KTA'])}{digits(rng, 5)}")
        p.pair("Our PO No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.6:
            p.pair("Goods receipt ref.", f"GR{digits(rng, 7)}")
    labels = ["Supplier name", "Payment in favour of", "Beneficiary (supplier)", "Amount paid to"] + (
        ["Credited to supplier"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        if kind == "fabric":
            qty = rng.randrange(120, 900)
        elif kind == "dupatta":
            qty = rng.randrange(40, 200)
        else:
            qty = rng.randrange(20, 140)
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each * 1.05, 2)
        gross += value
        bills.append((f"RKD/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value)))
    gross = round(gross, 2)
    if ccic:
        tds_label, tds = "Less: TDS under GST @ 2% (IGST)", round(gross / 1.05 * 0.02, 2)
    else:
        tds_label, tds = "Less: TDS u/s 194Q @ 0.1%", round(gross / 1.05 * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25:
        bad = rng.randrange(1, 5)
        cut = round(bad * each * 1.05, 2)
        cuts.append((f"Less: Weaving defect (rejected) - {bad} {unit}", rs(cut)))
    elif pick < 0.45 and kind == "fabric":
        bad = rng.randrange(8, 40)
        cut = round(bad * each * 1.05, 2)
        cuts.append((f"Less: Colour bleeding - {bad} m returned", rs(cut)))
    elif pick < 0.65 and not ccic:
        many = rng.randrange(10, 60)
        per = float(rng.choice([20, 35, 50, 80]))
        cut = many * per
        cuts.append((f"Less: Rate difference - {many} @ {per:,.0f}", rs(cut)))
    elif pick < 0.8 and not ccic:
        cut = round((gross - tds) * 0.03, 2)
        cuts.append(("Less: Trade discount @ 3%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Bills settled", "Bills covered by this payment", "Your invoices"]
                if status == "success"
                else ["Bills covered by this payment", "Your invoices"]
            ),
        )
        for label, value in bills:
            p.pair(label, value)
        p.pair(rng.choice(["Value of bills", "Bills total"]), rs(gross))
        p.pair(tds_label, rs(tds))
        for label, value in cuts:
            p.pair(label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment details", "Remittance"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net payable released", "Amount remitted (net)", "Net remittance"],
            "pending": ["Amount parked"],
            "failed": ["Amount rejected by bank", "Remittance returned"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Payment through", "Mode"]), way, method="netbanking")
        wrap_pair(p, "Supplier bank A/c", account(rng, BANKS[:3]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[5:10]), way)
                lab = {
                    "IMPS": ["IMPS RRN"],
                    "RTGS": ["RTGS UTR No.", "UTR (RTGS)"],
                    "NEFT": ["NEFT UTR", "UTR (NEFT)"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PD', 'RM', '15'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment doc. No.", "Remittance advice No.", "Voucher ref."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Remitted on", "Payment value date", "Date of remittance"],
                "pending": ["Parked on", "Advice dated"],
                "failed": ["Rejected on", "Returned on"],
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
        "This advice is computer generated. Write to us within 7 days if any bill is not covered."
        if not ccic
        else "A Government of India undertaking. TDS under GST is deposited with the GST portal monthly.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. saree importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Meena Bazar Sarees Trading LLC",
        "Bur Dubai, United Arab Emirates",
        "AED",
        "Mashreqbank PSC",
        8000,
        140000,
    ),
    (
        "Southall Saree Palace Ltd",
        "Southall, London, United Kingdom",
        "GBP",
        "Barclays Bank UK PLC",
        1500,
        32000,
    ),
    ("Gerrard Street Silks Inc.", "Toronto, Ontario, Canada", "CAD", "Royal Bank of Canada", 2500, 52000),
    ("Oak Tree Road Fashions LLC", "Edison, New Jersey, USA", "USD", "Bank of America NA", 2500, 46000),
    (
        "Harris Park Sari House Pty Ltd",
        "Harris Park, NSW, Australia",
        "AUD",
        "Commonwealth Bank of Australia",
        3000,
        60000,
    ),
    ("Kyoto Hataori Textiles K.K.", "Kyoto, Japan", "JPY", "MUFG Bank Ltd", 300000, 6500000),
    (
        "Grey Street Sari Centre (Pty) Ltd",
        "Durban, South Africa",
        "ZAR",
        "The Standard Bank of South Africa Ltd",
        30000,
        600000,
    ),
    ("Maison du Tissage SARL", "Paris, France", "EUR", "BNP Paribas SA", 2000, 40000),
]
WIRE_BANKS = [
    ("State Bank of India", "browser"),
    ("Bank of Baroda", "mail"),
    ("HDFC Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Punjab National Bank", "mail"),
    ("Axis Bank", "paper"),
    ("Kotak Mahindra Bank", "browser"),
    ("IndusInd Bank", "mail"),
]
WIRE_RATES = {
    "AED": (23.6, 24.7),
    "GBP": (110.5, 118.2),
    "CAD": (61.2, 65.4),
    "USD": (86.4, 90.9),
    "AUD": (56.1, 60.3),
    "JPY": (56.2, 61.8),
    "ZAR": (4.71, 5.12),
    "EUR": (96.3, 103.1),
}
INTERMEDIARY = {
    "AED": "Citibank NA, Dubai",
    "CAD": "Bank of Montreal, Toronto",
    "USD": "JPMorgan Chase Bank NA, New York",
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "ZAR": "Standard Chartered Bank, Johannesburg",
    "EUR": "Deutsche Bank AG, Frankfurt am Main",
}
SHIPPED = [
    "Kota doria sarees, cotton and silk cotton (HSN 5208)",
    "Handwoven silk cotton doria fabric in running metres (HSN 5007)",
    "Kota doria dupattas and stoles (HSN 6214)",
    "Handloom sarees with zari border - 4 cartons by air",
    "Kota doria sarees, block printed (HSN 5208)",
]


def grouped(value: float, sep: str, dec: str) -> str:
    """A sum with ``sep`` between the thousands and ``dec`` before the cents (12 450,00 / 48 250.00)."""
    whole, cents = f"{value:,.2f}".split(".")
    return whole.replace(",", sep) + dec + cents


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; the code before or after the
    sum for dirhams; C$ / CAD and A$ / AUD; yen whole, with the code or the yen sign; rand with the code or R,
    spaces between the thousands on some; euros the French way (12 450,00 EUR) on some."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur == "AED":
        after = rng.random() < 0.4

        def show_aed(value: float) -> str:
            return f"{value:,.2f} AED" if after else f"AED {value:,.2f}"

        return show_aed
    if cur == "JPY":
        mark = rng.choice(["JPY ", sign(font, "\u00a5", "JPY ")])

        def show_jpy(value: float) -> str:
            return f"{mark}{value:,.0f}"

        return show_jpy
    if cur == "ZAR":
        spaced = rng.random() < 0.6
        mark = rng.choice(["ZAR ", "R "])

        def show_zar(value: float) -> str:
            return f"{mark}{grouped(value, ' ', '.') if spaced else f'{value:,.2f}'}"

        return show_zar
    if cur == "EUR":
        french = rng.random() < 0.65

        def show_eur(value: float) -> str:
            return f"{grouped(value, ' ', ',')} EUR" if french else f"EUR {value:,.2f}"

        return show_eur
    mark = rng.choice({"CAD": ["CAD ", "C$"], "AUD": ["AUD ", "A$"]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Saree importers in Dubai, London, Toronto, New Jersey, Sydney, Kyoto, Durban and Paris paying for the
    Kota doria sarees, fabric, dupattas and stoles: the banks' inward remittance advices (browser, e-mail,
    printed CREDIT ADVICE - INWARD FOREIGN REMITTANCE / Inward remittance - export realisation advice / Advice
    of inward remittance (e-FIRA): the bank on top with its forex desk; the status under the heading on some,
    at the foot on the rest; Value date (field 32A) / Realised on / Credit date / Received on / Held since /
    Sent back on / Returned on first or after the sums; the remitter's block (Applicant (field 50K) / Remitter
    name and address, Remitter's bank (field 52A) / Sender's bank, Intermediary (field 56A) on some) above or
    below the beneficiary's (Account credited (exporter) / Exporter / beneficiary / In favour of (beneficiary)
    / Beneficiary customer (field 59) the company, Beneficiary A/c, IEC); Inward amount (FCY) / FCY amount
    received / Remittance amount (field 32A) in dirhams, pounds, Canadian dollars, US dollars, Australian
    dollars, yen, rand or euros (yen whole, rand with spaces, euros the French way on some), Details of
    charges, Exchange rate (per 100 JPY on the yen; indicative on the held one), INR equivalent, Less:
    Commission and GST and Net credit (INR) on the credited ones, Purpose code, Goods, Export invoice No.,
    Shipping bill No. and date, Mode, Sender's ref. (field 20), IRM No. / Inward ref. No. / Bank reference
    (inward), UETR; Realised and credited - e-FIRA issued / Status: Funds credited to exporter's account /
    Held for compliance - not yet credited, documents awaited from exporter / Sent back to remitting bank -
    name does not match the account)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 500, hi // 500) * 500)
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
            f"{bank} Trade Finance <tradefinance.kota@{slug(bank)}>",
            [
                "Inward remittance credited to your account",
                "Export realisation advice",
                "e-FIRA for your inward remittance",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/irm/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Department, Chhawani Branch, Kota",
                "Trade Finance Centre, Jhalawar Road, Kota",
                "Centralised Trade Operations, Jaipur",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "CREDIT ADVICE - INWARD FOREIGN REMITTANCE",
                "Inward remittance - export realisation advice",
                "Advice of inward remittance (e-FIRA)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Realised and credited - e-FIRA issued",
            "Status: Funds credited to exporter's account",
        ],
        "pending": ["Held for compliance - not yet credited, documents awaited from exporter"],
        "failed": ["Sent back to remitting bank - name does not match the account"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Value date (field 32A)", "Realised on", "Credit date"],
        "pending": ["Received on", "Held since"],
        "failed": ["Sent back on", "Returned on"],
    }[status]
    day_first = rng.random() < 0.5
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(p, rng.choice(["Applicant (field 50K)", "Remitter name and address"]), f"{payer}, {city}")
        wrap_pair(p, rng.choice(["Remitter's bank (field 52A)", "Sender's bank"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary (field 56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Account credited (exporter)",
                    "Exporter / beneficiary",
                    "In favour of (beneficiary)",
                    "Beneficiary customer (field 59)",
                ]
            ),
            me,
            merchant=me,
        )
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)} (EEFC)")
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
        rng.choice(["Inward amount (FCY)", "FCY amount received", "Remittance amount (field 32A)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Details of charges", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        per = f"100 JPY = {rate} INR" if cur == "JPY" else f"1 {cur} = {rate} INR"
        p.pair("Exchange rate", per if status == "success" else f"{per} (indicative)")
    if status == "success":
        inr = round(j.amount * rate / (100 if cur == "JPY" else 1), 2)
        p.pair("INR equivalent", f"INR {inr:,.2f}")
        chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Commission and GST", f"INR {chg:,.2f}")
        p.pair("Net credit (INR)", f"{inr - chg:,.2f}")
    advance = rng.random() < 0.3
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"RKD/EX/{rng.randrange(1, 160):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 90), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT MT103 - gpi tracked"]), method="netbanking")
    p.pair("Sender's ref. (field 20)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["IRM No.", "Inward ref. No.", "Bank reference (inward)"]),
            ref,
            txn=(BANK_RANK, ref),
        )
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if not day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "The IRM is reported on EDPMS; close it against your shipping bill within the period FEMA allows."
        if status == "success"
        else "Contact the trade finance desk with the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, zari and yarn store, loom shed


# the party, the way it paid, the unit (showroom, store, looms, or the accounts desk's mail), the goods
SALES = [
    ("Mrs. Sunita Agarwal, Talwandi, Kota", "UPI", "showroom", "saree"),
    ("Mr. Ramesh Maheshwari, Vigyan Nagar (wedding order)", "cheque", "showroom", "saree"),
    ("Taana Baana Boutique, Koregaon Park, Pune", "NEFT", "mail", "plain"),
    ("Abdul Rashid Ansari, weaver, Kaithoon", "cash", "store", "yarn"),
    ("Mohd. Salim Bunkar, Siswali", "cheque", "store", "zari"),
    ("Shri Shyam Cotton Waste Traders, Panipat", "UPI", "looms", "waste"),
    ("Dr. Meenakshi Rathore, Civil Lines, Jaipur", "card", "showroom", "plain"),
    ("Ms. Ananya Iyer, Indiranagar, Bengaluru", "UPI", "mail", "saree"),
]
SALE_HEADS = {
    "showroom": ["SALE BILL - HANDLOOM SAREES", "RETAIL MEMO - KOTA DORIA EMPORIUM"],
    "yarn": ["CASH MEMO - COTTON YARN (BY WEIGHT)", "YARN SALE BILL - KAITHOON STORE"],
    "zari": ["ZARI SALE MEMO - BY THE REEL", "COUNTER BILL - ZARI AND KASAB"],
    "waste": [
        "WASTE SALE CHALLAN CUM RECEIPT - YARN WASTE",
        "RECEIPT - LOOM WASTE AND PIRN ENDS (BY WEIGHT)",
    ],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's SALE BILL - HANDLOOM SAREES / RETAIL MEMO - KOTA DORIA EMPORIUM to a Talwandi housewife,
    a Vigyan Nagar family's wedding order and a Jaipur doctor, the zari and yarn store's CASH MEMO - COTTON
    YARN (BY WEIGHT) / YARN SALE BILL - KAITHOON STORE / ZARI SALE MEMO - BY THE REEL / COUNTER BILL - ZARI
    AND KASAB to a Kaithoon weaver and a Siswali weaver, the loom shed's WASTE SALE CHALLAN CUM RECEIPT - YARN
    WASTE / RECEIPT - LOOM WASTE AND PIRN ENDS (BY WEIGHT) to a Panipat recycler buying the waste by the kilo
    (paper: the showroom, the store, the shed or the company on top with its "A unit of" line, address and
    GSTIN; Sale bill No. / Memo No. / Cash memo No. / Counter bill No. / Challan cum receipt No. / Waste sale
    No. and Bill date / Memo date / Sale date / Date in either order, then Customer / Purchaser / Bought by,
    the pieces, kilos or reels x rate, Less: Festival discount @ 10% on the showroom's, CGST and SGST @ 2.5%
    or IGST @ 5%, Round off, Bill amount / Net bill / Order value, Cash received / Received in cash / Received
    by UPI (scan and pay) / UPI amount received / Paid by card (swipe) / Card amount / Amount of cheque /
    Cheque received for, the sum in words under it, Payment by / Mode, UPI RRN / UPI txn ref. / Approval code
    / Auth ID, Cheque No. and bank, Date on cheque; RECEIVED WITH THANKS / PAID / PAID - SAREE HANDED OVER
    WITH FALL AND PICO DONE / PAID - YARN WEIGHED AND HANDED OVER / PAID - WASTE WEIGHED AND LIFTED BY BUYER /
    CHEQUE UNDER COLLECTION - SAREES HELD TILL CREDIT / CHEQUE RETURNED - ACCOUNT CLOSED, THIS MEMO STANDS
    CANCELLED, the rubber stamp, For <unit> - Munim) and the accounts desk's We have received your payment
    e-mails (Payment ack. No. / Receipt serial, Payment received on / Receipt date; a Pune boutique's Advance
    against order / Token advance received with the Balance payable at dispatch and the NEFT UTR / UTR No.,
    ADVANCE RECEIVED - ORDER PUT ON THE LOOM; a Bengaluru buyer's saree by UPI with IGST, PAYMENT RECEIVED -
    SAREE WILL BE SHIPPED BY COURIER)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    name = {"showroom": SHOWROOM, "store": STORE, "looms": LOOMS, "mail": COMPANY}[unit]
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@rahmanidoria.in>",
            [
                "Payment received - Rahmani Doria, Kota",
                "Your payment is confirmed",
                "Receipt - Rahmani Kota Doria Weavers",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Handwoven Kota doria from Kaithoon  |  Accounts desk")
        p.add("center", "We have received your payment")
        p.add("rule")
        p.part = "body"
    else:
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - Kota doria sarees, zari and yarn",
            where[1],
            where[2],
            SALE_HEADS["showroom" if unit == "showroom" else kind],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "showroom": ["RDE", "GMP"],
            "store": ["ZYS", "CM"],
            "looms": ["PLK", "WS"],
            "mail": ["RKD", "ACK"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = {
            "mail": ["Payment ack. No.", "Receipt serial"],
            "showroom": ["Sale bill No.", "Memo No."],
            "store": ["Cash memo No.", "Counter bill No."],
            "looms": ["Challan cum receipt No.", "Waste sale No."],
        }[unit]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = (
        ["Payment received on", "Receipt date"]
        if unit == "mail"
        else ["Bill date", "Memo date", "Sale date", "Date"]
    )
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    wrap_pair(p, rng.choice(["Customer", "Purchaser", "Bought by"]), party)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind in ("waste", "yarn"):
        kilos = rng.randrange(120, 1800, 5) if kind == "waste" else rng.randrange(8, 60)
        rate = float(rng.randrange(lo, hi)) + rng.choice([0.0, 0.5])
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:,.2f}", rs(base))
    else:
        if kind == "zari":
            qty = rng.randrange(12, 80)
            shown = f"{qty} reels"
        elif advance:
            qty = rng.randrange(20, 60)
            shown = f"{qty} pcs"
        elif k == 1:
            qty = rng.randrange(6, 16)
            shown = f"{qty} pcs"
        else:
            qty = rng.randrange(1, 3)
            shown = f"{qty} {'pc' if qty == 1 else 'pcs'}"
        rate = float(rng.randrange(lo, hi, 10 if hi < 1000 else 50))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "showroom" and rng.random() < 0.6:
            off = round(base * 0.1, 2)
            p.pair("Less: Festival discount @ 10%", rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, unit in ("mail", "looms"))
    p.pair(rng.choice(["Order value"] if advance else ["Bill amount", "Net bill"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.4]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Amount of cheque", "Cheque received for"])
    elif advance:
        lab = rng.choice(["Advance against order", "Token advance received"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(
                ["UPI amount received"]
                if unit == "mail"
                else ["Received by UPI (scan and pay)", "UPI amount received"]
            ),
            "card": rng.choice(["Paid by card (swipe)", "Card amount"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance payable at dispatch", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Payment by", "Mode"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:5])}")
        if not j.no_day:
            p.pair("Date on cheque", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI RRN", "UPI txn ref."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[5:10]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth ID"]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "waste":
        words.append("PAID - WASTE WEIGHED AND LIFTED BY BUYER")
    elif kind == "yarn":
        words.append("PAID - YARN WEIGHED AND HANDED OVER")
    elif advance:
        words = ["ADVANCE RECEIVED - ORDER PUT ON THE LOOM"]
    elif unit == "mail":
        words.append("PAYMENT RECEIVED - SAREE WILL BE SHIPPED BY COURIER")
    elif unit == "showroom":
        words.append("PAID - SAREE HANDED OVER WITH FALL AND PICO DONE")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE UNDER COLLECTION - SAREES HELD TILL CREDIT",
        "failed": "CHEQUE RETURNED - ACCOUNT CLOSED, THIS MEMO STANDS CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "waste": "Waste sold as is where is and lifted by the buyer's own vehicle.",
            "yarn": "Yarn weighed before the buyer. Goods once sold are not taken back.",
            "zari": "Reels counted before the buyer. Cheques are subject to realisation.",
        }.get(
            kind,
            "Handwoven on pit looms in Kaithoon: slight irregularities in the weave are its mark, not a "
            "defect. Dry clean only.",
        ),
    )
    if unit != "mail":
        right(p, rng.choice([f"For {name} - Munim", "Authorised signatory"]))
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            {
                "showroom": "RAHMANI DORIA EMPORIUM",
                "store": "RAHMANI ZARI & YARN",
                "looms": "RAHMANI PIT LOOMS",
            }[unit],
            {
                "showroom": "GUMANPURA, KOTA",
                "store": "SADAR BAZAR, KAITHOON",
                "looms": "BUNKAR MOHALLA, KAITHOON",
            }[unit],
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. cotton yarn, silk, zari, dyes, boxes


SUPPLIERS = [
    (
        "Mewar Cotspin Pvt Ltd",
        "Combed cotton yarn in fine counts for handloom weavers",
        "RIICO Industrial Area, Phase II, Bhilwara - 311001, Rajasthan",
        "08",
        "MCS",
    ),
    (
        "Ramanagara Silk Twisters",
        "Mulberry silk yarn | Twisted, doubled and degummed",
        "Silk Cocoon Market Road, Ramanagara - 562159, Karnataka",
        "29",
        "RST",
    ),
    (
        "Tapi Zari Manufacturing Co.",
        "Tested zari | Imitation zari | Kasab and salma",
        "Begumpura, Surat - 395003, Gujarat",
        "24",
        "TZM",
    ),
    (
        "Vatva Dyes & Auxiliaries Pvt Ltd",
        "Reactive and vat dyes | Sizing and finishing auxiliaries",
        "Phase IV, GIDC Vatva, Ahmedabad - 382445, Gujarat",
        "24",
        "VDA",
    ),
    (
        "Sanganer Packaging Works",
        "Printed saree boxes | Tissue and poly covers",
        "Sitapura Industrial Area, Jaipur - 302022, Rajasthan",
        "08",
        "SPW",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "MCS": [
        ("Cotton yarn 2/120s combed - cones, bleached", "5205", "kg", 560, 690, 5, 100, 900),
        ("Cotton yarn 2/80s combed - grey", "5205", "kg", 380, 470, 5, 100, 900),
    ],
    "RST": [
        ("Mulberry raw silk 20/22 denier - twisted", "5004", "kg", 5400, 6900, 5, 8, 70),
        ("Silk yarn 2-ply organzine - degummed", "5004", "kg", 6200, 7400, 5, 5, 40),
    ],
    "TZM": [
        ("Tested zari - gold, 100 g reel", "5605", "reels", 190, 340, 5, 100, 1200),
        ("Kasab - silver, 250 g reel", "5605", "reels", 420, 680, 5, 20, 300),
    ],
    "VDA": [
        ("Reactive dye - turquoise blue H-GN", "3204", "kg", 780, 1450, 18, 10, 120),
        ("Warp sizing compound - PVA blend", "3809", "kg", 160, 260, 18, 50, 400),
    ],
    "SPW": [
        ("Printed saree box - rigid, with lid", "4819", "pcs", 38, 72, 18, 500, 4000),
        ("Poly cover with zip - 14 x 16 in", "3923", "pcs", 6, 12, 18, 1000, 8000),
    ],
}
SUPPLY_ORDER = [1, 0, 2, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "NEFT", "UPI", "RTGS", "-", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Ramanagara silk twister, the Bhilwara spinning mill, the Surat zari maker, the Vatva dye house and
    the Sanganer box maker billing the company (paper: the supplier on top, its line, address and GSTIN; TAX
    INVOICE / TAX INVOICE - ORIGINAL (BUYER'S COPY) / TAX INVOICE CUM RECEIPT, Invoice No. / Bill No. / Tax
    invoice No. and Invoice date / Bill date / Dated in either order, or on one row (No. ... / Date ...) on
    some, Sold to (buyer) / Recipient's name / Customer (billed) the company, Ship to (consignee) / Delivery
    at the loom shed or the store, Place of supply, E-way bill No., Transport and GR No. or Courier and Docket
    No., Your order No., the yarn, silk, zari, kasab, dye, sizing compound, boxes or covers with HSN, kg,
    reels or pcs x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less:
    Advance received on order and Balance paid by NEFT / RTGS on some, Less: TDS u/s 194Q deducted by buyer
    and Net received by NEFT / RTGS on some, else Amount received by NEFT / RTGS / Paid by NEFT / RTGS - thank
    you / Received on UPI / UPI payment with UTR / NEFT UTR / UPI RRN / UPI txn No., or Cheque received for /
    Received by cheque with Cheque No.; PAID / PAYMENT RECEIVED IN FULL / NO DUES - PAID / RECEIVED BY NEFT /
    RTGS / UPI / CHEQUE IN CLEARING - RECEIPT PROVISIONAL / CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER, in
    the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
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
        ["TAX INVOICE", "TAX INVOICE - ORIGINAL (BUYER'S COPY)", "TAX INVOICE CUM RECEIPT"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        p.add("pair", f"No. {inv}", f"Date {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice No.", "Bill No.", "Tax invoice No."]), inv, txn=(INVOICE_RANK, inv)
                )

        day_labels = ["Invoice date", "Bill date", "Dated"]
        if rng.random() < 0.5:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
        else:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
    ours_to(p, ["Sold to (buyer)", "Recipient's name", "Customer (billed)"])
    deliver = f"{STORE}, Sadar Bazar" if tag == "TZM" else f"{LOOMS}, Kaithoon"
    wrap_pair(p, rng.choice(["Ship to (consignee)", "Delivery at"]), deliver)
    p.pair("Place of supply", "Rajasthan (08)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("MCS", "SPW", "VDA"):
        wrap_pair(
            p, "Transport", rng.choice(["Hadoti Roadways", "Shree Balaji Transport Co.", "Own vehicle"])
        )
        p.pair("GR No.", f"{rng.choice(['GR', 'KT', 'HR'])}{digits(rng, 6)}")
    else:
        wrap_pair(p, "Courier", rng.choice(["Shree Maruti Courier", "DTDC Express", "Professional Couriers"]))
        p.pair("Docket No.", f"{rng.choice(['M', 'D', 'P'])}{digits(rng, 9)}")
    p.pair("Your order No.", f"RKD/PO/{rng.randrange(100, 999)}")
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
    total = gst_lines(p, rs, taxable, gst_rate, state != "08")
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
        adv = float(round(total * rng.choice([0.2, 0.25, 0.5]), -2))
        p.pair("Less: Advance received on order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q deducted by buyer", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "Received by cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:5])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif tds:
            lab = f"Net received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received on UPI", "UPI payment"])
        else:
            lab = rng.choice([f"Amount received by {way}", f"Paid by {way} - thank you"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UPI txn No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:5]), way)
                p.pair(rng.choice([f"{way} UTR", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED IN FULL", "NO DUES - PAID", f"RECEIVED BY {way}"]),
        "pending": "CHEQUE IN CLEARING - RECEIPT PROVISIONAL",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Interest @ 18% p.a. on bills unpaid after 30 days. Subject to {town} jurisdiction only.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Hadoti Roadways", "Freight - Kota to Kolkata and Chennai, saree bales", 9000, 64000),
    ("Chambal Yarn Dyers", "Yarn dyeing job work - 340 kg, reactive colours", 18000, 88000),
    ("Shri Ramesh Chand Jain", "Showroom rent - Gumanpura Main Road", 55000, 140000),
    (
        "Hadoti Security & Allied Services",
        "Night guards for the store and the shed - one month",
        28000,
        72000,
    ),
    ("Ustad Loom Works Kaithoon", "Pit loom repair - new reeds, healds and shuttles", 8000, 46000),
    ("Frame & Fold Studio Talwandi", "Saree catalogue shoot - 60 looks", 12000, 58000),
    ("Surya Rooftop Solar Kota", "Solar plant on the loom shed - annual maintenance", 7000, 38000),
    ("Shree Maruti Courier Service Kota", "Parcels to buyers - one month's bill", 6000, 42000),
]
CORP_PORTALS = [
    ("yono BUSINESS", "State Bank of India", "yonobusiness.sbi/corporate/payments/status"),
    ("ENet", "HDFC Bank", "enet.hdfcbank.com/payments/transaction-view"),
    ("AU Corporate Internet Banking", "AU Small Finance Bank", "corporate.aubank.in/transfers/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its transporter, the yarn dyer, the showroom's landlord, the security agency, the
    loom mistri, the catalogue photographer, the solar installer and the courier: corporate net banking's
    transfer pages (yono BUSINESS, ENet, AU Corporate Internet Banking: the portal on top and the bank's line,
    Transfer details / Payment status; the day and the status under the heading, both at the foot, or the
    status under the heading and the day at the foot: Executed on / Value date / Transaction date / Created on
    / Uploaded on / Rejected on / Reversed on; Executed - credit confirmed by beneficiary bank / Status:
    Success - UTR allotted / Pending authorisation - released after the approver signs in / Rejected by
    beneficiary bank - invalid account, funds reversed; the references (UTR No. / NEFT UTR / RTGS UTR / IMPS
    RRN and Reference No. / Txn reference No.) above or below the payee: Beneficiary (as per list) / Transfer
    to / Beneficiary account name / Creditor name, Nickname, Credit account No. and IFSC, From account the
    company, Corporate user, Transfer amount (INR) / Txn amount / Amount debited, Payment type / Channel NEFT
    / RTGS / IMPS, Narration / Purpose of payment, Created by / Authorised by, Balance after transfer on
    some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?txn={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Fund transfer', 'Payment status', 'Single transfer'])}")
    p.add("center", rng.choice(["Transfer details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Executed - credit confirmed by beneficiary bank", "Status: Success - UTR allotted"],
        "pending": ["Pending authorisation - released after the approver signs in"],
        "failed": ["Rejected by beneficiary bank - invalid account, funds reversed"],
    }
    day_labels = {
        "success": ["Executed on", "Value date", "Transaction date"],
        "pending": ["Created on", "Uploaded on"],
        "failed": ["Rejected on", "Reversed on"],
    }[status]
    hour = rng.random() < 0.5
    # 0: the day and the status under the heading; 1: both at the foot; 2: the status on top, the day at foot
    layout = rng.randrange(3)
    if layout == 0:
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
        p.add("rule")
    elif layout == 2:
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
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Reference No.", "Txn reference No."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary (as per list)", "Transfer to", "Beneficiary account name", "Creditor name"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "KOTA")
    ben = rng.choice(BANKS[:11])
    p.pair("Credit account No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "From account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Corporate user", f"RKDW.{rng.choice(['ACCTS', 'MUNIM'])}{digits(rng, 2)}")
    p.pair(
        rng.choice(["Transfer amount (INR)", "Txn amount", "Amount debited"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Payment type", "Channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Purpose of payment"]), note)
    p.pair("Created by / Authorised by", f"RKDACC1 / {'-' if status == 'pending' else 'RKDDIR2'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Balance after transfer", rs(rupees(rng, 120000, 4800000)))
    if not refs_first:
        refs()
    if layout == 1:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
    elif layout == 2:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    p.part = "foot"
    p.add("small", "Funds of a rejected transfer return to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers, pirn winders, warpers, dyers


# payee, role, mohalla, kind
WORKERS = [
    ("Mohd. Yunus Ansari", "Weaver - pit loom No. 7, silk cotton doria", "Bunkar Mohalla, Kaithoon", "weave"),
    ("Shabana Bano", "Pirn winding (nali bharai) - home work", "Teliyon ka Mohalla, Kaithoon", "pirn"),
    ("Ramprasad Koli", "Warper - street warping and sizing", "Koli Basti, Kaithoon", "warp"),
    ("Naseem Bano", "Pirn winding (nali bharai) - home work", "Siswali", "pirn"),
    ("Irfan Ali Ansari", "Weaver - pit loom No. 3, zari buti work", "Mokhapara, Kaithoon", "weave"),
    ("Chhotu Lal Rangrez", "Dyer - yarn dyeing, dye shed", "Rangrez Gali, Kaithoon", "dye"),
    ("Salma Khatoon", "Pirn winding (nali bharai) - home work", "Mangrol", "pirn"),
    ("Jameel Ahmed Ansari", "Weaver - pit loom No. 12, cotton doria", "Bunkar Mohalla, Kaithoon", "weave"),
]
WORK_FRAMES = ["paper", "razorpayx", "paper", "gpay", "paper", "razorpayx", "paper", "yono"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "weave": (
        ["WEAVING WAGES - PER SAREE (PIT LOOM)", "BUNAI MAZDOORI PARCHI - KOTA DORIA"],
        ["Weaver's name", "Bunai paid to (weaver)"],
        "Sarees woven: {q} x {rate}",
        (850, 2200),
        (2, 7),
        ["Net bunai paid", "Amount paid to weaver"],
    ),
    "pirn": (
        ["PIRN WINDING WAGES - PER KG (HOME)", "NALI BHARAI MAZDOORI - GHAR KAAM"],
        ["Winder's name", "Mazdoori paid to (nali bharai)"],
        "Yarn wound on pirns (kg): {q} x {rate}",
        (38, 70),
        (12, 60),
        ["Net mazdoori paid", "Amount handed to winder"],
    ),
    "warp": (
        ["WARPING WAGES - PER TANA", "TANA BANAI MAZDOORI SLIP"],
        ["Warper's name", "Wages paid to (tana maker)"],
        "Tanas laid and sized (8 sarees each): {q} x {rate}",
        (900, 1600),
        (2, 8),
        ["Net wages paid", "Net amount paid"],
    ),
    "dye": (
        ["DYE SHED WAGES - PER KG YARN", "RANGREZI MAZDOORI RASEED"],
        ["Dyer's name", "Wages paid to (rangrez)"],
        "Yarn dyed (kg): {q} x {rate}",
        (28, 55),
        (60, 260),
        ["Net wages paid", "Net amount paid"],
    ),
}


def razorpayx_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """RazorpayX's payout page (RazorpayX Payouts on top and the company's current account under it; the payee
    above the sum and the status or under them)."""
    j.amount = rupees(rng, 1800, 22000, 0.6)
    pid = f"pout_{code(rng, 14, MIXED)}"
    p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pid}"))
    p.part = "head"
    top(p, "RazorpayX Payouts")
    p.add("small", f"Current account - {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Processed - credited to the contact's account", "Status: PROCESSED (UTR received)"],
        "pending": ["Queued - low balance in the RazorpayX account, add funds to release"],
        "failed": ["Reversed - the beneficiary bank rejected the payout"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Contact name", "Payout to"]), who, merchant=who)
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
        p.pair("Fund account", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
    else:
        p.pair("Fund account (VPA)", f"{who.split()[0].lower().strip('.')}{rng.randrange(10, 99)}@sbi")
    p.pair(rng.choice(["Mode", "Payout mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Purpose",
        rng.choice(["Nali bharai - 2nd fortnight", "Pirn winding - 46 kg"])
        if kind == "pirn"
        else rng.choice(["Rangai - 180 kg yarn", "Dye shed wages - week 14"]),
    )
    if not j.no_ref:
        p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank reference (UTR)"]), j.ref, txn=(UTR_RANK, j.ref))
        rid = f"RKD-{kind.upper()}-{digits(rng, 6)}"
        p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Processed at", "Credited on"],
            "pending": ["Queued at", "Created at"],
            "failed": ["Reversed at", "Failed at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The contact's bank has confirmed the credit.",
            "pending": "Queued payouts go out as soon as the account balance allows.",
            "failed": "The amount of a reversed payout is credited back to the RazorpayX account.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its weavers by the saree, its warpers by the tana, its dyers by the kilo of yarn and
    its pirn winders at home by the kilo: its printed WEAVING WAGES - PER SAREE (PIT LOOM) / BUNAI MAZDOORI
    PARCHI - KOTA DORIA / PIRN WINDING WAGES - PER KG (HOME) / NALI BHARAI MAZDOORI - GHAR KAAM / WARPING
    WAGES - PER TANA / TANA BANAI MAZDOORI SLIP (the company on top with the loom shed's or the store's line,
    Weaver's name / Bunai paid to (weaver) / Winder's name / Mazdoori paid to (nali bharai) / Warper's name /
    Wages paid to (tana maker), Kaam (work), Mohalla / gaon, Bunkar card No. (no fact), Parchi No. / Voucher
    No., Date / Payment date / Mazdoori date, the sarees, tanas or kilos x rate, Add: Zari buti extra / Add:
    Design change allowance, Gross mazdoori, Less: Weaving faults - n @ rate / Less: Peshgi (advance)
    adjusted, Net bunai paid / Amount paid to weaver / Net mazdoori paid / Amount handed to winder / Net wages
    paid / Net amount paid, Paid in Cash / UPI / IMPS, UPI RRN / IMPS RRN; PAID / PAID IN CASH / PAID - SAREES
    CHECKED AND TAKEN OFF THE LOOM / PAID - PIRNS WEIGHED AND RECEIVED / PAID - ENTERED IN MAZDOORI BAHI, the
    worker's signature or thumb), RazorpayX payout pages for a pirn winder and a dyer (RazorpayX Payouts on
    top and Current account - the company under it, the payee above the sum and the status or under them,
    Contact name / Payout to, Contact ID, Fund account / Fund account (VPA), Mode / Payout mode, Purpose,
    Payout ID, UTR / Bank reference (UTR), Reference ID, Processed at / Credited on / Queued at / Created at /
    Reversed at / Failed at; Processed - credited to the contact's account / Status: PROCESSED (UTR received)
    / Queued - low balance in the RazorpayX account, add funds to release / Reversed - the beneficiary bank
    rejected the payout), a Google Pay screen (UPI transaction ID and Google transaction ID) and a YONO SBI
    screen (UPI Ref No. and YONO txn ref.) paying a pirn winder and a weaver (Paid to / Sent to above the sum
    or under the status; Money sent / Paid successfully / Transaction successful; Sent on / Paid at / Date and
    time)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=900, high=24000, p_round=0.9)
    who, role, mohalla, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "razorpayx":
        return razorpayx_page(rng, font, j, status, who, kind, rs)
    if frame in ("gpay", "yono"):
        j.amount = rupees(rng, 1800, 16000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "YONO SBI")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(["Paid to", "Sent to"]))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Money sent", "Paid successfully", "Transaction successful"]})
        if not pay_first:
            p.add("small", rng.choice(["Paid to", "Sent to"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okaxis', 'oksbi', 'sbi', 'barodampay'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Sent on", "Paid at", "Date and time"], hour=True)
        p.pair(
            rng.choice(["Note", "Message"]),
            rng.choice(
                ["Nali bharai mazdoori", "Pirn winding 38 kg"]
                if frame == "gpay"
                else ["Bunai - 4 sarees", "Bunai mazdoori"]
            ),
        )
        p.pair(
            rng.choice(["From", "Debited from"]),
            f"{'State Bank of India' if frame == 'yono' else 'Bank of Baroda'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = f"CICAgK{code(rng, 12, MIXED)}"
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"YN{j.date:%y%m%d}{digits(rng, 10)}"
                wrap_pair(p, "YONO txn ref.", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    unit = "store" if kind == "pirn" else "looms"
    where = UNITS[unit]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{STORE} - home work (ghar kaam)" if kind == "pirn" else f"{LOOMS} - piece rate",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Kaam (work)", role)
    p.pair("Mohalla / gaon", mohalla)
    p.pair("Bunkar card No.", f"RJ/KTA/{rng.randrange(100, 9999):04d}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}M/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Parchi No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Payment date", "Mazdoori date"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    if kind == "weave":
        rate = float(round(rate, -1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5 and kind in ("weave", "warp"):
        extra = float(rng.choice([150, 300, 450, 600]))
        p.pair(
            rng.choice(["Add: Zari buti extra", "Add: Design change allowance"])
            if kind == "weave"
            else "Add: Design change allowance",
            rs(extra),
        )
        gross += extra
    p.pair("Gross mazdoori", rs(gross))
    cut = 0.0
    if rng.random() < 0.5 and kind == "weave":
        bad = rng.randrange(1, 3)
        per = round(rate * 0.25, 2)
        cut = round(bad * per, 2)
        p.pair(f"Less: Weaving faults - {bad} @ {per:,.2f}", rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair("Less: Peshgi (advance) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Paid in", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI RRN" if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - ENTERED IN MAZDOORI BAHI"]
    if way == "Cash":
        words.append("PAID IN CASH")
    if kind == "weave":
        words.append("PAID - SAREES CHECKED AND TAKEN OFF THE LOOM")
    elif kind == "pirn":
        words.append("PAID - PIRNS WEIGHED AND RECEIVED")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Signature / thumb of the worker", "Worker's signature or thumb impression"]))
    return p.done()


# ---------------------------------------------------------------- 8. Nagar Palika, RSPCB, HEPC and the rest


FEE_FRAMES = ["udtax", "rspcb", "hepc", "shops", "kda", "metrology", "epfo", "ihb"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Kota doria weavers' house, its pit loom shed and dye shed in Kaithoon, its zari and yarn
    store and its showroom in Kota: Nagar Palika Kaithoon's urban development tax page (the Nagar Palika on
    top and the Local Self Government line, Assessment No., Name of assessee, Ward / colony, UD tax 2026-27,
    Arrears 2025-26 and Late payment interest on some, Total paid / Amount received), the Rajasthan State
    Pollution Control Board's consent fee through Raj Nivesh (Name of unit, Category, Consent order No.,
    Consent to operate fee (water), Consent to operate fee (air), Processing fee on some, Total consent fee /
    Fee paid, RajNivesh txn ID, Bank ref. No.), the Handloom Export Promotion Council's membership renewal
    (the Council on top and the Ministry of Textiles line, Member exporter, Membership No., RCMC No., Annual
    subscription 2026-27, IGST @ 18%, Total remitted / Amount received, Payment ID, Receipt No.), the Labour
    Department's renewal of the showroom's registration under the Shops Act (Name of establishment,
    Registration No., Employees, Registration renewal fee, Late fee on some, Fee payable / Challan amount,
    e-GRAS GRN; Awaiting bank confirmation - e-GRAS challan not yet verified, Challan generated on / Payment
    initiated on), the Kota Development Authority's urban assessment on the showroom plot (Lessee, Plot,
    Scheme, Urban assessment 2026-27, Interest on arrears on some, Total payable / Amount due; Declined by
    bank - urban assessment still outstanding, Failed on / Transaction tried on), Legal Metrology's
    verification fee through e-GRAS (the store's weighing scales' and precision balances' fees, Verification
    fee total / Fee paid, e-GRAS GRN, Bank CIN), EPFO's ECR payment (Establishment name, Establishment ID,
    Wage month, Members, A/c No. 1, 2, 10 and 21, Total remitted / Challan total, TRRN, Bank ref. No.) and the
    Textiles Committee's India Handloom Brand registration (Registered producer, IHB registration No., IHB
    registration fee - sarees, GST @ 18%, Total amount paid / Amount received, Payment ref., Receipt No.); the
    status under the authority's line or at the foot: Paid - e-receipt generated / Challan paid - credited to
    the State treasury / Payment confirmed - acknowledgement issued / Received - thank you for paying online;
    Payment mode / Paid through, Payment date / Deposited on / Date of receipt / Txn date."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y"]
    ok = [
        "Paid - e-receipt generated",
        "Payment confirmed - acknowledgement issued",
        "Received - thank you for paying online",
    ]
    if frame == "metrology":
        ok.append("Challan paid - credited to the State treasury")
    words = {"success": ok}
    day_labels = ["Payment date", "Deposited on", "Date of receipt", "Txn date"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "udtax":
        url = f"lsg.urban.rajasthan.gov.in/udtax/payment/receipt/{digits(rng, 9)}"
        name = rng.choice(["Nagar Palika Kaithoon", "NAGAR PALIKA, KAITHOON"])
        line = "Local Self Government Department, Rajasthan  |  Urban development tax"
    elif frame == "rspcb":
        url = f"rajnivesh.rajasthan.gov.in/consent/payment/acknowledgement/{digits(rng, 10)}"
        name = rng.choice(
            ["Rajasthan State Pollution Control Board", "RAJASTHAN STATE POLLUTION CONTROL BOARD"]
        )
        line = "Rajasthan Single Window Clearance (Raj Nivesh)  |  Consent management"
    elif frame == "hepc":
        url = f"hepcindia.com/members/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["Handloom Export Promotion Council", "HANDLOOM EXPORT PROMOTION COUNCIL"])
        line = "Set up by the Ministry of Textiles, Government of India  |  Membership 2026-27"
    elif frame == "shops":
        url = f"labour.rajasthan.gov.in/shops/renewal/payment/{digits(rng, 8)}"
        name = rng.choice(["Labour Department, Rajasthan", "Labour Department, Government of Rajasthan"])
        line = "Rajasthan Shops and Commercial Establishments Act  |  Registration renewal"
    elif frame == "kda":
        url = f"kdakota.rajasthan.gov.in/online-payment/urban-assessment/{digits(rng, 8)}"
        name = rng.choice(["Kota Development Authority", "KOTA DEVELOPMENT AUTHORITY"])
        line = "Urban assessment (lease money)  |  Online payment"
    elif frame == "metrology":
        url = "egras.raj.nic.in/challan/legal-metrology/receipt"
        name = rng.choice(["Legal Metrology, Rajasthan", "Controller, Legal Metrology, Rajasthan"])
        line = "Department of Consumer Affairs, Government of Rajasthan  |  Verification fee (e-GRAS)"
    elif frame == "epfo":
        url = "unifiedportal-emp.epfindia.gov.in/epfo/ecr/payment/receipt"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        line = "Ministry of Labour & Employment, Government of India  |  ECR payment"
    else:
        url = f"textilescommittee.nic.in/ihb/registration/payment/{digits(rng, 8)}"
        name = rng.choice(["Textiles Committee", "TEXTILES COMMITTEE"])
        line = "Ministry of Textiles, Government of India  |  India Handloom Brand"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("kda", "shops")
    if status_top:
        outcome_row(p, status, words)
    if frame == "udtax":
        p.pair("Assessment No.", f"KTN/UD/{digits(rng, 5)}")
        wrap_pair(p, "Name of assessee", f"{firm} - {LOOMS}")
        p.pair("Ward / colony", "Ward 9, Bunkar Mohalla")
        heads = [("UD tax 2026-27", float(round(rng.uniform(2800, 16000))))]
        if rng.random() < 0.5:
            heads.append(("Arrears 2025-26", float(round(rng.uniform(1500, 9000)))))
            heads.append(("Late payment interest", float(round(heads[-1][1] * 0.09))))
        labels = ["Total paid", "Amount received"]
        refs = [
            ("Transaction ID", TXN_RANK, f"UDT{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"KTN/{digits(rng, 7)}"),
        ]
    elif frame == "rspcb":
        wrap_pair(p, "Name of unit", f"{LOOMS} - dye shed ({firm})")
        p.pair("Category", "Orange - yarn dyeing (small)")
        p.pair("Consent order No.", f"F(CPM)/Kota/{digits(rng, 5)}")
        heads = [
            ("Consent to operate fee (water)", float(rng.choice([3000, 4500, 6000]))),
            ("Consent to operate fee (air)", float(rng.choice([1500, 2500, 3000]))),
        ]
        extra = float(rng.choice([0, 500, 1000]))
        if extra:
            heads.append(("Processing fee", extra))
        labels = ["Total consent fee", "Fee paid"]
        refs = [("RajNivesh txn ID", TXN_RANK, f"RN{digits(rng, 13)}")]
        refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
    elif frame == "hepc":
        wrap_pair(p, "Member exporter", firm)
        p.pair("Membership No.", f"HEPC/RJ/{digits(rng, 4)}")
        p.pair("RCMC No.", f"HEPC/RCMC/{digits(rng, 6)}")
        fee = float(rng.choice([5000, 8000, 12000]))
        heads = [("Annual subscription 2026-27", fee), ("IGST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total remitted", "Amount received"]
        refs = [
            ("Payment ID", TXN_RANK, f"HEPC{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"HEPC/REN/{digits(rng, 5)}"),
        ]
    elif frame == "shops":
        wrap_pair(p, "Name of establishment", f"{SHOWROOM} ({firm})")
        p.pair("Registration No.", f"KTA/SE/{digits(rng, 6)}")
        p.pair("Employees", str(rng.randrange(4, 15)))
        heads = [("Registration renewal fee", float(rng.choice([500, 1000, 1500, 2500])))]
        if rng.random() < 0.5:
            heads.append(("Late fee", float(rng.choice([100, 200, 500]))))
        labels = ["Fee payable", "Challan amount"]
        refs = [("e-GRAS GRN", TXN_RANK, f"00{digits(rng, 8)}")]
        words = {"pending": ["Awaiting bank confirmation - e-GRAS challan not yet verified"]}
        day_labels = ["Challan generated on", "Payment initiated on"]
    elif frame == "kda":
        wrap_pair(p, "Lessee", firm)
        p.pair("Plot", "12, Gumanpura Main Road (commercial)")
        p.pair("Scheme", "Gumanpura - old city")
        heads = [("Urban assessment 2026-27", float(round(rng.uniform(9000, 48000), -1)))]
        if rng.random() < 0.5:
            heads.append(("Interest on arrears", float(rng.choice([600, 1200, 1850]))))
        labels = ["Total payable", "Amount due"]
        refs = [("Transaction ID", TXN_RANK, f"KDA{digits(rng, 12)}")]
        words = {"failed": ["Declined by bank - urban assessment still outstanding"]}
        day_labels = ["Failed on", "Transaction tried on"]
    elif frame == "metrology":
        wrap_pair(p, "Trader's name", f"{STORE} ({firm})")
        few = rng.randrange(2, 5)
        fine = rng.randrange(1, 4)
        heads = [
            (f"Verification - weighing scale 30 kg x {few}", float(few * rng.choice([150, 200]))),
            (f"Verification - precision balance 600 g x {fine}", float(fine * rng.choice([250, 300]))),
        ]
        labels = ["Verification fee total", "Fee paid"]
        refs = [
            ("e-GRAS GRN", TXN_RANK, f"00{digits(rng, 8)}"),
            ("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"),
        ]
    elif frame == "epfo":
        wrap_pair(p, "Establishment name", firm)
        p.pair("Establishment ID", f"RJKOT{digits(rng, 7)}000")
        p.pair("Wage month", j.month(1))
        p.pair("Members", str(rng.randrange(12, 40)))
        wages = float(rng.randrange(180000, 520000, 100))
        heads = [
            ("A/c No. 1 - EPF contribution", float(round(wages * 0.1567))),
            ("A/c No. 2 - administrative charges", float(max(500, round(wages * 0.005)))),
            ("A/c No. 10 - pension fund", float(round(wages * 0.0833))),
            ("A/c No. 21 - EDLI", float(round(wages * 0.005))),
        ]
        labels = ["Total remitted", "Challan total"]
        refs = [
            ("TRRN", TXN_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    else:
        wrap_pair(p, "Registered producer", firm)
        p.pair("IHB registration No.", f"IHB/RJ/{digits(rng, 5)}")
        fee = float(rng.choice([1000, 1500, 2000]))
        heads = [("IHB registration fee - sarees", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total amount paid", "Amount received"]
        refs = [
            ("Payment ref.", TXN_RANK, f"TC{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"TC/IHB/{digits(rng, 6)}"),
        ]
    total = 0.0
    for head, fee in heads:
        total += fee
        p.pair(head, rs(fee))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Payment mode", "Paid through"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "udtax": "UD tax is payable by 31 March of the year; interest runs on arrears.",
        "rspcb": "Keep the consent order at the dye shed for inspection.",
        "hepc": "The renewed RCMC is e-mailed once the payment is reconciled.",
        "shops": "Do not pay again; the receipt is issued once the treasury verifies the challan.",
        "kda": "Any amount debited returns to your account within 5 to 7 working days.",
        "metrology": "Bring the scales and balances to the verification camp with this receipt.",
        "epfo": "Members' passbooks are updated once the bank confirms the ECR payment.",
        "ihb": "The IHB label is issued after the Textiles Committee's sample test.",
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
        "Bharat Sookshma Udyam Suraksha - loom shed, looms and yarn stock",
        "browser",
        "stock",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Burglary - sarees in the Gumanpura showroom",
        "mail",
        "burglary",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Marine cargo (open policy) - sarees exported by air and sea",
        "paper",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - weavers, store and showroom staff",
        "browser",
        "health",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.in",
        "Money insurance - wage cash carried to the weavers",
        "mail",
        "money",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Employees' compensation - weavers, warpers and dyers",
        "browser",
        "ec",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Goods carrying vehicle - package policy, Bolero Pik-Up",
        "paper",
        "vehicle",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Shopkeeper's policy - zari and yarn store, Kaithoon",
        "mail",
        "shop",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its loom shed, looms and yarn stock, the showroom's sarees, its export cargo, its
    staff's health, the wage cash carried to the weavers, its workers under the Employees' Compensation Act,
    its Bolero Pik-Up and the zari and yarn store: the insurers' premium receipts (browser, e-mail, printed at
    the branch: the insurer on top, the product line, PREMIUM PAYMENT RECEIPT / Receipt for premium received /
    PREMIUM ACKNOWLEDGEMENT (Premium payment - not completed / PREMIUM TRANSACTION STATUS on the failed one);
    the status under the heading on some, under the sum on the rest; Name of insured / Proposer / Insured
    name, Policy No. / Proposal No. / Quote ref., Sum insured - shed, looms and yarn stock / Sum insured -
    sarees in showroom / Annual turnover (exports) declared / Members covered / Cash limit per carrying / IDV
    / Annual wages declared / Sum insured - zari, yarn and fittings, Risk commences, Net premium / Basic
    premium or Own damage (OD) premium and Third party (TP) premium, an add-on (STFI cover, Riot, strike and
    malicious damage, War and SRCC, Maternity benefit, Cash in safe, Medical expenses extension, Zero
    depreciation, Fidelity guarantee), GST or IGST @ 18%, the sum: Total premium paid (incl. GST) / Premium
    amount received / Amount received / Amount of cheque / Cheque received for / Premium due / Amount to be
    paid; Premium received - cover in force / Receipt issued - policy schedule available for download / CHEQUE
    RECEIVED - POLICY ISSUED ON REALISATION / Payment declined by bank - proposal kept open for 7 days; Paid
    by, Cheque No., Payment ID / Online txn ref., UPI RRN / Bank txn No., Receipt No. / Premium receipt
    serial, Receipt date / Premium received on / Date / Cheque received on / Attempted on / Transaction date).
    """
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'portal', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" Co.")[0].split(" Ltd")[0].removeprefix("The ")
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
            rng.choice(
                ["Branch Office, Chhawani Chauraha, Kota", "Divisional Office, Aerodrome Circle, Kota"]
            ),
        )
    p.add(
        "center",
        rng.choice(
            ["Premium payment - not completed", "PREMIUM TRANSACTION STATUS"]
            if status == "failed"
            else ["PREMIUM PAYMENT RECEIPT", "Receipt for premium received", "PREMIUM ACKNOWLEDGEMENT"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium received - cover in force",
            "Receipt issued - policy schedule available for download",
        ],
        "pending": ["CHEQUE RECEIVED - POLICY ISSUED ON REALISATION"],
        "failed": ["Payment declined by bank - proposal kept open for 7 days"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Name of insured", "Proposer", "Insured name"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['2', '5', '9'])}{digits(rng, 5)}/{digits(rng, 8)}/000")
    else:
        p.pair(rng.choice(["Proposal No.", "Quote ref."]), f"{rng.choice(['PR', 'QR'])}{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(3000000, 25000000, 100000))
        p.pair("Sum insured - shed, looms and yarn stock", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("STFI cover", round(insured * 0.00008, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - sarees in showroom", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Riot, strike and malicious damage", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(8000000, 60000000, 500000))
        p.pair("Annual turnover (exports) declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("War and SRCC", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(18, 60)
        p.pair("Members covered", f"{members} (Rs 3,00,000 floater each)")
        basic = round(members * rng.uniform(3400, 5600), 2)
        addon = ("Maternity benefit", round(members * 380.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(100000, 600000, 25000))
        p.pair("Cash limit per carrying", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.008), 2)
        addon = ("Cash in safe", round(limit * 0.0008, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 880000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"RJ-20-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage (OD) premium", basic), ("Third party (TP) premium", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    elif kind == "ec":
        wages = float(rng.randrange(2400000, 9600000, 100000))
        p.pair("Annual wages declared", rs(wages))
        basic = round(wages * rng.uniform(0.003, 0.007), 2)
        addon = ("Medical expenses extension", round(wages * 0.0003, 2))
    else:
        insured = float(rng.randrange(800000, 4500000, 50000))
        p.pair("Sum insured - zari, yarn and fittings", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Fidelity guarantee", round(insured * 0.0004, 2))
    if not j.no_day:
        p.pair("Risk commences", f"{j.other_day(rng, 1, 8)} (one year)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Net premium", "Basic premium"]), rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair(f"{rng.choice(['GST', 'IGST'])} @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium paid (incl. GST)", "Premium amount received", "Amount received"],
        "pending": ["Amount of cheque", "Cheque received for"],
        "failed": ["Premium due", "Amount to be paid"],
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
    p.pair("Paid by", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PAY', 'OL', 'PG'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ID", "Online txn ref."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank txn No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(rng.choice(["Receipt No.", "Premium receipt serial"]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Receipt date", "Premium received on", "Date"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to the realisation of the premium and to the policy's terms, conditions and "
        "exclusions.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("RAHMANI DORIA EMPORIUM", "GUMANPURA, KOTA", "own"),
    ("CHAMBAL FUELS", "JHALAWAR ROAD, KOTA", "fuel"),
    ("RAHMANI ZARI & YARN STORE", "SADAR BAZAR, KAITHOON", "own"),
    ("HOTEL AMER VIEW", "M I ROAD, JAIPUR", "hotel"),
    ("RAHMANI DORIA", "KOTA RAJASTHAN 324007", "own"),
    ("KOTA COMPUTER BAZAR", "CHHAWANI, KOTA", "shop"),
    ("RAHMANI DORIA EMPORIUM", "KOTA 324007 RJ", "own"),
    ("CHAMBAL KACHORI HOUSE", "NAYAPURA, KOTA", "food"),
]
TERMINALS = [
    "STATE BANK OF INDIA",
    "BHARAT PETROLEUM",
    "BANK OF BARODA",
    "HDFC BANK",
    "AU SMALL FINANCE BANK",
    "PAYTM",
    "ICICI BANK",
    "RAZORPAY POS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers', boutiques' and weavers' cards on the showroom's, the company's and the zari and yarn store's
    terminals, and the company's card at a filling station on Jhalawar Road, a Jaipur hotel in the handloom
    expo week, a Chhawani computer shop and a Nayapura kachori house: terminal slips (monospace: the
    terminal's bank or brand on top on some, the counter's name and place in capitals; DATE: and TIME: / DT:
    and TM: / DATE & TIME: at the top or under the sum; MID:, TID:, BATCH:, TRACE NO:, ROC NO: / INVOICE: /
    BILL NO:, SALE / TAP & PAY SALE / EMV SALE, CARD: / CARD NUMBER:, NETWORK:, a fuel sale's PRODUCT:, UNIT
    PRICE:, VOLUME(L):, NOZZLE NO:, VEHICLE NO: and PETRO POINTS:, a hotel's ROOM NO: and GRC NO:, a kachori
    house's KOT NO:, TABLE NO: and CAPTAIN:, a shop's CUST MOB:, APPROVAL: / AUTH NO: / AUTH ID:, RRN: / REF
    NUM: / RET REF NO:, AMOUNT: / TOTAL AMT: / AMT: / SALE AMT: / AMOUNT RS:, the sum above or below the card;
    APPROVED / TXN SUCCESSFUL / APPROVED - SIGNATURE NOT REQUIRED / DECLINED - 51 INSUFFICIENT FUNDS / HOST
    TIMEOUT - STATUS UNKNOWN, DO NOT RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=1800, high=96000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 6200, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3800, 16800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 48000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 240, 2600, 0.5)
    elif k == 2:
        j.amount = rupees(rng, 2400, 28000, 0.5)
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
        pick = rng.random()
        if pick < 0.35:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif pick < 0.7:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)

    day_top = rng.random() < 0.55
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["ROC NO:", "INVOICE:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "TAP & PAY SALE", "EMV SALE"] if j.amount <= 5000 else ["SALE", "EMV SALE"]),
    )
    lab = rng.choice(["AMOUNT:", "TOTAL AMT:", "AMT:", "SALE AMT:", "AMOUNT RS:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = f"{'' if lab == 'AMOUNT RS:' else rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.45
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD:", "CARD NUMBER:"]),
        f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair("NETWORK:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.6, 95.8), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "MS", "SPEED"]))
        p.pair("UNIT PRICE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", f"RJ20{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("PETRO POINTS:", str(rng.randrange(10, 90)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
        p.pair("GRC NO:", f"G{digits(rng, 5)}")
    elif kind == "food":
        p.pair("KOT NO:", str(rng.randrange(10, 999)))
        p.pair("TABLE NO:", str(rng.randrange(1, 24)))
        p.pair("CAPTAIN:", rng.choice(["MUKESH", "PAPPU", "RAJU", "SHANKAR"]))
    elif kind == "shop":
        p.pair("CUST MOB:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPROVAL:", "AUTH NO:", "AUTH ID:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NUM:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
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
        p.add("center", "HOST TIMEOUT - STATUS UNKNOWN, DO NOT RETRY", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, water, LPG


BILLERS = [
    ("KEDL", "Kota Electricity Distribution Ltd", "K No."),
    ("JVVNL", "Jaipur Vidyut Vitran Nigam Ltd", "K No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Customer ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("PHED Rajasthan", "Public Health Engineering Department, Rajasthan", "Consumer No."),
    ("Indane", "Indian Oil Corporation Ltd", "LPG ID"),
]
BILL_APPS = ["KEDL", "YONO SBI", "Google Pay", "KEDL", "Amazon Pay", "PhonePe", "CRED", "YONO SBI"]
BILL_WHICH = [0, 1, 2, 0, 3, 4, 5, 6]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's electricity (KEDL, the Kota city franchisee), the loom shed's (JVVNL), the store's fibre
    (Airtel Xstream Fiber), the manager's postpaid phone (Jio), the showroom's DTH (Tata Play), the shed's
    water (PHED Rajasthan) and the dye shed's cooking gas (Indane) through Bharat Connect in YONO SBI and
    other apps (Google Pay, Amazon Pay, PhonePe, CRED: the app on top, the sum large above or below the
    status, Biller / Biller name / Paid to biller / Operator as printed, K No. / Customer ID / Mobile No. /
    Subscriber ID / Consumer No. / LPG ID, Consumer name / Name as per bill, Bill period, Bill date, Due date
    and Amount after due date on some power, fibre and water bills, Paid from Current A/c or UPI, BBPS ref.
    No. / Bharat Connect ref. / B-Connect txn ID, UPI transaction ID, Transaction ref. on the failed one, Paid
    on / Payment date & time / Transaction time / Date & time (the latter alone on one not paid); Payment
    successful - biller notified / Bill paid - receipt sent by SMS / Awaiting biller confirmation - do not pay
    this bill again / Payment failed - any amount debited returns in 5 working days) and KEDL's own online
    payment receipt (KEDL, Kota Electricity Distribution Ltd or its capitals on top with its "A CESC group
    company - distribution franchisee of JVVNL" line, K No., Division, Consumer name, Bill month, Amount
    payable, Amount paid / Payment received, Payment channel, Gateway ref. No., Receipt No., Payment date /
    Receipt date, the status at the foot: Payment successful - bill updated in 24 hours / Receipt generated -
    thank you for paying online)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=4000, high=62000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 2:
        j.amount = rupees(rng, 799, 3999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 349, 1899, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 299, 1150, 0.6)
    elif which == 5:
        j.amount = rupees(rng, 480, 3600, 0.6)
    elif which == 6:
        j.amount = rupees(rng, 1700, 8900, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "K No.": f"{rng.choice(['2101', '2104', '2109'])}{digits(rng, 8)}",
        "Customer ID": f"{rng.choice(['1', '2'])}{digits(rng, 9)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "Consumer No.": f"KTA{digits(rng, 8)}",
        "LPG ID": f"7{digits(rng, 16)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "KEDL":
        p = browser_page(rng, font, "www.kotaelectricity.com/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A CESC group company - distribution franchisee of JVVNL")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("Division", rng.choice(["Gumanpura (City-II)", "Chhawani (City-III)"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY, SHOWROOM.upper()]))
        if not j.no_day:
            p.pair("Bill month", j.month(1))
        p.pair("Amount payable", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Payment received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment channel", way, method=way_method(way))
        if not j.no_ref:
            tid = f"KEDL{digits(rng, 12)}"
            p.pair("Gateway ref. No.", tid, txn=(TXN_RANK, tid))
            rno = f"KR{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Receipt date"], hour=True)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment successful - bill updated in 24 hours",
                    "Receipt generated - thank you for paying online",
                ]
            },
        )
        p.part = "foot"
        p.add("small", "Online payments made after 8 pm are posted to the account on the next day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Payment successful - biller notified", "Bill paid - receipt sent by SMS"],
        "pending": ["Awaiting biller confirmation - do not pay this bill again"],
        "failed": ["Payment failed - any amount debited returns in 5 working days"],
    }
    if rng.random() < 0.55:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    label = rng.choice(["Biller", "Biller name", "Paid to biller", "Operator"])
    if not fits(p, "pair", f"{label} {name}     "):
        name = short
    wrap_pair(p, label, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Consumer name", "Name as per bill"]),
        rng.choice([COMPANY_CAPS, LOOMS.upper(), SHOWROOM.upper()]),
    )
    if which in (1, 2, 5) and not j.no_day and rng.random() < 0.7:
        start, end = earlier(rng, j, 38, 55), earlier(rng, j, 8, 14)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Bill period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Bill date", when(earlier(rng, j, 4, 7), "%d %b %Y"))
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Amount after due date", rs(round(j.amount * 1.015, 2) if which == 1 else j.amount + 50))
    way = "Current A/c" if app == "YONO SBI" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:9])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"Google Pay": "GP", "Amazon Pay": "AP", "PhonePe": "PP", "CRED": "CR"}.get(app, "SB")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["BBPS ref. No.", "Bharat Connect ref.", "B-Connect txn ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ref.", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date & time", "Transaction time", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "HADOTI ROADWAYS",
    "",
    "MEWAR COTSPIN PVT LT",
    "TAPI ZARI MANUFACTUR",
    "SALMA KHATOON",
    "CHAMBAL YARN DYERS",
    "",
    "USTAD LOOM WORKS KAI",
]
MAIL_PAYEES = [
    "Frame & Fold Studio Talwandi",
    "Shri Ramesh Chand Jain",
    "Vatva Dyes & Auxiliaries Pvt Ltd",
    "Sanganer Packaging Works",
]
SENDERS = {
    "State Bank of India": "AD-SBIUPI",
    "Canara Bank": "VM-CANBNK",
    "Rajasthan Gramin Bank": "JM-RGBANK",
    "Hadoti Nagrik Sahakari Bank": "VK-HNSBNK",
}


def sbi_sum(value: float) -> str:
    """SBI's UPI alert prints the bare sum with one decimal where the paise end in nought (1500.0, 2350.5)."""
    text = f"{value:.2f}"
    return text[:-1] if text.endswith("0") else text


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the partners' phones and mail: SMS in a messages app (the sender AD-SBIUPI /
    VM-CANBNK / JM-RGBANK / VK-HNSBNK, the day divider, each bank's own wording: State Bank of India's UPI
    "Dear UPI user A/C X1234 debited by x on date <day> trf to <payee> Refno <ref>.", Canara Bank's "An amount
    of INR x has been DEBITED to your account XXX1234 on <day> towards <way> to <payee>.", Rajasthan Gramin
    Bank's "A/c XX1234 debited Rs.x on <day> by <way>, beneficiary <payee>.", Hadoti Nagrik Sahakari Bank's
    "HNSB: Rs x withdrawn from CA ..1234 on <day> via <way> to <payee>."; a transfer that "has been returned
    by the beneficiary bank; amount reversed to your A/c." and one that "is under process; status will be
    updated shortly. Do not re-initiate.", the Total Avail.bal / Avl Bal / Bal line) and two e-mail debit
    alerts (HDFC Bank, Bank of Baroda: Debit amount / Transaction amount, Beneficiary name / Paid to /
    Transferred to, Value date / Date of transaction / Txn date, Account, Mode, UTR / IMPS RRN, Available
    balance; Transaction status: Successful / Status: Processed - amount debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=8000, high=340000)
    if k == 4:
        j.amount = rupees(rng, 1800, 12000, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 9000, 46000)
    elif k == 2:
        j.amount = rupees(rng, 60000, 480000)
    if k in (1, 6):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["HDFC Bank", "Bank of Baroda"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit alert - funds transfer from your account", "Transaction alert for your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account debit intimation")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, we write to tell you that a transfer was debited from your account.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Beneficiary name", "Paid to", "Transferred to"]
        if sum_first:
            p.pair(rng.choice(["Debit amount", "Transaction amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Debit amount", "Transaction amount"]), rs(j.amount), amount=j.amount)
        day_pair(
            p, j, ["Value date", "Date of transaction", "Txn date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"]
        )
        p.pair("Account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 80000, 3800000)))
        p.add(
            "left",
            rng.choice(["Transaction status: Successful", "Status: Processed - amount debited"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small",
            "If you did not make this transfer, call the bank's helpline or block net banking at once.",
        )
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 4:
        way = "UPI"
    elif k == 7:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # State Bank of India's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Canara Bank",
        2: "Rajasthan Gramin Bank",
        4: "State Bank of India",
        7: "Hadoti Nagrik Sahakari Bank",
    }.get(k, rng.choice(["Canara Bank", "Rajasthan Gramin Bank", "Hadoti Nagrik Sahakari Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 30000, 2800000)
    if status == "success":
        if bank == "State Bank of India":
            sbi_day = "" if j.no_day else when(j.date, "%d%b%y")
            p.add(
                "left",
                f"Dear UPI user A/C X{tail} debited by {sbi_sum(j.amount)}",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"on date {sbi_day} trf to {to}", merchant=to, method=method)
            if ref:
                p.add("left", f"Refno {ref}. If not u? call 1800111109. -SBI", txn=(UTR_RANK, ref))
            ref = None
        elif bank == "Canara Bank":
            p.add("left", f"An amount of INR {amt} has been DEBITED", amount=j.amount)
            p.add("left", f"to your account XXX{tail}{on}")
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
        elif bank == "Rajasthan Gramin Bank":
            p.add("left", f"A/c XX{tail} debited Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"by {way}, beneficiary {to}.", merchant=to, method=method)
        else:
            p.add("left", f"HNSB: Rs {amt} withdrawn from CA ..{tail}{on}", amount=j.amount)
            p.add("left", f"via {way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} txn of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has been returned by the beneficiary bank; amount reversed to your A/c.",
            "pending": "is under process; status will be updated shortly. Do not re-initiate.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank != "State Bank of India":
            balance = {
                "Canara Bank": f"Total Avail.bal INR {bal:,.2f}",
                "Rajasthan Gramin Bank": f"Avl Bal Rs.{bal:,.2f}",
            }.get(bank, f"Bal Rs {bal:,.2f}")
            p.add("left", balance, status="success")
            p.add(
                "small",
                rng.choice(
                    [
                        "Not done by you? Call your branch at once",
                        "Never share your OTP, PIN or CVV with anyone",
                    ]
                ),
            )
    if bank != "State Bank of India":
        p.add(
            "small",
            {"Canara Bank": "- Canara Bank", "Rajasthan Gramin Bank": "-Rajasthan Gramin Bank"}.get(
                bank, "-HNSB"
            ),
        )
    return p.done()


compose = compose158
